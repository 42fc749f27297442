//! `int` and `bool`: construction, methods and the arithmetic dunders.
//!
//! The dunders are thin wrappers over the central kernels in
//! `runtime/ops.rs` (`builtin_binop`, `builtin_compare`); the generic
//! wrappers here are shared with `float` and `complex`.

use crate::object::*;
use crate::runtime::num::{as_complex, as_float, as_int, IntVal};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use mprt_compiler::bytecode::{binop, unop};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

/// The plain int value of an int/bool/int-subclass instance.
pub fn int_of_value(vm: &Vm, v: &Value) -> Value {
    match as_int(v) {
        Some(IntVal::Small(i)) => Value::Int(i),
        Some(IntVal::Big(b)) => vm.new_bigint(b.clone()),
        None => Value::None,
    }
}

/// Which numeric tower level a dunder belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// `int` (and `bool`).
    Int,
    /// `float`.
    Float,
    /// `complex`.
    Complex,
}

impl NumKind {
    fn name(self) -> &'static str {
        match self {
            NumKind::Int => "int",
            NumKind::Float => "float",
            NumKind::Complex => "complex",
        }
    }
    fn is_self(self, v: &Value) -> bool {
        match self {
            NumKind::Int => as_int(v).is_some(),
            NumKind::Float => as_float(v).is_some(),
            NumKind::Complex => matches!(v.payload(), Some(Payload::Complex(..))),
        }
    }
    fn accepts(self, v: &Value) -> bool {
        match self {
            NumKind::Int => as_int(v).is_some(),
            NumKind::Float => as_int(v).is_some() || as_float(v).is_some(),
            NumKind::Complex => {
                as_int(v).is_some()
                    || as_float(v).is_some()
                    || matches!(v.payload(), Some(Payload::Complex(..)))
            }
        }
    }
}

/// The plain built-in value of a number (subclass instances become the base type's value).
pub fn plain_number(vm: &Vm, v: &Value) -> Value {
    if let Some(f) = as_float(v) {
        return Value::Float(f);
    }
    if as_int(v).is_some() {
        return int_of_value(vm, v);
    }
    if let Some(Payload::Complex(r, i)) = v.payload() {
        return vm.new_complex(*r, *i);
    }
    v.clone()
}

fn check_self(vm: &Vm, args: &[Value], kind: NumKind, mname: &str, nargs: usize) -> PyResult<()> {
    if args.is_empty() || !kind.is_self(&args[0]) {
        let got = args
            .first()
            .map(|a| vm.type_name(a))
            .unwrap_or_else(|| "nothing".into());
        return vm.type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            mname,
            kind.name(),
            got
        ));
    }
    if args.len() != nargs + 1 {
        return vm.type_error(format!(
            "expected {} argument{}, got {}",
            nargs,
            if nargs == 1 { "" } else { "s" },
            args.len() - 1
        ));
    }
    Ok(())
}

