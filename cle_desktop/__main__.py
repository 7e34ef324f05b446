"""``python -m cle_desktop``: the same as the ``cle-desktop`` command (GUI or subcommands).

Also the entry script of the frozen build (``packaging/cle-desktop.spec``), so the installed
command, ``python -m`` and the PyInstaller folder all start through ``cli.main.main``.
"""

from __future__ import annotations

import sys


def run() -> int:
    # The photo importer uses a process pool; a frozen build must let the children it starts
    # run their task instead of the app again (a no-op outside a frozen build, so the module is
    # not even imported there: ``--help`` stays quick).
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    from cle_desktop.cli.main import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
