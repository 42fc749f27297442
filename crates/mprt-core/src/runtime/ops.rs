//! Operators: binary/unary arithmetic, rich comparison, truth, hashing.
//!
//! Built-in operand pairs are handled directly in Rust; anything involving a
//! user-defined class goes through the dunder protocol (`__add__`, then the
//! reflected `__radd__`, with the subclass-first rule), exactly as CPython.

use super::num::*;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;
use mprt_compiler::bytecode::{binop, cmpop, unop};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Operator symbols for error messages.
pub const BINOP_SYMBOLS: [&str; 13] = [
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
];
/// Dunder names of the binary operators.
pub const BINOP_NAMES: [&str; 13] = [
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__truediv__",
    "__floordiv__",
    "__mod__",
    "__pow__",
    "__lshift__",
    "__rshift__",
    "__and__",
    "__or__",
    "__xor__",
];
/// Reflected dunder names.
pub const BINOP_RNAMES: [&str; 13] = [
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__rmatmul__",
    "__rtruediv__",
    "__rfloordiv__",
    "__rmod__",
    "__rpow__",
    "__rlshift__",
    "__rrshift__",
    "__rand__",
    "__ror__",
    "__rxor__",
];
/// In-place dunder names.
pub const BINOP_INAMES: [&str; 13] = [
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__itruediv__",
    "__ifloordiv__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ior__",
    "__ixor__",
];
/// Rich comparison dunders by cmpop code.
pub const CMP_NAMES: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP: [u8; 6] = [
    cmpop::GT,
    cmpop::GE,
    cmpop::EQ,
    cmpop::NE,
    cmpop::LT,
    cmpop::LE,
];
const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// True when the value's class is a built-in type (no user dunders possible).
pub fn is_builtin_value(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.class.borrow().payload {
            Payload::Type(t) => t.builtin,
            _ => true,
        },
        _ => true,
    }
}

/// Built-in and not a native object: operators are computed centrally.
/// Native objects (memoryview, array, deque...) implement them as dunders.
pub fn builtin_dispatch(v: &Value) -> bool {
    is_builtin_value(v) && !matches!(v.payload(), Some(Payload::Native(_) | Payload::Instance))
}

fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<i64>> {
    Ok(match as_int(n) {
        Some(IntVal::Small(i)) => Some(i),
        Some(IntVal::Big(_)) => {
            return vm.overflow_error("cannot fit 'int' into an index-sized integer");
        }
        None => None,
    })
}

/// OverflowError when `len * n` exceeds the largest object size (str and
/// bytes repetition; other sequences report MemoryError, as CPython does).
fn check_repeat(vm: &Vm, n: usize, len: usize, msg: &str) -> PyResult<()> {
    if len != 0 && n > isize::MAX as usize / len {
        return vm.overflow_error(msg);
    }
    Ok(())
}

fn check_size(vm: &Vm, n: usize, item: usize) -> PyResult<()> {
    match n.checked_mul(item) {
        Some(total) if total <= crate::modules::heap_limit() => Ok(()),
        _ => vm.memory_error(),
    }
}

