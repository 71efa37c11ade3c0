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
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
        <source>Blood group</source>
        <translation>Blutgruppe</translation>
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
        <source>Date</source>
        <translation>Datum</translation>
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
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
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
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
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
        <source>%1 is already booked at that time (appointment %2).</source>
        <translation>%1 ist zu dieser Zeit bereits belegt (Termin %2).</translation>
    </message>
    <message>
        <source>%1 already sees %2 from %3 to %4 (appointment %5). Choose another time or doctor.</source>
        <translation>%1 behandelt bereits %2 von %3 bis %4 (Termin %5). Wählen Sie eine andere Zeit oder einen anderen Arzt.</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentTableModel</name>
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
        <translation>Ab&amp;sagen</translation>
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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
    <message>
        <source>History of record %1</source>
        <translation>Verlauf des Befunds %1</translation>
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
        <translation>&amp;Serveradresse</translation>
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
