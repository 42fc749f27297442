//! `uctypes`: MicroPython's structured access to binary data.
//!
//! Descriptors use MicroPython's encoding: a scalar field is
//! `offset | TYPE` (the type in the top bits), a bitfield adds
//! `bitpos << BF_POS | bitlen << BF_LEN`, aggregates are tuples
//! `(offset, {struct})`, `(offset | ARRAY, n, type_or_struct)` and
//! `(offset | PTR, type_or_struct)`.
//!
//! Safety choice: this interpreter never dereferences arbitrary integers.
//! An address is only accepted (by `struct`, `bytes_at`, `bytearray_at` or
//! a PTR field) when it lies inside a live buffer whose address was handed
//! out by `addressof()` (and which has not moved since, e.g. by resizing
//! a bytearray); anything else raises `ValueError`. `struct()` also accepts
//! a buffer object directly instead of an address. `bytearray_at()`
//! returns a writable memoryview over the owning buffer.

use crate::gc::GilCell;
use crate::object::*;
use crate::runtime::num::{as_f64, as_int, IntVal};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::{Rc, Weak};
use alloc::vec::Vec;
use core::any::Any;

/// Layout: little-endian, no padding in `sizeof`.
pub const LITTLE_ENDIAN: i64 = 0;
/// Layout: big-endian, no padding in `sizeof`.
pub const BIG_ENDIAN: i64 = 1;
/// Layout: the machine's (little-endian here), `sizeof` padded to alignment.
pub const NATIVE: i64 = 2;

const BFUINT8: u32 = 8;
const BFINT32: u32 = 13;
const FLOAT32: u32 = 14;
const FLOAT64: u32 = 15;
const AGG_STRUCT: u32 = 0;
/// Size of a PTR field: the host's pointer size.
const PTR_SIZE: usize = core::mem::size_of::<usize>();
const AGG_PTR: u32 = 1;
const AGG_ARRAY: u32 = 2;

fn type2smallint(t: u32, nbits: u32) -> i64 {
    (((t << (32 - nbits)) as i32) >> 1) as i64
}

/// Addresses handed out by `addressof`: (start, owner).
static KNOWN: GilCell<Vec<(usize, Weak<Object>)>> = GilCell::new(Vec::new());

/// Forget the registered buffers (soft reset).
pub(crate) fn reset() {
    let old = KNOWN.with(core::mem::take);
    drop(old);
}

/// Current (address, length) of a buffer object's bytes.
fn raw_addr(v: &Value) -> Option<(usize, usize)> {
    match v.payload()? {
        Payload::Bytes(b) => Some((b.as_ptr() as usize, b.len())),
        Payload::ByteArray(b) => {
            let b = b.try_borrow().ok()?;
            Some((b.as_ptr() as usize, b.len()))
        }
        Payload::Native(n) => {
            if let Some(a) = n.as_any().downcast_ref::<crate::modules::array::ArrayObj>() {
                let d = a.data.try_borrow().ok()?;
                return Some((d.as_ptr() as usize, d.len()));
            }
            None
        }
        _ => None,
    }
}

/// The owner and offset of a buffer-like object (memoryviews resolve to
/// their underlying object).
fn owner_of(v: &Value) -> Option<(Value, usize, usize)> {
    if let Some(Payload::Native(n)) = v.payload() {
        if let Some(mv) = n
            .as_any()
            .downcast_ref::<crate::types::memoryview::MemoryView>()
        {
            if mv.released.get() {
                return None;
            }
            let (start, len) = mv.contiguous_range()?;
            let o = mv.obj.borrow().clone();
            let (owner, off, _) = owner_of(&o)?;
            return Some((owner, off + start, len));
        }
        if let Some(s) = n.as_any().downcast_ref::<UStruct>() {
            return struct_buffer(v).or_else(|| {
                let (owner, off) = s.target.clone()?;
                Some((owner, off, 0))
            });
        }
    }
    let (_, len) = raw_addr(v)?;
    Some((v.clone(), 0, len))
}

