#!/usr/bin/env python
"""Throughput benchmark: bare spaCy pipeline vs full Cronica coding, per language.

Codes two local news samples and prints, per language and per measurement, the number of
articles and whitespace words, wall-clock seconds, articles/s, words/s, the overhead ratio
(full Cronica seconds / bare spaCy seconds) and peak resident memory.

Inputs (read their READMEs in ../shared/data/news/ for fields and licences):

* ``ro``: ``../shared/data/news/ro_realitatea/articles.jsonl`` (fields ``id``, ``title``,
  ``text``; no dates: ``published`` is ``None``). **Local benchmarking only, never
  redistribute.** First 200 articles by default.
* ``en``: ``../shared/data/news/en_wikinews_gum/articles.jsonl`` (fields ``id``, ``title``,
  ``text``, ``date_created`` YYYY-MM-DD). All 24 articles by default.

Measurements (each in its own subprocess, so one measurement's memory and caches cannot
pollute another's; the script re-invokes itself with ``--_worker LANG MODE``):

* ``bare``: ``cronica.analyse.load_pipeline(lang)`` then ``list(nlp.pipe(texts))``.
* ``full``: ``cronica.pipeline.code_articles(articles)`` when it exists (batched), else
  ``cronica.pipeline.code_article(article)`` per article.

Timing covers processing only: model loading is timed and printed separately, and the full
mode first codes one short warm-up article (outside the timing) so lazy model loading is not
counted. Peak RSS is ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` of the worker process
(KiB on Linux), printed in MB (1 MB = 1024 KiB); it includes model loading.

Texts are normalised the way ``cronica.record.Article`` expects (Unicode NFC, cedilla
ş/ţ → comma-below ș/ț) before timing, for both modes.

Usage (from the repository root, with the virtualenv active)::

    python benchmarks/throughput.py                   # both languages, bare + full
    python benchmarks/throughput.py --bare-only --lang ro --limit 200
    python benchmarks/throughput.py --ro PATH --en PATH --json results.json

Worker threads: ``OMP_NUM_THREADS``/``OPENBLAS_NUM_THREADS``/``MKL_NUM_THREADS`` default to 1
(the project machines have 2 shared cores); set them in the environment to override.

Exit status: 0 when every requested measurement ran (or was skipped with a message),
2 for bad input or a missing Cronica API, 1 when a worker crashed.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = {
    "ro": REPO_ROOT.parent / "shared" / "data" / "news" / "ro_realitatea" / "articles.jsonl",
    "en": REPO_ROOT.parent / "shared" / "data" / "news" / "en_wikinews_gum" / "articles.jsonl",
}
DEFAULT_LIMITS = {"ro": 200, "en": None}  # None = all articles (24 for en)
FALLBACK_MODELS = {"ro": "ro_legal_fl", "en": str(REPO_ROOT / "models" / "en_ud_gum")}
"""Used only with --bare-only while ``cronica.analyse.load_pipeline`` does not exist yet."""

RESULT_MARK = "__THROUGHPUT_RESULT__ "
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
_CEDILLA = str.maketrans({"ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț"})


def _ensure_src_on_path() -> None:
    """Let the script run from a checkout where cronica is not pip-installed (src/ layout)."""
    src = str(REPO_ROOT / "src")
    try:
        import cronica  # noqa: F401
    except ImportError:
        if src not in sys.path:
            sys.path.insert(0, src)


class BenchmarkError(Exception):
    """A problem with the input files or the Cronica API; printed as one line, exit 2."""


# --------------------------------------------------------------------------- input


def load_articles(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Read up to ``limit`` articles from a JSONL file.

    Args:
        path: JSONL file, one object per line with at least ``text`` (``id``,
            ``date_created`` optional).
        limit: maximum number of articles (first ones in file order), ``None`` for all.

    Returns:
        dicts with ``doc_id`` (str), ``text`` (NFC, comma-below diacritics), ``published``
        (``datetime.date`` or ``None``, from ``date_created``), ``words`` (int, whitespace
        tokens).

    Raises:
        BenchmarkError: the file is missing, a line is not JSON, or has no non-empty ``text``.
    """
    if not path.is_file():
        raise BenchmarkError(f"{path}: no such file (pass --ro/--en PATH)")
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if limit is not None and len(out) >= limit:
                break
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BenchmarkError(f"{path}:{lineno}: not a JSON line ({exc.msg})") from None
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                raise BenchmarkError(f"{path}:{lineno}: missing or empty 'text'")
            text = unicodedata.normalize("NFC", text).translate(_CEDILLA)
            published = None
            raw_date = obj.get("date_created") or obj.get("published")
            if isinstance(raw_date, str):
                try:
                    published = date.fromisoformat(raw_date[:10])
                except ValueError:
                    published = None
            out.append({
                "doc_id": str(obj.get("id") or f"{path.name}:{lineno}"),
                "text": text,
                "published": published,
                "words": len(text.split()),
            })
    if not out:
        raise BenchmarkError(f"{path}: no articles read")
    return out


