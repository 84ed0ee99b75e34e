"""The parts every kind of sentence is built from: who is spoken of (`Subject`, in Korean and English),
the predicates Korean conjugates, and the English of a clause (agreement, tense, negation, questions).
"""

from dataclasses import dataclass

from . import hangul
from .korean import Form, Predicate, conjugate, with_particle
from .lexicon import (
    ADJECTIVES,
    VERBS,
    Adjective,
    Idiom,
    Noun,
    Place,
    Pronoun,
    Verb,
    english_forms,
    with_article,
)

TENSES = ["present", "past", "progressive", "past progressive", "future"]
BE = {("i", False): "am", ("3s", False): "is", ("pl", False): "are", ("i", True): "was"}
BE |= {("3s", True): "was", ("pl", True): "were"}
DO = {"i": "do", "3s": "does", "pl": "do"}
SELF = {"i": {"i", "we"}, "we": {"i", "we"}}  # who a subject cannot also be the object of
# 배우다 is to learn: 나는 배우다 must never mean "i am an actor"
PREDICATES = {v.ko + "다" for v in VERBS} | {a.ko + "다" for a in ADJECTIVES}
SPEECHES = ["plain", "polite", "polite", "formal"]  # how often each speech level is drawn


@dataclass
class Subject:
    topic: str  # 고양이는
    subject: str  # 고양이가
    en: str  # the cat
    agreement: str  # "i", "3s" (he sleeps) or "pl" (they sleep; also you)
    speech: str = ""  # "polite" for 저, "plain" for 너, "" for either
    gender: str = ""  # "m", "f" or "": which complements fit (he is a boy, never a girl)
    possessive: str = ""  # a pronoun's "my", "his": whose family a family-word object is
    honored: bool = False  # 할머니, 선생님: the verb may take -시-
    noun: Noun | None = None


def article(noun: Noun) -> str:
    if noun.article == "a":
        return with_article(noun.en)
    return f"{noun.article} {noun.en}".strip()


def noun_en(noun: Noun, possessive: str = "my") -> str:
    """How English names a noun it refers back to: the cat, minsu, english, my mother."""
    if "my" in noun.tags:  # Korean leaves one's own family unsaid; English says whose
        return f"{possessive} {noun.en}"
    return noun.en if noun.kind in ("name", "subject") else "the " + noun.en


def subject_from(ko: str, en: str, agreement: str, **kw) -> Subject:
    return Subject(with_particle(ko, "은"), with_particle(ko, "이"), en, agreement, **kw)


def noun_subject(noun: Noun) -> Subject:
    agreement = "pl" if noun.plural_only else "3s"
    honored = "honored" in noun.tags
    return subject_from(
        noun.ko, noun_en(noun), agreement, gender=noun.gender, honored=honored, noun=noun
    )


def pronoun_subject(pronoun: Pronoun) -> Subject:
    agreement = {1: "i", 2: "pl", 3: "3s", 4: "pl"}[pronoun.person]
    return Subject(
        pronoun.topic,
        pronoun.subject,
        pronoun.en,
        agreement,
        pronoun.speech,
        pronoun.gender,
        pronoun.possessive,
    )


def place_subject(place: Place) -> Subject:
    return subject_from(place.ko, place.en, "3s")


def coordinated(first: Noun, second: Noun, joiner: str = "과") -> Subject:
    """고양이와 개가, 고양이하고 개가 -> the cat and the dog (plural)."""
    a, b = noun_subject(first), noun_subject(second)
    joined = with_particle(first.ko, joiner) + " "
    return Subject(joined + b.topic, joined + b.subject, f"{a.en} and {b.en}", "pl")


UNSAID_I = Subject("", "", "i", "i", possessive="my")
UNSAID_YOU = Subject("", "", "you", "pl", possessive="your")  # 밥을 먹었어요? -> did you eat?


# --- English -------------------------------------------------------------------------------------
def be(agreement: str, past: bool) -> str:
    return BE[agreement, past]


def english_verb(subject: Subject, forms: dict, tense: str, negative: bool) -> str:
    """The verb phrase of a statement: sleeps, did not sleep, is sleeping, will sleep."""
    not_ = " not" if negative else ""
    if tense in ("progressive", "past progressive"):
        return f"{be(subject.agreement, tense != 'progressive')}{not_} {forms['ing']}"
    if tense == "future":
        return f"will{not_} {forms['base']}"
    if tense == "past":
        return f"did not {forms['base']}" if negative else forms["past"]
    if negative:
        return f"{DO[subject.agreement]} not {forms['base']}"
    return forms["s"] if subject.agreement == "3s" else forms["base"]


