"""Generic CSV: which column holds what, guessed from English or Spanish headers.

A mapping is ``{column index: target}``. A target is a ContactData field (``given_name``,
``organization_name``, ``notes``, ``tags``, ``birthday``…), an address part (``street``,
``city``…, all into one address), or ``email``/``phone``/``url`` with an optional label after
a colon (``phone:cell``). Columns missing from the mapping are ignored.
"""

from __future__ import annotations

import re
import unicodedata

from coopeten_gui.i18n import translate
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.formats.fields import birthday_without_year, parse_date, unique

SCALAR_TARGETS = ("display_name", "prefix", "given_name", "middle_name", "family_name",
                  "suffix", "nickname", "organization_name", "department", "job_title",
                  "notes", "uid")
LIST_TARGETS = ("email", "phone", "url")
ADDRESS_TARGETS = ("street", "extended", "po_box", "city", "region", "postal_code", "country")
OTHER_TARGETS = ("birthday", "tags")

# Header keys: lower-case, no accents, digits or punctuation ("Teléfono 2" → "telefono").
_ALIASES: dict[str, str] = {}
for _target, _keys in {
    "display_name": "name fullname displayname contact contactname nombrecompleto "
                    "nombreyapellidos nombreapellidos contacto razonsocial",
    "prefix": "prefix nameprefix salutation tratamiento saludo",
    "given_name": "firstname givenname first forename nombre nombrepila nombredepila",
    "middle_name": "middlename additionalname segundonombre",
    "family_name": "lastname surname familyname last apellido apellidos primerapellido "
                   "segundoapellido",
    "suffix": "suffix namesuffix sufijo",
    "nickname": "nickname alias apodo mote",
    "organization_name": "company companyname organization organisation organizationname "
                         "org empresa compania organizacion entidad negocio account "
                         "accountname",
    "department": "department departamento",
    "job_title": "jobtitle title position role occupation profession cargo puesto "
                 "ocupacion profesion",
    "email": "email emails mail emailaddress mailaddress correo correoelectronico "
             "direcciondecorreo direcciondecorreoelectronico ecorreo",
    "email:work": "workemail businessemail emailtrabajo correotrabajo correodeltrabajo",
    "email:home": "homeemail personalemail emailpersonal correopersonal",
    "phone": "phone phonenumber phones telephone tel telefono telefonos numerodetelefono "
             "telefonofijo fijo",
    "phone:cell": "mobile mobilephone mobilenumber cell cellphone movil telefonomovil "
                  "celular telefonocelular whatsapp",
    "phone:work": "workphone businessphone officephone telefonotrabajo telefonodeltrabajo "
                  "telefonooficina",
    "phone:home": "homephone telefonocasa telefonoparticular",
    "phone:fax": "fax faxnumber",
    "url": "web website webpage homepage url site sitioweb paginaweb pagina sitio",
    "url:linkedin": "linkedin linkedinurl linkedinprofile",
    "street": "address street streetaddress direccion calle domicilio "
              "direccionpostal",
    "extended": "extendedaddress",
    "po_box": "pobox apartado apartadodecorreos",
    "city": "city town ciudad localidad municipio poblacion",
    "region": "state region province county provincia estado comunidad comunidadautonoma",
    "postal_code": "zip zipcode postalcode postcode codigopostal cp",
    "country": "country countryregion pais",
    "birthday": "birthday birthdate dateofbirth fechadenacimiento fechanacimiento "
                "cumpleanos nacimiento",
    "notes": "notes note notas nota comments comment comentarios observaciones "
             "description descripcion",
    "tags": "tags tag labels etiquetas etiqueta categories category categorias categoria "
            "groups group grupos grupo",
}.items():
    for _key in _keys.split():
        _ALIASES[_key] = _target


