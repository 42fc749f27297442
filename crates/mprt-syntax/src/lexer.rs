//! The tokenizer: source text to a vector of [`Token`]s.
//!
//! Owns physical/logical line handling (INDENT/DEDENT, implicit joining inside
//! brackets, backslash continuation, comments, blank lines), bracket matching
//! errors, tab consistency checks and the scanning of number and string
//! literals (their decoding lives in `literals.rs`). Works on the UTF-8 bytes
//! of the source without allocating per character.
//!
//! A lexical error does not abort tokenizing by itself: it is appended as a
//! final [`T::Error`] token, so that a parse error earlier in the file is
//! reported first, as CPython's streaming tokenizer would.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

use crate::literals;
use crate::{SyntaxError, SyntaxErrorKind};

/// Maximum bracket nesting (CPython's tokenizer limit).
pub(crate) const MAX_PAREN_LEVEL: usize = 200;
/// Maximum indentation nesting (CPython's tokenizer limit).
pub(crate) const MAX_INDENT_LEVEL: usize = 100;

/// A string literal token's value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum StrLit {
    /// A decoded `str` literal.
    Str(String),
    /// A decoded `bytes` literal.
    Bytes(Vec<u8>),
    /// An f-string: its undecoded body (byte range in the lexed text) and where it starts.
    F {
        raw: bool,
        start: usize,
        end: usize,
        line: u32,
        col: u32,
    },
    /// A literal whose escapes could not be decoded: the message, reported by
    /// the parser after the string tokens (like CPython).
    Bad(String),
}

/// Token kinds. Keywords get their own variants; soft keywords (`match`,
/// `case`, `_`) are plain names.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum T {
    Name,
    Int(BigInt),
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    Eof,
    /// A lexical error met at this point of the stream.
    Error(Box<SyntaxError>),
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    Exclamation,
    KwFalse,
    KwNone,
    KwTrue,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// One token with its position.
#[derive(Clone, Debug)]
pub(crate) struct Token {
    /// The kind (and literal value).
    pub t: T,
    /// Byte offset of the first byte in the lexed text.
    pub start: u32,
    /// Byte offset just past the token.
    pub end: u32,
    /// 1-based line.
    pub line: u32,
    /// 0-based character column.
    pub col: u32,
}

fn keyword(s: &str) -> Option<T> {
    Some(match s {
        "False" => T::KwFalse,
        "None" => T::KwNone,
        "True" => T::KwTrue,
        "and" => T::And,
        "as" => T::As,
        "assert" => T::Assert,
        "async" => T::Async,
        "await" => T::Await,
        "break" => T::Break,
        "class" => T::Class,
        "continue" => T::Continue,
        "def" => T::Def,
        "del" => T::Del,
        "elif" => T::Elif,
        "else" => T::Else,
        "except" => T::Except,
        "finally" => T::Finally,
        "for" => T::For,
        "from" => T::From,
        "global" => T::Global,
        "if" => T::If,
        "import" => T::Import,
        "in" => T::In,
        "is" => T::Is,
        "lambda" => T::Lambda,
        "nonlocal" => T::Nonlocal,
        "not" => T::Not,
        "or" => T::Or,
        "pass" => T::Pass,
        "raise" => T::Raise,
        "return" => T::Return,
        "try" => T::Try,
        "while" => T::While,
        "with" => T::With,
        "yield" => T::Yield,
        _ => return None,
    })
}

/// True for characters that may start an identifier.
pub(crate) fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// True for characters that may continue an identifier.
pub(crate) fn is_id_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || matches!(c as u32, 0x300..=0x36F | 0x200C | 0x200D | 0xB7 | 0x1DC0..=0x1DFF)))
}

/// Build a syntax error.
pub(crate) fn err(
    kind: SyntaxErrorKind,
    msg: impl Into<String>,
    line: u32,
    col1: u32,
) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.into(),
        line,
        col: col1,
    }
}

