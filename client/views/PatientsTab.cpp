#include "PatientsTab.h"

#include "PatientDialog.h"
#include "app/Formats.h"
#include "models/TableModels.h"
#include "shared/Labels.h"
#include "shared/Permission.h"
#include "widgets/DataTable.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace hms::client {

PatientsTab::PatientsTab(ApiClient &api, Role role, QWidget *parent)
    : ListTab(api, parent)
    , m_role(role)
    , m_model(new PatientTableModel(api, this))
    , m_search(new QLineEdit(this))
    , m_table(new DataTable(QStringLiteral("patientsTable"), this))
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
    add->setAccessibleName(tr("New patient"));
    m_edit->setAccessibleName(tr("Edit patient"));
    m_archive->setAccessibleName(tr("Archive patient"));
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_archive->setObjectName(QStringLiteral("archivePatientButton"));
    m_archive->setVisible(roleHasPermission(role, Permission::PatientsArchive));
    m_edit->setEnabled(false);
    m_archive->setEnabled(false);

    m_table->setListModel(m_model);
    m_table->setStretchColumn(PatientTableModel::Name);
    m_table->setAccessibleName(tr("Patients"));
    m_table->setCountText([](qint64 total) { return tr("%n patient(s)", nullptr, int(total)); });

    m_details->setObjectName(QStringLiteral("patientDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAccessibleName(tr("Patient details"));
    m_appointments->setObjectName(QStringLiteral("upcomingAppointments"));
    m_appointments->setAccessibleName(tr("Upcoming appointments"));
    m_records->setObjectName(QStringLiteral("patientRecords"));
    m_records->setAccessibleName(tr("Medical records"));
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
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_table->statusLine());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(list);
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
    connect(m_table, &DataTable::rowActivated, this, &PatientsTab::editPatient);
    connect(m_table, &DataTable::selectedChanged, this, &PatientsTab::showDetails);
    connect(m_model, &CursorTableModel::loadFailed, this,
            [this](const QString &message) { Q_EMIT notify(message, true); });
    showDetails();
    search();
}

void PatientsTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatientsTab::refresh()
{
    m_model->reload();
}

void PatientsTab::search()
{
    m_model->search(m_search->text());
}

std::optional<Patient> PatientsTab::selectedPatient() const
{
    const int row = m_table->selectedRow();
    return row < 0 ? std::nullopt : std::optional<Patient>(m_model->row(row));
}

void PatientsTab::showPatient(qint64 patientId)
{
    m_api.patient(patientId, this, [this](const Reply<Patient> &reply) {
        if (!reply.ok()) {
            Q_EMIT notify(reply.message(), true);
            return;
        }
        m_debounce->stop();
        m_search->blockSignals(true);
        m_search->setText(reply.value.mrn);
        m_search->blockSignals(false);
        m_table->selectId(reply.value.id);
        search();
    });
}

void PatientsTab::showDetails()
{
    const std::optional<Patient> p = selectedPatient();
    m_edit->setEnabled(p.has_value());
    m_archive->setEnabled(p.has_value());
    const qint64 id = p ? p->id : 0;
    if (id == m_shownId && id > 0)
        return; // the same patient, selected again after a reload
    m_shownId = id;
    const quint64 shown = ++m_detailsShown;
    m_appointments->clear();
    m_records->clear();
    if (!p) {
        m_details->setText(tr("<p style='color:#64748b'>Select a patient to see their details.</p>"));
        return;
    }
    auto line = [](const QString &label, const QString &value) {
        return value.isEmpty()
            ? QString()
            : QStringLiteral("<tr><td style='color:#64748b;padding-right:12px'>%1</td><td>%2</td></tr>")
                  .arg(label, value.toHtmlEscaped());
    };
    m_details->setText(
        QStringLiteral("<h2 style='margin:0'>%1</h2><p style='color:#64748b;margin-top:2px'>%2</p><table>")
            .arg(p->name.toHtmlEscaped(), p->mrn) +
        line(tr("Born"), formats::date(p->dateOfBirth)) + line(tr("Sex"), labels::sex(p->sex)) +
        line(tr("Phone"), p->phone) + line(tr("Email"), p->email) + line(tr("Address"), p->address) +
        line(tr("Blood group"), p->bloodGroup) + QStringLiteral("</table>"));
    AppointmentFilter upcoming;
    upcoming.patientId = id;
    upcoming.from = QDateTime::currentDateTimeUtc();
    upcoming.statuses = {AppointmentStatus::Scheduled, AppointmentStatus::CheckedIn};
    PageRequest page;
    page.limit = 10;
    m_api.appointments(upcoming, page, this, [this, shown](const Reply<Page<Appointment>> &reply) {
        if (m_detailsShown != shown || !reply.ok())
            return;
        for (const Appointment &a : reply.value.items)
            m_appointments->addItem(
                QStringLiteral("%1 — %2 (%3)")
                    .arg(formats::dateTime(a.start), a.doctorName, appointmentStatusLabel(a.status)));
        if (m_appointments->count() == 0)
            m_appointments->addItem(tr("No upcoming appointments"));
    });
    if (roleHasPermission(m_role, Permission::RecordsRead)) {
        m_api.records(id, page, this, [this, shown](const Reply<Page<MedicalRecord>> &reply) {
            if (m_detailsShown != shown || !reply.ok())
                return;
            for (const MedicalRecord &r : reply.value.items)
                m_records->addItem(QStringLiteral("%1 — %2").arg(formats::date(r.recordDate), r.diagnosis));
            if (m_records->count() == 0)
                m_records->addItem(tr("No records"));
        });
    }
}

void PatientsTab::addPatient()
{
    auto *dialog = new PatientDialog(m_api.transport(), {}, this);
    openDialog(
        dialog, [dialog] { return tr("Registered %1 (%2).").arg(dialog->saved().name, dialog->saved().mrn); },
        [this, dialog] {
            m_table->selectId(dialog->saved().id);
            refresh();
        });
}

void PatientsTab::editPatient()
{
    const std::optional<Patient> p = selectedPatient();
    if (!p)
        return;
    // Edit what is on the server now, with its version for If-Match.
    m_api.patient(p->id, this, [this](const Reply<Patient> &reply) {
        if (!reply.ok()) {
            Q_EMIT notify(reply.message(), true);
            return;
        }
        openDialog(
            new PatientDialog(m_api.transport(), reply.value, this), [] { return tr("Saved."); },
            [this] { refresh(); });
    });
}

void PatientsTab::archivePatient()
{
    const std::optional<Patient> p = selectedPatient();
    if (!p)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Archive patient"),
        tr("Archive %1 (%2)? They disappear from lists; their appointments and records are kept.")
            .arg(p->name, p->mrn));
    if (answer != QMessageBox::Yes)
        return;
    m_api.archivePatient(p->id, this, [this](const ApiResult &result) {
        report(result, tr("Patient archived."));
        refresh();
    });
}

} // namespace hms::client
