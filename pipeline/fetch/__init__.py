"""Fetch stage: polite, incremental crawling of bulletin sites into a WARC archive.

What to fetch is a `Source` (one TOML file per site under `pipeline/resources/sources/`);
how to fetch is Scrapy with the settings in `settings.py`; what happens to a fetched
page is the item pipeline in `pipelines.py`, which writes the archive (`warc_writer.py`)
and the crawl state (`state.py`) that `extract --new` reads.
"""
