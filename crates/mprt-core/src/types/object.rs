//! `object` and `type`: instance creation, class creation (`type(name,
//! bases, ns)` and `__build_class__`), C3 linearisation, and the default
//! dunder methods every class inherits.

use crate::object::*;
use crate::str::PyStr;
use crate::types::dict::{dict_get_str, dict_set_str};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::interp::tuple_items;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

/// C3 linearisation of `cls` with `bases`.
pub fn c3_mro(vm: &Vm, cls: &Ref, bases: &[Ref]) -> PyResult<Vec<Ref>> {
    let mut seqs: Vec<Vec<Ref>> = bases
        .iter()
        .map(|b| b.type_data().unwrap().mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)))
            {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(c) = found else {
            // Like CPython: name the distinct heads of the remaining lists.
            let mut heads: Vec<Ref> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|b| crate::vm::types::type_name(b))
                .collect();
            return vm.type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// Create a class object: `type(name, bases, ns)` with metaclass `meta`.
pub fn new_class(
    vm: &mut Vm,
    meta: &Ref,
    name: &str,
    bases: Vec<Ref>,
    ns: &Value,
) -> PyResult<Ref> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return vm.type_error(format!(
                "duplicate base class {}",
                crate::vm::types::type_name(b)
            ));
        }
    }
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    // Base kind: the most derived built-in payload among bases.
    let mut kind = BaseKind::Object;
    for b in &bases {
        let Some(bt) = b.type_data() else {
            return vm.type_error("bases must be types");
        };
        let k = bt.base_kind.get();
        if bt.builtin && (k == BaseKind::Other || Rc::ptr_eq(b, &vm.types.bool_)) {
            return vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                bt.name.borrow()
            ));
        }
        if k != BaseKind::Object {
            if kind != BaseKind::Object && kind != k {
                return vm.type_error("multiple bases have instance lay-out conflict");
            }
            kind = k;
        }
    }
    let dict = vm.new_dict_ref(crate::dict::DictData::new());
    for (k, v) in vm.mapping_items(ns)? {
        vm.dict_set(&Value::Obj(dict.clone()), k, v)?;
    }
    let slots = match dict_get_str(&dict, "__slots__") {
        Some(s) => {
            let items = if s.as_pystr().is_some() {
                vec![s]
            } else {
                vm.iterate(&s)?
            };
            let mut v = Vec::new();
            for it in items {
                match it.as_pystr() {
                    Some(p) => v.push(p.clone()),
                    None => return vm.type_error("__slots__ items must be strings"),
                }
            }
            for p in &v {
                if p.as_str() != "__dict__" && dict_get_str(&dict, p.as_str()).is_some() {
                    return vm.value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        p.as_str()
                    ));
                }
            }
            Some(v)
        }
        None => None,
    };
    let qualname = match dict_get_str(&dict, "__qualname__") {
        Some(q) => q
            .as_pystr()
            .map(|s| String::from(s.as_str()))
            .unwrap_or_else(|| String::from(name)),
        None => String::from(name),
    };
    crate::types::dict::dict_del_str(&dict, "__qualname__");
    let td = TypeData {
        name: RefCell::new(String::from(name)),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: dict.clone(),
        base_kind: Cell::new(kind),
        has_instance_dict: Cell::new(true),
        builtin: false,
        slots: RefCell::new(slots),
        hooks: Cell::new((0, 0)),
    };
    let cls = Object::new(meta.clone(), Payload::Type(td), None);
    let mro = c3_mro(vm, &cls, &bases)?;
    *cls.type_data().unwrap().mro.borrow_mut() = mro;
    // Wrap plain functions that are implicitly class/static methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = dict_get_str(&dict, special) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let cm = Value::Obj(Object::new(
                    vm.types.classmethod.clone(),
                    Payload::ClassMethod(f),
                    None,
                ));
                dict_set_str(&dict, &Value::str(special), cm);
            }
        }
    }
    if let Some(f) = dict_get_str(&dict, "__new__") {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            let sm = Value::Obj(Object::new(
                vm.types.staticmethod.clone(),
                Payload::StaticMethod(f),
                None,
            ));
            dict_set_str(&dict, &Value::str("__new__"), sm);
        }
    }
    if dict_get_str(&dict, "__module__").is_none() {
        if let Some(f) = vm.frames.last() {
            if let Some(m) = dict_get_str(&f.globals, "__name__") {
                dict_set_str(&dict, &Value::str("__module__"), m);
            }
        }
    }
    if dict_get_str(&dict, "__eq__").is_some() && dict_get_str(&dict, "__hash__").is_none() {
        dict_set_str(&dict, &Value::str("__hash__"), Value::None);
    }
    if dict_get_str(&dict, "__doc__").is_none() {
        dict_set_str(&dict, &Value::str("__doc__"), Value::None);
    }
    // __set_name__ on descriptors.
    let clsv = Value::Obj(cls.clone());
    for (k, v) in crate::types::dict::dict_items(&Value::Obj(dict.clone())) {
        if let (Some(Payload::Property { name, .. }), Value::Str(s)) = (v.payload(), &k) {
            *name.borrow_mut() = Some(s.clone());
        } else if !crate::runtime::ops::is_builtin_value(&v) {
            let vt = vm.type_of(&v);
            if let Some(sn) = vm.lookup_type(&vt, "__set_name__") {
                vm.call(&sn, &[v.clone(), clsv.clone(), k.clone()], &[])?;
            }
        }
    }
    Ok(cls)
}

