//! `DictData`: an insertion-ordered hash map of Python values.
//!
//! Entries live in a vector in insertion order (deleted slots become `None`
//! and are compacted when they exceed half the vector); a `hashbrown`
//! `HashTable` maps hashes to entry indices. Key comparison is done by the
//! caller through a closure so that user `__eq__` methods can run; the map
//! itself never calls back into Python.

use crate::value::Value;
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
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
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
}
