"""The shape a reviewer exports: gold facts as in `shared/seeds/*.expected.json`, one object per bulletin.

A `ReviewExport` file (`review-gold.json`, what the page's Export button saves) holds one
`GoldBulletin` per bulletin the reviewer touched. Each bulletin object is the seed shape: names as
written in the text, no offsets. Its `review` block says how far the review went, so `evaluate`
can tell a fully checked bulletin from a partly checked one. `gold_facts` maps a record's
predictions into the same shape, so predictions and gold compare field by field.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.records import (
    BulletinRecord,
    EventKind,
    InstitutionKind,
    InstitutionRef,
    PartnershipKind,
    RoleName,
)

EXPORT_FORMAT = "edu-bulletin-review-gold"
EXPORT_VERSION = 1
FACT_KINDS = ("institutions", "partnerships", "roles", "role_counts", "events", "people")


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldDocument(_Gold):
    language: Literal["en", "zh"] | None = None
    title: str | None = None
    published_at: str | None = None
    credited_source: str | None = None
    editor: str | None = None
    channel: list[str] | None = None


class GoldInstitution(_Gold):
    name: str
    country: str | None = None
    kind: InstitutionKind


class GoldPartnership(_Gold):
    chinese: str
    foreign: str
    foreign_country: str | None = None
    kind: PartnershipKind
    date: str | None = None


class GoldRole(_Gold):
    organization: str
    member: str
    role: RoleName


class GoldRoleCount(_Gold):
    organization: str
    role: RoleName
    count: int = Field(ge=0)


class GoldEvent(_Gold):
    kind: EventKind
    name: str | None = None
    date: str | None = None
    location: str | None = None


class GoldPerson(_Gold):
    name: str
    title: str | None = None
    organization: str | None = None


class ReviewedSpan(_Gold):
    """Where the reviewer selected the words of an added fact (code-point offsets into document.text)."""

    kind: Literal["institutions", "partnerships", "roles", "role_counts", "events", "people"]
    index: int = Field(ge=0, description="position of the added fact in its gold list")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class ReviewStatus(_Gold):
    complete: bool = Field(description="every predicted fact of the bulletin has a decision")
    correct: int = Field(ge=0, description="predicted facts marked correct (they are in the gold lists)")
    wrong: int = Field(ge=0, description="predicted facts marked wrong (left out of the gold lists)")
    unreviewed: int = Field(ge=0, description="predicted facts without a decision (left out)")
    added: int = Field(ge=0, description="facts the reviewer added (they are in the gold lists)")
    rejected: dict[str, list[dict]] = Field(
        default_factory=dict, description="the facts marked wrong, by kind, in gold shape"
    )
    added_spans: list[ReviewedSpan] = []


class GoldBulletin(_Gold):
    file: str = Field(description="the bulletin's key: its document.id (records and gold match on it)")
    url: str | None = None
    about: str | None = None
    document: GoldDocument
    institutions: list[GoldInstitution] = []
    partnerships: list[GoldPartnership] = []
    roles: list[GoldRole] = []
    role_counts: list[GoldRoleCount] = []
    events: list[GoldEvent] = []
    people: list[GoldPerson] = []
    review: ReviewStatus | None = None


class ReviewExport(_Gold):
    format: Literal["edu-bulletin-review-gold"] = EXPORT_FORMAT
    version: Literal[1] = EXPORT_VERSION
    exported_at: str
    records: str | None = Field(None, description="name of the records file the page was built from")
    bulletins: list[GoldBulletin]


def gold_facts(record: BulletinRecord) -> dict[str, list[dict]]:
    """Every predicted fact of `record` in gold shape, by kind (what "all correct" would export)."""
    return {
        "institutions": [
            {"name": item.name, "country": item.country, "kind": item.kind} for item in record.institutions
        ],
        "partnerships": [
            {
                "chinese": item.chinese.name,
                "foreign": item.foreign.name,
                "foreign_country": item.foreign_country,
                "kind": item.kind,
                "date": item.date,
            }
            for item in record.partnerships
        ],
        "roles": [
            {"organization": item.organization.name, "member": item.member.name, "role": item.role}
            for item in record.roles
        ],
        "role_counts": [
            {"organization": item.organization.name, "role": item.role, "count": item.count}
            for item in record.role_counts
        ],
        "events": [
            {"kind": item.kind, "name": item.name, "date": item.date, "location": item.location}
            for item in record.events
        ],
        "people": [
            {"name": item.name, "title": item.title, "organization": _name_of(item.organization)}
            for item in record.people
        ],
    }


def gold_document(record: BulletinRecord) -> dict:
    document = record.document
    return {
        "language": document.language,
        "title": document.title,
        "published_at": document.published_at,
        "credited_source": document.credited_source,
        "editor": document.editor,
        "channel": document.channel,
    }


def _name_of(ref: InstitutionRef | None) -> str | None:
    return ref.name if ref else None
