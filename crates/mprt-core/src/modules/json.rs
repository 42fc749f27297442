//! `json`: a fast encoder and a hand-written decoder with CPython's output
//! format and error messages.

use crate::modules::re::parse_args;
use crate::object::*;
use crate::runtime::num::{as_int, IntVal};
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

const MAX_DEPTH: usize = 900;

// ---------------------------------------------------------------------------
// Encoder.

struct Enc {
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    skipkeys: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
    markers: Vec<usize>,
    out: String,
}

fn push_hex4(out: &mut String, c: u32) {
    out.push_str(&format!("\\u{:04x}", c));
}

fn encode_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => push_hex4(out, c as u32),
            c if ensure_ascii && (c as u32) >= 0x7f => {
                let v = c as u32;
                if v >= 0x10000 {
                    let v = v - 0x10000;
                    push_hex4(out, 0xd800 | (v >> 10));
                    push_hex4(out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_hex4(out, v);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

impl Enc {
    fn float(&mut self, vm: &Vm, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(mprt_format::float_repr(f));
        }
        if !self.allow_nan {
            return vm.value_error("Out of range float values are not JSON compliant");
        }
        Ok(String::from(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }))
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn enter(&mut self, vm: &Vm, v: &Value, depth: usize) -> PyResult<()> {
        if depth > MAX_DEPTH {
            return Err(vm.new_exc_msg(
                &vm.exc.recursion_error,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.check_circular {
            let id = v.id();
            if self.markers.contains(&id) {
                return vm.value_error("Circular reference detected");
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(true) => self.out.push_str("true"),
            Value::Bool(false) => self.out.push_str("false"),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) => {
                let s = self.float(vm, *f)?;
                self.out.push_str(&s);
            }
            Value::Str(s) => encode_str(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => encode_str(&mut self.out, s.as_str(), self.ensure_ascii),
                Payload::BigInt(b) => self.out.push_str(&b.to_string()),
                Payload::Float(f) => {
                    let s = self.float(vm, *f)?;
                    self.out.push_str(&s);
                }
                Payload::List(_) | Payload::Tuple(_) => {
                    let items: Vec<Value> = match &o.payload {
                        Payload::List(l) => l.borrow().clone(),
                        Payload::Tuple(t) => t.to_vec(),
                        _ => unreachable!(),
                    };
                    if items.is_empty() {
                        self.out.push_str("[]");
                        return Ok(());
                    }
                    self.enter(vm, v, depth)?;
                    self.out.push('[');
                    self.newline(depth + 1);
                    for (i, it) in items.iter().enumerate() {
                        if i > 0 {
                            let sep = self.item_sep.clone();
                            self.out.push_str(&sep);
                            self.newline(depth + 1);
                        }
                        self.encode(vm, it, depth + 1)?;
                    }
                    self.newline(depth);
                    self.out.push(']');
                    self.leave();
                }
                Payload::Dict(_) => self.encode_dict(vm, v, depth)?,
                _ => self.encode_other(vm, v, depth)?,
            },
            _ => self.encode_other(vm, v, depth)?,
        }
        Ok(())
    }

    fn encode_other(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
        let Some(def) = self.default.clone() else {
            return vm.type_error(format!(
                "Object of type {} is not JSON serializable",
                vm.type_name(v)
            ));
        };
        self.enter(vm, v, depth)?;
        let r = vm.call(&def, &[v.clone()], &[])?;
        self.encode(vm, &r, depth + 1)?;
        self.leave();
        Ok(())
    }

    fn key_string(&mut self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Str(s) => String::from(s.as_str()),
            Value::Bool(b) => String::from(if *b { "true" } else { "false" }),
            Value::None => String::from("null"),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float(vm, *f)?,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => String::from(s.as_str()),
                Payload::BigInt(b) => b.to_string(),
                Payload::Float(f) => self.float(vm, *f)?,
                _ => return self.bad_key(vm, k),
            },
            _ => return self.bad_key(vm, k),
        }))
    }

    fn bad_key(&self, vm: &Vm, k: &Value) -> PyResult<Option<String>> {
        if self.skipkeys {
            return Ok(None);
        }
        vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            vm.type_name(k)
        ))
    }

    fn encode_dict(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
        let mut items = crate::types::dict::dict_items(v);
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, v, depth)?;
        if self.sort_keys {
            let mut tuples: Vec<Value> = items
                .into_iter()
                .map(|(k, x)| vm.new_tuple(vec![k, x]))
                .collect();
            crate::builtins::sort_values(vm, &mut tuples, None, false)?;
            items = tuples
                .iter()
                .map(|t| match t.payload() {
                    Some(Payload::Tuple(p)) => (p[0].clone(), p[1].clone()),
                    _ => unreachable!(),
                })
                .collect();
        }
        self.out.push('{');
        self.newline(depth + 1);
        let mut first = true;
        for (k, x) in items {
            let Some(ks) = self.key_string(vm, &k)? else {
                continue;
            };
            if !first {
                let sep = self.item_sep.clone();
                self.out.push_str(&sep);
                self.newline(depth + 1);
            }
            first = false;
            encode_str(&mut self.out, &ks, self.ensure_ascii);
            let sep = self.key_sep.clone();
            self.out.push_str(&sep);
            self.encode(vm, &x, depth + 1)?;
        }
        self.newline(depth);
        self.out.push('}');
        self.leave();
        Ok(())
    }
}

