//! Compiler tests driven by the parser: Python snippets compiled and checked
//! for structural properties, stack-depth consistency, and error messages;
//! plus a deterministic fuzz test (random token soups must never panic).

mod common;
use common::*;
use mprt_compiler::bytecode::*;
use mprt_compiler::{compile, disassemble, Mode};

fn c(src: &str) -> CodeObject {
    let m = mprt_syntax::parse(src, Mode::Exec)
        .unwrap_or_else(|e| panic!("parse error {:?} in\n{}", e, src));
    let code = compile(&m, "<t>", Mode::Exec)
        .unwrap_or_else(|e| panic!("compile error {:?} in\n{}", e, src));
    check_stack(&code);
    code
}

fn cerr(src: &str) -> mprt_syntax::SyntaxError {
    let m = mprt_syntax::parse(src, Mode::Exec)
        .unwrap_or_else(|e| panic!("parse error {:?} in\n{}", e, src));
    match compile(&m, "<t>", Mode::Exec) {
        Ok(code) => panic!("expected error for\n{}\ngot\n{}", src, disassemble(&code)),
        Err(e) => e,
    }
}

const SNIPPETS: &[&str] = &[
    "x = 1\nprint(x)\n",
    "def f(a, /, b, *c, d=1, **e):\n    return a + b\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n",
    "class C(B, metaclass=M):\n    '''doc'''\n    x: int = 1\n    def m(self):\n        return super().m() + __class__.x\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\nelse:\n    print('done')\n",
    "while x:\n    try:\n        x -= 1\n        if x == 3: break\n    finally:\n        print(x)\n",
    "try:\n    f()\nexcept (A, B) as e:\n    print(e)\nexcept C:\n    pass\nexcept:\n    raise\nelse:\n    g()\nfinally:\n    h()\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    for x in y:\n        try:\n            pass\n        except E as e:\n            return e\n        finally:\n            continue\n",
    "with a as b, c as (d, e):\n    pass\n",
    "def f():\n    with open(p) as fh:\n        for line in fh:\n            with lock:\n                return line\n",
    "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z if await y]\n",
    "async def f():\n    yield 1\n    await g()\n",
    "def g():\n    x = yield 1\n    y = yield from h()\n    return x, y\n",
    "a, *b, c = range(5)\n[x, [y, z]] = 1, (2, 3)\nq = r = s = 0\n",
    "x[1:2] = y\ndel x[::2], a.b, c\nx[a, b] += 1\nx.y //= 3\n",
    "print(*a, *b, x=1, **k, **m)\nf(**k)\nf(*a)\nf(1, *a, 2)\no.m(1, 2)\no.m(*a)\n",
    "l = [1, *a, 2]\ns = {1, *a}\nd = {1: 2, **m, 3: 4}\nt = (1, *a)\ne = {}\n",
    "x = [i * j for i in range(3) for j in range(i) if j if i]\ny = {k: v for k, v in d.items()}\nz = {a for a in b}\ng = (q for q in r)\n",
    "print(f'{x!r:>{w}} and {y:.2f} {z!s} {{}}')\n",
    "import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *\n",
    "assert x, 'msg'\nassert y\n",
    "raise E from C\n",
    "x = 1 if a else 2 if b else 3\ny = a and b or not c\nz = a < b <= c != d\nw = a is not b\nv = a not in b\n",
    "f = lambda x, *a, k=2, **kw: (x, a, k, kw)\ng = lambda: (yield)\n",
    "@d1\n@d2(3)\ndef f(x: int = 1, *, y: str = 'a') -> bool:\n    pass\n",
    "@dec\nclass D:\n    pass\n",
    "def f():\n    global g\n    g = 1\n    class K:\n        g = 2\n        def m(self):\n            return g\n    return K\n",
    "if (n := len(a)) > 10:\n    print(n)\n",
    "def f(a):\n    return [b := x for x in a], b\n",
    "x = -1\ny = 2**100\nz = 3j\nw = ...\nb = b'abc'\nf = 1.5\nt = (1, 2, (3, 'a'))\n",
    "def f(x):\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    "class A:\n    def f(self):\n        class B:\n            def g(self):\n                return __class__\n        return B\n",
    "def outer():\n    x = 1\n    class C:\n        y = x\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "def f(x):\n    del x\n    x = 2\n    return lambda: x\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "for x in y:\n    try:\n        break\n    except E:\n        continue\n",
    "while True:\n    with m:\n        continue\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        try:\n            return\n        finally:\n            del e\n",
    "x: int\ny.z: str\na[0]: int = 5\n",
    "class C:\n    x: int\n    if a:\n        y: str = 'q'\n",
    "def f():\n    x: int = 1\n    y: str\n",
    "def f(*, a, b=2): pass\n",
    "async def f():\n    return [x async for x in a]\n    return {await x for x in b}\n    return (x async for x in c)\n",
    "async def f():\n    with m:\n        async with n:\n            return await g()\n",
    "def f():\n    for a in b:\n        for c in d:\n            break\n        else:\n            continue\n        break\n",
    "x = [[y for y in range(x)] for x in range(3)]\n",
    "class C:\n    y = [z for z in range(3)]\n    w = (lambda: y)\n",
    "def f():\n    return super\n",
    "print(f'{a}' f'{b!a}' 'c')\n",
    "x = not a\ny = ~b\nz = +c\n",
    "def f(x, y=[], *args, **kw):\n    return f(*args, x=x, **kw)\n",
    "import os.path as p\n",
    "a = b = c = d\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "match p:\n    case {'x': 1, 'y': [a, *b], **rest}:\n        pass\n    case Point(1, y=q) | Point(2, y=q) if q:\n        pass\n    case {**r}:\n        pass\n    case {}:\n        pass\n    case Color.RED:\n        pass\n    case (True | False) as t:\n        pass\n    case [*_]:\n        pass\n    case str() as s:\n        pass\n    case _:\n        pass\n",
    "def f(cmd):\n    match cmd.split():\n        case ['go', d]:\n            return d\n        case ['x', *_] | ['y']:\n            for i in d:\n                break\n",
];

