//! Async generators (PEP 525): `__aiter__`, `__anext__`, `asend`, `athrow`,
//! `aclose` and the awaitables they return.
//!
//! An async generator is a `Payload::Generator` of kind
//! [`GenKind::AsyncGenerator`], resumed with the ordinary generator machinery.
//! Its frame suspends either at a `yield` (a value for the consumer) or inside
//! an `await` (a value for the event loop, passed through). The two are told
//! apart by the op the frame stopped at: after a `yield` the op just executed
//! is `YieldValue`; an `await` suspends with the frame re-pointed at its
//! `YieldFrom`. (`yield from` itself is a syntax error in async generators.)
//!
//! The awaitables are native objects; driven with `send`/`throw` they resume
//! the generator and finish with `StopIteration(value)` when it yields,
//! `StopAsyncIteration` when it ends.

use crate::object::*;
use crate::types::generator::{gen_resume, stop_iteration, throw_exception};
use crate::value::Value;
use crate::vm::call::KwArgs;
use crate::vm::interp::GenStep;
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::{Cell, RefCell};
use mprt_compiler::bytecode::Op;

/// What an awaitable does to its generator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `asend(v)` / `__anext__()`.
    Send,
    /// `athrow(...)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// Progress of an awaitable.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Done,
}

/// The object returned by `asend`/`__anext__`/`athrow`/`aclose`.
struct AgenAwait {
    gen: RefCell<Value>,
    /// `asend`: the value to send; `athrow`: the throw arguments.
    args: RefCell<Vec<Value>>,
    mode: Mode,
    state: Cell<State>,
}

impl NativeObject for AgenAwait {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(g) = self.gen.try_borrow() {
            visit(&g);
        }
        if let Ok(a) = self.args.try_borrow() {
            for v in a.iter() {
                visit(v);
            }
        }
    }
    fn clear(&self) {
        if let Ok(mut g) = self.gen.try_borrow_mut() {
            *g = Value::None;
        }
        if let Ok(mut a) = self.args.try_borrow_mut() {
            a.clear();
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// One step of an async generator.
enum Step {
    /// The generator yielded a value (`yield v`).
    Yielded(Value),
    /// An `await` inside passed a value through to the driver.
    Passed(Value),
    /// The generator returned.
    Ended,
}

fn gen_data(g: &Value) -> &RefCell<GenData> {
    match g.payload() {
        Some(Payload::Generator(c)) => c,
        _ => unreachable!("async generator expected"),
    }
}

/// Resume `g` and classify what it did.
fn step(vm: &mut Vm, g: &Value, sent: Option<Value>, throw: Option<Value>) -> PyResult<Step> {
    Ok(match gen_resume(vm, g, sent, throw)? {
        GenStep::Yielded(v) => {
            let gd = gen_data(g).borrow();
            let at_yield = gd
                .frame
                .as_ref()
                .map(|f| f.pc > 0 && matches!(f.code.code.code[f.pc - 1], Op::YieldValue))
                .unwrap_or(false);
            if at_yield {
                Step::Yielded(v)
            } else {
                Step::Passed(v)
            }
        }
        GenStep::Returned(_) => Step::Ended,
    })
}

/// Turn a step into the awaitable's result (`asend`/`athrow`), updating the
/// generator's flags.
fn unwrap(vm: &mut Vm, g: &Value, r: PyResult<Step>) -> PyResult<Value> {
    let r = match r {
        Ok(Step::Passed(v)) => return Ok(v),
        Ok(Step::Yielded(v)) => {
            gen_data(g).borrow_mut().running_async = false;
            return Err(stop_iteration(vm, v));
        }
        Ok(Step::Ended) => vm.new_exception(&vm.exc.stop_async_iteration, Vec::new()),
        Err(e) => e,
    };
    let closing = vm.exc_matches(&r, &vm.exc.stop_async_iteration.clone())
        || vm.exc_matches(&r, &vm.exc.generator_exit.clone());
    let mut gd = gen_data(g).borrow_mut();
    if closing {
        gd.closed = true;
    }
    gd.running_async = false;
    Err(r)
}

fn this(v: &Value) -> &AgenAwait {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<AgenAwait>() {
            Some(a) => a,
            None => unreachable!("async generator awaitable expected"),
        },
        _ => unreachable!("async generator awaitable expected"),
    }
}

fn check_self(vm: &mut Vm, args: &[Value]) -> PyResult<()> {
    let ok = match args.first().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.as_any().is::<AgenAwait>(),
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        vm.type_error("descriptor requires an async generator awaitable")
    }
}

