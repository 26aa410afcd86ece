"""Node processes and an rclpy client for the live-graph tests and bench/bench_ros_live.py.

- :class:`NodeProcess`: one node as its own process (``python -m spatialvlm_ros.nodes.X --ros-args
  --params-file config/F.yaml -p k:=v``), in its own process group (``start_new_session``), output
  to a log file; :meth:`NodeProcess.stop` sends SIGINT to the group, then SIGKILL. Every started
  process is registered and :func:`stop_all` (also run at exit) stops what is left.
- :class:`Client`: an rclpy node of the test process spinning in a background thread, with
  ``wait_for(condition)``, service calls with a deadline, lifecycle ChangeState, subscriptions that
  collect messages.

Waiting is always on a condition with a deadline, never a fixed sleep.
"""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CONFIG = REPO / "config"

_RUNNING: list[NodeProcess] = []


def wait_for(condition: Callable[[], Any], timeout_s: float, what: str, period_s: float = 0.02) -> Any:
    """Poll ``condition`` until it returns a truthy value (returned) or ``timeout_s`` passes (AssertionError)."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.1f} s waiting for {what}")
        time.sleep(period_s)


def _param_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_param_value(v) for v in value) + "]"
    if isinstance(value, str):
        return value if value else "''"
    return repr(value)


class NodeProcess:
    """One node in its own process and process group (see the module docstring)."""

    def __init__(self, module: str, env: dict[str, str], log_dir: Path, params_file: str | None = None,
                 overrides: dict[str, Any] | None = None, name: str | None = None, cwd: Path | None = None) -> None:
        self.module = module
        self.name = name or module.rsplit(".", 1)[-1]
        self.log_path = Path(log_dir) / f"{self.name}.log"
        args = [sys.executable, "-u", "-m", module, "--ros-args"]
        if params_file:
            args += ["--params-file", str(CONFIG / params_file)]
        for k, v in (overrides or {}).items():
            args += ["-p", f"{k}:={_param_value(v)}"]
        self.args = args
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
        # cwd outside the source tree: the checkout still comes first through PYTHONPATH
        self.proc = subprocess.Popen(args, env=env, cwd=str(cwd or log_dir), stdout=self._log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        _RUNNING.append(self)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def wait_log(self, text: str, timeout_s: float = 20.0) -> str:
        """Wait until the node's output contains ``text``; the output."""
        def found() -> str | None:
            out = self.log_text()
            if text in out:
                return out
            if self.proc.poll() is not None:
                raise AssertionError(f"{self.name} exited ({self.proc.returncode}) before logging {text!r}:\n{out}")
            return None

        return wait_for(found, timeout_s, f"{self.name} to log {text!r}")

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, timeout_s: float = 10.0) -> int | None:
        """SIGINT to the process group, SIGKILL after ``timeout_s``; the exit code."""
        if self.proc.poll() is None:
            for sig, wait in ((signal.SIGINT, timeout_s), (signal.SIGKILL, 5.0)):
                try:
                    os.killpg(self.proc.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.proc.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        if not self._log.closed:
            self._log.close()
        if self in _RUNNING:
            _RUNNING.remove(self)
        return self.proc.returncode


def stop_all() -> None:
    """Stop every node process still running."""
    for p in _RUNNING:
        p.stop()


atexit.register(stop_all)


def _on_sigterm(signum: int, frame: Any) -> None:
    stop_all()  # atexit does not run on SIGTERM: stop the node processes first
    raise SystemExit(128 + signum)


if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
    signal.signal(signal.SIGTERM, _on_sigterm)


class Client:
    """An rclpy node of this process, spun in a background thread (its own context)."""

    def __init__(self, name: str = "live_test_client") -> None:
        import rclpy
        from rclpy.executors import MultiThreadedExecutor

        self.rclpy = rclpy
        self.context = rclpy.Context()
        rclpy.init(context=self.context)
        self.node = rclpy.create_node(name, context=self.context)
        self.executor = MultiThreadedExecutor(num_threads=3, context=self.context)
        self.executor.add_node(self.node)
        self.thread = threading.Thread(target=self.executor.spin, daemon=True)
        self.thread.start()
        self._clients: dict[str, Any] = {}

    def collect(self, msg_type: type, topic: str, qos: Any = 10, raw: bool = False,
                stamp: bool = True) -> list[Any]:
        """Subscribe; the list the messages (``(receive_time_s, msg)``) are appended to."""
        got: list[Any] = []
        self.node.create_subscription(msg_type, topic, lambda m: got.append((time.monotonic(), m)), qos, raw=raw)
        return got

    def service_client(self, srv_type: type, name: str) -> Any:
        key = f"{name}:{srv_type.__name__}"
        if key not in self._clients:
            from rclpy.qos import HistoryPolicy, QoSProfile, ReliabilityPolicy

            # a deep queue both ways: with rclpy's default (keep last 10) a burst of calls from one client
            # loses requests in its writer and responses in its reader, and those calls never complete
            qos = QoSProfile(history=HistoryPolicy.KEEP_LAST, depth=1000, reliability=ReliabilityPolicy.RELIABLE)
            self._clients[key] = self.node.create_client(srv_type, name, qos_profile=qos)
        return self._clients[key]

    def call(self, srv_type: type, name: str, request: Any, timeout_s: float = 20.0,
             startup_s: float = 90.0, resend_s: float | None = 5.0) -> Any:
        """Call a service; its response (AssertionError when it does not appear within ``startup_s`` -- a node
        process starting on a loaded machine -- or does not answer within ``timeout_s``).

        The request is sent again every ``resend_s`` while no answer came (``None``: never; only for
        requests that are not idempotent): ``service_is_ready`` can be true before the server has matched
        this client's response reader, and Fast DDS drops a response it cannot deliver within 100 ms --
        on a loaded machine the first call after discovery is then never answered."""
        client = self.service_client(srv_type, name)
        wait_for(client.service_is_ready, startup_s, f"service {name}")
        futures = [client.call_async(request)]
        deadline = time.monotonic() + timeout_s
        while True:
            next_send = time.monotonic() + (resend_s if resend_s is not None else timeout_s)
            done = wait_for(lambda: next((f for f in futures if f.done()), None) or time.monotonic() > min(
                next_send, deadline), timeout_s + 1.0, f"the answer of {name}")
            if done is not True:
                return done.result()
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout_s:.1f} s waiting for the answer of {name}")
            futures.append(client.call_async(request))

    def call_async(self, srv_type: type, name: str, request: Any) -> Any:
        return self.service_client(srv_type, name).call_async(request)

    def change_state(self, node: str, transition: str, timeout_s: float = 20.0) -> bool:
        """Lifecycle transition (``configure``, ``activate``, ...) of another process's node via ChangeState.

        ChangeState is not idempotent, so it is not simply resent: when no answer comes within 5 s (a
        response lost as described in :meth:`call`), the node's state says whether the transition
        happened; the request is sent once more while the node is still in the state it started from,
        and a second attempt that leaves it there counts as a failed transition (False)."""
        from lifecycle_msgs.msg import Transition
        from lifecycle_msgs.srv import ChangeState

        ids = {"configure": Transition.TRANSITION_CONFIGURE, "activate": Transition.TRANSITION_ACTIVATE,
               "deactivate": Transition.TRANSITION_DEACTIVATE, "cleanup": Transition.TRANSITION_CLEANUP,
               "shutdown": Transition.TRANSITION_UNCONFIGURED_SHUTDOWN}
        goal = {"configure": "inactive", "activate": "active", "deactivate": "inactive", "cleanup": "unconfigured",
                "shutdown": "finalized"}[transition]
        req = ChangeState.Request()
        req.transition.id = ids[transition]
        start = self.get_state(node)
        client = self.service_client(ChangeState, f"/{node}/change_state")
        wait_for(client.service_is_ready, 90.0, f"service /{node}/change_state")
        deadline = time.monotonic() + timeout_s
        for attempt in range(2):
            future = client.call_async(req)
            until = min(time.monotonic() + 5.0, deadline) if attempt == 0 else deadline
            wait_for(lambda: future.done() or time.monotonic() > until, timeout_s + 1.0, f"/{node}/change_state")
            if future.done():
                return bool(future.result().success)
            state = self.get_state(node)
            if state != start:
                return state == goal  # it happened (or failed into another state); only the answer was lost
        return False  # sent twice, answered never, the node still where it was

    def get_state(self, node: str) -> str:
        from lifecycle_msgs.srv import GetState

        return str(self.call(GetState, f"/{node}/get_state", GetState.Request()).current_state.label)

    def close(self) -> None:
        self.executor.shutdown(timeout_sec=5.0)
        self.node.destroy_node()
        self.rclpy.try_shutdown(context=self.context)
