"""Every Korean form the generator makes, read back by an independent analyser (kiwipiepy): it must
find the intended stem and ending, for every verb and adjective in the lexicon."""

from functools import cache

import pytest

from attnviz.corpus import hangul
from attnviz.corpus.conversation_sentences import TRIED, said_with
from attnviz.corpus.korean import Form, conjugate, purpose, shall
from attnviz.corpus.lexicon import ADJECTIVES, VERBS
from attnviz.corpus.parts import adjective_predicate, verb_predicate
from attnviz.corpus.question_sentences import PURPOSE_VERBS

kiwipiepy = pytest.importorskip("kiwipiepy")
PURPOSE_STEMS = {v.ko for v in PURPOSE_VERBS}

# form -> the ending morphemes the analyser must find (any one of them), as kiwipiepy spells them
ENDINGS = {
    Form("present", "plain"): {"ᆫ다", "는다", "다"},
    Form("present", "polite"): {"어요", "아요"},
    Form("present", "formal"): {"습니다", "ᆸ니다"},
    Form("past", "polite"): {"었", "았"},
    Form("future", "polite"): {"ᆯ", "을"},
    Form("present", "polite", "지"): {"지"},
    Form("present", "polite", question=True): {"어요", "아요"},
}


@cache
def analyser():
    return kiwipiepy.Kiwi()


def predicates():
    """One of each (stem, irregular class) the lexicon conjugates."""
    seen = {}
    for verb in VERBS:
        seen.setdefault((verb.ko, verb.irregular), verb_predicate(verb))
    for adjective in ADJECTIVES:
        seen.setdefault((adjective.ko, adjective.irregular), adjective_predicate(adjective))
    return list(seen.values())


def has_stem(forms: list, stem: str) -> bool:
    """The stem as a verb or adjective, or a 하다 word as its noun followed by 하 (공부 + 하)."""
    if any(form == stem and tag.startswith("V") for form, tag in forms):
        return True
    pairs = zip(forms, forms[1:])
    return stem.endswith("하") and any(a == stem[:-1] and b == "하" for (a, _), (b, _) in pairs)


def read_back(said: str, stem: str, endings: set) -> bool:
    """True when one of the analyser's top readings has the stem and one of the endings."""
    for tokens, _ in analyser().analyze(said, top_n=5):
        forms = [(t.form, t.tag) for t in tokens]
        if has_stem(forms, stem) and any(form in endings for form, _ in forms):
            return True
    return False


@pytest.mark.parametrize(
    "form", list(ENDINGS), ids=lambda f: f"{f.tense}-{f.speech}-{f.negation}{'?' * f.question}"
)
def test_the_analyser_reads_back_every_stem_and_ending(form):
    wrong = []
    for predicate in predicates():
        said = conjugate(predicate, form)
        if not read_back(said, predicate.stem, ENDINGS[form]):
            wrong.append(said)
    assert wrong == []


# -(으)러, -(으)ㄹ까요/-(으)ㄹ까 (generator.purpose_sentence, shall_sentence), -(으)ㄹ게요 and -(으)ㄹ래요?
# (conversation_sentences) -> their ending morphemes;
# -(으)러 of the verbs the generator says it of (the analyser misreads 잠그러, which it never says)
VERB_ENDINGS = {
    "purpose": (purpose, {"러", "으러"}),
    "shall-polite": (lambda p: shall(p, "polite"), {"ᆯ까요", "을까요"}),
    "shall-plain": (lambda p: shall(p, "plain"), {"ᆯ까", "을까"}),
    "promise": (lambda p: said_with(p, "ㄹ게요"), {"ᆯ게요", "을게요"}),
    "would-you": (lambda p: said_with(p, "ㄹ래요?"), {"ᆯ래요", "을래요"}),
}
# right, and read otherwise: 날- as 나다 + ㄹ (the ㄹ of 날다 drops before ㄹ), 보여주- as 보이어 주-
MISREAD = {"날게요", "날래요?", "보여줄게요"}


@pytest.mark.parametrize("name", list(VERB_ENDINGS))
def test_the_analyser_reads_back_every_verb_before_러_and_ㄹ까요(name):
    make, endings = VERB_ENDINGS[name]
    wrong = []
    for predicate in predicates():
        if predicate.adjective or (name == "purpose" and predicate.stem not in PURPOSE_STEMS):
            continue
        said = make(predicate)
        if said not in MISREAD and not read_back(said, predicate.stem, endings):
            wrong.append(said)
    assert wrong == []


@pytest.mark.parametrize(
    "said, ending", [("어 봤어요?", "었"), ("어 볼게요", "ᆯ게요"), ("어 보세요", "세요")]
)
def test_the_analyser_reads_back_every_tried_verb_before_보다(said, ending):
    """-아/어 보다 (conversation_sentences.tried_sentence): the verb's stem, then 보 and its ending."""
    wrong = []
    for verb in TRIED:
        tried = hangul.infinitive(verb.ko, verb.irregular) + said[1:]
        readings = [
            [(t.form, t.tag) for t in tokens] for tokens, _ in analyser().analyze(tried, top_n=5)
        ]
        if not any(
            has_stem(forms, verb.ko) and ("보", "VX") in forms and any(f == ending for f, _ in forms)
            for forms in readings
        ):
            wrong.append(tried)
    assert wrong == []