/// Generic binary dunder (`__add__`, `__radd__`, ...).
pub fn num_binop(
    vm: &mut Vm,
    args: &[Value],
    op: u8,
    reflected: bool,
    kind: NumKind,
) -> PyResult<Value> {
    let mname = if reflected {
        crate::runtime::ops::BINOP_RNAMES[op as usize]
    } else {
        crate::runtime::ops::BINOP_NAMES[op as usize]
    };
    if op == binop::POW && args.len() == 3 {
        check_self(vm, args, kind, mname, 2)?;
        if args[2].is_none() {
            return num_binop(vm, &args[..2], op, reflected, kind);
        }
        if kind == NumKind::Complex {
            return vm.value_error("complex modulo");
        }
        if kind != NumKind::Int || as_int(&args[1]).is_none() {
            if kind == NumKind::Int && !NumKind::Int.accepts(&args[1]) {
                return Ok(Value::NotImplemented);
            }
            return vm
                .type_error("pow() 3rd argument not allowed unless all arguments are integers");
        }
        let (b, e) = if reflected {
            (args[1].clone(), args[0].clone())
        } else {
            (args[0].clone(), args[1].clone())
        };
        if as_int(&args[2]).is_none() {
            return Ok(Value::NotImplemented);
        }
        let pow = crate::types::dict::dict_get_str(&vm.builtins, "pow").unwrap();
        return vm.call(&pow, &[b, e, args[2].clone()], &[]);
    }
    check_self(vm, args, kind, mname, 1)?;
    if !kind.accepts(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    let a = plain_number(vm, &args[0]);
    let b = plain_number(vm, &args[1]);
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(vm
        .builtin_binop(&x, &y, op)?
        .unwrap_or(Value::NotImplemented))
}

/// Generic rich comparison dunder.
pub fn num_compare(vm: &mut Vm, args: &[Value], op: u8, kind: NumKind) -> PyResult<Value> {
    check_self(
        vm,
        args,
        kind,
        crate::runtime::ops::CMP_NAMES[op as usize],
        1,
    )?;
    if !kind.accepts(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    let a = plain_number(vm, &args[0]);
    let b = plain_number(vm, &args[1]);
    Ok(match vm.builtin_compare(&a, &b, op)? {
        Some(r) => Value::Bool(r),
        None => Value::NotImplemented,
    })
}

/// `divmod` dunders.
pub fn num_divmod(vm: &mut Vm, args: &[Value], reflected: bool, kind: NumKind) -> PyResult<Value> {
    check_self(
        vm,
        args,
        kind,
        if reflected {
            "__rdivmod__"
        } else {
            "__divmod__"
        },
        1,
    )?;
    if !kind.accepts(&args[1]) {
        return Ok(Value::NotImplemented);
    }
    let a = plain_number(vm, &args[0]);
    let b = plain_number(vm, &args[1]);
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let f = crate::types::dict::dict_get_str(&vm.builtins, "divmod").unwrap();
    vm.call(&f, &[x, y], &[])
}

/// Build a `(name, fn)` table of binary dunders for one numeric kind.
#[macro_export]
#[doc(hidden)]
macro_rules! num_binop_table {
    ($kind:expr, $tn:literal; $( $name:literal => $op:expr, $refl:expr );* $(;)?) => {
        [ $( (concat!($tn, ".", $name), {
            fn f(vm: &mut $crate::vm::Vm, a: &[$crate::value::Value], _k: &$crate::vm::call::KwArgs)
                -> $crate::PyResult<$crate::value::Value> {
                $crate::types::int::num_binop(vm, a, $op, $refl, $kind)
            }
            f as $crate::object::NativeFn
        }) ),* ]
    };
}

/// Build a `(name, fn)` table of the six comparison dunders for one numeric kind.
#[macro_export]
#[doc(hidden)]
macro_rules! num_cmp_table {
    ($kind:expr, $tn:literal) => {
        $crate::num_cmp_table!(@ $kind, $tn; "__lt__" => LT; "__le__" => LE; "__eq__" => EQ;
            "__ne__" => NE; "__gt__" => GT; "__ge__" => GE)
    };
    (@ $kind:expr, $tn:literal; $( $name:literal => $op:ident );*) => {
        [ $( (concat!($tn, ".", $name), {
            fn f(vm: &mut $crate::vm::Vm, a: &[$crate::value::Value], _k: &$crate::vm::call::KwArgs)
                -> $crate::PyResult<$crate::value::Value> {
                $crate::types::int::num_compare(vm, a, mprt_compiler::bytecode::cmpop::$op, $kind)
            }
            f as $crate::object::NativeFn
        }) ),* ]
    };
}

/// Install a `__new__` staticmethod on a type.
pub fn set_new(vm: &mut Vm, t: &Ref, name: &'static str, f: NativeFn) {
    let new = vm.new_builtin(name, f);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(t, "__new__", sm);
}

/// Install a classmethod on a type.
pub fn set_classmethod(vm: &mut Vm, t: &Ref, attr: &str, name: &'static str, f: NativeFn) {
    let fv = vm.new_builtin(name, f);
    let cm = Value::Obj(Object::new(
        vm.types.classmethod.clone(),
        Payload::ClassMethod(fv),
        None,
    ));
    crate::vm::types::set_type_attr(t, attr, cm);
}

/// Wrap an int value as an instance of `cls` (a plain int when `cls` is `int`).
pub fn int_for_class(vm: &mut Vm, cls: &Ref, v: Value) -> PyResult<Value> {
    if Rc::ptr_eq(cls, &vm.types.int) {
        return Ok(v);
    }
    let b = as_int(&v).map(|i| i.big().into_owned()).unwrap_or_default();
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    Ok(Value::Obj(Object::new(
        cls.clone(),
        Payload::BigInt(b),
        dict,
    )))
}

/// Text of a str/bytes/bytearray argument for `int()`/`float()`, with its repr for messages.
pub fn text_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<(String, Rc<crate::str::PyStr>)>> {
    if let Some(s) = v.as_pystr() {
        let r = vm.repr(v)?;
        // Unicode decimal digits (category Nd) count as their ASCII values.
        let t: String = if s.as_str().is_ascii() {
            String::from(s.as_str())
        } else {
            s.as_str()
                .chars()
                .map(|c| match crate::types::str_methods::decimal_value(c) {
                    Some(d) if !c.is_ascii() => (b'0' + d as u8) as char,
                    _ => c,
                })
                .collect()
        };
        return Ok(Some((t, r)));
    }
    match v.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = crate::types::bytes::buffer_bytes(vm, v).unwrap_or_default();
            let r = vm.repr(v)?;
            // Non-ASCII bytes can never be part of a valid literal.
            let s: String = b
                .iter()
                .map(|&c| if c < 128 { c as char } else { '\u{FFFD}' })
                .collect();
            Ok(Some((s, r)))
        }
        _ => Ok(None),
    }
}

