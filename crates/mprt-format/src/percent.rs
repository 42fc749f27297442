//! printf-style (`%`) formatting: parsing the format string and rendering
//! single conversions. The VM walks the pieces, pulls/converts arguments
//! and calls the renderers.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use num_bigint::{BigInt, Sign as BigSign};

use crate::float_core::{convert, Mode};

/// A width or precision in a `%` conversion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    None,
    /// A literal number.
    Number(usize),
    /// `*`: taken from the argument list (the VM resolves it).
    Star,
}

/// One parsed `%` conversion such as `%(name)-#08.3x`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// Mapping key from `%(key)s`.
    pub key: Option<String>,
    /// `-` flag: left-justify.
    pub minus: bool,
    /// `+` flag: always show a sign.
    pub plus: bool,
    /// ` ` flag: a space before non-negative numbers.
    pub space: bool,
    /// `#` flag: alternate form.
    pub hash: bool,
    /// `0` flag: zero padding for numbers.
    pub zero: bool,
    /// Minimum width.
    pub width: PercentCount,
    /// Precision (`%.f` gives `Number(0)`).
    pub precision: PercentCount,
    /// Conversion character, one of `d i u o x X e E f F g G c r s a`.
    pub conv: char,
}

/// A piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text (with `%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
}

/// Parses a printf-style format string into literal and conversion pieces.
/// Errors (CPython's texts): `"incomplete format"`, `"incomplete format
/// key"`, `"unsupported format character 'y' (0x79) at index 3"` (index in
/// chars). Length modifiers `h l L` are skipped. Only an immediate `%%`
/// is a literal percent.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    match parse_percent_partial(fmt) {
        (pieces, None) => Ok(pieces),
        (_, Some(e)) => Err(e.message),
    }
}

/// A format error found by [`parse_percent_partial`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentError {
    /// CPython's message.
    pub message: String,
    /// For an unsupported conversion character: the parsed spec (key, width,
    /// precision), whose argument CPython fetches before raising.
    pub spec: Option<PercentSpec>,
}

/// Like [`parse_percent`], but returns the pieces before the first error
/// together with that error, so that a caller can process the earlier
/// conversions first (CPython reports errors in left-to-right order).
pub fn parse_percent_partial(fmt: &str) -> (Vec<PercentPiece>, Option<PercentError>) {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let r = parse_into(fmt, &mut pieces, &mut lit);
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    (pieces, r.err())
}