/// Find the live buffer containing `addr` (registered by `addressof`).
fn resolve(addr: usize) -> Option<(Value, usize)> {
    KNOWN.with(|k| {
        k.retain(|(_, w)| w.strong_count() > 0);
        for (base, w) in k.iter().rev() {
            let Some(o) = w.upgrade() else { continue };
            let v = Value::Obj(o);
            if let Some((cur, len)) = raw_addr(&v) {
                if cur == *base && addr >= cur && addr <= cur + len {
                    return Some((v, addr - cur));
                }
            }
        }
        None
    })
}

fn unknown_addr<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("address is not inside a live buffer obtained with addressof()")
}

/// A `uctypes.struct` object: a descriptor applied at a place in a buffer.
///
/// For a PTR aggregate the place is the pointer field itself; the pointer
/// is read (and resolved) each time the struct is indexed, as MicroPython
/// does.
pub struct UStruct {
    /// The owning buffer object and byte offset (None: an unresolved
    /// pointer, unusable).
    target: Option<(Value, usize)>,
    /// A dict (STRUCT) or an aggregate tuple (ARRAY / PTR); any other
    /// value is accepted by the constructor and fails when used.
    desc: Value,
    layout: i64,
}

impl NativeObject for UStruct {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some((o, _)) = &self.target {
            visit(o);
        }
        visit(&self.desc);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn ustruct(v: &Value) -> Option<&UStruct> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<UStruct>(),
        _ => None,
    }
}

/// The (owner, offset, length) of the bytes a `uctypes.struct` covers, for
/// the buffer protocol (`bytes(s)`, `memoryview(s)`).
pub fn struct_buffer(v: &Value) -> Option<(Value, usize, usize)> {
    let s = ustruct(v)?;
    let (owner, off) = s.target.clone()?;
    let mut m = 0;
    let n = size_of_desc(&s.desc, s.layout, &mut m).ok()?;
    Some((owner, off, n))
}

fn small(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntVal::Small(i)) => Ok(i),
        _ => vm.type_error(format!("can't convert {} to int", vm.type_name(v))),
    }
}

fn syntax_error<T>(vm: &Vm) -> PyResult<T> {
    vm.type_error("syntax error in uctypes descriptor")
}

/// Multi-byte data in this layout is big-endian (MicroPython treats every
/// layout value other than LITTLE_ENDIAN and NATIVE as big-endian).
fn is_big(layout: i64) -> bool {
    layout != LITTLE_ENDIAN && layout != NATIVE
}

fn scalar_size(t: u32) -> usize {
    match t {
        FLOAT32 => 4,
        _ => 1 << ((t & 7) >> 1),
    }
}

fn tuple_items(v: &Value) -> Option<Vec<Value>> {
    match v.payload()? {
        Payload::Tuple(t) => Some(t.to_vec()),
        _ => None,
    }
}

fn dict_items(v: &Value) -> Option<Vec<(Value, Value)>> {
    match v.payload()? {
        Payload::Dict(d) => Some(
            d.borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
        ),
        _ => None,
    }
}

/// Why a size could not be computed.
enum SizeErr {
    Syntax,
    Scalar,
}

fn size_err<T>(vm: &Vm, e: SizeErr) -> PyResult<T> {
    match e {
        SizeErr::Syntax => syntax_error(vm),
        SizeErr::Scalar => vm.type_error("can't unambiguously get sizeof scalar"),
    }
}

fn small_of(v: &Value) -> Result<u32, SizeErr> {
    match v {
        Value::Int(i) => Ok(*i as u32),
        Value::Bool(b) => Ok(*b as u32),
        _ => Err(SizeErr::Syntax),
    }
}

