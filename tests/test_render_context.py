"""The template context's short call path behaves as Jinja's own."""

import jinja2
import markupsafe

from generator.render import make_environment

TEMPLATE = (
    '{% macro twice(x) %}{{ x }}{{ x }}{% endmacro %}\n{% for n in items %}{% set label = "بند" %}'
    "{{ plain(n) }}|{{ sep.join(words) }}|{{ with_context() }}|{{ twice(n) }}|{{ first(empty) }}\n{% endfor %}"
)


def test_plain_functions_methods_context_functions_and_macros(tmp_path):
    (tmp_path / "t.html").write_text(TEMPLATE, encoding="utf-8")
    env = make_environment(tmp_path)

    @jinja2.pass_context
    def with_context(context):
        return context["label"]  # a variable set inside the loop: needs _loop_vars

    def first(values):
        return next(iter(values))  # StopIteration: Jinja gives an undefined value

    env.undefined = jinja2.Undefined
    html = env.get_template("t.html").render(
        items=[1, 2],
        plain=lambda n: n * 10,
        sep="،",
        words=["قافلة", "داعش"],
        with_context=with_context,
        first=first,
        empty=[],
    )
    assert html.split() == ["10|قافلة،داعش|بند|11|", "20|قافلة،داعش|بند|22|"]


def test_compiled_templates_are_reused_until_their_source_changes(tmp_path):
    templates, compiled = tmp_path / "templates", tmp_path / "compiled"
    templates.mkdir()
    (templates / "t.html").write_text("<p>{{ title }}</p>", encoding="utf-8")
    first = make_environment(templates, compiled)
    assert first.get_template("t.html").render(title="قافلة") == "<p>قافلة</p>"
    assert list(compiled.iterdir())  # the compiled template is kept

    def no_compiling(*args, **kwargs):
        raise AssertionError("compiled again")

    again = make_environment(templates, compiled)
    again.compile = no_compiling
    assert again.get_template("t.html").render(title="داعش") == "<p>داعش</p>"

    (templates / "t.html").write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    edited = make_environment(templates, compiled)
    assert edited.get_template("t.html").render(title="داعش") == "<h1>داعش</h1>"


def test_escaping_through_the_memo_tells_plain_text_from_markup(tmp_path):
    (tmp_path / "t.html").write_text("{{ a }}|{{ b }}|{{ a }}|{{ n }}|{{ long }}", encoding="utf-8")
    env = make_environment(tmp_path)
    template = env.get_template("t.html")
    long = "<" * 5000
    for a, b in (("<b>«قافلة»</b>", markupsafe.Markup("<b>«قافلة»</b>")), (markupsafe.Markup("<i>"), "<i>")):
        html = template.render(a=a, b=b, n=7, long=long)
        assert html == f"{markupsafe.escape(a)}|{markupsafe.escape(b)}|{markupsafe.escape(a)}|7|{'&lt;' * 5000}"
