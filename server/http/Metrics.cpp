#include "Metrics.h"

#include "ConnectionGate.h"

#include <QMutexLocker>
#include <QStringList>

namespace hms::server {

void Metrics::recordRequest(const QString &route, const QByteArray &method, int status, double seconds)
{
    const QString key =
        route + QLatin1Char('\t') + QString::fromLatin1(method) + QLatin1Char('\t') + QString::number(status);
    QMutexLocker lock(&m_mutex);
    ++m_requests[key];
    Histogram &histogram = m_latency[route];
    for (size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++histogram.counts[i];
    }
    ++histogram.count;
    histogram.sum += seconds;
}

QByteArray Metrics::render(qint64 activeSessions, quint64 databaseReconnects) const
{
    QByteArray out;
    out += "# HELP hms_build_info The running hms-server's version.\n"
           "# TYPE hms_build_info gauge\n"
           "hms_build_info{version=\"" HMS_VERSION "\",qt=\"" QT_VERSION_STR "\"} 1\n";
    out += "# HELP hms_http_requests_total HTTP requests by route, method and status.\n"
           "# TYPE hms_http_requests_total counter\n";
    QMutexLocker lock(&m_mutex);
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\t'));
        out += "hms_http_requests_total{route=\"" + parts[0].toUtf8() + "\",method=\"" + parts[1].toUtf8() +
            "\",status=\"" + parts[2].toUtf8() + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP hms_http_request_duration_seconds Request latency by route.\n"
           "# TYPE hms_http_request_duration_seconds histogram\n";
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QByteArray route = it.key().toUtf8();
        for (size_t i = 0; i < Buckets.size(); ++i) {
            out += "hms_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"" +
                QByteArray::number(Buckets[i]) + "\"} " + QByteArray::number(it->counts[i]) + '\n';
        }
        out += "hms_http_request_duration_seconds_bucket{route=\"" + route + "\",le=\"+Inf\"} " +
            QByteArray::number(it->count) + '\n';
        out += "hms_http_request_duration_seconds_sum{route=\"" + route + "\"} " +
            QByteArray::number(it->sum, 'f', 6) + '\n';
        out += "hms_http_request_duration_seconds_count{route=\"" + route + "\"} " +
            QByteArray::number(it->count) + '\n';
    }
    lock.unlock();
    out += "# HELP hms_database_errors_total Failed database statements and connections.\n"
           "# TYPE hms_database_errors_total counter\n"
           "hms_database_errors_total " +
        QByteArray::number(m_databaseErrors.load()) + '\n';
    out += "# HELP hms_database_reconnects_total Database connections re-established after a loss.\n"
           "# TYPE hms_database_reconnects_total counter\n"
           "hms_database_reconnects_total " +
        QByteArray::number(databaseReconnects) + '\n';
    out += "# HELP hms_active_sessions Sessions that are neither expired nor ended.\n"
           "# TYPE hms_active_sessions gauge\n"
           "hms_active_sessions " +
        QByteArray::number(activeSessions) + '\n';
    if (m_gate) {
        out += "# HELP hms_http_connections_open Open HTTP connections.\n"
               "# TYPE hms_http_connections_open gauge\n"
               "hms_http_connections_open " +
            QByteArray::number(m_gate->openConnections()) + '\n';
        out += "# HELP hms_http_connections_refused_total Connections closed when accepted: over the "
               "process's or the client address's cap.\n"
               "# TYPE hms_http_connections_refused_total counter\n"
               "hms_http_connections_refused_total " +
            QByteArray::number(m_gate->refusedConnections()) + '\n';
        out += "# HELP hms_http_connections_stalled_total Connections closed for sending headers or a body "
               "too slowly.\n"
               "# TYPE hms_http_connections_stalled_total counter\n"
               "hms_http_connections_stalled_total " +
            QByteArray::number(m_gate->stalledConnections()) + '\n';
    }
    return out;
}

} // namespace hms::server
