//! Generators and coroutines: resumption, `send`/`throw`/`close`, `__await__`.
//!
//! A suspended generator owns its frame; resuming moves the frame into a
//! nested dispatch loop and back out on `yield`.

use crate::object::*;
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::interp::{Exit, GenStep};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

/// Resume generator `g` with a sent value or a thrown exception.
pub fn gen_resume(
    vm: &mut Vm,
    g: &Value,
    sent: Option<Value>,
    throw: Option<Value>,
) -> PyResult<GenStep> {
    let Some(Payload::Generator(cell)) = g.payload() else {
        return vm.type_error("not a generator");
    };
    let (frame, kind) = {
        let mut gd = cell.borrow_mut();
        if gd.running {
            let what = kind_name(gd.kind);
            drop(gd);
            return vm.value_error(format!("{} already executing", what));
        }
        if gd.finished {
            let kind = gd.kind;
            drop(gd);
            if let Some(e) = throw {
                return Err(e);
            }
            if kind == GenKind::Coroutine {
                return vm.runtime_error("cannot reuse already awaited coroutine");
            }
            return Ok(GenStep::Returned(Value::None));
        }
        let frame = gd.frame.take();
        gd.running = true;
        (frame, gd.kind)
    };
    let Some(frame) = frame else {
        return Ok(GenStep::Returned(Value::None));
    };
    let just_started = frame.pc == 0;
    let sent = if just_started {
        if let Some(v) = &sent {
            if !v.is_none() && throw.is_none() {
                cell.borrow_mut().frame = Some(frame);
                cell.borrow_mut().running = false;
                let what = kind_name(kind);
                return vm.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    what
                ));
            }
        }
        None
    } else {
        sent
    };
    let (frame, sent, throw) = match delegate_throw(vm, frame, sent, throw) {
        Delegated::Resume(f, s, t) => (f, s, t),
        Delegated::Yield(f, v) => {
            let mut gd = cell.borrow_mut();
            gd.running = false;
            gd.frame = Some(f);
            return Ok(GenStep::Yielded(v));
        }
    };
    let r = vm.resume(frame, sent, throw);
    let mut gd = cell.borrow_mut();
    gd.running = false;
    match r {
        Ok(Exit::Yield(v, f)) => {
            gd.frame = Some(f);
            Ok(GenStep::Yielded(v))
        }
        Ok(Exit::Return(v)) => {
            gd.finished = true;
            Ok(GenStep::Returned(v))
        }
        Err(e) => {
            gd.finished = true;
            drop(gd);
            let stop = if vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) {
                Some("StopIteration")
            } else if kind == GenKind::AsyncGenerator
                && vm.exc_matches(&e, &vm.exc.stop_async_iteration.clone())
            {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(stop) = stop {
                let re = vm.new_exc_msg(
                    &vm.exc.runtime_error,
                    format!("{} raised {}", kind_name(kind), stop),
                );
                if let Some(Payload::Exception(d)) = re.payload() {
                    d.borrow_mut().cause = Some(e.clone());
                    d.borrow_mut().context = Some(e);
                }
                return Err(re);
            }
            Err(e)
        }
    }
}

/// The kind's name as used in error messages.
fn kind_name(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
        GenKind::Generator => "generator",
    }
}

enum Delegated {
    /// Continue by resuming the frame with (sent, throw).
    Resume(Box<crate::vm::frame::Frame>, Option<Value>, Option<Value>),
    /// The sub-iterator yielded: the delegating generator yields the same value.
    Yield(Box<crate::vm::frame::Frame>, Value),
}

/// `throw()`/`close()` on a generator suspended in `yield from`: forward the
/// exception to the sub-iterator first, as PEP 380 specifies.
fn delegate_throw(
    vm: &mut Vm,
    mut frame: Box<crate::vm::frame::Frame>,
    sent: Option<Value>,
    throw: Option<Value>,
) -> Delegated {
    let Some(exc) = throw else {
        return Delegated::Resume(frame, sent, None);
    };
    let at_yield_from = matches!(
        frame.code.code.code.get(frame.pc),
        Some(mprt_compiler::bytecode::Op::YieldFrom)
    ) && !frame.stack.is_empty();
    if !at_yield_from {
        return Delegated::Resume(frame, sent, Some(exc));
    }
    let sub = frame.stack.last().unwrap().clone();
    let is_exit = vm.exc_matches(&exc, &vm.exc.generator_exit.clone());
    if is_exit {
        // Close the sub-iterator, then raise GeneratorExit in the delegator.
        let r = if matches!(sub.payload(), Some(Payload::Generator(_))) {
            gen_close(vm, &[sub.clone()], &[]).map(|_| ())
        } else {
            let n = vm.intern("close");
            match vm.getattr_opt(&sub, &n) {
                Ok(Some(c)) => vm.call(&c, &[], &[]).map(|_| ()),
                Ok(None) => Ok(()),
                Err(e) => Err(e),
            }
        };
        frame.stack.pop();
        frame.pc += 1;
        return match r {
            Ok(()) => Delegated::Resume(frame, None, Some(exc)),
            Err(e) => Delegated::Resume(frame, None, Some(e)),
        };
    }
    let r = if matches!(sub.payload(), Some(Payload::Generator(_))) {
        Some(gen_resume(vm, &sub, None, Some(exc.clone())))
    } else {
        let n = vm.intern("throw");
        match vm.getattr_opt(&sub, &n) {
            Ok(Some(t)) => Some(match vm.call(&t, &[exc.clone()], &[]) {
                Ok(v) => Ok(GenStep::Yielded(v)),
                Err(e) => {
                    if vm.exc_matches(&e, &vm.exc.stop_iteration.clone()) {
                        Ok(GenStep::Returned(stop_iteration_value(vm, &e)))
                    } else {
                        Err(e)
                    }
                }
            }),
            Ok(None) => None,
            Err(e) => Some(Err(e)),
        }
    };
    match r {
        None => {
            frame.stack.pop();
            frame.pc += 1;
            Delegated::Resume(frame, None, Some(exc))
        }
        Some(Ok(GenStep::Yielded(v))) => Delegated::Yield(frame, v),
        Some(Ok(GenStep::Returned(v))) => {
            // The sub-iterator finished: `yield from` evaluates to its value.
            frame.stack.pop();
            frame.stack.push(v);
            frame.pc += 1;
            Delegated::Resume(frame, None, None)
        }
        Some(Err(e)) => {
            frame.stack.pop();
            frame.pc += 1;
            Delegated::Resume(frame, None, Some(e))
        }
    }
}

