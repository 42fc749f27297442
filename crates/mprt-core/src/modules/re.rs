//! `re`: regular expressions on top of the `mprt-re` engine.
//!
//! Subject texts are converted once per call into a vector of code points
//! (bytes become values 0..=255); spans reported by the engine are indices
//! into that vector and are mapped back to `str`/`bytes` slices here.

use crate::gc::GilCell;
use crate::object::*;
use crate::runtime::num::{as_int, IntVal};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::types::{add_methods, new_type, set_type_attr};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;
use mprt_re::{Anchor, Captures, Regex, TemplatePiece};

/// Parse positional/keyword arguments against `names`; the first `required`
/// are mandatory. Returns one slot per name.
pub(crate) fn parse_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kw: &KwArgs,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        return vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            args.len()
        ));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
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
                    "{}() got an unexpected keyword argument '{}'",
                    fname,
                    k.as_str()
                ))
            }
        }
    }
    for i in 0..required {
        if out[i].is_none() {
            return vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            ));
        }
    }
    Ok(out)
}

/// A compiled pattern (`re.Pattern`).
pub struct PatternObj {
    regex: Rc<Regex>,
    pattern: RefCell<Value>,
}

impl NativeObject for PatternObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.pattern.borrow());
    }
    fn clear(&self) {
        *self.pattern.borrow_mut() = Value::None;
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

/// A match result (`re.Match`).
pub struct MatchObj {
    re: RefCell<Value>,
    string: RefCell<Value>,
    regex: Rc<Regex>,
    text: Rc<[u32]>,
    caps: Captures,
    pos: usize,
    endpos: usize,
}

impl NativeObject for MatchObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.re.borrow());
        visit(&self.string.borrow());
    }
    fn clear(&self) {
        *self.re.borrow_mut() = Value::None;
        *self.string.borrow_mut() = Value::None;
    }
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

fn get_pat(v: &Value) -> Option<&PatternObj> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<PatternObj>(),
        _ => None,
    }
}

fn get_match(v: &Value) -> Option<&MatchObj> {
    match v.payload() {
        Some(Payload::Native(n)) => n.as_any().downcast_ref::<MatchObj>(),
        _ => None,
    }
}

fn module_attr(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = vm.import_module("re")?;
    let n = vm.intern(name);
    vm.getattr(&Value::Obj(m), &n)
}

fn class_of(vm: &mut Vm, name: &str) -> PyResult<Ref> {
    match module_attr(vm, name)? {
        Value::Obj(o) => Ok(o),
        _ => vm.type_error("re: broken module"),
    }
}

/// Convert a subject to code points, checking str/bytes compatibility.
fn subject(vm: &mut Vm, v: &Value, is_bytes: bool) -> PyResult<Vec<u32>> {
    if let Some(s) = v.as_pystr() {
        if is_bytes {
            return vm.type_error("cannot use a bytes pattern on a string-like object");
        }
        return Ok(s.as_str().chars().map(|c| c as u32).collect());
    }
    if let Some(b) = crate::types::bytes::buffer_bytes(vm, v) {
        if !is_bytes {
            return vm.type_error("cannot use a string pattern on a bytes-like object");
        }
        return Ok(b.into_iter().map(|c| c as u32).collect());
    }
    vm.type_error(format!(
        "expected string or bytes-like object, got '{}'",
        vm.type_name(v)
    ))
}

fn slice_value(vm: &Vm, text: &[u32], a: usize, b: usize, is_bytes: bool) -> Value {
    let part = &text[a..b];
    if is_bytes {
        vm.new_bytes(part.iter().map(|&c| c as u8).collect())
    } else {
        Value::string(
            part.iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect(),
        )
    }
}

