#include "AuditProtection.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace hms::server {

AuditProtection::AuditProtection(Database &db)
    : m_db(db)
{}

Result<QStringList, StorageError> AuditProtection::rewriteRights()
{
    if (m_db.engine() != Engine::Postgres)
        return QStringList();
    // pg_has_role(..., 'USAGE') counts membership in the owning role too, and
    // the database's owner is a member of pg_database_owner, which owns the
    // public schema; the privilege functions count pg_write_all_data.
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT current_user, r.rolsuper, r.rolcreaterole, pg_has_role(current_user, c.relowner, "
            "'USAGE'), "
            "pg_has_role(current_user, n.nspowner, 'USAGE'), has_any_column_privilege(current_user, c.oid, "
            "'UPDATE'), has_table_privilege(current_user, c.oid, 'DELETE'), "
            "has_table_privilege(current_user, "
            "c.oid, 'TRUNCATE'), has_table_privilege(current_user, c.oid, 'TRIGGER'), EXISTS (SELECT 1 FROM "
            "pg_proc p WHERE p.pronamespace = n.oid AND p.proname IN ('hms_audit_guard', "
            "'hms_refuse_change', "
            "'hms_audit_seal') AND pg_has_role(current_user, p.proowner, 'USAGE')), (SELECT COUNT(*) FROM "
            "pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled IN ('O', 'A') AND "
            "t.tgname IN ('audit_log_append_only', 'audit_log_no_truncate')), n.nspname FROM pg_class c JOIN "
            "pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.rolname = current_user WHERE "
            "c.oid "
            "= to_regclass('audit_log')")))
        return StorageError{StorageError::Kind::Other,
                            QStringLiteral("cannot read the audit log's privileges from the catalog")};
    if (!query.next())
        return StorageError{StorageError::Kind::Other, QStringLiteral("the audit_log table does not exist")};
    m_role = query.value(0).toString();
    const QString schema = query.value(11).toString();
    QStringList reasons;
    if (query.value(1).toBool())
        reasons.append(QStringLiteral("it is a superuser"));
    if (query.value(2).toBool())
        reasons.append(QStringLiteral("it has CREATEROLE, so it can make itself a member of the owner"));
    if (query.value(3).toBool())
        reasons.append(QStringLiteral("it owns audit_log (or is a member of its owner), so it can ALTER it "
                                      "and DISABLE TRIGGER"));
    if (query.value(4).toBool())
        reasons.append(
            QStringLiteral("it owns the schema %1 (or the database), so it can drop audit_log").arg(schema));
    if (query.value(5).toBool())
        reasons.append(QStringLiteral("it may UPDATE audit_log"));
    if (query.value(6).toBool())
        reasons.append(QStringLiteral("it may DELETE from audit_log"));
    if (query.value(7).toBool())
        reasons.append(QStringLiteral("it may TRUNCATE audit_log"));
    if (query.value(8).toBool())
        reasons.append(QStringLiteral("it may create triggers on audit_log"));
    if (query.value(9).toBool())
        reasons.append(
            QStringLiteral("it owns the audit log's trigger or sealing functions, so it can replace "
                           "them"));
    if (query.value(10).toInt() != 2)
        reasons.append(QStringLiteral("the audit log's guard triggers are missing or disabled"));
    return reasons;
}

} // namespace hms::server
