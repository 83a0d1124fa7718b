"""Writes the hostile corpus (tests/hostile/inputs/) and its manifest of expected outcomes.

Run once when changing the corpus: `.venv/bin/python tests/hostile/make_corpus.py`. The files are
committed; the two large inputs (a 50 MB file, one gigantic line) are made by the test at run time.
"""
import gzip
import io
import json
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "inputs"
ARTICLE = ("Turkmen President Serdar Berdimuhamedov received Uzbek Foreign Minister Bakhtiyor Saidov in Ashgabat "
           "on March 3, 2025.\nThe sides signed three agreements on energy, transport and culture.\n")
CYR = ("Президент Беларуси Александр Лукашенко встретился с президентом Ирана Масудом Пезешкианом в Минске 20 "
       "августа 2025 года. Стороны подписали 12 меморандумов о взаимопонимании.\n")

files: dict[str, bytes] = {}
expect: dict[str, dict] = {}


def add(name: str, data: bytes | str, outcome: str, contains: str = "", note: str = "", absent: str = ""):
    files[name] = data.encode("utf-8") if isinstance(data, str) else data
    expect[name] = {"outcome": outcome, "message_contains": contains, "note": note, "text_lacks": absent}


random.seed(7)
add("empty.txt", b"", "skipped", "empty", "zero bytes")
add("whitespace-only.txt", "  \n\t\n   \r\n", "skipped", "empty", "only white space")
add("random-binary.txt", bytes(random.randrange(256) for _ in range(4096)), "skipped", "binary",
    "random bytes with NULs, named .txt")
