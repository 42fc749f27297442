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
            let (owner, off) = s.target.clone()?;
            return Some((owner, off, 0));
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
pub struct UStruct {
    /// The owning buffer object and byte offset (None: an unresolved
    /// pointer, unusable).
    target: Option<(Value, usize)>,
    /// A dict (STRUCT) or an aggregate tuple (ARRAY / PTR).
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

fn small(vm: &Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntVal::Small(i)) => Ok(i),
        _ => vm.type_error(format!("can't convert {} to int", vm.type_name(v))),
    }
}

fn syntax_error<T>(vm: &Vm) -> PyResult<T> {
    vm.type_error("struct: syntax error in descriptor")
}

fn scalar_size(t: u32) -> usize {
    match t {
        FLOAT32 => 4,
        FLOAT64 => 8,
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

fn struct_size(vm: &Vm, desc: &Value, layout: i64, maxf: &mut usize) -> PyResult<usize> {
    let Some(items) = dict_items(desc) else {
        if tuple_items(desc).is_some() {
            return agg_size(vm, desc, layout, maxf);
        }
        if as_int(desc).is_some() {
            return vm.type_error("can't unambiguously get sizeof scalar");
        }
        return syntax_error(vm);
    };
    let mut total = 0usize;
    for (_, v) in items {
        if let Some(IntVal::Small(i)) = as_int(&v) {
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
                return syntax_error(vm);
            };
            let off = (small(vm, &t[0])? as u32 & 0x1fff_ffff) as usize;
            let s = agg_size(vm, &v, layout, maxf)?;
            total = total.max(off + s);
        }
    }
    if layout == NATIVE && *maxf > 0 {
        total = (total + *maxf - 1) & !(*maxf - 1);
    }
    Ok(total)
}

fn agg_size(vm: &Vm, desc: &Value, layout: i64, maxf: &mut usize) -> PyResult<usize> {
    let Some(t) = tuple_items(desc) else {
        return syntax_error(vm);
    };
    if t.len() < 2 {
        return syntax_error(vm);
    }
    let hdr = small(vm, &t[0])? as u32;
    match (hdr >> 29) & 3 {
        AGG_STRUCT => struct_size(vm, &t[1], layout, maxf),
        AGG_PTR => {
            let p = core::mem::size_of::<usize>();
            *maxf = (*maxf).max(p);
            Ok(p)
        }
        AGG_ARRAY => {
            if t.len() == 2 {
                // (offset | ARRAY, type | length): scalars.
                let v = small(vm, &t[1])? as u32;
                let s = scalar_size((v >> 27) & 15);
                *maxf = (*maxf).max(s);
                return Ok(s * (v & 0x07ff_ffff) as usize);
            }
            // (offset | ARRAY, length, {struct}): aggregates.
            let n = small(vm, &t[1])?.max(0) as usize;
            Ok(struct_size(vm, &t[2], layout, maxf)? * n)
        }
        _ => syntax_error(vm),
    }
}

/// Read `n` bytes at `off` of `owner`.
fn read_bytes(vm: &Vm, owner: &Value, off: usize, n: usize) -> PyResult<Vec<u8>> {
    let get = |d: &[u8]| d.get(off..off + n).map(|s| s.to_vec());
    let r = match owner.payload() {
        Some(Payload::Bytes(b)) => get(b),
        _ => super::extbuf::with_buf_mut(owner, |d| get(d)).flatten(),
    };
    match r {
        Some(v) => Ok(v),
        None => vm.value_error("struct field outside its buffer"),
    }
}

fn write_bytes(vm: &Vm, owner: &Value, off: usize, data: &[u8]) -> PyResult<()> {
    let r = super::extbuf::with_buf_mut(owner, |d| match d.get_mut(off..off + data.len()) {
        Some(s) => {
            s.copy_from_slice(data);
            true
        }
        None => false,
    });
    match r {
        Some(true) => Ok(()),
        Some(false) => vm.value_error("struct field outside its buffer"),
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

fn int_value(vm: &Vm, v: u64, size: usize, signed: bool) -> Value {
    if signed {
        let sh = 64 - 8 * size as u32;
        Value::Int(((v << sh) as i64) >> sh)
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
    let big = layout == BIG_ENDIAN;
    let u = to_u64(&b, big);
    Ok(match t {
        FLOAT32 => Value::Float(f32::from_bits(u as u32) as f64),
        FLOAT64 => Value::Float(f64::from_bits(u)),
        _ => int_value(vm, u, size, t & 1 == 1),
    })
}

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
    let big = layout == BIG_ENDIAN;
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
    write_bytes(vm, owner, off, &from_u64(u, size, big))
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

/// The value of field descriptor `fd` in the struct at (`owner`, `base`).
fn get_field(vm: &mut Vm, owner: &Value, base: usize, fd: &Value, layout: i64) -> PyResult<Value> {
    if let Some(IntVal::Small(i)) = as_int(fd) {
        let u = i as u32;
        let t = (u >> 27) & 15;
        if (BFUINT8..=BFINT32).contains(&t) {
            let off = (u & 0x1ffff) as usize;
            let (pos, len) = ((u >> 17) & 31, (u >> 22) & 31);
            let bt = t - BFUINT8;
            let size = scalar_size(bt);
            let raw = to_u64(
                &read_bytes(vm, owner, base + off, size)?,
                layout == BIG_ENDIAN,
            );
            let mask = (1u64 << len) - 1;
            return Ok(Value::Int(((raw >> pos) & mask) as i64));
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
    match (hdr >> 29) & 3 {
        AGG_STRUCT => new_struct(vm, Some((owner.clone(), base + off)), t[1].clone(), layout),
        AGG_ARRAY if t.len() == 2 && (small(vm, &t[1])? as u32 >> 27) & 15 == 0 => {
            // Arrays of UINT8 are byte views sharing the buffer (MicroPython
            // gives a bytearray by reference; a memoryview here).
            let n = (small(vm, &t[1])? as u32 & 0x07ff_ffff) as usize;
            byte_view(vm, owner.clone(), base + off, n)
        }
        AGG_ARRAY => new_struct(vm, Some((owner.clone(), base + off)), fd.clone(), layout),
        AGG_PTR => {
            let n = core::mem::size_of::<usize>();
            let p = to_u64(&read_bytes(vm, owner, base + off, n)?, layout == BIG_ENDIAN) as usize;
            new_struct(vm, resolve(p), fd.clone(), layout)
        }
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
    if let Some(IntVal::Small(i)) = as_int(fd) {
        let u = i as u32;
        let t = (u >> 27) & 15;
        if (BFUINT8..=BFINT32).contains(&t) {
            let off = (u & 0x1ffff) as usize;
            let (pos, len) = ((u >> 17) & 31, (u >> 22) & 31);
            let size = scalar_size(t - BFUINT8);
            let big = layout == BIG_ENDIAN;
            let raw = to_u64(&read_bytes(vm, owner, base + off, size)?, big);
            let mask = ((1u64 << len) - 1) << pos;
            let nv = (raw & !mask) | ((value_bits(vm, v)? << pos) & mask);
            return write_bytes(vm, owner, base + off, &from_u64(nv, size, big));
        }
        let off = (u & 0x07ff_ffff) as usize;
        return set_scalar(vm, owner, base + off, t, layout, v);
    }
    vm.type_error("struct: cannot assign to an aggregate field")
}

fn field_desc(vm: &mut Vm, s: &UStruct, name: &Value) -> PyResult<Option<Value>> {
    if !matches!(s.desc.payload(), Some(Payload::Dict(_))) {
        return Ok(None);
    }
    vm.dict_get(&s.desc, name)
}

fn u_getattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let Some(fd) = field_desc(vm, s, &args[1])? else {
        // MicroPython looks fields up in the descriptor dict: KeyError.
        return vm.key_error(args[1].clone());
    };
    let (owner, base) = target_of(vm, s)?;
    get_field(vm, &owner, base, &fd, s.layout)
}

fn u_setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let Some(fd) = field_desc(vm, s, &args[1])? else {
        // MicroPython looks fields up in the descriptor dict: KeyError.
        return vm.key_error(args[1].clone());
    };
    let (owner, base) = target_of(vm, s)?;
    set_field(vm, &owner, base, &fd, s.layout, &args[2])?;
    Ok(Value::None)
}

/// For an ARRAY or PTR struct: (element descriptor, element byte size,
/// bound if an array).
fn elem_info(vm: &Vm, s: &UStruct) -> PyResult<(Value, usize, Option<i64>, bool)> {
    let Some(t) = tuple_items(&s.desc) else {
        return vm.type_error("struct: cannot index");
    };
    let hdr = small(vm, &t[0])? as u32;
    let (elem, bound) = match (hdr >> 29) & 3 {
        AGG_ARRAY if t.len() >= 3 => (t[2].clone(), Some(small(vm, &t[1])?)),
        AGG_ARRAY => {
            let v = small(vm, &t[1])?;
            // The element type without the length bits.
            let ty = type2smallint((v as u32 >> 27) & 15, 4);
            (Value::Int(ty), Some((v as u32 & 0x07ff_ffff) as i64))
        }
        AGG_PTR => (t[1].clone(), None),
        _ => return vm.type_error("struct: cannot index"),
    };
    let scalar = matches!(as_int(&elem), Some(IntVal::Small(_)));
    let size = if let Some(IntVal::Small(i)) = as_int(&elem) {
        scalar_size((i as u32 >> 27) & 15)
    } else {
        let mut m = 0;
        struct_size(vm, &elem, s.layout, &mut m)?
    };
    Ok((elem, size, bound, scalar))
}

fn index_of(vm: &Vm, k: &Value, bound: Option<i64>) -> PyResult<usize> {
    let i = small(vm, k)?;
    match bound {
        Some(n) if i < 0 || i >= n => vm.index_error("struct: index out of range"),
        None if i < 0 => vm.index_error("struct: index out of range"),
        _ => Ok(i as usize),
    }
}

fn u_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let (elem, size, bound, scalar) = elem_info(vm, s)?;
    let i = index_of(vm, &args[1], bound)?;
    let (owner, base) = target_of(vm, s)?;
    let off = base + i * size;
    if scalar {
        let t = (small(vm, &elem)? as u32 >> 27) & 15;
        get_scalar(vm, &owner, off, t, s.layout)
    } else {
        new_struct(vm, Some((owner, off)), elem, s.layout)
    }
}

fn u_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(s) = ustruct(&args[0]) else {
        return vm.type_error("struct expected");
    };
    let (elem, size, bound, scalar) = elem_info(vm, s)?;
    let i = index_of(vm, &args[1], bound)?;
    let (owner, base) = target_of(vm, s)?;
    if !scalar {
        return vm.type_error("struct: cannot assign to an aggregate element");
    }
    let t = (small(vm, &elem)? as u32 >> 27) & 15;
    set_scalar(vm, &owner, base + i * size, t, s.layout, &args[2])?;
    Ok(Value::None)
}

fn kind_name(s: &UStruct) -> &'static str {
    match tuple_items(&s.desc) {
        Some(t) => match t.first().and_then(|h| match h {
            Value::Int(i) => Some((*i as u32 >> 29) & 3),
            _ => None,
        }) {
            Some(AGG_PTR) => "PTR",
            Some(AGG_ARRAY) => "ARRAY",
            _ => "STRUCT",
        },
        None => "STRUCT",
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

fn u_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("function doesn't take keyword arguments");
    }
    let args = &args[1..];
    if args.len() < 2 || args.len() > 3 {
        return vm.type_error("function takes 2 or 3 positional arguments");
    }
    let layout = match args.get(2) {
        Some(v) => small(vm, v)?,
        None => NATIVE,
    };
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
    if dict_items(&args[1]).is_none() && tuple_items(&args[1]).is_none() {
        return syntax_error(vm);
    }
    new_struct(vm, Some(target), args[1].clone(), layout)
}

fn m_sizeof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "sizeof", args, 1, 2)?;
    let mut layout = match args.get(1) {
        Some(v) => small(vm, v)?,
        None => NATIVE,
    };
    let desc = match ustruct(&args[0]) {
        Some(s) => {
            if args.len() < 2 {
                layout = s.layout;
            }
            s.desc.clone()
        }
        None => args[0].clone(),
    };
    let mut m = 0;
    let n = struct_size(vm, &desc, layout, &mut m)?;
    Ok(Value::Int(n as i64))
}

fn m_addressof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "addressof", args, 1, 1)?;
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

fn at_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<(Value, usize, usize)> {
    crate::builtins::check_args(vm, name, args, 2, 2)?;
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

fn m_bytes_at(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (owner, off, n) = at_args(vm, args, "bytes_at")?;
    let b = read_bytes(vm, &owner, off, n)?;
    Ok(vm.new_bytes(b))
}

fn m_bytearray_at(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (owner, off, n) = at_args(vm, args, "bytearray_at")?;
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
