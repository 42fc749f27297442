//! Regular-expression engine behind MicroPythonRT's `re` module.
//!
//! `#![no_std]` + `alloc`, no dependencies. Semantics follow CPython 3.11's
//! `re` module (syntax, flags, error messages and positions, capture
//! semantics, empty-match rules).
//!
//! # Text model
//! Patterns and subject texts are slices of code points (`&[u32]`). For a
//! `str` pattern pass the Unicode scalar values; for a `bytes` pattern pass
//! each byte as a `u32` (0..=255) and set `is_bytes = true`. All positions
//! (in errors and match spans) are indices into those slices.
//!
//! # Overview
//! ```ignore
//! let re = Regex::new(&pattern, IGNORECASE, false)?;
//! if let Some(caps) = re.match_at(&text, 0, text.len(), Anchor::Search) {
//!     let (start, end) = caps.span(0).unwrap();
//! }
//! ```
//!
//! # Empty-match rules (for the glue: `finditer`, `findall`, `sub`, `subn`, `split`)
//! CPython 3.7+ iterates matches like this (`pos` starts at the requested
//! start, `must_advance` starts `false`):
//!
//! 1. `m = regex.exec(text, pos, endpos, Anchor::Search, must_advance)`; stop if `None`.
//! 2. Use `m` (yield it / emit `text[last_end..m.start]` + replacement / split piece).
//! 3. `must_advance = (m.end == m.start)` (the match was empty);
//!    `pos = m.end`; go to 1. (For `sub`/`subn`, stop after `count` replacements
//!    if `count > 0`; for `split`, after `maxsplit` splits.)
//!
//! With `must_advance == true` a match that is empty **and** starts at `pos`
//! is rejected (the engine backtracks into other alternatives, then tries later
//! start positions); a non-empty match at `pos` or any match at a later
//! position is fine. Consequently an empty match directly after a non-empty
//! match *is* allowed: `re.sub('x*', '-', 'abxd') == '-a-b--d-'`,
//! `re.split(r'\b', 'a b') == ['', 'a', ' ', 'b', '']`,
//! `re.findall(r'\w*', 'ab c') == ['ab', '', 'c', '']`.
//! Before 3.7 empty matches adjacent to a previous match were skipped; do not
//! implement that.
//!
//! Other glue notes:
//! * `^`/`\A` refer to the real start of `text` (index 0), never to `pos`;
//!   lookbehind and `\b` may look at characters before `pos`.
//! * `endpos` truncates the text: `$`, `\Z` and everything else behave as if
//!   `text` were `text[..endpos]`.
//! * `pos`/`endpos` are clamped to `0..=text.len()` by [`Regex::exec`]; if
//!   `pos > endpos` after clamping there is no match, except that (like
//!   CPython) `Anchor::Match` may still find an empty match at `pos`.
//! * A group that did not participate in the match has span `None`
//!   (`m.group(i)` is `None`; in `sub` templates it expands to the empty
//!   string).
//! * `lastindex` is [`Captures::lastindex`]; `lastgroup` is the name in
//!   [`Regex::group_names`] whose index equals `lastindex` (or `None`).
//! * `re.escape` is [`escape`]; replacement templates are parsed by
//!   [`parse_template`] (compile once per `sub` call, then expand per match).
//! * Errors: [`Error::kind`] tells which Python exception to raise; for
//!   `re.error` format the message as `"{msg} at position {pos}"` when `pos`
//!   is `Some` (CPython also adds line/column info only for multi-line
//!   patterns: `"... at position N (line L, column C)"`).

#![no_std]

extern crate alloc;

use alloc::string::String;
use alloc::vec::Vec;

mod compile;
mod parse;
mod tables;
mod template;
mod vm;

pub use template::{parse_template, TemplatePiece};

