//! Code generation for expressions.
//!
//! This file owns expression evaluation (operators, displays with starred
//! items, calls in their `Call`/`CallKw`/`CallEx`/`CallMethod` forms, chained
//! comparisons, short-circuit logic, conditional jumps, lambdas,
//! comprehensions and generator expressions, `yield`/`await`, f-strings,
//! subscripts and slices) and constant conversion/folding.

use alloc::string::String;
use alloc::vec::Vec;
use mprt_syntax::ast::*;
use mprt_syntax::SyntaxError;
use num_traits::ToPrimitive;

use crate::bytecode::*;
use crate::compile::{binop_code, Compiler, NameCtx};
use crate::scope::{err, CompKind, ScopeKind};

/// Convert a literal to a constant (ints that fit in i64 become `Int`).
pub(crate) fn to_const(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Int(i) => match i.to_i64() {
            Some(v) => Const::Int(v),
            None => Const::BigInt(i.clone()),
        },
        Constant::Float(f) => Const::Float(*f),
        Constant::Imag(f) => Const::Complex(0.0, *f),
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Ellipsis => Const::Ellipsis,
    }
}

/// The constant value of an expression, if it is a literal or a tuple of literals.
fn const_value(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(to_const(c)),
        ExprKind::Tuple(es) => es
            .iter()
            .map(const_value)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => {
                let n = -i.clone();
                Some(match n.to_i64() {
                    Some(v) => Const::Int(v),
                    None => Const::BigInt(n),
                })
            }
            ExprKind::Constant(Constant::Float(f)) => Some(Const::Float(-*f)),
            _ => None,
        },
        _ => None,
    }
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}

/// Normalise a big integer constant.
fn int_const(n: num_bigint::BigInt) -> Const {
    match n.to_i64() {
        Some(v) => Const::Int(v),
        None => Const::BigInt(n),
    }
}

