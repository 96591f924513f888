"""The pipe between the judge and the learner process: data only, never code.

A frame is  b"KB1" + kind byte + 4-byte big-endian header length + JSON header + raw buffers.
The header is {"v": value, "t": [[dtype, shape], ...]}: `value` is plain JSON in which
{"$t": i} stands for the i-th tensor (its bytes follow the header, in order, row-major) and
{"$f": "nan" | "inf" | "-inf"} for a non-finite float. Nothing else is understood: no pickle,
no classes, no callables. Every size, depth, dtype and shape is checked before anything is
allocated, so a hostile peer can make `recv` raise WireError, never crash or hang the reader
(reads have a deadline).

Both processes use this module; only the judge's copy is trusted, and it trusts nothing it
reads.
"""
from __future__ import annotations

import json
import math
import os
import select
import struct
import time

MAGIC = b"KB1"
MAX_HEADER = 1 << 20  # bytes of JSON
MAX_FRAME = 160 << 20  # bytes of tensors in one frame
MAX_TENSORS = 4096
MAX_DEPTH = 24
MAX_DIMS = 8
DTYPES = {"float32": 4, "float64": 8, "int64": 8, "bool": 1}
_FLOATS = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}


class WireError(Exception):
    """The peer sent something that is not a well-formed frame, or nothing in time."""

    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind  # "closed" | "timeout" | "malformed" | "too_large"
        self.detail = detail[:300]
        super().__init__(f"{kind}: {self.detail}")


# ------------------------------------------------------------------------- encoding (either side)


def encode(value) -> bytes:
    """One frame for `value` (JSON types, tuples, torch tensors, non-finite floats)."""
    tensors: list = []

    def walk(obj, depth=0):
        if depth > MAX_DEPTH:
            raise ValueError("value nested too deeply")
        if obj is None or isinstance(obj, (bool, str)):
            return obj
        if isinstance(obj, int):
            return obj
        if isinstance(obj, float):
            if math.isfinite(obj):
                return obj
            return {"$f": "nan" if obj != obj else ("inf" if obj > 0 else "-inf")}
        if isinstance(obj, dict):
            return {str(k): walk(v, depth + 1) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [walk(v, depth + 1) for v in obj]
        if _is_tensor(obj):
            tensors.append(obj)
            return {"$t": len(tensors) - 1}
        raise TypeError(f"cannot send a {type(obj).__name__}")

    body = walk(value)
    specs, blobs = [], []
    for tensor in tensors:
        dtype = str(tensor.dtype).removeprefix("torch.")
        if dtype not in DTYPES:
            tensor = tensor.float()
            dtype = "float32"
        data = tensor.detach().cpu().contiguous()
        specs.append([dtype, list(data.shape)])
        blobs.append(data.reshape(-1).view(_torch().uint8).numpy().tobytes() if data.numel() else b"")
    header = json.dumps({"v": body, "t": specs}, allow_nan=False, separators=(",", ":")).encode()
    return MAGIC + b"F" + struct.pack(">I", len(header)) + header + b"".join(blobs)


def send(fd: int, value) -> None:
    data = memoryview(encode(value))
    while data:
        written = os.write(fd, data[:1 << 20])
        data = data[written:]


def _is_tensor(obj) -> bool:
    torch = _torch()
    return torch is not None and isinstance(obj, torch.Tensor)


def _torch():
    import sys

    return sys.modules.get("torch")


# ------------------------------------------------------------------------- decoding (checked)


class Reader:
    """Reads frames from `fd` with a deadline per frame."""

    def __init__(self, fd: int):
        self.fd = fd
        self.buffer = bytearray()

    def _fill(self, size: int, deadline: float) -> bytes:
        while len(self.buffer) < size:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WireError("timeout", "no answer in time")
            ready, _, _ = select.select([self.fd], [], [], min(left, 1.0))
            if not ready:
                continue
            try:
                chunk = os.read(self.fd, max(size - len(self.buffer), 1 << 16))
            except OSError as exc:
                raise WireError("closed", str(exc)) from None
            if not chunk:
                raise WireError("closed", "the other process closed the pipe")
            self.buffer += chunk
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def recv(self, timeout: float):
        deadline = time.monotonic() + timeout
        head = self._fill(8, deadline)
        if head[:3] != MAGIC or head[3:4] != b"F":
            raise WireError("malformed", "bad frame start")
        (length,) = struct.unpack(">I", head[4:8])
        if length > MAX_HEADER:
            raise WireError("too_large", f"header of {length} bytes")
        header = _parse_json(self._fill(length, deadline))
        if not isinstance(header, dict) or set(header) != {"v", "t"} or not isinstance(header["t"], list):
            raise WireError("malformed", "header keys")
        specs = _check_specs(header["t"])
        tensors = []
        for dtype, shape, nbytes in specs:
            raw = self._fill(nbytes, deadline)
            tensors.append(_tensor(raw, dtype, shape))
        return _decode(header["v"], tensors, 0)


def decode(frame: bytes):
    """The value of one whole frame held in memory (checked as `Reader.recv` checks it)."""
    reader = Reader(-1)
    reader.buffer = bytearray(frame)
    value = reader.recv(timeout=0.0)
    if reader.buffer:
        raise WireError("malformed", "bytes after the frame")
    return value


def _parse_json(raw: bytes):
    def no_constants(name):
        raise ValueError(f"{name} is not JSON")

    try:
        return json.loads(raw.decode("utf-8"), parse_constant=no_constants)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # int digits, depth, encoding
        raise WireError("malformed", f"header is not valid JSON: {type(exc).__name__}") from None


def _check_specs(specs) -> list[tuple[str, list[int], int]]:
    if len(specs) > MAX_TENSORS:
        raise WireError("too_large", f"{len(specs)} tensors")
    checked, total = [], 0
    for spec in specs:
        if not (isinstance(spec, list) and len(spec) == 2 and spec[0] in DTYPES and isinstance(spec[1], list)
                and len(spec[1]) <= MAX_DIMS
                and all(type(d) is int and 0 <= d <= MAX_FRAME for d in spec[1])):
            raise WireError("malformed", "tensor description")
        numel = math.prod(spec[1])
        nbytes = numel * DTYPES[spec[0]]
        total += nbytes
        if total > MAX_FRAME:
            raise WireError("too_large", f"more than {MAX_FRAME} bytes of tensors")
        checked.append((spec[0], spec[1], nbytes))
    return checked


def _tensor(raw: bytes, dtype: str, shape: list[int]):
    import torch

    kind = getattr(torch, dtype)
    if not raw:
        return torch.empty(shape, dtype=kind)
    return torch.frombuffer(bytearray(raw), dtype=kind).reshape(shape)


def _decode(obj, tensors, depth):
    if depth > MAX_DEPTH:
        raise WireError("malformed", "nested too deeply")
    if isinstance(obj, list):
        return [_decode(v, tensors, depth + 1) for v in obj]
    if isinstance(obj, dict):
        if len(obj) == 1 and "$t" in obj:
            index = obj["$t"]
            if type(index) is not int or not 0 <= index < len(tensors):
                raise WireError("malformed", "tensor reference")
            return tensors[index]
        if len(obj) == 1 and "$f" in obj:
            if obj["$f"] not in _FLOATS:
                raise WireError("malformed", "float marker")
            return _FLOATS[obj["$f"]]
        if any(k.startswith("$") for k in obj):
            raise WireError("malformed", "unknown marker")
        return {k: _decode(v, tensors, depth + 1) for k, v in obj.items()}
    return obj
