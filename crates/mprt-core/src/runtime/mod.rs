//! Runtime protocols shared by the dispatch loop and the natives.
pub mod attr;
pub mod format;
pub mod import;
pub mod items;
pub mod num;
pub mod ops;
pub mod repr;
