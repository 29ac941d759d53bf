#!/ usr / bin / env python3
"""Makes next month's version of a planning register for the diff benchmark: a deterministic 1 % of the records
differ from the input — half changed (a decision made, a date corrected, a description edited), a quarter removed
and a quarter replaced by new applications — and a block of rows is moved, which is not a change.

Usage: make_version.py IN.csv OUT.csv [--share 0.01] [--seed 1]
"""
import argparse
import csv
import random


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--share", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.input, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    col = {name: i for i, name in enumerate(header)}
    n = len(rows)
    touched = rng.sample(range(n), int(n * args.share))
    half, quarter = len(touched) // 2, len(touched) // 4
    changed, removed, replaced = touched[:half], set(touched[half:half + quarter]), touched[half + quarter:]
    for i in changed:
        row = rows[i]
        what = i % 3
        if what == 0 and "planning-decision" in col:
            row[col["planning-decision"]] = "refused" if row[col["planning-decision"]] == "granted" else "granted"
        elif what == 1 and "decision-date" in col:
            row[col["decision-date"]] = "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28)
        else:
            row[col["description"]] = row[col["description"]] + " (amended)"
    added = []
    for k, i in enumerate(replaced):
        row = list(rows[i])
        row[col["reference"]] = "25/%05d/NEW" % k
        added.append(row)
    out = [row for i, row in enumerate(rows) if i not in removed]
#Move a block of 1, 000 rows to the end : reordered rows are not changes.
    block = out[1000:2000]
    out = out[:1000] + out[2000:] + block + added
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(out)
    print("%s: %d rows, %d changed, %d removed, %d added, 1000 moved" % (args.output, len(out), len(changed),
                                                                          len(removed), len(added)))


if __name__ == "__main__":
    main()
