"""The input files of a distributed run, in the order a local run reads them.

INPUT arguments are paths, folders, globs or object-storage URIs (`s3://bucket/crawl/*.warc.gz`,
`gs://...`), all read through pyarrow's filesystems, which is what Ray Data reads with.
Folders are walked as `pipeline.inputs` walks them (files of a folder before its
subfolders, both sorted, hidden names skipped, only readable suffixes), so a distributed
run's parts, concatenated, are the local run's output.
"""

from __future__ import annotations

import fnmatch
import glob
import itertools
import os
from dataclasses import dataclass
from pathlib import PurePosixPath

from pipeline.inputs import SUFFIXES

GLOB_CHARACTERS = frozenset("*?[")


@dataclass(frozen=True)
class InputFile:
    """One file to read: `location` for the reader (absolute path or URI), `shown` for people."""

    location: str
    shown: str
    size: int = 0
    exists: bool = True


def is_uri(value: str) -> bool:
    return "://" in value


def list_inputs(inputs: list[str]) -> list[InputFile]:
    """Every file under `inputs`, in local-run order; a path that matches nothing is kept
    (exists=False) so the run reports it as a local run would."""
    files: list[InputFile] = []
    for given in inputs:
        files.extend(_list_uri(given) if is_uri(given) else _list_local(given))
    return files


def _list_local(given: str) -> list[InputFile]:
    matches = sorted(glob.glob(given)) if _has_glob(given) else [given]
    if not matches or not os.path.exists(matches[0]):
        return [InputFile(location=os.path.abspath(given), shown=given, exists=False)]
    files = []
    for match in matches:
        if os.path.isdir(match):
            files.extend(_walk_local(match))
        else:
            files.append(InputFile(location=os.path.abspath(match), shown=match, size=os.path.getsize(match)))
    return files


def _walk_local(folder: str) -> list[InputFile]:
    found = []
    for current, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            path = os.path.join(current, name)
            if _readable(name):
                found.append(InputFile(location=os.path.abspath(path), shown=path, size=os.path.getsize(path)))
    return found


def _list_uri(given: str) -> list[InputFile]:
    from pyarrow import fs

    filesystem, path = fs.FileSystem.from_uri(given if not _has_glob(given) else _glob_root_uri(given))
    scheme = given.split("://", 1)[0]
    if _has_glob(given):
        pattern = given.split("://", 1)[1]
        selector = fs.FileSelector(path, recursive=True, allow_not_found=True)
        infos = [i for i in filesystem.get_file_info(selector) if _glob_matches(i.path, pattern)]
        infos.sort(key=lambda info: info.path)
    else:
        infos = [filesystem.get_file_info(path)]
    files = []
    for info in infos:
        if info.type == fs.FileType.Directory:
            selector = fs.FileSelector(info.path, recursive=True)
            inside = [i for i in filesystem.get_file_info(selector) if i.type == fs.FileType.File]
            inside = [i for i in inside if _readable_under(i.path, info.path)]
            inside.sort(key=lambda i: _walk_order(i.path, info.path))
            files.extend(InputFile(f"{scheme}://{i.path}", f"{scheme}://{i.path}", i.size or 0) for i in inside)
        elif info.type == fs.FileType.File:
            files.append(InputFile(f"{scheme}://{info.path}", f"{scheme}://{info.path}", info.size or 0))
    return files or [InputFile(location=given, shown=given, exists=False)]


def _glob_root_uri(given: str) -> str:
    """s3://bucket/crawl/2024-*/x.warc -> s3://bucket/crawl (the folder to list)."""
    scheme, path = given.split("://", 1)
    plain = itertools.takewhile(lambda part: not _has_glob(part), PurePosixPath(path).parts)
    return f"{scheme}://{'/'.join(plain)}"


def _glob_matches(path: str, pattern: str) -> bool:
    """Shell-like: a `*` stays within one path segment."""
    parts, wanted = PurePosixPath(path).parts, PurePosixPath(pattern).parts
    return len(parts) == len(wanted) and all(map(fnmatch.fnmatchcase, parts, wanted))


def _walk_order(path: str, root: str) -> tuple[tuple[int, str], ...]:
    """os.walk top-down with sorted names: a folder's files, then its subfolders."""
    parts = PurePosixPath(path).relative_to(root).parts
    return (*((1, folder) for folder in parts[:-1]), (0, parts[-1]))


def _readable_under(path: str, root: str) -> bool:
    parts = PurePosixPath(path).relative_to(root).parts
    return not any(part.startswith(".") for part in parts) and _readable(parts[-1])


def _readable(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(SUFFIXES)


def _has_glob(value: str) -> bool:
    return any(character in GLOB_CHARACTERS for character in value)