# --------------------------------------------------------------------------- Cronica API


def check_api(bare_only: bool) -> dict[str, bool]:
    """Check which Cronica entry points exist.

    Returns:
        ``{"load_pipeline": bool, "code_article": bool, "code_articles": bool}``.

    Raises:
        BenchmarkError: cronica is not importable, or (unless ``bare_only``) neither
        ``code_article`` nor ``load_pipeline`` exists.
    """
    found = {"load_pipeline": False, "code_article": False, "code_articles": False}
    _ensure_src_on_path()
    try:
        import cronica  # noqa: F401
    except ImportError as exc:
        raise BenchmarkError(
            f"cannot import cronica ({exc}); run `pip install -e .` in the repository root"
        ) from None
    try:
        from cronica import analyse

        found["load_pipeline"] = callable(getattr(analyse, "load_pipeline", None))
    except ImportError:
        pass
    try:
        from cronica import pipeline

        found["code_article"] = callable(getattr(pipeline, "code_article", None))
        found["code_articles"] = callable(getattr(pipeline, "code_articles", None))
    except ImportError:
        pass
    if not bare_only:
        missing = [n for n, ok in (("cronica.analyse.load_pipeline", found["load_pipeline"]),
                                   ("cronica.pipeline.code_article", found["code_article"]))
                   if not ok]
        if missing:
            raise BenchmarkError(
                "Cronica API missing: " + ", ".join(missing)
                + " (needed for full coding; use --bare-only to measure spaCy alone)"
            )
    return found


def _load_bare_pipeline(lang: str) -> tuple[Any, str]:
    """Return ``(nlp, how)``: the project's bare pipeline, or a documented fallback.

    Raises:
        FileNotFoundError: the language's model is not there (reported as a skip).
    """
    try:
        from cronica.analyse import load_pipeline  # type: ignore[attr-defined]
    except ImportError:
        load_pipeline = None
    if load_pipeline is not None:
        try:
            return load_pipeline(lang), f"cronica.analyse.load_pipeline({lang!r})"
        except OSError as exc:  # spaCy E050/E053: model package or path missing
            raise FileNotFoundError(str(exc).splitlines()[0]) from None
        except Exception as exc:  # e.g. a CronicaError for a missing model
            if type(exc).__name__ in {"UnsupportedLanguage", "CronicaError", "InputError"}:
                raise FileNotFoundError(str(exc)) from None
            raise
    import spacy

    name = FALLBACK_MODELS[lang]
    if lang != "ro" and not Path(name).is_dir():
        raise FileNotFoundError(f"{name} does not exist yet (train it with training/en_gum/train.sh)")
    return spacy.load(name), f"spacy.load({name!r}) [fallback: cronica.analyse.load_pipeline missing]"


# --------------------------------------------------------------------------- worker


def _peak_rss_mb() -> float:
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.platform == "darwin":  # bytes on macOS
        kib /= 1024
    return kib / 1024


