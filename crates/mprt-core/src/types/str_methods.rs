//! The `str` methods (searching, splitting, case mapping, predicates...).
//!
//! Indices are code points; ASCII strings take byte-indexed fast paths.

use crate::object::*;
use crate::runtime::num::{as_int, IntVal};
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use mprt_format::py_isspace;

/// `self` of a str method (exact str or subclass instance).
pub fn this(vm: &Vm, args: &[Value], name: &str) -> PyResult<Rc<PyStr>> {
    match args.first() {
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s.clone()),
            // Slot wrappers (dunders) and method descriptors word it differently.
            None => Err(crate::types::descr_self_error(vm, "str", name, Some(v))),
        },
        None if name.starts_with("__") && name.ends_with("__") => vm.type_error(format!(
            "descriptor '{}' of 'str' object needs an argument",
            name
        )),
        None => vm.type_error(format!("unbound method str.{}() needs an argument", name)),
    }
}

fn no_args(vm: &Vm, args: &[Value], kw: &KwArgs, name: &str) -> PyResult<Rc<PyStr>> {
    let s = this(vm, args, name)?;
    if !kw.is_empty() {
        return vm.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    if args.len() != 1 {
        return vm.type_error(format!(
            "str.{}() takes no arguments ({} given)",
            name,
            args.len() - 1
        ));
    }
    Ok(s)
}

/// Checks positional counts (excluding self) and rejects keywords.
fn pos_args(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Rc<PyStr>> {
    let s = this(vm, args, name)?;
    if !kw.is_empty() {
        return vm.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    let n = args.len() - 1;
    if n < min {
        return vm.type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        ));
    }
    if n > max {
        return vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        ));
    }
    Ok(s)
}

/// Like `pos_args` with the "X() takes at least N argument (M given)" wording.
fn takes_args(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Rc<PyStr>> {
    let s = this(vm, args, name)?;
    if !kw.is_empty() {
        return vm.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    let n = args.len() - 1;
    if n < min || n > max {
        let (w, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        return vm.type_error(format!(
            "{}() takes at {} {} argument{} ({} given)",
            name,
            w,
            k,
            if k == 1 { "" } else { "s" },
            n
        ));
    }
    Ok(s)
}

/// Argument check for dunder wrappers ("expected 1 argument, got 0").
fn dunder_args(vm: &Vm, args: &[Value], name: &str, n: usize) -> PyResult<Rc<PyStr>> {
    let s = this(vm, args, name)?;
    if args.len() - 1 != n {
        return vm.type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            args.len() - 1
        ));
    }
    Ok(s)
}

/// Gathers `(positional..., keywords)` into fixed slots by name.
fn bind_args(
    vm: &Vm,
    args: &[Value],
    kw: &KwArgs,
    fname: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let n = args.len() - 1;
    if n + kw.len() > names.len() {
        return vm.type_error(format!(
            "{}() takes at most {} {}argument{} ({} given)",
            fname,
            names.len(),
            if n == 0 { "keyword " } else { "" },
            if names.len() == 1 { "" } else { "s" },
            n + kw.len()
        ));
    }
    let mut out: Vec<Option<Value>> = args[1..].iter().cloned().map(Some).collect();
    out.resize(names.len(), None);
    for (k, v) in kw {
        match names.iter().position(|x| *x == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        k.as_str(),
                        i + 1
                    ));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    fname
                ))
            }
        }
    }
    Ok(out)
}

/// The type name used in Argument-Clinic messages (`None` for None).
pub fn clinic_type_name(vm: &Vm, v: &Value) -> String {
    if v.is_none() {
        String::from("None")
    } else {
        vm.type_name(v)
    }
}

/// A str argument ("must be str, not int").
fn str_arg(vm: &Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match v.as_pystr() {
        Some(s) => Ok(s.clone()),
        None => vm.type_error(format!("must be str, not {}", vm.type_name(v))),
    }
}

/// An integer argument via `__index__` (clamped to the i64 range for big ints
/// when `clamp`).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(IntVal::Big(_)) = as_int(v) {
        return vm.overflow_error("Python int too large to convert to C ssize_t");
    }
    match vm.index_value(v, "")? {
        Some(i) => Ok(i),
        None => vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )),
    }
}

/// An integer argument converted like a C `int` (Argument Clinic `int`/`bool`).
pub fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(IntVal::Big(_)) = as_int(v) {
        return vm.overflow_error("Python int too large to convert to C int");
    }
    let i = int_arg(vm, v)?;
    if i32::try_from(i).is_err() {
        return vm.overflow_error("Python int too large to convert to C int");
    }
    Ok(i)
}

fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if let Some(IntVal::Big(b)) = as_int(v) {
        return Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }));
    }
    match vm.index_value(v, "")? {
        Some(i) => Ok(Some(i)),
        None => vm.type_error("slice indices must be integers or None or have an __index__ method"),
    }
}

/// CPython's ADJUST_INDICES: `(start, end)` in code points; `start` may
/// exceed the length.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s, e)
}

/// Byte offset of code point `i` (clamped).
fn boff(s: &PyStr, i: i64) -> usize {
    let i = i.max(0) as usize;
    if i >= s.char_len() {
        return s.as_str().len();
    }
    s.byte_offset(i)
}

