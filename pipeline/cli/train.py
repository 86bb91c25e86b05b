"""`train`: derive training data from the gold corpus, train the NER per language, measure it.

    python -m pipeline train                  # both languages: data, training, figures (make train)
    python -m pipeline train --lang zh        # one language
    python -m pipeline train --data-only      # rebuild models/training/<lang>/*.spacy|jsonl only
    python -m pipeline train --measure-only   # re-score and re-time the committed models

Exit status: 0 when done, 2 for a usage error (no gold corpus, no config).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "train",
        help="train the NER models (models/<lang>_ner) from spans derived from the gold corpus",
        description=(
            "Derive entity spans (ORG, PERSON, GPE, DATE) from the gold facts of corpus/bulletins, write them "
            "to models/training/<lang>/{train,dev,test}.spacy and .jsonl, train a tok2vec + ner pipeline per "
            "language from models/training/<lang>/config.cfg on the train split (best epoch on dev; test is "
            "never trained on), and write scores, speed and size to models/metrics.json."
        ),
    )
    parser.add_argument("--lang", choices=("en", "zh"), action="append", help="a language (default: both)")
    stage = parser.add_mutually_exclusive_group()
    stage.add_argument("--data-only", action="store_true", help="only rebuild the derived training data")
    stage.add_argument("--measure-only", action="store_true", help="only score and time the trained models")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.train import LANGUAGES, MODELS_DIR
    from pipeline.train.data import GOLD_DIR
    from pipeline.train.training import config_path

    languages = tuple(args.lang) if args.lang else LANGUAGES
    if not GOLD_DIR.is_dir():
        return _error(f"no gold corpus at {GOLD_DIR}")
    missing = [str(config_path(lang)) for lang in languages if not config_path(lang).is_file()]
    if missing and not args.data_only:
        return _error(f"no training config: {', '.join(missing)}")

    if not args.measure_only:
        _build_data(languages)
    if args.data_only:
        return 0
    if not args.measure_only:
        _train(languages)
    _measure(languages, MODELS_DIR / "metrics.json")
    return 0


def _build_data(languages: tuple[str, ...]) -> None:
    from pipeline.train.data import build_language

    for language in languages:
        report = build_language(language)
        for split, figures in report.items():
            entities = ", ".join(f"{label} {count}" for label, count in figures["entities"].items())
            unaligned = sum(figures["unaligned"].values())
            print(f"data {language} {split}: {figures['bulletins']} bulletins; {entities}; {unaligned} not on tokens")


def _train(languages: tuple[str, ...]) -> None:
    from pipeline.train.training import train_language

    for language in languages:
        print(f"training {language} ...", flush=True)
        print(f"trained {language}: {train_language(language)}")


def _measure(languages: tuple[str, ...], out: Any) -> None:
    from pipeline.train.measure import machine, measure_language

    metrics = json.loads(out.read_text(encoding="utf-8")) if out.is_file() else {}
    metrics["machine"] = machine()
    for language in languages:
        metrics[language] = measure_language(language)
        _print_figures(language, metrics[language])
    out.write_text(json.dumps(metrics, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {out}")


def _print_figures(language: str, figures: dict[str, Any]) -> None:
    for split, scores in figures["scores"].items():
        labels = "  ".join(
            f"{label} {v['p']:.2f}/{v['r']:.2f}/{v['f']:.2f}" for label, v in scores["per_label"].items()
        )
        print(f"{language} {split}: P {scores['p']:.3f} R {scores['r']:.3f} F {scores['f']:.3f}  ({labels})")
    speed = figures["speed"]
    print(
        f"{language} speed: {speed['words_per_second']} words/s with tokenizer, "
        f"{speed['words_per_second_model_only']} words/s model only; size {figures['size_bytes'] / 1e6:.1f} MB"
    )


def _error(message: str) -> int:
    print(f"train: {message}", file=sys.stderr)
    return 2
