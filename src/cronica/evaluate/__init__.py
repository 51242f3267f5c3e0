"""Evaluation harnesses: score Cronica's coder against gold sets.

* :mod:`cronica.evaluate.plover_gsr` — load the PLOVER gold-standard records (CAMEO manual examples)
  from the shared data folder and convert them to the project's gold format (``gold/README.md``).
* :mod:`cronica.evaluate.events` — code gold items with :func:`cronica.pipeline.code_articles`,
  match predicted to gold events and compute the event metrics.
* :mod:`cronica.evaluate.cli` — the ``cronica evaluate events`` command (a Typer sub-app).

This package sits after the whole pipeline (it consumes records); no pipeline stage imports it.
"""
