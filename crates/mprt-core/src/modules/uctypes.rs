//! `uctypes` (in progress).
use crate::value::Ref;
use crate::vm::Vm;
use crate::PyResult;
/// Build the module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    Ok(vm.new_module("uctypes"))
}
