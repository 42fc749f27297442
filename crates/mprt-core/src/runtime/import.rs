//! Compiling and running code, and the import system.
//!
//! Modules come from, in order: `sys.modules`, the built-in native modules,
//! the frozen Python modules, then `sys.path` (`.py` files and packages with
//! `__init__.py`; the entry `.frozen` stands for the frozen modules).

use crate::object::*;
use crate::str::PyStr;
use crate::types::dict::{dict_get_str, dict_set_str};
use crate::value::{Ref, Value};
use crate::vm::frame::{Frame, OnReturn};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use mprt_compiler::bytecode::{CodeObject, Const};
use mprt_syntax::{Mode, SyntaxErrorKind};

impl Vm {
    /// Compile source text to a runnable code object (SyntaxError on failure).
    pub fn compile_source(&mut self, src: &str, filename: &str, mode: Mode) -> PyResult<Rc<Code>> {
        let r =
            mprt_syntax::parse(src, mode).and_then(|m| mprt_compiler::compile(&m, filename, mode));
        match r {
            Ok(co) => Ok(self.load_code(Rc::new(co))),
            Err(e) => Err(self.syntax_error(&e, filename, src)),
        }
    }

    /// Build the SyntaxError exception for a compile error.
    pub fn syntax_error(
        &mut self,
        e: &mprt_syntax::SyntaxError,
        filename: &str,
        src: &str,
    ) -> Value {
        let cls = match e.kind {
            SyntaxErrorKind::Indentation => self.exc.indentation_error.clone(),
            SyntaxErrorKind::Tab => self.exc.tab_error.clone(),
            _ => self.exc.syntax_error.clone(),
        };
        let text = src.lines().nth(e.line.saturating_sub(1) as usize).map(|l| {
            let mut s = String::from(l);
            s.push('\n');
            s
        });
        let textv = match &text {
            Some(t) => Value::str(t),
            None => Value::None,
        };
        let details = self.new_tuple(vec![
            Value::str(filename),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            textv.clone(),
        ]);
        let exc = self.new_exception(&cls, vec![Value::str(&e.msg), details]);
        if let Value::Obj(o) = &exc {
            if let Some(d) = &o.dict {
                dict_set_str(d, &Value::str("msg"), Value::str(&e.msg));
                dict_set_str(d, &Value::str("filename"), Value::str(filename));
                dict_set_str(d, &Value::str("lineno"), Value::Int(e.line as i64));
                dict_set_str(d, &Value::str("offset"), Value::Int(e.col as i64));
                dict_set_str(d, &Value::str("text"), textv);
            }
        }
        exc
    }

    /// Turn compiler output into a runnable code object.
    pub fn load_code(&mut self, co: Rc<CodeObject>) -> Rc<Code> {
        let consts = co.consts.iter().map(|c| self.const_value(c)).collect();
        let names = co.names.iter().map(|n| self.intern(n)).collect();
        let varnames = co.varnames.iter().map(|n| self.intern(n)).collect();
        let ncells = co.cellvars.len() + co.freevars.len();
        Rc::new(Code {
            code: co,
            consts,
            names,
            varnames,
            ncells,
        })
    }

