//! Built-in iterators (sequence, range, dict, enumerate, zip, map, filter,
//! reversed, callable-with-sentinel).

use crate::object::*;
use crate::value::{Ref, Value};
use crate::vm::Vm;
use crate::PyResult;
use alloc::vec::Vec;

/// Visit the values held by an iterator state.
pub fn trace_state(s: &IterState, visit: &mut dyn FnMut(&Value)) {
    match s {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit(seq),
        IterState::Dict { dict, .. } => visit(&Value::Obj(dict.clone())),
        IterState::Callable { func, sentinel } => {
            visit(func);
            visit(sentinel)
        }
        IterState::Enumerate { iter, count } => {
            visit(iter);
            visit(count)
        }
        IterState::Zip { iters, .. } => iters.iter().for_each(|v| visit(v)),
        IterState::Map { func, iters } => {
            visit(func);
            iters.iter().for_each(|v| visit(v))
        }
        IterState::Filter { func, iter } => {
            visit(func);
            visit(iter)
        }
        IterState::Values { items, .. } => items.iter().for_each(|v| visit(v)),
        IterState::Range { .. } | IterState::Exhausted => {}
    }
}

fn seq_item(vm: &mut Vm, seq: &Value, index: usize) -> PyResult<Option<Value>> {
    Ok(match seq {
        Value::Str(s) => {
            if s.is_ascii() {
                s.as_str()
                    .as_bytes()
                    .get(index)
                    .map(|b| vm.char_value(*b as char))
            } else {
                s.char_at(index).map(|c| vm.char_value(c))
            }
        }
        Value::Obj(o) => match &o.payload {
            Payload::List(l) => l.borrow().get(index).cloned(),
            Payload::Tuple(t) => t.get(index).cloned(),
            Payload::Str(s) => s.char_at(index).map(|c| vm.char_value(c)),
            Payload::Bytes(b) => b.get(index).map(|x| Value::Int(*x as i64)),
            Payload::ByteArray(b) => b.borrow().get(index).map(|x| Value::Int(*x as i64)),
            _ => {
                // Old-style iteration via __getitem__ until IndexError.
                match vm.getitem(seq, &Value::Int(index as i64)) {
                    Ok(v) => Some(v),
                    Err(e) => {
                        if vm.exc_matches(&e, &vm.exc.index_error.clone())
                            || vm.exc_matches(&e, &vm.exc.stop_iteration.clone())
                        {
                            None
                        } else {
                            return Err(e);
                        }
                    }
                }
            }
        },
        _ => None,
    })
}