fn parent_init_subclass(vm: &mut Vm, cls: &Ref, kwargs: &KwArgs) -> PyResult<()> {
    // super(cls, cls).__init_subclass__(**kwargs)
    let mro = cls.type_data().unwrap().mro.borrow().clone();
    for c in mro.iter().skip(1) {
        if let Some(v) = dict_get_str(&c.type_data().unwrap().dict, "__init_subclass__") {
            let f = match v.payload() {
                Some(Payload::ClassMethod(f)) => f.clone(),
                _ => v.clone(),
            };
            if crate::vm::call::is_builtin_fn(&f, "object.__init_subclass__") {
                if !kwargs.is_empty() {
                    return vm.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        cls.type_data().unwrap().qualname.borrow()
                    ));
                }
                return Ok(());
            }
            vm.call(&f, &[Value::Obj(cls.clone())], kwargs)?;
            return Ok(());
        }
    }
    Ok(())
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return vm.type_error("__build_class__: not enough arguments");
    }
    let func = args[0].clone();
    let Some(name) = args[1].as_pystr().cloned() else {
        return vm.type_error("__build_class__: name is not a string");
    };
    let mut bases: Vec<Ref> = Vec::new();
    let orig_bases: Vec<Value> = args[2..].to_vec();
    for b in &orig_bases {
        match b {
            Value::Obj(o) if o.type_data().is_some() => bases.push(o.clone()),
            _ => {
                // __mro_entries__ support.
                let bt = vm.type_of(b);
                if let Some(me) = vm.lookup_type(&bt, "__mro_entries__") {
                    let t = vm.new_tuple(orig_bases.clone());
                    let r = vm.call(&me, &[b.clone(), t], &[])?;
                    for x in tuple_items(&r) {
                        if let Value::Obj(o) = x {
                            bases.push(o);
                        }
                    }
                    continue;
                }
                return vm.type_error("bases must be types");
            }
        }
    }
    let mut meta: Option<Value> = None;
    let mut kwds: Vec<(Rc<PyStr>, Value)> = Vec::new();
    for (k, v) in kw {
        if k.as_str() == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwds.push((k.clone(), v.clone()));
        }
    }
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(b.class.borrow().clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    // The most derived metaclass.
    if let Value::Obj(mo) = &meta {
        if mo.type_data().is_some() {
            let mut winner = mo.clone();
            for b in &bases {
                let bm = b.class.borrow().clone();
                if vm.is_subclass(&winner, &bm) {
                    continue;
                }
                if vm.is_subclass(&bm, &winner) {
                    winner = bm;
                    continue;
                }
                return vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                );
            }
            meta = Value::Obj(winner);
        }
    }
    let basesv: Vec<Value> = bases.iter().map(|b| Value::Obj(b.clone())).collect();
    let bases_t = vm.new_tuple(basesv.clone());
    // __prepare__.
    let ns = {
        let mt = match &meta {
            Value::Obj(o) if o.type_data().is_some() => Some(o.clone()),
            _ => None,
        };
        let prep = match &mt {
            Some(m) => vm
                .lookup_type(m, "__prepare__")
                .filter(|p| !crate::vm::call::is_builtin_fn(p, "type.__prepare__")),
            None => None,
        };
        match prep {
            Some(p) => {
                let p = match p.payload() {
                    Some(Payload::ClassMethod(f)) => vm.new_bound_method(f.clone(), meta.clone()),
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => p,
                };
                vm.call(&p, &[Value::Str(name.clone()), bases_t.clone()], &kwds)?
            }
            None => vm.new_dict(),
        }
    };
    // Run the body with ns as its locals.
    let Some(Payload::Function(_)) = func.payload() else {
        return vm.type_error("__build_class__: func must be a function");
    };
    let fo = func.as_obj().unwrap().clone();
    let mut frame = vm.make_frame(&fo, &[], &[])?;
    frame.locals_dict = Some(ns.clone());
    let cell = vm.run_frame(frame)?;
    if orig_bases.len() != bases.len()
        || orig_bases
            .iter()
            .zip(bases.iter())
            .any(|(a, b)| !matches!(a, Value::Obj(o) if Rc::ptr_eq(o, b)))
    {
        vm.setitem(
            &ns,
            Value::str("__orig_bases__"),
            vm.new_tuple(orig_bases.clone()),
        )?;
    }
    let cls = vm.call(&meta, &[Value::Str(name.clone()), bases_t, ns], &kwds)?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        *c.borrow_mut() = Some(cls.clone());
    }
    Ok(cls)
}

