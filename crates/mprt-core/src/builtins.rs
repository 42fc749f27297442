//! The `builtins` module: built-in functions and the names of built-in types.

use crate::object::*;
use crate::runtime::num::{as_float, as_int, IntVal};
use crate::str::PyStr;
use crate::types::dict::{dict_get_str, dict_set_str};
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use mprt_compiler::bytecode::cmpop;

/// Look up a keyword argument by name.
pub fn kwarg<'a>(kw: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

/// Reject keyword arguments other than `allowed`.
pub fn check_kwargs(vm: &Vm, fname: &str, kw: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
        if !allowed.contains(&k.as_str()) {
            return vm.type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                fname,
                k.as_str()
            ));
        }
    }
    Ok(())
}

/// Reject any keyword argument: "f() takes no keyword arguments".
pub fn no_kw(vm: &Vm, fname: &str, kw: &KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return vm.type_error(format!("{}() takes no keyword arguments", fname));
    }
    Ok(())
}

/// Reject keyword arguments other than `allowed`, in the style
/// "'x' is an invalid keyword argument for f()".
pub fn check_kwargs_invalid(vm: &Vm, fname: &str, kw: &KwArgs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kw {
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

/// Check the positional argument count.
pub fn check_args(vm: &Vm, fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        if min == max {
            if min == 1 {
                return vm.type_error(format!(
                    "{}() takes exactly one argument ({} given)",
                    fname,
                    args.len()
                ));
            }
            return vm.type_error(format!(
                "{} expected {} arguments, got {}",
                fname,
                min,
                args.len()
            ));
        }
        if args.len() < min {
            return vm.type_error(format!(
                "{} expected at least {} argument{}, got {}",
                fname,
                min,
                if min == 1 { "" } else { "s" },
                args.len()
            ));
        }
        return vm.type_error(format!(
            "{} expected at most {} argument{}, got {}",
            fname,
            max,
            if max == 1 { "" } else { "s" },
            args.len()
        ));
    }
    Ok(())
}

fn bi_print(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kwargs_invalid(vm, "print", kw, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kw, "sep") {
        Some(Value::None) | None => String::from(" "),
        Some(v) => match v.as_pystr() {
            Some(s) => String::from(s.as_str()),
            None => {
                return vm.type_error(format!(
                    "sep must be None or a string, not {}",
                    vm.type_name(v)
                ))
            }
        },
    };
    let end = match kwarg(kw, "end") {
        Some(Value::None) | None => String::from("\n"),
        Some(v) => match v.as_pystr() {
            Some(s) => String::from(s.as_str()),
            None => {
                return vm.type_error(format!(
                    "end must be None or a string, not {}",
                    vm.type_name(v)
                ))
            }
        },
    };
    // A Python-level file object gets one write() per piece, as in CPython.
    let target = match kwarg(kw, "file") {
        Some(f) if !f.is_none() => Some(f.clone()),
        _ => {
            // Honour a replaced sys.stdout (e.g. contextlib.redirect_stdout).
            let so = crate::types::dict::dict_get_str(&Vm::module_dict(&vm.sys), "stdout");
            match so {
                Some(f) if !f.is_none() && !crate::modules::sys::is_std_stream(&f) => Some(f),
                _ => None,
            }
        }
    };
    match target {
        Some(f) => {
            let has_file = matches!(kwarg(kw, "file"), Some(v) if !v.is_none());
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    vm.call_method(&f, "write", &[Value::string(sep.clone())])?;
                }
                let s = vm.to_str(a)?;
                vm.call_method(&f, "write", &[Value::Str(s)])?;
            }
            vm.call_method(&f, "write", &[Value::string(end)])?;
            if has_file && matches!(kwarg(kw, "flush"), Some(Value::Bool(true))) {
                let _ = vm.call_method(&f, "flush", &[]);
            }
        }
        None => {
            let mut out = String::new();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                out.push_str(vm.to_str(a)?.as_str());
            }
            out.push_str(&end);
            vm.write_stdout(out.as_bytes())?;
        }
    }
    Ok(Value::None)
}

/// Text printed by `help()` with no argument (MicroPython-style).
const HELP_TEXT: &str = concat!(
    "Welcome to MicroPython!\n",
    "\n",
    "For online docs please visit http://docs.micropython.org/\n",
    "\n",
    "Control commands:\n",
    "  CTRL-C        -- interrupt a running program\n",
    "  CTRL-D        -- on a blank line, exit\n",
    "  CTRL-E        -- on a blank line, enter paste mode\n",
    "\n",
    "For further help on a specific object, type help(obj)\n",
    "For a list of available modules, type help('modules')\n",
);

/// `help([obj])`: general help, `help('modules')`, or the attributes of obj.
fn bi_help(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "help", args, 0, 1)?;
    let mut out = String::new();
    match args.first() {
        None => out.push_str(HELP_TEXT),
        Some(Value::Str(s)) if s.as_str() == "modules" => {
            let mut names: Vec<String> = crate::modules::native_modules()
                .iter()
                .map(|(n, _)| n.to_string())
                .collect();
            names.extend(vm.frozen.iter().map(|(n, _, _)| n.to_string()));
            names.push("builtins".into());
            names.push("sys".into());
            names.sort();
            names.dedup();
            for row in names.chunks(4) {
                let cells: Vec<String> = row.iter().map(|n| format!("{:<19}", n)).collect();
                out.push_str(cells.join(" ").trim_end());
                out.push('\n');
            }
            out.push_str("Plus any modules on the filesystem\n");
        }
        Some(obj) => {
            let obj = obj.clone();
            let r = vm.repr(&obj)?;
            let tn = vm.type_name(&obj);
            out.push_str(&format!("object {} is of type {}\n", r.as_str(), tn));
            let is_container = matches!(
                obj.payload(),
                Some(Payload::Type(_)) | Some(Payload::Module(_))
            );
            let target = if is_container {
                obj.clone()
            } else {
                Value::Obj(vm.type_of(&obj))
            };
            for name in dir_of(vm, &target)? {
                let Value::Str(n) = &name else { continue };
                if n.as_str().starts_with("__") {
                    continue;
                }
                let key = vm.intern(n.as_str());
                if let Some(v) = vm.getattr_opt(&target, &key)? {
                    let vr = vm.repr(&v)?;
                    out.push_str(&format!("  {} -- {}\n", n.as_str(), vr.as_str()));
                }
            }
        }
    }
    vm.write_stdout(out.as_bytes())?;
    Ok(Value::None)
}

fn bi_len(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "len", kw)?;
    check_args(vm, "len", args, 1, 1)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn bi_repr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "repr", kw)?;
    check_args(vm, "repr", args, 1, 1)?;
    Ok(Value::Str(vm.repr(&args[0])?))
}

fn bi_ascii(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "ascii", kw)?;
    check_args(vm, "ascii", args, 1, 1)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(crate::types::str::ascii_escape(r.as_str())))
}