fn new_str(s: String) -> Value {
    Value::string(s)
}

/// Returns `self` unchanged if it is an exact str, else a copy as exact str.
fn same_or_copy(args: &[Value], s: &Rc<PyStr>) -> Value {
    match &args[0] {
        Value::Str(x) => Value::Str(x.clone()),
        _ => Value::Str(s.clone()),
    }
}

// ---- find / index / count ----

/// Shared search for find/rfind/index/rindex: the code-point index or None.
fn search(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let s = this(vm, args, name)?;
    if !kw.is_empty() {
        return vm.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    let n = args.len() - 1;
    if n < 1 || n > 3 {
        return vm
            .type_error(format!(
                "{} expected {} 3 arguments, got {}",
                name,
                if n < 1 {
                    "at least 1 argument"
                } else {
                    "at most"
                },
                n
            ))
            .or_else(|_: Value| {
                if n < 1 {
                    vm.type_error(format!("{}() takes at least 1 argument (0 given)", name))
                } else {
                    vm.type_error(format!(
                        "{}() takes at most 3 arguments ({} given)",
                        name, n
                    ))
                }
            });
    }
    // start/end are converted before the substring is type-checked.
    let st = slice_arg(vm, args.get(2))?;
    let en = slice_arg(vm, args.get(3))?;
    let sub = str_arg(vm, &args[1])?;
    let (a, b) = adjust(st, en, s.char_len());
    if b - a < sub.char_len() as i64 {
        return Ok(None);
    }
    let (ba, bb) = (boff(&s, a), boff(&s, b));
    let hay = &s.as_str()[ba..bb];
    let r = if rev {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(r.map(|p| {
        if s.is_ascii() {
            ba + p
        } else {
            a as usize + hay[..p].chars().count()
        }
    }))
}

fn str_find(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, kw, "find", false)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn str_rfind(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, args, kw, "rfind", true)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn str_index(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    match search(vm, args, kw, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("substring not found"),
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    match search(vm, args, kw, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("substring not found"),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = takes_args(vm, args, kw, "count", 1, 3)?;
    // start/end are converted before the substring is type-checked.
    let st = slice_arg(vm, args.get(2))?;
    let en = slice_arg(vm, args.get(3))?;
    let sub = str_arg(vm, &args[1])?;
    let (a, b) = adjust(st, en, s.char_len());
    if b - a < sub.char_len() as i64 {
        return Ok(Value::Int(0));
    }
    if sub.char_len() == 0 {
        return Ok(Value::Int(b - a + 1));
    }
    let hay = &s.as_str()[boff(&s, a)..boff(&s, b)];
    Ok(Value::Int(hay.matches(sub.as_str()).count() as i64))
}

fn tail_match(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    end_side: bool,
) -> PyResult<Value> {
    let s = takes_args(vm, args, kw, name, 1, 3)?;
    let st = slice_arg(vm, args.get(2))?;
    let en = slice_arg(vm, args.get(3))?;
    let (a, b) = adjust(st, en, s.char_len());
    let check = |sub: &PyStr| -> bool {
        if b - a < sub.char_len() as i64 {
            return false;
        }
        let hay = &s.as_str()[boff(&s, a)..boff(&s, b)];
        if end_side {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    };
    if let Some(sub) = args[1].as_pystr() {
        return Ok(Value::Bool(check(sub)));
    }
    if let Some(Payload::Tuple(items)) = args[1].payload() {
        for it in items.iter() {
            match it.as_pystr() {
                Some(sub) => {
                    if check(sub) {
                        return Ok(Value::Bool(true));
                    }
                }
                None => {
                    return vm.type_error(format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        vm.type_name(it)
                    ))
                }
            }
        }
        return Ok(Value::Bool(false));
    }
    vm.type_error(format!(
        "{} first arg must be str or a tuple of str, not {}",
        name,
        vm.type_name(&args[1])
    ))
}

fn str_startswith(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    tail_match(vm, args, kw, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    tail_match(vm, args, kw, "endswith", true)
}

// ---- case ----

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_title(c)
}

fn is_title(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

fn push_title(out: &mut String, c: char) {
    match c as u32 {
        0x1c4..=0x1c6 => out.push('\u{1c5}'),
        0x1c7..=0x1c9 => out.push('\u{1c8}'),
        0x1ca..=0x1cc => out.push('\u{1cb}'),
        0x1f1..=0x1f3 => out.push('\u{1f2}'),
        0xdf => out.push_str("Ss"),
        0x149 => out.push_str("\u{2bc}N"),
        // Georgian Mkhedruli letters are their own titlecase.
        0x10d0..=0x10fa | 0x10fd..=0x10ff => out.push(c),
        // Greek with ypogegrammeni: titlecase keeps the prosgegrammeni form.
        0x1f80..=0x1faf => out.push(char::from_u32(c as u32 | 8).unwrap_or(c)),
        0x1fb3 | 0x1fbc => out.push('\u{1fbc}'),
        0x1fc3 | 0x1fcc => out.push('\u{1fcc}'),
        0x1ff3 | 0x1ffc => out.push('\u{1ffc}'),
        0x1fb2 => out.push_str("\u{1fba}\u{345}"),
        0x1fb4 => out.push_str("\u{386}\u{345}"),
        0x1fb7 => out.push_str("\u{391}\u{342}\u{345}"),
        0x1fc2 => out.push_str("\u{1fca}\u{345}"),
        0x1fc4 => out.push_str("\u{389}\u{345}"),
        0x1fc7 => out.push_str("\u{397}\u{342}\u{345}"),
        0x1ff2 => out.push_str("\u{1ffa}\u{345}"),
        0x1ff4 => out.push_str("\u{38f}\u{345}"),
        0x1ff7 => out.push_str("\u{3a9}\u{342}\u{345}"),
        _ => {
            let mut first = true;
            for u in c.to_uppercase() {
                if first {
                    out.push(u);
                    first = false;
                } else {
                    out.extend(u.to_lowercase());
                }
            }
        }
    }
}

/// Lower-cases `cs[i]` into `out`, applying the final-sigma rule.
fn push_lower_at(out: &mut String, cs: &[char], i: usize) {
    let c = cs[i];
    if c == 'Σ' {
        let before = cs[..i].iter().rev().find(|c| !is_case_ignorable(**c));
        let after = cs[i + 1..].iter().find(|c| !is_case_ignorable(**c));
        let fin = before.map(|c| is_cased(*c)).unwrap_or(false)
            && !after.map(|c| is_cased(*c)).unwrap_or(false);
        out.push(if fin { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}'
    ) || (0x300..=0x36f).contains(&(c as u32))
}

fn str_lower(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "lower")?;
    if s.is_ascii() {
        return Ok(new_str(s.as_str().to_ascii_lowercase()));
    }
    Ok(new_str(s.as_str().to_lowercase()))
}

fn str_upper(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "upper")?;
    if s.is_ascii() {
        return Ok(new_str(s.as_str().to_ascii_uppercase()));
    }
    Ok(new_str(s.as_str().to_uppercase()))
}

fn str_casefold(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "casefold")?;
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let n = c as u32;
        match n {
            0x131 => out.push(c),
            0x1e9e => out.push_str("ss"),
            // Cherokee folds to its uppercase letters.
            0x13a0..=0x13f5 => out.push(c),
            0x13f8..=0x13fd => out.push(char::from_u32(n - 8).unwrap_or(c)),
            0xab70..=0xabbf => out.push(char::from_u32(n - 0xab70 + 0x13a0).unwrap_or(c)),
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // Full case folding is lower(upper(c)) for everything else.
            _ => {
                for u in c.to_uppercase() {
                    out.extend(u.to_lowercase());
                }
            }
        }
    }
    Ok(new_str(out))
}

fn str_swapcase(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "swapcase")?;
    let mut out = String::with_capacity(s.as_str().len());
    let cs: Vec<char> = s.as_str().chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &cs, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

fn str_capitalize(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "capitalize")?;
    let mut out = String::with_capacity(s.as_str().len());
    let mut it = s.as_str().chars();
    if let Some(c) = it.next() {
        push_title(&mut out, c);
    }
    let rest: String = it.collect();
    out.push_str(&rest.to_lowercase());
    Ok(new_str(out))
}

fn str_title(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "title")?;
    let mut out = String::with_capacity(s.as_str().len());
    let mut prev_cased = false;
    let cs: Vec<char> = s.as_str().chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if prev_cased {
            push_lower_at(&mut out, &cs, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(out))
}

// ---- predicates ----

const ND_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Unicode category Nd (decimal digit).
pub fn is_decimal(c: char) -> bool {
    let n = c as u32;
    if n < 0x80 {
        return c.is_ascii_digit();
    }
    if (0x1d7ce..=0x1d7ff).contains(&n) {
        return true;
    }
    ND_ZEROS.iter().any(|&z| n >= z && n < z + 10)
}

/// The value of a Unicode decimal digit (category Nd), if `c` is one.
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    if n < 0x80 {
        return c.to_digit(10);
    }
    if (0x1d7ce..=0x1d7ff).contains(&n) {
        return Some((n - 0x1d7ce) % 10);
    }
    ND_ZEROS
        .iter()
        .find(|&&z| n >= z && n < z + 10)
        .map(|&z| n - z)
}

