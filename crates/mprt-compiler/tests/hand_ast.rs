//! Compiler tests on hand-built ASTs: generated code structure per construct,
//! scope classification, and error messages.

mod common;
use common::*;
use mprt_compiler::bytecode::*;
use mprt_compiler::{compile, disassemble, Mode};
use mprt_syntax::ast::*;

#[test]
fn module_assign_and_expr() {
    let c = exec(vec![
        assign(name("x"), int(1)),
        expr_stmt(call(name("print"), vec![name("x")])),
    ]);
    assert_eq!(c.flags, codeflag::MODULE);
    assert!(has_names(
        &c,
        &[
            "LoadConst",
            "StoreName",
            "LoadName",
            "LoadName",
            "Call",
            "PopTop",
            "LoadConst",
            "ReturnValue"
        ]
    ));
    check_stack(&c);
}

#[test]
fn single_mode_prints() {
    let m = module(vec![expr_stmt(name("x"))]);
    let c = compile(&m, "<stdin>", Mode::Single).unwrap();
    assert!(has_names(&c, &["LoadName", "PrintExpr"]));
}

#[test]
fn eval_mode_returns() {
    let m = module(vec![expr_stmt(binop(int(1), BinOp::Add, name("y")))]);
    let c = compile(&m, "<e>", Mode::Eval).unwrap();
    assert_eq!(
        op_names(&c),
        ["LoadConst", "LoadName", "BinaryOp", "ReturnValue"]
    );
}

#[test]
fn function_locals_and_globals() {
    // def f(a, b=1): c = a; return g(c)
    let mut a = args(&["a", "b"]);
    a.defaults = vec![int(1)];
    let c = exec(vec![def(
        "f",
        a,
        vec![
            assign(name("c"), name("a")),
            ret(Some(call(name("g"), vec![name("c")]))),
        ],
    )]);
    let f = find_code(&c, "f");
    assert_eq!(f.varnames, ["a", "b", "c"]);
    assert_eq!(f.argcount, 2);
    assert!(has_seq(f, &[Op::LoadFast(0), Op::StoreFast(2)]));
    assert!(has_names(
        f,
        &["LoadGlobal", "LoadFast", "Call", "ReturnValue"]
    ));
    assert!(has_names(
        &c,
        &[
            "LoadConst",
            "BuildTuple",
            "LoadConst",
            "MakeFunction",
            "StoreName"
        ]
    ));
    assert!(c.code.contains(&Op::MakeFunction(mkfn::DEFAULTS)));
    check_stack(&c);
}

#[test]
fn closures_cells_and_free() {
    // def f(x): def g(): return x; return g
    let c = exec(vec![def(
        "f",
        args(&["x"]),
        vec![
            def("g", args(&[]), vec![ret(Some(name("x")))]),
            ret(Some(name("g"))),
        ],
    )]);
    let f = find_code(&c, "f");
    let g = find_code(&c, "g");
    assert_eq!(f.cellvars, ["x"]);
    assert_eq!(f.cell_params, [(0, 0)]);
    assert_eq!(g.freevars, ["x"]);
    assert_eq!(g.qualname, "f.<locals>.g");
    assert!(has_seq(f, &[Op::LoadClosure(0), Op::BuildTuple(1)]));
    assert!(f.code.contains(&Op::MakeFunction(mkfn::CLOSURE)));
    assert!(g.code.contains(&Op::LoadDeref(0)));
    check_stack(&c);
}

#[test]
fn nonlocal_and_global() {
    // def f(): x = 1; def g(): nonlocal x; global y; x = 2; y = 3
    let c = exec(vec![def(
        "f",
        args(&[]),
        vec![
            assign(name("x"), int(1)),
            def(
                "g",
                args(&[]),
                vec![
                    s(StmtKind::Nonlocal(vec!["x".into()])),
                    s(StmtKind::Global(vec!["y".into()])),
                    assign(name("x"), int(2)),
                    assign(name("y"), int(3)),
                ],
            ),
        ],
    )]);
    let f = find_code(&c, "f");
    let g = find_code(&c, "g");
    assert!(f.code.contains(&Op::StoreDeref(0)));
    assert!(g.code.contains(&Op::StoreDeref(0)));
    assert!(has_names(g, &["LoadConst", "StoreGlobal"]));
}