fn classinfo_check(vm: &mut Vm, v: &Value, ci: &Value, fname: &str, sub: bool) -> PyResult<bool> {
    match ci {
        Value::Obj(o) => match &o.payload {
            Payload::Type(_) => {
                // Metaclass hooks.
                let meta = vm.type_of(ci);
                if !Rc::ptr_eq(&meta, &vm.types.type_) {
                    let hook = if sub {
                        "__subclasscheck__"
                    } else {
                        "__instancecheck__"
                    };
                    if let Some(h) = vm.lookup_type(&meta, hook) {
                        if !crate::vm::call::is_builtin_fn(&h, &format!("type.{}", hook)) {
                            let r = vm.call(&h, &[ci.clone(), v.clone()], &[])?;
                            return vm.truthy(&r);
                        }
                    }
                }
                if sub {
                    match v {
                        Value::Obj(vo) if vo.type_data().is_some() => Ok(vm.is_subclass(vo, o)),
                        _ => vm.type_error("issubclass() arg 1 must be a class"),
                    }
                } else {
                    Ok(vm.isinstance(v, o))
                }
            }
            Payload::Tuple(items) => {
                for it in items.iter() {
                    if classinfo_check(vm, v, it, fname, sub)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let cls = vm.type_of(ci);
                let hook = if sub {
                    "__subclasscheck__"
                } else {
                    "__instancecheck__"
                };
                if let Some(h) = vm.lookup_type(&cls, hook) {
                    let r = vm.call(&h, &[ci.clone(), v.clone()], &[])?;
                    return vm.truthy(&r);
                }
                vm.type_error(format!(
                    "{}() arg 2 must be a {}, a tuple of {}, or a union",
                    fname,
                    if sub { "class" } else { "type" },
                    if sub { "classes" } else { "types" }
                ))
            }
        },
        _ => vm.type_error(format!(
            "{}() arg 2 must be a {}, a tuple of {}, or a union",
            fname,
            if sub { "class" } else { "type" },
            if sub { "classes" } else { "types" }
        )),
    }
}

fn bi_isinstance(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "isinstance", kw)?;
    check_args(vm, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(classinfo_check(
        vm,
        &args[0],
        &args[1],
        "isinstance",
        false,
    )?))
}

fn bi_issubclass(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "issubclass", kw)?;
    check_args(vm, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(classinfo_check(
        vm,
        &args[0],
        &args[1],
        "issubclass",
        true,
    )?))
}

fn attr_name(vm: &mut Vm, v: &Value, f: &str) -> PyResult<Rc<PyStr>> {
    match v.as_pystr() {
        Some(s) => Ok(vm.intern(s.as_str())),
        None => {
            let _ = f;
            vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(v)
            ))
        }
    }
}

fn bi_getattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "getattr", kw)?;
    check_args(vm, "getattr", args, 2, 3)?;
    let n = attr_name(vm, &args[1], "getattr")?;
    match args.get(2) {
        None => vm.getattr(&args[0], &n),
        Some(d) => match vm.getattr_opt(&args[0], &n) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(d.clone()),
            Err(e) => {
                if vm.exc_matches(&e, &vm.exc.attribute_error.clone()) {
                    Ok(d.clone())
                } else {
                    Err(e)
                }
            }
        },
    }
}

fn bi_hasattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "hasattr", kw)?;
    check_args(vm, "hasattr", args, 2, 2)?;
    let n = attr_name(vm, &args[1], "hasattr")?;
    match vm.getattr_opt(&args[0], &n) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) => {
            if vm.exc_matches(&e, &vm.exc.attribute_error.clone()) {
                Ok(Value::Bool(false))
            } else {
                Err(e)
            }
        }
    }
}

fn bi_setattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "setattr", kw)?;
    check_args(vm, "setattr", args, 3, 3)?;
    let n = attr_name(vm, &args[1], "setattr")?;
    vm.setattr(&args[0], &n, args[2].clone())?;
    Ok(Value::None)
}

fn bi_delattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "delattr", kw)?;
    check_args(vm, "delattr", args, 2, 2)?;
    let n = attr_name(vm, &args[1], "delattr")?;
    vm.delattr(&args[0], &n)?;
    Ok(Value::None)
}

fn bi_id(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "id", kw)?;
    check_args(vm, "id", args, 1, 1)?;
    Ok(Value::Int(args[0].id() as i64 & i64::MAX))
}

fn bi_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "hash", kw)?;
    check_args(vm, "hash", args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args[0])?))
}

fn bi_abs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "abs", kw)?;
    check_args(vm, "abs", args, 1, 1)?;
    let v = &args[0];
    if crate::runtime::ops::is_builtin_value(v) {
        if let Some(i) = as_int(v) {
            return Ok(match i {
                IntVal::Small(x) => match x.checked_abs() {
                    Some(a) => Value::Int(a),
                    None => vm.new_bigint(num_bigint::BigInt::from(x).magnitude().clone().into()),
                },
                IntVal::Big(b) => vm.new_bigint(b.magnitude().clone().into()),
            });
        }
        if let Some(f) = as_float(v) {
            return Ok(Value::Float(f.abs()));
        }
        if let Some(Payload::Complex(r, i)) = v.payload() {
            return Ok(Value::Float(crate::fmath::hypot(*r, *i)));
        }
    }
    let cls = vm.type_of(v);
    match vm.lookup_type(&cls, "__abs__") {
        Some(m) => vm.call(&m, &[v.clone()], &[]),
        None => vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))),
    }
}

fn minmax(vm: &mut Vm, args: &[Value], kw: &KwArgs, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    check_kwargs_invalid(vm, name, kw, &["key", "default"])?;
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let default = kwarg(kw, "default").cloned();
    let items = if args.len() == 1 {
        vm.iterate(&args[0])?
    } else if args.is_empty() {
        return vm.type_error(format!("{} expected at least 1 argument, got 0", name));
    } else {
        if default.is_some() {
            return vm.type_error(format!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            ));
        }
        args.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()], &[])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let op = if is_max { cmpop::GT } else { cmpop::LT };
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => vm.value_error(format!("{}() arg is an empty sequence", name)),
        },
    }
}

fn bi_max(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    minmax(vm, args, kw, true)
}

fn bi_min(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    minmax(vm, args, kw, false)
}

fn bi_sum(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kwargs_invalid(vm, "sum", kw, &["start"])?;
    if args.is_empty() {
        return vm.type_error("sum() takes at least 1 positional argument (0 given)");
    }
    if args.len() + kw.len() > 2 {
        return vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let mut acc = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start").cloned())
        .unwrap_or(Value::Int(0));
    if acc.as_pystr().is_some() {
        return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    if matches!(acc.payload(), Some(Payload::Bytes(_))) {
        return vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]");
    }
    if matches!(acc.payload(), Some(Payload::ByteArray(_))) {
        return vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &x, mprt_compiler::bytecode::binop::ADD)?,
        };
    }
    Ok(acc)
}

/// Sort values in place (stable), with an optional key function.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut out = Vec::with_capacity(items.len());
            for it in items.iter() {
                out.push(vm.call(k, &[it.clone()], &[])?);
            }
            out
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Merge sort on indices with fallible comparisons.
    let mut err: Option<Value> = None;
    let mut less = |vm: &mut Vm, a: usize, b: usize| -> bool {
        if err.is_some() {
            return false;
        }
        let (x, y) = if reverse {
            (&keys[b], &keys[a])
        } else {
            (&keys[a], &keys[b])
        };
        let r = match (x, y) {
            (Value::Int(p), Value::Int(q)) => return p < q,
            (Value::Float(p), Value::Float(q)) => return p < q,
            (Value::Str(p), Value::Str(q)) => return p.as_str() < q.as_str(),
            _ => vm.compare(x, y, cmpop::LT).and_then(|r| vm.truthy(&r)),
        };
        match r {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort(vm, &mut idx, &mut less);
    if let Some(e) = err {
        return Err(e);
    }
    let old = core::mem::take(items);
    *items = idx.into_iter().map(|i| old[i].clone()).collect();
    Ok(())
}

fn merge_sort(
    vm: &mut Vm,
    v: &mut Vec<usize>,
    less: &mut dyn FnMut(&mut Vm, usize, usize) -> bool,
) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Insertion sort for small runs, then bottom-up merges.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf = v.clone();
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if less(vm, v[j], v[i]) {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            while i < mid {
                buf[k] = v[i];
                i += 1;
                k += 1;
            }
            while j < hi {
                buf[k] = v[j];
                j += 1;
                k += 1;
            }
            lo = hi;
        }
        core::mem::swap(v, &mut buf);
        width *= 2;
    }
}

