#include "HttpRequest.h"

#include <array>

namespace hms::server {

namespace {
struct MethodName
{
    Method method;
    const char *name;
};
constexpr std::array<MethodName, 7> MethodNames{{{Method::Get, "GET"},
                                                 {Method::Head, "HEAD"},
                                                 {Method::Post, "POST"},
                                                 {Method::Put, "PUT"},
                                                 {Method::Patch, "PATCH"},
                                                 {Method::Delete, "DELETE"},
                                                 {Method::Options, "OPTIONS"}}};
} // namespace

Method methodFromName(QByteArrayView name)
{
    for (const MethodName &known : MethodNames) {
        if (name == known.name)
            return known.method;
    }
    return Method::Unknown;
}

QByteArray methodName(Method method)
{
    for (const MethodName &known : MethodNames) {
        if (known.method == method)
            return QByteArray(known.name);
    }
    return QByteArrayLiteral("UNKNOWN");
}

QByteArray HttpRequest::value(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace hms::server
