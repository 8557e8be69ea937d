<p>Dear {{ model.recipientName | html.escape }},</p>
<p>In the week of {{ model.week }}, the plans your committee steers have <b>{{ model.count }} overdue tasks</b> whose unit has not reported:</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Unit</th><th>Task</th><th>Plan</th><th>Due</th><th>Overdue</th></tr>
{{ for item in model.items }}<tr><td>{{ item.unitName | html.escape }}</td><td><a href="{{ item.link | html.escape }}">{{ item.taskTitle | html.escape }}</a></td><td>{{ item.campaignName | html.escape }}</td><td>{{ item.dueDate }}</td><td>{{ item.daysOverdue }} days</td></tr>
{{ end }}</table>
{{ if model.notListed > 0 }}<p>And {{ model.notListed }} more.</p>
{{ end }}<p><a href="{{ model.link | html.escape }}">See every overdue task</a></p>
