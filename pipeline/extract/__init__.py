"""Extractors: spaCy components that read institutions and dates on the Doc and write facts."""

# Importing the package registers the component of `tables` (the row extractor) with spaCy, as
# `pipeline.nlp` imports the other extractors by name.
from pipeline.extract import tables  # noqa: F401
