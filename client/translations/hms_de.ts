<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Appointments per day</source>
        <translation>Termine pro Tag</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>hms::Appointment</name>
    <message>
        <source>must be one of scheduled, checked_in, completed, cancelled, no_show</source>
        <translation>muss scheduled, checked_in, completed, cancelled oder no_show sein</translation>
    </message>
    <message>
        <source>a new appointment starts as scheduled</source>
        <translation>ein neuer Termin beginnt als geplant</translation>
    </message>
    <message>
        <source>cannot move from %1 to %2</source>
        <translation>kann nicht von %1 zu %2 wechseln</translation>
    </message>
    <message>
        <source>only given when cancelling or marking a no-show</source>
        <translation>nur beim Absagen oder bei „nicht erschienen“ anzugeben</translation>
    </message>
    <message>
        <source>cannot be changed; book a new appointment instead</source>
        <translation>kann nicht geändert werden; tragen Sie stattdessen einen neuen Termin ein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>darf nicht in der Vergangenheit liegen</translation>
    </message>
    <message>
        <source>must be between 5 and 480 minutes</source>
        <translation>muss zwischen 5 und 480 Minuten liegen</translation>
    </message>
    <message>
        <source>the appointment must end by %1</source>
        <translation>der Termin muss bis %1 enden</translation>
    </message>
    <message>
        <source>a %1 appointment cannot be rescheduled</source>
        <translation>ein Termin mit Status „%1“ kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>hms::AppointmentStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
</context>
<context>
    <name>hms::ChangeReason</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
</context>
<context>
    <name>hms::FieldReader</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a positive integer id</source>
        <translation>muss eine positive ganzzahlige ID sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a date in the form YYYY-MM-DD</source>
        <translation>muss ein Datum im Format JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>must not be before %1</source>
        <translation>darf nicht vor dem %1 liegen</translation>
    </message>
    <message>
        <source>must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-24T09:30:00+01:00</source>
        <translation>muss ein Zeitpunkt nach RFC 3339 mit UTC-Versatz sein, z. B. 2026-11-24T09:30:00+01:00</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
</context>
<context>
    <name>hms::MedicalRecord</name>
    <message>
        <source>only given when amending a record</source>
        <translation>nur beim Berichtigen eines Befunds anzugeben</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>cannot be changed</source>
        <translation>kann nicht geändert werden</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
</context>
<context>
    <name>hms::Patient</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>must be one of female, male, other, unknown</source>
        <translation>muss female, male, other oder unknown sein</translation>
    </message>
    <message>
        <source>must be a valid email address</source>
        <translation>muss eine gültige E-Mail-Adresse sein</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and + - ( ) .</source>
        <translation>darf nur Ziffern, Leerzeichen und + - ( ) . enthalten</translation>
    </message>
    <message>
        <source>must contain at least 6 digits</source>
        <translation>muss mindestens 6 Ziffern enthalten</translation>
    </message>
    <message>
        <source>must be one of A+ A- B+ B- AB+ AB- O+ O-</source>
        <translation>muss A+, A-, B+, B-, AB+, AB-, O+ oder O- sein</translation>
    </message>
