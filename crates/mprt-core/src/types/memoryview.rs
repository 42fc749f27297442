//! `memoryview`: a zero-copy view (format 'B') over a bytes, bytearray or
//! array object, with slicing producing sub-views and item/slice
//! assignment writing through to mutable sources.

use crate::object::*;
use crate::types::bytes::{buffer_bytes, raw_buffer_bytes};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::{Cell, RefCell};

/// A memoryview: `len` bytes of `obj` starting at `start`, `step` apart.
pub struct MemoryView {
    /// The underlying object (bytes, bytearray or array).
    pub obj: RefCell<Value>,
    /// First byte position in the source.
    pub start: usize,
    /// Distance between selected bytes.
    pub step: isize,
    /// Number of bytes in the view.
    pub len: usize,
    /// Writes are refused.
    pub readonly: bool,
    /// `release()` was called.
    pub released: Cell<bool>,
}

impl NativeObject for MemoryView {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj.borrow());
    }
    fn clear(&self) {
        let old = core::mem::replace(&mut *self.obj.borrow_mut(), Value::None);
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl MemoryView {
    fn positions(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |k| (self.start as isize + k as isize * self.step) as usize)
    }
    /// The viewed bytes (None once released).
    pub fn bytes(&self) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        let src = raw_buffer_bytes(&self.obj.borrow())?;
        Some(
            self.positions()
                .map(|p| src.get(p).copied().unwrap_or(0))
                .collect(),
        )
    }
    fn write(&self, vm: &Vm, offset: usize, data: &[u8]) -> PyResult<()> {
        let obj = self.obj.borrow().clone();
        let pos: Vec<usize> = self.positions().skip(offset).take(data.len()).collect();
        let apply = |v: &mut Vec<u8>| {
            for (p, b) in pos.iter().zip(data.iter()) {
                if let Some(x) = v.get_mut(*p) {
                    *x = *b;
                }
            }
        };
        match obj.payload() {
            Some(Payload::ByteArray(b)) => {
                apply(&mut b.borrow_mut());
                Ok(())
            }
            Some(Payload::Native(n)) => {
                if let Some(a) = n.as_any().downcast_ref::<crate::modules::array::ArrayObj>() {
                    apply(&mut a.data.borrow_mut());
                    return Ok(());
                }
                vm.type_error("cannot modify read-only memory")
            }
            _ => vm.type_error("cannot modify read-only memory"),
        }
    }
}

fn get_mv(v: &Value) -> Option<&MemoryView> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

fn mv_ref<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemoryView> {
    match get_mv(v) {
        Some(m) if m.released.get() => {
            vm.value_error("operation forbidden on released memoryview object")
        }
        Some(m) => Ok(m),
        None => vm.type_error("descriptor requires a 'memoryview' object"),
    }
}

fn is_mutable_source(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::ByteArray(_)) => true,
        Some(Payload::Native(n)) => n
            .as_any()
            .downcast_ref::<crate::modules::array::ArrayObj>()
            .is_some(),
        _ => false,
    }
}

fn mv_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs(vm, "memoryview", kw, &["object"])?;
    let cls = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let src = match args.get(1).or_else(|| crate::builtins::kwarg(kw, "object")) {
        Some(s) => s.clone(),
        None => return vm.type_error("memoryview() missing required argument 'object' (pos 1)"),
    };
    if args.len() > 2 {
        return vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len() - 1
        ));
    }
    if let Some(m) = get_mv(&src) {
        if m.released.get() {
            return vm.value_error("operation forbidden on released memoryview object");
        }
        let mv = MemoryView {
            obj: RefCell::new(m.obj.borrow().clone()),
            start: m.start,
            step: m.step,
            len: m.len,
            readonly: m.readonly,
            released: Cell::new(false),
        };
        return Ok(Value::Obj(Object::new(
            cls,
            Payload::Native(alloc::boxed::Box::new(mv)),
            None,
        )));
    }
    let Some(data) = buffer_bytes(vm, &src) else {
        return vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&src)
        ));
    };
    let mv = MemoryView {
        readonly: !is_mutable_source(&src),
        obj: RefCell::new(src),
        start: 0,
        step: 1,
        len: data.len(),
        released: Cell::new(false),
    };
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(alloc::boxed::Box::new(mv)),
        None,
    )))
}

