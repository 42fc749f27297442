//! `mprt`: the MicroPythonRT host binary, command-line compatible with
//! MicroPython's unix port (`mprt [-X opt] [-c cmd | -m mod | file] [args]`).

mod line_editor;
mod port;
mod repl;
mod threads;

use mprt_core::{Value, Vm};
use std::sync::atomic::Ordering;

#[global_allocator]
static GLOBAL: port::CountingAlloc = port::CountingAlloc;

/// What to run.
enum Target {
    File(String),
    Command(String),
    Module(String),
    Repl,
    Stdin,
}

struct Options {
    target: Target,
    args: Vec<String>,
    inspect: bool,
    opt_level: u8,
    heap: Option<usize>,
    verbose: u32,
    /// `-X board`: the REPL behaves like a board's: `main.py` runs at start
    /// and after every soft reset, Ctrl-D at the prompt soft-resets.
    board: bool,
}

/// `-X heapsize=` value: digits, optional `w` (machine words), optional
/// `k`/`K`/`m`/`M`/`g`/`G` multiplier.
fn parse_size(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(|c| c.is_ascii_digit()).count();
    let mut n: usize = s[..digits].parse().ok()?;
    let mut rest = &s[digits..];
    if let Some(r) = rest.strip_prefix('w') {
        n *= std::mem::size_of::<usize>();
        rest = r;
    }
    let mul = match rest {
        "" => 1,
        "k" | "K" => 1024,
        "m" | "M" => 1024 * 1024,
        "g" | "G" => 1024 * 1024 * 1024,
        _ => return None,
    };
    Some(n * mul)
}

/// The `-h` text (stdout), like MicroPython's unix port.
fn print_help(prog: &str) {
    print!(
        "usage: {} [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n\
Options:\n\
-h : print this help message\n\
-i : enable inspection via REPL after running command/module/file\n\
-v : verbose (trace various operations); can be multiple\n\
-O[N] : apply bytecode optimizations of level N\n\
\n\
Implementation specific options (-X):\n  \
board                        -- board-style REPL: main.py, Ctrl-D soft reset\n  \
compile-only                 -- parse and compile only\n  \
emit={{bytecode,native,viper}} -- set the default code emitter\n  \
heapsize=<n>[w][K|M] -- set the heap size for the GC (default {})\n",
        prog, DEFAULT_HEAP
    );
}

/// Default heap size reported by `-h`.
const DEFAULT_HEAP: usize = 2 * 1024 * 1024;

/// Bad command line: message on stderr, exit status 1.
fn usage() -> ! {
    eprintln!("Invalid command line arguments. Use -h option for help.");
    std::process::exit(1)
}

fn parse_args() -> Options {
    let argv: Vec<String> = std::env::args().collect();
    let mut o = Options {
        target: Target::Repl,
        args: Vec::new(),
        inspect: false,
        opt_level: 0,
        heap: None,
        board: false,
        verbose: 0,
    };
    let mut i = 1;
    while i < argv.len() {
        let a = &argv[i];
        match a.as_str() {
            "-c" => {
                i += 1;
                let Some(c) = argv.get(i) else { usage() };
                o.target = Target::Command(c.clone());
                o.args = argv[i..].to_vec();
                o.args[0] = String::from("-c");
                // MicroPython also honours `-i` after the command.
                if argv[i + 1..].iter().any(|a| a == "-i") {
                    o.inspect = true;
                }
                return o;
            }
            "-m" => {
                i += 1;
                let Some(m) = argv.get(i) else { usage() };
                o.target = Target::Module(m.clone());
                o.args = argv[i..].to_vec();
                return o;
            }
            "-i" => o.inspect = true,
            "-h" | "--help" => {
                print_help(&argv[0]);
                std::process::exit(0)
            }
            "-v" => o.verbose += 1,
            "-X" => {
                i += 1;
                let Some(x) = argv.get(i) else { usage() };
                if let Some(h) = x.strip_prefix("heapsize=") {
                    let h = h.split(',').next().unwrap_or(h);
                    match parse_size(h) {
                        Some(n) => o.heap = Some(n),
                        None => usage(),
                    }
                } else if x == "board" {
                    o.board = true;
                } else if x == "compile-only" {
                    COMPILE_ONLY.store(true, Ordering::Relaxed);
                } else if !matches!(
                    x.as_str(),
                    "emit=bytecode" | "emit=native" | "emit=viper" | "realtime"
                ) {
                    usage()
                }
            }
            s if s.starts_with("-O") => {
                let rest = &s[2..];
                o.opt_level = if rest.bytes().all(|c| c == b'O') {
                    (rest.len() + 1) as u8
                } else {
                    match rest.parse::<u8>() {
                        Ok(n) => n.min(3),
                        Err(_) => usage(),
                    }
                };
            }
            "-" => {
                o.target = Target::Stdin;
                o.args = argv[i..].to_vec();
                return o;
            }
            s if s.starts_with('-') && s.len() > 1 => usage(),
            _ => {
                o.target = Target::File(a.clone());
                o.args = argv[i..].to_vec();
                return o;
            }
        }
        i += 1;
    }
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() && !o.board {
        o.target = Target::Stdin;
        o.args = vec![String::new()];
    }
    o
}

