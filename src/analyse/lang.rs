//! Languages: the closed set mtcheck supports (`Lang`), and detection, script first and then
//! whatlang restricted to the Latin-script candidates (measured in `spec/crates.md`: bare
//! whatlang calls Indonesian Javanese and Chinese full of Latin names English).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::LazyLock;

/// A supported language, by its ISO 639-1 code (as in `corpora/` file names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Id,
    En,
    Fr,
    Zh,
    Ja,
    Ar,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 6] = [Lang::Id, Lang::En, Lang::Fr, Lang::Zh, Lang::Ja, Lang::Ar];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Zh => "zh",
            Lang::Ja => "ja",
            Lang::Ar => "ar",
        }
    }

    /// The language's name in English, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Id => "Indonesian",
            Lang::En => "English",
            Lang::Fr => "French",
            Lang::Zh => "Chinese",
            Lang::Ja => "Japanese",
            Lang::Ar => "Arabic",
        }
    }

    /// The language's name with its indefinite article, for messages: "an Arabic", "a French".
    pub fn a_name(self) -> &'static str {
        match self {
            Lang::Id => "an Indonesian",
            Lang::En => "an English",
            Lang::Fr => "a French",
            Lang::Zh => "a Chinese",
            Lang::Ja => "a Japanese",
            Lang::Ar => "an Arabic",
        }
    }

    /// Parses a code (`id`, `en`, ...; also `zh-CN`, `ind`, `eng`-style three-letter codes).
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        let base = c.split(['-', '_']).next().unwrap_or("");
        match base {
            "id" | "ind" | "in" => Some(Lang::Id),
            "en" | "eng" => Some(Lang::En),
            "fr" | "fra" | "fre" => Some(Lang::Fr),
            "zh" | "zho" | "chi" | "cmn" => Some(Lang::Zh),
            "ja" | "jpn" | "jp" => Some(Lang::Ja),
            "ar" | "ara" | "arb" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// Chinese or Japanese: no spaces between words, sentence length counted in characters.
    pub fn is_cjk(self) -> bool {
        matches!(self, Lang::Zh | Lang::Ja)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// How many letters of each script a text holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScriptMix {
    pub latin: usize,
    pub han: usize,
    pub kana: usize,
    pub arabic: usize,
    pub other: usize,
}

impl ScriptMix {
    /// Counts the letters of `text` by script.
    pub fn of(text: &str) -> Self {
        let mut m = ScriptMix::default();
        for c in text.chars() {
            match c {
                'a'..='z' | 'A'..='Z' | '\u{c0}'..='\u{24f}' if c.is_alphabetic() => m.latin += 1,
                '\u{3040}'..='\u{30ff}' | '\u{31f0}'..='\u{31ff}' | '\u{ff66}'..='\u{ff9f}' => {
                    m.kana += 1
                }
                '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => {
                    m.han += 1
                }
                '\u{20000}'..='\u{2ffff}' => m.han += 1,
                '\u{600}'..='\u{6ff}'
                | '\u{750}'..='\u{77f}'
                | '\u{fb50}'..='\u{fdff}'
                | '\u{fe70}'..='\u{feff}'
                    if c.is_alphabetic() =>
                {
                    m.arabic += 1
                }
                c if c.is_alphabetic() => m.other += 1,
                _ => {}
            }
        }
        m
    }

    /// All letters counted.
    pub fn letters(&self) -> usize {
        self.latin + self.han + self.kana + self.arabic + self.other
    }
}

/// The result of detecting a text's language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LangGuess {
    /// The detected language, if any supported one fits.
    pub lang: Option<Lang>,
    /// 0..1; whatlang's confidence for Latin text, the script share for the others.
    pub confidence: f64,
    /// Safe to act on: script-decided, or whatlang's `is_reliable()` for Latin text.
    pub is_reliable: bool,
    /// The letters by script.
    pub scripts: ScriptMix,
}

static LATIN_DETECTOR: LazyLock<whatlang::Detector> = LazyLock::new(|| {
    whatlang::Detector::with_allowlist(vec![
        whatlang::Lang::Ind,
        whatlang::Lang::Eng,
        whatlang::Lang::Fra,
    ])
});

/// Detects the language of `text`: script first (kana -> ja, Han -> zh, Arabic -> ar), then
/// whatlang among id, en and fr for Latin-script text.
pub fn detect(text: &str) -> LangGuess {
    let scripts = ScriptMix::of(text);
    let letters = scripts.letters();
    let script_guess = |lang, share: f64| LangGuess {
        lang: Some(lang),
        confidence: share,
        is_reliable: share >= 0.5 && letters >= 4,
        scripts,
    };
    if letters == 0 {
        return LangGuess {
            lang: None,
            confidence: 0.0,
            is_reliable: false,
            scripts,
        };
    }
    let share = |n: usize| n as f64 / letters as f64;
    if scripts.kana > 0 && share(scripts.kana + scripts.han) >= 0.2 {
        return script_guess(Lang::Ja, share(scripts.kana + scripts.han));
    }
    if share(scripts.han) >= 0.2 {
        return script_guess(Lang::Zh, share(scripts.han));
    }
    if share(scripts.arabic) >= 0.5 {
        return script_guess(Lang::Ar, share(scripts.arabic));
    }
    if share(scripts.latin) < 0.5 {
        return LangGuess {
            lang: None,
            confidence: 0.0,
            is_reliable: false,
            scripts,
        };
    }
    match LATIN_DETECTOR.detect(text) {
        Some(info) => LangGuess {
            lang: match info.lang() {
                whatlang::Lang::Ind => Some(Lang::Id),
                whatlang::Lang::Eng => Some(Lang::En),
                whatlang::Lang::Fra => Some(Lang::Fr),
                _ => None,
            },
            confidence: info.confidence(),
            is_reliable: info.is_reliable(),
            scripts,
        },
        None => LangGuess {
            lang: None,
            confidence: 0.0,
            is_reliable: false,
            scripts,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_language_by_script_or_trigrams() {
        let cases = [
            (
                "Pemerintah akan menaikkan harga bahan bakar minggu depan, kata menteri.",
                Lang::Id,
            ),
            (
                "The government will raise fuel prices next week, the minister said.",
                Lang::En,
            ),
            (
                "Le gouvernement augmentera le prix du carburant la semaine prochaine.",
                Lang::Fr,
            ),
            ("政府下周将提高燃油价格，部长说。", Lang::Zh),
            ("政府は来週、燃料価格を引き上げると大臣が述べた。", Lang::Ja),
            ("ستقوم الحكومة برفع أسعار الوقود الأسبوع المقبل.", Lang::Ar),
        ];
        for (text, lang) in cases {
            assert_eq!(detect(text).lang, Some(lang), "{text}");
        }
    }

    #[test]
    fn chinese_full_of_latin_names_stays_chinese() {
        assert_eq!(detect("Sims 时年 20 岁，LSU 说。").lang, Some(Lang::Zh));
    }

    #[test]
    fn parses_codes() {
        assert_eq!(Lang::from_code("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("ind"), Some(Lang::Id));
        assert_eq!(Lang::from_code("de"), None);
    }
}
