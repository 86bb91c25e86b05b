"""Trained NER models beside the rules: training data from gold, training, the runtime component.

gold_spans.py turns one bulletin's gold facts into entity spans (ORG, PERSON, GPE,
DATE) on the project's own tokens; data.py does it for every bulletin of a split and
writes `models/training/<lang>/<split>.spacy` (and a readable `.jsonl`); training.py
trains a tok2vec + ner pipeline per language from `models/training/<lang>/config.cfg`
into `models/<lang>_ner/`; measure.py scores it and times it; component.py is the
pipeline component `institution_model` that runs the trained NER where a fact can be.
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODELS_DIR = REPO / "models"
TRAINING_DIR = MODELS_DIR / "training"
LANGUAGES = ("en", "zh")
LABELS = ("ORG", "PERSON", "GPE", "DATE")
# Train on `train`, pick the best epoch on `dev`; `test` is derived only to be scored.
SPLITS = ("train", "dev", "test")


def model_dir(language: str) -> Path:
    """Where the trained pipeline of a language lives."""
    return MODELS_DIR / f"{language}_ner"


def tagger_dir(language: str) -> Path:
    """Where the tagging NER of a language lives (`pipeline/train/tagging.py`)."""
    return MODELS_DIR / f"{language}_tagger"


def data_dir(language: str) -> Path:
    """Where the training config and the derived data of a language live."""
    return TRAINING_DIR / language