fn raise_re_error(vm: &mut Vm, e: mprt_re::Error, pattern: &Value, pat: &[u32]) -> Value {
    use mprt_re::ErrorKind;
    match e.kind {
        ErrorKind::Value => return vm.new_exc_msg(&vm.exc.value_error, e.msg),
        ErrorKind::Index => return vm.new_exc_msg(&vm.exc.index_error, e.msg),
        ErrorKind::Overflow => return vm.new_exc_msg(&vm.exc.overflow_error, e.msg),
        ErrorKind::Recursion => return vm.new_exc_msg(&vm.exc.recursion_error, e.msg),
        ErrorKind::Re => {}
    }
    let cls = match class_of(vm, "error") {
        Ok(c) => c,
        Err(x) => return x,
    };
    let mut full = e.msg.clone();
    let (mut lineno, mut colno) = (Value::None, Value::None);
    if let Some(p) = e.pos {
        full = format!("{} at position {}", e.msg, p);
        let p = p.min(pat.len());
        let nl = '\n' as u32;
        let line = pat[..p].iter().filter(|&&c| c == nl).count() + 1;
        let col = match pat[..p].iter().rposition(|&c| c == nl) {
            Some(i) => p - i,
            None => p + 1,
        };
        if pat.contains(&nl) {
            full = format!("{} (line {}, column {})", full, line, col);
        }
        lineno = Value::Int(line as i64);
        colno = Value::Int(col as i64);
    }
    let exc = vm.new_exception(&cls, vec![Value::string(full)]);
    let pos = match e.pos {
        Some(p) => Value::Int(p as i64),
        None => Value::None,
    };
    let attrs = [
        ("msg", Value::string(e.msg)),
        (
            "pattern",
            if e.pos.is_some() {
                pattern.clone()
            } else {
                Value::None
            },
        ),
        ("pos", pos),
        ("lineno", lineno),
        ("colno", colno),
    ];
    for (k, v) in attrs {
        let k = vm.intern(k);
        if let Err(x) = vm.setattr(&exc, &k, v) {
            return x;
        }
    }
    exc
}

struct CacheEntry {
    is_bytes: bool,
    pattern: Vec<u32>,
    flags: u32,
    regex: Rc<Regex>,
}

static CACHE: GilCell<Vec<CacheEntry>> = GilCell::new(Vec::new());

/// Forget the compiled-pattern cache (soft reset).
pub(crate) fn reset() {
    let old = CACHE.with(core::mem::take);
    drop(old);
}
const CACHE_MAX: usize = 64;

fn flags_value(vm: &Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0),
        Some(v) => match as_int(v) {
            Some(IntVal::Small(i)) => Ok(i as u32),
            _ => vm.type_error(format!(
                "unsupported operand type(s) for &: '{}' and 'int'",
                vm.type_name(v)
            )),
        },
    }
}

/// `re.compile` logic: returns a Pattern object.
fn compile_value(vm: &mut Vm, pattern: &Value, flags: Option<&Value>) -> PyResult<Value> {
    let fl = flags_value(vm, flags)?;
    if get_pat(pattern).is_some() {
        if fl != 0 {
            return vm.value_error("cannot process flags argument with a compiled pattern");
        }
        return Ok(pattern.clone());
    }
    let (pat, is_bytes) = if let Some(s) = pattern.as_pystr() {
        (
            s.as_str().chars().map(|c| c as u32).collect::<Vec<u32>>(),
            false,
        )
    } else if let Some(b) = match pattern.payload() {
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            crate::types::bytes::buffer_bytes(vm, pattern)
        }
        _ => None,
    } {
        (b.into_iter().map(|c| c as u32).collect(), true)
    } else {
        return vm.type_error("first argument must be string or compiled pattern");
    };
    let cached = CACHE.with(|c| {
        c.iter()
            .find(|e| e.is_bytes == is_bytes && e.flags == fl && e.pattern == pat)
            .map(|e| e.regex.clone())
    });
    let regex = match cached {
        Some(r) => r,
        None => {
            let r = match Regex::new(&pat, fl, is_bytes) {
                Ok(r) => Rc::new(r),
                Err(e) => return Err(raise_re_error(vm, e, pattern, &pat)),
            };
            CACHE.with(|c| {
                if c.len() >= CACHE_MAX {
                    c.remove(0);
                }
                c.push(CacheEntry {
                    is_bytes,
                    pattern: pat,
                    flags: fl,
                    regex: r.clone(),
                });
            });
            r
        }
    };
    let cls = class_of(vm, "Pattern")?;
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(PatternObj {
            regex,
            pattern: RefCell::new(pattern.clone()),
        })),
        None,
    )))
}

fn pat_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a PatternObj> {
    match get_pat(v) {
        Some(p) => Ok(p),
        None => vm.type_error(format!(
            "descriptor requires a 're.Pattern' object but received a '{}'",
            vm.type_name(v)
        )),
    }
}

fn match_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MatchObj> {
    match get_match(v) {
        Some(p) => Ok(p),
        None => vm.type_error(format!(
            "descriptor requires a 're.Match' object but received a '{}'",
            vm.type_name(v)
        )),
    }
}

fn index_arg(vm: &mut Vm, v: Option<&Value>, default: usize, len: usize) -> PyResult<usize> {
    match v {
        None => Ok(default),
        Some(x) => {
            let Some(i) = vm.index_value(x, "")? else {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(x)
                ));
            };
            Ok(if i < 0 {
                (len as i64 + i).max(0) as usize
            } else {
                (i as usize).min(len)
            })
        }
    }
}

