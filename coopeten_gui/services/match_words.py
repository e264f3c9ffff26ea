"""The words of an offer or ask as the matcher reads them, in Spanish and English.

A text becomes a list of *slots*, one per word that carries meaning: accents folded,
stop words dropped, each word reduced to its stem by the Snowball stemmer of the
text's language, and the business terms of a small bilingual glossary reduced to one
concept, so "bread" and "pan", "photography" and "fotografía" are the same term. When
the language is unknown a word keeps both its Spanish and its English stem (a slot of
two alternatives), and the matcher counts whichever meets. A word also stands for
itself, unstemmed, so a loanword two stemmers cut differently still meets.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any, NamedTuple, cast

LANGUAGES = ("es", "en")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Words that say nothing about *what* is offered or asked (folded, accents removed):
# grammar, and the verbs people use to say they offer or ask.
_STOP = {
    "es": set("""
a al algo algun alguna algunas alguno algunos alguien ante antes aqui asi aun bien cada
como con contra cual cuales cuando de del desde donde dos el ella ellas ello ellos en
entre era eres es esa esas ese eso esos esta estas este esto estos hay hasta la las le
les lo los mas me mi mis mucho muchos muy nada ni no nos nosotros nuestra nuestras
nuestro nuestros o os otra otras otro otros para pero poco por porque que quien quienes
se sea ser si sin sobre son su sus tal tambien te tiene tienen todo todos tu tus un una
unas uno unos usted ustedes vosotros y ya yo
busco buscamos busca buscan buscando necesito necesitamos necesita necesitan quiero
queremos quiere ofrezco ofrecemos ofrece ofrecen puedo podemos puede pueden ayuda ayudar
tengo tenemos gustaria interesa cosa cosas tipo buen buena buenos buenas mejor nuevo
nueva gran grande pequeno pequena semana mes ano dia dias vez veces cada tarde tardes
manana mananas finde favor cliente clientes clientela
""".split()),
    "en": set("""
