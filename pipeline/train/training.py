"""Training: a tok2vec + ner pipeline per language from `models/training/<lang>/config.cfg`.

spaCy's own training loop (`spacy train`) runs in-process, from the repository root
so the config's relative data paths hold, on CPU, seeded by the config. The best
epoch on dev (`model-best`) becomes `models/<lang>_ner/`; the rest is thrown away.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pipeline.train import REPO, data_dir, model_dir, tagger_dir

CPU = -1


def config_path(language: str) -> Path:
    return data_dir(language) / "config.cfg"


def register_project_code() -> None:
    """The configs name the project's tokenizer, augmenter and tagging NER, which importing their modules registers."""
    from pipeline.nlp import tokenizer_zh  # noqa: F401
    from pipeline.train import augment, tagging  # noqa: F401


def train_language(
    language: str,
    *,
    output: Path | None = None,
    config: Path | None = None,
    overrides: dict[str, Any] | None = None,
    tagging: bool = False,
    head: dict[str, Any] | None = None,
) -> Path:
    """Train one language's NER and write the best pipeline to `output` (default models/<lang>_ner,
    or models/<lang>_tagger with `tagging`: the same config with `biluo_ner` for `ner`)."""
    from spacy.cli.train import train
    from spacy.util import load_config

    register_project_code()
    output = output or (tagger_dir(language) if tagging else model_dir(language))
    config = (config or config_path(language)).resolve()
    with tempfile.TemporaryDirectory(prefix=f"train-{language}-") as work, contextlib.chdir(REPO):
        if tagging:
            from pipeline.train.tagging import tagger_config

            tagger_config(load_config(config), head).to_disk(tagged := Path(work) / "tagger.cfg")
            config = tagged
        train(config, Path(work) / "out", use_gpu=CPU, overrides=dict(overrides or {}))
        best = Path(work) / "out" / "model-best"
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(best, output)
    describe_model(output, language, tagging)
    return output


def describe_model(path: Path, language: str, tagging: bool = False) -> None:
    """Name the pipeline in its meta.json so `spacy.load` reports what it is."""
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        name=f"{language}_tagger" if tagging else f"{language}_ner",
        version="0.1.0",
        description=(
            "NER (ORG, PERSON, GPE, DATE) for education-cooperation bulletins, trained on spans derived "
            "from the project's gold facts; see models/README.md"
        ),
        license="project-internal",
    )
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
