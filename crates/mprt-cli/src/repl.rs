//! The interactive prompt: MicroPython-style banner, `>>> `/`... ` prompts,
//! multi-line blocks, expression echo.

use mprt_core::{Value, Vm};
use mprt_syntax::{Mode, SyntaxErrorKind};
use std::io::{BufRead, IsTerminal, Write};

/// The banner printed when the REPL starts interactively.
pub fn banner() -> String {
    format!(
        "MicroPython v1.24.0-mprt{} on 2026-12-07; linux [MicroPythonRT] with x86_64\nType \"help()\" for more information.\n",
        env!("CARGO_PKG_VERSION")
    )
}

fn needs_more(src: &str) -> bool {
    match mprt_syntax::parse(src, Mode::Single) {
        Err(e) => e.kind == SyntaxErrorKind::Incomplete,
        Ok(_) => {
            // A compound statement continues until an empty line.
            let first = src.lines().next().unwrap_or("");
            let last = src.lines().last().unwrap_or("");
            (first.trim_end().ends_with(':') || src.lines().count() > 1)
                && !last.trim().is_empty()
                && !src.ends_with("\n\n")
        }
    }
}

/// Run the REPL until EOF; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    let interactive = std::io::stdin().is_terminal();
    if interactive {
        print!("{}", banner());
    }
    let globals = {
        let m = vm.new_module("__main__");
        let d = Vm::module_dict(&m);
        mprt_core::types::dict::dict_set_str(&vm.modules, &Value::str("__main__"), Value::Obj(m));
        d
    };
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        print!(">>> ");
        let _ = std::io::stdout().flush();
        let Some(Ok(first)) = lines.next() else {
            println!();
            return 0;
        };
        let mut src = first;
        src.push('\n');
        while needs_more(&src) {
            print!("... ");
            let _ = std::io::stdout().flush();
            match lines.next() {
                Some(Ok(l)) => {
                    let empty = l.trim().is_empty();
                    src.push_str(&l);
                    src.push('\n');
                    if empty {
                        break;
                    }
                }
                _ => break,
            }
        }
        if src.trim().is_empty() {
            continue;
        }
        let r = vm
            .compile_source(&src, "<stdin>", Mode::Single)
            .and_then(|code| {
                let v = vm.exec_code(code, globals.clone(), None)?;
                if let Some(mprt_core::object::Payload::Generator(_)) = v.payload() {
                    // Top-level await: drive the coroutine to completion.
                    let mut sent = Value::None;
                    loop {
                        match mprt_core::types::generator::gen_resume(
                            vm,
                            &v,
                            Some(sent.clone()),
                            None,
                        )? {
                            mprt_core::vm::interp::GenStep::Yielded(_) => sent = Value::None,
                            mprt_core::vm::interp::GenStep::Returned(_) => break,
                        }
                    }
                }
                Ok(())
            });
        if let Err(e) = r {
            if vm.exc_matches(&e, &vm.exc.system_exit.clone()) {
                return crate::report_exception(vm, &e);
            }
            crate::report_exception(vm, &e);
        }
    }
}