/// Advance a built-in iterator.
pub fn iter_next(vm: &mut Vm, it: &Ref) -> PyResult<Option<Value>> {
    let Payload::Iter(cell) = &it.payload else {
        return Ok(None);
    };
    // Cheap states are advanced under the borrow; others clone what they need first.
    enum Step {
        Done(Option<Value>),
        Seq(Value, usize),
        Rev(Value, usize),
        Call(Value, Value),
        Enum(Value, Value),
        Zip(Vec<Value>, bool),
        Map(Value, Vec<Value>),
        Filter(Value, Value),
        DictChanged(bool),
    }
    let step = {
        let mut st = cell.borrow_mut();
        match &mut *st {
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.wrapping_add(*step);
                    Step::Done(Some(Value::Int(n)))
                } else {
                    Step::Done(None)
                }
            }
            IterState::Seq { seq, index } => {
                let i = *index;
                *index += 1;
                Step::Seq(seq.clone(), i)
            }
            IterState::Reversed { seq, index } => {
                if *index == 0 {
                    Step::Done(None)
                } else {
                    *index -= 1;
                    Step::Rev(seq.clone(), *index)
                }
            }
            IterState::Dict {
                dict,
                slot,
                len,
                kind,
            } => {
                let r = match &dict.payload {
                    Payload::Dict(d) | Payload::Set(d) => {
                        let d = d.borrow();
                        if d.len() != *len {
                            Err(matches!(dict.payload, Payload::Set(_)))
                        } else if *kind >= 3 {
                            Ok(d.entry_before(*slot)
                                .map(|(i, e)| (i, e.key.clone(), e.value.clone())))
                        } else {
                            Ok(d.entry_from(*slot)
                                .map(|(i, e)| (i, e.key.clone(), e.value.clone())))
                        }
                    }
                    Payload::FrozenSet(d) => Ok(d
                        .entry_from(*slot)
                        .map(|(i, e)| (i, e.key.clone(), e.value.clone()))),
                    _ => Ok(None),
                };
                match r {
                    Err(is_set) => {
                        *len = usize::MAX;
                        Step::DictChanged(is_set)
                    }
                    Ok(None) => Step::Done(None),
                    Ok(Some((i, k, v))) => {
                        *slot = if *kind >= 3 { i } else { i + 1 };
                        let kind = *kind;
                        drop(st);
                        return Ok(Some(match kind {
                            0 | 3 => k,
                            1 | 4 => v,
                            _ => vm.new_tuple(alloc::vec![k, v]),
                        }));
                    }
                }
            }
            IterState::Callable { func, sentinel } => Step::Call(func.clone(), sentinel.clone()),
            IterState::Enumerate { iter, count } => Step::Enum(iter.clone(), count.clone()),
            IterState::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            IterState::Map { func, iters } => Step::Map(func.clone(), iters.clone()),
            IterState::Filter { func, iter } => Step::Filter(func.clone(), iter.clone()),
            IterState::Values { items, index } => {
                let r = items.get(*index).cloned();
                *index += 1;
                Step::Done(r)
            }
            IterState::Exhausted => Step::Done(None),
        }
    };
    let finish = |cell: &core::cell::RefCell<IterState>| {
        *cell.borrow_mut() = IterState::Exhausted;
    };
    match step {
        Step::Done(v) => {
            if v.is_none() {
                finish(cell);
            }
            Ok(v)
        }
        Step::DictChanged(is_set) => {
            finish(cell);
            vm.runtime_error(if is_set {
                "Set changed size during iteration"
            } else {
                "dictionary changed size during iteration"
            })
        }
        Step::Seq(seq, i) | Step::Rev(seq, i) => {
            let r = seq_item(vm, &seq, i)?;
            if r.is_none() {
                finish(cell);
            }
            Ok(r)
        }
        Step::Call(func, sentinel) => {
            let v = match vm.call(&func, &[], &[]) {
                Ok(v) => v,
                Err(e) => {
                    if vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) {
                        finish(cell);
                        return Ok(None);
                    }
                    return Err(e);
                }
            };
            if vm.eq(&v, &sentinel)? {
                finish(cell);
                return Ok(None);
            }
            Ok(Some(v))
        }
        Step::Enum(iter, count) => match vm.next(&iter)? {
            Some(v) => {
                let next =
                    vm.binary_op(&count, &Value::Int(1), mprt_compiler::bytecode::binop::ADD)?;
                if let IterState::Enumerate { count: c, .. } = &mut *cell.borrow_mut() {
                    *c = next;
                }
                Ok(Some(vm.new_tuple(alloc::vec![count, v])))
            }
            None => {
                finish(cell);
                Ok(None)
            }
        },
        Step::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(iters.len());
            for (i, itv) in iters.iter().enumerate() {
                match vm.next(itv)? {
                    Some(v) => out.push(v),
                    None => {
                        finish(cell);
                        if strict {
                            if i > 0 {
                                let s = if i == 1 {
                                    alloc::string::String::from(" ")
                                } else {
                                    alloc::format!("s 1-")
                                };
                                return vm.value_error(alloc::format!(
                                    "zip() argument {} is shorter than argument{}{}",
                                    i + 1,
                                    s,
                                    i
                                ));
                            }
                            for (j, rest) in iters.iter().enumerate().skip(1) {
                                if vm.next(rest)?.is_some() {
                                    let s = if j == 1 {
                                        alloc::string::String::from(" ")
                                    } else {
                                        alloc::format!("s 1-")
                                    };
                                    return vm.value_error(alloc::format!(
                                        "zip() argument {} is longer than argument{}{}",
                                        j + 1,
                                        s,
                                        j
                                    ));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.new_tuple(out)))
        }
        Step::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            for itv in &iters {
                match vm.next(itv)? {
                    Some(v) => args.push(v),
                    None => {
                        finish(cell);
                        return Ok(None);
                    }
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        Step::Filter(func, iter) => loop {
            match vm.next(&iter)? {
                Some(v) => {
                    let keep = if func.is_none() {
                        vm.truthy(&v)?
                    } else {
                        let r = vm.call(&func, &[v.clone()], &[])?;
                        vm.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                None => {
                    finish(cell);
                    return Ok(None);
                }
            }
        },
    }
}

fn iter_iter(_vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn iter_next_m(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    // The payload's own step (not `vm.next`, which would dispatch back to a
    // subclass's `__next__` and so to here again).
    let step = match &args[0] {
        Value::Obj(o) if matches!(o.payload, Payload::Iter(_)) => iter_next(vm, o)?,
        v => vm.next(v)?,
    };
    match step {
        Some(v) => Ok(v),
        None => Err(vm.new_exception(&vm.exc.stop_iteration, Vec::new())),
    }
}

/// Install iterator methods.
/// `it.__length_hint__()`: items left for sequence, reversed, range and
/// precomputed iterators (NotImplemented for the others).
fn iter_length_hint(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    let Some(Payload::Iter(st)) = args.first().and_then(|a| a.payload()) else {
        return vm.type_error("descriptor '__length_hint__' needs an iterator");
    };
    enum H {
        Seq(Value, usize),
        N(i64),
        Unknown,
    }
    let h = match &*st.borrow() {
        IterState::Seq { seq, index } => H::Seq(seq.clone(), *index),
        IterState::Reversed { index, .. } => H::N(*index as i64),
        IterState::Values { items, index } => H::N(items.len().saturating_sub(*index) as i64),
        IterState::Range { next, stop, step } => {
            let (n, e, t) = (*next as i128, *stop as i128, *step as i128);
            let c = if t > 0 && e > n {
                (e - n + t - 1) / t
            } else if t < 0 && e < n {
                (n - e - t - 1) / -t
            } else {
                0
            };
            H::N(c.min(i64::MAX as i128) as i64)
        }
        IterState::Exhausted => H::N(0),
        _ => H::Unknown,
    };
    Ok(match h {
        H::Seq(seq, i) => {
            let n = vm.len(&seq)?;
            Value::Int(n.saturating_sub(i) as i64)
        }
        H::N(n) => Value::Int(n),
        H::Unknown => Value::NotImplemented,
    })
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.iterator.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("iterator.__iter__", iter_iter),
            ("iterator.__next__", iter_next_m),
            ("iterator.__length_hint__", iter_length_hint),
        ],
    );
}
