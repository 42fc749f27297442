//! `memoryview`: a zero-copy, typed view over a buffer exporter (bytes,
//! bytearray, array.array or another memoryview).
//!
//! A view keeps the exporter's format ('B' for bytes-likes, the type code
//! for arrays) and item size; `cast()` reinterprets contiguous memory with
//! another native single-character format and optionally a shape (N-D views
//! support whole-tuple indexing, `tolist`, `tobytes` and slicing of the first
//! dimension, as CPython does). Items are read and written as native
//! little-endian values. While a view over a bytearray or array is alive and
//! not released, the exporter refuses to change size (BufferError).

use crate::gc::GilCell;
use crate::object::*;
use crate::runtime::num::{as_float, as_int, IntVal};
use crate::types::bytes::raw_buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::{Cell, RefCell};

// ---------------------------------------------------------------- formats

/// Item size of a native single-character struct format.
fn fmt_itemsize(c: u8) -> Option<usize> {
    Some(match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'P' | b'd' => 8,
        _ => return None,
    })
}

/// The native format character of `"X"` or `"@X"`, with its item size.
fn native_fmt(s: &str) -> Option<(u8, usize)> {
    let b = s.as_bytes();
    let b = if b.first() == Some(&b'@') { &b[1..] } else { b };
    if b.len() != 1 {
        return None;
    }
    fmt_itemsize(b[0]).map(|n| (b[0], n))
}

/// A format string without its optional leading '@'.
fn strip_at(s: &str) -> &str {
    s.strip_prefix('@').unwrap_or(s)
}

fn is_byte_fmt(c: u8) -> bool {
    matches!(c, b'B' | b'b' | b'c')
}

// ---------------------------------------------------------------- exports

/// Live exports per exporter object (address, count): only for resizable
/// exporters (bytearray, array).
static EXPORTS: GilCell<Vec<(usize, usize)>> = GilCell::new(Vec::new());

fn obj_key(v: &Value) -> Option<usize> {
    match v {
        Value::Obj(o) => Some(alloc::rc::Rc::as_ptr(o) as *const u8 as usize),
        _ => None,
    }
}

fn is_resizable(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::ByteArray(_)) => true,
        Some(Payload::Native(n)) => n
            .as_any()
            .downcast_ref::<crate::modules::array::ArrayObj>()
            .is_some(),
        _ => false,
    }
}

fn export_add(v: &Value) -> bool {
    if !is_resizable(v) {
        return false;
    }
    let Some(k) = obj_key(v) else { return false };
    EXPORTS.with(|e| match e.iter_mut().find(|(a, _)| *a == k) {
        Some((_, n)) => *n += 1,
        None => e.push((k, 1)),
    });
    true
}

fn export_remove(v: &Value) {
    let Some(k) = obj_key(v) else { return };
    EXPORTS.with(|e| {
        if let Some(p) = e.iter().position(|(a, _)| *a == k) {
            if e[p].1 <= 1 {
                e.swap_remove(p);
            } else {
                e[p].1 -= 1;
            }
        }
    });
}

/// Number of live (unreleased) memoryviews over `v`'s buffer.
pub fn export_count(v: &Value) -> usize {
    let Some(k) = obj_key(v) else { return 0 };
    EXPORTS.with(|e| {
        e.iter()
            .find(|(a, _)| *a == k)
            .map(|(_, n)| *n)
            .unwrap_or(0)
    })
}

