"""The bench corpus: full news pages (40-80 KB, chrome, scripts, English and Chinese, GBK
among them) built deterministically from the annotated bulletins in `corpus/bulletins/`.

Each page carries one bulletin (its title, date, source line, editor, paragraphs), lengthened
to a realistic article with paragraphs of other bulletins of the same language, inside one of
three layouts sites use (a news portal's div soup, a government site's tables, a university
CMS's HTML5), with navigation, breadcrumbs, sidebars of headlines, inline scripts and styles,
a share bar and a footer. Pages go to `bench/corpus/{en,zh}/NNNNN.html` (gitignored); a
manifest records what was built so a later run reuses the pages instead of rebuilding them.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.bulletin import Bulletin

PARTS = Path(__file__).resolve().parent / "page_parts.json"
GENERATOR_VERSION = 2  # bump when pages change, so stale corpora are rebuilt
PAGE_BYTES = (40_000, 80_000)
ARTICLE_CHARS = {"en": (3_000, 7_000), "zh": (1_500, 4_500)}
GBK_SLOTS = (1, 3)  # 2 Chinese pages in every 5 are served as GBK, the way many provincial sites still do
LAYOUTS = ("portal", "gov", "html5")


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: list[str]
    published: dt.datetime
    source: str | None
    editor: str | None
    url: str


def build_corpus(folder: Path, per_language: int, *, source: Path, seed: int = 1) -> dict[str, list[Path]]:
    """`per_language` pages of each language under `folder`, reused when already built alike."""
    manifest = folder / "MANIFEST.json"
    wanted = {"version": GENERATOR_VERSION, "per_language": per_language, "seed": seed}
    if manifest.exists() and json.loads(manifest.read_text(encoding="utf-8")) == wanted:
        return {language: sorted((folder / language).glob("*.html")) for language in ("en", "zh")}
    bulletins = source_bulletins(source)
    pages: dict[str, list[Path]] = {}
    for language in ("en", "zh"):
        target = folder / language
        target.mkdir(parents=True, exist_ok=True)
        for stale in target.glob("*.html"):
            stale.unlink()
        pages[language] = []
        for number in range(per_language):
            rng = random.Random(f"{seed}-{language}-{number}")
            article = make_article(bulletins[language], number, rng)
            gbk = language == "zh" and number % 5 in GBK_SLOTS  # by position, so any 5 pages hold both
            data = render_page(article, bulletins[language], language, rng, gbk=gbk)
            path = target / f"{number:05d}.html"
            path.write_bytes(data)
            pages[language].append(path)
    manifest.write_text(json.dumps(wanted), encoding="utf-8")
    return pages


def source_bulletins(source: Path) -> dict[str, list[Bulletin]]:
    """The corpus bulletins by language (HTML and TXT forms alike)."""
    from pipeline.inputs import read_inputs
    from pipeline.language import detect_language

    found: dict[str, list[Bulletin]] = {"en": [], "zh": []}
    for item in read_inputs([source]):
        if isinstance(item, Bulletin):
            found[item.language or detect_language(item.text)].append(item)
    return found


def make_article(bulletins: list[Bulletin], number: int, rng: random.Random) -> Article:
    """Bulletin `number` (cycling), lengthened with paragraphs of others to a drawn length."""
    lead = bulletins[number % len(bulletins)]
    language = lead.language or ("zh" if any("\u4e00" <= ch <= "\u9fff" for ch in lead.text[:200]) else "en")
    low, high = ARTICLE_CHARS[language]
    wanted = rng.randint(low, high)
    paragraphs = _paragraphs(lead.text)
    while sum(map(len, paragraphs)) < wanted:
        paragraphs += _paragraphs(rng.choice(bulletins).text)
    day = lead.publication_date() or dt.date(2024, 1, 1)
    moment = dt.datetime.combine(day, dt.time(rng.randint(7, 21), rng.randint(0, 59)))
    title = lead.title or paragraphs[0][:40]
    return Article(title, paragraphs, moment, lead.credited_source, lead.editor, _url(lead, number, moment, rng))


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def _url(lead: Bulletin, number: int, moment: dt.datetime, rng: random.Random) -> str:
    site = rng.choice(_parts("zh" if _is_chinese(lead.text) else "en")["sites"])
    return f"https://{site}/{moment:%Y%m}/t{moment:%Y%m%d}_{number:05d}.html"


def _is_chinese(text: str) -> bool:
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text[:400]) > 20


@cache
def _parts(language: str) -> dict:
    return json.loads(PARTS.read_text(encoding="utf-8"))[language]


def render_page(
    article: Article, others: list[Bulletin], language: str, rng: random.Random, *, gbk: bool = False
) -> bytes:
    """The page's bytes: layout, chrome, article, padded with scripts to a drawn size."""
    parts = _parts(language)
    charset = "gbk" if gbk else "utf-8"
    layout = rng.choice(LAYOUTS)
    headlines = [b.title for b in rng.sample(others, min(len(others), 40)) if b.title]
    body = _BODY[layout](article, parts, headlines, rng)
    head = _head(article, parts, charset, language, rng)
    page = f'<!DOCTYPE html>\n<html lang="{"zh-CN" if language == "zh" else "en"}">\n{head}\n{body}\n</html>\n'
    wanted = rng.randint(*PAGE_BYTES)
    padding = wanted - len(page.encode(charset, "xmlcharrefreplace"))
    if padding > 0:
        page = page.replace("</body>", f"{_script_padding(padding, headlines, rng)}\n</body>")
    return page.encode(charset, "xmlcharrefreplace")