#[test]
fn class_body_and_super_cell() {
    // class C(B): x = 1; def m(self): return super().m()
    let c = exec(vec![class(
        "C",
        vec![name("B")],
        vec![
            expr_stmt(st("doc")),
            assign(name("x"), int(1)),
            def(
                "m",
                args(&["self"]),
                vec![ret(Some(call(
                    attr(call(name("super"), vec![]), "m"),
                    vec![],
                )))],
            ),
        ],
    )]);
    let body = find_code(&c, "C");
    assert_eq!(body.flags & codeflag::CLASS_BODY, codeflag::CLASS_BODY);
    assert_eq!(body.cellvars, ["__class__"]);
    assert_eq!(body.doc.as_deref(), Some("doc"));
    let m = find_code(&c, "m");
    assert_eq!(m.freevars, ["__class__"]);
    assert_eq!(m.qualname, "C.m");
    let n = op_names(body);
    assert_eq!(&n[..4], ["LoadName", "StoreName", "LoadConst", "StoreName"]);
    assert_eq!(&n[n.len() - 2..], ["LoadClosure", "ReturnValue"]);
    assert!(has_names(
        &c,
        &[
            "LoadBuildClass",
            "LoadConst",
            "MakeFunction",
            "LoadConst",
            "LoadName",
            "Call",
            "StoreName"
        ]
    ));
    assert!(c.code.contains(&Op::Call(3)));
    check_stack(&c);
}

#[test]
fn class_free_var_uses_classderef() {
    // def f(): x = 1; class C: y = x
    let c = exec(vec![def(
        "f",
        args(&[]),
        vec![
            assign(name("x"), int(1)),
            class("C", vec![], vec![assign(name("y"), name("x"))]),
        ],
    )]);
    let body = find_code(&c, "C");
    assert_eq!(body.freevars, ["x"]);
    assert!(body.code.contains(&Op::LoadClassDeref(0)));
    assert_eq!(body.qualname, "f.<locals>.C");
}

#[test]
fn class_keywords_and_star_bases() {
    let cd = ClassDef {
        name: "C".into(),
        bases: vec![name("A"), starred(name("bs"))],
        keywords: vec![kw(Some("metaclass"), name("M"))],
        body: vec![s(StmtKind::Pass)],
        decorators: vec![name("deco")],
    };
    let c = exec(vec![s(StmtKind::ClassDef(Box::new(cd)))]);
    assert!(has_names(
        &c,
        &[
            "BuildList",
            "LoadName",
            "ListExtend",
            "ListToTuple",
            "LoadConst",
            "LoadName",
            "BuildMap",
            "CallEx",
            "Call",
            "StoreName"
        ]
    ));
    check_stack(&c);
}

#[test]
fn comprehension_scope() {
    // def f(y): return [x + y for x in range(y) if x]
    let mut g = gen(name("x"), call(name("range"), vec![name("y")]));
    g.ifs.push(name("x"));
    let c = exec(vec![def(
        "f",
        args(&["y"]),
        vec![ret(Some(listcomp(
            binop(name("x"), BinOp::Add, name("y")),
            vec![g],
        )))],
    )]);
    let lc = find_code(&c, "<listcomp>");
    assert_eq!(lc.varnames, [".0", "x"]);
    assert_eq!(lc.freevars, ["y"]);
    assert_eq!(lc.qualname, "f.<locals>.<listcomp>");
    assert!(has_names(
        lc,
        &["BuildList", "LoadFast", "ForIter", "StoreFast"]
    ));
    assert!(lc.code.contains(&Op::ListAppend(2)));
    let f = find_code(&c, "f");
    assert!(has_names(
        f,
        &[
            "MakeFunction",
            "LoadGlobal",
            "LoadDeref",
            "Call",
            "GetIter",
            "Call"
        ]
    ));
    check_stack(&c);
}

#[test]
fn genexp_flags() {
    let c = exec(vec![expr_stmt(genexp(
        name("x"),
        vec![gen(name("x"), name("y"))],
    ))]);
    let g = find_code(&c, "<genexpr>");
    assert_eq!(g.flags & codeflag::GENERATOR, codeflag::GENERATOR);
    assert!(has_names(g, &["YieldValue", "PopTop", "Jump"]));
    check_stack(&c);
}

