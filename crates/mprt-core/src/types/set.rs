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

/// The elements of a set/frozenset in iteration (CPython's table) order.
pub fn set_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Set(d)) => d.borrow().iter().map(|e| e.key.clone()).collect(),
        Some(Payload::FrozenSet(d)) => d.iter().map(|e| e.key.clone()).collect(),
        _ => Vec::new(),
    }
}

/// `iter(s)` for a set or frozenset: walks the live table in slot order
/// (CPython's order), raising "Set changed size during iteration" like CPython.
pub fn set_iter(vm: &mut Vm, s: &Value) -> Value {
    let Value::Obj(o) = s else {
        return vm.new_iter(IterState::Values {
            items: Vec::new(),
            index: 0,
        });
    };
    let len = set_len(s);
    vm.new_iter(IterState::Dict {
        dict: o.clone(),
        slot: 0,
        len,
        kind: 0,
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

/// Build set data from values (hashing each), adding them one by one.
fn build(vm: &mut Vm, items: Vec<Value>) -> PyResult<DictData> {
    let cell = RefCell::new(DictData::new_set());
    for x in items {
        add_to(vm, &cell, x)?;
    }
    Ok(cell.into_inner())
}

/// A snapshot of a set's table (same layout).
fn raw_data(v: &Value) -> DictData {
    match v.payload() {
        Some(Payload::Set(d)) => d.borrow().clone(),
        Some(Payload::FrozenSet(d)) => d.clone(),
        _ => DictData::new_set(),
    }
}

/// A copy of a set the way CPython's `set_copy` builds it (a fresh table).
fn copy_data(v: &Value) -> DictData {
    match v.payload() {
        Some(Payload::Set(d)) => d.borrow().set_copy(),
        Some(Payload::FrozenSet(d)) => d.set_copy(),
        _ => DictData::new_set(),
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

fn is_exact_dict(vm: &Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
        && v.as_obj()
            .is_some_and(|o| alloc::rc::Rc::ptr_eq(&o.class.borrow(), &vm.types.dict))
}

fn add_to(vm: &mut Vm, cell: &RefCell<DictData>, x: Value) -> PyResult<()> {
    let (h, i) = vm.dict_find(cell, &x)?;
    if i.is_none() {
        cell.borrow_mut().push(h, x, Value::None);
    }
    Ok(())
}

/// Remove `x` from the set in `cell`; false when absent.
fn discard_in(vm: &mut Vm, cell: &RefCell<DictData>, x: &Value) -> PyResult<bool> {
    let (_, i) = vm.dict_find(cell, x)?;
    Ok(match i {
        Some(i) => {
            let e = cell.borrow_mut().remove_at(i);
            drop(e);
            true
        }
        None => false,
    })
}

/// CPython's `set_update_internal`: add the elements of `other`.
fn update_cell(vm: &mut Vm, cell: &RefCell<DictData>, other: &Value) -> PyResult<()> {
    if is_setlike(other) {
        let od = raw_data(other);
        cell.borrow_mut().set_reserve(od.len());
        if cell.borrow_mut().set_merge_clean(&od) {
            return Ok(());
        }
        for e in od.iter() {
            add_to(vm, cell, e.key.clone())?;
        }
        return Ok(());
    }
    let items = vm.iterate(other)?;
    if is_exact_dict(vm, other) {
        cell.borrow_mut().set_reserve(items.len());
    }
    for x in items {
        add_to(vm, cell, x)?;
    }
    Ok(())
}

/// CPython's `set_difference_update_internal` (without the `so is other` case).
fn diff_update_cell(vm: &mut Vm, cell: &RefCell<DictData>, other: &Value) -> PyResult<()> {
    for x in iter_items(vm, other)? {
        discard_in(vm, cell, &x)?;
    }
    cell.borrow_mut().set_shrink_dummies();
    Ok(())
}

/// CPython's `set_symmetric_difference_update` (without the `so is other` case).
fn symdiff_update_cell(vm: &mut Vm, cell: &RefCell<DictData>, other: &Value) -> PyResult<()> {
    let items = if is_setlike(other) || is_exact_dict(vm, other) {
        vm.iterate(other)?
    } else {
        let tmp = RefCell::new(DictData::new_set());
        update_cell(vm, &tmp, other)?;
        let d = tmp.into_inner();
        d.iter().map(|e| e.key.clone()).collect()
    };
    for x in items {
        if !discard_in(vm, cell, &x)? {
            add_to(vm, cell, x)?;
        }
    }
    Ok(())
}

fn op_union(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<DictData> {
    let cell = RefCell::new(copy_data(a));
    for o in others {
        if !o.is(a) {
            update_cell(vm, &cell, o)?;
        }
    }
    Ok(cell.into_inner())
}

fn op_inter(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<DictData> {
    let cell = RefCell::new(DictData::new_set());
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

/// CPython's `set_difference`: iterate `a` when `b` is a set or dict not
/// much smaller than `a`, else copy `a` and remove `b`'s elements.
fn op_diff(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<DictData> {
    let other_size = if is_setlike(b) {
        Some(set_len(b))
    } else if is_exact_dict(vm, b) {
        Some(vm.len(b)?)
    } else {
        None
    };
    match other_size {
        Some(n) if (set_len(a) >> 2) <= n => {
            let cell = RefCell::new(DictData::new_set());
            let b_is_set = is_setlike(b);
            for x in set_items(a) {
                let found = if b_is_set {
                    set_contains(vm, b, &x)?
                } else {
                    vm.contains(b, &x)?
                };
                if !found {
                    add_to(vm, &cell, x)?;
                }
            }
            Ok(cell.into_inner())
        }
        _ => {
            let cell = RefCell::new(copy_data(a));
            diff_update_cell(vm, &cell, b)?;
            Ok(cell.into_inner())
        }
    }
}

/// CPython's `set_symmetric_difference`: a copy of `b` updated with `a`.
fn op_symdiff(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<DictData> {
    let cell = RefCell::new(DictData::new_set());
    update_cell(vm, &cell, b)?;
    symdiff_update_cell(vm, &cell, a)?;
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

/// Give the set `s` new data (keeping its `pop` position, as CPython does).
fn replace_data(s: &Value, mut d: DictData) {
    if let Some(Payload::Set(c)) = s.payload() {
        d.set_set_finger(c.borrow().set_finger());
        let old = core::mem::replace(&mut *c.borrow_mut(), d);
        drop(old);
    }
}

fn discard(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    let k = key_of(vm, x);
    Ok(vm.dict_remove(s, &k)?.is_some())
}

/// The frozenset constant CPython 3.11's compiler makes for a display of
/// constants (`{1, 2, 3}`): built from the items, then rebuilt from its own
/// iteration order when constants are merged; the display's set is merged
/// from it at run time. Constant items are always hashable.
pub fn folded_frozenset(vm: &mut Vm, items: Vec<Value>) -> Value {
    let first = build(vm, items).unwrap_or_else(|_| DictData::new_set());
    let again = build(vm, first.iter().map(|e| e.key.clone()).collect())
        .unwrap_or_else(|_| DictData::new_set());
    vm.new_set_from(again, true)
}

/// In-place set operators (also the `update`-style methods).
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: u8) -> PyResult<()> {
    let Some(Payload::Set(cell)) = a.payload() else {
        return Ok(());
    };
    match op {
        binop::OR => update_cell(vm, cell, b)?,
        binop::AND => {
            let d = op_inter(vm, a, b)?;
            replace_data(a, d);
        }
        binop::SUB | binop::XOR if a.is(b) => replace_data(a, DictData::new_set()),
        binop::SUB => diff_update_cell(vm, cell, b)?,
        binop::XOR => symdiff_update_cell(vm, cell, b)?,
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
                || (!mutable && matches!(v.payload(), Some(Payload::FrozenSet(_)))) =>
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
    let cls = super::new_cls_arg(vm, args, "set", &vm.types.set.clone())?;
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
    replace_data(&s, DictData::new_set());
    if let (Some(src), Some(Payload::Set(cell))) = (args.get(1), s.payload()) {
        update_cell(vm, cell, src)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "frozenset", &vm.types.frozenset.clone())?;
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
            let cell = RefCell::new(DictData::new_set());
            update_cell(vm, &cell, src)?;
            cell.into_inner()
        }
        None => DictData::new_set(),
    };
    if exact {
        return Ok(vm.new_set_from(d, true));
    }
    let dict = vm.instance_dict_for(&cls);
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
    let popped = match s.payload() {
        Some(Payload::Set(d)) => d.borrow_mut().set_pop(),
        _ => None,
    };
    match popped {
        Some(e) => Ok(e.key),
        None => vm.key_error(Value::str("pop from an empty set")),
    }
}

fn s_clear(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "clear", true)?.clone();
    no_args(vm, args, "set.clear")?;
    replace_data(&s, DictData::new_set());
    Ok(Value::None)
}

fn s_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "copy", true)?.clone();
    no_args(vm, args, "set.copy")?;
    Ok(vm.new_set_from(copy_data(&s), false))
}

fn fs_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "copy", false)?.clone();
    no_args(vm, args, "frozenset.copy")?;
    if crate::runtime::ops::is_builtin_value(&s)
        && matches!(s.payload(), Some(Payload::FrozenSet(_)))
    {
        return Ok(s);
    }
    Ok(result(vm, &s, copy_data(&s)))
}

fn s_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "update", true)?.clone();
    for o in &args[1..] {
        set_inplace(vm, &s, o, binop::OR)?;
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
    let d = inter_multi(vm, &s, &args[1..])?;
    Ok(result(vm, &s, d))
}
/// CPython's `set_intersection_multi`: a copy without arguments, else the
/// running intersection with each argument in turn.
fn inter_multi(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<DictData> {
    if others.is_empty() {
        return Ok(copy_data(s));
    }
    let mut cur = s.clone();
    let (last, rest) = others.split_last().expect("others is not empty");
    for o in rest {
        let d = op_inter(vm, &cur, o)?;
        cur = vm.new_set_from(d, true);
    }
    op_inter(vm, &cur, last)
}
fn s_inter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    inter_m(vm, args, true)
}
fn fs_inter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    inter_m(vm, args, false)
}

fn diff_m(vm: &mut Vm, args: &[Value], mutable: bool) -> PyResult<Value> {
    let s = this(vm, args, "difference", mutable)?.clone();
    let Some((first, rest)) = args[1..].split_first() else {
        return Ok(result(vm, &s, copy_data(&s)));
    };
    let cell = RefCell::new(op_diff(vm, &s, first)?);
    for o in rest {
        diff_update_cell(vm, &cell, o)?;
    }
    Ok(result(vm, &s, cell.into_inner()))
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
    let d = inter_multi(vm, &s, &args[1..])?;
    replace_data(&s, d);
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
