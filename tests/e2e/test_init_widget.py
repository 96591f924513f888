"""Lesson 4's initialization explorer: controls, plotted data, text alternative, axe, both languages."""
import pytest

from tests.e2e.conftest import run_axe, screenshot

pytestmark = pytest.mark.browser

WIDGET = "figure[data-widget='init-explorer'] .init-widget"


def summary(page) -> str:
    return page.locator(f"{WIDGET} .init-widget-summary").inner_text()


def points(page) -> int:
    """Markers of the gradient chart: one per hidden layer."""
    return page.locator(f"{WIDGET} .init-widget-points circle").count()


@pytest.mark.parametrize("lang, labels", [
    ("ja", {"activation": "活性化関数", "init": "初期化", "depth": "隠れ層の数", "relu": "ReLU", "tanh": "tanh",
            "he": "He", "table": "表示中のデータの表"}),
    ("en", {"activation": "Activation", "init": "Initialization", "depth": "Hidden layers", "relu": "ReLU",
            "tanh": "tanh", "he": "He", "table": "Data table of the current view"}),
])
def test_the_explorer_follows_each_control_and_passes_axe(page, lang, labels):
    page.goto(page.base + f"/{lang}/lessons/initialization/")
    assert page.locator("html").get_attribute("lang") == lang
    widget = page.locator(WIDGET)
    widget.wait_for()
    # The static fallback gave way to the interactive view; the default is ReLU, Xavier, 30 layers.
    assert page.locator("figure[data-widget='init-explorer'] img").count() == 0
    assert widget.get_attribute("data-state") == "relu/xavier/30"
    assert points(page) == 30
    first = summary(page)
    assert "30" in first

    # Native, labelled controls in the page's language.
    activation = page.get_by_label(labels["activation"], exact=True)
    init = page.get_by_label(labels["init"], exact=True)
    depth = page.get_by_label(labels["depth"], exact=True)
    assert activation.evaluate("e => e.tagName") == "SELECT"
    assert depth.get_attribute("type") == "range"

    # Initialization, with select_option: the plotted numbers change, the depth does not.
    init.select_option("he")
    assert widget.get_attribute("data-state") == "relu/he/30"
    after_init = summary(page)
    assert after_init != first and labels["he"] in after_init
    assert points(page) == 30

    # Activation, with the keyboard: from ReLU, ArrowUp selects tanh.
    activation.focus()
    page.keyboard.press("ArrowUp")
    assert widget.get_attribute("data-state") == "tanh/he/30"
    assert summary(page) != after_init and labels["tanh"] in summary(page)

    # Depth, with the keyboard: each arrow moves 5 layers and redraws that many points.
    depth.focus()
    page.keyboard.press("ArrowRight")
    assert widget.get_attribute("data-state") == "tanh/he/35"
    assert points(page) == 35
    for _ in range(6):
        page.keyboard.press("ArrowLeft")
    assert widget.get_attribute("data-state") == "tanh/he/5"
    assert points(page) == 5
    assert "5" in summary(page)
    page.keyboard.press("End")
    assert points(page) == 50
    assert depth.get_attribute("aria-valuetext").count("50") == 1

    # The summary is announced, and the data table mirrors the chart.
    assert page.locator(f"{WIDGET} .init-widget-summary").get_attribute("aria-live") == "polite"
    page.get_by_text(labels["table"], exact=True).click()
    assert page.locator(f"{WIDGET} tbody tr").count() == 50

    widget.scroll_into_view_if_needed()
    screenshot(page, f"init-widget-{lang}")
    widget.screenshot(path=str(screenshot.__globals__["SCREENSHOTS"] / f"init-widget-{lang}-crop.png"))
    assert not run_axe(page), "the lesson page with the explorer passes axe"


def test_without_javascript_the_static_figure_shows(browser, live_server, course_loaded):
    context = browser.new_context(java_script_enabled=False, locale="en-US")
    page = context.new_page()
    page.goto(live_server.url + "/en/lessons/initialization/")
    figure = page.locator("figure[data-widget='init-explorer']")
    img = figure.locator("img")
    assert img.count() == 1
    assert img.get_attribute("src").endswith("initialization-explorer.en.svg")
    assert "Xavier" in img.get_attribute("alt")
    assert figure.locator("figcaption").inner_text() == img.get_attribute("alt")
    context.close()


def test_lessons_without_the_explorer_do_not_load_its_script(page):
    page.goto(page.base + "/en/lessons/vanishing-gradients/")
    assert page.locator("script[src*='init-widget']").count() == 0
