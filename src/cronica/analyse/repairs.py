"""A spaCy component that repairs systematic parser errors after the parser has run.

Content clauses labelled ``advcl``: both pipelines often attach a clause introduced by the complementizer ("that",
"că") as an adverbial clause of the verb ("denied on Tuesday that(mark) it was massing(advcl) troops", "a promis
joi, la Chișinău, că(mark) Bruxelles-ul va debloca(advcl) …"). A clause whose only subordinator is the
complementizer is a complement clause (UD guidelines, ``ccomp``: "a clausal complement of a verb … introduced by
a complementizer such as *that*"); this component relabels it ``ccomp`` so that every rule that reads complements
(saying, denying, promising) sees it. A clause with any other subordinator ("so that", "pentru că") is left alone.
The same holds for a "relative clause" the parser hung on a verb, the complementizer taken for its pronoun object
("demanded that(obj) China retract(acl:relcl) …"): it becomes ``ccomp``, the complementizer its ``mark``; and for
a clause with the complementizer hung on a name after the verb ("announced Thursday(obj) that it has called(acl)
off …"; a name takes no content clause): it becomes the verb's ``ccomp``.

A title noun and the name right after it, both labelled subjects of one verb ("Former prime minister(nsubj)
Viorica(nsubj) Dăncilă condemned …"), are one noun phrase: the title becomes the name's ``nmod:desc`` (the GUM
label of a title before a name).

A sentence the parser rooted on its subject noun, its main verb hung under it as a clause ("A tanker lorry(ROOT)
exploded(acl) on a motorway …", "Thousands of people(ROOT) protested(acl) against …"; own observation, 14 of 751
English dev sentences with the en_ud_gum model): when the verb carries a past-tense tag of
``pipeline.yaml: misattached_verb_tags``, has no subject, agent, auxiliary or subordinator of its own, and the noun
opens the sentence, the verb becomes the root and the noun its ``nsubj``; what the noun governed after the verb
moves to the verb (``acl`` → ``advcl``, ``nmod`` → ``obl``). A reduced relative with an agent ("cities hit by
strikes") is left alone. Likewise a sentence rooted on its object noun, the verb taken for the object's modifier
right after the subject that opens the sentence ("Serbia(compound) eased(amod) emergency measures(ROOT) …"): the
verb becomes the root, the subject its ``nsubj``, the noun its ``obj``, and the clauses after the noun the verb's.

"More than" before a number taken for a preposition ("au ucis peste(case) 40 de civili(obl)"; the words of
``pipeline.yaml: quantity_prepositions``) becomes the number's ``advmod``, and the counted noun the active verb's
``obj`` when it has none.

The complementizers come from ``lang/<lang>/pipeline.yaml: content_complementizers``; a language without the key
gets no clause repair, one without ``misattached_verb_tags`` no re-rooting. Language-neutral.
"""

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc


class ParseRepairs:
    """Relabel ``advcl`` → ``ccomp`` for clauses introduced only by a complementizer, and join a title to the name it
    precedes when both were taken for subjects (module docstring).

    Args:
        complementizers: lower-cased subordinator forms ("that", "că").
        verb_tags: fine-grained tags (``Token.tag_``) of a main verb the parser may hang under a noun root
            (English: ``VBD``, ``VBN``); empty: no re-rooting.
        quantity_words: words of "more than" before a number that the parser may take for a preposition
            (Romanian ``peste``); empty: no such repair.
    Call with a parsed ``Doc``; returns the same ``Doc`` (heads and dependency labels changed in place)."""

    def __init__(self, complementizers: Iterable[str], verb_tags: Iterable[str] = (),
                 quantity_words: Iterable[str] = ()):
        self.words = frozenset(w.lower() for w in complementizers)
        self.verb_tags = frozenset(verb_tags)
        self.quantity_words = frozenset(w.lower() for w in quantity_words)

    def __call__(self, doc: Doc) -> Doc:
        for sent in list(doc.sents) if self.verb_tags else ():
            self._reroot(sent)  # (first: the clause repairs below read the verb's children)
        for tok in doc if self.words else ():  # a content clause hung on a day name after the verb: "announced
            # Thursday(obj) that(mark) it has called(acl:relcl) off …" (a name takes no content clause)
            if tok.dep_ in ("acl", "acl:relcl") and tok.head.pos_ == "PROPN" and tok.head.dep_ in ("obj", "obl") \
                    and tok.head.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
                that = next((c for c in tok.children if c.lower_ in self.words and (
                    c.dep_ == "mark" or c.i == tok.left_edge.i)), None)  # (or the complementizer taken for the
                # clause's pronoun or determiner: "demanded on Thursday(obl) that(obj) Takaichi retract(acl:relcl)")
                if that is None:
                    continue
                tok.head, tok.dep_ = tok.head.head, "ccomp"
                that.dep_ = "mark"
        for tok in doc if self.words else ():
            if tok.dep_ not in ("advcl", "acl:relcl") or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
                continue
            if tok.dep_ == "acl:relcl":  # a "relative clause" of a verb: "demanded that(obj) China retract(acl:relcl)"
                first = tok.left_edge.i
                that = doc[first] if doc[first].head.i == tok.i else (doc[first - 1] if first > 0 else None)
                if that is not None and that.lower_ in self.words and that.head.i in (tok.i, tok.head.i):
                    tok.dep_ = "ccomp"
                    that.head, that.dep_ = tok, "mark"
                continue
            marks = [c for c in tok.children if c.dep_ in ("mark", "case") and c.i < tok.i]
            if len(marks) == 1 and marks[0].lower_ in self.words and not any(
                    f.dep_ == "fixed" for f in marks[0].children):
                tok.dep_ = "ccomp"
        for tok in doc if self.quantity_words else ():  # "au ucis peste(case) 40 de civili(obl)": "more than"
            # before a number is the number's modifier, and the counted noun is the verb's object
            case = next((c for c in tok.children if c.dep_ == "case" and c.lower_ in self.quantity_words), None)
            if case is None or case.i + 1 >= len(doc) or doc[case.i + 1].pos_ != "NUM" or tok.dep_ != "obl":
                continue
            case.head, case.dep_ = doc[case.i + 1], "advmod"
            verb = tok.head
            if verb.pos_ == "VERB" and not any(c.dep_ in ("obj", "aux:pass", "nsubj:pass") for c in verb.children):
                tok.dep_ = "obj"
        for tok in doc:  # two objects of one verb: the first, a name or pronoun, is the recipient (UD iobj): "handed
            # Ukraine(obj; tagged VERB) a package(obj) of drones" → Ukraine iobj, PROPN (side by side, the second a
            # common noun: not an apposition after a comma, "welcomed Leo(obj) …, the pontiff's first stop(obj)")
            objs = [c for c in tok.children if c.dep_ == "obj"] if tok.pos_ == "VERB" else []
            if len(objs) == 2 and objs[1].left_edge.i == objs[0].right_edge.i + 1 and objs[1].pos_ == "NOUN" and (
                    objs[0].pos_ in ("PROPN", "PRON") or (objs[0].text[:1].isupper() and not objs[0].is_sent_start)):
                objs[0].dep_ = "iobj"
                if objs[0].pos_ == "VERB":
                    objs[0].pos_ = "PROPN"
        for tok in doc:  # a title and the name after it both taken for subjects: "minister(nsubj) Viorica(nsubj)"
            if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.i + 1 < len(doc):
                name = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
                if name is not None and name.pos_ == "PROPN" and name.dep_ == "nsubj" and name.head.i == tok.head.i:
                    tok.head, tok.dep_ = name, "nmod:desc"
        return doc

    def _reroot(self, sent) -> None:
        """Make the main verb the root of a sentence rooted on its opening subject noun, or on its object noun with
        the verb taken for the object's modifier (module docstring)."""
        noun = sent.root
        if noun.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i != sent.start:
            return
        verb = next((c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.pos_ == "VERB"
                     and (c.tag_ in self.verb_tags or "Past" in c.morph.get("Tense"))
                     and all(g.dep_ == "nsubj" and g.i < c.i for g in c.children)), None)
        # (the tagger may call such a verb an adjective while the morphologizer keeps VERB, Tense=Past: "eased(JJ)")
        subj = next((c for c in ([*verb.lefts, *noun.lefts] if verb is not None else ()) if c.i < verb.i
                     and c.right_edge.i == verb.i - 1 and c.left_edge.i == sent.start
                     and c.pos_ in ("PROPN", "NOUN", "PRON")), None)  # (the subject may hang on the verb already)
        if noun.pos_ == "NOUN" and verb is not None and subj is not None:
            # "Serbia(compound) eased(amod) emergency measures(ROOT) …": subject, verb, object
            moved = [c for c in noun.children if c.i > noun.i and c.dep_.split(":")[0] in (
                "acl", "advcl", "parataxis", "conj", "cc", "punct")]
            verb.head, verb.dep_ = verb, "ROOT"
            subj.head, subj.dep_ = verb, "nsubj"
            noun.head, noun.dep_ = verb, "obj"
            for c in moved:
                c.head, c.dep_ = verb, "advcl" if c.dep_.split(":")[0] == "acl" else c.dep_
            return
        verb = next((c for c in noun.rights if c.dep_ == "acl" and c.pos_ == "VERB" and c.tag_ in self.verb_tags
                     and not any(g.dep_.split(":")[0] in ("nsubj", "aux", "mark", "cop") or g.dep_ == "obl:agent"
                                 for g in c.children)), None)
        if verb is None:
            return
        moved = [c for c in noun.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for c in moved:
            c.head, c.dep_ = verb, {"acl": "advcl", "nmod": "obl"}.get(c.dep_, c.dep_)


@Language.factory("cronica_parse_repairs",
                  default_config={"complementizers": [], "verb_tags": [], "quantity_words": []})
def make_parse_repairs(nlp: Language, name: str, complementizers: list[str], verb_tags: list[str],
                       quantity_words: list[str]) -> ParseRepairs:
    """spaCy factory for :class:`ParseRepairs`."""
    return ParseRepairs(complementizers, verb_tags, quantity_words)