def _head(article: Article, parts: dict, charset: str, language: str, rng: random.Random) -> str:
    site = rng.choice(parts["site_names"])
    scripts = "\n".join(
        f'<script src="/static/js/{name}.js?v={rng.randint(100, 999)}"></script>'
        for name in ("jquery.min", "swiper.min", "common", "stat")
    )
    return f"""<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(article.title)}_{_e(site)}</title>
<meta name="keywords" content="{_e(article.title[:20])}">
<meta name="description" content="{_e(article.paragraphs[0][:120])}">
<meta name="publishdate" content="{article.published:%Y-%m-%d %H:%M}">
<meta property="og:title" content="{_e(article.title)}">
<meta property="og:url" content="{article.url}">
<link rel="canonical" href="{article.url}">
<link rel="stylesheet" href="/static/css/style.css">
<style>{_css(rng)}</style>
{scripts}
<script>{_js(rng, 40)}</script>
</head>"""


def _byline(article: Article, parts: dict, separator: str) -> str:
    labels = parts["labels"]
    pieces = [f"{labels['updated']}: {article.published:%Y-%m-%d %H:%M}"]
    if article.source:
        pieces.append(f"{labels['source']}: {_e(article.source)}")
    return separator.join(pieces)


def _editor(article: Article, parts: dict, language: str) -> str:
    if not article.editor:
        return ""
    label = parts["labels"]["editor"]
    return f"【{label}:{_e(article.editor)}】" if language == "zh" else f"{label}: {_e(article.editor)}"


def _article_paragraphs(article: Article, indent: str, rng: random.Random) -> str:
    html_paragraphs = [f"<p>{indent}{_e(p)}</p>" for p in article.paragraphs]
    picture = f'<p style="text-align:center"><img src="/upload/{rng.randint(10**6, 10**7)}.jpg" border="0"></p>'
    html_paragraphs.insert(min(2, len(html_paragraphs)), picture)
    return "\n".join(html_paragraphs)


def _links(labels: list[str], rng: random.Random, count: int) -> str:
    chosen = [rng.choice(labels) for _ in range(count)]
    return "".join(f'<li><a href="/{rng.randint(1000, 99999)}/index.html">{_e(label)}</a></li>' for label in chosen)


