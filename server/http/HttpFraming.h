#pragma once

#include "HttpOptions.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace hms::server {

struct FramingRefusal
{
    int status;
    QString detail;
};

// Whether a request whose request line and header block arrived complete may
// be read any further (RFC 9112 §6): nothing that two readers could frame
// differently, nothing over the limits. Checked before a byte of the body is
// read.
std::optional<FramingRefusal> checkFraming(const QByteArray &target,
                                           const QList<QPair<QByteArray, QByteArray>> &headers,
                                           const HttpOptions &options);

} // namespace hms::server