/// The size of a descriptor (dict or aggregate tuple). `maxf` tracks the
/// widest field seen so far; it is shared with nested structs, whose
/// NATIVE sizes are rounded up to it (as MicroPython does).
fn size_of_desc(desc: &Value, layout: i64, maxf: &mut usize) -> Result<usize, SizeErr> {
    let Some(items) = dict_items(desc) else {
        if tuple_items(desc).is_some() {
            return agg_size(desc, layout, maxf);
        }
        if matches!(desc, Value::Int(_) | Value::Bool(_)) {
            return Err(SizeErr::Scalar);
        }
        return Err(SizeErr::Syntax);
    };
    let mut total = 0usize;
    for (_, v) in items {
        if let Value::Int(i) = v {
            let u = i as u32;
            let t = (u >> 27) & 15;
            let mut off = (u & 0x07ff_ffff) as usize;
            if (BFUINT8..=BFINT32).contains(&t) {
                off &= (1 << 17) - 1;
            }
            let s = scalar_size(t);
            *maxf = (*maxf).max(s);
            total = total.max(off + s);
        } else {
            let Some(t) = tuple_items(&v) else {
                return Err(SizeErr::Syntax);
            };
            let off = (small_of(t.first().ok_or(SizeErr::Syntax)?)? & 0x1fff_ffff) as usize;
            let s = agg_size(&v, layout, maxf)?;
            total = total.max(off + s);
        }
    }
    if layout == NATIVE && *maxf > 0 {
        total = (total + *maxf - 1) & !(*maxf - 1);
    }
    Ok(total)
}

fn agg_size(desc: &Value, layout: i64, maxf: &mut usize) -> Result<usize, SizeErr> {
    let Some(t) = tuple_items(desc) else {
        return Err(SizeErr::Syntax);
    };
    if t.len() < 2 {
        return Err(SizeErr::Syntax);
    }
    let hdr = small_of(&t[0])?;
    match (hdr >> 29) & 3 {
        AGG_STRUCT => size_of_desc(&t[1], layout, maxf),
        AGG_PTR => {
            let p = PTR_SIZE;
            *maxf = (*maxf).max(p);
            Ok(p)
        }
        AGG_ARRAY => {
            let v = small_of(&t[1])?;
            let n = (v & 0x07ff_ffff) as usize;
            if t.len() == 2 {
                // (offset | ARRAY, type | length): scalars.
                let s = scalar_size((v >> 27) & 15);
                *maxf = (*maxf).max(s);
                return Ok(s * n);
            }
            // (offset | ARRAY, length, descriptor): aggregates.
            Ok(size_of_desc(&t[2], layout, maxf)? * n)
        }
        _ => Err(SizeErr::Syntax),
    }
}

fn struct_size(vm: &Vm, desc: &Value, layout: i64, maxf: &mut usize) -> PyResult<usize> {
    size_of_desc(desc, layout, maxf).or_else(|e| size_err(vm, e))
}

fn outside<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("struct field outside its buffer")
}

/// Read `n` bytes at `off` of `owner`.
fn read_bytes(vm: &Vm, owner: &Value, off: usize, n: usize) -> PyResult<Vec<u8>> {
    let get = |d: &[u8]| d.get(off..off.checked_add(n)?).map(|s| s.to_vec());
    let r = match owner.payload() {
        Some(Payload::Bytes(b)) => get(b),
        _ => super::extbuf::with_buf_mut(owner, |d| get(d)).flatten(),
    };
    match r {
        Some(v) => Ok(v),
        None => outside(vm),
    }
}

fn write_bytes(vm: &Vm, owner: &Value, off: usize, data: &[u8]) -> PyResult<()> {
    let r = super::extbuf::with_buf_mut(owner, |d| {
        match d.get_mut(off..off.saturating_add(data.len())) {
            Some(s) => {
                s.copy_from_slice(data);
                true
            }
            None => false,
        }
    });
    match r {
        Some(true) => Ok(()),
        Some(false) => outside(vm),
        None => vm.type_error("struct: buffer is read-only"),
    }
}

fn to_u64(b: &[u8], big: bool) -> u64 {
    let mut v = 0u64;
    if big {
        for &x in b {
            v = (v << 8) | x as u64;
        }
    } else {
        for &x in b.iter().rev() {
            v = (v << 8) | x as u64;
        }
    }
    v
}

fn from_u64(v: u64, n: usize, big: bool) -> Vec<u8> {
    let le = v.to_le_bytes();
    let mut out: Vec<u8> = le[..n].to_vec();
    if big {
        out.reverse();
    }
    out
}

fn sign_extend(v: u64, size: usize) -> i64 {
    let sh = 64 - 8 * size as u32;
    ((v << sh) as i64) >> sh
}

