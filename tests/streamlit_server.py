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


# The action's run has begun, or has already been drawn: a run as quick as a step's can go from running
# to not running within one of React's renders, which leaves no change of state for the counters to see
# (seen in CI), but such a run still moves the page's link.
_ACTED = """([started, finished, link]) => window.__startedRuns > started
    || window.__finishedRuns > finished || location.href !== link"""


@contextlib.contextmanager
def rerun(page, timeout: float = 60):
    """Around an action that reruns the script (a key, a click): wait until that run has finished and
    the page is drawn. Waits for the page to be idle first, so the run seen is the action's."""
    settle(page, timeout)
    before = page.evaluate("[window.__startedRuns, window.__finishedRuns, location.href]")
    yield
    page.wait_for_function(_ACTED, arg=before, timeout=timeout * 1000)
    settle(page, timeout)
