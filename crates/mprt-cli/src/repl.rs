//! The interactive prompt, modelled on MicroPython's unix port: banner,
//! `>>> `/`... ` prompts, continuation rules, auto-indent, paste mode
//! (Ctrl-E), Ctrl-C/Ctrl-D handling and expression echo.
//!
//! On a terminal, lines are edited with [`crate::line_editor`] (MicroPython's
//! readline behaviour and echo, with in-memory history); otherwise lines are
//! read plainly from stdin.

use crate::line_editor::{LineEditor, Outcome, RawMode, Terminal};
use mprt_core::types::dict::{dict_get_str, dict_set_str};
use mprt_core::value::Ref;
use mprt_core::{Value, Vm};
use mprt_syntax::{Mode, SyntaxErrorKind};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::atomic::Ordering;

/// Date shown in the banner.
const BUILD_DATE: &str = "2026-12-07";

/// The banner printed when the REPL starts interactively.
pub fn banner() -> String {
    format!(
        "MicroPython v{} on {}; linux [MicroPythonRT] with {} version\nType \"help()\" for more information.\n",
        env!("CARGO_PKG_VERSION"),
        BUILD_DATE,
        std::env::consts::ARCH
    )
}

/// Whether `word` starts `s` as a whole word.
fn starts_with_word(s: &str, word: &str) -> bool {
    s.strip_prefix(word).is_some_and(|rest| {
        !rest
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// MicroPython's rule for whether the REPL input so far needs more lines:
/// unclosed triple-quoted strings or brackets, a trailing backslash, or a
/// compound statement whose last line is not empty.
pub fn continue_with_input(src: &str) -> bool {
    if src.is_empty() {
        return false;
    }
    let compound = src.starts_with('@')
        || ["if", "while", "for", "try", "with", "def", "class", "async"]
            .iter()
            .any(|w| starts_with_word(src, w));
    // Scan quotes and brackets.
    let b = src.as_bytes();
    let mut quote: Option<(u8, bool)> = None; // (quote char, triple)
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some((q, triple)) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    if triple {
                        if b[i..].starts_with(&[q, q, q]) {
                            quote = None;
                            i += 2;
                        }
                    } else {
                        quote = None;
                    }
                }
            }
            None => {
                if c == b'\'' || c == b'"' {
                    if b[i..].starts_with(&[c, c, c]) {
                        quote = Some((c, true));
                        i += 2;
                    } else {
                        quote = Some((c, false));
                    }
                } else if matches!(c, b'(' | b'[' | b'{') {
                    depth += 1;
                } else if matches!(c, b')' | b']' | b'}') {
                    depth -= 1;
                }
            }
        }
        i += 1;
    }
    if let Some((_, true)) = quote {
        return true;
    }
    if depth > 0 && quote.is_none() {
        return true;
    }
    if src.ends_with('\\') {
        return true;
    }
    let last_nonempty = !src.ends_with('\n');
    if compound && last_nonempty {
        return true;
    }
    // The parser knows best whether a statement is unfinished.
    if last_nonempty && quote.is_none() {
        if let Err(e) = mprt_syntax::parse(src, Mode::Single) {
            return e.kind == SyntaxErrorKind::Incomplete
                && (compound || src.trim_end().ends_with(':'));
        }
    }
    false
}

/// Auto-indent for the next continuation line of `buf` (which ends with the
/// newline just entered): the previous line's indentation, plus one level
/// when it ends with ':'; nothing after two indent-only lines in a row.
pub fn auto_indent(buf: &str) -> usize {
    let Some(body) = buf.strip_suffix('\n') else {
        return 0;
    };
    if body.is_empty() {
        return 0;
    }
    let (before, prev) = match body.rfind('\n') {
        Some(i) => (Some(&body[..i]), &body[i + 1..]),
        None => (None, body),
    };
    let lead = prev.bytes().take_while(|&c| c == b' ').count();
    if lead == prev.len() {
        if let Some(before) = before {
            // Only when the line before is not the first line.
            if let Some(j) = before.rfind('\n') {
                if before[j + 1..].bytes().all(|c| c == b' ') {
                    return 0;
                }
            }
        }
    }
    let mut n = lead / 4;
    if body.ends_with(':') {
        n += 1;
    }
    n * 4
}

/// Names visible at the prompt: `__main__` globals and builtins.
fn visible_names(vm: &mut Vm, globals: &Ref) -> Vec<String> {
    let mut out = Vec::new();
    for d in [globals.clone(), vm.builtins.clone()] {
        if let Ok(keys) = vm.iterate(&Value::Obj(d)) {
            out.extend(keys.iter().filter_map(|k| match k {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            }));
        }
    }
    out
}

