#!/usr/bin/python3
"""The peer for bench_profile.sh: what pandas needs to profile every column of a CSV file as
`plumbline-cli profile` does -- read all cells as text, then per column the count of empty cells, the distinct
count, the top ten values (value_counts) and describe() of the values that parse as numbers."""
import sys
import time

import pandas as pd


def main() -> int:
    path = sys.argv[1]
    timing = "--timing" in sys.argv
    t0 = time.perf_counter()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    t1 = time.perf_counter()
    out = []
    for name in frame.columns:
        column = frame[name]
        empty = int((column.str.strip() == "").sum())
        counts = column.value_counts()
        numbers = pd.to_numeric(column, errors="coerce").dropna()
        summary = numbers.describe() if len(numbers) else None
        out.append((name, len(column), empty, len(counts), counts.head(10).to_dict(),
                    None if summary is None else (summary["min"], summary["max"], summary["50%"])))
    t2 = time.perf_counter()
    for name, count, empty, distinct, top, numbers in out:
        print(f"{name}\t{count}\t{empty}\t{distinct}\t{len(top)}\t{numbers}")
    if timing:
        print(f"read {t1 - t0:.3f} profile {t2 - t1:.3f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
