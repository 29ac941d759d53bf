#!/usr/bin/env bash
# Builds and runs every test: the release build (GUI included), its Debian package, the README's first command
# in a fresh Debian 12 root, the core and CLI without QtWidgets under ASan/UBSan, and a short libFuzzer run over
# the untrusted-input entry points. Used by .ci/run.
# PLUMBLINE_FUZZ_SECONDS (default 30 per target) bounds the fuzzing time. CI allows 90 minutes on a fresh 2-core
# machine with an empty ccache, so the sanitizer and fuzz builds are unity builds (see CMakePresets.json).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh --release
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

step() { printf '\n==== %s (%d s in) ====\n' "$*" "$SECONDS"; }

step "release build and tests"
cmake --preset release >/dev/null
cmake --build --preset release -j "$jobs"
ctest --preset release -j "$jobs" 2>&1 | tee build/ctest-release.log

step "Debian package: build, lint, install, run, remove (packaging/deb-check.sh)"
packaging/deb-check.sh

# This machine may have packages that install-deps.sh forgot; a new Debian 12 root has only what it installs.
# After the release build, so the compile inside is mostly ccache hits (a few minutes in all).
step "fresh Debian 12 root: install-deps.sh, configure, build (packaging/fresh-root-check.sh)"
if [ "$(id -u)" -eq 0 ]; then packaging/fresh-root-check.sh; else sudo packaging/fresh-root-check.sh; fi

# One build proves both the split (-DPLUMBLINE_GUI=OFF: no QtWidgets anywhere) and memory safety.
step "core and CLI without QtWidgets, under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"

if [ -d tests/fuzz ]; then
  step "libFuzzer"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$jobs" --target plumbline_fuzzers
  for fuzzer in build-fuzz/bin/fuzz_*; do
    name=$(basename "$fuzzer")
    corpus=$(mktemp -d)
    cp -r tests/fuzz/corpus/"${name#fuzz_}"/. "$corpus"/ 2>/dev/null || true
    echo "$name for ${PLUMBLINE_FUZZ_SECONDS:-30}s"
    "$fuzzer" -max_total_time="${PLUMBLINE_FUZZ_SECONDS:-30}" -rss_limit_mb=4096 -max_len=1048576 \
      -timeout=10 -print_final_stats=1 "$corpus" 2>&1 | tail -n 12
    rm -rf "$corpus"
  done
fi

step "all suites"
# The release suite's summary again (not a second run), so the closing lines cover the main build.
sed -n '/tests passed/,$p' build/ctest-release.log
