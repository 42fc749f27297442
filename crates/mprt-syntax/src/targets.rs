//! Validation of assignment / deletion targets with CPython's messages, plus
//! the iterative tree-depth measure used to bound AST nesting.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::ast::*;
use crate::parser::{PResult, Parser};

/// Where a store target appears (affects the error message).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ctx {
    /// `a = b = c` (several targets).
    Assign,
    /// `a = b` (one target): some errors add a "Maybe you meant '=='" hint.
    AssignSingle,
    /// `for` loop or comprehension target.
    For,
    /// `with ... as` target.
    With,
}

/// CPython's name for an expression kind in error messages.
pub(crate) fn kind_name(k: &ExprKind) -> &'static str {
    match k {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-expression of a target that cannot be stored to.
fn bad_store(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) => bad_store(inner),
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().find_map(bad_store),
        _ => Some(e),
    }
}

fn bad_del(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().find_map(bad_del),
        _ => Some(e),
    }
}

/// True for expressions CPython's grammar sees as `bitwise_or` or tighter.
fn is_bitwise_level(k: &ExprKind) -> bool {
    !matches!(
        k,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::Starred(_)
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::None | Constant::Bool(_))
    )
}

impl Parser<'_> {
    /// Check that `e` is a valid store target.
    pub(crate) fn check_store(&self, e: &Expr, ctx: Ctx) -> PResult<()> {
        if let Some(bad) = bad_store(e) {
            let name = kind_name(&bad.kind);
            let is_yield = matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
            let msg = if is_yield && ctx == Ctx::Assign {
                String::from("assignment to yield expression not possible")
            } else if ctx == Ctx::AssignSingle
                && core::ptr::eq(bad, e)
                && (is_yield || is_bitwise_level(&e.kind))
            {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    name
                )
            } else {
                format!("cannot assign to {}", name)
            };
            return Err(self.err_at(bad.loc, &msg));
        }
        Ok(())
    }

    /// Check that `e` can be deleted.
    pub(crate) fn check_del(&self, e: &Expr) -> PResult<()> {
        if let Some(bad) = bad_del(e) {
            let msg = format!("cannot delete {}", kind_name(&bad.kind));
            return Err(self.err_at(bad.loc, &msg));
        }
        Ok(())
    }
}

/// Push the direct sub-expressions of `e` onto `out`.
fn children<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    fn comps<'e>(g: &'e [Comprehension], out: &mut Vec<&'e Expr>) {
        for c in g {
            out.push(&c.target);
            out.push(&c.iter);
            out.extend(c.ifs.iter());
        }
    }
    match &e.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values.iter()),
        ExprKind::NamedExpr { target, value } => {
            out.push(target);
            out.push(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            out.push(left);
            out.push(right);
        }
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::Lambda { args, body } => {
            out.push(body);
            out.extend(args.defaults.iter());
            out.extend(args.kw_defaults.iter().flatten());
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push(test);
            out.push(body);
            out.push(orelse);
        }
        ExprKind::Dict { keys, values } => {
            out.extend(keys.iter().flatten());
            out.extend(values.iter());
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::JoinedStr(v) => {
            out.extend(v.iter())
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            comps(generators, out);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push(key);
            out.push(value);
            comps(generators, out);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => out.push(v),
        ExprKind::Yield(v) => out.extend(v.as_deref()),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators.iter());
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(func);
            out.extend(args.iter());
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(value);
            out.extend(format_spec.as_deref());
        }
        ExprKind::Constant(_) | ExprKind::Name(_) => {}
        ExprKind::Attribute { value, .. } => out.push(value),
        ExprKind::Subscript { value, slice } => {
            out.push(value);
            out.push(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref());
            out.extend(upper.as_deref());
            out.extend(step.as_deref());
        }
    }
}

/// Nesting depth of an expression tree, computed without recursion.
pub(crate) fn expr_depth(e: &Expr) -> u32 {
    let mut stack: Vec<(&Expr, u32)> = Vec::new();
    let mut kids = Vec::new();
    stack.push((e, 1));
    let mut max = 0;
    while let Some((x, d)) = stack.pop() {
        max = max.max(d);
        kids.clear();
        children(x, &mut kids);
        for k in kids.drain(..) {
            stack.push((k, d + 1));
        }
    }
    max
}
