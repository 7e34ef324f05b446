"""The demo gathering: a three-day Community Learning Exchange in Santa Fe, the same for a seed.

Sessions from the CLE practice (circles, a community walk, a gallery walk of artifacts, open
space), participants across roles and generations with varied consent (minors, a withdrawn
person, people with no record yet), stories in English and Spanish that name assets, gifts and
hopes, tags anchored on real passages (with deliberate near-duplicate assets from different
note-takers), placed assets, artifacts and generated photos.

It sits above the services (beside ``ui``, ``cli`` and ``bench``, which call it) and writes
only through them: ``content`` holds what the gathering is made of, ``text`` the story text,
``build`` the service calls.
"""

from __future__ import annotations

from cle_desktop.demo.build import DEMO_VERSION, DemoSummary, create_demo

__all__ = ["DEMO_VERSION", "DemoSummary", "create_demo"]
