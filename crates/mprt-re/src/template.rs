//! `re.sub` replacement-template parsing.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::parse::{is_identifier, py_repr, to_string};
use crate::{Error, ErrorKind};

/// One piece of a parsed replacement template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TemplatePiece {
    /// Literal code points (adjacent literals are merged).
    Literal(Vec<u32>),
    /// Contents of group `n` (0 = whole match). An unmatched group expands to
    /// the empty string (Python 3.5+).
    Group(usize),
}

const MAXGROUPS: u64 = 1 << 30;

/// Parse a `re.sub` replacement template (CPython 3.11 rules).
///
/// * `groups`: `pattern.groups`; `names`: `pattern.groupindex` entries.
/// * Group references: `\1`..`\99`, `\g<n>`, `\g<name>`. Octal escapes
///   `\0`, `\0oo`, `\ooo` (3 octal digits, max `\377`).
/// * `\a \b \f \n \r \t \v \\` are the usual control characters; other
///   escaped ASCII letters are errors ("bad escape \q"); any other escaped
///   character keeps the backslash (`"\."` stays two characters).
/// * Unknown `\g<name>` is `ErrorKind::Index` ("unknown group name 'x'").
pub fn parse_template(
    repl: &[u32],
    groups: usize,
    names: &[(String, usize)],
    is_bytes: bool,
) -> Result<Vec<TemplatePiece>, Error> {
    let _ = is_bytes;
    let mut out: Vec<TemplatePiece> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let n = repl.len();
    let mut i = 0;
    let is_dig = |c: u32| (0x30..=0x39).contains(&c);
    let is_oct = |c: u32| (0x30..=0x37).contains(&c);
    let add_group = |out: &mut Vec<TemplatePiece>, lit: &mut Vec<u32>, g: usize| {
        if !lit.is_empty() {
            out.push(TemplatePiece::Literal(core::mem::take(lit)));
        }
        out.push(TemplatePiece::Group(g));
    };
    while i < n {
        let c = repl[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        if i + 1 >= n {
            return Err(Error::at("bad escape (end of pattern)", start));
        }
        let e = repl[i + 1];
        i += 2;
        let ch = char::from_u32(e).unwrap_or('\u{fffd}');
        match ch {
            'g' => {
                if i >= n || repl[i] != '<' as u32 {
                    return Err(Error::at("missing <", i));
                }
                i += 1;
                let a = i;
                loop {
                    if i >= n {
                        if i == a {
                            return Err(Error::at("missing group name", i));
                        }
                        return Err(Error::at("missing >, unterminated name", a));
                    }
                    if repl[i] == '>' as u32 {
                        if i == a {
                            return Err(Error::at("missing group name", i));
                        }
                        break;
                    }
                    i += if repl[i] == '\\' as u32 && i + 1 < n {
                        2
                    } else {
                        1
                    };
                }
                let name = &repl[a..i];
                i += 1;
                let idx;
                if is_identifier(name) {
                    let s = to_string(name);
                    idx = match names.iter().find(|x| x.0 == s) {
                        Some(x) => x.1,
                        None => {
                            return Err(Error {
                                msg: format!("unknown group name {}", py_repr(name)),
                                pos: None,
                                kind: ErrorKind::Index,
                            })
                        }
                    };
                } else {
                    if !name.iter().all(|&d| is_dig(d)) {
                        return Err(Error::at(
                            format!("bad character in group name {}", py_repr(name)),
                            a,
                        ));
                    }
                    let mut v: u64 = 0;
                    for &d in name {
                        v = v.saturating_mul(10).saturating_add((d - 0x30) as u64);
                    }
                    if v >= MAXGROUPS || v > groups as u64 {
                        return Err(Error::at(format!("invalid group reference {}", v), a));
                    }
                    idx = v as usize;
                }
                add_group(&mut out, &mut lit, idx);
            }
            '0' => {
                let mut v = 0;
                let mut k = 0;
                while k < 2 && i < n && is_oct(repl[i]) {
                    v = v * 8 + (repl[i] - 0x30);
                    i += 1;
                    k += 1;
                }
                lit.push(v & 0xff);
            }
            '1'..='9' => {
                let mut g = (e - 0x30) as usize;
                if i < n && is_dig(repl[i]) {
                    let c2 = repl[i];
                    i += 1;
                    if is_oct(e) && is_oct(c2) && i < n && is_oct(repl[i]) {
                        let v = (e - 0x30) * 64 + (c2 - 0x30) * 8 + (repl[i] - 0x30);
                        i += 1;
                        if v > 0o377 {
                            return Err(Error::at(
                                format!(
                                    "octal escape value {} outside of range 0-0o377",
                                    to_string(&repl[start..i])
                                ),
                                start,
                            ));
                        }
                        lit.push(v);
                        continue;
                    }
                    g = g * 10 + (c2 - 0x30) as usize;
                }
                if g > groups {
                    return Err(Error::at(
                        format!("invalid group reference {}", g),
                        start + 1,
                    ));
                }
                add_group(&mut out, &mut lit, g);
            }
            _ => {
                let v = match ch {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match v {
                    Some(v) => lit.push(v),
                    None => {
                        if e < 128 && (e as u8).is_ascii_alphabetic() {
                            return Err(Error::at(
                                format!("bad escape {}", to_string(&repl[start..start + 2])),
                                start,
                            ));
                        }
                        lit.push('\\' as u32);
                        lit.push(e);
                    }
                }
            }
        }
    }
    if !lit.is_empty() {
        out.push(TemplatePiece::Literal(lit));
    }
    Ok(out)
}
