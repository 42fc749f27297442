//! `sys`: interpreter information, standard streams, `exit`, `exc_info`.

use crate::object::*;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// A standard stream object (`sys.stdout`/`sys.stderr`/`sys.stdin`).
pub struct StdStream {
    /// 0 = stdin, 1 = stdout, 2 = stderr.
    pub fd: i32,
    /// True for the `.buffer` objects (bytes in and out).
    pub binary: bool,
}

impl NativeObject for StdStream {
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

/// True if `v` is one of the interpreter's own standard stream objects.
pub fn is_std_stream(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<StdStream>().is_some(),
        _ => false,
    }
}

fn stream_fd(v: &Value) -> i32 {
    stream_info(v).0
}

fn stream_info(v: &Value) -> (i32, bool) {
    match v.payload() {
        Some(Payload::Native(n)) => n
            .as_any()
            .downcast_ref::<StdStream>()
            .map(|s| (s.fd, s.binary))
            .unwrap_or((1, false)),
        _ => (1, false),
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (fd, binary) = stream_info(&args[0]);
    let Some(a) = args.get(1) else {
        return vm.type_error("write() takes exactly one argument");
    };
    if binary && a.as_pystr().is_some() {
        return vm.type_error("a bytes-like object is required, not 'str'");
    }
    let (data, n) = match a.as_pystr() {
        Some(s) => (s.as_str().as_bytes().to_vec(), s.char_len()),
        None => match crate::types::bytes::buffer_bytes(vm, a) {
            Some(b) => {
                let n = b.len();
                (b, n)
            }
            None => {
                return vm.type_error(alloc::format!(
                    "write() argument must be str, not {}",
                    vm.type_name(a)
                ))
            }
        },
    };
    if fd == 2 {
        if let Err(e) = vm.port.write_stderr(&data) {
            return vm.os_error(e, None);
        }
    } else {
        vm.write_stdout(&data)?;
    }
    Ok(Value::Int(n as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.port.flush_stdout();
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let binary = stream_info(&args_first(_args)).1;
    let l = vm.stdin_line()?;
    if binary {
        Ok(vm.new_bytes(l))
    } else {
        Ok(Value::string(
            alloc::string::String::from_utf8_lossy(&l).into_owned(),
        ))
    }
}

fn stream_read(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = match args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
        _ => None,
    };
    let binary = stream_info(&args[0]).1;
    let b = vm.stdin_read(n)?;
    if binary {
        Ok(vm.new_bytes(b))
    } else {
        Ok(Value::string(
            alloc::string::String::from_utf8_lossy(&b).into_owned(),
        ))
    }
}

fn args_first(a: &[Value]) -> Value {
    a.first().cloned().unwrap_or(Value::None)
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(stream_fd(&args_first(args)) as i64))
}

fn stream_isatty(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let fd = stream_fd(&args_first(args));
    Ok(Value::Bool(
        vm.port.fs().map(|f| f.isatty(fd)).unwrap_or(false),
    ))
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return vm.type_error(alloc::format!(
            "exit expected at most 1 argument, got {}",
            args.len()
        ));
    }
    // Like CPython: `exit(None)` gives no args and a tuple becomes the args.
    let a: Vec<Value> = match args.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match v.payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => vec![v.clone()],
        },
    };
    Err(vm.new_exception(&vm.exc.system_exit, a))
}

/// `sys.version_info`: a struct sequence (major, minor, micro, releaselevel, serial).
fn make_version_info(vm: &mut Vm) -> PyResult<Value> {
    crate::types::struct_seq::struct_seq(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(3),
            Value::Int(4),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ],
    )
}

fn sys_exc_info(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match vm.exc_stack.last().cloned() {
        Some(e) => {
            let t = Value::Obj(vm.type_of(&e));
            let tb = vm.traceback_value(&e);
            Ok(vm.new_tuple(vec![t, e, tb]))
        }
        None => Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None])),
    }
}

fn sys_exception(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(vm.exc_stack.last().cloned().unwrap_or(Value::None))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            vm.recursion_limit = (*n as usize).min(100_000);
            Ok(Value::None)
        }
        Some(v) => {
            let v = v.clone();
            match vm.index_value(&v, "")? {
                Some(_) => vm.value_error("recursion limit must be greater or equal than 1"),
                None => vm.type_error(alloc::format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&v)
                )),
            }
        }
        None => vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"),
    }
}

