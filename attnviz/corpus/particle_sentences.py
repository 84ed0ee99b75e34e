"""Particles that change what a sentence says: 도 (too), 만 (only), 와/과/하고 (and, with) and 의 or
제/내/우리 (whose): the `Generator`'s sentences of these kinds.
"""

from dataclasses import replace

from .korean import Form, conjugate, copula, with_particle
from .lexicon import (
    ADJECTIVES,
    DEMONSTRATIVES,
    JOBS,
    KINDS,
    NOUNS,
    PRONOUNS,
    SPEECH_LEVELS,
    VERBS,
    Noun,
    Verb,
    nouns_for,
)
from .parts import (
    PREDICATES,
    SPEECHES,
    TENSES,
    UNSAID_I,
    Subject,
    adjective_predicate,
    article,
    english_be,
    english_clause,
    english_verb,
    fits,
    noun_en,
    noun_subject,
    object_en,
    pronoun_subject,
    subject_from,
)

ANIMATE = frozenset({"person", "name", "animal"})  # objects 도/만 never take with the speaker unsaid


class ParticleSentences:
    """Mixed into `Generator`, whose parts (subject, form, object_noun, ...) these sentences use."""

    PEOPLE = frozenset({"person", "name", "pronoun"})
    # What someone can own, for 민수의 가방 -> minsu's bag (and pets, 민수의 고양이)
    OWNED = frozenset(
        "thing book clothes footwear headwear handwear vehicle furniture played blown".split()
    )
    # 제/내/우리/그의/그녀의 before a noun: Korean, English, the speech levels it is said in (제 politely,
    # 내 not formally), its gender (for 이름: 그의 이름은 민수예요)
    OWNERS = [
        ("제", "my", SPEECH_LEVELS["polite"], ""),
        ("내", "my", SPEECH_LEVELS["casual"], ""),
        ("우리", "our", tuple(SPEECHES), ""),
        ("그의", "his", tuple(SPEECHES), "m"),
        ("그녀의", "her", tuple(SPEECHES), "f"),
    ]

    def someone(self, kinds, pronouns: float = 0.35) -> Subject:
        """A plain subject of these types: a pronoun or a bare noun (no 이/그/저, adjective or 들)."""
        if "pronoun" in kinds and self.chance(pronouns):
            return pronoun_subject(self.pick(PRONOUNS))
        return noun_subject(self.pick(nouns_for(frozenset(kinds) - {"pronoun"})))

    def statement_form(self, subject: Subject, verb: Verb, question=0.0, negation=0.0) -> Form:
        """A form for `verb`: no progressive for verbs of state, only 안 or -지 않다 to negate."""
        return self.form(subject, progressive=not verb.stative, question=question, negation=negation)

    def plain_object(self, verb: Verb, subject: Subject, kinds=None) -> tuple[Noun, str]:
        """A bare object noun for the verb (no number or adjective) and its English."""
        noun = self.object_noun(kinds or verb.objects, subject, verb.generic)
        return noun, object_en(noun, verb.definite, verb.generic, subject.possessive or "my")

    def also_sentence(self) -> tuple[str, str]:
        """도 on a subject or an object, "too" (or "either" when negated) at the end: 저도 학생이에요 -> i am
        a student too; 고양이도 잔다 -> the cat sleeps too; 나는 우유도 마셔요 -> i drink milk too;
        우유도 마셨어요 -> i drank milk too (the speaker unsaid); 그도 안 잤다 -> he did not sleep either."""
        roll = self.rng.random()
        if roll < 0.25:  # 저도 학생이에요
            subject = self.someone({"name", "pronoun"}, pronouns=0.7)
            noun = self.pick([j for j in JOBS if fits(j, subject) and j.ko + "다" not in PREDICATES])
            plural = subject.agreement == "pl" and subject.en != "you"
            form = self.form(subject, progressive=False, future=False, question=0.1, negation=0.15)
            if form.negation:
                form = replace(form, negation="안")
            complement = (noun.plural if plural else article(noun)) + (
                " either" if form.negation else " too"
            )
            ko = f"{subject.topic[:-1]}도 {copula(noun.ko, form)}"
            return ko, english_be(subject, complement, form)
        verb = self.pick([v for v in VERBS if not (v.weather or v.negated or v.adjective)])
        if roll < 0.6 or not verb.objects:  # 고양이도 잔다, 나도 사과를 먹었다
            subject = self.someone(verb.subjects)
            form = self.statement_form(subject, verb, question=0.1, negation=0.15)
            ko, tail = self.place_of(verb, 0.25)
            if verb.objects:
                noun, en_object = self.plain_object(verb, subject)
                ko.append(with_particle(noun.ko, "을"))
                tail.insert(0, en_object)
            ko = [subject.topic[:-1] + "도"] + ko
        else:  # 나는 우유도 마셔요, 우유도 마셔요
            subject = self.someone(verb.subjects & self.PEOPLE or verb.subjects)
            form = self.statement_form(subject, verb, negation=0.15)
            unsaid = "pronoun" in verb.subjects and form.speech != "plain" and self.chance(0.3)
            if unsaid and verb.objects - ANIMATE:
                subject = UNSAID_I
            else:
                unsaid = False
            noun, en_object = self.plain_object(
                verb, subject, verb.objects - ANIMATE if unsaid else None
            )
            ko, tail = self.place_of(verb, 0.25)
            ko = ([] if unsaid else [subject.topic]) + ko + [noun.ko + "도"]
            tail.insert(0, en_object)
        forms = verb.progressive if "progressive" in form.tense else verb.forms
        negative = bool(form.negation)
        tail.append("either" if negative else "too")
        ko.append(conjugate(self.predicate(verb), form))
        return " ".join(ko), english_clause(subject, forms, form, tail, negative)

    def only_sentence(self) -> tuple[str, str]:
        """만 on an object (or a subject), never negated: 아기는 우유만 마셔요 -> the baby only drinks milk;
        물만 마셨어요 -> i only drank water; 민수만 왔다 -> only minsu came."""
        transitive = self.chance(0.75)
        verb = self.pick(
            [
                v
                for v in VERBS
                if not (v.weather or v.negated or v.adjective)
                and bool(nouns_for(v.objects - {"person"})) == transitive  # not "only knows a scientist"
            ]
        )
        form = Form(
            self.rng.choices(TENSES, [35, 30, 12, 3, 20] if not verb.stative else [35, 30, 0, 0, 20])[0]
        )
        if not transitive or self.chance(0.2):  # 민수만 왔다 -> only minsu came
            subject = self.someone(verb.subjects, pronouns=0)
            form = replace(form, speech=self.speech_of(subject))
            ko, tail = self.place_of(verb, 0.25)
            if verb.objects:
                noun, en_object = self.plain_object(verb, subject)
                ko.append(with_particle(noun.ko, "을"))
                tail.insert(0, en_object)
            ko = [subject.topic[:-1] + "만"] + ko + [conjugate(self.predicate(verb), form)]
            forms = verb.progressive if "progressive" in form.tense else verb.forms
            only = replace(subject, en="only " + subject.en)
            return " ".join(ko), english_clause(only, forms, form, tail, False)
        subject = self.someone(verb.subjects & self.PEOPLE or verb.subjects)
        form = replace(form, speech=self.speech_of(subject))
        unsaid = "pronoun" in verb.subjects and form.speech != "plain" and self.chance(0.3)
        if unsaid and verb.objects - ANIMATE:
            subject = UNSAID_I
        else:
            unsaid = False
        objects = verb.objects - (ANIMATE if unsaid else {"person"})
        noun, en_object = self.plain_object(verb, subject, objects)
        ko, tail = self.place_of(verb, 0.25)
        ko = ([] if unsaid else [subject.topic]) + ko + [noun.ko + "만"]
        ko.append(conjugate(self.predicate(verb), form))
        forms = verb.progressive if "progressive" in form.tense else verb.forms
        said = english_verb(subject, forms, form.tense, False)
        if form.tense in ("present", "past"):  # only drinks, only drank
            said = "only " + said
        else:  # will only drink, is only drinking
            said = said.replace(" ", " only ", 1)
        return " ".join(ko), " ".join([subject.en, said, en_object] + tail)

    def and_particle(self, noun: Noun) -> str:
        """과 after a consonant, 와 after a vowel, or 하고 (not where 하고 reads as a verb: 밥하고, 공부하고)."""
        verbal = noun.ko == "밥" or any(v.ko == noun.ko + "하" for v in VERBS)
        return self.pick(["과", "과"] if verbal else ["과", "과", "하고"])

    def two_objects_sentence(self) -> tuple[str, str]:
        """Two objects joined by 와/과/하고: 나는 빵과 우유를 샀다 -> i bought bread and milk; 형은 김치하고
        밥을 먹었어요 -> my brother ate kimchi and rice. Never people or animals (친구와 동생을 만났다 could be met
        with my friend), and both fit the verb."""

        def things(verb: Verb) -> list[Noun]:
            return [n for n in nouns_for(verb.objects) if n.kind not in ANIMATE and "my" not in n.tags]

        verb = self.pick(
            [v for v in VERBS if not (v.weather or v.negated or v.adjective) and len(things(v)) > 1]
        )
        first = self.pick(things(verb))
        others = [n for n in things(verb) if n.en != first.en and n.ko != first.ko]
        alike = [n for n in others if n.kind == first.kind]
        second = self.pick(alike if alike and self.chance(0.7) else others)
        subject = self.someone(verb.subjects)
        form = self.form(
            subject, progressive=not verb.stative, future=not verb.stative, question=0.1, negation=0
        )
        unsaid = "pronoun" in verb.subjects and form.speech != "plain" and not form.question
        if unsaid and self.chance(0.25):
            subject = UNSAID_I
        joined = with_particle(first.ko, self.and_particle(first))
        ko, tail = self.place_of(verb, 0.25)
        ko = ([subject.topic] if subject.topic else []) + ko
        ko += [joined, with_particle(second.ko, "을"), conjugate(self.predicate(verb), form)]
        both = " and ".join(object_en(n, verb.definite, verb.generic) for n in (first, second))
        forms = verb.progressive if "progressive" in form.tense else verb.forms
        return " ".join(ko), english_clause(subject, forms, form, [both] + tail, False)

    def together_sentence(self) -> tuple[str, str]:
        """Someone to do it with, N와/과/하고 (같이/함께): 저는 친구하고 영화를 봤어요 -> i watched a movie
        with my friend; 민수는 아빠와 같이 산책했다 -> minsu took a walk with dad."""
        verb = self.pick([v for v in VERBS if "with" in v.frames])
        subject = self.someone(self.PEOPLE)
        whose = subject.possessive
        if not whose and subject.noun and subject.noun.kind == "name":  # 민수는 친구와: his friend
            whose = {"m": "his", "f": "her"}.get(subject.noun.gender, "")
        taken = set(subject.en.split())
        people = [
            n
            for n in nouns_for(frozenset({"person", "name"}))
            if n.en.split()[-1] not in taken and ("my" not in n.tags or whose)
        ]
        close = [n for n in people if "my" in n.tags or n.kind == "name"]  # friends, family, names
        companion = self.pick(close if self.chance(0.7) else people)
        with_en = f"{whose} {companion.en}" if "my" in companion.tags else noun_en(companion)
        form = self.statement_form(subject, verb, question=0.1, negation=0.1)
        ko = [subject.topic, with_particle(companion.ko, self.and_particle(companion))]
        if self.chance(0.4):
            ko.append(self.pick(["같이", "함께"]))
        ko_place, tail = self.place_of(verb, 0.25)
        ko += ko_place
        if verb.objects:
            kinds = verb.objects - {"person", "name", "animal"}
            noun, en_object = self.plain_object(verb, subject, kinds)
            ko.append(with_particle(noun.ko, "을"))
            tail.insert(0, en_object)
        ko.append(conjugate(self.predicate(verb), form))
        forms = verb.progressive if "progressive" in form.tense else verb.forms
        tail.append("with " + with_en)
        return " ".join(ko), english_clause(subject, forms, form, tail, bool(form.negation))

    def owner(self, speech: str, people: bool = False) -> tuple[str, str, str]:
        """Whose: 민수의 / minsu's, 선생님의 / the teacher's, 언니의 / my sister's, 제 / my (polite), 내 / my
        (not formal), 우리 / our, 그의 / his; and the owner's gender. `people`: only a person (우리 has no
        one name)."""
        if self.chance(0.4):
            fitting = [o for o in self.OWNERS if speech in o[2] and not (people and o[0] == "우리")]
            ko, en, _, gender = self.pick(fitting)
            return ko, en, gender
        noun = self.pick([n for n in nouns_for(frozenset({"person", "name"})) if not n.plural_only])
        return noun.ko + "의", noun_en(noun) + "'s", noun.gender

    def ownable(self, noun: Noun) -> bool:
        """Something one owns: a thing, clothes, a car, a book, or a pet (not the sky, not the radio)."""
        owned = noun.kind in self.OWNED and "unowned" not in noun.tags
        return (owned or "pet" in noun.tags) and noun.count != "unique"

    def possessive_sentence(self) -> tuple[str, str]:
        """의 and 제/내/우리 before a noun: 이것은 민수의 책이에요 -> this is minsu's book; 언니의 가방이
        무거워요 -> my sister's bag is heavy; 제 이름은 지수예요 -> my name is jisu; 나는 선생님의 차를
        봤다 -> i saw the teacher's car."""
        roll = self.rng.random()
        speech = self.pick(SPEECHES)
        if roll < 0.3:  # 이것은 민수의 책이에요
            noun = self.pick([n for n in NOUNS if self.ownable(n) and not n.plural_only])
            ko_owner, en_owner, _ = self.owner(speech)
            this, en = self.pick(list(DEMONSTRATIVES.items()))
            subject = subject_from(this, en, "3s")
            form = self.form(progressive=False, future=False, question=0.12)
            form = replace(form, speech=speech, negation="안" if form.negation else "")
            said = subject.topic if form.negation else self.said(subject, form)
            ko = f"{said} {ko_owner} {copula(noun.ko, form)}"
            return ko, english_be(subject, f"{en_owner} {noun.en}", form)
        if roll < 0.45:  # 제 이름은 지수예요 -> my name is jisu
            ko_owner, en_owner, gender = self.owner(speech, people=True)
            name = self.pick(
                [
                    n
                    for n in KINDS["name"]
                    if "my" not in n.tags
                    and n.gender in ("", gender or n.gender)
                    and n.en + "'s" != en_owner
                    and n.ko not in ("엄마", "아빠")
                ]
            )
            form = Form("present", speech)
            if self.chance(0.15) and not en_owner.startswith("my"):  # never "is my name ...?"
                form = replace(form, question=True)
            elif self.chance(0.1):
                form = replace(form, negation="안")
            subject = Subject("", "", f"{en_owner} name", "3s")
            return f"{ko_owner} 이름은 {copula(name.ko, form)}", english_be(subject, name.en, form)
        noun = self.pick([n for n in NOUNS if self.ownable(n)])
        adjectives = [
            a
            for a in ADJECTIVES
            if (noun.kind in a.subjects or "=" + noun.ko in a.subjects) and not a.inner
        ]
        if roll < 0.7 and adjectives:  # 언니의 가방이 무거워요
            adjective = self.pick(adjectives)
            ko_owner, en_owner, _ = self.owner(speech)
            form = self.form(progressive=False, question=0.1, negation=0.15)
            form = replace(form, speech=speech, negation="안" if form.negation else "")
            if form.negation and adjective.negation == "지":
                form = replace(form, negation="지")
            agreement = "pl" if noun.plural_only else "3s"
            thing = subject_from(f"{ko_owner} {noun.ko}", f"{en_owner} {noun.en}", agreement)
            ko = f"{self.said(thing, form)} {conjugate(adjective_predicate(adjective), form)}"
            return ko, english_be(thing, adjective.en, form)
        # 나는 선생님의 차를 봤다 -> i saw the teacher's car
        verb = self.pick(
            [
                v
                for v in VERBS
                if any(self.ownable(n) for n in nouns_for(v.objects))
                and "person" in v.subjects
                and v.en not in ("write", "make", "draw", "build", "bake")  # not the soldier's diary
                and not (v.generic or v.negated or v.adjective or v.weather)
            ]
        )
        noun = self.pick([n for n in nouns_for(verb.objects) if self.ownable(n)])
        subject = self.someone(self.PEOPLE)
        form = self.statement_form(subject, verb, question=0.1, negation=0.1)
        ko_owner, en_owner, _ = self.owner(form.speech)
        while (
            en_owner.split("'")[0] == subject.en  # not 민수는 민수의 책을
            or (en_owner.startswith("my ") and subject.en != "i")  # 그는 언니의: whose sister?
            or {subject.topic, ko_owner}
            in ({"저는", "내"}, {"나는", "제"})  # 저는 제 책을, 나는 내 책을
        ):
            ko_owner, en_owner, _ = self.owner(form.speech)
        ko, tail = self.place_of(verb, 0.25)
        ko = [subject.topic] + ko + [f"{ko_owner} {with_particle(noun.ko, '을')}"]
        ko.append(conjugate(self.predicate(verb), form))
        forms = verb.progressive if "progressive" in form.tense else verb.forms
        tail.insert(0, f"{en_owner} {noun.en}")
        return " ".join(ko), english_clause(subject, forms, form, tail, bool(form.negation))
