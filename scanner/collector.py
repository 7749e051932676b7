"""The garbage collector while a command starts.

Start-up (imports, the compiled lexicon and brand data, the engine) makes about a million
long-lived objects and almost no reference cycles; with the collector on, its passes walk the
growing heap again and again (about a fifth of `scanner check`). So a command starts with the
collector paused, and `settle()` — called when the engine is built, or when the command needs no
engine — turns it back on without a pass over what survived:

- in a process of its own (`python -m scanner`, the `scanner` script: `pause(process=True)`)
  the survivors are frozen (gc.freeze): the engine lives as long as the process, and neither a
  later collection nor the full one at interpreter exit walks it again (that one alone cost
  ~0.4 s of a `scanner check`);
- otherwise (`cli.main` called in a longer-lived process) they move to the oldest generation,
  collected by full passes as before.

Only a pause started here is ended here: a collector the caller had turned off stays off, and a
process that froze objects itself (a scan before forking its workers, the web server) keeps
them frozen.
"""
from __future__ import annotations

import contextlib
import gc

_paused = False
_process = False  # the pause belongs to a process of its own: survivors are frozen


def pause(process: bool = False) -> None:
    """The collector off until `settle()` (nothing happens when it is off already); `process`:
    this process runs one command and ends (the survivors of start-up live as long as it)."""
    global _paused, _process
    if gc.isenabled():
        gc.disable()
        _paused = True
        _process = _process or process


def settle() -> None:
    """End the start-up pause: survivors frozen (a process of its own) or moved to the oldest
    generation, the collector on again."""
    global _paused
    if not _paused:
        return
    _paused = False
    if _process:
        gc.freeze()  # the engine and the modules: never walked again, not even at exit
    elif not gc.get_freeze_count():
        gc.freeze()  # every tracked object to the permanent generation (a list splice, no pass) …
        gc.unfreeze()  # … and from there to the oldest one: collected by full passes only, as before
    gc.enable()


@contextlib.contextmanager
def start_up():
    """A command's run: paused until `settle()` inside, settled at the end whatever happens."""
    pause()
    try:
        yield
    finally:
        settle()
