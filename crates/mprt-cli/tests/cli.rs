//! Command-line contract of the `mprt` binary (MicroPython unix-port
//! compatible): flags, `sys.argv`/`sys.path`, exit codes, and the REPL on a
//! pseudo-terminal. Every test runs the real binary as a subprocess.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_mprt"))
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mprt-cli-{}-{}", name, std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_in(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(bin());
    c.args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("MICROPYPATH");
    for (k, v) in env {
        c.env(k, v);
    }
    let mut child = c.spawn().expect("spawn mprt");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn run(args: &[&str]) -> Output {
    run_in(&std::env::temp_dir(), args, "", &[])
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn command_and_argv() {
    let o = run(&[
        "-c",
        "import sys; print(sys.argv, sys.path[0] == '')",
        "a",
        "b",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), "['-c', 'a', 'b'] True\n");
}

#[test]
fn script_argv_file_and_path() {
    let d = scratch("script");
    std::fs::write(
        d.join("t.py"),
        "import sys\nprint(sys.argv)\nprint(__file__)\nprint(sys.path[0])\nprint(__name__)\n",
    )
    .unwrap();
    let path = d.join("t.py");
    let p = path.to_str().unwrap();
    let o = run_in(&d, &["-X", "emit=bytecode", p, "x"], "", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        out(&o),
        format!("['{}', 'x']\n{}\n{}\n__main__\n", p, p, d.to_str().unwrap())
    );
    // Relative path: sys.path[0] is the script's real directory.
    let o = run_in(&d, &["t.py"], "", &[]);
    let real = std::fs::canonicalize(&d).unwrap();
    assert_eq!(
        out(&o),
        format!("['t.py']\nt.py\n{}\n__main__\n", real.to_str().unwrap())
    );
}

#[test]
fn micropypath() {
    let d = scratch("mpypath");
    std::fs::create_dir_all(d.join("lib")).unwrap();
    std::fs::write(d.join("lib/helper.py"), "X = 42\n").unwrap();
    std::fs::write(
        d.join("t.py"),
        "import sys, helper\nprint(sys.path[1:], helper.X)\n",
    )
    .unwrap();
    let lib = d.join("lib");
    let mp = format!(".frozen:{}", lib.to_str().unwrap());
    let o = run_in(&d, &["t.py"], "", &[("MICROPYPATH", &mp)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        out(&o),
        format!("['.frozen', '{}'] 42\n", lib.to_str().unwrap())
    );
}

#[test]
fn stdin_is_a_script_when_not_a_tty() {
    let d = scratch("stdin");
    let o = run_in(
        &d,
        &["-X", "emit=bytecode"],
        "import sys\nprint(sys.path[0] == '', sys.argv)\nx = 1\nprint(x + 1)\n",
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), "True ['']\n2\n");
}

#[test]
fn module_flag() {
    let d = scratch("module");
    std::fs::write(
        d.join("mymod.py"),
        "import sys\nprint('run', __name__, sys.argv)\n",
    )
    .unwrap();
    std::fs::create_dir_all(d.join("pkg")).unwrap();
    std::fs::write(d.join("pkg/__init__.py"), "print('init', __name__)\n").unwrap();
    std::fs::write(d.join("pkg/__main__.py"), "print('main', __name__)\n").unwrap();
    std::fs::write(d.join("pkg/sub.py"), "print('sub', __name__)\n").unwrap();
    let mp = d.to_str().unwrap();
    let o = run_in(&d, &["-m", "mymod", "arg"], "", &[("MICROPYPATH", mp)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), "run __main__ ['mymod', 'arg']\n");
    let o = run_in(&d, &["-m", "pkg"], "", &[("MICROPYPATH", mp)]);
    assert_eq!(out(&o), "init pkg\nmain __main__\n");
    let o = run_in(&d, &["-m", "pkg.sub"], "", &[("MICROPYPATH", mp)]);
    assert_eq!(out(&o), "init pkg\nsub __main__\n");
    // Namespace parent package, sys.atexit runs at exit (also after SystemExit).
    std::fs::create_dir_all(d.join("cmdline")).unwrap();
    std::fs::write(
        d.join("cmdline/ae.py"),
        "import sys\nprint(sys.argv)\nsys.atexit(lambda: print('done'))\nprint('start')\nsys.exit(0)\n",
    )
    .unwrap();
    let o = run_in(&d, &["-m", "cmdline.ae", "cmdline/ae.py"], "", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(out(&o), "['cmdline.ae', 'cmdline/ae.py']\nstart\ndone\n");
    let o = run_in(&d, &["-m", "no_such_mod"], "", &[("MICROPYPATH", mp)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("ImportError"), "{}", err(&o));
}

#[test]
fn inspect_flag_keeps_globals() {
    let d = scratch("inspect");
    let o = run_in(&d, &["-i", "-c", "x = 5"], "print(x * 2)\n", &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(out(&o).contains("10\n"), "{:?}", out(&o));
    // `-i` after the command, and MICROPYINSPECT set by the program.
    let o = run_in(&d, &["-c", "y = 3", "-i"], "print(y + 1)\n", &[]);
    assert!(out(&o).contains("4\n"), "{:?}", out(&o));
    let prog = "import os; os.putenv('MICROPYINSPECT', '1'); z = 8";
    let o = run_in(&d, &["-c", prog], "print(z + 1)\n", &[]);
    assert!(out(&o).contains("9\n"), "{:?}", out(&o));
    let o = run_in(&d, &["-c", "z = 8"], "print(z + 1)\n", &[]);
    assert_eq!(out(&o), "");
}

#[test]
fn implementation_options() {
    for x in [
        "heapsize=1M",
        "heapsize=512k",
        "heapsize=100000",
        "heapsize=64wK",
        "emit=native",
        "emit=bytecode",
    ] {
        let o = run(&["-X", x, "-c", "print('ok')"]);
        assert_eq!(o.status.code(), Some(0), "-X {}: {}", x, err(&o));
        assert_eq!(out(&o), "ok\n");
    }
    for x in ["heapsize=", "heapsize=12q", "bogus"] {
        let o = run(&["-X", x, "-c", "print('ok')"]);
        assert_eq!(o.status.code(), Some(1), "-X {}", x);
        assert_eq!(out(&o), "");
        assert_eq!(
            err(&o),
            "Invalid command line arguments. Use -h option for help.\n"
        );
    }
}

#[test]
fn compile_only() {
    let o = run(&["-X", "compile-only", "-c", "print('not run')"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(out(&o), "");
    let o = run(&["-X", "compile-only", "-c", "def f(:\n  pass"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("SyntaxError"), "{}", err(&o));
}

#[test]
fn optimisation_levels() {
    let prog = "import micropython; print(micropython.opt_level())";
    for (flag, level) in [("-O", "1"), ("-OO", "2"), ("-O3", "3"), ("-v", "0")] {
        let o = run(&[flag, "-c", prog]);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        assert_eq!(out(&o), format!("{}\n", level), "{}", flag);
    }
}

#[test]
fn help_and_bad_options() {
    let o = run(&["-h"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(out(&o).starts_with("usage: "), "{}", out(&o));
    assert!(out(&o).contains("heapsize="));
    let o = run(&["-Z"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        err(&o),
        "Invalid command line arguments. Use -h option for help.\n"
    );
    let o = run(&["-c"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn exit_codes() {
    let cases: &[(&str, i32, &str, &str)] = &[
        ("print('hi')", 0, "hi\n", ""),
        ("print('SKIP'); raise SystemExit", 0, "SKIP\n", ""),
        ("import sys; sys.exit()", 0, "", ""),
        ("import sys; sys.exit(3)", 3, "", ""),
        ("raise SystemExit(7)", 7, "", ""),
        ("raise SystemExit('bye')", 1, "", "bye\n"),
        ("import sys; sys.exit(False)", 0, "", ""),
    ];
    for (prog, code, o_exp, e_exp) in cases {
        let o = run(&["-c", prog]);
        assert_eq!(o.status.code(), Some(*code), "{}", prog);
        assert_eq!(out(&o), *o_exp, "{}", prog);
        assert_eq!(err(&o), *e_exp, "{}", prog);
    }
    let o = run(&["-c", "1/0"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        err(&o),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n"
    );
}

#[test]
fn missing_file() {
    let o = run(&["nonexistent_file_xyz.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(out(&o), "");
    assert_eq!(
        err(&o),
        "mprt: can't open file 'nonexistent_file_xyz.py': [Errno 2] No such file or directory\n"
    );
}

/// Strip terminal control sequences and carriage returns from a transcript.
fn plain(raw: &[u8]) -> String {
    let s = String::from_utf8_lossy(raw);
    let mut o = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\x1b' {
            if it.peek() == Some(&'[') {
                it.next();
                while let Some(&n) = it.peek() {
                    it.next();
                    if n.is_ascii_alphabetic() || n == '~' {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            o.push(c);
        }
    }
    o
}

/// The child end of a pseudo-terminal running `mprt` as its session leader.
struct Pty {
    master: i32,
    child: std::process::Child,
    buf: Vec<u8>,
    /// Transcript position (in the plain text) after the last `expect` match.
    seen: usize,
}

impl Pty {
    fn spawn() -> Pty {
        use std::os::unix::io::FromRawFd;
        use std::os::unix::process::CommandExt;
        let (mut master, mut slave) = (0i32, 0i32);
        // SAFETY: openpty writes two descriptors into valid locals.
        let r = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(r, 0, "openpty");
        let mut c = Command::new(bin());
        // SAFETY: dup gives owned descriptors for the child's stdio.
        unsafe {
            c.stdin(Stdio::from_raw_fd(libc::dup(slave)))
                .stdout(Stdio::from_raw_fd(libc::dup(slave)))
                .stderr(Stdio::from_raw_fd(libc::dup(slave)))
                .env("TERM", "xterm")
                .env_remove("MICROPYPATH")
                .pre_exec(|| {
                    // New session with the pty as controlling terminal, so
                    // Ctrl-C raises SIGINT in the child.
                    libc::setsid();
                    libc::ioctl(0, libc::TIOCSCTTY, 0);
                    Ok(())
                });
        }
        let child = c.spawn().expect("spawn mprt on pty");
        // SAFETY: closing our copy of the slave descriptor.
        unsafe { libc::close(slave) };
        Pty {
            master,
            child,
            buf: Vec::new(),
            seen: 0,
        }
    }

    /// Read until `needle` appears in the transcript after the previous
    /// match (or time runs out).
    fn expect(&mut self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let text = plain(&self.buf);
            if let Some(i) = text.get(self.seen..).and_then(|t| t.find(needle)) {
                self.seen += i + needle.len();
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "timed out waiting for {:?} in {:?}",
                needle,
                plain(&self.buf)
            );
            let mut pfd = libc::pollfd {
                fd: self.master,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: polls one valid pollfd.
            let n = unsafe { libc::poll(&mut pfd, 1, left.as_millis().min(200) as i32) };
            if n > 0 {
                let mut b = [0u8; 4096];
                // SAFETY: reads into a valid local buffer.
                let k = unsafe {
                    libc::read(self.master, b.as_mut_ptr() as *mut libc::c_void, b.len())
                };
                if k <= 0 {
                    assert!(
                        plain(&self.buf).contains(needle),
                        "EOF waiting for {:?} in {:?}",
                        needle,
                        plain(&self.buf)
                    );
                    return;
                }
                self.buf.extend_from_slice(&b[..k as usize]);
            }
        }
    }

    /// Count of `needle` in the transcript so far.
    fn count(&self, needle: &str) -> usize {
        plain(&self.buf).matches(needle).count()
    }

    /// Send input, then wait for the echo/output to settle (like
    /// MicroPython's run-tests: data, then a short quiet period).
    fn line(&mut self, s: &str) {
        self.send(s);
        let deadline = Instant::now() + Duration::from_secs(3);
        let mut got = false;
        while Instant::now() < deadline {
            let mut pfd = libc::pollfd {
                fd: self.master,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: polls one valid pollfd.
            let n = unsafe { libc::poll(&mut pfd, 1, 60) };
            if n <= 0 {
                if got {
                    return;
                }
                continue;
            }
            let mut b = [0u8; 4096];
            // SAFETY: reads into a valid local buffer.
            let k =
                unsafe { libc::read(self.master, b.as_mut_ptr() as *mut libc::c_void, b.len()) };
            if k <= 0 {
                return;
            }
            got = true;
            self.buf.extend_from_slice(&b[..k as usize]);
        }
    }

    fn send(&mut self, s: &str) {
        // SAFETY: writes a valid buffer to the master descriptor.
        unsafe { libc::write(self.master, s.as_ptr() as *const libc::c_void, s.len()) };
    }
}

#[test]
fn repl_on_a_terminal() {
    let mut p = Pty::spawn();
    p.expect("Type \"help()\" for more information.\n>>> ");
    let t = plain(&p.buf);
    assert!(t.starts_with("MicroPython v"), "{:?}", t);
    assert!(t.lines().next().unwrap().contains(" with "), "{:?}", t);
    // An expression echoes its repr; `_` holds it.
    p.line("'a' * 3\r");
    p.expect("'aaa'\n>>> ");
    p.line("_ + 'b'\r");
    p.expect("'aaab'\n>>> ");
    // A def: the body line is auto-indented, Enter on indent-only lines
    // (and then an empty one) ends the block like MicroPython.
    p.line("def f(x):\r");
    p.expect("...     ");
    p.line("return x * 2\r");
    p.expect("return x * 2\n...     ");
    p.line("\r");
    p.line("\r");
    p.line("\r");
    p.expect("\n...     \n... \n>>> ");
    p.line("f(21)\r");
    p.expect("42\n>>> ");
    // Space right after the auto-indent turns it off (1 space, no indent).
    p.line("for i in range(2):\r");
    p.line("  print(i)\r");
    p.line("\r");
    p.expect("0\n1\n>>> ");
    // Open bracket continues without a colon.
    p.line("print(1,\r");
    p.expect("... ");
    p.line("2)\r");
    p.expect("1 2\n>>> ");
    // Ctrl-C at the prompt discards the line.
    p.line("this is discarded\x03");
    let before = p.count(">>> ");
    p.line("1+1\r");
    p.expect("2\n>>> ");
    assert!(p.count(">>> ") > before);
    assert!(!plain(&p.buf).contains("NameError"));
    // Ctrl-C while code runs raises KeyboardInterrupt in it.
    p.line("while True: pass\r");
    p.line("\r");
    std::thread::sleep(Duration::from_millis(200));
    p.send("\x03");
    p.expect("KeyboardInterrupt\n>>> ");
    // Tab completes a global name.
    p.line("longname_xyz = 6\r");
    p.line("longname_x\t");
    p.line(" * 7\r");
    p.expect("42\n>>> ");
    // Paste mode.
    p.send("\x05");
    p.expect("paste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    p.send("def g():\r    return 7\rprint(g())\r\x04");
    p.expect("=== print(g())\n=== \n");
    p.expect("7\n>>> ");
    // help() prints MicroPython-style help.
    p.line("help()\r");
    p.expect("For further help on a specific object, type help(obj)\n");
    p.expect(">>> ");
    // Ctrl-D on an empty line exits with status 0.
    p.send("\x04");
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(s) = p.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "REPL did not exit on Ctrl-D");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    // SAFETY: closes the master descriptor we own.
    unsafe { libc::close(p.master) };
}

#[test]
fn blocking_stdin_read_releases_the_gil() {
    // The main thread blocks reading stdin while a second thread counts;
    // the test only answers once the counter has visibly advanced, so the
    // program can finish only if the read released the GIL.
    use std::io::{BufRead, BufReader, Write};
    let d = scratch("gil_stdin");
    let script = d.join("t.py");
    std::fs::write(
        &script,
        "import _thread, sys\n\
         n = 0\n\
         stop = False\n\
         def count():\n    global n\n    while not stop:\n        n += 1\n        if n == 200000:\n            print('progress', flush=True)\n\
         _thread.start_new_thread(count, ())\n\
         line = sys.stdin.readline()\n\
         stop = True\n\
         print('line', repr(line), n >= 200000)\n",
    )
    .unwrap();
    let mut child = std::process::Command::new(bin())
        .arg(&script)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Watchdog: a GIL held across the read would hang the test; kill instead.
    let pid = child.id() as i32;
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(60));
        // SAFETY: signals our own child (a no-op if it has exited).
        unsafe { libc::kill(pid, libc::SIGKILL) };
    });
    let mut stdin = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().and_then(|l| l.ok()).unwrap_or_default();
    assert_eq!(first, "progress", "the counting thread never ran");
    stdin.write_all(b"hello\n").unwrap();
    drop(stdin);
    assert_eq!(lines.next().unwrap().unwrap(), "line 'hello\\n' True");
    assert!(child.wait().unwrap().success());
}

#[test]
fn board_mode_soft_reset_stops_threads_and_restarts_the_vm() {
    // `-X board`: main.py runs at start and after each soft reset; a 0x04
    // line (Ctrl-D over a serial link) soft-resets. Threads blocked in
    // sleep, Lock.acquire and Event.wait, a busy thread, and one that
    // swallows the first SystemExit all end; service tasks stay.
    let d = scratch("board");
    std::fs::write(
        d.join("main.py"),
        r#"import _thread, threading, time
boots = globals().get("boots", 0) + 1
print("main.py", boots)
lock = _thread.allocate_lock()
lock.acquire()
ev = threading.Event()
def sleeper():
    try:
        time.sleep(1000)
    finally:
        print("stopped sleeper")
def locker():
    try:
        lock.acquire()
    finally:
        print("stopped locker")
def waiter():
    try:
        ev.wait()
    finally:
        print("stopped waiter")
def busy():
    try:
        while True:
            pass
    finally:
        print("stopped busy")
def stubborn():
    try:
        time.sleep(1000)
    except SystemExit:
        print("stubborn caught")
    time.sleep(1000)
    print("not reached")
for f in (sleeper, locker, waiter, busy, stubborn):
    _thread.start_new_thread(f, ())
print("started")
"#,
    )
    .unwrap();
    let input = "x = 42\n\
                 import micropython\n\
                 print('svc', [t[5] for t in micropython.tasks() if t[0] == 'sigint'])\n\
                 \x04\n\
                 print('x' in globals())\n\
                 import micropython\n\
                 print('svc', [t[5] for t in micropython.tasks() if t[0] == 'sigint'])\n";
    let o = run_in(&d, &["-X", "board"], input, &[]);
    let s = out(&o);
    assert_eq!(o.status.code(), Some(0), "{}\n{}", s, err(&o));
    assert_eq!(s.matches("main.py 1").count(), 2, "{}", s);
    assert!(s.contains("MPY: soft reboot"), "{}", s);
    for w in ["sleeper", "locker", "waiter", "busy"] {
        assert!(s.contains(&format!("stopped {w}")), "{w}: {}", s);
    }
    assert!(s.contains("stubborn caught"), "{}", s);
    assert!(!s.contains("not reached"), "{}", s);
    assert!(s.contains("False"), "{}", s);
    // The service task has the same id before and after the reset.
    let svc: Vec<&str> = s.lines().filter(|l| l.contains("svc [")).collect();
    assert_eq!(svc.len(), 2, "{}", s);
    assert!(
        svc[0].ends_with(svc[1].split(">>> ").last().unwrap()),
        "{}",
        s
    );
}

#[test]
fn blocked_stdout_write_releases_the_gil() {
    // A thread prints until the stdout pipe (never read here) is full and
    // its write blocks; the main thread must still run and finish its work.
    let d = scratch("gil_stdout");
    let flag = d.join("progress");
    let _ = std::fs::remove_file(&flag);
    let script = d.join("t.py");
    std::fs::write(
        &script,
        format!(
            "import _thread\n\
             def spam():\n    while True:\n        print('x' * 1000)\n\
             _thread.start_new_thread(spam, ())\n\
             n = 0\n\
             for i in range(300000):\n    n += i\n\
             with open({:?}, 'w') as f:\n    f.write(str(n))\n",
            flag.to_str().unwrap()
        ),
    )
    .unwrap();
    let mut child = std::process::Command::new(bin())
        .arg(&script)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut seen = false;
    while std::time::Instant::now() < deadline {
        if std::fs::read_to_string(&flag)
            .map(|s| s == "44999850000")
            .unwrap_or(false)
        {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        seen,
        "the main thread made no progress while a print was blocked"
    );
}
