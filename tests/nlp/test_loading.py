"""Loading a pipeline: once per process, and out of the garbage collector's way."""

from __future__ import annotations

import gc

from pipeline.nlp import load_pipeline


def test_a_loaded_pipeline_is_frozen_out_of_the_collectors_walks() -> None:
    nlp = load_pipeline("en")
    assert load_pipeline("en") is nlp
    # The pipeline's own objects are in the permanent generation, not walked by gc.collect().
    assert gc.get_freeze_count() > 10_000
    assert not any(obj is nlp._components for obj in gc.get_objects())
