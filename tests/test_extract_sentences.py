from pactwatch.extract.sentences import split_sentences


def test_sentences_lines_quotes_abbreviations():
    text = ("Headline without a stop\nCaption on June 26, 2025. (AP Photo)\n"
            "Gen. Pat Ryder met the U.S. envoy Antony J. Blinken. He left nations.“Such a thing,” he said.")
    got = [text[s:e] for s, e in split_sentences(text)]
    assert got == ["Headline without a stop", "Caption on June 26, 2025.", "(AP Photo)",
                   "Gen. Pat Ryder met the U.S. envoy Antony J. Blinken.", "He left nations.", "“Such a thing,” he said."]
