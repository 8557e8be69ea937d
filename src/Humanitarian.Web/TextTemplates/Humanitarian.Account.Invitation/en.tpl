<p>Hello,</p>
<p>You have been given the account <b>{{ model.userName | html.escape }}</b>{{ if model.tenantName != "" }} ({{ model.tenantName | html.escape }}){{ end }} on the Humanitarian system. Set your password to start using it:</p>
<p><a href="{{ model.link | html.escape }}">Set my password</a></p>
<p>The link is valid for {{ model.expiresInHours }} hours. After that, use "Forgot password?" on the sign-in page.</p>
