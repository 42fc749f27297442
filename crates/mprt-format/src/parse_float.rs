//! `float(str)`.

use alloc::string::String;

use crate::util::py_strip;

/// Validates `[digit (['_'] digit)*]` starting at `i`; returns the index
/// after the run and the number of digits, pushing digits to `out`, or
/// `None` for a misplaced underscore.
fn digit_run(b: &[u8], mut i: usize, out: &mut String) -> Option<(usize, usize)> {
    let mut n = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            out.push(b[i] as char);
            n += 1;
            i += 1;
        } else if b[i] == b'_' && n > 0 && i + 1 < b.len() && b[i + 1].is_ascii_digit() {
            i += 1;
        } else {
            break;
        }
    }
    Some((i, n))
}

/// Python's `float(str)`: surrounding whitespace, optional sign, decimal
/// digits with single underscores between digits (`1_000.5`), `.5`, `5.`,
/// exponents (`1e-3`, `1_0e1_0`), `inf`/`infinity`/`nan` in any case with
/// a sign. Correctly rounded; overflow gives `inf` like CPython. Returns
/// `None` for invalid input (the VM raises
/// `ValueError: could not convert string to float: '...'`).
pub fn parse_float(s: &str) -> Option<f64> {
    let t = py_strip(s);
    let b = t.as_bytes();
    let mut i = 0;
    let mut neg = false;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let body = &t[i..];
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case("nan") {
        return Some(if neg { -f64::NAN } else { f64::NAN });
    }
    let mut clean = String::with_capacity(b.len());
    if neg {
        clean.push('-');
    }
    let (ni, n_int) = digit_run(b, i, &mut clean)?;
    i = ni;
    let mut n_frac = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        let (ni, nf) = digit_run(b, i + 1, &mut clean)?;
        i = ni;
        n_frac = nf;
    }
    if n_int + n_frac == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        let (ni, ne) = digit_run(b, i, &mut clean)?;
        if ne == 0 {
            return None;
        }
        i = ni;
    }
    if i != b.len() {
        return None;
    }
    clean.parse::<f64>().ok()
}
