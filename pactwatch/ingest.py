"""Ingestion: file bytes or pasted text in, a draft record in the store out.

Bad input gets a clear ``IngestError`` and nothing is stored; one bad file never
stops the rest of a batch. Each article is saved in one store transaction, so a
crash leaves every article either fully in or not at all.

Decoding: a BOM wins; then strict UTF-8; then UTF-16 without BOM (recognised by
its NUL-byte pattern); then charset-normalizer's best guess (Windows-1251
Cyrillic, Latin-1 ...). HTML is reduced to its article text by trafilatura,
which keeps paragraphs as lines (a line break ends a sentence downstream).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from .model import Record, content_hash
from .store import Store

MAX_FILE_BYTES = 5 * 1024 * 1024      #: larger files are refused (a news article is ~5–100 kB)
MAX_TEXT_CHARS = 200_000              #: ~30,000 words: far beyond any article
MAX_BATCH_FILES = 2_000               #: per call from the dashboard
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
MIN_HTML_TEXT = 40                    #: shorter "article text" from a page is navigation debris

_MAGIC = {
    b"%PDF": "a PDF document", b"\x89PNG": "a PNG image", b"PK\x03\x04": "a ZIP archive (or .docx/.xlsx)",
    b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program", b"GIF8": "a GIF image", b"\xff\xd8\xff": "a JPEG image",
    b"BZh": "a bzip2 archive", b"\xd0\xcf\x11\xe0": "an old Office document", b"SQLite format 3": "a database",
}


class IngestError(ValueError):
    """An article that cannot be taken, with the reason in words for the analyst."""


@dataclass
class Article:
    """An article ready for extraction: its text as PactWatch will keep it, and what is known about it."""

    text: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    name: str = "pasted text"


def decode_bytes(raw: bytes) -> str:
    """Text from file bytes, or IngestError saying why not."""
    if not raw or not raw.strip():
        raise IngestError("the file is empty")
    if len(raw) > MAX_FILE_BYTES:
        raise IngestError(f"the file is {len(raw) / 1e6:.1f} MB; articles larger than "
                          f"{MAX_FILE_BYTES // (1024 * 1024)} MB are refused")
    for magic, what in _MAGIC.items():
        if raw.startswith(magic):
            raise IngestError(f"this is {what}, not an article text; save the article as .txt or .html")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):  # these codecs drop the BOM
        if raw.startswith(bom):
            try:
                return _check_text(raw.decode(enc))
            except UnicodeDecodeError as exc:
                raise IngestError(f"the file starts with a {enc} byte-order mark but is not valid {enc}") from exc
    try:
        return _check_text(raw.decode("utf-8"))
    except (UnicodeDecodeError, IngestError):
        pass
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if b"\x00" in raw:
        raise IngestError("the file holds binary data (NUL bytes), not text")
    from charset_normalizer import from_bytes
    best = from_bytes(raw).best()
    if best is None:
        raise IngestError("the file's text encoding could not be recognised; save it as UTF-8")
    return _check_text(str(best))


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a byte-order mark, when one byte order reads as plain text."""
    if len(raw) % 2 or len(raw) < 4:
        return None
    best, best_share = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        sample = text[:5000]
        plain = sum(1 for ch in sample if ch in "\n\r\t" or unicodedata.category(ch)[0] in "LNPZS")
        share = plain / max(1, len(sample))
        # CJK/Hangul pairs of ASCII bytes also decode "cleanly": require some ASCII or a single script's block.
        if share > best_share:
            best, best_share = text, share
    if best is not None and best_share > 0.97 and any(ch.isalpha() for ch in best[:5000]):
        # Real text has word spaces; bytes misread as UTF-16 give runs of odd letters without any.
        spaces = sum(1 for ch in best[:5000] if ch in " \n") / max(1, len(best[:5000]))
        if spaces > 0.05:
            return best
    return None