/// `-X compile-only`: parse and compile the program, do not run it.
static COMPILE_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

static SIGNAL_PIPE: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

extern "C" fn on_sigint(_sig: libc::c_int) {
    port::INTERRUPTED.store(true, Ordering::SeqCst);
    let fd = SIGNAL_PIPE.load(Ordering::Relaxed);
    if fd >= 0 {
        let b = 1u8;
        // SAFETY: write(2) is async-signal-safe; the buffer is a valid local byte.
        unsafe { libc::write(fd, &b as *const u8 as *const libc::c_void, 1) };
    }
}

/// SIGINT: the handler sets a flag and pokes a pipe; a watcher thread wakes
/// the main thread's blocking wait (the self-pipe trick).
fn install_sigint() {
    let mut fds = [0i32; 2];
    // SAFETY: `fds` is a valid two-element array for pipe(2).
    if unsafe { libc::pipe(fds.as_mut_ptr()) } == 0 {
        SIGNAL_PIPE.store(fds[1], Ordering::Relaxed);
        let rd = fds[0];
        // A service task: it survives soft resets (and blocks SIGINT itself).
        let opts = mprt_rtos::TaskOptions::new("sigint").stack_size(64 << 10);
        let _ = mprt_rtos::spawn(opts, move || loop {
            let mut b = 0u8;
            // SAFETY: reads one byte into a valid local buffer.
            let n = unsafe { libc::read(rd, &mut b as *mut u8 as *mut libc::c_void, 1) };
            if n <= 0 {
                break;
            }
            mprt_rtos::interrupt_main();
        });
    }
    // SAFETY: installs a handler that only stores to an atomic and writes to
    // a pipe. No SA_RESTART: a blocking read(2) in the main thread returns
    // EINTR so the VM can run the Python handler.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = 0;
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Block (or unblock) SIGINT in the calling thread. Only the interpreter's
/// main thread takes SIGINT, so its blocking system calls are the ones
/// interrupted.
fn block_sigint(block: bool) {
    // SAFETY: the signal set is initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if block {
            libc::SIG_BLOCK
        } else {
            libc::SIG_UNBLOCK
        };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// Exit status for an uncaught exception; prints it unless it is SystemExit.
pub fn report_exception(vm: &mut Vm, e: &Value) -> i32 {
    if vm.exc_matches(e, &vm.exc.system_exit.clone()) {
        let code = mprt_core::types::exception::system_exit_code(vm, e);
        return match &code {
            Value::None => 0,
            Value::Int(i) => *i as i32,
            Value::Bool(b) => *b as i32,
            other => {
                let s = vm
                    .to_str(other)
                    .map(|s| s.as_str().to_string())
                    .unwrap_or_default();
                let _ = vm.port.write_stderr(format!("{}\n", s).as_bytes());
                1
            }
        };
    }
    let s = vm.format_exception(e);
    let _ = vm.port.write_stderr(s.as_bytes());
    1
}

/// 3/4 of physical memory (from /proc/meminfo), or 4 GiB if unknown.
fn default_heap() -> usize {
    let kb = std::fs::read_to_string("/proc/meminfo").ok().and_then(|m| {
        m.lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<usize>().ok())
            })
    });
    match kb {
        Some(kb) => kb / 4 * 3 * 1024,
        None => 4 << 30,
    }
}

