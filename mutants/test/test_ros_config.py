"""Launch files parse, parameter files match the parameters the nodes declare, scripts point at real nodes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.ros.params import NODE_PARAMS, declared, load_node_params, node_sections, resolve

ROOT = Path(__file__).resolve().parents[1]
PARAM_FILES = sorted((ROOT / "config").glob("ros_*.yaml"))
LAUNCH_FILES = sorted((ROOT / "launch").glob("*.launch.py"))


def _launch_arguments(path: Path) -> list[tuple[str, str, str]]:
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "LAUNCH_ARGUMENTS" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{path.name} has no LAUNCH_ARGUMENTS")


def test_there_are_launch_and_parameter_files() -> None:
    assert {p.name for p in LAUNCH_FILES} >= {"spatialvlm.launch.py", "spatialvlm_realsense.launch.py"}
    assert len(PARAM_FILES) >= 4 and (ROOT / "config/ros_geometry.yaml") in PARAM_FILES


@pytest.mark.parametrize("path", LAUNCH_FILES, ids=lambda p: p.name)
def test_launch_file_parses_and_documents_its_arguments(path: Path) -> None:
    tree = ast.parse(path.read_text(), filename=str(path))
    funcs = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert "generate_launch_description" in funcs
    compile(path.read_text(), str(path), "exec")
    args = _launch_arguments(path)
    names = [a[0] for a in args]
    assert len(names) == len(set(names))
    for name, default, description in args:
        assert isinstance(default, str) and description.strip(), name


def test_main_launch_arguments_cover_the_brief_and_map_to_declared_parameters() -> None:
    args = {a[0]: a for a in _launch_arguments(ROOT / "launch/spatialvlm.launch.py")}
    for needed in ("namespace", "params_file", "rgb_topic", "depth_topic", "camera_info_topic", "model_config",
                   "device", "rate_hz", "record"):
        assert needed in args
    tree = ast.parse((ROOT / "launch/spatialvlm.launch.py").read_text())
    consts = {t.id: ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign)
              for t in n.targets if isinstance(t, ast.Name) and t.id in ("STRING_ARGS", "FLOAT_ARGS", "NODES")}
    every = set().union(*(declared(n) for n in NODE_PARAMS))
    for key in list(consts["STRING_ARGS"]) + list(consts["FLOAT_ARGS"]):
        assert key in args and key in every, key  # a launch override is a declared parameter
    assert {exe for _, exe in consts["NODES"]} == set(NODE_PARAMS)


@pytest.mark.parametrize("path", PARAM_FILES, ids=lambda p: p.name)
def test_parameter_file_keys_are_declared_by_the_nodes(path: Path) -> None:
    data = yaml.safe_load(path.read_text())
    sections = node_sections(data)
    assert set(sections) == set(NODE_PARAMS), path.name
    for node in NODE_PARAMS:
        params = load_node_params(str(path), node)
        assert set(params) == set(declared(node))
        # every declared parameter is written out, so the file documents them all
        assert set(sections[node]) == set(declared(node)), node
        if params["model_config"]:
            assert (ROOT / "config" / params["model_config"]).is_file(), params["model_config"]
        assert params["backend"] in ("geometry", "vlm", "hybrid")
        assert params["image_qos"] in ("sensor_data", "reliable")


def test_resolve_rejects_unknown_keys_and_wrong_types() -> None:
    with pytest.raises(ConfigError, match="'rgb_topik' is not declared by reward_node"):
        resolve("reward_node", {"rgb_topik": "/x"})
    with pytest.raises(ConfigError, match="'rate_hz' must be double"):
        resolve("reward_node", {"rate_hz": "fast"})
    with pytest.raises(ConfigError, match="'workspace_min' must be double"):
        resolve("goal_pose_node", {"workspace_min": ["a", "b", "c"]})
    assert resolve("reward_node", {"rate_hz": 5})["rate_hz"] == 5.0
    with pytest.raises(ConfigError, match="unknown node"):
        resolve("camera_node")


def test_wildcard_section_applies_to_every_node(tmp_path: Path) -> None:
    p = tmp_path / "p.yaml"
    p.write_text("/**:\n  ros__parameters:\n    image_qos: reliable\nreward_node:\n  ros__parameters:\n"
                 "    rate_hz: 3.0\n")
    assert load_node_params(str(p), "reward_node")["image_qos"] == "reliable"
    assert load_node_params(str(p), "reward_node")["rate_hz"] == 3.0
    assert load_node_params(str(p), "goal_pose_node")["image_qos"] == "reliable"
    p.write_text("reward_node:\n  rate_hz: 3.0\n")
    with pytest.raises(ConfigError, match="no ros__parameters"):
        load_node_params(str(p), "reward_node")


def test_realsense_config_aligns_depth_to_colour() -> None:
    data = yaml.safe_load((ROOT / "config/camera_realsense.yaml").read_text())
    (section,) = data.values()
    params = section["ros__parameters"]
    assert params["align_depth.enable"] is True and params["enable_sync"] is True
    # the driver's topic names are the nodes' defaults
    defaults = resolve("spatial_query_node")
    ns = f"/{params['camera_namespace']}/{params['camera_name']}"
    assert defaults["rgb_topic"] == f"{ns}/color/image_raw"
    assert defaults["depth_topic"] == f"{ns}/aligned_depth_to_color/image_raw"


def test_node_scripts_run_real_node_modules() -> None:
    for script in sorted((ROOT / "scripts").iterdir()):
        text = script.read_text()
        assert text.startswith("#!/usr/bin/env python3") and script.stat().st_mode & 0o111
        tree = ast.parse(text)
        imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
        mod = next(n.module for n in imports if n.module.startswith("spatialvlm_ros.nodes."))
        assert mod.split(".")[-1] == script.name
        src = ROOT / (mod.replace(".", "/") + ".py")
        node_tree = ast.parse(src.read_text())
        assert "main" in {n.name for n in node_tree.body if isinstance(n, ast.FunctionDef)}
        classes = [n for n in node_tree.body if isinstance(n, ast.ClassDef)]
        node_keys = [ast.literal_eval(a.value) for c in classes for a in c.body
                     if isinstance(a, ast.Assign) and getattr(a.targets[0], "id", "") == "NODE"]
        assert node_keys == [script.name]


def test_rclpy_is_imported_only_in_nodes() -> None:
    pkg = ROOT / "spatialvlm_ros"
    for py in pkg.rglob("*.py"):
        rel = py.relative_to(pkg)
        if rel.parts[0] == "nodes":
            continue
        tree = ast.parse(py.read_text())
        for n in ast.walk(tree):
            names = [a.name for a in n.names] if isinstance(n, ast.Import) else (
                [n.module or ""] if isinstance(n, ast.ImportFrom) else [])
            for name in names:
                assert not name.split(".")[0] in ("rclpy", "message_filters", "launch", "launch_ros"), \
                    f"{rel} imports {name}"
