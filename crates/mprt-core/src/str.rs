//! `PyStr`: the storage of a Python `str`.
//!
//! UTF-8 text plus its length in code points (so `len()` is O(1) and ASCII
//! strings index in O(1)) and a lazily computed hash. Lone surrogates are not
//! representable (as in MicroPython).

use alloc::string::String;
use core::cell::Cell;

/// An immutable Python string.
pub struct PyStr {
    s: String,
    chars: usize,
    hash: Cell<u64>,
}

impl PyStr {
    /// Wrap a copy of `s`.
    pub fn new(s: &str) -> PyStr {
        PyStr::from_string(String::from(s))
    }

    /// Wrap `s` without copying.
    pub fn from_string(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: Cell::new(0),
        }
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// True when every character is ASCII (byte index == char index).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// Byte offset of the `i`-th code point (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// The `i`-th code point.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// The str hash (FNV-1a over the UTF-8 bytes; never 0 or -1 once computed).
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = text_hash(&self.s);
        self.hash.set(h);
        h
    }
}

/// The hash of a text (FNV-1a over UTF-8, kept non-negative and non-zero);
/// equal to [`PyStr::hash`] for the same text.
pub fn text_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    (h >> 2) | 1
}