fn int_value(vm: &Vm, v: u64, size: usize, signed: bool) -> Value {
    if signed {
        Value::Int(sign_extend(v, size))
    } else if v > i64::MAX as u64 {
        vm.new_bigint(num_bigint::BigInt::from(v))
    } else {
        Value::Int(v as i64)
    }
}

/// Read a scalar of type `t` at `off` of `owner` (bitfields excluded).
fn get_scalar(vm: &Vm, owner: &Value, off: usize, t: u32, layout: i64) -> PyResult<Value> {
    let size = scalar_size(t);
    let b = read_bytes(vm, owner, off, size)?;
    let u = to_u64(&b, is_big(layout));
    Ok(match t {
        FLOAT32 => Value::Float(f32::from_bits(u as u32) as f64),
        FLOAT64 => Value::Float(f64::from_bits(u)),
        _ => int_value(vm, u, size, t & 1 == 1),
    })
}

/// An int (or bool) as a machine word, truncating big ints; floats and
/// other objects raise TypeError.
fn value_bits(vm: &Vm, v: &Value) -> PyResult<u64> {
    match as_int(v) {
        Some(IntVal::Small(i)) => Ok(i as u64),
        Some(i) => {
            use num_traits::ToPrimitive;
            let m = i.big().into_owned() & num_bigint::BigInt::from(u64::MAX);
            Ok(m.to_u64().unwrap_or(0))
        }
        None => vm.type_error(format!("can't convert {} to int", vm.type_name(v))),
    }
}

fn set_scalar(vm: &Vm, owner: &Value, off: usize, t: u32, layout: i64, v: &Value) -> PyResult<()> {
    let size = scalar_size(t);
    let u = match t {
        FLOAT32 | FLOAT64 => {
            let f = match as_f64(v) {
                Some(f) => f,
                None => {
                    return vm.type_error(format!("can't convert {} to float", vm.type_name(v)))
                }
            };
            if t == FLOAT32 {
                (f as f32).to_bits() as u64
            } else {
                f.to_bits()
            }
        }
        _ => value_bits(vm, v)?,
    };
    write_bytes(vm, owner, off, &from_u64(u, size, is_big(layout)))
}

fn new_struct(
    vm: &mut Vm,
    target: Option<(Value, usize)>,
    desc: Value,
    layout: i64,
) -> PyResult<Value> {
    let cls = struct_type(vm)?;
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(alloc::boxed::Box::new(UStruct {
            target,
            desc,
            layout,
        })),
        None,
    )))
}

fn struct_type(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.import_module("uctypes")?;
    if let Payload::Module(d) = &m.payload {
        if let Some(Value::Obj(t)) = crate::types::dict::dict_get_str(d, "struct") {
            return Ok(t);
        }
    }
    vm.type_error("uctypes.struct missing")
}

fn target_of(vm: &Vm, s: &UStruct) -> PyResult<(Value, usize)> {
    match &s.target {
        Some(t) => Ok(t.clone()),
        None => unknown_addr(vm),
    }
}

/// `base + delta` as a buffer offset (a negative result is outside).
fn offset_by(vm: &Vm, base: usize, delta: i64) -> PyResult<usize> {
    match (base as i64).checked_add(delta) {
        Some(o) if o >= 0 => Ok(o as usize),
        _ => outside(vm),
    }
}

/// Read or write (`set` = Some) the bitfield described by `u` in the
/// struct at (`owner`, `base`).
fn bitfield(
    vm: &Vm,
    owner: &Value,
    base: usize,
    u: u32,
    layout: i64,
    set: Option<&Value>,
) -> PyResult<Value> {
    let t = (u >> 27) & 15;
    let off = base + (u & 0x1ffff) as usize;
    let (pos, len) = ((u >> 17) & 31, (u >> 22) & 31);
    let size = scalar_size(t & 7);
    let big = is_big(layout);
    let mut raw = to_u64(&read_bytes(vm, owner, off, size)?, big);
    if layout != NATIVE && t & 1 == 1 {
        // Non-native layouts read signed containers sign-extended.
        raw = sign_extend(raw, size) as u64;
    }
    let mask = (1u64 << len) - 1;
    match set {
        None => Ok(Value::Int(((raw >> pos) & mask) as i64)),
        Some(v) => {
            let nv = match as_int(v) {
                Some(IntVal::Small(i)) => i as u64,
                Some(_) => {
                    return vm.overflow_error("overflow converting long int to machine word")
                }
                None => return vm.type_error(format!("can't convert {} to int", vm.type_name(v))),
            };
            let raw = (raw & !(mask << pos)) | ((nv & mask) << pos);
            // MicroPython writes bitfields big-endian only for exactly
            // BIG_ENDIAN (other non-native layout values read big-endian).
            let wbig = layout == BIG_ENDIAN;
            write_bytes(vm, owner, off, &from_u64(raw, size, wbig))?;
            Ok(Value::None)
        }
    }
}

