//! Struct sequences: tuple subclasses with named, read-only fields and a
//! `module.name(field=value, ...)` repr, like CPython's `structseq`
//! (`sys.float_info`, `sys.flags`, `sys.int_info`, ...).

use crate::object::*;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::string::String;
use alloc::vec::Vec;

/// Field getter: `args` = (field index, instance).
fn field_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let (Some(Value::Int(i)), Some(t)) = (args.first(), args.get(1)) {
        if let Some(Payload::Tuple(items)) = t.payload() {
            if let Some(v) = items.get(*i as usize) {
                return Ok(v.clone());
            }
        }
    }
    vm.type_error("descriptor needs a struct sequence")
}

/// `repr(seq)`: `module.name(f1=v1, f2=v2, ...)`.
fn seq_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return vm.type_error("descriptor '__repr__' needs an argument");
    };
    let cls = vm.type_of(this);
    let cv = Value::Obj(cls.clone());
    let (m, n, f) = (
        vm.intern("__module__"),
        vm.intern("__name__"),
        vm.intern("__match_args__"),
    );
    let module = vm.getattr(&cv, &m)?;
    let name = vm.getattr(&cv, &n)?;
    let fields = vm.getattr(&cv, &f)?;
    let names = vm.iterate(&fields)?;
    let items = match this.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    let mut out = String::new();
    out.push_str(vm.to_str(&module)?.as_str());
    out.push('.');
    out.push_str(vm.to_str(&name)?.as_str());
    out.push('(');
    for (i, (n, v)) in names.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(vm.to_str(n)?.as_str());
        out.push('=');
        out.push_str(vm.repr(v)?.as_str());
    }
    out.push(')');
    Ok(Value::string(out))
}

/// A struct-sequence type `module.name` with these fields: a class made
/// like `class name(tuple): __slots__ = ()` with one read-only property per
/// field, so `repr`, `str` and comparisons go through the class as for any
/// tuple subclass.
pub fn new_struct_seq_type(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &'static [&'static str],
) -> PyResult<Ref> {
    let d = vm.new_dict();
    let repr = vm.new_builtin("__repr__", seq_repr);
    vm.setitem(&d, Value::str("__repr__"), repr)?;
    for (i, f) in fields.iter().enumerate() {
        let g = vm.new_builtin_bound(f, field_get, Value::Int(i as i64));
        let p = vm.new_readonly_property(g);
        vm.setitem(&d, Value::str(f), p)?;
    }
    let names: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    let n = names.len() as i64;
    let names = vm.new_tuple(names);
    let empty = vm.new_tuple(Vec::new());
    let items = [
        ("__match_args__", names),
        ("__slots__", empty),
        ("n_fields", Value::Int(n)),
        ("n_sequence_fields", Value::Int(n)),
        ("n_unnamed_fields", Value::Int(0)),
        ("__module__", Value::string(String::from(module))),
    ];
    for (k, v) in items {
        vm.setitem(&d, Value::str(k), v)?;
    }
    let bases = vm.new_tuple(alloc::vec![Value::Obj(vm.types.tuple.clone())]);
    let ty = Value::Obj(vm.types.type_.clone());
    let name = Value::string(String::from(name));
    match vm.call(&ty, &[name, bases, d], &[])? {
        Value::Obj(t) => Ok(t),
        _ => vm.type_error("struct sequence type creation failed"),
    }
}

/// An instance of a struct-sequence type.
pub fn new_struct_seq(ty: &Ref, values: Vec<Value>) -> Value {
    Value::Obj(Object::new(
        ty.clone(),
        Payload::Tuple(values.into_boxed_slice()),
        None,
    ))
}

/// A struct-sequence value; its class is made on first use and reused afterwards.
pub fn struct_seq(
    vm: &mut Vm,
    module: &'static str,
    name: &'static str,
    fields: &'static [&'static str],
    values: Vec<Value>,
) -> PyResult<Value> {
    let cached = vm
        .struct_seq_types
        .iter()
        .find(|(m, n, _)| *m == module && *n == name)
        .map(|(_, _, t)| t.clone());
    let ty = match cached {
        Some(t) => t,
        None => {
            let t = new_struct_seq_type(vm, module, name, fields)?;
            vm.struct_seq_types.push((module, name, t.clone()));
            t
        }
    };
    Ok(new_struct_seq(&ty, values))
}
