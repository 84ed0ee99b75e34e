"""Korean–English sentence pairs of the kinds beginners and lecturers write, correct by construction.

    고양이가 잔다 -> the cat sleeps          학생이 도서관에서 책을 읽었어요 -> the student read a book at the library
    나는 학생이다 -> i am a student          그들은 사과를 안 먹고 있다 -> they are not eating an apple
    비가 와요 -> it is raining               배고파서 밥을 먹었어요 -> i was hungry so i ate rice

Each kind of sentence is a method of `Generator`; words come from the lexicon (data/lexicon/) and only
in the combinations it allows, Korean conjugates by `korean`, English agrees with its subject. English
is lower-case, as the tokenizer sees it; a question ends with "?" on both sides.
"""

import random
from dataclasses import replace

from . import hangul
from .korean import Form, Predicate, conjugate, connective, copula, with_particle
from .lexicon import (
    ADJECTIVES,
    ADVERBS,
    COUNTERS,
    DEMONSTRATIVES,
    IDIOMS,
    JOBS,
    KINDS,
    LOCATIONS,
    NUMBERS,
    PRONOUNS,
    SPEECH_LEVELS,
    VERBS,
    Adjective,
    Idiom,
    Location,
    Noun,
    Place,
    Verb,
    english_forms,
    nouns_for,
    places_for,
    with_article,
)
from .particle_sentences import ParticleSentences
from .parts import (
    PREDICATES,
    SELF,
    SPEECHES,
    TENSES,
    UNSAID_I,
    UNSAID_YOU,
    Subject,
    adjective_predicate,
    article,
    asked_object_en,
    be,
    coordinated,
    english_be,
    english_clause,
    english_idiom,
    fits,
    idiom_predicate,
    noun_en,
    noun_subject,
    object_en,
    place_subject,
    please_form,
    pronoun_subject,
    subject_from,
    verb_predicate,
)
from .question_sentences import QuestionSentences

# Bumped when the pairs change meaning (not just number): a model trained on an older version is
# not expected to follow the new conventions (train.py records it in metrics.json).
VERSION = 6  # 6: 하다 verbs also split, 샤워를 해요
MAX_KOREAN, MAX_ENGLISH = 10, 16  # words
SPLIT_SHARE = 0.35
# what 이것은 ...이다 names: this is an apple, a dog, a chair
HAVEABLE = frozenset(  # what 고양이가 있어요 / 시간이 있어요 speaks of
    "animal thing book message abstract ailment money furniture clothes footwear headwear handwear dish baked "
    "snack produce "
    "meat drink vehicle ride played blown plant person".split()
)
CONNECTIVES = ["고", "지만", "아서", "면", "니까", "ㄹ 때"]
# The English of "first clause + connective + second clause"; -고 and a motion verb's -아서 that share
# one subject ("i ate and went") are joined in `two_clauses` itself.
JOINED = {
    "고": "{first} and {second}",
    "지만": "{first} but {second}",
    "아서": "{first} so {second}",
    "니까": "{first} so {second}",
    "면": "if {first} {second}",
    "ㄹ 때": "when {first} {second}",
}
NAMEABLE = frozenset(
    "animal dish baked snack produce drink thing book clothes headwear vehicle furniture played blown plant".split()
)
# What `described` leaves out, by whether living nouns may be described: always a pronoun, and for a
# clause whose unsaid main subject is "i" anything alive (승무원이 외롭지만 청소해요 would be the flight
# attendant cleaning, not "i").
NOT_DESCRIBED = {True: frozenset({"pronoun"}), False: frozenset({"pronoun", "person", "name", "animal"})}
DESCRIBING = {  # the adjectives said of some noun (날씨가 좋다), by whether living nouns may be that noun
    living: [a for a in ADJECTIVES if not a.inner and nouns_for(a.subjects - left_out)]
    for living, left_out in NOT_DESCRIBED.items()
}


# --- sentences -----------------------------------------------------------------------------------


