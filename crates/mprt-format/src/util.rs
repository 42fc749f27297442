//! Shared helpers: Python whitespace, digit grouping and number layout.

use alloc::string::String;

use crate::spec::Align;

/// Python's `str.isspace()` for a single character (the set `str.strip()`,
/// `int()` and `float()` remove): Unicode White_Space plus U+001C..U+001F.
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1c}'..='\u{1f}')
}

/// Strips the whitespace `int()`/`float()` accept around numbers: Unicode
/// White_Space (unlike `str.strip()`, U+001C..U+001F are not removed).
pub(crate) fn py_strip(s: &str) -> &str {
    s.trim_matches(char::is_whitespace)
}

/// Formats a decimal exponent the way CPython does: `e+05`, `e-123`.
pub(crate) fn push_exponent(out: &mut String, exp: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    push_u32(out, a);
}

fn push_u32(out: &mut String, v: u32) {
    if v >= 10 {
        push_u32(out, v / 10);
    }
    out.push((b'0' + (v % 10) as u8) as char);
}

/// Inserts `sep` every `size` digits (counting from the right) into the ASCII
/// digit string `digits`, left-padding with `'0'` digits (and separators)
/// until at least `min_width` characters are produced. The padding never
/// starts with a separator, so the result may be one char wider than asked.
pub(crate) fn group_digits(digits: &str, sep: char, size: usize, min_width: usize) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len();
    let mut min_left = min_width as isize;
    // Built right to left, reversed at the end.
    let mut rev: alloc::vec::Vec<u8> = alloc::vec::Vec::with_capacity(d.len() + d.len() / size + 2);
    loop {
        let want = core::cmp::max(core::cmp::max(remaining as isize, min_left), 1) as usize;
        let l = core::cmp::min(want, size);
        let take = core::cmp::min(remaining, l);
        for i in 0..take {
            rev.push(d[remaining - 1 - i]);
        }
        rev.resize(rev.len() + (l - take), b'0');
        remaining -= take;
        min_left -= l as isize;
        if remaining == 0 && min_left <= 0 {
            break;
        }
        rev.push(sep as u8);
        min_left -= 1;
    }
    rev.reverse();
    // Only ASCII bytes were pushed (sep is ',' or '_').
    String::from_utf8(rev).unwrap_or_default()
}

/// The pieces of a formatted number before padding.
pub(crate) struct NumberLayout<'a> {
    /// Sign text: "", "-", "+" or " ".
    pub sign: &'a str,
    /// Radix prefix such as "0x" (after the sign).
    pub prefix: &'a str,
    /// Integer digits (ASCII), subject to grouping.
    pub digits: &'a str,
    /// Everything after the integer digits: fraction, exponent, '%', ...
    pub rest: &'a str,
    /// Grouping separator and group size.
    pub grouping: Option<(char, usize)>,
}

/// Lays out a number with fill/alignment/width the way CPython's
/// formatter does (including sign-aware `'0'` padding through the grouping).
pub(crate) fn layout_number(
    n: &NumberLayout<'_>,
    fill: char,
    align: Align,
    width: Option<usize>,
) -> String {
    let width = width.unwrap_or(0);
    let fixed = n.sign.len() + n.prefix.len() + n.rest.chars().count();
    let grouped;
    let digits: &str = match n.grouping {
        Some((sep, size)) => {
            let min_w = if fill == '0' && align == Align::AfterSign {
                width.saturating_sub(fixed)
            } else {
                0
            };
            grouped = group_digits(n.digits, sep, size, min_w);
            &grouped
        }
        None => n.digits,
    };
    let len = fixed + digits.chars().count();
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(len + pad * fill.len_utf8());
    let push_fill = |out: &mut String, k: usize| {
        for _ in 0..k {
            out.push(fill);
        }
    };
    match align {
        Align::Left => {
            out.push_str(n.sign);
            out.push_str(n.prefix);
            out.push_str(digits);
            out.push_str(n.rest);
            push_fill(&mut out, pad);
        }
        Align::Right => {
            push_fill(&mut out, pad);
            out.push_str(n.sign);
            out.push_str(n.prefix);
            out.push_str(digits);
            out.push_str(n.rest);
        }
        Align::Center => {
            push_fill(&mut out, pad / 2);
            out.push_str(n.sign);
            out.push_str(n.prefix);
            out.push_str(digits);
            out.push_str(n.rest);
            push_fill(&mut out, pad - pad / 2);
        }
        Align::AfterSign => {
            out.push_str(n.sign);
            out.push_str(n.prefix);
            push_fill(&mut out, pad);
            out.push_str(digits);
            out.push_str(n.rest);
        }
    }
    out
}

/// Pads `s` (already final text) to `width` chars with `fill` using `align`
/// (`AfterSign` is treated as right alignment).
pub(crate) fn pad_text(s: &str, fill: char, align: Align, width: Option<usize>) -> String {
    let n = NumberLayout {
        sign: "",
        prefix: "",
        digits: "",
        rest: s,
        grouping: None,
    };
    let align = if align == Align::AfterSign {
        Align::Right
    } else {
        align
    };
    layout_number(&n, fill, align, width)
}

/// Renders a char for CPython's "'%c'" style messages: printable ASCII as is,
/// anything else as `\xNN`.
pub(crate) fn code_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        let mut s = String::new();
        s.push(c);
        s
    } else {
        alloc::format!("\\x{:x}", v)
    }
}
