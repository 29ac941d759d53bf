#!/usr/bin/python3
"""OpenRefine's fingerprint keyer with pandas: the peer of `plumbline-cli cluster --method fingerprint`.

Usage: bench/cluster_fingerprint.py FILE.csv COLUMN [--timing]

Reads the CSV with pandas (every cell as text), counts each distinct non-blank value of COLUMN once, keys each
distinct value the way OpenRefine's FingerprintKeyer does (trim, lower case, fold accents to ASCII, remove
punctuation and control characters, split on whitespace, sort and deduplicate the words, join with one space),
groups the values by key and prints the clusters (two or more distinct values), most rows first, in the same text
layout as plumbline-cli. With --timing, prints the time spent reading and clustering on standard error.
"""
import re
import sys
import time
import unicodedata

import pandas as pd

# POSIX punctuation (ASCII punctuation and symbols) and every Unicode punctuation character are removed, as are
# control characters other than whitespace; Plumbline's keyer does the same.
PUNCT_OR_CONTROL = re.compile(r"[!-/:-@\[-`{-~\x00-\x08\x0e-\x1f\x7f]")
SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                         "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n"})


def fingerprint(value: str) -> str:
    s = value.strip().lower()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s).translate(SPECIAL)
        s = "".join(c for c in s if not unicodedata.category(c).startswith(("M", "P", "Cc", "Cf")) or c.isspace())
        s = s.lower()
    s = PUNCT_OR_CONTROL.sub("", s)
    return " ".join(sorted(set(s.split())))


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, column = sys.argv[1], sys.argv[2]
    timing = "--timing" in sys.argv[3:]
    start = time.perf_counter()
    cpu_start = time.process_time()
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=[column])
    loaded = time.perf_counter()
    cpu_loaded = time.process_time()
    values = frame[column]
    counts = values[values.str.strip() != ""].value_counts(sort=False)
    keys = pd.Series([fingerprint(v) for v in counts.index], index=counts.index)
    keys = keys[keys != ""]
    groups = {}
    for value, key in keys.items():
        groups.setdefault(key, []).append(value)
    clusters = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda v: (-counts[v], -len(v)))
        clusters.append((sum(counts[v] for v in members), key, members))
    clusters.sort(key=lambda c: (-c[0], c[1]))
    clustered = time.perf_counter()
    cpu_clustered = time.process_time()

    out = [f"{column}: {len(values):,} rows, {len(counts):,} distinct values, {len(clusters):,} clusters"]
    for n, (rows, _key, members) in enumerate(clusters, 1):
        out.append(f"\n{n}. {rows:,} rows, {len(members)} values → suggested \"{members[0]}\"")
        out.extend(f"   {counts[v]:>9,}  \"{v}\"" for v in members)
    print("\n".join(out))
    if timing:
        print(f"load {loaded - start:.3f} s ({cpu_loaded - cpu_start:.3f} s CPU), "
              f"cluster {clustered - loaded:.3f} s wall / {cpu_clustered - cpu_loaded:.3f} s CPU", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
