"""How quickly the page answers in a real browser, against a floor page measured in the same run, and how
much memory its server holds.

    python bench/browser_bench.py [--runs 3] [--steps 5]

The floor (bench/floor_page.py) is a bare Streamlit page with TensorFlow, the same model and three
Plotly heatmaps of one trace. In headless Chromium at 1024×768 (see tests/streamlit_server.py),
medians of, for both pages where they apply:
  (a) server start → first full render: `streamlit run` launched, page opened, every chart drawn;
  (b) a step change: "next" clicked → the run finished and the charts drawn. Beside it, the same on
      bench/step_floor_page.py, the least a Streamlit page can do for a step (a fragment with the
      button, one small heatmap and one table): what any step change costs in Streamlit;
  (b') the same on a slide (presentation mode from ATTENTION at step 1, "▶" walking the slides: a
      stage of one step per slide), what a lecturer clicks on a projector; reported beside (b), not
      instead of it;
  (c) a new sentence: typed + Enter → drawn (each sentence traced for the first time);
then the three ratios the page is held to: (a) ÷ floor's (a) ≤ 1.2, (b) ÷ floor's (c) ≤ 0.3,
(c) ÷ floor's (c) ≤ 1.0. Memory, on a fresh server (Community Cloud stops an app that outgrows its
limit): (d) its resident memory with the default model and 10 sentences traced, goal ≤ 800 MB, and
(e) after the three-models page has loaded Luong's and the no-attention model too, goal ≤ 1 GB.
`--memory` measures only (d) and (e).
It also takes the README's pictures of the lesson's sentence, into bench/out/ (docs/pictures.py copies
them to docs/): projector.png (presentation mode, ATTENTION at step 2, 1024×768) and phone.png (the page
at 390×844, ATTENTION at step 2).
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
from attnviz.app.labels import TEXT  # noqa: E402
from attnviz.examples import EXAMPLES  # noqa: E402
from tests.streamlit_server import (  # noqa: E402
    PHONE,
    PROJECTOR,
    ROOT,
    projector_page,
    settle,
    streamlit_server,
)

KO = TEXT["ko"]
LESSON = EXAMPLES[0][0]
WALKED = EXAMPLES[6][0]  # nine steps, walked on the page and on bench/step_floor_page.py
FLOOR = "bench/floor_page.py"
STEP_FLOOR = "bench/step_floor_page.py"  # what Streamlit alone takes for a step: (b)'s own floor
STEP_CAPTION = '.st-key-step_bar [data-testid="stCaptionContainer"]'
OUT = ROOT / "bench" / "out"


def heading(page):
    return page.get_by_role("heading", level=2).first


def slide_title(page):
    """A step slide's title: "4. ATTENTION · 단계 1/9"."""
    return page.get_by_role("heading", level=3).filter(has_text="단계").first


def first_render(playwright, script: str) -> float:
    started = time.monotonic()
    with streamlit_server(script=script) as (url, _), projector_page(playwright) as page:
        page.goto(url)
        expect(heading(page)).to_contain_text(LESSON, timeout=180_000)
        return settle(page) - started


def step_changes(page, count: int, caption: str) -> list[float]:
    """`count` clicks on "next", each timed until `caption` shows the new step and the page is drawn."""
    caption = page.locator(caption)
    times = []
    for step in range(2, count + 2):
        clicked = time.monotonic()
        page.get_by_role("button", name=f"{KO['next']} ▶").click()
        expect(caption).to_contain_text(f"단계 {step}/")
        times.append(settle(page) - clicked)
    return times


def slide_changes(page, count: int) -> list[float]:
    """`count` clicks on a slide's "▶", each timed until the slide's title changes and it is drawn."""
    title = slide_title(page)
    times = []
    for _ in range(count):
        before = title.inner_text()
        clicked = time.monotonic()
        page.locator(".st-key-next").get_by_role("button", name="▶").click()
        expect(title).not_to_have_text(before)
        times.append(settle(page) - clicked)
    return times


def new_sentences(page, sentences: list[str], box_name: str) -> list[float]:
    box = page.get_by_role("textbox", name=box_name)
    times = []
    for korean in sentences:
        box.fill(korean)
        typed = time.monotonic()
        box.press("Enter")
        expect(heading(page)).to_contain_text(korean)
        times.append(settle(page) - typed)
    return times


def server_memory(process: subprocess.Popen) -> int:
    server = psutil.Process(process.pid)
    return sum(p.memory_info().rss for p in [server, *server.children(recursive=True)])


def memory_use(playwright) -> tuple[int, int]:
    """(d) and (e): the server's memory with the default model and 10 sentences, then with all three."""
    with streamlit_server() as (url, process), projector_page(playwright) as page:
        page.goto(url)
        expect(heading(page)).to_contain_text(LESSON, timeout=180_000)
        settle(page)
        new_sentences(page, [korean for korean, _ in EXAMPLES[1:10]], KO["sentence"])
        default_only = server_memory(process)
        page.goto(f"{url}/models")
        expect(page.get_by_text("→ ")).to_have_count(3, timeout=180_000)  # the three translations
        settle(page)
        return default_only, server_memory(process)


