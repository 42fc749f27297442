//! The abstract syntax tree produced by the parser and consumed by the compiler.
//!
//! Shaped after CPython's `ast` module so that its semantics are familiar; every
//! statement and expression node carries the 1-based line and 0-based column of
//! its first token (CPython's `lineno`/`col_offset`). The tree is short-lived:
//! the compiler walks it once and drops it.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// A source position: 1-based line, 0-based column in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    /// 1-based line number.
    pub line: u32,
    /// 0-based column (in characters) of the node's first token.
    pub col: u32,
}

/// An identifier as written in the source.
pub type Ident = String;

/// A whole module (file, `exec` string or one REPL input).
#[derive(Clone, Debug)]
pub struct Module {
    /// The top-level statements in order.
    pub body: Vec<Stmt>,
}

/// A statement with its position.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// Where the statement starts.
    pub loc: Loc,
    /// What the statement is.
    pub kind: StmtKind,
}

/// The statement forms.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `def` / `async def`.
    FunctionDef(Box<FunctionDef>),
    /// `class Name(bases, **kw): body`.
    ClassDef(Box<ClassDef>),
    /// `return [value]`.
    Return(Option<Expr>),
    /// `del a, b[0], c.d`.
    Delete(Vec<Expr>),
    /// `t1 = t2 = value`: targets in source order.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; `simple` is true for a bare name target
    /// not in parentheses (those are recorded in `__annotations__`).
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        simple: bool,
    },
    /// `for` / `async for` with optional `else`.
    For {
        is_async: bool,
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `if test: body elif/else: orelse` (an `elif` is a nested `If` in `orelse`).
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `with` / `async with` with one or more items.
    With {
        is_async: bool,
        items: Vec<WithItem>,
        body: Vec<Stmt>,
    },
    /// `match subject: cases`.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// `raise [exc [from cause]]`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    /// `try` with handlers, `else` and `finally`.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `assert test[, msg]`.
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from ..mod import a as b, c` / `from . import *` (`names` holds one alias `*`).
    /// `level` counts the leading dots.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `global a, b`.
    Global(Vec<Ident>),
    /// `nonlocal a, b`.
    Nonlocal(Vec<Ident>),
    /// An expression statement.
    Expr(Expr),
    /// `pass`.
    Pass,
    /// `break`.
    Break,
    /// `continue`.
    Continue,
}

/// A function definition.
#[derive(Clone, Debug)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Ident,
    /// Its parameters.
    pub args: Arguments,
    /// Its body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first (as written top to bottom).
    pub decorators: Vec<Expr>,
    /// `-> annotation`.
    pub returns: Option<Expr>,
    /// `async def`.
    pub is_async: bool,
}

/// A class definition.
#[derive(Clone, Debug)]
pub struct ClassDef {
    /// The class name.
    pub name: Ident,
    /// Positional base expressions (may include `*args` as `Expr::Starred`).
    pub bases: Vec<Expr>,
    /// Keyword arguments such as `metaclass=M` (`arg == None` for `**kw`).
    pub keywords: Vec<Keyword>,
    /// The class body.
    pub body: Vec<Stmt>,
    /// Decorators, outermost first.
    pub decorators: Vec<Expr>,
}

/// A function's parameter list.
#[derive(Clone, Debug, Default)]
pub struct Arguments {
    /// Positional-only parameters (before `/`).
    pub posonlyargs: Vec<Arg>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*args`.
    pub vararg: Option<Arg>,
    /// Keyword-only parameters (after `*` or `*args`).
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of keyword-only parameters, one per `kwonlyargs` entry (None = required).
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwargs`.
    pub kwarg: Option<Arg>,
    /// Defaults for the last N of `posonlyargs + args`.
    pub defaults: Vec<Expr>,
}

/// One parameter.
#[derive(Clone, Debug)]
pub struct Arg {
    /// Parameter name.
    pub name: Ident,
    /// Optional annotation.
    pub annotation: Option<Expr>,
    /// Position of the parameter name.
    pub loc: Loc,
}

/// `name=value` in a call or class header; `arg == None` means `**value`.
#[derive(Clone, Debug)]
pub struct Keyword {
    /// The keyword, or None for `**mapping`.
    pub arg: Option<Ident>,
    /// The value.
    pub value: Expr,
    /// Position.
    pub loc: Loc,
}

/// `import name as asname` / `from x import name as asname`.
#[derive(Clone, Debug)]
pub struct Alias {
    /// Dotted name (or `*`).
    pub name: Ident,
    /// The `as` name.
    pub asname: Option<Ident>,
    /// Position.
    pub loc: Loc,
}

/// One `with` item.
#[derive(Clone, Debug)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target.
    pub optional_vars: Option<Expr>,
}

/// One `except` clause.
#[derive(Clone, Debug)]
pub struct ExceptHandler {
    /// The exception type expression (None for a bare `except:`).
    pub typ: Option<Expr>,
    /// The `as` name.
    pub name: Option<Ident>,
    /// The handler body.
    pub body: Vec<Stmt>,
    /// Position of the `except` keyword.
    pub loc: Loc,
}

/// One `case` of a `match` statement.
#[derive(Clone, Debug)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// Optional `if` guard.
    pub guard: Option<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A `match` pattern.
#[derive(Clone, Debug)]
pub enum Pattern {
    /// A literal or dotted-name value compared with `==`.
    Value(Expr),
    /// `None`, `True`, `False` compared with `is`.
    Singleton(Constant),
    /// `[p, *rest, q]` / `(p, q)`.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, name=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` / `*_` inside a sequence pattern.
    Star(Option<Ident>),
    /// `p as name`, or a bare capture `name` (pattern None), or `_` (both None).
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p | q`.
    Or(Vec<Pattern>),
}

/// An expression with its position.
#[derive(Clone, Debug)]
pub struct Expr {
    /// Where the expression starts.
    pub loc: Loc,
    /// What it is.
    pub kind: ExprKind,
}

/// The expression forms.
#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `name := value`.
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `left op right`.
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    /// `op operand`.
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `lambda args: body`.
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `{k: v, **m}`: a `None` key means `**value`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `{a, b}`.
    Set(Vec<Expr>),
    /// `[elt for ...]`.
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{elt for ...}`.
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `{key: value for ...}`.
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `(elt for ...)`.
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `await value`.
    Await(Box<Expr>),
    /// `yield [value]`.
    Yield(Option<Box<Expr>>),
    /// `yield from value`.
    YieldFrom(Box<Expr>),
    /// `left op1 c1 op2 c2 ...`.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `func(args, keywords)`; starred positional args appear as `Starred`.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// An f-string: its parts concatenated.
    JoinedStr(Vec<Expr>),
    /// One `{value!conversion:format_spec}` field of an f-string. `conversion` is
    /// `'r'`, `'s'`, `'a'` or None; `format_spec` is itself a `JoinedStr`.
    FormattedValue {
        value: Box<Expr>,
        conversion: Option<char>,
        format_spec: Option<Box<Expr>>,
    },
    /// A literal.
    Constant(Constant),
    /// `value.attr`.
    Attribute { value: Box<Expr>, attr: Ident },
    /// `value[slice]` (a tuple index appears as a `Tuple`).
    Subscript { value: Box<Expr>, slice: Box<Expr> },
    /// `*value` in a call, display or assignment target.
    Starred(Box<Expr>),
    /// A bare name.
    Name(Ident),
    /// `[a, b]`.
    List(Vec<Expr>),
    /// `(a, b)` / `a, b`.
    Tuple(Vec<Expr>),
    /// `lower:upper:step` (only inside a subscript).
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An integer literal (arbitrary size).
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// An imaginary literal `3j` (the imaginary part).
    Imag(f64),
    /// A string literal (adjacent literals already concatenated).
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `...`.
    Ellipsis,
}

/// One `for target in iter if cond...` clause of a comprehension.
#[derive(Clone, Debug)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterable.
    pub iter: Expr,
    /// The `if` filters.
    pub ifs: Vec<Expr>,
    /// `async for`.
    pub is_async: bool,
}

/// `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// Binary operators (also used by augmented assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// Comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
