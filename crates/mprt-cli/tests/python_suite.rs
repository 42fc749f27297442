//! Differential Python test suite.
//!
//! Runs every test program `tests/py/<area>/<name>.py` that has a recorded
//! `<name>.exp` (CPython 3.11 output, see `tools/record_exp.py`) under the
//! `mprt` binary and compares the merged stdout+stderr byte for byte
//! (after normalising `\r\n` to `\n` and removing the test's absolute
//! directory, so tracebacks do not depend on the checkout).
//!
//! Test selection rules (shared with `tools/record_exp.py`):
//! * only files exactly one level below `tests/py/` (`tests/py/<area>/x.py`);
//!   anything deeper (e.g. `tests/py/import/pkg/`) is a helper module;
//! * files whose name starts with `_` are helper modules;
//! * a test without an `.exp` file is skipped.
//!
//! `tests/known_failures.txt` lists tests (relative to `tests/py/`, one per
//! line, `#` comments) that are expected to fail for now. The suite fails
//! only on unexpected failures and reports listed tests that now pass.
//!
//! Environment variables:
//! * `MPRT_TEST_BIN=path`           run this binary instead of the built `mprt`
//! * `MPRT_TEST_FILTER=substring`   only run tests whose relative path contains it
//! * `MPRT_UPDATE_KNOWN_FAILURES=1` rewrite known_failures.txt from the current
//!   failures (with a filter: only entries matching the filter are replaced)
//! * `MPRT_TEST_THREADS=n`          worker threads (default 2)
//! * `MPRT_TEST_TIMEOUT=secs`       per-test timeout (default 10)

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

const MAX_DIFFS_SHOWN: usize = 5;
const MAX_DIFF_LINES: usize = 40;

/// Write straight to the process stdout, bypassing libtest's output capture
/// so the summary is visible even when the test passes.
fn out(s: &str) {
    let stdout = std::io::stdout();
    let mut lock = stdout.lock();
    let _ = lock.write_all(s.as_bytes());
    let _ = lock.flush();
}

fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("..").join("..");
    root.canonicalize().unwrap_or(root)
}

fn mprt_bin() -> PathBuf {
    match std::env::var_os("MPRT_TEST_BIN") {
        Some(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            // Resolve relative paths against the repo root (cargo runs tests
            // from the crate directory, which is surprising).
            if p.is_relative() && p.components().count() > 1 {
                repo_root().join(p)
            } else {
                p
            }
        }
        _ => PathBuf::from(env!("CARGO_BIN_EXE_mprt")),
    }
}

struct TestCase {
    /// Path relative to tests/py, with `/` separators.
    rel: String,
    py: PathBuf,
    exp: PathBuf,
}

fn is_test_file(name: &str) -> bool {
    name.ends_with(".py") && !name.starts_with('_') && !name.starts_with('.')
}

fn collect_tests(py_root: &Path) -> Vec<TestCase> {
    let mut tests = Vec::new();
    let mut areas: Vec<PathBuf> = match fs::read_dir(py_root) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(_) => return tests,
    };
    areas.sort();
    for area in areas {
        let area_name = area.file_name().unwrap().to_string_lossy().into_owned();
        if area_name.starts_with('.') || area_name == "__pycache__" {
            continue;
        }
        let mut files: Vec<PathBuf> = fs::read_dir(&area)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for py in files {
            let name = py.file_name().unwrap().to_string_lossy().into_owned();
            if !is_test_file(&name) {
                continue;
            }
            let exp = py.with_extension("exp");
            if !exp.is_file() {
                continue;
            }
            tests.push(TestCase {
                rel: format!("{}/{}", area_name, name),
                py,
                exp,
            });
        }
    }
    tests
}

fn normalize_rel(line: &str) -> String {
    let mut s = line.trim().replace('\\', "/");
    for prefix in ["./", "tests/py/", "py/"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.to_string();
        }
    }
    s
}

fn read_known_failures(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .map(normalize_rel)
        .filter(|l| !l.is_empty())
        .collect()
}

enum Outcome {
    Pass,
    Fail { output: Vec<u8>, status: String },
    Error(String),
}

fn normalize_output(data: &[u8]) -> Vec<u8> {
    let mut v = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' && i + 1 < data.len() && data[i + 1] == b'\n' {
            i += 1;
            continue;
        }
        v.push(data[i]);
        i += 1;
    }
    v
}

