#pragma once

#include "services/Clock.h"
#include "shared/Result.h"

#include <QObject>
#include <QSslConfiguration>
#include <memory>
#include <optional>

namespace hms::server {

struct ServerConfig;
class ConnectionGate;
class HttpDaemon;
class Metrics;
class PasswordHasher;
struct WorkerParts;

// One event loop, one database connection and one HTTP server, living in
// its own thread; all workers accept on the same port (SO_REUSEPORT).
class Worker : public QObject
{
    Q_OBJECT

public:
    Worker(int index, const ServerConfig &config, PasswordHasher &hasher, Metrics &metrics,
           ConnectionGate &gate, std::optional<QSslConfiguration> tls, Clock clock = utcNow);
    ~Worker() override;

    // Run in the worker's thread.
    Result<quint16, QString> start(quint16 port);
    void stopAccepting();
    void shutdown();
    void reloadTls(const QSslConfiguration &tls);

private Q_SLOTS:
    void releaseDrainedDaemons();

private:
    std::unique_ptr<HttpDaemon> newHttpDaemon();

private:
    int m_index;
    const ServerConfig &m_config;
    PasswordHasher &m_hasher;
    Metrics &m_metrics;
    ConnectionGate &m_gate;
    std::optional<QSslConfiguration> m_tls;
    Clock m_clock;
    std::unique_ptr<WorkerParts> m_parts;
};

} // namespace hms::server
