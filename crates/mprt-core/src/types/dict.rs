//! `dict`: lookups with Python equality, plus the `dict` methods.
//!
//! Lookups first try equality decidable without running Python code
//! ([`Vm::fast_eq`]) under a short borrow; keys needing a user `__eq__` are
//! compared after the borrow is released, so `__eq__` may even mutate the dict.

use crate::dict::DictData;
use crate::object::*;
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;

fn str_hash(s: &str) -> i64 {
    // Must equal PyStr::hash for the same text.
    crate::str::text_hash(s) as i64
}

/// Get by str key (no Python code runs).
pub fn dict_get_str(d: &Ref, key: &str) -> Option<Value> {
    let Payload::Dict(dd) = &d.payload else {
        return None;
    };
    let dd = dd.borrow();
    let h = str_hash(key);
    let i = dd.find(h, |k| {
        k.as_pystr().map(|s| s.as_str() == key).unwrap_or(false)
    })?;
    dd.entry(i).map(|e| e.value.clone())
}

/// Get by an (usually interned) str key using its cached hash (no Python code runs).
#[inline]
pub fn dict_get_name(d: &Ref, key: &Rc<PyStr>) -> Option<Value> {
    let Payload::Dict(dd) = &d.payload else {
        return None;
    };
    let dd = dd.borrow();
    let h = key.hash() as i64;
    let i = dd.find(h, |k| match k {
        Value::Str(s) => Rc::ptr_eq(s, key) || s.as_str() == key.as_str(),
        _ => k
            .as_pystr()
            .map(|s| s.as_str() == key.as_str())
            .unwrap_or(false),
    })?;
    dd.entry(i).map(|e| e.value.clone())
}

/// Set by str key in a raw DictData.
pub fn raw_set_str(dd: &mut DictData, key: &Rc<PyStr>, v: Value) {
    let h = key.hash() as i64;
    let ks = key.as_str();
    match dd.find(h, |k| {
        k.as_pystr().map(|s| s.as_str() == ks).unwrap_or(false)
    }) {
        Some(i) => {
            let old = dd.value_mut(i).map(|slot| core::mem::replace(slot, v));
            drop(old);
        }
        None => dd.push(h, Value::Str(key.clone()), v),
    }
}

/// Set by str key (the key value must be a str).
pub fn dict_set_str(d: &Ref, key: &Value, v: Value) {
    let Payload::Dict(dd) = &d.payload else {
        return;
    };
    let Some(k) = key.as_pystr() else { return };
    let old = {
        let mut dd = dd.borrow_mut();
        let h = k.hash() as i64;
        let ks = k.as_str();
        match dd.find(h, |x| {
            x.as_pystr().map(|s| s.as_str() == ks).unwrap_or(false)
        }) {
            Some(i) => dd.value_mut(i).map(|slot| core::mem::replace(slot, v)),
            None => {
                dd.push(h, Value::Str(k.clone()), v);
                None
            }
        }
    };
    drop(old);
}

/// Delete by str key, returning the old value.
pub fn dict_del_str(d: &Ref, key: &str) -> Option<Value> {
    let Payload::Dict(dd) = &d.payload else {
        return None;
    };
    let e = {
        let mut dd = dd.borrow_mut();
        let h = str_hash(key);
        let i = dd.find(h, |k| {
            k.as_pystr().map(|s| s.as_str() == key).unwrap_or(false)
        })?;
        dd.remove_at(i)
    };
    e.map(|e| e.value)
}