/// Raise CPython's BufferError if the bytearray `v` has live memoryviews
/// (call before any operation that changes its size).
pub fn check_bytearray_resize(vm: &Vm, v: &Value) -> PyResult<()> {
    if export_count(v) > 0 {
        return Err(vm.new_exc_msg(
            &vm.exc.buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// Raise CPython's BufferError if the array `v` has live memoryviews
/// (call before any operation that changes its size).
pub fn check_array_resize(vm: &Vm, v: &Value) -> PyResult<()> {
    if export_count(v) > 0 {
        return Err(vm.new_exc_msg(
            &vm.exc.buffer_error,
            "cannot resize an array that is exporting buffers",
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------- the object

/// A memoryview: items of `itemsize` bytes of `obj`, the first at byte
/// `start`, laid out by `shape` and `strides` (in bytes, may be negative).
pub struct MemoryView {
    /// The exporting object (bytes, bytearray or array; never a memoryview).
    pub obj: RefCell<Value>,
    /// Byte offset of the first item in the exporter's buffer.
    pub start: usize,
    /// Items per dimension (empty for a 0-dimensional view).
    pub shape: Vec<usize>,
    /// Byte distance between items per dimension.
    pub strides: Vec<isize>,
    /// Bytes per item.
    pub itemsize: usize,
    /// The format string as reported by `.format` ("B", "i", "@h", ...).
    pub format: String,
    /// The native format character (`format` without '@').
    pub code: u8,
    /// Writes are refused.
    pub readonly: bool,
    /// `release()` was called.
    pub released: Cell<bool>,
    /// This view holds an export on `obj`.
    exported: Cell<bool>,
    /// Cached hash.
    hash: Cell<Option<i64>>,
}

impl NativeObject for MemoryView {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj.borrow());
    }
    fn clear(&self) {
        self.unexport();
        let old = core::mem::replace(&mut *self.obj.borrow_mut(), Value::None);
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.unexport();
    }
}

impl MemoryView {
    /// A new view; registers an export on resizable exporters.
    #[allow(clippy::too_many_arguments)]
    fn make(
        obj: Value,
        start: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
        itemsize: usize,
        format: String,
        code: u8,
        readonly: bool,
    ) -> MemoryView {
        let exported = export_add(&obj);
        MemoryView {
            obj: RefCell::new(obj),
            start,
            shape,
            strides,
            itemsize,
            format,
            code,
            readonly,
            released: Cell::new(false),
            exported: Cell::new(exported),
            hash: Cell::new(None),
        }
    }

    /// A copy of this view's layout over the same exporter.
    fn copy(&self, readonly: bool) -> MemoryView {
        MemoryView::make(
            self.obj.borrow().clone(),
            self.start,
            self.shape.clone(),
            self.strides.clone(),
            self.itemsize,
            self.format.clone(),
            self.code,
            readonly,
        )
    }

    fn unexport(&self) {
        if self.exported.replace(false) {
            if let Ok(o) = self.obj.try_borrow() {
                export_remove(&o);
            }
        }
    }

    fn release(&self) {
        self.unexport();
        self.released.set(true);
    }

    /// Number of items (1 for a 0-dimensional view).
    pub fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    /// Number of bytes the view covers.
    pub fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize
    }

    /// Byte offsets of every item, in C (row-major) or Fortran order.
    fn offsets(&self, fortran: bool) -> Vec<usize> {
        let n = self.nitems();
        let nd = self.shape.len();
        let mut out = Vec::with_capacity(n);
        if n == 0 {
            return out;
        }
        let mut idx = vec![0usize; nd];
        for _ in 0..n {
            let mut off = self.start as isize;
            for d in 0..nd {
                off += idx[d] as isize * self.strides[d];
            }
            out.push(off.max(0) as usize);
            for k in 0..nd {
                let d = if fortran { k } else { nd - 1 - k };
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
        out
    }

    /// C-contiguity as CPython defines it.
    fn c_contig(&self) -> bool {
        match self.shape.len() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.itemsize as isize,
            _ => self.contig_dims(false),
        }
    }

    /// Fortran-contiguity as CPython defines it.
    fn f_contig(&self) -> bool {
        match self.shape.len() {
            0 => true,
            1 => self.c_contig(),
            _ => self.contig_dims(true),
        }
    }

    fn contig_dims(&self, fortran: bool) -> bool {
        if self.nitems() == 0 {
            return true;
        }
        let nd = self.shape.len();
        let mut sd = self.itemsize as isize;
        for k in 0..nd {
            let d = if fortran { k } else { nd - 1 - k };
            if self.shape[d] > 1 && self.strides[d] != sd {
                return false;
            }
            sd *= self.shape[d] as isize;
        }
        true
    }

    /// `(start, nbytes)` of the covered bytes when the view is C-contiguous.
    pub fn contiguous_range(&self) -> Option<(usize, usize)> {
        if self.c_contig() {
            Some((self.start, self.nbytes()))
        } else {
            None
        }
    }

    /// Byte positions (in the exporter) of every byte of the view, in order.
    pub fn byte_positions(&self) -> Vec<usize> {
        let mut out = Vec::with_capacity(self.nbytes());
        for o in self.offsets(false) {
            out.extend(o..o + self.itemsize);
        }
        out
    }

    /// Run `f` over the exporter's whole buffer.
    fn with_data<R>(&self, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
        let obj = self.obj.borrow();
        match obj.payload()? {
            Payload::Bytes(b) => Some(f(b)),
            Payload::ByteArray(b) => Some(f(&b.try_borrow().ok()?)),
            Payload::Native(n) => {
                let a = n
                    .as_any()
                    .downcast_ref::<crate::modules::array::ArrayObj>()?;
                let d = a.data.try_borrow().ok()?;
                Some(f(&d))
            }
            _ => None,
        }
    }

    /// Run `f` over the exporter's buffer for writing (None if read-only).
    fn with_data_mut<R>(&self, f: impl FnOnce(&mut [u8]) -> R) -> Option<R> {
        let obj = self.obj.borrow();
        match obj.payload()? {
            Payload::ByteArray(b) => Some(f(&mut b.try_borrow_mut().ok()?)),
            Payload::Native(n) => {
                let a = n
                    .as_any()
                    .downcast_ref::<crate::modules::array::ArrayObj>()?;
                let mut d = a.data.try_borrow_mut().ok()?;
                Some(f(&mut d))
            }
            _ => None,
        }
    }

    /// The viewed bytes in C order (None once released).
    pub fn bytes(&self) -> Option<Vec<u8>> {
        self.bytes_in(false)
    }

    fn bytes_in(&self, fortran: bool) -> Option<Vec<u8>> {
        if self.released.get() {
            return None;
        }
        if !fortran || self.shape.len() <= 1 {
            if let Some((s, n)) = self.contiguous_range() {
                return self.with_data(|d| {
                    let mut v = d
                        .get(s.min(d.len())..(s + n).min(d.len()))
                        .unwrap_or(&[])
                        .to_vec();
                    v.resize(n, 0);
                    v
                });
            }
        }
        let offs = self.offsets(fortran);
        let sz = self.itemsize;
        self.with_data(|d| {
            let mut out = Vec::with_capacity(offs.len() * sz);
            for o in offs {
                for p in o..o + sz {
                    out.push(d.get(p).copied().unwrap_or(0));
                }
            }
            out
        })
    }

    /// The raw bytes of the item at byte offset `off`.
    fn item_bytes(&self, off: usize) -> Vec<u8> {
        let sz = self.itemsize;
        self.with_data(|d| {
            (off..off + sz)
                .map(|p| d.get(p).copied().unwrap_or(0))
                .collect()
        })
        .unwrap_or_else(|| vec![0; sz])
    }

    /// Write `data` at byte offset `off` of the exporter.
    fn write_at(&self, vm: &Vm, off: usize, data: &[u8]) -> PyResult<()> {
        let ok = self.with_data_mut(|d| {
            if let Some(s) = d.get_mut(off..off + data.len()) {
                s.copy_from_slice(data);
            }
        });
        match ok {
            Some(()) => Ok(()),
            None => vm.type_error("cannot modify read-only memory"),
        }
    }

    /// Byte offset of item `index` along dimension `dim`, from `base`.
    fn lookup_dim(&self, vm: &Vm, base: isize, dim: usize, index: i64) -> PyResult<isize> {
        let n = self.shape[dim] as i64;
        let i = if index < 0 { index + n } else { index };
        if i < 0 || i >= n {
            return vm.index_error(format!("index out of bounds on dimension {}", dim + 1));
        }
        Ok(base + i as isize * self.strides[dim])
    }
}

fn new_view_value(cls: Ref, mv: MemoryView) -> Value {
    Value::Obj(Object::new(
        cls,
        Payload::Native(alloc::boxed::Box::new(mv)),
        None,
    ))
}

fn mv_type(vm: &Vm) -> Ref {
    match crate::types::dict::dict_get_str(&vm.builtins, "memoryview") {
        Some(Value::Obj(t)) => t,
        _ => vm.types.object.clone(),
    }
}

/// A writable-if-possible 'B' view of `n` bytes at byte `off` of the buffer
/// exporter `owner` (bytearray, bytes or array).
pub fn byte_view(vm: &Vm, owner: Value, off: usize, n: usize) -> Value {
    let readonly = !is_resizable(&owner);
    let mv = MemoryView::make(
        owner,
        off,
        vec![n],
        vec![1],
        1,
        String::from("B"),
        b'B',
        readonly,
    );
    new_view_value(mv_type(vm), mv)
}

fn get_mv(v: &Value) -> Option<&MemoryView> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<MemoryView>(),
        _ => None,
    }
}

/// `v` is a memoryview that has been released.
pub fn is_released(v: &Value) -> bool {
    get_mv(v).map(|m| m.released.get()).unwrap_or(false)
}

fn released_err<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("operation forbidden on released memoryview object")
}

fn mv_ref<'a>(vm: &Vm, v: &'a Value, name: &str) -> PyResult<&'a MemoryView> {
    match get_mv(v) {
        Some(m) if m.released.get() => released_err(vm),
        Some(m) => Ok(m),
        None if name.starts_with("__") && !matches!(name, "__enter__" | "__exit__") => vm
            .type_error(format!(
                "descriptor '{}' requires a 'memoryview' object but received a '{}'",
                name,
                vm.type_name(v)
            )),
        None => vm.type_error(format!(
            "descriptor '{}' for 'memoryview' objects doesn't apply to a '{}' object",
            name,
            vm.type_name(v)
        )),
    }
}

/// Keyword arguments limited to `allowed`, with CPython's wording.
fn check_kw(vm: &Vm, fname: &str, kw: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw.iter() {
        if !allowed.contains(&k.as_str()) {
            return vm.type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k.as_str(),
                fname
            ));
        }
    }
    Ok(())
}

