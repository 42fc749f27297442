//! Text codecs shared by `str.encode`, `bytes.decode`, `str(b, enc)` and
//! `bytes(s, enc)`: utf-8, ascii, latin-1, utf-16 (le/be, BOM) and utf-32
//! (le/be, BOM), with the `strict`, `ignore`, `replace`, `backslashreplace`
//! (and for encoding `xmlcharrefreplace`) error handlers. Errors are raised as
//! UnicodeDecodeError/UnicodeEncodeError carrying the 5 standard arguments.

use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

/// The canonical name of a supported codec (`utf-8`, `ascii`, `latin-1`,
/// `utf-16`, `utf-16-le`, `utf-16-be`, `utf-32`, `utf-32-le`, `utf-32-be`).
pub fn codec_name(name: &str) -> Option<&'static str> {
    let n: String = name
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Some("utf-8"),
        "ascii" | "us-ascii" | "646" | "us" => Some("ascii"),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Some("latin-1"),
        "utf-16" | "utf16" | "u16" => Some("utf-16"),
        "utf-16-le" | "utf-16le" => Some("utf-16-le"),
        "utf-16-be" | "utf-16be" => Some("utf-16-be"),
        "utf-32" | "utf32" | "u32" => Some("utf-32"),
        "utf-32-le" | "utf-32le" => Some("utf-32-le"),
        "utf-32-be" | "utf-32be" => Some("utf-32-be"),
        _ => None,
    }
}

fn unknown_encoding(vm: &Vm, encoding: &str) -> Value {
    vm.new_exc_msg(
        &vm.exc.lookup_error,
        format!("unknown encoding: {}", encoding),
    )
}

fn unknown_handler(vm: &Vm, errors: &str) -> Value {
    vm.new_exc_msg(
        &vm.exc.lookup_error,
        format!("unknown error handler name '{}'", errors),
    )
}

