#!/usr/bin/env bash
# User packs and the rule editor's rule: what they cost.
#
# 1. plumbline-cli check on the conservation-area compilation (1,890 rows) with and without --user-packs (a user
#    pack of one pattern rule): the overlay loads the built-in packs once more to tell a changed copy of a
#    built-in rule from a new rule. hyperfine, RUNS runs each.
# 2. The CPU time of that one rule on the 1,000,000-row register of the load benchmark (check --timing's per-rule
#    line): what the rule editor's live count costs on such a file (tryRule runs the rule alone on a snapshot).
#
# Usage: bench/bench_user_packs.sh   (from the repository root, after building plumbline-cli; part 2 needs
#        bench/out/planning-1000000.csv from bench/bench_load.sh). Environment: BUILD (default build), RUNS
#        (default 10). The user pack is written to a temporary XDG_DATA_HOME; yours is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
RUNS=${RUNS:-10}
CLI="$PWD/$BUILD/bin/plumbline-cli"
SMALL=${SMALL:-../shared/data/planning/Existing_NoDups_NotLessThanZero.csv}
BIG=bench/out/planning-1000000.csv
export XDG_DATA_HOME
XDG_DATA_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
mkdir -p "$XDG_DATA_HOME/Plumbline/Plumbline/packs"
cat > "$XDG_DATA_HOME/Plumbline/Plumbline/packs/my-rules.json" <<'PACK'
{"pack": "my-rules", "title": "My rules", "rules": [
 {"id": "MY-01", "title": "References follow 99/99999/AAA", "severity": "warning", "columns": ["reference"],
  "kind": "pattern", "params": {"pattern": "\\d{2}/\\d{5}/[A-Z]{2,4}"}, "message": "Reference '{value}' is not ours."}]}
PACK
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -f "$SMALL" ]; then
  hyperfine -N -w 2 -r "$RUNS" -i --export-json "$XDG_DATA_HOME/hf.json" \
    "$CLI check $SMALL --format json --output /dev/null" \
    "$CLI check $SMALL --user-packs --format json --output /dev/null"
  python3 -c "import json,statistics,sys; r=json.load(open(sys.argv[1]))['results']
for x in r: print('median %.1f ms  %s' % (statistics.median(x['times'])*1000, x['command'].split('check ',1)[1]))
print('ratio of medians %.2f' % (statistics.median(r[1]['times'])/statistics.median(r[0]['times'])))" "$XDG_DATA_HOME/hf.json"
fi
if [ -f "$BIG" ]; then
  "$CLI" check "$BIG" --user-packs --timing --format json --output /dev/null 2>&1 | grep -E "validate|MY-01" || true
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
