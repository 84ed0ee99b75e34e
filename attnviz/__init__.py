"""attnviz: watch a TensorFlow seq2seq model with Bahdanau attention translate Korean into English."""

import os

# Both must be set before TensorFlow is first imported, and every entry point (the page, the CLI, the
# tests, the benchmarks) imports attnviz first. oneDNN's reordered float32 sums differ from the plain
# kernels' in the last bits, and it announces itself on stderr from C++ before anything Python can
# silence; off, results are the same on every CPU. The tests also run with it on (tests/test_trace.py).
os.environ.setdefault("TF_ENABLE_ONEDNN_OPTS", "0")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's other start-up chatter

from .beam import beam_search
from .decoding import load_model, trace, translate
from .model_files import ModelFileError
from .tokens import InputError
from .trace import Step, Trace

__all__ = [
    "load_model",
    "translate",
    "trace",
    "beam_search",
    "Trace",
    "Step",
    "InputError",
    "ModelFileError",
]
