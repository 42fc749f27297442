//! `array`: typed arrays of numbers stored as raw little-endian bytes
//! (so they expose the buffer protocol directly).

use crate::object::*;
use crate::runtime::num::{as_f64, as_int, IntVal};
use crate::types::bytes::buffer_bytes;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::RefCell;
use mprt_compiler::bytecode::cmpop;

/// An `array.array` instance.
pub struct ArrayObj {
    /// The type code (`b`, `i`, `d`, ...).
    pub code: u8,
    /// The items as raw little-endian bytes.
    pub data: RefCell<Vec<u8>>,
}

impl NativeObject for ArrayObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Item size of a type code.
pub fn itemsize(code: u8) -> Option<usize> {
    Some(match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

fn get_arr(v: &Value) -> Option<&ArrayObj> {
    match v.payload()? {
        Payload::Native(n) => n.as_any().downcast_ref::<ArrayObj>(),
        _ => None,
    }
}

fn arr<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a ArrayObj> {
    match get_arr(v) {
        Some(a) => Ok(a),
        None => vm.type_error("descriptor requires an 'array.array' object"),
    }
}

fn decode_item(code: u8, b: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(buf);
    match code {
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(u as u16 as i16 as i64),
        b'H' => Value::Int(u as u16 as i64),
        b'i' => Value::Int(u as u32 as i32 as i64),
        b'I' => Value::Int(u as u32 as i64),
        b'l' | b'q' => Value::Int(u as i64),
        b'L' | b'Q' => Value::Int(u as i64),
        b'f' => Value::Float(f32::from_bits(u as u32) as f64),
        _ => Value::Float(f64::from_bits(u)),
    }
}

fn item_value(vm: &Vm, code: u8, b: &[u8]) -> Value {
    if matches!(code, b'L' | b'Q') {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(&b[..8]);
        let u = u64::from_le_bytes(buf);
        if u > i64::MAX as u64 {
            return vm.new_bigint(num_bigint::BigInt::from(u));
        }
        return Value::Int(u as i64);
    }
    decode_item(code, b)
}

fn int_range_err(vm: &Vm, code: u8, big: bool) -> Value {
    let msg = match (code, big) {
        (b'b', true) => "signed char is greater than maximum",
        (b'b', false) => "signed char is less than minimum",
        (b'B', true) => "unsigned byte integer is greater than maximum",
        (b'B', false) => "unsigned byte integer is less than minimum",
        (b'h', true) => "signed short integer is greater than maximum",
        (b'h', false) => "signed short integer is less than minimum",
        (b'H', true) => "unsigned short is greater than maximum",
        (b'H', false) => "unsigned short is less than minimum",
        (b'i', true) => "signed integer is greater than maximum",
        (b'i', false) => "signed integer is less than minimum",
        (b'I', true) => "unsigned int is greater than maximum",
        (b'I', false) => "can't convert negative value to unsigned int",
        (b'l', _) => "Python int too large to convert to C long",
        (b'q', _) => "int too big to convert",
        (b'L', true) => "Python int too large to convert to C unsigned long",
        (b'Q', true) => "int too big to convert",
        (b'Q', false) => "can't convert negative int to unsigned",
        (b'L', false) => "can't convert negative value to unsigned int",
        _ => "value out of range",
    };
    vm.new_exc_msg(&vm.exc.overflow_error, msg)
}

fn encode_item(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    let size = itemsize(code).unwrap_or(1);
    if code == b'f' || code == b'd' {
        let Some(f) = as_f64(v) else {
            return vm.type_error(format!("must be real number, not {}", vm.type_name(v)));
        };
        return Ok(if code == b'f' {
            (f as f32).to_bits().to_le_bytes().to_vec()
        } else {
            f.to_bits().to_le_bytes().to_vec()
        });
    }
    let i: i128 = match as_int(v) {
        Some(IntVal::Small(i)) => i as i128,
        Some(IntVal::Big(b)) => {
            use num_traits::{Signed, ToPrimitive};
            match b.to_i128() {
                Some(x) if x.abs() < (1i128 << 100) => x,
                // Saturate: only the sign and "too large" matter below.
                _ if b.is_negative() => -(1i128 << 100),
                _ => 1i128 << 100,
            }
        }
        None => match vm.index_value(v, "")? {
            Some(i) => i as i128,
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            }
        },
    };
    // CPython converts in stages: to a C long first, and 'b' / 'H' through a
    // wider C type (short / int) whose range errors come first.
    let c_long = (i64::MIN as i128)..=(i64::MAX as i128);
    if matches!(code, b'b' | b'B' | b'h' | b'H' | b'i') && !c_long.contains(&i) {
        return vm.overflow_error("Python int too large to convert to C long");
    }
    if code == b'I' && i > u64::MAX as i128 {
        return vm.overflow_error("Python int too large to convert to C unsigned long");
    }
    if code == b'b' && !(-32768..=32767).contains(&i) {
        return Err(int_range_err(vm, b'h', i > 0));
    }
    if code == b'H' && !((i32::MIN as i128)..=(i32::MAX as i128)).contains(&i) {
        return Err(int_range_err(vm, b'i', i > 0));
    }
    let (lo, hi): (i128, i128) = match code {
        b'b' => (-128, 127),
        b'B' => (0, 255),
        b'h' => (-32768, 32767),
        b'H' => (0, 65535),
        b'i' => (i32::MIN as i128, i32::MAX as i128),
        b'I' => (0, u32::MAX as i128),
        b'l' | b'q' => (i64::MIN as i128, i64::MAX as i128),
        _ => (0, u64::MAX as i128),
    };
    if i < lo || i > hi {
        return Err(int_range_err(vm, code, i > hi));
    }
    Ok((i as u64).to_le_bytes()[..size].to_vec())
}

fn new_array(cls: &Ref, code: u8, data: Vec<u8>) -> Value {
    Value::Obj(Object::new(
        cls.clone(),
        Payload::Native(alloc::boxed::Box::new(ArrayObj {
            code,
            data: RefCell::new(data),
        })),
        None,
    ))
}

fn items_of(vm: &Vm, a: &ArrayObj) -> Vec<Value> {
    let sz = itemsize(a.code).unwrap_or(1);
    let d = a.data.borrow().clone();
    d.chunks(sz).map(|c| item_value(vm, a.code, c)).collect()
}

fn extend_from_iter(vm: &mut Vm, code: u8, src: &Value) -> PyResult<Vec<u8>> {
    let items = vm.iterate(src)?;
    let mut out = Vec::new();
    for x in &items {
        out.extend(encode_item(vm, code, x)?);
    }
    Ok(out)
}

fn array_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("array.array() takes no keyword arguments");
    }
    let cls = args[0]
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.types.object.clone());
    if args.len() < 2 || args.len() > 3 {
        return vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let code = match args[1].as_pystr() {
        Some(s) if s.char_len() == 1 => s.as_str().as_bytes()[0],
        _ => {
            return vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(&args[1])
            ))
        }
    };
    if itemsize(code).is_none() {
        return vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    let data = match args.get(2) {
        None => Vec::new(),
        Some(init) => {
            if init.as_pystr().is_some() {
                return vm.type_error(format!(
                    "cannot use a str to initialize an array with typecode '{}'",
                    code as char
                ));
            }
            if let Some(a) = get_arr(init) {
                let items = items_of(vm, a);
                let mut out = Vec::new();
                for x in &items {
                    out.extend(encode_item(vm, code, x)?);
                }
                out
            } else if let Some(b) = match init.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => buffer_bytes(vm, init),
                _ => None,
            } {
                let sz = itemsize(code).unwrap();
                if b.len() % sz != 0 {
                    return vm.value_error("bytes length not a multiple of item size");
                }
                b
            } else {
                extend_from_iter(vm, code, init)?
            }
        }
    };
    Ok(new_array(&cls, code, data))
}

