#include "PatientsTab.h"

#include "PatientDialog.h"
#include "api/ApiClient.h"
#include "models/TableModels.h"
#include "shared/Permission.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hms::client {

PatientsTab::PatientsTab(ApiClient &api, Role role, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_role(role)
    , m_model(new PatientTableModel(api, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new QLabel(this))
    , m_appointments(new QListWidget(this))
    , m_records(new QListWidget(this))
    , m_edit(new QPushButton(QIcon(QStringLiteral(":/icons/pencil.svg")), tr("&Edit"), this))
    , m_archive(new QPushButton(QIcon(QStringLiteral(":/icons/archive.svg")), tr("&Archive"), this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("patientsTab"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, MRN, phone or email (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/user-plus.svg")), tr("&New patient"), this);
    add->setObjectName(QStringLiteral("newPatientButton"));
    add->setToolTip(tr("Register a new patient (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_archive->setObjectName(QStringLiteral("archivePatientButton"));
    m_archive->setVisible(roleHasPermission(role, Permission::PatientsArchive));
    m_edit->setEnabled(false);
    m_archive->setEnabled(false);

    m_table->setObjectName(QStringLiteral("patientsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PatientTableModel::Name, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Patients"));

    m_details->setObjectName(QStringLiteral("patientDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setText(tr("<p style='color:#64748b'>Select a patient to see their details.</p>"));
    m_appointments->setObjectName(QStringLiteral("upcomingAppointments"));
    m_records->setObjectName(QStringLiteral("patientRecords"));
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_details);
    sideLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Upcoming appointments")), side));
    sideLayout->addWidget(m_appointments);
    if (roleHasPermission(role, Permission::RecordsRead)) {
        sideLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Medical records")), side));
        sideLayout->addWidget(m_records);
    } else {
        m_records->hide();
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_archive);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PatientsTab::search);
    connect(add, &QPushButton::clicked, this, &PatientsTab::addPatient);
    connect(m_edit, &QPushButton::clicked, this, &PatientsTab::editPatient);
    connect(m_archive, &QPushButton::clicked, this, &PatientsTab::archivePatient);
    connect(m_table, &QTableView::doubleClicked, this, &PatientsTab::editPatient);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientsTab::showDetails);
    connect(m_model, &CursorTableModel::loadFailed, this,
            [this](const QString &message) { Q_EMIT notify(message, true); });
    search();
}

void PatientsTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatientsTab::refresh()
{
    search();
}

void PatientsTab::search()
{
    QUrlQuery query;
    if (!m_search->text().trimmed().isEmpty())
        query.addQueryItem(QStringLiteral("q"), m_search->text().trimmed());
    m_model->setSource(QStringLiteral("/api/patients"), query);
}

QJsonObject PatientsTab::selectedPatient() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->rowObject(rows.first().row());
}

void PatientsTab::showDetails()
{
    const QJsonObject p = selectedPatient();
    m_edit->setEnabled(!p.isEmpty());
    m_archive->setEnabled(!p.isEmpty());
    m_appointments->clear();
    m_records->clear();
    if (p.isEmpty())
        return;
    auto line = [](const QString &label, const QJsonValue &value) {
        return value.isNull() || value.toString().isEmpty()
            ? QString()
            : QStringLiteral("<tr><td style='color:#64748b;padding-right:12px'>%1</td><td>%2</td></tr>")
                  .arg(label, value.toString().toHtmlEscaped());
    };
    m_details->setText(
        QStringLiteral("<h2 style='margin:0'>%1</h2><p style='color:#64748b;margin-top:2px'>%2</p><table>")
            .arg(p.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                 p.value(QStringLiteral("mrn")).toString()) +
        line(tr("Born"), p.value(QStringLiteral("date_of_birth"))) +
        line(tr("Sex"), p.value(QStringLiteral("sex"))) +
        line(tr("Phone"), p.value(QStringLiteral("phone"))) +
        line(tr("Email"), p.value(QStringLiteral("email"))) +
        line(tr("Address"), p.value(QStringLiteral("address"))) +
        line(tr("Blood group"), p.value(QStringLiteral("blood_group"))) + QStringLiteral("</table>"));
    const qint64 id = p.value(QStringLiteral("id")).toInteger();
    const QString from = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    m_api.get(
        QStringLiteral("/api/appointments?patient_id=%1&from=%2&limit=10").arg(id).arg(from), this,
        [this, id](const ApiResult &result) {
            if (selectedPatient().value(QStringLiteral("id")).toInteger() != id || !result.ok())
                return;
            for (const QJsonValue value : result.items()) {
                const QJsonObject a = value.toObject();
                m_appointments->addItem(
                    QStringLiteral("%1 — %2 (%3)")
                        .arg(localDateTimeText(a.value(QStringLiteral("appointment_datetime")).toString()),
                             a.value(QStringLiteral("doctor_name")).toString(),
                             AppointmentTableModel::statusLabel(
                                 a.value(QStringLiteral("status")).toString())));
            }
            if (m_appointments->count() == 0)
                m_appointments->addItem(tr("No upcoming appointments"));
        });
    if (roleHasPermission(m_role, Permission::RecordsRead)) {
        m_api.get(QStringLiteral("/api/patients/%1/records?limit=10").arg(id), this,
                  [this, id](const ApiResult &result) {
                      if (selectedPatient().value(QStringLiteral("id")).toInteger() != id || !result.ok())
                          return;
                      for (const QJsonValue value : result.items()) {
                          const QJsonObject r = value.toObject();
                          m_records->addItem(
                              QStringLiteral("%1 — %2").arg(r.value(QStringLiteral("record_date")).toString(),
                                                            r.value(QStringLiteral("diagnosis")).toString()));
                      }
                      if (m_records->count() == 0)
                          m_records->addItem(tr("No records"));
                  });
    }
}

void PatientsTab::addPatient()
{
    auto *dialog = new PatientDialog(m_api, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT notify(tr("Registered %1 (%2).")
                          .arg(dialog->saved().value(QStringLiteral("name")).toString(),
                               dialog->saved().value(QStringLiteral("mrn")).toString()),
                      false);
        refresh();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void PatientsTab::editPatient()
{
    const QJsonObject p = selectedPatient();
    if (p.isEmpty())
        return;
    // Edit what is on the server now, with its version for If-Match.
    m_api.get(QStringLiteral("/api/patients/%1").arg(p.value(QStringLiteral("id")).toInteger()), this,
              [this](const ApiResult &result) {
                  if (!result.ok()) {
                      Q_EMIT notify(result.message, true);
                      return;
                  }
                  auto *dialog = new PatientDialog(m_api, result.json, this);
                  dialog->setAttribute(Qt::WA_DeleteOnClose);
                  connect(dialog, &QDialog::accepted, this, [this] {
                      Q_EMIT notify(tr("Saved."), false);
                      refresh();
                  });
                  dialog->open();
                  Q_EMIT dialogOpened(dialog);
              });
}

void PatientsTab::archivePatient()
{
    const QJsonObject p = selectedPatient();
    if (p.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Archive patient"),
        tr("Archive %1 (%2)? They disappear from lists; their appointments and records are kept.")
            .arg(p.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("mrn")).toString()));
    if (answer != QMessageBox::Yes)
        return;
    m_api.del(QStringLiteral("/api/patients/%1").arg(p.value(QStringLiteral("id")).toInteger()), this,
              [this](const ApiResult &result) {
                  Q_EMIT notify(result.ok() ? tr("Patient archived.") : result.message, !result.ok());
                  refresh();
              });
}

} // namespace hms::client
