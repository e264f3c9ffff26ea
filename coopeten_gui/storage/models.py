"""peewee models, one per table of ``db/migrations``.

The schema itself is owned by the SQL migrations; these classes only describe it so
services can query in Python. ``tests/storage/test_models.py`` checks the two agree.
The database object (``storage.orm``) is made by ``storage.database``, which binds it to
the file it opened; peewee then queries over that module's connection in the thread
that opened it.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BlobField,
    CharField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    ModelSelect,
    TextField,
)

from coopeten_gui.storage import database as _database

# made by storage.database (over its connection) and bound to each file it opens
db = _database.orm()

STAGES = ("new", "contacted", "meeting", "proposal_sent", "ally", "dormant")
EVENT_KINDS = ("breakfast", "meetup", "fair", "conference", "webinar", "other")
EXCHANGE_KINDS = ("offer", "ask")
PARTIES = ("me", "them")
EXCHANGE_STATUSES = ("open", "in_progress", "fulfilled", "declined")
PROPOSAL_STATUSES = ("draft", "sent", "accepted", "declined")
REFERRAL_STATUSES = ("given", "contacted", "met", "closed", "no_deal")
COMMITMENT_PARTIES = ("me", "them")
INTERACTION_KINDS = ("note", "call", "meeting", "email", "event", "proposal", "introduction",
                     "referral")
PROMOTION_DIRECTIONS = ("mine", "theirs")
PRIORITIES = (0, 1, 2)  # low, normal, high


class BaseModel(Model):
    # the key peewee adds to every table without one of its own (all but ContactTag,
    # NotDuplicate and MyBusinessText); said here for the type checker only
    id: AutoField[int]

    class Meta:
        database = db
        legacy_table_names = False


class MyBusiness(BaseModel):
    name = TextField(default="")
    tagline = TextField(default="")
    who_we_are = TextField(default="")
    what_we_do = TextField(default="")
    where_we_are_going = TextField(default="")
    evidence = TextField(default="")
    address = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    website = TextField(default="")
    logo = BlobField(null=True)
    signature_name = TextField(default="")
    signature_title = TextField(default="")
    currency = TextField(default="EUR")
    language = TextField(default="")

    class Meta:
        table_name = "profile"  # the table keeps its first name: files written before still read


class Organization(BaseModel):
    name = TextField()
    sort_key = TextField(default="")
    website = TextField(default="")
    phone = TextField(default="")
    email = TextField(default="")
    address = TextField(default="")
    sector = TextField(default="")
    notes = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Event(BaseModel):
    name = TextField()
    kind = TextField(default="other")
    starts_at = DateTimeField()
    ends_at = DateTimeField(null=True)
    place = TextField(default="")
    organiser = TextField(default="")
    cost_cents = IntegerField(default=0)
    notes = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Contact(BaseModel):
    uid = TextField(default="")
    prefix = TextField(default="")
    given_name = TextField(default="")
    middle_name = TextField(default="")
    family_name = TextField(default="")
    suffix = TextField(default="")
    nickname = TextField(default="")
    display_name = TextField()
    sort_key = TextField(default="")
    organization = ForeignKeyField(Organization, null=True, backref="contacts",
                                   on_delete="SET NULL")
    job_title = TextField(default="")
    department = TextField(default="")
    birthday = DateField(null=True)
    photo = BlobField(null=True)
    photo_type = TextField(default="")
    notes = TextField(default="")
    stage = TextField(default="new")
    audience_size = IntegerField(default=0)
    met_event = ForeignKeyField(Event, null=True, backref="contacts_met", on_delete="SET NULL")
    met_where = TextField(default="")
    introduced_by = ForeignKeyField("self", null=True, backref="introduced", on_delete="SET NULL")
    language = TextField(default="")
    extra_vcard = TextField(default="")
    anniversary = DateField(null=True)
    keep_in_touch_weeks = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)
    # what peewee adds for the keys above and the backrefs below, for the checker only
    organization_id: int | None
    met_event_id: int | None
    introduced_by_id: int | None
    emails: ModelSelect[ContactEmail]
    phones: ModelSelect[ContactPhone]
    urls: ModelSelect[ContactUrl]
    addresses: ModelSelect[ContactAddress]


class ContactEmail(BaseModel):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="")
    value = TextField()


class ContactPhone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="")
    value = TextField()
    digits = TextField(default="")
    e164 = TextField(null=True)
    national = TextField(null=True)


class ContactUrl(BaseModel):
    contact = ForeignKeyField(Contact, backref="urls", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="")
    value = TextField()


class ContactAddress(BaseModel):
    contact = ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE")
    position = IntegerField(default=0)
    label = TextField(default="")
    po_box = TextField(default="")
    extended = TextField(default="")
    street = TextField(default="")
    city = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")


class Tag(BaseModel):
    name = CharField(unique=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")

    class Meta:
        primary_key = CompositeKey("contact", "tag")


class Attendance(BaseModel):
    event = ForeignKeyField(Event, backref="attendances", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="attendances", on_delete="CASCADE")
    talked_about = TextField(default="")


class Category(BaseModel):
    key = TextField(null=True, unique=True)
    name = TextField()
    position = IntegerField(default=0)
    deleted_at = DateTimeField(null=True)


class OfferAsk(BaseModel):
    contact = ForeignKeyField(Contact, backref="offers_asks", on_delete="CASCADE")
    kind = TextField()
    party = TextField()
    category = ForeignKeyField(Category, null=True, backref="offers_asks", on_delete="SET NULL")
    description = TextField()
    value_cents = IntegerField(default=0)
    status = TextField(default="open")
    event = ForeignKeyField(Event, null=True, backref="offers_asks", on_delete="SET NULL")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Template(BaseModel):
    name = TextField()
    kind = TextField(default="letter")
    language = TextField(default="en")
    subject = TextField(default="")
    body = TextField()
    based_on = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Proposal(BaseModel):
    contact = ForeignKeyField(Contact, backref="proposals", on_delete="CASCADE")
    template_name = TextField(default="")
    title = TextField()
    body_html = TextField(default="")
    language = TextField(default="")
    status = TextField(default="draft")
    value_cents = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    sent_at = DateTimeField(null=True)
    decided_at = DateTimeField(null=True)
    deleted_at = DateTimeField(null=True)
    contact_id: int  # peewee's, for the checker only


class Followup(BaseModel):
    title = TextField()
    notes = TextField(default="")
    due_at = DateTimeField()
    priority = IntegerField(default=1)
    done_at = DateTimeField(null=True)
    snoozed_until = DateTimeField(null=True)
    contact = ForeignKeyField(Contact, null=True, backref="tasks", on_delete="CASCADE")
    event = ForeignKeyField(Event, null=True, backref="tasks", on_delete="SET NULL")
    proposal = ForeignKeyField(Proposal, null=True, backref="tasks", on_delete="SET NULL")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)

    class Meta:
        table_name = "task"  # the table keeps its first name: files written before still read


class Interaction(BaseModel):
    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    kind = TextField(default="note")
    occurred_at = DateTimeField()
    summary = TextField()
    body = TextField(default="")
    event = ForeignKeyField(Event, null=True, backref="interactions", on_delete="SET NULL")
    proposal = ForeignKeyField(Proposal, null=True, backref="interactions", on_delete="SET NULL")
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class CrossPromotion(BaseModel):
    contact = ForeignKeyField(Contact, backref="cross_promotions", on_delete="CASCADE")
    direction = TextField()
    channel = TextField(default="")
    promoted_on = DateField()
    audience_reached = IntegerField(default=0)
    visits = IntegerField(default=0)
    leads = IntegerField(default=0)
    sales = IntegerField(default=0)
    revenue_cents = IntegerField(default=0)
    notes = TextField(default="")
    created_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Referral(BaseModel):
    """One person sent to another; a side that is NULL is me."""
    from_contact = ForeignKeyField(Contact, null=True, backref="referrals_given",
                                   on_delete="CASCADE")
    to_contact = ForeignKeyField(Contact, null=True, backref="referrals_received",
                                 on_delete="CASCADE")
    about_contact = ForeignKeyField(Contact, null=True, backref="referrals_about",
                                    on_delete="SET NULL")
    about_text = TextField(default="")
    given_on = DateField()
    status = TextField(default="given")
    value_cents = IntegerField(default=0)
    ask = ForeignKeyField(OfferAsk, null=True, backref="+", on_delete="SET NULL")
    offer = ForeignKeyField(OfferAsk, null=True, backref="+", on_delete="SET NULL")
    notes = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class Commitment(BaseModel):
    """One side's promise in an agreement (an accepted proposal)."""
    proposal = ForeignKeyField(Proposal, backref="commitments", on_delete="CASCADE")
    party = TextField()
    description = TextField()
    due_on = DateField(null=True)
    measure = TextField(default="")
    value_cents = IntegerField(default=0)
    task = ForeignKeyField(Followup, null=True, backref="+", on_delete="SET NULL")
    done_at = DateTimeField(null=True)
    # peewee's, for the checker only
    proposal_id: int
    task_id: int | None
    position = IntegerField(default=0)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    deleted_at = DateTimeField(null=True)


class NotDuplicate(BaseModel):
    """Two contacts the user said are different people (``first`` has the lower id)."""
    first = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    second = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    created_at = DateTimeField()

    class Meta:
        primary_key = CompositeKey("first", "second")


class MyBusinessText(BaseModel):
    """My business's texts in one letter language (migration 6)."""
    language = TextField(primary_key=True)
    tagline = TextField(default="")
    who_we_are = TextField(default="")
    what_we_do = TextField(default="")
    where_we_are_going = TextField(default="")
    evidence = TextField(default="")
    signature_title = TextField(default="")

    class Meta:
        table_name = "profile_text"  # as MyBusiness's


ALL_MODELS = (
    MyBusiness, Organization, Event, Contact, ContactEmail, ContactPhone, ContactUrl,
    ContactAddress, Tag, ContactTag, Attendance, Category, OfferAsk, Template, Proposal,
    Followup, Interaction, CrossPromotion, Referral, Commitment, NotDuplicate, MyBusinessText,
)