    fn const_value(&mut self, c: &Const) -> Value {
        match c {
            Const::None => Value::None,
            Const::Bool(b) => Value::Bool(*b),
            Const::Int(i) => Value::Int(*i),
            Const::BigInt(b) => self.new_bigint(b.clone()),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(r, i) => self.new_complex(*r, *i),
            Const::Str(s) => {
                if s.len() <= 24 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                    Value::Str(self.intern(s))
                } else {
                    Value::str(s)
                }
            }
            Const::Bytes(b) => self.new_bytes(b.clone()),
            Const::Tuple(items) => {
                let v = items.iter().map(|c| self.const_value(c)).collect();
                self.new_tuple(v)
            }
            Const::Ellipsis => Value::Ellipsis,
            Const::FrozenSet(items) => {
                let v = items.iter().map(|c| self.const_value(c)).collect();
                crate::types::set::folded_frozenset(self, v)
            }
            Const::Code(co) => {
                let code = self.load_code(co.clone());
                Value::Obj(Object::new(
                    self.types.code.clone(),
                    Payload::Code(code),
                    None,
                ))
            }
        }
    }

    /// Run module-level code with the given globals (and optional separate locals).
    pub fn exec_code(
        &mut self,
        code: Rc<Code>,
        globals: Ref,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        if dict_get_str(&globals, "__builtins__").is_none() {
            dict_set_str(
                &globals,
                &Value::str("__builtins__"),
                Value::Obj(self.builtins_module()),
            );
        }
        let nlocals = code.code.varnames.len();
        let mut cells = Vec::new();
        for _ in 0..code.code.cellvars.len() {
            cells.push(self.new_cell(None));
        }
        let frame = Box::new(Frame {
            code: code.clone(),
            pc: 0,
            stack: Vec::with_capacity(8),
            locals: vec![None; nlocals],
            cells,
            blocks: Vec::new(),
            globals: globals.clone(),
            locals_dict: Some(locals.unwrap_or(Value::Obj(globals))),
            on_return: OnReturn::Push,
            is_base: true,
            saved_exc: Vec::new(),
            exc_base: 0,
            func: None,
        });
        if code.code.flags & mprt_compiler::bytecode::codeflag::COROUTINE != 0 {
            // Top-level await (REPL): return the coroutine for the caller to drive.
            let data = GenData {
                frame: Some(frame),
                running: false,
                finished: false,
                kind: GenKind::Coroutine,
                name: Value::str("<module>"),
                qualname: Value::str("<module>"),
                closed: false,
                running_async: false,
            };
            return Ok(Value::Obj(Object::new(
                self.types.coroutine.clone(),
                Payload::Generator(core::cell::RefCell::new(data)),
                None,
            )));
        }
        self.run_frame(frame)
    }

    /// The `builtins` module object.
    pub fn builtins_module(&mut self) -> Ref {
        match dict_get_str(&self.modules, "builtins") {
            Some(Value::Obj(m)) => m,
            _ => self.sys.clone(),
        }
    }

    /// `sys.path` as strings.
    fn sys_path(&mut self) -> Vec<String> {
        let d = Vm::module_dict(&self.sys);
        match dict_get_str(&d, "path") {
            Some(p) => crate::vm::interp::tuple_items(&p)
                .iter()
                .filter_map(|v| v.as_pystr().map(|s| String::from(s.as_str())))
                .collect(),
            None => Vec::new(),
        }
    }

    /// Resolve a relative module name.
    fn resolve_name(&mut self, name: &str, globals: &Ref, level: usize) -> PyResult<String> {
        if level == 0 {
            return Ok(String::from(name));
        }
        let package = match dict_get_str(globals, "__package__") {
            Some(Value::Str(p)) => String::from(p.as_str()),
            _ => {
                let modname = dict_get_str(globals, "__name__")
                    .and_then(|v| v.as_pystr().map(|s| String::from(s.as_str())))
                    .unwrap_or_default();
                if dict_get_str(globals, "__path__").is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(a, _)| String::from(a))
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_exc_msg(
                &self.exc.import_error,
                "attempted relative import with no known parent package",
            ));
        }
        let mut base = package.as_str();
        for _ in 1..level {
            match base.rsplit_once('.') {
                Some((a, _)) => base = a,
                None => {
                    return Err(self.new_exc_msg(
                        &self.exc.import_error,
                        "attempted relative import beyond top-level package",
                    ))
                }
            }
        }
        Ok(if name.is_empty() {
            String::from(base)
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// The `ImportName` op.
    pub fn import_name(
        &mut self,
        name: &str,
        globals: &Ref,
        fromlist: &Value,
        level: usize,
    ) -> PyResult<Value> {
        let full = self.resolve_name(name, globals, level)?;
        let m = self.import_module(&full)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            v => !crate::vm::interp::tuple_items(v).is_empty(),
        };
        if has_fromlist {
            return Ok(Value::Obj(m));
        }
        if level > 0 && name.is_empty() {
            return Ok(Value::Obj(m));
        }
        // `import a.b.c` binds `a`.
        let top = if level == 0 {
            full.split('.').next().unwrap().to_string()
        } else {
            let base_len = full.len() - name.len();
            let first = name.split('.').next().unwrap_or("");
            format!("{}{}", &full[..base_len], first)
        };
        match dict_get_str(&self.modules, &top) {
            Some(Value::Obj(t)) => Ok(Value::Obj(t)),
            _ => Ok(Value::Obj(m)),
        }
    }

    /// Import a module by absolute dotted name (importing parents first).
    pub fn import_module(&mut self, full: &str) -> PyResult<Ref> {
        if let Some(v) = dict_get_str(&self.modules, full) {
            if let Value::Obj(m) = v {
                return Ok(m);
            }
            return Err(self.new_exc_msg(
                &self.exc.module_not_found_error,
                format!("import of {} halted; None in sys.modules", full),
            ));
        }
        let (parent, last) = match full.rsplit_once('.') {
            Some((p, l)) => (Some(p), l),
            None => (None, full),
        };
        let mut search: Option<Vec<String>> = None;
        let parent_mod = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(v) =
                    dict_get_str(&Vm::module_dict(&pm), full.rsplit('.').next().unwrap())
                {
                    // Already an attribute that is a module (set by the parent).
                    if let Value::Obj(o) = &v {
                        if matches!(o.payload, Payload::Module(_)) {
                            if let Some(m) = dict_get_str(&self.modules, full) {
                                if let Value::Obj(m) = m {
                                    return Ok(m);
                                }
                            }
                        }
                    }
                }
                let pd = Vm::module_dict(&pm);
                match dict_get_str(&pd, "__path__") {
                    Some(p) => {
                        search = Some(
                            self.iterate(&p)?
                                .iter()
                                .filter_map(|v| v.as_pystr().map(|s| String::from(s.as_str())))
                                .collect(),
                        );
                    }
                    None => {
                        return Err(self.new_exc_msg(
                            &self.exc.module_not_found_error,
                            format!(
                                "No module named '{}'; '{}' is not a package",
                                full,
                                parent.unwrap()
                            ),
                        ));
                    }
                }
                Some(pm)
            }
            None => None,
        };
        let m = self.load_module(full, last, search)?;
        if let Some(pm) = parent_mod {
            self.set_attr_str(&pm, last, Value::Obj(m.clone()));
        }
        Ok(m)
    }

    fn load_module(
        &mut self,
        full: &str,
        last: &str,
        search: Option<Vec<String>>,
    ) -> PyResult<Ref> {
        // Built-in native modules.
        if search.is_none() {
            if let Some(m) = crate::modules::make_builtin_module(self, full)? {
                dict_set_str(&self.modules, &Value::str(full), Value::Obj(m.clone()));
                return Ok(m);
            }
        }
        let paths = match &search {
            Some(p) => p.clone(),
            None => {
                let mut p = self.sys_path();
                if !p.iter().any(|e| e == ".frozen") {
                    p.push(String::from(".frozen"));
                }
                p
            }
        };
        for entry in paths {
            if entry == ".frozen" {
                if let Some((src, is_pkg)) = self
                    .frozen
                    .iter()
                    .find(|(n, _, _)| *n == full)
                    .map(|(_, s, p)| (*s, *p))
                {
                    let fname = format!("<frozen {}>", full);
                    return self.exec_module_source(
                        full,
                        src,
                        &fname,
                        if is_pkg {
                            Some(format!(".frozen/{}", full.replace('.', "/")))
                        } else {
                            None
                        },
                    );
                }
                continue;
            }
            let dir = if entry.is_empty() {
                String::from(".")
            } else {
                entry.clone()
            };
            let pkg_dir = format!("{}/{}", dir, last);
            let init = format!("{}/__init__.py", pkg_dir);
            let path_of = |p: &str| {
                if entry.is_empty() {
                    String::from(&p[2..])
                } else {
                    String::from(p)
                }
            };
            if let Ok(st) = self.port.stat(&pkg_dir) {
                if st.mode & 0o170000 == 0o040000 {
                    if let Ok(src) = self.port.read_file(&init) {
                        let src = self.decode_source(src)?;
                        let pd = path_of(&pkg_dir);
                        return self.exec_module_source(full, &src, &path_of(&init), Some(pd));
                    }
                    // Namespace package.
                    let m = self.new_module(full);
                    let pd = path_of(&pkg_dir);
                    let pl = self.new_list(vec![Value::string(pd)]);
                    self.set_attr_str(&m, "__path__", pl);
                    dict_set_str(&self.modules, &Value::str(full), Value::Obj(m.clone()));
                    return Ok(m);
                }
            }
            let file = format!("{}/{}.py", dir, last);
            if let Ok(src) = self.port.read_file(&file) {
                let src = self.decode_source(src)?;
                return self.exec_module_source(full, &src, &path_of(&file), None);
            }
        }
        let e = self.new_exc_msg(
            &self.exc.module_not_found_error,
            format!("No module named '{}'", full),
        );
        if let Value::Obj(o) = &e {
            if let Some(d) = &o.dict {
                dict_set_str(d, &Value::str("name"), Value::str(full));
            }
        }
        Err(e)
    }

    fn decode_source(&mut self, src: Vec<u8>) -> PyResult<String> {
        match String::from_utf8(src) {
            Ok(s) => Ok(s),
            Err(_) => Err(self.new_exc_msg(&self.exc.syntax_error, "source is not valid UTF-8")),
        }
    }

    /// Create, register and execute a module from source.
    pub fn exec_module_source(
        &mut self,
        name: &str,
        src: &str,
        filename: &str,
        pkg_path: Option<String>,
    ) -> PyResult<Ref> {
        let m = self.new_module(name);
        let d = Vm::module_dict(&m);
        dict_set_str(&d, &Value::str("__file__"), Value::str(filename));
        match &pkg_path {
            Some(p) => {
                let pl = self.new_list(vec![Value::str(p)]);
                dict_set_str(&d, &Value::str("__path__"), pl);
                dict_set_str(&d, &Value::str("__package__"), Value::str(name));
            }
            None => {
                let pkg = name.rsplit_once('.').map(|(a, _)| a).unwrap_or("");
                dict_set_str(&d, &Value::str("__package__"), Value::str(pkg));
            }
        }
        dict_set_str(&self.modules, &Value::str(name), Value::Obj(m.clone()));
        self.initializing.push(String::from(name));
        let r = self
            .compile_source(src, filename, Mode::Exec)
            .and_then(|code| self.exec_code(code, d, None));
        self.initializing.pop();
        if let Err(e) = r {
            crate::types::dict::dict_del_str(&self.modules, name);
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        match dict_get_str(&self.modules, name) {
            Some(Value::Obj(m2)) => Ok(m2),
            _ => Ok(m),
        }
    }

    /// The `ImportFrom` op.
    pub fn import_from(&mut self, m: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(m, name)? {
            return Ok(v);
        }
        // A submodule not yet imported.
        let modname = match m.payload() {
            Some(Payload::Module(d)) => dict_get_str(d, "__name__")
                .and_then(|v| v.as_pystr().map(|s| String::from(s.as_str()))),
            _ => None,
        };
        if let Some(mn) = &modname {
            let full = format!("{}.{}", mn, name.as_str());
            let is_pkg = matches!(m.payload(), Some(Payload::Module(d)) if dict_get_str(d, "__path__").is_some());
            if is_pkg {
                match self.import_module(&full) {
                    Ok(sub) => return Ok(Value::Obj(sub)),
                    Err(e) => {
                        if !self.exc_matches(&e, &self.exc.module_not_found_error.clone()) {
                            return Err(e);
                        }
                    }
                }
            }
        }
        let mn = modname.unwrap_or_else(|| String::from("?"));
        let loc = match m.payload() {
            Some(Payload::Module(d)) => match dict_get_str(d, "__file__") {
                Some(f) => format!(
                    "{}",
                    f.as_pystr()
                        .map(|s| s.as_str())
                        .unwrap_or("unknown location")
                ),
                None => String::from("unknown location"),
            },
            _ => String::from("unknown location"),
        };
        let partial = if self.initializing.iter().any(|n| n == &mn) {
            "partially initialized module "
        } else {
            ""
        };
        let hint = if partial.is_empty() {
            ""
        } else {
            " (most likely due to a circular import)"
        };
        let e = self.new_exc_msg(
            &self.exc.import_error,
            format!(
                "cannot import name '{}' from {}'{}'{} ({})",
                name.as_str(),
                partial,
                mn,
                hint,
                loc
            ),
        );
        if let Value::Obj(o) = &e {
            if let Some(d) = &o.dict {
                dict_set_str(d, &Value::str("name"), Value::str(&mn));
            }
        }
        Err(e)
    }

    /// The `ImportStar` op.
    pub fn import_star(&mut self, m: &Value, target: &Value) -> PyResult<()> {
        let Some(Payload::Module(d)) = m.payload() else {
            return self.type_error("import * from non-module");
        };
        let d = d.clone();
        let names: Vec<Value> = match dict_get_str(&d, "__all__") {
            Some(all) => {
                let items = self.iterate(&all)?;
                for it in &items {
                    if it.as_pystr().is_none() {
                        let mn = dict_get_str(&d, "__name__")
                            .and_then(|v| v.as_pystr().map(|s| String::from(s.as_str())))
                            .unwrap_or_default();
                        return Err(self.new_exc_msg(
                            &self.exc.type_error,
                            format!(
                                "Item in {}.__all__ must be str, not {}",
                                mn,
                                self.type_name(it)
                            ),
                        ));
                    }
                }
                items
            }
            None => crate::types::dict::dict_keys(&Value::Obj(d.clone()))
                .into_iter()
                .filter(|k| {
                    k.as_pystr()
                        .map(|s| !s.as_str().starts_with('_'))
                        .unwrap_or(false)
                })
                .collect(),
        };
        for n in names {
            let ns = match n.as_pystr() {
                Some(s) => s.clone(),
                None => continue,
            };
            let v = self.getattr(m, &ns)?;
            self.setitem(target, n, v)?;
        }
        Ok(())
    }
}