fn type_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    // type.__new__(meta, name, bases, ns, **kw)
    let Some(Value::Obj(meta)) = args.first() else {
        return vm.type_error("type.__new__(X): X is not a type object");
    };
    if args.len() == 2 {
        return Ok(Value::Obj(vm.type_of(&args[1])));
    }
    if args.len() != 4 {
        return vm.type_error("type() takes 1 or 3 arguments");
    }
    let Some(name) = args[1].as_pystr() else {
        return vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&args[1])
        ));
    };
    if !matches!(args[2].payload(), Some(Payload::Tuple(_))) {
        return vm.type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&args[2])
        ));
    }
    if !matches!(args[3].payload(), Some(Payload::Dict(_))) {
        return vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&args[3])
        ));
    }
    let bases: Vec<Ref> = tuple_items(&args[2])
        .into_iter()
        .filter_map(|b| b.as_obj().cloned())
        .collect();
    // The most derived metaclass among `meta` and the bases' metaclasses.
    let mut winner = meta.clone();
    for b in &bases {
        let bm = b.class.borrow().clone();
        if vm.is_subclass(&winner, &bm) {
            continue;
        }
        if vm.is_subclass(&bm, &winner) {
            winner = bm;
            continue;
        }
        return vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    if !Rc::ptr_eq(&winner, meta) {
        if let Some(nf) = vm.lookup_type(&winner, "__new__") {
            let f = match nf.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => nf.clone(),
            };
            if !crate::vm::call::is_builtin_fn(&f, "type.__new__") {
                let mut a = vec![Value::Obj(winner.clone())];
                a.extend_from_slice(&args[1..]);
                return vm.call(&f, &a, kw);
            }
        }
    }
    let meta = &winner;
    let cls = new_class(vm, meta, &String::from(name.as_str()), bases, &args[3])?;
    parent_init_subclass(vm, &cls, kw)?;
    Ok(Value::Obj(cls))
}

fn type_init(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return vm.type_error("type.__call__ needs a class");
    };
    vm.type_call_default(&cls.clone(), &args[1..], kw)
}

fn type_mro(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.type_data().is_some() => c,
        Some(v) => {
            return vm.type_error(format!(
                "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
                vm.type_name(v)
            ))
        }
        None => return vm.type_error("unbound method type.mro() needs an argument"),
    };
    let m = cls
        .type_data()
        .map(|t| {
            t.mro
                .borrow()
                .iter()
                .map(|c| Value::Obj(c.clone()))
                .collect()
        })
        .unwrap_or_default();
    Ok(vm.new_list(m))
}

fn type_subclasses(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(vm.new_list(Vec::new()))
}

fn type_prepare(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_instancecheck(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(vm.isinstance(&args[1], cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(Value::Obj(cls)), Some(Value::Obj(sub))) = (args.first(), args.get(1)) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(vm.is_subclass(sub, cls)))
}

fn object_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        None => return vm.type_error("object.__new__(): not enough arguments"),
        Some(Value::Obj(c)) if c.type_data().is_some() => c,
        Some(other) => {
            return vm.type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            ))
        }
    };
    if args.len() > 1 || !kw.is_empty() {
        // Extra arguments are an error unless __init__ is overridden (and __new__ is not).
        let init = vm.lookup_type(cls, "__init__");
        let new = vm.lookup_type(cls, "__new__");
        let init_overridden =
            !matches!(&init, Some(i) if crate::vm::call::is_builtin_fn(i, "object.__init__"));
        let new_overridden =
            !matches!(&new, Some(n) if crate::vm::call::is_builtin_fn(n, "object.__new__"));
        if new_overridden || !init_overridden {
            return vm.type_error(format!(
                "{}() takes no arguments",
                crate::vm::types::type_name(cls)
            ));
        }
    }
    vm.object_new_instance(&cls.clone())
}

