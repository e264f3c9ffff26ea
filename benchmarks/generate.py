"""Realistic generated data for the benchmarks, cached outside the repository.

A data set of N contacts has, in proportion: N/5 organizations, N/50 events (at least
ten), 3N offers and asks, 2N follow-ups, N timeline entries, plus emails, phones,
addresses, tags, attendance, proposals and cross-promotions. One extra contact, the
*heavy* one (uid ``bench-heavy``), has exactly 50 offers and asks and 100 timeline
entries, for timing the contact page.

The schema is created by the product itself (``storage.database.open_database``);
rows are then bulk-inserted with plain ``sqlite3.executemany`` in a few big
transactions (peewee's ``insert_many`` is about nine times slower), and the
full-text index is built by ``storage.search.rebuild_all``. Everything is drawn from
one seeded random generator, so a data set is the same on every machine.

The database is cached as ``scale-N-vS.sqlite`` (S: schema version) with a sidecar
``.json`` holding the generator version, a digest of the migrations and what the
harness needs to know; a cached file is reused only when all of them match. A file made
under an older schema whose migrations are unchanged is brought up to date by the product's
own migrations instead of being generated again.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import random
import shutil
import sqlite3
import time
import uuid
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timedelta
from pathlib import Path

from coopeten_gui.services.common import fold
from coopeten_gui.storage import database, search

#: Bump when the generated data changes shape, so stale caches are rebuilt.
GENERATOR_VERSION = 4
#: Dates are relative to the day of generation; a data set this old is made again.
MAX_AGE_DAYS = 14
SEED = 20240611
HEAVY_UID = "bench-heavy"
HEAVY_OFFERS_ASKS = 50
HEAVY_INTERACTIONS = 100

GIVEN = """
María José Antonio Carmen Manuel Ana Francisco Laura David Lucía Javier Marta Daniel
Cristina Carlos Elena Alejandro Isabel Miguel Sara Rafael Paula Pablo Raquel Ángel Pilar
Sergio Rosa Fernando Nuria Jorge Beatriz Luis Silvia Alberto Patricia Álvaro Mónica Diego
Andrea Adrián Irene Raúl Alicia Iván Inés Rubén Sofía Óscar Natalia Enrique Rocío Ramón
Julia Vicente Eva Andrés Noelia Joaquín Verónica Santiago Claudia Víctor Lorena Eduardo
Miriam Roberto Alba Jaime Ángela Ignacio Esther Marcos Teresa Hugo Montserrat Jesús
Amparo Gonzalo Encarnación Íñigo Begoña Nicolás Concepción Tomás Nerea Agustín Ainhoa
Jordi Montse Xavier Núria Pau Mireia Oriol Laia Aitor Itziar Xabier Leire Uxía Brais
Tom Sophie Hannah Oliver Priya Emma James Olivia William Charlotte Henry Amelia George
Grace Jack Chloé Noah Zoë Liam Mia Lucas Léa Mathis Anaïs Jürgen Björn Søren Renée
Joël Françoise Andrzej Małgorzata Čedomir Şebnem Yusuf Fatma Chen Mei Hiroshi Yuki
Kwame Amara Chidi Ngozi Mohammed Aisha Omar Leila Rahul Ananya Ravi Deepa João Conceição
""".split()

FAMILY = """
García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez
Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres
Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Morales Suárez Ortega Delgado
Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Santos
Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Peña
Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual
Santana Herrero Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez
Mora Vicente Vargas Arias Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler
Parra Esteban Bravo Gallardo Rojas Pardo Merino Franco Espinosa Izquierdo Lara Rivas
Silva Rivera Casado Arroyo Redondo Camacho Rey Vera Otero Luque Galán Montes Ríos
Sierra Segura Carrillo Marcos Marí Soriano Mendoza Robles Bernal Vila Palacios
Climent Sanchis Llorca Roig Martí Ferrández Puig Pons Bosch Mas Riera Coll Serra
Font Sala Oliver Rovira Camps Vallès Garriga Etxeberria Agirre Goikoetxea Zubiri
Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Thompson
Baker Grant Müller Schmidt Schneider Fischer Weber Dubois Lefèvre Moreau Laurent
Rossi Russo Bianchi Ferrari Kowalski Nowak Wiśniewski Novák Dvořák Yılmaz Öztürk
Okafor Mensah Diallo Traoré Nguyen Tran Wang Li Zhang Tanaka Suzuki Sato Kim Park
Shah Patel Singh Kumar Costa Pereira Oliveira Sousa Gonçalves Magalhães
""".split()

BUSINESS = """
Panadería Pastelería Floristería Librería Cafetería Taller Estudio Imprenta Ferretería
Quesería Carnicería Frutería Peluquería Barbería Óptica Farmacia Asesoría Gestoría
Academia Escuela Cooperativa Bodega Cervecería Tostadores Cerámica Joyería Zapatería
Mercería Papelería Clínica Fisioterapia Yoga Gimnasio Cowork Catering Restaurante
Tapería Marisquería Heladería Chocolatería Herboristería Lavandería Tintorería
Carpintería Cristalería Fontanería Electricidad Reformas Jardinería Vivero Veterinaria
Consultoría Agencia Studio Design Labs Coffee Bakery Books Print Media Digital
""".split()

ORG_NAMES = """
Masa Madre|Las Violetas|El Faro|Alba|Turia|Rueda|La Colmena|Green Box|La Vaquera|Colón|
Sal y Pimienta|Huerta Viva|del Barrio|La Esquina|El Mercat|Sol de Ruzafa|Mediterráneo|
La Albufera|El Cabanyal|Benimaclet|Russafa|El Carmen|La Seu|Patraix|Campanar|Malvarrosa|
Norte|Sur|Levante|Poniente|La Plaza|Nuevo Día|Buena Vista|Dos Hermanas|Tres Olivos|
La Encina|El Roble|Azahar|La Naranja|Horchata|Pixel & Print|Blue Door|Oak & Iron|
Red Fox|North Star|Little Lab|Bright Side|Open Table|Good Grain|Wild Thyme
""".replace("\n", "").split("|")

SUFFIXES = ["", "", "", " S.L.", " S.A.", " Coop.", " & Co.", " Ltd", " GmbH", " SARL"]

SECTORS = ["alimentación", "comercio", "servicios", "hostelería", "cultura", "salud",
           "diseño", "logística", "educación", "construcción", "tecnología", "artesanía"]

CITIES = [("València", "Valencia", "46"), ("Madrid", "Madrid", "28"),
          ("Barcelona", "Barcelona", "08"), ("Sevilla", "Sevilla", "41"),
          ("Málaga", "Málaga", "29"), ("Bilbao", "Bizkaia", "48"),
          ("Zaragoza", "Zaragoza", "50"), ("A Coruña", "A Coruña", "15"),
          ("Córdoba", "Córdoba", "14"), ("Alacant", "Alicante", "03"),
          ("Castelló", "Castellón", "12"), ("Palma", "Illes Balears", "07")]

STREETS = ["Carrer de Sueca", "Calle Mayor", "Avenida del Puerto", "Gran Vía",
           "Calle de Cádiz", "Plaza del Ayuntamiento", "Carrer de Cuba", "Calle Colón",
           "Avenida de Aragón", "Calle San Vicente", "Passeig de Gràcia", "Calle Larios"]

TAGS = """
barrio boletín panadería regalos cultura bienestar proveedor diseño logística coworking
catering eventos artesanía alimentación servicios mercado sostenible ecológico local
proveedor-clave cliente mentor prensa inversión formación voluntariado turismo
exportación digital comercio-justo feria networking aliado-potencial recomendado vip
newsletter instagram podcast radio universidad asociación cámara ayuntamiento
""".split()

JOBS = ["Gerente", "Propietaria", "Propietario", "Fundadora", "Fundador", "Director comercial",
        "Directora de marketing", "Responsable de compras", "Community manager", "Chef",
        "Diseñadora", "Consultor", "Socia", "Socio", "Founder", "Sales manager", "Owner",
        "Head of partnerships", "Operaciones", "Comunicación", ""]

DEPARTMENTS = ["", "", "", "Ventas", "Marketing", "Compras", "Dirección", "Operaciones",
               "Sales", "Partnerships"]

EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "icloud.com",
                 "protonmail.com", "telefonica.net"]

OFFER_PHRASES = [
    "Mención en nuestro boletín de {n} suscriptores", "Publicación en Instagram",
    "Descuento del {p}% para sus clientes", "Presentación a un proveedor de confianza",
    "Espacio en el escaparate durante una semana", "Taller conjunto para clientes",
    "Recomendación a la asociación de comerciantes", "Cesión de la sala para eventos",
    "Muestras de producto para degustación", "Cuña en el podcast del barrio",
    "Apoyo en la feria de primavera", "Formación en redes sociales",
    "Reparto compartido de pedidos", "Carta de recomendación", "Mentoría de dos horas",
    "Cross-promotion in our newsletter", "Referral to a wholesale supplier",
    "Shared stand at the trade fair", "Guest post on our blog", "Co-branded gift box",
    "Introduction to a local journalist", "Volunteers for the charity run",
    "Bulk purchase of {n} units", "Photography session for the catalogue",
    "Contacto con la cámara de comercio", "Presupuesto de imprenta con descuento",
]

TASK_TITLES = [
    "Llamar a {name}", "Enviar propuesta a {name}", "Seguimiento del desayuno con {name}",
    "Enviar muestras a {name}", "Confirmar reunión con {name}", "Follow up with {name}",
    "Send the proposal to {name}", "Agradecer la recomendación a {name}",
    "Preparar presentación para {name}", "Revisar resultados de la promoción con {name}",
]

INTERACTION_SUMMARIES = [
    "Café en el local", "Llamada de seguimiento", "Reunión para hablar de la alianza",
    "Email con la propuesta", "Coincidimos en el desayuno de networking",
    "Nos presentó a su proveedor", "Quick call about the newsletter swap",
    "Meeting at their shop", "Sent the figures of the last promotion",
    "Visita a la feria juntos", "Nota: prefiere que le escriban por WhatsApp",
]

NOTES = [
    "", "", "", "", "Conocida en el desayuno de Ruzafa; muy interesada en colaborar.",
    "Prefiere llamadas por la mañana.", "Tiene una newsletter con mucha audiencia.",
    "Busca proveedores locales para su tienda.", "Met at the fair, wants a joint event.",
    "Hablar de la campaña de Navidad.", "Cliente desde 2022.",
]

EVENT_KINDS = ("breakfast", "meetup", "fair", "conference", "webinar", "other")
EVENT_NAMES = ["Desayuno de Networking", "Feria", "Webinar", "Meetup", "Congreso",
               "Encuentro de comerciantes", "Jornada de alianzas", "Makers Meetup"]

STAGES = ("new", "contacted", "meeting", "proposal_sent", "ally", "dormant")
STAGE_WEIGHTS = (35, 25, 15, 8, 10, 7)
INTERACTION_KINDS = ("note", "call", "meeting", "email", "event", "proposal")


@dataclass
class DataSet:
    """A generated database and what the harness needs to know about it."""

    path: Path
    scale: int
    heavy_contact_id: int
    counts: dict[str, int]
    words: list[str] = field(default_factory=list)
    generated_in_s: float = 0.0
    generated_on: str = ""
    generator_version: int = GENERATOR_VERSION
    schema_digest: str = ""
    migrations_digest: str = ""
    from_cache: bool = False

    def meta(self) -> dict:
        meta = asdict(self)
        meta["path"] = str(self.path)
        meta.pop("from_cache")
        return meta


def proportions(scale: int) -> dict[str, int]:
    return {
        "contacts": scale,
        "organizations": max(scale // 5, 5),
        "events": max(scale // 50, 10),
        "offers_asks": scale * 3,
        "followups": scale * 2,
        "interactions": scale,
        "proposals": max(scale // 50, 5),
        "cross_promotions": max(scale // 20, 5),
        "attendance": scale // 2,
    }


def schema_digest(version: int | None = None) -> str:
    """A fingerprint of the migrations up to ``version`` (all of them by default) and of
    the SQL that fills the search index: a cached file made from other SQL is stale even
    when the schema version did not change. Comments and code elsewhere in the search
    module do not count, so editing them keeps the cache."""
    digest = hashlib.sha256()
    _add_migrations(digest, version)
    digest.update(search._REBUILD_SQL.encode())
    return digest.hexdigest()[:16]


def migrations_digest(version: int | None = None) -> str:
    """A fingerprint of the migrations up to ``version`` alone: enough for a file that a
    later migration indexes anew (see ``_current_meta``)."""
    digest = hashlib.sha256()
    _add_migrations(digest, version)
    return digest.hexdigest()[:16]


def _add_migrations(digest, version: int | None) -> None:
    for migration in database.migrations():
        if version is None or migration.version <= version:
            digest.update(migration.path.read_bytes())


def _index_made_anew_after(version: int) -> bool:
    """Whether a migration after ``version`` makes the search index anew (what filled it
    before then no longer counts)."""
    return any(migration.version > version
               and "DROP TABLE contact_fts;" in migration.path.read_text(encoding="utf-8")
               for migration in database.migrations())


def cached_path(cache_dir: Path, scale: int, version: int | None = None) -> Path:
    return cache_dir / f"scale-{scale}-v{version or database.latest_version()}.sqlite"


def ensure(scale: int, cache_dir: Path, *, fresh: bool = False, log=print) -> DataSet:
    """The data set at ``scale``: the cached one when it is current, else a new one.

    Runs started at the same time (two terminals, a test) take turns: the second
    waits for the first to finish writing, then reuses its file.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / f"scale-{scale}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        return _ensure(scale, cache_dir, fresh, log)


