"""attnviz: watch a TensorFlow seq2seq model with Bahdanau attention translate Korean into English."""
from .decoding import load_model, trace, translate
from .tokens import InputError
from .trace import Step, Trace

__all__ = ["load_model", "translate", "trace", "Trace", "Step", "InputError"]
