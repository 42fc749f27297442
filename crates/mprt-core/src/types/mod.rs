//! The built-in types, one module per type: their methods and the helpers
//! the runtime protocols use.
pub mod async_gen;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod member;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod seq;
pub mod set;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod struct_seq;
pub mod tuple;
pub mod unicode_tables;

use crate::value::Value;
use crate::vm::Vm;

/// The class argument of a built-in `T.__new__(cls, ...)` called directly,
/// checked as CPython does (missing, not a type, not a subtype of `base`).
pub fn new_cls_arg(
    vm: &Vm,
    args: &[Value],
    tyname: &str,
    base: &crate::value::Ref,
) -> crate::PyResult<crate::value::Ref> {
    let Some(c) = args.first() else {
        return vm.type_error(alloc::format!("{}.__new__(): not enough arguments", tyname));
    };
    let cls = match c {
        Value::Obj(o) if o.type_data().is_some() => o.clone(),
        _ => {
            return vm.type_error(alloc::format!(
                "{}.__new__(X): X is not a type object ({})",
                tyname,
                vm.type_name(c)
            ))
        }
    };
    let sub = cls
        .type_data()
        .map(|t| {
            t.mro
                .borrow()
                .iter()
                .any(|m| alloc::rc::Rc::ptr_eq(m, base))
        })
        .unwrap_or(false);
    let name = crate::vm::types::type_name(&cls);
    if !sub {
        return vm.type_error(alloc::format!(
            "{}.__new__({}): {} is not a subtype of {}",
            tyname,
            name,
            name,
            tyname
        ));
    }
    if tyname == "int" && alloc::rc::Rc::ptr_eq(&cls, &vm.types.bool_) {
        return vm.type_error("int.__new__(bool) is not safe, use bool.__new__()");
    }
    Ok(cls)
}

/// The TypeError CPython raises when an unbound built-in method of `tyname` gets a
/// `self` of the wrong type: plain methods are "method descriptors" ("doesn't apply
/// to"), operator slots are "slot wrappers" ("requires a ... object").
pub fn descr_self_error(vm: &Vm, tyname: &str, name: &str, got: Option<&Value>) -> Value {
    let got = got
        .map(|a| vm.type_name(a))
        .unwrap_or_else(|| "nothing".into());
    let method_descr = !name.starts_with("__")
        || matches!(
            name,
            "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__getnewargs__"
                | "__sizeof__"
                | "__format__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__complex__"
                | "__bytes__"
                | "__reversed__"
                | "__getstate__"
                | "__dir__"
        );
    let msg = if method_descr {
        alloc::format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            tyname,
            got
        )
    } else {
        alloc::format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            tyname,
            got
        )
    };
    vm.new_exc_msg(&vm.exc.type_error, msg)
}

/// Install every built-in type's methods.
pub fn init(vm: &mut Vm) {
    object::init(vm);
    dict::init(vm);
    iter::init(vm);
    member::init(vm);
    generator::init(vm);
    async_gen::init(vm);
    exception::init(vm);
    str::init(vm);
    list::init(vm);
    tuple::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    bytes::init(vm);
    set::init(vm);
    range::init(vm);
}
