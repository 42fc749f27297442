//! Backtracking VM with an explicit, heap-allocated backtrack stack.

use alloc::vec;
use alloc::vec::Vec;

use crate::compile::{Inst, One, Prog};
use crate::parse::{At, Fold, RepKind, INF};
use crate::{Anchor, Captures};

const NONE: usize = usize::MAX;
/// Pseudo-slot used to restore `lastindex`.
const LASTINDEX: usize = usize::MAX;

#[derive(Clone, Copy, Debug)]
enum Bt {
    /// Resume at `pc` with `pos`.
    Branch { pc: usize, pos: usize },
    /// Restore a capture slot (or lastindex).
    Slot { slot: usize, old: usize },
    /// Restore a loop register.
    Reg {
        reg: usize,
        count: usize,
        last: usize,
    },
    /// Atomic group (look == false) or lookaround barrier.
    Barrier {
        look: bool,
        neg: bool,
        pos: usize,
        cont: usize,
    },
    /// Lazy general loop: perform another iteration of RepLoop at `pc`.
    LazyIter { pc: usize, pos: usize },
    /// Greedy single-char repeat: give back one char (pos > min_pos).
    OneGreedy {
        pc: usize,
        min_pos: usize,
        pos: usize,
    },
    /// Lazy single-char repeat at `pc`, `count` chars taken, now at `pos`.
    OneLazy { pc: usize, count: usize, pos: usize },
}

struct Vm<'a> {
    prog: &'a Prog,
    text: &'a [u32],
    end: usize,
    slots: Vec<usize>,
    regs: Vec<(usize, usize)>,
    lastindex: usize,
    stack: Vec<Bt>,
    full: bool,
    /// (start position, must_advance)
    not_empty_at: usize,
}

fn fold_eq(a: u32, b: u32, fold: Fold) -> bool {
    if a == b {
        return true;
    }
    match fold {
        Fold::None => false,
        Fold::Ascii => a < 128 && b < 128 && (a as u8).eq_ignore_ascii_case(&(b as u8)),
        Fold::Unicode => {
            let la = crate::lower(a);
            let lb = crate::lower(b);
            la == lb || crate::upper(la) == crate::upper(lb)
        }
    }
}

impl<'a> Vm<'a> {
    fn set_slot(&mut self, slot: usize, val: usize) {
        let old = self.slots[slot];
        self.stack.push(Bt::Slot { slot, old });
        self.slots[slot] = val;
        if slot & 1 == 1 {
            let g = slot / 2;
            if self.lastindex != g {
                self.stack.push(Bt::Slot {
                    slot: LASTINDEX,
                    old: self.lastindex,
                });
                self.lastindex = g;
            }
        }
    }

    fn set_reg(&mut self, reg: usize, count: usize, last: usize) {
        let (oc, ol) = self.regs[reg];
        self.stack.push(Bt::Reg {
            reg,
            count: oc,
            last: ol,
        });
        self.regs[reg] = (count, last);
    }

    fn is_word_at(&self, i: usize, ascii: bool) -> bool {
        i < self.end && crate::is_word(self.text[i], ascii)
    }

