//! The REPL's line editor: a small re-implementation of the behaviour of
//! MicroPython's `readline` (the one its unix port uses on a terminal).
//!
//! Why not a line-editing crate: MicroPython's own test runner drives the
//! REPL through a pseudo-terminal and compares every byte echoed back
//! (after `\r\n` -> `\n`) with expected-output files. General-purpose
//! editors (rustyline and friends) repaint the whole line with their own
//! escape sequences, query the terminal and handle keys differently, so the
//! byte stream can never match. This editor echoes exactly what MicroPython
//! echoes:
//!
//! * printable characters are echoed as typed; inserting in the middle of
//!   the line reprints the rest of the line and moves the cursor back;
//! * Enter prints `\r\n`;
//! * the cursor moves back with `\b` (up to 4 columns) or `ESC[nD`, and
//!   forward by reprinting the characters it passes; the tail of a line
//!   that got shorter is erased with `ESC[K`;
//! * keys: Left/Right, Ctrl-B/Ctrl-F, Home/End, Ctrl-A/Ctrl-E, Backspace
//!   (4 spaces at once inside an indentation), Delete/Ctrl-D, Ctrl-K,
//!   Ctrl-U, Ctrl-W, Alt-B/Alt-F/Alt-D/Alt-Backspace and Ctrl-Left/Right
//!   (word moves), Up/Down and Ctrl-P/Ctrl-N (history), Tab (completion);
//! * Ctrl-A..Ctrl-E on an empty line, and Ctrl-C on any line, end the read
//!   and are reported to the caller (raw REPL, reset, cancel, EOF, paste);
//! * auto-indent: the caller proposes an indentation for a continuation
//!   line; a space or tab typed right after it means the text is being
//!   pasted with its own indentation, which turns auto-indent off for the
//!   rest of the statement (a space keeps one of the inserted spaces).
//!
//! The line is kept as bytes; a multi-byte UTF-8 character moves and
//! deletes as one unit and counts as one column.

use std::collections::VecDeque;

/// How many lines the history keeps (as MicroPython's unix port).
pub const HISTORY_SIZE: usize = 50;

/// Width of a column in the list of completions.
const WORD_SLOT_LEN: usize = 16;
/// Width of the terminal assumed when listing completions.
const MAX_LINE_LEN: usize = 80;

/// Where the editor reads keys from, echoes to, and finds completions.
pub trait Terminal {
    /// The next input byte; None at end of input (or on a read error).
    fn read_byte(&mut self) -> Option<u8>;
    /// Write echo bytes to the terminal.
    fn write(&mut self, bytes: &[u8]);
    /// Names to complete after the dotted path `chain` (empty: the names
    /// visible at the prompt); None when the path does not resolve.
    fn names(&mut self, chain: &[&str]) -> Option<Vec<String>>;
}

/// How a [`LineEditor::readline`] call ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Enter was pressed (`\r\n` has been echoed).
    Enter,
    /// A control key that ends the read: Ctrl-A..Ctrl-E on an empty line,
    /// or Ctrl-C on any line (nothing has been echoed for it).
    Control(u8),
    /// End of input.
    End,
}

/// Progress through an escape sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Esc {
    None,
    /// After ESC.
    Start,
    /// After `ESC [`.
    Bracket,
    /// After `ESC [` and a digit (the digit).
    BracketDigit(u8),
    /// After `ESC O`.
    O,
}

/// What one key asks the redraw step to do (byte counts).
#[derive(Default)]
struct Redraw {
    /// Move the cursor back over this many bytes (`back_cols` columns).
    back: usize,
    back_cols: usize,
    /// Reprint the line from the cursor (erasing the old tail if shorter).
    from_cursor: bool,
    /// Then leave the cursor this many bytes further on.
    forward: usize,
}

/// A MicroPython-compatible line editor with its history.
pub struct LineEditor {
    /// Entered lines, most recent first.
    history: VecDeque<String>,
    /// Length of the text before the line being edited.
    orig: usize,
    /// Cursor position in the buffer (bytes).
    cursor: usize,
    /// History entry shown (-1: the line being typed).
    hist_cur: isize,
    esc: Esc,
    /// Auto-indent is on for this statement.
    indent_enabled: bool,
    /// An auto-indent was inserted and no key has been pressed since.
    indent_just_added: bool,
    /// The prompt of the line being edited.
    prompt: String,
}

