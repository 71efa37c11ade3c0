#include "RecordsTab.h"

#include "MergeDialog.h"
#include "RecordHistoryDialog.h"
#include "RecordPatientList.h"
#include "app/Formats.h"
#include "models/TableModels.h"
#include "shared/ChangeReason.h"
#include "widgets/DataTable.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace hms::client {

namespace {
struct Field
{
    const char *key;
    const char *label;
    QString (*text)(const MedicalRecord &);
    void (*take)(MedicalRecord &, const MedicalRecord &);
};

const Field Fields[] = {
    {"diagnosis", QT_TRANSLATE_NOOP("hms::client::RecordDialog", "Diagnosis"),
     [](const MedicalRecord &r) { return r.diagnosis; },
     [](MedicalRecord &to, const MedicalRecord &from) { to.diagnosis = from.diagnosis; }},
    {"prescription", QT_TRANSLATE_NOOP("hms::client::RecordDialog", "Prescription"),
     [](const MedicalRecord &r) { return r.prescription; },
     [](MedicalRecord &to, const MedicalRecord &from) { to.prescription = from.prescription; }},
    {"notes", QT_TRANSLATE_NOOP("hms::client::RecordDialog", "Notes"),
     [](const MedicalRecord &r) { return r.notes; },
     [](MedicalRecord &to, const MedicalRecord &from) { to.notes = from.notes; }},
    {"record_date", QT_TRANSLATE_NOOP("hms::client::RecordDialog", "Date"),
     [](const MedicalRecord &r) { return formats::date(r.recordDate); },
     [](MedicalRecord &to, const MedicalRecord &from) { to.recordDate = from.recordDate; }},
};

QString orNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QString() : trimmed;
}
} // namespace

