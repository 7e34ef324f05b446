"""Sealed bundles: what lies on the USB stick is ciphertext for the gathering's laptops only.

File layout (all integers big-endian)::

    b"CLE-SEALED-BUNDLE\\n"   magic, then one byte: the seal format version (1)
    u16 n                    how many laptops it is sealed for
    n x (u16 len, bytes)     the bundle's random 32-byte file key, sealed to each laptop's
                             X25519 key with HPKE (RFC 9180: DHKEM-X25519, HKDF-SHA256,
                             AES-256-GCM), from ``cryptography``
    u32 len, bytes           the envelope (JSON), AES-256-GCM under the envelope key
    chunks                   the inner zip bundle, AES-256-GCM in 1 MiB chunks under the
                             payload key (the STREAM construction age uses: the nonce is a
                             chunk counter plus a last-chunk flag, so reordering, dropping or
                             cutting chunks fails authentication)

The envelope and payload keys are derived from the file key with HKDF-SHA256; every AEAD call
takes the SHA-256 of the plain header (magic .. sealed keys) as associated data, so no header
byte can be changed either. What a finder of the stick sees: that this is a CLE Desktop
sealed bundle of seal format 1, for how many laptops, and its size. Nothing else: no names,
no device ids, no participant's words.

Why HPKE to each laptop rather than one shared gathering key: removing a laptop then needs no
key rotation or secret redistribution (its key is simply left out of the next seal), and no
secret ever travels in an invitation. Why chunks: a bundle with photos can be hundreds of MB;
it is never held in memory whole, and the plain zip is written to a private temporary file
beside the database (not on the stick) for the existing reader.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"CLE-SEALED-BUNDLE\n"
SEAL_VERSION = 1
CHUNK = 1 << 20
MAX_RECIPIENTS = 1000
MAX_ENVELOPE = 64 * 1024 * 1024
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
_INFO = b"cle-desktop sealed bundle v1"


class SealError(Exception):
    """Why a sealed file cannot be opened: ``reason`` is one of ``not-sealed``, ``newer``,
    ``not-for-us``, ``damaged``."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _subkeys(file_key: bytes) -> tuple[AESGCM, AESGCM]:
    def derive(label: bytes) -> AESGCM:
        return AESGCM(
            HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=label).derive(file_key)
        )

    return derive(b"cle envelope"), derive(b"cle payload")


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


@dataclass(frozen=True)
class Opened:
    envelope: dict[str, Any]
    plain: Path  # the inner zip, in a private temporary file: delete it when done


def seal_file(
    plain: Path,
    out: Path,
    recipients: Iterable[X25519PublicKey],
    envelope: dict[str, Any],
) -> None:
    """Encrypt the plain bundle ``plain`` into ``out`` for ``recipients``."""
    file_key = os.urandom(32)
    sealed_keys = [_SUITE.encrypt(file_key, r, info=_INFO) for r in recipients]
    header = bytearray(MAGIC + bytes([SEAL_VERSION]) + struct.pack(">H", len(sealed_keys)))
    for sealed in sealed_keys:
        header += struct.pack(">H", len(sealed)) + sealed
    aad = hashlib.sha256(header).digest()
    env_key, payload_key = _subkeys(file_key)
    env_ct = env_key.encrypt(b"\0" * 12, json.dumps(envelope, sort_keys=True).encode("utf-8"), aad)
    with open(plain, "rb") as src, open(out, "wb") as dst:
        dst.write(header)
        dst.write(struct.pack(">I", len(env_ct)) + env_ct)
        counter = 0
        chunk = src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = not following
            dst.write(payload_key.encrypt(_nonce(counter, last), chunk, aad))
            if last:
                break
            chunk, counter = following, counter + 1
        dst.flush()
        os.fsync(dst.fileno())


def _read_exact(f: IO[bytes], n: int) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise SealError("damaged")
    return data


def _open_header(f: IO[bytes], key: X25519PrivateKey) -> tuple[bytes, AESGCM, AESGCM]:
    if f.read(len(MAGIC)) != MAGIC:
        raise SealError("not-sealed")
    version = _read_exact(f, 1)[0]
    if version > SEAL_VERSION:
        raise SealError("newer")
    header = bytearray(MAGIC + bytes([version]))
    raw = _read_exact(f, 2)
    header += raw
    (count,) = struct.unpack(">H", raw)
    if count > MAX_RECIPIENTS:
        raise SealError("damaged")
    file_key: bytes | None = None
    for _ in range(count):
        raw = _read_exact(f, 2)
        (size,) = struct.unpack(">H", raw)
        sealed = _read_exact(f, size)
        header += raw + sealed
        if file_key is None:
            try:
                candidate = _SUITE.decrypt(sealed, key, info=_INFO)
            except (InvalidTag, ValueError):
                continue
            if len(candidate) == 32:
                file_key = candidate
    if file_key is None:
        raise SealError("not-for-us")
    env_key, payload_key = _subkeys(file_key)
    return hashlib.sha256(header).digest(), env_key, payload_key


def _read_envelope(f: IO[bytes], aad: bytes, env_key: AESGCM) -> dict[str, Any]:
    (size,) = struct.unpack(">I", _read_exact(f, 4))
    if size > MAX_ENVELOPE:
        raise SealError("damaged")
    try:
        envelope = json.loads(env_key.decrypt(b"\0" * 12, _read_exact(f, size), aad))
    except (InvalidTag, ValueError) as exc:
        raise SealError("damaged") from exc
    if not isinstance(envelope, dict):
        raise SealError("damaged")
    return envelope


def read_envelope(path: Path, key: X25519PrivateKey) -> dict[str, Any]:
    """Only the envelope (sender, version vector, signatures): what a sync point needs."""
    try:
        with open(path, "rb") as f:
            aad, env_key, _ = _open_header(f, key)
            return _read_envelope(f, aad, env_key)
    except OSError as exc:
        raise SealError("damaged") from exc


def open_sealed(path: Path, key: X25519PrivateKey, scratch: Path) -> Opened:
    """Decrypt and authenticate the whole file; the plain zip goes to a private temporary
    file in ``scratch`` (mode 0600), removed again if anything fails."""
    scratch.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".cle-unsealed-", suffix=".zip", dir=scratch)
    plain = Path(name)
    try:
        with open(path, "rb") as f, os.fdopen(fd, "wb") as dst:
            aad, env_key, payload_key = _open_header(f, key)
            envelope = _read_envelope(f, aad, env_key)
            counter = 0
            block = f.read(CHUNK + 16)
            while True:
                following = f.read(CHUNK + 16)
                last = not following
                try:
                    dst.write(payload_key.decrypt(_nonce(counter, last), block, aad))
                except InvalidTag as exc:
                    raise SealError("damaged") from exc
                if last:
                    break
                block, counter = following, counter + 1
    except BaseException as exc:
        plain.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise SealError("damaged") from exc
        raise
    return Opened(envelope, plain)
