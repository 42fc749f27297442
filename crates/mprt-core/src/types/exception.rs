//! Exceptions: `BaseException` methods, `str`/`repr` per class, and the
//! CPython-format traceback printer.

use crate::object::*;
use crate::types::dict::dict_get_str;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::interp::tuple_items;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

fn exc_args(e: &Value) -> Vec<Value> {
    match e.payload() {
        Some(Payload::Exception(d)) => d
            .borrow()
            .args
            .as_ref()
            .map(tuple_items)
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// `StopIteration.value` / `SystemExit.code`: the first argument or None.
pub fn stop_iteration_value(_vm: &Vm, e: &Value) -> Value {
    let a = exc_args(e);
    match a.len() {
        0 => Value::None,
        _ => a[0].clone(),
    }
}

/// `SystemExit.code`: None, the single argument, or the args tuple.
pub fn system_exit_code(vm: &Vm, e: &Value) -> Value {
    let a = exc_args(e);
    match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => vm.new_tuple(a),
    }
}

/// CPython's OSError argument split: with 3 to 5 arguments
/// `(errno, strerror, filename[, winerror[, filename2]])` the filenames become
/// the `filename`/`filename2` attributes and `args` keeps only the first two.
pub fn os_error_split_args(vm: &Vm, inst: &Value) {
    let Value::Obj(o) = inst else { return };
    let Payload::Exception(d) = &o.payload else {
        return;
    };
    let args = tuple_items(&d.borrow().args.clone().unwrap_or(Value::None));
    if !(3..=5).contains(&args.len()) || args[2].is_none() {
        return;
    }
    let Some(dict) = &o.dict else { return };
    crate::types::dict::dict_set_str(dict, &Value::str("filename"), args[2].clone());
    if args.len() == 5 {
        crate::types::dict::dict_set_str(dict, &Value::str("filename2"), args[4].clone());
    }
    d.borrow_mut().args = Some(vm.new_tuple(args[..2].to_vec()));
}

/// `str(exception)`.
pub fn exception_str(vm: &mut Vm, e: &Value) -> PyResult<crate::value::Value> {
    let args = exc_args(e);
    let cls = vm.type_of(e);
    if vm.is_subclass(&cls, &vm.exc.key_error.clone()) && args.len() == 1 {
        return Ok(Value::Str(vm.repr(&args[0])?));
    }
    if vm.is_subclass(&cls, &vm.exc.unicode_error.clone()) && args.len() == 5 {
        return crate::types::bytes::unicode_error_str(vm, e);
    }
    if vm.is_subclass(&cls, &vm.exc.os_error.clone()) {
        let k = vm.intern("errno");
        let errno = vm.getattr(e, &k)?;
        let k = vm.intern("strerror");
        let strerror = vm.getattr(e, &k)?;
        let k = vm.intern("filename");
        let filename = vm.getattr(e, &k)?;
        let k = vm.intern("filename2");
        let filename2 = vm.getattr(e, &k)?;
        if !filename.is_none() {
            let en = vm.to_str(&errno)?;
            let se = vm.to_str(&strerror)?;
            let f = vm.repr(&filename)?;
            if !filename2.is_none() {
                let f2 = vm.repr(&filename2)?;
                return Ok(Value::string(format!(
                    "[Errno {}] {}: {} -> {}",
                    en.as_str(),
                    se.as_str(),
                    f.as_str(),
                    f2.as_str()
                )));
            }
            return Ok(Value::string(format!(
                "[Errno {}] {}: {}",
                en.as_str(),
                se.as_str(),
                f.as_str()
            )));
        }
        if !errno.is_none() && !strerror.is_none() {
            let en = vm.to_str(&errno)?;
            let se = vm.to_str(&strerror)?;
            return Ok(Value::string(format!(
                "[Errno {}] {}",
                en.as_str(),
                se.as_str()
            )));
        }
    }
    if vm.is_subclass(&cls, &vm.exc.syntax_error.clone()) && args.len() == 2 {
        let msg = vm.to_str(&args[0])?;
        let d = tuple_items(&args[1]);
        if d.len() >= 2 {
            let f = d[0]
                .as_pystr()
                .map(|s| String::from(s.as_str()))
                .unwrap_or_default();
            let line = vm.to_str(&d[1])?;
            return Ok(Value::string(format!(
                "{} ({}, line {})",
                msg.as_str(),
                f,
                line.as_str()
            )));
        }
    }
    Ok(match args.len() {
        0 => Value::str(""),
        1 => Value::Str(vm.to_str(&args[0])?),
        _ => {
            let t = vm.new_tuple(args);
            Value::Str(vm.repr(&t)?)
        }
    })
}

/// `repr(exception)`.
pub fn exception_repr(vm: &mut Vm, e: &Value) -> PyResult<String> {
    let args = exc_args(e);
    let name = vm.type_name(e);
    Ok(match args.len() {
        0 => format!("{}()", name),
        1 => format!("{}({})", name, vm.repr(&args[0])?.as_str()),
        _ => {
            let t = vm.new_tuple(args);
            format!("{}{}", name, vm.repr(&t)?.as_str())
        }
    })
}

fn exc_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return vm.type_error("BaseException.__new__ needs a class");
    };
    let mut cls = cls.clone();
    // OSError(errno, strerror, ...) picks the subclass for the errno.
    if Rc::ptr_eq(&cls, &vm.exc.os_error) && (3..=6).contains(&args.len()) {
        if let Value::Int(en) = &args[1] {
            cls = crate::vm::types::os_error_class(&vm.exc, *en as i32);
        }
    }
    let inst = vm.object_new_instance(&cls)?;
    if let Some(Payload::Exception(d)) = inst.payload() {
        d.borrow_mut().args = Some(vm.new_tuple(args[1..].to_vec()));
    }
    if vm.is_subclass(&cls, &vm.exc.os_error.clone()) {
        os_error_split_args(vm, &inst);
    }
    Ok(inst)
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() && vm.isinstance(&args[0], &vm.exc.import_error.clone()) {
        // ImportError(msg, name=..., path=...).
        for (k, v) in kw {
            if k.as_str() != "name" && k.as_str() != "path" {
                return vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    vm.type_name(&args[0])
                ));
            }
            if let Value::Obj(o) = &args[0] {
                if let Some(d) = &o.dict {
                    crate::types::dict::dict_set_str(d, &Value::str(k.as_str()), v.clone());
                }
            }
        }
    } else if !kw.is_empty() {
        return vm.type_error(format!(
            "{}() takes no keyword arguments",
            vm.type_name(&args[0])
        ));
    }
    if let Some(Payload::Exception(d)) = args[0].payload() {
        d.borrow_mut().args = Some(vm.new_tuple(args[1..].to_vec()));
    }
    if vm.isinstance(&args[0], &vm.exc.os_error.clone()) {
        os_error_split_args(vm, &args[0]);
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    exception_str(vm, &args[0])
}