def run_worker(lang: str, mode: str, path: Path, limit: int | None, batch_size: int | None) -> dict[str, Any]:
    """Run one measurement in this process and return its result dict.

    Returns:
        ``{"lang", "mode", "status": "ok"|"skipped", "articles", "words", "seconds",
        "load_seconds", "peak_rss_mb", "events", "how", "message"}``; seconds are wall-clock
        (``time.perf_counter``).
    """
    _ensure_src_on_path()
    arts = load_articles(path, limit)
    texts = [a["text"] for a in arts]
    result: dict[str, Any] = {
        "lang": lang, "mode": mode, "status": "ok", "articles": len(arts),
        "words": sum(a["words"] for a in arts), "events": None, "message": None,
    }
    t0 = time.perf_counter()
    if mode == "bare":
        try:
            nlp, how = _load_bare_pipeline(lang)
        except FileNotFoundError as exc:
            result.update(status="skipped", message=f"no {lang} model: {exc}")
            return result
        result["load_seconds"] = time.perf_counter() - t0
        kwargs = {"batch_size": batch_size} if batch_size else {}
        t1 = time.perf_counter()
        n_tokens = 0
        for doc in nlp.pipe(texts, **kwargs):
            n_tokens += len(doc)
        result["seconds"] = time.perf_counter() - t1
        result["tokens"] = n_tokens
        result["how"] = how
    elif mode == "full":
        from cronica import pipeline
        from cronica.record import Article

        articles = [Article(text=a["text"], lang=lang, published=a["published"], doc_id=a["doc_id"])
                    for a in arts]
        warm = Article(text=texts[0][:300], lang=lang, published=None, doc_id="warm-up")
        try:
            pipeline.code_article(warm)
        except (OSError, FileNotFoundError) as exc:
            result.update(status="skipped", message=f"no {lang} model: {str(exc).splitlines()[0]}")
            return result
        except Exception as exc:
            if type(exc).__name__ in {"UnsupportedLanguage", "CronicaError"}:
                result.update(status="skipped", message=f"{lang}: {exc}")
                return result
            raise
        result["load_seconds"] = time.perf_counter() - t0
        n_events = 0
        t1 = time.perf_counter()
        if callable(getattr(pipeline, "code_articles", None)):
            for _article, events in pipeline.code_articles(articles):
                n_events += len(events)
            result["how"] = "cronica.pipeline.code_articles (batched)"
        else:
            for article in articles:
                n_events += len(pipeline.code_article(article))
            result["how"] = "cronica.pipeline.code_article (one by one)"
        result["seconds"] = time.perf_counter() - t1
        result["events"] = n_events
    else:
        raise BenchmarkError(f"unknown worker mode {mode!r} (bare or full)")
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def spawn_worker(lang: str, mode: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one measurement in a fresh Python subprocess and parse its result line."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_worker", lang, mode,
           "--ro", str(args.ro), "--en", str(args.en)]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    if args.batch_size:
        cmd += ["--batch-size", str(args.batch_size)]
    env = dict(os.environ)
    for var in THREAD_VARS:
        env.setdefault(var, "1")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=REPO_ROOT)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_MARK):
            return json.loads(line[len(RESULT_MARK):])
    tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-15:])
    return {"lang": lang, "mode": mode, "status": "failed",
            "message": f"worker exited with {proc.returncode}:\n{tail}"}


# --------------------------------------------------------------------------- report