class Generator(ParticleSentences, QuestionSentences):
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        # its own stream, so splitting a verb leaves every other choice of a seed's sentences as it was
        self.split_rng = random.Random(f"split {seed}")

    def pick(self, items):
        return self.rng.choice(list(items))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def predicate(self, verb: Verb) -> Predicate:
        """The verb as said; a third of the time a 하다 verb that may be split is, 샤워를 해요 for
        샤워해요, as people often say it (verbs.tsv `split`)."""
        return verb_predicate(verb, split=verb.split and self.split_rng.random() < SPLIT_SHARE)

    # --- the parts ---
    def action(self) -> Verb:
        """A verb a person does (not a state like 알다, not the weather): for wants, requests, clauses."""
        return self.pick([v for v in VERBS if "person" in v.subjects and not (v.stative or v.weather)])

    def place_for(self, verb: Verb) -> Place:
        """Where the verb happens (its own places, else any but events) or where it goes (any)."""
        if verb.where:
            return self.pick(places_for(verb.where))
        return self.pick(
            [p for p in places_for(frozenset({"place"})) if p.kind != "event" or verb.motion]
        )

    def place_of(self, verb: Verb, chance: float) -> tuple[list[str], list[str]]:
        """Where the verb goes (always) or, this often, where it happens: [공원에], [to the park]."""
        if verb.places == "에" or (verb.places == "에서" and self.chance(chance)):
            place = self.place_for(verb)
            return [place.ko + verb.places], [place.to if verb.motion else place.at]
        return [], []

    def subject(self, kinds, plain_nouns: bool = False) -> Subject:
        """A subject of these noun types (or a pronoun): a noun, sometimes with 이/그/저, an adjective,
        내/우리 or 들, or two nouns joined by 와/과/하고."""
        if "pronoun" in kinds and self.chance(0.3):
            return pronoun_subject(self.pick(PRONOUNS))
        nouns = nouns_for(frozenset(kinds))
        if len(nouns) > 1 and self.chance(0.06):
            first = self.pick(nouns)
            second = self.pick([n for n in KINDS[first.kind] if n != first] or nouns)
            return coordinated(first, second, self.pick(["과", "과", "하고"]))
        noun = self.pick(nouns)
        plain = (
            plain_nouns
            or "my" in noun.tags
            or noun.count in ("name", "unique")
            or noun.kind == "subject"
        )
        if plain or not self.chance(0.25):
            return noun_subject(noun)
        ko, en, agreement = self.modified(noun, definite=True)
        honored = "honored" in noun.tags
        return subject_from(ko, en, agreement, gender=noun.gender, honored=honored, noun=noun)

    def modified(self, noun: Noun, definite: bool, described: bool = False) -> tuple[str, str, str]:
        """큰 개 (the big dog / a big dog), 이 책 (this book), 우리 집 (our house), 학생들 (the students);
        always an adjective when `described`."""
        roll = 0.0 if described else self.rng.random()
        plural = noun.count == "plural"
        adjectives = self.adjectives_of(noun)
        if roll < 0.45 and adjectives:
            adjective = self.pick(adjectives)
            ko = hangul.modifier(adjective.ko, adjective.irregular, True) + " " + noun.ko
            en = f"{adjective.en} {noun.en}"
            if noun.count == "countable":
                en = "the " + en if definite else with_article(en)
            elif definite or noun.count == "unique":
                en = "the " + en
            return ko, en, "pl" if plural else "3s"
        if roll < 0.75:
            ko, near, far = self.pick(
                [("이", "this", "these"), ("그", "that", "those"), ("저", "that", "those")]
            )
            return (
                f"{ko} {noun.ko}",
                f"{far if plural else near} {noun.en}",
                ("pl" if plural else "3s"),
            )
        if roll >= 0.9 and noun.count == "countable" and noun.kind in ("person", "animal"):
            return noun.ko + "들", "the " + noun.plural, "pl"
        if noun.kind not in NAMEABLE or noun.kind == "animal":  # not "my firefighter", "my baseball"
            return noun.ko, "the " + noun.en if definite else object_en(noun), "pl" if plural else "3s"
        ko, en = self.pick([("내", "my"), ("우리", "our")])  # 내 책, 우리 집
        if not definite:  # not as an object: 우리 버튼을 눌렀어요 reads as "we pressed the button"
            return noun.ko, object_en(noun), "pl" if plural else "3s"
        return f"{ko} {noun.ko}", f"{en} {noun.en}", "pl" if plural else "3s"

    def form(
        self,
        subject: Subject | None = None,
        progressive=True,
        future=True,
        question=0.12,
        negation=0.25,
        cannot=False,
    ) -> Form:
        """Tense, speech level (저 is always polite or formal, 너 always plain), negation and mood."""
        tenses = [
            t for t in TENSES if (progressive or "progressive" not in t) and (future or t != "future")
        ]
        weights = {"present": 35, "past": 30, "progressive": 12, "past progressive": 3, "future": 20}
        tense = self.rng.choices(tenses, [weights[t] for t in tenses])[0]
        speech = self.speech_of(subject)
        if self.chance(question) and not (subject and subject.en == "i"):  # not "am i ...?"
            return Form(tense, speech, question=True)
        kind = ""
        if self.chance(negation):
            kind = self.rng.choices(
                ["안", "지", "못"], [6, 2, 2 if cannot and tense in ("present", "past") else 0]
            )[0]
            if "progressive" in tense:
                kind = "안"
        return Form(tense, speech, kind)

    def speech_of(self, subject: Subject | None) -> str:
        """A speech level the subject allows: 저 polite or formal, 너 plain, 나 not formal, others any."""
        levels = SPEECH_LEVELS.get(subject.speech if subject else "")
        return self.pick([s for s in SPEECHES if s in levels] if levels else SPEECHES)

    def time_adverb(self, tense: str):
        key = tense.replace(" ", "-")
        return self.pick([a for a in ADVERBS if a.position == "time" and key in a.tenses])

    def manner_adverb(self, verb: Verb, form: Form, subject: Subject):
        key = form.tense.replace(" ", "-")
        fitting = [
            a
            for a in ADVERBS
            if a.position == "manner"
            and key in a.tenses
            and (not a.verbs or verb.ko in a.verbs)
            and (not (a.negations and form.negation) or form.negation in a.negations)
            and (a.ko != "같이" or subject.agreement == "pl")
        ]
        return self.pick(fitting) if fitting else None

    def person_object(self, subject: Subject, speech: str) -> tuple[str, str]:
        """Someone as an object or recipient: 그를 (him), 저 only in polite speech, 너 only in plain."""
        pronoun = self.pick(
            [
                p
                for p in PRONOUNS
                if p.en not in SELF.get(subject.en, {subject.en})  # not "we will hate me"
                and speech in SPEECH_LEVELS.get(p.speech, SPEECHES)
            ]
        )
        return pronoun.object[:-1], pronoun.en_object  # 그를 -> 그, him

    def object_noun(self, kinds, subject: Subject, generic: bool = False) -> Noun:
        candidates = [
            n
            for n in nouns_for(frozenset(kinds))
            if n.en not in subject.en.split()  # not "the cat sees a cat"
            and ("my" not in n.tags or subject.possessive)  # "his mother" needs a pronoun to be his
            and not (generic and n.kind == "person" and "my" not in n.tags)  # not "loves men"
        ]
        return self.pick(candidates)

    def verb_object(self, verb: Verb, subject: Subject, form: Form) -> tuple[str, str]:
        """The object, Korean without its particle and English: a book, apples (after like), him."""
        if {"person", "name"} & verb.objects and self.chance(0.15):
            return self.person_object(subject, form.speech)
        noun = self.object_noun(verb.objects, subject, verb.generic)
        if "my" in noun.tags:
            return noun.ko, f"{subject.possessive} {noun.en}"
        counters = [c for c in COUNTERS if c.en == "" and noun.kind in c.counts]
        if counters and noun.count == "countable" and not verb.generic and self.chance(0.1):
            number = self.pick([n for n in NUMBERS if 2 <= n.value <= 10])
            return f"{noun.ko} {number.native_counted} {counters[0].ko}", f"{number.en} {noun.plural}"
        describable = noun.count not in ("name", "unique") and noun.kind != "subject"  # not "sad mom"
        if describable and not verb.generic and not verb.definite and self.chance(0.2):
            return self.modified(noun, definite=False)[:2]
        return noun.ko, object_en(noun, verb.definite, verb.generic)

    # --- the sentences ---
    def verb_sentence(self, verb: Verb | None = None) -> tuple[str, str]:
        verb = verb or self.pick([v for v in VERBS if not v.weather])
        subject = self.subject(verb.subjects)
        human = bool(subject.possessive) or (
            subject.noun is not None and subject.noun.kind in ("person", "name")
        )
        form = self.form(
            subject,
            progressive=not verb.stative,
            future=not verb.negated,
            question=0 if verb.negated else 0.12,
            negation=0 if verb.negated else 0.25,
            cannot=human and not (verb.adjective or verb.stative),  # not 못 잃어버린다
        )
        if subject.honored and not verb.adjective and form.speech != "plain" and not form.negation:
            form = replace(form, honorific=self.chance(0.7))
        if "pronoun" in verb.subjects and form.speech != "plain" and self.chance(0.12):
            # Korean leaves the speaker, or the listener of a question, unsaid: 학교에 가요 -> i go to
            # school; 밥을 먹었어요? -> did you eat rice?
            subject = UNSAID_YOU if form.question else UNSAID_I
            form = replace(form, honorific=False)  # 시작하세요 is a request, not "i start"
        # Korean: time, place, recipient, object, manner, verb. English: verb, recipient, object,
        # manner, place, then "from ..." and the time.
        ko, en = [], {"to": [], "object": [], "manner": [], "place": [], "end": []}
        if not verb.stative and self.chance(0.2):  # not "does not know a pilot at night"
            adverb = self.time_adverb(form.tense)
            ko.append(adverb.ko)
            en["end"].append(adverb.en)
        if verb.places == "에" or (verb.places == "에서" and self.chance(0.35)):
            place = self.place_for(verb)
            if verb.motion and self.chance(0.2):
                vehicle = self.pick(nouns_for(frozenset({"vehicle", "transit"})))  # by bus, by subway
                ko.append(with_particle(vehicle.ko, "로"))
                en["end"].insert(0, "by " + vehicle.en)
            ko.append(place.ko + verb.places)
            en["place"].append(place.to if verb.motion else place.at)
        if (verb.recipient or verb.source) and self.chance(0.5):
            ko_to, en_to = self.recipient(subject, form.speech)
            ko.append(ko_to + self.pick(["에게", "한테"]) + ("서" if verb.source else ""))
            en["end" if verb.source else "to"].insert(0, ("from " if verb.source else "") + en_to)
        if verb.objects:
            ko_object, en_object = self.verb_object(verb, subject, form)
            ko.append(with_particle(ko_object, "을"))
            en["object"].append(en_object)
        if not verb.stative and self.chance(0.12):
            adverb = self.manner_adverb(verb, form, subject)
            if adverb:
                ko.append(adverb.ko)
                en["manner"].append(adverb.en)
        en_tail = [w for part in ("to", "object", "manner", "place", "end") for w in en[part]]
        ko.append(conjugate(self.predicate(verb), form))
        subject_ko = self.said(subject, form)
        forms = verb.progressive if "progressive" in form.tense else verb.forms
        english = english_clause(subject, forms, form, en_tail, bool(form.negation) != verb.negated)
        return " ".join([s for s in [subject_ko] if s] + ko), english

    def recipient(self, subject: Subject, speech: str) -> tuple[str, str]:
        if self.chance(0.3):
            return self.person_object(subject, speech)
        noun = self.object_noun({"person", "name"}, subject)
        en = f"{subject.possessive} {noun.en}" if "my" in noun.tags else noun_en(noun)
        return noun.ko, en

    def said(self, subject: Subject, form: Form) -> str:
        """The subject as the sentence says it: 고양이는 or 고양이가; 할머니께서 with an honored verb."""
        noun = subject.noun
        plain = noun is not None and subject.subject == with_particle(noun.ko, "이")  # not 이 할머니
        if form.honorific and plain and self.chance(0.3):
            return noun.ko + self.pick(["께서", "께서는"])
        return subject.topic if self.chance(0.4) else subject.subject

    def weather_sentence(self) -> tuple[str, str]:
        """비가 와요 -> it is raining; 눈이 왔어요 -> it snowed; 비가 올 거예요? -> will it rain?"""
        verb = self.pick([v for v in VERBS if v.weather])
        noun = self.pick(nouns_for(verb.subjects))
        form = self.form(progressive=True, negation=0.15, question=0.15)
        if form.negation:
            form = replace(form, negation="안")
        forms = english_forms(noun.en, "")
        tense = "progressive" if form.tense == "present" else form.tense  # 비가 온다: it is raining now
        it = Subject("", "", "it", "3s")
        en = english_clause(it, forms, replace(form, tense=tense), [], bool(form.negation))
        ko = f"{with_particle(noun.ko, '이')} {conjugate(self.predicate(verb), form)}"
        if not form.negation and self.chance(0.3):  # 내일 비가 올 거예요 -> it will rain tomorrow
            return self.at_time(ko, en, tense)
        return ko, en

    def place_sentence(self, place: Place | None = None) -> tuple[str, str]:
        """고양이가 집에 있다 -> the cat is at home; 할머니가 집에 계세요 -> my grandmother is at home."""
        subject = self.subject({"animal", "person", "name", "pronoun", "thing", "vehicle"})
        place = place or self.pick(places_for(frozenset({"place"})))
        return self.located(subject, place.ko, place.at)

    def located(self, subject: Subject, where: str, en_where: str) -> tuple[str, str]:
        """Someone or something is (있다, 계시다) or is not (없다) `where` (Korean without 에)."""
        form = self.form(subject, progressive=False, negation=0.25)
        if form.negation:
            form = replace(form, negation="")
            predicate = Predicate("없", adjective=True)
            negative = True
        else:
            predicate = Predicate("있", adjective=True, honorific="계시")
            negative = False
            if subject.honored and form.speech != "plain":
                form = replace(form, honorific=self.chance(0.6))
        en = english_be(subject, en_where, replace(form, negation="not" if negative else ""))
        return f"{self.said(subject, form)} {where}에 {conjugate(predicate, form)}", en

    def location_sentence(self, location: Location | None = None) -> tuple[str, str]:
        """책이 책상 위에 있어요 -> the book is on the desk; 책상 위에 책이 있어요 -> there is a book on the
        desk; 학교 앞에 민수가 없다 -> minsu is not in front of the school."""
        location = location or self.pick(LOCATIONS)
        landmarks = nouns_for(location.landmarks) + places_for(location.landmarks - {"place"})
        landmark = self.pick(landmarks)
        en_landmark = landmark.en if isinstance(landmark, Place) else "the " + landmark.en
        where, en_where = f"{landmark.ko} {location.ko}", f"{location.en} {en_landmark}"
        nouns = [n for n in nouns_for(location.subjects) if n.en != landmark.en]
        if self.chance(0.6):  # the thing first: it is known, so English says "the"
            subject = noun_subject(self.pick(nouns)) if nouns else self.subject({"person"})
            return self.located(subject, where, en_where)
        noun = self.pick([n for n in nouns if n.kind not in ("person", "name")] or nouns)
        form = self.form(progressive=False, future=False, question=0.15)
        negative = bool(form.negation)
        predicate = Predicate("없" if negative else "있", adjective=True)
        ko = f"{where}에 {with_particle(noun.ko, '이')} {conjugate(predicate, replace(form, negation=''))}"
        what = article(noun)
        if noun.kind in ("person", "name") or "my" in noun.tags:
            what = noun_en(noun)
        verb = be("pl" if noun.plural_only else "3s", form.tense == "past")
        if negative:  # there is no book on the desk
            what = "no " + what.split(" ", 1)[1] if what.startswith(("a ", "an ")) else "no " + what
        if form.question:
            return ko, f"{verb} there {what} {en_where}?"
        return ko, f"there {verb} {what} {en_where}"

    def adjective_sentence(self, adjective: Adjective | None = None, simple=False) -> tuple[str, str]:
        """고양이가 귀엽다, 그것은 커요 (it is big), 이 책은 재미있어요, 배고파요 (i am hungry), 오늘 너무
        추워요 (it is too cold today).

        `simple`: the frame a learner types first: 그것은 커요 (it is big), or 나는 배고파요 for people.
        """
        adjective = adjective or self.pick(ADJECTIVES)
        ko, en, form = self.described_by(adjective, simple)
        if simple:
            return ko, en
        if form.negation:  # not 아주 안 커요, nor "it is not cold every day"
            return ko, en
        if self.chance(0.2):  # 아주 커요 -> is very big
            # 너무 is "too" (너무 비싸요); said of a feeling it is "so" (너무 미안해요), not taught here
            degree = self.pick(
                [
                    a
                    for a in ADVERBS
                    if a.position == "degree" and not (adjective.feeling and a.ko == "너무")
                ]
            )
            predicate = conjugate(adjective_predicate(adjective), form)
            ko = f"{ko[: -len(predicate)]}{degree.ko} {predicate}"
            at = en.rindex(adjective.en)  # the complement, the last time it is said
            en = f"{en[:at]}{degree.en} {en[at:]}"
        if self.chance(0.12):
            ko, en = self.at_time(ko, en, form.tense)
        return ko, en

    def at_time(self, ko: str, en: str, tense: str) -> tuple[str, str]:
        """오늘 + 추워요 -> it is cold + today: the time first in Korean, last in English."""
        adverb = self.time_adverb(tense)
        if en.endswith("?"):
            return f"{adverb.ko} {ko}", f"{en[:-1]} {adverb.en}?"
        return f"{adverb.ko} {ko}", f"{en} {adverb.en}"

    def described_by(self, adjective: Adjective, simple: bool) -> tuple[str, str, Form]:
        """`adjective_sentence` before its degree and time words, with the form it took."""
        kinds = set(adjective.subjects)
        roll = self.rng.random()
        if simple:
            roll = 0.3 if kinds & NAMEABLE - {"animal"} else 1.0
        form = self.form(progressive=False, question=0.12)
        if form.negation == "못":
            form = replace(form, negation="안")
        if form.negation == "안" and adjective.negation == "지":  # 커다랗지 않다, not 안 커다랗다
            form = replace(form, negation="지")
        if adjective.inner and not simple and not form.question and self.chance(0.5):
            owner = pronoun_subject(self.pick([p for p in PRONOUNS if p.en in ("i", "we")]))
            form = replace(form, speech=self.speech_of(owner))  # 저는 기뻐요 -> i am glad
            ko = conjugate(adjective_predicate(adjective), form)
            return f"{owner.topic} {ko}", english_be(owner, adjective.en, form), form
        if (adjective.inner and not simple) or (roll < 0.15 and adjective.feeling and not form.negation):
            # said of oneself, or asked of the listener: 배고파요 -> i am hungry; 배고파요? -> are you hungry?
            form = replace(form, speech="polite" if form.speech == "plain" else form.speech)
            who = Subject("", "", "you" if form.question else "i", "pl" if form.question else "i")
            ko = conjugate(adjective_predicate(adjective), form)
            return ko, english_be(who, adjective.en, form), form
        if roll < 0.3 and "weather" in kinds and not form.negation:  # 추워요 -> it is cold
            it = Subject("", "", "it", "3s")
            return (
                conjugate(adjective_predicate(adjective), form),
                english_be(it, adjective.en, form),
                form,
            )
        if roll < 0.45 and kinds & NAMEABLE - {"animal"}:  # 그것은 커요 -> it is big: said of things
            ko, en = ("그것", "it") if simple else self.pick(list(DEMONSTRATIVES.items()))
            subject = subject_from(ko, en, "3s")
        elif simple and "pronoun" in kinds:
            subject = pronoun_subject(PRONOUNS[0])  # 나는
            form = replace(form, question=False)
        elif places_for(frozenset(kinds)) and (
            self.chance(0.3) or not nouns_for(frozenset(kinds) | {"pronoun"})
        ):
            subject = place_subject(self.pick(places_for(frozenset(kinds))))
        else:
            subject = self.subject(kinds)
        if subject.speech:
            form = replace(form, speech=self.speech_of(subject))
        ko = conjugate(adjective_predicate(adjective), form)
        return f"{self.said(subject, form)} {ko}", english_be(subject, adjective.en, form), form

    def copula_sentence(self) -> tuple[str, str]:
        """나는 학생이다 -> i am a student; 이것은 사과예요 -> this is an apple; 학생이에요? -> are you a student?"""
        if self.chance(0.6):
            subject = self.subject({"name", "pronoun"})
            noun = self.pick([j for j in JOBS if fits(j, subject) and j.ko + "다" not in PREDICATES])
            plural = subject.agreement == "pl" and subject.en != "you"
            complement = noun.plural if plural else article(noun)
        else:
            ko, en = self.pick(list(DEMONSTRATIVES.items()))
            subject = subject_from(ko, en, "3s")
            noun = self.pick([n for n in nouns_for(NAMEABLE) if not n.plural_only])
            complement = article(noun)
        form = self.form(subject, progressive=False, future=False, question=0.12)
        if form.negation:
            form = replace(form, negation="안")
        said = subject.topic if form.negation else self.said(subject, form)
        return f"{said} {copula(noun.ko, form)}", english_be(subject, complement, form)

    def have_sentence(self, noun: Noun | None = None, described: bool = False) -> tuple[str, str]:
        """고양이가 있어요 -> there is a cat; 시간이 있어요 -> i have time; 나는 고양이가 있어요 -> i have a cat;
        큰 개가 있어요 (`described`) -> there is a big dog."""
        noun = noun or self.pick(nouns_for(HAVEABLE))
        ko_noun, what = noun.ko, article(noun)  # 남동생이 있어요: i have a little brother
        if described and self.adjectives_of(noun):
            ko_noun, what, _ = self.modified(noun, definite=False, described=True)
        form = self.form(progressive=False, future=False, question=0.15)
        negative = bool(form.negation)
        owner = None
        ownable = noun.kind not in ("person", "animal") or "pet" in noun.tags  # not "i have a whale"
        # 시간이 있어요: i have time; 열이 있어요: i have a fever
        implicit = noun.kind in ("abstract", "ailment", "money") or "my" in noun.tags
        if not form.question and self.chance(0.5 if implicit else 0.3 if ownable else 0):
            owner = pronoun_subject(self.pick([p for p in PRONOUNS if p.person < 4 or not implicit]))
            form = replace(form, speech=self.speech_of(owner) if owner.speech else form.speech)
        elif implicit:
            owner = Subject("", "", "you", "pl") if form.question else Subject("", "", "i", "i")
        predicate = Predicate("없" if negative else "있", adjective=True)
        said = f"{with_particle(ko_noun, '이')} {conjugate(predicate, replace(form, negation=''))}"
        ko = f"{owner.topic} {said}" if owner and owner.topic else said
        if owner:  # i have a cat, do you have time?, he did not have money
            have = {"base": "have", "s": "has", "past": "had", "ing": "having"}
            return ko, english_clause(owner, have, form, [what], negative)
        verb = be("pl" if noun.plural_only else "3s", form.tense == "past")
        if negative:  # there is no cat
            what = "no " + what.split(" ", 1)[1] if what.startswith(("a ", "an ")) else "no " + what
        return ko, f"{verb} there {what}?" if form.question else f"there {verb} {what}"

    def adjectives_of(self, noun: Noun) -> list[Adjective]:
        """The adjectives that can stand before this noun: 큰 개, 빨간 사과."""
        fitting = [a for a in ADJECTIVES if noun.kind in a.subjects or "=" + noun.ko in a.subjects]
        return [a for a in fitting if a.before_noun]

    def want_sentence(self, verb: Verb | None = None) -> tuple[str, str]:
        """나는 자고 싶어요 -> i want to sleep; 그는 사과를 먹고 싶어해요 -> he wants to eat an apple."""
        verb = verb or self.action()
        pronoun = self.pick(PRONOUNS)
        subject = pronoun_subject(pronoun)
        form = self.form(subject, progressive=False, future=False, question=0.15, negation=0.2)
        if form.negation:
            form = replace(form, negation="지")
        ko, tail = self.arguments(verb, subject, form)
        third = pronoun.person == 3
        want = Predicate("싶어하") if third else Predicate("싶", adjective=True)
        wanted = f"{verb.ko}고 {conjugate(want, form)}"
        if verb.noun and not verb.objects and self.chance(0.3):
            wanted = f"{with_particle(verb.noun, '을')} 하고 {conjugate(want, form)}"
        forms = {"base": "want", "s": "wants", "past": "wanted", "ing": "wanting"}
        to = " ".join(["to", verb.forms["base"]] + tail)
        if form.question and pronoun.person != 3:  # 먹고 싶어요? -> do you want to eat?
            you = Subject("", "", "you", "pl")
            form = replace(form, speech="polite" if form.speech == "plain" else form.speech)
            wanted = f"{verb.ko}고 {conjugate(want, form)}"
            return " ".join(ko + [wanted]), english_clause(you, forms, form, [to], False)
        head = [subject.topic] if not (pronoun.person == 1 and self.chance(0.3)) or form.question else []
        if not head:
            subject = replace(subject, en="i", agreement="i")
        return " ".join(head + ko + [wanted]), english_clause(
            subject, forms, form, [to], bool(form.negation)
        )

    def arguments(self, verb: Verb, subject: Subject, form: Form) -> tuple[list[str], list[str]]:
        """The place and object of a verb, Korean in order and English after the verb."""
        ko, en = self.place_of(verb, 0.3)
        if verb.objects:
            ko_object, en_object = self.verb_object(verb, subject, form)
            ko.append(with_particle(ko_object, "을"))
            en.insert(0, en_object)
        return ko, en

    def can_sentence(self) -> tuple[str, str]:
        """나는 수영할 수 있어요 -> i can swim; 그는 운전할 수 없어요 -> he cannot drive."""
        verb = self.action()
        subject = self.subject({"person", "name", "pronoun"}, plain_nouns=True)
        form = self.form(subject, progressive=False, future=False, question=0.15, negation=0.3)
        ko, tail = self.arguments(verb, subject, form)
        can = Predicate("없" if form.negation else "있", adjective=True)
        said = conjugate(can, replace(form, negation=""))
        ko_can = f"{hangul.eu_form(verb.ko, verb.irregular, 'ㄹ')} 수 {said}"
        base = " ".join([verb.forms["base"]] + tail)
        past = form.tense == "past"
        if form.question:
            return " ".join(
                [self.said(subject, form)] + ko + [ko_can]
            ), f"{'could' if past else 'can'} {subject.en} {base}?"
        modal = ("could" if past else "can") + (
            " not" if form.negation and past else "not" if form.negation else ""
        )
        return " ".join([self.said(subject, form)] + ko + [ko_can]), f"{subject.en} {modal} {base}"

    def request_sentence(self) -> tuple[str, str]:
        """문을 열어 주세요 -> please open the door; 앉으세요 -> please sit; 먹지 마세요 -> please do not eat."""
        verb = self.action()
        you = UNSAID_YOU
        ko, tail = self.place_of(verb, 0.25)
        if verb.objects:
            if {"person", "name"} & verb.objects and self.chance(0.2):
                ko.append("저를")
                tail.insert(0, "me")
            else:
                noun = self.object_noun(verb.objects, you, verb.generic)
                ko.append(with_particle(noun.ko, "을"))
                tail.insert(0, asked_object_en(noun, verb))
        roll = self.rng.random()
        base = verb.forms["base"]
        if roll < 0.2:
            said, en = f"{verb.ko}지 마세요", "please do not"
        elif roll < 0.6:
            said, en = (
                conjugate(self.predicate(verb), Form("present", "polite", honorific=True)),
                "please",
            )
        else:
            (said, base), en = please_form(verb), "please"
        return " ".join(ko + [said]), " ".join([en, base] + tail)

    def suggestion_sentence(self) -> tuple[str, str]:
        """같이 먹자 -> let's eat together; 공원에 갑시다 -> let's go to the park; 가지 말자 -> let's not go."""
        verb = self.action()
        we = Subject("", "", "we", "pl")  # no family objects: not "let's help our boyfriend"
        ko, tail = self.place_of(verb, 0.3)
        if verb.objects:
            noun = self.object_noun(verb.objects, we, verb.generic)
            ko.append(with_particle(noun.ko, "을"))
            tail.insert(0, asked_object_en(noun, verb, "our"))
        if self.chance(0.25):
            ko.insert(0, "같이")
            tail.append("together")
        negative = self.chance(0.2)
        formal = self.chance(0.4)
        if negative:
            said = verb.ko + ("지 맙시다" if formal else "지 말자")
        else:
            said = hangul.eu_form(verb.ko, verb.irregular, "ㅂ시다") if formal else verb.ko + "자"
        return " ".join(ko + [said]), " ".join(
            ["let's not" if negative else "let's", verb.forms["base"]] + tail
        )

    def body_sentence(self) -> tuple[str, str]:
        """머리가 아파요 -> my head hurts; 그는 배가 아팠어요 -> his stomach hurt."""
        noun = self.pick([n for n in KINDS["body"] if n.ko != "머리카락"])
        form = self.form(progressive=False, future=False, question=0.15, negation=0.15)
        if form.negation:
            form = replace(form, negation="안")
        ko = f"{with_particle(noun.ko, '이')} {conjugate(Predicate('아프', adjective=True), form)}"
        owner = Subject("", "", "", "i", possessive="your" if form.question else "my")
        if self.chance(0.4) and not form.question:
            pronoun = self.pick([p for p in PRONOUNS if p.person < 4])
            owner = pronoun_subject(pronoun)
            if owner.speech:
                form = replace(form, speech=self.speech_of(owner))
            ko = f"{owner.topic} {with_particle(noun.ko, '이')} {conjugate(Predicate('아프', adjective=True), form)}"
        part = Subject("", "", f"{owner.possessive} {noun.en}", "pl" if noun.plural_only else "3s")
        hurt = english_forms("hurt", "")
        return ko, english_clause(part, hurt, form, [], bool(form.negation))

    def idiom_sentence(self, idiom: Idiom | None = None) -> tuple[str, str]:
        """형은 키가 커요 -> my older brother is tall; 기분이 좋아요 -> i feel good; 배가 불렀어요? -> were
        you full?"""
        idiom = idiom or self.pick(IDIOMS)
        subject = self.subject(idiom.subjects, plain_nouns=True)
        form = self.form(subject, progressive=False, question=0.12, negation=0.2)
        if form.negation:
            form = replace(form, negation="안")
        if "pronoun" in idiom.subjects and self.chance(
            0.3
        ):  # unsaid: the speaker, or the listener asked
            subject = Subject("", "", "you", "pl") if form.question else UNSAID_I
            form = replace(form, speech="polite" if form.speech == "plain" else form.speech)
        elif subject.speech:
            form = replace(form, speech=self.speech_of(subject))
        ko = [subject.topic, idiom.noun, conjugate(idiom_predicate(idiom), form)]
        return " ".join(w for w in ko if w), english_idiom(subject, idiom, form)

    def two_clauses(self, kind: str | None = None) -> tuple[str, str]:
        """-고, -지만, -아서/-어서, -(으)면, -(으)니까, -ㄹ 때: a clause that leads into a main one.

        저는 밥을 먹고 학교에 가요 -> i eat rice and go to school; 피곤해서 잤어요 -> i was tired so i
        slept (the subject left unsaid is "i"); 시장에 가서 빵을 샀어요 -> i went to the market and bought
        bread; 날씨가 좋으면 공원에 갈 거예요 -> if the weather is nice i will go to the park; 비가 오니까
        우산을 쓰세요 -> it is raining so please use an umbrella.
        """
        kind = kind or self.pick(CONNECTIVES)
        if kind in ("면", "니까") and self.chance(0.3):
            return self.clause_then_request(kind)
        first_person = self.chance(0.6)
        pronoun = self.pick([p for p in PRONOUNS if (p.person == 1) == first_person and p.person != 2])
        subject = pronoun_subject(pronoun)
        unsaid = first_person and self.chance(0.6)  # 피곤해서 잤어요: Korean leaves "i" unsaid
        speech = self.speech_of(subject)
        tense = {"면": self.pick(["future", "future", "present"])}.get(
            kind, self.pick(["present", "past"])
        )
        form = Form(tense, speech)
        verb = self.action()
        second_ko, second_tail = self.arguments(verb, subject, form)
        second_ko.append(conjugate(self.predicate(verb), form))
        second_en = english_clause(subject, verb.forms, form, second_tail, False)
        first_ko, first_en, shape = self.leading_clause(kind, subject, form)
        topic = [] if unsaid else [subject.topic]
        head = first_ko + topic if shape == "apart" else topic + first_ko
        ko = " ".join(head + second_ko)
        if shape == "action" and kind in ("고", "아서"):  # one subject, two verbs: ate and went
            return ko, f"{first_en} and {second_en[len(subject.en) + 1 :]}"
        return ko, JOINED[kind].format(first=first_en, second=second_en)

    def leading_clause(self, kind: str, subject: Subject, form: Form) -> tuple[list[str], str, str]:
        """The first clause, Korean and English, and its shape: "apart" with a subject of its own, the
        weather (비가 오니까 -> it is raining) or something described (날씨가 좋으면 -> the weather is
        nice); "state", the subject's feeling (피곤해서 -> i was tired); "action", something the subject
        does (시장에 가서 -> i went to the market)."""
        past = form.tense == "past" and kind in ("지만", "니까", "ㄹ 때")
        tense = "present" if form.tense == "future" else form.tense
        roll = self.rng.random()
        if roll < 0.2 and kind != "고":
            rain_verb = self.pick([v for v in VERBS if v.weather])
            noun = self.pick(nouns_for(rain_verb.subjects))
            ko = [with_particle(noun.ko, "이"), connective(self.predicate(rain_verb), kind, past)]
            rain = english_forms(noun.en, "")
            if tense == "present" and kind in ("아서", "니까", "지만"):
                tense = "progressive"  # 비가 와서 -> it is raining so
            it = Subject("", "", "it", "3s")
            return ko, english_clause(it, rain, Form(tense), [], False), "apart"
        if roll < 0.4 and kind != "고":
            own = subject.en in ("i", "we", "you")  # 고마워서: only the feeling's owner says it
            adjective = self.pick([a for a in ADJECTIVES if a.feeling and (own or not a.inner)])
            ko = [connective(adjective_predicate(adjective), kind, past)]
            return ko, english_be(subject, adjective.en, Form(tense)), "state"
        if roll < 0.6:
            adjective, thing = self.described(living=False)
            ko = [thing.subject, connective(adjective_predicate(adjective), kind, past)]
            return ko, english_be(thing, adjective.en, Form(tense)), "apart"
        verb = self.action()
        sequence = kind == "아서" and verb.motion  # 가서 사다: went and bought
        if kind == "아서" and not sequence:
            verb = self.pick([v for v in VERBS if v.motion and "person" in v.subjects])
        ko, tail = self.arguments(verb, subject, form)
        ko.append(connective(self.predicate(verb), kind, past))
        both = kind in ("고", "아서")  # 먹고 갔다: both verbs in the second one's tense
        en = english_clause(subject, verb.forms, form if both else Form(tense), tail, False)
        return ko, en, "action"

    def described(self, living: bool = True) -> tuple[Adjective, Subject]:
        """An adjective and something it describes, as a subject: 날씨가 (좋다), 이 옷이 (예쁘다)."""
        adjective = self.pick(DESCRIBING[living])
        return adjective, self.subject(adjective.subjects - NOT_DESCRIBED[living])

    def clause_then_request(self, kind: str) -> tuple[str, str]:
        """-(으)면 / -(으)니까 before a request or a suggestion: 비가 오면 우산을 쓰세요 -> if it rains
        please use an umbrella; 배고프니까 먹자 -> i am hungry so let's eat."""
        ask = kind == "면" or self.chance(0.5)
        ko, en = self.request_sentence() if ask else self.suggestion_sentence()
        listener = Subject("", "", "you" if ask else "i", "pl" if ask else "i")
        first_ko, first_en, _ = self.leading_clause(kind, listener, Form("present", "polite"))
        return " ".join(first_ko + [ko]), JOINED[kind].format(first=first_en, second=en)

    def paired_clauses(self) -> tuple[str, str]:
        """Two things said of one subject or of two, joined by -고 or -지만: 이 식당은 싸고 맛있어요 ->
        this restaurant is cheap and delicious; 여름은 덥고 겨울은 추워요 -> summer is hot and winter is
        cold; 나는 사과를 좋아하지만 동생은 바나나를 좋아해요 -> i like apples but my brother likes bananas."""
        kind = self.pick(["고", "지만"])
        form = Form(self.pick(["present", "present", "past"]), self.pick(SPEECHES))
        past = form.tense == "past" and kind == "지만"
        joiner = " and " if kind == "고" else " but "
        roll = self.rng.random()
        if roll < 0.4:  # one subject, two adjectives
            adjective, thing = self.described()
            others = [
                a
                for a in ADJECTIVES
                if a != adjective and not a.inner and thing.noun and thing.noun.kind in a.subjects
            ]
            if others:
                second = self.pick(others)
                ko = [
                    self.said(thing, form),
                    connective(adjective_predicate(adjective), kind, past),
                    conjugate(adjective_predicate(second), form),
                ]
                en = english_be(thing, adjective.en, form) + joiner + second.en
                return " ".join(ko), en
        if roll < 0.6:  # two subjects, an adjective each
            (a, one), (b, other) = self.described(), self.described()
            while other.en == one.en:  # not "summer is hot and summer is cold"
                b, other = self.described()
            ko = [one.topic, connective(adjective_predicate(a), kind, past)]
            ko += [other.topic, conjugate(adjective_predicate(b), form)]
            return " ".join(ko), english_be(one, a.en, form) + joiner + english_be(other, b.en, form)
        if (
            roll < 0.7
        ):  # 형은 키가 크고 동생은 키가 작아요 -> my older brother is tall and my ... is short
            one = self.subject({"person", "name"}, plain_nouns=True)
            other = self.subject({"person", "name"}, plain_nouns=True)
            while other.en == one.en:
                other = self.subject({"person", "name"}, plain_nouns=True)
            first = self.pick(IDIOMS)
            second = self.pick([i for i in IDIOMS if i.noun != first.noun])  # not "... but y was lucky"
            ko = [one.topic, first.noun, connective(idiom_predicate(first), kind, past)]
            ko += [other.topic, second.noun, conjugate(idiom_predicate(second), form)]
            en = english_idiom(one, first, form) + joiner + english_idiom(other, second, form)
            return " ".join(ko), en
        one = self.subject({"person", "name", "pronoun"}, plain_nouns=True)
        other = self.subject({"person", "name"}, plain_nouns=True)
        while other.en == one.en:
            other = self.subject({"person", "name"}, plain_nouns=True)
        if one.speech:
            form = replace(form, speech=self.speech_of(one))
        verb = self.action() if self.chance(0.5) else None
        clauses = []
        for who in (one, other):
            done = verb or self.action()
            ko, tail = self.arguments(done, who, form)
            clauses.append((ko, done, english_clause(who, done.forms, form, tail, False)))
        (ko_one, verb_one, en_one), (ko_other, verb_other, en_other) = clauses
        ko = [one.topic] + ko_one + [connective(self.predicate(verb_one), kind, past)]
        ko += [other.topic] + ko_other + [conjugate(self.predicate(verb_other), form)]
        return " ".join(ko), en_one + joiner + en_other

    KINDS_OF_SENTENCE = {
        "verb_sentence": 40,
        "adjective_sentence": 14,
        "copula_sentence": 7,
        "place_sentence": 5,
        "location_sentence": 3,
        "have_sentence": 7,
        "want_sentence": 5,
        "can_sentence": 4,
        "request_sentence": 4,
        "suggestion_sentence": 3,
        "weather_sentence": 2,
        "body_sentence": 2,
        "idiom_sentence": 3,
        "two_clauses": 9,
        "paired_clauses": 4,
        "also_sentence": 4,
        "only_sentence": 3,
        "two_objects_sentence": 3,
        "together_sentence": 4,
        "possessive_sentence": 4,
        "question_word_sentence": 4,
        "shall_sentence": 3,
        "purpose_sentence": 3,
        "softened_request": 3,
    }

    def sentence(self) -> tuple[str, str]:
        names = list(self.KINDS_OF_SENTENCE)
        name = self.rng.choices(names, list(self.KINDS_OF_SENTENCE.values()))[0]
        return getattr(self, name)()


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
