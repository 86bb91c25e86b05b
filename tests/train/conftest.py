"""Fixtures for the trained-model tests: fresh project pipelines, with or without the model.

Fresh (not `load_pipeline`'s per-process ones), so adding the component here never
changes what other tests run.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.util import load_config, load_model_from_config

from pipeline.nlp import CONFIG_DIR, _register_components
from pipeline.train.attach import COMPONENT, add_model


def fresh_pipeline(language: str) -> Language:
    _register_components()
    nlp = load_model_from_config(load_config(CONFIG_DIR / f"config_{language}.cfg"), auto_fill=True)
    if COMPONENT in nlp.pipe_names:
        nlp.remove_pipe(COMPONENT)
    return nlp


@pytest.fixture(scope="module")
def project_pipeline() -> Callable[..., Language]:
    """project_pipeline(language, with_model=True, **settings) -> a new project pipeline."""

    def build(language: str, with_model: bool = True, **settings) -> Language:
        nlp = fresh_pipeline(language)
        return add_model(nlp, **settings) if with_model else nlp

    return build