/// Refuse arguments to a method that takes none.
fn no_args(vm: &Vm, fname: &str, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("memoryview.{}() takes no keyword arguments", fname));
    }
    if args.len() > 1 {
        return vm.type_error(format!(
            "memoryview.{}() takes no arguments ({} given)",
            fname,
            args.len() - 1
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------- items

fn le_u64(b: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    let n = b.len().min(8);
    buf[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(buf)
}

/// The Python value of one item of format `code`.
fn unpack(vm: &Vm, code: u8, b: &[u8]) -> Value {
    let u = le_u64(b);
    match code {
        b'b' => Value::Int(u as u8 as i8 as i64),
        b'B' => Value::Int(u as u8 as i64),
        b'h' => Value::Int(u as u16 as i16 as i64),
        b'H' => Value::Int(u as u16 as i64),
        b'i' => Value::Int(u as u32 as i32 as i64),
        b'I' => Value::Int(u as u32 as i64),
        b'l' | b'q' | b'n' => Value::Int(u as i64),
        b'L' | b'Q' | b'N' | b'P' => {
            if u > i64::MAX as u64 {
                vm.new_bigint(num_bigint::BigInt::from(u))
            } else {
                Value::Int(u as i64)
            }
        }
        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
        b'd' => Value::Float(f64::from_bits(u)),
        b'?' => Value::Bool(u as u8 != 0),
        b'c' => vm.new_bytes(vec![u as u8]),
        _ => Value::None,
    }
}

/// An item value for comparisons across formats.
#[derive(Clone, Copy)]
enum Item {
    Int(i128),
    Float(f64),
    Char(u8),
}

fn item_of(code: u8, b: &[u8]) -> Item {
    let u = le_u64(b);
    match code {
        b'b' => Item::Int(u as u8 as i8 as i128),
        b'h' => Item::Int(u as u16 as i16 as i128),
        b'i' => Item::Int(u as u32 as i32 as i128),
        b'l' | b'q' | b'n' => Item::Int(u as i64 as i128),
        b'B' => Item::Int(u as u8 as i128),
        b'H' => Item::Int(u as u16 as i128),
        b'I' => Item::Int(u as u32 as i128),
        b'f' => Item::Float(f32::from_bits(u as u32) as f64),
        b'd' => Item::Float(f64::from_bits(u)),
        b'?' => Item::Int((u as u8 != 0) as i128),
        b'c' => Item::Char(u as u8),
        _ => Item::Int(u as i128),
    }
}

fn int_eq_float(i: i128, f: f64) -> bool {
    f.is_finite() && f == libm::trunc(f) && f.abs() < 1.0e38 && f as i128 == i
}

fn items_equal(a: Item, b: Item) -> bool {
    match (a, b) {
        (Item::Int(x), Item::Int(y)) => x == y,
        (Item::Float(x), Item::Float(y)) => x == y,
        (Item::Int(x), Item::Float(y)) | (Item::Float(y), Item::Int(x)) => int_eq_float(x, y),
        (Item::Char(x), Item::Char(y)) => x == y,
        _ => false,
    }
}

fn invalid_type<T>(vm: &Vm, code: u8) -> PyResult<T> {
    vm.type_error(format!(
        "memoryview: invalid type for format '{}'",
        code as char
    ))
}

fn invalid_value<T>(vm: &Vm, code: u8) -> PyResult<T> {
    vm.value_error(format!(
        "memoryview: invalid value for format '{}'",
        code as char
    ))
}

/// The float value of `v` for packing ('f'/'d'), with CPython's errors.
fn pack_float(vm: &mut Vm, code: u8, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        let f = i.to_f64();
        if !f.is_finite() {
            return invalid_value(vm, code);
        }
        return Ok(f);
    }
    if !crate::runtime::ops::is_builtin_value(v) {
        let cls = vm.type_of(v);
        if let Some(m) = vm.lookup_type(&cls, "__float__") {
            let r = vm.call(&m, &[v.clone()], &[])?;
            if let Some(f) = as_float(&r) {
                return Ok(f);
            }
            return invalid_type(vm, code);
        }
        if vm.lookup_type(&cls, "__index__").is_some() {
            if let Some(i) = vm.index_value(v, "")? {
                return Ok(i as f64);
            }
        }
    }
    invalid_type(vm, code)
}

/// The bytes of one item of format `code` holding `v`.
fn pack(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    match code {
        b'f' => {
            let f = pack_float(vm, code, v)?;
            return Ok((f as f32).to_bits().to_le_bytes().to_vec());
        }
        b'd' => {
            let f = pack_float(vm, code, v)?;
            return Ok(f.to_bits().to_le_bytes().to_vec());
        }
        b'?' => return Ok(vec![vm.truthy(v)? as u8]),
        b'c' => {
            return match v.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => Ok(vec![b[0]]),
                Some(Payload::Bytes(_)) => invalid_value(vm, code),
                _ => invalid_type(vm, code),
            };
        }
        _ => {}
    }
    let i: Option<i128> = match as_int(v) {
        Some(IntVal::Small(i)) => Some(i as i128),
        Some(IntVal::Big(b)) => num_traits::ToPrimitive::to_i128(b),
        None => {
            let is_index = !crate::runtime::ops::is_builtin_value(v) && {
                let cls = vm.type_of(v);
                vm.lookup_type(&cls, "__index__").is_some()
            };
            if !is_index {
                return invalid_type(vm, code);
            }
            match vm.index_value(v, "") {
                Ok(Some(i)) => Some(i as i128),
                Ok(None) => return invalid_type(vm, code),
                Err(_) => None,
            }
        }
    };
    let (lo, hi): (i128, i128) = match code {
        b'b' => (i8::MIN as i128, i8::MAX as i128),
        b'B' => (0, u8::MAX as i128),
        b'h' => (i16::MIN as i128, i16::MAX as i128),
        b'H' => (0, u16::MAX as i128),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
        _ => (0, u64::MAX as i128),
    };
    match i {
        Some(i) if i >= lo && i <= hi => {
            let size = fmt_itemsize(code).unwrap_or(1);
            Ok((i as u64).to_le_bytes()[..size].to_vec())
        }
        _ => invalid_value(vm, code),
    }
}

// ---------------------------------------------------------------- buffers

/// Format, item size, shape and C-order bytes of any buffer exporter.
struct BufInfo {
    format: String,
    itemsize: usize,
    shape: Vec<usize>,
    data: Vec<u8>,
}

/// The buffer of `v` (None if it is not a buffer exporter; ValueError for a
/// released memoryview).
fn buffer_info(vm: &Vm, v: &Value) -> PyResult<Option<BufInfo>> {
    if let Some(m) = get_mv(v) {
        let Some(data) = m.bytes() else {
            return released_err(vm);
        };
        return Ok(Some(BufInfo {
            format: m.format.clone(),
            itemsize: m.itemsize,
            shape: m.shape.clone(),
            data,
        }));
    }
    let (format, itemsize) = match v.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => (String::from("B"), 1),
        Some(Payload::Native(n)) => {
            match n.as_any().downcast_ref::<crate::modules::array::ArrayObj>() {
                Some(a) => (
                    String::from(a.code as char),
                    crate::modules::array::itemsize(a.code).unwrap_or(1),
                ),
                None => return Ok(None),
            }
        }
        _ => return Ok(None),
    };
    let Some(data) = raw_buffer_bytes(v) else {
        return Ok(None);
    };
    Ok(Some(BufInfo {
        format,
        itemsize,
        shape: vec![data.len() / itemsize],
        data,
    }))
}

fn equiv_shape(a: &[usize], b: &[usize]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return false;
        }
        if *x == 0 {
            break;
        }
    }
    true
}

