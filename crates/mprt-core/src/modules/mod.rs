//! Built-in modules implemented in Rust, created on first import, and the
//! registry of frozen Python modules.

pub mod array;
pub mod atexit;
pub mod binascii;
pub mod cmath;
pub mod deflate;
pub mod errno;
pub mod extbuf;
pub mod framebuf;
pub mod framebuf_font;
pub mod gc;
pub mod hashlib;
pub mod hostio;
pub mod json;
pub mod math;
pub mod micropython;
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

/// Register `builtins`, `sys` and the frozen modules.
pub fn install(vm: &mut Vm) {
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
