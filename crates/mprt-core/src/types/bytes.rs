//! `bytes` and `bytearray`.

use crate::object::*;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::vec::Vec;

/// The bytes of any buffer-protocol object (bytes, bytearray, memoryview...).
pub fn buffer_bytes(_vm: &Vm, v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// `b % args`.
pub fn percent_format_bytes(vm: &mut Vm, _a: &Value, _b: &Value) -> PyResult<Value> {
    vm.type_error("bytes % not implemented yet")
}

/// `b[k]`.
pub fn bytes_getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    let data = buffer_bytes(vm, c).unwrap_or_default();
    let is_ba = matches!(c.payload(), Some(Payload::ByteArray(_)));
    if let Some(Payload::Slice(..)) = k.payload() {
        let vals: Vec<Value> = data.iter().map(|b| Value::Int(*b as i64)).collect();
        let r: Vec<u8> = vm
            .slice_values(&vals, k)?
            .iter()
            .map(|v| if let Value::Int(i) = v { *i as u8 } else { 0 })
            .collect();
        return Ok(if is_ba {
            vm.new_bytearray(r)
        } else {
            vm.new_bytes(r)
        });
    }
    let Some(i) = vm.index_value(k, "bytes")? else {
        return vm.type_error(alloc::format!(
            "byte indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    match crate::types::seq::normalize_index(i, data.len()) {
        Some(i) => Ok(Value::Int(data[i] as i64)),
        None => vm.index_error(if is_ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }),
    }
}

/// `ba[k] = v`.
pub fn bytearray_setitem(vm: &mut Vm, _c: &Value, _k: &Value, _v: Value) -> PyResult<()> {
    vm.type_error("bytearray item assignment not implemented yet")
}

/// `del ba[k]`.
pub fn bytearray_delitem(vm: &mut Vm, _c: &Value, _k: &Value) -> PyResult<()> {
    vm.type_error("bytearray item deletion not implemented yet")
}

/// `x in b`.
pub fn bytes_contains(vm: &mut Vm, c: &Value, x: &Value) -> PyResult<bool> {
    let data = buffer_bytes(vm, c).unwrap_or_default();
    if let Value::Int(i) = x {
        return Ok(data.contains(&(*i as u8)));
    }
    match buffer_bytes(vm, x) {
        Some(needle) => {
            Ok(needle.is_empty() || data.windows(needle.len()).any(|w| w == needle.as_slice()))
        }
        None => vm.type_error(alloc::format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        )),
    }
}

/// Install bytes/bytearray methods.
pub fn init(_vm: &mut Vm) {}