fn sys_print_exception(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(e) = args.first() else {
        return vm.type_error("print_exception() missing argument");
    };
    let s = vm.format_exception(e);
    match args.get(1) {
        Some(f) if !f.is_none() => {
            let f = f.clone();
            let w = vm.intern("write");
            // Like MicroPython: an object that is not a stream is an OSError.
            let Some(write) = vm.getattr_opt(&f, &w)? else {
                return vm.os_error(crate::modules::errno::EINVAL, None);
            };
            vm.call(&write, &[Value::string(s)], &[])?;
        }
        _ => vm.write_stdout(s.as_bytes())?,
    }
    Ok(Value::None)
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first().and_then(|a| a.as_pystr()) {
        Some(s) => {
            let s = alloc::string::String::from(s.as_str());
            Ok(Value::Str(vm.intern(&s)))
        }
        None => {
            if args.len() != 1 {
                return vm.type_error(alloc::format!(
                    "sys.intern() takes exactly one argument ({} given)",
                    args.len()
                ));
            }
            let t = if args[0].is_none() {
                String::from("None")
            } else {
                String::from(vm.type_name(&args[0]))
            };
            vm.type_error(alloc::format!("intern() argument must be str, not {}", t))
        }
    }
}

fn sys_getdefaultencoding(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

/// Create the `sys` module contents.
/// `repr(sys.implementation)`: `namespace(name='micropython', ...)`.
fn namespace_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::str("namespace()"));
    };
    let items = match &o.dict {
        Some(d) => crate::types::dict::dict_items(&Value::Obj(d.clone())),
        None => Vec::new(),
    };
    let mut parts = Vec::new();
    for (k, v) in items {
        let r = vm.repr(&v)?;
        parts.push(alloc::format!("{}={}", vm.to_str(&k)?.as_str(), r.as_str()));
    }
    Ok(Value::string(alloc::format!(
        "namespace({})",
        parts.join(", ")
    )))
}

/// The switch interval when the port runs no threads (CPython's default).
const DEFAULT_SWITCH_INTERVAL: f64 = 0.005;

/// `sys.setswitchinterval(secs)`: how long a thread may hold the GIL while
/// others wait for it.
fn sys_setswitchinterval(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "setswitchinterval", args, 1, 1)?;
    let Some(secs) = crate::runtime::num::as_f64(&args[0]) else {
        return vm.type_error(alloc::format!(
            "must be real number, not {}",
            vm.type_name(&args[0])
        ));
    };
    if secs <= 0.0 || secs.is_nan() {
        return vm.value_error("switch interval must be strictly positive");
    }
    if let Some(t) = vm.threads {
        t.set_switch_interval(secs);
    }
    Ok(Value::None)
}

/// `sys.getswitchinterval()`.
fn sys_getswitchinterval(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getswitchinterval", args, 0, 0)?;
    Ok(Value::Float(
        vm.threads
            .map(|t| t.switch_interval())
            .unwrap_or(DEFAULT_SWITCH_INTERVAL),
    ))
}

/// `sys.getsizeof(obj[, default])`: `type(obj).__sizeof__(obj)` (the
/// estimate lives in `object.__sizeof__`); `default` answers when that
/// raises TypeError.
fn sys_getsizeof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getsizeof", args, 1, 2)?;
    let v = args[0].clone();
    let cls = vm.type_of(&v);
    let r = match vm.lookup_type(&cls, "__sizeof__") {
        Some(f) => vm.call(&f, &[v.clone()], &[]),
        None => vm.type_error("object does not provide __sizeof__"),
    };
    let r = match (r, args.get(1)) {
        (Err(e), Some(d)) if vm.exc_matches(&e, &vm.exc.type_error.clone()) => return Ok(d.clone()),
        (r, _) => r?,
    };
    match vm.index_value(&r, "")? {
        Some(n) if n >= 0 => Ok(Value::Int(n)),
        Some(_) => vm.value_error("__sizeof__() should return >= 0"),
        None => vm.type_error(alloc::format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&r)
        )),
    }
}

/// `sys.getrefcount(obj)`: references to the object, counting the argument
/// itself like CPython; values stored inline (ints, floats, None, bools)
/// are immortal and report CPython 3.12's immortal count.
fn sys_getrefcount(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getrefcount", args, 1, 1)?;
    let n = match &args[0] {
        Value::Obj(o) => alloc::rc::Rc::strong_count(o) as i64,
        Value::Str(s) => alloc::rc::Rc::strong_count(s) as i64,
        _ => 4294967295,
    };
    Ok(Value::Int(n))
}

