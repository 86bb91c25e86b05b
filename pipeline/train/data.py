"""Training data: every gold bulletin of a split as a Doc with derived entity spans.

For each language and split, writes `models/training/<lang>/<split>.spacy` (a DocBin,
what spaCy trains from), `<split>.jsonl` (the same spans, readable and diffable) and
`report.json` (counts per label, spans that do not align with tokens, gold names that
are never written in the text). `python -m pipeline train --data-only` rebuilds them.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from pipeline.bulletin import Bulletin
from pipeline.evaluate.gold import GoldBulletin, load_gold
from pipeline.inputs import read_inputs
from pipeline.train import LABELS, REPO, SPLITS, data_dir
from pipeline.train.gold_spans import DerivedSpans, annotate, derive_spans

GOLD_DIR = REPO / "corpus" / "bulletins"


@dataclass
class SplitReport:
    """What the derivation found in one split of one language."""

    bulletins: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    unaligned: Counter[str] = field(default_factory=Counter)
    unaligned_examples: list[dict[str, str]] = field(default_factory=list)
    not_found: list[dict[str, str]] = field(default_factory=list)

    def add(self, bulletin_id: str, doc: Doc, derived: DerivedSpans) -> None:
        self.bulletins += 1
        self.entities.update(span.label_ for span in derived.entities)
        self.unaligned.update(c.label for c in derived.unaligned)
        for candidate in derived.unaligned:
            words = " | ".join(t.text for t in doc.char_span(candidate.start, candidate.end, alignment_mode="expand"))
            self.unaligned_examples.append(
                {
                    "bulletin": bulletin_id,
                    "label": candidate.label,
                    "text": doc.text[candidate.start : candidate.end],
                    "tokens": words,
                }
            )
        self.not_found.extend(
            {"bulletin": bulletin_id, "label": label, "name": name} for label, name in derived.not_found
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "bulletins": self.bulletins,
            "entities": {label: self.entities[label] for label in LABELS},
            "unaligned": {label: self.unaligned[label] for label in LABELS},
            "unaligned_examples": self.unaligned_examples,
            "gold_names_not_in_text": self.not_found,
        }


class _SortedStrings(set):
    """DocBin writes its string set in iteration order; sorted, the file is byte-for-byte reproducible."""

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set.__iter__(self)))


def gold_bulletins(language: str, split: str, gold_dir: Path = GOLD_DIR) -> list[GoldBulletin]:
    return [b for b in load_gold(gold_dir).bulletins if b.language == language and b.split == split]


def read_bulletin(path: Path) -> Bulletin:
    """The parsed bulletin of a corpus file (its `text` is what every offset points into)."""
    item = next(iter(read_inputs([path])))
    if not isinstance(item, Bulletin):
        raise ValueError(f"{path}: {item.reason}")
    return item


def annotated_doc(nlp: Language, gold: GoldBulletin) -> tuple[Doc, DerivedSpans]:
    bulletin = read_bulletin(gold.path)
    doc = nlp.make_doc(bulletin.text)
    derived = derive_spans(doc, gold.gold, gold.language, bulletin.publication_date())
    doc.user_data["id"] = gold.id
    return annotate(doc, derived), derived


def jsonl_line(bulletin_id: str, doc: Doc, derived: DerivedSpans) -> str:
    entry = {
        "id": bulletin_id,
        "text": doc.text,
        "entities": [
            {"start": s.start_char, "end": s.end_char, "label": s.label_, "text": s.text} for s in derived.entities
        ],
        "missing": [{"start": s.start_char, "end": s.end_char, "text": s.text} for s in derived.missing],
    }
    return json.dumps(entry, ensure_ascii=False)


def build_split(nlp: Language, language: str, split: str, out_dir: Path, gold_dir: Path = GOLD_DIR) -> SplitReport:
    """Write `<split>.spacy` and `<split>.jsonl` for one language; the report of what was derived."""
    report = SplitReport()
    doc_bin = DocBin(store_user_data=False)
    doc_bin.strings = _SortedStrings()
    lines: list[str] = []
    for gold in gold_bulletins(language, split, gold_dir):
        doc, derived = annotated_doc(nlp, gold)
        report.add(gold.id, doc, derived)
        doc_bin.add(doc)
        lines.append(jsonl_line(gold.id, doc, derived))
    out_dir.mkdir(parents=True, exist_ok=True)
    doc_bin.to_disk(out_dir / f"{split}.spacy")
    (out_dir / f"{split}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return report


def build_language(language: str, out_dir: Path | None = None, gold_dir: Path = GOLD_DIR) -> dict[str, Any]:
    """Every split of a language, with `report.json` beside the data; returns the report."""
    from pipeline.nlp import load_pipeline

    out_dir = out_dir or data_dir(language)
    nlp = load_pipeline(language)
    report = {split: build_split(nlp, language, split, out_dir, gold_dir).as_dict() for split in SPLITS}
    (out_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return report
