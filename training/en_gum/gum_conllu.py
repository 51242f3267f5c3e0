"""Read GUM CoNLL-U documents (UD English-GUM, V11.1.0) into spaCy ``Doc`` objects.

Shared by ``prepare.py`` (training corpora) and ``benchmarks/parser_accuracy.py``
(held-out evaluation), so training and evaluation use the same NER derivation.

Source of the format: /work/shared/data/ud/en_gum/README.md (CorefUD bracket
notation in MISC ``Entity=``; fields GRP-etype-infstat-salience-centering-
minspan-link-identity).

NER derivation (own rule, documented in training/en_gum/README.md):
  * a mention is *named* when its syntactic head (the first token of the mention
    whose HEAD lies outside the mention) is PROPN, or when the mention carries a
    Wikipedia identity and its head is capitalised;
  * etype mapping: person→PERSON, place→GPE, organization→ORG, event→EVENT;
    all other etypes are ignored;
  * the span is trimmed to the name around the head (PROPN/capitalised tokens,
    inner connectors "of", "and", "-", ...): determiners, possessive 's, titles
    in lower case, appositions and relative clauses are left out (OntoNotes-like);
  * overlapping spans: the longest wins (outermost), then the earliest.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

GUM_DIR = Path("/work/shared/data/ud/en_gum")
#: Genres whose *text* licence allows a redistributable model (GUM LICENSE.txt).
ALLOWED_GENRES = ("news", "interview", "academic", "court", "bio", "voyage")
#: Single documents of genres not cleared as a whole whose own source (``# meta::sourceURL``) is
#: redistributable; checked 2026-11-30. US federal government works are public domain (17 U.S.C. §105);
#: OpenStax and Rebus Press textbooks are CC BY 4.0; creativecommons.org posts are CC BY 4.0.
ALLOWED_DOCS = frozenset({
    "GUM_speech_floyd",           # speaker.gov (US House): public domain
    "GUM_speech_maiden",          # congress.gov Congressional Record: public domain
    "GUM_speech_nixon",           # presidential address (presidency.ucsb.edu): public domain
    "GUM_speech_remarks",         # presidential remarks (presidency.ucsb.edu): public domain
    "GUM_speech_telescope",       # whitehouse.gov: public domain
    "GUM_speech_school",          # creativecommons.org: CC BY 4.0
    "GUM_speech_impeachment",     # congress.gov (dev)
    "GUM_speech_inauguration",    # presidential inaugural address (dev)
    "GUM_textbook_anthropology", "GUM_textbook_cognition", "GUM_textbook_entrepreneurship",
    "GUM_textbook_grit", "GUM_textbook_history", "GUM_textbook_sociology", "GUM_textbook_spacetime",
    "GUM_textbook_stats", "GUM_textbook_governments", "GUM_textbook_labor",   # OpenStax: CC BY 4.0
    "GUM_textbook_artwork", "GUM_textbook_evoethics",                         # Rebus Press: CC BY 4.0
})
#: GUM etype → spaCy-style NER label.
ETYPE_TO_LABEL = {"person": "PERSON", "place": "GPE", "organization": "ORG", "event": "EVENT"}



@dataclass
class Sentence:
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # absolute index in sentence, self for root
    deps: list[str] = field(default_factory=list)
    misc: list[str] = field(default_factory=list)


def split_ids(split: str) -> list[str]:
    """Return the document ids of a GUM split ('train', 'dev', 'test') from splits.json."""
    return json.loads((GUM_DIR / "splits.json").read_text())[split]


def genre_of(doc_id: str) -> str:
    """'GUM_news_iodine' → 'news'."""
    return doc_id.split("_")[1]


def read_sentences(path: Path) -> list[Sentence]:
    """Parse one CoNLL-U file into sentences (word lines only; MWT range and empty
    nodes skipped). SpaceAfter=No is honoured; the range line's SpaceAfter applies
    to the last word of a multiword token."""
    sents: list[Sentence] = []
    cur = Sentence()
    mwt_end = -1
    mwt_space = True
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur.words:
                sents.append(cur)
            cur = Sentence()
            mwt_end = -1
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        tid = cols[0]
        if "-" in tid:
            mwt_end = int(tid.split("-")[1])
            mwt_space = "SpaceAfter=No" not in cols[9]
            continue
        if "." in tid:
            continue
        i = int(tid)
        cur.words.append(cols[1])
        if mwt_end != -1 and i <= mwt_end:
            cur.spaces.append(mwt_space if i == mwt_end else False)
        else:
            cur.spaces.append("SpaceAfter=No" not in cols[9])
        cur.lemmas.append(cols[2])
        cur.upos.append(cols[3])
        cur.xpos.append(cols[4])
        cur.feats.append("" if cols[5] == "_" else cols[5])
        h = int(cols[6])
        cur.heads.append(i - 1 if h == 0 else h - 1)
        cur.deps.append("ROOT" if cols[7] == "root" else cols[7])
        cur.misc.append(cols[9])
    if cur.words:
        sents.append(cur)
    return sents


def _entity_field(misc: str) -> str:
    for kv in misc.split("|"):
        if kv.startswith("Entity="):
            return kv[len("Entity="):]
    return ""


def doc_mentions(sents: list[Sentence]) -> list[tuple[int, int, str, str, int]]:
    """Return mentions as (sent_index, start, end_exclusive, etype, has_identity).

    Mentions that cross a sentence boundary are dropped (rare)."""
    out = []
    open_stack: dict[str, list[tuple[int, int, str, int]]] = {}
    for si, s in enumerate(sents):
        for ti, misc in enumerate(s.misc):
            ent = _entity_field(misc)
            if not ent:
                continue
            # process in textual order: opens and closes interleave, e.g. "(5-...-coref)4)"
            pos = 0
            while pos < len(ent):
                if ent[pos] == "(":
                    m = re.match(r"\(([^()]+)", ent[pos:])
                    body = m.group(1)
                    pos += m.end()
                    fields = body.split("-")
                    grp, etype = fields[0], fields[1]
                    identity = 1 if len(fields) > 7 and "-".join(fields[7:]) else 0
                    if pos < len(ent) and ent[pos] == ")":  # single-token mention
                        pos += 1
                        out.append((si, ti, ti + 1, etype, identity))
                    else:
                        open_stack.setdefault(grp, []).append((si, ti, etype, identity))
                else:
                    m = re.match(r"(\d+)\)", ent[pos:])
                    if not m:
                        pos += 1
                        continue
                    pos += m.end()
                    grp = m.group(1)
                    if open_stack.get(grp):
                        osi, oti, etype, identity = open_stack[grp].pop()
                        if osi == si:
                            out.append((si, oti, ti + 1, etype, identity))
    return out


_CONNECTORS = {"of", "and", "the", "de", "du", "la", "von", "van", "-", "&", ".", "'"}


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def _named_core(s: Sentence, start: int, end: int, identity: int) -> tuple[int, int] | None:
    """Return the name part (start, end_excl) of mention [start, end), or None when the
    mention is not named.

    The mention head is its first token whose HEAD lies outside the mention. The
    mention is named when the head is PROPN, or when it has a Wikipedia identity
    and a capitalised head. The name is the maximal run around the head of PROPN or
    capitalised/numeric tokens, with connectors (of, and, the, -, &, .) allowed only
    between two such tokens; so "the Venezuelan capital , Caracas , where ..." → the
    head's run only, "India 's" → "India", "University of Texas" stays whole."""
    heads_out = [i for i in range(start, end) if not (start <= s.heads[i] < end) or s.heads[i] == i]
    if not heads_out:
        return None
    h = heads_out[0]
    if not (s.upos[h] == "PROPN" or (identity and _is_cap(s.words[h])
                                     and s.upos[h] not in ("PRON", "DET", "PUNCT"))):
        return None

    def ok(i: int) -> bool:
        return s.upos[i] == "PROPN" or (_is_cap(s.words[i]) and s.upos[i] not in ("PUNCT", "DET", "PRON"))

    a, b = h, h + 1
    while True:
        if a - 1 >= start and ok(a - 1):
            a -= 1
        elif a - 2 >= start and s.words[a - 1] in _CONNECTORS and s.words[a - 1] != "the" and ok(a - 2):
            a -= 2
        else:
            break
    while True:
        if b < end and ok(b):
            b += 1
        elif b + 1 < end and s.words[b].lower() in _CONNECTORS and ok(b + 1):
            b += 2
        else:
            break
    return a, b


