//! The format-spec mini-language parser (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`).

use alloc::format;
use alloc::string::String;

use crate::util::code_repr;

/// Alignment option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`: left aligned.
    Left,
    /// `>`: right aligned.
    Right,
    /// `^`: centered (extra fill goes to the right).
    Center,
    /// `=`: padding placed after the sign/prefix (numbers only).
    AfterSign,
}

/// Sign option of a format spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sign {
    /// No sign option given (behaves like `-`).
    #[default]
    Default,
    /// `-`: sign only for negative numbers.
    Minus,
    /// `+`: sign for all numbers.
    Plus,
    /// ` `: a space for non-negative numbers.
    Space,
}

/// A parsed format specification (the part after `:` in `"{:...}"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character; `' '` by default, `'0'` when the `0` flag is given
    /// without an explicit fill.
    pub fill: char,
    /// Explicit alignment, if any. When `None`, each formatter picks its
    /// default (`<` for strings; `>` for numbers, or `=` if `zero_pad`).
    pub align: Option<Align>,
    /// Sign option.
    pub sign: Sign,
    /// The `z` flag: coerce negative zero to positive zero after rounding.
    pub no_neg_zero: bool,
    /// The `#` flag (alternate form).
    pub alternate: bool,
    /// The `0` flag before the width.
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Grouping separator: `','` or `'_'`.
    pub grouping: Option<char>,
    /// Precision (after `.`).
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> Self {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Default,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses a run of ASCII digits starting at `i`; returns (value, next index)
/// or `Ok(None)` if there is no digit.
fn parse_count(c: &[char], mut i: usize) -> Result<(Option<usize>, usize), String> {
    let start = i;
    let mut v: usize = 0;
    while i < c.len() && c[i].is_ascii_digit() {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(c[i] as usize - '0' as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| String::from("Too many decimal digits in format string"))?;
        i += 1;
    }
    Ok((if i > start { Some(v) } else { None }, i))
}

impl FormatSpec {
    /// Parses a format spec; the "invalid" error reads
    /// `"Invalid format specifier"` (use [`FormatSpec::parse_for`] to get
    /// CPython's full message naming the spec and the type).
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        Self::parse_impl(spec, None)
    }

    /// Parses a format spec for an object of type `type_name`, with CPython's
    /// messages, e.g. `"Invalid format specifier 'abc' for object of type 'int'"`,
    /// `"Format specifier missing precision"`, `"Cannot specify ',' with 'x'."`,
    /// `"Cannot specify both ',' and '_'."`.
    pub fn parse_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
        Self::parse_impl(spec, Some(type_name))
    }

    fn parse_impl(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
        let c: alloc::vec::Vec<char> = spec.chars().collect();
        let mut f = FormatSpec::default();
        let mut i = 0;
        let mut fill_given = false;
        if c.len() >= 2 && align_of(c[1]).is_some() {
            f.fill = c[0];
            f.align = align_of(c[1]);
            fill_given = true;
            i = 2;
        } else if !c.is_empty() && align_of(c[0]).is_some() {
            f.align = align_of(c[0]);
            i = 1;
        }
        if i < c.len() {
            match c[i] {
                '+' => {
                    f.sign = Sign::Plus;
                    i += 1
                }
                '-' => {
                    f.sign = Sign::Minus;
                    i += 1
                }
                ' ' => {
                    f.sign = Sign::Space;
                    i += 1
                }
                _ => {}
            }
        }
        if i < c.len() && c[i] == 'z' {
            f.no_neg_zero = true;
            i += 1;
        }
        if i < c.len() && c[i] == '#' {
            f.alternate = true;
            i += 1;
        }
        if i < c.len() && c[i] == '0' {
            f.zero_pad = true;
            if !fill_given {
                f.fill = '0';
            }
            i += 1;
        }
        let (w, ni) = parse_count(&c, i)?;
        f.width = w;
        i = ni;
        if i < c.len() && (c[i] == ',' || c[i] == '_') {
            f.grouping = Some(c[i]);
            i += 1;
            if i < c.len() && (c[i] == ',' || c[i] == '_') && c[i] != f.grouping.unwrap_or(' ') {
                return Err(String::from("Cannot specify both ',' and '_'."));
            }
        }
        if i < c.len() && c[i] == '.' {
            i += 1;
            let (p, ni) = parse_count(&c, i)?;
            match p {
                Some(p) => f.precision = Some(p),
                None => return Err(String::from("Format specifier missing precision")),
            }
            i = ni;
        }
        if c.len() - i > 1 {
            return Err(match type_name {
                Some(t) => format!(
                    "Invalid format specifier '{}' for object of type '{}'",
                    spec, t
                ),
                None => String::from("Invalid format specifier"),
            });
        }
        if i < c.len() {
            f.ty = Some(c[i]);
        }
        if let Some(g) = f.grouping {
            let ok = match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
                Some('b' | 'o' | 'x' | 'X') => g == '_',
                _ => false,
            };
            if !ok {
                let t = f.ty.unwrap_or(' ');
                return Err(format!("Cannot specify '{}' with '{}'.", g, code_repr(t)));
            }
        }
        Ok(f)
    }

    /// Alignment for numeric types: explicit, else `=` with the `0` flag, else `>`.
    pub(crate) fn number_align(&self) -> Align {
        self.align.unwrap_or(if self.zero_pad {
            Align::AfterSign
        } else {
            Align::Right
        })
    }
}
