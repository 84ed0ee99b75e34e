"""What training reads besides Tatoeba: generated pairs, every lexicon word in its simplest frames, the
fixed phrases (data/phrases.tsv), the hand-written everyday sentences (data/sentences.tsv, a training
option), and never a sentence of the held-out sets (tests/data/heldout*.tsv) or of the calibration set
(data/calibration.tsv).
"""

import csv
import random
from pathlib import Path

from ..examples import EXAMPLES
from ..tokens import comparable
from . import DATA, NEVER_TRAINED
from .conversation_sentences import CONVERSATION_KINDS, ConversationGenerator
from .generator import HAVEABLE, MAX_ENGLISH, MAX_KOREAN, Generator, generate_pairs
from .korean import Form, conjugate
from .lexicon import ADJECTIVES, PLACES, VERBS, nouns_for
from .parts import adjective_predicate

# 싶다 in each speech level, and who says it: 저 only in the polite forms
WANT = {
    "plain": ("싶다", ("나는",)),
    "polite": ("싶어요", ("나는", "저는")),
    "formal": ("싶습니다", ("저는",)),
}
IT = {"그것은": "it", "이것은": "this", "저것은": "that"}

PHRASES = DATA / "phrases.tsv"  # korean<TAB>english, written and reviewed by hand
SENTENCES = DATA / "sentences.tsv"  # korean<TAB>english<TAB>kind, everyday sentences written by hand


def read_column_pairs(path: Path) -> list[tuple[str, str]]:
    """(korean, english) from a TSV with a header naming `korean` and `english`; none if it is absent."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            (r["korean"].strip(), r["english"].strip()) for r in rows if r["korean"] and r["english"]
        ]


def load_phrases(path: Path = PHRASES) -> list[tuple[str, str]]:
    return read_column_pairs(path)


def held_out_korean(paths: tuple[Path, ...] = NEVER_TRAINED) -> set[tuple]:
    """The held-out Korean sentences (and the calibration set's) as `tokens.comparable` sees them, so a
    copy that differs only in case, spacing around punctuation or a final mark is kept out too (the files
    are never read otherwise)."""
    never = set()
    for path in paths:
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            if "korean" not in (rows.fieldnames or []):
                raise ValueError(
                    f"{path}: no `korean` column, so its sentences cannot be kept out of training"
                )
            never |= {comparable(r["korean"]) for r in rows if r["korean"]}
    return never


def without(pairs: list, held_out: set[tuple]) -> list:
    """The pairs whose Korean is not held out."""
    return [p for p in pairs if comparable(p[0]) not in held_out]


def coverage_pairs(seed: int, repeats: int = 2) -> list[tuple[str, str]]:
    """Every lexicon word in the frames a learner types first, `repeats` times each, in fresh forms:
    N이 있어요 (there is a N / i have a N), 큰 N이 있어요, 나는 V-고 싶어요, 그것은 A / 나는 A,
    a sentence around each verb and each place."""
    g = Generator(seed)
    nouns = nouns_for(HAVEABLE)
    actions = [v for v in VERBS if "person" in v.subjects and not (v.stative or v.weather)]
    pairs = []
    for _ in range(repeats):
        pairs += [g.have_sentence(n) for n in nouns] + [
            g.have_sentence(n, described=True) for n in nouns
        ]
        pairs += [g.want_sentence(v) for v in actions] + [
            g.verb_sentence(v) for v in VERBS if not v.weather
        ]
        pairs += [g.adjective_sentence(a, simple=True) for a in ADJECTIVES] + [
            g.adjective_sentence(a) for a in ADJECTIVES
        ]
        pairs += [g.place_sentence(p) for p in PLACES]
        pairs += first_frames(g)
    return [(k, e) for k, e in pairs if len(k.split()) <= MAX_KOREAN and len(e.split()) <= MAX_ENGLISH]


def first_frames(g: Generator) -> list[tuple[str, str]]:
    """Every verb and adjective in its first frame word for word, in a speech level drawn afresh: 나는
    V-고 싶어요 (싶다, 저는 … 싶습니다) -> i want to V; 그것은 A (이것은, 저것은) -> it (this, that) is A,
    and a feeling said of oneself, 나는 배고파요 -> i am hungry. The generator says these words with a
    subject and an object that fit (그녀는 창문을 열고 싶어해요, 산이 높아요), and a model that learned
    only those answered 나는 열고 싶어요 with "i want to travel" and 그것은 높다 with "it is a teacher"."""
    pairs = []
    for verb in VERBS:
        if "person" in verb.subjects and not (verb.weather or verb.negated):
            want, speakers = WANT[g.pick(list(WANT))]
            english = verb.en.removesuffix(" to").removesuffix(" for")  # no object: i want to listen
            pairs.append((f"{g.pick(speakers)} {verb.ko}고 {want}", f"i want to {english}"))
    for adjective in ADJECTIVES:
        speech = g.pick(list(WANT))
        said = conjugate(adjective_predicate(adjective), Form("present", speech))
        if adjective.feeling:
            pairs.append((f"{g.pick(WANT[speech][1])} {said}", f"i am {adjective.en}"))
        else:
            it = g.pick(["그것은", "그것은", "이것은", "저것은"])
            pairs.append((f"{it} {said}", f"{IT[it]} is {adjective.en}"))
    return pairs


def drawn_pairs(generator: Generator, kinds: dict[str, int], seed: int, n: int) -> list[tuple[str, str]]:
    """`n` pairs of `kinds` ({method name: weight}) from `generator`, each kind drawn by its weight,
    only those short enough to train on."""
    rng, pairs = random.Random(seed), []
    while len(pairs) < n:
        korean, english = getattr(generator, rng.choices(list(kinds), list(kinds.values()))[0])()
        if len(korean.split()) <= MAX_KOREAN and len(english.split()) <= MAX_ENGLISH:
            pairs.append((korean, english))
    return pairs


def clause_pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """`n` fresh two-clause pairs (a clause that leads into another, or two subjects each with their
    own), in the generator's own mix of the two kinds. The kind a model gets wrong most often among
    generated pairs, so training can see more of it than the generator's share."""
    kinds = {name: Generator.KINDS_OF_SENTENCE[name] for name in ("two_clauses", "paired_clauses")}
    return drawn_pairs(Generator(seed), kinds, seed, n)


def conversation_pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """`n` fresh pairs of the conversation kinds (`conversation_sentences`: -ㄹ게요, -ㄹ래요?, -아/어 보다,
    아직 안, 커피는 안 마셔요, a first clause about "it"), drawn apart from the generator's own stream so
    its pairs stay as reviewed."""
    return drawn_pairs(ConversationGenerator(seed), CONVERSATION_KINDS, seed, n)


def generated_split(n: int, n_test: int, seed: int = 0) -> tuple[list, list]:
    """Generated pairs; the held-out ones are Korean sentences never seen in training.

    The page's examples are always trained on and never held out. Half the training statements end
    with a full stop on both sides, so the model learns to carry it over.
    """
    examples = {korean for korean, _ in EXAMPLES}
    pairs = [p for p in generate_pairs(n + n_test, seed=seed) if p[0] not in examples]
    train, test = (
        pairs[: n - len(EXAMPLES)] + EXAMPLES,
        pairs[n - len(EXAMPLES) : n + n_test - len(EXAMPLES)],
    )
    rng = random.Random(seed)
    full_stop = [not k.endswith("?") and rng.random() < 0.5 for k, _ in train]
    train = [(k + " .", e + " .") if stop else (k, e) for (k, e), stop in zip(train, full_stop)]
    return train, test