fn new_match(
    vm: &mut Vm,
    pat: &Value,
    string: &Value,
    text: &Rc<[u32]>,
    caps: Captures,
    pos: usize,
    endpos: usize,
) -> PyResult<Value> {
    let p = get_pat(pat).unwrap();
    let cls = class_of(vm, "Match")?;
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(MatchObj {
            re: RefCell::new(pat.clone()),
            string: RefCell::new(string.clone()),
            regex: p.regex.clone(),
            text: text.clone(),
            caps,
            pos,
            endpos,
        })),
        None,
    )))
}

fn do_match(
    vm: &mut Vm,
    pat: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
    mode: Anchor,
) -> PyResult<Value> {
    let regex = pat_of(vm, pat)?.regex.clone();
    let text: Rc<[u32]> = subject(vm, string, regex.is_bytes())?.into();
    let n = text.len();
    let pos = index_arg(vm, pos, 0, n)?;
    let endpos = index_arg(vm, endpos, n, n)?;
    match regex.match_at(&text, pos, endpos, mode) {
        Some(c) => new_match(vm, pat, string, &text, c, pos, endpos),
        None => Ok(Value::None),
    }
}

/// All matches following CPython's empty-match rules (at most `limit` if > 0).
fn all_matches(
    regex: &Regex,
    text: &[u32],
    pos: usize,
    endpos: usize,
    limit: usize,
) -> Vec<Captures> {
    let mut out = Vec::new();
    let mut pos = pos;
    let mut must_advance = false;
    while let Some(m) = regex.exec(text, pos, endpos, Anchor::Search, must_advance) {
        let (s, e) = (m.start(), m.end());
        out.push(m);
        if limit > 0 && out.len() >= limit {
            break;
        }
        must_advance = s == e;
        pos = e;
        if pos > endpos {
            break;
        }
    }
    out
}

fn do_findall(
    vm: &mut Vm,
    pat: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let regex = pat_of(vm, pat)?.regex.clone();
    let is_bytes = regex.is_bytes();
    let text = subject(vm, string, is_bytes)?;
    let n = text.len();
    let pos = index_arg(vm, pos, 0, n)?;
    let endpos = index_arg(vm, endpos, n, n)?;
    let ms = all_matches(&regex, &text, pos, endpos, 0);
    let g = regex.groups();
    let mut out = Vec::with_capacity(ms.len());
    for m in ms {
        let grp = |i: usize| match m.span(i) {
            Some((a, b)) => slice_value(vm, &text, a, b, is_bytes),
            None => slice_value(vm, &text, 0, 0, is_bytes),
        };
        let v = match g {
            0 => grp(0),
            1 => grp(1),
            _ => {
                let items: Vec<Value> = (1..=g).map(grp).collect();
                vm.new_tuple(items)
            }
        };
        out.push(v);
    }
    Ok(vm.new_list(out))
}

fn do_finditer(
    vm: &mut Vm,
    pat: &Value,
    string: &Value,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<Value> {
    let regex = pat_of(vm, pat)?.regex.clone();
    let text: Rc<[u32]> = subject(vm, string, regex.is_bytes())?.into();
    let n = text.len();
    let pos = index_arg(vm, pos, 0, n)?;
    let endpos = index_arg(vm, endpos, n, n)?;
    let ms = all_matches(&regex, &text, pos, endpos, 0);
    let mut items = Vec::with_capacity(ms.len());
    for m in ms {
        items.push(new_match(vm, pat, string, &text, m, pos, endpos)?);
    }
    Ok(vm.new_iter(IterState::Values { items, index: 0 }))
}

fn do_split(vm: &mut Vm, pat: &Value, string: &Value, maxsplit: Option<&Value>) -> PyResult<Value> {
    let regex = pat_of(vm, pat)?.regex.clone();
    let is_bytes = regex.is_bytes();
    let text = subject(vm, string, is_bytes)?;
    let maxsplit = match maxsplit {
        None => 0,
        Some(v) => match vm.index_value(v, "")? {
            Some(i) => i,
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            }
        },
    };
    let mut out = Vec::new();
    if maxsplit < 0 {
        out.push(slice_value(vm, &text, 0, text.len(), is_bytes));
        return Ok(vm.new_list(out));
    }
    let ms = all_matches(&regex, &text, 0, text.len(), maxsplit as usize);
    let mut last = 0;
    for m in ms {
        out.push(slice_value(vm, &text, last, m.start(), is_bytes));
        for i in 1..=regex.groups() {
            out.push(match m.span(i) {
                Some((a, b)) => slice_value(vm, &text, a, b, is_bytes),
                None => Value::None,
            });
        }
        last = m.end();
    }
    out.push(slice_value(vm, &text, last, text.len(), is_bytes));
    Ok(vm.new_list(out))
}

