"""`run(settings, workers)`: starts uvicorn for `scanner serve` (fastapi and uvicorn are imported only
here, never by the other commands)."""
from __future__ import annotations

import json
import os
from dataclasses import asdict

from ..errors import UsageError


def run(settings, workers: int = 1, log_level: str = "warning") -> None:
    try:
        import uvicorn
    except ImportError as e:  # pragma: no cover - fastapi/uvicorn are dependencies
        raise UsageError(f"the web page needs fastapi and uvicorn ({e})") from e
    from .app import SETTINGS_ENV, create_app
    from .security import check_bind

    check_bind(settings.host, settings.token)
    if workers > 1:  # each process builds its own engine; they share the store (SQLite) and the scan folders
        os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))
        uvicorn.run("scanner.serve.app:create_app", factory=True, host=settings.host, port=settings.port,
                    workers=workers, log_level=log_level, server_header=False, proxy_headers=False)
        return
    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=log_level, server_header=False,
                proxy_headers=False)
