#include "AppointmentsTab.h"

#include "AppointmentDialog.h"
#include "api/ApiClient.h"
#include "models/TableModels.h"
#include "shared/Appointment.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace hms::client {

AppointmentsTab::AppointmentsTab(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new AppointmentTableModel(api, this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_doctor(new QComboBox(this))
    , m_span(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
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
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
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
    m_status->addItem(tr("Any status"), QString());
    for (const QString &status : appointmentStatusNames())
        m_status->addItem(AppointmentTableModel::statusLabel(status), status);
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
        const char *status;
        const char *label;
        const char *icon;
    } moves[] = {{"checked_in", QT_TR_NOOP("Check &in"), "user-check"},
                 {"completed", QT_TR_NOOP("&Complete"), "circle-check"},
                 {"cancelled", QT_TR_NOOP("Cance&l"), "calendar-x"},
                 {"no_show", QT_TR_NOOP("&No-show"), "circle-x"}};
    for (const auto &m : moves) {
        const QString status = QString::fromLatin1(m.status);
        auto *button = new QPushButton(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(m.icon))),
                                       tr(m.label), this);
        button->setObjectName(QStringLiteral("status_") + status);
        connect(button, &QPushButton::clicked, this, [this, status] { move(status); });
        m_statusButtons.insert(status, button);
        actions->addWidget(button);
    }
    actions->addStretch();
    m_summary->setObjectName(QStringLiteral("daySummary"));
    m_summary->setStyleSheet(QStringLiteral("color: #64748b;"));
    actions->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("appointmentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Appointments of the day"));
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AppointmentTableModel::Reason, QHeaderView::Stretch);

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
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppointmentsTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AppointmentsTab::updateActions);
    connect(m_model, &CursorTableModel::pageLoaded, this,
            [this] { m_summary->setText(tr("%n appointment(s)", nullptr, m_model->rowCount())); });

    m_api.get(QStringLiteral("/api/doctors"), this, [this](const ApiResult &result) {
        if (!result.ok())
            return;
        m_doctors = result.items();
        for (const QJsonValue value : std::as_const(m_doctors))
            m_doctor->addItem(value.toObject().value(QStringLiteral("full_name")).toString(),
                              value.toObject().value(QStringLiteral("id")).toInteger());
        Q_EMIT doctorsLoaded();
    });
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

void AppointmentsTab::setStatusFilter(const QString &status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void AppointmentsTab::setSpanDays(int days)
{
    m_span->setCurrentIndex(qMax(0, m_span->findData(days)));
}

void AppointmentsTab::refresh()
{
    // The local day, sent as instants with the local offset.
    const QDateTime start(day(), QTime(0, 0));
    const QDateTime end(day().addDays(m_span->currentData().toInt()), QTime(0, 0));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"),
                       start.toOffsetFromUtc(start.offsetFromUtc()).toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), end.toOffsetFromUtc(end.offsetFromUtc()).toString(Qt::ISODate));
    if (const qint64 doctor = m_doctor->currentData().toLongLong(); doctor > 0)
        query.addQueryItem(QStringLiteral("doctor_id"), QString::number(doctor));
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    m_model->setSource(QStringLiteral("/api/appointments"), query);
}

QJsonObject AppointmentsTab::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QJsonObject() : m_model->rowObject(rows.first().row());
}

void AppointmentsTab::selectRow(int row)
{
    m_table->selectRow(row);
}

void AppointmentsTab::updateActions()
{
    const QJsonObject a = selected();
    const auto status = appointmentStatusFromName(a.value(QStringLiteral("status")).toString());
    const QList<AppointmentStatus> allowed =
        a.isEmpty() || !status ? QList<AppointmentStatus>{} : nextAppointmentStatuses(*status);
    for (auto it = m_statusButtons.cbegin(); it != m_statusButtons.cend(); ++it)
        it.value()->setEnabled(allowed.contains(*appointmentStatusFromName(it.key())));
    m_reschedule->setEnabled(!a.isEmpty() && status && !isFinalAppointmentStatus(*status));
}

void AppointmentsTab::move(const QString &status)
{
    const QJsonObject a = selected();
    if (a.isEmpty())
        return;
    m_api.put(QStringLiteral("/api/appointments/%1").arg(a.value(QStringLiteral("id")).toInteger()),
              {{QStringLiteral("status"), status}}, a.value(QStringLiteral("version")).toInt(), this,
              [this](const ApiResult &result) {
                  if (result.ok())
                      Q_EMIT notify(
                          tr("%1: %2").arg(result.json.value(QStringLiteral("patient_name")).toString(),
                                           AppointmentTableModel::statusLabel(
                                               result.json.value(QStringLiteral("status")).toString())),
                          false);
                  else
                      Q_EMIT notify(result.status == 412
                                        ? tr("Someone changed this appointment; the day was reloaded.")
                                        : result.message,
                                    true);
                  const qint64 id = result.json.value(QStringLiteral("id")).toInteger();
                  refresh();
                  connect(
                      m_model, &CursorTableModel::pageLoaded, this,
                      [this, id] {
                          if (const int row = m_model->rowOfId(id); row >= 0)
                              selectRow(row);
                      },
                      Qt::SingleShotConnection);
              });
}

void AppointmentsTab::book()
{
    auto *dialog = new AppointmentDialog(m_api, m_doctors, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const qint64 doctor = m_doctor->currentData().toLongLong(); doctor > 0)
        dialog->setDoctor(doctor);
    if (day() > QDate::currentDate())
        dialog->setStart(QDateTime(day(), QTime(9, 0)));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT notify(tr("Booked %1 with %2.")
                          .arg(dialog->saved().value(QStringLiteral("patient_name")).toString(),
                               dialog->saved().value(QStringLiteral("doctor_name")).toString()),
                      false);
        refresh();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

void AppointmentsTab::reschedule()
{
    const QJsonObject a = selected();
    if (a.isEmpty())
        return;
    auto *dialog = new AppointmentDialog(m_api, m_doctors, a, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        Q_EMIT notify(tr("Rescheduled."), false);
        refresh();
    });
    dialog->open();
    Q_EMIT dialogOpened(dialog);
}

} // namespace hms::client
