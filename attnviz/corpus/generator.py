"""Korean–English sentence pairs of the kinds beginners and lecturers write, correct by construction.

    고양이가 잔다 -> the cat sleeps          학생이 도서관에서 책을 읽었어요 -> the student read a book at the library
    나는 학생이다 -> i am a student          그들은 사과를 안 먹고 있다 -> they are not eating an apple

Korean particles follow the final consonant, verbs conjugate by `hangul`; English agrees with its
subject. English is lower-case without punctuation, as the tokenizer sees it.
"""

import random
from dataclasses import dataclass

from . import hangul
from .lexicon import (
    ADJECTIVES,
    DEMONSTRATIVES,
    JOBS,
    KINDS,
    PLACES,
    PRONOUNS,
    VERBS,
    Adjective,
    Noun,
    Pronoun,
    with_article,
)

# Bumped when the pairs change meaning (not just number): a model trained on an older version is
# not expected to follow the new conventions (train.py records it in metrics.json).
VERSION = 2
TENSES = ["present", "past", "progressive", "past progressive"]
MAX_KOREAN, MAX_ENGLISH = 6, 10  # words


@dataclass
class Subject:
    topic: str  # 고양이는
    subject: str  # 고양이가
    en: str  # the cat
    agreement: str  # "i", "3s" (he sleeps) or "pl" (they sleep; also you)
    speech: str = ""  # "polite" for 저, "plain" for 너, "" for either
    gender: str = ""  # "m", "f" or "": which complements fit (he is a boy, never a girl)
    possessive: str = ""  # a pronoun's "my", "his": whose family a family-word object is


def article(noun: Noun) -> str:
    if noun.article == "a":
        return with_article(noun.en)
    return f"{noun.article} {noun.en}".strip()


def noun_en(noun: Noun, possessive: str = "my") -> str:
    """How English names a noun it refers back to: the cat, minsu, english, my mother."""
    if "my" in noun.tags:  # Korean leaves one's own family unsaid; English says whose
        return f"{possessive} {noun.en}"
    return noun.en if noun.kind in ("name", "subject") else "the " + noun.en