fn bi_sorted(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return vm.type_error(format!("sorted expected 1 argument, got {}", args.len()));
    }
    for (k, _) in kw {
        if k.as_str() != "key" && k.as_str() != "reverse" {
            return vm.type_error(format!(
                "'{}' is an invalid keyword argument for sort()",
                k.as_str()
            ));
        }
    }
    let mut items = vm.iterate(&args[0])?;
    let key = kwarg(kw, "key").cloned().filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => match vm.index_value(&r.clone(), "")? {
            Some(n) => n != 0,
            None => {
                let tn = vm.type_name(r);
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    tn
                ));
            }
        },
        None => false,
    };
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(vm.new_list(items))
}

fn bi_iter(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "iter", kw)?;
    check_args(vm, "iter", args, 1, 2)?;
    if args.len() == 2 {
        let c = callable_fn(vm, &args[..1], &[])?;
        if !vm.truthy(&c)? {
            return vm.type_error("iter(v, w): v must be callable");
        }
        return Ok(vm.new_iter(IterState::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }));
    }
    vm.get_iter(&args[0])
}

fn bi_next(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "next", kw)?;
    check_args(vm, "next", args, 1, 2)?;
    let it = &args[0];
    let cls = vm.type_of(it);
    let is_agen = matches!(it.payload(), Some(Payload::Generator(g)) if g.borrow().kind == GenKind::AsyncGenerator);
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        && !is_agen
        || vm.lookup_type(&cls, "__next__").is_some();
    if !is_iter {
        return vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)));
    }
    // Call __next__ directly so a StopIteration value is preserved.
    match it.payload() {
        Some(Payload::Iter(_)) | Some(Payload::Generator(_)) => match vm.next(it)? {
            Some(v) => Ok(v),
            None => {
                let sv = vm.take_stop_value();
                match args.get(1) {
                    Some(d) => Ok(d.clone()),
                    None => Err(if sv.is_none() {
                        vm.new_exception(&vm.exc.stop_iteration, Vec::new())
                    } else {
                        vm.new_exception(&vm.exc.stop_iteration, vec![sv])
                    }),
                }
            }
        },
        _ => {
            let m = vm.lookup_type(&cls, "__next__").unwrap();
            match vm.call(&m, &[it.clone()], &[]) {
                Ok(v) => Ok(v),
                Err(e) => {
                    if args.len() == 2 && vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) {
                        Ok(args[1].clone())
                    } else {
                        Err(e)
                    }
                }
            }
        }
    }
}

/// `callable(x)`.
pub fn callable_fn(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "callable", kw)?;
    check_args(vm, "callable", args, 1, 1)?;
    let v = &args[0];
    let r = match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod { .. }
            | Payload::Type(_),
        ) => true,
        _ => {
            let cls = vm.type_of(v);
            vm.lookup_type(&cls, "__call__").is_some()
        }
    };
    Ok(Value::Bool(r))
}

fn bi_chr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "chr", kw)?;
    check_args(vm, "chr", args, 1, 1)?;
    if let Some(IntVal::Big(_)) = as_int(&args[0]) {
        return vm.overflow_error("Python int too large to convert to C int");
    }
    let Some(i) = vm.index_value(&args[0], "")? else {
        return vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&args[0])
        ));
    };
    if i > i32::MAX as i64 || i < i32::MIN as i64 {
        return vm.overflow_error("Python int too large to convert to C int");
    }
    if !(0..=0x10ffff).contains(&i) {
        return vm.value_error("chr() arg not in range(0x110000)");
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.char_value(c)),
        None => vm.value_error("chr() arg is a surrogate, which MicroPythonRT cannot represent"),
    }
}

fn bi_ord(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "ord", kw)?;
    check_args(vm, "ord", args, 1, 1)?;
    let v = &args[0];
    if let Some(s) = v.as_pystr() {
        let n = s.char_len();
        if n != 1 {
            return vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                n
            ));
        }
        return Ok(Value::Int(s.as_str().chars().next().unwrap() as i64));
    }
    if let Some(b) = crate::types::bytes::buffer_bytes(vm, v) {
        if b.len() != 1 {
            return vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            ));
        }
        return Ok(Value::Int(b[0] as i64));
    }
    vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        vm.type_name(v)
    ))
}

fn radix(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    f: fn(&num_bigint::BigInt) -> String,
) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let v = &args[0];
    let i = match as_int(v) {
        Some(i) => i.big().into_owned(),
        None => match vm.index_value(v, "")? {
            Some(i) => num_bigint::BigInt::from(i),
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(v)
                ))
            }
        },
    };
    Ok(Value::string(f(&i)))
}

fn bi_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "hex", kw)?;
    radix(vm, args, "hex", mprt_format::hex)
}

fn bi_oct(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "oct", kw)?;
    radix(vm, args, "oct", mprt_format::oct)
}

fn bi_bin(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "bin", kw)?;
    radix(vm, args, "bin", mprt_format::bin)
}

