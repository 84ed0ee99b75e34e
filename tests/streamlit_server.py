"""Run the page in a real browser: `streamlit run streamlit_app.py` on a free port, and Debian's Chromium
driven by Playwright. Shared by tests/test_browser.py and bench/browser_bench.py."""

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PROJECTOR = {"width": 1024, "height": 768}
PHONE = {"width": 390, "height": 844}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(startup_timeout: float = 120, script: str = "streamlit_app.py"):
    """Yield (url, process) once the server answers its health check; stop it afterwards."""
    port = free_port()
    with tempfile.TemporaryFile() as log:  # a pipe nobody reads could fill up and stall the server
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                script,
                "--server.headless",
                "true",
                "--server.port",
                str(port),
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_healthy(url, process, log, startup_timeout)
            yield url, process
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_until_healthy(url, process, log, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(
                f"streamlit exited with {process.returncode}:\n{log.read().decode()[-3000:]}"
            )
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"streamlit did not answer at {url} within {timeout} s")


# Counts the script runs that have started and finished since the page loaded, so a test can wait for the
# run its own action caused rather than for a while.
_COUNT_RUNS = """
window.__startedRuns = 0;
window.__finishedRuns = 0;
new MutationObserver(changes => {
    for (const change of changes) {
        const running = change.target.getAttribute('data-test-script-state') !== 'notRunning';
        const wasRunning = change.oldValue !== null && change.oldValue !== 'notRunning';
        if (running && !wasRunning) window.__startedRuns += 1;
        if (!running && wasRunning) window.__finishedRuns += 1;
    }
}).observe(document, {subtree: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ['data-test-script-state']});
"""


@contextlib.contextmanager
def projector_page(playwright):
    """A 1024×768 page in headless Chromium."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        page = browser.new_page(viewport=PROJECTOR)
        page.add_init_script(_COUNT_RUNS)
        yield page
    finally:
        browser.close()


# Idle: the script is not running (and more runs than `after` have finished, when given), no element is
# stale or still loading its code, and every visible Plotly chart has drawn its SVG.
_IDLE = """after => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app !== null && app.getAttribute('data-test-script-state') === 'notRunning'
        && (after === null || window.__finishedRuns > after)
        && document.querySelector('[data-testid="stSkeleton"], [data-stale="true"]') === null
        && [...document.querySelectorAll('.stPlotlyChart')]
            .filter(chart => chart.offsetParent !== null)
            .every(chart => chart.querySelector('.main-svg'));
}"""


def settle(page, timeout: float = 60, after: int | None = None) -> float:
    """Wait until the page is idle and drawn (see _IDLE); return when it was. Call it once the page shows
    something only the awaited run can show, or use `rerun`."""
    page.wait_for_function(_IDLE, arg=after, timeout=timeout * 1000)
    return time.monotonic()


# How long a key has to start a run before it counts as lost; a run starts in the browser the moment the
# key is handled, so this is long even on two busy cores.
KEY_GRACE = 10


def press(page, key: str, timeout: float = 60) -> None:
    """Press a key bound to a button and wait until the run it causes has finished and the page is drawn.

    Streamlit rebinds a button's shortcut after each run, and a key pressed in that instant can be lost
    (seen once in CI, on two busy cores: the slide never changed). The key is pressed again only when
    no run has started, so a slow run is never asked for twice."""
    settle(page, timeout)
    started, finished = page.evaluate("[window.__startedRuns, window.__finishedRuns]")
    page.keyboard.press(key)
    try:
        page.wait_for_function(
            "([started, finished]) => window.__startedRuns > started"
            " || window.__finishedRuns > finished",
            arg=[started, finished],
            timeout=KEY_GRACE * 1000,
        )
    except PlaywrightTimeoutError:
        page.keyboard.press(key)
    settle(page, timeout, after=finished)


@contextlib.contextmanager
def rerun(page, timeout: float = 60):
    """Around an action that reruns the script (a key, a click): wait until that run has finished and
    the page is drawn. Waits for the page to be idle first, so the run counted is the action's."""
    settle(page, timeout)
    finished = page.evaluate("window.__finishedRuns")
    yield
    settle(page, timeout, after=finished)
