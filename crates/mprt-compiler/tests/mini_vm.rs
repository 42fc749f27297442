//! A tiny test-only interpreter for a subset of the bytecode (ints, strings,
//! lists/tuples, functions with closures, exceptions with the block stack,
//! `with` on logging context managers). It runs compiled snippets and checks
//! their printed output against what CPython prints, to validate control
//! flow and unwinding semantics end to end without the real VM.

use mprt_compiler::bytecode::*;
use mprt_compiler::{compile, disassemble, Mode};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Debug)]
enum V {
    None,
    Null,
    Bool(bool),
    Int(i64),
    Str(String),
    List(Rc<RefCell<Vec<V>>>),
    Tuple(Rc<Vec<V>>),
    Func(Rc<Func>),
    Cell(Rc<RefCell<Option<V>>>),
    Builtin(&'static str),
    Exc(Rc<(String, String)>),
    Iter(Rc<RefCell<(Vec<V>, usize)>>),
    Cm(Rc<(String, bool)>),
    Bound(Rc<(V, V)>),
}

#[derive(Debug)]
struct Func {
    code: Rc<CodeObject>,
    defaults: Vec<V>,
    closure: Vec<V>,
}

fn show(v: &V) -> String {
    match v {
        V::None => "None".into(),
        V::Bool(b) => if *b { "True" } else { "False" }.into(),
        V::Int(i) => i.to_string(),
        V::Str(s) => s.clone(),
        V::List(l) => format!(
            "[{}]",
            l.borrow().iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        V::Tuple(t) => format!("({})", t.iter().map(show).collect::<Vec<_>>().join(", ")),
        V::Exc(e) => format!("{}({})", e.0, e.1),
        _ => format!("{:?}", v),
    }
}

fn truthy(v: &V) -> bool {
    match v {
        V::None => false,
        V::Bool(b) => *b,
        V::Int(i) => *i != 0,
        V::Str(s) => !s.is_empty(),
        V::List(l) => !l.borrow().is_empty(),
        V::Tuple(t) => !t.is_empty(),
        _ => true,
    }
}

fn from_const(c: &Const) -> V {
    match c {
        Const::None => V::None,
        Const::Bool(b) => V::Bool(*b),
        Const::Int(i) => V::Int(*i),
        Const::Str(s) => V::Str(s.clone()),
        Const::Tuple(t) => V::Tuple(Rc::new(t.iter().map(from_const).collect())),
        other => panic!("unsupported const {:?}", other),
    }
}

fn items(v: &V) -> Vec<V> {
    match v {
        V::List(l) => l.borrow().clone(),
        V::Tuple(t) => (**t).clone(),
        V::Iter(it) => {
            let it = it.borrow();
            it.0[it.1..].to_vec()
        }
        V::Str(s) => s.chars().map(|c| V::Str(c.to_string())).collect(),
        _ => panic!("not iterable {:?}", v),
    }
}

struct Vm {
    globals: HashMap<String, V>,
    out: Vec<String>,
}

enum Flow {
    Ret(V),
    Err(V),
}

fn exc(kind: &str, msg: &str) -> V {
    V::Exc(Rc::new((kind.into(), msg.into())))
}

impl Vm {
    fn call(&mut self, f: V, args: Vec<V>) -> Result<V, V> {
        match f {
            V::Builtin(name) => self.builtin(name, args),
            V::Func(func) => {
                let code = func.code.clone();
                let mut locals: Vec<Option<V>> = vec![None; code.varnames.len()];
                let argc = code.argcount as usize;
                let ndef = func.defaults.len();
                for i in 0..argc {
                    locals[i] = if i < args.len() {
                        Some(args[i].clone())
                    } else if i >= argc - ndef {
                        Some(func.defaults[i - (argc - ndef)].clone())
                    } else {
                        return Err(exc("TypeError", "missing argument"));
                    };
                }
                if code.flags & codeflag::VARARGS != 0 {
                    let rest = args.get(argc..).unwrap_or(&[]).to_vec();
                    locals[argc + code.kwonlyargcount as usize] = Some(V::Tuple(Rc::new(rest)));
                }
                let mut cells: Vec<V> = code
                    .cellvars
                    .iter()
                    .map(|_| V::Cell(Rc::new(RefCell::new(None))))
                    .collect();
                for &(ci, p) in &code.cell_params {
                    if let V::Cell(c) = &cells[ci as usize] {
                        *c.borrow_mut() = locals[p as usize].clone();
                    }
                }
                cells.extend(func.closure.iter().cloned());
                match self.run(&code, locals, cells) {
                    Flow::Ret(v) => Ok(v),
                    Flow::Err(e) => Err(e),
                }
            }
            V::Bound(b) => {
                let mut a = vec![b.1.clone()];
                a.extend(args);
                self.call(b.0.clone(), a)
            }
            other => Err(exc("TypeError", &format!("not callable {:?}", other))),
        }
    }

    fn builtin(&mut self, name: &'static str, args: Vec<V>) -> Result<V, V> {
        match name {
            "out" => {
                self.out
                    .push(args.iter().map(show).collect::<Vec<_>>().join(" "));
                Ok(V::None)
            }
            "range" => {
                let n = match args[0] {
                    V::Int(n) => n,
                    _ => 0,
                };
                Ok(V::List(Rc::new(RefCell::new((0..n).map(V::Int).collect()))))
            }
            "E" | "F" | "StopIteration" | "AssertionError" => {
                Ok(exc(name, &args.first().map(show).unwrap_or_default()))
            }
            "CM" => Ok(V::Cm(Rc::new((
                show(&args[0]),
                args.len() > 1 && truthy(&args[1]),
            )))),
            "exit" => {
                let V::Cm(cm) = &args[0] else { panic!() };
                self.out.push(format!("exit {} {}", cm.0, show(&args[1])));
                Ok(V::None)
            }
            "len" => Ok(V::Int(items(&args[0]).len() as i64)),
            _ => panic!("unknown builtin {}", name),
        }
    }

    fn run(&mut self, code: &CodeObject, mut locals: Vec<Option<V>>, cells: Vec<V>) -> Flow {
        let mut stack: Vec<V> = Vec::new();
        let mut blocks: Vec<(bool, usize, usize)> = Vec::new(); // (is_handler_block, target, depth)
        let mut pc = 0usize;
        let mut steps = 0;
        macro_rules! pop {
            () => {
                stack.pop().expect("stack underflow")
            };
        }
        loop {
            steps += 1;
            assert!(steps < 100_000, "runaway");
            let op = code.code[pc];
            pc += 1;
            let mut err: Option<V> = None;
            match op {
                Op::Nop => {}
                Op::PopTop => {
                    pop!();
                }
                Op::Copy(i) => stack.push(stack[stack.len() - i as usize].clone()),
                Op::Swap(i) => {
                    let n = stack.len();
                    stack.swap(n - 1, n - i as usize);
                }
                Op::Rot(n) => {
                    let t = pop!();
                    let at = stack.len() + 1 - n as usize;
                    stack.insert(at, t);
                }
                Op::LoadConst(i) => stack.push(match &code.consts[i as usize] {
                    Const::Code(c) => {
                        V::Tuple(Rc::new(vec![V::Str(format!("code:{}", c.qualname))]))
                    }
                    c => from_const(c),
                }),
                Op::LoadFast(i) => match &locals[i as usize] {
                    Some(v) => stack.push(v.clone()),
                    None => err = Some(exc("UnboundLocalError", &code.varnames[i as usize])),
                },
                Op::StoreFast(i) => locals[i as usize] = Some(pop!()),
                Op::DeleteFast(i) => locals[i as usize] = None,
                Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                    let V::Cell(c) = &cells[i as usize] else {
                        panic!()
                    };
                    match &*c.borrow() {
                        Some(v) => stack.push(v.clone()),
                        None => err = Some(exc("NameError", "free")),
                    }
                }
                Op::StoreDeref(i) => {
                    let v = pop!();
                    let V::Cell(c) = &cells[i as usize] else {
                        panic!()
                    };
                    *c.borrow_mut() = Some(v);
                }
                Op::DeleteDeref(i) => {
                    let V::Cell(c) = &cells[i as usize] else {
                        panic!()
                    };
                    *c.borrow_mut() = None;
                }
                Op::LoadClosure(i) => stack.push(cells[i as usize].clone()),
                Op::LoadGlobal(i) | Op::LoadName(i) => {
                    let n = &code.names[i as usize];
                    match self.globals.get(n) {
                        Some(v) => stack.push(v.clone()),
                        None => err = Some(exc("NameError", n)),
                    }
                }
                Op::StoreGlobal(i) | Op::StoreName(i) => {
                    let v = pop!();
                    self.globals.insert(code.names[i as usize].clone(), v);
                }
                Op::DeleteGlobal(i) | Op::DeleteName(i) => {
                    self.globals.remove(&code.names[i as usize]);
                }
                Op::LoadAttr(i) | Op::LoadMethod(i) => {
                    let o = pop!();
                    let n = code.names[i as usize].as_str();
                    let v = match (&o, n) {
                        (V::List(_), "append") => {
                            V::Bound(Rc::new((V::Builtin("list.append"), o.clone())))
                        }
                        (V::Exc(e), "args") => V::Str(e.1.clone()),
                        _ => {
                            err = Some(exc("AttributeError", n));
                            V::None
                        }
                    };
                    if err.is_none() {
                        stack.push(v);
                        if matches!(op, Op::LoadMethod(_)) {
                            stack.push(V::Null);
                        }
                    }
                }
                Op::CallMethod(n) => {
                    let args = stack.split_off(stack.len() - n as usize);
                    let _null = pop!();
                    let f = pop!();
                    if let V::Bound(b) = &f {
                        if let (V::Builtin("list.append"), V::List(l)) = (&b.0, &b.1) {
                            l.borrow_mut().push(args[0].clone());
                            stack.push(V::None);
                            continue;
                        }
                    }
                    match self.call(f, args) {
                        Ok(v) => stack.push(v),
                        Err(e) => err = Some(e),
                    }
                }
                Op::BinarySubscr => {
                    let k = pop!();
                    let c = pop!();
                    match (&c, &k) {
                        (V::List(_) | V::Tuple(_), V::Int(i)) => {
                            let it = items(&c);
                            match it.get(*i as usize) {
                                Some(v) => stack.push(v.clone()),
                                None => err = Some(exc("IndexError", "index")),
                            }
                        }
                        _ => panic!("subscr"),
                    }
                }
                Op::StoreSubscr => {
                    let k = pop!();
                    let c = pop!();
                    let v = pop!();
                    if let (V::List(l), V::Int(i)) = (&c, &k) {
                        l.borrow_mut()[*i as usize] = v;
                    }
                }
                Op::BinaryOp(o) => {
                    let b = pop!();
                    let a = pop!();
                    let o = o & !binop::INPLACE;
                    let r = match (o, &a, &b) {
                        (binop::ADD, V::Int(x), V::Int(y)) => V::Int(x + y),
                        (binop::ADD, V::Str(x), V::Str(y)) => V::Str(format!("{}{}", x, y)),
                        (binop::SUB, V::Int(x), V::Int(y)) => V::Int(x - y),
                        (binop::MUL, V::Int(x), V::Int(y)) => V::Int(x * y),
                        (binop::MOD, V::Int(x), V::Int(y)) => V::Int(x.rem_euclid(*y)),
                        (binop::FLOORDIV, V::Int(_), V::Int(0)) => {
                            err = Some(exc("ZeroDivisionError", "division by zero"));
                            V::None
                        }
                        (binop::FLOORDIV, V::Int(x), V::Int(y)) => V::Int(x.div_euclid(*y)),
                        _ => panic!("binop {} {:?} {:?}", o, a, b),
                    };
                    if err.is_none() {
                        stack.push(r);
                    }
                }
                Op::UnaryOp(u) => {
                    let a = pop!();
                    stack.push(match (u, &a) {
                        (unop::NOT, _) => V::Bool(!truthy(&a)),
                        (unop::NEG, V::Int(i)) => V::Int(-i),
                        _ => panic!("unop"),
                    });
                }
                Op::CompareOp(c) => {
                    let b = pop!();
                    let a = pop!();
                    let (V::Int(x), V::Int(y)) = (&a, &b) else {
                        stack.push(V::Bool(show(&a) == show(&b)));
                        continue;
                    };
                    stack.push(V::Bool(match c {
                        cmpop::LT => x < y,
                        cmpop::LE => x <= y,
                        cmpop::EQ => x == y,
                        cmpop::NE => x != y,
                        cmpop::GT => x > y,
                        _ => x >= y,
                    }));
                }
                Op::IsOp(n) => {
                    let b = pop!();
                    let a = pop!();
                    let same = matches!((&a, &b), (V::None, V::None));
                    stack.push(V::Bool(same != (n == 1)));
                }
                Op::ContainsOp(n) => {
                    let b = pop!();
                    let a = pop!();
                    let r = items(&b).iter().any(|x| show(x) == show(&a));
                    stack.push(V::Bool(r != (n == 1)));
                }
                Op::BuildTuple(n) => {
                    let v = stack.split_off(stack.len() - n as usize);
                    stack.push(V::Tuple(Rc::new(v)));
                }
                Op::BuildList(n) => {
                    let v = stack.split_off(stack.len() - n as usize);
                    stack.push(V::List(Rc::new(RefCell::new(v))));
                }
                Op::ListToTuple => {
                    let l = pop!();
                    stack.push(V::Tuple(Rc::new(items(&l))));
                }
                Op::ListAppend(i) => {
                    let x = pop!();
                    let n = stack.len();
                    if let V::List(l) = &stack[n - i as usize] {
                        l.borrow_mut().push(x);
                    }
                }
                Op::ListExtend(i) => {
                    let x = pop!();
                    let n = stack.len();
                    if let V::List(l) = &stack[n - i as usize] {
                        l.borrow_mut().extend(items(&x));
                    }
                }
                Op::BuildString(n) => {
                    let v = stack.split_off(stack.len() - n as usize);
                    stack.push(V::Str(v.iter().map(show).collect()));
                }
                Op::FormatValue(_) => {
                    let v = pop!();
                    stack.push(V::Str(show(&v)));
                }
                Op::Jump(t) => pc = t as usize,
                Op::PopJumpIfFalse(t) => {
                    if !truthy(&pop!()) {
                        pc = t as usize
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    if truthy(&pop!()) {
                        pc = t as usize
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    if !truthy(stack.last().unwrap()) {
                        pc = t as usize
                    } else {
                        pop!();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    if truthy(stack.last().unwrap()) {
                        pc = t as usize
                    } else {
                        pop!();
                    }
                }
                Op::GetIter => {
                    let v = pop!();
                    stack.push(V::Iter(Rc::new(RefCell::new((items(&v), 0)))));
                }
                Op::ForIter(t) => {
                    let V::Iter(it) = stack.last().unwrap().clone() else {
                        panic!("ForIter")
                    };
                    let mut it = it.borrow_mut();
                    if it.1 < it.0.len() {
                        let v = it.0[it.1].clone();
                        it.1 += 1;
                        stack.push(v);
                    } else {
                        pop!();
                        pc = t as usize;
                    }
                }
                Op::UnpackSequence(n) => {
                    let v = items(&pop!());
                    if v.len() != n as usize {
                        err = Some(exc("ValueError", "unpack"));
                    } else {
                        stack.extend(v.into_iter().rev());
                    }
                }
                Op::UnpackEx(n) => {
                    let (before, after) = ((n & 0xff) as usize, (n >> 8) as usize);
                    let v = items(&pop!());
                    let mid = v[before..v.len() - after].to_vec();
                    for x in v[v.len() - after..].iter().rev() {
                        stack.push(x.clone());
                    }
                    stack.push(V::List(Rc::new(RefCell::new(mid))));
                    for x in v[..before].iter().rev() {
                        stack.push(x.clone());
                    }
                }
                Op::Call(n) => {
                    let args = stack.split_off(stack.len() - n as usize);
                    let f = pop!();
                    match self.call(f, args) {
                        Ok(v) => stack.push(v),
                        Err(e) => err = Some(e),
                    }
                }
                Op::CallEx(0) => {
                    let args = items(&pop!());
                    let f = pop!();
                    match self.call(f, args) {
                        Ok(v) => stack.push(v),
                        Err(e) => err = Some(e),
                    }
                }
                Op::MakeFunction(flags) => {
                    let V::Tuple(_) = pop!() else { panic!() };
                    // Find the code object: the LoadConst just before.
                    let Op::LoadConst(ci) = code.code[pc - 2] else {
                        panic!("MakeFunction without LoadConst")
                    };
                    let Const::Code(c) = &code.consts[ci as usize] else {
                        panic!()
                    };
                    let closure = if flags & mkfn::CLOSURE != 0 {
                        items(&pop!())
                    } else {
                        vec![]
                    };
                    assert_eq!(
                        flags & (mkfn::ANNOTATIONS | mkfn::KWDEFAULTS),
                        0,
                        "unsupported"
                    );
                    let defaults = if flags & mkfn::DEFAULTS != 0 {
                        items(&pop!())
                    } else {
                        vec![]
                    };
                    stack.push(V::Func(Rc::new(Func {
                        code: c.clone(),
                        defaults,
                        closure,
                    })));
                }
                Op::ReturnValue => return Flow::Ret(pop!()),
                Op::SetupExcept(t) => blocks.push((false, t as usize, stack.len())),
                Op::PopBlock => {
                    let b = blocks.pop().expect("PopBlock on empty");
                    assert!(!b.0, "PopBlock popped a handler block at pc {}", pc - 1);
                }
                Op::PopExcept => {
                    let b = blocks.pop().expect("PopExcept on empty");
                    assert!(b.0, "PopExcept popped a setup block at pc {}", pc - 1);
                }
                Op::Reraise => err = Some(pop!()),
                Op::JumpIfNotExcMatch(t) => {
                    let ty = pop!();
                    let e = stack.last().unwrap();
                    let (V::Exc(e), V::Builtin(name)) = (e, &ty) else {
                        panic!("match")
                    };
                    if e.0 != *name {
                        pc = t as usize;
                    }
                }
                Op::RaiseVarargs(n) => {
                    let e = match n {
                        1 => pop!(),
                        _ => panic!("raise form"),
                    };
                    err = Some(e);
                }
                Op::LoadAssertionError => stack.push(V::Builtin("AssertionError")),
                Op::BeforeWith => {
                    let m = pop!();
                    let V::Cm(cm) = &m else { panic!() };
                    self.out.push(format!("enter {}", cm.0));
                    stack.push(V::Bound(Rc::new((V::Builtin("exit"), m.clone()))));
                    stack.push(V::Str(cm.0.clone()));
                }
                Op::WithExceptStart => {
                    let e = stack[stack.len() - 1].clone();
                    let V::Bound(b) = &stack[stack.len() - 2] else {
                        panic!()
                    };
                    let V::Cm(cm) = &b.1 else { panic!() };
                    self.out.push(format!("exit {} {}", cm.0, show(&e)));
                    stack.push(V::Bool(cm.1));
                }
                Op::MatchSequence => {
                    let b = matches!(stack.last().unwrap(), V::List(_) | V::Tuple(_));
                    stack.push(V::Bool(b));
                }
                Op::MatchMapping => stack.push(V::Bool(false)),
                Op::GetLen => {
                    let n = items(stack.last().unwrap()).len();
                    stack.push(V::Int(n as i64));
                }
                other => panic!("mini vm: unsupported {:?}", other),
            }
            if let Some(e) = err {
                // Unwind to the nearest setup block.
                loop {
                    match blocks.pop() {
                        None => return Flow::Err(e),
                        Some((true, _, _)) => continue,
                        Some((false, h, depth)) => {
                            stack.truncate(depth);
                            blocks.push((true, 0, depth));
                            stack.push(e.clone());
                            pc = h;
                            break;
                        }
                    }
                }
            }
        }
    }
}

fn run(src: &str) -> String {
    let m = mprt_syntax::parse(src, Mode::Exec).unwrap_or_else(|e| panic!("parse: {:?}", e));
    let code = compile(&m, "<t>", Mode::Exec).unwrap_or_else(|e| panic!("compile: {:?}", e));
    let mut vm = Vm {
        globals: HashMap::new(),
        out: Vec::new(),
    };
    for b in ["out", "range", "E", "F", "CM", "len"] {
        vm.globals.insert(b.into(), V::Builtin(b));
    }
    vm.globals.insert("exit".into(), V::Builtin("exit"));
    let r = vm.run(&code, vec![], vec![]);
    if let Flow::Err(e) = r {
        vm.out.push(format!("uncaught {}", show(&e)));
    }
    let _ = disassemble(&code);
    vm.out.join("\n")
}

fn check(src: &str, expected: &str) {
    let got = run(src);
    assert_eq!(got, expected.trim(), "program:\n{}", src);
}

#[test]
fn vm_loops_and_else() {
    check(
        "for i in range(6):\n    if i == 1:\n        continue\n    if i == 4:\n        break\n    out(i)\nelse:\n    out('no')\nout('end')\n",
        "0\n2\n3\nend",
    );
    check(
        "i = 0\nwhile i < 3:\n    i += 1\nelse:\n    out('else', i)\n",
        "else 3",
    );
    check(
        "x = [i * j for i in range(3) for j in range(3) if j if i]\nout(x)\n",
        "[1, 2, 2, 4]",
    );
}

#[test]
fn vm_closures() {
    check(
        "def make(n):\n    def add(x):\n        return x + n\n    return add\nout(make(3)(4))\n",
        "7",
    );
    check(
        "def counter():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\nf = counter()\nf()\nf()\nout(f())\n",
        "3",
    );
    check(
        "def f(a, b=10):\n    return (lambda: a + b)()\nout(f(1), f(1, 2))\n",
        "11 3",
    );
    check(
        "def f(xs):\n    y = 5\n    return [x + y for x in xs]\nout(f([1, 2]))\n",
        "[6, 7]",
    );
    check(
        "def f():\n    r = [(z := x) for x in range(3)]\n    return z\nout(f())\n",
        "2",
    );
}

#[test]
fn vm_try_except_finally() {
    check(
        "try:\n    out('a')\n    raise E('x')\nexcept F:\n    out('F')\nexcept E as e:\n    out('caught', e)\nelse:\n    out('else')\nfinally:\n    out('fin')\nout('after')\n",
        "a\ncaught E(x)\nfin\nafter",
    );
    check(
        "try:\n    out(1)\nexcept E:\n    out(2)\nelse:\n    out(3)\nfinally:\n    out(4)\n",
        "1\n3\n4",
    );
    check(
        "def f():\n    try:\n        return 'r'\n    finally:\n        out('fin')\nout(f())\n",
        "fin\nr",
    );
    check(
        "def f():\n    try:\n        raise E('boom')\n    finally:\n        return 'swallowed'\nout(f())\n",
        "swallowed",
    );
    check(
        "def f():\n    for i in range(3):\n        try:\n            return i\n        finally:\n            continue\n    return 'done'\nout(f())\n",
        "done",
    );
    check(
        "for i in range(3):\n    try:\n        if i == 1:\n            break\n    finally:\n        out('f', i)\nout('end', i)\n",
        "f 0\nf 1\nend 1",
    );
    check(
        "try:\n    try:\n        raise E('in')\n    except F:\n        out('no')\nexcept E as e:\n    out('outer', e)\n",
        "outer E(in)",
    );
    check(
        "def f():\n    try:\n        raise E(1)\n    except E as e:\n        return 'h'\n    finally:\n        out('fin')\nout(f())\n",
        "fin\nh",
    );
    check(
        "try:\n    raise E(1)\nexcept E as e:\n    pass\nout(e)\n",
        "uncaught NameError(e)",
    );
    check(
        "try:\n    try:\n        raise E(1)\n    except E as e:\n        raise F(2)\nexcept F as g:\n    out(g)\nout(len([1]))\n",
        "F(2)\n1",
    );
    check(
        "for i in range(2):\n    try:\n        raise E(i)\n    except E as e:\n        out('c', e)\n        continue\n    out('x')\nout('done')\n",
        "c E(0)\nc E(1)\ndone",
    );
    check(
        "try:\n    1 // 0\nexcept E:\n    pass\n",
        "uncaught ZeroDivisionError(division by zero)",
    );
    check("assert 1 == 2, 'msg'\n", "uncaught AssertionError(msg)");
}

#[test]
fn vm_with() {
    check(
        "with CM('a') as x, CM('b'):\n    out('body', x)\nout('end')\n",
        "enter a\nenter b\nbody a\nexit b None\nexit a None\nend",
    );
    check(
        "with CM('a', True):\n    raise E(1)\nout('suppressed')\n",
        "enter a\nexit a E(1)\nsuppressed",
    );
    check(
        "try:\n    with CM('a'):\n        raise E(1)\nexcept E as e:\n    out('caught', e)\n",
        "enter a\nexit a E(1)\ncaught E(1)",
    );
    check(
        "def f():\n    with CM('a'):\n        return 'r'\nout(f())\n",
        "enter a\nexit a None\nr",
    );
    check(
        "for i in range(3):\n    with CM(i):\n        if i == 1:\n            break\n        continue\nout('end')\n",
        "enter 0\nexit 0 None\nenter 1\nexit 1 None\nend",
    );
}

#[test]
fn vm_assignments() {
    check("a, *b, c = [1, 2, 3, 4]\nout(a, b, c)\n", "1 [2, 3] 4");
    check("x = [1, 2]\nx[0] += 5\nout(x)\n", "[6, 2]");
    check("a = b = 3\nout(a + b)\n", "6");
    check("x = 1 < 2 < 3\ny = 1 < 3 < 2\nout(x, y)\n", "True False");
    check("out(1 and 0 or 5, not 0 and 2)\n", "5 2");
    check("out(f'{1}-{\"a\"}')\n", "1-a");
    check(
        "def f(*a):\n    return a\nout(f(1, *[2, 3], 4))\n",
        "(1, 2, 3, 4)",
    );
}

#[test]
fn vm_match() {
    let prog = "def f(x):\n    match x:\n        case 1 | 2:\n            return 'small'\n        case [a, (3 | 4) as b]:\n            return ('pair', a, b)\n        case [1, *rest] if len(rest) > 1:\n            return ('rest', rest)\n        case [_, [q, *_]]:\n            return ('nested', q)\n        case None:\n            return 'none'\n        case other:\n            return ('other', other)\n";
    let src = format!("{}out(f(1))\nout(f(2))\nout(f([9, 4]))\nout(f([1, 5, 6]))\nout(f([1, 5]))\nout(f([7, [8, 9]]))\nout(f(None))\nout(f('s'))\n", prog);
    check(&src, "small\nsmall\n(pair, 9, 4)\n(rest, [5, 6])\n(other, [1, 5])\n(nested, 8)\nnone\n(other, s)");
}

#[test]
fn vm_nested_unwinding() {
    check(
        "def f():\n    try:\n        try:\n            raise E(1)\n        finally:\n            out('inner fin')\n    except E as e:\n        out('caught', e)\n        return 'r'\n    finally:\n        out('outer fin')\nout(f())\n",
        "inner fin\ncaught E(1)\nouter fin\nr",
    );
    check(
        "try:\n    try:\n        raise E(1)\n    finally:\n        raise F(2)\nexcept F as e:\n    out(e)\n",
        "F(2)",
    );
    check(
        "for i in range(3):\n    try:\n        raise E(i)\n    except E as e:\n        if i == 1:\n            break\nout(i)\nout(e)\n",
        "1\nuncaught NameError(e)",
    );
    check(
        "i = 0\nwhile i < 5:\n    i += 1\n    if i == 3:\n        break\nelse:\n    out('no')\nout(i)\n",
        "3",
    );
    check(
        "def f():\n    for i in range(3):\n        with CM(i):\n            try:\n                if i == 1:\n                    return i\n            except E:\n                pass\nout(f())\n",
        "enter 0\nexit 0 None\nenter 1\nexit 1 None\n1",
    );
    check(
        "def f():\n    try:\n        return 1\n    finally:\n        try:\n            raise E(2)\n        except E:\n            out('in finally handler')\nout(f())\n",
        "in finally handler\n1",
    );
    check(
        "def g(x):\n    out('g', x)\n    return x\nout(g(1) < g(2) < g(0) < g(5))\n",
        "g 1\ng 2\ng 0\nFalse",
    );
    check(
        "def f(a):\n    def set(v):\n        nonlocal a\n        a = v\n    set(5)\n    return a\nout(f(1))\n",
        "5",
    );
    check("x = [0, 10]\ni = 1\nx[i] += i\nout(x)\n", "[0, 11]");
    check(
        "def f():\n    try:\n        pass\n    finally:\n        for i in range(3):\n            if i == 1:\n                break\n        out('loop in finally', i)\nf()\n",
        "loop in finally 1",
    );
}
