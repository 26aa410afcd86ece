"""Estimators: one interface, ``estimate(frame, query) -> SpatialEstimate``, over
geometry, VLM and hybrid backends (see :mod:`spatialvlm_ros.estimators.base`)."""