impl Default for LineEditor {
    fn default() -> Self {
        Self::new()
    }
}

/// Columns taken by `bytes` (UTF-8 continuation bytes take none).
fn cols(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// Part of a word for the word moves (ASCII letters/digits, non-ASCII).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Part of a dotted name for completion.
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b >= 0x80
}

/// The escape sequence moving the cursor `n` columns left.
fn cursor_back(n: usize) -> Vec<u8> {
    if n <= 4 {
        vec![b'\x08'; n]
    } else {
        format!("\x1b[{}D", n).into_bytes()
    }
}

impl LineEditor {
    /// A new editor with an empty history.
    pub fn new() -> Self {
        LineEditor {
            history: VecDeque::new(),
            orig: 0,
            cursor: 0,
            hist_cur: -1,
            esc: Esc::None,
            indent_enabled: true,
            indent_just_added: false,
            prompt: String::new(),
        }
    }

    /// Add a line to the history (not if empty or equal to the last one).
    pub fn push_history(&mut self, line: &str) {
        if line.is_empty() || self.history.front().is_some_and(|h| h == line) {
            return;
        }
        self.history.push_front(line.to_string());
        self.history.truncate(HISTORY_SIZE);
    }

    /// Print `prompt` and edit one line appended to `buf` (which holds the
    /// previous lines of the statement, if any). `indent` spaces of
    /// auto-indent are inserted first unless auto-indent was turned off
    /// for this statement (it is turned back on when `buf` is empty).
    pub fn readline(
        &mut self,
        term: &mut dyn Terminal,
        buf: &mut Vec<u8>,
        prompt: &str,
        indent: usize,
    ) -> Outcome {
        self.orig = buf.len();
        self.cursor = self.orig;
        self.hist_cur = -1;
        self.esc = Esc::None;
        self.indent_just_added = false;
        self.prompt = prompt.to_string();
        term.write(prompt.as_bytes());
        if buf.is_empty() {
            self.indent_enabled = true;
        }
        if self.indent_enabled && indent > 0 {
            let spaces = vec![b' '; indent];
            buf.extend_from_slice(&spaces);
            term.write(&spaces);
            self.cursor += indent;
            self.indent_just_added = true;
        }
        loop {
            let Some(c) = term.read_byte() else {
                return Outcome::End;
            };
            // The unix port reads a newline as Enter.
            let c = if c == b'\n' { b'\r' } else { c };
            if let Some(o) = self.process(term, buf, c) {
                return o;
            }
        }
    }

