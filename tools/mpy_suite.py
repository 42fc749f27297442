#!/usr/bin/env python3
"""Run a directory tree of MicroPython-style test programs against `mprt`.

Follows the conventions of MicroPython's test runner (see
`../shared/spec/micropython-test-runner-contract.md`): each test runs as
`BIN -X emit=bytecode /abs/test.py` in the test's folder with stdout and
stderr merged; its output is compared with `test.py.exp` when present,
otherwise with the output of `python3 test.py` (cached next to the test as
`test.py.cpy`).  A test that prints exactly `SKIP` is skipped.

Usage: tools/mpy_suite.py --mprt target/release/mprt DIR [DIR...]
           [--jobs N] [--show-diff] [--list-failed FILE]
"""

import argparse
import concurrent.futures
import difflib
import os
import subprocess
import sys

TIMEOUT = 20


def run(cmd, cwd, env=None):
    """Run `cmd`, returning (merged output bytes with CRLF normalised, exit code)."""
    try:
        p = subprocess.run(
            cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, timeout=TIMEOUT,
        )
        return p.stdout.replace(b"\r\n", b"\n"), p.returncode
    except subprocess.TimeoutExpired:
        return b"TIMEOUT\n", -1


def expected(path):
    """The expected output: the `.exp` file, or CPython's output (cached)."""
    exp = path + ".exp"
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            return f.read().replace(b"\r\n", b"\n")
    cache = path + ".cpy"
    if os.path.exists(cache):
        with open(cache, "rb") as f:
            return f.read()
    out, rc = run(["python3", os.path.basename(path)], os.path.dirname(path))
    if rc != 0:
        out = b"CPYTHON_FAILED\n" + out
    with open(cache, "wb") as f:
        f.write(out)
    return out


def check(binary, path):
    """Run one test; returns (status, path, expected, actual)."""
    env = dict(os.environ)
    env["MICROPYPATH"] = ".frozen"
    out, rc = run([binary, "-X", "emit=bytecode", path], os.path.dirname(path), env)
    if out == b"SKIP\n":
        return "skip", path, b"", out
    exp = expected(path)
    if exp.startswith(b"CPYTHON_FAILED") or exp == b"SKIP\n":
        return "skip", path, exp, out
    if out == exp and rc in (0, 1):
        return "pass", path, exp, out
    return "fail", path, exp, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mprt", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show-diff", action="store_true")
    ap.add_argument("--list-failed")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    binary = os.path.abspath(args.mprt)
    tests = []
    for d in args.dirs:
        if d.endswith(".py"):
            tests.append(os.path.abspath(d))
            continue
        for root, _, files in os.walk(d):
            tests += [os.path.abspath(os.path.join(root, f)) for f in files if f.endswith(".py")]
    tests.sort()
    counts = {"pass": 0, "fail": 0, "skip": 0}
    failed = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for status, path, exp, out in pool.map(lambda t: check(binary, t), tests):
            counts[status] += 1
            if status == "fail":
                failed.append(path)
                print("FAIL", path)
                if args.show_diff:
                    diff = difflib.unified_diff(
                        exp.decode(errors="replace").splitlines(),
                        out.decode(errors="replace").splitlines(),
                        "expected", "mprt", lineterm="", n=1,
                    )
                    print("\n".join(list(diff)[:40]))
    print("mpy suite: {pass} passed, {fail} failed, {skip} skipped".format(**counts))
    if args.list_failed:
        with open(args.list_failed, "w") as f:
            f.write("".join(p + "\n" for p in failed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
