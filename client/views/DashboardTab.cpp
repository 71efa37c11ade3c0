#include "DashboardTab.h"

#include "api/ClinicApi.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace hms::client {

class AppointmentsChart : public QChartView
{
public:
    explicit AppointmentsChart(QWidget *parent)
        : QChartView(parent)
    {
        setObjectName(QStringLiteral("appointmentsChart"));
        setRenderHint(QPainter::Antialiasing);
        setMinimumHeight(260);
        chart()->setTitle(QObject::tr("Appointments per day"));
        chart()->legend()->hide();
        chart()->setBackgroundRoundness(8);
    }

    void setDays(const QList<QPair<QDate, int>> &days)
    {
        auto *set = new QBarSet(QObject::tr("Appointments"));
        set->setColor(QColor(0x2563eb));
        QStringList labels;
        int maximum = 1;
        const QDate today = QDate::currentDate();
        for (const auto &[date, count] : days) {
            *set << count;
            maximum = qMax(maximum, count);
            labels << (date == today ? QObject::tr("Today")
                                     : QLocale().toString(date, QStringLiteral("ddd d")));
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        QChart *c = chart();
        c->removeAllSeries();
        for (QAbstractAxis *axis : c->axes())
            c->removeAxis(axis);
        c->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(labels);
        auto *y = new QValueAxis;
        const int top = (maximum + 4) / 4 * 4; // a multiple of 4: the five ticks fall on whole numbers
        y->setRange(0, top);
        y->setLabelFormat(QStringLiteral("%d"));
        c->addAxis(x, Qt::AlignBottom);
        c->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
    }
};

namespace {
QFrame *card(QWidget *parent, const QString &title, QLabel *&value, const QString &objectName,
             const QString &colour)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("card"));
    frame->setStyleSheet(
        QStringLiteral("QFrame#card { background: white; border: 1px solid #e2e8f0; border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(frame);
    auto *caption = new QLabel(title, frame);
    caption->setStyleSheet(QStringLiteral("color: #64748b;"));
    value = new QLabel(QStringLiteral("–"), frame);
    value->setObjectName(objectName);
    value->setStyleSheet(QStringLiteral("font-size: 22pt; font-weight: 600; color: %1;").arg(colour));
    layout->addWidget(caption);
    layout->addWidget(value);
    return frame;
}
} // namespace

DashboardTab::DashboardTab(ApiClient &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_patients(nullptr)
    , m_records(nullptr)
    , m_chart(new AppointmentsChart(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardTab"));
    auto *cards = new QGridLayout;
    int column = 0;
    for (const AppointmentStatusInfo &info : appointmentStatuses()) {
        QLabel *value = nullptr;
        cards->addWidget(card(this, tr("Today: %1").arg(appointmentStatusLabel(info.status)), value,
                              QStringLiteral("today_") + appointmentStatusName(info.status), info.colour),
                         0, column++);
        m_counts.insert(info.status, value);
    }
    cards->addWidget(
        card(this, tr("Patients"), m_patients, QStringLiteral("patientsTotal"), QStringLiteral("#0f172a")), 1,
        0);
    cards->addWidget(card(this, tr("My records, last 7 days"), m_records, QStringLiteral("recordsWeek"),
                          QStringLiteral("#0f172a")),
                     1, 1);
    m_records->parentWidget()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cards);
    layout->addWidget(m_chart, 1);

    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DashboardTab::refresh);
    m_timer->start();
    refresh();
}

void DashboardTab::refresh()
{
    const int offset = QDateTime::currentDateTime().offsetFromUtc() / 60;
    m_api.stats(offset, this, [this](const Reply<Stats> &reply) {
        if (!reply.ok())
            return;
        const Stats &stats = reply.value;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            it.value()->setText(QString::number(stats.today.value(it.key())));
        m_patients->setText(QLocale().toString(stats.patientsTotal));
        if (stats.recordsLast7Days) {
            m_records->setText(QString::number(*stats.recordsLast7Days));
            m_records->parentWidget()->show();
        }
        m_chart->setDays(stats.byDay);
        Q_EMIT refreshed();
    });
}

} // namespace hms::client
