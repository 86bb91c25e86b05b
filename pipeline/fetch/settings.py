"""How to fetch: one crawl's options and the Scrapy settings made from them.

Politeness is Scrapy's and on by default: robots.txt, AutoThrottle starting from the
site's delay, retries with backoff (Retry-After honoured), a size limit, timeouts, the
offsite filter, an identifying User-Agent. Offline (the default) every host name
resolves to 127.0.0.1 and no proxy is used, so nothing beyond this machine is reached.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

from pipeline.fetch.sources import Source

USER_AGENT = "edu-bulletin-pipeline/0.1 (bulletin archive for education research; obeys robots.txt; contact: {contact})"


@dataclass(frozen=True)
class CrawlConfig:
    """Everything one crawl run needs besides its sources. Plain values, so it crosses processes."""

    state_path: str
    archive_dir: str
    max_pages: int | None = None  # list and article pages requested, per source
    since: str | None = None  # ISO date: articles dated before it are skipped
    online: bool = False  # False: every host resolves to 127.0.0.1
    delay: float | None = None  # overrides every source's delay (tests, a mirror)
    timeout: float = 30.0
    retry_times: int = 3
    backoff: float = 2.0  # seconds before the first retry; doubles each time
    retry_after_max: float = 300.0  # a longer Retry-After gives the page up for this run
    max_bytes: int = 10 * 1024 * 1024
    concurrency_per_site: int = 2
    robots: bool = True
    log_file: str | None = None
    log_level: str = "WARNING"
    progress: bool = False
    summary_path: str | None = None

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def process_settings(config: CrawlConfig) -> dict:
    """Settings shared by every source's crawler in one process."""
    contact = os.environ.get("PIPELINE_CRAWL_CONTACT", "see the project's README")
    settings: dict = {
        "USER_AGENT": USER_AGENT.format(contact=contact),
        "ROBOTSTXT_OBEY": config.robots,
        "AUTOTHROTTLE_ENABLED": True,
        "AUTOTHROTTLE_MAX_DELAY": 60.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "CONCURRENT_REQUESTS_PER_DOMAIN": config.concurrency_per_site,
        "DOWNLOAD_TIMEOUT": config.timeout,
        "DOWNLOAD_MAXSIZE": config.max_bytes,
        "DOWNLOAD_WARNSIZE": config.max_bytes // 2,
        "RETRY_TIMES": config.retry_times,
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408, 429],
        "RETRY_BACKOFF": config.backoff,
        "RETRY_AFTER_MAX": config.retry_after_max,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": config.log_level,
        "LOG_FILE": config.log_file,
        "LOG_FILE_APPEND": True,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
            "pipeline.fetch.middlewares.StrictOffsiteMiddleware": 50,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "pipeline.fetch.middlewares.PoliteRetryMiddleware": 550,
            "pipeline.fetch.middlewares.ArchiveMiddleware": 610,
        },
        "ITEM_PIPELINES": {"pipeline.fetch.pipelines.ArticlePipeline": 300},
    }
    if not config.online:
        settings |= {
            "TWISTED_DNS_RESOLVER": "pipeline.fetch.middlewares.LoopbackResolver",
            "HTTPPROXY_ENABLED": False,
        }
        settings["DOWNLOADER_MIDDLEWARES"]["pipeline.fetch.middlewares.LoopbackOnlyMiddleware"] = 10
    return settings


def source_settings(source: Source, config: CrawlConfig) -> dict:
    """Settings of one source's crawler: its own delay."""
    delay = source.delay if config.delay is None else config.delay
    return {"DOWNLOAD_DELAY": delay, "AUTOTHROTTLE_START_DELAY": max(delay, 0.1)}