fn mv_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    let m = mv_ref(vm, &args[0])?;
    let k = &args[1];
    if let Some(Payload::Slice(..)) = k.payload() {
        let (start, stop, step) = crate::types::seq::slice_indices(vm, k, m.len)?;
        let n = crate::types::seq::slice_len(start, stop, step);
        let first = if n == 0 {
            0
        } else {
            (m.start as isize + start as isize * m.step) as usize
        };
        let mv = MemoryView {
            obj: RefCell::new(m.obj.borrow().clone()),
            start: first,
            step: m.step * step as isize,
            len: n,
            readonly: m.readonly,
            released: Cell::new(false),
        };
        let cls = vm.type_of(&args[0]);
        return Ok(Value::Obj(Object::new(
            cls,
            Payload::Native(alloc::boxed::Box::new(mv)),
            None,
        )));
    }
    if matches!(k, Value::Ellipsis) {
        return Ok(args[0].clone());
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error("memoryview: invalid slice key");
    };
    let data = m.bytes().unwrap_or_default();
    match crate::types::seq::normalize_index(i, data.len()) {
        Some(i) => Ok(Value::Int(data[i] as i64)),
        None => vm.index_error("index out of bounds on dimension 1"),
    }
}

fn mv_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__setitem__", &args[1..], 2, 2)?;
    let m = mv_ref(vm, &args[0])?;
    if m.readonly {
        return vm.type_error("cannot modify read-only memory");
    }
    let (k, v) = (&args[1], &args[2]);
    if let Some(Payload::Slice(..)) = k.payload() {
        let (start, stop, step) = crate::types::seq::slice_indices(vm, k, m.len)?;
        let n = crate::types::seq::slice_len(start, stop, step);
        let Some(src) = buffer_bytes(vm, v) else {
            return vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ));
        };
        if src.len() != n {
            return vm
                .value_error("memoryview assignment: lvalue and rvalue have different structures");
        }
        for (j, b) in src.iter().enumerate() {
            let off = (start + j as i64 * step) as usize;
            m.write(vm, off, &[*b])?;
        }
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error("memoryview: invalid slice key");
    };
    let Some(i) = crate::types::seq::normalize_index(i, m.len) else {
        return vm.index_error("index out of bounds on dimension 1");
    };
    let b = match crate::runtime::num::as_int(v) {
        Some(crate::runtime::num::IntVal::Small(x)) if (0..256).contains(&x) => x as u8,
        Some(_) => return vm.value_error("memoryview: invalid value for format 'B'"),
        None => return vm.type_error("memoryview: invalid type for format 'B'"),
    };
    m.write(vm, i, &[b])?;
    Ok(Value::None)
}

fn mv_delitem(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.type_error("cannot delete memory")
}

fn mv_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0])?;
    Ok(Value::Int(m.len as i64))
}

fn mv_tobytes(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0])?;
    let d = m.bytes().unwrap_or_default();
    Ok(vm.new_bytes(d))
}

fn mv_tolist(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0])?;
    let d = m.bytes().unwrap_or_default();
    Ok(vm.new_list(d.iter().map(|b| Value::Int(*b as i64)).collect()))
}

fn mv_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0])?;
    let d = m.bytes().unwrap_or_default();
    Ok(vm.new_iter(IterState::Values {
        items: d.iter().map(|b| Value::Int(*b as i64)).collect(),
        index: 0,
    }))
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0])?;
    let d = m.bytes().unwrap_or_default();
    let sep = args.get(1).or_else(|| crate::builtins::kwarg(kw, "sep"));
    let per = args
        .get(2)
        .or_else(|| crate::builtins::kwarg(kw, "bytes_per_sep"));
    let (sep, per) = crate::types::bytes::hex_sep_args(vm, sep, per)?;
    Ok(Value::string(crate::types::bytes::hex_with_sep(
        &d, sep, per,
    )))
}

