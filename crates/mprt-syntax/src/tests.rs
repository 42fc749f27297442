//! Unit tests for the lexer and parser plus a small deterministic fuzzer.
//! ASTs are compared through a compact textual dump.

extern crate std;

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use std::println;

use crate::ast::*;
use crate::{parse, Mode, SyntaxError, SyntaxErrorKind};

fn d_opt(e: &Option<Expr>) -> String {
    match e {
        Some(e) => d(e),
        None => "-".to_string(),
    }
}

fn d_optb(e: &Option<alloc::boxed::Box<Expr>>) -> String {
    match e {
        Some(e) => d(e),
        None => "-".to_string(),
    }
}

fn d_list(v: &[Expr]) -> String {
    v.iter().map(d).collect::<Vec<_>>().join(", ")
}

fn d_comps(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let mut s = format!(
                "{}for {} in {}",
                if c.is_async { "async " } else { "" },
                d(&c.target),
                d(&c.iter)
            );
            for i in &c.ifs {
                s.push_str(&format!(" if {}", d(i)));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn d_args(a: &Arguments) -> String {
    let arg = |x: &Arg| match &x.annotation {
        Some(an) => format!("{}:{}", x.name, d(an)),
        None => x.name.clone(),
    };
    let mut parts = Vec::new();
    for x in &a.posonlyargs {
        parts.push(arg(x));
    }
    if !a.posonlyargs.is_empty() {
        parts.push("/".to_string());
    }
    for x in &a.args {
        parts.push(arg(x));
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", arg(v)));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".to_string());
    }
    for (x, dflt) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        parts.push(format!("{}={}", arg(x), d_opt(dflt)));
    }
    if let Some(v) = &a.kwarg {
        parts.push(format!("**{}", arg(v)));
    }
    format!("({}; defaults=[{}])", parts.join(", "), d_list(&a.defaults))
}

