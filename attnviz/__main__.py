"""Command line: translate sentences, or write a translation's trace as JSON / CSV.

python -m attnviz translate 고양이가 잔다            -> the cat sleeps
python -m attnviz translate < sentences.txt          (one sentence a line, TensorFlow loaded once)
python -m attnviz translate --beam 4 "고양이가 잔다"  -> the 4 best, with their log-probabilities
python -m attnviz trace "고양이가 잔다" --json out.json --csv out/
python -m attnviz trace "고양이가 잔다" --prefix "a" --pin 2=1   (what-ifs: force words, pin attention)
python -m attnviz trace "고양이가 잔다" --temperature 1.5 --sample --seed 7   (a reproducible sample)
"""

import argparse
import sys
from pathlib import Path


def _warn(result, where: str = "") -> None:
    """The translation stays alone on stdout; a doubt about it goes to stderr on one line."""
    if result.warning:
        print(f"attnviz: may be wrong{where}: {result.warning}", file=sys.stderr, flush=True)


def _translate(model, args) -> int:
    from .decoding import trace

    sentence = " ".join(args.sentence)
    if args.beam is not None:
        from .beam import beam_search

        for hypothesis in beam_search(model, sentence, width=args.beam):
            print(f"{hypothesis.log_prob:9.4f}  {hypothesis.translation}")
        return 0
    if sentence:
        result = trace(model, sentence)
        print(result.translation)
        _warn(result)
        return 0
    status = 0
    for number, line in enumerate(sys.stdin, 1):
        try:
            result = trace(model, line.rstrip("\n"))
        except ValueError as error:  # keep one output line per input line
            print(flush=True)
            print(f"error: {error}", file=sys.stderr)
            status = 1
            continue
        print(result.translation, flush=True)
        _warn(result, f" (line {number})")
    return status


def _trace(model, args) -> int:
    from .decoding import trace

    result = trace(
        model,
        " ".join(args.sentence),
        target=args.target,
        prefix=args.prefix,
        pin=dict(args.pin),
        temperature=args.temperature,
        sample=args.sample,
        seed=args.seed,
    )
    if args.json:
        Path(args.json).write_text(result.to_json(), encoding="utf-8")
    if args.csv:
        folder = Path(args.csv)
        folder.mkdir(parents=True, exist_ok=True)
        result.alignment_frame().to_csv(folder / "alignment.csv")
        result.softmax_tables().to_csv(folder / "softmax.csv", index=False)
    if not (args.json or args.csv):
        print(result.preprocessed)
        if result.unknown:
            print("unknown words:", ", ".join(result.unknown))
        if result.unknown_english:
            print("unknown English words, forced as <unk>:", ", ".join(result.unknown_english))
        print(result.alignment_frame().round(3).to_string())
    print(result.translation)
    _warn(result)
    if result.sample:
        print(f"sampled at temperature {result.temperature:g} with seed {result.seed}")
    return 0


def _pin(text: str) -> tuple[int, int]:
    step, _, position = text.partition("=")
    try:
        return int(step), int(position)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected STEP=POSITION such as 2=1, not {text!r}") from None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m attnviz", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default=None, help="model folder (default: the shipped models/bahdanau/)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    translate = commands.add_parser("translate", help="print the English translation")
    translate.add_argument(
        "sentence",
        nargs="*",
        help="Korean sentence (quotes optional); without it, read lines from stdin",
    )
    translate.add_argument(
        "--beam", type=int, metavar="WIDTH", help="beam search: print the n-best with log-probabilities"
    )
    trace = commands.add_parser("trace", help="every number computed while translating")
    trace.add_argument("sentence", nargs="+", help="Korean sentence (quotes optional)")
    trace.add_argument("--target", help="force this English translation (teacher forcing)")
    trace.add_argument("--json", metavar="FILE", help="write the trace as JSON (docs/trace-schema.md)")
    trace.add_argument("--csv", metavar="FOLDER", help="write alignment.csv and softmax.csv there")
    trace.add_argument("--prefix", help="force these first English words, then decode greedily")
    trace.add_argument(
        "--pin",
        metavar="STEP=POSITION",
        type=_pin,
        action="append",
        default=[],
        help="put all attention of decoder step STEP (0-based) on source token POSITION (0 = <start>)",
    )
    trace.add_argument(
        "--temperature", type=float, metavar="T", help="also record softmax(logits / T) at every step"
    )
    trace.add_argument(
        "--sample", action="store_true", help="draw each word from softmax(logits / T) instead of argmax"
    )
    trace.add_argument(
        "--seed", type=int, help="the sampler's seed (the same seed draws the same words)"
    )
    args = parser.parse_args(argv)
    if args.command == "translate" and args.beam is not None and args.sentence is None:
        parser.error("--beam needs a sentence")

    from .decoding import load_model  # TensorFlow loads only once the arguments are fine

    try:
        model = load_model(args.model)
        return {"translate": _translate, "trace": _trace}[args.command](model, args)
    except (ValueError, OSError) as error:  # bad input or a broken model file: one line, no traceback
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
