//! Code generation for `match` statements (structural pattern matching).
//!
//! This file owns the pattern compiler. Each case matches against a copy of
//! the subject; a pattern consumes the value on top of the stack when it
//! succeeds, and on failure jumps to a "fail-pop" label that discards the
//! items it left on the stack before moving to the next case (or the next
//! alternative of an or-pattern). Capture names are bound as soon as their
//! sub-pattern matches (CPython leaves bindings of failed cases unspecified).

use alloc::format;
use alloc::vec::Vec;
use mprt_syntax::ast::*;
use mprt_syntax::SyntaxError;

use crate::bytecode::*;
use crate::compile::{Compiler, Label, NameCtx};
use crate::compile_expr::to_const;
use crate::scope::err;

/// Failure targets for a pattern: `fail_pop[k]` pops `k` stack items and
/// continues to `fail_pop[0]`.
struct PatCtx {
    fail_pop: Vec<Label>,
    /// Items on the stack above the failure base (including the value being matched).
    on_top: usize,
    /// Position used for errors inside the pattern (the case body's first statement).
    loc: Loc,
}

fn is_irrefutable(p: &Pattern) -> bool {
    match p {
        Pattern::As { pattern: None, .. } => true,
        Pattern::As {
            pattern: Some(p), ..
        } => is_irrefutable(p),
        Pattern::Or(ps) => ps.iter().any(is_irrefutable),
        _ => false,
    }
}

