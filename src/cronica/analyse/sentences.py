"""A spaCy component that constrains sentence boundaries before the parser runs.

News text has paragraph breaks (always a boundary) and quotes/colons/abbreviations on which
statistical parsers split wrongly (e.g. a sentence-initial adverb split off after a closing quote).
The parser honours preset ``is_sent_start`` values, so this component sets:

* ``True`` on the first token after a blank line (paragraph break);
* ``False`` on a token whose previous non-space token is not sentence-final punctuation
  (``. ! ? …`` optionally followed by closing quotes/brackets) — a sentence cannot start there.

Everything else is left to the parser (``None``). Language-neutral.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

FINAL = {".", "!", "?", "…", "...", ";"}
CLOSERS = {"”", "\"", "»", "’", "'", ")", "]", "“"}


@Language.component("cronica_sentences")
def cronica_sentences(doc: Doc) -> Doc:
    """Set sentence-start constraints on ``doc`` (see module docstring); returns the same ``Doc``.

    The values are written once with ``Doc.from_array`` (setting ``Token.is_sent_start`` one by one
    re-scans the Doc each time: quadratic on long texts)."""
    starts = numpy.zeros(len(doc), dtype="int64")  # 1 start, -1 not a start, 0 left to the parser
    if len(doc):
        starts[0] = 1
    prev_real = None  # previous non-space token
    prev_text = ""
    for i, tok in enumerate(doc):
        if i == 0 or tok.is_space:
            continue
        gap = doc[i - 1].text if doc[i - 1].is_space else doc[i - 1].whitespace_
        if "\n\n" in gap or (doc[i - 1].is_space and doc[i - 1].text.count("\n") >= 1 and prev_text in FINAL | CLOSERS):
            starts[i] = 1
        elif tok.text in CLOSERS and not doc[i - 1].whitespace_ and doc[i - 1].text in FINAL:
            starts[i] = -1  # a closing quote glued to the full stop ends that sentence
        elif prev_real is not None:
            j = prev_real.i
            while j > 0 and doc[j].text in CLOSERS:
                j -= 1
            if doc[j].text not in FINAL and not doc[j].text.endswith((".", "!", "?")):
                starts[i] = -1
        prev_real = tok
        prev_text = tok.text
    doc.from_array([SENT_START], starts.astype("uint64"))
    return doc
