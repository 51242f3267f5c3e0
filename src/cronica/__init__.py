"""Cronica: political event data (PLOVER/CAMEO) from Romanian and English news.

Public API: :func:`open` (query a store), :func:`cronica.pipeline.code_article` /
:func:`cronica.pipeline.code_articles` (code articles), :class:`cronica.record.Article`.
"""


def open(path, *, read_only: bool = True):  # noqa: A001 — the documented API name (cronica.open)
    """Open a Cronica store for queries: ``cronica.open("cronica.duckdb").events(actor="BLR")``.

    Args:
        path: DuckDB file written by ``cronica code``; read_only: open without taking the write lock.
    Returns:
        the store's query handle (:func:`cronica.store.query.open_store`).
    Raises:
        StoreError: the file is missing, foreign, corrupt or locked.
    """
    from .store.query import open_store

    return open_store(path, read_only=read_only)
