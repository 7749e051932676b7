"""`scanner serve`: the web page and HTTP API — server.py starts it, app.py builds it, views.py
holds what the API and the pages share (limits, the check answer)."""
