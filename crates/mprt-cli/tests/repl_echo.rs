//! The REPL's echo on a terminal, byte for byte: `mprt` runs on a
//! pseudo-terminal, keys are written to it and everything it sends back
//! until it goes quiet is compared exactly (MicroPython's readline echo).

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_BIN_EXE_mprt"))
}

/// `mprt` with its standard streams on the slave side of a pseudo-terminal.
struct Term {
    master: i32,
    child: std::process::Child,
}

impl Term {
    fn start() -> Term {
        use std::os::unix::io::FromRawFd;
        let (mut master, mut slave) = (0i32, 0i32);
        // SAFETY: openpty writes two descriptors into valid locals.
        let r = unsafe {
            libc::openpty(
                &mut master,
                &mut slave,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        };
        assert_eq!(r, 0, "openpty");
        let mut c = Command::new(bin());
        // SAFETY: dup gives owned descriptors for the child's stdio.
        unsafe {
            c.stdin(Stdio::from_raw_fd(libc::dup(slave)))
                .stdout(Stdio::from_raw_fd(libc::dup(slave)))
                .stderr(Stdio::from_raw_fd(libc::dup(slave)))
                .env_remove("MICROPYPATH");
        }
        let child = c.spawn().expect("spawn mprt on a pty");
        // SAFETY: closing our copy of the slave descriptor.
        unsafe { libc::close(slave) };
        Term { master, child }
    }

    /// Everything sent back until 150 ms pass without output (at least one
    /// byte is waited for when `required`).
    fn collect(&mut self, required: bool) -> Vec<u8> {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut got = Vec::new();
        while Instant::now() < deadline {
            let mut pfd = libc::pollfd {
                fd: self.master,
                events: libc::POLLIN,
                revents: 0,
            };
            // SAFETY: polls one valid pollfd.
            let n = unsafe { libc::poll(&mut pfd, 1, 150) };
            if n <= 0 {
                if got.is_empty() && required {
                    continue;
                }
                break;
            }
            let mut b = [0u8; 4096];
            // SAFETY: reads into a valid local buffer.
            let k =
                unsafe { libc::read(self.master, b.as_mut_ptr() as *mut libc::c_void, b.len()) };
            if k <= 0 {
                break;
            }
            got.extend_from_slice(&b[..k as usize]);
        }
        got
    }

    /// Write `keys` and check the exact bytes that come back.
    fn keys(&mut self, keys: &str, echo: &str) {
        // SAFETY: writes a valid buffer to the master descriptor.
        let n = unsafe {
            libc::write(
                self.master,
                keys.as_ptr() as *const libc::c_void,
                keys.len(),
            )
        };
        assert_eq!(n, keys.len() as isize);
        let got = self.collect(!echo.is_empty());
        assert_eq!(
            String::from_utf8_lossy(&got),
            echo,
            "after sending {:?}",
            keys
        );
    }
}

#[test]
fn repl_echo_is_micropythons() {
    let mut t = Term::start();
    let banner = String::from_utf8_lossy(&t.collect(true)).into_owned();
    assert!(banner.starts_with("MicroPython v"), "{:?}", banner);
    assert!(
        banner.ends_with("\r\nType \"help()\" for more information.\r\n>>> "),
        "{:?}",
        banner
    );
    // Typing echoes as typed; Enter is "\r\n"; program output follows.
    t.keys("total = 40\r", "total = 40\r\n>>> ");
    t.keys("total + 2\r", "total + 2\r\n42\r\n>>> ");
    // Left arrow then an insertion: the tail is reprinted, the cursor put back.
    t.keys("xz", "xz");
    t.keys("\x1b[D", "\x08");
    t.keys("y", "yz\x08");
    // Ctrl-C at the prompt drops the line and gives a fresh prompt.
    t.keys("\x03", "\r\n>>> ");
    // History: Up recalls the last line, a second Up the one before, Down
    // comes back (the cursor moves back with ESC[nD, a shorter line is
    // erased with ESC[K).
    t.keys("\x1b[A", "total + 2");
    t.keys("\x1b[A", "\x1b[9Dtotal = 40");
    t.keys("\x1b[B", "\x1b[10D\x1b[Ktotal + 2");
    t.keys("\r", "\r\n42\r\n>>> ");
    // Home (Ctrl-A) and End (Ctrl-E): back with ESC[nD, forward by reprinting.
    t.keys("abcdef", "abcdef");
    t.keys("\x01", "\x1b[6D");
    t.keys("\x05", "abcdef");
    t.keys("\x03", "\r\n>>> ");
    // Auto-indent after a line ending with ':'; Backspace takes back the
    // whole indentation; an empty line ends the block.
    t.keys("if total:\r", "if total:\r\n...     ");
    t.keys("y = 7\r", "y = 7\r\n...     ");
    t.keys("\x7f", "\x08\x08\x08\x08\x1b[K");
    t.keys("\r", "\r\n>>> ");
    t.keys("y\r", "y\r\n7\r\n>>> ");
    // Tab completes a unique global name in place.
    t.keys("unique_name_here = 3\r", "unique_name_here = 3\r\n>>> ");
    t.keys("uniq", "uniq");
    t.keys("\t", "ue_name_here");
    t.keys(" * 2\r", " * 2\r\n6\r\n>>> ");
    // Ctrl-D on an empty line leaves the REPL with status 0.
    t.keys("\x04", "\r\n");
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(s) = t.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "REPL did not exit on Ctrl-D");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    // SAFETY: closes the master descriptor we own.
    unsafe { libc::close(t.master) };
}
