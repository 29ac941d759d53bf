#!/usr/bin/env bash
# Check benchmark: plumbline-cli check with the full planning-application pack (structure + planning rules).
#
# 1. Throughput, on two 1,000,000-row registers made by the sample generator: the default one (--seed 1, 1 % of
#    rows with a defect, about 3 % of decisions late) and a "late" one (--defect-rate 0.05 --late-decisions 0.4:
#    PA-17 fires on ~37 % of the rows and 5 % carry a defect). On each, hyperfine times in one run
#      plumbline  plumbline-cli check FILE --format json --output F
#      sqlite3    sqlite3 :memory: -cmd '.import --csv FILE t' '.read bench/check/decision_dates.sql'  (one date check)
#      pandas     bench/check/pandas_check.py FILE   (read_csv(dtype=str) + the same date check)
#    and GNU time gives each one's peak RSS; check --timing splits our time (load, preparing, validate, report).
# 2. tableschema-js (TABLESCHEMA=1, the default) casting every cell of the default register against
#    bench/check/planning-application.schema.json, an equivalent Frictionless Table Schema.
#
# Usage: bench/bench_check.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (timed runs per tool, default 5), SEED
#              (default 1), TABLESCHEMA (1 = also run part 2, default 1; it installs tableschema into
#              bench/node_modules with npm and takes about a minute a run), PEER_RUNS (tableschema runs, default 1).
# Writes bench/out/check-*.csv|json and bench/out/check.md and prints the Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
PEER_RUNS=${PEER_RUNS:-1}
SEED=${SEED:-1}
TABLESCHEMA=${TABLESCHEMA:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
SCHEMA=bench/check/planning-application.schema.json
TABLESCHEMA_VERSION=1.12.6
PYTHON=/usr/bin/python3 # Debian's, with python3-pandas

packaging/install-deps.sh --no-gui --bench
for tool in hyperfine sqlite3 /usr/bin/time "$PYTHON"; do
  command -v "$tool" >/dev/null || { echo "bench_check.sh: $tool is missing" >&2; exit 2; }
done
"$PYTHON" -c 'import pandas' || { echo "bench_check.sh: python3-pandas is missing" >&2; exit 2; }
if [ ! -x "$CLI" ]; then
  echo "bench_check.sh: $CLI not found; build it first: cmake --build $BUILD --target plumbline-cli" >&2
  exit 2
fi
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
peak_mb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }'; }
field() { awk -F, -v name="$2" -v col="$3" '$1 == name { print $col }' "$1"; } # hyperfine CSV: command,mean,stddev,median,user,system,min,max

