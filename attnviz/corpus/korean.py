"""Korean predicates: a stem in a tense, speech level, negation and mood, built on `hangul`.

먹 present polite -> 먹어요       먹 past formal -> 먹었습니다     먹 future polite -> 먹을 거예요
먹 progressive plain -> 먹고 있다  먹 (지 않) polite -> 먹지 않아요  가 honorific polite -> 가세요
"""

from dataclasses import dataclass

from . import hangul

SPEECH = ("plain", "polite", "formal")
FUTURE = {"plain": "것이다", "polite": "거예요", "formal": "것입니다"}
FUTURE_QUESTION = {"plain": "거니?", "polite": "거예요?", "formal": "것입니까?"}
PAST = {"plain": "다", "polite": "어요", "formal": "습니다"}
NOT_BE = {  # 아니다 is the copula's negation; its endings are its own
    ("present", False): {"plain": "아니다", "polite": "아니에요", "formal": "아닙니다"},
    ("present", True): {"plain": "아니니?", "polite": "아니에요?", "formal": "아닙니까?"},
    ("past", False): {"plain": "아니었다", "polite": "아니었어요", "formal": "아니었습니다"},
    ("past", True): {"plain": "아니었니?", "polite": "아니었어요?", "formal": "아니었습니까?"},
}


@dataclass(frozen=True)
class Form:
    tense: str = "present"  # present, past, progressive, past progressive, future
    speech: str = "polite"  # plain (-다), polite (-요), formal (-습니다)
    negation: str = ""  # "" , "안" (안 먹어요), "지" (먹지 않아요), "못" (못 먹어요)
    question: bool = False
    honorific: bool = False  # -시-: 가세요, 주무세요


@dataclass(frozen=True)
class Predicate:
    stem: str  # 먹, 춥, 공부하
    irregular: str = ""
    adjective: bool = False
    noun: str = ""  # 공부하다: negation goes between, 공부 안 해요
    honorific: str = ""  # a stem of its own for honored subjects: 주무시 for 자


def ending(
    stem: str, irregular: str, adjective: bool, tense: str, speech: str, question: bool, honored=False
) -> str:
    """One predicate word (or two, for the future and progressive) without negation; `honored`: the
    stem is an honorific one (가시, 주무시), whose polite present is -세요."""
    mark = "?" if question else ""
    if tense == "future":
        tails = FUTURE_QUESTION if question else FUTURE
        return f"{hangul.eu_form(stem, irregular, 'ㄹ')} {tails[speech]}"
    if tense in ("progressive", "past progressive"):
        inner = "present" if tense == "progressive" else "past"
        return f"{stem}고 " + ending("있", "", True, inner, speech, question)
    if tense == "past":
        tails = {"plain": "니", "polite": "어요", "formal": "습니까"} if question else PAST
        return hangul.past_stem(stem, irregular) + tails[speech] + mark
    if speech == "formal":
        word = hangul.formal(stem, irregular)
        return (word[:-2] + "니까" if question else word) + mark
    if speech == "plain":
        if question:
            drop = hangul.rieul_stem(stem, irregular)
            return (stem[:-1] + hangul.join(*hangul.split(stem[-1])[:2]) if drop else stem) + "니" + mark
        return hangul.plain_present(stem, adjective)
    if honored:  # 가시 -> 가세요, not 가셔요
        return stem[:-1] + "세요" + mark
    return hangul.infinitive(stem, irregular) + "요" + mark


def honorific_stem(predicate: Predicate) -> str:
    """가 -> 가시, 읽 -> 읽으시, 살 -> 사시, 자 -> 주무시 (a word of its own)."""
    return predicate.honorific or hangul.eu_form(predicate.stem, predicate.irregular, "시")


