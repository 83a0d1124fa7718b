from pactwatch.dates import find_date_expressions, latest_full_date, resolve_date
from pactwatch.model import PartialDate


def test_resolve_date_rules():
    cases = [
        (("June 26, 2025", None, None), PartialDate("2025-06-26", "June 26, 2025", False, "explicit")),
        (("August 2025", None, None), PartialDate("2025-08", "August 2025", False, "explicit")),
        (("August 20", None, "2025-06-26"), PartialDate("2025-08-20", "August 20", True, "year-from-article")),
        (("in August", None, "2025-06-26"), PartialDate("2025-08", "in August", True, "year-from-article")),
        (("in August", "2025-07-01", None), PartialDate("2024-08", "in August", True, "year-from-publication")),
        (("Thursday", None, None), PartialDate(None, "Thursday", False, "unresolved")),
        (("Thursday", "2025-09-05", None), PartialDate("2025-09-04", "Thursday", True, "weekday-before-publication")),
        (("Thursday", "2025-09-04", None), PartialDate("2025-09-04", "Thursday", True, "weekday-before-publication")),
        (("yesterday", "2017-02-17", None), PartialDate("2017-02-16", "yesterday", True, "relative-to-publication")),
        (("earlier this month", "2025-09-17", None), PartialDate("2025-09", "earlier this month", True, "relative-to-publication")),
        (("last week", "2025-09-17", None), PartialDate("2025-09", "last week", True, "relative-to-publication")),
        (("last week", "2025-10-08", None), PartialDate(None, "last week", False, "unresolved")),
        (("December 28", "2025-01-05", None), PartialDate("2024-12-28", "December 28", True, "year-from-publication")),
        (("May 3-4", "2017-05-02", None), PartialDate("2017-05", "May 3-4", True, "year-from-publication-day-range")),
        (("August 20", None, None), PartialDate(None, "August 20", False, "unresolved")),
    ]
    assert [resolve_date(w, published=p, anchor=a) for (w, p, a), _ in cases] == [want for _, want in cases]


def test_find_date_expressions_and_anchor():
    text = "Talks on June 26, 2025 and a Thursday meeting; in August he came. Earlier in August, on August 20, it may rain."
    assert [w for _, _, w in find_date_expressions(text)] == ["June 26, 2025", "Thursday", "August", "Earlier in August", "August 20"]
    assert latest_full_date(text) == "2025-06-26"