    /// Read paste-mode input (after Ctrl-E): everything up to Ctrl-D is
    /// returned (newlines as `\n`), Ctrl-C cancels (None).
    pub fn paste(&mut self, term: &mut dyn Terminal) -> Option<Vec<u8>> {
        term.write(b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ");
        let mut text = Vec::new();
        loop {
            let c = term.read_byte().unwrap_or(4);
            match c {
                3 => {
                    term.write(b"\r\n");
                    return None;
                }
                4 => {
                    term.write(b"\r\n");
                    return Some(text);
                }
                b'\r' | b'\n' => {
                    text.push(b'\n');
                    term.write(b"\r\n=== ");
                }
                _ => {
                    text.push(c);
                    term.write(&[c]);
                }
            }
        }
    }

    /// Bytes taken by the character before the cursor.
    fn prev_char_len(&self, buf: &[u8]) -> usize {
        let mut i = self.cursor;
        while i > self.orig {
            i -= 1;
            if buf[i] & 0xC0 != 0x80 {
                break;
            }
        }
        self.cursor - i
    }

    /// Bytes taken by the character at the cursor.
    fn next_char_len(&self, buf: &[u8]) -> usize {
        if self.cursor >= buf.len() {
            return 0;
        }
        let mut i = self.cursor + 1;
        while i < buf.len() && buf[i] & 0xC0 == 0x80 {
            i += 1;
        }
        i - self.cursor
    }

    /// Bytes from the cursor to the end (forward) or start (backward) of
    /// the next word, skipping non-word characters first.
    fn count_word(&self, buf: &[u8], forward: bool) -> usize {
        let mut pos = self.cursor;
        let mut in_word = false;
        loop {
            if (!forward && pos == self.orig) || (forward && pos == buf.len()) {
                break;
            }
            let b = if forward { buf[pos] } else { buf[pos - 1] };
            if is_word_byte(b) {
                in_word = true;
            } else if in_word {
                break;
            }
            if forward {
                pos += 1;
            } else {
                pos -= 1;
            }
        }
        if forward {
            pos - self.cursor
        } else {
            self.cursor - pos
        }
    }

    /// A move of the cursor back by `n` bytes.
    fn back(&self, buf: &[u8], n: usize) -> Redraw {
        Redraw {
            back: n,
            back_cols: cols(&buf[self.cursor - n..self.cursor]),
            ..Redraw::default()
        }
    }

    /// Replace the edited line with history entry `hist_cur`.
    fn show_history(&mut self, buf: &mut Vec<u8>) -> Redraw {
        let mut r = self.back(buf, self.cursor - self.orig);
        buf.truncate(self.orig);
        if self.hist_cur >= 0 {
            buf.extend_from_slice(self.history[self.hist_cur as usize].as_bytes());
        }
        r.from_cursor = true;
        r.forward = buf.len() - self.orig;
        r
    }

    /// Insert `text` at the cursor.
    fn insert(&mut self, buf: &mut Vec<u8>, text: &[u8]) -> Redraw {
        buf.splice(self.cursor..self.cursor, text.iter().copied());
        Redraw {
            from_cursor: true,
            forward: text.len(),
            ..Redraw::default()
        }
    }

    /// Handle one input byte; Some when the read is over.
    fn process(&mut self, term: &mut dyn Terminal, buf: &mut Vec<u8>, c: u8) -> Option<Outcome> {
        let last_len = buf.len();
        if self.indent_just_added {
            self.indent_just_added = false;
            if self.esc == Esc::None && (c == b' ' || c == b'\t') {
                // Text pasted with its own indentation: stop auto-indenting.
                // A space keeps one of the auto-indent spaces as itself.
                self.indent_enabled = false;
                if c == b' ' && self.cursor - self.orig >= 4 {
                    buf.truncate(buf.len() - 3);
                    self.cursor -= 3;
                    term.write(&cursor_back(3));
                }
                return None;
            }
        }
        let mut r = Redraw::default();
        match self.esc {
            Esc::None => {
                if (1..=5).contains(&c) && buf.len() == self.orig {
                    return Some(Outcome::Control(c));
                }
                match c {
                    1 => r = self.home(buf),
                    2 => r = self.left(buf),
                    3 => return Some(Outcome::Control(3)),
                    4 => r = self.delete(buf),
                    5 => r.forward = buf.len() - self.cursor,
                    6 => r.forward = self.next_char_len(buf),
                    11 => {
                        // Ctrl-K: kill to the end of the line.
                        buf.truncate(self.cursor);
                        r.from_cursor = true;
                    }
                    14 => r = self.history_down(buf),
                    16 => r = self.history_up(buf),
                    21 => {
                        // Ctrl-U: kill to the start of the line.
                        r = self.back(buf, self.cursor - self.orig);
                        buf.drain(self.orig..self.cursor);
                        r.from_cursor = true;
                    }
                    23 => r = self.backward_kill_word(buf),
                    b'\r' => {
                        term.write(b"\r\n");
                        let line = String::from_utf8_lossy(&buf[self.orig..]).into_owned();
                        self.push_history(&line);
                        return Some(Outcome::Enter);
                    }
                    27 => self.esc = Esc::Start,
                    8 | 127 if self.cursor > self.orig => {
                        // Inside an indentation, take back a whole level.
                        let before = &buf[self.orig..self.cursor];
                        let n = if before.len() >= 4 && before.iter().all(|&b| b == b' ') {
                            4
                        } else {
                            self.prev_char_len(buf)
                        };
                        r = self.back(buf, n);
                        buf.drain(self.cursor - n..self.cursor);
                        r.from_cursor = true;
                    }
                    9 => r = self.tab(term, buf),
                    32..=126 => r = self.insert(buf, &[c]),
                    0xC0..=0xFF => {
                        // A UTF-8 character: collect its continuation bytes.
                        let n = if c >= 0xF0 {
                            3
                        } else if c >= 0xE0 {
                            2
                        } else {
                            1
                        };
                        let mut ch = vec![c];
                        for _ in 0..n {
                            match term.read_byte() {
                                Some(b) if b & 0xC0 == 0x80 => ch.push(b),
                                _ => break,
                            }
                        }
                        if ch.len() == n + 1 {
                            r = self.insert(buf, &ch);
                        }
                    }
                    _ => {}
                }
            }
            Esc::Start => {
                self.esc = Esc::None;
                match c {
                    b'[' => self.esc = Esc::Bracket,
                    b'O' => self.esc = Esc::O,
                    b'b' => r = self.back(buf, self.count_word(buf, false)),
                    b'f' => r.forward = self.count_word(buf, true),
                    b'd' => {
                        let n = self.count_word(buf, true);
                        buf.drain(self.cursor..self.cursor + n);
                        r.from_cursor = true;
                    }
                    8 | 127 => r = self.backward_kill_word(buf),
                    _ => {}
                }
            }
            Esc::Bracket => {
                self.esc = Esc::None;
                match c {
                    b'0'..=b'9' => self.esc = Esc::BracketDigit(c),
                    b'A' => r = self.history_up(buf),
                    b'B' => r = self.history_down(buf),
                    b'C' => r.forward = self.next_char_len(buf),
                    b'D' => r = self.left(buf),
                    b'H' => r = self.home(buf),
                    b'F' => r.forward = buf.len() - self.cursor,
                    _ => {}
                }
            }
            Esc::BracketDigit(d) => {
                self.esc = Esc::None;
                match (d, c) {
                    (b'1' | b'7', b'~') => r = self.home(buf),
                    (b'4' | b'8', b'~') => r.forward = buf.len() - self.cursor,
                    (b'3', b'~') => r = self.delete(buf),
                    // `ESC [ 1 ; 5 C/D`: Ctrl-Right/Left (other modifiers
                    // are read the same way and ignored).
                    (b'1', b';') => self.esc = Esc::Bracket,
                    (b'5', b'C') => r.forward = self.count_word(buf, true),
                    (b'5', b'D') => r = self.back(buf, self.count_word(buf, false)),
                    _ => {}
                }
            }
            Esc::O => {
                self.esc = Esc::None;
                match c {
                    b'H' => r = self.home(buf),
                    b'F' => r.forward = buf.len() - self.cursor,
                    _ => {}
                }
            }
        }
        self.redraw(term, buf, last_len, r);
        None
    }

    fn home(&self, buf: &[u8]) -> Redraw {
        self.back(buf, self.cursor - self.orig)
    }

    fn left(&self, buf: &[u8]) -> Redraw {
        self.back(buf, self.prev_char_len(buf))
    }

    fn delete(&self, buf: &mut Vec<u8>) -> Redraw {
        let n = self.next_char_len(buf);
        if n == 0 {
            return Redraw::default();
        }
        buf.drain(self.cursor..self.cursor + n);
        Redraw {
            from_cursor: true,
            ..Redraw::default()
        }
    }

    fn backward_kill_word(&self, buf: &mut Vec<u8>) -> Redraw {
        let n = self.count_word(buf, false);
        let mut r = self.back(buf, n);
        buf.drain(self.cursor - n..self.cursor);
        r.from_cursor = true;
        r
    }

    fn history_up(&mut self, buf: &mut Vec<u8>) -> Redraw {
        if ((self.hist_cur + 1) as usize) < self.history.len() {
            self.hist_cur += 1;
            return self.show_history(buf);
        }
        Redraw::default()
    }

    fn history_down(&mut self, buf: &mut Vec<u8>) -> Redraw {
        if self.hist_cur >= 0 {
            self.hist_cur -= 1;
            return self.show_history(buf);
        }
        Redraw::default()
    }

    /// Tab: complete the dotted name before the cursor. One candidate (or
    /// a longer common prefix) is inserted; several are listed in 16-column
    /// slots on new lines, then the prompt and the line are reprinted.
    /// Right after whitespace (or on an empty line) Tab inserts 4 spaces.
    fn tab(&mut self, term: &mut dyn Terminal, buf: &mut Vec<u8>) -> Redraw {
        let before = &buf[self.orig..self.cursor];
        let start = before
            .iter()
            .rposition(|&b| !is_name_byte(b))
            .map_or(0, |i| i + 1);
        if start == before.len() && before.last().is_none_or(|&b| b == b' ' || b == b'\t') {
            return self.insert(buf, b"    ");
        }
        let chain = String::from_utf8_lossy(&before[start..]).into_owned();
        let mut parts: Vec<&str> = chain.split('.').collect();
        let word = parts.pop().unwrap_or("");
        let Some(names) = term.names(&parts) else {
            return Redraw::default();
        };
        let mut found: Vec<String> = names
            .into_iter()
            .filter(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')))
            .collect();
        found.sort();
        found.dedup();
        if found.is_empty() {
            // First word of the line: offer `import`.
            const IMPORT: &str = "import ";
            if parts.is_empty()
                && start == 0
                && !word.is_empty()
                && word.len() < IMPORT.len()
                && IMPORT.starts_with(word)
            {
                return self.insert(buf, &IMPORT.as_bytes()[word.len()..]);
            }
            return Redraw::default();
        }
        let first = found[0].as_bytes();
        let common = found[1..].iter().fold(first.len(), |n, s| {
            first[..n]
                .iter()
                .zip(s.as_bytes())
                .take_while(|(a, b)| a == b)
                .count()
        });
        if found.len() == 1 || common > word.len() {
            let ext = first[word.len()..common].to_vec();
            if ext.is_empty() {
                return Redraw::default();
            }
            return self.insert(buf, &ext);
        }
        // List the candidates, then reprint the prompt and the line.
        let mut out = String::new();
        let mut line_len = MAX_LINE_LEN;
        for name in &found {
            let n = name.chars().count();
            let mut gap = line_len.div_ceil(WORD_SLOT_LEN) * WORD_SLOT_LEN - line_len;
            if gap < 2 {
                gap += WORD_SLOT_LEN;
            }
            if line_len + gap + n <= MAX_LINE_LEN {
                out.extend(std::iter::repeat_n(' ', gap));
                out.push_str(name);
                line_len += gap + n;
            } else {
                out.push_str("\r\n");
                out.push_str(name);
                line_len = n;
            }
        }
        out.push_str("\r\n");
        term.write(out.as_bytes());
        term.write(self.prompt.as_bytes());
        term.write(&buf[self.orig..self.cursor]);
        Redraw {
            from_cursor: true,
            ..Redraw::default()
        }
    }

    /// Echo the effect of a key, like MicroPython's readline redraw step.
    fn redraw(&mut self, term: &mut dyn Terminal, buf: &[u8], last_len: usize, r: Redraw) {
        let mut out = Vec::new();
        if r.back > 0 {
            out.extend(cursor_back(r.back_cols));
            self.cursor -= r.back;
        }
        if r.from_cursor {
            if buf.len() < last_len {
                out.extend_from_slice(b"\x1b[K");
            }
            out.extend_from_slice(&buf[self.cursor..]);
            out.extend(cursor_back(cols(&buf[self.cursor + r.forward..])));
            self.cursor += r.forward;
        } else if r.forward > 0 {
            out.extend_from_slice(&buf[self.cursor..self.cursor + r.forward]);
            self.cursor += r.forward;
        }
        if !out.is_empty() {
            term.write(&out);
        }
    }
}

/// The terminal on standard input in raw mode (as MicroPython's unix port
/// sets it while reading a statement: no echo, no line buffering, no
/// signals from Ctrl-C, no CR/NL translation in either direction);
/// the previous settings come back when this is dropped.
pub struct RawMode {
    saved: Option<libc::termios>,
}

impl RawMode {
    /// Switch standard input to raw mode (does nothing if it is not a terminal).
    pub fn enter() -> RawMode {
        // SAFETY: termios calls on fd 0 with a properly sized local struct.
        let saved = unsafe {
            let mut t: libc::termios = std::mem::zeroed();
            if libc::tcgetattr(0, &mut t) != 0 {
                None
            } else {
                let orig = t;
                t.c_iflag &=
                    !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
                t.c_cflag = (t.c_cflag & !(libc::CSIZE | libc::PARENB)) | libc::CS8;
                t.c_lflag = 0;
                // Output as written: the editor sends "\r\n" itself.
                t.c_oflag &= !libc::OPOST;
                t.c_cc[libc::VMIN] = 1;
                t.c_cc[libc::VTIME] = 0;
                libc::tcsetattr(0, libc::TCSANOW, &t);
                Some(orig)
            }
        };
        RawMode { saved }
    }
}

impl RawMode {
    /// Restore the previous settings before running a statement, dropping
    /// input that was sent but not read yet (as MicroPython does: the
    /// newline after a paste-mode Ctrl-D is not seen by the next prompt).
    pub fn leave_flushing_input(mut self) {
        if let Some(orig) = self.saved.take() {
            // SAFETY: restores the attributes read in `enter`.
            unsafe { libc::tcsetattr(0, libc::TCSAFLUSH, &orig) };
        }
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(orig) = self.saved {
            // SAFETY: restores the attributes read in `enter`.
            unsafe { libc::tcsetattr(0, libc::TCSANOW, &orig) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scripted keys in, echo out, a fixed namespace for completion.
    struct Fake {
        input: VecDeque<u8>,
        out: Vec<u8>,
        names: Vec<String>,
    }

    impl Terminal for Fake {
        fn read_byte(&mut self) -> Option<u8> {
            self.input.pop_front()
        }
        fn write(&mut self, bytes: &[u8]) {
            self.out.extend_from_slice(bytes);
        }
        fn names(&mut self, chain: &[&str]) -> Option<Vec<String>> {
            match chain {
                [] => Some(self.names.clone()),
                ["obj"] => Some(vec!["_hidden".into(), "alpha".into(), "alpine".into()]),
                _ => None,
            }
        }
    }

    fn fake(keys: &[u8]) -> Fake {
        Fake {
            input: keys.iter().copied().collect(),
            out: Vec::new(),
            names: ["print", "property", "longname_xyz", "_private"]
                .iter()
                .map(|s| s.to_string())
                .collect(),
        }
    }

    /// Edit one primary line: (outcome, line, echo without the prompt).
    fn edit(ed: &mut LineEditor, keys: &[u8]) -> (Outcome, String, String) {
        let mut t = fake(keys);
        let mut buf = Vec::new();
        let o = ed.readline(&mut t, &mut buf, ">>> ", 0);
        let echo = String::from_utf8_lossy(&t.out[4..]).into_owned();
        (o, String::from_utf8_lossy(&buf).into_owned(), echo)
    }

    fn line(keys: &[u8]) -> (String, String) {
        let (o, l, e) = edit(&mut LineEditor::new(), keys);
        assert_eq!(o, Outcome::Enter, "{:?}", keys);
        (l, e)
    }

    #[test]
    fn typing_and_enter() {
        assert_eq!(line(b"abc\r"), ("abc".into(), "abc\r\n".into()));
        // A newline is Enter too (the unix port reads it as CR).
        assert_eq!(line(b"x\n"), ("x".into(), "x\r\n".into()));
    }

    #[test]
    fn cursor_moves_and_inserts() {
        // Insert before the last character: reprint the tail, step back.
        assert_eq!(
            line(b"ac\x1b[Db\r"),
            ("abc".into(), "ac\x08bc\x08\r\n".into())
        );
        assert_eq!(line(b"ac\x02b\r").1, "ac\x08bc\x08\r\n");
        // Home over more than 4 columns uses ESC[nD; End reprints.
        assert_eq!(line(b"abcdef\x01\x05\r").1, "abcdef\x1b[6Dabcdef\r\n");
        assert_eq!(
            line(b"abcd\x1b[H\x1b[F\r").1,
            "abcd\x08\x08\x08\x08abcd\r\n"
        );
        assert_eq!(
            line(b"ab\x1b[1~\x1b[4~\x1bOH\x1bOF\r").1,
            "ab\x08\x08ab\x08\x08ab\r\n"
        );
        // Right arrow / Ctrl-F reprint the character passed.
        assert_eq!(line(b"ab\x01\x1b[C\x06\x06\r").1, "ab\x08\x08ab\r\n");
    }

    #[test]
    fn deleting() {
        assert_eq!(
            line(b"abc\x7f\r"),
            ("ab".into(), "abc\x08\x1b[K\r\n".into())
        );
        assert_eq!(
            line(b"abc\x02\x08\r"),
            ("ac".into(), "abc\x08\x08\x1b[Kc\x08\r\n".into())
        );
        // Delete / Ctrl-D at the cursor.
        assert_eq!(
            line(b"abc\x01\x1b[3~\x04\r"),
            (
                "c".into(),
                "abc\x08\x08\x08\x1b[Kbc\x08\x08\x1b[Kc\x08\r\n".into()
            )
        );
        // Ctrl-K kills to the end, Ctrl-U to the start.
        assert_eq!(
            line(b"abcd\x02\x02\x0b\r"),
            ("ab".into(), "abcd\x08\x08\x1b[K\r\n".into())
        );
        assert_eq!(
            line(b"abcd\x02\x15\r"),
            ("d".into(), "abcd\x08\x08\x08\x08\x1b[Kd\x08\r\n".into())
        );
    }

    #[test]
    fn words() {
        assert_eq!(line(b"234\x1bb1\r").0, "1234");
        assert_eq!(line(b"1 2 + 3\x01\x1bb\x06+\r").0, "1+ 2 + 3");
        assert_eq!(line(b"1+    12 3\x01\x06\x06\x1bf+\r").0, "1+    12+ 3");
        assert_eq!(line(b"100 + 456\x1b\x7f23\r").0, "100 + 23");
        assert_eq!(line(b"100 + 256\x02\x02\x1bd3\r").0, "100 + 23");
        assert_eq!(line(b"234\x1b[1;5D1\r").0, "1234");
        assert_eq!(line(b"12\x01\x1b[1;5C3\r").0, "123");
        assert_eq!(
            line(b"abc def\x17\r"),
            ("abc ".into(), "abc def\x08\x08\x08\x1b[K\r\n".into())
        );
    }

    #[test]
    fn history() {
        let mut ed = LineEditor::new();
        edit(&mut ed, b"first\r");
        edit(&mut ed, b"second\r");
        edit(&mut ed, b"second\r");
        // Up twice, then down: the entries replace the line in place.
        let (_, l, e) = edit(&mut ed, b"\x1b[A\x10\x0e\r");
        assert_eq!(l, "second");
        assert_eq!(e, "second\x1b[6D\x1b[Kfirst\x1b[5Dsecond\r\n");
        // Down past the newest entry gives back an empty line.
        let (_, l, _) = edit(&mut ed, b"\x10\x0e\r");
        assert_eq!(l, "");
        // Only 50 entries are kept, consecutive duplicates once.
        for i in 0..60 {
            edit(&mut ed, format!("{}\r", i).as_bytes());
        }
        assert_eq!(ed.history.len(), HISTORY_SIZE);
        assert_eq!(ed.history[0], "59");
    }

    #[test]
    fn control_keys_end_the_read() {
        let mut ed = LineEditor::new();
        assert_eq!(edit(&mut ed, b"\x04").0, Outcome::Control(4));
        assert_eq!(edit(&mut ed, b"\x05").0, Outcome::Control(5));
        assert_eq!(edit(&mut ed, b"abc\x03").0, Outcome::Control(3));
        assert_eq!(edit(&mut ed, b"ab").0, Outcome::End);
        // Ctrl-D on a non-empty line deletes at the cursor.
        assert_eq!(edit(&mut ed, b"ab\x02\x04\r").1, "a");
    }

    #[test]
    fn auto_indent() {
        let mut ed = LineEditor::new();
        let mut t = fake(b"x\r");
        let mut buf = b"if 1:\n".to_vec();
        ed.readline(&mut t, &mut buf, "... ", 4);
        assert_eq!(t.out, b"...     x\r\n");
        assert_eq!(buf, b"if 1:\n    x");
        // Backspace takes back a whole indentation level.
        let mut t = fake(b"\x7f\r");
        let mut buf = b"if 1:\n".to_vec();
        ed.readline(&mut t, &mut buf, "... ", 4);
        assert_eq!(t.out, b"...     \x08\x08\x08\x08\x1b[K\r\n");
        // A space right after the auto-indent: 3 spaces are taken back and
        // auto-indent is off until the next statement.
        let mut t = fake(b"  y\r");
        let mut buf = b"if 1:\n".to_vec();
        ed.readline(&mut t, &mut buf, "... ", 4);
        assert_eq!(t.out, b"...     \x08\x08\x08 y\r\n");
        assert_eq!(buf, b"if 1:\n  y");
        let mut t = fake(b"\r");
        buf.push(b'\n');
        ed.readline(&mut t, &mut buf, "... ", 4);
        assert_eq!(t.out, b"... \r\n");
        // A tab right after it just turns auto-indent off.
        let mut ed = LineEditor::new();
        let mut t = fake(b"\tz\r");
        let mut buf = b"if 1:\n".to_vec();
        ed.readline(&mut t, &mut buf, "... ", 4);
        assert_eq!(t.out, b"...     z\r\n");
    }

    #[test]
    fn completion() {
        // One candidate: the rest is inserted.
        assert_eq!(
            line(b"longn\t\r"),
            ("longname_xyz".into(), "longname_xyz\r\n".into())
        );
        // A longer common prefix is inserted first.
        assert_eq!(line(b"obj.\t\r").0, "obj.alp");
        // Several: listed in 16-column slots, then prompt and line again.
        let (l, e) = line(b"x = pr\t\r");
        assert_eq!(l, "x = pr");
        assert_eq!(e, "x = pr\r\nprint           property\r\n>>> x = pr\r\n");
        // Underscore names only when asked for.
        assert_eq!(line(b"_pr\t\r").0, "_private");
        // Nothing found: "import" for the first word.
        assert_eq!(line(b"impo\t\r").0, "import ");
        assert_eq!(line(b"x = impo\t\r").0, "x = impo");
        assert_eq!(line(b"nope.\t\r").0, "nope.");
        // After whitespace or on an empty line, 4 spaces.
        assert_eq!(line(b"\tx\r").0, "    x");
        assert_eq!(line(b"f(1, \t\r").0, "f(1,     ");
        // Completion in the middle of a line keeps the tail.
        assert_eq!(
            line(b"(longn)\x02\t\r"),
            (
                "(longname_xyz)".into(),
                "(longn)\x08ame_xyz)\x08\r\n".into()
            )
        );
    }

    #[test]
    fn utf8_characters_move_as_one() {
        assert_eq!(
            line("aé\x7f\r".as_bytes()),
            ("a".into(), "aé\x08\x1b[K\r\n".into())
        );
        assert_eq!(
            line("éb\x02\x02x\r".as_bytes()),
            ("xéb".into(), "éb\x08\x08xéb\x08\x08\r\n".into())
        );
    }

    #[test]
    fn paste_mode() {
        let mut ed = LineEditor::new();
        let mut t = fake(b"a\nb\r\x04");
        assert_eq!(ed.paste(&mut t), Some(b"a\nb\n".to_vec()));
        assert_eq!(
            t.out,
            b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== a\r\n=== b\r\n=== \r\n"
        );
        let mut t = fake(b"a\x03");
        assert_eq!(ed.paste(&mut t), None);
    }
}
