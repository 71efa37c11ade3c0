#include "PatientDialog.h"

#include "MergeDialog.h"
#include "app/Formats.h"
#include "shared/Labels.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace hms::client {

namespace {
// The editable fields, in words for the merge dialog, and how to take one
// field of the server's patient.
struct Field
{
    const char *key;
    const char *label;
    QString (*text)(const Patient &);
    void (*take)(Patient &, const Patient &);
};

const Field Fields[] = {
    {"name", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Name"), [](const Patient &p) { return p.name; },
     [](Patient &to, const Patient &from) { to.name = from.name; }},
    {"date_of_birth", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Date of birth"),
     [](const Patient &p) { return formats::date(p.dateOfBirth); },
     [](Patient &to, const Patient &from) { to.dateOfBirth = from.dateOfBirth; }},
    {"sex", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Sex"),
     [](const Patient &p) { return labels::sex(p.sex); },
     [](Patient &to, const Patient &from) { to.sex = from.sex; }},
    {"email", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Email"),
     [](const Patient &p) { return p.email; },
     [](Patient &to, const Patient &from) { to.email = from.email; }},
    {"phone", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Phone"),
     [](const Patient &p) { return p.phone; },
     [](Patient &to, const Patient &from) { to.phone = from.phone; }},
    {"address", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Address"),
     [](const Patient &p) { return p.address; },
     [](Patient &to, const Patient &from) { to.address = from.address; }},
    {"blood_group", QT_TRANSLATE_NOOP("hms::client::PatientDialog", "Blood group"),
     [](const Patient &p) { return p.bloodGroup; },
     [](Patient &to, const Patient &from) { to.bloodGroup = from.bloodGroup; }},
};

// An optional text: null when blank.
QString orNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed;
}
} // namespace

PatientDialog::PatientDialog(ApiClient &api, const Patient &patient, QWidget *parent)
    : EditDialog(parent)
    , m_api(api)
    , m_original(patient)
    , m_version(patient.version)
    , m_name(new QLineEdit(this))
    , m_dateOfBirth(new DateField(this))
    , m_sex(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_bloodGroup(new QComboBox(this))
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(patient.id ? tr("Edit patient %1").arg(patient.mrn) : tr("New patient"));
    setMinimumWidth(480);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirthEdit"));
    m_dateOfBirth->setAccessibleName(tr("Date of birth"));
    m_dateOfBirth->setDateRange(QDate(1800, 1, 1), QDate::currentDate());
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->setAccessibleName(tr("Sex"));
    m_sex->addItem(tr("Not recorded"), QString());
    for (const labels::Choice &sex : labels::sexes())
        m_sex->addItem(sex.label, sex.value);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(64);
    m_bloodGroup->setObjectName(QStringLiteral("bloodGroupCombo"));
    m_bloodGroup->setAccessibleName(tr("Blood group"));
    m_bloodGroup->addItem(tr("Not recorded"), QString());
    for (const QString &group : patient::bloodGroups())
        m_bloodGroup->addItem(group, group);

    addFieldRow(tr("&Name"), m_name, QStringLiteral("name"));
    addFieldRow(tr("&Date of birth"), m_dateOfBirth, QStringLiteral("date_of_birth"));
    addFieldRow(tr("&Sex"), m_sex, QStringLiteral("sex"));
    addFieldRow(tr("&Email"), m_email, QStringLiteral("email"));
    addFieldRow(tr("&Phone"), m_phone, QStringLiteral("phone"));
    addFieldRow(tr("&Address"), m_address, QStringLiteral("address"));
    addFieldRow(tr("&Blood group"), m_bloodGroup, QStringLiteral("blood_group"));
    saveButton()->setObjectName(QStringLiteral("saveButton"));
    connect(this, &EditDialog::saveRequested, this, &PatientDialog::save);

    // A new patient has no date of birth until someone enters one.
    setFormValues(patient);
    for (QLineEdit *edit : {m_name, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &PatientDialog::validate);
    connect(m_address, &QPlainTextEdit::textChanged, this, &PatientDialog::validate);
    connect(m_dateOfBirth, &DateField::dateChanged, this, &PatientDialog::validate);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PatientDialog::validate);
    connect(m_bloodGroup, &QComboBox::currentIndexChanged, this, &PatientDialog::validate);
    validate();
    m_name->setFocus();
}

void PatientDialog::setFormValues(const Patient &p)
{
    m_name->setText(p.name);
    m_dateOfBirth->setDate(p.dateOfBirth);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(p.sex)));
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_address->setPlainText(p.address);
    m_bloodGroup->setCurrentIndex(qMax(0, m_bloodGroup->findData(p.bloodGroup)));
}

Patient PatientDialog::formValues() const
{
    Patient p = m_original;
    p.name = m_name->text().trimmed();
    p.dateOfBirth = m_dateOfBirth->date();
    p.sex = orNull(m_sex->currentData().toString());
    p.email = orNull(m_email->text());
    p.phone = orNull(m_phone->text());
    p.address = orNull(m_address->toPlainText());
    p.bloodGroup = orNull(m_bloodGroup->currentData().toString());
    return p;
}

void PatientDialog::validate()
{
    // The same rules the server applies (shared/Patient.cpp).
    ValidationErrors errors = validatePatient(formValues(), QDateTime::currentDateTimeUtc());
    if (!m_dateOfBirth->isBlank() && !m_dateOfBirth->date().isValid()) {
        // Typed, but not a date: say so rather than "is required".
        ValidationErrors typed;
        for (const QString &field : errors.fields()) {
            if (field == QLatin1String("date_of_birth"))
                continue;
            for (const QString &message : errors.messages(field))
                typed.add(field, message);
        }
        typed.add(
            QStringLiteral("date_of_birth"),
            tr("is not a date: type it like %1, or press Alt+Down to pick it").arg(m_dateOfBirth->example()));
        errors = typed;
    }
    showFieldErrors(errors);
    saveButton()->setEnabled(errors.isEmpty());
    hideMessage();
}

void PatientDialog::save()
{
    saveButton()->setEnabled(false);
    showMessage(tr("Saving…"), MessageWidget::Type::Information);
    auto done = [this](const Reply<Patient> &reply) {
        if (reply.ok()) {
            m_saved = reply.value;
            accept();
            return;
        }
        saveButton()->setEnabled(true);
        if (reply.result.status == 412 && reply.current) {
            const Patient mine = formValues();
            const Patient &server = *reply.current;
            QList<MergeField> fields;
            for (const Field &field : Fields)
                fields.append(
                    {QString::fromLatin1(field.key), tr(field.label), field.text(mine), field.text(server)});
            MergeDialog merge(fields, server.version, this);
            Q_EMIT mergeOffered(&merge);
            if (merge.exec() != QDialog::Accepted) {
                showMessage(tr("Not saved: the patient was changed by someone else."));
                return;
            }
            Patient merged = mine;
            for (const Field &field : Fields) {
                if (!merge.keepsMine(QString::fromLatin1(field.key)))
                    field.take(merged, server);
            }
            m_version = server.version;
            setFormValues(merged);
            save();
            return;
        }
        showFieldErrors(reply.result.fieldErrors);
        showMessage(reply.message());
    };
    if (m_original.id)
        m_api.updatePatient(formValues(), m_version, this, done);
    else
        m_api.createPatient(formValues(), this, done);
}

} // namespace hms::client
