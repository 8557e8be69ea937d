<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
</head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
{{ content }}
<hr>
<p style="font-size: 12px; color: #666;">Thư này được gửi tự động từ hệ thống Nhân đạo. Vui lòng không trả lời thư này.</p>
</body>
</html>
