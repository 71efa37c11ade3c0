#include "ChangeReason.h"

#include "Text.h"

#include <QCoreApplication>

namespace hms::reason {

namespace {
// The messages' translation context, named so that lupdate finds it too: the
// client translates them (client/translations).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hms::ChangeReason)
};
} // namespace

void read(const QJsonObject &body, const QString &field, Need need, const QString &refusedMessage,
          QString &target, ValidationErrors &errors)
{
    const QJsonValue value = body.value(field);
    const bool given = body.contains(field) && !value.isNull();
    if (!given) {
        if (need == Need::Required)
            errors.add(field, Tr::tr("is required"));
        return;
    }
    if (need == Need::Refused) {
        errors.add(field, refusedMessage);
        return;
    }
    if (!value.isString()) {
        errors.add(field, Tr::tr("must be a string"));
        return;
    }
    const ValidationErrors found = check(value.toString(), field);
    if (!found.isEmpty()) {
        errors.merge(found);
        return;
    }
    if (need == Need::Required)
        target = value.toString().trimmed();
}

ValidationErrors check(const QString &reason, const QString &field)
{
    ValidationErrors found;
    text::required(found, field, reason.trimmed(), {MaxLength, text::Lines::Single});
    return found;
}

} // namespace hms::reason
