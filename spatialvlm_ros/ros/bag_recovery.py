"""Recovering interrupted rosbag2 recordings: chunk-level mcap salvage and metadata rebuilding.

A recording killed before it was closed (SIGKILL, power cut) leaves

- an **mcap** file without summary and footer, possibly ending in a partly
  written record: rosbags refuses it ("File end magic is invalid"). This module
  scans it record by record from the start and keeps every *complete* top-level
  record (schemas, channels, and chunks whose data decompress and match their
  CRC), stopping at the first incomplete or corrupt one;
- a **sqlite3** database whose last transaction was never committed (a hot
  journal): opening it read-write rolls that transaction back, leaving every
  committed message;
- possibly no (or a stale) ``metadata.yaml``.

:func:`reindex_bag` (the ``spatialvlm reindex`` command) rebuilds an indexed
mcap and ``metadata.yaml`` in place; :func:`salvage_mcap` writes what a
truncated mcap holds into a new, complete bag (what :class:`BagReader` does in a
temporary folder when asked to read a truncated file). Errors are
:class:`~spatialvlm_ros.errors.InputError` with one line naming the bag.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from spatialvlm_ros.errors import InputError, UnreadableInputError

log = logging.getLogger(__name__)

MCAP_MAGIC = b"\x89MCAP0\r\n"
_OP_HEADER, _OP_FOOTER, _OP_SCHEMA, _OP_CHANNEL, _OP_MESSAGE, _OP_CHUNK, _OP_DATA_END = 1, 2, 3, 4, 5, 6, 15
#: largest single record accepted while salvaging (a corrupt length field must not make us allocate terabytes)
MAX_RECORD_BYTES = 1 << 31


@dataclass
class McapScan:
    """What a record-by-record scan of an mcap file found.

    ``good_bytes``: offset just after the last complete record kept;
    ``total_bytes``: file size; ``complete``: the file ended with a footer.
    ``stop_reason``: why the scan stopped early ('' when it reached the footer).
    """

    path: Path
    total_bytes: int = 0
    good_bytes: int = 0
    chunks: int = 0
    messages: int = 0
    complete: bool = False
    stop_reason: str = ""
    schemas: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # id -> (name, encoding, data)
    channels: dict[int, tuple[int, str, str, bytes]] = field(default_factory=dict)  # id -> (schema, topic, enc, meta)

    @property
    def dropped_bytes(self) -> int:
        return max(0, self.total_bytes - self.good_bytes)

    def summary(self) -> str:
        """One line: what was kept and what was dropped."""
        pct = 100.0 * self.dropped_bytes / self.total_bytes if self.total_bytes else 0.0
        return (f"kept {self.messages} messages in {self.chunks} complete chunks ({self.good_bytes} of "
                f"{self.total_bytes} bytes); dropped {self.dropped_bytes} bytes ({pct:.1f} %) after the last "
                f"complete record" + (f" ({self.stop_reason})" if self.stop_reason else ""))


def _string(bio: BytesIO) -> str:
    (n,) = struct.unpack("<I", _exact(bio, 4))
    return _exact(bio, n).decode("utf-8")


def _bytes(bio: BytesIO) -> bytes:
    (n,) = struct.unpack("<I", _exact(bio, 4))
    return _exact(bio, n)


def _exact(bio: BytesIO, n: int) -> bytes:
    data = bio.read(n)
    if len(data) != n:
        raise ValueError("record field runs past its record")
    return data


def _chunk_records(body: bytes) -> bytes:
    """Decompressed records of one chunk record body (raises ValueError when corrupt)."""
    from rosbags.rosbag2.storage_mcap import decompress

    bio = BytesIO(body)
    _start, _end, size, crc = struct.unpack("<QQQI", _exact(bio, 28))
    compression = _string(bio)
    (csize,) = struct.unpack("<Q", _exact(bio, 8))
    if size > MAX_RECORD_BYTES:
        raise ValueError(f"chunk claims {size} uncompressed bytes")
    try:
        return decompress(_exact(bio, csize), compression, size, crc)
    except Exception as exc:  # noqa: BLE001 - rosbags ReaderError, zstd/lz4 errors
        raise ValueError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None


def _records(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(op, body) of the records of a decompressed chunk; a cut record ends it with ValueError."""
    pos, n = 0, len(data)
    while pos < n:
        if pos + 9 > n:
            raise ValueError("record header cut short")
        op = data[pos]
        (size,) = struct.unpack_from("<Q", data, pos + 1)
        if pos + 9 + size > n:
            raise ValueError("record cut short")
        yield op, data[pos + 9:pos + 9 + size]
        pos += 9 + size