/// `int(x)` for a float value.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    let t = crate::fmath::trunc(f);
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(vm.new_bigint(crate::types::float::float_to_bigint(t).unwrap()))
}

/// `int(x)` with one argument: the integer value of any object.
pub fn int_value_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    if as_int(x).is_some() && crate::runtime::ops::is_builtin_value(x) {
        return Ok(int_of_value(vm, x));
    }
    if let Some(f) = as_float(x) {
        if crate::runtime::ops::is_builtin_value(x) {
            return float_to_int(vm, f);
        }
    }
    if let Some((s, r)) = text_arg(vm, x)? {
        return match mprt_format::parse_int(&s, 10) {
            Some(b) => Ok(vm.new_bigint(b)),
            None => vm.value_error(format!(
                "invalid literal for int() with base 10: {}",
                r.as_str()
            )),
        };
    }
    let cls = vm.type_of(x);
    for (name, what) in [("__int__", "__int__"), ("__index__", "__index__")] {
        if let Some(m) = vm.lookup_type(&cls, name) {
            let r = vm.call(&m, &[x.clone()], &[])?;
            if as_int(&r).is_none() {
                return vm.type_error(format!(
                    "{} returned non-int (type {})",
                    what,
                    vm.type_name(&r)
                ));
            }
            return Ok(int_of_value(vm, &r));
        }
    }
    if let Some(m) = vm.lookup_type(&cls, "__trunc__") {
        let r = vm.call(&m, &[x.clone()], &[])?;
        if as_int(&r).is_some() {
            return Ok(int_of_value(vm, &r));
        }
        let rc = vm.type_of(&r);
        if let Some(m2) = vm.lookup_type(&rc, "__index__") {
            let r2 = vm.call(&m2, &[r.clone()], &[])?;
            if as_int(&r2).is_some() {
                return Ok(int_of_value(vm, &r2));
            }
        }
        return vm.type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            vm.type_name(&r)
        ));
    }
    if let Some(b) = crate::types::bytes::buffer_bytes(vm, x) {
        let s: String = b
            .iter()
            .map(|&c| if c < 128 { c as char } else { '\u{FFFD}' })
            .collect();
        return match mprt_format::parse_int(&s, 10) {
            Some(v) => Ok(vm.new_bigint(v)),
            None => {
                let bv = vm.new_bytes(b);
                let r = vm.repr(&bv)?;
                vm.value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    r.as_str()
                ))
            }
        };
    }
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    ))
}

