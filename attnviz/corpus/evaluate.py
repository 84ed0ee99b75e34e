"""Measure a trained model: `python -m attnviz.corpus.evaluate [--attention KIND | --model DIR]`.

Greedy translations of held-out pairs, compared as the model sees text (lower-cased, punctuation split
off): BLEU and chrF on Tatoeba's held-out pairs, exact match on held-out generated pairs, and BLEU by
source length on Tatoeba's held-out pairs plus the blind held-out sentences (several references each),
the measure Bahdanau et al. (2015, Fig. 2) used to show what attention buys on long sentences; and how
many lexicon words the model names in a learner's first frames (N이 있어요, 나는 V-고 싶어요, 그것은 A).
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
from . import heldout, mix, tatoeba
from .generator import HAVEABLE, Generator
from .lexicon import ADJECTIVES, VERBS, nouns_for

BEAM_WIDTH, BEAM_PENALTY = 4, 1.0  # penalty 1: log P per word, so longer sentences are not cut short
LENGTHS = ((1, 2), (3, 4), (5, 6), (7, None))  # source words: 185, 388, 169 and 53 held-out sentences


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
    """Share of lexicon words named in the frames a learner types first, in forms drawn afresh:
    N이 있어요, (adjective) N이 있어요, 나는 V-고 싶어요, 그것은 A."""
    g = Generator(seed)
    nouns = nouns_for(HAVEABLE)
    checks = {
        "nouns": [(g.have_sentence(n)[0], [n.en, n.plural]) for n in nouns],
        "described_nouns": [(g.have_sentence(n, described=True)[0], [n.en, n.plural]) for n in nouns],
        "verbs": [
            (g.want_sentence(v)[0], v.forms.values())
            for v in VERBS
            if "person" in v.subjects and not (v.stative or v.weather)
        ],
        "adjectives": [(g.adjective_sentence(a, simple=True)[0], [a.en]) for a in ADJECTIVES],
    }
    return {
        f"frames_{kind}": round(float(np.mean([names(translate(model, k), f) for k, f in pairs])), 4)
        for kind, pairs in checks.items()
    }


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