def _sidebar(parts: dict, headlines: list[str], rng: random.Random, boxes: int = 3) -> str:
    out = []
    for heading in rng.sample(parts["sidebar_headings"], boxes):
        items = "".join(
            f'<li><span class="num">{n + 1}</span><a href="/a/{rng.randint(10**5, 10**6)}.html" '
            f'title="{_e(h)}">{_e(h)}</a></li>'
            for n, h in enumerate(rng.sample(headlines, 10))
        )
        out.append(f'<div class="box"><h3 class="box-title">{_e(heading)}</h3><ul class="list">{items}</ul></div>')
    return "\n".join(out)


def _footer(parts: dict) -> str:
    return "".join(f"<p>{_e(line)}</p>" for line in parts["footer"])


def _crumb(parts: dict, language: str) -> str:
    home, section = parts["nav"][0], parts["nav"][2]
    arrow = " > "
    label = "当前位置：" if language == "zh" else "You are here: "
    trail = f'{label}<a href="/">{_e(home)}</a>{arrow}<a href="/news/">{_e(section)}</a>'
    return f"{trail}{arrow}正文" if language == "zh" else trail


def _language_of(parts: dict) -> str:
    return "zh" if parts["labels"]["source"] == "来源" else "en"


def _portal(article: Article, parts: dict, headlines: list[str], rng: random.Random) -> str:
    language = _language_of(parts)
    indent = "　　" if language == "zh" else ""
    labels = parts["labels"]
    related = "".join(
        f'<li><a href="/r/{rng.randint(10**5, 10**6)}.html">{_e(h)}</a></li>' for h in rng.sample(headlines, 6)
    )
    return f"""<body>
<div class="top-bar"><div class="wrap"><a href="/">{_e(parts["nav"][0])}</a> |
<a href="/en/">English</a> | <a href="/m/">Mobile</a></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/static/img/logo.png" alt="logo"></a></div>
<div class="search"><form action="/search"><input type="text" name="q"><button>Search</button></form></div></div>
<div class="nav"><ul>{_links(parts["nav"], rng, rng.randint(30, 60))}</ul></div>
<div class="crumb">{_crumb(parts, language)}</div>
<div class="main wrap">
<div class="left">
<h1 class="article-title">{_e(article.title)}</h1>
<div class="info">{_byline(article, parts, "&nbsp;&nbsp;&nbsp;")}&nbsp;&nbsp;<span class="font">{_e(labels["font"])}:
<a>L</a> <a>M</a> <a>S</a></span></div>
<div class="article-content" id="content">
{_article_paragraphs(article, indent, rng)}
</div>
<div class="editor">{_editor(article, parts, language)}</div>
<div class="share">{_e(labels["share"])}: <a href="#">WeChat</a> <a href="#">Weibo</a> <a href="#">QQ</a>
<a href="javascript:window.print()">{_e(labels["print"])}</a></div>
<div class="related"><h3>{_e(parts["related_prefix"])}</h3><ul>{related}</ul></div>
</div>
<div class="right">{_sidebar(parts, headlines, rng)}</div>
</div>
<div class="footer">{_footer(parts)}</div>
</body>"""


def _gov(article: Article, parts: dict, headlines: list[str], rng: random.Random) -> str:
    language = _language_of(parts)
    indent = "　　" if language == "zh" else ""
    nav_cells = "".join(
        f'<td class="navtd"><a href="/col{rng.randint(10, 999)}/">{_e(label)}</a></td>'
        for label in rng.sample(parts["nav"], 12)
    )
    return f"""<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="160"></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="navtable">
<tr>{nav_cells}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="240" valign="top" class="leftside">{_sidebar(parts, headlines, rng, boxes=2)}</td>
<td width="760" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="weizhi">{_crumb(parts, language)}</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="bt" align="center">{_e(article.title)}</td></tr>
<tr><td class="xx" align="center">{_byline(article, parts, "　　")}</td></tr>
<tr><td class="nr"><div id="zoom">
{_article_paragraphs(article, indent, rng)}
</div></td></tr>
<tr><td align="right">{_editor(article, parts, language)}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">[{_e(parts["labels"]["print"])}]</a>
<a href="javascript:window.close()">[X]</a></td></tr>
</table></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">{_footer(parts)}</td></tr></table>
</body>"""


