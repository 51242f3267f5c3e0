"""Speed of cronica.resolve.time.resolve_time on generated news-like clauses.

Usage:
    python benchmarks/time_speed.py [--n 4000] [--seed 7]

Generates ``n`` clauses per language from hand-written templates (no real news text), a third
of them without any time expression, and prints clauses/s and expressions/s for

* ``cold``: the first pass (pattern compilation, dateparser import and its per-expression
  cache being filled), and
* ``warm``: a second pass over the same clauses.

Times are wall-clock (``time.perf_counter``), one process, one thread.
"""
from __future__ import annotations

import argparse
import random
import time
from datetime import date

from cronica.resolve.time import find_time_expressions, resolve_time

RO_SUBJ = ["Președintele", "Premierul", "Ministrul de externe", "Guvernul", "Opoziția", "Klaus Iohannis", "Ursula von der Leyen"]
RO_VERB = ["a discutat cu omologul său", "a criticat guvernul", "a anunțat noi sancțiuni", "s-a întâlnit cu delegația", "a semnat acordul", "a cerut demisia ministrului"]
RO_TIME = ["joi", "marți", "marti", "ieri", "alaltăieri", "astăzi", "pe {d} noiembrie", "la {d} octombrie", "pe {d} {m} {y}",
           "în urmă cu {n} zile", "acum trei zile", "acum {n} de zile", "luna trecută", "săptămâna trecută", "anul trecut",
           "din {y}", "în martie {y}", "recent", "{d}.{mm}.{y}", "sâmbăta trecută", "acum o lună"]
EN_SUBJ = ["The president", "The prime minister", "The foreign minister", "The government", "Opposition leaders", "Emmanuel Macron"]
EN_VERB = ["met his counterpart", "criticised the cabinet", "announced new sanctions", "signed the agreement", "called for talks", "rejected the proposal"]
EN_TIME = ["on Tuesday", "on Thursday", "yesterday", "today", "on November {d}", "on Nov. {d}", "{M} {d}, {y}", "{d} {M} {y}",
           "two days ago", "{n} days ago", "last month", "last week", "last year", "in {y}", "in May {y}", "recently",
           "last Friday", "the day before yesterday"]
RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie"]
EN_MONTHS = ["January", "February", "March", "April", "June", "July", "September", "October"]


def _fill(tmpl: str, rng: random.Random, months: list[str]) -> str:
    return tmpl.format(d=rng.randint(1, 28), m=rng.choice(months), M=rng.choice(months), y=rng.randint(2005, 2025),
                       n=rng.randint(2, 40), mm=f"{rng.randint(1, 12):02d}")


def make_clauses(lang: str, n: int, rng: random.Random) -> list[str]:
    subj, verb, times, months = (RO_SUBJ, RO_VERB, RO_TIME, RO_MONTHS) if lang == "ro" else (EN_SUBJ, EN_VERB, EN_TIME, EN_MONTHS)
    out = []
    for i in range(n):
        s, v = rng.choice(subj), rng.choice(verb)
        if i % 3 == 0:
            out.append(f"{s} {v}, potrivit unor surse oficiale." if lang == "ro" else f"{s} {v}, officials said.")
        elif i % 3 == 1:
            out.append(f"{s} {v} {_fill(rng.choice(times), rng, months)}.")
        else:
            out.append(f"{_fill(rng.choice(times), rng, months).capitalize()}, {s[0].lower() + s[1:]} {v}.")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=4000, help="clauses per language")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pub = date(2025, 12, 11)
    for lang in ("ro", "en"):
        clauses = make_clauses(lang, args.n, rng)
        for label in ("cold", "warm"):
            t0 = time.perf_counter()
            anchors = [resolve_time(c, lang, pub) for c in clauses]
            dt = time.perf_counter() - t0
            found = sum(a is not None for a in anchors)
            print(f"{lang} {label}: {len(clauses)} clauses, {found} anchored, {dt:.3f} s -> "
                  f"{len(clauses) / dt:,.0f} clauses/s, {found / dt:,.0f} expressions/s")
        t0 = time.perf_counter()
        total = sum(len(find_time_expressions(c, lang)) for c in clauses)
        dt = time.perf_counter() - t0
        print(f"{lang} detect only: {total} expressions in {dt:.3f} s -> {len(clauses) / dt:,.0f} clauses/s")


if __name__ == "__main__":
    main()