fn bi_divmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "divmod", kw)?;
    check_args(vm, "divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if crate::runtime::ops::is_builtin_value(a) && crate::runtime::ops::is_builtin_value(b) {
        if let (Some(_), Some(_)) = (
            crate::runtime::num::as_f64(a),
            crate::runtime::num::as_f64(b),
        ) {
            if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
                if matches!(y, IntVal::Small(0)) {
                    return vm.zero_division("integer division or modulo by zero");
                }
                let q = vm.int_binop(&x, &y, mprt_compiler::bytecode::binop::FLOORDIV)?;
                let r = vm.int_binop(&x, &y, mprt_compiler::bytecode::binop::MOD)?;
                return Ok(vm.new_tuple(vec![q, r]));
            }
            let x = crate::runtime::num::as_f64(a).unwrap();
            let y = crate::runtime::num::as_f64(b).unwrap();
            if y == 0.0 {
                return vm.zero_division("float divmod()");
            }
            let q = crate::runtime::num::float_floordiv(x, y);
            let r = crate::runtime::num::float_mod(x, y);
            return Ok(vm.new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    let ta = vm.type_of(a);
    if let Some(m) = vm.lookup_type(&ta, "__divmod__") {
        let r = vm.call(&m, &[a.clone(), b.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    let tb = vm.type_of(b);
    if let Some(m) = vm.lookup_type(&tb, "__rdivmod__") {
        let r = vm.call(&m, &[b.clone(), a.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    ))
}

fn bi_pow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() + kw.len() > 3 {
        return vm.type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let base = args.first().or_else(|| kwarg(kw, "base")).cloned();
    let exp = args.get(1).or_else(|| kwarg(kw, "exp")).cloned();
    let m = args
        .get(2)
        .or_else(|| kwarg(kw, "mod"))
        .cloned()
        .filter(|m| !m.is_none());
    let Some(base) = base else {
        return vm.type_error("pow() missing required argument 'base' (pos 1)");
    };
    let Some(exp) = exp else {
        return vm.type_error("pow() missing required argument 'exp' (pos 2)");
    };
    check_kwargs_invalid(vm, "pow", kw, &["base", "exp", "mod"])?;
    match m {
        None => vm.binary_op(&base, &exp, mprt_compiler::bytecode::binop::POW),
        Some(m) => {
            if matches!(base.payload(), Some(Payload::Complex(..)))
                || matches!(exp.payload(), Some(Payload::Complex(..)))
            {
                return vm.value_error("complex modulo");
            }
            let (Some(b), Some(e), Some(md)) = (as_int(&base), as_int(&exp), as_int(&m)) else {
                if !crate::runtime::ops::is_builtin_value(&base) {
                    let cls = vm.type_of(&base);
                    if let Some(f) = vm.lookup_type(&cls, "__pow__") {
                        let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()], &[])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                }
                let numeric = |v: &Value| as_int(v).is_some() || as_float(v).is_some();
                if numeric(&base) && numeric(&exp) && numeric(&m) {
                    return vm.type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    );
                }
                return vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    vm.type_name(&base),
                    vm.type_name(&exp),
                    vm.type_name(&m)
                ));
            };
            use num_traits::{One, Signed, Zero};
            let md = md.big().into_owned();
            if md.is_zero() {
                return vm.value_error("pow() 3rd argument cannot be 0");
            }
            let mut b = b.big().into_owned();
            let mut e = e.big().into_owned();
            if e.is_negative() {
                // Modular inverse.
                let inv = mod_inverse(&b, &md);
                match inv {
                    Some(i) => b = i,
                    None => return vm.value_error("base is not invertible for the given modulus"),
                }
                e = -e;
            }
            let amd = md.abs();
            let mut r = b.modpow(&e, &amd);
            if md.is_negative() && !r.is_zero() {
                r += &md;
            }
            if amd.is_one() {
                r = num_bigint::BigInt::zero();
            }
            Ok(vm.new_bigint(r))
        }
    }
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn bi_round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kwargs_invalid(vm, "round", kw, &["number", "ndigits"])?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let Some(x) = args.first().or_else(|| kwarg(kw, "number")).cloned() else {
        return vm.type_error("round() missing required argument 'number' (pos 1)");
    };
    let nd = args
        .get(1)
        .or_else(|| kwarg(kw, "ndigits"))
        .cloned()
        .filter(|n| !n.is_none());
    if !crate::runtime::ops::is_builtin_value(&x) {
        let cls = vm.type_of(&x);
        if let Some(m) = vm.lookup_type(&cls, "__round__") {
            let mut a = vec![x.clone()];
            if let Some(n) = nd {
                a.push(n);
            }
            return vm.call(&m, &a, &[]);
        }
    }
    if let Some(i) = as_int(&x) {
        let Some(n) = nd else {
            return Ok(crate::types::int::int_of_value(vm, &x));
        };
        let Some(n) = vm.index_value_clamped(&n)? else {
            return vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&n)
            ));
        };
        if n >= 0 {
            return Ok(crate::types::int::int_of_value(vm, &x));
        }
        // Round to a multiple of 10**-n, half to even.
        use num_integer::Integer;
        let v = i.big().into_owned();
        // 10**-n exceeds |v| by far: the result is 0.
        if n < -(v.bits() as i64) - 2 {
            return Ok(Value::Int(0));
        }
        let p = num_traits::pow::pow(num_bigint::BigInt::from(10), n.unsigned_abs() as usize);
        let (q, r) = v.div_mod_floor(&p);
        let twice: num_bigint::BigInt = &r * 2;
        let q = match twice.cmp(&p) {
            core::cmp::Ordering::Greater => q + 1,
            core::cmp::Ordering::Less => q,
            core::cmp::Ordering::Equal => {
                if q.is_odd() {
                    q + 1
                } else {
                    q
                }
            }
        };
        return Ok(vm.new_bigint(q * p));
    }
    if let Some(f) = as_float(&x) {
        match nd {
            None => {
                if f.is_nan() {
                    return vm.value_error("cannot convert float NaN to integer");
                }
                if f.is_infinite() {
                    return vm.overflow_error("cannot convert float infinity to integer");
                }
                let r = crate::fmath::rint(f);
                return Ok(vm.new_bigint(crate::types::float::float_to_bigint(r).unwrap()));
            }
            Some(n) => {
                let Some(n) = vm.index_value_clamped(&n)? else {
                    return vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        vm.type_name(&n)
                    ));
                };
                if !f.is_finite() {
                    return Ok(Value::Float(f));
                }
                let n = n.clamp(-400, 400) as i32;
                let r = mprt_format::round_half_even(f, n);
                if r.is_infinite() {
                    return vm.overflow_error("rounded value too large to represent");
                }
                return Ok(Value::Float(r));
            }
        }
    }
    vm.type_error(format!(
        "type {} doesn't define __round__ method",
        vm.type_name(&x)
    ))
}

fn bi_globals(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(match vm.current_globals() {
        Some(g) => Value::Obj(g),
        None => vm.new_dict(),
    })
}

fn bi_locals(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.current_locals()
}

fn bi_vars(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "vars", kw)?;
    check_args(vm, "vars", args, 0, 1)?;
    match args.first() {
        None => vm.current_locals(),
        Some(v) => {
            let n = vm.intern("__dict__");
            match vm.getattr_opt(v, &n)? {
                Some(d) => Ok(d),
                None => vm.type_error("vars() argument must have __dict__ attribute"),
            }
        }
    }
}

/// The sorted attribute names of an object (`dir`).
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |names: &mut Vec<String>, d: &Ref| {
        for k in crate::types::dict::dict_keys(&Value::Obj(d.clone())) {
            if let Some(s) = k.as_pystr() {
                names.push(String::from(s.as_str()));
            }
        }
    };
    if let Value::Obj(o) = v {
        if let Some(d) = &o.dict {
            add_dict(&mut names, d);
        }
        if let Payload::Module(d) = &o.payload {
            add_dict(&mut names, d);
        }
        if let Payload::Type(td) = &o.payload {
            for c in td.mro.borrow().iter() {
                add_dict(&mut names, &c.type_data().unwrap().dict);
            }
        }
    }
    if !matches!(v.payload(), Some(Payload::Module(_) | Payload::Type(_))) {
        let cls = vm.type_of(v);
        for c in cls.type_data().unwrap().mro.borrow().iter() {
            add_dict(&mut names, &c.type_data().unwrap().dict);
        }
    }
    // Data attributes served by getattr rather than stored in type dicts.
    let cls = match v.payload() {
        Some(Payload::Type(_)) => v.as_obj().unwrap().clone(),
        _ => vm.type_of(v),
    };
    if !matches!(v.payload(), Some(Payload::Module(_))) {
        let mro = cls
            .type_data()
            .map(|t| t.mro.borrow().clone())
            .unwrap_or_default();
        for c in mro.iter() {
            let extra: &[&str] = if Rc::ptr_eq(c, &vm.types.int) {
                &["real", "imag", "numerator", "denominator"]
            } else if Rc::ptr_eq(c, &vm.types.float) || Rc::ptr_eq(c, &vm.types.complex) {
                &["real", "imag"]
            } else if Rc::ptr_eq(c, &vm.types.range) || Rc::ptr_eq(c, &vm.types.slice) {
                &["start", "stop", "step"]
            } else {
                &[]
            };
            names.extend(extra.iter().map(|s| String::from(*s)));
            // `__slots__` names are class attributes (member descriptors).
            if let Some(sl) = c.type_data().and_then(|t| t.slots.borrow().clone()) {
                names.extend(
                    sl.iter()
                        .filter(|x| x.as_str() != "__dict__" && x.as_str() != "__weakref__")
                        .map(|x| String::from(x.as_str())),
                );
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names.into_iter().map(Value::string).collect())
}

fn bi_dir(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "dir", kw)?;
    check_args(vm, "dir", args, 0, 1)?;
    match args.first() {
        None => {
            let l = vm.current_locals()?;
            let mut keys: Vec<String> = vm
                .iterate(&l)?
                .iter()
                .filter_map(|k| k.as_pystr().map(|s| String::from(s.as_str())))
                .collect();
            keys.sort();
            let v = keys.into_iter().map(Value::string).collect();
            Ok(vm.new_list(v))
        }
        Some(v) => {
            // PEP 562: a module-level `__dir__`.
            if let Some(Payload::Module(d)) = v.payload() {
                if let Some(f) = crate::types::dict::dict_get_str(d, "__dir__") {
                    let r = vm.call(&f, &[], &[])?;
                    let mut items = vm.iterate(&r)?;
                    sort_values(vm, &mut items, None, false)?;
                    return Ok(vm.new_list(items));
                }
            }
            if !crate::runtime::ops::is_builtin_value(v)
                && !matches!(v.payload(), Some(Payload::Type(_)))
            {
                let cls = vm.type_of(v);
                if let Some(m) = vm.lookup_type(&cls, "__dir__") {
                    if !crate::vm::call::is_builtin_fn(&m, "object.__dir__") {
                        let r = vm.call(&m, &[v.clone()], &[])?;
                        let mut items = vm.iterate(&r)?;
                        sort_values(vm, &mut items, None, false)?;
                        return Ok(vm.new_list(items));
                    }
                }
            }
            let names = dir_of(vm, v)?;
            Ok(vm.new_list(names))
        }
    }
}

