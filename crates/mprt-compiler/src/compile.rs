//! Code generation core and statements.
//!
//! This file owns the [`Compiler`] state (a stack of code units under
//! construction, labels and jump fix-ups, constant/name pools, the line
//! table, the frame-block stack used to unwind `return`/`break`/`continue`
//! through loops, `try`, `with` and exception handlers), name-op selection
//! per scope, and the compilation of every statement form and of function
//! and class definitions. Expressions live in `compile_expr.rs`, `match`
//! patterns in `compile_match.rs`.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use mprt_syntax::ast::*;
use mprt_syntax::{Mode, SyntaxError};

use crate::bytecode::*;
use crate::scope::{err, has_annotations, ScopeKind, SymScope, SymbolTable};

/// A forward or backward jump target inside the current unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Label(usize);

/// Load, store or delete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

/// A block that `return`/`break`/`continue` must unwind.
#[derive(Clone, Debug)]
pub(crate) enum FBlock<'a> {
    /// A `for`/`async for` loop: the iterator is on the stack.
    ForLoop { cont: Label, brk: Label },
    /// A `while` loop.
    WhileLoop { cont: Label, brk: Label },
    /// The body of a `try` with handlers (a setup block is active).
    TryExcept,
    /// The body of a `try` with `finally` (a setup block is active).
    FinallyTry(&'a [Stmt]),
    /// The exceptional copy of a finally body: the exception is on the stack
    /// and an ExceptHandler block is active.
    FinallyEnd,
    /// The body of a `with`: the exit function is on the stack and a setup block is active.
    With { is_async: bool },
    /// An except handler body: an ExceptHandler block is active.
    HandlerBody,
    /// The protected body of `except E as name`: a setup block is active and
    /// `name` must be cleared on the way out.
    HandlerName(&'a str),
    /// A finally body inlined by `return`: the return value is on the stack
    /// (a `break`/`continue`/`return` in that body discards it).
    PopValue,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub code: CodeObject,
    pub labels: Vec<u32>,
    pub fixups: Vec<(usize, Label)>,
    pub fblocks: Vec<FBlock<'a>>,
    pub line: u32,
}

/// The bytecode compiler for one module.
pub(crate) struct Compiler<'a> {
    pub table: SymbolTable,
    pub units: Vec<Unit<'a>>,
    pub filename: String,
    pub mode: Mode,
    /// Current statement/expression nesting depth (bounded by [`MAX_DEPTH`]).
    pub depth: u32,
    /// MicroPython compile-time constants (`NAME = const(expr)`), in order.
    pub mp_consts: Vec<(String, Const)>,
    /// `from __future__ import annotations`: annotations are strings.
    pub future_annotations: bool,
}

/// Maximum nesting of statements/expressions the compiler recurses into.
pub(crate) const MAX_DEPTH: u32 = 1000;

/// `micropython.NAME` (a MicroPython compile-time decorator): NAME.
fn micropython_decorator(d: &Expr) -> Option<&str> {
    match &d.kind {
        ExprKind::Attribute { value, attr } => match &value.kind {
            ExprKind::Name(n) if n == "micropython" => Some(attr.as_str()),
            ExprKind::Attribute { .. } if micropython_decorator(value).is_some() => Some(""),
            _ => None,
        },
        _ => None,
    }
}

/// The error reported when [`MAX_DEPTH`] is exceeded.
pub(crate) fn too_deep(loc: Loc) -> SyntaxError {
    err("too many nested expressions or statements (maximum recursion depth exceeded during compilation)", loc)
}

const NO_LABEL: u32 = u32::MAX;

fn const_eq(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a1, b1), Const::Complex(a2, b2)) => {
            a1.to_bits() == a2.to_bits() && b1.to_bits() == b2.to_bits()
        }
        (Const::Tuple(x), Const::Tuple(y)) | (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_eq(p, q))
        }
        (Const::Code(_), _) | (_, Const::Code(_)) => false,
        _ => a == b,
    }
}

fn set_target(op: &mut Op, t: u32) {
    match op {
        Op::Jump(x)
        | Op::PopJumpIfFalse(x)
        | Op::PopJumpIfTrue(x)
        | Op::JumpIfFalseOrPop(x)
        | Op::JumpIfTrueOrPop(x)
        | Op::ForIter(x)
        | Op::SetupExcept(x)
        | Op::JumpIfNotExcMatch(x) => *x = t,
        _ => {}
    }
}

