"""Link stage: names as written -> gazetteer entries (canonical id, names, country, kind)."""
