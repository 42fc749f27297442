//! Frames: the execution state of one code object activation.
//!
//! The frame currently executing is owned by the dispatch loop as a local
//! `Box<Frame>`; its callers wait in [`Vm::frames`](super::Vm). A generator's
//! frame lives in the generator object while suspended.

use crate::object::Code;
use crate::value::{Ref, Value};
use alloc::rc::Rc;
use alloc::vec::Vec;

/// A block-stack entry (see the bytecode module docs).
#[derive(Clone, Copy, Debug)]
pub enum Block {
    /// `SetupExcept`: handler target and value-stack depth at setup.
    Setup {
        /// Handler op index.
        handler: u32,
        /// Value-stack depth to restore.
        depth: u32,
    },
    /// An active except handler: value-stack depth and the handled-exception
    /// stack depth (relative to the frame's base) to restore when it ends.
    Handler {
        /// Value-stack depth.
        depth: u32,
        /// Handled-exception stack depth relative to the frame's `exc_base`.
        exc_depth: u32,
    },
}

/// What the caller does with a frame's return value.
#[derive(Clone)]
pub enum OnReturn {
    /// Push it on the caller's stack.
    Push,
    /// An `__init__` call: the result must be None; push this instance instead.
    Init(Value),
}

/// One activation.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Index of the next op.
    pub pc: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Fast locals (None = unbound).
    pub locals: Vec<Option<Value>>,
    /// Cells: cellvars then freevars.
    pub cells: Vec<Ref>,
    /// The block stack.
    pub blocks: Vec<Block>,
    /// The globals dict object.
    pub globals: Ref,
    /// The locals mapping for module/class/exec code (`LoadName`/`StoreName`).
    pub locals_dict: Option<Value>,
    /// What to do with the return value.
    pub on_return: OnReturn,
    /// True for the first frame of a nested dispatch loop (it returns to Rust).
    pub is_base: bool,
    /// Handled exceptions saved while a generator is suspended.
    pub saved_exc: Vec<Value>,
    /// The handled-exception stack length when this frame (re)started.
    pub exc_base: usize,
    /// The function object being run (for zero-argument `super()`).
    pub func: Option<Ref>,
}

impl Frame {
    /// Visit every value the frame holds (for the cycle collector).
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.stack.iter().for_each(|v| visit(v));
        self.locals.iter().flatten().for_each(|v| visit(v));
        self.cells
            .iter()
            .for_each(|c| visit(&Value::Obj(c.clone())));
        visit(&Value::Obj(self.globals.clone()));
        if let Some(l) = &self.locals_dict {
            visit(l);
        }
        if let OnReturn::Init(v) = &self.on_return {
            visit(v);
        }
        self.saved_exc.iter().for_each(|v| visit(v));
        if let Some(f) = &self.func {
            visit(&Value::Obj(f.clone()));
        }
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.code.code.line_of(self.pc.saturating_sub(1))
    }
}
