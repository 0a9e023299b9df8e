//! N-gram matching shared by BLEU and chrF. The items of a segment (characters or words) are
//! first numbered 1, 2, 3... within the segment (hypothesis and references share the
//! numbering). Then every position starts a window of the next `max` items, packed into one
//! integer, most significant item first (0 past the end). Sorting the windows of a side sorts
//! its n-grams of every order at once (an n-gram is a prefix of the packed window), so one sort
//! per side and one merge walk per order count Σ min(hyp count, ref count) exactly, with no
//! hashing per n-gram. Windows are packed in a `u64` or, when they do not fit, a `u128`; orders
//! too long even for that fall back to interning n-grams into dense ids (pairs of prefix id and
//! last item). Buffers are reused from segment to segment on each thread.

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

/// Dense ids for the words of one segment (hypothesis and references share the table).
#[derive(Default)]
pub(crate) struct WordIds<'a> {
    map: FastMap<&'a str, u32>,
}

impl<'a> WordIds<'a> {
    /// An empty table with room for `n` words.
    pub(crate) fn with_capacity(n: usize) -> Self {
        WordIds {
            map: FastMap::with_capacity_and_hasher(n, Default::default()),
        }
    }

    /// How many words are numbered.
    pub(crate) fn len(&self) -> u32 {
        self.map.len() as u32
    }

    /// The id of `w` (from 0), adding it if new.
    pub(crate) fn id(&mut self, w: &'a str) -> u32 {
        let next = self.map.len() as u32;
        *self.map.entry(w).or_insert(next)
    }
}

/// A packed window of items (`u64` or `u128`).
trait Key: Copy + Ord + Default {
    const WIDTH: u32;
    fn push(self, bits: u32, item: u32) -> Self;
    fn mask(self, used: u32) -> Self;
    fn leading_zeros_of_xor(self, other: Self) -> u32;
    fn trailing_zeros(self) -> u32;
}

macro_rules! impl_key {
    ($t:ty) => {
        impl Key for $t {
            const WIDTH: u32 = <$t>::BITS;
            #[inline]
            fn push(self, bits: u32, item: u32) -> Self {
                (self << bits) | <$t>::from(item)
            }
            #[inline]
            fn mask(self, used: u32) -> Self {
                if used >= <$t>::BITS {
                    self
                } else {
                    self & ((1 << used) - 1)
                }
            }
            #[inline]
            fn leading_zeros_of_xor(self, other: Self) -> u32 {
                (self ^ other).leading_zeros()
            }
            #[inline]
            fn trailing_zeros(self) -> u32 {
                <$t>::trailing_zeros(self)
            }
        }
    };
}
impl_key!(u64);
impl_key!(u128);

/// The sorted packed windows of `items` (each item in 1..2^bits), rolling one item in at a
/// time.
fn windows<K: Key>(items: &[u32], max: usize, bits: u32, out: &mut Vec<K>) {
    out.clear();
    out.reserve(items.len());
    let used = bits * max as u32;
    let mut k = K::default();
    for (j, &item) in items
        .iter()
        .chain(std::iter::repeat_n(&0, max - 1))
        .enumerate()
    {
        k = k.push(bits, item).mask(used);
        if j + 1 >= max {
            out.push(k);
        }
    }
    out.sort_unstable();
}

/// Per-order state of the run of equal n-grams being counted: where it started in the
/// hypothesis and reference windows, and whether its windows are long enough to hold an
/// n-gram of that order (all windows of a run agree on that).
#[derive(Clone, Copy, Default)]
struct Run {
    hyp_start: u32,
    ref_start: u32,
    valid: bool,
}

