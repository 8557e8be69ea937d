<p>Kính gửi {{ model.recipientName | html.escape }},</p>
{{ if model.isCopy }}<p>Thư này gửi để đồng chí biết và đôn đốc: đơn vị <b>{{ model.unitName | html.escape }}</b> chưa gửi báo cáo dưới đây.</p>
{{ end }}<p>Nhiệm vụ <b>{{ model.taskTitle | html.escape }}</b> của kế hoạch <b>{{ model.campaignName | html.escape }}</b> giao cho {{ model.unitName | html.escape }}
{{ if model.daysOverdue > 0 }}đã quá hạn <b>{{ model.daysOverdue }} ngày</b> (hạn {{ model.dueDate }}).{{ else if model.daysLeft > 0 }}đến hạn ngày <b>{{ model.dueDate }}</b>, còn {{ model.daysLeft }} ngày.{{ else }}đến hạn hôm nay, ngày <b>{{ model.dueDate }}</b>.{{ end }}</p>
{{ if model.isEscalation }}<p>Vì báo cáo đã quá hạn lâu, thư này được gửi đồng thời tới Phó ban thường trực và quản trị viên của đơn vị.</p>
{{ end }}<p><a href="{{ model.link | html.escape }}">Xem nhiệm vụ và gửi báo cáo</a></p>
<p>Nếu đơn vị đã gửi báo cáo, xin bỏ qua thư này.</p>
