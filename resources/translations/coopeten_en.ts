<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddressesEditor</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="201"/>
        <source>+ Add an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="237"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="237"/>
        <source>Floor, door…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="238"/>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="238"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="239"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="239"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="240"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="249"/>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="58"/>
        <source>I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="59"/>
        <source>They give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="62"/>
        <source>What is promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="64"/>
        <source>By when (empty: no date; its follow-up comes in two weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="67"/>
        <source>How it is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="69"/>
        <source>What it is worth (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="70"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="71"/>
        <source>Delivered: it counts as a give in the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="75"/>
        <source>Remove this commitment (its follow-up goes to the trash with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="111"/>
        <source>Agreement with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="116"/>
        <source>Write down what each side commits to. Each commitment becomes a follow-up for the side that owes it; once it is kept it counts as a give in the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="124"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="124"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="125"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="125"/>
        <source>How measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="126"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="137"/>
        <source>No commitments yet: add what you give and what they give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="141"/>
        <source>+ &amp;I commit to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="142"/>
        <source>+ &amp;They commit to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="150"/>
        <source>&amp;Print the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="229"/>
        <source>Say what is promised on every line, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="248"/>
        <source>Save the agreement with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="253"/>
        <source>Agreement saved: %n commitment(s), each with a follow-up.</source>
        <translation>
            <numerusform>Agreement saved: %n commitment, with its follow-up.</numerusform>
            <numerusform>Agreement saved: %n commitments, each with a follow-up.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="269"/>
        <source>The agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="274"/>
        <source>Unsaved commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="275"/>
        <source>Your changes to the commitments are not saved. Leave them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="276"/>
        <source>Leave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/agreement_dialog.py" line="290"/>
        <source>Agreement %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <location filename="../../coopeten_gui/services/agreements.py" line="172"/>
        <source>Deliver: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/agreements.py" line="173"/>
        <source>Check that {name} delivered: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceReport</name>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="85"/>
        <source>{ratio}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="108"/>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="131"/>
        <source>Alliances and their balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="133"/>
        <source>No gives either way in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="136"/>
        <source>The relationships with a give either way in this period, the most one-sided first; only the gives of the period are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="145"/>
        <source>One-sided for over 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="147"/>
        <source>Alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="148"/>
        <source>You gave (gives · money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="149"/>
        <source>They gave (gives · money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="150"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="150"/>
        <source>Last give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="158"/>
        <source>Only the {count} most one-sided are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="167"/>
        <source>Events and their returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="169"/>
        <source>No events in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="171"/>
        <source>{events} events cost {cost}; you met {people} people there, {allies} of them now allies, and {value} came back ({ratio} the cost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="181"/>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="240"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="181"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="182"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="182"/>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="183"/>
        <source>Allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="183"/>
        <source>Value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="184"/>
        <source>Cost per ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="185"/>
        <source>Value / cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="190"/>
        <source>Value back: accepted proposals to people met there, business closed through referrals involving them, and revenue from their promotions of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="201"/>
        <source>Proposals and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="203"/>
        <source>No proposals written or decided in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="206"/>
        <source>{status}: {count} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="211"/>
        <source>Written in this period: {figures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="214"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="214"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="215"/>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="242"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="215"/>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="242"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="216"/>
        <source>Commitments kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="218"/>
        <source>{kept} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="223"/>
        <source>Only the first {count} are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="231"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="233"/>
        <source>No referrals in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="235"/>
        <source>{count} referrals; {closed} closed business worth {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="238"/>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="240"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="241"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="241"/>
        <source>Whom or what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="252"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="253"/>
        <source>contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="254"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="255"/>
        <source>business closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="256"/>
        <source>no deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="278"/>
        <source>Alliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="280"/>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="287"/>
        <source>Written by Coopeten on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="297"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="299"/>
        <source>“{name}” does not end in .pdf; the report is written as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceReportDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="44"/>
        <source>Alliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="51"/>
        <source>The alliances and their balance, the events and what they returned, the proposals and agreements and the referrals of a period, as a PDF with your letterhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="56"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="57"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="74"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllianceReporter</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="115"/>
        <source>Report cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="116"/>
        <source>Writing the alliance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="127"/>
        <source>alliance-report-{start}-{end}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="129"/>
        <source>Save the alliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="130"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="136"/>
        <source>Alliance report saved to {path} (%n page(s)).</source>
        <translation>
            <numerusform>Alliance report saved to {path} (%n page).</numerusform>
            <numerusform>Alliance report saved to {path} (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/alliance_report_dialog.py" line="141"/>
        <source>Alliance report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlliancesPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="228"/>
        <source>You gave more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="229"/>
        <source>They gave more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="230"/>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="231"/>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="250"/>
        <source>Alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="256"/>
        <source>Every relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="257"/>
        <source>To look after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="258"/>
        <source>One-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="259"/>
        <source>No contact lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="264"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="266"/>
        <source>&amp;No contact for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="269"/>
        <source>Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="295"/>
        <source>one-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="295"/>
        <source>no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="300"/>
        <source>Enter or double-click opens the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="359"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="392"/>
        <source>No relationship matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="394"/>
        <source>Nothing to look after: every relationship gives both ways and has had contact lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="396"/>
        <source>No relationships yet. They appear here once you record a give either way — a fulfilled offer or ask, a cross-promotion, a referral, a kept commitment — or accept a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../coopeten_gui/app.py" line="136"/>
        <source>Welcome to Coopeten!</source>
        <extracomment>set once the window closed and ``run`` wrote and closed everything (``end_process``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/app.py" line="137"/>
        <source>Start with an empty address book, explore a sample business with its contacts, events and proposals first, or bring back your data from a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/app.py" line="141"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/app.py" line="143"/>
        <source>Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/app.py" line="145"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/app.py" line="167"/>
        <source>Choose a Coopeten backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/app.py" line="168"/>
        <source>Coopeten backups (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="16"/>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="17"/>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="18"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="19"/>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="20"/>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="21"/>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="22"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="23"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="24"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="25"/>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="26"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="27"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="28"/>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="29"/>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="30"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/argparse_words.py" line="31"/>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="159"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="159"/>
        <source>What we talked about</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/background.py" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="51"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="59"/>
        <source>The backup could not be written to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="65"/>
        <source>The backup copy failed its check ({problem}); older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="86"/>
        <source>unknown data format {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="137"/>
        <source>{path} is the database itself: choose a backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="142"/>
        <source>{path} cannot be restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="182"/>
        <source>The copy of {path} failed its check ({problem}); your database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="199"/>
        <source>There is no room on the disk to put {backup} in place: your current database is untouched. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/backups.py" line="203"/>
        <source>{backup} could not be put in place ({reason}): your current database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/recovery.py" line="60"/>
        <source>There is no database to salvage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/recovery.py" line="69"/>
        <source>The salvaged copy failed its check ({problem}); the damaged database was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/recovery.py" line="76"/>
        <source>The rows could not be saved ({reason}); the damaged database was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/recovery.py" line="92"/>
        <source>Nothing could be read from the damaged database ({reason}). It was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/recovery.py" line="96"/>
        <source>Not a single record could be read from the damaged database; it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFolderChooser</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/backup_folder.py" line="30"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/backup_folder.py" line="31"/>
        <source>Use the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/backup_folder.py" line="45"/>
        <source>Beside the database, in “backups”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/backup_folder.py" line="48"/>
        <source>{folder} (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/backup_folder.py" line="55"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="38"/>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="105"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="44"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="50"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="51"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="52"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="74"/>
        <source>Coopeten copies your data here when it changed, on exit and every half hour, keeping the last days, weeks and months:
{folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="82"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="110"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="119"/>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="127"/>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="130"/>
        <source>Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="120"/>
        <source>Replace your current data with the backup of {when}?

Your current database is not deleted: it is kept beside it, renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/backups_dialog.py" line="131"/>
        <source>The backup of {when} is now your data. The previous database was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Balance</name>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="186"/>
        <source>Nothing given yet, either way.</source>
        <extracomment>a relationship is one-sided when one side has not given for this long &quot;no contact for&quot; starts at this many days unless the caller chooses up to this many contacts, ``ledger_ids`` takes a few milliseconds (``ledger_quick``)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="189"/>
        <source>You have given more: only you have given so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="190"/>
        <source>You have given more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="193"/>
        <source>They have given more: only they have given so far. Your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="195"/>
        <source>They have given more. Your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="197"/>
        <source>Balanced: you gave more often, they gave more in money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="199"/>
        <source>Balanced: they gave more often, you gave more in money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="200"/>
        <source>Balanced: you each give about as much as you get.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="85"/>
        <source>I gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="85"/>
        <source>They gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="91"/>
        <source>Offers and asks fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="92"/>
        <source>Cross-promotions (revenue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="93"/>
        <source>    audience reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="94"/>
        <source>    visits / leads / sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="95"/>
        <source>Referrals (business closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="96"/>
        <source>Commitments kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="97"/>
        <source>All gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="98"/>
        <source>Last give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="124"/>
        <source>Each unit is counted apart: money with money, people with people. An accepted proposal is what you both agreed; its commitments count once they are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="169"/>
        <source>Next give: looking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="187"/>
        <source>Agreed in %n accepted proposal(s)</source>
        <translation>
            <numerusform>Agreed in %n accepted proposal</numerusform>
            <numerusform>Agreed in %n accepted proposals</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="189"/>
        <source>Last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="192"/>
        <source>One-sided for over %n day(s)</source>
        <translation>
            <numerusform>One-sided for over %n day</numerusform>
            <numerusform>One-sided for over %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="197"/>
        <source>Next give: none of your open offers answers an open ask of theirs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="200"/>
        <source>Next give: “%1”, for their ask “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="51"/>
        <source>I gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="51"/>
        <source>I got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="57"/>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="58"/>
        <source>Audience reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="59"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="60"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="61"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="62"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="105"/>
        <source>No promotions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="107"/>
        <source>Fair swap: you each reached a similar audience for the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="109"/>
        <source>Unbalanced: only you have promoted them so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="111"/>
        <source>Unbalanced: only they have promoted you so far — your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="113"/>
        <source>Unbalanced in your favour: they reached %1 people for you, you reached %2 for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="116"/>
        <source>Unbalanced: you reached %1 people for them, they reached %2 for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <location filename="../../coopeten_gui/services/calendar_export.py" line="142"/>
        <source>Organiser: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/calendar_export.py" line="154"/>
        <source>Cost: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/calendar_export.py" line="159"/>
        <source>Networking event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/calendar_export.py" line="172"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/calendar_export.py" line="175"/>
        <source>Contact: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/calendar_export.py" line="202"/>
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="60"/>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="27"/>
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="54"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="28"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="47"/>
        <source>Exported %n calendar entry(ies) to {path}</source>
        <translation>
            <numerusform>Exported %n calendar entry to {path}</numerusform>
            <numerusform>Exported %n calendar entries to {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="55"/>
        <source>The calendar could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/calendar_export.py" line="64"/>
        <source>Exporting the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="68"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="188"/>
        <source>Cross-promotion to an audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="69"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="189"/>
        <source>Recommendation or referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="70"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="190"/>
        <source>Representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="71"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="191"/>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="72"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="192"/>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="73"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="193"/>
        <source>Shared space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="74"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="194"/>
        <source>Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="75"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="195"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="76"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="196"/>
        <source>Backing or endorsement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="77"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="197"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="78"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="198"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="79"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="199"/>
        <source>Joining a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="80"/>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="200"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../coopeten_gui/cli/parser.py" line="44"/>
        <source>Coopeten, the alliance CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/parser.py" line="48"/>
        <source>database file (default: COOPETEN_DB or the app-data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/parser.py" line="51"/>
        <source>open the demo database (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/parser.py" line="53"/>
        <source>language (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/parser.py" line="56"/>
        <source>check that this installation works, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/main.py" line="37"/>
        <source>cannot use {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/main.py" line="46"/>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="19"/>
        <source>create a database with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="22"/>
        <source>check the database&apos;s health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="25"/>
        <source>copy the database safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="29"/>
        <source>count each kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="32"/>
        <source>find contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="37"/>
        <source>create an empty database at --db (never over an existing file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="62"/>
        <location filename="../../coopeten_gui/cli/common.py" line="34"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="47"/>
        <source>{path} already exists; the demo is only written to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="55"/>
        <source>Demo database created at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="66"/>
        <source>database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="67"/>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="68"/>
        <source>will be upgraded to {latest} when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="70"/>
        <source>schema version: {version} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="73"/>
        <source>write-ahead log: does not belong to this database ({reason}); it will be set aside when the database is opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="77"/>
        <source>integrity: {count} problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="81"/>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="90"/>
        <source>{path} already exists; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="98"/>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="130"/>
        <source>{path} already exists; a new database is only made where there is no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/basics.py" line="135"/>
        <source>Empty database created at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="21"/>
        <source>list the letter templates: name, tab, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="25"/>
        <source>write a letter for a contact as PDF, ODT or HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="28"/>
        <source>a template name (see `templates`) or a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="31"/>
        <source>the contact&apos;s number or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="33"/>
        <source>where to write: .pdf, .odt, .html, or .eml for an email draft with the PDF attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="37"/>
        <source>the letter&apos;s language (default: the contact&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="80"/>
        <source>{path} is not a UTF-8 text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="97"/>
        <source>The template “{name}” has an error at line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="100"/>
        <source>The template “{name}” could not be rendered: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/documents.py" line="109"/>
        <source>Letter for {name} written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="27"/>
        <source>import contacts from a vCard or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="34"/>
        <source>what to do with likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="36"/>
        <source>only report what would happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="39"/>
        <source>export contacts (vCard, CSV), everything (JSON) or the calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="46"/>
        <source>list the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="48"/>
        <source>backup folder (default: beside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="51"/>
        <source>put a backup in place of the database (the current file is kept aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="62"/>
        <source>There is no file at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="72"/>
        <source>row {row}: {name} looks like {existing} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="76"/>
        <source>line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="79"/>
        <location filename="../../coopeten_gui/cli/transfer.py" line="157"/>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="83"/>
        <source>Imported: {created} new, {merged} merged, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="98"/>
        <source>Rows of the file left out: {count}, starting on lines {lines}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="113"/>
        <source>Exported {count} record(s) to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="123"/>
        <source>No backups in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="132"/>
        <source>There is no backup at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="138"/>
        <source>Restored {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="140"/>
        <source>Restored {backup}; the previous database was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="163"/>
        <source>Restored {count} record(s) from {file} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/transfer.py" line="171"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/referrals.py" line="13"/>
        <source>list the referrals: date, from → to, about, status, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/referrals.py" line="16"/>
        <source>only those that involve this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="28"/>
        <source>the give and take of each relationship: given, received, verdict, last give each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="31"/>
        <source>only this contact (number or email address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="34"/>
        <source>most one-sided first (imbalance, the default) or longest without a give first (since_last_give)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="30"/>
        <source>a line per event: its cost and what came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="35"/>
        <source>write the alliance report of a period as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="38"/>
        <source>where to write the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="45"/>
        <source>first day, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="47"/>
        <source>last day, as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="56"/>
        <source>“{text}” is not a date; write it as YYYY-MM-DD, for example 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="72"/>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="108"/>
        <source>“{name}” does not end in .pdf; the report is written as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/returns.py" line="116"/>
        <source>Alliance report from {start} to {end} written to {path}; pages: {pages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="31"/>
        <source>a whole number from 1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="36"/>
        <source>open asks and the offers that answer them, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="38"/>
        <source>only the matches of this contact&apos;s offers and asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="41"/>
        <source>at most N matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="43"/>
        <source>one JSON array on standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="59"/>
        <source>There is no contact number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="78"/>
        <source>you (noted with {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="80"/>
        <source>you could offer this yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/matches.py" line="82"/>
        <source>{score}	{asker}: {ask}	← {offerer}: {offer}	({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingTable</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="42"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="42"/>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="58"/>
        <source>(column {number} has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="65"/>
        <source>Field for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="88"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="88"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="88"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="89"/>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/column_mapping.py" line="90"/>
        <source>— leave out —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactColumn</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="25"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="26"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="27"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="28"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="29"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="30"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="59"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="59"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="168"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="169"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="170"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="172"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="173"/>
        <source>Dr., Ms., Prof.…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="175"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="177"/>
        <source>Suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="178"/>
        <source>Jr., PhD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="182"/>
        <source>Name &amp;parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="184"/>
        <source>Nic&amp;kname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="197"/>
        <source>Business they belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="198"/>
        <source>&amp;Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="201"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="203"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="205"/>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="210"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="205"/>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="211"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="206"/>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="211"/>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="216"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="207"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="208"/>
        <source>+ Add an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="209"/>
        <source>&amp;Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="210"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="212"/>
        <source>+34 600 000 000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="213"/>
        <source>+ Add a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="214"/>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="215"/>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="215"/>
        <source>social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="217"/>
        <source>+ Add a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="218"/>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="220"/>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="225"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="227"/>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="231"/>
        <source>How many people they can reach: subscribers, followers, customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="233"/>
        <source>&amp;Audience size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="235"/>
        <source>&amp;Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="237"/>
        <source>Anni&amp;versary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="240"/>
        <source>no reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="241"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="242"/>
        <source>Today reminds you when this long has passed since your last contact with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="244"/>
        <source>Keep in touch e&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="247"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="249"/>
        <source>The language of the letters written to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="250"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="252"/>
        <source>P&amp;hoto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="254"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="256"/>
        <source>&amp;Met at event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="258"/>
        <source>Or where, if not at an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="259"/>
        <source>Met &amp;where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="262"/>
        <source>&amp;Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/contact_dialog.py" line="266"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="72"/>
        <source>← Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="74"/>
        <source>Back to the list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="88"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="89"/>
        <source>Edit every detail (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="90"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="91"/>
        <source>Add a note, call, meeting or email (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="92"/>
        <source>Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="93"/>
        <source>Plan what to do next (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="94"/>
        <source>New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="95"/>
        <source>Write a proposal from a template (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="96"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="97"/>
        <source>Move this contact to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="270"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="316"/>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="317"/>
        <source>You can restore them from the Trash, or undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="318"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="318"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="341"/>
        <source>Offers &amp;&amp; Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="343"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="344"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="345"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="346"/>
        <source>Cross-promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="347"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="352"/>
        <source>Give and take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="373"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="376"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="379"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="384"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="386"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="389"/>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="392"/>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="393"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="395"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="397"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="397"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln people</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="399"/>
        <source>Met at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="402"/>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="409"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_page.py" line="413"/>
        <source>No details yet. Press Edit to add emails, phones and more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="151"/>
        <source>Type a name to find the contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/pickers.py" line="66"/>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/contact_table_model.py" line="198"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="65"/>
        <source>Search contacts: name, company, email, phone, tag, offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="69"/>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="70"/>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="73"/>
        <source>All organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="74"/>
        <source>Filter by organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="76"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="77"/>
        <source>Filter by the event where you met or that they attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="84"/>
        <source>Contacts are the people you meet: who they are, what they offer and ask, and when to follow up with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="86"/>
        <source>Add your first contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="100"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="101"/>
        <source>Change the stage of the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="110"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="115"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="231"/>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="233"/>
        <source>Move %n contact(s) to the trash?</source>
        <translation>
            <numerusform>Move %n contact to the trash?</numerusform>
            <numerusform>Move %n contacts to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="234"/>
        <source>You can restore them from the Trash, or undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="235"/>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="235"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="246"/>
        <source>Add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="247"/>
        <source>Tag to add to %n contact(s):</source>
        <translation>
            <numerusform>Tag to add to %n contact:</numerusform>
            <numerusform>Tag to add to %n contacts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="259"/>
        <source>Remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="260"/>
        <source>Tag to remove from %n contact(s):</source>
        <translation>
            <numerusform>Tag to remove from %n contact:</numerusform>
            <numerusform>Tag to remove from %n contacts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="306"/>
        <source>&amp;New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="307"/>
        <source>New contact (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="308"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="309"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="310"/>
        <source>Edit contact (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="311"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="313"/>
        <source>Move the selected contacts to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="314"/>
        <source>Add &amp;tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="316"/>
        <source>Add a tag to the selected contacts (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="317"/>
        <source>&amp;Remove tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="319"/>
        <source>Remove a tag from the selected contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="320"/>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="322"/>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="323"/>
        <source>Contacts you deleted: restore them or delete them for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="325"/>
        <source>Change &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="339"/>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="341"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contacts_page.py" line="416"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/country_combo.py" line="43"/>
        <source>The system&apos;s ({name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="60"/>
        <source>&amp;Alliance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="61"/>
        <source>Save the alliances, events, proposals and referrals of a period as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="65"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="69"/>
        <source>Relationship stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="70"/>
        <source>Give and take with the top alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="71"/>
        <source>You gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="71"/>
        <source>They gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="72"/>
        <source>Returns of the latest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="73"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="73"/>
        <source>Value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="74"/>
        <source>Proposals by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="76"/>
        <source>Activity per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="77"/>
        <source>Timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="77"/>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="77"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="82"/>
        <source>Bars: the number of gives each way; money beside them. Units are never mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="84"/>
        <source>Value back: accepted proposals, business closed through referrals and promotion revenue from the people met there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="89"/>
        <source>Reading the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="114"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="115"/>
        <source>Event returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="183"/>
        <source>The figures could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="205"/>
        <source>Nothing to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="207"/>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="211"/>
        <source>No events held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="219"/>
        <source>No proposals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="221"/>
        <source>%n proposal(s), {value}</source>
        <translation>
            <numerusform>%n proposal, {value}</numerusform>
            <numerusform>%n proposals, {value}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="241"/>
        <source>No gives recorded yet: fulfil an offer or note a cross-promotion on a contact&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/dashboard_page.py" line="250"/>
        <source>%n give(s)</source>
        <translation>
            <numerusform>%n give</numerusform>
            <numerusform>%n gives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayWords</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="50"/>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="59"/>
        <source>never</source>
        <extracomment>the rows of the table, top to bottom</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="53"/>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="62"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="54"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/balance.py" line="63"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailLabel</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="125"/>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="126"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="127"/>
        <location filename="../../coopeten_gui/services/labels.py" line="128"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="129"/>
        <source>voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="130"/>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="131"/>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="132"/>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="133"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="134"/>
        <source>home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="135"/>
        <source>blog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../coopeten_gui/services/duplicates.py" line="182"/>
        <source>A contact cannot be told apart from itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="58"/>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="60"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="61"/>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="62"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="79"/>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="104"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="92"/>
        <source>Merging keeps every email, phone, offer, ask, follow-up, note, proposal and promotion of both on the one you keep; the other goes to the trash. Undo (Ctrl+Z) splits them again. Two different people? “Not the same person” keeps the pair from coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="105"/>
        <source>&amp;Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="106"/>
        <source>These are two different people: never propose this pair again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="108"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="109"/>
        <source>Undo the last merge or “not the same person” (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="142"/>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="162"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="154"/>
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="159"/>
        <source>The search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="178"/>
        <source>same email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="180"/>
        <source>same phone number (…%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="182"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="183"/>
        <source>similar names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="199"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="220"/>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="248"/>
        <source>%n possible duplicate(s) found.</source>
        <translation>
            <numerusform>%n possible duplicate found.</numerusform>
            <numerusform>%n possible duplicates found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="249"/>
        <source>No likely duplicates. Your contacts look tidy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="285"/>
        <source>%n offer(s) or ask(s)</source>
        <translation>
            <numerusform>%n offer or ask</numerusform>
            <numerusform>%n offers or asks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="287"/>
        <source>%n timeline entry(ies)</source>
        <translation>
            <numerusform>%n timeline entry</numerusform>
            <numerusform>%n timeline entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="288"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="293"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/duplicates_dialog.py" line="294"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDraft</name>
    <message>
        <location filename="../../coopeten_gui/services/email_draft.py" line="32"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/email_draft.py" line="85"/>
        <source>Email drafted: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="42"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="44"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="44"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="51"/>
        <source>e.g. Networking breakfast in Ruzafa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="56"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="62"/>
        <source>e.g. 15 or 12,50 — leave empty if free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="74"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="75"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="76"/>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="78"/>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="79"/>
        <source>&amp;Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="80"/>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/event_dialog.py" line="81"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="36"/>
        <source>Networking breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="37"/>
        <source>Meetup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="38"/>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="39"/>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="40"/>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="41"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="73"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="74"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="75"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="77"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="78"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="79"/>
        <source>&amp;Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="80"/>
        <source>Add the people you met here, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="106"/>
        <source>Add someone who was there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="107"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="108"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="109"/>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="125"/>
        <source>Type in “What we talked about” to note it; it is saved as you leave the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="135"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="135"/>
        <source>Offer or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="136"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="144"/>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="183"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="184"/>
        <source>Pick an event in the list above, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="205"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="230"/>
        <source>People (%n)</source>
        <translation>
            <numerusform>People (%n)</numerusform>
            <numerusform>People (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="231"/>
        <source>Offers &amp;&amp; asks (%n)</source>
        <translation>
            <numerusform>Offers &amp;&amp; asks (%n)</numerusform>
            <numerusform>Offers &amp;&amp; asks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="234"/>
        <source>Follow-ups (%n)</source>
        <translation>
            <numerusform>Follow-ups (%n)</numerusform>
            <numerusform>Follow-ups (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_panel.py" line="235"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventReturnsModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="206"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="207"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="208"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="209"/>
        <source>People
met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="209"/>
        <source>People met there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="210"/>
        <source>Allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="210"/>
        <source>People met there who are now allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="211"/>
        <source>Offers /
asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="211"/>
        <source>Offers and asks raised there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="212"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="212"/>
        <source>Proposals to people met there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="213"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="213"/>
        <source>Value of the accepted proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="214"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="214"/>
        <source>Business closed through referrals involving people met there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="216"/>
        <source>Promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="216"/>
        <source>Revenue from their promotions of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="218"/>
        <source>Value
back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="218"/>
        <source>Accepted + referrals + promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="219"/>
        <source>Cost per
ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="219"/>
        <source>Cost per person met there who is now an ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="221"/>
        <source>Value /
cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="221"/>
        <source>Value back per unit of cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventReturnsPanel</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="80"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="81"/>
        <source>People met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="82"/>
        <source>Now allies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="83"/>
        <source>Offers and asks raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="84"/>
        <source>Proposals to people met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="85"/>
        <source>Accepted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="86"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="87"/>
        <source>Promotion revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="88"/>
        <source>Value back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="89"/>
        <source>Per person met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="90"/>
        <source>Cost per new ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="91"/>
        <source>Value per unit of cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="97"/>
        <source>People met: those who attended and those whose contact says you met there. Value back: accepted proposals, business closed through referrals and revenue from their promotions of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="133"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="136"/>
        <source>{offers} offers, {asks} asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="138"/>
        <source>{count}, {accepted} accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="141"/>
        <source>{count}, {closed} closed: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="146"/>
        <source>cost {cost}, value {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="159"/>
        <source>Nobody met here is in your contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="161"/>
        <source>A free event: {value} came back from the people met here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="164"/>
        <source>It paid off: {value} came back for {cost} spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="166"/>
        <source>Not paid off yet: {value} came back for {cost} spent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventReturnsTable</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="318"/>
        <source>No events yet: add one on the Events page, note who you met there, and its returns show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="322"/>
        <source>%n event(s): {cost} spent, {people} people met, {allies} now allies, {value} came back ({ratio} the cost).</source>
        <translation>
            <numerusform>%n event: {cost} spent, {people} people met, {allies} now allies, {value} came back ({ratio} the cost).</numerusform>
            <numerusform>%n events: {cost} spent, {people} people met, {allies} now allies, {value} came back ({ratio} the cost).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="94"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="94"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="94"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="95"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="95"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="96"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="96"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_models.py" line="121"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="62"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="64"/>
        <source>Filter by name, place or organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="69"/>
        <source>Events are the breakfasts, meetups and fairs where you meet people. Add one, then note who you met there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="71"/>
        <source>Add your first event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="89"/>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="186"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="151"/>
        <source>Event created: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="173"/>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="174"/>
        <source>Move “{name}” to the trash? Its attendees, offers and follow-ups stay; you can restore the event from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/events_page.py" line="191"/>
        <source>Moved to the trash: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="47"/>
        <source>I offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="48"/>
        <source>They offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="49"/>
        <source>I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="50"/>
        <source>They ask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeStatus</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="56"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="57"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="58"/>
        <source>Fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="59"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../coopeten_gui/services/exporter.py" line="46"/>
        <source>Unknown export format “{fmt}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/exporter.py" line="60"/>
        <source>{path} cannot be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="54"/>
        <source>vCard 4.0 (.vcf) — phones, Gmail, Apple, Thunderbird</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="56"/>
        <source>vCard 3.0 (.vcf) — older programs, Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="57"/>
        <source>CSV (.csv) — spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="58"/>
        <source>Everything (.json) — every record, for a full copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="59"/>
        <source>Calendar (.ics) — events and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="65"/>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="66"/>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="67"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="68"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="69"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="85"/>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="208"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="95"/>
        <source>The %n contact(s) selected in Contacts</source>
        <translation>
            <numerusform>The contact selected in Contacts</numerusform>
            <numerusform>The %n contacts selected in Contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="96"/>
        <source>All contacts (%n)</source>
        <translation>
            <numerusform>All contacts (%n)</numerusform>
            <numerusform>All contacts (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="107"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="112"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="115"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="116"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="122"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="169"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="179"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="195"/>
        <source>Exporting to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="217"/>
        <source>{path} could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="219"/>
        <source>Any earlier file of that name was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="225"/>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="230"/>
        <source>%n record(s) exported to {path}.</source>
        <translation>
            <numerusform>%n record exported to {path}.</numerusform>
            <numerusform>%n records exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="232"/>
        <source>%n calendar entry(ies) exported to {path}.</source>
        <translation>
            <numerusform>%n calendar entry exported to {path}.</numerusform>
            <numerusform>%n calendar entries exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/export_dialog.py" line="233"/>
        <source>%n contact(s) exported to {path}.</source>
        <translation>
            <numerusform>%n contact exported to {path}.</numerusform>
            <numerusform>%n contacts exported to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/first_steps.py" line="33"/>
        <source>Fill in My business: every letter&apos;s letterhead and signature come from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/first_steps.py" line="35"/>
        <source>Add your first networking event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/first_steps.py" line="36"/>
        <source>Add the people you met there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/first_steps.py" line="37"/>
        <source>Write your first alliance proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/first_steps.py" line="39"/>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/first_steps.py" line="43"/>
        <source>Hide this list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="138"/>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="138"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="142"/>
        <source>What to do, e.g. “Call María about the newsletter swap”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="154"/>
        <source>(no event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="162"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="163"/>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="164"/>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="165"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="166"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="169"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="170"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="183"/>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="209"/>
        <source>Choose the contact from the suggestions, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupListPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="148"/>
        <source>Reopen “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="150"/>
        <source>Reopened: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="152"/>
        <source>Done “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="154"/>
        <source>Done: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="162"/>
        <source>Snooze “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="166"/>
        <source>Snoozed to {when}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="178"/>
        <source>Reschedule “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="181"/>
        <source>Rescheduled to {when}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="236"/>
        <source>Delete follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="237"/>
        <source>Move “{title}” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="240"/>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_actions.py" line="266"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupTableModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_list.py" line="70"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_list.py" line="70"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_list.py" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/followup_list.py" line="71"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="65"/>
        <source>&amp;New follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="67"/>
        <source>Filter by title, contact or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="70"/>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="73"/>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="79"/>
        <source>Follow-ups are the calls, emails and meetings you promised. Coopeten reminds you when each one is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="81"/>
        <source>Add a follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="85"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="86"/>
        <source>Snooze a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="87"/>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="88"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="89"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="90"/>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="113"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/followups_page.py" line="139"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowupsTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="34"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="35"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="37"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="39"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="46"/>
        <source>Show done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="47"/>
        <source>+ Add follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="48"/>
        <source>Add a follow-up (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="49"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="50"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="51"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="81"/>
        <source>Add follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/followups.py" line="107"/>
        <source>Delete %n follow-up(s)</source>
        <translation>
            <numerusform>Delete %n follow-up</numerusform>
            <numerusform>Delete %n follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="190"/>
        <source>Search contacts, events, offers and asks, follow-ups, proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="302"/>
        <source>The search could not be finished: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="318"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="319"/>
        <source>Still searching offers and asks, follow-ups and proposals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="324"/>
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="362"/>
        <source>Type to search. ↑↓ to choose, Enter to open, Esc to close.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="61"/>
        <source>The CSV file has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="63"/>
        <source>The first line of the file is not a header: it holds a value larger than {size} KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="99"/>
        <source>This file does not have the columns of an export from {layout}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="106"/>
        <source>No column of this file was recognised: choose which column holds names, emails or phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="130"/>
        <source>Row {row} (line {line} of the file) opens a quote that is never closed; that line was skipped and the next one read as a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="142"/>
        <source>Row {row} has {cells} cells but the header has {columns}; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="159"/>
        <source>Row {row} has no name, email or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_formats.py" line="167"/>
        <source>Row {row} has a value larger than {size} KB; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_known.py" line="172"/>
        <source>LinkedIn connection since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="97"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="98"/>
        <source>Name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="99"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="100"/>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="101"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="102"/>
        <source>Name suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="103"/>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="104"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="105"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="106"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="107"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="108"/>
        <source>Unique ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="109"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="110"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="111"/>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="112"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="113"/>
        <source>Address, second line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="114"/>
        <source>PO box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="115"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="116"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="117"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="118"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="119"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/csv_mapping.py" line="120"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/textio.py" line="38"/>
        <location filename="../../coopeten_gui/services/formats/textio.py" line="43"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/textio.py" line="45"/>
        <location filename="../../coopeten_gui/services/formats/textio.py" line="60"/>
        <source>The file holds binary data, not text: it is not a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/textio.py" line="87"/>
        <source>The file says it is {encoding} text but is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard.py" line="86"/>
        <source>No vCard was found in the file: it has no BEGIN:VCARD line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard.py" line="133"/>
        <source>The card on line {line} has no name, email or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard.py" line="173"/>
        <source>The card on line {line} has a {field} field larger than {size}; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard_lines.py" line="80"/>
        <source>The card that starts on line {line} has no END:VCARD before the next card on line {next}; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard_lines.py" line="101"/>
        <source>The card on line {line} is larger than {size} MB and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard_lines.py" line="112"/>
        <source>The card that starts on line {line} is incomplete: the file ends before its END:VCARD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard_lines.py" line="128"/>
        <source>Line {line} is not part of any vCard and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/formats/vcard_lines.py" line="130"/>
        <source>Lines {first} to {last} are not part of any vCard and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="96"/>
        <source>{path} is too large to import ({size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="100"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="157"/>
        <source>{path} holds no contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="252"/>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="393"/>
        <source>same email {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="398"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/importer.py" line="401"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="110"/>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="288"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="128"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="156"/>
        <source>Bring contacts in from another program: a vCard file (.vcf) from your phone, Gmail, Outlook or Apple Contacts, or a CSV file from Google Contacts, Outlook, LinkedIn or a spreadsheet. Nothing is saved until you have seen a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="161"/>
        <source>Choose a .vcf or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="162"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="172"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="176"/>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="191"/>
        <source>This is not a file Coopeten knows. Tell it what each column holds; the columns it recognised are already filled in. Columns left out are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="210"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="212"/>
        <source>These rows look like contacts you already have. Skip a row to leave the stored contact as it is, merge it to add what the file knows (nothing is lost), or create a new contact anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="229"/>
        <source>For all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="230"/>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="230"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="231"/>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="242"/>
        <source>Rows that will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="244"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="245"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="289"/>
        <source>Contact files (*.vcf *.vcard *.csv *.txt);;vCard files (*.vcf *.vcard);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="310"/>
        <source>A CSV file from another program: next, say what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="311"/>
        <source>Recognised as: {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="318"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="338"/>
        <source>This file has no columns to choose from: it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="367"/>
        <source>Choose at least one column to import, such as a name, an email or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="370"/>
        <source>Rows read: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="381"/>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="382"/>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="403"/>
        <source>Rows imported: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="415"/>
        <source>The new contacts are in the Contacts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="422"/>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="423"/>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="424"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="430"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="431"/>
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="432"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="438"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="438"/>
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="439"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="441"/>
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>%n row with errors left out.</numerusform>
            <numerusform>%n rows with errors left out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="472"/>
        <source>Something unexpected went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="489"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="490"/>
        <source>&amp;Preview &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="491"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="492"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_dialog.py" line="492"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="30"/>
        <source>vCard (.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="31"/>
        <source>Google Contacts (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="32"/>
        <source>Outlook (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="33"/>
        <source>LinkedIn connections (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="34"/>
        <source>Coopeten export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="35"/>
        <source>Other CSV — choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="40"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="41"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="42"/>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="78"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="79"/>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="80"/>
        <source>Existing contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="81"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="82"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/import_duplicates.py" line="85"/>
        <source>Where the contact is in the file: 1 for the first one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="95"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="96"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="97"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="98"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="99"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="100"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="101"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="102"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="48"/>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="214"/>
        <source>Introduce</source>
        <extracomment>how each letter language is named on its tab</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="72"/>
        <source>Introduce %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="79"/>
        <source>Ask each one first: two letters, one to each side (double opt-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="81"/>
        <source>Introduce them now: one letter to both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="96"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="97"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="98"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="100"/>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="103"/>
        <source>C&amp;opy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="104"/>
        <source>E&amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="105"/>
        <source>Mark as s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="107"/>
        <source>Record the introduction without printing or emailing from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="175"/>
        <source>To %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="218"/>
        <source>Introduction recorded on both timelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="229"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is looking for: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="231"/>
        <source>&lt;b&gt;%1&lt;/b&gt; offers: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="239"/>
        <source>Recorded: the introduction is on both timelines, a referral from you to %1 was noted, and a follow-up asks on %2 whether they connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="246"/>
        <source>Printing, saving or emailing a letter records the introduction on both timelines, with a follow-up in a week and a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/introduction_dialog.py" line="249"/>
        <source>You already introduced them on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Introductions</name>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="82"/>
        <source>This match no longer exists: its ask or its offer was deleted.</source>
        <extracomment>the built-in letter of each style when to ask whether the two connected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="86"/>
        <source>An introduction needs someone&apos;s ask and someone else&apos;s offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="89"/>
        <source>This match no longer exists: its ask or its offer is in the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="93"/>
        <source>An introduction puts two of your contacts in touch; this ask or offer is your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="97"/>
        <source>The ask and the offer are both {name}&apos;s: there is no one to introduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="112"/>
        <source>Unknown kind of introduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="127"/>
        <source>Double opt-in letters, one to each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="129"/>
        <source>One introduction letter to both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="131"/>
        <source>{name} asks: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="133"/>
        <source>{name} offers: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="140"/>
        <source>Introduced to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="144"/>
        <source>Did {asker} and {offerer} connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/introductions.py" line="199"/>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepInTouchList</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="39"/>
        <source>Keep in touch</source>
        <extracomment>rows shown before the list scrolls; fewer (down to ``FEWEST_ROWS``) when Today is short</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="87"/>
        <source>{name}: birthday {when} (turns {years})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="88"/>
        <source>{name}: birthday {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="89"/>
        <source>{name}: anniversary {when} ({years} years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="90"/>
        <source>{name}: anniversary {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="94"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>every week</numerusform>
            <numerusform>every %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="96"/>
        <source>{name}: {rhythm}, no contact recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="99"/>
        <source>{name}: {rhythm}, last contact {date} ({late})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="102"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="102"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="107"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="109"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="111"/>
        <source>on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/keep_in_touch_list.py" line="111"/>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabeledValuesEditor</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/forms.py" line="149"/>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="67"/>
        <source>you have given more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="68"/>
        <source>they have given more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="69"/>
        <source>balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="70"/>
        <source>nothing given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/cli/ledger.py" line="81"/>
        <source>gives: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="74"/>
        <source>Relationship</source>
        <extracomment>the columns a click on the header sorts by, and the order each one asks for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="74"/>
        <source>I gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="74"/>
        <source>They gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="75"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="75"/>
        <source>Last give: mine · theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="76"/>
        <source>Quiet for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="76"/>
        <source>Look after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="76"/>
        <source>Next give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="196"/>
        <source>one-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="198"/>
        <source>no contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="207"/>
        <source>None of your open offers answers an open ask of theirs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="208"/>
        <source>Your offer “%1” answers their ask “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="212"/>
        <source>One-sided for over %n day(s).</source>
        <translation>
            <numerusform>One-sided for over %n day.</numerusform>
            <numerusform>One-sided for over %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="214"/>
        <source>No contact for over %n day(s).</source>
        <translation>
            <numerusform>No contact for over %n day.</numerusform>
            <numerusform>No contact for over %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="216"/>
        <source>Audience reached: %1 by you, %2 by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/alliances_page.py" line="219"/>
        <source>Last contact: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="101"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="103"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="105"/>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="107"/>
        <source>Save as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="108"/>
        <source>Save as &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="109"/>
        <source>&amp;Copy as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="110"/>
        <source>Copy the letter as plain text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="111"/>
        <source>&amp;Email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="112"/>
        <source>Open your email program with this letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="146"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="163"/>
        <source>Print the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="167"/>
        <source>The letter was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="174"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="175"/>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="176"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="179"/>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="180"/>
        <source>Save the letter as ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="181"/>
        <source>Save the letter as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="183"/>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="228"/>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="202"/>
        <source>The letter was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="205"/>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="217"/>
        <source>The letter is on the clipboard as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="233"/>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="236"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="237"/>
        <source>No email program answered. The draft is saved as {path}: open it from your email program, or copy the letter as plain text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="240"/>
        <source>The draft is open in your email program, with the PDF attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_output.py" line="243"/>
        <source>This contact has no email address: fill in the recipient in your email program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="133"/>
        <source>{title} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/letter_templates.py" line="147"/>
        <source>There is no template called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/letter_context.py" line="74"/>
        <source>There is no contact with the number or email address “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/letter_rendering.py" line="77"/>
        <source>Nobody among your contacts offers what {name} is looking for, so there is no one to introduce.</source>
        <extracomment>Output formats by file extension. How long one letter may take to render (the sandbox stops it after that).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/letter_rendering.py" line="143"/>
        <source>“{name}” does not end in .pdf, .odt or .html, so the format is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="304"/>
        <location filename="../../coopeten_gui/services/letter_rendering.py" line="170"/>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="84"/>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="129"/>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="136"/>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="182"/>
        <source>The mail merge was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="104"/>
        <source>Letter “{title}” written (mail merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="220"/>
        <source>No letter could be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="222"/>
        <source>There are no contacts to write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailMergeDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="65"/>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="284"/>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="293"/>
        <source>Mail merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="73"/>
        <source>Everyone &amp;tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="76"/>
        <source>(choose a tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="83"/>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="97"/>
        <source>T&amp;emplate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="98"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="101"/>
        <source>One &amp;PDF with every letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="102"/>
        <source>One PDF per contact in a &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="107"/>
        <source>letters.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="108"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="109"/>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="111"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="122"/>
        <source>&amp;Create the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="136"/>
        <source>The %n contact(s) selected in Contacts</source>
        <translation>
            <numerusform>The contact selected in Contacts</numerusform>
            <numerusform>The %n contacts selected in Contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="166"/>
        <source>{name} (mine, {language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="170"/>
        <source>Each contact&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="188"/>
        <source>%n letter(s) will be made.</source>
        <translation>
            <numerusform>%n letter will be made.</numerusform>
            <numerusform>%n letters will be made.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="202"/>
        <source>One PDF with every letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="203"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="209"/>
        <source>A folder for the letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="223"/>
        <source>Choose who to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="230"/>
        <source>Choose where to save the letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="236"/>
        <source>Writing %n letter(s)…</source>
        <translation>
            <numerusform>Writing %n letter…</numerusform>
            <numerusform>Writing %n letters…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="253"/>
        <source>The letters could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="278"/>
        <source>%n letter(s) written to {where}.</source>
        <translation>
            <numerusform>%n letter written to {where}.</numerusform>
            <numerusform>%n letters written to {where}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="282"/>
        <source>Left out: {names} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="298"/>
        <source>Cancelled: no letters were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/mail_merge_dialog.py" line="299"/>
        <source>Mail merge cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopeten_gui/ui/window_commands.py" line="50"/>
        <source>Follow-up added: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/database_files.py" line="33"/>
        <source>Open a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/database_files.py" line="34"/>
        <source>Coopeten databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/database_files.py" line="42"/>
        <source>Create a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/database_files.py" line="44"/>
        <source>Coopeten databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/database_files.py" line="65"/>
        <source>{path} already exists. Choose a new name, or open it with “Open database…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/database_files.py" line="91"/>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="129"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="130"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="131"/>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="133"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="134"/>
        <source>Offers &amp; Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="135"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="136"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="137"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="138"/>
        <source>Alliances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="139"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="141"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages_registry.py" line="140"/>
        <source>My business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="43"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="71"/>
        <source>New &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="73"/>
        <source>New &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="75"/>
        <source>New &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="77"/>
        <source>&amp;Quick capture at an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="80"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="82"/>
        <source>New &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="85"/>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="87"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="91"/>
        <source>&amp;vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="92"/>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="93"/>
        <source>&amp;Everything (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="95"/>
        <source>Ca&amp;lendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="97"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="99"/>
        <source>&amp;Restore from a full export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="102"/>
        <source>Alliance &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="107"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="44"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="113"/>
        <location filename="../../coopeten_gui/ui/menus.py" line="127"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="115"/>
        <location filename="../../coopeten_gui/ui/menus.py" line="128"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="134"/>
        <source>&amp;Search everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="136"/>
        <source>&amp;Find contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="46"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="57"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="60"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="61"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/menus.py" line="63"/>
        <source>&amp;About Coopeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="109"/>
        <source>About Coopeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="109"/>
        <source>&lt;h3&gt;Coopeten {version}&lt;/h3&gt;&lt;p&gt;The alliance CRM for entrepreneurs and small businesses who grow by turning competitors and neighbours into allies.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, in one file:&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="34"/>
        <source>Space or Ctrl+Enter</source>
        <extracomment>Keys a list or a field handles itself (no action, no menu): where, and what they do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="35"/>
        <source>Follow-up lists: mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="36"/>
        <source>Follow-up lists: snooze one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="37"/>
        <source>Follow-up lists: reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="39"/>
        <source>Follow-up lists: open the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="38"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="40"/>
        <source>Follow-up lists: edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="41"/>
        <source>Follow-up lists: new follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="42"/>
        <source>Tab, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="43"/>
        <source>Quick capture: next field, add the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/help_dialogs.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <extracomment>keys past F12 are the special keys of some keyboards (Undo, Redo, Exit, F13…): Qt binds them too, but a list for people shows what every keyboard has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/main_window.py" line="458"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/main_window.py" line="459"/>
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="29"/>
        <source>Me (noted with %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="35"/>
        <source>You could offer this yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="40"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="42"/>
        <source>Score %1 (higher is closer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="47"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="48"/>
        <source>Words that met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="56"/>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="80"/>
        <source>Who asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="57"/>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="81"/>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="58"/>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="69"/>
        <source>Who offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="59"/>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="70"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="68"/>
        <source>They ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="79"/>
        <source>They offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="89"/>
        <source>No open asks yet. When someone asks for something, the offers that answer it show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="92"/>
        <source>No open offers yet. Add what people offer, and the asks it answers show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="94"/>
        <source>No offer answers an open ask closely enough yet. A match shows when the words of an offer meet those of an ask, in Spanish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="97"/>
        <source>They have no open asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="98"/>
        <source>Nobody else offers anything open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="100"/>
        <source>No open offer answers their asks closely enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="102"/>
        <source>They offer nothing open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="103"/>
        <source>Nobody else asks for anything open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/match_list.py" line="105"/>
        <source>Their offers answer no open ask closely enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchesTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/matches.py" line="62"/>
        <source>Double-click to open the other person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/matches.py" line="78"/>
        <source>&amp;Introduce them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/matches.py" line="80"/>
        <source>Write the introduction between the one who asks and the one who offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/matches.py" line="114"/>
        <source>Who could help them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/matches.py" line="115"/>
        <source>Whom they could help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/matches.py" line="138"/>
        <source>Looking for matches…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/money_edit.py" line="31"/>
        <source>Which amount?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/money_edit.py" line="32"/>
        <source>“{text}” can be read two ways. Which amount did you mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/money_edit.py" line="89"/>
        <source>Write the amount with its decimals, such as {example}, so it reads one way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyBusinessForm</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="71"/>
        <source>My business</source>
        <extracomment>Logos larger than this (either side, in pixels) are scaled down before they are stored. Files larger than this are refused outright (nobody&apos;s logo needs more).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="77"/>
        <source>What you write here fills the letterhead and the signature of every letter and proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="81"/>
        <source>e.g. Tostadores del Barrio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="83"/>
        <source>One line under the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="88"/>
        <source>Results, clients, awards, press…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="99"/>
        <source>Texts in Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="100"/>
        <source>Texts in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="102"/>
        <source>Letters in each language print the texts written for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="112"/>
        <source>The three-letter code of your money, such as EUR or USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="120"/>
        <source>Choose an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="121"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="134"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="143"/>
        <source>&amp;Tagline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="144"/>
        <source>&amp;Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="145"/>
        <source>What we &amp;do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="146"/>
        <source>Where we are &amp;going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="147"/>
        <source>E&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="135"/>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="136"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="137"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="138"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="139"/>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="140"/>
        <source>&amp;Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="148"/>
        <source>Their ti&amp;tle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="141"/>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="170"/>
        <source>&amp;Save my business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="171"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="246"/>
        <source>Empty here: letters in this language print the other language&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="290"/>
        <source>Saved. Your next letters use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="291"/>
        <source>My business saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="309"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="315"/>
        <source>“{value}” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="328"/>
        <source>Choose your logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="330"/>
        <source>Images ({formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="338"/>
        <source>That image is too large ({size} MB); choose one under 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="343"/>
        <source>The image could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="349"/>
        <source>“{name}” is not an image this program can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_form.py" line="373"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyBusinessPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/my_business_page.py" line="35"/>
        <source>My business</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="60"/>
        <source>What happened? e.g. “Call: agreed to swap newsletters in March”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="63"/>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="67"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="69"/>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="71"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../coopeten_gui/ui/reminders.py" line="61"/>
        <source>Show Coopeten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferAskDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="229"/>
        <source>Edit offer or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="230"/>
        <source>New offer or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="236"/>
        <source>What exactly, e.g. “A mention in their newsletter to 3,000 readers”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="242"/>
        <source>Choose or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="253"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="257"/>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="258"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="259"/>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="260"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="261"/>
        <source>Estimated &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="262"/>
        <source>Came up at &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersAsks</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="43"/>
        <source>I offer them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="44"/>
        <source>They offer me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="45"/>
        <source>They ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="46"/>
        <source>I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="59"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="62"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="65"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="70"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="75"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="81"/>
        <source>%1
Came up at: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersAsksPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="80"/>
        <source>Offers and asks</source>
        <extracomment>the value column is as wide as this amount (larger ones are rare, and show whole in their tooltip) the least part of the room past who, status and value that the description keeps matches the list shows (the best ones; a contact&apos;s page shows all of theirs) the list shows the newest this many offers and asks its filters find (then those with the text typed) the first rows are those among this many newest offers and asks (a few milliseconds however large the file); the rest of the list is read on a worker the worker starts once the first rows are painted: painting asks Python for every cell, and a worker building rows in Python meanwhile slowed it by half</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="85"/>
        <source>Open or in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="88"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="92"/>
        <source>Contact or description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="116"/>
        <source>Double-click to open the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="124"/>
        <source>Double-click a side to open that contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="134"/>
        <source>&amp;Introduce them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="127"/>
        <source>Open asks with the offers that answer them, best first: a chance to introduce two people, or to help with what you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="112"/>
        <source>Offers &amp; Asks: what each contact can give and needs, and what you offer them. Add them on a contact&apos;s page; where an ask meets an offer, the match shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="136"/>
        <source>Write the introduction between the one who asks and the one who offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="137"/>
        <source>Open who &amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="138"/>
        <source>Open who o&amp;ffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="168"/>
        <source>All offers &amp;&amp; asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="169"/>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="272"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="261"/>
        <source>Looking for matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="321"/>
        <source>%n offer(s) or ask(s)</source>
        <translation>
            <numerusform>%n offer or ask</numerusform>
            <numerusform>%n offers or asks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="271"/>
        <source>Matches (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="393"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="175"/>
        <location filename="../../coopeten_gui/ui/pages/offers_asks_page.py" line="404"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersAsksTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="108"/>
        <source>+ Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="109"/>
        <source>Add to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="110"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="111"/>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="124"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="118"/>
        <source>Nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="181"/>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="194"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/offers_asks.py" line="206"/>
        <source>Delete %n offer(s) or ask(s)</source>
        <translation>
            <numerusform>Delete %n offer or ask</numerusform>
            <numerusform>Delete %n offers or asks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="307"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="310"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="310"/>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="311"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="311"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="312"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="312"/>
        <source>&amp;Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="313"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="59"/>
        <source>Search organizations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="65"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="66"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="69"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="74"/>
        <source>Organizations are the businesses your contacts belong to. A contact&apos;s organization appears here by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="76"/>
        <source>Add an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="83"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="84"/>
        <source>New organization (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="85"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="86"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="97"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="102"/>
        <source>Double-click a person to open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="210"/>
        <source>New organization “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="228"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="240"/>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="242"/>
        <source>Its %n contact(s) stay in your contacts.</source>
        <translation>
            <numerusform>Its %n contact stays in your contacts.</numerusform>
            <numerusform>Its %n contacts stay in your contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="243"/>
        <source>Delete organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="244"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="247"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="265"/>
        <source>Choose an organization to see its details and its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/organizations_page.py" line="291"/>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <location filename="../../coopeten_gui/documents/output.py" line="104"/>
        <location filename="../../coopeten_gui/services/alliance_report.py" line="303"/>
        <location filename="../../coopeten_gui/services/email_draft.py" line="79"/>
        <location filename="../../coopeten_gui/services/letter_rendering.py" line="169"/>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="141"/>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="166"/>
        <location filename="../../coopeten_gui/services/mail_merge.py" line="191"/>
        <source>Could not save “{name}”: {reason}.</source>
        <extracomment>Distance from the bottom edge of the paper to the page number&apos;s baseline area. PDF device resolution: text is vector anyway; 300 keeps layout rounding invisible.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/output.py" line="160"/>
        <source>there is nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/output.py" line="174"/>
        <source>the file cannot be created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/output.py" line="294"/>
        <source>the PDF could not be written completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/output.py" line="308"/>
        <source>the document could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="31"/>
        <source>Choose…</source>
        <extracomment>file suffixes and the image type stored with the photo</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="32"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="55"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="66"/>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="67"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="76"/>
        <source>This picture is too large (at most 10 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="80"/>
        <source>This file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/photo_picker.py" line="83"/>
        <source>This file is not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTemplate</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/plain_template.py" line="49"/>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/plain_template.py" line="51"/>
        <source>The contact&apos;s first name (or full name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainTemplateEdit</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/plain_template.py" line="133"/>
        <source>Insert a field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/plain_template.py" line="160"/>
        <source>This template has conditions and repeats (the ⚙ chips), so it can be changed only in its source. To write a letter of your own here, press New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/plain_template.py" line="163"/>
        <source>Write the letter as it should read. Fields (in colour) are filled in for each contact: add one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="108"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="109"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="110"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="100"/>
        <source>Tagline</source>
        <extracomment>The languages the profile&apos;s texts are kept in (those letters are written in). The fields kept per language, in the order the form shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="101"/>
        <source>Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="102"/>
        <source>What we do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="103"/>
        <source>Where we are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="104"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="105"/>
        <source>Title under the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="113"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="113"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="114"/>
        <source>My business has no {language} text for {fields}: this letter uses the {other} one. Write it in My business.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Promotion</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="116"/>
        <source>I promoted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="117"/>
        <source>They promoted me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="225"/>
        <source>Cross-promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="231"/>
        <source>Newsletter, Instagram, shop window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="247"/>
        <source>&amp;Who promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="248"/>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="249"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="250"/>
        <source>&amp;Audience reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="252"/>
        <source>&amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="253"/>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="254"/>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="255"/>
        <source>&amp;Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="256"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="259"/>
        <source>Visits, leads and sales: what the promotion brought to the side that was promoted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromotionsTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="129"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="131"/>
        <source>Who promoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="132"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="134"/>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="136"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="138"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="140"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="142"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="152"/>
        <source>+ Record a promotion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="153"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="154"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="162"/>
        <source>This is the swap alone; the whole give and take, offers, referrals and commitments included, is on the Give and take tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="180"/>
        <source>Record a promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="198"/>
        <source>Edit a promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/promotions.py" line="209"/>
        <source>Delete %n promotion(s)</source>
        <translation>
            <numerusform>Delete %n promotion</numerusform>
            <numerusform>Delete %n promotions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="137"/>
        <source>&amp;Write from template</source>
        <extracomment>How long the letter of a proposal may take to render before the sandbox stops it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="138"/>
        <source>Write the letter again from the chosen template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="147"/>
        <source>e.g. Christmas campaign: books and coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="150"/>
        <source>What the alliance is worth, as you estimate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="165"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="166"/>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="167"/>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="168"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="197"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="198"/>
        <source>Save the proposal (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="200"/>
        <source>Mark as s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="201"/>
        <source>Record that it was sent, with a follow-up in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="202"/>
        <source>&amp;Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="203"/>
        <source>De&amp;clined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="204"/>
        <source>A&amp;greement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="205"/>
        <source>What each side commits to, with a follow-up for each, and the agreement to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="209"/>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="212"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="213"/>
        <source>C&amp;opy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="214"/>
        <source>E&amp;mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="294"/>
        <source>{name} (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="312"/>
        <source>Write the letter again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="313"/>
        <source>The letter you edited will be replaced by a new one from the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="314"/>
        <source>Replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="323"/>
        <source>Writing the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="337"/>
        <source>Letter written from “{title}”. Edit it as you like, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="365"/>
        <source>There is no letter yet: choose a template and press “Write from template”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="397"/>
        <source>Proposal saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="398"/>
        <source>Proposal “{title}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="416"/>
        <source>Marked as sent. A follow-up is planned for {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="434"/>
        <source>Proposal marked {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="469"/>
        <source>{status} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="472"/>
        <source>unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="474"/>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="475"/>
        <source>{title} — proposal for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="515"/>
        <source>The proposal has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="532"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="532"/>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="534"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="534"/>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="536"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="536"/>
        <source>Underline (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="546"/>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="547"/>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="550"/>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/proposal_editor.py" line="551"/>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalStatus</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="86"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="87"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="88"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="89"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="63"/>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="67"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="71"/>
        <source>No proposals here yet. Open a contact and press “New proposal…”, or press it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="75"/>
        <source>&amp;New proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="76"/>
        <source>Write a proposal for a contact (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="77"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="78"/>
        <source>Mark as s&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="79"/>
        <source>&amp;Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="80"/>
        <source>De&amp;clined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="81"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="82"/>
        <source>&amp;Mail merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="83"/>
        <source>One template for many contacts, as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="86"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="109"/>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="112"/>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="110"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="213"/>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="214"/>
        <source>%n proposal(s) marked as sent, each with a follow-up in a week.</source>
        <translation>
            <numerusform>%n proposal marked as sent, each with a follow-up in a week.</numerusform>
            <numerusform>%n proposals marked as sent, each with a follow-up in a week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="223"/>
        <source>%n proposal(s) marked {status}.</source>
        <translation>
            <numerusform>%n proposal marked {status}.</numerusform>
            <numerusform>%n proposals marked {status}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="241"/>
        <source>Delete proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="242"/>
        <source>Move %n proposal(s) to the trash?</source>
        <translation>
            <numerusform>Move %n proposal to the trash?</numerusform>
            <numerusform>Move %n proposals to the trash?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="243"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="246"/>
        <source>%n proposal(s) moved to the trash.</source>
        <translation>
            <numerusform>%n proposal moved to the trash.</numerusform>
            <numerusform>%n proposals moved to the trash.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="259"/>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/proposals_page.py" line="266"/>
        <source>Who is the proposal for?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/proposal_columns.py" line="23"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/proposal_columns.py" line="24"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/proposal_columns.py" line="26"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/proposal_columns.py" line="29"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/proposal_columns.py" line="31"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/proposal_columns.py" line="33"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/proposals.py" line="28"/>
        <source>No proposals for this contact yet. “New proposal…” writes one from a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../coopeten_gui/services/quick_capture.py" line="109"/>
        <source>Choose the event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/quick_capture.py" line="111"/>
        <source>Type the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/quick_capture.py" line="151"/>
        <source>Met at {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/quick_capture.py" line="154"/>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickCaptureWindow</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="64"/>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="69"/>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="72"/>
        <source>At &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="79"/>
        <source>One person per line. Tab moves to the next field; Enter adds the person and starts the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="99"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="100"/>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="101"/>
        <source>Email or &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="102"/>
        <source>They &amp;offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="103"/>
        <source>They as&amp;k for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="104"/>
        <source>We &amp;talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="105"/>
        <source>&amp;I offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="106"/>
        <source>I a&amp;sked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="109"/>
        <source>María Núñez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="110"/>
        <source>Panadería Masa Madre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="111"/>
        <source>maria@example.com or +34 600 123 456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="112"/>
        <source>e.g. a mention in her newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="113"/>
        <source>e.g. coffee beans at wholesale price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="114"/>
        <source>e.g. a joint stand at the spring fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="115"/>
        <source>e.g. coffee for her launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="116"/>
        <source>e.g. an introduction to her printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="138"/>
        <source>Category, suggested from the words; pick another to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="148"/>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="149"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="152"/>
        <source>&amp;Undo last person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="156"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="172"/>
        <source>Double-click a person to see their matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="175"/>
        <source>See their &amp;matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="286"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="308"/>
        <source>offers: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="310"/>
        <source>asks for: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="312"/>
        <source>I offered: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="314"/>
        <source>I asked for: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="316"/>
        <source>(already in your contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="318"/>
        <source>looking for matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="321"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="322"/>
        <source>no match yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="337"/>
        <source>Added in this session: %n person(s).</source>
        <translation>
            <numerusform>Added in this session: %n person.</numerusform>
            <numerusform>Added in this session: %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="338"/>
        <source>Each has a follow-up due in %n day(s).</source>
        <translation>
            <numerusform>Each has a follow-up due in %n day.</numerusform>
            <numerusform>Each has a follow-up due in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/quick_capture.py" line="341"/>
        <source>Nobody added yet in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/write_notice.py" line="48"/>
        <source>This database is read-only: you can look through it, but nothing you change can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="50"/>
        <source>Your database is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="51"/>
        <source>Your data needs repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="59"/>
        <source>Backup of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="59"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="70"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="70"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="80"/>
        <source>Details: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="83"/>
        <source>&amp;Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="84"/>
        <source>&amp;Save what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="85"/>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="86"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="119"/>
        <source>Coopeten cannot find your database at {path}. It may have been moved, renamed or deleted, or be on a drive that is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="123"/>
        <source>Coopeten found damage in your database, probably from a crash or a disk problem. Nothing will be deleted: the damaged file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="126"/>
        <source>Coopeten cannot read your database at {path}: it is empty or its beginning is damaged. Nothing will be deleted: the file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="139"/>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="140"/>
        <source>Coopeten can start an empty database here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="142"/>
        <source>Coopeten can try to save what can still be read into a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="144"/>
        <source>Put a copy of your database back in its place, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="147"/>
        <source> (the newest sound one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="149"/>
        <source>Restoring the backup of {when}{newest} brings back your data as it was then; changes made after it are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/recovery_dialog.py" line="152"/>
        <source>Choose the backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="158"/>
        <source>Record a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="174"/>
        <source>Edit a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="183"/>
        <source>Business closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="194"/>
        <source>Delete %n referral(s)</source>
        <translation>
            <numerusform>Delete %n referral</numerusform>
            <numerusform>Delete %n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralColumns</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="37"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="39"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="40"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="41"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="46"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="66"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="69"/>
        <source>Me (leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="73"/>
        <source>A contact, or leave empty and write below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="75"/>
        <source>Or a name and what they need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="84"/>
        <source>Value of the business closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="91"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="92"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="93"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="95"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="96"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="97"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="98"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="100"/>
        <source>Leave From or To empty for yourself: a contact who sends you a client, or a client you send to a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/referral_dialog.py" line="130"/>
        <source>Choose a contact from the suggestions, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralStatus</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="144"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="145"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="146"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="147"/>
        <source>Business closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="148"/>
        <source>No deal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <location filename="../../coopeten_gui/services/referrals.py" line="102"/>
        <source>Me</source>
        <extracomment>the statuses of a referral still under way (not closed, not no deal)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/referrals.py" line="222"/>
        <source>{source} → {target}: {about}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/referrals.py" line="230"/>
        <source>Referral {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="46"/>
        <source>Referrals</source>
        <extracomment>the period filter: key → days back (None: any time; &quot;year&quot;: since January 1) the status filter&apos;s choice that lists deleted referrals, to restore them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="53"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="54"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="57"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="58"/>
        <source>Any contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="61"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="61"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="62"/>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="62"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="63"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="79"/>
        <source>+ Add a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="81"/>
        <source>Add a referral (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="82"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="83"/>
        <source>Business closed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="84"/>
        <source>Mark the referral as closed and record the value of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="86"/>
        <source>Open contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="87"/>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="126"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="126"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="133"/>
        <source>No referrals match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="138"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="140"/>
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="142"/>
        <source>business closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="151"/>
        <source>No referrals here yet. A referral is a person sent from one contact to another: a client a contact sends you, or one you send them (BNI&apos;s referral slips). Add one by hand, or introduce two contacts from a match on Offers &amp; Asks; when one closes business, record its value here to thank them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/referrals_page.py" line="179"/>
        <source>Restore %n referral(s)</source>
        <translation>
            <numerusform>Restore %n referral</numerusform>
            <numerusform>Restore %n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="41"/>
        <source>+ Record a referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="42"/>
        <source>Business closed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="43"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="44"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="66"/>
        <source>No referrals with this contact yet. Record one when they send you a client, or when you send one to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="69"/>
        <source>They gave %n referral(s)</source>
        <translation>
            <numerusform>They gave %n referral</numerusform>
            <numerusform>They gave %n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="70"/>
        <source>received %n</source>
        <translation>
            <numerusform>received %n</numerusform>
            <numerusform>received %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="72"/>
        <source>their referrals closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/referrals.py" line="75"/>
        <source>yours to them closed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../coopeten_gui/ui/reminders.py" line="149"/>
        <source>Follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/reminders.py" line="140"/>
        <location filename="../../coopeten_gui/ui/reminders.py" line="152"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/reminders.py" line="136"/>
        <source>Birthday: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/reminders.py" line="137"/>
        <source>Anniversary: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/reminders.py" line="141"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/reminders.py" line="153"/>
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="231"/>
        <source>Reschedule follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="233"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/followup_dialog.py" line="234"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="109"/>
        <location filename="../../coopeten_gui/services/full_restore.py" line="136"/>
        <source>{path} cannot be written: {reason}.</source>
        <extracomment>the longest line (one record) read: a contact with a large photo fits many times over how often ``progress`` hears about it a line longer than this (a record with a photo) is first checked to have the shape of a record, so a hostile one cannot make the parser build millions of values: at most ``LONG_LINE_KEYS`` keys and ``LONG_LINE_COMMAS`` commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="122"/>
        <source>the record cannot be stored ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="128"/>
        <source>The restore was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="132"/>
        <source>{name} cannot be restored: its records do not hold together ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="151"/>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="160"/>
        <source>{name} cannot be restored: it is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="164"/>
        <source>the line is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="177"/>
        <source>{name} is not a full export written by Coopeten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="182"/>
        <source>the header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="184"/>
        <source>{name} was exported by a newer version of Coopeten; update Coopeten to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="201"/>
        <source>the file ends too soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="208"/>
        <source>a table was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="211"/>
        <source>there is no table “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="214"/>
        <source>the table “{name}” comes twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="223"/>
        <location filename="../../coopeten_gui/services/full_restore.py" line="227"/>
        <location filename="../../coopeten_gui/services/full_restore.py" line="230"/>
        <source>the record is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="233"/>
        <source>a record was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="240"/>
        <source>there is more after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="249"/>
        <source>there is no column “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="254"/>
        <location filename="../../coopeten_gui/services/full_restore.py" line="261"/>
        <source>a value is not plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="258"/>
        <source>a binary value is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="265"/>
        <source>“{name}” has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="272"/>
        <source>{path} already holds contacts; a full export is restored only into a new database, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="276"/>
        <source>{path} already holds records; a full export is restored only into a new database, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/full_restore.py" line="286"/>
        <source>{name} cannot be restored: line {line}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreExport</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="26"/>
        <source>Restore from a full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="27"/>
        <source>Full exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="34"/>
        <source>Name the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="36"/>
        <source>Coopeten databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="66"/>
        <source>{path} already exists. A full export is restored into a new database: choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="73"/>
        <source>Records restored: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="81"/>
        <source>Restored the export of {date} into {path}: {count} records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="87"/>
        <source>The export could not be restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="91"/>
        <source>Restore cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/restore_export.py" line="93"/>
        <source>Restoring the full export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="100"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="101"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="102"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="103"/>
        <source>Offer or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="104"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/global_search.py" line="105"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="72"/>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="73"/>
        <source>&amp;New empty database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="80"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="86"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="92"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="96"/>
        <source>Letters are printed on Letter paper in the United States, Canada, Mexico and a few more countries of the Americas, on A4 elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="100"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="101"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="102"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="103"/>
        <source>Notify me when a follow-up falls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="106"/>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="107"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="110"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="111"/>
        <source>Coun&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="112"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="113"/>
        <source>&amp;Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="114"/>
        <source>Default follow-up &amp;delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="122"/>
        <source>New category, e.g. “Photography”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="123"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="124"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="125"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="134"/>
        <source>Categories of help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="136"/>
        <source>The kinds of help people offer and ask for. Double-click (or F2) to rename; removing one hides it from the lists but keeps it on what was filed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="147"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="149"/>
        <source>My &amp;business: the letterhead and signature of every letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="179"/>
        <source>Open now: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="180"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="214"/>
        <source>Remove category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/settings_page.py" line="215"/>
        <source>Remove “{name}” from the list of categories?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="13"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="14"/>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="15"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="16"/>
        <source>Proposal sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="17"/>
        <source>Ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/labels.py" line="18"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="113"/>
        <source>{path} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="156"/>
        <source>No sound backup was found in {folder}. Your database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="162"/>
        <source>Your data was restored from the backup of {when}. Changes made after it are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="183"/>
        <source>Recovery failed: {reason}. Nothing was deleted: the damaged database is still in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="192"/>
        <source>Coopeten copied what could still be read into a new database. Records saved: {saved}. Records that could not be read: {lost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="197"/>
        <source>Nothing could be read of: {tables}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/startup.py" line="166"/>
        <location filename="../../coopeten_gui/ui/startup.py" line="199"/>
        <source>The damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="724"/>
        <source>{path} was written by a newer version of Coopeten (data format {found}, this version reads up to {latest}). Please update Coopeten to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="520"/>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="358"/>
        <source>A write-ahead log beside {path} did not belong to it ({reason}); it was set aside as {kept} and your database opened without it.</source>
        <extracomment>SQLite&apos;s steps between two ticks of an upgrade: about a millisecond of work</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="371"/>
        <source>There is no room on the disk to take the safety copy of {path} before upgrading it: free some space and open it again. Your database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="720"/>
        <source>{path} is not a Coopeten database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="732"/>
        <source>{path} is empty (0 bytes): your data is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="737"/>
        <source>{path} is read-only: Coopeten needs to write to it and to its folder. Make them writable, or copy the file to a folder of yours and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="744"/>
        <source>There is no room left on the disk of {path}: free some space and try again. Your database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="755"/>
        <source>{path} is in use by another program. Close that program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/database.py" line="762"/>
        <source>{path} is damaged and cannot be read. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/database_lock.py" line="113"/>
        <source>{path} is open in a Coopeten window. Close that window first, or use File → Backups… in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/wal_log.py" line="101"/>
        <source>its header is not valid for this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/wal_log.py" line="109"/>
        <source>it would cut the database short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/wal_log.py" line="117"/>
        <source>it is older than the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/wal_log.py" line="137"/>
        <location filename="../../coopeten_gui/storage/wal_log.py" line="142"/>
        <source>replaying it damages the database ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/storage/wal_log.py" line="145"/>
        <source>it belongs to another database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/pickers.py" line="38"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="147"/>
        <source>Your business name</source>
        <extracomment>(name, description) pairs shown by the template editor. Descriptions are English source text marked for the translation extractor; ``describe`` translates them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="148"/>
        <source>Your tagline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="149"/>
        <source>Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="150"/>
        <source>What we do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="151"/>
        <source>Where we are going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="152"/>
        <source>Evidence: results, clients, press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="153"/>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="154"/>
        <source>Your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="155"/>
        <source>Your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="156"/>
        <source>Your website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="157"/>
        <source>Name under the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="158"/>
        <source>Title under the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="159"/>
        <source>Your currency code, such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="160"/>
        <source>True if your profile has a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="161"/>
        <source>The contact&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="162"/>
        <source>The contact&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="163"/>
        <source>The contact&apos;s family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="164"/>
        <source>Title such as Ms. or Dr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="165"/>
        <source>The contact&apos;s job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="166"/>
        <source>The contact&apos;s first email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="167"/>
        <source>All the contact&apos;s email addresses (a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="168"/>
        <source>The contact&apos;s first phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="169"/>
        <source>The contact&apos;s organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="170"/>
        <source>Relationship stage: new, contacted, meeting, proposal_sent, ally or dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="172"/>
        <source>Size of the contact&apos;s audience or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="174"/>
        <source>Where you met the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="175"/>
        <source>The contact&apos;s organisation (empty if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="177"/>
        <source>The organisation&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="178"/>
        <source>The event where you met (empty if none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="179"/>
        <source>Kind of event: breakfast, meetup, fair, conference, webinar or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="181"/>
        <source>When the event started (use |date or |time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="183"/>
        <source>Where the event took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="184"/>
        <source>What you offer this contact (list of category, description, value_cents, status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="187"/>
        <source>What the contact offers you (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="188"/>
        <source>What you ask of this contact (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="189"/>
        <source>What the contact asks of you (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="190"/>
        <source>Your promotions of the contact (channel, promoted_on, audience_reached, visits, leads, sales, revenue_cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="193"/>
        <source>The contact&apos;s promotions of you (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="194"/>
        <source>Totals of your promotions: audience_reached, visits, leads, sales, revenue_cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="197"/>
        <source>Totals of the contact&apos;s promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="199"/>
        <source>In an introduction, the person you introduce (same fields as contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="201"/>
        <source>In an introduction, the contact&apos;s ask being met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="202"/>
        <source>In an introduction, the other person&apos;s offer that meets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="204"/>
        <source>In an introduction, which side the reader is: ask (the one looking) or offer (the one offering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="207"/>
        <source>In an agreement, the accepted proposal&apos;s title (empty in other letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="209"/>
        <source>In an agreement, the day the proposal was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="211"/>
        <source>In an agreement, the proposal&apos;s value (use |money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="213"/>
        <source>In an agreement, your commitments (description, due_on, measure, value_cents, kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="216"/>
        <source>In an agreement, the contact&apos;s commitments (list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="218"/>
        <source>Today&apos;s date (use |date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="219"/>
        <source>The letter&apos;s language code, such as es or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="224"/>
        <source>A date in words: 21 de noviembre de 2026 / November 21, 2026</source>
        <extracomment>(usage, description) pairs for the filters the editor shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="226"/>
        <source>A short date: 21/11/2026 / 11/21/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="227"/>
        <source>A date with the weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="228"/>
        <source>The clock time of a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="229"/>
        <source>An amount in cents as money in your currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="230"/>
        <source>An amount in cents in another currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="231"/>
        <source>A number with thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/context.py" line="232"/>
        <source>Offers or asks grouped as (category, items) pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/environment.py" line="57"/>
        <source>“{name}” is not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/environment.py" line="59"/>
        <source>“{name}” cannot be read because the value it belongs to is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/environment.py" line="64"/>
        <source>There is no “{name}” here; the fields are: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/environment.py" line="67"/>
        <source>There is no “{name}” here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="75"/>
        <source>Line {line}: {message}</source>
        <extracomment>How deeply template functions (macros, blocks, recursive loops) may nest. Extra wait for the worker after the deadline before giving up on it. jinja&apos;s file name for templates compiled from a string.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="211"/>
        <source>The template took longer than {seconds} seconds and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="239"/>
        <source>The template has a syntax error ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="250"/>
        <source>The template is nested too deeply to compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="253"/>
        <source>The template could not be compiled ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="261"/>
        <source>The letter grew beyond {limit} characters and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="267"/>
        <source>A value in the template would become too large, so it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="270"/>
        <source>Macros call each other too deeply (more than {count} levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="274"/>
        <source>Lists or mappings are nested too deeply (more than {count} levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="280"/>
        <source>The template tried to use something that is not allowed ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="284"/>
        <source>Templates cannot include, import or extend other templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="287"/>
        <source>This part of the template could not be worked out ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="291"/>
        <source>The template stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/documents/sandbox.py" line="298"/>
        <source>The template is too long (more than {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/letter_renderer.py" line="71"/>
        <source>The preview failed: {error}</source>
        <extracomment>The sandbox stops a preview after this long (the window waits on nothing meanwhile).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="99"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="100"/>
        <source>A new template of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="101"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="102"/>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="103"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="104"/>
        <source>Move this template to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="112"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="123"/>
        <source>Email subject, e.g. A proposal for {{ contact.organization }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="126"/>
        <source>This is a built-in template: it stays as it is. Your changes are saved as your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="140"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="141"/>
        <source>Source (jinja2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="149"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="150"/>
        <source>Save the template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="151"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="152"/>
        <source>Forget the changes since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="154"/>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="155"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="156"/>
        <source>Su&amp;bject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="173"/>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="173"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="175"/>
        <source>Double-click to insert into the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="178"/>
        <source>Sample data — type a contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="187"/>
        <source>Preview for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="260"/>
        <source>{title} — built-in, {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="270"/>
        <source>Built-in: saving changes makes your own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="373"/>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="378"/>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="405"/>
        <source>Saved as your own template “{name}”; the built-in stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="413"/>
        <source>Template “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="434"/>
        <source>&lt;p align=&quot;right&quot;&gt;{{ today|date }}&lt;/p&gt;
&lt;p&gt;Dear {{ contact.given_name or contact.display_name }},&lt;/p&gt;
&lt;p&gt;&lt;/p&gt;
&lt;p&gt;Kind regards,&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="440"/>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="467"/>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="468"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="491"/>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="492"/>
        <source>Move “{name}” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="493"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="505"/>
        <source>Your changes to “{name}” are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="540"/>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/template_editor.py" line="553"/>
        <source>No errors. Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../coopeten_gui/services/proposals.py" line="121"/>
        <source>Proposal sent: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/proposals.py" line="129"/>
        <source>Follow up on the proposal “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/proposals.py" line="156"/>
        <source>Proposal accepted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/proposals.py" line="157"/>
        <source>Proposal declined: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="139"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="141"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="142"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="151"/>
        <source>+ Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="152"/>
        <source>Add a note, call, meeting or email (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="153"/>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="156"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="187"/>
        <source>Delete %n timeline entry(s)</source>
        <translation>
            <numerusform>Delete %n timeline entry</numerusform>
            <numerusform>Delete %n timeline entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/contact_tabs/timeline.py" line="191"/>
        <source>Note “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="211"/>
        <source>…and %n more — see Follow-ups</source>
        <translation>
            <numerusform>…and %n more — see Follow-ups</numerusform>
            <numerusform>…and %n more — see Follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="130"/>
        <source>&amp;New follow-up…</source>
        <extracomment>follow-ups read and listed per section; the heading counts them all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="131"/>
        <source>&amp;Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="171"/>
        <source>Space: done · S: snooze a day · R: reschedule · Enter: open the contact · E: edit · Ctrl+Z: undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="208"/>
        <source>Today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="214"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="215"/>
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="216"/>
        <source>%n coming up</source>
        <translation>
            <numerusform>%n coming up</numerusform>
            <numerusform>%n coming up</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="224"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="225"/>
        <source>Nothing overdue. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="227"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="228"/>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="230"/>
        <source>Coming up (two weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/pages/today_page.py" line="232"/>
        <source>Nothing planned for the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="31"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="51"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="52"/>
        <source>&amp;Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="95"/>
        <source>Delete %n contact(s) for good, with their offers, asks, timeline, follow-ups, proposals and promotions?</source>
        <translation>
            <numerusform>Delete %n contact for good, with their offers, asks, timeline, follow-ups, proposals and promotions?</numerusform>
            <numerusform>Delete %n contacts for good, with their offers, asks, timeline, follow-ups, proposals and promotions?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="97"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="98"/>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="99"/>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="112"/>
        <source>%n contact(s) in the trash.</source>
        <translation>
            <numerusform>%n contact in the trash.</numerusform>
            <numerusform>%n contacts in the trash.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/dialogs/trash_dialog.py" line="113"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="40"/>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="44"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="42"/>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="45"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="179"/>
        <source>New contact “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="192"/>
        <source>Edit “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="284"/>
        <source>Merge “{other}” into “{keep}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="300"/>
        <source>Mark “{first}” and “{second}” as different people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../coopeten_gui/ui/kit/questions.py" line="40"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/kit/questions.py" line="41"/>
        <source>You have changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../../coopeten_gui/ui/upgrade_notice.py" line="44"/>
        <source>Updating your database for this version of Coopeten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/ui/upgrade_notice.py" line="48"/>
        <source>With many contacts this takes a minute or two. A copy of your database was kept before the update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../coopeten_gui/services/common.py" line="108"/>
        <location filename="../../coopeten_gui/services/my_business.py" line="125"/>
        <location filename="../../coopeten_gui/services/organizations.py" line="66"/>
        <source>“{value}” is not an email address.</source>
        <extracomment>What a peewee query&apos;s ``.tuples()`` yields: plain tuples (its stubs call them models).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/common.py" line="122"/>
        <location filename="../../coopeten_gui/services/phones.py" line="90"/>
        <source>“{value}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/common.py" line="141"/>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/common.py" line="162"/>
        <source>“{value}” is not a date (use YYYY-MM-DD HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/common.py" line="179"/>
        <source>“{value}” is not one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/common.py" line="193"/>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="207"/>
        <source>Unknown order: “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="210"/>
        <source>Unknown filter: “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/balance.py" line="213"/>
        <location filename="../../coopeten_gui/services/common.py" line="196"/>
        <source>This number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/money.py" line="43"/>
        <source>“{value}” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/money.py" line="86"/>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/money.py" line="131"/>
        <source>“{value}” could be {grouped} or {decimal}: write it with two decimals (such as {example}) so it reads one way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/contacts.py" line="95"/>
        <source>A contact needs at least a name, an email or a phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/contacts.py" line="178"/>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/contacts.py" line="305"/>
        <source>The linked record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/contacts.py" line="345"/>
        <source>There is no contact number {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/contact_list.py" line="189"/>
        <source>Unknown sort column.</source>
        <extracomment>A search matching at most this many contacts reads their ids from the index and sorts them; a broader one walks the sorted list keeping the matches (see ``contact_ids``). When the name order is known (``name_order``), the first rows of a search matching more than ``FEW_MATCHES`` and that walking the name order cannot serve (too rare for the walk, or words too long for the index to check a contact at once) are picked in memory among up to this many matches (about 15 ms for 40,000, against 30 to 300 ms for looking each up or walking the name order: names cluster in it, and the first Raquel comes after three quarters of a million contacts). SQLite reads every match of a broad search into a temporary index (about 0.14 µs a match), then walks the name order until enough match (about 0.18 µs a contact walked); reading them into memory to pick the first costs about 0.36 µs a match, so it serves only searches whose first matches lie further into the name order than this many contacts per match (measured at 100,000 and at a million contacts). The index keeps every prefix of up to this many letters as a word of its own (the ``prefix`` option of ``contact_fts``): whether one contact has a word starting with such a prefix is one look-up (microseconds), while a longer prefix makes the index gather every word it starts, at each look-up. A search of such short words that matches a large share of the contacts finds its first rows by walking the name order and asking the index about each contact, rather than by having SQLite read every match first, when the walk is predicted to cost less (``PlanCosts``): one look-up costs 5 to 40 µs, depending on how many pieces the index is in, and reading a match about 0.15 µs, so a walk wins for the commonest prefixes only, and for more of them as the book grows. The walk gives up (and SQLite reads every match) once it has cost what reading them was predicted to, or after this many contacts: the matches were rarer early in the name order than the index&apos;s first rowids suggested. A walk is chosen only when it is predicted to cost at most this share of what reading every match would: a walk that gives up has cost that much on top of the reading. Once the name order is known, the first rows of a broad search are asked of the index a run of name starts at a time, from the start of the name order (``_first_by_name_start``): each run&apos;s contacts are predicted, from the share of contacts that match, to hold this many times the rows still wanted. A run&apos;s matches are read whole when they are at most this many (a third of a millisecond at a million contacts); a run with more (&quot;Ana&quot; in the run of names starting &quot;an&quot;) is asked again a name start at a time, and the start that holds the first rows is walked in name order or read whole, whichever its first matches say costs less. A run asks for at most this many name starts at once (each is a word the index looks up).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/duplicates.py" line="295"/>
        <source>Choose two different contacts to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/duplicates.py" line="302"/>
        <source>A contact in the trash cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/events.py" line="82"/>
        <source>An event needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/events.py" line="85"/>
        <source>The event cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/events.py" line="89"/>
        <source>An event needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/offers_asks.py" line="90"/>
        <source>Choose a category from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/offers_asks.py" line="98"/>
        <source>Describe what is offered or asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/offers_asks.py" line="224"/>
        <location filename="../../coopeten_gui/services/offers_asks.py" line="236"/>
        <source>A category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/interactions.py" line="45"/>
        <source>Write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/organizations.py" line="62"/>
        <source>An organization needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/my_business.py" line="130"/>
        <source>The currency is a three-letter code such as EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/promotions.py" line="92"/>
        <source>A promotion needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/proposals.py" line="86"/>
        <source>A proposal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/proposals.py" line="168"/>
        <source>Unknown proposal status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/records.py" line="30"/>
        <source>That record no longer exists (number {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/followups.py" line="55"/>
        <location filename="../../coopeten_gui/services/followups.py" line="122"/>
        <source>A follow-up needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/followups.py" line="57"/>
        <source>A follow-up needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/templates.py" line="49"/>
        <source>A template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/phones.py" line="83"/>
        <source>“{value}” is too short for a phone number.</source>
        <extracomment>numbers this short are short codes or internal extensions, not shortened numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/phones.py" line="85"/>
        <source>“{value}” is too long for a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/phones.py" line="87"/>
        <source>“{value}” starts with a country code that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/referrals.py" line="111"/>
        <source>A referral goes from someone to someone: choose a contact on at least one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/referrals.py" line="115"/>
        <source>A referral goes from one person to another, not to themself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/referrals.py" line="120"/>
        <source>Say whom or what the referral is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/agreements.py" line="105"/>
        <source>Say what is promised.</source>
        <extracomment>a commitment without a date is followed up this many days after it was written down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/agreements.py" line="123"/>
        <source>An agreement holds at most {count} commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/agreements.py" line="129"/>
        <source>Commitments belong to an accepted proposal: mark it accepted first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <location filename="../../coopeten_gui/services/write_errors.py" line="31"/>
        <source>The database is read-only, so nothing was saved. Open a copy you can write to, or ask for write permission on the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/write_errors.py" line="35"/>
        <source>Another program is using the database, so nothing was saved. Close it (or the other Coopeten window) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/write_errors.py" line="39"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../coopeten_gui/services/write_errors.py" line="41"/>
        <source>The disk could not be written, so nothing was saved. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PluralTexts</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="210"/>
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Delete %n contact</numerusform>
            <numerusform>Delete %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="213"/>
        <source>Restore %n contact(s)</source>
        <translation>
            <numerusform>Restore %n contact</numerusform>
            <numerusform>Restore %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="216"/>
        <source>Add tag “{tag}” to %n contact(s)</source>
        <translation>
            <numerusform>Add tag “{tag}” to %n contact</numerusform>
            <numerusform>Add tag “{tag}” to %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="219"/>
        <source>Remove tag “{tag}” from %n contact(s)</source>
        <translation>
            <numerusform>Remove tag “{tag}” from %n contact</numerusform>
            <numerusform>Remove tag “{tag}” from %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/kit/undo.py" line="222"/>
        <source>Set %n contact(s) to “{stage}”</source>
        <translation>
            <numerusform>Set %n contact to “{stage}”</numerusform>
            <numerusform>Set %n contacts to “{stage}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Texts</name>
    <message>
        <location filename="../../coopeten_gui/ui/pages/event_returns_view.py" line="61"/>
        <source>{ratio}×</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