/// Unicode digit (decimal digits plus superscripts, circled digits...).
pub fn is_digit(c: char) -> bool {
    is_decimal(c) || in_ranges(super::unicode_tables::DIGIT_EXTRA, c)
}

/// Unicode numeric (digits, fractions, roman numerals, CJK numerals...).
pub fn is_numeric(c: char) -> bool {
    c.is_numeric() || in_ranges(super::unicode_tables::NUMERIC_EXTRA, c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    // Letters (L*) only: the alphabetic property also covers combining marks
    // and circled letters (So), which CPython does not count.
    c.is_alphabetic()
        && !c.is_numeric()
        && !is_id_mark(c)
        && !matches!(c as u32, 0x24B6..=0x24E9 | 0x1F130..=0x1F149 | 0x1F150..=0x1F169 | 0x1F170..=0x1F189)
}

fn predicate(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    f: fn(char) -> bool,
) -> PyResult<Value> {
    let s = no_args(vm, args, kw, name)?;
    Ok(Value::Bool(
        !s.as_str().is_empty() && s.as_str().chars().all(f),
    ))
}

fn str_isalpha(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kw, "isalpha", is_alpha)
}

fn str_isalnum(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kw, "isalnum", |c| is_alpha(c) || is_numeric(c))
}

fn str_isdecimal(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kw, "isdecimal", is_decimal)
}

