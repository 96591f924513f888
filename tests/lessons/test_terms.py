"""One voice: the course spells each term one way per language (lessons/content/style.yaml)."""
from pathlib import Path

import pytest
import yaml

from lessons.terms import course_text_files, load_rules, variants, variants_in

ROOT = Path(__file__).resolve().parents[2]
STYLE = ROOT / "lessons" / "content" / "style.yaml"


def test_the_course_text_has_no_ruled_out_variant():
    found = variants(ROOT)
    assert not found, "ruled-out spellings (see lessons/content/style.yaml):\n" + "\n".join(map(str, found))


def test_every_kind_of_course_text_is_checked():
    names = {str(path.relative_to(ROOT)) for path in course_text_files(ROOT)}
    assert {
        "lessons/content/lessons/03-relu-family.ja.md",
        "lessons/content/quizzes/relu-family.yaml",
        "lessons/content/glossary.yaml",
        "lessons/content/glossary/relu-family.yaml",
        "lessons/content/exercises/residual-block/statement.ja.md",
        "lessons/content/exercises/residual-block/exercise.yaml",
        "lessons/static/lessons/figures/vanishing-accuracy.ja.svg",
        "grader/exercises/fix_vanishing_gradients.py",
        "courseware/locale/ja/LC_MESSAGES/django.po",
    } <= names


@pytest.mark.parametrize(
    ("text", "spelling"),
    [
        ("これは第 1 講で見た因子の積です。", "第 1 講"),
        ("講義 1 と同じです。", "講義 1"),
        ("第1回と同じ分け方", "第1回"),
        ('msgstr "第 %(n)s 課のクイズ"', "第 %(n)s 課"),
        ("このレッスンで学ぶこと", "レッスン"),
        ('msgstr "第 %(n)s 回の小テスト"', "小テスト"),
        ("入力チャンネルごとに", "チャンネル"),
        ("ReLU には He の初期値を使います。", "He の初期値"),
        ("He の初期化", "He の初期化"),
        ("Xavier の初期値", "Xavier の初期値"),
        ("私たちの実験では", "私たち"),
        ("因子の積は等比級数になります", "等比級数"),
        ("ReLU（正規化線形関数）", "正規化線形"),
        ("学習データが少なすぎる", "学習データ"),
        ("検証データでの精度", "精度"),
        ("同じレイヤーの", "レイヤー"),
        ("as in the first lesson", "the first lesson"),
        ("He initialisation", "initialis"),
        ("each minibatch", "minibatch"),
    ],
)
def test_each_variant_is_found_and_named(text, spelling):
    found = list(variants_in(Path("x.md"), "前の行\n" + text, load_rules(STYLE)))
    assert [variant.found for variant in found] == [spelling]
    assert found[0].line == 2
    assert found[0].rule.use in str(found[0])


@pytest.mark.parametrize(
    "text",
    [
        "第 1 回と同じ分け方で",
        'msgstr "第 %(n)s 回のクイズ"',
        "ReLU には He 初期化を使います。",
        "レイヤー正規化は特徴をバッチ方向に",
        "float64 の倍精度で",
        "**He 初期化**（Kaiming 初期化とも）",
        "also called Kaiming initialization",
        "lesson 1's network and a mini-batch",
    ],
)
def test_the_one_spelling_and_the_allowed_aliases_pass(text):
    assert list(variants_in(Path("x.md"), text, load_rules(STYLE))) == []


def test_the_exploding_gradient_entry_points_where_lesson_2_teaches_it():
    entries = {entry["id"]: entry for entry in yaml.safe_load((ROOT / "lessons/content/glossary.yaml").read_text())}
    entry = entries["exploding-gradient"]
    assert entry["lesson"] == "exploding-gradients"
    for lang in ("ja", "en"):
        lesson = (ROOT / f"lessons/content/lessons/02-exploding-gradients.{lang}.md").read_text()
        assert f"{{#{entry['anchor']}}}" in lesson
