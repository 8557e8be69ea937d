<p>{{ model.message | html.escape }}</p>
