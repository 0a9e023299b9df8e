//! Names of people, organisations and places in one side of a unit: places and organisations
//! from the exonym gazetteer (`lexicon::exonyms`), read as concepts that are the same in every
//! language, and runs of capitalised Latin-script words that may be a person's or an
//! organisation's name. What counts as an error is left to the `entity/*` checks.

use std::ops::Range;

use super::Lang;
use crate::lexicon::{common, exonyms};

/// What an entity is.
#[derive(Debug, Clone, PartialEq)]
pub enum EntityKind {
    /// A country, city or organisation of the gazetteer, with the concepts it stands for
    /// (`country:US`, `city:Moscow`, `org:UN`).
    /// `is_foreign`: found by another language's names (an English name kept in Indonesian
    /// text), which is weaker evidence that the source names the place.
    /// `in_name`: written inside an organisation's name ("Bank of England", 德国之声), which
    /// names the organisation rather than the place.
    Place {
        concepts: Vec<&'static str>,
        is_foreign: bool,
        in_name: bool,
    },
    /// A run of capitalised Latin-script words ("Konstantin Kilimnik"), titles left out.
    Name,
}

/// A name found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Byte span in the unit text.
    pub span: Range<usize>,
    pub kind: EntityKind,
}

impl Entity {
    /// Whether this is a place found by another language's names.
    pub fn is_foreign(&self) -> bool {
        matches!(
            self.kind,
            EntityKind::Place {
                is_foreign: true,
                ..
            }
        )
    }

    /// Whether this is a place written inside an organisation's name ("Bank of England").
    pub fn is_in_name(&self) -> bool {
        matches!(self.kind, EntityKind::Place { in_name: true, .. })
    }

    /// Whether this is a state or province of the gazetteer (`state:US-FL`). Their names are
    /// also people's more often than countries' are ("Virginia Giuffre", "Joe Montana"), so
    /// the rules about people's names read them as names, as they did before states were places.
    pub fn is_state(&self) -> bool {
        self.concepts()
            .first()
            .is_some_and(|c| c.starts_with("state:"))
    }

    /// The concepts of a gazetteer place (empty for a plain name).
    pub fn concepts(&self) -> &[&'static str] {
        match &self.kind {
            EntityKind::Place { concepts, .. } => concepts,
            EntityKind::Name => &[],
        }
    }
}

/// Finds the names in `text`, in text order.
pub fn extract(text: &str, lang: Lang) -> Vec<Entity> {
    let mut out: Vec<Entity> = exonyms::find(text, lang)
        .into_iter()
        .map(|m| Entity {
            kind: EntityKind::Place {
                concepts: m.concepts,
                is_foreign: m.is_foreign,
                in_name: is_in_organisation_name(text, &m.span, lang),
            },
            span: m.span,
        })
        .collect();
    out.extend(name_runs(text, lang).into_iter().map(|span| Entity {
        span,
        kind: EntityKind::Name,
    }));
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out
}

/// Words that join an organisation's head word to the place in its name ("Bank of England",
/// "Banque de France").
const NAME_JOINERS: &[&str] = &["of", "de", "du", "des", "di"];

/// Whether the place at `span` of `text` is written inside an organisation's name: next to a
/// head word of such names in the same run of capitalised words ("Bank of England",
/// "Universitas Indonesia", "China Daily"), before it in Arabic ("بنك انجلترا"), or followed by
/// a Chinese or Japanese organisation ending (德国之声, 日本航空). English head words count in
/// every Latin-script text: Indonesian news keeps English names ("Bank of America").
pub fn is_in_organisation_name(text: &str, span: &Range<usize>, lang: Lang) -> bool {
    let (Some(before), Some(after)) = (text.get(..span.start), text.get(span.end..)) else {
        return false;
    };
    let is_head = |word: &str| {
        let key = exonyms::fold(word);
        exonyms::is_organisation_word(lang, &key) || exonyms::is_organisation_word(Lang::En, &key)
    };
    match lang {
        Lang::Zh | Lang::Ja if after.starts_with(|c: char| !c.is_ascii()) => {
            exonyms::starts_with_organisation_ending(lang, after)
        }
        Lang::Ar => before
            .split_whitespace()
            .next_back()
            .is_some_and(|w| exonyms::is_organisation_word(Lang::Ar, &exonyms::fold(w))),
        _ => {
            let spaces = |t: &str| !t.is_empty() && t.chars().all(|c| c == ' ');
            // the capitalised word right before (over one joining word) or right after
            let ws_before = words(before);
            let mut prev = ws_before.iter().rev();
            let mut gap_end = before.len();
            let mut cand = prev.next();
            if let Some(w) = cand
                && NAME_JOINERS.contains(&&before[w.clone()])
                && spaces(&before[w.end..gap_end])
            {
                gap_end = w.start;
                cand = prev.next();
            }
            let head_before = cand.is_some_and(|w| {
                let word = &before[w.clone()];
                spaces(&before[w.end..gap_end]) && is_capitalised(word) && is_head(word)
            });
            let head_after = words(after).first().is_some_and(|w| {
                let word = &after[w.clone()];
                spaces(&after[..w.start]) && is_capitalised(word) && is_head(word)
            });
            head_before || head_after
        }
    }
}

