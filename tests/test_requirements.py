"""Every third-party package the code imports is pinned: requirements.txt for what the app and the CLI
import (all Streamlit Community Cloud installs), requirements-dev.txt for tests, training and benchmarks."""

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PARTY = {"attnviz", "tests", "bench"}
# import name -> the distributions that provide it, where they differ
DISTRIBUTIONS = {"tensorflow": {"tensorflow", "tensorflow-cpu"}}


def pinned(requirements: str) -> dict[str, str]:
    """name -> version of each `name==version` line, following `-r other.txt`."""
    versions = {}
    for line in (ROOT / requirements).read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("-r "):
            versions |= pinned(line[3:].strip())
        elif line:
            match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([0-9][^;\s]*)\s*(;.*)?", line)
            assert match, f"{requirements}: {line!r} is not pinned with =="
            versions[match[1].lower().replace("_", "-")] = match[2]
    return versions


def imports(path: Path) -> set[str]:
    """Dotted names of every module `path` imports, at the top or inside functions."""
    names = set()
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}  # `from . import corpus`
    return names


def sources(module: str) -> list[Path]:
    """The files importing `module` runs: a.b.c runs a/__init__.py, a/b.py or a/b/__init__.py, ..."""
    parts = module.split(".")
    found = []
    for i in range(1, len(parts) + 1):
        stem = ROOT.joinpath(*parts[:i])
        found += [path for path in (stem.with_suffix(".py"), stem / "__init__.py") if path.exists()]
    return found


def third_party(modules: set[str]) -> set[str]:
    tops = {module.split(".")[0] for module in modules}
    return {top for top in tops if top not in FIRST_PARTY and top not in sys.stdlib_module_names}


def imported_by_the_app() -> set[str]:
    """Everything streamlit_app.py and the CLI reach, following attnviz's own imports."""
    todo, seen, found = [ROOT / "streamlit_app.py", ROOT / "attnviz" / "__main__.py"], set(), set()
    while todo:
        path = todo.pop()
        if path not in seen:
            seen.add(path)
            found |= imports(path)
            todo += [source for name in imports(path) for source in sources(name)]
    return third_party(found)


def missing(needed: set[str], versions: dict[str, str]) -> list[str]:
    return sorted(
        name
        for name in needed
        if not (DISTRIBUTIONS.get(name, {name.replace("_", "-")}) & versions.keys())
    )


def test_what_the_app_imports_is_pinned_in_requirements_txt():
    needed = imported_by_the_app()
    assert {"tensorflow", "keras", "numpy", "streamlit"} <= needed  # the walk found the app
    assert missing(needed, pinned("requirements.txt")) == []


def test_what_tests_training_and_benchmarks_import_is_pinned_in_requirements_dev_txt():
    files = [
        *ROOT.glob("*.py"),
        *ROOT.glob("attnviz/**/*.py"),
        *ROOT.glob("tests/*.py"),
        *ROOT.glob("bench/*.py"),
    ]
    needed = third_party(set().union(*(imports(path) for path in files)))
    assert {"pytest", "playwright"} <= needed
    assert missing(needed, pinned("requirements-dev.txt")) == []


def test_ci_runs_the_readmes_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.endswith("-m pytest"))
    assert (ROOT / ".ci" / "run").read_text().rstrip().splitlines()[-1] == command
    assert "requirements-dev.txt" in command and "ruff check" in command
