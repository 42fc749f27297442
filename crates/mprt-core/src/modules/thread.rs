//! `_thread`: Python threads on the port's tasks, and locks that release the GIL.

use crate::object::*;
use crate::port::RawLock;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::thread::{SendValues, ThreadState, VmPtr};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

/// The native part of a lock object.
pub struct LockObj {
    /// The OS-level lock.
    pub raw: Box<dyn RawLock>,
}

impl NativeObject for LockObj {
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

fn threads(vm: &Vm) -> PyResult<&'static dyn crate::port::Threads> {
    match vm.threads {
        Some(t) => Ok(t),
        None => vm.runtime_error("threads are not supported on this port"),
    }
}

fn lock_of(v: &Value) -> Option<&LockObj> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<LockObj>(),
        _ => None,
    }
}

/// Create a new lock object.
pub fn new_lock(vm: &mut Vm) -> PyResult<Value> {
    let t = threads(vm)?;
    let cls = lock_type(vm)?;
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(LockObj { raw: t.new_lock() })),
        None,
    )))
}

fn lock_type(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.import_module("_thread")?;
    match crate::types::dict::dict_get_str(&Vm::module_dict(&m), "LockType") {
        Some(Value::Obj(t)) => Ok(t),
        _ => vm.runtime_error("_thread.LockType missing"),
    }
}

/// Parse `acquire(blocking=True, timeout=-1)` into a timeout in ns (None = forever).
fn acquire_timeout(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Option<u64>> {
    let blocking = match args
        .get(1)
        .or_else(|| crate::builtins::kwarg(kw, "blocking"))
    {
        Some(b) => vm.truthy(&b.clone())?,
        None => true,
    };
    let timeout = match args
        .get(2)
        .or_else(|| crate::builtins::kwarg(kw, "timeout"))
    {
        Some(t) => match crate::runtime::num::as_f64(t) {
            Some(f) => f,
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer or float",
                    vm.type_name(t)
                ))
            }
        },
        None => -1.0,
    };
    if !blocking {
        if timeout != -1.0 {
            return vm.value_error("can't specify a timeout for a non-blocking call");
        }
        return Ok(Some(0));
    }
    if timeout.is_nan() {
        return vm.value_error("Invalid value NaN (not a number)");
    }
    if timeout < 0.0 && timeout != -1.0 {
        return vm.value_error("timeout value must be positive");
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout * 1e9 >= 9.223372036854775807e18 {
        return vm.overflow_error("timestamp out of range for platform time_t");
    }
    if timeout > TIMEOUT_MAX {
        return vm.overflow_error("timeout value is too large");
    }
    Ok(Some((timeout * 1e9) as u64))
}

const TIMEOUT_MAX: f64 = 9223372036.0;

/// Acquire `raw` (kept alive by `keep`), releasing the GIL while blocked;
/// signal handlers run when the wait is interrupted.
fn raw_acquire(
    vm: &mut Vm,
    raw: &dyn RawLock,
    keep: &Value,
    timeout: Option<u64>,
) -> PyResult<bool> {
    // Fast path: uncontended.
    if let Ok(true) = raw.acquire(Some(0)) {
        return Ok(true);
    }
    if timeout == Some(0) {
        return Ok(false);
    }
    let raw: *const dyn RawLock = raw;
    let keep = keep.clone();
    loop {
        // SAFETY: `keep` holds the lock object alive for the whole wait, and
        // RawLock is Sync, so using it without the GIL is fine.
        let r = vm.allow_threads(|| unsafe { (*raw).acquire(timeout) });
        match r {
            Ok(b) => {
                drop(keep);
                return Ok(b);
            }
            Err(crate::modules::errno::EINTR) => {
                vm.check_pending_blocking()?;
            }
            Err(e) => return vm.os_error(e, None),
        }
    }
}

fn lock_acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let timeout = acquire_timeout(vm, args, kw)?;
    let Some(lock) = lock_of(&args[0]) else {
        return vm.type_error("not a lock");
    };
    let raw: *const dyn RawLock = &*lock.raw;
    // SAFETY: args[0] keeps the lock object (and so `raw`) alive.
    let ok = raw_acquire(vm, unsafe { &*raw }, &args[0], timeout)?;
    Ok(Value::Bool(ok))
}

