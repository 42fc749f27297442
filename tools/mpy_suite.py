#!/usr/bin/env python3
r"""Run a directory tree of MicroPython-style test programs against `mprt`.

Follows the conventions of MicroPython's test runner (see
`../shared/spec/micropython-test-runner-contract.md`): each test runs as
`BIN -X emit=bytecode /abs/test.py` in the test's folder with stdout and
stderr merged; its output is compared with `test.py.exp` when present,
otherwise with the output of `python3 test.py` (cached next to the test as
`test.py.cpy`).  A test that prints exactly `SKIP` is skipped.

"Special" tests (everything under a `cmdline` folder, and a few named in
SPECIAL_TESTS) are run and compared the way MicroPython's runner does it:

* a `# cmdline: ARGS` first line gives the command-line arguments, and the
  test runs from the folder above `cmdline`;
* `cmdline/repl_*.py` tests start `BIN ARGS` on a pseudo-terminal, read the
  banner, then write the test file line by line (with `{\xNN}` turned into
  the byte 0xNN), collecting the output after each line until 20 ms of
  silence, and finally send Ctrl-D;
* the output (`\r\n` -> `\n`) is compared with `test.py.exp` line by line,
  each expected line being a regex in which only backslash-escaped
  characters are special (a trailing `\r*` is allowed before the newline),
  and a `########` line matching any number of lines.

Usage: tools/mpy_suite.py --mprt target/release/mprt DIR [DIR...]
           [--jobs N] [--show-diff] [--list-failed FILE]
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import select
import subprocess
import sys
import time

TIMEOUT = 20

# Tests outside `cmdline/` whose .exp files are line regexes.
SPECIAL_TESTS = (
    "thread/thread_exc2.py",
    "basics/builtin_help.py",
    "micropython/meminfo.py",
    "basics/bytes_compare3.py",
)

# The timing line printed by unittest's text runner.
UNITTEST_RAN = re.compile(rb"(?m)^(Ran \d+ tests? in) \d+\.\d+s$")

# Seconds of silence that end the output of one line sent to a REPL test.
PTY_QUIET = 0.02


def is_special(path):
    """Whether `path` is compared with line regexes (MicroPython's special tests)."""
    folder = os.path.basename(os.path.dirname(path))
    if folder == "cmdline":
        return True
    return "{}/{}".format(folder, os.path.basename(path)) in SPECIAL_TESTS


def regex_of(line):
    """The regex for one .exp line: a backslash makes the next character
    special (kept as it is in the regex); the characters ()[]{}.*+^$ are
    otherwise literal; the final newline may follow carriage returns."""
    out = []
    chars = iter(line)
    for c in chars:
        if c == "\\":
            out.append(next(chars, ""))
        elif c in "()[]{}.*+^$":
            out.append("\\" + c)
        else:
            out.append(c)
    if out and out[-1] == "\n":
        out[-1] = "\r*\n"
    return re.compile("".join(out).encode("utf-8"))


def regex_compare(output, exp):
    """Rewrite `output` so that each of its lines matching the regex of the
    corresponding .exp line becomes that .exp line (and runs of lines taken
    by a `########` line become `########`); the result equals `exp` iff the
    output matches."""
    wildcard = b"########\n"
    exp_lines = exp.splitlines(keepends=True)
    patterns = [None if l == wildcard else regex_of(l.decode("utf-8", "replace")) for l in exp_lines]
    out = [l + b"\n" for l in output.split(b"\n")]
    if output.endswith(b"\n"):
        out.pop()
    i = 0
    for k, line in enumerate(exp_lines):
        if i >= len(out):
            break
        if patterns[k] is None:
            # Skip lines until one matches the next expected line.
            nxt = patterns[k + 1] if k + 1 < len(patterns) else None
            skip = 0
            while i + skip < len(out) and not (nxt is not None and nxt.match(out[i + skip])):
                skip += 1
            if i + skip >= len(out):
                out[i] = b"######## FAIL\n"
                break
            out[i : i + skip] = [wildcard]
            i += 1
        else:
            if patterns[k].match(out[i]):
                out[i] = line
            i += 1
    return b"".join(out)


def cmdline_args(path):
    """Arguments from a `# cmdline:` first line."""
    with open(path, "rb") as f:
        first = f.readline()
    if first.startswith(b"# cmdline:"):
        return [a.decode() for a in first[10:].split()]
    return []


def run_pty(cmd, cwd, path, env):
    """Drive a REPL test through a pseudo-terminal (see the module doc)."""
    import pty

    master, slave = pty.openpty()
    p = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=subprocess.STDOUT, bufsize=0)
    deadline = time.monotonic() + TIMEOUT

    def get(required=False):
        got = b""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], PTY_QUIET)
            if ready:
                try:
                    chunk = os.read(master, 1024)
                except OSError:
                    return got
                if not chunk:
                    return got
                got += chunk
            elif got or not required:
                return got
        return got

    def send_get(data):
        data = re.sub(rb"{\\x([0-9a-fA-F]{2})}", lambda m: bytes([int(m.group(1), 16)]), data)
        try:
            os.write(master, data)
        except OSError:
            return b""
        return get()

    try:
        out = get(True)
        with open(path, "rb") as f:
            for line in f:
                out += send_get(line)
        send_get(b"\x04")
    finally:
        try:
            p.kill()
        except ProcessLookupError:
            pass
        p.wait()
        os.close(master)
        os.close(slave)
    if time.monotonic() >= deadline:
        out += b"TIMEOUT\n"
    return out.replace(b"\r\n", b"\n")


def check_special(binary, path, env):
    """Run a special test; returns (status, path, expected, actual)."""
    folder = os.path.dirname(path)
    args = cmdline_args(path)
    if os.path.basename(folder) == "cmdline":
        cwd = os.path.dirname(folder)
        if os.path.basename(path).startswith("repl_"):
            out = run_pty([binary] + args, cwd, path, env)
        else:
            out, _ = run([binary] + args + [path], cwd, env)
    else:
        out, _ = run([binary, "-X", "emit=bytecode"] + args + [path], folder, env)
    if out == b"SKIP\n":
        return "skip", path, b"", out
    exp_path = path + ".exp"
    if not os.path.exists(exp_path):
        return "skip", path, b"", out
    with open(exp_path, "rb") as f:
        exp = f.read()
    # The rewritten output: matching lines read as the .exp has them, so a
    # diff shows only the lines that do not match.
    got = regex_compare(out, exp)
    return ("pass" if got == exp else "fail"), path, exp, got


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
    if is_special(path):
        return check_special(binary, path, env)
    out, rc = run([binary, "-X", "emit=bytecode", path], os.path.dirname(path), env)
    if out == b"SKIP\n":
        return "skip", path, b"", out
    exp = expected(path)
    if exp.startswith(b"CPYTHON_FAILED") or exp == b"SKIP\n":
        return "skip", path, exp, out
    # unittest's "Ran N tests in X.XXXs" timing differs from run to run.
    exp, out = UNITTEST_RAN.sub(rb"\1 0.000s", exp), UNITTEST_RAN.sub(rb"\1 0.000s", out)
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
