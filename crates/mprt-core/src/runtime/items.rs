//! Container protocols: subscripting, `len`, `in`, iteration and unpacking.

use super::num::{as_int, IntVal};
use crate::object::*;
use crate::types::seq::{normalize_index, slice_indices};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_traits::Signed;

impl Vm {
    /// An index value (`__index__`) as i64 for sequence subscripts.
    pub fn index_value(&mut self, k: &Value, what: &str) -> PyResult<Option<i64>> {
        match as_int(k) {
            Some(IntVal::Small(i)) => Ok(Some(i)),
            Some(IntVal::Big(b)) => {
                let _ = b.is_negative();
                Err(self.new_exc_msg(
                    &self.exc.index_error,
                    format!("cannot fit 'int' into an index-sized integer"),
                ))
                .or_else(|e: Value| if what.is_empty() { Err(e) } else { Err(e) })
            }
            None => {
                if !crate::runtime::ops::is_builtin_value(k) {
                    let cls = self.type_of(k);
                    if let Some(m) = self.lookup_type(&cls, "__index__") {
                        let r = self.call(&m, &[k.clone()], &[])?;
                        if as_int(&r).is_none() {
                            return self.type_error(format!(
                                "__index__ returned non-int (type {})",
                                self.type_name(&r)
                            ));
                        }
                        return self.index_value(&r, what);
                    }
                }
                Ok(None)
            }
        }
    }

    /// Like [`Vm::index_value`], but big ints saturate to `i64::MIN`/`i64::MAX`
    /// instead of raising (for arguments such as `round()`'s ndigits).
    pub fn index_value_clamped(&mut self, k: &Value) -> PyResult<Option<i64>> {
        let k = match as_int(k) {
            Some(_) => k.clone(),
            None => {
                if crate::runtime::ops::is_builtin_value(k) {
                    return Ok(None);
                }
                let cls = self.type_of(k);
                let Some(m) = self.lookup_type(&cls, "__index__") else {
                    return Ok(None);
                };
                let r = self.call(&m, &[k.clone()], &[])?;
                if as_int(&r).is_none() {
                    return self.type_error(format!(
                        "__index__ returned non-int (type {})",
                        self.type_name(&r)
                    ));
                }
                r
            }
        };
        Ok(match as_int(&k) {
            Some(IntVal::Small(i)) => Some(i),
            Some(IntVal::Big(b)) => Some(if b.is_negative() { i64::MIN } else { i64::MAX }),
            None => None,
        })
    }