fn template_of(vm: &mut Vm, regex: &Regex, repl: &Value) -> PyResult<Vec<TemplatePiece>> {
    let is_bytes = regex.is_bytes();
    let r: Vec<u32> = if let Some(s) = repl.as_pystr() {
        if is_bytes {
            return vm.type_error(format!(
                "sequence item 0: expected a bytes-like object, {} found",
                vm.type_name(repl)
            ));
        }
        s.as_str().chars().map(|c| c as u32).collect()
    } else if let Some(b) = crate::types::bytes::buffer_bytes(vm, repl) {
        if !is_bytes {
            return vm.type_error(format!(
                "sequence item 0: expected str instance, {} found",
                vm.type_name(repl)
            ));
        }
        b.into_iter().map(|c| c as u32).collect()
    } else {
        return vm.type_error(format!(
            "expected {}, {} found",
            if is_bytes {
                "a bytes-like object"
            } else {
                "str instance"
            },
            vm.type_name(repl)
        ));
    };
    match mprt_re::parse_template(&r, regex.groups(), regex.group_names(), is_bytes) {
        Ok(t) => Ok(t),
        Err(e) => Err(raise_re_error(vm, e, repl, &r)),
    }
}

fn expand_into(out: &mut Vec<u32>, tpl: &[TemplatePiece], text: &[u32], m: &Captures) {
    for p in tpl {
        match p {
            TemplatePiece::Literal(l) => out.extend_from_slice(l),
            TemplatePiece::Group(g) => {
                if let Some((a, b)) = m.span(*g) {
                    out.extend_from_slice(&text[a..b]);
                }
            }
        }
    }
}

fn do_sub(
    vm: &mut Vm,
    pat: &Value,
    repl: &Value,
    string: &Value,
    count: Option<&Value>,
    want_n: bool,
) -> PyResult<Value> {
    let regex = pat_of(vm, pat)?.regex.clone();
    let is_bytes = regex.is_bytes();
    let text: Rc<[u32]> = subject(vm, string, is_bytes)?.into();
    let count = match count {
        None => 0,
        Some(v) => match vm.index_value(v, "")? {
            Some(i) => i.max(0) as usize,
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            }
        },
    };
    let callable =
        repl.as_pystr().is_none() && crate::types::bytes::buffer_bytes(vm, repl).is_none();
    let tpl = if callable {
        None
    } else {
        Some(template_of(vm, &regex, repl)?)
    };
    let n = text.len();
    let ms = all_matches(&regex, &text, 0, n, count);
    let nsubs = ms.len();
    let mut out: Vec<u32> = Vec::with_capacity(n);
    let mut last = 0;
    for m in ms {
        out.extend_from_slice(&text[last..m.start()]);
        last = m.end();
        match &tpl {
            Some(t) => expand_into(&mut out, t, &text, &m),
            None => {
                let mv = new_match(vm, pat, string, &text, m, 0, n)?;
                let r = vm.call(repl, &[mv], &[])?;
                if r.is_none() {
                    continue;
                }
                if is_bytes {
                    match crate::types::bytes::buffer_bytes(vm, &r) {
                        Some(b) if r.as_pystr().is_none() => {
                            out.extend(b.into_iter().map(|c| c as u32))
                        }
                        _ => {
                            return vm.type_error(format!(
                                "sequence item {}: expected a bytes-like object, {} found",
                                0,
                                vm.type_name(&r)
                            ))
                        }
                    }
                } else {
                    match r.as_pystr() {
                        Some(s) => out.extend(s.as_str().chars().map(|c| c as u32)),
                        None => {
                            return vm.type_error(format!(
                                "sequence item 0: expected str instance, {} found",
                                vm.type_name(&r)
                            ))
                        }
                    }
                }
            }
        }
    }
    out.extend_from_slice(&text[last..]);
    let res = slice_value(vm, &out, 0, out.len(), is_bytes);
    if want_n {
        Ok(vm.new_tuple(vec![res, Value::Int(nsubs as i64)]))
    } else {
        Ok(res)
    }
}

// ---------------------------------------------------------------------------
// Module-level functions.

