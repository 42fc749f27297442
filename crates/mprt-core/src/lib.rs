//! The MicroPythonRT virtual machine core.
//!
//! `#![no_std]` + `alloc`: the object model ([`object`], [`value`]), the
//! memory manager ([`gc`]), the dispatch loop ([`vm`]), the runtime protocols
//! ([`runtime`]), the built-in types ([`types`]), `builtins` ([`builtins`])
//! and the core modules ([`modules`]). The OS is reached only through
//! [`port::Port`].
#![no_std]
#![allow(clippy::too_many_arguments, clippy::type_complexity)]
extern crate alloc;

pub mod builtins;
pub mod dict;
pub mod fmath;
pub mod frozen;
pub mod gc;
pub mod modules;
pub mod object;
pub mod port;
pub mod runtime;
pub mod str;
pub mod types;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::Vm;

/// A Python-level result: the error is the exception instance.
pub type PyResult<T> = Result<T, Value>;