/// Keys in order.
pub fn dict_keys(d: &Value) -> Vec<Value> {
    match d.payload() {
        Some(Payload::Dict(dd)) | Some(Payload::Set(dd)) => {
            dd.borrow().iter().map(|e| e.key.clone()).collect()
        }
        Some(Payload::FrozenSet(dd)) => dd.iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Values in order.
pub fn dict_values(d: &Value) -> Vec<Value> {
    match d.payload() {
        Some(Payload::Dict(dd)) => dd.borrow().iter().map(|e| e.value.clone()).collect(),
        _ => Vec::new(),
    }
}

/// Items in order.
pub fn dict_items(d: &Value) -> Vec<(Value, Value)> {
    match d.payload() {
        Some(Payload::Dict(dd)) => dd
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// A shallow copy as an exact dict.
pub fn dict_copy(vm: &Vm, d: &Value) -> Value {
    match d.payload() {
        Some(Payload::Dict(dd)) => Value::Obj(vm.new_dict_ref(dd.borrow().clone())),
        _ => vm.new_dict(),
    }
}

/// `a == b` for dicts.
pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if vm.len(a)? != vm.len(b)? {
        return Ok(false);
    }
    for (k, v) in dict_items(a) {
        match vm.dict_get(b, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn data(v: &Value) -> Option<&core::cell::RefCell<DictData>> {
    match v.payload() {
        Some(Payload::Dict(d)) | Some(Payload::Set(d)) => Some(d),
        _ => None,
    }
}

impl Vm {
    /// Locate a key: (hash, slot index if present).
    pub fn dict_find(
        &mut self,
        d: &core::cell::RefCell<DictData>,
        k: &Value,
    ) -> PyResult<(i64, Option<usize>)> {
        let h = self.hash(k)?;
        let mut needs_vm = false;
        let found = {
            let dd = d.borrow();
            dd.find(h, |x| match Vm::fast_eq(x, k) {
                Some(b) => b,
                None => {
                    needs_vm = true;
                    false
                }
            })
        };
        if found.is_some() || !needs_vm {
            return Ok((h, found));
        }
        // Slow path: compare candidates with Python equality, borrow released.
        let cands: Vec<(usize, Value)> = {
            let dd = d.borrow();
            dd.candidates(h)
                .filter_map(|i| dd.entry(i).map(|e| (i, e.key.clone())))
                .collect()
        };
        for (i, key) in cands {
            if self.eq(&key, k)? {
                let still = d.borrow().entry(i).map(|e| e.key.is(&key)).unwrap_or(false);
                if still {
                    return Ok((h, Some(i)));
                }
            }
        }
        Ok((h, None))
    }

    /// `d.get(k)` for a dict value.
    pub fn dict_get(&mut self, d: &Value, k: &Value) -> PyResult<Option<Value>> {
        let Some(dd) = data(d) else { return Ok(None) };
        let (_, i) = self.dict_find(dd, k)?;
        Ok(i.and_then(|i| dd.borrow().entry(i).map(|e| e.value.clone())))
    }

    /// `d[k] = v` for a dict value.
    pub fn dict_set(&mut self, d: &Value, k: Value, v: Value) -> PyResult<()> {
        let Some(dd) = data(d) else { return Ok(()) };
        let (h, i) = self.dict_find(dd, &k)?;
        let old = {
            let mut b = dd.borrow_mut();
            match i {
                Some(i) => b.value_mut(i).map(|slot| core::mem::replace(slot, v)),
                None => {
                    if b.len() & 0x3ff == 0x3ff {
                        let (used, limit) = self.port.heap_usage();
                        if used > limit {
                            drop(b);
                            return self.memory_error();
                        }
                    }
                    b.push(h, k, v);
                    None
                }
            }
        };
        drop(old);
        Ok(())
    }

    /// Remove a key, returning its value.
    pub fn dict_remove(&mut self, d: &Value, k: &Value) -> PyResult<Option<Value>> {
        let Some(dd) = data(d) else { return Ok(None) };
        let (_, i) = self.dict_find(dd, k)?;
        let e = match i {
            Some(i) => dd.borrow_mut().remove_at(i),
            None => None,
        };
        Ok(e.map(|e| e.value))
    }
}

fn this_dict<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(d) if matches!(d.payload(), Some(Payload::Dict(_))) => Ok(d),
        None => vm.type_error(format!("unbound method dict.{}() needs an argument", name)),
        Some(d) => {
            // dict's __getitem__/__contains__ are method descriptors too.
            if matches!(name, "__getitem__" | "__contains__") {
                return vm.type_error(format!(
                    "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
                    name,
                    vm.type_name(d)
                ));
            }
            Err(crate::types::descr_self_error(vm, "dict", name, Some(d)))
        }
    }
}

/// Exactly `n` arguments after self, with CPython's slot-wrapper wording
/// (`one_arg`: the METH_O wording "takes exactly one argument").
fn dunder_args(vm: &Vm, args: &[Value], name: &str, n: usize, one_arg: bool) -> PyResult<()> {
    let got = args.len().saturating_sub(1);
    if got == n {
        return Ok(());
    }
    if one_arg {
        return vm.type_error(format!(
            "dict.{}() takes exactly one argument ({} given)",
            name, got
        ));
    }
    vm.type_error(format!(
        "expected {} argument{}, got {}",
        n,
        if n == 1 { "" } else { "s" },
        got
    ))
}

/// CPython-style argument checks for a dict method taking `min..=max`
/// positional arguments and no keywords.
fn argcheck(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("dict.{}() takes no keyword arguments", name));
    }
    let n = args.len().saturating_sub(1);
    if max == 0 && n > 0 {
        return vm.type_error(format!("dict.{}() takes no arguments ({} given)", name, n));
    }
    if n < min {
        return vm.type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        ));
    }
    if n > max {
        return vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        ));
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "dict", &vm.types.dict.clone())?;
    vm.object_new_instance(&cls)
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__init__")?.clone();
    if args.len() > 2 {
        return vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(src) = args.get(1) {
        vm.dict_update(&d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_get_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "get")?.clone();
    argcheck(vm, args, kw, "get", 1, 2)?;
    Ok(vm
        .dict_get(&d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "setdefault")?.clone();
    argcheck(vm, args, kw, "setdefault", 1, 2)?;
    let Some(k) = args.get(1) else {
        return vm.type_error("setdefault expected at least 1 argument, got 0");
    };
    if let Some(v) = vm.dict_get(&d, k)? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, k.clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "pop")?.clone();
    argcheck(vm, args, kw, "pop", 1, 2)?;
    let Some(k) = args.get(1) else {
        return vm.type_error("pop expected at least 1 argument, got 0");
    };
    match vm.dict_remove(&d, k)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => vm.key_error(k.clone()),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "popitem")?.clone();
    argcheck(vm, args, kw, "popitem", 0, 0)?;
    let e = data(&d).and_then(|dd| dd.borrow_mut().pop_last());
    match e {
        Some(e) => Ok(vm.new_tuple(alloc::vec![e.key, e.value])),
        None => Err(vm.new_exc_msg(&vm.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn dict_keys_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "keys")?.as_obj().unwrap().clone();
    argcheck(vm, args, kw, "keys", 0, 0)?;
    Ok(Value::Obj(Object::new(
        vm.types.dict_keys.clone(),
        Payload::DictView(d, 0),
        None,
    )))
}

fn dict_values_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "values")?.as_obj().unwrap().clone();
    argcheck(vm, args, kw, "values", 0, 0)?;
    Ok(Value::Obj(Object::new(
        vm.types.dict_values.clone(),
        Payload::DictView(d, 1),
        None,
    )))
}

