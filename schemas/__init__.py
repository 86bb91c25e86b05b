"""The extraction contract as pydantic v2 models (see ../shared/CONTRACT.md).

These models are the single source of truth: the JSON Schema files beside this
module are generated from them (`make schema`) and a test fails when they drift.
"""

from schemas.records import (
    SCHEMA_VERSION,
    BulletinRecord,
    Document,
    Event,
    EventKind,
    Evidence,
    Institution,
    InstitutionKind,
    InstitutionRef,
    Partnership,
    PartnershipKind,
    Person,
    Role,
    RoleCount,
    RoleName,
)

__all__ = [
    "SCHEMA_VERSION",
    "BulletinRecord",
    "Document",
    "Event",
    "EventKind",
    "Evidence",
    "Institution",
    "InstitutionKind",
    "InstitutionRef",
    "Partnership",
    "PartnershipKind",
    "Person",
    "Role",
    "RoleCount",
    "RoleName",
]