fn mv_release(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(m) = get_mv(&args[0]) {
        m.released.set(true);
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mv_ref(vm, &args[0])?;
    Ok(args[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(m) = get_mv(&args[0]) {
        m.released.set(true);
    }
    Ok(Value::None)
}

fn mv_cmp(vm: &mut Vm, args: &[Value], eq: bool) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error("expected 1 argument");
    }
    let a = get_mv(&args[0]);
    if let (Some(a), Some(b)) = (a, get_mv(&args[1])) {
        if a.released.get() || b.released.get() {
            let same = match (&args[0], &args[1]) {
                (Value::Obj(x), Value::Obj(y)) => alloc::rc::Rc::ptr_eq(x, y),
                _ => false,
            };
            return Ok(Value::Bool(same == eq));
        }
    }
    let (Some(x), Some(y)) = (buffer_bytes(vm, &args[0]), buffer_bytes(vm, &args[1])) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool((x == y) == eq))
}
fn mv_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mv_cmp(vm, args, true)
}
fn mv_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mv_cmp(vm, args, false)
}

fn mv_repr(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = match &args[0] {
        Value::Obj(o) => alloc::rc::Rc::as_ptr(o) as usize,
        _ => 0,
    };
    let released = get_mv(&args[0]).map(|m| m.released.get()).unwrap_or(false);
    Ok(Value::string(format!(
        "<{}memory at 0x{:x}>",
        if released { "released " } else { "" },
        id
    )))
}

fn mv_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0])?;
    if !m.readonly {
        return vm.value_error("cannot hash writable memoryview object");
    }
    let d = m.bytes().unwrap_or_default();
    let b = vm.new_bytes(d);
    Ok(Value::Int(vm.hash(&b)?))
}

fn p_nbytes(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(mv_ref(vm, &a[0])?.len as i64))
}
fn p_readonly(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(mv_ref(vm, &a[0])?.readonly))
}
fn p_format(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    mv_ref(vm, &a[0])?;
    Ok(Value::str("B"))
}
fn p_itemsize(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    mv_ref(vm, &a[0])?;
    Ok(Value::Int(1))
}
fn p_ndim(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    mv_ref(vm, &a[0])?;
    Ok(Value::Int(1))
}
fn p_shape(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let n = mv_ref(vm, &a[0])?.len;
    Ok(vm.new_tuple(alloc::vec![Value::Int(n as i64)]))
}
fn p_strides(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let s = mv_ref(vm, &a[0])?.step;
    Ok(vm.new_tuple(alloc::vec![Value::Int(s as i64)]))
}
fn p_obj(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0])?;
    let o = m.obj.borrow().clone();
    Ok(o)
}
fn p_contiguous(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0])?;
    Ok(Value::Bool(m.step == 1 || m.len <= 1))
}

/// Make a read-only property from a native getter.
pub fn native_property(vm: &Vm, name: &'static str, f: NativeFn) -> Value {
    let g = vm.new_builtin(name, f);
    Value::Obj(Object::new(
        vm.types.property.clone(),
        Payload::Property {
            fget: g,
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        },
        None,
    ))
}

/// Create the `memoryview` type and register the builtin name.
pub fn init(vm: &mut Vm) {
    let o = [vm.types.object.clone()];
    let t: Ref = crate::vm::types::new_type(&vm.types, "memoryview", &o, BaseKind::Other, false);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("memoryview.__getitem__", mv_getitem),
            ("memoryview.__setitem__", mv_setitem),
            ("memoryview.__delitem__", mv_delitem),
            ("memoryview.__len__", mv_len),
            ("memoryview.__iter__", mv_iter),
            ("memoryview.__eq__", mv_eq),
            ("memoryview.__ne__", mv_ne),
            ("memoryview.__repr__", mv_repr),
            ("memoryview.__hash__", mv_hash),
            ("memoryview.__enter__", mv_enter),
            ("memoryview.__exit__", mv_exit),
            ("memoryview.tobytes", mv_tobytes),
            ("memoryview.tolist", mv_tolist),
            ("memoryview.hex", mv_hex),
            ("memoryview.release", mv_release),
        ],
    );
    for (n, f) in [
        ("nbytes", p_nbytes as NativeFn),
        ("readonly", p_readonly),
        ("format", p_format),
        ("itemsize", p_itemsize),
        ("ndim", p_ndim),
        ("shape", p_shape),
        ("strides", p_strides),
        ("obj", p_obj),
        ("contiguous", p_contiguous),
        ("c_contiguous", p_contiguous),
    ] {
        let p = native_property(vm, "memoryview.attr", f);
        crate::vm::types::set_type_attr(&t, n, p);
    }
    let new = vm.new_builtin("memoryview.__new__", mv_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    crate::types::dict::dict_set_str(&vm.builtins, &Value::str("memoryview"), Value::Obj(t));
}