fn code_arg(
    vm: &mut Vm,
    src: &Value,
    mode: mprt_syntax::Mode,
    filename: &str,
) -> PyResult<Rc<Code>> {
    if let Some(Payload::Code(c)) = src.payload() {
        return Ok(c.clone());
    }
    let text = match src.as_pystr() {
        Some(s) => String::from(s.as_str()),
        None => match crate::types::bytes::buffer_bytes(vm, src) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => return vm.type_error("exec() arg 1 must be a string, bytes or code object"),
        },
    };
    vm.compile_source(&text, filename, mode)
}

fn exec_or_eval(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    mode: mprt_syntax::Mode,
    name: &str,
) -> PyResult<Value> {
    check_kwargs(vm, name, kw, &["globals", "locals"])?;
    if args.is_empty() {
        return vm.type_error(format!("{} expected at least 1 argument, got 0", name));
    }
    let src = &args[0];
    let src = if mode == mprt_syntax::Mode::Eval {
        match src.as_pystr() {
            Some(s) => Value::str(s.as_str().trim_start_matches([' ', '\t'])),
            None => src.clone(),
        }
    } else {
        src.clone()
    };
    let code = code_arg(vm, &src, mode, "<string>")?;
    let globals = args
        .get(1)
        .or_else(|| kwarg(kw, "globals"))
        .cloned()
        .filter(|g| !g.is_none());
    let locals = args
        .get(2)
        .or_else(|| kwarg(kw, "locals"))
        .cloned()
        .filter(|l| !l.is_none());
    let (g, l) = match globals {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => (g, locals),
        Some(g) => {
            return vm.type_error(format!(
                "{}() globals must be a dict, not {}",
                name,
                vm.type_name(&g)
            ))
        }
        None => {
            let g = vm
                .current_globals()
                .unwrap_or_else(|| vm.new_dict_ref(crate::dict::DictData::new()));
            let l = match locals {
                Some(l) => Some(l),
                None => Some(vm.current_locals()?),
            };
            (g, l)
        }
    };
    let r = vm.exec_code(code, g, l)?;
    Ok(if mode == mprt_syntax::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn bi_exec(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, mprt_syntax::Mode::Exec, "exec")
}

fn bi_eval(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, mprt_syntax::Mode::Eval, "eval")
}

fn bi_compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let src = args.first().or_else(|| kwarg(kw, "source")).cloned();
    let filename = args.get(1).or_else(|| kwarg(kw, "filename")).cloned();
    let mode = args.get(2).or_else(|| kwarg(kw, "mode")).cloned();
    let (Some(src), Some(filename), Some(mode)) = (src, filename, mode) else {
        return vm.type_error("compile() missing required argument");
    };
    let fname = vm.to_str(&filename)?;
    let mode = match mode.as_pystr().map(|s| s.as_str()) {
        Some("exec") => mprt_syntax::Mode::Exec,
        Some("eval") => mprt_syntax::Mode::Eval,
        Some("single") => mprt_syntax::Mode::Single,
        _ => return vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"),
    };
    let code = code_arg(vm, &src, mode, fname.as_str())?;
    Ok(Value::Obj(Object::new(
        vm.types.code.clone(),
        Payload::Code(code),
        None,
    )))
}

fn bi_import(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(name) = args.first().and_then(|n| n.as_pystr()).cloned() else {
        return vm.type_error("module name must be a string");
    };
    let level_given =
        matches!(args.get(4).or_else(|| kwarg(kw, "level")), Some(Value::Int(l)) if *l > 0);
    if name.as_str().is_empty() && !level_given {
        return vm.value_error("Empty module name");
    }
    let globals = match args.get(1).or_else(|| kwarg(kw, "globals")) {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => vm
            .current_globals()
            .unwrap_or_else(|| vm.new_dict_ref(crate::dict::DictData::new())),
    };
    let fromlist = args
        .get(3)
        .or_else(|| kwarg(kw, "fromlist"))
        .cloned()
        .unwrap_or(Value::None);
    let level = match args.get(4).or_else(|| kwarg(kw, "level")) {
        Some(Value::Int(l)) => *l as usize,
        _ => 0,
    };
    let m = vm.import_name(name.as_str(), &globals, &fromlist, level)?;
    // Like CPython's `_handle_fromlist`: names in the fromlist that are
    // submodules of a package get imported.
    if !fromlist.is_none() {
        let is_pkg = matches!(m.payload(), Some(Payload::Module(d))
            if crate::types::dict::dict_get_str(d, "__path__").is_some());
        if is_pkg {
            for n in vm.iterate(&fromlist)? {
                if let Some(ns) = n.as_pystr().cloned() {
                    if ns.as_str() != "*" && vm.getattr_opt(&m, &ns)?.is_none() {
                        let _ = vm.import_from(&m, &ns);
                    }
                }
            }
        }
    }
    Ok(m)
}

/// `map.__new__(cls, ...)` etc. for a Python subclass `cls`: move the new
/// iterator's state into an instance of `cls` (with its instance dict).
fn iter_as_subclass(vm: &mut Vm, cls: &Value, it: Value) -> PyResult<Value> {
    let (Value::Obj(c), Value::Obj(o)) = (cls, &it) else {
        return Ok(it);
    };
    let Some(td) = c.type_data() else {
        return Ok(it);
    };
    if td.builtin {
        return Ok(it);
    }
    let Payload::Iter(state) = &o.payload else {
        return Ok(it);
    };
    let state = core::mem::replace(&mut *state.borrow_mut(), IterState::Exhausted);
    let dict = vm.instance_dict_for(c);
    Ok(Value::Obj(Object::new(
        c.clone(),
        Payload::Iter(core::cell::RefCell::new(state)),
        dict,
    )))
}

fn bi_input(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        vm.write_stdout(s.as_str().as_bytes())?;
        vm.port.flush_stdout();
    }
    let line = vm.stdin_line()?;
    let line = alloc::string::String::from_utf8_lossy(&line);
    if line.is_empty() {
        return Err(vm.new_exc_msg(&vm.exc.eof_error, "EOF when reading a line"));
    }
    let l = line.strip_suffix('\n').unwrap_or(&line);
    let l = l.strip_suffix('\r').unwrap_or(l);
    Ok(Value::str(l))
}

