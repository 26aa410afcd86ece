# The README's two commands: `make demo` (set up + run the main job) and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

# Debian packages: the real ROS 2 IDL parser (rosidl_adapter/rosidl_parser) that the interface
# tests run our .msg/.srv files through, for the system python3.
SYSTEM_PACKAGES := python3-rosidl python3-empy

.PHONY: setup system-packages demo test bench clean

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

setup: system-packages $(STAMP)

demo: setup
	$(VENV)/bin/spatialvlm demo --out out/demo

test: setup
	$(PY) -m pytest -q test

clean:
	rm -rf $(VENV) out build *.egg-info
