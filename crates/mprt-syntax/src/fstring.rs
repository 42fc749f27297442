//! f-string bodies: splitting into literal text and `{expr!c:spec}` fields,
//! parsing each field expression with the ordinary expression parser (on a
//! sub-lexer positioned at the field), nested format specs, `{x=}` debugging.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::*;
use crate::lexer::{Lexer, T};
use crate::literals::{escape, Esc};
use crate::parser::{mkerr, PResult, Parser};
use crate::SyntaxErrorKind;

/// A cursor into an f-string body tracking the source position.
struct Cur {
    i: usize,
    line: u32,
    col: u32,
}

impl Cur {
    fn advance(&mut self, body: &str) {
        if let Some(c) = body[self.i..].chars().next() {
            self.i += c.len_utf8();
            if c == '\n' {
                self.line += 1;
                self.col = 0;
            } else {
                self.col += 1;
            }
        }
    }
}

impl<'a> Parser<'a> {
    /// An f-string error: CPython reports it at the token after the string.
    fn ferr(&self, _loc: Loc, msg: &str) -> crate::SyntaxError {
        let t = self.tok();
        mkerr(SyntaxErrorKind::Syntax, msg, t.line, t.col)
    }

    /// Parse the f-string body at `start..end` of the source (starting at
    /// `line`/`col`) into its parts. `loc` is the position of the whole string
    /// literal, which CPython gives to every part.
    pub(crate) fn fstring(
        &mut self,
        raw: bool,
        (start, end): (usize, usize),
        line: u32,
        col: u32,
        loc: Loc,
    ) -> PResult<Vec<Expr>> {
        let src: &'a str = self.src;
        let body = &src[start..end];
        let mut cur = Cur { i: 0, line, col };
        self.enter()?;
        let v = self.fparts(body, raw, &mut cur, false, 0, loc)?;
        self.leave();
        Ok(v)
    }

    fn fparts(
        &mut self,
        body: &'a str,
        raw: bool,
        cur: &mut Cur,
        spec: bool,
        level: u32,
        loc: Loc,
    ) -> PResult<Vec<Expr>> {
        let b = body.as_bytes();
        let mut parts = Vec::new();
        let mut lit = String::new();
        loop {
            if cur.i >= b.len() {
                if spec {
                    return Err(self.ferr(loc, "f-string: expecting '}'"));
                }
                break;
            }
            match b[cur.i] {
                b'{' if !spec && b.get(cur.i + 1) == Some(&b'{') => {
                    lit.push('{');
                    cur.i += 2;
                    cur.col += 2;
                }
                b'{' => {
                    if !lit.is_empty() {
                        let s = core::mem::take(&mut lit);
                        parts.push(Expr {
                            loc,
                            kind: ExprKind::Constant(Constant::Str(s)),
                        });
                    }
                    self.ffield(body, raw, cur, level, loc, &mut parts)?;
                }
                b'}' if spec => break,
                b'}' => {
                    if b.get(cur.i + 1) == Some(&b'}') {
                        lit.push('}');
                        cur.i += 2;
                        cur.col += 2;
                    } else {
                        return Err(self.ferr(loc, "f-string: single '}' is not allowed"));
                    }
                }
                b'\\' if !raw => {
                    let (e, next) = escape(body, cur.i, false).map_err(|m| self.ferr(loc, &m))?;
                    match e {
                        Esc::Char(c) => lit.push(c),
                        Esc::Byte(v) => lit.push(v as char),
                        Esc::Nothing => {}
                        Esc::Keep => lit.push('\\'),
                    }
                    while cur.i < next {
                        cur.advance(body);
                    }
                }
                b'\r' => {
                    lit.push('\n');
                    cur.i += 1;
                    if b.get(cur.i) == Some(&b'\n') {
                        cur.i += 1;
                    }
                    cur.line += 1;
                    cur.col = 0;
                }
                _ => {
                    let c = body[cur.i..].chars().next().unwrap_or('\0');
                    lit.push(c);
                    cur.advance(body);
                }
            }
        }
        if !lit.is_empty() {
            parts.push(Expr {
                loc,
                kind: ExprKind::Constant(Constant::Str(lit)),
            });
        }
        Ok(parts)
    }

