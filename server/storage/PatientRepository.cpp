#include "PatientRepository.h"

#include "Cursor.h"
#include "Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <cmath>

namespace hms::server {

namespace {
const QString Columns =
    QStringLiteral("p.id, p.mrn, p.name, p.date_of_birth, p.sex, p.email, p.phone, p.address, p.blood_group, "
                   "p.created_at, p.updated_at, p.version, p.sort_name");

Patient patientFrom(const QSqlQuery &q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.mrn = q.value(1).toString();
    p.name = q.value(2).toString();
    p.dateOfBirth = Database::dateFrom(q.value(3));
    p.sex = q.value(4).toString();
    p.email = q.value(5).toString();
    p.phone = q.value(6).toString();
    p.address = q.value(7).toString();
    p.bloodGroup = q.value(8).toString();
    p.createdAt = Database::instantFrom(q.value(9));
    p.updatedAt = Database::instantFrom(q.value(10));
    p.version = q.value(11).toInt();
    return p;
}

QString sortKey(const QString &name)
{
    return name.toCaseFolded();
}

QString emailKey(const QString &email)
{
    return email.isNull() ? QString() : email.toCaseFolded();
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

// The first string after every string that starts with prefix.
QString prefixUpperBound(const QString &prefix)
{
    QString upper = prefix;
    upper.back() = QChar(upper.back().unicode() + 1);
    return upper;
}

// The patient's fields as INSERT and UPDATE both store them (with the keys
// derived from them): :name, :sort_name, :dob, :sex, :email, :email_key,
// :phone, :address, :blood_group, :updated_at.
void bindStoredFields(QSqlQuery &q, const Database &db, const Patient &p)
{
    q.bindValue(QStringLiteral(":name"), p.name);
    q.bindValue(QStringLiteral(":sort_name"), sortKey(p.name));
    q.bindValue(QStringLiteral(":dob"), p.dateOfBirth);
    q.bindValue(QStringLiteral(":sex"), Database::textOrNull(p.sex));
    q.bindValue(QStringLiteral(":email"), Database::textOrNull(p.email));
    q.bindValue(QStringLiteral(":email_key"), Database::textOrNull(emailKey(p.email)));
    q.bindValue(QStringLiteral(":phone"), Database::textOrNull(p.phone));
    q.bindValue(QStringLiteral(":address"), Database::textOrNull(p.address));
    q.bindValue(QStringLiteral(":blood_group"), Database::textOrNull(p.bloodGroup));
    q.bindValue(QStringLiteral(":updated_at"), db.instantValue(p.updatedAt));
}

// The first n characters (code points, as SQL's substr counts them) of text.
QString leadingCharacters(const QString &text, qsizetype n)
{
    qsizetype units = 0;
    for (qsizetype taken = 0; taken < n && units < text.size(); ++taken)
        units += text.at(units).isHighSurrogate() && units + 1 < text.size() ? 2 : 1;
    return text.left(units);
}

constexpr int MaxSearchTokens = 5;
// Beyond this many terms starting with a word, its matches are read in name
// order from its three-character group rather than gathered and sorted.
constexpr qint64 DenseTermMatches = 1000;
} // namespace

PatientRepository::PatientRepository(Database &db)
    : m_db(db)
{}

QString PatientRepository::mrnFor(qint64 id)
{
    return QStringLiteral("MRN-%1").arg(id, 6, 10, QLatin1Char('0'));
}

QStringList PatientRepository::searchTermsFor(const Patient &patient)
{
    static const QRegularExpression wordSeparators(QStringLiteral(R"([\s]+)"));
    static const QRegularExpression partSeparators(QStringLiteral(R"([-'’.,]+)"));
    // The name's first word needs no term: a prefix of it is a prefix of
    // sort_name, found by a range scan of the name index (see list()).
    QSet<QString> terms;
    const QStringList words = patient.name.toCaseFolded().split(wordSeparators, Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (w > 0)
            terms.insert(words[w]);
        const QStringList parts = words[w].split(partSeparators, Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (w > 0 || i > 0)
                terms.insert(parts[i]);
        }
    }
    if (!patient.email.isNull())
        terms.insert(emailKey(patient.email));
    if (!patient.phone.isNull() && !digitsOf(patient.phone).isEmpty())
        terms.insert(digitsOf(patient.phone));
    if (!patient.mrn.isEmpty()) {
        terms.insert(patient.mrn.toCaseFolded());
        terms.insert(digitsOf(patient.mrn));
    }
    QStringList sorted(terms.cbegin(), terms.cend());
    sorted.sort();
    return sorted;
}

QStringList PatientRepository::searchTokens(const QString &query)
{
    static const QRegularExpression phoneLike(QStringLiteral(R"(^[0-9 +\-().]+$)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (phoneLike.match(trimmed).hasMatch() && !digitsOf(trimmed).isEmpty())
        return {digitsOf(trimmed)}; // a phone number or MRN digits, however it is punctuated
    QStringList tokens = trimmed.toCaseFolded().split(spaces, Qt::SkipEmptyParts);
    tokens.removeDuplicates();
    return tokens.mid(0, MaxSearchTokens);
}

Result<bool, StorageError> PatientRepository::writeSearchTerms(const Patient &patient, bool replace)
{
    if (replace) {
        QSqlQuery &clear =
            m_db.statement(QStringLiteral("DELETE FROM patient_search_terms WHERE patient_id = :id"));
        clear.bindValue(QStringLiteral(":id"), patient.id);
        if (!m_db.run(clear))
            return m_db.lastError();
    }
    // One statement for all of a patient's terms (prepared once per term count).
    const QStringList terms = searchTermsFor(patient);
    if (terms.isEmpty())
        return true;
    QStringList rows;
    for (qsizetype i = 0; i < terms.size(); ++i)
        rows.append(QStringLiteral("(:t%1, :id, :sort_name)").arg(i));
    QSqlQuery &insert = m_db.statement(
        QStringLiteral("INSERT INTO patient_search_terms (term, patient_id, sort_name) VALUES ") +
        rows.join(QStringLiteral(", ")));
    for (qsizetype i = 0; i < terms.size(); ++i)
        insert.bindValue(QStringLiteral(":t%1").arg(i), terms[i]);
    insert.bindValue(QStringLiteral(":id"), patient.id);
    insert.bindValue(QStringLiteral(":sort_name"), sortKey(patient.name));
    if (!m_db.run(insert))
        return m_db.lastError();
    return true;
}

Result<Patient, StorageError> PatientRepository::insert(const Patient &input)
{
    // The MRN derives from the id. PostgreSQL draws the id first and stores
    // both in one statement; SQLite (in-process, no round trips) sets it after.
    const bool postgres = m_db.engine() == Engine::Postgres;
    const QString columns = QStringLiteral(
        "name, sort_name, date_of_birth, sex, email, email_key, phone, address, blood_group, created_at, "
        "updated_at, version");
    const QString values = QStringLiteral(
        ":name, :sort_name, :dob, :sex, :email, :email_key, :phone, :address, :blood_group, :created_at, "
        ":updated_at, 1");
    const QString sql = postgres
        ? QString(
              QStringLiteral("INSERT INTO patients (id, mrn, ") + columns +
              QStringLiteral(
                  ") SELECT n.id, 'MRN-' || CASE WHEN n.id < 1000000 THEN lpad(n.id::text, 6, '0') "
                  "ELSE n.id::text END, ") +
              values +
              QStringLiteral(" FROM (SELECT nextval(pg_get_serial_sequence('patients', 'id')) AS id) AS n "
                             "RETURNING id, mrn"))
        : QString(QStringLiteral("INSERT INTO patients (") + columns + QStringLiteral(") VALUES (") + values +
                  QLatin1Char(')'));
    QSqlQuery &q = m_db.statement(sql);
    bindStoredFields(q, m_db, input);
    q.bindValue(QStringLiteral(":created_at"), m_db.instantValue(input.createdAt));
    if (!m_db.run(q))
        return m_db.lastError();
    Patient patient = input;
    patient.version = 1;
    if (postgres) {
        if (!q.next())
            return StorageError{StorageError::Kind::Other, QStringLiteral("the insert returned no row")};
        patient.id = q.value(0).toLongLong();
        patient.mrn = q.value(1).toString();
        q.finish();
    } else {
        patient.id = q.lastInsertId().toLongLong();
        patient.mrn = mrnFor(patient.id);
        QSqlQuery &mrn = m_db.statement(QStringLiteral("UPDATE patients SET mrn = :mrn WHERE id = :id"));
        mrn.bindValue(QStringLiteral(":mrn"), patient.mrn);
        mrn.bindValue(QStringLiteral(":id"), patient.id);
        if (!m_db.run(mrn))
            return m_db.lastError();
    }
    const auto terms = writeSearchTerms(patient, false);
    if (!terms)
        return terms.error();
    return patient;
}

Result<std::optional<Patient>, StorageError> PatientRepository::find(qint64 id, bool lockForUpdate)
{
    const bool lock = lockForUpdate && m_db.engine() == Engine::Postgres;
    QSqlQuery &q =
        m_db.statement(QStringLiteral("SELECT ") + Columns +
                       QStringLiteral(" FROM patients p WHERE p.id = :id AND p.archived_at IS NULL") +
                       (lock ? QStringLiteral(" FOR UPDATE") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<Patient> patient;
    if (q.next())
        patient = patientFrom(q);
    q.finish();
    return patient;
}

Result<bool, StorageError> PatientRepository::update(const Patient &p, int expectedVersion)
{
    QSqlQuery &q = m_db.statement(QStringLiteral(
        "UPDATE patients SET name = :name, sort_name = :sort_name, date_of_birth = :dob, sex = :sex, email = "
        ":email, "
        "email_key = :email_key, phone = :phone, address = :address, blood_group = :blood_group, "
        "updated_at = :updated_at, version = version + 1 "
        "WHERE id = :id AND version = :expected AND archived_at IS NULL"));
    bindStoredFields(q, m_db, p);
    q.bindValue(QStringLiteral(":id"), p.id);
    q.bindValue(QStringLiteral(":expected"), expectedVersion);
    if (!m_db.run(q))
        return m_db.lastError();
    if (q.numRowsAffected() != 1)
        return false;
    const auto terms = writeSearchTerms(p, true);
    if (!terms)
        return terms.error();
    return true;
}

Result<bool, StorageError> PatientRepository::archive(qint64 id, const QDateTime &at)
{
    QSqlQuery &q =
        m_db.statement(QStringLiteral("UPDATE patients SET archived_at = :at, updated_at = :at, "
                                      "version = version + 1 WHERE id = :id AND archived_at IS NULL"));
    q.bindValue(QStringLiteral(":at"), m_db.instantValue(at));
    q.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(q))
        return m_db.lastError();
    if (q.numRowsAffected() != 1)
        return false;
    // Archived patients are not searched.
    QSqlQuery &terms =
        m_db.statement(QStringLiteral("DELETE FROM patient_search_terms WHERE patient_id = :id"));
    terms.bindValue(QStringLiteral(":id"), id);
    if (!m_db.run(terms))
        return m_db.lastError();
    return true;
}

Result<std::optional<qint64>, StorageError> PatientRepository::findByEmail(const QString &email,
                                                                           qint64 excludeId)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT id FROM patients WHERE email_key = :email_key "
                                                 "AND archived_at IS NULL AND id <> :exclude"));
    q.bindValue(QStringLiteral(":email_key"), emailKey(email));
    q.bindValue(QStringLiteral(":exclude"), excludeId);
    if (!m_db.run(q))
        return m_db.lastError();
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<qint64, StorageError> PatientRepository::countTermMatches(const QString &token, qint64 cap)
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM patient_search_terms "
                                                 "WHERE term >= :t AND term < :u LIMIT :cap) AS m"));
    q.bindValue(QStringLiteral(":t"), token);
    q.bindValue(QStringLiteral(":u"), prefixUpperBound(token));
    q.bindValue(QStringLiteral(":cap"), cap);
    return m_db.scalarInteger(q);
}

