//! `atexit`: functions to run when the interpreter exits (CPython's API).
//!
//! The registered calls live in the module's `_exitfuncs` list, so they are
//! ordinary GC-visible values; the port calls [`run_exitfuncs`] at exit.

use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::vec;

fn exitfuncs(vm: &mut Vm) -> Option<Value> {
    let m = crate::types::dict::dict_get_str(&vm.modules, "atexit")?;
    let Value::Obj(m) = m else { return None };
    crate::types::dict::dict_get_str(&Vm::module_dict(&m), "_exitfuncs")
}

/// `atexit.register(func, *args, **kwargs)`: returns `func`.
fn register(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return vm.type_error("register() takes at least 1 argument (0 given)");
    };
    let ok = crate::builtins::callable_fn(vm, &[f.clone()], &[])?;
    if !matches!(ok, Value::Bool(true)) {
        return vm.type_error("the first argument must be callable");
    }
    let pos = vm.new_tuple(args[1..].to_vec());
    let kwd = vm.new_dict();
    for (k, v) in kw {
        vm.setitem(&kwd, Value::Str(k.clone()), v.clone())?;
    }
    let entry = vm.new_tuple(vec![f.clone(), pos, kwd]);
    if let Some(l) = exitfuncs(vm) {
        vm.call_method(&l, "append", &[entry])?;
    }
    Ok(f.clone())
}

/// `atexit.unregister(func)`: forget every registration of `func`.
fn unregister(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "unregister", args, 1, 1)?;
    let Some(l) = exitfuncs(vm) else {
        return Ok(Value::None);
    };
    let entries = vm.iterate(&l)?;
    let mut keep = vec![];
    for e in entries {
        let f = vm.getitem(&e, &Value::Int(0))?;
        if !vm.eq(&f, &args[0])? {
            keep.push(e);
        }
    }
    let keep = vm.new_list(keep);
    vm.call_method(&l, "clear", &[])?;
    vm.call_method(&l, "extend", &[keep])?;
    Ok(Value::None)
}

/// `atexit._ncallbacks()`.
fn ncallbacks(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match exitfuncs(vm) {
        Some(l) => Ok(Value::Int(vm.len(&l)? as i64)),
        None => Ok(Value::Int(0)),
    }
}

/// `atexit._clear()`.
fn clear(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(l) = exitfuncs(vm) {
        vm.call_method(&l, "clear", &[])?;
    }
    Ok(Value::None)
}

/// `atexit._run_exitfuncs()`.
fn run(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    run_exitfuncs(vm);
    Ok(Value::None)
}

/// Run the registered functions, last registered first. An exception is
/// reported (as CPython does) and the remaining functions still run. Then
/// flush the file objects still open (CPython's finalization).
pub fn run_exitfuncs(vm: &mut Vm) {
    run_registered(vm);
    crate::modules::fileio::flush_all(vm);
}

fn run_registered(vm: &mut Vm) {
    let Some(l) = exitfuncs(vm) else { return };
    let Ok(entries) = vm.iterate(&l) else { return };
    let _ = vm.call_method(&l, "clear", &[]);
    for e in entries.into_iter().rev() {
        let Some(crate::object::Payload::Tuple(t)) = e.payload() else {
            continue;
        };
        let (f, pos, kwd) = (t[0].clone(), t[1].clone(), t[2].clone());
        let args = vm.iterate(&pos).unwrap_or_default();
        let mut kw = vec![];
        if let Ok(keys) = vm.iterate(&kwd) {
            for k in keys {
                if let (Value::Str(s), Ok(v)) = (&k, vm.getitem(&kwd, &k)) {
                    kw.push((s.clone(), v));
                }
            }
        }
        if let Err(exc) = vm.call(&f, &args, &kw) {
            if vm.exc_matches(&exc, &vm.exc.system_exit.clone()) {
                continue;
            }
            let r = vm.repr(&f).map(|s| alloc::string::String::from(s.as_str()));
            let head = alloc::format!(
                "Exception ignored in atexit callback: {}\n",
                r.unwrap_or_default()
            );
            let body = vm.format_exception(&exc);
            let _ = vm.port.write_stderr(head.as_bytes());
            let _ = vm.port.write_stderr(body.as_bytes());
        }
    }
}

/// Build the `atexit` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("atexit");
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_ncallbacks", ncallbacks),
        ("_clear", clear),
        ("_run_exitfuncs", run),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    let l = vm.new_list(vec![]);
    vm.set_attr_str(&m, "_exitfuncs", l);
    Ok(m)
}
