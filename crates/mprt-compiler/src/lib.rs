//! Compiler of MicroPythonRT: AST to bytecode.
//!
//! `no_std + alloc`. The bytecode format ([`bytecode`]) is the contract between
//! this crate and the VM in `mprt-core`. [`compile`] runs scope analysis
//! ([`scope`]) and code generation (`compile.rs`, `compile_expr.rs`,
//! `compile_match.rs`);
//! [`disassemble`] renders a code object for debugging.
//!
//! REPL note: in [`Mode::Single`], top-level `await`, `async for`, `async with`
//! and asynchronous comprehensions are accepted; the module code object then
//! carries the `COROUTINE` flag and the REPL must run it as a coroutine.
#![no_std]
#![warn(missing_docs)]
extern crate alloc;

pub mod bytecode;
mod compile;
mod compile_expr;
mod compile_match;
mod disasm;
pub mod scope;
mod unparse;

use alloc::string::ToString;
use alloc::vec::Vec;
use bytecode::CodeObject;
use mprt_syntax::ast;
pub use mprt_syntax::{Mode, SyntaxError, SyntaxErrorKind};

pub use disasm::disassemble;

/// Compile a parsed module to its top-level code object.
///
/// `Mode::Exec` produces module code ending in `LoadConst None; ReturnValue`;
/// `Mode::Eval` expects a single expression statement and returns its value;
/// `Mode::Single` is like `Exec` but prints the value of every expression
/// statement (`PrintExpr`). Errors are CPython-worded `SyntaxError`s with the
/// line and 1-based column of the offending node.
pub fn compile(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<CodeObject, SyntaxError> {
    let table = scope::build(module, mode)?;
    let mut c = compile::Compiler {
        table,
        units: Vec::new(),
        filename: filename.to_string(),
        mode,
        depth: 0,
        mp_consts: Vec::new(),
        future_annotations: future_annotations(module),
    };
    c.compile_module(module)
}

/// Does the module start with `from __future__ import annotations` (PEP 563:
/// annotations are kept as strings)?
fn future_annotations(module: &mprt_syntax::ast::Module) -> bool {
    use mprt_syntax::ast::{ExprKind, StmtKind};
    let mut body = &module.body[..];
    if let Some(first) = body.first() {
        if let StmtKind::Expr(e) = &first.kind {
            if matches!(
                e.kind,
                ExprKind::Constant(mprt_syntax::ast::Constant::Str(_))
            ) {
                body = &body[1..];
            }
        }
    }
    for s in body {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}
