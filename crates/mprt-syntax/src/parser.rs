//! The recursive-descent parser: token stream to AST. This file owns the
//! parser state, token helpers, error construction, nesting limits and all
//! statements. Expressions live in `expr.rs`, f-strings in `fstring.rs`,
//! `match` patterns in `pattern.rs`, target validation in `targets.rs`.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::mem::discriminant;

use crate::ast::*;
use crate::lexer::{Token, T};
use crate::targets::{kind_name, Ctx};
use crate::{SyntaxError, SyntaxErrorKind};

/// Maximum recursion/nesting depth of the parser (and so of the AST).
pub(crate) const MAX_DEPTH: u32 = 1000;

#[cfg(test)]
pub(crate) static STACK_BASE: core::sync::atomic::AtomicUsize =
    core::sync::atomic::AtomicUsize::new(0);
#[cfg(test)]
pub(crate) static STACK_MAX: core::sync::atomic::AtomicUsize =
    core::sync::atomic::AtomicUsize::new(0);

/// Depth cost of constructs whose recursion uses several large stack frames
/// (brackets, lambdas, blocks), so that [`MAX_DEPTH`] bounds stack usage.
pub(crate) const HEAVY: u32 = 4;

/// Result of parser functions.
pub(crate) type PResult<X> = Result<X, SyntaxError>;

/// Parser state over a token vector.
pub(crate) struct Parser<'a> {
    /// The text the tokens index into.
    pub src: &'a str,
    pub toks: Vec<Token>,
    pub pos: usize,
    /// Current nesting depth (bounded by [`MAX_DEPTH`]).
    pub depth: u32,
    /// Interactive mode: unfinished input is `Incomplete`.
    pub single: bool,
    /// Parsing an f-string field expression (errors get an `f-string: ` prefix).
    pub in_fstring: bool,
    /// Number of enclosing brackets (for "Perhaps you forgot a comma?").
    pub nest: u32,
    /// Start of the most recently completed disjunction (error positions).
    pub last_disjunction: Loc,
}

/// Build an error of `kind`.
pub(crate) fn mkerr(
    kind: SyntaxErrorKind,
    msg: impl Into<String>,
    line: u32,
    col0: u32,
) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.into(),
        line,
        col: col0 + 1,
    }
}

impl<'a> Parser<'a> {
    /// A parser over `toks` lexed from `src`.
    pub(crate) fn new(src: &'a str, toks: Vec<Token>, single: bool) -> Self {
        Parser {
            src,
            toks,
            pos: 0,
            depth: 0,
            single,
            in_fstring: false,
            nest: 0,
            last_disjunction: Loc::default(),
        }
    }

    // ---- token helpers -------------------------------------------------

    pub(crate) fn tok(&self) -> &Token {
        &self.toks[self.pos]
    }

    pub(crate) fn t(&self) -> &T {
        &self.toks[self.pos].t
    }

    pub(crate) fn peek_t(&self, n: usize) -> &T {
        let i = (self.pos + n).min(self.toks.len() - 1);
        &self.toks[i].t
    }

    pub(crate) fn bump(&mut self) {
        if !matches!(self.t(), T::Eof | T::Error(_)) {
            self.pos += 1;
        }
    }

    pub(crate) fn at(&self, t: &T) -> bool {
        discriminant(self.t()) == discriminant(t)
    }

    pub(crate) fn eat(&mut self, t: &T) -> bool {
        if self.at(t) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub(crate) fn loc(&self) -> Loc {
        let t = self.tok();
        Loc {
            line: t.line,
            col: t.col,
        }
    }

    /// Text of the current token.
    pub(crate) fn text(&self) -> &'a str {
        let t = self.tok();
        self.src.get(t.start as usize..t.end as usize).unwrap_or("")
    }

    /// True if the current token is the name `s` (soft keywords).
    pub(crate) fn at_name(&self, s: &str) -> bool {
        matches!(self.t(), T::Name) && self.text() == s
    }