fn a_append(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "append", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    let b = encode_item(vm, a.code, &args[1])?;
    crate::types::memoryview::check_array_resize(vm, &args[0])?;
    a.data.borrow_mut().extend(b);
    Ok(Value::None)
}

fn a_extend(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "extend", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    let b = if let Some(o) = get_arr(&args[1]) {
        if o.code != a.code {
            return vm.type_error("can only extend with array of same kind");
        }
        o.data.borrow().clone()
    } else {
        extend_from_iter(vm, a.code, &args[1])?
    };
    if !b.is_empty() {
        crate::types::memoryview::check_array_resize(vm, &args[0])?;
    }
    a.data.borrow_mut().extend(b);
    Ok(Value::None)
}

fn a_fromlist(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "fromlist", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    if !matches!(args[1].payload(), Some(Payload::List(_))) {
        return vm.type_error("arg must be list");
    }
    let b = extend_from_iter(vm, a.code, &args[1])?;
    if !b.is_empty() {
        crate::types::memoryview::check_array_resize(vm, &args[0])?;
    }
    a.data.borrow_mut().extend(b);
    Ok(Value::None)
}

fn a_frombytes(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "frombytes", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    let Some(b) = buffer_bytes(vm, &args[1]) else {
        return vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(&args[1])
        ));
    };
    if b.len() % itemsize(a.code).unwrap_or(1) != 0 {
        return vm.value_error("bytes length not a multiple of item size");
    }
    if !b.is_empty() {
        crate::types::memoryview::check_array_resize(vm, &args[0])?;
    }
    a.data.borrow_mut().extend(b);
    Ok(Value::None)
}

