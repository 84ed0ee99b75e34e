"""Reading and writing a model folder's files, checked: each problem is one line naming the file.

The model's own code (attnviz/model.py) decides what the files must hold; this module reads them and
says what is wrong in words a user can act on, instead of HDF5's or JSON's internals.
"""

import json
from collections import Counter
from pathlib import Path

import h5py
import numpy as np

from .tokens import SPECIALS, Vocabulary

ROOT = Path(__file__).resolve().parent.parent


class ModelFileError(OSError):
    """A model file that is missing or cannot be used; the message is one line naming the file."""


def shown_path(path: Path) -> str:
    """A file's name relative to the repository when inside it (the page never shows a server's absolute
    path); elsewhere as it was given."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def _missing(path: Path) -> ModelFileError:
    return ModelFileError(
        f"{shown_path(path)}: missing (train a model with `python -m attnviz.corpus.train`)"
    )


def read_json(path: Path, kind: type):
    """The JSON value in `path`, which must be a `kind` (dict or list)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _missing(path) from None
    except UnicodeDecodeError as error:
        raise ModelFileError(f"{shown_path(path)}: not UTF-8 text ({error.reason})") from None
    except OSError as error:  # strerror: the reason without the path
        raise ModelFileError(f"{shown_path(path)}: unreadable ({error.strerror or error})") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ModelFileError(f"{shown_path(path)}: not valid JSON ({error})") from None
    if not isinstance(value, kind):
        raise ModelFileError(f"{shown_path(path)}: expected a JSON {kind.__name__}")
    return value


def read_vocabulary(path: Path, size: int, side: str) -> Vocabulary:
    """A vocabulary file: different words, the special tokens first, `size` in all (as config.json says)."""
    words = read_json(path, list)
    problem = None
    if words[: len(SPECIALS)] != SPECIALS:
        problem = f"must start with {', '.join(SPECIALS)} (ids 0-{len(SPECIALS) - 1})"
    elif not all(isinstance(word, str) for word in words) or len(set(words)) != len(words):
        problem = "must be a list of different words"
    elif len(words) != size:
        problem = f"has {len(words)} words, but config.json says {side}_vocab_size {size}"
    if problem:
        raise ModelFileError(f"{shown_path(path)}: {problem}")
    return Vocabulary(words)


def check_weight_shapes(path: Path, expected: list[tuple]) -> None:
    """The weights file opens and holds arrays of exactly the `expected` shapes (those config.json makes)."""
    if not path.exists():
        raise _missing(path)
    stored = []
    try:
        with h5py.File(path, "r") as file:
            file.visititems(
                lambda _, item: stored.append(item.shape) if isinstance(item, h5py.Dataset) else None
            )
    except OSError as error:  # HDF5: "... (truncated file: eof = ...)", "... (file signature not found)"
        reason = str(error).rpartition("(")[2].rstrip(")")
        raise ModelFileError(
            f"{shown_path(path)}: unreadable, not a whole HDF5 file ({reason})"
        ) from None
    extra, lacking = Counter(stored) - Counter(expected), Counter(expected) - Counter(stored)
    if extra or lacking:
        raise ModelFileError(
            f"{shown_path(path)}: does not match config.json: the file has arrays of shape "
            f"{_listed(extra) or 'nothing else'} where the config makes {_listed(lacking) or 'nothing'}"
        )


def _listed(shapes: Counter, shown: int = 3) -> str:
    shapes = sorted(shapes.elements())
    return ", ".join(str(shape) for shape in shapes[:shown]) + (", ..." if len(shapes) > shown else "")


def write_as_float16(source: Path, target: Path) -> None:
    """Copy Keras' weights file with every float32 array stored as float16 (HDF5 frees no space in place)."""
    with h5py.File(source, "r") as read, h5py.File(target, "w") as write:

        def copy(name, item):
            if isinstance(item, h5py.Group):
                write.require_group(name).attrs.update(item.attrs)
                return
            values = item[()]
            if values.dtype == np.float32:
                if np.abs(values).max(initial=0) > np.finfo(np.float16).max:
                    raise ValueError(f"{name} has weights beyond float16's range")
                values = values.astype(np.float16)
            write.create_dataset(name, data=values).attrs.update(item.attrs)

        write.attrs.update(read.attrs)
        read.visititems(copy)