fn str_isdigit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kw, "isdigit", is_digit)
}

fn str_isnumeric(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kw, "isnumeric", is_numeric)
}

fn str_isspace(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    predicate(vm, args, kw, "isspace", py_isspace)
}

fn str_isascii(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}

fn str_isprintable(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "isprintable")?;
    Ok(Value::Bool(
        s.as_str().chars().all(crate::runtime::repr::is_printable),
    ))
}

/// `str.isidentifier`: XID_Start followed by XID_Continue characters (letters from
/// the alphabetic property, plus the Other_ID_Start/Continue specials and the
/// generated mark table).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if is_id_start_char(c) => {}
        _ => return false,
    }
    it.all(is_id_continue_char)
}

fn is_id_start_char(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    matches!(c as u32, 0x1885 | 0x1886 | 0x2118 | 0x212E)
        || (c.is_alphabetic()
            && !is_id_mark(c)
            && !matches!(
                c as u32,
                0x2E2F
                    | 0xE33
                    | 0xEB3
                    | 0xFF9E
                    | 0xFF9F
                    | 0x37A
                    | 0x24B6..=0x24E9
                    | 0xFC5E..=0xFC63
                    | 0xFDFA..=0xFDFB
                    | 0xFE70
                    | 0xFE72
                    | 0xFE74
                    | 0xFE76
                    | 0xFE78
                    | 0xFE7A
                    | 0xFE7C
                    | 0xFE7E
                    | 0x1F130..=0x1F149
                    | 0x1F150..=0x1F169
                    | 0x1F170..=0x1F189
            ))
}

fn is_id_mark(c: char) -> bool {
    in_ranges(super::unicode_tables::ID_CONTINUE_MARKS, c)
}

/// True when `c` lies in one of the sorted inclusive ranges of `t`.
fn in_ranges(t: &[(u32, u32)], c: char) -> bool {
    let n = c as u32;
    t.binary_search_by(|&(a, b)| {
        if b < n {
            core::cmp::Ordering::Less
        } else if a > n {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

fn is_id_continue_char(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    is_id_start_char(c)
        || is_decimal(c)
        || is_id_mark(c)
        || matches!(
            c as u32,
            0xB7 | 0x387 | 0x1369..=0x1371 | 0x19DA | 0xE33 | 0xEB3 | 0xFF9E | 0xFF9F
        )
}

fn str_isidentifier(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "isidentifier")?;
    Ok(Value::Bool(is_identifier(s.as_str())))
}

fn str_islower(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "islower")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || is_title(c) {
            return Ok(Value::Bool(false));
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_isupper(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "isupper")?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_lowercase() || is_title(c) {
            return Ok(Value::Bool(false));
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(Value::Bool(cased))
}

fn str_istitle(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = no_args(vm, args, kw, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---- padding ----

fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    match v.as_pystr() {
        Some(f) if f.char_len() == 1 => Ok(f.as_str().chars().next().unwrap()),
        Some(_) => vm.type_error("The fill character must be exactly one character long"),
        None => vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        )),
    }
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    for _ in 0..left {
        out.push(fill);
    }
    out.push_str(s);
    for _ in 0..right {
        out.push(fill);
    }
    out
}

fn justify(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str, mode: u8) -> PyResult<Value> {
    let s = pos_args(vm, args, kw, name, 1, 2)?;
    let width = int_arg(vm, &args[1])?;
    let fill = fill_arg(vm, args.get(2))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(args, &s));
    }
    let marg = (width - len) as usize;
    crate::types::str::check_alloc(vm, marg + s.as_str().len())?;
    let (l, r) = match mode {
        0 => (0, marg),
        1 => (marg, 0),
        _ => {
            let l = marg / 2 + (marg & (width as usize) & 1);
            (l, marg - l)
        }
    };
    Ok(new_str(pad(s.as_str(), l, r, fill)))
}

fn str_ljust(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    justify(vm, args, kw, "ljust", 0)
}

fn str_rjust(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    justify(vm, args, kw, "rjust", 1)
}

fn str_center(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    justify(vm, args, kw, "center", 2)
}

fn str_zfill(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "zfill")?;
    if !kw.is_empty() {
        return vm.type_error("str.zfill() takes no keyword arguments");
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.zfill() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let width = int_arg(vm, &args[1])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_copy(args, &s));
    }
    let n = (width - len) as usize;
    crate::types::str::check_alloc(vm, n + s.as_str().len())?;
    let t = s.as_str();
    let mut out = String::with_capacity(t.len() + n);
    let rest = if t.starts_with('+') || t.starts_with('-') {
        out.push_str(&t[..1]);
        &t[1..]
    } else {
        t
    };
    for _ in 0..n {
        out.push('0');
    }
    out.push_str(rest);
    Ok(new_str(out))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let a = bind_args(vm, args, kw, "expandtabs", &["tabsize"])?;
    let ts = match &a[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    crate::types::str::check_alloc(vm, out.len() + n as usize)?;
                    for _ in 0..n {
                        out.push(' ');
                    }
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ---- strip ----

fn strip_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    l: bool,
    r: bool,
) -> PyResult<Value> {
    let s = pos_args(vm, args, kw, name, 0, 1)?;
    let t = s.as_str();
    let res = match args.get(1) {
        None | Some(Value::None) => {
            let mut x = t;
            if l {
                x = x.trim_start_matches(py_isspace);
            }
            if r {
                x = x.trim_end_matches(py_isspace);
            }
            x
        }
        Some(v) => match v.as_pystr() {
            Some(chars) => {
                let cs: Vec<char> = chars.as_str().chars().collect();
                let mut x = t;
                if l {
                    x = x.trim_start_matches(cs.as_slice());
                }
                if r {
                    x = x.trim_end_matches(cs.as_slice());
                }
                x
            }
            None => return vm.type_error(format!("{} arg must be None or str", name)),
        },
    };
    if res.len() == t.len() {
        return Ok(same_or_copy(args, &s));
    }
    Ok(Value::str(res))
}

