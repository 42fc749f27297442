//! Scope analysis: builds one symbol table per scope (module, class, function,
//! lambda, comprehension) and classifies every name as local, explicit
//! global, implicit global, free or cell.
//!
//! This file owns the symbol-table data structures, the AST walk that records
//! name bindings/uses (plus `global`/`nonlocal` declaration errors, yield
//! placement errors and generator/async detection) and the analysis pass that
//! resolves closures (including the implicit `__class__` cell of classes whose
//! methods use `super` or `__class__`, and walrus targets inside comprehensions
//! that bind in the enclosing function).
//!
//! Scopes are keyed by the address of the AST node that creates them (the
//! `FunctionDef`/`ClassDef` box contents, or the `Expr` of a lambda or
//! comprehension), so the code generator can find them in any visiting order.

use alloc::collections::{BTreeMap, BTreeSet};
use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use mprt_syntax::ast::*;
use mprt_syntax::{Mode, SyntaxError, SyntaxErrorKind};

/// The name is bound in this scope (assignment, def, import, for, with, del...).
pub const DEF_LOCAL: u32 = 1;
/// The name is a parameter.
pub const DEF_PARAM: u32 = 2;
/// The name is declared `global` (or is a walrus target bound at module level).
pub const DEF_GLOBAL: u32 = 4;
/// The name is declared `nonlocal` (or is a walrus target bound in an enclosing function).
pub const DEF_NONLOCAL: u32 = 8;
/// The name is read.
pub const USE: u32 = 16;
/// The name is the target of an annotated assignment.
pub const DEF_ANNOT: u32 = 32;
/// The name is a comprehension iteration variable.
pub const DEF_COMP_ITER: u32 = 64;

/// What kind of comprehension a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    /// `[x for ...]`
    List,
    /// `{x for ...}`
    Set,
    /// `{k: v for ...}`
    Dict,
    /// `(x for ...)`
    Gen,
}

impl CompKind {
    /// The code object name (`<listcomp>` ...).
    pub fn code_name(self) -> &'static str {
        match self {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        }
    }
    fn describe(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Gen => "generator expression",
        }
    }
}

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// The module (also `eval`/REPL input).
    Module,
    /// A class body.
    Class,
    /// A `def` / `async def`.
    Function,
    /// A lambda.
    Lambda,
    /// A comprehension or generator expression.
    Comprehension(CompKind),
}

impl ScopeKind {
    /// Whether names are resolved like a function (fast locals and cells).
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension(_)
        )
    }
}

/// How a name is resolved in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymScope {
    /// Bound in this scope (fast local in functions, dict entry in modules/classes).
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound anywhere visible: global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function (reached through the closure).
    Free,
    /// A local of this function that inner scopes capture.
    Cell,
}

/// One name in a scope.
#[derive(Clone, Debug)]
pub struct Symbol {
    /// The identifier.
    pub name: String,
    /// `DEF_*`/`USE` bits.
    pub flags: u32,
    /// The resolution (valid after analysis).
    pub scope: SymScope,
    /// Where a `nonlocal` declaration of it appeared (for error reporting).
    pub decl_loc: Loc,
}

/// The symbol table of one scope.
#[derive(Clone, Debug)]
pub struct Scope {
    /// Kind of scope.
    pub kind: ScopeKind,
    /// The function/class name (or `<lambda>`, `<listcomp>`, `<module>`).
    pub name: String,
    /// Symbols in order of first appearance.
    pub symbols: Vec<Symbol>,
    index: BTreeMap<String, usize>,
    /// Parameter names in varnames order (positional, kw-only, *args, **kwargs).
    pub params: Vec<String>,
    /// Child scope ids in source order.
    pub children: Vec<usize>,
    /// Parent scope id.
    pub parent: Option<usize>,
    /// Contains `yield` / `yield from`.
    pub is_generator: bool,
    /// `async def`, or an async comprehension (contains `async for` or `await`).
    pub is_async: bool,
    /// Cells created by this scope, in cell-index order.
    pub cellvars: Vec<String>,
    /// Free variables received through the closure, in order.
    pub freevars: Vec<String>,
    /// Whether this class scope has the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// A module-level or class-level annotated assignment occurs directly in the body.
    pub has_annotations: bool,
    /// Name of the innermost enclosing class (private name mangling of `__x`).
    pub private: Option<String>,
}