/// The native part of a reentrant lock: the OS lock plus owner and depth.
pub struct RLockObj {
    /// The OS-level lock, held while `count > 0`.
    pub raw: Box<dyn RawLock>,
    /// Thread id of the owner (meaningful only while `count > 0`).
    pub owner: core::cell::Cell<u64>,
    /// Recursion depth.
    pub count: core::cell::Cell<u64>,
}

impl NativeObject for RLockObj {
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

fn rlock_of(v: &Value) -> Option<&RLockObj> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<RLockObj>(),
        _ => None,
    }
}

fn rlock_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = threads(vm)?;
    let cls = match args.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => return vm.type_error("RLock.__new__(X): X is not a type object"),
    };
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(RLockObj {
            raw: t.new_lock(),
            owner: core::cell::Cell::new(0),
            count: core::cell::Cell::new(0),
        })),
        None,
    )))
}

fn rlock_acquire(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let timeout = acquire_timeout(vm, args, kw)?;
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    let me = vm.thread_id;
    if rl.count.get() > 0 && rl.owner.get() == me {
        rl.count.set(rl.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    let raw: *const dyn RawLock = &*rl.raw;
    // SAFETY: args[0] keeps the lock object (and so `raw`) alive.
    let ok = raw_acquire(vm, unsafe { &*raw }, &args[0], timeout)?;
    if ok {
        let rl = rlock_of(&args[0]).expect("rlock");
        rl.owner.set(vm.thread_id);
        rl.count.set(1);
    }
    Ok(Value::Bool(ok))
}

fn rlock_release(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    if rl.count.get() == 0 || rl.owner.get() != vm.thread_id {
        return vm.runtime_error("cannot release un-acquired lock");
    }
    let n = rl.count.get() - 1;
    rl.count.set(n);
    if n == 0 {
        let _ = rl.raw.release();
    }
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    rlock_release(vm, &args[..1], kw)
}

fn rlock_is_owned(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    Ok(Value::Bool(
        rl.count.get() > 0 && rl.owner.get() == vm.thread_id,
    ))
}

fn rlock_locked(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    Ok(Value::Bool(rl.count.get() > 0))
}

fn rlock_release_save(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    if rl.count.get() == 0 {
        return vm.runtime_error("cannot release un-acquired lock");
    }
    let state = vec![
        Value::Int(rl.count.get() as i64),
        Value::Int(rl.owner.get() as i64),
    ];
    rl.count.set(0);
    rl.owner.set(0);
    let _ = rl.raw.release();
    Ok(vm.new_tuple(state))
}

fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let items = crate::vm::interp::tuple_items(&state);
    let (count, owner) = match (items.first(), items.get(1)) {
        (Some(Value::Int(c)), Some(Value::Int(o))) => (*c as u64, *o as u64),
        _ => return vm.type_error("_acquire_restore: bad state"),
    };
    let raw: *const dyn RawLock = &*rl.raw;
    // SAFETY: args[0] keeps the lock object (and so `raw`) alive.
    raw_acquire(vm, unsafe { &*raw }, &args[0], None)?;
    let rl = rlock_of(&args[0]).expect("rlock");
    rl.owner.set(owner);
    rl.count.set(count);
    Ok(Value::None)
}

fn rlock_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(rl) = rlock_of(&args[0]) else {
        return vm.type_error("not an RLock");
    };
    let (count, owner) = (rl.count.get(), rl.owner.get());
    let cls = vm.type_of(&args[0]);
    let name = match vm.lookup_type(&cls, "__qualname__") {
        Some(Value::Str(s)) => alloc::string::String::from(s.as_str()),
        _ => alloc::string::String::from("RLock"),
    };
    let module = match vm.lookup_type(&cls, "__module__") {
        Some(Value::Str(s)) => alloc::string::String::from(s.as_str()),
        _ => alloc::string::String::from("_thread"),
    };
    Ok(Value::string(format!(
        "<{} {}.{} object owner={} count={} at 0x{:x}>",
        if count > 0 { "locked" } else { "unlocked" },
        module,
        name,
        if count > 0 { owner } else { 0 },
        count,
        args[0].id()
    )))
}

