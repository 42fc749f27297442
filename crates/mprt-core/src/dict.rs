//! `DictData`: an insertion-ordered hash map of Python values.
//!
//! Entries live in a vector in insertion order (deleted slots become `None`
//! and are compacted when they exceed half the vector); a `hashbrown`
//! `HashTable` maps hashes to entry indices. Key comparison is done by the
//! caller through a closure so that user `__eq__` methods can run; the map
//! itself never calls back into Python.
//!
//! Sets use the same structure in *set layout* (see [`DictData::new_set`]):
//! the entry vector is then laid out exactly like CPython's open-addressing
//! set table (same slot choice, probing, dummies and resizing), so that
//! iteration — and so `repr`, `pop` and `list(s)` — follows CPython's order
//! for values whose hashes match CPython's (ints, floats, tuples of them).

use crate::value::Value;
use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashTable;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    /// The key's Python hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// An ordered hash map.
#[derive(Clone, Default)]
pub struct DictData {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
    /// Present for sets: the CPython set-table bookkeeping.
    set: Option<Box<SetLayout>>,
}

/// Bookkeeping of a set table laid out like CPython's (`Objects/setobject.c`).
///
/// In set layout `entries` is the table itself (a power-of-two length, or
/// empty for a not yet allocated 8-slot table); a free slot is `None` and
/// not marked in `dummy`; a deleted slot is `None` and marked.
#[derive(Clone, Default)]
struct SetLayout {
    /// Active plus dummy slots (CPython's `fill`).
    fill: usize,
    /// Where `pop` starts looking (CPython's `finger`).
    finger: usize,
    /// One flag per slot: deleted entry.
    dummy: Vec<bool>,
}

/// CPython probes this many neighbouring slots before jumping.
const LINEAR_PROBES: usize = 9;
/// CPython's `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;
/// CPython's `PySet_MINSIZE`.
const SET_MINSIZE: usize = 8;

/// The next probe start after a run of linear probes from `i` (CPython's
/// perturbed `i * 5 + 1 + perturb`; `perturb` is shifted first).
#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// The `minused` CPython resizes to when a set table fills up or sheds dummies.
#[inline]
fn set_grow_target(used: usize) -> usize {
    if used > 50000 {
        used * 2
    } else {
        used * 4
    }
}

impl DictData {
    /// An empty map.
    pub fn new() -> DictData {
        DictData::default()
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Indices of the entries whose hash equals `hash` (candidates for the caller's equality test).
    pub fn candidates(&self, hash: i64) -> impl Iterator<Item = usize> + '_ {
        self.index
            .iter_hash(hash as u64)
            .copied()
            .filter(move |&i| matches!(&self.entries[i], Some(e) if e.hash == hash))
    }

    /// Find an entry with `eq` deciding key equality (`eq` must not touch this map).
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match &entries[i] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .copied()
    }

    /// The entry at a slot index returned by [`find`](Self::find)/[`candidates`](Self::candidates).
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Mutable access to the value at a slot index.
    #[inline]
    pub fn value_mut(&mut self, i: usize) -> Option<&mut Value> {
        self.entries
            .get_mut(i)
            .and_then(|e| e.as_mut())
            .map(|e| &mut e.value)
    }

