// The query string of a list request, read as the list handlers read it:
// paging (limit, cursor, include_total), the time range (from, to), id
// filters, the appointment status, and the patient search text q. Query
// parameters with control characters or invalid Unicode are refused first,
// as every route does. Invariants: whatever is accepted is in range (limit
// 1..200, time bounds within the supported years), a time bound written back
// in the API's own form reads as the same bound, an accepted cursor
// re-encodes to an equivalent one, and the search text becomes at most five
// distinct, case-folded words, each found in a patient whose name is that text.
#include "FuzzSupport.h"

#include "api/ApiSupport.h"
#include "http/HttpRequest.h"
#include "http/RequestContext.h"
#include "shared/Appointment.h"
#include "shared/Instant.h"
#include "shared/Patient.h"
#include "storage/Cursor.h"
#include "storage/PatientRepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace hms;
using namespace hms::server;

namespace {

void checkBound(const QString &text, bool endOfDay)
{
    const std::optional<QDateTime> bound = apisupport::instantOrDate(text, endOfDay);
    if (!bound)
        return;
    HMS_FUZZ_CHECK(bound->isValid() && bound->offsetFromUtc() == 0, text);
    if (!isInSupportedRange(*bound))
        return; // readTimeRange answers 400
    // The API's own spelling of that bound reads as the same bound.
    const QString written = formatInstant(*bound);
    const std::optional<QDateTime> again = apisupport::instantOrDate(written, endOfDay);
    HMS_FUZZ_CHECK(again && *again == *bound, text + QStringLiteral(" -> ") + written);
}

void checkCursor(const QString &text, qsizetype keySize)
{
    const std::optional<QJsonArray> key = cursor::decode(text, keySize);
    if (!key)
        return;
    HMS_FUZZ_CHECK(key->size() == keySize, text);
    const QString encoded = cursor::encode(*key);
    if (encoded.size() > 2048)
        return; // raw control characters re-encoded as \u escapes (fuzz_cursor)
    const std::optional<QJsonArray> again = cursor::decode(encoded, keySize);
    HMS_FUZZ_CHECK(again && *again == *key,
                   text + QStringLiteral(" -> ") + fuzz::compact(*key) + QStringLiteral(" -> ") + encoded);
    HMS_FUZZ_CHECK(cursor::encode(*again) == encoded, encoded);
}

void checkSearch(const QString &q)
{
    const QStringList tokens = PatientRepository::searchTokens(q);
    HMS_FUZZ_CHECK(tokens.size() <= 5, q);
    HMS_FUZZ_CHECK(QSet<QString>(tokens.cbegin(), tokens.cend()).size() == tokens.size(), q);
    for (const QString &token : tokens)
        HMS_FUZZ_CHECK(!token.isEmpty() && token.toCaseFolded() == token, q + QStringLiteral(" -> ") + token);
    if (q.trimmed().isEmpty())
        HMS_FUZZ_CHECK(tokens.isEmpty(), q);

    // Searching for a patient's own name finds that patient: each word is a
    // prefix of the name's sort key (the first word) or of one of its terms.
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[0-9 +\-().]+$)"));
    if (phoneLike.match(q.trimmed()).hasMatch())
        return; // searched as phone or MRN digits
    Patient patient;
    patient.name = q.trimmed();
    const QString sortName = patient.name.toCaseFolded();
    const QStringList terms = PatientRepository::searchTermsFor(patient);
    for (const QString &token : tokens) {
        const bool found = sortName.startsWith(token) ||
            std::any_of(terms.cbegin(), terms.cend(),
                        [&token](const QString &term) { return term.startsWith(token); });
        HMS_FUZZ_CHECK(found,
                       q + QStringLiteral(" -> ") + token + QStringLiteral(" not in ") +
                           terms.join(QLatin1Char('|')));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // As the HTTP layer and the dispatcher build them: the request target as
    // a strict QUrl, its QUrlQuery in the handler's context.
    HttpRequest request;
    request.method = Method::Get;
    request.url = QUrl::fromEncoded("/api/appointments?" + fuzz::bytes(data, size), QUrl::StrictMode);
    if (!request.url.isValid())
        return 0;
    RequestContext context{request, QStringLiteral("fuzz"), QStringLiteral("127.0.0.1"), {}, {}, {}, {}};
    context.query = QUrlQuery(request.url);
    const QUrlQuery &query = context.query;
    const auto value = [&context](const char *key) { return context.queryValue(QString::fromLatin1(key)); };

    // Every route first refuses control characters and invalid Unicode.
    if (const std::optional<HttpResponse> refused = apisupport::refuseUnreadableQuery(context)) {
        HMS_FUZZ_CHECK(refused->status == 400, QString::number(refused->status));
        return 0;
    }

    const auto page = apisupport::pageRequest(context);
    if (page) {
        HMS_FUZZ_CHECK(page->limit >= 1 && page->limit <= 200, QString::number(page->limit));
        HMS_FUZZ_CHECK(page->cursor == value("cursor"), page->cursor);
        // Every list's cursor shape: (sort text, id) and the audit trail's (id).
        checkCursor(page->cursor, PatientRepository::CursorKeySize);
        checkCursor(page->cursor, 1);
    }

    QDateTime from;
    QDateTime to;
    const std::optional<HttpResponse> refused = apisupport::readTimeRange(context, from, to);
    if (refused) {
        HMS_FUZZ_CHECK(refused->status == 400, QString::number(refused->status));
    } else {
        HMS_FUZZ_CHECK(!from.isValid() || !to.isValid() || from <= to,
                       formatInstant(from) + QStringLiteral(" > ") + formatInstant(to));
        HMS_FUZZ_CHECK((!from.isValid() || isInSupportedRange(from)) &&
                           (!to.isValid() || isInSupportedRange(to)),
                       formatInstant(from) + QStringLiteral(" .. ") + formatInstant(to));
        HMS_FUZZ_CHECK(query.hasQueryItem(QStringLiteral("from")) == from.isValid(), value("from"));
        HMS_FUZZ_CHECK(query.hasQueryItem(QStringLiteral("to")) == to.isValid(), value("to"));
    }
    checkBound(value("from"), false);
    checkBound(value("to"), true);

    qint64 doctorId = 0;
    qint64 patientId = 0;
    const std::optional<HttpResponse> badId = apisupport::readIds(
        context, {{QStringLiteral("doctor_id"), &doctorId}, {QStringLiteral("patient_id"), &patientId}});
    if (!badId) {
        HMS_FUZZ_CHECK(doctorId >= 0 && patientId >= 0,
                       value("doctor_id") + QLatin1Char(' ') + value("patient_id"));
        HMS_FUZZ_CHECK(query.hasQueryItem(QStringLiteral("doctor_id")) == (doctorId > 0), value("doctor_id"));
    }

    if (const auto status = appointmentStatusFromName(value("status")))
        HMS_FUZZ_CHECK(appointmentStatusName(*status) == value("status"), value("status"));

    checkSearch(value("q"));
    return 0;
}
