//! `member_descriptor`: the class-level view of a `__slots__` name
//! (`Cls.x` for `__slots__ = ("x",)`), with CPython's `__get__`/`__set__`/
//! `__delete__` and repr. Instance attribute access does not go through it:
//! slot values live in the instance's hidden dict, which the descriptor
//! reads and writes.

use crate::object::*;
use crate::str::PyStr;
use crate::types::dict::{dict_del_str, dict_get_str, dict_set_str};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::types::add_methods;
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;

/// A slot name of a class.
struct Member {
    owner: Ref,
    name: Rc<PyStr>,
}

impl NativeObject for Member {
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

fn member(args: &[Value]) -> Option<&Member> {
    match args.first()?.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<Member>(),
        _ => None,
    }
}

fn owner_name(m: &Member) -> alloc::string::String {
    m.owner
        .type_data()
        .map(|t| t.name.borrow().clone())
        .unwrap_or_default()
}

/// The member descriptor for slot `name` declared by class `owner`.
pub fn new_member(vm: &Vm, owner: &Ref, name: &Rc<PyStr>) -> Value {
    Value::Obj(Object::new(
        vm.types.member_descriptor.clone(),
        Payload::Native(Box::new(Member {
            owner: owner.clone(),
            name: name.clone(),
        })),
        None,
    ))
}

/// The instance `obj` checked against the descriptor's class; its hidden dict.
fn instance_dict(vm: &mut Vm, m: &Member, obj: &Value) -> PyResult<Option<Ref>> {
    if !vm.isinstance(obj, &m.owner) {
        return vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str(),
            owner_name(m),
            vm.type_name(obj)
        ));
    }
    Ok(obj.as_obj().and_then(|o| o.dict.clone()))
}

fn missing(vm: &Vm, m: &Member, obj: &Value) -> Value {
    vm.new_exc_msg(
        &vm.exc.attribute_error,
        &format!(
            "'{}' object has no attribute '{}'",
            vm.type_name(obj),
            m.name.as_str()
        ),
    )
}

fn m_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(m) = member(args) else {
        return vm.type_error("descriptor '__get__' needs a member_descriptor");
    };
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    match instance_dict(vm, m, &obj)?.and_then(|d| dict_get_str(&d, m.name.as_str())) {
        Some(v) => Ok(v),
        None => Err(missing(vm, m, &obj)),
    }
}

fn m_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__set__", args, 3, 3)?;
    let Some(m) = member(args) else {
        return vm.type_error("descriptor '__set__' needs a member_descriptor");
    };
    if let Some(d) = instance_dict(vm, m, &args[1])? {
        dict_set_str(&d, &Value::Str(m.name.clone()), args[2].clone());
    }
    Ok(Value::None)
}

fn m_delete(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__delete__", args, 2, 2)?;
    let Some(m) = member(args) else {
        return vm.type_error("descriptor '__delete__' needs a member_descriptor");
    };
    let removed = instance_dict(vm, m, &args[1])?.and_then(|d| dict_del_str(&d, m.name.as_str()));
    match removed {
        Some(_) => Ok(Value::None),
        // CPython names just the slot here.
        None => Err(vm.new_exc_msg(&vm.exc.attribute_error, m.name.as_str())),
    }
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(m) = member(args) else {
        return vm.type_error("descriptor '__repr__' needs a member_descriptor");
    };
    Ok(Value::string(format!(
        "<member '{}' of '{}' objects>",
        m.name.as_str(),
        owner_name(m)
    )))
}

fn m_name(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match member(args) {
        Some(m) => Ok(Value::Str(m.name.clone())),
        None => vm.type_error("descriptor needs a member_descriptor"),
    }
}

fn m_objclass(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match member(args) {
        Some(m) => Ok(Value::Obj(m.owner.clone())),
        None => vm.type_error("descriptor needs a member_descriptor"),
    }
}

/// Install the `member_descriptor` methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.member_descriptor.clone();
    add_methods(
        &vm.types,
        &t,
        &[
            ("member_descriptor.__get__", m_get),
            ("member_descriptor.__set__", m_set),
            ("member_descriptor.__delete__", m_delete),
            ("member_descriptor.__repr__", m_repr),
        ],
    );
    for (n, f) in [
        ("__name__", m_name as NativeFn),
        ("__objclass__", m_objclass as NativeFn),
    ] {
        let g = vm.new_builtin(n, f);
        let p = vm.new_readonly_property(g);
        crate::vm::types::set_type_attr(&t, n, p);
    }
}
