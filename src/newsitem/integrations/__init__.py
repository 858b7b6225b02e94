"""Bridges to other engines; each module imports its engine only when used.

- :mod:`newsitem.integrations.dask`: parse JSONL shards or texts on a Dask cluster
  (``pip install 'newsitem[dask]'``).
"""
