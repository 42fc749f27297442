//! Attribute access: MRO lookup, descriptors, instance dicts, `__getattr__`,
//! method binding, `isinstance`/`issubclass`.

use crate::object::*;
use crate::str::PyStr;
use crate::types::dict::{dict_del_str, dict_get_str, dict_set_str};
use crate::value::{Ref, Value};
use crate::vm::call::is_plain_method;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

/// A direct-mapped cache of MRO lookups keyed by (class, interned name).
/// Entries hold strong references to their class and name, so an address is
/// never reused while cached; any change to a class namespace bumps the
/// version and so invalidates every entry.
struct TypeCache {
    version: u64,
    entries: alloc::vec::Vec<Option<(u64, Ref, Rc<PyStr>, Option<Value>)>>,
}

static TYPE_CACHE: crate::gc::GilCell<TypeCache> = crate::gc::GilCell::new(TypeCache {
    version: 1,
    entries: alloc::vec::Vec::new(),
});
const TYPE_CACHE_SIZE: usize = 1024;

/// `Vm::attr_hooks` bit: the class overrides `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// `Vm::attr_hooks` bit: the class overrides `__setattr__`.
pub const HOOK_SETATTR: u8 = 2;

/// Invalidate cached attribute lookups (a class namespace changed).
pub fn invalidate_type_cache() {
    let old = TYPE_CACHE.with(|c| {
        c.version += 1;
        core::mem::take(&mut c.entries)
    });
    drop(old);
}

impl Vm {
    /// `lookup_type` through the cache (for hot paths with interned names).
    pub fn lookup_type_name(&self, cls: &Ref, name: &Rc<PyStr>) -> Option<Value> {
        let slot = ((Rc::as_ptr(cls) as usize >> 4)
            ^ (Rc::as_ptr(name) as *const u8 as usize >> 3))
            % TYPE_CACHE_SIZE;
        let hit = TYPE_CACHE.with(|c| {
            if let Some(Some((v, k, n, val))) = c.entries.get(slot) {
                if *v == c.version && Rc::ptr_eq(k, cls) && Rc::ptr_eq(n, name) {
                    return Some(val.clone());
                }
            }
            None
        });
        if let Some(v) = hit {
            return v;
        }
        let r = self.lookup_type(cls, name.as_str());
        let old = TYPE_CACHE.with(|c| {
            if c.entries.is_empty() {
                c.entries.resize(TYPE_CACHE_SIZE, None);
            }
            let e = Some((c.version, cls.clone(), name.clone(), r.clone()));
            core::mem::replace(&mut c.entries[slot], e)
        });
        drop(old);
        r
    }

    /// Which attribute hooks class `cls` overrides (`HOOK_*` bits), cached
    /// on the type until any class namespace changes.
    pub fn attr_hooks(&mut self, cls: &Ref) -> u8 {
        let Some(td) = cls.type_data() else { return 0 };
        let version = TYPE_CACHE.with(|c| c.version);
        let (v, bits) = td.hooks.get();
        if v == version {
            return bits;
        }
        let mut bits = 0;
        let ga = self.n.getattribute.clone();
        if let Some(f) = self.lookup_type_name(cls, &ga) {
            if !crate::vm::call::is_builtin_fn(&f, "object.__getattribute__") {
                bits |= HOOK_GETATTRIBUTE;
            }
        }
        let sa = self.n.setattr.clone();
        if let Some(f) = self.lookup_type_name(cls, &sa) {
            if !crate::vm::call::is_builtin_fn(&f, "object.__setattr__") {
                bits |= HOOK_SETATTR;
            }
        }
        td.hooks.set((version, bits));
        bits
    }

