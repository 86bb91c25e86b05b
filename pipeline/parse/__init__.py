"""Parse stage: a page or text file in, a `Bulletin` (clean text + metadata) out.

Readers: `html.parse_html` (pages, any charset), `text.parse_text` (TXT bulletins);
`pipeline.inputs.read_inputs` walks files and hands each to the right one. Inside the
stage a page that cannot be read raises `ParseError`; the batch turns it into a `Failure`.
"""

from __future__ import annotations


class ParseError(ValueError):
    """A document that cannot be read; `reason` says why in a few words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
