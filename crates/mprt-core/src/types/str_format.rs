//! String formatting: printf-style `str % args` and `str.format` /
//! `str.format_map`.

use crate::object::*;
use crate::runtime::num::{as_float, as_int, IntVal};
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use mprt_format::{PercentCount, PercentPiece};
use num_bigint::BigInt;

/// `int()` of a value for `%d`-style conversions (`None` if not a number).
fn percent_int_value(vm: &mut Vm, v: &Value, integral_only: bool) -> PyResult<Option<BigInt>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.big().into_owned()));
    }
    if !integral_only {
        if let Some(f) = as_float(v) {
            if f.is_nan() {
                return vm.value_error("cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return vm.overflow_error("cannot convert float infinity to integer");
            }
            return Ok(Some(float_to_bigint(f)));
        }
    }
    if !crate::runtime::ops::is_builtin_value(v) {
        let cls = vm.type_of(v);
        let names: &[&str] = if integral_only {
            &["__index__"]
        } else {
            &["__int__", "__index__"]
        };
        for n in names {
            if let Some(m) = vm.lookup_type(&cls, n) {
                let r = vm.call(&m, &[v.clone()], &[])?;
                if let Some(i) = as_int(&r) {
                    return Ok(Some(i.big().into_owned()));
                }
                return vm.type_error(format!(
                    "{} returned non-int (type {})",
                    n,
                    vm.type_name(&r)
                ));
            }
        }
    }
    Ok(None)
}

fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    // Exact conversion from the IEEE bits.
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if neg {
        -b
    } else {
        b
    }
}

