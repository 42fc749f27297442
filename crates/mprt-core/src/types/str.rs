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
        let chars: alloc::vec::Vec<char> = s.as_str().chars().collect();
        let mut out = String::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(chars[i as usize]);
                i += step;
            }
        } else {
            while i > stop {
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

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let _ = (fmt, args);
    vm.type_error("str % not implemented yet")
}

fn str_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cls = args[0].as_obj().unwrap().clone();
    let s = match args.get(1) {
        Some(v) => vm.to_str(v)?,
        None => Rc::new(PyStr::new("")),
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
}
