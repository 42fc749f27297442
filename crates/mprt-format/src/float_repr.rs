//! `repr(float)`.

use alloc::string::String;

use crate::float_core::{convert, Mode};

/// CPython's `repr(float)` / `str(float)`: shortest round-trip digits, fixed
/// notation when the decimal exponent is in `[-4, 16)`, otherwise scientific
/// (`1e+16`, `1.5e-05`); integral fixed values get `.0`; `inf`, `-inf`,
/// `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    repr_impl(x, true)
}

/// Like [`float_repr`] but without the `.0` on integral values (`1`, `-0`,
/// `1e+16`): the form CPython uses for the parts of a complex repr.
pub fn float_repr_no_dot0(x: f64) -> String {
    repr_impl(x, false)
}

fn repr_impl(x: f64, dot0: bool) -> String {
    let p = convert(x, Mode::Repr, 0, false, dot0, false);
    let mut s = String::with_capacity(p.int_digits.len() + p.rest.len() + 1);
    if p.neg {
        s.push('-');
    }
    s.push_str(&p.int_digits);
    s.push_str(&p.rest);
    s
}
