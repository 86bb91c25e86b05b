"""Downloader middlewares and the offline resolver: how every request is made.

- `StrictOffsiteMiddleware`: Scrapy's offsite filter, also for requests that skip the
  duplicate filter (retries, and redirects that follow them), so a redirect to another
  host is always refused.
- `PoliteRetryMiddleware`: Scrapy's retries, waiting between tries: Retry-After when the
  site sends it (and the whole site slows down), else exponential backoff.
- `ArchiveMiddleware`: every response to the WARC archive, as received.
- `LoopbackResolver` and `LoopbackOnlyMiddleware`: offline runs reach 127.0.0.1 only.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import time

from scrapy import Request
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet import defer

from pipeline.fetch.warc_writer import Exchange

LOOPBACK = "127.0.0.1"


class LoopbackResolver(CachingThreadedResolver):
    """Resolves every host name to 127.0.0.1: the offline mode's guarantee, and how a
    mirror serves several sites (by Host header) from one local port."""

    def getHostByName(self, name: str, timeout=()) -> defer.Deferred:
        return defer.succeed(LOOPBACK)


class LoopbackOnlyMiddleware:
    """Offline: refuse a URL whose host is an address outside 127.0.0.0/8 (names are
    already bound to 127.0.0.1 by the resolver)."""

    def process_request(self, request: Request) -> None:
        host = urlparse_cached(request).hostname or ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return None
        if not address.is_loopback:
            raise IgnoreRequest(f"offline run: {host} is beyond 127.0.0.1")
        return None


class StrictOffsiteMiddleware(OffsiteMiddleware):
    """The offsite filter without its exemptions: retried requests skip the duplicate
    filter, and a redirect they receive must still stay on the source's domains."""

    def request_scheduled(self, request: Request, spider) -> None:
        """A redirect refused here is dropped without an errback: tell the spider."""
        try:
            self.process_request(request)
        except IgnoreRequest as refusal:
            spider.refused(request, f"IgnoreRequest: {refusal}")
            raise

    def process_request(self, request: Request, spider=None) -> None:
        assert self.crawler.spider
        if self.should_follow(request, self.crawler.spider):
            return None
        domain = urlparse_cached(request).hostname
        self.stats.inc_value("offsite/filtered")
        raise IgnoreRequest(f"Filtered offsite request to {domain!r}")


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date. None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class PoliteRetryMiddleware(RetryMiddleware):
    """Retries 5xx and 429 after a wait: the site's Retry-After, else backoff * 2**(try-1)."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff = settings.getfloat("RETRY_BACKOFF", 2.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        told = retry_after_seconds(response.headers.get("Retry-After"))
        if told is not None and told > self.retry_after_max:
            return response  # the site asks for longer than a run waits: give the page up
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        wait = told if told is not None else self.backoff * 2 ** (request.meta.get("retry_times", 0))
        if told is not None:
            self._slow_down_site(request, told)
        await _sleep(wait)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:
        retry = super().process_exception(request, exception)
        if isinstance(retry, Request):
            await _sleep(self.backoff * 2 ** (request.meta.get("retry_times", 0)))
        return retry

    def _slow_down_site(self, request: Request, seconds: float) -> None:
        """A 429 speaks for the whole site: raise its download slot's delay (AutoThrottle eases it back)."""
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        if downloader is None:
            return
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.delay = max(slot.delay, min(seconds, self.crawler.settings.getfloat("AUTOTHROTTLE_MAX_DELAY")))


async def _sleep(seconds: float) -> None:
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    if seconds > 0:
        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


def exchange_of(request: Request, response: Response) -> Exchange:
    """The request as sent and the response as it came off the wire (before decompression)."""
    return Exchange(
        url=response.url,
        status=response.status,
        response_headers=_header_pairs(response.headers),
        body=response.body,
        method=request.method,
        request_headers=_header_pairs(request.headers),
        protocol=response.protocol or "HTTP/1.1",
        ip_address=str(response.ip_address) if response.ip_address else None,
    )


def _header_pairs(headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, values in headers.items() for value in values]


class ArchiveMiddleware:
    """Every response goes to the archive as received. An article's successful response
    waits in the request's meta for the item pipeline, which decides whether it is a
    new bulletin; any other response (list pages, robots.txt, errors, redirects, 304s)
    is written at once to the archive of other responses."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> ArchiveMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        exchange = exchange_of(request, response)
        if request.meta.get("role") == "article" and 200 <= response.status < 300:
            request.meta["exchange"] = exchange
        else:
            self.crawler.spider.recorder.archive_other(exchange)
        return response
