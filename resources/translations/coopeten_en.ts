<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/export_dialog.py" line="65" />
        <source>ExportDialog</source>
        <comment>%n record(s) exported to {path}.</comment>
        <translation><numerusform>ExportDialog</numerusform><numerusform>ExportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/export_dialog.py" line="67" />
        <source>ExportDialog</source>
        <comment>%n calendar entry(ies) exported to {path}.</comment>
        <translation><numerusform>ExportDialog</numerusform><numerusform>ExportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/export_dialog.py" line="68" />
        <source>ExportDialog</source>
        <comment>%n contact(s) exported to {path}.</comment>
        <translation><numerusform>ExportDialog</numerusform><numerusform>ExportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="486" />
        <source>ImportDialog</source>
        <comment>%n new contact(s)</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="487" />
        <source>ImportDialog</source>
        <comment>%n likely duplicate(s)</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="488" />
        <source>ImportDialog</source>
        <comment>%n row(s) with errors</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="495" />
        <source>ImportDialog</source>
        <comment>%n added</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="496" />
        <source>ImportDialog</source>
        <comment>%n merged</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="497" />
        <source>ImportDialog</source>
        <comment>%n skipped</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/import_dialog.py" line="499" />
        <source>ImportDialog</source>
        <comment>%n row(s) with errors left out.</comment>
        <translation><numerusform>ImportDialog</numerusform><numerusform>ImportDialog</numerusform></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contacts_page.py" line="231" />
        <source>Move %n contact(s) to the trash?</source>
        <translation><numerusform>Move %n contact to the trash?</numerusform><numerusform>Move %n contacts to the trash?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contacts_page.py" line="245" />
        <source>Tag to add to %n contact(s):</source>
        <translation><numerusform>Tag to add to %n contact:</numerusform><numerusform>Tag to add to %n contacts:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contacts_page.py" line="258" />
        <source>Tag to remove from %n contact(s):</source>
        <translation><numerusform>Tag to remove from %n contact:</numerusform><numerusform>Tag to remove from %n contacts:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contacts_page.py" line="382" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/duplicates_dialog.py" line="209" />
        <source>%n possible duplicate(s) found.</source>
        <translation><numerusform>%n possible duplicate found.</numerusform><numerusform>%n possible duplicates found.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/duplicates_dialog.py" line="245" />
        <source>%n offer(s) or ask(s)</source>
        <translation><numerusform>%n offer or ask</numerusform><numerusform>%n offers or asks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/duplicates_dialog.py" line="247" />
        <source>%n timeline entry(ies)</source>
        <translation><numerusform>%n timeline entry</numerusform><numerusform>%n timeline entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/duplicates_dialog.py" line="248" />
        <source>%n open follow-up(s)</source>
        <translation><numerusform>%n open follow-up</numerusform><numerusform>%n open follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/events_page.py" line="359" />
        <source>People (%n)</source>
        <translation><numerusform>People (%n)</numerusform><numerusform>People (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/events_page.py" line="360" />
        <source>Offers &amp;&amp; asks (%n)</source>
        <translation><numerusform>Offers &amp;&amp; asks (%n)</numerusform><numerusform>Offers &amp;&amp; asks (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/events_page.py" line="362" />
        <source>Follow-ups (%n)</source>
        <translation><numerusform>Follow-ups (%n)</numerusform><numerusform>Follow-ups (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/exchanges_page.py" line="133" />
        <source>%n offer(s) or ask(s)</source>
        <translation><numerusform>%n offer or ask</numerusform><numerusform>%n offers or asks</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/export_dialog.py" line="103" />
        <source>The %n contact(s) selected in Contacts</source>
        <translation><numerusform>The %n contact selected in Contacts</numerusform><numerusform>The %n contacts selected in Contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/export_dialog.py" line="104" />
        <source>All contacts (%n)</source>
        <translation><numerusform>All contacts (%n)</numerusform><numerusform>All contacts (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/followups_page.py" line="517" />
        <source>%n follow-up(s)</source>
        <translation><numerusform>%n follow-up</numerusform><numerusform>%n follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>FollowupsTab</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contact_tabs/followups.py" line="104" />
        <source>Delete %n follow-up(s)</source>
        <translation><numerusform>Delete %n follow-up</numerusform><numerusform>Delete %n follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>MailMergeDialog</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/mail_merge_dialog.py" line="135" />
        <source>The %n contact(s) selected in Contacts</source>
        <translation><numerusform>The %n contact selected in Contacts</numerusform><numerusform>The %n contacts selected in Contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/mail_merge_dialog.py" line="190" />
        <source>%n letter(s) will be made.</source>
        <translation><numerusform>%n letter will be made.</numerusform><numerusform>%n letters will be made.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/mail_merge_dialog.py" line="239" />
        <source>Writing %n letter(s)…</source>
        <translation><numerusform>Writing %n letter…</numerusform><numerusform>Writing %n letters…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/mail_merge_dialog.py" line="280" />
        <source>%n letter(s) written to {where}.</source>
        <translation><numerusform>%n letter written to {where}.</numerusform><numerusform>%n letters written to {where}.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/main_window.py" line="317" />
        <source>Exported %n calendar entry(ies) to {path}</source>
        <translation><numerusform>Exported %n calendar entry to {path}</numerusform><numerusform>Exported %n calendar entries to {path}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/main_window.py" line="637" />
        <source>%n contact(s)</source>
        <translation><numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/main_window.py" line="638" />
        <source>%n open follow-up(s)</source>
        <translation><numerusform>%n open follow-up</numerusform><numerusform>%n open follow-ups</numerusform></translation>
    </message>
</context>
<context>
    <name>OffersAsksTab</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contact_tabs/offers_asks.py" line="206" />
        <source>Delete %n offer(s) or ask(s)</source>
        <translation><numerusform>Delete %n offer or ask</numerusform><numerusform>Delete %n offers or asks</numerusform></translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/organizations_page.py" line="191" />
        <source>Its %n contact(s) stay in your contacts.</source>
        <translation><numerusform>Its %n contact stay in your contacts.</numerusform><numerusform>Its %n contacts stay in your contacts.</numerusform></translation>
    </message>
</context>
<context>
    <name>PromotionsTab</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contact_tabs/promotions.py" line="203" />
        <source>Delete %n promotion(s)</source>
        <translation><numerusform>Delete %n promotion</numerusform><numerusform>Delete %n promotions</numerusform></translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/proposals_page.py" line="219" />
        <source>%n proposal(s) marked as sent, each with a follow-up in a week.</source>
        <translation><numerusform>%n proposal marked as sent, each with a follow-up in a week.</numerusform><numerusform>%n proposals marked as sent, each with a follow-up in a week.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/proposals_page.py" line="228" />
        <source>%n proposal(s) marked {status}.</source>
        <translation><numerusform>%n proposal marked {status}.</numerusform><numerusform>%n proposals marked {status}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/proposals_page.py" line="236" />
        <source>Move %n proposal(s) to the trash?</source>
        <translation><numerusform>Move %n proposal to the trash?</numerusform><numerusform>Move %n proposals to the trash?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/proposals_page.py" line="240" />
        <source>%n proposal(s) moved to the trash.</source>
        <translation><numerusform>%n proposal moved to the trash.</numerusform><numerusform>%n proposals moved to the trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>QuickCaptureWindow</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/quick_capture.py" line="226" />
        <source>Added in this session: %n person(s).</source>
        <translation><numerusform>Added in this session: %n person.</numerusform><numerusform>Added in this session: %n people.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/quick_capture.py" line="227" />
        <source>Each has a follow-up due in %n day(s).</source>
        <translation><numerusform>Each has a follow-up due in %n day.</numerusform><numerusform>Each has a follow-up due in %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/reminders.py" line="117" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/reminders.py" line="118" />
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/contact_tabs/timeline.py" line="185" />
        <source>Delete %n timeline entry(s)</source>
        <translation><numerusform>Delete %n timeline entry</numerusform><numerusform>Delete %n timeline entrys</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/today_page.py" line="140" />
        <source>%n overdue</source>
        <translation><numerusform>%n overdue</numerusform><numerusform>%n overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/today_page.py" line="141" />
        <source>%n due today</source>
        <translation><numerusform>%n due today</numerusform><numerusform>%n due today</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/today_page.py" line="142" />
        <source>%n coming up</source>
        <translation><numerusform>%n coming up</numerusform><numerusform>%n coming up</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/trash_dialog.py" line="93" />
        <source>Delete %n contact(s) for good, with their offers, asks, timeline, follow-ups, proposals and promotions?</source>
        <translation><numerusform>Delete %n contact for good, with their offers, asks, timeline, follow-ups, proposals and promotions?</numerusform><numerusform>Delete %n contacts for good, with their offers, asks, timeline, follow-ups, proposals and promotions?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopeten_gui/ui/trash_dialog.py" line="110" />
        <source>%n contact(s) in the trash.</source>
        <translation><numerusform>%n contact in the trash.</numerusform><numerusform>%n contacts in the trash.</numerusform></translation>
    </message>
</context>
</TS>
