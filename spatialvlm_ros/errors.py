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


class UnreadableInputError(InputError):
    """An input cannot be read: the file (image, array, bag, database) is missing, truncated,
    corrupt or undecodable, or lacks a part it must hold (a scene file, a topic, intrinsics)."""


class EmptyDepthError(InputError):
    """A depth image holds no valid pixel (all zero or NaN)."""


class UnknownObjectError(SpatialVLMError):
    """A query names an object that the scene (or the detector) does not have.

    ``names``: the object names the error is about (empty where the raiser did not say),
    so that a caller can drop or report them without reading the message.
    """

    def __init__(self, message: str, names: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.names = tuple(names)


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



def first_line(exc: BaseException) -> str:
    """The first non-empty line of ``exc``'s message (its type name when the message is empty):
    the one line a CLI prints, a node returns as a ``reason``, a log quotes."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return lines[0] if lines else type(exc).__name__
