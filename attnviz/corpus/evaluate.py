"""Measure a trained model: `python -m attnviz.corpus.evaluate [--attention KIND | --model DIR]`.

Greedy translations of held-out pairs, compared as the model sees text (lower-cased, punctuation split
off): BLEU and chrF on Tatoeba's held-out pairs, exact match on held-out generated pairs, and BLEU by
source length on Tatoeba's held-out pairs plus the blind held-out sentences (several references each),
the measure Bahdanau et al. (2015, Fig. 2) used to show what attention buys on long sentences; and how
many lexicon words the model names in a learner's first frames (N이 있어요, 나는 V-고 싶어요, 그것은 A), and
how many words of a beginners' list written blind (tests/data/beginner_words.tsv) it names in the same
frames, which says how far the lexicon reaches beyond itself.
Beside greedy BLEU, Tatoeba's BLEU once more with beam search (width 4, a length penalty of 1, both
offered on the beam page): the same model, decoded otherwise. Training runs it at the end; run alone,
it refreshes those keys of the model's metrics.json.
"""

import argparse
import json
from pathlib import Path

import numpy as np
import sacrebleu

from ..beam import beam_search
from ..decoding import load_model, model_directory, translate
from ..model import ATTENTION_KINDS
from ..tokens import comparable, tokenize
from . import DATA, heldout, mix, tatoeba
from .generator import HAVEABLE, Generator
from .korean import with_particle
from .lexicon import ADJECTIVES, NOUNS, PLACES, VERBS, english_forms, english_plural, nouns_for

BEAM_WIDTH, BEAM_PENALTY = 4, 1.0  # penalty 1: log P per word, so longer sentences are not cut short
LENGTHS = ((1, 2), (3, 4), (5, 6), (7, None))  # source words: 185, 388, 169 and 53 held-out sentences
# nouns, verbs and adjectives a beginner knows, written by someone who had not seen the lexicon
BEGINNER_WORDS = DATA.parent / "tests" / "data" / "beginner_words.tsv"
PARTS_OF_SPEECH = {"noun": "nouns", "verb": "verbs", "adjective": "adjectives"}


def length_groups(pairs: list[tuple]) -> dict[str, list[tuple]]:
    """Pairs whose first item is a Korean sentence, grouped by its words: {"1-3": [...], ...}."""
    groups = {}
    for low, high in LENGTHS:
        name = f"{low}-{high}" if high else f"{low}+"
        group = [
            p for p in pairs if len(p[0].split()) >= low and (high is None or len(p[0].split()) <= high)
        ]
        if group:
            groups[name] = group
    return groups


def as_seen(text: str) -> str:
    return " ".join(tokenize(text))


def bleu(hypotheses: list[str], references: list[list[str]]) -> float:
    """Corpus BLEU; `references` holds each hypothesis's references (one or several)."""
    streams = max(len(r) for r in references)
    columns = [[r[i] if i < len(r) else None for r in references] for i in range(streams)]
    return round(sacrebleu.corpus_bleu(hypotheses, columns, force=True).score, 2)


def bleu_by_length(pairs: list[tuple[str, str, list[str]]]) -> dict:
    """{"1-3": BLEU, ...} over (korean, translation, references), by the Korean sentence's words."""
    return {
        name: bleu(
            [as_seen(h) for _, h, _ in group], [[as_seen(r) for r in refs] for _, _, refs in group]
        )
        for name, group in length_groups(pairs).items()
    }


def names(translation: str, forms) -> bool:
    """Whether the translation says one of these English forms, as whole words."""
    said = f" {' '.join(comparable(translation))} "
    return any(f" {' '.join(comparable(form))} " in said for form in forms if form)


def frames(model, seed: int = 2026) -> dict:
    """Share of lexicon words named in the frames a learner types first, as the generator says them, in
    forms drawn afresh: N이 있어요, (adjective) N이 있어요, V-고 싶다 with a subject and often an object
    (그녀는 창문을 열고 싶어해요), A with a subject it fits (산이 높아요). `literal_frames` types them word
    for word."""
    g = Generator(seed)
    nouns = nouns_for(HAVEABLE)
    checks = {
        "nouns": [(g.have_sentence(n)[0], [n.en, n.plural]) for n in nouns],
        "described_nouns": [(g.have_sentence(n, described=True)[0], [n.en, n.plural]) for n in nouns],
        "verbs": [
            (g.want_sentence(v)[0], list(v.forms.values()))
            for v in VERBS
            if "person" in v.subjects and not (v.stative or v.weather)
        ],
        "adjectives": [(g.adjective_sentence(a, simple=True)[0], [a.en]) for a in ADJECTIVES],
    }
    return {f"frames_{kind}": named_share(model, pairs) for kind, pairs in checks.items()}