fn bi_format(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "format", kw)?;
    check_args(vm, "format", args, 1, 2)?;
    let spec = args.get(1).cloned().unwrap_or_else(|| Value::str(""));
    vm.format(&args[0], &spec)
}

fn bi_any(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "any", kw)?;
    check_args(vm, "any", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn bi_all(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "all", kw)?;
    check_args(vm, "all", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn bi_enumerate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kwargs_invalid(vm, "enumerate", kw, &["iterable", "start"])?;
    if args.len() + kw.len() > 2 {
        return vm.type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len() + kw.len()
        ));
    }
    let Some(src) = args.first().or_else(|| kwarg(kw, "iterable")).cloned() else {
        return vm.type_error("enumerate() missing required argument 'iterable'");
    };
    let start = args
        .get(1)
        .or_else(|| kwarg(kw, "start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    let start = match as_int(&start) {
        Some(IntVal::Small(i)) => Value::Int(i),
        Some(IntVal::Big(b)) => vm.new_bigint(b.clone()),
        None => match vm.index_value(&start, "")? {
            Some(i) => Value::Int(i),
            None => {
                return vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    vm.type_name(&start)
                ))
            }
        },
    };
    let it = vm.get_iter(&src)?;
    Ok(vm.new_iter(IterState::Enumerate {
        iter: it,
        count: start,
    }))
}

fn bi_zip(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kwargs_invalid(vm, "zip", kw, &["strict"])?;
    let strict = match kwarg(kw, "strict") {
        Some(s) => vm.truthy(&s.clone())?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, a) in args.iter().enumerate() {
        if !vm.has_iter(a) {
            return vm
                .type_error(format!("'{}' object is not iterable", vm.type_name(a)))
                .map_err(|e| {
                    let _ = i;
                    e
                });
        }
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(IterState::Zip { iters, strict }))
}

fn bi_map(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "map", kw)?;
    if args.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let mut iters = Vec::new();
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(vm.new_iter(IterState::Map {
        func: args[0].clone(),
        iters,
    }))
}

fn bi_filter(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "filter", kw)?;
    check_args(vm, "filter", args, 2, 2)?;
    let it = vm.get_iter(&args[1])?;
    Ok(vm.new_iter(IterState::Filter {
        func: args[0].clone(),
        iter: it,
    }))
}

fn bi_reversed(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "reversed", kw)?;
    if args.len() != 1 {
        return vm.type_error(format!("reversed expected 1 argument, got {}", args.len()));
    }
    let v = &args[0];
    if !crate::runtime::ops::is_builtin_value(v) || matches!(v.payload(), Some(Payload::Native(_)))
    {
        let cls = vm.type_of(v);
        if let Some(m) = vm.lookup_type(&cls, "__reversed__") {
            if m.is_none() {
                return vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)));
            }
            return vm.call(&m, &[v.clone()], &[]);
        }
    }
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => {
            let n = crate::types::seq::slice_len(*start, *stop, *step) as i64;
            let last = start + (n - 1) * step;
            return Ok(vm.new_iter(IterState::Range {
                next: last,
                stop: start - step,
                step: -step,
            }));
        }
        Some(Payload::Dict(_)) => {
            return Ok(crate::types::dict::reversed_dict_iter(
                vm,
                v.as_obj().unwrap(),
                0,
            ));
        }
        Some(Payload::DictView(d, kind)) => {
            let (d, kind) = (d.clone(), *kind);
            return Ok(crate::types::dict::reversed_dict_iter(vm, &d, kind));
        }
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => {
            return vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)));
        }
        _ => {}
    }
    let cls = vm.type_of(v);
    if vm.lookup_type(&cls, "__getitem__").is_none()
        && v.as_pystr().is_none()
        && !matches!(
            v.payload(),
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_))
        )
    {
        return vm.type_error(format!("'{}' object is not reversible", vm.type_name(v)));
    }
    let n = vm.len(v)?;
    Ok(vm.new_iter(IterState::Reversed {
        seq: v.clone(),
        index: n,
    }))
}

fn bi_super(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (typ, obj) = match args.len() {
        0 => vm.zero_arg_super()?,
        1 => match &args[0] {
            Value::Obj(t) if t.type_data().is_some() => (t.clone(), Value::None),
            _ => return vm.type_error("super() argument 1 must be a type"),
        },
        _ => match &args[0] {
            Value::Obj(t) if t.type_data().is_some() => (t.clone(), args[1].clone()),
            _ => {
                return vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&args[0])
                ))
            }
        },
    };
    if !obj.is_none() {
        let ok = match &obj {
            Value::Obj(o) if o.type_data().is_some() => vm.is_subclass(o, &typ),
            _ => false,
        } || vm.isinstance(&obj, &typ);
        if !ok {
            return vm.type_error("super(type, obj): obj must be an instance or subtype of type");
        }
    }
    Ok(Value::Obj(Object::new(
        vm.types.super_.clone(),
        Payload::Super { typ, obj },
        None,
    )))
}

fn bi_property(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    check_kwargs_invalid(vm, "property", kw, &["fget", "fset", "fdel", "doc"])?;
    let g = |i: usize, n: &str| {
        args.get(i)
            .or_else(|| kwarg(kw, n))
            .cloned()
            .unwrap_or(Value::None)
    };
    let fget = g(0, "fget");
    let mut doc = g(3, "doc");
    if doc.is_none() && !fget.is_none() {
        let n = vm.intern("__doc__");
        doc = vm
            .getattr_opt(&fget, &n)
            .ok()
            .flatten()
            .unwrap_or(Value::None);
    }
    Ok(Value::Obj(Object::new(
        vm.types.property.clone(),
        Payload::Property {
            fget,
            fset: g(1, "fset"),
            fdel: g(2, "fdel"),
            doc,
            name: core::cell::RefCell::new(None),
        },
        None,
    )))
}

fn property_with(vm: &mut Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let Some(Payload::Property {
        fget,
        fset,
        fdel,
        doc,
        name,
    }) = args[0].payload()
    else {
        return vm.type_error("not a property");
    };
    let f = args.get(1).cloned().unwrap_or(Value::None);
    let (mut a, mut b, mut c) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => a = f,
        1 => b = f,
        _ => c = f,
    }
    let cls = vm.type_of(&args[0]);
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Property {
            fget: a,
            fset: b,
            fdel: c,
            doc: doc.clone(),
            name: core::cell::RefCell::new(name.borrow().clone()),
        },
        None,
    )))
}

fn prop_getter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    property_with(vm, args, 0)
}
fn prop_setter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    property_with(vm, args, 1)
}
fn prop_deleter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    property_with(vm, args, 2)
}
fn prop_set_name(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__set_name__", args, 3, 3)?;
    if let (Some(Payload::Property { name, .. }), Value::Str(s)) = (args[0].payload(), &args[2]) {
        *name.borrow_mut() = Some(s.clone());
    }
    Ok(Value::None)
}
fn prop_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args[0].clone());
    }
    let cls = vm.type_of(&obj);
    vm.bind(&args[0], &obj, &cls)
}
fn prop_set(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Payload::Property { fset, .. }) = args[0].payload() else {
        return vm.type_error("not a property");
    };
    if fset.is_none() {
        return vm.attribute_error("can't set attribute");
    }
    let f = fset.clone();
    vm.call(&f, &[args[1].clone(), args[2].clone()], &[])
}

