//! `set` and `frozenset`, and set operations on dict views.

use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::vec::Vec;

/// The elements of a set/frozenset in order.
pub fn set_items(v: &Value) -> Vec<Value> {
    crate::types::dict::dict_keys(v)
}

impl Vm {
    /// Add an element to a set value.
    pub fn set_add(&mut self, s: &Value, x: Value) -> PyResult<()> {
        let Some(Payload::Set(d)) = s.payload() else {
            return Ok(());
        };
        let (h, i) = self.dict_find(d, &x)?;
        if i.is_none() {
            d.borrow_mut().push(h, x, Value::None);
        }
        Ok(())
    }
}

/// `x in s`.
pub fn set_contains(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    match s.payload() {
        Some(Payload::Set(d)) => Ok(vm.dict_find(d, x)?.1.is_some()),
        Some(Payload::FrozenSet(d)) => {
            let cell = core::cell::RefCell::new(d.clone());
            Ok(vm.dict_find(&cell, x)?.1.is_some())
        }
        _ => Ok(false),
    }
}

/// Binary set operators.
pub fn set_binop(_vm: &mut Vm, _a: &Value, _b: &Value, _op: u8) -> PyResult<Option<Value>> {
    Ok(None)
}

/// In-place set operators.
pub fn set_inplace(_vm: &mut Vm, _a: &Value, _b: &Value, _op: u8) -> PyResult<()> {
    Ok(())
}

/// Set operators on dict views.
pub fn view_binop(_vm: &mut Vm, _a: &Value, _b: &Value, _op: u8) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Set comparisons.
pub fn set_compare(_vm: &mut Vm, _a: &Value, _b: &Value, _op: u8) -> PyResult<bool> {
    Ok(false)
}

/// Dict view comparisons.
pub fn view_compare(_vm: &mut Vm, _a: &Value, _b: &Value, _op: u8) -> PyResult<Option<bool>> {
    Ok(None)
}

/// Install set methods.
pub fn init(_vm: &mut Vm) {}
