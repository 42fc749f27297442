//! Built-in modules implemented in Rust, created on first import, and the
//! registry of frozen Python modules.

pub mod array;
pub mod atexit;
pub mod binascii;
pub mod cmath;
pub mod deflate;
pub mod errno;
pub mod extbuf;
pub mod fileio;
pub mod framebuf;
pub mod framebuf_font;
pub mod gamma;
pub mod gc;
pub mod hashlib;
pub mod hostio;
pub mod json;
pub mod math;
pub mod micropython;
pub mod random;
pub mod re;
pub mod signal;
pub mod struct_mod;
pub mod sys;
pub mod thread;
pub mod uctypes;

use crate::gc::GilCell;
use crate::value::{Ref, Value};
use crate::vm::Vm;
use crate::PyResult;

static HEAP_LIMIT: GilCell<usize> = GilCell::new(usize::MAX / 4);

/// The configured heap size (`-X heapsize`), used to refuse huge allocations up front.
pub fn heap_limit() -> usize {
    HEAP_LIMIT.with(|h| *h)
}

/// Set the heap size limit.
pub fn set_heap_limit(n: usize) {
    HEAP_LIMIT.with(|h| *h = n);
}

/// A native module constructor.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Ref>;

/// Native modules by import name.
pub fn native_modules() -> &'static [(&'static str, ModuleInit)] {
    &[
        ("errno", errno::make),
        ("atexit", atexit::make),
        ("gc", gc::make),
        ("_os", hostio::make_os),
        ("_time", hostio::make_time),
        ("_fileio", fileio::make),
        ("micropython", micropython::make),
        ("_thread", thread::make),
        ("signal", signal::make),
        ("struct", struct_mod::make),
        ("binascii", binascii::make),
        ("array", array::make),
        ("math", math::make),
        ("cmath", cmath::make),
        ("re", re::make),
        ("json", json::make),
        ("hashlib", hashlib::make),
        ("_random", random::make),
        ("framebuf", framebuf::make),
        ("uctypes", uctypes::make),
        ("deflate", deflate::make),
    ]
}

/// Create a built-in native module by name, if there is one.
pub fn make_builtin_module(vm: &mut Vm, name: &str) -> PyResult<Option<Ref>> {
    for (n, f) in native_modules() {
        if *n == name {
            return f(vm).map(Some);
        }
    }
    // `uNAME` names the native or frozen module NAME (when nothing is called
    // uNAME): import NAME so that both names share one module object.
    if let Some(rest) = name.strip_prefix('u') {
        let native = native_modules().iter().any(|(n, _)| *n == rest);
        let frozen = |n: &str| vm.frozen.iter().any(|(f, _, _)| *f == n);
        if (native || frozen(rest)) && !frozen(name) {
            return vm.import_module(rest).map(Some);
        }
    }
    Ok(None)
}

/// `module(name, doc=None)`: a new, empty module object.
fn module_new(vm: &mut Vm, args: &[Value], kw: &crate::vm::call::KwArgs) -> crate::PyResult<Value> {
    let mut name = args.get(1).cloned();
    let mut doc = args.get(2).cloned();
    for (k, v) in kw {
        match k.as_str() {
            "name" if name.is_none() => name = Some(v.clone()),
            "doc" if doc.is_none() => doc = Some(v.clone()),
            _ => {
                return vm.type_error(alloc::format!(
                    "module() got an unexpected keyword argument '{}'",
                    k.as_str()
                ))
            }
        }
    }
    if args.len() > 3 {
        return vm.type_error(alloc::format!(
            "module() takes at most 2 arguments ({} given)",
            args.len() - 1
        ));
    }
    let Some(name) = name else {
        return vm.type_error("module() missing required argument 'name' (pos 1)");
    };
    let Some(ns) = name.as_pystr().cloned() else {
        return vm.type_error(alloc::format!(
            "module() argument 'name' must be str, not {}",
            vm.type_name(&name)
        ));
    };
    let m = vm.new_module(ns.as_str());
    let d = Vm::module_dict(&m);
    crate::types::dict::dict_set_str(&d, &Value::str("__doc__"), doc.unwrap_or(Value::None));
    crate::types::dict::dict_set_str(&d, &Value::str("__package__"), Value::None);
    if let Some(Value::Obj(cls)) = args.first() {
        if !alloc::rc::Rc::ptr_eq(cls, &vm.types.module) {
            *m.class.borrow_mut() = cls.clone();
        }
    }
    Ok(Value::Obj(m))
}

/// Register `builtins`, `sys` and the frozen modules.
pub fn install(vm: &mut Vm) {
    let mt = vm.types.module.clone();
    crate::types::list::set_new(vm, &mt, "module.__new__", module_new);
    let b = vm.new_module("builtins");
    // The builtins module shares the VM's builtins dict.
    let bm = crate::object::Object::new(
        vm.types.module.clone(),
        crate::object::Payload::Module(vm.builtins.clone()),
        None,
    );
    crate::types::dict::dict_set_str(
        &vm.builtins,
        &Value::str("__name__"),
        Value::str("builtins"),
    );
    drop(b);
    crate::types::dict::dict_set_str(&vm.modules, &Value::str("builtins"), Value::Obj(bm));
    sys::init(vm);
    crate::frozen::install(vm);
}
