"""Accepting a proposal, its commitments, their follow-ups, and kept commitments as gives."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coopeten_gui.services import agreements, balance, contacts, followups, proposals
from coopeten_gui.services.agreements import CommitmentData
from coopeten_gui.services.common import ValidationError
from coopeten_gui.services.contact_data import ContactData
from coopeten_gui.services.proposals import ProposalData

IN_A_WEEK = date.today() + timedelta(days=7)


@pytest.fixture
def sent(db):
    cid = contacts.create(ContactData(given_name="Marta", family_name="Soler"))
    pid = proposals.create(ProposalData(contact_id=cid, title="Newsletter swap", value=300))
    follow_up = proposals.mark_sent(pid)
    return cid, pid, follow_up


def open_titles(cid: int) -> list[str]:
    return [t.title for t in followups.list_tasks(contact_id=cid)]


def test_accepting_closes_the_proposal_follow_up(sent):
    cid, pid, follow_up = sent
    assert open_titles(cid) == ["Follow up on the proposal “Newsletter swap”"]
    closed = proposals.decide(pid, "accepted")
    assert closed == [follow_up]
    assert followups.get(follow_up).is_done
    assert open_titles(cid) == []


def test_commitments_make_follow_ups_for_the_side_that_owes_them(sent):
    cid, pid, _ = sent
    with pytest.raises(ValidationError):  # not accepted yet
        agreements.save_commitments(pid, [CommitmentData("me", "Mention in my newsletter")])
    proposals.decide(pid, "accepted")
    ids = agreements.save_commitments(pid, [
        CommitmentData("me", "Mention in my newsletter", IN_A_WEEK, "Audience reached", "150"),
        CommitmentData("them", "Post about us on Instagram", None, "", None),
    ])
    rows = agreements.list_commitments(pid)
    assert [r.id for r in rows] == ids
    assert rows[0].value_cents == 15000 and rows[0].measure == "Audience reached"
    mine, theirs = (followups.get(r.task_id) for r in rows)
    assert mine.title == "Deliver: Mention in my newsletter"
    assert mine.due_at.date() == IN_A_WEEK and mine.proposal_id == pid
    assert theirs.title == "Check that Marta Soler delivered: Post about us on Instagram"
    assert theirs.due_at.date() == date.today() + timedelta(days=14)
    assert mine.contact_id == theirs.contact_id == cid

    # a commitment with no description is refused, and nothing is written
    with pytest.raises(ValidationError):
        agreements.save_commitments(pid, [CommitmentData("me", "  ")])
    assert len(agreements.list_commitments(pid)) == 2


def test_a_done_follow_up_is_a_kept_commitment_and_a_give(sent):
    cid, pid, _ = sent
    proposals.decide(pid, "accepted")
    mine_id, theirs_id = agreements.save_commitments(pid, [
        CommitmentData("me", "Mention", value="150"),
        CommitmentData("them", "Instagram post", value="40")])
    assert balance.balance(cid).given.gives == 0
    mine = agreements.list_commitments(pid)[0]
    followups.complete(mine.task_id)
    assert agreements.list_commitments(pid)[0].kept
    result = balance.balance(cid)
    assert result.given.kind("commitment").count == 1
    assert result.given.money_cents == 15000
    assert result.verdict == "gave_more"
    followups.reopen(mine.task_id)
    assert not agreements.list_commitments(pid)[0].kept
    assert balance.balance(cid).given.gives == 0

    # kept from the agreement itself: its follow-up is done too
    agreements.set_kept(theirs_id)
    theirs = agreements.list_commitments(pid)[1]
    assert theirs.kept and followups.get(theirs.task_id).is_done
    assert balance.balance(cid).received.money_cents == 4000


def test_editing_moves_the_follow_up_and_removing_trashes_it(sent):
    cid, pid, _ = sent
    proposals.decide(pid, "accepted")
    first, second = agreements.save_commitments(pid, [
        CommitmentData("me", "Mention"), CommitmentData("them", "Post")])
    task_of_second = agreements.list_commitments(pid)[1].task_id
    agreements.save_commitments(pid, [
        CommitmentData("me", "Mention in two newsletters", IN_A_WEEK, id=first)])
    rows = agreements.list_commitments(pid)
    assert [r.id for r in rows] == [first]
    assert followups.get(rows[0].task_id).title == "Deliver: Mention in two newsletters"
    assert followups.get(rows[0].task_id).due_at.date() == IN_A_WEEK
    assert open_titles(cid) == ["Deliver: Mention in two newsletters"]

    agreements.restore([second])
    assert [r.id for r in agreements.list_commitments(pid)] == [first, second]
    assert followups.get(task_of_second).title.startswith("Check that")
    assert len(open_titles(cid)) == 2


def test_trashing_the_proposal_takes_the_commitment_follow_ups_along(sent):
    cid, pid, _ = sent
    proposals.decide(pid, "accepted")
    agreements.save_commitments(pid, [CommitmentData("me", "Mention")])
    proposals.trash([pid])
    assert open_titles(cid) == []
    proposals.restore([pid])
    assert open_titles(cid) == ["Deliver: Mention"]


def test_kept_commitments_of_a_trashed_proposal_are_no_gives(sent):
    cid, pid, _ = sent
    proposals.decide(pid, "accepted")
    (only,) = agreements.save_commitments(pid, [CommitmentData("me", "Mention")])
    agreements.set_kept(only)
    assert balance.balance(cid).given.gives == 1
    proposals.trash([pid])
    assert balance.balance(cid).given.gives == 0


def test_kept_can_be_ticked_when_saving(sent):
    cid, pid, _ = sent
    proposals.decide(pid, "accepted")
    first, second = agreements.save_commitments(pid, [
        CommitmentData("me", "Mention", kept=True), CommitmentData("them", "Post")])
    rows = agreements.list_commitments(pid)
    assert rows[0].kept and followups.get(rows[0].task_id).is_done
    assert not rows[1].kept
    agreements.save_commitments(pid, [CommitmentData("me", "Mention", id=first, kept=False),
                                      CommitmentData("them", "Post", id=second, kept=True)])
    rows = agreements.list_commitments(pid)
    assert not rows[0].kept and not followups.get(rows[0].task_id).is_done
    assert rows[1].kept and followups.get(rows[1].task_id).is_done
    assert balance.balance(cid).received.gives == 1


def test_the_printed_agreement_lists_both_sides_and_can_be_the_users_own(sent, tmp_path):
    from coopeten_gui.documents.text import to_plain_text
    from coopeten_gui.services import (
        agreement_letter,
        letter_rendering,
        letter_templates,
        templates,
    )

    cid, pid, _ = sent
    proposals.decide(pid, "accepted")
    agreements.save_commitments(pid, [
        CommitmentData("me", "Mention in my newsletter", IN_A_WEEK, "Visits", "150"),
        CommitmentData("them", "Post about us on Instagram")])
    letter = agreement_letter.render_agreement(pid, "es")
    text = to_plain_text(letter.body_html)
    assert "Acuerdo de colaboración" in text and "Newsletter swap" in text
    assert "Mention in my newsletter" in text and "Post about us on Instagram" in text
    assert "150,00" in text and "Marta Soler" in text
    assert not letter.signature
    english = to_plain_text(agreement_letter.render_agreement(pid, "en").body_html)
    assert "Collaboration agreement" in english and "What Marta Soler gives" in english
    # the user's copy of the template is used from then on
    builtin = letter_templates.builtin_template("agreement", "en")
    letter_templates.copy_template(builtin, "My agreement",
                          source=builtin.source.replace("Collaboration agreement",
                                                        "Our handshake"))
    assert templates.find("My agreement").based_on == "agreement"
    mine = to_plain_text(agreement_letter.render_agreement(pid, "en").body_html)
    assert "Our handshake" in mine
    path = letter_rendering.write_letter(agreement_letter.render_agreement(pid, "en"),
                                tmp_path / "agreement.pdf")
    assert path.read_bytes().startswith(b"%PDF")
