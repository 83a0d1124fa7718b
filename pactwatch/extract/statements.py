"""Statements: quoted words and reported speech, with their speakers.

Quoted: the text between quotation marks, spoken by the person a speech verb next to
it names ("..., Pezeshkian said") or, for "he"/"she", the last person mentioned before.
Reported: a sentence whose subject is a person (by name, title reference or pronoun)
followed by a speech verb ("Mousavi noted that ...").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SPEECH = r"(?:said|says|told|noted|stressed|emphasi[sz]ed|underlined|underscored|added|stated|declared|affirmed|reaffirmed|described|expressed|praised|commended|denounced|urged|called|voiced|pledged|highlighted|warned|insisted|explained|remarked|asserted|welcomed|thanked|reiterated)"
_QUOTE = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")


@dataclass
class StatementDraft:
    speakers: list[int]
    text: str
    mode: str
    span: tuple[int, int]


def find_statements(text: str, sentences, person_at, last_person_before) -> list[StatementDraft]:
    out: list[StatementDraft] = []
    for s, e in sentences:
        sent = text[s:e]
        found = person_at(s, e)
        quotes = [q for q in _QUOTE.finditer(sent) if len(q.group(1).split()) >= 4]
        if quotes:
            for q in quotes:
                speaker = None
                after = sent[q.end():q.end() + 60]
                m = re.match(rf"\W*\s*(?:(?:he|she)\s+{SPEECH}|{SPEECH}\s+(?:he|she))\b", after, re.I)
                if m:
                    speaker = last_person_before(s + q.start())
                else:
                    near = [p for p, ms, me in found if q.end() <= ms - s <= q.end() + 40 or q.start() - 60 <= ms - s < q.start()]
                    if near and re.search(SPEECH, sent[max(0, q.start() - 60):q.end() + 60]):
                        speaker = near[0]
                if speaker is not None:
                    out.append(StatementDraft([speaker], q.group(1), "quoted", (s, e)))
            continue
        m = re.match(rf"\s*(?:For\s+(?:his|her)\s+part,\s*)?(?P<subj>[^,;]{{2,90}}?)\s+(?:also\s+|further\s+)?{SPEECH}\b", sent)
        if not m:
            continue
        subj_end = s + m.end("subj")
        speakers = [p for p, ms, me in found if ms < subj_end]
        if not speakers and re.fullmatch(r"\s*(?:He|She)", m.group("subj")):
            lp = last_person_before(s)
            speakers = [lp] if lp is not None else []
        if speakers:
            out.append(StatementDraft(list(dict.fromkeys(speakers)), sent, "reported", (s, e)))
    return out
