//! Pure, VM-independent text conversions of Python numbers and strings.
//!
//! Everything here matches CPython 3.11 output byte for byte: `repr(float)`,
//! `float(str)`, `int(str, base)`, the format-spec mini-language used by
//! `format()` / `str.format()` / f-strings, printf-style `%` formatting pieces,
//! `complex` repr/format, `bin`/`oct`/`hex` and `round(float, n)`.
//!
//! Errors are returned as `String`s carrying CPython's exact message; the VM
//! chooses the exception type (almost always `ValueError`).
#![no_std]
#![warn(missing_docs)]

extern crate alloc;

mod complex;
mod float_core;
mod float_repr;
mod format_float;
mod format_int;
mod format_str;
mod parse_float;
mod parse_int;
mod percent;
mod radix;
mod round;
mod spec;
mod util;

pub use complex::{complex_repr, format_complex};
pub use float_repr::{float_repr, float_repr_no_dot0};
pub use format_float::format_float;
pub use format_int::format_int;
pub use format_str::format_str;
pub use parse_float::parse_float;
pub use parse_int::parse_int;
pub use percent::{
    parse_percent, parse_percent_partial, percent_char, percent_float, percent_int, percent_str,
    PercentCount, PercentError, PercentPiece, PercentSpec,
};
pub use radix::{bin, hex, int_to_str_radix, oct};
pub use round::round_half_even;
pub use spec::{Align, FormatSpec, Sign};
pub use util::py_isspace;
