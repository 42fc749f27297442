//! The interactive prompt, modelled on MicroPython's unix port: banner,
//! `>>> `/`... ` prompts, continuation rules, auto-indent, paste mode
//! (Ctrl-E), Ctrl-C/Ctrl-D handling and expression echo.
//!
//! On a terminal, line editing and in-memory history come from `rustyline`;
//! otherwise lines are read plainly from stdin.

use mprt_core::types::dict::{dict_get_str, dict_set_str};
use mprt_core::value::Ref;
use mprt_core::{Value, Vm};
use mprt_syntax::{Mode, SyntaxErrorKind};
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{
    Cmd, ConditionalEventHandler, Config, Editor, Event, EventContext, EventHandler, KeyCode,
    KeyEvent, Modifiers, Movement, RepeatCount,
};
use std::io::{BufRead, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

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

/// State shared between the REPL loop and the key handlers.
#[derive(Default)]
struct Shared {
    /// Width of the auto-indent just pre-filled (0: none pending).
    just_added: AtomicUsize,
    /// Auto-indent switched off for the rest of this statement.
    indent_off: AtomicBool,
    /// Ctrl-E pressed on an empty primary prompt.
    paste: AtomicBool,
    /// Reading the first line of a statement.
    primary: AtomicBool,
}

/// Space/Tab/Ctrl-E handling like MicroPython's readline.
struct Keys(Arc<Shared>, u8);

impl ConditionalEventHandler for Keys {
    fn handle(&self, _e: &Event, _n: RepeatCount, _p: bool, ctx: &EventContext) -> Option<Cmd> {
        let line = ctx.line();
        let pos = ctx.pos();
        match self.1 {
            b'e' => {
                if line.is_empty() && self.0.primary.load(Ordering::Relaxed) {
                    self.0.paste.store(true, Ordering::Relaxed);
                    return Some(Cmd::Interrupt);
                }
                None
            }
            c => {
                let ind = self.0.just_added.swap(0, Ordering::Relaxed);
                if ind > 0 && line.len() == ind && pos == ind && line.bytes().all(|b| b == b' ') {
                    // Space or tab right after an auto-indent turns auto-indent
                    // off; a space also takes back 3 of the 4 spaces.
                    self.0.indent_off.store(true, Ordering::Relaxed);
                    if c == b' ' {
                        return Some(Cmd::Kill(Movement::BackwardChar(3)));
                    }
                    return Some(Cmd::Noop);
                }
                if c == b'\t' {
                    let before = &line[..pos];
                    let after_space = before.chars().last().is_some_and(|ch| ch.is_whitespace());
                    if after_space || (before.is_empty() && !self.0.primary.load(Ordering::Relaxed))
                    {
                        return Some(Cmd::Insert(1, "    ".into()));
                    }
                    // Otherwise: complete the word before the cursor.
                    return None;
                }
                None
            }
        }
    }
}

/// Tab completion of global and builtin names (refreshed before each prompt).
#[derive(Default)]
struct Completion {
    names: std::sync::Mutex<Vec<String>>,
}

impl rustyline::completion::Completer for Completion {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
            .last()
            .map(|(i, _)| i)
            .unwrap_or(pos);
        let word = &before[start..];
        // Attribute completion is not offered.
        if before[..start].ends_with('.') {
            return Ok((pos, Vec::new()));
        }
        let names = self.names.lock().map(|n| n.clone()).unwrap_or_default();
        let mut found: Vec<String> = names
            .into_iter()
            .filter(|n| n.starts_with(word) && (!n.starts_with('_') || word.starts_with('_')))
            .collect();
        found.sort();
        found.dedup();
        Ok((start, found))
    }
}

