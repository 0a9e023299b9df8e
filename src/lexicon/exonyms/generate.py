#!/usr/bin/env python3
"""Generates exonyms.txt: names of countries, cities and organisations in id, en, fr, zh, ja, ar
(and the few people whose names are spelt differently from one language to another).

Rerun with:  python3 -m venv /tmp/v && /tmp/v/bin/pip install babel==2.17.0
             npm install --legacy-peer-deps --prefix /tmp/cldr \
                 cldr46@npm:cldr-localenames-full@46.1.0 \
                 cldr31@npm:cldr-localenames-full@31.0.1
             /tmp/v/bin/python src/lexicon/exonyms/generate.py /tmp/cldr/node_modules \
                 > src/lexicon/exonyms/exonyms.txt
(Babel 2.17.0 carries CLDR 46, the release of the first npm package; the versions are pinned so
that a rerun gives the same file.)

Sources:
- Country and territory names: Unicode CLDR, as shipped by the Babel package (its `territories`
  data per locale). CLDR is under the Unicode License v3.
- Other names of the same countries, as aliases: CLDR's own variant and short forms ("Turkey"
  beside "Türkiye", "Czech Republic", "Swaziland", "Bosnia"; CLDR 46 JSON, npm package
  cldr-localenames-full), the names CLDR gave them in release 31 of 2017, the year of the news
  the benches hold ("Macedonia", "Makedonia", "Swaziland"; same package, version 31.0.1), and
  the two names of a CLDR name written "A (B)" ("Myanmar (Burma)" is "Myanmar" and "Burma").
  News names a country as its readers know it, not by the latest official form.
- City names: CLDR exemplar cities of time zones (Babel `time_zones[...]['city']`); the English
  form falls back to the zone id, as CLDR itself does.
- HAND: the lists in this script marked HAND (demonyms and adjectives, short forms such as AS, US,
  UK, PBB, the parts of the United Kingdom, and organisations that CLDR does not name). They were
  written for mtcheck and are few.
"""

import json
import os
import re
import sys
import unicodedata

from babel import Locale
from babel.core import get_global

LANGS = ["id", "en", "fr", "zh", "ja", "ar"]

# CLDR codes that are not places a news sentence names (unknown region, pseudo-locales,
# outlying groupings), that duplicate another entry, or whose names are mostly saints and
# churches in news ("St. Martin", "Saint-Barthélemy").
SKIP = {"MF", "SX", "BL", "PM", "SH", "ZZ", "XA", "XB", "QO", "EZ", "UN", "EU", "001", "IC", "EA", "CQ", "DG", "AC", "TA", "CP"}
# Regions kept: the continents and Latin America (CLDR numeric codes), so that "Amerika Latin"
# is not read as "Amerika" (the United States).
REGIONS = {"002": "Africa", "142": "Asia", "150": "Europe", "009": "Oceania", "419": "Latin America"}