    /// Append a new entry (the caller has checked the key is absent).
    /// In set layout the entry goes where CPython's `set_add_entry` puts it.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        if self.set.is_some() {
            self.set_add(Entry { hash, key, value });
            return;
        }
        let i = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, i, |&j| {
            entries[j].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    /// Remove the entry at slot `i`, returning it.
    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(occ) = self.index.find_entry(e.hash as u64, |&j| j == i) {
            occ.remove();
        }
        self.len -= 1;
        if let Some(layout) = &mut self.set {
            layout.dummy[i] = true;
            return Some(e);
        }
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = core::mem::take(&mut self.entries);
        self.index.clear();
        for e in old.into_iter().flatten() {
            let i = self.entries.len();
            self.entries.push(Some(e));
            let entries = &self.entries;
            let h = entries[i].as_ref().map_or(0, |e| e.hash as u64);
            self.index
                .insert_unique(h, i, |&j| entries[j].as_ref().map_or(0, |e| e.hash as u64));
        }
    }

    /// Remove everything.
    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
        if let Some(layout) = &mut self.set {
            layout.fill = 0;
            layout.dummy.clear();
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().flatten()
    }

    /// Total slots (live and deleted): a bound for [`entry_from`](Self::entry_from) iteration.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The first live entry at or after slot `i`, with its slot index (for iterators that must
    /// survive mutation between steps).
    pub fn entry_from(&self, mut i: usize) -> Option<(usize, &Entry)> {
        while i < self.entries.len() {
            if let Some(e) = &self.entries[i] {
                return Some((i, e));
            }
            i += 1;
        }
        None
    }

    /// The last live entry strictly before slot `i`, with its slot index
    /// (reversed dict iterators).
    pub fn entry_before(&self, i: usize) -> Option<(usize, &Entry)> {
        let mut i = i.min(self.entries.len());
        while i > 0 {
            i -= 1;
            if let Some(e) = &self.entries[i] {
                return Some((i, e));
            }
        }
        None
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }

    /// Remove and return the first entry.
    pub fn pop_first(&mut self) -> Option<Entry> {
        let i = self.entries.iter().position(|e| e.is_some())?;
        self.remove_at(i)
    }

    /// Move the entry at slot `i` to the end (OrderedDict.move_to_end).
    pub fn move_to_end(&mut self, i: usize) {
        if let Some(e) = self.remove_at(i) {
            self.push(e.hash, e.key, e.value);
        }
    }

    // ----- set layout --------------------------------------------------------

    /// An empty set in set layout (CPython's table order).
    pub fn new_set() -> DictData {
        DictData {
            set: Some(Box::default()),
            ..DictData::default()
        }
    }

    /// This map's keys as a set in set layout, inserted one by one in the
    /// current order (a no-op when already in set layout).
    pub fn into_set_layout(self) -> DictData {
        if self.set.is_some() {
            return self;
        }
        let mut out = DictData::new_set();
        for e in self.entries.into_iter().flatten() {
            out.set_add(e);
        }
        out
    }

    /// CPython's `mask` (table size - 1); an unallocated table counts as 8 slots.
    fn set_mask(&self) -> usize {
        self.entries.len().max(SET_MINSIZE) - 1
    }

    fn set_fill(&self) -> usize {
        self.set.as_ref().map_or(self.len, |l| l.fill)
    }

    /// Allocate the 8-slot table on first use.
    fn set_alloc(&mut self) {
        if self.entries.is_empty() {
            self.entries.resize(SET_MINSIZE, None);
            if let Some(l) = &mut self.set {
                l.dummy.clear();
                l.dummy.resize(SET_MINSIZE, false);
            }
        }
    }

    /// Put `e` into slot `i` and index it.
    fn set_place(&mut self, i: usize, e: Entry) {
        let h = e.hash as u64;
        self.entries[i] = Some(e);
        let entries = &self.entries;
        self.index
            .insert_unique(h, i, |&j| entries[j].as_ref().map_or(0, |e| e.hash as u64));
    }

    /// CPython's `set_add_entry` for a key known to be absent.
    fn set_add(&mut self, e: Entry) {
        self.set_alloc();
        let mask = self.entries.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        let mut freeslot = None;
        let slot = 'found: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if self.entries[j].is_none() {
                    let is_dummy = self.set.as_ref().is_some_and(|l| l.dummy[j]);
                    if !is_dummy {
                        break 'found j;
                    }
                    // CPython 3.11 keeps the *last* dummy met on the probe path.
                    freeslot = Some(j);
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.len += 1;
        if let Some(f) = freeslot {
            if let Some(l) = &mut self.set {
                l.dummy[f] = false;
            }
            self.set_place(f, e);
            return;
        }
        self.set_place(slot, e);
        let fill = {
            let l = self.set.as_mut().expect("set layout");
            l.fill += 1;
            l.fill
        };
        if fill * 5 >= mask * 3 {
            self.set_resize(set_grow_target(self.len));
        }
    }

    /// CPython's `set_insert_clean`: place into a table without dummies.
    fn set_insert_clean(&mut self, e: Entry) {
        let mask = self.entries.len() - 1;
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        let slot = 'found: loop {
            if self.entries[i].is_none() {
                break 'found i;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if self.entries[j].is_none() {
                        break 'found j;
                    }
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        self.set_place(slot, e);
    }

    /// CPython's `set_table_resize`: a fresh table with room for `minused`,
    /// live entries re-inserted in slot order.
    fn set_resize(&mut self, minused: usize) {
        let mut size = SET_MINSIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = core::mem::take(&mut self.entries);
        self.entries.resize(size, None);
        self.index.clear();
        if let Some(l) = &mut self.set {
            l.dummy.clear();
            l.dummy.resize(size, false);
            l.fill = self.len;
        }
        for e in old.into_iter().flatten() {
            self.set_insert_clean(e);
        }
    }

    /// Before adding `extra` keys in bulk: CPython's one big resize
    /// (`set_merge` and `set_update_internal` for dicts).
    pub fn set_reserve(&mut self, extra: usize) {
        if (self.set_fill() + extra) * 5 >= self.set_mask() * 3 {
            self.set_resize((self.len + extra) * 2);
        }
    }

    /// CPython's `set_merge` fast paths into a set without any slot used
    /// (after [`set_reserve`](Self::set_reserve)): returns false when the
    /// caller must add `other`'s keys one by one (in [`iter`](Self::iter) order).
    pub fn set_merge_clean(&mut self, other: &DictData) -> bool {
        if other.len == 0 {
            return true;
        }
        if self.set_fill() != 0 {
            return false;
        }
        self.set_alloc();
        let same_shape = other.set.is_some()
            && self.entries.len() == other.entries.len()
            && other.set_fill() == other.len;
        if same_shape {
            self.entries.clone_from(&other.entries);
            self.index = other.index.clone();
        } else {
            for e in other.entries.iter().flatten() {
                self.set_insert_clean(e.clone());
            }
        }
        self.len = other.len;
        if let Some(l) = &mut self.set {
            l.fill = other.len;
        }
        true
    }

    /// CPython's `set_copy` of this set (a new table, merged in).
    pub fn set_copy(&self) -> DictData {
        let mut out = DictData::new_set();
        out.set_reserve(self.len);
        if !out.set_merge_clean(self) {
            for e in self.iter() {
                out.set_add(e.clone());
            }
        }
        out
    }

    /// After removing keys in bulk: CPython drops dummies when more than a
    /// quarter of the table is dummies (`set_difference_update`).
    pub fn set_shrink_dummies(&mut self) {
        if self.set_fill() - self.len > self.set_mask() / 4 {
            self.set_resize(set_grow_target(self.len));
        }
    }

    /// Where `pop` starts looking; CPython keeps it across `clear` and the
    /// table swaps of `intersection_update`, so callers replacing a set's
    /// data carry it over with [`set_set_finger`](Self::set_set_finger).
    pub fn set_finger(&self) -> usize {
        self.set.as_ref().map_or(0, |l| l.finger)
    }

    /// Set the `pop` start position (see [`set_finger`](Self::set_finger)).
    pub fn set_set_finger(&mut self, finger: usize) {
        if let Some(l) = &mut self.set {
            l.finger = finger;
        }
    }

    /// CPython's `set.pop`: the first live slot from the finger on.
    pub fn set_pop(&mut self) -> Option<Entry> {
        if self.len == 0 {
            return None;
        }
        let mask = self.entries.len() - 1;
        let mut i = self.set_finger() & mask;
        while self.entries[i].is_none() {
            i = (i + 1) & mask;
        }
        let e = self.remove_at(i);
        if let Some(l) = &mut self.set {
            l.finger = i + 1;
        }
        e
    }

    /// CPython's `frozenset.__hash__` over the keys' hashes (order independent).
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for e in self.iter() {
            hash ^= shuffle(e.hash as u64);
        }
        hash ^= (self.len as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash as i64
    }
}
