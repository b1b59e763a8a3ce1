"""The worker's message format: a JSON header and raw numpy buffers, never a pickle.

A message is ``MAGIC``, the header's length (4 bytes, little-endian), the header (UTF-8
JSON) and the arrays' bytes one after the other.  The header holds a tree of plain
values in which a tagged object stands for anything JSON lacks:

* ``{"$t": [...]}`` a tuple, ``{"$d": [[key, value], ...]}`` a dict (keys may be
  numbers), ``{"$m": [...]}`` a read-only mapping;
* ``{"$a": [dtype, shape, offset, nbytes]}`` a numpy array of numbers or booleans;
* ``{"$c": name, "f": {field: value}}`` one of the dataclasses in :data:`TYPES`
  (scenario, result, vehicle, map, band, safe limit), rebuilt through its constructor so its own
  checks run.

Decoding builds nothing else: a message can only carry data.  Anything malformed
(bad length, unknown tag or type, an array outside the buffer, too deep, too big)
raises :class:`WireError` with a one-line reason.
"""

from __future__ import annotations

import dataclasses
import json
import math
import struct
from types import MappingProxyType

import numpy as np

from ..model.params import LoopParams, VehicleParams
from ..model.outcome.result import Result, Verdict
from ..model.scenario import Scenario
from .crew_band import CrewBand, Variant
from .limits import SafeLimit
from .survival_map import MapAxis, MapResult
from .uncertainty import UncertaintyResult

MAGIC = b"TVZ1"
#: Largest header (JSON) and whole message accepted [bytes].
MAX_HEADER_BYTES = 16 * 1024 * 1024
MAX_MESSAGE_BYTES = 1024 * 1024 * 1024
#: Deepest nesting of tagged values accepted.
MAX_DEPTH = 40
#: The dataclasses a message may carry, by name.
TYPES = {cls.__name__: cls for cls in (Scenario, Result, Verdict, VehicleParams, LoopParams, MapAxis, MapResult,
                                       UncertaintyResult, CrewBand, Variant, SafeLimit)}
_DTYPE_KINDS = "biuf"  # bool, signed, unsigned, float: never object or structured arrays


class WireError(ValueError):
    """A message that is not in the format (one-line reason)."""


def encode(message) -> bytes:
    """``message`` (a tree of plain values, arrays and :data:`TYPES`) as bytes; WireError if it holds anything else."""
    buffers: list[bytes] = []
    offset = [0]

    def enc(value, depth: int):
        if depth > MAX_DEPTH:
            raise WireError("the message is nested too deeply")
        if value is None or isinstance(value, (bool, str)):
            return value
        if isinstance(value, (int, np.integer)):
            return int(value)
        if isinstance(value, (float, np.floating)):
            return float(value)
        if isinstance(value, np.bool_):
            return bool(value)
        if isinstance(value, np.ndarray):
            if value.dtype.kind not in _DTYPE_KINDS:
                raise WireError(f"an array of {value.dtype} cannot be sent")
            data = np.ascontiguousarray(value).tobytes()
            buffers.append(data)
            spec = [value.dtype.str, list(value.shape), offset[0], len(data)]
            offset[0] += len(data)
            return {"$a": spec}
        if isinstance(value, list):
            return [enc(v, depth + 1) for v in value]
        if isinstance(value, tuple):
            return {"$t": [enc(v, depth + 1) for v in value]}
        if isinstance(value, (dict, MappingProxyType)):
            tag = "$d" if isinstance(value, dict) else "$m"
            return {tag: [[enc(k, depth + 1), enc(v, depth + 1)] for k, v in value.items()]}
        name = type(value).__name__
        if dataclasses.is_dataclass(value) and TYPES.get(name) is type(value):
            return {"$c": name, "f": {f.name: enc(getattr(value, f.name), depth + 1)
                                      for f in dataclasses.fields(value) if f.init}}
        raise WireError(f"a {name} cannot be sent")

    tree = enc(message, 0)
    header = json.dumps({"tree": tree}, separators=(",", ":"), allow_nan=True).encode("utf-8")
    return MAGIC + struct.pack("<I", len(header)) + header + b"".join(buffers)