def save_screenshots(page, url: str) -> None:
    OUT.mkdir(exist_ok=True)
    page.goto(f"{url}/?present=true&stage=attention&step=2")
    expect(page.get_by_role("heading", level=4).first).to_contain_text(LESSON, timeout=180_000)
    settle(page)
    page.screenshot(path=OUT / "projector.png")
    page.set_viewport_size(PHONE)
    page.goto(f"{url}/?step=2")
    expect(heading(page)).to_contain_text(LESSON)
    settle(page)
    page.get_by_role("heading", name="4. ATTENTION").evaluate("h => h.scrollIntoView()")
    settle(page)
    page.screenshot(path=OUT / "phone.png")


def median(times: list[float]) -> float:
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="server starts and new sentences to time")
    parser.add_argument("--steps", type=int, default=5, help="step changes to time (at most 8)")
    parser.add_argument("--memory", action="store_true", help="measure only the memory, (d) and (e)")
    args = parser.parse_args()
    sentences = [korean for korean, _ in EXAMPLES[7 : 7 + args.runs]]

    with sync_playwright() as playwright:
        default_only, all_three = memory_use(playwright)
    for name, used, goal in (
        ("(d) default model, 10 sentences", default_only, 800),
        ("(e) all three models loaded", all_three, 1024),
    ):
        mb = used / 2**20
        print(f"{name:40} {mb:6.0f} MB  goal ≤ {goal} MB  {'met' if mb <= goal else 'MISSED'}")
    if args.memory:
        return

    with sync_playwright() as playwright:
        # interleaved, so that both pages see the same machine
        starts, floor_starts = [], []
        for _ in range(args.runs):
            floor_starts.append(first_render(playwright, FLOOR))
            starts.append(first_render(playwright, "streamlit_app.py"))
        with streamlit_server(script=FLOOR) as (url, _), projector_page(playwright) as page:
            page.goto(url)
            expect(heading(page)).to_contain_text(LESSON, timeout=180_000)
            settle(page)
            floor_sentences = new_sentences(page, sentences, "sentence")
        with streamlit_server(script=STEP_FLOOR) as (url, _), projector_page(playwright) as page:
            page.goto(url)
            expect(heading(page)).to_contain_text(WALKED, timeout=180_000)
            settle(page)
            bare_steps = step_changes(page, min(args.steps, 8), '[data-testid="stCaptionContainer"]')
        with streamlit_server() as (url, _), projector_page(playwright) as page:
            page.goto(url)
            expect(heading(page)).to_contain_text(LESSON, timeout=180_000)
            settle(page)
            new_sentences(page, [WALKED], KO["sentence"])
            steps = step_changes(page, min(args.steps, 8), STEP_CAPTION)
            page_sentences = new_sentences(page, sentences, KO["sentence"])
            save_screenshots(page, url)
            page.set_viewport_size(PROJECTOR)
            page.goto(f"{url}/?sentence={WALKED}&present=true&stage=attention&step=1")
            expect(slide_title(page)).to_be_visible(timeout=180_000)
            settle(page)
            slides = slide_changes(page, min(args.steps, 8))

    rows = [
        ("(a) server start → first full render", starts, floor_starts),
        ("(b) step change (floor: a bare step page)", steps, bare_steps),
        ("(b') slide change, presenting", slides, []),
        ("(c) new sentence", page_sentences, floor_sentences),
    ]
    print(f"{'':40} {'page':>8} {'floor':>8}  runs (s)")
    for name, times, floor in rows:
        floor_median = f"{median(floor):7.2f}s" if floor else f"{'':8}"
        print(f"{name:40} {median(times):7.2f}s {floor_median}  {' '.join(f'{t:.2f}' for t in times)}")
    floor_sentence = median(floor_sentences)
    for name, ratio, goal in (
        ("first render ÷ floor's first render", median(starts) / median(floor_starts), 1.2),
        ("step change ÷ floor's new sentence", median(steps) / floor_sentence, 0.3),
        ("bare step page's step ÷ floor's sentence", median(bare_steps) / floor_sentence, 0.3),
        ("slide change ÷ floor's new sentence", median(slides) / floor_sentence, 0.3),
        ("new sentence ÷ floor's new sentence", median(page_sentences) / floor_sentence, 1.0),
    ):
        print(f"{name:40} {ratio:6.2f}   goal ≤ {goal}  {'met' if ratio <= goal else 'MISSED'}")
    print(f"screenshots: {', '.join(str(p.relative_to(ROOT)) for p in sorted(OUT.glob('*.png')))}")


if __name__ == "__main__":
    main()