const DUMPS_KW: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

/// `cls=` given and not None: the keyword arguments without it, and the class.
fn split_cls(kw: &KwArgs) -> Option<(Value, Vec<(Rc<PyStr>, Value)>)> {
    let cls = kw
        .iter()
        .find(|(k, v)| k.as_str() == "cls" && !matches!(v, Value::None))?
        .1
        .clone();
    let rest = kw
        .iter()
        .filter(|(k, _)| k.as_str() != "cls")
        .cloned()
        .collect();
    Some((cls, rest))
}

fn dumps_impl(vm: &mut Vm, obj: &Value, kw: &KwArgs) -> PyResult<String> {
    if let Some((cls, rest)) = split_cls(kw) {
        let enc = vm.call(&cls, &[], &rest)?;
        let r = vm.call_method(&enc, "encode", &[obj.clone()])?;
        return Ok(String::from(vm.to_str(&r)?.as_str()));
    }
    let a = parse_args(vm, "dumps", &[], kw, DUMPS_KW, 0)?;
    let flag = |vm: &mut Vm, i: usize, d: bool| -> PyResult<bool> {
        match &a[i] {
            Some(v) => vm.truthy(v),
            None => Ok(d),
        }
    };
    let skipkeys = flag(vm, 0, false)?;
    let ensure_ascii = flag(vm, 1, true)?;
    let check_circular = flag(vm, 2, true)?;
    let allow_nan = flag(vm, 3, true)?;
    let sort_keys = flag(vm, 8, false)?;
    let indent = match &a[5] {
        None | Some(Value::None) => None,
        Some(v) => {
            if let Some(s) = v.as_pystr() {
                Some(String::from(s.as_str()))
            } else {
                match as_int(v) {
                    Some(IntVal::Small(n)) => Some(" ".repeat(n.max(0) as usize)),
                    _ => {
                        return vm.type_error(format!(
                            "can't multiply sequence by non-int of type '{}'",
                            vm.type_name(v)
                        ))
                    }
                }
            }
        }
    };
    let (item_sep, key_sep) = match &a[6] {
        None | Some(Value::None) => (
            String::from(if indent.is_some() { "," } else { ", " }),
            String::from(": "),
        ),
        Some(v) => {
            let parts = vm.iterate(v)?;
            if parts.len() < 2 {
                return vm.value_error(format!(
                    "not enough values to unpack (expected 2, got {})",
                    parts.len()
                ));
            }
            if parts.len() > 2 {
                return vm.value_error("too many values to unpack (expected 2)");
            }
            let s0 = vm.to_str(&parts[0])?;
            let s1 = vm.to_str(&parts[1])?;
            (String::from(s0.as_str()), String::from(s1.as_str()))
        }
    };
    let default = match &a[7] {
        None | Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    };
    let mut enc = Enc {
        ensure_ascii,
        check_circular,
        allow_nan,
        skipkeys,
        sort_keys,
        indent,
        item_sep,
        key_sep,
        default,
        markers: Vec::new(),
        out: String::new(),
    };
    enc.encode(vm, obj, 0)?;
    Ok(enc.out)
}

