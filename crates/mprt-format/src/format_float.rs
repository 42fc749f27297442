//! `format(float, spec)`.

use alloc::format;
use alloc::string::String;

use crate::float_core::{convert, FloatParts, Mode};
use crate::spec::{FormatSpec, Sign};
use crate::util::{code_repr, layout_number, NumberLayout};

/// Converts a float per the presentation type of `spec` into parts
/// (shared with complex formatting). `add_dot0_default` is whether the
/// omitted type adds ".0" (true for float, false for complex parts).
pub(crate) fn float_parts_for(
    v: f64,
    spec: &FormatSpec,
    type_name: &str,
    add_dot0_default: bool,
) -> Result<(FloatParts, &'static str), String> {
    let (mode, upper, default_prec, add_dot0, suffix, scale) = match spec.ty {
        None => (Mode::Repr, false, None, add_dot0_default, "", false),
        Some('e') => (Mode::Exp, false, Some(6), false, "", false),
        Some('E') => (Mode::Exp, true, Some(6), false, "", false),
        Some('f') => (Mode::Fixed, false, Some(6), false, "", false),
        Some('F') => (Mode::Fixed, true, Some(6), false, "", false),
        Some('g') | Some('n') => (Mode::General, false, Some(6), false, "", false),
        Some('G') => (Mode::General, true, Some(6), false, "", false),
        Some('%') => (Mode::Fixed, false, Some(6), false, "%", true),
        Some(c) => {
            return Err(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(c),
                type_name
            ))
        }
    };
    let x = if scale { v * 100.0 } else { v };
    let (mode, prec) = match (mode, spec.precision) {
        (Mode::Repr, Some(p)) => (Mode::General, p),
        (m, Some(p)) => (m, p),
        (m, None) => (m, default_prec.unwrap_or(0)),
    };
    let mut parts = convert(x, mode, prec, spec.alternate, add_dot0, upper);
    if spec.no_neg_zero && parts.neg && parts.is_zero_digits() {
        parts.neg = false;
    }
    Ok((parts, suffix))
}

pub(crate) fn sign_text(neg: bool, sign: Sign) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            Sign::Default | Sign::Minus => "",
            Sign::Plus => "+",
            Sign::Space => " ",
        }
    }
}

/// CPython's `format(float, spec)` (`float.__format__`): types `e E f F g G
/// n %` and none (repr-like: `format(1.0, '')` is `'1.0'`; with a precision
/// it acts like `g` but keeps a `.0`). Handles `#`, grouping, sign, `z`,
/// fill/align/width and `inf`/`nan` (`INF`/`NAN` for upper-case types).
/// `type_name` (normally `"float"`) is used in error messages.
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let (parts, suffix) = float_parts_for(v, spec, type_name, true)?;
    let mut rest = parts.rest;
    rest.push_str(suffix);
    let n = NumberLayout {
        sign: sign_text(parts.neg, spec.sign),
        prefix: "",
        digits: &parts.int_digits,
        rest: &rest,
        grouping: if parts.finite {
            spec.grouping.map(|g| (g, 3))
        } else {
            None
        },
    };
    Ok(layout_number(
        &n,
        spec.fill,
        spec.number_align(),
        spec.width,
    ))
}
