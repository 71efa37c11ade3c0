#include "Worker.h"

#include "api/AppointmentsApi.h"
#include "api/AuthApi.h"
#include "api/OperationsApi.h"
#include "api/PatientsApi.h"
#include "api/RecordsApi.h"
#include "api/Routes.h"
#include "api/UsersApi.h"
#include "audit/AuditTrail.h"
#include "config/ServerConfig.h"
#include "http/Dispatcher.h"
#include "http/HttpDaemon.h"
#include "http/ListeningSocket.h"
#include "http/Router.h"
#include "services/AppointmentService.h"
#include "services/AuthService.h"
#include "services/PatientService.h"
#include "services/RecordService.h"
#include "services/StaffService.h"
#include "services/StatsService.h"
#include "storage/Database.h"

#include <QHostAddress>
#include <QSslKey>
#include <QTimer>
#include <unistd.h>

namespace hms::server {

namespace {
std::optional<TlsMaterial> tlsMaterial(const std::optional<QSslConfiguration> &tls)
{
    if (!tls)
        return std::nullopt;
    TlsMaterial material;
    for (const QSslCertificate &certificate : tls->localCertificateChain())
        material.certificateChainPem += certificate.toPem();
    if (material.certificateChainPem.isEmpty())
        material.certificateChainPem = tls->localCertificate().toPem();
    material.privateKeyPem = tls->privateKey().toPem();
    return material;
}
} // namespace

// Everything one worker owns, in dependency order.
struct WorkerParts
{
    WorkerParts(const DatabaseUrl &url, int index, const ServerConfig &config, PasswordHasher &hasher,
                Metrics &metrics, const Clock &clock)
        : db(url, QStringLiteral("hms-worker-%1").arg(index))
        , readLog(url, QStringLiteral("hms-worker-%1-reads").arg(index), Database::Durability::Relaxed)
        , patients(db, &readLog)
        , appointments(db, &readLog)
        , records(db, &readLog)
        , auth(db, hasher, config.sessions, clock, &readLog)
        , staff(db, hasher)
        , stats(db)
        , audit(db)
        , authApi(auth)
        , patientsApi(patients, appointments, records)
        , appointmentsApi(appointments)
        , recordsApi(records)
        , operationsApi(db, metrics, staff, stats)
        , usersApi(staff, audit)
        , dispatcher(router, config.http, auth, audit, db, metrics)
    {
        registerRoutes(router,
                       Apis{authApi, patientsApi, appointmentsApi, recordsApi, operationsApi, usersApi});
    }

    Database db;
    Database readLog; // the audit entries of reads, and sessions' activity
    PatientService patients;
    AppointmentService appointments;
    RecordService records;
    AuthService auth;
    StaffService staff;
    StatsService stats;
    AuditTrail audit;
    AuthApi authApi;
    PatientsApi patientsApi;
    AppointmentsApi appointmentsApi;
    RecordsApi recordsApi;
    OperationsApi operationsApi;
    UsersApi usersApi;
    Router router;
    Dispatcher dispatcher;
    std::unique_ptr<HttpDaemon> http;
    // Daemons that stopped accepting (the TLS certificate was renewed) and
    // finish their open connections before they go.
    std::vector<std::unique_ptr<HttpDaemon>> draining;
    QTimer drainCheck; // looks every second for drained ones to release
};

Worker::Worker(int index, const ServerConfig &config, PasswordHasher &hasher, Metrics &metrics,
               ConnectionGate &gate, std::optional<QSslConfiguration> tls, Clock clock)
    : m_index(index)
    , m_config(config)
    , m_hasher(hasher)
    , m_metrics(metrics)
    , m_gate(gate)
    , m_tls(std::move(tls))
    , m_clock(std::move(clock))
{}

Worker::~Worker() = default;

Result<quint16, QString> Worker::start(quint16 port)
{
    const auto url = DatabaseUrl::parse(m_config.databaseUrl);
    if (!url)
        return url.error();
    m_parts = std::make_unique<WorkerParts>(url.value(), m_index, m_config, m_hasher, m_metrics, m_clock);
    m_parts->drainCheck.setInterval(1000);
    connect(&m_parts->drainCheck, &QTimer::timeout, this, &Worker::releaseDrainedDaemons);
    QString error;
    if (!m_parts->db.open(&error))
        return QString(QStringLiteral("cannot open the database: ") + error);
    if (!m_parts->readLog.open(&error))
        return QString(QStringLiteral("cannot open the database: ") + error);

    const auto descriptor = openListeningSocket(QHostAddress(m_config.listen), port);
    if (!descriptor)
        return QStringLiteral("cannot listen on %1:%2: %3")
            .arg(m_config.listen)
            .arg(port)
            .arg(descriptor.error());
    m_parts->http = newHttpDaemon();
    if (const auto refused = m_parts->http->start(descriptor.value(), tlsMaterial(m_tls))) {
        ::close(int(descriptor.value()));
        return *refused;
    }
    return boundPort(descriptor.value());
}

std::unique_ptr<HttpDaemon> Worker::newHttpDaemon()
{
    Dispatcher &dispatcher = m_parts->dispatcher;
    return std::make_unique<HttpDaemon>(
        [&dispatcher](const HttpRequest &request) { return dispatcher.dispatch(request); },
        [&dispatcher](int status, const QString &detail) { return dispatcher.refuse(status, detail); },
        m_config.http, m_gate);
}

void Worker::stopAccepting()
{
    if (m_parts && m_parts->http) {
        const qintptr descriptor = m_parts->http->stopAccepting();
        if (descriptor >= 0)
            ::close(int(descriptor));
    }
}

void Worker::shutdown()
{
    m_parts.reset(); // closes connections and the database in this thread
}

void Worker::reloadTls(const QSslConfiguration &tls)
{
    const std::optional<QSslConfiguration> previous = std::exchange(m_tls, tls);
    if (!m_parts || !m_parts->http)
        return;
    // A new daemon takes over the listening socket with the new certificate;
    // the old one keeps the connections it has until they close.
    const qintptr descriptor = m_parts->http->stopAccepting();
    if (descriptor < 0)
        return;
    auto renewed = newHttpDaemon();
    if (const auto error = renewed->start(descriptor, tlsMaterial(m_tls))) {
        qWarning("worker %d: %s; it goes on with the previous certificate", m_index, qUtf8Printable(*error));
        m_tls = previous;
        renewed = newHttpDaemon();
        if (renewed->start(descriptor, tlsMaterial(m_tls))) {
            ::close(int(descriptor));
            qCritical("worker %d no longer accepts connections", m_index);
            return;
        }
    }
    m_parts->draining.push_back(std::exchange(m_parts->http, std::move(renewed)));
    m_parts->drainCheck.start();
}

void Worker::releaseDrainedDaemons()
{
    if (!m_parts)
        return;
    auto &draining = m_parts->draining;
    draining.erase(std::remove_if(draining.begin(), draining.end(),
                                  [](const auto &daemon) { return daemon->openConnections() == 0; }),
                   draining.end());
    if (draining.empty())
        m_parts->drainCheck.stop();
}

} // namespace hms::server
