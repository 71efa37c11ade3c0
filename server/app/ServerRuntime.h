#pragma once

#include "http/ConnectionGate.h"
#include "services/Clock.h"

#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace hms::server {

struct ServerConfig;
class Metrics;
class PasswordHasher;
class Worker;

// Starts the worker threads, then waits for SIGTERM/SIGINT to stop them:
// stop accepting, let requests in flight finish (bounded), close the
// database connections, quit.
class ServerRuntime : public QObject
{
    Q_OBJECT

public:
    // `clock` measures sessions and sign-in back-off (see Clock).
    ServerRuntime(const ServerConfig &config, PasswordHasher &hasher, Metrics &metrics,
                  std::optional<QSslConfiguration> tls, Clock clock = utcNow);
    ~ServerRuntime() override;

    // Returns the port all workers listen on, or 0 after printing why not.
    quint16 start();
    void stop();
    // Hands every worker a new TLS configuration for the connections it accepts from now on.
    void reloadTls(const QSslConfiguration &tls);

private:
    struct Slot
    {
        std::unique_ptr<QThread> thread;
        std::unique_ptr<Worker> worker;
    };
    const ServerConfig &m_config;
    PasswordHasher &m_hasher;
    Metrics &m_metrics;
    ConnectionGate m_gate; // every worker's connections
    std::optional<QSslConfiguration> m_tls;
    Clock m_clock;
    QList<Slot *> m_slots;
};

// Makes SIGTERM and SIGINT quit the application's event loop, and SIGHUP
// call onHangup on the main thread.
void handleSignals(std::function<void()> onHangup);

} // namespace hms::server