fn re_compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let a = parse_args(vm, "compile", args, kw, &["pattern", "flags"], 1)?;
    compile_value(vm, a[0].as_ref().unwrap(), a[1].as_ref())
}

fn module_match(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &KwArgs,
    mode: Anchor,
) -> PyResult<Value> {
    let a = parse_args(vm, name, args, kw, &["pattern", "string", "flags"], 2)?;
    let p = compile_value(vm, a[0].as_ref().unwrap(), a[2].as_ref())?;
    do_match(vm, &p, a[1].as_ref().unwrap(), None, None, mode)
}

fn re_search(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    module_match(vm, "search", args, kw, Anchor::Search)
}
fn re_match(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    module_match(vm, "match", args, kw, Anchor::Match)
}
fn re_fullmatch(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    module_match(vm, "fullmatch", args, kw, Anchor::FullMatch)
}
fn re_findall(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let a = parse_args(vm, "findall", args, kw, &["pattern", "string", "flags"], 2)?;
    let p = compile_value(vm, a[0].as_ref().unwrap(), a[2].as_ref())?;
    do_findall(vm, &p, a[1].as_ref().unwrap(), None, None)
}
fn re_finditer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let a = parse_args(vm, "finditer", args, kw, &["pattern", "string", "flags"], 2)?;
    let p = compile_value(vm, a[0].as_ref().unwrap(), a[2].as_ref())?;
    do_finditer(vm, &p, a[1].as_ref().unwrap(), None, None)
}
fn re_sub_impl(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &KwArgs,
    want_n: bool,
) -> PyResult<Value> {
    let a = parse_args(
        vm,
        name,
        args,
        kw,
        &["pattern", "repl", "string", "count", "flags"],
        3,
    )?;
    let p = compile_value(vm, a[0].as_ref().unwrap(), a[4].as_ref())?;
    do_sub(
        vm,
        &p,
        a[1].as_ref().unwrap(),
        a[2].as_ref().unwrap(),
        a[3].as_ref(),
        want_n,
    )
}
fn re_sub(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    re_sub_impl(vm, "sub", args, kw, false)
}
fn re_subn(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    re_sub_impl(vm, "subn", args, kw, true)
}
fn re_split(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let a = parse_args(
        vm,
        "split",
        args,
        kw,
        &["pattern", "string", "maxsplit", "flags"],
        2,
    )?;
    let p = compile_value(vm, a[0].as_ref().unwrap(), a[3].as_ref())?;
    do_split(vm, &p, a[1].as_ref().unwrap(), a[2].as_ref())
}
fn re_escape(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let a = parse_args(vm, "escape", args, kw, &["pattern"], 1)?;
    let v = a[0].as_ref().unwrap();
    if let Some(s) = v.as_pystr() {
        let t: Vec<u32> = s.as_str().chars().map(|c| c as u32).collect();
        let e = mprt_re::escape(&t);
        return Ok(slice_value(vm, &e, 0, e.len(), false));
    }
    if let Some(b) = crate::types::bytes::buffer_bytes(vm, v) {
        let t: Vec<u32> = b.into_iter().map(|c| c as u32).collect();
        let e = mprt_re::escape(&t);
        return Ok(slice_value(vm, &e, 0, e.len(), true));
    }
    vm.type_error(format!("expected str or bytes, got '{}'", vm.type_name(v)))
}
fn re_purge(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    CACHE.with(|c| c.clear());
    Ok(Value::None)
}

// ---------------------------------------------------------------------------
// Pattern methods.

