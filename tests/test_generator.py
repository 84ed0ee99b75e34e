"""The sentence generator against hand-checked Korean and English."""

import pytest

from attnviz import hangul
from attnviz.app.examples import EXAMPLES
from attnviz.generator import english_verb, generate_pairs, korean_verb, noun_subject
from attnviz.lexicon import ADJECTIVES, KINDS, NOUNS, PLACES, VERBS

PAIRS = dict(generate_pairs(60000, seed=0) + generate_pairs(60000, seed=1))

# Checked by hand, one by one: each is a correct Korean sentence and its English under the generator's
# conventions ("the" for common-noun subjects, a/an for countable objects, plurals after like/love/hate).
HAND_CHECKED = [
    ("곰이 걸었다", "the bear walked"),
    ("그는 걸었다", "he walked"),
    ("손님이 그를 안 도와요", "the guest does not help him"),
    ("그들이 정원에서 그녀를 도와요", "they help her in the garden"),
    ("학교는 추워요", "the school is cold"),
    ("민수가 노래를 불러요", "minsu sings a song"),
    ("닭은 빨라요", "the chicken is fast"),
    ("재킷은 빨개요", "the jacket is red"),
    ("치마와 모자가 빨개요", "the skirt and the hat are red"),
    ("강아지가 안 커요", "the puppy is not big"),
    ("철수가 안 바빠요", "cheolsu is not busy"),
    ("드레스는 예뻐요", "the dress is pretty"),
    ("그가 물을 산다", "he buys water"),
    ("수진이 안 논다", "sujin does not play"),
    ("학생은 샌드위치를 만든다", "the student makes a sandwich"),
    ("남자가 콜라를 마셔요", "the man drinks cola"),
    ("영희가 인형을 봐요", "younghee sees a doll"),
    ("그들은 교회에 와요", "they come to church"),
    ("학생이 역사를 배워요", "the student learns history"),
    ("남자는 똑똑해요", "the man is smart"),
    ("그가 공부 안 했어요", "he did not study"),
    ("수진이 회사원이에요", "sujin is an office worker"),
    ("이것이 코끼리예요", "this is an elephant"),
    ("그것은 지하철이었다", "it was a subway"),
    ("작가는 소녀였어요", "the writer was a girl"),
    ("소녀는 아기가 아니다", "the girl is not a baby"),
    ("저는 공주가 아니에요", "i am not a princess"),
    ("여자가 한국에 없다", "the woman is not in korea"),
    ("딸과 학생이 아기였어요", "the daughter and the student were babies"),
    ("할아버지와 경찰은 요리사다", "the grandfather and the police officer are cooks"),
    ("아버지와 할아버지가 외로웠다", "the father and the grandfather were lonely"),
    ("내가 자고 있었다", "i was sleeping"),
    ("그는 안 자고 있었다", "he was not sleeping"),
    ("소년은 공항에서 책을 읽었다", "the boy read a book at the airport"),
    ("그는 학교에 갔어요", "he went to school"),
    ("말이 부엌에 있다", "the horse is in the kitchen"),
    ("이것은 오리예요", "this is a duck"),
    ("그들은 안 울고 있어요", "they are not crying"),
    ("우리는 한국에서 걷고 있었다", "we were walking in korea"),
    ("우리는 심심했어요", "we were bored"),
    ("쥐는 안 하얘요", "the mouse is not white"),
    ("제가 동물원에서 역사를 가르쳤다", "i taught history at the zoo"),
    ("엄마가 자전거를 안 타요", "mom does not ride a bicycle"),
    ("의사와 지수는 모자를 잃어버렸어요", "the doctor and jisu lost a hat"),
    ("의사가 울었어요", "the doctor cried"),
    ("아기가 남자를 안 사랑해요", "the baby does not love men"),
    ("그것이 맥주예요", "it is beer"),
    ("미술이 안 쉬워요", "art is not easy"),
]


def test_generated_pairs_match_the_hand_checked_table():
    """The generator is random: every hand-checked pair it produced must match, and most must occur."""
    produced = [(korean, english, PAIRS[korean]) for korean, english in HAND_CHECKED if korean in PAIRS]
    assert [(k, e) for k, e, generated in produced if generated != e] == []
    assert len(produced) >= 30


