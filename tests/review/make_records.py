"""Make many synthetic but contract-valid records, for the review page's scale check and benchmark.

    .venv/bin/python tests/review/make_records.py 5000 out/synthetic-records.jsonl

Each record is a bulletin (English or Chinese) built from a few sentence templates with
institutions, partnerships, roles, events and people whose evidence offsets are computed
from the text, so every span is exact (code points, as in the contract).
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

CHINESE = [
    ("Nanchang University", "南昌大学", "cn-ncu"),
    ("Jiangxi Normal University", "江西师范大学", "cn-jxnu"),
    ("Hunan University", "湖南大学", "cn-hnu"),
    ("Jiangxi University of Finance and Economics", "江西财经大学", "cn-jufe"),
    ("Nanchang Hangkong University", "南昌航空大学", "cn-nchu"),
    ("Gannan Normal University", "赣南师范大学", "cn-gnnu"),
    ("Central South University", "中南大学", "cn-csu"),
    ("Hunan Normal University", "湖南师范大学", "cn-hunnu"),
]
FOREIGN = [
    ("Ruritania State University", "鲁里塔尼亚国立大学", "RU"),
    ("University of Technology Sydney", "悉尼科技大学", "AU"),
    ("Belarusian State University", "白俄罗斯国立大学", "BY"),
    ("Kyoto Example University", "京都示例大学", "JP"),
    ("Queen Mary University of London", "伦敦玛丽女王大学", "GB"),
    ("University of Freedonia", "自由尼亚大学", "FR"),
    ("Ontario Example College", "安大略示例学院", "CA"),
    ("Moscow Example Institute", "莫斯科示例学院", "RU"),
    ("Auckland Example University", "奥克兰示例大学", "NZ"),
    ("Griffith University", "格里菲斯大学", "AU"),
]
FILLER_EN = (
    "The two sides exchanged views on joint programmes, student mobility and research cooperation. "
    "Both parties agreed to deepen exchanges in teaching, faculty training and talent development. "
)
FILLER_ZH = "双方就联合培养、学生交流和科研合作等议题进行了深入交流,并一致同意进一步深化合作。"


class _Text:
    """A text built piece by piece that remembers where each named piece starts (in code points)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> dict:
        span = {"start": self.length, "end": self.length + len(piece), "text": piece}
        self.parts.append(piece)
        self.length += len(piece)
        return span

    def text(self) -> str:
        return "".join(self.parts)


def _ref(name: str, canonical_id: str | None, canonical_name: str | None) -> dict:
    return {"name": name, "canonical_id": canonical_id, "canonical_name": canonical_name}


def make_record(number: int, rng: random.Random) -> dict:
    language = "zh" if rng.random() < 0.4 else "en"
    zh = language == "zh"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    year = rng.choice([2023, 2024, 2025])
    date = f"{year}-{month:02d}-{day:02d}"
    text = _Text()
    institutions: dict[str, dict] = {}
    partnerships, events, roles, people = [], [], [], []

    def mention(entry: tuple[str, str, str], foreign: bool) -> dict:
        name = entry[1] if zh else entry[0]
        span = text.add(name)
        if name not in institutions:
            institutions[name] = {
                "name": name,
                "canonical_id": None if foreign else entry[2],
                "canonical_name": entry[0],
                "kind": "university",
                "country": entry[2] if foreign else "CN",
                "name_en": entry[0],
                "name_zh": entry[1],
                "mentions": [],
            }
        institutions[name]["mentions"].append(span)
        return _ref(name, institutions[name]["canonical_id"], entry[0])

    if number % 50 == 0:
        text.add("🎓𠀀 ")  # astral characters before the first span keep the offset conversion honest
    for _ in range(rng.randint(1, 3)):
        chinese, foreign = rng.choice(CHINESE), rng.choice(FOREIGN)
        start = text.length
        text.add(f"{month}月{day}日," if zh else f"On {date}, ")
        left = mention(chinese, foreign=False)
        text.add("与" if zh else " signed a cooperation agreement with ")
        right = mention(foreign, foreign=True)
        text.add("签署合作协议。" if zh else ".")
        whole = text.text()[start:]
        evidence = {"start": start, "end": text.length, "text": whole}
        partnerships.append(
            {
                "chinese": left,
                "foreign": right,
                "foreign_country": foreign[2],
                "kind": rng.choice(["agreement", "mou", "joint_program", "talks"]),
                "date": date,
                "inferred": False,
                "evidence": evidence,
            }
        )
        events.append(
            {
                "kind": rng.choice(["signing", "visit", "conference"]),
                "name": None,
                "date": date,
                "date_text": whole[:6],
                "location": None,
                "evidence": evidence,
            }
        )
        text.add(" " if not zh else "")
        text.add(FILLER_ZH if zh else FILLER_EN)
        text.add("\n\n")
    if rng.random() < 0.5:
        chinese = rng.choice(CHINESE)
        start = text.length
        person = text.add("校长张华" if zh else "President Zhang Hua")
        text.add("出席活动。" if zh else " attended on behalf of ")
        member = mention(chinese, foreign=False)
        text.add("" if zh else ".")
        people.append(
            {
                "name": "张华" if zh else "Zhang Hua",
                "title": "校长" if zh else "President",
                "organization": member,
                "evidence": person,
            }
        )
        roles.append(
            {
                "organization": _ref("Provincial Alliance", None, None),
                "member": member,
                "role": "member",
                "evidence": {"start": start, "end": text.length, "text": text.text()[start:]},
            }
        )
    for _ in range(rng.randint(2, 8)):
        text.add((FILLER_ZH if zh else FILLER_EN) + "\n")
    body = text.text()
    return {
        "schema_version": "1",
        "document": {
            "id": f"synthetic-{number:05d}",
            "url": f"https://news.example.org/{year}/{number:05d}.html",
            "source": rng.choice(["xinhua-jiangxi", "jyt-hunan", "jxnu", "ncu"]),
            "language": language,
            "title": (f"合作交流简讯第{number}号" if zh else f"Cooperation bulletin number {number}"),
            "published": date,
            "text": body,
        },
        "institutions": sorted(institutions.values(), key=lambda item: item["mentions"][0]["start"]),
        "partnerships": partnerships,
        "roles": roles,
        "role_counts": [],
        "events": events,
        "people": people,
        "warnings": [],
    }


def make_records(count: int, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    return [make_record(number, rng) for number in range(count)]


def write_records(path: Path, count: int, seed: int = 5) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for record in make_records(count, seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("out/synthetic-records.jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    print(write_records(target, wanted))