def english_clause(subject: Subject, forms: dict, form: Form, tail: list[str], negative: bool) -> str:
    """A whole verb clause, a question when the form asks: does the cat sleep in the park?"""
    rest = " ".join(tail)
    if form.negation == "못":
        can = "could not" if form.tense == "past" else "cannot"
        return f"{subject.en} {can} {forms['base']} {rest}".strip()
    if not form.question:
        return f"{subject.en} {english_verb(subject, forms, form.tense, negative)} {rest}".strip()
    if form.tense in ("progressive", "past progressive"):
        words = [be(subject.agreement, form.tense != "progressive"), subject.en, forms["ing"]]
    elif form.tense == "future":
        words = ["will", subject.en, forms["base"]]
    else:
        words = ["did" if form.tense == "past" else DO[subject.agreement], subject.en, forms["base"]]
    return " ".join(words + tail) + "?"


def english_be(subject: Subject, complement: str, form: Form) -> str:
    """is cute / was not at home / will be hungry / is it cold?"""
    negative = " not" if form.negation else ""
    if form.tense == "future":
        if form.question:
            return f"will {subject.en} be {complement}?"
        return f"{subject.en} will{negative} be {complement}"
    verb = be(subject.agreement, form.tense == "past")
    if form.question:
        return f"{verb} {subject.en} {complement}?"
    return f"{subject.en} {verb}{negative} {complement}"


def object_en(noun: Noun, definite: bool = False, plural: bool = False, possessive: str = "my") -> str:
    """a book, the window (definite), apples (generic plural), the balls (both), water, my mother."""
    if "my" in noun.tags:
        return f"{possessive} {noun.en}"
    if plural and noun.count == "countable":
        return f"the {noun.plural}" if definite else noun.plural  # please count the balls
    if definite and noun.count != "name":
        return "the " + noun.en
    return article(noun)


def fits(complement: Noun, subject: Subject) -> bool:
    """Gender agrees (no "he is a girl") and nobody is said to be themselves."""
    return complement.gender in ("", subject.gender) and complement.en not in subject.en.split()


def asked_object_en(noun: Noun, verb: Verb, possessive: str = "your") -> str:
    """The object of a request, suggestion or offer: something made, got or performed is "a" (please
    take a picture, let's sing a song), any other countable thing "the" (please open the door, shall we
    close the window?), the rest bare (please drink water)."""
    countable = noun.count in ("countable", "plural")
    definite = verb.definite or (countable and "made" not in verb.frames)
    return object_en(noun, definite, verb.generic, possessive)


def please_form(verb: Verb) -> tuple[str, str]:
    """-아/어 주세요 and the English verb after "please": 열어 주세요 (open), 공부해 주세요 (study),
    보여주세요 (show me: the verb already ends in 주다, so not 보여줘 주세요)."""
    if verb.ko.endswith("주"):
        return verb.ko + "세요", verb.forms["base"] + " me"
    if verb.noun and verb.ko.endswith("하"):
        return verb.ko[:-1] + "해 주세요", verb.forms["base"]
    return hangul.infinitive(verb.ko, verb.irregular) + " 주세요", verb.forms["base"]


def idiom_predicate(idiom: Idiom) -> Predicate:
    return Predicate(idiom.ko, idiom.irregular, True)


def english_idiom(subject: Subject, idiom: Idiom, form: Form) -> str:
    """is tall, feels good, was not hungry, did you feel good?"""
    if idiom.en.startswith("be "):
        return english_be(subject, idiom.en[3:], form)
    return english_clause(subject, english_forms(idiom.en, ""), form, [], bool(form.negation))


def verb_predicate(verb: Verb, split: bool = False) -> Predicate:
    """`split`: a 하다 verb said with its noun as the object, 샤워를 해요, 샤워를 안 해요 (verbs.tsv `split`)."""
    if split:
        noun = with_particle(verb.noun, "을")
        return Predicate(f"{noun} 하", "", False, noun, verb.honorific)
    return Predicate(verb.ko, verb.irregular, verb.adjective, verb.noun, verb.honorific)


def adjective_predicate(adjective: Adjective) -> Predicate:
    return Predicate(adjective.ko, adjective.irregular, True)


# kept for the tests and the examples: a verb in a tense, plain or polite, maybe negated with 안
def korean_verb(verb: Verb, tense: str, polite: bool, negative: bool) -> str:
    form = Form(tense, "polite" if polite else "plain", "안" if negative else "")
    return conjugate(verb_predicate(verb), form)
