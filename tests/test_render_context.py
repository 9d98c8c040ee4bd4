"""The template context's short call path behaves as Jinja's own."""

import jinja2

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
