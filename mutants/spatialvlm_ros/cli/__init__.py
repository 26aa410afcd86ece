"""The ``spatialvlm`` command line: one sub-command per module of this package."""
