# Over 400 lines: the demo's story is data, told in one place so people and dates agree.
"""A living sample CRM: a small coffee roaster and the allies it met this season.

Dates are relative to today, so the demo always has overdue follow-ups, some due
today and some coming up. Everything goes through the same services as user input.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, cast

from coopeten_gui.services import (
    contacts,
    demo_matches,
    demo_texts,
    events,
    followups,
    interactions,
    my_business,
    offers_asks,
    promotions,
    proposals,
)
from coopeten_gui.services.contact_data import ContactData, Labeled, PostalAddress
from coopeten_gui.services.write_errors import transaction
from coopeten_gui.translations import current_language

PROFILE = my_business.MyBusinessData(
    name="Tostadores del Barrio",
    address="Carrer de Sueca 41, 46006 València",
    phone="+34 963 12 34 56",
    email="hola@tostadoresdelbarrio.es",
    website="https://tostadoresdelbarrio.es",
    signature_name="Lucía Ferrer",
    currency="EUR",
    language="es",
    texts={
        "es": my_business.MyBusinessTexts(
            tagline="Café de especialidad tostado a la vuelta de la esquina",
            who_we_are="Somos un tostadero familiar de Valencia con ocho personas en el equipo.",
            what_we_do="Tostamos café de especialidad de cooperativas de Colombia y Etiopía y "
                       "lo servimos a cafeterías, oficinas y hogares del barrio.",
            where_we_are_going="Queremos abastecer a 50 negocios locales en 2027 y abrir un "
                               "aula de barismo compartida con otros artesanos.",
            evidence="32 cafeterías y oficinas clientes; 4.800 suscriptores en el boletín; "
                     "premio Comercio Local Valencia 2025.",
            signature_title="Fundadora"),
        "en": my_business.MyBusinessTexts(
            tagline="Specialty coffee, roasted around the corner",
            who_we_are="We are a family roastery in Valencia, a team of eight.",
            what_we_do="We roast specialty coffee from cooperatives in Colombia and Ethiopia "
                       "and serve it to cafés, offices and homes in the neighbourhood.",
            where_we_are_going="We want to supply 50 local businesses in 2027 and open a "
                               "barista classroom shared with other craftspeople.",
            evidence="32 cafés and offices as clients; 4,800 newsletter subscribers; Valencia "
                     "Local Business award 2025.",
            signature_title="Founder"),
    },
)

# name, kind, days from today, place, organiser, cost
EVENTS = [
    ("Desayuno de Networking Ruzafa", "breakfast", -12, "Café Central, Valencia",
     "Asociación de Comerciantes de Ruzafa", "15"),
    ("Feria Sabores del Mediterráneo", "fair", -30, "Feria Valencia, Pabellón 2",
     "Cámara de Comercio", "120"),
    ("Webinar: Alianzas entre pequeños negocios", "webinar", -5, "Online",
     "Red Coopetición", "0"),
    ("Local Makers Meetup", "meetup", -45, "La Harinera, Valencia",
     "Makers Valencia", "0"),
    ("Congreso Economía Circular", "conference", -60, "Palau de Congressos",
     "Ajuntament de València", "85"),
    ("Desayuno de Networking Ruzafa (diciembre)", "breakfast", 9, "Café Central, Valencia",
     "Asociación de Comerciantes de Ruzafa", "15"),
]

ORGANIZATIONS = [
    "Panadería Masa Madre", "Floristería Las Violetas", "Librería El Faro",
    "Estudio Yoga Alba", "Imprenta Gráficas Turia", "Bicimensajería Rueda",
    "Cowork La Colmena", "Green Box Catering", "Cerámica Nuria Roig", "Quesería La Vaquera",
    "Asesoría Fiscal Moreno", "Pixel & Print Studio", "Mercado de Colón",
    "Escuela de Cocina Sal y Pimienta", "Huerta Viva Cooperativa",
]

# given, family, organization index, title, email, phone, stage, audience, event index,
# tags, language
PEOPLE = [
    ("María", "Núñez", 0, "Maestra panadera", "maria@masamadre.es", "+34 600 123 456",
     "ally", 3200, 0, ["panadería", "barrio"], "es"),
    ("Javier", "Soler", 0, "Gerente", "javier@masamadre.es", "+34 611 222 333",
     "meeting", 0, 0, ["panadería"], "es"),
    ("Carmen", "Ibáñez", 1, "Florista", "carmen@lasvioletas.es", "+34 622 333 444",
     "contacted", 1200, 0, ["barrio", "regalos"], "es"),
    ("Lola", "García", 1, "Propietaria", "lola@lasvioletas.es", "+34 633 444 555",
     "new", 0, 1, ["regalos"], "es"),
    ("Andrés", "Martí", 2, "Librero", "andres@elfaro.es", "+34 644 555 666",
     "proposal_sent", 5400, 0, ["cultura", "boletín"], "es"),
    ("Elena", "Vidal", 2, "Eventos", "elena@elfaro.es", "+34 655 666 777",
     "meeting", 0, 3, ["cultura"], "es"),
    ("Alba", "Cortés", 3, "Instructora", "alba@yogaalba.es", "+34 666 777 888",
     "ally", 2100, 2, ["bienestar", "boletín"], "es"),
    ("Sergio", "Peña", 4, "Director comercial", "sergio@graficasturia.es", "+34 677 888 999",
     "contacted", 0, 1, ["proveedor"], "es"),
    ("Rosa", "Ferrández", 4, "Diseño", "rosa@graficasturia.es", "+34 688 999 000",
     "new", 0, 1, ["proveedor", "diseño"], "es"),
    ("Pau", "Climent", 5, "Cofundador", "pau@rueda.coop", "+34 699 000 111",
     "meeting", 800, 3, ["logística", "barrio"], "es"),
    ("Nerea", "Alonso", 5, "Operaciones", "nerea@rueda.coop", "+34 610 101 202",
     "new", 0, 3, ["logística"], "es"),
    ("Tom", "Baker", 6, "Community manager", "tom@lacolmena.work", "+34 620 202 303",
     "ally", 6500, 3, ["coworking", "boletín"], "en"),
    ("Sophie", "Laurent", 6, "Founder", "sophie@lacolmena.work", "+34 630 303 404",
     "proposal_sent", 0, 4, ["coworking"], "en"),
    ("Hannah", "Schmidt", 7, "Chef & owner", "hannah@greenbox.es", "+34 640 404 505",
     "meeting", 1500, 1, ["catering", "eventos"], "en"),
    ("David", "Okafor", 7, "Sales", "david@greenbox.es", "+34 650 505 606",
     "contacted", 0, 1, ["catering"], "en"),
    ("Nuria", "Roig", 8, "Ceramista", "nuria@ceramicaroig.es", "+34 660 606 707",
     "ally", 900, 3, ["artesanía", "regalos"], "es"),
    ("Ignacio", "Lozano", 9, "Quesero", "ignacio@lavaquera.es", "+34 670 707 808",
     "contacted", 0, 1, ["alimentación"], "es"),
    ("Marta", "Ruiz", 9, "Tienda", "marta@lavaquera.es", "+34 680 808 909",
     "new", 0, 1, ["alimentación"], "es"),
    ("Raúl", "Moreno", 10, "Asesor fiscal", "raul@asesoriamoreno.es", "+34 690 909 010",
     "dormant", 0, 4, ["servicios"], "es"),
    ("Beatriz", "Moreno", 10, "Socia", "beatriz@asesoriamoreno.es", "+34 601 010 121",
     "contacted", 0, 0, ["servicios"], "es"),
    ("Oliver", "Grant", 11, "Creative director", "oliver@pixelprint.studio", "+44 7700 900123",
     "meeting", 12000, 2, ["diseño", "boletín"], "en"),
    ("Priya", "Shah", 11, "Illustrator", "priya@pixelprint.studio", "+44 7700 900456",
     "new", 0, 2, ["diseño"], "en"),
    ("Vicente", "Sanchis", 12, "Gerente del mercado", "vicente@mercadocolon.es",
     "+34 612 121 232", "proposal_sent", 25000, 4, ["mercado", "eventos"], "es"),
    ("Amparo", "Llorca", 12, "Comunicación", "amparo@mercadocolon.es", "+34 623 232 343",
     "contacted", 0, 4, ["mercado"], "es"),
    ("Chloé", "Dubois", 13, "Cheffe formatrice", "chloe@salypimienta.es", "+34 634 343 454",
     "meeting", 3100, 1, ["formación", "alimentación"], "en"),
    ("Jorge", "Navarro", 13, "Director", "jorge@salypimienta.es", "+34 645 454 565",
     "ally", 0, 1, ["formación"], "es"),
    ("Irene", "Castells", 14, "Agricultora", "irene@huertaviva.coop", "+34 656 565 676",
     "contacted", 700, 3, ["alimentación", "ecológico"], "es"),
    ("Miguel", "Ángel Torres", 14, "Reparto", "miguel@huertaviva.coop", "+34 667 676 787",
     "new", 0, 3, ["ecológico"], "es"),
    ("Laura", "Peris", None, "Consultora de marketing", "laura.peris@gmail.com",
     "+34 678 787 898", "meeting", 4200, 2, ["marketing", "boletín"], "es"),
    ("James", "O'Connor", None, "Photographer", "james@oconnorphoto.com", "+34 689 898 909",
     "contacted", 2600, 3, ["fotografía"], "en"),
    ("Fátima", "El Amrani", None, "Diseñadora textil", "fatima@tejidosfatima.es",
     "+34 690 989 090", "new", 0, 1, ["artesanía"], "es"),
    ("Álvaro", "Giménez", None, "Periodista gastronómico", "alvaro@saborvalencia.es",
     "+34 602 121 343", "ally", 18000, 1, ["prensa", "boletín"], "es"),
    ("Emma", "Wilson", None, "Expat community lead", "emma@valenciaexpats.org",
     "+34 613 232 454", "contacted", 9000, 2, ["comunidad", "boletín"], "en"),
    ("Sara", "Benlloch", None, "Abogada", "sara@benllochabogados.es", "+34 624 343 565",
     "dormant", 0, 4, ["servicios"], "es"),
    ("Héctor", "Marín", None, "Fotógrafo de producto", "hector@hectormarin.es",
     "+34 635 454 676", "new", 0, 0, ["fotografía"], "es"),
    ("Claudia", "Reyes", None, "Barista formadora", "claudia@baristaclau.com",
     "+34 646 565 787", "meeting", 1300, 3, ["formación", "café"], "es"),
    ("Ben", "Carter", None, "Podcast host", "ben@smallbizpod.fm", "+1 415 555 0199",
     "contacted", 15000, 2, ["prensa"], "en"),
    ("Rocío", "Esteve", None, "Organizadora de mercados", "rocio@mercadillosvlc.es",
     "+34 657 676 898", "proposal_sent", 2400, 1, ["eventos", "mercado"], "es"),
    ("Luis", "Ferrer", None, "Contable", "luis.ferrer@outlook.es", "+34 668 787 909",
     "new", 0, None, ["servicios"], "es"),
    ("Valentina", "Rossi", None, "Gelatiera", "valentina@gelatorossi.es", "+34 679 898 010",
     "meeting", 1100, 0, ["alimentación", "barrio"], "es"),
]

# person index, kind, party, category key, description, value (euros), status
EXCHANGES = [
    (0, "offer", "them", "cross_promotion", "Mencionar nuestro café en su boletín de 3.200 "
     "suscriptores", 300, "fulfilled"),
    (0, "ask", "them", "supply", "Café en grano para su obrador a precio de mayorista", 0,
     "in_progress"),
    (0, "offer", "me", "cross_promotion", "Presentar su pan de masa madre en nuestro boletín",
     300, "fulfilled"),
    (2, "ask", "them", "shared_space", "Un rincón en nuestra tienda para sus ramos los sábados",
     0, "open"),
    (2, "offer", "them", "supply", "Flores para decorar nuestro local cada semana", 80, "open"),
    (4, "offer", "them", "shared_space", "Su sala para catas de café y presentaciones de "
     "libros", 150, "open"),
    (4, "ask", "them", "cross_promotion", "Promoción cruzada: libro + café en Navidad", 0,
     "open"),
    (4, "offer", "me", "supply", "Café para sus presentaciones de libros", 60, "open"),
    (6, "offer", "them", "training", "Clase de yoga para nuestro equipo una vez al mes", 120,
     "in_progress"),
    (6, "ask", "them", "cross_promotion", "Anunciar sus clases en nuestro boletín", 0,
     "fulfilled"),
    (7, "offer", "them", "supply", "Impresión de bolsas y etiquetas con 15 % de descuento",
     400, "open"),
    (9, "offer", "them", "supply", "Reparto en bicicleta de pedidos en el centro", 250,
     "open"),
    (9, "ask", "them", "referral", "Recomendación a otras cafeterías que necesiten reparto",
     0, "open"),
    (11, "offer", "them", "cross_promotion", "Newsletter to 6,500 coworkers and freelancers",
     500, "fulfilled"),
    (11, "ask", "them", "supply", "Coffee for the coworking kitchen at a fair price", 0,
     "in_progress"),
    (11, "offer", "me", "cross_promotion", "Feature La Colmena in our newsletter", 500,
     "fulfilled"),
    (12, "ask", "them", "endorsement", "A testimonial for their new website", 0, "open"),
    (13, "offer", "them", "supply", "Catering for our launch event", 600, "open"),
    (13, "ask", "them", "referral", "Introductions to offices that order catering", 0, "open"),
    (15, "offer", "them", "supply", "Tazas artesanas para nuestra barra", 350, "fulfilled"),
    (15, "ask", "them", "shared_space", "Exponer sus piezas en nuestra tienda", 0,
     "in_progress"),
    (16, "offer", "them", "supply", "Quesos para maridajes con café", 0, "open"),
    (18, "offer", "them", "training", "Taller de fiscalidad para autónomos", 200, "declined"),
    (20, "offer", "them", "cross_promotion", "Post on their studio blog, 12,000 readers", 800,
     "open"),
    (20, "ask", "them", "learning", "Learn how a roastery sources green coffee", 0, "open"),
    (22, "offer", "them", "shared_space", "Puesto en el mercado los domingos", 900, "open"),
    (22, "ask", "them", "group", "Unirnos a la asociación de comerciantes del mercado", 0,
     "open"),
    (24, "offer", "them", "training", "Curso de maridaje de café y postres", 450, "open"),
    (24, "ask", "them", "supply", "Café para las clases de la escuela", 0, "open"),
    (26, "offer", "them", "supply", "Leche ecológica de proximidad", 0, "open"),
    (26, "ask", "them", "care", "Recoger los posos de café para su compost", 0, "in_progress"),
    (28, "offer", "them", "cross_promotion", "Mencionarnos en su newsletter de marketing",
     200, "open"),
    (28, "ask", "them", "referral", "Clientes que necesiten estrategia de marketing", 0,
     "open"),
    (29, "offer", "them", "labour", "Sesión de fotos de producto a cambio de café", 300,
     "open"),
    (31, "offer", "them", "endorsement", "Reseña en su guía gastronómica", 0, "fulfilled"),
    (32, "offer", "them", "cross_promotion", "Mention in the expats newsletter (9,000)", 0,
     "open"),
    (32, "ask", "them", "money", "Patrocinio de su encuentro mensual", 150, "open"),
    (34, "ask", "them", "referral", "Contactos de marcas que necesiten fotografía", 0, "open"),
    (35, "offer", "them", "training", "Formación de barismo para cafeterías cliente", 600,
     "open"),
    (36, "offer", "them", "cross_promotion", "Podcast episode about coopetition", 0, "open"),
    (37, "ask", "them", "supply", "Café para su mercadillo navideño", 0, "open"),
    (39, "ask", "them", "shared_space", "Compartir el obrador en verano", 0, "open"),
    (39, "offer", "me", "training", "Enseñar a su equipo a preparar espresso", 100, "open"),
]

# person index, title, days from today (negative: overdue), priority
FOLLOW_UPS = [
    (2, "Llamar a Carmen por el rincón de flores", -3, 2),
    (4, "Enviar a Andrés la propuesta de Navidad revisada", -1, 2),
    (9, "Probar el reparto en bici con dos pedidos", -6, 1),
    (13, "Send Hannah our launch date", 0, 2),
    (22, "Confirmar el puesto del domingo con Vicente", 0, 2),
    (24, "Reservar el curso de maridaje", 0, 1),
    (20, "Share green-coffee sourcing notes with Oliver", 1, 1),
    (28, "Preparar texto para el boletín de Laura", 2, 1),
    (32, "Reply to Emma about sponsorship", 3, 0),
    (35, "Visitar a Claudia en su escuela", 5, 1),
    (36, "Record the podcast episode with Ben", 8, 1),
    (37, "Enviar muestras a Rocío", -2, 1),
]


#: ``load_demo(language=AS_WRITTEN)``: the tables exactly as written above, half in Spanish
#: and half in English (what the tests and benchmarks were measured on).
AS_WRITTEN = ""


def load_demo(today: date | None = None, language: str | None = None) -> None:
    """Fill an empty database with the sample. One transaction: all or nothing.

    It is written in ``language`` ("es" or "en"; by default the language the program
    speaks now), as are the texts the services write for it (follow-ups of proposals
    sent…)."""
    today = today or date.today()
    if language is None:
        language = current_language()
    say = (lambda text: text) if language == AS_WRITTEN else \
        (lambda text: demo_texts.in_language(text, language))

    def at(days: int, hour: int = 9) -> datetime:
        return datetime.combine(today + timedelta(days=days), datetime.min.time()).replace(
            hour=hour)

    with transaction():
        my_business.save(replace(PROFILE, language=language or PROFILE.language))
        event_ids = [
            events.create(events.EventData(name=say(name), kind=kind, starts_at=at(days, 8),
                                           place=say(place), organiser=say(organiser),
                                           cost=cost))
            for name, kind, days, place, organiser, cost in EVENTS
        ]
        people_ids = []
        for (given, family, org, title, email, phone, stage, audience, event, tags,
             language_spoken) in PEOPLE:
            contact_id = contacts.create(ContactData(
                given_name=given, family_name=family,
                organization_name=ORGANIZATIONS[org] if org is not None else "",
                job_title=say(title), emails=[Labeled(email, "work")],
                phones=[Labeled(phone, "cell")],
                addresses=[PostalAddress(label="work", city="València", country="España")]
                if org is not None else [],
                stage=stage, audience_size=audience, tags=[say(tag) for tag in tags],
                language=language_spoken,
                met_event_id=event_ids[event] if event is not None else None,
            ))
            people_ids.append(contact_id)
            if event is not None:
                events.add_attendee(event_ids[event], contact_id, demo_texts.talked_about(
                    tags, language or language_spoken))
        # introductions: who brought whom
        contacts.update(people_ids[1], _with(people_ids[1], introduced_by_id=people_ids[0]))
        contacts.update(people_ids[12], _with(people_ids[12], introduced_by_id=people_ids[11]))
        contacts.update(people_ids[0], _with(
            people_ids[0], notes=say("Nos conocimos en el desayuno de Ruzafa. Muy interesada en "
                                     "intercambiar promociones con su boletín.")))
        for person, kind, party, category, text, value, status in EXCHANGES:
            offers_asks.create(offers_asks.OfferAskData(
                contact_id=people_ids[person], kind=kind, party=party, description=say(text),
                category_id=offers_asks.category_id(category), value=value, status=status,
                event_id=event_ids[cast(int, PEOPLE[person][8])] if PEOPLE[person][8] is not None
                else None))
        demo_matches.load(people_ids, say)
        for person, title, days, priority in FOLLOW_UPS:
            followups.create(followups.FollowupData(title=say(title), due_at=at(days, 10),
                                                    priority=priority,
                                        contact_id=people_ids[person]))
        _swap(people_ids, today, say)
        _timeline(people_ids, at, say)
        _proposals(people_ids, say)
        _dates_and_rhythms(people_ids, today)
        _introductions_and_referrals(people_ids, today, at, say)
        _alliances(people_ids, today, say)
        _returns(people_ids, today, say)


def _dates_and_rhythms(people_ids: list[int], today: date) -> None:
    """A birthday in two days, an anniversary of the alliance today, and two people to
    stay in touch with (one of them overdue), so Today shows its keep-in-touch list."""
    soon = today + timedelta(days=2)
    birthday = date(1984, soon.month, min(soon.day, 28))
    contacts.update(people_ids[2], _with(people_ids[2], birthday=birthday))
    contacts.update(people_ids[0], _with(people_ids[0], keep_in_touch_weeks=4,
                                         anniversary=date(2021, today.month,
                                                          min(today.day, 28))))
    contacts.update(people_ids[11], _with(people_ids[11], keep_in_touch_weeks=2))


#: gives a text in the demo's language; ``at(days, hour)`` a moment that many days from today
Say = Callable[[str], str]
At = Callable[..., datetime]


def _with(contact_id: int, **changes: Any) -> ContactData:
    data = contacts.data_of(contacts.get(contact_id))
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def _swap(people_ids: list[int], today: date, say: Say) -> None:
    """The list swap with the bakery and with the coworking space, with their results."""
    rows = [
        (0, "mine", "Boletín de Tostadores", -40, 4800, 310, 42, 12, 18000),
        (0, "theirs", "Boletín de Masa Madre", -33, 3200, 260, 35, 9, 13500),
        (11, "mine", "Newsletter", -20, 4800, 150, 20, 4, 6000),
        (11, "theirs", "Newsletter + Instagram", -18, 6500, 410, 51, 15, 22500),
        (6, "theirs", "Instagram stories", -10, 2100, 95, 8, 3, 4500),
    ]
    for person, direction, channel, days, audience, visits, leads, sales, revenue in rows:
        promotions.create(promotions.PromotionData(
            contact_id=people_ids[person], direction=direction, channel=say(channel),
            promoted_on=today + timedelta(days=days), audience_reached=audience,
            visits=visits, leads=leads, sales=sales, revenue_cents=revenue * 100))


def _timeline(people_ids: list[int], at: At, say: Say) -> None:
    rows = [
        (0, "meeting", -12, "Café en el desayuno de Ruzafa: idea de intercambiar boletines"),
        (0, "email", -41, "Enviado el texto para su boletín"),
        (0, "call", -2, "Llamada: repetir la promoción en primavera"),
        (4, "meeting", -8, "Reunión en la librería para la campaña de Navidad"),
        (11, "email", -21, "Agreed the newsletter swap dates"),
        (13, "call", -4, "Call about catering for our launch"),
        (22, "meeting", -15, "Visita al mercado: puestos disponibles los domingos"),
    ]
    for person, kind, days, summary in rows:
        interactions.create(interactions.InteractionData(
            contact_id=people_ids[person], kind=kind, occurred_at=at(days, 11),
            summary=say(summary)))


def _proposals(people_ids: list[int], say: Say) -> None:
    draft = proposals.create(proposals.ProposalData(
        contact_id=people_ids[4], title=say("Campaña de Navidad: libro + café"),
        body_html=say("<p>Propuesta de alianza para la campaña de Navidad.</p>"),
        template_name="alliance_proposal", language="es", value=1200))
    proposals.mark_sent(draft)
    proposals.create(proposals.ProposalData(
        contact_id=people_ids[12], title=say("Coffee partnership for La Colmena"),
        body_html=say("<p>A proposal to supply La Colmena's kitchen.</p>"),
        template_name="alliance_proposal", language="en", value=2400))
    accepted = proposals.create(proposals.ProposalData(
        contact_id=people_ids[0], title=say("Intercambio de boletines con Masa Madre"),
        body_html=say("<p>Intercambio de promociones entre boletines.</p>"),
        template_name="list_swap", language="es", value=300))
    proposals.mark_sent(accepted)
    proposals.decide(accepted, "accepted")


def _introductions_and_referrals(people_ids: list[int], today: date, at: At, say: Say) -> None:
    """An introduction made from a match (the ceramist's ask, the market's stall), and
    referrals each way in every status, one closed with the business it brought."""
    from coopeten_gui.services import introductions, referrals

    def row_id(person: int, kind: str, text: str) -> int:
        return offers_asks.list_offers_asks(contact_id=people_ids[person], kind=kind,
                                          text=text)[0].id

    introductions.record_introduction(row_id(15, "ask",
                                             say("Exponer sus piezas en nuestra tienda")),
                                      row_id(22, "offer", say("Puesto en el mercado los domingos")),
                                      when=at(-6, 12))
    rows = [
        # from, to (None: me), about (a person or a text), days ago, status, value, notes
        (11, None, "Oficina Nómada: café para 30 personas", -40, "closed", 1800,
         "Tom nos recomendó a la oficina de al lado; ya hacen un pedido al mes."),
        (None, 0, 13, -25, "met", 0, "Catering con pan de masa madre para sus eventos."),
        (6, None, "Estudio de pilates Calma: café para su sala de espera", -9, "contacted",
         0, ""),
        (None, 9, 11, -50, "no_deal", 0, "El coworking ya tiene reparto propio."),
        (4, 13, "Club de lectura de El Faro: merienda mensual", -3, "given", 0, ""),
    ]
    for source, target, about, days, status, value, notes in rows:
        referral_id = referrals.create(referrals.ReferralData(
            from_contact_id=people_ids[source] if source is not None else None,
            to_contact_id=people_ids[target] if target is not None else None,
            about_contact_id=people_ids[about] if isinstance(about, int) else None,
            about_text=say(about) if isinstance(about, str) else "",
            given_on=today + timedelta(days=days), status=status, notes=say(notes)))
        if value:
            referrals.record_closed(referral_id, value)


def _alliances(people_ids: list[int], today: date, say: Say) -> None:
    """The give and take: María's agreement with its commitments (a balanced alliance),
    Jorge promoted three times without anything back (one-sided for months), and Sara,
    with whom everything went quiet five months ago (cold)."""
    from coopeten_gui.services import agreements

    accepted = proposals.list_proposals(contact_id=people_ids[0], status="accepted")[0].id
    kept_mine, kept_theirs, *_ = agreements.save_commitments(accepted, [
        agreements.CommitmentData("me", say("Enviar 2 kg de café para su cata de pan"), None,
                                  say("Entregado en el obrador"), value=60),
        agreements.CommitmentData("them", say("Pan de masa madre para nuestra cata de apertura"),
                                  None, say("Entregado en el tostadero"), value=40),
        agreements.CommitmentData("me", say("Mención destacada en nuestro boletín de primavera"),
                                  today + timedelta(days=10), say("Visitas desde el enlace"),
                                  value=300),
        agreements.CommitmentData("them", say("Publicar nuestro café en su boletín de "
                                              "3.200 suscriptores"), today + timedelta(days=14),
                                  say("Visitas desde el enlace"), value=300),
    ])
    agreements.set_kept(kept_mine)
    agreements.set_kept(kept_theirs)
    rows = [
        (25, "mine", "Boletín de Tostadores", -200, 4800, 120, 10, 2, 3000),
        (25, "mine", "Instagram", -120, 2600, 80, 6, 1, 1500),
        (25, "mine", "Boletín de Tostadores", -40, 4800, 140, 12, 3, 4500),
        (33, "theirs", "Blog de Benlloch Abogados", -150, 900, 30, 3, 1, 0),
        (33, "mine", "Boletín de Tostadores", -140, 4800, 60, 5, 0, 0),
    ]
    for person, direction, channel, days, audience, visits, leads, sales, revenue in rows:
        promotions.create(promotions.PromotionData(
            contact_id=people_ids[person], direction=direction, channel=say(channel),
            promoted_on=today + timedelta(days=days), audience_reached=audience,
            visits=visits, leads=leads, sales=sales, revenue_cents=revenue * 100))
    interactions.create(interactions.InteractionData(
        contact_id=people_ids[33], kind="meeting",
        occurred_at=datetime.combine(today - timedelta(days=150), datetime.min.time()).replace(
            hour=12), summary=say("Comida: acordamos promocionarnos mutuamente")))


def _returns(people_ids: list[int], today: date, say: Say) -> None:
    """What the events returned and a year of work for the dashboard: the Ruzafa
    breakfast paid off (a referral from María closed business, Valentina was referred
    on to someone met at the fair), the fair and the congress cost money and brought
    nothing back yet; timeline entries, follow-ups done and proposals spread over the
    past months, one accepted and one declined."""
    from coopeten_gui.storage.models import Followup, Proposal, Referral

    def day(days: int, hour: int = 10) -> datetime:
        return datetime.combine(today + timedelta(days=days), datetime.min.time()).replace(
            hour=hour)

    stamp = day(0).isoformat(" ")
    # person, from them (else from me), to them (else to me), about, days, status, value
    for source, target, about, days, status, value in (
        (0, None, "Horno Sant Josep (obrador nuevo)", -9, "closed", 900),
        (None, 16, "Valentina Rossi", -6, "met", 0),
    ):
        Referral.create(
            from_contact=people_ids[source] if source is not None else None,
            to_contact=people_ids[target] if target is not None else None,
            about_contact=people_ids[39] if about == "Valentina Rossi" else None,
            about_text="" if about == "Valentina Rossi" else say(about),
            given_on=(today + timedelta(days=days)).isoformat(), status=status,
            value_cents=value * 100, created_at=stamp, updated_at=stamp)
    # a year of activity, lighter in summer, with people whose own story is told elsewhere
    # left out (María's timeline, the cold and the one-sided alliances)
    quiet = (2, 5, 9, 14, 16, 20, 24, 26, 28, 35, 36, 37)
    summaries = ("Llamada de seguimiento", "Café para hablar de la alianza",
                 "Correo con la propuesta de promoción", "Nota tras la visita")
    kinds = ("call", "meeting", "email", "note")
    for month in range(1, 12):
        for n in range((month * 7) % 5 + (1 if month % 6 else 0) + 1):
            person = quiet[(month * 5 + n * 3) % len(quiet)]
            interactions.create(interactions.InteractionData(
                contact_id=people_ids[person], kind=kinds[(month + n) % 4],
                occurred_at=day(-30 * month + n * 4, 11), summary=say(summaries[(month + n) % 4])))
            if n % 2 == 0:
                task_id = followups.create(followups.FollowupData(
                    title=say(f"Seguimiento: {summaries[(month + n) % 4].lower()}"),
                    due_at=day(-30 * month + n * 4 + 2), priority=1,
                    contact_id=people_ids[person]))
                followups.complete(task_id)
                Followup.update(done_at=day(-30 * month + n * 4 + 2, 17)).where(
                    Followup.id == task_id).execute()
    for person, title, days, status, value in (
        (18, "Taller de fiscalidad para clientes del tostadero", -150, "declined", 400),
        (15, "Tazas artesanas en exclusiva para la barra", -95, "accepted", 350),
    ):
        title = say(title)
        proposal_id = proposals.create(proposals.ProposalData(
            contact_id=people_ids[person], title=title, body_html=f"<p>{title}.</p>",
            template_name="alliance_proposal", language="es", value=value))
        proposals.mark_sent(proposal_id)
        proposals.decide(proposal_id, status)
        Proposal.update(created_at=day(days), sent_at=day(days + 1),
                        decided_at=day(days + 12)).where(Proposal.id == proposal_id).execute()