fn pattern_method(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &KwArgs,
    mode: Anchor,
) -> PyResult<Value> {
    pat_of(vm, &args[0])?;
    let a = parse_args(vm, name, &args[1..], kw, &["string", "pos", "endpos"], 1)?;
    do_match(
        vm,
        &args[0],
        a[0].as_ref().unwrap(),
        a[1].as_ref(),
        a[2].as_ref(),
        mode,
    )
}
fn pat_search(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pattern_method(vm, "search", args, kw, Anchor::Search)
}
fn pat_match(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pattern_method(vm, "match", args, kw, Anchor::Match)
}
fn pat_fullmatch(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pattern_method(vm, "fullmatch", args, kw, Anchor::FullMatch)
}
fn pat_findall(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pat_of(vm, &args[0])?;
    let a = parse_args(
        vm,
        "findall",
        &args[1..],
        kw,
        &["string", "pos", "endpos"],
        1,
    )?;
    do_findall(
        vm,
        &args[0],
        a[0].as_ref().unwrap(),
        a[1].as_ref(),
        a[2].as_ref(),
    )
}
fn pat_finditer(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pat_of(vm, &args[0])?;
    let a = parse_args(
        vm,
        "finditer",
        &args[1..],
        kw,
        &["string", "pos", "endpos"],
        1,
    )?;
    do_finditer(
        vm,
        &args[0],
        a[0].as_ref().unwrap(),
        a[1].as_ref(),
        a[2].as_ref(),
    )
}
fn pat_sub(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pat_of(vm, &args[0])?;
    let a = parse_args(vm, "sub", &args[1..], kw, &["repl", "string", "count"], 2)?;
    do_sub(
        vm,
        &args[0],
        a[0].as_ref().unwrap(),
        a[1].as_ref().unwrap(),
        a[2].as_ref(),
        false,
    )
}
fn pat_subn(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pat_of(vm, &args[0])?;
    let a = parse_args(vm, "subn", &args[1..], kw, &["repl", "string", "count"], 2)?;
    do_sub(
        vm,
        &args[0],
        a[0].as_ref().unwrap(),
        a[1].as_ref().unwrap(),
        a[2].as_ref(),
        true,
    )
}
fn pat_split(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pat_of(vm, &args[0])?;
    let a = parse_args(vm, "split", &args[1..], kw, &["string", "maxsplit"], 1)?;
    do_split(vm, &args[0], a[0].as_ref().unwrap(), a[1].as_ref())
}

fn flags_repr(flags: u32, is_bytes: bool) -> String {
    let mut f = flags;
    if !is_bytes && f & (mprt_re::LOCALE | mprt_re::UNICODE | mprt_re::ASCII) == mprt_re::UNICODE {
        f &= !mprt_re::UNICODE;
    }
    let names: &[(u32, &str)] = &[
        (mprt_re::TEMPLATE, "re.TEMPLATE"),
        (mprt_re::IGNORECASE, "re.IGNORECASE"),
        (mprt_re::LOCALE, "re.LOCALE"),
        (mprt_re::MULTILINE, "re.MULTILINE"),
        (mprt_re::DOTALL, "re.DOTALL"),
        (mprt_re::UNICODE, "re.UNICODE"),
        (mprt_re::VERBOSE, "re.VERBOSE"),
        (mprt_re::DEBUG, "re.DEBUG"),
        (mprt_re::ASCII, "re.ASCII"),
    ];
    let mut parts: Vec<String> = Vec::new();
    for &(b, n) in names {
        if f & b != 0 {
            parts.push(n.into());
            f &= !b;
        }
    }
    if f != 0 {
        parts.push(format!("0x{:x}", f));
    }
    parts.join("|")
}

fn pat_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let p = pat_of(vm, &args[0])?;
    let regex = p.regex.clone();
    let pv = p.pattern.borrow().clone();
    let r = vm.repr(&pv)?;
    let mut rs: String = r.as_str().chars().take(200).collect();
    let fl = flags_repr(regex.flags(), regex.is_bytes());
    if !fl.is_empty() {
        rs = format!("{}, {}", rs, fl);
    }
    Ok(Value::string(format!("re.compile({})", rs)))
}

fn pat_pattern(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = pat_of(vm, &args[0])?.pattern.borrow().clone();
    Ok(v)
}
fn pat_flags(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(pat_of(vm, &args[0])?.regex.flags() as i64))
}
fn pat_groups(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(pat_of(vm, &args[0])?.regex.groups() as i64))
}
fn pat_groupindex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let regex = pat_of(vm, &args[0])?.regex.clone();
    let d = vm.new_dict();
    for (n, i) in regex.group_names() {
        vm.dict_set(&d, Value::str(n), Value::Int(*i as i64))?;
    }
    Ok(d)
}
fn pat_eq(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let a = pat_of(vm, &args[0])?;
    let Some(b) = args.get(1).and_then(get_pat) else {
        return Ok(Value::NotImplemented);
    };
    if Rc::ptr_eq(&a.regex, &b.regex) {
        return Ok(Value::Bool(true));
    }
    if a.regex.flags() != b.regex.flags() || a.regex.is_bytes() != b.regex.is_bytes() {
        return Ok(Value::Bool(false));
    }
    let (x, y) = (a.pattern.borrow().clone(), b.pattern.borrow().clone());
    Ok(Value::Bool(vm.eq(&x, &y)?))
}
fn pat_hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let p = pat_of(vm, &args[0])?;
    let f = p.regex.flags() as i64;
    let x = p.pattern.borrow().clone();
    let h = vm.hash(&x)?;
    Ok(Value::Int(h ^ f))
}

