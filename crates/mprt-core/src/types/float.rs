//! `float`.

use crate::vm::Vm;
use num_bigint::BigInt;

/// The exact integer value of an integral float (None for inf/nan).
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let m = BigInt::from(mant) * sign;
    Some(if e >= 0 {
        m << (e as u64)
    } else {
        m >> ((-e) as u64)
    })
}

/// Install float methods.
pub fn init(_vm: &mut Vm) {}