// ---------------------------------------------------------------- construction

fn mv_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    let src = match args.get(1).or_else(|| crate::builtins::kwarg(kw, "object")) {
        Some(s) => s.clone(),
        None => return vm.type_error("memoryview() missing required argument 'object' (pos 1)"),
    };
    if args.len() + kw.len() > 2 {
        return vm.type_error(format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len() + kw.len() - 1
        ));
    }
    check_kw(vm, "memoryview", kw, &["object"])?;
    if let Some(m) = get_mv(&src) {
        if m.released.get() {
            return released_err(vm);
        }
        return Ok(new_view_value(cls, m.copy(m.readonly)));
    }
    if let Some((owner, off, len)) = crate::modules::extbuf::delegate(&src) {
        // uctypes.struct / FrameBuffer: a byte view of the underlying buffer.
        return Ok(byte_view(vm, owner, off, len));
    }
    let info = match src.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Native(_)) => {
            buffer_info(vm, &src)?
        }
        _ => None,
    };
    let Some(info) = info else {
        return vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            vm.type_name(&src)
        ));
    };
    let code = native_fmt(&info.format).map(|(c, _)| c).unwrap_or(b'B');
    let mv = MemoryView::make(
        src.clone(),
        0,
        info.shape,
        vec![info.itemsize as isize],
        info.itemsize,
        info.format,
        code,
        !is_resizable(&src),
    );
    Ok(new_view_value(cls, mv))
}