fn lock_release(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(lock) = lock_of(&args[0]) else {
        return vm.type_error("not a lock");
    };
    match lock.raw.release() {
        Ok(()) => Ok(Value::None),
        Err(_) => vm.runtime_error("release unlocked lock"),
    }
}

fn lock_locked(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(lock) = lock_of(&args[0]) else {
        return vm.type_error("not a lock");
    };
    Ok(Value::Bool(lock.raw.locked()))
}

fn lock_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    lock_release(vm, &args[..1], kw)
}

fn lock_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(lock) = lock_of(&args[0]) else {
        return vm.type_error("not a lock");
    };
    let st = if lock.raw.locked() {
        "locked"
    } else {
        "unlocked"
    };
    Ok(Value::string(format!(
        "<{} _thread.lock object at 0x{:x}>",
        st,
        args[0].id()
    )))
}

fn allocate_lock(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    new_lock(vm)
}

fn get_ident(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.thread_id as i64))
}

fn get_native_id(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = threads(vm)?;
    Ok(Value::Int(t.native_id() as i64))
}

/// `_thread.stack_size([size])`: set the stack size of new threads (0 =
/// default; no argument also resets it, as in CPython) and return the old
/// one. Sizes down to MicroPython's 2 KiB minimum are accepted; the host
/// still gives each thread at least the stack the VM needs.
fn stack_size(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "stack_size", args, 0, 1)?;
    let old = vm.thread_stack_size;
    let new = match args.first() {
        None => 0,
        Some(v) => match crate::runtime::num::as_int(v) {
            Some(crate::runtime::num::IntVal::Small(n)) if n == 0 || n >= 2048 => n as usize,
            Some(_) => return vm.value_error("size not valid: 2048 bytes minimum"),
            None => {
                return vm.type_error(alloc::format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            }
        },
    };
    vm.thread_stack_size = new;
    Ok(Value::Int(old as i64))
}

fn thread_exit(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_exception(&vm.exc.system_exit, Vec::new()))
}

fn count(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.thread_count as i64))
}

fn interrupt_main(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = vm.new_exception(&vm.exc.keyboard_interrupt, Vec::new());
    *vm.pending.borrow_mut() = Some(e);
    Ok(Value::None)
}

/// The body of a new Python thread: take the GIL, run `func(*args, **kwargs)`, report errors.
fn thread_main(t: &'static dyn crate::port::Threads, vp: VmPtr, vals: SendValues) {
    t.acquire_gil();
    // SAFETY: the VM is never freed while threads may run (ports leak it at
    // exit), and it is only dereferenced with the GIL held (taken above).
    let vm: &mut Vm = unsafe { &mut *vp.0 };
    let saved = vm.save_thread();
    vm.restore_thread(ThreadState::new(t.current_id()));
    vm.thread_id = t.current_id();
    let mut it = vals.0.into_iter();
    let func = it.next().unwrap_or(Value::None);
    let args = it.next().unwrap_or(Value::None);
    let kwargs = it.next().unwrap_or(Value::None);
    let pos = crate::vm::interp::tuple_items(&args);
    let kw: Vec<(alloc::rc::Rc<crate::str::PyStr>, Value)> = match &kwargs {
        Value::Obj(_) => crate::types::dict::dict_items(&kwargs)
            .into_iter()
            .filter_map(|(k, v)| k.as_pystr().map(|s| (s.clone(), v)))
            .collect(),
        _ => Vec::new(),
    };
    let r = vm.call(&func, &pos, &kw);
    if let Err(e) = r {
        if !vm.exc_matches(&e, &vm.exc.system_exit.clone()) {
            let fr = vm
                .repr(&func)
                .map(|s| alloc::string::String::from(s.as_str()))
                .unwrap_or_default();
            let msg = format!("Unhandled exception in thread started by {}\n", fr);
            let mut tb = vm.format_exception(&e);
            // MicroPython's thread report prints "Name: " even for an empty
            // message (its test suite expects that form here): the report's
            // last line is then just the class name.
            let empty_msg = vm.to_str(&e).map(|m| m.as_str().is_empty());
            if let (Ok(true), Some(body)) = (empty_msg, tb.strip_suffix('\n')) {
                tb = format!("{}: \n", body);
            }
            let _ = vm.port.write_stderr(msg.as_bytes());
            let _ = vm.port.write_stderr(tb.as_bytes());
        }
    }
    drop((func, args, kwargs, pos, kw));
    vm.thread_count = vm.thread_count.saturating_sub(1);
    vm.restore_thread(saved);
    t.release_gil();
}

