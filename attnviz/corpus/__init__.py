"""Everything that makes training data and trains: the lexicon, Hangul morphology, the sentence
generator, the Tatoeba loader and the training script (`python -m attnviz.corpus.train`)."""