// ---------------------------------------------------------------- indexing

/// `v` supports `__index__` (ints, bools, objects defining it).
fn has_index(vm: &Vm, v: &Value) -> bool {
    if as_int(v).is_some() {
        return true;
    }
    if crate::runtime::ops::is_builtin_value(v) {
        return false;
    }
    let cls = vm.type_of(v);
    vm.lookup_type(&cls, "__index__").is_some()
}

fn index_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v, "")? {
        Some(i) => Ok(i),
        None => vm.type_error("memoryview: invalid slice key"),
    }
}

enum Key {
    /// An integer index.
    Index,
    /// A slice.
    Slice,
    /// A tuple of integer indices.
    Multi(Vec<Value>),
    /// A tuple of slices.
    MultiSlice,
    /// Anything else.
    Other,
}

fn classify_key(vm: &Vm, k: &Value) -> Key {
    if has_index(vm, k) {
        return Key::Index;
    }
    match k.payload() {
        Some(Payload::Slice(..)) => Key::Slice,
        Some(Payload::Tuple(t)) => {
            if t.iter().all(|x| has_index(vm, x)) {
                Key::Multi(t.to_vec())
            } else if t
                .iter()
                .all(|x| matches!(x.payload(), Some(Payload::Slice(..))))
            {
                Key::MultiSlice
            } else {
                Key::Other
            }
        }
        _ => Key::Other,
    }
}

fn is_empty_tuple(k: &Value) -> bool {
    matches!(k.payload(), Some(Payload::Tuple(t)) if t.is_empty())
}

fn not_impl<T>(vm: &Vm, msg: &str) -> PyResult<T> {
    Err(vm.new_exc_msg(&vm.exc.not_implemented_error, msg))
}

/// Byte offset of the item addressed by a full tuple of indices.
fn offset_from_tuple(vm: &mut Vm, m: &MemoryView, idx: &[Value]) -> PyResult<usize> {
    if idx.len() > m.shape.len() {
        return vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            m.shape.len(),
            idx.len()
        ));
    }
    let mut off = m.start as isize;
    for (d, x) in idx.iter().enumerate() {
        let i = index_of(vm, x)?;
        off = m.lookup_dim(vm, off, d, i)?;
    }
    Ok(off.max(0) as usize)
}

fn read_item(vm: &Vm, m: &MemoryView, off: usize) -> Value {
    let b = m.item_bytes(off);
    unpack(vm, m.code, &b)
}