/// The value of field descriptor `fd` in the struct at (`owner`, `base`).
fn get_field(vm: &mut Vm, owner: &Value, base: usize, fd: &Value, layout: i64) -> PyResult<Value> {
    if let Value::Int(i) = fd {
        let u = *i as u32;
        let t = (u >> 27) & 15;
        if (BFUINT8..=BFINT32).contains(&t) {
            return bitfield(vm, owner, base, u, layout, None);
        }
        let off = (u & 0x07ff_ffff) as usize;
        return get_scalar(vm, owner, base + off, t, layout);
    }
    let Some(t) = tuple_items(fd) else {
        return syntax_error(vm);
    };
    if t.len() < 2 {
        return syntax_error(vm);
    }
    let hdr = small(vm, &t[0])? as u32;
    let off = (hdr & 0x1fff_ffff) as usize;
    let at = Some((owner.clone(), base + off));
    match (hdr >> 29) & 3 {
        AGG_STRUCT => new_struct(vm, at, t[1].clone(), layout),
        AGG_ARRAY
            if t.len() == 2 && matches!(&t[1], Value::Int(v) if (*v as u32 >> 27) & 15 == 0) =>
        {
            // Arrays of UINT8 are byte views sharing the buffer (MicroPython
            // gives a bytearray by reference; a memoryview here).
            let n = (small(vm, &t[1])? as u32 & 0x07ff_ffff) as usize;
            byte_view(vm, owner.clone(), base + off, n)
        }
        AGG_ARRAY | AGG_PTR => new_struct(vm, at, fd.clone(), layout),
        _ => syntax_error(vm),
    }
}

fn set_field(
    vm: &mut Vm,
    owner: &Value,
    base: usize,
    fd: &Value,
    layout: i64,
    v: &Value,
) -> PyResult<()> {
    if let Value::Int(i) = fd {
        let u = *i as u32;
        let t = (u >> 27) & 15;
        if (BFUINT8..=BFINT32).contains(&t) {
            return bitfield(vm, owner, base, u, layout, Some(v)).map(|_| ());
        }
        let off = (u & 0x07ff_ffff) as usize;
        return set_scalar(vm, owner, base + off, t, layout, v);
    }
    // Aggregates cannot be assigned to.
    syntax_error(vm)
}

/// The descriptor of field `name` (KeyError when missing, as MicroPython
/// looks fields up in the descriptor dict).
fn field_desc(vm: &mut Vm, s: &UStruct, name: &Value) -> PyResult<Value> {
    if !matches!(s.desc.payload(), Some(Payload::Dict(_))) {
        return vm.type_error("struct: no fields");
    }
    match vm.dict_get(&s.desc, name)? {
        Some(fd) => Ok(fd),
        None => vm.key_error(name.clone()),
    }
}

fn u_getattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let fd = field_desc(vm, s, &args[1])?;
    let (owner, base) = target_of(vm, s)?;
    get_field(vm, &owner, base, &fd, s.layout)
}

fn u_setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let fd = field_desc(vm, s, &args[1])?;
    let (owner, base) = target_of(vm, s)?;
    set_field(vm, &owner, base, &fd, s.layout, &args[2])?;
    Ok(Value::None)
}

/// `del s.field` only reads the field (MicroPython treats a delete as a
/// load), so it raises for unknown fields and otherwise does nothing.
fn u_delattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    u_getattr(vm, args, kw)?;
    Ok(Value::None)
}

