"""Bilingual extraction of Sino-foreign education cooperation facts from news bulletins.

Data flows one way, one module per arrow:
inputs (files, WARC, JSONL) -> parse (clean text + metadata: `Bulletin`) -> language ->
nlp (annotated spaCy `Doc`) -> extract (facts on the Doc) -> link (gazetteer) -> emit
(`schemas.BulletinRecord` as JSONL).
"""

__version__ = "0.1.0"

from pipeline import compiled as _compiled

_compiled.install()
