"""Training augmenter for Chinese: names the model has not seen, cut the way the segmenter cuts them.

At run time the project's segmenter keeps every name it knows whole (江西财经大学), so a
name the model meets as one token is one the gazetteer finds anyway. The names the
model is there for are unknown ones, which jieba cuts into pieces (青岚湖 | 师范大学).
So each training bulletin is given three times: as the project segments it; as plain
jieba (without the project's dictionary) segments it; and, segmented the same plain
way, with every institution name that ends in a head word given a made-up name before
that head, built from `models/training/zh/unknown_names.tsv` (the same replacement for the same
name within a bulletin). Gold spans are carried over by characters. The made-up names
are drawn from a generator seeded by the text, so training stays reproducible.
"""

from __future__ import annotations

import random
import warnings
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import registry

from pipeline.language import to_simplified
from pipeline.nlp.tokenizer_zh import JiebaTokenizer
from pipeline.rules import word_table
from pipeline.train import REPO

NamePart = dict[str, list[str]]


def read_name_parts(path: Path) -> NamePart:
    parts: NamePart = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, entries = line.partition("\t")
            parts[key.strip()] = entries.split()
    return parts


def made_up_name(parts: NamePart, head: str, rng: random.Random) -> str:
    """A plausible name nobody listed, ending in `head`: 索恩伯里大学, 临川科技学院, 卡尔维纳理工大学."""
    if rng.random() < 0.5:
        proper = "".join(rng.choice(parts["syllables"]) for _ in range(rng.randint(2, 4)))
    else:
        proper = "".join(rng.choice(parts["native"]) for _ in range(rng.randint(2, 3)))
    field = rng.choice(parts["fields"]) if rng.random() < 0.5 else ""
    return proper + field + head


def renamed(reference: Doc, parts: NamePart, heads: tuple[str, ...]) -> tuple[str, list[tuple[int, int, str]]]:
    """The reference text with institution names replaced, and its entities' new character offsets."""
    rng = random.Random(zlib.crc32(reference.text.encode("utf-8")))
    replacements: dict[str, str] = {}
    text, entities, position = "", [], 0
    for ent in reference.ents:
        name = ent.text
        simplified = to_simplified(name)
        head = next((h for h in heads if simplified.endswith(h)), None) if ent.label_ == "ORG" else None
        if head is not None and len(simplified) > len(head):  # 教育部 alone is no name to replace
            name = replacements.setdefault(name, made_up_name(parts, head, rng))
        text += reference.text[position : ent.start_char]
        entities.append((len(text), len(text) + len(name), ent.label_))
        text += name
        position = ent.end_char
    return text + reference.text[position:], entities


@registry.augmenters("pipeline.UnknownNamesAugmenter.v1")
def create_unknown_names_augmenter(names: str) -> Callable[[Language, Example], Iterator[Example]]:
    """`names`: the name-parts file, relative to the repository root."""
    parts = read_name_parts(REPO / names)
    heads = tuple(sorted(word_table("zh", "institution_heads.tsv"), key=len, reverse=True))
    plain: dict[int, JiebaTokenizer] = {}

    def augment(nlp: Language, example: Example) -> Iterator[Example]:
        yield example
        tokenizer = plain.setdefault(id(nlp.vocab), JiebaTokenizer(nlp.vocab, user_words=()))
        yield Example(tokenizer(example.reference.text), example.reference)
        text, entities = renamed(example.reference, parts, heads)
        with warnings.catch_warnings():
            # W030: plain jieba may glue a name to its neighbour; such a span is left missing, as intended.
            warnings.filterwarnings("ignore", message=r"\[W030\]")
            made_up = Example.from_dict(tokenizer(text), {"entities": entities})
        yield made_up

    return augment
