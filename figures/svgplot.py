"""Shared helpers for the lesson figures: one SVG per language, plus a JSON data file.

Every figure script builds its charts with these functions so that all figures look alike:

- text stays text (`svg.fonttype: none`): the browser draws it with its own fonts, so
  Japanese labels need no embedded glyphs; the font list starts with Noto Sans CJK JP;
- the chart sits on a white rounded card with dark ink; each figure also has a dark variant
  (`<name>.<lang>.dark.svg`: the same drawing in the dark page's colours, DARK) and a phone
  variant (`.phone.svg`, `.phone.dark.svg`: PHONE_WIDTH wide, panels stacked, so that its text
  shows at about 12 px on a 390 px screen); the lesson page picks one with <picture>;
- output is reproducible: no date in the metadata and a fixed id salt, so running a script
  twice writes the same bytes (the content sync hashes the files).

A label is either a plain string (the same in both languages) or a mapping
`{"ja": ..., "en": ...}`; `text(label, lang)` picks the right one.

    series = [Series({"ja": "シグモイド", "en": "sigmoid"}, steps, acc, color=COLORS[0])]
    line_chart("my-figure", series, xlabel={"ja": "ステップ", "en": "step"}, ylabel="loss")

writes `lessons/static/lessons/figures/my-figure.ja.svg` and `.en.svg` (and their variants); `write_data`
writes `lessons/content/figures/<name>.json` for the numbers the prose quotes.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

LANGS = ("ja", "en")
LESSONS_DIR = Path(__file__).resolve().parents[1] / "lessons"
SVG_DIR = LESSONS_DIR / "static" / "lessons" / "figures"
DATA_DIR = LESSONS_DIR / "content" / "figures"

# The browser picks the first font it has; matplotlib measures text with the first one it
# finds locally (install fonts-noto-cjk for faithful layout of the Japanese labels).
FONT_FAMILY = [
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "Hiragino Sans",
    "Hiragino Kaku Gothic ProN",
    "Yu Gothic",
    "Meiryo",
    "IPAexGothic",
    "DejaVu Sans",
]

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
INK = "#1f2328"
MUTED = "#59636e"
GRID = "#d8dee4"
CARD = "#ffffff"
CARD_EDGE = "#d0d7de"

# The dark variant: every colour of the light drawing, as it reads on the dark page (site.css's
# dark --surface card; the Okabe–Ito hues lightened to keep 3:1 against it).
DARK = {
    INK: "#e8e6e3", MUTED: "#aab2bb", GRID: "#3a4048", CARD: "#1e2125", CARD_EDGE: "#3a3f46",
    "#0072b2": "#5aaee8", "#d55e00": "#f0823a", "#009e73": "#2fc79a", "#cc79a7": "#e29bc3",
    "#e69f00": "#f2b733", "#56b4e9": "#a3d7f6", "#000000": "#e8e6e3", "#8c959f": "#7d8790",
    "#cccccc": "#4a5058",
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
# The phone variant: 4.2 in = 302 pt shown 358 px wide on a 390 px phone: 10.5 pt text at ~12.4 px.
PHONE_WIDTH = 4.2
VARIANTS = ("", "dark", "phone", "phone.dark")  # file name parts: <name>.<lang>[.<variant>].svg

STYLE = {
    "svg.fonttype": "none",
    "svg.hashsalt": "kobai",
    "font.family": ["sans-serif"],
    "font.sans-serif": FONT_FAMILY,
    "font.size": 10.5,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": INK,
    "axes.titlesize": 11.5,
    "axes.titleweight": "bold",
    "axes.titlecolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.facecolor": "none",
    "axes.grid": True,
    "grid.color": GRID,
    "grid.linewidth": 0.7,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": INK,
    "ytick.labelcolor": INK,
    "legend.frameon": False,
    "legend.fontsize": 9.5,
    "lines.linewidth": 2.0,
    "axes.unicode_minus": True,
    "figure.facecolor": "none",
    "savefig.facecolor": "none",
    "savefig.transparent": True,
}

# The same list as CSS, for text that matplotlib writes with a single family (mathtext).
FONT_CSS = ", ".join(f"'{name}'" for name in FONT_FAMILY) + ", sans-serif"
_LONE_FAMILY = re.compile(r"font-family: '([^']+)'(?=[;\"])")

Text = str | Mapping[str, str]


def text(label: Text | None, lang: str) -> str:
    """The label in `lang`: a plain string is the same in every language."""
    if label is None:
        return ""
    if isinstance(label, str):
        return label
    return label[lang]


@dataclass
class Series:
    """One line (line charts) or one group of bars (bar charts)."""

    label: Text
    x: Sequence[float]
    y: Sequence[float]
    color: str | None = None
    linestyle: str = "-"
    marker: str | None = None
    band: tuple[Sequence[float], Sequence[float]] | None = None  # shaded (low, high)


def new_figure(*, width: float = 6.4, height: float = 3.8, ncols: int = 1,
               nrows: int = 1) -> tuple[Figure, list[Axes]]:
    """A figure on a white rounded card, with `ncols` axes side by side (`nrows` stacked)."""
    with plt.rc_context(STYLE):
        fig, axes = plt.subplots(nrows, ncols, figsize=(width, height), squeeze=False)
    # Rounded corners of equal radius in both directions despite the non-square figure.
    card = FancyBboxPatch(
        (0.004, 0.004 * width / height), 0.992, 1 - 0.008 * width / height,
        boxstyle="round,pad=0,rounding_size=0.02", mutation_aspect=width / height,
        transform=fig.transFigure, facecolor=CARD, edgecolor=CARD_EDGE, linewidth=0.8,
        zorder=-100,
    )
    fig.patches.append(card)
    return fig, list(axes.flat)


def draw_lines(
    ax: Axes, series: Sequence[Series], lang: str, *, title: Text | None = None,
    xlabel: Text | None = None, ylabel: Text | None = None, logy: bool = False,
    ylim: tuple[float | None, float | None] | None = None, xlim: tuple[float, float] | None = None,
    hlines: Sequence[tuple[float, Text]] = (), legend: str | None = "best",
) -> None:
    """Line chart on `ax`; `hlines` are dotted reference levels, labelled just below, at the right."""
    with plt.rc_context(STYLE):
        for index, s in enumerate(series):
            color = s.color or COLORS[index % len(COLORS)]
            if s.band is not None:
                ax.fill_between(s.x, s.band[0], s.band[1], color=color, alpha=0.15, linewidth=0)
            ax.plot(
                s.x, s.y, color=color, linestyle=s.linestyle, marker=s.marker, markersize=4,
                label=text(s.label, lang),
            )
        for level, label in hlines:
            ax.axhline(level, color=MUTED, linestyle=":", linewidth=1.2)
            ax.annotate(
                text(label, lang), xy=(1, level), xycoords=("axes fraction", "data"),
                xytext=(-2, -3), textcoords="offset points", ha="right", va="top",
                color=MUTED, fontsize=8.5,
            )
        if logy:
            ax.set_yscale("log")
        _decorate(ax, lang, title, xlabel, ylabel, ylim, xlim)
        if legend and series:
            ax.legend(loc=legend)


def draw_bars(
    ax: Axes, categories: Sequence[Text], series: Sequence[Series], lang: str, *,
    title: Text | None = None, ylabel: Text | None = None, logy: bool = False,
    ylim: tuple[float | None, float | None] | None = None, value_format: str | None = None,
    legend: str | None = "best",
) -> None:
    """Grouped bar chart: one group per category, one bar per series (its `y`, its `x` unused).

    `value_format` (e.g. "{:.0%}") writes each value above its bar.
    """
    with plt.rc_context(STYLE):
        n = max(len(series), 1)
        width = 0.8 / n
        for index, s in enumerate(series):
            color = s.color or COLORS[index % len(COLORS)]
            offsets = [i - 0.4 + width * (index + 0.5) for i in range(len(categories))]
            bars = ax.bar(offsets, s.y, width=width * 0.92, color=color, label=text(s.label, lang))
            if value_format:
                ax.bar_label(bars, labels=[value_format.format(v) for v in s.y], padding=2,
                             color=INK, fontsize=8.5)
        ax.set_xticks(range(len(categories)), [text(c, lang) for c in categories])
        ax.grid(axis="x", visible=False)
        if logy:
            ax.set_yscale("log")
        _decorate(ax, lang, title, None, ylabel, ylim, None)
        if legend and len(series) > 1:
            ax.legend(loc=legend)


def _decorate(ax, lang, title, xlabel, ylabel, ylim, xlim) -> None:
    ax.set_axisbelow(True)
    if title:
        ax.set_title(text(title, lang), loc="left")
    if xlabel:
        ax.set_xlabel(text(xlabel, lang))
    if ylabel:
        ax.set_ylabel(text(ylabel, lang))
    if ylim:
        ax.set_ylim(*ylim)
    if xlim:
        ax.set_xlim(*xlim)


def save_svg(fig: Figure, name: str, lang: str, directory: Path = SVG_DIR, layout: str = "") -> list[Path]:
    """Write `<name>.<lang>[.<layout>].svg` and its dark variant reproducibly; close the figure."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.{lang}{'.' + layout if layout else ''}.svg"
    with plt.rc_context(STYLE):
        fig.tight_layout(pad=0.9)
        fig.savefig(path, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    # Mathtext (e.g. log-axis ticks "10⁻⁸") names one font only: give it the fallbacks too.
    svg = path.read_text(encoding="utf-8")
    svg = _LONE_FAMILY.sub(lambda m: f"font-family: {FONT_CSS}" if m.group(1) in FONT_FAMILY
                           else m.group(0), svg)
    path.write_text(svg, encoding="utf-8")
    dark = path.with_name(path.name.removesuffix(".svg") + ".dark.svg")
    dark.write_text(dark_svg(svg), encoding="utf-8")
    return [path, dark]


def dark_svg(svg: str) -> str:
    """The drawing in the dark page's colours (DARK; a colour not listed stays as it is). Text that
    names no colour (a legend drawn with matplotlib's defaults) would be black: it gets INK's."""
    svg = _HEX.sub(lambda m: DARK.get(m.group(0).lower(), m.group(0)), svg)
    return svg.replace('<style type="text/css">', f'<style type="text/css">text{{fill: {DARK[INK]}}}', 1)


def phone_height(width: float, height: float, ncols: int) -> float:
    """The phone variant's height: its panels stacked, each about as tall for PHONE_WIDTH as it
    was for its share of `width`, within limits that keep a panel readable."""
    panel = PHONE_WIDTH * height / (width / ncols) * 0.8
    return ncols * min(3.4, max(2.6, panel))


def write_figure(
    name: str, draw: Callable[[list[Axes], str], None], *, width: float = 6.4,
    height: float = 3.8, ncols: int = 1, directory: Path = SVG_DIR,
) -> list[Path]:
    """Per language, the figure and its variants (VARIANTS): `draw(axes, lang)` fills the axes of a
    fresh figure, once as laid out here and once for a phone (PHONE_WIDTH wide, panels stacked)."""
    paths = []
    for lang in LANGS:
        fig, axes = new_figure(width=width, height=height, ncols=ncols)
        draw(axes, lang)
        paths += save_svg(fig, name, lang, directory)
        fig, axes = new_figure(width=PHONE_WIDTH, height=phone_height(width, height, ncols), nrows=ncols)
        draw(axes, lang)
        paths += save_svg(fig, name, lang, directory, layout="phone")
    return paths


def line_chart(name: str, series: Sequence[Series], *, width: float = 6.4, height: float = 3.8,
               directory: Path = SVG_DIR, **options) -> list[Path]:
    """A one-panel line chart in both languages; `options` go to `draw_lines`."""
    return write_figure(
        name, lambda axes, lang: draw_lines(axes[0], series, lang, **options),
        width=width, height=height, directory=directory,
    )


def bar_chart(name: str, categories: Sequence[Text], series: Sequence[Series], *,
              width: float = 6.4, height: float = 3.8, directory: Path = SVG_DIR,
              **options) -> list[Path]:
    """A one-panel grouped bar chart in both languages; `options` go to `draw_bars`."""
    return write_figure(
        name, lambda axes, lang: draw_bars(axes[0], categories, series, lang, **options),
        width=width, height=height, directory=directory,
    )


def rounded(value, digits: int = 4):
    """`value` (a number, or lists/dicts of them) rounded to `digits` significant digits."""
    if isinstance(value, Mapping):
        return {key: rounded(v, digits) for key, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [rounded(v, digits) for v in value]
    if isinstance(value, bool) or not isinstance(value, float):
        return value
    if value == 0 or not math.isfinite(value):
        return value
    return float(f"{value:.{digits - 1}e}")


def write_data(name: str, data: Mapping, directory: Path = DATA_DIR) -> Path:
    """Write `<name>.json` (stable key order, floats to 4 significant digits)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    path.write_text(_dump(rounded(data)) + "\n", encoding="utf-8")
    return path


def _dump(value, indent: int = 0) -> str:
    """JSON with one key per line, but each list of plain numbers on a single line."""
    pad = "  " * (indent + 1)
    if isinstance(value, Mapping) and value:
        items = [f"{pad}{json.dumps(str(k), ensure_ascii=False)}: {_dump(v, indent + 1)}"
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, (list, tuple)) and any(isinstance(v, (Mapping, list, tuple)) for v in value):
        items = [pad + _dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + "  " * indent + "]"
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
