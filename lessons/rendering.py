"""Markdown to HTML for lessons, statements and quiz texts.

markdown-it-py with mdit-py-plugins: `$...$`/`$$...$$` become MathML (latex2mathml) on the
server, fenced code is highlighted by Pygments, `##`/`###` headings get anchors and make the
table of contents, footnotes carry citations. Links with the schemes `lesson:`,
`exercise:`, `glossary:` and `figure:` are resolved through a `Resolver`, which the sync
uses to check them and the views use to build URLs. `{{ data:<figure>:<path>[:<spec>] }}`
inserts a number from the figure's data file. A fenced block ```` ```widget <name> ```` places an
interactive figure (see `render_widget`).

Rendering is a pure function of its inputs; `render_cached` keys it by a hash of them.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import latex2mathml.converter
import yaml
from django.core.cache import cache
from markdown_it import MarkdownIt
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

RENDERER_VERSION = "4"
LINK_SCHEMES = ("lesson", "exercise", "glossary", "figure")
DATA_PATTERN = re.compile(r"\{\{\s*data:([A-Za-z0-9_-]+):([A-Za-z0-9_.\-]+)(?::([^}\s]+))?\s*\}\}")
HEADING_ID = re.compile(r"\s*\{#([A-Za-z0-9_-]+)\}\s*$")
WIDGET_INFO = re.compile(r"^widget\s+([a-z0-9][a-z0-9-]*)\s*$")


class ContentError(ValueError):
    """A problem in a content file, with the line where it was found (1-based) if known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


class Resolver(Protocol):
    def link(self, scheme: str, target: str, anchor: str) -> str:
        """The URL for `scheme:target#anchor`; raises ContentError if it points nowhere."""

    def figure(self, name: str, variant: str = "") -> str:
        """The URL of the figure's SVG in the page's language, or of one of its variants ("dark",
        "phone", "phone.dark": see figures/svgplot.py); raises ContentError."""

    def data(self, figure: str) -> dict:
        """The parsed data file of a figure; raises ContentError."""


@dataclass
class Rendered:
    html: str
    toc: list[dict] = field(default_factory=list)  # every heading: {"id", "title", "level"}
    links: list[tuple[str, str, str]] = field(default_factory=list)


def slugify_heading(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).strip().lower()
    text = re.sub(r"[^\w\s-]", "", text)
    return re.sub(r"[\s_]+", "-", text).strip("-") or "section"


def format_number(value, spec: str | None) -> str:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ContentError(f"data value {value!r} is not a number")
    try:
        return format(value, spec) if spec else f"{value:g}"
    except ValueError as exc:
        raise ContentError(f"bad format spec {spec!r}: {exc}") from exc


def lookup(data: dict, dotted: str):
    node = data
    for part in dotted.split("."):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            raise ContentError(f"no value at {dotted!r}")
    return node


def substitute_data(text: str, resolver: Resolver, errors: list | None = None) -> str:
    def replace(match: re.Match) -> str:
        figure, path, spec = match.groups()
        line = text.count("\n", 0, match.start()) + 1
        try:
            return format_number(lookup(resolver.data(figure), path), spec)
        except ContentError as exc:
            error = ContentError(f"{{{{ data:{figure}:{path} }}}}: {exc.message}", line)
            if errors is None:
                raise error from exc
            errors.append(error)
            return "?"

    return DATA_PATTERN.sub(replace, text)


def _math(content: str, options: dict) -> str:
    display = "block" if options.get("display_mode") else "inline"
    try:
        return latex2mathml.converter.convert(content, display=display)
    except Exception as exc:  # noqa: BLE001 - latex2mathml raises many types
        raise ContentError(f"math ${content}$ does not convert: {exc}") from exc


def _highlight(code: str, lang: str, _attrs) -> str:
    return code_block(code, lang)


def code_block(code: str, lang: str) -> str:
    """A fenced block as `<pre class="code highlight">`, which a keyboard can scroll (tabindex: a long
    line scrolls sideways on a phone); markdown-it keeps what starts with <pre.
    Also the way any page shows a whole file of code (the reference solutions)."""
    try:
        lexer = get_lexer_by_name(lang) if lang else None
    except ClassNotFound:
        lexer = None
    if lexer is None:
        return f'<pre class="code" tabindex="0"><code>{html.escape(code)}</code></pre>\n'
    body = highlight(code, lexer, HtmlFormatter(nowrap=True))
    return f'<pre class="code highlight" tabindex="0"><code class="language-{html.escape(lang)}">{body}</code></pre>\n'


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"highlight": _highlight, "typographer": False})
    md.enable("table")
    md.use(dollarmath_plugin, double_inline=True, allow_labels=False, renderer=_math)
    md.use(footnote_plugin)
    return md


