//! The built-in types, one module per type: their methods and the helpers
//! the runtime protocols use.
pub mod async_gen;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod seq;
pub mod set;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod struct_seq;
pub mod tuple;
pub mod unicode_tables;

use crate::vm::Vm;

/// Install every built-in type's methods.
pub fn init(vm: &mut Vm) {
    object::init(vm);
    dict::init(vm);
    iter::init(vm);
    generator::init(vm);
    async_gen::init(vm);
    exception::init(vm);
    str::init(vm);
    list::init(vm);
    tuple::init(vm);
    int::init(vm);
    float::init(vm);
    complex::init(vm);
    bytes::init(vm);
    set::init(vm);
    range::init(vm);
}