/// Private name mangling: `__x` inside class `_C` becomes `_C__x` (names
/// ending in `__`, dotted names, and classes named only `_` are left alone).
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> alloc::borrow::Cow<'n, str> {
    use alloc::borrow::Cow;
    let Some(p) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{}{}", stripped, name))
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: BTreeMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_async: false,
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            has_annotations: false,
            private: None,
        }
    }

    /// `name` after private name mangling in this scope.
    pub fn mangle<'n>(&self, name: &'n str) -> alloc::borrow::Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    /// Look a symbol up by name.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index
            .get(&*self.mangle(name))
            .map(|&i| &self.symbols[i])
    }

    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    fn add(&mut self, name: &str, flag: u32) -> &mut Symbol {
        let mangled = self.mangle(name).into_owned();
        let name = mangled.as_str();
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                let i = self.symbols.len();
                self.symbols.push(Symbol {
                    name: name.to_string(),
                    flags: 0,
                    scope: SymScope::GlobalImplicit,
                    decl_loc: Loc::default(),
                });
                self.index.insert(name.to_string(), i);
                i
            }
        };
        let s = &mut self.symbols[i];
        s.flags |= flag;
        s
    }

    /// The resolution of `name` in this scope (implicit global when unknown).
    pub fn resolve(&self, name: &str) -> SymScope {
        self.lookup(name)
            .map_or(SymScope::GlobalImplicit, |s| s.scope)
    }

    /// Index of `name` in the cell space (cellvars then freevars).
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        let mangled = self.mangle(name);
        let name = &*mangled;
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|n| n == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }
}

/// All scopes of a module.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// Scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// AST node address -> scope id.
    pub by_node: BTreeMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created by the AST node at `addr`.
    pub fn scope_of(&self, addr: usize) -> Option<usize> {
        self.by_node.get(&addr).copied()
    }
}

/// Build an error at a node position (0-based column in, 1-based out).
pub(crate) fn err(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg: msg.into(),
        line: loc.line,
        col: loc.col + 1,
    }
}

/// Build and analyse the symbol table of a module.
pub fn build(module: &Module, mode: Mode) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: alloc::vec![Scope::new(ScopeKind::Module, "<module>", None)],
            by_node: BTreeMap::new(),
        },
        cur: 0,
        in_comp_target: false,
        in_comp_iter: 0,
        depth: 0,
        _mode: mode,
    };
    if has_annotations(&module.body) {
        b.table.scopes[0].has_annotations = true;
    }
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = b.table;
    analyze(&mut table, 0, &BTreeSet::new())?;
    Ok(table)
}

/// Whether a body contains an annotated assignment with a simple name target
/// outside nested function/class scopes (so it needs `SetupAnnotations`).
pub fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

