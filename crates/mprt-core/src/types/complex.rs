//! `complex`: construction (numbers, `__complex__`, string parsing) and methods.

use crate::object::*;
use crate::runtime::num::{as_float, as_int};
use crate::types::int::{set_new, NumKind};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use mprt_compiler::bytecode::binop;

/// Parse `complex(str)` text: `1`, `2j`, `1+2j`, `(1-2j)`, `-j`, `inf+nanj`...
pub fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let ws = |c: char| mprt_format::py_isspace(c);
    let mut t = s.trim_matches(ws);
    if t.starts_with('(') && t.ends_with(')') && t.len() >= 2 {
        t = t[1..t.len() - 1].trim_matches(ws);
    }
    if t.is_empty() || t.chars().any(ws) || t.contains('(') || t.contains(')') {
        return None;
    }
    let num = |p: &str| -> Option<f64> {
        if p.is_empty() || p.starts_with('_') {
            return None;
        }
        mprt_format::parse_float(p)
    };
    let imag_part = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => {
                let body = p.strip_prefix(['+', '-']).unwrap_or(p);
                if body.starts_with(['+', '-']) {
                    return None;
                }
                num(p)
            }
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        let bytes = body.as_bytes();
        let mut split = None;
        for k in (1..bytes.len()).rev() {
            if (bytes[k] == b'+' || bytes[k] == b'-') && !matches!(bytes[k - 1], b'e' | b'E') {
                split = Some(k);
                break;
            }
        }
        match split {
            Some(k) => {
                let re_txt = &body[..k];
                if re_txt.starts_with(['+', '-']) && re_txt[1..].starts_with(['+', '-']) {
                    return None;
                }
                Some((num(re_txt)?, imag_part(&body[k..])?))
            }
            None => Some((0.0, imag_part(body)?)),
        }
    } else {
        let body = t.strip_prefix(['+', '-']).unwrap_or(t);
        if body.starts_with(['+', '-']) {
            return None;
        }
        Some((num(t)?, 0.0))
    }
}

/// Complex parts of any number-like object (`__complex__`, `__float__`, `__index__`);
/// `Ok(None)` when the object is not a number.
pub fn complex_value_of(vm: &mut Vm, x: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Payload::Complex(r, i)) = x.payload() {
        if crate::runtime::ops::is_builtin_value(x) {
            return Ok(Some((*r, *i)));
        }
    }
    let cls = vm.type_of(x);
    if !crate::runtime::ops::is_builtin_value(x) {
        if let Some(m) = vm.lookup_type(&cls, "__complex__") {
            let r = vm.call(&m, &[x.clone()], &[])?;
            return match r.payload() {
                Some(Payload::Complex(a, b)) => Ok(Some((*a, *b))),
                _ => vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    vm.type_name(&r)
                )),
            };
        }
    }
    if let Some(Payload::Complex(r, i)) = x.payload() {
        return Ok(Some((*r, *i)));
    }
    if as_float(x).is_some()
        || as_int(x).is_some()
        || vm.lookup_type(&cls, "__float__").is_some()
        || vm.lookup_type(&cls, "__index__").is_some()
    {
        let f = crate::types::float::float_value_of(vm, x)?;
        return Ok(Some((f, 0.0)));
    }
    Ok(None)
}

fn is_complex_like(vm: &Vm, v: &Value) -> bool {
    if matches!(v.payload(), Some(Payload::Complex(..))) {
        return true;
    }
    let cls = vm.type_of(v);
    !crate::runtime::ops::is_builtin_value(v) && vm.lookup_type(&cls, "__complex__").is_some()
}

/// Wrap complex parts as an instance of `cls`.
pub fn complex_for_class(vm: &mut Vm, cls: &Ref, r: f64, i: f64) -> Value {
    if Rc::ptr_eq(cls, &vm.types.complex) {
        return vm.new_complex(r, i);
    }
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    Value::Obj(Object::new(cls.clone(), Payload::Complex(r, i), dict))
}