fn str_strip(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "strip", true, true)
}

fn str_lstrip(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "lstrip", true, false)
}

fn str_rstrip(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    strip_impl(vm, args, kw, "rstrip", false, true)
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "removeprefix")?;
    if !kw.is_empty() {
        return vm.type_error("str.removeprefix() takes no keyword arguments");
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.removeprefix() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let Some(p) = args[1].as_pystr() else {
        return vm.type_error(format!(
            "removeprefix() argument must be str, not {}",
            clinic_type_name(vm, &args[1])
        ));
    };
    match s.as_str().strip_prefix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(same_or_copy(args, &s)),
    }
}

fn str_removesuffix(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "removesuffix")?;
    if !kw.is_empty() {
        return vm.type_error("str.removesuffix() takes no keyword arguments");
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.removesuffix() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let Some(p) = args[1].as_pystr() else {
        return vm.type_error(format!(
            "removesuffix() argument must be str, not {}",
            clinic_type_name(vm, &args[1])
        ));
    };
    match s.as_str().strip_suffix(p.as_str()) {
        Some(r) if !p.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(same_or_copy(args, &s)),
    }
}

// ---- split / partition / join / replace ----

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
) -> PyResult<(Rc<PyStr>, Option<Rc<PyStr>>, i64)> {
    let s = this(vm, args, name)?;
    let a = bind_args(vm, args, kw, name, &["sep", "maxsplit"])?;
    // maxsplit is converted before sep is type-checked (as in CPython).
    let max = match &a[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let sep = match &a[0] {
        None | Some(Value::None) => None,
        Some(v) => match v.as_pystr() {
            Some(x) => {
                if x.as_str().is_empty() {
                    return vm.value_error("empty separator");
                }
                Some(x.clone())
            }
            None => return vm.type_error(format!("must be str or None, not {}", vm.type_name(v))),
        },
    };
    Ok((s, sep, max))
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "split")?;
    let t = s.as_str();
    let mut out: Vec<Value> = Vec::new();
    let max = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        Some(sep) => {
            let mut rest = t;
            let sp = sep.as_str();
            while out.len() < max {
                match rest.find(sp) {
                    Some(i) => {
                        out.push(Value::str(&rest[..i]));
                        rest = &rest[i + sp.len()..];
                    }
                    None => break,
                }
            }
            out.push(Value::str(rest));
        }
        None => {
            let mut rest = t.trim_start_matches(py_isspace);
            while !rest.is_empty() {
                if out.len() >= max {
                    out.push(Value::str(rest));
                    break;
                }
                match rest.find(py_isspace) {
                    Some(i) => {
                        out.push(Value::str(&rest[..i]));
                        rest = rest[i..].trim_start_matches(py_isspace);
                    }
                    None => {
                        out.push(Value::str(rest));
                        break;
                    }
                }
            }
        }
    }
    Ok(vm.new_list(out))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, args, kw, "rsplit")?;
    let t = s.as_str();
    let mut out: Vec<Value> = Vec::new();
    let max = if max < 0 { usize::MAX } else { max as usize };
    match sep {
        Some(sep) => {
            let mut rest = t;
            let sp = sep.as_str();
            while out.len() < max {
                match rest.rfind(sp) {
                    Some(i) => {
                        out.push(Value::str(&rest[i + sp.len()..]));
                        rest = &rest[..i];
                    }
                    None => break,
                }
            }
            out.push(Value::str(rest));
        }
        None => {
            let mut rest = t.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if out.len() >= max {
                    out.push(Value::str(rest));
                    break;
                }
                match rest.rfind(py_isspace) {
                    Some(i) => {
                        let cl = rest[i..].chars().next().unwrap().len_utf8();
                        out.push(Value::str(&rest[i + cl..]));
                        rest = rest[..i].trim_end_matches(py_isspace);
                    }
                    None => {
                        out.push(Value::str(rest));
                        break;
                    }
                }
            }
        }
    }
    out.reverse();
    Ok(vm.new_list(out))
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let a = bind_args(vm, args, kw, "splitlines", &["keepends"])?;
    // keepends is a `bool(accept={int})` parameter: ints only.
    let keep = match &a[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let t = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(Value::str(&t[start..if keep { end } else { i }]));
            start = end;
        }
    }
    if start < t.len() {
        out.push(Value::str(&t[start..]));
    }
    Ok(vm.new_list(out))
}

