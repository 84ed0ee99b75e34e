"""The tests import attnviz before anything else (conftest imports keras, which imports TensorFlow), so
attnviz sets TensorFlow's environment first, as it does for the page and the CLI."""

import attnviz  # noqa: F401
