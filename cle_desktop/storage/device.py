"""Device identity: which replica is writing.

The device id lives *outside* the database file, in the user's state directory, bound to
(machine, absolute path of the file, the file's instance id). Copying a database file to
another machine or path therefore gives the copy a fresh device id, so two diverging copies
never write change entries under the same (device, sequence) pair.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from pathlib import Path

import platformdirs

from cle_desktop.domain.ids import new_id


def default_laptop_name() -> str:
    """What a laptop is called until someone names it: the computer's own name, which its
    owner recognises (a device id is for machines)."""
    return socket.gethostname().strip() or "laptop"


def state_dir() -> Path:
    override = os.environ.get("CLE_DESKTOP_STATE_DIR")
    return Path(override) if override else Path(platformdirs.user_state_dir("cle-desktop"))


def machine_id() -> str:
    for candidate in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            text = Path(candidate).read_text().strip()
        except OSError:
            continue
        if text:
            return text
    return f"{uuid.getnode():012x}"


def resolve_device_id(db_path: Path, db_instance_id: str, directory: Path | None = None) -> str:
    """The device id for this database file on this machine; created on first use."""
    directory = directory or state_dir()
    directory.mkdir(parents=True, exist_ok=True)
    registry = directory / "devices.json"
    key = f"{machine_id()}|{db_path.resolve()}|{db_instance_id}"
    try:
        bindings: dict[str, str] = json.loads(registry.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        bindings = {}
    if key in bindings:
        return bindings[key]
    device = new_id()
    bindings[key] = device
    tmp = registry.with_suffix(".tmp")
    tmp.write_text(json.dumps(bindings, indent=1), encoding="utf-8")
    os.replace(tmp, registry)
    return device
