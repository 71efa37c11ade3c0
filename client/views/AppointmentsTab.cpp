#include "AppointmentsTab.h"

#include "AppointmentDialog.h"
#include "app/Formats.h"
#include "models/TableModels.h"
#include "widgets/DataTable.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hms::client {

AppointmentsTab::AppointmentsTab(ApiClient &api, QWidget *parent)
    : ListTab(api, parent)
    , m_model(new AppointmentTableModel(api, this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_doctor(new QComboBox(this))
    , m_span(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_table(new DataTable(QStringLiteral("appointmentsTable"), this))
    , m_reschedule(
          new QPushButton(QIcon(QStringLiteral(":/icons/calendar-clock.svg")), tr("&Reschedule"), this))
{
    setObjectName(QStringLiteral("appointmentsTab"));
    auto *previous = new QPushButton(QIcon(QStringLiteral(":/icons/chevron-left.svg")), QString(), this);
    previous->setAccessibleName(tr("Previous day"));
    previous->setToolTip(tr("Previous day"));
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QPushButton(QIcon(QStringLiteral(":/icons/chevron-right.svg")), QString(), this);
    next->setAccessibleName(tr("Next day"));
    next->setToolTip(tr("Next day"));
    m_date->setObjectName(QStringLiteral("dayEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd ") + formats::dateFormat());
    // Room for the longest weekday and date, which the spin box's own size hint does not leave.
    m_date->setMinimumWidth(m_date->fontMetrics().horizontalAdvance(
                                QLocale().toString(QDate(2026, 9, 30), m_date->displayFormat())) +
                            48);
    m_date->setAccessibleName(tr("Day"));
    m_doctor->setObjectName(QStringLiteral("doctorFilter"));
    m_doctor->setAccessibleName(tr("Doctor"));
    m_doctor->addItem(tr("All doctors"), 0);
    m_span->setObjectName(QStringLiteral("spanFilter"));
    m_span->setAccessibleName(tr("Period"));
    m_span->addItem(tr("Day"), 1);
    m_span->addItem(tr("Week"), 7);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), -1);
    for (const AppointmentStatusInfo &info : appointmentStatuses())
        m_status->addItem(appointmentStatusLabel(info.status), int(info.status));
    auto *bookButton = new QPushButton(QIcon(QStringLiteral(":/icons/plus.svg")), tr("&Book"), this);
    bookButton->setObjectName(QStringLiteral("bookButton"));
    bookButton->setToolTip(tr("Book an appointment (Ctrl+N)"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(today);
    top->addWidget(next);
    top->addWidget(m_date);
    top->addWidget(m_span);
    top->addWidget(m_doctor);
    top->addWidget(m_status);
    top->addStretch();
    top->addWidget(bookButton);
    top->addWidget(m_reschedule);

    auto *actions = new QHBoxLayout;
    const struct
    {
        AppointmentStatus status;
        const char *label;
        const char *icon;
    } moves[] = {{AppointmentStatus::CheckedIn, QT_TR_NOOP("Check &in"), "user-check"},
                 {AppointmentStatus::Completed, QT_TR_NOOP("&Complete"), "circle-check"},
                 {AppointmentStatus::Cancelled, QT_TR_NOOP("Cance&l"), "calendar-x"},
                 {AppointmentStatus::NoShow, QT_TR_NOOP("&No-show"), "circle-x"}};
    for (const auto &m : moves) {
        auto *button = new QPushButton(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(m.icon))),
                                       tr(m.label), this);
        button->setObjectName(QStringLiteral("status_") + appointmentStatusName(m.status));
        connect(button, &QPushButton::clicked, this, [this, status = m.status] { move(status); });
        m_statusButtons.insert(m.status, button);
        actions->addWidget(button);
    }
    actions->addStretch();
    m_table->statusLine()->setObjectName(QStringLiteral("daySummary"));
    actions->addWidget(m_table->statusLine());

    m_table->setListModel(m_model);
    m_table->setStretchColumn(AppointmentTableModel::Reason);
    m_table->setAccessibleName(tr("Appointments of the day"));
    m_table->setCountText([](qint64 total) { return tr("%n appointment(s)", nullptr, int(total)); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(previous, &QPushButton::clicked, this, [this] { setDay(day().addDays(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setDay(day().addDays(1)); });
    connect(today, &QPushButton::clicked, this, [this] { setDay(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, this, &AppointmentsTab::refresh);
    connect(m_doctor, &QComboBox::currentIndexChanged, this, &AppointmentsTab::refresh);
    connect(m_span, &QComboBox::currentIndexChanged, this, &AppointmentsTab::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &AppointmentsTab::refresh);
    connect(bookButton, &QPushButton::clicked, this, &AppointmentsTab::book);
    connect(m_reschedule, &QPushButton::clicked, this, &AppointmentsTab::reschedule);
    connect(m_table, &DataTable::rowActivated, this, &AppointmentsTab::reschedule);
    connect(m_table, &DataTable::selectedChanged, this, &AppointmentsTab::updateActions);
    connect(m_model, &CursorTableModel::loadFailed, this,
            [this](const QString &message) { Q_EMIT notify(message, true); });

    m_api.doctors(this, [this](const Reply<QList<User>> &reply) {
        if (!reply.ok())
            return;
        m_doctors = reply.value;
        for (const User &doctor : std::as_const(m_doctors))
            m_doctor->addItem(doctor.fullName, doctor.id);
        Q_EMIT doctorsLoaded();
    });
    updateActions();
    refresh();
}

QDate AppointmentsTab::day() const
{
    return m_date->date();
}

void AppointmentsTab::setDay(const QDate &day)
{
    m_date->setDate(day);
}

void AppointmentsTab::setDoctorFilter(qint64 doctorId)
{
    m_doctor->setCurrentIndex(qMax(0, m_doctor->findData(doctorId)));
}

void AppointmentsTab::setStatusFilter(std::optional<AppointmentStatus> status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status ? int(*status) : -1)));
}

void AppointmentsTab::setSpanDays(int days)
{
    m_span->setCurrentIndex(qMax(0, m_span->findData(days)));
}

QString AppointmentsTab::summary() const
{
    return m_table->statusLine()->text();
}

void AppointmentsTab::refresh()
{
    // The local day (or week), from local midnight to local midnight.
    AppointmentFilter filter;
    filter.from = QDateTime(day(), QTime(0, 0));
    filter.to = QDateTime(day().addDays(m_span->currentData().toInt()), QTime(0, 0));
    filter.doctorId = m_doctor->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.statuses = {AppointmentStatus(status)};
    m_model->setFilter(filter);
}

std::optional<Appointment> AppointmentsTab::selected() const
{
    const int row = m_table->selectedRow();
    return row < 0 ? std::nullopt : std::optional<Appointment>(m_model->row(row));
}

void AppointmentsTab::selectRow(int row)
{
    m_table->selectRow(row);
}

void AppointmentsTab::updateActions()
{
    const std::optional<Appointment> a = selected();
    const QList<AppointmentStatus> allowed =
        a ? nextAppointmentStatuses(a->status) : QList<AppointmentStatus>{};
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it)
        it.value()->setEnabled(allowed.contains(it.key()));
    m_reschedule->setEnabled(a && !isFinalAppointmentStatus(a->status));
}

void AppointmentsTab::move(AppointmentStatus status)
{
    const std::optional<Appointment> a = selected();
    if (!a)
        return;
    const qint64 id = a->id;
    m_api.moveAppointment(id, a->version, status, {}, this, [this, id](const Reply<Appointment> &reply) {
        if (reply.ok())
            Q_EMIT notify(
                tr("%1: %2").arg(reply.value.patientName, appointmentStatusLabel(reply.value.status)), false);
        else
            Q_EMIT notify(reply.result.status == 412
                              ? tr("Someone changed this appointment; the day was reloaded.")
                              : reply.message(),
                          true);
        m_table->selectId(id);
        refresh();
    });
}

void AppointmentsTab::book()
{
    auto *dialog = new AppointmentDialog(m_api.transport(), m_doctors, {}, this);
    if (const qint64 doctor = m_doctor->currentData().toLongLong(); doctor > 0)
        dialog->setDoctor(doctor);
    if (day() > QDate::currentDate())
        dialog->setStart(QDateTime(day(), QTime(9, 0)));
    openDialog(
        dialog,
        [dialog] {
            return tr("Booked %1 with %2.").arg(dialog->saved().patientName, dialog->saved().doctorName);
        },
        [this, dialog] {
            m_table->selectId(dialog->saved().id);
            refresh();
        });
}

void AppointmentsTab::reschedule()
{
    const std::optional<Appointment> a = selected();
    if (!a || isFinalAppointmentStatus(a->status))
        return;
    openDialog(
        new AppointmentDialog(m_api.transport(), m_doctors, *a, this), [] { return tr("Rescheduled."); },
        [this] { refresh(); });
}

} // namespace hms::client
