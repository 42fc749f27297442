//! The virtual machine: interpreter state, object constructors and error helpers.
//!
//! One [`Vm`] is one interpreter. It owns the built-in types, `sys.modules`,
//! the builtins namespace and the frames of the thread that runs it. The OS is
//! reached only through the [`Port`](crate::port::Port) it was created with.

pub mod call;
pub mod frame;
pub mod interp;
pub mod thread;
pub mod types;

use crate::dict::DictData;
use crate::object::*;
use crate::port::Port;
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};
use frame::Frame;
use hashbrown::HashMap;
pub use types::{ExcTypes, Types};

/// Frequently used interned names (so hot paths hash nothing).
#[allow(missing_docs)]
pub struct Names {
    pub init: Rc<PyStr>,
    pub new: Rc<PyStr>,
    pub abstractmethods: Rc<PyStr>,
    pub call: Rc<PyStr>,
    pub getattr: Rc<PyStr>,
    pub getattribute: Rc<PyStr>,
    pub setattr: Rc<PyStr>,
}

/// Interpreter state.
pub struct Vm {
    /// Pre-interned names.
    pub n: Names,
    /// Built-in types.
    pub types: Types,
    /// Built-in exception classes.
    pub exc: ExcTypes,
    /// The `builtins` module's dict.
    pub builtins: Ref,
    /// `sys.modules` (a dict object).
    pub modules: Ref,
    /// The `sys` module.
    pub sys: Ref,
    /// Callers of the frame that is running (innermost last).
    pub frames: Vec<Box<Frame>>,
    /// Currently handled exceptions (innermost last).
    pub exc_stack: Vec<Value>,
    /// Interned strings.
    pub interned: HashMap<String, Rc<PyStr>>,
    /// The OS interface.
    pub port: Box<dyn Port>,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Struct-sequence classes made so far, by (module, name): each is
    /// created once per VM (see `types::struct_seq::struct_seq`).
    pub struct_seq_types: Vec<(&'static str, &'static str, Ref)>,
    /// Names of modules whose code is currently executing (for the
    /// "partially initialized module" import error).
    pub initializing: Vec<String>,
    /// Nested dispatch loops running (Rust-level recursion).
    pub native_depth: usize,
    /// Frozen modules: name -> (source, is_package).
    pub frozen: Vec<(&'static str, &'static str, bool)>,
    /// Optimisation level (`-O`): asserts are skipped when > 0.
    pub opt_level: Cell<u8>,
    /// Pending KeyboardInterrupt/async exception to raise at the next check.
    pub pending: RefCell<Option<Value>>,
    /// The "no self" marker pushed by `LoadMethod` (never visible to Python).
    pub null: Ref,
    /// The frame whose ops are executing (null outside the dispatch loop);
    /// natives such as `globals()`, `locals()` and `super()` read it.
    pub cur_frame: *const Frame,
    /// Thread services of the port (None: single-threaded).
    pub threads: Option<&'static dyn crate::port::Threads>,
    /// Id of the thread whose state is installed.
    pub thread_id: u64,
    /// `_thread.stack_size()` (0 = default).
    pub thread_stack_size: usize,
    /// Python threads started and not finished.
    pub thread_count: usize,
    /// Backward jumps since the last periodic check (kept across calls so a
    /// loop whose body calls Python functions still offers the GIL and sees
    /// Ctrl-C).
    pub ticks: u32,
    /// Python-level signal handlers by signal number.
    pub signal_handlers: Vec<Value>,
    /// Cached one-character ASCII strings.
    pub char_cache: Vec<Rc<PyStr>>,
    /// Ids of containers being repr'd (recursion guard).
    pub repr_stack: Vec<usize>,
    /// The value of the last StopIteration seen by `next` (a generator's return value).
    pub stop_value: Option<Value>,
    /// This thread has been sent the SystemExit of a soft reset.
    pub stop_delivered: bool,
    /// The exception being raised is a re-raise (see `unwind`).
    pub reraising: bool,
    /// Finished frames kept for reuse by the next calls.
    pub frame_pool: Vec<Box<Frame>>,
}

