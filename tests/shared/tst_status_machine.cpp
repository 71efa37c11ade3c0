#include "shared/Appointment.h"
#include "shared/Permission.h"

#include <QTest>

using namespace hms;

class TestStatusMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moves_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        const QStringList all = appointmentStatusNames();
        const QSet<QString> allowed{
            QStringLiteral("scheduled>checked_in"), QStringLiteral("scheduled>cancelled"),
            QStringLiteral("scheduled>no_show"), QStringLiteral("checked_in>completed"),
            QStringLiteral("checked_in>cancelled")};
        for (const QString &from : all) {
            for (const QString &to : all) {
                const QString key = from + QLatin1Char('>') + to;
                QTest::newRow(qPrintable(key)) << from << to << allowed.contains(key);
            }
        }
    }

    void moves()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        const auto fromStatus = appointmentStatusFromName(from);
        const auto toStatus = appointmentStatusFromName(to);
        QVERIFY(fromStatus && toStatus);
        QCOMPARE(canMoveAppointment(*fromStatus, *toStatus), allowed);
        QCOMPARE(nextAppointmentStatuses(*fromStatus).contains(*toStatus), allowed);
    }

    void occupancy()
    {
        QVERIFY(appointmentOccupiesDoctor(AppointmentStatus::Scheduled));
        QVERIFY(appointmentOccupiesDoctor(AppointmentStatus::CheckedIn));
        QVERIFY(appointmentOccupiesDoctor(AppointmentStatus::Completed));
        QVERIFY(!appointmentOccupiesDoctor(AppointmentStatus::Cancelled));
        QVERIFY(!appointmentOccupiesDoctor(AppointmentStatus::NoShow));
        QVERIFY(isFinalAppointmentStatus(AppointmentStatus::Completed));
        QVERIFY(!isFinalAppointmentStatus(AppointmentStatus::CheckedIn));
    }

    // The contract's "Permissions at a glance", cell by cell.
    void permissions_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("permission");
        QTest::addColumn<bool>("granted");
        using P = Permission;
        const struct
        {
            P permission;
            bool admin, doctor, receptionist;
        } table[] = {
            {P::PatientsRead, true, true, true},      {P::PatientsWrite, true, true, true},
            {P::PatientsArchive, true, false, false}, {P::AppointmentsRead, true, true, true},
            {P::AppointmentsWrite, true, true, true}, {P::RecordsRead, false, true, false},
            {P::RecordsWrite, false, true, false},    {P::UsersManage, true, false, false},
            {P::AuditRead, true, false, false},       {P::StaffDirectoryRead, true, true, true},
            {P::StatsRead, true, true, true},         {P::SessionSelf, true, true, true},
        };
        for (const auto &row : table) {
            const QString name = permissionName(row.permission);
            QTest::newRow(qPrintable(name + QStringLiteral("/admin")))
                << "admin" << int(row.permission) << row.admin;
            QTest::newRow(qPrintable(name + QStringLiteral("/doctor")))
                << "doctor" << int(row.permission) << row.doctor;
            QTest::newRow(qPrintable(name + QStringLiteral("/receptionist")))
                << "receptionist" << int(row.permission) << row.receptionist;
        }
    }

    void permissions()
    {
        QFETCH(QString, role);
        QFETCH(int, permission);
        QFETCH(bool, granted);
        QCOMPARE(roleHasPermission(*roleFromName(role), Permission(permission)), granted);
    }
};

QTEST_GUILESS_MAIN(TestStatusMachine)
#include "tst_status_machine.moc"