fn set_sys_path(vm: &mut Vm, first: &str) {
    let mut path = vec![Value::str(first)];
    match std::env::var("MICROPYPATH") {
        Ok(p) => {
            for e in p.split(':') {
                path.push(Value::str(e));
            }
        }
        Err(_) => {
            path.push(Value::str(".frozen"));
            if let Ok(home) = std::env::var("HOME") {
                path.push(Value::string(format!("{}/.micropython/lib", home)));
            }
            path.push(Value::str("/usr/lib/micropython"));
        }
    }
    let l = vm.new_list(path);
    let sys = vm.sys.clone();
    vm.set_attr_str(&sys, "path", l);
}

fn set_argv(vm: &mut Vm, args: &[String]) {
    let a: Vec<Value> = args.iter().map(|s| Value::str(s)).collect();
    let l = vm.new_list(a);
    let sys = vm.sys.clone();
    vm.set_attr_str(&sys, "argv", l);
    // The running binary's absolute path, as the unix port of MicroPython gives it.
    if let Ok(exe) = std::env::current_exe() {
        vm.set_attr_str(&sys, "executable", Value::str(&exe.to_string_lossy()));
    }
}

fn main_module(vm: &mut Vm) -> mprt_core::value::Ref {
    let m = vm.new_module("__main__");
    let d = Vm::module_dict(&m);
    mprt_core::types::dict::dict_set_str(&d, &Value::str("__package__"), Value::None);
    mprt_core::types::dict::dict_set_str(
        &vm.modules,
        &Value::str("__main__"),
        Value::Obj(m.clone()),
    );
    d
}

fn run_source(vm: &mut Vm, src: &str, filename: &str) -> Result<(), Value> {
    if COMPILE_ONLY.load(Ordering::Relaxed) {
        vm.compile_source(src, filename, mprt_syntax::Mode::Exec)?;
        return Ok(());
    }
    let globals = main_module(vm);
    if filename != "<stdin>" && filename != "<string>" {
        mprt_core::types::dict::dict_set_str(
            &globals,
            &Value::str("__file__"),
            Value::str(filename),
        );
    }
    let code = vm.compile_source(src, filename, mprt_syntax::Mode::Exec)?;
    vm.exec_code(code, globals, None)?;
    Ok(())
}

fn run(opts: Options) -> i32 {
    // Without -X heapsize the heap is bounded by 3/4 of the machine's memory,
    // so huge requests raise MemoryError instead of aborting the process.
    let h = opts.heap.unwrap_or_else(default_heap);
    port::HEAP_LIMIT.store(port::allocated() + h, Ordering::Relaxed);
    mprt_core::modules::set_heap_limit(h);
    let _ = opts.verbose;
    threads::get();
    let mut vm = new_vm(&opts);
    install_sigint();
    let result = match &opts.target {
        Target::File(f) => {
            // Like MicroPython: the real (absolute) directory of the script.
            let real = std::fs::canonicalize(f)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| f.clone());
            let dir = match real.rfind('/') {
                Some(0) => "/".to_string(),
                Some(i) => real[..i].to_string(),
                None => String::new(),
            };
            set_sys_path(&mut vm, &dir);
            set_argv(&mut vm, &opts.args);
            match std::fs::read(f) {
                Ok(src) => match String::from_utf8(src) {
                    // Like MicroPython: `__file__` and tracebacks name the script as given.
                    Ok(src) => run_source(&mut vm, &src, f),
                    Err(_) => {
                        eprintln!("mprt: can't decode file '{}'", f);
                        return 1;
                    }
                },
                Err(e) => {
                    eprintln!(
                        "mprt: can't open file '{}': [Errno {}] {}",
                        f,
                        e.raw_os_error().unwrap_or(2),
                        mprt_core::modules::errno::strerror(e.raw_os_error().unwrap_or(2))
                    );
                    return 2;
                }
            }
        }
        Target::Command(c) => {
            set_sys_path(&mut vm, "");
            set_argv(&mut vm, &opts.args);
            run_source(&mut vm, c, "<stdin>")
        }
        Target::Module(m) => {
            set_sys_path(&mut vm, "");
            set_argv(&mut vm, &opts.args);
            run_module(&mut vm, m)
        }
        Target::Stdin => {
            set_sys_path(&mut vm, "");
            set_argv(&mut vm, &opts.args);
            let mut src = String::new();
            use std::io::Read;
            let _ = std::io::stdin().read_to_string(&mut src);
            run_source(&mut vm, &src, "<stdin>")
        }
        Target::Repl if opts.board => {
            let code = board_session(&mut vm, &opts);
            std::mem::forget(vm);
            return code;
        }
        Target::Repl => {
            set_sys_path(&mut vm, "");
            set_argv(&mut vm, &[String::new()]);
            let code = repl::run(&mut vm, false).unwrap_or(0);
            let code = shutdown(&mut vm, code);
            std::mem::forget(vm);
            return code;
        }
    };
    let code = match result {
        Ok(()) => 0,
        Err(e) => report_exception(&mut vm, &e),
    };
    let inspect = opts.inspect || inspect_requested(&mut vm);
    let code = if inspect && !matches!(opts.target, Target::Repl) {
        repl::run(&mut vm, false).unwrap_or(0)
    } else {
        code
    };
    let code = shutdown(&mut vm, code);
    vm.port.flush_stdout();
    // Other Python threads may still hold pointers to the VM: never free it;
    // the process exits right after this with the GIL still held.
    std::mem::forget(vm);
    code
}