fn int_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "int", &vm.types.int.clone())?;
    let args = &args[1..];
    for (k, _) in kw {
        if k.as_str() != "base" {
            return vm.type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                k.as_str()
            ));
        }
    }
    let base = args
        .get(1)
        .or_else(|| crate::builtins::kwarg(kw, "base"))
        .cloned();
    if args.len() > 2 || (args.len() == 2 && !kw.is_empty()) {
        return vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let v = match (args.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return vm.type_error("int() missing string argument"),
        (Some(x), None) => int_value_of(vm, x)?,
        (Some(x), Some(b)) => {
            let base = match vm.index_value_clamped(&b)? {
                Some(n) => n,
                None => {
                    return vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&b)
                    ))
                }
            };
            if base != 0 && !(2..=36).contains(&base) {
                return vm.value_error("int() base must be >= 2 and <= 36, or 0");
            }
            let Some((s, r)) = text_arg(vm, x)? else {
                return vm.type_error("int() can't convert non-string with explicit base");
            };
            match mprt_format::parse_int(&s, base as u32) {
                Some(b) => vm.new_bigint(b),
                None => {
                    return vm.value_error(format!(
                        "invalid literal for int() with base {}: {}",
                        base,
                        r.as_str()
                    ))
                }
            }
        }
    };
    int_for_class(vm, &cls, v)
}

fn self_int<'a>(vm: &Vm, args: &'a [Value], name: &str) -> PyResult<IntVal<'a>> {
    match args.first().and_then(as_int) {
        Some(i) => Ok(i),
        None => Err(super::descr_self_error(vm, "int", name, args.first())),
    }
}

fn no_args(vm: &Vm, args: &[Value], name: &str) -> PyResult<()> {
    if args.len() != 1 {
        return vm.type_error(format!(
            "int.{}() takes no arguments ({} given)",
            name,
            args.len().saturating_sub(1)
        ));
    }
    Ok(())
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, args, "bit_length")?;
    let i = self_int(vm, args, "bit_length")?;
    Ok(Value::Int(match i {
        IntVal::Small(x) => 64 - x.unsigned_abs().leading_zeros() as i64,
        IntVal::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, args, "bit_count")?;
    let i = self_int(vm, args, "bit_count")?;
    Ok(Value::Int(match i {
        IntVal::Small(x) => x.unsigned_abs().count_ones() as i64,
        IntVal::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn int_self_plain(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    self_int(vm, args, "__int__")?;
    if args.len() != 1 {
        return vm.type_error(format!("expected 0 arguments, got {}", args.len() - 1));
    }
    Ok(int_of_value(vm, &args[0]))
}

/// A no-argument int method descriptor returning the plain int value.
fn int_self_named(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    self_int(vm, args, name)?;
    no_args(vm, args, name)?;
    Ok(int_of_value(vm, &args[0]))
}
fn int_conjugate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_self_named(vm, args, "conjugate")
}
fn int_trunc(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_self_named(vm, args, "__trunc__")
}
fn int_floor(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_self_named(vm, args, "__floor__")
}
fn int_ceil(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_self_named(vm, args, "__ceil__")
}
fn int_sizeof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let i = self_int(vm, args, "__sizeof__")?;
    let digits = match i {
        IntVal::Small(x) => (64 - x.unsigned_abs().leading_zeros() as i64 + 29) / 30,
        IntVal::Big(b) => (b.bits() as i64 + 29) / 30,
    };
    no_args(vm, args, "__sizeof__")?;
    Ok(Value::Int(24 + 4 * digits.max(1)))
}
fn int_getnewargs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = int_self_named(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(vec![v]))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, args, "as_integer_ratio")?;
    self_int(vm, args, "as_integer_ratio")?;
    let v = int_of_value(vm, &args[0]);
    Ok(vm.new_tuple(vec![v, Value::Int(1)]))
}

fn int_is_integer(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    no_args(vm, args, "is_integer")?;
    self_int(vm, args, "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_float(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let i = self_int(vm, args, "__float__")?;
    match i {
        IntVal::Small(x) => Ok(Value::Float(x as f64)),
        IntVal::Big(b) => match b.to_f64().filter(|f| f.is_finite()) {
            Some(f) => Ok(Value::Float(f)),
            None => vm.overflow_error("int too large to convert to float"),
        },
    }
}

fn int_unary(vm: &mut Vm, args: &[Value], op: u8, name: &str) -> PyResult<Value> {
    self_int(vm, args, name)?;
    let v = int_of_value(vm, &args[0]);
    vm.unary_op(&v, op)
}

fn int_neg(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_unary(vm, args, unop::NEG, "__neg__")
}
fn int_pos(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_unary(vm, args, unop::POS, "__pos__")
}
fn int_invert(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    int_unary(vm, args, unop::INVERT, "__invert__")
}
fn int_abs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let i = self_int(vm, args, "__abs__")?;
    let b = i.big().abs();
    Ok(vm.new_bigint(b))
}
fn int_bool(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let i = self_int(vm, args, "__bool__")?;
    Ok(Value::Bool(match i {
        IntVal::Small(x) => x != 0,
        IntVal::Big(b) => !b.is_zero(),
    }))
}
fn int_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    self_int(vm, args, "__hash__")?;
    let v = int_of_value(vm, &args[0]);
    Ok(Value::Int(vm.hash(&v)?))
}
fn int_round(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    self_int(vm, args, "__round__")?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "__round__ expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    let mut a = vec![int_of_value(vm, &args[0])];
    a.extend(args[1..].iter().cloned());
    let f = crate::types::dict::dict_get_str(&vm.builtins, "round").unwrap();
    vm.call(&f, &a, &[])
}
fn int_divmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_divmod(vm, args, false, NumKind::Int)
}
fn int_rdivmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    num_divmod(vm, args, true, NumKind::Int)
}

