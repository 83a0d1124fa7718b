"""Imports of coded events: the real ICEWS sample, malformed rows, GDELT rows, and the CLI."""
from pathlib import Path

from pactwatch import frames
from pactwatch.cli import main
from pactwatch.filters import Filters
from pactwatch.importers import CAMEO_TYPES, import_files
from pactwatch.model import EVENT_TYPES

ICEWS = Path("/work/shared/data/icews-events-2018-sample.tab")
if not ICEWS.exists():  # the sample's first 40 rows (MIT, R package icews), for machines without it
    ICEWS = Path(__file__).parent / "data" / "icews-sample.tab"


def test_cameo_codes_map_to_known_types():
    assert set(CAMEO_TYPES.values()) <= set(EVENT_TYPES)
    assert (CAMEO_TYPES["042"], CAMEO_TYPES["043"], CAMEO_TYPES["057"], CAMEO_TYPES["062"]) == (
        "visit", "reception", "signing", "cooperation")


def test_icews_sample_imports_every_row(store):
    report = import_files(store, [ICEWS], "icews")
    rows = sum(1 for line in ICEWS.read_text(encoding="utf-8").splitlines()[1:] if line.strip())
    assert (report.rows, report.events, report.problems) == (rows, rows, [])
    visits = frames.timeline_frame(store, Filters(types=("visit",)))
    visits = visits[visits["source"].str.startswith("ICEWS")]
    assert len(visits) == report.by_type["visit"] > 0
    first = visits.iloc[0]
    assert first["source"].startswith("ICEWS story ") and "(CAMEO 042)" in first["evidence"]
    assert first["roles"] == ["guest", "host"] or len(first["roles"]) < 2
    for record in store.records():
        assert record.problems() == []  # every evidence line is a span of its source's text
    again = import_files(store, [ICEWS], "icews")  # the same file again replaces its records: nothing doubles
    assert again.events == report.events and again.sources == report.sources
    assert store.cursor().execute("SELECT count(*) FROM events WHERE event_id LIKE 'event:icews-%'").fetchone()[0] \
        == rows


def test_malformed_rows_are_reported_by_line_and_the_rest_imports(store, tmp_path):
    lines = ICEWS.read_text(encoding="utf-8").splitlines()[:6]
    cells = lines[2].split("\t")
    lines[2] = "\t".join(cells[:1] + ["2018-13-45"] + cells[2:])  # bad date, line 3
    lines[4] = "only\tthree\tcolumns"  # line 5
    bad = tmp_path / "bad.tab"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_files(store, [bad], "icews")
    assert report.problems == [f"{bad}:3: Event Date '2018-13-45' is not YYYY-MM-DD",
                               f"{bad}:5: 3 columns, expected 20"]
    assert (report.rows, report.events) == (5, 3)


def gdelt_row(gid="1", day="20250820", code="042", a1="IRN", a2="BLR", fips="BO", url="https://example.org/a"):
    c = [""] * 61
    c[0], c[1], c[26], c[60] = gid, day, code, url
    c[6], c[7], c[16], c[17] = "IRAN", a1, "BELARUS", a2
    c[52], c[53] = "Minsk, Horad Minsk, Belarus", fips
    return "\t".join(c)


def test_gdelt_rows(store, tmp_path):
    f = tmp_path / "20250820.export.CSV"
    f.write_text("\n".join([gdelt_row(), gdelt_row("2", code="0431"), gdelt_row("3", code="1411"),
                            gdelt_row("4", day="2025"), "short\trow"]) + "\n", encoding="utf-8")
    report = import_files(store, [f], "gdelt")
    assert report.events == 3 and report.by_type == {"visit": 1, "reception": 1, "other": 1}
    assert [p.split(": ", 1)[1] for p in report.problems] == ["SQLDATE '2025' is not YYYYMMDD",
                                                              "2 columns, expected 61 (GDELT 2.0)"]
    ev = frames.timeline_frame(store, Filters(types=("visit",)))
    assert (ev.iloc[0]["countries"], ev.iloc[0]["location_country"], ev.iloc[0]["source_url"]) == (
        ["BLR", "IRN"], "BLR", "https://example.org/a")


def test_import_cli(capsys, tmp_path):
    db = tmp_path / "cli.duckdb"
    assert main(["import", "--format", "icews", str(ICEWS), "--db", str(db)]) == 0
    assert "events imported from" in capsys.readouterr().out