    fn ffield(
        &mut self,
        body: &'a str,
        raw: bool,
        cur: &mut Cur,
        level: u32,
        loc: Loc,
        parts: &mut Vec<Expr>,
    ) -> PResult<()> {
        let b = body.as_bytes();
        if level >= 2 {
            return Err(self.ferr(loc, "f-string: expressions nested too deeply"));
        }
        cur.advance(body); // '{'
        let (estart, eline, ecol) = (cur.i, cur.line, cur.col);
        let mut depth = 0u32;
        let mut quote: Option<(u8, bool)> = None;
        loop {
            if cur.i >= b.len() {
                return Err(self.ferr(loc, "f-string: expecting '}'"));
            }
            let c = b[cur.i];
            if let Some((q, triple)) = quote {
                if c == b'\\' {
                    return Err(
                        self.ferr(loc, "f-string expression part cannot include a backslash")
                    );
                }
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(cur.i + 1) == Some(&q) && b.get(cur.i + 2) == Some(&q) {
                        cur.i += 2;
                        cur.col += 2;
                        quote = None;
                    }
                }
                cur.advance(body);
                continue;
            }
            match c {
                b'\\' => {
                    return Err(
                        self.ferr(loc, "f-string expression part cannot include a backslash")
                    )
                }
                b'#' => return Err(self.ferr(loc, "f-string expression part cannot include '#'")),
                b'\'' | b'"' => {
                    let triple = b.get(cur.i + 1) == Some(&c) && b.get(cur.i + 2) == Some(&c);
                    if triple {
                        cur.i += 2;
                        cur.col += 2;
                    }
                    quote = Some((c, triple));
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        if c == b'}' {
                            break;
                        }
                        let m = format!("f-string: unmatched '{}'", c as char);
                        return Err(self.ferr(loc, &m));
                    }
                    depth -= 1;
                }
                b'!' if depth == 0 && b.get(cur.i + 1) != Some(&b'=') => break,
                b':' if depth == 0 => break,
                b'=' if depth == 0
                    && b.get(cur.i + 1) != Some(&b'=')
                    && !(cur.i > estart && matches!(b[cur.i - 1], b'=' | b'!' | b'<' | b'>')) =>
                {
                    break
                }
                _ => {}
            }
            cur.advance(body);
        }
        let text = &body[estart..cur.i];
        if text.trim().is_empty() {
            let msg = match b[cur.i] {
                b'!' => "f-string: expression required before '!'",
                b'=' => "f-string: expression required before '='",
                b':' => "f-string: expression required before ':'",
                _ => "f-string: empty expression not allowed",
            };
            return Err(self.ferr(loc, msg));
        }
        let value = self.fexpr(text, eline, ecol)?;
        let mut debug = None;
        if b[cur.i] == b'=' {
            cur.advance(body);
            while cur.i < b.len() && matches!(b[cur.i], b' ' | b'\t' | b'\n' | b'\r' | 0x0c) {
                cur.advance(body);
            }
            debug = Some(String::from(&body[estart..cur.i]));
        }
        let mut conversion = None;
        if cur.i < b.len() && b[cur.i] == b'!' {
            cur.advance(body);
            match b.get(cur.i) {
                Some(&c @ (b'r' | b's' | b'a')) => {
                    conversion = Some(c as char);
                    cur.advance(body);
                }
                None => return Err(self.ferr(loc, "f-string: expecting '}'")),
                _ => {
                    return Err(self.ferr(
                        loc,
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
        }
        let mut format_spec = None;
        if cur.i < b.len() && b[cur.i] == b':' {
            cur.advance(body);
            let spec = self.fparts(body, raw, cur, true, level + 1, loc)?;
            format_spec = Some(Box::new(Expr {
                loc,
                kind: ExprKind::JoinedStr(spec),
            }));
        }
        if cur.i >= b.len() || b[cur.i] != b'}' {
            return Err(self.ferr(loc, "f-string: expecting '}'"));
        }
        cur.advance(body);
        if let Some(d) = debug {
            parts.push(Expr {
                loc,
                kind: ExprKind::Constant(Constant::Str(d)),
            });
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        parts.push(Expr {
            loc,
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
        });
        Ok(())
    }

    /// Parse one field expression `text` located at `line`/`col`.
    fn fexpr(&mut self, text: &str, line: u32, col: u32) -> PResult<Expr> {
        let toks = Lexer::tokenize_inner(text, line, col);
        let mut p = Parser::new(text, toks, false);
        p.in_fstring = true;
        p.depth = self.depth;
        p.nest = 1;
        let r = (|| {
            let e = if p.at(&T::Yield) {
                p.yield_expr()?
            } else {
                p.star_expressions()?
            };
            if !p.at(&T::Eof) {
                return Err(p.invalid());
            }
            Ok(e)
        })();
        r.map_err(|mut e| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })
    }
}
