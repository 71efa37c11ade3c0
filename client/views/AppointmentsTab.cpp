#include "AppointmentsTab.h"

#include "AppointmentDialog.h"
#include "ReasonDialog.h"
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
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("appointmentsTab"));
    auto *previous = new QPushButton(QIcon(QStringLiteral(":/icons/chevron-left.svg")), QString(), this);
    previous->setAccessibleName(tr("Previous day"));
    previous->setToolTip(tr("Previous day"));
    auto *today = new QPushButton(tr("Today"), this);
    today->setAccessibleName(tr("Today"));
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
    bookButton->setAccessibleName(tr("Book"));
    bookButton->setToolTip(tr("Book an appointment (Ctrl+N)"));
    m_reschedule->setObjectName(QStringLiteral("rescheduleButton"));
    m_reschedule->setAccessibleName(tr("Reschedule"));
    m_reschedule->setToolTip(tr("Change the doctor, time, duration or reason"));

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
        button->setAccessibleName(QString(tr(m.label)).remove(QLatin1Char('&')));
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

    // The selected appointment in full, with why it was cancelled or missed.
    m_details->setObjectName(QStringLiteral("appointmentDetails"));
    m_details->setAccessibleName(tr("Appointment details"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
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
    connect(m_table, &DataTable::rowActivated, this, [this] {
        if (const std::optional<Appointment> a = selected())
            Q_EMIT patientChartRequested(a->patientId);
    });
    connect(m_table, &DataTable::selectedChanged, this, &AppointmentsTab::updateActions);
    connect(m_table, &DataTable::selectedChanged, this, &AppointmentsTab::showDetails);
    connect(m_model, &CursorTableModel::loadFailed, this,
            [this](const QString &message) { Q_EMIT notify(message, true); });

    m_api.doctors(this, [this](const Reply<QList<User>> &reply) {
        if (!reply.ok())
            return;
        m_doctors = reply.value;
        for (const User &doctor : std::as_const(m_doctors))
            m_doctor->addItem(doctor.fullName, doctor.id);
        if (m_ownDoctor > 0)
            setDoctorFilter(m_ownDoctor);
        Q_EMIT doctorsLoaded();
    });
    updateActions();
    showDetails();
    refresh();
}

void AppointmentsTab::showDoctorDay(qint64 doctorId)
{
    m_ownDoctor = doctorId;
    setDay(QDate::currentDate());
    if (m_doctor->findData(doctorId) >= 0)
        setDoctorFilter(doctorId);
}

void AppointmentsTab::showDetails()
{
    const std::optional<Appointment> a = selected();
    if (!a) {
        m_details->setText(tr("Select an appointment to see its details."));
        return;
    }
    QString text = tr("%1 with %2, %3 to %4: %5")
                       .arg(a->patientName, a->doctorName, formats::dateTime(a->start),
                            formats::time(a->end()), appointmentStatusLabel(a->status));
    if (!a->reason.isEmpty())
        text += QLatin1Char('\n') + tr("Reason for the visit: %1").arg(a->reason);
    if (!a->statusReason.isEmpty())
        text += QLatin1Char('\n') + tr("%1: %2").arg(appointmentStatusLabel(a->status), a->statusReason);
    m_details->setText(text);
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
    if (!appointmentStatusInfo(status).needsReason) {
        send(*a, status, {});
        return;
    }
    // Cancelling and marking a no-show are final: confirm, naming the visit, and say why.
    const bool cancel = status == AppointmentStatus::Cancelled;
    const QString when = formats::dateTime(a->start);
    auto *dialog = new ReasonDialog(
        cancel ? tr("Cancel appointment") : tr("Mark as no-show"),
        cancel ? tr("Cancel %1's appointment with %2 on %3? This cannot be undone.")
                     .arg(a->patientName, a->doctorName, when)
               : tr("Mark %1 as not having come to the appointment with %2 on %3? This cannot be undone.")
                     .arg(a->patientName, a->doctorName, when),
        cancel ? tr("Cancel appointment") : tr("Mark no-show"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, appointment = *a, status, dialog] { send(appointment, status, dialog->reason()); });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AppointmentsTab::send(const Appointment &appointment, AppointmentStatus status, const QString &reason)
{
    const qint64 id = appointment.id;
    auto done = [this, id](const Reply<Appointment> &reply) {
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
    };
    if (status == AppointmentStatus::Cancelled)
        m_api.cancelAppointment(id, appointment.version, reason, this, done);
    else if (status == AppointmentStatus::NoShow)
        m_api.markNoShow(id, appointment.version, reason, this, done);
    else
        m_api.moveAppointment(id, appointment.version, status, reason, this, done);
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
            // Show the day of the new booking, with it selected.
            m_table->selectId(dialog->saved().id);
            if (const QDate booked = dialog->saved().start.toLocalTime().date(); booked != day())
                setDay(booked);
            else
                refresh();
        });
}

void AppointmentsTab::reschedule()
{
    const std::optional<Appointment> a = selected();
    if (!a || isFinalAppointmentStatus(a->status))
        return;
    auto *dialog = new AppointmentDialog(m_api.transport(), m_doctors, *a, this);
    connect(dialog, &AppointmentDialog::nothingChanged, this,
            [this] { Q_EMIT notify(tr("Nothing changed: the appointment is as it was."), false); });
    openDialog(
        dialog, [] { return tr("Rescheduled."); }, [this] { refresh(); });
}

} // namespace hms::client
