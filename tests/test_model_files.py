"""A broken model folder fails with one line naming the file and what is wrong, never a traceback: through
the API (ModelFileError) and the CLI (stderr, exit code 2)."""

import json
import shutil
from pathlib import Path

import pytest

from attnviz import ModelFileError
from attnviz.model import load_from

from .conftest import ROOT, TINY_PAIRS, run_cli


@pytest.fixture(scope="module")
def saved(tiny_model, tmp_path_factory):
    folder = tmp_path_factory.mktemp("model")
    tiny_model.save_to(folder)
    return folder


def broken_copy(saved, tmp_path, name, damage):
    folder = tmp_path / "model"
    shutil.copytree(saved, folder)
    damage(folder / name)
    return folder


def truncate(path):
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def edit_json(change):
    def damage(path):
        path.write_text(json.dumps(change(json.loads(path.read_text()))))

    return damage


BROKEN = {
    "weights missing": ("model.weights.h5", Path.unlink, "missing"),
    "weights truncated": ("model.weights.h5", truncate, "truncated"),
    "weights not HDF5": ("model.weights.h5", lambda p: p.write_text("not weights"), "not a whole HDF5"),
    "config missing": ("config.json", Path.unlink, "missing"),
    "config not JSON": ("config.json", lambda p: p.write_text("{units: 512"), "not valid JSON"),
    "config key missing": (
        "config.json",
        edit_json(lambda c: {k: v for k, v in c.items() if k != "source_vocab_size"}),
        "missing key source_vocab_size",
    ),
    "config wrong type": ("config.json", edit_json(lambda c: {**c, "units": "512"}), "units must be"),
    "config unknown key": ("config.json", edit_json(lambda c: {**c, "layers": 2}), "unknown key layers"),
    "config vs weights": (
        "config.json",
        edit_json(lambda c: {**c, "units": c["units"] * 2}),
        "does not match config.json",
        "model.weights.h5",  # the file that cannot be used with this config
    ),
    "config changes the input limit": (
        "config.json",
        edit_json(lambda c: {**c, "max_source_len": 30}),
        "preprocessing takes 16 words",
    ),
    "vocabulary not JSON": (
        "source_vocab.json",
        lambda p: p.write_text('["<pad>", "<start>",'),
        "not valid JSON",
    ),
    "vocabulary without special tokens": (
        "target_vocab.json",
        edit_json(lambda words: words[4:]),
        "must start with <pad>, <start>, <end>, <unk>",
    ),
    "vocabulary of another size": (
        "source_vocab.json",
        edit_json(lambda words: words + ["새로운"]),
        "config.json says source_vocab_size",
    ),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_file_is_named_in_one_line(saved, tmp_path, case):
    name, damage, reason, *named = BROKEN[case]
    folder = broken_copy(saved, tmp_path, name, damage)
    with pytest.raises(ModelFileError) as raised:
        load_from(folder)
    message = str(raised.value)
    assert message.startswith(f"{folder / (named or [name])[0]}: ") and reason in message, message
    assert "\n" not in message


@pytest.mark.parametrize("case", ["weights truncated", "vocabulary not JSON", "config vs weights"])
def test_the_cli_says_it_in_one_line_and_exits_2(saved, tmp_path, case):
    name, damage, reason, *_ = BROKEN[case]
    folder = broken_copy(saved, tmp_path, name, damage)
    run = run_cli("--model", str(folder), "translate", TINY_PAIRS[0][0])
    assert run.returncode == 2 and run.stdout == ""
    [line] = run.stderr.splitlines()
    assert line.startswith(f"error: {folder}/") and reason in line


def test_inside_the_repository_the_name_is_relative():
    with pytest.raises(ModelFileError, match=r"^no-such-model/config\.json: missing"):
        load_from(ROOT / "no-such-model")
