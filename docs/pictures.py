"""Refresh the README's pictures in docs/ from the screenshots the browser tests and the browser bench take:

    .venv/bin/python -m pytest tests/test_browser*.py && .venv/bin/python bench/browser_bench.py
    .venv/bin/python docs/pictures.py

Neither the tests nor the bench write into docs/ themselves, so running them leaves the repository as it
was; a picture changes only when someone looks at the new one and runs this.
"""

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "tests" / "screenshots"
BENCH = ROOT / "bench" / "out"

# README picture: the screenshot it is a copy of
PICTURES = {
    "projector.png": BENCH / "projector.png",
    "phone.png": BENCH / "phone.png",
    "what-if.png": SCREENSHOTS / "ko-present-what-if-pin.png",
    "beam.png": SCREENSHOTS / "ko-beam.png",
    "predict.png": SCREENSHOTS / "predict-projector.png",
    "compare.png": SCREENSHOTS / "compare-projector.png",
    "learning.png": SCREENSHOTS / "ko-learning.png",
    "models.png": SCREENSHOTS / "models-projector.png",
}


def main() -> None:
    missing = [str(source.relative_to(ROOT)) for source in PICTURES.values() if not source.exists()]
    if missing:
        raise SystemExit(
            f"not taken yet (run the browser tests and the bench first): {', '.join(missing)}"
        )
    for name, source in PICTURES.items():
        shutil.copyfile(source, ROOT / "docs" / name)
        print(f"docs/{name} ← {source.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
