<p>Xin chào {{ model.userName | html.escape }},</p>
<p>Có yêu cầu đặt lại mật khẩu cho tài khoản <b>{{ model.userName | html.escape }}</b>{{ if model.tenantName != "" }} ({{ model.tenantName | html.escape }}){{ end }} trên hệ thống Nhân đạo.</p>
<p><a href="{{ model.link | html.escape }}">Đặt mật khẩu mới</a></p>
<p>Liên kết có hiệu lực trong {{ model.expiresInHours }} giờ và chỉ dùng được một lần. Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.</p>