fn dict_items_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "items")?.as_obj().unwrap().clone();
    argcheck(vm, args, kw, "items", 0, 0)?;
    Ok(Value::Obj(Object::new(
        vm.types.dict_items.clone(),
        Payload::DictView(d, 2),
        None,
    )))
}

fn dict_update_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "update")?.clone();
    if args.len() > 2 {
        return vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(src) = args.get(1) {
        vm.dict_update(&d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "clear")?;
    argcheck(vm, args, kw, "clear", 0, 0)?;
    let old = data(d).map(|dd| core::mem::take(&mut *dd.borrow_mut()));
    drop(old);
    Ok(Value::None)
}

fn dict_copy_m(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "copy")?;
    argcheck(vm, args, kw, "copy", 0, 0)?;
    Ok(dict_copy(vm, d))
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    // Bound as a classmethod: args[0] is the class.
    let cls = args[0].clone();
    argcheck(vm, args, kw, "fromkeys", 1, 2)?;
    let Some(keys) = args.get(1) else {
        return vm.type_error("fromkeys expected at least 1 argument, got 0");
    };
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[], &[])?;
    for k in vm.iterate(keys)? {
        vm.setitem(&d, k, v.clone())?;
    }
    Ok(d)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__getitem__")?.clone();
    dunder_args(vm, args, "__getitem__", 1, true)?;
    match vm.dict_get(&d, &args[1])? {
        Some(v) => Ok(v),
        None => {
            // Subclasses may define `__missing__`.
            if !crate::runtime::ops::is_builtin_value(&d) {
                let cls = vm.type_of(&d);
                if let Some(m) = vm.lookup_type(&cls, "__missing__") {
                    return vm.call(&m, &[d.clone(), args[1].clone()], &[]);
                }
            }
            vm.key_error(args[1].clone())
        }
    }
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__setitem__")?.clone();
    dunder_args(vm, args, "__setitem__", 2, false)?;
    vm.dict_set(&d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__delitem__")?.clone();
    dunder_args(vm, args, "__delitem__", 1, false)?;
    match vm.dict_remove(&d, &args[1])? {
        Some(_) => Ok(Value::None),
        None => vm.key_error(args[1].clone()),
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__contains__")?.clone();
    dunder_args(vm, args, "__contains__", 1, true)?;
    Ok(Value::Bool(vm.dict_get(&d, &args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__len__")?;
    dunder_args(vm, args, "__len__", 0, false)?;
    Ok(Value::Int(
        data(d).map(|dd| dd.borrow().len()).unwrap_or(0) as i64
    ))
}

fn dict_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_args(vm, args, "__iter__", 0, false)?;
    let d = this_dict(vm, args, "__iter__")?.as_obj().unwrap().clone();
    let len = match &d.payload {
        Payload::Dict(dd) => dd.borrow().len(),
        _ => 0,
    };
    Ok(vm.new_iter(IterState::Dict {
        dict: d,
        slot: 0,
        len,
        kind: 0,
    }))
}

fn dict_cmp(vm: &mut Vm, args: &[Value], name: &str, ne: bool) -> PyResult<Value> {
    this_dict(vm, args, name)?;
    if args.len() != 2 {
        return vm.type_error(format!("expected 1 argument, got {}", args.len() - 1));
    }
    if !matches!(args[1].payload(), Some(Payload::Dict(_))) {
        return Ok(Value::NotImplemented);
    }
    let e = dict_eq(vm, &args[0], &args[1])?;
    Ok(Value::Bool(e != ne))
}

fn dict_eq_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dict_cmp(vm, args, "__eq__", false)
}

fn dict_ne_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dict_cmp(vm, args, "__ne__", true)
}

fn dict_order_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    this_dict(vm, args, "__lt__")?;
    if args.len() != 2 {
        return vm.type_error(format!("expected 1 argument, got {}", args.len() - 1));
    }
    Ok(Value::NotImplemented)
}

