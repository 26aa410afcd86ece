"""Test scaffolding shipped with the package: tiny random models saved like hub checkpoints
(tests, benches, dry runs). Nothing in the runtime package imports this."""
