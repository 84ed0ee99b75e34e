"""Questions and offers: question words (뭐, 어디, 누가, 언제, 왜, 몇 시), -(으)ㄹ까요 (shall we), -(으)러
가다/오다 (go to do) and requests softened with 좀: the `Generator`'s sentences of these kinds.
"""

from dataclasses import replace

from .korean import Form, Predicate, conjugate, purpose, shall, with_particle
from .lexicon import VERBS, Noun, Verb, english_forms
from .parts import (
    UNSAID_I,
    UNSAID_YOU,
    Subject,
    asked_object_en,
    english_clause,
    english_verb,
    object_en,
    please_form,
)

ACTIONS = [v for v in VERBS if "person" in v.subjects and not (v.stative or v.weather)]
LIVING = frozenset({"person", "name", "pronoun", "animal"})  # not what 뭐 asks about


def _general(verb: Verb) -> bool:
    """Not a verb of single listed objects (사진을 찍다, 약을 먹다 -> take): without its object it says
    something else."""
    return not all(o.startswith("=") for o in verb.objects)


def _what_verbs() -> list[Verb]:
    """뭐 먹었어요? -> what did you eat?: verbs of things, and of one meaning once their object is unsaid
    (뭐 써요? would be write or wear: 쓰다 is "write", 보다 "watch"; 타다, 굽다, 하다 none)."""
    fitting = [
        v
        for v in VERBS
        if "person" in v.subjects
        and v.objects - LIVING
        and _general(v)
        and not (v.negated or v.adjective or v.weather)
    ]
    meanings: dict[str, set] = {}
    for v in fitting:
        meanings.setdefault(v.ko, set()).add(v.en)
    return [v for v in fitting if len(meanings[v.ko]) == 1 or "what" in v.frames]


WHAT_VERBS = _what_verbs()
# 어디에 가요? -> where are you going?, 어디에 살아요? -> where do you live?
# (not 오다: 어디에 왔어요? is not "where did you come?")
WHERE_TO_VERBS = [v for v in ACTIONS if v.places == "에" and "where" in v.frames]
WHERE_AT_VERBS = [v for v in ACTIONS if v.places == "에서"]  # 어디에서 일해요? -> where do you work?
WHO_VERBS = [  # 누구를 만났어요? -> who did you meet?
    v
    for v in VERBS
    if "person" in v.subjects and {"person", "name"} & v.objects and _general(v) and not v.negated
]
QUESTION_WORDS = ["뭐", "뭐 하", "어디에", "어디에서", "누가", "누구를", "언제", "왜", "몇 시에"]
NOW_VERBS = {"찾"}  # 뭐 찾아요? -> what are you looking for?
NOW_ADVERBS = {"지금", "오늘", "요즘"}
HABIT_ADVERBS = {"매일", "아침에", "저녁에", "밤에", "점심에", "주말에"}
# a time said with a question word: not with 언제 or 몇 시에 (they ask it), nor 가끔/자주 ("why did you
# promise sometimes?")
ASKED_WITH_TIMES = {"뭐", "뭐 하", "어디에", "어디에서", "누구를", "왜"}
NOT_ASKED_TIMES = {"가끔", "자주"}
# what one goes or comes to do (-(으)러 가다/오다): 보러, 사러, 놀러, 들으러, 도우러, 만들러, 쇼핑하러
PURPOSE_VERBS = [v for v in ACTIONS if "purpose" in v.frames]
GIVE = next(v for v in VERBS if v.ko == "주" and v.en == "give")
RESTING_VERBS = [v for v in ACTIONS if "rest" in v.frames and not v.objects]  # 좀 쉬세요
SOFT_VERBS = [v for v in ACTIONS if v.objects and "unasked" not in v.frames]  # 좀 ... 주세요