fn dict_or_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    this_dict(vm, args, "__or__")?;
    if args.len() != 2 {
        return vm.type_error(format!("expected 1 argument, got {}", args.len() - 1));
    }
    if !matches!(args[1].payload(), Some(Payload::Dict(_))) {
        return Ok(Value::NotImplemented);
    }
    let r = dict_copy(vm, &args[0]);
    vm.dict_update(&r, &args[1])?;
    Ok(r)
}

fn dict_ror_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    this_dict(vm, args, "__ror__")?;
    if args.len() != 2 {
        return vm.type_error(format!("expected 1 argument, got {}", args.len() - 1));
    }
    if !matches!(args[1].payload(), Some(Payload::Dict(_))) {
        return Ok(Value::NotImplemented);
    }
    let r = dict_copy(vm, &args[1]);
    vm.dict_update(&r, &args[0])?;
    Ok(r)
}

fn dict_ior_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = this_dict(vm, args, "__ior__")?.clone();
    if args.len() != 2 {
        return vm.type_error(format!("expected 1 argument, got {}", args.len() - 1));
    }
    let src = &args[1];
    if !vm.is_mapping(src) && !vm.has_iter(src) {
        return vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)));
    }
    vm.dict_update(&d, src)?;
    Ok(d)
}

fn dict_repr_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    this_dict(vm, args, "__repr__")?;
    let s = vm.builtin_repr(&args[0])?;
    Ok(Value::str(&s))
}