#[test]
fn walrus_in_comprehension_binds_enclosing() {
    // def f(): [(z := x) for x in y]; return z
    let c = exec(vec![def(
        "f",
        args(&[]),
        vec![
            expr_stmt(listcomp(
                walrus("z", name("x")),
                vec![gen(name("x"), name("y"))],
            )),
            ret(Some(name("z"))),
        ],
    )]);
    let f = find_code(&c, "f");
    assert_eq!(f.cellvars, ["z"]);
    let lc = find_code(&c, "<listcomp>");
    assert_eq!(lc.freevars, ["z"]);
    assert!(lc.code.contains(&Op::StoreDeref(0)));
    // At module level it is a global.
    let c = exec(vec![expr_stmt(listcomp(
        walrus("z", name("x")),
        vec![gen(name("x"), name("y"))],
    ))]);
    let lc = find_code(&c, "<listcomp>");
    assert!(has_names(lc, &["Copy", "StoreGlobal"]));
}

#[test]
fn walrus_errors() {
    let err = exec_err(vec![expr_stmt(listcomp(
        walrus("x", int(1)),
        vec![gen(name("x"), name("y"))],
    ))]);
    assert_eq!(
        err.msg,
        "assignment expression cannot rebind comprehension iteration variable 'x'"
    );
    let err = exec_err(vec![class(
        "C",
        vec![],
        vec![expr_stmt(listcomp(
            walrus("z", int(1)),
            vec![gen(name("x"), name("y"))],
        ))],
    )]);
    assert_eq!(
        err.msg,
        "assignment expression within a comprehension cannot be used in a class body"
    );
}

#[test]
fn generator_and_coroutine_flags() {
    let c = exec(vec![
        def("g", args(&[]), vec![expr_stmt(yield_(Some(int(1))))]),
        async_def("a", args(&[]), vec![expr_stmt(await_(name("x")))]),
        async_def("ag", args(&[]), vec![expr_stmt(yield_(None))]),
    ]);
    assert_eq!(find_code(&c, "g").flags & 0x1c, codeflag::GENERATOR);
    let a = find_code(&c, "a");
    assert_eq!(a.flags & 0x1c, codeflag::COROUTINE);
    assert!(has_names(
        a,
        &[
            "LoadGlobal",
            "GetAwaitable",
            "LoadConst",
            "YieldFrom",
            "PopTop"
        ]
    ));
    assert_eq!(find_code(&c, "ag").flags & 0x1c, codeflag::ASYNC_GENERATOR);
}

#[test]
fn varargs_and_varnames_order() {
    let a = Arguments {
        posonlyargs: vec![arg("p")],
        args: vec![arg("a")],
        vararg: Some(arg("args")),
        kwonlyargs: vec![arg("k")],
        kw_defaults: vec![Some(int(3))],
        kwarg: Some(arg("kw")),
        defaults: vec![],
    };
    let c = exec(vec![def("f", a, vec![assign(name("z"), int(0))])]);
    let f = find_code(&c, "f");
    assert_eq!(f.varnames, ["p", "a", "k", "args", "kw", "z"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert_eq!(f.flags & 3, codeflag::VARARGS | codeflag::VARKEYWORDS);
    assert!(c.code.contains(&Op::MakeFunction(mkfn::KWDEFAULTS)));
}

#[test]
fn annotations_and_decorators() {
    let mut a = args(&["x"]);
    a.args[0].annotation = Some(name("int"));
    let fd = FunctionDef {
        name: "f".into(),
        args: a,
        body: vec![expr_stmt(st("the doc"))],
        decorators: vec![name("d1"), name("d2")],
        returns: Some(name("str")),
        is_async: false,
    };
    let c = exec(vec![s(StmtKind::FunctionDef(Box::new(fd)))]);
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "LoadName",
            "LoadConst",
            "LoadName",
            "LoadConst",
            "LoadName",
            "BuildMap",
            "LoadConst",
            "MakeFunction",
            "Call",
            "Call",
            "StoreName"
        ]
    ));
    assert!(c.code.contains(&Op::MakeFunction(mkfn::ANNOTATIONS)));
    let f = find_code(&c, "f");
    assert_eq!(f.doc.as_deref(), Some("the doc"));
    assert_eq!(op_names(f), ["LoadConst", "ReturnValue"]);
}

