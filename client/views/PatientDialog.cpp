#include "PatientDialog.h"

#include "MergeDialog.h"
#include "api/ApiClient.h"
#include "shared/Patient.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hms::client {

namespace {
const QList<QPair<QString, QString>> &patientFields()
{
    static const QList<QPair<QString, QString>> fields{
        {QStringLiteral("name"), QObject::tr("Name")},
        {QStringLiteral("date_of_birth"), QObject::tr("Date of birth")},
        {QStringLiteral("sex"), QObject::tr("Sex")},
        {QStringLiteral("email"), QObject::tr("Email")},
        {QStringLiteral("phone"), QObject::tr("Phone")},
        {QStringLiteral("address"), QObject::tr("Address")},
        {QStringLiteral("blood_group"), QObject::tr("Blood group")},
    };
    return fields;
}

QJsonValue textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.trimmed());
}
} // namespace

PatientDialog::PatientDialog(ApiClient &api, const QJsonObject &patient, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_id(patient.value(QStringLiteral("id")).toInteger())
    , m_version(patient.value(QStringLiteral("version")).toInt())
    , m_name(new QLineEdit(this))
    , m_dateOfBirth(new QDateEdit(this))
    , m_sex(new QComboBox(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_bloodGroup(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("patientDialog"));
    setWindowTitle(m_id ? tr("Edit patient %1").arg(patient.value(QStringLiteral("mrn")).toString())
                        : tr("New patient"));
    setMinimumWidth(480);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirthEdit"));
    m_dateOfBirth->setAccessibleName(tr("Date of birth"));
    m_dateOfBirth->setCalendarPopup(true);
    m_dateOfBirth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateOfBirth->setMinimumDate(QDate(1800, 1, 1));
    m_dateOfBirth->setMaximumDate(QDate(2200, 12, 31));
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->addItem(tr("Not recorded"), QString());
    m_sex->addItem(tr("Female"), QStringLiteral("female"));
    m_sex->addItem(tr("Male"), QStringLiteral("male"));
    m_sex->addItem(tr("Other"), QStringLiteral("other"));
    m_sex->addItem(tr("Unknown"), QStringLiteral("unknown"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(64);
    m_bloodGroup->setObjectName(QStringLiteral("bloodGroupCombo"));
    m_bloodGroup->addItem(tr("Not recorded"), QString());
    for (const QString &group : patient::bloodGroups())
        m_bloodGroup->addItem(group, group);

    auto *form = new QFormLayout;
    auto addRow = [this, form](const QString &label, QWidget *field, const QString &key) {
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(errorLabel(key));
        form->addRow(label, box);
    };
    addRow(tr("&Name"), m_name, QStringLiteral("name"));
    addRow(tr("&Date of birth"), m_dateOfBirth, QStringLiteral("date_of_birth"));
    addRow(tr("&Sex"), m_sex, QStringLiteral("sex"));
    addRow(tr("&Email"), m_email, QStringLiteral("email"));
    addRow(tr("&Phone"), m_phone, QStringLiteral("phone"));
    addRow(tr("&Address"), m_address, QStringLiteral("address"));
    addRow(tr("&Blood group"), m_bloodGroup, QStringLiteral("blood_group"));

    m_status->setObjectName(QStringLiteral("patientDialogStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PatientDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setFormValues(patient);
    if (!m_id)
        m_dateOfBirth->setDate(QDate::currentDate().addYears(-30));
    for (QLineEdit *edit : {m_name, m_email, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &PatientDialog::validate);
    connect(m_address, &QPlainTextEdit::textChanged, this, &PatientDialog::validate);
    connect(m_dateOfBirth, &QDateEdit::dateChanged, this, &PatientDialog::validate);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PatientDialog::validate);
    connect(m_bloodGroup, &QComboBox::currentIndexChanged, this, &PatientDialog::validate);
    validate();
    m_name->setFocus();
}

QLabel *PatientDialog::errorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + field);
    label->setStyleSheet(QStringLiteral("color: #b91c1c; font-size: 9pt;"));
    label->hide();
    m_errors.insert(field, label);
    return label;
}

QString PatientDialog::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void PatientDialog::setFormValues(const QJsonObject &p)
{
    m_name->setText(p.value(QStringLiteral("name")).toString());
    if (const QDate dob = QDate::fromString(p.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
        dob.isValid())
        m_dateOfBirth->setDate(dob);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(p.value(QStringLiteral("sex")).toString())));
    m_email->setText(p.value(QStringLiteral("email")).toString());
    m_phone->setText(p.value(QStringLiteral("phone")).toString());
    m_address->setPlainText(p.value(QStringLiteral("address")).toString());
    m_bloodGroup->setCurrentIndex(
        qMax(0, m_bloodGroup->findData(p.value(QStringLiteral("blood_group")).toString())));
}

QJsonObject PatientDialog::formValues() const
{
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("date_of_birth"), m_dateOfBirth->date().toString(Qt::ISODate)},
            {QStringLiteral("sex"), textOrNull(m_sex->currentData().toString())},
            {QStringLiteral("email"), textOrNull(m_email->text())},
            {QStringLiteral("phone"), textOrNull(m_phone->text())},
            {QStringLiteral("address"), textOrNull(m_address->toPlainText())},
            {QStringLiteral("blood_group"), textOrNull(m_bloodGroup->currentData().toString())}};
}

void PatientDialog::showErrors(const QHash<QString, QStringList> &errors)
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QStringList messages = errors.value(it.key());
        it.value()->setText(messages.join(QStringLiteral("; ")));
        it.value()->setVisible(!messages.isEmpty());
    }
}

void PatientDialog::validate()
{
    // The same rules the server applies (shared/Patient.cpp).
    Patient patient;
    const ValidationErrors errors =
        applyPatientChanges(formValues(), patient, QDateTime::currentDateTimeUtc());
    QHash<QString, QStringList> byField;
    for (const QString &field : errors.fields())
        byField.insert(field, errors.messages(field));
    showErrors(byField);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty());
    m_status->clear();
}

void PatientDialog::save()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_status->setStyleSheet(QStringLiteral("color: #475569;"));
    auto done = [this](const ApiResult &result) {
        m_status->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        if (result.ok()) {
            m_saved = result.json;
            accept();
            return;
        }
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
        if (result.status == 412) {
            const QJsonObject current = result.json.value(QStringLiteral("current")).toObject();
            MergeDialog merge(patientFields(), formValues(), current, this);
            Q_EMIT mergeOffered(&merge);
            if (merge.exec() != QDialog::Accepted) {
                m_status->setText(tr("Not saved: the patient was changed by someone else."));
                return;
            }
            m_version = current.value(QStringLiteral("version")).toInt();
            setFormValues(merge.merged());
            save();
            return;
        }
        QHash<QString, QStringList> byField;
        for (const QString &field : result.fieldErrors.fields())
            byField.insert(field, result.fieldErrors.messages(field));
        showErrors(byField);
        m_status->setText(result.message);
    };
    if (m_id)
        m_api.put(QStringLiteral("/api/patients/%1").arg(m_id), formValues(), m_version, this, done);
    else
        m_api.post(QStringLiteral("/api/patients"), formValues(), this, done);
}

} // namespace hms::client
