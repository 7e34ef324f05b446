"""A laptop's own key pairs, kept in its state folder, readable only by the user.

Each device (one database file on one machine, see :mod:`cle_desktop.storage.device`) has:

- an **Ed25519** signing key: it signs every change entry the laptop writes and the envelope
  of every bundle it seals, so any other laptop can tell which laptop wrote what;
- an **X25519** key: bundles are sealed to the X25519 keys of the gathering's laptops (HPKE,
  RFC 9180, from ``cryptography``), so only those laptops can open them.

Both private keys sit in ``<state dir>/keys/<device id>.json`` (mode 0600, created with
``O_EXCL`` so two processes never write two different keys). The fingerprint is what people
compare by eye: 16 characters of base32 from a SHA-256 of the public keys, in 4 groups.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from cle_desktop.storage.device import state_dir as default_state_dir

__all__ = [
    "DeviceKeys",
    "b64",
    "fingerprint",
    "load_device_keys",
    "pairing_code",
    "unb64",
    "verify",
]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _groups(digest: bytes) -> str:
    # Base32 (A-Z, 2-7): no 0/1 to confuse with O/I, easy to read aloud.
    text = base64.b32encode(digest).decode("ascii").replace("=", "")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def fingerprint(sign_key: bytes) -> str:
    """A laptop's fingerprint: ``ABCD-EFGH-IJKL-MNOP`` from its public signing key."""
    return _groups(hashlib.sha256(b"cle-desktop laptop\0" + sign_key).digest())


def pairing_code(host_sign_key: bytes, member_sign_key: bytes) -> str:
    """The code both screens show during an invitation: it covers both laptops' keys, so a
    swapped request or a forged invitation shows a different code."""
    return _groups(
        hashlib.sha256(b"cle-desktop pairing\0" + host_sign_key + member_sign_key).digest()
    )


def verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class DeviceKeys:
    device_id: str
    signing: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def sign_public(self) -> bytes:
        return self.signing.public_key().public_bytes_raw()

    @property
    def box_public(self) -> bytes:
        return self.box.public_key().public_bytes_raw()

    @property
    def box_public_key(self) -> X25519PublicKey:
        return self.box.public_key()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.sign_public)

    def sign(self, message: bytes) -> bytes:
        return self.signing.sign(message)


def _key_path(device_id: str, directory: Path | None) -> Path:
    return (directory or default_state_dir()) / "keys" / f"{device_id}.json"


def load_device_keys(device_id: str, directory: Path | None = None) -> DeviceKeys:
    """This device's keys, made on first use."""
    path = _key_path(device_id, directory)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        signing, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        text = json.dumps(
            {
                "device_id": device_id,
                "ed25519": b64(signing.private_bytes_raw()),
                "x25519": b64(box.private_bytes_raw()),
            }
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first: use that one
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
    data = json.loads(path.read_text(encoding="utf-8"))
    return DeviceKeys(
        device_id,
        Ed25519PrivateKey.from_private_bytes(unb64(data["ed25519"])),
        X25519PrivateKey.from_private_bytes(unb64(data["x25519"])),
    )
