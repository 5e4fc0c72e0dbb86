"""What the benchmarks share: the median time of repeated calls after a warm-up."""

from __future__ import annotations

import statistics
import time

#: the median CPU time (ms) of this process per measured name (steadier than wall time on a shared machine)
CPU: dict[str, float] = {}


def median_ms(fn, repeat: int = 5, name: str = "") -> float:
    """Median wall time (ms) of ``repeat`` calls of ``fn`` after a warm-up call (imports, fonts, first-use caches);
    their median CPU time goes to ``CPU[name]``."""
    fn()
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    CPU[name] = statistics.median(cpu)
    return statistics.median(times)
