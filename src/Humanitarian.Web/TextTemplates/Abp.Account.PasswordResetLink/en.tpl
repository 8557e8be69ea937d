<p>Hello {{ model.userName | html.escape }},</p>
<p>A password reset was asked for the account <b>{{ model.userName | html.escape }}</b>{{ if model.tenantName != "" }} ({{ model.tenantName | html.escape }}){{ end }} on the Humanitarian system.</p>
<p><a href="{{ model.link | html.escape }}">Set a new password</a></p>
<p>The link is valid for {{ model.expiresInHours }} hours and works once. If you did not ask for it, ignore this message: your password stays as it is.</p>
