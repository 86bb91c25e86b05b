"""Both pipelines built on import: the last module the fork server of `extract --workers N`
imports (`pipeline.parallel.PRELOAD`) before it forks the workers.

A fork server can only be told modules to import, hence a module that works on import. Built
there once, the pipelines come to every worker already made (copy-on-write; `load_pipeline`
froze them out of the collector's reach, so the workers' collections do not copy them),
instead of each worker building the ones it needs after the server has forked it.
"""

from __future__ import annotations

import contextlib

from pipeline.nlp import load_pipeline

LANGUAGES = ("en", "zh")


def build_pipelines() -> None:
    for language in LANGUAGES:
        # A pipeline that cannot be built is left to the workers: each one that needs it tries
        # again and reports the error as its documents' failures; here it would end the server.
        with contextlib.suppress(Exception):
            load_pipeline(language)


build_pipelines()
