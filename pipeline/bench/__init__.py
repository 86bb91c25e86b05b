"""`make bench`: how fast each stage runs against the floor, per core, on every core, and at scale.

`corpus` builds the bench pages, `stages` times each stage and the floors in one process,
`stack` times the common stack (trafilatura + a trained spaCy NER) on the same pages,
`scale` times `extract --workers N` and watches memory as the input grows, `profile`
says where the time goes, and `report` writes it all to `bench/RESULTS.md`.
"""
