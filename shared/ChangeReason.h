#pragma once

#include "ValidationErrors.h"

#include <QJsonObject>
#include <QString>

// Why a change was made, for the changes that need one: cancelling an
// appointment or marking a no-show (status_reason), deactivating a staff
// account (deactivation_reason), amending a medical record
// (amendment_reason). Such a reason is stored with the change and written
// into its audit entry.
namespace hms::reason {

inline constexpr int MaxLength = 500;

// Whether the request makes a change that needs a reason.
enum class Need {
    Required, // it does: the reason must be given
    Refused, // it does not: no reason may be given
    Unknown, // the change itself is invalid: only the reason's text is checked
};

// Reads the reason named `field` from a request body into target. Required:
// 1..MaxLength characters after trimming, one line, no control characters
// (shared/Text.h); absent, null or blank is "is required". Refused: present
// and not null is refusedMessage. A null reason counts as absent.
void read(const QJsonObject &body, const QString &field, Need need, const QString &refusedMessage,
          QString &target, ValidationErrors &errors);

// The same rule for a reason typed into a form: the messages under `field`,
// none when the reason (trimmed) may be sent.
ValidationErrors check(const QString &reason, const QString &field);

} // namespace hms::reason