fn byteorder_and_signed(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    pos: usize,
    fname: &str,
) -> PyResult<(bool, bool)> {
    let bo = args
        .get(pos)
        .or_else(|| crate::builtins::kwarg(kw, "byteorder"))
        .cloned();
    let little = match bo {
        None => false,
        Some(v) => match v.as_pystr().map(|s| String::from(s.as_str())) {
            Some(s) if s == "little" => true,
            Some(s) if s == "big" => false,
            Some(_) => return vm.value_error("byteorder must be either 'little' or 'big'"),
            None => {
                return vm.type_error(format!(
                    "{}() argument 'byteorder' must be str, not {}",
                    fname,
                    vm.type_name(&v)
                ))
            }
        },
    };
    let signed = match crate::builtins::kwarg(kw, "signed") {
        Some(v) => {
            let v = v.clone();
            vm.truthy(&v)?
        }
        None => false,
    };
    Ok((little, signed))
}

/// Rejects a parameter given both by position and by keyword.
fn dup_arg_check(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    fname: &str,
    names: &[&str],
) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    for (k, _) in kw {
        if let Some(i) = names.iter().position(|n| *n == k.as_str()) {
            if i < given {
                return vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k.as_str(),
                    i + 1
                ));
            }
        }
    }
    Ok(())
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "to_bytes", kw, &["length", "byteorder", "signed"])?;
    if args.len() > 3 {
        return vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        ));
    }
    dup_arg_check(vm, args, kw, "to_bytes", &["length", "byteorder"])?;
    let v = self_int(vm, args, "to_bytes")?.big().into_owned();
    let length = match args.get(1).or_else(|| crate::builtins::kwarg(kw, "length")) {
        None => 1,
        Some(l) => {
            let l = l.clone();
            match vm.index_value(&l, "")? {
                Some(n) => n,
                None => {
                    return vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&l)
                    ))
                }
            }
        }
    };
    let (little, signed) = byteorder_and_signed(vm, args, kw, 2, "to_bytes")?;
    if length < 0 {
        return vm.value_error("length argument must be non-negative");
    }
    let length = length as usize;
    if v.is_negative() && !signed {
        return vm.overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed {
        // Drop the sign byte of a non-negative number.
        while bytes.len() > 1 && *bytes.last().unwrap() == 0 {
            bytes.pop();
        }
        if bytes == [0] {
            bytes.clear();
        }
    } else if v.is_zero() || (length == 0 && v == BigInt::from(-1)) {
        // CPython also accepts (-1).to_bytes(0, signed=True) == b''.
        bytes.clear();
    }
    if bytes.len() > length {
        return vm.overflow_error("int too big to convert");
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_kwargs_invalid(vm, "from_bytes", kw, &["bytes", "byteorder", "signed"])?;
    let cls = args[0].as_obj().unwrap().clone();
    let Some(src) = args
        .get(1)
        .or_else(|| crate::builtins::kwarg(kw, "bytes"))
        .cloned()
    else {
        return vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    if args.len() > 3 {
        return vm.type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            args.len() - 1
        ));
    }
    dup_arg_check(vm, args, kw, "from_bytes", &["bytes", "byteorder"])?;
    let (little, signed) = byteorder_and_signed(vm, args, kw, 2, "from_bytes")?;
    let data = match crate::types::bytes::buffer_bytes(vm, &src) {
        Some(b) => b,
        None => {
            let cls = vm.type_of(&src);
            if src.as_pystr().is_none() {
                if let Some(m) = vm.lookup_type(&cls, "__bytes__") {
                    let r = vm.call(&m, &[src.clone()], &[])?;
                    match crate::types::bytes::buffer_bytes(vm, &r) {
                        Some(b) if matches!(r.payload(), Some(Payload::Bytes(_))) => b,
                        _ => {
                            return vm.type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                vm.type_name(&r)
                            ))
                        }
                    }
                } else {
                    from_bytes_iterable(vm, &src)?
                }
            } else {
                return vm.type_error("cannot convert 'str' object to bytes");
            }
        }
    };
    from_bytes_finish(vm, cls, data, little, signed)
}

