"""Results live on the Doc: the extensions every component reads and writes."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Idempotent: safe to call from every component factory."""
    doc_fields = {
        "bulletin": None,  # pipeline.bulletin.Bulletin, set before the pipeline runs
        "publisher": None,  # GazetteerEntry of the publishing institution, if known
        "dates": None,  # list[pipeline.dates.DateMention]
        "settings": None,  # {sentence start token: extract.events.Setting}: when and where it happened
        "events": None,  # list[schemas.Event]
        "partnerships": None,  # list[schemas.Partnership]
        "roles": None,  # list[schemas.Role]
        "role_counts": None,  # list[schemas.RoleCount]
        "people": None,  # list[schemas.Person]
        "warnings": None,  # list[str]
    }
    for name, default in doc_fields.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    span_fields = {
        "entry": None,  # GazetteerEntry when the name links
        "kind": None,  # InstitutionKind
        "country": None,  # ISO alpha-2
        "display_name": None,  # the name to report (the publisher's for 我校 / "our university")
    }
    for name, default in span_fields.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def doc_list(doc: Doc, name: str) -> list:
    """A list-valued Doc extension, created empty on first use."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token on each access, and the extractors
    slice the text thousands of times per bulletin."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text
