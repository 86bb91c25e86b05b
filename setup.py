"""Optional build: compile the per-sentence modules with Cython, in place, beside their .py files.

The .py files stay the source of truth (Cython's pure-Python mode, no .pyx); an extension module
beside a .py is imported instead of it. Measured end to end (bench/ANALYSIS.md, session 8): 600 bench
pages, CPU -11% (en) and -12% (zh), records byte-identical. Without Cython or a C compiler, or with
PIPELINE_PURE=1, nothing is compiled and the pure modules run: `make install` never fails for it.
"""

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

# Python that runs per sentence or per block; not pydantic models (schemas/, bulletin.py, parse/site_rules.py:
# a compiled method is not a function to pydantic, which refuses the class) nor CLI code. emit and tokenizer_zh
# measured 4-8% less CPU compiled, in one process beside their pure modules (session 8, wave 2). The NER's
# feeding is compiled in train/reading and greedy; not its factory, train/component (a compiled factory cannot
# be registered twice in one process, spaCy's inspect.getfile refuses it). nlp/extensions and extract/clauses:
# helpers the compiled extractors call hundreds of times a page (`doc_text` ~280 times a Chinese page), each call
# into a pure module a Python frame (session 29, callgrind: see the commit). Not listed: language,
# parse/decode, generic, stamps, tables (they compile, but no gain was measured: numpy or once-a-page work).
COMPILED = [
    "pipeline/dates.py",
    "pipeline/emit.py",
    *(f"pipeline/extract/{m}.py"
      for m in ("clauses", "dates", "events", "partnerships", "people", "person_hosts", "roles", "spans", "tables")),
    *(f"pipeline/link/{m}.py" for m in ("countries", "gazetteer", "names", "places", "publisher")),
    *(f"pipeline/nlp/{m}.py"
      for m in ("extensions", "gazetteer_ruler", "institution_patterns", "institutions", "lexeme_attrs", "sentences",
                "tokenizer_zh")),
    *(f"pipeline/parse/{m}.py" for m in ("blocks", "chrome", "html", "prefilter", "text")),
    *(f"pipeline/train/{m}.py" for m in ("greedy", "reading")),
]
# annotation_typing off: with it Cython enforces hints such as `dict` exactly (a defaultdict is refused).
# Cython 3's other defaults already keep Python's behaviour: always_allow_keywords, binding, no profile/linetrace.
DIRECTIVES = {"language_level": 3, "binding": True, "annotation_typing": False}
CFLAGS = ["-O1", "-g0"]  # -O2 takes 1.9x the compile CPU (dates.c: 28.7 s vs 15.1 s), -O3 more, no measured gain


def extensions() -> list:
    if os.environ.get("PIPELINE_PURE"):
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    modules = cythonize(COMPILED, compiler_directives=DIRECTIVES, quiet=True)
    for module in modules:
        module.extra_compile_args = CFLAGS
    return modules


class OptionalBuildExt(build_ext):
    """A module that fails to compile stays pure: the build reports it and goes on."""

    def build_extension(self, ext) -> None:
        try:
            super().build_extension(ext)
        except Exception as error:  # no compiler, missing headers, ...: the .py runs instead
            print(f"setup.py: {ext.name} not compiled ({error}); the pure module is used", file=sys.stderr)


if __name__ == "__main__":  # importable: tests read COMPILED
    setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