    /// `c[k]`.
    pub fn getitem(&mut self, c: &Value, k: &Value) -> PyResult<Value> {
        if let Value::Str(s) = c {
            return crate::types::str::str_getitem(self, s, k);
        }
        let Value::Obj(o) = c else {
            return self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(c)
            ));
        };
        if !crate::runtime::ops::is_builtin_value(c)
            || matches!(o.payload, Payload::Type(_) | Payload::Native(_))
        {
            let cls = self.type_of(c);
            if let Some(m) = self.lookup_type(&cls, "__getitem__") {
                return self.call(&m, &[c.clone(), k.clone()], &[]);
            }
            if let Payload::Type(_) = &o.payload {
                let n = self.intern("__class_getitem__");
                if let Some(cg) = self.getattr_opt(c, &n)? {
                    return self.call(&cg, &[k.clone()], &[]);
                }
                return self.type_error(format!(
                    "type '{}' is not subscriptable",
                    crate::vm::types::type_name(o)
                ));
            }
        }
        match &o.payload {
            Payload::List(items) => {
                if let Some(Payload::Slice(..)) = k.payload() {
                    let items = items.borrow().clone();
                    let r = self.slice_values(&items, k)?;
                    return Ok(self.new_list(r));
                }
                let len = items.borrow().len();
                let Some(i) = self.index_value(k, "list")? else {
                    return self.type_error(format!(
                        "list indices must be integers or slices, not {}",
                        self.type_name(k)
                    ));
                };
                match normalize_index(i, len) {
                    Some(i) => Ok(items.borrow()[i].clone()),
                    None => self.index_error("list index out of range"),
                }
            }
            Payload::Tuple(items) => {
                if let Some(Payload::Slice(_, _, step)) = k.payload() {
                    let r = self.slice_values(items, k)?;
                    // A full forward slice of an exact tuple is the tuple itself.
                    if r.len() == items.len()
                        && (step.is_none() || matches!(step, Value::Int(1)))
                        && crate::runtime::ops::is_builtin_value(c)
                    {
                        return Ok(c.clone());
                    }
                    return Ok(self.new_tuple(r));
                }
                let Some(i) = self.index_value(k, "tuple")? else {
                    return self.type_error(format!(
                        "tuple indices must be integers or slices, not {}",
                        self.type_name(k)
                    ));
                };
                match normalize_index(i, items.len()) {
                    Some(i) => Ok(items[i].clone()),
                    None => self.index_error("tuple index out of range"),
                }
            }
            Payload::Dict(_) => match self.dict_get(c, k)? {
                Some(v) => Ok(v),
                None => {
                    if !crate::runtime::ops::is_builtin_value(c) {
                        let cls = self.type_of(c);
                        if let Some(m) = self.lookup_type(&cls, "__missing__") {
                            return self.call(&m, &[c.clone(), k.clone()], &[]);
                        }
                    }
                    self.key_error(k.clone())
                }
            },
            Payload::Str(s) => crate::types::str::str_getitem(self, s, k),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                crate::types::bytes::bytes_getitem(self, c, k)
            }
            Payload::Range { .. } => crate::types::range::range_getitem(self, o, k),
            _ => {
                let cls = self.type_of(c);
                if let Some(m) = self.lookup_type(&cls, "__getitem__") {
                    return self.call(&m, &[c.clone(), k.clone()], &[]);
                }
                self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(c)
                ))
            }
        }
    }

    /// Items selected by a slice object.
    pub fn slice_values(&mut self, items: &[Value], slice: &Value) -> PyResult<Vec<Value>> {
        let (start, stop, step) = slice_indices(self, slice, items.len())?;
        let mut r = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                r.push(items[i as usize].clone());
                i += step;
            }
        } else {
            while i > stop {
                r.push(items[i as usize].clone());
                i += step;
            }
        }
        Ok(r)
    }

    /// `c[k] = v`.
    pub fn setitem(&mut self, c: &Value, k: Value, v: Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            if !crate::runtime::ops::is_builtin_value(c) || matches!(o.payload, Payload::Native(_))
            {
                let cls = self.type_of(c);
                if let Some(m) = self.lookup_type(&cls, "__setitem__") {
                    self.call(&m, &[c.clone(), k, v], &[])?;
                    return Ok(());
                }
            }
            match &o.payload {
                Payload::Dict(_) => return self.dict_set(c, k, v),
                Payload::List(items) => {
                    if let Some(Payload::Slice(..)) = k.payload() {
                        return crate::types::list::list_set_slice(self, c, &k, v);
                    }
                    let len = items.borrow().len();
                    let Some(i) = self.index_value(&k, "list")? else {
                        return self.type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(&k)
                        ));
                    };
                    return match normalize_index(i, len) {
                        Some(i) => {
                            let old = core::mem::replace(&mut items.borrow_mut()[i], v);
                            drop(old);
                            Ok(())
                        }
                        None => self.index_error("list assignment index out of range"),
                    };
                }
                Payload::ByteArray(_) => {
                    return crate::types::bytes::bytearray_setitem(self, c, &k, v)
                }
                _ => {}
            }
        }
        let tn = self.type_name(c);
        self.type_error(format!("'{}' object does not support item assignment", tn))
    }

    /// `del c[k]`.
    pub fn delitem(&mut self, c: &Value, k: &Value) -> PyResult<()> {
        if let Value::Obj(o) = c {
            if !crate::runtime::ops::is_builtin_value(c) || matches!(o.payload, Payload::Native(_))
            {
                let cls = self.type_of(c);
                if let Some(m) = self.lookup_type(&cls, "__delitem__") {
                    self.call(&m, &[c.clone(), k.clone()], &[])?;
                    return Ok(());
                }
            }
            match &o.payload {
                Payload::Dict(_) => {
                    return match self.dict_remove(c, k)? {
                        Some(_) => Ok(()),
                        None => self.key_error(k.clone()),
                    }
                }
                Payload::List(items) => {
                    if let Some(Payload::Slice(..)) = k.payload() {
                        return crate::types::list::list_del_slice(self, c, k);
                    }
                    let len = items.borrow().len();
                    let Some(i) = self.index_value(k, "list")? else {
                        return self.type_error(format!(
                            "list indices must be integers or slices, not {}",
                            self.type_name(k)
                        ));
                    };
                    return match normalize_index(i, len) {
                        Some(i) => {
                            let old = items.borrow_mut().remove(i);
                            drop(old);
                            Ok(())
                        }
                        None => self.index_error("list assignment index out of range"),
                    };
                }
                Payload::ByteArray(_) => return crate::types::bytes::bytearray_delitem(self, c, k),
                _ => {}
            }
        }
        let tn = self.type_name(c);
        // CPython: PySequence_DelItem ("doesn't") for an index key on a type with
        // sequence slots, PyObject_DelItem ("does not") otherwise.
        let index_key = as_int(k).is_some() || {
            let kc = self.type_of(k);
            !crate::runtime::ops::is_builtin_value(k)
                && self.lookup_type(&kc, "__index__").is_some()
        };
        let has_seq = !crate::runtime::ops::is_builtin_value(c)
            || matches!(
                c.payload(),
                Some(
                    Payload::Tuple(_)
                        | Payload::Str(_)
                        | Payload::Bytes(_)
                        | Payload::Range { .. }
                        | Payload::Set(_)
                        | Payload::FrozenSet(_)
                        | Payload::DictView(..)
                )
            )
            || matches!(c, Value::Str(_));
        let verb = if index_key && has_seq {
            "doesn't"
        } else {
            "does not"
        };
        self.type_error(format!("'{}' object {} support item deletion", tn, verb))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v {
            Value::Str(s) => return Ok(s.char_len()),
            Value::Obj(o) => {
                if crate::runtime::ops::is_builtin_value(v) {
                    match &o.payload {
                        Payload::List(l) => return Ok(l.borrow().len()),
                        Payload::Tuple(t) => return Ok(t.len()),
                        Payload::Dict(d) | Payload::Set(d) => return Ok(d.borrow().len()),
                        Payload::FrozenSet(d) => return Ok(d.len()),
                        Payload::Str(s) => return Ok(s.char_len()),
                        Payload::Bytes(b) => return Ok(b.len()),
                        Payload::ByteArray(b) => return Ok(b.borrow().len()),
                        Payload::Range { .. } => {
                            return crate::types::range::range_len_checked(self, &o.payload)
                        }
                        Payload::DictView(d, _) => return self.len(&Value::Obj(d.clone())),
                        _ => {}
                    }
                }
                let cls = self.type_of(v);
                if let Some(m) = self.lookup_type(&cls, "__len__") {
                    let r = self.call(&m, &[v.clone()], &[])?;
                    return self.len_result(&r);
                }
            }
            _ => {}
        }
        self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        ))
    }

    /// `x in c`.
    pub fn contains(&mut self, c: &Value, x: &Value) -> PyResult<bool> {
        if let Some(s) = c.as_pystr() {
            if crate::runtime::ops::is_builtin_value(c) {
                return match x.as_pystr() {
                    Some(t) => Ok(s.as_str().contains(t.as_str())),
                    None => self.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(x)
                    )),
                };
            }
        }
        if let Value::Obj(o) = c {
            if !crate::runtime::ops::is_builtin_value(c) || matches!(o.payload, Payload::Native(_))
            {
                let cls = self.type_of(c);
                if let Some(m) = self.lookup_type(&cls, "__contains__") {
                    let r = self.call(&m, &[c.clone(), x.clone()], &[])?;
                    return self.truthy(&r);
                }
            }
            match &o.payload {
                Payload::Dict(_) => return Ok(self.dict_get(c, x)?.is_some()),
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    return crate::types::set::set_contains(self, c, x)
                }
                Payload::List(items) => {
                    let mut i = 0;
                    loop {
                        let item = match items.borrow().get(i) {
                            Some(v) => v.clone(),
                            None => return Ok(false),
                        };
                        if self.eq(&item, x)? {
                            return Ok(true);
                        }
                        i += 1;
                    }
                }
                Payload::Tuple(items) => {
                    for item in items.iter() {
                        if self.eq(item, x)? {
                            return Ok(true);
                        }
                    }
                    return Ok(false);
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    return crate::types::bytes::bytes_contains(self, c, x)
                }
                Payload::Range { .. } => {
                    return crate::types::range::range_contains(self, &o.payload, x)
                }
                Payload::DictView(d, kind) => {
                    let d = Value::Obj(d.clone());
                    return match kind {
                        0 => Ok(self.dict_get(&d, x)?.is_some()),
                        1 => {
                            for v in crate::types::dict::dict_values(&d) {
                                if self.eq(&v, x)? {
                                    return Ok(true);
                                }
                            }
                            Ok(false)
                        }
                        _ => {
                            let items = crate::vm::interp::tuple_items(x);
                            if items.len() != 2 || !matches!(x.payload(), Some(Payload::Tuple(_))) {
                                return Ok(false);
                            }
                            match self.dict_get(&d, &items[0])? {
                                Some(v) => self.eq(&v, &items[1]),
                                None => Ok(false),
                            }
                        }
                    };
                }
                _ => {}
            }
        }
        // Fall back to iteration.
        let iter_blocked = {
            let cls = self.type_of(c);
            matches!(self.lookup_type(&cls, "__iter__"), Some(Value::None))
        };
        if iter_blocked || !self.has_iter(c) {
            return self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(c)
            ));
        }
        let it = self.get_iter(c)?;
        while let Some(v) = self.next(&it)? {
            if self.eq(&v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// True when `iter(v)` would succeed.
    pub fn has_iter(&self, v: &Value) -> bool {
        match v {
            Value::Str(_) => true,
            Value::Obj(o) => match &o.payload {
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range { .. }
                | Payload::Iter(_)
                | Payload::DictView(..)
                | Payload::Generator(_) => true,
                _ => {
                    let cls = self.type_of(v);
                    self.lookup_type(&cls, "__iter__").is_some()
                        || self.lookup_type(&cls, "__getitem__").is_some()
                }
            },
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if !crate::runtime::ops::is_builtin_value(v) || matches!(o.payload, Payload::Native(_))
            {
                let cls = self.type_of(v);
                if let Some(m) = self.lookup_type(&cls, "__iter__") {
                    if m.is_none() {
                        return self
                            .type_error(format!("'{}' object is not iterable", self.type_name(v)));
                    }
                    let it = self.call(&m, &[v.clone()], &[])?;
                    let itc = self.type_of(&it);
                    if !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                        && self.lookup_type(&itc, "__next__").is_none()
                    {
                        return self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        ));
                    }
                    return Ok(it);
                }
                if self.lookup_type(&cls, "__getitem__").is_some() {
                    return Ok(self.new_iter(IterState::Seq {
                        seq: v.clone(),
                        index: 0,
                    }));
                }
            }
            let st = match &o.payload {
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_) => IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
                Payload::Dict(d) => IterState::Dict {
                    dict: o.clone(),
                    slot: 0,
                    len: d.borrow().len(),
                    kind: 0,
                },
                Payload::Set(_) | Payload::FrozenSet(_) => {
                    return Ok(crate::types::set::set_iter(self, v));
                }
                Payload::DictView(d, kind) => {
                    let len = match &d.payload {
                        Payload::Dict(dd) => dd.borrow().len(),
                        _ => 0,
                    };
                    IterState::Dict {
                        dict: d.clone(),
                        slot: 0,
                        len,
                        kind: *kind,
                    }
                }
                Payload::Range { start, stop, step } => IterState::Range {
                    next: *start,
                    stop: *stop,
                    step: *step,
                },
                Payload::Generator(g) if g.borrow().kind == GenKind::AsyncGenerator => {
                    return self
                        .type_error(format!("'{}' object is not iterable", self.type_name(v)))
                }
                Payload::Iter(_) | Payload::Generator(_) => return Ok(v.clone()),
                _ => {
                    return self
                        .type_error(format!("'{}' object is not iterable", self.type_name(v)))
                }
            };
            return Ok(self.new_iter(st));
        }
        if let Value::Str(_) = v {
            return Ok(self.new_iter(IterState::Seq {
                seq: v.clone(),
                index: 0,
            }));
        }
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// `next(it)`; `Ok(None)` when exhausted (a generator's return value is kept in `stop_value`).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(_) if crate::runtime::ops::is_builtin_value(it) => {
                    return crate::types::iter::iter_next(self, o)
                }
                Payload::Generator(_) => {
                    return match crate::types::generator::gen_resume(
                        self,
                        it,
                        Some(Value::None),
                        None,
                    )? {
                        crate::vm::interp::GenStep::Yielded(v) => Ok(Some(v)),
                        crate::vm::interp::GenStep::Returned(v) => {
                            self.stop_value = Some(v);
                            Ok(None)
                        }
                    }
                }
                _ => {}
            }
        }
        let cls = self.type_of(it);
        match self.lookup_type(&cls, "__next__") {
            Some(m) => match self.call(&m, &[it.clone()], &[]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if self.exc_matches(&e, &self.exc.stop_iteration.clone()) {
                        self.stop_value =
                            Some(crate::types::exception::stop_iteration_value(self, &e));
                        Ok(None)
                    } else {
                        Err(e)
                    }
                }
            },
            None => self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )),
        }
    }

    /// Collect an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if crate::runtime::ops::is_builtin_value(v) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
            if out.len() & 0xfff == 0 {
                self.check_pending()?;
                self.check_heap()?;
            }
        }
        Ok(out)
    }

    /// Unpack exactly `n` items.
    pub fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Some(Payload::Tuple(t)) = seq.payload() {
            if t.len() == n {
                return Ok(t.to_vec());
            }
        }
        if !self.has_iter(seq) {
            return self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            ));
        }
        let it = self.get_iter(seq)?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    ));
                }
            }
        }
        if self.next(&it)?.is_some() {
            return self.value_error(format!("too many values to unpack (expected {})", n));
        }
        Ok(out)
    }

    /// Rewrite a TypeError from iterating a non-iterable during unpacking.
    pub fn unpack_type_error(&self, e: Value, seq: &Value) -> Value {
        if !self.has_iter(seq) {
            return self.new_exc_msg(
                &self.exc.type_error,
                format!("cannot unpack non-iterable {} object", self.type_name(seq)),
            );
        }
        e
    }

    /// True for dicts and objects with `keys` + `__getitem__`.
    pub fn is_mapping(&self, m: &Value) -> bool {
        match m.payload() {
            Some(Payload::Dict(_)) => true,
            _ => {
                let cls = self.type_of(m);
                self.lookup_type(&cls, "keys").is_some()
                    && self.lookup_type(&cls, "__getitem__").is_some()
            }
        }
    }

    /// The (key, value) pairs of a mapping.
    pub fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Payload::Dict(d)) = m.payload() {
            // As CPython's PyDict_Merge: a dict subclass is read directly
            // unless it overrides __iter__ (an overridden keys() alone is ignored).
            if crate::runtime::ops::is_builtin_value(m) || {
                let cls = self.type_of(m);
                self.lookup_type(&cls, "__iter__")
                    .map(|k| crate::vm::call::is_builtin_fn(&k, "dict.__iter__"))
                    .unwrap_or(true)
            } {
                return Ok(d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect());
            }
        }
        let keys = self.call_method(m, "keys", &[])?;
        let it = match self.get_iter(&keys) {
            Ok(it) => it,
            Err(e) => {
                if self.isinstance(&e, &self.exc.type_error.clone()) {
                    let cls = self.type_of(m);
                    return self.type_error(format!(
                        "{}.keys() returned a non-iterable (type {})",
                        crate::vm::types::type_name(&cls),
                        self.type_name(&keys)
                    ));
                }
                return Err(e);
            }
        };
        let keys = self.iterate(&it)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// `d.get(k)` for a mapping (dict fast path; `None` when missing).
    pub fn mapping_get(&mut self, m: &Value, k: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Dict(_)) = m.payload() {
            if crate::runtime::ops::is_builtin_value(m) {
                return self.dict_get(m, k);
            }
        }
        match self.getitem(m, k) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.exc_matches(&e, &self.exc.key_error.clone()) {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    /// `d.update(m)` for a dict `d`.
    pub fn dict_update(&mut self, d: &Value, m: &Value) -> PyResult<()> {
        // As CPython: anything with a `keys` attribute is merged as a mapping.
        let has_keys = matches!(m.payload(), Some(Payload::Dict(_))) || {
            let cls = self.type_of(m);
            self.lookup_type(&cls, "keys").is_some()
        };
        if has_keys {
            for (k, v) in self.mapping_items(m)? {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let items = self.iterate(m)?;
        for (i, item) in items.iter().enumerate() {
            let kv = match self.iterate(item) {
                Ok(kv) => kv,
                Err(_) => {
                    return self.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    ))
                }
            };
            if kv.len() != 2 {
                return self.value_error(format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    kv.len()
                ));
            }
            let mut kv = kv.into_iter();
            let (k, v) = (kv.next().unwrap(), kv.next().unwrap());
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// A callee's name as CPython shows it in call errors (`f()`).
    pub fn func_display_name(&mut self, f: &Value) -> String {
        match f.payload() {
            Some(Payload::Function(fd)) => {
                // CPython names Python functions with their module here.
                let q = fd.qualname.borrow();
                let q = q
                    .as_pystr()
                    .map(|s| String::from(s.as_str()))
                    .unwrap_or_default();
                let module = match &f {
                    Value::Obj(o) => o
                        .dict
                        .as_ref()
                        .and_then(|d| crate::types::dict::dict_get_str(d, "__module__")),
                    _ => None,
                };
                match module.as_ref().and_then(|m| m.as_pystr()) {
                    Some(m) if m.as_str() != "builtins" => format!("{}.{}()", m.as_str(), q),
                    _ => format!("{}()", q),
                }
            }
            Some(Payload::BoundMethod { func, .. }) => {
                let func = func.clone();
                self.func_display_name(&func)
            }
            Some(Payload::Builtin(b)) => format!("{}()", b.name),
            Some(Payload::Type(t)) => format!("{}()", t.name.borrow()),
            _ => format!("{} object", self.type_name(f)),
        }
    }
}
