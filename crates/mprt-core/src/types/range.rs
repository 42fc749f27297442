//! `range`.

use crate::object::*;
use crate::value::{Ref, Value};
use crate::vm::Vm;
use crate::PyResult;

/// Number of elements (saturating at `usize::MAX`).
pub fn range_len(p: &Payload) -> usize {
    match p {
        Payload::Range { start, stop, step } => len_i128(*start, *stop, *step) as usize,
        _ => 0,
    }
}

/// `len(r)`: OverflowError when the length does not fit an index-sized int.
pub fn range_len_checked(vm: &Vm, p: &Payload) -> PyResult<usize> {
    let n = match p {
        Payload::Range { start, stop, step } => len_i128(*start, *stop, *step),
        _ => 0,
    };
    if n > i64::MAX as u128 {
        return vm.overflow_error("Python int too large to convert to C ssize_t");
    }
    Ok(n as usize)
}

fn len_i128(start: i64, stop: i64, step: i64) -> u128 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && stop > start {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    (n as u128).min(usize::MAX as u128)
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
    let len = len_i128(start, stop_of(&r.payload), step);
    if let Some(Payload::Slice(..)) = k.payload() {
        let (a, b, c) = crate::types::seq::slice_indices_wide(vm, k, len as i128)?;
        let at = |i: i128| -> i128 { start as i128 + i * step as i128 };
        let (ns, ne, nt) = (at(a), at(b), (step as i128).saturating_mul(c));
        let fits = |x: i128| x >= i64::MIN as i128 && x <= i64::MAX as i128;
        if !fits(ns) || !fits(ne) || !fits(nt) {
            return vm.overflow_error("Python int too large to convert to C ssize_t");
        }
        return Ok(new_range(vm, ns as i64, ne as i64, nt as i64));
    }
    if let Some(crate::runtime::num::IntVal::Big(_)) = crate::runtime::num::as_int(k) {
        return vm.index_error("range object index out of range");
    }
    let Some(i) = vm.index_value(k, "range")? else {
        return vm.type_error(alloc::format!(
            "range indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    let i = i as i128;
    let i = if i < 0 { i + len as i128 } else { i };
    if i < 0 || i >= len as i128 {
        return vm.index_error("range object index out of range");
    }
    Ok(Value::Int((start as i128 + step as i128 * i) as i64))
}

fn stop_of(p: &Payload) -> i64 {
    match p {
        Payload::Range { stop, .. } => *stop,
        _ => 0,
    }
}

/// A new exact range object.
pub fn new_range(vm: &Vm, start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(Object::new(
        vm.types.range.clone(),
        Payload::Range { start, stop, step },
        None,
    ))
}

fn int_in(start: i64, stop: i64, step: i64, i: i64) -> bool {
    let inside = if step > 0 {
        i >= start && i < stop
    } else {
        i <= start && i > stop
    };
    inside && ((i as i128 - start as i128) % step as i128) == 0
}

/// `x in r`.
pub fn range_contains(vm: &mut Vm, p: &Payload, x: &Value) -> PyResult<bool> {
    let Payload::Range { start, stop, step } = *p else {
        return Ok(false);
    };
    match x {
        Value::Int(i) => return Ok(int_in(start, stop, step, *i)),
        Value::Bool(b) => return Ok(int_in(start, stop, step, *b as i64)),
        _ => {}
    }
    if let Some(crate::runtime::num::IntVal::Big(_)) = crate::runtime::num::as_int(x) {
        if crate::runtime::ops::is_builtin_value(x) {
            return Ok(false);
        }
    }
    // Other values: compare by equality with each element.
    let n = len_i128(start, stop, step);
    let mut v = start as i128;
    let mut k: u128 = 0;
    while k < n {
        if vm.eq(&Value::Int(v as i64), x)? {
            return Ok(true);
        }
        v += step as i128;
        k += 1;
        if k & 0xfff == 0 {
            vm.check_pending()?;
        }
    }
    Ok(false)
}

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(i),
        Some(crate::runtime::num::IntVal::Big(_)) => {
            vm.overflow_error("Python int too large to convert to C ssize_t")
        }
        None => {
            if !crate::runtime::ops::is_builtin_value(v) {
                let cls = vm.type_of(v);
                if let Some(m) = vm.lookup_type(&cls, "__index__") {
                    let r = vm.call(&m, &[v.clone()], &[])?;
                    if crate::runtime::num::as_int(&r).is_none() {
                        return vm.type_error(alloc::format!(
                            "__index__ returned non-int (type {})",
                            vm.type_name(&r)
                        ));
                    }
                    return int_of(vm, &r);
                }
            }
            vm.type_error(alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            ))
        }
    }
}