// ---------------------------------------------------------------------------
// Match methods.

impl MatchObj {
    fn group_value(&self, vm: &Vm, g: usize, default: &Value) -> Value {
        match self.caps.span(g) {
            Some((a, b)) => slice_value(vm, &self.text, a, b, self.regex.is_bytes()),
            None => default.clone(),
        }
    }
}

fn group_index(vm: &mut Vm, m: &MatchObj, g: &Value) -> PyResult<usize> {
    if let Some(s) = g.as_pystr() {
        if let Some(i) = m.regex.group_index(s.as_str()) {
            return Ok(i);
        }
        return vm.index_error("no such group");
    }
    let i = match as_int(g) {
        Some(IntVal::Small(i)) => i,
        Some(IntVal::Big(_)) => -1,
        None => match vm.index_value(g, "")? {
            Some(i) => i,
            None => return vm.index_error("no such group"),
        },
    };
    if i < 0 || i as usize > m.regex.groups() {
        return vm.index_error("no such group");
    }
    Ok(i as usize)
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    if args.len() <= 1 {
        return Ok(m.group_value(vm, 0, &Value::None));
    }
    if args.len() == 2 {
        let i = group_index(vm, m, &args[1])?;
        return Ok(m.group_value(vm, i, &Value::None));
    }
    let mut out = Vec::new();
    for g in &args[1..] {
        let i = group_index(vm, m, g)?;
        out.push(m.group_value(vm, i, &Value::None));
    }
    Ok(vm.new_tuple(out))
}
fn m_getitem(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let i = group_index(vm, m, &args[1])?;
    Ok(m.group_value(vm, i, &Value::None))
}
fn m_groups(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let a = parse_args(vm, "groups", &args[1..], kw, &["default"], 0)?;
    let d = a[0].clone().unwrap_or(Value::None);
    let items: Vec<Value> = (1..=m.regex.groups())
        .map(|i| m.group_value(vm, i, &d))
        .collect();
    Ok(vm.new_tuple(items))
}
fn m_groupdict(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let a = parse_args(vm, "groupdict", &args[1..], kw, &["default"], 0)?;
    let d = a[0].clone().unwrap_or(Value::None);
    let out = vm.new_dict();
    let names: Vec<(String, usize)> = m.regex.group_names().to_vec();
    for (n, i) in names {
        let v = m.group_value(vm, i, &d);
        vm.dict_set(&out, Value::string(n), v)?;
    }
    Ok(out)
}
fn m_span_of(vm: &mut Vm, args: &[Value], kw: &KwArgs, fname: &str) -> PyResult<(i64, i64)> {
    let m = match_of(vm, &args[0])?;
    let a = parse_args(vm, fname, &args[1..], kw, &["group"], 0)?;
    let i = match &a[0] {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(match m.caps.span(i) {
        Some((s, e)) => (s as i64, e as i64),
        None => (-1, -1),
    })
}
fn m_start(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(m_span_of(vm, args, kw, "start")?.0))
}
fn m_end(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(m_span_of(vm, args, kw, "end")?.1))
}
fn m_span(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, e) = m_span_of(vm, args, kw, "span")?;
    Ok(vm.new_tuple(vec![Value::Int(s), Value::Int(e)]))
}
fn m_expand(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let a = parse_args(vm, "expand", &args[1..], kw, &["template"], 1)?;
    let regex = m.regex.clone();
    let tpl = template_of(vm, &regex, a[0].as_ref().unwrap())?;
    let m = match_of(vm, &args[0])?;
    let mut out = Vec::new();
    expand_into(&mut out, &tpl, &m.text, &m.caps);
    Ok(slice_value(vm, &out, 0, out.len(), regex.is_bytes()))
}
fn m_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let g = m.group_value(vm, 0, &Value::None);
    let (s, e) = (m.caps.start(), m.caps.end());
    let r = vm.repr(&g)?;
    Ok(Value::string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        s,
        e,
        r.as_str()
    )))
}
fn m_string(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = match_of(vm, &args[0])?.string.borrow().clone();
    Ok(v)
}
fn m_re(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = match_of(vm, &args[0])?.re.borrow().clone();
    Ok(v)
}
fn m_pos(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match_of(vm, &args[0])?.pos as i64))
}
fn m_endpos(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match_of(vm, &args[0])?.endpos as i64))
}
fn m_lastindex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(match match_of(vm, &args[0])?.caps.lastindex {
        Some(i) => Value::Int(i as i64),
        None => Value::None,
    })
}
fn m_lastgroup(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let Some(li) = m.caps.lastindex else {
        return Ok(Value::None);
    };
    Ok(m.regex
        .group_names()
        .iter()
        .find(|(_, i)| *i == li)
        .map(|(n, _)| Value::str(n))
        .unwrap_or(Value::None))
}
fn m_regs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let m = match_of(vm, &args[0])?;
    let spans: Vec<(i64, i64)> = (0..=m.regex.groups())
        .map(|i| match m.caps.span(i) {
            Some((a, b)) => (a as i64, b as i64),
            None => (-1, -1),
        })
        .collect();
    let items: Vec<Value> = spans
        .into_iter()
        .map(|(a, b)| vm.new_tuple(vec![Value::Int(a), Value::Int(b)]))
        .collect();
    Ok(vm.new_tuple(items))
}