fn exc_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(exception_repr(vm, &args[0])?))
}

/// `exc.with_traceback(tb)`: replace the exception's traceback (None clears it).
fn exc_with_traceback(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "with_traceback", args, 2, 2)?;
    vm.set_traceback(&args[0], &args[1])?;
    Ok(args[0].clone())
}

/// The classes of traceback objects: (traceback, frame, code summary).
static TB_TYPES: crate::gc::GilCell<Option<(Ref, Ref, Ref)>> = crate::gc::GilCell::new(None);

/// Forget the traceback classes (soft reset).
pub(crate) fn reset() {
    let old = TB_TYPES.with(|t| t.take());
    drop(old);
}

fn tb_types(vm: &Vm) -> (Ref, Ref, Ref) {
    if let Some(t) = TB_TYPES.with(|t| t.clone()) {
        return t;
    }
    let mk = |name: &str| {
        crate::vm::types::new_type(
            &vm.types,
            name,
            &[vm.types.object.clone()],
            crate::object::BaseKind::Object,
            true,
        )
    };
    let t = (mk("traceback"), mk("frame"), mk("code"));
    TB_TYPES.with(|c| *c = Some(t.clone()));
    t
}

fn obj_with(vm: &mut Vm, cls: &Ref, attrs: &[(&str, Value)]) -> Value {
    let d = vm.new_dict_ref(crate::dict::DictData::new());
    for (k, v) in attrs {
        crate::types::dict::dict_set_str(&d, &Value::str(k), v.clone());
    }
    Value::Obj(crate::object::Object::new(
        cls.clone(),
        Payload::Instance,
        Some(d),
    ))
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = &args[0];
    let Some(note) = args.get(1) else {
        return vm.type_error("add_note() takes exactly one argument");
    };
    if note.as_pystr().is_none() {
        return vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note)));
    }
    let key = vm.name("__notes__");
    let notes = match vm.getattr_opt(e, key.as_pystr().unwrap())? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            let n = vm.intern("__notes__");
            vm.setattr(e, &n, l.clone())?;
            l
        }
    };
    vm.call_method(&notes, "append", &[note.clone()])?;
    Ok(Value::None)
}

impl Vm {
    /// `exc.__traceback__`: a chain of traceback objects (outermost frame
    /// first) built from the entries the exception recorded while it
    /// propagated. Each has `tb_lineno`, `tb_next`, `tb_lasti` and `tb_frame`
    /// (with `f_lineno`, `f_code.co_name`, `f_code.co_filename`).
    pub fn traceback_value(&mut self, e: &Value) -> Value {
        let entries = match e.payload() {
            Some(Payload::Exception(d)) => d.borrow().traceback.clone(),
            _ => return Value::None,
        };
        let (tb_t, frame_t, code_t) = tb_types(self);
        let mut next = Value::None;
        // Entries are innermost first; the chain starts at the outermost.
        for t in entries.iter() {
            let code = obj_with(
                self,
                &code_t,
                &[
                    ("co_name", Value::str(&t.name)),
                    ("co_filename", Value::str(&t.file)),
                ],
            );
            let frame = obj_with(
                self,
                &frame_t,
                &[("f_code", code), ("f_lineno", Value::Int(t.line as i64))],
            );
            next = obj_with(
                self,
                &tb_t,
                &[
                    ("tb_frame", frame),
                    ("tb_lineno", Value::Int(t.line as i64)),
                    ("tb_lasti", Value::Int(0)),
                    ("tb_next", next),
                ],
            );
        }
        next
    }

