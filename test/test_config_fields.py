"""The one rule config dataclasses read YAML mappings with (resources.config_fields)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from spatialvlm_ros.closed_loop.tasks import LoopTask
from spatialvlm_ros.core.reward import RewardTask
from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.resources import config_fields


@dataclass
class _Cfg:
    name: str
    rate: float = 1.0
    count: int = 2
    on: bool = True
    tag: str | None = None
    pair: tuple[int, int] = (0, 1)
    names: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def test_values_are_checked_and_converted_by_their_annotation() -> None:
    out = config_fields(_Cfg, {"name": "a", "rate": 2, "count": 3.0, "pair": [4, 5], "names": ["x"],
                               "tag": None, "extra": None}, "demo")
    assert out == {"name": "a", "rate": 2.0, "count": 3, "pair": (4, 5), "names": ["x"], "tag": None}
    assert isinstance(out["rate"], float) and isinstance(out["count"], int)
    assert config_fields(_Cfg, {"name": "a", "rate": "1e-3"}, "demo")["rate"] == 1e-3  # PyYAML's string


@pytest.mark.parametrize(("data", "message"), [
    ({"name": "a", "speed": 1}, "demo config: unknown key(s) speed"),
    ({"rate": 1.0}, "demo config: missing key(s) name"),
    ({"name": 1}, "demo config: name = 1 is not a string"),
    ({"name": "a", "rate": "fast"}, "demo config: rate = 'fast' is not a number"),
    ({"name": "a", "rate": True}, "demo config: rate = True is not a number"),
    ({"name": "a", "count": 2.5}, "demo config: count = 2.5 is not an integer"),
    ({"name": "a", "on": "yes please"}, "demo config: on = 'yes please' is not true or false"),
    ({"name": "a", "pair": [1, 2, 3]}, "demo config: pair = [1, 2, 3] is not a list of 2"),
    ({"name": "a", "names": "x"}, "demo config: names = 'x' is not a list"),
    ({"name": "a", "names": ["x", 2]}, "demo config: names[1] = 2 is not a string"),
    ({"name": "a", "tag": 3}, "demo config: tag = 3 is not str or null"),
    ({"name": "a", "extra": [1]}, "demo config: extra = [1] is not a mapping"),
    (["name"], "demo config must be a mapping, got list"),
])
def test_each_error_is_one_line_naming_the_config_and_key(data, message) -> None:
    with pytest.raises(ConfigError) as err:
        config_fields(_Cfg, data, "demo")
    assert str(err.value) == message


def test_task_configs_read_with_the_same_rule() -> None:
    with pytest.raises(ConfigError, match="reward task config: scale_m = 'wide' is not a number"):
        RewardTask.from_dict({"scale_m": "wide"})
    with pytest.raises(ConfigError, match="reward task config: objects = 'red cube' is not a list"):
        RewardTask.from_dict({"objects": "red cube"})
    assert RewardTask.from_dict({"objects": ["a", "b"]}, name="t").objects == ("a", "b")
    with pytest.raises(ConfigError, match="closed-loop task 't' config: unknown key.*colour"):
        LoopTask.from_dict("t", {"kind": "reach", "instruction": "to the {target}", "colour": "red"})
    with pytest.raises(ConfigError, match="closed-loop task 't' config: missing key.*instruction"):
        LoopTask.from_dict("t", {"kind": "reach"})
    with pytest.raises(ConfigError, match="closed-loop task 't' config: prefer = 'red cube' is not a list"):
        LoopTask.from_dict("t", {"kind": "reach", "instruction": "to the {target}", "prefer": "red cube"})
    t = LoopTask.from_dict("t", {"kind": "reach", "instruction": "to the {target}", "prefer": None})
    assert t.name == "t" and t.prefer == [] and t.reward_object == "target"