fn mv_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    let m = mv_ref(vm, &args[0], "__getitem__")?;
    let k = &args[1];
    let nd = m.shape.len();
    if nd == 0 {
        if is_empty_tuple(k) {
            return Ok(read_item(vm, m, m.start));
        }
        if matches!(k, Value::Ellipsis) {
            return Ok(args[0].clone());
        }
        return vm.type_error("invalid indexing of 0-dim memory");
    }
    match classify_key(vm, k) {
        Key::Index => {
            let i = index_of(vm, k)?;
            if nd > 1 {
                return not_impl(vm, "multi-dimensional sub-views are not implemented");
            }
            let off = m.lookup_dim(vm, m.start as isize, 0, i)?;
            Ok(read_item(vm, m, off.max(0) as usize))
        }
        Key::Slice => {
            let (start, stop, step) = crate::types::seq::slice_indices(vm, k, m.shape[0])?;
            let n = crate::types::seq::slice_len(start, stop, step);
            let first = if n == 0 {
                m.start as isize
            } else {
                m.start as isize + start as isize * m.strides[0]
            };
            let mut shape = m.shape.clone();
            let mut strides = m.strides.clone();
            shape[0] = n;
            strides[0] = m.strides[0] * step as isize;
            let mv = MemoryView::make(
                m.obj.borrow().clone(),
                first.max(0) as usize,
                shape,
                strides,
                m.itemsize,
                m.format.clone(),
                m.code,
                m.readonly,
            );
            Ok(new_view_value(vm.type_of(&args[0]), mv))
        }
        Key::Multi(idx) => {
            if idx.len() < nd {
                return not_impl(vm, "sub-views are not implemented");
            }
            let off = offset_from_tuple(vm, m, &idx)?;
            Ok(read_item(vm, m, off))
        }
        Key::MultiSlice => not_impl(vm, "multi-dimensional slicing is not implemented"),
        Key::Other => vm.type_error("memoryview: invalid slice key"),
    }
}

fn mv_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__setitem__", &args[1..], 2, 2)?;
    let m = mv_ref(vm, &args[0], "__setitem__")?;
    if m.readonly {
        return vm.type_error("cannot modify read-only memory");
    }
    let (k, v) = (&args[1], &args[2]);
    let nd = m.shape.len();
    if nd == 0 {
        if matches!(k, Value::Ellipsis) || is_empty_tuple(k) {
            let b = pack(vm, m.code, v)?;
            return m.write_at(vm, m.start, &b).map(|_| Value::None);
        }
        return vm.type_error("invalid indexing of 0-dim memory");
    }
    match classify_key(vm, k) {
        Key::Index => {
            if nd > 1 {
                return not_impl(vm, "sub-views are not implemented");
            }
            let i = index_of(vm, k)?;
            let off = m.lookup_dim(vm, m.start as isize, 0, i)?;
            let b = pack(vm, m.code, v)?;
            m.write_at(vm, off.max(0) as usize, &b)?;
            Ok(Value::None)
        }
        Key::Slice if nd == 1 => {
            let Some(src) = buffer_info(vm, v)? else {
                return vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(v)
                ));
            };
            let (start, stop, step) = crate::types::seq::slice_indices(vm, k, m.shape[0])?;
            let n = crate::types::seq::slice_len(start, stop, step);
            if strip_at(&src.format) != strip_at(&m.format)
                || src.itemsize != m.itemsize
                || !equiv_shape(&src.shape, &[n])
            {
                return vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                );
            }
            let sz = m.itemsize;
            let base = m.start as isize + start as isize * m.strides[0];
            let stride = m.strides[0] * step as isize;
            let ok = m.with_data_mut(|d| {
                for j in 0..n {
                    let off = (base + j as isize * stride).max(0) as usize;
                    if let Some(dst) = d.get_mut(off..off + sz) {
                        dst.copy_from_slice(&src.data[j * sz..(j + 1) * sz]);
                    }
                }
            });
            if ok.is_none() {
                return vm.type_error("cannot modify read-only memory");
            }
            Ok(Value::None)
        }
        Key::Multi(idx) => {
            if idx.len() < nd {
                return not_impl(vm, "sub-views are not implemented");
            }
            let off = offset_from_tuple(vm, m, &idx)?;
            let b = pack(vm, m.code, v)?;
            m.write_at(vm, off, &b)?;
            Ok(Value::None)
        }
        Key::Slice | Key::MultiSlice => not_impl(
            vm,
            "memoryview slice assignments are currently restricted to ndim = 1",
        ),
        Key::Other => vm.type_error("memoryview: invalid slice key"),
    }
}

fn mv_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0], "__delitem__")?;
    if m.readonly {
        return vm.type_error("cannot modify read-only memory");
    }
    vm.type_error("cannot delete memory")
}

fn mv_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0], "__len__")?;
    Ok(Value::Int(m.shape.first().copied().unwrap_or(1) as i64))
}

fn mv_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &args[0], "__iter__")?;
    match m.shape.len() {
        0 => vm.type_error("invalid indexing of 0-dim memory"),
        1 => Ok(vm.new_iter(IterState::Seq {
            seq: args[0].clone(),
            index: 0,
        })),
        _ => not_impl(vm, "multi-dimensional sub-views are not implemented"),
    }
}

// ---------------------------------------------------------------- methods

