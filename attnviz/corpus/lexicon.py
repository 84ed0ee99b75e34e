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
VERB_FLAGS = ("motion", "stative", "generic", "adjective")
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
    irregular: str = ""  # ㄷ, ㅂ, 르, ㅎ, ㅅ
    noun: str = ""  # for 공부하다-type verbs: negation splits them, 공부 안 한다
    forms: dict = field(default_factory=dict, compare=False, hash=False)  # base, s, past, ing
    progressive: dict = field(default_factory=dict, compare=False, hash=False)  # 찾고 있다: looking for


@dataclass(frozen=True)
class Adjective:
    ko: str
    en: str
    subjects: frozenset
    irregular: str = ""


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
    speech: str  # "polite" (저), "plain" (너) or "" (either)


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
    """'listen to' -> {base: listen to, s: listens to, past: listened to, ing: listening to}.

    `listed` ('s|past|ing', e.g. 'lies|lay|lying') overrides lemminflect where it is wrong.
    """
    head, _, rest = base.partition(" ")
    if listed:
        s, past, ing = listed.split("|")
    else:
        s, past, ing = (getInflection(head, tag)[0] for tag in ("VBZ", "VBD", "VBG"))
    tail = " " + rest if rest else ""
    return {"base": base, "s": s + tail, "past": past + tail, "ing": ing + tail}


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
    """'human thing' -> the noun types it names, groups expanded."""
    out = set()
    for name in names.split():
        check(name in groups or name in known, where, f"unknown type or group {name!r}")
        out |= groups.get(name, {name})
    return frozenset(out)


def load_verbs(groups: dict, known: set) -> list[Verb]:
    verbs = []
    for where, row in rows("verbs"):
        flags = set(row["flags"].split())
        check(flags <= set(VERB_FLAGS), where, f"flags must be among {VERB_FLAGS}")
        check(row["irregular"] in IRREGULAR, where, f"irregular must be one of {IRREGULAR}")
        check(row["place"] in PLACE_PARTICLES, where, "place must be 에서, 에 or empty")
        check(row["subjects"] != "", where, "subjects are needed")
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
                forms=english_forms(row["english"], row["english_forms"]),
                progressive=english_forms(row["english_progressive"] or row["english"], ""),
            )
        )
    return verbs


def load_adjectives(groups: dict, known: set) -> list[Adjective]:
    adjectives = []
    for where, row in rows("adjectives"):
        check(row["irregular"] in IRREGULAR, where, f"irregular must be one of {IRREGULAR}")
        subjects = types(where, row["subjects"], groups, known)
        adjectives.append(
            Adjective(stem(where, row["korean"]), row["english"], subjects, row["irregular"])
        )
    return adjectives


def load_pronouns() -> list[Pronoun]:
    pronouns = []
    for where, row in rows("pronouns"):
        check(row["person"] in ("1", "2", "3", "4"), where, "person must be 1, 2, 3 or 4")
        check(row["speech"] in ("", "plain", "polite"), where, "speech must be plain, polite or empty")
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


NOUNS = load_nouns()
KINDS = {kind: [n for n in NOUNS if n.kind == kind] for kind in dict.fromkeys(n.kind for n in NOUNS)}
_GROUPS = load_groups()
_KNOWN = set(KINDS) | {"pronoun", "place"}
PLACES = [Place(r["korean"], r["english"], r["to"], r["at"]) for _, r in rows("places")]
VERBS = load_verbs(_GROUPS, _KNOWN)
ADJECTIVES = load_adjectives(_GROUPS, _KNOWN)
PRONOUNS = load_pronouns()
DEMONSTRATIVES = {
    r["korean"]: r["english"] for _, r in rows("demonstratives")
}  # 이것은 사과다 -> this is
# Copula complements: 나는 학생이다 -> i am a student. Relations (mother, guest) are not what one is.
JOBS = [n for n in KINDS["person"] if "relation" not in n.tags]