    /// Find `name` along the MRO of class `cls`.
    pub fn lookup_type(&self, cls: &Ref, name: &str) -> Option<Value> {
        let td = cls.type_data()?;
        let mro = td.mro.borrow();
        for c in mro.iter() {
            if let Some(t) = c.type_data() {
                if let Some(v) = dict_get_str(&t.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// `issubclass(a, b)` for class objects (no `__subclasscheck__`).
    pub fn is_subclass(&self, a: &Ref, b: &Ref) -> bool {
        if Rc::ptr_eq(a, b) {
            return true;
        }
        match a.type_data() {
            Some(td) => td.mro.borrow().iter().any(|c| Rc::ptr_eq(c, b)),
            None => false,
        }
    }

    /// `isinstance(v, cls)` for a class object.
    pub fn isinstance(&self, v: &Value, cls: &Ref) -> bool {
        let t = self.type_of(v);
        self.is_subclass(&t, cls)
    }

    /// Bind a class attribute found for `obj` (descriptor `__get__`).
    pub fn bind(&mut self, attr: &Value, obj: &Value, cls: &Ref) -> PyResult<Value> {
        if let Value::Obj(o) = attr {
            match &o.payload {
                Payload::Function(_) => return Ok(self.new_bound_method(attr.clone(), obj.clone())),
                Payload::Builtin(b) if b.is_method => {
                    return Ok(self.new_bound_method(attr.clone(), obj.clone()))
                }
                Payload::ClassMethod(f) => {
                    return Ok(self.new_bound_method(f.clone(), Value::Obj(cls.clone())))
                }
                Payload::StaticMethod(f) => return Ok(f.clone()),
                Payload::Property { fget, .. } => {
                    if fget.is_none() {
                        return self.attribute_error("unreadable attribute");
                    }
                    let fget = fget.clone();
                    return self.call(&fget, &[obj.clone()], &[]);
                }
                _ => {
                    if !crate::runtime::ops::is_builtin_value(attr) {
                        let at = self.type_of(attr);
                        if let Some(get) = self.lookup_type(&at, "__get__") {
                            return self.call(
                                &get,
                                &[attr.clone(), obj.clone(), Value::Obj(cls.clone())],
                                &[],
                            );
                        }
                    }
                }
            }
        }
        Ok(attr.clone())
    }

    /// A bound method object.
    pub fn new_bound_method(&self, func: Value, this: Value) -> Value {
        Value::Obj(Object::new(
            self.types.method.clone(),
            Payload::BoundMethod { func, this },
            None,
        ))
    }

    fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Obj(o) => match &o.payload {
                Payload::Property { .. } => true,
                Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::ClassMethod(_)
                | Payload::StaticMethod(_) => false,
                _ => {
                    if crate::runtime::ops::is_builtin_value(attr) {
                        return false;
                    }
                    let at = self.type_of(attr);
                    self.lookup_type(&at, "__set__").is_some()
                        || self.lookup_type(&at, "__delete__").is_some()
                }
            },
            _ => false,
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error_for(obj, name.as_str())),
        }
    }

    /// The AttributeError CPython raises for a missing attribute.
    pub fn attr_error_for(&self, obj: &Value, name: &str) -> Value {
        let msg = match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Type(t) => format!(
                    "type object '{}' has no attribute '{}'",
                    t.name.borrow(),
                    name
                ),
                Payload::Module(d) => {
                    let mname = dict_get_str(d, "__name__")
                        .and_then(|v| v.as_pystr().map(|s| String::from(s.as_str())));
                    format!(
                        "module '{}' has no attribute '{}'",
                        mname.unwrap_or_default(),
                        name
                    )
                }
                _ => format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(obj),
                    name
                ),
            },
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let e = self.new_exc_msg(&self.exc.attribute_error, msg);
        if let Value::Obj(eo) = &e {
            if let Some(d) = &eo.dict {
                dict_set_str(d, &Value::str("name"), Value::str(name));
                dict_set_str(d, &Value::str("obj"), obj.clone());
            }
        }
        e
    }

    /// `getattr` returning None instead of raising AttributeError.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        // Classes: search the MRO of the class itself, then the metaclass.
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, &cls, name);
            }
        }
        let n = name.as_str();
        if let Some(Payload::Super { .. }) = obj.payload() {
            if n != "__class__" && n != "__thisclass__" && n != "__self__" {
                return crate::builtins::super_lookup(self, obj, name);
            }
        }
        if !crate::runtime::ops::is_builtin_value(obj)
            && self.attr_hooks(&cls) & HOOK_GETATTRIBUTE != 0
        {
            // The hook bit says the class overrides object.__getattribute__.
            let ga = self.n.getattribute.clone();
            if let Some(f) = self.lookup_type_name(&cls, &ga) {
                return match self.call(&f, &[obj.clone(), Value::Str(name.clone())], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, &self.exc.attribute_error.clone()) => {
                        self.call_getattr_hook(obj, &cls, name, Some(e))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        match self.getattr_no_hook(obj, &cls, name) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => self.call_getattr_hook(obj, &cls, name, None),
            Err(e) => {
                if self.exc_matches(&e, &self.exc.attribute_error.clone()) {
                    self.call_getattr_hook(obj, &cls, name, Some(e))
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `__getattr__` fallback after normal lookup failed (re-raising `err` if there is none).
    fn call_getattr_hook(
        &mut self,
        obj: &Value,
        cls: &Ref,
        name: &Rc<PyStr>,
        err: Option<Value>,
    ) -> PyResult<Option<Value>> {
        if name.as_str() != "__getattr__" {
            if let Some(ga) = self.lookup_type_name(cls, &self.n.getattr.clone()) {
                return self
                    .call(&ga, &[obj.clone(), Value::Str(name.clone())], &[])
                    .map(Some);
            }
        }
        match err {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }

    /// Instance attribute lookup without `__getattr__`.
    fn getattr_no_hook(
        &mut self,
        obj: &Value,
        cls: &Ref,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        let attr = self.lookup_type_name(cls, name);
        if let Some(a) = &attr {
            if self.is_data_descriptor(a) {
                return self.bind(a, obj, cls).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(d) = &o.dict {
                if let Some(v) = crate::types::dict::dict_get_name(d, name) {
                    return Ok(Some(v));
                }
            }
            if let Some(v) = self.special_attr(o, obj, n)? {
                return Ok(Some(v));
            }
        } else if let Some(v) = self.immediate_attr(obj, n)? {
            return Ok(Some(v));
        }
        if let Some(a) = attr {
            return self.bind(&a, obj, cls).map(Some);
        }
        Ok(None)
    }

    fn type_getattr(&mut self, o: &Ref, meta: &Ref, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        let td = o.type_data().unwrap();
        match n {
            "__name__" => {
                // Built-in types named "module.name" (CPython's tp_name, used
                // in error messages) expose only the last part as __name__.
                let full = td.name.borrow();
                let short = if td.builtin {
                    full.rsplit('.').next().unwrap_or(&full)
                } else {
                    &full
                };
                return Ok(Some(Value::str(short)));
            }
            "__qualname__" => return Ok(Some(Value::str(&td.qualname.borrow()))),
            "__mro__" => {
                let m = td
                    .mro
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect();
                return Ok(Some(self.new_tuple(m)));
            }
            "__bases__" => {
                let b = td
                    .bases
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect();
                return Ok(Some(self.new_tuple(b)));
            }
            "__base__" => {
                return Ok(Some(
                    td.bases
                        .borrow()
                        .first()
                        .map(|c| Value::Obj(c.clone()))
                        .unwrap_or(Value::None),
                ));
            }
            "__dict__" => {
                // A snapshot: class namespaces change only through setattr/delattr
                // (which keep the attribute cache coherent), like CPython's read-only mappingproxy.
                let copy = crate::types::dict::dict_copy(self, &Value::Obj(td.dict.clone()));
                return Ok(Some(copy));
            }
            "__class__" => return Ok(Some(Value::Obj(meta.clone()))),
            _ => {}
        }
        // Metaclass data descriptors first.
        let meta_attr = self.lookup_type(meta, n);
        if let Some(a) = &meta_attr {
            if self.is_data_descriptor(a) {
                return self.bind(a, &Value::Obj(o.clone()), meta).map(Some);
            }
        }
        let mro: Vec<Ref> = td.mro.borrow().clone();
        for c in mro.iter() {
            if let Some(t) = c.type_data() {
                if let Some(v) = dict_get_str(&t.dict, n) {
                    // Descriptors on a class: functions stay plain, classmethods bind to the class.
                    if let Value::Obj(vo) = &v {
                        match &vo.payload {
                            Payload::ClassMethod(f) => {
                                return Ok(Some(
                                    self.new_bound_method(f.clone(), Value::Obj(o.clone())),
                                ))
                            }
                            Payload::StaticMethod(f) => return Ok(Some(f.clone())),
                            Payload::Function(_)
                            | Payload::Builtin(_)
                            | Payload::Property { .. } => return Ok(Some(v)),
                            _ => {
                                if !crate::runtime::ops::is_builtin_value(&v) {
                                    let at = self.type_of(&v);
                                    if let Some(get) = self.lookup_type(&at, "__get__") {
                                        return self
                                            .call(
                                                &get,
                                                &[v.clone(), Value::None, Value::Obj(o.clone())],
                                                &[],
                                            )
                                            .map(Some);
                                    }
                                }
                            }
                        }
                    }
                    return Ok(Some(v));
                }
            }
        }
        // A name declared in `__slots__` reads as its member descriptor.
        for c in mro.iter() {
            let declared = c.type_data().is_some_and(|t| {
                t.slots
                    .borrow()
                    .as_ref()
                    .is_some_and(|sl| sl.iter().any(|x| x.as_str() == n))
            });
            if declared && n != "__dict__" && n != "__weakref__" {
                return Ok(Some(crate::types::member::new_member(self, c, name)));
            }
        }
        if n == "__doc__" {
            return Ok(Some(Value::None));
        }
        if n == "__module__" && td.builtin {
            return Ok(Some(Value::str("builtins")));
        }
        if let Some(a) = meta_attr {
            return self.bind(&a, &Value::Obj(o.clone()), meta).map(Some);
        }
        if !Rc::ptr_eq(meta, &self.types.type_) {
            if let Some(ga) = self.lookup_type(meta, "__getattr__") {
                return self
                    .call(&ga, &[Value::Obj(o.clone()), Value::Str(name.clone())], &[])
                    .map(Some);
            }
        }
        Ok(None)
    }

    /// Attributes computed from payloads (`__class__`, `__dict__`, function/exception fields...).
    fn special_attr(&mut self, o: &Ref, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        if n == "__class__" {
            return Ok(Some(Value::Obj(o.class.borrow().clone())));
        }
        if n == "__dict__" {
            if let Some(d) = &o.dict {
                // Instances of classes that all declare __slots__ (without
                // "__dict__") have no visible __dict__, as in CPython.
                let cls = o.class.borrow().clone();
                let slotted = cls.type_data().map(|t| !t.builtin).unwrap_or(false)
                    && !self.mro_has_dict_without_slots(&cls)
                    && !cls.type_data().unwrap().mro.borrow().iter().any(|c| {
                        c.type_data()
                            .and_then(|t| {
                                t.slots
                                    .borrow()
                                    .as_ref()
                                    .map(|s| s.iter().any(|x| x.as_str() == "__dict__"))
                            })
                            .unwrap_or(false)
                    });
                if slotted {
                    return Ok(None);
                }
                return Ok(Some(Value::Obj(d.clone())));
            }
            if let Payload::Module(d) = &o.payload {
                return Ok(Some(Value::Obj(d.clone())));
            }
        }
        if let Payload::Module(d) = &o.payload {
            if let Some(v) = dict_get_str(d, n) {
                return Ok(Some(v));
            }
            // PEP 562: a module-level `__getattr__` supplies missing names.
            if n.starts_with("__") && n.ends_with("__") {
                return Ok(None);
            }
            let Some(ga) = dict_get_str(d, "__getattr__") else {
                return Ok(None);
            };
            return match self.call(&ga, &[Value::str(n)], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.exc_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
                Err(e) => Err(e),
            };
        }
        Ok(match &o.payload {
            Payload::Function(_) | Payload::BoundMethod { .. } | Payload::Builtin(_)
                if n == "__call__" =>
            {
                Some(obj.clone())
            }
            Payload::Function(f) => match n {
                "__name__" => Some(f.name.borrow().clone()),
                "__qualname__" => Some(f.qualname.borrow().clone()),
                "__code__" => Some(Value::Obj(Object::new(
                    self.types.code.clone(),
                    Payload::Code(f.code.clone()),
                    None,
                ))),
                "__globals__" => Some(Value::Obj(f.globals.clone())),
                "__defaults__" => {
                    let d = f.defaults.borrow().clone();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        self.new_tuple(d)
                    })
                }
                "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
                "__closure__" => {
                    let c: Vec<Value> = f
                        .closure
                        .borrow()
                        .iter()
                        .map(|c| Value::Obj(c.clone()))
                        .collect();
                    Some(if c.is_empty() {
                        Value::None
                    } else {
                        self.new_tuple(c)
                    })
                }
                _ => None,
            },
            Payload::Builtin(b) => match n {
                "__name__" => Some(Value::str(b.name.rsplit('.').next().unwrap_or(b.name))),
                "__qualname__" => Some(Value::str(b.name)),
                "__self__" => Some(b.bound.clone().unwrap_or(Value::None)),
                "__doc__" => Some(Value::None),
                _ => None,
            },
            Payload::BoundMethod { func, this } => match n {
                "__self__" => Some(this.clone()),
                "__func__" => Some(func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    let func = func.clone();
                    let name = self.intern(n);
                    self.getattr_opt(&func, &name)?
                }
                // Attributes set on the function (`f.attr = ...`) read
                // through the bound method, as in CPython.
                _ => match func {
                    Value::Obj(f) => f.dict.as_ref().and_then(|d| dict_get_str(d, n)),
                    _ => None,
                },
            },
            Payload::Exception(e) => match n {
                "args" => e
                    .borrow()
                    .args
                    .clone()
                    .or_else(|| Some(self.new_tuple(Vec::new()))),
                "__cause__" => Some(e.borrow().cause.clone().unwrap_or(Value::None)),
                "__context__" => Some(e.borrow().context.clone().unwrap_or(Value::None)),
                "__suppress_context__" => Some(Value::Bool(e.borrow().suppress_context)),
                "__traceback__" => Some(self.traceback_value(obj)),
                "value" if self.isinstance(obj, &self.exc.stop_iteration.clone()) => {
                    Some(crate::types::exception::stop_iteration_value(self, obj))
                }
                "code" if self.isinstance(obj, &self.exc.system_exit.clone()) => {
                    Some(crate::types::exception::system_exit_code(self, obj))
                }
                "msg" if self.isinstance(obj, &self.exc.import_error.clone()) => {
                    let args = crate::vm::interp::tuple_items(
                        &e.borrow().args.clone().unwrap_or(Value::None),
                    );
                    Some(if args.len() == 1 {
                        args[0].clone()
                    } else {
                        Value::None
                    })
                }
                "name" | "path" if self.isinstance(obj, &self.exc.import_error.clone()) => {
                    // Set by `ImportError(name=..., path=...)` or the import
                    // machinery; None otherwise.
                    let v = match obj {
                        Value::Obj(o) => o.dict.as_ref().and_then(|d| dict_get_str(d, n)),
                        _ => None,
                    };
                    Some(v.unwrap_or(Value::None))
                }
                "filename2" if self.isinstance(obj, &self.exc.os_error.clone()) => {
                    Some(Value::None)
                }
                "errno" | "strerror" | "filename"
                    if self.isinstance(obj, &self.exc.os_error.clone()) =>
                {
                    let args = crate::vm::interp::tuple_items(
                        &e.borrow().args.clone().unwrap_or(Value::None),
                    );
                    let i = match n {
                        "errno" => 0,
                        "strerror" => 1,
                        _ => 2,
                    };
                    Some(if (2..=5).contains(&args.len()) {
                        args.get(i).cloned().unwrap_or(Value::None)
                    } else {
                        Value::None
                    })
                }
                _ => None,
            },
            Payload::Generator(g) => match n {
                "__name__" => Some(g.borrow().name.clone()),
                "__qualname__" => Some(g.borrow().qualname.clone()),
                "gi_running" | "cr_running" => Some(Value::Bool(g.borrow().running)),
                "ag_running" => Some(Value::Bool(g.borrow().running_async)),
                "gi_yieldfrom" | "cr_await" | "ag_await" => {
                    let gd = g.borrow();
                    let sub = gd
                        .frame
                        .as_ref()
                        .and_then(|f| match f.code.code.code.get(f.pc) {
                            Some(mprt_compiler::bytecode::Op::YieldFrom) => f.stack.last().cloned(),
                            _ => None,
                        });
                    Some(sub.unwrap_or(Value::None))
                }
                "gi_frame" | "cr_frame" | "ag_frame" => Some(if g.borrow().finished {
                    Value::None
                } else {
                    Value::Bool(true)
                }),
                _ => None,
            },
            Payload::Property {
                fget,
                fset,
                fdel,
                doc,
                ..
            } => match n {
                "fget" => Some(fget.clone()),
                "fset" => Some(fset.clone()),
                "fdel" => Some(fdel.clone()),
                "__doc__" => Some(doc.clone()),
                _ => None,
            },
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => match n {
                "__func__" => Some(f.clone()),
                "__wrapped__" => Some(f.clone()),
                _ => None,
            },
            Payload::Complex(r, i) => match n {
                "real" => Some(Value::Float(*r)),
                "imag" => Some(Value::Float(*i)),
                _ => None,
            },
            Payload::Range { start, stop, step } => match n {
                "start" => Some(Value::Int(*start)),
                "stop" => Some(Value::Int(*stop)),
                "step" => Some(Value::Int(*step)),
                _ => None,
            },
            Payload::Slice(a, b, c) => match n {
                "start" => Some(a.clone()),
                "stop" => Some(b.clone()),
                "step" => Some(c.clone()),
                _ => None,
            },
            Payload::Cell(c) if n == "cell_contents" => match c.borrow().clone() {
                Some(v) => Some(v),
                None => return self.value_error("Cell is empty"),
            },
            Payload::Code(c) => match n {
                "co_name" => Some(Value::str(&c.code.name)),
                "co_filename" => Some(Value::str(&c.code.filename)),
                "co_firstlineno" => Some(Value::Int(c.code.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.code.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.code.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.code.kwonlyargcount as i64)),
                "co_qualname" => Some(Value::str(&c.code.qualname)),
                "co_varnames" | "co_cellvars" | "co_freevars" | "co_names" => {
                    let src = match n {
                        "co_varnames" => &c.code.varnames,
                        "co_cellvars" => &c.code.cellvars,
                        "co_freevars" => &c.code.freevars,
                        _ => &c.code.names,
                    };
                    let v = src.iter().map(|s| Value::str(s)).collect();
                    Some(self.new_tuple(v))
                }
                _ => None,
            },
            Payload::BigInt(_) => match n {
                "real" | "numerator" => Some(crate::types::int::int_of_value(self, obj)),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            },
            Payload::Float(f) => match n {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            },
            _ => None,
        })
    }

    fn immediate_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, n) {
            (_, "__class__") => Some(Value::Obj(self.type_of(obj))),
            (Value::Int(i), "real" | "numerator") => Some(Value::Int(*i)),
            (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        })
    }

    /// `LoadMethod`: `(function, Some(self))` when no bound method is needed.
    /// `object.__getattribute__(obj, name)`: normal lookup ignoring overrides.
    pub fn generic_getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        let cls = self.type_of(obj);
        match self.getattr_no_hook(obj, &cls, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error_for(obj, name.as_str())),
        }
    }

    pub fn lookup_method(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<(Value, Option<Value>)> {
        let cls = self.type_of(obj);
        // Types and `super` objects resolve attributes themselves.
        let is_type = matches!(
            obj.payload(),
            Some(Payload::Type(_) | Payload::Super { .. })
        );
        let custom_ga = !crate::runtime::ops::is_builtin_value(obj)
            && self.attr_hooks(&cls) & HOOK_GETATTRIBUTE != 0;
        if !is_type && !custom_ga {
            if let Some(m) = self.lookup_type_name(&cls, name) {
                if is_plain_method(&m) {
                    let shadowed = match obj {
                        Value::Obj(o) => match &o.dict {
                            Some(d) => dict_get_str(d, name.as_str()).is_some(),
                            None => matches!(o.payload, Payload::Module(_)),
                        },
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((m, Some(obj.clone())));
                    }
                }
            }
        }
        let v = self.getattr(obj, name)?;
        Ok((v, None))
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        let cls = self.type_of(obj);
        let n = name.as_str();
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if td.builtin {
                    return self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        n,
                        td.name.borrow()
                    ));
                }
                // Metaclass data descriptors.
                if let Some(a) = self.lookup_type(&cls, n) {
                    if let Some(r) = self.try_descriptor_set(&a, obj, Some(value.clone()))? {
                        return Ok(r);
                    }
                }
                match n {
                    "__name__" => {
                        if let Some(s) = value.as_pystr() {
                            *td.name.borrow_mut() = String::from(s.as_str());
                            return Ok(());
                        }
                    }
                    "__qualname__" => {
                        if let Some(s) = value.as_pystr() {
                            *td.qualname.borrow_mut() = String::from(s.as_str());
                            return Ok(());
                        }
                    }
                    _ => {}
                }
                dict_set_str(&td.dict, &Value::Str(name.clone()), value);
                invalidate_type_cache();
                return Ok(());
            }
            // Native objects (e.g. uctypes.struct) may define __setattr__ too.
            if !crate::runtime::ops::is_builtin_value(obj)
                || matches!(obj.payload(), Some(Payload::Native(_)))
            {
                let sname = self.n.setattr.clone();
                // The hook bit says the class overrides object.__setattr__.
                if self.attr_hooks(&cls) & HOOK_SETATTR != 0 {
                    if let Some(sa) = self.lookup_type_name(&cls, &sname) {
                        self.call(&sa, &[obj.clone(), Value::Str(name.clone()), value], &[])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, name, Some(value))
    }

    fn try_descriptor_set(
        &mut self,
        a: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<Option<()>> {
        if let Value::Obj(ao) = a {
            if let Payload::Property { fset, fdel, .. } = &ao.payload {
                let f = if value.is_some() { fset } else { fdel };
                if f.is_none() {
                    let pname = self.property_name(ao);
                    let verb = if value.is_some() { "setter" } else { "deleter" };
                    return self.attribute_error(format!(
                        "property {}of '{}' object has no {}",
                        pname.map(|p| format!("'{}' ", p)).unwrap_or_default(),
                        self.type_name(obj),
                        verb
                    ));
                }
                let f = f.clone();
                let mut args = vec![obj.clone()];
                if let Some(v) = value {
                    args.push(v);
                }
                self.call(&f, &args, &[])?;
                return Ok(Some(()));
            }
            if !crate::runtime::ops::is_builtin_value(a) {
                let at = self.type_of(a);
                let dname = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if let Some(set) = self.lookup_type(&at, dname) {
                    let mut args = vec![a.clone(), obj.clone()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    self.call(&set, &args, &[])?;
                    return Ok(Some(()));
                }
            }
        }
        Ok(None)
    }

    fn property_name(&mut self, p: &Ref) -> Option<String> {
        if let Payload::Property { name, .. } = &p.payload {
            return name.borrow().as_ref().map(|s| String::from(s.as_str()));
        }
        None
    }

    /// `object.__setattr__` / `object.__delattr__` semantics (value None = delete).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let cls = self.type_of(obj);
        let n = name.as_str();
        if let Some(a) = self.lookup_type_name(&cls, name) {
            if let Some(r) = self.try_descriptor_set(&a, obj, value.clone())? {
                return Ok(r);
            }
        }
        if let Value::Obj(o) = obj {
            if let Payload::Exception(e) = &o.payload {
                match (n, &value) {
                    ("__cause__" | "__context__", Some(v))
                        if !v.is_none() && !matches!(v.payload(), Some(Payload::Exception(_))) =>
                    {
                        return self.type_error(format!(
                            "exception {} must be None or derive from BaseException",
                            if n == "__cause__" { "cause" } else { "context" }
                        ));
                    }
                    ("__cause__", Some(v)) => {
                        let mut e = e.borrow_mut();
                        e.cause = if v.is_none() { None } else { Some(v.clone()) };
                        e.suppress_context = true;
                        return Ok(());
                    }
                    ("__context__", Some(v)) => {
                        e.borrow_mut().context = if v.is_none() { None } else { Some(v.clone()) };
                        return Ok(());
                    }
                    ("__suppress_context__", Some(v)) => {
                        e.borrow_mut().suppress_context = matches!(v, Value::Bool(true));
                        return Ok(());
                    }
                    ("__traceback__", Some(v)) => {
                        let v = v.clone();
                        return self.set_traceback(obj, &v);
                    }
                    ("args", Some(v)) => {
                        let items = self.iterate(v)?;
                        e.borrow_mut().args = Some(self.new_tuple(items));
                        return Ok(());
                    }
                    _ => {}
                }
            }
            if let Payload::Function(f) = &o.payload {
                match n {
                    "__defaults__" => {
                        let items = match &value {
                            Some(v) if !v.is_none() => {
                                if !self.isinstance(v, &self.types.tuple.clone()) {
                                    return self
                                        .type_error("__defaults__ must be set to a tuple object");
                                }
                                crate::vm::interp::tuple_items(v)
                            }
                            _ => Vec::new(),
                        };
                        *f.defaults.borrow_mut() = items;
                        return Ok(());
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = value.clone().unwrap_or(Value::None);
                        return Ok(());
                    }
                    _ => {}
                }
            }
            if let Some(d) = &o.dict {
                let mut slotted = false;
                if cls.type_data().map(|t| t.slots.borrow().is_some()) == Some(true) {
                    // Names declared in __slots__ anywhere in the MRO.
                    let mro = cls.type_data().unwrap().mro.borrow().clone();
                    let mut allowed = false;
                    for c in &mro {
                        if let Some(sl) = c.type_data().and_then(|t| t.slots.borrow().clone()) {
                            if sl.iter().any(|s| s.as_str() == n) {
                                allowed = true;
                                slotted = true;
                            }
                            if sl.iter().any(|s| s.as_str() == "__dict__") {
                                allowed = true;
                            }
                        }
                    }
                    if !allowed && !self.mro_has_dict_without_slots(&cls) {
                        return self.attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            self.type_name(obj),
                            n
                        ));
                    }
                }
                match value {
                    Some(v) => {
                        if n == "__class__" {
                            if let Value::Obj(c) = &v {
                                if let Some(td) = c.type_data() {
                                    if td.builtin {
                                        return self.type_error(
                                            "__class__ assignment only supported for mutable types or ModuleType subclasses",
                                        );
                                    }
                                    *o.class.borrow_mut() = c.clone();
                                    return Ok(());
                                }
                            }
                            return self.type_error(format!(
                                "__class__ must be set to a class, not '{}' object",
                                self.type_name(&v)
                            ));
                        }
                        if n == "__dict__" && !slotted {
                            // The instance dict object itself cannot be swapped:
                            // replace its contents instead.
                            let Some(Payload::Dict(src)) = v.payload() else {
                                return self.type_error(format!(
                                    "__dict__ must be set to a dictionary, not a '{}'",
                                    self.type_name(&v)
                                ));
                            };
                            let copy = src.borrow().clone();
                            if let Payload::Dict(dst) = &d.payload {
                                let old = core::mem::replace(&mut *dst.borrow_mut(), copy);
                                drop(old);
                            }
                            return Ok(());
                        }
                        dict_set_str(d, &Value::Str(name.clone()), v)
                    }
                    None => {
                        if dict_del_str(d, n).is_none() {
                            if slotted {
                                // An empty slot: CPython's member descriptor message.
                                return self.attribute_error(String::from(n));
                            }
                            return Err(self.attr_error_for(obj, n));
                        }
                    }
                }
                return Ok(());
            }
            if let Payload::Module(d) = &o.payload {
                match value {
                    Some(v) => dict_set_str(d, &Value::Str(name.clone()), v),
                    None => {
                        if dict_del_str(d, n).is_none() {
                            return Err(self.attr_error_for(obj, n));
                        }
                    }
                }
                return Ok(());
            }
            if let Payload::Function(f) = &o.payload {
                match (n, &value) {
                    ("__name__", Some(v)) => *f.name.borrow_mut() = v.clone(),
                    ("__qualname__", Some(v)) => *f.qualname.borrow_mut() = v.clone(),
                    ("__defaults__", Some(v)) => {
                        *f.defaults.borrow_mut() = crate::vm::interp::tuple_items(v)
                    }
                    ("__kwdefaults__", Some(v)) => *f.kwdefaults.borrow_mut() = v.clone(),
                    _ => {
                        return self
                            .attribute_error(format!("'function' object has no attribute '{}'", n))
                    }
                }
                return Ok(());
            }
        }
        if n == "__class__" {
            return self.type_error(if value.is_none() {
                "can't delete __class__ attribute"
            } else {
                "__class__ assignment only supported for mutable types or ModuleType subclasses"
            });
        }
        if self.lookup_type(&cls, n).is_some() {
            return self.attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                n
            ));
        }
        // Data attributes of built-in values (int.real, float.imag, ...).
        if matches!(
            obj.payload(),
            Some(Payload::Range { .. } | Payload::Slice(..) | Payload::Complex(..))
        ) && self.getattr_opt(obj, name)?.is_some()
        {
            return self.attribute_error("readonly attribute");
        }
        if crate::runtime::ops::is_builtin_value(obj) && self.getattr_opt(obj, name)?.is_some() {
            return self.attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                n,
                self.type_name(obj)
            ));
        }
        self.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            n
        ))
    }

    fn mro_has_dict_without_slots(&self, cls: &Ref) -> bool {
        let Some(td) = cls.type_data() else {
            return true;
        };
        td.mro.borrow().iter().any(|c| {
            c.type_data()
                .map(|t| !t.builtin && t.slots.borrow().is_none())
                .unwrap_or(false)
        })
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        let cls = self.type_of(obj);
        if let Value::Obj(o) = obj {
            if let Payload::Type(td) = &o.payload {
                if td.builtin {
                    return self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        td.name.borrow()
                    ));
                }
                if dict_del_str(&td.dict, name.as_str()).is_none() {
                    return Err(self.attr_error_for(obj, name.as_str()));
                }
                invalidate_type_cache();
                return Ok(());
            }
            // Native objects (e.g. uctypes.struct) may define __delattr__ too.
            if !crate::runtime::ops::is_builtin_value(obj)
                || matches!(obj.payload(), Some(Payload::Native(_)))
            {
                if let Some(da) = self.lookup_type(&cls, "__delattr__") {
                    if !crate::vm::call::is_builtin_fn(&da, "object.__delattr__") {
                        self.call(&da, &[obj.clone(), Value::Str(name.clone())], &[])?;
                        return Ok(());
                    }
                }
            }
        }
        self.generic_setattr(obj, name, None)
    }

    /// Create a bare instance of `cls` (`object.__new__(cls)`).
    pub fn object_new_instance(&mut self, cls: &Ref) -> PyResult<Value> {
        let td = match cls.type_data() {
            Some(t) => t,
            None => return self.type_error("object.__new__(X): X is not a type object"),
        };
        if let Some(abs) = crate::types::dict::dict_get_name(&td.dict, &self.n.abstractmethods) {
            let names = self.iterate(&abs)?;
            if !names.is_empty() {
                let mut ns: Vec<String> = Vec::new();
                for n in &names {
                    ns.push(String::from(self.to_str(n)?.as_str()));
                }
                ns.sort();
                let list: Vec<String> = ns.iter().map(|s| s.clone()).collect();
                return self.type_error(format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    td.name.borrow(),
                    if ns.len() == 1 { "" } else { "s" },
                    list.join(", ")
                ));
            }
        }
        let dict = self.instance_dict_for(cls);
        let payload = match td.base_kind.get() {
            BaseKind::Object => Payload::Instance,
            BaseKind::Exception => Payload::Exception(core::cell::RefCell::new(ExcData::default())),
            BaseKind::List => Payload::List(core::cell::RefCell::new(Vec::new())),
            BaseKind::Dict => Payload::Dict(core::cell::RefCell::new(crate::dict::DictData::new())),
            BaseKind::Set => {
                Payload::Set(core::cell::RefCell::new(crate::dict::DictData::new_set()))
            }
            BaseKind::ByteArray => Payload::ByteArray(core::cell::RefCell::new(Vec::new())),
            _ => {
                return self.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    td.name.borrow(),
                    td.name.borrow()
                ))
            }
        };
        Ok(Value::Obj(Object::new(cls.clone(), payload, dict)))
    }
}