fn mv_tobytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kw(vm, "tobytes", kw, &["order"])?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "tobytes() takes at most 1 argument ({} given)",
            args.len() - 1
        ));
    }
    let m = mv_ref(vm, &args[0], "tobytes")?;
    let order = args.get(1).or_else(|| crate::builtins::kwarg(kw, "order"));
    let fortran = match order {
        None | Some(Value::None) => false,
        Some(Value::Str(s)) => match s.as_str() {
            "C" | "A" => false,
            "F" => true,
            _ => return vm.value_error("order must be 'C', 'F' or 'A'"),
        },
        Some(o) => {
            return vm.type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                vm.type_name(o)
            ))
        }
    };
    let d = m.bytes_in(fortran).unwrap_or_default();
    Ok(vm.new_bytes(d))
}

fn tolist_rec(vm: &Vm, m: &MemoryView, d: &[u8], dim: usize, base: isize) -> Value {
    if dim == m.shape.len() {
        let off = base.max(0) as usize;
        let b: Vec<u8> = (off..off + m.itemsize)
            .map(|p| d.get(p).copied().unwrap_or(0))
            .collect();
        return unpack(vm, m.code, &b);
    }
    let items = (0..m.shape[dim])
        .map(|i| tolist_rec(vm, m, d, dim + 1, base + i as isize * m.strides[dim]))
        .collect();
    vm.new_list(items)
}

fn mv_tolist(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, "tolist", args, kw)?;
    let m = mv_ref(vm, &args[0], "tolist")?;
    let vm_ref: &Vm = vm;
    let r = m.with_data(|d| tolist_rec(vm_ref, m, d, 0, m.start as isize));
    Ok(r.unwrap_or_else(|| vm.new_list(Vec::new())))
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kw(vm, "hex", kw, &["sep", "bytes_per_sep"])?;
    let m = mv_ref(vm, &args[0], "hex")?;
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

fn mv_toreadonly(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, "toreadonly", args, kw)?;
    let m = mv_ref(vm, &args[0], "toreadonly")?;
    let mv = m.copy(true);
    Ok(new_view_value(vm.type_of(&args[0]), mv))
}

/// The shape argument of `cast()` as a list of sizes.
fn cast_shape(vm: &mut Vm, shape: &Value) -> PyResult<Vec<Value>> {
    match shape.payload() {
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => vm.type_error("shape must be a list or a tuple"),
    }
}

fn mv_cast(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kw(vm, "cast", kw, &["format", "shape"])?;
    if args.len() + kw.len() > 3 {
        return vm.type_error(format!(
            "cast() takes at most 2 arguments ({} given)",
            args.len() + kw.len() - 1
        ));
    }
    let fmt = args.get(1).or_else(|| crate::builtins::kwarg(kw, "format"));
    let Some(fmt) = fmt.cloned() else {
        return vm.type_error("cast() missing required argument 'format' (pos 1)");
    };
    let shape = args
        .get(2)
        .or_else(|| crate::builtins::kwarg(kw, "shape"))
        .cloned();
    let Some(fmt) = fmt.as_pystr().map(|s| String::from(s.as_str())) else {
        return vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            vm.type_name(&fmt)
        ));
    };
    let m = mv_ref(vm, &args[0], "cast")?;
    if !m.c_contig() {
        return vm.type_error("memoryview: casts are restricted to C-contiguous views");
    }
    if (shape.is_some() || m.shape.len() != 1) && m.shape.contains(&0) {
        return vm.type_error("memoryview: cannot cast view with zeros in shape or strides");
    }
    let dims = match &shape {
        Some(s) => {
            let d = cast_shape(vm, s)?;
            if d.len() > 64 {
                return vm.value_error("memoryview: number of dimensions must not exceed 64");
            }
            if m.shape.len() != 1 && d.len() != 1 {
                return vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
            Some(d)
        }
        None => None,
    };
    let Some((code, itemsize)) = native_fmt(&fmt) else {
        return vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        );
    };
    if !is_byte_fmt(m.code) && !is_byte_fmt(code) {
        return vm.type_error("memoryview: cannot cast between two non-byte formats");
    }
    let nbytes = m.nbytes();
    if nbytes % itemsize != 0 {
        return vm.type_error("memoryview: length is not a multiple of itemsize");
    }
    let (new_shape, new_strides) = match dims {
        None => (vec![nbytes / itemsize], vec![itemsize as isize]),
        Some(d) => {
            let mut shape = Vec::with_capacity(d.len());
            let mut total: usize = itemsize;
            for x in &d {
                let n = match as_int(x) {
                    Some(IntVal::Small(n)) => n,
                    Some(IntVal::Big(_)) => {
                        return vm.overflow_error("Python int too large to convert to C ssize_t")
                    }
                    None => {
                        return vm
                            .type_error("memoryview.cast(): elements of shape must be integers")
                    }
                };
                if n <= 0 {
                    return vm
                        .value_error("memoryview.cast(): elements of shape must be integers > 0");
                }
                total = match total.checked_mul(n as usize) {
                    Some(t) if t <= isize::MAX as usize => t,
                    _ => return vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"),
                };
                shape.push(n as usize);
            }
            if total != nbytes {
                return vm.type_error("memoryview: product(shape) * itemsize != buffer size");
            }
            let mut strides = vec![0isize; shape.len()];
            let mut sd = itemsize as isize;
            for k in (0..shape.len()).rev() {
                strides[k] = sd;
                sd *= shape[k] as isize;
            }
            (shape, strides)
        }
    };
    let mv = MemoryView::make(
        m.obj.borrow().clone(),
        m.start,
        new_shape,
        new_strides,
        itemsize,
        fmt,
        code,
        m.readonly,
    );
    Ok(new_view_value(vm.type_of(&args[0]), mv))
}

