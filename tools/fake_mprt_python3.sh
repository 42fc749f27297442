#!/bin/sh
# A stand-in for mprt that runs CPython, to test the harness itself:
#   MPRT_TEST_BIN=tools/fake_mprt_python3.sh cargo test -p mprt-cli --test python_suite
# Drops mprt-specific "-X emit=..." options and execs python3.
if [ "$1" = "-X" ]; then shift 2; fi
exec python3 "$@"
