//! `repr()` and `str()` of every built-in type, with CPython's formats.

use super::num::{as_int, IntVal};
use crate::object::*;
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

/// Quote and escape a str as `repr` does.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c)
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for a single character (CPython 3.11 / Unicode 14 tables).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    fn find<T: Copy + Into<u32>>(t: &[(T, T)], n: u32) -> bool {
        t.binary_search_by(|&(a, b)| {
            if b.into() < n {
                core::cmp::Ordering::Less
            } else if a.into() > n {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        })
        .is_ok()
    }
    use crate::types::unicode_tables::{NON_PRINTABLE_ASTRAL, NON_PRINTABLE_BMP};
    if n < 0x10000 {
        !find(NON_PRINTABLE_BMP, n)
    } else {
        !find(NON_PRINTABLE_ASTRAL, n)
    }
}

/// repr of bytes content.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char)
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote as char);
    out
}

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => return Ok(Rc::new(PyStr::from_string(str_repr(s.as_str())))),
            Value::Int(i) => return Ok(Rc::new(PyStr::from_string(i.to_string()))),
            Value::Obj(_) if !crate::runtime::ops::builtin_dispatch(v) => {
                let cls = self.type_of(v);
                if let Some(m) = self.lookup_type(&cls, "__repr__") {
                    if !crate::vm::call::is_builtin_fn(&m, "object.__repr__") {
                        let r = self.call(&m, &[v.clone()], &[])?;
                        return match r.as_pystr() {
                            Some(s) => Ok(s.clone()),
                            None => self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&r)
                            )),
                        };
                    }
                }
            }
            _ => {}
        }
        let s = self.builtin_repr(v)?;
        Ok(Rc::new(PyStr::from_string(s)))
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<Rc<PyStr>> {
        match v {
            Value::Str(s) => return Ok(s.clone()),
            Value::Obj(o) => {
                if !crate::runtime::ops::is_builtin_value(v) {
                    let cls = self.type_of(v);
                    if let Some(m) = self.lookup_type(&cls, "__str__") {
                        if !crate::vm::call::is_builtin_fn(&m, "object.__str__") {
                            let r = self.call(&m, &[v.clone()], &[])?;
                            return match r.as_pystr() {
                                Some(s) => Ok(s.clone()),
                                None => self.type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(&r)
                                )),
                            };
                        }
                    }
                }
                match &o.payload {
                    Payload::Str(s) => return Ok(s.clone()),
                    Payload::Exception(_) => {
                        let r = crate::types::exception::exception_str(self, v)?;
                        return Ok(r
                            .as_pystr()
                            .cloned()
                            .unwrap_or_else(|| Rc::new(PyStr::new(""))));
                    }
                    _ => {}
                }
                // object.__str__ calls __repr__; a bad result is reported as __str__'s.
                if !crate::runtime::ops::builtin_dispatch(v) {
                    let cls = self.type_of(v);
                    if let Some(m) = self.lookup_type(&cls, "__repr__") {
                        if !crate::vm::call::is_builtin_fn(&m, "object.__repr__") {
                            let r = self.call(&m, &[v.clone()], &[])?;
                            return match r.as_pystr() {
                                Some(s) => Ok(s.clone()),
                                None => self.type_error(format!(
                                    "__str__ returned non-string (type {})",
                                    self.type_name(&r)
                                )),
                            };
                        }
                    }
                }
            }
            _ => {}
        }
        self.repr(v)
    }

    fn repr_enter(&mut self, v: &Value) -> bool {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return false;
        }
        self.repr_stack.push(id);
        true
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    fn repr_items(&mut self, items: &[Value]) -> PyResult<String> {
        let mut s = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(self.repr(it)?.as_str());
        }
        Ok(s)
    }

    /// The module-qualified class name used in default reprs.
    pub fn class_qualname(&mut self, cls: &crate::value::Ref) -> String {
        let td = cls.type_data().unwrap();
        let q = td.qualname.borrow().clone();
        if td.builtin {
            return q;
        }
        let m = crate::types::dict::dict_get_str(&td.dict, "__module__");
        match m.as_ref().and_then(|m| m.as_pystr()) {
            Some(m) if m.as_str() != "builtins" => format!("{}.{}", m.as_str(), q),
            _ => q,
        }
    }

    /// repr ignoring user `__repr__` (what `object.__repr__` and built-ins give).
    pub fn builtin_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => mprt_format::float_repr(*f),
            Value::Str(s) => str_repr(s.as_str()),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => b.to_string(),
                Payload::Float(f) => mprt_format::float_repr(*f),
                Payload::Complex(r, i) => mprt_format::complex_repr(*r, *i),
                Payload::Str(s) => str_repr(s.as_str()),
                Payload::Bytes(b) => bytes_repr(b),
                Payload::ByteArray(b) => {
                    crate::types::bytes::bytearray_repr("bytearray", &b.borrow())
                }
                Payload::List(items) => {
                    if !self.repr_enter(v) {
                        return Ok("[...]".into());
                    }
                    let items = items.borrow().clone();
                    let r = self.repr_items(&items);
                    self.repr_leave();
                    format!("[{}]", r?)
                }
                Payload::Tuple(items) => {
                    if !self.repr_enter(v) {
                        return Ok("(...)".into());
                    }
                    let r = self.repr_items(items);
                    self.repr_leave();
                    let r = r?;
                    if items.len() == 1 {
                        format!("({},)", r)
                    } else {
                        format!("({})", r)
                    }
                }
                Payload::Dict(d) => {
                    if !self.repr_enter(v) {
                        return Ok("{...}".into());
                    }
                    let entries: Vec<(Value, Value)> = d
                        .borrow()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    let mut s = String::from("{");
                    let mut res = Ok(());
                    for (i, (k, val)) in entries.iter().enumerate() {
                        if i > 0 {
                            s.push_str(", ");
                        }
                        match (self.repr(k), self.repr(val)) {
                            (Ok(k), Ok(val)) => {
                                s.push_str(k.as_str());
                                s.push_str(": ");
                                s.push_str(val.as_str());
                            }
                            (Err(e), _) | (_, Err(e)) => {
                                res = Err(e);
                                break;
                            }
                        }
                    }
                    self.repr_leave();
                    res?;
                    s.push('}');
                    s
                }
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    let is_frozen = matches!(o.payload, Payload::FrozenSet(_));
                    let keys = crate::types::set::set_items(v);
                    let name = crate::vm::types::type_name(&self.type_of(v));
                    if keys.is_empty() {
                        return Ok(format!("{}()", name));
                    }
                    if !self.repr_enter(v) {
                        return Ok(format!("{}(...)", name));
                    }
                    let r = self.repr_items(&keys);
                    self.repr_leave();
                    let r = r?;
                    if is_frozen || name != "set" {
                        format!("{}({{{}}})", name, r)
                    } else {
                        format!("{{{}}}", r)
                    }
                }
                Payload::Range { start, stop, step } => {
                    if *step == 1 {
                        format!("range({}, {})", start, stop)
                    } else {
                        format!("range({}, {}, {})", start, stop, step)
                    }
                }
                Payload::Slice(a, b, c) => {
                    let (a, b, c) = (a.clone(), b.clone(), c.clone());
                    format!(
                        "slice({}, {}, {})",
                        self.repr(&a)?.as_str(),
                        self.repr(&b)?.as_str(),
                        self.repr(&c)?.as_str()
                    )
                }
                Payload::Type(_) => format!("<class '{}'>", self.class_qualname(o)),
                Payload::Function(f) => {
                    let q = f.qualname.borrow().clone();
                    format!(
                        "<function {} at 0x{:x}>",
                        q.as_pystr().map(|s| s.as_str()).unwrap_or("?"),
                        v.id()
                    )
                }
                Payload::Builtin(b) => {
                    if b.is_method {
                        let mut parts = b.name.splitn(2, '.');
                        let first = parts.next().unwrap_or("");
                        match parts.next() {
                            Some(m) => format!("<method '{}' of '{}' objects>", m, first),
                            None => format!("<method '{}' objects>", first),
                        }
                    } else {
                        format!(
                            "<built-in function {}>",
                            b.name.rsplit('.').next().unwrap_or(b.name)
                        )
                    }
                }
                Payload::BoundMethod { func, this } => {
                    let (func, this) = (func.clone(), this.clone());
                    let fname = match func.payload() {
                        Some(Payload::Function(f)) => f
                            .qualname
                            .borrow()
                            .as_pystr()
                            .map(|s| String::from(s.as_str()))
                            .unwrap_or_default(),
                        Some(Payload::Builtin(b)) => {
                            let tn = self.type_name(&this);
                            return Ok(format!(
                                "<built-in method {} of {} object at 0x{:x}>",
                                b.name.rsplit('.').next().unwrap_or(b.name),
                                tn,
                                this.id()
                            ));
                        }
                        _ => String::from("?"),
                    };
                    let r = self.repr(&this)?;
                    format!("<bound method {} of {}>", fname, r.as_str())
                }
                Payload::Module(d) => {
                    let name = crate::types::dict::dict_get_str(d, "__name__");
                    let name = name
                        .as_ref()
                        .and_then(|n| n.as_pystr())
                        .map(|s| String::from(s.as_str()))
                        .unwrap_or_default();
                    match crate::types::dict::dict_get_str(d, "__file__")
                        .as_ref()
                        .and_then(|f| f.as_pystr())
                    {
                        Some(f) => format!("<module '{}' from '{}'>", name, f.as_str()),
                        None => format!("<module '{}'>", name),
                    }
                }
                Payload::Exception(_) => crate::types::exception::exception_repr(self, v)?,
                Payload::Generator(g) => {
                    let g = g.borrow();
                    let kind = match g.kind {
                        GenKind::Generator => "generator",
                        GenKind::Coroutine => "coroutine",
                        GenKind::AsyncGenerator => "async_generator",
                    };
                    format!(
                        "<{} object {} at 0x{:x}>",
                        kind,
                        g.qualname.as_pystr().map(|s| s.as_str()).unwrap_or("?"),
                        v.id()
                    )
                }
                Payload::DictView(d, kind) => {
                    let dv = Value::Obj(d.clone());
                    let (name, items) = match kind {
                        0 => ("dict_keys", crate::types::dict::dict_keys(&dv)),
                        1 => ("dict_values", crate::types::dict::dict_values(&dv)),
                        _ => {
                            let pairs = crate::types::dict::dict_items(&dv);
                            (
                                "dict_items",
                                pairs
                                    .into_iter()
                                    .map(|(k, v)| self.new_tuple(alloc::vec![k, v]))
                                    .collect(),
                            )
                        }
                    };
                    let r = self.repr_items(&items)?;
                    format!("{}([{}])", name, r)
                }
                Payload::Super { typ, obj } => {
                    let t = typ
                        .type_data()
                        .map(|d| d.name.borrow().clone())
                        .unwrap_or_default();
                    if matches!(obj, Value::None) {
                        format!("<super: <class '{}'>, NULL>", t)
                    } else {
                        let o = self.type_name(obj);
                        format!("<super: <class '{}'>, <{} object>>", t, o)
                    }
                }
                Payload::Cell(c) => match &*c.borrow() {
                    Some(x) => format!(
                        "<cell at 0x{:x}: {} object at 0x{:x}>",
                        v.id(),
                        self.type_name(x),
                        x.id()
                    ),
                    None => format!("<cell at 0x{:x}: empty>", v.id()),
                },
                Payload::Code(c) => format!(
                    "<code object {} at 0x{:x}, file \"{}\", line {}>",
                    c.code.name,
                    v.id(),
                    c.code.filename,
                    c.code.first_line
                ),
                _ => {
                    let cls = self.type_of(v);
                    let name = self.class_qualname(&cls);
                    format!("<{} object at 0x{:x}>", name, v.id())
                }
            },
        })
    }

    /// `int` value as text in base 10 (for `str(int)`).
    pub fn int_str(v: &Value) -> Option<String> {
        match as_int(v)? {
            IntVal::Small(i) => Some(i.to_string()),
            IntVal::Big(b) => Some(b.to_string()),
        }
    }
}