/// Collect the capture names of a pattern, checking CPython's rules on
/// repeated names and or-pattern alternatives.
fn captures<'p>(p: &'p Pattern, out: &mut Vec<&'p str>, loc: Loc) -> Result<(), SyntaxError> {
    let add = |n: &'p str, out: &mut Vec<&'p str>| {
        if out.contains(&n) {
            return Err(err(
                format!("multiple assignments to name '{}' in pattern", n),
                loc,
            ));
        }
        out.push(n);
        Ok(())
    };
    match p {
        Pattern::Value(_) | Pattern::Singleton(_) => {}
        Pattern::Sequence(ps) => {
            for x in ps {
                captures(x, out, loc)?;
            }
        }
        Pattern::Mapping { patterns, rest, .. } => {
            for x in patterns {
                captures(x, out, loc)?;
            }
            if let Some(r) = rest {
                add(r, out)?;
            }
        }
        Pattern::Class {
            patterns,
            kwd_patterns,
            ..
        } => {
            for x in patterns.iter().chain(kwd_patterns.iter()) {
                captures(x, out, loc)?;
            }
        }
        Pattern::Star(n) => {
            if let Some(n) = n {
                add(n, out)?;
            }
        }
        Pattern::As { pattern, name } => {
            if let Some(x) = pattern {
                captures(x, out, loc)?;
            }
            if let Some(n) = name {
                add(n, out)?;
            }
        }
        Pattern::Or(alts) => {
            let mut first: Option<Vec<&str>> = None;
            for (i, alt) in alts.iter().enumerate() {
                if i + 1 < alts.len() && is_irrefutable(alt) {
                    let msg = match alt {
                        Pattern::As {
                            pattern: None,
                            name: Some(n),
                        } => {
                            format!("name capture '{}' makes remaining patterns unreachable", n)
                        }
                        _ => "wildcard makes remaining patterns unreachable".into(),
                    };
                    return Err(err(msg, loc));
                }
                let mut names = Vec::new();
                captures(alt, &mut names, loc)?;
                names.sort_unstable();
                match &first {
                    None => first = Some(names),
                    Some(f) if *f != names => {
                        return Err(err("alternative patterns bind different names", loc));
                    }
                    _ => {}
                }
            }
            for n in first.unwrap_or_default() {
                add(n, out)?;
            }
        }
    }
    Ok(())
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> Result<(), SyntaxError> {
        self.expr(subject)?;
        let end = self.new_label();
        for (i, case) in cases.iter().enumerate() {
            if i + 1 < cases.len() && case.guard.is_none() && is_irrefutable(&case.pattern) {
                let msg = match &case.pattern {
                    Pattern::As {
                        pattern: None,
                        name: Some(n),
                    } => {
                        format!("name capture '{}' makes remaining patterns unreachable", n)
                    }
                    Pattern::As {
                        pattern: None,
                        name: None,
                    } => "wildcard makes remaining patterns unreachable".into(),
                    _ => "irrefutable pattern makes remaining patterns unreachable".into(),
                };
                let loc = case.body.first().map_or(subject.loc, |s| s.loc);
                return Err(err(msg, loc));
            }
            let loc = case.body.first().map_or(subject.loc, |s| s.loc);
            captures(&case.pattern, &mut Vec::new(), loc)?;
            let next = self.new_label();
            self.emit(Op::Copy(1));
            let mut ctx = PatCtx {
                fail_pop: alloc::vec![next],
                on_top: 1,
                loc,
            };
            self.pattern(&case.pattern, &mut ctx)?;
            if let Some(g) = &case.guard {
                self.jump_if(g, false, next)?;
            }
            self.emit(Op::PopTop);
            self.body(&case.body)?;
            self.emit_jump(Op::Jump, end);
            // Failure path for this case: pop the items the pattern left, then try the next case.
            self.bind_fail_chain(&ctx);
            self.bind(next);
        }
        self.emit(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    /// Emit `fail_pop[k]: PopTop` for k from the highest down to 1; control
    /// then reaches `fail_pop[0]`, which the caller binds.
    fn bind_fail_chain(&mut self, ctx: &PatCtx) {
        for k in (1..ctx.fail_pop.len()).rev() {
            self.bind(ctx.fail_pop[k]);
            self.emit(Op::PopTop);
        }
    }

    fn fail_label(&mut self, ctx: &mut PatCtx, n: usize) -> Label {
        while ctx.fail_pop.len() <= n {
            let l = self.new_label();
            ctx.fail_pop.push(l);
        }
        ctx.fail_pop[n]
    }

    /// Jump to the failure path if the popped TOS is false, with `n` items left on the stack.
    fn fail_if_false(&mut self, ctx: &mut PatCtx, n: usize) {
        let l = self.fail_label(ctx, n);
        self.emit_jump(Op::PopJumpIfFalse, l);
    }

    fn pattern(&mut self, p: &'a Pattern, ctx: &mut PatCtx) -> Result<(), SyntaxError> {
        match p {
            Pattern::As {
                pattern: None,
                name: None,
            } => {
                self.emit(Op::PopTop);
                ctx.on_top -= 1;
            }
            Pattern::As {
                pattern: None,
                name: Some(n),
            } => {
                self.name_op(n, NameCtx::Store);
                ctx.on_top -= 1;
            }
            Pattern::As {
                pattern: Some(inner),
                name,
            } => match name {
                Some(n) => {
                    self.emit(Op::Copy(1));
                    ctx.on_top += 1;
                    self.pattern(inner, ctx)?;
                    self.name_op(n, NameCtx::Store);
                    ctx.on_top -= 1;
                }
                None => self.pattern(inner, ctx)?,
            },
            Pattern::Value(e) => {
                self.expr(e)?;
                self.emit(Op::CompareOp(cmpop::EQ));
                ctx.on_top -= 1;
                let n = ctx.on_top;
                self.fail_if_false(ctx, n);
            }
            Pattern::Singleton(c) => {
                self.load_const(to_const(c));
                self.emit(Op::IsOp(0));
                ctx.on_top -= 1;
                let n = ctx.on_top;
                self.fail_if_false(ctx, n);
            }
            Pattern::Sequence(ps) => self.sequence_pattern(ps, ctx)?,
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), ctx)?,
            Pattern::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                if kwd_attrs.len() != kwd_patterns.len() {
                    return Err(err("invalid class pattern", ctx.loc));
                }
                self.expr(cls)?;
                let names = kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::MatchClass(patterns.len() as u32));
                // Stack: attrs-or-None in place of the subject.
                self.emit(Op::Copy(1));
                self.load_const(Const::None);
                self.emit(Op::IsOp(1));
                let n = ctx.on_top;
                self.fail_if_false(ctx, n);
                let total = patterns.len() + kwd_patterns.len();
                if total == 0 {
                    self.emit(Op::PopTop);
                    ctx.on_top -= 1;
                } else {
                    self.emit(Op::UnpackSequence(total as u32));
                    ctx.on_top += total - 1;
                    for x in patterns.iter().chain(kwd_patterns.iter()) {
                        self.pattern(x, ctx)?;
                    }
                }
            }
            Pattern::Or(alts) => {
                let Some((last, init)) = alts.split_last() else {
                    return Err(err("invalid or-pattern", ctx.loc));
                };
                let done = self.new_label();
                for alt in init {
                    self.emit(Op::Copy(1));
                    let next_alt = self.new_label();
                    let mut sub = PatCtx {
                        fail_pop: alloc::vec![next_alt],
                        on_top: 1,
                        loc: ctx.loc,
                    };
                    self.pattern(alt, &mut sub)?;
                    // Success: drop the original value and continue after the or-pattern.
                    self.emit(Op::PopTop);
                    self.emit_jump(Op::Jump, done);
                    self.bind_fail_chain(&sub);
                    self.bind(next_alt);
                }
                self.pattern(last, ctx)?;
                self.bind(done);
                return Ok(());
            }
            Pattern::Star(_) => return Err(err("can't use starred name here", ctx.loc)),
        }
        Ok(())
    }

    fn sequence_pattern(&mut self, ps: &'a [Pattern], ctx: &mut PatCtx) -> Result<(), SyntaxError> {
        let stars: Vec<usize> = ps
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p, Pattern::Star(_)))
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            return Err(err("multiple starred names in sequence pattern", ctx.loc));
        }
        self.emit(Op::MatchSequence);
        let n = ctx.on_top;
        self.fail_if_false(ctx, n);
        let fixed = ps.len() - stars.len();
        self.emit(Op::GetLen);
        self.load_const(Const::Int(fixed as i64));
        self.emit(Op::CompareOp(if stars.is_empty() {
            cmpop::EQ
        } else {
            cmpop::GE
        }));
        self.fail_if_false(ctx, n);
        match stars.first() {
            None => {
                if ps.is_empty() {
                    self.emit(Op::PopTop);
                    ctx.on_top -= 1;
                    return Ok(());
                }
                self.emit(Op::UnpackSequence(ps.len() as u32));
            }
            Some(&i) => {
                let after = ps.len() - i - 1;
                self.emit(Op::UnpackEx((i | (after << 8)) as u32));
            }
        }
        ctx.on_top += ps.len() - 1;
        for p in ps {
            match p {
                Pattern::Star(Some(name)) => {
                    self.name_op(name, NameCtx::Store);
                    ctx.on_top -= 1;
                }
                Pattern::Star(None) => {
                    self.emit(Op::PopTop);
                    ctx.on_top -= 1;
                }
                _ => self.pattern(p, ctx)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        ctx: &mut PatCtx,
    ) -> Result<(), SyntaxError> {
        if keys.len() != patterns.len() {
            return Err(err("invalid mapping pattern", ctx.loc));
        }
        // Literal keys must be distinct.
        let mut seen: Vec<&'a Constant> = Vec::new();
        for k in keys {
            if let ExprKind::Constant(c) = &k.kind {
                if seen.iter().any(|s| const_key_eq(s, c)) {
                    return Err(err(
                        format!(
                            "mapping pattern checks duplicate key ({})",
                            const_key_repr(c)
                        ),
                        k.loc,
                    ));
                }
                seen.push(c);
            }
        }
        self.emit(Op::MatchMapping);
        let n = ctx.on_top;
        self.fail_if_false(ctx, n);
        if keys.is_empty() && rest.is_none() {
            self.emit(Op::PopTop);
            ctx.on_top -= 1;
            return Ok(());
        }
        if !keys.is_empty() {
            self.emit(Op::GetLen);
            self.load_const(Const::Int(keys.len() as i64));
            self.emit(Op::CompareOp(cmpop::GE));
            self.fail_if_false(ctx, n);
        }
        for k in keys {
            self.expr(k)?;
        }
        self.emit(Op::BuildTuple(keys.len() as u32));
        // Stack: subject keys.
        ctx.on_top += 1;
        if !keys.is_empty() {
            self.emit(Op::MatchKeys);
            self.emit(Op::Copy(1));
            self.load_const(Const::None);
            self.emit(Op::IsOp(1));
            let m = ctx.on_top + 1;
            self.fail_if_false(ctx, m);
            self.emit(Op::UnpackSequence(keys.len() as u32));
            ctx.on_top += keys.len();
            for p in patterns {
                self.pattern(p, ctx)?;
            }
        }
        // Stack: subject keys.
        match rest {
            Some(r) => {
                self.emit(Op::CopyDictWithoutKeys);
                self.name_op(r, NameCtx::Store);
            }
            None => self.emit(Op::PopTop),
        }
        self.emit(Op::PopTop);
        ctx.on_top -= 2;
        Ok(())
    }
}

/// Equality of literal mapping-pattern keys (same kind only).
fn const_key_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::None, Constant::None) => true,
        _ => false,
    }
}

/// `repr()` of a literal key for the duplicate-key message.
fn const_key_repr(c: &Constant) -> alloc::string::String {
    match c {
        Constant::Str(s) if !s.contains('\'') && !s.contains('\\') => format!("'{}'", s),
        Constant::Str(s) => format!("{:?}", s),
        Constant::Int(i) => format!("{}", i),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::None => "None".into(),
        Constant::Bytes(b) => format!("b{:?}", alloc::string::String::from_utf8_lossy(b)),
        _ => "?".into(),
    }
}