impl rustyline::hint::Hinter for Completion {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Completion {}
impl rustyline::validate::Validator for Completion {}
impl rustyline::Helper for Completion {}

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

/// What one read produced.
enum Input {
    Line(String),
    Interrupt,
    Eof,
    Paste,
}

/// Where lines come from.
enum Source {
    Tty(Box<Editor<Completion, DefaultHistory>>, Arc<Shared>),
    Plain(std::io::StdinLock<'static>),
}

impl Source {
    fn read(&mut self, prompt: &str, indent: usize, primary: bool) -> Input {
        match self {
            Source::Tty(ed, sh) => {
                sh.primary.store(primary, Ordering::Relaxed);
                sh.paste.store(false, Ordering::Relaxed);
                sh.just_added.store(indent, Ordering::Relaxed);
                let init = " ".repeat(indent);
                let r = ed.readline_with_initial(prompt, (&init, ""));
                sh.just_added.store(0, Ordering::Relaxed);
                match r {
                    Ok(l) => {
                        if !l.trim().is_empty() {
                            let _ = ed.add_history_entry(l.as_str());
                        }
                        Input::Line(l)
                    }
                    Err(ReadlineError::Interrupted) => {
                        if sh.paste.swap(false, Ordering::Relaxed) {
                            Input::Paste
                        } else {
                            Input::Interrupt
                        }
                    }
                    Err(_) => Input::Eof,
                }
            }
            Source::Plain(lock) => {
                print!("{}", prompt);
                let _ = std::io::stdout().flush();
                let mut l = String::new();
                match lock.read_line(&mut l) {
                    Ok(0) | Err(_) => Input::Eof,
                    Ok(_) => {
                        while l.ends_with('\n') || l.ends_with('\r') {
                            l.pop();
                        }
                        Input::Line(l)
                    }
                }
            }
        }
    }
}

/// Read paste-mode input byte by byte from the terminal until Ctrl-D
/// (returns the text) or Ctrl-C (returns None).
fn paste_mode() -> Option<String> {
    print!("paste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    let _ = std::io::stdout().flush();
    // SAFETY: termios calls on fd 0 with a properly sized local struct.
    let saved = unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::tcgetattr(0, &mut t) != 0 {
            None
        } else {
            let orig = t;
            t.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
            t.c_iflag &= !(libc::ICRNL | libc::IXON);
            t.c_cc[libc::VMIN] = 1;
            t.c_cc[libc::VTIME] = 0;
            libc::tcsetattr(0, libc::TCSANOW, &t);
            Some(orig)
        }
    };
    let mut buf = Vec::new();
    let mut out = std::io::stdout();
    let result = loop {
        let mut c = 0u8;
        // SAFETY: reads one byte into a valid local buffer.
        let n = unsafe { libc::read(0, &mut c as *mut u8 as *mut libc::c_void, 1) };
        if n <= 0 {
            let _ = out.write_all(b"\n");
            break Some(buf);
        }
        match c {
            3 => {
                let _ = out.write_all(b"\n");
                break None;
            }
            4 => {
                let _ = out.write_all(b"\n");
                break Some(buf);
            }
            b'\r' | b'\n' => {
                buf.push(b'\n');
                let _ = out.write_all(b"\n=== ");
            }
            _ => {
                buf.push(c);
                let _ = out.write_all(&[c]);
            }
        }
        let _ = out.flush();
    };
    let _ = out.flush();
    if let Some(orig) = saved {
        // SAFETY: restores the attributes read above.
        unsafe { libc::tcsetattr(0, libc::TCSANOW, &orig) };
    }
    result.map(|b| String::from_utf8_lossy(&b).into_owned())
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

/// Run the REPL until EOF; returns the exit status. In `board` mode,
/// Ctrl-D at the primary prompt (or a 0x04 byte on a line of piped input,
/// as over a serial link) asks for a soft reset instead: returns None.
pub fn run(vm: &mut Vm, board: bool) -> Option<i32> {
    let globals = main_globals(vm);
    let interactive = std::io::stdin().is_terminal();
    let mut source = if interactive && std::io::stdout().is_terminal() {
        let config = Config::builder()
            .auto_add_history(false)
            .bracketed_paste(false)
            .completion_type(rustyline::CompletionType::List)
            .build();
        match Editor::<Completion, DefaultHistory>::with_config(config) {
            Ok(mut ed) => {
                ed.set_helper(Some(Completion::default()));
                let sh = Arc::new(Shared::default());
                for (ev, k) in [
                    (KeyEvent(KeyCode::Char(' '), Modifiers::NONE), b' '),
                    (KeyEvent(KeyCode::Tab, Modifiers::NONE), b'\t'),
                    (KeyEvent::ctrl('E'), b'e'),
                ] {
                    ed.bind_sequence(ev, EventHandler::Conditional(Box::new(Keys(sh.clone(), k))));
                }
                Source::Tty(Box::new(ed), sh)
            }
            Err(_) => Source::Plain(std::io::stdin().lock()),
        }
    } else {
        Source::Plain(std::io::stdin().lock())
    };
    if interactive {
        print!("{}", banner());
        let _ = std::io::stdout().flush();
    }
    'outer: loop {
        vm.port.flush_stdout();
        if let Source::Tty(_, sh) = &source {
            sh.indent_off.store(false, Ordering::Relaxed);
        }
        if let Source::Tty(ed, _) = &source {
            if let Some(h) = ed.helper() {
                let names = visible_names(vm, &globals);
                if let Ok(mut n) = h.names.lock() {
                    *n = names;
                }
            }
        }
        let ps1 = prompt(vm, "ps1", ">>> ");
        let first = match source.read(&ps1, 0, true) {
            Input::Line(l) if board && l.starts_with('\x04') => return None,
            Input::Eof if board && matches!(source, Source::Tty(..)) => return None,
            Input::Line(l) => l,
            Input::Interrupt => continue,
            Input::Eof => {
                // rustyline has already moved to a new line.
                if matches!(source, Source::Plain(_)) {
                    println!();
                }
                return Some(0);
            }
            Input::Paste => {
                let Some(src) = paste_mode() else {
                    continue;
                };
                if let Some(code) = execute(vm, &globals, &src, Mode::Exec) {
                    return Some(code);
                }
                continue;
            }
        };
        if first.is_empty() {
            continue;
        }
        let mut src = first;
        while continue_with_input(&src) {
            src.push('\n');
            let off = match &source {
                Source::Tty(_, sh) => sh.indent_off.load(Ordering::Relaxed),
                Source::Plain(_) => true,
            };
            let indent = if off { 0 } else { auto_indent(&src) };
            let ps2 = prompt(vm, "ps2", "... ");
            match source.read(&ps2, indent, false) {
                Input::Line(l) => src.push_str(&l),
                Input::Interrupt => continue 'outer,
                Input::Eof => break,
                Input::Paste => {}
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        src.push('\n');
        if let Some(code) = execute(vm, &globals, &src, Mode::Single) {
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