/// The bytes of an iterable of ints for `int.from_bytes`.
fn from_bytes_iterable(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    let it = match vm.get_iter(src) {
        Ok(it) => it,
        Err(e) if vm.isinstance(&e, &vm.exc.type_error.clone()) => {
            return vm.type_error(format!(
                "cannot convert '{}' object to bytes",
                vm.type_name(src)
            ))
        }
        Err(e) => return Err(e),
    };
    let items = vm.iterate(&it)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match as_int(&it) {
            Some(IntVal::Small(x)) if (0..256).contains(&x) => out.push(x as u8),
            Some(_) => return vm.value_error("bytes must be in range(0, 256)"),
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&it)
                ))
            }
        }
    }
    Ok(out)
}

fn from_bytes_finish(
    vm: &mut Vm,
    cls: Ref,
    data: Vec<u8>,
    little: bool,
    signed: bool,
) -> PyResult<Value> {
    let mut be = data;
    if little {
        be.reverse();
    }
    let r = if signed && !be.is_empty() {
        BigInt::from_signed_bytes_be(&be)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &be)
    };
    let v = vm.new_bigint(r);
    if Rc::ptr_eq(&cls, &vm.types.int) || Rc::ptr_eq(&cls, &vm.types.bool_) {
        if Rc::ptr_eq(&cls, &vm.types.bool_) {
            return Ok(Value::Bool(!matches!(v, Value::Int(0))));
        }
        return Ok(v);
    }
    vm.call(&Value::Obj(cls), &[v], &[])
}