fn start_new_thread(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = threads(vm)?;
    if args.len() < 2 || args.len() > 3 {
        return vm.type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            args.len()
        ));
    }
    let func = args[0].clone();
    if !matches!(args[1].payload(), Some(Payload::Tuple(_))) {
        return vm.type_error("2nd arg must be a tuple");
    }
    let kwargs = args.get(2).cloned().unwrap_or(Value::None);
    if !kwargs.is_none() && !matches!(kwargs.payload(), Some(Payload::Dict(_))) {
        return vm.type_error("optional 3rd arg must be a dictionary");
    }
    let vals = SendValues(vec![func, args[1].clone(), kwargs]);
    let vp = VmPtr(vm as *mut Vm);
    let stack = if vm.thread_stack_size == 0 {
        16 << 20
    } else {
        vm.thread_stack_size.max(1 << 20)
    };
    vm.thread_count += 1;
    match t.spawn("python", stack, Box::new(move || thread_main(t, vp, vals))) {
        Ok(id) => Ok(Value::Int(id as i64)),
        Err(_) => {
            vm.thread_count -= 1;
            vm.runtime_error("can't start new thread")
        }
    }
}

/// Build the `_thread` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("_thread");
    let lt = crate::vm::types::new_type(
        &vm.types,
        "lock",
        &[vm.types.object.clone()],
        BaseKind::Other,
        false,
    );
    crate::vm::types::add_methods(
        &vm.types,
        &lt,
        &[
            ("lock.acquire", lock_acquire),
            ("lock.acquire_lock", lock_acquire),
            ("lock.__enter__", lock_acquire),
            ("lock.release", lock_release),
            ("lock.release_lock", lock_release),
            ("lock.__exit__", lock_exit),
            ("lock.locked", lock_locked),
            ("lock.locked_lock", lock_locked),
            ("lock.__repr__", lock_repr),
        ],
    );
    vm.set_attr_str(&m, "LockType", Value::Obj(lt));
    let rt = crate::vm::types::new_type(
        &vm.types,
        "RLock",
        &[vm.types.object.clone()],
        BaseKind::Other,
        false,
    );
    crate::vm::types::add_methods(
        &vm.types,
        &rt,
        &[
            ("RLock.acquire", rlock_acquire),
            ("RLock.__enter__", rlock_acquire),
            ("RLock.release", rlock_release),
            ("RLock.__exit__", rlock_exit),
            ("RLock.locked", rlock_locked),
            ("RLock._is_owned", rlock_is_owned),
            ("RLock._release_save", rlock_release_save),
            ("RLock._acquire_restore", rlock_acquire_restore),
            ("RLock.__repr__", rlock_repr),
        ],
    );
    let newf = vm.new_builtin("RLock.__new__", rlock_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(newf),
        None,
    ));
    crate::vm::types::set_type_attr(&rt, "__new__", sm);
    crate::vm::types::set_type_attr(&rt, "__module__", Value::str("_thread"));
    vm.set_attr_str(&m, "RLock", Value::Obj(rt));
    let fns: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("stack_size", stack_size),
        ("exit", thread_exit),
        ("_count", count),
        ("interrupt_main", interrupt_main),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    vm.set_attr_str(&m, "TIMEOUT_MAX", Value::Float(TIMEOUT_MAX));
    vm.set_attr_str(&m, "error", Value::Obj(vm.exc.runtime_error.clone()));
    Ok(m)
}
