//! The dispatch loop.
//!
//! [`Vm::run_frame`] runs a frame until it returns; [`Vm::resume`] runs a
//! generator frame until it yields or returns. Both drive [`Vm::dispatch`],
//! which owns the running frame as a local and keeps its callers in
//! `vm.frames`: a Python-to-Python call pushes the caller and continues with
//! the callee, a return pops back — the Rust stack does not grow. Natives
//! that call Python (and generators) start a nested dispatch, bounded by the
//! recursion limit.

use super::frame::{Block, Frame, OnReturn};
use super::Vm;
use crate::object::*;
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use mprt_compiler::bytecode::{codeflag, fmtflag, mkfn, Op};

/// How a dispatch ended.
pub enum Exit {
    /// The base frame returned.
    Return(Value),
    /// The base frame (a generator) yielded; the frame is handed back.
    Yield(Value, Box<Frame>),
}

/// What one burst of ops asks the loop to do.
enum Control {
    /// Push the current frame and continue with this callee.
    Call(Box<Frame>),
    /// The current frame returns this value.
    Return(Value),
    /// The current frame yields.
    Yield(Value),
}

macro_rules! pop {
    ($f:expr) => {
        match $f.stack.pop() {
            Some(v) => v,
            None => unreachable!("value stack underflow"),
        }
    };
}

