//! `signal`: Python-level signal handlers, run in the main thread between
//! bytecodes (and when a blocking call in the main thread is interrupted).
//! The port delivers SIGINT as an interrupt flag; see `Vm::check_pending`.

use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::Vm;
use crate::PyResult;
use alloc::format;
use alloc::vec::Vec;

/// `SIGINT`.
pub const SIGINT: usize = 2;
/// Number of signal slots.
pub const NSIG: usize = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

fn default_int_handler(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_exception(&vm.exc.keyboard_interrupt, Vec::new()))
}

fn signum_arg(vm: &Vm, v: Option<&Value>) -> PyResult<usize> {
    match v {
        Some(Value::Int(n)) if *n >= 1 && (*n as usize) < NSIG => Ok(*n as usize),
        Some(Value::Int(_)) => vm.value_error("signal number out of range"),
        Some(v) => vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )),
        None => vm.type_error("signal() missing required argument 'signalnum' (pos 1)"),
    }
}

fn sig_signal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = signum_arg(vm, args.first())?;
    let Some(h) = args.get(1).cloned() else {
        return vm.type_error("signal() missing required argument 'handler' (pos 2)");
    };
    if let Some(t) = vm.threads {
        if !t.is_main() {
            return vm.value_error("signal only works in main thread of the main interpreter");
        }
    }
    let ok = matches!(h, Value::Int(SIG_DFL) | Value::Int(SIG_IGN)) || {
        let c = vm.new_builtin("callable", crate::builtins::callable_fn);
        let r = vm.call(&c, &[h.clone()], &[])?;
        matches!(r, Value::Bool(true))
    };
    if !ok {
        return vm.type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        );
    }
    if n == 9 || n == 19 {
        return vm.os_error(crate::modules::errno::EINVAL, None);
    }
    let old = core::mem::replace(&mut vm.signal_handlers[n], h);
    Ok(old)
}

fn sig_getsignal(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = signum_arg(vm, args.first())?;
    Ok(vm.signal_handlers[n].clone())
}

fn sig_raise(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = signum_arg(vm, args.first())?;
    vm.run_signal_handler(n)?;
    Ok(Value::None)
}

impl Vm {
    /// Run the Python-level handler of signal `n` (main thread, GIL held).
    pub fn run_signal_handler(&mut self, n: usize) -> PyResult<()> {
        let h = self
            .signal_handlers
            .get(n)
            .cloned()
            .unwrap_or(Value::Int(SIG_DFL));
        match h {
            Value::Int(SIG_IGN) => Ok(()),
            Value::Int(_) => {
                if n == SIGINT {
                    Err(self.new_exception(&self.exc.keyboard_interrupt, Vec::new()))
                } else {
                    Err(self.new_exception(
                        &self.exc.system_exit,
                        alloc::vec![Value::Int(128 + n as i64)],
                    ))
                }
            }
            h => {
                self.call(&h, &[Value::Int(n as i64), Value::None], &[])?;
                Ok(())
            }
        }
    }
}

/// Build the `signal` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("signal");
    let dih = vm.signal_handlers[SIGINT].clone();
    vm.set_attr_str(&m, "default_int_handler", dih);
    let fns: &[(&'static str, crate::object::NativeFn)] = &[
        ("signal", sig_signal),
        ("getsignal", sig_getsignal),
        ("raise_signal", sig_raise),
    ];
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
    }
    for (name, v) in [
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("SIGHUP", 1),
        ("SIGINT", 2),
        ("SIGQUIT", 3),
        ("SIGILL", 4),
        ("SIGTRAP", 5),
        ("SIGABRT", 6),
        ("SIGBUS", 7),
        ("SIGFPE", 8),
        ("SIGKILL", 9),
        ("SIGUSR1", 10),
        ("SIGSEGV", 11),
        ("SIGUSR2", 12),
        ("SIGPIPE", 13),
        ("SIGALRM", 14),
        ("SIGTERM", 15),
        ("SIGCHLD", 17),
        ("NSIG", NSIG as i64),
    ] {
        vm.set_attr_str(&m, name, Value::Int(v));
    }
    Ok(m)
}

/// The initial handler table: SIGINT raises KeyboardInterrupt.
pub fn initial_handlers(vm: &Vm) -> Vec<Value> {
    let mut v = alloc::vec![Value::Int(SIG_DFL); NSIG];
    v[SIGINT] = vm.new_builtin("default_int_handler", default_int_handler);
    v
}
