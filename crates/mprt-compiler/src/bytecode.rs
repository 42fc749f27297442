//! The bytecode format: the contract between the compiler and the VM.
//!
//! A [`CodeObject`] holds a flat vector of [`Op`]s (8 bytes each: a one-byte
//! tag and a 32-bit operand), its constants, names and a line table. Jump
//! operands are absolute indices into `code`. The VM is a stack machine; each
//! op's doc comment gives its stack effect as `before -> after` (top of stack
//! rightmost).
//!
//! ## Exception handling (block stack)
//! Each frame has a block stack. `SetupExcept(h)` pushes a handler block that
//! records `h` and the current value-stack depth. When an exception propagates
//! inside the frame, the VM pops blocks until it finds a handler block (an
//! `ExceptHandler` block met on the way restores the previously handled
//! exception); then it truncates the value stack to the recorded depth, pushes
//! an `ExceptHandler` block (remembering the previously handled exception and
//! that depth), makes the exception the currently handled one
//! (`sys.exc_info()`, bare `raise`, implicit `__context__`), pushes the
//! exception object and jumps to `h`. A handler leaves with `PopExcept`
//! (normal completion) or by raising (`Reraise` or any error).
//!
//! `try/finally` uses the same op: the normal path is `PopBlock`, the finally
//! body inline, and the exceptional path is the finally body again followed by
//! `PopExcept`-free `Reraise` (the ExceptHandler block is unwound by the raise).
//! `return`/`break`/`continue` leaving a protected region are compiled as
//! `PopBlock` (for setup blocks) or `PopExcept` (for handler blocks) plus the
//! finally bodies / `__exit__` calls inline, then the jump or return.
//!
//! ## Calls
//! `Call(n)`: `f a1..an -> r`. `CallKw(n)`: `f a1..an kwnames -> r` where
//! `kwnames` is a tuple constant naming the last `len(kwnames)` arguments.
//! `CallEx(has_kw)`: `f args_tuple [kwargs_dict] -> r`.
//! `LoadMethod(name)`: `obj -> meth self` when `name` resolves to a plain
//! function on the type (no bound method is created), else `obj -> attr NULL`;
//! `CallMethod(n)`: `meth self_or_null a1..an -> r`.
//!
//! ## Functions, closures and classes
//! Locals live in fast slots (`varnames`, parameters first). Variables captured
//! by inner functions are cells: `cellvars` (created by this frame) followed by
//! `freevars` (received in the function's closure tuple) form one index space
//! used by the `*Deref`/`LoadClosure` ops. A parameter that is also a cell is
//! listed in `cell_params` and copied into its cell when the frame starts.
//! A class body is a function (flag `CLASS_BODY`) run by `__build_class__` with
//! a fresh namespace dict as its locals (`LoadName`/`StoreName`); if any method
//! uses `super()` or `__class__`, the body has a `__class__` cellvar and ends
//! with `LoadClosure(that cell); ReturnValue` so that `__build_class__` can fill
//! the cell with the new class. Otherwise it ends with `LoadConst None; ReturnValue`.
//! Comprehensions are nested functions taking the outermost iterator as their
//! single parameter `.0`.
//!
//! ## Code shapes produced by the compiler (clarifications)
//! - Comprehensions: the caller evaluates the outermost iterable, applies
//!   `GetIter` (or `GetAIter` when the first `for` is `async for`) and calls
//!   the comprehension function with `Call(1)`. A list/set/dict comprehension
//!   that contains `async for` or `await` has the `COROUTINE` flag and its
//!   caller awaits the result (`GetAwaitable; LoadConst None; YieldFrom`);
//!   such a generator expression has `ASYNC_GENERATOR` instead of `GENERATOR`.
//! - Classes: `LoadBuildClass; <body function>; LoadConst name; bases...;`
//!   then `Call(2 + n)`, `CallKw` (keywords such as `metaclass=` passed as
//!   ordinary keyword arguments) or `CallEx` whose positional tuple starts
//!   with the body function and the name.
//! - `with` (per item, nested for several items):
//!   `<mgr>; BeforeWith; <store target or PopTop>; SetupExcept(H); <body>;
//!   PopBlock; LoadConst None; Copy(1); Copy(1); Call(3); PopTop; Jump(END);
//!   H: WithExceptStart; PopJumpIfTrue(S); Reraise; S: PopTop; PopExcept;
//!   PopTop; END:`. At `H` the stack holds `exit exc`; the `Reraise` leaves
//!   `exit` behind for the unwinding to discard. `async with` uses
//!   `BeforeAsyncWith; GetAwaitable; LoadConst None; YieldFrom` for the enter
//!   call and awaits both exit calls the same way. (The `as` target is stored
//!   before the handler is set up, so a failing target store does not call
//!   `__exit__`.)
//! - `except E as name:` handler bodies run inside their own `SetupExcept`
//!   whose handler does `name = None; del name; Reraise`.
//! - Every `return`/`break`/`continue` leaves the value stack and block stack
//!   exactly as at the target (the for-iterators it leaves are popped, setup
//!   blocks get `PopBlock`, handler blocks `PopExcept`), so `ReturnValue`
//!   always runs with only the return value on the value stack and an empty
//!   block stack.

