//! `set` and `frozenset`, and set operations on dict views.

use crate::dict::DictData;
use crate::object::*;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;
use core::cell::RefCell;
use mprt_compiler::bytecode::{binop, cmpop};

/// The elements of a set/frozenset in CPython's iteration order.
pub fn set_items(v: &Value) -> Vec<Value> {
    let (keys, hashes): (Vec<Value>, Vec<i64>) = match v.payload() {
        Some(Payload::Set(d)) => d.borrow().iter().map(|e| (e.key.clone(), e.hash)).unzip(),
        Some(Payload::FrozenSet(d)) => d.iter().map(|e| (e.key.clone(), e.hash)).unzip(),
        _ => return Vec::new(),
    };
    let order = cpython_order(&hashes);
    order.into_iter().map(|i| keys[i].clone()).collect()
}

const LINEAR_PROBES: usize = 9;

/// Place entry `k` like CPython's `set_add_entry` for a new key (no dummies).
fn probe_insert(table: &mut [Option<usize>], mask: usize, h: i64, k: usize, clean: bool) {
    let mut perturb = h as u64 as usize;
    let mut i = (h as u64 as usize) & mask;
    loop {
        if table[i].is_none() {
            table[i] = Some(k);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if table[i + j].is_none() {
                    table[i + j] = Some(k);
                    return;
                }
            }
        }
        let _ = clean;
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
    }
}

/// Slot order of CPython's set table after inserting keys with these
/// hashes one by one (growing the table the way CPython does).
fn cpython_order(hashes: &[i64]) -> Vec<usize> {
    let n = hashes.len();
    if n <= 1 {
        return (0..n).collect();
    }
    let mut mask: usize = 7;
    let mut table: Vec<Option<usize>> = alloc::vec![None; 8];
    let mut fill = 0usize;
    for (k, &h) in hashes.iter().enumerate() {
        probe_insert(&mut table, mask, h, k, false);
        fill += 1;
        if fill * 5 >= mask * 3 {
            let minused = if fill > 50000 { fill * 2 } else { fill * 4 };
            let mut size = 8usize;
            while size <= minused {
                size <<= 1;
            }
            let old = core::mem::replace(&mut table, alloc::vec![None; size]);
            mask = size - 1;
            for e in old.into_iter().flatten() {
                probe_insert(&mut table, mask, hashes[e], e, true);
            }
        }
    }
    table.into_iter().flatten().collect()
}

fn iter_check(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    // args: (bound (set, len), item)
    let (Some(b), Some(item)) = (args.first(), args.get(1)) else {
        return Ok(Value::None);
    };
    if let Some(Payload::Tuple(t)) = b.payload() {
        if let (Some(s), Some(Value::Int(n))) = (t.first(), t.get(1)) {
            if set_len(s) as i64 != *n {
                return Err(
                    vm.new_exc_msg(&vm.exc.runtime_error, "Set changed size during iteration")
                );
            }
        }
    }
    Ok(item.clone())
}

/// `iter(s)` for a set or frozenset: CPython's order, with the
/// "changed size during iteration" check.
pub fn set_iter(vm: &mut Vm, s: &Value) -> Value {
    let items = set_items(s);
    let n = items.len() as i64;
    let inner = vm.new_iter(IterState::Values { items, index: 0 });
    let bound = vm.new_tuple(alloc::vec![s.clone(), Value::Int(n)]);
    let func = vm.new_builtin_bound("set_iterator", iter_check, bound);
    vm.new_iter(IterState::Map {
        func,
        iters: alloc::vec![inner],
    })
}

impl Vm {
    /// Add an element to a set value.
    pub fn set_add(&mut self, s: &Value, x: Value) -> PyResult<()> {
        let Some(Payload::Set(d)) = s.payload() else {
            return Ok(());
        };
        let (h, i) = self.dict_find(d, &x)?;
        if i.is_none() {
            d.borrow_mut().push(h, x, Value::None);
        }
        Ok(())
    }
}