/// Structs are not iterable: MicroPython looks for `__getitem__` among the
/// fields (so the error is "struct: no fields" or a KeyError).
fn u_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let name = Value::str("__getitem__");
    field_desc(vm, s, &name)?;
    vm.type_error("'struct' object isn't iterable")
}

/// How a struct is indexed.
struct Elems {
    /// Element descriptor: a scalar type (int) or an aggregate.
    elem: Value,
    /// Scalar element type (None: aggregate elements).
    scalar: Option<u32>,
    /// Byte size of one element.
    size: usize,
    /// Number of elements (ARRAY) or None (PTR).
    bound: Option<i64>,
}

fn elem_info(vm: &Vm, s: &UStruct) -> PyResult<Elems> {
    let Some(t) = tuple_items(&s.desc) else {
        return vm.type_error("struct: can't index");
    };
    if t.len() < 2 {
        return syntax_error(vm);
    }
    let hdr = small(vm, &t[0])? as u32;
    // (element descriptor, scalar element type, bound)
    let (elem, scalar, bound) = match (hdr >> 29) & 3 {
        AGG_ARRAY => {
            let v = small(vm, &t[1])? as u32;
            let n = (v & 0x07ff_ffff) as i64;
            match t.get(2) {
                // A third item is always an aggregate descriptor.
                Some(e) => (e.clone(), None, Some(n)),
                None => {
                    let ty = (v >> 27) & 15;
                    (Value::Int(type2smallint(ty, 4)), Some(ty), Some(n))
                }
            }
        }
        AGG_PTR => {
            let ty = match &t[1] {
                Value::Int(i) => Some((*i as u32 >> 27) & 15),
                _ => None,
            };
            (t[1].clone(), ty, None)
        }
        _ => return vm.type_error("'struct' object isn't subscriptable"),
    };
    let size = match scalar {
        Some(ty) => scalar_size(ty),
        None => {
            let mut m = 0;
            struct_size(vm, &elem, s.layout, &mut m)?
        }
    };
    Ok(Elems {
        elem,
        scalar,
        size,
        bound,
    })
}

/// Where element `i` of an ARRAY/PTR struct lives, and the layout its
/// scalars are read with (pointer targets are read natively).
fn elem_place(vm: &mut Vm, s: &UStruct, e: &Elems, idx: &Value) -> PyResult<(Value, usize, i64)> {
    let i = small(vm, idx)?;
    if let Some(n) = e.bound {
        if i >= n {
            return vm.index_error("struct: index out of range");
        }
    }
    let (owner, base) = target_of(vm, s)?;
    let delta = i.checked_mul(e.size as i64).unwrap_or(i64::MAX);
    if e.bound.is_some() {
        let off = offset_by(vm, base, delta)?;
        return Ok((owner, off, s.layout));
    }
    // PTR: read the pointer stored at the field, then find its buffer.
    let p = to_u64(&read_bytes(vm, &owner, base, PTR_SIZE)?, false) as usize;
    let Some((powner, poff)) = resolve(p) else {
        return unknown_addr(vm);
    };
    let off = offset_by(vm, poff, delta)?;
    let layout = if e.scalar.is_some() { NATIVE } else { s.layout };
    Ok((powner, off, layout))
}

fn u_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let e = elem_info(vm, s)?;
    let (owner, off, layout) = elem_place(vm, s, &e, &args[1])?;
    match e.scalar {
        Some(t) => get_scalar(vm, &owner, off, t, layout),
        None => new_struct(vm, Some((owner, off)), e.elem, layout),
    }
}

fn u_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let e = elem_info(vm, s)?;
    let (owner, off, layout) = elem_place(vm, s, &e, &args[1])?;
    if e.bound.is_none() {
        // MicroPython does not store through pointers: the element is
        // only read.
        if let Some(t) = e.scalar {
            get_scalar(vm, &owner, off, t, layout)?;
        }
        return Ok(Value::None);
    }
    match e.scalar {
        Some(t) => set_scalar(vm, &owner, off, t, layout, &args[2])?,
        None => return vm.type_error("'struct' object doesn't support item assignment"),
    }
    Ok(Value::None)
}