fn partition_impl(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    name: &str,
    rev: bool,
) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    if !kw.is_empty() {
        return vm.type_error(format!("str.{}() takes no keyword arguments", name));
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.{}() takes exactly one argument ({} given)",
            name,
            args.len() - 1
        ));
    }
    let sep = str_arg(vm, &args[1])?;
    if sep.as_str().is_empty() {
        return vm.value_error("empty separator");
    }
    let t = s.as_str();
    let found = if rev {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    let items = match found {
        Some(i) => vec3(
            Value::str(&t[..i]),
            // CPython returns the separator and (when not found) the
            // subject objects themselves, subclass instances included.
            args[1].clone(),
            Value::str(&t[i + sep.as_str().len()..]),
        ),
        None => {
            let empty = Value::str("");
            if rev {
                vec3(empty.clone(), empty, args[0].clone())
            } else {
                vec3(args[0].clone(), empty.clone(), empty)
            }
        }
    };
    Ok(vm.new_tuple(items))
}

fn vec3(a: Value, b: Value, c: Value) -> Vec<Value> {
    let mut v = Vec::with_capacity(3);
    v.push(a);
    v.push(b);
    v.push(c);
    v
}

fn str_partition(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kw, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, kw, "rpartition", true)
}

/// `sep.join(iterable)`: pre-sized, with list/tuple fast paths.
pub fn join_values(vm: &mut Vm, sep: &str, items: &[Value]) -> PyResult<Value> {
    let mut total = 0usize;
    for (i, it) in items.iter().enumerate() {
        match it.as_pystr() {
            Some(s) => total += s.as_str().len(),
            None => {
                return vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(it)
                ))
            }
        }
    }
    if items.len() == 1 {
        if let Value::Str(s) = &items[0] {
            return Ok(Value::Str(s.clone()));
        }
    }
    total += sep.len() * items.len().saturating_sub(1);
    crate::types::str::check_alloc(vm, total)?;
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_pystr().unwrap().as_str());
    }
    Ok(new_str(out))
}

fn str_join(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "join")?;
    if !kw.is_empty() {
        return vm.type_error("str.join() takes no keyword arguments");
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.join() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let it = &args[1];
    match it.payload() {
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            return join_values(vm, s.as_str(), &items);
        }
        Some(Payload::Tuple(t)) => {
            let t = t.clone();
            return join_values(vm, s.as_str(), &t);
        }
        _ => {}
    }
    if !vm.has_iter(it) {
        return vm.type_error("can only join an iterable");
    }
    let items = vm.iterate(it)?;
    join_values(vm, s.as_str(), &items)
}

fn str_replace(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = pos_args(vm, args, kw, "replace", 2, 3)?;
    let Some(old) = args[1].as_pystr().cloned() else {
        return vm.type_error(format!(
            "replace() argument 1 must be str, not {}",
            clinic_type_name(vm, &args[1])
        ));
    };
    let Some(new) = args[2].as_pystr().cloned() else {
        return vm.type_error(format!(
            "replace() argument 2 must be str, not {}",
            clinic_type_name(vm, &args[2])
        ));
    };
    let count = match args.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let t = s.as_str();
    let (o, n) = (old.as_str(), new.as_str());
    if max == 0 {
        return Ok(same_or_copy(args, &s));
    }
    let mut out = String::new();
    if o.is_empty() {
        let mut done = 0;
        for c in t.chars() {
            if done < max {
                out.push_str(n);
                done += 1;
            }
            out.push(c);
            crate::types::str::check_alloc(vm, out.len())?;
        }
        if done < max {
            out.push_str(n);
        }
        return Ok(new_str(out));
    }
    let mut rest = t;
    let mut done = 0;
    let mut any = false;
    while done < max {
        match rest.find(o) {
            Some(i) => {
                any = true;
                out.push_str(&rest[..i]);
                out.push_str(n);
                crate::types::str::check_alloc(vm, out.len())?;
                rest = &rest[i + o.len()..];
                done += 1;
            }
            None => break,
        }
    }
    if !any {
        return Ok(same_or_copy(args, &s));
    }
    out.push_str(rest);
    Ok(new_str(out))
}

// ---- translate / maketrans ----

