#include "AppointmentDialog.h"

#include "api/ApiClient.h"
#include "models/TableModels.h"
#include "shared/Appointment.h"
#include "shared/Instant.h"
#include "widgets/PatientPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hms::client {

AppointmentDialog::AppointmentDialog(ApiClient &api, const QJsonArray &doctors,
                                     const QJsonObject &appointment, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_id(appointment.value(QStringLiteral("id")).toInteger())
    , m_version(appointment.value(QStringLiteral("version")).toInt())
    , m_patientId(appointment.value(QStringLiteral("patient_id")).toInteger())
    , m_patientLabel(new QLabel(this))
    , m_doctor(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(m_id ? tr("Reschedule appointment") : tr("Book an appointment"));
    setMinimumWidth(520);
    auto *form = new QFormLayout;
    if (m_id) {
        m_patientLabel->setText(appointment.value(QStringLiteral("patient_name")).toString());
        form->addRow(tr("Patient"), m_patientLabel);
    } else {
        m_picker = new PatientPicker(api, this);
        m_picker->setMinimumHeight(180);
        m_patientLabel->setText(tr("Choose a patient"));
        m_patientLabel->setObjectName(QStringLiteral("chosenPatient"));
        connect(m_picker, &PatientPicker::patientChosen, this, [this](const QJsonObject &patient) {
            m_patientId = patient.value(QStringLiteral("id")).toInteger();
            m_patientLabel->setText(QStringLiteral("<b>%1</b> (%2)")
                                        .arg(patient.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                                             patient.value(QStringLiteral("mrn")).toString()));
            validate();
        });
        form->addRow(tr("&Patient"), m_picker);
        form->addRow(QString(), m_patientLabel);
    }
    m_doctor->setObjectName(QStringLiteral("doctorCombo"));
    m_doctor->setAccessibleName(tr("Doctor"));
    for (const QJsonValue value : doctors)
        m_doctor->addItem(value.toObject().value(QStringLiteral("full_name")).toString(),
                          value.toObject().value(QStringLiteral("id")).toInteger());
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setAccessibleName(tr("Date and time"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(appointment::MinDuration, appointment::MaxDuration);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_problem->setObjectName(QStringLiteral("appointmentProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));

    if (m_id) {
        setDoctor(appointment.value(QStringLiteral("doctor_id")).toInteger());
        m_start->setDateTime(
            parseInstant(appointment.value(QStringLiteral("appointment_datetime")).toString())
                .value_or(QDateTime::currentDateTimeUtc())
                .toLocalTime());
        m_duration->setValue(appointment.value(QStringLiteral("duration_minutes")).toInt());
        m_reason->setText(appointment.value(QStringLiteral("reason")).toString());
    } else {
        const QDateTime next = QDateTime::currentDateTime().addSecs(3600);
        m_start->setDateTime(QDateTime(next.date(), QTime(next.time().hour(), 0)));
        m_duration->setValue(appointment::DefaultDuration);
    }
    form->addRow(tr("&Doctor"), m_doctor);
    form->addRow(tr("&When"), m_start);
    form->addRow(tr("D&uration"), m_duration);
    form->addRow(tr("&Reason"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveAppointmentButton"));
    m_save->setText(m_id ? tr("Reschedule") : tr("Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &AppointmentDialog::validate);
    connect(m_duration, &QSpinBox::valueChanged, this, &AppointmentDialog::validate);
    connect(m_doctor, &QComboBox::currentIndexChanged, this, &AppointmentDialog::validate);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    validate();
}

void AppointmentDialog::setStart(const QDateTime &local)
{
    m_start->setDateTime(local);
}

void AppointmentDialog::setDoctor(qint64 id)
{
    m_doctor->setCurrentIndex(qMax(0, m_doctor->findData(id)));
}

QString AppointmentDialog::conflictText() const
{
    return m_problem->text();
}

QJsonObject AppointmentDialog::formValues() const
{
    // The local time with its offset, as the server requires.
    const QDateTime local = m_start->dateTime();
    QJsonObject body{
        {QStringLiteral("doctor_id"), m_doctor->currentData().toLongLong()},
        {QStringLiteral("appointment_datetime"),
         local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("duration_minutes"), m_duration->value()},
        {QStringLiteral("reason"),
         m_reason->text().trimmed().isEmpty() ? QJsonValue() : QJsonValue(m_reason->text().trimmed())}};
    if (!m_id)
        body.insert(QStringLiteral("patient_id"), m_patientId);
    return body;
}

void AppointmentDialog::validate()
{
    if (!m_id && m_patientId == 0) {
        m_problem->setText(tr("Choose a patient."));
        m_save->setEnabled(false);
        return;
    }
    Appointment draft;
    draft.patientId = m_patientId;
    const ValidationErrors errors =
        applyAppointmentChanges(formValues(), draft, nullptr, QDateTime::currentDateTimeUtc());
    QStringList messages;
    for (const QString &field : errors.fields())
        messages.append(errors.messages(field).join(QStringLiteral("; ")));
    m_problem->setText(messages.isEmpty() ? QString()
                                          : tr("Time: %1").arg(messages.join(QStringLiteral("; "))));
    m_save->setEnabled(messages.isEmpty() && m_doctor->count() > 0);
}

void AppointmentDialog::save()
{
    m_save->setEnabled(false);
    auto done = [this](const ApiResult &result) {
        if (result.ok()) {
            m_saved = result.json;
            accept();
            return;
        }
        m_save->setEnabled(true);
        if (result.status == 409 && result.json.contains(QStringLiteral("conflicting_id"))) {
            const qint64 other = result.json.value(QStringLiteral("conflicting_id")).toInteger();
            m_problem->setText(tr("%1 is already booked at that time (appointment %2).")
                                   .arg(m_doctor->currentText())
                                   .arg(other));
            // Say which booking, with its patient and time.
            m_api.get(QStringLiteral("/api/appointments/%1").arg(other), this,
                      [this](const ApiResult &found) {
                          if (!found.ok())
                              return;
                          const QJsonObject a = found.json;
                          const QDateTime start =
                              parseInstant(a.value(QStringLiteral("appointment_datetime")).toString())
                                  .value_or(QDateTime())
                                  .toLocalTime();
                          const int minutes = a.value(QStringLiteral("duration_minutes")).toInt();
                          const QDateTime end = start.addSecs(qint64{60} * minutes);
                          m_problem->setText(
                              tr("%1 already sees %2 from %3 to %4 (appointment %5). Choose another time or "
                                 "doctor.")
                                  .arg(a.value(QStringLiteral("doctor_name")).toString(),
                                       a.value(QStringLiteral("patient_name")).toString(),
                                       QLocale().toString(start, QLocale::ShortFormat),
                                       QLocale().toString(end.time(), QLocale::ShortFormat))
                                  .arg(a.value(QStringLiteral("id")).toInteger()));
                      });
            return;
        }
        QStringList messages;
        for (const QString &field : result.fieldErrors.fields())
            messages.append(field + QStringLiteral(": ") +
                            result.fieldErrors.messages(field).join(QStringLiteral("; ")));
        m_problem->setText(messages.isEmpty() ? result.message : messages.join(QLatin1Char('\n')));
    };
    if (m_id)
        m_api.put(QStringLiteral("/api/appointments/%1").arg(m_id), formValues(), m_version, this, done);
    else
        m_api.post(QStringLiteral("/api/appointments"), formValues(), this, done);
}

} // namespace hms::client
