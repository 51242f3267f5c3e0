"""Store: save articles and their event records in a DuckDB file (see :mod:`cronica.store.duck`
for the table/column reference, also copied into the README)."""
from cronica.store.duck import SCHEMA_VERSION, SaveResult, Store
from cronica.store.duck import __doc__ as SCHEMA_DOC

__all__ = ["Store", "SaveResult", "SCHEMA_VERSION", "SCHEMA_DOC"]