fn decode_error(
    vm: &mut Vm,
    enc: &str,
    obj: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> Value {
    let o = vm.new_bytes(obj.to_vec());
    vm.new_exception(
        &vm.exc.unicode_decode_error.clone(),
        vec![
            Value::str(enc),
            o,
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

fn encode_error(vm: &mut Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> Value {
    vm.new_exception(
        &vm.exc.unicode_encode_error.clone(),
        vec![
            Value::str(enc),
            Value::str(s),
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}

/// Applies the decode error handler to the bad bytes `b[start..end]`.
fn on_decode_error(
    vm: &mut Vm,
    out: &mut String,
    enc: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => Err(decode_error(vm, enc, b, start, end, reason)),
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for x in &b[start..end] {
                out.push_str(&format!("\\x{:02x}", x));
            }
            Ok(())
        }
        "xmlcharrefreplace" | "namereplace" => {
            vm.type_error("don't know how to handle UnicodeDecodeError in error callback")
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// True for the codec names CPython handles without its codec registry
/// (errors raised by those are not wrapped).
fn fast_name(encoding: &str, decoding: bool) -> bool {
    let n: String = encoding
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    matches!(
        n.as_str(),
        "utf_8" | "utf8" | "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "ascii" | "us_ascii"
    ) || (decoding && matches!(n.as_str(), "utf_16" | "utf16" | "utf_32" | "utf32"))
}

/// CPython wraps a handler's LookupError/TypeError raised inside a codec
/// reached through the registry: "decoding with 'x' codec failed (...)".
fn wrap_codec_error(vm: &mut Vm, e: Value, encoding: &str, decoding: bool) -> Value {
    let cls = if vm.isinstance(&e, &vm.exc.lookup_error.clone()) {
        vm.exc.lookup_error.clone()
    } else if vm.isinstance(&e, &vm.exc.type_error.clone())
        && !vm.isinstance(&e, &vm.exc.unicode_decode_error.clone())
    {
        vm.exc.type_error.clone()
    } else {
        return e;
    };
    let msg = match vm.to_str(&e) {
        Ok(m) => m,
        Err(_) => return e,
    };
    let tn = vm.type_name(&e);
    vm.new_exc_msg(
        &cls,
        format!(
            "{} with '{}' codec failed ({}: {})",
            if decoding { "decoding" } else { "encoding" },
            encoding,
            tn,
            msg.as_str()
        ),
    )
}

/// Decodes `b` with the named codec and error handler.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if codec_name(encoding).is_none() || fast_name(encoding, true) {
        return decode_inner(vm, b, encoding, errors);
    }
    decode_inner(vm, b, encoding, errors).map_err(|e| wrap_codec_error(vm, e, encoding, true))
}

/// Encodes `s` with the named codec and error handler.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if codec_name(encoding).is_none() || fast_name(encoding, false) {
        return encode_inner(vm, s, encoding, errors);
    }
    encode_inner(vm, s, encoding, errors).map_err(|e| wrap_codec_error(vm, e, encoding, false))
}

fn decode_inner(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    // CPython returns '' for empty input before looking the codec up.
    if b.is_empty() {
        return Ok(String::new());
    }
    let Some(codec) = codec_name(encoding) else {
        return Err(unknown_encoding(vm, encoding));
    };
    let mut out = String::with_capacity(b.len());
    match codec {
        "latin-1" => out.extend(b.iter().map(|&x| x as char)),
        "ascii" => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    let r = "ordinal not in range(128)";
                    on_decode_error(vm, &mut out, "ascii", b, i, i + 1, r, errors)?;
                }
            }
        }
        "utf-8" => {
            let mut pos = 0usize;
            while pos < b.len() {
                match core::str::from_utf8(&b[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(core::str::from_utf8(&b[pos..pos + good]).unwrap_or(""));
                        let at = pos + good;
                        let (end, reason) = match e.error_len() {
                            None => (b.len(), "unexpected end of data"),
                            Some(n) => {
                                let c = b[at];
                                if n == 1 && !(0xc2..=0xf4).contains(&c) {
                                    (at + 1, "invalid start byte")
                                } else {
                                    (at + n, "invalid continuation byte")
                                }
                            }
                        };
                        on_decode_error(vm, &mut out, "utf-8", b, at, end, reason, errors)?;
                        pos = end;
                    }
                }
            }
        }
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let (mut big, mut i) = (codec == "utf-16-be", 0);
            if codec == "utf-16" && b.len() >= 2 {
                if b[..2] == [0xff, 0xfe] {
                    i = 2;
                } else if b[..2] == [0xfe, 0xff] {
                    big = true;
                    i = 2;
                }
            }
            let name = if big { "utf-16-be" } else { "utf-16-le" };
            let unit = |k: usize| -> u32 {
                if big {
                    (b[k] as u32) << 8 | b[k + 1] as u32
                } else {
                    (b[k + 1] as u32) << 8 | b[k] as u32
                }
            };
            while i < b.len() {
                if b.len() - i < 2 {
                    on_decode_error(vm, &mut out, name, b, i, b.len(), "truncated data", errors)?;
                    break;
                }
                let u = unit(i);
                if !(0xd800..0xe000).contains(&u) {
                    out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                    i += 2;
                } else if u < 0xdc00 {
                    if b.len() - i < 4 {
                        let r = "unexpected end of data";
                        on_decode_error(vm, &mut out, name, b, i, b.len(), r, errors)?;
                        break;
                    }
                    let u2 = unit(i + 2);
                    if (0xdc00..0xe000).contains(&u2) {
                        let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                        i += 4;
                    } else {
                        let r = "illegal UTF-16 surrogate";
                        on_decode_error(vm, &mut out, name, b, i, i + 2, r, errors)?;
                        i += 2;
                    }
                } else {
                    on_decode_error(vm, &mut out, name, b, i, i + 2, "illegal encoding", errors)?;
                    i += 2;
                }
            }
        }
        _ => {
            // utf-32 family
            let (mut big, mut i) = (codec == "utf-32-be", 0);
            if codec == "utf-32" && b.len() >= 4 {
                if b[..4] == [0xff, 0xfe, 0, 0] {
                    i = 4;
                } else if b[..4] == [0, 0, 0xfe, 0xff] {
                    big = true;
                    i = 4;
                }
            }
            let name = if big { "utf-32-be" } else { "utf-32-le" };
            while i < b.len() {
                if b.len() - i < 4 {
                    on_decode_error(vm, &mut out, name, b, i, b.len(), "truncated data", errors)?;
                    break;
                }
                let w = [b[i], b[i + 1], b[i + 2], b[i + 3]];
                let u = if big {
                    u32::from_be_bytes(w)
                } else {
                    u32::from_le_bytes(w)
                };
                if u >= 0x110000 {
                    let r = "code point not in range(0x110000)";
                    on_decode_error(vm, &mut out, name, b, i, i + 4, r, errors)?;
                } else if (0xd800..0xe000).contains(&u) {
                    let r = "code point in surrogate code point range(0xd800, 0xe000)";
                    on_decode_error(vm, &mut out, name, b, i, i + 4, r, errors)?;
                } else {
                    out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                }
                i += 4;
            }
        }
    }
    Ok(out)
}

fn encode_inner(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some(codec) = codec_name(encoding) else {
        return Err(unknown_encoding(vm, encoding));
    };
    let limit: u32 = match codec {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 128,
        "latin-1" => 256,
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let big = codec == "utf-16-be";
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == "utf-16" {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            let mut buf = [0u16; 2];
            for c in s.chars() {
                for u in c.encode_utf16(&mut buf) {
                    out.extend_from_slice(&if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    });
                }
            }
            return Ok(out);
        }
        _ => {
            let big = codec == "utf-32-be";
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == "utf-32" {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            return Ok(out);
        }
    };
    if s.chars().all(|c| (c as u32) < limit) {
        return Ok(s.chars().map(|c| c as u32 as u8).collect());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({})", limit);
                return Err(encode_error(vm, codec, s, i, j, &reason));
            }
            "ignore" => {}
            "replace" => out.resize(out.len() + (j - i), b'?'),
            "backslashreplace" | "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    let t = if errors == "xmlcharrefreplace" {
                        format!("&#{};", c as u32)
                    } else {
                        crate::types::str::char_escape(c)
                    };
                    out.extend_from_slice(t.as_bytes());
                }
            }
            _ => return Err(unknown_handler(vm, errors)),
        }
        i = j;
    }
    Ok(out)
}