fn is_setlike(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// Find `x` in immutable set data.
fn frozen_find(vm: &mut Vm, d: &DictData, x: &Value) -> PyResult<Option<usize>> {
    let h = vm.hash(x)?;
    let mut needs_vm = false;
    let f = d.find(h, |k| match Vm::fast_eq(k, x) {
        Some(b) => b,
        None => {
            needs_vm = true;
            false
        }
    });
    if f.is_some() || !needs_vm {
        return Ok(f);
    }
    let cands: Vec<(usize, Value)> = d
        .candidates(h)
        .filter_map(|i| d.entry(i).map(|e| (i, e.key.clone())))
        .collect();
    for (i, k) in cands {
        if vm.eq(&k, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// A (mutable) set used as a key is looked up as the equal frozenset.
fn key_of(vm: &Vm, x: &Value) -> Value {
    if let Some(Payload::Set(d)) = x.payload() {
        return vm.new_set_from(d.borrow().clone(), true);
    }
    x.clone()
}

/// `x in s`.
pub fn set_contains(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    let k = key_of(vm, x);
    match s.payload() {
        Some(Payload::Set(d)) => Ok(vm.dict_find(d, &k)?.1.is_some()),
        Some(Payload::FrozenSet(d)) => Ok(frozen_find(vm, d, &k)?.is_some()),
        _ => Ok(false),
    }
}

/// Build set data from values (hashing each).
fn build(vm: &mut Vm, items: Vec<Value>) -> PyResult<DictData> {
    let cell = RefCell::new(DictData::new());
    for x in items {
        let (h, i) = vm.dict_find(&cell, &x)?;
        if i.is_none() {
            cell.borrow_mut().push(h, x, Value::None);
        }
    }
    Ok(cell.into_inner())
}

fn raw_data(v: &Value) -> DictData {
    match v.payload() {
        Some(Payload::Set(d)) => d.borrow().clone(),
        Some(Payload::FrozenSet(d)) => d.clone(),
        _ => DictData::new(),
    }
}

/// The elements of any iterable (sets without running code).
fn iter_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if is_setlike(v) {
        return Ok(set_items(v));
    }
    vm.iterate(v)
}

/// `v` as a set-like value usable for membership tests.
fn as_lookup(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_setlike(v) {
        return Ok(v.clone());
    }
    let items = vm.iterate(v)?;
    let d = build(vm, items)?;
    Ok(vm.new_set_from(d, true))
}

fn set_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Set(d)) => d.borrow().len(),
        Some(Payload::FrozenSet(d)) => d.len(),
        _ => 0,
    }
}

fn add_to(vm: &mut Vm, cell: &RefCell<DictData>, x: Value) -> PyResult<()> {
    let (h, i) = vm.dict_find(cell, &x)?;
    if i.is_none() {
        cell.borrow_mut().push(h, x, Value::None);
    }
    Ok(())
}

