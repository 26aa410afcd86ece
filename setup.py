"""pip install of spatialvlm_ros (the library, CLI and tests need no ROS 2).

On a ROS 2 machine the package is built with colcon through CMakeLists.txt
(interfaces + Python); see README.md.
"""

from glob import glob

from setuptools import find_packages, setup

package_name = "spatialvlm_ros"

models = [
    "torch>=2.4",
    "transformers>=5.0,<6",
    "safetensors>=0.4",
    "accelerate>=1.0",
    "peft>=0.17",
]
data = ["ray[data]>=2.40", "pyarrow>=15"]
sim = ["pybullet>=3.2.6"]
viz = ["imageio>=2.30", "imageio-ffmpeg>=0.5"]  # MP4 / GIF videos (spatialvlm render, demo)

setup(
    name=package_name,
    version="0.1.0",
    description="SpatialVLM for ROS 2: quantitative spatial queries, dense rewards and goal poses from a VLM",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    python_requires=">=3.10",
    packages=find_packages(include=[package_name, f"{package_name}.*"]),
    package_data={package_name: ["py.typed"], f"{package_name}.ros": ["vision_msgs/*.msg"]},
    data_files=[
        (f"share/{package_name}", ["package.xml"]),
        (f"share/{package_name}/config", glob("config/*.yaml")),
        (f"share/{package_name}/config/models", glob("config/models/*.yaml")),
        (f"share/{package_name}/launch", glob("launch/*.py")),
        (f"share/{package_name}/msg", glob("msg/*.msg")),
        (f"share/{package_name}/srv", glob("srv/*.srv")),
    ],
    install_requires=[
        "numpy>=1.24",
        "scipy>=1.10",
        "pyyaml>=6",
        "pillow>=10",
        "rosbags>=0.11,<0.12",
        "matplotlib>=3.7",
        "tqdm>=4.60",
        "rapidfuzz>=3.0,<4",  # close spellings of object names and question words (core.references)
    ],
    extras_require={
        "models": models,
        "data": data,
        "sim": sim,
        "viz": viz,
        "all": models + data + sim + viz,
        # mcap + its ROS 2 decoder read written bags back independently of rosbags (Foxglove's view)
        "test": ["pytest>=8", "mcap>=1.1", "mcap-ros2-support>=0.5", "mypy>=1.10", "hypothesis>=6.100"],
        # bench/bench_open3d_side_by_side.py: the Open3D reference pipeline (0.19 imports without the
        # system libusb-1.0-0 that 0.20 needs; the CPU-only wheel)
        "bench": ["open3d-cpu==0.19.0"],
        "mutation": ["mutmut>=3.2"],
    },
    entry_points={
        "console_scripts": [
            "spatialvlm = spatialvlm_ros.cli.main:main",
        ],
    },
)
