"""``python -m papi_desktop`` — same as the ``papi-desktop`` command."""

import sys

if __name__ == "__main__":
    import multiprocessing

    # the import's worker processes start this module again; in the frozen app they must stop here
    multiprocessing.freeze_support()
    from papi_desktop.cli import main

    sys.exit(main())
