"""The evaluation report (report.py) as fixed-width text: figures, then every miss,
extra and wrong field, one a line with its evidence."""

from __future__ import annotations

from typing import Any

from pipeline.evaluate.facts import KIND_NAMES
from pipeline.evaluate.floor import FloorFailure
from pipeline.evaluate.scoring import LANGUAGES


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("canonical_name") or "?")
    return "-" if value is None else str(value)


def describe_fact(kind: str, fact: dict[str, Any]) -> str:
    """One line a reader recognises a fact by."""
    if kind == "institutions":
        return f"{_name(fact)} ({fact.get('kind')}, {fact.get('country')})"
    if kind == "partnerships":
        sides = f"{_name(fact.get('chinese'))} × {_name(fact.get('foreign'))}"
        return f"{sides} ({fact.get('kind')}, {fact.get('date')})"
    if kind == "roles":
        return f"{_name(fact.get('member'))} is {fact.get('role')} of {_name(fact.get('organization'))}"
    if kind == "role_counts":
        return f"{_name(fact.get('organization'))}: {fact.get('count')} × {fact.get('role')}"
    if kind == "events":
        name, location = _name(fact.get("name")), _name(fact.get("location"))
        return f"{fact.get('kind')} {fact.get('date')} {name} @ {location}"
    if kind == "people":
        return f"{_name(fact)} ({_name(fact.get('title'))}, {_name(fact.get('organization'))})"
    return _name(fact)


def _evidence(evidence: dict[str, Any] | None) -> str:
    if not evidence:
        return ""
    text = " ".join(str(evidence.get("text", "")).split())
    if len(text) > 90:
        text = text[:87] + "..."
    return f'  [{evidence.get("start")}:{evidence.get("end")}] "{text}"'


def _facts_table(figures: dict[str, Any]) -> list[str]:
    lines = [f"{'kind':<14}{'lang':<6}{'gold':>6}{'pred':>6}{'tp':>6}{'prec':>8}{'recall':>8}{'F1':>8}"]
    for kind in (*KIND_NAMES, "all"):
        for language in LANGUAGES:
            counts = figures[language]["facts"][kind]
            label = kind if language == "en" else ""
            lines.append(
                f"{label:<14}{language:<6}{counts['gold']:>6}{counts['predicted']:>6}{counts['tp']:>6}"
                f"{_number(counts['precision']):>8}{_number(counts['recall']):>8}{_number(counts['f1']):>8}"
            )
    return lines


def _accuracy_table(title: str, figures: dict[str, Any], section: str) -> list[str]:
    names = sorted({name for language in LANGUAGES for name in figures[language][section]})
    if not names:
        return []
    lines = [f"{title:<28}" + "".join(f"{language:>16}" for language in LANGUAGES)]
    for name in names:
        cells = []
        for language in LANGUAGES:
            tally = figures[language][section].get(name)
            cell = f"{tally['correct']}/{tally['total']} {_number(tally['accuracy'])}" if tally else "-"
            cells.append(f"{cell:>16}")
        lines.append(f"{name:<28}" + "".join(cells))
    return lines


def _split_block(split: str, figures: dict[str, Any]) -> list[str]:
    counts = ", ".join(f"{language} {figures[language]['bulletins']}" for language in ("en", "zh"))
    failed = figures["all"]["failed"]
    unjudged = figures["all"].get("unjudged", 0)
    header = f"== split {split}: {figures['all']['bulletins']} bulletins ({counts})"
    header += f", {failed} without a record" if failed else ""
    header += f", {unjudged} predictions left unjudged (partial review, inferred pairs) ==" if unjudged else " =="
    lines = [header, *_facts_table(figures), ""]
    for title, section in (("field on matched facts", "attributes"), ("document field", "document")):
        table = _accuracy_table(title, figures, section)
        lines += [*table, ""] if table else []
    return lines


def _listing(section: dict[str, Any]) -> list[str]:
    lines = []
    failed = [entry for entry in section["bulletins"] if entry["status"] != "ok"]
    if failed:
        lines.append(f"bulletins without a record ({len(failed)})")
        lines += [f"  {entry['file']}: {entry['reason']}" for entry in failed]
    lines.append(f"misses ({len(section['misses'])})")
    lines += [f"  {m['file']}  {m['kind']}: {describe_fact(m['kind'], m['gold'])}" for m in section["misses"]]
    lines.append(f"extras ({len(section['extras'])})")
    lines += [
        f"  {e['file']}  {e['kind']}: {describe_fact(e['kind'], e['predicted'])}{_evidence(e['evidence'])}"
        for e in section["extras"]
    ]
    lines.append(f"wrong fields on matched facts ({len(section['mismatches'])})")
    lines += [
        f"  {m['file']}  {m['kind']}.{m['field']}: gold {m['gold']!r}, predicted {m['predicted']!r}"
        f"{_evidence(m['evidence'])}"
        for m in section["mismatches"]
    ]
    unjudged = section.get("unjudged") or []
    if unjudged:
        lines.append(f"unjudged: predictions no gold can judge (partial reviews, inferred pairs) ({len(unjudged)})")
        lines += [
            f"  {u['file']}  {u['kind']}: {describe_fact(u['kind'], u['predicted'])}{_evidence(u['evidence'])}"
            for u in unjudged
        ]
    return lines


def render_section(section: dict[str, Any], *, listing: bool = True) -> str:
    lines: list[str] = []
    for split, figures in section["splits"].items():
        lines += _split_block(split, figures)
    for problem in section["problems"]:
        lines.append(f"unusable gold {problem['file']}: {problem['reason']}")
    if section["unsplit"]:
        unsplit = section["unsplit"]
        lines.append(f"{len(unsplit)} gold bulletins are in no split file: {', '.join(unsplit)}")
    if listing:
        lines += _listing(section)
    return "\n".join(lines)


def render_ablation(ablation: dict[str, dict[str, Any]]) -> str:
    modes = list(ablation)
    lines = []
    for split in next(iter(ablation.values())):
        lines.append(f"== ablation, split {split}: F1 ==")
        lines.append(f"{'kind':<14}{'lang':<6}" + "".join(f"{mode:>8}" for mode in modes))
        for kind in (*KIND_NAMES, "all"):
            for language in LANGUAGES:
                label = kind if language == "en" else ""
                cells = "".join(f"{_number(ablation[mode][split][language]['facts'][kind]['f1']):>8}" for mode in modes)
                lines.append(f"{label:<14}{language:<6}{cells}")
    return "\n".join(lines)


def render_report(report: dict[str, Any], *, listing: bool = True) -> str:
    """The whole report as fixed-width text."""
    run = report["run"]
    lines = [
        f"evaluation of {report['gold']} (split {report['split']}) · predictions: {run.get('predictions')}"
        f" · commit {str(run.get('commit') or '?')[:10]}{' (modified)' if run.get('dirty') else ''}",
        render_section(report, listing=listing),
    ]
    if report.get("ablation"):
        lines.append(render_ablation(report["ablation"]))
    if report.get("seeds"):
        lines += [f"-- worked examples in {report['seeds']['gold']} --", render_section(report["seeds"])]
    floor = report.get("floor")
    if floor:
        if floor["failures"]:
            lines.append(f"floor {floor['file']}: {len(floor['failures'])} figures below it")
            lines += [f"  {FloorFailure(**failure)}" for failure in floor["failures"]]
        else:
            lines.append(f"floor {floor['file']}: every figure at or above it")
    return "\n".join(lines) + "\n"
