//! The number reader's word lists: number words and scale words (`words.txt`), month names
//! (`months.txt`) and the units and percent words read after a number (`units.txt`), parsed
//! once. Reading numbers out of text is `analyse::numbers`' job; this module only loads lists.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::analyse::Lang;

/// What a number word does in a spelled-out number (see the header of `words.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A number: `tiga`, `three`, `vingt`, `三`.
    Num,
    /// An ordinal: `ketiga`, `third`, `troisième`.
    Ord,
    /// Multiplies the number before it: `puluh`, `hundred`, `cent`, `百`.
    Mul,
    /// Adds ten to the number before it: `belas`, `عشر`.
    Teen,
    /// Closes a group and multiplies it: `ribu`, `million`, `万`.
    Scale,
    /// One, but only before a scale or multiplier: `a` (million), `un` (millier).
    Art,
    /// Adds a half: `setengah`, `half`, `demi`.
    Frac,
}

/// One number word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberWord {
    pub value: f64,
    pub role: Role,
}

/// A unit or percent word that may follow a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    Percent,
    Inch,
    Centimetre,
    Metre,
    Foot,
    Mile,
    Kilometre,
    Mph,
    Kmh,
    Pound,
    Kilogram,
    /// The Chinese 斤 (市斤), half a kilogram.
    Jin,
    Hectare,
    Acre,
    /// The Chinese 亩, a fifteenth of a hectare.
    Mu,
    Fahrenheit,
    Celsius,
    /// A temperature whose scale is not said.
    Degree,
}

impl Unit {
    /// Every unit.
    pub const ALL: [Unit; 18] = [
        Unit::Percent,
        Unit::Inch,
        Unit::Centimetre,
        Unit::Metre,
        Unit::Foot,
        Unit::Mile,
        Unit::Kilometre,
        Unit::Mph,
        Unit::Kmh,
        Unit::Pound,
        Unit::Kilogram,
        Unit::Jin,
        Unit::Hectare,
        Unit::Acre,
        Unit::Mu,
        Unit::Fahrenheit,
        Unit::Celsius,
        Unit::Degree,
    ];

    fn from_name(name: &str) -> Option<Unit> {
        Some(match name {
            "percent" => Unit::Percent,
            "inch" => Unit::Inch,
            "cm" => Unit::Centimetre,
            "m" => Unit::Metre,
            "foot" => Unit::Foot,
            "mile" => Unit::Mile,
            "km" => Unit::Kilometre,
            "mph" => Unit::Mph,
            "kmh" => Unit::Kmh,
            "pound" => Unit::Pound,
            "kg" => Unit::Kilogram,
            "jin" => Unit::Jin,
            "mu" => Unit::Mu,
            "hectare" => Unit::Hectare,
            "acre" => Unit::Acre,
            "fahrenheit" => Unit::Fahrenheit,
            "celsius" => Unit::Celsius,
            "degree" => Unit::Degree,
            _ => return None,
        })
    }

    /// The dimension and the factor to its base unit (metre, km/h, kilogram, hectare), for
    /// conversions; `None` for percent and temperatures, which convert differently or not at all.
    pub fn metric(self) -> Option<(u8, f64)> {
        Some(match self {
            Unit::Inch => (0, 0.0254),
            Unit::Centimetre => (0, 0.01),
            Unit::Metre => (0, 1.0),
            Unit::Foot => (0, 0.3048),
            Unit::Mile => (0, 1609.344),
            Unit::Kilometre => (0, 1000.0),
            Unit::Mph => (1, 1.609_344),
            Unit::Kmh => (1, 1.0),
            Unit::Pound => (2, 0.453_592),
            Unit::Kilogram => (2, 1.0),
            Unit::Jin => (2, 0.5),
            Unit::Hectare => (3, 1.0),
            Unit::Acre => (3, 0.404_686),
            Unit::Mu => (3, 1.0 / 15.0),
            Unit::Percent | Unit::Fahrenheit | Unit::Celsius | Unit::Degree => return None,
        })
    }

    /// As `metric`, with speeds read as distances an hour: a speed's "per hour" is often said
    /// apart from the figure (時速85マイル, 每小时85英里, "85 miles per hour"), so 85 miles
    /// and 135 km/h are one measure.
    pub fn per_hour(self) -> Option<(u8, f64)> {
        match self {
            Unit::Mph => Some((0, 1609.344)),
            Unit::Kmh => Some((0, 1000.0)),
            _ => self.metric(),
        }
    }
}

/// The parsed lists.
#[derive(Debug)]
pub struct NumberLexicon {
    words: HashMap<Lang, HashMap<String, NumberWord>>,
    cjk: HashMap<char, NumberWord>,
    months: HashMap<Lang, HashMap<String, u8>>,
    /// Per language, longest phrase first; "*" entries are copied into every language.
    units: HashMap<Lang, Vec<(String, Unit)>>,
}

const WORDS: &str = include_str!("words.txt");
const MONTHS: &str = include_str!("months.txt");
const UNITS: &str = include_str!("units.txt");

/// The lists, parsed on first use.
pub static LEXICON: LazyLock<NumberLexicon> = LazyLock::new(NumberLexicon::load);

/// Data lines of a list: split on tabs, comments and blank lines skipped.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

