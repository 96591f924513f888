"""Axes for the verdict's charts: nice-number ticks (1-2-5 steps) and their labels.

    linear_axis(lo, hi)  # y: the data's range widened to whole ticks, a flat curve kept flat
    log_axis(lo, hi)     # y on a log scale: whole decades, in exponents (no float overflow)
    end_axis(lo, hi)     # x: ends exactly at `hi` (a run's last step, the last layer), ticks between

Each returns an `Axis`: the domain drawn (in the axis's own units: exponents for a log axis) and
the ticks as (position, label) pairs. Tick values are exact decimals (k × m × 10^e), so a label
never reads 0.30000000000000004, and labels are written to the precision of the step between
ticks, so two ticks never share one.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

MANTISSAS = (1, 2, 5)
SPAN_FLOOR = 0.2  # a linear axis spans at least this share of the largest value it shows
SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


@dataclass(frozen=True)
class Axis:
    lo: float
    hi: float
    ticks: tuple[tuple[float, str], ...]


def nice_step(span: float, count: int) -> tuple[int, int]:
    """The smallest step m × 10^e (m in 1, 2, 5) with at most `count` steps across `span` > 0."""
    raw = span / count
    exponent = math.floor(math.log10(raw))
    for mantissa in (*MANTISSAS, 10):
        if mantissa * 10.0 ** exponent >= raw * (1 - 1e-9):
            return (1, exponent + 1) if mantissa == 10 else (mantissa, exponent)
    return 1, exponent + 1  # pragma: no cover - 10 × 10^e always reaches raw


def decimal_label(value: Decimal, exponent: int) -> str:
    """`value` (a multiple of 10^exponent) written to that precision: 2.30, 250, 1.5×10⁻⁶."""
    if value == 0:
        return "0"
    size = abs(value)
    if Decimal("0.001") <= size < Decimal(100_000) and exponent >= -6:
        return f"{value:.{max(0, -exponent)}f}"
    power = size.adjusted()  # floor(log10(size)), exact for any size
    digits = max(0, power - exponent)
    mantissa = f"{value.scaleb(-power):.{digits}f}"
    return power_label(power) if mantissa in ("1", "1.0") and digits == 0 else f"{mantissa}×{power_label(power)}"


def power_label(power: int) -> str:
    """10⁻⁶, 10⁴; 1 and 10 as themselves."""
    return {0: "1", 1: "10"}.get(power) or "10" + str(power).translate(SUPERSCRIPT)


def _multiples(lo: float, hi: float, step: Decimal, inside: bool) -> list[int]:
    """The k with k × step in [lo, hi] (inside) or from the last at or below lo to the first at or above hi."""
    fstep = float(step)
    if not 0 < fstep < math.inf:
        return []
    first, last = (math.ceil(lo / fstep - 1e-9), math.floor(hi / fstep + 1e-9)) if inside else \
        (math.floor(lo / fstep + 1e-9), math.ceil(hi / fstep - 1e-9))
    return list(range(first, last + 1))


def linear_axis(lo: float, hi: float, count: int = 4, *, floor_at_zero: bool = True) -> Axis | None:
    """A y axis covering [lo, hi] from tick to tick. A range narrower than SPAN_FLOOR of its largest
    value is widened around its middle (a loss flat at 2.30 reads flat, not as swings in the third
    digit); it does not go below 0 for data that does not (`floor_at_zero`). None when the range is
    not finite."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi < lo:
        return None
    least = SPAN_FLOOR * max(abs(lo), abs(hi)) or 1.0
    if hi - lo < least:
        middle = (lo + hi) / 2
        new_lo, new_hi = middle - least / 2, middle + least / 2
        if floor_at_zero and lo >= 0 > new_lo:
            new_lo, new_hi = 0.0, least
        lo, hi = new_lo, new_hi
    if not math.isfinite(hi - lo) or hi - lo <= 0:
        return None
    mantissa, exponent = nice_step(hi - lo, count)
    step = Decimal(mantissa).scaleb(exponent)
    values = [k * step for k in _multiples(lo, hi, step, inside=False)]
    if len(values) < 2 or not all(math.isfinite(float(v)) for v in values):
        return None
    return Axis(float(values[0]), float(values[-1]), tuple((float(v), decimal_label(v, exponent)) for v in values))


def log_axis(lo: float, hi: float, count: int = 5) -> Axis | None:
    """A log y axis for 0 < lo ≤ hi, in exponents: whole decades around the data (at least one);
    ticks at 1, 2, 5 within a single decade, else at decades (every 2nd, 5th, ... when many)."""
    if not (0 < lo <= hi < math.inf):
        return None
    first, last = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    if last <= first:
        last = first + 1
    if last - first == 1:
        ticks = [(first + math.log10(m), decimal_label(Decimal(m).scaleb(first), first)) for m in MANTISSAS]
        ticks.append((float(last), decimal_label(Decimal(1).scaleb(last), last)))
        return Axis(float(first), float(last), tuple(ticks))
    every = 1
    while (last - first) / every > count:
        every = next(m * 10 ** e for e in range(0, 10) for m in MANTISSAS if m * 10 ** e > every)
    first, last = math.floor(first / every) * every, math.ceil(last / every) * every
    powers = range(first, last + 1, every)
    plain = -3 <= first and last <= 4  # 0.001 … 10000 as decimals, else every decade as a power of 10
    ticks = tuple((float(p), decimal_label(Decimal(1).scaleb(p), p) if plain else power_label(p)) for p in powers)
    return Axis(float(first), float(last), ticks)


def end_axis(lo: float, hi: float, count: int = 5, *, from_zero: bool = False) -> Axis | None:
    """An x axis from `lo` (or 0, `from_zero`, when the first tick step reaches lo) to exactly `hi`,
    both labelled, with the nice multiples between that leave room for the labels at the ends."""
    lo, hi = float(lo), float(hi)
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi < lo:
        return None
    if hi == lo:
        return Axis(lo, lo + 1, ((lo, _number_label(lo)),))
    mantissa, exponent = nice_step(hi - lo, count)
    if exponent < 0 and lo.is_integer() and hi.is_integer():
        mantissa, exponent = 1, 0  # whole steps and layers: no tick between two of them
    step = Decimal(mantissa).scaleb(exponent)
    if from_zero and 0 <= lo <= float(step):
        lo = 0.0
    room = 0.6 * float(step)
    between = [k * step for k in _multiples(lo, hi, step, inside=True)]
    between = [v for v in between if float(v) - lo >= room and hi - float(v) >= room]
    ticks = [(lo, _number_label(lo)), *((float(v), decimal_label(v, exponent)) for v in between),
             (hi, _number_label(hi))]
    return Axis(lo, hi, tuple(ticks))


def _number_label(value: float) -> str:
    """An axis end: a step or layer as its digits (250), anything else to 4 significant digits."""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.4g}"
