//! `list`: construction, methods, slice assignment/deletion and the dunder
//! methods (thin wrappers over the central runtime operations).

use crate::builtins::{check_args, kwarg};
use crate::object::*;
use crate::types::seq::{normalize_index, slice_indices, slice_len};
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;
use core::cell::RefCell;
use mprt_compiler::bytecode::{binop, cmpop};

/// The items to assign from `v` (a snapshot when `v` is the list itself).
fn assign_source(vm: &mut Vm, l: &Value, v: &Value, extended: bool) -> PyResult<Vec<Value>> {
    if l.is(v) {
        if let Some(Payload::List(items)) = l.payload() {
            return Ok(items.borrow().clone());
        }
    }
    if !vm.has_iter(v) {
        return vm.type_error(if extended {
            "must assign iterable to extended slice"
        } else {
            "can only assign an iterable"
        });
    }
    vm.iterate(v)
}

fn slice_step_is_one(vm: &mut Vm, k: &Value) -> PyResult<bool> {
    match k.payload() {
        Some(Payload::Slice(_, _, st)) => {
            if st.is_none() {
                return Ok(true);
            }
            let st = st.clone();
            Ok(matches!(vm.index_value(&st, "")?, Some(1)))
        }
        _ => Ok(true),
    }
}

/// `l[slice] = v`.
pub fn list_set_slice(vm: &mut Vm, l: &Value, k: &Value, v: Value) -> PyResult<()> {
    let Some(Payload::List(cell)) = l.payload() else {
        return vm.type_error("expected a list");
    };
    let simple = slice_step_is_one(vm, k)?;
    let new = assign_source(vm, l, &v, !simple)?;
    let len = cell.borrow().len();
    let (start, stop, step) = slice_indices(vm, k, len)?;
    if step == 1 {
        let start = start.max(0) as usize;
        let stop = (stop.max(start as i64) as usize).max(start);
        let old: Vec<Value> = {
            let mut items = cell.borrow_mut();
            let len = items.len();
            let start = start.min(len);
            let stop = stop.min(len);
            items.splice(start..stop, new).collect()
        };
        drop(old);
        return Ok(());
    }
    let n = slice_len(start, stop, step);
    if new.len() != n {
        return vm.value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new.len(),
            n
        ));
    }
    let mut old = Vec::with_capacity(n);
    {
        let mut items = cell.borrow_mut();
        let mut i = start;
        for x in new {
            if let Some(slot) = items.get_mut(i as usize) {
                old.push(core::mem::replace(slot, x));
            }
            i += step;
        }
    }
    drop(old);
    Ok(())
}

/// `del l[slice]`.
pub fn list_del_slice(vm: &mut Vm, l: &Value, k: &Value) -> PyResult<()> {
    let Some(Payload::List(cell)) = l.payload() else {
        return vm.type_error("expected a list");
    };
    let len = cell.borrow().len();
    let (start, stop, step) = slice_indices(vm, k, len)?;
    let n = slice_len(start, stop, step);
    if n == 0 {
        return Ok(());
    }
    let old: Vec<Value> = {
        let mut items = cell.borrow_mut();
        if step == 1 {
            items.drain(start as usize..stop as usize).collect()
        } else {
            // Normalise to an ascending walk.
            let (lo, st) = if step > 0 {
                (start, step)
            } else {
                (start + (n as i64 - 1) * step, -step)
            };
            let mut removed = Vec::with_capacity(n);
            let mut kept = Vec::with_capacity(items.len() - n);
            let mut next = lo;
            let mut left = n;
            for (i, x) in core::mem::take(&mut *items).into_iter().enumerate() {
                if left > 0 && i as i64 == next {
                    removed.push(x);
                    next += st;
                    left -= 1;
                } else {
                    kept.push(x);
                }
            }
            *items = kept;
            removed
        }
    };
    drop(old);
    Ok(())
}

fn this<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => match args.first() {
            Some(v) => vm.type_error(format!(
                "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            )),
            None => vm.type_error(format!("unbound method list.{}() needs an argument", name)),
        },
    }
}

fn no_args(vm: &Vm, args: &[Value], qual: &str) -> PyResult<()> {
    if args.len() != 1 {
        return vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.len() - 1
        ));
    }
    Ok(())
}

fn no_kw(vm: &Vm, kw: &KwArgs, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("{}() takes no keyword arguments", name));
    }
    Ok(())
}

fn list_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "list", &vm.types.list.clone())?;
    vm.object_new_instance(&cls)
}

fn list_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "__init__")?;
    no_kw(vm, kw, "list")?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let items = match args.get(1) {
        Some(src) => vm.iterate(src)?,
        None => Vec::new(),
    };
    let old = core::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    Ok(Value::None)
}

