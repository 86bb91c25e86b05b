"""Pydantic models of one output line: a `BulletinRecord` per bulletin.

Changes are additive only: new optional fields, never a rename or removal.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1"

InstitutionKind = Literal[
    "university",
    "college",
    "joint_institute",
    "government",
    "alliance",
    "research_institute",
    "school",
    "company",
    "other",
]
PartnershipKind = Literal["agreement", "mou", "joint_institute", "joint_program", "talks", "other"]
RoleName = Literal[
    "chair",
    "vice_chair",
    "director",
    "member",
    "secretariat",
    "organizer",
    "host",
    "co_organizer",
    "other",
]
EventKind = Literal["establishment", "conference", "signing", "visit", "approval", "other"]

IsoDate = str  # "YYYY-MM-DD"; validated where it matters by the date stage


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """Where a fact was read: `text == document.text[start:end]`.

    `field` (optional, additive) names another document field the offsets point into
    when the words are page metadata rather than article text, e.g. an institution
    read from the `来源:` / "Source:" line: `text == document.credited_source[start:end]`.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    field: Literal["title", "credited_source"] | None = Field(
        None, description="document field the offsets point into; absent: document.text"
    )

    @model_validator(mode="after")
    def _span_matches_length(self) -> Evidence:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(f"evidence [{self.start}, {self.end}) does not fit text {self.text!r}")
        return self


class Document(_Model):
    id: str
    url: str | None = None
    source: str | None = Field(None, description="key of the configured source that produced it")
    language: Literal["en", "zh"]
    title: str | None = None
    published: IsoDate | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    published_at: str | None = Field(None, description="ISO 8601 datetime with offset")
    credited_source: str | None = Field(None, description="来源 / 'Source:'")
    editor: str | None = Field(None, description="责任编辑 / 'Editor:'")
    text: str = Field(description="the clean article text; every offset points into it")
    channel: list[str] | None = Field(None, description="breadcrumb path of the page, e.g. ['新华网', '江西']")
    publisher: InstitutionRef | None = Field(
        None, description="the institution whose site published the bulletin (first-person 'we')"
    )


class InstitutionRef(_Model):
    name: str = Field(description="as written in the text")
    canonical_id: str | None = None
    canonical_name: str | None = None


class Institution(InstitutionRef):
    kind: InstitutionKind
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    name_en: str | None = None
    name_zh: str | None = None
    mentions: list[Evidence] = Field(min_length=1)


class Partnership(_Model):
    chinese: InstitutionRef
    foreign: InstitutionRef
    foreign_country: str | None = Field(None, pattern=r"^[A-Z]{2}$")
    kind: PartnershipKind
    date: IsoDate | None = None
    inferred: bool = False
    evidence: Evidence


class Role(_Model):
    organization: InstitutionRef
    member: InstitutionRef
    role: RoleName
    evidence: Evidence


class RoleCount(_Model):
    organization: InstitutionRef
    role: RoleName
    count: int = Field(ge=0)
    evidence: Evidence


class Event(_Model):
    kind: EventKind
    name: str | None = None
    date: IsoDate | None = None
    date_text: str | None = None
    location: str | None = None
    evidence: Evidence


class Person(_Model):
    name: str
    title: str | None = None
    organization: InstitutionRef | None = None
    evidence: Evidence


class BulletinRecord(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    document: Document
    institutions: list[Institution] = []
    partnerships: list[Partnership] = []
    roles: list[Role] = []
    role_counts: list[RoleCount] = []
    events: list[Event] = []
    people: list[Person] = []
    warnings: list[str] = []


for _m in (Document, InstitutionRef, BulletinRecord):
    _m.model_rebuild()
