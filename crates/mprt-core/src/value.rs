//! The Python value: a two-word tagged enum.
//!
//! Immediates (None, bools, small ints, floats) are stored inline and cost no
//! heap; `str` has its own variant because it is by far the most common heap
//! value (names, keys); everything else is an [`Object`] behind an `Rc`.
//! Reference counting frees acyclic garbage at once; the cycle collector in
//! [`crate::gc`] reclaims the rest.

use crate::object::{Object, Payload};
use crate::str::PyStr;
use alloc::rc::Rc;

/// A shared reference to a heap object.
pub type Ref = Rc<Object>;

/// A Python value.
#[derive(Clone)]
pub enum Value {
    /// `None`.
    None,
    /// `NotImplemented`.
    NotImplemented,
    /// `...`.
    Ellipsis,
    /// `True`/`False`.
    Bool(bool),
    /// An int that fits in 64 bits (larger ints are `Payload::BigInt` objects).
    Int(i64),
    /// A float.
    Float(f64),
    /// An exact `str` (subclass instances are objects with `Payload::Str`).
    Str(Rc<PyStr>),
    /// Any other object.
    Obj(Ref),
}

const _: () = assert!(core::mem::size_of::<Value>() == 16);

impl Value {
    /// The object behind this value, if it is a heap object (not a str).
    #[inline]
    pub fn as_obj(&self) -> Option<&Ref> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap object.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Str(a), Value::Str(b)) => {
                Rc::ptr_eq(a, b) || (a.as_str().is_empty() && b.as_str().is_empty())
            }
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// True for `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// A str value from Rust text.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }

    /// A str value taking ownership of a String.
    pub fn string(s: alloc::string::String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }

    /// The `&str` of an exact str or a str-subclass instance.
    pub fn as_pystr(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    /// A stable address-like identity for `id()` and default reprs.
    pub fn id(&self) -> usize {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
            Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
            Value::None => 0x1000,
            Value::NotImplemented => 0x1010,
            Value::Ellipsis => 0x1020,
            Value::Bool(b) => 0x1030 + *b as usize * 16,
            Value::Int(i) => (*i as usize).wrapping_mul(16).wrapping_add(0x2001),
            Value::Float(f) => (f.to_bits() as usize) | 3,
        }
    }
}
