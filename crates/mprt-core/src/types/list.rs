//! `list`.

use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// `l[slice] = v`.
pub fn list_set_slice(vm: &mut Vm, _l: &Value, _k: &Value, _v: Value) -> PyResult<()> {
    vm.type_error("list slice assignment not implemented yet")
}

/// `del l[slice]`.
pub fn list_del_slice(vm: &mut Vm, _l: &Value, _k: &Value) -> PyResult<()> {
    vm.type_error("list slice deletion not implemented yet")
}

/// Install list methods.
pub fn init(_vm: &mut Vm) {}
