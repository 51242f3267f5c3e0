"""Dictionary lemmas for open-class words, on top of a statistical lemmatiser.

A lemmatiser trained on a small treebank (the English model's edit trees learn from about 100,000 GUM tokens)
misses rare inflected words, and news verbs are often rare there: "jumped" → "jum", "scrapped" → "scrapp",
"encircling" → "encircl". spaCy's rule lemmatiser, with lookup tables (an index of known lemmas, exceptions and
suffix rules per part of speech), gets them right, but only for nouns, verbs, adjectives and adverbs, and it
returns the lower-cased form for everything else ("were" stays "were").

The ``cronica_lemmas`` component, added after the statistical lemmatiser when ``lang/<code>/pipeline.yaml``
names ``lemma_tables``, keeps the best of both: for a token whose UPOS has a table and whose statistical lemma
the dictionary does not know ("jum", "scrapp", "atoms"), the rule lemma replaces it when that one is known (in
the index or the exceptions). A lemma the dictionary knows is never touched, so the treebank's conventions stay
("American" keeps its capital, "people" → "person"). Language-neutral: the tables and the language's own
``is_base_form`` come from spaCy.
"""

from pathlib import Path

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

TABLES = ("lemma_rules", "lemma_exc", "lemma_index")
"""spaCy lookup tables the component reads (``spacy-lookups-data`` names)."""


class DictionaryLemmas:
    """Replace statistical lemmas of open-class words by known dictionary lemmas.

    Args:
        nlp: the pipeline (its language's rule lemmatiser class supplies ``is_base_form``).
        tables: folder with a spaCy ``Lookups`` (``lookups.bin``) holding :data:`TABLES`, each keyed by lower-case
            UPOS (``noun``, ``verb``, ``adj``, ``adv``).
    Raises:
        OSError: ``tables`` holds no readable lookups.
    """

    def __init__(self, nlp: Language, tables: str | Path):
        lookups = Lookups().from_disk(tables)
        self.rules = nlp.create_pipe("lemmatizer", config={"mode": "rule", "overwrite": True})
        self.rules.initialize(lookups=lookups)
        index = lookups.get_table("lemma_index")
        exc = lookups.get_table("lemma_exc")
        self.pos = {p.upper() for p in ("noun", "verb", "adj", "adv") if p in index}
        self.known = {p.upper(): set(index[p]) if p in index else set() for p in ("noun", "verb", "adj", "adv")}
        self.exceptions = {p.upper(): exc[p] if p in exc else {} for p in ("noun", "verb", "adj", "adv")}

    def __call__(self, doc: Doc) -> Doc:
        """Set ``lemma_`` of NOUN/VERB/ADJ/ADV tokens to a known rule lemma; returns the same ``Doc``."""
        for tok in doc:
            pos = tok.pos_
            if pos not in self.pos or tok.lemma_.lower() in self.known[pos]:
                continue  # (a lemma the dictionary knows stays, with its case: "American", "people" → "person")
            forms = self.rules.rule_lemmatize(tok)
            if forms and (forms[0] in self.known[pos] or tok.lower_ in self.exceptions[pos]):
                tok.lemma_ = forms[0]
        return doc


@Language.factory("cronica_lemmas", default_config={"tables": ""})
def make_dictionary_lemmas(nlp: Language, name: str, tables: str) -> DictionaryLemmas:
    """spaCy factory of :class:`DictionaryLemmas` (``tables``: folder of the lookups)."""
    return DictionaryLemmas(nlp, tables)