fn op_union(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<DictData> {
    let cell = RefCell::new(raw_data(a));
    for o in others {
        for x in iter_items(vm, o)? {
            add_to(vm, &cell, x)?;
        }
    }
    Ok(cell.into_inner())
}

fn op_inter(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<DictData> {
    let cell = RefCell::new(DictData::new());
    if is_setlike(b) {
        let (small, big) = if set_len(b) > set_len(a) {
            (a, b)
        } else {
            (b, a)
        };
        for x in set_items(small) {
            if set_contains(vm, big, &x)? {
                add_to(vm, &cell, x)?;
            }
        }
    } else {
        for x in vm.iterate(b)? {
            if set_contains(vm, a, &x)? {
                add_to(vm, &cell, x)?;
            }
        }
    }
    Ok(cell.into_inner())
}

fn op_diff(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<DictData> {
    let lk = as_lookup(vm, b)?;
    let cell = RefCell::new(DictData::new());
    for x in set_items(a) {
        if !set_contains(vm, &lk, &x)? {
            add_to(vm, &cell, x)?;
        }
    }
    Ok(cell.into_inner())
}

fn op_symdiff(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<DictData> {
    let lk = as_lookup(vm, b)?;
    let cell = RefCell::new(DictData::new());
    for x in set_items(a) {
        if !set_contains(vm, &lk, &x)? {
            add_to(vm, &cell, x)?;
        }
    }
    for x in set_items(&lk) {
        if !set_contains(vm, a, &x)? {
            add_to(vm, &cell, x)?;
        }
    }
    Ok(cell.into_inner())
}

fn binop_data(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<DictData>> {
    Ok(Some(match op {
        binop::OR => op_union(vm, a, core::slice::from_ref(b))?,
        binop::AND => op_inter(vm, a, b)?,
        binop::SUB => op_diff(vm, a, b)?,
        binop::XOR => op_symdiff(vm, a, b)?,
        _ => return Ok(None),
    }))
}

/// Keys (or items) of a keys/items dict view as a fresh set value.
fn view_as_set(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v.payload() {
        Some(Payload::DictView(_, k)) if *k != 1 => {
            let items = vm.iterate(v)?;
            let d = build(vm, items)?;
            Ok(Some(vm.new_set_from(d, false)))
        }
        _ => Ok(None),
    }
}

/// Binary set operators.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    if !matches!(op, binop::OR | binop::AND | binop::SUB | binop::XOR) {
        return Ok(None);
    }
    let frozen = matches!(a.payload(), Some(Payload::FrozenSet(_)));
    let b = if is_setlike(b) {
        b.clone()
    } else {
        match view_as_set(vm, b)? {
            Some(s) => {
                // `set op view` is computed by the view (result is a set).
                let d = binop_data(vm, a, &s, op)?.unwrap_or_default();
                return Ok(Some(vm.new_set_from(d, false)));
            }
            None => return Ok(None),
        }
    };
    match binop_data(vm, a, &b, op)? {
        Some(d) => Ok(Some(vm.new_set_from(d, frozen))),
        None => Ok(None),
    }
}

fn replace_data(s: &Value, d: DictData) {
    if let Some(Payload::Set(c)) = s.payload() {
        let old = core::mem::replace(&mut *c.borrow_mut(), d);
        drop(old);
    }
}

fn discard(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    let k = key_of(vm, x);
    Ok(vm.dict_remove(s, &k)?.is_some())
}

/// In-place set operators.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<()> {
    match op {
        binop::OR => {
            for x in iter_items(vm, b)? {
                vm.set_add(a, x)?;
            }
        }
        binop::AND => {
            let d = op_inter(vm, a, b)?;
            replace_data(a, d);
        }
        binop::SUB => {
            if a.is(b) {
                replace_data(a, DictData::new());
                return Ok(());
            }
            for x in iter_items(vm, b)? {
                discard(vm, a, &x)?;
            }
        }
        binop::XOR => {
            if a.is(b) {
                replace_data(a, DictData::new());
                return Ok(());
            }
            let other = as_lookup(vm, b)?;
            for x in set_items(&other) {
                if !discard(vm, a, &x)? {
                    vm.set_add(a, x)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
    for x in set_items(a) {
        if !set_contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<bool> {
    let (la, lb) = (set_len(a), set_len(b));
    Ok(match op {
        cmpop::EQ => la == lb && is_subset(vm, a, b)?,
        cmpop::NE => !(la == lb && is_subset(vm, a, b)?),
        cmpop::LE => is_subset(vm, a, b)?,
        cmpop::LT => la < lb && is_subset(vm, a, b)?,
        cmpop::GE => is_subset(vm, b, a)?,
        _ => la > lb && is_subset(vm, b, a)?,
    })
}

/// Set operators on dict views.
pub fn view_binop(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    if !matches!(op, binop::OR | binop::AND | binop::SUB | binop::XOR) {
        return Ok(None);
    }
    let Some(s) = view_as_set(vm, a)? else {
        return Ok(None);
    };
    if !vm.has_iter(b) {
        return vm.type_error(format!("'{}' object is not iterable", vm.type_name(b)));
    }
    let d = binop_data(vm, &s, b, op)?.unwrap_or_default();
    Ok(Some(vm.new_set_from(d, false)))
}

/// Reflected dict view set operators: `iterable op view` (result is a set).
pub fn view_rbinop(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<Value>> {
    if !matches!(op, binop::OR | binop::AND | binop::SUB | binop::XOR) {
        return Ok(None);
    }
    let Some(vs) = view_as_set(vm, b)? else {
        return Ok(None);
    };
    if !vm.has_iter(a) {
        return vm.type_error(format!("'{}' object is not iterable", vm.type_name(a)));
    }
    let items = vm.iterate(a)?;
    let d = build(vm, items)?;
    let s = vm.new_set_from(d, false);
    let d = binop_data(vm, &s, &vs, op)?.unwrap_or_default();
    Ok(Some(vm.new_set_from(d, false)))
}

/// Dict view comparisons.
pub fn view_compare(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<Option<bool>> {
    let conv = |vm: &mut Vm, v: &Value| -> PyResult<Option<Value>> {
        if is_setlike(v) {
            return Ok(Some(v.clone()));
        }
        view_as_set(vm, v)
    };
    let Some(x) = conv(vm, a)? else {
        return Ok(None);
    };
    let Some(y) = conv(vm, b)? else {
        return Ok(None);
    };
    set_compare(vm, &x, &y, op).map(Some)
}

// ----- methods -------------------------------------------------------------

fn this<'a>(vm: &Vm, args: &'a [Value], name: &str, mutable: bool) -> PyResult<&'a Value> {
    let tn = if mutable { "set" } else { "frozenset" };
    match args.first() {
        Some(v)
            if (mutable && matches!(v.payload(), Some(Payload::Set(_))))
                || (!mutable && is_setlike(v)) =>
        {
            Ok(v)
        }
        Some(v) => vm.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            tn,
            vm.type_name(v)
        )),
        None => vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            tn, name
        )),
    }
}

fn one_arg(vm: &Vm, args: &[Value], qual: &str) -> PyResult<()> {
    if args.len() != 2 {
        return vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            args.len().saturating_sub(1)
        ));
    }
    Ok(())
}

fn no_args(vm: &Vm, args: &[Value], qual: &str) -> PyResult<()> {
    if args.len() != 1 {
        return vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.len().saturating_sub(1)
        ));
    }
    Ok(())
}