fn list_append(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "append")?;
    check_args(vm, "list.append", &args[1..], 1, 1)?;
    l.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "extend")?;
    check_args(vm, "list.extend", &args[1..], 1, 1)?;
    if matches!(
        args[1].payload(),
        Some(Payload::List(_) | Payload::Tuple(_))
    ) {
        let extra = crate::types::seq::seq_items(&args[1]);
        l.borrow_mut().extend(extra);
        return Ok(Value::None);
    }
    // Items are appended as they are produced (an error keeps earlier ones).
    let it = vm.get_iter(&args[1])?;
    while let Some(v) = vm.next(&it)? {
        l.borrow_mut().push(v);
    }
    Ok(Value::None)
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(i),
        Some(crate::runtime::num::IntVal::Big(b)) => {
            use num_traits::Signed;
            Ok(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        None => match vm.index_value(v, "")? {
            Some(i) => Ok(i),
            None => vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )),
        },
    }
}

fn list_insert(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "insert")?;
    check_args(vm, "insert", &args[1..], 2, 2)?;
    if let Some(crate::runtime::num::IntVal::Big(_)) = crate::runtime::num::as_int(&args[1]) {
        return vm.overflow_error("Python int too large to convert to C ssize_t");
    }
    let i = int_arg(vm, &args[1])?;
    let mut items = l.borrow_mut();
    let len = items.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "pop")?;
    check_args(vm, "pop", &args[1..], 0, 1)?;
    if let Some(crate::runtime::num::IntVal::Big(_)) =
        args.get(1).and_then(crate::runtime::num::as_int)
    {
        return vm.overflow_error("Python int too large to convert to C ssize_t");
    }
    let i = match args.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let len = l.borrow().len();
    if len == 0 {
        return vm.index_error("pop from empty list");
    }
    match normalize_index(i, len) {
        Some(i) => Ok(l.borrow_mut().remove(i)),
        None => vm.index_error("pop index out of range"),
    }
}

/// Position of the first item equal to `x` in `[start, stop)`.
fn find(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = {
            let items = l.borrow();
            if i >= stop.min(items.len()) {
                return Ok(None);
            }
            items[i].clone()
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_remove(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "remove")?;
    check_args(vm, "list.remove", &args[1..], 1, 1)?;
    match find(vm, l, &args[1], 0, usize::MAX)? {
        Some(i) => {
            let old = {
                let mut items = l.borrow_mut();
                if i < items.len() {
                    Some(items.remove(i))
                } else {
                    None
                }
            };
            drop(old);
            Ok(Value::None)
        }
        None => vm.value_error("list.remove(x): x not in list"),
    }
}

/// Resolve optional `start`/`end` arguments of `index` against a length.
pub fn index_bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let fix = |vm: &mut Vm, v: Option<&Value>, dflt: usize| -> PyResult<usize> {
        let Some(v) = v else { return Ok(dflt) };
        let i = match crate::runtime::num::as_int(v) {
            Some(crate::runtime::num::IntVal::Small(i)) => i,
            Some(crate::runtime::num::IntVal::Big(b)) => {
                use num_traits::Signed;
                if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }
            }
            None => match vm.index_value(v, "")? {
                Some(i) => i,
                None => {
                    return vm
                        .type_error("slice indices must be integers or have an __index__ method")
                }
            },
        };
        let len = len as i64;
        Ok(if i < 0 {
            (i + len).max(0) as usize
        } else {
            i.min(len) as usize
        })
    };
    let s = fix(vm, args.first(), 0)?;
    let e = fix(vm, args.get(1), len)?;
    Ok((s, e))
}

fn list_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "index")?;
    check_args(vm, "index", &args[1..], 1, 3)?;
    let len = l.borrow().len();
    let (s, e) = index_bounds(vm, &args[2..], len)?;
    match find(vm, l, &args[1], s, e)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[1])?;
            vm.value_error(format!("{} is not in list", r.as_str()))
        }
    }
}