impl Vm {
    /// Built-in semantics of `a op b`; `Ok(None)` means NotImplemented.
    pub fn builtin_binop(&mut self, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                binop::AND => return Ok(Some(Value::Bool(*x & *y))),
                binop::OR => return Ok(Some(Value::Bool(*x | *y))),
                binop::XOR => return Ok(Some(Value::Bool(*x ^ *y))),
                _ => {}
            }
        }
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            if op == binop::MATMUL {
                return Ok(None);
            }
            return self.int_binop(&x, &y, op).map(Some);
        }
        let af = as_float(a).or_else(|| as_int(a).map(|i| i.to_f64()));
        let bf = as_float(b).or_else(|| as_int(b).map(|i| i.to_f64()));
        if let (Some(x), Some(y)) = (af, bf) {
            if matches!(
                op,
                binop::ADD
                    | binop::SUB
                    | binop::MUL
                    | binop::TRUEDIV
                    | binop::FLOORDIV
                    | binop::MOD
                    | binop::POW
            ) {
                if (as_int(a).is_some() && !as_int(a).unwrap().to_f64().is_finite())
                    || (as_int(b).is_some() && !as_int(b).unwrap().to_f64().is_finite())
                {
                    return self.overflow_error("int too large to convert to float");
                }
                return self.float_binop(x, y, op).map(Some);
            }
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            let a_is_num = matches!(a.payload(), Some(Payload::Complex(..))) || af.is_some();
            let b_is_num = matches!(b.payload(), Some(Payload::Complex(..))) || bf.is_some();
            if a_is_num && b_is_num {
                return self.complex_binop(x, y, op);
            }
        }
        // `iterable op view`: the view computes the result (a set).
        if matches!(b.payload(), Some(Payload::DictView(..)))
            && !matches!(
                a.payload(),
                Some(Payload::DictView(..) | Payload::Set(_) | Payload::FrozenSet(_))
            )
        {
            return crate::types::set::view_rbinop(self, a, b, op);
        }
        // Sequences.
        if let Some(s) = a.as_pystr() {
            match op {
                binop::ADD => {
                    if let Some(t) = b.as_pystr() {
                        let mut r = alloc::string::String::with_capacity(
                            s.as_str().len() + t.as_str().len(),
                        );
                        r.push_str(s.as_str());
                        r.push_str(t.as_str());
                        return Ok(Some(Value::string(r)));
                    }
                    return Ok(None);
                }
                binop::MUL => {
                    if let Some(n) = repeat_count(self, b)? {
                        let n = n.max(0) as usize;
                        check_repeat(self, n, s.char_len(), "repeated string is too long")?;
                        check_size(self, n, s.as_str().len())?;
                        return Ok(Some(Value::string(s.as_str().repeat(n))));
                    }
                    return Ok(None);
                }
                binop::MOD => {
                    return crate::types::str::percent_format(self, s.as_str(), b).map(Some)
                }
                _ => return Ok(None),
            }
        }
        if op == binop::MUL {
            if as_int(a).is_some()
                && (b.as_pystr().is_some()
                    || matches!(
                        b.payload(),
                        Some(
                            Payload::List(_)
                                | Payload::Tuple(_)
                                | Payload::Bytes(_)
                                | Payload::ByteArray(_)
                        )
                    ))
            {
                return self.builtin_binop(b, a, op);
            }
        }
        let (Value::Obj(ao), bv) = (a, b) else {
            return Ok(None);
        };
        match &ao.payload {
            Payload::List(items) => match op {
                binop::ADD => {
                    if let Some(Payload::List(other)) = bv.payload() {
                        let mut r = items.borrow().clone();
                        r.extend(other.borrow().iter().cloned());
                        return Ok(Some(self.new_list(r)));
                    }
                    Ok(None)
                }
                binop::MUL => match repeat_count(self, bv)? {
                    Some(n) => {
                        let src = items.borrow().clone();
                        // An empty source repeats to empty in no time.
                        let n = if src.is_empty() { 0 } else { n.max(0) as usize };
                        check_size(self, n, src.len() * 16)?;
                        let mut r = Vec::with_capacity(src.len() * n);
                        for _ in 0..n {
                            r.extend(src.iter().cloned());
                        }
                        Ok(Some(self.new_list(r)))
                    }
                    None => Ok(None),
                },
                _ => Ok(None),
            },
            Payload::Tuple(items) => match op {
                binop::ADD => {
                    if let Some(Payload::Tuple(other)) = bv.payload() {
                        if other.is_empty() && is_builtin_value(a) {
                            return Ok(Some(a.clone()));
                        }
                        if items.is_empty() && is_builtin_value(bv) {
                            return Ok(Some(bv.clone()));
                        }
                        let mut r = items.to_vec();
                        r.extend(other.iter().cloned());
                        return Ok(Some(self.new_tuple(r)));
                    }
                    Ok(None)
                }
                binop::MUL => match repeat_count(self, bv)? {
                    Some(n) => {
                        if n == 1 && is_builtin_value(a) {
                            return Ok(Some(a.clone()));
                        }
                        let n = if items.is_empty() {
                            0
                        } else {
                            n.max(0) as usize
                        };
                        check_size(self, n, items.len() * 16)?;
                        let mut r = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            r.extend(items.iter().cloned());
                        }
                        Ok(Some(self.new_tuple(r)))
                    }
                    None => Ok(None),
                },
                _ => Ok(None),
            },
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let is_ba = matches!(ao.payload, Payload::ByteArray(_));
                let mk = |vm: &Vm, v: Vec<u8>| {
                    if is_ba {
                        vm.new_bytearray(v)
                    } else {
                        vm.new_bytes(v)
                    }
                };
                match op {
                    binop::ADD => match crate::types::bytes::buffer_bytes(self, bv) {
                        Some(other) => {
                            let mut r =
                                crate::types::bytes::buffer_bytes(self, a).unwrap_or_default();
                            r.extend_from_slice(&other);
                            Ok(Some(mk(self, r)))
                        }
                        None => Ok(None),
                    },
                    binop::MUL => match repeat_count(self, bv)? {
                        Some(n) => {
                            let src =
                                crate::types::bytes::buffer_bytes(self, a).unwrap_or_default();
                            let n = n.max(0) as usize;
                            if matches!(a.payload(), Some(Payload::Bytes(_))) {
                                check_repeat(self, n, src.len(), "repeated bytes are too long")?;
                            }
                            check_size(self, n, src.len())?;
                            Ok(Some(mk(self, src.repeat(n))))
                        }
                        None => Ok(None),
                    },
                    binop::MOD => crate::types::bytes::percent_format_bytes(self, a, bv).map(Some),
                    _ => Ok(None),
                }
            }
            Payload::Set(_) | Payload::FrozenSet(_) => {
                crate::types::set::set_binop(self, a, bv, op)
            }
            Payload::Dict(_) if op == binop::OR => {
                if let Some(Payload::Dict(_)) = bv.payload() {
                    let r = crate::types::dict::dict_copy(self, a);
                    self.dict_update(&r, bv)?;
                    return Ok(Some(r));
                }
                Ok(None)
            }
            Payload::DictView(..) => crate::types::set::view_binop(self, a, bv, op),
            _ => Ok(None),
        }
    }

    /// `a op b` (op may include `binop::INPLACE`).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        let inplace = op & binop::INPLACE != 0;
        let base = op & 15;
        let idx = base as usize;
        if inplace {
            // Mutable built-ins update in place.
            if let Some(p) = a.payload() {
                match (p, base) {
                    (Payload::List(items), binop::ADD) => {
                        if matches!(b.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
                            let extra = crate::types::seq::seq_items(b);
                            items.borrow_mut().extend(extra);
                            return Ok(a.clone());
                        }
                        let it = self.get_iter(b)?;
                        while let Some(v) = self.next(&it)? {
                            items.borrow_mut().push(v);
                        }
                        return Ok(a.clone());
                    }
                    (Payload::List(items), binop::MUL) => {
                        if let Some(n) = repeat_count(self, b)? {
                            let src = items.borrow().clone();
                            let n = if src.is_empty() { 0 } else { n.max(0) as usize };
                            check_size(self, n, src.len() * 16)?;
                            let mut r = Vec::with_capacity(src.len() * n);
                            for _ in 0..n {
                                r.extend(src.iter().cloned());
                            }
                            *items.borrow_mut() = r;
                            return Ok(a.clone());
                        }
                    }
                    (Payload::ByteArray(v), binop::ADD) => {
                        if let Some(other) = crate::types::bytes::buffer_bytes(self, b) {
                            if !other.is_empty() {
                                crate::types::memoryview::check_bytearray_resize(self, a)?;
                            }
                            v.borrow_mut().extend_from_slice(&other);
                            return Ok(a.clone());
                        }
                    }
                    (Payload::ByteArray(v), binop::MUL) => {
                        if let Some(n) = repeat_count(self, b)? {
                            let src = v.borrow().clone();
                            let n = n.max(0) as usize;
                            check_size(self, n, src.len())?;
                            if src.len() * n != src.len() {
                                crate::types::memoryview::check_bytearray_resize(self, a)?;
                            }
                            *v.borrow_mut() = src.repeat(n);
                            return Ok(a.clone());
                        }
                    }
                    (Payload::Set(_), binop::OR | binop::AND | binop::SUB | binop::XOR)
                        if is_builtin_value(a) =>
                    {
                        if matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
                            crate::types::set::set_inplace(self, a, b, base)?;
                            return Ok(a.clone());
                        }
                    }
                    (Payload::Dict(_), binop::OR) if is_builtin_value(a) => {
                        self.dict_update(a, b)?;
                        return Ok(a.clone());
                    }
                    _ => {}
                }
            }
            if !builtin_dispatch(a) {
                let cls = self.type_of(a);
                let m = self.lookup_type(&cls, BINOP_INAMES[idx]);
                // A built-in in-place repeat only takes integers (sq_inplace_repeat).
                let skip = base == binop::MUL
                    && matches!(
                        m.as_ref().and_then(|m| m.payload()),
                        Some(Payload::Builtin(..))
                    )
                    && as_int(b).is_none()
                    && self.lookup_type(&self.type_of(b), "__index__").is_none();
                if let Some(m) = m.filter(|_| !skip) {
                    let r = self.call_special1(&m, a, b)?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        // `X | Y` on classes goes through type.__or__ (union types).
        let type_union = base == binop::OR
            && (matches!(a.payload(), Some(Payload::Type(_)))
                || matches!(b.payload(), Some(Payload::Type(_))));
        if builtin_dispatch(a) && builtin_dispatch(b) && !type_union {
            if let Some(r) = self.builtin_binop(a, b, base)? {
                return Ok(r);
            }
        } else if let Some(r) = self.dunder_binop(a, b, base)? {
            return Ok(r);
        }
        let sym = BINOP_SYMBOLS[idx];
        let sym = if inplace {
            format!("{}=", sym)
        } else {
            format!("{}", sym)
        };
        if base == binop::ADD && a.as_pystr().is_some() {
            return self.type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if base == binop::ADD
            && matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        {
            return self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            ));
        }
        if base == binop::ADD
            && matches!(a.payload(), Some(Payload::List(_)))
            && is_builtin_value(a)
        {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        if base == binop::ADD
            && matches!(a.payload(), Some(Payload::Tuple(_)))
            && is_builtin_value(a)
        {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        if base == binop::MUL
            && (a.as_pystr().is_some()
                || matches!(
                    a.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ))
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(b)
            ));
        }
        if base == binop::MUL
            && (b.as_pystr().is_some()
                || matches!(
                    b.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ))
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(a)
            ));
        }
        let opname = if base == binop::POW && !inplace {
            "** or pow()".into()
        } else {
            sym
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            opname,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// The dunder protocol for `a op b`; `Ok(None)` when both sides return NotImplemented.
    pub fn dunder_binop(&mut self, a: &Value, b: &Value, base: u8) -> PyResult<Option<Value>> {
        let idx = base as usize;
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = Rc::ptr_eq(&ta, &tb);
        // A built-in sequence only repeats by an integer: for `seq * x` with a
        // non-integer `x`, its __mul__ is skipped so that x.__rmul__ (or the
        // "can't multiply sequence" error) applies, as CPython's sq_repeat does.
        let seq_times_non_int = base == binop::MUL
            && (a.as_pystr().is_some()
                || matches!(
                    a.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ))
            && as_int(b).is_none()
            && self.lookup_type(&tb, "__index__").is_none();
        // Only the built-in repeat methods are skipped: a subclass's own
        // __mul__/__rmul__ still runs (it fills the number slot in CPython).
        let is_native = |m: &Option<Value>| {
            matches!(
                m.as_ref().and_then(|m| m.payload()),
                Some(Payload::Builtin(..))
            )
        };
        let fa = self.lookup_type(&ta, BINOP_NAMES[idx]);
        let fa = if seq_times_non_int && is_native(&fa) {
            None
        } else {
            fa
        };
        // Likewise `x * seq` with a non-integer `x` skips the sequence's __rmul__.
        let non_int_times_seq = base == binop::MUL
            && (b.as_pystr().is_some()
                || matches!(
                    b.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ))
            && as_int(a).is_none()
            && self.lookup_type(&ta, "__index__").is_none();
        let fb = if same {
            None
        } else {
            self.lookup_type(&tb, BINOP_RNAMES[idx])
        };
        let fb = if non_int_times_seq && is_native(&fb) {
            None
        } else {
            fb
        };
        let mut fb_done = false;
        if let Some(rb) = &fb {
            if self.is_subclass(&tb, &ta)
                && !self.same_method(&self.lookup_type(&ta, BINOP_RNAMES[idx]), rb)
            {
                let r = self.call_special1(rb, b, a)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
                fb_done = true;
            }
        }
        // Built-in sequences concatenate/repeat through sq_concat/sq_repeat in
        // CPython, which run only after the number slots: a Python-level
        // __radd__/__rmul__ of the right operand gets the first try.
        let seq_a = (base == binop::ADD || base == binop::MUL)
            && (a.as_pystr().is_some()
                || matches!(
                    a.payload(),
                    Some(
                        Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                ));
        if seq_a && !fb_done && is_native(&fa) && fb.is_some() && !is_native(&fb) {
            if let Some(rb) = &fb {
                let r = self.call_special1(rb, b, a)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
                fb_done = true;
            }
        }
        if let Some(fa) = fa {
            let r = self.call_special1(&fa, a, b)?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        if !fb_done {
            if let Some(rb) = fb {
                let r = self.call_special1(&rb, b, a)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    fn same_method(&self, a: &Option<Value>, b: &Value) -> bool {
        match a {
            Some(a) => a.is(b),
            None => false,
        }
    }

    /// Unary operators.
    pub fn unary_op(&mut self, a: &Value, op: u8) -> PyResult<Value> {
        if op == unop::NOT {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if is_builtin_value(a) {
            if let Some(i) = as_int(a) {
                return Ok(match (op, i) {
                    (unop::NEG, IntVal::Small(x)) => match x.checked_neg() {
                        Some(r) => Value::Int(r),
                        None => self.new_bigint(-BigInt::from(x)),
                    },
                    (unop::NEG, IntVal::Big(b)) => self.new_bigint(-b.clone()),
                    (unop::POS, IntVal::Small(x)) => Value::Int(x),
                    (unop::POS, IntVal::Big(b)) => self.new_bigint(b.clone()),
                    (_, IntVal::Small(x)) => Value::Int(!x),
                    (_, IntVal::Big(b)) => self.new_bigint(-b.clone() - 1),
                });
            }
            if let Some(f) = as_float(a) {
                return match op {
                    unop::NEG => Ok(Value::Float(-f)),
                    unop::POS => Ok(Value::Float(f)),
                    _ => self.type_error("bad operand type for unary ~: 'float'"),
                };
            }
            if let Some(Payload::Complex(r, i)) = a.payload() {
                return match op {
                    unop::NEG => Ok(self.new_complex(-r, -i)),
                    unop::POS => Ok(self.new_complex(*r, *i)),
                    _ => self.type_error("bad operand type for unary ~: 'complex'"),
                };
            }
        }
        let name = match op {
            unop::NEG => "__neg__",
            unop::POS => "__pos__",
            _ => "__invert__",
        };
        let cls = self.type_of(a);
        if let Some(m) = self.lookup_type(&cls, name) {
            return self.call(&m, &[a.clone()], &[]);
        }
        let sym = match op {
            unop::NEG => "-",
            unop::POS => "+",
            _ => "~",
        };
        self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(a)
        ))
    }

    /// Truth value.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(o) => {
                if !is_builtin_value(v) {
                    let cls = self.type_of(v);
                    if let Some(m) = self.lookup_type(&cls, "__bool__") {
                        let r = self.call(&m, &[v.clone()], &[])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => self.type_error(format!(
                                "__bool__ should return bool, returned {}",
                                self.type_name(&r)
                            )),
                        };
                    }
                    if let Some(m) = self.lookup_type(&cls, "__len__") {
                        let r = self.call(&m, &[v.clone()], &[])?;
                        let n = self.len_result(&r)?;
                        return Ok(n != 0);
                    }
                }
                match &o.payload {
                    Payload::BigInt(b) => !b.is_zero(),
                    Payload::Float(f) => *f != 0.0,
                    Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
                    Payload::Str(s) => !s.as_str().is_empty(),
                    Payload::Bytes(b) => !b.is_empty(),
                    Payload::ByteArray(b) => !b.borrow().is_empty(),
                    Payload::List(l) => !l.borrow().is_empty(),
                    Payload::Tuple(t) => !t.is_empty(),
                    Payload::Dict(d) | Payload::Set(d) => !d.borrow().is_empty(),
                    Payload::FrozenSet(d) => !d.is_empty(),
                    Payload::Range { .. } => crate::types::range::range_len(&o.payload) != 0,
                    Payload::DictView(d, _) => match &d.payload {
                        Payload::Dict(d) => !d.borrow().is_empty(),
                        _ => true,
                    },
                    Payload::Native(_) => {
                        let cls = self.type_of(v);
                        if let Some(m) = self.lookup_type(&cls, "__len__") {
                            let r = self.call(&m, &[v.clone()], &[])?;
                            let n = self.len_result(&r)?;
                            return Ok(n != 0);
                        }
                        true
                    }
                    _ => true,
                }
            }
        })
    }

    /// Validate a `__len__` result.
    pub fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        if as_int(r).is_none() && !is_builtin_value(r) {
            let cls = self.type_of(r);
            if let Some(m) = self.lookup_type(&cls, "__index__") {
                let i = self.call(&m, &[r.clone()], &[])?;
                if as_int(&i).is_some() {
                    return self.len_result(&i);
                }
            }
        }
        match as_int(r) {
            Some(IntVal::Small(n)) if n >= 0 => Ok(n as usize),
            Some(IntVal::Small(_)) => self.value_error("__len__() should return >= 0"),
            Some(IntVal::Big(b)) if b.is_negative() => {
                self.value_error("__len__() should return >= 0")
            }
            Some(IntVal::Big(_)) => {
                self.overflow_error("cannot fit 'int' into an index-sized integer")
            }
            None => self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(r)
            )),
        }
    }

    /// Rich comparison returning a value (`a < b` etc.).
    pub fn compare(&mut self, a: &Value, b: &Value, op: u8) -> PyResult<Value> {
        if builtin_dispatch(a) && builtin_dispatch(b) {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let name = CMP_NAMES[op as usize];
            let rname = CMP_NAMES[CMP_SWAP[op as usize] as usize];
            let mut tried_b = false;
            if !Rc::ptr_eq(&ta, &tb) && self.is_subclass(&tb, &ta) {
                if let Some(m) = self.lookup_type(&tb, rname) {
                    tried_b = true;
                    let r = self.call_special1(&m, b, a)?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if let Some(m) = self.lookup_type(&ta, name) {
                let r = self.call_special1(&m, a, b)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if !tried_b {
                if let Some(m) = self.lookup_type(&tb, rname) {
                    let r = self.call_special1(&m, b, a)?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        match op {
            cmpop::EQ => Ok(Value::Bool(a.is(b))),
            cmpop::NE => Ok(Value::Bool(!a.is(b))),
            _ => self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                CMP_SYMBOLS[op as usize],
                self.type_name(a),
                self.type_name(b)
            )),
        }
    }

    /// Built-in comparison; `Ok(None)` means NotImplemented.
    pub fn builtin_compare(&mut self, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
        use core::cmp::Ordering;
        let ord_to = |o: Option<Ordering>| -> bool {
            match o {
                None => op == cmpop::NE,
                Some(o) => match op {
                    cmpop::LT => o == Ordering::Less,
                    cmpop::LE => o != Ordering::Greater,
                    cmpop::EQ => o == Ordering::Equal,
                    cmpop::NE => o != Ordering::Equal,
                    cmpop::GT => o == Ordering::Greater,
                    _ => o != Ordering::Less,
                },
            }
        };
        if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
            let o = match (&x, &y) {
                (IntVal::Small(x), IntVal::Small(y)) => x.cmp(y),
                _ => x.big().cmp(&y.big()),
            };
            return Ok(Some(ord_to(Some(o))));
        }
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            // Exact int/float comparison for big ints.
            if let (Some(IntVal::Big(bi)), Some(fy)) = (as_int(a), as_float(b)) {
                return Ok(Some(ord_to(cmp_big_float(bi, fy))));
            }
            if let (Some(fx), Some(IntVal::Big(bi))) = (as_float(a), as_int(b)) {
                return Ok(Some(ord_to(cmp_big_float(bi, fx).map(|o| o.reverse()))));
            }
            if let (Some(IntVal::Small(i)), Some(fy)) = (as_int(a), as_float(b)) {
                if i.unsigned_abs() > (1 << 53) {
                    return Ok(Some(ord_to(cmp_big_float(&BigInt::from(i), fy))));
                }
            }
            if let (Some(fx), Some(IntVal::Small(i))) = (as_float(a), as_int(b)) {
                if i.unsigned_abs() > (1 << 53) {
                    return Ok(Some(ord_to(
                        cmp_big_float(&BigInt::from(i), fx).map(|o| o.reverse()),
                    )));
                }
            }
            return Ok(Some(ord_to(x.partial_cmp(&y))));
        }
        if let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) {
            if matches!(op, cmpop::EQ | cmpop::NE) {
                let eq = x == y;
                return Ok(Some(if op == cmpop::EQ { eq } else { !eq }));
            }
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (a.as_pystr(), b.as_pystr()) {
            return Ok(Some(ord_to(Some(x.as_str().cmp(y.as_str())))));
        }
        let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
            return Ok(match op {
                cmpop::EQ => Some(a.is(b)),
                cmpop::NE => Some(!a.is(b)),
                _ => None,
            });
        };
        match (pa, pb) {
            (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
                let x = crate::types::seq::seq_items(a);
                let y = crate::types::seq::seq_items(b);
                self.compare_seqs(&x, &y, op).map(Some)
            }
            (
                Payload::Bytes(_) | Payload::ByteArray(_),
                Payload::Bytes(_) | Payload::ByteArray(_),
            ) => {
                let x = crate::types::bytes::buffer_bytes(self, a).unwrap_or_default();
                let y = crate::types::bytes::buffer_bytes(self, b).unwrap_or_default();
                Ok(Some(ord_to(Some(x.cmp(&y)))))
            }
            (Payload::Dict(_), Payload::Dict(_)) => match op {
                cmpop::EQ | cmpop::NE => {
                    let eq = crate::types::dict::dict_eq(self, a, b)?;
                    Ok(Some(eq == (op == cmpop::EQ)))
                }
                _ => Ok(None),
            },
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
                crate::types::set::set_compare(self, a, b, op).map(Some)
            }
            (Payload::DictView(..), _) | (_, Payload::DictView(..)) => {
                crate::types::set::view_compare(self, a, b, op)
            }
            (
                Payload::BoundMethod { func: f1, this: s1 },
                Payload::BoundMethod { func: f2, this: s2 },
            ) => match op {
                cmpop::EQ | cmpop::NE => {
                    let eq = f1.is(f2) && s1.is(s2);
                    Ok(Some(eq == (op == cmpop::EQ)))
                }
                _ => Ok(None),
            },
            (Payload::Range { .. }, Payload::Range { .. }) => match op {
                cmpop::EQ | cmpop::NE => {
                    let eq = crate::types::range::range_eq(pa, pb);
                    Ok(Some(eq == (op == cmpop::EQ)))
                }
                _ => Ok(None),
            },
            (Payload::Slice(a1, a2, a3), Payload::Slice(b1, b2, b3)) => {
                let x = [a1.clone(), a2.clone(), a3.clone()];
                let y = [b1.clone(), b2.clone(), b3.clone()];
                self.compare_seqs(&x, &y, op).map(Some)
            }
            _ => Ok(match op {
                cmpop::EQ => Some(a.is(b)),
                cmpop::NE => Some(!a.is(b)),
                _ => None,
            }),
        }
    }

    /// Lexicographic comparison of two sequences.
    pub fn compare_seqs(&mut self, x: &[Value], y: &[Value], op: u8) -> PyResult<bool> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if !self.eq(&x[i], &y[i])? {
                if op == cmpop::EQ {
                    return Ok(false);
                }
                if op == cmpop::NE {
                    return Ok(true);
                }
                let r = self.compare(&x[i], &y[i], op)?;
                return self.truthy(&r);
            }
        }
        let o = x.len().cmp(&y.len());
        use core::cmp::Ordering::*;
        Ok(match op {
            cmpop::LT => o == Less,
            cmpop::LE => o != Greater,
            cmpop::EQ => o == Equal,
            cmpop::NE => o != Equal,
            cmpop::GT => o == Greater,
            _ => o != Less,
        })
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(x == y),
            (Value::Str(x), Value::Str(y)) => return Ok(x.as_str() == y.as_str()),
            _ => {}
        }
        let r = self.compare(a, b, cmpop::EQ)?;
        match r {
            Value::Bool(b) => Ok(b),
            _ => self.truthy(&r),
        }
    }

    /// Equality decidable without running Python code (for dict lookups).
    pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
            (Value::Int(x), Value::Int(y)) => Some(x == y),
            (Value::Str(_), Value::Int(_)) | (Value::Int(_), Value::Str(_)) => Some(false),
            (Value::None, Value::None) => Some(true),
            (Value::Bool(x), Value::Bool(y)) => Some(x == y),
            (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
                Some(*x == *y as i64)
            }
            (Value::Float(x), Value::Float(y)) => Some(x == y),
            (Value::Float(x), Value::Bool(y)) | (Value::Bool(y), Value::Float(x)) => {
                Some(*x == *y as i64 as f64)
            }
            (Value::Float(x), Value::Int(y)) | (Value::Int(y), Value::Float(x)) => {
                Some(*x == *y as f64 && (*y as f64) as i64 == *y)
            }
            _ => {
                if a.is(b) {
                    return Some(true);
                }
                if !is_builtin_value(a) || !is_builtin_value(b) {
                    return None;
                }
                match (a, b) {
                    (Value::Str(_), Value::Obj(o)) | (Value::Obj(o), Value::Str(_)) => {
                        match &o.payload {
                            Payload::Str(_) => None,
                            Payload::Tuple(_) | Payload::Bytes(_) | Payload::FrozenSet(_) => {
                                Some(false)
                            }
                            _ => None,
                        }
                    }
                    (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
                        (Payload::Bytes(p), Payload::Bytes(q)) => Some(p == q),
                        (Payload::Tuple(p), Payload::Tuple(q)) => {
                            if p.len() != q.len() {
                                return Some(false);
                            }
                            for (u, v) in p.iter().zip(q.iter()) {
                                match Vm::fast_eq(u, v) {
                                    Some(true) => {}
                                    other => return other,
                                }
                            }
                            Some(true)
                        }
                        (Payload::Type(_), Payload::Type(_)) => Some(Rc::ptr_eq(x, y)),
                        (Payload::Function(_), Payload::Function(_)) => Some(Rc::ptr_eq(x, y)),
                        (Payload::Instance, Payload::Instance) => Some(Rc::ptr_eq(x, y)),
                        _ => None,
                    },
                    (Value::Obj(o), _) | (_, Value::Obj(o)) => match &o.payload {
                        Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::Type(_)
                        | Payload::Instance
                        | Payload::Function(_) => Some(false),
                        _ => None,
                    },
                    _ => Some(false),
                }
            }
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0xFCA86420,
            Value::NotImplemented => 0x0123456,
            Value::Ellipsis => 0x0FEDCBA,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_int(*i),
            Value::Float(f) => hash_float(*f),
            Value::Str(s) => s.hash() as i64,
            Value::Obj(o) => {
                if !builtin_dispatch(v) {
                    let cls = self.type_of(v);
                    match self.lookup_type(&cls, "__hash__") {
                        Some(Value::None) => {
                            return self
                                .type_error(format!("unhashable type: '{}'", self.type_name(v)));
                        }
                        Some(m) if !crate::vm::call::is_builtin_fn(&m, "object.__hash__") => {
                            let r = self.call(&m, &[v.clone()], &[])?;
                            return match as_int(&r) {
                                Some(IntVal::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                                Some(IntVal::Big(b)) => Ok(hash_bigint(b)),
                                None => self.type_error("__hash__ method should return an integer"),
                            };
                        }
                        // A class defining __eq__ without __hash__ got `__hash__ = None`
                        // at creation (types/object.rs), handled by the arm above.
                        _ => {}
                    }
                }
                match &o.payload {
                    Payload::BigInt(b) => hash_bigint(b),
                    Payload::Float(f) => hash_float(*f),
                    Payload::Complex(r, i) => {
                        let h = hash_float(*r).wrapping_add(hash_float(*i).wrapping_mul(1000003));
                        if h == -1 {
                            -2
                        } else {
                            h
                        }
                    }
                    Payload::Str(s) => s.hash() as i64,
                    Payload::Bytes(b) => {
                        let mut h: u64 = 0xcbf29ce484222325;
                        for &x in b.iter() {
                            h ^= x as u64;
                            h = h.wrapping_mul(0x100000001b3);
                        }
                        (h >> 2) as i64
                    }
                    Payload::Tuple(items) => {
                        let items = items.to_vec();
                        self.hash_tuple(&items)?
                    }
                    Payload::FrozenSet(d) => d.frozenset_hash(),
                    Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::ByteArray(_) => {
                        return self
                            .type_error(format!("unhashable type: '{}'", self.type_name(v)));
                    }
                    Payload::Slice(..) => return self.type_error("unhashable type: 'slice'"),
                    // Keys and items views are set-like, hence unhashable.
                    Payload::DictView(_, 0 | 2) => {
                        return self
                            .type_error(format!("unhashable type: '{}'", self.type_name(v)));
                    }
                    Payload::Range { start, stop, step } => {
                        crate::types::range::range_hash(self, *start, *stop, *step)?
                    }
                    _ => (v.id() >> 4) as i64,
                }
            }
        })
    }

    /// CPython's tuple hash (xxHash-based), so hashes of number tuples match.
    pub fn hash_tuple(&mut self, items: &[Value]) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let mut acc: u64 = P5;
        for it in items {
            let lane = self.hash(it)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return Ok(1546275796);
        }
        Ok(acc as i64)
    }
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's hash of a small int.
pub fn hash_int(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = if f < 0.0 { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(x: f64) -> (f64, i32) {
    crate::fmath::frexp(x)
}

fn cmp_big_float(b: &BigInt, f: f64) -> Option<core::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            core::cmp::Ordering::Less
        } else {
            core::cmp::Ordering::Greater
        });
    }
    let fl = crate::fmath::floor(f);
    let fb = crate::types::float::float_to_bigint(fl)?;
    match b.cmp(&fb) {
        core::cmp::Ordering::Equal => {
            if f > fl {
                Some(core::cmp::Ordering::Less)
            } else {
                Some(core::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
