//! AST -> program for the backtracking VM.

use alloc::vec::Vec;

use crate::parse::{width, At, Class, Fold, Node, Parsed, RepKind, INF};
use crate::Error;

/// A single-character matcher.
#[derive(Clone, Copy, Debug)]
pub enum One {
    Char(u32),
    /// Unicode simple case folding: (lower(c), upper(lower(c))).
    Fold(u32, u32),
    /// ASCII case folding: lowercase ASCII letter.
    FoldAscii(u32),
    Any,
    AnyNoNl,
    Class(u32),
}

#[derive(Clone, Debug)]
pub enum Inst {
    Match,
    One(One),
    Assert(At),
    /// Try `.0` first, on failure `.1`.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    Backref {
        group: usize,
        fold: Fold,
    },
    /// Reset loop register (count = 0, last = none).
    RepInit(usize),
    /// General counted loop; body starts at pc + 1, `exit` after the body's Jmp.
    RepLoop {
        reg: usize,
        min: u32,
        max: u32,
        greedy: bool,
        exit: usize,
    },
    /// Repeat of a single-character matcher.
    RepOne {
        one: One,
        min: u32,
        max: u32,
        kind: RepKind,
    },
    AtomicStart,
    AtomicEnd,
    /// Lookaround start; `cont` is the pc after the matching LookEnd.
    LookStart {
        neg: bool,
        behind: Option<usize>,
        cont: usize,
    },
    LookEnd,
    GroupExists {
        group: usize,
        no: usize,
    },
}

#[derive(Clone, Debug)]
pub struct Prog {
    pub insts: Vec<Inst>,
    pub classes: Vec<Class>,
    pub nslots: usize,
    pub nregs: usize,
    /// Pattern can only match at text index 0.
    pub anchored_start: bool,
    /// Every match starts with this (case-sensitive) character.
    pub first_char: Option<u32>,
    /// Every match starts with a character matching this.
    pub first_one: Option<One>,
}

impl Prog {
    pub fn one_matches(&self, o: One, c: u32) -> bool {
        match o {
            One::Char(x) => c == x,
            One::Fold(l, ul) => {
                if c == l {
                    return true;
                }
                let lc = crate::lower(c);
                lc == l || crate::upper(lc) == ul
            }
            One::FoldAscii(l) => c == l || (c < 128 && (c as u8).to_ascii_lowercase() as u32 == l),
            One::Any => true,
            One::AnyNoNl => c != 10,
            One::Class(i) => self.classes[i as usize].matches(c),
        }
    }
}

struct C<'a> {
    insts: Vec<Inst>,
    classes: Vec<Class>,
    nregs: usize,
    gw: &'a [Option<(usize, usize)>],
}

fn lit_one(c: u32, fold: Fold) -> One {
    match fold {
        Fold::None => One::Char(c),
        Fold::Ascii => {
            if c < 128 && (c as u8).is_ascii_alphabetic() {
                One::FoldAscii((c as u8).to_ascii_lowercase() as u32)
            } else {
                One::Char(c)
            }
        }
        Fold::Unicode => {
            let l = crate::lower(c);
            let ul = crate::upper(l);
            if c < 128 && !(c as u8).is_ascii_alphabetic() {
                One::Char(c)
            } else {
                One::Fold(l, ul)
            }
        }
    }
}

impl<'a> C<'a> {
    fn pc(&self) -> usize {
        self.insts.len()
    }
    fn push(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }
    fn single(&mut self, n: &Node) -> Option<One> {
        match n {
            Node::Lit { c, fold } => Some(lit_one(*c, *fold)),
            Node::Any { dotall } => Some(if *dotall { One::Any } else { One::AnyNoNl }),
            Node::Class(cl) => {
                self.classes.push((**cl).clone());
                Some(One::Class((self.classes.len() - 1) as u32))
            }
            Node::Group(None, b) => self.single(b),
            _ => None,
        }
    }