fn mv_release(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, "release", args, kw)?;
    match get_mv(&args[0]) {
        Some(m) => m.release(),
        None => {
            mv_ref(vm, &args[0], "release")?;
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mv_ref(vm, &args[0], "__enter__")?;
    Ok(args[0].clone())
}

fn mv_exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match get_mv(&args[0]) {
        Some(m) => m.release(),
        None => {
            mv_ref(vm, &args[0], "__exit__")?;
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- comparison

fn mv_cmp(vm: &mut Vm, args: &[Value], eq: bool) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error("expected 1 argument");
    }
    let (a, b) = (&args[0], &args[1]);
    let dead = |v: &Value| get_mv(v).map(|m| m.released.get()).unwrap_or(false);
    if dead(a) || dead(b) {
        return Ok(Value::Bool(a.is(b) == eq));
    }
    let Some(x) = buffer_info(vm, a)? else {
        return Ok(Value::NotImplemented);
    };
    let Some(y) = buffer_info(vm, b)? else {
        return Ok(Value::NotImplemented);
    };
    if !equiv_shape(&x.shape, &y.shape) {
        return Ok(Value::Bool(!eq));
    }
    let cx = native_fmt(&x.format).map(|f| f.0);
    let cy = native_fmt(&y.format).map(|f| f.0);
    let (Some(cx), Some(cy)) = (cx, cy) else {
        return Ok(Value::Bool((x.data == y.data) == eq));
    };
    let n: usize = x.shape.iter().product();
    let (sx, sy) = (x.itemsize, y.itemsize);
    let mut equal = true;
    for i in 0..n {
        let (bx, by) = (&x.data[i * sx..(i + 1) * sx], &y.data[i * sy..(i + 1) * sy]);
        let same = if cx == cy && !matches!(cx, b'f' | b'd') {
            bx == by
        } else {
            items_equal(item_of(cx, bx), item_of(cy, by))
        };
        if !same {
            equal = false;
            break;
        }
    }
    Ok(Value::Bool(equal == eq))
}
fn mv_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mv_cmp(vm, args, true)
}
fn mv_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    mv_cmp(vm, args, false)
}

fn mv_repr(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let id = match &args[0] {
        Value::Obj(o) => alloc::rc::Rc::as_ptr(o) as *const u8 as usize,
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
    if let Some(h) = get_mv(&args[0]).and_then(|m| m.hash.get()) {
        return Ok(Value::Int(h));
    }
    let m = mv_ref(vm, &args[0], "__hash__")?;
    if !m.readonly {
        return vm.value_error("cannot hash writable memoryview object");
    }
    if !is_byte_fmt(m.code) {
        return vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    let obj = m.obj.borrow().clone();
    vm.hash(&obj)?;
    let d = m.bytes().unwrap_or_default();
    let b = vm.new_bytes(d);
    let h = vm.hash(&b)?;
    m.hash.set(Some(h));
    Ok(Value::Int(h))
}

// ---------------------------------------------------------------- attributes

fn p_nbytes(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(mv_ref(vm, &a[0], "nbytes")?.nbytes() as i64))
}
fn p_readonly(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(mv_ref(vm, &a[0], "readonly")?.readonly))
}
fn p_format(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0], "format")?;
    Ok(Value::string(m.format.clone()))
}
fn p_itemsize(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(mv_ref(vm, &a[0], "itemsize")?.itemsize as i64))
}
fn p_ndim(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(mv_ref(vm, &a[0], "ndim")?.shape.len() as i64))
}
fn p_shape(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0], "shape")?;
    let items = m.shape.iter().map(|n| Value::Int(*n as i64)).collect();
    Ok(vm.new_tuple(items))
}
fn p_strides(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0], "strides")?;
    let items = m.strides.iter().map(|n| Value::Int(*n as i64)).collect();
    Ok(vm.new_tuple(items))
}
fn p_suboffsets(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    mv_ref(vm, &a[0], "suboffsets")?;
    Ok(vm.new_tuple(Vec::new()))
}
fn p_obj(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0], "obj")?;
    let o = m.obj.borrow().clone();
    Ok(o)
}
fn p_c_contiguous(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(mv_ref(vm, &a[0], "c_contiguous")?.c_contig()))
}
fn p_f_contiguous(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(mv_ref(vm, &a[0], "f_contiguous")?.f_contig()))
}
fn p_contiguous(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    let m = mv_ref(vm, &a[0], "contiguous")?;
    Ok(Value::Bool(m.c_contig() || m.f_contig()))
}

/// Make a read-only property from a native getter.
pub fn native_property(vm: &Vm, name: &'static str, f: NativeFn) -> Value {
    let g = vm.new_builtin(name, f);
    vm.new_readonly_property(g)
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
            ("memoryview.cast", mv_cast),
            ("memoryview.toreadonly", mv_toreadonly),
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
        ("suboffsets", p_suboffsets),
        ("obj", p_obj),
        ("contiguous", p_contiguous),
        ("c_contiguous", p_c_contiguous),
        ("f_contiguous", p_f_contiguous),
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