fn stop_iteration_value(vm: &Vm, e: &Value) -> Value {
    crate::types::exception::stop_iteration_value(vm, e)
}

/// A `StopIteration` carrying `v` (no arguments when `v` is None).
pub(crate) fn stop_iteration(vm: &Vm, v: Value) -> Value {
    if v.is_none() {
        vm.new_exception(&vm.exc.stop_iteration, Vec::new())
    } else {
        vm.new_exception(&vm.exc.stop_iteration, alloc::vec![v])
    }
}

fn step_result(vm: &mut Vm, r: GenStep) -> PyResult<Value> {
    match r {
        GenStep::Yielded(v) => Ok(v),
        GenStep::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return vm.type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let r = gen_resume(vm, &args[0], Some(args[1].clone()), None)?;
    step_result(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let r = gen_resume(vm, &args[0], Some(Value::None), None)?;
    step_result(vm, r)
}

/// The exception to throw for `throw(type[, value[, tb]])` arguments (`args`
/// excludes self); `what` names the method in the arity error.
pub(crate) fn throw_exception(vm: &mut Vm, args: &[Value], what: &str) -> PyResult<Value> {
    let Some(t) = args.first() else {
        return vm.type_error(format!("{} expected at least 1 argument, got 0", what));
    };
    let exc = match (t, args.get(1)) {
        (Value::Obj(o), Some(v)) if o.type_data().is_some() && !v.is_none() => {
            if matches!(v.payload(), Some(Payload::Exception(_))) {
                v.clone()
            } else {
                let v = v.clone();
                vm.call(t, &[v], &[])?
            }
        }
        _ => vm.exception_instance(t.clone())?,
    };
    Ok(exc)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let exc = throw_exception(vm, &args[1..], "throw")?;
    let r = gen_resume(vm, &args[0], None, Some(exc))?;
    step_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let g = &args[0];
    let Some(Payload::Generator(cell)) = g.payload() else {
        return Ok(Value::None);
    };
    {
        let gd = cell.borrow();
        if gd.finished || gd.frame.as_ref().map(|f| f.pc == 0).unwrap_or(true) {
            drop(gd);
            let mut gd = cell.borrow_mut();
            gd.finished = true;
            gd.frame = None;
            return Ok(Value::None);
        }
    }
    let exc = vm.new_exception(&vm.exc.generator_exit, Vec::new());
    match gen_resume(vm, g, None, Some(exc)) {
        Ok(GenStep::Yielded(_)) => vm.runtime_error("generator ignored GeneratorExit"),
        Ok(GenStep::Returned(_)) => Ok(Value::None),
        Err(e) => {
            if vm.exc_matches(&e, &vm.exc.generator_exit.clone())
                || vm.exc_matches(&e, &vm.exc.stop_iteration.clone())
            {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(args[0].clone())
}

impl Vm {
    /// The iterator driving an `await` on `v`.
    ///
    /// As in MicroPython, a plain generator object (a yield-based coroutine)
    /// is awaitable too; async generators are not.
    pub fn get_awaitable(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.borrow().kind != GenKind::AsyncGenerator {
                return Ok(v.clone());
            }
        }
        let cls = self.type_of(v);
        if let Some(m) = self.lookup_type(&cls, "__await__") {
            let it = self.call(&m, &[v.clone()], &[])?;
            if let Some(Payload::Generator(g)) = it.payload() {
                if g.borrow().kind == GenKind::Coroutine {
                    return self.type_error("__await__() returned a coroutine");
                }
            }
            return Ok(it);
        }
        self.type_error(format!(
            "object {} can't be used in 'await' expression",
            self.type_name(v)
        ))
    }
}

/// Install generator/coroutine methods.
pub fn init(vm: &mut Vm) {
    for t in [vm.types.generator.clone(), vm.types.coroutine.clone()] {
        crate::vm::types::add_methods(
            &vm.types,
            &t,
            &[
                ("generator.send", gen_send),
                ("generator.throw", gen_throw),
                ("generator.close", gen_close),
                ("generator.__next__", gen_next),
                ("generator.__iter__", gen_iter),
            ],
        );
    }
    let c = vm.types.coroutine.clone();
    crate::vm::types::add_methods(&vm.types, &c, &[("coroutine.__await__", gen_iter)]);
}
