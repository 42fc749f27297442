//! `tuple`.

use crate::vm::Vm;

/// Install tuple methods.
pub fn init(_vm: &mut Vm) {}