def decode(data: bytes):
    """The message in ``data`` (see the module docstring); WireError naming what is wrong."""
    if not isinstance(data, (bytes, bytearray, memoryview)) or len(data) < 8 or bytes(data[:4]) != MAGIC:
        raise WireError("not a thermoviz worker message")
    if len(data) > MAX_MESSAGE_BYTES:
        raise WireError(f"message of {len(data)} bytes is over the limit of {MAX_MESSAGE_BYTES}")
    (size,) = struct.unpack("<I", bytes(data[4:8]))
    if size > MAX_HEADER_BYTES or 8 + size > len(data):
        raise WireError("the header length does not fit the message")
    try:
        header = json.loads(bytes(data[8:8 + size]).decode("utf-8"))
    except (ValueError, RecursionError) as err:  # bad JSON or UTF-8, a huge integer, deep nesting
        raise WireError(f"unreadable header ({type(err).__name__})") from None
    if not isinstance(header, dict) or "tree" not in header:
        raise WireError("the header has no tree")
    body = memoryview(data)[8 + size:]

    def array(spec):
        if not (isinstance(spec, list) and len(spec) == 4 and isinstance(spec[0], str)
                and isinstance(spec[1], list) and all(type(n) is int and n >= 0 for n in spec[1])
                and all(type(n) is int and n >= 0 for n in spec[2:])):
            raise WireError("malformed array")
        try:
            dtype = np.dtype(spec[0])
        except TypeError:
            raise WireError("unknown array type") from None
        if dtype.kind not in _DTYPE_KINDS or dtype.fields is not None:
            raise WireError(f"an array of {dtype} is not allowed")
        count = math.prod(spec[1])
        start, nbytes = spec[2], spec[3]
        if count * dtype.itemsize != nbytes or start + nbytes > len(body):
            raise WireError("an array does not fit the message")
        return np.frombuffer(body[start:start + nbytes], dtype=dtype).reshape(spec[1]).copy()

    def dec(node, depth: int):
        if depth > MAX_DEPTH:
            raise WireError("the message is nested too deeply")
        if node is None or isinstance(node, (bool, int, float, str)):
            return node
        if isinstance(node, list):
            return [dec(v, depth + 1) for v in node]
        if not isinstance(node, dict) or not node:
            raise WireError("malformed value")
        if "$a" in node and len(node) == 1:
            return array(node["$a"])
        if "$t" in node and len(node) == 1 and isinstance(node["$t"], list):
            return tuple(dec(v, depth + 1) for v in node["$t"])
        for tag in ("$d", "$m"):
            if tag in node and len(node) == 1 and isinstance(node[tag], list):
                pairs = node[tag]
                if not all(isinstance(p, list) and len(p) == 2 for p in pairs):
                    raise WireError("malformed mapping")
                items = {}
                for k, v in pairs:
                    key = dec(k, depth + 1)
                    if not isinstance(key, (str, int, float, bool, type(None))):
                        raise WireError("a mapping key must be a plain value")
                    items[key] = dec(v, depth + 1)
                return items if tag == "$d" else MappingProxyType(items)
        if set(node) == {"$c", "f"} and isinstance(node["f"], dict):
            cls = TYPES.get(node["$c"]) if isinstance(node["$c"], str) else None
            if cls is None:
                raise WireError(f"unknown type {str(node['$c'])[:40]!r}")
            names = {f.name for f in dataclasses.fields(cls) if f.init}
            if not set(node["f"]) <= names:
                raise WireError(f"unknown field of {cls.__name__}")
            fields = {k: dec(v, depth + 1) for k, v in node["f"].items()}
            try:
                return cls(**fields)
            except Exception as err:  # noqa: BLE001 - the type's own checks refused the values
                raise WireError(f"a {cls.__name__} that does not check ({type(err).__name__})") from None
        raise WireError("malformed value")

    try:
        return dec(header["tree"], 0)
    except RecursionError:
        raise WireError("the message is nested too deeply") from None


def peek_id(data) -> int | None:
    """The ``id`` of a message that does not decode as a whole (so its job can fail), or None."""
    try:
        (size,) = struct.unpack("<I", bytes(data[4:8]))
        if bytes(data[:4]) != MAGIC or size > MAX_HEADER_BYTES:
            return None
        tree = json.loads(bytes(data[8:8 + size]).decode("utf-8"))["tree"]
        for key, value in tree["$d"]:
            if key == "id" and type(value) is int:
                return value
    except Exception:  # noqa: BLE001 - anything unreadable has no job to name
        return None
    return None