/// `sys.float_info`.
fn float_info(vm: &mut Vm) -> PyResult<Value> {
    use crate::types::struct_seq::struct_seq;
    struct_seq(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    )
}

/// `sys.int_info`. No limit on int/str conversion digits (like MicroPython): 0 means none.
fn int_info(vm: &mut Vm) -> PyResult<Value> {
    use crate::types::struct_seq::struct_seq;
    struct_seq(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![Value::Int(32), Value::Int(4), Value::Int(0), Value::Int(0)],
    )
}

/// `sys.hash_info`.
fn hash_info(vm: &mut Vm) -> PyResult<Value> {
    use crate::types::struct_seq::struct_seq;
    struct_seq(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1i64 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            Value::str("fnv"),
            Value::Int(64),
            Value::Int(0),
            Value::Int(0),
        ],
    )
}

/// `sys.flags`.
fn flags_info(vm: &mut Vm) -> PyResult<Value> {
    use crate::types::struct_seq::struct_seq;
    let opt = vm.opt_level.get() as i64;
    struct_seq(
        vm,
        "sys",
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
        ],
        vec![
            Value::Int(0),
            Value::Int(0),
            Value::Int(0),
            Value::Int(opt),
            Value::Int(1),
            Value::Int(1),
            Value::Int(1),
            Value::Int(0),
            Value::Int(0),
            Value::Int(0),
            Value::Int(0),
            Value::Int(0),
            Value::Int(0),
            Value::Bool(false),
            Value::Int(0),
            Value::Int(0),
            Value::Bool(false),
        ],
    )
}

/// The struct-sequence attributes of `sys`, built on first access (through
/// the module's `__getattr__`) and then stored in the module: creating their
/// classes at every start-up would cost more than the rest of `sys` together.
fn sys_getattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__getattr__", args, 1, 1)?;
    let name = match args[0].as_pystr() {
        Some(s) => String::from(s.as_str()),
        None => return vm.type_error("attribute name must be string"),
    };
    let v = match name.as_str() {
        "float_info" => float_info(vm)?,
        "int_info" => int_info(vm)?,
        "hash_info" => hash_info(vm)?,
        "flags" => flags_info(vm)?,
        "version_info" => make_version_info(vm)?,
        _ => {
            return Err(vm.new_exc_msg(
                &vm.exc.attribute_error,
                &alloc::format!("module 'sys' has no attribute '{}'", name),
            ))
        }
    };
    let sys = vm.sys.clone();
    vm.set_attr_str(&sys, &name, v.clone());
    Ok(v)
}

/// Plain informational attributes of `sys`; the struct sequences come from [`sys_getattr`].
fn init_info(vm: &mut Vm, sys: &crate::value::Ref) {
    let ga = vm.new_builtin("__getattr__", sys_getattr);
    vm.set_attr_str(sys, "__getattr__", ga);
    let mut names: Vec<&str> = crate::modules::native_modules()
        .iter()
        .map(|(n, _)| *n)
        .chain(["builtins", "sys"])
        .collect();
    names.sort_unstable();
    names.dedup();
    let names: Vec<Value> = names.into_iter().map(Value::str).collect();
    let t = vm.new_tuple(names);
    vm.set_attr_str(sys, "builtin_module_names", t);
    vm.set_attr_str(sys, "hexversion", Value::Int(0x030400f0));
    vm.set_attr_str(sys, "float_repr_style", Value::str("short"));
    vm.set_attr_str(sys, "dont_write_bytecode", Value::Bool(true));
    vm.set_attr_str(sys, "executable", Value::str(""));
    let w = vm.new_list(Vec::new());
    vm.set_attr_str(sys, "warnoptions", w);
}