def _html5(article: Article, parts: dict, headlines: list[str], rng: random.Random) -> str:
    language = _language_of(parts)
    menu = "".join(
        f'<li class="menu-item"><a href="/{rng.randint(100, 999)}/">{_e(label)}</a>'
        f'<ul class="sub">{_links(parts["nav"], rng, 5)}</ul></li>'
        for label in parts["nav"][:10]
    )
    return f"""<body class="news-detail">
<header class="site-header"><div class="container"><a class="brand" href="/">{_e(parts["site_names"][2])}</a>
<nav class="main-nav" aria-label="main"><ul>{menu}</ul></nav></div></header>
<div class="breadcrumb-bar"><div class="container">{_crumb(parts, language)}</div></div>
<main class="container"><div class="row">
<article class="post col-md-8">
<h1 class="post-title">{_e(article.title)}</h1>
<p class="post-meta">{_byline(article, parts, " | ")}</p>
<section class="article-body">
{_article_paragraphs(article, "", rng)}
<p class="post-editor">{_editor(article, parts, language)}</p>
</section>
<div class="post-share">{_e(parts["labels"]["share"])}:
<a class="wechat" href="#"></a><a class="weibo" href="#"></a></div>
</article>
<aside class="sidebar col-md-4">{_sidebar(parts, headlines, rng)}</aside>
</div></main>
<footer class="site-footer"><div class="container">{_footer(parts)}</div></footer>
</body>"""


_BODY = {"portal": _portal, "gov": _gov, "html5": _html5}


def _css(rng: random.Random) -> str:
    rules = []
    for number in range(rng.randint(60, 120)):
        rules.append(
            f".c{number}{{margin:{rng.randint(0, 20)}px;padding:0 {rng.randint(0, 20)}px;"
            f"color:#{rng.randint(0, 0xFFFFFF):06x};font-size:{rng.randint(12, 18)}px}}"
        )
    return "".join(rules)


def _js(rng: random.Random, functions: int) -> str:
    """Minified-looking script, as analytics and slider plugins inline it."""
    out = []
    for number in range(functions):
        name = f"_{rng.randint(10**5, 10**6):x}"
        out.append(
            f"function {name}(e,t){{var n=e.length,r=[];for(var i=0;i<n;i++){{r.push(e[i]*{number}+t)}}"
            f"return r.join('{rng.randint(0, 9)}')}};window.{name}={name};"
        )
    return "".join(out)


def _script_padding(size: int, headlines: list[str], rng: random.Random) -> str:
    """Inline scripts (a news list as JSON, then plugin code) of about `size` bytes."""
    news = json.dumps(
        [{"t": h, "u": f"/a/{rng.randint(10**5, 10**6)}.html"} for h in headlines[:20]], ensure_ascii=False
    )
    chunks = [f"<script>var __NEWS__={news};</script>"]
    used = len(chunks[0].encode("utf-8"))
    while used < size:
        chunk = f"<script>{_js(rng, 20)}</script>"
        chunks.append(chunk)
        used += len(chunk)
    return "\n".join(chunks)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def iter_pages(pages: dict[str, list[Path]]) -> Iterator[Path]:
    """English and Chinese pages interleaved, as a crawl of mixed sites delivers them."""
    english, chinese = pages["en"], pages["zh"]
    for number in range(max(len(english), len(chinese))):
        yield from (pages_[number] for pages_ in (english, chinese) if number < len(pages_))
