//! `omission/splice`: two words side by side in an English or French translation that grammar
//! never puts together ("the and", "an previously", "la les", "des de", "qu’il intervenir"):
//! the seam left where a piece of the sentence was cut out. The word classes are closed (articles, prepositions,
//! conjunctions), listed here; only pairs that no well-formed sentence has are used.

use crate::analyse::Lang;
use crate::checks::{
    Check, Examples, Findings, Kind, MqmCategory, RuleMeta, Severity, UnitView, quote,
};

/// Two words of the translation that cannot stand next to each other.
pub struct Splice;

static META: RuleMeta = RuleMeta {
    id: "omission/splice",
    kind: Kind::Omission,
    category: MqmCategory::AccuracyOmission,
    default_severity: Severity::Minor,
    summary: "two words that cannot stand side by side: text between them is missing",
    explain: "What it catches: in an English or French translation, an article directly before \
another article, a preposition or a conjunction (\"the and\", \"la les\", \"sur les l’idée\"), \
\"an\" before a consonant (\"an previously\"), French \"du\" or \"des\" before a determiner or \
\"de\" (\"des de débris\"), \"de\" before a preposition (\"de dans\"), a subject pronoun before \
an infinitive (\"qu’il intervenir\"), a French word left unelided before a vowel (\"du \
entreprise\" for \"de l’entreprise\"), or the same article, preposition or conjunction twice in a row (\"to to\"). No well-formed sentence \
has these pairs; they are the seam left where a piece of the sentence was cut out.\n\
Why it matters: what was cut is often a whole clause, and the sentence still looks like a \
sentence at a glance.\n\
Example: \"according to to the and means to tackle it\": the words between \"to\" and \"the\" \
and after \"the\" are gone.\n\
Known false alarms: a word quoted as a word (\"the word 'the' and ...\"); a typo of the \
translator's own, which is why a word written twice (\"to to\") alone is only minor.\n\
Severity: minor. Measured on text it was not tuned on (the check benches), its major findings were right 2 times in 8, so it is worth a look, never a gate failure by default.",
    examples: Examples {
        flags: (
            "id",
            "Menurut laporan itu, pemerintah belum punya rencana dan sarana untuk menanganinya.",
            "en",
            "According to to the and means to tackle it.",
        ),
        allows: (
            "id",
            "Menurut laporan itu, pemerintah belum punya rencana dan sarana untuk menanganinya.",
            "en",
            "According to the report, the government has no plan and no means to tackle it yet.",
        ),
    },
};

/// Words that always begin a noun phrase (possessives that are also object pronouns, "her",
/// and French "le", "la", "les" before a verb are left out, as are numbers like "un").
const EN_ARTICLES: &[&str] = &[
    "a", "an", "every", "its", "my", "our", "the", "their", "your",
];
const FR_ARTICLES: &[&str] = &[
    "au", "aux", "ce", "ces", "cette", "ma", "mes", "mon", "nos", "notre", "sa", "ses", "son",
    "vos", "votre",
];
/// Articles that are also object pronouns ("le faire"): only before another article.
const FR_ARTICLE_PRONOUNS: &[&str] = &["la", "le", "les"];
const EN_LINKS: &[&str] = &[
    "about", "after", "against", "among", "and", "at", "before", "between", "but", "by", "during",
    "for", "from", "in", "into", "nor", "of", "on", "or", "over", "through", "to", "under", "with",
    "without",
];
/// French words that elide before a vowel ("de" + "entreprise" is written "d’entreprise"), and
/// the vowel-initial words that do not take elision (numbers, "oui", and "une" of "à la une").
const FR_ELIDING: &[&str] = &[
    "ce", "de", "du", "je", "la", "le", "me", "ne", "que", "se", "te",
];
const FR_NO_ELISION: &[&str] = &["oui", "onze", "onzième", "un", "une", "uns", "unes"];
const FR_LINKS: &[&str] = &[
    "avec", "chez", "contre", "dans", "de", "depuis", "entre", "et", "mais", "ou", "par",
    "pendant", "pour", "sans", "selon", "sous", "sur", "vers", "à",
];
/// French determiners that are also "de" + article ("du", "des"): before another determiner
/// or before "de" ("des de Galles"), never before a preposition ("dû" is often written "du à").
const FR_CONTRACTED: &[&str] = &["des", "du"];
/// Prepositions that never follow "de" directly ("de dans", "de à"); "de par", "de chez",
/// "de sous" (from under) and "de vers" (of verses) do.
const FR_NOT_AFTER_DE: &[&str] = &["avec", "contre", "dans", "pour", "sans", "sur", "à"];
/// Subject pronouns, which a finite verb follows, never an infinitive ("qu’il intervenir").
const FR_SUBJECTS: &[&str] = &["elle", "elles", "il", "ils", "on"];
/// Words in -er and -ir that are no infinitives and may follow a subject pronoun.
const FR_NOT_INFINITIVE: &[&str] = &[
    "cher", "dernier", "entier", "fier", "hier", "hiver", "léger", "premier", "super",
];

