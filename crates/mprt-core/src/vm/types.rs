//! Creation of the built-in type objects and the exception hierarchy.
//!
//! Types are ordinary heap objects built once per interpreter. Their methods
//! are filled in by the `types::*` modules (one per type) through
//! [`add_methods`].

use crate::dict::DictData;
use crate::object::*;
use crate::str::PyStr;
use crate::value::{Ref, Value};
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;
use core::cell::{Cell, RefCell};

impl Object {
    /// Allocate an object and register it with the cycle collector when it can hold references.
    pub fn new(class: Ref, payload: Payload, dict: Option<Ref>) -> Ref {
        let track = dict.is_some()
            || !matches!(
                payload,
                Payload::BigInt(_)
                    | Payload::Float(_)
                    | Payload::Complex(..)
                    | Payload::Str(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::Range { .. }
                    | Payload::Code(_)
            );
        let o = Rc::new(Object {
            class: RefCell::new(class),
            dict,
            payload,
            gc: crate::gc::GcLink::new(),
        });
        if track {
            crate::gc::track(&o);
        }
        o
    }

    /// The type data of a class object.
    pub fn type_data(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}

/// The built-in types.
#[allow(missing_docs)]
pub struct Types {
    pub object: Ref,
    pub type_: Ref,
    pub none_type: Ref,
    pub notimpl_type: Ref,
    pub ellipsis_type: Ref,
    pub bool_: Ref,
    pub int: Ref,
    pub float: Ref,
    pub complex: Ref,
    pub str_: Ref,
    pub bytes: Ref,
    pub bytearray: Ref,
    pub list: Ref,
    pub tuple: Ref,
    pub dict: Ref,
    pub set: Ref,
    pub frozenset: Ref,
    pub range: Ref,
    pub slice: Ref,
    pub function: Ref,
    pub builtin_function: Ref,
    pub method: Ref,
    pub module: Ref,
    pub cell: Ref,
    pub code: Ref,
    pub generator: Ref,
    pub coroutine: Ref,
    pub async_generator: Ref,
    /// Awaitables returned by `async_generator.asend()`/`__anext__()`.
    pub async_gen_asend: Ref,
    /// Awaitables returned by `async_generator.athrow()`/`aclose()`.
    pub async_gen_athrow: Ref,
    pub property: Ref,
    pub classmethod: Ref,
    pub staticmethod: Ref,
    pub super_: Ref,
    pub iterator: Ref,
    /// `member_descriptor`: what `Cls.name` gives for a name in `__slots__`.
    pub member_descriptor: Ref,
    pub dict_keys: Ref,
    pub dict_values: Ref,
    pub dict_items: Ref,
    pub native: Ref,
    pub empty_tuple: Ref,
    /// enumerate, zip, map, filter, reversed (subclasses of the iterator type).
    pub iter_types: [Ref; 5],
    /// The built-in iterator classes CPython names (`list_iterator`, ...), in
    /// the order of [`BUILTIN_ITER_NAMES`].
    pub builtin_iters: Vec<Ref>,
}

/// Names of the built-in iterator classes (indices into `Types::builtin_iters`).
pub const BUILTIN_ITER_NAMES: [&str; 15] = [
    "str_ascii_iterator",
    "str_iterator",
    "list_iterator",
    "tuple_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "set_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "callable_iterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
];

macro_rules! exc_types {
    ($root:ident; $($field:ident = $name:literal : $base:ident),* $(,)?) => {
        /// The built-in exception classes.
        #[allow(missing_docs)]
        pub struct ExcTypes {
            pub base_exception: Ref,
            $(pub $field: Ref,)*
        }
        fn make_exc_types(t: &Types) -> ExcTypes {
            let $root = new_type(t, "BaseException", &[t.object.clone()], BaseKind::Exception, true);
            $(let $field = new_type(t, $name, &[$base.clone()], BaseKind::Exception, true);)*
            ExcTypes { base_exception: $root.clone(), $($field,)* }
        }
        /// All exception classes by name (for the builtins module).
        pub fn exception_list(e: &ExcTypes) -> Vec<(&'static str, Ref)> {
            vec![("BaseException", e.base_exception.clone()), $(($name, e.$field.clone()),)*]
        }
    };
}

exc_types! {
    base_exception;
    system_exit = "SystemExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    exception = "Exception": base_exception,
    stop_iteration = "StopIteration": exception,
    stop_async_iteration = "StopAsyncIteration": exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    interrupted_error = "InterruptedError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    user_warning = "UserWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    bytes_warning = "BytesWarning": warning,
    resource_warning = "ResourceWarning": warning,
    encoding_warning = "EncodingWarning": warning,
}

/// The OSError subclass for an errno value.
pub fn os_error_class(e: &ExcTypes, errno: i32) -> Ref {
    use crate::modules::errno::*;
    match errno {
        ENOENT => e.file_not_found_error.clone(),
        EEXIST => e.file_exists_error.clone(),
        EISDIR => e.is_a_directory_error.clone(),
        ENOTDIR => e.not_a_directory_error.clone(),
        EACCES | EPERM => e.permission_error.clone(),
        EAGAIN | EINPROGRESS | EALREADY => e.blocking_io_error.clone(),
        EPIPE => e.broken_pipe_error.clone(),
        ECONNREFUSED => e.connection_refused_error.clone(),
        ECONNRESET => e.connection_reset_error.clone(),
        ECONNABORTED => e.connection_aborted_error.clone(),
        ETIMEDOUT => e.timeout_error.clone(),
        EINTR => e.interrupted_error.clone(),
        ESRCH => e.process_lookup_error.clone(),
        ECHILD => e.child_process_error.clone(),
        _ => e.os_error.clone(),
    }
}

/// A new dict object given the types.
pub fn new_dict_obj(t: &Types, d: DictData) -> Ref {
    Object::new(t.dict.clone(), Payload::Dict(RefCell::new(d)), None)
}

/// A built-in function object.
pub fn builtin_obj(
    t: &Types,
    name: &'static str,
    func: NativeFn,
    is_method: bool,
    takes_kwargs: bool,
    bound: Option<Value>,
) -> Ref {
    Object::new(
        t.builtin_function.clone(),
        Payload::Builtin(BuiltinFn {
            name,
            func,
            is_method,
            takes_kwargs,
            bound,
        }),
        None,
    )
}

/// The name of a class object as error messages show it: `__name__`, or
/// the `__tp_name__` string a frozen module class sets in its own namespace
/// to mirror CPython's C-level name (e.g. "collections.deque").
pub fn type_name(t: &Ref) -> String {
    match &t.payload {
        Payload::Type(td) => {
            if !td.builtin {
                if let Some(Value::Str(s)) =
                    crate::types::dict::dict_get_str(&td.dict, "__tp_name__")
                {
                    return String::from(s.as_str());
                }
            }
            td.name.borrow().clone()
        }
        _ => "?".to_string(),
    }
}

fn raw_type(class: &Ref, dict_class: &Ref, name: &str, kind: BaseKind) -> Ref {
    let dict = Object::new(
        dict_class.clone(),
        Payload::Dict(RefCell::new(DictData::new())),
        None,
    );
    Object::new(
        class.clone(),
        Payload::Type(type_data(name, dict, kind)),
        None,
    )
}

fn type_data(name: &str, dict: Ref, kind: BaseKind) -> TypeData {
    TypeData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        bases: RefCell::new(Vec::new()),
        mro: RefCell::new(Vec::new()),
        dict,
        base_kind: Cell::new(kind),
        has_instance_dict: Cell::new(false),
        builtin: true,
        slots: RefCell::new(None),
        hooks: core::cell::Cell::new((0, 0)),
    }
}

/// Allocate an object that is its own class (only `type` is).
fn self_classed(make: impl FnOnce(Ref) -> Object) -> Ref {
    let raw = Rc::into_raw(Rc::<Object>::new_uninit()) as *const Object;
    // SAFETY: `raw` owns one strong count of a fresh allocation; we add a
    // second for the self reference. The self reference is not dereferenced
    // before the value is written below, and nobody else can see `raw`.
    let this = unsafe {
        Rc::increment_strong_count(raw);
        Rc::from_raw(raw)
    };
    let obj = make(this);
    // SAFETY: the allocation is uninitialised and exclusively ours (see above);
    // `MaybeUninit<Object>` and `Object` share layout inside the Rc.
    unsafe { (raw as *mut Object).write(obj) };
    // SAFETY: takes over the first strong count; the value is now initialised.
    let o = unsafe { Rc::from_raw(raw) };
    crate::gc::track(&o);
    o
}

/// Create a new built-in class deriving from `bases`.
pub fn new_type(t: &Types, name: &str, bases: &[Ref], kind: BaseKind, has_dict: bool) -> Ref {
    let ty = raw_type(&t.type_, &t.dict, name, kind);
    let td = ty.type_data().unwrap();
    td.has_instance_dict.set(has_dict);
    *td.bases.borrow_mut() = bases.to_vec();
    let mut mro = vec![ty.clone()];
    if let Some(b) = bases.first() {
        mro.extend(b.type_data().unwrap().mro.borrow().iter().cloned());
    }
    *td.mro.borrow_mut() = mro;
    ty
}

/// Add native methods to a type's dict.
pub fn add_methods(t: &Types, ty: &Ref, methods: &[(&'static str, NativeFn)]) {
    let td = ty.type_data().unwrap();
    let Payload::Dict(d) = &td.dict.payload else {
        unreachable!()
    };
    for &(name, f) in methods {
        let m = builtin_obj(t, name, f, true, true, None);
        let short = name.rsplit('.').next().unwrap_or(name);
        let k = Rc::new(PyStr::new(short));
        crate::types::dict::raw_set_str(&mut d.borrow_mut(), &k, Value::Obj(m));
    }
}

/// Set a plain attribute in a type's dict.
pub fn set_type_attr(ty: &Ref, name: &str, v: Value) {
    let td = ty.type_data().unwrap();
    let Payload::Dict(d) = &td.dict.payload else {
        unreachable!()
    };
    let k = Rc::new(PyStr::new(name));
    crate::types::dict::raw_set_str(&mut d.borrow_mut(), &k, v);
}

/// Build all built-in types and exception classes.
pub fn bootstrap() -> (Types, ExcTypes) {
    // `type`, `object` and `dict` refer to each other: `type` is its own
    // class, and type dicts are re-classed once `dict` exists.
    let type_ = self_classed(|this| {
        let d = Object::new(
            this.clone(),
            Payload::Dict(RefCell::new(DictData::new())),
            None,
        );
        Object {
            class: RefCell::new(this),
            dict: None,
            payload: Payload::Type(type_data("type", d, BaseKind::Type)),
            gc: crate::gc::GcLink::new(),
        }
    });
    let object = raw_type(&type_, &type_, "object", BaseKind::Object);
    let dict = raw_type(&type_, &type_, "dict", BaseKind::Dict);
    for t in [&type_, &object, &dict] {
        let td = t.type_data().unwrap();
        *td.dict.class.borrow_mut() = dict.clone();
    }
    *object.type_data().unwrap().mro.borrow_mut() = vec![object.clone()];
    for t in [&type_, &dict] {
        let td = t.type_data().unwrap();
        *td.bases.borrow_mut() = vec![object.clone()];
        *td.mro.borrow_mut() = vec![t.clone(), object.clone()];
    }
    // Temporary Types value with placeholders for the rest.
    let mut t = Types {
        object: object.clone(),
        type_: type_.clone(),
        none_type: object.clone(),
        notimpl_type: object.clone(),
        ellipsis_type: object.clone(),
        bool_: object.clone(),
        int: object.clone(),
        float: object.clone(),
        complex: object.clone(),
        str_: object.clone(),
        bytes: object.clone(),
        bytearray: object.clone(),
        list: object.clone(),
        tuple: object.clone(),
        dict: dict.clone(),
        set: object.clone(),
        frozenset: object.clone(),
        range: object.clone(),
        slice: object.clone(),
        function: object.clone(),
        builtin_function: object.clone(),
        method: object.clone(),
        module: object.clone(),
        cell: object.clone(),
        code: object.clone(),
        generator: object.clone(),
        coroutine: object.clone(),
        async_generator: object.clone(),
        async_gen_asend: object.clone(),
        async_gen_athrow: object.clone(),
        property: object.clone(),
        classmethod: object.clone(),
        staticmethod: object.clone(),
        super_: object.clone(),
        iterator: object.clone(),
        member_descriptor: object.clone(),
        dict_keys: object.clone(),
        dict_values: object.clone(),
        dict_items: object.clone(),
        native: object.clone(),
        empty_tuple: object.clone(),
        iter_types: [
            object.clone(),
            object.clone(),
            object.clone(),
            object.clone(),
            object.clone(),
        ],
        builtin_iters: Vec::new(),
    };
    let o = [object.clone()];
    t.none_type = new_type(&t, "NoneType", &o, BaseKind::Other, false);
    t.notimpl_type = new_type(&t, "NotImplementedType", &o, BaseKind::Other, false);
    t.ellipsis_type = new_type(&t, "ellipsis", &o, BaseKind::Other, false);
    t.int = new_type(&t, "int", &o, BaseKind::Int, false);
    t.bool_ = new_type(&t, "bool", &[t.int.clone()], BaseKind::Int, false);
    t.float = new_type(&t, "float", &o, BaseKind::Float, false);
    t.complex = new_type(&t, "complex", &o, BaseKind::Complex, false);
    t.str_ = new_type(&t, "str", &o, BaseKind::Str, false);
    t.bytes = new_type(&t, "bytes", &o, BaseKind::Bytes, false);
    t.bytearray = new_type(&t, "bytearray", &o, BaseKind::ByteArray, false);
    t.list = new_type(&t, "list", &o, BaseKind::List, false);
    t.tuple = new_type(&t, "tuple", &o, BaseKind::Tuple, false);
    t.set = new_type(&t, "set", &o, BaseKind::Set, false);
    t.frozenset = new_type(&t, "frozenset", &o, BaseKind::FrozenSet, false);
    t.range = new_type(&t, "range", &o, BaseKind::Other, false);
    t.slice = new_type(&t, "slice", &o, BaseKind::Other, false);
    t.function = new_type(&t, "function", &o, BaseKind::Other, false);
    t.builtin_function = new_type(&t, "builtin_function_or_method", &o, BaseKind::Other, false);
    t.method = new_type(&t, "method", &o, BaseKind::Other, false);
    t.module = new_type(&t, "module", &o, BaseKind::Other, false);
    t.cell = new_type(&t, "cell", &o, BaseKind::Other, false);
    t.code = new_type(&t, "code", &o, BaseKind::Other, false);
    t.generator = new_type(&t, "generator", &o, BaseKind::Other, false);
    t.coroutine = new_type(&t, "coroutine", &o, BaseKind::Other, false);
    t.async_generator = new_type(&t, "async_generator", &o, BaseKind::Other, false);
    t.async_gen_asend = new_type(&t, "async_generator_asend", &o, BaseKind::Other, false);
    t.async_gen_athrow = new_type(&t, "async_generator_athrow", &o, BaseKind::Other, false);
    t.property = new_type(&t, "property", &o, BaseKind::Other, false);
    t.classmethod = new_type(&t, "classmethod", &o, BaseKind::Other, false);
    t.staticmethod = new_type(&t, "staticmethod", &o, BaseKind::Other, false);
    t.super_ = new_type(&t, "super", &o, BaseKind::Other, false);
    t.iterator = new_type(&t, "iterator", &o, BaseKind::Other, false);
    t.member_descriptor = new_type(&t, "member_descriptor", &o, BaseKind::Other, false);
    t.dict_keys = new_type(&t, "dict_keys", &o, BaseKind::Other, false);
    t.dict_values = new_type(&t, "dict_values", &o, BaseKind::Other, false);
    t.dict_items = new_type(&t, "dict_items", &o, BaseKind::Other, false);
    t.native = new_type(&t, "native", &o, BaseKind::Other, false);
    let it = [t.iterator.clone()];
    t.iter_types = [
        new_type(&t, "enumerate", &it, BaseKind::Iter, false),
        new_type(&t, "zip", &it, BaseKind::Iter, false),
        new_type(&t, "map", &it, BaseKind::Iter, false),
        new_type(&t, "filter", &it, BaseKind::Iter, false),
        new_type(&t, "reversed", &it, BaseKind::Iter, false),
    ];
    t.builtin_iters = BUILTIN_ITER_NAMES
        .iter()
        .map(|n| new_type(&t, n, &it, BaseKind::Other, false))
        .collect();
    t.empty_tuple = Object::new(
        t.tuple.clone(),
        Payload::Tuple(Vec::new().into_boxed_slice()),
        None,
    );
    let e = make_exc_types(&t);
    (t, e)
}
