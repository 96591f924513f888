"""Reading a page the way a browser enforcing our Content-Security-Policy would.

`policy` parses the header; `inline_blockers` lists what in the HTML that policy would block: a
<script> with code in it (JSON data blocks are not run, so they pass), an inline event handler
(onclick=...), a javascript: URL, a style="" attribute, and a <style> element without the nonce
the header carries.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

DATA_SCRIPT_TYPES = {"application/json", "application/ld+json", "text/template"}


def policy(response, header: str = "Content-Security-Policy") -> dict[str, list[str]]:
    """{directive: [sources]} of the response's policy header (empty when there is none)."""
    value = response.headers.get(header, "")
    directives = {}
    for part in value.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def nonce_of(directives: dict[str, list[str]], directive: str = "style-src") -> str | None:
    for source in directives.get(directive, []):
        match = re.fullmatch(r"'nonce-([^']+)'", source)
        if match:
            return match.group(1)
    return None


def inline_blockers(html: str, style_nonce: str | None) -> list[str]:
    """What a strict policy (no 'unsafe-inline', styles by nonce) would block in `html`."""
    soup = BeautifulSoup(html, "html.parser")
    found = []
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type", "").lower() not in DATA_SCRIPT_TYPES:
            found.append(f"inline <script>: {script.get_text()[:80]!r}")
    for style in soup.find_all("style"):
        if style_nonce is None or style.get("nonce") != style_nonce:
            found.append(f"<style> without this response's nonce: {style.get_text()[:80]!r}")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"inline handler <{element.name} {name}={value!r}>")
            elif name.lower() == "style":
                found.append(f"style attribute <{element.name} style={value!r}>")
            elif name.lower() in ("href", "src", "action", "formaction") and str(value).strip().lower().startswith(
                    "javascript:"):
                found.append(f"javascript: URL <{element.name} {name}={value!r}>")
    return found