fn str_maketrans(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("str.maketrans() takes no keyword arguments");
    }
    if args.is_empty() || args.len() > 3 {
        return vm.type_error(format!(
            "maketrans expected at {}, got {}",
            if args.is_empty() {
                "least 1 argument"
            } else {
                "most 3 arguments"
            },
            args.len()
        ));
    }
    let d = vm.new_dict();
    if args.len() == 1 {
        if !matches!(args[0].payload(), Some(Payload::Dict(_))) {
            return vm.type_error("if you give only one argument to maketrans it must be a dict");
        }
        for (k, v) in crate::types::dict::dict_items(&args[0]) {
            if let Some(ks) = k.as_pystr() {
                if ks.char_len() != 1 {
                    return vm.value_error("string keys in translate table must be of length 1");
                }
                let c = ks.as_str().chars().next().unwrap();
                vm.dict_set(&d, Value::Int(c as i64), v)?;
            } else if as_int(&k).is_some() {
                vm.dict_set(&d, k, v)?;
            } else {
                return vm.type_error("keys in translate table must be strings or integers");
            }
        }
        return Ok(d);
    }
    let Some(y) = args[1].as_pystr().cloned() else {
        return vm.type_error(format!(
            "maketrans() argument 2 must be str, not {}",
            clinic_type_name(vm, &args[1])
        ));
    };
    if let Some(z) = args.get(2) {
        if z.as_pystr().is_none() {
            return vm.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                clinic_type_name(vm, z)
            ));
        }
    }
    let Some(x) = args[0].as_pystr().cloned() else {
        return vm
            .type_error("first maketrans argument must be a string if there is a second argument");
    };
    if x.char_len() != y.char_len() {
        return vm.value_error("the first two maketrans arguments must have equal length");
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = args.get(2) {
        let Some(z) = z.as_pystr().cloned() else {
            return vm.type_error(format!(
                "maketrans() argument 3 must be str, not {}",
                clinic_type_name(vm, z)
            ));
        };
        for c in z.as_str().chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "translate")?;
    if !kw.is_empty() {
        return vm.type_error("str.translate() takes no keyword arguments");
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.translate() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    let table = args[1].clone();
    let is_dict = matches!(table.payload(), Some(Payload::Dict(_)))
        && crate::runtime::ops::is_builtin_value(&table);
    let mut out = String::with_capacity(s.as_str().len());
    let lookup_err = vm.exc.lookup_error.clone();
    for c in s.as_str().chars() {
        let key = Value::Int(c as i64);
        let r = if is_dict {
            vm.dict_get(&table, &key)?
        } else {
            match vm.getitem(&table, &key) {
                Ok(v) => Some(v),
                Err(e) => {
                    if vm.exc_matches(&e, &lookup_err) {
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        };
        match r {
            None => out.push(c),
            Some(Value::None) => {}
            Some(v) => {
                if let Some(t) = v.as_pystr() {
                    out.push_str(t.as_str());
                } else if let Some(i) = as_int(&v) {
                    let n = match i {
                        IntVal::Small(n) => n,
                        _ => -1,
                    };
                    match (0..0x110000)
                        .contains(&n)
                        .then(|| char::from_u32(n as u32))
                        .flatten()
                    {
                        Some(ch) => out.push(ch),
                        None => {
                            return vm.value_error("character mapping must be in range(0x110000)")
                        }
                    }
                } else {
                    return vm.type_error("character mapping must return integer, None or str");
                }
            }
        }
    }
    Ok(new_str(out))
}

// ---- encode ----

/// The canonical name of a supported codec (see `types::codecs`).
pub fn codec_name(name: &str) -> Option<&'static str> {
    crate::types::codecs::codec_name(name)
}

/// Encodes `s` with a codec and error handler (see `types::codecs`).
pub fn encode_str(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    crate::types::codecs::encode(vm, s, encoding, errors)
}

fn str_encode(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let a = bind_args(vm, args, kw, "encode", &["encoding", "errors"])?;
    let mut names = [String::from("utf-8"), String::from("strict")];
    for (i, which) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = &a[i] {
            match v.as_pystr() {
                Some(x) => names[i] = String::from(x.as_str()),
                None => {
                    return vm.type_error(format!(
                        "encode() argument '{}' must be str, not {}",
                        which,
                        clinic_type_name(vm, v)
                    ))
                }
            }
        }
    }
    let b = encode_str(vm, s.as_str(), &names[0], &names[1])?;
    Ok(vm.new_bytes(b))
}

// ---- dunders ----

fn other_str(args: &[Value]) -> Option<Rc<PyStr>> {
    args.get(1).and_then(|v| v.as_pystr().cloned())
}

fn dunder_add(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__add__", 1)?;
    match other_str(args) {
        Some(t) => {
            let mut r = String::with_capacity(s.as_str().len() + t.as_str().len());
            r.push_str(s.as_str());
            r.push_str(t.as_str());
            Ok(new_str(r))
        }
        None => vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&args[1])
        )),
    }
}

fn dunder_mul(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    mul_impl(vm, args, kw, "__mul__")
}

fn dunder_rmul(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    mul_impl(vm, args, kw, "__rmul__")
}

fn mul_impl(vm: &mut Vm, args: &[Value], _kw: &KwArgs, name: &str) -> PyResult<Value> {
    let s = dunder_args(vm, args, name, 1)?;
    let n = match as_int(&args[1]) {
        Some(IntVal::Big(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                0
            } else {
                return vm.overflow_error("cannot fit 'int' into an index-sized integer");
            }
        }
        _ => int_arg(vm, &args[1])?,
    };
    let n = n.max(0) as usize;
    match n.checked_mul(s.as_str().len()) {
        Some(t) => crate::types::str::check_alloc(vm, t)?,
        None => return vm.memory_error(),
    }
    Ok(new_str(s.as_str().repeat(n)))
}

fn dunder_mod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__mod__", 1)?;
    crate::types::str_format::percent_format(vm, s.as_str(), &args[1])
}

