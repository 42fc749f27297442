#!/bin/sh
# Differential test against CPython 3.11: tools/difftest.sh [--pos] FILE...
# Prints the files whose AST dump or error differs.
cd "$(dirname "$0")/.." || exit 1
POS=""
if [ "$1" = "--pos" ]; then POS=1; shift; fi
FILES=$(for f in "$@"; do printf '%s:' "$(realpath "$f")"; done)
export MPRT_DIFF_FILES="$FILES" MPRT_DIFF_OUT=/tmp/mprt_diff_rs.txt
if [ -n "$POS" ]; then export MPRT_DIFF_POS=1; fi
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/work/tgt/syntax} cargo test -q -p mprt-syntax --lib diff_dump -- --ignored >/dev/null 2>&1 || echo "cargo failed"
if [ -n "$POS" ]; then python3 tools/astdump.py --pos "$@"; else python3 tools/astdump.py "$@"; fi > /tmp/mprt_diff_py.txt
python3 tools/cmp.py "$@"