use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// Binary operator codes for [`Op::BinaryOp`]; add [`INPLACE`] for `op=`.
pub mod binop {
    /// `+`
    pub const ADD: u8 = 0;
    /// `-`
    pub const SUB: u8 = 1;
    /// `*`
    pub const MUL: u8 = 2;
    /// `@`
    pub const MATMUL: u8 = 3;
    /// `/`
    pub const TRUEDIV: u8 = 4;
    /// `//`
    pub const FLOORDIV: u8 = 5;
    /// `%`
    pub const MOD: u8 = 6;
    /// `**`
    pub const POW: u8 = 7;
    /// `<<`
    pub const LSHIFT: u8 = 8;
    /// `>>`
    pub const RSHIFT: u8 = 9;
    /// `&`
    pub const AND: u8 = 10;
    /// `|`
    pub const OR: u8 = 11;
    /// `^`
    pub const XOR: u8 = 12;
    /// Number of binary operators.
    pub const COUNT: u8 = 13;
    /// Added to an operator code for the in-place form (`+=` is `ADD + INPLACE`).
    pub const INPLACE: u8 = 16;
}

/// Unary operator codes for [`Op::UnaryOp`].
pub mod unop {
    /// `-x`
    pub const NEG: u8 = 0;
    /// `+x`
    pub const POS: u8 = 1;
    /// `~x`
    pub const INVERT: u8 = 2;
    /// `not x`
    pub const NOT: u8 = 3;
}

/// Rich comparison codes for [`Op::CompareOp`].
pub mod cmpop {
    /// `<`
    pub const LT: u8 = 0;
    /// `<=`
    pub const LE: u8 = 1;
    /// `==`
    pub const EQ: u8 = 2;
    /// `!=`
    pub const NE: u8 = 3;
    /// `>`
    pub const GT: u8 = 4;
    /// `>=`
    pub const GE: u8 = 5;
}

/// Flags of [`Op::MakeFunction`]: which optional items sit below the code object.
pub mod mkfn {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u8 = 1;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u8 = 2;
    /// A dict of annotations.
    pub const ANNOTATIONS: u8 = 4;
    /// A tuple of cells (the closure).
    pub const CLOSURE: u8 = 8;
}

/// Flags of [`Op::FormatValue`].
pub mod fmtflag {
    /// No conversion.
    pub const NONE: u8 = 0;
    /// `!s`
    pub const STR: u8 = 1;
    /// `!r`
    pub const REPR: u8 = 2;
    /// `!a`
    pub const ASCII: u8 = 3;
    /// Mask of the conversion bits.
    pub const CONV_MASK: u8 = 3;
    /// A format spec string is on the stack above the value.
    pub const HAS_SPEC: u8 = 4;
}