#[test]
fn snippets_compile() {
    for src in SNIPPETS {
        let Ok(m) = mprt_syntax::parse(src, Mode::Exec) else {
            continue;
        };
        let code = compile(&m, "<t>", Mode::Exec)
            .unwrap_or_else(|e| panic!("compile error {:?} in\n{}", e, src));
        check_stack(&code);
        let _ = disassemble(&code);
    }
}

#[test]
fn dump_snippets() {
    if std::env::var("DUMP").is_err() {
        return;
    }
    for src in SNIPPETS {
        if let Ok(m) = mprt_syntax::parse(src, Mode::Exec) {
            match compile(&m, "<t>", Mode::Exec) {
                Ok(code) => println!("=== {}\n{}", src, disassemble(&code)),
                Err(e) => println!("=== {}\nERR {:?}", src, e),
            }
        } else {
            println!("=== {}\nPARSE ERR", src);
        }
    }
}

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const INSERTS: &[&str] = &[
    "break", "continue", "return", "return x", "yield", "yield from y", "await z", "global x", "nonlocal x",
    "x = 1", "del x", "try:\n    pass\nfinally:\n    break", "with m as x:\n    return 1", "async for q in r:\n    pass",
    "async with m:\n    pass", "from m import *", "x = [await a for a in b]", "x = [(yield) for a in b]",
    "x = [(w := a) for a in b]", "lambda: (yield)", "class K:\n    return 1", "def k(a, a): pass",
    "for a in b:\n    try:\n        continue\n    except E as e:\n        break\n    finally:\n        return 3",
    "x += [a for a in b if a]", "f(*a, **b, c=1)", "a, *b = c", "print(f'{x!r:{y}}')", "def g():\n    super()",
];

/// Mutate valid snippets line-wise (insert statements at random indents,
/// swap/duplicate/drop lines); whatever parses must compile without panicking
/// and, when it compiles, have consistent stack depths.
#[test]
fn fuzz_mutated_snippets_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut compiled = 0;
    for round in 0..3000 {
        let base = SNIPPETS[round % SNIPPETS.len()];
        let mut lines: Vec<String> = base.lines().map(|l| l.to_string()).collect();
        for _ in 0..1 + rng.below(3) {
            match rng.below(5) {
                0 | 1 => {
                    let ins = INSERTS[rng.below(INSERTS.len())];
                    let indent = " ".repeat(4 * rng.below(4));
                    let at = rng.below(lines.len() + 1);
                    for (k, l) in ins.lines().enumerate() {
                        lines.insert(at + k, format!("{}{}", indent, l));
                    }
                }
                2 if lines.len() > 1 => {
                    let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(a, b);
                }
                3 => {
                    let a = rng.below(lines.len());
                    let l = lines[a].clone();
                    lines.insert(a, l);
                }
                _ if lines.len() > 1 => {
                    let a = rng.below(lines.len());
                    lines.remove(a);
                }
                _ => {}
            }
        }
        let src = lines.join("\n") + "\n";
        for mode in [Mode::Exec, Mode::Single] {
            if let Ok(m) = mprt_syntax::parse(&src, mode) {
                if let Ok(code) = compile(&m, "<fuzz>", mode) {
                    compiled += 1;
                    check_stack(&code);
                }
            }
        }
    }
    assert!(compiled > 300, "too few compiled programs: {}", compiled);
}