def iter_mcap(path: str | Path, scan: McapScan | None = None) -> Iterator[tuple[str, Any]]:
    """Events of an mcap in file order, up to its last complete record.

    Yields ``("schema", id)``, ``("channel", id)`` (details in ``scan``) and
    ``("message", (channel_id, log_time_ns, data))``. ``scan`` (filled in as
    the file is read) says how far it got and why it stopped.
    """
    path = Path(path)
    scan = scan if scan is not None else McapScan(path)
    scan.path = path
    with path.open("rb") as f:
        f.seek(0, os.SEEK_END)
        scan.total_bytes = f.tell()
        f.seek(0)
        if f.read(8) != MCAP_MAGIC:
            raise InputError(f"{path}: not an mcap file (bad magic)")
        pos = 8
        scan.good_bytes = pos
        while True:
            head = f.read(9)
            if len(head) < 9:
                scan.stop_reason = "" if not head else "a record header is cut short"
                if not head:
                    scan.stop_reason = "no footer"
                return
            op = head[0]
            (size,) = struct.unpack_from("<Q", head, 1)
            if size > MAX_RECORD_BYTES or pos + 9 + size > scan.total_bytes:
                scan.stop_reason = f"record at byte {pos} is cut short"
                return
            body = f.read(size)
            if op in (_OP_FOOTER, _OP_DATA_END):
                scan.good_bytes = pos + 9 + size
                scan.complete = op == _OP_FOOTER or scan.complete
                if op == _OP_FOOTER:
                    return
                pos += 9 + size
                continue
            try:
                if op == _OP_CHUNK:
                    inner = list(_records(_chunk_records(body)))
                    events = [e for rop, rbody in inner for e in _event(rop, rbody, scan)]
                    scan.chunks += 1
                else:
                    events = list(_event(op, body, scan))
            except (ValueError, struct.error, UnicodeDecodeError) as exc:
                scan.stop_reason = f"corrupt record at byte {pos}: {exc}"
                return
            scan.good_bytes = pos + 9 + size
            pos += 9 + size
            for ev in events:
                if ev[0] == "message":
                    scan.messages += 1
                yield ev


def _event(op: int, body: bytes, scan: McapScan) -> Iterator[tuple[str, Any]]:
    bio = BytesIO(body)
    if op == _OP_SCHEMA:
        (sid,) = struct.unpack("<H", _exact(bio, 2))
        scan.schemas[sid] = (_string(bio), _string(bio), _bytes(bio).decode("utf-8"))
        yield "schema", sid
    elif op == _OP_CHANNEL:
        cid, sid = struct.unpack("<HH", _exact(bio, 4))
        topic, enc = _string(bio), _string(bio)
        scan.channels[cid] = (sid, topic, enc, _bytes(bio))
        yield "channel", cid
    elif op == _OP_MESSAGE:
        cid, _seq, log_time, _pub = struct.unpack("<HIQQ", _exact(bio, 22))
        if cid not in scan.channels:
            raise ValueError(f"message on unknown channel {cid}")
        yield "message", (cid, log_time, body[22:])


