"""How quickly the page answers in a real browser, and how much memory its server holds.

    python bench/browser_bench.py [--runs 3] [--steps 5]

In headless Chromium at 1024×768 (see tests/streamlit_server.py), medians of:
  (a) server start → first full render: `streamlit run` launched, page opened, every chart drawn;
  (b) a step change: "next" clicked → the run finished and the charts drawn;
  (c) a new sentence: typed + Enter → drawn (each sentence traced for the first time);
and (d) the server's resident memory after loading the model and tracing those sentences (goal < 1 GB).
It also saves docs/screenshot.png, the README's picture: presentation mode, ATTENTION at step 2.
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil
from playwright.sync_api import expect, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from attnviz.app.examples import EXAMPLES  # noqa: E402
from attnviz.app.labels import TEXT  # noqa: E402
from tests.streamlit_server import ROOT, projector_page, settle, streamlit_server  # noqa: E402

KO = TEXT["ko"]
LESSON = "고양이가 잔다 → the cat sleeps"
SCREENSHOT = ROOT / "docs" / "screenshot.png"


def first_render(playwright) -> float:
    started = time.monotonic()
    with streamlit_server() as (url, _), projector_page(playwright) as page:
        page.goto(url)
        expect(page.get_by_text(LESSON)).to_be_visible(timeout=180_000)
        return settle(page) - started


def step_changes(page, count: int) -> list[float]:
    caption = page.locator('.st-key-step_bar [data-testid="stCaptionContainer"]')
    times = []
    for step in range(2, count + 2):
        clicked = time.monotonic()
        page.get_by_role("button", name=f"{KO['next']} ▶").click()
        expect(caption).to_contain_text(f"단계 {step}/")
        times.append(settle(page) - clicked)
    return times


def new_sentences(page, sentences: list[tuple[str, str]]) -> list[float]:
    box = page.get_by_role("textbox", name=KO["sentence"])
    times = []
    for korean, english in sentences:
        box.fill(korean)
        typed = time.monotonic()
        box.press("Enter")
        expect(page.get_by_text(f"{korean} → {english}")).to_be_visible()
        times.append(settle(page) - typed)
    return times


def server_memory(process: subprocess.Popen) -> int:
    server = psutil.Process(process.pid)
    return sum(p.memory_info().rss for p in [server, *server.children(recursive=True)])


def save_screenshot(page, url: str) -> None:
    page.goto(f"{url}/?present=true&stage=ATTENTION&step=2")
    expect(page.get_by_text(LESSON)).to_be_visible()
    settle(page)
    page.screenshot(path=SCREENSHOT)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="server starts and new sentences to time")
    parser.add_argument("--steps", type=int, default=5, help="step changes to time (at most 8)")
    args = parser.parse_args()

    with sync_playwright() as playwright:
        starts = [first_render(playwright) for _ in range(args.runs)]
        with streamlit_server() as (url, process), projector_page(playwright) as page:
            page.goto(url)
            expect(page.get_by_text(LESSON)).to_be_visible(timeout=180_000)
            settle(page)
            page.get_by_role("textbox", name=KO["sentence"]).fill(EXAMPLES[6][0])  # 9 steps to walk
            page.get_by_role("textbox", name=KO["sentence"]).press("Enter")
            expect(page.get_by_text(f"{EXAMPLES[6][0]} → {EXAMPLES[6][1]}")).to_be_visible()
            settle(page)
            steps = step_changes(page, min(args.steps, 8))
            sentences = new_sentences(page, EXAMPLES[7 : 7 + args.runs])
            memory = server_memory(process)
            save_screenshot(page, url)

    rows = [
        ("(a) server start → first full render", starts),
        ("(b) step change", steps),
        ("(c) new sentence", sentences),
    ]
    print(f"{'':40} {'median':>8}  runs (s)")
    for name, times in rows:
        print(f"{name:40} {statistics.median(times):7.2f}s  {' '.join(f'{t:.2f}' for t in times)}")
    print(
        f"{'(d) server memory (RSS)':40} {memory / 2**20:6.0f} MB  after the model and "
        f"{2 + len(sentences)} sentences"
    )
    print(f"screenshot: {SCREENSHOT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