/// Random token soups: parse, and compile whatever parses.
#[test]
fn fuzz_token_soup_never_panics() {
    const TOKS: &[&str] = &[
        "x", "y", "f", "(", ")", "[", "]", "{", "}", ":", ",", "=", "+", "*", "**", ".", "a", "1",
        "'s'", "lambda", "for", "in", "if", "else", "yield", "await", "async", "not", "and", "or",
        ":=", "\n", "\n    ", "return", "def", "class", "with", "as", "try", "except", "finally",
        "while", "break", "continue", "del", "global", "nonlocal", "import", "from", "is", "<",
        "==", "@", "-", "~", "f'{x}'", "...", "None", "True", "pass",
    ];
    let mut rng = XorShift(12345);
    for _ in 0..20000 {
        let n = 1 + rng.below(14);
        let mut src = String::new();
        for _ in 0..n {
            src.push_str(TOKS[rng.below(TOKS.len())]);
            src.push(' ');
        }
        src.push('\n');
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            if let Ok(m) = mprt_syntax::parse(&src, mode) {
                if let Ok(code) = compile(&m, "<fuzz>", mode) {
                    check_stack(&code);
                }
            }
        }
    }
}

#[test]
fn parsed_errors() {
    let cases: &[(&str, &str, u32)] = &[
        ("return 1\n", "'return' outside function", 1),
        ("class C:\n    yield 1\n", "'yield' outside function", 2),
        ("await x\n", "'await' outside function", 1),
        (
            "def f():\n    await x\n",
            "'await' outside async function",
            2,
        ),
        (
            "def f():\n    lambda: await x\n",
            "'await' outside async function",
            2,
        ),
        ("if x:\n    break\n", "'break' outside loop", 2),
        ("continue\n", "'continue' not properly in loop", 1),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
        ),
        (
            "x = 1\ndef f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            3,
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
            2,
        ),
        (
            "def f(x):\n    nonlocal x\n",
            "name 'x' is parameter and nonlocal",
            2,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            3,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
            3,
        ),
        (
            "async def f():\n    yield 1\n    return 2\n",
            "'return' with value in async generator",
            3,
        ),
        (
            "[(yield) for x in y]\n",
            "'yield' inside list comprehension",
            1,
        ),
        (
            "def f():\n    {(yield) for x in y}\n",
            "'yield' inside set comprehension",
            2,
        ),
        (
            "def f():\n    {x: (yield) for x in y}\n",
            "'yield' inside dict comprehension",
            2,
        ),
        (
            "def f():\n    ((yield) for x in y)\n",
            "'yield' inside generator expression",
            2,
        ),
        (
            "def f():\n    return [x async for x in y]\n",
            "asynchronous comprehension outside of an asynchronous function",
            2,
        ),
        (
            "def f():\n    from m import *\n",
            "import * only allowed at module level",
            2,
        ),
        (
            "def f():\n    async for x in y: pass\n",
            "'async for' outside async function",
            2,
        ),
        (
            "def f():\n    async with y: pass\n",
            "'async with' outside async function",
            2,
        ),
        (
            "async def f():\n    yield from x\n",
            "'yield from' inside async function",
            2,
        ),
        (
            "[x for x in (y := [1])]\n",
            "assignment expression cannot be used in a comprehension iterable expression",
            1,
        ),
        (
            "def f():\n    def g():\n        break\n",
            "'break' outside loop",
            3,
        ),
    ];
    for (src, msg, line) in cases {
        let e = cerr(src);
        assert_eq!((e.msg.as_str(), e.line), (*msg, *line), "for {:?}", src);
        assert!(e.col >= 1, "column for {:?}", src);
    }
}

#[test]
fn parsed_column_is_one_based() {
    let e = cerr("def f():\n    x = 1; return 2\nreturn 3\n");
    assert_eq!((e.line, e.col), (3, 1));
    let e = cerr("if x:\n    pass\nelse:\n  y = (await z)\n");
    assert_eq!(e.line, 4);
    assert_eq!(e.col, 8);
}

#[test]
fn parsed_line_table_multiline_call() {
    let code = c("x = 1\nf(\n  a,\n  g(b),\n)\n");
    let calls: Vec<usize> = code
        .code
        .iter()
        .enumerate()
        .filter(|(_, o)| matches!(o, Op::Call(_)))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(code.line_of(calls[0]), 4); // g(b)
    assert_eq!(code.line_of(calls[1]), 2); // f(...)
}

#[test]
fn parsed_return_in_finally_in_loop() {
    let code = c("def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n");
    let f = find_code(&code, "f");
    // The return value is dropped by the `continue` in the inlined finally body.
    assert!(has_names(f, &["LoadFast", "PopBlock", "PopTop", "Jump"]));
}