impl Vm {
    /// Run a frame to completion.
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.is_base = true;
        match self.dispatch(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(..) => self.runtime_error("yield from a non-generator frame"),
        }
    }

    fn enter_nested(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth > self.recursion_limit / 4 + 50
            || self.frames.len() + self.native_depth > self.recursion_limit + 50
        {
            self.native_depth -= 1;
            return Err(self.new_exc_msg(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// Run `frame` (the base of a new nested loop) until it returns or yields.
    pub fn dispatch(&mut self, mut f: Box<Frame>) -> PyResult<Exit> {
        self.enter_nested()?;
        f.is_base = true;
        let base_depth = self.frames.len();
        let saved = self.cur_frame;
        let r = self.dispatch_inner(f, base_depth);
        self.cur_frame = saved;
        self.native_depth -= 1;
        r
    }

    fn dispatch_inner(&mut self, mut f: Box<Frame>, base_depth: usize) -> PyResult<Exit> {
        f.exc_base = self.exc_stack.len();
        let saved = core::mem::take(&mut f.saved_exc);
        self.exc_stack.extend(saved);
        loop {
            let r = self.exec(&mut f);
            match r {
                Ok(Control::Call(mut callee)) => {
                    if self.frames.len() + self.native_depth >= self.recursion_limit {
                        let e = self.new_exc_msg(
                            &self.exc.recursion_error,
                            "maximum recursion depth exceeded",
                        );
                        match self.unwind(&mut f, e, base_depth) {
                            Ok(()) => continue,
                            Err(e) => return Err(e),
                        }
                    }
                    callee.exc_base = self.exc_stack.len();
                    self.frames.push(f);
                    f = callee;
                }
                Ok(Control::Return(v)) => {
                    self.exc_stack.truncate(f.exc_base);
                    if f.is_base {
                        return Ok(Exit::Return(v));
                    }
                    let on_ret = core::mem::replace(&mut f.on_return, OnReturn::Push);
                    let done = core::mem::replace(&mut f, self.frames.pop().expect("caller frame"));
                    self.recycle_frame(done);
                    match on_ret {
                        OnReturn::Push => f.stack.push(v),
                        OnReturn::Init(inst) => {
                            if !v.is_none() {
                                let e = self.new_exc_msg(
                                    &self.exc.type_error,
                                    format!(
                                        "__init__() should return None, not '{}'",
                                        self.type_name(&v)
                                    ),
                                );
                                if let Err(e) = self.unwind(&mut f, e, base_depth) {
                                    return Err(e);
                                }
                                continue;
                            }
                            f.stack.push(inst);
                        }
                    }
                }
                Ok(Control::Yield(v)) => {
                    // Only a base (generator) frame yields.
                    let extra: Vec<Value> = self.exc_stack.drain(f.exc_base..).collect();
                    f.saved_exc = extra;
                    return Ok(Exit::Yield(v, f));
                }
                Err(e) => {
                    if let Err(e) = self.unwind(&mut f, e, base_depth) {
                        return Err(e);
                    }
                }
            }
        }
    }

    /// Chain a new exception to the one being handled (`__context__`), avoiding cycles.
    pub fn set_implicit_context(&self, e: &Value) {
        let Some(cur) = self.exc_stack.last() else {
            return;
        };
        if cur.is(e) {
            return;
        }
        let Some(Payload::Exception(d)) = e.payload() else {
            return;
        };
        if d.borrow().context.is_some() {
            return;
        }
        // Break a cycle: if `e` already appears in cur's context chain, cut it there.
        let mut p = cur.clone();
        for _ in 0..100 {
            let next = match p.payload() {
                Some(Payload::Exception(pd)) => pd.borrow().context.clone(),
                _ => None,
            };
            match next {
                Some(n) if n.is(e) => {
                    if let Some(Payload::Exception(pd)) = p.payload() {
                        pd.borrow_mut().context = None;
                    }
                    break;
                }
                Some(n) => p = n,
                None => break,
            }
        }
        d.borrow_mut().context = Some(cur.clone());
    }

    /// Record a traceback entry for `f` on exception `e`.
    fn add_traceback(&self, f: &Frame, e: &Value) {
        if let Value::Obj(o) = e {
            if let Payload::Exception(d) = &o.payload {
                let co = &f.code.code;
                let entry = TbEntry {
                    file: Rc::from(co.filename.as_str()),
                    line: f.line(),
                    name: Rc::from(co.name.as_str()),
                };
                d.borrow_mut().traceback.push(entry);
            }
        }
    }

    /// Find a handler for `e` in `f` or its callers (down to the loop's base).
    /// On success `f` is the frame to continue with; otherwise the error
    /// propagates out of this dispatch loop.
    fn unwind(&mut self, f: &mut Box<Frame>, e: Value, base_depth: usize) -> PyResult<()> {
        let mut e = e;
        self.set_implicit_context(&e);
        // A re-raise (bare `raise`, or an unmatched `except`/`finally`
        // passing the exception on) adds no entry for its own frame.
        let mut skip_entry = core::mem::take(&mut self.reraising);
        loop {
            if !core::mem::take(&mut skip_entry) {
                self.add_traceback(f, &e);
            }
            while let Some(b) = f.blocks.pop() {
                match b {
                    Block::Setup { handler, depth } => {
                        f.stack.truncate(depth as usize);
                        let exc_depth = (self.exc_stack.len() - f.exc_base) as u32;
                        f.blocks.push(Block::Handler { depth, exc_depth });
                        self.exc_stack.push(e.clone());
                        f.stack.push(e);
                        f.pc = handler as usize;
                        return Ok(());
                    }
                    Block::Handler { depth, exc_depth } => {
                        f.stack.truncate(depth as usize);
                        self.exc_stack.truncate(f.exc_base + exc_depth as usize);
                    }
                }
            }
            self.exc_stack.truncate(f.exc_base);
            if f.is_base || self.frames.len() <= base_depth {
                // Generator frames are dropped by the caller (resume).
                f.stack.clear();
                return Err(e);
            }
            *f = self.frames.pop().expect("caller");
            // An exception escaping `__init__` etc. simply propagates.
            e = e.clone();
        }
    }

    /// Resume a suspended generator frame with `sent` (pushed unless it is the first run).
    pub fn resume(
        &mut self,
        mut frame: Box<Frame>,
        sent: Option<Value>,
        throw: Option<Value>,
    ) -> PyResult<Exit> {
        frame.is_base = true;
        if let Some(v) = sent {
            frame.stack.push(v);
        }
        if let Some(exc) = throw {
            // Raise inside the generator at its current point.
            self.enter_nested()?;
            let base_depth = self.frames.len();
            let mut f = frame;
            f.exc_base = self.exc_stack.len();
            let saved = core::mem::take(&mut f.saved_exc);
            self.exc_stack.extend(saved);
            let r = match self.unwind(&mut f, exc, base_depth) {
                Ok(()) => {
                    let extra: Vec<Value> = self.exc_stack.drain(f.exc_base..).collect();
                    f.saved_exc = extra;
                    self.native_depth -= 1;
                    return self.dispatch(f);
                }
                Err(e) => Err(e),
            };
            self.native_depth -= 1;
            return r;
        }
        self.dispatch(frame)
    }

    /// Execute ops of `f` until a control transfer or an error.
    fn exec(&mut self, f: &mut Box<Frame>) -> PyResult<Control> {
        self.cur_frame = &**f as *const Frame;
        let code = f.code.clone();
        let ops = &code.code.code;
        loop {
            let op = ops[f.pc];
            f.pc += 1;
            match op {
                Op::Nop => {}
                Op::PopTop => {
                    f.stack.pop();
                }
                Op::Copy(i) => {
                    let v = f.stack[f.stack.len() - i as usize].clone();
                    f.stack.push(v);
                }
                Op::Swap(i) => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - i as usize);
                }
                Op::Rot(n) => {
                    let len = f.stack.len();
                    let t = pop!(f);
                    f.stack.insert(len - n as usize, t);
                }
                Op::LoadConst(i) => f.stack.push(code.consts[i as usize].clone()),
                Op::LoadFast(i) => match &f.locals[i as usize] {
                    Some(v) => f.stack.push(v.clone()),
                    None => {
                        let name = code.code.varnames[i as usize].clone();
                        return Err(self.new_exc_msg(
                            &self.exc.unbound_local_error,
                            format!("cannot access local variable '{}' where it is not associated with a value", name),
                        ));
                    }
                },
                Op::StoreFast(i) => {
                    let v = pop!(f);
                    f.locals[i as usize] = Some(v);
                }
                Op::DeleteFast(i) => {
                    if f.locals[i as usize].take().is_none() {
                        let name = code.code.varnames[i as usize].clone();
                        return Err(self.new_exc_msg(
                            &self.exc.unbound_local_error,
                            format!("cannot access local variable '{}' where it is not associated with a value", name),
                        ));
                    }
                }
                Op::LoadDeref(i) => {
                    let v = cell_get(&f.cells[i as usize]);
                    match v {
                        Some(v) => f.stack.push(v),
                        None => return Err(self.unbound_cell(&code, i as usize)),
                    }
                }
                Op::StoreDeref(i) => {
                    let v = pop!(f);
                    cell_set(&f.cells[i as usize], Some(v));
                }
                Op::DeleteDeref(i) => {
                    if cell_get(&f.cells[i as usize]).is_none() {
                        return Err(self.unbound_cell(&code, i as usize));
                    }
                    cell_set(&f.cells[i as usize], None);
                }
                Op::LoadClosure(i) => f.stack.push(Value::Obj(f.cells[i as usize].clone())),
                Op::LoadClassDeref(i) => {
                    let name = self.cell_name(&code, i as usize);
                    let ld = f.locals_dict.clone();
                    let found = match &ld {
                        Some(d) => self.mapping_get(d, &Value::Str(name.clone()))?,
                        None => None,
                    };
                    match found {
                        Some(v) => f.stack.push(v),
                        None => match cell_get(&f.cells[i as usize]) {
                            Some(v) => f.stack.push(v),
                            None => return Err(self.unbound_cell(&code, i as usize)),
                        },
                    }
                }
                Op::LoadGlobal(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_global(&f.globals, name)?;
                    f.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = pop!(f);
                    crate::types::dict::dict_set_str(
                        &f.globals,
                        &Value::Str(code.names[i as usize].clone()),
                        v,
                    );
                }
                Op::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if crate::types::dict::dict_del_str(&f.globals, name.as_str()).is_none() {
                        return self.name_error(name.as_str());
                    }
                }
                Op::LoadName(i) => {
                    let name = code.names[i as usize].clone();
                    let ld = f.locals_dict.clone();
                    let found = match &ld {
                        Some(Value::Obj(d))
                            if matches!(d.payload, Payload::Dict(_))
                                && Rc::ptr_eq(d, &f.globals) =>
                        {
                            None
                        }
                        Some(d) => self.mapping_get(d, &Value::Str(name.clone()))?,
                        None => None,
                    };
                    let v = match found {
                        Some(v) => v,
                        None => self.load_global(&f.globals, &name)?,
                    };
                    f.stack.push(v);
                }
                Op::StoreName(i) => {
                    let v = pop!(f);
                    let name = Value::Str(code.names[i as usize].clone());
                    match f.locals_dict.clone() {
                        Some(d) => self.setitem(&d, name, v)?,
                        None => crate::types::dict::dict_set_str(&f.globals, &name, v),
                    }
                }
                Op::DeleteName(i) => {
                    let name = code.names[i as usize].clone();
                    let d = f
                        .locals_dict
                        .clone()
                        .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                    if let Err(e) = self.delitem(&d, &Value::Str(name.clone())) {
                        if self.exc_matches(&e, &self.exc.key_error.clone()) {
                            return self.name_error(name.as_str());
                        }
                        return Err(e);
                    }
                }
                Op::LoadAttr(i) => {
                    let o = pop!(f);
                    let v = self.getattr(&o, &code.names[i as usize])?;
                    f.stack.push(v);
                }
                Op::StoreAttr(i) => {
                    let o = pop!(f);
                    let v = pop!(f);
                    self.setattr(&o, &code.names[i as usize], v)?;
                }
                Op::DeleteAttr(i) => {
                    let o = pop!(f);
                    self.delattr(&o, &code.names[i as usize])?;
                }
                Op::LoadMethod(i) => {
                    let o = pop!(f);
                    let name = &code.names[i as usize];
                    match self.lookup_method(&o, name)? {
                        (m, Some(this)) => {
                            f.stack.push(m);
                            f.stack.push(this);
                        }
                        (attr, None) => {
                            f.stack.push(attr);
                            f.stack.push(Value::Obj(self.null.clone()));
                        }
                    }
                }
                Op::BinarySubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    let v = self.getitem(&c, &k)?;
                    f.stack.push(v);
                }
                Op::StoreSubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    let v = pop!(f);
                    self.setitem(&c, k, v)?;
                }
                Op::DeleteSubscr => {
                    let k = pop!(f);
                    let c = pop!(f);
                    self.delitem(&c, &k)?;
                }
                Op::BinaryOp(op) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let fast = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => int_fast(*x, *y, op & 15),
                        (Value::Float(x), Value::Float(y)) => float_fast(*x, *y, op & 15),
                        (Value::Float(x), Value::Int(y)) => float_fast(*x, *y as f64, op & 15),
                        (Value::Int(x), Value::Float(y)) => float_fast(*x as f64, *y, op & 15),
                        _ => None,
                    };
                    let r = match fast {
                        Some(r) => r,
                        None => self.binary_op(&a, &b, op)?,
                    };
                    f.stack.push(r);
                }
                Op::UnaryOp(op) => {
                    let a = pop!(f);
                    let r = self.unary_op(&a, op)?;
                    f.stack.push(r);
                }
                Op::CompareOp(op) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Value::Bool(match op {
                            0 => x < y,
                            1 => x <= y,
                            2 => x == y,
                            3 => x != y,
                            4 => x > y,
                            _ => x >= y,
                        }),
                        _ => self.compare(&a, &b, op)?,
                    };
                    f.stack.push(r);
                }
                Op::IsOp(neg) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    f.stack.push(Value::Bool(a.is(&b) != (neg != 0)));
                }
                Op::ContainsOp(neg) => {
                    let b = pop!(f);
                    let a = pop!(f);
                    let r = self.contains(&b, &a)?;
                    f.stack.push(Value::Bool(r != (neg != 0)));
                }
                Op::BuildTuple(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(self.new_tuple(items));
                }
                Op::BuildList(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    f.stack.push(self.new_list(items));
                }
                Op::BuildSet(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let s = self.new_set_from(crate::dict::DictData::new(), false);
                    for it in items {
                        self.set_add(&s, it)?;
                    }
                    f.stack.push(s);
                }
                Op::BuildMap(n) => {
                    let items = f.stack.split_off(f.stack.len() - 2 * n as usize);
                    let d = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.setitem(&d, k, v)?;
                    }
                    f.stack.push(d);
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop!(f) } else { Value::None };
                    let stop = pop!(f);
                    let start = pop!(f);
                    f.stack.push(Value::Obj(Object::new(
                        self.types.slice.clone(),
                        Payload::Slice(start, stop, step),
                        None,
                    )));
                }
                Op::BuildString(n) => {
                    let items = f.stack.split_off(f.stack.len() - n as usize);
                    let mut s = String::new();
                    for it in &items {
                        if let Some(p) = it.as_pystr() {
                            s.push_str(p.as_str());
                        }
                    }
                    f.stack.push(Value::string(s));
                }
                Op::ListToTuple => {
                    let l = pop!(f);
                    let items = match &l {
                        Value::Obj(o) => match &o.payload {
                            Payload::List(v) => v.borrow().clone(),
                            _ => Vec::new(),
                        },
                        _ => Vec::new(),
                    };
                    f.stack.push(self.new_tuple(items));
                }
                Op::ListAppend(i) => {
                    let v = pop!(f);
                    let l = &f.stack[f.stack.len() - i as usize];
                    if let Value::Obj(o) = l {
                        if let Payload::List(items) = &o.payload {
                            items.borrow_mut().push(v);
                        }
                    }
                }
                Op::SetAdd(i) => {
                    let v = pop!(f);
                    let s = f.stack[f.stack.len() - i as usize].clone();
                    self.set_add(&s, v)?;
                }
                Op::MapAdd(i) => {
                    let v = pop!(f);
                    let k = pop!(f);
                    let d = f.stack[f.stack.len() - i as usize].clone();
                    self.setitem(&d, k, v)?;
                }
                Op::ListExtend(i) => {
                    let it = pop!(f);
                    let l = f.stack[f.stack.len() - i as usize].clone();
                    if !self.has_iter(&it) {
                        // In a call `f(*x)` the callee sits just below the argument list.
                        let below = f
                            .stack
                            .len()
                            .checked_sub(i as usize + 1)
                            .map(|k| f.stack[k].clone());
                        let callee = below.filter(|c| {
                            matches!(
                                c.payload(),
                                Some(
                                    Payload::Function(_)
                                        | Payload::Builtin(_)
                                        | Payload::BoundMethod { .. }
                                        | Payload::Type(_)
                                )
                            )
                        });
                        let msg = match callee {
                            Some(c) => format!(
                                "{} argument after * must be an iterable, not {}",
                                self.func_display_name(&c),
                                self.type_name(&it)
                            ),
                            None => format!(
                                "Value after * must be an iterable, not {}",
                                self.type_name(&it)
                            ),
                        };
                        return self.type_error(msg);
                    }
                    let items = self.iterate(&it)?;
                    if let Value::Obj(o) = &l {
                        if let Payload::List(v) = &o.payload {
                            v.borrow_mut().extend(items);
                        }
                    }
                }
                Op::SetUpdate(i) => {
                    let it = pop!(f);
                    let s = f.stack[f.stack.len() - i as usize].clone();
                    crate::types::set::set_inplace(
                        self,
                        &s,
                        &it,
                        mprt_compiler::bytecode::binop::OR,
                    )?;
                }
                Op::DictUpdate(i) => {
                    let m = pop!(f);
                    let d = f.stack[f.stack.len() - i as usize].clone();
                    if !self.is_mapping(&m) {
                        return self.type_error(format!(
                            "'{}' object is not a mapping",
                            self.type_name(&m)
                        ));
                    }
                    self.dict_update(&d, &m)?;
                }
                Op::DictMerge(i) => {
                    let m = pop!(f);
                    let d = f.stack[f.stack.len() - i as usize].clone();
                    let callee = f.stack[f.stack.len() - i as usize - 2].clone();
                    if !self.is_mapping(&m) {
                        let fname = self.func_display_name(&callee);
                        return self.type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            fname,
                            self.type_name(&m)
                        ));
                    }
                    let items = self.mapping_items(&m)?;
                    for (k, v) in items {
                        if self.contains(&d, &k)? {
                            let fname = self.func_display_name(&callee);
                            let ks = self.to_str(&k)?;
                            return self.type_error(format!(
                                "{} got multiple values for keyword argument '{}'",
                                fname,
                                ks.as_str()
                            ));
                        }
                        self.setitem(&d, k, v)?;
                    }
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & fmtflag::HAS_SPEC != 0 {
                        Some(pop!(f))
                    } else {
                        None
                    };
                    let v = pop!(f);
                    let v = match flags & fmtflag::CONV_MASK {
                        fmtflag::STR => Value::Str(self.to_str(&v)?),
                        fmtflag::REPR => Value::Str(self.repr(&v)?),
                        fmtflag::ASCII => {
                            let r = self.repr(&v)?;
                            Value::string(crate::types::str::ascii_escape(r.as_str()))
                        }
                        _ => v,
                    };
                    let spec = spec.unwrap_or_else(|| Value::str(""));
                    let r = self.format(&v, &spec)?;
                    f.stack.push(r);
                }
                Op::Jump(t) => {
                    if (t as usize) < f.pc {
                        self.ticks += 1;
                        if self.ticks >= 64 {
                            self.ticks = 0;
                            self.periodic()?;
                        }
                    }
                    f.pc = t as usize;
                }
                Op::PopJumpIfFalse(t) => {
                    let v = pop!(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = pop!(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if b {
                        f.pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = f.stack.last().unwrap().clone();
                    if !self.truthy(&v)? {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = f.stack.last().unwrap().clone();
                    if self.truthy(&v)? {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop!(f);
                    let it = self.get_iter(&v)?;
                    f.stack.push(it);
                }
                Op::ForIter(t) => {
                    let it = f.stack.last().unwrap();
                    // Fast path: a built-in range iterator.
                    let mut fast = None;
                    if let Value::Obj(o) = it {
                        if let Payload::Iter(cell) = &o.payload {
                            if let IterState::Range { next, stop, step } = &mut *cell.borrow_mut() {
                                let n = *next;
                                fast =
                                    Some(if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                        *next = n.wrapping_add(*step);
                                        Some(Value::Int(n))
                                    } else {
                                        None
                                    });
                            }
                        }
                    }
                    let next = match fast {
                        Some(v) => v,
                        None => {
                            let it = it.clone();
                            self.next(&it)?
                        }
                    };
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                    self.ticks += 1;
                    if self.ticks >= 256 {
                        self.ticks = 0;
                        self.periodic()?;
                    }
                }
                Op::UnpackSequence(n) => {
                    let seq = pop!(f);
                    let items = self.unpack(&seq, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = ((arg >> 8) & 0xff) as usize;
                    let seq = pop!(f);
                    let items = self
                        .iterate(&seq)
                        .map_err(|e| self.unpack_type_error(e, &seq))?;
                    if items.len() < before + after {
                        return self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ));
                    }
                    let n = items.len();
                    for v in items[n - after..].iter().rev() {
                        f.stack.push(v.clone());
                    }
                    let mid = items[before..n - after].to_vec();
                    f.stack.push(self.new_list(mid));
                    for v in items[..before].iter().rev() {
                        f.stack.push(v.clone());
                    }
                }
                Op::Call(n) => {
                    // Arguments are passed as a slice of the value stack (no copy).
                    let func_idx = f.stack.len() - n as usize - 1;
                    let func = f.stack[func_idx].clone();
                    let inline = self.call_inline(&func, &f.stack[func_idx + 1..], &[])?;
                    if let Some(c) = inline {
                        f.stack.truncate(func_idx);
                        return Ok(c);
                    }
                    let r = self.call(&func, &f.stack[func_idx + 1..], &[])?;
                    f.stack.truncate(func_idx);
                    f.stack.push(r);
                }
                Op::CallKw(n) => {
                    let names = pop!(f);
                    let mut args = f.stack.split_off(f.stack.len() - n as usize);
                    let func = pop!(f);
                    let names = tuple_items(&names);
                    let kwvals = args.split_off(args.len() - names.len());
                    let kwargs: Vec<(Rc<PyStr>, Value)> = names
                        .iter()
                        .zip(kwvals)
                        .map(|(k, v)| (k.as_pystr().unwrap().clone(), v))
                        .collect();
                    if let Some(c) = self.call_inline(&func, &args, &kwargs)? {
                        return Ok(c);
                    }
                    let r = self.call(&func, &args, &kwargs)?;
                    f.stack.push(r);
                }
                Op::CallEx(has_kw) => {
                    let kw = if has_kw != 0 { Some(pop!(f)) } else { None };
                    let args = pop!(f);
                    let func = pop!(f);
                    let args = match &args {
                        Value::Obj(o) if matches!(o.payload, Payload::Tuple(_)) => {
                            tuple_items(&args)
                        }
                        _ => {
                            if !self.has_iter(&args) {
                                let fname = self.func_display_name(&func);
                                return self.type_error(format!(
                                    "{} argument after * must be an iterable, not {}",
                                    fname,
                                    self.type_name(&args)
                                ));
                            }
                            self.iterate(&args)?
                        }
                    };
                    let mut kwargs: Vec<(Rc<PyStr>, Value)> = Vec::new();
                    if let Some(kw) = kw {
                        for (k, v) in self.mapping_items(&kw)? {
                            match k.as_pystr() {
                                Some(s) => kwargs.push((s.clone(), v)),
                                None => return self.type_error("keywords must be strings"),
                            }
                        }
                    }
                    if let Some(c) = self.call_inline(&func, &args, &kwargs)? {
                        return Ok(c);
                    }
                    let r = self.call(&func, &args, &kwargs)?;
                    f.stack.push(r);
                }
                Op::CallMethod(n) => {
                    // Stack: meth self_or_null a1..an; arguments are a stack slice.
                    let this_idx = f.stack.len() - n as usize - 1;
                    let func_idx = this_idx - 1;
                    let has_self =
                        !matches!(&f.stack[this_idx], Value::Obj(o) if Rc::ptr_eq(o, &self.null));
                    let start = if has_self { this_idx } else { this_idx + 1 };
                    let func = f.stack[func_idx].clone();
                    let inline = self.call_inline(&func, &f.stack[start..], &[])?;
                    if let Some(c) = inline {
                        f.stack.truncate(func_idx);
                        return Ok(c);
                    }
                    let r = self.call(&func, &f.stack[start..], &[])?;
                    f.stack.truncate(func_idx);
                    f.stack.push(r);
                }
                Op::MakeFunction(flags) => {
                    let codev = pop!(f);
                    let closure = if flags & mkfn::CLOSURE != 0 {
                        tuple_items(&pop!(f))
                    } else {
                        Vec::new()
                    };
                    let annotations = if flags & mkfn::ANNOTATIONS != 0 {
                        Some(pop!(f))
                    } else {
                        None
                    };
                    let kwdefaults = if flags & mkfn::KWDEFAULTS != 0 {
                        pop!(f)
                    } else {
                        Value::None
                    };
                    let defaults = if flags & mkfn::DEFAULTS != 0 {
                        tuple_items(&pop!(f))
                    } else {
                        Vec::new()
                    };
                    let func = self.make_function(
                        &codev,
                        f.globals.clone(),
                        defaults,
                        kwdefaults,
                        closure,
                        annotations,
                    )?;
                    f.stack.push(func);
                }
                Op::LoadBuildClass => {
                    let v = crate::types::dict::dict_get_str(&self.builtins, "__build_class__");
                    match v {
                        Some(v) => f.stack.push(v),
                        None => return self.name_error("__build_class__"),
                    }
                }
                Op::ReturnValue => {
                    let v = pop!(f);
                    return Ok(Control::Return(v));
                }
                Op::YieldValue => {
                    let v = pop!(f);
                    return Ok(Control::Yield(v));
                }
                Op::YieldFrom => {
                    let v = pop!(f);
                    let sub = f.stack.last().unwrap().clone();
                    match self.gen_send(&sub, v)? {
                        GenStep::Yielded(y) => {
                            f.pc -= 1; // re-execute YieldFrom on resume
                            return Ok(Control::Yield(y));
                        }
                        GenStep::Returned(r) => {
                            f.stack.pop();
                            f.stack.push(r);
                        }
                    }
                }
                Op::GetYieldFromIter => {
                    let v = pop!(f);
                    let it = match &v {
                        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => {
                            if let Payload::Generator(g) = &o.payload {
                                if g.borrow().kind == GenKind::Coroutine
                                    && code.code.flags & (codeflag::COROUTINE) == 0
                                {
                                    return self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                                }
                            }
                            v.clone()
                        }
                        _ => self.get_iter(&v)?,
                    };
                    f.stack.push(it);
                }
                Op::GetAwaitable => {
                    let v = pop!(f);
                    let a = self.get_awaitable(&v)?;
                    f.stack.push(a);
                }
                Op::GetAIter => {
                    let v = pop!(f);
                    let cls = self.type_of(&v);
                    match self.lookup_type(&cls, "__aiter__") {
                        Some(m) => {
                            let r = self.call(&m, &[v], &[])?;
                            f.stack.push(r);
                        }
                        None => {
                            return self.type_error(format!(
                                "'async for' requires an object with __aiter__ method, got {}",
                                self.type_name(&v)
                            ))
                        }
                    }
                }
                Op::GetANext => {
                    let it = f.stack.last().unwrap().clone();
                    let cls = self.type_of(&it);
                    match self.lookup_type(&cls, "__anext__") {
                        Some(m) => {
                            let r = self.call(&m, &[it], &[])?;
                            let a = self.get_awaitable(&r)?;
                            f.stack.push(a);
                        }
                        None => {
                            return self.type_error(format!(
                                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                                self.type_name(&it)
                            ))
                        }
                    }
                }
                Op::EndAsyncFor => {
                    let e = pop!(f);
                    if self.exc_matches(&e, &self.exc.stop_async_iteration.clone()) {
                        // Leave the handler and drop the async iterator.
                        self.pop_except(f);
                        f.stack.pop();
                    } else {
                        return Err(e);
                    }
                }
                Op::SetupExcept(h) => {
                    f.blocks.push(Block::Setup {
                        handler: h,
                        depth: f.stack.len() as u32,
                    });
                }
                Op::PopBlock => {
                    f.blocks.pop();
                }
                Op::PopExcept => self.pop_except(f),
                Op::Reraise => {
                    let e = pop!(f);
                    self.reraising = true;
                    return Err(e);
                }
                Op::JumpIfNotExcMatch(t) => {
                    let ty = pop!(f);
                    let e = f.stack.last().unwrap().clone();
                    self.check_except_type(&ty)?;
                    if !self.exc_matches_value(&e, &ty) {
                        f.pc = t as usize;
                    }
                }
                Op::RaiseVarargs(n) => {
                    return Err(match n {
                        0 => match self.exc_stack.last() {
                            Some(e) => {
                                self.reraising = true;
                                e.clone()
                            }
                            None => self.new_exc_msg(
                                &self.exc.runtime_error,
                                "No active exception to reraise",
                            ),
                        },
                        1 => {
                            let e = pop!(f);
                            self.make_raise(e, None)?
                        }
                        _ => {
                            let cause = pop!(f);
                            let e = pop!(f);
                            self.make_raise(e, Some(cause))?
                        }
                    });
                }
                Op::LoadAssertionError => {
                    f.stack.push(Value::Obj(self.exc.assertion_error.clone()))
                }
                Op::BeforeWith | Op::BeforeAsyncWith => {
                    let is_async = matches!(op, Op::BeforeAsyncWith);
                    let mgr = pop!(f);
                    let cls = self.type_of(&mgr);
                    let (en, ex) = if is_async {
                        ("__aenter__", "__aexit__")
                    } else {
                        ("__enter__", "__exit__")
                    };
                    let enter = self.lookup_type(&cls, en);
                    let exit = self.lookup_type(&cls, ex);
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        let what = if is_async {
                            "asynchronous context manager protocol"
                        } else {
                            "context manager protocol"
                        };
                        let missing = if self.lookup_type(&cls, en).is_none() {
                            en
                        } else {
                            ex
                        };
                        return self.type_error(format!(
                            "'{}' object does not support the {}{}",
                            self.type_name(&mgr),
                            what,
                            if missing == ex {
                                format!(" (missed {} method)", ex)
                            } else {
                                String::new()
                            }
                        ));
                    };
                    let bound_exit = self.bind(&exit, &mgr, &cls)?;
                    f.stack.push(bound_exit);
                    let r = self.call(&enter, &[mgr], &[])?;
                    let r = if is_async { self.get_awaitable(&r)? } else { r };
                    f.stack.push(r);
                }
                Op::WithExceptStart => {
                    let e = f.stack[f.stack.len() - 1].clone();
                    let exit = f.stack[f.stack.len() - 2].clone();
                    let ty = Value::Obj(self.type_of(&e));
                    let tb = self.traceback_value(&e);
                    let r = self.call(&exit, &[ty, e, tb], &[])?;
                    f.stack.push(r);
                }
                Op::ImportName(i) => {
                    let fromlist = pop!(f);
                    let level = pop!(f);
                    let level = match level {
                        Value::Int(l) => l as usize,
                        _ => 0,
                    };
                    let name = code.names[i as usize].clone();
                    let m = self.import_name(name.as_str(), &f.globals, &fromlist, level)?;
                    f.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = f.stack.last().unwrap().clone();
                    let name = code.names[i as usize].clone();
                    let v = self.import_from(&m, &name)?;
                    f.stack.push(v);
                }
                Op::ImportStar => {
                    let m = pop!(f);
                    let target = f
                        .locals_dict
                        .clone()
                        .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                    self.import_star(&m, &target)?;
                }
                Op::SetupAnnotations => {
                    let d = f
                        .locals_dict
                        .clone()
                        .unwrap_or_else(|| Value::Obj(f.globals.clone()));
                    let k = self.name("__annotations__");
                    if self.mapping_get(&d, &k)?.is_none() {
                        let nd = self.new_dict();
                        self.setitem(&d, k, nd)?;
                    }
                }
                Op::GetLen => {
                    let x = f.stack.last().unwrap().clone();
                    let n = self.len(&x)?;
                    f.stack.push(Value::Int(n as i64));
                }
                Op::MatchSequence => {
                    let x = f.stack.last().unwrap().clone();
                    let r = self.match_is_sequence(&x);
                    f.stack.push(Value::Bool(r));
                }
                Op::MatchMapping => {
                    let x = f.stack.last().unwrap().clone();
                    let r = self.match_is_mapping(&x);
                    f.stack.push(Value::Bool(r));
                }
                Op::MatchKeys => {
                    let keys = f.stack[f.stack.len() - 1].clone();
                    let subj = f.stack[f.stack.len() - 2].clone();
                    let r = self.match_keys(&subj, &keys)?;
                    f.stack.push(r);
                }
                Op::CopyDictWithoutKeys => {
                    let keys = pop!(f);
                    let subj = f.stack.last().unwrap().clone();
                    let d = self.new_dict();
                    for (k, v) in self.mapping_items(&subj)? {
                        self.dict_set(&d, k, v)?;
                    }
                    for k in tuple_items(&keys) {
                        self.dict_remove(&d, &k)?;
                    }
                    f.stack.push(d);
                }
                Op::MatchClass(n) => {
                    let names = pop!(f);
                    let cls = pop!(f);
                    let subj = pop!(f);
                    let r = self.match_class(&subj, &cls, n as usize, &names)?;
                    f.stack.push(r);
                }
                Op::PrintExpr => {
                    let v = pop!(f);
                    if !v.is_none() {
                        let r = self.repr(&v)?;
                        let mut s = String::from(r.as_str());
                        s.push('\n');
                        self.write_stdout(s.as_bytes())?;
                        crate::types::dict::dict_set_str(&self.builtins, &Value::str("_"), v);
                    }
                }
            }
        }
    }

    /// Leave an except handler: pop its block and restore the handled-exception stack.
    fn pop_except(&mut self, f: &mut Frame) {
        while let Some(b) = f.blocks.pop() {
            if let Block::Handler { exc_depth, .. } = b {
                self.exc_stack.truncate(f.exc_base + exc_depth as usize);
                return;
            }
        }
    }

    /// Called on backward jumps: pending interrupts, cycle collection.
    fn periodic(&mut self) -> PyResult<()> {
        self.maybe_switch_thread();
        self.check_pending()?;
        crate::modules::micropython::run_scheduled(self)?;
        if crate::gc::should_collect() || crate::modules::gc::threshold_reached(self) {
            crate::gc::collect();
        }
        self.check_heap()
    }

    /// Raise MemoryError when the heap is over its bound (after trying a collection).
    pub fn check_heap(&mut self) -> PyResult<()> {
        let (used, limit) = self.port.heap_usage();
        if used > limit {
            crate::gc::collect();
            let (used, limit) = self.port.heap_usage();
            if used > limit {
                return self.memory_error();
            }
        }
        Ok(())
    }

    /// If `func` is a Python function that can run in this loop, build its frame.
    fn call_inline(
        &mut self,
        func: &Value,
        args: &[Value],
        kwargs: &[(Rc<PyStr>, Value)],
    ) -> PyResult<Option<Control>> {
        let Value::Obj(o) = func else { return Ok(None) };
        match &o.payload {
            Payload::Function(fd) => {
                if Vm::is_generator_code(fd).is_some() {
                    return Ok(None);
                }
                let frame = self.make_frame(o, args, kwargs)?;
                Ok(Some(Control::Call(frame)))
            }
            Payload::BoundMethod { func: inner, this } => {
                if let Value::Obj(fo) = inner {
                    if let Payload::Function(fd) = &fo.payload {
                        if Vm::is_generator_code(fd).is_none() {
                            let mut a = Vec::with_capacity(args.len() + 1);
                            a.push(this.clone());
                            a.extend_from_slice(args);
                            let frame = self.make_frame(fo, &a, kwargs)?;
                            return Ok(Some(Control::Call(frame)));
                        }
                    }
                }
                Ok(None)
            }
            Payload::Type(_) => {
                // Plain classes with a Python __init__ and the default __new__.
                let cls = o.clone();
                if !Rc::ptr_eq(&self.type_of(func), &self.types.type_) {
                    return Ok(None);
                }
                let new = self.lookup_type_name(&cls, &self.n.new.clone());
                if !matches!(&new, Some(n) if crate::vm::call::is_builtin_fn(n, "object.__new__")) {
                    return Ok(None);
                }
                let init = self.lookup_type_name(&cls, &self.n.init.clone());
                let Some(Value::Obj(io)) = init else {
                    return Ok(None);
                };
                if !matches!(io.payload, Payload::Function(_)) {
                    return Ok(None);
                }
                if let Payload::Function(fd) = &io.payload {
                    if Vm::is_generator_code(fd).is_some() {
                        return Ok(None);
                    }
                }
                let inst = self.object_new_instance(&cls)?;
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(inst.clone());
                a.extend_from_slice(args);
                let mut frame = self.make_frame(&io, &a, kwargs)?;
                frame.on_return = OnReturn::Init(inst);
                Ok(Some(Control::Call(frame)))
            }
            _ => Ok(None),
        }
    }

    fn unbound_cell(&self, code: &Code, i: usize) -> Value {
        let co = &code.code;
        if i < co.cellvars.len() {
            self.new_exc_msg(
                &self.exc.unbound_local_error,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    co.cellvars[i]
                ),
            )
        } else {
            self.new_exc_msg(
                &self.exc.name_error,
                format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    co.freevars[i - co.cellvars.len()]
                ),
            )
        }
    }

    fn cell_name(&mut self, code: &Code, i: usize) -> Rc<PyStr> {
        let co = &code.code;
        let n = if i < co.cellvars.len() {
            co.cellvars[i].clone()
        } else {
            co.freevars[i - co.cellvars.len()].clone()
        };
        self.intern(&n)
    }

    /// Globals then builtins.
    pub fn load_global(&mut self, globals: &Ref, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = crate::types::dict::dict_get_name(globals, name) {
            return Ok(v);
        }
        if let Some(v) = crate::types::dict::dict_get_name(&self.builtins, name) {
            return Ok(v);
        }
        self.name_error(name.as_str())
    }

    /// Build the exception object for `raise e [from cause]`.
    fn make_raise(&mut self, e: Value, cause: Option<Value>) -> PyResult<Value> {
        let e = self.exception_instance(e)?;
        if let Some(c) = cause {
            let c = if c.is_none() {
                None
            } else {
                let ok = match &c {
                    Value::Obj(o) => match &o.payload {
                        Payload::Exception(_) => true,
                        Payload::Type(_) => self.is_subclass(o, &self.exc.base_exception.clone()),
                        _ => false,
                    },
                    _ => false,
                };
                if !ok {
                    return self.type_error("exception causes must derive from BaseException");
                }
                Some(self.exception_instance(c)?)
            };
            if let Some(Payload::Exception(d)) = e.payload() {
                let mut d = d.borrow_mut();
                d.cause = c;
                d.suppress_context = true;
            }
        }
        Ok(e)
    }

    /// Turn a raised value (class or instance) into an exception instance.
    pub fn exception_instance(&mut self, e: Value) -> PyResult<Value> {
        if let Value::Obj(o) = &e {
            if matches!(o.payload, Payload::Exception(_)) {
                return Ok(e);
            }
            if let Payload::Type(_) = &o.payload {
                if self.is_subclass(o, &self.exc.base_exception.clone()) {
                    let inst = self.call(&e, &[], &[])?;
                    if matches!(inst.payload(), Some(Payload::Exception(_))) {
                        return Ok(inst);
                    }
                    let r = self.repr(&e)?;
                    return self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        r.as_str(),
                        self.type_name(&inst)
                    ));
                }
            }
        }
        self.type_error("exceptions must derive from BaseException")
    }

    /// Raise TypeError if `ty` is not a valid except-clause type.
    fn check_except_type(&mut self, ty: &Value) -> PyResult<()> {
        let ok = |vm: &Vm, t: &Value| match t {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Type(_)) && vm.is_subclass(o, &vm.exc.base_exception)
            }
            _ => false,
        };
        let good = match ty {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(items) => items.iter().all(|t| ok(self, t)),
                _ => ok(self, ty),
            },
            _ => false,
        };
        if good {
            Ok(())
        } else {
            self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )
        }
    }

    /// Does exception instance `e` match the class or tuple of classes `ty`?
    pub fn exc_matches_value(&self, e: &Value, ty: &Value) -> bool {
        match ty {
            Value::Obj(o) => match &o.payload {
                Payload::Tuple(items) => items.iter().any(|t| self.exc_matches_value(e, t)),
                Payload::Type(_) => self.exc_matches(e, o),
                _ => false,
            },
            _ => false,
        }
    }

    /// Is `e` an instance of exception class `cls`?
    pub fn exc_matches(&self, e: &Value, cls: &Ref) -> bool {
        let t = self.type_of(e);
        self.is_subclass(&t, cls)
    }

    fn make_function(
        &mut self,
        codev: &Value,
        globals: Ref,
        defaults: Vec<Value>,
        kwdefaults: Value,
        closure: Vec<Value>,
        annotations: Option<Value>,
    ) -> PyResult<Value> {
        let Some(Payload::Code(code)) = codev.payload() else {
            return self.type_error("MakeFunction needs a code object");
        };
        let code = code.clone();
        let closure: Vec<Ref> = closure
            .into_iter()
            .filter_map(|c| c.as_obj().cloned())
            .collect();
        let name = self.name(&code.code.name.clone());
        let qualname = Value::str(&code.code.qualname);
        let dict = self.new_dict_ref(crate::dict::DictData::new());
        let doc = match &code.code.doc {
            Some(d) => Value::str(d),
            None => Value::None,
        };
        let module = crate::types::dict::dict_get_str(&globals, "__name__").unwrap_or(Value::None);
        let func = Object::new(
            self.types.function.clone(),
            Payload::Function(Function {
                code,
                globals,
                defaults: core::cell::RefCell::new(defaults),
                kwdefaults: core::cell::RefCell::new(kwdefaults),
                closure: core::cell::RefCell::new(closure),
                name: core::cell::RefCell::new(name),
                qualname: core::cell::RefCell::new(qualname),
            }),
            Some(dict.clone()),
        );
        crate::types::dict::dict_set_str(&dict, &Value::str("__doc__"), doc);
        crate::types::dict::dict_set_str(&dict, &Value::str("__module__"), module);
        let ann = match annotations {
            Some(a) => a,
            None => self.new_dict(),
        };
        crate::types::dict::dict_set_str(&dict, &Value::str("__annotations__"), ann);
        Ok(Value::Obj(func))
    }

    /// Send a value into a generator-like object (for `yield from`/`await`).
    pub fn gen_send(&mut self, sub: &Value, v: Value) -> PyResult<GenStep> {
        if let Some(Payload::Generator(_)) = sub.payload() {
            return crate::types::generator::gen_resume(self, sub, Some(v), None);
        }
        let r = if v.is_none() {
            self.next(sub)
        } else {
            let r = self.call_method(sub, "send", &[v]);
            match r {
                Ok(v) => Ok(Some(v)),
                Err(e) => {
                    if self.exc_matches(&e, &self.exc.stop_iteration.clone()) {
                        return Ok(GenStep::Returned(
                            crate::types::exception::stop_iteration_value(self, &e),
                        ));
                    }
                    Err(e)
                }
            }
        };
        match r {
            Ok(Some(y)) => Ok(GenStep::Yielded(y)),
            Ok(None) => Ok(GenStep::Returned(self.take_stop_value())),
            Err(e) => Err(e),
        }
    }
}

