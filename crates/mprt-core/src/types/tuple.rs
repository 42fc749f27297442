//! `tuple`: construction (including subclasses), methods and dunders.

use crate::builtins::check_args;
use crate::object::*;
use crate::types::seq::normalize_index;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;
use mprt_compiler::bytecode::{binop, cmpop};

fn items_of<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => match args.first() {
            Some(v) => vm.type_error(format!(
                "descriptor '{}' for 'tuple' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            )),
            None => vm.type_error(format!("unbound method tuple.{}() needs an argument", name)),
        },
    }
}

fn dunder_items<'a>(vm: &Vm, args: &'a [Value], name: &str, n: usize) -> PyResult<&'a [Value]> {
    let t = match args.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => t,
        _ => {
            return match args.first() {
                Some(v) => vm.type_error(format!(
                    "descriptor '{}' requires a 'tuple' object but received a '{}'",
                    name,
                    vm.type_name(v)
                )),
                None => vm.type_error(format!(
                    "descriptor '{}' of 'tuple' object needs an argument",
                    name
                )),
            }
        }
    };
    if args.len() != n + 1 {
        return vm.type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            args.len() - 1
        ));
    }
    Ok(t)
}

/// A tuple object of class `cls` (an exact tuple or a subclass instance with a dict).
pub fn new_tuple_of(vm: &mut Vm, cls: &crate::value::Ref, items: Vec<Value>) -> Value {
    if alloc::rc::Rc::ptr_eq(cls, &vm.types.tuple) {
        return vm.new_tuple(items);
    }
    let dict = vm.instance_dict_for(cls);
    Value::Obj(Object::new(
        cls.clone(),
        Payload::Tuple(items.into_boxed_slice()),
        dict,
    ))
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "tuple", &vm.types.tuple.clone())?;
    let exact = alloc::rc::Rc::ptr_eq(&cls, &vm.types.tuple);
    if exact && !kw.is_empty() {
        return vm.type_error("tuple() takes no keyword arguments");
    }
    if args.len() > 2 {
        return vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if !vm.is_subclass(&cls, &vm.types.tuple.clone()) {
        let n = vm.type_name(&Value::Obj(cls.clone()));
        let _ = n;
        return vm.type_error(format!(
            "tuple.__new__({}): {} is not a subtype of tuple",
            crate::vm::types::type_name(&cls),
            crate::vm::types::type_name(&cls)
        ));
    }
    let items = match args.get(1) {
        Some(src) => {
            if exact
                && matches!(src.payload(), Some(Payload::Tuple(_)))
                && crate::runtime::ops::is_builtin_value(src)
            {
                return Ok(src.clone());
            }
            vm.iterate(src)?
        }
        None => Vec::new(),
    };
    Ok(new_tuple_of(vm, &cls, items))
}