/// One instruction. Operands are indices (into `consts`, `names`, `varnames`,
/// the cell space), counts, or absolute jump targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// Does nothing.
    Nop,
    /// `x ->`
    PopTop,
    /// Push a copy of the i-th item (1 = top): `.. x_i .. -> .. x_i .. x_i`.
    Copy(u32),
    /// Swap the top with the i-th item (i >= 2).
    Swap(u32),
    /// Lift the top down to position n: `a1 .. a(n-1) t -> t a1 .. a(n-1)`
    /// (`Rot(2)` is ROT_TWO, `Rot(3)` ROT_THREE).
    Rot(u32),

    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> locals[i]` (UnboundLocalError if unset).
    LoadFast(u32),
    /// `x ->`, `locals[i] = x`.
    StoreFast(u32),
    /// Unset `locals[i]` (UnboundLocalError if unset).
    DeleteFast(u32),
    /// `-> cell[i].contents` (NameError "free variable" / UnboundLocalError if empty).
    LoadDeref(u32),
    /// `x ->`, `cell[i].contents = x`.
    StoreDeref(u32),
    /// Empty `cell[i]`.
    DeleteDeref(u32),
    /// `-> cell[i]` (the cell object itself, for building closures).
    LoadClosure(u32),
    /// In a class body: `-> locals_dict[name of cell i]` if present, else the cell's contents.
    LoadClassDeref(u32),
    /// `-> globals[names[i]]` falling back to builtins (NameError).
    LoadGlobal(u32),
    /// `x ->`, `globals[names[i]] = x`.
    StoreGlobal(u32),
    /// `del globals[names[i]]`.
    DeleteGlobal(u32),
    /// Look `names[i]` up in locals dict, globals, builtins.
    LoadName(u32),
    /// `x ->`, `locals_dict[names[i]] = x`.
    StoreName(u32),
    /// `del locals_dict[names[i]]`.
    DeleteName(u32),
    /// `obj -> obj.names[i]`
    LoadAttr(u32),
    /// `value obj ->`, `obj.names[i] = value`.
    StoreAttr(u32),
    /// `obj ->`, `del obj.names[i]`.
    DeleteAttr(u32),
    /// See the module docs: `obj -> meth self` or `obj -> attr NULL`.
    LoadMethod(u32),

    /// `container key -> container[key]`
    BinarySubscr,
    /// `value container key ->`, `container[key] = value`.
    StoreSubscr,
    /// `container key ->`, `del container[key]`.
    DeleteSubscr,

    /// `a b -> a op b`; operand from [`binop`].
    BinaryOp(u8),
    /// `a -> op a`; operand from [`unop`].
    UnaryOp(u8),
    /// `a b -> a op b`; operand from [`cmpop`].
    CompareOp(u8),
    /// `a b -> (a is b)` (negated if operand is 1).
    IsOp(u8),
    /// `a b -> (a in b)` (negated if operand is 1).
    ContainsOp(u8),

    /// `a1..an -> (a1, .., an)`
    BuildTuple(u32),
    /// `a1..an -> [a1, .., an]`
    BuildList(u32),
    /// `a1..an -> {a1, .., an}`
    BuildSet(u32),
    /// `k1 v1 .. kn vn -> {k1: v1, ..}` (n pairs).
    BuildMap(u32),
    /// `start stop -> slice` (n=2) or `start stop step -> slice` (n=3).
    BuildSlice(u32),
    /// `s1..sn -> s1+..+sn` (str concatenation for f-strings).
    BuildString(u32),
    /// `list -> tuple(list)`
    ListToTuple,
    /// `list .. x -> list .. ` with `x` appended to the list at depth i (1 = just below x).
    ListAppend(u32),
    /// Like ListAppend for a set.
    SetAdd(u32),
    /// `dict .. k v -> dict ..` storing into the dict at depth i (counted below k v).
    MapAdd(u32),
    /// `list .. iterable -> list ..` extending the list at depth i.
    ListExtend(u32),
    /// `set .. iterable -> set ..` updating the set at depth i.
    SetUpdate(u32),
    /// `dict .. mapping -> dict ..` updating the dict at depth i (`{**m}`).
    DictUpdate(u32),
    /// Like DictUpdate but a repeated key is a TypeError naming the callee found
    /// at depth i+2 ("got multiple values for keyword argument"), for `f(**a, **b)`.
    DictMerge(u32),
    /// `value [spec] -> str` per [`fmtflag`].
    FormatValue(u8),

    /// Jump to the target.
    Jump(u32),
    /// `x ->`, jump if x is false.
    PopJumpIfFalse(u32),
    /// `x ->`, jump if x is true.
    PopJumpIfTrue(u32),
    /// If TOS is false jump (keeping it) else pop it.
    JumpIfFalseOrPop(u32),
    /// If TOS is true jump (keeping it) else pop it.
    JumpIfTrueOrPop(u32),
    /// `iterable -> iterator`
    GetIter,
    /// `iterator -> iterator next` or, when exhausted, `iterator ->` and jump.
    ForIter(u32),

    /// `seq -> xn .. x1` (x1 on top): exactly n items or ValueError.
    UnpackSequence(u32),
    /// `a, *b, c` unpacking: low byte = count before the star, the bits above
    /// (operand >> 8) = count after:
    /// `seq -> after_k .. after_1 list before_m .. before_1` (before_1 on top).
    UnpackEx(u32),

    /// Call; see the module docs.
    Call(u32),
    /// Call with keyword names; see the module docs.
    CallKw(u32),
    /// Call with unpacked arguments: operand 1 if a kwargs dict is on top.
    CallEx(u32),
    /// Method call; see the module docs.
    CallMethod(u32),
    /// `[defaults] [kwdefaults] [annotations] [closure] code -> function` per [`mkfn`].
    MakeFunction(u8),
    /// `-> __build_class__`
    LoadBuildClass,
    /// `x -> r`: return from the frame.
    ReturnValue,
    /// `x -> sent`: yield x from a generator; the value sent in is pushed on resume.
    YieldValue,
    /// `iter value -> iter` while the sub-iterator yields (re-executed on resume),
    /// `iter value -> result` when it finishes: delegate to `iter.send(value)`.
    YieldFrom,
    /// `x -> iter(x)`, or x itself if it is a generator/coroutine (for `yield from`).
    GetYieldFromIter,
    /// `x -> awaitable iterator of x` (`__await__`), for `await`.
    GetAwaitable,
    /// `x -> x.__aiter__()`
    GetAIter,
    /// `aiter -> aiter awaitable(aiter.__anext__())`
    GetANext,
    /// End of `async for`: `aiter exc ->` if exc is StopAsyncIteration (also pops
    /// the handler block via PopExcept semantics), else re-raise exc.
    EndAsyncFor,

    /// Push a handler block (see module docs) whose handler is at the target.
    SetupExcept(u32),
    /// Pop the top (setup) block.
    PopBlock,
    /// Leave an except handler normally: pop its ExceptHandler block and
    /// restore the previously handled exception.
    PopExcept,
    /// `exc ->` re-raise exc as is (traceback kept).
    Reraise,
    /// `exc type -> exc`, jump to target if exc does not match type (a class or tuple).
    JumpIfNotExcMatch(u32),
    /// `raise` (0), `raise exc` (1), `raise exc from cause` (2).
    RaiseVarargs(u32),
    /// `-> AssertionError`
    LoadAssertionError,
    /// `mgr -> exit enter_result`: looks up `__enter__`/`__exit__` on the type,
    /// pushes the bound `__exit__` and the result of calling `__enter__`.
    BeforeWith,
    /// `mgr -> exit awaitable(enter_result)` for `async with`.
    BeforeAsyncWith,
    /// In a with-handler: `exit exc -> exit exc result` where result =
    /// exit(type(exc), exc, exc.__traceback__).
    WithExceptStart,

    /// `level fromlist -> module` importing `names[i]` (like `__import__`: when
    /// `fromlist` is None the top-level package of a dotted name is pushed,
    /// otherwise the named module itself). `import a.b as c` is compiled as
    /// `ImportName('a.b')` (fromlist None) followed by `ImportFrom(b)`, `Swap(2)`, `PopTop`;
    /// `from . import x` uses the empty name `''` with level 1.
    ImportName(u32),
    /// `module -> module attr` for `from module import names[i]` (ImportError).
    ImportFrom(u32),
    /// `module ->` `from module import *` into the locals dict / globals.
    ImportStar,
    /// Create `__annotations__` in the locals dict if missing.
    SetupAnnotations,
    /// `x ->` print repr(x) unless None, and set `builtins._` (REPL mode).
    PrintExpr,

    // ---- structural pattern matching (`match`); added by the compiler ----
    /// `x -> x len(x)` (TypeError if x has no length).
    GetLen,
    /// `subject -> subject bool`: whether subject is a sequence for `match`
    /// (list, tuple, range, memoryview, deque, or a class registered as
    /// `collections.abc.Sequence`; never str, bytes or bytearray).
    MatchSequence,
    /// `subject -> subject bool`: whether subject is a mapping for `match`
    /// (dict or a `collections.abc.Mapping`).
    MatchMapping,
    /// `subject keys -> subject keys values`: `keys` is a tuple; `values` is
    /// the tuple of `subject[k]` for each key (looked up with `subject.get`
    /// semantics, without triggering `__missing__`), or None if any key is
    /// absent.
    MatchKeys,
    /// `subject keys -> subject rest`: `rest` is a new dict holding the items
    /// of the mapping `subject` whose keys are not in the tuple `keys`
    /// (for `**rest` in a mapping pattern).
    CopyDictWithoutKeys,
    /// `subject cls names -> attrs`: if `isinstance(subject, cls)` (TypeError
    /// if cls is not a class), `attrs` is a tuple of the operand-count
    /// positional sub-values (attribute `cls.__match_args__[i]` for each i, or
    /// the subject itself for a single positional pattern on bool, bytearray,
    /// bytes, dict, float, frozenset, int, list, set, str, tuple when the
    /// class has no `__match_args__`; TypeError "C() accepts 0 positional
    /// sub-patterns (n given)" when there are too many) followed by the
    /// attributes named by the tuple `names`; None if the isinstance check
    /// fails or any attribute is missing.
    MatchClass(u32),
}

/// Flags of a [`CodeObject`].
pub mod codeflag {
    /// The function has `*args`.
    pub const VARARGS: u32 = 1;
    /// The function has `**kwargs`.
    pub const VARKEYWORDS: u32 = 2;
    /// Calling creates a generator.
    pub const GENERATOR: u32 = 4;
    /// Calling creates a coroutine (`async def`). Also set on module code
    /// compiled in REPL mode (`Mode::Single`) that uses top-level `await`,
    /// `async for`, `async with` or an async comprehension: the REPL must run
    /// that code object as a coroutine.
    pub const COROUTINE: u32 = 8;
    /// Calling creates an async generator.
    pub const ASYNC_GENERATOR: u32 = 16;
    /// A class body (locals are a dict; `LoadName`/`StoreName`).
    pub const CLASS_BODY: u32 = 32;
    /// Module-level code (locals are the globals dict).
    pub const MODULE: u32 = 64;
}

/// A literal value referenced by [`Op::LoadConst`].
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// `None`
    None,
    /// `True`/`False`
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A larger int.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex number (real, imaginary).
    Complex(f64, f64),
    /// A str.
    Str(String),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple of constants (also keyword-name tuples of `CallKw`).
    Tuple(Vec<Const>),
    /// A frozenset of constants, items in source order: what CPython 3.11
    /// folds a set display of 3+ constants into (`BUILD_SET 0`, this
    /// constant, `SET_UPDATE 1`), built once when the code is loaded.
    FrozenSet(Vec<Const>),
    /// `...`
    Ellipsis,
    /// A nested code object (for `MakeFunction`).
    Code(Rc<CodeObject>),
}

/// A compiled function, class body, comprehension or module.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, ...).
    pub name: String,
    /// Qualified name (`Outer.method.<locals>.inner`).
    pub qualname: String,
    /// Source file name.
    pub filename: String,
    /// Line of the `def`/`class`/first statement.
    pub first_line: u32,
    /// [`codeflag`] bits.
    pub flags: u32,
    /// Number of positional parameters (including positional-only).
    pub argcount: u32,
    /// Number of positional-only parameters.
    pub posonlyargcount: u32,
    /// Number of keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Fast locals: positional params, kw-only params, `*args`, `**kwargs`, then other locals.
    pub varnames: Vec<String>,
    /// Cells created by this frame.
    pub cellvars: Vec<String>,
    /// Cells received through the closure.
    pub freevars: Vec<String>,
    /// (cell index, parameter slot) pairs: parameters captured by inner scopes.
    pub cell_params: Vec<(u32, u32)>,
    /// Names for global/attribute/import ops.
    pub names: Vec<String>,
    /// Constants.
    pub consts: Vec<Const>,
    /// The instructions.
    pub code: Vec<Op>,
    /// (first op index, source line) pairs, ascending by index.
    pub lines: Vec<(u32, u32)>,
    /// The docstring, if the body starts with a string literal (functions, classes, modules).
    pub doc: Option<String>,
}

impl CodeObject {
    /// The source line of the op at `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        let pc = pc as u32;
        match self.lines.binary_search_by(|&(start, _)| start.cmp(&pc)) {
            Ok(i) => self.lines[i].1,
            Err(0) => self.first_line,
            Err(i) => self.lines[i - 1].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn op_is_eight_bytes() {
        assert_eq!(core::mem::size_of::<Op>(), 8);
    }
}