def named_entities(sents: list[Sentence]) -> list[list[tuple[int, int, str]]]:
    """Return per sentence the non-overlapping named NER spans (start, end_excl, label)."""
    per_sent: list[list[tuple[int, int, str]]] = [[] for _ in sents]
    for si, start, end, etype, identity in doc_mentions(sents):
        label = ETYPE_TO_LABEL.get(etype)
        if label is None:
            continue
        s = sents[si]
        span = _named_core(s, start, end, identity)
        if span is not None:
            per_sent[si].append((span[0], span[1], label))
    result = []
    for spans in per_sent:
        # outermost first: longer spans win, then earlier
        spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        kept: list[tuple[int, int, str]] = []
        for sp in spans:
            if all(sp[1] <= k[0] or sp[0] >= k[1] for k in kept):
                kept.append(sp)
        result.append(sorted(kept))
    return result


def sentences_to_doc(vocab, sents: list[Sentence], ents: list[list[tuple[int, int, str]]] | None):
    """Build one spaCy Doc (gold annotation) from consecutive sentences.

    Returns spacy.tokens.Doc with words/spaces, tag_ (XPOS), pos_ (UPOS), morph,
    lemma_, heads/deps (basic UD), sent_starts and BILUO-free ents (outside = 'O')."""
    from spacy.tokens import Doc

    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts, ent_tags = ([] for _ in range(10))
    off = 0
    for k, s in enumerate(sents):
        n = len(s.words)
        words += s.words
        sp = list(s.spaces)
        sp[-1] = True  # sentence-final space (documents are joined)
        spaces += sp
        tags += s.xpos
        pos += s.upos
        morphs += s.feats
        lemmas += s.lemmas
        heads += [h + off for h in s.heads]
        deps += s.deps
        starts += [True] + [False] * (n - 1)
        iob = ["O"] * n
        if ents is not None:
            for a, b, lab in ents[k]:
                iob[a] = f"B-{lab}"
                for j in range(a + 1, b):
                    iob[j] = f"I-{lab}"
        ent_tags += iob
        off += n
    spaces[-1] = False
    return Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
               lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts,
               ents=ent_tags if ents is not None else None)


def load_docs(vocab, split: str, genres: tuple[str, ...] | None = ALLOWED_GENRES,
              chunk: int = 10, extra_docs: frozenset = ALLOWED_DOCS) -> list:
    """Gold Docs for a GUM split, restricted to ``genres`` (None = all) plus the single documents
    ``extra_docs``, one Doc per ``chunk`` consecutive sentences of a document (keeps training
    batches small)."""
    docs = []
    for doc_id in split_ids(split):
        if genres is not None and genre_of(doc_id) not in genres and doc_id not in extra_docs:
            continue
        sents = read_sentences(GUM_DIR / "dep" / f"{doc_id}.conllu")
        ents = named_entities(sents)
        for i in range(0, len(sents), chunk):
            docs.append(sentences_to_doc(vocab, sents[i:i + chunk], ents[i:i + chunk]))
    return docs
