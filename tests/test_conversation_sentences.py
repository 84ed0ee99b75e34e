"""The conversation kinds (attnviz/corpus/conversation_sentences.py): -(으)ㄹ게요, -(으)ㄹ래요?, -아/어 보다,
아직 안, a topic-marked object with "i" unsaid, and a first clause about "it"."""

import pytest

from attnviz.corpus.conversation_sentences import (
    CONVERSATION_KINDS,
    HABITS,
    SITUATIONS,
    TRIED,
    ConversationGenerator,
    said_with,
)
from attnviz.corpus.korean import Predicate
from attnviz.corpus.lexicon import VERBS, nouns_for
from attnviz.corpus.mix import conversation_pairs
from attnviz.corpus.particle_sentences import ANIMATE
from attnviz.corpus.parts import verb_predicate


def many(kind: str, n: int = 600, seed: int = 3) -> list[tuple[str, str]]:
    generator = ConversationGenerator(seed)
    return [getattr(generator, kind)() for _ in range(n)]


@pytest.mark.parametrize(
    "stem, irregular, ending, said",
    [
        ("먹", "", "ㄹ게요", "먹을게요"),
        ("가", "", "ㄹ게요", "갈게요"),
        ("만들", "", "ㄹ게", "만들게"),  # a ㄹ stem takes no 으
        ("듣", "ㄷ", "ㄹ게요", "들을게요"),
        ("돕", "ㅂ", "ㄹ래요?", "도울래요?"),
        ("짓", "ㅅ", "ㄹ래?", "지을래?"),
        ("부르", "르", "ㄹ게요", "부를게요"),
    ],
)
def test_an_ending_after_으_follows_the_stems_class(stem, irregular, ending, said):
    assert said_with(Predicate(stem, irregular), ending) == said


def test_not_goes_before_the_verb_and_after_a_하다_verbs_noun():
    assert said_with(Predicate("먹"), "ㄹ게요", negative=True) == "안 먹을게요"
    study = next(v for v in VERBS if v.ko == "공부하")
    assert said_with(verb_predicate(study), "ㄹ게요", negative=True) == "공부 안 할게요"
    assert said_with(verb_predicate(study, split=True), "ㄹ게", negative=True) == "공부를 안 할게"


def test_a_promise_is_the_speakers_will():
    for korean, english in many("promise_sentence"):
        assert english.startswith("i will "), (korean, english)
        assert korean.endswith(("게요", "게")), korean
        assert ("제가" in korean.split()) <= korean.endswith("게요")  # 제가 politely, 내가 plainly
        assert ("내가" in korean.split()) <= korean.endswith("게")
        assert ("안" in korean.split()) == (" not " in english)


def test_would_you_asks_what_the_listener_wants():
    for korean, english in many("would_you_sentence"):
        assert english.startswith("do you want to ") and english.endswith("?")
        assert korean.endswith(("래요?", "래?"))
        assert ("같이" in korean.split()) == english.endswith("together?")


def test_trying_says_the_thing_for_eating_drinking_and_wearing():
    assert {v.en for v in TRIED} >= {"eat", "drink", "wear", "read", "make"}
    assert all(v.objects and "try" in v.frames for v in TRIED)
    moods = {
        "봤어요?": "have you tried",
        "봤어?": "have you tried",
        "봤어요": "i have tried",
        "봤어": "i have tried",
    }
    moods |= {"볼게요": "i will try", "볼게": "i will try", "보세요": "please try"}
    seen = set()
    for korean, english in many("tried_sentence"):
        said = korean.split()[-1]
        assert english.startswith(moods[said]), (korean, english)
        seen.add(said)
        rest = english.removeprefix(moods[said]).split()
        # eating and drinking try the thing, wearing tries it on, anything else tries the doing
        assert rest[0] == "on" or rest[0].endswith("ing") or korean.split()[-2][:1] in "먹마", english
    assert seen == set(moods)


def test_not_yet_says_have_not_and_yet():
    for korean, english in many("not_yet_sentence"):
        assert "아직" in korean.split()
        assert english.endswith(" yet")
        assert " have not " in english or " has not " in english
        if english.startswith(("i ", "we ", "you ", "they ", "he ", "she ")):
            assert (" has not " in english) == english.startswith(("he ", "she "))


def test_a_topic_marked_object_is_what_i_do_or_not_in_general():
    living = {n.ko for n in nouns_for(ANIMATE)}  # 동현은 would be the subject, not the object
    for korean, english in many("topic_object_sentence"):
        thing = korean.split()[0]
        assert thing.endswith(("은", "는")) and thing[:-1] not in living
        assert english.startswith("i ")
    assert all(v.generic or "try" in v.frames for v in HABITS)
    assert ("커피는 안 마셔요", "i do not drink coffee") in set(many("topic_object_sentence", 4000))


def test_a_clause_about_it_is_said_with_it_and_never_asks_after_아서():
    adjectives = {a.en for a in SITUATIONS}
    assert {"expensive", "dangerous", "delicious", "cold"} <= adjectives
    for korean, english in many("it_clause_sentence"):
        assert english.startswith(("it is ", "it was ", "if it is "))
        if " so " in english and korean.split()[0].endswith("서"):  # -아서: never a request or let's
            assert not english.split(" so ", 1)[1].startswith(("please", "let's"))


def test_conversation_pairs_are_fresh_for_each_seed_and_the_same_for_one():
    pairs = conversation_pairs(5, 400)
    assert len(pairs) == 400 and conversation_pairs(5, 400) == pairs
    assert conversation_pairs(6, 400) != pairs
    assert set(CONVERSATION_KINDS) <= set(dir(ConversationGenerator))
