<p>Dear {{ model.recipientName | html.escape }},</p>
<p>Week of {{ model.week }}: <b>{{ model.overdueChildren }} of {{ model.children }} subordinate tenants</b> have overdue tasks not yet reported.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><th>Subordinate tenant</th><th>Overdue tasks</th></tr>
{{ for row in model.rows }}<tr><td>{{ row.name | html.escape }}</td><td>{{ row.overdue }}</td></tr>
{{ end }}</table>
<p><a href="{{ model.link | html.escape }}">See the reporting rates of the subordinate tenants</a></p>
