<p>Dear {{ model.recipientName | html.escape }},</p>
{{ if model.isTask }}{{ if model.isCopy }}<p>For your information and follow-up: <b>{{ model.unitName | html.escape }}</b> has not sent the report below.</p>
{{ end }}<p>The task <b>{{ model.taskTitle | html.escape }}</b> of the plan <b>{{ model.campaignName | html.escape }}</b> assigned to {{ model.unitName | html.escape }}
{{ else }}{{ if model.isCopy }}<p>For your information and follow-up: <b>{{ model.unitName | html.escape }}</b> has not yet done what is below.</p>
{{ end }}<p><b>{{ model.taskTitle | html.escape }}</b> (<b>{{ model.campaignName | html.escape }}</b>), in the care of {{ model.unitName | html.escape }},
{{ end }}{{ if model.daysOverdue > 0 }}is <b>{{ model.daysOverdue }} days overdue</b> (due {{ model.dueDate }}).{{ else if model.daysLeft > 0 }}is due on <b>{{ model.dueDate }}</b>, in {{ model.daysLeft }} days.{{ else }}is due today, <b>{{ model.dueDate }}</b>.{{ end }}</p>
{{ if model.isEscalation }}<p>As it is long overdue, this e-mail also goes to {{ if model.isTask }}the standing deputy and {{ end }}the administrators.</p>
{{ end }}{{ if model.isTask }}<p><a href="{{ model.link | html.escape }}">Open the task and send the report</a></p>
<p>If the unit has already sent its report, please disregard this e-mail.</p>{{ else }}<p><a href="{{ model.link | html.escape }}">Open it</a></p>
<p>If it has already been done, please disregard this e-mail.</p>{{ end }}