struct Builder {
    table: SymbolTable,
    cur: usize,
    in_comp_target: bool,
    /// Depth of comprehension iterable expressions being visited (walrus is forbidden there).
    in_comp_iter: u32,
    depth: u32,
    _mode: Mode,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.table.scopes[self.cur]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, addr: usize) -> usize {
        let id = self.table.scopes.len();
        let mut sc = Scope::new(kind, name, Some(self.cur));
        sc.private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.table.scopes[self.cur].private.clone()
        };
        self.table.scopes.push(sc);
        self.table.scopes[self.cur].children.push(id);
        self.table.by_node.insert(addr, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn bind(&mut self, name: &str) {
        let f = if self.in_comp_target {
            DEF_LOCAL | DEF_COMP_ITER
        } else {
            DEF_LOCAL
        };
        self.scope().add(name, f);
    }

    fn use_name(&mut self, name: &str) {
        self.scope().add(name, USE);
        if (name == "super" || name == "__class__") && self.scope().kind.is_function_like() {
            self.scope().add("__class__", USE);
        }
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.vararg.iter())
            .chain(args.kwarg.iter());
        for a in all {
            if self.scope().flags(&a.name) & DEF_PARAM != 0 {
                return Err(err(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.loc,
                ));
            }
            self.scope().add(&a.name, DEF_PARAM);
            let n = self.scope().mangle(&a.name).into_owned();
            self.scope().params.push(n);
        }
        Ok(())
    }

    fn arg_annotations(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        let all = args
            .posonlyargs
            .iter()
            .chain(args.args.iter())
            .chain(args.vararg.iter())
            .chain(args.kwonlyargs.iter())
            .chain(args.kwarg.iter());
        for a in all {
            if let Some(an) = &a.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn declare(&mut self, names: &[Ident], loc: Loc, global: bool) -> Result<(), SyntaxError> {
        let word = if global { "global" } else { "nonlocal" };
        if !global && self.scope().kind == ScopeKind::Module {
            return Err(err("nonlocal declaration not allowed at module level", loc));
        }
        for n in names {
            let f = self.scope().flags(n);
            if f & DEF_PARAM != 0 {
                return Err(err(format!("name '{}' is parameter and {}", n, word), loc));
            }
            if f & USE != 0 {
                return Err(err(
                    format!("name '{}' is used prior to {} declaration", n, word),
                    loc,
                ));
            }
            if f & DEF_ANNOT != 0 {
                return Err(err(
                    format!("annotated name '{}' can't be {}", n, word),
                    loc,
                ));
            }
            if f & DEF_LOCAL != 0 {
                return Err(err(
                    format!("name '{}' is assigned to before {} declaration", n, word),
                    loc,
                ));
            }
            if global && f & DEF_NONLOCAL != 0 {
                return Err(err(format!("name '{}' is nonlocal and global", n), loc));
            }
            if !global && f & DEF_GLOBAL != 0 {
                return Err(err(format!("name '{}' is nonlocal and global", n), loc));
            }
            let s = self
                .scope()
                .add(n, if global { DEF_GLOBAL } else { DEF_NONLOCAL });
            s.decl_loc = loc;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        if self.depth >= crate::compile::MAX_DEPTH {
            return Err(crate::compile::too_deep(s.loc));
        }
        self.depth += 1;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.bind(&f.name);
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.defaults(&f.args)?;
                self.arg_annotations(&f.args)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                let prev = self.enter(
                    ScopeKind::Function,
                    &f.name,
                    &**f as *const FunctionDef as usize,
                );
                self.scope().is_async = f.is_async;
                self.params(&f.args)?;
                self.body(&f.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                self.bind(&c.name);
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let prev = self.enter(ScopeKind::Class, &c.name, &**c as *const ClassDef as usize);
                self.scope().has_annotations = has_annotations(&c.body);
                self.body(&c.body)?;
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t, Ctx::Del)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t, Ctx::Store)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target, Ctx::Store)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(n) = &target.kind {
                    let f = self.scope().flags(n);
                    if f & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let w = if f & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(err(
                            format!("annotated name '{}' can't be {}", n, w),
                            target.loc,
                        ));
                    }
                    if *simple {
                        self.scope().add(n, DEF_ANNOT);
                    }
                }
                self.expr(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.target(target, Ctx::Store)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target, Ctx::Store)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.target(v, Ctx::Store)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let n = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(""),
                    };
                    self.bind(n);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(err("import * only allowed at module level", s.loc));
                        }
                    } else {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name));
                    }
                }
            }
            StmtKind::Global(names) => self.declare(names, s.loc, true)?,
            StmtKind::Nonlocal(names) => self.declare(names, s.loc, false)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        match p {
            Pattern::Value(e) => self.expr(e)?,
            Pattern::Singleton(_) => {}
            Pattern::Sequence(ps) | Pattern::Or(ps) => {
                for x in ps {
                    self.pattern(x)?;
                }
            }
            Pattern::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k)?;
                }
                for x in patterns {
                    self.pattern(x)?;
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            Pattern::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for x in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(x)?;
                }
            }
            Pattern::Star(n) => {
                if let Some(n) = n {
                    self.bind(n);
                }
            }
            Pattern::As { pattern, name } => {
                if let Some(x) = pattern {
                    self.pattern(x)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr, ctx: Ctx) -> Result<(), SyntaxError> {
        match &t.kind {
            ExprKind::Name(n) => {
                if ctx == Ctx::Load {
                    self.use_name(n)
                } else {
                    self.bind(n)
                }
                Ok(())
            }
            ExprKind::Tuple(es) | ExprKind::List(es) => {
                for e in es {
                    self.target(e, ctx)?;
                }
                Ok(())
            }
            ExprKind::Starred(e) => self.target(e, ctx),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)
            }
            _ => self.expr(t),
        }
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        if self.depth >= crate::compile::MAX_DEPTH {
            return Err(crate::compile::too_deep(e.loc));
        }
        self.depth += 1;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                if self.in_comp_iter > 0 {
                    return Err(err(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.loc,
                    ));
                }
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.walrus(n, target.loc)?;
                } else {
                    return Err(err(
                        "cannot use assignment expressions with this target",
                        target.loc,
                    ));
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                let prev = self.enter(ScopeKind::Lambda, "<lambda>", e as *const Expr as usize);
                self.params(args)?;
                let saved = core::mem::replace(&mut self.in_comp_iter, 0);
                let r = self.expr(body);
                self.in_comp_iter = saved;
                r?;
                self.cur = prev;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values.iter()) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::Set(es)
            | ExprKind::List(es)
            | ExprKind::Tuple(es)
            | ExprKind::JoinedStr(es) => {
                for x in es {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comp(e, CompKind::List, &[elt], generators)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comp(e, CompKind::Set, &[elt], generators)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comp(e, CompKind::Gen, &[elt], generators)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comp(e, CompKind::Dict, &[key, value], generators)?,
            ExprKind::Await(v) => {
                self.expr(v)?;
                if let ScopeKind::Comprehension(_) = self.scope().kind {
                    self.scope().is_async = true;
                }
            }
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                self.yield_here(e.loc)?;
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.yield_here(e.loc)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(s) = format_spec {
                    self.expr(s)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }

    fn yield_here(&mut self, loc: Loc) -> Result<(), SyntaxError> {
        match self.scope().kind {
            ScopeKind::Module | ScopeKind::Class => Err(err("'yield' outside function", loc)),
            ScopeKind::Comprehension(k) => {
                Err(err(format!("'yield' inside {}", k.describe()), loc))
            }
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }

    fn walrus(&mut self, name: &str, loc: Loc) -> Result<(), SyntaxError> {
        if !matches!(self.scope().kind, ScopeKind::Comprehension(_)) {
            self.bind(name);
            return Ok(());
        }
        // Find the nearest enclosing non-comprehension scope.
        let mut chain = Vec::new();
        let mut id = self.cur;
        while let ScopeKind::Comprehension(_) = self.table.scopes[id].kind {
            if self.table.scopes[id].flags(name) & DEF_COMP_ITER != 0 {
                return Err(err(
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{}'",
                        name
                    ),
                    loc,
                ));
            }
            chain.push(id);
            id = self.table.scopes[id].parent.unwrap_or(0);
        }
        let outer_kind = self.table.scopes[id].kind;
        if outer_kind == ScopeKind::Class {
            return Err(err(
                "assignment expression within a comprehension cannot be used in a class body",
                loc,
            ));
        }
        let outer = &mut self.table.scopes[id];
        let outer_global = outer_kind == ScopeKind::Module || outer.flags(name) & DEF_GLOBAL != 0;
        if outer.flags(name) & (DEF_GLOBAL | DEF_NONLOCAL) == 0 {
            outer.add(name, DEF_LOCAL);
        }
        for c in chain {
            let f = if outer_global {
                DEF_GLOBAL
            } else {
                DEF_NONLOCAL
            };
            let s = self.table.scopes[c].add(name, f);
            s.decl_loc = loc;
        }
        Ok(())
    }

    fn comp(
        &mut self,
        e: &Expr,
        kind: CompKind,
        elts: &[&Expr],
        gens: &[Comprehension],
    ) -> Result<(), SyntaxError> {
        let Some(first) = gens.first() else {
            return Err(err("comprehension without generators", e.loc));
        };
        self.in_comp_iter += 1;
        let r = self.expr(&first.iter);
        self.in_comp_iter -= 1;
        r?;
        let prev = self.enter(
            ScopeKind::Comprehension(kind),
            kind.code_name(),
            e as *const Expr as usize,
        );
        self.scope().add(".0", DEF_PARAM);
        self.scope().params.push(".0".to_string());
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                let r = self.expr(&g.iter);
                self.in_comp_iter -= 1;
                r?;
            }
            if g.is_async {
                self.scope().is_async = true;
            }
            self.in_comp_target = true;
            let r = self.target(&g.target, Ctx::Store);
            self.in_comp_target = false;
            r?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        let is_async = self.scope().is_async;
        self.cur = prev;
        // An async list/set/dict comprehension is awaited by its creator.
        if is_async && kind != CompKind::Gen {
            if let ScopeKind::Comprehension(_) = self.scope().kind {
                self.scope().is_async = true;
            }
        }
        Ok(())
    }
}

