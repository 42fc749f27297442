//! `hashlib`: MD5, SHA-1 and SHA-2 message digests.

use crate::modules::re::{add_property, parse_args};
use crate::object::*;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::types::{add_methods, new_type, set_type_attr};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;
use sha2::Digest;

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl State {
    fn new(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(md5::Md5::new()),
            "sha1" => State::Sha1(sha1::Sha1::new()),
            "sha224" => State::Sha224(sha2::Sha224::new()),
            "sha256" => State::Sha256(sha2::Sha256::new()),
            "sha384" => State::Sha384(sha2::Sha384::new()),
            "sha512" => State::Sha512(sha2::Sha512::new()),
            _ => return None,
        })
    }
    fn update(&mut self, d: &[u8]) {
        match self {
            State::Md5(h) => h.update(d),
            State::Sha1(h) => h.update(d),
            State::Sha224(h) => h.update(d),
            State::Sha256(h) => h.update(d),
            State::Sha384(h) => h.update(d),
            State::Sha512(h) => h.update(d),
        }
    }
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
    fn name(&self) -> &'static str {
        match self {
            State::Md5(_) => "md5",
            State::Sha1(_) => "sha1",
            State::Sha224(_) => "sha224",
            State::Sha256(_) => "sha256",
            State::Sha384(_) => "sha384",
            State::Sha512(_) => "sha512",
        }
    }
    fn sizes(&self) -> (i64, i64) {
        match self {
            State::Md5(_) => (16, 64),
            State::Sha1(_) => (20, 64),
            State::Sha224(_) => (28, 64),
            State::Sha256(_) => (32, 64),
            State::Sha384(_) => (48, 128),
            State::Sha512(_) => (64, 128),
        }
    }
}

/// A hash object (`hashlib.sha256()` etc.).
pub struct HashObj {
    state: RefCell<State>,
}

impl NativeObject for HashObj {
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

fn get_hash<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a HashObj> {
    match v.payload() {
        Some(Payload::Native(n)) => match n.as_any().downcast_ref::<HashObj>() {
            Some(h) => Ok(h),
            None => vm.type_error("expected a hash object"),
        },
        _ => vm.type_error("expected a hash object"),
    }
}

fn data_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.as_pystr().is_some() {
        return vm.type_error("Strings must be encoded before hashing");
    }
    match crate::types::bytes::buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => vm.type_error(format!("object supporting the buffer API required")),
    }
}

fn hash_class(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.import_module("hashlib")?;
    let n = vm.intern("HASH");
    match vm.getattr(&Value::Obj(m), &n)? {
        Value::Obj(o) => Ok(o),
        _ => vm.type_error("hashlib: broken module"),
    }
}

fn new_hash(vm: &mut Vm, state: State, data: Option<&Value>) -> PyResult<Value> {
    let mut state = state;
    if let Some(d) = data {
        let b = data_bytes(vm, d)?;
        state.update(&b);
    }
    let cls = hash_class(vm)?;
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Native(Box::new(HashObj {
            state: RefCell::new(state),
        })),
        None,
    )))
}

fn ctor(vm: &mut Vm, name: &'static str, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        // `usedforsecurity` is keyword-only.
        return vm.type_error(format!(
            "openssl_{}() takes at most 1 positional argument ({} given)",
            name,
            args.len()
        ));
    }
    let a = parse_args(vm, name, args, kw, &["string", "usedforsecurity"], 0)?;
    new_hash(vm, State::new(name).unwrap(), a[0].as_ref())
}

fn h_md5(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    ctor(vm, "md5", a, k)
}
fn h_sha1(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    ctor(vm, "sha1", a, k)
}
fn h_sha224(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    ctor(vm, "sha224", a, k)
}
fn h_sha256(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    ctor(vm, "sha256", a, k)
}
fn h_sha384(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    ctor(vm, "sha384", a, k)
}
fn h_sha512(vm: &mut Vm, a: &[Value], k: &KwArgs) -> PyResult<Value> {
    ctor(vm, "sha512", a, k)
}

fn h_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let a = parse_args(vm, "new", args, kw, &["name", "data", "usedforsecurity"], 1)?;
    let nv = a[0].clone().unwrap();
    let Some(name) = nv.as_pystr() else {
        return vm.type_error(format!(
            "new() argument 'name' must be str, not {}",
            vm.type_name(&nv)
        ));
    };
    let lower: String = name.as_str().to_ascii_lowercase();
    match State::new(&lower) {
        Some(s) => new_hash(vm, s, a[1].as_ref()),
        None => vm.value_error(format!("unsupported hash type {}", name.as_str())),
    }
}

fn m_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = get_hash(vm, &args[0])?;
    let Some(d) = args.get(1) else {
        return vm.type_error("HASH.update() takes exactly one argument (0 given)");
    };
    let b = data_bytes(vm, d)?;
    h.state.borrow_mut().update(&b);
    Ok(Value::None)
}
fn m_digest(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = get_hash(vm, &args[0])?.state.borrow().digest();
    Ok(vm.new_bytes(d))
}
fn m_hexdigest(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = get_hash(vm, &args[0])?.state.borrow().digest();
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        s.push_str(&format!("{:02x}", b));
    }
    Ok(Value::string(s))
}
fn m_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let st = get_hash(vm, &args[0])?.state.borrow().clone();
    new_hash(vm, st, None)
}
fn m_name(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(get_hash(vm, &args[0])?.state.borrow().name()))
}
fn m_digest_size(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(get_hash(vm, &args[0])?.state.borrow().sizes().0))
}
fn m_block_size(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(get_hash(vm, &args[0])?.state.borrow().sizes().1))
}
fn m_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = get_hash(vm, &args[0])?.state.borrow().name();
    Ok(Value::string(format!(
        "<{} _hashlib.HASH object @ 0x{:x}>",
        n,
        args[0].id()
    )))
}

/// Build the `hashlib` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("hashlib");
    let ty = new_type(
        &vm.types,
        "HASH",
        &[vm.types.object.clone()],
        BaseKind::Other,
        false,
    );
    add_methods(
        &vm.types,
        &ty,
        &[
            ("HASH.update", m_update),
            ("HASH.digest", m_digest),
            ("HASH.hexdigest", m_hexdigest),
            ("HASH.copy", m_copy),
            ("HASH.__repr__", m_repr),
        ],
    );
    add_property(vm, &ty, "name", m_name);
    add_property(vm, &ty, "digest_size", m_digest_size);
    add_property(vm, &ty, "block_size", m_block_size);
    set_type_attr(&ty, "__module__", Value::str("_hashlib"));
    vm.set_attr_str(&m, "HASH", Value::Obj(ty));
    let fns: &[(&'static str, NativeFn)] = &[
        ("md5", h_md5),
        ("sha1", h_sha1),
        ("sha224", h_sha224),
        ("sha256", h_sha256),
        ("sha384", h_sha384),
        ("sha512", h_sha512),
        ("new", h_new),
    ];
    let mut names = Vec::new();
    for &(n, f) in fns {
        let v = vm.new_builtin(n, f);
        vm.set_attr_str(&m, n, v);
        if n != "new" {
            names.push(Value::str(n));
        }
    }
    let t = vm.new_tuple(names);
    vm.set_attr_str(&m, "algorithms_guaranteed", t.clone());
    vm.set_attr_str(&m, "algorithms_available", t);
    Ok(m)
}
