#!/usr/bin/env python3
"""Thread benchmarks: compare mprt with python3 (never part of cargo test).

Usage: python3 bench/threads/run.py [--mprt PATH] [--python PATH] [-n N] [NAME...]

Each benchmark prints lines "RESULT <metric> <value> <unit>", measured inside
the script (interpreter start-up excluded). For every metric the best of N runs
is kept (highest rate, lowest latency) and the ratio is printed so that >1
always means mprt is better: mprt/python3 for rates (…/s), python3/mprt for
latencies (us/…).
"""
import argparse
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run(cmd, path, timeout):
    try:
        r = subprocess.run(cmd + [path], cwd=HERE, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "TIMEOUT"
    except OSError as e:
        return None, str(e)
    out = r.stdout.decode("utf-8", "replace")
    if r.returncode != 0:
        return None, out.strip().splitlines()[-1] if out.strip() else "rc %d" % r.returncode
    res = {}
    for line in out.splitlines():
        p = line.split()
        if len(p) == 4 and p[0] == "RESULT":
            res[p[1]] = (float(p[2]), p[3])
    return res, out


def better(unit):
    """True if higher values are better for this unit."""
    return unit.endswith("/s")


def best_of(cmd, path, n, timeout):
    best = {}
    for _ in range(n):
        res, err = run(cmd, path, timeout)
        if res is None:
            return None, err
        for k, (v, u) in res.items():
            if k not in best or (v > best[k][0] if better(u) else v < best[k][0]):
                best[k] = (v, u)
    return best, ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("names", nargs="*", help="benchmark names (default: all bench/threads/*.py)")
    ap.add_argument("--mprt", default=os.path.join(ROOT, "target", "release", "mprt"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("-n", "--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--timeout", type=float, default=300.0)
    args = ap.parse_args()
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE)
                                 if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if not os.path.exists(args.mprt):
        print("note: %s not found (build with cargo build --release, or pass --mprt)" % args.mprt)
    print("%-28s %14s %14s %-12s %7s" % ("metric", "python3", "mprt", "unit", "ratio"))
    ratios = []
    failures = 0
    for name in names:
        path = os.path.join(HERE, name if name.endswith(".py") else name + ".py")
        rp, ep = best_of([args.python], path, args.repeat, args.timeout)
        rm, em = best_of([args.mprt], path, args.repeat, args.timeout)
        if rp is None or rm is None:
            failures += 1
            print("%-28s %s" % (name, "python3 failed: %s" % ep if rp is None else "mprt failed: %s" % em))
            continue
        for k in rp:
            vp, unit = rp[k]
            if k not in rm:
                failures += 1
                print("%-28s missing in mprt output" % k)
                continue
            vm = rm[k][0]
            ratio = (vm / vp if better(unit) else vp / vm) if vp > 0 and vm > 0 else None
            if ratio:
                ratios.append(ratio)
            print("%-28s %14.2f %14.2f %-12s %7s" % (k, vp, vm, unit, "%.2f" % ratio if ratio else "-"))
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean ratio (>1 = mprt better): %.3f over %d metrics" % (gm, len(ratios)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