#[test]
fn calls_forms() {
    // f(1, x=2); f(*a, **k); o.m(1); o.m(x=1)
    let c = exec(vec![
        expr_stmt(callkw(name("f"), vec![int(1)], vec![kw(Some("x"), int(2))])),
        expr_stmt(callkw(
            name("f"),
            vec![starred(name("a"))],
            vec![kw(None, name("k"))],
        )),
        expr_stmt(call(attr(name("o"), "m"), vec![int(1)])),
        expr_stmt(callkw(
            attr(name("o"), "m"),
            vec![],
            vec![kw(Some("x"), int(1))],
        )),
    ]);
    assert!(c.code.contains(&Op::CallKw(2)));
    assert!(c
        .consts
        .contains(&Const::Tuple(vec![Const::Str("x".into())])));
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "BuildList",
            "LoadName",
            "ListExtend",
            "ListToTuple",
            "BuildMap",
            "LoadName",
            "DictMerge",
            "CallEx"
        ]
    ));
    assert!(has_names(
        &c,
        &["LoadName", "LoadMethod", "LoadConst", "CallMethod"]
    ));
    assert!(has_names(
        &c,
        &["LoadName", "LoadAttr", "LoadConst", "LoadConst", "CallKw"]
    ));
    check_stack(&c);
}

#[test]
fn chained_comparison() {
    let c = exec(vec![expr_stmt(cmp(
        name("a"),
        vec![CmpOp::Lt, CmpOp::Lt],
        vec![name("b"), name("c")],
    ))]);
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "LoadName",
            "Swap",
            "Copy",
            "CompareOp",
            "JumpIfFalseOrPop",
            "LoadName",
            "CompareOp",
            "Jump",
            "Swap",
            "PopTop"
        ]
    ));
    check_stack(&c);
}

#[test]
fn loops_break_continue_else() {
    // for x in y: if x: break / continue   else: z = 1
    let body = vec![s(StmtKind::If {
        test: name("x"),
        body: vec![s(StmtKind::Break)],
        orelse: vec![s(StmtKind::Continue)],
    })];
    let c = exec(vec![for_(
        name("x"),
        name("y"),
        body,
        vec![assign(name("z"), int(1))],
    )]);
    assert!(has_names(
        &c,
        &[
            "GetIter",
            "ForIter",
            "StoreName",
            "LoadName",
            "PopJumpIfFalse",
            "PopTop",
            "Jump",
            "Jump"
        ]
    ));
    check_stack(&c);
    let c = exec(vec![while_(name("t"), vec![s(StmtKind::Break)])]);
    check_stack(&c);
}

#[test]
fn break_through_try_finally_and_with() {
    // for x in y: try: with m: break finally: f()
    let inner = with(vec![(name("m"), None)], vec![s(StmtKind::Break)]);
    let t = try_(
        vec![inner],
        vec![],
        vec![],
        vec![expr_stmt(call(name("f"), vec![]))],
    );
    let c = exec(vec![for_(name("x"), name("y"), vec![t], vec![])]);
    // break: PopBlock (with), exit(None,None,None), PopTop, PopBlock (finally), f(), PopTop, PopTop (iterator), Jump
    assert!(has_names(
        &c,
        &[
            "PopBlock",
            "LoadConst",
            "Copy",
            "Copy",
            "Call",
            "PopTop",
            "PopBlock",
            "LoadName",
            "Call",
            "PopTop",
            "PopTop",
            "Jump"
        ]
    ));
    check_stack(&c);
}

#[test]
fn return_in_try_finally_keeps_value() {
    let t = try_(
        vec![ret(Some(name("v")))],
        vec![],
        vec![],
        vec![expr_stmt(call(name("f"), vec![]))],
    );
    let c = exec(vec![def(
        "g",
        args(&[]),
        vec![for_(name("x"), name("y"), vec![t], vec![])],
    )]);
    let g = find_code(&c, "g");
    assert!(has_names(
        g,
        &[
            "LoadGlobal",
            "PopBlock",
            "LoadGlobal",
            "Call",
            "PopTop",
            "Swap",
            "PopTop",
            "ReturnValue"
        ]
    ));
    check_stack(&c);
}

