//! Compiler of MicroPythonRT: AST to bytecode.
//!
//! `no_std + alloc`. The bytecode format ([`bytecode`]) is the contract between
//! this crate and the VM in `mprt-core`.
#![no_std]
extern crate alloc;

pub mod bytecode;
