"""Both pipelines built and run once on import: the last module the fork server of `extract
--workers N` imports (`pipeline.parallel.PRELOAD`) before it forks the workers.

A fork server can only be told modules to import, hence a module that works on import. Built
there once, the pipelines come to every worker already made (copy-on-write; `load_pipeline`
froze them out of the collector's reach, so the workers' collections do not copy them),
instead of each worker building the ones it needs after the server has forked it.

Building is not all of a pipeline's start-up: parts of it are made when a first page needs them
(regular expressions compiled on first use, caches, the serializer's schema). So the server
also puts one small page of each language through the whole batch path (parse, pipeline,
record, JSON line): made once there, before the fork, these too come to every worker made,
instead of each worker making them again over its first pages while the other waits for a core.
The sample pages are made up (real names, invented news; no record is written from them) and
what they leave behind is only what any page would: compiled patterns and lookup caches.
"""

from __future__ import annotations

import contextlib
import gc

from pipeline.nlp import load_pipeline

LANGUAGES = ("en", "zh")

# One page per language that reaches every stage: a dated headline, a byline, an institution
# of each kind of name, a partnership, an event with its day and place, people with titles.
SAMPLE_PAGES = {
    "en": """<html lang="en"><head><meta charset="utf-8"><title>University of Aberdeen signs agreement</title>
<meta name="publishdate" content="2025-03-04 09:30"></head><body><div class="article">
<h1>University of Aberdeen signs agreement with South China Normal University</h1>
<p>Source: International Office | Date: 2025-03-04</p>
<p>On March 3, 2025, a delegation led by Professor John Smith, Vice President of the University of
Aberdeen, visited South China Normal University in Hangzhou, Zhejiang Province. The two universities signed
a memorandum of understanding on a joint programme in engineering and a Confucius Institute.</p>
<p>President Li Ming of South China Normal University met the delegation. The Ministry of Education of
China approved the joint institute in 2024. Students will study for two years in China.</p>
</div></body></html>""",
    "zh": """<html lang="zh-CN"><head><meta charset="utf-8"><title>示例大学与样本师范大学签署合作协议</title>
<meta name="publishdate" content="2025-03-04 09:30"></head><body><div class="article">
<h1>示例大学与样本师范大学签署合作协议</h1>
<p>来源：国际交流处 发布时间：2025年03月04日</p>
<p>2025年3月3日，英国示例大学副校长约翰·史密斯教授率团访问浙江省杭州市样本师范大学，双方签署合作备忘录，
将共建中外合作办学项目和孔子学院。</p>
<p>样本师范大学校长李明会见了代表团。教育部于2024年批准设立该联合学院。学生将在中国学习两年。</p>
</div></body></html>""",
}


def build_pipelines() -> None:
    for language in LANGUAGES:
        # A pipeline that cannot be built is left to the workers: each one that needs it tries
        # again and reports the error as its documents' failures; here it would end the server.
        with contextlib.suppress(Exception):
            load_pipeline(language)
            _run_sample(language)
    gc.freeze()  # what the samples made stays too: out of the collector's walks, shared


def _run_sample(language: str) -> None:
    """One made-up page through the path a worker's pages take (`pipeline.parallel`)."""
    from pipeline.batch import extract_batch, written
    from pipeline.bulletin import Failure
    from pipeline.inputs import RawPage

    sample = RawPage(data=SAMPLE_PAGES[language].encode(), url=None, charset="utf-8", origin="(sample)")
    for result in extract_batch([sample]):
        if not isinstance(result, Failure):
            written(result)


build_pipelines()