fn parse_into(
    fmt: &str,
    pieces: &mut Vec<PercentPiece>,
    lit: &mut String,
) -> Result<(), PercentError> {
    let c: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let err = |m: String| PercentError {
        message: m,
        spec: None,
    };
    let incomplete = || err(String::from("incomplete format"));
    while i < c.len() {
        if c[i] != '%' {
            lit.push(c[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i >= c.len() {
            return Err(incomplete());
        }
        if c[i] == '%' {
            lit.push('%');
            i += 1;
            continue;
        }
        let mut spec = PercentSpec {
            key: None,
            minus: false,
            plus: false,
            space: false,
            hash: false,
            zero: false,
            width: PercentCount::None,
            precision: PercentCount::None,
            conv: ' ',
        };
        if c[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < c.len() && depth > 0 {
                match c[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(err(String::from("incomplete format key")));
            }
            spec.key = Some(c[start..i - 1].iter().collect());
        }
        while i < c.len() {
            match c[i] {
                '-' => spec.minus = true,
                '+' => spec.plus = true,
                ' ' => spec.space = true,
                '#' => spec.hash = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        let count = |i: &mut usize| -> Result<Option<PercentCount>, String> {
            if *i < c.len() && c[*i] == '*' {
                *i += 1;
                return Ok(Some(PercentCount::Star));
            }
            let mut v: Option<usize> = None;
            while *i < c.len() && c[*i].is_ascii_digit() {
                let d = c[*i] as usize - '0' as usize;
                v = Some(
                    v.unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|x| x.checked_add(d))
                        .filter(|x| *x <= isize::MAX as usize)
                        .ok_or_else(|| String::from("width too big"))?,
                );
                *i += 1;
            }
            Ok(v.map(PercentCount::Number))
        };
        if let Some(w) = count(&mut i).map_err(err)? {
            spec.width = w;
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            spec.precision = count(&mut i)
                .map_err(|_| err(String::from("precision too big")))?
                .unwrap_or(PercentCount::Number(0));
        }
        while i < c.len() && matches!(c[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= c.len() {
            return Err(incomplete());
        }
        let conv = c[i];
        if !matches!(
            conv,
            'd' | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
                | 'r'
                | 's'
                | 'a'
        ) {
            let shown = if (' '..='~').contains(&conv) {
                conv
            } else {
                '?'
            };
            spec.conv = conv;
            return Err(PercentError {
                message: format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, conv as u32, i
                ),
                spec: Some(spec),
            });
        }
        spec.conv = conv;
        i += 1;
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(core::mem::take(lit)));
        }
        pieces.push(PercentPiece::Spec(spec));
    }
    Ok(())
}

fn sign_of(neg: bool, spec: &PercentSpec) -> &'static str {
    if neg {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    }
}

/// Pads `sign prefix body` to `width`: left-justified with `-`, zero-filled
/// after the sign/prefix with `0` (if `zero_ok`), else right-justified.
fn pad_num(
    sign: &str,
    prefix: &str,
    body: &str,
    spec: &PercentSpec,
    width: usize,
    zero_ok: bool,
) -> String {
    let len = sign.len() + prefix.len() + body.chars().count();
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    let spaces = |out: &mut String| {
        for _ in 0..pad {
            out.push(' ');
        }
    };
    if spec.minus {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        spaces(&mut out);
    } else if spec.zero && zero_ok {
        out.push_str(sign);
        out.push_str(prefix);
        for _ in 0..pad {
            out.push('0');
        }
        out.push_str(body);
    } else {
        spaces(&mut out);
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    out
}

/// Renders an integer for `%d %i %u %o %x %X` (`#` adds `0o`/`0x`/`0X`;
/// precision is a minimum digit count). `width`/`prec` are the resolved
/// values (the VM resolves `*`; a negative `*` width means `minus` with
/// its absolute value).
pub fn percent_int(v: &BigInt, spec: &PercentSpec, width: usize, prec: Option<usize>) -> String {
    let (radix, prefix, upper) = match spec.conv {
        'o' => (8, "0o", false),
        'x' => (16, "0x", false),
        'X' => (16, "0X", true),
        _ => (10, "", false),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = prec {
        if p > digits.len() {
            let mut z = String::with_capacity(p);
            for _ in digits.len()..p {
                z.push('0');
            }
            z.push_str(&digits);
            digits = z;
        }
    }
    let neg = v.sign() == BigSign::Minus;
    let prefix = if spec.hash { prefix } else { "" };
    pad_num(sign_of(neg, spec), prefix, &digits, spec, width, true)
}

/// Renders a float for `%e %E %f %F %g %G` (default precision 6; `#` keeps
/// the point and trailing zeros; `inf`/`nan`, upper-case for `E F G`).
/// `width`/`prec` are the resolved values.
pub fn percent_float(v: f64, spec: &PercentSpec, width: usize, prec: Option<usize>) -> String {
    let (mode, upper) = match spec.conv {
        'e' => (Mode::Exp, false),
        'E' => (Mode::Exp, true),
        'f' => (Mode::Fixed, false),
        'F' => (Mode::Fixed, true),
        'G' => (Mode::General, true),
        _ => (Mode::General, false),
    };
    let p = convert(v, mode, prec.unwrap_or(6), spec.hash, false, upper);
    let mut body = p.int_digits;
    body.push_str(&p.rest);
    pad_num(sign_of(p.neg, spec), "", &body, spec, width, true)
}

/// Renders a string for `%s %r %a` (the VM converts the object with
/// `str`/`repr`/`ascii` first): precision truncates to that many chars,
/// padded with spaces to `width` (left-justified with `-`).
pub fn percent_str(s: &str, spec: &PercentSpec, width: usize, prec: Option<usize>) -> String {
    let text = match prec.and_then(|p| s.char_indices().nth(p)) {
        Some((i, _)) => &s[..i],
        None => s,
    };
    pad_num("", "", text, spec, width, false)
}

/// Renders a character for `%c` (the VM checks the argument: a
/// one-character string or an int in `range(0x110000)`).
pub fn percent_char(ch: char, spec: &PercentSpec, width: usize) -> String {
    let mut buf = [0u8; 4];
    pad_num("", "", ch.encode_utf8(&mut buf), spec, width, false)
}