Result<Page<Patient>, StorageError> PatientRepository::list(const PatientFilter &filter,
                                                            const PageRequest &page,
                                                            const std::optional<QJsonArray> &after)
{
    QStringList tokens = searchTokens(filter.query);

    // Several words: two plans. A word that matches few patients drives the query: collect
    // its matches through the term index and sort them. A word that matches
    // many is cheaper the other way round: walk patients in name order and
    // stop after a page of matches. The break-even is near sqrt(page x
    // patients) matches, so the rarest word is measured, capped at that.
    bool driveByTerm = false;
    qint64 walkWindow = 0;
    qint64 termLimit = 0;
    QString groupPrefix; // the one word's first three characters, when its terms are read by group
    qsizetype groupCharacters = 0;
    if (tokens.size() > 1) {
        QSqlQuery &size = m_db.statement(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM patients"));
        const auto maxId = m_db.scalarInteger(size);
        if (!maxId)
            return maxId.error();
        const qint64 patients = maxId.value();
        const qint64 cap =
            std::max<qint64>(500, qint64(std::sqrt(double(page.limit + 1) * double(patients))));
        qsizetype rarest = 0;
        qint64 fewest = cap + 1;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const auto count = countTermMatches(tokens[i], cap + 1);
            if (!count)
                return count.error();
            if (count.value() < fewest) {
                fewest = count.value();
                rarest = i;
            }
        }
        driveByTerm = fewest <= cap;
        walkWindow = 2 * cap; // spread matches fill a page within about cap rows
        tokens.move(rarest, 0); // the driving (or first-checked) word first
    }

    // A word matches where it starts the name (a range of the name index) or
    // starts any other term of the patient.
    const QString keyset =
        after ? QStringLiteral(" AND (p.sort_name, p.id) > (:after_name, :after_id)") : QString();
    // FROM and WHERE for the query (forPage) or for the total.
    auto fromWhere = [&](bool forPage) -> QString {
        QString from = QStringLiteral(" FROM patients p");
        QString where = QStringLiteral(" WHERE p.archived_at IS NULL");
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (i == 0 && driveByTerm) {
                // Both kinds of match are few or bounded: gather them, then
                // sort. With one word only a page is needed from the name range.
                // SQLite's CROSS JOIN keeps the candidates as the outer loop.
                const bool pageOnly = forPage && tokens.size() == 1;
                from =
                    QStringLiteral(" FROM (SELECT id FROM (SELECT id FROM patients WHERE archived_at IS NULL "
                                   "AND sort_name >= :t0 AND sort_name < :u0") +
                    (pageOnly ? QString(keyset).replace(QStringLiteral("p."), QString()) +
                             QStringLiteral(" ORDER BY sort_name, id LIMIT :limit")
                              : QString()) +
                    QStringLiteral(") AS first_word UNION SELECT patient_id FROM patient_search_terms "
                                   "WHERE term >= :t0 AND term < :u0) AS c ") +
                    (m_db.engine() == Engine::Sqlite ? QStringLiteral("CROSS JOIN")
                                                     : QStringLiteral("JOIN")) +
                    QStringLiteral(" patients p ON p.id = c.id");
            } else {
                where += QStringLiteral(
                             " AND ((p.sort_name >= :t%1 AND p.sort_name < :u%1) OR EXISTS (SELECT 1 FROM "
                             "patient_search_terms t WHERE t.patient_id = p.id AND t.term >= :t%1 AND "
                             "t.term < :u%1))")
                             .arg(i);
            }
        }
        return from + where;
    };
    auto bindTokens = [&tokens](QSqlQuery &q) {
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            q.bindValue(QStringLiteral(":t%1").arg(i), tokens[i]);
            q.bindValue(QStringLiteral(":u%1").arg(i), prefixUpperBound(tokens[i]));
        }
    };

    Page<Patient> result;
    if (page.includeTotal) {
        QSqlQuery &count = m_db.statement(QStringLiteral("SELECT COUNT(*)") + fromWhere(false));
        bindTokens(count);
        const auto total = m_db.scalarInteger(count);
        if (!total)
            return total.error();
        result.total = total.value();
    }

    // Runs the page query over `source` (FROM ... WHERE ...) and reads the page.
    auto runPage = [&](const QString &source, bool windowed) -> Result<bool, StorageError> {
        QSqlQuery &q = m_db.statement(QStringLiteral("SELECT ") + Columns + source +
                                      QStringLiteral(" ORDER BY p.sort_name, p.id LIMIT :limit"));
        bindTokens(q);
        if (after) {
            q.bindValue(QStringLiteral(":after_name"), after->at(0).toString());
            q.bindValue(QStringLiteral(":after_id"), after->at(1).toInteger());
        }
        if (windowed)
            q.bindValue(QStringLiteral(":window"), walkWindow);
        if (termLimit > 0)
            q.bindValue(QStringLiteral(":term_limit"), termLimit);
        if (!groupPrefix.isEmpty()) {
            q.bindValue(QStringLiteral(":group"), groupPrefix);
            q.bindValue(QStringLiteral(":characters"), groupCharacters);
        }
        q.bindValue(QStringLiteral(":limit"), page.limit + 1);
        if (!m_db.run(q))
            return m_db.lastError();
        result.items.clear();
        result.nextCursor.clear();
        QString lastSortName;
        while (q.next()) {
            if (result.items.size() == page.limit) {
                result.nextCursor = cursor::encode({lastSortName, result.items.last().id});
                break;
            }
            result.items.append(patientFrom(q));
            lastSortName = q.value(12).toString();
        }
        q.finish();
        return true;
    };

    if (tokens.size() == 1) {
        // One word: a page from the name index (the first word) merged with a
        // page of the other terms that start with it, in name order. Both are
        // ordered index reads; nothing grows with the clinic. The term side
        // first takes a plain top-N (cheap); a patient with several matching
        // terms appears that often there, so when that page comes out short it
        // is redone with DISTINCT, which is exact.
        //
        // Where the term side's page comes from depends on the word:
        // - three characters: one group of the prefix index, already in name
        //   order (Group);
        // - longer: few matches are gathered from the term index and sorted
        //   (Range); many are picked from their three-character group in name
        //   order, where they are dense (Group);
        // - one or two characters: on PostgreSQL, the first page of each
        //   three-character group that starts with them, merged (Groups); on
        //   SQLite, gathered and sorted (Range).
        const QString &token = tokens.constFirst();
        const qsizetype characters = token.toUcs4().size();
        enum class TermPlan { Range, Group, Groups };
        TermPlan plan = TermPlan::Range;
        if (characters == 3) {
            plan = TermPlan::Group;
        } else if (characters > 3) {
            const auto count = countTermMatches(token, DenseTermMatches + 1);
            if (!count)
                return count.error();
            plan = count.value() > DenseTermMatches ? TermPlan::Group : TermPlan::Range;
        } else if (m_db.engine() == Engine::Postgres) {
            plan = TermPlan::Groups;
        }
        const QString termKeyset =
            after ? QStringLiteral(" AND (sort_name, patient_id) > (:after_name, :after_id)") : QString();
        auto otherWords = [&](bool distinct) -> QString {
            const QString select = distinct ? QStringLiteral("SELECT DISTINCT ") : QStringLiteral("SELECT ");
            const QString pageOf = QStringLiteral(" ORDER BY sort_name, patient_id LIMIT ") +
                (distinct ? QStringLiteral(":limit") : QStringLiteral(":term_limit"));
            switch (plan) {
            case TermPlan::Range:
                return select +
                    QStringLiteral("sort_name, patient_id FROM patient_search_terms WHERE term >= :t0 AND "
                                   "term < :u0") +
                    termKeyset + pageOf;
            case TermPlan::Group:
                return select +
                    QStringLiteral("sort_name, patient_id FROM patient_search_terms WHERE substr(term, 1, 3) "
                                   "= :group AND substr(term, 1, :characters) = :t0") +
                    termKeyset + pageOf;
            case TermPlan::Groups: {
                // The groups that start with the word, one index probe each.
                const QString groups = QStringLiteral(
                    "WITH RECURSIVE groups (g) AS ("
                    "SELECT (SELECT substr(term, 1, 3) FROM patient_search_terms "
                    "WHERE substr(term, 1, 3) >= :t0 AND substr(term, 1, 3) < :u0 ORDER BY 1 LIMIT 1) "
                    "UNION ALL "
                    "SELECT (SELECT substr(term, 1, 3) FROM patient_search_terms "
                    "WHERE substr(term, 1, 3) > groups.g AND substr(term, 1, 3) < :u0 ORDER BY 1 LIMIT 1) "
                    "FROM groups WHERE groups.g IS NOT NULL) ");
                return groups + select +
                    QStringLiteral("w.sort_name, w.patient_id FROM groups CROSS JOIN LATERAL (") + select +
                    QStringLiteral("sort_name, patient_id FROM patient_search_terms WHERE substr(term, 1, 3) "
                                   "= groups.g") +
                    termKeyset + pageOf + QStringLiteral(") AS w") + pageOf;
            }
            }
            return QString();
        };
        auto oneWordSource = [&](bool distinct) -> QString {
            return QStringLiteral(
                       " FROM (SELECT id FROM (SELECT id FROM patients WHERE archived_at IS NULL AND "
                       "sort_name >= :t0 AND sort_name < :u0") +
                QString(keyset).replace(QStringLiteral("p."), QString()) +
                QStringLiteral(" ORDER BY sort_name, id LIMIT :limit) AS first_word UNION SELECT patient_id "
                               "FROM (") +
                otherWords(distinct) + QStringLiteral(") AS other_words) AS c ") +
                (m_db.engine() == Engine::Sqlite ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN")) +
                QStringLiteral(" patients p ON p.id = c.id WHERE p.archived_at IS NULL");
        };
        if (plan == TermPlan::Group) {
            groupPrefix = leadingCharacters(token, 3);
            groupCharacters = characters;
        }
        termLimit = 4 * (qint64{page.limit} + 1);
        if (auto done = runPage(oneWordSource(false), false); !done)
            return done.error();
        if (result.nextCursor.isEmpty()) {
            if (auto done = runPage(oneWordSource(true), false); !done)
                return done.error();
        }
        return result;
    }

    // Several words. Walking the name index finds a page fast when the matches
    // are spread over the names; when they cluster (an email that starts with
    // the first name, say) the walk is bounded, and the gathered plan finishes.
    const bool walk = !tokens.isEmpty() && !driveByTerm;
    QString source = fromWhere(true) + keyset;
    if (walk) {
        // The same conditions over a bounded stretch of the name index.
        source = QStringLiteral(" FROM (SELECT * FROM patients p WHERE p.archived_at IS NULL") + keyset +
            QStringLiteral(" ORDER BY p.sort_name, p.id LIMIT :window) AS p") +
            fromWhere(true).mid(QStringLiteral(" FROM patients p").size());
    }
    if (auto done = runPage(source, walk); !done)
        return done.error();
    if (walk && result.nextCursor.isEmpty()) {
        // The bounded walk did not fill a page: gather every match instead.
        driveByTerm = true;
        if (auto done = runPage(fromWhere(true) + keyset, false); !done)
            return done.error();
    }
    return result;
}

Result<qint64, StorageError> PatientRepository::countActive()
{
    QSqlQuery &q = m_db.statement(QStringLiteral("SELECT COUNT(*) FROM patients WHERE archived_at IS NULL"));
    return m_db.scalarInteger(q);
}

} // namespace hms::server