fn reuse_error(vm: &mut Vm, mode: Mode) -> PyResult<Value> {
    vm.runtime_error(if mode == Mode::Send {
        "cannot reuse already awaited __anext__()/asend()"
    } else {
        "cannot reuse already awaited aclose()/athrow()"
    })
}

/// `aclose()` after the generator yielded, ended or raised.
fn close_result(vm: &mut Vm, a: &AgenAwait, g: &Value, r: PyResult<Step>) -> PyResult<Value> {
    let r = match r {
        Ok(Step::Passed(v)) => return Ok(v),
        Ok(Step::Yielded(_)) => {
            gen_data(g).borrow_mut().running_async = false;
            a.state.set(State::Done);
            return vm.runtime_error("async generator ignored GeneratorExit");
        }
        Ok(Step::Ended) => vm.new_exception(&vm.exc.stop_async_iteration, Vec::new()),
        Err(e) => e,
    };
    gen_data(g).borrow_mut().running_async = false;
    a.state.set(State::Done);
    if vm.exc_matches(&r, &vm.exc.stop_async_iteration.clone())
        || vm.exc_matches(&r, &vm.exc.generator_exit.clone())
    {
        return Err(stop_iteration(vm, Value::None));
    }
    Err(r)
}

fn aw_send_value(vm: &mut Vm, me: &Value, arg: Value) -> PyResult<Value> {
    let a = this(me);
    let g = a.gen.borrow().clone();
    if a.state.get() == State::Done {
        return reuse_error(vm, a.mode);
    }
    if a.mode == Mode::Send {
        let mut arg = arg;
        if a.state.get() == State::Init {
            if gen_data(&g).borrow().running_async {
                return vm.runtime_error("anext(): asynchronous generator is already running");
            }
            if arg.is_none() {
                arg = a.args.borrow().first().cloned().unwrap_or(Value::None);
            }
            a.state.set(State::Iter);
        }
        gen_data(&g).borrow_mut().running_async = true;
        let r = step(vm, &g, Some(arg), None);
        let r = unwrap(vm, &g, r);
        if r.is_err() {
            a.state.set(State::Done);
        }
        return r;
    }
    let finished = gen_data(&g).borrow().finished;
    if finished {
        a.state.set(State::Done);
        return Err(stop_iteration(vm, Value::None));
    }
    if a.state.get() == State::Init {
        let (running, closed) = {
            let gd = gen_data(&g).borrow();
            (gd.running_async, gd.closed)
        };
        if running {
            a.state.set(State::Done);
            return vm.runtime_error(if a.mode == Mode::Close {
                "aclose(): asynchronous generator is already running"
            } else {
                "athrow(): asynchronous generator is already running"
            });
        }
        if closed {
            a.state.set(State::Done);
            return Err(vm.new_exception(&vm.exc.stop_async_iteration, Vec::new()));
        }
        if !arg.is_none() {
            return vm.runtime_error("can't send non-None value to a just-started coroutine");
        }
        a.state.set(State::Iter);
        {
            let mut gd = gen_data(&g).borrow_mut();
            gd.running_async = true;
            if a.mode == Mode::Close {
                gd.closed = true;
            }
        }
        if a.mode == Mode::Close {
            let exc = vm.new_exception(&vm.exc.generator_exit, Vec::new());
            let r = step(vm, &g, None, Some(exc));
            return close_result(vm, a, &g, r);
        }
        let targs = a.args.borrow().clone();
        let r = match throw_exception(vm, &targs, "athrow") {
            Ok(exc) => step(vm, &g, None, Some(exc)),
            Err(e) => Err(e),
        };
        let r = unwrap(vm, &g, r);
        if r.is_err() {
            a.state.set(State::Done);
        }
        return r;
    }
    let r = step(vm, &g, Some(arg), None);
    if a.mode == Mode::Close {
        return close_result(vm, a, &g, r);
    }
    unwrap(vm, &g, r)
}

