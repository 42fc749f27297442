//! SIGINT delivered to a running `mprt`: Python handlers installed with
//! `signal.signal`, the default KeyboardInterrupt, interruption of blocking
//! calls (time.sleep, Thread.join) and of pure-Python busy loops.
//!
//! Each case runs a script, waits until it printed "ready", sends a real
//! SIGINT with `kill(2)` and checks the exit status and output. Timeouts are
//! generous upper bounds only.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// Outcome of one run: exit code, stdout, stderr.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn script_path(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mprt-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!("{name}.py"));
    std::fs::write(&p, src).unwrap();
    p
}

fn run_with_sigint(name: &str, src: &str) -> Run {
    let path = script_path(name, src);
    let mut child = Command::new(env!("CARGO_BIN_EXE_mprt"))
        .arg(&path)
        // A pipe that stays open and empty: reads of stdin block.
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mprt");
    let pid = child.id() as libc::pid_t;
    let stdin = child.stdin.take();
    let stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let (tx, rx) = mpsc::channel::<String>();
    let out_reader = thread::spawn(move || {
        let mut all = String::new();
        let mut r = BufReader::new(stdout);
        let mut line = String::new();
        while r.read_line(&mut line).unwrap_or(0) > 0 {
            let _ = tx.send(line.clone());
            all.push_str(&line);
            line.clear();
        }
        all
    });
    let err_reader = thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    // Wait (generously) for the script to be ready, then interrupt it.
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut ready = false;
    while Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok(l) if l.trim() == "ready" => {
                ready = true;
                break;
            }
            Ok(_) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    assert!(ready, "{name}: script never printed ready");
    // Give the script a moment to enter its blocking call / loop; the
    // result does not depend on this delay.
    thread::sleep(Duration::from_millis(200));
    // SAFETY: sending a signal to our own child process.
    unsafe { libc::kill(pid, libc::SIGINT) };
    // Then end stdin, so a read that is retried sees EOF.
    thread::sleep(Duration::from_millis(200));
    drop(stdin);
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(10));
    };
    let stdout = out_reader.join().unwrap();
    let stderr = err_reader.join().unwrap();
    let status = status.unwrap_or_else(|| {
        panic!("{name}: mprt did not stop after SIGINT\nstdout:\n{stdout}\nstderr:\n{stderr}")
    });
    Run {
        code: status.code(),
        stdout,
        stderr,
    }
}

#[test]
fn handler_runs_and_cuts_sleep_short() {
    // The handler raises, so (as in CPython, PEP 475) the sleep is abandoned.
    let r = run_with_sigint(
        "handler",
        r#"
import signal, time
hits = []
class Stop(Exception):
    pass
def handler(signum, frame):
    hits.append(signum)
    raise Stop()
signal.signal(signal.SIGINT, handler)
print("ready", flush=True)
t0 = time.monotonic()
try:
    time.sleep(120)
    print("sleep finished")
except Stop:
    print("handler ran", hits == [signal.SIGINT])
    print("cut short", time.monotonic() - t0 < 60)
"#,
    );
    assert_eq!(r.code, Some(0), "stderr: {}", r.stderr);
    assert!(
        r.stdout.contains("handler ran True"),
        "stdout: {}",
        r.stdout
    );
    assert!(r.stdout.contains("cut short True"), "stdout: {}", r.stdout);
    assert!(!r.stdout.contains("sleep finished"), "stdout: {}", r.stdout);
}

#[test]
fn handler_that_returns_lets_the_program_continue() {
    // A handler that returns normally: the program keeps running; a busy
    // loop polls for the handler's effect.
    let r = run_with_sigint(
        "handler_returns",
        r#"
import signal
hits = []
signal.signal(signal.SIGINT, lambda s, f: hits.append(s))
print("ready", flush=True)
while not hits:
    pass
print("handler ran", hits)
"#,
    );
    assert_eq!(r.code, Some(0), "stderr: {}", r.stderr);
    assert!(r.stdout.contains("handler ran [2]"), "stdout: {}", r.stdout);
}

#[test]
fn default_handler_interrupts_sleep() {
    let r = run_with_sigint(
        "default_sleep",
        "import time\nprint('ready', flush=True)\ntime.sleep(120)\nprint('not reached')\n",
    );
    assert_eq!(r.code, Some(1), "stderr: {}", r.stderr);
    assert!(
        r.stderr.contains("KeyboardInterrupt"),
        "stderr: {}",
        r.stderr
    );
    assert!(!r.stdout.contains("not reached"));
}

#[test]
fn ctrl_c_interrupts_busy_loop() {
    let r = run_with_sigint(
        "busy",
        "print('ready', flush=True)\ni = 0\nwhile True:\n    i += 1\n",
    );
    assert_eq!(r.code, Some(1), "stderr: {}", r.stderr);
    assert!(
        r.stderr.contains("KeyboardInterrupt"),
        "stderr: {}",
        r.stderr
    );
}

#[test]
fn ctrl_c_interrupts_busy_loop_calling_functions() {
    let r = run_with_sigint(
        "busy_calls",
        "def f(x):\n    return x + 1\nprint('ready', flush=True)\ni = 0\nwhile True:\n    i = f(i)\n",
    );
    assert_eq!(r.code, Some(1), "stderr: {}", r.stderr);
    assert!(
        r.stderr.contains("KeyboardInterrupt"),
        "stderr: {}",
        r.stderr
    );
}

#[test]
fn ctrl_c_interrupts_join_while_other_threads_run() {
    let r = run_with_sigint(
        "join",
        r#"
import threading, time
def spin():
    n = 0
    while True:
        n += 1
t = threading.Thread(target=spin, daemon=True)
t.start()
print("ready", flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print("join interrupted", flush=True)
"#,
    );
    assert_eq!(r.code, Some(0), "stderr: {}", r.stderr);
    assert!(
        r.stdout.contains("join interrupted"),
        "stdout: {}",
        r.stdout
    );
}

#[test]
fn ctrl_c_interrupts_blocking_stdin_read() {
    // input() blocks in read(2) on an open, empty pipe; SIGINT interrupts
    // it and the default handler raises KeyboardInterrupt there.
    let r = run_with_sigint(
        "stdin_read",
        r#"
import sys
print("ready", flush=True)
try:
    input()
    print("input returned")
except KeyboardInterrupt:
    print("interrupted")
try:
    sys.stdin.readline()
except KeyboardInterrupt:
    print("not a second time")
"#,
    );
    // The second read sees EOF (the test closes stdin after the run).
    assert!(r.stdout.contains("interrupted"), "stdout: {}", r.stdout);
    assert!(!r.stdout.contains("input returned"), "stdout: {}", r.stdout);
    assert_eq!(r.code, Some(0), "stderr: {}", r.stderr);
}

#[test]
fn handler_runs_during_stdin_read_and_read_resumes() {
    // A handler that returns: the read is retried (PEP 475), the handler's
    // effect is visible afterwards.
    let r = run_with_sigint(
        "stdin_handler",
        r#"
import signal, sys
hits = []
signal.signal(signal.SIGINT, lambda s, f: hits.append(s))
print("ready", flush=True)
line = sys.stdin.readline()
print("read", repr(line), hits)
"#,
    );
    assert_eq!(r.code, Some(0), "stderr: {}", r.stderr);
    assert!(r.stdout.contains("read '' [2]"), "stdout: {}", r.stdout);
}