fn bool_bitop(vm: &mut Vm, args: &[Value], op: u8, refl: bool) -> PyResult<Value> {
    let is_bool = |v: &Value| {
        matches!(v, Value::Bool(_))
            || matches!(v, Value::Obj(o) if alloc::rc::Rc::ptr_eq(&o.class.borrow(), &vm.types.bool_))
    };
    if let Some(a) = args.first().filter(|a| !is_bool(a)) {
        let name = match (op, refl) {
            (binop::AND, false) => "__and__",
            (binop::AND, true) => "__rand__",
            (binop::OR, false) => "__or__",
            (binop::OR, true) => "__ror__",
            (_, false) => "__xor__",
            (_, true) => "__rxor__",
        };
        return Err(crate::types::descr_self_error(vm, "bool", name, Some(a)));
    }
    if args.len() == 2 {
        if let (Value::Bool(_), Value::Bool(_)) = (&args[0], &args[1]) {
            return Ok(vm
                .builtin_binop(&args[0], &args[1], op)?
                .unwrap_or(Value::NotImplemented));
        }
    }
    num_binop(vm, args, op, refl, NumKind::Int)
}
fn bool_and(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    bool_bitop(vm, a, binop::AND, false)
}
fn bool_or(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    bool_bitop(vm, a, binop::OR, false)
}
fn bool_xor(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    bool_bitop(vm, a, binop::XOR, false)
}
fn bool_rand(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    bool_bitop(vm, a, binop::AND, true)
}
fn bool_ror(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    bool_bitop(vm, a, binop::OR, true)
}
fn bool_rxor(vm: &mut Vm, a: &[Value], _k: &KwArgs) -> PyResult<Value> {
    bool_bitop(vm, a, binop::XOR, true)
}

/// Install int methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    set_new(vm, &t, "int.__new__", int_new);
    set_classmethod(vm, &t, "from_bytes", "int.from_bytes", int_from_bytes);
    let ops = crate::num_binop_table!(NumKind::Int, "int";
        "__add__" => binop::ADD, false; "__radd__" => binop::ADD, true;
        "__sub__" => binop::SUB, false; "__rsub__" => binop::SUB, true;
        "__mul__" => binop::MUL, false; "__rmul__" => binop::MUL, true;
        "__truediv__" => binop::TRUEDIV, false; "__rtruediv__" => binop::TRUEDIV, true;
        "__floordiv__" => binop::FLOORDIV, false; "__rfloordiv__" => binop::FLOORDIV, true;
        "__mod__" => binop::MOD, false; "__rmod__" => binop::MOD, true;
        "__pow__" => binop::POW, false; "__rpow__" => binop::POW, true;
        "__lshift__" => binop::LSHIFT, false; "__rlshift__" => binop::LSHIFT, true;
        "__rshift__" => binop::RSHIFT, false; "__rrshift__" => binop::RSHIFT, true;
        "__and__" => binop::AND, false; "__rand__" => binop::AND, true;
        "__or__" => binop::OR, false; "__ror__" => binop::OR, true;
        "__xor__" => binop::XOR, false; "__rxor__" => binop::XOR, true;
    );
    crate::vm::types::add_methods(&vm.types, &t, &ops);
    let cmps = crate::num_cmp_table!(NumKind::Int, "int");
    crate::vm::types::add_methods(&vm.types, &t, &cmps);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("int.bit_length", int_bit_length),
            ("int.__format__", crate::runtime::format::int_format),
            ("int.bit_count", int_bit_count),
            ("int.to_bytes", int_to_bytes),
            ("int.conjugate", int_conjugate),
            ("int.__sizeof__", int_sizeof),
            ("int.__getnewargs__", int_getnewargs),
            ("int.as_integer_ratio", int_as_integer_ratio),
            ("int.is_integer", int_is_integer),
            ("int.__index__", int_self_plain),
            ("int.__int__", int_self_plain),
            ("int.__trunc__", int_trunc),
            ("int.__floor__", int_floor),
            ("int.__ceil__", int_ceil),
            ("int.__float__", int_float),
            ("int.__round__", int_round),
            ("int.__abs__", int_abs),
            ("int.__neg__", int_neg),
            ("int.__pos__", int_pos),
            ("int.__invert__", int_invert),
            ("int.__bool__", int_bool),
            ("int.__hash__", int_hash),
            ("int.__divmod__", int_divmod),
            ("int.__rdivmod__", int_rdivmod),
        ],
    );
    let b = vm.types.bool_.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &b,
        &[
            ("bool.__and__", bool_and),
            ("bool.__or__", bool_or),
            ("bool.__xor__", bool_xor),
            ("bool.__rand__", bool_rand),
            ("bool.__ror__", bool_ror),
            ("bool.__rxor__", bool_rxor),
        ],
    );
    let _ = as_complex;
}
