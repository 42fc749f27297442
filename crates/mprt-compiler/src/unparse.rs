//! Expression source text for `from __future__ import annotations` (PEP 563):
//! annotations are stored as strings, written the way CPython's
//! `ast.unparse` writes them (minimal parentheses, `repr` of constants).

use alloc::format;
use alloc::string::{String, ToString};
use mprt_syntax::ast::*;

/// Binding strength, weakest first (CPython's `_Precedence`).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Prec {
    Tuple,
    Yield,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BOr,
    BXor,
    BAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

/// The source text of `e`.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    // A top-level tuple keeps its parentheses, as `ast.unparse` writes it.
    expr(&mut out, e, Prec::Test);
    out
}

fn paren(out: &mut String, need: bool, f: impl FnOnce(&mut String)) {
    if need {
        out.push('(');
    }
    f(out);
    if need {
        out.push(')');
    }
}

fn list(out: &mut String, items: &[Expr]) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, Prec::Test);
    }
}

fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut r = String::new();
    r.push(quote);
    for c in s.chars() {
        match c {
            '\\' => r.push_str("\\\\"),
            '\n' => r.push_str("\\n"),
            '\r' => r.push_str("\\r"),
            '\t' => r.push_str("\\t"),
            c if c == quote => {
                r.push('\\');
                r.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                r.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => r.push(c),
        }
    }
    r.push(quote);
    r
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&mprt_format::float_repr(*f)),
        Constant::Imag(f) => {
            out.push_str(&mprt_format::float_repr_no_dot0(*f));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => {
            out.push_str("b'");
            for &x in b {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => out.push_str(&format!("\\x{:02x}", x)),
                }
            }
            out.push('\'');
        }
        Constant::Ellipsis => out.push_str("..."),
    }
}

fn binop(op: BinOp) -> (&'static str, Prec) {
    match op {
        BinOp::Add => ("+", Prec::Arith),
        BinOp::Sub => ("-", Prec::Arith),
        BinOp::Mult => ("*", Prec::Term),
        BinOp::MatMult => ("@", Prec::Term),
        BinOp::Div => ("/", Prec::Term),
        BinOp::Mod => ("%", Prec::Term),
        BinOp::FloorDiv => ("//", Prec::Term),
        BinOp::Pow => ("**", Prec::Power),
        BinOp::LShift => ("<<", Prec::Shift),
        BinOp::RShift => (">>", Prec::Shift),
        BinOp::BitOr => ("|", Prec::BOr),
        BinOp::BitXor => ("^", Prec::BXor),
        BinOp::BitAnd => ("&", Prec::BAnd),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn expr(out: &mut String, e: &Expr, ctx: Prec) {
    match &e.kind {
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, Prec::Atom);
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    for (i, x) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        expr(out, x, Prec::Test);
                    }
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, Prec::Tuple),
            }
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            paren(out, ctx > Prec::Tuple || items.len() < 2, |out| {
                list(out, items);
                if items.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::List(items) => {
            out.push('[');
            list(out, items);
            out.push(']');
        }
        ExprKind::Set(items) => {
            out.push('{');
            list(out, items);
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, p) = binop(*op);
            paren(out, ctx > p, |out| {
                // `**` is right-associative, the others left-associative.
                let (lp, rp) = if p == Prec::Power {
                    (Prec::Await, Prec::Power)
                } else {
                    (p, next(p))
                };
                expr(out, left, lp);
                out.push(' ');
                out.push_str(sym);
                out.push(' ');
                expr(out, right, rp);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, p) = match op {
                UnaryOp::Not => ("not ", Prec::Not),
                UnaryOp::Invert => ("~", Prec::Factor),
                UnaryOp::UAdd => ("+", Prec::Factor),
                UnaryOp::USub => ("-", Prec::Factor),
            };
            paren(out, ctx > p, |out| {
                out.push_str(sym);
                expr(out, operand, p);
            });
        }
        ExprKind::BoolOp { op, values } => {
            let (sym, p) = match op {
                BoolOp::And => (" and ", Prec::And),
                BoolOp::Or => (" or ", Prec::Or),
            };
            paren(out, ctx > p, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(sym);
                    }
                    expr(out, v, next(p));
                }
            });
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, ctx > Prec::Cmp, |out| {
            expr(out, left, next(Prec::Cmp));
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                expr(out, c, next(Prec::Cmp));
            }
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, ctx > Prec::Test, |out| {
            expr(out, body, next(Prec::Test));
            out.push_str(" if ");
            expr(out, test, next(Prec::Test));
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, Prec::Atom);
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, Prec::Test);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, Prec::BOr);
        }
        ExprKind::Await(v) => paren(out, ctx > Prec::Await, |out| {
            out.push_str("await ");
            expr(out, v, Prec::Atom);
        }),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
        ExprKind::NamedExpr { target, value } => paren(out, ctx > Prec::Tuple, |out| {
            expr(out, target, Prec::Atom);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
        }),
        // Rare in annotations: a readable approximation.
        ExprKind::Lambda { .. } => out.push_str("(lambda ...)"),
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => out.push_str("f''"),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => out.push_str("(yield)"),
        ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. } => out.push_str("(...)"),
    }
}

/// The next stronger precedence (for the operands of left-associative operators).
fn next(p: Prec) -> Prec {
    const ORDER: [Prec; 17] = [
        Prec::Tuple,
        Prec::Yield,
        Prec::Test,
        Prec::Or,
        Prec::And,
        Prec::Not,
        Prec::Cmp,
        Prec::BOr,
        Prec::BXor,
        Prec::BAnd,
        Prec::Shift,
        Prec::Arith,
        Prec::Term,
        Prec::Factor,
        Prec::Power,
        Prec::Await,
        Prec::Atom,
    ];
    let i = ORDER.iter().position(|x| *x == p).unwrap_or(0);
    ORDER[(i + 1).min(ORDER.len() - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(src: &str) -> String {
        let m =
            mprt_syntax::parse(&format!("x: {}\n", src), mprt_syntax::Mode::Exec).expect("parses");
        match &m.body[0].kind {
            StmtKind::AnnAssign { annotation, .. } => unparse(annotation),
            _ => panic!("not an annotation"),
        }
    }

    #[test]
    fn common_annotation_forms() {
        for (src, want) in [
            ("int", "int"),
            ("Dict[str,  int]", "Dict[str, int]"),
            ("int|None", "int | None"),
            ("'Foo'", "'Foo'"),
            ("typing.List[int]", "typing.List[int]"),
            ("Callable[[int, str], bool]", "Callable[[int, str], bool]"),
            ("tuple[int, ...]", "tuple[int, ...]"),
            ("(a + b) * c", "(a + b) * c"),
            ("a - (b - c)", "a - (b - c)"),
            ("-x ** 2", "-x ** 2"),
            ("(-x) ** 2", "(-x) ** 2"),
            ("f(a, *b, k=1, **d)", "f(a, *b, k=1, **d)"),
            ("x[1:2, ::3]", "x[1:2, ::3]"),
            ("(int, str)", "(int, str)"),
            ("1.5", "1.5"),
            ("b'\\x00a'", "b'\\x00a'"),
            ("a if b else c", "a if b else c"),
            ("not a and b", "not a and b"),
        ] {
            assert_eq!(ann(src), want, "{}", src);
        }
    }
}
