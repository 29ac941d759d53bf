#!/usr/bin/env bash
# Clustering benchmark: plumbline-cli cluster --method fingerprint on the address-text column of the generated
# planning register, against bench/cluster_fingerprint.py (pandas reading the column, OpenRefine's fingerprint
# keyer in Python on each distinct value) on the same file, in the same run.
#
# Usage: bench/bench_cluster.sh            (from the repository root, after building plumbline-cli)
# Environment: BUILD (default build), ROWS (default 1000000), RUNS (default 5), COLUMN (default address-text),
#              SEED (default 1).
# Writes bench/out/cluster-*.csv|json|txt and bench/out/cluster.md and prints the Markdown table. python3-pandas
# comes from packaging/install-deps.sh --bench; the script runs Debian's /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-5}
COLUMN=${COLUMN:-address-text}
SEED=${SEED:-1}
CLI="$PWD/$BUILD/bin/plumbline-cli"
PY=/usr/bin/python3
OUT=bench/out
DATA="$PWD/$OUT/planning-$ROWS.csv"

packaging/install-deps.sh --no-gui --bench
command -v hyperfine >/dev/null || { echo "bench_cluster.sh: hyperfine is missing" >&2; exit 2; }
"$PY" -c 'import pandas' || { echo "bench_cluster.sh: python3-pandas is missing" >&2; exit 2; }
if [ ! -x "$CLI" ]; then
  echo "bench_cluster.sh: $CLI not found; build it first: cmake --build $BUILD --target plumbline-cli" >&2
  exit 2
fi
mkdir -p "$OUT"
load_before=$(cut -d' ' -f1 /proc/loadavg)

# 1. The input: the same generator and seed as the load and check benchmarks (reused when it is already there).
if [ ! -f "$DATA" ]; then
  "$CLI" sample planning --rows "$ROWS" --seed "$SEED" --out "$DATA"
fi
bytes=$(stat -L -c %s "$DATA")

# 2. The clustering step alone, as each tool times it (after the file is read).
: > "$OUT/cluster-timing.txt"
: > "$OUT/cluster-peer-timing.txt"
for _ in $(seq "$RUNS"); do
  "$CLI" cluster "$DATA" --column "$COLUMN" --timing > "$OUT/cluster-ours.txt" 2>> "$OUT/cluster-timing.txt"
  "$PY" bench/cluster_fingerprint.py "$DATA" "$COLUMN" --timing > "$OUT/cluster-peer.txt" 2>> "$OUT/cluster-peer-timing.txt"
done
med() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
field_after() { awk -v w="$1" '{ for (i = 1; i <= NF; ++i) if ($i == w) print $(i + 1) }' "$2" | med; }
ours_cluster=$(field_after cluster "$OUT/cluster-timing.txt")
ours_cpu=$(awk '{ for (i = 1; i <= NF; ++i) if ($i == "wall") print $(i + 2) }' "$OUT/cluster-timing.txt" | med)
peer_cluster=$(field_after cluster "$OUT/cluster-peer-timing.txt")
peer_cpu=$(awk '{ for (i = 1; i <= NF; ++i) if ($i == "wall") print $(i + 2) }' "$OUT/cluster-peer-timing.txt" | med)
# Same clusters from both: the lists after each tool's own header line must match.
if ! diff <(tail -n +2 "$OUT/cluster-ours.txt") <(tail -n +2 "$OUT/cluster-peer.txt") > /dev/null; then
  echo "bench_cluster.sh: the two tools found different clusters (see $OUT/cluster-ours.txt, cluster-peer.txt)" >&2
  exit 1
fi
summary=$(head -1 "$OUT/cluster-ours.txt")

# 3. End to end (read the file, cluster, print) with hyperfine, both in one run.
hyperfine --warmup 1 --runs "$RUNS" --style basic --export-csv "$OUT/cluster-e2e.csv" --export-json "$OUT/cluster-e2e.json" \
  -n plumbline "$CLI cluster $DATA --column $COLUMN" \
  -n pandas "$PY bench/cluster_fingerprint.py $DATA $COLUMN"

median() { awk -F, -v n="$2" '$1 == n { print $4 }' "$1"; }
cpu() { awk -F, -v n="$2" '$1 == n { printf "%.2f", $5 + $6 }' "$1"; }
m_ours=$(median "$OUT/cluster-e2e.csv" plumbline)
m_peer=$(median "$OUT/cluster-e2e.csv" pandas)
load_after=$(cut -d' ' -f1 /proc/loadavg)
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
{
  echo "## Clustering benchmark: fingerprint of \`$COLUMN\`, $ROWS-row planning register"
  echo
  echo "- File: \`bench/out/planning-$ROWS.csv\`, $bytes bytes, \`plumbline-cli sample planning --rows $ROWS --seed $SEED\`"
  echo "- Machine: $(nproc) cores, $cpu_model; $(date -u '+%Y-%m-%d %H:%M UTC'); 1-minute load average $load_before before, $load_after after"
  echo "- Result (identical from both tools): $summary"
  echo "- Peer: \`bench/cluster_fingerprint.py\`, pandas $("$PY" -c 'import pandas; print(pandas.__version__)') reading only the column, Python $("$PY" -c 'import platform; print(platform.python_version())')"
  echo
  echo "| measure | Plumbline | pandas + Python keyer | ratio |"
  echo "|---|---:|---:|---:|"
  awk -v o="$ours_cluster" -v p="$peer_cluster" -v n="$RUNS" 'BEGIN { printf "| clustering step, wall (median of %d) | %.3f s | %.3f s | %.1f× |\n", n, o, p, p / o }'
  awk -v o="$ours_cpu" -v p="$peer_cpu" 'BEGIN { printf "| clustering step, CPU (all threads, median) | %.3f s | %.3f s | %.1f× |\n", o, p, p / o }'
  awk -v o="$m_ours" -v p="$m_peer" 'BEGIN { printf "| end to end, wall (hyperfine median) | %.2f s | %.2f s | %.1f× |\n", o, p, p / o }'
  awk -v o="$(cpu "$OUT/cluster-e2e.csv" plumbline)" -v p="$(cpu "$OUT/cluster-e2e.csv" pandas)" 'BEGIN { printf "| end to end, CPU user+sys (mean) | %.2f s | %.2f s | %.1f× |\n", o, p, p / o }'
} | tee "$OUT/cluster.md"
