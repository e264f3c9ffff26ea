"""The user's own business profile: one row that fills every letterhead, and its texts in
each language letters are written in (the tagline, who we are, what we do, where we are
going, the evidence and the title under the signature).

A letter takes the texts of its own language; one missing there is taken from the other
language and named in ``LetterTexts.borrowed``, so the editors can say so.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import NamedTuple

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ValidationError, is_email
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import MyBusiness, MyBusinessText

#: The languages the profile's texts are kept in (those letters are written in).
TEXT_LANGUAGES = ("es", "en")


@dataclass
class MyBusinessTexts:
    """What the business says about itself, in one language."""

    tagline: str = ""
    who_we_are: str = ""
    what_we_do: str = ""
    where_we_are_going: str = ""
    evidence: str = ""
    signature_title: str = ""


#: The fields kept per language, in the order the form shows them.
TEXT_FIELDS = tuple(f.name for f in fields(MyBusinessTexts))


@dataclass
class MyBusinessData:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None
    signature_name: str = ""
    currency: str = "EUR"
    language: str = ""
    # by language code ("es", "en"); a language left out has no texts yet
    texts: dict[str, MyBusinessTexts] = field(default_factory=dict)

    def texts_in(self, language: str) -> MyBusinessTexts:
        return self.texts.get(_base(language)) or MyBusinessTexts()


class LetterTexts(NamedTuple):
    """The texts a letter in ``language`` prints, and the fields among them that were
    missing in that language and come from ``other`` instead."""

    values: dict[str, str]
    language: str
    borrowed: tuple[str, ...]
    other: str


def _base(language: str | None) -> str:
    return (language or "").replace("-", "_").split("_")[0].lower()


def get() -> MyBusinessData:
    row = MyBusiness.get_or_none(MyBusiness.id == 1) or MyBusiness(id=1)
    data = MyBusinessData(**{f.name: getattr(row, f.name) for f in fields(MyBusinessData)
                          if f.name != "texts"})
    for text_row in MyBusinessText.select():
        data.texts[text_row.language] = MyBusinessTexts(
            **{name: getattr(text_row, name) or "" for name in TEXT_FIELDS})
    return data


def letter_texts(data: MyBusinessData, language: str) -> LetterTexts:
    """The texts for a letter in ``language``: its own, or the other language's where its
    own are empty."""
    language = _base(language) if _base(language) in TEXT_LANGUAGES else "en"
    other = next(code for code in TEXT_LANGUAGES if code != language)
    own, fallback = data.texts_in(language), data.texts_in(other)
    values, borrowed = {}, []
    for name in TEXT_FIELDS:
        value = getattr(own, name).strip()
        if not value and getattr(fallback, name).strip():
            value = getattr(fallback, name).strip()
            borrowed.append(name)
        values[name] = value
    return LetterTexts(values, language, tuple(borrowed), other)


def field_label(name: str) -> str:
    """A profile text's name as My business shows it."""
    return {
        "tagline": translate("Profile", "Tagline"),
        "who_we_are": translate("Profile", "Who we are"),
        "what_we_do": translate("Profile", "What we do"),
        "where_we_are_going": translate("Profile", "Where we are going"),
        "evidence": translate("Profile", "Evidence"),
        "signature_title": translate("Profile", "Title under the signature"),
    }[name]


def borrowed_warning(texts: LetterTexts) -> str:
    """One sentence naming the texts a letter took from the other language ("" when none)."""
    if not texts.borrowed:
        return ""
    names = {"es": translate("Profile", "Spanish"), "en": translate("Profile", "English")}
    return translate(
        "Profile", "My business has no {language} text for {fields}: this letter uses the "
                   "{other} one. Write it in My business.").format(
        language=names[texts.language], other=names[texts.other],
        fields=", ".join(f"“{field_label(name)}”" for name in texts.borrowed))


def save(data: MyBusinessData) -> None:
    data.email = data.email.strip()
    if data.email and not is_email(data.email):
        raise ValidationError(
            translate("Validation", "“{value}” is not an email address.").format(
                value=data.email), "email")
    currency = (data.currency or "EUR").strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError(
            translate("Validation", "The currency is a three-letter code such as EUR or USD."),
            "currency")
    data.currency = currency
    values = {f.name: getattr(data, f.name) for f in fields(MyBusinessData) if f.name != "texts"}
    # the profile's own columns keep the texts of its language, for readers of the old shape
    main = _base(data.language) if _base(data.language) in data.texts else next(
        (code for code in TEXT_LANGUAGES if code in data.texts), "")
    main_texts = data.texts.get(main) or MyBusinessTexts()
    values.update({name: getattr(main_texts, name) for name in TEXT_FIELDS})
    with transaction():
        MyBusiness.insert(id=1, **values).on_conflict_replace().execute()
        for language, texts in data.texts.items():
            if _base(language) not in TEXT_LANGUAGES:
                continue
            MyBusinessText.insert(language=_base(language),
                               **{name: getattr(texts, name) for name in TEXT_FIELDS}
                               ).on_conflict_replace().execute()