fn result(vm: &Vm, like: &Value, d: DictData) -> Value {
    let frozen = matches!(like.payload(), Some(Payload::FrozenSet(_)));
    vm.new_set_from(d, frozen)
}

fn set_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return vm.type_error("set.__new__(X): X is not a type object");
    };
    if alloc::rc::Rc::ptr_eq(&cls, &vm.types.set) && !kw.is_empty() {
        return vm.type_error("set() takes no keyword arguments");
    }
    vm.object_new_instance(&cls)
}

fn set_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "__init__", true)?.clone();
    if !kw.is_empty() {
        return vm.type_error("set() takes no keyword arguments");
    }
    if args.len() > 2 {
        return vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    replace_data(&s, DictData::new());
    if let Some(src) = args.get(1) {
        for x in iter_items(vm, src)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = args.first().and_then(|c| c.as_obj()).cloned() else {
        return vm.type_error("frozenset.__new__(X): X is not a type object");
    };
    let exact = alloc::rc::Rc::ptr_eq(&cls, &vm.types.frozenset);
    if exact && !kw.is_empty() {
        return vm.type_error("frozenset() takes no keyword arguments");
    }
    if args.len() > 2 {
        return vm.type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let d = match args.get(1) {
        Some(src) => {
            if exact
                && matches!(src.payload(), Some(Payload::FrozenSet(_)))
                && crate::runtime::ops::is_builtin_value(src)
            {
                return Ok(src.clone());
            }
            let items = iter_items(vm, src)?;
            build(vm, items)?
        }
        None => DictData::new(),
    };
    if exact {
        return Ok(vm.new_set_from(d, true));
    }
    let has_dict = cls
        .type_data()
        .map(|t| t.has_instance_dict.get())
        .unwrap_or(false);
    let dict = if has_dict {
        Some(vm.new_dict_ref(DictData::new()))
    } else {
        None
    };
    Ok(Value::Obj(Object::new(cls, Payload::FrozenSet(d), dict)))
}

fn s_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "add", true)?.clone();
    one_arg(vm, args, "set.add")?;
    vm.set_add(&s, args[1].clone())?;
    Ok(Value::None)
}