/// Merges the sorted hypothesis and reference windows and calls
/// `f(order_index, group, hyp_count, ref_count)` once for every distinct hypothesis n-gram of
/// every order. Equal n-grams of order n are consecutive windows sharing their first n items,
/// so a run of order n ends where a window shares fewer items with the one before; the counts
/// are the windows consumed on each side during the run. `group` (the index of the run's
/// first hypothesis window in `h`) names the n-gram the same way for every reference.
fn walk<K: Key>(
    h: &[K],
    r: &[K],
    max: usize,
    bits: u32,
    runs: &mut Vec<Run>,
    f: &mut impl FnMut(usize, u32, u32, u32),
) {
    let unused = K::WIDTH - bits * max as u32;
    // x / bits for x <= 128 as a multiply and shift (exact there: the rounding error of the
    // reciprocal stays below 128/2^16 < 1/bits); a division per window costs more than the rest.
    let recip = (1u32 << 16).div_ceil(bits);
    let slots = |x: u32| ((x * recip) >> 16) as usize;
    runs.clear();
    runs.resize(max, Run::default());
    let (mut i, mut j) = (0usize, 0usize);
    let mut prev: Option<K> = None;
    loop {
        let next = if i < h.len() && (j >= r.len() || h[i] <= r[j]) {
            Some((h[i], true))
        } else if j < r.len() {
            Some((r[j], false))
        } else {
            None
        };
        // Items shared with the previous window: runs of longer orders end here.
        let common = match (prev, next) {
            (Some(p), Some((k, _))) if p == k => max,
            (Some(p), Some((k, _))) => slots(p.leading_zeros_of_xor(k) - unused),
            _ => 0,
        };
        if common < max {
            // The next window's length: trailing all-zero slots are past the end of the text.
            let len = next.map_or(0, |(k, _)| max - slots(k.trailing_zeros()));
            for (n, run) in runs.iter_mut().enumerate().skip(common) {
                let hc = i as u32 - run.hyp_start;
                if prev.is_some() && run.valid && hc > 0 {
                    f(n, run.hyp_start, hc, j as u32 - run.ref_start);
                }
                *run = Run {
                    hyp_start: i as u32,
                    ref_start: j as u32,
                    valid: len > n,
                };
            }
        }
        match next {
            None => break,
            Some((k, from_hyp)) => {
                if from_hyp {
                    i += 1;
                } else {
                    j += 1;
                }
                prev = Some(k);
            }
        }
    }
}

/// Matches one hypothesis against references, order by order.
#[derive(Default)]
pub(crate) struct Matcher {
    max: usize,
    bits: u32,
    h64: Vec<u64>,
    r64: Vec<u64>,
    h128: Vec<u128>,
    r128: Vec<u128>,
    runs: Vec<Run>,
    // Fallback: interned n-gram ids.
    interner: Interner,
    levels: Vec<Vec<u32>>,
    ref_levels: Vec<Vec<u32>>,
    counts: Vec<u32>,
    /// Per order: the distinct hypothesis n-gram ids and their counts.
    groups: Vec<Vec<(u32, u32)>>,
}

impl Matcher {
    /// Bits of a packed window.
    fn need(&self) -> u64 {
        u64::from(self.bits) * self.max as u64
    }

    /// Prepares the hypothesis `items` (ids in 1..=alphabet, shared with the references) for
    /// orders 1..=max.
    pub(crate) fn set_hyp(&mut self, items: &[u32], max: usize, alphabet: u32) {
        self.max = max;
        self.bits = (32 - alphabet.leading_zeros()).max(1);
        if max == 0 {
            return;
        }
        let need = self.need();
        if need <= u64::BITS.into() {
            windows(items, max, self.bits, &mut self.h64);
        } else if need <= u128::BITS.into() {
            windows(items, max, self.bits, &mut self.h128);
        } else {
            self.interner.clear();
            ngram_ids(&mut self.interner, items, max, true, &mut self.levels);
            self.counts.clear();
            self.counts.resize(self.interner.len(), 0);
            self.groups.resize_with(max, Vec::new);
            for (n, level) in self.levels[..max].iter().enumerate() {
                self.groups[n].clear();
                for &id in level {
                    if self.counts[id as usize] == 0 {
                        self.groups[n].push((id, 0));
                    }
                    self.counts[id as usize] += 1;
                }
                for g in &mut self.groups[n] {
                    g.1 = self.counts[g.0 as usize];
                }
            }
        }
    }

