//! Float-to-text core shared by repr, `format()`, `%` and complex formatting.
//!
//! Produces the parts of a number (sign, integer digits, the rest) for the
//! modes `e`, `f`, `g` and `r` (repr / shortest round-trip). All digit
//! generation is delegated to Rust's correctly rounded float formatting.

use alloc::format;
use alloc::string::String;

use crate::util::push_exponent;

/// Conversion mode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// Scientific with `prec` digits after the point.
    Exp,
    /// Fixed with `prec` digits after the point.
    Fixed,
    /// General with `prec` significant digits.
    General,
    /// Shortest round-trip digits (repr rules).
    Repr,
}

/// A converted float, split for layout.
pub(crate) struct FloatParts {
    /// True if the value is negative (sign bit set; never for NaN).
    pub neg: bool,
    /// Integer digits, or "inf"/"nan" for non-finite values.
    pub int_digits: String,
    /// Fraction (with leading '.') and exponent text.
    pub rest: String,
    /// Whether the value is finite.
    pub finite: bool,
}

impl FloatParts {
    /// True if every digit is zero (used by the `z` flag).
    pub fn is_zero_digits(&self) -> bool {
        if !self.finite {
            return false;
        }
        let frac_end = self.rest.find(['e', 'E']).unwrap_or(self.rest.len());
        self.int_digits.bytes().all(|b| b == b'0')
            && self.rest[..frac_end]
                .bytes()
                .all(|b| b == b'0' || b == b'.')
    }
}

/// Returns (significant digits, decimal exponent of the first digit) of the
/// scientific rendering of `ax >= 0` with `prec` digits after the point, or
/// shortest round-trip digits if `prec` is `None`.
pub(crate) fn sci_digits(ax: f64, prec: Option<usize>) -> (String, i32) {
    let s = match prec {
        Some(p) => format!("{:.*e}", p, ax),
        None => format!("{:e}", ax),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let e = exp.parse().unwrap_or(0);
    if prec.is_none() && digits.len() > 1 {
        // Among equally short round-tripping strings CPython picks the one
        // nearest the exact value, ties to even; Rust's shortest mode may
        // pick the other one of a tie. The correctly rounded string of the
        // same length is the nearest; use it when it round-trips.
        let (r, re) = sci_digits(ax, Some(digits.len() - 1));
        if r != digits {
            let back = format!("{}.{}e{}", &r[..1], &r[1..], re).parse::<f64>();
            if back == Ok(ax) {
                return (r, re);
            }
        }
    }
    (digits, e)
}

/// Converts `x` per `mode`. `prec` is digits after the point (e/f) or
/// significant digits (g; 0 means 1); ignored for `Repr`. `alt` is the `#`
/// flag, `add_dot0` appends ".0" to integral fixed-notation results (and, in
/// `General` mode, lowers the switch to exponent notation by one digit, as
/// CPython does for format type ''), `upper` upper-cases e/inf/nan.
pub(crate) fn convert(
    x: f64,
    mode: Mode,
    prec: usize,
    alt: bool,
    add_dot0: bool,
    upper: bool,
) -> FloatParts {
    if !x.is_finite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        return FloatParts {
            neg: x.is_infinite() && x < 0.0,
            int_digits: if upper {
                t.to_ascii_uppercase()
            } else {
                String::from(t)
            },
            rest: String::new(),
            finite: false,
        };
    }
    let neg = x.is_sign_negative();
    let ax = x.abs();
    let mut int_digits;
    let mut rest = String::new();
    match mode {
        Mode::Fixed => {
            let s = format!("{:.*}", prec, ax);
            match s.split_once('.') {
                Some((a, b)) => {
                    int_digits = String::from(a);
                    rest.push('.');
                    rest.push_str(b);
                }
                None => {
                    int_digits = s;
                    if alt {
                        rest.push('.');
                    }
                }
            }
        }
        Mode::Exp => {
            let (d, e) = sci_digits(ax, Some(prec));
            int_digits = String::from(&d[..1]);
            if d.len() > 1 || alt {
                rest.push('.');
                rest.push_str(&d[1..]);
            }
            push_exponent(&mut rest, e, upper);
        }
        Mode::General | Mode::Repr => {
            let (mut d, e) = if mode == Mode::General {
                let p = prec.max(1);
                sci_digits(ax, Some(p - 1))
            } else {
                sci_digits(ax, None)
            };
            let decpt = e + 1;
            let use_exp = if mode == Mode::General {
                let p = prec.max(1) as i32;
                decpt <= -4 || decpt > if add_dot0 { p - 1 } else { p }
            } else {
                decpt <= -4 || decpt > 16
            };
            if !alt || mode == Mode::Repr {
                let t = d.trim_end_matches('0').len().max(1);
                d.truncate(t);
            }
            if use_exp {
                int_digits = String::from(&d[..1]);
                if d.len() > 1 || alt {
                    rest.push('.');
                    rest.push_str(&d[1..]);
                }
                push_exponent(&mut rest, e, upper);
            } else {
                if decpt <= 0 {
                    int_digits = String::from("0");
                    rest.push('.');
                    for _ in 0..(-decpt) {
                        rest.push('0');
                    }
                    rest.push_str(&d);
                } else if decpt as usize >= d.len() {
                    int_digits = d.clone();
                    for _ in d.len()..decpt as usize {
                        int_digits.push('0');
                    }
                    if alt {
                        rest.push('.');
                    }
                } else {
                    int_digits = String::from(&d[..decpt as usize]);
                    rest.push('.');
                    rest.push_str(&d[decpt as usize..]);
                }
                if add_dot0 && rest.is_empty() {
                    rest.push_str(".0");
                } else if add_dot0 && rest == "." {
                    rest.push('0');
                }
            }
        }
    }
    FloatParts {
        neg,
        int_digits,
        rest,
        finite: true,
    }
}
