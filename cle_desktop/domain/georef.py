"""Georeferencing a photo of a hand-drawn map from two or three control points.

Two points give a similarity transform (scale, rotation, shift: a drawn map is rarely skewed);
three give a full affine transform. Pixels are (px, py) from the top-left; geography is
(lat, lon). Works in a local equirectangular frame (lon scaled by cos(lat)), fine at the scale
of a neighbourhood.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class ControlPoint:
    px: float
    py: float
    lat: float
    lon: float


@dataclass(frozen=True)
class Georef:
    """x' = a*px + b*py + c ; y' = d*px + e*py + f, with (x', y') = (lon*k, lat)."""

    a: float
    b: float
    c: float
    d: float
    e: float
    f: float
    k: float  # cos(reference latitude)

    def to_latlon(self, px: float, py: float) -> tuple[float, float]:
        x = self.a * px + self.b * py + self.c
        y = self.d * px + self.e * py + self.f
        return y, x / self.k

    def to_pixel(self, lat: float, lon: float) -> tuple[float, float]:
        x, y = lon * self.k - self.c, lat - self.f
        det = self.a * self.e - self.b * self.d
        if abs(det) < 1e-18:
            raise ValueError("The control points are in a line; choose points spread over the map.")
        return (self.e * x - self.b * y) / det, (-self.d * x + self.a * y) / det

    def metres_per_pixel(self) -> float:
        """The drawing's scale in metres per pixel (the mean of its two axes)."""
        sx = math.hypot(self.a, self.d)
        sy = math.hypot(self.b, self.e)
        return (sx + sy) / 2 * 6_371_008.8 * math.pi / 180.0


def fit(points: Sequence[ControlPoint]) -> Georef:
    if len(points) not in (2, 3):
        raise ValueError("Give two or three control points.")
    k = math.cos(math.radians(sum(p.lat for p in points) / len(points)))
    if len(points) == 2:
        p1, p2 = points
        # complex-number similarity: w = s*z + t, z = px - i*py (y axis points down), w = x + i*y
        z1, z2 = complex(p1.px, -p1.py), complex(p2.px, -p2.py)
        w1, w2 = complex(p1.lon * k, p1.lat), complex(p2.lon * k, p2.lat)
        if z1 == z2:
            raise ValueError("The two control points are the same pixel.")
        s = (w2 - w1) / (z2 - z1)
        t = w1 - s * z1
        # x + iy = (sr + i si)(px - i py) + t  =>  x = sr*px + si*py + tr ; y = si*px - sr*py + ti
        return Georef(s.real, s.imag, t.real, s.imag, -s.real, t.imag, k)
    (x1, y1), (x2, y2), (x3, y3) = ((p.px, p.py) for p in points)
    det = x1 * (y2 - y3) - x2 * (y1 - y3) + x3 * (y1 - y2)
    if abs(det) < 1e-9:
        raise ValueError("The control points are in a line; choose points spread over the map.")

    def solve(v1: float, v2: float, v3: float) -> tuple[float, float, float]:
        a = (v1 * (y2 - y3) - v2 * (y1 - y3) + v3 * (y1 - y2)) / det
        b = (x1 * (v2 - v3) - x2 * (v1 - v3) + x3 * (v1 - v2)) / det
        c = (x1 * (y2 * v3 - y3 * v2) - x2 * (y1 * v3 - y3 * v1) + x3 * (y1 * v2 - y2 * v1)) / det
        return a, b, c

    a, b, c = solve(*(p.lon * k for p in points))
    d, e, f = solve(*(p.lat for p in points))
    return Georef(a, b, c, d, e, f, k)


METRES_PER_DEGREE = 6_371_008.8 * math.pi / 180.0  # mean Earth radius, one degree of arc


def exact_fit(points: Sequence[ControlPoint]) -> bool:
    """Two points fix a turn, a scale and a shift; three fix an affine map: either way the fit
    passes through every point, so its own error is zero and says nothing."""
    return len(points) in (2, 3)


def residuals_m(points: Sequence[ControlPoint]) -> list[float]:
    """How far each point's given place lies from one true-to-scale fit (a turn, a scale and a
    shift, least squares) through all of them, in metres; empty below three points.

    Why not the saved fit's own error: with three points the affine fit passes through all of
    them exactly, so a mistyped coordinate would show as 0 m. A drawn map that is roughly to
    scale has small residuals here; one wrong point stands out as the large one.
    """
    if len(points) < 3:
        return []
    k = math.cos(math.radians(sum(p.lat for p in points) / len(points)))
    zs = [complex(p.px, -p.py) for p in points]
    ws = [complex(p.lon * k, p.lat) for p in points]
    zm, wm = sum(zs) / len(zs), sum(ws) / len(ws)
    spread = sum(abs(z - zm) ** 2 for z in zs)
    if spread == 0:
        raise ValueError("The control points are the same pixel.")
    s = sum((w - wm) * (z - zm).conjugate() for z, w in zip(zs, ws, strict=True)) / spread
    return [abs(s * (z - zm) + wm - w) * METRES_PER_DEGREE for z, w in zip(zs, ws, strict=True)]