impl Check for Splice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, unit: &UnitView<'_>, out: &mut Findings) {
        if !unit.is_paired() {
            return;
        }
        let (articles, pronouns, links): (&[&str], &[&str], &[&str]) = match unit.hyp.lang {
            Lang::En => (EN_ARTICLES, &[], EN_LINKS),
            Lang::Fr => (FR_ARTICLES, FR_ARTICLE_PRONOUNS, FR_LINKS),
            _ => return,
        };
        let text = unit.hyp.text;
        let tokens = unit.hyp.tokens();
        // the first seam; a word written twice ("to to") is more often a typo than a cut, so it
        // is reported, minor, only when there is no other seam
        let mut doubled = None;
        for pair in tokens.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            // side by side: one space, both lowercase as written (titles and names aside), but
            // the first may open the sentence ("Des de Galles")
            let opens = text[..a.span.start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | '«'));
            if &text[a.span.end..b.span.start] != " "
                || !(text[a.span.clone()].starts_with(char::is_lowercase) || opens)
                || !text[b.span.clone()].starts_with(char::is_lowercase)
            {
                continue;
            }
            let (x, y) = (a.lower.as_str(), b.lower.as_str());
            let span = a.span.start..b.span.end;
            if x == y && (articles.contains(&x) || links.contains(&x)) {
                doubled.get_or_insert(span);
                continue;
            }
            let is_article = |w: &str| articles.contains(&w) || pronouns.contains(&w);
            let elided_article = ["l'", "l’"].iter().any(|p| y.starts_with(p));
            let seam = articles.contains(&x)
                && (is_article(y) || links.contains(&y) || elided_article)
                || pronouns.contains(&x) && (is_article(y) || elided_article)
                || match unit.hyp.lang {
                    Lang::En => en_seam(x, y),
                    Lang::Fr => {
                        fr_seam(x, y, is_article) || misses_elision(x, &text[b.span.clone()])
                    }
                    _ => false,
                };
            if seam {
                out.flag(
                    &META,
                    format!(
                        "{} cannot stand side by side: words between them seem to have been cut out",
                        quote(&text[span.clone()])
                    ),
                )
                .hyp(span)
                .suggest("compare with the source and restore what is missing between the two words");
                return;
            }
        }
        if let Some(span) = doubled {
            out.flag(
                &META,
                format!(
                    "{} has the same word twice: a typo, or words between them were cut out",
                    quote(&text[span.clone()])
                ),
            )
            .hyp(span)
            .suggest("compare with the source: remove the repeated word or restore what is missing")
            .severity(Severity::Minor);
        }
    }
}

/// English pairs beyond article + article or link: "an" before a consonant ("an previously");
/// "h" is left out ("an historic", "an hour").
fn en_seam(x: &str, y: &str) -> bool {
    x == "an"
        && y.chars()
            .next()
            .is_some_and(|c| c.is_ascii_lowercase() && !"aeiouh".contains(c))
}

/// French pairs beyond article + article or link: "du" or "des" before a determiner or "de"
/// ("du sa force", "des de débris"), "de" before a preposition ("de dans"), and a subject
/// pronoun before an infinitive ("qu’il intervenir").
fn fr_seam(x: &str, y: &str, is_article: impl Fn(&str) -> bool) -> bool {
    let elided_de = ["d'", "d’"].iter().any(|p| y.starts_with(p));
    let subject = ["qu'", "qu’"]
        .iter()
        .find_map(|p| x.strip_prefix(p))
        .unwrap_or(x);
    FR_CONTRACTED.contains(&x)
        && (is_article(y) || FR_CONTRACTED.contains(&y) || y == "de" || elided_de)
        || x == "de" && FR_NOT_AFTER_DE.contains(&y)
        || FR_SUBJECTS.contains(&subject) && is_infinitive(y)
}

/// A French word that reads as an infinitive of the first or second group ("intervenir",
/// "parler"), and not one of the nouns and adjectives with those endings.
fn is_infinitive(word: &str) -> bool {
    word.chars().count() >= 4
        && (word.ends_with("er") || word.ends_with("ir"))
        && word.chars().all(char::is_alphabetic)
        && !FR_NOT_INFINITIVE.contains(&word)
}

