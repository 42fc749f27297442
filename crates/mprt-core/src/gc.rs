//! Memory management: reference counting plus a tracing cycle collector.
//!
//! Every value is reference counted (`Rc`), so acyclic garbage is freed the
//! moment it becomes unreachable. Container objects (those that can hold
//! references) are registered in a registry; [`collect`] finds unreachable
//! cycles among them with the trial-deletion scheme:
//!
//! 1. every tracked object's `refs` := its strong count;
//! 2. for every reference from one tracked object to another, the target's
//!    `refs` is decremented; what remains counts references from outside the
//!    tracked graph (VM stacks, Rust locals, other threads), i.e. roots;
//! 3. everything reachable from an object with `refs > 0` is live;
//! 4. the rest is garbage: its containers are cleared, which breaks the
//!    cycles, and reference counting frees it.
//!
//! No root enumeration is needed, so native code may hold values in any Rust
//! variable, and other threads' references are roots automatically. The price
//! is that a `trace` that reports a reference twice could make a live object
//! look garbage; traces therefore report exactly the `Rc`s an object owns, and
//! an object whose `RefCell` is borrowed during collection is treated as a root.
//!
//! Drops are made iterative here too (see [`Object`]'s `Drop`): a million-deep
//! nested list is freed without recursing on the Rust stack.
//!
//! All of this state is only touched with the GIL held.

use crate::object::{Object, Payload};
use crate::value::{Ref, Value};
use alloc::rc::Rc;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};
use core::mem::ManuallyDrop;

/// A cell for interpreter-global state that is only accessed with the GIL held.
pub struct GilCell<T>(UnsafeCell<T>);
// SAFETY: every access goes through `with`, and by the interpreter's rule all
// code touching Python objects (and therefore these globals) holds the GIL, so
// there is never concurrent access.
unsafe impl<T> Sync for GilCell<T> {}
impl<T> GilCell<T> {
    /// Wrap a value.
    pub const fn new(v: T) -> Self {
        GilCell(UnsafeCell::new(v))
    }
    /// Run `f` with exclusive access. `f` must not re-enter `with` on the same cell.
    pub fn with<R>(&self, f: impl FnOnce(&mut T) -> R) -> R {
        // SAFETY: the GIL serialises threads (see the type's Sync impl) and
        // callers never nest `with` on one cell, so this is the only reference.
        unsafe { f(&mut *self.0.get()) }
    }
}

/// Per-object collector bookkeeping.
pub struct GcLink {
    index: Cell<usize>,
    refs: Cell<isize>,
}

const UNTRACKED: usize = usize::MAX;

impl GcLink {
    /// A link for an object not (yet) tracked.
    pub const fn new() -> GcLink {
        GcLink {
            index: Cell::new(UNTRACKED),
            refs: Cell::new(0),
        }
    }
}

impl Default for GcLink {
    fn default() -> Self {
        Self::new()
    }
}

struct Registry {
    objects: Vec<*const Object>,
    allocated_since: usize,
    threshold: usize,
    enabled: bool,
    collections: usize,
}

static REGISTRY: GilCell<Registry> = GilCell::new(Registry {
    objects: Vec::new(),
    allocated_since: 0,
    threshold: 20_000,
    enabled: true,
    collections: 0,
});

struct DropQueue {
    draining: bool,
    pending: Vec<Value>,
}
static DROPS: GilCell<DropQueue> = GilCell::new(DropQueue {
    draining: false,
    pending: Vec::new(),
});

/// Register a new container object with the collector.
pub(crate) fn track(obj: &Ref) {
    REGISTRY.with(|r| {
        obj.gc.index.set(r.objects.len());
        r.objects.push(Rc::as_ptr(obj));
        r.allocated_since += 1;
    });
}

/// True when enough containers were allocated since the last collection.
pub fn should_collect() -> bool {
    REGISTRY.with(|r| r.enabled && r.allocated_since >= r.threshold)
}

/// `gc.enable()`/`gc.disable()`.
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.enabled = on);
}

/// `gc.isenabled()`.
pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.enabled)
}

/// Number of tracked container objects.
pub fn tracked_count() -> usize {
    REGISTRY.with(|r| r.objects.len())
}

/// Number of completed collections.
pub fn collections() -> usize {
    REGISTRY.with(|r| r.collections)
}

fn untrack(obj: &Object) {
    let i = obj.gc.index.get();
    if i == UNTRACKED {
        return;
    }
    REGISTRY.with(|r| {
        let last = r.objects.len() - 1;
        r.objects.swap_remove(i);
        if i != last {
            // SAFETY: registry pointers are removed before their object is freed
            // (this function runs in the object's Drop), so `moved` is alive.
            let moved = unsafe { &*r.objects[i] };
            moved.gc.index.set(i);
        }
    });
    obj.gc.index.set(UNTRACKED);
}