fn list_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "count")?;
    check_args(vm, "list.count", &args[1..], 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if vm.eq(&item, &args[1])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "sort")?;
    if args.len() > 1 {
        return vm.type_error("sort() takes no positional arguments");
    }
    for (k, _) in kw {
        if k.as_str() != "key" && k.as_str() != "reverse" {
            return vm.type_error(format!(
                "'{}' is an invalid keyword argument for sort()",
                k.as_str()
            ));
        }
    }
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    // While sorting, the list appears empty; its placeholder has a
    // capacity of exactly one, so any mutation (even clear()) shows.
    let mut items = core::mem::replace(&mut *l.borrow_mut(), Vec::with_capacity(1));
    let r = crate::builtins::sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = {
        let mut cur = l.borrow_mut();
        let m = !cur.is_empty() || cur.capacity() != 1;
        let old = core::mem::replace(&mut *cur, items);
        (m, old)
    };
    drop(modified.1);
    r?;
    if modified.0 {
        return vm.value_error("list modified during sort");
    }
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "reverse")?;
    no_args(vm, args, "list.reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "copy")?;
    no_args(vm, args, "list.copy")?;
    let items = l.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let l = this(vm, args, "clear")?;
    no_args(vm, args, "list.clear")?;
    let old = core::mem::take(&mut *l.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn dunder_self<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match args.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => match args.first() {
            // list's __getitem__ is a method descriptor in CPython.
            Some(v) if name == "__getitem__" => vm.type_error(format!(
                "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
                name,
                vm.type_name(v)
            )),
            Some(v) => vm.type_error(format!(
                "descriptor '{}' requires a 'list' object but received a '{}'",
                name,
                vm.type_name(v)
            )),
            None => vm.type_error(format!(
                "descriptor '{}' of 'list' object needs an argument",
                name
            )),
        },
    }
}

fn need(vm: &Vm, args: &[Value], n: usize, name: &str) -> PyResult<()> {
    if args.len() != n + 1 {
        if n == 0 {
            return vm.type_error(format!(
                "expected 0 arguments, got {}",
                args.len().saturating_sub(1)
            ));
        }
        return vm.type_error(format!(
            "{} expected {} argument{}, got {}",
            name,
            n,
            if n == 1 { "" } else { "s" },
            args.len().saturating_sub(1)
        ));
    }
    Ok(())
}

/// `l[k]` on the list payload (no subclass dispatch).
pub fn list_getitem(vm: &mut Vm, l: &Value, k: &Value) -> PyResult<Value> {
    let Some(Payload::List(items)) = l.payload() else {
        return vm.type_error("expected a list");
    };
    if let Some(Payload::Slice(..)) = k.payload() {
        let items = items.borrow().clone();
        let r = vm.slice_values(&items, k)?;
        return Ok(vm.new_list(r));
    }
    let Some(i) = vm.index_value(k, "list")? else {
        return vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    let len = items.borrow().len();
    match normalize_index(i, len) {
        Some(i) => Ok(items.borrow()[i].clone()),
        None => vm.index_error("list index out of range"),
    }
}

fn l_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_self(vm, args, "__getitem__")?;
    if args.len() != 2 {
        return vm.type_error(format!(
            "list.__getitem__() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    list_getitem(vm, &args[0], &args[1])
}

fn l_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__setitem__")?;
    need(vm, args, 2, "__setitem__")?;
    let (k, v) = (&args[1], args[2].clone());
    if let Some(Payload::Slice(..)) = k.payload() {
        list_set_slice(vm, &args[0], k, v)?;
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(k, "list")? else {
        return vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    let len = items.borrow().len();
    match normalize_index(i, len) {
        Some(i) => {
            let old = core::mem::replace(&mut items.borrow_mut()[i], v);
            drop(old);
            Ok(Value::None)
        }
        None => vm.index_error("list assignment index out of range"),
    }
}

fn l_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__delitem__")?;
    need(vm, args, 1, "__delitem__")?;
    let k = &args[1];
    if let Some(Payload::Slice(..)) = k.payload() {
        list_del_slice(vm, &args[0], k)?;
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(k, "list")? else {
        return vm.type_error(format!(
            "list indices must be integers or slices, not {}",
            vm.type_name(k)
        ));
    };
    let len = items.borrow().len();
    match normalize_index(i, len) {
        Some(i) => {
            let old = items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => vm.index_error("list assignment index out of range"),
    }
}

fn l_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__len__")?;
    need(vm, args, 0, "__len__")?;
    let n = items.borrow().len();
    Ok(Value::Int(n as i64))
}

fn l_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_self(vm, args, "__iter__")?;
    need(vm, args, 0, "__iter__")?;
    Ok(vm.new_iter(IterState::Seq {
        seq: args[0].clone(),
        index: 0,
    }))
}

fn l_reversed(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__reversed__")?;
    need(vm, args, 0, "__reversed__")?;
    let n = items.borrow().len();
    Ok(vm.new_iter(IterState::Reversed {
        seq: args[0].clone(),
        index: n,
    }))
}

fn l_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__contains__")?;
    need(vm, args, 1, "__contains__")?;
    Ok(Value::Bool(
        find(vm, items, &args[1], 0, usize::MAX)?.is_some(),
    ))
}

fn l_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_self(vm, args, "__add__")?;
    need(vm, args, 1, "__add__")?;
    match vm.builtin_binop(&args[0], &args[1], binop::ADD)? {
        Some(r) => Ok(r),
        None => vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args[1])
        )),
    }
}