_MD = _parser()


def _split_target(href: str) -> tuple[str, str, str] | None:
    scheme, sep, rest = href.partition(":")
    if not sep or scheme not in LINK_SCHEMES:
        return None
    target, _, anchor = rest.partition("#")
    return scheme, target, anchor


def render(text: str, resolver: Resolver, errors: list | None = None) -> Rendered:
    """Markdown to HTML. A broken reference raises ContentError (with its line), or, when
    `errors` is a list, is appended to it and rendering goes on (to report them all)."""
    source = substitute_data(text, resolver, errors)
    env: dict = {}
    tokens = _MD.parse(source, env)
    result = Rendered(html="")
    seen_ids: set[str] = set()
    for index, token in enumerate(tokens):
        line = token.map[0] + 1 if token.map else None
        if token.type == "heading_open":
            level = int(token.tag[1])
            inline = tokens[index + 1]
            match = HEADING_ID.search(inline.content)
            if match:
                anchor = match.group(1)
                inline.content = inline.content[: match.start()]
                last = inline.children[-1] if inline.children else None
                if last is not None and last.type == "text":
                    last.content = HEADING_ID.sub("", last.content)
            else:
                anchor = slugify_heading(inline.content)
            base, n = anchor, 2
            while anchor in seen_ids:
                anchor, n = f"{base}-{n}", n + 1
            seen_ids.add(anchor)
            token.attrSet("id", anchor)
            result.toc.append({"id": anchor, "title": inline.content.strip(), "level": level})
        if token.type == "fence" and token.info.split(maxsplit=1)[:1] == ["widget"]:
            try:
                token.content = render_widget(token.info.strip(), token.content, resolver)
            except ContentError as exc:
                if errors is None:
                    raise ContentError(exc.message, line) from exc
                errors.append(ContentError(exc.message, line))
                token.content = ""
            token.type, token.tag, token.info = "html_block", "", ""
        if token.type == "inline" and token.children:
            for child in token.children:
                try:
                    _resolve_child(child, resolver, result, line)
                except ContentError as exc:
                    if errors is None:
                        raise
                    errors.append(exc)
    body = _MD.renderer.render(tokens, _MD.options, env)
    result.html = _decorate_headings(body)
    return result


def _resolve_child(child, resolver: Resolver, result: Rendered, line: int | None) -> None:
    attr = "src" if child.type == "image" else "href" if child.type == "link_open" else None
    if attr is None:
        return
    parsed = _split_target(str(child.attrGet(attr) or ""))
    if parsed is None:
        return
    scheme, target, anchor = parsed
    try:
        if child.type == "image":
            if scheme != "figure":
                raise ContentError(f"an image must point to figure:<name>, not {scheme}:")
            child.attrSet("src", resolver.figure(target))
            for variant in FIGURE_VARIANTS:
                child.attrSet(f"data-variant-{variant.replace('.', '-')}", resolver.figure(target, variant))
            child.attrSet("loading", "lazy")
            child.meta["figure"] = target
        else:
            child.attrSet("href", resolver.link(scheme, target, anchor))
    except ContentError as exc:
        raise ContentError(exc.message, line) from exc
    result.links.append((scheme, target, anchor))


def _json_for_script(value) -> str:
    """JSON that is safe inside <script type="application/json">."""
    dumped = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return dumped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_widget(info: str, body: str, resolver: Resolver) -> str:
    """A fenced ```` ```widget <name> ```` block: an interactive figure with a static fallback.

    The block's body is YAML: `figure` (required: the static figure shown without JavaScript,
    resolved like `figure:`), `alt` (required: its alt text and caption, in the file's language),
    `data` (optional: `<figure>:<dotted.path>` into a figure's data file, embedded as JSON) and
    `labels` (optional: any mapping of the widget's texts, in the file's language). The page
    gets `<figure class="figure widget" data-widget="<name>">` holding the fallback image, the
    caption and the configuration in `<script type="application/json" class="widget-config">`;
    the widget's own script (loaded by the template when the page has one) does the rest.
    """
    match = WIDGET_INFO.match(info)
    if not match:
        raise ContentError(f"a widget block starts with ```widget <name>, not ```{info}")
    name = match.group(1)
    try:
        spec = yaml.safe_load(body) or {}
    except yaml.YAMLError as exc:
        raise ContentError(f"widget {name}: invalid YAML: {exc}") from exc
    if not isinstance(spec, dict):
        raise ContentError(f"widget {name}: the block is a YAML mapping")
    unknown = sorted(set(spec) - {"figure", "alt", "data", "labels"})
    if unknown:
        raise ContentError(f"widget {name}: unknown key(s) {', '.join(unknown)}")
    figure, alt = spec.get("figure"), spec.get("alt")
    if not isinstance(figure, str) or not isinstance(alt, str) or not alt.strip():
        raise ContentError(f"widget {name}: 'figure' (a figure name) and 'alt' (its alt text) are required")
    config: dict = {"labels": spec.get("labels") or {}}
    if not isinstance(config["labels"], dict):
        raise ContentError(f"widget {name}: 'labels' is a mapping")
    if "data" in spec:
        source, sep, path = str(spec["data"]).partition(":")
        if not sep or not source or not path:
            raise ContentError(f"widget {name}: 'data' is <figure>:<dotted.path>")
        config["data"] = lookup(resolver.data(source), path)
    alt_text = html.escape(alt.strip())
    img = f'<img src="{html.escape(resolver.figure(figure))}" alt="{alt_text}" loading="lazy">'
    return (
        f'<figure class="figure widget" data-widget="{name}">'
        f"{figure_picture(img, {v: resolver.figure(figure, v) for v in FIGURE_VARIANTS})}"
        f"<figcaption>{alt_text}</figcaption>"
        f'<script type="application/json" class="widget-config">{_json_for_script(config)}</script>'
        "</figure>\n"
    )