impl NumberLexicon {
    fn load() -> Self {
        let mut words: HashMap<Lang, HashMap<String, NumberWord>> = HashMap::new();
        let mut cjk = HashMap::new();
        for row in rows(WORDS) {
            let [lang, word, value, role] = row[..] else {
                continue;
            };
            let role = match role {
                "n" => Role::Num,
                "ord" => Role::Ord,
                "mul" => Role::Mul,
                "teen" => Role::Teen,
                "scale" => Role::Scale,
                "art" => Role::Art,
                "frac" => Role::Frac,
                _ => continue,
            };
            let Ok(value) = value.parse::<f64>() else {
                continue;
            };
            let entry = NumberWord { value, role };
            if lang == "cjk" {
                if let Some(c) = word.chars().next() {
                    cjk.insert(c, entry);
                }
            } else if let Some(l) = Lang::from_code(lang) {
                words.entry(l).or_default().insert(word.to_string(), entry);
            }
        }
        let mut months: HashMap<Lang, HashMap<String, u8>> = HashMap::new();
        for row in rows(MONTHS) {
            let [lang, name, month] = row[..] else {
                continue;
            };
            if let (Some(l), Ok(m)) = (Lang::from_code(lang), month.parse::<u8>()) {
                months.entry(l).or_default().insert(name.to_string(), m);
            }
        }
        let mut units: HashMap<Lang, Vec<(String, Unit)>> = HashMap::new();
        for row in rows(UNITS) {
            let [lang, phrase, unit] = row[..] else {
                continue;
            };
            let Some(unit) = Unit::from_name(unit) else {
                continue;
            };
            let langs: Vec<Lang> = if lang == "*" {
                Lang::ALL.to_vec()
            } else {
                Lang::from_code(lang).into_iter().collect()
            };
            for l in langs {
                units.entry(l).or_default().push((phrase.to_string(), unit));
            }
        }
        for list in units.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        }
        NumberLexicon {
            words,
            cjk,
            months,
            units,
        }
    }

    /// The number word `word` (lowercase, Arabic normalised) of `lang`.
    pub fn word(&self, lang: Lang, word: &str) -> Option<NumberWord> {
        self.words.get(&lang)?.get(word).copied()
    }

    /// The Chinese/Japanese numeral `c`.
    pub fn cjk(&self, c: char) -> Option<NumberWord> {
        self.cjk.get(&c).copied()
    }

    /// The month named `name` (lowercase, Arabic normalised) in `lang`.
    pub fn month(&self, lang: Lang, name: &str) -> Option<u8> {
        self.months.get(&lang)?.get(name).copied()
    }

    /// Units and percent words of `lang`, longest first.
    pub fn units(&self, lang: Lang) -> &[(String, Unit)] {
        self.units.get(&lang).map_or(&[], |v| v.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list parses, names known languages and roles, and is sorted without duplicates.
    fn check_list(name: &str, text: &str, columns: usize) {
        let mut keys = Vec::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), columns, "{name}:{}: {line:?}", n + 1);
            assert!(
                cols[0] == "*" || cols[0] == "cjk" || Lang::from_code(cols[0]).is_some(),
                "{name}:{}: unknown language {:?}",
                n + 1,
                cols[0]
            );
            assert_eq!(cols[1], cols[1].to_lowercase(), "{name}:{}", n + 1);
            keys.push((cols[0].to_string(), cols[1].to_string()));
        }
        let mut sorted = keys.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(
            keys, sorted,
            "{name} must be sorted by language, then word, once each"
        );
    }

    #[test]
    fn lists_parse_are_sorted_and_have_no_duplicates() {
        check_list("words.txt", WORDS, 4);
        check_list("months.txt", MONTHS, 3);
        check_list("units.txt", UNITS, 3);
        let data_rows = |t: &str| rows(t).count();
        assert_eq!(
            LEXICON.words.values().map(HashMap::len).sum::<usize>() + LEXICON.cjk.len(),
            data_rows(WORDS),
            "a words.txt line did not parse"
        );
        assert_eq!(
            LEXICON.months.values().map(HashMap::len).sum::<usize>(),
            data_rows(MONTHS),
            "a months.txt line did not parse"
        );
        let star = rows(UNITS).filter(|r| r[0] == "*").count();
        let own = data_rows(UNITS) - star;
        let loaded: usize = LEXICON.units.values().map(Vec::len).sum();
        assert_eq!(
            loaded,
            own + star * Lang::ALL.len(),
            "a units.txt line did not parse"
        );
    }

    #[test]
    fn reads_words_months_and_units() {
        assert_eq!(LEXICON.word(Lang::Id, "tiga").map(|w| w.value), Some(3.0));
        assert_eq!(
            LEXICON.word(Lang::Id, "juta").map(|w| w.role),
            Some(Role::Scale)
        );
        assert_eq!(LEXICON.cjk('亿').map(|w| w.value), Some(1e8));
        assert_eq!(LEXICON.month(Lang::Fr, "mars"), Some(3));
        assert_eq!(LEXICON.month(Lang::Ar, "مارس"), Some(3));
        assert!(
            LEXICON
                .units(Lang::Fr)
                .iter()
                .any(|(p, u)| p == "pour cent" && *u == Unit::Percent)
        );
    }
}