/// `classmethod.__get__(obj, type=None)`: a method bound to the class.
fn classmethod_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__get__", args, 2, 3)?;
    let Some(Payload::ClassMethod(f)) = args[0].payload() else {
        return vm.type_error("descriptor '__get__' requires a 'classmethod' object");
    };
    let f = f.clone();
    let owner = match args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => {
            if args[1].is_none() {
                return vm.type_error("__get__(None, None) is invalid");
            }
            Value::Obj(vm.type_of(&args[1]))
        }
    };
    Ok(vm.new_bound_method(f, owner))
}

/// `function.__get__(obj, type=None)`: a bound method, or the function
/// itself when accessed through the class (`obj` is None).
fn function_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() < 2 {
        return vm.type_error(format!(
            " expected at least 1 argument, got {}",
            args.len().saturating_sub(1)
        ));
    }
    if args.len() > 3 {
        return vm.type_error(format!(
            " expected at most 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let owner_none = args.get(2).map(|v| v.is_none()).unwrap_or(true);
    if args[1].is_none() {
        if owner_none {
            return vm.type_error("__get__(None, None) is invalid");
        }
        return Ok(args[0].clone());
    }
    Ok(vm.new_bound_method(args[0].clone(), args[1].clone()))
}

/// `staticmethod.__get__(obj, type=None)`: the wrapped function.
fn staticmethod_get(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "__get__", args, 2, 3)?;
    let Some(Payload::StaticMethod(f)) = args[0].payload() else {
        return vm.type_error("descriptor '__get__' requires a 'staticmethod' object");
    };
    Ok(f.clone())
}

/// `staticmethod.__call__(*args, **kwargs)`: call the wrapped function.
fn staticmethod_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Payload::StaticMethod(f)) = args.first().and_then(|a| a.payload()) else {
        return vm.type_error("descriptor '__call__' requires a 'staticmethod' object");
    };
    let f = f.clone();
    vm.call(&f, &args[1..], kw)
}

fn bi_classmethod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "classmethod", args, 1, 1)?;
    Ok(Value::Obj(Object::new(
        vm.types.classmethod.clone(),
        Payload::ClassMethod(args[0].clone()),
        None,
    )))
}

fn bi_staticmethod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_args(vm, "staticmethod", args, 1, 1)?;
    Ok(Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(args[0].clone()),
        None,
    )))
}

fn super_getattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(name) = args.get(1).and_then(|n| n.as_pystr()).cloned() else {
        return vm.type_error("attribute name must be string");
    };
    match super_lookup(vm, &args[0], &name)? {
        Some(v) => Ok(v),
        None => vm.attribute_error(format!(
            "'super' object has no attribute '{}'",
            name.as_str()
        )),
    }
}

/// Attribute lookup on a `super` object: search the MRO after `typ`, bind to `obj`.
pub fn super_lookup(vm: &mut Vm, sup: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    let Some(Payload::Super { typ, obj }) = sup.payload() else {
        return vm.type_error("not a super object");
    };
    let (typ, obj) = (typ.clone(), obj.clone());
    let start_cls = match &obj {
        Value::Obj(o) if o.type_data().is_some() && vm.is_subclass(o, &typ) => o.clone(),
        _ => vm.type_of(&obj),
    };
    let mro = start_cls.type_data().unwrap().mro.borrow().clone();
    let pos = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, &typ))
        .map(|p| p + 1)
        .unwrap_or(mro.len());
    for c in &mro[pos..] {
        if let Some(v) = dict_get_str(&c.type_data().unwrap().dict, name.as_str()) {
            if obj.is_none() {
                return Ok(Some(v));
            }
            let is_class_obj =
                matches!(&obj, Value::Obj(o) if o.type_data().is_some() && vm.is_subclass(o, &typ));
            if is_class_obj {
                return Ok(Some(match v.payload() {
                    Some(Payload::ClassMethod(f)) => vm.new_bound_method(f.clone(), obj.clone()),
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => v,
                }));
            }
            let cls = start_cls.clone();
            return vm.bind(&v, &obj, &cls).map(Some);
        }
    }
    Ok(None)
}

fn bi_open(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let n = vm.intern("open");
    let open = vm.getattr(&Value::Obj(io), &n)?;
    vm.call(&open, args, kw)
}

fn bi_range(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::types::range::range_new(vm, args, kw)
}

fn bi_slice(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "slice", kw)?;
    let a = &args[1..];
    if a.len() > 3 {
        return vm.type_error(format!(
            "slice expected at most 3 arguments, got {}",
            a.len()
        ));
    }
    let (s, e, st) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => return vm.type_error(format!("slice expected at least 1 argument, got {}", n)),
    };
    Ok(Value::Obj(Object::new(
        vm.types.slice.clone(),
        Payload::Slice(s, e, st),
        None,
    )))
}

fn bi_bool(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kw(vm, "bool", kw)?;
    if args.len() > 2 {
        return vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len() - 1
        ));
    }
    if let Some(c) = args.first() {
        let is_bool = matches!(c, Value::Obj(o) if Rc::ptr_eq(o, &vm.types.bool_));
        if !is_bool {
            return match c {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => {
                    let n = crate::vm::types::type_name(o);
                    vm.type_error(format!(
                        "bool.__new__({}): {} is not a subtype of bool",
                        n, n
                    ))
                }
                _ => vm.type_error(format!(
                    "bool.__new__(X): X is not a type object ({})",
                    vm.type_name(c)
                )),
            };
        }
    }
    match args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(&v.clone())?)),
    }
}

impl Vm {
    /// The globals of the innermost running Python frame.
    pub fn current_globals(&self) -> Option<Ref> {
        self.current_frame().map(|f| f.globals.clone())
    }

    /// `locals()` of the innermost frame (a snapshot dict for function frames).
    pub fn current_locals(&mut self) -> PyResult<Value> {
        let (ld, snapshot) = match self.current_frame() {
            None => return Ok(self.new_dict()),
            Some(f) => match &f.locals_dict {
                Some(l) => (Some(l.clone()), Vec::new()),
                None => {
                    let co = &f.code.code;
                    let mut pairs: Vec<(String, Value)> = Vec::new();
                    for (i, n) in co.varnames.iter().enumerate() {
                        if let Some(v) = &f.locals[i] {
                            pairs.push((n.clone(), v.clone()));
                        }
                    }
                    let names = co.cellvars.iter().chain(co.freevars.iter());
                    for (i, n) in names.enumerate() {
                        if let Some(Payload::Cell(c)) = f.cells.get(i).map(|c| &c.payload) {
                            if let Some(v) = &*c.borrow() {
                                pairs.push((n.clone(), v.clone()));
                            }
                        }
                    }
                    (None, pairs)
                }
            },
        };
        if let Some(l) = ld {
            return Ok(l);
        }
        let d = self.new_dict();
        for (k, v) in snapshot {
            let k = self.name(&k);
            self.dict_set(&d, k, v)?;
        }
        Ok(d)
    }

    /// `super()` without arguments: the enclosing class cell and first argument.
    pub fn zero_arg_super(&mut self) -> PyResult<(Ref, Value)> {
        let Some(f) = self.current_frame() else {
            return self.runtime_error("super(): no arguments");
        };
        let co = &f.code.code;
        if co.argcount == 0 && co.flags & mprt_compiler::bytecode::codeflag::VARARGS == 0 {
            return self.runtime_error("super(): no arguments");
        }
        let first = match &f.locals.first() {
            Some(Some(v)) => Some(v.clone()),
            _ => {
                // The first parameter may live in a cell.
                co.cell_params
                    .iter()
                    .find(|(_, p)| *p == 0)
                    .and_then(|(ci, _)| match &f.cells[*ci as usize].payload {
                        Payload::Cell(c) => c.borrow().clone(),
                        _ => None,
                    })
            }
        };
        let Some(first) = first else {
            return self.runtime_error("super(): arg[0] deleted");
        };
        let idx = co
            .freevars
            .iter()
            .position(|n| n == "__class__")
            .map(|i| i + co.cellvars.len());
        let cls = idx.and_then(|i| match &f.cells.get(i)?.payload {
            Payload::Cell(c) => c.borrow().clone(),
            _ => None,
        });
        match cls {
            Some(Value::Obj(c)) if c.type_data().is_some() => Ok((c, first)),
            Some(_) => self.runtime_error("super(): __class__ is not a type"),
            None => self.runtime_error("super(): __class__ cell not found"),
        }
    }
}