/// Run `bin -X emit=bytecode <py>` with cwd = the test's directory and
/// stdout+stderr merged into one pipe. Returns (output, status description).
fn run_one(bin: &Path, py: &Path, timeout: Duration) -> Result<(Vec<u8>, String), String> {
    let dir = py.parent().unwrap();
    let (mut reader, writer) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    let writer2 = writer.try_clone().map_err(|e| format!("pipe clone: {e}"))?;
    let mut cmd = Command::new(bin);
    cmd.arg("-X")
        .arg("emit=bytecode")
        .arg(py)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(writer2)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONHASHSEED", "0");
    let spawned = cmd.spawn();
    // The Command keeps its copies of the pipe writer alive: drop it so
    // the reader sees EOF when the child exits.
    drop(cmd);
    let mut child = spawned.map_err(|e| format!("cannot run {}: {e}", bin.display()))?;

    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = reader.read_to_end(&mut buf);
        let _ = tx.send(buf);
    });

    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break Some(st),
            Ok(None) => {
                if start.elapsed() >= timeout {
                    let _ = child.kill();
                    timed_out = true;
                    break child.wait().ok();
                }
                thread::sleep(Duration::from_millis(2));
            }
            Err(e) => return Err(format!("wait: {e}")),
        }
    };
    // A grandchild could keep the pipe open; don't wait forever for EOF.
    let output = rx.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
    let status_desc = if timed_out {
        format!("TIMEOUT after {}s (killed)", timeout.as_secs())
    } else {
        match status {
            Some(st) => format!("{st}"),
            None => "unknown exit status".to_string(),
        }
    };
    Ok((output, status_desc))
}

fn run_test(bin: &Path, t: &TestCase, timeout: Duration) -> Outcome {
    let expected = match fs::read(&t.exp) {
        Ok(e) => normalize_output(&e),
        Err(e) => return Outcome::Error(format!("cannot read {}: {e}", t.exp.display())),
    };
    match run_one(bin, &t.py, timeout) {
        Ok((output, status)) => {
            let output = normalize_output(&strip_test_dir(&output, &t.py));
            if output == expected && !status.starts_with("TIMEOUT") {
                Outcome::Pass
            } else {
                Outcome::Fail { output, status }
            }
        }
        Err(e) => Outcome::Error(e),
    }
}

