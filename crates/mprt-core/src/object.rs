//! Heap objects: a header (class pointer, optional instance dict, GC links)
//! and a typed payload.
//!
//! Every heap value is an [`Object`] behind an `Rc`. The class pointer makes
//! built-in and user types uniform: an instance of `class L(list)` is an
//! object of class `L` with a `Payload::List`. Mutable payloads use `RefCell`;
//! by rule no borrow is ever held across a call back into Python, so a borrow
//! failure means a bug, reported as a Python RuntimeError rather than a panic
//! where the code can tell.

use crate::dict::DictData;
use crate::str::PyStr;
use crate::value::{Ref, Value};
use crate::vm::frame::Frame;
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::Any;
use core::cell::{Cell, RefCell};
use mprt_compiler::bytecode::CodeObject;
use num_bigint::BigInt;

/// A heap object.
pub struct Object {
    /// The object's class (a `Payload::Type` object).
    pub class: RefCell<Ref>,
    /// The instance `__dict__` (a `Payload::Dict` object), for objects that have one.
    pub dict: Option<Ref>,
    /// The type-specific data.
    pub payload: Payload,
    /// Cycle-collector bookkeeping.
    pub(crate) gc: crate::gc::GcLink,
}

/// A native function: `(vm, positional args, keyword args) -> result`.
pub type NativeFn =
    fn(&mut crate::vm::Vm, &[Value], &[(Rc<PyStr>, Value)]) -> crate::PyResult<Value>;

/// A built-in function or method descriptor.
pub struct BuiltinFn {
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// True for methods stored in a type's dict: they bind `self` like functions.
    pub is_method: bool,
    /// Accepts keyword arguments (otherwise passing any is a TypeError).
    pub takes_kwargs: bool,
    /// A value bound as the first argument (for module-level closures over native state).
    pub bound: Option<Value>,
}

/// A user-defined function.
pub struct Function {
    /// The code.
    pub code: Rc<Code>,
    /// The module globals (a dict object).
    pub globals: Ref,
    /// Positional defaults.
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults (a dict object or None).
    pub kwdefaults: RefCell<Value>,
    /// Closure cells.
    pub closure: RefCell<Vec<Ref>>,
    /// `__name__`.
    pub name: RefCell<Value>,
    /// `__qualname__`.
    pub qualname: RefCell<Value>,
}

/// A code object prepared for execution: constants turned into values, names interned.
pub struct Code {
    /// The compiler output.
    pub code: Rc<CodeObject>,
    /// Constants as values.
    pub consts: Vec<Value>,
    /// Interned names.
    pub names: Vec<Rc<PyStr>>,
    /// Interned local variable names.
    pub varnames: Vec<Rc<PyStr>>,
    /// Number of cells (cellvars + freevars).
    pub ncells: usize,
}

/// Per-type data of a class object.
pub struct TypeData {
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<Ref>>,
    /// The method resolution order, starting with the type itself.
    pub mro: RefCell<Vec<Ref>>,
    /// The class namespace (a dict object).
    pub dict: Ref,
    /// The built-in base whose payload instances carry (`list` for `class L(list)`).
    pub base_kind: Cell<BaseKind>,
    /// Instances get a `__dict__`.
    pub has_instance_dict: Cell<bool>,
    /// A built-in type (its dict is read-only from Python).
    pub builtin: bool,
    /// `__slots__` names, if declared.
    pub slots: RefCell<Option<Vec<Rc<PyStr>>>>,
    /// Cached attribute-hook bits (see `Vm::attr_hooks`) and the type-cache
    /// version they were computed at.
    pub hooks: Cell<(u64, u8)>,
}

/// The built-in base type an object's payload belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// Plain `object`.
    Object,
    /// `int` (and `bool`).
    Int,
    /// `float`.
    Float,
    /// `complex`.
    Complex,
    /// `str`.
    Str,
    /// `bytes`.
    Bytes,
    /// `bytearray`.
    ByteArray,
    /// `tuple`.
    Tuple,
    /// `list`.
    List,
    /// `dict`.
    Dict,
    /// `set`.
    Set,
    /// `frozenset`.
    FrozenSet,
    /// `type` (metaclasses).
    Type,
    /// `BaseException` and subclasses.
    Exception,
    /// The built-in iterator classes `map`, `filter`, `zip`, `enumerate`, `reversed`.
    Iter,
    /// Anything else built in (not subclassable from Python).
    Other,
}

/// A traceback entry: code name, file, line.
#[derive(Clone)]
pub struct TbEntry {
    /// File name.
    pub file: Rc<str>,
    /// Line number.
    pub line: u32,
    /// Function name.
    pub name: Rc<str>,
}