</context>
<context>
    <name>hms::Text</name>
    <message>
        <source>must be valid Unicode text (it holds a lone surrogate)</source>
        <translation>muss gültiger Unicode-Text sein (er enthält ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>must not start with U+FEFF (a byte order mark)</source>
        <translation>darf nicht mit U+FEFF (einer Byte-Order-Markierung) beginnen</translation>
    </message>
    <message>
        <source>must not contain control characters other than tab and line breaks</source>
        <translation>darf außer Tabulatoren und Zeilenumbrüchen keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>must not contain control characters, tabs or line breaks</source>
        <translation>darf keine Steuerzeichen, Tabulatoren oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
</context>
<context>
    <name>hms::User</name>
    <message>
        <source>must be one of admin, doctor, receptionist</source>
        <translation>muss admin, doctor oder receptionist sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>only given when deactivating</source>
        <translation>nur beim Deaktivieren anzugeben</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters</source>
        <translation>muss %1 bis %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>may contain only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>darf nur Kleinbuchstaben, Ziffern, „.“, „_“ und „-“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>must be at least 12 characters</source>
        <translation>muss mindestens 12 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at most 128 characters</source>
        <translation>darf höchstens 128 Zeichen lang sein</translation>
    </message>
</context>
<context>
    <name>hms::client::AdminTab</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>Mitarbeiter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reakti&amp;vieren</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rolle von %1:</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Rolle geändert.</translation>
    </message>
    <message>
        <source>Deactivated; their sessions have ended.</source>
        <translation>Deaktiviert; die Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>Reactivated.</source>
        <translation>Reaktiviert.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password for %1 (at least 12 characters):</source>
        <translation>Neues Passwort für %1 (mindestens 12 Zeichen):</translation>
    </message>
    <message>
        <source>Password reset; their sessions have ended.</source>
        <translation>Passwort zurückgesetzt; die Sitzungen wurden beendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>Selected staff member</source>
        <translation>Ausgewählter Mitarbeiter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the newest entries (F5)</source>
        <translation>Die neuesten Einträge laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every entry of this filter, all pages, as CSV</source>
        <translation>Alle Einträge dieses Filters, alle Seiten, als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Das Prüfprotokoll wird exportiert…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Aktionscode</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag des Prüfprotokolls nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge des Prüfprotokolls nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>Reason for deactivation: %1</source>
        <translation>Grund der Deaktivierung: %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They are signed out everywhere and cannot sign in until reactivated.</source>
        <translation>%1 (%2) deaktivieren? Die Person wird überall abgemeldet und kann sich erst nach der Reaktivierung wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>hms::client::ApiClient</name>
    <message>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation>Das Sicherheitszertifikat des Servers konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>Der Server unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>Der Server ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentDialog</name>
    <message>
        <source>Reschedule appointment</source>
        <translation>Termin verschieben</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Termin eintragen</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Choose a patient</source>
        <translation>Patienten wählen</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>&amp;Doctor</source>
        <translation>&amp;Arzt</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>An&amp;lass</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Wählen Sie einen Patienten.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Uhrzeit: %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 is already booked at that time.</source>
        <translation>%1 ist zu dieser Zeit bereits belegt.</translation>
    </message>
    <message>
        <source>%1 already sees %2 from %3 to %4. Choose another time or doctor.</source>
        <translation>%1 behandelt bereits %2 von %3 bis %4. Wählen Sie eine andere Zeit oder einen anderen Arzt.</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentTableModel</name>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentsTab</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>All doctors</source>
        <translation>Alle Ärzte</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>Termin &amp;eintragen</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>Einen Termin eintragen (Strg+N)</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>An&amp;kunft erfassen</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Absa&amp;gen</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;Nicht erschienen</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Termine des Tages</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone changed this appointment; the day was reloaded.</source>
        <translation>Jemand anderes hat diesen Termin geändert; der Tag wurde neu geladen.</translation>
    </message>
    <message>
        <source>Booked %1 with %2.</source>
        <translation>Termin für %1 bei %2 eingetragen.</translation>
    </message>
    <message>
        <source>Rescheduled.</source>
        <translation>Termin verschoben.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Termin eintragen</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Change the doctor, time, duration or reason</source>
        <translation>Arzt, Zeit, Dauer oder Anlass ändern</translation>
    </message>
    <message>
        <source>Appointment details</source>
        <translation>Termindetails</translation>
    </message>
    <message>
        <source>Select an appointment to see its details.</source>
        <translation>Wählen Sie einen Termin, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>%1 with %2, %3 to %4: %5</source>
        <translation>%1 bei %2, %3 bis %4: %5</translation>
    </message>
    <message>
        <source>Reason for the visit: %1</source>
        <translation>Anlass des Besuchs: %1</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Termin absagen</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Als nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s appointment with %2 on %3? This cannot be undone.</source>
        <translation>Den Termin von %1 bei %2 am %3 absagen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Mark %1 as not having come to the appointment with %2 on %3? This cannot be undone.</source>
        <translation>%1 als nicht erschienen zum Termin bei %2 am %3 markieren? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Nicht erschienen markieren</translation>
    </message>
    <message>
        <source>Nothing changed: the appointment is as it was.</source>
        <translation>Nichts geändert: Der Termin ist unverändert.</translation>
    </message>
</context>
<context>
    <name>hms::client::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
</context>
<context>
    <name>hms::client::DashboardTab</name>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>My records, last 7 days</source>
        <translation>Meine Befunde, letzte 7 Tage</translation>
    </message>
</context>
<context>
    <name>hms::client::DataTable</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>hms::client::DateField</name>
    <message>
        <source>Not entered (type like %1)</source>
        <translation>Nicht eingetragen (eingeben wie %1)</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Datum wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>hms::client::LoginDialog</name>
    <message>
        <source>Sign in to HMS</source>
        <translation>Bei HMS anmelden</translation>
    </message>
    <message>
        <source>HMS is locked</source>
        <translation>HMS ist gesperrt</translation>
    </message>
    <message>
        <source>Welcome to HMS</source>
        <translation>Willkommen bei HMS</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sitzung gesperrt</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Melden Sie sich mit Ihrem Mitarbeiterkonto an.</translation>
    </message>
    <message>
        <source>HMS locked itself to keep patient data private. Your open work is kept; enter your password to continue.</source>
        <translation>HMS hat sich gesperrt, um Patientendaten zu schützen. Ihre offene Arbeit bleibt erhalten; geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of HMS? Anything not yet saved in open windows is lost.</source>
        <translation>Von HMS abmelden? Alles, was in offenen Fenstern noch nicht gespeichert ist, geht verloren.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://hms.clinic.example</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://hms.clinic.example</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hms::client::MainWindow</name>
    <message>
        <source>Round trip %1 ms</source>
        <translation>Antwortzeit %1 ms</translation>
    </message>
    <message>
        <source>Your session ended. Enter your password to continue where you left off.</source>
        <translation>Ihre Sitzung ist abgelaufen. Geben Sie Ihr Passwort ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Willkommen zurück.</translation>
    </message>
    <message>
        <source>HMS — %1</source>
        <translation>HMS — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Krankenakte</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept; HMS reconnects by itself.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Arbeit bleibt erhalten; HMS verbindet sich von selbst wieder.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstell&amp;ungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>● Server ready</source>
        <translation>● Server bereit</translation>
    </message>
    <message>
        <source>● Server unreachable</source>
        <translation>● Server nicht erreichbar</translation>
    </message>
    <message>
        <source>● Server not ready</source>
        <translation>● Server nicht bereit</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Verbindung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>hms::client::MergeDialog</name>
    <message>
        <source>Someone else saved changes first</source>
        <translation>Jemand anderes hat zuerst gespeichert</translation>
    </message>
    <message>
        <source>%1 changed this record while you were editing it (now version %2). Choose, for each field that differs, which value to keep; then save again.</source>
        <translation>%1 hat diesen Datensatz geändert, während Sie ihn bearbeitet haben (jetzt Version %2). Wählen Sie für jedes abweichende Feld, welcher Wert bleiben soll, und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Ein anderer Benutzer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Mein Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Keep the server&apos;s %1</source>
        <translation>Wert des Servers für %1 übernehmen</translation>
    </message>
    <message>
        <source>Your changes do not touch the fields they changed.</source>
        <translation>Ihre Änderungen betreffen nicht die Felder, die dort geändert wurden.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientDialog</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Patient %1 bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Geburtsdatum</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Ge&amp;schlecht</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Blood group</source>
        <translation>&amp;Blutgruppe</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: the patient was changed by someone else.</source>
        <translation>Nicht gespeichert: Der Patient wurde von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>is not a date: type it like %1, or press Alt+Down to pick it</source>
        <translation>ist kein Datum: Geben Sie es wie %1 ein oder wählen Sie es mit Alt+Pfeil nach unten</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientPicker</name>
    <message>
        <source>Search patients by name, MRN, phone or email</source>
        <translation>Patienten nach Name, MRN, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Patientensuche</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Gefundene Patienten</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientTableModel</name>
    <message>
        <source>MRN</source>
        <translation>MRN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientsTab</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Search by name, MRN, phone or email (Ctrl+F)</source>
        <translation>Nach Name, MRN, Telefon oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Neuer Patient</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Einen neuen Patienten aufnehmen (Strg+N)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#64748b&apos;&gt;Select a patient to see their details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#64748b&apos;&gt;Wählen Sie einen Patienten, um seine Angaben zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Krankenakte</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>No upcoming appointments</source>
        <translation>Keine anstehenden Termine</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>Registered %1 (%2).</source>
        <translation>%1 aufgenommen (%2).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Patient archivieren</translation>
    </message>
    <message>
        <source>Archive %1 (%2)? They disappear from lists; their appointments and records are kept.</source>
        <translation>%1 (%2) archivieren? Der Patient verschwindet aus den Listen; Termine und Befunde bleiben erhalten.</translation>
    </message>
    <message>
        <source>Patient archived.</source>
        <translation>Patient archiviert.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Patientendaten</translation>
    </message>
</context>
<context>
    <name>hms::client::ReasonDialog</name>
    <message>
        <source>Required: kept with the change and in the audit log</source>
        <translation>Erforderlich: wird mit der Änderung und im Prüfprotokoll gespeichert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordDialog</name>
    <message>
        <source>Amend record (version %1)</source>
        <translation>Befund berichtigen (Version %1)</translation>
    </message>
    <message>
        <source>New medical record</source>
        <translation>Neuer Befund</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>&amp;Prescription</source>
        <translation>&amp;Verordnung</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason for amendment</source>
        <translation>Grund der Berichtigung</translation>
    </message>
    <message>
        <source>Required: kept with this version and in the audit log</source>
        <translation>Erforderlich: wird mit dieser Version und im Prüfprotokoll gespeichert</translation>
    </message>
    <message>
        <source>&amp;Reason for amendment</source>
        <translation>&amp;Grund der Berichtigung</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordHistoryDialog</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>History of record %1</source>
        <translation>Verlauf des Befunds %1</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Versionen des Befunds</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Verfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>Changes in the chosen version</source>
        <translation>Änderungen in der gewählten Version</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes in version %1 against version %2</source>
        <translation>Änderungen in Version %1 gegenüber Version %2</translation>
    </message>
    <message>
        <source>Version %1 as first written</source>
        <translation>Version %1 wie ursprünglich verfasst</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordPatientList</name>
    <message>
        <source>Search patients by name, MRN, phone or email</source>
        <translation>Patienten nach Name, MRN, Telefon oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Patientensuche</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Gefundene Patienten</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hms::client::RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordsTab</name>
    <message>
        <source>Choose a patient on the left.</source>
        <translation>Wählen Sie links einen Patienten.</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Neuer Befund</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>Be&amp;richtigen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Krankenakte</translation>
    </message>
    <message>
        <source>Records of %1</source>
        <translation>Befunde von %1</translation>
    </message>
    <message>
        <source>Only the author amends a record.</source>
        <translation>Nur der Verfasser kann einen Befund berichtigen.</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Befund gespeichert.</translation>
    </message>
    <message>
        <source>Record amended; the earlier version is kept.</source>
        <translation>Befund berichtigt; die frühere Version bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hms::client::SessionLock</name>
    <message>
        <source>HMS — locked</source>
        <translation>HMS — gesperrt</translation>
    </message>
</context>
<context>
    <name>hms::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>S&amp;perren nach</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> Min. ohne Aktivität</translation>
    </message>
    <message numerus="yes">
        <source>At most %n minute(s): the server ends a session left idle for longer.</source>
        <translation>
            <numerusform>Höchstens %n Minute: Der Server beendet Sitzungen, die länger unbenutzt bleiben.</numerusform>
            <numerusform>Höchstens %n Minuten: Der Server beendet Sitzungen, die länger unbenutzt bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Ser&amp;veradresse</translation>
    </message>
    <message>
        <source>A new server address is used from the next sign-in.</source>
        <translation>Eine neue Serveradresse gilt ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://hms.clinic.example</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://hms.clinic.example</translation>
    </message>
</context>
<context>
    <name>hms::client::StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Rolle wählen…</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>Anfangs&amp;passwort</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>Correct the fields marked below.</source>
        <translation>Korrigieren Sie die unten markierten Felder.</translation>
    </message>
</context>
<context>
    <name>hms::client::UserTableModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>hms::labels</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Arzt</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Patient viewed</source>
        <translation>Patient angesehen</translation>
    </message>
    <message>
        <source>Patient registered</source>
        <translation>Patient aufgenommen</translation>
    </message>
    <message>
        <source>Patient changed</source>
        <translation>Patient geändert</translation>
    </message>
    <message>
        <source>Patient archived</source>
        <translation>Patient archiviert</translation>
    </message>
    <message>
        <source>Patients listed</source>
        <translation>Patienten aufgelistet</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Termin eingetragen</translation>
    </message>
    <message>
        <source>Appointment viewed</source>
        <translation>Termin angesehen</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Termin geändert</translation>
    </message>
    <message>
        <source>Appointments listed</source>
        <translation>Termine aufgelistet</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Befund verfasst</translation>
    </message>
    <message>
        <source>Record viewed</source>
        <translation>Befund angesehen</translation>
    </message>
    <message>
        <source>Record amended</source>
        <translation>Befund berichtigt</translation>
    </message>
    <message>
        <source>Record history viewed</source>
        <translation>Befundverlauf angesehen</translation>
    </message>
    <message>
        <source>Records listed</source>
        <translation>Befunde aufgelistet</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in throttled</source>
        <translation>Anmeldung gedrosselt</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigenes Passwort geändert</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Mitarbeiter hinzugefügt</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Mitarbeiter geändert</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>Mitarbeiter deaktiviert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
</TS>
