//! Sequence helpers shared by list, tuple, str, bytes and range: index
//! normalisation and slice resolution.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::vec::Vec;

/// Turn a possibly negative index into a position `< len`.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i as usize >= len {
        None
    } else {
        Some(i as usize)
    }
}

fn slice_part(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(Some(i)),
        Some(crate::runtime::num::IntVal::Big(b)) => {
            use num_traits::Signed;
            Ok(Some(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }))
        }
        None => match vm.index_value(v, "")? {
            Some(i) => Ok(Some(i)),
            None => {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            }
        },
    }
}

/// Resolve a slice object against a length: (start, stop, step) as in `slice.indices`.
pub fn slice_indices(vm: &mut Vm, slice: &Value, len: usize) -> PyResult<(i64, i64, i64)> {
    let Some(Payload::Slice(a, b, c)) = slice.payload() else {
        return vm.type_error("expected a slice");
    };
    let (a, b, c) = (a.clone(), b.clone(), c.clone());
    let step = slice_part(vm, &c)?.unwrap_or(1);
    if step == 0 {
        return vm.value_error("slice step cannot be zero");
    }
    let len = len as i64;
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |x: Option<i64>, dflt: i64| -> i64 {
        match x {
            None => dflt,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lo {
                        x = lo;
                    }
                } else if x > hi {
                    x = hi;
                }
                x
            }
        }
    };
    let start = fix(slice_part(vm, &a)?, if step < 0 { hi } else { lo });
    let stop = fix(slice_part(vm, &b)?, if step < 0 { lo } else { hi });
    Ok((start, stop, step))
}

/// Like [`slice_indices`] with 128-bit arithmetic, for lengths beyond `i64`
/// (huge ranges).
pub fn slice_indices_wide(vm: &mut Vm, slice: &Value, len: i128) -> PyResult<(i128, i128, i128)> {
    let Some(Payload::Slice(a, b, c)) = slice.payload() else {
        return vm.type_error("expected a slice");
    };
    let (a, b, c) = (a.clone(), b.clone(), c.clone());
    let part = |vm: &mut Vm, v: &Value| -> PyResult<Option<i128>> {
        if let Some(crate::runtime::num::IntVal::Big(b)) = crate::runtime::num::as_int(v) {
            use num_traits::Signed;
            let big = i128::MAX / 4;
            return Ok(Some(if b.is_negative() { -big } else { big }));
        }
        Ok(slice_part(vm, v)?.map(|x| x as i128))
    };
    let step = part(vm, &c)?.unwrap_or(1);
    if step == 0 {
        return vm.value_error("slice step cannot be zero");
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |x: Option<i128>, dflt: i128| -> i128 {
        match x {
            None => dflt,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < lo {
                        x = lo;
                    }
                } else if x > hi {
                    x = hi;
                }
                x
            }
        }
    };
    let start = part(vm, &a)?;
    let start = fix(start, if step < 0 { hi } else { lo });
    let stop = part(vm, &b)?;
    let stop = fix(stop, if step < 0 { lo } else { hi });
    Ok((start, stop, step))
}

/// Number of items a resolved slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    }
}

/// The items of a list or tuple value.
pub fn seq_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}