def load_beginner_words(path: Path = BEGINNER_WORDS) -> list[dict]:
    """Rows of `pos`, `korean` (dictionary form: 먹다, 춥다) and `english` (alternatives by ` | `)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        pos, korean, english = line.split("\t")
        rows.append({"pos": pos, "korean": korean, "english": english.split(" | ")})
    return rows


def first_frame(pos: str, word: str, feeling: bool = False) -> str:
    """A word (dictionary form) in the first frame a learner types, word for word as issue 9 names
    them: N이 있어요 (이/가 by the last syllable), 나는 V-고 싶어요 (-고 joins every stem as it is),
    그것은 A (the dictionary form is the plain present), and 나는 A for a `feeling`, as nobody says
    그것은 배고프다."""
    if pos == "noun":
        return f"{with_particle(word, '이')} 있어요"
    if pos == "verb":
        return f"나는 {word[:-1]}고 싶어요"
    return f"{'나는' if feeling else '그것은'} {word}"


def named_share(model, checks: list[tuple[str, list[str]]]) -> float:
    return round(float(np.mean([names(translate(model, korean), forms) for korean, forms in checks])), 4)


def literal_frames(model) -> dict:
    """The same words as `frames`, each in its frame word for word (그것은 높다, not 산이 높아요, which
    is how the generator says it): what a lecturer testing the vocabulary types first."""
    checks = {
        "nouns": [(first_frame("noun", n.ko), [n.en, n.plural]) for n in nouns_for(HAVEABLE)],
        "verbs": [
            (first_frame("verb", v.ko + "다"), list(v.forms.values()))
            for v in VERBS
            if "person" in v.subjects and not (v.stative or v.weather)
        ],
        "adjectives": [(first_frame("adjective", a.ko + "다", a.feeling), [a.en]) for a in ADJECTIVES],
    }
    return {f"frames_literal_{kind}": named_share(model, pairs) for kind, pairs in checks.items()}


def in_lexicon(pos: str, word: str) -> bool:
    if pos == "noun":
        return any(word == n.ko for n in NOUNS) or any(word == p.ko for p in PLACES)
    return any(word[:-1] == w.ko for w in (VERBS if pos == "verb" else ADJECTIVES))


def english_named(pos: str, english: list[str]) -> list[str]:
    """The forms that name a beginners' word: a noun or its plural, a verb in any form."""
    if pos == "noun":
        return english + [english_plural(e) for e in english]
    if pos == "verb":
        return [form for e in english for form in english_forms(e, "").values()]
    return english


def beginner_frames(model, path: Path = BEGINNER_WORDS) -> dict:
    """Share of the beginners' words named in their first frame, per part of speech, beside the share
    the lexicon has (the others the model can only have met in Tatoeba, if at all)."""
    rows = load_beginner_words(path)
    measured = {}
    for pos, kind in PARTS_OF_SPEECH.items():
        words = [r for r in rows if r["pos"] == pos]
        checks = [(first_frame(pos, r["korean"]), english_named(pos, r["english"])) for r in words]
        measured[f"beginner_{kind}"] = named_share(model, checks)
        measured[f"beginner_{kind}_in_lexicon"] = round(
            float(np.mean([in_lexicon(pos, r["korean"]) for r in words])), 4
        )
        measured[f"beginner_{kind}_words"] = len(words)
    return measured


def evaluate(model, tatoeba_test, generated_test, heldout_rows) -> dict:
    tatoeba_hyps = [translate(model, k) for k, _ in tatoeba_test]
    refs = [as_seen(e) for _, e in tatoeba_test]
    hyps = [as_seen(h) for h in tatoeba_hyps]
    exact = [as_seen(translate(model, k)) == as_seen(e) for k, e in generated_test]
    by_length = [(k, h, [e]) for (k, e), h in zip(tatoeba_test, tatoeba_hyps)] + [
        (row["korean"], translate(model, row["korean"]), row["references"]) for row in heldout_rows
    ]
    beam_hyps = [
        as_seen(
            beam_search(model, k, width=BEAM_WIDTH, length_penalty=BEAM_PENALTY)
            .hypotheses[0]
            .translation
        )
        for k, _ in tatoeba_test
    ]
    return {
        "tatoeba_bleu": bleu(hyps, [[r] for r in refs]),
        "tatoeba_bleu_beam": bleu(beam_hyps, [[r] for r in refs]),
        "tatoeba_chrf": round(sacrebleu.corpus_chrf(hyps, [refs]).score, 2),
        "tatoeba_exact_match": round(float(np.mean([h == r for h, r in zip(hyps, refs)])), 4),
        "generated_exact_match": round(float(np.mean(exact)), 4),
        "tatoeba_test_pairs": len(tatoeba_test),
        "generated_test_pairs": len(generated_test),
        "bleu_by_length": bleu_by_length(by_length),
        "bleu_by_length_pairs": {name: len(g) for name, g in length_groups(by_length).items()},
        **frames(model),
        **literal_frames(model),
        **beginner_frames(model),
    }


def main(argv=None) -> dict:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--attention", choices=ATTENTION_KINDS, default="bahdanau")
    p.add_argument("--model", default=None, help="model folder (default: models/<attention>/)")
    p.add_argument("--generated", type=int, default=150000, help="as training's --generated")
    p.add_argument("--generated-test", type=int, default=1000, help="as training's --generated-test")
    p.add_argument("--seed", type=int, default=0, help="as training's --seed")
    args = p.parse_args(argv)
    directory = Path(args.model) if args.model else model_directory(args.attention)
    _, tatoeba_test = tatoeba.tatoeba_split(None, seed=args.seed)
    _, generated_test = mix.generated_split(args.generated, args.generated_test, args.seed)
    measured = evaluate(load_model(directory), tatoeba_test, generated_test, heldout.load())
    path = directory / "metrics.json"
    metrics = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps(metrics | measured, indent=2))
    print(json.dumps(measured, indent=2))
    return measured


if __name__ == "__main__":
    main()