impl Vm {
    fn match_is_sequence(&self, x: &Value) -> bool {
        match x.payload() {
            Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range { .. }) => true,
            Some(
                Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_),
            ) => false,
            _ => {
                if x.as_pystr().is_some() {
                    return false;
                }
                let cls = self.type_of(x);
                cls.type_data()
                    .map(|t| {
                        t.mro.borrow().iter().any(|c| {
                            let n = crate::vm::types::type_name(c);
                            n == "Sequence" || n == "deque" || n == "MutableSequence"
                        })
                    })
                    .unwrap_or(false)
            }
        }
    }

    fn match_is_mapping(&self, x: &Value) -> bool {
        match x.payload() {
            Some(Payload::Dict(_)) => true,
            _ => {
                let cls = self.type_of(x);
                cls.type_data()
                    .map(|t| {
                        t.mro.borrow().iter().any(|c| {
                            let n = crate::vm::types::type_name(c);
                            n == "Mapping" || n == "MutableMapping"
                        })
                    })
                    .unwrap_or(false)
            }
        }
    }

    fn match_keys(&mut self, subj: &Value, keys: &Value) -> PyResult<Value> {
        let mut vals = Vec::new();
        // Exact dicts take the fast path; other mappings (subclasses too) use .get().
        let is_dict = matches!(subj.payload(), Some(Payload::Dict(_)))
            && Rc::ptr_eq(&self.type_of(subj), &self.types.dict);
        for k in tuple_items(keys) {
            let v = if is_dict {
                self.dict_get(subj, &k)?
            } else {
                let get = self.intern("get");
                let m = self.getattr(subj, &get)?;
                let sentinel = Value::Obj(self.null.clone());
                let r = self.call(&m, &[k.clone(), sentinel.clone()], &[])?;
                if r.is(&sentinel) {
                    None
                } else {
                    Some(r)
                }
            };
            match v {
                Some(v) => vals.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(vals))
    }

    fn match_class(
        &mut self,
        subj: &Value,
        cls: &Value,
        npos: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Obj(co) = cls else {
            return self.type_error("called match pattern must be a type");
        };
        if co.type_data().is_none() {
            return self.type_error("called match pattern must be a type");
        }
        if !self.isinstance(subj, co) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        let mut seen: Vec<Rc<PyStr>> = Vec::new();
        if npos > 0 {
            let ma = self.lookup_type(co, "__match_args__");
            match ma {
                Some(ma) => {
                    let items = tuple_items(&ma);
                    if npos > items.len() {
                        return self.type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            crate::vm::types::type_name(co),
                            items.len(),
                            if items.len() == 1 { "" } else { "s" },
                            npos
                        ));
                    }
                    for name in items.iter().take(npos) {
                        let Some(n) = name.as_pystr() else {
                            return self.type_error("__match_args__ elements must be strings");
                        };
                        let n = n.clone();
                        seen.push(n.clone());
                        match self.getattr_opt(subj, &n)? {
                            Some(v) => out.push(v),
                            None => return Ok(Value::None),
                        }
                    }
                }
                None => {
                    let self_match = co.type_data().map(|t| t.builtin).unwrap_or(false)
                        || co.type_data().unwrap().mro.borrow().iter().any(|c| {
                            let t = c.type_data().unwrap();
                            t.builtin
                                && !matches!(
                                    t.base_kind.get(),
                                    BaseKind::Object
                                        | BaseKind::Other
                                        | BaseKind::Exception
                                        | BaseKind::Iter
                                        | BaseKind::Type
                                )
                        });
                    if self_match && npos == 1 {
                        out.push(subj.clone());
                    } else {
                        return self.type_error(format!(
                            "{}() accepts 0 positional sub-patterns ({} given)",
                            crate::vm::types::type_name(co),
                            npos
                        ));
                    }
                }
            }
        }
        for name in tuple_items(names) {
            let Some(n) = name.as_pystr() else { continue };
            let n = n.clone();
            if seen.iter().any(|s| s.as_str() == n.as_str()) {
                return self.type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{}'",
                    crate::vm::types::type_name(co),
                    n.as_str()
                ));
            }
            seen.push(n.clone());
            match self.getattr_opt(subj, &n)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(out))
    }
}

