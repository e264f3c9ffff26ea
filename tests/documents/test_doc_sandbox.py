"""The template sandbox: rendering, error messages, attacks and runaway templates."""

import copy
import threading
import time

import pytest

from coopeten_gui.documents.context import TEMPLATE_VARIABLES, sample_context
from coopeten_gui.documents.sandbox import TemplateError, check_template, render_template


def test_renders_context_with_autoescape(context_es):
    context_es["contact"]["given_name"] = "Lucía <b>&"
    html = render_template("<p>Hola, {{ contact.given_name }}:</p>", context_es, "es")
    assert html == "<p>Hola, Lucía &lt;b&gt;&amp;:</p>"


def test_language_argument_becomes_the_language_variable(context_es):
    assert render_template("{{ language }}", context_es, "en") == "en"


def test_every_documented_variable_exists_in_the_sample_context():
    for language in ("es", "en"):
        context = sample_context(language)
        for name, description in TEMPLATE_VARIABLES:
            assert description
            render_template("{{ %s }}" % name, context, language)


def test_by_category_groups_in_order(context_en):
    source = ("{% for category, items in offers_theirs|by_category %}"
              "[{{ category }}: {{ items|length }}]{% endfor %}")
    assert (render_template(source, context_en, "en")
            == "[Cross-promotion to an audience: 1][Shared space: 1]")


def test_trims_block_lines(context_en):
    source = "<ul>\n{% for o in offers_mine %}\n<li>{{ o.category }}</li>\n{% endfor %}\n</ul>"
    assert render_template(source, context_en, "en") == (
        "<ul>\n<li>Cross-promotion to an audience</li>\n<li>Training</li>\n</ul>"
    )


# -- errors ---------------------------------------------------------------------------------

def test_syntax_error_names_its_line():
    source = "<p>one</p>\n<p>two</p>\n<p>{% if contact.name %}</p>\n"
    error = check_template(source)
    assert isinstance(error, TemplateError)
    assert error.line == 3
    assert "syntax" in error.message
    assert str(error).startswith("Line 3:")
    with pytest.raises(TemplateError) as raised:
        render_template(source, {}, "en")
    assert raised.value.line == 3


def test_valid_template_checks_clean():
    assert check_template("{% for o in offers_mine %}{{ o.description }}{% endfor %}") is None


def test_undefined_variable_is_named_with_its_line(context_en):
    with pytest.raises(TemplateError) as raised:
        render_template("a\nb\n\n{{ contakt.given_name }}", context_en, "en")
    assert raised.value.line == 4
    assert "“contakt” is not defined." == raised.value.message


def test_missing_field_lists_the_fields(context_en):
    with pytest.raises(TemplateError) as raised:
        render_template("{{ contact.nmae }}", context_en, "en")
    assert "“nmae”" in raised.value.message
    assert "display_name" in raised.value.message
    assert raised.value.line == 1


def test_field_of_an_empty_value_says_so(context_en):
    context_en["event"] = None
    with pytest.raises(TemplateError) as raised:
        render_template("x\n{{ event.name }}", context_en, "en")
    assert raised.value.line == 2
    assert "“name”" in raised.value.message and "empty" in raised.value.message


def test_runtime_error_is_one_sentence_without_traceback():
    with pytest.raises(TemplateError) as raised:
        render_template("\n{{ 1 / 0 }}", {}, "en")
    assert raised.value.line == 2
    assert "Traceback" not in str(raised.value)
    assert "ZeroDivisionError" in raised.value.message


def test_template_too_long_is_refused():
    error = check_template("x" * 300_000)
    assert error is not None and "too long" in error.message


def test_deeply_nested_source_is_refused_cleanly():
    error = check_template("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}")
    assert error is not None and "nested too deeply" in error.message


# -- attacks -------------------------------------------------------------------------------------

