<p>Hello {{ model.userName | html.escape }},</p>
<p>A wrong password was entered several times for the account <b>{{ model.userName | html.escape }}</b>{{ if model.tenantName != "" }} ({{ model.tenantName | html.escape }}){{ end }} from the address {{ model.clientAddress | html.escape }}. Sign-ins from that address are blocked for {{ model.lockedMinutes }} minutes.</p>
<p>If that was not you, reset your password: <a href="{{ model.forgotPasswordLink | html.escape }}">Forgot password?</a></p>