fn s_remove(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "remove", true)?.clone();
    one_arg(vm, args, "set.remove")?;
    if !discard(vm, &s, &args[1])? {
        return vm.key_error(args[1].clone());
    }
    Ok(Value::None)
}

fn s_discard(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "discard", true)?.clone();
    one_arg(vm, args, "set.discard")?;
    discard(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn s_pop(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "pop", true)?.clone();
    no_args(vm, args, "set.pop")?;
    match set_items(&s).into_iter().next() {
        Some(k) => {
            vm.dict_remove(&s, &k)?;
            Ok(k)
        }
        None => vm.key_error(Value::str("pop from an empty set")),
    }
}

fn s_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "clear", true)?.clone();
    no_args(vm, args, "set.clear")?;
    replace_data(&s, DictData::new());
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "copy", true)?.clone();
    no_args(vm, args, "set.copy")?;
    Ok(vm.new_set_from(raw_data(&s), false))
}

fn fs_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "copy", false)?.clone();
    no_args(vm, args, "frozenset.copy")?;
    if crate::runtime::ops::is_builtin_value(&s)
        && matches!(s.payload(), Some(Payload::FrozenSet(_)))
    {
        return Ok(s);
    }
    Ok(result(vm, &s, raw_data(&s)))
}

fn s_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "update", true)?.clone();
    for o in &args[1..] {
        for x in iter_items(vm, o)? {
            vm.set_add(&s, x)?;
        }
    }
    Ok(Value::None)
}

fn union_m(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let s = this(vm, args, "union", mutable)?.clone();
    let d = op_union(vm, &s, &args[1..])?;
    Ok(result(vm, &s, d))
}
fn s_union(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    union_m(vm, args, true)
}
fn fs_union(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    union_m(vm, args, false)
}

fn inter_m(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let s = this(vm, args, "intersection", mutable)?.clone();
    let mut cur = vm.new_set_from(raw_data(&s), true);
    for o in &args[1..] {
        let d = op_inter(vm, &cur, o)?;
        cur = vm.new_set_from(d, true);
    }
    Ok(result(vm, &s, raw_data(&cur)))
}
fn s_inter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    inter_m(vm, args, true)
}
fn fs_inter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    inter_m(vm, args, false)
}

fn diff_m(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let s = this(vm, args, "difference", mutable)?.clone();
    let mut cur = vm.new_set_from(raw_data(&s), true);
    for o in &args[1..] {
        let d = op_diff(vm, &cur, o)?;
        cur = vm.new_set_from(d, true);
    }
    Ok(result(vm, &s, raw_data(&cur)))
}
fn s_diff(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    diff_m(vm, args, true)
}
fn fs_diff(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    diff_m(vm, args, false)
}

fn symdiff_m(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let s = this(vm, args, "symmetric_difference", mutable)?.clone();
    one_arg(
        vm,
        args,
        if mutable {
            "set.symmetric_difference"
        } else {
            "frozenset.symmetric_difference"
        },
    )?;
    let d = op_symdiff(vm, &s, &args[1])?;
    Ok(result(vm, &s, d))
}
fn s_symdiff(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    symdiff_m(vm, args, true)
}
fn fs_symdiff(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    symdiff_m(vm, args, false)
}

fn s_inter_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "intersection_update", true)?.clone();
    let mut cur = vm.new_set_from(raw_data(&s), true);
    for o in &args[1..] {
        let d = op_inter(vm, &cur, o)?;
        cur = vm.new_set_from(d, true);
    }
    replace_data(&s, raw_data(&cur));
    Ok(Value::None)
}

fn s_diff_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "difference_update", true)?.clone();
    for o in &args[1..] {
        set_inplace(vm, &s, o, binop::SUB)?;
    }
    Ok(Value::None)
}

fn s_symdiff_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "symmetric_difference_update", true)?.clone();
    one_arg(vm, args, "set.symmetric_difference_update")?;
    set_inplace(vm, &s, &args[1], binop::XOR)?;
    Ok(Value::None)
}

