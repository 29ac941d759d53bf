#!/usr/bin/env bash
# A/B of two plumbline-cli builds on the diff benchmark's 1M-row pair: runs them alternately (so both see the same
# machine), each timed with GNU time, and prints per build the median wall, CPU (user + sys), system time and peak
# RSS, the median of the steps `diff --timing` reports, and the 1-minute load average before and after.
#
# Usage: bench/diff/ab_diff.sh BASELINE_CLI [CANDIDATE_CLI] [-- DIFF_OPTIONS...]
#   CANDIDATE_CLI defaults to build/bin/plumbline-cli; DIFF_OPTIONS default to "--format json" (add --no-findings
#   for the records only). Environment: RUNS (default 5), ROWS (default 1000000). Run bench/bench_diff.sh once first
#   so that bench/out/planning-$ROWS.csv and its -next version exist.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ $# -ge 1 ] || { sed -n '2,9p' "$0" >&2; exit 2; }
BASE=$1; shift
CAND=build/bin/plumbline-cli
if [ $# -ge 1 ] && [ "$1" != "--" ]; then CAND=$1; shift; fi
[ "${1:-}" = "--" ] && shift
OPTIONS=("$@")
[ ${#OPTIONS[@]} -gt 0 ] || OPTIONS=(--format json)
RUNS=${RUNS:-5}
ROWS=${ROWS:-1000000}
OLD=bench/out/planning-$ROWS.csv
NEW=bench/out/planning-$ROWS-next.csv
for f in "$OLD" "$NEW"; do [ -f "$f" ] || { echo "ab_diff.sh: $f is missing (run bench/bench_diff.sh)" >&2; exit 2; }; done
for cli in "$BASE" "$CAND"; do [ -x "$cli" ] || { echo "ab_diff.sh: $cli is not executable" >&2; exit 2; }; done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  for side in base cand; do
    cli=$BASE; [ $side = cand ] && cli=$CAND
    /usr/bin/time -f "%e %U %S %M" -a -o "$work/$side.time" \
      "$cli" diff "$OLD" "$NEW" "${OPTIONS[@]}" --output "$work/report" --timing 2>> "$work/$side.timing" || true
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work" "$BASE" "$CAND" <<'PY'
import re, statistics, sys
work, names = sys.argv[1], {"base": sys.argv[2], "cand": sys.argv[3]}
med = statistics.median
for side in ("base", "cand"):
    t = [list(map(float, l.split())) for l in open(f"{work}/{side}.time") if re.match(r"^[0-9.]+ ", l)]
    steps = [re.findall(r"([0-9.]+) s", l) for l in open(f"{work}/{side}.timing") if l.startswith("load ")]
    print(f"{names[side]}: {len(t)} runs, median wall {med(r[0] for r in t):.2f} s, CPU {med(r[1] + r[2] for r in t):.2f} s "
          f"(sys {med(r[2] for r in t):.2f} s), peak RSS {med(r[3] for r in t) / 1024:.0f} MB; --timing medians: load "
          f"{med(float(s[0]) for s in steps):.3f} s, compare and check {med(float(s[1]) for s in steps):.3f} s, "
          f"checking {med(float(s[2]) for s in steps):.3f} s")
PY
