<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
</head>
<body style="font-family: Arial, sans-serif; font-size: 14px; color: #222;">
{{ content }}
<hr>
<p style="font-size: 12px; color: #666;">This message was sent automatically by the Humanitarian system. Please do not reply to it.</p>
</body>
</html>