/// Soft reset, second half: clear the process-wide caches that may refer
/// to the old VM's objects, so it can be dropped and a new one created.
/// Call with the GIL held, after [`Vm::stop_other_threads`].
pub fn reset_globals() {
    crate::runtime::attr::invalidate_type_cache();
    crate::modules::re::reset();
    crate::modules::micropython::reset();
    crate::modules::uctypes::reset();
    crate::types::exception::reset();
    crate::modules::fileio::reset();
}

/// Soft reset: raise SystemExit in every other Python thread and join them
/// (waiting at most `timeout_ns`), clear the process-wide caches, and put
/// the VM built by `make` in place of `vm`, freeing the old one. Tasks that
/// are not Python threads (system services) are not touched. Returns false
/// if some thread did not end in time: the old VM is then leaked rather than
/// freed, because that thread may still use it.
pub fn soft_reset(vm: &mut Vm, timeout_ns: Option<u64>, make: impl FnOnce() -> Vm) -> bool {
    let clean = vm.stop_other_threads(timeout_ns);
    reset_globals();
    // The new VM takes the GIL itself.
    if let Some(t) = vm.threads {
        t.release_gil();
    }
    let old = core::mem::replace(vm, make());
    if clean {
        drop(old);
        crate::gc::collect();
    } else {
        core::mem::forget(old);
    }
    clean
}

impl Vm {
    /// Create an interpreter using `port` for all OS access.
    pub fn new(port: Box<dyn Port>) -> Vm {
        let (types, exc) = types::bootstrap();
        let builtins_dict = types::new_dict_obj(&types, DictData::new());
        let modules = types::new_dict_obj(&types, DictData::new());
        let sys_dict = types::new_dict_obj(&types, DictData::new());
        let sys = Object::new(types.module.clone(), Payload::Module(sys_dict), None);
        let null = Object::new(types.object.clone(), Payload::Instance, None);
        let mk = |s: &str| Rc::new(PyStr::new(s));
        let n = Names {
            init: mk("__init__"),
            new: mk("__new__"),
            abstractmethods: mk("__abstractmethods__"),
            call: mk("__call__"),
            getattr: mk("__getattr__"),
            getattribute: mk("__getattribute__"),
            setattr: mk("__setattr__"),
        };
        let mut vm = Vm {
            n,
            types,
            exc,
            builtins: builtins_dict,
            modules,
            sys,
            frames: Vec::new(),
            exc_stack: Vec::new(),
            interned: HashMap::new(),
            port,
            recursion_limit: 1000,
            struct_seq_types: Vec::new(),
            initializing: Vec::new(),
            native_depth: 0,
            frozen: Vec::new(),
            opt_level: Cell::new(0),
            pending: RefCell::new(None),
            null,
            stop_value: None,
            repr_stack: Vec::new(),
            stop_delivered: false,
            reraising: false,
            frame_pool: Vec::new(),
            char_cache: Vec::new(),
            signal_handlers: Vec::new(),
            threads: None,
            thread_id: 0,
            thread_stack_size: 0,
            thread_count: 0,
            ticks: 0,
            cur_frame: core::ptr::null(),
        };
        for name in [
            vm.n.init.clone(),
            vm.n.new.clone(),
            vm.n.abstractmethods.clone(),
            vm.n.call.clone(),
            vm.n.getattr.clone(),
        ] {
            vm.interned.insert(String::from(name.as_str()), name);
        }
        vm.threads = vm.port.threads();
        if let Some(t) = vm.threads {
            t.acquire_gil();
            vm.thread_id = t.current_id();
        }
        crate::types::init(&mut vm);
        vm.signal_handlers = crate::modules::signal::initial_handlers(&vm);
        crate::builtins::install(&mut vm);
        crate::modules::install(&mut vm);
        vm
    }