    pub(crate) fn name(&mut self) -> PResult<Ident> {
        if matches!(self.t(), T::Name) {
            let s = String::from(self.text());
            self.bump();
            Ok(s)
        } else {
            Err(self.invalid())
        }
    }

    pub(crate) fn expect(&mut self, t: &T) -> PResult<()> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(self.invalid())
        }
    }

    pub(crate) fn expect_msg(&mut self, t: &T, msg: &str) -> PResult<()> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(self.err_here(msg))
        }
    }

    // ---- errors --------------------------------------------------------

    /// An error at the current token; a pending lexical error wins.
    pub(crate) fn err_here(&self, msg: &str) -> SyntaxError {
        if let T::Error(e) = self.t() {
            return (**e).clone();
        }
        let t = self.tok();
        self.err_at(
            Loc {
                line: t.line,
                col: t.col,
            },
            msg,
        )
    }

    /// A syntax error at `loc`.
    pub(crate) fn err_at(&self, loc: Loc, msg: &str) -> SyntaxError {
        let msg = if self.in_fstring {
            format!("f-string: {}", msg)
        } else {
            String::from(msg)
        };
        mkerr(SyntaxErrorKind::Syntax, msg, loc.line, loc.col)
    }

    /// "invalid syntax" (or a more specific message) at the current token.
    pub(crate) fn invalid(&self) -> SyntaxError {
        match self.t() {
            T::Error(e) => return (**e).clone(),
            T::Indent => {
                let t = self.tok();
                return mkerr(
                    SyntaxErrorKind::Indentation,
                    "unexpected indent",
                    t.line,
                    t.col.saturating_sub(1),
                );
            }
            _ => {}
        }
        if self.nest > 0 && self.pos > 0 && self.starts_atom() {
            let prev = &self.toks[self.pos - 1].t;
            if matches!(
                prev,
                T::Name
                    | T::Int(_)
                    | T::Float(_)
                    | T::Imag(_)
                    | T::Str(_)
                    | T::RPar
                    | T::RSqb
                    | T::RBrace
            ) {
                if matches!(self.peek_t(1), T::Error(_)) {
                    if let Some(e) = self.unclosed_error() {
                        return e;
                    }
                }
                let at = if self.last_disjunction.line == 0 {
                    self.loc()
                } else {
                    self.last_disjunction
                };
                return self.err_at(at, "invalid syntax. Perhaps you forgot a comma?");
            }
        }
        self.err_here("invalid syntax")
    }

    /// The pending "'(' was never closed" error, if the input ends inside a bracket.
    pub(crate) fn unclosed_error(&self) -> Option<SyntaxError> {
        match &self.toks.last()?.t {
            T::Error(e) if e.msg.ends_with("was never closed") => {
                // Reported instead of a parse error: never "incomplete".
                let mut e = (**e).clone();
                e.kind = SyntaxErrorKind::Syntax;
                Some(e)
            }
            _ => None,
        }
    }

    fn starts_atom(&self) -> bool {
        matches!(
            self.t(),
            T::Name
                | T::Int(_)
                | T::Float(_)
                | T::Imag(_)
                | T::Str(_)
                | T::LPar
                | T::LSqb
                | T::LBrace
                | T::KwNone
                | T::KwTrue
                | T::KwFalse
                | T::Ellipsis
        )
    }

    /// Enter one nesting level.
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.enter_n(1)
    }

    pub(crate) fn enter_n(&mut self, n: u32) -> PResult<()> {
        #[cfg(test)]
        {
            let probe = 0u8;
            let here = &probe as *const u8 as usize;
            STACK_MAX.fetch_max(
                STACK_BASE
                    .load(core::sync::atomic::Ordering::Relaxed)
                    .saturating_sub(here),
                core::sync::atomic::Ordering::Relaxed,
            );
        }
        self.depth = self.depth.saturating_add(n);
        if self.depth > MAX_DEPTH {
            let t = self.tok();
            return Err(mkerr(
                SyntaxErrorKind::Syntax,
                "too many nested parentheses",
                t.line,
                t.col,
            ));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Leave `n` nesting levels.
    pub(crate) fn leave_n(&mut self, n: u32) {
        self.depth = self.depth.saturating_sub(n);
    }

    // ---- modules -------------------------------------------------------

    /// `file_input`: statements until end of input.
    pub(crate) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.t() {
                T::Eof => break,
                T::Newline => self.bump(),
                T::Indent => return Err(self.invalid()),
                T::Error(e) => return Err((**e).clone()),
                _ => self.statement(&mut body)?,
            }
        }
        Ok(body)
    }

    /// `eval_input`: one expression list.
    pub(crate) fn eval(&mut self) -> PResult<Vec<Stmt>> {
        while matches!(self.t(), T::Newline | T::Indent) {
            self.bump();
        }
        let loc = self.loc();
        let e = self.star_expressions()?;
        while matches!(self.t(), T::Newline | T::Dedent) {
            self.bump();
        }
        if !self.at(&T::Eof) {
            return Err(self.invalid());
        }
        Ok(alloc::vec![Stmt {
            loc,
            kind: StmtKind::Expr(e)
        }])
    }

    // ---- statements ----------------------------------------------------

    /// One statement (a compound statement or a line of simple ones).
    pub(crate) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.t() {
            T::If => {
                let s = self.if_stmt()?;
                out.push(s)
            }
            T::While => {
                let s = self.while_stmt()?;
                out.push(s)
            }
            T::For => {
                let loc = self.loc();
                let s = self.for_stmt(loc, false)?;
                out.push(s)
            }
            T::Try => {
                let s = self.try_stmt()?;
                out.push(s)
            }
            T::With => {
                let loc = self.loc();
                let s = self.with_stmt(loc, false)?;
                out.push(s)
            }
            T::Def => {
                let loc = self.loc();
                let s = self.funcdef(loc, Vec::new(), false)?;
                out.push(s)
            }
            T::Class => {
                let loc = self.loc();
                let s = self.classdef(loc, Vec::new())?;
                out.push(s)
            }
            T::At => {
                let s = self.decorated()?;
                out.push(s)
            }
            T::Async => {
                let loc = self.loc();
                self.bump();
                let s = match self.t() {
                    T::Def => self.funcdef(loc, Vec::new(), true)?,
                    T::For => self.for_stmt(loc, true)?,
                    T::With => self.with_stmt(loc, true)?,
                    _ => return Err(self.invalid()),
                };
                out.push(s)
            }
            T::Name if self.at_name("match") && self.looks_like_match() => {
                let s = self.match_stmt()?;
                out.push(s)
            }
            T::Indent => return Err(self.invalid()),
            T::Error(e) => return Err((**e).clone()),
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.small_stmt()?;
            out.push(s);
            if self.eat(&T::Semi) {
                if self.at(&T::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if !self.eat(&T::Newline) {
            if let Some(Stmt {
                kind:
                    StmtKind::Expr(Expr {
                        kind: ExprKind::Name(n),
                        loc,
                    }),
                ..
            }) = out.last()
            {
                if (n == "print" || n == "exec") && self.starts_expr() {
                    let msg = format!(
                        "Missing parentheses in call to '{}'. Did you mean {}(...)?",
                        n, n
                    );
                    return Err(self.err_at(*loc, &msg));
                }
            }
            return Err(self.invalid());
        }
        Ok(())
    }

    /// `if x = 1:` gets CPython's hint.
    fn cond_expr(&mut self) -> PResult<Expr> {
        let test = self.named_expression()?;
        if self.at(&T::Equal) {
            let msg = match &test.kind {
                ExprKind::Name(_) => {
                    String::from("invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                }
                k => format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    kind_name(k)
                ),
            };
            return Err(self.err_at(test.loc, &msg));
        }
        Ok(test)
    }

    /// After a header's `:`, parse its block. `what`/`line` describe the header.
    pub(crate) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.eat(&T::Newline) {
            if !self.at(&T::Indent) {
                if let T::Error(e) = self.t() {
                    return Err((**e).clone());
                }
                let kind = if self.single && self.at(&T::Eof) {
                    SyntaxErrorKind::Incomplete
                } else {
                    SyntaxErrorKind::Indentation
                };
                let t = self.tok();
                // At end of input CPython points after the header, or at the
                // start of the following blank line.
                let at = if matches!(t.t, T::Eof) {
                    let nl = &self.toks[self.pos - 1];
                    if self
                        .src
                        .get(nl.end as usize..)
                        .is_some_and(|r| r.contains('\n'))
                    {
                        (nl.line + 1, 0)
                    } else {
                        (nl.line, nl.col)
                    }
                } else {
                    (t.line, t.col)
                };
                return Err(mkerr(
                    kind,
                    format!("expected an indented block after {} on line {}", what, line),
                    at.0,
                    at.1,
                ));
            }
            self.bump();
            self.enter_n(HEAVY)?;
            loop {
                match self.t() {
                    T::Dedent => {
                        self.bump();
                        break;
                    }
                    T::Eof => break,
                    _ => self.statement(&mut body)?,
                }
            }
            self.leave_n(HEAVY);
        } else {
            self.simple_stmts(&mut body)?;
        }
        Ok(body)
    }

    fn colon_block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        self.expect_colon()?;
        self.block(what, line)
    }

    /// A block header's `:`; CPython says "expected ':'" only at end of line.
    pub(crate) fn expect_colon(&mut self) -> PResult<()> {
        if self.eat(&T::Colon) {
            Ok(())
        } else if self.at(&T::Newline) {
            Err(self.err_here("expected ':'"))
        } else {
            Err(self.invalid())
        }
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        let kw = if self.at(&T::If) {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        self.bump();
        let test = self.cond_expr()?;
        let body = self.colon_block(kw, loc.line)?;
        let orelse = if self.at(&T::Elif) {
            self.enter()?;
            let s = self.if_stmt()?;
            self.leave();
            alloc::vec![s]
        } else if self.at(&T::Else) {
            let l = self.loc().line;
            self.bump();
            self.colon_block("'else' statement", l)?
        } else {
            Vec::new()
        };
        Ok(Stmt {
            loc,
            kind: StmtKind::If { test, body, orelse },
        })
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.at(&T::Else) {
            let l = self.loc().line;
            self.bump();
            self.colon_block("'else' statement", l)
        } else {
            Ok(Vec::new())
        }
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let test = self.cond_expr()?;
        let body = self.colon_block("'while' statement", loc.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            loc,
            kind: StmtKind::While { test, body, orelse },
        })
    }

    fn for_stmt(&mut self, loc: Loc, is_async: bool) -> PResult<Stmt> {
        let line = self.loc().line;
        self.bump();
        let target = self.star_targets()?;
        self.check_store(&target, Ctx::For)?;
        self.expect(&T::In)?;
        let iter = self.star_expressions()?;
        let body = self.colon_block("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            loc,
            kind: StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            },
        })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let body = self.colon_block("'try' statement", loc.line)?;
        let mut handlers = Vec::new();
        while self.at(&T::Except) {
            let hloc = self.loc();
            self.bump();
            if self.at(&T::Star) {
                return Err(self.invalid());
            }
            let mut typ = None;
            let mut name = None;
            if !self.at(&T::Colon) {
                let e = self.expression()?;
                if self.at(&T::Comma) {
                    return Err(
                        self.err_at(e.loc, "multiple exception types must be parenthesized")
                    );
                }
                typ = Some(e);
                if self.eat(&T::As) {
                    name = Some(self.name()?);
                }
            }
            let hbody = self.colon_block("'except' statement", hloc.line)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                loc: hloc,
            });
        }
        let orelse = if !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.at(&T::Finally) {
            let l = self.loc().line;
            self.bump();
            self.colon_block("'finally' statement", l)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.err_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt {
            loc,
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
        })
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(&T::As) {
            let t = self.star_target()?;
            self.check_store(&t, Ctx::With)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    fn with_stmt(&mut self, loc: Loc, is_async: bool) -> PResult<Stmt> {
        let line = self.loc().line;
        self.bump();
        let mut items = Vec::new();
        let mut done = false;
        if self.at(&T::LPar) {
            // Try the parenthesized multi-item form; fall back to an expression.
            let (save_pos, save_depth, save_nest) = (self.pos, self.depth, self.nest);
            let attempt: PResult<Vec<WithItem>> = (|| {
                self.bump();
                self.nest += 1;
                let mut v = Vec::new();
                loop {
                    v.push(self.with_item()?);
                    if !self.eat(&T::Comma) || self.at(&T::RPar) {
                        break;
                    }
                }
                self.expect(&T::RPar)?;
                self.nest -= 1;
                if !self.at(&T::Colon) {
                    return Err(self.invalid());
                }
                Ok(v)
            })();
            match attempt {
                Ok(v) => {
                    items = v;
                    done = true;
                }
                Err(_) => {
                    self.pos = save_pos;
                    self.depth = save_depth;
                    self.nest = save_nest;
                }
            }
        }
        if !done {
            loop {
                items.push(self.with_item()?);
                if !self.eat(&T::Comma) {
                    break;
                }
            }
        }
        let body = self.colon_block("'with' statement", line)?;
        Ok(Stmt {
            loc,
            kind: StmtKind::With {
                is_async,
                items,
                body,
            },
        })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(&T::At) {
            decorators.push(self.named_expression()?);
            self.expect(&T::Newline)?;
        }
        let loc = self.loc();
        if self.single && self.at(&T::Eof) {
            return Err(mkerr(
                SyntaxErrorKind::Incomplete,
                "incomplete input",
                loc.line,
                loc.col,
            ));
        }
        match self.t() {
            T::Def => self.funcdef(loc, decorators, false),
            T::Class => self.classdef(loc, decorators),
            T::Async if matches!(self.peek_t(1), T::Def) => {
                self.bump();
                self.funcdef(loc, decorators, true)
            }
            _ => Err(self.invalid()),
        }
    }

    fn funcdef(&mut self, loc: Loc, decorators: Vec<Expr>, is_async: bool) -> PResult<Stmt> {
        let line = self.loc().line;
        self.bump();
        let name = self.name()?;
        self.expect_msg(&T::LPar, "expected '('")?;
        let args = self.parameters(false)?;
        self.expect(&T::RPar)?;
        let returns = if self.eat(&T::RArrow) {
            Some(self.expression()?)
        } else {
            None
        };
        let body = self.colon_block("function definition", line)?;
        let f = FunctionDef {
            name,
            args,
            body,
            decorators,
            returns,
            is_async,
        };
        Ok(Stmt {
            loc,
            kind: StmtKind::FunctionDef(Box::new(f)),
        })
    }

    fn classdef(&mut self, loc: Loc, decorators: Vec<Expr>) -> PResult<Stmt> {
        let line = self.loc().line;
        self.bump();
        let name = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at(&T::LPar) {
            self.bump();
            let (b, k) = self.call_args()?;
            bases = b;
            keywords = k;
        }
        let body = self.colon_block("class definition", line)?;
        let c = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(Stmt {
            loc,
            kind: StmtKind::ClassDef(Box::new(c)),
        })
    }

    /// Parameter list of a `def` (up to `)`) or a `lambda` (up to `:`).
    pub(crate) fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let mut a = Arguments::default();
        let end = if lambda { T::Colon } else { T::RPar };
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut names: Vec<(String, Loc)> = Vec::new();
        let mut bare_star: Option<Loc> = None;
        loop {
            if self.at(&end) {
                break;
            }
            let loc = self.loc();
            match self.t() {
                T::Slash => {
                    if seen_slash {
                        return Err(self.err_here("/ may appear only once"));
                    }
                    if seen_star {
                        return Err(self.err_here("/ must be ahead of *"));
                    }
                    if a.args.is_empty() {
                        if !matches!(self.peek_t(1), T::Comma) {
                            return Err(self.invalid());
                        }
                        return Err(self.err_here("at least one argument must precede /"));
                    }
                    self.bump();
                    seen_slash = true;
                    a.posonlyargs = core::mem::take(&mut a.args);
                }
                T::Star => {
                    if seen_star {
                        return Err(self.err_here("* argument may appear only once"));
                    }
                    self.bump();
                    seen_star = true;
                    if self.at(&T::Comma) || self.at(&end) {
                        bare_star = Some(loc);
                    } else {
                        let p = self.param(lambda, true)?;
                        names.push((p.name.clone(), p.loc));
                        a.vararg = Some(p);
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    let p = self.param(lambda, false)?;
                    names.push((p.name.clone(), p.loc));
                    a.kwarg = Some(p);
                    self.eat(&T::Comma);
                    if !self.at(&end) {
                        return Err(self.err_here("arguments cannot follow var-keyword argument"));
                    }
                    break;
                }
                T::Name => {
                    let p = self.param(lambda, false)?;
                    names.push((p.name.clone(), p.loc));
                    let default = if self.eat(&T::Equal) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(p);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => a.defaults.push(d),
                            None => {
                                if !a.defaults.is_empty() {
                                    return Err(self.err_at(
                                        p.loc,
                                        "non-default argument follows default argument",
                                    ));
                                }
                            }
                        }
                        a.args.push(p);
                    }
                }
                _ => return Err(self.invalid()),
            }
            if !self.eat(&T::Comma) {
                break;
            }
        }
        if !self.at(&end) {
            if self.at(&T::Equal) && lambda {
                return Err(self.invalid());
            }
            return Err(self.invalid());
        }
        if let Some(l) = bare_star {
            if a.kwonlyargs.is_empty() {
                return Err(self.err_at(l, "named arguments must follow bare *"));
            }
        }
        for i in 1..names.len() {
            if names[..i].iter().any(|(n, _)| *n == names[i].0) {
                let msg = format!("duplicate argument '{}' in function definition", names[i].0);
                return Err(self.err_at(names[i].1, &msg));
            }
        }
        Ok(a)
    }

    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let loc = self.loc();
        let name = self.name()?;
        let annotation = if !lambda && self.eat(&T::Colon) {
            if star && self.at(&T::Star) {
                let l = self.loc();
                self.bump();
                let e = self.expression()?;
                Some(Expr {
                    loc: l,
                    kind: ExprKind::Starred(Box::new(e)),
                })
            } else {
                Some(self.expression()?)
            }
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            loc,
        })
    }

    fn small_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        let kind = match self.t() {
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Return => {
                self.bump();
                if self.at_simple_end() {
                    StmtKind::Return(None)
                } else {
                    StmtKind::Return(Some(self.star_expressions()?))
                }
            }
            T::Raise => {
                self.bump();
                if self.at_simple_end() {
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    }
                } else {
                    let exc = self.expression()?;
                    let cause = if self.eat(&T::From) {
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    }
                }
            }
            T::Global | T::Nonlocal => {
                let global = self.at(&T::Global);
                self.bump();
                let mut names = Vec::new();
                loop {
                    names.push(self.name()?);
                    if !self.eat(&T::Comma) {
                        break;
                    }
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            T::Del => {
                self.bump();
                let mut targets = Vec::new();
                loop {
                    let e = self.del_target()?;
                    self.check_del(&e)?;
                    targets.push(e);
                    if !self.eat(&T::Comma) || self.at_simple_end() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            T::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(&T::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            T::Import => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    let aloc = self.loc();
                    let name = self.dotted_name()?;
                    let asname = if self.eat(&T::As) {
                        Some(self.name()?)
                    } else {
                        None
                    };
                    names.push(Alias {
                        name,
                        asname,
                        loc: aloc,
                    });
                    if !self.eat(&T::Comma) {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            T::From => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt { loc, kind })
    }

    fn at_simple_end(&self) -> bool {
        matches!(self.t(), T::Newline | T::Semi | T::Eof)
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut s = self.name()?;
        while self.eat(&T::Dot) {
            s.push('.');
            s.push_str(&self.name()?);
        }
        Ok(s)
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.t() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(&T::Import) && level > 0 {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect(&T::Import)?;
        let mut names = Vec::new();
        if self.at(&T::Star) {
            let loc = self.loc();
            self.bump();
            names.push(Alias {
                name: String::from("*"),
                asname: None,
                loc,
            });
        } else {
            let paren = self.eat(&T::LPar);
            loop {
                let aloc = self.loc();
                let name = self.name()?;
                let asname = if self.eat(&T::As) {
                    Some(self.name()?)
                } else {
                    None
                };
                names.push(Alias {
                    name,
                    asname,
                    loc: aloc,
                });
                if !self.eat(&T::Comma) {
                    break;
                }
                if paren && self.at(&T::RPar) {
                    break;
                }
                if !paren && self.at_simple_end() {
                    return Err(
                        self.err_here("trailing comma not allowed without surrounding parentheses")
                    );
                }
            }
            if paren {
                self.expect(&T::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn aug_op(&self) -> Option<BinOp> {
        Some(match self.t() {
            T::PlusEqual => BinOp::Add,
            T::MinEqual => BinOp::Sub,
            T::StarEqual => BinOp::Mult,
            T::AtEqual => BinOp::MatMult,
            T::SlashEqual => BinOp::Div,
            T::PercentEqual => BinOp::Mod,
            T::DoubleStarEqual => BinOp::Pow,
            T::LeftShiftEqual => BinOp::LShift,
            T::RightShiftEqual => BinOp::RShift,
            T::VBarEqual => BinOp::BitOr,
            T::CircumflexEqual => BinOp::BitXor,
            T::AmperEqual => BinOp::BitAnd,
            T::DoubleSlashEqual => BinOp::FloorDiv,
            _ => return None,
        })
    }

    /// Right-hand side of `=` / augmented assignment: a yield expression or an expression list.
    fn assign_rhs(&mut self) -> PResult<Expr> {
        if self.at(&T::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        let paren_start = self.at(&T::LPar);
        let first = self.assign_rhs()?;
        if self.at(&T::ColonEqual) {
            if let ExprKind::Name(_) = first.kind {
                return Err(self.invalid());
            }
            let msg = format!(
                "cannot use assignment expressions with {}",
                kind_name(&first.kind)
            );
            return Err(self.err_at(first.loc, &msg));
        }
        if self.at(&T::Colon) {
            // Annotated assignment.
            self.bump();
            let annotation = self.expression()?;
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple(_) => {
                    return Err(
                        self.err_at(first.loc, "only single target (not tuple) can be annotated")
                    )
                }
                ExprKind::List(_) => {
                    return Err(
                        self.err_at(first.loc, "only single target (not list) can be annotated")
                    )
                }
                _ => return Err(self.err_at(first.loc, "illegal target for annotation")),
            }
            let value = if self.eat(&T::Equal) {
                Some(self.assign_rhs()?)
            } else {
                None
            };
            let simple = matches!(first.kind, ExprKind::Name(_)) && !paren_start;
            return Ok(Stmt {
                loc,
                kind: StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                },
            });
        }
        if let Some(op) = self.aug_op() {
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                k => {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        kind_name(k)
                    );
                    return Err(self.err_at(first.loc, &msg));
                }
            }
            self.bump();
            let value = self.assign_rhs()?;
            return Ok(Stmt {
                loc,
                kind: StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                },
            });
        }
        if self.at(&T::Equal) {
            let mut exprs = Vec::new();
            exprs.push(first);
            while self.eat(&T::Equal) {
                exprs.push(self.assign_rhs()?);
            }
            let value = exprs.pop().unwrap();
            let single = exprs.len() == 1;
            for t in &exprs {
                self.check_store(
                    t,
                    if single {
                        Ctx::AssignSingle
                    } else {
                        Ctx::Assign
                    },
                )?;
            }
            return Ok(Stmt {
                loc,
                kind: StmtKind::Assign {
                    targets: exprs,
                    value,
                },
            });
        }
        if let ExprKind::Starred(_) = first.kind {
            return Err(self.err_at(first.loc, "can't use starred expression here"));
        }
        Ok(Stmt {
            loc,
            kind: StmtKind::Expr(first),
        })
    }
}
