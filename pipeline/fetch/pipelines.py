"""Item pipeline: what happens to a fetched article (archived, unchanged, duplicate, skipped)."""

from __future__ import annotations

from pipeline.fetch.recorder import ArticlePage


class ArticlePipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> ArticlePipeline:
        return cls(crawler)

    def process_item(self, item: ArticlePage) -> ArticlePage:
        self.crawler.spider.recorder.record_article(item)
        return item