fn dict_reversed_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    this_dict(vm, args, "__reversed__")?;
    Ok(reversed_dict_iter(vm, args[0].as_obj().unwrap(), 0))
}

/// A reversed iterator over a dict's keys/values/items (`kind` 0/1/2).
pub fn reversed_dict_iter(vm: &mut Vm, d: &Ref, kind: u8) -> Value {
    let (slot, len) = match &d.payload {
        Payload::Dict(dd) => {
            let dd = dd.borrow();
            (dd.slots(), dd.len())
        }
        _ => (0, 0),
    };
    vm.new_iter(IterState::Dict {
        dict: d.clone(),
        slot,
        len,
        kind: kind + 3,
    })
}

fn view_mapping_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Payload::DictView(d, _)) = args.first().and_then(|v| v.payload()) else {
        return vm.type_error("descriptor 'mapping' needs a dict view");
    };
    let d = Value::Obj(d.clone());
    let m = vm.import_module("types")?;
    let n = vm.intern("MappingProxyType");
    let mp = vm.getattr(&Value::Obj(m), &n)?;
    vm.call(&mp, &[d], &[])
}

fn view_reversed_m(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::DictView(d, kind)) if args.len() == 1 => {
            let (d, kind) = (d.clone(), *kind);
            Ok(reversed_dict_iter(vm, &d, kind))
        }
        Some(Payload::DictView(..)) => {
            vm.type_error(format!("expected 0 arguments, got {}", args.len() - 1))
        }
        _ => vm.type_error("descriptor '__reversed__' needs a dict view"),
    }
}

/// Install the dict methods.
pub fn init(vm: &mut Vm) {
    for (t, name) in [
        (vm.types.dict_keys.clone(), "dict_keys.__reversed__"),
        (vm.types.dict_values.clone(), "dict_values.__reversed__"),
        (vm.types.dict_items.clone(), "dict_items.__reversed__"),
    ] {
        crate::vm::types::add_methods(&vm.types, &t, &[(name, view_reversed_m)]);
        let g = vm.new_builtin("mapping", view_mapping_m);
        let p = vm.new_readonly_property(g);
        crate::vm::types::set_type_attr(&t, "mapping", p);
    }
    let t = vm.types.dict.clone();
    crate::vm::types::set_type_attr(&t, "__hash__", Value::None);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("dict.__init__", dict_init),
            ("dict.get", dict_get_m),
            ("dict.setdefault", dict_setdefault),
            ("dict.pop", dict_pop),
            ("dict.popitem", dict_popitem),
            ("dict.keys", dict_keys_m),
            ("dict.values", dict_values_m),
            ("dict.items", dict_items_m),
            ("dict.update", dict_update_m),
            ("dict.clear", dict_clear),
            ("dict.copy", dict_copy_m),
            ("dict.__getitem__", dict_getitem),
            ("dict.__setitem__", dict_setitem),
            ("dict.__delitem__", dict_delitem),
            ("dict.__contains__", dict_contains),
            ("dict.__len__", dict_len),
            ("dict.__iter__", dict_iter),
            ("dict.__eq__", dict_eq_m),
            ("dict.__ne__", dict_ne_m),
            ("dict.__lt__", dict_order_m),
            ("dict.__le__", dict_order_m),
            ("dict.__gt__", dict_order_m),
            ("dict.__ge__", dict_order_m),
            ("dict.__or__", dict_or_m),
            ("dict.__ror__", dict_ror_m),
            ("dict.__ior__", dict_ior_m),
            ("dict.__repr__", dict_repr_m),
            ("dict.__reversed__", dict_reversed_m),
        ],
    );
    let new = vm.new_builtin("dict.__new__", dict_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    let fk = vm.new_builtin("dict.fromkeys", dict_fromkeys);
    let cm = Value::Obj(Object::new(
        vm.types.classmethod.clone(),
        Payload::ClassMethod(fk),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "fromkeys", cm);
}
