"""Contacts that exercise every rule of the vCard and CSV writers, for the tests that pin
what an export writes (``tests/data/export/``, written before the writers were made fast).

Everything here is fixed: no dates of today, no random values, so the files written from
these contacts never change unless a writer does.
"""

from __future__ import annotations

from datetime import date

from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress

# a tiny PNG and something that is no known image
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 3
UNKNOWN_IMAGE = b"not an image at all"

LONG_ASCII = "Una nota larga, con comas; puntos y comas \\ barras " * 6
LONG_ACCENTED = "ñandú acción " * 12


def samples() -> list[ContactData]:
    """About twenty contacts, each one stressing a different part of the writers."""
    return [
        ContactData(given_name="Ana", family_name="Ruiz", organization_name="Flora",
                    job_title="Gerente", emails=[Labeled("ana@flora.es", "work")],
                    phones=[Labeled("+34 600 123 456", "cell")],
                    birthday=date(1980, 5, 17), tags=["vip", "cliente"]),
        ContactData(given_name="Luis, hijo", family_name="Pérez; García",
                    middle_name="Back\\slash", prefix="Dr.", suffix="Jr.",
                    nickname="Lu,is", display_name="Luis \"el\" Pérez",
                    organization_name="Café; Té, y más", department="Ventas;Norte;",
                    notes="Primera línea\r\nsegunda\rtercera\núltima",
                    emails=[Labeled("luis@x.es", "home,pref"), Labeled("l@y.es", "internet"),
                            Labeled("otro@z.es", "Oficina central"),
                            Labeled("apple@z.es", "_$!<Other>!$_"),
                            Labeled("dup@z.es", "work,work"), Labeled("mayus@z.es", "Work")],
                    phones=[Labeled("=1+2", "cell,voice"), Labeled("-5", "fax"),
                            Labeled("@home", "")],
                    urls=[Labeled("https://x.es/a,b;c", "homepage"),
                          Labeled("http://y.es", "Mi blog")],
                    addresses=[PostalAddress("work", "Apdo 3", "Piso 2, puerta B",
                                             "Mayor 1; local", "Madrid", "Madrid", "28001",
                                             "España"),
                               PostalAddress("", street="Sin etiqueta"),
                               PostalAddress("casa de verano", city="Cádiz")],
                    tags=["a,b", "c;d", "=formula", "'apóstrofo"]),
        ContactData(emails=[Labeled("solo.email@example.org", "")]),
        ContactData(phones=[Labeled("+1 (555) 010-9999", "work")]),
        ContactData(organization_name="Solo Empresa S.L."),
        ContactData(nickname="Apodo"),
        ContactData(given_name="Fotografía", photo=PNG, photo_type="png"),
        ContactData(given_name="Foto rara", photo=UNKNOWN_IMAGE, photo_type="image/x-weird"),
        ContactData(given_name="Foto sin tipo", photo=PNG, photo_type=""),
        ContactData(given_name="Larga", family_name="Ascii", notes=LONG_ASCII,
                    job_title="t" * 74),
        ContactData(given_name="Larga", family_name="Acentos", notes=LONG_ACCENTED,
                    organization_name="Ñ" * 40, job_title="emoji 😀" * 12),
        ContactData(given_name="Extra", family_name="Lines", uid="urn:uuid:1234,5678",
                    extra_vcard="item1.X-ABLabel:ocupado\nX-SOCIALPROFILE;TYPE=twitter:@x\n"
                                "item3.TEL:555\nX-LONG:" + "z" * 120,
                    emails=[Labeled("e1@x.es", "Personal"), Labeled("e2@x.es", "Otro más")],
                    urls=[Labeled("https://z.es", "Portfolio")]),
        ContactData(given_name="Cumple", birthday=date(2000, 2, 29),
                    anniversary=date(2010, 6, 1)),
        ContactData(given_name="Apóstrofo", family_name="'Inicial", notes="'=ya guardada",
                    job_title="+ venta", department="\tTab", uid="@uid"),
        ContactData(given_name="  espacios  ", family_name="", nickname=" apodo ",
                    emails=[Labeled("  a@b.es ", " work ")]),
        ContactData(given_name="Tabs\tand\x0bcontrol\x01chars", notes="nul\x00inside",
                    emails=[Labeled("c@d.es", "x-custom-label")]),
        ContactData(given_name="Zoë", family_name="Ölund", middle_name="Ängel",
                    addresses=[PostalAddress("home", country="Sverige")],
                    phones=[Labeled("+46 8 123", "home,voice,pref")]),
        ContactData(given_name="Muchos", family_name="Teléfonos",
                    phones=[Labeled(f"+34 600 000 {n:03d}", label)
                            for n, label in enumerate(["cell", "work", "home", "", "fax",
                                                       "pager", "Casa de mamá", "cell"])]),
        ContactData(given_name="Separador", notes="uno ::: dos", tags=["x ::: y"],
                    emails=[Labeled("s@s.es", "a ::: b")]),
    ]