a about after all also am an and any are as at be been before but by can could do does
for from had has have he her here him his how i if in into is it its just me more most
my no not of on one or other our ours out over she so some such than that the their them
then there these they this those to too two up us very was we were what when where which
who will with would you your yours
looking look need needs needed want wants wanted offer offers offering ask asks asking
help helping someone anyone something get give giving can good great new small big
week weeks month months year years day days time times thing things kind every each
morning mornings evening evenings weekend weekends please customer customers client
clients
""".split()),
}
# words that only one of the languages uses, to guess a text's language
_ONLY = {lang: _STOP[lang] - _STOP[other] for lang, other in (("es", "en"), ("en", "es"))}

# Business terms both languages use, one concept each: (concept, English words, Spanish words).
# Each word is reduced like any other word of its language, so plurals and forms meet.
GLOSSARY: tuple[tuple[str, str, str], ...] = (
    ("bread", "bread, bakery, baker, loaf, loaves, baguette",
     "pan, panaderia, panadero, panadera, hogaza"),
    ("sourdough", "sourdough", "masa madre"),
    ("pastry", "pastry, pastries, cake, cakes, patisserie",
     "pasteleria, pastel, pasteles, tarta, tartas, reposteria, bolleria"),
    ("coffee", "coffee, cafe, espresso, coffee shop", "cafe, cafeteria, cafes"),
    ("tea", "tea", "te, infusiones"),
    ("dairy", "milk, dairy", "leche, lacteos"),
    ("cheese", "cheese, cheeses", "queso, quesos, queseria"),
    ("wine", "wine, wines, winery", "vino, vinos, bodega"),
    ("beer", "beer, beers, brewery", "cerveza, cervezas, cerveceria"),
    ("flowers", "flower, flowers, florist, bouquet", "flor, flores, floristeria, ramo"),
    ("fruit", "fruit, fruits, greengrocer", "fruta, frutas, fruteria"),
    ("vegetables", "vegetable, vegetables, veggies", "verdura, verduras, hortalizas"),
    ("organic", "organic", "ecologico, ecologica, organico, organica, bio"),
    ("meat", "meat, butcher", "carne, carnes, carniceria"),
    ("fish", "fish, seafood", "pescado, marisco, mariscos"),
    ("honey", "honey", "miel"),
    ("ice_cream", "ice cream", "helado, helados, heladeria"),
    ("food", "food, groceries, grocery", "comida, alimentacion, alimentos"),
    ("restaurant", "restaurant, restaurants", "restaurante, restaurantes"),
    ("kitchen", "kitchen", "cocina"),
    ("chef", "chef, cook", "cocinero, cocinera, chef"),
    ("breakfast", "breakfast, brunch", "desayuno, desayunos"),
    ("wholesale", "wholesale, wholesaler, wholesalers", "mayorista, mayoristas, al por mayor"),
    ("supplier", "supplier, suppliers, provider, providers",
     "proveedor, proveedores, proveedora, suministro"),
    ("price", "price, prices, pricing", "precio, precios"),
    ("discount", "discount, discounts", "descuento, descuentos, rebaja"),
    ("photography", "photography, photo, photos, photographer, pictures, picture",
     "fotografia, fotografias, foto, fotos, fotografo, fotografa"),
    ("video", "video, videos, filming", "video, videos, grabacion"),
    ("design", "design, designer, designs", "diseno, disenos, disenador, disenadora"),
    ("logo", "logo, branding, brand identity", "logotipo, logo, imagen corporativa, marca"),
    ("website", "website, websites, web, webpage, site", "web, pagina web, paginas web, sitio web"),
    ("online_shop", "online shop, online store, ecommerce, e commerce",
     "tienda online, tienda en linea, comercio electronico"),
    ("shop", "shop, shops, store, stores, retail", "tienda, tiendas, comercio, comercios"),
    ("printing", "printing, print, printer, prints, print shop",
     "imprenta, impresion, imprimir, impresora"),
    ("flyers", "flyer, flyers, leaflet, leaflets, brochure, brochures",
     "folleto, folletos, octavilla, octavillas, flyer, flyers"),
    ("business_cards", "business cards, business card", "tarjetas de visita, tarjeta de visita"),
    ("bags", "bag, bags", "bolsa, bolsas"),
    ("packaging", "packaging, box, boxes, packing",
     "embalaje, envase, envases, caja, cajas, packaging"),
    ("labels", "label, labels, sticker, stickers", "etiqueta, etiquetas, pegatina, pegatinas"),
    ("accounting", "accounting, accountant, bookkeeping, bookkeeper",
     "contabilidad, contable, gestoria, gestor"),
    ("tax", "tax, taxes", "impuesto, impuestos, fiscal, hacienda"),
    ("legal", "lawyer, legal, attorney, solicitor", "abogado, abogada, legal, juridico, juridica"),
    ("contract", "contract, contracts, agreement", "contrato, contratos, acuerdo"),
    ("insurance", "insurance", "seguro, seguros"),
    ("funding", "funding, financing, loan, loans, investment, investor, investors",
     "financiacion, prestamo, prestamos, inversion, inversor, inversores"),
    ("grant", "grant, grants, subsidy, subsidies", "subvencion, subvenciones"),
    ("marketing", "marketing", "marketing, mercadotecnia"),
    ("social_media", "social media, social networks", "redes sociales, red social"),
    ("newsletter", "newsletter, newsletters, mailing list", "boletin, boletines, newsletter"),
    ("subscribers", "subscribers, subscriber, readers", "suscriptores, suscriptor, lectores"),
    ("advertising", "advertising, advert, adverts, ad, ads, advertisement",
     "publicidad, anuncio, anuncios"),
    ("promotion", "promotion, promotions, promote", "promocion, promociones, promocionar"),
    ("press", "press, journalist, journalists, media", "prensa, periodista, periodistas, medios"),
    ("post", "post, posts, article, articles",
     "publicacion, publicaciones, articulo, articulos, post"),
    ("mention", "mention, mentions, shout out", "mencion, menciones"),
    ("event", "event, events", "evento, eventos"),
    ("fair", "fair, trade fair, trade show, fairs", "feria, ferias"),
    ("stand", "stand, booth", "stand, caseta"),
    ("workshop", "workshop, workshops", "taller, talleres"),
    ("training", "training, course, courses, class, classes, lessons",
     "formacion, curso, cursos, clase, clases"),
    ("mentoring", "mentoring, mentor, coaching, coach", "mentoria, mentor, coaching"),
    ("consulting", "consulting, consultancy, consultant, advice, adviser, advisor",
     "consultoria, consultor, asesoria, asesoramiento, asesor"),
    ("translation", "translation, translations, translator",
     "traduccion, traducciones, traductor, traductora"),
    ("space", "room, space, venue, premises", "sala, espacio, local, locales"),
    ("office", "office, offices, coworking, desk", "oficina, oficinas, coworking"),
    ("storage", "warehouse, storage", "almacen, almacenaje"),
    ("delivery", "delivery, deliveries, shipping, courier",
     "reparto, repartos, entrega, entregas, envio, envios, mensajeria"),
    ("transport", "van, transport, vehicle", "furgoneta, transporte, vehiculo"),
    ("gift", "gift, gifts", "regalo, regalos"),
    ("cleaning", "cleaning, cleaner, cleaners", "limpieza, limpiador, limpiadora"),
    ("repair", "repair, repairs", "reparacion, reparaciones, arreglo, arreglos"),
    ("plumbing", "plumber, plumbing", "fontanero, fontaneria"),
    ("electrician", "electrician, electrical, electricity", "electricista, electricidad"),
    ("carpentry", "carpenter, carpentry, furniture", "carpintero, carpinteria, muebles"),
    ("garden", "garden, gardening, plants, gardener", "jardin, jardineria, plantas, jardinero"),
    ("computers", "computer, computers, laptop, laptops, it support",
     "ordenador, ordenadores, portatil, informatica"),
    ("software", "software, app, apps, application", "software, aplicacion, aplicaciones, app"),
    ("security", "security, alarm, alarms", "seguridad, alarma, alarmas"),
    ("childcare", "childcare, babysitting, nursery, kids, children",
     "guarderia, canguro, ninos, infantil"),
    ("elderly", "elderly, seniors", "mayores, tercera edad"),
    ("fitness", "gym, fitness", "gimnasio, fitness"),
    ("hairdresser", "hairdresser, haircut, hair salon", "peluqueria, peluquero, peluquera"),
    ("volunteers", "volunteer, volunteers, volunteering", "voluntario, voluntarios, voluntariado"),
    ("referral",
     "referral, referrals, recommendation, recommendations, introduction, introductions",
     "recomendacion, recomendaciones, referencia, referencias"),
    ("association", "association, chamber of commerce, guild",
     "asociacion, camara de comercio, gremio"),
    ("neighbourhood", "neighbourhood, neighborhood", "barrio, vecindario"),
    ("shop_window", "shop window, window display", "escaparate, escaparates"),
    ("samples", "sample, samples, tasting", "muestra, muestras, degustacion, cata"),
    ("catalogue", "catalogue, catalog, catalogues", "catalogo, catalogos"),
    ("books", "book, books, bookshop, bookstore", "libro, libros, libreria"),
    ("stationery", "stationery", "papeleria"),
    ("jewellery", "jewellery, jewelry, jeweller", "joyeria, joyas, joyero"),
    ("clothes", "clothes, clothing, fashion", "ropa, moda"),
    ("shoes", "shoes, shoe", "zapatos, zapateria, calzado"),
    ("ceramics", "ceramics, pottery", "ceramica, alfareria"),
    ("music", "music, musician, musicians", "musica, musico, musicos"),
    ("staff", "staff, employee, employees, hiring", "personal, empleado, empleados, plantilla"),
    ("sales", "sales, selling", "ventas, vender"),
    ("export", "export, exports, exporting", "exportacion, exportar"),
    ("tourism", "tourism, tourists, tourist", "turismo, turistas, turista"),
    ("email", "email, emails, e mail", "correo, correos, email"),
)


class Slot(NamedTuple):
    """One word that carries meaning: its terms (one, or a stem per language when the
    language is unknown) and the word as written, folded, to show why two texts met."""

    terms: tuple[str, ...]
    word: str


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """Folded words, digits and punctuation left out."""
    return [w for w in _WORD.findall(fold(text)) if len(w) > 1]


def language_of(text: str, contact_language: str = "") -> str | None:
    """``es``, ``en`` or None. The text's own words decide when they can (the words only
    one language uses, and Spanish letters): people write in the other language too.
    Otherwise the contact's language, when it is one of ours."""
    found = words(text)
    es = sum(w in _ONLY["es"] for w in found) + sum(c in "ñáéíóú¿¡" for c in text.lower())
    en = sum(w in _ONLY["en"] for w in found)
    if es > en:
        return "es"
    if en > es:
        return "en"
    base = (contact_language or "").strip().lower()[:2]
    return base if base in LANGUAGES else None