/// Exception instance data.
#[derive(Default)]
pub struct ExcData {
    /// `args` (a tuple).
    pub args: Option<Value>,
    /// Traceback entries, innermost last.
    pub traceback: Vec<TbEntry>,
    /// `__cause__`.
    pub cause: Option<Value>,
    /// `__context__`.
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

/// Generator/coroutine state.
pub struct GenData {
    /// The suspended frame (None while running or when finished).
    pub frame: Option<Box<Frame>>,
    /// Currently executing.
    pub running: bool,
    /// Finished.
    pub finished: bool,
    /// Generator, coroutine or async generator.
    pub kind: GenKind,
    /// `__name__`.
    pub name: Value,
    /// `__qualname__`.
    pub qualname: Value,
    /// Async generator: closed by `aclose()` or exhausted (PEP 525 `ag_closed`).
    pub closed: bool,
    /// Async generator: an `asend`/`athrow` awaitable is mid-iteration.
    pub running_async: bool,
}

/// Which kind of generator object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// Built-in iterator states.
pub enum IterState {
    /// Iterating an indexable sequence (list, tuple, str, bytes, ...) by index.
    Seq { seq: Value, index: usize },
    /// A range.
    Range { next: i64, stop: i64, step: i64 },
    /// Dict/set keys, values or items (`kind` 0/1/2; 3/4/5 walk a dict
    /// backwards from `slot`) with the expected size.
    Dict {
        dict: Ref,
        slot: usize,
        len: usize,
        kind: u8,
    },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `enumerate`.
    Enumerate { iter: Value, count: Value },
    /// `zip` (strict flag).
    Zip { iters: Vec<Value>, strict: bool },
    /// `map`.
    Map { func: Value, iters: Vec<Value> },
    /// `filter`.
    Filter { func: Value, iter: Value },
    /// `reversed` over a sequence.
    Reversed { seq: Value, index: usize },
    /// Yields nothing more.
    Exhausted,
    /// Precomputed values (used by small natives).
    Values { items: Vec<Value>, index: usize },
}

/// A native object owned by a Rust module (deque, regex pattern, file...).
pub trait NativeObject: Any {
    /// Visit every Python value held, for the cycle collector.
    fn trace(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drop every Python value held (cycle collector clearing).
    fn clear(&self) {}
    /// As `Any` for downcasting.
    fn as_any(&self) -> &dyn Any;
}

/// The type-specific part of an object.
pub enum Payload {
    /// A plain instance (`object()` or a user class without a built-in base).
    Instance,
    /// An int too big for `Value::Int`, or an int-subclass instance.
    BigInt(BigInt),
    /// A float-subclass instance.
    Float(f64),
    /// A complex number.
    Complex(f64, f64),
    /// A str-subclass instance.
    Str(Rc<PyStr>),
    /// `bytes`.
    Bytes(Box<[u8]>),
    /// `bytearray`.
    ByteArray(RefCell<Vec<u8>>),
    /// `list`.
    List(RefCell<Vec<Value>>),
    /// `tuple`.
    Tuple(Box<[Value]>),
    /// `dict`.
    Dict(RefCell<DictData>),
    /// `set` (values unused).
    Set(RefCell<DictData>),
    /// `frozenset`.
    FrozenSet(DictData),
    /// A class.
    Type(TypeData),
    /// A Python function.
    Function(Function),
    /// A native function.
    Builtin(BuiltinFn),
    /// A bound method.
    BoundMethod {
        /// The function.
        func: Value,
        /// The bound first argument.
        this: Value,
    },
    /// A module: its globals dict.
    Module(Ref),
    /// A closure cell.
    Cell(RefCell<Option<Value>>),
    /// A code object.
    Code(Rc<Code>),
    /// A generator or coroutine.
    Generator(RefCell<GenData>),
    /// `range`.
    Range {
        /// Start.
        start: i64,
        /// Stop.
        stop: i64,
        /// Step (non-zero).
        step: i64,
    },
    /// `slice`.
    Slice(Value, Value, Value),
    /// `property`.
    Property {
        /// Getter.
        fget: Value,
        /// Setter.
        fset: Value,
        /// Deleter.
        fdel: Value,
        /// Doc.
        doc: Value,
        /// Attribute name given by `__set_name__` (used in error messages).
        name: RefCell<Option<Rc<PyStr>>>,
    },
    /// `classmethod`.
    ClassMethod(Value),
    /// `staticmethod`.
    StaticMethod(Value),
    /// `super(type, obj)`.
    Super {
        /// The class after which the MRO search starts.
        typ: Ref,
        /// The bound object (or class).
        obj: Value,
    },
    /// An exception instance.
    Exception(RefCell<ExcData>),
    /// A built-in iterator.
    Iter(RefCell<IterState>),
    /// A dict view: keys (0), values (1) or items (2).
    DictView(Ref, u8),
    /// A native object of some module.
    Native(Box<dyn NativeObject>),
}