/// Populate `builtins`.
pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("help", bi_help),
        ("len", bi_len),
        ("repr", bi_repr),
        ("ascii", bi_ascii),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
        ("getattr", bi_getattr),
        ("hasattr", bi_hasattr),
        ("setattr", bi_setattr),
        ("delattr", bi_delattr),
        ("id", bi_id),
        ("hash", bi_hash),
        ("abs", bi_abs),
        ("max", bi_max),
        ("min", bi_min),
        ("sum", bi_sum),
        ("sorted", bi_sorted),
        ("iter", bi_iter),
        ("next", bi_next),
        ("callable", callable_fn),
        ("chr", bi_chr),
        ("ord", bi_ord),
        ("hex", bi_hex),
        ("oct", bi_oct),
        ("bin", bi_bin),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
        ("round", bi_round),
        ("globals", bi_globals),
        ("locals", bi_locals),
        ("vars", bi_vars),
        ("dir", bi_dir),
        ("exec", bi_exec),
        ("eval", bi_eval),
        ("compile", bi_compile),
        ("__import__", bi_import),
        ("input", bi_input),
        ("format", bi_format),
        ("any", bi_any),
        ("all", bi_all),
        ("open", bi_open),
    ];
    for &(name, f) in fns {
        let v = vm.new_builtin(name, f);
        dict_set_str(&vm.builtins, &Value::str(name), v);
    }
    // Types.
    let static_new = |vm: &mut Vm, ty: &Ref, name: &'static str, f: NativeFn| {
        let nf = vm.new_builtin(name, f);
        let sm = Value::Obj(Object::new(
            vm.types.staticmethod.clone(),
            Payload::StaticMethod(nf),
            None,
        ));
        crate::vm::types::set_type_attr(ty, "__new__", sm);
    };
    let iter_news: [(&'static str, NativeFn); 5] = [
        ("enumerate.__new__", |vm, a, k| {
            let it = bi_enumerate(vm, &a[1..], k)?;
            iter_as_subclass(vm, &a[0], it)
        }),
        ("zip.__new__", |vm, a, k| {
            let it = bi_zip(vm, &a[1..], k)?;
            iter_as_subclass(vm, &a[0], it)
        }),
        ("map.__new__", |vm, a, k| {
            let it = bi_map(vm, &a[1..], k)?;
            iter_as_subclass(vm, &a[0], it)
        }),
        ("filter.__new__", |vm, a, k| {
            let it = bi_filter(vm, &a[1..], k)?;
            iter_as_subclass(vm, &a[0], it)
        }),
        ("reversed.__new__", |vm, a, k| {
            let it = bi_reversed(vm, &a[1..], k)?;
            iter_as_subclass(vm, &a[0], it)
        }),
    ];
    for (i, (name, f)) in iter_news.into_iter().enumerate() {
        let ty = vm.types.iter_types[i].clone();
        let nf = vm.new_builtin(name, f);
        let sm = Value::Obj(Object::new(
            vm.types.staticmethod.clone(),
            Payload::StaticMethod(nf),
            None,
        ));
        crate::vm::types::set_type_attr(&ty, "__new__", sm);
        let short = name.split('.').next().unwrap();
        dict_set_str(&vm.builtins, &Value::str(short), Value::Obj(ty));
    }
    let t = vm.types.range.clone();
    static_new(vm, &t, "range.__new__", bi_range);
    let t = vm.types.slice.clone();
    static_new(vm, &t, "slice.__new__", bi_slice);
    let t = vm.types.bool_.clone();
    static_new(vm, &t, "bool.__new__", bi_bool);
    let _ = (bi_super, bi_property, bi_classmethod, bi_staticmethod);
    let t = vm.types.super_.clone();
    static_new(vm, &t, "super.__new__", |vm, args, kw| {
        bi_super(vm, &args[1..], kw)
    });
    crate::vm::types::add_methods(&vm.types, &t, &[("super.__getattribute__", super_getattr)]);
    let t = vm.types.property.clone();
    static_new(vm, &t, "property.__new__", |vm, args, kw| {
        bi_property(vm, &args[1..], kw)
    });
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("property.getter", prop_getter),
            ("property.setter", prop_setter),
            ("property.__set_name__", prop_set_name),
            ("property.deleter", prop_deleter),
            ("property.__get__", prop_get),
            ("property.__set__", prop_set),
        ],
    );
    let t = vm.types.function.clone();
    crate::vm::types::add_methods(&vm.types, &t, &[("function.__get__", function_get)]);
    let t = vm.types.classmethod.clone();
    static_new(vm, &t, "classmethod.__new__", |vm, args, kw| {
        bi_classmethod(vm, &args[1..], kw)
    });
    crate::vm::types::add_methods(&vm.types, &t, &[("classmethod.__get__", classmethod_get)]);
    let t = vm.types.staticmethod.clone();
    static_new(vm, &t, "staticmethod.__new__", |vm, args, kw| {
        bi_staticmethod(vm, &args[1..], kw)
    });
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("staticmethod.__get__", staticmethod_get),
            ("staticmethod.__call__", staticmethod_call),
        ],
    );
    let names: Vec<(&str, Ref)> = vec![
        ("object", vm.types.object.clone()),
        ("type", vm.types.type_.clone()),
        ("int", vm.types.int.clone()),
        ("bool", vm.types.bool_.clone()),
        ("float", vm.types.float.clone()),
        ("complex", vm.types.complex.clone()),
        ("str", vm.types.str_.clone()),
        ("bytes", vm.types.bytes.clone()),
        ("bytearray", vm.types.bytearray.clone()),
        ("list", vm.types.list.clone()),
        ("tuple", vm.types.tuple.clone()),
        ("dict", vm.types.dict.clone()),
        ("set", vm.types.set.clone()),
        ("frozenset", vm.types.frozenset.clone()),
        ("range", vm.types.range.clone()),
        ("slice", vm.types.slice.clone()),
        ("property", vm.types.property.clone()),
        ("classmethod", vm.types.classmethod.clone()),
        ("staticmethod", vm.types.staticmethod.clone()),
        ("super", vm.types.super_.clone()),
    ];
    for (n, t) in names {
        dict_set_str(&vm.builtins, &Value::str(n), Value::Obj(t));
    }
    for (n, t) in crate::vm::types::exception_list(&vm.exc) {
        dict_set_str(&vm.builtins, &Value::str(n), Value::Obj(t));
    }
    dict_set_str(
        &vm.builtins,
        &Value::str("EnvironmentError"),
        Value::Obj(vm.exc.os_error.clone()),
    );
    dict_set_str(
        &vm.builtins,
        &Value::str("IOError"),
        Value::Obj(vm.exc.os_error.clone()),
    );
    dict_set_str(
        &vm.builtins,
        &Value::str("NotImplemented"),
        Value::NotImplemented,
    );
    dict_set_str(&vm.builtins, &Value::str("Ellipsis"), Value::Ellipsis);
    dict_set_str(&vm.builtins, &Value::str("__debug__"), Value::Bool(true));
}
