import csv
import io
import json
import subprocess
import sys

import openpyxl
import pytest

from pactwatch.cli import EXPORTS, build_parser, main
from tests.conftest import ROOT


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.duckdb")


def run(capsysbinary, *argv) -> bytes:
    assert main(list(argv)) == 0
    return capsysbinary.readouterr().out


def test_export_events_json_has_the_documented_fields(capsysbinary, db):
    out = json.loads(run(capsysbinary, "export", "events", "--format", "json", "--db", db))
    assert [e["date"] for e in out] == ["2025-06-26", "2025-08", "2025-08-20", None]
    e = out[2]
    assert {k: e[k] for k in ("type", "date", "date_precision", "date_text", "location", "location_country",
                              "participants", "countries", "source")} == {
        "type": "visit", "date": "2025-08-20", "date_precision": "day", "date_text": "on August 20",
        "location": "Minsk", "location_country": "BLR",
        "participants": ["Alexander Lukashenko", "Masoud Pezeshkian"], "countries": ["BLR", "IRN"],
        "source": "Iran, Belarus boost defense cooperation: Iranian MoD"}
    assert e["evidence"].startswith("Earlier in August, Iranian President Masoud Pezeshkian")


def test_export_filters_match_the_pages(capsysbinary, db):
    out = json.loads(run(capsysbinary, "export", "events", "--country", "Belarusian", "--from", "2025-08-01",
                         "--to", "2025-08-31", "--no-undated", "--format", "json", "--db", db))
    assert [(e["date"], e["location"]) for e in out] == [("2025-08", "Tehran"), ("2025-08-20", "Minsk")]


def test_export_actors_and_agreements_json(capsysbinary, db):
    actors = json.loads(run(capsysbinary, "export", "actors", "--format", "json", "--db", db))
    lk = next(a for a in actors if a["name"] == "Alexander Lukashenko")
    assert {k: lk[k] for k in ("name", "kind", "country", "titles", "aliases")} == {
        "name": "Alexander Lukashenko", "kind": "person", "country": "BLR", "titles": ["President"],
        "aliases": ["Alexander Lukashenko", "Lukashenko"]}
    [ag] = json.loads(run(capsysbinary, "export", "agreements", "--format", "json", "--db", db))
    assert (ag["count"], ag["kind"], ag["parties"], ag["date"], len(ag["sectors"]), "health" in
            ag["sectors_normalised"]) == (12, "memorandum of understanding", ["BLR", "IRN"], "2025-08-20", 8, True)


def test_export_csv_and_xlsx(capsysbinary, db, tmp_path):
    rows = list(csv.DictReader(io.StringIO(run(capsysbinary, "export", "sectors", "--db", db).decode())))
    assert len(rows) == 9 and {r["documents"] for r in rows} == {"12"}
    out = tmp_path / "ev.xlsx"
    assert main(["export", "events", "--format", "xlsx", "-o", str(out), "--db", db]) == 0
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert ws.max_row == 5 and "participants" in header
    assert ws.cell(2, header.index("participants") + 1).value == "Aziz Nasirzadeh"


def test_bad_arguments_get_clear_messages(capsys, db):
    with pytest.raises(SystemExit) as exc:
        main(["export", "events", "--country", "Atlantis", "--db", db])
    assert exc.value.code == 2
    assert "unknown country 'Atlantis'" in capsys.readouterr().err
    assert main(["export", "events", "--from", "2025-09-01", "--to", "2025-01-01", "--db", db]) == 2
    assert "--from is after --to" in capsys.readouterr().err


def test_help_documents_every_command():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) >= {"export", "load", "extract", "evaluate"}
    for name, p in sub.choices.items():
        assert p.description, f"{name} has no description"
        for action in p._actions:
            if action.dest != "help":
                assert action.help, f"{name} {action.dest} has no help"
    helptext = subprocess.run([sys.executable, "-m", "pactwatch", "--help"], capture_output=True, text=True,
                              cwd=ROOT).stdout
    assert all(name in helptext for name in sub.choices)
    assert set(EXPORTS) == {"events", "actors", "agreements", "sectors"}


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"python -m pactwatch {name}" in readme, f"README does not document '{name}'"


def test_cli_while_another_process_holds_the_store_gets_a_clear_message(tmp_path):
    db = tmp_path / "busy.duckdb"
    from pactwatch.store import Store
    Store.open(db).close()
    holder = subprocess.Popen([sys.executable, "-c", f"from pactwatch.store import Store; s = Store.open({str(db)!r}); "
                                                     "print('ready', flush=True); import time; time.sleep(60)"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = db.read_bytes()
        done = subprocess.run([sys.executable, "-m", "pactwatch", "ingest", str(ROOT / "tests" / "hostile" / "inputs"
                                                                                / "latin-1.txt"), "--db", str(db)],
                              cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2
        assert "is in use by another PactWatch process" in done.stderr
        assert db.read_bytes() == before
    finally:
        holder.kill()
        holder.wait()
    with Store.open(db) as s:
        assert s.cursor().execute("SELECT count(*) FROM sources").fetchone()[0] == 1
