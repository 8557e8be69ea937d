<p>Xin chào {{ model.userName | html.escape }},</p>
<p>Tài khoản <b>{{ model.userName | html.escape }}</b>{{ if model.tenantName != "" }} ({{ model.tenantName | html.escape }}){{ end }} vừa bị nhập sai mật khẩu nhiều lần từ địa chỉ {{ model.clientAddress | html.escape }}. Việc đăng nhập từ địa chỉ đó bị tạm khóa {{ model.lockedMinutes }} phút.</p>
<p>Nếu đó không phải là bạn, hãy đặt lại mật khẩu: <a href="{{ model.forgotPasswordLink | html.escape }}">Quên mật khẩu?</a></p>
