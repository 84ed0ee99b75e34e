"""The generator's words, read from data/lexicon/*.tsv (one file per kind, described in its README).

Nouns carry a type (person, animal, food, ...) so that verbs and adjectives only meet nouns they make
sense with: people read books, cats do not; apples are delicious, teachers are not. English plurals
and a/an come from `inflect` and verb forms from `lemminflect`; the files list only where they are wrong.
"""

import csv
from dataclasses import dataclass, field
from functools import cache

import inflect
from lemminflect import getInflection

from . import DATA

LEXICON = DATA / "lexicon"
COUNTS = ("countable", "uncountable", "plural", "unique", "name")
IRREGULAR = ("", "ㄷ", "ㅂ", "르", "ㅎ", "ㅅ")
# a pronoun's `speech` -> the speech levels it is said in: 저 politely, 너 plainly, 나 not formally
SPEECH_LEVELS = {"polite": ("polite", "formal"), "plain": ("plain",), "casual": ("plain", "polite")}
# The sentences a verb is used in besides statements (verbs.tsv `frames`, see data/lexicon/README.md)
VERB_FRAMES = (
    "with",
    "purpose",
    "offer",
    "unsuggested",
    "unasked",
    "rest",
    "made",
    "where",
    "what",
    "try",
)
VERB_FLAGS = (
    "motion",
    "stative",
    "generic",
    "adjective",
    "negated",
    "definite",
    "weather",
    "recipient",
    "source",
    "split",
)
PLACE_KINDS = ("building", "home", "room", "nature", "city", "event")
PLACE_PARTICLES = ("", "에서", "에")


@dataclass(frozen=True)
class Noun:
    ko: str
    en: str
    kind: str
    count: str = "countable"  # one of COUNTS
    plural: str = ""  # "students": after we/they are, and after like/love/hate; "" when uncountable
    gender: str = ""  # "m", "f" or "" (teacher, friend: English does not say)
    tags: frozenset = frozenset()

    @property
    def article(self) -> str:
        """'a' (a/an), 'the' for unique things, '' for uncountable, plural-only nouns and names."""
        return {"countable": "a", "unique": "the"}.get(self.count, "")

    @property
    def plural_only(self) -> bool:  # socks, glasses: "the socks are", never "a sock"
        return self.count == "plural"


@dataclass(frozen=True)
class Place:
    ko: str
    en: str  # as a subject: "the park"
    to: str  # after go/come: "to the park", "home"
    at: str  # where something happens: "in the park", "at home"
    kind: str = "building"  # one of PLACE_KINDS


@dataclass(frozen=True)
class Verb:
    ko: str  # stem: 자 for 자다
    en: str  # base form, with its particle: "sleep", "listen to"
    subjects: frozenset  # noun types that can do it
    objects: frozenset = frozenset()  # noun types it takes as 을/를 objects; empty: intransitive
    places: str = ""  # "에서": where it happens (optional), "에": where it goes or lives (always)
    motion: bool = False  # 가다, 오다: the place is a destination, "to the park"
    stative: bool = False  # like, see: no progressive in English ("is liking")
    generic: bool = False  # like, love, hate: countable objects in the plural, "likes apples"
    adjective: bool = False  # 맛없다: conjugates like an adjective (맛없다, not 맛없는다)
    negated: bool = False  # 모르다: English says it with not (does not know)
    definite: bool = False  # 치다: English objects take "the" (play the piano, turn on the tv)
    weather: bool = False  # 비가 오다: English says it with "it" and the noun as the verb (it rains)
    recipient: bool = False  # 주다: may say to whom, 에게 (gives my friend a book)
    source: bool = False  # 받다: may say from whom, 에게서 (got a book from my friend)
    split: bool = False  # 샤워하다: also said with its noun as the object, 샤워를 해요 (as people do)
    irregular: str = ""  # ㄷ, ㅂ, 르, ㅎ, ㅅ
    noun: str = ""  # for 공부하다-type verbs: negation splits them, 공부 안 한다
    where: frozenset = frozenset()  # place kinds or =places it happens at; empty: any but events
    honorific: str = ""  # the stem used for honored subjects where it is a word of its own: 주무시
    forms: dict = field(default_factory=dict, compare=False, hash=False)  # base, s, past, ing
    progressive: dict = field(default_factory=dict, compare=False, hash=False)  # 찾고 있다: looking for
    frames: frozenset = frozenset()  # the sentences it is used in besides statements: VERB_FRAMES