#[test]
fn try_except_named_handler_cleanup() {
    let t = try_(
        vec![expr_stmt(call(name("f"), vec![]))],
        vec![
            handler(
                Some(name("E")),
                Some("e"),
                vec![expr_stmt(call(name("g"), vec![name("e")]))],
            ),
            handler(None, None, vec![s(StmtKind::Pass)]),
        ],
        vec![assign(name("ok"), int(1))],
        vec![],
    );
    let c = exec(vec![t]);
    assert!(has_names(
        &c,
        &["LoadName", "JumpIfNotExcMatch", "StoreName", "SetupExcept"]
    ));
    assert!(has_names(
        &c,
        &[
            "PopBlock",
            "LoadConst",
            "StoreName",
            "DeleteName",
            "PopExcept",
            "Jump"
        ]
    ));
    assert!(has_names(
        &c,
        &["LoadConst", "StoreName", "DeleteName", "Reraise"]
    ));
    check_stack(&c);
    let e = exec_err(vec![try_(
        vec![s(StmtKind::Pass)],
        vec![
            handler(None, None, vec![s(StmtKind::Pass)]),
            handler(Some(name("E")), None, vec![s(StmtKind::Pass)]),
        ],
        vec![],
        vec![],
    )]);
    assert_eq!(e.msg, "default 'except:' must be last");
}

#[test]
fn with_statement_shape() {
    let c = exec(vec![with(
        vec![(name("a"), Some(name("x"))), (name("b"), None)],
        vec![s(StmtKind::Pass)],
    )]);
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "BeforeWith",
            "StoreName",
            "SetupExcept",
            "LoadName",
            "BeforeWith",
            "PopTop",
            "SetupExcept"
        ]
    ));
    assert!(has_names(
        &c,
        &[
            "WithExceptStart",
            "PopJumpIfTrue",
            "Reraise",
            "PopTop",
            "PopExcept",
            "PopTop"
        ]
    ));
    check_stack(&c);
}

#[test]
fn async_constructs() {
    let afor = s(StmtKind::For {
        is_async: true,
        target: name("x"),
        iter: name("it"),
        body: vec![s(StmtKind::Pass)],
        orelse: vec![],
    });
    let awith = s(StmtKind::With {
        is_async: true,
        items: vec![WithItem {
            context_expr: name("m"),
            optional_vars: None,
        }],
        body: vec![s(StmtKind::Pass)],
    });
    let c = exec(vec![async_def(
        "f",
        args(&[]),
        vec![afor.clone(), awith.clone()],
    )]);
    let f = find_code(&c, "f");
    assert!(has_names(
        f,
        &[
            "GetAIter",
            "SetupExcept",
            "GetANext",
            "GetAwaitable",
            "LoadConst",
            "YieldFrom",
            "PopBlock",
            "StoreFast"
        ]
    ));
    assert!(has_names(f, &["EndAsyncFor"]));
    assert!(has_names(
        f,
        &[
            "BeforeAsyncWith",
            "GetAwaitable",
            "LoadConst",
            "YieldFrom",
            "PopTop",
            "SetupExcept"
        ]
    ));
    assert!(has_names(
        f,
        &[
            "WithExceptStart",
            "GetAwaitable",
            "LoadConst",
            "YieldFrom",
            "PopJumpIfTrue"
        ]
    ));
    check_stack(&c);
    assert_eq!(
        exec_err(vec![def("g", args(&[]), vec![afor])]).msg,
        "'async for' outside async function"
    );
    assert_eq!(
        exec_err(vec![def("g", args(&[]), vec![awith])]).msg,
        "'async with' outside async function"
    );
}

#[test]
fn async_comprehension() {
    let mut g = gen(name("x"), name("it"));
    g.is_async = true;
    let lc = listcomp(name("x"), vec![g]);
    let c = exec(vec![async_def("f", args(&[]), vec![ret(Some(lc.clone()))])]);
    let l = find_code(&c, "<listcomp>");
    assert_eq!(l.flags & codeflag::COROUTINE, codeflag::COROUTINE);
    let f = find_code(&c, "f");
    assert!(has_names(
        f,
        &["GetAIter", "Call", "GetAwaitable", "LoadConst", "YieldFrom"]
    ));
    check_stack(&c);
    let e = exec_err(vec![def("f", args(&[]), vec![ret(Some(lc.clone()))])]);
    assert_eq!(
        e.msg,
        "asynchronous comprehension outside of an asynchronous function"
    );
    // Top-level await in REPL mode: module becomes a coroutine.
    let m = module(vec![expr_stmt(await_(name("x")))]);
    let c = compile(&m, "<stdin>", Mode::Single).unwrap();
    assert_eq!(c.flags & codeflag::COROUTINE, codeflag::COROUTINE);
}