/// Remove the test's absolute directory (`/.../tests/py/<area>/`) from the
/// output, so tracebacks (`File "/abs/path/x.py"`) compare equal whatever
/// checkout the test runs from; `tools/record_exp.py` does the same.
fn strip_test_dir(data: &[u8], py: &Path) -> Vec<u8> {
    let Some(dir) = py.parent() else {
        return data.to_vec();
    };
    let mut pat = dir.to_string_lossy().into_owned().into_bytes();
    pat.push(b'/');
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(&pat) {
            i += pat.len();
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    out
}

/// A small LCS-based line diff with 3 lines of context, truncated to
/// `max_lines` lines of output.
fn line_diff(expected: &str, actual: &str, max_lines: usize) -> String {
    const CONTEXT: usize = 3;
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = actual.lines().collect();
    // Skip the common prefix/suffix to keep the LCS table small.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    // ops: (tag, line) with tag ' ', '-', '+'
    let mut ops: Vec<(char, &str)> = Vec::new();
    for l in &a[..pre] {
        ops.push((' ', l));
    }
    if am.len() * bm.len() <= 4_000_000 {
        let (n, m) = (am.len(), bm.len());
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        let idx = |i: usize, j: usize| i * (m + 1) + j;
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[idx(i, j)] = if am[i] == bm[j] {
                    lcs[idx(i + 1, j + 1)] + 1
                } else {
                    lcs[idx(i + 1, j)].max(lcs[idx(i, j + 1)])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push((' ', am[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[idx(i + 1, j)] >= lcs[idx(i, j + 1)]) {
                ops.push(('-', am[i]));
                i += 1;
            } else {
                ops.push(('+', bm[j]));
                j += 1;
            }
        }
    } else {
        for l in am {
            ops.push(('-', l));
        }
        for l in bm {
            ops.push(('+', l));
        }
    }
    for l in &a[a.len() - suf..] {
        ops.push((' ', l));
    }
    // Keep only changes and their context.
    let mut keep = vec![false; ops.len()];
    for (k, (tag, _)) in ops.iter().enumerate() {
        if *tag != ' ' {
            let lo = k.saturating_sub(CONTEXT);
            let hi = (k + CONTEXT + 1).min(ops.len());
            for x in &mut keep[lo..hi] {
                *x = true;
            }
        }
    }
    let mut out_lines: Vec<String> = vec![format!(
        "@@ first difference at line {} (expected {} lines, got {}) @@",
        pre + 1,
        a.len(),
        b.len()
    )];
    // Long runs of removed/added lines are shortened so that both sides of
    // a change stay visible within the line budget.
    const MAX_RUN: usize = 12;
    let mut skipping = false;
    let mut k = 0;
    while k < ops.len() {
        let (tag, line) = ops[k];
        if !keep[k] {
            if !skipping && k > 0 {
                out_lines.push("  ...".to_string());
            }
            skipping = true;
            k += 1;
            continue;
        }
        skipping = false;
        if tag != ' ' {
            let mut end = k;
            while end < ops.len() && ops[end].0 == tag {
                end += 1;
            }
            let run = end - k;
            if run > MAX_RUN {
                for (t, l) in &ops[k..k + MAX_RUN - 2] {
                    out_lines.push(format!("{t} {l}"));
                }
                out_lines.push(format!(
                    "{tag} ... ({} more lines)",
                    run - (MAX_RUN - 2) - 1
                ));
                let (t, l) = ops[end - 1];
                out_lines.push(format!("{t} {l}"));
                k = end;
                continue;
            }
        }
        out_lines.push(format!("{tag} {line}"));
        k += 1;
    }
    if expected.ends_with('\n') != actual.ends_with('\n') {
        out_lines.push("(trailing newline differs)".to_string());
    }
    if a.is_empty() && b.is_empty() && expected != actual {
        out_lines.push(format!("(expected {:?}, got {:?})", expected, actual));
    }
    let total = out_lines.len();
    let mut s = String::new();
    for l in out_lines.iter().take(max_lines) {
        s.push_str(l);
        s.push('\n');
    }
    if total > max_lines {
        s.push_str(&format!("... ({} more diff lines)\n", total - max_lines));
    }
    s
}

fn write_known_failures(
    path: &Path,
    old: &BTreeSet<String>,
    failing: &BTreeSet<String>,
    filter: &str,
) {
    let mut entries: BTreeSet<String> = old
        .iter()
        .filter(|r| !filter.is_empty() && !r.contains(filter))
        .cloned()
        .collect();
    entries.extend(failing.iter().cloned());
    let mut text = String::from(
        "# Tests (relative to tests/py/) that are expected to fail for now.\n\
         # The python suite fails on any failing test NOT listed here, and reports\n\
         # listed tests that pass so they can be removed.\n\
         # Regenerate: MPRT_UPDATE_KNOWN_FAILURES=1 cargo test --release -p mprt-cli --test python_suite\n\
         # (or tools/update_known_failures.sh)\n",
    );
    for e in &entries {
        text.push_str(e);
        text.push('\n');
    }
    fs::write(path, text).expect("cannot write known_failures.txt");
}

#[test]
fn python_suite() {
    let root = repo_root();
    let py_root = root.join("tests").join("py");
    let kf_path = root.join("tests").join("known_failures.txt");
    let bin = mprt_bin();
    let filter = std::env::var("MPRT_TEST_FILTER").unwrap_or_default();
    let update = matches!(
        std::env::var("MPRT_UPDATE_KNOWN_FAILURES").as_deref(),
        Ok("1") | Ok("true") | Ok("yes")
    );
    let threads: usize = std::env::var("MPRT_TEST_THREADS")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(2);
    let timeout = Duration::from_secs(
        std::env::var("MPRT_TEST_TIMEOUT")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10),
    );

    let known = read_known_failures(&kf_path);
    let tests: Vec<TestCase> = collect_tests(&py_root)
        .into_iter()
        .filter(|t| filter.is_empty() || t.rel.contains(&filter))
        .collect();
    out(&format!(
        "\npython suite: running {} tests with {} (filter: {:?})\n",
        tests.len(),
        bin.display(),
        filter
    ));

    let tests = Arc::new(tests);
    let next = Arc::new(AtomicUsize::new(0));
    let results: Arc<Mutex<Vec<Option<Outcome>>>> =
        Arc::new(Mutex::new((0..tests.len()).map(|_| None).collect()));
    let mut handles = Vec::new();
    for _ in 0..threads.min(tests.len().max(1)) {
        let tests = Arc::clone(&tests);
        let next = Arc::clone(&next);
        let results = Arc::clone(&results);
        let bin = bin.clone();
        handles.push(thread::spawn(move || loop {
            let i = next.fetch_add(1, Ordering::SeqCst);
            if i >= tests.len() {
                break;
            }
            let outcome = run_test(&bin, &tests[i], timeout);
            results.lock().unwrap()[i] = Some(outcome);
        }));
    }
    for h in handles {
        h.join().expect("worker thread panicked");
    }
    let results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();

    let mut passed = 0usize;
    let mut unexpected: Vec<(usize, &Outcome)> = Vec::new();
    let mut expected_fail = 0usize;
    let mut now_passing: Vec<&str> = Vec::new();
    let mut failing_set: BTreeSet<String> = BTreeSet::new();
    for (i, r) in results.iter().enumerate() {
        let t = &tests[i];
        let r = r.as_ref().expect("missing result");
        let listed = known.contains(&t.rel);
        match r {
            Outcome::Pass => {
                passed += 1;
                if listed {
                    now_passing.push(&t.rel);
                }
            }
            _ => {
                failing_set.insert(t.rel.clone());
                if listed {
                    expected_fail += 1;
                } else {
                    unexpected.push((i, r));
                }
            }
        }
    }

    // Known-failure entries that do not correspond to an existing test.
    let existing: BTreeSet<&str> = tests.iter().map(|t| t.rel.as_str()).collect();
    let stale: Vec<&String> = known
        .iter()
        .filter(|k| filter.is_empty() || k.contains(&filter))
        .filter(|k| !existing.contains(k.as_str()))
        .collect();

    let mut report = String::new();
    for (shown, (i, r)) in unexpected.iter().enumerate() {
        let t = &tests[*i];
        if shown >= MAX_DIFFS_SHOWN {
            report.push_str(&format!("FAIL {}\n", t.rel));
            continue;
        }
        match r {
            Outcome::Fail { output, status } => {
                let expected = normalize_output(&fs::read(&t.exp).unwrap_or_default());
                let e = String::from_utf8_lossy(&expected);
                let a = String::from_utf8_lossy(output);
                report.push_str(&format!(
                    "\n==== FAIL {} ({}) --- expected, +++ mprt\n{}",
                    t.rel,
                    status,
                    line_diff(&e, &a, MAX_DIFF_LINES)
                ));
            }
            Outcome::Error(msg) => {
                report.push_str(&format!("\n==== ERROR {}: {}\n", t.rel, msg));
            }
            Outcome::Pass => unreachable!(),
        }
    }
    if !unexpected.is_empty() {
        report.push_str(&format!("\nunexpected failures ({}):\n", unexpected.len()));
        for (i, _) in &unexpected {
            report.push_str(&format!("  {}\n", tests[*i].rel));
        }
    }
    if !now_passing.is_empty() {
        report.push_str(&format!(
            "\nlisted in tests/known_failures.txt but now PASS ({}) -- please remove them:\n",
            now_passing.len()
        ));
        for r in &now_passing {
            report.push_str(&format!("  {r}\n"));
        }
    }
    if !stale.is_empty() {
        report.push_str(&format!(
            "\nlisted in tests/known_failures.txt but no such test ({}):\n",
            stale.len()
        ));
        for r in &stale {
            report.push_str(&format!("  {r}\n"));
        }
    }
    if update {
        write_known_failures(&kf_path, &known, &failing_set, &filter);
        report.push_str(&format!(
            "\nrewrote {} ({} failing tests)\n",
            kf_path.display(),
            failing_set.len()
        ));
    }
    report.push_str(&format!(
        "({} expected failures listed in known_failures.txt)\n",
        expected_fail
    ));
    report.push_str(&format!(
        "python suite: {} passed, {} failed\n",
        passed,
        if update { 0 } else { unexpected.len() }
    ));
    out(&report);

    if !update && !unexpected.is_empty() {
        panic!(
            "{} unexpected failure(s) in the python suite (see above)",
            unexpected.len()
        );
    }
}