fn percent_float_value(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    if let Some(f) = as_float(v) {
        return Ok(Some(f));
    }
    if let Some(i) = as_int(v) {
        let f = i.to_f64();
        if !f.is_finite() {
            return vm.overflow_error("int too large to convert to float");
        }
        return Ok(Some(f));
    }
    if !crate::runtime::ops::is_builtin_value(v) {
        let cls = vm.type_of(v);
        if let Some(m) = vm.lookup_type(&cls, "__float__") {
            let r = vm.call(&m, &[v.clone()], &[])?;
            if let Some(f) = as_float(&r) {
                return Ok(Some(f));
            }
        }
        if let Some(m) = vm.lookup_type(&cls, "__index__") {
            let r = vm.call(&m, &[v.clone()], &[])?;
            if let Some(i) = as_int(&r) {
                return Ok(Some(i.to_f64()));
            }
        }
    }
    Ok(None)
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    // Errors are raised in left-to-right order: the conversions before a
    // bad one run first; an unsupported conversion character is reported
    // after its argument has been fetched (as CPython does).
    let (mut pieces, perr) = mprt_format::parse_percent_partial(fmt);
    let mut bad_conv: Option<String> = None;
    let mut late_err: Option<String> = None;
    if let Some(e) = perr {
        match e.spec {
            Some(sp) => {
                pieces.push(PercentPiece::Spec(sp));
                bad_conv = Some(e.message);
            }
            None => late_err = Some(e.message),
        }
    }
    let npieces = pieces.len();
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let positional: Vec<Value> = if is_tuple {
        crate::types::seq::seq_items(args)
    } else {
        alloc::vec![args.clone()]
    };
    // CPython: any subscriptable argument other than a tuple or str.
    let is_mapping = !is_tuple
        && args.as_pystr().is_none()
        && match args {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Dict(_))
                    || vm.lookup_type(&vm.type_of(args), "__getitem__").is_some()
            }
            _ => false,
        };
    let mut argi = 0usize;
    let mut used_key = false;
    let mut out = String::with_capacity(fmt.len() + 16);
    macro_rules! next_arg {
        () => {{
            if used_key || argi >= positional.len() {
                return vm.type_error("not enough arguments for format string");
            }
            argi += 1;
            positional[argi - 1].clone()
        }};
    }
    for (pi, piece) in pieces.into_iter().enumerate() {
        let spec = match piece {
            PercentPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            PercentPiece::Spec(s) => s,
        };
        let mut spec = spec;
        let mut width = match spec.width {
            PercentCount::None => 0i64,
            PercentCount::Number(n) => n as i64,
            PercentCount::Star => {
                let w = next_arg!();
                match as_int(&w) {
                    Some(IntVal::Small(n)) => n,
                    _ => return vm.type_error("* wants int"),
                }
            }
        };
        if width < 0 {
            spec.minus = true;
            width = -width;
        }
        let prec: Option<usize> = match spec.precision {
            PercentCount::None => None,
            PercentCount::Number(n) => Some(n),
            PercentCount::Star => {
                let p = next_arg!();
                match as_int(&p) {
                    Some(IntVal::Small(n)) => Some(n.max(0) as usize),
                    _ => return vm.type_error("* wants int"),
                }
            }
        };
        let width = width as usize;
        let value = match &spec.key {
            Some(k) => {
                if !is_mapping {
                    return vm.type_error("format requires a mapping");
                }
                used_key = true;
                let key = Value::str(k);
                vm.getitem(args, &key)?
            }
            None => next_arg!(),
        };
        if pi + 1 == npieces {
            if let Some(m) = bad_conv.take() {
                return vm.value_error(m);
            }
        }
        if width > crate::modules::heap_limit() {
            return vm.memory_error();
        }
        let piece = match spec.conv {
            's' | 'r' | 'a' => {
                let s: Rc<PyStr> = match spec.conv {
                    's' => vm.to_str(&value)?,
                    'r' => vm.repr(&value)?,
                    _ => {
                        let r = vm.repr(&value)?;
                        Rc::new(PyStr::from_string(crate::types::str::ascii_escape(
                            r.as_str(),
                        )))
                    }
                };
                mprt_format::percent_str(s.as_str(), &spec, width, prec)
            }
            'd' | 'i' | 'u' => match percent_int_value(vm, &value, false)? {
                Some(b) => mprt_format::percent_int(&b, &spec, width, prec),
                None => {
                    return vm.type_error(format!(
                        "%{} format: a real number is required, not {}",
                        spec.conv,
                        vm.type_name(&value)
                    ))
                }
            },
            'o' | 'x' | 'X' => match percent_int_value(vm, &value, true)? {
                Some(b) => mprt_format::percent_int(&b, &spec, width, prec),
                None => {
                    return vm.type_error(format!(
                        "%{} format: an integer is required, not {}",
                        spec.conv,
                        vm.type_name(&value)
                    ))
                }
            },
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => match percent_float_value(vm, &value)? {
                Some(f) => mprt_format::percent_float(f, &spec, width, prec),
                None => {
                    return vm
                        .type_error(format!("must be real number, not {}", vm.type_name(&value)))
                }
            },
            _ => {
                // 'c'
                let ch = if let Some(s) = value.as_pystr() {
                    if s.char_len() != 1 {
                        return vm.type_error("%c requires int or char");
                    }
                    s.as_str().chars().next().unwrap()
                } else if let Some(i) = as_int(&value) {
                    let n = match i {
                        IntVal::Small(n) => n,
                        IntVal::Big(_) => -1,
                    };
                    match (0..0x110000)
                        .contains(&n)
                        .then(|| char::from_u32(n as u32))
                        .flatten()
                    {
                        Some(c) => c,
                        None => return vm.overflow_error("%c arg not in range(0x110000)"),
                    }
                } else {
                    return vm.type_error("%c requires int or char");
                };
                mprt_format::percent_char(ch, &spec, width)
            }
        };
        out.push_str(&piece);
    }
    if let Some(m) = late_err {
        if m == "incomplete format key" && !is_mapping {
            return vm.type_error("format requires a mapping");
        }
        return vm.value_error(m);
    }
    if argi < positional.len() && !is_mapping && !used_key {
        return vm.type_error("not all arguments converted during string formatting");
    }
    Ok(Value::string(out))
}

