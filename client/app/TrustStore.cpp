#include "TrustStore.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace hms::client {

Result<int, QString> trustCertificateAuthorities(const QString &pemFile)
{
    QFile file(pemFile);
    if (!file.open(QIODevice::ReadOnly))
        return QString(
            QObject::tr("Cannot read the certificate file %1: %2").arg(pemFile, file.errorString()));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return QString(QObject::tr("%1 holds no PEM certificate.").arg(pemFile));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return int(certificates.size());
}

} // namespace hms::client
