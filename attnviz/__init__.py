"""attnviz: watch a TensorFlow seq2seq model with Bahdanau attention translate Korean into English."""

import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # TensorFlow's start-up chatter is not for our users

from .beam import beam_search
from .decoding import load_model, trace, translate
from .tokens import InputError
from .trace import Step, Trace

__all__ = ["load_model", "translate", "trace", "beam_search", "Trace", "Step", "InputError"]
