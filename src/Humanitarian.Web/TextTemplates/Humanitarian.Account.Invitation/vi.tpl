<p>Xin chào,</p>
<p>Bạn được cấp tài khoản <b>{{ model.userName | html.escape }}</b>{{ if model.tenantName != "" }} ({{ model.tenantName | html.escape }}){{ end }} trên hệ thống Nhân đạo. Hãy đặt mật khẩu để bắt đầu sử dụng:</p>
<p><a href="{{ model.link | html.escape }}">Đặt mật khẩu</a></p>
<p>Liên kết có hiệu lực trong {{ model.expiresInHours }} giờ. Khi hết hạn, hãy dùng chức năng "Quên mật khẩu?" ở trang đăng nhập.</p>
