//! Expression parsing: lambda, conditional, walrus, boolean operators,
//! comparisons, binary operators by precedence climbing, unary, power, await,
//! primaries (calls, attributes, subscripts/slices), atoms, displays,
//! comprehensions, string literal concatenation.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::*;
use crate::lexer::{StrLit, T};
use crate::parser::{PResult, Parser, HEAVY};
use crate::targets::{expr_depth, kind_name, Ctx};

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser<'_> {
    /// True if the current token can start an expression.
    pub(crate) fn starts_expr(&self) -> bool {
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
        )
    }

    /// `star_expressions`: `a`, `a, *b,` (a tuple when there is a comma).
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let first = self.star_expression()?;
        if !self.at(&T::Comma) {
            return Ok(first);
        }
        let loc = start;
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::Comma) {
            if !self.starts_expr() {
                break;
            }
            v.push(self.star_expression()?);
        }
        Ok(Expr {
            loc,
            kind: ExprKind::Tuple(v),
        })
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(&T::Star) {
            let loc = self.loc();
            self.bump();
            let e = self.bitwise_or()?;
            Ok(Expr {
                loc,
                kind: ExprKind::Starred(bx(e)),
            })
        } else {
            self.expression()
        }
    }

    /// `star_named_expression`: `*a` or a (possibly walrus) expression.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(&T::Star) {
            let loc = self.loc();
            self.bump();
            let e = self.bitwise_or()?;
            Ok(Expr {
                loc,
                kind: ExprKind::Starred(bx(e)),
            })
        } else {
            self.named_expression()
        }
    }

    /// `named_expression`: `name := expr` or an expression.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        if matches!(self.t(), T::Name) && matches!(self.peek_t(1), T::ColonEqual) {
            let loc = self.loc();
            let name = self.name()?;
            self.bump();
            self.enter()?;
            let value = self.expression()?;
            self.leave();
            let target = Expr {
                loc,
                kind: ExprKind::Name(name),
            };
            return Ok(Expr {
                loc,
                kind: ExprKind::NamedExpr {
                    target: bx(target),
                    value: bx(value),
                },
            });
        }
        let e = self.expression()?;
        if self.at(&T::ColonEqual) {
            let msg = alloc::format!(
                "cannot use assignment expressions with {}",
                kind_name(&e.kind)
            );
            return Err(self.err_at(e.loc, &msg));
        }
        Ok(e)
    }

    /// `expression`: lambda, or a disjunction with an optional `if ... else ...`.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        let start = self.loc();
        if self.at(&T::Lambda) {
            return self.lambda();
        }
        let body = self.disjunction()?;
        if !self.at(&T::If) {
            return Ok(body);
        }
        self.bump();
        self.enter()?;
        let test = self.disjunction()?;
        if !self.eat(&T::Else) {
            return Err(self.err_at(start, "expected 'else' after 'if' expression"));
        }
        let orelse = self.expression()?;
        self.leave();
        let loc = start;
        Ok(Expr {
            loc,
            kind: ExprKind::IfExp {
                test: bx(test),
                body: bx(body),
                orelse: bx(orelse),
            },
        })
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        self.bump();
        self.enter_n(HEAVY)?;
        let args = self.parameters(true)?;
        self.expect(&T::Colon)?;
        let body = self.expression()?;
        self.leave_n(HEAVY);
        Ok(Expr {
            loc,
            kind: ExprKind::Lambda {
                args: Box::new(args),
                body: bx(body),
            },
        })
    }

    /// `disjunction`: `a or b or c`.
    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let r = self.disjunction_inner(start);
        self.last_disjunction = start;
        r
    }

    fn disjunction_inner(&mut self, start: Loc) -> PResult<Expr> {
        let first = self.conjunction()?;
        if !self.at(&T::Or) {
            return Ok(first);
        }
        let loc = start;
        let mut values = Vec::new();
        values.push(first);
        while self.eat(&T::Or) {
            values.push(self.conjunction()?);
        }
        Ok(Expr {
            loc,
            kind: ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
        })
    }

    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let first = self.inversion()?;
        if !self.at(&T::And) {
            return Ok(first);
        }
        let loc = start;
        let mut values = Vec::new();
        values.push(first);
        while self.eat(&T::And) {
            values.push(self.inversion()?);
        }
        Ok(Expr {
            loc,
            kind: ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
        })
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at(&T::Not) {
            let loc = self.loc();
            self.bump();
            self.enter()?;
            let e = self.inversion()?;
            self.leave();
            return Ok(Expr {
                loc,
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(e),
                },
            });
        }
        self.comparison()
    }

    fn cmp_op(&self) -> Option<(CmpOp, usize)> {
        Some(match self.t() {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::In => (CmpOp::In, 1),
            T::Not if matches!(self.peek_t(1), T::In) => (CmpOp::NotIn, 2),
            T::Is if matches!(self.peek_t(1), T::Not) => (CmpOp::IsNot, 2),
            T::Is => (CmpOp::Is, 1),
            _ => return None,
        })
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let left = self.bitwise_or()?;
        if self.cmp_op().is_none() {
            return Ok(left);
        }
        let loc = start;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, n)) = self.cmp_op() {
            for _ in 0..n {
                self.bump();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        Ok(Expr {
            loc,
            kind: ExprKind::Compare {
                left: bx(left),
                ops,
                comparators,
            },
        })
    }

    /// `bitwise_or`: all binary operators above comparisons.
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn bin_op(&self) -> Option<(BinOp, u8)> {
        Some(match self.t() {
            T::VBar => (BinOp::BitOr, 1),
            T::Circumflex => (BinOp::BitXor, 2),
            T::Amper => (BinOp::BitAnd, 3),
            T::LeftShift => (BinOp::LShift, 4),
            T::RightShift => (BinOp::RShift, 4),
            T::Plus => (BinOp::Add, 5),
            T::Minus => (BinOp::Sub, 5),
            T::Star => (BinOp::Mult, 6),
            T::Slash => (BinOp::Div, 6),
            T::DoubleSlash => (BinOp::FloorDiv, 6),
            T::Percent => (BinOp::Mod, 6),
            T::At => (BinOp::MatMult, 6),
            _ => return None,
        })
    }

    /// Precedence climbing over left-associative binary operators.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.loc();
        let mut left = self.factor()?;
        let base = self.depth;
        let mut first = true;
        while let Some((op, prec)) = self.bin_op() {
            if prec < min {
                break;
            }
            if first {
                first = false;
                self.enter_n(expr_depth(&left))?;
            } else {
                self.enter()?;
            }
            self.bump();
            let right = self.binary(prec + 1)?;
            let loc = start;
            left = Expr {
                loc,
                kind: ExprKind::BinOp {
                    left: bx(left),
                    op,
                    right: bx(right),
                },
            };
        }
        self.depth = base;
        Ok(left)
    }

    /// `factor`: unary `+`, `-`, `~`.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.t() {
            T::Minus => UnaryOp::USub,
            T::Plus => UnaryOp::UAdd,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let loc = self.loc();
        self.bump();
        self.enter()?;
        let e = self.factor()?;
        self.leave();
        Ok(Expr {
            loc,
            kind: ExprKind::UnaryOp { op, operand: bx(e) },
        })
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let base = self.await_primary()?;
        if !self.at(&T::DoubleStar) {
            return Ok(base);
        }
        self.bump();
        let saved = self.depth;
        self.enter_n(expr_depth(&base))?;
        let exp = self.factor()?;
        self.depth = saved;
        let loc = start;
        Ok(Expr {
            loc,
            kind: ExprKind::BinOp {
                left: bx(base),
                op: BinOp::Pow,
                right: bx(exp),
            },
        })
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at(&T::Await) {
            let loc = self.loc();
            self.bump();
            self.enter()?;
            let e = self.primary()?;
            self.leave();
            return Ok(Expr {
                loc,
                kind: ExprKind::Await(bx(e)),
            });
        }
        self.primary()
    }

    /// An atom followed by calls, attribute accesses and subscripts.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let mut e = self.atom()?;
        let base = self.depth;
        let mut first = true;
        loop {
            if !matches!(self.t(), T::LPar | T::LSqb | T::Dot) {
                break;
            }
            if first {
                first = false;
                self.enter_n(expr_depth(&e))?;
            } else {
                self.enter()?;
            }
            let loc = start;
            match self.t() {
                T::Dot => {
                    self.bump();
                    let attr = self.name()?;
                    e = Expr {
                        loc,
                        kind: ExprKind::Attribute { value: bx(e), attr },
                    };
                }
                T::LPar => {
                    self.bump();
                    let (args, keywords) = self.call_args()?;
                    e = Expr {
                        loc,
                        kind: ExprKind::Call {
                            func: bx(e),
                            args,
                            keywords,
                        },
                    };
                }
                _ => {
                    self.bump();
                    self.nest += 1;
                    self.enter_n(HEAVY)?;
                    let slice = self.slices()?;
                    self.expect(&T::RSqb)?;
                    self.leave_n(HEAVY);
                    self.nest -= 1;
                    e = Expr {
                        loc,
                        kind: ExprKind::Subscript {
                            value: bx(e),
                            slice: bx(slice),
                        },
                    };
                }
            }
        }
        self.depth = base;
        Ok(e)
    }

    fn slices(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let first = self.slice_item()?;
        if !self.at(&T::Comma) && !matches!(first.kind, ExprKind::Starred(_)) {
            return Ok(first);
        }
        let loc = start;
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::Comma) {
            if self.at(&T::RSqb) {
                break;
            }
            v.push(self.slice_item()?);
        }
        Ok(Expr {
            loc,
            kind: ExprKind::Tuple(v),
        })
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        if self.at(&T::Star) {
            return self.star_named_expression();
        }
        let lower = if self.at(&T::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.at(&T::Colon) {
            return lower.ok_or_else(|| self.invalid());
        }
        self.bump();
        let upper = if matches!(self.t(), T::Colon | T::Comma | T::RSqb) {
            None
        } else {
            Some(bx(self.expression()?))
        };
        let step = if self.eat(&T::Colon) {
            if matches!(self.t(), T::Comma | T::RSqb) {
                None
            } else {
                Some(bx(self.expression()?))
            }
        } else {
            None
        };
        Ok(Expr {
            loc,
            kind: ExprKind::Slice {
                lower: lower.map(bx),
                upper,
                step,
            },
        })
    }

    /// Arguments of a call after `(`, through the closing `)`.
    pub(crate) fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.nest += 1;
        self.enter_n(HEAVY)?;
        let open = self.pos - 1;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kwunpack = false;
        while !self.at(&T::RPar) {
            let loc = self.loc();
            if self.at(&T::Star) {
                self.bump();
                let e = self.expression()?;
                if self.at_comp() {
                    return Err(
                        self.err_at(loc, "iterable unpacking cannot be used in comprehension")
                    );
                }
                if seen_kwunpack {
                    return Err(self.err_at(
                        loc,
                        "iterable argument unpacking follows keyword argument unpacking",
                    ));
                }
                args.push(Expr {
                    loc,
                    kind: ExprKind::Starred(bx(e)),
                });
            } else if self.at(&T::DoubleStar) {
                self.bump();
                let value = self.expression()?;
                seen_kwunpack = true;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    loc,
                });
            } else if matches!(self.t(), T::Name) && matches!(self.peek_t(1), T::Equal) {
                let arg = self.name()?;
                self.bump();
                let value = self.expression()?;
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(arg.as_str()))
                {
                    let msg = alloc::format!("keyword argument repeated: {}", arg);
                    return Err(self.err_at(loc, &msg));
                }
                keywords.push(Keyword {
                    arg: Some(arg),
                    value,
                    loc,
                });
            } else {
                let e = self.named_expression()?;
                if self.at(&T::For) || (self.at(&T::Async) && matches!(self.peek_t(1), T::For)) {
                    let generators = self.comp_for()?;
                    let only = args.is_empty() && keywords.is_empty() && self.at(&T::RPar);
                    if !only {
                        if let (None, Some(u)) = (self.closing_idx(), self.unclosed_error()) {
                            return Err(u);
                        }
                        return Err(
                            self.err_at(e.loc, "Generator expression must be parenthesized")
                        );
                    }
                    let t = &self.toks[open];
                    let gloc = Loc {
                        line: t.line,
                        col: t.col,
                    };
                    args.push(Expr {
                        loc: gloc,
                        kind: ExprKind::GeneratorExp {
                            elt: bx(e),
                            generators,
                        },
                    });
                    break;
                }
                if self.at(&T::Equal) {
                    return Err(self.err_at(
                        e.loc,
                        "expression cannot contain assignment, perhaps you meant \"==\"?",
                    ));
                }
                if !keywords.is_empty() {
                    let msg = if seen_kwunpack {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    if let (None, Some(u)) = (self.closing_idx(), self.unclosed_error()) {
                        return Err(u);
                    }
                    let at = self.closing_loc();
                    return Err(self.err_at(at, msg));
                }
                args.push(e);
            }
            if !self.eat(&T::Comma) {
                break;
            }
        }
        self.expect(&T::RPar)?;
        self.leave_n(HEAVY);
        self.nest -= 1;
        Ok((args, keywords))
    }

    /// `for ... in ... if ...` clauses of a comprehension.
    pub(crate) fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = if self.at(&T::Async) && matches!(self.peek_t(1), T::For) {
                self.bump();
                true
            } else if self.at(&T::For) {
                false
            } else {
                break;
            };
            self.bump();
            let target = self.star_targets()?;
            self.check_store(&target, Ctx::For)?;
            self.expect(&T::In)?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(&T::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    /// A single `for`/`with` target element: `*x` or a bitwise-level expression.
    pub(crate) fn star_target(&mut self) -> PResult<Expr> {
        if self.at(&T::Star) {
            let loc = self.loc();
            self.bump();
            let e = self.bitwise_or()?;
            return Ok(Expr {
                loc,
                kind: ExprKind::Starred(bx(e)),
            });
        }
        self.bitwise_or()
    }

    /// `star_targets`: a target list (tuple when there is a comma), stopping before `in`.
    pub(crate) fn star_targets(&mut self) -> PResult<Expr> {
        let start = self.loc();
        let first = self.star_target()?;
        if !self.at(&T::Comma) {
            return Ok(first);
        }
        let loc = start;
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::Comma) {
            if !self.starts_expr() {
                break;
            }
            v.push(self.star_target()?);
        }
        Ok(Expr {
            loc,
            kind: ExprKind::Tuple(v),
        })
    }

    /// A `del` target list element.
    pub(crate) fn del_target(&mut self) -> PResult<Expr> {
        if self.at(&T::Star) {
            // Parsed only to report "cannot delete starred".
            let loc = self.loc();
            self.bump();
            let e = self.bitwise_or()?;
            return Ok(Expr {
                loc,
                kind: ExprKind::Starred(bx(e)),
            });
        }
        self.bitwise_or()
    }

    /// `yield [from] ...`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        self.bump();
        if self.eat(&T::From) {
            let e = self.expression()?;
            return Ok(Expr {
                loc,
                kind: ExprKind::YieldFrom(bx(e)),
            });
        }
        if matches!(
            self.t(),
            T::RPar | T::RSqb | T::RBrace | T::Newline | T::Semi | T::Eof | T::Equal | T::Colon
        ) || !self.starts_expr()
        {
            return Ok(Expr {
                loc,
                kind: ExprKind::Yield(None),
            });
        }
        let e = self.star_expressions()?;
        Ok(Expr {
            loc,
            kind: ExprKind::Yield(Some(bx(e))),
        })
    }

    fn constant(&mut self, loc: Loc, c: Constant) -> Expr {
        self.bump();
        Expr {
            loc,
            kind: ExprKind::Constant(c),
        }
    }

    fn atom(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        match self.t() {
            T::Name => {
                let n = self.name()?;
                Ok(Expr {
                    loc,
                    kind: ExprKind::Name(n),
                })
            }
            T::Int(v) => {
                let v = v.clone();
                Ok(self.constant(loc, Constant::Int(v)))
            }
            T::Float(v) => {
                let v = *v;
                Ok(self.constant(loc, Constant::Float(v)))
            }
            T::Imag(v) => {
                let v = *v;
                Ok(self.constant(loc, Constant::Imag(v)))
            }
            T::KwNone => Ok(self.constant(loc, Constant::None)),
            T::KwTrue => Ok(self.constant(loc, Constant::Bool(true))),
            T::KwFalse => Ok(self.constant(loc, Constant::Bool(false))),
            T::Ellipsis => Ok(self.constant(loc, Constant::Ellipsis)),
            T::Str(_) => self.strings(),
            T::LPar => {
                self.enter_n(HEAVY)?;
                self.nest += 1;
                let e = self.paren(loc)?;
                self.nest -= 1;
                self.leave_n(HEAVY);
                Ok(e)
            }
            T::LSqb => {
                self.enter_n(HEAVY)?;
                self.nest += 1;
                let e = self.list(loc)?;
                self.nest -= 1;
                self.leave_n(HEAVY);
                Ok(e)
            }
            T::LBrace => {
                self.enter_n(HEAVY)?;
                self.nest += 1;
                let e = self.brace(loc)?;
                self.nest -= 1;
                self.leave_n(HEAVY);
                Ok(e)
            }
            _ => Err(self.invalid()),
        }
    }

    /// `[a, b for ...]`: CPython's hint about the comprehension target.
    fn no_comp_after_list(&self, first: &Expr) -> PResult<()> {
        if self.at_comp() {
            return Err(self.err_at(
                first.loc,
                "did you forget parentheses around the comprehension target?",
            ));
        }
        Ok(())
    }

    /// Position of the bracket closing the innermost open one (CPython reports
    /// some argument errors there).
    fn closing_loc(&self) -> Loc {
        match self.closing_idx() {
            Some(i) => Loc {
                line: self.toks[i].line,
                col: self.toks[i].col,
            },
            None => self.loc(),
        }
    }

    /// Index of the token closing the innermost open bracket, if any.
    fn closing_idx(&self) -> Option<usize> {
        let mut depth = 0i32;
        for (i, t) in self.toks[self.pos..].iter().enumerate() {
            match t.t {
                T::LPar | T::LSqb | T::LBrace => depth += 1,
                T::RPar | T::RSqb | T::RBrace => {
                    if depth == 0 {
                        return Some(self.pos + i);
                    }
                    depth -= 1;
                }
                T::Eof | T::Error(_) => break,
                _ => {}
            }
        }
        None
    }

    fn at_comp(&self) -> bool {
        self.at(&T::For) || (self.at(&T::Async) && matches!(self.peek_t(1), T::For))
    }

    fn no_star_in_comp(&self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(self.err_at(e.loc, "iterable unpacking cannot be used in comprehension"));
        }
        Ok(())
    }

    fn paren(&mut self, loc: Loc) -> PResult<Expr> {
        self.bump();
        if self.eat(&T::RPar) {
            return Ok(Expr {
                loc,
                kind: ExprKind::Tuple(Vec::new()),
            });
        }
        if self.at(&T::Yield) {
            let e = self.yield_expr()?;
            self.expect(&T::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if self.at_comp() {
            self.no_star_in_comp(&first)?;
            let generators = self.comp_for()?;
            self.expect(&T::RPar)?;
            return Ok(Expr {
                loc,
                kind: ExprKind::GeneratorExp {
                    elt: bx(first),
                    generators,
                },
            });
        }
        if self.eat(&T::RPar) {
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_at(first.loc, "cannot use starred expression here"));
            }
            return Ok(first);
        }
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::Comma) {
            if self.at(&T::RPar) {
                break;
            }
            v.push(self.star_named_expression()?);
        }
        self.expect(&T::RPar)?;
        Ok(Expr {
            loc,
            kind: ExprKind::Tuple(v),
        })
    }

    fn list(&mut self, loc: Loc) -> PResult<Expr> {
        self.bump();
        if self.eat(&T::RSqb) {
            return Ok(Expr {
                loc,
                kind: ExprKind::List(Vec::new()),
            });
        }
        let first = self.star_named_expression()?;
        if self.at_comp() {
            self.no_star_in_comp(&first)?;
            let generators = self.comp_for()?;
            self.expect(&T::RSqb)?;
            return Ok(Expr {
                loc,
                kind: ExprKind::ListComp {
                    elt: bx(first),
                    generators,
                },
            });
        }
        let mut v = Vec::new();
        v.push(first);
        while self.eat(&T::Comma) {
            if self.at(&T::RSqb) {
                break;
            }
            v.push(self.star_named_expression()?);
            self.no_comp_after_list(&v[0])?;
        }
        self.expect(&T::RSqb)?;
        Ok(Expr {
            loc,
            kind: ExprKind::List(v),
        })
    }

    fn brace(&mut self, loc: Loc) -> PResult<Expr> {
        self.bump();
        if self.eat(&T::RBrace) {
            return Ok(Expr {
                loc,
                kind: ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
            });
        }
        // Dict if the first item is `**x` or `k: v`.
        let mut keys: Vec<Option<Expr>> = Vec::new();
        let mut values = Vec::new();
        let first_key;
        if self.at(&T::DoubleStar) {
            let star = self.loc();
            self.bump();
            let v = self.bitwise_or()?;
            first_key = None;
            values.push(v);
            if self.at_comp() {
                return Err(
                    self.err_at(star, "dict unpacking cannot be used in dict comprehension")
                );
            }
        } else {
            let first = self.star_named_expression()?;
            if !self.at(&T::Colon) {
                // A set.
                if self.at_comp() {
                    self.no_star_in_comp(&first)?;
                    let generators = self.comp_for()?;
                    self.expect(&T::RBrace)?;
                    return Ok(Expr {
                        loc,
                        kind: ExprKind::SetComp {
                            elt: bx(first),
                            generators,
                        },
                    });
                }
                let mut v = Vec::new();
                v.push(first);
                while self.eat(&T::Comma) {
                    if self.at(&T::RBrace) {
                        break;
                    }
                    v.push(self.star_named_expression()?);
                    self.no_comp_after_list(&v[0])?;
                }
                self.expect(&T::RBrace)?;
                return Ok(Expr {
                    loc,
                    kind: ExprKind::Set(v),
                });
            }
            if let ExprKind::Starred(_) = first.kind {
                return Err(self.err_at(
                    first.loc,
                    "cannot use a starred expression in a dictionary value",
                ));
            }
            self.bump();
            let value = self.expression()?;
            if self.at_comp() {
                let generators = self.comp_for()?;
                self.expect(&T::RBrace)?;
                return Ok(Expr {
                    loc,
                    kind: ExprKind::DictComp {
                        key: bx(first),
                        value: bx(value),
                        generators,
                    },
                });
            }
            first_key = Some(first);
            values.push(value);
        }
        keys.push(first_key);
        while self.eat(&T::Comma) {
            if self.at(&T::RBrace) {
                break;
            }
            if self.eat(&T::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let k = self.expression()?;
                if !self.at(&T::Colon) {
                    return Err(self.err_at(k.loc, "':' expected after dictionary key"));
                }
                self.bump();
                keys.push(Some(k));
                values.push(self.expression()?);
            }
        }
        self.expect(&T::RBrace)?;
        Ok(Expr {
            loc,
            kind: ExprKind::Dict { keys, values },
        })
    }

    /// Adjacent string literals, concatenated (f-strings produce a `JoinedStr`).
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let loc = self.loc();
        let mut lits: Vec<StrLit> = Vec::new();
        while let T::Str(s) = self.t() {
            lits.push((**s).clone());
            self.bump();
        }
        if let Some(StrLit::Bad(m)) = lits.iter().find(|l| matches!(l, StrLit::Bad(_))) {
            let m = m.clone();
            return Err(self.err_here(&m));
        }
        let nbytes = lits
            .iter()
            .filter(|l| matches!(l, StrLit::Bytes(_)))
            .count();
        if nbytes != 0 && nbytes != lits.len() {
            return Err(self.err_here("cannot mix bytes and nonbytes literals"));
        }
        if nbytes != 0 {
            let mut out = Vec::new();
            for l in lits {
                if let StrLit::Bytes(b) = l {
                    out.extend_from_slice(&b);
                }
            }
            return Ok(Expr {
                loc,
                kind: ExprKind::Constant(Constant::Bytes(out)),
            });
        }
        let has_f = lits.iter().any(|l| matches!(l, StrLit::F { .. }));
        if !has_f {
            let mut out = String::new();
            for l in lits {
                if let StrLit::Str(s) = l {
                    out.push_str(&s);
                }
            }
            return Ok(Expr {
                loc,
                kind: ExprKind::Constant(Constant::Str(out)),
            });
        }
        let mut parts: Vec<Expr> = Vec::new();
        let mut pending = String::new();
        let mut pending_loc = loc;
        for l in lits {
            match l {
                StrLit::Str(s) => {
                    if pending.is_empty() {
                        pending_loc = loc;
                    }
                    pending.push_str(&s);
                }
                StrLit::F {
                    raw,
                    start,
                    end,
                    line,
                    col,
                } => {
                    let fparts = self.fstring(raw, (start, end), line, col, loc)?;
                    for p in fparts {
                        match p.kind {
                            ExprKind::Constant(Constant::Str(s)) => {
                                if pending.is_empty() {
                                    pending_loc = loc;
                                }
                                pending.push_str(&s);
                            }
                            _ => {
                                if !pending.is_empty() {
                                    let s = core::mem::take(&mut pending);
                                    parts.push(Expr {
                                        loc: pending_loc,
                                        kind: ExprKind::Constant(Constant::Str(s)),
                                    });
                                }
                                parts.push(p);
                            }
                        }
                    }
                }
                StrLit::Bytes(_) | StrLit::Bad(_) => {}
            }
        }
        if !pending.is_empty() {
            parts.push(Expr {
                loc: pending_loc,
                kind: ExprKind::Constant(Constant::Str(pending)),
            });
        }
        Ok(Expr {
            loc,
            kind: ExprKind::JoinedStr(parts),
        })
    }
}
