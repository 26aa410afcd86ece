"""Exceptions of spatialvlm_ros.

Every exception raised for bad input carries a one-line message that names the
problem (the file, topic, object or field) so that the CLI can print it without
a traceback and a node can return it as the ``reason`` of an invalid result.
"""

from __future__ import annotations


class SpatialVLMError(Exception):
    """Base class of all errors this package raises on purpose."""


class InputError(SpatialVLMError):
    """Input data is missing, malformed or inconsistent (files, messages, bags)."""


class UnknownObjectError(SpatialVLMError):
    """A query names an object that the scene (or the detector) does not have."""


class AmbiguousObjectError(SpatialVLMError):
    """A query names an object that matches several objects of the scene."""


class NoDepthError(SpatialVLMError):
    """An object or frame has no valid depth to measure from."""


class QueryError(SpatialVLMError):
    """A question could not be understood or asks for something unsupported."""


class AnswerParseError(SpatialVLMError):
    """A free-text answer holds no metric quantity (or no yes/no)."""


class ModelError(SpatialVLMError):
    """A model could not be loaded or failed while running (e.g. CUDA out of memory)."""


class ConfigError(SpatialVLMError):
    """A configuration file or parameter is missing or invalid."""


class WorkspaceError(SpatialVLMError):
    """A goal lies outside the configured workspace limits or is unreachable."""
