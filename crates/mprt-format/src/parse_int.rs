//! `int(str, base)`.

use alloc::vec::Vec;

use num_bigint::BigInt;

use crate::util::py_strip;

/// Python's `int(str, base)`: surrounding whitespace, optional sign, bases
/// 2..=36 or 0 (auto-detect `0x`/`0o`/`0b`, decimal otherwise, where
/// non-zero numbers may not start with `0`). A prefix matching the base is
/// accepted (`int("0x1f", 16)`), single underscores may separate digits or
/// follow the prefix. Returns `None` for invalid input or base (the VM
/// raises the `ValueError`; note base validity must be checked by the VM
/// first to give `"int() base must be >= 2 and <= 36, or 0"`).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = py_strip(s);
    let mut b = t.as_bytes();
    let mut neg = false;
    if let Some(&c) = b.first() {
        if c == b'+' || c == b'-' {
            neg = c == b'-';
            b = &b[1..];
        }
    }
    let mut base = base;
    let mut prefixed = false;
    if b.len() >= 2 && b[0] == b'0' {
        let p = match b[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if p != 0 && (base == 0 || base == p) {
            base = p;
            prefixed = true;
            b = &b[2..];
        }
    }
    let auto_decimal = base == 0;
    if auto_decimal {
        base = 10;
    }
    // Validate digits/underscores and collect digit values.
    let mut digits: Vec<u8> = Vec::with_capacity(b.len());
    let mut last_was_digit = false;
    for (k, &c) in b.iter().enumerate() {
        if c == b'_' {
            // An underscore may separate digits or directly follow a prefix.
            if !(last_was_digit || (prefixed && k == 0)) {
                return None;
            }
            last_was_digit = false;
            continue;
        }
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return None,
        };
        if d as u32 >= base {
            return None;
        }
        digits.push(d);
        last_was_digit = true;
    }
    if digits.is_empty() || !last_was_digit {
        return None;
    }
    if auto_decimal && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return None;
    }
    // Fast path: fits in u64 without overflow.
    let mut acc: u64 = 0;
    let mut fits = true;
    for &d in &digits {
        match acc
            .checked_mul(base as u64)
            .and_then(|a| a.checked_add(d as u64))
        {
            Some(a) => acc = a,
            None => {
                fits = false;
                break;
            }
        }
    }
    let mag = if fits {
        BigInt::from(acc)
    } else {
        BigInt::from_radix_be(num_bigint::Sign::Plus, &digits, base)?
    };
    Some(if neg { -mag } else { mag })
}