@lru_cache(maxsize=2)
def _stemmer(lang: str) -> Any:  # snowballstemmer has no types
    # imported on first use: the package loads all its 30-odd languages (tens of ms),
    # which opening a contact or the window should not wait for
    import snowballstemmer

    return snowballstemmer.stemmer("spanish" if lang == "es" else "english")


@lru_cache(maxsize=20_000)
def stem(word: str, lang: str) -> str:
    return cast(str, _stemmer(lang).stemWord(word))


@lru_cache(maxsize=1)
def _glossary() -> dict[str, dict[tuple[str, ...], str]]:
    """Per language: the stems of a glossary phrase → its concept term."""
    table: dict[str, dict[tuple[str, ...], str]] = {"es": {}, "en": {}}
    for concept, english, spanish in GLOSSARY:
        for lang, phrases in (("en", english), ("es", spanish)):
            for phrase in phrases.split(","):
                key = tuple(stem(w, lang) for w in words(phrase))
                if key:
                    table[lang].setdefault(key, "=" + concept)
    return table


_LONGEST_PHRASE = 3
# words spelt the same in both languages with another meaning in one of them
_FALSE_FRIENDS = {"local", "locales", "personal", "pan", "red", "sale", "mayor", "once",
                  "fin", "te", "bio", "post", "stand", "app", "ad", "ads"}