def _ensure(scale: int, cache_dir: Path, fresh: bool, log) -> DataSet:
    path = cached_path(cache_dir, scale)
    if not fresh:
        for version in range(database.latest_version(), 0, -1):
            meta = _current_meta(cached_path(cache_dir, scale, version), scale, version)
            if meta is None:
                continue
            if version < database.latest_version():
                # a user upgrading keeps their file: so does the harness, which is
                # much quicker than generating a million contacts again
                log(f"bringing the {scale:,} data set from schema {version} up to date …")
                _migrate_forward(cached_path(cache_dir, scale, version), path)
                meta["schema_digest"] = schema_digest()
                meta["migrations_digest"] = migrations_digest()
                path.with_suffix(".json").write_text(
                    json.dumps({**meta, "path": str(path)}, ensure_ascii=False, indent=1),
                    encoding="utf-8")
            meta["path"] = path
            # a sidecar written by a later harness may know more: keep what this one knows
            known = {f.name for f in fields(DataSet)}
            return DataSet(**{k: v for k, v in meta.items() if k in known}, from_cache=True)
    log(f"generating {scale:,} contacts into {path} …")
    started = time.perf_counter()
    data = generate(path, scale)
    data.generated_in_s = round(time.perf_counter() - started, 1)
    path.with_suffix(".json").write_text(json.dumps(data.meta(), ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    return data


def _current_meta(path: Path, scale: int, version: int) -> dict | None:
    """The sidecar of a cached file still good to use at ``version``, else None."""
    meta_path = path.with_suffix(".json")
    if not (path.exists() and meta_path.exists()):
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    age = (date.today() - date.fromisoformat(meta.get("generated_on") or "2000-01-01")).days
    if (meta.get("generator_version") == GENERATOR_VERSION
            and 0 <= age <= MAX_AGE_DAYS
            and meta.get("scale") == scale
            and (meta.get("schema_digest") == schema_digest(version)
                 or (_index_made_anew_after(version)
                     and meta.get("migrations_digest") == migrations_digest(version)))
            and database.read_user_version(path) == version):
        return meta
    return None


def _migrate_forward(old: Path, new: Path) -> None:
    """Copy ``old`` and let the product migrate the copy, as it does a user's file."""
    partial = new.with_name(new.name + ".partial")
    shutil.copyfile(old, partial)
    database.open_database(partial)
    database.close_database()
    partial.replace(new)
    # the older file stays: a checkout of the older code measures on it (before/after);
    # so the product's safety copy of it would only fill the disk
    for safety_copy in partial.parent.glob(f"{partial.name}.v*.bak"):
        safety_copy.unlink()


def generate(path: Path, scale: int) -> DataSet:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)

    # the product creates its own schema, exactly as for a user
    database.open_database(partial)
    database.close_database()

    global _EPOCH
    _EPOCH = datetime.combine(date.today(), datetime.min.time()).replace(hour=9)
    rng = random.Random(SEED + scale)
    n = proportions(scale)
    conn = sqlite3.connect(partial, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("PRAGMA foreign_keys = OFF")  # rows are consistent by construction
    try:
        conn.execute("BEGIN")
        heavy_id, words = _fill(conn, rng, scale, n)
        conn.execute("COMMIT")
    finally:
        conn.close()

    # every insert marked its contact dirty; the product builds the search index
    database.open_database(partial)
    try:
        search.rebuild_all()
        conn = database.connection()
        counts = {name: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for name, table in (("contacts", "contact"),
                                      ("organizations", "organization"),
                                      ("events", "event"), ("offers_asks", "offer_ask"),
                                      ("followups", "task"), ("interactions", "interaction"),
                                      ("proposals", "proposal"),
                                      ("cross_promotions", "cross_promotion"))}
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close_database()
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    partial.replace(path)
    return DataSet(path=path, scale=scale, heavy_contact_id=heavy_id, counts=counts,
                   words=words, schema_digest=schema_digest(),
                   migrations_digest=migrations_digest(),
                   generated_on=date.today().isoformat())


# -- the rows ----------------------------------------------------------------------------

# "now" for the generated data: set by ``generate`` to the start of today, so the
# Today view sees what a user would (a few overdue follow-ups, many coming up)
_EPOCH = datetime.combine(date.today(), datetime.min.time())


def _stamp(rng: random.Random, days_back: int = 1000) -> str:
    moment = _EPOCH - timedelta(seconds=rng.randrange(days_back * 86400))
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _ascii(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def _fill(conn: sqlite3.Connection, rng: random.Random, scale: int,
          n: dict[str, int]) -> tuple[int, list[str]]:
    ex = conn.executemany

    # organizations
    orgs = []
    org_domains = []
    for i in range(1, n["organizations"] + 1):
        name = f"{rng.choice(BUSINESS)} {rng.choice(ORG_NAMES)}"
        if rng.random() < 0.5:
            name = f"{rng.choice(BUSINESS)} {rng.choice(FAMILY)}"
        name += rng.choice(SUFFIXES)
        if i % 7 == 0:
            name += f" {rng.choice(CITIES)[0]}"
        domain = f"{_ascii(name)[:18]}{i}.es"
        org_domains.append(domain)
        city = rng.choice(CITIES)
        created = _stamp(rng)
        orgs.append((i, name, fold(name), f"https://{domain}",
                     f"+34 9{rng.randrange(10, 99)} {rng.randrange(100, 999)} "
                     f"{rng.randrange(100, 999)}", f"hola@{domain}",
                     f"{rng.choice(STREETS)} {rng.randrange(1, 200)}, {city[0]}",
                     rng.choice(SECTORS), "", created, created, None))
    ex("INSERT INTO organization (id, name, sort_key, website, phone, email, address, sector, "
       "notes, created_at, updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", orgs)

    # events
    events = []
    for i in range(1, n["events"] + 1):
        start = _EPOCH - timedelta(days=rng.randrange(-60, 900), hours=rng.randrange(0, 8))
        city = rng.choice(CITIES)[0]
        created = _stamp(rng)
        events.append((i, f"{rng.choice(EVENT_NAMES)} {city} {start:%m/%Y}",
                       rng.choice(EVENT_KINDS), start.strftime("%Y-%m-%d %H:%M:%S"),
                       (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M:%S"),
                       f"Centro cívico, {city}", "Asociación de Comerciantes",
                       rng.choice((0, 0, 1500, 2500, 12000)), "", created, created, None))
    ex("INSERT INTO event (id, name, kind, starts_at, ends_at, place, organiser, cost_cents, "
       "notes, created_at, updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)

    # contacts (the heavy one sits in the middle of the list's id range)
    heavy_id = scale // 2 + 1
    contacts, emails, phones, urls, addresses, contact_tags = [], [], [], [], [], []
    names: list[str] = []
    for cid in range(1, scale + 1):
        given = rng.choice(GIVEN)
        family = rng.choice(FAMILY)
        if rng.random() < 0.45:
            family = f"{family} {rng.choice(FAMILY)}"
        middle = rng.choice(GIVEN) if rng.random() < 0.05 else ""
        prefix = rng.choice(("Dr.", "Dra.", "Sr.", "Sra.")) if rng.random() < 0.03 else ""
        display = " ".join(p for p in (prefix, given, middle, family) if p)
        names.append(display)
        org_id = rng.randrange(1, n["organizations"] + 1) if rng.random() < 0.8 else None
        created = _stamp(rng)
        updated = max(created, _stamp(rng, 400))
        stage = rng.choices(STAGES, STAGE_WEIGHTS)[0]
        met_event = rng.randrange(1, n["events"] + 1) if rng.random() < 0.4 else None
        birthday = (date(rng.randrange(1950, 2002), rng.randrange(1, 13), rng.randrange(1, 29))
                    .isoformat() if rng.random() < 0.3 else None)
        contacts.append((
            cid, HEAVY_UID if cid == heavy_id else str(uuid.UUID(int=rng.getrandbits(128))),
            prefix, given, middle, family, "", rng.choice(("", "", "", "", given[:3])),
            display, fold(display), org_id, rng.choice(JOBS), rng.choice(DEPARTMENTS),
            birthday, None, "", rng.choice(NOTES), stage,
            rng.choice((0, 0, 0, 150, 800, 1200, 3500, 12000)), met_event,
            "Desayuno de networking" if met_event else rng.choice(("", "", "LinkedIn",
                                                                    "Feria")),
            rng.randrange(1, cid) if cid > 10 and rng.random() < 0.08 else None,
            rng.choice(("es", "es", "es", "en", "ca")), "", created, updated,
            _stamp(rng, 60) if rng.random() < 0.01 and cid != heavy_id else None))
        local = f"{_ascii(given)}.{_ascii(family.split()[0])}"
        domain = org_domains[org_id - 1] if org_id and rng.random() < 0.6 \
            else rng.choice(EMAIL_DOMAINS)
        if rng.random() < 0.92:
            emails.append((cid, 0, "work" if org_id else "home", f"{local}@{domain}"))
            if rng.random() < 0.2:
                emails.append((cid, 1, "home",
                               f"{_ascii(given)}{rng.randrange(1, 99)}@"
                               f"{rng.choice(EMAIL_DOMAINS)}"))
        if rng.random() < 0.85:
            mobile = f"+34 6{rng.randrange(10, 99)} {rng.randrange(100, 999)} " \
                     f"{rng.randrange(100, 999)}"
            phones.append((cid, 0, "cell", mobile, "".join(c for c in mobile if c.isdigit())))
            if rng.random() < 0.15:
                land = f"96{rng.randrange(1000000, 9999999)}"
                phones.append((cid, 1, "work", land, land))
        if rng.random() < 0.15:
            urls.append((cid, 0, "", f"https://www.linkedin.com/in/{local}{cid}"))
        if rng.random() < 0.4:
            city, region, postal = rng.choice(CITIES)
            addresses.append((cid, 0, "work", "", "", f"{rng.choice(STREETS)} "
                              f"{rng.randrange(1, 200)}", city, region,
                              f"{postal}{rng.randrange(0, 999):03d}", "España"))
        for tag_id in set(rng.choices(range(1, len(TAGS) + 1),
                                      k=rng.choice((0, 1, 1, 1, 2, 3)))):
            contact_tags.append((cid, tag_id))

    ex("INSERT INTO contact (id, uid, prefix, given_name, middle_name, family_name, suffix, "
       "nickname, display_name, sort_key, organization_id, job_title, department, birthday, "
       "photo, photo_type, notes, stage, audience_size, met_event_id, met_where, "
       "introduced_by_id, language, extra_vcard, created_at, updated_at, deleted_at) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", contacts)
    ex("INSERT INTO contact_email (contact_id, position, label, value) VALUES (?,?,?,?)",
       emails)
    ex("INSERT INTO contact_phone (contact_id, position, label, value, digits) "
       "VALUES (?,?,?,?,?)", phones)
    ex("INSERT INTO contact_url (contact_id, position, label, value) VALUES (?,?,?,?)", urls)
    ex("INSERT INTO contact_address (contact_id, position, label, po_box, extended, street, "
       "city, region, postal_code, country) VALUES (?,?,?,?,?,?,?,?,?,?)", addresses)
    ex("INSERT INTO tag (id, name) VALUES (?, ?)", list(enumerate(TAGS, start=1)))
    ex("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", contact_tags)

    attendance = {(rng.randrange(1, n["events"] + 1), rng.randrange(1, scale + 1))
                  for _ in range(n["attendance"])}
    ex("INSERT INTO attendance (event_id, contact_id, talked_about) VALUES (?,?,?)",
       [(e, c, rng.choice(("", "", "Colaboración en la feria", "Newsletter swap")))
        for e, c in sorted(attendance)])

    def other_contact() -> int:
        while True:
            cid = rng.randrange(1, scale + 1)
            if cid != heavy_id:
                return cid

    # offers and asks
    def offer(cid: int) -> tuple:
        created = _stamp(rng)
        text = rng.choice(OFFER_PHRASES).format(n=rng.randrange(500, 20000),
                                                p=rng.choice((5, 10, 15, 20)))
        return (cid, rng.choice(("offer", "ask")), rng.choice(("me", "them")),
                rng.randrange(1, 14), text, rng.choice((0, 0, 5000, 15000, 50000, 120000)),
                rng.choices(("open", "in_progress", "fulfilled", "declined"),
                            (50, 20, 20, 10))[0],
                rng.randrange(1, n["events"] + 1) if rng.random() < 0.3 else None,
                created, created, None)

    offers = [offer(other_contact()) for _ in range(n["offers_asks"])]
    offers += [offer(heavy_id) for _ in range(HEAVY_OFFERS_ASKS)]
    ex("INSERT INTO offer_ask (contact_id, kind, party, category_id, description, value_cents, "
       "status, event_id, created_at, updated_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
       offers)

    # proposals
    proposals = []
    for _ in range(n["proposals"]):
        cid = other_contact()
        created = _stamp(rng)
        status = rng.choice(("draft", "sent", "accepted", "declined"))
        proposals.append((cid, "alliance_proposal", f"Propuesta de alianza: {names[cid - 1]}",
                          f"<p>Estimada/o {names[cid - 1]}:</p><p>Le proponemos una alianza "
                          f"…</p>", rng.choice(("es", "en")), status,
                          rng.choice((0, 50000, 150000)), created, created,
                          created if status != "draft" else None,
                          created if status in ("accepted", "declined") else None, None))
    ex("INSERT INTO proposal (contact_id, template_name, title, body_html, language, status, "
       "value_cents, created_at, updated_at, sent_at, decided_at, deleted_at) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", proposals)

    # follow-ups: three years of them; nearly all past ones done, a few left overdue
    tasks = []
    for _ in range(n["followups"]):
        cid = other_contact() if rng.random() < 0.9 else None
        created = _stamp(rng)
        due = _EPOCH + timedelta(days=rng.randrange(-1000, 60), hours=rng.randrange(0, 9))
        done = due < _EPOCH and rng.random() < 0.97
        tasks.append((rng.choice(TASK_TITLES).format(name=names[cid - 1] if cid else "la "
                                                     "asociación"),
                      "", due.strftime("%Y-%m-%d %H:%M:%S"), rng.choice((0, 1, 1, 1, 2)),
                      due.strftime("%Y-%m-%d %H:%M:%S") if done else None, None, cid,
                      rng.randrange(1, n["events"] + 1) if rng.random() < 0.1 else None,
                      None, created, created, None))
    ex("INSERT INTO task (title, notes, due_at, priority, done_at, snoozed_until, contact_id, "
       "event_id, proposal_id, created_at, updated_at, deleted_at) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", tasks)

    # timeline
    def interaction(cid: int) -> tuple:
        at = _stamp(rng)
        return (cid, rng.choice(INTERACTION_KINDS), at, rng.choice(INTERACTION_SUMMARIES),
                rng.choice(("", "", "Quedamos en volver a hablar la semana que viene.")),
                None, None, at, None)

    timeline = [interaction(other_contact()) for _ in range(n["interactions"])]
    timeline += [interaction(heavy_id) for _ in range(HEAVY_INTERACTIONS)]
    ex("INSERT INTO interaction (contact_id, kind, occurred_at, summary, body, event_id, "
       "proposal_id, created_at, deleted_at) VALUES (?,?,?,?,?,?,?,?,?)", timeline)

    # cross-promotions
    promos = []
    for _ in range(n["cross_promotions"]):
        day = _stamp(rng)[:10]
        reached = rng.randrange(200, 20000)
        promos.append((other_contact(), rng.choice(("mine", "theirs")),
                       rng.choice(("newsletter", "instagram", "escaparate", "podcast")),
                       day, reached, reached // 20, reached // 200, reached // 1000,
                       (reached // 1000) * 2500, "", day + " 10:00:00", None))
    ex("INSERT INTO cross_promotion (contact_id, direction, channel, promoted_on, "
       "audience_reached, visits, leads, sales, revenue_cents, notes, created_at, deleted_at) "
       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", promos)

    words = sorted({w for name in names[:5000] for w in name.split() if len(w) > 3}
                   | {o[1].split()[-1] for o in orgs[:2000] if len(o[1].split()[-1]) > 3}
                   | {e[3].split("@")[0].split(".")[0] for e in emails[:3000]})
    return heavy_id, words
