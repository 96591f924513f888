import re

import pytest

from lessons.rendering import ContentError, render, render_cached


class FakeResolver:
    def __init__(self, data=None):
        self._data = data or {"fig": {"a": {"b": 0.1234}, "n": 3}}

    def link(self, scheme, target, anchor):
        if target == "missing":
            raise ContentError(f"link to {scheme}:{target}, which does not exist")
        return f"/{scheme}/{target}/" + (f"#{anchor}" if anchor else "")

    def figure(self, name, variant=""):
        return f"/static/{name}{'.' + variant if variant else ''}.svg"

    def data(self, figure):
        if figure not in self._data:
            raise ContentError(f"missing data file {figure}.json")
        return self._data[figure]


def test_it_renders_inline_and_display_math_as_mathml():
    html = render("Bound: $\\sigma'(x) \\le 0.25$\n\n$$\n\\prod_{k=1}^{L} a_k\n$$\n", FakeResolver()).html
    assert '<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">' in html
    assert 'display="block"' in html
    assert "<munderover>" in html or "<msubsup>" in html
    assert "$" not in html


def test_it_highlights_python_code_with_pygments():
    html = render("```python\ndef f(x):\n    return x\n```\n", FakeResolver()).html
    assert html.startswith('<pre class="code highlight" tabindex="0"><code class="language-python">')
    assert '<span class="k">def</span>' in html


def test_it_gives_headings_anchors_and_a_table_of_contents():
    rendered = render("## First {#one}\n\ntext\n\n### Sub part\n\n## First {#two}\n", FakeResolver())
    assert [h["id"] for h in rendered.toc] == ["one", "sub-part", "two"]
    assert rendered.toc[0]["title"] == "First"
    assert '<h2 id="one">First <a class="anchor" href="#one"' in rendered.html
    assert "{#one}" not in rendered.html


def test_it_renders_footnotes_for_citations():
    html = render("A claim.[^g]\n\n[^g]: Glorot and Bengio, 2010.\n", FakeResolver()).html
    assert 'class="footnotes"' in html
    assert "Glorot and Bengio, 2010." in html
    assert 'href="#fn1"' in html


def test_it_resolves_course_links_and_figures():
    rendered = render("[go](lesson:relu-family#dead)\n\n![Alt text](figure:acc)\n", FakeResolver())
    assert 'href="/lesson/relu-family/#dead"' in rendered.html
    assert '<figure class="figure"><picture>' in rendered.html
    assert '<img src="/static/acc.svg" alt="Alt text"' in rendered.html
    assert "<figcaption>Alt text</figcaption>" in rendered.html


def test_a_figure_has_its_phone_and_dark_drawings_in_a_picture():
    html = render("![Alt text](figure:acc)\n", FakeResolver()).html
    sources = re.findall(r'<source media="([^"]+)" srcset="([^"]+)">', html)
    assert sources == [
        ("(max-width: 40rem) and (prefers-color-scheme: dark)", "/static/acc.phone.dark.svg"),
        ("(max-width: 40rem)", "/static/acc.phone.svg"),
        ("(prefers-color-scheme: dark)", "/static/acc.dark.svg"),
    ], "first match wins: the phone's dark drawing before the phone's, both before the wide dark one"
    assert html.index("<source") < html.index("<img") < html.index("</picture>")
    assert "data-variant" not in html


def test_a_broken_link_names_its_line():
    with pytest.raises(ContentError) as err:
        render("para\n\nmore\n\n[x](exercise:missing)\n", FakeResolver())
    assert err.value.line == 5
    assert "exercise:missing" in err.value.message


def test_it_inserts_numbers_from_figure_data():
    html = render("Accuracy {{ data:fig:a.b:.1% }} after {{ data:fig:n }} runs.", FakeResolver()).html
    assert "Accuracy 12.3% after 3 runs." in html


@pytest.mark.parametrize("ref", ["{{ data:fig:a.zzz }}", "{{ data:nofig:a }}", "{{ data:fig:a }}"])
def test_a_missing_or_non_numeric_data_value_is_an_error(ref):
    with pytest.raises(ContentError):
        render(f"x\n{ref}\n", FakeResolver())


def test_invalid_math_is_an_error():
    with pytest.raises(ContentError):
        render("$\\frac{1}{$", FakeResolver())


def test_rendering_is_cached_by_content_hash(monkeypatch):
    calls = []
    import lessons.rendering as rendering

    real = rendering.render
    monkeypatch.setattr(rendering, "render", lambda text, resolver: calls.append(1) or real(text, resolver))
    first = render_cached("hash-1", "en", "# T\n\n$x$", FakeResolver())
    second = render_cached("hash-1", "en", "# T\n\n$x$", FakeResolver())
    assert first.html == second.html
    assert len(calls) == 1
    render_cached("hash-2", "en", "# T\n\n$y$", FakeResolver())
    assert len(calls) == 2


def test_the_committed_pygments_stylesheet_is_current():
    from django.conf import settings

    from lessons.rendering import pygments_css

    committed = (settings.BASE_DIR / "courseware" / "static" / "courseware" / "pygments.css").read_text()
    assert committed == pygments_css()