fn dunder_rmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__rmod__", 1)?;
    match args[1].as_pystr() {
        Some(f) => {
            let f = f.clone();
            crate::types::str_format::percent_format(vm, f.as_str(), &Value::Str(s))
        }
        None => Ok(Value::NotImplemented),
    }
}

fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__contains__", 1)?;
    match other_str(args) {
        Some(t) => Ok(Value::Bool(s.as_str().contains(t.as_str()))),
        None => vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&args[1])
        )),
    }
}

fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__getitem__", 1)?;
    crate::types::str::str_getitem(vm, &s, &args[1])
}

fn dunder_len(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__len__", 0)?;
    Ok(Value::Int(s.char_len() as i64))
}

fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let _ = dunder_args(vm, args, "__iter__", 0)?;
    Ok(vm.new_iter(IterState::Seq {
        seq: args[0].clone(),
        index: 0,
    }))
}

fn dunder_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__hash__", 0)?;
    Ok(Value::Int(s.hash() as i64))
}

fn compare(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(core::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let s = dunder_args(vm, args, name, 1)?;
    match other_str(args) {
        Some(t) => Ok(Value::Bool(f(s.as_str().cmp(t.as_str())))),
        None => Ok(Value::NotImplemented),
    }
}

fn dunder_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_eq())
}

fn dunder_ne(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o.is_ne())
}

fn dunder_lt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_lt())
}

fn dunder_le(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_le())
}

fn dunder_gt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_gt())
}

fn dunder_ge(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_ge())
}

fn dunder_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__repr__", 0)?;
    Ok(new_str(crate::runtime::repr::str_repr(s.as_str())))
}

fn dunder_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__str__", 0)?;
    Ok(Value::Str(s))
}

fn dunder_format(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = this(vm, args, "__format__")?;
    if args.len() != 2 {
        return vm.type_error(format!(
            "str.__format__() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    if args[1].as_pystr().is_none() {
        return vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        ));
    }
    vm.format(&Value::Str(s), &args[1])
}

fn dunder_getnewargs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = dunder_args(vm, args, "__getnewargs__", 0)?;
    Ok(vm.new_tuple(alloc::vec![Value::string(String::from(s.as_str()))]))
}

/// Registers the str methods on the str type.
pub fn install(vm: &mut Vm, t: &crate::value::Ref) {
    crate::vm::types::add_methods(
        &vm.types,
        t,
        &[
            ("str.find", str_find),
            ("str.rfind", str_rfind),
            ("str.index", str_index),
            ("str.rindex", str_rindex),
            ("str.count", str_count),
            ("str.startswith", str_startswith),
            ("str.endswith", str_endswith),
            ("str.lower", str_lower),
            ("str.upper", str_upper),
            ("str.casefold", str_casefold),
            ("str.swapcase", str_swapcase),
            ("str.capitalize", str_capitalize),
            ("str.title", str_title),
            ("str.isalpha", str_isalpha),
            ("str.isalnum", str_isalnum),
            ("str.isdecimal", str_isdecimal),
            ("str.isdigit", str_isdigit),
            ("str.isnumeric", str_isnumeric),
            ("str.isspace", str_isspace),
            ("str.isascii", str_isascii),
            ("str.isprintable", str_isprintable),
            ("str.isidentifier", str_isidentifier),
            ("str.islower", str_islower),
            ("str.isupper", str_isupper),
            ("str.istitle", str_istitle),
            ("str.ljust", str_ljust),
            ("str.rjust", str_rjust),
            ("str.center", str_center),
            ("str.zfill", str_zfill),
            ("str.expandtabs", str_expandtabs),
            ("str.strip", str_strip),
            ("str.lstrip", str_lstrip),
            ("str.rstrip", str_rstrip),
            ("str.removeprefix", str_removeprefix),
            ("str.removesuffix", str_removesuffix),
            ("str.split", str_split),
            ("str.rsplit", str_rsplit),
            ("str.splitlines", str_splitlines),
            ("str.partition", str_partition),
            ("str.rpartition", str_rpartition),
            ("str.join", str_join),
            ("str.replace", str_replace),
            ("str.translate", str_translate),
            ("str.encode", str_encode),
            ("str.__add__", dunder_add),
            ("str.__mul__", dunder_mul),
            ("str.__rmul__", dunder_rmul),
            ("str.__mod__", dunder_mod),
            ("str.__rmod__", dunder_rmod),
            ("str.__contains__", dunder_contains),
            ("str.__getitem__", dunder_getitem),
            ("str.__len__", dunder_len),
            ("str.__iter__", dunder_iter),
            ("str.__hash__", dunder_hash),
            ("str.__eq__", dunder_eq),
            ("str.__ne__", dunder_ne),
            ("str.__lt__", dunder_lt),
            ("str.__le__", dunder_le),
            ("str.__gt__", dunder_gt),
            ("str.__ge__", dunder_ge),
            ("str.__repr__", dunder_repr),
            ("str.__str__", dunder_str),
            ("str.__format__", dunder_format),
            ("str.__getnewargs__", dunder_getnewargs),
        ],
    );
    let mk = vm.new_builtin("str.maketrans", str_maketrans);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(mk),
        None,
    ));
    crate::vm::types::set_type_attr(t, "maketrans", sm);
}