pub fn init(vm: &mut Vm) {
    let sys = vm.sys.clone();
    vm.set_attr_str(&sys, "__name__", Value::str("sys"));
    let st = crate::vm::types::new_type(
        &vm.types,
        "TextIOWrapper",
        &[vm.types.object.clone()],
        BaseKind::Other,
        false,
    );
    crate::vm::types::add_methods(
        &vm.types,
        &st,
        &[
            ("TextIOWrapper.write", stream_write),
            ("TextIOWrapper.flush", stream_flush),
            ("TextIOWrapper.readline", stream_readline),
            ("TextIOWrapper.read", stream_read),
            ("TextIOWrapper.fileno", stream_fileno),
            ("TextIOWrapper.isatty", stream_isatty),
        ],
    );
    let bt = crate::vm::types::new_type(
        &vm.types,
        "FileIO",
        &[vm.types.object.clone()],
        BaseKind::Other,
        false,
    );
    crate::vm::types::add_methods(
        &vm.types,
        &bt,
        &[
            ("FileIO.write", stream_write),
            ("FileIO.flush", stream_flush),
            ("FileIO.readline", stream_readline),
            ("FileIO.read", stream_read),
            ("FileIO.fileno", stream_fileno),
            ("FileIO.isatty", stream_isatty),
        ],
    );
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let buf = Object::new(
            bt.clone(),
            Payload::Native(Box::new(StdStream { fd, binary: true })),
            None,
        );
        let d = vm.new_dict_ref(crate::dict::DictData::new());
        crate::types::dict::dict_set_str(&d, &Value::str("buffer"), Value::Obj(buf));
        let o = Object::new(
            st.clone(),
            Payload::Native(Box::new(StdStream { fd, binary: false })),
            Some(d),
        );
        vm.set_attr_str(&sys, name, Value::Obj(o.clone()));
        vm.set_attr_str(&sys, &alloc::format!("__{}__", name), Value::Obj(o));
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("exc_info", sys_exc_info),
        ("exception", sys_exception),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("print_exception", sys_print_exception),
        ("intern", sys_intern),
        ("getdefaultencoding", sys_getdefaultencoding),
        ("getfilesystemencoding", sys_getdefaultencoding),
        ("setswitchinterval", sys_setswitchinterval),
        ("getswitchinterval", sys_getswitchinterval),
        ("getsizeof", sys_getsizeof),
        ("getrefcount", sys_getrefcount),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&sys, n, v);
    }
    let modules = Value::Obj(vm.modules.clone());
    vm.set_attr_str(&sys, "modules", modules);
    let path = vm.new_list(Vec::new());
    vm.set_attr_str(&sys, "path", path);
    let argv = vm.new_list(Vec::new());
    vm.set_attr_str(&sys, "argv", argv);
    vm.set_attr_str(&sys, "platform", Value::str("linux"));
    vm.set_attr_str(&sys, "byteorder", Value::str("little"));
    vm.set_attr_str(&sys, "maxsize", Value::Int(i64::MAX));
    vm.set_attr_str(&sys, "maxunicode", Value::Int(0x10FFFF));
    vm.set_attr_str(&sys, "version", Value::str("3.4.0; MicroPythonRT 0.1.0"));
    let implv = vm.new_tuple(vec![
        Value::Int(1),
        Value::Int(24),
        Value::Int(0),
        Value::str(""),
    ]);
    // sys.implementation: a simple namespace-like object.
    let ns_cls = crate::vm::types::new_type(
        &vm.types,
        "SimpleNamespace",
        &[vm.types.object.clone()],
        BaseKind::Object,
        true,
    );
    crate::vm::types::add_methods(
        &vm.types,
        &ns_cls,
        &[("SimpleNamespace.__repr__", namespace_repr)],
    );
    let imp = Object::new(
        ns_cls,
        Payload::Instance,
        Some(vm.new_dict_ref(crate::dict::DictData::new())),
    );
    let d = imp.dict.clone().unwrap();
    crate::types::dict::dict_set_str(&d, &Value::str("name"), Value::str("micropython"));
    crate::types::dict::dict_set_str(&d, &Value::str("version"), implv);
    crate::types::dict::dict_set_str(
        &d,
        &Value::str("_machine"),
        Value::str("linux [MicroPythonRT] with x86_64"),
    );
    crate::types::dict::dict_set_str(&d, &Value::str("_mpy"), Value::Int(0));
    if vm.threads.is_some() {
        crate::types::dict::dict_set_str(&d, &Value::str("_thread"), Value::str("GIL"));
    }
    vm.set_attr_str(&sys, "implementation", Value::Obj(imp));
    init_info(vm, &sys);
    vm.set_attr_str(&sys, "ps1", Value::str(">>> "));
    vm.set_attr_str(&sys, "ps2", Value::str("... "));
    let smods = Value::Obj(vm.modules.clone());
    vm.setitem(&smods, Value::str("sys"), Value::Obj(sys.clone()))
        .ok();
}