/// `range.__new__(cls, ...)`.
pub fn range_new(vm: &mut Vm, args: &[Value], kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("range() takes no keyword arguments");
    }
    let a = &args[1.min(args.len())..];
    if a.is_empty() {
        return vm.type_error("range expected at least 1 argument, got 0");
    }
    if a.len() > 3 {
        return vm.type_error(alloc::format!(
            "range expected at most 3 arguments, got {}",
            a.len()
        ));
    }
    let mut nums = alloc::vec::Vec::new();
    for v in a {
        nums.push(int_of(vm, v)?);
    }
    let (start, stop, step) = match nums.len() {
        1 => (0, nums[0], 1),
        2 => (nums[0], nums[1], 1),
        _ => (nums[0], nums[1], nums[2]),
    };
    if step == 0 {
        return vm.value_error("range() arg 3 must not be zero");
    }
    Ok(new_range(vm, start, stop, step))
}

fn this(vm: &Vm, args: &[Value], name: &str, n: usize) -> PyResult<(i64, i64, i64)> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::Range { start, stop, step }) => {
            if args.len() != n + 1 {
                return vm.type_error(alloc::format!(
                    "range.{}() takes exactly one argument ({} given)",
                    name,
                    args.len() - 1
                ));
            }
            Ok((*start, *stop, *step))
        }
        _ => vm.type_error(alloc::format!(
            "descriptor '{}' for 'range' objects doesn't apply to a '{}' object",
            name,
            args.first().map(|v| vm.type_name(v)).unwrap_or_default()
        )),
    }
}

fn r_count(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let (s, e, t) = this(vm, args, "count", 1)?;
    if let Value::Int(i) = &args[1] {
        return Ok(Value::Int(int_in(s, e, t, *i) as i64));
    }
    let n = len_i128(s, e, t);
    let mut c = 0;
    let mut v = s as i128;
    for _ in 0..n {
        if vm.eq(&Value::Int(v as i64), &args[1])? {
            c += 1;
        }
        v += t as i128;
    }
    Ok(Value::Int(c))
}

fn r_index(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let (s, e, t) = this(vm, args, "index", 1)?;
    let x = &args[1];
    let ival = match x {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    if let Some(i) = ival {
        if int_in(s, e, t, i) {
            return Ok(Value::Int(((i as i128 - s as i128) / t as i128) as i64));
        }
    } else {
        let n = len_i128(s, e, t);
        let mut v = s as i128;
        for k in 0..n {
            if vm.eq(&Value::Int(v as i64), x)? {
                return Ok(Value::Int(k as i64));
            }
            v += t as i128;
        }
    }
    if ival.is_none() {
        return vm.value_error("sequence.index(x): x not in sequence");
    }
    let r = vm.repr(x)?;
    vm.value_error(alloc::format!("{} is not in range", r.as_str()))
}

fn r_len(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let (s, e, t) = this(vm, args, "__len__", 0)?;
    let n = len_i128(s, e, t);
    if n > i64::MAX as u128 {
        return vm.overflow_error("Python int too large to convert to C ssize_t");
    }
    Ok(Value::Int(n as i64))
}

fn r_getitem(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    this(vm, args, "__getitem__", 1)?;
    let o = args[0].as_obj().unwrap().clone();
    range_getitem(vm, &o, &args[1])
}

fn r_contains(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    this(vm, args, "__contains__", 1)?;
    let o = args[0].as_obj().unwrap().clone();
    Ok(Value::Bool(range_contains(vm, &o.payload, &args[1])?))
}

fn r_iter(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let (s, e, t) = this(vm, args, "__iter__", 0)?;
    Ok(vm.new_iter(IterState::Range {
        next: s,
        stop: e,
        step: t,
    }))
}

fn r_reversed(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let (s, e, t) = this(vm, args, "__reversed__", 0)?;
    let n = len_i128(s, e, t) as i128;
    let last = s as i128 + (n - 1) * t as i128;
    let stop = s as i128 - t as i128;
    if stop < i64::MIN as i128 || stop > i64::MAX as i128 {
        let items: alloc::vec::Vec<Value> = (0..n)
            .rev()
            .map(|k| Value::Int((s as i128 + k * t as i128) as i64))
            .collect();
        return Ok(vm.new_iter(IterState::Values { items, index: 0 }));
    }
    Ok(vm.new_iter(IterState::Range {
        next: last as i64,
        stop: stop as i64,
        step: -t,
    }))
}

fn r_cmp(vm: &mut Vm, args: &[Value], eq: bool, name: &str) -> PyResult<Value> {
    this(vm, args, name, 1)?;
    match (args[0].payload(), args[1].payload()) {
        (Some(a), Some(b @ Payload::Range { .. })) => Ok(Value::Bool(range_eq(a, b) == eq)),
        _ => Ok(Value::NotImplemented),
    }
}
fn r_eq(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    r_cmp(vm, args, true, "__eq__")
}
fn r_ne(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    r_cmp(vm, args, false, "__ne__")
}

fn r_hash(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let (s, e, t) = this(vm, args, "__hash__", 0)?;
    Ok(Value::Int(range_hash(vm, s, e, t)?))
}

/// CPython's range hash: `hash((len, start, step))` with `None` for
/// the parts that do not affect equality.
pub fn range_hash(vm: &mut Vm, start: i64, stop: i64, step: i64) -> PyResult<i64> {
    let n = len_i128(start, stop, step);
    let t = match n {
        0 => [Value::Int(0), Value::None, Value::None],
        1 => [Value::Int(1), Value::Int(start), Value::None],
        _ => [Value::Int(n as i64), Value::Int(start), Value::Int(step)],
    };
    vm.hash_tuple(&t)
}

fn r_repr(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    this(vm, args, "__repr__", 0)?;
    let s = vm.builtin_repr(&args[0])?;
    Ok(Value::str(&s))
}

/// An `__index__` value as an exact big int (`None` when not an integer).
fn big_index(vm: &mut Vm, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
    if let Some(i) = crate::runtime::num::as_int(v) {
        return Ok(Some(i.big().into_owned()));
    }
    if crate::runtime::ops::is_builtin_value(v) {
        return Ok(None);
    }
    let cls = vm.type_of(v);
    let Some(m) = vm.lookup_type(&cls, "__index__") else {
        return Ok(None);
    };
    let r = vm.call(&m, &[v.clone()], &[])?;
    match crate::runtime::num::as_int(&r) {
        Some(i) => Ok(Some(i.big().into_owned())),
        None => vm.type_error(alloc::format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )),
    }
}

