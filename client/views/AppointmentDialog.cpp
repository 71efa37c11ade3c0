#include "AppointmentDialog.h"

#include "app/Formats.h"
#include "widgets/PatientPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

namespace hms::client {

AppointmentDialog::AppointmentDialog(ApiClient &api, const QList<User> &doctors,
                                     const Appointment &appointment, QWidget *parent)
    : EditDialog(parent)
    , m_api(api)
    , m_original(appointment)
    , m_patientLabel(new QLabel(this))
    , m_doctor(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    const bool booking = appointment.id == 0;
    setWindowTitle(booking ? tr("Book an appointment") : tr("Reschedule appointment"));
    setMinimumWidth(520);
    if (!booking) {
        m_patientLabel->setText(appointment.patientName);
        m_patientLabel->setObjectName(QStringLiteral("chosenPatient"));
        m_patientLabel->setAccessibleName(tr("Patient"));
        form()->addRow(tr("Patient"), m_patientLabel);
    } else {
        m_picker = new PatientPicker(api, this);
        m_picker->setMinimumHeight(180);
        m_patientLabel->setText(tr("Choose a patient"));
        m_patientLabel->setObjectName(QStringLiteral("chosenPatient"));
        connect(m_picker, &PatientPicker::patientChosen, this, [this](const Patient &patient) {
            m_original.patientId = patient.id;
            m_original.patientName = patient.name;
            m_patientLabel->setText(
                QStringLiteral("<b>%1</b> (%2)").arg(patient.name.toHtmlEscaped(), patient.mrn));
            validate();
        });
        form()->addRow(tr("&Patient"), m_picker);
        form()->addRow(QString(), m_patientLabel);
    }
    m_doctor->setObjectName(QStringLiteral("doctorCombo"));
    m_doctor->setAccessibleName(tr("Doctor"));
    for (const User &doctor : doctors)
        m_doctor->addItem(doctor.fullName, doctor.id);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setAccessibleName(tr("Date and time"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(formats::dateTimeFormat());
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setAccessibleName(tr("Duration"));
    m_duration->setRange(appointment::MinDuration, appointment::MaxDuration);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));

    if (!booking) {
        setDoctor(appointment.doctorId);
        m_start->setDateTime(appointment.start.isValid() ? appointment.start.toLocalTime()
                                                         : QDateTime::currentDateTime());
        m_duration->setValue(appointment.durationMinutes);
        m_reason->setText(appointment.reason);
    } else {
        const QDateTime next = QDateTime::currentDateTime().addSecs(3600);
        m_start->setDateTime(QDateTime(next.date(), QTime(next.time().hour(), 0)));
        m_duration->setValue(appointment::DefaultDuration);
    }
    form()->addRow(tr("&Doctor"), m_doctor);
    form()->addRow(tr("&When"), m_start);
    form()->addRow(tr("D&uration"), m_duration);
    form()->addRow(tr("&Reason"), m_reason);

    saveButton()->setObjectName(QStringLiteral("saveAppointmentButton"));
    saveButton()->setText(booking ? tr("Book") : tr("Reschedule"));
    connect(this, &EditDialog::saveRequested, this, &AppointmentDialog::save);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &AppointmentDialog::validate);
    connect(m_duration, &QSpinBox::valueChanged, this, &AppointmentDialog::validate);
    connect(m_doctor, &QComboBox::currentIndexChanged, this, &AppointmentDialog::validate);
    validate();
    // A booking starts with finding the patient; a reschedule with the time.
    if (m_picker)
        m_picker->setFocus();
    else
        m_start->setFocus();
}

void AppointmentDialog::setStart(const QDateTime &local)
{
    m_start->setDateTime(local);
}

void AppointmentDialog::setDoctor(qint64 id)
{
    m_doctor->setCurrentIndex(qMax(0, m_doctor->findData(id)));
}

Appointment AppointmentDialog::formValues() const
{
    Appointment a = m_original;
    a.doctorId = m_doctor->currentData().toLongLong();
    a.doctorName = m_doctor->currentText();
    a.start = m_start->dateTime().toUTC();
    a.durationMinutes = m_duration->value();
    const QString reason = m_reason->text().trimmed();
    a.reason = reason.isEmpty() ? QString() : reason;
    return a;
}

void AppointmentDialog::validate()
{
    if (m_original.id == 0 && m_original.patientId == 0) {
        showMessage(tr("Choose a patient."), MessageWidget::Type::Information);
        saveButton()->setEnabled(false);
        return;
    }
    // The server's rules for the time (shared/Appointment.cpp), on what the form holds.
    Appointment draft;
    draft.patientId = m_original.patientId;
    const ValidationErrors errors = applyAppointmentChanges(ClinicApi::appointmentBody(formValues()), draft,
                                                            nullptr, QDateTime::currentDateTimeUtc());
    QStringList messages;
    for (const QString &field : errors.fields())
        messages.append(errors.messages(field).join(QStringLiteral("; ")));
    if (messages.isEmpty())
        hideMessage();
    else
        showMessage(tr("Time: %1").arg(messages.join(QStringLiteral("; "))));
    saveButton()->setEnabled(messages.isEmpty() && m_doctor->count() > 0);
}

bool AppointmentDialog::changed() const
{
    const Appointment now = formValues();
    return now.doctorId != m_original.doctorId || now.start != m_original.start ||
        now.durationMinutes != m_original.durationMinutes || now.reason != m_original.reason.trimmed();
}

void AppointmentDialog::save()
{
    if (m_original.id && !changed()) {
        Q_EMIT nothingChanged();
        reject();
        return;
    }
    // Save is disabled while the request runs; the keyboard comes back where it was.
    const QPointer<QWidget> focus = focusWidget();
    saveButton()->setEnabled(false);
    auto done = [this, focus](const Reply<Appointment> &reply) {
        if (reply.ok()) {
            m_saved = reply.value;
            accept();
            return;
        }
        saveButton()->setEnabled(true);
        if (focus)
            focus->setFocus();
        if (reply.result.status == 409 && reply.conflictingId > 0) {
            showMessage(tr("%1 is already booked at that time.").arg(m_doctor->currentText()),
                        MessageWidget::Type::Warning);
            // Say which booking, in people's terms: doctor, patient, local times.
            m_api.appointment(reply.conflictingId, this, [this](const Reply<Appointment> &found) {
                if (!found.ok())
                    return;
                const Appointment &a = found.value;
                showMessage(
                    tr("%1 already sees %2 from %3 to %4. Choose another time or doctor.")
                        .arg(a.doctorName, a.patientName, formats::dateTime(a.start), formats::time(a.end())),
                    MessageWidget::Type::Warning);
            });
            return;
        }
        QStringList messages;
        for (const QString &field : reply.result.fieldErrors.fields())
            messages.append(field + QStringLiteral(": ") +
                            reply.result.fieldErrors.messages(field).join(QStringLiteral("; ")));
        showMessage(messages.isEmpty() ? reply.message() : messages.join(QLatin1Char('\n')));
    };
    if (m_original.id)
        m_api.updateAppointment(formValues(), m_original.version, this, done);
    else
        m_api.book(formValues(), this, done);
}

} // namespace hms::client