/// The tokenizer state.
pub(crate) struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Column added to positions on the first line (used for f-string fields).
    first_col_base: u32,
    first_line: u32,
    col_pos: usize,
    col_val: u32,
    indents: Vec<(u32, u32)>,
    brackets: Vec<(u8, u32, u32)>,
    toks: Vec<Token>,
    /// Interactive input: unfinished input becomes `Incomplete`.
    single: bool,
    /// Lexing an f-string field: newlines never end a logical line.
    inner: bool,
}

type LexResult<X> = Result<X, SyntaxError>;

impl<'a> Lexer<'a> {
    /// Tokenize `src` as a module.
    pub(crate) fn tokenize(src: &'a str, single: bool) -> Vec<Token> {
        let mut lx = Lexer::new(src, 1, 0, single, false);
        lx.run();
        lx.toks
    }

    /// Tokenize an f-string field expression found at `line`/`col`.
    pub(crate) fn tokenize_inner(src: &'a str, line: u32, col: u32) -> Vec<Token> {
        let mut lx = Lexer::new(src, line, col, false, true);
        lx.run();
        lx.toks
    }

    fn new(src: &'a str, line: u32, col: u32, single: bool, inner: bool) -> Self {
        let indents = alloc::vec![(0, 0)];
        Lexer {
            src,
            b: src.as_bytes(),
            pos: 0,
            line,
            line_start: 0,
            first_col_base: col,
            first_line: line,
            col_pos: 0,
            col_val: 0,
            indents,
            brackets: Vec::new(),
            toks: Vec::new(),
            single,
            inner,
        }
    }

    fn run(&mut self) {
        if let Err(e) = self.lex_all() {
            let (line, col) = (e.line, e.col.saturating_sub(1));
            self.toks.push(Token {
                t: T::Error(Box::new(e)),
                start: self.pos as u32,
                end: self.pos as u32,
                line,
                col,
            });
        }
    }

    /// 0-based character column of byte offset `pos` on the current line.
    fn col_of(&mut self, pos: usize) -> u32 {
        if self.col_pos < self.line_start || pos < self.col_pos {
            self.col_pos = self.line_start;
            self.col_val = 0;
        }
        let mut n = 0;
        for &c in &self.b[self.col_pos..pos] {
            if c & 0xC0 != 0x80 {
                n += 1;
            }
        }
        self.col_val += n;
        self.col_pos = pos;
        if self.line == self.first_line {
            self.col_val + self.first_col_base
        } else {
            self.col_val
        }
    }