# 1. Throughput on the two registers (generated in this run unless already there).
{
  echo "## Check throughput: $ROWS-row planning registers"
  echo
  echo "- Machine: $(nproc) cores, $cpu_model; $(date -u '+%Y-%m-%d %H:%M UTC'); 1-minute load average $load_before before"
  echo "- hyperfine: 1 warm-up run per tool (the file is then in the page cache), $RUNS timed runs; peak RSS from GNU time, one more run"
  echo
} > "$OUT/check.md"
for variant in default late; do
  if [ "$variant" = default ]; then
    data="$PWD/$OUT/planning-$ROWS.csv"
    options=(--seed "$SEED")
  else
    data="$PWD/$OUT/planning-late-$ROWS.csv"
    options=(--seed "$SEED" --defect-rate 0.05 --late-decisions 0.4)
  fi
  [ -f "$data" ] || "$CLI" sample planning --rows "$ROWS" "${options[@]}" --out "$data"
  bytes=$(stat -c %s "$data")
  report="$OUT/check-$variant-report.json"

  ours="$CLI check $data --format json --output $report --fail-on never"
  sqlite="sqlite3 :memory: -cmd '.import --csv $data t' '.read bench/check/decision_dates.sql'"
  pandas="$PYTHON bench/check/pandas_check.py $data"
  hyperfine --warmup 1 --runs "$RUNS" --style basic --export-csv "$OUT/check-$variant.csv" \
    --export-json "$OUT/check-$variant.json" -n plumbline "$ours" -n sqlite3 "$sqlite" -n pandas "$pandas"

  # Our split, from check --timing (median of RUNS runs).
  : > "$OUT/check-$variant-timing.txt"
  for _ in $(seq "$RUNS"); do
    "$CLI" check "$data" --format json --output "$report" --fail-on never --timing 2>> "$OUT/check-$variant-timing.txt"
  done
  split() { awk -v key="$1" '/^load/ { for (i = 1; i <= NF; ++i) if ($i == key) print $(i + 1) }' "$OUT/check-$variant-timing.txt" | median; }
  t_load=$(split load)
  t_validate=$(split validate)
  t_report=$(split report)
  t_cpu=$(awk '/^load/ { for (i = 1; i <= NF; ++i) if ($i == "wall") print $(i + 2) }' "$OUT/check-$variant-timing.txt" | median)
  t_prepare=$(awk '/preparing the checks/ { print $1 }' "$OUT/check-$variant-timing.txt" | median)
  findings=$(awk '/^load/ { for (i = 1; i <= NF; ++i) if ($i == "findings),") print $(i - 1) }' "$OUT/check-$variant-timing.txt" | head -1)
  summarised=$({ grep -o '"summary_rows": [0-9]*' "$report" || true; } | awk '{ s += $2 } END { print s + 0 }')
  peer_answer_sqlite=$(sqlite3 :memory: -cmd ".import --csv $data t" ".read bench/check/decision_dates.sql")
  peer_answer_pandas=$("$PYTHON" bench/check/pandas_check.py "$data")

  rss_ours=$(peak_mb "$CLI" check "$data" --format json --output "$report" --fail-on never)
  rss_sqlite=$(peak_mb sqlite3 :memory: -cmd ".import --csv $data t" ".read bench/check/decision_dates.sql")
  rss_pandas=$(peak_mb "$PYTHON" bench/check/pandas_check.py "$data")

  m_ours=$(field "$OUT/check-$variant.csv" plumbline 4)
  {
    echo "### $variant register: \`sample planning --rows $ROWS ${options[*]}\`, $bytes bytes"
    echo
    echo "Plumbline: $findings findings in the report ($summarised rows behind summary findings); the peers count $peer_answer_sqlite (sqlite3) and $peer_answer_pandas (pandas) bad decision dates."
    echo
    echo "| tool | median (s) | mean ± σ (s) | min–max (s) | CPU user+sys (s) | peak RSS (MB) | RSS / file | median / ours |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for tool in plumbline sqlite3 pandas; do
      case $tool in plumbline) rss=$rss_ours ;; sqlite3) rss=$rss_sqlite ;; pandas) rss=$rss_pandas ;; esac
      awk -v t="$tool" -v med="$(field "$OUT/check-$variant.csv" $tool 4)" -v mean="$(field "$OUT/check-$variant.csv" $tool 2)" \
        -v sd="$(field "$OUT/check-$variant.csv" $tool 3)" -v lo="$(field "$OUT/check-$variant.csv" $tool 7)" \
        -v hi="$(field "$OUT/check-$variant.csv" $tool 8)" -v user="$(field "$OUT/check-$variant.csv" $tool 5)" \
        -v sys="$(field "$OUT/check-$variant.csv" $tool 6)" -v rss="$rss" -v bytes="$bytes" -v ours="$m_ours" \
        'BEGIN { printf "| %s | %.3f | %.3f ± %.3f | %.3f–%.3f | %.2f | %d | %.2f× | %.2f× |\n", t, med, mean, sd, lo, hi, user + sys, rss, rss * 1048576 / bytes, med / ours }'
    done
    echo
    echo "Our split (\`check --timing\`, median of $RUNS): load $t_load s, preparing the checks $t_prepare s CPU, validate $t_validate s wall / $t_cpu s CPU, report $t_report s."
    echo
  } >> "$OUT/check.md"
done

# 2. tableschema-js on the default register.
if [ "$TABLESCHEMA" = 1 ]; then
  for tool in node npm; do
    command -v "$tool" >/dev/null || { echo "bench_check.sh: $tool is missing" >&2; exit 2; }
  done
  if [ ! -d bench/node_modules/tableschema ]; then
    npm install --prefix bench --no-save --no-package-lock --no-audit --no-fund "tableschema@$TABLESCHEMA_VERSION"
  fi
  data="$PWD/$OUT/planning-$ROWS.csv"
  hyperfine --runs "$PEER_RUNS" --style basic --export-csv "$OUT/check-peer.csv" --export-json "$OUT/check-peer.json" \
    -n tableschema-js "node bench/check/tableschema_check.js $data $SCHEMA"
  node bench/check/tableschema_check.js "$data" "$SCHEMA" > "$OUT/check-peer-result.json"
  m_ours=$(field "$OUT/check-default.csv" plumbline 4)
  m_peer=$(field "$OUT/check-peer.csv" tableschema-js 4)
  {
    echo "### tableschema-js $TABLESCHEMA_VERSION on the default register"
    echo
    echo "$(cat "$OUT/check-peer-result.json"); median $m_peer s against our $m_ours s end to end:" \
      "$(awk -v o="$m_ours" -v p="$m_peer" 'BEGIN { printf "%.1f×", p / o }')."
    echo
  } >> "$OUT/check.md"
fi
echo "1-minute load average after: $(cut -d' ' -f1 /proc/loadavg)" >> "$OUT/check.md"
cat "$OUT/check.md"
