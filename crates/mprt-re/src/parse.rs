//! Pattern parser: pattern code points -> AST, with CPython-compatible errors.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use crate::{Error, ErrorKind, ASCII, DOTALL, IGNORECASE, LOCALE, MULTILINE, UNICODE, VERBOSE};

/// "Infinite" repeat count.
pub const INF: u32 = u32::MAX;
const MAXGROUPS: usize = 1 << 30;

/// Case-folding mode of a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fold {
    None,
    Ascii,
    Unicode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatKind {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cat {
    pub kind: CatKind,
    pub neg: bool,
    pub ascii: bool,
}

impl Cat {
    pub fn matches(&self, c: u32) -> bool {
        let r = match self.kind {
            CatKind::Digit => crate::is_digit(c, self.ascii),
            CatKind::Word => crate::is_word(c, self.ascii),
            CatKind::Space => crate::is_space(c, self.ascii),
        };
        r != self.neg
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClassItem {
    Range(u32, u32),
    Cat(Cat),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Class {
    pub negated: bool,
    pub items: Vec<ClassItem>,
    pub fold: Fold,
}

impl Class {
    fn contains(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            ClassItem::Range(a, b) => a <= c && c <= b,
            ClassItem::Cat(cat) => cat.matches(c),
        })
    }
    pub fn matches(&self, c: u32) -> bool {
        let hit = match self.fold {
            Fold::None => self.contains(c),
            Fold::Ascii => {
                self.contains(c)
                    || (c < 128 && (c as u8).is_ascii_alphabetic() && self.contains(c ^ 0x20))
            }
            Fold::Unicode => {
                if self.contains(c) {
                    true
                } else {
                    let l = crate::lower(c);
                    let u = crate::upper(c);
                    (l != c && self.contains(l)) || (u != c && self.contains(u)) || {
                        let lu = crate::lower(u);
                        lu != c && lu != l && self.contains(lu)
                    }
                }
            }
        };
        hit != self.negated
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^` without MULTILINE, `\A`.
    Beginning,
    /// `^` with MULTILINE.
    BeginLine,
    /// `$` without MULTILINE.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndText,
    Boundary {
        ascii: bool,
    },
    NonBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Empty,
    Lit {
        c: u32,
        fold: Fold,
    },
    Any {
        dotall: bool,
    },
    Class(Box<Class>),
    At(At),
    /// Capturing (`Some(index)`) or non-capturing (`None`) group.
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    Backref {
        group: usize,
        fold: Fold,
    },
    Look {
        behind: bool,
        neg: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// (min, max) width; max == usize::MAX means unbounded.
pub fn width(n: &Node, gw: &[Option<(usize, usize)>]) -> (usize, usize) {
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Lit { .. } | Node::Any { .. } | Node::Class(_) => (1, 1),
        Node::Group(_, b) | Node::Atomic(b) => width(b, gw),
        Node::Concat(v) => v.iter().fold((0, 0), |(a, b), x| {
            let (c, d) = width(x, gw);
            (a.saturating_add(c), b.saturating_add(d))
        }),
        Node::Alt(v) => {
            let mut lo = usize::MAX;
            let mut hi = 0;
            for x in v {
                let (c, d) = width(x, gw);
                lo = lo.min(c);
                hi = hi.max(d);
            }
            (if v.is_empty() { 0 } else { lo }, hi)
        }
        Node::Repeat { node, min, max, .. } => {
            let (c, d) = width(node, gw);
            let lo = c.saturating_mul(*min as usize);
            let hi = if *max == INF {
                if d == 0 {
                    0
                } else {
                    usize::MAX
                }
            } else {
                d.saturating_mul(*max as usize)
            };
            (lo, hi)
        }
        Node::Backref { group, .. } => gw.get(*group).copied().flatten().unwrap_or((0, 0)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, gw);
            let (c, d) = width(no, gw);
            (a.min(c), b.max(d))
        }
    }
}

pub struct Parsed {
    pub node: Node,
    /// Number of capturing groups.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// Final pattern flags (given | global inline flags).
    pub flags: u32,
    /// Per-group (min, max) widths, index 0 unused.
    pub group_widths: Vec<Option<(usize, usize)>>,
}

struct P<'a> {
    p: &'a [u32],
    i: usize,
    is_bytes: bool,
    /// Global flags (given + global inline flags).
    gflags: u32,
    /// groupwidths: index = group number; None while the group is open.
    gw: Vec<Option<(usize, usize)>>,
    names: Vec<(String, usize)>,
    /// Conditional references whose validity is checked at the end.
    condrefs: Vec<(usize, usize)>,
    /// Number of groups (incl. group 0) when the outermost lookbehind started.
    lookbehind_groups: Option<usize>,
    /// A variable-width lookbehind was seen (reported after parsing, like
    /// CPython which detects it in the compiler).
    bad_lookbehind: bool,
}

const WS: [u32; 6] = [0x20, 9, 10, 13, 11, 12];

fn is_ascii_letter(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}
fn is_digit_c(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}
fn is_oct(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}
fn hexval(c: u32) -> Option<u32> {
    char::from_u32(c).and_then(|ch| ch.to_digit(16))
}

pub(crate) fn to_string(s: &[u32]) -> String {
    s.iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// Python `repr()` of a str (approximation good for error messages).
pub(crate) fn py_repr(s: &[u32]) -> String {
    let st = to_string(s);
    let q = if st.contains('\'') && !st.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(q);
    for ch in st.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c)
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Approximation of `str.isidentifier()`.
pub(crate) fn is_identifier(s: &[u32]) -> bool {
    let mut it = s.iter();
    match it.next().and_then(|&c| char::from_u32(c)) {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|&c| match char::from_u32(c) {
        Some(c) => c == '_' || c.is_alphanumeric(),
        None => false,
    })
}

fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => ASCII,
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        _ => return None,
    })
}

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;

fn is_alpha(c: u32) -> bool {
    char::from_u32(c)
        .map(|c| c.is_alphabetic())
        .unwrap_or(false)
}

pub fn parse(pattern: &[u32], flags: u32, is_bytes: bool) -> Result<Parsed, Error> {
    let mut p = P {
        p: pattern,
        i: 0,
        is_bytes,
        gflags: flags,
        gw: vec![Some((0, 0))],
        names: Vec::new(),
        condrefs: Vec::new(),
        lookbehind_groups: None,
        bad_lookbehind: false,
    };
    let node = p.parse_alt(flags, 0, true)?;
    if p.i < p.p.len() {
        // only a ')' can stop the top-level parse
        return Err(Error::at("unbalanced parenthesis", p.i));
    }
    let ngroups = p.gw.len() - 1;
    for &(g, pos) in &p.condrefs {
        if g > ngroups {
            return Err(Error::at(format!("invalid group reference {}", g), pos));
        }
    }
    if p.bad_lookbehind {
        return Err(Error::nopos("look-behind requires fixed-width pattern"));
    }
    let mut names = p.names;
    names.sort_by_key(|x| x.1);
    Ok(Parsed {
        node,
        groups: ngroups,
        names,
        flags: p.gflags,
        group_widths: p.gw,
    })
}

/// Effective flags of the pattern being parsed (scoped flags) -> node modes.
fn fold_of(flags: u32, is_bytes: bool) -> Fold {
    if flags & IGNORECASE == 0 {
        Fold::None
    } else if is_bytes || flags & (ASCII | LOCALE) != 0 {
        Fold::Ascii
    } else {
        Fold::Unicode
    }
}
fn ascii_of(flags: u32, is_bytes: bool) -> bool {
    is_bytes || flags & (ASCII | LOCALE) != 0
}

enum ClassEsc {
    Char(u32),
    Cat(Cat),
}

impl<'a> P<'a> {
    fn fold_of(&self, flags: u32) -> Fold {
        fold_of(flags, self.is_bytes)
    }
    fn ascii_of(&self, flags: u32) -> bool {
        ascii_of(flags, self.is_bytes)
    }
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn text(&self, a: usize, b: usize) -> String {
        to_string(&self.p[a..b.min(self.p.len())])
    }
    fn ngroups_total(&self) -> usize {
        self.gw.len()
    }
    /// Length of the "token" starting at `i` (escapes are 2 chars).
    fn tok_len(&self, i: usize) -> usize {
        if self.p.get(i) == Some(&('\\' as u32)) && i + 1 < self.p.len() {
            2
        } else {
            1
        }
    }

    /// Read until `term`, CPython getuntil semantics. Returns (start, end).
    fn get_until(&mut self, term: char, what: &str) -> Result<(usize, usize), Error> {
        let start = self.i;
        loop {
            match self.peek() {
                None => {
                    if self.i == start {
                        return Err(Error::at(format!("missing {}", what), self.i));
                    }
                    return Err(Error::at(
                        format!("missing {}, unterminated name", term),
                        start,
                    ));
                }
                Some(c) if c == term as u32 => {
                    if self.i == start {
                        return Err(Error::at(format!("missing {}", what), self.i));
                    }
                    let end = self.i;
                    self.i += 1;
                    return Ok((start, end));
                }
                Some(_) => {
                    self.i += self.tok_len(self.i);
                }
            }
        }
    }

    fn check_lookbehind_group(&self, gid: usize, pos: usize) -> Result<(), Error> {
        if let Some(lb) = self.lookbehind_groups {
            if gid >= self.gw.len() || self.gw[gid].is_none() {
                return Err(Error::at("cannot refer to an open group", pos));
            }
            if gid >= lb {
                return Err(Error::at(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    pos,
                ));
            }
        }
        Ok(())
    }

    fn skip_verbose(&mut self) {
        while let Some(c) = self.peek() {
            if WS.contains(&c) {
                self.i += 1;
            } else if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Alternation: seq ('|' seq)*. Stops before ')' or at end.
    fn parse_alt(&mut self, flags: u32, depth: usize, top: bool) -> Result<Node, Error> {
        let mut branches = Vec::new();
        let mut first = top;
        let mut flags = flags;
        loop {
            branches.push(self.parse_seq(&mut flags, depth, first)?);
            first = false;
            if self.eat('|') {
                continue;
            }
            break;
        }
        if branches.len() == 1 {
            Ok(branches.pop().unwrap())
        } else {
            Ok(Node::Alt(branches))
        }
    }

    fn parse_seq(&mut self, flags: &mut u32, depth: usize, first: bool) -> Result<Node, Error> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            if *flags & VERBOSE != 0 {
                self.skip_verbose();
            }
            let c = match self.peek() {
                None => break,
                Some(c) => c,
            };
            let ch = char::from_u32(c).unwrap_or('\u{fffd}');
            let start = self.i;
            match ch {
                '|' | ')' => break,
                '(' => match self.parse_group(flags, depth, first && items.is_empty())? {
                    Some(n) => items.push(n),
                    None => continue,
                },
                '[' => {
                    self.i += 1;
                    let n = self.parse_class(*flags, start)?;
                    items.push(n);
                }
                '\\' => {
                    let n = self.parse_escape(*flags)?;
                    items.push(n);
                }
                '.' => {
                    self.i += 1;
                    items.push(Node::Any {
                        dotall: *flags & DOTALL != 0,
                    });
                }
                '^' => {
                    self.i += 1;
                    items.push(Node::At(if *flags & MULTILINE != 0 {
                        At::BeginLine
                    } else {
                        At::Beginning
                    }));
                }
                '$' => {
                    self.i += 1;
                    items.push(Node::At(if *flags & MULTILINE != 0 {
                        At::EndLine
                    } else {
                        At::End
                    }));
                }
                '*' | '+' | '?' | '{' => {
                    self.i += 1;
                    let here = self.i;
                    let (min, max) = match ch {
                        '*' => (0, INF),
                        '+' => (1, INF),
                        '?' => (0, 1),
                        _ => {
                            if self.peek() == Some('}' as u32) {
                                items.push(Node::Lit {
                                    c,
                                    fold: self.fold_of(*flags),
                                });
                                continue;
                            }
                            let lo_s = self.i;
                            while self.peek().is_some_and(is_digit_c) {
                                self.i += 1;
                            }
                            let lo_e = self.i;
                            let (hi_s, hi_e) = if self.eat(',') {
                                let s = self.i;
                                while self.peek().is_some_and(is_digit_c) {
                                    self.i += 1;
                                }
                                (s, self.i)
                            } else {
                                (lo_s, lo_e)
                            };
                            if !self.eat('}') {
                                items.push(Node::Lit {
                                    c,
                                    fold: self.fold_of(*flags),
                                });
                                self.i = here;
                                continue;
                            }
                            let num = |a: usize, b: usize| -> Result<u32, Error> {
                                let mut v: u64 = 0;
                                for &d in &self.p[a..b] {
                                    v = v.saturating_mul(10).saturating_add((d - 0x30) as u64);
                                }
                                if v >= INF as u64 {
                                    return Err(Error {
                                        msg: "the repetition number is too large".into(),
                                        pos: None,
                                        kind: ErrorKind::Overflow,
                                    });
                                }
                                Ok(v as u32)
                            };
                            let min = if lo_e > lo_s { num(lo_s, lo_e)? } else { 0 };
                            let max = if hi_e > hi_s { num(hi_s, hi_e)? } else { INF };
                            if max < min {
                                return Err(Error::at("min repeat greater than max repeat", here));
                            }
                            (min, max)
                        }
                    };
                    let item = match items.pop() {
                        None | Some(Node::At(_)) => {
                            return Err(Error::at("nothing to repeat", start));
                        }
                        Some(Node::Repeat { .. }) => {
                            return Err(Error::at("multiple repeat", start));
                        }
                        Some(n) => n,
                    };
                    let kind = if self.eat('?') {
                        RepKind::Lazy
                    } else if self.eat('+') {
                        RepKind::Possessive
                    } else {
                        RepKind::Greedy
                    };
                    let item = match item {
                        Node::Group(None, inner) => *inner,
                        n => n,
                    };
                    items.push(Node::Repeat {
                        node: Box::new(item),
                        min,
                        max,
                        kind,
                    });
                }
                _ => {
                    self.i += 1;
                    items.push(Node::Lit {
                        c,
                        fold: self.fold_of(*flags),
                    });
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap(),
            _ => Node::Concat(items),
        })
    }

    /// Parses a group starting at '('. Returns None for comments and global
    /// flags (which may update `flags`).
    fn parse_group(
        &mut self,
        flags: &mut u32,
        depth: usize,
        first: bool,
    ) -> Result<Option<Node>, Error> {
        let start = self.i;
        if depth >= crate::MAX_NESTING {
            return Err(Error {
                msg: "maximum recursion depth exceeded".into(),
                pos: Some(start),
                kind: ErrorKind::Recursion,
            });
        }
        self.i += 1;
        let mut capture = true;
        let mut name: Option<(usize, usize)> = None;
        let mut sub_flags = *flags;
        let mut kind = 0u8; // 0 group, 1 lookahead, 2 lookbehind, 3 atomic
        let mut neg = false;
        if self.eat('?') {
            let c = match self.peek() {
                None => return Err(Error::at("unexpected end of pattern", self.i)),
                Some(c) => c,
            };
            self.i += 1;
            let ch = char::from_u32(c).unwrap_or('\u{fffd}');
            match ch {
                'P' => {
                    if self.eat('<') {
                        let (a, b) = self.get_until('>', "group name")?;
                        if !is_identifier(&self.p[a..b]) {
                            return Err(Error::at(
                                format!("bad character in group name {}", py_repr(&self.p[a..b])),
                                a,
                            ));
                        }
                        name = Some((a, b));
                    } else if self.eat('=') {
                        let (a, b) = self.get_until(')', "group name")?;
                        let nm = &self.p[a..b];
                        if !is_identifier(nm) {
                            return Err(Error::at(
                                format!("bad character in group name {}", py_repr(nm)),
                                a,
                            ));
                        }
                        let s = to_string(nm);
                        let gid = match self.names.iter().find(|x| x.0 == s) {
                            Some(x) => x.1,
                            None => {
                                return Err(Error::at(
                                    format!("unknown group name {}", py_repr(nm)),
                                    a,
                                ))
                            }
                        };
                        if self.gw[gid].is_none() {
                            return Err(Error::at("cannot refer to an open group", a));
                        }
                        self.check_lookbehind_group(gid, self.i)?;
                        return Ok(Some(Node::Backref {
                            group: gid,
                            fold: self.fold_of(*flags),
                        }));
                    } else {
                        match self.peek() {
                            None => return Err(Error::at("unexpected end of pattern", self.i)),
                            Some(_) => {
                                let l = self.tok_len(self.i);
                                let t = self.text(self.i, self.i + l);
                                return Err(Error::at(
                                    format!("unknown extension ?P{}", t),
                                    start + 1,
                                ));
                            }
                        }
                    }
                }
                ':' => capture = false,
                '#' => loop {
                    match self.peek() {
                        None => {
                            return Err(Error::at("missing ), unterminated comment", start));
                        }
                        Some(c) => {
                            let l = self.tok_len(self.i);
                            self.i += l;
                            if c == ')' as u32 {
                                return Ok(None);
                            }
                        }
                    }
                },
                '=' | '!' => {
                    kind = 1;
                    neg = ch == '!';
                }
                '<' => {
                    let c2 = match self.peek() {
                        None => return Err(Error::at("unexpected end of pattern", self.i)),
                        Some(c2) => c2,
                    };
                    if c2 == '=' as u32 || c2 == '!' as u32 {
                        self.i += 1;
                        kind = 2;
                        neg = c2 == '!' as u32;
                    } else {
                        let l = self.tok_len(self.i);
                        let t = self.text(self.i, self.i + l);
                        return Err(Error::at(format!("unknown extension ?<{}", t), start + 1));
                    }
                }
                '>' => kind = 3,
                '(' => return self.parse_cond(*flags, depth, start).map(Some),
                _ if flag_of(c).is_some() || ch == '-' => {
                    match self.parse_flags(c)? {
                        (true, add, _) => {
                            // global flags
                            if !first {
                                return Err(Error::at(
                                    "global flags not at the start of the expression",
                                    start,
                                ));
                            }
                            self.gflags |= add;
                            if add & TYPE_FLAGS != 0 {
                                *flags &= !TYPE_FLAGS;
                            }
                            *flags |= add;
                            return Ok(None);
                        }
                        (false, add, del) => {
                            capture = false;
                            if add & TYPE_FLAGS != 0 {
                                sub_flags &= !TYPE_FLAGS;
                            }
                            sub_flags = (sub_flags | add) & !del;
                        }
                    }
                }
                _ => {
                    let l = self.tok_len(self.i - 1);
                    let t = self.text(self.i - 1, self.i - 1 + l);
                    return Err(Error::at(format!("unknown extension ?{}", t), start + 1));
                }
            }
        }
        // open the group
        let gid = if kind == 0 && capture {
            let gid = self.gw.len();
            if gid >= MAXGROUPS {
                return Err(Error::nopos("too many groups"));
            }
            if let Some((a, b)) = name {
                let s = to_string(&self.p[a..b]);
                if let Some(&(_, og)) = self.names.iter().find(|x| x.0 == s) {
                    return Err(Error::at(
                        format!(
                            "redefinition of group name {} as group {}; was group {}",
                            py_repr(&self.p[a..b]),
                            gid,
                            og
                        ),
                        a,
                    ));
                }
                self.names.push((s, gid));
            }
            self.gw.push(None);
            Some(gid)
        } else {
            None
        };
        let saved_lb = self.lookbehind_groups;
        if kind == 2 && saved_lb.is_none() {
            self.lookbehind_groups = Some(self.ngroups_total());
        }
        let body = self.parse_alt(sub_flags, depth + 1, false)?;
        if kind == 2 && saved_lb.is_none() {
            self.lookbehind_groups = None;
        }
        if !self.eat(')') {
            return Err(Error::at("missing ), unterminated subpattern", start));
        }
        Ok(Some(match kind {
            1 => Node::Look {
                behind: false,
                neg,
                node: Box::new(body),
            },
            2 => {
                let (lo, hi) = width(&body, &self.gw);
                if lo != hi {
                    self.bad_lookbehind = true;
                }
                Node::Look {
                    behind: true,
                    neg,
                    node: Box::new(body),
                }
            }
            3 => Node::Atomic(Box::new(body)),
            _ => {
                if let Some(g) = gid {
                    self.gw[g] = Some(width(&body, &self.gw));
                }
                Node::Group(gid, Box::new(body))
            }
        }))
    }

    fn parse_cond(&mut self, flags: u32, depth: usize, start: usize) -> Result<Node, Error> {
        let (a, b) = self.get_until(')', "group name")?;
        let nm = &self.p[a..b];
        let gid;
        if is_identifier(nm) {
            let s = to_string(nm);
            gid = match self.names.iter().find(|x| x.0 == s) {
                Some(x) => x.1,
                None => {
                    return Err(Error::at(format!("unknown group name {}", py_repr(nm)), a));
                }
            };
        } else {
            if !nm.iter().all(|&c| is_digit_c(c)) {
                return Err(Error::at(
                    format!("bad character in group name {}", py_repr(nm)),
                    a,
                ));
            }
            let mut v: u64 = 0;
            for &d in nm {
                v = v.saturating_mul(10).saturating_add((d - 0x30) as u64);
            }
            if v == 0 {
                return Err(Error::at("bad group number", a));
            }
            if v >= MAXGROUPS as u64 {
                return Err(Error::at(format!("invalid group reference {}", v), a));
            }
            gid = v as usize;
            if !self.condrefs.iter().any(|x| x.0 == gid) {
                self.condrefs.push((gid, a));
            }
        }
        self.check_lookbehind_group(gid, self.i)?;
        let mut f1 = flags;
        let yes = self.parse_seq(&mut f1, depth + 1, false)?;
        let no = if self.eat('|') {
            let mut f2 = flags;
            let n = self.parse_seq(&mut f2, depth + 1, false)?;
            if self.peek() == Some('|' as u32) {
                return Err(Error::at(
                    "conditional backref with more than two branches",
                    self.i,
                ));
            }
            n
        } else {
            Node::Empty
        };
        if !self.eat(')') {
            return Err(Error::at("missing ), unterminated subpattern", start));
        }
        Ok(Node::Cond {
            group: gid,
            yes: Box::new(yes),
            no: Box::new(no),
        })
    }
}

impl<'a> P<'a> {
    /// Parses inline flags; `c` is the first flag char (already consumed).
    /// Returns (is_global, add, del).
    fn parse_flags(&mut self, c: u32) -> Result<(bool, u32, u32), Error> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut c = c;
        if c != '-' as u32 {
            loop {
                let f = flag_of(c).unwrap();
                if !self.is_bytes {
                    if c == 'L' as u32 {
                        return Err(Error::at(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            self.i,
                        ));
                    }
                } else if c == 'u' as u32 {
                    return Err(Error::at(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        self.i,
                    ));
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return Err(Error::at(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        self.i,
                    ));
                }
                c = match self.peek() {
                    None => return Err(Error::at("missing -, : or )", self.i)),
                    Some(c) => c,
                };
                self.i += 1;
                if c == ')' as u32 || c == '-' as u32 || c == ':' as u32 {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if is_alpha(c) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(Error::at(msg, self.i - 1));
                }
            }
        }
        if c == ')' as u32 {
            return Ok((true, add, 0));
        }
        if c == '-' as u32 {
            c = match self.peek() {
                None => return Err(Error::at("missing flag", self.i)),
                Some(c) => c,
            };
            self.i += 1;
            if flag_of(c).is_none() {
                let msg = if is_alpha(c) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(Error::at(msg, self.i - 1));
            }
            loop {
                let f = flag_of(c).unwrap();
                if f & TYPE_FLAGS != 0 {
                    return Err(Error::at(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        self.i,
                    ));
                }
                del |= f;
                c = match self.peek() {
                    None => return Err(Error::at("missing :", self.i)),
                    Some(c) => c,
                };
                self.i += 1;
                if c == ':' as u32 {
                    break;
                }
                if flag_of(c).is_none() {
                    let msg = if is_alpha(c) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(Error::at(msg, self.i - 1));
                }
            }
        }
        if add & del != 0 {
            return Err(Error::at(
                "bad inline flags: flag turned on and off",
                self.i - 1,
            ));
        }
        Ok((false, add, del))
    }

    /// Reads `n` hex digits for \x, \u, \U escapes. `start` is the backslash.
    fn hex_escape(&mut self, start: usize, n: usize) -> Result<u32, Error> {
        let mut v: u32 = 0;
        let mut k = 0;
        while k < n {
            match self.peek().and_then(hexval) {
                Some(d) => {
                    v = v.wrapping_mul(16).wrapping_add(d);
                    self.i += 1;
                    k += 1;
                }
                None => break,
            }
        }
        if k != n {
            return Err(Error::at(
                format!("incomplete escape {}", self.text(start, self.i)),
                start,
            ));
        }
        if n == 8 && v > 0x10ffff {
            return Err(Error::at(
                format!("bad escape {}", self.text(start, self.i)),
                start,
            ));
        }
        Ok(v)
    }

    /// Escapes common to classes and the outside. Returns None if not handled.
    fn common_escape(&mut self, start: usize, c: u32) -> Result<Option<u32>, Error> {
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        Ok(Some(match ch {
            'a' => 7,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            '\\' => 92,
            'x' => self.hex_escape(start, 2)?,
            'u' if !self.is_bytes => self.hex_escape(start, 4)?,
            'U' if !self.is_bytes => self.hex_escape(start, 8)?,
            'N' if !self.is_bytes => {
                if !self.eat('{') {
                    return Err(Error::at("missing {", self.i));
                }
                let (a, b) = self.get_until('}', "character name")?;
                match lookup_name(&self.p[a..b]) {
                    Some(v) => v,
                    None => {
                        return Err(Error::at(
                            format!("undefined character name {}", py_repr(&self.p[a..b])),
                            start,
                        ))
                    }
                }
            }
            _ => return Ok(None),
        }))
    }

    fn cat_escape(&self, c: u32, flags: u32) -> Option<Cat> {
        let ascii = self.ascii_of(flags);
        let (kind, neg) = match char::from_u32(c)? {
            'd' => (CatKind::Digit, false),
            'D' => (CatKind::Digit, true),
            'w' => (CatKind::Word, false),
            'W' => (CatKind::Word, true),
            's' => (CatKind::Space, false),
            'S' => (CatKind::Space, true),
            _ => return None,
        };
        Some(Cat { kind, neg, ascii })
    }

    fn parse_escape(&mut self, flags: u32) -> Result<Node, Error> {
        let start = self.i;
        self.i += 1;
        let c = match self.peek() {
            None => return Err(Error::at("bad escape (end of pattern)", start)),
            Some(c) => c,
        };
        self.i += 1;
        let fold = self.fold_of(flags);
        if let Some(cat) = self.cat_escape(c, flags) {
            return Ok(Node::Class(Box::new(Class {
                negated: false,
                items: vec![ClassItem::Cat(cat)],
                fold: Fold::None,
            })));
        }
        let ascii = self.ascii_of(flags);
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        match ch {
            'A' => return Ok(Node::At(At::Beginning)),
            'Z' => return Ok(Node::At(At::EndText)),
            'b' => return Ok(Node::At(At::Boundary { ascii })),
            'B' => return Ok(Node::At(At::NonBoundary { ascii })),
            '0' => {
                let mut v = 0;
                let mut k = 0;
                while k < 2 && self.peek().is_some_and(is_oct) {
                    v = v * 8 + (self.peek().unwrap() - 0x30);
                    self.i += 1;
                    k += 1;
                }
                return Ok(Node::Lit { c: v, fold });
            }
            '1'..='9' => {
                if self.peek().is_some_and(is_digit_c) {
                    let c2 = self.peek().unwrap();
                    self.i += 1;
                    if is_oct(c) && is_oct(c2) && self.peek().is_some_and(is_oct) {
                        let c3 = self.peek().unwrap();
                        self.i += 1;
                        let v = (c - 0x30) * 64 + (c2 - 0x30) * 8 + (c3 - 0x30);
                        if v > 0o377 {
                            return Err(Error::at(
                                format!(
                                    "octal escape value {} outside of range 0-0o377",
                                    self.text(start, self.i)
                                ),
                                start,
                            ));
                        }
                        return Ok(Node::Lit { c: v, fold });
                    }
                }
                let mut g = 0usize;
                for &d in &self.p[start + 1..self.i] {
                    g = g * 10 + (d - 0x30) as usize;
                }
                if g < self.gw.len() {
                    if self.gw[g].is_none() {
                        return Err(Error::at("cannot refer to an open group", start));
                    }
                    self.check_lookbehind_group(g, self.i)?;
                    return Ok(Node::Backref { group: g, fold });
                }
                return Err(Error::at(
                    format!("invalid group reference {}", g),
                    start + 1,
                ));
            }
            _ => {}
        }
        if let Some(v) = self.common_escape(start, c)? {
            return Ok(Node::Lit { c: v, fold });
        }
        if is_ascii_letter(c) {
            return Err(Error::at(
                format!("bad escape {}", self.text(start, start + 2)),
                start,
            ));
        }
        Ok(Node::Lit { c, fold })
    }

    /// Escape inside a class; self.i at the backslash.
    fn class_escape(&mut self, flags: u32) -> Result<ClassEsc, Error> {
        let start = self.i;
        self.i += 1;
        let c = match self.peek() {
            None => return Err(Error::at("bad escape (end of pattern)", start)),
            Some(c) => c,
        };
        self.i += 1;
        if let Some(cat) = self.cat_escape(c, flags) {
            return Ok(ClassEsc::Cat(cat));
        }
        if c == 'b' as u32 {
            return Ok(ClassEsc::Char(8));
        }
        if is_oct(c) {
            let mut v = c - 0x30;
            let mut k = 0;
            while k < 2 && self.peek().is_some_and(is_oct) {
                v = v * 8 + (self.peek().unwrap() - 0x30);
                self.i += 1;
                k += 1;
            }
            if v > 0o377 {
                return Err(Error::at(
                    format!(
                        "octal escape value {} outside of range 0-0o377",
                        self.text(start, self.i)
                    ),
                    start,
                ));
            }
            return Ok(ClassEsc::Char(v));
        }
        if let Some(v) = self.common_escape(start, c)? {
            return Ok(ClassEsc::Char(v));
        }
        if is_ascii_letter(c) || is_digit_c(c) {
            return Err(Error::at(
                format!("bad escape {}", self.text(start, start + 2)),
                start,
            ));
        }
        Ok(ClassEsc::Char(c))
    }

    /// Parses a class; self.i is just after '['.
    fn parse_class(&mut self, flags: u32, start: usize) -> Result<Node, Error> {
        let negated = self.eat('^');
        let mut items: Vec<ClassItem> = Vec::new();
        loop {
            let this_pos = self.i;
            let c = match self.peek() {
                None => return Err(Error::at("unterminated character set", start)),
                Some(c) => c,
            };
            if c == ']' as u32 && !items.is_empty() {
                self.i += 1;
                break;
            }
            let code1 = if c == '\\' as u32 {
                self.class_escape(flags)?
            } else {
                self.i += 1;
                ClassEsc::Char(c)
            };
            let this_len = self.tok_len(this_pos);
            if self.eat('-') {
                let that_pos = self.i;
                let c2 = match self.peek() {
                    None => return Err(Error::at("unterminated character set", start)),
                    Some(c2) => c2,
                };
                if c2 == ']' as u32 {
                    self.i += 1;
                    items.push(match code1 {
                        ClassEsc::Char(v) => ClassItem::Range(v, v),
                        ClassEsc::Cat(cat) => ClassItem::Cat(cat),
                    });
                    items.push(ClassItem::Range(0x2d, 0x2d));
                    break;
                }
                let code2 = if c2 == '\\' as u32 {
                    self.class_escape(flags)?
                } else {
                    self.i += 1;
                    ClassEsc::Char(c2)
                };
                let that_len = self.tok_len(that_pos);
                let msg = || {
                    format!(
                        "bad character range {}-{}",
                        to_string(&self.p[this_pos..this_pos + this_len]),
                        to_string(&self.p[that_pos..that_pos + that_len])
                    )
                };
                let epos = self.i - (this_len + 1 + that_len);
                match (code1, code2) {
                    (ClassEsc::Char(lo), ClassEsc::Char(hi)) => {
                        if hi < lo {
                            return Err(Error::at(msg(), epos));
                        }
                        items.push(ClassItem::Range(lo, hi));
                    }
                    _ => return Err(Error::at(msg(), epos)),
                }
            } else {
                items.push(match code1 {
                    ClassEsc::Char(v) => ClassItem::Range(v, v),
                    ClassEsc::Cat(cat) => ClassItem::Cat(cat),
                });
            }
        }
        let fold = self.fold_of(flags);
        if fold == Fold::Unicode {
            // Make the set closed under simple case mapping (CPython lowers the
            // class at compile time and tests lower(ch)); then merge ranges.
            let mut ranges: Vec<(u32, u32)> = Vec::new();
            let mut cats: Vec<ClassItem> = Vec::new();
            for it in &items {
                match *it {
                    ClassItem::Range(a, b) => {
                        ranges.push((a, b));
                        if b - a <= 1024 {
                            for x in a..=b {
                                for v in [crate::lower(x), crate::upper(x)] {
                                    if v != x && !(a..=b).contains(&v) {
                                        ranges.push((v, v));
                                    }
                                }
                            }
                        }
                    }
                    ClassItem::Cat(_) => cats.push(it.clone()),
                }
            }
            ranges.sort_unstable();
            let mut merged: Vec<(u32, u32)> = Vec::new();
            for (a, b) in ranges {
                match merged.last_mut() {
                    Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                    _ => merged.push((a, b)),
                }
            }
            items = merged
                .into_iter()
                .map(|(a, b)| ClassItem::Range(a, b))
                .collect();
            items.extend(cats);
        }
        if !negated && items.len() == 1 {
            if let ClassItem::Range(a, b) = items[0] {
                if a == b {
                    return Ok(Node::Lit { c: a, fold });
                }
            }
        }
        Ok(Node::Class(Box::new(Class {
            negated,
            items,
            fold,
        })))
    }
}

/// A tiny subset of Unicode character names for `\N{...}` (no name
/// database is available in no_std; unknown names are an error).
fn lookup_name(name: &[u32]) -> Option<u32> {
    let s = to_string(name).to_uppercase();
    Some(match s.as_str() {
        "SPACE" => 0x20,
        "EM DASH" => 0x2014,
        "EN DASH" => 0x2013,
        "NO-BREAK SPACE" => 0xa0,
        "LATIN SMALL LETTER A" => 0x61,
        "LATIN CAPITAL LETTER A" => 0x41,
        "BULLET" => 0x2022,
        "HORIZONTAL ELLIPSIS" => 0x2026,
        "EURO SIGN" => 0x20ac,
        "SNOWMAN" => 0x2603,
        "DIGIT ZERO" => 0x30,
        "FULL STOP" => 0x2e,
        "COMMA" => 0x2c,
        "HYPHEN-MINUS" => 0x2d,
        "LINE FEED" | "LF" => 0x0a,
        "CHARACTER TABULATION" => 0x09,
        "GREEK SMALL LETTER ALPHA" => 0x3b1,
        _ => {
            if let Some(hex) = s.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
                let v = u32::from_str_radix(hex, 16).ok()?;
                return Some(v);
            }
            return None;
        }
    })
}