    /// Calls `f(order_index, group, hyp_count, ref_count)` once for every distinct hypothesis
    /// n-gram; `group` (below the hypothesis length) names the n-gram of that order the same way
    /// for every reference of the hypothesis.
    pub(crate) fn compare(&mut self, ref_items: &[u32], mut f: impl FnMut(usize, u32, u32, u32)) {
        let (max, bits) = (self.max, self.bits);
        if max == 0 {
            return;
        }
        let need = self.need();
        if need <= u64::BITS.into() {
            windows(ref_items, max, bits, &mut self.r64);
            walk(&self.h64, &self.r64, max, bits, &mut self.runs, &mut f);
        } else if need <= u128::BITS.into() {
            windows(ref_items, max, bits, &mut self.r128);
            walk(&self.h128, &self.r128, max, bits, &mut self.runs, &mut f);
        } else {
            ngram_ids(
                &mut self.interner,
                ref_items,
                max,
                false,
                &mut self.ref_levels,
            );
            self.counts.iter_mut().for_each(|c| *c = 0);
            for level in &self.ref_levels[..max] {
                for &id in level.iter().filter(|&&id| id != ABSENT) {
                    self.counts[id as usize] += 1;
                }
            }
            for (n, groups) in self.groups[..max].iter().enumerate() {
                for (g, &(id, hc)) in groups.iter().enumerate() {
                    f(n, g as u32, hc, self.counts[id as usize]);
                }
            }
        }
    }
}

/// Numbers the characters of a segment 1, 2, 3... (shared by hypothesis and references).
pub(crate) struct Alphabet {
    ascii: [u32; 128],
    touched: Vec<u8>,
    other: FastMap<u32, u32>,
    next: u32,
}

impl Default for Alphabet {
    fn default() -> Self {
        Alphabet {
            ascii: [0; 128],
            touched: Vec::new(),
            other: FastMap::default(),
            next: 0,
        }
    }
}

impl Alphabet {
    /// Forgets the numbering.
    pub(crate) fn clear(&mut self) {
        for &b in &self.touched {
            self.ascii[b as usize] = 0;
        }
        self.touched.clear();
        self.other.clear();
        self.next = 0;
    }

    /// The number of `c`, from 1.
    #[inline]
    pub(crate) fn id(&mut self, c: char) -> u32 {
        let c = c as u32;
        if c < 128 {
            let slot = &mut self.ascii[c as usize];
            if *slot == 0 {
                self.next += 1;
                *slot = self.next;
                self.touched.push(c as u8);
            }
            *slot
        } else {
            let next = self.next + 1;
            let id = *self.other.entry(c).or_insert(next);
            if id == next {
                self.next = next;
            }
            id
        }
    }

    /// How many characters are numbered.
    pub(crate) fn len(&self) -> u32 {
        self.next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (order, hyp count, ref count) triples, sorted, for one alphabet size (which picks the
    /// u64, u128 or interning path).
    fn triples(h: &[u32], r: &[u32], max: usize, alphabet: u32) -> Vec<(usize, u32, u32)> {
        let mut m = Matcher::default();
        m.set_hyp(h, max, alphabet);
        let mut out = Vec::new();
        m.compare(r, |n, _, hc, rc| out.push((n, hc, rc)));
        out.sort_unstable();
        out
    }

    #[test]
    fn packed_and_interned_paths_agree() {
        let h = [1, 2, 3, 1, 2, 3, 4, 1, 2, 5, 5, 5];
        let r = [2, 3, 1, 2, 5, 5, 1, 2, 3, 4, 6];
        for max in [1, 2, 4, 6] {
            let small = triples(&h, &r, max, 6);
            assert_eq!(small, triples(&h, &r, max, 1 << 20), "u128, order {max}");
            assert_eq!(
                small,
                triples(&h, &r, max, u32::MAX),
                "interned, order {max}"
            );
        }
        // Unigram "5": three in the hypothesis, two in the reference.
        assert!(triples(&h, &r, 1, 6).contains(&(0, 3, 2)));
    }

    #[test]
    fn reciprocal_division_is_exact_for_window_widths() {
        for bits in 1..=32u32 {
            let recip = (1u32 << 16).div_ceil(bits);
            for x in 0..=128u32 {
                assert_eq!((x * recip) >> 16, x / bits, "{x} / {bits}");
            }
        }
    }

    #[test]
    fn alphabet_numbers_from_one_and_forgets() {
        let mut a = Alphabet::default();
        assert_eq!((a.id('a'), a.id('é'), a.id('a')), (1, 2, 1));
        a.clear();
        assert_eq!((a.id('é'), a.len()), (1, 1));
    }
}