def noun_subject(noun: Noun) -> Subject:
    agreement = "pl" if noun.plural_only else "3s"
    return Subject(
        hangul.particle(noun.ko, "은", "는"),
        hangul.particle(noun.ko, "이", "가"),
        noun_en(noun),
        agreement,
        gender=noun.gender,
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


def coordinated(first: Noun, second: Noun) -> Subject:
    """고양이와 개가 -> the cat and the dog (plural)."""
    a, b = noun_subject(first), noun_subject(second)
    joined = hangul.particle(first.ko, "과", "와") + " "
    return Subject(joined + b.topic, joined + b.subject, f"{a.en} and {b.en}", "pl")


# --- English -------------------------------------------------------------------------------------
def be(agreement: str, past: bool) -> str:
    if past:
        return "were" if agreement == "pl" else "was"
    return {"i": "am", "3s": "is", "pl": "are"}[agreement]


def english_verb(subject: Subject, forms: dict, tense: str, negative: bool) -> str:
    if tense in ("progressive", "past progressive"):
        return (
            f"{be(subject.agreement, tense != 'progressive')}{' not' if negative else ''} {forms['ing']}"
        )
    if tense == "past":
        return f"did not {forms['base']}" if negative else forms["past"]
    if negative:
        return ("does" if subject.agreement == "3s" else "do") + " not " + forms["base"]
    return forms["s"] if subject.agreement == "3s" else forms["base"]


# --- Korean --------------------------------------------------------------------------------------
def korean_predicate(
    stem: str, tense: str, polite: bool, adjective: bool = False, irregular: str = ""
) -> str:
    if tense == "present":
        return (
            hangul.infinitive(stem, irregular) + "요"
            if polite
            else hangul.plain_present(stem, adjective)
        )
    if tense == "past":
        return hangul.past_stem(stem, irregular) + ("어요" if polite else "다")
    있다 = {
        "progressive": "있어요" if polite else "있다",
        "past progressive": "있었어요" if polite else "있었다",
    }
    return f"{stem}고 {있다[tense]}"


def korean_verb(verb, tense: str, polite: bool, negative: bool) -> str:
    if negative and verb.noun:  # 공부한다 -> 공부 안 한다
        return f"{verb.noun} 안 {korean_predicate('하', tense, polite)}"
    return ("안 " if negative else "") + korean_predicate(
        verb.ko, tense, polite, verb.adjective, verb.irregular
    )


def copula(noun_ko: str, tense: str, polite: bool, negative: bool) -> str:
    """학생이다 / 의사예요 / 학생이었다 / 의사가 아니에요."""
    past = tense == "past"
    if negative:
        ending = (
            ("아니었어요" if polite else "아니었다") if past else ("아니에요" if polite else "아니다")
        )
        return hangul.particle(noun_ko, "이", "가") + " " + ending
    if past:
        return hangul.particle(noun_ko, "이었", "였") + ("어요" if polite else "다")
    return (
        hangul.particle(noun_ko, "이에요", "예요") if polite else hangul.particle(noun_ko, "이다", "다")
    )


def fits(complement: Noun, subject: Subject) -> bool:
    """Gender agrees (no "he is a girl") and nobody is said to be themselves."""
    return complement.gender in ("", subject.gender) and complement.en not in subject.en.split()


# --- sentences -----------------------------------------------------------------------------------
class Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)

    def pick(self, items):
        return self.rng.choice(items)

    def subject(self, kinds) -> Subject:
        """A subject of one of these noun kinds (or a pronoun), sometimes two joined by 와/과."""
        kinds = sorted(kinds)
        if "pronoun" in kinds and self.rng.random() < 0.3:
            return pronoun_subject(self.pick(PRONOUNS))
        nouns = [n for k in kinds if k in KINDS for n in KINDS[k]]
        if len(nouns) > 1 and self.rng.random() < 0.08:
            first, second = self.rng.sample(nouns, 2)
            return coordinated(first, second)
        return noun_subject(self.pick(nouns))

    def said(self, subject: Subject) -> str:
        return subject.topic if self.rng.random() < 0.4 else subject.subject

    def tense(self, subject: Subject, progressive=True) -> tuple[str, bool, bool]:
        """Tense, politeness (저 is always polite, 너 always plain) and negation."""
        tenses = TENSES if progressive else TENSES[:2]
        tense, polite, negative = self.pick(tenses), self.rng.random() < 0.5, self.rng.random() < 0.25
        return tense, {"polite": True, "plain": False}.get(subject.speech, polite), negative

    def verb_object(self, verb, subject: Subject, polite: bool) -> tuple[str, str]:
        """The object, Korean with 을/를 and English: a book, apples (after like), him, my mother."""
        if {"person", "name"} & verb.objects and self.rng.random() < 0.15:  # 그를 -> him
            speech = "polite" if polite else "plain"
            pronoun = self.pick([p for p in PRONOUNS if p.en != subject.en and p.speech in ("", speech)])
            return pronoun.object, pronoun.en_object
        candidates = [
            n
            for k in sorted(verb.objects)
            for n in KINDS[k]
            if n.en not in subject.en.split()  # not "the cat sees a cat"
            and ("my" not in n.tags or subject.possessive)  # "his mother" needs a pronoun to be his
            and not (verb.generic and n.kind == "person" and "my" not in n.tags)  # not "loves men"
        ]
        noun = self.pick(candidates)
        if "my" in noun.tags:
            en = f"{subject.possessive} {noun.en}"
        elif verb.generic and noun.article == "a":
            en = noun.plural
        else:
            en = article(noun)
        return hangul.particle(noun.ko, "을", "를"), en

    def verb_sentence(self) -> tuple[str, str]:
        verb = self.pick(VERBS)
        subject = self.subject(verb.subjects)
        tense, polite, negative = self.tense(subject, progressive=not verb.stative)
        ko = [self.said(subject)]
        en_tail = []
        if verb.places == "에" or (verb.places == "에서" and self.rng.random() < 0.4):
            place = self.pick(PLACES)
            ko.append(place.ko + verb.places)
            en_tail.append(place.to if verb.motion else place.at)
        if verb.objects:
            ko_object, en_object = self.verb_object(verb, subject, polite)
            ko.append(ko_object)
            en_tail.insert(0, en_object)
        ko.append(korean_verb(verb, tense, polite, negative))
        forms = verb.progressive if "progressive" in tense else verb.forms
        return " ".join(ko), " ".join(
            [subject.en, english_verb(subject, forms, tense, negative)] + en_tail
        )

    def place_sentence(self) -> tuple[str, str]:
        """고양이가 집에 있다 -> the cat is at home; 없다 -> is not."""
        subject = self.subject({"animal", "person", "name", "pronoun", "thing", "vehicle"})
        place = self.pick(PLACES)
        tense, polite, negative = self.tense(subject, progressive=False)
        stem = "없" if negative else "있"
        ko = f"{self.said(subject)} {place.ko}에 {korean_predicate(stem, tense, polite, adjective=True)}"
        en = f"{subject.en} {be(subject.agreement, tense == 'past')}{' not' if negative else ''} {place.at}"
        return ko, en

    def adjective_sentence(self) -> tuple[str, str]:
        adjective: Adjective = self.pick(ADJECTIVES)
        kinds = set(adjective.subjects)
        if "place" in kinds and self.rng.random() < 0.3:
            place = self.pick(PLACES)
            subject = Subject(
                hangul.particle(place.ko, "은", "는"),
                hangul.particle(place.ko, "이", "가"),
                place.en,
                "3s",
            )
        else:
            subject = self.subject(kinds - {"place"})
        tense, polite, negative = self.tense(subject, progressive=False)
        ko = ("안 " if negative else "") + korean_predicate(
            adjective.ko, tense, polite, True, adjective.irregular
        )
        en = f"{subject.en} {be(subject.agreement, tense == 'past')}{' not' if negative else ''} {adjective.en}"
        return f"{self.said(subject)} {ko}", en

    def copula_sentence(self) -> tuple[str, str]:
        """나는 학생이다 -> i am a student; 이것은 사과예요 -> this is an apple."""
        if self.rng.random() < 0.6:
            subject = self.subject({"name", "pronoun"})
            noun = self.pick([j for j in JOBS if fits(j, subject)])
            complement = (
                noun.plural if subject.agreement == "pl" and subject.en != "you" else article(noun)
            )
        else:
            ko, en = self.pick(list(DEMONSTRATIVES.items()))
            subject = Subject(ko + "은", ko + "이", en, "3s")
            kinds = (
                "animal",
                "dish",
                "produce",
                "drink",
                "thing",
                "book",
                "press",
                "opening",
                "clothes",
                "headwear",
                "vehicle",
                "ride",
            )
            noun = self.pick([n for k in kinds for n in KINDS[k] if not n.plural_only])
            complement = article(noun)
        tense, polite, negative = self.tense(subject, progressive=False)
        ko = f"{self.said(subject) if not negative else subject.topic} {copula(noun.ko, tense, polite, negative)}"
        en = f"{subject.en} {be(subject.agreement, tense == 'past')}{' not' if negative else ''} {complement}"
        return ko, en

    def sentence(self) -> tuple[str, str]:
        kind = self.rng.choices(
            [self.verb_sentence, self.place_sentence, self.adjective_sentence, self.copula_sentence],
            weights=[60, 8, 20, 12],
        )[0]
        return kind()


def generate_pairs(n: int, seed: int = 0) -> list[tuple[str, str]]:
    """`n` (korean, english) pairs, distinct by Korean, the same for the same seed."""
    generator, pairs, seen = Generator(seed), [], set()
    for _ in range(n * 50):
        if len(pairs) == n:
            return pairs
        korean, english = generator.sentence()
        if korean in seen or len(korean.split()) > MAX_KOREAN or len(english.split()) > MAX_ENGLISH:
            continue
        seen.add(korean)
        pairs.append((korean, english))
    raise ValueError(f"could not generate {n} distinct pairs")