RecordDialog::RecordDialog(ApiClient &api, qint64 patientId, const MedicalRecord &record, QWidget *parent)
    : EditDialog(parent)
    , m_api(api)
    , m_original(record)
    , m_version(record.version)
    , m_diagnosis(new QPlainTextEdit(this))
    , m_prescription(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
{
    m_original.patientId = patientId;
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(record.id ? tr("Amend record (version %1)").arg(m_version) : tr("New medical record"));
    setMinimumWidth(520);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisEdit"));
    m_prescription->setObjectName(QStringLiteral("prescriptionEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    for (QPlainTextEdit *edit : {m_diagnosis, m_prescription, m_notes}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(70);
    }
    m_diagnosis->setAccessibleName(tr("Diagnosis"));
    m_prescription->setAccessibleName(tr("Prescription"));
    m_notes->setAccessibleName(tr("Notes"));
    m_date->setObjectName(QStringLiteral("recordDateEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(formats::dateFormat());
    addFieldRow(tr("&Diagnosis"), m_diagnosis, QStringLiteral("diagnosis"));
    addFieldRow(tr("&Prescription"), m_prescription, QStringLiteral("prescription"));
    addFieldRow(tr("&Notes"), m_notes, QStringLiteral("notes"));
    addFieldRow(tr("D&ate"), m_date, QStringLiteral("record_date"));
    if (record.id) {
        // Every amendment says why (shared/ChangeReason); the history shows it.
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("amendmentReasonEdit"));
        m_reason->setAccessibleName(tr("Reason for amendment"));
        m_reason->setMaxLength(reason::MaxLength);
        m_reason->setPlaceholderText(tr("Required: kept with this version and in the audit log"));
        addFieldRow(tr("&Reason for amendment"), m_reason, QStringLiteral("amendment_reason"));
    }
    saveButton()->setObjectName(QStringLiteral("saveRecordButton"));
    connect(this, &EditDialog::saveRequested, this, &RecordDialog::save);
    if (record.id)
        setFormValues(record);
    for (QPlainTextEdit *edit : {m_diagnosis, m_prescription, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &RecordDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &RecordDialog::validate);
    if (m_reason)
        connect(m_reason, &QLineEdit::textChanged, this, &RecordDialog::validate);
    validate();
}

void RecordDialog::setFormValues(const MedicalRecord &r)
{
    m_diagnosis->setPlainText(r.diagnosis);
    m_prescription->setPlainText(r.prescription);
    m_notes->setPlainText(r.notes);
    if (r.recordDate.isValid())
        m_date->setDate(r.recordDate);
}

MedicalRecord RecordDialog::formValues() const
{
    MedicalRecord r = m_original;
    r.diagnosis = m_diagnosis->toPlainText().trimmed();
    r.prescription = orNull(m_prescription->toPlainText());
    r.notes = orNull(m_notes->toPlainText());
    r.recordDate = m_date->date();
    return r;
}

void RecordDialog::validate()
{
    // The server's rules (shared/MedicalRecord.cpp), on what the form holds.
    MedicalRecord draft = m_original;
    const ValidationErrors errors =
        applyRecordChanges(ClinicApi::amendmentBody(formValues(), m_reason ? m_reason->text() : QString()),
                           draft, m_original.id ? &m_original : nullptr, QDateTime::currentDateTimeUtc());
    showFieldErrors(errors);
    hideMessage();
    saveButton()->setEnabled(errors.isEmpty());
}

void RecordDialog::save()
{
    saveButton()->setEnabled(false);
    auto done = [this](const Reply<MedicalRecord> &reply) {
        if (reply.ok()) {
            accept();
            return;
        }
        saveButton()->setEnabled(true);
        if (reply.result.status == 412 && reply.current) {
            const MedicalRecord mine = formValues();
            const MedicalRecord &server = *reply.current;
            QList<MergeField> fields;
            for (const Field &field : Fields)
                fields.append(
                    {QString::fromLatin1(field.key), tr(field.label), field.text(mine), field.text(server)});
            MergeDialog merge(fields, server.version, this);
            Q_EMIT mergeOffered(&merge);
            if (merge.exec() != QDialog::Accepted)
                return;
            MedicalRecord merged = mine;
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
        m_api.amendRecord(formValues(), m_version, m_reason->text(), this, done);
    else
        m_api.createRecord(formValues(), this, done);
}

RecordsTab::RecordsTab(ApiClient &api, qint64 myUserId, QWidget *parent)
    : ListTab(api, parent)
    , m_me(myUserId)
    , m_picker(new RecordPatientList(api, this))
    , m_model(new RecordTableModel(api, this))
    , m_table(new DataTable(QStringLiteral("recordsTable"), this))
    , m_title(new QLabel(tr("Choose a patient on the left."), this))
    , m_add(new QPushButton(QIcon(QStringLiteral(":/icons/plus.svg")), tr("&New record"), this))
    , m_amend(new QPushButton(QIcon(QStringLiteral(":/icons/pencil.svg")), tr("&Amend"), this))
    , m_history(new QPushButton(QIcon(QStringLiteral(":/icons/history.svg")), tr("&History"), this))
{
    setObjectName(QStringLiteral("recordsTab"));
    m_title->setObjectName(QStringLiteral("recordsTitle"));
    m_title->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600;"));
    m_add->setObjectName(QStringLiteral("newRecordButton"));
    m_amend->setObjectName(QStringLiteral("amendRecordButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_table->setListModel(m_model);
    m_table->setStretchColumn(RecordTableModel::Diagnosis);
    m_table->setAccessibleName(tr("Medical records"));
    m_table->setCountText([](qint64 total) { return tr("%n record(s)", nullptr, int(total)); });

    auto *right = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_history);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_table->statusLine());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_picker, &RecordPatientList::patientChosen, this, &RecordsTab::setPatient);
    connect(m_add, &QPushButton::clicked, this, &RecordsTab::addRecord);
    connect(m_amend, &QPushButton::clicked, this, &RecordsTab::amendRecord);
    connect(m_history, &QPushButton::clicked, this, &RecordsTab::showHistory);
    connect(m_table, &DataTable::rowActivated, this, &RecordsTab::showHistory);
    connect(m_table, &DataTable::selectedChanged, this, &RecordsTab::updateActions);
    connect(m_model, &CursorTableModel::loadFailed, this,
            [this](const QString &message) { Q_EMIT notify(message, true); });
    updateActions();
}

void RecordsTab::setPatient(const Patient &patient)
{
    if (patient.id == m_patientId)
        return;
    m_patientId = patient.id;
    m_title->setText(tr("Records of %1").arg(patient.name));
    m_model->setPatient(m_patientId);
    updateActions();
}

void RecordsTab::showPatient(qint64 patientId)
{
    if (patientId <= 0)
        return;
    m_api.patient(patientId, this, [this](const Reply<Patient> &reply) {
        if (!reply.ok()) {
            Q_EMIT notify(reply.message(), true);
            return;
        }
        m_picker->showChosen(reply.value);
        setPatient(reply.value);
    });
}

void RecordsTab::reload()
{
    m_picker->reload();
    if (m_patientId > 0)
        m_model->reload();
}

void RecordsTab::selectRow(int row)
{
    m_table->selectRow(row);
}

std::optional<MedicalRecord> RecordsTab::selected() const
{
    const int row = m_table->selectedRow();
    return row < 0 ? std::nullopt : std::optional<MedicalRecord>(m_model->row(row));
}

void RecordsTab::updateActions()
{
    const std::optional<MedicalRecord> record = selected();
    m_add->setEnabled(m_patientId > 0);
    m_amend->setEnabled(record && record->authorId == m_me);
    m_amend->setToolTip(!record || m_amend->isEnabled() ? QString() : tr("Only the author amends a record."));
    m_history->setEnabled(record.has_value());
}

void RecordsTab::addRecord()
{
    if (m_patientId <= 0)
        return;
    openDialog(
        new RecordDialog(m_api.transport(), m_patientId, {}, this), [] { return tr("Record saved."); },
        [this] { m_model->reload(); });
}

void RecordsTab::amendRecord()
{
    const std::optional<MedicalRecord> record = selected();
    if (!record)
        return;
    openDialog(
        new RecordDialog(m_api.transport(), m_patientId, *record, this),
        [] { return tr("Record amended; the earlier version is kept."); }, [this] { m_model->reload(); });
}

void RecordsTab::showHistory()
{
    const std::optional<MedicalRecord> record = selected();
    if (!record)
        return;
    const qint64 id = record->id;
    m_api.recordHistory(id, this, [this, id](const Reply<QList<MedicalRecord>> &reply) {
        if (!reply.ok()) {
            Q_EMIT notify(reply.message(), true);
            return;
        }
        openDialog(new RecordHistoryDialog(id, reply.value, this), {}, {});
    });
}

} // namespace hms::client