/// `int(p)` of a PTR struct: the address stored in the pointer field.
fn u_int(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    if kind_name(s) == "PTR" {
        let (owner, base) = target_of(vm, s)?;
        let p = to_u64(&read_bytes(vm, &owner, base, PTR_SIZE)?, false);
        return Ok(int_value(vm, p, PTR_SIZE, false));
    }
    vm.type_error("can't convert struct to int")
}

fn kind_name(s: &UStruct) -> &'static str {
    if matches!(s.desc.payload(), Some(Payload::Dict(_))) {
        return "STRUCT";
    }
    match tuple_items(&s.desc) {
        Some(t) => match t.first() {
            Some(Value::Int(i)) => match (*i as u32 >> 29) & 3 {
                AGG_PTR => "PTR",
                AGG_ARRAY => "ARRAY",
                _ => "unk",
            },
            _ => "unk",
        },
        None => "ERROR",
    }
}

fn u_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let addr = match &s.target {
        Some((o, off)) => raw_addr(o).map(|(a, _)| a + off).unwrap_or(0),
        None => 0,
    };
    Ok(Value::str(&format!("<struct {} {:x}>", kind_name(s), addr)))
}

/// MicroPython's argument-count check for native functions.
fn check_count(vm: &Vm, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        if min == max {
            return vm.type_error(format!(
                "function takes {} positional arguments but {} were given",
                min, n
            ));
        }
        return vm.type_error(format!(
            "function missing {} required positional arguments",
            min - n
        ));
    }
    if n > max {
        if min == max {
            return vm.type_error(format!(
                "function takes {} positional arguments but {} were given",
                min, n
            ));
        }
        return vm.type_error(format!(
            "function expected at most {} arguments, got {}",
            max, n
        ));
    }
    Ok(())
}

fn no_kw(vm: &Vm, kw: &KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error("function doesn't take keyword arguments");
    }
    Ok(())
}

fn u_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let args = &args[1..];
    no_kw(vm, kw)?;
    check_count(vm, args.len(), 2, 3)?;
    let target = if let Some(IntVal::Small(a)) = as_int(&args[0]) {
        match resolve(a as usize) {
            Some(t) => t,
            None => return unknown_addr(vm),
        }
    } else {
        match owner_of(&args[0]) {
            Some((o, off, _)) => (o, off),
            None => {
                return vm.type_error(format!("can't convert {} to int", vm.type_name(&args[0])))
            }
        }
    };
    let layout = match args.get(2) {
        Some(v) => small(vm, v)?,
        None => NATIVE,
    };
    new_struct(vm, Some(target), args[1].clone(), layout)
}

fn m_sizeof(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, kw)?;
    check_count(vm, args.len(), 1, 2)?;
    match args[0].payload() {
        Some(Payload::ByteArray(b)) => return Ok(Value::Int(b.borrow().len() as i64)),
        Some(Payload::Native(n)) => {
            // UINT8 arrays are memoryviews here (bytearrays in MicroPython).
            if let Some(mv) = n
                .as_any()
                .downcast_ref::<crate::types::memoryview::MemoryView>()
            {
                return Ok(Value::Int(mv.nbytes() as i64));
            }
        }
        _ => {}
    }
    let (desc, layout) = match ustruct(&args[0]) {
        Some(s) => {
            if args.len() != 1 {
                return Err(vm.new_exception(&vm.exc.type_error, Vec::new()));
            }
            (s.desc.clone(), s.layout)
        }
        None => {
            let layout = match args.get(1) {
                Some(v) => small(vm, v)?,
                None => NATIVE,
            };
            (args[0].clone(), layout)
        }
    };
    let mut m = 0;
    let n = struct_size(vm, &desc, layout, &mut m)?;
    Ok(Value::Int(n as i64))
}

