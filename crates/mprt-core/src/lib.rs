#![no_std]
//! The MicroPythonRT VM core.
extern crate alloc;
