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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(startup_timeout: float = 120):
    """Yield (url, process) once the server answers its health check; stop it afterwards."""
    port = free_port()
    with tempfile.TemporaryFile() as log:  # a pipe nobody reads could fill up and stall the server
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "streamlit_app.py",
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


@contextlib.contextmanager
def projector_page(playwright):
    """A 1024×768 page in headless Chromium."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        yield browser.new_page(viewport=PROJECTOR)
    finally:
        browser.close()


_READY = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return app !== null && app.getAttribute('data-test-script-state') === 'notRunning'
        && [...document.querySelectorAll('.stPlotlyChart')]
            .filter(chart => chart.offsetParent !== null)
            .every(chart => chart.querySelector('.main-svg'));
}"""


def settle(page, timeout: float = 60, quiet: float = 0.6) -> float:
    """Wait until the script run has finished and every visible Plotly chart is drawn, and it stays so for
    `quiet` seconds (a run's elements arrive in pieces); return when that quiet spell began."""
    deadline = time.monotonic() + timeout
    ready_since = None
    while time.monotonic() < deadline:
        if page.evaluate(_READY):
            ready_since = ready_since or time.monotonic()
            if time.monotonic() - ready_since >= quiet:
                return ready_since
        else:
            ready_since = None
        time.sleep(0.05)
    raise TimeoutError(f"the page did not settle within {timeout} s")