/// Visit every strong reference an object owns (class, dict, payload values).
pub fn trace(obj: &Object, visit: &mut dyn FnMut(&Value)) -> bool {
    let Ok(class) = obj.class.try_borrow() else {
        return false;
    };
    visit(&Value::Obj(class.clone()));
    if let Some(d) = &obj.dict {
        visit(&Value::Obj(d.clone()));
    }
    match &obj.payload {
        Payload::List(v) => match v.try_borrow() {
            Ok(v) => v.iter().for_each(|x| visit(x)),
            Err(_) => return false,
        },
        Payload::Tuple(v) => v.iter().for_each(|x| visit(x)),
        Payload::Dict(d) | Payload::Set(d) => match d.try_borrow() {
            Ok(d) => d.iter().for_each(|e| {
                visit(&e.key);
                visit(&e.value)
            }),
            Err(_) => return false,
        },
        Payload::FrozenSet(d) => d.iter().for_each(|e| {
            visit(&e.key);
            visit(&e.value)
        }),
        Payload::Type(t) => {
            visit(&Value::Obj(t.dict.clone()));
            let (Ok(b), Ok(m)) = (t.bases.try_borrow(), t.mro.try_borrow()) else {
                return false;
            };
            b.iter().for_each(|x| visit(&Value::Obj(x.clone())));
            // mro[0] is the type itself: a self-reference is still a reference.
            m.iter().for_each(|x| visit(&Value::Obj(x.clone())));
        }
        Payload::Function(f) => {
            visit(&Value::Obj(f.globals.clone()));
            let (Ok(d), Ok(k), Ok(c), Ok(n), Ok(q)) = (
                f.defaults.try_borrow(),
                f.kwdefaults.try_borrow(),
                f.closure.try_borrow(),
                f.name.try_borrow(),
                f.qualname.try_borrow(),
            ) else {
                return false;
            };
            d.iter().for_each(|x| visit(x));
            visit(&k);
            c.iter().for_each(|x| visit(&Value::Obj(x.clone())));
            visit(&n);
            visit(&q);
        }
        Payload::Builtin(b) => {
            if let Some(v) = &b.bound {
                visit(v)
            }
        }
        Payload::BoundMethod { func, this } => {
            visit(func);
            visit(this);
        }
        Payload::Module(d) => visit(&Value::Obj(d.clone())),
        Payload::Cell(c) => match c.try_borrow() {
            Ok(c) => {
                if let Some(v) = &*c {
                    visit(v)
                }
            }
            Err(_) => return false,
        },
        // Constants are immutable and shared between code and functions: not reported.
        Payload::Code(_) => {}
        Payload::Generator(g) => match g.try_borrow() {
            Ok(g) => {
                visit(&g.name);
                visit(&g.qualname);
                if let Some(f) = &g.frame {
                    f.trace(visit);
                }
            }
            Err(_) => return false,
        },
        Payload::Slice(a, b, c) => {
            visit(a);
            visit(b);
            visit(c)
        }
        Payload::Property {
            fget,
            fset,
            fdel,
            doc,
            ..
        } => {
            visit(fget);
            visit(fset);
            visit(fdel);
            visit(doc)
        }
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => visit(f),
        Payload::Super { typ, obj } => {
            visit(&Value::Obj(typ.clone()));
            visit(obj)
        }
        Payload::Exception(e) => match e.try_borrow() {
            Ok(e) => {
                for v in [&e.args, &e.cause, &e.context].into_iter().flatten() {
                    visit(v)
                }
            }
            Err(_) => return false,
        },
        Payload::Iter(s) => match s.try_borrow() {
            Ok(s) => crate::types::iter::trace_state(&s, visit),
            Err(_) => return false,
        },
        Payload::DictView(d, _) => visit(&Value::Obj(d.clone())),
        Payload::Native(n) => n.trace(visit),
        Payload::Instance
        | Payload::BigInt(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range { .. } => {}
    }
    true
}

/// Break an unreachable object's references (its payload and dict contents).
fn clear(obj: &Object) {
    if let Some(d) = &obj.dict {
        if let Payload::Dict(d) = &d.payload {
            if let Ok(mut d) = d.try_borrow_mut() {
                let old = core::mem::take(&mut *d);
                drop(d);
                drop(old);
            }
        }
    }
    match &obj.payload {
        Payload::List(v) => {
            let old = v.try_borrow_mut().map(|mut v| core::mem::take(&mut *v));
            drop(old);
        }
        Payload::Dict(d) | Payload::Set(d) => {
            let old = d.try_borrow_mut().map(|mut d| core::mem::take(&mut *d));
            drop(old);
        }
        Payload::Type(t) => {
            let old = t
                .bases
                .try_borrow_mut()
                .map(|mut v| core::mem::take(&mut *v));
            drop(old);
            let old = t.mro.try_borrow_mut().map(|mut v| core::mem::take(&mut *v));
            drop(old);
        }
        Payload::Function(f) => {
            let a = f
                .defaults
                .try_borrow_mut()
                .map(|mut v| core::mem::take(&mut *v));
            let b = f
                .closure
                .try_borrow_mut()
                .map(|mut v| core::mem::take(&mut *v));
            let c = f
                .kwdefaults
                .try_borrow_mut()
                .map(|mut v| core::mem::replace(&mut *v, Value::None));
            drop((a, b, c));
        }
        Payload::Cell(c) => {
            let old = c.try_borrow_mut().map(|mut c| c.take());
            drop(old);
        }
        Payload::Generator(g) => {
            let old = g.try_borrow_mut().map(|mut g| g.frame.take());
            drop(old);
        }
        Payload::Exception(e) => {
            let old = e
                .try_borrow_mut()
                .map(|mut e| (e.args.take(), e.cause.take(), e.context.take()));
            drop(old);
        }
        Payload::Iter(s) => {
            let old = s
                .try_borrow_mut()
                .map(|mut s| core::mem::replace(&mut *s, crate::object::IterState::Exhausted));
            drop(old);
        }
        Payload::Native(n) => n.clear(),
        _ => {}
    }
}

/// Run a full cycle collection; returns the number of objects found unreachable.
pub fn collect() -> usize {
    let objects: Vec<*const Object> = REGISTRY.with(|r| {
        r.allocated_since = 0;
        r.objects.clone()
    });
    // SAFETY (for every deref of `objects` below): the registry holds exactly
    // the live tracked objects; nothing is freed until `garbage` is dropped at
    // the end, and by then no raw pointer is used any more.
    let get = |p: *const Object| unsafe { &*p };
    // Phase 1: refs = strong count.
    for &p in &objects {
        // SAFETY: `p` came from `Rc::as_ptr` of a live Rc; ManuallyDrop keeps
        // the count unchanged.
        let rc = ManuallyDrop::new(unsafe { Rc::from_raw(p) });
        get(p).gc.refs.set(Rc::strong_count(&rc) as isize);
    }
    // Phase 2: subtract internal references; untraceable objects become roots.
    for &p in &objects {
        let ok = trace(get(p), &mut |v| {
            if let Value::Obj(c) = v {
                if c.gc.index.get() != UNTRACKED {
                    c.gc.refs.set(c.gc.refs.get() - 1);
                }
            }
        });
        if !ok {
            get(p).gc.refs.set(isize::MAX / 2);
        }
    }
    // `trace` clones the Rc it reports (a temporary +1 that is dropped at once),
    // so counts seen in phase 1 are exact.
    // Phase 3: mark everything reachable from roots. refs > 0: root; mark = -1 (reachable).
    const REACHABLE: isize = isize::MIN;
    let mut stack: Vec<*const Object> = Vec::new();
    for &p in &objects {
        if get(p).gc.refs.get() > 0 {
            get(p).gc.refs.set(REACHABLE);
            stack.push(p);
        }
    }
    while let Some(p) = stack.pop() {
        trace(get(p), &mut |v| {
            if let Value::Obj(c) = v {
                if c.gc.index.get() != UNTRACKED && c.gc.refs.get() != REACHABLE {
                    c.gc.refs.set(REACHABLE);
                    stack.push(Rc::as_ptr(c));
                }
            }
        });
    }
    // Phase 4: clear the garbage while holding strong references to it.
    let mut garbage: Vec<Ref> = Vec::new();
    for &p in &objects {
        if get(p).gc.refs.get() != REACHABLE {
            // SAFETY: `p` is live (see above); this adds a real strong reference.
            unsafe { Rc::increment_strong_count(p) };
            // SAFETY: the increment above gives this Rc its own count.
            garbage.push(unsafe { Rc::from_raw(p) });
        }
    }
    let n = garbage.len();
    for g in &garbage {
        clear(g);
    }
    drop(garbage);
    REGISTRY.with(|r| {
        r.collections += 1;
        r.threshold = (r.objects.len() / 2).max(20_000);
    });
    n
}

impl Drop for Object {
    fn drop(&mut self) {
        untrack(self);
        // Move child containers out so that freeing deep structures iterates
        // instead of recursing.
        let mut kids: Vec<Value> = Vec::new();
        if let Some(d) = self.dict.take() {
            kids.push(Value::Obj(d));
        }
        match &mut self.payload {
            Payload::List(v) => kids.append(v.get_mut()),
            Payload::Tuple(v) => kids.extend(core::mem::take(v).into_vec()),
            Payload::Dict(d) | Payload::Set(d) => {
                for e in core::mem::take(d.get_mut()).iter() {
                    kids.push(e.key.clone());
                    kids.push(e.value.clone());
                }
            }
            Payload::Cell(c) => kids.extend(c.get_mut().take()),
            _ => {}
        }
        if kids.is_empty() {
            return;
        }
        let outer = DROPS.with(|q| {
            if q.draining {
                q.pending.append(&mut kids);
                false
            } else {
                q.draining = true;
                true
            }
        });
        if !outer {
            return;
        }
        drop(kids);
        loop {
            let next = DROPS.with(|q| q.pending.pop());
            match next {
                Some(v) => drop(v),
                None => break,
            }
        }
        DROPS.with(|q| q.draining = false);
    }
}