add("pdf-named-txt.txt", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n" + bytes(range(256)), "skipped", "PDF")
add("png-named-txt.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "skipped", "PNG image")
add("zip-named-html.html", b"PK\x03\x04" + bytes(100), "skipped", "ZIP")
add("gzip-named-txt.txt", gzip.compress(ARTICLE.encode() * 50), "skipped", "gzip")
add("elf-program.txt", b"\x7fELF\x02\x01\x01" + bytes(300), "skipped", "program")
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("bomb.txt", b"0" * (20 * 1024 * 1024))
add("zip-bomb.txt", buf.getvalue(), "skipped", "ZIP", "20 MB of zeros zipped; archives are never opened")
add("many-control-chars.txt", ("\x07\x1b\x08" * 400 + "text ") * 20, "skipped", "control characters")
add("windows-1251-cyrillic.txt", CYR.encode("cp1251"), "added", "", "Windows-1251 Cyrillic without declaration")
add("utf-16-le-no-bom.txt", ARTICLE.encode("utf-16-le"), "added", "", "UTF-16 little-endian, no BOM")
add("utf-16-be-no-bom.txt", ARTICLE.replace("three", "four").encode("utf-16-be"), "added", "", "UTF-16 BE, no BOM")
add("utf-16-with-bom.txt", ARTICLE.replace("three", "five").encode("utf-16"), "added")
add("utf-8-with-bom.txt", b"\xef\xbb\xbf" + ARTICLE.replace("three", "six").encode(), "added")
add("latin-1.txt", "Le président français a reçu à l'Élysée le chancelier allemand le 3 mars 2025.\n".encode("latin-1"),
    "added")
add("invalid-utf8-bytes.txt", ARTICLE.encode() + b"\xed\xa0\x80\xff\xfe broken", "added", "",
    "stray invalid bytes: decoded by best guess, never crashes")
add("nul-in-text.txt", ARTICLE.replace("three", "two").replace("Ashgabat", "Ash\x00gabat").encode(), "added", "", "one NUL byte",
    absent="\x00")
add("script-in-html.html",
    "<html><head><title>Talks</title><script>alert(1)</script></head><body><article><p>" + ARTICLE +
    "</p><p>The ministers discussed transit corridors and regional security at length.</p>"
    "<img src=x onerror=alert(2)><script>document.cookie</script><iframe src='javascript:alert(3)'></iframe>"
    "</article></body></html>", "added", "", "scripts, handlers and iframes are dropped", absent="<script")
add("script-as-text.txt", "Leaders meet\n<script>alert('x')</script> President Tokayev met President Mirziyoyev "
    "in Astana on March 4, 2025.\n", "added", "", "HTML in a .txt stays text, shown escaped")
add("markdown-tricks.md", "# Heading\n[click me](javascript:alert(1)) ![img](x onerror=alert(1)) $x^2$ "
    ":red[colour] **bold** <b>tag</b>\nPresident Aliyev received President Mirziyoyev in Baku on May 2, 2025.\n",
    "added", "", "Markdown, LaTeX and directives must show as text")
add("plotly-markup.txt", "Minister <a href='javascript:alert(1)'>Smith</a> met %{x} and <b>Jones</b> "
    "in <i>Paris</i> on June 1, 2025.\n", "added", "", "plotly hover markup must show as text")
add("svg-onload.html", "<html><body><svg onload=alert(1)><text>x</text></svg><article><p>" + ARTICLE.replace(
    "three", "seven") + "</p><p>Both sides praised the talks as constructive and forward-looking.</p></article>"
    "</body></html>", "added", "", absent="onload")
add("html-entities.html", "<html><body><article><p>&lt;script&gt;alert(1)&lt;/script&gt; " + ARTICLE.replace(
    "three", "eight") + "</p><p>Officials said further meetings would follow in the autumn.</p></article>"
    "</body></html>", "added", "", "escaped markup becomes literal text")
add("html-without-article.html", "<html><head><script>var a=1;</script></head><body><nav>Home</nav></body></html>",
    "skipped", "no article text")
add("right-to-left.txt", "التقى الرئيس الإيراني مسعود بزشكيان بالرئيس البيلاروسي ألكسندر لوكاشينكو في مينسك.\n"
    "שר החוץ נפגש עם עמיתו.\n", "added", "", "Arabic and Hebrew")
add("bidi-override.txt", "President \u202eokneshakuL\u202c met President Pezeshkian in Minsk on August 20, 2025.\n",
    "added", "", "right-to-left override characters")
add("zalgo-emoji.txt", "P̷r̷e̷s̷i̷d̷e̷n̷t̷ 🇮🇷🇧🇾 met 🤝 in Minsk on August 20, 2025.\n", "added")
add("no-events.txt", "The weather in Minsk was mild on Tuesday.\nMarkets were calm.\n", "added",
    "no meeting or signing found", "an article with no events is stored and flagged")
add("only-punctuation.txt", "-----\n.....\n!!!\n", "added", "no meeting or signing found")
add("huge-title.html", "<html><head><title>" + "T" * 100_000 + "</title></head><body><article><p>" + ARTICLE.replace(
    "three", "nine") + "</p><p>The visit ended with a joint press conference in the capital.</p></article>"
    "</body></html>", "added")
add("duplicate-of-utf8-bom.txt", ARTICLE.replace("three", "six").encode(), "unchanged", "already stored",
    "same text as utf-8-with-bom.txt: nothing changes")
add("crlf-and-cr.txt", ARTICLE.replace("\n", "\r\n").replace("three", "ten").encode() + b"Extra line\rAnother\r",
    "added")
expect["GENERATED:huge-50mb.txt"] = {"outcome": "skipped", "message_contains": "MB", "note": "50 MB of text",
                                     "text_lacks": ""}
expect["GENERATED:one-gigantic-line.txt"] = {"outcome": "skipped", "message_contains": "characters",
                                             "note": "4 MB on one line", "text_lacks": ""}

# Record JSON files for `python -m pactwatch load` / the record import.
seed = json.loads((HERE.parent.parent / "data" / "corpus" / "iran-belarus-defense-cooperation.record.json")
                  .read_text(encoding="utf-8"))
records = {
    "truncated.record.json": (json.dumps(seed)[:5000], "not JSON"),
    "not-an-object.record.json": ("[1, 2, 3]", "must be a JSON object"),
    "wrong-types.record.json": (json.dumps({**seed, "events": [{**seed["events"][0], "countries": "IRN"}]}),
                                "must be a list of strings"),
    "bad-offsets.record.json": (json.dumps({**seed, "events": [{**seed["events"][0], "evidence": [
        {**seed["events"][0]["evidence"][0], "start": 5}]}]}), "do not match"),
    "newer-format.record.json": (json.dumps({**seed, "format_version": 99}), "newer"),
    "hash-mismatch.record.json": (json.dumps({**seed, "source": {**seed["source"], "content_hash": "0" * 64}}),
                                  "content_hash"),
    "deep-nesting.record.json": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "bad-date.record.json": (json.dumps({**seed, "events": [{**seed["events"][0], "date": {"value": "2025-13-45"}}]}),
                             "not a partial ISO date"),
    "latin1-bytes.record.json": ("{\"source\": \"caf\xe9\"}".encode("latin-1"), "not JSON in UTF-8"),
    "unknown-event-type.record.json": (json.dumps({**seed, "events": [{**seed["events"][0], "type": "party"}]}),
                                       "unknown event type"),
}
for name, (data, contains) in records.items():
    files[name] = data if isinstance(data, bytes) else data.encode("utf-8")
    expect[name] = {"outcome": "refused", "message_contains": contains, "note": "record JSON", "text_lacks": ""}

if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    (HERE / "expected.json").write_text(json.dumps(expect, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(expect)} hostile inputs, {len(files)} files written")