/// Install `name` as a read-only property backed by `f` on `ty`.
pub(crate) fn add_property(vm: &mut Vm, ty: &Ref, name: &'static str, f: NativeFn) {
    let g = vm.new_builtin(name, f);
    let p = vm.new_readonly_property(g);
    set_type_attr(ty, name, p);
}

/// Build the `re` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("re");
    let obj = vm.types.object.clone();
    let pat_ty = new_type(&vm.types, "Pattern", &[obj.clone()], BaseKind::Other, false);
    add_methods(
        &vm.types,
        &pat_ty,
        &[
            ("Pattern.search", pat_search),
            ("Pattern.match", pat_match),
            ("Pattern.fullmatch", pat_fullmatch),
            ("Pattern.findall", pat_findall),
            ("Pattern.finditer", pat_finditer),
            ("Pattern.sub", pat_sub),
            ("Pattern.subn", pat_subn),
            ("Pattern.split", pat_split),
            ("Pattern.__repr__", pat_repr),
            ("Pattern.__eq__", pat_eq),
            ("Pattern.__hash__", pat_hash),
        ],
    );
    add_property(vm, &pat_ty, "pattern", pat_pattern);
    add_property(vm, &pat_ty, "flags", pat_flags);
    add_property(vm, &pat_ty, "groups", pat_groups);
    add_property(vm, &pat_ty, "groupindex", pat_groupindex);
    set_type_attr(&pat_ty, "__module__", Value::str("re"));
    let match_ty = new_type(&vm.types, "Match", &[obj], BaseKind::Other, false);
    add_methods(
        &vm.types,
        &match_ty,
        &[
            ("Match.group", m_group),
            ("Match.groups", m_groups),
            ("Match.groupdict", m_groupdict),
            ("Match.start", m_start),
            ("Match.end", m_end),
            ("Match.span", m_span),
            ("Match.expand", m_expand),
            ("Match.__getitem__", m_getitem),
            ("Match.__repr__", m_repr),
        ],
    );
    add_property(vm, &match_ty, "string", m_string);
    add_property(vm, &match_ty, "re", m_re);
    add_property(vm, &match_ty, "pos", m_pos);
    add_property(vm, &match_ty, "endpos", m_endpos);
    add_property(vm, &match_ty, "lastindex", m_lastindex);
    add_property(vm, &match_ty, "lastgroup", m_lastgroup);
    add_property(vm, &match_ty, "regs", m_regs);
    set_type_attr(&match_ty, "__module__", Value::str("re"));
    let err = new_type(
        &vm.types,
        "error",
        &[vm.exc.exception.clone()],
        BaseKind::Exception,
        true,
    );
    set_type_attr(&err, "__module__", Value::str("re"));
    vm.set_attr_str(&m, "Pattern", Value::Obj(pat_ty));
    vm.set_attr_str(&m, "Match", Value::Obj(match_ty));
    vm.set_attr_str(&m, "error", Value::Obj(err));
    let fns: &[(&'static str, NativeFn)] = &[
        ("compile", re_compile),
        ("search", re_search),
        ("match", re_match),
        ("fullmatch", re_fullmatch),
        ("findall", re_findall),
        ("finditer", re_finditer),
        ("sub", re_sub),
        ("subn", re_subn),
        ("split", re_split),
        ("escape", re_escape),
        ("purge", re_purge),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    // The flag constants and their RegexFlag type are Python (re_flags.py).
    let code = vm.compile_source(
        include_str!("re_flags.py"),
        "<frozen re>",
        mprt_syntax::Mode::Exec,
    )?;
    vm.exec_code(code, Vm::module_dict(&m), None)?;
    Ok(m)
}
