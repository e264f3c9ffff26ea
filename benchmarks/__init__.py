"""Scripted measurements on large generated data sets (``python benchmarks/run.py``)."""
