//! Literal decoding: integer/float text to values and string/bytes escape
//! sequences to their contents (including a small `\N{NAME}` table).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use num_bigint::BigInt;

/// Parse digits (possibly with `_` separators, already validated) in `radix`.
pub(crate) fn parse_int(text: &str, radix: u32) -> BigInt {
    let mut small: u64 = 0;
    let mut fits = true;
    for c in text.bytes() {
        if c == b'_' {
            continue;
        }
        let d = (c as char).to_digit(radix).unwrap_or(0) as u64;
        match small
            .checked_mul(radix as u64)
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => small = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    if fits {
        return BigInt::from(small);
    }
    let digits: Vec<u8> = text.bytes().filter(|&c| c != b'_').collect();
    BigInt::parse_bytes(&digits, radix).unwrap_or_default()
}

/// Parse a float literal (validated by the lexer; may contain `_`).
pub(crate) fn parse_float(text: &str) -> f64 {
    if text.contains('_') {
        let s: String = text.chars().filter(|&c| c != '_').collect();
        s.parse::<f64>().unwrap_or(0.0)
    } else {
        text.parse::<f64>().unwrap_or(0.0)
    }
}

/// Result of decoding one escape sequence.
pub(crate) enum Esc {
    /// A decoded character.
    Char(char),
    /// A raw byte value (bytes literals: `\xHH`, octal).
    Byte(u8),
    /// Not an escape: keep the backslash and the character literally.
    Keep,
    /// A line continuation inside the string (backslash-newline): nothing.
    Nothing,
}

fn hex_val(s: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in s {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

/// Decode the escape whose backslash is at `s[i]`. Returns the escape and the
/// index just past it. `bytes` disables `\u`, `\U`, `\N`.
pub(crate) fn escape(s: &str, i: usize, bytes: bool) -> Result<(Esc, usize), String> {
    let b = s.as_bytes();
    let j = i + 1;
    let c = match b.get(j) {
        Some(&c) => c,
        None => return Ok((Esc::Keep, j)),
    };
    let one = |e: Esc| Ok((e, j + 1));
    match c {
        b'\n' => one(Esc::Nothing),
        b'\r' => {
            if b.get(j + 1) == Some(&b'\n') {
                Ok((Esc::Nothing, j + 2))
            } else {
                one(Esc::Nothing)
            }
        }
        b'\\' => one(Esc::Char('\\')),
        b'\'' => one(Esc::Char('\'')),
        b'"' => one(Esc::Char('"')),
        b'a' => one(Esc::Char('\x07')),
        b'b' => one(Esc::Char('\x08')),
        b'f' => one(Esc::Char('\x0c')),
        b'n' => one(Esc::Char('\n')),
        b'r' => one(Esc::Char('\r')),
        b't' => one(Esc::Char('\t')),
        b'v' => one(Esc::Char('\x0b')),
        b'0'..=b'7' => {
            let mut v = 0u32;
            let mut k = j;
            while k < b.len() && k < j + 3 && (b'0'..=b'7').contains(&b[k]) {
                v = v * 8 + (b[k] - b'0') as u32;
                k += 1;
            }
            if bytes {
                Ok((Esc::Byte((v & 0xFF) as u8), k))
            } else {
                Ok((Esc::Char(char::from_u32(v).unwrap_or('\u{FFFD}')), k))
            }
        }
        b'x' | b'u' | b'U' if !(bytes && c != b'x') => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            let digits = b
                .get(j + 1..j + 1 + n)
                .filter(|d| d.iter().all(|c| c.is_ascii_hexdigit()));
            let (name, tag) = match c {
                b'x' => ("truncated \\xXX escape", "xXX"),
                b'u' => ("truncated \\uXXXX escape", "uXXXX"),
                _ => ("truncated \\UXXXXXXXX escape", "UXXXXXXXX"),
            };
            let _ = tag;
            match digits.and_then(hex_val) {
                Some(v) => {
                    if bytes {
                        Ok((Esc::Byte(v as u8), j + 1 + n))
                    } else {
                        match char::from_u32(v) {
                            Some(ch) => Ok((Esc::Char(ch), j + 1 + n)),
                            None => Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                                i,
                                j + n
                            )),
                        }
                    }
                }
                None => {
                    if bytes {
                        Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i
                        ))
                    } else {
                        let end = b[j..].iter().take(n + 1).count() + j - 1;
                        Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                            i, end, name
                        ))
                    }
                }
            }
        }
        b'N' if !bytes => {
            let bad = |end: usize| {
                format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                    i,
                    end
                )
            };
            if b.get(j + 1) != Some(&b'{') {
                return Err(bad(j));
            }
            let close = match s[j + 2..].find('}') {
                Some(k) => j + 2 + k,
                None => return Err(bad(s.len() - 1)),
            };
            let name = &s[j + 2..close];
            match lookup_name(name) {
                Some(ch) => Ok((Esc::Char(ch), close + 1)),
                None => Err(format!(
                    "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                    i, close
                )),
            }
        }
        _ => Ok((Esc::Keep, j)),
    }
}

