//! Integer to string conversions in any radix, and `bin`/`oct`/`hex`.

use alloc::string::String;

use num_bigint::{BigInt, Sign};

/// Digits of `v` in `radix` (2..=36) with a leading `-` for negatives;
/// letters are upper-case if `upper`.
pub fn int_to_str_radix(v: &BigInt, radix: u32, upper: bool) -> String {
    let mut s = v.to_str_radix(radix);
    if upper {
        s.make_ascii_uppercase();
    }
    s
}

fn prefixed(v: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let mut s = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}

/// Python's `bin(v)`: `0b101`, `-0b101`.
pub fn bin(v: &BigInt) -> String {
    prefixed(v, 2, "0b")
}

/// Python's `oct(v)`: `0o17`, `-0o17`.
pub fn oct(v: &BigInt) -> String {
    prefixed(v, 8, "0o")
}

/// Python's `hex(v)`: `0x1f`, `-0x1f`.
pub fn hex(v: &BigInt) -> String {
    prefixed(v, 16, "0x")
}