def conjugate(predicate: Predicate, form: Form) -> str:
    """The predicate as said: 먹어요, 안 먹었다, 먹지 않습니다, 공부 못 해요, 주무세요?"""
    stem, irregular = predicate.stem, predicate.irregular
    args = (form.tense, form.speech, form.question)
    if form.honorific and "progressive" in form.tense:  # 읽고 계세요: 있다 is what is honored
        inner = "present" if form.tense == "progressive" else "past"
        return f"{stem}고 " + ending("계시", "", False, inner, form.speech, form.question, True)
    if form.honorific:
        stem, irregular = honorific_stem(predicate), ""
    if form.negation == "지":
        return f"{stem}지 " + ending("않", "", predicate.adjective, *args)
    if form.negation:
        if predicate.noun:
            return f"{predicate.noun} {form.negation} " + ending("하", "", False, *args)
        return f"{form.negation} " + ending(stem, irregular, predicate.adjective, *args)
    return ending(stem, irregular, predicate.adjective, *args, form.honorific)


def copula(noun: str, form: Form) -> str:
    """학생이다 / 의사예요 / 학생이었습니다 / 의사가 아니에요 / 학생일 거예요 / 학생이에요?"""
    q = "?" if form.question else ""
    if form.negation:
        return hangul.particle(noun, "이", "가") + " " + NOT_BE[form.tense, form.question][form.speech]
    if form.tense == "future":
        return noun + "일 " + (FUTURE_QUESTION if form.question else FUTURE)[form.speech]
    if form.tense == "past":
        tails = {"plain": "니", "polite": "어요", "formal": "습니까"} if q else PAST
        return hangul.particle(noun, "이었", "였") + tails[form.speech] + q
    if form.speech == "formal":
        return noun + ("입니까" if q else "입니다") + q
    if form.speech == "polite":
        return hangul.particle(noun, "이에요", "예요") + q
    return hangul.particle(noun, "이니", "니") + q if q else hangul.particle(noun, "이다", "다")


def connective(predicate: Predicate, kind: str, past: bool = False) -> str:
    """The first clause's ending: 먹고, 먹지만 / 먹었지만, 먹어서, 먹으면, 먹으니까, 먹을 때 / 먹었을 때."""
    stem, irregular = predicate.stem, predicate.irregular
    if kind == "고":
        return stem + "고"
    if kind == "아서":
        return hangul.infinitive(stem, irregular) + "서"
    if past:
        past_stem = hangul.past_stem(stem, irregular)
        return past_stem + {"지만": "지만", "니까": "으니까", "ㄹ 때": "을 때"}[kind]
    if kind == "지만":
        return stem + "지만"
    if kind == "ㄹ 때":
        return hangul.eu_form(stem, irregular, "ㄹ") + " 때"
    return hangul.eu_form(stem, irregular, kind)  # 면, 니까


def with_particle(word: str, particle: str) -> str:
    """Particles that follow the final consonant, and (으)로, which treats a final ㄹ as a vowel."""
    pairs = {
        "이": ("이", "가"),
        "은": ("은", "는"),
        "을": ("을", "를"),
        "과": ("과", "와"),
        "로": ("으로", "로"),
    }
    if particle == "로" and hangul.has_final(word) and hangul.split(word[-1])[2] == hangul.RIEUL:
        return word + "로"
    if particle in pairs:
        return hangul.particle(word, *pairs[particle])
    return word + particle  # 에, 에서, 에게, 한테, 도, 만, 하고, 의


def purpose(predicate: Predicate) -> str:
    """-(으)러, what one goes or comes to do: 보러, 먹으러, 놀러 and 만들러 (a ㄹ stem takes no 으),
    들으러 (ㄷ), 도우러 (ㅂ), 지으러 (ㅅ), 공부하러."""
    return hangul.eu_form(predicate.stem, predicate.irregular, "러")


def shall(predicate: Predicate, speech: str = "polite") -> str:
    """-(으)ㄹ까요? (-(으)ㄹ까? between friends), a suggestion or an offer: 먹을까요?, 갈까?, 만들까요?,
    들을까요?, 도울까요?"""
    return hangul.eu_form(predicate.stem, predicate.irregular, "ㄹ") + (
        "까?" if speech == "plain" else "까요?"
    )
