#include "RecordsTab.h"

#include "MergeDialog.h"
#include "api/ApiClient.h"
#include "models/TableModels.h"
#include "shared/MedicalRecord.h"
#include "widgets/PatientPicker.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hms::client {

namespace {
const QList<QPair<QString, QString>> &recordFields()
{
    static const QList<QPair<QString, QString>> fields{
        {QStringLiteral("diagnosis"), QObject::tr("Diagnosis")},
        {QStringLiteral("prescription"), QObject::tr("Prescription")},
        {QStringLiteral("notes"), QObject::tr("Notes")},
        {QStringLiteral("record_date"), QObject::tr("Date")}};
    return fields;
}

QJsonValue textOrNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.trimmed());
}
} // namespace

RecordDialog::RecordDialog(ApiClient &api, qint64 patientId, const QJsonObject &record, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_patientId(patientId)
    , m_id(record.value(QStringLiteral("id")).toInteger())
    , m_version(record.value(QStringLiteral("version")).toInt())
    , m_diagnosis(new QPlainTextEdit(this))
    , m_prescription(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_problem(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("recordDialog"));
    setWindowTitle(m_id ? tr("Amend record (version %1)").arg(m_version) : tr("New medical record"));
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
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setObjectName(QStringLiteral("recordProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Diagnosis"), m_diagnosis);
    form->addRow(tr("&Prescription"), m_prescription);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(tr("D&ate"), m_date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveRecordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (m_id)
        setFormValues(record);
    for (QPlainTextEdit *edit : {m_diagnosis, m_prescription, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &RecordDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &RecordDialog::validate);
    validate();
}

void RecordDialog::setFormValues(const QJsonObject &r)
{
    m_diagnosis->setPlainText(r.value(QStringLiteral("diagnosis")).toString());
    m_prescription->setPlainText(r.value(QStringLiteral("prescription")).toString());
    m_notes->setPlainText(r.value(QStringLiteral("notes")).toString());
    if (const QDate date = QDate::fromString(r.value(QStringLiteral("record_date")).toString(), Qt::ISODate);
        date.isValid())
        m_date->setDate(date);
}

QJsonObject RecordDialog::formValues() const
{
    return {{QStringLiteral("patient_id"), m_patientId},
            {QStringLiteral("diagnosis"), m_diagnosis->toPlainText().trimmed()},
            {QStringLiteral("prescription"), textOrNull(m_prescription->toPlainText())},
            {QStringLiteral("notes"), textOrNull(m_notes->toPlainText())},
            {QStringLiteral("record_date"), m_date->date().toString(Qt::ISODate)}};
}

QString RecordDialog::problem() const
{
    return m_problem->text();
}

void RecordDialog::validate()
{
    MedicalRecord draft;
    const ValidationErrors errors =
        applyRecordChanges(formValues(), draft, nullptr, QDateTime::currentDateTimeUtc());
    QStringList messages;
    for (const QString &field : errors.fields())
        messages.append(tr("%1 %2").arg(field, errors.messages(field).join(QStringLiteral("; "))));
    m_problem->setText(messages.join(QLatin1Char('\n')));
    m_save->setEnabled(errors.isEmpty());
}

void RecordDialog::save()
{
    m_save->setEnabled(false);
    auto done = [this](const ApiResult &result) {
        if (result.ok()) {
            accept();
            return;
        }
        m_save->setEnabled(true);
        if (result.status == 412) {
            const QJsonObject current = result.json.value(QStringLiteral("current")).toObject();
            MergeDialog merge(recordFields(), formValues(), current, this);
            Q_EMIT mergeOffered(&merge);
            if (merge.exec() != QDialog::Accepted)
                return;
            m_version = current.value(QStringLiteral("version")).toInt();
            setFormValues(merge.merged());
            save();
            return;
        }
        m_problem->setText(result.message);
    };
    if (m_id)
        m_api.put(QStringLiteral("/api/records/%1").arg(m_id), formValues(), m_version, this, done);
    else
        m_api.post(QStringLiteral("/api/records"), formValues(), this, done);
}

RecordsTab::RecordsTab(ApiClient &api, qint64 myUserId, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_me(myUserId)
    , m_picker(new PatientPicker(api, this))
    , m_model(new RecordTableModel(api, this))
    , m_table(new QTableView(this))
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
    m_table->setObjectName(QStringLiteral("recordsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(RecordTableModel::Diagnosis, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Medical records"));

    auto *right = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_history);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 820});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_picker, &PatientPicker::patientChosen, this, [this](const QJsonObject &patient) {
        m_patientId = patient.value(QStringLiteral("id")).toInteger();
        m_title->setText(tr("Records of %1").arg(patient.value(QStringLiteral("name")).toString()));
        m_model->setSource(QStringLiteral("/api/patients/%1/records").arg(m_patientId));
        updateActions();
    });
    connect(m_add, &QPushButton::clicked, this, &RecordsTab::addRecord);
    connect(m_amend, &QPushButton::clicked, this, &RecordsTab::amendRecord);
    connect(m_history, &QPushButton::clicked, this, &RecordsTab::showHistory);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordsTab::updateActions);
    updateActions();
}

