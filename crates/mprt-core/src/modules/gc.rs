//! `gc`: collection control and heap figures.

use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;

fn gc_collect(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(crate::gc::collect() as i64))
}
fn gc_enable(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::gc::set_enabled(true);
    Ok(Value::None)
}
fn gc_disable(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::gc::set_enabled(false);
    Ok(Value::None)
}
fn gc_isenabled(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(crate::gc::is_enabled()))
}
fn gc_mem_alloc(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.port.heap_usage().0 as i64))
}
fn gc_mem_free(vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let (used, limit) = vm.port.heap_usage();
    Ok(Value::Int(
        limit.saturating_sub(used).min(i64::MAX as usize) as i64,
    ))
}
/// MicroPython's allocation block: thresholds are whole blocks.
const GC_BLOCK: i64 = 32;

/// `gc.threshold` in bytes (-1: off) and the heap usage after the last
/// collection it triggered.
static THRESHOLD: crate::gc::GilCell<(i64, usize)> = crate::gc::GilCell::new((-1, 0));

/// True when more than `gc.threshold()` bytes were allocated since the
/// last collection (checked between bytecodes, next to the object-count
/// trigger of the cycle collector).
pub fn threshold_reached(vm: &Vm) -> bool {
    let (t, base) = THRESHOLD.with(|t| *t);
    if t < 0 {
        return false;
    }
    let used = vm.port.heap_usage().0;
    if used.saturating_sub(base) as i64 > t {
        THRESHOLD.with(|x| x.1 = used);
        return true;
    }
    false
}

/// `gc.threshold([bytes])`: collect after that many bytes were allocated
/// (-1 disables); without an argument, the current setting.
fn gc_threshold(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "threshold", a, 0, 1)?;
    let Some(v) = a.first() else {
        return Ok(Value::Int(THRESHOLD.with(|t| t.0)));
    };
    let n = match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(n)) => n,
        _ => return vm.type_error(alloc::format!("can't convert {} to int", vm.type_name(v))),
    };
    let used = vm.port.heap_usage().0;
    let n = if n < 0 { -1 } else { n / GC_BLOCK * GC_BLOCK };
    THRESHOLD.with(|t| *t = (n, used));
    Ok(Value::None)
}

/// Build the `gc` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("gc");
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("mem_alloc", gc_mem_alloc),
        ("mem_free", gc_mem_free),
        ("threshold", gc_threshold),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    Ok(m)
}