fn slice_indices_m(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    use num_bigint::BigInt;
    use num_traits::{Signed, Zero};
    let Some(Payload::Slice(a, b, c)) = args.first().and_then(|v| v.payload()) else {
        return vm.type_error(alloc::format!(
            "descriptor 'indices' for 'slice' objects doesn't apply to a '{}' object",
            args.first()
                .map(|a| vm.type_name(a))
                .unwrap_or_else(|| "nothing".into())
        ));
    };
    let (a, b, c) = (a.clone(), b.clone(), c.clone());
    if args.len() != 2 {
        return vm.type_error(alloc::format!(
            "slice.indices() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let Some(n) = big_index(vm, &args[1])? else {
        return vm.type_error(alloc::format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args[1])
        ));
    };
    if n.is_negative() {
        return vm.value_error("length should not be negative");
    }
    let part = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        match big_index(vm, v)? {
            Some(x) => Ok(Some(x)),
            None => {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            }
        }
    };
    let step = part(vm, &c)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return vm.value_error("slice step cannot be zero");
    }
    let start = part(vm, &a)?;
    let stop = part(vm, &b)?;
    let neg = step.is_negative();
    let (lo, hi) = if neg {
        (BigInt::from(-1), &n - 1)
    } else {
        (BigInt::zero(), n.clone())
    };
    let fix = |x: Option<BigInt>, dflt: &BigInt| -> BigInt {
        match x {
            None => dflt.clone(),
            Some(mut x) => {
                if x.is_negative() {
                    x += &n;
                    if x < lo {
                        x = lo.clone();
                    }
                } else if x > hi {
                    x = hi.clone();
                }
                x
            }
        }
    };
    let start = fix(start, if neg { &hi } else { &lo });
    let stop = fix(stop, if neg { &lo } else { &hi });
    let items = alloc::vec![
        vm.new_bigint(start),
        vm.new_bigint(stop),
        vm.new_bigint(step)
    ];
    Ok(vm.new_tuple(items))
}

/// Install range methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.range.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("range.count", r_count),
            ("range.index", r_index),
            ("range.__len__", r_len),
            ("range.__getitem__", r_getitem),
            ("range.__contains__", r_contains),
            ("range.__iter__", r_iter),
            ("range.__reversed__", r_reversed),
            ("range.__eq__", r_eq),
            ("range.__ne__", r_ne),
            ("range.__hash__", r_hash),
            ("range.__repr__", r_repr),
        ],
    );
    crate::types::list::set_new(vm, &t, "range.__new__", range_new);
    let s = vm.types.slice.clone();
    crate::vm::types::add_methods(&vm.types, &s, &[("slice.indices", slice_indices_m)]);
}
