"""The demo's texts in Spanish and in English, so a demo is written in one language: the
one it is created in. ``demo`` writes its tables in whichever language came naturally
(most in Spanish, some in English); ``in_language`` gives the text in the other one.
Names of people, businesses and places stay as they are.
"""

from __future__ import annotations

# (Spanish, English)
PAIRS: tuple[tuple[str, str], ...] = (
    # events: name, place, organiser
    ("Desayuno de Networking Ruzafa", "Ruzafa Networking Breakfast"),
    ("Feria Sabores del Mediterráneo", "Mediterranean Flavours Fair"),
    ("Feria Valencia, Pabellón 2", "Feria Valencia, Hall 2"),
    ("Asociación de Comerciantes de Ruzafa", "Ruzafa Traders' Association"),
    ("Cámara de Comercio", "Chamber of Commerce"),
    ("Webinar: Alianzas entre pequeños negocios", "Webinar: Alliances between small businesses"),
    ("En línea", "Online"),
    ("Red Coopetición", "Coopetition Network"),
    ("Encuentro de Makers Locales", "Local Makers Meetup"),
    ("Congreso Economía Circular", "Circular Economy Conference"),
    ("Ayuntamiento de València", "València City Council"),
    ("Desayuno de Networking Ruzafa (diciembre)", "Ruzafa Networking Breakfast (December)"),
    # job titles
    ("Maestra panadera", "Master baker"), ("Gerente", "Manager"), ("Florista", "Florist"),
    ("Propietaria", "Owner"), ("Librero", "Bookseller"), ("Eventos", "Events"),
    ("Instructora", "Instructor"), ("Director comercial", "Sales director"),
    ("Diseño", "Design"), ("Cofundador", "Co-founder"), ("Operaciones", "Operations"),
    ("Responsable de comunidad", "Community manager"), ("Fundadora", "Founder"),
    ("Chef y propietaria", "Chef & owner"), ("Ventas", "Sales"), ("Ceramista", "Ceramicist"),
    ("Quesero", "Cheesemaker"), ("Tienda", "Shop"), ("Asesor fiscal", "Tax adviser"),
    ("Socia", "Partner"), ("Director creativo", "Creative director"),
    ("Ilustradora", "Illustrator"), ("Gerente del mercado", "Market manager"),
    ("Comunicación", "Communications"), ("Chef formadora", "Chef trainer"),
    ("Director", "Director"), ("Agricultora", "Farmer"), ("Reparto", "Deliveries"),
    ("Consultora de marketing", "Marketing consultant"), ("Fotógrafo", "Photographer"),
    ("Diseñadora textil", "Textile designer"), ("Periodista gastronómico", "Food journalist"),
    ("Responsable de la comunidad expat", "Expat community lead"), ("Abogada", "Lawyer"),
    ("Fotógrafo de producto", "Product photographer"), ("Barista formadora", "Barista trainer"),
    ("Presentador de pódcast", "Podcast host"), ("Organizadora de mercados", "Market organiser"),
    ("Contable", "Accountant"), ("Heladera", "Gelato maker"),
    # tags
    ("panadería", "bakery"), ("barrio", "neighbourhood"), ("regalos", "gifts"),
    ("cultura", "culture"), ("boletín", "newsletter"), ("bienestar", "wellbeing"),
    ("proveedor", "supplier"), ("diseño", "design"), ("logística", "logistics"),
    ("coworking", "coworking"), ("catering", "catering"), ("eventos", "events"),
    ("artesanía", "crafts"), ("alimentación", "food"), ("servicios", "services"),
    ("mercado", "market"), ("formación", "training"), ("ecológico", "organic"),
    ("marketing", "marketing"), ("fotografía", "photography"), ("prensa", "press"),
    ("comunidad", "community"), ("café", "coffee"),
    # offers and asks
    ("Mencionar nuestro café en su boletín de 3.200 suscriptores",
     "Mention our coffee in their newsletter to 3,200 subscribers"),
    ("Café en grano para su obrador a precio de mayorista",
     "Coffee beans for their bakery at wholesale price"),
    ("Presentar su pan de masa madre en nuestro boletín",
     "Feature their sourdough bread in our newsletter"),
    ("Un rincón en nuestra tienda para sus ramos los sábados",
     "A corner of our shop for their bouquets on Saturdays"),
    ("Flores para decorar nuestro local cada semana", "Flowers to decorate our shop every week"),
    ("Su sala para catas de café y presentaciones de libros",
     "Their room for coffee tastings and book launches"),
    ("Promoción cruzada: libro + café en Navidad", "Cross-promotion: a book + coffee at Christmas"),
    ("Café para sus presentaciones de libros", "Coffee for their book launches"),
    ("Clase de yoga para nuestro equipo una vez al mes", "A yoga class for our team once a month"),
    ("Anunciar sus clases en nuestro boletín", "Announce their classes in our newsletter"),
    ("Impresión de bolsas y etiquetas con 15 % de descuento",
     "Printing of bags and labels at 15% off"),
    ("Reparto en bicicleta de pedidos en el centro", "Bicycle delivery of orders in the centre"),
    ("Recomendación a otras cafeterías que necesiten reparto",
     "Referrals to other cafés that need deliveries"),
    ("Boletín para 6.500 coworkers y autónomos", "Newsletter to 6,500 coworkers and freelancers"),
    ("Café para la cocina del coworking a un precio justo",
     "Coffee for the coworking kitchen at a fair price"),
    ("Presentar La Colmena en nuestro boletín", "Feature La Colmena in our newsletter"),
    ("Un testimonio para su nueva web", "A testimonial for their new website"),
    ("Catering para nuestra fiesta de lanzamiento", "Catering for our launch event"),
    ("Presentaciones a oficinas que encargan catering",
     "Introductions to offices that order catering"),
    ("Tazas artesanas para nuestra barra", "Handmade cups for our counter"),
    ("Exponer sus piezas en nuestra tienda", "Show their pieces in our shop"),
    ("Quesos para maridajes con café", "Cheeses for coffee pairings"),
    ("Taller de fiscalidad para autónomos", "Tax workshop for the self-employed"),
    ("Artículo en el blog de su estudio, 12.000 lectores", "Post on their studio blog, 12,000 readers"),
    ("Aprender cómo un tostadero elige su café verde", "Learn how a roastery sources green coffee"),
    ("Puesto en el mercado los domingos", "A stall at the market on Sundays"),
    ("Unirnos a la asociación de comerciantes del mercado", "Join the market traders' association"),
    ("Curso de maridaje de café y postres", "Course on pairing coffee and desserts"),
    ("Café para las clases de la escuela", "Coffee for the school's classes"),
    ("Leche ecológica de proximidad", "Local organic milk"),
    ("Recoger los posos de café para su compost", "Collect coffee grounds for their compost"),
    ("Mencionarnos en su newsletter de marketing", "Mention us in their marketing newsletter"),
    ("Clientes que necesiten estrategia de marketing", "Clients who need a marketing strategy"),
    ("Sesión de fotos de producto a cambio de café", "A product photo shoot in exchange for coffee"),
    ("Reseña en su guía gastronómica", "A review in their food guide"),
    ("Mención en el boletín de los expats (9.000)", "Mention in the expats newsletter (9,000)"),
    ("Patrocinio de su encuentro mensual", "Sponsorship of their monthly meetup"),
    ("Contactos de marcas que necesiten fotografía", "Brands that need photography"),
    ("Formación de barismo para cafeterías cliente", "Barista training for client cafés"),
    ("Episodio de pódcast sobre coopetición", "Podcast episode about coopetition"),
    ("Café para su mercadillo navideño", "Coffee for their Christmas market"),
    ("Compartir el obrador en verano", "Share the workshop in summer"),
    ("Enseñar a su equipo a preparar espresso", "Teach their team to make espresso"),
    # follow-ups
    ("Llamar a Carmen por el rincón de flores", "Call Carmen about the flower corner"),
    ("Enviar a Andrés la propuesta de Navidad revisada",
     "Send Andrés the revised Christmas proposal"),
    ("Probar el reparto en bici con dos pedidos", "Try the bike delivery with two orders"),
    ("Enviar a Hannah la fecha de nuestro lanzamiento", "Send Hannah our launch date"),
    ("Confirmar el puesto del domingo con Vicente", "Confirm the Sunday stall with Vicente"),
    ("Reservar el curso de maridaje", "Book the pairing course"),
    ("Compartir con Oliver las notas sobre el café verde",
     "Share green-coffee sourcing notes with Oliver"),
    ("Preparar texto para el boletín de Laura", "Write the copy for Laura's newsletter"),
    ("Responder a Emma sobre el patrocinio", "Reply to Emma about sponsorship"),
    ("Visitar a Claudia en su escuela", "Visit Claudia at her school"),
    ("Grabar el episodio del pódcast con Ben", "Record the podcast episode with Ben"),
    ("Enviar muestras a Rocío", "Send samples to Rocío"),
    # notes, cross-promotions, timeline, proposals
    ("Nos conocimos en el desayuno de Ruzafa. Muy interesada en intercambiar promociones con "
     "su boletín.", "We met at the Ruzafa breakfast. Very keen to swap promotions with her "
                    "newsletter."),
    ("Boletín de Tostadores", "Tostadores newsletter"),
    ("Boletín de Masa Madre", "Masa Madre newsletter"),
    ("Boletín", "Newsletter"), ("Boletín + Instagram", "Newsletter + Instagram"),
    ("Historias de Instagram", "Instagram stories"),
    ("Café en el desayuno de Ruzafa: idea de intercambiar boletines",
     "Coffee at the Ruzafa breakfast: the idea of swapping newsletters"),
    ("Enviado el texto para su boletín", "Sent the copy for her newsletter"),
    ("Llamada: repetir la promoción en primavera", "Call: repeat the promotion in spring"),
    ("Reunión en la librería para la campaña de Navidad",
     "Meeting at the bookshop about the Christmas campaign"),
    ("Acordadas las fechas del intercambio de boletines", "Agreed the newsletter swap dates"),
    ("Llamada sobre el catering de nuestro lanzamiento", "Call about catering for our launch"),
    ("Visita al mercado: puestos disponibles los domingos",
     "Visit to the market: stalls free on Sundays"),
    ("Campaña de Navidad: libro + café", "Christmas campaign: a book + coffee"),
    ("<p>Propuesta de alianza para la campaña de Navidad.</p>",
     "<p>An alliance proposal for the Christmas campaign.</p>"),
    ("Alianza de café con La Colmena", "Coffee partnership for La Colmena"),
    ("<p>Una propuesta para abastecer la cocina de La Colmena.</p>",
     "<p>A proposal to supply La Colmena's kitchen.</p>"),
    ("Intercambio de boletines con Masa Madre", "Newsletter swap with Masa Madre"),
    ("<p>Intercambio de promociones entre boletines.</p>",
     "<p>A swap of promotions between newsletters.</p>"),
)

_TO = {"es": {en: es for es, en in PAIRS}, "en": {es: en for es, en in PAIRS}}


def in_language(text: str, language: str) -> str:
    """``text`` as the demo writes it in ``language`` ("es" or "en"); unchanged when it is
    already so, or is a name."""
    return _TO.get(language, {}).get(text, text)


def talked_about(tags: list[str], language: str) -> str:
    """What was talked about with someone met at an event."""
    tags = [in_language(tag, language) for tag in tags]
    if language == "en":
        return f"Talked about {', '.join(tags)} and working together."
    return f"Hablamos de {', '.join(tags)} y de colaborar."