/// Decode the body of a `str` literal.
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if !body.contains('\\') && !body.contains('\r') {
        return Ok(String::from(body));
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    let mut run = 0;
    while i < b.len() {
        match b[i] {
            b'\r' => {
                out.push_str(&body[run..i]);
                out.push('\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                run = i;
            }
            b'\\' if raw => {
                // A backslash escapes a quote or newline for scanning only; keep both.
                i += 1;
                if i < b.len() {
                    if b[i] == b'\r' {
                        continue;
                    }
                    i += body[i..].chars().next().map_or(1, |c| c.len_utf8());
                }
            }
            b'\\' => {
                out.push_str(&body[run..i]);
                let (e, next) = escape(body, i, false)?;
                match e {
                    Esc::Char(c) => out.push(c),
                    Esc::Byte(v) => out.push(v as char),
                    Esc::Nothing => {}
                    Esc::Keep => out.push('\\'),
                }
                i = next;
                run = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&body[run..]);
    Ok(out)
}

/// Decode the body of a `bytes` literal (already checked to be ASCII).
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\r' => {
                out.push(b'\n');
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            }
            b'\\' if !raw => {
                let (e, next) = escape(body, i, true)?;
                match e {
                    Esc::Char(c) => out.push(c as u8),
                    Esc::Byte(v) => out.push(v),
                    Esc::Nothing => {}
                    Esc::Keep => out.push(b'\\'),
                }
                i = next;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Named characters for `\N{...}`: a small table of common names plus Latin
/// letters and digits, looked up case-insensitively.
fn lookup_name(name: &str) -> Option<char> {
    let mut up = String::with_capacity(name.len());
    for c in name.chars() {
        up.push(c.to_ascii_uppercase());
    }
    let n = up.as_str();
    if let Some(rest) = n.strip_prefix("LATIN CAPITAL LETTER ") {
        if rest.len() == 1 && rest.as_bytes()[0].is_ascii_uppercase() {
            return Some(rest.as_bytes()[0] as char);
        }
        return latin_accented(rest, true);
    }
    if let Some(rest) = n.strip_prefix("LATIN SMALL LETTER ") {
        if rest.len() == 1 && rest.as_bytes()[0].is_ascii_uppercase() {
            return Some(rest.as_bytes()[0].to_ascii_lowercase() as char);
        }
        return latin_accented(rest, false);
    }
    if let Some(rest) = n.strip_prefix("DIGIT ") {
        const D: [&str; 10] = [
            "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
        ];
        return D
            .iter()
            .position(|d| *d == rest)
            .map(|k| (b'0' + k as u8) as char);
    }
    if let Some(rest) = n.strip_prefix("GREEK SMALL LETTER ") {
        return greek(rest).map(|c| char::from_u32(c as u32 + 0x20).unwrap_or(c));
    }
    if let Some(rest) = n.strip_prefix("GREEK CAPITAL LETTER ") {
        return greek(rest);
    }
    const TABLE: &[(&str, char)] = &[
        ("NULL", '\0'),
        ("BELL", '\x07'),
        ("BACKSPACE", '\x08'),
        ("CHARACTER TABULATION", '\t'),
        ("LINE FEED", '\n'),
        ("LF", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CR", '\r'),
        ("ESCAPE", '\x1b'),
        ("DELETE", '\x7f'),
        ("SPACE", ' '),
        ("EXCLAMATION MARK", '!'),
        ("QUOTATION MARK", '"'),
        ("NUMBER SIGN", '#'),
        ("DOLLAR SIGN", '$'),
        ("PERCENT SIGN", '%'),
        ("AMPERSAND", '&'),
        ("APOSTROPHE", '\''),
        ("LEFT PARENTHESIS", '('),
        ("RIGHT PARENTHESIS", ')'),
        ("ASTERISK", '*'),
        ("PLUS SIGN", '+'),
        ("COMMA", ','),
        ("HYPHEN-MINUS", '-'),
        ("FULL STOP", '.'),
        ("SOLIDUS", '/'),
        ("COLON", ':'),
        ("SEMICOLON", ';'),
        ("LESS-THAN SIGN", '<'),
        ("EQUALS SIGN", '='),
        ("GREATER-THAN SIGN", '>'),
        ("QUESTION MARK", '?'),
        ("COMMERCIAL AT", '@'),
        ("LEFT SQUARE BRACKET", '['),
        ("REVERSE SOLIDUS", '\\'),
        ("RIGHT SQUARE BRACKET", ']'),
        ("CIRCUMFLEX ACCENT", '^'),
        ("LOW LINE", '_'),
        ("GRAVE ACCENT", '`'),
        ("LEFT CURLY BRACKET", '{'),
        ("VERTICAL LINE", '|'),
        ("RIGHT CURLY BRACKET", '}'),
        ("TILDE", '~'),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("INVERTED EXCLAMATION MARK", '¡'),
        ("CENT SIGN", '¢'),
        ("POUND SIGN", '£'),
        ("CURRENCY SIGN", '¤'),
        ("YEN SIGN", '¥'),
        ("SECTION SIGN", '§'),
        ("DIAERESIS", '¨'),
        ("COPYRIGHT SIGN", '©'),
        ("LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", '«'),
        ("NOT SIGN", '¬'),
        ("SOFT HYPHEN", '\u{ad}'),
        ("REGISTERED SIGN", '®'),
        ("DEGREE SIGN", '°'),
        ("PLUS-MINUS SIGN", '±'),
        ("SUPERSCRIPT TWO", '²'),
        ("SUPERSCRIPT THREE", '³'),
        ("MICRO SIGN", 'µ'),
        ("PILCROW SIGN", '¶'),
        ("MIDDLE DOT", '·'),
        ("SUPERSCRIPT ONE", '¹'),
        ("RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", '»'),
        ("VULGAR FRACTION ONE QUARTER", '¼'),
        ("VULGAR FRACTION ONE HALF", '½'),
        ("VULGAR FRACTION THREE QUARTERS", '¾'),
        ("INVERTED QUESTION MARK", '¿'),
        ("MULTIPLICATION SIGN", '×'),
        ("DIVISION SIGN", '÷'),
        ("LATIN SMALL LETTER SHARP S", 'ß'),
        ("EN DASH", '–'),
        ("EM DASH", '—'),
        ("LEFT SINGLE QUOTATION MARK", '‘'),
        ("RIGHT SINGLE QUOTATION MARK", '’'),
        ("LEFT DOUBLE QUOTATION MARK", '“'),
        ("RIGHT DOUBLE QUOTATION MARK", '”'),
        ("BULLET", '•'),
        ("HORIZONTAL ELLIPSIS", '…'),
        ("EURO SIGN", '€'),
        ("TRADE MARK SIGN", '™'),
        ("LEFTWARDS ARROW", '←'),
        ("UPWARDS ARROW", '↑'),
        ("RIGHTWARDS ARROW", '→'),
        ("DOWNWARDS ARROW", '↓'),
        ("INFINITY", '∞'),
        ("SNOWMAN", '☃'),
        ("BLACK STAR", '★'),
        ("WHITE SMILING FACE", '☺'),
        ("CHECK MARK", '✓'),
        ("REPLACEMENT CHARACTER", '\u{FFFD}'),
        ("ZERO WIDTH SPACE", '\u{200B}'),
        ("BYTE ORDER MARK", '\u{FEFF}'),
        ("ZERO WIDTH NO-BREAK SPACE", '\u{FEFF}'),
    ];
    TABLE.iter().find(|(k, _)| *k == n).map(|&(_, c)| c)
}

fn latin_accented(rest: &str, capital: bool) -> Option<char> {
    // "<L> WITH <ACCENT>" for the Latin-1 supplement.
    let (l, acc) = rest.split_once(" WITH ")?;
    if l.len() != 1 {
        return None;
    }
    const CAPS: &[(&str, &str, char)] = &[
        ("A", "GRAVE", 'À'),
        ("A", "ACUTE", 'Á'),
        ("A", "CIRCUMFLEX", 'Â'),
        ("A", "TILDE", 'Ã'),
        ("A", "DIAERESIS", 'Ä'),
        ("A", "RING ABOVE", 'Å'),
        ("C", "CEDILLA", 'Ç'),
        ("E", "GRAVE", 'È'),
        ("E", "ACUTE", 'É'),
        ("E", "CIRCUMFLEX", 'Ê'),
        ("E", "DIAERESIS", 'Ë'),
        ("I", "GRAVE", 'Ì'),
        ("I", "ACUTE", 'Í'),
        ("I", "CIRCUMFLEX", 'Î'),
        ("I", "DIAERESIS", 'Ï'),
        ("N", "TILDE", 'Ñ'),
        ("O", "GRAVE", 'Ò'),
        ("O", "ACUTE", 'Ó'),
        ("O", "CIRCUMFLEX", 'Ô'),
        ("O", "TILDE", 'Õ'),
        ("O", "DIAERESIS", 'Ö'),
        ("O", "STROKE", 'Ø'),
        ("U", "GRAVE", 'Ù'),
        ("U", "ACUTE", 'Ú'),
        ("U", "CIRCUMFLEX", 'Û'),
        ("U", "DIAERESIS", 'Ü'),
        ("Y", "ACUTE", 'Ý'),
    ];
    let c = CAPS
        .iter()
        .find(|(x, a, _)| *x == l && *a == acc)
        .map(|&(_, _, c)| c)?;
    if capital {
        Some(c)
    } else {
        char::from_u32(c as u32 + 0x20)
    }
}

fn greek(rest: &str) -> Option<char> {
    const G: [&str; 25] = [
        "ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA", "IOTA", "KAPPA",
        "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "", "SIGMA", "TAU", "UPSILON", "PHI",
        "CHI", "PSI", "OMEGA",
    ];
    if rest.is_empty() {
        return None;
    }
    let k = G.iter().position(|g| *g == rest)?;
    char::from_u32(0x391 + k as u32)
}
