//! `format(str, spec)`.

use alloc::format;
use alloc::string::String;

use crate::spec::{Align, FormatSpec, Sign};
use crate::util::{code_repr, pad_text};

/// CPython's `format(str, spec)` (`str.__format__`): type `s` or none;
/// precision truncates to that many chars; default alignment is left.
/// Errors (CPython's texts): sign, `#`, `=` alignment, `z`, grouping and
/// unknown type codes. `type_name` (normally `"str"`) appears in messages.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => {
            return Err(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(c),
                type_name
            ))
        }
    }
    match spec.sign {
        Sign::Default => {}
        Sign::Space => return Err(String::from("Space not allowed in string format specifier")),
        _ => return Err(String::from("Sign not allowed in string format specifier")),
    }
    if spec.no_neg_zero {
        return Err(String::from(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(String::from(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(String::from(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = spec.grouping {
        return Err(format!("Cannot specify '{}' with 's'.", g));
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    Ok(pad_text(
        text,
        spec.fill,
        spec.align.unwrap_or(Align::Left),
        spec.width,
    ))
}