/// `re.TEMPLATE` (accepted, ignored).
pub const TEMPLATE: u32 = 1;
/// `re.IGNORECASE` / `re.I`.
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE` / `re.L` (bytes only; treated as ASCII).
pub const LOCALE: u32 = 4;
/// `re.MULTILINE` / `re.M`.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL` / `re.S`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE` / `re.U` (default for str patterns).
pub const UNICODE: u32 = 32;
/// `re.VERBOSE` / `re.X`.
pub const VERBOSE: u32 = 64;
/// `re.DEBUG` (accepted, ignored).
pub const DEBUG: u32 = 128;
/// `re.ASCII` / `re.A`.
pub const ASCII: u32 = 256;

/// Maximum nesting depth of parenthesized constructs (the parser, compiler
/// and AST destructor recurse per nesting level, never per character).
pub const MAX_NESTING: usize = 200;

/// Which Python exception an [`Error`] corresponds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `re.error` (the usual case).
    Re,
    /// `ValueError` (incompatible flags, e.g. "ASCII and UNICODE flags are incompatible").
    Value,
    /// `IndexError` (template `\g<name>` with an unknown name: "unknown group name 'x'").
    Index,
    /// `OverflowError` ("the repetition number is too large").
    Overflow,
    /// `RecursionError`: groups nested deeper than [`MAX_NESTING`].
    Recursion,
}

/// A compile (or template) error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// Message without the `" at position N"` suffix.
    pub msg: String,
    /// Index (in code points) into the pattern/template, if known.
    pub pos: Option<usize>,
    /// Python exception type.
    pub kind: ErrorKind,
}

impl Error {
    pub(crate) fn at(msg: impl Into<String>, pos: usize) -> Error {
        Error {
            msg: msg.into(),
            pos: Some(pos),
            kind: ErrorKind::Re,
        }
    }
    pub(crate) fn nopos(msg: impl Into<String>) -> Error {
        Error {
            msg: msg.into(),
            pos: None,
            kind: ErrorKind::Re,
        }
    }
    pub(crate) fn value(msg: impl Into<String>) -> Error {
        Error {
            msg: msg.into(),
            pos: None,
            kind: ErrorKind::Value,
        }
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.pos {
            Some(p) => write!(f, "{} at position {}", self.msg, p),
            None => f.write_str(&self.msg),
        }
    }
}

/// How a match attempt is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// `pattern.search`: try every start position from `pos` to `endpos`.
    Search,
    /// `pattern.match`: the match must start at `pos`.
    Match,
    /// `pattern.fullmatch`: must start at `pos` and end at `endpos`.
    FullMatch,
}

/// The result of a successful match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Captures {
    /// `spans[0]` is the whole match; `spans[i]` is group `i` (`None` if the
    /// group did not participate). Length is `groups() + 1`.
    pub spans: Vec<Option<(usize, usize)>>,
    /// `match.lastindex`: the index of the last capturing group that was
    /// closed on the successful path, or `None`.
    pub lastindex: Option<usize>,
}

impl Captures {
    /// Span of group `i` (`None` if unmatched or out of range).
    pub fn span(&self, i: usize) -> Option<(usize, usize)> {
        self.spans.get(i).copied().flatten()
    }
    /// Start of the whole match.
    pub fn start(&self) -> usize {
        self.spans[0].map(|s| s.0).unwrap_or(0)
    }
    /// End of the whole match.
    pub fn end(&self) -> usize {
        self.spans[0].map(|s| s.1).unwrap_or(0)
    }
}

/// A compiled regular expression.
#[derive(Clone, Debug)]
pub struct Regex {
    prog: compile::Prog,
    groups: usize,
    names: Vec<(String, usize)>,
    flags: u32,
    is_bytes: bool,
}

impl Regex {
    /// Compile `pattern` with `flags` (the `re.*` flag constants OR-ed).
    /// `is_bytes` selects bytes semantics (ASCII classes, ASCII case folding).
    pub fn new(pattern: &[u32], flags: u32, is_bytes: bool) -> Result<Regex, Error> {
        check_flags(flags, is_bytes)?;
        let parsed = parse::parse(pattern, flags, is_bytes)?;
        let final_flags = check_flags(parsed.flags, is_bytes)?;
        let prog = compile::compile(&parsed)?;
        Ok(Regex {
            prog,
            groups: parsed.groups,
            names: parsed.names,
            flags: final_flags,
            is_bytes,
        })
    }

    /// Number of capturing groups (`pattern.groups`).
    pub fn groups(&self) -> usize {
        self.groups
    }

    /// Named groups `(name, index)` sorted by index (`pattern.groupindex`).
    pub fn group_names(&self) -> &[(String, usize)] {
        &self.names
    }

    /// Index of the group called `name`.
    pub fn group_index(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, i)| *i)
    }

    /// `pattern.flags`: given flags plus global inline flags, plus `UNICODE`
    /// for str patterns without `ASCII`.
    pub fn flags(&self) -> u32 {
        self.flags
    }

    /// Whether this is a bytes pattern.
    pub fn is_bytes(&self) -> bool {
        self.is_bytes
    }

    /// Match/search/fullmatch `text[pos..endpos]` (see [`Anchor`]).
    /// Equivalent to `exec(text, pos, endpos, mode, false)`.
    pub fn match_at(
        &self,
        text: &[u32],
        pos: usize,
        endpos: usize,
        mode: Anchor,
    ) -> Option<Captures> {
        self.exec(text, pos, endpos, mode, false)
    }

    /// Like [`Regex::match_at`]; if `must_advance` is true, a match that is
    /// empty and starts at `pos` is rejected (used by the finditer/sub/split
    /// iteration after an empty match, see the crate docs).
    pub fn exec(
        &self,
        text: &[u32],
        pos: usize,
        endpos: usize,
        mode: Anchor,
        must_advance: bool,
    ) -> Option<Captures> {
        let endpos = endpos.min(text.len());
        let pos = pos.min(text.len());
        if pos > endpos && mode != Anchor::Match {
            // (CPython quirk: `match()` with pos > endpos still tries at pos,
            // where only an empty match is possible.)
            return None;
        }
        vm::exec(&self.prog, text, endpos, pos, mode, must_advance)
    }
}

fn check_flags(flags: u32, is_bytes: bool) -> Result<u32, Error> {
    let mut flags = flags;
    if is_bytes {
        if flags & UNICODE != 0 {
            return Err(Error::value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(Error::value("ASCII and LOCALE flags are incompatible"));
        }
    } else {
        if flags & LOCALE != 0 {
            return Err(Error::value("cannot use LOCALE flag with a str pattern"));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(Error::value("ASCII and UNICODE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// `re.escape`: backslash-escape the characters special in patterns
/// (Python 3.7+ set: `()[]{}?*+-|^$\.&~#`, space, `\t\n\r\v\f`).
pub fn escape(text: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len());
    for &c in text {
        if c < 128 && b"()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(&(c as u8)) {
            out.push('\\' as u32);
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------------------
// Character helpers shared by the parser, compiler and VM.

/// Simple (1:1) lowercase mapping.
pub(crate) fn lower(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_lowercase();
            let a = it.next().map(|x| x as u32).unwrap_or(c);
            if it.next().is_none() {
                a
            } else if c == 0x130 {
                0x69
            } else {
                c
            }
        }
        None => c,
    }
}

/// Simple (1:1) uppercase mapping.
pub(crate) fn upper(c: u32) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    match char::from_u32(c) {
        Some(ch) => {
            let mut it = ch.to_uppercase();
            let a = it.next().map(|x| x as u32).unwrap_or(c);
            if it.next().is_none() {
                a
            } else {
                c
            }
        }
        None => c,
    }
}

pub(crate) fn in_table(c: u32, t: &[(u32, u32)]) -> bool {
    t.binary_search_by(|&(a, b)| {
        if b < c {
            core::cmp::Ordering::Less
        } else if a > c {
            core::cmp::Ordering::Greater
        } else {
            core::cmp::Ordering::Equal
        }
    })
    .is_ok()
}

pub(crate) fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    !ascii && in_table(c, tables::WORD)
}

pub(crate) fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return (c as u8).is_ascii_digit();
    }
    !ascii && in_table(c, tables::DIGIT)
}

pub(crate) fn is_space(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return matches!(c, 9..=13 | 32) || (!ascii && (28..=31).contains(&c));
    }
    !ascii && in_table(c, tables::SPACE)
}
