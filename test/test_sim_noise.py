"""The sensor noise model on synthetic images with known answers (numpy only)."""

from __future__ import annotations

import numpy as np
import pytest

from spatialvlm_ros.errors import ConfigError
from spatialvlm_ros.sim.noise import NoiseConfig, apply_depth_noise, bleed_masks, depth_sigma

H, W = 240, 320


def _only(**kw) -> NoiseConfig:
    """A config with every effect off except those given."""
    base = {"sigma_const": 0.0, "sigma_quad": 0.0, "holes_per_megapixel": 0.0, "edge_dropout": 0.0,
            "max_range": 0.0, "quantization": 0.0, "bleed_px": (0, 0)}
    base.update(kw)
    return NoiseConfig(**base)


def test_axial_noise_grows_with_depth_squared():
    cfg = _only(sigma_const=0.0005, sigma_quad=0.0025)
    rng = np.random.default_rng(0)
    stds = {}
    for z in (0.5, 1.0, 2.0, 3.0):
        clean = np.full((H, W), z, np.float32)
        stds[z] = float(np.std(apply_depth_noise(clean, rng, cfg) - z))
        assert stds[z] == pytest.approx(float(depth_sigma(np.array(z), cfg)), rel=0.05)
    assert stds[0.5] < stds[1.0] < stds[2.0] < stds[3.0]
    assert stds[3.0] / stds[1.0] == pytest.approx((0.0005 + 0.0025 * 9) / (0.0005 + 0.0025), rel=0.08)


def test_hole_fraction_matches_the_blob_model():
    cfg = _only(holes_per_megapixel=200.0, hole_radius_px=(2, 10))
    rng = np.random.default_rng(1)
    clean = np.full((480, 640), 1.0, np.float32)
    frac = np.mean([np.mean(apply_depth_noise(clean, rng, cfg) == 0) for _ in range(8)])
    mean_area = np.pi * 6.0 * 6.0  # E[pi * rx * ry], rx, ry ~ U(2, 10)
    expected = 1.0 - np.exp(-200e-6 * mean_area)
    assert frac == pytest.approx(expected, rel=0.25)


def test_discontinuities_become_invalid_and_flat_surfaces_do_not():
    cfg = _only(edge_dropout=1.0, edge_threshold=0.04)
    clean = np.full((H, W), 1.0, np.float32)
    clean[:, W // 2 :] = 1.5  # a 50 cm step
    clean[50:60, 20:30] = 0.0  # an invalid patch
    noisy = apply_depth_noise(clean, np.random.default_rng(2), cfg)
    assert np.all(noisy[:, W // 2 - 1 : W // 2 + 1] == 0)
    assert np.all(noisy[:, : W // 2 - 1][clean[:, : W // 2 - 1] > 0][:100] > 0)
    flat = noisy.copy()
    flat[:, W // 2 - 1 : W // 2 + 1] = 1.0
    flat[49:61, 19:31] = 1.0
    assert np.all(flat > 0)  # only the step and the patch border were dropped
    # a gentle slope (1 mm per pixel at 1 m) is no discontinuity
    ramp = (1.0 + 0.001 * np.arange(W, dtype=np.float32))[None, :].repeat(H, 0)
    assert np.all(apply_depth_noise(ramp, np.random.default_rng(3), cfg) > 0)


def test_range_limit_and_quantisation():
    cfg = _only(max_range=2.0, quantization=0.001)
    clean = np.linspace(0.3, 3.0, H * W, dtype=np.float32).reshape(H, W)
    noisy = apply_depth_noise(clean, np.random.default_rng(4), cfg)
    assert np.all(noisy[clean > 2.0005] == 0) and np.all(noisy[clean < 1.999] > 0)
    v = noisy[noisy > 0]
    assert np.allclose(v * 1000, np.round(v * 1000), atol=1e-3)
    assert np.max(np.abs(v - clean[noisy > 0])) <= 0.0005 + 1e-6


def test_disabled_noise_returns_the_clean_depth():
    clean = np.full((H, W), 1.234, np.float32)
    clean[0, 0] = np.nan
    out = apply_depth_noise(clean, np.random.default_rng(0), NoiseConfig(enabled=False))
    assert out[0, 0] == 0 and np.all(out.reshape(-1)[1:] == np.float32(1.234))


def test_bleeding_grows_into_background_only():
    labels = np.zeros((60, 60), np.uint16)
    labels[10:20, 10:20] = 1
    labels[20:30, 10:20] = 2  # touches object 1
    out = bleed_masks(labels, np.random.default_rng(0), _only(bleed_px=(2, 2)))
    assert np.all(out[labels > 0] == labels[labels > 0])
    assert np.count_nonzero(out == 1) > 100 and np.count_nonzero(out == 2) > 100
    assert out[8, 15] == 1 and out[7, 15] == 0  # exactly 2 px up
    assert out[31, 15] == 2 and out[32, 15] == 0
    assert out[15, 21] == 1 and out[15, 22] == 0


def test_bad_noise_parameters_raise_config_error():
    with pytest.raises(ConfigError, match="noise config: unknown key.*sigma"):
        NoiseConfig.from_dict({"sigma": 1.0})
    with pytest.raises(ConfigError, match="noise.bleed_px"):
        NoiseConfig.from_dict({"bleed_px": [3, 1]})
    with pytest.raises(ConfigError, match="noise.sigma_quad"):
        NoiseConfig.from_dict({"sigma_quad": -1})


def test_rgb_noise_has_the_configured_std_and_stays_in_range():
    from spatialvlm_ros.sim.noise import apply_rgb_noise

    rgb = np.full((H, W, 3), 128, np.uint8)
    rgb[:10] = 255
    out = apply_rgb_noise(rgb, np.random.default_rng(0), _only(rgb_sigma=3.0))
    assert out.dtype == np.uint8
    assert np.std(out[20:].astype(float) - 128) == pytest.approx(3.0, rel=0.05)
    assert out[:10].max() == 255 and out[:10].min() < 255  # clipped at the top, not wrapped
    assert np.array_equal(apply_rgb_noise(rgb, np.random.default_rng(0), _only(rgb_sigma=0.0)), rgb)
