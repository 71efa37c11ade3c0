#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace hms::server {

struct PageRequest
{
    int limit = 50;
    QString cursor; // opaque, from the previous page
    bool includeTotal = false;
};

template<typename T> struct Page
{
    QList<T> items;
    QString nextCursor; // null when this is the last page
    std::optional<qint64> total;
};

} // namespace hms::server
