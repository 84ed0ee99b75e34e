"""Every Korean form the generator makes, read back by an independent analyser (kiwipiepy): it must
find the intended stem and ending, for every verb and adjective in the lexicon."""

from functools import cache

import pytest

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


# -(으)러 and -(으)ㄹ까요/-(으)ㄹ까 (generator.purpose_sentence, shall_sentence) -> their ending morphemes;
# -(으)러 of the verbs the generator says it of (the analyser misreads 잠그러, which it never says)
VERB_ENDINGS = {
    "purpose": (purpose, {"러", "으러"}),
    "shall-polite": (lambda p: shall(p, "polite"), {"ᆯ까요", "을까요"}),
    "shall-plain": (lambda p: shall(p, "plain"), {"ᆯ까", "을까"}),
}


@pytest.mark.parametrize("name", list(VERB_ENDINGS))
def test_the_analyser_reads_back_every_verb_before_러_and_ㄹ까요(name):
    make, endings = VERB_ENDINGS[name]
    wrong = []
    for predicate in predicates():
        if predicate.adjective or (name == "purpose" and predicate.stem not in PURPOSE_STEMS):
            continue
        said = make(predicate)
        if not read_back(said, predicate.stem, endings):
            wrong.append(said)
    assert wrong == []
