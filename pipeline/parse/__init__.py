"""Parse stage: a page or text file in, a `Bulletin` (clean text + metadata) out."""
