<p>Kính gửi {{ model.recipientName | html.escape }},</p>
<p>Tuần {{ model.week }}: <b>{{ model.overdueChildren }}/{{ model.children }} địa phương cấp dưới</b> có nhiệm vụ quá hạn chưa báo cáo.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Địa phương cấp dưới</th><th>Số nhiệm vụ quá hạn</th></tr>
{{ for row in model.rows }}<tr><td>{{ row.name | html.escape }}</td><td>{{ row.overdue }}</td></tr>
{{ end }}</table>
<p><a href="{{ model.link | html.escape }}">Xem tỷ lệ báo cáo của các địa phương cấp dưới</a></p>