# stem, irregular class, adjective?, plain present, polite present, plain past, polite past
CONJUGATIONS = [
    ("자", "", False, "잔다", "자요", "잤다", "잤어요"),
    ("가", "", False, "간다", "가요", "갔다", "갔어요"),
    ("먹", "", False, "먹는다", "먹어요", "먹었다", "먹었어요"),
    ("마시", "", False, "마신다", "마셔요", "마셨다", "마셨어요"),
    ("보", "", False, "본다", "봐요", "봤다", "봤어요"),
    ("오", "", False, "온다", "와요", "왔다", "왔어요"),
    ("배우", "", False, "배운다", "배워요", "배웠다", "배웠어요"),
    ("기다리", "", False, "기다린다", "기다려요", "기다렸다", "기다렸어요"),
    ("보내", "", False, "보낸다", "보내요", "보냈다", "보냈어요"),
    ("쉬", "", False, "쉰다", "쉬어요", "쉬었다", "쉬었어요"),
    ("공부하", "", False, "공부한다", "공부해요", "공부했다", "공부했어요"),
    ("쓰", "", False, "쓴다", "써요", "썼다", "썼어요"),
    ("춤추", "", False, "춤춘다", "춤춰요", "춤췄다", "춤췄어요"),
    ("살", "", False, "산다", "살아요", "살았다", "살았어요"),
    ("놀", "", False, "논다", "놀아요", "놀았다", "놀았어요"),
    ("만들", "", False, "만든다", "만들어요", "만들었다", "만들었어요"),
    ("열", "", False, "연다", "열어요", "열었다", "열었어요"),
    ("닫", "", False, "닫는다", "닫아요", "닫았다", "닫았어요"),
    ("입", "", False, "입는다", "입어요", "입었다", "입었어요"),
    ("듣", "ㄷ", False, "듣는다", "들어요", "들었다", "들었어요"),
    ("걷", "ㄷ", False, "걷는다", "걸어요", "걸었다", "걸었어요"),
    ("돕", "ㅂ", False, "돕는다", "도와요", "도왔다", "도왔어요"),
    ("부르", "르", False, "부른다", "불러요", "불렀다", "불렀어요"),
    ("춥", "ㅂ", True, "춥다", "추워요", "추웠다", "추웠어요"),
    ("귀엽", "ㅂ", True, "귀엽다", "귀여워요", "귀여웠다", "귀여웠어요"),
    ("빠르", "르", True, "빠르다", "빨라요", "빨랐다", "빨랐어요"),
    ("빨갛", "ㅎ", True, "빨갛다", "빨개요", "빨갰다", "빨갰어요"),
    ("하얗", "ㅎ", True, "하얗다", "하얘요", "하얬다", "하얬어요"),
    ("크", "", True, "크다", "커요", "컸다", "컸어요"),
    ("바쁘", "", True, "바쁘다", "바빠요", "바빴다", "바빴어요"),
    ("예쁘", "", True, "예쁘다", "예뻐요", "예뻤다", "예뻤어요"),
    ("아프", "", True, "아프다", "아파요", "아팠다", "아팠어요"),
    ("맛있", "", True, "맛있다", "맛있어요", "맛있었다", "맛있었어요"),
    ("행복하", "", True, "행복하다", "행복해요", "행복했다", "행복했어요"),
]


@pytest.mark.parametrize("stem, irregular, adjective, present, polite, past, polite_past", CONJUGATIONS)
def test_conjugation_table(stem, irregular, adjective, present, polite, past, polite_past):
    assert hangul.plain_present(stem, adjective) == present
    assert hangul.infinitive(stem, irregular) + "요" == polite
    assert hangul.past_stem(stem, irregular) + "다" == past
    assert hangul.past_stem(stem, irregular) + "어요" == polite_past


@pytest.mark.parametrize(
    "word, subject, topic, obj, with_",
    [
        ("고양이", "고양이가", "고양이는", "고양이를", "고양이와"),
        ("학생", "학생이", "학생은", "학생을", "학생과"),
        ("물", "물이", "물은", "물을", "물과"),
    ],
)
def test_particles_follow_the_final_consonant(word, subject, topic, obj, with_):
    assert hangul.particle(word, "이", "가") == subject
    assert hangul.particle(word, "은", "는") == topic
    assert hangul.particle(word, "을", "를") == obj
    assert hangul.particle(word, "과", "와") == with_


def test_progressive_and_negation_of_noun_verbs():
    study = next(v for v in VERBS if v.ko == "공부하" and not v.objects)
    assert korean_verb(study, "present", False, True) == "공부 안 한다"
    assert korean_verb(study, "progressive", True, False) == "공부하고 있어요"
    sleep = next(v for v in VERBS if v.ko == "자")
    assert korean_verb(sleep, "past progressive", False, True) == "안 자고 있었다"


def test_english_agrees_with_its_subject():
    cat = noun_subject(next(n for n in NOUNS if n.ko == "고양이"))
    socks = noun_subject(next(n for n in NOUNS if n.ko == "양말"))
    assert (
        cat.en == "the cat"
        and english_verb(cat, "sleep|sleeps|slept|sleeping", "present", False) == "sleeps"
    )
    assert english_verb(socks, "sleep|sleeps|slept|sleeping", "present", True) == "do not sleep"
    assert english_verb(cat, "watch", "present", False) == "watches"
    assert english_verb(cat, "listen to", "progressive", False) == "is listening to"
    assert english_verb(cat, "dance", "past", False) == "danced"


def test_generation_is_deterministic_distinct_and_short():
    pairs = generate_pairs(2000, seed=7)
    assert pairs == generate_pairs(2000, seed=7)
    assert pairs != generate_pairs(2000, seed=8)
    assert len({k for k, _ in pairs}) == len(pairs)
    for korean, english in pairs:
        assert len(korean.split()) <= 6 and len(english.split()) <= 10
        assert english == english.lower() and english.replace(" ", "").isalpha()


def test_the_corpus_is_large_and_a_function_of_the_korean():
    pairs = generate_pairs(80000, seed=1)  # at least 80,000 distinct sentences exist
    both = {}
    for korean, english in list(PAIRS.items()) + pairs:
        assert both.setdefault(korean, english) == english  # one Korean sentence, one English


def test_lexicon_kinds_are_consistent():
    for verb in VERBS:
        assert verb.objects <= set(KINDS), verb
    assert len(NOUNS) + len(VERBS) + len(ADJECTIVES) + len(PLACES) >= 300  # a few hundred beginner words


@pytest.mark.parametrize("korean, english", EXAMPLES)
def test_page_examples_follow_the_generators_conventions(korean, english):
    assert PAIRS.get(korean, english) == english