def _check_text(text: str) -> str:
    controls = sum(1 for ch in text[:20000] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(10, len(text[:20000]) // 50):
        raise IngestError("the file holds binary data or control characters, not text")
    return text


def clean_text(text: str) -> str:
    """Normalise line ends, drop control characters and trailing spaces; never rewrites words."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise IngestError("no article text: the input is empty or only whitespace")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(f"the text has {len(text):,} characters; more than {MAX_TEXT_CHARS:,} is not an article")
    return text


def looks_like_html(text: str, name: str = "") -> bool:
    if name.lower().endswith((".html", ".htm")):
        return True
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)


def html_article(html_text: str) -> tuple[str, dict]:
    """The article text of an HTML page (trafilatura), and the title/date/site it states."""
    import trafilatura
    text = trafilatura.extract(html_text, include_comments=False, include_tables=False, favor_precision=True,
                               deduplicate=True)
    if not text or not text.strip():
        text = trafilatura.extract(html_text, include_comments=False, favor_recall=True)
    if not text or len(text.strip()) < MIN_HTML_TEXT:
        raise IngestError("no article text found in this HTML page")
    meta = trafilatura.extract_metadata(html_text)
    info = {}
    if meta is not None:
        info = {"title": meta.title, "published": meta.date, "publisher": meta.sitename, "url": meta.url}
    return text, {k: v for k, v in info.items() if v}


def article_text(raw: bytes, name: str = "") -> str:
    """Plain article text of a file's bytes (decoded, HTML reduced); IngestError if unusable."""
    return read_article(raw, name).text


def read_article(raw: bytes, name: str = "", **known) -> Article:
    """An Article from file bytes; fields given in ``known`` win over what the page states."""
    text = decode_bytes(raw)
    info: dict = {}
    if looks_like_html(text, name):
        text, info = html_article(text)
    text = clean_text(text)
    info.update({k: v for k, v in known.items() if v})
    published = info.get("published")
    if published and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", str(published)):
        published = None
    return Article(text=text, title=info.get("title"), published=published, publisher=info.get("publisher"),
                   url=info.get("url"), name=name or "file")


_DATELINE = re.compile(
    r"^(?:(?:published|posted|updated|date|released)\s*(?:on)?\s*:?\s*"   # "Published: 3 September 2025"
    r"|[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Za-z.\- ]{2,30})?\s*[,(]\s*"        # "TEHRAN, Sept. 3 (Xinhua)"
    r"|(?=[A-Z0-9][^\n]{0,40}$))",                                        # a line holding only a date
    re.IGNORECASE)


def dateline_date(text: str) -> str | None:
    """The publication date a dateline or by-line states, if the article's first lines have one.

    Only lines shaped like datelines count ("TEHRAN, Sept. 3 (Xinhua) --",
    "Published: 3 September 2025", a line that is only a date): a date inside a
    sentence or photo caption is an event's date, not the publication's.
    """
    from .dates import find_date_expressions, resolve_date
    for line in text.split("\n")[:6]:
        line = line.strip()
        m = _DATELINE.match(line)
        if not m or not line:
            continue
        for start, end, words in find_date_expressions(line[:120]):
            if start > m.end() + 25:
                break
            d = resolve_date(words)
            if d.precision == "day" and not d.inferred:
                return d.value
    return None


@dataclass
class IngestResult:
    name: str
    status: str            # "added", "unchanged", "merged" or "skipped"
    message: str
    source_id: str | None = None
    events: int = 0


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def summary(self) -> str:
        return (f"{self.count('added')} added, {self.count('merged')} merged with stored sources, "
                f"{self.count('unchanged')} already stored (unchanged), {self.count('skipped')} skipped")


def ingest_article(store: Store, article: Article) -> IngestResult:
    """Extract a draft record from one article and store it (one transaction); never raises for bad input."""
    from .extract import extract_record
    from .merge import merge_into_store
    try:
        text = clean_text(article.text)
    except IngestError as exc:
        return IngestResult(article.name, "skipped", str(exc))
    sid = content_hash(text)[:16]
    if store.has_source(sid):
        return IngestResult(article.name, "unchanged", "this article is already stored; nothing changed", sid)
    published = article.published or dateline_date(text)
    try:
        record = extract_record(text, published=published, title=article.title, publisher=article.publisher,
                                url=article.url)
    except Exception as exc:  # an extractor bug must not lose the rest of the batch
        return IngestResult(article.name, "skipped", f"extraction failed ({type(exc).__name__}: {exc})", sid)
    merged = merge_into_store(store, record)
    store.save_record(record)
    msg = f"{len(record.events)} events, {len(record.agreements)} agreements, " \
          f"{sum(a.kind == 'person' for a in record.actors)} persons"
    if not record.events:
        msg += " — no meeting or signing found; the article is stored and listed for review"
    if merged:
        msg += f"; merged with stored records: {merged}"
    return IngestResult(article.name, "merged" if merged else "added", msg, sid, len(record.events))


def ingest_files(store: Store, paths: Iterable[Path], *, published: str | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> IngestReport:
    """Ingest files and folders (recursively: .txt, .md, .html, .htm)."""
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            files.append(p)
    report = IngestReport()
    for i, f in enumerate(files):
        if progress:
            progress(i, len(files), str(f))
        try:
            size = f.stat().st_size
            if size > MAX_FILE_BYTES:
                raise IngestError(f"the file is {size / 1e6:.1f} MB; articles larger than "
                                  f"{MAX_FILE_BYTES // (1024 * 1024)} MB are refused")
            article = read_article(f.read_bytes(), f.name, published=published)
        except (IngestError, OSError) as exc:
            report.results.append(IngestResult(str(f), "skipped", str(exc)))
            continue
        article.name = str(f)
        report.results.append(ingest_article(store, article))
    if progress:
        progress(len(files), len(files), "")
    return report