/// CPython's messages for a missing positional argument of a Python function.
fn missing_args(vm: &Vm, func: &str, names: &[&str], given: usize) -> PyResult<()> {
    let miss = &names[given.min(names.len())..];
    match miss.len() {
        0 => Ok(()),
        1 => vm.type_error(format!(
            "{}() missing 1 required positional argument: '{}'",
            func, miss[0]
        )),
        n => vm.type_error(format!(
            "{}() missing {} required positional arguments: '{}' and '{}'",
            func,
            n,
            miss[..n - 1].join("', '"),
            miss[n - 1]
        )),
    }
}

/// Unknown keyword arguments reach JSONEncoder/JSONDecoder in CPython.
fn check_kw_names(vm: &Vm, kw: &KwArgs, allowed: &[&str], cls: &str) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return vm.type_error(format!(
                "{}.__init__() got an unexpected keyword argument '{}'",
                cls,
                k.as_str()
            ));
        }
    }
    Ok(())
}

fn json_dumps(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    missing_args(vm, "dumps", &["obj"], args.len())?;
    if args.len() != 1 {
        return vm.type_error(format!(
            "dumps() takes 1 positional argument but {} were given",
            args.len()
        ));
    }
    if split_cls(kw).is_none() {
        check_kw_names(vm, kw, DUMPS_KW, "JSONEncoder")?;
    }
    Ok(Value::string(dumps_impl(vm, &args[0], kw)?))
}