def machine_info() -> str:
    """One line: CPU count, Python version, spaCy version, platform, thread settings."""
    try:
        import spacy

        spacy_version = spacy.__version__
    except ImportError:
        spacy_version = "not installed"
    threads = ", ".join(f"{v}={os.environ.get(v, '1 (default)')}" for v in THREAD_VARS[:1])
    return (f"machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"spaCy {spacy_version}, {platform.system()} {platform.machine()}, {threads}")


def _row(r: dict[str, Any]) -> str:
    label = {"bare": "(a) bare spaCy", "full": "(b) Cronica"}[r["mode"]]
    if r["status"] != "ok":
        return f"  {label:<16} {r['status']}: {r['message']}"
    secs = r["seconds"]
    aps = r["articles"] / secs if secs else float("inf")
    wps = r["words"] / secs if secs else float("inf")
    extra = f"  events {r['events']}" if r.get("events") is not None else ""
    return (f"  {label:<16} {r['articles']:>6} {r['words']:>9} {secs:>9.2f} {aps:>11.2f} "
            f"{wps:>9.0f} {r['peak_rss_mb']:>8.0f} {r['load_seconds']:>7.2f}{extra}")


def summarise(lang: str, results: dict[str, dict[str, Any]]) -> str:
    """The final one-line summary for a language (full coding numbers, else bare)."""
    bare, full = results.get("bare"), results.get("full")
    main = full if full and full["status"] == "ok" else bare
    if not main or main["status"] != "ok":
        reason = (main or {}).get("message") or "not measured"
        return f"{lang}: skipped ({reason.splitlines()[0]})"
    aps = main["articles"] / main["seconds"]
    wps = main["words"] / main["seconds"]
    if full and full["status"] == "ok" and bare and bare["status"] == "ok":
        overhead = f"overhead {full['seconds'] / bare['seconds']:.2f}x"
    else:
        overhead = "overhead n/a (bare spaCy only)"
    return (f"{lang}: {aps:.1f} articles/s, {wps:.0f} words/s, {overhead}, "
            f"peak RSS {main['peak_rss_mb']:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the measurements, print the report. Returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ro", type=Path, default=DEFAULT_PATHS["ro"], help="Romanian articles JSONL")
    ap.add_argument("--en", type=Path, default=DEFAULT_PATHS["en"], help="English articles JSONL")
    ap.add_argument("--lang", choices=("ro", "en", "both"), default="both")
    ap.add_argument("--limit", type=int, default=None,
                    help="articles per language (default: 200 for ro, all for en)")
    ap.add_argument("--bare-only", action="store_true", help="measure the bare spaCy pipeline only")
    ap.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch size (default: the model's)")
    ap.add_argument("--json", type=Path, default=None, help="also write all results to this JSON file")
    ap.add_argument("--_worker", nargs=2, metavar=("LANG", "MODE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        print("throughput.py: --limit must be at least 1", file=sys.stderr)
        return 2

    if args._worker:
        lang, mode = args._worker
        limit = args.limit if args.limit is not None else DEFAULT_LIMITS[lang]
        try:
            res = run_worker(lang, mode, getattr(args, lang), limit, args.batch_size)
        except BenchmarkError as exc:
            res = {"lang": lang, "mode": mode, "status": "failed", "message": str(exc)}
        print(RESULT_MARK + json.dumps(res), flush=True)
        return 0

    langs = ["ro", "en"] if args.lang == "both" else [args.lang]
    modes = ["bare"] if args.bare_only else ["bare", "full"]
    try:
        api = check_api(args.bare_only)
        for lang in langs:
            path = getattr(args, lang)
            if not path.is_file():
                raise BenchmarkError(f"{path}: no such file (pass --{lang} PATH)")
    except BenchmarkError as exc:
        print(f"throughput.py: {exc}", file=sys.stderr)
        return 2

    print(machine_info())
    if not api["load_pipeline"]:
        print("note: cronica.analyse.load_pipeline not found; bare mode falls back to "
              + ", ".join(f"{k}={v}" for k, v in FALLBACK_MODELS.items()))
    all_results: dict[str, dict[str, dict[str, Any]]] = {}
    failed = False
    for lang in langs:
        limit = args.limit if args.limit is not None else DEFAULT_LIMITS[lang]
        print(f"\n[{lang}] {getattr(args, lang)} (limit: {limit if limit else 'all'})")
        print(f"  {'measurement':<16} {'articles':>6} {'words':>9} {'seconds':>9} "
              f"{'articles/s':>11} {'words/s':>9} {'RSS MB':>8} {'load s':>7}")
        results: dict[str, dict[str, Any]] = {}
        for mode in modes:
            res = spawn_worker(lang, mode, args)
            results[mode] = res
            failed |= res["status"] == "failed"
            print(_row(res), flush=True)
            if res.get("how"):
                print(f"  {'':<16} via {res['how']}")
        if results.get("bare", {}).get("status") == "ok" and results.get("full", {}).get("status") == "ok":
            print(f"  overhead (b/a): {results['full']['seconds'] / results['bare']['seconds']:.2f}x")
        all_results[lang] = results
    print()
    for lang in langs:
        print(summarise(lang, all_results[lang]))
    if args.json:
        args.json.write_text(json.dumps({"machine": machine_info(), "results": all_results},
                                        indent=2, default=str), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
