<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Appointments per day</source>
        <translation>Citas por día</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>hms::Appointment</name>
    <message>
        <source>must be one of scheduled, checked_in, completed, cancelled, no_show</source>
        <translation>debe ser scheduled, checked_in, completed, cancelled o no_show</translation>
    </message>
    <message>
        <source>a new appointment starts as scheduled</source>
        <translation>una cita nueva empieza como programada</translation>
    </message>
    <message>
        <source>cannot move from %1 to %2</source>
        <translation>no puede pasar de %1 a %2</translation>
    </message>
    <message>
        <source>only given when cancelling or marking a no-show</source>
        <translation>solo se indica al cancelar o al marcar que no acudió</translation>
    </message>
    <message>
        <source>cannot be changed; book a new appointment instead</source>
        <translation>no se puede cambiar; dé una cita nueva</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>no puede estar en el pasado</translation>
    </message>
    <message>
        <source>must be between 5 and 480 minutes</source>
        <translation>debe durar entre 5 y 480 minutos</translation>
    </message>
    <message>
        <source>the appointment must end by %1</source>
        <translation>la cita debe terminar como tarde el %1</translation>
    </message>
    <message>
        <source>a %1 appointment cannot be rescheduled</source>
        <translation>una cita con estado «%1» no se puede cambiar de fecha</translation>
    </message>
</context>
<context>
    <name>hms::AppointmentStatus</name>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No acudió</translation>
    </message>
</context>
<context>
    <name>hms::ChangeReason</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
</context>
<context>
    <name>hms::FieldReader</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be a positive integer id</source>
        <translation>debe ser un identificador entero positivo</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a date in the form YYYY-MM-DD</source>
        <translation>debe ser una fecha con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>must not be before %1</source>
        <translation>no puede ser anterior al %1</translation>
    </message>
    <message>
        <source>must be an RFC 3339 date-time with a UTC offset, e.g. 2026-11-24T09:30:00+01:00</source>
        <translation>debe ser una fecha y hora RFC 3339 con desfase respecto a UTC, p. ej. 2026-11-24T09:30:00+01:00</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>debe estar entre %1 y %2</translation>
    </message>
</context>
<context>
    <name>hms::MedicalRecord</name>
    <message>
        <source>only given when amending a record</source>
        <translation>solo se indica al rectificar un informe clínico</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>cannot be changed</source>
        <translation>no se puede cambiar</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>no puede estar en el futuro</translation>
    </message>
</context>
<context>
    <name>hms::Patient</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>no puede estar en el futuro</translation>
    </message>
    <message>
        <source>must be one of female, male, other, unknown</source>
        <translation>debe ser female, male, other o unknown</translation>
    </message>
    <message>
        <source>must be a valid email address</source>
        <translation>debe ser una dirección de correo electrónico válida</translation>
    </message>
    <message>
        <source>may contain only digits, spaces and + - ( ) .</source>
        <translation>solo puede contener dígitos, espacios y + - ( ) .</translation>
    </message>
    <message>
        <source>must contain at least 6 digits</source>
        <translation>debe contener al menos 6 dígitos</translation>
    </message>
    <message>
        <source>must be one of A+ A- B+ B- AB+ AB- O+ O-</source>
        <translation>debe ser A+, A-, B+, B-, AB+, AB-, O+ u O-</translation>
    </message>
</context>
<context>
    <name>hms::Text</name>
    <message>
        <source>must be valid Unicode text (it holds a lone surrogate)</source>
        <translation>debe ser texto Unicode válido (contiene un sustituto suelto)</translation>
    </message>
    <message>
        <source>must not start with U+FEFF (a byte order mark)</source>
        <translation>no puede empezar por U+FEFF (una marca de orden de bytes)</translation>
    </message>
    <message>
        <source>must not contain control characters other than tab and line breaks</source>
        <translation>no puede contener caracteres de control salvo tabuladores y saltos de línea</translation>
    </message>
    <message>
        <source>must not contain control characters, tabs or line breaks</source>
        <translation>no puede contener caracteres de control, tabuladores ni saltos de línea</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