// ---- str.format ----

enum Numbering {
    Unset,
    Auto(usize),
    Manual,
}

struct FormatCtx<'a> {
    args: &'a [Value],
    kw: &'a KwArgs,
    mapping: Option<Value>,
    numbering: Numbering,
}

/// A parsed replacement field: name, conversion, raw spec, and the index
/// just after the closing brace.
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
    next: usize,
}

/// Parses the replacement field starting just after its `{` at `i`, with
/// CPython's single-pass rules and error messages.
fn parse_field(vm: &Vm, c: &[char], mut i: usize) -> PyResult<Field> {
    let name_start = i;
    let mut last = '\0';
    while i < c.len() {
        last = c[i];
        i += 1;
        match last {
            '{' => return vm.value_error("unexpected '{' in field name"),
            '[' => {
                while i < c.len() && c[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    if !matches!(last, '}' | ':' | '!') || (i == c.len() && last == '[') {
        return vm.value_error("expected '}' before end of string");
    }
    let name: String = c[name_start..i - 1].iter().collect();
    if last == '}' {
        return Ok(Field {
            name,
            conv: None,
            spec: String::new(),
            next: i,
        });
    }
    let mut conv = None;
    if last == '!' {
        if i >= c.len() {
            return vm.value_error("end of string while looking for conversion specifier");
        }
        conv = Some(c[i]);
        i += 1;
        if i < c.len() {
            let n = c[i];
            i += 1;
            if n == '}' {
                return Ok(Field {
                    name,
                    conv,
                    spec: String::new(),
                    next: i,
                });
            }
            if n != ':' {
                return vm.value_error("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = i;
    let mut count = 1;
    while i < c.len() {
        let ch = c[i];
        i += 1;
        match ch {
            '{' => count += 1,
            '}' => {
                count -= 1;
                if count == 0 {
                    return Ok(Field {
                        name,
                        conv,
                        spec: c[spec_start..i - 1].iter().collect(),
                        next: i,
                    });
                }
            }
            _ => {}
        }
    }
    vm.value_error("unmatched '{' in format spec")
}

fn get_arg(vm: &mut Vm, ctx: &mut FormatCtx, first: &str) -> PyResult<Value> {
    if ctx.mapping.is_some() && first.bytes().all(|b| b.is_ascii_digit()) {
        return vm.value_error("Format string contains positional fields");
    }
    if first.is_empty() {
        let n =
            match ctx.numbering {
                Numbering::Manual => return vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ),
                Numbering::Unset => 0,
                Numbering::Auto(n) => n,
            };
        ctx.numbering = Numbering::Auto(n + 1);
        return match ctx.args.get(n) {
            Some(v) => Ok(v.clone()),
            None => vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                n
            )),
        };
    }
    if first.bytes().all(|b| b.is_ascii_digit()) {
        if let Numbering::Auto(_) = ctx.numbering {
            return vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            );
        }
        ctx.numbering = Numbering::Manual;
        let Ok(n) = first.parse::<usize>() else {
            return vm.value_error("Too many decimal digits in format string");
        };
        return match ctx.args.get(n) {
            Some(v) => Ok(v.clone()),
            None => vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                n
            )),
        };
    }
    if let Some(m) = ctx.mapping.clone() {
        return vm.getitem(&m, &Value::str(first));
    }
    match crate::builtins::kwarg(ctx.kw, first) {
        Some(v) => Ok(v.clone()),
        None => vm.key_error(Value::str(first)),
    }
}

fn resolve_field(vm: &mut Vm, ctx: &mut FormatCtx, name: &str) -> PyResult<Value> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let mut v = get_arg(vm, ctx, &name[..end])?;
    let rest: Vec<char> = name[end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == '.' {
            let mut j = i + 1;
            while j < rest.len() && rest[j] != '.' && rest[j] != '[' {
                j += 1;
            }
            let attr: String = rest[i + 1..j].iter().collect();
            if attr.is_empty() {
                return vm.value_error("Empty attribute in format string");
            }
            let a = vm.intern(&attr);
            v = vm.getattr(&v, &a)?;
            i = j;
        } else if rest[i] == '[' {
            let mut j = i + 1;
            while j < rest.len() && rest[j] != ']' {
                j += 1;
            }
            if j >= rest.len() {
                return vm.value_error("Missing ']' in format string");
            }
            let key: String = rest[i + 1..j].iter().collect();
            if key.is_empty() {
                return vm.value_error("Empty attribute in format string");
            }
            let k = if key.bytes().all(|b| b.is_ascii_digit()) {
                match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::string(key),
                }
            } else {
                Value::string(key)
            };
            v = vm.getitem(&v, &k)?;
            i = j + 1;
            if i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                return vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
            }
        } else {
            return vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    Ok(v)
}

fn format_impl(vm: &mut Vm, fmt: &str, ctx: &mut FormatCtx, depth: u32) -> PyResult<String> {
    if depth >= 2 {
        return vm.value_error("Max string recursion exceeded");
    }
    let c: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        if ch == '}' {
            if i + 1 < c.len() && c[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.value_error("Single '}' encountered in format string");
        }
        if ch != '{' {
            out.push(ch);
            i += 1;
            continue;
        }
        if i + 1 < c.len() && c[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 >= c.len() {
            return vm.value_error("Single '{' encountered in format string");
        }
        let Field {
            name,
            conv,
            spec: spec_raw,
            next,
        } = parse_field(vm, &c, i + 1)?;
        i = next;
        let value = resolve_field(vm, ctx, &name)?;
        let value = match conv {
            None => value,
            Some('r') => Value::Str(vm.repr(&value)?),
            Some('s') => Value::Str(vm.to_str(&value)?),
            Some('a') => {
                let r = vm.repr(&value)?;
                Value::string(crate::types::str::ascii_escape(r.as_str()))
            }
            Some(x) => {
                return vm.value_error(format!("Unknown conversion specifier {}", x));
            }
        };
        let spec = if spec_raw.contains('{') {
            format_impl(vm, &spec_raw, ctx, depth + 1)?
        } else {
            spec_raw
        };
        let r = vm.format(&value, &Value::string(spec))?;
        if let Some(s) = r.as_pystr() {
            out.push_str(s.as_str());
        }
    }
    Ok(out)
}

/// `fmt.format(*args, **kw)`.
pub fn format_args(vm: &mut Vm, fmt: &str, args: &[Value], kw: &KwArgs) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args,
        kw,
        mapping: None,
        numbering: Numbering::Unset,
    };
    format_impl(vm, fmt, &mut ctx, 0)
}

fn str_format(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = crate::types::str_methods::this(vm, args, "format")?;
    let r = format_args(vm, s.as_str(), &args[1..], kw)?;
    Ok(Value::string(r))
}

fn str_format_map(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = crate::types::str_methods::this(vm, args, "format_map")?;
    if !kw.is_empty() {
        return vm.type_error("str.format_map() takes no keyword arguments");
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let mut ctx = FormatCtx {
        args: &[],
        kw: &[],
        mapping: Some(args[1].clone()),
        numbering: Numbering::Unset,
    };
    let r = format_impl(vm, s.as_str(), &mut ctx, 0)?;
    Ok(Value::string(r))
}

/// Registers `str.format` and `str.format_map`.
pub fn install(vm: &mut Vm, t: &crate::value::Ref) {
    crate::vm::types::add_methods(
        &vm.types,
        t,
        &[
            ("str.format", str_format),
            ("str.format_map", str_format_map),
        ],
    );
}