/// Int op int without overflow or errors; None means "take the general path".
#[inline]
fn int_fast(x: i64, y: i64, op: u8) -> Option<Value> {
    use mprt_compiler::bytecode::binop;
    let r = match op {
        binop::ADD => x.checked_add(y)?,
        binop::SUB => x.checked_sub(y)?,
        binop::MUL => x.checked_mul(y)?,
        binop::FLOORDIV if y > 0 => x.div_euclid(y),
        binop::MOD if y > 0 => x.rem_euclid(y),
        binop::AND => x & y,
        binop::OR => x | y,
        binop::XOR => x ^ y,
        binop::LSHIFT if (0..32).contains(&y) && x.unsigned_abs() < (1 << 30) => x << y,
        binop::RSHIFT if (0..64).contains(&y) => x >> y,
        binop::TRUEDIV
            if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) =>
        {
            return Some(Value::Float(x as f64 / y as f64))
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

/// Float op float for the operators that cannot raise.
#[inline]
fn float_fast(x: f64, y: f64, op: u8) -> Option<Value> {
    use mprt_compiler::bytecode::binop;
    Some(Value::Float(match op {
        binop::ADD => x + y,
        binop::SUB => x - y,
        binop::MUL => x * y,
        binop::TRUEDIV if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// The result of advancing a generator.
pub enum GenStep {
    /// It yielded this value.
    Yielded(Value),
    /// It finished with this return value.
    Returned(Value),
}

fn cell_get(c: &Ref) -> Option<Value> {
    match &c.payload {
        Payload::Cell(v) => v.borrow().clone(),
        _ => None,
    }
}

fn cell_set(c: &Ref, v: Option<Value>) {
    if let Payload::Cell(cell) = &c.payload {
        *cell.borrow_mut() = v;
    }
}

/// The items of a tuple value (empty for non-tuples).
pub fn tuple_items(v: &Value) -> Vec<Value> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => items.to_vec(),
            Payload::List(items) => items.borrow().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}
