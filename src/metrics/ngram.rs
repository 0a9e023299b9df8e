//! N-gram counting shared by BLEU and chrF: every n-gram gets a small dense id, so counting
//! and matching are array operations. An n-gram's id is interned from the pair (id of its
//! first n-1 items, id of its last item), which makes ids exact (no hash collisions can merge
//! two n-grams) for any order. A fast multiplicative hasher keeps the interning cheap; the
//! tables are reused from segment to segment on each thread.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher (multiply-rotate, as rustc's FxHasher) for integer
/// keys and short strings we produce ourselves.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Marks an n-gram that is not in the table (a reference n-gram the hypothesis lacks).
pub(crate) const ABSENT: u32 = u32::MAX;

/// Interns unigram keys and (prefix id, last item) pairs into dense ids.
#[derive(Default)]
pub(crate) struct Interner {
    map: FastMap<u64, u32>,
}

impl Interner {
    /// Forgets every id (keeps the memory).
    pub(crate) fn clear(&mut self) {
        self.map.clear();
    }

    /// Number of ids handed out.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    #[inline]
    fn key(prefix: Option<u32>, item: u32) -> u64 {
        match prefix {
            None => u64::from(item),
            // Pair keys sit above 2^32, away from the unigram keys.
            Some(p) => ((u64::from(p) + 1) << 32) | u64::from(item),
        }
    }

    /// The id of the n-gram (prefix, item), adding it if new.
    #[inline]
    pub(crate) fn intern(&mut self, prefix: Option<u32>, item: u32) -> u32 {
        let next = self.map.len() as u32;
        *self.map.entry(Self::key(prefix, item)).or_insert(next)
    }

    /// The id of the n-gram (prefix, item), or [`ABSENT`] if it was never interned.
    #[inline]
    pub(crate) fn lookup(&self, prefix: Option<u32>, item: u32) -> u32 {
        if prefix == Some(ABSENT) {
            return ABSENT;
        }
        self.map
            .get(&Self::key(prefix, item))
            .copied()
            .unwrap_or(ABSENT)
    }
}

/// The ids of all n-grams of orders 1..=max over `items`, order by order: `levels[n-1]` holds
/// the ids of the n-grams of order n, in position order. With `add` false, n-grams missing from
/// the table get [`ABSENT`] (and so do their extensions).
pub(crate) fn ngram_ids(
    interner: &mut Interner,
    items: &[u32],
    max: usize,
    add: bool,
    levels: &mut Vec<Vec<u32>>,
) {
    levels.resize_with(max.max(levels.len()), Vec::new);
    for l in levels.iter_mut() {
        l.clear();
    }
    for n in 1..=max {
        let (done, rest) = levels.split_at_mut(n - 1);
        let cur = &mut rest[0];
        if items.len() < n {
            break;
        }
        for i in 0..=items.len() - n {
            let prefix = if n == 1 { None } else { Some(done[n - 2][i]) };
            let item = items[i + n - 1];
            let id = if add {
                interner.intern(prefix, item)
            } else {
                interner.lookup(prefix, item)
            };
            cur.push(id);
        }
    }
}

/// Matches of `ref_ids` against the hypothesis counts in `counts` (indexed by id):
/// Σ over n-grams of min(hyp count, ref count). `counts` is restored before returning.
pub(crate) fn clipped_matches(counts: &mut [u32], ref_ids: &[u32], undo: &mut Vec<u32>) -> u64 {
    let mut matched = 0u64;
    undo.clear();
    for &id in ref_ids {
        if id != ABSENT && counts[id as usize] > 0 {
            counts[id as usize] -= 1;
            undo.push(id);
            matched += 1;
        }
    }
    for &id in undo.iter() {
        counts[id as usize] += 1;
    }
    matched
}

/// Dense ids for the words of one segment (hypothesis and references share the table).
#[derive(Default)]
pub(crate) struct WordIds<'a> {
    map: FastMap<&'a str, u32>,
}

impl<'a> WordIds<'a> {
    /// The id of `w`, adding it if new.
    pub(crate) fn id(&mut self, w: &'a str) -> u32 {
        let next = self.map.len() as u32;
        *self.map.entry(w).or_insert(next)
    }
}
