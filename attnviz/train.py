"""`python -m attnviz.train [--attention KIND] ...`: the training command as the issues name it.

Training and the data it reads live in attnviz/corpus/ (train.py there); this only runs it.
"""

from .corpus.train import main

if __name__ == "__main__":
    main()