    /// Set `exc.__traceback__` from a traceback chain (or None to clear).
    pub fn set_traceback(&mut self, e: &Value, tb: &Value) -> PyResult<()> {
        let mut entries = Vec::new();
        let mut cur = tb.clone();
        let tb_t = tb_types(self).0;
        while !cur.is_none() {
            if !self.isinstance(&cur, &tb_t) {
                return self.type_error("__traceback__ must be a traceback or None");
            }
            let get = |vm: &mut Vm, o: &Value, n: &str| -> PyResult<Value> {
                let k = vm.intern(n);
                vm.getattr(o, &k)
            };
            let frame = get(self, &cur, "tb_frame")?;
            let code = get(self, &frame, "f_code")?;
            let line = get(self, &cur, "tb_lineno")?;
            let name = get(self, &code, "co_name")?;
            let file = get(self, &code, "co_filename")?;
            entries.push(crate::object::TbEntry {
                file: Rc::from(self.to_str(&file)?.as_str()),
                line: match line {
                    Value::Int(n) => n.max(0) as u32,
                    _ => 0,
                },
                name: Rc::from(self.to_str(&name)?.as_str()),
            });
            cur = get(self, &cur, "tb_next")?;
        }
        entries.reverse();
        if let Some(Payload::Exception(d)) = e.payload() {
            d.borrow_mut().traceback = entries;
        }
        Ok(())
    }

    /// Format an uncaught exception like CPython's default hook.
    pub fn format_exception(&mut self, e: &Value) -> String {
        let mut out = String::new();
        self.format_exception_chain(e, &mut out, 0);
        out
    }

    fn format_exception_chain(&mut self, e: &Value, out: &mut String, depth: usize) {
        if depth < 32 {
            if let Some(Payload::Exception(d)) = e.payload() {
                let (cause, context, suppress) = {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                };
                if let Some(c) = cause {
                    self.format_exception_chain(&c, out, depth + 1);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                } else if let (Some(c), false) = (context, suppress) {
                    self.format_exception_chain(&c, out, depth + 1);
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        if let Some(Payload::Exception(d)) = e.payload() {
            let tb = d.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                for t in tb.iter().rev() {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        t.file, t.line, t.name
                    ));
                }
            }
        }
        out.push_str(&self.exception_summary(e));
        out.push('\n');
    }

    /// `Type: message` as the last line of a traceback.
    pub fn exception_summary(&mut self, e: &Value) -> String {
        let cls = self.type_of(e);
        let mut name = self.class_qualname(&cls);
        if let Some(td) = cls.type_data() {
            if let Some(m) = dict_get_str(&td.dict, "__module__") {
                if let Some(m) = m.as_pystr() {
                    if m.as_str() != "builtins" && m.as_str() != "__main__" && !td.builtin {
                        name = format!("{}.{}", m.as_str(), td.qualname.borrow());
                    } else if !td.builtin {
                        name = td.qualname.borrow().to_string();
                    }
                }
            }
        }
        let is_syntax = self.isinstance(e, &self.exc.syntax_error.clone());
        if is_syntax {
            // CPython shows the file/line and the caret before the message.
            let args = exc_args(e);
            if args.len() == 2 {
                let d = tuple_items(&args[1]);
                let msg = self
                    .to_str(&args[0])
                    .map(|s| String::from(s.as_str()))
                    .unwrap_or_default();
                if d.len() >= 4 {
                    let f = d[0]
                        .as_pystr()
                        .map(|s| String::from(s.as_str()))
                        .unwrap_or_default();
                    let line = match &d[1] {
                        Value::Int(i) => *i,
                        _ => 0,
                    };
                    let mut s = format!("  File \"{}\", line {}\n", f, line);
                    if let Some(text) = d[3].as_pystr() {
                        let t = text.as_str().trim_end_matches('\n');
                        let stripped = t.trim_start();
                        let removed = t.chars().count() - stripped.chars().count();
                        let col = match &d[2] {
                            Value::Int(c) => *c as usize,
                            _ => 0,
                        };
                        s.push_str(&format!("    {}\n", stripped));
                        let caret_col = col.saturating_sub(1).saturating_sub(removed);
                        s.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
                    }
                    return format!("{}{}: {}", s, name, msg);
                }
            }
        }
        let msg = match self.to_str(e) {
            Ok(s) => String::from(s.as_str()),
            Err(_) => String::from("<exception str() failed>"),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }
}

/// Install exception methods on BaseException.
pub fn init(vm: &mut Vm) {
    let b = vm.exc.base_exception.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &b,
        &[
            ("BaseException.__init__", exc_init),
            ("BaseException.__str__", exc_str),
            ("BaseException.__repr__", exc_repr),
            ("BaseException.with_traceback", exc_with_traceback),
            ("BaseException.add_note", exc_add_note),
        ],
    );
    let new = vm.new_builtin("BaseException.__new__", exc_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&b, "__new__", sm);
}