fn tuple_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = items_of(vm, args, "index")?.to_vec();
    check_args(vm, "index", &args[1..], 1, 3)?;
    let (s, e) = crate::types::list::index_bounds(vm, &args[2..], t.len())?;
    for (i, item) in t.iter().enumerate().take(e).skip(s) {
        if vm.eq(item, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    vm.value_error("tuple.index(x): x not in tuple")
}

fn tuple_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = items_of(vm, args, "count")?.to_vec();
    check_args(vm, "tuple.count", &args[1..], 1, 1)?;
    let mut n = 0;
    for item in t.iter() {
        if vm.eq(item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn t_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = dunder_items(vm, args, "__getitem__", 1)?;
    let k = &args[1];
    if let Some(Payload::Slice(..)) = k.payload() {
        let t = t.to_vec();
        let r = vm.slice_values(&t, k)?;
        return Ok(vm.new_tuple(r));
    }
    let Some(i) = vm.index_value(k, "tuple")? else {
        return vm.type_error(format!(
            "tuple indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    match normalize_index(i, t.len()) {
        Some(i) => Ok(t[i].clone()),
        None => vm.index_error("tuple index out of range"),
    }
}

fn t_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = dunder_items(vm, args, "__len__", 0)?;
    Ok(Value::Int(t.len() as i64))
}

fn t_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_items(vm, args, "__iter__", 0)?;
    Ok(vm.new_iter(IterState::Seq {
        seq: args[0].clone(),
        index: 0,
    }))
}

fn t_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = dunder_items(vm, args, "__contains__", 1)?.to_vec();
    for item in t.iter() {
        if vm.eq(item, &args[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn t_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = dunder_items(vm, args, "__add__", 1)?;
    match args[1].payload() {
        Some(Payload::Tuple(o)) => {
            let mut r = t.to_vec();
            r.extend(o.iter().cloned());
            Ok(vm.new_tuple(r))
        }
        _ => vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args[1])
        )),
    }
}

fn t_mul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_items(vm, args, "__mul__", 1)?;
    if crate::runtime::num::as_int(&args[1]).is_none() && vm.index_value(&args[1], "")?.is_none() {
        return vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args[1])
        ));
    }
    let n = match vm.index_value(&args[1], "") {
        Ok(Some(n)) => Value::Int(n),
        _ => args[1].clone(),
    };
    let base = vm.new_tuple(crate::types::seq::seq_items(&args[0]));
    match vm.builtin_binop(&base, &n, binop::MUL)? {
        Some(r) => Ok(r),
        None => Ok(Value::NotImplemented),
    }
}

fn cmp_impl(vm: &mut Vm, args: &[Value], op: u8, name: &str) -> PyResult<Value> {
    dunder_items(vm, args, name, 1)?;
    if !matches!(args[1].payload(), Some(Payload::Tuple(_))) {
        return Ok(Value::NotImplemented);
    }
    let x = crate::types::seq::seq_items(&args[0]);
    let y = crate::types::seq::seq_items(&args[1]);
    Ok(Value::Bool(vm.compare_seqs(&x, &y, op)?))
}

fn t_eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::EQ, "__eq__")
}
fn t_ne(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::NE, "__ne__")
}
fn t_lt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::LT, "__lt__")
}
fn t_le(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::LE, "__le__")
}
fn t_gt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::GT, "__gt__")
}
fn t_ge(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::GE, "__ge__")
}

fn t_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = dunder_items(vm, args, "__hash__", 0)?.to_vec();
    Ok(Value::Int(vm.hash_tuple(&t)?))
}

fn t_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_items(vm, args, "__repr__", 0)?;
    // Subclasses show as plain tuples.
    let plain = vm.new_tuple(crate::types::seq::seq_items(&args[0]));
    let s = vm.builtin_repr(&plain)?;
    Ok(Value::str(&s))
}

fn t_getnewargs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_items(vm, args, "__getnewargs__", 0)?;
    let plain = vm.new_tuple(crate::types::seq::seq_items(&args[0]));
    Ok(vm.new_tuple(alloc::vec![plain]))
}

/// Install tuple methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("tuple.index", tuple_index),
            ("tuple.count", tuple_count),
            ("tuple.__getitem__", t_getitem),
            ("tuple.__len__", t_len),
            ("tuple.__iter__", t_iter),
            ("tuple.__contains__", t_contains),
            ("tuple.__add__", t_add),
            ("tuple.__mul__", t_mul),
            ("tuple.__rmul__", t_mul),
            ("tuple.__eq__", t_eq),
            ("tuple.__ne__", t_ne),
            ("tuple.__lt__", t_lt),
            ("tuple.__le__", t_le),
            ("tuple.__gt__", t_gt),
            ("tuple.__ge__", t_ge),
            ("tuple.__hash__", t_hash),
            ("tuple.__repr__", t_repr),
            ("tuple.__getnewargs__", t_getnewargs),
        ],
    );
    crate::types::list::set_new(vm, &t, "tuple.__new__", tuple_new);
}