    fn assert(&self, a: At, pos: usize) -> bool {
        let t = self.text;
        match a {
            At::Beginning => pos == 0,
            At::BeginLine => pos == 0 || (pos <= self.end && t[pos - 1] == 10),
            At::End => pos == self.end || (pos + 1 == self.end && t[pos] == 10),
            At::EndLine => pos == self.end || (pos < self.end && t[pos] == 10),
            At::EndText => pos == self.end,
            At::Boundary { ascii } => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1, ascii);
                before != self.is_word_at(pos, ascii)
            }
            At::NonBoundary { ascii } => {
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && self.is_word_at(pos - 1, ascii);
                before == self.is_word_at(pos, ascii)
            }
        }
    }

    /// Remove everything above the nearest barrier (and the barrier), keeping
    /// restore entries. Returns the barrier's fields.
    fn cut_to_barrier(&mut self) -> (bool, bool, usize, usize) {
        let mut idx = self.stack.len();
        while idx > 0 {
            idx -= 1;
            if let Bt::Barrier { .. } = self.stack[idx] {
                break;
            }
        }
        let (look, neg, pos, cont) = match self.stack[idx] {
            Bt::Barrier {
                look,
                neg,
                pos,
                cont,
            } => (look, neg, pos, cont),
            _ => unreachable!(),
        };
        // compact restore entries down to idx
        let mut w = idx;
        for r in idx + 1..self.stack.len() {
            let e = self.stack[r];
            if matches!(e, Bt::Slot { .. } | Bt::Reg { .. }) {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
        (look, neg, pos, cont)
    }

    /// Unwind down to (and including) the nearest barrier, applying restores.
    fn unwind_to_barrier(&mut self) {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Slot { slot, old } => self.restore_slot(slot, old),
                Bt::Reg { reg, count, last } => self.regs[reg] = (count, last),
                Bt::Barrier { .. } => return,
                _ => {}
            }
        }
    }

    fn restore_slot(&mut self, slot: usize, old: usize) {
        if slot == LASTINDEX {
            self.lastindex = old;
        } else {
            self.slots[slot] = old;
        }
    }

    /// Pops the backtrack stack until a resumable state is found.
    fn backtrack(&mut self) -> Option<(usize, usize)> {
        while let Some(e) = self.stack.pop() {
            match e {
                Bt::Branch { pc, pos } => return Some((pc, pos)),
                Bt::Slot { slot, old } => self.restore_slot(slot, old),
                Bt::Reg { reg, count, last } => self.regs[reg] = (count, last),
                Bt::Barrier {
                    look,
                    neg,
                    pos,
                    cont,
                    ..
                } => {
                    if look && neg {
                        // negative lookaround body failed: assertion succeeds
                        return Some((cont, pos));
                    }
                }
                Bt::LazyIter { pc, pos } => {
                    if let Inst::RepLoop { reg, .. } = self.prog.insts[pc] {
                        let (c, _) = self.regs[reg];
                        self.set_reg(reg, c + 1, pos);
                        return Some((pc + 1, pos));
                    }
                }
                Bt::OneGreedy { pc, min_pos, pos } => {
                    let mut np = pos - 1;
                    if let Inst::One(One::Char(c)) = self.prog.insts[pc] {
                        // skip positions where the following literal cannot match
                        while np > min_pos && (np >= self.end || self.text[np] != c) {
                            np -= 1;
                        }
                    }
                    if np > min_pos {
                        self.stack.push(Bt::OneGreedy {
                            pc,
                            min_pos,
                            pos: np,
                        });
                    }
                    return Some((pc, np));
                }
                Bt::OneLazy { pc, count, pos } => {
                    if let Inst::RepOne { one, max, .. } = self.prog.insts[pc] {
                        if (max == INF || count < max as usize)
                            && pos < self.end
                            && self.prog.one_matches(one, self.text[pos])
                        {
                            if max == INF || count + 1 < max as usize {
                                self.stack.push(Bt::OneLazy {
                                    pc,
                                    count: count + 1,
                                    pos: pos + 1,
                                });
                            }
                            return Some((pc + 1, pos + 1));
                        }
                    }
                }
            }
        }
        None
    }

    /// Runs the program from `start`. Returns the match end.
    fn run(&mut self, start: usize) -> Option<usize> {
        let prog = self.prog;
        let text = self.text;
        let end = self.end;
        let mut pc = 0usize;
        let mut pos = start;
        loop {
            let ok = match prog.insts[pc] {
                Inst::Match => {
                    if (self.full && pos != end) || (pos == start && self.not_empty_at == start) {
                        false
                    } else {
                        return Some(pos);
                    }
                }
                Inst::One(o) => {
                    if pos < end && prog.one_matches(o, text[pos]) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a) => {
                    if self.assert(a, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Branch { pc: b, pos });
                    pc = a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = t;
                    true
                }
                Inst::Save(s) => {
                    self.set_slot(s, pos);
                    pc += 1;
                    true
                }
                Inst::Backref { group, fold } => {
                    let (s, e) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if s == NONE || e == NONE {
                        false
                    } else {
                        let len = e.saturating_sub(s);
                        if pos + len > end {
                            false
                        } else if (0..len).all(|k| fold_eq(text[s + k], text[pos + k], fold)) {
                            pos += len;
                            pc += 1;
                            true
                        } else {
                            false
                        }
                    }
                }
                Inst::RepInit(reg) => {
                    self.set_reg(reg, 0, NONE);
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let (count, last) = self.regs[reg];
                    if count < min as usize {
                        self.set_reg(reg, count + 1, last);
                        pc += 1;
                    } else if (max == INF || count < max as usize) && pos != last {
                        if greedy {
                            self.stack.push(Bt::Branch { pc: exit, pos });
                            self.set_reg(reg, count + 1, pos);
                            pc += 1;
                        } else {
                            self.stack.push(Bt::LazyIter { pc, pos });
                            pc = exit;
                        }
                    } else {
                        pc = exit;
                    }
                    true
                }
                Inst::RepOne {
                    one,
                    min,
                    max,
                    kind,
                } => {
                    let limit = if max == INF {
                        end
                    } else {
                        end.min(pos.saturating_add(max as usize))
                    };
                    let minp = pos.saturating_add(min as usize);
                    if minp > end {
                        false
                    } else {
                        match kind {
                            RepKind::Greedy | RepKind::Possessive => {
                                let mut p = pos;
                                while p < limit && prog.one_matches(one, text[p]) {
                                    p += 1;
                                }
                                if p < minp {
                                    false
                                } else {
                                    if kind == RepKind::Greedy && p > minp {
                                        self.stack.push(Bt::OneGreedy {
                                            pc: pc + 1,
                                            min_pos: minp,
                                            pos: p,
                                        });
                                    }
                                    pos = p;
                                    pc += 1;
                                    true
                                }
                            }
                            RepKind::Lazy => {
                                let mut p = pos;
                                while p < minp && prog.one_matches(one, text[p]) {
                                    p += 1;
                                }
                                if p < minp {
                                    false
                                } else {
                                    if max == INF || (min as usize) < max as usize {
                                        self.stack.push(Bt::OneLazy {
                                            pc,
                                            count: min as usize,
                                            pos: p,
                                        });
                                    }
                                    pos = p;
                                    pc += 1;
                                    true
                                }
                            }
                        }
                    }
                }
                Inst::AtomicStart => {
                    self.stack.push(Bt::Barrier {
                        look: false,
                        neg: false,
                        pos,
                        cont: 0,
                    });
                    pc += 1;
                    true
                }
                Inst::AtomicEnd => {
                    self.cut_to_barrier();
                    pc += 1;
                    true
                }
                Inst::LookStart { neg, behind, cont } => {
                    let body_pos = match behind {
                        None => Some(pos),
                        Some(w) => pos.checked_sub(w),
                    };
                    match body_pos {
                        None => {
                            if neg {
                                pc = cont;
                                true
                            } else {
                                false
                            }
                        }
                        Some(bp) => {
                            self.stack.push(Bt::Barrier {
                                look: true,
                                neg,
                                pos,
                                cont,
                            });
                            pos = bp;
                            pc += 1;
                            true
                        }
                    }
                }
                Inst::LookEnd => {
                    // the body matched
                    let mut idx = self.stack.len();
                    let mut is_neg = false;
                    while idx > 0 {
                        idx -= 1;
                        if let Bt::Barrier { neg, .. } = self.stack[idx] {
                            is_neg = neg;
                            break;
                        }
                    }
                    if is_neg {
                        self.unwind_to_barrier();
                        false
                    } else {
                        let (_, _, p, cont) = self.cut_to_barrier();
                        pos = p;
                        pc = cont;
                        true
                    }
                }
                Inst::GroupExists { group, no } => {
                    if self.slots[2 * group] != NONE && self.slots[2 * group + 1] != NONE {
                        pc += 1;
                    } else {
                        pc = no;
                    }
                    true
                }
            };
            if !ok {
                match self.backtrack() {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => return None,
                }
            }
        }
    }
}

