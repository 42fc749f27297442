//! Hand-written AST construction helpers for the compiler tests (used until
//! and besides the parser): every node gets line `L` set via `at`.
#![allow(dead_code)]

use mprt_compiler::bytecode::{CodeObject, Const, Op};
use mprt_compiler::{compile, Mode, SyntaxError};
use mprt_syntax::ast::*;
use num_bigint::BigInt;

pub fn loc(line: u32) -> Loc {
    Loc { line, col: 0 }
}
pub fn e(kind: ExprKind) -> Expr {
    Expr { loc: loc(1), kind }
}
pub fn el(line: u32, kind: ExprKind) -> Expr {
    Expr {
        loc: loc(line),
        kind,
    }
}
pub fn s(kind: StmtKind) -> Stmt {
    Stmt { loc: loc(1), kind }
}
pub fn sl(line: u32, kind: StmtKind) -> Stmt {
    Stmt {
        loc: loc(line),
        kind,
    }
}
pub fn name(n: &str) -> Expr {
    e(ExprKind::Name(n.into()))
}
pub fn int(i: i64) -> Expr {
    e(ExprKind::Constant(Constant::Int(BigInt::from(i))))
}
pub fn st(x: &str) -> Expr {
    e(ExprKind::Constant(Constant::Str(x.into())))
}
pub fn none() -> Expr {
    e(ExprKind::Constant(Constant::None))
}
pub fn tuple(v: Vec<Expr>) -> Expr {
    e(ExprKind::Tuple(v))
}
pub fn list(v: Vec<Expr>) -> Expr {
    e(ExprKind::List(v))
}
pub fn starred(x: Expr) -> Expr {
    e(ExprKind::Starred(Box::new(x)))
}
pub fn attr(v: Expr, a: &str) -> Expr {
    e(ExprKind::Attribute {
        value: Box::new(v),
        attr: a.into(),
    })
}
pub fn sub(v: Expr, i: Expr) -> Expr {
    e(ExprKind::Subscript {
        value: Box::new(v),
        slice: Box::new(i),
    })
}
pub fn binop(l: Expr, op: BinOp, r: Expr) -> Expr {
    e(ExprKind::BinOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    })
}
pub fn call(f: Expr, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords: vec![],
    })
}
pub fn kw(n: Option<&str>, v: Expr) -> Keyword {
    Keyword {
        arg: n.map(|x| x.into()),
        value: v,
        loc: loc(1),
    }
}
pub fn callkw(f: Expr, args: Vec<Expr>, keywords: Vec<Keyword>) -> Expr {
    e(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords,
    })
}
pub fn cmp(l: Expr, ops: Vec<CmpOp>, cs: Vec<Expr>) -> Expr {
    e(ExprKind::Compare {
        left: Box::new(l),
        ops,
        comparators: cs,
    })
}
pub fn lambda(args: Arguments, body: Expr) -> Expr {
    e(ExprKind::Lambda {
        args: Box::new(args),
        body: Box::new(body),
    })
}
pub fn gen(target: Expr, iter: Expr) -> Comprehension {
    Comprehension {
        target,
        iter,
        ifs: vec![],
        is_async: false,
    }
}
pub fn listcomp(elt: Expr, g: Vec<Comprehension>) -> Expr {
    e(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: g,
    })
}
pub fn genexp(elt: Expr, g: Vec<Comprehension>) -> Expr {
    e(ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators: g,
    })
}
pub fn yield_(v: Option<Expr>) -> Expr {
    e(ExprKind::Yield(v.map(Box::new)))
}
pub fn await_(v: Expr) -> Expr {
    e(ExprKind::Await(Box::new(v)))
}
pub fn walrus(n: &str, v: Expr) -> Expr {
    e(ExprKind::NamedExpr {
        target: Box::new(name(n)),
        value: Box::new(v),
    })
}
pub fn expr_stmt(x: Expr) -> Stmt {
    s(StmtKind::Expr(x))
}
pub fn assign(t: Expr, v: Expr) -> Stmt {
    s(StmtKind::Assign {
        targets: vec![t],
        value: v,
    })
}
pub fn ret(v: Option<Expr>) -> Stmt {
    s(StmtKind::Return(v))
}
pub fn arg(n: &str) -> Arg {
    Arg {
        name: n.into(),
        annotation: None,
        loc: loc(1),
    }
}
pub fn args(names: &[&str]) -> Arguments {
    Arguments {
        args: names.iter().map(|n| arg(n)).collect(),
        ..Default::default()
    }
}
pub fn def(n: &str, a: Arguments, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: n.into(),
        args: a,
        body,
        decorators: vec![],
        returns: None,
        is_async: false,
    })))
}
pub fn async_def(n: &str, a: Arguments, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: n.into(),
        args: a,
        body,
        decorators: vec![],
        returns: None,
        is_async: true,
    })))
}
pub fn class(n: &str, bases: Vec<Expr>, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::ClassDef(Box::new(ClassDef {
        name: n.into(),
        bases,
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}
pub fn for_(t: Expr, it: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    s(StmtKind::For {
        is_async: false,
        target: t,
        iter: it,
        body,
        orelse,
    })
}
pub fn while_(t: Expr, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::While {
        test: t,
        body,
        orelse: vec![],
    })
}
pub fn try_(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    fin: Vec<Stmt>,
) -> Stmt {
    s(StmtKind::Try {
        body,
        handlers,
        orelse,
        finalbody: fin,
    })
}
pub fn handler(t: Option<Expr>, n: Option<&str>, body: Vec<Stmt>) -> ExceptHandler {
    ExceptHandler {
        typ: t,
        name: n.map(|x| x.into()),
        body,
        loc: loc(1),
    }
}
pub fn with(items: Vec<(Expr, Option<Expr>)>, body: Vec<Stmt>) -> Stmt {
    s(StmtKind::With {
        is_async: false,
        items: items
            .into_iter()
            .map(|(c, v)| WithItem {
                context_expr: c,
                optional_vars: v,
            })
            .collect(),
        body,
    })
}
pub fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

pub fn exec(body: Vec<Stmt>) -> CodeObject {
    compile(&module(body), "<test>", Mode::Exec).unwrap_or_else(|e| panic!("compile error {:?}", e))
}
pub fn exec_err(body: Vec<Stmt>) -> SyntaxError {
    match compile(&module(body), "<test>", Mode::Exec) {
        Ok(c) => panic!("expected error, got\n{}", mprt_compiler::disassemble(&c)),
        Err(e) => e,
    }
}
/// The first nested code object named `n` (depth-first).
pub fn find_code<'a>(c: &'a CodeObject, n: &str) -> &'a CodeObject {
    fn go<'a>(c: &'a CodeObject, n: &str) -> Option<&'a CodeObject> {
        if c.name == n {
            return Some(c);
        }
        c.consts.iter().find_map(|k| {
            if let Const::Code(x) = k {
                go(x, n)
            } else {
                None
            }
        })
    }
    go(c, n).unwrap_or_else(|| panic!("no code {}", n))
}
/// Whether `ops` occur in `c.code` as a contiguous run (comparing with `==`).
pub fn has_seq(c: &CodeObject, ops: &[Op]) -> bool {
    c.code.windows(ops.len()).any(|w| w == ops)
}
/// Op names (Debug without operand) for structural comparison.
pub fn op_names(c: &CodeObject) -> Vec<String> {
    c.code
        .iter()
        .map(|o| format!("{:?}", o).split('(').next().unwrap().to_string())
        .collect()
}
pub fn has_names(c: &CodeObject, names: &[&str]) -> bool {
    let v = op_names(c);
    v.windows(names.len())
        .any(|w| w.iter().zip(names).all(|(a, b)| a == b))
}
/// A lightweight stack-depth checker: simulate all paths and ensure the
/// depth never goes negative and is consistent at merge points.
pub fn check_stack(c: &CodeObject) {
    use std::collections::HashMap;
    let mut seen: HashMap<usize, i64> = HashMap::new();
    let mut work = vec![(0usize, 0i64, Vec::<(usize, i64)>::new())];
    while let Some((mut pc, mut d, mut blocks)) = work.pop() {
        loop {
            if let Some(&prev) = seen.get(&pc) {
                assert_eq!(
                    prev,
                    d,
                    "inconsistent depth at {} in {}\n{}",
                    pc,
                    c.qualname,
                    mprt_compiler::disassemble(c)
                );
                break;
            }
            seen.insert(pc, d);
            let op = c.code[pc];
            let (eff, jump, jump_eff, falls): (i64, Option<u32>, i64, bool) = match op {
                Op::Nop => (0, None, 0, true),
                Op::PopTop => (-1, None, 0, true),
                Op::Copy(_) => (1, None, 0, true),
                Op::Swap(_) | Op::Rot(_) => (0, None, 0, true),
                Op::LoadConst(_)
                | Op::LoadFast(_)
                | Op::LoadDeref(_)
                | Op::LoadClosure(_)
                | Op::LoadClassDeref(_)
                | Op::LoadGlobal(_)
                | Op::LoadName(_)
                | Op::LoadBuildClass
                | Op::LoadAssertionError => (1, None, 0, true),
                Op::StoreFast(_) | Op::StoreDeref(_) | Op::StoreGlobal(_) | Op::StoreName(_) => {
                    (-1, None, 0, true)
                }
                Op::DeleteFast(_)
                | Op::DeleteDeref(_)
                | Op::DeleteGlobal(_)
                | Op::DeleteName(_) => (0, None, 0, true),
                Op::LoadAttr(_) => (0, None, 0, true),
                Op::StoreAttr(_) => (-2, None, 0, true),
                Op::DeleteAttr(_) => (-1, None, 0, true),
                Op::LoadMethod(_) => (1, None, 0, true),
                Op::BinarySubscr => (-1, None, 0, true),
                Op::StoreSubscr => (-3, None, 0, true),
                Op::DeleteSubscr => (-2, None, 0, true),
                Op::BinaryOp(_) | Op::CompareOp(_) | Op::IsOp(_) | Op::ContainsOp(_) => {
                    (-1, None, 0, true)
                }
                Op::UnaryOp(_) => (0, None, 0, true),
                Op::BuildTuple(n) | Op::BuildList(n) | Op::BuildSet(n) | Op::BuildString(n) => {
                    (1 - n as i64, None, 0, true)
                }
                Op::BuildMap(n) => (1 - 2 * n as i64, None, 0, true),
                Op::BuildSlice(n) => (1 - n as i64, None, 0, true),
                Op::ListToTuple => (0, None, 0, true),
                Op::ListAppend(_)
                | Op::SetAdd(_)
                | Op::ListExtend(_)
                | Op::SetUpdate(_)
                | Op::DictUpdate(_)
                | Op::DictMerge(_) => (-1, None, 0, true),
                Op::MapAdd(_) => (-2, None, 0, true),
                Op::FormatValue(f) => (if f & 4 != 0 { -1 } else { 0 }, None, 0, true),
                Op::Jump(t) => (0, Some(t), 0, false),
                Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => (-1, Some(t), -1, true),
                Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => (-1, Some(t), 0, true),
                Op::GetIter => (0, None, 0, true),
                Op::ForIter(t) => (1, Some(t), -1, true),
                Op::UnpackSequence(n) => (n as i64 - 1, None, 0, true),
                Op::UnpackEx(n) => ((n & 0xff) as i64 + (n >> 8) as i64, None, 0, true),
                Op::Call(n) => (-(n as i64), None, 0, true),
                Op::CallKw(n) => (-(n as i64) - 1, None, 0, true),
                Op::CallEx(k) => (-1 - k as i64, None, 0, true),
                Op::CallMethod(n) => (-(n as i64) - 1, None, 0, true),
                Op::MakeFunction(f) => (-(f.count_ones() as i64), None, 0, true),
                Op::ReturnValue => (-1, None, 0, false),
                Op::YieldValue => (0, None, 0, true),
                Op::YieldFrom => (-1, None, 0, true),
                Op::GetYieldFromIter | Op::GetAwaitable | Op::GetAIter => (0, None, 0, true),
                Op::GetANext => (1, None, 0, true),
                Op::EndAsyncFor => (-2, None, 0, true),
                Op::SetupExcept(_) => (0, None, 0, true),
                Op::PopBlock | Op::PopExcept => (0, None, 0, true),
                Op::Reraise => (-1, None, 0, false),
                Op::JumpIfNotExcMatch(t) => (-1, Some(t), -1, true),
                Op::RaiseVarargs(_) => (0, None, 0, false),
                Op::BeforeWith | Op::BeforeAsyncWith => (1, None, 0, true),
                Op::WithExceptStart => (1, None, 0, true),
                Op::ImportName(_) => (-1, None, 0, true),
                Op::ImportFrom(_) => (1, None, 0, true),
                Op::ImportStar => (-1, None, 0, true),
                Op::SetupAnnotations => (0, None, 0, true),
                Op::PrintExpr => (-1, None, 0, true),
                Op::GetLen | Op::MatchSequence | Op::MatchMapping | Op::MatchKeys => {
                    (1, None, 0, true)
                }
                Op::CopyDictWithoutKeys => (0, None, 0, true),
                Op::MatchClass(_) => (-2, None, 0, true),
            };
            if let Op::SetupExcept(h) = op {
                blocks.push((h as usize, d));
                // handler entry: depth d + exc
                work.push((h as usize, d + 1, blocks[..blocks.len() - 1].to_vec()));
            }
            if matches!(op, Op::PopBlock) {
                blocks.pop();
            }
            if let Some(t) = jump {
                let nd = d + jump_eff;
                assert!(nd >= 0, "negative depth at {} in {}", pc, c.qualname);
                work.push((t as usize, nd, blocks.clone()));
            }
            d += eff;
            assert!(
                d >= 0,
                "negative depth after {} ({:?}) in {}\n{}",
                pc,
                op,
                c.qualname,
                mprt_compiler::disassemble(c)
            );
            if !falls {
                break;
            }
            pc += 1;
            if pc >= c.code.len() {
                panic!("fell off the end of {}", c.qualname);
            }
        }
    }
    for k in &c.consts {
        if let Const::Code(x) = k {
            check_stack(x);
        }
    }
}
