"""The user's own business profile: one row that fills every letterhead."""

from __future__ import annotations

from dataclasses import dataclass, fields

from coopeten_gui.i18n import translate
from coopeten_gui.services.common import ValidationError, is_email
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.storage.models import Profile


@dataclass
class ProfileData:
    name: str = ""
    tagline: str = ""
    who_we_are: str = ""
    what_we_do: str = ""
    where_we_are_going: str = ""
    evidence: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None
    signature_name: str = ""
    signature_title: str = ""
    currency: str = "EUR"
    language: str = ""


def get() -> ProfileData:
    row = Profile.get_or_none(Profile.id == 1) or Profile(id=1)
    return ProfileData(**{f.name: getattr(row, f.name) for f in fields(ProfileData)})


def save(data: ProfileData) -> None:
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
    values = {f.name: getattr(data, f.name) for f in fields(ProfileData)}
    with transaction():
        Profile.insert(id=1, **values).on_conflict_replace().execute()