/// The attribute names of the object reached by the dotted path `chain`
/// from the prompt's globals (then builtins); None if it does not resolve.
fn attr_names(vm: &mut Vm, globals: &Ref, chain: &[&str]) -> Option<Vec<String>> {
    let (first, rest) = chain.split_first()?;
    let mut obj = dict_get_str(globals, first).or_else(|| dict_get_str(&vm.builtins, first))?;
    for name in rest {
        let key = vm.intern(name);
        obj = vm.getattr_opt(&obj, &key).ok()??;
    }
    let dir = dict_get_str(&vm.builtins, "dir")?;
    let names = vm.call(&dir, &[obj], &[]).ok()?;
    let items = vm.iterate(&names).ok()?;
    Some(
        items
            .iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s.as_str().to_string()),
                _ => None,
            })
            .collect(),
    )
}

/// The terminal as the line editor sees it: bytes from standard input
/// (read with the GIL released), echo to standard output, completion from
/// the prompt's namespace.
struct Tty<'a> {
    vm: &'a mut Vm,
    globals: &'a Ref,
}

impl Terminal for Tty<'_> {
    fn read_byte(&mut self) -> Option<u8> {
        loop {
            let mut c = 0u8;
            let p = &mut c as *mut u8 as usize;
            // SAFETY: reads one byte into `c`, which outlives the call.
            let n = self
                .vm
                .allow_threads(|| unsafe { libc::read(0, p as *mut libc::c_void, 1) });
            if n == 1 {
                return Some(c);
            }
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return None;
        }
    }

    fn write(&mut self, bytes: &[u8]) {
        write_out(bytes);
    }

    fn names(&mut self, chain: &[&str]) -> Option<Vec<String>> {
        if chain.is_empty() {
            return Some(visible_names(self.vm, self.globals));
        }
        attr_names(self.vm, self.globals, chain)
    }
}

/// Write to standard output now.
fn write_out(bytes: &[u8]) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes);
    let _ = out.flush();
}

/// The `__main__` module's globals (created if missing).
fn main_globals(vm: &mut Vm) -> Ref {
    if let Some(Value::Obj(m)) = dict_get_str(&vm.modules, "__main__") {
        return Vm::module_dict(&m);
    }
    let m = vm.new_module("__main__");
    let d = Vm::module_dict(&m);
    dict_set_str(&vm.modules, &Value::str("__main__"), Value::Obj(m));
    d
}

/// `sys.ps1` / `sys.ps2` if set to a string, else the default prompt.
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    let sys = vm.sys.clone();
    let key = vm.intern(name);
    match vm.getattr_opt(&Value::Obj(sys), &key) {
        Ok(Some(Value::Str(s))) => s.as_str().to_string(),
        _ => default.to_string(),
    }
}

/// Compile and run one REPL input; `Some(status)` when the REPL must exit.
fn execute(vm: &mut Vm, globals: &Ref, src: &str, mode: Mode) -> Option<i32> {
    crate::port::INTERRUPTED.store(false, Ordering::SeqCst);
    let r = vm.compile_source(src, "<stdin>", mode).and_then(|code| {
        let v = vm.exec_code(code, globals.clone(), None)?;
        if let Some(mprt_core::object::Payload::Generator(_)) = v.payload() {
            // Top-level await: run the coroutine in asyncio's event loop when
            // the program has imported asyncio, else drive it directly.
            if let Some(Value::Obj(m)) = dict_get_str(&vm.modules, "asyncio") {
                let d = Vm::module_dict(&m);
                if let Some(run) = dict_get_str(&d, "run") {
                    vm.call(&run, &[v.clone()], &[])?;
                    return Ok(());
                }
            }
            loop {
                match mprt_core::types::generator::gen_resume(vm, &v, Some(Value::None), None)? {
                    mprt_core::vm::interp::GenStep::Yielded(_) => {}
                    mprt_core::vm::interp::GenStep::Returned(_) => break,
                }
            }
        }
        Ok(())
    });
    let out = match r {
        Ok(()) => None,
        Err(e) => {
            if vm.exc_matches(&e, &vm.exc.system_exit.clone()) {
                Some(crate::report_exception(vm, &e))
            } else {
                crate::report_exception(vm, &e);
                None
            }
        }
    };
    vm.port.flush_stdout();
    out
}

/// What reading one statement on a terminal produced.
enum Statement {
    /// Source to run, and how to compile it.
    Source(String, Mode),
    /// Nothing to run (empty line, cancelled input): prompt again.
    Nothing,
    /// Ctrl-D on an empty primary prompt.
    CtrlD,
    /// End of input.
    End,
}