fn as_bigint(c: &Const) -> Option<num_bigint::BigInt> {
    match c {
        Const::Int(v) => Some((*v).into()),
        Const::BigInt(b) => Some(b.clone()),
        Const::Bool(b) => Some((*b as i64).into()),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    /// `NAME = const(expr)` with a foldable `expr`: the name and its value.
    pub(crate) fn const_definition(
        &self,
        targets: &[Expr],
        value: &Expr,
    ) -> Option<(String, Const)> {
        let [target] = targets else { return None };
        let ExprKind::Name(name) = &target.kind else {
            return None;
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return None;
        };
        if !keywords.is_empty() || args.len() != 1 {
            return None;
        }
        if !matches!(&func.kind, ExprKind::Name(n) if n == "const") {
            return None;
        }
        if !matches!(self.cur_scope().kind, ScopeKind::Module | ScopeKind::Class) {
            return None;
        }
        Some((name.clone(), self.fold_const(&args[0])?))
    }

    /// A MicroPython constant visible as `name` here (not shadowed by a
    /// local, argument or closure variable of the current function).
    pub(crate) fn const_name(&self, name: &str) -> Option<Const> {
        if self.mp_consts.is_empty() {
            return None;
        }
        let (_, c) = self.mp_consts.iter().rev().find(|(n, _)| n == name)?;
        let scope = self.cur_scope();
        let res = scope.resolve(name);
        let visible = match scope.kind {
            ScopeKind::Module | ScopeKind::Class => !matches!(
                res,
                crate::scope::SymScope::Free | crate::scope::SymScope::Cell
            ),
            _ => matches!(
                res,
                crate::scope::SymScope::GlobalImplicit | crate::scope::SymScope::GlobalExplicit
            ),
        };
        visible.then(|| c.clone())
    }

    /// Evaluate a constant expression at compile time (literals, tuples,
    /// known constants, integer arithmetic), as MicroPython's `const()` does.
    fn fold_const(&self, e: &Expr) -> Option<Const> {
        match &e.kind {
            ExprKind::Constant(c) => Some(to_const(c)),
            ExprKind::Name(n) => self.const_name(n),
            ExprKind::Tuple(es) => es
                .iter()
                .map(|x| self.fold_const(x))
                .collect::<Option<Vec<_>>>()
                .map(Const::Tuple),
            ExprKind::UnaryOp { op, operand } => {
                let v = self.fold_const(operand)?;
                if let (UnaryOp::USub, Const::Float(f)) = (op, &v) {
                    return Some(Const::Float(-*f));
                }
                let i = as_bigint(&v)?;
                Some(int_const(match op {
                    UnaryOp::USub => -i,
                    UnaryOp::UAdd => i,
                    UnaryOp::Invert => -i - 1,
                    UnaryOp::Not => return None,
                }))
            }
            ExprKind::BinOp { left, op, right } => {
                use num_traits::{Signed, Zero};
                let a = as_bigint(&self.fold_const(left)?)?;
                let b = as_bigint(&self.fold_const(right)?)?;
                let small = |n: &num_bigint::BigInt| n.bits() < 4096;
                let r = match op {
                    BinOp::Add => a + b,
                    BinOp::Sub => a - b,
                    BinOp::Mult if small(&a) && small(&b) => a * b,
                    BinOp::FloorDiv | BinOp::Mod if !b.is_zero() => {
                        let (q, m) = num_integer::Integer::div_mod_floor(&a, &b);
                        if matches!(op, BinOp::FloorDiv) {
                            q
                        } else {
                            m
                        }
                    }
                    BinOp::LShift if !b.is_negative() && b < 4096.into() => a << b.to_usize()?,
                    BinOp::RShift if !b.is_negative() => match b.to_usize() {
                        Some(k) => a >> k,
                        None => return None,
                    },
                    BinOp::BitAnd => a & b,
                    BinOp::BitOr => a | b,
                    BinOp::BitXor => a ^ b,
                    BinOp::Pow if !b.is_negative() && b < 256.into() && small(&a) => {
                        num_traits::pow::Pow::pow(a, b.to_u32()?)
                    }
                    _ => return None,
                };
                small(&r).then(|| int_const(r))
            }
            _ => None,
        }
    }

    /// Compile an expression, leaving its value on the stack.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if self.depth >= crate::compile::MAX_DEPTH {
            return Err(crate::compile::too_deep(e.loc));
        }
        self.depth += 1;
        let old = self.set_line(e.loc.line);
        let r = self.expr_inner(e);
        self.set_line(old);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if let Some(c) = const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        // Tuples made of MicroPython constants fold to one constant.
        if !self.mp_consts.is_empty() && matches!(e.kind, ExprKind::Tuple(_)) {
            if let Some(c) = self.fold_const(e) {
                self.load_const(c);
                return Ok(());
            }
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let mk: fn(u32) -> Op = if *op == BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(mk, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Copy(1));
                match &target.kind {
                    ExprKind::Name(n) => self.name_op(n, NameCtx::Store),
                    _ => {
                        return Err(err(
                            "cannot use assignment expressions with this target",
                            target.loc,
                        ))
                    }
                }
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.loc.line);
                self.emit(Op::BinaryOp(binop_code(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::UnaryOp(match op {
                    UnaryOp::Invert => unop::INVERT,
                    UnaryOp::Not => unop::NOT,
                    UnaryOp::UAdd => unop::POS,
                    UnaryOp::USub => unop::NEG,
                }));
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let els = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, els)?;
                self.expr(body)?;
                self.emit_jump(Op::Jump, end);
                self.bind(els);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => {
                let first_star = keys.iter().position(|k| k.is_none()).unwrap_or(keys.len());
                for (k, v) in keys[..first_star].iter().zip(&values[..first_star]) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                self.emit(Op::BuildMap(first_star as u32));
                for (k, v) in keys[first_star..].iter().zip(&values[first_star..]) {
                    match k {
                        Some(k) => {
                            self.expr(k)?;
                            self.expr(v)?;
                            self.emit(Op::MapAdd(1));
                        }
                        None => {
                            self.expr(v)?;
                            self.emit(Op::DictUpdate(1));
                        }
                    }
                }
            }
            ExprKind::Set(es) => {
                let folded = if es.len() > 2 {
                    es.iter().map(const_value).collect::<Option<Vec<_>>>()
                } else {
                    None
                };
                match folded {
                    Some(items) => {
                        self.emit(Op::BuildSet(0));
                        self.load_const(Const::FrozenSet(items));
                        self.emit(Op::SetUpdate(1));
                    }
                    None => self.sequence(es, Op::BuildSet, Op::SetAdd, Op::SetUpdate)?,
                }
            }
            ExprKind::List(es) => {
                self.sequence(es, Op::BuildList, Op::ListAppend, Op::ListExtend)?
            }
            ExprKind::Tuple(es) => {
                if es.iter().any(is_starred) {
                    self.sequence(es, Op::BuildList, Op::ListAppend, Op::ListExtend)?;
                    self.emit(Op::ListToTuple);
                } else {
                    for x in es {
                        self.expr(x)?;
                    }
                    self.emit(Op::BuildTuple(es.len() as u32));
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, elt, None, generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, elt, None, generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Gen, elt, None, generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, key, Some(value), generators)?,
            ExprKind::Await(v) => {
                let sc = self.cur_scope();
                match sc.kind {
                    ScopeKind::Comprehension(_) => {}
                    ScopeKind::Function if sc.is_async => {}
                    ScopeKind::Function | ScopeKind::Lambda => {
                        return Err(err("'await' outside async function", e.loc));
                    }
                    _ => self.check_async("'await' outside function", e.loc)?,
                }
                self.expr(v)?;
                self.await_tos();
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.loc)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.loc)?;
                if self.cur_scope().is_async {
                    return Err(err("'yield from' inside async function", e.loc));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            // MicroPython's `const(expr)`: the value itself (no import needed).
            ExprKind::Call {
                func,
                args,
                keywords,
            } if keywords.is_empty()
                && args.len() == 1
                && !is_starred(&args[0])
                && matches!(&func.kind, ExprKind::Name(n) if n == "const") =>
            {
                self.expr(&args[0])?
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let simple_method = matches!(func.kind, ExprKind::Attribute { .. })
                    && keywords.is_empty()
                    && !args.iter().any(is_starred);
                if let (true, ExprKind::Attribute { value, attr }) = (simple_method, &func.kind) {
                    self.expr(value)?;
                    let i = self.attr_name(attr);
                    self.set_line(func.loc.line);
                    self.emit(Op::LoadMethod(i));
                    for a in args {
                        self.expr(a)?;
                    }
                    self.set_line(e.loc.line);
                    self.emit(Op::CallMethod(args.len() as u32));
                } else {
                    self.expr(func)?;
                    self.call_helper(0, args, keywords)?;
                }
            }
            ExprKind::JoinedStr(parts) => {
                if parts.is_empty() {
                    self.load_const(Const::Str(alloc::string::String::new()));
                } else {
                    for p in parts {
                        self.expr(p)?;
                    }
                    if parts.len() > 1
                        || !matches!(parts[0].kind, ExprKind::Constant(Constant::Str(_)))
                    {
                        self.emit(Op::BuildString(parts.len() as u32));
                    }
                }
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut flags = match conversion {
                    Some('s') => fmtflag::STR,
                    Some('r') => fmtflag::REPR,
                    Some('a') => fmtflag::ASCII,
                    _ => fmtflag::NONE,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    flags |= fmtflag::HAS_SPEC;
                }
                self.emit(Op::FormatValue(flags));
            }
            ExprKind::Constant(c) => self.load_const(to_const(c)),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Starred(_) => return Err(err("can't use starred expression here", e.loc)),
            ExprKind::Name(n) => match self.const_name(n) {
                Some(c) => self.load_const(c),
                None => self.name_op(n, NameCtx::Load),
            },
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper] {
                    match x {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => self.emit(Op::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, loc: Loc) -> Result<(), SyntaxError> {
        match self.scope_kind() {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", loc)),
            _ => Ok(()),
        }
    }

    /// A list/set display (or tuple via list) with optional starred items.
    fn sequence(
        &mut self,
        es: &'a [Expr],
        build: fn(u32) -> Op,
        add: fn(u32) -> Op,
        extend: fn(u32) -> Op,
    ) -> Result<(), SyntaxError> {
        let first_star = es.iter().position(is_starred).unwrap_or(es.len());
        for x in &es[..first_star] {
            self.expr(x)?;
        }
        self.emit(build(first_star as u32));
        for x in &es[first_star..] {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend(1));
                }
                _ => {
                    self.expr(x)?;
                    self.emit(add(1));
                }
            }
        }
        Ok(())
    }

    /// Emit the argument passing and call for a callee (plus `pre` already
    /// pushed positional arguments) on the stack.
    pub(crate) fn call_helper(
        &mut self,
        pre: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<(), SyntaxError> {
        let line = self.unit().line;
        let has_star = args.iter().any(is_starred) || keywords.iter().any(|k| k.arg.is_none());
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            let n = pre + args.len() as u32;
            if keywords.is_empty() {
                self.set_line(line);
                self.emit(Op::Call(n));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    let name = k.arg.clone().unwrap_or_default();
                    if names.contains(&Const::Str(name.clone())) {
                        return Err(err(
                            alloc::format!("keyword argument repeated: {}", name),
                            k.loc,
                        ));
                    }
                    self.expr(&k.value)?;
                    names.push(Const::Str(name));
                }
                self.load_const(Const::Tuple(names));
                self.set_line(line);
                self.emit(Op::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // Positional arguments as a tuple.
        if args.iter().any(is_starred) {
            let first_star = args.iter().position(is_starred).unwrap_or(args.len());
            for a in &args[..first_star] {
                self.expr(a)?;
            }
            self.emit(Op::BuildList(pre + first_star as u32));
            for a in &args[first_star..] {
                match &a.kind {
                    ExprKind::Starred(inner) => {
                        self.expr(inner)?;
                        self.emit(Op::ListExtend(1));
                    }
                    _ => {
                        self.expr(a)?;
                        self.emit(Op::ListAppend(1));
                    }
                }
            }
            self.emit(Op::ListToTuple);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.emit(Op::BuildTuple(pre + args.len() as u32));
        }
        // Keyword arguments as a dict.
        let has_kw = !keywords.is_empty();
        if has_kw {
            let mut started = false;
            let mut i = 0;
            while i < keywords.len() {
                if keywords[i].arg.is_none() {
                    if !started {
                        self.emit(Op::BuildMap(0));
                        started = true;
                    }
                    self.expr(&keywords[i].value)?;
                    self.emit(Op::DictMerge(1));
                    i += 1;
                } else {
                    let start = i;
                    while i < keywords.len() && keywords[i].arg.is_some() {
                        self.load_const(Const::Str(keywords[i].arg.clone().unwrap_or_default()));
                        self.expr(&keywords[i].value)?;
                        i += 1;
                    }
                    self.emit(Op::BuildMap((i - start) as u32));
                    if started {
                        self.emit(Op::DictMerge(1));
                    }
                    started = true;
                }
            }
        }
        self.set_line(line);
        self.emit(Op::CallEx(has_kw as u32));
        Ok(())
    }

    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> Result<(), SyntaxError> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.cmp_operand(ops[0], &comparators[0])?;
            self.emit_cmp(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        let n = ops.len().min(comparators.len());
        for i in 0..n {
            self.cmp_operand(ops[i], &comparators[i])?;
            if i + 1 < n {
                self.emit(Op::Swap(2));
                self.emit(Op::Copy(2));
                self.emit_cmp(ops[i]);
                self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.emit_cmp(ops[i]);
            }
        }
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    /// The right operand of a comparison: for `in`/`not in` an iterable
    /// operand (see [`iter_operand`](Self::iter_operand)).
    fn cmp_operand(&mut self, op: CmpOp, e: &'a Expr) -> Result<(), SyntaxError> {
        match op {
            CmpOp::In | CmpOp::NotIn => self.iter_operand(e),
            _ => self.expr(e),
        }
    }

    /// An expression used only as something to iterate or search (`for`
    /// loops, comprehensions, `in`): as in CPython, a set display of
    /// constants becomes a frozenset constant, so no set is built each time
    /// and iteration follows that frozenset's order.
    pub(crate) fn iter_operand(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if let ExprKind::Set(es) = &e.kind {
            if let Some(items) = es.iter().map(const_value).collect::<Option<Vec<_>>>() {
                self.load_const(Const::FrozenSet(items));
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn emit_cmp(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Op::CompareOp(cmpop::EQ),
            CmpOp::NotEq => Op::CompareOp(cmpop::NE),
            CmpOp::Lt => Op::CompareOp(cmpop::LT),
            CmpOp::LtE => Op::CompareOp(cmpop::LE),
            CmpOp::Gt => Op::CompareOp(cmpop::GT),
            CmpOp::GtE => Op::CompareOp(cmpop::GE),
            CmpOp::Is => Op::IsOp(0),
            CmpOp::IsNot => Op::IsOp(1),
            CmpOp::In => Op::ContainsOp(0),
            CmpOp::NotIn => Op::ContainsOp(1),
        });
    }

    /// Evaluate `test` and jump to `target` if its truth equals `when`.
    pub(crate) fn jump_if(
        &mut self,
        test: &'a Expr,
        when: bool,
        target: crate::compile::Label,
    ) -> Result<(), SyntaxError> {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let is_and = *op == BoolOp::And;
                // For `and` jumping when false (or `or` jumping when true), every
                // operand jumps straight to target.
                if is_and != when {
                    for v in values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    let (last, init) = values.split_last().expect("non-empty");
                    for v in init {
                        self.jump_if(v, !when, skip)?;
                    }
                    self.jump_if(last, when, target)?;
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(test)?;
        self.emit_jump(
            if when {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    fn lambda(
        &mut self,
        e: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> Result<(), SyntaxError> {
        let child = self.scope_for(e as *const Expr as usize, e.loc)?;
        let flags = self.function_prelude(args, None)?;
        let qualname = self.child_qualname("<lambda>");
        self.push_unit(child, "<lambda>", qualname, e.loc.line);
        self.set_arg_counts(args);
        let gf = self.generator_flags(child);
        self.unit().code.flags |= gf;
        if let Err(x) = self.expr(body) {
            self.units.pop();
            return Err(x);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.make_function(child, code, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
    ) -> Result<(), SyntaxError> {
        let child = self.scope_for(e as *const Expr as usize, e.loc)?;
        let Some(first) = gens.first() else {
            return Err(err("comprehension without generators", e.loc));
        };
        let is_async = self.table.scopes[child].is_async;
        if is_async && kind != CompKind::Gen {
            let sc = self.cur_scope();
            let ok = match sc.kind {
                ScopeKind::Function => sc.is_async,
                ScopeKind::Comprehension(_) => true,
                ScopeKind::Module => self.mode == mprt_syntax::Mode::Single,
                _ => false,
            };
            if !ok {
                return Err(err(
                    "asynchronous comprehension outside of an asynchronous function",
                    e.loc,
                ));
            }
            if sc.kind == ScopeKind::Module {
                self.unit().code.flags |= codeflag::COROUTINE;
            }
        }
        let qualname = self.child_qualname(kind.code_name());
        self.push_unit(child, kind.code_name(), qualname, e.loc.line);
        self.unit().code.argcount = 1;
        self.unit().code.flags |= match (kind, is_async) {
            (CompKind::Gen, false) => codeflag::GENERATOR,
            (CompKind::Gen, true) => codeflag::ASYNC_GENERATOR,
            (_, true) => codeflag::COROUTINE,
            (_, false) => 0,
        };
        if let Err(x) = self.comprehension_body(kind, elt, value, gens) {
            self.units.pop();
            return Err(x);
        }
        let code = self.pop_unit();
        self.make_function(child, code, 0);
        self.iter_operand(&first.iter)?;
        self.emit(if first.is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        if is_async && kind != CompKind::Gen {
            self.await_tos();
        }
        Ok(())
    }

    fn comprehension_body(
        &mut self,
        kind: CompKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        gens: &'a [Comprehension],
    ) -> Result<(), SyntaxError> {
        match kind {
            CompKind::List => self.emit(Op::BuildList(0)),
            CompKind::Set => self.emit(Op::BuildSet(0)),
            CompKind::Dict => self.emit(Op::BuildMap(0)),
            CompKind::Gen => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadFast(0));
            } else {
                self.iter_operand(&g.iter)?;
                self.emit(if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                });
            }
            let top = self.new_label();
            let end = self.new_label();
            self.bind(top);
            if g.is_async {
                self.emit_jump(Op::SetupExcept, end);
                self.emit(Op::GetANext);
                self.await_tos();
                self.emit(Op::PopBlock);
            } else {
                self.emit_jump(Op::ForIter, end);
            }
            self.store(&g.target)?;
            for c in &g.ifs {
                self.jump_if(c, false, top)?;
            }
            loops.push((top, end, g.is_async));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth));
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth));
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.emit(Op::MapAdd(depth));
            }
            CompKind::Gen => {
                self.expr(elt)?;
                self.emit(Op::YieldValue);
                self.emit(Op::PopTop);
            }
        }
        for (top, end, is_async) in loops.into_iter().rev() {
            self.emit_jump(Op::Jump, top);
            self.bind(end);
            if is_async {
                self.emit(Op::EndAsyncFor);
            }
        }
        if kind == CompKind::Gen {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue);
        Ok(())
    }
}
