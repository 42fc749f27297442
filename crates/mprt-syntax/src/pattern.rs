//! `match` statement parsing: soft-keyword detection, subjects, `case`
//! blocks with guards, and all pattern forms (literal, capture, wildcard,
//! value, group, sequence, mapping, class, star, or, as).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::*;
use crate::lexer::T;
use crate::parser::{mkerr, PResult, Parser, HEAVY};
use crate::SyntaxErrorKind;

impl Parser<'_> {
    /// True if a statement starting with the name `match` is a match statement:
    /// the next token starts an expression and the logical line ends with `:`.
    pub(crate) fn looks_like_match(&self) -> bool {
        let next = &self.toks[(self.pos + 1).min(self.toks.len() - 1)].t;
        let starts = matches!(
            next,
            T::Name
                | T::Int(_)
                | T::Float(_)
                | T::Imag(_)
                | T::Str(_)
                | T::LPar
                | T::LSqb
                | T::LBrace
                | T::Minus
                | T::Plus
                | T::Tilde
                | T::Not
                | T::Lambda
                | T::Await
                | T::KwNone
                | T::KwTrue
                | T::KwFalse
                | T::Ellipsis
                | T::Star
        );
        if !starts {
            return false;
        }
        let mut i = self.pos + 1;
        let mut last_colon = false;
        while i < self.toks.len() {
            match self.toks[i].t {
                T::Newline | T::Eof | T::Error(_) => break,
                T::Colon => last_colon = true,
                _ => last_colon = false,
            }
            i += 1;
        }
        last_colon
    }

    /// `match subject: case ...`.
    pub(crate) fn match_stmt(&mut self) -> PResult<Stmt> {
        let loc = self.loc();
        self.bump();
        let sloc = self.loc();
        let first = self.star_named_expression()?;
        let subject = if self.at(&T::Comma) {
            let mut v = Vec::new();
            v.push(first);
            while self.eat(&T::Comma) {
                if self.at(&T::Colon) {
                    break;
                }
                v.push(self.star_named_expression()?);
            }
            Expr {
                loc: sloc,
                kind: ExprKind::Tuple(v),
            }
        } else {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_at(first.loc, "invalid syntax"));
            }
            first
        };
        self.expect_colon()?;
        self.expect(&T::Newline)?;
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
            return Err(mkerr(
                kind,
                format!(
                    "expected an indented block after 'match' statement on line {}",
                    loc.line
                ),
                t.line,
                t.col,
            ));
        }
        self.bump();
        self.enter_n(HEAVY)?;
        let mut cases = Vec::new();
        loop {
            match self.t() {
                T::Dedent => {
                    self.bump();
                    break;
                }
                T::Eof => break,
                T::Name if self.text() == "case" => cases.push(self.case_block()?),
                _ => return Err(self.invalid()),
            }
        }
        self.leave_n(HEAVY);
        if cases.is_empty() {
            return Err(self.invalid());
        }
        Ok(Stmt {
            loc,
            kind: StmtKind::Match { subject, cases },
        })
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let line = self.loc().line;
        self.bump();
        let pattern = self.top_patterns()?;
        let guard = if self.eat(&T::If) {
            Some(self.named_expression()?)
        } else {
            None
        };
        self.expect_colon()?;
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns`: an open sequence (`a, *b`) or a single pattern.
    fn top_patterns(&mut self) -> PResult<Pattern> {
        let loc = self.loc();
        let first = self.maybe_star_pattern()?;
        if !self.at(&T::Comma) {
            if let Pattern::Star(_) = first {
                return Err(self.err_at(loc, "invalid syntax"));
            }
            return Ok(first);
        }
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::Comma) {
            if matches!(self.t(), T::Colon | T::If) {
                break;
            }
            v.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern::Sequence(v))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.eat(&T::Star) {
            let n = self.name()?;
            return Ok(Pattern::Star(if n == "_" { None } else { Some(n) }));
        }
        self.pattern()
    }

    /// `pattern`: an or-pattern optionally followed by `as name`.
    fn pattern(&mut self) -> PResult<Pattern> {
        let p = self.or_pattern()?;
        if self.eat(&T::As) {
            let loc = self.loc();
            let name = self.name()?;
            if name == "_" {
                return Err(self.err_at(loc, "cannot use '_' as a target"));
            }
            return Ok(Pattern::As {
                pattern: Some(Box::new(p)),
                name: Some(name),
            });
        }
        Ok(p)
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let first = self.closed_pattern()?;
        if !self.at(&T::VBar) {
            return Ok(first);
        }
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::VBar) {
            v.push(self.closed_pattern()?);
        }
        Ok(Pattern::Or(v))
    }

    /// A signed number, complex literal or string(s) as a value expression.
    fn literal_expr(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        if matches!(self.t(), T::Str(_)) {
            let e = self.strings()?;
            if let ExprKind::JoinedStr(_) = e.kind {
                return Err(self.err_at(
                    loc,
                    "patterns may only match literals and attribute lookups",
                ));
            }
            return Ok(e);
        }
        let neg = self.eat(&T::Minus);
        let num_loc = self.loc();
        let c = match self.t() {
            T::Int(v) => Constant::Int(v.clone()),
            T::Float(v) => Constant::Float(*v),
            T::Imag(v) => Constant::Imag(*v),
            _ => return Err(self.invalid()),
        };
        self.bump();
        let mut e = Expr {
            loc: num_loc,
            kind: ExprKind::Constant(c),
        };
        if neg {
            e = Expr {
                loc,
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
            };
        }
        if matches!(self.t(), T::Plus | T::Minus)
            && matches!(self.peek_t(1), T::Int(_) | T::Float(_))
        {
            self.bump();
            let l = self.loc();
            return Err(self.err_at(l, "imaginary number required in complex literal"));
        }
        if matches!(self.t(), T::Plus | T::Minus) && matches!(self.peek_t(1), T::Imag(_)) {
            let op = if self.at(&T::Plus) {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            self.bump();
            let iloc = self.loc();
            let v = if let T::Imag(v) = self.t() { *v } else { 0.0 };
            self.bump();
            let im = Expr {
                loc: iloc,
                kind: ExprKind::Constant(Constant::Imag(v)),
            };
            e = Expr {
                loc,
                kind: ExprKind::BinOp {
                    left: Box::new(e),
                    op,
                    right: Box::new(im),
                },
            };
        }
        Ok(e)
    }

    fn dotted_expr(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        let n = self.name()?;
        let mut e = Expr {
            loc,
            kind: ExprKind::Name(n),
        };
        while self.eat(&T::Dot) {
            let attr = self.name()?;
            e = Expr {
                loc,
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                },
            };
        }
        Ok(e)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let loc = self.loc();
        match self.t() {
            T::KwNone => {
                self.bump();
                Ok(Pattern::Singleton(Constant::None))
            }
            T::KwTrue => {
                self.bump();
                Ok(Pattern::Singleton(Constant::Bool(true)))
            }
            T::KwFalse => {
                self.bump();
                Ok(Pattern::Singleton(Constant::Bool(false)))
            }
            T::Int(_) | T::Float(_) | T::Imag(_) | T::Minus | T::Str(_) => {
                Ok(Pattern::Value(self.literal_expr()?))
            }
            T::Name => {
                let simple = !matches!(self.peek_t(1), T::Dot | T::LPar);
                if simple {
                    let n = self.name()?;
                    return Ok(if n == "_" {
                        Pattern::As {
                            pattern: None,
                            name: None,
                        }
                    } else {
                        Pattern::As {
                            pattern: None,
                            name: Some(n),
                        }
                    });
                }
                let cls = self.dotted_expr()?;
                if self.at(&T::LPar) {
                    return self.class_pattern(cls);
                }
                Ok(Pattern::Value(cls))
            }
            T::LPar => {
                self.bump();
                self.enter_n(HEAVY)?;
                self.nest += 1;
                let r = if self.eat(&T::RPar) {
                    Pattern::Sequence(Vec::new())
                } else {
                    let first = self.maybe_star_pattern()?;
                    if self.eat(&T::RPar) {
                        if let Pattern::Star(_) = first {
                            return Err(self.err_at(loc, "invalid syntax"));
                        }
                        first
                    } else {
                        let mut v = Vec::new();
                        v.push(first);
                        while self.eat(&T::Comma) {
                            if self.at(&T::RPar) {
                                break;
                            }
                            v.push(self.maybe_star_pattern()?);
                        }
                        self.expect(&T::RPar)?;
                        Pattern::Sequence(v)
                    }
                };
                self.nest -= 1;
                self.leave_n(HEAVY);
                Ok(r)
            }
            T::LSqb => {
                self.bump();
                self.enter_n(HEAVY)?;
                self.nest += 1;
                let mut v = Vec::new();
                while !self.at(&T::RSqb) {
                    v.push(self.maybe_star_pattern()?);
                    if !self.eat(&T::Comma) {
                        break;
                    }
                }
                self.expect(&T::RSqb)?;
                self.nest -= 1;
                self.leave_n(HEAVY);
                Ok(Pattern::Sequence(v))
            }
            T::LBrace => {
                self.bump();
                self.enter_n(HEAVY)?;
                self.nest += 1;
                let mut keys = Vec::new();
                let mut patterns = Vec::new();
                let mut rest = None;
                while !self.at(&T::RBrace) {
                    if self.eat(&T::DoubleStar) {
                        let n = self.name()?;
                        rest = Some(n);
                        self.eat(&T::Comma);
                        break;
                    }
                    let key = match self.t() {
                        T::KwNone | T::KwTrue | T::KwFalse => {
                            let kloc = self.loc();
                            let c = match self.t() {
                                T::KwNone => Constant::None,
                                T::KwTrue => Constant::Bool(true),
                                _ => Constant::Bool(false),
                            };
                            self.bump();
                            Expr {
                                loc: kloc,
                                kind: ExprKind::Constant(c),
                            }
                        }
                        T::Name => {
                            let e = self.dotted_expr()?;
                            if let ExprKind::Name(_) = e.kind {
                                return Err(self.invalid());
                            }
                            e
                        }
                        _ => self.literal_expr()?,
                    };
                    self.expect(&T::Colon)?;
                    keys.push(key);
                    patterns.push(self.pattern()?);
                    if !self.eat(&T::Comma) {
                        break;
                    }
                }
                self.expect(&T::RBrace)?;
                self.nest -= 1;
                self.leave_n(HEAVY);
                Ok(Pattern::Mapping {
                    keys,
                    patterns,
                    rest,
                })
            }
            _ => Err(self.invalid()),
        }
    }

    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        self.bump();
        self.enter_n(HEAVY)?;
        self.nest += 1;
        let mut patterns = Vec::new();
        let mut kwd_attrs: Vec<String> = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(&T::RPar) {
            let loc = self.loc();
            if matches!(self.t(), T::Name) && matches!(self.peek_t(1), T::Equal) {
                let n = self.name()?;
                self.bump();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.err_at(loc, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            if !self.eat(&T::Comma) {
                break;
            }
        }
        self.expect(&T::RPar)?;
        self.nest -= 1;
        self.leave_n(HEAVY);
        Ok(Pattern::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        })
    }
}