_FIGURE_PARAGRAPH = re.compile(r"<p>(<img [^>]*>)</p>")
_VARIANT_ATTR = re.compile(r' data-variant-([a-z-]+)="([^"]*)"')
# A figure's variants (figures/svgplot.py), each with the media query that picks it, first match wins.
FIGURE_VARIANTS = ("phone.dark", "phone", "dark")
_VARIANT_MEDIA = {
    "phone.dark": "(max-width: 40rem) and (prefers-color-scheme: dark)",
    "phone": "(max-width: 40rem)",
    "dark": "(prefers-color-scheme: dark)",
}


def figure_picture(img: str, variants: dict[str, str]) -> str:
    """`img` in a <picture> whose sources are the figure's variants: the phone drawing (larger text)
    on a narrow screen, the dark drawing under a dark colour scheme."""
    sources = "".join(f'<source media="{_VARIANT_MEDIA[v]}" srcset="{html.escape(variants[v], quote=True)}">'
                      for v in FIGURE_VARIANTS if variants.get(v))
    return f"<picture>{sources}{img}</picture>"
_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>', re.S)


def _decorate_headings(body: str) -> str:
    # A lone figure image becomes a <figure> with its alt text as the caption.
    def figure(match: re.Match) -> str:
        img = match.group(1)
        variants = {key.replace("-", "."): html.unescape(url) for key, url in _VARIANT_ATTR.findall(img)}
        img = _VARIANT_ATTR.sub("", img)
        alt = re.search(r'alt="([^"]*)"', img)
        caption = f"<figcaption>{alt.group(1)}</figcaption>" if alt else ""
        return f'<figure class="figure">{figure_picture(img, variants)}{caption}</figure>'

    body = _FIGURE_PARAGRAPH.sub(figure, body)

    def heading(match: re.Match) -> str:
        level, anchor, inner = match.groups()
        return (
            f'<h{level} id="{anchor}">{inner} '
            f'<a class="anchor" href="#{anchor}" aria-hidden="true" tabindex="-1">#</a></h{level}>'
        )

    return _HEADING.sub(heading, body)


def render_inline(text: str, resolver: Resolver) -> str:
    """A short text (quiz prompt, choice) without the enclosing paragraph."""
    rendered = render(text, resolver).html.strip()
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        rendered = rendered[3:-4]
    return rendered


def content_hash(*parts: str) -> str:
    digest = hashlib.sha256(RENDERER_VERSION.encode())
    for part in parts:
        digest.update(b"\0")
        digest.update(part.encode())
    return digest.hexdigest()


def render_cached(key_hash: str, language: str, text: str, resolver: Resolver) -> Rendered:
    """`render`, cached by the content hash (never rebuilt while the content is the same)."""
    key = f"md:{RENDERER_VERSION}:{language}:{key_hash}"
    hit = cache.get(key)
    if hit is not None:
        return Rendered(html=hit["html"], toc=hit["toc"])
    rendered = render(text, resolver)
    cache.set(key, {"html": rendered.html, "toc": rendered.toc}, timeout=None)
    return rendered


def pygments_css() -> str:
    """Styles whose every token colour meets WCAG AA on their own background."""
    light = HtmlFormatter(style="xcode").get_style_defs(".highlight")
    dark = HtmlFormatter(style="lightbulb").get_style_defs(".highlight")
    return f"{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}\n"


def load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ContentError(f"missing data file {path.name}") from exc
    except json.JSONDecodeError as exc:
        raise ContentError(f"{path.name}: invalid JSON: {exc}", exc.lineno) from exc
