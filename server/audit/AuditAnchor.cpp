#include "AuditAnchor.h"

#include "services/Clock.h"
#include "shared/Instant.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcAudit, "hms.audit")

namespace hms::server {

AuditAnchor::AuditAnchor(QString file)
    : m_file(std::move(file))
{}

bool AuditAnchor::check(QString *error) const
{
    if (m_file.isEmpty())
        return true;
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot append to '%1': %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

QString AuditAnchor::line(const ChainHead &head, const QDateTime &at)
{
    return QStringLiteral("%1 position=%2 hash=%3")
        .arg(formatInstantMillis(at))
        .arg(head.position)
        .arg(QString::fromLatin1(head.hash));
}

void AuditAnchor::publish(const ChainHead &head)
{
    if (head.position <= 0 || (head.position == m_lastPosition && head.hash == m_lastHash))
        return;
    m_lastPosition = head.position;
    m_lastHash = head.hash;
    qCInfo(lcAudit, "audit chain head position=%lld hash=%s", head.position, head.hash.constData());
    if (m_file.isEmpty())
        return;
    // Opened for each line: the file may be rotated or moved meanwhile, and
    // O_APPEND keeps lines from several processes whole.
    QFile file(m_file);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
        file.write(line(head, utcNow()).toUtf8() + '\n') < 0 || !file.flush())
        qCCritical(lcAudit, "cannot append the audit chain head to %s: %s", qUtf8Printable(m_file),
                   qUtf8Printable(file.errorString()));
}

Result<QList<ChainHead>, QString> AuditAnchor::read(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the anchor file '%1': %2").arg(fileName, file.errorString());
    static const QRegularExpression head(QStringLiteral(R"(position=(\d+) hash=([0-9a-f]{64}))"));
    static const QRegularExpression instant(
        QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d))"));
    QList<ChainHead> heads;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine());
        const QRegularExpressionMatch match = head.match(text);
        if (!match.hasMatch())
            continue;
        ChainHead anchored{match.captured(1).toLongLong(), match.captured(2).toLatin1(), {}};
        if (const QRegularExpressionMatch at = instant.match(text); at.hasMatch())
            anchored.publishedAt = QDateTime::fromString(at.captured(0), Qt::ISODateWithMs);
        heads.append(anchored);
    }
    return heads;
}

} // namespace hms::server
