#!/usr/bin/env python3
"""Summarise python-suite failures for interpreter work.

Runs mprt on every test in tests/py (same rules as the cargo harness) and
prints, per failing test, the first differing line, grouped by the error
message the interpreter printed last (e.g. an uncaught exception), so that
the most common missing features show up first.

Usage: tools/triage.py [--mprt PATH] [-j N] [FILTER]
"""
import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tools"))
from record_exp import all_tests, PY_ROOT  # noqa: E402


def run(mprt, path):
    try:
        r = subprocess.run([mprt, "-X", "emit=bytecode", path], cwd=os.path.dirname(path),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=10)
        return r.stdout.replace(b"\r\n", b"\n").decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "TIMEOUT"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("filter", nargs="?", default="")
    ap.add_argument("--mprt", default=os.path.join(ROOT, "target", "release", "mprt"))
    ap.add_argument("-j", type=int, default=2)
    args = ap.parse_args()
    tests = [t for t in all_tests() if os.path.exists(t[:-3] + ".exp") and args.filter in os.path.relpath(t, PY_ROOT)]
    with ThreadPoolExecutor(args.j) as ex:
        outs = list(ex.map(lambda t: run(args.mprt, t), tests))
    groups = {}
    passed = 0
    for t, got in zip(tests, outs):
        exp = open(t[:-3] + ".exp", encoding="utf-8", errors="replace").read()
        if got == exp:
            passed += 1
            continue
        g, e = got.splitlines(), exp.splitlines()
        i = 0
        while i < min(len(g), len(e)) and g[i] == e[i]:
            i += 1
        last = g[-1] if g else "(no output)"
        key = last if ("Error" in last or "TIMEOUT" in last or "mprt:" in last) else "(wrong output)"
        groups.setdefault(key, []).append((os.path.relpath(t, PY_ROOT), i + 1,
                                           e[i] if i < len(e) else "<end>", g[i] if i < len(g) else "<end>"))
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print("== %d x %s" % (len(items), key[:150]))
        for rel, line, e, g in items:
            print("   %s:%d\n      expected: %s\n      got:      %s" % (rel, line, e[:110], g[:110]))
    print("triage: %d passed, %d failed" % (passed, len(tests) - passed))


if __name__ == "__main__":
    main()