#[test]
fn unpacking_targets() {
    // a, *b, c = x ; [p, (q, r)] = y
    let c = exec(vec![
        assign(
            tuple(vec![name("a"), starred(name("b")), name("c")]),
            name("x"),
        ),
        assign(
            list(vec![name("p"), tuple(vec![name("q"), name("r")])]),
            name("y"),
        ),
    ]);
    assert!(c.code.contains(&Op::UnpackEx(1 | (1 << 8))));
    assert!(has_names(
        &c,
        &[
            "UnpackSequence",
            "StoreName",
            "UnpackSequence",
            "StoreName",
            "StoreName"
        ]
    ));
    check_stack(&c);
    let e = exec_err(vec![assign(
        tuple(vec![starred(name("a")), starred(name("b"))]),
        name("x"),
    )]);
    assert_eq!(e.msg, "multiple starred expressions in assignment");
}

#[test]
fn aug_assign_forms() {
    let c = exec(vec![
        s(StmtKind::AugAssign {
            target: name("x"),
            op: BinOp::Add,
            value: int(1),
        }),
        s(StmtKind::AugAssign {
            target: attr(name("o"), "a"),
            op: BinOp::Mult,
            value: int(2),
        }),
        s(StmtKind::AugAssign {
            target: sub(name("d"), name("k")),
            op: BinOp::Sub,
            value: int(3),
        }),
    ]);
    assert!(c.code.contains(&Op::BinaryOp(binop::ADD + binop::INPLACE)));
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "Copy",
            "LoadAttr",
            "LoadConst",
            "BinaryOp",
            "Swap",
            "StoreAttr"
        ]
    ));
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "LoadName",
            "Copy",
            "Copy",
            "BinarySubscr",
            "LoadConst",
            "BinaryOp",
            "Rot",
            "StoreSubscr"
        ]
    ));
    check_stack(&c);
}

#[test]
fn delete_and_slices() {
    let sl = e(ExprKind::Slice {
        lower: Some(Box::new(int(1))),
        upper: None,
        step: Some(Box::new(int(2))),
    });
    let c = exec(vec![
        s(StmtKind::Delete(vec![
            name("a"),
            attr(name("o"), "b"),
            sub(name("d"), int(0)),
        ])),
        expr_stmt(sub(name("x"), sl)),
    ]);
    assert!(has_names(
        &c,
        &[
            "DeleteName",
            "LoadName",
            "DeleteAttr",
            "LoadName",
            "LoadConst",
            "DeleteSubscr"
        ]
    ));
    assert!(has_names(
        &c,
        &[
            "LoadConst",
            "LoadConst",
            "LoadConst",
            "BuildSlice",
            "BinarySubscr"
        ]
    ));
    check_stack(&c);
}

#[test]
fn annotated_assignments() {
    let c = exec(vec![s(StmtKind::AnnAssign {
        target: name("x"),
        annotation: name("int"),
        value: Some(int(1)),
        simple: true,
    })]);
    assert_eq!(c.code[0], Op::SetupAnnotations);
    assert!(has_names(
        &c,
        &[
            "LoadConst",
            "StoreName",
            "LoadName",
            "LoadName",
            "LoadConst",
            "StoreSubscr"
        ]
    ));
    let c = exec(vec![def(
        "f",
        args(&[]),
        vec![s(StmtKind::AnnAssign {
            target: name("x"),
            annotation: name("int"),
            value: Some(int(1)),
            simple: true,
        })],
    )]);
    let f = find_code(&c, "f");
    assert_eq!(
        op_names(f),
        ["LoadConst", "StoreFast", "LoadConst", "ReturnValue"]
    );
}

#[test]
fn fstrings() {
    let fv = e(ExprKind::FormattedValue {
        value: Box::new(name("x")),
        conversion: Some('r'),
        format_spec: Some(Box::new(e(ExprKind::JoinedStr(vec![st(">10")])))),
    });
    let c = exec(vec![expr_stmt(e(ExprKind::JoinedStr(vec![st("a"), fv])))]);
    assert!(has_names(
        &c,
        &[
            "LoadConst",
            "LoadName",
            "LoadConst",
            "FormatValue",
            "BuildString"
        ]
    ));
    assert!(c
        .code
        .contains(&Op::FormatValue(fmtflag::REPR | fmtflag::HAS_SPEC)));
    assert!(c.code.contains(&Op::BuildString(2)));
}