fn d_kw(k: &[Keyword]) -> String {
    k.iter()
        .map(|k| format!("{}={}", k.arg.as_deref().unwrap_or("**"), d(&k.value)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Compact dump of an expression.
pub(crate) fn d(e: &Expr) -> String {
    match &e.kind {
        ExprKind::BoolOp { op, values } => format!("{:?}({})", op, d_list(values)),
        ExprKind::NamedExpr { target, value } => format!("({} := {})", d(target), d(value)),
        ExprKind::BinOp { left, op, right } => format!("{:?}({}, {})", op, d(left), d(right)),
        ExprKind::UnaryOp { op, operand } => format!("{:?}({})", op, d(operand)),
        ExprKind::Lambda { args, body } => format!("Lambda{}: {}", d_args(args), d(body)),
        ExprKind::IfExp { test, body, orelse } => {
            format!("IfExp({}, {}, {})", d(test), d(body), d(orelse))
        }
        ExprKind::Dict { keys, values } => format!(
            "{{{}}}",
            keys.iter()
                .zip(values)
                .map(|(k, v)| format!("{}: {}", d_opt(k), d(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Set(v) => format!("Set({})", d_list(v)),
        ExprKind::ListComp { elt, generators } => {
            format!("ListComp({} {})", d(elt), d_comps(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("SetComp({} {})", d(elt), d_comps(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            format!("DictComp({}: {} {})", d(key), d(value), d_comps(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("Gen({} {})", d(elt), d_comps(generators))
        }
        ExprKind::Await(v) => format!("Await({})", d(v)),
        ExprKind::Yield(v) => format!("Yield({})", d_optb(v)),
        ExprKind::YieldFrom(v) => format!("YieldFrom({})", d(v)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("Cmp({}", d(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {:?} {}", o, d(c)));
            }
            s.push(')');
            s
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            if keywords.is_empty() {
                format!("{}({})", d(func), d_list(args))
            } else {
                format!("{}({}; {})", d(func), d_list(args), d_kw(keywords))
            }
        }
        ExprKind::JoinedStr(v) => format!("F[{}]", d_list(v)),
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => format!(
            "FV({}{}{})",
            d(value),
            conversion.map(|c| format!("!{}", c)).unwrap_or_default(),
            format_spec
                .as_ref()
                .map(|s| format!(":{}", d(s)))
                .unwrap_or_default()
        ),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".to_string(),
            Constant::Bool(b) => format!("{}", if *b { "True" } else { "False" }),
            Constant::Int(i) => format!("{}", i),
            Constant::Float(f) => format!("{:?}", f),
            Constant::Imag(f) => format!("{:?}j", f),
            Constant::Str(s) => format!("{:?}", s),
            Constant::Bytes(b) => format!("b{:?}", b),
            Constant::Ellipsis => "...".to_string(),
        },
        ExprKind::Attribute { value, attr } => format!("{}.{}", d(value), attr),
        ExprKind::Subscript { value, slice } => format!("{}[{}]", d(value), d(slice)),
        ExprKind::Starred(v) => format!("*{}", d(v)),
        ExprKind::Name(n) => n.clone(),
        ExprKind::List(v) => format!("[{}]", d_list(v)),
        ExprKind::Tuple(v) => format!("Tuple({})", d_list(v)),
        ExprKind::Slice { lower, upper, step } => {
            format!("{}:{}:{}", d_optb(lower), d_optb(upper), d_optb(step))
        }
    }
}

fn d_body(b: &[Stmt]) -> String {
    b.iter().map(ds).collect::<Vec<_>>().join("; ")
}

fn d_pat(p: &Pattern) -> String {
    match p {
        Pattern::Value(e) => format!("V({})", d(e)),
        Pattern::Singleton(c) => format!("S({:?})", c),
        Pattern::Sequence(v) => format!(
            "Seq[{}]",
            v.iter().map(d_pat).collect::<Vec<_>>().join(", ")
        ),
        Pattern::Mapping {
            keys,
            patterns,
            rest,
        } => format!(
            "Map{{{}{}}}",
            keys.iter()
                .zip(patterns)
                .map(|(k, p)| format!("{}: {}, ", d(k), d_pat(p)))
                .collect::<String>(),
            rest.as_ref()
                .map(|r| format!("**{}", r))
                .unwrap_or_default()
        ),
        Pattern::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => format!(
            "Cls {}({}; {})",
            d(cls),
            patterns.iter().map(d_pat).collect::<Vec<_>>().join(", "),
            kwd_attrs
                .iter()
                .zip(kwd_patterns)
                .map(|(a, p)| format!("{}={}", a, d_pat(p)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Pattern::Star(n) => format!("*{}", n.as_deref().unwrap_or("_")),
        Pattern::As { pattern, name } => match (pattern, name) {
            (None, None) => "_".to_string(),
            (None, Some(n)) => format!("Cap({})", n),
            (Some(p), n) => format!("As({}, {})", d_pat(p), n.as_deref().unwrap_or("_")),
        },
        Pattern::Or(v) => format!(
            "Or({})",
            v.iter().map(d_pat).collect::<Vec<_>>().join(" | ")
        ),
    }
}

/// Compact dump of a statement.
pub(crate) fn ds(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::FunctionDef(f) => format!(
            "{}{}def {}{}{}: {{{}}}",
            f.decorators
                .iter()
                .map(|x| format!("@{} ", d(x)))
                .collect::<String>(),
            if f.is_async { "async " } else { "" },
            f.name,
            d_args(&f.args),
            f.returns
                .as_ref()
                .map(|r| format!(" -> {}", d(r)))
                .unwrap_or_default(),
            d_body(&f.body)
        ),
        StmtKind::ClassDef(c) => format!(
            "{}class {}({}; {}): {{{}}}",
            c.decorators
                .iter()
                .map(|x| format!("@{} ", d(x)))
                .collect::<String>(),
            c.name,
            d_list(&c.bases),
            d_kw(&c.keywords),
            d_body(&c.body)
        ),
        StmtKind::Return(v) => format!("return {}", d_opt(v)),
        StmtKind::Delete(v) => format!("del {}", d_list(v)),
        StmtKind::Assign { targets, value } => format!("{} = {}", d_list(targets), d(value)),
        StmtKind::AugAssign { target, op, value } => {
            format!("{} {:?}= {}", d(target), op, d(value))
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            format!(
                "{}: {} = {} simple={}",
                d(target),
                d(annotation),
                d_opt(value),
                simple
            )
        }
        StmtKind::For {
            is_async,
            target,
            iter,
            body,
            orelse,
        } => format!(
            "{}for {} in {}: {{{}}} else {{{}}}",
            if *is_async { "async " } else { "" },
            d(target),
            d(iter),
            d_body(body),
            d_body(orelse)
        ),
        StmtKind::While { test, body, orelse } => {
            format!(
                "while {}: {{{}}} else {{{}}}",
                d(test),
                d_body(body),
                d_body(orelse)
            )
        }
        StmtKind::If { test, body, orelse } => format!(
            "if {}: {{{}}} else {{{}}}",
            d(test),
            d_body(body),
            d_body(orelse)
        ),
        StmtKind::With {
            is_async,
            items,
            body,
        } => format!(
            "{}with {}: {{{}}}",
            if *is_async { "async " } else { "" },
            items
                .iter()
                .map(|i| format!("{} as {}", d(&i.context_expr), d_opt(&i.optional_vars)))
                .collect::<Vec<_>>()
                .join(", "),
            d_body(body)
        ),
        StmtKind::Match { subject, cases } => format!(
            "match {}: {}",
            d(subject),
            cases
                .iter()
                .map(|c| format!(
                    "case {}{}: {{{}}}",
                    d_pat(&c.pattern),
                    c.guard
                        .as_ref()
                        .map(|g| format!(" if {}", d(g)))
                        .unwrap_or_default(),
                    d_body(&c.body)
                ))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::Raise { exc, cause } => format!("raise {} from {}", d_opt(exc), d_opt(cause)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => format!(
            "try {{{}}} {} else {{{}}} finally {{{}}}",
            d_body(body),
            handlers
                .iter()
                .map(|h| format!(
                    "except {} as {}: {{{}}}",
                    d_opt(&h.typ),
                    h.name.as_deref().unwrap_or("-"),
                    d_body(&h.body)
                ))
                .collect::<Vec<_>>()
                .join(" "),
            d_body(orelse),
            d_body(finalbody)
        ),
        StmtKind::Assert { test, msg } => format!("assert {}, {}", d(test), d_opt(msg)),
        StmtKind::Import(v) => format!(
            "import {}",
            v.iter()
                .map(|a| format!("{} as {}", a.name, a.asname.as_deref().unwrap_or("-")))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => format!(
            "from {}{} import {}",
            ".".repeat(*level as usize),
            module.as_deref().unwrap_or(""),
            names
                .iter()
                .map(|a| format!("{} as {}", a.name, a.asname.as_deref().unwrap_or("-")))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        StmtKind::Global(v) => format!("global {}", v.join(", ")),
        StmtKind::Nonlocal(v) => format!("nonlocal {}", v.join(", ")),
        StmtKind::Expr(e) => d(e),
        StmtKind::Pass => "pass".to_string(),
        StmtKind::Break => "break".to_string(),
        StmtKind::Continue => "continue".to_string(),
    }
}

fn p(src: &str) -> String {
    match parse(src, Mode::Exec) {
        Ok(m) => d_body(&m.body),
        Err(e) => panic!("parse error for {:?}: {:?}", src, e),
    }
}

fn ev(src: &str) -> String {
    match parse(src, Mode::Eval) {
        Ok(m) => d_body(&m.body),
        Err(e) => panic!("parse error for {:?}: {:?}", src, e),
    }
}

fn e(src: &str) -> SyntaxError {
    match parse(src, Mode::Exec) {
        Ok(m) => panic!("expected error for {:?}, got {}", src, d_body(&m.body)),
        Err(e) => e,
    }
}

fn em(src: &str) -> String {
    e(src).msg
}

fn single(src: &str) -> Result<String, SyntaxError> {
    parse(src, Mode::Single).map(|m| d_body(&m.body))
}

fn incomplete(src: &str) -> bool {
    matches!(
        single(src),
        Err(SyntaxError {
            kind: SyntaxErrorKind::Incomplete,
            ..
        })
    )
}

#[test]
fn smoke() {
    assert_eq!(p("x = 1\n"), "x = 1");
    assert_eq!(p("x = 1"), "x = 1");
    assert_eq!(p(""), "");
    assert_eq!(p("\n\n# c\n"), "");
}
