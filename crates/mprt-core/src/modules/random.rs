//! `_random`: the Mersenne Twister (MT19937) core under `random`, seeded and
//! read exactly as CPython's `_random` does, so a seeded `random` module
//! produces CPython's sequences. The Python-level algorithms (randrange,
//! shuffle, sample, gauss...) live in the frozen `random.py`.
//!
//! The generator is the reference MT19937 of Matsumoto and Nishimura
//! (period 2**19937-1); the state costs 2.5 KB and is allocated only when
//! a generator is created.

use crate::object::*;
use crate::value::{Ref, Value};
use crate::vm::call::KwArgs;
use crate::vm::types::{add_methods, new_type};
use crate::vm::Vm;
use crate::PyResult;
use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::RefCell;
use num_bigint::{BigInt, Sign};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the read position.
struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn new() -> Mt {
        let mut m = Mt {
            mt: [0; N],
            index: N + 1,
        };
        m.init_genrand(5489);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seed from a key of 32-bit words (least significant word first).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 != 0 { MATRIX_A } else { 0 };
        for k in 0..N {
            let y = (self.mt[k] & UPPER_MASK) | (self.mt[(k + 1) % N] & LOWER_MASK);
            self.mt[k] = self.mt[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// A `_random.Random` object.
struct RandomObj(RefCell<Box<Mt>>);

impl NativeObject for RandomObj {
    fn as_any(&self) -> &dyn core::any::Any {
        self
    }
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a RandomObj> {
    if let Some(Payload::Native(n)) = args.first().and_then(|v| v.payload()) {
        if let Some(r) = n.as_any().downcast_ref::<RandomObj>() {
            return Ok(r);
        }
    }
    vm.type_error("descriptor requires a '_random.Random' object")
}

/// `Random()`: a generator seeded from the OS.
fn random_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return vm.type_error("Random.__new__(X): X is not a type object");
    };
    let dict = vm.instance_dict_for(cls);
    let obj = Value::Obj(Object::new(
        cls.clone(),
        Payload::Native(Box::new(RandomObj(RefCell::new(Box::new(Mt::new()))))),
        dict,
    ));
    seed_from(vm, &obj, args.get(1).unwrap_or(&Value::None))?;
    Ok(obj)
}

/// The key words of a non-negative int, least significant first (`[0]` for 0).
fn key_words(n: &BigInt) -> Vec<u32> {
    let (_, digits) = n.to_u32_digits();
    if digits.is_empty() {
        alloc::vec![0]
    } else {
        digits
    }
}

/// CPython's `random_seed`: None → OS randomness, int → |n|, anything
/// else → its hash as an unsigned word.
fn seed_from(vm: &mut Vm, this_v: &Value, arg: &Value) -> PyResult<()> {
    let key = match arg {
        Value::None => {
            let mut b = [0u8; N * 4];
            vm.port.urandom(&mut b);
            b.chunks(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect()
        }
        v => match crate::runtime::num::as_int(v) {
            Some(i) => {
                let b = match i {
                    crate::runtime::num::IntVal::Small(s) => BigInt::from(s),
                    crate::runtime::num::IntVal::Big(b) => b.clone(),
                };
                let b = if b.sign() == Sign::Minus { -b } else { b };
                key_words(&b)
            }
            None => {
                let h = vm.hash(v)? as u64;
                key_words(&BigInt::from(h))
            }
        },
    };
    this(vm, core::slice::from_ref(this_v))?
        .0
        .borrow_mut()
        .init_by_array(&key);
    Ok(())
}

fn random_seed(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "seed", args, 1, 2)?;
    this(vm, args)?;
    seed_from(vm, &args[0], args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn random_random(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return vm.type_error(alloc::format!(
            "Random.random() takes no arguments ({} given)",
            args.len().saturating_sub(1)
        ));
    }
    let r = this(vm, args)?.0.borrow_mut().random();
    Ok(Value::Float(r))
}

/// `getrandbits(k)`: k random bits, 32 at a time, least significant word first.
fn random_getrandbits(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getrandbits", args, 2, 2)?;
    let k = match vm.index_value(&args[1], "")? {
        Some(k) => k,
        None => {
            return vm.type_error(alloc::format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args[1])
            ))
        }
    };
    if k < 0 {
        return vm.value_error("number of bits must be non-negative");
    }
    let gen = this(vm, args)?;
    let mut mt = gen.0.borrow_mut();
    if k <= 32 {
        let r = if k == 0 { 0 } else { mt.next_u32() >> (32 - k) };
        return Ok(Value::Int(r as i64));
    }
    let mut left = k;
    let mut words = Vec::with_capacity(((k - 1) / 32 + 1) as usize);
    while left > 0 {
        let mut r = mt.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    drop(mt);
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

/// `getstate()`: the 624 words plus the position, as CPython's tuple.
fn random_getstate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "getstate", args, 1, 1)?;
    let gen = this(vm, args)?;
    let mt = gen.0.borrow();
    let mut items: Vec<Value> = mt.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    drop(mt);
    Ok(vm.new_tuple(items))
}

/// `setstate(state)`: restore a tuple from `getstate()`.
fn random_setstate(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "setstate", args, 2, 2)?;
    let items = match args[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return vm.type_error("state vector must be a tuple"),
    };
    if items.len() != N + 1 {
        return vm.value_error("state vector is the wrong size");
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items.iter()) {
        match v {
            Value::Int(i) if (0..=u32::MAX as i64).contains(i) => *w = *i as u32,
            Value::Int(_) => {
                return vm.overflow_error("Python int too large to convert to C unsigned long")
            }
            _ => return vm.type_error("state vector items must be integers"),
        }
    }
    let index = match items[N] {
        Value::Int(i) if (0..=N as i64).contains(&i) => i as usize,
        Value::Int(_) => return vm.value_error("invalid state"),
        _ => return vm.type_error("state vector items must be integers"),
    };
    let gen = this(vm, args)?;
    let mut mt = gen.0.borrow_mut();
    mt.mt = words;
    mt.index = index;
    Ok(Value::None)
}

/// Build the `_random` module.
pub fn make(vm: &mut Vm) -> PyResult<Ref> {
    let m = vm.new_module("_random");
    let ty = new_type(
        &vm.types,
        "Random",
        &[vm.types.object.clone()],
        BaseKind::Object,
        true,
    );
    add_methods(
        &vm.types,
        &ty,
        &[
            ("Random.seed", random_seed),
            ("Random.random", random_random),
            ("Random.getrandbits", random_getrandbits),
            ("Random.getstate", random_getstate),
            ("Random.setstate", random_setstate),
        ],
    );
    let new = vm.new_builtin("__new__", random_new);
    let sm = Value::Obj(Object::new(
        vm.types.staticmethod.clone(),
        Payload::StaticMethod(new),
        None,
    ));
    crate::vm::types::set_type_attr(&ty, "__new__", sm);
    crate::vm::types::set_type_attr(&ty, "__module__", Value::str("_random"));
    vm.set_attr_str(&m, "Random", Value::Obj(ty));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // The reference implementation's first outputs for init_by_array([0x123, 0x234, 0x345, 0x456]).
        let mut m = Mt::new();
        m.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..3).map(|_| m.next_u32()).collect();
        assert_eq!(first, [1067595299, 955945823, 477289528]);
    }
}
