<p>Kính gửi {{ model.recipientName | html.escape }},</p>
{{ if model.isTask }}{{ if model.isCopy }}<p>Thư này gửi để đồng chí biết và đôn đốc: đơn vị <b>{{ model.unitName | html.escape }}</b> chưa gửi báo cáo dưới đây.</p>
{{ end }}<p>Nhiệm vụ <b>{{ model.taskTitle | html.escape }}</b> của kế hoạch <b>{{ model.campaignName | html.escape }}</b> giao cho {{ model.unitName | html.escape }}
{{ else }}{{ if model.isCopy }}<p>Thư này gửi để đồng chí biết và đôn đốc: đơn vị <b>{{ model.unitName | html.escape }}</b> chưa hoàn thành việc dưới đây.</p>
{{ end }}<p>Việc <b>{{ model.taskTitle | html.escape }}</b> (<b>{{ model.campaignName | html.escape }}</b>) do {{ model.unitName | html.escape }} phụ trách
{{ end }}{{ if model.daysOverdue > 0 }}đã quá hạn <b>{{ model.daysOverdue }} ngày</b> (hạn {{ model.dueDate }}).{{ else if model.daysLeft > 0 }}đến hạn ngày <b>{{ model.dueDate }}</b>, còn {{ model.daysLeft }} ngày.{{ else }}đến hạn hôm nay, ngày <b>{{ model.dueDate }}</b>.{{ end }}</p>
{{ if model.isEscalation }}<p>Vì đã quá hạn lâu, thư này được gửi đồng thời tới {{ if model.isTask }}Phó ban thường trực và {{ end }}quản trị viên của đơn vị.</p>
{{ end }}{{ if model.isTask }}<p><a href="{{ model.link | html.escape }}">Xem nhiệm vụ và gửi báo cáo</a></p>
<p>Nếu đơn vị đã gửi báo cáo, xin bỏ qua thư này.</p>{{ else }}<p><a href="{{ model.link | html.escape }}">Xem chi tiết</a></p>
<p>Nếu việc này đã hoàn thành, xin bỏ qua thư này.</p>{{ end }}