def header_key(header: str) -> str:
    decomposed = unicodedata.normalize("NFKD", header)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^a-z]", "", plain)


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """The target of each recognised header (case, accents, digits and punctuation ignored:
    ``Correo electrónico``, ``E-mail 2``, ``TELÉFONO MÓVIL`` all match)."""
    mapping = {}
    for index, header in enumerate(headers):
        target = _ALIASES.get(header_key(header))
        if target:
            mapping[index] = target
    return mapping


def target_title(target: str) -> str:
    """A translated name for a mapping target, for the column-mapping dialog."""
    kind, _, label = target.partition(":")
    titles = {
        "display_name": translate("Import", "Full name"),
        "prefix": translate("Import", "Name prefix"),
        "given_name": translate("Import", "Given name"),
        "middle_name": translate("Import", "Middle name"),
        "family_name": translate("Import", "Family name"),
        "suffix": translate("Import", "Name suffix"),
        "nickname": translate("Import", "Nickname"),
        "organization_name": translate("Import", "Organization"),
        "department": translate("Import", "Department"),
        "job_title": translate("Import", "Job title"),
        "notes": translate("Import", "Notes"),
        "uid": translate("Import", "Unique ID"),
        "email": translate("Import", "Email"),
        "phone": translate("Import", "Phone"),
        "url": translate("Import", "Web address"),
        "street": translate("Import", "Street"),
        "extended": translate("Import", "Address, second line"),
        "po_box": translate("Import", "PO box"),
        "city": translate("Import", "City"),
        "region": translate("Import", "Region"),
        "postal_code": translate("Import", "Postal code"),
        "country": translate("Import", "Country"),
        "birthday": translate("Import", "Birthday"),
        "tags": translate("Import", "Tags"),
    }
    title = titles.get(kind, kind)
    return f"{title} ({label})" if label else title


def is_target(target: str) -> bool:
    kind, _, _ = target.partition(":")
    return kind in SCALAR_TARGETS + LIST_TARGETS + ADDRESS_TARGETS + OTHER_TARGETS


def contact_from_mapping(cells: list[str], mapping: dict[int, str]) -> ContactData:
    contact = ContactData()
    scalars: dict[str, list[str]] = {}
    address = PostalAddress()
    extra: list[str] = []
    for index, target in sorted(mapping.items()):
        value = cells[index].strip() if 0 <= index < len(cells) else ""
        if not value:
            continue
        kind, _, label = target.partition(":")
        if kind == "email":
            contact.emails += [Labeled(v, label) for v in split_emails(value)]
        elif kind == "phone":
            contact.phones += [Labeled(v, label) for v in split_values(value)]
        elif kind == "url":
            contact.urls += [Labeled(v, label) for v in split_values(value)]
        elif kind in ADDRESS_TARGETS:
            previous = getattr(address, kind)
            setattr(address, kind, f"{previous}\n{value}" if previous else value)
        elif kind == "tags":
            contact.tags += split_tags(value)
        elif kind == "birthday":
            contact.birthday = contact.birthday or parse_date(value)
            no_year = birthday_without_year(value)
            if no_year and not contact.birthday:
                extra.append(f"BDAY:{no_year}")
        elif kind in SCALAR_TARGETS:
            scalars.setdefault(kind, []).append(value)
    for kind, values in scalars.items():
        setattr(contact, kind, ("\n" if kind == "notes" else " ").join(values))
    if not address.is_empty():
        contact.addresses.append(address)
    contact.tags = unique(contact.tags)
    contact.extra_vcard = "\n".join(unique(extra))
    return contact


def split_values(value: str) -> list[str]:
    """Several values in one cell: Google's `` ::: `` or one per line."""
    return [v.strip() for v in re.split(r":::|\n", value) if v.strip()]


def split_emails(value: str) -> list[str]:
    # an address has no comma, semicolon or space, so any of them separates two
    return [v for v in re.split(r":::|[,;\s]+", value) if v.strip()]


def split_tags(value: str) -> list[str]:
    return [v.strip() for v in re.split(r":::|[,;\n]", value) if v.strip()]
