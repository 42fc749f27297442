//! `micropython`: interpreter internals (`const`, `opt_level`, `mem_info`,
//! heap locking, `schedule`, and the emitter decorators).

use crate::gc::GilCell;
use crate::object::NativeFn;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;

/// Callbacks queued by `micropython.schedule`, with their argument.
static SCHEDULED: GilCell<Vec<(Value, Value)>> = GilCell::new(Vec::new());
/// True while scheduled callbacks run (they are not re-entered).
static RUNNING: GilCell<bool> = GilCell::new(false);
/// `heap_lock` nesting depth.
static HEAP_LOCK: GilCell<i64> = GilCell::new(0);

const SCHEDULE_DEPTH: usize = 8;

/// Run the callbacks queued by `micropython.schedule` (called at the VM's safe points).
/// Drop scheduled callbacks and the heap lock (soft reset).
pub(crate) fn reset() {
    let old = SCHEDULED.with(core::mem::take);
    drop(old);
    RUNNING.with(|r| *r = false);
    HEAP_LOCK.with(|h| *h = 0);
}

pub fn run_scheduled(vm: &mut Vm) -> PyResult<()> {
    if SCHEDULED.with(|q| q.is_empty()) || RUNNING.with(|r| *r) {
        return Ok(());
    }
    let jobs: Vec<(Value, Value)> = SCHEDULED.with(core::mem::take);
    RUNNING.with(|r| *r = true);
    let mut res = Ok(());
    for (f, a) in jobs {
        if let Err(e) = vm.call(&f, &[a], &[]) {
            res = Err(e);
            break;
        }
    }
    RUNNING.with(|r| *r = false);
    res
}

fn mp_const(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        Some(v) => Ok(v.clone()),
        None => vm.type_error("function takes 1 positional arguments but 0 were given"),
    }
}
fn mp_identity(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    mp_const(vm, a, k)
}
fn mp_viper(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(vm.new_exc_msg(
        &vm.exc.not_implemented_error,
        "the viper emitter is not supported by MicroPythonRT",
    ))
}
fn mp_asm_thumb(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Err(vm.new_exc_msg(
        &vm.exc.not_implemented_error,
        "the asm_thumb emitter is not supported by MicroPythonRT",
    ))
}
fn mp_opt_level(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    match a.first() {
        None => Ok(Value::Int(vm.opt_level.get() as i64)),
        Some(Value::Int(n)) => {
            vm.opt_level.set((*n).clamp(0, 3) as u8);
            Ok(Value::None)
        }
        Some(v) => vm.type_error(format!("can't convert {} to int", vm.type_name(v))),
    }
}
fn mp_mem_info(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (used, limit) = vm.port.heap_usage();
    let total = if limit >= usize::MAX / 4 {
        used.saturating_mul(2).max(1 << 20)
    } else {
        limit
    };
    let free = total.saturating_sub(used);
    let mut s = format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n",
        stack_bytes(vm),
        stack_limit(vm),
        total,
        used,
        free
    );
    if a.first()
        .map(|v| vm.truthy(v))
        .transpose()?
        .unwrap_or(false)
    {
        s.push_str(&format!(" max new split: {}\n", free));
    }
    vm.write_stdout(s.as_bytes())?;
    Ok(Value::None)
}
fn mp_qstr_info(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = vm.interned.len();
    let bytes: usize = vm.interned.keys().map(|k| k.len() + 1).sum();
    let s = format!(
        "qstr pool: n_pool=1, n_qstr={}, n_str_data_bytes={}, n_total_bytes={}\n",
        n,
        bytes,
        bytes + n * 16
    );
    vm.write_stdout(s.as_bytes())?;
    Ok(Value::None)
}
/// Bytes of interpreter stack in use: Python calls do not nest on the Rust
/// stack, so this counts the live frames (the running one included) plus a
/// budget per native call level that re-entered the interpreter.
fn stack_bytes(vm: &Vm) -> usize {
    let frame = core::mem::size_of::<crate::vm::frame::Frame>();
    (vm.frames.len() + 1) * frame + vm.native_depth * 1024
}
/// The stack bound matching [`stack_bytes`]: the recursion limit's worth of frames.
fn stack_limit(vm: &Vm) -> usize {
    vm.recursion_limit * core::mem::size_of::<crate::vm::frame::Frame>()
}
fn mp_stack_use(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(stack_bytes(vm) as i64))
}
fn mp_heap_lock(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    HEAP_LOCK.with(|h| *h += 1);
    Ok(Value::None)
}
fn mp_heap_unlock(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(HEAP_LOCK.with(|h| {
        if *h > 0 {
            *h -= 1;
        }
        *h
    })))
}
fn mp_heap_locked(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(HEAP_LOCK.with(|h| *h)))
}
fn mp_none(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}
fn mp_schedule(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return vm.type_error(format!(
            "function takes 2 positional arguments but {} were given",
            a.len()
        ));
    }
    let full = SCHEDULED.with(|q| {
        if q.len() >= SCHEDULE_DEPTH {
            true
        } else {
            q.push((a[0].clone(), a[1].clone()));
            false
        }
    });
    if full {
        return vm.runtime_error("schedule queue full");
    }
    Ok(Value::None)
}

/// `micropython.tasks()`: the live tasks as a list of
/// `(name, state, priority, stack_high_water, core, id)` tuples
/// (state: "running", "ready", "blocked", "suspended" or "deleted").
fn mp_tasks(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let list = match vm.threads {
        Some(t) => t.tasks(),
        None => Vec::new(),
    };
    let mut out = Vec::new();
    for (name, id, state, prio, _stack, hw, core) in list {
        let hw = hw.map(|h| Value::Int(h as i64)).unwrap_or(Value::None);
        let core = core.map(|c| Value::Int(c as i64)).unwrap_or(Value::None);
        let t = vm.new_tuple(alloc::vec![
            Value::string(name),
            Value::str(state),
            Value::Int(prio as i64),
            hw,
            core,
            Value::Int(id as i64)
        ]);
        out.push(t);
    }
    Ok(vm.new_list(out))
}

/// `micropython.malloc_stats()`: the native allocator's figures, printed to
/// stderr in picolibc's format.
fn mp_malloc_stats(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (used, _limit) = vm.port.heap_usage();
    let peak = vm.port.heap_peak().max(used);
    let s = alloc::format!(
        "max system bytes = {:>10}\nsystem bytes     = {:>10}\nin use bytes     = {:>10}\n",
        peak,
        used,
        used
    );
    let _ = vm.port.write_stderr(s.as_bytes());
    Ok(Value::None)
}

/// Build the `micropython` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("micropython");
    let fns: &[(&'static str, NativeFn)] = &[
        ("const", mp_const),
        ("native", mp_identity),
        ("viper", mp_viper),
        ("asm_thumb", mp_asm_thumb),
        ("opt_level", mp_opt_level),
        ("mem_info", mp_mem_info),
        ("tasks", mp_tasks),
        ("malloc_stats", mp_malloc_stats),
        ("qstr_info", mp_qstr_info),
        ("stack_use", mp_stack_use),
        ("heap_lock", mp_heap_lock),
        ("heap_unlock", mp_heap_unlock),
        ("heap_locked", mp_heap_locked),
        ("kbd_intr", mp_none),
        ("alloc_emergency_exception_buf", mp_none),
        ("schedule", mp_schedule),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    Ok(m)
}