fn complex_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = super::new_cls_arg(vm, args, "complex", &vm.types.complex.clone())?;
    crate::builtins::check_kwargs_invalid(vm, "complex", kw, &["real", "imag"])?;
    if args.len() > 3 {
        return vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let real = args
        .get(1)
        .or_else(|| crate::builtins::kwarg(kw, "real"))
        .cloned();
    let imag = args
        .get(2)
        .or_else(|| crate::builtins::kwarg(kw, "imag"))
        .cloned();
    let mut re = (0.0, 0.0);
    if let Some(r) = &real {
        if let Some(s) = r.as_pystr() {
            if imag.is_some() {
                return vm.type_error("complex() can't take second arg if first is a string");
            }
            // Unicode decimal digits and spaces count as their ASCII forms.
            let text: alloc::string::String = if s.as_str().is_ascii() {
                alloc::string::String::from(s.as_str())
            } else {
                s.as_str()
                    .chars()
                    .map(|c| match crate::types::str_methods::decimal_value(c) {
                        Some(d) if !c.is_ascii() => (b'0' + d as u8) as char,
                        _ if !c.is_ascii() && mprt_format::py_isspace(c) => ' ',
                        _ => c,
                    })
                    .collect()
            };
            return match parse_complex(&text) {
                Some((a, b)) => Ok(complex_for_class(vm, &cls, a, b)),
                None => vm.value_error("complex() arg is a malformed string"),
            };
        }
        // An exact complex passed alone is returned as is.
        if imag.is_none()
            && Rc::ptr_eq(&cls, &vm.types.complex)
            && matches!(r.payload(), Some(Payload::Complex(..)))
            && crate::runtime::ops::is_builtin_value(r)
        {
            return Ok(r.clone());
        }
        re = match complex_value_of(vm, r)? {
            Some(c) => c,
            None => {
                return vm.type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    vm.type_name(r)
                ))
            }
        };
    }
    let mut im = (0.0, 0.0);
    if let Some(i) = &imag {
        if i.as_pystr().is_some() {
            return vm.type_error("complex() second arg can't be a string");
        }
        im = match complex_value_of(vm, i)? {
            Some(c) => c,
            None => {
                return vm.type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(i)
                ))
            }
        };
    }
    // Only complex parts take part in the combination (keeps signed zeros).
    let re_cx = real
        .as_ref()
        .map(|v| is_complex_like(vm, v))
        .unwrap_or(false);
    let im_cx = imag
        .as_ref()
        .map(|v| is_complex_like(vm, v))
        .unwrap_or(false);
    let mut r = re.0;
    let mut i = im.0;
    if im_cx {
        r -= im.1;
    }
    if re_cx {
        if imag.is_some() {
            i += re.1;
        } else {
            i = re.1;
        }
    }
    Ok(complex_for_class(vm, &cls, r, i))
}

fn self_complex(vm: &Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    match args.first().and_then(|a| a.payload()) {
        Some(Payload::Complex(r, i)) => Ok((*r, *i)),
        _ => Err(super::descr_self_error(vm, "complex", name, args.first())),
    }
}

fn complex_conjugate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "conjugate")?;
    if args.len() != 1 {
        return vm.type_error(format!(
            "complex.conjugate() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(vm.new_complex(r, -i))
}
fn complex_complex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "__complex__")?;
    Ok(vm.new_complex(r, i))
}
fn complex_neg(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "__neg__")?;
    Ok(vm.new_complex(-r, -i))
}
fn complex_abs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "__abs__")?;
    let a = crate::fmath::hypot(r, i);
    if a.is_infinite() && r.is_finite() && i.is_finite() {
        return vm.overflow_error("absolute value too large");
    }
    Ok(Value::Float(a))
}
fn complex_bool(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "__bool__")?;
    Ok(Value::Bool(r != 0.0 || i != 0.0))
}
fn complex_getnewargs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "__getnewargs__")?;
    Ok(vm.new_tuple(alloc::vec![Value::Float(r), Value::Float(i)]))
}
fn complex_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (r, i) = self_complex(vm, args, "__hash__")?;
    let v = vm.new_complex(r, i);
    Ok(Value::Int(vm.hash(&v)?))
}

/// Install complex methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    set_new(vm, &t, "complex.__new__", complex_new);
    let ops = crate::num_binop_table!(NumKind::Complex, "complex";
        "__add__" => binop::ADD, false; "__radd__" => binop::ADD, true;
        "__sub__" => binop::SUB, false; "__rsub__" => binop::SUB, true;
        "__mul__" => binop::MUL, false; "__rmul__" => binop::MUL, true;
        "__truediv__" => binop::TRUEDIV, false; "__rtruediv__" => binop::TRUEDIV, true;
        "__pow__" => binop::POW, false; "__rpow__" => binop::POW, true;
    );
    crate::vm::types::add_methods(&vm.types, &t, &ops);
    let cmps = crate::num_cmp_table!(NumKind::Complex, "complex");
    crate::vm::types::add_methods(&vm.types, &t, &cmps);
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("complex.conjugate", complex_conjugate),
            ("complex.__format__", crate::runtime::format::complex_format),
            ("complex.__complex__", complex_complex),
            ("complex.__pos__", complex_complex),
            ("complex.__neg__", complex_neg),
            ("complex.__abs__", complex_abs),
            ("complex.__bool__", complex_bool),
            ("complex.__hash__", complex_hash),
            ("complex.__getnewargs__", complex_getnewargs),
        ],
    );
}
