#!/bin/sh
# Generates the Popolo file ten times the UK Commons one (bench/out/, git-ignored) and times reading it.
# usage: bench/popolo_x10.sh [build-dir]
set -e
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
python3 "$here/gen_popolo_x10.py"
cmake --build "$build" --target tst_popolo
PLUMBLINE_POPOLO_X10="$here/out/popolo-x10.json" "$build/tests/tst_popolo" readTenTimesUk