fn object_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let cls = vm.type_of(&args[0]);
        let init = vm.lookup_type(&cls, "__init__");
        let new = vm.lookup_type(&cls, "__new__");
        let init_overridden =
            !matches!(&init, Some(i) if crate::vm::call::is_builtin_fn(i, "object.__init__"));
        let new_overridden =
            !matches!(&new, Some(n) if crate::vm::call::is_builtin_fn(n, "object.__new__"));
        if init_overridden || !new_overridden {
            return vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.type_name(&args[0])
            ));
        }
    }
    Ok(Value::None)
}

/// Slot-wrapper argument checks for `object.<name>`: a self plus `n` arguments.
fn obj_args(vm: &Vm, args: &[Value], name: &str, n: usize) -> PyResult<()> {
    if args.is_empty() {
        return vm.type_error(format!(
            "descriptor '{}' of 'object' object needs an argument",
            name
        ));
    }
    if args.len() - 1 != n {
        return vm.type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            args.len() - 1
        ));
    }
    Ok(())
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    obj_args(vm, args, "__repr__", 0)?;
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(vm.builtin_repr(&v)?))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    obj_args(vm, args, "__str__", 0)?;
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Str(vm.repr(&v)?))
}

fn object_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    obj_args(vm, args, "__eq__", 1)?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    obj_args(vm, args, "__ne__", 1)?;
    // Delegates to __eq__ and inverts it.
    let cls = vm.type_of(&args[0]);
    if let Some(eq) = vm.lookup_type(&cls, "__eq__") {
        let r = vm.call(&eq, &[args[0].clone(), args[1].clone()], &[])?;
        if matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.truthy(&r)?));
    }
    Ok(Value::Bool(!args[0].is(&args[1])))
}

fn object_cmp_ni(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    obj_args(vm, args, "__lt__", 1)?;
    Ok(Value::NotImplemented)
}

fn object_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    obj_args(vm, args, "__hash__", 0)?;
    Ok(Value::Int((args[0].id() >> 4) as i64))
}

fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 3 {
        return vm.type_error("__setattr__ expected 2 arguments");
    }
    let Some(n) = args[1].as_pystr() else {
        return vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args[1])
        ));
    };
    vm.generic_setattr(&args[0], &n.clone(), Some(args[2].clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(n) = args.get(1).and_then(|a| a.as_pystr()) else {
        return vm.type_error("attribute name must be string");
    };
    vm.generic_setattr(&args[0], &n.clone(), None)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(n) = args.get(1).and_then(|a| a.as_pystr()) else {
        return vm.type_error("attribute name must be string");
    };
    vm.generic_getattr(&args[0], &n.clone())
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let spec = args
        .get(1)
        .and_then(|s| s.as_pystr())
        .map(|s| String::from(s.as_str()))
        .unwrap_or_default();
    if !spec.is_empty() {
        return vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args[0])
        ));
    }
    Ok(Value::Str(vm.to_str(&args[0])?))
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let owner = match args.first() {
        Some(Value::Obj(o)) if o.type_data().is_some() => {
            String::from(o.type_data().unwrap().qualname.borrow().as_str())
        }
        _ => String::from("object"),
    };
    if !kw.is_empty() {
        return vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            owner
        ));
    }
    if args.len() > 1 {
        return vm.type_error(format!(
            "{}.__init_subclass__() takes no arguments ({} given)",
            owner,
            args.len() - 1
        ));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let names = crate::builtins::dir_of(vm, &args[0])?;
    Ok(vm.new_list(names))
}

fn object_reduce_ex(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.type_error("cannot pickle object")
}

/// `list.__class_getitem__(item)` and friends: `types.GenericAlias(cls, item)`.
fn generic_class_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__class_getitem__", args, 2, 2)?;
    let m = vm.import_module("types")?;
    let n = vm.intern("GenericAlias");
    let ga = vm.getattr(&Value::Obj(m), &n)?;
    vm.call(&ga, &[args[0].clone(), args[1].clone()], &[])
}

