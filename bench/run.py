#!/usr/bin/env python3
"""Run the benchmarks under python3 and mprt and compare wall times.

Usage: python3 bench/run.py [--mprt PATH] [--python PATH] [-n N] [NAME...]

Prints, per benchmark, the best-of-N wall time under each interpreter and the
ratio python3_time / mprt_time (>1 means mprt is faster), then the geometric
mean of the ratios. Outputs of both interpreters must match.
"""
import argparse
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, path, timeout):
    t0 = time.perf_counter()
    try:
        r = subprocess.run(cmd + [path], cwd=HERE, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, b"TIMEOUT", -1
    except OSError as e:
        return None, str(e).encode(), -1
    return time.perf_counter() - t0, r.stdout.replace(b"\r\n", b"\n"), r.returncode


def best(cmd, path, n, timeout):
    times, out, rc = [], b"", 0
    for _ in range(n):
        t, out, rc = run(cmd, path, timeout)
        if t is None or rc != 0:
            return None, out, rc
        times.append(t)
    return min(times), out, rc


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="benchmark names (default: all bench/*.py)")
    ap.add_argument("--mprt", default=os.path.join(ROOT, "target", "release", "mprt"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", "--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--timeout", type=float, default=300.0)
    args = ap.parse_args()

    names = args.names or sorted(f[:-3] for f in os.listdir(HERE)
                                 if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if not os.path.exists(args.mprt):
        print("note: %s not found (build with cargo build --release, or pass --mprt)" % args.mprt)

    print("%-12s %10s %10s %8s  %s" % ("benchmark", "python3 s", "mprt s", "ratio", "status"))
    ratios = []
    failures = 0
    for name in names:
        path = os.path.join(HERE, name if name.endswith(".py") else name + ".py")
        tp, op, rcp = best([args.python], path, args.repeat, args.timeout)
        tm, om, rcm = best([args.mprt], path, args.repeat, args.timeout)
        status = "ok"
        if tp is None:
            status = "python3 failed (rc %d)" % rcp
        elif tm is None:
            lines = om.decode("utf-8", "replace").strip().splitlines()
            status = "mprt failed (rc %d): %s" % (rcm, lines[-1] if lines else "")
        elif op != om:
            status = "OUTPUT MISMATCH: python3 %r, mprt %r" % (op[:60], om[:60])
        ok = status == "ok"
        if not ok:
            failures += 1
        ratio = tp / tm if ok and tm > 0 else None
        if ratio:
            ratios.append(ratio)
        print("%-12s %10s %10s %8s  %s" % (
            os.path.basename(path)[:-3],
            "%.3f" % tp if tp is not None else "-",
            "%.3f" % tm if tm is not None else "-",
            "%.2f" % ratio if ratio else "-",
            status))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (python3/mprt, >1 = mprt faster): %.3f over %d benchmarks" % (gm, len(ratios)))
    else:
        print("geometric mean ratio: n/a (no successful comparisons)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
