"""The committed models were trained on the tokens the pipeline makes today.

The Chinese tokenizer's user dictionary is generated from the gazetteer and the rule files, so
adding a rule word can change how a text is cut (合作|办学 -> 合作办学). The trained model then
reads tokens it never saw in training; `make train` (or `python -m pipeline train --lang zh`)
derives the data and the model again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import DocBin

from pipeline.nlp import load_pipeline

TRAINING = Path(__file__).resolve().parents[2] / "models" / "training"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_training_docs_are_cut_as_the_pipeline_cuts_them_today(language):
    nlp = load_pipeline(language)
    differing = []
    for split in ("train", "dev", "test"):
        docs = DocBin().from_disk(TRAINING / language / f"{split}.spacy").get_docs(nlp.vocab)
        for doc in docs:
            if [t.text for t in doc] != [t.text for t in nlp.make_doc(doc.text)]:
                differing.append(f"{split}: {doc.text[:30]!r}")
    assert not differing, f"retrain the {language} model (`python -m pipeline train --lang {language}`): {differing}"