def _rihs01(msgtype: str, msgdef: str, known: dict[str, str]) -> str:
    """Type hash of ``msgtype``: from the old metadata, the package's type store, or the definition."""
    if known.get(msgtype):
        return known[msgtype]
    from spatialvlm_ros.ros.interfaces import typestore

    ts = typestore()
    try:
        return ts.hash_rihs01(msgtype)
    except Exception:  # noqa: BLE001 - not in the type store: build it from the recorded definition
        pass
    from rosbags.typesys import Stores, get_types_from_msg, get_typestore

    own = get_typestore(Stores.EMPTY)
    try:
        own.register(get_types_from_msg(msgdef, msgtype))
        return own.hash_rihs01(msgtype)
    except Exception as exc:  # noqa: BLE001
        raise InputError(f"cannot rebuild the type hash of {msgtype}: {str(exc).splitlines()[0]}") from None


def _old_hashes(bag_dir: Path) -> dict[str, str]:
    """msgtype -> type_description_hash from a (possibly stale) metadata.yaml, if readable."""
    meta = bag_dir / "metadata.yaml"
    if not meta.is_file():
        return {}
    try:
        import yaml

        info = yaml.safe_load(meta.read_text(encoding="utf-8"))["rosbag2_bagfile_information"]
        return {t["topic_metadata"]["type"]: t["topic_metadata"].get("type_description_hash", "")
                for t in info.get("topics_with_message_count") or []}
    except Exception:  # noqa: BLE001 - a stale or broken metadata file is simply not used
        return {}


def salvage_mcap(src: str | Path, dst: str | Path, storage: str = "mcap") -> McapScan:
    """Copy every complete record of mcap file ``src`` into a new, closed bag ``dst``.

    ``dst`` must not exist. Messages keep their topics, types, QoS, bytes and
    time stamps. Returns the scan (``scan.summary()`` says what was dropped).
    """
    from rosbags.rosbag2.storage_mcap import get_msgdef, get_qos

    from spatialvlm_ros.ros.bags import BagWriter

    src = Path(src)
    scan = McapScan(src)
    known = _old_hashes(src.parent)
    conns: dict[int, str] = {}
    with BagWriter(dst, storage, sync_interval_s=None) as out:
        for kind, item in iter_mcap(src, scan):
            if kind == "channel":
                sid, topic, enc, meta = scan.channels[item]
                if sid not in scan.schemas:
                    raise InputError(f"{src}: channel {topic} refers to a schema that is not in the file")
                name, senc, data = scan.schemas[sid]
                msgdef = get_msgdef(_schema_tuple(sid, name, senc, data)).data
                out.declare_raw(topic, name, msgdef, _rihs01(name, msgdef, known), qos=get_qos(meta))
                conns[item] = topic
            elif kind == "message":
                cid, t_ns, data = item
                out.write_bytes(conns[cid], data, t_ns)
    return scan


def _schema_tuple(sid: int, name: str, enc: str, data: str) -> Any:
    from rosbags.rosbag2.storage_mcap import Schema

    return Schema(sid, name, enc, data)


def find_storage_file(bag: Path) -> Path:
    """The single ``.mcap``/``.db3`` file of a bag directory (or ``bag`` itself when it is a file)."""
    if bag.is_file():
        return bag
    files = sorted(p for p in bag.iterdir() if p.suffix in (".mcap", ".db3") and p.is_file())
    if not files:
        raise InputError(f"bag {bag} holds no .mcap or .db3 file")
    if len(files) > 1:
        raise InputError(f"bag {bag} holds {len(files)} storage files ({', '.join(p.name for p in files)}); "
                         "split bags are not supported")
    return files[0]


def rollback_sqlite(db: Path) -> None:
    """Open ``db`` read-write once so SQLite rolls back an uncommitted transaction (hot journal)."""
    try:
        conn = sqlite3.connect(f"file:{db}", uri=True)
        try:
            conn.execute("SELECT count(*) FROM messages").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UnreadableInputError(f"{db}: not a readable rosbag2 sqlite3 database ({exc})") from None