/// `awaitable.send(value)`.
fn aw_send(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_self(vm, args)?;
    if args.len() != 2 {
        return vm.type_error(format!(
            "send() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    aw_send_value(vm, &args[0], args[1].clone())
}

/// `awaitable.__next__()`.
fn aw_next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_self(vm, args)?;
    aw_send_value(vm, &args[0], Value::None)
}

/// `awaitable.throw(type[, value[, tb]])`.
fn aw_throw(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_self(vm, args)?;
    let a = this(&args[0]);
    if a.state.get() == State::Done {
        return reuse_error(vm, a.mode);
    }
    let exc = throw_exception(vm, &args[1..], "throw")?;
    let g = a.gen.borrow().clone();
    let r = step(vm, &g, None, Some(exc));
    match a.mode {
        Mode::Send => {
            let r = unwrap(vm, &g, r);
            if r.is_err() {
                a.state.set(State::Done);
            }
            r
        }
        Mode::Throw => unwrap(vm, &g, r),
        Mode::Close => match r {
            Ok(Step::Passed(v)) => Ok(v),
            Ok(Step::Yielded(_)) => {
                gen_data(&g).borrow_mut().running_async = false;
                a.state.set(State::Done);
                vm.runtime_error("async generator ignored GeneratorExit")
            }
            Ok(Step::Ended) => Err(stop_iteration(vm, Value::None)),
            Err(e) => {
                if vm.exc_matches(&e, &vm.exc.stop_async_iteration.clone())
                    || vm.exc_matches(&e, &vm.exc.generator_exit.clone())
                {
                    Err(stop_iteration(vm, Value::None))
                } else {
                    Err(e)
                }
            }
        },
    }
}

/// `awaitable.close()`.
fn aw_close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_self(vm, args)?;
    this(&args[0]).state.set(State::Done);
    Ok(Value::None)
}

/// `awaitable.__await__()` / `__iter__()`: the awaitable itself.
fn aw_self(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_self(vm, args)?;
    Ok(args[0].clone())
}

fn check_agen(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<()> {
    if let Some(Payload::Generator(g)) = args.first().and_then(|v| v.payload()) {
        if g.borrow().kind == GenKind::AsyncGenerator {
            return Ok(());
        }
    }
    vm.type_error(format!(
        "descriptor '{}' requires an 'async_generator' object",
        name
    ))
}

fn new_await(vm: &Vm, g: &Value, mode: Mode, args: Vec<Value>) -> Value {
    let cls = if mode == Mode::Send {
        vm.types.async_gen_asend.clone()
    } else {
        vm.types.async_gen_athrow.clone()
    };
    Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(AgenAwait {
            gen: RefCell::new(g.clone()),
            args: RefCell::new(args),
            mode,
            state: Cell::new(State::Init),
        })),
        None,
    ))
}

/// `agen.__aiter__()`.
fn agen_aiter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_agen(vm, args, "__aiter__")?;
    Ok(args[0].clone())
}

/// `agen.__anext__()`.
fn agen_anext(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_agen(vm, args, "__anext__")?;
    Ok(new_await(vm, &args[0], Mode::Send, Vec::new()))
}

/// `agen.asend(value)`.
fn agen_asend(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_agen(vm, args, "asend")?;
    if args.len() != 2 {
        return vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.len() - 1
        ));
    }
    Ok(new_await(
        vm,
        &args[0],
        Mode::Send,
        alloc::vec![args[1].clone()],
    ))
}

/// `agen.athrow(type[, value[, tb]])`.
fn agen_athrow(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_agen(vm, args, "athrow")?;
    // Missing arguments are reported when the awaitable is first driven.
    match args.len() {
        1..=4 => Ok(new_await(vm, &args[0], Mode::Throw, args[1..].to_vec())),
        n => vm.type_error(format!(
            "athrow expected at most 3 arguments, got {}",
            n - 1
        )),
    }
}

/// `agen.aclose()`.
fn agen_aclose(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    check_agen(vm, args, "aclose")?;
    if args.len() != 1 {
        return vm.type_error(format!(
            "async_generator.aclose() takes no arguments ({} given)",
            args.len() - 1
        ));
    }
    Ok(new_await(vm, &args[0], Mode::Close, Vec::new()))
}

/// Install the async generator methods and its awaitables' methods.
pub fn init(vm: &mut Vm) {
    let t = vm.types.async_generator.clone();
    crate::vm::types::add_methods(
        &vm.types,
        &t,
        &[
            ("async_generator.__aiter__", agen_aiter),
            ("async_generator.__anext__", agen_anext),
            ("async_generator.asend", agen_asend),
            ("async_generator.athrow", agen_athrow),
            ("async_generator.aclose", agen_aclose),
        ],
    );
    for t in [
        vm.types.async_gen_asend.clone(),
        vm.types.async_gen_athrow.clone(),
    ] {
        crate::vm::types::add_methods(
            &vm.types,
            &t,
            &[
                ("async_generator_awaitable.send", aw_send),
                ("async_generator_awaitable.throw", aw_throw),
                ("async_generator_awaitable.close", aw_close),
                ("async_generator_awaitable.__next__", aw_next),
                ("async_generator_awaitable.__iter__", aw_self),
                ("async_generator_awaitable.__await__", aw_self),
            ],
        );
    }
}