fn idx_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v, "")? {
        Some(i) => Ok(i),
        None => vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )),
    }
}

fn a_insert(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "insert", &args[1..], 2, 2)?;
    let a = arr(vm, &args[0])?;
    let i = idx_arg(vm, &args[1])?;
    let b = encode_item(vm, a.code, &args[2])?;
    crate::types::memoryview::check_array_resize(vm, &args[0])?;
    let sz = b.len();
    let mut d = a.data.borrow_mut();
    let n = (d.len() / sz) as i64;
    let p = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.splice(p * sz..p * sz, b);
    Ok(Value::None)
}

fn a_pop(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "pop", &args[1..], 0, 1)?;
    let a = arr(vm, &args[0])?;
    let i = match args.get(1) {
        Some(v) => idx_arg(vm, v)?,
        None => -1,
    };
    let sz = itemsize(a.code).unwrap_or(1);
    let n = a.data.borrow().len() / sz;
    if n == 0 {
        return vm.index_error("pop from empty array");
    }
    let Some(p) = crate::types::seq::normalize_index(i, n) else {
        return vm.index_error("pop index out of range");
    };
    crate::types::memoryview::check_array_resize(vm, &args[0])?;
    let item: Vec<u8> = a.data.borrow_mut().drain(p * sz..(p + 1) * sz).collect();
    Ok(item_value(vm, a.code, &item))
}

