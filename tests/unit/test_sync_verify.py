"""Entry signatures are verified in chunks on several threads: every one is still checked, and
the refusal names the first entry that fails, as a one-pass check would."""

from __future__ import annotations

import os

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from cle_desktop.sync import trust


def signed(count: int, bad: set[int]) -> list[tuple[int, Ed25519PublicKey, bytes, bytes]]:
    key = Ed25519PrivateKey.generate()
    public = key.public_key()
    out = []
    for index in range(count):
        message = b"entry %d " % index + os.urandom(16)
        signature = key.sign(message)
        if index in bad:
            message += b"altered"
        out.append((index, public, signature, message))
    return out


def test_all_good_signatures_pass() -> None:
    assert trust.first_unverified(signed(trust.VERIFY_CHUNK * 2 + 7, set())) is None


def test_the_first_bad_signature_is_found_whichever_chunk_finishes_first() -> None:
    size = trust.VERIFY_CHUNK
    checks = signed(size * 3, {size * 2 + 5, size + 1, size * 2 + 900})
    assert trust.first_unverified(checks) == size + 1
    assert trust.first_unverified(checks[size + 2 :]) == size * 2 + 5


def test_one_bad_signature_among_a_few_is_found() -> None:
    assert trust.first_unverified(signed(5, {4})) == 4