/// Runs `prog` on `text[..end]` (characters after `end` are never read as
/// subject characters).
pub fn exec(
    prog: &Prog,
    text: &[u32],
    end: usize,
    pos: usize,
    mode: Anchor,
    must_advance: bool,
) -> Option<Captures> {
    let mut vm = Vm {
        prog,
        text,
        end,
        slots: vec![NONE; prog.nslots],
        regs: vec![(0, NONE); prog.nregs],
        lastindex: 0,
        stack: Vec::new(),
        full: mode == Anchor::FullMatch,
        not_empty_at: if must_advance { pos } else { NONE },
    };
    let mut start = pos;
    loop {
        if mode == Anchor::Search {
            if prog.anchored_start && start > 0 {
                return None;
            }
            if let Some(c) = prog.first_char {
                match text[start..end].iter().position(|&x| x == c) {
                    Some(k) => start += k,
                    None => return None,
                }
            } else if let Some(o) = prog.first_one {
                match text[start..end]
                    .iter()
                    .position(|&x| prog.one_matches(o, x))
                {
                    Some(k) => start += k,
                    None => return None,
                }
            }
        }
        // A failed run unwinds the whole backtrack stack, which restores every
        // slot/register/lastindex to its initial value: no reset needed.
        debug_assert!(vm.stack.is_empty() && vm.lastindex == 0);
        if let Some(e) = vm.run(start) {
            let ng = prog.nslots / 2;
            let mut spans = Vec::with_capacity(ng);
            spans.push(Some((start, e)));
            for g in 1..ng {
                let (s, t) = (vm.slots[2 * g], vm.slots[2 * g + 1]);
                spans.push(if s != NONE && t != NONE {
                    Some((s, t))
                } else {
                    None
                });
            }
            return Some(Captures {
                spans,
                lastindex: if vm.lastindex == 0 {
                    None
                } else {
                    Some(vm.lastindex)
                },
            });
        }
        if mode != Anchor::Search || start >= end {
            return None;
        }
        start += 1;
    }
}