fn analyze(
    t: &mut SymbolTable,
    id: usize,
    bound: &BTreeSet<String>,
) -> Result<BTreeSet<String>, SyntaxError> {
    let kind = t.scopes[id].kind;
    let mut new_bound = if kind == ScopeKind::Module {
        BTreeSet::new()
    } else {
        bound.clone()
    };
    let mut free = BTreeSet::new();
    for sym in t.scopes[id].symbols.iter_mut() {
        let f = sym.flags;
        sym.scope = if f & DEF_GLOBAL != 0 {
            SymScope::GlobalExplicit
        } else if f & DEF_NONLOCAL != 0 {
            if !bound.contains(&sym.name) {
                return Err(err(
                    format!("no binding for nonlocal '{}' found", sym.name),
                    sym.decl_loc,
                ));
            }
            SymScope::Free
        } else if f & (DEF_LOCAL | DEF_PARAM) != 0 {
            SymScope::Local
        } else if kind != ScopeKind::Module && bound.contains(&sym.name) {
            SymScope::Free
        } else {
            SymScope::GlobalImplicit
        };
        match sym.scope {
            SymScope::Free => {
                free.insert(sym.name.clone());
            }
            // A class-level `global` does not affect nested functions.
            SymScope::GlobalExplicit if kind.is_function_like() => {
                new_bound.remove(&sym.name);
            }
            SymScope::Local if kind.is_function_like() => {
                new_bound.insert(sym.name.clone());
            }
            _ => {}
        }
    }
    if kind == ScopeKind::Class {
        new_bound.insert("__class__".to_string());
    }
    let children = t.scopes[id].children.clone();
    let mut child_free = BTreeSet::new();
    for c in children {
        let f = analyze(t, c, &new_bound)?;
        child_free.extend(f);
    }
    let scope = &mut t.scopes[id];
    let mut cells = BTreeSet::new();
    for name in child_free {
        let local = scope.kind.is_function_like()
            && scope
                .lookup(&name)
                .is_some_and(|s| matches!(s.scope, SymScope::Local | SymScope::Cell));
        if local {
            let i = scope.index[&name];
            scope.symbols[i].scope = SymScope::Cell;
            cells.insert(name);
        } else if scope.kind == ScopeKind::Class && name == "__class__" {
            scope.needs_class_cell = true;
            cells.insert(name);
        } else if scope.kind != ScopeKind::Module {
            free.insert(name);
        }
    }
    scope.cellvars = cells.into_iter().collect();
    scope.freevars = free.iter().cloned().collect();
    Ok(free)
}
