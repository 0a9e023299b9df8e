#!/usr/bin/env python3
"""Generates subdivisions.txt: the states, provinces and territories of the United States, Canada
and Australia as entities of the gazetteer, named in id, en, fr, zh, ja and ar, each linked to
its country ("Florida", "Floride", "佛罗里达州", "フロリダ州", "فلوريدا" are `state:US-FL`, in
`country:US`); and the few subdivisions of other countries whose English name holds one of
theirs, so that the longer name wins ("Baja California", in Mexico, is not California). The
rows have the columns of exonyms.txt (concept, language, form, name or alias; language * with
kind "in" gives the country).

Rerun with (no network needed at build or test time; the output is committed):
    mkdir -p /tmp/cldrsub && cd /tmp/cldrsub && npm install cldr@7.9.0 && cd -
    python3 src/lexicon/exonyms/subdivisions.py \\
        /tmp/cldrsub/node_modules/cldr/3rdparty/cldr/common/subdivisions \\
        > src/lexicon/exonyms/subdivisions.txt
(Python 3 standard library only.) Names that collide with a country, city or organisation of
exonyms.txt are reported on standard error and their state left out.

Source: Unicode CLDR's localized subdivision names, common/subdivisions/{en,fr,zh,ja,ar,id}.xml,
as shipped by the npm package cldr 7.9.0 (Unicode License v3, Unicode-3.0). Only the names are
used, as facts. Besides CLDR's names:
- Indonesian: CLDR's id.xml where it has the state; the English name otherwise; and, as aliases,
  the English name with the compass word after it, as Indonesian writes it ("West Virginia" =
  "Virginia Barat"), and a few Indonesian spellings (RESPELL, HAND).
- Chinese: CLDR's zh.xml mixes traditional characters into simplified names; they are turned
  into simplified ones (TRAD, HAND, a character table). The name without its final 州/省 is an
  alias ("佛罗里达"). Han text is matched without word boundaries, so forms shorter than three
  characters are left out ("育空", Yukon, is in "教育空间"). A few common simplified
  spellings are aliases (ZH_ALIASES, HAND: "德克萨斯" beside CLDR's "得克萨斯").
- Japanese: the name without its final 州 or 準州 is an alias ("フロリダ"), unless it is also a
  word ("メイン", main: JA_WORDS, HAND).
- Japanese: the name without its middle dots is an alias too ("バハカリフォルニア").
- Arabic: the name without a leading "ولاية" (state) is an alias.
- French: the name with spaces for its hyphens is an alias ("Virginie Occidentale").
- West Virginia and Baja California have a few other spellings as aliases (ALIASES, HAND), so
  that their "Virginia" and "California" are not read as those states.
Left out (HAND):
- states whose name is also a country, a city, a person or a character more often than a state
  in news (SKIP): Georgia, Washington, Victoria, Indiana, New York, and the District of Columbia,
  whose name reads as Colombia's in Chinese, Japanese and Arabic (哥伦比亚特区);
- the outlying areas of the United States (SKIP): CLDR has them as territories of their own
  (Puerto Rico, Guam);
- the District of Columbia, by its own names (OWN_NAMES), not by CLDR's ("Washington");
- the names of the Northern Territory and the Northwest Territories other than the English one,
  kept in English and Indonesian only (ENGLISH_ONLY): elsewhere they are common phrases
  ("إقليم شمالي", a northern region; "西北地区"; "Wilayah Utara");
- Arabic forms of three letters or fewer ("مين", Maine, is also a word), and forms that are
  common phrases (DROP_FORMS: "جنوب أستراليا", south of Australia).
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

LANGS = ["id", "en", "fr", "zh", "ja", "ar"]
COUNTRIES = ["us", "ca", "au"]
# HAND: see the docstring.
SKIP = {"usga", "uswa", "auvic", "usin", "usny",
        "usas", "usgu", "usmp", "uspr", "usum", "usvi"}
# HAND: territories named by their English name only, in English and Indonesian: their names in
# other languages are common phrases ("إقليم شمالي", a northern region; "西北地区", "Wilayah Utara").
ENGLISH_ONLY = {"aunt", "cant"}
DROP_FORMS = {("ar", "جنوب أستراليا")}  # "south of Australia"
COMPASS = {"North": "Utara", "South": "Selatan", "West": "Barat", "East": "Timur",
           "Northern": "Utara", "Western": "Barat"}
RESPELL = {"California": ["Kalifornia"], "Carolina": ["Karolina"], "Pennsylvania": ["Pensilvania"]}
TRAD = dict(zip("亞倫內區喬奧島徹愛溫爾納紐維羅與華薩蘇蘭諸達頓領馬",
                "亚伦内区乔奥岛彻爱温尔纳纽维罗与华萨苏兰诸达顿领马"))
ZH_ALIASES = {"ustx": ["德克萨斯州"], "usct": ["康涅狄格州"], "usok": ["俄克拉何马州"],
              "uswv": ["西弗吉尼亚州"], "usma": ["马萨诸塞州"], "usia": ["爱荷华州"]}
# HAND: other spellings of West Virginia and Baja California, whose Virginia and California would
# otherwise be read as those states.
ALIASES = {("uswv", "fr"): ["Virginie de l'Ouest"],
           ("uswv", "ja"): ["ウエストバージニア州", "ウェストヴァージニア州", "ウエストヴァージニア州"],
           ("uswv", "ar"): ["فرجينيا الغربية", "ويست فيرجينيا"],
           # Baja California spelt with خ, as CLDR spells Baja California Sur
           ("mxbcn", "ar"): ["باخا كاليفورنيا"]}
# HAND: the District of Columbia by its own names (each language's Wikipedia title and the
# usual short forms): CLDR names it "Washington" in French and Indonesian, the state's and the
# city's name, and not at all in simplified Chinese. Without it, 哥伦比亚特区 and
# "مقاطعة كولومبيا" read as Colombia.
OWN_NAMES = {"usdc": {"en": ["District of Columbia", "Washington, D.C.", "Washington DC"],
                      "id": ["District of Columbia", "Distrik Columbia"],
                      "fr": ["district de Columbia"],
                      "zh": ["哥伦比亚特区", "华盛顿哥伦比亚特区"],
                      "ja": ["コロンビア特別区"],
                      "ar": ["مقاطعة كولومبيا", "واشنطن العاصمة"]}}
# HAND: Japanese forms without 州 that are also words ("メイン", main).
JA_WORDS = {"メイン"}


def cldr_names(folder, lang):
    root = ET.parse(os.path.join(folder, f"{lang}.xml")).getroot()
    out = {}
    for sub in root.iter("subdivision"):
        code = sub.get("type")
        if code not in SKIP and sub.text:
            out[code] = sub.text.strip()
    return out


def with_shields(english):
    """Our states' codes, and those of other countries' subdivisions whose English name holds one
    of theirs and more ("Baja California", in Mexico): listed too, so that the longer name wins
    and "下加利福尼亚州" is not read as California."""
    ours = {c: n for c, n in english.items() if c[:2] in COUNTRIES}
    shields = {c for c, n in english.items() if c[:2] not in COUNTRIES
               and any(re.search(rf"\b{re.escape(o)}\b", n) and o != n for o in ours.values())}
    return sorted(set(ours) | shields)


def indonesian(english):
    out = [english]
    first, _, rest = english.partition(" ")
    if first in COMPASS and rest and rest not in ("Territory", "Territories"):
        out.append(f"{rest} {COMPASS[first]}")
    for word, alts in RESPELL.items():
        for f in out[1:] or out:
            if word in f:
                out.extend(f.replace(word, a) for a in alts)
    return out


def forms(code, lang, names, english):
    """The forms of one state in one language, its usual name first."""
    name = names.get(code)
    if code in OWN_NAMES:
        return OWN_NAMES[code][lang]
    if code in ENGLISH_ONLY:
        return [english] if lang in ("id", "en") else []
    if lang == "id":
        out = ([name] if name else []) + indonesian(english)
    elif lang == "zh":
        out = ["".join(TRAD.get(c, c) for c in name)] if name else []
        out += ZH_ALIASES.get(code, [])
        out += [f[:-1] for f in out if f[-1] in "州省"]
        out = [f for f in out if len(f) >= 3]
    elif lang == "ja":
        out = [name] if name else []
        out += ALIASES.get((code, lang), [])
        out += [f.replace("・", "") for f in out if "・" in f]
        out += [re.sub("準?州$", "", f) for f in out if re.search("州$", f)]
        out = [f for f in out if f not in JA_WORDS]
    else:
        out = ([name] if name else []) + ALIASES.get((code, lang), [])
    if lang == "fr":
        out += [f.replace("-", " ") for f in out]
    if lang == "ar":
        out += [f.removeprefix("ولاية ") for f in out if f.startswith("ولاية ")]
        out = [f for f in out if len(f.replace(" ", "")) > 3]
    out = [f for f in out if (lang, f) not in DROP_FORMS]
    return list(dict.fromkeys(out))


def fold(s):
    return s.lower()


def main():
    folder = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    taken = {}  # (lang, folded form) -> concept of exonyms.txt
    with open(os.path.join(here, "exonyms.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            concept, lang, form, _ = line.rstrip("\n").split("\t")
            if lang != "*":
                taken[(lang, fold(form))] = concept
    names = {lang: cldr_names(folder, lang) for lang in LANGS}
    rows = []
    for code in with_shields(names["en"]):
        english = names["en"][code]
        concept = f"state:{code[:2].upper()}-{code[2:].upper()}"
        by_lang = {lang: forms(code, lang, names[lang], english) for lang in LANGS}
        clash = [(lang, f, taken[(lang, fold(f))]) for lang, fs in by_lang.items()
                 for f in fs if (lang, fold(f)) in taken]
        if clash:
            print(f"left out {concept}: {clash}", file=sys.stderr)
            continue
        rows.append((concept, "*", f"country:{code[:2].upper()}", "in"))
        for lang, fs in by_lang.items():
            for i, f in enumerate(fs):
                rows.append((concept, lang, f, "name" if i == 0 else "alias"))
    print("# States, provinces and territories of the United States, Canada and Australia in id, en,")
    print("# fr, zh, ja and ar, with the country each is in (rows with language * and kind \"in\"),")
    print("# and the few subdivisions of other countries whose name holds one of theirs (Baja")
    print("# California, in Mexico), so that the longer name wins.")
    print("# Source: Unicode CLDR subdivision names, common/subdivisions/*.xml, from the npm package")
    print("# cldr 7.9.0 (Unicode License v3); Indonesian compass forms and a few spellings are rules")
    print("# of subdivisions.py, marked HAND there. Generated by subdivisions.py (rerun it; do not")
    print("# edit by hand). Columns: concept, language, form, name or alias.")
    for row in sorted(set(rows)):
        print("\t".join(row))


if __name__ == "__main__":
    main()
