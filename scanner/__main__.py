"""`python -m scanner` and the `scanner` console script: the collector is paused before the
command line's imports (scanner/collector.py; `main` settles it)."""
import sys


def run() -> int:
    from .collector import pause

    pause(process=True)
    from .cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