fn find_item(vm: &mut Vm, a: &ArrayObj, x: &Value) -> PyResult<Option<usize>> {
    let items = items_of(vm, a);
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn a_remove(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "remove", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    match find_item(vm, a, &args[1])? {
        Some(p) => {
            crate::types::memoryview::check_array_resize(vm, &args[0])?;
            let sz = itemsize(a.code).unwrap_or(1);
            a.data.borrow_mut().drain(p * sz..(p + 1) * sz);
            Ok(Value::None)
        }
        None => vm.value_error("array.remove(x): x not in array"),
    }
}

fn a_index(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "index", &args[1..], 1, 3)?;
    let a = arr(vm, &args[0])?;
    let items = items_of(vm, a);
    let n = items.len() as i64;
    let fix = |x: i64| if x < 0 { (x + n).max(0) } else { x.min(n) };
    let s = match args.get(2) {
        Some(v) => fix(idx_arg(vm, v)?),
        None => 0,
    };
    let e = match args.get(3) {
        Some(v) => fix(idx_arg(vm, v)?),
        None => n,
    };
    let mut i = s;
    while i < e {
        if vm.eq(&items[i as usize], &args[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    vm.value_error("array.index(x): x not in array")
}

fn a_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "count", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    let items = items_of(vm, a);
    let mut c = 0;
    for it in &items {
        if vm.eq(it, &args[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn a_reverse(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let sz = itemsize(a.code).unwrap_or(1);
    let mut d = a.data.borrow_mut();
    let chunks: Vec<Vec<u8>> = d.chunks(sz).rev().map(|c| c.to_vec()).collect();
    *d = chunks.concat();
    Ok(Value::None)
}

fn a_byteswap(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let sz = itemsize(a.code).unwrap_or(1);
    for c in a.data.borrow_mut().chunks_mut(sz) {
        c.reverse();
    }
    Ok(Value::None)
}

fn a_tobytes(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let d = a.data.borrow().clone();
    Ok(vm.new_bytes(d))
}

fn a_tolist(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let items = items_of(vm, a);
    Ok(vm.new_list(items))
}

fn a_buffer_info(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let d = a.data.borrow();
    let addr = d.as_ptr() as usize as i64;
    let n = d.len() / itemsize(a.code).unwrap_or(1);
    drop(d);
    Ok(vm.new_tuple(alloc::vec![Value::Int(addr), Value::Int(n as i64)]))
}

fn a_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    Ok(Value::Int(
        (a.data.borrow().len() / itemsize(a.code).unwrap_or(1)) as i64,
    ))
}

fn a_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__getitem__", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    let sz = itemsize(a.code).unwrap_or(1);
    let n = a.data.borrow().len() / sz;
    let k = &args[1];
    if let Some(Payload::Slice(..)) = k.payload() {
        let (start, stop, step) = crate::types::seq::slice_indices(vm, k, n)?;
        let cnt = crate::types::seq::slice_len(start, stop, step);
        let d = a.data.borrow();
        let mut out = Vec::with_capacity(cnt * sz);
        let mut i = start;
        for _ in 0..cnt {
            let p = i as usize * sz;
            out.extend_from_slice(&d[p..p + sz]);
            i += step;
        }
        drop(d);
        let cls = vm.type_of(&args[0]);
        return Ok(new_array(&cls, a.code, out));
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error("array indices must be integers");
    };
    match crate::types::seq::normalize_index(i, n) {
        Some(i) => {
            let d = a.data.borrow();
            let v = item_value(vm, a.code, &d[i * sz..(i + 1) * sz]);
            Ok(v)
        }
        None => vm.index_error("array index out of range"),
    }
}

fn a_setitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__setitem__", &args[1..], 2, 2)?;
    let a = arr(vm, &args[0])?;
    let sz = itemsize(a.code).unwrap_or(1);
    let n = a.data.borrow().len() / sz;
    let (k, v) = (&args[1], &args[2]);
    if let Some(Payload::Slice(..)) = k.payload() {
        let Some(o) = get_arr(v) else {
            return vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                vm.type_name(v)
            ));
        };
        if o.code != a.code {
            return vm.type_error("bad argument type for built-in operation");
        }
        let src = o.data.borrow().clone();
        let (start, stop, step) = crate::types::seq::slice_indices(vm, k, n)?;
        let cnt = crate::types::seq::slice_len(start, stop, step);
        if src.is_empty() || cnt * sz != src.len() {
            crate::types::memoryview::check_array_resize(vm, &args[0])?;
        }
        let mut d = a.data.borrow_mut();
        if step == 1 {
            let s = start as usize * sz;
            let e = stop.max(start) as usize * sz;
            d.splice(s..e, src);
            return Ok(Value::None);
        }
        if cnt * sz != src.len() {
            return vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                src.len() / sz,
                cnt
            ));
        }
        let mut i = start;
        for c in src.chunks(sz) {
            let p = i as usize * sz;
            d[p..p + sz].copy_from_slice(c);
            i += step;
        }
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error("array indices must be integers");
    };
    // The index is checked before the value is converted.
    let Some(i) = crate::types::seq::normalize_index(i, n) else {
        return vm.index_error("array assignment index out of range");
    };
    let b = encode_item(vm, a.code, v)?;
    let mut d = a.data.borrow_mut();
    match d.get_mut(i * sz..(i + 1) * sz) {
        Some(dst) => {
            dst.copy_from_slice(&b);
            Ok(Value::None)
        }
        None => {
            drop(d);
            vm.index_error("array assignment index out of range")
        }
    }
}