fn l_iadd(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__iadd__")?;
    need(vm, args, 1, "__iadd__")?;
    let extra = vm.iterate(&args[1])?;
    items.borrow_mut().extend(extra);
    Ok(args[0].clone())
}

fn repeat_n(vm: &mut Vm, n: &Value) -> PyResult<i64> {
    match crate::runtime::num::as_int(n) {
        Some(crate::runtime::num::IntVal::Small(i)) => Ok(i),
        Some(crate::runtime::num::IntVal::Big(_)) => {
            vm.overflow_error("cannot fit 'int' into an index-sized integer")
        }
        None => match vm.index_value(n, "")? {
            Some(i) => Ok(i),
            None => vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(n)
            )),
        },
    }
}

fn l_mul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__mul__")?;
    need(vm, args, 1, "__mul__")?;
    let n = repeat_n(vm, &args[1])?.max(0) as usize;
    let src = items.borrow().clone();
    if n > 0
        && src
            .len()
            .checked_mul(n)
            .map(|t| t > (1 << 28))
            .unwrap_or(true)
    {
        return vm.memory_error();
    }
    let mut r = Vec::with_capacity(src.len() * n);
    for _ in 0..n {
        r.extend(src.iter().cloned());
    }
    Ok(vm.new_list(r))
}

fn l_imul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let items = dunder_self(vm, args, "__imul__")?;
    need(vm, args, 1, "__imul__")?;
    let n = repeat_n(vm, &args[1])?.max(0) as usize;
    let src = items.borrow().clone();
    if n > 0
        && src
            .len()
            .checked_mul(n)
            .map(|t| t > (1 << 28))
            .unwrap_or(true)
    {
        return vm.memory_error();
    }
    let mut r = Vec::with_capacity(src.len() * n);
    for _ in 0..n {
        r.extend(src.iter().cloned());
    }
    let old = core::mem::replace(&mut *items.borrow_mut(), r);
    drop(old);
    Ok(args[0].clone())
}

fn cmp_impl(vm: &mut Vm, args: &[Value], op: u8, name: &str) -> PyResult<Value> {
    dunder_self(vm, args, name)?;
    need(vm, args, 1, name)?;
    if !matches!(args[1].payload(), Some(Payload::List(_))) {
        return Ok(Value::NotImplemented);
    }
    let x = crate::types::seq::seq_items(&args[0]);
    let y = crate::types::seq::seq_items(&args[1]);
    Ok(Value::Bool(vm.compare_seqs(&x, &y, op)?))
}

fn l_eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::EQ, "__eq__")
}
fn l_ne(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::NE, "__ne__")
}
fn l_lt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::LT, "__lt__")
}
fn l_le(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::LE, "__le__")
}
fn l_gt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::GT, "__gt__")
}
fn l_ge(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::GE, "__ge__")
}

fn l_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    dunder_self(vm, args, "__repr__")?;
    let s = vm.builtin_repr(&args[0])?;
    Ok(Value::str(&s))
}

/// Install a `__new__` staticmethod on a type.
pub fn set_new(vm: &mut Vm, ty: &crate::value::Ref, name: &'static str, f: NativeFn) {
    let nf = vm.new_builtin(name, f);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(nf),
        None,
    ));
    crate::vm::types::set_type_attr(ty, "__new__", sm);
}

/// Install list methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("list.__init__", list_init),
            ("list.append", list_append),
            ("list.extend", list_extend),
            ("list.insert", list_insert),
            ("list.pop", list_pop),
            ("list.remove", list_remove),
            ("list.index", list_index),
            ("list.count", list_count),
            ("list.sort", list_sort),
            ("list.reverse", list_reverse),
            ("list.copy", list_copy),
            ("list.clear", list_clear),
            ("list.__getitem__", l_getitem),
            ("list.__setitem__", l_setitem),
            ("list.__delitem__", l_delitem),
            ("list.__len__", l_len),
            ("list.__iter__", l_iter),
            ("list.__reversed__", l_reversed),
            ("list.__contains__", l_contains),
            ("list.__add__", l_add),
            ("list.__iadd__", l_iadd),
            ("list.__mul__", l_mul),
            ("list.__rmul__", l_mul),
            ("list.__imul__", l_imul),
            ("list.__eq__", l_eq),
            ("list.__ne__", l_ne),
            ("list.__lt__", l_lt),
            ("list.__le__", l_le),
            ("list.__gt__", l_gt),
            ("list.__ge__", l_ge),
            ("list.__repr__", l_repr),
        ],
    );
    set_new(vm, &t, "list.__new__", list_new);
    crate::vm::types::set_type_attr(&t, "__hash__", Value::None);
}