class QuestionSentences:
    """Mixed into `Generator`, whose parts (subject, form, object_noun, ...) these sentences use."""

    # Tense conventions of the question-word sentences: Korean's present tense answers both English
    # presents. As everywhere in the generator, it is the simple present (뭐 먹어요? -> what do you
    # eat?, 어디에서 일해요? -> where do you work?) and -고 있다 the progressive (뭐 먹고 있어요? -> what are
    # you eating?), except where the simple present asks something else or is not said (`now_reading`):
    # 뭐 해요? -> what are you doing? ("what do you do?" asks for a job), 뭐 찾아요? -> what are you
    # looking for?, a motion verb (어디에 가요? -> where are you going?, 언제 와요? -> when are you
    # coming?), 왜 (왜 울어요? -> why are you crying?), and 지금/오늘/요즘 (오늘 뭐 먹어요? -> what are you
    # eating today?); a habit adverb keeps the simple present (매일 어디에 가요? -> where do you go every day?).
    def now_reading(self, verb: Verb | None, word: str, adverb) -> bool:
        if adverb is not None and adverb.ko in HABIT_ADVERBS:
            return False
        if adverb is not None and adverb.ko in NOW_ADVERBS:
            return True
        return verb is None or verb.ko in NOW_VERBS or verb.motion or word == "왜"

    def asked(
        self, verb: Verb | None, word: str, tenses: list[str]
    ) -> tuple[Subject, Form, object, bool]:
        """Who is asked about (unsaid "you", or said: 민수는, 너는, 할머니는), the Korean form, a time
        adverb or None, and whether English says the present as the progressive."""
        subject = UNSAID_YOU
        if self.chance(0.35):
            said = self.subject({"person", "name", "pronoun"}, plain_nouns=True)
            people = said.en.split(" and ")
            if said.en not in ("i", "we") and len(set(people)) == len(people):
                subject = said  # not "what did i eat?", "my brother and my brother"
        stative = verb is not None and verb.stative
        tenses = [t for t in tenses if not (stative and ("progressive" in t or t == "future"))]
        weights = {"present": 30, "past": 30, "progressive": 10, "past progressive": 3, "future": 20}
        tense = self.rng.choices(tenses, [weights[t] for t in tenses])[0]
        honorific = subject.honored and self.chance(0.6)
        form = Form(tense, self.speech_of(subject), question=True)
        form = replace(form, honorific=honorific and form.speech != "plain")
        adverb = None
        if not stative and word in ASKED_WITH_TIMES and self.chance(0.25):
            adverb = self.time_adverb(tense)
            if adverb.ko in NOT_ASKED_TIMES:
                adverb = None
        now = tense == "present" and not stative and self.now_reading(verb, word, adverb)
        return subject, form, adverb, now

    def english_question(
        self, word: str, subject: Subject, verb_forms: tuple, form: Form, now: bool, tail: list[str]
    ) -> str:
        """what + did you eat?: the question word before an English question without it."""
        forms, progressive = verb_forms
        tense = "progressive" if now else form.tense
        if "progressive" in tense:
            forms = progressive
        return f"{word} " + english_clause(subject, forms, Form(tense, question=True), tail, False)

    def question_word_sentence(self, word: str | None = None) -> tuple[str, str]:
        """뭐 먹었어요? -> what did you eat?; 민수는 뭘 샀어요? -> what did minsu buy?; 어디에 가요? -> where
        are you going?; 어디에서 일해요? -> where do you work?; 언제 와요? -> when are you coming?; 누가
        왔어요? -> who came?; 누구를 만났어요? -> who did you meet?; 왜 울어요? -> why are you crying?; 몇
        시에 일어나요? -> what time do you get up?; 주말에 뭐 할 거예요? -> what will you do on the weekend?"""
        word = word or self.rng.choices(QUESTION_WORDS, [4, 2, 2, 2, 2, 2, 2, 2, 1])[0]
        if word == "누가":
            return self.who_did_sentence()
        tenses = ["present", "past", "progressive", "past progressive", "future"]
        if word == "뭐 하":
            verb = None
        elif word == "뭐":
            verb = self.pick(WHAT_VERBS)
        elif word == "어디에":
            verb = self.pick(WHERE_TO_VERBS)
        elif word == "어디에서":
            verb = self.pick(WHERE_AT_VERBS)
        elif word == "누구를":
            verb = self.pick(WHO_VERBS)
        else:  # 언제, 왜, 몇 시에: anything a person does
            verb = self.action()
            tenses = {
                "언제": ["present", "past", "future"],
                "왜": ["present", "past", "progressive"],
            }.get(word, ["present", "past", "future"])
        subject, form, adverb, now = self.asked(verb, word, tenses)
        head = [subject.topic] if subject.topic else []
        if adverb is not None:
            head.append(adverb.ko)
        end = [adverb.en] if adverb is not None else []
        speech = form.speech
        if verb is None:  # 뭐 해요? -> what are you doing?
            do = Predicate("하")
            what = self.pick(["무엇을"] if speech == "formal" else ["뭐", "뭐", "뭘", "무엇을"])
            forms = english_forms("do", "")
            ko = head + [what, conjugate(do, form)]
            return " ".join(ko), self.english_question("what", subject, (forms, forms), form, now, end)
        ko_args, tail = [], []
        if word == "뭐":
            if verb.places == "에서" and self.chance(0.2):  # 식당에서 뭐 먹었어요?
                place = self.place_for(verb)
                ko_args.append(place.ko + "에서")
                tail.append(place.at)
            what = self.pick(["무엇을"] if speech == "formal" else ["뭐", "뭐", "뭘", "무엇을"])
            ko_args.append(what)
            en_word = "what"
        elif word == "누구를":
            ko_args.append(self.pick(["누구를"] if speech == "formal" else ["누구를", "누굴"]))
            en_word = "who"
        elif word == "어디에":
            ko_args.append(self.pick(["어디에"] if speech == "formal" else ["어디에", "어디"]))
            en_word = "where"
        elif word == "어디에서":
            ko_args.append(self.pick(["어디에서"] if speech == "formal" else ["어디에서", "어디서"]))
            en_word = "where"
            if verb.objects:
                ko_object, en_object = self.verb_object(verb, subject, form)
                ko_args.append(with_particle(ko_object, "을"))
                tail.append(en_object)
        else:
            ko_args.append(word)
            en_word = {"언제": "when", "왜": "why", "몇 시에": "what time"}[word]
            more, tail = self.arguments(verb, subject, form)
            ko_args += more
        ko = head + ko_args + [conjugate(self.predicate(verb), form)]
        en = self.english_question(
            en_word, subject, (verb.forms, verb.progressive), form, now, tail + end
        )
        return " ".join(ko), en

    def who_did_sentence(self) -> tuple[str, str]:
        """누가 왔어요? -> who came?; 누가 사과를 먹고 있어요? -> who is eating an apple?; 누가 올 거예요? ->
        who will come?; 누가 와요? -> who is coming? (the present only of motion verbs: "who eats?" is
        not what 누가 먹어요? asks)."""
        verb = self.action()
        tenses = ["past", "progressive", "future"] + (["present"] if verb.motion else [])
        weights = {"present": 20, "past": 40, "progressive": 15, "future": 20}
        tense = self.rng.choices(tenses, [weights[t] for t in tenses])[0]
        form = Form(tense, self.speech_of(None), question=True)
        who = Subject("누가", "누가", "who", "3s")
        ko, tail = self.arguments(verb, who, form)
        english_tense = "progressive" if tense == "present" else tense
        forms = verb.progressive if "progressive" in english_tense else verb.forms
        said = english_verb(who, forms, english_tense, False)
        en = " ".join(["who", said] + tail) + "?"
        return " ".join(["누가"] + ko + [conjugate(self.predicate(verb), form)]), en

    def shall_sentence(self) -> tuple[str, str]:
        """-(으)ㄹ까요? (-(으)ㄹ까? between friends): 같이 점심을 먹을까요? -> shall we eat lunch together?;
        창문을 닫을까요? -> shall i close the window?

        Convention: "shall i" only for an offer to do something to a thing for the listener (the verbs
        framed `offer`: open, close, turn on or off, bring) said with no 같이; everything else, and anything
        with 같이 or 우리 같이, is "shall we" (Korean says 우리 only before 같이 here: 우리 공원에 could be
        "our park")."""
        verb = self.pick([v for v in ACTIONS if "unsuggested" not in v.frames])
        together = self.chance(0.35)
        offer = "offer" in verb.frames and verb.objects and not together
        who = Subject("", "", "i" if offer else "we", "i" if offer else "pl")
        ko, tail = self.place_of(verb, 0.3)
        if verb.objects:
            noun = self.object_noun(verb.objects, who, verb.generic)
            dropped = self.chance(0.3)  # 점심 먹을까요?: speech often drops 을/를
            ko.append(noun.ko if dropped else with_particle(noun.ko, "을"))
            tail.insert(0, asked_object_en(noun, verb))
        if together:
            ko.insert(0, "우리 같이" if self.chance(0.3) else "같이")
            tail.append("together")
        speech = self.pick(["plain", "polite", "polite"])
        said = shall(self.predicate(verb), speech)
        return " ".join(ko + [said]), " ".join(["shall", who.en, verb.forms["base"]] + tail) + "?"

    def purpose_sentence(self) -> tuple[str, str]:
        """-(으)러 가다/오다, going or coming to do something: 나는 책을 사러 서점에 갔다 -> i went to the
        bookstore to buy a book; 친구가 놀러 왔어요 -> my friend came to play; 영화를 보러 가자 -> let's go
        watch a movie; 쇼핑하러 갈까요? -> shall we go shopping?; 놀러 오세요 -> please come to play.

        Statements say "to" (came to play); suggestions the bare verb after go (let's go watch); a verb
        whose English is itself "go ..." is said once (쇼핑하러 갔어요 -> i went shopping)."""
        roll = self.rng.random()
        mood = "statement" if roll < 0.55 else "suggestion" if roll < 0.85 else "request"
        motion = "가" if mood == "suggestion" or self.chance(0.6) else "오"
        if mood == "request":
            motion = "오"  # 가세요 is also "you go"; 놀러 오세요 is an invitation
        verb = self.pick([v for v in PURPOSE_VERBS if motion == "가" or not v.en.startswith("go ")])
        goes = verb.en.startswith("go ")
        subject = UNSAID_I
        if mood == "statement" and self.chance(0.7):
            subject = self.subject({"person", "name", "pronoun"}, plain_nouns=True)
        speech = self.speech_of(subject) if subject.topic else self.pick(["polite", "polite", "formal"])
        ko, purpose_en = [], [verb.forms["base"]]
        if verb.objects:
            # a bare noun (not 우리 편지를 읽으러: with "i" unsaid, 우리 would read as the subject)
            noun = self.object_noun(verb.objects, subject, verb.generic)
            dropped = speech != "formal" and self.chance(0.25)  # 영화 보러 가자
            ko.append(noun.ko if dropped else with_particle(noun.ko, "을"))
            purpose_en.append(object_en(noun, verb.definite, verb.generic, subject.possessive))
        ko.append(purpose(self.predicate(verb)))
        place_en = []
        if (not goes or verb.where) and mood != "request" and self.chance(0.35):
            place = self.place_for(verb)
            ko.insert(0, place.ko + "에")
            place_en = [place.at] if goes else [place.to]
        if goes:  # went shopping at the mall
            doing = [verb.en.split(" ", 1)[1]] + purpose_en[1:] + place_en
        elif mood == "statement":
            doing = place_en + ["to"] + purpose_en
        else:  # let's go watch a movie, let's go to the park to take a walk; please come to play
            doing = place_en + (["to"] if place_en or mood == "request" else []) + purpose_en
        go = Predicate(motion)
        go_en = english_forms("go" if motion == "가" else "come", "")
        if mood == "request":
            return " ".join(ko + ["오세요"]), " ".join(["please come"] + doing)
        if mood == "suggestion":
            if self.chance(0.5):
                ask = shall(go, self.pick(["plain", "polite"]))
                return " ".join(ko + [ask]), " ".join(["shall we go"] + doing) + "?"
            said = self.pick(["가자", "갑시다"])
            return " ".join(ko + [said]), " ".join(["let's go"] + doing)
        tense = self.rng.choices(["present", "past", "future"], [20, 50, 30])[0]
        form = Form(tense, speech)
        if subject.honored and speech != "plain" and tense != "present" and self.chance(0.6):
            # 할머니가 놀러 오셨어요; not in the present, where 놀러 오세요 is the invitation
            form = replace(form, honorific=True)
        head = [self.said(subject, form)] if subject.topic else []
        en = english_clause(subject, go_en, form, doing, False)
        return " ".join(head + ko + [conjugate(go, form)]), en

    def softened_request(self) -> tuple[str, str]:
        """좀 softens a request, and English need not say it: 물 좀 주세요 -> please give me some water;
        사진 좀 찍어 주세요 -> please take a picture; 문 좀 열어 주세요 -> please open the door; 좀 도와주세요
        -> please help me; 좀 쉬세요 -> please rest. Speech often drops 을/를 before 좀 (물 좀, 물을 좀)."""
        roll = self.rng.random()
        you = UNSAID_YOU

        def said(noun: Noun) -> str:
            return noun.ko if self.chance(0.6) else with_particle(noun.ko, "을")

        if roll < 0.35:  # 물 좀 주세요
            noun = self.object_noun(GIVE.objects, you)
            what = "some " + noun.en if noun.count == "uncountable" else object_en(noun, definite=True)
            give = self.pick(["주세요", "주세요", "줘"])
            return f"{said(noun)} 좀 {give}", f"please give me {what}"
        if roll < 0.45:  # 좀 도와주세요
            return self.pick(
                ["좀 도와주세요", "저 좀 도와주세요", "저를 좀 도와주세요"]
            ), "please help me"
        if roll < 0.6:  # 좀 쉬세요
            verb = self.pick(RESTING_VERBS)
            return "좀 " + conjugate(self.predicate(verb), Form(honorific=True)), "please " + verb.forms[
                "base"
            ]
        verb = self.pick(SOFT_VERBS)
        noun = self.object_noun(verb.objects, you, verb.generic)
        ask, base = please_form(verb)
        return f"{said(noun)} 좀 {ask}", f"please {base} {asked_object_en(noun, verb)}"
