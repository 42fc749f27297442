//! `range`.

use crate::object::*;
use crate::value::{Ref, Value};
use crate::vm::Vm;
use crate::PyResult;

/// Number of elements.
pub fn range_len(p: &Payload) -> usize {
    match p {
        Payload::Range { start, stop, step } => crate::types::seq::slice_len(*start, *stop, *step),
        _ => 0,
    }
}

/// Equality of two ranges (same sequence of values).
pub fn range_eq(a: &Payload, b: &Payload) -> bool {
    match (a, b) {
        (
            Payload::Range {
                start: s1,
                step: t1,
                ..
            },
            Payload::Range {
                start: s2,
                step: t2,
                ..
            },
        ) => {
            let (l1, l2) = (range_len(a), range_len(b));
            l1 == l2 && (l1 == 0 || (s1 == s2 && (l1 == 1 || t1 == t2)))
        }
        _ => false,
    }
}

/// `r[k]`.
pub fn range_getitem(vm: &mut Vm, r: &Ref, k: &Value) -> PyResult<Value> {
    let Payload::Range { start, step, .. } = r.payload else {
        return vm.type_error("not a range");
    };
    let len = range_len(&r.payload);
    let Some(i) = vm.index_value(k, "range")? else {
        return vm.type_error(alloc::format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    match crate::types::seq::normalize_index(i, len) {
        Some(i) => Ok(Value::Int(start + step * i as i64)),
        None => vm.index_error("range object index out of range"),
    }
}

/// `x in r`.
pub fn range_contains(vm: &mut Vm, p: &Payload, x: &Value) -> PyResult<bool> {
    let Payload::Range { start, stop, step } = *p else {
        return Ok(false);
    };
    if let Value::Int(i) = x {
        let i = *i;
        let inside = if step > 0 {
            i >= start && i < stop
        } else {
            i <= start && i > stop
        };
        return Ok(inside && (i - start) % step == 0);
    }
    let _ = vm;
    Ok(false)
}

/// Install range methods.
pub fn init(_vm: &mut Vm) {}
