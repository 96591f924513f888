import json
import re

import pytest

from lessons.rendering import ContentError, render
from tests.lessons.test_rendering import FakeResolver

WIDGET = """Intro.

```widget init-explorer
figure: explorer
alt: Activation std per layer </script> & more
data: fig:a
labels:
  activation: Activation
```

After.
"""


def test_a_widget_block_becomes_a_figure_with_fallback_image_and_config():
    html = render(WIDGET, FakeResolver()).html
    assert '<figure class="figure widget" data-widget="init-explorer">' in html
    assert '<img src="/static/explorer.svg" alt="Activation std per layer &lt;/script&gt; &amp; more"' in html
    assert "<figcaption>Activation std per layer &lt;/script&gt; &amp; more</figcaption>" in html
    config = re.search(r'<script type="application/json" class="widget-config">(.*?)</script>', html, re.S)
    assert json.loads(config.group(1)) == {"labels": {"activation": "Activation"}, "data": {"b": 0.1234}}
    assert "<p>After.</p>" in html and "<pre" not in html


def test_other_fences_are_still_code():
    html = render("```widgets\nx\n```\n", FakeResolver()).html
    assert html.startswith('<pre class="code')


@pytest.mark.parametrize("body", [
    "figure: explorer\n",  # no alt
    "alt: text\n",  # no figure
    "figure: explorer\nalt: a\ndata: nofig:a\n",  # missing data file
    "figure: explorer\nalt: a\ndata: fig:zzz\n",  # missing path
    "figure: explorer\nalt: a\ncolour: red\n",  # unknown key
    "figure: [unclosed\n",  # bad YAML
])
def test_a_broken_widget_block_is_an_error_with_its_line(body):
    with pytest.raises(ContentError) as err:
        render(f"para\n\n```widget init-explorer\n{body}```\n", FakeResolver())
    assert err.value.line == 3


def test_broken_widgets_are_collected_when_asked():
    errors = []
    render("```widget x\nalt: a\n```\n\n```widget BAD NAME\nfigure: f\nalt: a\n```\n", FakeResolver(), errors)
    assert len(errors) == 2
