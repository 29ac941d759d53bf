#!/usr/bin/env bash
# Load benchmark: how long plumbline-cli takes to read and describe a 1,000,000-row planning register, against
# sqlite3 (CSV import into an in-memory database) and Miller (CSV to JSON stream, counting records).
#
# Usage: bench/bench_load.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (build directory, default build), ROWS (default 1000000), RUNS (timed runs, default 5),
#              SEED (default 1).
# Writes bench/out/planning-<ROWS>.csv, bench/out/load.json, bench/out/load.csv and bench/out/load.md, and prints
# the Markdown table. Peers are installed by packaging/install-deps.sh --bench, never by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"

packaging/install-deps.sh --no-gui --bench # the peers; the benchmark needs no GUI packages
for tool in hyperfine sqlite3 mlr /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench_load.sh: $tool is missing" >&2; exit 2; }
done
if [ ! -x "$CLI" ]; then
  echo "bench_load.sh: $CLI not found; build it first: cmake --build $BUILD --target plumbline-cli" >&2
  exit 2
fi
mkdir -p "$OUT"

# Other work on the machine skews every figure; the 1-minute load average before and after goes in the report.
load_before=$(cut -d' ' -f1 /proc/loadavg)

# 1. The input, generated in this run. The generator is timed too (wall seconds from the shell's clock).
start=$(date +%s.%N)
"$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"
end=$(date +%s.%N)
bytes=$(stat -c %s "$DATA")
gen_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
echo "generated $ROWS rows, $bytes bytes in $gen_seconds s"

# 2. Wall time: hyperfine, one warm-up run (the file is then in the page cache for every tool), RUNS timed runs.
ours="$CLI info $DATA"
sqlite="sqlite3 :memory: '.import --csv $DATA t'"
miller="mlr --icsv --ojson cat then count $DATA"
hyperfine --warmup 1 --runs "$RUNS" --style basic \
  --export-json "$OUT/load.json" --export-csv "$OUT/load.csv" \
  -n plumbline "$ours" -n sqlite3 "$sqlite" -n miller "$miller"

# 3. Peak resident memory of one run of each, from GNU time.
# The tools run directly under time (no intermediate shell), so the figure is the tool's own.
peak_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { print $2 }'; }
rss_ours=$(peak_kb "$CLI" info "$DATA")
rss_sqlite=$(peak_kb sqlite3 :memory: ".import --csv $DATA t")
rss_miller=$(peak_kb mlr --icsv --ojson cat then count "$DATA")

# 4. Medians from hyperfine's CSV (command,mean,stddev,median,user,system,min,max), ratios and the report.
median() { awk -F, -v name="$1" '$1 == name { print $4 }' "$OUT/load.csv"; }
field() { awk -F, -v name="$1" -v col="$2" '$1 == name { print $col }' "$OUT/load.csv"; }
m_ours=$(median plumbline)
m_sqlite=$(median sqlite3)
m_miller=$(median miller)

load_after=$(cut -d' ' -f1 /proc/loadavg)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
row() { # name command median rss_kb
  awk -v name="$1" -v cmd="$2" -v med="$3" -v mean="$(field "$1" 2)" -v sd="$(field "$1" 3)" \
      -v lo="$(field "$1" 7)" -v hi="$(field "$1" 8)" -v user="$(field "$1" 5)" -v sys="$(field "$1" 6)" \
      -v rss="$4" -v ours="$m_ours" -v bytes="$bytes" 'BEGIN {
    printf "| %s | `%s` | %.3f | %.3f ± %.3f | %.3f–%.3f | %.2f | %.0f | %.2f× | %.2f× |\n",
      name, cmd, med, mean, sd, lo, hi, user + sys, rss / 1024, med / ours, rss * 1024 / bytes }'
}
short_file="bench/out/planning-$ROWS.csv"
{
  echo "## Load benchmark: $ROWS-row planning register"
  echo
  echo "- File: \`$short_file\`, $bytes bytes ($(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB), made by"
  echo "  \`plumbline-cli sample planning --rows $ROWS --seed $SEED\` in $gen_seconds s"
  echo "- Machine: $(nproc) cores, $cpu, $(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo);"
  echo "  $(date -u '+%Y-%m-%d %H:%M UTC'); 1-minute load average $load_before before, $load_after after"
  echo "- Tools: $("$CLI" --version), sqlite3 $(sqlite3 --version | cut -d' ' -f1), $(mlr --version),"
  echo "  $(hyperfine --version); hyperfine --warmup 1 --runs $RUNS; peak RSS from \`/usr/bin/time -v\`"
  echo
  echo "| tool | command | median (s) | mean ± σ (s) | min–max (s) | CPU user+sys (s) | peak RSS (MB) | median / ours | RSS / file size |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  row plumbline "plumbline-cli info FILE" "$m_ours" "$rss_ours"
  row sqlite3 "sqlite3 :memory: '.import --csv FILE t'" "$m_sqlite" "$rss_sqlite"
  row miller "mlr --icsv --ojson cat then count FILE" "$m_miller" "$rss_miller"
  echo
  awk -v ours="$m_ours" -v sq="$m_sqlite" -v mi="$m_miller" -v rss="$rss_ours" -v bytes="$bytes" 'BEGIN {
    speed = sq / ours; memory = rss * 1024 / bytes
    wall_ok = (ours <= 0.7) ? "met" : "not met"
    speed_ok = (speed >= 5) ? "met" : "not met"
    memory_ok = (memory <= 1.3) ? "met" : "not met"
    printf "Targets: wall ≤ 0.7 s: %.3f s (%s); ≥ 5× faster than sqlite3 import: %.1f× (%s); ", ours, wall_ok, speed, speed_ok
    printf "RSS ≤ 1.3× file size: %.2f× (%s). Miller takes %.1f× our time.\n", memory, memory_ok, mi / ours }'
} > "$OUT/load.md"
echo
cat "$OUT/load.md"