    fn emit(&mut self, n: &Node) {
        match n {
            Node::Empty => {}
            Node::Lit { .. } | Node::Any { .. } | Node::Class(_) => {
                let o = self.single(n).unwrap();
                self.push(Inst::One(o));
            }
            Node::At(a) => {
                self.push(Inst::Assert(*a));
            }
            Node::Group(None, b) => self.emit(b),
            Node::Group(Some(g), b) => {
                self.push(Inst::Save(2 * g));
                self.emit(b);
                self.push(Inst::Save(2 * g + 1));
            }
            Node::Concat(v) => {
                for x in v {
                    self.emit(x);
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (k, x) in v.iter().enumerate() {
                    if k + 1 < v.len() {
                        let split = self.push(Inst::Split(0, 0));
                        self.emit(x);
                        jumps.push(self.push(Inst::Jmp(0)));
                        let next = self.pc();
                        self.insts[split] = Inst::Split(split + 1, next);
                    } else {
                        self.emit(x);
                    }
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                kind,
            } => self.emit_repeat(node, *min, *max, *kind),
            Node::Backref { group, fold } => {
                self.push(Inst::Backref {
                    group: *group,
                    fold: *fold,
                });
            }
            Node::Look { behind, neg, node } => {
                let w = if *behind {
                    Some(width(node, self.gw).0)
                } else {
                    None
                };
                let start = self.push(Inst::LookStart {
                    neg: *neg,
                    behind: w,
                    cont: 0,
                });
                self.emit(node);
                self.push(Inst::LookEnd);
                let cont = self.pc();
                self.insts[start] = Inst::LookStart {
                    neg: *neg,
                    behind: w,
                    cont,
                };
            }
            Node::Atomic(b) => {
                self.push(Inst::AtomicStart);
                self.emit(b);
                self.push(Inst::AtomicEnd);
            }
            Node::Cond { group, yes, no } => {
                let ge = self.push(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.emit(yes);
                let j = self.push(Inst::Jmp(0));
                let no_pc = self.pc();
                self.emit(no);
                let end = self.pc();
                self.insts[ge] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[j] = Inst::Jmp(end);
            }
        }
    }

    fn emit_repeat(&mut self, node: &Node, min: u32, max: u32, kind: RepKind) {
        if max == 0 {
            return;
        }
        if let Some(o) = self.single(node) {
            if min == 1 && max == 1 {
                self.push(Inst::One(o));
            } else {
                self.push(Inst::RepOne {
                    one: o,
                    min,
                    max,
                    kind,
                });
            }
            return;
        }
        if min == 1 && max == 1 {
            // possessive/atomic of a single iteration == atomic group
            if kind == RepKind::Possessive {
                self.push(Inst::AtomicStart);
                self.emit(node);
                self.push(Inst::AtomicEnd);
            } else {
                self.emit(node);
            }
            return;
        }
        if kind == RepKind::Possessive {
            self.push(Inst::AtomicStart);
            self.emit_repeat(node, min, max, RepKind::Greedy);
            self.push(Inst::AtomicEnd);
            return;
        }
        let greedy = kind == RepKind::Greedy;
        let (wmin, _) = width(node, self.gw);
        if wmin > 0 && min == 0 && max == INF {
            // L: Split(body, exit); body; Jmp L
            let l = self.push(Inst::Split(0, 0));
            self.emit(node);
            self.push(Inst::Jmp(l));
            let exit = self.pc();
            self.insts[l] = if greedy {
                Inst::Split(l + 1, exit)
            } else {
                Inst::Split(exit, l + 1)
            };
            return;
        }
        if wmin > 0 && min == 1 && max == INF {
            // L: body; Split(L, exit)
            let l = self.pc();
            self.emit(node);
            let s = self.pc();
            self.push(if greedy {
                Inst::Split(l, s + 1)
            } else {
                Inst::Split(s + 1, l)
            });
            return;
        }
        if min == 0 && max == 1 {
            let s = self.push(Inst::Split(0, 0));
            self.emit(node);
            let exit = self.pc();
            self.insts[s] = if greedy {
                Inst::Split(s + 1, exit)
            } else {
                Inst::Split(exit, s + 1)
            };
            return;
        }
        let reg = self.nregs;
        self.nregs += 1;
        self.push(Inst::RepInit(reg));
        let l = self.push(Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit: 0,
        });
        self.emit(node);
        self.push(Inst::Jmp(l));
        let exit = self.pc();
        self.insts[l] = Inst::RepLoop {
            reg,
            min,
            max,
            greedy,
            exit,
        };
    }
}

pub fn compile(p: &Parsed) -> Result<Prog, Error> {
    let mut c = C {
        insts: Vec::new(),
        classes: Vec::new(),
        nregs: 0,
        gw: &p.group_widths,
    };
    c.emit(&p.node);
    c.push(Inst::Match);
    // analysis of the program start
    let mut anchored_start = false;
    let mut first_one = None;
    for inst in &c.insts {
        match inst {
            Inst::Save(_) => continue,
            Inst::Assert(At::Beginning) => anchored_start = true,
            Inst::One(o) => first_one = Some(*o),
            Inst::RepOne { one, min, .. } if *min > 0 => first_one = Some(*one),
            _ => {}
        }
        break;
    }
    let first_char = match first_one {
        Some(One::Char(ch)) => Some(ch),
        _ => None,
    };
    let first_one = match first_one {
        Some(One::Any) => None,
        o => o,
    };
    Ok(Prog {
        insts: c.insts,
        classes: c.classes,
        nslots: 2 * (p.groups + 1),
        nregs: c.nregs,
        anchored_start,
        first_char,
        first_one,
    })
}