#[test]
fn imports() {
    let c = exec(vec![
        s(StmtKind::Import(vec![Alias {
            name: "a.b.c".into(),
            asname: None,
            loc: loc(1),
        }])),
        s(StmtKind::Import(vec![Alias {
            name: "a.b".into(),
            asname: Some("d".into()),
            loc: loc(1),
        }])),
        s(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![Alias {
                name: "x".into(),
                asname: Some("y".into()),
                loc: loc(1),
            }],
            level: 1,
        }),
        s(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![Alias {
                name: "*".into(),
                asname: None,
                loc: loc(1),
            }],
            level: 0,
        }),
    ]);
    let d = disassemble(&c);
    assert!(d.contains("ImportName(0) (a.b.c)"), "{}", d);
    assert!(has_names(
        &c,
        &[
            "ImportName",
            "StoreName",
            "LoadConst",
            "LoadConst",
            "ImportName",
            "ImportFrom",
            "Swap",
            "PopTop",
            "StoreName"
        ]
    ));
    assert!(has_names(
        &c,
        &["ImportName", "ImportFrom", "StoreName", "PopTop"]
    ));
    assert!(has_names(&c, &["ImportName", "ImportStar"]));
    assert!(c
        .consts
        .contains(&Const::Tuple(vec![Const::Str("x".into())])));
    let e = exec_err(vec![def(
        "f",
        args(&[]),
        vec![s(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![Alias {
                name: "*".into(),
                asname: None,
                loc: loc(1),
            }],
            level: 0,
        })],
    )]);
    assert_eq!(e.msg, "import * only allowed at module level");
}

#[test]
fn constants_folding() {
    let big = e(ExprKind::Constant(Constant::Int(
        num_bigint::BigInt::from(1u8) << 70,
    )));
    let c = exec(vec![
        expr_stmt(call(
            name("f"),
            vec![tuple(vec![int(1), st("a"), tuple(vec![none()])])],
        )),
        expr_stmt(call(
            name("f"),
            vec![
                big,
                e(ExprKind::Constant(Constant::Imag(2.0))),
                e(ExprKind::Constant(Constant::Ellipsis)),
            ],
        )),
    ]);
    assert!(c.consts.contains(&Const::Tuple(vec![
        Const::Int(1),
        Const::Str("a".into()),
        Const::Tuple(vec![Const::None])
    ])));
    assert!(c.consts.iter().any(|k| matches!(k, Const::BigInt(_))));
    assert!(c.consts.contains(&Const::Complex(0.0, 2.0)));
    assert!(c.consts.contains(&Const::Ellipsis));
}

#[test]
fn assert_stmt() {
    let c = exec(vec![s(StmtKind::Assert {
        test: name("x"),
        msg: Some(st("m")),
    })]);
    assert!(has_names(
        &c,
        &[
            "LoadName",
            "PopJumpIfTrue",
            "LoadAssertionError",
            "LoadConst",
            "Call",
            "RaiseVarargs"
        ]
    ));
}

#[test]
fn raise_forms() {
    let c = exec(vec![
        s(StmtKind::Raise {
            exc: None,
            cause: None,
        }),
        s(StmtKind::Raise {
            exc: Some(name("E")),
            cause: Some(name("C")),
        }),
    ]);
    assert!(c.code.contains(&Op::RaiseVarargs(0)));
    assert!(c.code.contains(&Op::RaiseVarargs(2)));
}

#[test]
fn lambda_qualname_and_defaults() {
    let mut a = args(&["x"]);
    a.defaults = vec![name("d")];
    let c = exec(vec![def(
        "f",
        args(&[]),
        vec![ret(Some(lambda(a, name("x"))))],
    )]);
    let l = find_code(&c, "<lambda>");
    assert_eq!(l.qualname, "f.<locals>.<lambda>");
    assert_eq!(op_names(l), ["LoadFast", "ReturnValue"]);
}

#[test]
fn line_table() {
    let c = exec(vec![
        sl(
            1,
            StmtKind::Assign {
                targets: vec![name("x")],
                value: int(1),
            },
        ),
        sl(
            2,
            StmtKind::Expr(el(
                2,
                ExprKind::Call {
                    func: Box::new(name("f")),
                    args: vec![el(3, ExprKind::Name("y".into()))],
                    keywords: vec![],
                },
            )),
        ),
    ]);
    let call_pc = c
        .code
        .iter()
        .position(|o| matches!(o, Op::Call(_)))
        .unwrap();
    assert_eq!(c.line_of(0), 1);
    assert_eq!(c.line_of(call_pc), 2);
    let y_pc = c.code.iter().position(|o| *o == Op::LoadName(2)).unwrap();
    assert_eq!(c.line_of(y_pc), 3);
}