/// The docstring of a body, if it starts with a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(s)),
            ..
        })) => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    // ---------------------------------------------------------------- units

    pub(crate) fn push_unit(
        &mut self,
        scope: usize,
        name: &str,
        qualname: String,
        first_line: u32,
    ) {
        let sc = &self.table.scopes[scope];
        let mut varnames: Vec<String> = sc.params.clone();
        if sc.kind.is_function_like() {
            for s in &sc.symbols {
                if s.scope == SymScope::Local && !varnames.contains(&s.name) {
                    varnames.push(s.name.clone());
                }
            }
        }
        let mut cell_params = Vec::new();
        for (ci, c) in sc.cellvars.iter().enumerate() {
            if let Some(p) = sc.params.iter().position(|p| p == c) {
                cell_params.push((ci as u32, p as u32));
            }
        }
        let code = CodeObject {
            name: name.to_string(),
            qualname,
            filename: self.filename.clone(),
            first_line,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            varnames,
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            cell_params,
            names: Vec::new(),
            consts: Vec::new(),
            code: Vec::new(),
            lines: Vec::new(),
            doc: None,
        };
        self.units.push(Unit {
            scope,
            code,
            labels: Vec::new(),
            fixups: Vec::new(),
            fblocks: Vec::new(),
            line: first_line,
        });
    }

    pub(crate) fn pop_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().expect("unit");
        for (at, l) in core::mem::take(&mut u.fixups) {
            let t = u.labels[l.0];
            debug_assert!(t != NO_LABEL, "unbound label");
            set_target(&mut u.code.code[at], t);
        }
        u.code
    }

    pub(crate) fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    pub(crate) fn scope_kind(&self) -> ScopeKind {
        self.table.scopes[self.units.last().expect("unit").scope].kind
    }

    pub(crate) fn cur_scope(&self) -> &crate::scope::Scope {
        &self.table.scopes[self.units.last().expect("unit").scope]
    }

    // ------------------------------------------------------------- emitting

    pub(crate) fn emit(&mut self, op: Op) {
        let u = self.unit();
        let idx = u.code.code.len() as u32;
        let line = u.line;
        match u.code.lines.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == idx => last.1 = line,
            _ => u.code.lines.push((idx, line)),
        }
        u.code.code.push(op);
    }

    pub(crate) fn set_line(&mut self, line: u32) -> u32 {
        let u = self.unit();
        let old = u.line;
        if line != 0 {
            u.line = line;
        }
        old
    }

    pub(crate) fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(NO_LABEL);
        Label(u.labels.len() - 1)
    }

    pub(crate) fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0] = u.code.code.len() as u32;
    }

    pub(crate) fn emit_jump(&mut self, mk: fn(u32) -> Op, l: Label) {
        let at = self.unit().code.code.len();
        self.emit(mk(0));
        self.unit().fixups.push((at, l));
    }

    pub(crate) fn add_const(&mut self, c: Const) -> u32 {
        let consts = &mut self.unit().code.consts;
        if let Some(i) = consts.iter().position(|x| const_eq(x, &c)) {
            return i as u32;
        }
        consts.push(c);
        (consts.len() - 1) as u32
    }

    pub(crate) fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i));
    }

    pub(crate) fn add_name(&mut self, n: &str) -> u32 {
        let names = &mut self.unit().code.names;
        if let Some(i) = names.iter().position(|x| x == n) {
            return i as u32;
        }
        names.push(n.to_string());
        (names.len() - 1) as u32
    }

    // ---------------------------------------------------------------- names

    /// Add an attribute name (after private name mangling) to the names table.
    pub(crate) fn attr_name(&mut self, attr: &str) -> u32 {
        let m = self.cur_scope().mangle(attr).into_owned();
        self.add_name(&m)
    }

    pub(crate) fn name_op(&mut self, name: &str, ctx: NameCtx) {
        let mangled = self.cur_scope().mangle(name).into_owned();
        let name = mangled.as_str();
        let scope = self.cur_scope();
        let kind = scope.kind;
        let res = scope.resolve(name);
        let cell = scope.cell_index(name);
        match kind {
            ScopeKind::Module | ScopeKind::Class => {
                let is_global = res == SymScope::GlobalExplicit;
                let is_deref =
                    kind == ScopeKind::Class && matches!(res, SymScope::Free | SymScope::Cell);
                if is_deref {
                    if let Some(ci) = cell {
                        self.emit(match ctx {
                            NameCtx::Load => Op::LoadClassDeref(ci),
                            NameCtx::Store => Op::StoreDeref(ci),
                            NameCtx::Del => Op::DeleteDeref(ci),
                        });
                        return;
                    }
                }
                let i = self.add_name(name);
                self.emit(match (is_global, ctx) {
                    (true, NameCtx::Load) => Op::LoadGlobal(i),
                    (true, NameCtx::Store) => Op::StoreGlobal(i),
                    (true, NameCtx::Del) => Op::DeleteGlobal(i),
                    (false, NameCtx::Load) => Op::LoadName(i),
                    (false, NameCtx::Store) => Op::StoreName(i),
                    (false, NameCtx::Del) => Op::DeleteName(i),
                });
            }
            _ => match res {
                SymScope::Local => {
                    let vn = &mut self.unit().code.varnames;
                    let i = match vn.iter().position(|v| v == name) {
                        Some(i) => i,
                        None => {
                            vn.push(name.to_string());
                            vn.len() - 1
                        }
                    } as u32;
                    self.emit(match ctx {
                        NameCtx::Load => Op::LoadFast(i),
                        NameCtx::Store => Op::StoreFast(i),
                        NameCtx::Del => Op::DeleteFast(i),
                    });
                }
                SymScope::Cell | SymScope::Free if cell.is_some() => {
                    let ci = cell.unwrap_or(0);
                    self.emit(match ctx {
                        NameCtx::Load => Op::LoadDeref(ci),
                        NameCtx::Store => Op::StoreDeref(ci),
                        NameCtx::Del => Op::DeleteDeref(ci),
                    });
                }
                _ => {
                    let i = self.add_name(name);
                    self.emit(match ctx {
                        NameCtx::Load => Op::LoadGlobal(i),
                        NameCtx::Store => Op::StoreGlobal(i),
                        NameCtx::Del => Op::DeleteGlobal(i),
                    });
                }
            },
        }
    }

    /// The qualified name of a child scope called `name` defined in the current unit.
    pub(crate) fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let sc = &self.table.scopes[u.scope];
        match sc.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => {
                if sc.resolve(name) == SymScope::GlobalExplicit && !name.starts_with('<') {
                    name.to_string()
                } else {
                    format!("{}.{}", u.code.qualname, name)
                }
            }
            _ => {
                if sc.resolve(name) == SymScope::GlobalExplicit && !name.starts_with('<') {
                    name.to_string()
                } else {
                    format!("{}.<locals>.{}", u.code.qualname, name)
                }
            }
        }
    }

    /// Emit the closure tuple for a child scope (if it has free variables) and
    /// return the `mkfn::CLOSURE` bit to add.
    pub(crate) fn make_closure(&mut self, child: usize) -> u8 {
        let free = self.table.scopes[child].freevars.clone();
        if free.is_empty() {
            return 0;
        }
        for n in &free {
            let ci = self.cur_scope().cell_index(n).unwrap_or(0);
            self.emit(Op::LoadClosure(ci));
        }
        self.emit(Op::BuildTuple(free.len() as u32));
        mkfn::CLOSURE
    }

    pub(crate) fn scope_for(&self, addr: usize, loc: Loc) -> Result<usize, SyntaxError> {
        self.table
            .scope_of(addr)
            .ok_or_else(|| err("internal error: missing scope", loc))
    }

    // --------------------------------------------------------------- module

    pub(crate) fn compile_module(&mut self, m: &'a Module) -> Result<CodeObject, SyntaxError> {
        let first = m.body.first().map_or(1, |s| s.loc.line);
        self.push_unit(0, "<module>", "<module>".to_string(), first);
        self.unit().code.flags = codeflag::MODULE;
        match self.mode {
            Mode::Eval => {
                let [Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                }] = &m.body[..]
                else {
                    let loc = m.body.first().map_or(Loc { line: 1, col: 0 }, |s| s.loc);
                    return Err(err("invalid syntax", loc));
                };
                self.expr(e)?;
                self.emit(Op::ReturnValue);
            }
            Mode::Exec | Mode::Single => {
                let mut body = &m.body[..];
                if self.table.scopes[0].has_annotations {
                    self.emit(Op::SetupAnnotations);
                }
                if self.mode == Mode::Exec {
                    if let Some(d) = docstring(body) {
                        self.set_line(body[0].loc.line);
                        self.unit().code.doc = Some(d.to_string());
                        self.load_const(Const::Str(d.to_string()));
                        self.name_op("__doc__", NameCtx::Store);
                        body = &body[1..];
                    }
                }
                self.body(body)?;
                self.load_const(Const::None);
                self.emit(Op::ReturnValue);
            }
        }
        Ok(self.pop_unit())
    }

    // ----------------------------------------------------------- statements

    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        if self.depth >= MAX_DEPTH {
            return Err(too_deep(s.loc));
        }
        self.depth += 1;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        self.set_line(s.loc.line);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc),
            StmtKind::ClassDef(c) => self.class_def(c, s.loc),
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s.loc),
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                if let Some((name, c)) = self.const_definition(targets, value) {
                    self.mp_consts.push((name.clone(), c.clone()));
                    // Like MicroPython: a `_private` constant is not stored.
                    if name.starts_with('_') {
                        return Ok(());
                    }
                    self.load_const(c);
                    return self.store(&targets[0]);
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Copy(1));
                    }
                    self.store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(*is_async, target, iter, body, orelse, s.loc),
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let els = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, els)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.emit_jump(Op::Jump, end);
                }
                self.bind(els);
                self.body(orelse)?;
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.check_async("'async with' outside async function", s.loc)?;
                }
                self.with_stmt(*is_async, items, body, s.loc.line)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::RaiseVarargs(1));
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.set_line(a.loc.line);
                    self.load_const(Const::Int(0));
                    self.load_const(Const::None);
                    let i = self.add_name(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(asn) => {
                            // Like CPython: IMPORT_FROM (which falls back to
                            // sys.modules) for each further part.
                            for part in a.name.split('.').skip(1) {
                                let i = self.add_name(part);
                                self.emit(Op::ImportFrom(i));
                                self.emit(Op::Swap(2));
                                self.emit(Op::PopTop);
                            }
                            self.name_op(asn, NameCtx::Store);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.name_op(top, NameCtx::Store);
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64));
                let fromlist = names.iter().map(|a| Const::Str(a.name.clone())).collect();
                self.load_const(Const::Tuple(fromlist));
                let i = self.add_name(module.as_deref().unwrap_or(""));
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    if !matches!(self.scope_kind(), ScopeKind::Module) {
                        return Err(err("import * only allowed at module level", s.loc));
                    }
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in names {
                    let i = self.add_name(&a.name);
                    self.emit(Op::ImportFrom(i));
                    self.name_op(a.asname.as_ref().unwrap_or(&a.name), NameCtx::Store);
                }
                self.emit(Op::PopTop);
                Ok(())
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(e) => {
                if self.mode == Mode::Single && self.scope_kind() == ScopeKind::Module {
                    self.expr(e)?;
                    self.emit(Op::PrintExpr);
                } else if matches!(e.kind, ExprKind::Constant(_)) {
                    // A constant expression statement has no effect.
                } else {
                    self.expr(e)?;
                    self.emit(Op::PopTop);
                }
                Ok(())
            }
            StmtKind::Break => self.break_continue(true, s.loc),
            StmtKind::Continue => self.break_continue(false, s.loc),
        }
    }

    /// Check that an `async` construct or `await` is allowed here; in REPL mode
    /// top-level use makes the module code a coroutine.
    pub(crate) fn check_async(&mut self, msg: &str, loc: Loc) -> Result<(), SyntaxError> {
        let sc = self.cur_scope();
        match sc.kind {
            ScopeKind::Function if sc.is_async => Ok(()),
            ScopeKind::Module if self.mode == Mode::Single => {
                self.unit().code.flags |= codeflag::COROUTINE;
                Ok(())
            }
            _ => Err(err(msg, loc)),
        }
    }

    // ------------------------------------------------------------ unwinding

    /// Emit the code that leaves one frame block. With `preserve_tos` a value
    /// (the return value) sits on top of the stack and is kept there.
    fn unwind(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> Result<(), SyntaxError> {
        match fb {
            FBlock::ForLoop { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            FBlock::WhileLoop { .. } => {}
            FBlock::TryExcept => self.emit(Op::PopBlock),
            FBlock::FinallyTry(body) => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.body(body)?;
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            FBlock::FinallyEnd => {
                self.emit(Op::PopExcept);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::PopTop);
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                if preserve_tos {
                    self.emit(Op::Swap(2));
                }
                self.call_exit_none(*is_async);
                self.emit(Op::PopTop);
            }
            FBlock::HandlerBody => self.emit(Op::PopExcept),
            FBlock::HandlerName(name) => {
                self.emit(Op::PopBlock);
                self.clear_name(name);
            }
        }
        Ok(())
    }

    /// `exit -> result`: call exit(None, None, None) (awaiting it if async).
    pub(crate) fn call_exit_none(&mut self, is_async: bool) {
        self.load_const(Const::None);
        self.emit(Op::Copy(1));
        self.emit(Op::Copy(1));
        self.emit(Op::Call(3));
        if is_async {
            self.await_tos();
        }
    }

    pub(crate) fn await_tos(&mut self) {
        self.emit(Op::GetAwaitable);
        self.load_const(Const::None);
        self.emit(Op::YieldFrom);
    }

    fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Del);
    }

    /// Unwind frame blocks from the top down to (excluding) index `stop`,
    /// compiling inline bodies with the block stack truncated.
    fn unwind_to(&mut self, stop: usize, preserve_tos: bool) -> Result<(), SyntaxError> {
        let saved = self.unit().fblocks.clone();
        let mut i = saved.len();
        let mut res = Ok(());
        while i > stop {
            i -= 1;
            self.unit().fblocks.truncate(i);
            res = self.unwind(&saved[i], preserve_tos);
            if res.is_err() {
                break;
            }
        }
        self.unit().fblocks = saved;
        res
    }

    fn return_stmt(&mut self, v: Option<&'a Expr>, loc: Loc) -> Result<(), SyntaxError> {
        let sc = self.cur_scope();
        if !sc.kind.is_function_like() {
            return Err(err("'return' outside function", loc));
        }
        if v.is_some() && sc.is_async && sc.is_generator && sc.kind == ScopeKind::Function {
            return Err(err("'return' with value in async generator", loc));
        }
        match v {
            Some(e) => self.expr(e)?,
            None => self.load_const(Const::None),
        }
        self.unwind_to(0, true)?;
        self.set_line(loc.line);
        self.emit(Op::ReturnValue);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, loc: Loc) -> Result<(), SyntaxError> {
        let fbs = &self.unit().fblocks;
        let found = fbs.iter().enumerate().rev().find_map(|(i, f)| match f {
            FBlock::ForLoop { cont, brk } | FBlock::WhileLoop { cont, brk } => {
                Some((i, *cont, *brk))
            }
            _ => None,
        });
        let Some((i, cont, brk)) = found else {
            return Err(err(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                loc,
            ));
        };
        self.unwind_to(i + 1, false)?;
        if is_break {
            let fb = self.unit().fblocks[i].clone();
            self.unwind(&fb, false)?;
            self.emit_jump(Op::Jump, brk);
        } else {
            self.emit_jump(Op::Jump, cont);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- loops

    fn for_stmt(
        &mut self,
        is_async: bool,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        loc: Loc,
    ) -> Result<(), SyntaxError> {
        if is_async {
            self.check_async("'async for' outside async function", loc)?;
        }
        let top = self.new_label();
        let end = self.new_label();
        let brk = self.new_label();
        self.iter_operand(iter)?;
        self.set_line(loc.line);
        if is_async {
            self.emit(Op::GetAIter);
            self.bind(top);
            self.emit_jump(Op::SetupExcept, end);
            self.emit(Op::GetANext);
            self.await_tos();
            self.emit(Op::PopBlock);
        } else {
            self.emit(Op::GetIter);
            self.bind(top);
            self.emit_jump(Op::ForIter, end);
        }
        self.store(target)?;
        self.unit().fblocks.push(FBlock::ForLoop { cont: top, brk });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.set_line(loc.line);
        self.emit_jump(Op::Jump, top);
        self.bind(end);
        if is_async {
            self.emit(Op::EndAsyncFor);
        }
        self.body(orelse)?;
        self.bind(brk);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let top = self.new_label();
        let els = self.new_label();
        let brk = self.new_label();
        self.bind(top);
        self.jump_if(test, false, els)?;
        self.unit()
            .fblocks
            .push(FBlock::WhileLoop { cont: top, brk });
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit_jump(Op::Jump, top);
        self.bind(els);
        self.body(orelse)?;
        self.bind(brk);
        Ok(())
    }

    // ------------------------------------------------------------------ try

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        if handlers.is_empty() {
            self.body(body)?;
            return self.body(orelse);
        }
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, handler);
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind(handler);
        // Stack: exc; an ExceptHandler block is active.
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.loc.line);
            let next = self.new_label();
            match &h.typ {
                Some(t) => {
                    self.expr(t)?;
                    self.emit_jump(Op::JumpIfNotExcMatch, next);
                }
                None => {
                    if i + 1 != handlers.len() {
                        return Err(err("default 'except:' must be last", h.loc));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, NameCtx::Store);
                    let cleanup = self.new_label();
                    self.emit_jump(Op::SetupExcept, cleanup);
                    self.unit().fblocks.push(FBlock::HandlerBody);
                    self.unit().fblocks.push(FBlock::HandlerName(name));
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.unit().fblocks.pop();
                    self.emit(Op::PopBlock);
                    self.clear_name(name);
                    self.emit(Op::PopExcept);
                    self.emit_jump(Op::Jump, end);
                    // Exceptional exit from the handler body: clear the name and re-raise.
                    self.bind(cleanup);
                    self.clear_name(name);
                    self.emit(Op::Reraise);
                }
                None => {
                    self.emit(Op::PopTop);
                    self.unit().fblocks.push(FBlock::HandlerBody);
                    self.body(&h.body)?;
                    self.unit().fblocks.pop();
                    self.emit(Op::PopExcept);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        // No handler matched: re-raise (exc is on the stack).
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> Result<(), SyntaxError> {
        let fin = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupExcept, fin);
        self.unit().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
            self.body(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(finalbody)?;
        self.emit_jump(Op::Jump, end);
        self.bind(fin);
        self.unit().fblocks.push(FBlock::FinallyEnd);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    // ----------------------------------------------------------------- with

    fn with_stmt(
        &mut self,
        is_async: bool,
        items: &'a [WithItem],
        body: &'a [Stmt],
        line: u32,
    ) -> Result<(), SyntaxError> {
        let Some((item, rest)) = items.split_first() else {
            return self.body(body);
        };
        let handler = self.new_label();
        let end = self.new_label();
        self.expr(&item.context_expr)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.await_tos();
        } else {
            self.emit(Op::BeforeWith);
        }
        // Stack: exit enter_result.
        match &item.optional_vars {
            Some(t) => self.store(t)?,
            None => self.emit(Op::PopTop),
        }
        self.emit_jump(Op::SetupExcept, handler);
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.body(body)?;
        } else {
            self.with_stmt(is_async, rest, body, line)?;
        }
        self.unit().fblocks.pop();
        self.set_line(line);
        self.emit(Op::PopBlock);
        self.call_exit_none(is_async);
        self.emit(Op::PopTop);
        self.emit_jump(Op::Jump, end);
        // Exceptional exit. Stack: exit exc; an ExceptHandler block is active.
        self.bind(handler);
        let suppress = self.new_label();
        self.emit(Op::WithExceptStart);
        if is_async {
            self.await_tos();
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::PopTop);
        self.emit(Op::PopExcept);
        self.emit(Op::PopTop);
        self.bind(end);
        Ok(())
    }

    // ---------------------------------------------------------- assignments

    pub(crate) fn store(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        let old = self.set_line(t.loc.line);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameCtx::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                let stars: Vec<usize> = es
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars[..] {
                    [] => self.emit(Op::UnpackSequence(es.len() as u32)),
                    [i] => {
                        let after = es.len() - i - 1;
                        if i >= 256 || after >= (1 << 24) {
                            return Err(err(
                                "too many expressions in star-unpacking assignment",
                                t.loc,
                            ));
                        }
                        self.emit(Op::UnpackEx((i | (after << 8)) as u32));
                    }
                    _ => return Err(err("multiple starred expressions in assignment", t.loc)),
                }
                for e in es {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.store(inner)?,
                        _ => self.store(e)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(err(
                    "starred assignment target must be in a list or tuple",
                    t.loc,
                ))
            }
            _ => return Err(err(format!("cannot assign to {}", describe(t)), t.loc)),
        }
        self.set_line(old);
        Ok(())
    }

    fn delete(&mut self, t: &'a Expr) -> Result<(), SyntaxError> {
        self.set_line(t.loc.line);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameCtx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_name(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.delete(e)?;
                }
            }
            _ => return Err(err(format!("cannot delete {}", describe(t)), t.loc)),
        }
        Ok(())
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> Result<(), SyntaxError> {
        let code = binop_code(op) + binop::INPLACE;
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, NameCtx::Load);
                self.expr(value)?;
                self.emit(Op::BinaryOp(code));
                self.name_op(n, NameCtx::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Copy(1));
                let i = self.attr_name(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::BinaryOp(code));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Op::Copy(2));
                self.emit(Op::Copy(2));
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::BinaryOp(code));
                self.emit(Op::Rot(3));
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        describe(target)
                    ),
                    target.loc,
                ))
            }
        }
        Ok(())
    }

    /// Push an annotation's value: the evaluated expression, or its source
    /// text under `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if self.future_annotations {
            self.load_const(Const::Str(crate::unparse::unparse(e)));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<(), SyntaxError> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let at_top = matches!(self.scope_kind(), ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name(n) => {
                if simple && at_top {
                    self.annotation(annotation)?;
                    self.name_op("__annotations__", NameCtx::Load);
                    self.load_const(Const::Str(n.clone()));
                    self.emit(Op::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop);
                }
                if at_top && !self.future_annotations {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop);
                }
            }
            ExprKind::Subscript { value: obj, slice } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::PopTop);
                    self.expr(slice)?;
                    self.emit(Op::PopTop);
                }
                if at_top && !self.future_annotations {
                    self.expr(annotation)?;
                    self.emit(Op::PopTop);
                }
            }
            _ => return Err(err("illegal target for annotation", target.loc)),
        }
        Ok(())
    }

    // ------------------------------------------------------ functions/classes

    /// Emit defaults/kw-defaults/annotations for a function or lambda; returns the mkfn flags.
    pub(crate) fn function_prelude(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<u8, SyntaxError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(args.defaults.len() as u32));
            flags |= mkfn::DEFAULTS;
        }
        let mut nkw = 0;
        for (a, d) in args.kwonlyargs.iter().zip(args.kw_defaults.iter()) {
            if let Some(d) = d {
                let n = self.cur_scope().mangle(&a.name).into_owned();
                self.load_const(Const::Str(n));
                self.expr(d)?;
                nkw += 1;
            }
        }
        if nkw > 0 {
            self.emit(Op::BuildMap(nkw));
            flags |= mkfn::KWDEFAULTS;
        }
        let mut nann = 0;
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.vararg.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.kwarg.iter());
        for a in all {
            if let Some(an) = &a.annotation {
                let n = self.cur_scope().mangle(&a.name).into_owned();
                self.load_const(Const::Str(n));
                self.annotation(an)?;
                nann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".to_string()));
            self.annotation(r)?;
            nann += 1;
        }
        if nann > 0 {
            self.emit(Op::BuildMap(nann));
            flags |= mkfn::ANNOTATIONS;
        }
        Ok(flags)
    }

    pub(crate) fn set_arg_counts(&mut self, args: &Arguments) {
        let c = &mut self.unit().code;
        c.posonlyargcount = args.posonlyargs.len() as u32;
        c.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        c.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            c.flags |= codeflag::VARARGS;
        }
        if args.kwarg.is_some() {
            c.flags |= codeflag::VARKEYWORDS;
        }
    }

    pub(crate) fn generator_flags(&self, scope: usize) -> u32 {
        let sc = &self.table.scopes[scope];
        match (sc.is_async, sc.is_generator) {
            (true, true) => codeflag::ASYNC_GENERATOR,
            (true, false) => codeflag::COROUTINE,
            (false, true) => codeflag::GENERATOR,
            (false, false) => 0,
        }
    }

    /// `closure code -> function` with the given mkfn flags.
    pub(crate) fn make_function(&mut self, child: usize, code: CodeObject, flags: u8) {
        let flags = flags | self.make_closure(child);
        let i = self.add_const(Const::Code(Rc::new(code)));
        self.emit(Op::LoadConst(i));
        self.emit(Op::MakeFunction(flags));
    }

    fn function_def(&mut self, f: &'a FunctionDef, loc: Loc) -> Result<(), SyntaxError> {
        let child = self.scope_for(f as *const FunctionDef as usize, loc)?;
        // `@micropython.<emitter>` is a compile-time directive, as in
        // MicroPython: `native`/`bytecode` run as bytecode here, the machine
        // code emitters are refused by name, anything else is invalid.
        let mut decorators: Vec<&'a Expr> = Vec::new();
        for d in &f.decorators {
            match micropython_decorator(d) {
                None => decorators.push(d),
                Some("native" | "bytecode") => {}
                Some(e @ ("viper" | "asm_thumb" | "asm_xtensa" | "asm_rv32")) => {
                    let msg = format!("the {} emitter is not supported by MicroPythonRT", e);
                    return Err(err(&msg, d.loc));
                }
                Some(_) => return Err(err("invalid micropython decorator", d.loc)),
            }
        }
        for d in &decorators {
            self.expr(d)?;
        }
        self.set_line(loc.line);
        let flags = self.function_prelude(&f.args, f.returns.as_ref())?;
        let qualname = self.child_qualname(&f.name);
        self.push_unit(child, &f.name, qualname, loc.line);
        self.set_arg_counts(&f.args);
        let gf = self.generator_flags(child);
        self.unit().code.flags |= gf;
        let mut body = &f.body[..];
        if let Some(d) = docstring(body) {
            self.unit().code.doc = Some(d.to_string());
            body = &body[1..];
        }
        let r = self.body(body);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        self.load_const(Const::None);
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        self.set_line(loc.line);
        self.make_function(child, code, flags);
        for _ in &decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&f.name, NameCtx::Store);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, loc: Loc) -> Result<(), SyntaxError> {
        let child = self.scope_for(c as *const ClassDef as usize, loc)?;
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(loc.line);
        let qualname = self.child_qualname(&c.name);
        self.push_unit(child, &c.name, qualname.clone(), loc.line);
        self.unit().code.flags |= codeflag::CLASS_BODY;
        let r = self.class_body(c, qualname);
        if let Err(e) = r {
            self.units.pop();
            return Err(e);
        }
        let code = self.pop_unit();
        self.set_line(loc.line);
        self.emit(Op::LoadBuildClass);
        self.make_function(child, code, 0);
        self.load_const(Const::Str(c.name.clone()));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&c.name, NameCtx::Store);
        Ok(())
    }

    fn class_body(&mut self, c: &'a ClassDef, qualname: String) -> Result<(), SyntaxError> {
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Const::Str(qualname));
        self.name_op("__qualname__", NameCtx::Store);
        let mut body = &c.body[..];
        if let Some(d) = docstring(body) {
            self.unit().code.doc = Some(d.to_string());
            self.set_line(body[0].loc.line);
            self.load_const(Const::Str(d.to_string()));
            self.name_op("__doc__", NameCtx::Store);
            body = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations);
        }
        self.body(body)?;
        if self.cur_scope().needs_class_cell {
            let ci = self.cur_scope().cell_index("__class__").unwrap_or(0);
            self.emit(Op::LoadClosure(ci));
        } else {
            self.load_const(Const::None);
        }
        self.emit(Op::ReturnValue);
        Ok(())
    }
}

pub(crate) fn binop_code(op: BinOp) -> u8 {
    match op {
        BinOp::Add => binop::ADD,
        BinOp::Sub => binop::SUB,
        BinOp::Mult => binop::MUL,
        BinOp::MatMult => binop::MATMUL,
        BinOp::Div => binop::TRUEDIV,
        BinOp::FloorDiv => binop::FLOORDIV,
        BinOp::Mod => binop::MOD,
        BinOp::Pow => binop::POW,
        BinOp::LShift => binop::LSHIFT,
        BinOp::RShift => binop::RSHIFT,
        BinOp::BitAnd => binop::AND,
        BinOp::BitOr => binop::OR,
        BinOp::BitXor => binop::XOR,
    }
}

/// CPython's description of an expression kind in "cannot assign to ..." messages.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::Bool(true)) => "True",
        ExprKind::Constant(Constant::Bool(false)) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}
