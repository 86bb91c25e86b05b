"""Engines that run the pipeline beyond one process: `ray_engine` (Ray Data, a cluster)."""