fn json_dump(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    missing_args(vm, "dump", &["obj", "fp"], args.len())?;
    if args.len() != 2 {
        return vm.type_error(format!(
            "dump() takes 2 positional arguments but {} were given",
            args.len()
        ));
    }
    if split_cls(kw).is_none() {
        check_kw_names(vm, kw, DUMPS_KW, "JSONEncoder")?;
    }
    let s = dumps_impl(vm, &args[0], kw)?;
    vm.call_method(&args[1], "write", &[Value::string(s)])?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// Decoder.

struct Dec<'a> {
    s: &'a str,
    b: &'a [u8],
    strict: bool,
    object_hook: Option<Value>,
    pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

fn decode_error(vm: &mut Vm, msg: &str, doc: &str, pos: usize) -> Value {
    let before = &doc[..pos.min(doc.len())];
    let cpos = before.chars().count();
    let cls = match vm.import_module("json").and_then(|m| {
        let n = vm.intern("JSONDecodeError");
        vm.getattr(&Value::Obj(m), &n)
    }) {
        Ok(c) => c,
        Err(e) => return e,
    };
    // JSONDecodeError(msg, doc, pos) computes lineno/colno and the message.
    match vm.call(
        &cls,
        &[Value::str(msg), Value::str(doc), Value::Int(cpos as i64)],
        &[],
    ) {
        Ok(exc) => exc,
        Err(e) => e,
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

fn hex4(b: &[u8], i: usize) -> Option<u32> {
    if i + 4 > b.len() {
        return None;
    }
    let mut v = 0u32;
    for &c in &b[i..i + 4] {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

impl<'a> Dec<'a> {
    fn err<T>(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyResult<T> {
        Err(decode_error(vm, msg, self.s, pos))
    }

    /// Parse a string whose opening quote is at `start`; returns (value, end).
    fn string(&self, vm: &mut Vm, start: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = start + 1;
        loop {
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            if i >= b.len() {
                return self.err(vm, "Unterminated string starting at", start);
            }
            match b[i] {
                b'"' => return Ok((out, i + 1)),
                b'\\' => {
                    if i + 1 >= b.len() {
                        return self.err(vm, "Unterminated string starting at", start);
                    }
                    let e = b[i + 1];
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let Some(mut v) = hex4(b, i + 2) else {
                                return self.err(vm, "Invalid \\uXXXX escape", i + 1);
                            };
                            i += 6;
                            if (0xd800..0xdc00).contains(&v)
                                && i + 1 < b.len()
                                && b[i] == b'\\'
                                && b[i + 1] == b'u'
                            {
                                let Some(lo) = hex4(b, i + 2) else {
                                    return self.err(vm, "Invalid \\uXXXX escape", i + 1);
                                };
                                if (0xdc00..0xe000).contains(&lo) {
                                    v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                                    i += 6;
                                }
                            }
                            out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                            continue;
                        }
                        _ => return self.err(vm, "Invalid \\escape", i),
                    };
                    out.push(c);
                    i += 2;
                }
                _ => return self.err(vm, "Invalid control character at", i),
            }
        }
    }

    fn constant(&self, vm: &mut Vm, name: &str, f: f64) -> PyResult<Value> {
        match &self.parse_constant {
            Some(h) => {
                let h = h.clone();
                vm.call(&h, &[Value::str(name)], &[])
            }
            None => Ok(Value::Float(f)),
        }
    }

    /// Parse a value at `i` (whitespace already skipped); returns (value, end).
    fn value(&self, vm: &mut Vm, i: usize, depth: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        if i >= b.len() {
            return self.err(vm, "Expecting value", i);
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => {
                let (s, e) = self.string(vm, i)?;
                Ok((Value::string(s), e))
            }
            b'{' => self.object(vm, i, depth + 1),
            b'[' => self.array(vm, i, depth + 1),
            b'n' if rest.starts_with(b"null") => Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3)),
            b'I' if rest.starts_with(b"Infinity") => {
                Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if rest.starts_with(b"-Infinity") => {
                Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => self.err(vm, "Expecting value", i),
        }
    }

    fn number(&self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        if i < b.len() && b[i] == b'0' {
            i += 1;
        } else if i < b.len() && b[i].is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        } else {
            return self.err(vm, "Expecting value", start);
        }
        let mut is_float = false;
        if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
            i += 2;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            is_float = true;
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            let mut j = i + 1;
            if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_digit() {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                i = j;
                is_float = true;
            }
        }
        let text = &self.s[start..i];
        if is_float {
            if let Some(h) = &self.parse_float {
                let h = h.clone();
                return Ok((vm.call(&h, &[Value::str(text)], &[])?, i));
            }
            let f: f64 = text.parse().unwrap_or(f64::NAN);
            return Ok((Value::Float(f), i));
        }
        if let Some(h) = &self.parse_int {
            let h = h.clone();
            return Ok((vm.call(&h, &[Value::str(text)], &[])?, i));
        }
        if text.len() <= 18 {
            return Ok((Value::Int(text.parse::<i64>().unwrap_or(0)), i));
        }
        match num_bigint::BigInt::parse_bytes(text.as_bytes(), 10) {
            Some(bi) => Ok((vm.new_bigint(bi), i)),
            None => self.err(vm, "Expecting value", start),
        }
    }

    fn depth_check(&self, vm: &Vm, depth: usize, what: &str) -> PyResult<()> {
        if depth > MAX_DEPTH {
            return Err(vm.new_exc_msg(
                &vm.exc.recursion_error,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                    what
                ),
            ));
        }
        Ok(())
    }

    fn array(&self, vm: &mut Vm, start: usize, depth: usize) -> PyResult<(Value, usize)> {
        self.depth_check(vm, depth, "array")?;
        let b = self.b;
        let mut items = Vec::new();
        let mut i = skip_ws(b, start + 1);
        if i < b.len() && b[i] == b']' {
            return Ok((vm.new_list(items), i + 1));
        }
        loop {
            let (v, e) = self.value(vm, i, depth)?;
            items.push(v);
            i = skip_ws(b, e);
            if i < b.len() && b[i] == b']' {
                return Ok((vm.new_list(items), i + 1));
            }
            if i >= b.len() || b[i] != b',' {
                return self.err(vm, "Expecting ',' delimiter", i);
            }
            i = skip_ws(b, i + 1);
        }
    }

    fn object(&self, vm: &mut Vm, start: usize, depth: usize) -> PyResult<(Value, usize)> {
        self.depth_check(vm, depth, "object")?;
        let b = self.b;
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = skip_ws(b, start + 1);
        let end;
        if i < b.len() && b[i] == b'}' {
            end = i + 1;
        } else {
            loop {
                if i >= b.len() || b[i] != b'"' {
                    return self.err(vm, "Expecting property name enclosed in double quotes", i);
                }
                let (k, e) = self.string(vm, i)?;
                i = skip_ws(b, e);
                if i >= b.len() || b[i] != b':' {
                    return self.err(vm, "Expecting ':' delimiter", i);
                }
                i = skip_ws(b, i + 1);
                let (v, e) = self.value(vm, i, depth)?;
                pairs.push((Value::string(k), v));
                i = skip_ws(b, e);
                if i < b.len() && b[i] == b'}' {
                    end = i + 1;
                    break;
                }
                if i >= b.len() || b[i] != b',' {
                    return self.err(vm, "Expecting ',' delimiter", i);
                }
                i = skip_ws(b, i + 1);
            }
        }
        if let Some(h) = &self.pairs_hook {
            let h = h.clone();
            let items: Vec<Value> = pairs
                .into_iter()
                .map(|(k, v)| vm.new_tuple(vec![k, v]))
                .collect();
            let l = vm.new_list(items);
            return Ok((vm.call(&h, &[l], &[])?, end));
        }
        let d = vm.new_dict();
        for (k, v) in pairs {
            vm.dict_set(&d, k, v)?;
        }
        if let Some(h) = &self.object_hook {
            let h = h.clone();
            return Ok((vm.call(&h, &[d], &[])?, end));
        }
        Ok((d, end))
    }
}

const LOADS_KW: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

fn loads_impl(vm: &mut Vm, s: &Value, kw: &KwArgs) -> PyResult<Value> {
    if let Some((cls, rest)) = split_cls(kw) {
        let dec = vm.call(&cls, &[], &rest)?;
        return vm.call_method(&dec, "decode", &[s.clone()]);
    }
    let a = parse_args(vm, "loads", &[], kw, LOADS_KW, 0)?;
    let text: String = if let Some(st) = s.as_pystr() {
        if st.as_str().starts_with('\u{feff}') {
            return Err(decode_error(
                vm,
                "Unexpected UTF-8 BOM (decode using utf-8-sig)",
                st.as_str(),
                0,
            ));
        }
        String::from(st.as_str())
    } else {
        let bytes = match s.payload() {
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                crate::types::bytes::buffer_bytes(vm, s).unwrap_or_default()
            }
            _ => {
                return vm.type_error(format!(
                    "the JSON object must be str, bytes or bytearray, not {}",
                    vm.type_name(s)
                ))
            }
        };
        let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
        match core::str::from_utf8(body) {
            Ok(t) => String::from(t),
            Err(_) => {
                // Let bytes.decode raise the proper UnicodeDecodeError.
                let b = vm.new_bytes(body.to_vec());
                vm.call_method(&b, "decode", &[Value::str("utf-8")])?;
                return vm.value_error("invalid UTF-8");
            }
        }
    };
    let opt = |i: usize| match &a[i] {
        None | Some(Value::None) => None,
        Some(v) => Some(v.clone()),
    };
    let strict = match &a[6] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let dec = Dec {
        s: &text,
        b: text.as_bytes(),
        strict,
        object_hook: opt(1),
        pairs_hook: opt(5),
        parse_float: opt(2),
        parse_int: opt(3),
        parse_constant: opt(4),
    };
    let i = skip_ws(dec.b, 0);
    let (v, e) = dec.value(vm, i, 0)?;
    let e = skip_ws(dec.b, e);
    if e != dec.b.len() {
        return dec.err(vm, "Extra data", e);
    }
    Ok(v)
}

