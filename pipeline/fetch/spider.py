"""What to fetch: one spider class that walks any declared source.

From the start URLs it walks the list pages (a next-page link, or numbered pages), asks
for every article link that matches the source's pattern, conditionally when the
article was fetched before, and hands each article on as an `ArticlePage`. A walk stops
early at a list page whose articles are all archived already, but only when the last
run walked to the end, so a run that was stopped never leaves older pages behind.
"""

from __future__ import annotations

import datetime as dt

import scrapy
from scrapy import Request, signals
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from pipeline.fetch import reading
from pipeline.fetch.recorder import ArticlePage, CrawlRecorder, Progress, sha256
from pipeline.fetch.settings import CrawlConfig
from pipeline.fetch.sources import Source


class SourceSpider(scrapy.Spider):
    name = "source"

    def __init__(self, source: dict, config: dict, progress: Progress | None = None, **kwargs):
        self.source = Source.from_dict(source)
        self.config = CrawlConfig(**config)
        super().__init__(name=self.source.name, **kwargs)
        self.allowed_domains = list(self.source.domains)
        self.since = dt.date.fromisoformat(self.config.since) if self.config.since else None
        self.budget = self.config.max_pages
        self.open_walks = 0
        self.walk_cut = False  # a list page was not fetched or followed for want of budget or by failure
        self.progress = progress
        self.recorder: CrawlRecorder | None = None
        self.known: set[str] = set()
        self.stop_early = False

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        return spider

    async def start(self):
        self.recorder = CrawlRecorder.open(
            self.source, self.config.state_path, self.config.archive_dir, self.since, self.progress
        )
        self.known = self.recorder.state.known_urls(self.source.name)
        self.stop_early = self.recorder.previous_walk_complete
        for url in self.source.start_urls:
            request = self._list_request(url, start_url=url, number=None)
            if request is not None:
                self.open_walks += 1
                yield request

    def on_closed(self, spider, reason: str) -> None:
        if self.recorder is not None:
            complete = reason == "finished" and not self.walk_cut and self.open_walks == 0
            self.recorder.finish(reason, walk_complete=complete)

    # -- requests

    def _spend(self) -> bool:
        if self.budget is None:
            return True
        if self.budget <= 0:
            return False
        self.budget -= 1
        return True

    def _list_request(self, url: str, start_url: str, number: int | None) -> Request | None:
        if not self._spend():
            self.walk_cut = True
            return None
        return Request(
            url,
            callback=self.parse_list,
            errback=self.on_error,
            meta={"role": "list", "start_url": start_url, "number": number},
        )

    def _article_request(self, url: str) -> Request | None:
        if not self._spend():
            self.walk_cut = True
            return None
        headers = {}
        before = self.recorder.state.page(url) if self.recorder else None
        if before is not None and before.content_sha256:
            if before.etag:
                headers["If-None-Match"] = before.etag
            if before.last_modified:
                headers["If-Modified-Since"] = before.last_modified
        return Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            headers=headers,
            meta={"role": "article", "handle_httpstatus_list": [304]},
        )

    # -- list pages

    def parse_list(self, response: Response):
        self.recorder.count("fetched")
        page = reading.selector(reading.page_text(response.body, _content_type(response), self.source))
        links = reading.article_urls(page, self.source, response.url)
        wanted = []
        for url in links:
            day = reading.url_date(url, self.source)
            if self.since and day and day < self.since:
                self.recorder.count("skipped")
            else:
                wanted.append(url)
        for url in wanted:
            request = self._article_request(url)
            if request is not None:
                yield request
        next_request = self._next_list_request(response, page, links, wanted)
        if next_request is not None:
            yield next_request
        else:
            self.open_walks -= 1

    def _next_list_request(self, response: Response, page, links: list[str], wanted: list[str]) -> Request | None:
        start_url, number = response.meta["start_url"], response.meta["number"]
        if not links:
            return None  # past the last page
        if self.since and not wanted:
            return None  # every article here is older than --since: older pages are too
        if self.stop_early and all(url in self.known for url in links):
            return None  # caught up with the last complete run
        next_url = reading.next_list_url(page, self.source, response.url)
        if next_url is None and self.source.list.page_url:
            number = self.source.list.first_page if number is None else number + 1
            next_url = reading.numbered_list_url(self.source, start_url, number)
        if next_url is None:
            return None
        return self._list_request(next_url, start_url=start_url, number=number)

    # -- articles

    def parse_article(self, response: Response):
        self.recorder.count("fetched")
        validators = {
            "etag": _header(response, "ETag"),
            "last_modified": _header(response, "Last-Modified"),
        }
        if response.status == 304:
            yield ArticlePage(url=response.url, status=304, **validators)
            return
        exchange = response.meta.get("exchange")
        markup = reading.page_text(response.body, _content_type(response), self.source)
        page = reading.selector(markup)
        fields = reading.read_fields(page, markup, self.source.fields, response.url)
        yield ArticlePage(
            url=response.url,
            status=response.status,
            exchange=exchange,
            canonical_url=reading.canonical_url(response.url, page),
            content_sha256=sha256(response.body),
            text_sha256=fields.text_sha256(),
            title=fields.title,
            published=fields.published() or reading.url_date(response.url, self.source),
            **validators,
        )

    # -- failures

    def on_error(self, failure: Failure) -> None:
        status = None
        if failure.check(HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status}"
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.refused(failure.request, reason, status)

    def refused(self, request: Request, reason: str, status: int | None = None) -> None:
        """A request that brought no page: counted, and noted in the state for an article
        (under the URL that was asked for, when a redirect led elsewhere)."""
        redirects = request.meta.get("redirect_urls")
        url = redirects[0] if redirects else request.url
        if redirects:
            reason = f"{reason} (redirected to {request.url})"
        if request.meta.get("role") == "list":
            ended = status == 404 and request.meta.get("number") is not None
            if not ended:
                self.walk_cut = True
                self.recorder.count_failure(url, reason, article=False, status=status)
            self.open_walks -= 1
            return
        self.recorder.count_failure(url, reason, article=True, status=status)


def _header(response: Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _content_type(response: Response) -> str | None:
    return _header(response, "Content-Type")