@dataclass(frozen=True)
class Adjective:
    ko: str
    en: str
    subjects: frozenset
    irregular: str = ""
    before_noun: bool = True  # 큰 개; not 반가운 사촌 ("a glad cousin")
    feeling: bool = (
        False  # 배고프다, 피곤하다: said of oneself (배고파요 -> i am hungry), a reason (피곤해서)
    )
    # 고맙다, 슬프다: a feeling only its owner can state; said of a third person (화가가 고마웠다) it reads as
    # the speaker's feeling about them ("i was grateful to the painter")
    inner: bool = False
    negation: str = ""  # "지": negated only as -지 않다 (커다랗지 않다, never 안 커다랗다)
    # said of how things are, with "it" and no subject: 비싸지만 -> it is expensive but
    situation: bool = False


@dataclass(frozen=True)
class Pronoun:
    topic: str  # 나는
    subject: str  # 내가 (나 + 가)
    object: str  # 나를
    en: str  # i
    en_object: str  # me
    person: int  # 1, 2, 3; 4 for we and they
    possessive: str  # my
    gender: str  # "m", "f" or ""
    speech: str  # "polite" (저), "plain" (너), "casual" (나: not -습니다) or "" (any)


@dataclass(frozen=True)
class Adverb:
    ko: str
    en: str  # at the end of the English sentence: "today", "slowly"
    position: str  # "time": after the subject (나는 어제 ...); "manner" and "degree" (아주 커요): just
    # before the verb or adjective
    tenses: frozenset  # the tenses it goes with: 어제 only past, 내일 only future
    verbs: frozenset  # the verbs (stems) it goes with; empty: any
    negations: frozenset = (
        frozenset()
    )  # the negations it goes with (잘: 못, since 잘 안 is "rarely"); empty: any


@dataclass(frozen=True)
class Idiom:
    """A noun and an adjective that English says in one word: 키가 크다 (be tall), 기분이 좋다 (feel good)."""

    noun: str  # 키가, with its particle
    ko: str  # the adjective's stem: 크
    en: str  # "be tall" (said with be) or "feel good" (a verb)
    irregular: str
    subjects: frozenset


@dataclass(frozen=True)
class Location:
    """A word of place after a noun: 책상 위에 (on the desk), 학교 앞에 (in front of the school)."""

    ko: str  # 위
    en: str  # on
    landmarks: frozenset  # noun types, place kinds and single words (=옷장) it is said of
    subjects: frozenset  # what can be there: noun types and single words


@dataclass(frozen=True)
class Number:
    value: int
    native: str  # 하나
    native_counted: str  # 한 (before a counter: 한 개)
    sino: str  # 일
    en: str


@dataclass(frozen=True)
class Counter:
    ko: str  # 개, 명, 마리
    counts: frozenset  # noun types or =nouns it counts
    en: str  # "cup of" (two cups of coffee); "" when English just says the plural (two cats)
    numbers: str  # "native" (두 개) or "sino" (이 분)


class LexiconError(ValueError):
    """A row in data/lexicon/ that cannot be used; the message names the file and line."""


def rows(name: str) -> list[tuple[str, dict]]:
    """(where, row) for each row of data/lexicon/<name>.tsv; `where` is 'nouns.tsv:12' for messages."""
    path = LEXICON / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            (f"{path.name}:{i}", {k: (v or "").strip() for k, v in row.items()})
            for i, row in enumerate(reader, 2)
        ]


