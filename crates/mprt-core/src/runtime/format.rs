//! `format(value, spec)`: the format-spec mini-language for built-in types
//! (delegating to `mprt-format`) and `__format__` for user classes.

use super::num::{as_float, as_int};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::string::String;

/// `int.__format__` / `float.__format__` / `complex.__format__`.
pub fn num_format(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    num_format_checked(vm, args, "")
}

/// `int.__format__` / `float.__format__` / `complex.__format__` with the
/// CPython checks of `self` and the argument count.
pub fn num_format_checked(vm: &mut Vm, args: &[Value], tyname: &str) -> PyResult<Value> {
    if !tyname.is_empty() {
        let ok = match (tyname, args.first()) {
            ("int", Some(v)) => crate::runtime::num::as_int(v).is_some(),
            ("float", Some(v)) => crate::runtime::num::as_float(v).is_some(),
            ("complex", Some(v)) => matches!(v.payload(), Some(Payload::Complex(..))),
            _ => false,
        };
        if !ok {
            return Err(crate::types::descr_self_error(
                vm,
                tyname,
                "__format__",
                args.first(),
            ));
        }
    }
    if args.len() != 2 {
        return vm.type_error(format!(
            "{}{}__format__() takes exactly one argument ({} given)",
            tyname,
            if tyname.is_empty() { "" } else { "." },
            args.len().saturating_sub(1)
        ));
    }
    let Some(spec) = args[1].as_pystr() else {
        return vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        ));
    };
    let spec = spec.clone();
    vm.format_builtin(&args[0], &spec)
}

/// `int.__format__`.
pub fn int_format(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    num_format_checked(vm, args, "int")
}
/// `float.__format__`.
pub fn float_format(vm: &mut Vm, args: &[Value], _kw: &crate::vm::call::KwArgs) -> PyResult<Value> {
    num_format_checked(vm, args, "float")
}
/// `complex.__format__`.
pub fn complex_format(
    vm: &mut Vm,
    args: &[Value],
    _kw: &crate::vm::call::KwArgs,
) -> PyResult<Value> {
    num_format_checked(vm, args, "complex")
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let Some(spec_s) = spec.as_pystr() else {
            return self.type_error(format!(
                "format() argument 2 must be str, not {}",
                self.type_name(spec)
            ));
        };
        let spec_s = spec_s.clone();
        if !crate::runtime::ops::is_builtin_value(v) {
            let cls = self.type_of(v);
            if let Some(m) = self.lookup_type(&cls, "__format__") {
                if !crate::vm::call::is_builtin_fn(&m, "object.__format__")
                    && !crate::vm::call::is_builtin_fn(&m, "int.__format__")
                    && !crate::vm::call::is_builtin_fn(&m, "float.__format__")
                    && !crate::vm::call::is_builtin_fn(&m, "complex.__format__")
                {
                    let r = self.call(&m, &[v.clone(), spec.clone()], &[])?;
                    if r.as_pystr().is_none() {
                        return self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&r)
                        ));
                    }
                    return Ok(r);
                }
            }
        }
        self.format_builtin(v, &spec_s)
    }

    /// Format a value of a built-in type (or a subclass instance) with the
    /// built-in format-spec rules; `int.__format__` etc.
    pub fn format_builtin(
        &mut self,
        v: &Value,
        spec_s: &alloc::rc::Rc<crate::str::PyStr>,
    ) -> PyResult<Value> {
        let s = spec_s.as_str();
        if s.is_empty() {
            return Ok(Value::Str(self.to_str(v)?));
        }
        let type_name = self.type_name(v);
        let r: Result<String, String> = if let Value::Bool(b) = v {
            match mprt_format::FormatSpec::parse_for(s, &type_name) {
                Ok(fs) => {
                    mprt_format::format_int(&num_bigint::BigInt::from(*b as i64), &fs, &type_name)
                }
                Err(e) => Err(e),
            }
        } else if let Some(i) = as_int(v) {
            match mprt_format::FormatSpec::parse_for(s, &type_name) {
                Ok(fs) => mprt_format::format_int(&i.big(), &fs, &type_name),
                Err(e) => Err(e),
            }
        } else if let Some(f) = as_float(v) {
            match mprt_format::FormatSpec::parse_for(s, &type_name) {
                Ok(fs) => mprt_format::format_float(f, &fs, &type_name),
                Err(e) => Err(e),
            }
        } else if let Some(Payload::Complex(re, im)) = v.payload() {
            match mprt_format::FormatSpec::parse_for(s, &type_name) {
                Ok(fs) => mprt_format::format_complex(*re, *im, &fs, &type_name),
                Err(e) => Err(e),
            }
        } else if let Some(st) = v.as_pystr() {
            match mprt_format::FormatSpec::parse_for(s, &type_name) {
                Ok(fs) => mprt_format::format_str(st.as_str(), &fs, &type_name),
                Err(e) => Err(e),
            }
        } else {
            return self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name
            ));
        };
        match r {
            Ok(s) => Ok(Value::string(s)),
            Err(msg) => {
                if msg.starts_with("int too large")
                    || msg.starts_with("Python int too large")
                    || msg.contains("%c arg not in range")
                    || msg.contains("out of range")
                {
                    self.overflow_error(msg)
                } else {
                    self.value_error(msg)
                }
            }
        }
    }
}