SECURITY_PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ [].__class__.__base__.__subclasses__() }}",
    "{{ ''|attr('__class__') }}",
    "{{ ''|attr('\\x5f\\x5fclass\\x5f\\x5f') }}",
    "{{ dict.mro() }}",
    "{{ (1).__class__.__mro__ }}",
    "{{ contact.__class__ }}",
    "{{ contact.items.__self__ }}",
    "{{ ''.join.__self__ }}",
    "{{ ''.format.__globals__ }}",
    "{{ '{0.__class__}'.format(42) }}",
    "{{ '{0.__init__.__globals__}'.format(cycler) }}",
    "{{ 'a{x.__class__}b'.format_map({'x': 42}) }}",
    "{{ ('a{0.__class__}b{1}'|safe).format(42, '<foo>') }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ lipsum.__globals__ }}",
    "{{ range.__globals__ }}",
    "{{ config.items() }}",
    "{{ request.application.__globals__ }}",
    "{{ (range(3)|map('string')).gi_frame }}",
    "{{ offers_mine.append(1) }}",
    "{{ contact.update({'display_name': 'x'}) }}",
    "{% set x = contact.pop('email') %}",
    "{{ offers_mine.__setitem__(0, 1) }}",
    "{% for x in [1] %}{{ loop._iterator }}{% endfor %}",
    "{% include 'os' %}",
    "{% import 'os' as os %}{{ os }}",
    "{% extends '/etc/passwd' %}",
    "{{ func_code }}",
    "{{ namespace(a=1).__dict__ }}",
    "{{ cycler('a').next.__func__.__globals__ }}",
]


@pytest.mark.parametrize("payload", SECURITY_PAYLOADS)
def test_security_payload_is_stopped(payload, context_en):
    before = copy.deepcopy(context_en)
    with pytest.raises(TemplateError) as raised:
        render_template(payload, context_en, "en")
    assert raised.value.message and "Traceback" not in raised.value.message
    assert context_en == before


def test_str_format_cannot_reach_attributes_but_still_formats(context_en):
    assert render_template("{{ '{0} & {1}'.format('a', '<b>') }}", context_en,
                           "en") == "a &amp; &lt;b&gt;"


# -- runaway templates -----------------------------------------------------------------------------

RUNAWAYS = [
    "{{ range(10**9)|list }}",
    "{{ 'x' * 10**10 }}",
    "{{ 'x' * 10**6 * 10**6 }}",
    "{{ (10 ** 1000) ** 1000 }}",
    "{{ 'a'|center(10**9) }}",
    "{{ 'a'.center(10**9) }}",
    "{{ '%s'|format('x') }}{{ '%999999999s'|format('x') }}",
    "{{ '%-999999999s' % 'x' }}",
    "{{ '{0:>999999999}'.format(1) }}",
    "{{ range(100000)|join('x' * 100000) }}",
    "{{ range(100000)|map('center', 999999)|list|length }}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{{ '' }}{% endfor %}{% endfor %}",
    "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(40) }}",
    "{% set ns = namespace(s='x') %}{% for i in range(64) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}",
    "{% set a = ['x' * 1000000] %}{% set b = [a, a, a, a, a, a, a, a, a, a] %}{{ b }}",
    "{% for row in [1]|batch(999999, 'x' * 1000) %}{{ row }}{% endfor %}",
    "{% set ns = namespace(a=1) %}{% for i in range(100000) %}{% set ns.a = [ns.a] %}"
    "{% endfor %}{{ ns.a }}",
    "{% for i in range(100000) %}{{ 'y' * 1000 }}{% endfor %}",
    "{% set x %}{% for i in range(100000) %}{{ 'y' * 1000 }}{% endfor %}{% endset %}{{ x|length }}",
    "{{ ('\\n' * 500000)|indent('x' * 1000) }}",
    "{{ ('x' * 1000)|replace('x', 'y' * 10000) }}",
    "{{ (1).to_bytes(10**9, 'big') }}",
    "{{ dict.fromkeys(range(100000), 'x' * 1000) }}",
]


@pytest.mark.parametrize("source", RUNAWAYS)
def test_runaway_template_is_stopped(source, context_en):
    started = time.monotonic()
    with pytest.raises(TemplateError) as raised:
        render_template(source, context_en, "en")
    elapsed = time.monotonic() - started
    assert elapsed < 3.0, f"took {elapsed:.2f} s"
    assert raised.value.message


# two loops of 100,000 each: far past any deadline
ENDLESS = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"


def test_timeout_message_and_custom_deadline():
    started = time.monotonic()
    with pytest.raises(TemplateError) as raised:
        render_template(ENDLESS, {}, "en", timeout=0.3)
    assert time.monotonic() - started < 1.5
    assert "0.3 seconds" in raised.value.message
    assert raised.value.line == 1


def test_runaway_leaves_other_threads_free():
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.01)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        with pytest.raises(TemplateError):
            render_template(ENDLESS, {}, "en", timeout=0.5)
    finally:
        stop.set()
        ticker.join()
    assert len(ticks) > 10


def test_renders_again_after_a_runaway(context_en):
    with pytest.raises(TemplateError):
        render_template("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", context_en, "en")
    assert render_template("{{ contact.given_name }}", context_en, "en") == "Sarah"
