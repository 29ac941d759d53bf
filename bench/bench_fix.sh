#!/usr/bin/env bash
# Quick-fix and find benchmark on the 1,000,000-row planning register.
#  1. Fix: a copy of the register in which every 12th data row's decision 'granted' reads 'Approve' (about 50,000
#     cells); plumbline-cli fix --apply PA-18-decision plans and applies the codelist fix to them. Reports plan and
#     apply time from --timing (the target is plan + apply <= 1 s), and the whole command (load, validate, plan,
#     apply, re-check, write) against Miller rewriting the same column with the same map.
#  2. Find: plumbline-cli find --regex over the address-text column (--timing's find time; target <= 300 ms), and
#     the whole command against Miller filtering the same column with the same regex and grep -cE on the file.
#
# Usage: bench/bench_fix.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (default 5), SEED (default 1).
# Writes bench/out/fix-*.csv and bench/out/fix.md and prints the Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"
FIXDATA="$PWD/$OUT/planning-$ROWS-approve.csv"
PATTERN='Mill (Lane|Road)'

packaging/install-deps.sh --no-gui --bench
for tool in hyperfine mlr; do
  command -v "$tool" >/dev/null || { echo "bench_fix.sh: $tool is missing" >&2; exit 2; }
done
if [ ! -x "$CLI" ]; then
  echo "bench_fix.sh: $CLI not found; build it first: cmake --build $BUILD --target plumbline-cli" >&2
  exit 2
fi
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)

if [ ! -f "$DATA" ]; then
  "$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"
fi
# Quoted fields may hold line breaks, so count records, not lines: rewrite only lines that are whole records.
awk 'NR > 1 && NR % 12 == 0 { sub(/,granted,/, ",Approve,") } { print }' "$DATA" > "$FIXDATA"
approves=$(grep -c ',Approve,' "$FIXDATA" || true)

median_of() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
field_after() { awk -v key="$1" '{ for (i = 1; i <= NF; ++i) if ($i == key) { print $(i + 1); break } }'; }

# 1. Fix.
: > "$OUT/fix-timing.txt"
for _ in $(seq "$RUNS"); do
  "$CLI" fix "$FIXDATA" --pack planning-application --apply PA-18-decision --output "$OUT/fix-out.csv" \
    --today 2026-11-26 --timing > "$OUT/fix-summary.txt" 2>> "$OUT/fix-timing.txt"
done
plan=$(field_after plan < "$OUT/fix-timing.txt" | median_of)
apply=$(field_after apply < "$OUT/fix-timing.txt" | median_of)
recheck=$(field_after re-check < "$OUT/fix-timing.txt" | median_of)
plan_cpu=$(sed -n 's/.*CPU: plan \([0-9.]*\) s.*/\1/p' "$OUT/fix-timing.txt" | median_of)
apply_cpu=$(sed -n 's/.*CPU: plan [0-9.]* s, apply \([0-9.]*\) s.*/\1/p' "$OUT/fix-timing.txt" | median_of)
cells=$(awk '/^Changed/ { print $2 }' "$OUT/fix-summary.txt")
ours_fix="$CLI fix $FIXDATA --pack planning-application --apply PA-18-decision --output $OUT/fix-out.csv --today 2026-11-26"
peer_fix="mlr --csv put '\${planning-decision} = sub(\${planning-decision}, \"^Approve\$\", \"granted\")' $FIXDATA"
hyperfine --warmup 1 --runs "$RUNS" --style basic --export-csv "$OUT/fix-whole.csv" \
  -n plumbline "$ours_fix" -n mlr "$peer_fix > $OUT/fix-mlr.csv"

# 2. Find.
: > "$OUT/find-timing.txt"
for _ in $(seq "$RUNS"); do
  "$CLI" find "$DATA" --text "$PATTERN" --regex --column address-text --count --timing \
    > "$OUT/find-count.txt" 2>> "$OUT/find-timing.txt"
done
find_time=$(field_after find < "$OUT/find-timing.txt" | median_of)
find_cpu=$(sed -n 's/.*(CPU \([0-9.]*\) s;.*/\1/p' "$OUT/find-timing.txt" | median_of)
matches=$(cat "$OUT/find-count.txt")
hyperfine --warmup 1 --runs "$RUNS" --style basic --export-csv "$OUT/find-whole.csv" \
  -n plumbline "$CLI find $DATA --text '$PATTERN' --regex --column address-text --count" \
  -n mlr "mlr --icsv --ojson filter '\${address-text} =~ \"$PATTERN\"' then count $DATA" \
  -n grep "grep -cE '$PATTERN' $DATA"

row() { awk -F, -v n="$2" '$1 == n { print $4 }' "$1"; }
load_after=$(cut -d' ' -f1 /proc/loadavg)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "## Quick fixes and find: $ROWS-row planning register"
  echo
  echo "- Files: \`bench/out/planning-$ROWS.csv\` (\`plumbline-cli sample planning --rows $ROWS --seed $SEED\`) and a copy with $approves decisions 'Approve'"
  echo "- Machine: $(nproc) cores, $cpu_model; $(date -u '+%Y-%m-%d %H:%M UTC'); 1-minute load average $load_before before, $load_after after"
  echo "- Command: \`bench/bench_fix.sh\` (medians of $RUNS runs)"
  echo
  echo "| measure | Plumbline | peer | ratio |"
  echo "|---|---:|---:|---:|"
  echo "| PA-18-decision fix: plan ($cells cells), wall / CPU | $plan s / $plan_cpu s | | |"
  echo "| PA-18-decision fix: apply (one undo command, row rules re-checked), wall / CPU | $apply s / $apply_cpu s | | |"
  echo "| PA-18-decision fix: set rules re-run after it | $recheck s | | |"
  awk -v o="$(row "$OUT/fix-whole.csv" plumbline)" -v p="$(row "$OUT/fix-whole.csv" mlr)" \
    'BEGIN { printf "| fix, whole command (load, validate, fix, write) vs mlr put | %.2f s | %.2f s | %.2f× |\n", o, p, p / o }'
  echo "| regex find over address-text ($matches cells), wall / CPU | $find_time s / $find_cpu s | | |"
  awk -v o="$(row "$OUT/find-whole.csv" plumbline)" -v p="$(row "$OUT/find-whole.csv" mlr)" \
    'BEGIN { printf "| find, whole command vs mlr filter | %.2f s | %.2f s | %.2f× |\n", o, p, p / o }'
  awk -v o="$(row "$OUT/find-whole.csv" plumbline)" -v p="$(row "$OUT/find-whole.csv" grep)" \
    'BEGIN { printf "| find, whole command vs grep -cE (lines, any column) | %.2f s | %.2f s | %.2f× |\n", o, p, p / o }'
} | tee "$OUT/fix.md"