fn m_addressof(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, kw)?;
    check_count(vm, args.len(), 1, 1)?;
    let Some((owner, off, _)) = owner_of(&args[0]) else {
        return vm.type_error("object with buffer protocol required");
    };
    let Some((base, _)) = raw_addr(&owner) else {
        return vm.type_error("object with buffer protocol required");
    };
    if let Value::Obj(o) = &owner {
        let w = Rc::downgrade(o);
        KNOWN.with(|k| {
            k.retain(|(_, w)| w.strong_count() > 0);
            if !k.iter().any(|(b, x)| *b == base && x.ptr_eq(&w)) {
                k.push((base, w));
            }
        });
    }
    Ok(Value::Int((base + off) as i64))
}

fn at_args(vm: &Vm, args: &[Value], kw: &KwArgs) -> PyResult<(Value, usize, usize)> {
    no_kw(vm, kw)?;
    check_count(vm, args.len(), 2, 2)?;
    let a = small(vm, &args[0])?;
    let n = small(vm, &args[1])?;
    let Some((owner, off)) = resolve(a as usize) else {
        return unknown_addr(vm);
    };
    let len = raw_addr(&owner).map(|(_, l)| l).unwrap_or(0);
    if n < 0 || off + n as usize > len {
        return vm.value_error("range is not inside a live buffer obtained with addressof()");
    }
    Ok((owner, off, n as usize))
}

fn m_bytes_at(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (owner, off, n) = at_args(vm, args, kw)?;
    let b = read_bytes(vm, &owner, off, n)?;
    Ok(vm.new_bytes(b))
}

fn m_bytearray_at(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (owner, off, n) = at_args(vm, args, kw)?;
    byte_view(vm, owner, off, n)
}

/// A writable memoryview of `n` bytes at `off` of `owner`.
fn byte_view(vm: &mut Vm, owner: Value, off: usize, n: usize) -> PyResult<Value> {
    Ok(crate::types::memoryview::byte_view(vm, owner, off, n))
}

/// Build the `uctypes` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("uctypes");
    let o = [vm.types.object.clone()];
    let t = crate::vm::types::new_type(&vm.types, "struct", &o, BaseKind::Other, false);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("struct.__getattr__", u_getattr),
            ("struct.__setattr__", u_setattr),
            ("struct.__getitem__", u_getitem),
            ("struct.__setitem__", u_setitem),
            ("struct.__repr__", u_repr),
            ("struct.__delattr__", u_delattr),
            ("struct.__int__", u_int),
            ("struct.__iter__", u_iter),
        ],
    );
    crate::vm::types::set_type_attr(&t, "__module__", Value::str("uctypes"));
    let new = vm.new_builtin("struct.__new__", u_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    vm.set_attr_str(&m, "struct", Value::Obj(t));
    let fns: &[(&'static str, NativeFn)] = &[
        ("sizeof", m_sizeof),
        ("addressof", m_addressof),
        ("bytes_at", m_bytes_at),
        ("bytearray_at", m_bytearray_at),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    let mut consts: Vec<(&str, i64)> = alloc::vec![
        ("NATIVE", NATIVE),
        ("LITTLE_ENDIAN", LITTLE_ENDIAN),
        ("BIG_ENDIAN", BIG_ENDIAN),
        ("BF_POS", 17),
        ("BF_LEN", 22),
        ("PTR", type2smallint(AGG_PTR, 2)),
        ("ARRAY", type2smallint(AGG_ARRAY, 2)),
    ];
    let scalars = [
        ("VOID", 0),
        ("UINT8", 0),
        ("INT8", 1),
        ("UINT16", 2),
        ("INT16", 3),
        ("UINT32", 4),
        ("INT32", 5),
        ("UINT64", 6),
        ("INT64", 7),
        ("BFUINT8", 8),
        ("BFINT8", 9),
        ("BFUINT16", 10),
        ("BFINT16", 11),
        ("BFUINT32", 12),
        ("BFINT32", 13),
        ("FLOAT32", 14),
        ("FLOAT64", 15),
        ("SHORT", 3),
        ("USHORT", 2),
        ("INT", 5),
        ("UINT", 4),
        ("LONG", 5),
        ("ULONG", 4),
        ("LONGLONG", 7),
        ("ULONGLONG", 6),
    ];
    for (n, t) in scalars {
        consts.push((n, type2smallint(t, 4)));
    }
    for (n, v) in consts {
        vm.set_attr_str(&m, n, Value::Int(v));
    }
    Ok(m)
}