void RecordsTab::selectRow(int row)
{
    m_table->selectRow(row);
}

void RecordsTab::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QJsonObject record = rows.isEmpty() ? QJsonObject() : m_model->rowObject(rows.first().row());
    m_add->setEnabled(m_patientId > 0);
    m_amend->setEnabled(!record.isEmpty() && record.value(QStringLiteral("author_id")).toInteger() == m_me);
    m_amend->setToolTip(record.isEmpty() || m_amend->isEnabled() ? QString()
                                                                 : tr("Only the author amends a record."));
    m_history->setEnabled(!record.isEmpty());
}

void RecordsTab::addRecord()
{
    auto *dialog = new RecordDialog(m_api, m_patientId, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT notify(tr("Record saved."), false);
        m_model->reload();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void RecordsTab::amendRecord()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    auto *dialog = new RecordDialog(m_api, m_patientId, m_model->rowObject(rows.first().row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT notify(tr("Record amended; the earlier version is kept."), false);
        m_model->reload();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void RecordsTab::showHistory()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_model->rowObject(rows.first().row()).value(QStringLiteral("id")).toInteger();
    m_api.get(QStringLiteral("/api/records/%1/history").arg(id), this, [this, id](const ApiResult &result) {
        if (!result.ok()) {
            Q_EMIT notify(result.message, true);
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("historyDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("History of record %1").arg(id));
        dialog->resize(760, 320);
        const QJsonArray versions = result.items();
        auto *table = new QTableWidget(int(versions.size()), 5, dialog);
        table->setObjectName(QStringLiteral("historyTable"));
        table->setHorizontalHeaderLabels(
            {tr("Version"), tr("Written"), tr("Diagnosis"), tr("Prescription"), tr("Notes")});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        for (int i = 0; i < versions.size(); ++i) {
            const QJsonObject v = versions[i].toObject();
            table->setItem(i, 0,
                           new QTableWidgetItem(QString::number(v.value(QStringLiteral("version")).toInt())));
            table->setItem(
                i, 1,
                new QTableWidgetItem(localDateTimeText(v.value(QStringLiteral("updated_at")).toString())));
            table->setItem(i, 2, new QTableWidgetItem(v.value(QStringLiteral("diagnosis")).toString()));
            table->setItem(i, 3, new QTableWidgetItem(v.value(QStringLiteral("prescription")).toString()));
            table->setItem(i, 4, new QTableWidgetItem(v.value(QStringLiteral("notes")).toString()));
        }
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(table);
        layout->addWidget(close);
        dialog->open();
        Q_EMIT dialogOpened(dialog);
    });
}

} // namespace hms::client