/// Words of Latin-script text with their byte spans: runs of letters and digits, with inner
/// hyphens kept ("Al-Assad"); apostrophes split ("Kavanaugh's" -> "Kavanaugh", "s").
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // whether the word's last letter was Arabic: a Latin word run into an Arabic one with no
    // space between ("Westمن", a typo of "West من") is two words
    let mut arabic = false;
    let mut chars = text.char_indices().peekable();
    while let Some((b, c)) = chars.next() {
        let inner_hyphen =
            c == '-' && start.is_some() && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() && !crate::analyse::tokens::is_cjk_char(c) || inner_hyphen {
            let is_arabic = crate::analyse::tokens::is_arabic_char(c);
            if c.is_alphabetic() {
                if let Some(s) = start
                    && is_arabic != arabic
                {
                    out.push(s..b);
                    start = None;
                }
                arabic = is_arabic;
            }
            start.get_or_insert(b);
        } else if let Some(s) = start.take() {
            out.push(s..b);
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// Whether `word` starts with a capital letter and is not an all-capitals acronym.
pub fn is_capitalised(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = letters.next() else {
        return false;
    };
    first.is_uppercase() && (letters.clone().next().is_none() || letters.any(char::is_lowercase))
}

/// Lowercase words that join the parts of a name ("Abdullah bin Zayed", "Van der Sar").
const CONNECTORS: &[&str] = &[
    "bin", "binti", "van", "von", "der", "den", "de", "da", "del", "al",
];

/// Runs of two or more capitalised words with nothing but spaces between them, titles left out
/// ("Presiden Joko Widodo" -> "Joko Widodo"); after a title one word is enough ("Prof Czeisler"
/// -> "Czeisler").
pub fn name_runs(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let ws = words(text);
    let mut runs = Vec::new();
    let mut cur: Vec<Range<usize>> = Vec::new();
    let mut after_title = false;
    let close = |cur: &mut Vec<Range<usize>>, runs: &mut Vec<Range<usize>>, after_title: bool| {
        while cur
            .last()
            .is_some_and(|r| CONNECTORS.contains(&&text[r.clone()]))
        {
            cur.pop();
        }
        if (cur.len() >= 2 || after_title)
            && let (Some(a), Some(b)) = (cur.first(), cur.last())
        {
            runs.push(a.start..b.end);
        }
        cur.clear();
    };
    let mut prev_end: Option<usize> = None;
    for w in ws {
        let word = &text[w.clone()];
        let joined = prev_end.is_some_and(|e| text[e..w.start].chars().all(|c| c == ' '));
        prev_end = Some(w.end);
        if !joined {
            close(&mut cur, &mut runs, after_title);
            after_title = false;
        }
        let is_title = is_capitalised(word) && common::is_title(lang, word);
        if is_title {
            close(&mut cur, &mut runs, after_title);
            after_title = true;
            continue;
        }
        if is_capitalised(word) || (!cur.is_empty() && CONNECTORS.contains(&word)) {
            cur.push(w);
        } else {
            close(&mut cur, &mut runs, after_title);
            after_title = false;
        }
    }
    close(&mut cur, &mut runs, after_title);
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str, lang: Lang) -> Vec<&str> {
        name_runs(text, lang)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn splits_a_latin_word_run_into_an_arabic_one() {
        // "True Westمن": "West" with the Arabic "من" (from) typed without a space
        let text = "مسرحية True Westمن قبل";
        let found: Vec<&str> = words(text).into_iter().map(|w| &text[w]).collect();
        assert_eq!(found, ["مسرحية", "True", "West", "من", "قبل"]);
    }

    #[test]
    fn finds_name_runs_without_titles() {
        assert_eq!(runs("kata Prof Czeisler.", Lang::Id), ["Czeisler"]);
        assert_eq!(
            runs(
                "Presiden Joko Widodo bertemu Mohammed bin Salman.",
                Lang::Id
            ),
            ["Joko Widodo", "Mohammed bin Salman"]
        );
        assert_eq!(
            runs(
                "Judge Brett Kavanaugh's hearing, said Senator Lindsey Graham.",
                Lang::En
            ),
            ["Brett Kavanaugh", "Lindsey Graham"]
        );
    }

    #[test]
    fn splits_at_punctuation_and_acronyms() {
        assert_eq!(
            runs("Paul Manafort, Rudy Giuliani dan FBI", Lang::Id),
            ["Paul Manafort", "Rudy Giuliani"]
        );
    }

    fn in_name(text: &str, lang: Lang) -> Vec<bool> {
        extract(text, lang)
            .iter()
            .filter(|e| !e.concepts().is_empty())
            .map(Entity::is_in_name)
            .collect()
    }

    #[test]
    fn knows_a_place_inside_an_organisations_name() {
        assert_eq!(in_name("the Bank of England said", Lang::En), [true]);
        assert_eq!(in_name("kata Universitas Indonesia", Lang::Id), [true]);
        assert_eq!(in_name("menurut China Daily", Lang::Id), [true]);
        assert_eq!(in_name("la Banque de France", Lang::Fr), [true]);
        assert_eq!(in_name("德国之声报道", Lang::Zh), [true]);
        assert_eq!(in_name("日本航空の便", Lang::Ja), [true]);
        assert_eq!(in_name("قال بنك إنجلترا", Lang::Ar), [true]);
    }

    #[test]
    fn a_place_beside_other_words_is_a_place() {
        assert_eq!(in_name("Presiden Indonesia berkata", Lang::Id), [false]);
        assert_eq!(in_name("the bank of England's river", Lang::En), [false]);
        assert_eq!(in_name("德国政府表示", Lang::Zh), [false]);
        assert_eq!(in_name("the England team", Lang::En), [false]);
    }

    #[test]
    fn finds_places_as_concepts() {
        let es = extract("Pemilu AS dan Rusia", Lang::Id);
        let cs: Vec<&str> = es.iter().flat_map(|e| e.concepts().to_vec()).collect();
        assert_eq!(cs, ["country:US", "country:RU"]);
    }
}