def check(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise LexiconError(f"{where}: {message}")


def stem(where: str, dictionary_form: str) -> str:
    check(dictionary_form.endswith("다") and len(dictionary_form) > 1, where, "not a 다 form")
    return dictionary_form[:-1]


@cache
def _inflect() -> inflect.engine:
    return inflect.engine()


def english_plural(noun: str) -> str:
    return _inflect().plural_noun(noun)


def with_article(noun: str) -> str:
    """'an apple', 'a university': inflect knows how the word sounds."""
    return _inflect().a(noun)


def english_forms(base: str, listed: str) -> dict:
    """'listen to' -> {base: listen to, s: listens to, past: listened to, ing: listening to, pp:
    listened to}.

    `listed` ('s|past|ing', e.g. 'lies|lied|lying', or 's|past|ing|participle', 'lies|lay|lying|lain')
    overrides lemminflect where it is wrong; without a participle of its own, it is the past.
    """
    head, _, rest = base.partition(" ")
    if listed:
        s, past, ing, *participle = listed.split("|")
        pp = participle[0] if participle else past
    else:
        s, past, ing, pp = (getInflection(head, tag)[0] for tag in ("VBZ", "VBD", "VBG", "VBN"))
    tail = " " + rest if rest else ""
    return {"base": base, "s": s + tail, "past": past + tail, "ing": ing + tail, "pp": pp + tail}


def load_groups() -> dict[str, frozenset]:
    return {row["group"]: frozenset(row["types"].split()) for _, row in rows("groups")}


def load_nouns() -> list[Noun]:
    nouns = []
    for where, row in rows("nouns"):
        check(
            row["korean"] and row["english"] and row["type"],
            where,
            "korean, english and type are needed",
        )
        check(row["count"] in COUNTS, where, f"count must be one of {COUNTS}")
        check(row["gender"] in ("", "m", "f"), where, "gender must be m, f or empty")
        plural = row["plural"] or (english_plural(row["english"]) if row["count"] == "countable" else "")
        tags = frozenset(row["tags"].split())
        nouns.append(
            Noun(row["korean"], row["english"], row["type"], row["count"], plural, row["gender"], tags)
        )
    return nouns


def types(where: str, names: str, groups: dict, known: set) -> frozenset:
    """'human thing =개 -종이' -> the noun types (and single words, =개) it names, groups expanded, and
    the single words it leaves out of them (-종이: paper is a thing, but not something one draws)."""
    out = set()
    for name in names.split():
        word = "=" + name[1:] if name.startswith("-") else name
        check(word in groups or word in known, where, f"unknown type, group or word {name!r}")
        out |= groups.get(name, {name})
    return frozenset(out)


def load_verbs(groups: dict, known: set) -> list[Verb]:
    verbs = []
    for where, row in rows("verbs"):
        flags = set(row["flags"].split())
        check(flags <= set(VERB_FLAGS), where, f"flags must be among {VERB_FLAGS}")
        frames = frozenset(row["frames"].split())
        check(frames <= set(VERB_FRAMES), where, f"frames must be among {VERB_FRAMES}")
        check(row["irregular"] in IRREGULAR, where, f"irregular must be one of {IRREGULAR}")
        check(row["place"] in PLACE_PARTICLES, where, "place must be 에서, 에 or empty")
        check(row["subjects"] != "", where, "subjects are needed")
        check(
            "split" not in flags or (row["noun"] and not row["objects"]),
            where,
            "only a 하다 verb with its noun and no object of its own is split (샤워를 하다)",
        )
        verbs.append(
            Verb(
                stem(where, row["korean"]),
                row["english"],
                types(where, row["subjects"], groups, known),
                types(where, row["objects"], groups, known),
                row["place"],
                *(flag in flags for flag in VERB_FLAGS),
                irregular=row["irregular"],
                noun=row["noun"],
                where=types(where, row["where"], {}, set(PLACE_KINDS) | WORDS),
                honorific=stem(where, row["honorific"]) if row["honorific"] else "",
                forms=english_forms(row["english"], row["english_forms"]),
                progressive=english_forms(row["english_progressive"] or row["english"], ""),
                frames=frames,
            )
        )
    return verbs


def load_adjectives(groups: dict, known: set) -> list[Adjective]:
    adjectives = []
    for where, row in rows("adjectives"):
        check(row["irregular"] in IRREGULAR, where, f"irregular must be one of {IRREGULAR}")
        subjects = types(where, row["subjects"], groups, known)
        check(row["before_noun"] in ("", "no"), where, "before_noun must be no or empty")
        before_noun = row["before_noun"] != "no"
        check(row["feeling"] in ("", "yes", "inner"), where, "feeling must be yes, inner or empty")
        check(row["negation"] in ("", "지"), where, "negation must be 지 or empty")
        check(row["situation"] in ("", "yes"), where, "situation must be yes or empty")
        adjectives.append(
            Adjective(
                stem(where, row["korean"]),
                row["english"],
                subjects,
                row["irregular"],
                before_noun,
                row["feeling"] != "",
                row["feeling"] == "inner",
                row["negation"],
                row["situation"] == "yes",
            )
        )
    return adjectives


def load_pronouns() -> list[Pronoun]:
    pronouns = []
    for where, row in rows("pronouns"):
        check(row["person"] in ("1", "2", "3", "4"), where, "person must be 1, 2, 3 or 4")
        check(row["speech"] in ("", *SPEECH_LEVELS), where, f"speech must be one of {SPEECH_LEVELS}")
        pronouns.append(
            Pronoun(
                row["topic"],
                row["subject"],
                row["object"],
                row["english"],
                row["english_object"],
                int(row["person"]),
                row["possessive"],
                row["gender"],
                row["speech"],
            )
        )
    return pronouns


def load_places() -> list[Place]:
    places = []
    for where, row in rows("places"):
        check(row["type"] in PLACE_KINDS, where, f"type must be one of {PLACE_KINDS}")
        places.append(Place(row["korean"], row["english"], row["to"], row["at"], row["type"]))
    return places


def load_adverbs() -> list[Adverb]:
    adverbs = []
    for where, row in rows("adverbs"):
        check(
            row["position"] in ("time", "manner", "degree"),
            where,
            "position must be time, manner or degree",
        )
        tenses = frozenset(row["tenses"].split())
        check(bool(tenses) and tenses <= set(TENSES), where, f"tenses must be among {TENSES}")
        verbs = frozenset(stem(where, v) for v in row["verbs"].split())
        negations = frozenset(row["negation"].split())
        check(negations <= {"안", "지", "못"}, where, "negation must be among 안, 지, 못")
        adverbs.append(Adverb(row["korean"], row["english"], row["position"], tenses, verbs, negations))
    return adverbs


def load_locations(known: set) -> list[Location]:
    places = set(PLACE_KINDS) - {"city", "event", "nature"}  # not "in front of korea"
    return [
        Location(
            row["korean"],
            row["english"],
            types(where, row["landmarks"], {}, known | places),
            types(where, row["subjects"], {}, known),
        )
        for where, row in rows("locations")
    ]


def load_idioms(groups: dict, known: set) -> list[Idiom]:
    idioms = []
    for where, row in rows("idioms"):
        noun, _, adjective = row["korean"].partition(" ")
        check(
            bool(noun) and adjective.endswith("다"),
            where,
            "korean must be a noun and a 다 form: 키가 크다",
        )
        check(row["irregular"] in IRREGULAR, where, f"irregular must be one of {IRREGULAR}")
        idioms.append(
            Idiom(
                noun,
                adjective[:-1],
                row["english"],
                row["irregular"],
                types(where, row["subjects"], groups, known),
            )
        )
    return idioms


def load_counters(known: set) -> list[Counter]:
    counters = []
    for where, row in rows("counters"):
        check(row["numbers"] in ("native", "sino"), where, "numbers must be native or sino")
        counts = types(where, row["counts"], {}, known | {"age", "hour", "minute"})
        counters.append(Counter(row["korean"], counts, row["english"], row["numbers"]))
    return counters


TENSES = ("present", "past", "progressive", "past-progressive", "future")
NOUNS = load_nouns()
KINDS = {kind: [n for n in NOUNS if n.kind == kind] for kind in dict.fromkeys(n.kind for n in NOUNS)}
PLACES = load_places()
_GROUPS = load_groups()
WORDS = {"=" + n.ko for n in NOUNS} | {"=" + p.ko for p in PLACES}  # single words: =개 barks
KNOWN = set(KINDS) | {"pronoun", "place"} | WORDS
VERBS = load_verbs(_GROUPS, KNOWN)
ADJECTIVES = load_adjectives(_GROUPS, KNOWN)
PRONOUNS = load_pronouns()
DEMONSTRATIVES = {r["korean"]: r["english"] for _, r in rows("demonstratives")}  # 이것은 -> this is
ADVERBS = load_adverbs()
NUMBERS = [
    Number(int(r["value"]), r["native"], r["native_counted"], r["sino"], r["english"])
    for _, r in rows("numbers")
]
COUNTERS = load_counters(KNOWN)
LOCATIONS = load_locations(KNOWN)
IDIOMS = load_idioms(_GROUPS, KNOWN)
# Copula complements: 나는 학생이다 -> i am a student. Relations (mother, guest) are not what one is.
JOBS = [n for n in KINDS["person"] if "relation" not in n.tags]


def nouns_for(selectors: frozenset) -> list[Noun]:
    """The nouns a subjects / objects / counts column names: types, and single words (=개), less the
    words it leaves out (-종이)."""
    return [
        n
        for n in NOUNS
        if (n.kind in selectors or "=" + n.ko in selectors) and "-" + n.ko not in selectors
    ]


def places_for(selectors: frozenset) -> list[Place]:
    """The places a column names: all of them for `place`, else place kinds and single places (=강)."""
    if "place" in selectors:
        return PLACES
    return [p for p in PLACES if p.kind in selectors or "=" + p.ko in selectors]