fn a_delitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "__delitem__", &args[1..], 1, 1)?;
    let a = arr(vm, &args[0])?;
    let sz = itemsize(a.code).unwrap_or(1);
    let n = a.data.borrow().len() / sz;
    let k = &args[1];
    if let Some(Payload::Slice(..)) = k.payload() {
        let r = crate::types::seq::slice_indices(vm, k, n)?;
        crate::types::memoryview::check_array_resize(vm, &args[0])?;
        let d = a.data.borrow().clone();
        let mut chunks: Vec<Vec<u8>> = d.chunks(sz).map(|c| c.to_vec()).collect();
        crate::types::bytes::delete_slice(&mut chunks, r);
        *a.data.borrow_mut() = chunks.concat();
        return Ok(Value::None);
    }
    let Some(i) = vm.index_value(k, "")? else {
        return vm.type_error("array indices must be integers");
    };
    match crate::types::seq::normalize_index(i, n) {
        Some(i) => {
            crate::types::memoryview::check_array_resize(vm, &args[0])?;
            a.data.borrow_mut().drain(i * sz..(i + 1) * sz);
            Ok(Value::None)
        }
        None => vm.index_error("array assignment index out of range"),
    }
}

fn a_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let items = items_of(vm, a);
    Ok(vm.new_iter(IterState::Values { items, index: 0 }))
}

fn a_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    Ok(Value::Bool(find_item(vm, a, &args[1])?.is_some()))
}

fn a_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let Some(o) = get_arr(&args[1]) else {
        return vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(&args[1])
        ));
    };
    if o.code != a.code {
        return vm.type_error("bad argument type for built-in operation");
    }
    let mut d = a.data.borrow().clone();
    d.extend_from_slice(&o.data.borrow());
    let cls = vm.type_of(&args[0]);
    Ok(new_array(&cls, a.code, d))
}

fn a_iadd(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let Some(o) = get_arr(&args[1]) else {
        return vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(&args[1])
        ));
    };
    if o.code != a.code {
        return vm.type_error("can only extend with array of same kind");
    }
    let extra = o.data.borrow().clone();
    if !extra.is_empty() {
        crate::types::memoryview::check_array_resize(vm, &args[0])?;
    }
    a.data.borrow_mut().extend(extra);
    Ok(args[0].clone())
}

fn a_mul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let Some(n) = vm.index_value(&args[1], "")? else {
        return Ok(Value::NotImplemented);
    };
    let d = a.data.borrow().clone();
    let n = n.max(0) as usize;
    if n.saturating_mul(d.len()) > super::heap_limit() {
        return vm.memory_error();
    }
    let cls = vm.type_of(&args[0]);
    Ok(new_array(&cls, a.code, d.repeat(n)))
}

fn a_imul(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let Some(n) = vm.index_value(&args[1], "")? else {
        return Ok(Value::NotImplemented);
    };
    let d = a.data.borrow().clone();
    let n = n.max(0) as usize;
    if n.saturating_mul(d.len()) > super::heap_limit() {
        return vm.memory_error();
    }
    if d.len() * n != d.len() {
        crate::types::memoryview::check_array_resize(vm, &args[0])?;
    }
    *a.data.borrow_mut() = d.repeat(n);
    Ok(args[0].clone())
}

