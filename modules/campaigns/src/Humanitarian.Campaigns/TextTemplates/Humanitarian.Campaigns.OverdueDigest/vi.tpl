<p>Kính gửi {{ model.recipientName | html.escape }},</p>
<p>Tuần {{ model.week }}, các kế hoạch do Ban của đồng chí chỉ đạo có <b>{{ model.count }} nhiệm vụ quá hạn</b> mà đơn vị chưa gửi báo cáo:</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Đơn vị</th><th>Nhiệm vụ</th><th>Kế hoạch</th><th>Hạn</th><th>Quá hạn</th></tr>
{{ for item in model.items }}<tr><td>{{ item.unitName | html.escape }}</td><td><a href="{{ item.link | html.escape }}">{{ item.taskTitle | html.escape }}</a></td><td>{{ item.campaignName | html.escape }}</td><td>{{ item.dueDate }}</td><td>{{ item.daysOverdue }} ngày</td></tr>
{{ end }}</table>
{{ if model.notListed > 0 }}<p>Và {{ model.notListed }} nhiệm vụ khác.</p>
{{ end }}<p><a href="{{ model.link | html.escape }}">Xem toàn bộ danh sách nhiệm vụ quá hạn</a></p>
