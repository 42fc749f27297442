//! Human-readable disassembly of code objects (debugging aid and test helper).

use alloc::format;
use alloc::string::String;
use core::fmt::Write;

use crate::bytecode::{CodeObject, Const, Op};

/// Render `code` and, recursively, every nested code object as a listing:
/// a header (name, flags, counts, variable tables) then one line per op with
/// its index, source line (when it changes) and a resolved operand.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_into(code, &mut out);
    out
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Const::Int(i) => format!("{}", i),
        Const::BigInt(i) => format!("{}", i),
        Const::Float(f) => format!("{:?}", f),
        Const::Complex(r, i) => format!("({:?}+{:?}j)", r, i),
        Const::Str(s) => format!("{:?}", s),
        Const::Bytes(b) => format!("b{:?}", b),
        Const::Tuple(t) => {
            let mut s = String::from("(");
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                s.push_str(&const_repr(x));
            }
            if t.len() == 1 {
                s.push(',');
            }
            s.push(')');
            s
        }
        Const::Ellipsis => "Ellipsis".into(),
        Const::FrozenSet(t) => {
            let items: alloc::vec::Vec<String> = t.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", items.join(", "))
        }
        Const::Code(c) => format!("<code {}>", c.qualname),
    }
}

fn dis_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} ({}) file={} line={} flags={:#x} argcount={} posonly={} kwonly={}",
        code.qualname,
        code.name,
        code.filename,
        code.first_line,
        code.flags,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount
    );
    let _ = writeln!(
        out,
        "  varnames={:?} cellvars={:?} freevars={:?} cell_params={:?}",
        code.varnames, code.cellvars, code.freevars, code.cell_params
    );
    let mut li = 0;
    for (pc, op) in code.code.iter().enumerate() {
        let mut line = String::new();
        while li < code.lines.len() && code.lines[li].0 as usize <= pc {
            if code.lines[li].0 as usize == pc {
                line = format!("{}", code.lines[li].1);
            }
            li += 1;
        }
        let arg = match *op {
            Op::LoadConst(i) => code
                .consts
                .get(i as usize)
                .map(const_repr)
                .unwrap_or_default(),
            Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => {
                code.varnames.get(i as usize).cloned().unwrap_or_default()
            }
            Op::LoadDeref(i)
            | Op::StoreDeref(i)
            | Op::DeleteDeref(i)
            | Op::LoadClosure(i)
            | Op::LoadClassDeref(i) => {
                let i = i as usize;
                code.cellvars
                    .get(i)
                    .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
                    .cloned()
                    .unwrap_or_default()
            }
            Op::LoadGlobal(i)
            | Op::StoreGlobal(i)
            | Op::DeleteGlobal(i)
            | Op::LoadName(i)
            | Op::StoreName(i)
            | Op::DeleteName(i)
            | Op::LoadAttr(i)
            | Op::StoreAttr(i)
            | Op::DeleteAttr(i)
            | Op::LoadMethod(i)
            | Op::ImportName(i)
            | Op::ImportFrom(i) => code.names.get(i as usize).cloned().unwrap_or_default(),
            _ => String::new(),
        };
        let _ = if arg.is_empty() {
            writeln!(out, "{:>5} {:>5} {:?}", line, pc, op)
        } else {
            writeln!(out, "{:>5} {:>5} {:?} ({})", line, pc, op, arg)
        };
    }
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            dis_into(inner, out);
        }
    }
}