/// A fresh interpreter with the CLI's settings.
fn new_vm(opts: &Options) -> Vm {
    let mut vm = Vm::new(Box::new(port::HostPort::new()));
    vm.opt_level.set(opts.opt_level);
    let atexit = vm.new_builtin("atexit", sys_atexit);
    let sys = vm.sys.clone();
    vm.set_attr_str(&sys, "atexit", atexit);
    vm
}

/// `-X board`: run `main.py` (if present) and the REPL; Ctrl-D at the
/// prompt soft-resets — other Python threads get SystemExit and are
/// joined, the VM is replaced by a fresh one — and the cycle starts again.
fn board_session(vm: &mut Vm, opts: &Options) -> i32 {
    loop {
        set_sys_path(vm, "");
        set_argv(vm, &[String::new()]);
        if let Ok(src) = std::fs::read_to_string("main.py") {
            if let Err(e) = run_source(vm, &src, "main.py") {
                if vm.exc_matches(&e, &vm.exc.system_exit.clone()) {
                    let code = report_exception(vm, &e);
                    return shutdown(vm, code);
                }
                report_exception(vm, &e);
            }
        }
        match repl::run(vm, true) {
            Some(code) => return shutdown(vm, code),
            None => {
                println!("MPY: soft reboot");
                ATEXIT.with(|a| a.borrow_mut().take());
                let limit = opts.heap.unwrap_or_else(default_heap);
                let clean = mprt_core::vm::soft_reset(vm, Some(5_000_000_000), || new_vm(opts));
                if !clean {
                    eprintln!("mprt: some threads did not stop; their VM is kept");
                }
                port::HEAP_LIMIT.store(port::allocated() + limit, Ordering::Relaxed);
            }
        }
    }
}

thread_local! {
    /// The function registered with `sys.atexit`.
    static ATEXIT: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `sys.atexit(func)` (MicroPython): register `func` (or None) to run when
/// the interpreter exits; returns the previously registered function.
fn sys_atexit(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(std::rc::Rc<mprt_core::str::PyStr>, Value)],
) -> Result<Value, Value> {
    if args.len() != 1 {
        return vm.type_error(format!(
            "function takes 1 positional arguments but {} were given",
            args.len()
        ));
    }
    let new = match &args[0] {
        Value::None => None,
        f => Some(f.clone()),
    };
    let old = ATEXIT.with(|a| std::mem::replace(&mut *a.borrow_mut(), new));
    Ok(old.unwrap_or(Value::None))
}