@lru_cache(maxsize=4096)  # what is typed again and again; a build keeps its own
def slots(text: str, lang: str | None) -> tuple[Slot, ...]:
    """The slots of ``text`` in ``lang`` (None: Spanish and English alike)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    folded = words(text)
    glossary = _glossary()
    out: list[Slot] = []
    seen: set[tuple[str, ...]] = set()
    i = 0
    while i < len(folded):
        found = None
        for size in range(min(_LONGEST_PHRASE, len(folded) - i), 0, -1):
            chunk = folded[i:i + size]
            if size == 1 and all(chunk[0] in _STOP[x] for x in langs):
                break
            # the glossary of the other language too: a Spanish term in an English
            # text is still that term (but not the words both languages spell alike)
            others = () if size == 1 and chunk[0] in _FALSE_FRIENDS else LANGUAGES
            for x in dict.fromkeys(langs + others):
                concept = glossary[x].get(tuple(stem(w, x) for w in chunk))
                if concept:
                    found = (Slot((concept,), " ".join(chunk)), size)
                    break
            if found:
                break
        if found:
            slot, size = found
            i += size
        else:
            word = folded[i]
            i += 1
            if any(word in _STOP[x] for x in langs) or len(word) < 3 and lang is None:
                continue
            # the word itself too: loanwords both languages share ("catering",
            # "marketing") meet even when each language's stemmer cuts them differently
            slot = Slot(tuple(dict.fromkeys([stem(word, x) for x in langs] + [word])), word)
        if slot.terms not in seen:
            seen.add(slot.terms)
            out.append(slot)
    return tuple(out)
