//! Calling: argument binding for Python functions and the generic `call`.
//!
//! [`Vm::make_frame`] binds arguments to a new frame exactly as CPython does
//! (positional, keyword, defaults, `*args`, `**kwargs`, keyword-only and
//! positional-only parameters) with CPython's error messages.
//! [`Vm::call`] calls any callable; when the callee is a Python function it
//! runs a nested dispatch loop. The dispatch loop itself calls Python
//! functions without recursing (see `interp.rs`).

use super::frame::{Frame, OnReturn};
use super::Vm;
use crate::object::*;
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cell::RefCell;
use mprt_compiler::bytecode::codeflag;

/// Keyword arguments as passed to natives.
pub type KwArgs = [(Rc<PyStr>, Value)];

fn join_names(names: &[String]) -> String {
    match names.len() {
        0 => String::new(),
        1 => format!("'{}'", names[0]),
        2 => format!("'{}' and '{}'", names[0], names[1]),
        n => {
            let mut s = String::new();
            for (i, x) in names.iter().enumerate() {
                if i == n - 1 {
                    s.push_str(&format!("and '{}'", x));
                } else {
                    s.push_str(&format!("'{}', ", x));
                }
            }
            s
        }
    }
}

impl Vm {
    /// Bind arguments and build the frame for a call of Python function `func`.
    pub fn make_frame(
        &mut self,
        func: &Ref,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> PyResult<Box<Frame>> {
        let Payload::Function(f) = &func.payload else {
            unreachable!()
        };
        let code = f.code.clone();
        let co = &code.code;
        let nvars = co.varnames.len();
        // Reuse a finished frame's allocations when there is one.
        let mut pooled = self.frame_pool.pop();
        let mut locals: Vec<Option<Value>> = match &mut pooled {
            Some(b) => core::mem::take(&mut b.locals),
            None => Vec::new(),
        };
        locals.resize(nvars, None);
        let argcount = co.argcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & codeflag::VARARGS != 0;
        let has_varkw = co.flags & codeflag::VARKEYWORDS != 0;
        let qual = || -> String {
            match &*f.qualname.borrow() {
                Value::Str(s) => String::from(s.as_str()),
                _ => String::from(co.qualname.as_str()),
            }
        };
        // Positional.
        let npos = args.len().min(argcount);
        for (slot, a) in locals.iter_mut().zip(args.iter()).take(npos) {
            *slot = Some(a.clone());
        }
        if has_varargs {
            let extra = if args.len() > argcount {
                args[argcount..].to_vec()
            } else {
                Vec::new()
            };
            locals[argcount + kwonly] = Some(self.new_tuple(extra));
        } else if args.len() > argcount {
            let ndef = f.defaults.borrow().len();
            let given_kw = kwargs
                .iter()
                .filter(|(k, _)| {
                    co.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == k.as_str())
                })
                .count();
            let takes = if ndef > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndef,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if given_kw > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!("{}", args.len())
            };
            let verb = if args.len() == 1 && given_kw == 0 {
                "was"
            } else {
                "were"
            };
            return self.type_error(format!(
                "{}() takes {} but {} {} given",
                qual(),
                takes,
                given,
                verb
            ));
        }
        // Keywords.
        let mut kwdict: Option<Ref> = None;
        if has_varkw {
            kwdict = Some(self.new_dict_ref(crate::dict::DictData::new()));
        }
        let posonly = co.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (k, v) in kwargs {
            let ks = k.as_str();
            let idx = co.varnames[posonly..argcount + kwonly]
                .iter()
                .position(|n| n == ks)
                .map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if locals[i].is_some() {
                        return self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qual(),
                            ks
                        ));
                    }
                    locals[i] = Some(v.clone());
                }
                None => {
                    if let Some(d) = &kwdict {
                        crate::types::dict::dict_set_str(d, &Value::Str(k.clone()), v.clone());
                    } else if co.varnames[..posonly].iter().any(|n| n == ks) {
                        posonly_as_kw.push(String::from(ks));
                    } else {
                        return self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qual(),
                            ks
                        ));
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            return self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qual(),
                posonly_as_kw.join(", ")
            ));
        }
        // Defaults.
        if npos < argcount {
            let defaults = f.defaults.borrow();
            let first_def = argcount - defaults.len();
            let mut missing = Vec::new();
            for i in npos..argcount {
                if locals[i].is_none() {
                    if i >= first_def {
                        locals[i] = Some(defaults[i - first_def].clone());
                    } else {
                        missing.push(co.varnames[i].clone());
                    }
                }
            }
            if !missing.is_empty() {
                return self.type_error(format!(
                    "{}() missing {} required positional argument{}: {}",
                    qual(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                ));
            }
        }
        if kwonly > 0 {
            let kwd = f.kwdefaults.borrow().clone();
            let mut missing = Vec::new();
            for i in argcount..argcount + kwonly {
                if locals[i].is_none() {
                    let name = &co.varnames[i];
                    let d = match &kwd {
                        Value::Obj(d) => crate::types::dict::dict_get_str(d, name),
                        _ => None,
                    };
                    match d {
                        Some(v) => locals[i] = Some(v),
                        None => missing.push(name.clone()),
                    }
                }
            }
            if !missing.is_empty() {
                return self.type_error(format!(
                    "{}() missing {} required keyword-only argument{}: {}",
                    qual(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    join_names(&missing)
                ));
            }
        }
        if let Some(d) = kwdict {
            let i = argcount + kwonly + has_varargs as usize;
            locals[i] = Some(Value::Obj(d));
        }
        // Cells.
        let mut cells = Vec::with_capacity(code.ncells);
        for _ in 0..co.cellvars.len() {
            cells.push(self.new_cell(None));
        }
        cells.extend(f.closure.borrow().iter().cloned());
        for &(ci, pi) in &co.cell_params {
            if let Payload::Cell(c) = &cells[ci as usize].payload {
                *c.borrow_mut() = locals[pi as usize].clone();
            }
        }
        if let Some(mut b) = pooled {
            b.code = code.clone();
            b.pc = 0;
            b.locals = locals;
            b.cells = cells;
            b.globals = f.globals.clone();
            b.locals_dict = None;
            b.on_return = OnReturn::Push;
            b.is_base = false;
            b.exc_base = 0;
            b.func = Some(func.clone());
            return Ok(b);
        }
        Ok(Box::new(Frame {
            code: code.clone(),
            pc: 0,
            stack: Vec::with_capacity(8),
            locals,
            cells,
            blocks: Vec::new(),
            globals: f.globals.clone(),
            locals_dict: None,
            on_return: OnReturn::Push,
            is_base: false,
            saved_exc: Vec::new(),
            exc_base: 0,
            func: Some(func.clone()),
        }))
    }

    /// Keep a finished frame's allocations for the next call (a small pool;
    /// its values are dropped now, its code/globals handles on reuse).
    pub fn recycle_frame(&mut self, mut b: Box<Frame>) {
        const POOL: usize = 32;
        if self.frame_pool.len() >= POOL {
            return;
        }
        b.stack.clear();
        b.locals.clear();
        b.cells.clear();
        b.blocks.clear();
        b.saved_exc.clear();
        b.locals_dict = None;
        b.func = None;
        self.frame_pool.push(b);
    }

    /// A new closure cell.
    pub fn new_cell(&self, v: Option<Value>) -> Ref {
        Object::new(
            self.types.cell.clone(),
            Payload::Cell(RefCell::new(v)),
            None,
        )
    }

    /// True when calling this function creates a generator/coroutine.
    pub fn is_generator_code(f: &Function) -> Option<GenKind> {
        let fl = f.code.code.flags;
        if fl & codeflag::ASYNC_GENERATOR != 0 {
            Some(GenKind::AsyncGenerator)
        } else if fl & codeflag::COROUTINE != 0 {
            Some(GenKind::Coroutine)
        } else if fl & codeflag::GENERATOR != 0 {
            Some(GenKind::Generator)
        } else {
            None
        }
    }

    /// Wrap a prepared frame in a generator object.
    pub fn new_generator(&self, frame: Box<Frame>, kind: GenKind, f: &Function) -> Value {
        let cls = match kind {
            GenKind::Generator => self.types.generator.clone(),
            GenKind::Coroutine => self.types.coroutine.clone(),
            GenKind::AsyncGenerator => self.types.async_generator.clone(),
        };
        let data = GenData {
            frame: Some(frame),
            running: false,
            finished: false,
            kind,
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            closed: false,
            running_async: false,
        };
        Value::Obj(Object::new(
            cls,
            Payload::Generator(RefCell::new(data)),
            None,
        ))
    }

    /// Call any callable with positional and keyword arguments.
    /// Call special method `m` (found on the type of `this`) with one
    /// argument, binding it as attribute lookup would: a staticmethod gets
    /// no receiver, a classmethod the receiver's type.
    pub fn call_special1(&mut self, m: &Value, this: &Value, arg: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = m {
            match &o.payload {
                Payload::StaticMethod(f) => return self.call(f, &[arg.clone()], &[]),
                Payload::ClassMethod(f) => {
                    let cls = Value::Obj(self.type_of(this));
                    return self.call(f, &[cls, arg.clone()], &[]);
                }
                _ => {}
            }
        }
        self.call(m, &[this.clone(), arg.clone()], &[])
    }

    pub fn call(&mut self, func: &Value, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if let Value::Obj(o) = func {
            match &o.payload {
                Payload::Function(f) => {
                    let frame = self.make_frame(o, args, kwargs)?;
                    if let Some(kind) = Vm::is_generator_code(f) {
                        return Ok(self.new_generator(frame, kind, f));
                    }
                    return self.run_frame(frame);
                }
                Payload::Builtin(b) => {
                    if !b.takes_kwargs && !kwargs.is_empty() {
                        return self.type_error(format!("{}() takes no keyword arguments", b.name));
                    }
                    return match &b.bound {
                        Some(first) => {
                            let mut a = Vec::with_capacity(args.len() + 1);
                            a.push(first.clone());
                            a.extend_from_slice(args);
                            (b.func)(self, &a, kwargs)
                        }
                        None => (b.func)(self, args, kwargs),
                    };
                }
                Payload::BoundMethod { func, this } => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(this.clone());
                    a.extend_from_slice(args);
                    let func = func.clone();
                    return self.call(&func, &a, kwargs);
                }
                Payload::Type(_) => return self.call_type(o, args, kwargs),
                _ => {}
            }
        }
        // Instances with __call__.
        let cls = self.type_of(func);
        match self.lookup_type(&cls, "__call__") {
            Some(m) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(func.clone());
                a.extend_from_slice(args);
                self.call(&m, &a, kwargs)
            }
            None => self.type_error(format!("'{}' object is not callable", self.type_name(func))),
        }
    }

    /// Call with positional arguments only.
    pub fn call0(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(func, args, &[])
    }

    /// Look up `name` on the object's type and call it with the object first.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let cls = self.type_of(obj);
        if let Some(m) = self.lookup_type(&cls, name) {
            if is_plain_method(&m) {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(obj.clone());
                a.extend_from_slice(args);
                return self.call(&m, &a, &[]);
            }
        }
        let n = self.intern(name);
        let m = self.getattr(obj, &n)?;
        self.call(&m, args, &[])
    }

    /// Call `type(...)`: construct an instance (or `type(x)`).
    pub fn call_type(&mut self, cls: &Ref, args: &[Value], kwargs: &KwArgs) -> PyResult<Value> {
        if Rc::ptr_eq(cls, &self.types.type_) && args.len() == 1 && kwargs.is_empty() {
            return Ok(Value::Obj(self.type_of(&args[0])));
        }
        let clsv = Value::Obj(cls.clone());
        // A metaclass with its own __call__.
        let meta = self.type_of(&clsv);
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(c) = self.lookup_type(&meta, "__call__") {
                if !is_builtin_fn(&c, "type.__call__") {
                    let mut a = vec![clsv.clone()];
                    a.extend_from_slice(args);
                    return self.call(&c, &a, kwargs);
                }
            }
        }
        self.type_call_default(cls, args, kwargs)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    pub fn type_call_default(
        &mut self,
        cls: &Ref,
        args: &[Value],
        kwargs: &KwArgs,
    ) -> PyResult<Value> {
        let clsv = Value::Obj(cls.clone());
        let new = self.lookup_type(cls, "__new__").unwrap_or(Value::None);
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(clsv.clone());
        a.extend_from_slice(args);
        let new = match &new {
            Value::Obj(o) => match &o.payload {
                Payload::StaticMethod(f) => f.clone(),
                _ => new.clone(),
            },
            _ => new,
        };
        let inst = self.call(&new, &a, kwargs)?;
        // __init__ only when __new__ returned an instance of cls.
        let ity = self.type_of(&inst);
        if !self.is_subclass(&ity, cls) {
            return Ok(inst);
        }
        if let Some(init) = self.lookup_type(&ity, "__init__") {
            if is_builtin_fn(&init, "object.__init__") {
                return Ok(inst);
            }
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(inst.clone());
            a.extend_from_slice(args);
            let r = self.call(&init, &a, kwargs)?;
            if !r.is_none() {
                return self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    self.type_name(&r)
                ));
            }
        }
        Ok(inst)
    }
}

/// True for a Python function or a native method descriptor (binds `self`).
pub fn is_plain_method(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Function(_) => true,
            Payload::Builtin(b) => b.is_method,
            _ => false,
        },
        _ => false,
    }
}

/// True when `v` is the native function with that qualified marker name
/// (looking through a `staticmethod`/`classmethod` wrapper).
pub fn is_builtin_fn(v: &Value, name: &str) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Builtin(b) => b.name == name,
            Payload::StaticMethod(f) | Payload::ClassMethod(f) => is_builtin_fn(f, name),
            _ => false,
        },
        _ => false,
    }
}