/// Whether the French `word` should have been elided before `next` as written ("du
/// entreprise", "je ai"): `next` starts with a vowel and is a plain lowercase word.
fn misses_elision(word: &str, next: &str) -> bool {
    let starts_with_vowel = next
        .chars()
        .next()
        .is_some_and(|c| "aeiouéèêâîôûœ".contains(c));
    FR_ELIDING.contains(&word)
        && starts_with_vowel
        && !next.chars().any(char::is_uppercase)
        && !FR_NO_ELISION.contains(&next.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::testing::{assert_clean, assert_flags};

    #[test]
    fn flags_two_articles_side_by_side_in_french() {
        assert_flags(
            &Splice,
            (
                "id",
                "Bentrokan terjadi lagi pada sore hari ketika polisi membubarkan massa yang melempar batu.",
            ),
            (
                "fr",
                "Des heurts ont de nouveau éclaté dans l’après-midi, tandis que la les pierres.",
            ),
            "omission/splice",
        );
    }

    #[test]
    fn flags_an_article_before_a_conjunction_in_english() {
        assert_flags(
            &Splice,
            (
                "id",
                "Menurut laporan itu, pemerintah belum punya rencana dan sarana untuk menanganinya.",
            ),
            ("en", "According to to the and means to tackle it."),
            "omission/splice",
        );
    }

    #[test]
    fn flags_a_missed_elision_in_french() {
        assert_flags(
            &Splice,
            (
                "id",
                "Ia meluncurkan perusahaan rintisan yang ingin menyaingi Facebook.",
            ),
            (
                "fr",
                "Il a lancé une jeune pousse du entreprise qui veut rivaliser avec Facebook.",
            ),
            "omission/splice",
        );
        assert_clean(
            &Splice,
            (
                "id",
                "Berita itu muncul di halaman depan koran iPhone hari ini.",
            ),
            (
                "fr",
                "La nouvelle était à la une du journal de iPhone aujourd’hui, de un à deux.",
            ),
        );
    }

    #[test]
    fn flags_an_before_a_consonant_in_english() {
        assert_flags(
            &Splice,
            (
                "id",
                "Sebagai mantan atlet, sebelumnya ia mengatakan bahwa olahraga itu penting baginya.",
            ),
            (
                "en",
                "As well as being an previously said that sport matters to him.",
            ),
            "omission/splice",
        );
        assert_clean(
            &Splice,
            ("id", "Pertemuan itu berlangsung satu jam dan bersejarah."),
            ("en", "The meeting lasted an hour and was an historic one."),
        );
    }

    #[test]
    fn flags_french_seams_after_de_du_des_and_a_subject_pronoun() {
        let src = (
            "id",
            "Pemerintah menyatakan akan turun tangan untuk membersihkan puing-puing di pantai.",
        );
        for hyp in [
            "Au niveau local, des de débris sur la plage.",
            "Des de la plage, le gouvernement va intervenir pour les débris sur la côte.",
            "Le gouvernement va intervenir sur la plage, où les eaux froides du sa force aux débris.",
            "D’autres de dans l’hôtel, a-t-il ajouté.",
            "Le gouvernement déclarera qu’il intervenir sur la plage.",
        ] {
            assert_flags(&Splice, src, ("fr", hyp), "omission/splice");
        }
    }

    #[test]
    fn allows_de_par_de_chez_and_du_for_du() {
        let src = (
            "id",
            "Karena jabatannya, ia datang dari rumah temannya akibat hujan kemarin.",
        );
        for hyp in [
            "De par sa fonction, il venait de chez un ami.",
            "Le retard est du à la pluie d’hier, qu’il pleuve ou non.",
            "Il hier encore parlait de sous la table.",
        ] {
            assert_clean(&Splice, src, ("fr", hyp));
        }
    }

    #[test]
    fn reports_a_word_written_twice_as_minor() {
        let found = crate::checks::testing::run(
            &Splice,
            ("id", "Menurut pejabat itu, ada cara untuk menanganinya."),
            (
                "en",
                "According to to the official, there are ways to tackle it.",
            ),
        );
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].severity, Some(Severity::Minor));
    }

    #[test]
    fn allows_pronouns_names_and_repeated_auxiliaries() {
        assert_clean(
            &Splice,
            (
                "id",
                "Ia mengatakan bahwa mereka telah memberinya pekerjaan itu dan membawanya ke Seoul.",
            ),
            (
                "en",
                "She said they had had her in mind for the job and took her to Seoul, where Moon Jae-in in turn met her.",
            ),
        );
        assert_clean(
            &Splice,
            (
                "id",
                "Ia ingin melakukannya sendiri, katanya kepada The Guardian.",
            ),
            (
                "fr",
                "Il veut le faire lui-même et les a tous prévenus, a-t-il dit au The Guardian.",
            ),
        );
    }
}