/// Read one statement on a terminal, like MicroPython's unix REPL: the
/// first line, then continuation lines while the input is unfinished.
fn read_statement(vm: &mut Vm, globals: &Ref, ed: &mut LineEditor) -> Statement {
    let ps1 = prompt(vm, "ps1", ">>> ");
    let mut line = Vec::new();
    match ed.readline(&mut Tty { vm, globals }, &mut line, &ps1, 0) {
        Outcome::End => return Statement::End,
        Outcome::Control(4) => return Statement::CtrlD,
        Outcome::Control(5) => {
            return match ed.paste(&mut Tty { vm, globals }) {
                Some(text) => {
                    Statement::Source(String::from_utf8_lossy(&text).into_owned(), Mode::Exec)
                }
                None => Statement::Nothing,
            };
        }
        Outcome::Control(_) => {
            // Ctrl-C cancels the line; Ctrl-A / Ctrl-B (raw REPL, reset
            // on a board) just give a fresh prompt here.
            write_out(b"\r\n");
            return Statement::Nothing;
        }
        Outcome::Enter if line.is_empty() => return Statement::Nothing,
        Outcome::Enter => {}
    }
    while continue_with_input(&String::from_utf8_lossy(&line)) {
        line.push(b'\n');
        let indent = auto_indent(&String::from_utf8_lossy(&line));
        let ps2 = prompt(vm, "ps2", "... ");
        match ed.readline(&mut Tty { vm, globals }, &mut line, &ps2, indent) {
            Outcome::Control(3) => {
                write_out(b"\r\n");
                return Statement::Nothing;
            }
            // Ctrl-D on an empty continuation line ends the statement.
            Outcome::Control(4) | Outcome::End => break,
            _ => {}
        }
    }
    let mut src = String::from_utf8_lossy(&line).into_owned();
    if src.trim().is_empty() {
        return Statement::Nothing;
    }
    src.push('\n');
    Statement::Source(src, Mode::Single)
}

/// Run the REPL until EOF; returns the exit status. In `board` mode,
/// Ctrl-D at the primary prompt (or a 0x04 byte on a line of piped input,
/// as over a serial link) asks for a soft reset instead: returns None.
pub fn run(vm: &mut Vm, board: bool) -> Option<i32> {
    let globals = main_globals(vm);
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        print!("{}", banner());
        let _ = std::io::stdout().flush();
    }
    if !(interactive && std::io::stdout().is_terminal()) {
        return run_plain(vm, &globals, board);
    }
    let mut ed = LineEditor::new();
    // Raw mode lasts from the first prompt of a statement until it runs
    // (input after a cancelled line stays for the next prompt).
    let mut raw: Option<RawMode> = None;
    loop {
        vm.port.flush_stdout();
        if raw.is_none() {
            raw = Some(RawMode::enter());
        }
        let (src, mode) = match read_statement(vm, &globals, &mut ed) {
            Statement::Source(src, mode) => {
                if let Some(r) = raw.take() {
                    r.leave_flushing_input();
                }
                (src, mode)
            }
            Statement::Nothing => continue,
            Statement::CtrlD => {
                write_out(b"\r\n");
                return if board { None } else { Some(0) };
            }
            Statement::End => {
                write_out(b"\r\n");
                return Some(0);
            }
        };
        if let Some(code) = execute(vm, &globals, &src, mode) {
            return Some(code);
        }
    }
}

/// The REPL on piped input: prompts are printed, lines are read plainly.
fn run_plain(vm: &mut Vm, globals: &Ref, board: bool) -> Option<i32> {
    let mut lock = std::io::stdin().lock();
    let mut read = |vm: &mut Vm, name: &str, default: &str| -> Option<String> {
        print!("{}", prompt(vm, name, default));
        let _ = std::io::stdout().flush();
        let mut l = String::new();
        match lock.read_line(&mut l) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                while l.ends_with('\n') || l.ends_with('\r') {
                    l.pop();
                }
                Some(l)
            }
        }
    };
    loop {
        vm.port.flush_stdout();
        let first = match read(vm, "ps1", ">>> ") {
            Some(l) if board && l.starts_with('\x04') => return None,
            Some(l) => l,
            None => {
                println!();
                return Some(0);
            }
        };
        if first.is_empty() {
            continue;
        }
        let mut src = first;
        while continue_with_input(&src) {
            src.push('\n');
            match read(vm, "ps2", "... ") {
                Some(l) => src.push_str(&l),
                None => break,
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        src.push('\n');
        if let Some(code) = execute(vm, globals, &src, Mode::Single) {
            return Some(code);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_rules() {
        assert!(continue_with_input("if 1:"));
        assert!(continue_with_input("if 1:\n    x"));
        assert!(continue_with_input("if 1:\n    x\n    "));
        assert!(!continue_with_input("if 1:\n    x\n"));
        assert!(continue_with_input("print(1,"));
        assert!(continue_with_input("'''abc"));
        assert!(continue_with_input("1 \\"));
        assert!(!continue_with_input("print(1)"));
        assert!(!continue_with_input("'\"'"));
        assert!(!continue_with_input("ifx = 1"));
    }

    #[test]
    fn indent_rules() {
        assert_eq!(auto_indent("if 1:\n"), 4);
        assert_eq!(auto_indent("if 1:\n    print(1)\n"), 4);
        assert_eq!(auto_indent("if 1:\n    if 2:\n"), 8);
        assert_eq!(auto_indent("if 1:\n    print(1)\n    \n"), 4);
        assert_eq!(auto_indent("if 1:\n    print(1)\n    \n    \n"), 0);
        assert_eq!(auto_indent("x = (\n"), 0);
    }
}