</context>
<context>
    <name>hms::User</name>
    <message>
        <source>must be one of admin, doctor, receptionist</source>
        <translation>debe ser admin, doctor o receptionist</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>only given when deactivating</source>
        <translation>solo se indica al dar de baja</translation>
    </message>
    <message>
        <source>must be %1 to %2 characters</source>
        <translation>debe tener entre %1 y %2 caracteres</translation>
    </message>
    <message>
        <source>may contain only lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>solo puede contener minúsculas, dígitos, «.», «_» y «-», y debe empezar por una letra o un dígito</translation>
    </message>
    <message>
        <source>must be at least 12 characters</source>
        <translation>debe tener al menos 12 caracteres</translation>
    </message>
    <message>
        <source>must be at most 128 characters</source>
        <translation>debe tener como máximo 128 caracteres</translation>
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
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>&amp;Add staff member</source>
        <translation>&amp;Añadir miembro del personal</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar &amp;rol</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Restablecer &amp;contraseña</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Id. de paciente</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>R&amp;eactivar</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rol de %1:</translation>
    </message>
    <message>
        <source>Role changed.</source>
        <translation>Rol cambiado.</translation>
    </message>
    <message>
        <source>Deactivated; their sessions have ended.</source>
        <translation>Desactivado; sus sesiones han terminado.</translation>
    </message>
    <message>
        <source>Reactivated.</source>
        <translation>Reactivado.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password for %1 (at least 12 characters):</source>
        <translation>Nueva contraseña para %1 (al menos 12 caracteres):</translation>
    </message>
    <message>
        <source>Password reset; their sessions have ended.</source>
        <translation>Contraseña restablecida; sus sesiones han terminado.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n miembro del personal</numerusform>
            <numerusform>%n miembros del personal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Selected staff member</source>
        <translation>Miembro del personal seleccionado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the newest entries (F5)</source>
        <translation>Cargar las entradas más recientes (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save every entry of this filter, all pages, as CSV</source>
        <translation>Guardar como CSV todas las entradas de este filtro, de todas las páginas</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id. de usuario</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Código de acción</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Resource id</source>
        <translation>Id. de recurso</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Dirección del cliente</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id. de solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entries to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada del registro de auditoría a %1.</numerusform>
            <numerusform>Se exportaron %n entradas del registro de auditoría a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>Reason for deactivation: %1</source>
        <translation>Motivo de la baja: %1</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <source>Deactivate %1 (%2)? They are signed out everywhere and cannot sign in until reactivated.</source>
        <translation>¿Desactivar a %1 (%2)? Se cerrarán todas sus sesiones y no podrá iniciar sesión hasta que se reactive.</translation>
    </message>
</context>
<context>
    <name>hms::client::ApiClient</name>
    <message>
        <source>The server&apos;s security certificate could not be verified.</source>
        <translation>No se pudo verificar el certificado de seguridad del servidor.</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>No se puede conectar con el servidor en %1.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>No se puede conectar con el servidor (%1).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>El servidor respondió %1.</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentDialog</name>
    <message>
        <source>Reschedule appointment</source>
        <translation>Cambiar la cita</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Choose a patient</source>
        <translation>Elija un paciente</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Doctor</source>
        <translation>&amp;Médico</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>M&amp;otivo</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <source>Choose a patient.</source>
        <translation>Elija un paciente.</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Hora: %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 is already booked at that time.</source>
        <translation>%1 ya tiene una cita a esa hora.</translation>
    </message>
    <message>
        <source>%1 already sees %2 from %3 to %4. Choose another time or doctor.</source>
        <translation>%1 ya atiende a %2 de %3 a %4. Elija otra hora u otro médico.</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>hms::client::AppointmentsTab</name>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Cambiar cita</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>All doctors</source>
        <translation>Todos los médicos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Dar cita</translation>
    </message>
    <message>
        <source>Book an appointment (Ctrl+N)</source>
        <translation>Dar una cita (Ctrl+N)</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Registrar &amp;llegada</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cancela&amp;r</translation>
    </message>
    <message>
        <source>&amp;No-show</source>
        <translation>&amp;No acudió</translation>
    </message>
    <message>
        <source>Appointments of the day</source>
        <translation>Citas del día</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone changed this appointment; the day was reloaded.</source>
        <translation>Otra persona cambió esta cita; se ha vuelto a cargar el día.</translation>
    </message>
    <message>
        <source>Booked %1 with %2.</source>
        <translation>Cita dada a %1 con %2.</translation>
    </message>
    <message>
        <source>Rescheduled.</source>
        <translation>Cita cambiada.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Cambiar cita</translation>
    </message>
    <message>
        <source>Change the doctor, time, duration or reason</source>
        <translation>Cambiar el médico, la hora, la duración o el motivo</translation>
    </message>
    <message>
        <source>Appointment details</source>
        <translation>Detalles de la cita</translation>
    </message>
    <message>
        <source>Select an appointment to see its details.</source>
        <translation>Seleccione una cita para ver sus detalles.</translation>
    </message>
    <message>
        <source>%1 with %2, %3 to %4: %5</source>
        <translation>%1 con %2, %3 a %4: %5</translation>
    </message>
    <message>
        <source>Reason for the visit: %1</source>
        <translation>Motivo de la consulta: %1</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Cancelar la cita</translation>
    </message>
    <message>
        <source>Mark as no-show</source>
        <translation>Marcar que no acudió</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s appointment with %2 on %3? This cannot be undone.</source>
        <translation>¿Cancelar la cita de %1 con %2 el %3? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Mark %1 as not having come to the appointment with %2 on %3? This cannot be undone.</source>
        <translation>¿Marcar que %1 no acudió a la cita con %2 el %3? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marcar que no acudió</translation>
    </message>
    <message>
        <source>Nothing changed: the appointment is as it was.</source>
        <translation>No ha cambiado nada: la cita sigue igual.</translation>
    </message>
</context>
<context>
    <name>hms::client::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
</context>
<context>
    <name>hms::client::DashboardTab</name>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>My records, last 7 days</source>
        <translation>Mis informes, últimos 7 días</translation>
    </message>
</context>
<context>
    <name>hms::client::DataTable</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>hms::client::DateField</name>
    <message>
        <source>Not entered (type like %1)</source>
        <translation>Sin indicar (escriba como %1)</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
<context>
    <name>hms::client::LoginDialog</name>
    <message>
        <source>Sign in to HMS</source>
        <translation>Iniciar sesión en HMS</translation>
    </message>
    <message>
        <source>HMS is locked</source>
        <translation>HMS está bloqueado</translation>
    </message>
    <message>
        <source>Welcome to HMS</source>
        <translation>Bienvenido a HMS</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Sesión bloqueada</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Inicie sesión con su cuenta de personal.</translation>
    </message>
    <message>
        <source>HMS locked itself to keep patient data private. Your open work is kept; enter your password to continue.</source>
        <translation>HMS se ha bloqueado para proteger los datos de los pacientes. Su trabajo abierto se conserva; introduzca su contraseña para continuar.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of HMS? Anything not yet saved in open windows is lost.</source>
        <translation>¿Cerrar la sesión de HMS? Se perderá todo lo que no se haya guardado en las ventanas abiertas.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Seguir conectado</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://hms.clinic.example</source>
        <translation>Introduzca la dirección del servidor, p. ej. https://hms.clinic.example</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su usuario y contraseña.</translation>
    </message>
    <message>
        <source>The username or password is incorrect.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>hms::client::MainWindow</name>
    <message>
        <source>Round trip %1 ms</source>
        <translation>Respuesta en %1 ms</translation>
    </message>
    <message>
        <source>Your session ended. Enter your password to continue where you left off.</source>
        <translation>Su sesión ha terminado. Introduzca su contraseña para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Bienvenido de nuevo.</translation>
    </message>
    <message>
        <source>HMS — %1</source>
        <translation>HMS — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your work is kept; HMS reconnects by itself.</source>
        <translation>No se puede conectar con el servidor. Su trabajo se conserva; HMS se volverá a conectar por sí solo.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>● Server ready</source>
        <translation>● Servidor disponible</translation>
    </message>
    <message>
        <source>● Server unreachable</source>
        <translation>● Servidor inaccesible</translation>
    </message>
    <message>
        <source>● Server not ready</source>
        <translation>● Servidor no disponible</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Conexión restablecida.</translation>
    </message>
</context>
<context>
    <name>hms::client::MergeDialog</name>
    <message>
        <source>Someone else saved changes first</source>
        <translation>Otra persona guardó cambios antes</translation>
    </message>
    <message>
        <source>%1 changed this record while you were editing it (now version %2). Choose, for each field that differs, which value to keep; then save again.</source>
        <translation>%1 cambió este registro mientras usted lo editaba (ahora versión %2). Elija, para cada campo distinto, qué valor conservar; después vuelva a guardar.</translation>
    </message>
    <message>
        <source>Another user</source>
        <translation>Otro usuario</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Now on the server</source>
        <translation>Ahora en el servidor</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Conservar mi %1</translation>
    </message>
    <message>
        <source>Keep the server&apos;s %1</source>
        <translation>Conservar %1 del servidor</translation>
    </message>
    <message>
        <source>Your changes do not touch the fields they changed.</source>
        <translation>Sus cambios no afectan a los campos que cambió la otra persona.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientDialog</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Editar paciente %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Blood group</source>
        <translation>&amp;Grupo sanguíneo</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: the patient was changed by someone else.</source>
        <translation>No guardado: otra persona modificó al paciente.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source>is not a date: type it like %1, or press Alt+Down to pick it</source>
        <translation>no es una fecha: escríbala como %1 o pulse Alt+Flecha abajo para elegirla</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientPicker</name>
    <message>
        <source>Search patients by name, MRN, phone or email</source>
        <translation>Buscar pacientes por nombre, MRN, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Búsqueda de pacientes</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Pacientes encontrados</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>hms::client::PatientsTab</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <source>Search by name, MRN, phone or email (Ctrl+F)</source>
        <translation>Buscar por nombre, MRN, teléfono o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>&amp;New patient</source>
        <translation>&amp;Nuevo paciente</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Registrar un paciente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#64748b&apos;&gt;Select a patient to see their details.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#64748b&apos;&gt;Seleccione un paciente para ver sus datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Blood group</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source>No upcoming appointments</source>
        <translation>No hay citas próximas</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Sin registros</translation>
    </message>
    <message>
        <source>Registered %1 (%2).</source>
        <translation>%1 registrado (%2).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Archivar paciente</translation>
    </message>
    <message>
        <source>Archive %1 (%2)? They disappear from lists; their appointments and records are kept.</source>
        <translation>¿Archivar a %1 (%2)? Dejará de aparecer en las listas; sus citas e informes se conservan.</translation>
    </message>
    <message>
        <source>Patient archived.</source>
        <translation>Paciente archivado.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>Patient details</source>
        <translation>Datos del paciente</translation>
    </message>
</context>
<context>
    <name>hms::client::ReasonDialog</name>
    <message>
        <source>Required: kept with the change and in the audit log</source>
        <translation>Obligatorio: se guarda con el cambio y en el registro de auditoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordDialog</name>
    <message>
        <source>Amend record (version %1)</source>
        <translation>Rectificar informe (versión %1)</translation>
    </message>
    <message>
        <source>New medical record</source>
        <translation>Nuevo informe clínico</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescripción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Prescription</source>
        <translation>&amp;Prescripción</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason for amendment</source>
        <translation>Motivo de la rectificación</translation>
    </message>
    <message>
        <source>Required: kept with this version and in the audit log</source>
        <translation>Obligatorio: se guarda con esta versión y en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Reason for amendment</source>
        <translation>&amp;Motivo de la rectificación</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordHistoryDialog</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescripción</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>History of record %1</source>
        <translation>Historial del informe %1</translation>
    </message>
    <message>
        <source>Versions of the record</source>
        <translation>Versiones del informe clínico</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Redactado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Primera versión</translation>
    </message>
    <message>
        <source>Changes in the chosen version</source>
        <translation>Cambios en la versión elegida</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Changes in version %1 against version %2</source>
        <translation>Cambios de la versión %1 respecto a la versión %2</translation>
    </message>
    <message>
        <source>Version %1 as first written</source>
        <translation>Versión %1 tal como se redactó</translation>
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
        <translation>Buscar pacientes por nombre, MRN, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Búsqueda de pacientes</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hms::client::RecordTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescripción</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>hms::client::RecordsTab</name>
    <message>
        <source>Choose a patient on the left.</source>
        <translation>Elija un paciente a la izquierda.</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>&amp;Nuevo informe</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Rectificar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Historia clínica</translation>
    </message>
    <message>
        <source>Records of %1</source>
        <translation>Informes de %1</translation>
    </message>
    <message>
        <source>Only the author amends a record.</source>
        <translation>Solo el autor puede rectificar un informe.</translation>
    </message>
    <message>
        <source>Record saved.</source>
        <translation>Informe guardado.</translation>
    </message>
    <message>
        <source>Record amended; the earlier version is kept.</source>
        <translation>Informe rectificado; se conserva la versión anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n informe clínico</numerusform>
            <numerusform>%n informes clínicos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hms::client::SessionLock</name>
    <message>
        <source>HMS — locked</source>
        <translation>HMS — bloqueado</translation>
    </message>
</context>
<context>
    <name>hms::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min sin actividad</translation>
    </message>
    <message numerus="yes">
        <source>At most %n minute(s): the server ends a session left idle for longer.</source>
        <translation>
            <numerusform>Como máximo %n minuto: el servidor cierra las sesiones inactivas durante más tiempo.</numerusform>
            <numerusform>Como máximo %n minutos: el servidor cierra las sesiones inactivas durante más tiempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>Dirección del &amp;servidor</translation>
    </message>
    <message>
        <source>A new server address is used from the next sign-in.</source>
        <translation>Una nueva dirección del servidor se usa a partir del próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://hms.clinic.example</source>
        <translation>Introduzca la dirección del servidor, p. ej. https://hms.clinic.example</translation>
    </message>
</context>
<context>
    <name>hms::client::StaffDialog</name>
    <message>
        <source>Add staff member</source>
        <translation>Añadir miembro del personal</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Elija un rol…</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nombre &amp;completo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Initial &amp;password</source>
        <translation>Contraseña i&amp;nicial</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Elija un rol.</translation>
    </message>
    <message>
        <source>Correct the fields marked below.</source>
        <translation>Corrija los campos marcados abajo.</translation>
    </message>
</context>
<context>
    <name>hms::client::UserTableModel</name>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>hms::labels</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Patient viewed</source>
        <translation>Paciente consultado</translation>
    </message>
    <message>
        <source>Patient registered</source>
        <translation>Paciente registrado</translation>
    </message>
    <message>
        <source>Patient changed</source>
        <translation>Paciente modificado</translation>
    </message>
    <message>
        <source>Patient archived</source>
        <translation>Paciente archivado</translation>
    </message>
    <message>
        <source>Patients listed</source>
        <translation>Pacientes listados</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>Cita dada</translation>
    </message>
    <message>
        <source>Appointment viewed</source>
        <translation>Cita consultada</translation>
    </message>
    <message>
        <source>Appointment changed</source>
        <translation>Cita modificada</translation>
    </message>
    <message>
        <source>Appointments listed</source>
        <translation>Citas listadas</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>Informe clínico redactado</translation>
    </message>
    <message>
        <source>Record viewed</source>
        <translation>Informe clínico consultado</translation>
    </message>
    <message>
        <source>Record amended</source>
        <translation>Informe clínico rectificado</translation>
    </message>
    <message>
        <source>Record history viewed</source>
        <translation>Historial del informe consultado</translation>
    </message>
    <message>
        <source>Records listed</source>
        <translation>Informes clínicos listados</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in throttled</source>
        <translation>Inicio de sesión limitado</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Contraseña propia cambiada</translation>
    </message>
    <message>
        <source>Staff member added</source>
        <translation>Alta de personal</translation>
    </message>
    <message>
        <source>Staff member changed</source>
        <translation>Datos de personal modificados</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <source>Staff member deactivated</source>
        <translation>Baja de personal</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
</context>
</TS>
