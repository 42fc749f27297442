//! `str`: construction, indexing and the str methods.

use crate::object::*;
use crate::str::PyStr;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;

/// Escape non-ASCII characters as `ascii()` does.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

impl Vm {
    /// A one-character str (ASCII ones are cached).
    pub fn char_value(&mut self, c: char) -> Value {
        if (c as u32) < 128 {
            if self.char_cache.is_empty() {
                for i in 0..128u8 {
                    let mut s = String::new();
                    s.push(i as char);
                    self.char_cache.push(Rc::new(PyStr::from_string(s)));
                }
            }
            return Value::Str(self.char_cache[c as usize].clone());
        }
        let mut s = String::new();
        s.push(c);
        Value::string(s)
    }
}

/// `s[k]` for a str.
pub fn str_getitem(vm: &mut Vm, s: &Rc<PyStr>, k: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(..)) = k.payload() {
        let (start, stop, step) = crate::types::seq::slice_indices(vm, k, s.char_len())?;
        let n = crate::types::seq::slice_len(start, stop, step);
        if n == 0 {
            return Ok(Value::str(""));
        }
        if step == 1 {
            if start == 0 && n == s.char_len() {
                return Ok(Value::Str(s.clone()));
            }
            let a = s.byte_offset(start as usize);
            let b = if s.is_ascii() {
                stop as usize
            } else {
                a + s.as_str()[a..]
                    .char_indices()
                    .nth(n)
                    .map(|(i, _)| i)
                    .unwrap_or(s.as_str().len() - a)
            };
            return Ok(Value::str(&s.as_str()[a..b]));
        }
        let mut out = String::with_capacity(n);
        if s.is_ascii() {
            let bytes = s.as_str().as_bytes();
            let mut i = start;
            for _ in 0..n {
                out.push(bytes[i as usize] as char);
                i += step;
            }
        } else {
            let chars: alloc::vec::Vec<char> = s.as_str().chars().collect();
            let mut i = start;
            for _ in 0..n {
                out.push(chars[i as usize]);
                i += step;
            }
        }
        return Ok(Value::string(out));
    }
    let Some(i) = vm.index_value(k, "str")? else {
        return vm.type_error(format!(
            "string indices must be integers, not '{}'",
            vm.type_name(k)
        ));
    };
    match crate::types::seq::normalize_index(i, s.char_len()) {
        Some(i) => {
            let c = s.char_at(i).unwrap_or('\0');
            Ok(vm.char_value(c))
        }
        None => vm.index_error("string index out of range"),
    }
}

pub use super::str_format::percent_format;

/// Fails with MemoryError when a result of `n` bytes would exceed the heap limit.
pub fn check_alloc(vm: &Vm, n: usize) -> PyResult<()> {
    if n > crate::modules::heap_limit() {
        return vm.memory_error();
    }
    Ok(())
}

/// The `\xNN` / `\uNNNN` / `\UNNNNNNNN` escape of one character.
pub fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// Decodes bytes with a codec and an error handler (see `types::codecs`).
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    crate::types::codecs::decode(vm, b, encoding, errors)
}

fn str_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        None => return vm.type_error("str.__new__(): not enough arguments"),
        Some(Value::Obj(c)) if c.type_data().is_some() => c.clone(),
        Some(v) => {
            return vm.type_error(format!(
                "str.__new__(X): X is not a type object ({})",
                vm.type_name(v)
            ))
        }
    };
    if !vm.is_subclass(&cls, &vm.types.str_) {
        let n = crate::vm::types::type_name(&cls);
        return vm.type_error(format!("str.__new__({}): {} is not a subtype of str", n, n));
    }
    if args.len() > 4 {
        return vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len() - 1
        ));
    }
    let names = ["object", "encoding", "errors"];
    let mut slots: [Option<Value>; 3] = [
        args.get(1).cloned(),
        args.get(2).cloned(),
        args.get(3).cloned(),
    ];
    for (k, v) in kw {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if slots[i].is_some() {
                    return vm.type_error(format!(
                        "argument for str() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    ));
                }
                slots[i] = Some(v.clone());
            }
            None => {
                return vm.type_error(format!(
                    "'{}' is an invalid keyword argument for str()",
                    k.as_str()
                ))
            }
        }
    }
    let s = if slots[1].is_some() || slots[2].is_some() {
        let mut enc = String::from("utf-8");
        let mut err = String::from("strict");
        for (i, which) in [(1usize, "encoding"), (2, "errors")] {
            if let Some(v) = &slots[i] {
                match v.as_pystr() {
                    Some(x) => {
                        if i == 1 {
                            enc = String::from(x.as_str());
                        } else {
                            err = String::from(x.as_str());
                        }
                    }
                    None => {
                        return vm.type_error(format!(
                            "str() argument '{}' must be str, not {}",
                            which,
                            vm.type_name(v)
                        ))
                    }
                }
            }
        }
        let obj = slots[0]
            .clone()
            .unwrap_or_else(|| vm.new_bytes(alloc::vec::Vec::new()));
        if obj.as_pystr().is_some() {
            return vm.type_error("decoding str is not supported");
        }
        let Some(bytes) = crate::types::bytes::buffer_bytes(vm, &obj) else {
            return vm.type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(&obj)
            ));
        };
        Rc::new(PyStr::from_string(decode_bytes(vm, &bytes, &enc, &err)?))
    } else {
        match &slots[0] {
            Some(v) => vm.to_str(v)?,
            None => Rc::new(PyStr::new("")),
        }
    };
    if alloc::rc::Rc::ptr_eq(&cls, &vm.types.str_) {
        return Ok(Value::Str(s));
    }
    let dict = Some(vm.new_dict_ref(crate::dict::DictData::new()));
    Ok(Value::Obj(Object::new(cls, Payload::Str(s), dict)))
}

/// Install the str methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let new = vm.new_builtin("str.__new__", str_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&t, "__new__", sm);
    crate::types::str_methods::install(vm, &t);
    crate::types::str_format::install(vm, &t);
}
