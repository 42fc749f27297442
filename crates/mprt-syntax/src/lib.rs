//! Front end of MicroPythonRT: source text to AST.
//!
//! `no_std + alloc`. [`parse`] turns a whole source text into an [`ast::Module`]
//! or a [`SyntaxError`] carrying the line and column of the offending token.
#![no_std]
extern crate alloc;

pub mod ast;

use alloc::string::String;

/// What kind of input is being parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec()` string: any statements.
    Exec,
    /// `eval()`: a single expression (the module body is one `Expr` statement).
    Eval,
    /// One interactive (REPL) input: statements whose expression values get printed.
    Single,
}

/// The class of a syntax error, mirroring CPython's exception types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    Syntax,
    /// `IndentationError` (unexpected/expected indent, unindent mismatch).
    Indentation,
    /// `TabError` (inconsistent tabs and spaces).
    Tab,
    /// The input ended inside an open bracket, string, or block header: the
    /// REPL reads a continuation line instead of reporting it.
    Incomplete,
}

/// A syntax error with its position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Which exception type to raise.
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. `invalid syntax` or `unterminated string literal (detected at line 3)`.
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column (CPython's `offset`), 0 if unknown.
    pub col: u32,
}
