#!/usr/bin/env bash
# Rewrite tests/known_failures.txt from the current failures of the python suite.
# Extra arguments are passed to cargo (e.g. --release). MPRT_TEST_FILTER limits
# the update to matching entries.
set -euo pipefail
cd "$(dirname "$0")/.."
MPRT_UPDATE_KNOWN_FAILURES=1 cargo test "$@" -p mprt-cli --test python_suite -- --nocapture
git --no-pager diff --stat -- tests/known_failures.txt || true