fn isdisjoint_m(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let s = this(vm, args, "isdisjoint", mutable)?.clone();
    one_arg(
        vm,
        args,
        if mutable {
            "set.isdisjoint"
        } else {
            "frozenset.isdisjoint"
        },
    )?;
    for x in iter_items(vm, &args[1])? {
        if set_contains(vm, &s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
fn s_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    isdisjoint_m(vm, args, true)
}
fn fs_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    isdisjoint_m(vm, args, false)
}

fn subset_m(vm: &mut Vm, args: &[Value], mutable: bool, sup: bool) -> PyResult<Value> {
    let name = if sup { "issuperset" } else { "issubset" };
    let s = this(vm, args, name, mutable)?.clone();
    one_arg(
        vm,
        args,
        &format!("{}.{}", if mutable { "set" } else { "frozenset" }, name),
    )?;
    let o = as_lookup(vm, &args[1])?;
    let r = if sup {
        is_subset(vm, &o, &s)?
    } else {
        is_subset(vm, &s, &o)?
    };
    Ok(Value::Bool(r))
}
fn s_issubset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    subset_m(vm, args, true, false)
}
fn fs_issubset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    subset_m(vm, args, false, false)
}
fn s_issuperset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    subset_m(vm, args, true, true)
}
fn fs_issuperset(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    subset_m(vm, args, false, true)
}

fn dself<'a>(vm: &Vm, args: &'a [Value], name: &str, n: usize) -> PyResult<&'a Value> {
    match args.first() {
        Some(v) if is_setlike(v) => {
            if args.len() != n + 1 {
                return vm.type_error(format!(
                    "expected {} argument{}, got {}",
                    n,
                    if n == 1 { "" } else { "s" },
                    args.len() - 1
                ));
            }
            Ok(v)
        }
        Some(v) => vm.type_error(format!(
            "descriptor '{}' requires a 'set' object but received a '{}'",
            name,
            vm.type_name(v)
        )),
        None => vm.type_error(format!("descriptor '{}' needs an argument", name)),
    }
}

fn d_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dself(vm, args, "__contains__", 1)?.clone();
    Ok(Value::Bool(set_contains(vm, &s, &args[1])?))
}

fn d_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dself(vm, args, "__len__", 0)?;
    Ok(Value::Int(set_len(s) as i64))
}

fn d_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dself(vm, args, "__iter__", 0)?.clone();
    Ok(set_iter(vm, &s))
}

fn bin_impl(vm: &mut Vm, args: &[Value], op: u8, rev: bool, name: &str) -> PyResult<Value> {
    let s = dself(vm, args, name, 1)?.clone();
    if !is_setlike(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    let (a, b) = if rev {
        (args[1].clone(), s)
    } else {
        (s, args[1].clone())
    };
    Ok(set_binop(vm, &a, &b, op)?.unwrap_or(Value::NotImplemented))
}

fn d_or(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::OR, false, "__or__")
}
fn d_and(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::AND, false, "__and__")
}
fn d_sub(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::SUB, false, "__sub__")
}
fn d_xor(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::XOR, false, "__xor__")
}
fn d_ror(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::OR, true, "__ror__")
}
fn d_rand(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::AND, true, "__rand__")
}
fn d_rsub(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::SUB, true, "__rsub__")
}
fn d_rxor(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    bin_impl(vm, a, binop::XOR, true, "__rxor__")
}

fn ibin_impl(vm: &mut Vm, args: &[Value], op: u8, name: &str) -> PyResult<Value> {
    let s = dself(vm, args, name, 1)?.clone();
    if !is_setlike(&args[1]) || !matches!(s.payload(), Some(Payload::Set(_))) {
        return Ok(Value::NotImplemented);
    }
    set_inplace(vm, &s, &args[1], op)?;
    Ok(s)
}
fn d_ior(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    ibin_impl(vm, a, binop::OR, "__ior__")
}
fn d_iand(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    ibin_impl(vm, a, binop::AND, "__iand__")
}
fn d_isub(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    ibin_impl(vm, a, binop::SUB, "__isub__")
}
fn d_ixor(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    ibin_impl(vm, a, binop::XOR, "__ixor__")
}

