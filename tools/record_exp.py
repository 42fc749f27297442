#!/usr/bin/env python3
"""Record expected output (.exp) for the differential tests in tests/py/.

Each test tests/py/<area>/<name>.py is run with CPython (python3, must be 3.11)
with cwd = the test's folder and the test given as an absolute path;
stdout and stderr are merged into <name>.exp.

Helper modules are never run: files whose name starts with "_" and anything
below tests/py/<area>/<subfolder>/. Tests whose first line is
"# mprt: exp-manual" keep their hand-written .exp.

Usage:
  tools/record_exp.py                 record all tests
  tools/record_exp.py --missing       only tests without an .exp
  tools/record_exp.py FILE...         only these tests (paths or area/name.py)
  tools/record_exp.py --check         re-run and report tests whose .exp differs
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_ROOT = os.path.join(ROOT, "tests", "py")
MANUAL_MARKER = "# mprt: exp-manual"


def is_test(path):
    path = os.path.abspath(path)
    rel = os.path.relpath(path, PY_ROOT)
    parts = rel.split(os.sep)
    return (len(parts) == 2 and not parts[0].startswith(".")
            and parts[1].endswith(".py") and not parts[1].startswith(("_", ".")))


def all_tests():
    out = []
    for area in sorted(os.listdir(PY_ROOT)):
        d = os.path.join(PY_ROOT, area)
        if not os.path.isdir(d) or area.startswith(".") or area == "__pycache__":
            continue
        for name in sorted(os.listdir(d)):
            p = os.path.join(d, name)
            if os.path.isfile(p) and is_test(p):
                out.append(p)
    return out


def is_tb_test(path):
    """Tests named *traceback*/tb_* print tracebacks on purpose."""
    name = os.path.basename(path)
    return "traceback" in name or name.startswith("tb_")


def is_manual(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.readline().strip().startswith(MANUAL_MARKER)


def run(path, python):
    env = dict(os.environ)
    env.update(PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0")
    env.pop("PYTHONPATH", None)
    try:
        r = subprocess.run([python, path], cwd=os.path.dirname(path), env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=60)
        # Tracebacks name the test by absolute path: strip the test's folder
        # so the .exp does not depend on the checkout (the harness does the same).
        out = r.stdout.replace(b"\r\n", b"\n")
        out = out.replace(os.path.dirname(path).encode() + b"/", b"")
        return micropython_tracebacks(out), r.returncode
    except subprocess.TimeoutExpired as e:
        return (e.stdout or b"") + b"\nTIMEOUT\n", -1


def micropython_tracebacks(out):
    """Print tracebacks the way MicroPython (and mprt) do: only the
    `File ..., line N, in name` entries, without CPython's source lines and
    caret markers under each entry."""
    lines = out.split(b"\n")
    kept = []
    in_entry = False
    for line in lines:
        if line.startswith(b'  File "'):
            in_entry = True
            kept.append(line)
            continue
        if in_entry and line.startswith(b"    "):
            continue
        in_entry = False
        kept.append(line)
    return b"\n".join(kept)


def resolve(arg):
    for cand in (arg, os.path.join(PY_ROOT, arg), os.path.join(ROOT, arg)):
        if os.path.isfile(cand):
            return os.path.abspath(cand)
    sys.exit("no such test: %s" % arg)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--missing", action="store_true", help="only record tests without an .exp")
    ap.add_argument("--check", action="store_true", help="do not write; report differing .exp files")
    ap.add_argument("--python", default="python3")
    args = ap.parse_args()

    ver = subprocess.run([args.python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                         stdout=subprocess.PIPE, text=True).stdout.strip()
    if ver != "3.11":
        print("warning: %s is Python %s, expected 3.11" % (args.python, ver), file=sys.stderr)

    tests = [resolve(f) for f in args.files] if args.files else all_tests()
    written = skipped = differ = 0
    for t in tests:
        rel = os.path.relpath(t, PY_ROOT)
        if not is_test(t):
            print("skip (helper module): %s" % rel)
            continue
        exp = t[:-3] + ".exp"
        if is_manual(t):
            skipped += 1
            continue
        if args.missing and os.path.exists(exp):
            continue
        data, rc = run(t, args.python)
        if b"Traceback (most recent call last)" in data and not is_tb_test(t):
            print("warning: %s lets a traceback escape (exit %d)" % (rel, rc))
        if b"Warning: " in data:
            print("warning: %s output contains a Python warning (e.g. SyntaxWarning)" % rel)
        old = open(exp, "rb").read() if os.path.exists(exp) else None
        if args.check:
            if old != data:
                differ += 1
                print("DIFFERS: %s" % rel)
            continue
        if old != data:
            with open(exp, "wb") as f:
                f.write(data)
            written += 1
            print("recorded %s" % rel)
    if args.check:
        print("%d tests checked, %d differ" % (len(tests), differ))
        sys.exit(1 if differ else 0)
    print("%d .exp written, %d manual skipped, %d tests total" % (written, skipped, len(tests)))


if __name__ == "__main__":
    main()