fn a_cmp(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let Some(o) = get_arr(&args[1]) else {
        return Ok(Value::NotImplemented);
    };
    let x = items_of(vm, a);
    let y = items_of(vm, o);
    let lx = vm.new_list(x);
    let ly = vm.new_list(y);
    vm.compare(&lx, &ly, op)
}
fn a_eq(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    a_cmp(vm, a, cmpop::EQ)
}
fn a_ne(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    a_cmp(vm, a, cmpop::NE)
}
fn a_lt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    a_cmp(vm, a, cmpop::LT)
}
fn a_le(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    a_cmp(vm, a, cmpop::LE)
}
fn a_gt(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    a_cmp(vm, a, cmpop::GT)
}
fn a_ge(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    a_cmp(vm, a, cmpop::GE)
}

fn a_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    let items = items_of(vm, a);
    let cls = vm.type_of(&args[0]);
    let full = cls
        .type_data()
        .map(|t| t.name.borrow().clone())
        .unwrap_or_default();
    let name = String::from(full.rsplit('.').next().unwrap_or(&full));
    if items.is_empty() {
        return Ok(Value::string(format!("{}('{}')", name, a.code as char)));
    }
    let l = vm.new_list(items);
    let r = vm.repr(&l)?;
    let mut s = String::new();
    s.push_str(&format!("{}('{}', ", name, a.code as char));
    s.push_str(r.as_str());
    s.push(')');
    Ok(Value::string(s))
}

fn a_typecode(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    Ok(vm.char_value(a.code as char))
}

fn a_itemsize(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = arr(vm, &args[0])?;
    Ok(Value::Int(itemsize(a.code).unwrap_or(1) as i64))
}

/// Build the `array` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("array");
    let o = [vm.types.object.clone()];
    let t = crate::vm::types::new_type(&vm.types, "array.array", &o, BaseKind::Other, false);
    if let Some(td) = t.type_data() {
        *td.qualname.borrow_mut() = String::from("array");
    }
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("array.append", a_append),
            ("array.extend", a_extend),
            ("array.fromlist", a_fromlist),
            ("array.frombytes", a_frombytes),
            ("array.insert", a_insert),
            ("array.pop", a_pop),
            ("array.remove", a_remove),
            ("array.index", a_index),
            ("array.count", a_count),
            ("array.reverse", a_reverse),
            ("array.byteswap", a_byteswap),
            ("array.tobytes", a_tobytes),
            ("array.tolist", a_tolist),
            ("array.buffer_info", a_buffer_info),
            ("array.__len__", a_len),
            ("array.__getitem__", a_getitem),
            ("array.__setitem__", a_setitem),
            ("array.__delitem__", a_delitem),
            ("array.__iter__", a_iter),
            ("array.__contains__", a_contains),
            ("array.__add__", a_add),
            ("array.__iadd__", a_iadd),
            ("array.__mul__", a_mul),
            ("array.__rmul__", a_mul),
            ("array.__imul__", a_imul),
            ("array.__eq__", a_eq),
            ("array.__ne__", a_ne),
            ("array.__lt__", a_lt),
            ("array.__le__", a_le),
            ("array.__gt__", a_gt),
            ("array.__ge__", a_ge),
            ("array.__repr__", a_repr),
        ],
    );
    let p = crate::types::memoryview::native_property(vm, "array.typecode", a_typecode);
    crate::vm::types::set_type_attr(&t, "typecode", p);
    let p = crate::types::memoryview::native_property(vm, "array.itemsize", a_itemsize);
    crate::vm::types::set_type_attr(&t, "itemsize", p);
    crate::vm::types::set_type_attr(&t, "__module__", Value::str("array"));
    let new = vm.new_builtin("array.__new__", array_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    crate::vm::types::set_type_attr(&t, "__hash__", Value::None);
    vm.set_attr_str(&m, "array", Value::Obj(t.clone()));
    vm.set_attr_str(&m, "ArrayType", Value::Obj(t));
    vm.set_attr_str(&m, "typecodes", Value::str("bBuhHiIlLqQfd"));
    Ok(m)
}
