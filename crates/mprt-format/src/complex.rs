//! `repr(complex)` and `format(complex, spec)`.

use alloc::format;
use alloc::string::String;

use crate::float_repr::float_repr_no_dot0;
use crate::format_float::{float_parts_for, sign_text};
use crate::spec::{Align, FormatSpec, Sign};
use crate::util::{code_repr, group_digits, pad_text};

/// CPython's `repr(complex)`: `2j` when the real part is `+0.0`, otherwise
/// parenthesized `(1+2j)`, `(-0-1j)`, `(nan+infj)`; parts use repr digits
/// without a trailing `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut s = String::new();
    if re == 0.0 && re.is_sign_positive() {
        s.push_str(&float_repr_no_dot0(im));
        s.push('j');
        return s;
    }
    s.push('(');
    s.push_str(&float_repr_no_dot0(re));
    let ims = float_repr_no_dot0(im);
    if !ims.starts_with('-') {
        s.push('+');
    }
    s.push_str(&ims);
    s.push_str("j)");
    s
}

/// CPython's `format(complex, spec)` (`complex.__format__`): types `e E f F
/// g G n` and none (like `str()`: parentheses unless the real part is
/// `+0.0`, which is then omitted). `0` padding and `=` alignment are
/// errors. `type_name` (normally `"complex"`) appears in messages.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, String> {
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => {
            return Err(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(c),
                type_name
            ))
        }
    }
    if spec.fill == '0' {
        return Err(String::from(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(String::from(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (skip_re, parens) = if spec.ty.is_none() {
        let skip = re == 0.0 && re.is_sign_positive();
        (skip, !skip)
    } else {
        (false, false)
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    let push_part = |body: &mut String, v: f64, sign: Sign| -> Result<(), String> {
        let (p, _) = float_parts_for(v, spec, type_name, false)?;
        body.push_str(sign_text(p.neg, sign));
        match spec.grouping {
            Some(g) if p.finite => body.push_str(&group_digits(&p.int_digits, g, 3, 0)),
            _ => body.push_str(&p.int_digits),
        }
        body.push_str(&p.rest);
        Ok(())
    };
    if !skip_re {
        push_part(&mut body, re, spec.sign)?;
        push_part(&mut body, im, Sign::Plus)?;
    } else {
        push_part(&mut body, im, spec.sign)?;
    }
    body.push('j');
    if parens {
        body.push(')');
    }
    Ok(pad_text(
        &body,
        spec.fill,
        spec.align.unwrap_or(Align::Right),
        spec.width,
    ))
}
