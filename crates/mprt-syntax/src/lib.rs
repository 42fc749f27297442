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

mod expr;
mod fstring;
mod lexer;
mod literals;
mod parser;
mod pattern;
mod targets;
#[cfg(test)]
mod tests;

/// Parse `source` in `mode` into a module.
///
/// In [`Mode::Single`], input that is unfinished (open bracket, open
/// triple-quoted string, trailing backslash, block header without a body, a
/// decorator without its definition, or a compound statement not yet ended
/// by an empty line, i.e. the source does not end with `\n` plus optional
/// blanks) yields a [`SyntaxError`] of kind [`SyntaxErrorKind::Incomplete`];
/// in the other modes the same input gives the ordinary CPython error.
pub fn parse(source: &str, mode: Mode) -> Result<ast::Module, SyntaxError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let single = mode == Mode::Single;
    let toks = lexer::Lexer::tokenize(source, single);
    let mut p = parser::Parser::new(source, toks, single);
    let result = match mode {
        Mode::Eval => p.eval(),
        _ => p.file(),
    };
    let body = match result {
        Ok(b) => b,
        Err(e) => {
            // Like CPython, a later tokenizer error (other than an unclosed
            // bracket) takes precedence over a parser error.
            if let Some(lexer::Token {
                t: lexer::T::Error(le),
                ..
            }) = p.toks.last()
            {
                // CPython's tokenizer reports these through its state rather
                // than an exception, so the parser's error stands.
                let deferred = le.msg.ends_with("was never closed")
                    || le.msg == "incomplete input"
                    || le.msg == "unexpected EOF while parsing"
                    || le.msg == "unexpected character after line continuation character"
                    || le.msg == "too many levels of indentation"
                    || matches!(le.kind, SyntaxErrorKind::Indentation | SyntaxErrorKind::Tab);
                if !deferred && e.msg != "unexpected indent" {
                    return Err((**le).clone());
                }
                // A bracket left open on an earlier line than the error is blamed.
                let stop_line = p.toks.get(p.pos).map_or(e.line, |t| t.line);
                if le.msg.ends_with("was never closed") && le.line < stop_line.max(e.line) {
                    return Err(SyntaxError {
                        kind: SyntaxErrorKind::Syntax,
                        ..(**le).clone()
                    });
                }
            }
            // Interactive input that stops where more is required (`try:` without
            // handlers, `@dec`, ...) is unfinished, as for CPython's codeop.
            if single && matches!(p.toks.get(p.pos).map(|t| &t.t), Some(lexer::T::Eof)) {
                return Err(SyntaxError {
                    kind: SyntaxErrorKind::Incomplete,
                    ..e
                });
            }
            return Err(e);
        }
    };
    if single {
        // Like the CPython REPL, a compound statement is only complete once
        // an empty line follows it.
        let compound = body.last().is_some_and(|s| {
            use ast::StmtKind::*;
            matches!(
                s.kind,
                FunctionDef(_)
                    | ClassDef(_)
                    | For { .. }
                    | While { .. }
                    | If { .. }
                    | With { .. }
                    | Match { .. }
                    | Try { .. }
            )
        });
        let last_line = source.rsplit('\n').next().unwrap_or("");
        if compound && (!last_line.is_empty() || !source.contains('\n')) {
            let line = source.lines().count().max(1) as u32;
            return Err(SyntaxError {
                kind: SyntaxErrorKind::Incomplete,
                msg: String::from("incomplete input"),
                line,
                col: 0,
            });
        }
    }
    Ok(ast::Module { body })
}

impl core::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{} (line {}, column {})", self.msg, self.line, self.col)
    }
}
