"""Extractors: spaCy components that read institutions and dates on the Doc and write facts."""