#[test]
fn scope_classification() {
    use mprt_compiler::scope::{build, ScopeKind, SymScope};
    let src = "g = 1\ndef f(p):\n    global g\n    l = p\n    c = 2\n    def inner():\n        return c + b\n    class K:\n        k = c\n        def m(self):\n            return super()\n    return [x for x in l]\n";
    let m = mprt_syntax::parse(src, Mode::Exec).unwrap();
    let t = build(&m, Mode::Exec).unwrap();
    let by_name = |n: &str| t.scopes.iter().find(|s| s.name == n).unwrap();
    let f = by_name("f");
    assert_eq!(f.kind, ScopeKind::Function);
    assert_eq!(f.resolve("g"), SymScope::GlobalExplicit);
    assert_eq!(f.resolve("p"), SymScope::Local);
    assert_eq!(f.resolve("l"), SymScope::Local);
    assert_eq!(f.resolve("c"), SymScope::Cell);
    assert_eq!(f.cellvars, ["c"]);
    let inner = by_name("inner");
    assert_eq!(inner.resolve("c"), SymScope::Free);
    assert_eq!(inner.resolve("b"), SymScope::GlobalImplicit);
    let k = by_name("K");
    assert_eq!(k.kind, ScopeKind::Class);
    assert_eq!(k.resolve("k"), SymScope::Local);
    assert_eq!(k.resolve("c"), SymScope::Free);
    assert!(k.needs_class_cell);
    assert_eq!(k.cellvars, ["__class__"]);
    let meth = by_name("m");
    assert_eq!(meth.resolve("__class__"), SymScope::Free);
    assert_eq!(meth.resolve("super"), SymScope::GlobalImplicit);
    let comp = by_name("<listcomp>");
    assert_eq!(comp.params, [".0"]);
    assert_eq!(comp.resolve("x"), SymScope::Local);
    // `l` is the outermost iterable: evaluated in f, not captured.
    assert_eq!(comp.resolve("l"), SymScope::GlobalImplicit);
    assert!(comp.freevars.is_empty());
    let module = &t.scopes[0];
    assert_eq!(module.resolve("g"), SymScope::Local);
}

#[test]
fn match_shapes_and_errors() {
    let code = c(
        "match p:\n    case {'x': 1, **rest}:\n        pass\n    case P(1, y=2):\n        pass\n",
    );
    assert!(has_names(
        &code,
        &[
            "MatchMapping",
            "PopJumpIfFalse",
            "GetLen",
            "LoadConst",
            "CompareOp",
            "PopJumpIfFalse",
            "LoadConst",
            "BuildTuple",
            "MatchKeys"
        ]
    ));
    assert!(has_names(
        &code,
        &["CopyDictWithoutKeys", "StoreName", "PopTop"]
    ));
    assert!(has_names(
        &code,
        &[
            "LoadName",
            "LoadConst",
            "MatchClass",
            "Copy",
            "LoadConst",
            "IsOp",
            "PopJumpIfFalse",
            "UnpackSequence"
        ]
    ));
    assert!(code.code.contains(&Op::MatchClass(1)));
    assert!(code
        .consts
        .contains(&Const::Tuple(vec![Const::Str("y".into())])));
    let e = cerr("match p:\n    case x:\n        pass\n    case 1:\n        pass\n");
    assert_eq!(
        (e.msg.as_str(), e.line),
        ("name capture 'x' makes remaining patterns unreachable", 3)
    );
    let e = cerr("match p:\n    case _:\n        pass\n    case 1:\n        pass\n");
    assert_eq!(e.msg, "wildcard makes remaining patterns unreachable");
    let e = cerr("match p:\n    case [x, x]:\n        pass\n");
    assert_eq!(e.msg, "multiple assignments to name 'x' in pattern");
    let e = cerr("match p:\n    case [x] | [y]:\n        pass\n");
    assert_eq!(e.msg, "alternative patterns bind different names");
    let e = cerr("match p:\n    case x | [y]:\n        pass\n");
    assert_eq!(
        e.msg,
        "name capture 'x' makes remaining patterns unreachable"
    );
}

#[test]
fn class_level_global_and_implicit_globals() {
    // A class-level `global x` does not hide the enclosing function's x from methods.
    let code = c("def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            return x\n    return C\n");
    let m = find_code(&code, "m");
    assert_eq!(m.freevars, ["x"]);
    // A module-level `global y` keeps class-body reads as LoadName.
    let code = c("global y\nclass C:\n    z = y\n");
    let body = find_code(&code, "C");
    assert!(has_names(body, &["LoadName", "StoreName"]));
}
