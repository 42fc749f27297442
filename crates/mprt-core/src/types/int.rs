//! `int` and `bool`.

use crate::runtime::num::{as_int, IntVal};
use crate::value::Value;
use crate::vm::Vm;

/// The plain int value of an int/bool/int-subclass instance.
pub fn int_of_value(vm: &Vm, v: &Value) -> Value {
    match as_int(v) {
        Some(IntVal::Small(i)) => Value::Int(i),
        Some(IntVal::Big(b)) => vm.new_bigint(b.clone()),
        None => Value::None,
    }
}

/// Install int methods.
pub fn init(_vm: &mut Vm) {}
