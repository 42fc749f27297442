//! `round(float, ndigits)`.

use alloc::format;

use crate::float_core::sci_digits;

/// CPython's `round(x, ndigits)` for floats: the exact binary value of `x`
/// is correctly rounded to `ndigits` decimal places (negative `ndigits`
/// round to tens, hundreds, ...), ties to even, and converted back
/// (so `round(2.675, 2) == 2.67`, `round(2.5, 0) == 2.0`).
/// `inf`, `nan` and zeros are returned unchanged; for `ndigits > 323` `x` is
/// returned, for `ndigits < -308` a zero with the sign of `x`. If the
/// rounded value overflows, `inf` is returned and the VM should raise
/// `OverflowError("rounded value too large to represent")`.
pub fn round_half_even(x: f64, ndigits: i32) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    let r = if ndigits >= 0 {
        format!("{:.*}", ndigits as usize, x)
            .parse::<f64>()
            .unwrap_or(x)
    } else {
        let ax = x.abs();
        let (_, e) = sci_digits(ax, Some(0));
        // Exponent of the leading digit of the exact value (rounding to one
        // digit may bump it, so use a generous precision for this probe).
        let (_, e_exact) = sci_digits(ax, Some(17));
        let e = e.min(e_exact);
        // Number of significant digits kept.
        let keep = e + 1 + ndigits;
        let mag = if keep >= 1 {
            format!("{:.*e}", (keep - 1) as usize, ax)
                .parse::<f64>()
                .unwrap_or(ax)
        } else if keep == 0 {
            // Round to 10^(e+1): compare the exact value with half of it.
            let (d, _) = sci_digits(ax, Some(800));
            let first = d.as_bytes()[0];
            let up = first > b'5' || (first == b'5' && d.bytes().skip(1).any(|c| c != b'0'));
            if up {
                format!("1e{}", e + 1)
                    .parse::<f64>()
                    .unwrap_or(f64::INFINITY)
            } else {
                0.0
            }
        } else {
            0.0
        };
        if x < 0.0 {
            -mag
        } else {
            mag
        }
    };
    r
}
