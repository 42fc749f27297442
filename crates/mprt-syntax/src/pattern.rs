//! `match` statement parsing and patterns.

use crate::ast::*;
use crate::parser::{PResult, Parser};

impl Parser<'_> {
    /// True if a statement starting with the name `match` is a match statement.
    pub(crate) fn looks_like_match(&self) -> bool {
        false
    }

    /// `match subject: case ...`.
    pub(crate) fn match_stmt(&mut self) -> PResult<Stmt> {
        Err(self.invalid())
    }
}