fn json_loads(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    missing_args(vm, "loads", &["s"], args.len())?;
    if args.len() != 1 {
        return vm.type_error(format!(
            "loads() takes 1 positional argument but {} were given",
            args.len()
        ));
    }
    if split_cls(kw).is_none() {
        check_kw_names(vm, kw, LOADS_KW, "JSONDecoder")?;
    }
    loads_impl(vm, &args[0], kw)
}

fn json_load(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    missing_args(vm, "load", &["fp"], args.len())?;
    if args.len() != 1 {
        return vm.type_error(format!(
            "load() takes 1 positional argument but {} were given",
            args.len()
        ));
    }
    if split_cls(kw).is_none() {
        check_kw_names(vm, kw, LOADS_KW, "JSONDecoder")?;
    }
    let s = vm.call_method(&args[0], "read", &[])?;
    loads_impl(vm, &s, kw)
}

/// Build the `json` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("json");
    let fns: &[(&'static str, NativeFn)] = &[
        ("dumps", json_dumps),
        ("dump", json_dump),
        ("loads", json_loads),
        ("load", json_load),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    let code = vm.compile_source(
        include_str!("json_classes.py"),
        "<frozen json>",
        mprt_syntax::Mode::Exec,
    )?;
    vm.exec_code(code, Vm::module_dict(&m), None)?;
    Ok(m)
}