    /// Intern a name.
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        self.interned.insert(String::from(s), r.clone());
        r
    }

    /// An interned str value.
    pub fn name(&mut self, s: &str) -> Value {
        Value::Str(self.intern(s))
    }

    // ----- constructors -----

    /// A new list.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Object::new(
            self.types.list.clone(),
            Payload::List(RefCell::new(items)),
            None,
        ))
    }

    /// A new tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        if items.is_empty() {
            return Value::Obj(self.types.empty_tuple.clone());
        }
        Value::Obj(Object::new(
            self.types.tuple.clone(),
            Payload::Tuple(items.into_boxed_slice()),
            None,
        ))
    }

    /// A new dict object (as a `Ref`).
    pub fn new_dict_ref(&self, d: DictData) -> Ref {
        types::new_dict_obj(&self.types, d)
    }

    /// The attribute dict a new instance of `cls` starts with: an empty one
    /// when the class gives its instances a `__dict__` (Python subclasses of
    /// built-in and native types), else none.
    pub fn instance_dict_for(&self, cls: &Ref) -> Option<Ref> {
        cls.type_data()
            .filter(|t| t.has_instance_dict.get())
            .map(|_| self.new_dict_ref(DictData::new()))
    }

    /// A new dict value.
    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_ref(DictData::new()))
    }

    /// A new bytes object.
    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::Obj(Object::new(
            self.types.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
            None,
        ))
    }

    /// A new bytearray.
    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        Value::Obj(Object::new(
            self.types.bytearray.clone(),
            Payload::ByteArray(RefCell::new(b)),
            None,
        ))
    }

    /// A new set (the data is put into set layout if it is not already).
    pub fn new_set_from(&self, d: DictData, frozen: bool) -> Value {
        let d = d.into_set_layout();
        if frozen {
            Value::Obj(Object::new(
                self.types.frozenset.clone(),
                Payload::FrozenSet(d),
                None,
            ))
        } else {
            Value::Obj(Object::new(
                self.types.set.clone(),
                Payload::Set(RefCell::new(d)),
                None,
            ))
        }
    }

    /// An int from a BigInt, normalised to `Value::Int` when it fits.
    pub fn new_bigint(&self, b: num_bigint::BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::Obj(Object::new(
                self.types.int.clone(),
                Payload::BigInt(b),
                None,
            )),
        }
    }

    /// A new complex.
    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        Value::Obj(Object::new(
            self.types.complex.clone(),
            Payload::Complex(re, im),
            None,
        ))
    }

    /// A new built-in function value.
    pub fn new_builtin(&self, name: &'static str, func: NativeFn) -> Value {
        Value::Obj(types::builtin_obj(
            &self.types,
            name,
            func,
            false,
            true,
            None,
        ))
    }

    /// A native function with a bound first argument.
    pub fn new_builtin_bound(&self, name: &'static str, func: NativeFn, bound: Value) -> Value {
        Value::Obj(types::builtin_obj(
            &self.types,
            name,
            func,
            false,
            true,
            Some(bound),
        ))
    }

    /// A read-only `property` whose getter is `fget`.
    pub fn new_readonly_property(&self, fget: Value) -> Value {
        Value::Obj(Object::new(
            self.types.property.clone(),
            Payload::Property {
                fget,
                fset: Value::None,
                fdel: Value::None,
                doc: Value::None,
                name: RefCell::new(None),
            },
            None,
        ))
    }

    /// A built-in iterator object.
    pub fn new_iter(&self, state: IterState) -> Value {
        let cls = match &state {
            IterState::Enumerate { .. } => self.types.iter_types[0].clone(),
            IterState::Zip { .. } => self.types.iter_types[1].clone(),
            IterState::Map { .. } => self.types.iter_types[2].clone(),
            IterState::Filter { .. } => self.types.iter_types[3].clone(),
            IterState::Reversed { .. } => self.types.iter_types[4].clone(),
            st => match builtin_iter_index(st) {
                Some(i) => self.types.builtin_iters[i].clone(),
                None => self.types.iterator.clone(),
            },
        };
        Value::Obj(Object::new(cls, Payload::Iter(RefCell::new(state)), None))
    }

    /// A new module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Ref {
        let d = self.new_dict_ref(DictData::new());
        let m = Object::new(self.types.module.clone(), Payload::Module(d.clone()), None);
        let k = self.name("__name__");
        let v = Value::str(name);
        crate::types::dict::dict_set_str(&d, &k, v);
        m
    }

    /// The globals dict of a module object.
    pub fn module_dict(m: &Ref) -> Ref {
        match &m.payload {
            Payload::Module(d) => d.clone(),
            _ => unreachable!("not a module"),
        }
    }

    /// Set a module attribute.
    pub fn set_attr_str(&mut self, m: &Ref, name: &str, v: Value) {
        let d = Vm::module_dict(m);
        let k = self.name(name);
        crate::types::dict::dict_set_str(&d, &k, v);
    }

    // ----- exceptions -----

    /// Create an exception instance of class `cls` with the given args.
    pub fn new_exception(&self, cls: &Ref, args: Vec<Value>) -> Value {
        let args = self.new_tuple(args);
        let data = ExcData {
            args: Some(args),
            ..Default::default()
        };
        Value::Obj(Object::new(
            cls.clone(),
            Payload::Exception(RefCell::new(data)),
            Some(self.new_dict_ref(DictData::new())),
        ))
    }

    /// Create an exception with one message argument.
    pub fn new_exc_msg(&self, cls: &Ref, msg: impl Into<String>) -> Value {
        self.new_exception(cls, vec![Value::string(msg.into())])
    }

    /// `TypeError(msg)` as an error result.
    pub fn type_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.type_error, msg))
    }

    /// `ValueError(msg)` as an error result.
    pub fn value_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.value_error, msg))
    }

    /// `IndexError(msg)` as an error result.
    pub fn index_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.index_error, msg))
    }

    /// `KeyError(key)` as an error result.
    pub fn key_error<T>(&self, key: Value) -> PyResult<T> {
        Err(self.new_exception(&self.exc.key_error, vec![key]))
    }

    /// `AttributeError(msg)`.
    pub fn attribute_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.attribute_error, msg))
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_division<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.zero_division_error, msg))
    }

    /// `OverflowError(msg)`.
    pub fn overflow_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.overflow_error, msg))
    }

    /// `RuntimeError(msg)`.
    pub fn runtime_error<T>(&self, msg: impl Into<String>) -> PyResult<T> {
        Err(self.new_exc_msg(&self.exc.runtime_error, msg))
    }

    /// `NameError` for an undefined name.
    pub fn name_error<T>(&self, name: &str) -> PyResult<T> {
        let e = self.new_exc_msg(
            &self.exc.name_error,
            format!("name '{}' is not defined", name),
        );
        Err(e)
    }

    /// `MemoryError()`.
    pub fn memory_error<T>(&self) -> PyResult<T> {
        Err(self.new_exception(&self.exc.memory_error, Vec::new()))
    }

    /// `OSError(errno, strerror)`, mapped to the errno's subclass.
    pub fn os_error<T>(&self, errno: i32, filename: Option<&str>) -> PyResult<T> {
        let cls = types::os_error_class(&self.exc, errno);
        let mut args = vec![
            Value::Int(errno as i64),
            Value::str(crate::modules::errno::strerror(errno)),
        ];
        if let Some(f) = filename {
            args.push(Value::str(f));
        }
        let e = self.new_exception(&cls, args);
        crate::types::exception::os_error_split_args(self, &e);
        Err(e)
    }

    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> Ref {
        match v {
            Value::None => self.types.none_type.clone(),
            Value::NotImplemented => self.types.notimpl_type.clone(),
            Value::Ellipsis => self.types.ellipsis_type.clone(),
            Value::Bool(_) => self.types.bool_.clone(),
            Value::Int(_) => self.types.int.clone(),
            Value::Float(_) => self.types.float.clone(),
            Value::Str(_) => self.types.str_.clone(),
            Value::Obj(o) => o.class.borrow().clone(),
        }
    }

    /// The `__name__` of a value's class.
    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::None => "NoneType".to_string(),
            Value::Bool(_) => "bool".to_string(),
            Value::Int(_) => "int".to_string(),
            Value::Float(_) => "float".to_string(),
            Value::Str(_) => "str".to_string(),
            Value::Obj(o) => {
                let _ = o;
                types::type_name(&self.type_of(v))
            }
            _ => types::type_name(&self.type_of(v)),
        }
    }

    /// Take the return value recorded by the last exhausted `next` (None if none).
    pub fn take_stop_value(&mut self) -> Value {
        self.stop_value.take().unwrap_or(Value::None)
    }

    /// The executing frame, if any.
    pub fn current_frame(&self) -> Option<&Frame> {
        // SAFETY: `cur_frame` is set by `exec` to the frame it is running and
        // restored by `dispatch` when a nested loop exits, so when non-null it
        // points to a live frame owned by an active dispatch on this thread.
        unsafe { self.cur_frame.as_ref() }
    }

    /// Write text to stdout through the port.
    pub fn write_stdout(&mut self, b: &[u8]) -> PyResult<()> {
        // With other Python threads running, a write that blocks (a full
        // pipe, a slow terminal) must not hold the GIL.
        if self.thread_count > 0 && self.port.blocking_io().is_some() {
            let mut rest = b;
            while !rest.is_empty() {
                match self.blocking_io(|io| io.write(1, rest))? {
                    Some(0) | None => break,
                    Some(n) => rest = &rest[n.min(rest.len())..],
                }
            }
            return Ok(());
        }
        match self.port.write_stdout(b) {
            Ok(()) => Ok(()),
            Err(e) => self.os_error(e, None),
        }
    }

    /// Check for a pending asynchronous exception (Ctrl-C).
    pub fn check_pending(&mut self) -> PyResult<()> {
        let p = self.pending.borrow_mut().take();
        if let Some(e) = p {
            return Err(e);
        }
        let Some(t) = self.threads else {
            if self.port.take_interrupt() {
                return self.run_signal_handler(crate::modules::signal::SIGINT);
            }
            return Ok(());
        };
        if t.stop_requested() && !self.stop_delivered {
            return self.deliver_stop();
        }
        if t.is_main() && self.port.take_interrupt() {
            return self.run_signal_handler(crate::modules::signal::SIGINT);
        }
        Ok(())
    }

    /// Like [`check_pending`](Vm::check_pending), after a blocking call was
    /// interrupted: a thread asked to stop (soft reset) gets SystemExit
    /// every time, so it cannot block again.
    pub fn check_pending_blocking(&mut self) -> PyResult<()> {
        if self.threads.is_some_and(|t| t.stop_requested()) {
            return self.deliver_stop();
        }
        self.check_pending()?;
        // Callbacks queued with micropython.schedule run here too.
        crate::modules::micropython::run_scheduled(self)
    }

    /// Raise the SystemExit that stops this thread for a soft reset.
    fn deliver_stop(&mut self) -> PyResult<()> {
        self.stop_delivered = true;
        Err(self.new_exception(&self.exc.system_exit.clone(), Vec::new()))
    }
}

/// The class of a built-in iterator: an index into `Types::builtin_iters`
/// (names in `types::BUILTIN_ITER_NAMES`), None for the generic `iterator`.
fn builtin_iter_index(st: &IterState) -> Option<usize> {
    Some(match st {
        IterState::Seq { seq, .. } => match seq {
            Value::Str(s) => {
                if s.as_str().is_ascii() {
                    0
                } else {
                    1
                }
            }
            _ => match seq.payload() {
                Some(Payload::List(_)) => 2,
                Some(Payload::Tuple(_)) => 3,
                Some(Payload::Bytes(_)) => 4,
                Some(Payload::ByteArray(_)) => 5,
                _ => return None,
            },
        },
        IterState::Range { .. } => 6,
        IterState::Dict { dict, kind, .. } => match (&dict.payload, kind) {
            (Payload::Set(_) | Payload::FrozenSet(_), _) => 7,
            (_, 0) => 8,
            (_, 1) => 9,
            (_, 3) => 12,
            (_, 4) => 13,
            (_, 5) => 14,
            _ => 10,
        },
        IterState::Callable { .. } => 11,
        _ => return None,
    })
}