# HAND: extra forms of countries: short forms, old or informal names, demonyms and adjectives.
# fr adjectives are given in the masculine singular and expanded below; ar adjective stems
# match with any suffix (ي, ية, يين ...).
EXTRA = {
    "US": {"id": ["AS", "A.S.", "Amerika", "Paman Sam", "Washington"], "en": ["US", "U.S.", "USA", "America", "American", "Americans", "Washington"],
           "fr": ["US", "USA", "Amérique", "américain", "Washington"], "zh": ["华盛顿", "美方", "美军", "中美", "朝美", "美朝", "美韩", "韩美", "美日", "日美", "欧美", "美俄", "美中", "赴美", "访美", "美媒", "美元", "美籍", "全美", "美联储", "美总统", "美政府", "美国人"],
           "ja": ["ワシントン", "アメリカ", "合衆国", "米国", "米軍", "米政府", "米大統領", "日米", "米中", "米露", "米ロ", "訪米", "全米", "米紙", "米議会", "米当局", "米側", "米朝", "米英", "対米", "在米", "米ドル", "米連邦", "米司法省", "米国務省", "米国防総省"],
           "ar": ["امريك", "اميرك", "الولايات المتحده", "واشنطن"]},
    "GB": {"id": ["Inggris", "Britania", "Britania Raya", "UK"], "en": ["UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "Britons", "England", "English"],
           "fr": ["Grande-Bretagne", "Angleterre", "britannique", "anglais", "R.-U."],
           "zh": ["英格兰", "英方", "英媒", "英语", "英文", "英镑", "中英", "英美", "美英"], "ja": ["英国", "イングランド", "英語", "英政府", "日英", "英紙", "米英", "英首相", "英議会"],
           "ar": ["بريطاني", "انجلترا", "انكلترا", "انجليز", "انكليز"]},
    "RU": {"en": ["Russian", "Russians"], "fr": ["russe"], "zh": ["俄方", "俄军", "中俄", "美俄", "俄媒", "俄总统", "俄语", "俄国"], "ja": ["ロシア"], "ar": ["روسي", "الروس"]},
    "CN": {"id": ["Cina", "China", "RRT", "Tiongkok"], "en": ["Chinese", "Beijing"], "fr": ["chinois", "Pékin"], "zh": ["中方", "中美", "中俄", "中英", "中日", "中国人", "北京"],
           "ja": ["中国", "米中", "中国人"], "ar": ["صيني", "بكين"]},
    "DE": {"en": ["German", "Germans"], "fr": ["allemand"], "zh": ["德方", "中德", "德语", "德籍", "德裔"], "ja": ["ドイツ"], "ar": ["الماني", "الالمان"]},
    "FR": {"id": ["Perancis", "Prancis"], "en": ["French", "Frenchman"], "fr": ["français"], "zh": ["法方", "中法", "法语"], "ja": ["フランス"], "ar": ["فرنسي"]},
    "JP": {"en": ["Japanese"], "fr": ["japonais"], "zh": ["日方", "中日", "日语", "日本人"], "ja": ["日本", "日米", "日英"], "ar": ["ياباني"]},
    "IN": {"en": ["Indian", "Indians"], "fr": ["indien"], "zh": ["印方"], "ja": ["インド"], "ar": ["هندي", "الهنود"]},
    "IT": {"en": ["Italian", "Italians"], "fr": ["italien"], "zh": ["意方"], "ar": ["ايطالي"]},
    "ES": {"id": ["Spanyol"], "en": ["Spanish", "Spaniard", "Spaniards"], "fr": ["espagnol"], "ar": ["اسباني"]},
    "MX": {"en": ["Mexican", "Mexicans"], "fr": ["mexicain"], "ar": ["مكسيكي"]},
    "CA": {"en": ["Canadian", "Canadians"], "fr": ["canadien"], "ar": ["كندي"]},
    "AU": {"en": ["Australian", "Australians", "Aussie"], "fr": ["australien"], "zh": ["澳洲", "澳方"], "ja": ["豪州"], "ar": ["استرالي"]},
    "BR": {"en": ["Brazilian", "Brazilians"], "fr": ["brésilien"], "ar": ["برازيلي"]},
    "IR": {"en": ["Iranian", "Iranians"], "fr": ["iranien"], "ar": ["ايراني"]},
    "IQ": {"en": ["Iraqi", "Iraqis"], "fr": ["irakien"], "ar": ["عراقي"]},
    "SY": {"en": ["Syrian", "Syrians"], "fr": ["syrien"], "ar": ["سوري"]},
    "TR": {"id": ["Turki"], "en": ["Turkish", "Turks"], "fr": ["turc", "turque", "turques"], "ar": ["تركي", "اتراك"]},
    "SA": {"id": ["Saudi", "Arab Saudi"], "en": ["Saudi", "Saudis"], "fr": ["saoudien"], "zh": ["沙特"], "ja": ["サウジ"], "ar": ["سعودي"]},
    "AE": {"id": ["UEA"], "en": ["UAE", "U.A.E.", "Emirati", "Emiratis"], "fr": ["EAU", "Émirats", "émirien"], "zh": ["阿联酋"], "ja": ["UAE"], "ar": ["الامارات", "اماراتي"]},
    "EG": {"en": ["Egyptian", "Egyptians"], "fr": ["égyptien"], "ar": ["مصري"]},
    "IL": {"en": ["Israeli", "Israelis"], "fr": ["israélien"], "ar": ["اسرائيلي"]},
    "PS": {"id": ["Palestina"], "en": ["Palestinian", "Palestinians"], "fr": ["palestinien"], "ar": ["فلسطيني"]},
    "UA": {"en": ["Ukrainian", "Ukrainians"], "fr": ["ukrainien"], "ar": ["اوكراني"]},
    "ID": {"id": ["RI", "NKRI"], "en": ["Indonesian", "Indonesians"], "fr": ["indonésien"], "zh": ["印尼"], "ar": ["اندونيسي"]},
    "KR": {"id": ["Korea", "Korsel"], "en": ["South Korean", "South Koreans", "Korean", "Korea"], "fr": ["sud-coréen", "coréen", "Corée"], "zh": ["韩方", "美韩", "韩美", "朝鲜半岛", "南韩"], "ja": ["韓国", "日韓", "朝鮮半島"], "ar": ["كوري", "كوريا"]},
    "KP": {"id": ["Korut", "Korea"], "en": ["North Korean", "North Koreans", "Pyongyang", "Korea", "Korean"], "fr": ["nord-coréen", "Corée", "coréen"], "zh": ["朝鲜", "朝方", "朝美", "美朝", "朝鲜半岛"], "ja": ["北朝鮮", "米朝", "朝鮮"], "ar": ["كوريا الشماليه", "كوريا", "كوري"]},
    "NL": {"id": ["Belanda"], "en": ["Dutch", "Holland"], "fr": ["néerlandais", "Hollande"], "ar": ["هولندي"]},
    "PK": {"en": ["Pakistani", "Pakistanis"], "fr": ["pakistanais"], "ar": ["باكستاني"]},
    "AF": {"en": ["Afghan", "Afghans"], "fr": ["afghan"], "ar": ["افغاني"]},
    "IE": {"en": ["Irish"], "fr": ["irlandais"], "ar": ["ايرلندي"]},
    "PL": {"en": ["Polish", "Pole", "Poles"], "fr": ["polonais"], "ar": ["بولندي"]},
    "GR": {"en": ["Greek", "Greeks"], "fr": ["grec", "grecque", "grecques"], "ar": ["يوناني"]},
    "SE": {"en": ["Swedish", "Swede", "Swedes"], "fr": ["suédois"], "ar": ["سويدي"]},
    "NO": {"en": ["Norwegian", "Norwegians"], "fr": ["norvégien"], "ar": ["نرويجي"]},
    "CH": {"en": ["Swiss"], "fr": ["suisse"], "ar": ["سويسري"]},
    "BE": {"en": ["Belgian", "Belgians"], "fr": ["belge"], "ar": ["بلجيكي"]},
    "PT": {"en": ["Portuguese"], "fr": ["portugais"], "ar": ["برتغالي"]},
    "AR": {"en": ["Argentine", "Argentinian", "Argentinians"], "fr": ["argentin"], "ar": ["ارجنتيني"]},
    "VE": {"en": ["Venezuelan", "Venezuelans"], "fr": ["vénézuélien"], "ar": ["فنزويلي"]},
    "CU": {"en": ["Cuban", "Cubans"], "fr": ["cubain"], "ar": ["كوبي"]},
    "VN": {"en": ["Vietnamese"], "fr": ["vietnamien"], "ar": ["فيتنامي"]},
    "TH": {"en": ["Thai"], "fr": ["thaïlandais"], "ar": ["تايلاندي"]},
    "PH": {"en": ["Filipino", "Filipinos", "Philippine"], "fr": ["philippin"], "ar": ["فلبيني"]},
    "MY": {"en": ["Malaysian", "Malaysians"], "fr": ["malaisien"], "ar": ["ماليزي"]},
    "SG": {"en": ["Singaporean", "Singaporeans"], "fr": ["singapourien"], "ar": ["سنغافوري"]},
    "NG": {"en": ["Nigerian", "Nigerians"], "fr": ["nigérian"], "ar": ["نيجيري"]},
    "ZA": {"en": ["South African", "South Africans"], "fr": ["sud-africain"]},
    "NZ": {"en": ["New Zealander", "New Zealanders", "Kiwi"], "fr": ["néo-zélandais"], "zh": ["纽西兰"], "ar": ["نيوزيلندي"]},
    "KH": {"en": ["Cambodian", "Cambodians"], "fr": ["cambodgien"], "ar": ["كمبودي"]},
    "LA": {"en": ["Laotian", "Laotians"], "fr": ["laotien"], "ar": ["لاوسي"]},
    "BN": {"en": ["Bruneian", "Bruneians"], "fr": ["brunéien"]},
    "TL": {"en": ["East Timor", "Timorese"], "fr": ["Timor oriental", "timorais"]},
    "LB": {"en": ["Lebanese"], "fr": ["libanais"], "ar": ["لبناني"]},
    "JO": {"en": ["Jordanian", "Jordanians"], "fr": ["jordanien"], "ar": ["اردني"]},
    "YE": {"en": ["Yemeni", "Yemenis"], "fr": ["yéménite"], "ar": ["يمني"]},
    "LY": {"en": ["Libyan", "Libyans"], "fr": ["libyen"], "ar": ["ليبي"]},
    "QA": {"en": ["Qatari", "Qataris"], "fr": ["qatari"], "ar": ["قطري"]},
    "AT": {"en": ["Austrian", "Austrians"], "fr": ["autrichien"], "ar": ["نمساوي"]},
    "DK": {"en": ["Danish", "Dane", "Danes"], "fr": ["danois"], "ar": ["دنماركي"]},
    "FI": {"en": ["Finnish", "Finn", "Finns"], "fr": ["finlandais"], "ar": ["فنلندي"]},
    "HU": {"en": ["Hungarian", "Hungarians"], "fr": ["hongrois"], "ar": ["مجري"]},
    "CZ": {"en": ["Czech", "Czechs"], "fr": ["tchèque"]},
    "CL": {"id": ["Chili"], "en": ["Chilean", "Chileans"], "fr": ["chilien"], "ar": ["شيلي"]},
    "CO": {"en": ["Colombian", "Colombians"], "fr": ["colombien"]},
    "PE": {"en": ["Peruvian", "Peruvians"], "fr": ["péruvien"]},
    "BD": {"en": ["Bangladeshi"], "fr": ["bangladais"]},
    "MM": {"en": ["Burmese", "Burma"], "fr": ["birman", "Birmanie"]},
    "TW": {"en": ["Taiwanese"], "fr": ["taïwanais"], "zh": ["台湾"], "ja": ["台湾"]},
    "HK": {"en": ["Hong Kong"], "fr": ["Hong Kong"], "zh": ["香港"], "ja": ["香港"]},
    "VA": {"id": ["Vatikan"], "en": ["Vatican"], "fr": ["Vatican"]},
    "CD": {"id": ["Kongo"], "en": ["Congo", "Congolese"], "fr": ["congolais"]},
    "CI": {"en": ["Ivory Coast", "Ivorian"], "fr": ["ivoirien"]},
}
# HAND: adjectives of the continents.
REGION_EXTRA = {
    "Europe": {"en": ["European", "Europeans", "Europa"], "fr": ["européen", "Europa"], "zh": ["欧洲"], "ja": ["欧州", "ヨーロッパ"], "ar": ["اوروبي", "اوروبا"]},
    "Asia": {"en": ["Asian", "Asians"], "fr": ["asiatique"], "zh": ["亚洲"], "ja": ["アジア"], "ar": ["اسيوي", "اسيا"]},
    "Africa": {"en": ["African", "Africans"], "fr": ["africain"], "zh": ["非洲"], "ja": ["アフリカ"], "ar": ["افريقي", "افريقيا"]},
    "Latin America": {"en": ["Latin American", "Latin Americans"], "fr": ["latino-américain", "Latino-américain"], "zh": ["拉美"], "ja": ["中南米"]},
}
# HAND: CLDR names that are also common first names in news ("Chad Hammel"), left out.
NAME_DROP = {("TD", "en"), ("TD", "id"), ("TD", "fr")}
# HAND: the parts of the United Kingdom that news names on their own (not CLDR territories).
# "Inggris" in Indonesian is both England and Britain, so England is kept under GB above.
NATIONS = {
    "SCOTLAND": {"id": ["Skotlandia"], "en": ["Scotland", "Scottish", "Scot", "Scots"], "fr": ["Écosse", "écossais"], "zh": ["苏格兰"], "ja": ["スコットランド"], "ar": ["اسكتلند", "اسكوتلند"]},
    "WALES": {"id": ["Wales", "Welsh"], "en": ["Wales", "Welsh"], "fr": ["pays de Galles", "Pays de Galles", "gallois"], "zh": ["威尔士"], "ja": ["ウェールズ"], "ar": ["ويلز"]},
    "NIRELAND": {"id": ["Irlandia Utara"], "en": ["Northern Ireland"], "fr": ["Irlande du Nord"], "zh": ["北爱尔兰"], "ja": ["北アイルランド"], "ar": ["ايرلندا الشماليه"]},
}
# HAND: organisations and institutions that CLDR does not name.
ORGS = {
    "UN": {"id": ["PBB", "Perserikatan Bangsa-Bangsa"], "en": ["UN", "U.N.", "United Nations"], "fr": ["ONU", "Nations unies", "Nations Unies"], "zh": ["联合国"], "ja": ["国連", "国際連合"], "ar": ["الامم المتحده"]},
    "EU": {"id": ["UE", "Uni Eropa"], "en": ["EU", "European Union"], "fr": ["UE", "Union européenne"], "zh": ["欧盟"], "ja": ["EU", "欧州連合", "ヨーロッパ連合"], "ar": ["الاتحاد الاوروبي"]},
    "NATO": {"id": ["NATO", "Pakta Pertahanan Atlantik Utara"], "en": ["NATO", "Nato"], "fr": ["OTAN", "Otan"], "zh": ["北约", "北大西洋公约组织"], "ja": ["NATO", "北大西洋条約機構"], "ar": ["الناتو", "حلف شمال الاطلسي"]},
    "WHO": {"id": ["WHO", "Organisasi Kesehatan Dunia"], "en": ["WHO", "World Health Organization"], "fr": ["OMS", "Organisation mondiale de la santé"], "zh": ["世卫组织", "世界卫生组织"], "ja": ["WHO", "世界保健機関"], "ar": ["منظمه الصحه العالميه"]},
    "IMF": {"id": ["IMF", "Dana Moneter Internasional"], "en": ["IMF", "International Monetary Fund"], "fr": ["FMI", "Fonds monétaire international"], "zh": ["国际货币基金组织"], "ja": ["IMF", "国際通貨基金"], "ar": ["صندوق النقد الدولي"]},
    "WORLDBANK": {"id": ["Bank Dunia"], "en": ["World Bank"], "fr": ["Banque mondiale"], "zh": ["世界银行"], "ja": ["世界銀行", "世銀"], "ar": ["البنك الدولي"]},
    "WHITEHOUSE": {"id": ["Gedung Putih"], "en": ["White House"], "fr": ["Maison Blanche", "Maison-Blanche"], "zh": ["白宫"], "ja": ["ホワイトハウス"], "ar": ["البيت الابيض"]},
    "KREMLIN": {"id": ["Kremlin"], "en": ["Kremlin"], "fr": ["Kremlin"], "zh": ["克里姆林宫"], "ja": ["クレムリン", "ロシア大統領府"], "ar": ["الكرملين"]},
    "PENTAGON": {"id": ["Pentagon"], "en": ["Pentagon"], "fr": ["Pentagone"], "zh": ["五角大楼"], "ja": ["国防総省", "ペンタゴン"], "ar": ["البنتاغون", "البنتاجون"]},
    "ASEAN": {"id": ["ASEAN"], "en": ["ASEAN", "Asean"], "fr": ["ASEAN", "Asean", "ANASE"], "zh": ["东盟"], "ja": ["ASEAN", "東南アジア諸国連合"], "ar": ["اسيان", "الاسيان"]},
    "OPEC": {"id": ["OPEC"], "en": ["OPEC", "Opec"], "fr": ["OPEP", "Opep"], "zh": ["欧佩克", "石油输出国组织"], "ja": ["OPEC", "石油輸出国機構"], "ar": ["اوبك"]},
    "HEZBOLLAH": {"id": ["Hizbullah", "Hizbulah"], "en": ["Hezbollah", "Hizbollah"], "fr": ["Hezbollah"], "zh": ["真主党"], "ja": ["ヒズボラ"], "ar": ["حزب الله"]},
    "HAMAS": {"id": ["Hamas"], "en": ["Hamas"], "fr": ["Hamas"], "zh": ["哈马斯"], "ja": ["ハマス"], "ar": ["حماس"]},
    "TALIBAN": {"id": ["Taliban"], "en": ["Taliban"], "fr": ["talibans", "Talibans", "taliban"], "zh": ["塔利班"], "ja": ["タリバン"], "ar": ["طالبان"]},
}
# HAND: zone cities whose name is also a common word or a person's name in the source or the
# target ("Lima" = five in Indonesian; "Casey", "Davis" are Antarctic stations).
CITY_DROP = {"Lima", "Oral", "Troll", "Casey", "Davis", "Palmer", "Regina", "Phoenix", "Stanley",
             "Jersey", "Canary", "Dawson", "Chihuahua", "Mawson", "Vostok", "Macquarie", "Eucla",
             "Nome", "Sitka", "Boise", "Juneau", "Center", "Beulah", "Marengo", "Vevay", "Knox",
             "Tell City", "Winamac", "Vincennes", "Petersburg", "Monticello", "New Salem", "Menominee",
             "Rothera", "Syowa", "McMurdo", "Rankin Inlet", "Resolute", "Creston", "Swift Current",
             "Thunder Bay", "Glace Bay", "Goose Bay", "Moncton", "Atikokan", "Inuvik", "Whitehorse",
             "Yakutat", "Metlakatla", "Adak", "Midway", "Wake", "Easter", "Pitcairn", "Christmas",
             "Norfolk", "Kerguelen", "Mahe", "Reunion", "Mayotte", "Comoro", "Chagos", "Cocos"}
# HAND: people whose names have their own spelling in some languages ("Poutine" in French).
PEOPLE = {
    "Putin": {"id": ["Putin"], "en": ["Putin"], "fr": ["Poutine"], "zh": ["普京"], "ja": ["プーチン"], "ar": ["بوتين"]},
}
# HAND: Indonesian spellings of cities that differ from CLDR's ("Moskwa").
CITY_EXTRA = {
    "Moscow": {"id": ["Moskow"], "en": ["Moskva"]},
    "Tehran": {"id": ["Teheran"], "fr": ["Téhéran"]},
    "Paris": {"en": ["Parisian", "Parisians"], "fr": ["parisien", "parisienne", "parisiens", "parisiennes", "Parisien", "Parisiens"]},
}


def fr_forms(adj):
    """Masculine singular French adjective -> its four forms."""
    if adj[0].isupper() or " " in adj:
        return [adj]
    if adj.endswith("e"):
        return [adj, adj + "s"]
    if adj.endswith("en"):
        # indien -> indienne, européen -> européenne, coréen -> coréenne
        return [adj, adj + "ne", adj + "s", adj + "nes"]
    if adj.endswith("s"):
        return [adj, adj + "e", adj + "es"]
    return [adj, adj + "e", adj + "s", adj + "es"]


def fr_forms_all(adj):
    out = fr_forms(adj)
    # nouns of nationality are capitalised in French ("les Russes")
    return out + [f[0].upper() + f[1:] for f in out if f[0].islower()]


def cldr_territories(root, package, lang):
    """A locale's territory names in the CLDR JSON of one npm package (cldr-localenames-full)."""
    path = os.path.join(root, package, "main", lang, "territories.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)["main"][lang]["localeDisplayNames"]["territories"]


def split_name(name):
    """The forms a CLDR display name stands for: "Myanmar (Burma)" is "Myanmar" and "Burma".
    A part in brackets counts only when it is one word long enough to be a name of its own
    ("刚果（金）" is not "金", gold; "منطقة إدارية خاصة" is a description)."""
    m = re.fullmatch(r"(.+?)\s*[(（](.+?)[)）]", name)
    if not m:
        return [name]
    head, inner = m.group(1).strip(), m.group(2).strip()
    min_len = 2 if any(ord(c) > 0x2e80 for c in inner) else 4
    out = [head]
    if " " not in inner and len(inner) >= min_len:
        out.append(inner)
    return out


def other_names(root, lang, code):
    """Other CLDR names of a territory in a language: its variant and short forms in CLDR 46 and
    its name in CLDR 31 (2017). Forms with a bracketed note ("Kongo (RDK)") or a dash ("Congo -
    Kinshasa") are left out: they are labels for a list, not names a text writes."""
    now = cldr_territories(root, "cldr46", lang)
    then = cldr_territories(root, "cldr31", lang)
    forms = [now.get(f"{code}-alt-variant"), now.get(f"{code}-alt-short"), then.get(code)]
    out = []
    for f in forms:
        if not f or f == now.get(code) or re.search(r"[(（]| - ", f):
            continue
        out.append(f)
    return out


def add_adjectives(rows, concept, l, name):
    """Regular adjectives of a one-word name: Bolivia -> Bolivian(s), Bolivie -> bolivien(ne)(s),
    بوليفيا -> بوليفي."""
    if " " in name or "-" in name:
        return
    if l == "en" and name.endswith("a"):
        rows.update({(concept, l, name + "n", "alias"), (concept, l, name + "ns", "alias")})
    if l == "fr" and name.endswith("ie"):
        for g in fr_forms_all(name[:-2].lower() + "ien"):
            rows.add((concept, l, g, "alias"))
    if l == "ar" and name.endswith("يا") and len(name) >= 5:
        rows.add((concept, l, name[:-1], "alias"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cldr_json = sys.argv[1]
    rows = set()
    locales = {l: Locale.parse(l) for l in LANGS}
    for code, en in locales["en"].territories.items():
        if code in SKIP:
            continue
        if not (len(code) == 2 and code.isalpha()) and code not in REGIONS:
            continue
        concept = ("region:" + REGIONS[code]) if code in REGIONS else "country:" + code
        for l in LANGS:
            name = locales[l].territories.get(code)
            if not name or (code, l) in NAME_DROP:
                continue
            forms = split_name(name)
            rows.add((concept, l, forms[0], "name"))
            if len(forms) > 1:
                rows.add((concept, l, name, "alias"))
            forms += [] if code in REGIONS else other_names(cldr_json, l, code)
            for i, form in enumerate(forms):
                if i > 0:
                    rows.add((concept, l, form, "alias"))
                add_adjectives(rows, concept, l, form)
    for code, langs in EXTRA.items():
        if not langs:
            continue
        for l, forms in langs.items():
            for f in forms:
                for g in (fr_forms_all(f) if l == "fr" else [f]):
                    rows.add(("country:" + code, l, g, "alias"))
    for name, langs in REGION_EXTRA.items():
        for l, forms in langs.items():
            for f in forms:
                for g in (fr_forms_all(f) if l == "fr" else [f]):
                    rows.add(("region:" + name, l, g, "alias"))
    for name, langs in NATIONS.items():
        for l, forms in langs.items():
            for f in forms:
                for g in (fr_forms_all(f) if l == "fr" else [f]):
                    rows.add(("country:" + name, l, g, "name" if f == forms[0] else "alias"))
    for name, langs in ORGS.items():
        for l, forms in langs.items():
            canonical = max(forms, key=len)
            for f in forms:
                rows.add(("org:" + name, l, f, "name" if f == canonical else "alias"))
    # cities: the exemplar cities of CLDR time zones
    zone_country = get_global("zone_territories")
    zones = set()
    for l in LANGS:
        zones.update(z for z in locales[l].time_zones.keys() if "/" in z and not z.startswith("Etc/"))
    for z in sorted(zones):
        en_city = None
        tz = locales["en"].time_zones.get(z)
        if tz is not None and tz.get("city"):
            en_city = tz.get("city")
        if en_city is None:
            en_city = z.split("/")[-1].replace("_", " ")
        concept = "city:" + en_city.replace(" ", "_")
        forms = {}
        for l in LANGS:
            tz = locales[l].time_zones.get(z) if l != "en" else None
            city = tz.get("city") if tz is not None else None
            if l == "en":
                city = en_city
            if city is None and l in ("id", "fr"):
                city = en_city
            if city:
                forms[l] = city
        # a city needs a name in every language, and must not be a common word
        if len(forms) < len(LANGS):
            continue
        if forms["en"] in CITY_DROP:
            print(f"dropped city {forms['en']}", file=sys.stderr)
            continue
        for l, f in forms.items():
            rows.add((concept, l, f, "name"))
        # the country a city is in: a capital often stands for its country ("Pyongyang")
        country = zone_country.get(z)
        if country and country not in SKIP:
            rows.add((concept, "*", "country:" + country, "in"))
    for name, langs in PEOPLE.items():
        for l, forms in langs.items():
            for f in forms:
                rows.add(("person:" + name, l, f, "name"))
    for name, langs in CITY_EXTRA.items():
        for l, forms in langs.items():
            for f in forms:
                rows.add(("city:" + name, l, f, "alias"))
    print("# Names of countries, cities and organisations (and a few people whose names are spelt")
    print("# differently, \"Poutine\") in id, en, fr, zh, ja and ar.")
    print("# Generated by generate.py (rerun it; do not edit by hand). Columns: concept, language, form,")
    print("# and name (the usual name of the concept in that language) or alias. Rows with language *")
    print("# and kind \"in\" give the country a city is in (CLDR zone territories).")
    print("# Countries and territories: Unicode CLDR territory names via Babel 2.17.0 (CLDR 46), and as")
    print("# aliases CLDR's variant and short forms (CLDR 46) and former names (CLDR 31, 2017) from the npm")
    print("# package cldr-localenames-full (Unicode License v3).")
    print("# Cities: CLDR exemplar cities of time zones via Babel (Unicode License v3), minus a few that")
    print("# are also common words. Demonyms, short forms (AS, US, UK, PBB), the parts of the UK and")
    print("# organisations (UN, EU, NATO, WHO, ...) are a small hand-written list in generate.py,")
    print("# marked HAND there.")
    # a form listed both as the name and as an alias is the name
    best = {}
    for c, l, f, kind in rows:
        if best.get((c, l, f)) != "name":
            best[(c, l, f)] = kind
    for (c, l, f), kind in sorted(best.items()):
        print("\t".join((c, l, f, kind)))


if __name__ == "__main__":
    main()
