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
fn gc_threshold(_vm: &mut Vm, _a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(-1))
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