    /// Length in characters of the current line (without its newline).
    fn line_len(&self) -> u32 {
        let rest = &self.src[self.line_start..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        rest[..end].chars().count() as u32
    }

    fn peek(&self, off: usize) -> u8 {
        *self.b.get(self.pos + off).unwrap_or(&0)
    }

    fn cur_char(&self) -> char {
        self.src[self.pos..].chars().next().unwrap_or('\0')
    }

    fn push(&mut self, t: T, start: usize, line: u32, col: u32) {
        self.toks.push(Token {
            t,
            start: start as u32,
            end: self.pos as u32,
            line,
            col,
        });
    }

    fn incomplete_or(&self, kind: SyntaxErrorKind) -> SyntaxErrorKind {
        if self.single {
            SyntaxErrorKind::Incomplete
        } else {
            kind
        }
    }

    fn newline_at(&mut self, nl_len: usize) {
        self.pos += nl_len;
        self.line += 1;
        self.line_start = self.pos;
    }

    fn last_is_newline_or_empty(&self) -> bool {
        match self.toks.last() {
            None => true,
            Some(t) => matches!(t.t, T::Newline | T::Indent | T::Dedent),
        }
    }

    fn lex_all(&mut self) -> LexResult<()> {
        let mut at_line_start = !self.inner;
        loop {
            if at_line_start {
                at_line_start = false;
                if !self.indentation()? {
                    break;
                }
            }
            // Skip intra-line whitespace.
            while matches!(self.peek(0), b' ' | b'\t' | 0x0c) {
                self.pos += 1;
            }
            if self.pos >= self.b.len() {
                break;
            }
            let c = self.b[self.pos];
            let start = self.pos;
            match c {
                b'#' => {
                    if self.inner {
                        let col = self.col_of(start);
                        return Err(err(
                            SyntaxErrorKind::Syntax,
                            "f-string expression part cannot include '#'",
                            self.line,
                            col + 1,
                        ));
                    }
                    while self.pos < self.b.len() && !matches!(self.b[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\\' => {
                    let nl = match (self.peek(1), self.peek(2)) {
                        (b'\n', _) => 1,
                        (b'\r', b'\n') => 2,
                        (b'\r', _) => 1,
                        _ => 0,
                    };
                    if nl > 0 {
                        self.pos += 1;
                        self.newline_at(nl);
                        if self.pos >= self.b.len() {
                            let col = self.col_of(self.pos);
                            return Err(err(
                                self.incomplete_or(SyntaxErrorKind::Syntax),
                                "unexpected EOF while parsing",
                                self.line,
                                col + 1,
                            ));
                        }
                    } else if self.pos + 1 >= self.b.len() {
                        let col = self.col_of(start);
                        return Err(err(
                            self.incomplete_or(SyntaxErrorKind::Syntax),
                            "unexpected EOF while parsing",
                            self.line,
                            col + 1,
                        ));
                    } else {
                        let col = self.col_of(start);
                        return Err(err(
                            SyntaxErrorKind::Syntax,
                            "unexpected character after line continuation character",
                            self.line,
                            col + 2,
                        ));
                    }
                }
                b'\n' | b'\r' => {
                    let nl = if c == b'\r' && self.peek(1) == b'\n' {
                        2
                    } else {
                        1
                    };
                    if self.brackets.is_empty() && !self.inner && !self.last_is_newline_or_empty() {
                        let col = self.col_of(start);
                        self.pos += nl;
                        self.push(T::Newline, start, self.line, col);
                        self.line += 1;
                        self.line_start = self.pos;
                    } else {
                        self.newline_at(nl);
                    }
                    if self.brackets.is_empty() && !self.inner {
                        at_line_start = true;
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(start, false, false, false)?,
                _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => self.name_or_string()?,
                _ => self.operator()?,
            }
        }
        // End of input.
        if let Some(&(br, line, col)) = self.brackets.last() {
            if !self.inner {
                return Err(err(
                    self.incomplete_or(SyntaxErrorKind::Syntax),
                    format!("'{}' was never closed", br as char),
                    line,
                    col + 1,
                ));
            }
        }
        let end = self.b.len();
        let col = self.col_of(end);
        if self.inner {
            self.push(T::Eof, end, self.line, col);
            return Ok(());
        }
        if self.single && self.indents.len() > 1 {
            // An indented block is still open: the REPL waits for a blank line.
            let last_line = &self.src[self.line_start..];
            if !last_line.is_empty() || self.line_start == 0 {
                return Err(err(
                    SyntaxErrorKind::Incomplete,
                    "incomplete input",
                    self.line,
                    col + 1,
                ));
            }
        }
        if !self.last_is_newline_or_empty() {
            self.push(T::Newline, end, self.line, col);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(T::Dedent, end, self.line, col);
        }
        self.push(T::Eof, end, self.line, col);
        Ok(())
    }

    /// Handle the indentation of a new line. Returns false at end of input.
    fn indentation(&mut self) -> LexResult<bool> {
        loop {
            let mut col = 0u32;
            let mut alt = 0u32;
            loop {
                match self.peek(0) {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    0x0c => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.pos += 1;
            }
            if self.pos >= self.b.len() {
                return Ok(false);
            }
            match self.b[self.pos] {
                b'#' => {
                    while self.pos < self.b.len() && !matches!(self.b[self.pos], b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    continue;
                }
                b'\n' => {
                    self.newline_at(1);
                    continue;
                }
                b'\r' => {
                    let n = if self.peek(1) == b'\n' { 2 } else { 1 };
                    self.newline_at(n);
                    continue;
                }
                _ => {}
            }
            let start = self.pos;
            let ccol = self.col_of(start);
            let (top, topalt) = *self.indents.last().unwrap();
            let tab_err = |s: &Self| {
                err(
                    SyntaxErrorKind::Tab,
                    "inconsistent use of tabs and spaces in indentation",
                    s.line,
                    ccol,
                )
            };
            if col == top {
                if alt != topalt {
                    return Err(tab_err(self));
                }
            } else if col > top {
                if alt <= topalt {
                    return Err(tab_err(self));
                }
                if self.indents.len() >= MAX_INDENT_LEVEL {
                    return Err(err(
                        SyntaxErrorKind::Indentation,
                        "too many levels of indentation",
                        self.line,
                        ccol + 1,
                    ));
                }
                self.indents.push((col, alt));
                self.push(T::Indent, start, self.line, ccol);
            } else {
                while col < self.indents.last().unwrap().0 {
                    self.indents.pop();
                    self.push(T::Dedent, start, self.line, ccol);
                }
                let (top, topalt) = *self.indents.last().unwrap();
                if col != top {
                    return Err(err(
                        SyntaxErrorKind::Indentation,
                        "unindent does not match any outer indentation level",
                        self.line,
                        self.line_len() + 1,
                    ));
                }
                if alt != topalt {
                    return Err(tab_err(self));
                }
            }
            return Ok(true);
        }
    }

    fn name_or_string(&mut self) -> LexResult<()> {
        let start = self.pos;
        let c = self.cur_char();
        if !is_id_start(c) {
            let col = self.col_of(start);
            let msg = if c.is_ascii() {
                format!("invalid character '{}' (U+{:04X})", c, c as u32)
            } else if c == '\u{a0}' || c.is_whitespace() {
                format!("invalid non-printable character U+{:04X}", c as u32)
            } else {
                format!("invalid character '{}' (U+{:04X})", c, c as u32)
            };
            return Err(err(SyntaxErrorKind::Syntax, msg, self.line, col + 1));
        }
        self.pos += c.len_utf8();
        while self.pos < self.b.len() {
            let b = self.b[self.pos];
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.pos += 1;
            } else if b >= 0x80 {
                let c = self.cur_char();
                if is_id_continue(c) {
                    self.pos += c.len_utf8();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        let word = &self.src[start..self.pos];
        if matches!(self.peek(0), b'"' | b'\'') && word.len() <= 2 {
            let (mut r, mut b, mut f, mut u) = (false, false, false, false);
            let mut ok = true;
            for ch in word.bytes() {
                match ch.to_ascii_lowercase() {
                    b'r' if !r => r = true,
                    b'b' if !b => b = true,
                    b'f' if !f => f = true,
                    b'u' if !u => u = true,
                    _ => ok = false,
                }
            }
            if ok && !(u && (r || b || f)) && !(b && f) {
                return self.string(start, r, b, f);
            }
        }
        let col = self.col_of(start);
        let t = keyword(word).unwrap_or(T::Name);
        self.push(t, start, self.line, col);
        Ok(())
    }

    fn operator(&mut self) -> LexResult<()> {
        let start = self.pos;
        let line = self.line;
        let col = self.col_of(start);
        let (c0, c1, c2) = (self.peek(0), self.peek(1), self.peek(2));
        let (t, n) = match (c0, c1, c2) {
            (b'.', b'.', b'.') => (T::Ellipsis, 3),
            (b'*', b'*', b'=') => (T::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (T::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (T::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (T::RightShiftEqual, 3),
            (b'*', b'*', _) => (T::DoubleStar, 2),
            (b'/', b'/', _) => (T::DoubleSlash, 2),
            (b'<', b'<', _) => (T::LeftShift, 2),
            (b'>', b'>', _) => (T::RightShift, 2),
            (b'=', b'=', _) => (T::EqEqual, 2),
            (b'!', b'=', _) => (T::NotEqual, 2),
            (b'<', b'=', _) => (T::LessEqual, 2),
            (b'>', b'=', _) => (T::GreaterEqual, 2),
            (b'<', b'>', _) => {
                return Err(err(
                    SyntaxErrorKind::Syntax,
                    "invalid syntax",
                    line,
                    col + 1,
                ));
            }
            (b'+', b'=', _) => (T::PlusEqual, 2),
            (b'-', b'=', _) => (T::MinEqual, 2),
            (b'*', b'=', _) => (T::StarEqual, 2),
            (b'/', b'=', _) => (T::SlashEqual, 2),
            (b'%', b'=', _) => (T::PercentEqual, 2),
            (b'&', b'=', _) => (T::AmperEqual, 2),
            (b'|', b'=', _) => (T::VBarEqual, 2),
            (b'^', b'=', _) => (T::CircumflexEqual, 2),
            (b'@', b'=', _) => (T::AtEqual, 2),
            (b'-', b'>', _) => (T::RArrow, 2),
            (b':', b'=', _) => (T::ColonEqual, 2),
            (b'(', _, _) => (T::LPar, 1),
            (b')', _, _) => (T::RPar, 1),
            (b'[', _, _) => (T::LSqb, 1),
            (b']', _, _) => (T::RSqb, 1),
            (b'{', _, _) => (T::LBrace, 1),
            (b'}', _, _) => (T::RBrace, 1),
            (b':', _, _) => (T::Colon, 1),
            (b',', _, _) => (T::Comma, 1),
            (b';', _, _) => (T::Semi, 1),
            (b'+', _, _) => (T::Plus, 1),
            (b'-', _, _) => (T::Minus, 1),
            (b'*', _, _) => (T::Star, 1),
            (b'/', _, _) => (T::Slash, 1),
            (b'|', _, _) => (T::VBar, 1),
            (b'&', _, _) => (T::Amper, 1),
            (b'<', _, _) => (T::Less, 1),
            (b'>', _, _) => (T::Greater, 1),
            (b'=', _, _) => (T::Equal, 1),
            (b'.', _, _) => (T::Dot, 1),
            (b'%', _, _) => (T::Percent, 1),
            (b'~', _, _) => (T::Tilde, 1),
            (b'^', _, _) => (T::Circumflex, 1),
            (b'@', _, _) => (T::At, 1),
            (b'!', _, _) => (T::Exclamation, 1),
            _ => {
                let c = self.cur_char();
                let msg = if c.is_ascii_control() || c == '\0' {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else if c.is_ascii() {
                    // `$`, `?` and backquote: the parser's "invalid syntax".
                    String::from("invalid syntax")
                } else {
                    format!("invalid character '{}' (U+{:04X})", c, c as u32)
                };
                return Err(err(SyntaxErrorKind::Syntax, msg, line, col + 1));
            }
        };
        match c0 {
            b'(' | b'[' | b'{' => {
                if self.brackets.len() >= MAX_PAREN_LEVEL {
                    return Err(err(
                        SyntaxErrorKind::Syntax,
                        "too many nested parentheses",
                        line,
                        col + 1,
                    ));
                }
                self.brackets.push((c0, line, col));
            }
            b')' | b']' | b'}' => match self.brackets.pop() {
                None => {
                    if self.inner && c0 == b'}' {
                        // Let the f-string scanner's caller report it.
                    }
                    return Err(err(
                        SyntaxErrorKind::Syntax,
                        format!("unmatched '{}'", c0 as char),
                        line,
                        col + 1,
                    ));
                }
                Some((open, oline, _)) => {
                    let want = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if want != c0 {
                        let msg = if oline != line {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c0 as char, open as char, oline
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c0 as char, open as char
                            )
                        };
                        return Err(err(SyntaxErrorKind::Syntax, msg, line, col + 1));
                    }
                }
            },
            _ => {}
        }
        self.pos += n;
        self.push(t, start, line, col);
        Ok(())
    }

    fn digits(&mut self, ok: impl Fn(u8) -> bool) -> LexResult<bool> {
        // Digits with single '_' separators; returns whether a '_' was not followed by a digit.
        let mut any = false;
        loop {
            let c = self.peek(0);
            if ok(c) {
                self.pos += 1;
                any = true;
            } else if c == b'_' && any && ok(self.peek(1)) {
                self.pos += 1;
            } else {
                return Ok(any);
            }
        }
    }

    fn number(&mut self) -> LexResult<()> {
        let start = self.pos;
        let line = self.line;
        let col = self.col_of(start);
        // CPython reports a bad number at the character that breaks it (one
        // past a dangling `_` that follows a digit), as a 1-based column.
        let bad = |msg: &str, s: &mut Self| {
            if s.peek(0) == b'_' && s.pos > 0 && s.b[s.pos - 1].is_ascii_hexdigit() {
                s.pos += 1;
            }
            let c = s.col_of(s.pos);
            err(SyntaxErrorKind::Syntax, msg, line, c)
        };
        let c0 = self.peek(0);
        let c1 = self.peek(1).to_ascii_lowercase();
        if c0 == b'0' && matches!(c1, b'x' | b'o' | b'b') {
            self.pos += 2;
            if self.peek(0) == b'_' {
                self.pos += 1;
            }
            let (radix, name): (u32, &str) = match c1 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            let dstart = self.pos;
            let any = self.digits(|c| (c as char).is_digit(radix))?;
            let next = self.peek(0);
            if next.is_ascii_digit() {
                return Err(err(
                    SyntaxErrorKind::Syntax,
                    format!("invalid digit '{}' in {} literal", next as char, name),
                    line,
                    self.col_of(self.pos) + 1,
                ));
            }
            if !any
                || next == b'_'
                || ((next.is_ascii_alphabetic() || next >= 0x80) && !self.keyword_follows())
            {
                let m = format!("invalid {} literal", name);
                return Err(bad(&m, self));
            }
            let v = literals::parse_int(&self.src[dstart..self.pos], radix);
            self.push(T::Int(v), start, line, col);
            return Ok(());
        }
        let mut is_float = false;
        if c0 != b'.' {
            self.digits(|c| c.is_ascii_digit())?;
        }
        let int_end = self.pos;
        if self.peek(0) == b'.' {
            is_float = true;
            self.pos += 1;
            if self.peek(0).is_ascii_digit() {
                self.digits(|c| c.is_ascii_digit())?;
            }
        }
        if matches!(self.peek(0), b'e' | b'E') {
            let save = self.pos;
            self.pos += 1;
            let signed = matches!(self.peek(0), b'+' | b'-');
            if signed {
                self.pos += 1;
            }
            if self.peek(0).is_ascii_digit() {
                self.digits(|c| c.is_ascii_digit())?;
                is_float = true;
            } else if signed {
                return Err(bad("invalid decimal literal", self));
            } else {
                // `1else`: the `e` may start a keyword (checked below).
                self.pos = save;
            }
        }
        let mut imag = false;
        if matches!(self.peek(0), b'j' | b'J') {
            self.pos += 1;
            imag = true;
        }
        // What follows a number must not continue it.
        let next = self.peek(0);
        if (next == b'_'
            || next.is_ascii_alphanumeric()
            || (next >= 0x80 && is_id_start(self.cur_char())))
            && (!self.keyword_follows() || next == b'_')
        {
            let m = if imag {
                "invalid imaginary literal"
            } else {
                "invalid decimal literal"
            };
            return Err(bad(m, self));
        }
        let text = &self.src[start..self.pos];
        let t = if imag {
            T::Imag(literals::parse_float(&text[..text.len() - 1]))
        } else if is_float {
            T::Float(literals::parse_float(text))
        } else {
            let digits = &self.src[start..int_end];
            let b = digits.as_bytes();
            if b.len() > 1 && b[0] == b'0' && digits.bytes().any(|c| c != b'0' && c != b'_') {
                return Err(err(
                    SyntaxErrorKind::Syntax,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line,
                    col + 1,
                ));
            }
            T::Int(literals::parse_int(digits, 10))
        };
        self.push(t, start, line, col);
        Ok(())
    }

    /// True if the text at the cursor starts with a keyword that may directly
    /// follow a number (`1if x else 2`, `0x1for`).
    fn keyword_follows(&self) -> bool {
        let rest = &self.src[self.pos..];
        ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| rest.starts_with(k))
    }

    /// Scan a string literal whose prefix starts at `start`; `self.pos` is at the quote.
    fn string(&mut self, start: usize, raw: bool, bytes: bool, fstr: bool) -> LexResult<()> {
        let line = self.line;
        let col = self.col_of(start);
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        let qlen = if triple { 3 } else { 1 };
        self.pos += qlen;
        let body_start = self.pos;
        let body_line = self.line;
        let body_col = self.col_of(body_start);
        let body_end;
        loop {
            if self.pos >= self.b.len() {
                let (kind, msg) = if triple {
                    (
                        self.incomplete_or(SyntaxErrorKind::Syntax),
                        format!(
                            "unterminated triple-quoted string literal (detected at line {})",
                            if self.b.last() == Some(&b'\n') {
                                self.line - 1
                            } else {
                                self.line
                            }
                        ),
                    )
                } else {
                    (
                        SyntaxErrorKind::Syntax,
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                    )
                };
                return Err(err(kind, msg, line, col + 1));
            }
            let c = self.b[self.pos];
            if c == b'\\' {
                self.pos += 1;
                match self.peek(0) {
                    b'\n' => self.newline_at(1),
                    b'\r' => {
                        let n = if self.peek(1) == b'\n' { 2 } else { 1 };
                        self.newline_at(n);
                    }
                    0 if self.pos >= self.b.len() => {}
                    _ => {
                        let ch = self.cur_char();
                        self.pos += ch.len_utf8();
                    }
                }
            } else if c == q {
                if !triple {
                    body_end = self.pos;
                    self.pos += 1;
                    break;
                } else if self.peek(1) == q && self.peek(2) == q {
                    body_end = self.pos;
                    self.pos += 3;
                    break;
                } else {
                    self.pos += 1;
                }
            } else if c == b'\n' || c == b'\r' {
                if !triple {
                    return Err(err(
                        SyntaxErrorKind::Syntax,
                        format!(
                            "unterminated string literal (detected at line {})",
                            self.line
                        ),
                        line,
                        col + 1,
                    ));
                }
                let n = if c == b'\r' && self.peek(1) == b'\n' {
                    2
                } else {
                    1
                };
                self.newline_at(n);
            } else {
                self.pos += 1;
            }
        }
        let body = &self.src[body_start..body_end];
        let lit = if fstr {
            StrLit::F {
                raw,
                start: body_start,
                end: body_end,
                line: body_line,
                col: body_col,
            }
        } else if bytes {
            if !body.is_ascii() {
                return Err(err(
                    SyntaxErrorKind::Syntax,
                    "bytes can only contain ASCII literal characters",
                    line,
                    col + 1,
                ));
            }
            match literals::decode_bytes(body, raw) {
                Ok(v) => StrLit::Bytes(v),
                Err(m) => StrLit::Bad(m),
            }
        } else {
            match literals::decode_str(body, raw) {
                Ok(v) => StrLit::Str(v),
                Err(m) => StrLit::Bad(m),
            }
        };
        self.toks.push(Token {
            t: T::Str(Box::new(lit)),
            start: start as u32,
            end: self.pos as u32,
            line,
            col,
        });
        Ok(())
    }
}