fn cmp_impl(vm: &mut Vm, args: &[Value], op: u8, name: &str) -> PyResult<Value> {
    let s = dself(vm, args, name, 1)?.clone();
    if !is_setlike(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    Ok(Value::Bool(set_compare(vm, &s, &args[1], op)?))
}
fn d_eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::EQ, "__eq__")
}
fn d_ne(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::NE, "__ne__")
}
fn d_lt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::LT, "__lt__")
}
fn d_le(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::LE, "__le__")
}
fn d_gt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::GT, "__gt__")
}
fn d_ge(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp_impl(vm, a, cmpop::GE, "__ge__")
}

fn d_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dself(vm, args, "__repr__", 0)?.clone();
    let r = vm.builtin_repr(&s)?;
    Ok(Value::str(&r))
}

fn fs_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dself(vm, args, "__hash__", 0)?.clone();
    let plain = vm.new_set_from(raw_data(&s), true);
    Ok(Value::Int(vm.hash(&plain)?))
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return vm.type_error("isdisjoint() needs an argument");
    };
    one_arg(vm, args, "isdisjoint")?;
    let Some(s) = view_as_set(vm, v)? else {
        return vm.type_error("isdisjoint() requires a dict view");
    };
    for x in vm.iterate(&args[1])? {
        if set_contains(vm, &s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Install set methods.
pub fn init(vm: &mut Vm) {
    for t in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        crate::vm::types::add_methods(&vm.types, &t, &[("dict_keys.isdisjoint", view_isdisjoint)]);
    }
    let common: &[(&'static str, NativeFn)] = &[
        ("set.__contains__", d_contains),
        ("set.__len__", d_len),
        ("set.__iter__", d_iter),
        ("set.__or__", d_or),
        ("set.__and__", d_and),
        ("set.__sub__", d_sub),
        ("set.__xor__", d_xor),
        ("set.__ror__", d_ror),
        ("set.__rand__", d_rand),
        ("set.__rsub__", d_rsub),
        ("set.__rxor__", d_rxor),
        ("set.__eq__", d_eq),
        ("set.__ne__", d_ne),
        ("set.__lt__", d_lt),
        ("set.__le__", d_le),
        ("set.__gt__", d_gt),
        ("set.__ge__", d_ge),
        ("set.__repr__", d_repr),
    ];
    let t = vm.types.set.clone();
    crate::vm::types::add_methods(&vm.types, &t, common);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("set.__init__", set_init),
            ("set.add", s_add),
            ("set.remove", s_remove),
            ("set.discard", s_discard),
            ("set.pop", s_pop),
            ("set.clear", s_clear),
            ("set.copy", s_copy),
            ("set.update", s_update),
            ("set.union", s_union),
            ("set.intersection", s_inter),
            ("set.difference", s_diff),
            ("set.symmetric_difference", s_symdiff),
            ("set.intersection_update", s_inter_update),
            ("set.difference_update", s_diff_update),
            ("set.symmetric_difference_update", s_symdiff_update),
            ("set.isdisjoint", s_isdisjoint),
            ("set.issubset", s_issubset),
            ("set.issuperset", s_issuperset),
            ("set.__ior__", d_ior),
            ("set.__iand__", d_iand),
            ("set.__isub__", d_isub),
            ("set.__ixor__", d_ixor),
        ],
    );
    crate::types::list::set_new(vm, &t, "set.__new__", set_new);
    crate::vm::types::set_type_attr(&t, "__hash__", Value::None);
    let f = vm.types.frozenset.clone();
    crate::vm::types::add_methods(&vm.types, &f, common);
    crate::vm::types::add_methods(
        &vm.types,
        &f,
        &[
            ("frozenset.copy", fs_copy),
            ("frozenset.union", fs_union),
            ("frozenset.intersection", fs_inter),
            ("frozenset.difference", fs_diff),
            ("frozenset.symmetric_difference", fs_symdiff),
            ("frozenset.isdisjoint", fs_isdisjoint),
            ("frozenset.issubset", fs_issubset),
            ("frozenset.issuperset", fs_issuperset),
            ("frozenset.__hash__", fs_hash),
        ],
    );
    crate::types::list::set_new(vm, &f, "frozenset.__new__", frozenset_new);
}
