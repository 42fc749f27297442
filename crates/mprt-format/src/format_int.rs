//! `format(int, spec)`.

use alloc::format;
use alloc::string::String;

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::ToPrimitive;

use crate::format_float::{format_float, sign_text};
use crate::spec::{FormatSpec, Sign};
use crate::util::{code_repr, layout_number, NumberLayout};

/// Converts a `BigInt` to the nearest `f64` like CPython's `int.__float__`,
/// failing with `"int too large to convert to float"`.
pub(crate) fn int_to_f64(v: &BigInt) -> Result<f64, String> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(String::from("int too large to convert to float")),
    }
}

/// CPython's `format(int, spec)` (`int.__format__`): types `b c d o x X n`
/// and none; `e E f F g G %` convert to float first. Supports `#` prefixes
/// (`0b`/`0o`/`0x`/`0X`), grouping every 3 digits (every 4 for `b o x X`
/// with `_`), sign, fill/align (`=` and `0` padding through the grouping).
/// `type_name` (e.g. `"int"`, `"bool"`) appears in error messages. The
/// `'c'` range errors (`"%c arg not in range(0x110000)"`, `"Python int too
/// large to convert to C long"`) are `OverflowError`s in CPython;
/// surrogates are also rejected with the first. Note: CPython returns
/// `str(v)` for an empty spec, which differs for `bool` (`'True'`); the VM
/// handles that.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    let (radix, prefix, upper) = match spec.ty {
        None | Some('d') | Some('n') => (10, "", false),
        Some('b') => (2, "0b", false),
        Some('o') => (8, "0o", false),
        Some('x') => (16, "0x", false),
        Some('X') => (16, "0X", true),
        Some('c') => (0, "", false),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = int_to_f64(v)?;
            return format_float(f, spec, type_name);
        }
        Some(c) => {
            return Err(format!(
                "Unknown format code '{}' for object of type '{}'",
                code_repr(c),
                type_name
            ))
        }
    };
    if spec.precision.is_some() {
        return Err(String::from(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(String::from(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let align = spec.number_align();
    if radix == 0 {
        if spec.sign != Sign::Default {
            return Err(String::from(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(String::from(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = v
            .to_i64()
            .ok_or_else(|| String::from("Python int too large to convert to C long"))?;
        let ch = u32::try_from(code)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| String::from("%c arg not in range(0x110000)"))?;
        let mut buf = [0u8; 4];
        let s: &str = ch.encode_utf8(&mut buf);
        let n = NumberLayout {
            sign: "",
            prefix: "",
            digits: "",
            rest: s,
            grouping: None,
        };
        return Ok(layout_number(&n, spec.fill, align, spec.width));
    }
    let mut digits = v.magnitude().to_str_radix(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    let neg = v.sign() == BigSign::Minus;
    let grouping = spec.grouping.map(|g| (g, if radix == 10 { 3 } else { 4 }));
    let n = NumberLayout {
        sign: sign_text(neg, spec.sign),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        rest: "",
        grouping,
    };
    Ok(layout_number(&n, spec.fill, align, spec.width))
}
