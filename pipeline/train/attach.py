"""Put `institution_model` into the project's pipelines, where `config_<lang>.cfg` will name it.

The pipelines are assembled from `pipeline/nlp/config_<lang>.cfg`, and spaCy can only
build a component whose factory is registered, i.e. whose module was imported first.
Until `pipeline.nlp` imports `pipeline.train.component` beside its own components,
the config files cannot name it; this module adds it to the per-process pipelines
instead, right after `institution_patterns`, exactly as the config block would:

    python -m pipeline.train.attach evaluate --gold corpus/bulletins --split dev --ablation --summary
    python -m pipeline.train.attach extract corpus/bulletins --out out/records.jsonl

(any `python -m pipeline` command, run with the trained models beside the rules).
Once the config names the component, attaching finds it there and changes nothing.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from pipeline.train import LANGUAGES

if TYPE_CHECKING:
    from spacy.language import Language

COMPONENT = "institution_model"
AFTER = "institution_patterns"
# The settings the `[components.institution_model]` block of config_<lang>.cfg carries.
SETTINGS: dict[str, dict[str, Any]] = {
    "en": {"model": "models/en_ner", "require_head": True, "only_new": True},
    "zh": {"model": "models/zh_ner", "require_head": True, "only_new": True},
}


def config_block(language: str) -> str:
    """The block to add to `pipeline/nlp/config_<lang>.cfg` (and the component's name to its pipeline list)."""
    settings = SETTINGS[language]
    return (
        f"[components.{COMPONENT}]\n"
        f'factory = "{COMPONENT}"\n'
        f'model = "{settings["model"]}"\n'
        f"require_head = {str(settings['require_head']).lower()}\n"
        f"only_new = {str(settings['only_new']).lower()}\n"
    )


def add_model(nlp: Language, **settings: Any) -> Language:
    """`nlp` (a project pipeline) with the component after `institution_patterns`; `settings` override
    the defaults of its language. A component already there is replaced."""
    from pipeline.train import component  # noqa: F401  (registers the factory)

    if COMPONENT in nlp.pipe_names:
        nlp.remove_pipe(COMPONENT)
    nlp.add_pipe(COMPONENT, after=AFTER, config={**SETTINGS[nlp.lang], **settings})
    return nlp


def attach(language: str) -> None:
    """Add the component to the process's pipeline for `language` unless it is already there."""
    from pipeline.nlp import load_pipeline

    nlp = load_pipeline(language)
    if COMPONENT not in nlp.pipe_names:
        add_model(nlp)


def main(argv: list[str]) -> int:
    for language in LANGUAGES:
        attach(language)
    from pipeline.cli import main as pipeline_main

    return pipeline_main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