@dataclass
class ReindexResult:
    """What :func:`reindex_bag` did."""

    bag: Path
    storage: str
    messages: int
    topics: int
    scan: McapScan | None = None

    def summary(self) -> str:
        text = f"{self.bag}: {self.messages} messages on {self.topics} topics ({self.storage})"
        if self.scan is not None and not self.scan.complete:
            text += "; " + self.scan.summary()
        return text


def reindex_bag(bag: str | Path) -> ReindexResult:
    """Rebuild the index (mcap summary) and ``metadata.yaml`` of an interrupted bag, in place.

    ``bag`` is a bag directory or a bare ``.mcap``/``.db3`` file (then the
    directory is created next to it: ``NAME/`` holding the file and the
    metadata). mcap: every complete record is rewritten into a new indexed file
    that replaces the old one (a cut-off tail is lost, as it has to be);
    sqlite3: an uncommitted transaction is rolled back and the metadata is
    rebuilt from the database. Returns what the bag now holds.
    """
    bag = Path(bag)
    if not bag.exists():
        raise UnreadableInputError(f"bag {bag} does not exist")
    if bag.is_file():
        if bag.suffix not in (".mcap", ".db3"):
            raise InputError(f"{bag}: not a bag (expected a directory, a .mcap or a .db3 file)")
        target = bag.with_suffix("")
        if target.exists():
            raise InputError(f"cannot reindex {bag}: {target} exists already")
        target.mkdir()
        shutil.move(str(bag), target / bag.name)
        bag = target
    store = find_storage_file(bag)
    if store.suffix == ".mcap":
        tmp_parent = bag.parent / f".{bag.name}.reindex"
        if tmp_parent.exists():
            shutil.rmtree(tmp_parent)
        tmp_parent.mkdir()
        try:
            scan = salvage_mcap(store, tmp_parent / bag.name, "mcap")
            new = tmp_parent / bag.name
            os.replace(new / f"{bag.name}.mcap", store)
            _write_metadata_for(bag, store)
        finally:
            shutil.rmtree(tmp_parent, ignore_errors=True)
        messages, topics = _counts(bag)
        res = ReindexResult(bag, "mcap", messages, topics, scan)
    else:
        rollback_sqlite(store)
        _write_metadata_for(bag, store)
        messages, topics = _counts(bag)
        res = ReindexResult(bag, "sqlite3", messages, topics)
    log.info("reindexed %s", res.summary())
    return res


def _counts(bag: Path) -> tuple[int, int]:
    from rosbags.rosbag2 import Reader

    with Reader(bag) as r:
        return int(r.message_count), len(r.connections)


def _write_metadata_for(bag: Path, store: Path) -> None:
    """metadata.yaml of ``bag`` rebuilt from what rosbags reads in the bare storage file."""
    from rosbags.rosbag2 import Reader

    from spatialvlm_ros.ros.bags import write_metadata

    known = _old_hashes(bag)
    try:
        with Reader(store) as r:
            conns = list(r.connections)
            counts = {c.id: c.msgcount for c in conns}
            start, end = (r.start_time, r.end_time) if r.message_count else (0, 0)
            digests = {c.id: c.digest or _rihs01(c.msgtype, c.msgdef.data, known) for c in conns}
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - rosbags ReaderError, sqlite3 errors
        raise UnreadableInputError(f"cannot read {store} after recovery: {str(exc).splitlines()[0]}") from None
    storage = "mcap" if store.suffix == ".mcap" else "sqlite3"
    tmp = bag / "metadata.yaml.tmp"
    write_metadata(tmp, storage, store.name, [(c, digests[c.id], counts[c.id]) for c in conns],
                   start, max(start, end - 1))
    os.replace(tmp, bag / "metadata.yaml")