/// `type.__or__` / `type.__ror__`: `X | Y` unions (types._type_or).
fn type_or_impl(vm: &mut Vm, a: Value, b: Value) -> PyResult<Value> {
    let m = vm.import_module("types")?;
    let n = vm.intern("_type_or");
    let f = vm.getattr(&Value::Obj(m), &n)?;
    vm.call(&f, &[a, b], &[])
}
fn type_or(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__or__", args, 2, 2)?;
    type_or_impl(vm, args[0].clone(), args[1].clone())
}
fn type_ror(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__ror__", args, 2, 2)?;
    type_or_impl(vm, args[1].clone(), args[0].clone())
}

/// `object.__sizeof__()`: an estimate of the memory the object itself holds
/// (header, payload and owned buffers; referenced objects are not counted,
/// as in CPython). `sys.getsizeof` reports this.
fn object_sizeof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return vm.type_error(format!(
            "object.__sizeof__() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let word = core::mem::size_of::<Value>();
    let n = match &args[0] {
        Value::Str(s) => core::mem::size_of::<crate::str::PyStr>() + s.as_str().len() + 1,
        Value::Obj(o) => {
            let extra = match &o.payload {
                Payload::Bytes(b) => b.len() + 1,
                Payload::ByteArray(b) => b.borrow().capacity(),
                Payload::List(l) => l.borrow().capacity() * word,
                Payload::Tuple(t) => t.len() * word,
                Payload::Dict(d) | Payload::Set(d) => d.borrow().slots() * (word * 2 + 8),
                Payload::FrozenSet(d) => d.slots() * (word * 2 + 8),
                Payload::BigInt(b) => (b.bits() as usize).div_ceil(64) * 8,
                _ => 0,
            };
            core::mem::size_of::<Object>() + extra
        }
        _ => word,
    };
    Ok(Value::Int(n as i64))
}

/// Install object/type methods and `__build_class__`.
pub fn init(vm: &mut Vm) {
    for t in [
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.tuple.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
    ] {
        let f = vm.new_builtin("__class_getitem__", generic_class_getitem);
        let cm = Value::Obj(Object::new(
            vm.types.classmethod.clone(),
            Payload::ClassMethod(f),
            None,
        ));
        crate::vm::types::set_type_attr(&t, "__class_getitem__", cm);
    }
    let o = vm.types.object.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &o,
        &[
            ("object.__init__", object_init),
            ("object.__repr__", object_repr),
            ("object.__str__", object_str),
            ("object.__eq__", object_eq),
            ("object.__ne__", object_ne),
            ("object.__lt__", object_cmp_ni),
            ("object.__le__", object_cmp_ni),
            ("object.__gt__", object_cmp_ni),
            ("object.__ge__", object_cmp_ni),
            ("object.__hash__", object_hash),
            ("object.__setattr__", object_setattr),
            ("object.__delattr__", object_delattr),
            ("object.__getattribute__", object_getattribute),
            ("object.__format__", object_format),
            ("object.__dir__", object_dir),
            ("object.__reduce_ex__", object_reduce_ex),
            ("object.__sizeof__", object_sizeof),
        ],
    );
    let new = vm.new_builtin("object.__new__", object_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&o, "__new__", sm);
    let isc = vm.new_builtin("object.__init_subclass__", object_init_subclass);
    let cm = Value::Obj(Object::new(
        vm.types.classmethod.clone(),
        Payload::ClassMethod(isc),
        None,
    ));
    crate::vm::types::set_type_attr(&o, "__init_subclass__", cm);
    crate::vm::types::set_type_attr(
        &o,
        "__doc__",
        Value::str("The base class of the class hierarchy."),
    );

    let t = vm.types.type_.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("type.__init__", type_init),
            ("type.__call__", type_call),
            ("type.mro", type_mro),
            ("type.__subclasses__", type_subclasses),
            ("type.__instancecheck__", type_instancecheck),
            ("type.__subclasscheck__", type_subclasscheck),
            ("type.__or__", type_or),
            ("type.__ror__", type_ror),
        ],
    );
    let tn = vm.new_builtin("type.__new__", type_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(tn),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    let tp = vm.new_builtin("type.__prepare__", type_prepare);
    let cm = Value::Obj(Object::new(
        vm.types.classmethod.clone(),
        Payload::ClassMethod(tp),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__prepare__", cm);
    let bc = vm.new_builtin("__build_class__", build_class);
    dict_set_str(&vm.builtins, &Value::str("__build_class__"), bc);
}