/// `MICROPYINSPECT` set in the environment (possibly by the program via
/// `os.putenv`/`os.environ`) asks for the REPL after the program, like `-i`.
fn inspect_requested(vm: &mut Vm) -> bool {
    if std::env::var_os("MICROPYINSPECT").is_some() {
        return true;
    }
    if let Some(Value::Obj(m)) = mprt_core::types::dict::dict_get_str(&vm.modules, "os") {
        let d = Vm::module_dict(&m);
        if let Some(env) = mprt_core::types::dict::dict_get_str(&d, "environ") {
            if let Ok(v) = vm.call_method(&env, "get", &[Value::str("MICROPYINSPECT")]) {
                return !matches!(v, Value::None);
            }
        }
    }
    false
}

/// Interpreter exit: join non-daemon `threading` threads like CPython.
fn shutdown(vm: &mut Vm, code: i32) -> i32 {
    let mut code = code;
    if let Some(f) = ATEXIT.with(|a| a.borrow_mut().take()) {
        if let Err(e) = vm.call(&f, &[], &[]) {
            code = report_exception(vm, &e);
        }
    }
    // CPython order: join non-daemon threads first, then atexit functions.
    let code = join_threads(vm, code);
    mprt_core::modules::atexit::run_exitfuncs(vm);
    code
}

/// Join non-daemon `threading` threads (`threading._shutdown()`).
fn join_threads(vm: &mut Vm, code: i32) -> i32 {
    if let Some(Value::Obj(m)) = mprt_core::types::dict::dict_get_str(&vm.modules, "threading") {
        let d = Vm::module_dict(&m);
        if let Some(f) = mprt_core::types::dict::dict_get_str(&d, "_shutdown") {
            if let Err(e) = vm.call(&f, &[], &[]) {
                return report_exception(vm, &e);
            }
        }
    }
    code
}

/// `-m name`: find the module's source on `sys.path` (a package runs its
/// `__main__.py`) and execute it as `__main__` without importing it first.
fn run_module(vm: &mut Vm, name: &str) -> Result<(), Value> {
    // Parent packages are imported normally.
    if let Some(i) = name.rfind('.') {
        vm.import_module(&name[..i])?;
    }
    let rel = name.replace('.', "/");
    let sys = vm.sys.clone();
    let key = vm.intern("path");
    let path = match vm.getattr_opt(&Value::Obj(sys), &key)? {
        Some(p) => vm.iterate(&p)?,
        None => Vec::new(),
    };
    for entry in path {
        let Value::Str(dir) = entry else { continue };
        let dir = dir.as_str().to_string();
        if dir == ".frozen" {
            let pkg_main = format!("{}.__main__", name);
            let found = vm
                .frozen
                .iter()
                .find(|(n, _, _)| *n == pkg_main.as_str())
                .or_else(|| vm.frozen.iter().find(|(n, _, p)| *n == name && !*p))
                .map(|(_, src, _)| *src);
            if let Some(src) = found {
                if pkg_main.starts_with(name) && vm.frozen.iter().any(|(n, _, p)| *n == name && *p)
                {
                    vm.import_module(name)?;
                }
                return run_source(vm, src, name);
            }
            continue;
        }
        let base = if dir.is_empty() {
            rel.clone()
        } else {
            format!("{}/{}", dir, rel)
        };
        let file = format!("{}.py", base);
        if std::path::Path::new(&file).is_file() {
            let src = std::fs::read_to_string(&file).unwrap_or_default();
            return run_source(vm, &src, &file);
        }
        let main = format!("{}/__main__.py", base);
        if std::path::Path::new(&main).is_file() {
            vm.import_module(name)?;
            let src = std::fs::read_to_string(&main).unwrap_or_default();
            return run_source(vm, &src, &main);
        }
    }
    Err(vm.new_exc_msg(
        &vm.exc.import_error.clone(),
        &format!("no module named '{}'", name),
    ))
}

fn main() {
    let opts = parse_args();
    // SIGINT goes to the interpreter thread only (threads inherit the mask).
    block_sigint(true);
    // Run on a big stack: deep (nested-native) recursion stays a RecursionError.
    let h = std::thread::Builder::new()
        .name("main".into())
        .stack_size(256 << 20)
        .spawn(move || {
            block_sigint(false);
            run(opts)
        })
        .expect("spawn main thread");
    let code = h.join().unwrap_or(1);
    std::process::exit(code);
}