#[test]
fn error_messages() {
    let cases: Vec<(Vec<Stmt>, &str)> = vec![
        (vec![ret(None)], "'return' outside function"),
        (vec![expr_stmt(yield_(None))], "'yield' outside function"),
        (
            vec![expr_stmt(await_(name("x")))],
            "'await' outside function",
        ),
        (
            vec![def("f", args(&[]), vec![expr_stmt(await_(name("x")))])],
            "'await' outside async function",
        ),
        (vec![s(StmtKind::Break)], "'break' outside loop"),
        (
            vec![s(StmtKind::Continue)],
            "'continue' not properly in loop",
        ),
        (
            vec![s(StmtKind::Nonlocal(vec!["x".into()]))],
            "nonlocal declaration not allowed at module level",
        ),
        (
            vec![def(
                "f",
                args(&[]),
                vec![s(StmtKind::Nonlocal(vec!["x".into()]))],
            )],
            "no binding for nonlocal 'x' found",
        ),
        (
            vec![def(
                "f",
                args(&["x"]),
                vec![s(StmtKind::Global(vec!["x".into()]))],
            )],
            "name 'x' is parameter and global",
        ),
        (
            vec![def(
                "f",
                args(&[]),
                vec![expr_stmt(name("x")), s(StmtKind::Global(vec!["x".into()]))],
            )],
            "name 'x' is used prior to global declaration",
        ),
        (
            vec![def(
                "f",
                args(&[]),
                vec![
                    assign(name("x"), int(1)),
                    s(StmtKind::Global(vec!["x".into()])),
                ],
            )],
            "name 'x' is assigned to before global declaration",
        ),
        (
            vec![async_def(
                "f",
                args(&[]),
                vec![expr_stmt(yield_(None)), ret(Some(int(1)))],
            )],
            "'return' with value in async generator",
        ),
        (
            vec![expr_stmt(listcomp(
                yield_(None),
                vec![gen(name("x"), name("y"))],
            ))],
            "'yield' inside list comprehension",
        ),
        (
            vec![expr_stmt(genexp(
                yield_(None),
                vec![gen(name("x"), name("y"))],
            ))],
            "'yield' inside generator expression",
        ),
        (
            vec![class("C", vec![], vec![ret(None)])],
            "'return' outside function",
        ),
        (
            vec![def(
                "f",
                args(&[]),
                vec![def("g", args(&[]), vec![s(StmtKind::Break)])],
            )],
            "'break' outside loop",
        ),
        (
            vec![assign(call(name("f"), vec![]), int(1))],
            "cannot assign to function call",
        ),
        (
            vec![expr_stmt(starred(name("x")))],
            "can't use starred expression here",
        ),
    ];
    for (body, msg) in cases {
        let err = exec_err(body);
        assert_eq!(err.msg, msg);
        assert_eq!(err.kind, mprt_syntax::SyntaxErrorKind::Syntax);
        assert_eq!((err.line, err.col), (1, 1));
    }
}

#[test]
fn disassemble_nested() {
    let c = exec(vec![def("f", args(&[]), vec![ret(Some(int(1)))])]);
    let d = disassemble(&c);
    assert!(d.contains("code <module>"));
    assert!(d.contains("code f (f)"));
    assert!(d.contains("LoadConst(0) (<code f>)"));
}

fn deep_binop(n: usize) -> Expr {
    let mut x = int(1);
    for _ in 0..n {
        x = binop(x, BinOp::Add, int(1));
    }
    x
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // Near the limit: compiles fine on a default test-thread stack.
    let c = exec(vec![expr_stmt(deep_binop(900))]);
    assert!(c.code.len() > 900);
    let err = exec_err(vec![expr_stmt(deep_binop(5000))]);
    assert!(err.msg.contains("maximum recursion depth"), "{}", err.msg);
    // Deeply nested statements.
    let mut body = vec![s(StmtKind::Pass)];
    for _ in 0..3000 {
        body = vec![s(StmtKind::If {
            test: name("x"),
            body,
            orelse: vec![],
        })];
    }
    let err = exec_err(body);
    assert!(err.msg.contains("maximum recursion depth"));
}
