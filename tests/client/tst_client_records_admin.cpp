#include "api/ApiClient.h"
#include "app/ClientApp.h"
#include "app/Formats.h"
#include "models/TableModels.h"
#include "support/ApiFixture.h"
#include "views/AdminTab.h"
#include "views/MainWindow.h"
#include "views/RecordHistoryDialog.h"
#include "views/RecordPatientList.h"
#include "views/RecordsTab.h"
#include "views/StaffDialog.h"
#include "widgets/DataTable.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hms;

namespace {
constexpr int Timeout = 15000;
const QString Password = QString::fromLatin1(test::ApiFixture::Password);

// Saves what a person would see, when HMS_TEST_SCREENSHOTS names a folder.
void photograph(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("HMS_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->window()->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// The controls under `root` that a screen reader could not name.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
            qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTableView *>(w);
        if (!control || !w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus ||
            w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') +
                           w->objectName());
    }
    return unnamed;
}
} // namespace

// The consulting room and the administrator's desk against a real server under
// the offscreen platform: amendments with a reason, a record's history with
// author, reason and changes, the records' patient list paging past its first
// page, the add-staff dialog, deactivation with a reason, and the audit log
// with names, refresh and CSV export. Every test makes its own data through
// the API.
class TestClientRecordsAdmin : public QObject
{
    Q_OBJECT

private:
    test::ApiFixture m_fixture;
    QString m_doctorName;
    QString m_adminName;

    std::unique_ptr<client::ApiClient> signedIn(const QString &username, QJsonObject *user)
    {
        auto api = std::make_unique<client::ApiClient>();
        api->setServer(m_fixture.server->url());
        bool done = false;
        api->login(username, Password, this, [&](const client::ApiResult &result) {
            *user = result.json.value(QStringLiteral("user")).toObject();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, Timeout) || api->token().isEmpty())
            return nullptr;
        return api;
    }

    std::unique_ptr<client::MainWindow> window(client::ApiClient &api, const QJsonObject &user)
    {
        auto w = std::make_unique<client::MainWindow>(api, User::fromJson(user));
        w->resize(1024, 700);
        w->show();
        w->activateWindow();
        QApplication::setActiveWindow(w.get());
        (void)QTest::qWaitForWindowActive(w.get());
        return w;
    }

    qint64 writeRecord(qint64 patientId, const QString &diagnosis)
    {
        const test::Reply reply = m_fixture.doctor->post(
            QStringLiteral("/api/records"),
            {{QStringLiteral("patient_id"), patientId}, {QStringLiteral("diagnosis"), diagnosis}});
        return reply.status == 201 ? reply.json().value(QStringLiteral("id")).toInteger() : 0;
    }

    static int rowWith(client::CursorTableModel *model, int column, const QString &text)
    {
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->index(i, column).data().toString() == text)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("hms-tests"));
        QApplication::setApplicationName(
            QStringLiteral("hms-client-records-admin-tests-%1").arg(QCoreApplication::applicationPid()));
        const QString error = m_fixture.setUp();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_doctorName = m_fixture.doctor->get(QStringLiteral("/api/auth/me"))
                           .json()
                           .value(QStringLiteral("full_name"))
                           .toString();
        m_adminName = m_fixture.admin->get(QStringLiteral("/api/auth/me"))
                          .json()
                          .value(QStringLiteral("full_name"))
                          .toString();
        QVERIFY(!m_doctorName.isEmpty());
        client::applyStyle();
    }

    void cleanup()
    {
        QList<QPointer<QWidget>> windows;
        const QWidgetList all = QApplication::topLevelWidgets();
        for (QWidget *window : all) {
            if (!window->parentWidget() && window->windowType() != Qt::ToolTip &&
                window->windowType() != Qt::Popup)
                windows.append(window);
        }
        for (const QPointer<QWidget> &window : std::as_const(windows))
            delete window.data();
        QSettings().clear();
    }

    void cleanupTestCase() { QSettings().clear(); }

    // An amendment asks why; without a reason it cannot be saved, and the
    // reason typed is the one the server keeps.
    void amendmentNeedsAReason()
    {
        const qint64 patient = m_fixture.createPatient(QStringLiteral("Amadeo Reasoner"));
        const qint64 record = writeRecord(patient, QStringLiteral("Tension headache"));
        QVERIFY(record > 0);
        QJsonObject user;
        auto api = signedIn(QStringLiteral("doc"), &user);
        QVERIFY(api);
        auto w = window(*api, user);
        client::RecordsTab *tab = w->recordsTab();
        w->tabs()->setCurrentWidget(tab);
        tab->showPatient(patient);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, Timeout);
        QVERIFY(tab->findChild<QLabel *>(QStringLiteral("recordsTitle"))
                    ->text()
                    .contains(QStringLiteral("Amadeo")));
        tab->selectRow(0);
        QPointer<QDialog> opened;
        connect(tab, &client::RecordsTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("amendRecordButton")), Qt::LeftButton);
        QTRY_VERIFY(opened);
        auto *dialog = qobject_cast<client::RecordDialog *>(opened.data());
        QVERIFY(dialog);
        QLineEdit *reason = dialog->reasonEdit();
        QVERIFY(reason);
        QCOMPARE(reason->accessibleName(), QStringLiteral("Reason for amendment"));
        QVERIFY2(unnamedControls(dialog).isEmpty(),
                 qPrintable(unnamedControls(dialog).join(QLatin1Char(' '))));
        photograph(dialog, QStringLiteral("amend-dialog"));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("diagnosisEdit"))
            ->setPlainText(QStringLiteral("Migraine without aura"));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->fieldError(QStringLiteral("amendment_reason")).isEmpty());
        QTest::keyClicks(reason, QStringLiteral("Second opinion after imaging"));
        QTRY_VERIFY(dialog->saveButton()->isEnabled());
        QVERIFY(dialog->fieldError(QStringLiteral("amendment_reason")).isEmpty());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened, Timeout);
        const QJsonObject stored =
            m_fixture.doctor->get(QStringLiteral("/api/records/%1").arg(record)).json();
        QCOMPARE(stored.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(stored.value(QStringLiteral("amendment_reason")).toString(),
                 QStringLiteral("Second opinion after imaging"));
    }

    // The history names each version's author, time and reason, and shows the
    // changed fields before and after, long text wrapped, not cut off.
    void historyShowsAuthorReasonAndChanges()
    {
        const qint64 patient = m_fixture.createPatient(QStringLiteral("Hilde Historia"));
        const qint64 record = writeRecord(patient, QStringLiteral("Lower back pain"));
        QVERIFY(record > 0);
        QString longNotes;
        for (int i = 0; i < 12; ++i)
            longNotes += QStringLiteral("Physiotherapy twice a week, review the exercises at each visit. ");
        longNotes = longNotes.trimmed();
        const QJsonObject v1 = m_fixture.doctor->get(QStringLiteral("/api/records/%1").arg(record)).json();
        test::Request amend =
            test::Request::put(QStringLiteral("/api/records/%1").arg(record),
                               {{QStringLiteral("patient_id"), patient},
                                {QStringLiteral("diagnosis"), QStringLiteral("Lumbar disc herniation")},
                                {QStringLiteral("record_date"), v1.value(QStringLiteral("record_date"))},
                                {QStringLiteral("notes"), longNotes},
                                {QStringLiteral("amendment_reason"), QStringLiteral("MRI result")}});
        amend.header("If-Match", QByteArrayLiteral("\"1\""));
        QCOMPARE(m_fixture.doctor->send(amend).status, 200);

        QJsonObject user;
        auto api = signedIn(QStringLiteral("doc"), &user);
        auto w = window(*api, user);
        client::RecordsTab *tab = w->recordsTab();
        w->tabs()->setCurrentWidget(tab);
        tab->showPatient(patient);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, Timeout);
        tab->selectRow(0);
        QPointer<QDialog> opened;
        connect(tab, &client::RecordsTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("historyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(opened, Timeout);
        auto *history = qobject_cast<client::RecordHistoryDialog *>(opened.data());
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QTableWidget *versions = history->versionsTable();
        QCOMPARE(versions->rowCount(), 2);
        using D = client::RecordHistoryDialog;
        QCOMPARE(versions->item(1, D::Author)->text(), m_doctorName);
        QCOMPARE(versions->item(1, D::Reason)->text(), QStringLiteral("MRI result"));
        const QJsonObject v2 = m_fixture.doctor->get(QStringLiteral("/api/records/%1").arg(record)).json();
        const QDateTime written =
            QDateTime::fromString(v2.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
        QCOMPARE(versions->item(1, D::Written)->text(), client::formats::dateTime(written));
        QVERIFY(versions->item(1, D::Changed)->text().contains(QStringLiteral("Diagnosis")));
        QVERIFY(versions->item(1, D::Changed)->text().contains(QStringLiteral("Notes")));
        // The newest version is chosen: its changes side by side.
        QTableWidget *changes = history->changesTable();
        QCOMPARE(changes->rowCount(), 2);
        QCOMPARE(changes->item(0, D::Field)->text(), QStringLiteral("Diagnosis"));
        QCOMPARE(changes->item(0, D::Before)->text(), QStringLiteral("Lower back pain"));
        QCOMPARE(changes->item(0, D::After)->text(), QStringLiteral("Lumbar disc herniation"));
        QCOMPARE(changes->item(1, D::After)->text(), longNotes);
        // Long text wraps inside its row, all of it visible.
        const int width = changes->columnWidth(D::After);
        const QRect needed =
            changes->fontMetrics().boundingRect(QRect(0, 0, width - 8, 100000), Qt::TextWordWrap, longNotes);
        QVERIFY2(changes->rowHeight(1) >= needed.height(),
                 qPrintable(QStringLiteral("%1 < %2").arg(changes->rowHeight(1)).arg(needed.height())));
        QVERIFY(history->frameGeometry().width() <= 1024 && history->frameGeometry().height() <= 700);
        // By keyboard: the first version shows as first written.
        versions->setFocus();
        QTest::keyClick(versions, Qt::Key_Up);
        QCOMPARE(changes->item(0, D::After)->text(), QStringLiteral("Lower back pain"));
        QVERIFY(unnamedControls(history).isEmpty());
        photograph(history, QStringLiteral("record-history"));
    }

    // The records' patient list is every matching patient, page after page as it scrolls.
    void recordPatientsPagePastTheFirstPage()
    {
        for (int i = 0; i < 60; ++i)
            QVERIFY(m_fixture.createPatient(
                        QStringLiteral("Pagina Patient %1").arg(i, 2, 10, QLatin1Char('0'))) > 0);
        QJsonObject user;
        auto api = signedIn(QStringLiteral("doc"), &user);
        auto w = window(*api, user);
        client::RecordsTab *tab = w->recordsTab();
        w->tabs()->setCurrentWidget(tab);
        client::RecordPatientList *list = tab->picker();
        QTest::keyClicks(list->searchEdit(), QStringLiteral("Pagina"));
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->total() == 60 && !list->model()->isLoading(), Timeout);
        QCOMPARE(list->resultCount(), 50);
        QTRY_VERIFY(list->table()->statusLine()->text().contains(QStringLiteral("60")));
        // Scrolling to the end loads the rest.
        QScrollBar *bar = list->table()->verticalScrollBar();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                bar->setValue(bar->maximum());
                return list->resultCount() == 60;
            }(),
            Timeout);
        list->choose(59);
        QTRY_VERIFY_WITH_TIMEOUT(tab->findChild<QLabel *>(QStringLiteral("recordsTitle"))
                                     ->text()
                                     .contains(QStringLiteral("Patient 59")),
                                 Timeout);
        QVERIFY2(unnamedControls(tab).isEmpty(), qPrintable(unnamedControls(tab).join(QLatin1Char(' '))));
        photograph(tab, QStringLiteral("records-tab"));
    }

    // The add-staff dialog fits at 1024×700 with room for every field, has no
    // default role, and refuses to save without one, on the role field.
    void addStaffRequiresARoleAndFits()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("admin"), &user);
        auto w = window(*api, user);
        client::AdminTab *tab = w->adminTab();
        w->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->users()->rowCount() >= 4, Timeout);
        QPointer<QDialog> opened;
        connect(tab, &client::AdminTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        tab->newStaff();
        QTRY_VERIFY(opened);
        auto *dialog = qobject_cast<client::StaffDialog *>(opened.data());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->roleBox()->currentIndex(), -1);
        QVERIFY(unnamedControls(dialog).isEmpty());
        QVERIFY(dialog->frameGeometry().width() <= 1024 && dialog->frameGeometry().height() <= 700);
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (!edit->isVisible())
                continue;
            QVERIFY2(edit->width() >= 300, qPrintable(edit->objectName()));
            QVERIFY2(edit->height() >= edit->minimumSizeHint().height(), qPrintable(edit->objectName()));
        }
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newUsername")),
                         QStringLiteral("nurse.ines"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newFullName")),
                         QStringLiteral("Ines Montenegro-Valderrama de la Fuente"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPassword")), Password);
        const QLineEdit *fullName = dialog->findChild<QLineEdit *>(QStringLiteral("newFullName"));
        QVERIFY(fullName->fontMetrics().horizontalAdvance(fullName->text()) < fullName->width() - 10);
        photograph(dialog, QStringLiteral("add-staff"));
        const int before = int(m_fixture.admin->get(QStringLiteral("/api/users?limit=200")).items().size());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(!dialog->fieldError(QStringLiteral("role")).isEmpty());
        QVERIFY(opened);
        QCOMPARE(int(m_fixture.admin->get(QStringLiteral("/api/users?limit=200")).items().size()), before);
        photograph(dialog, QStringLiteral("add-staff-no-role"));
        // Chosen by keyboard, it saves.
        dialog->roleBox()->setFocus();
        QTest::keyClick(dialog->roleBox(), Qt::Key_Down);
        QVERIFY(dialog->roleBox()->currentIndex() >= 0);
        QTest::keyClick(dialog, Qt::Key_Return, Qt::ControlModifier);
        if (opened)
            QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened, Timeout);
        QCOMPARE(int(m_fixture.admin->get(QStringLiteral("/api/users?limit=200")).items().size()),
                 before + 1);
    }

    // Deactivating asks to confirm, with a reason the server keeps and the staff details show.
    void deactivationAsksForAReason()
    {
        const test::Reply created =
            m_fixture.admin->post(QStringLiteral("/api/users"),
                                  {{QStringLiteral("username"), QStringLiteral("temp.tomas")},
                                   {QStringLiteral("full_name"), QStringLiteral("Tomás Temporal")},
                                   {QStringLiteral("role"), QStringLiteral("receptionist")},
                                   {QStringLiteral("password"), Password}});
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("id")).toInteger();
        QJsonObject user;
        auto api = signedIn(QStringLiteral("admin"), &user);
        auto w = window(*api, user);
        client::AdminTab *tab = w->adminTab();
        w->tabs()->setCurrentWidget(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->users()->rowOfId(id) >= 0, Timeout);
        tab->usersTable()->selectId(id);
        auto *toggle = tab->findChild<QPushButton *>(QStringLiteral("toggleActiveButton"));
        QTRY_VERIFY(toggle->isEnabled());
        QPointer<QDialog> opened;
        connect(tab, &client::AdminTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_VERIFY(opened);
        auto *confirm = opened->findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *reason = opened->findChild<QLineEdit *>(QStringLiteral("reason"));
        QVERIFY(reason);
        // Nothing changes until confirmed.
        QVERIFY(m_fixture.admin->get(QStringLiteral("/api/users/%1").arg(id))
                    .json()
                    .value(QStringLiteral("active"))
                    .toBool());
        QTest::keyClicks(reason, QStringLiteral("Contract ended"));
        photograph(opened, QStringLiteral("deactivate"));
        QTest::keyClick(reason, Qt::Key_Return);
        if (opened && confirm)
            QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!m_fixture.admin->get(QStringLiteral("/api/users/%1").arg(id))
                                      .json()
                                      .value(QStringLiteral("active"))
                                      .toBool(),
                                 Timeout);
        QCOMPARE(m_fixture.admin->get(QStringLiteral("/api/users/%1").arg(id))
                     .json()
                     .value(QStringLiteral("deactivation_reason"))
                     .toString(),
                 QStringLiteral("Contract ended"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->users()->rowOfIdValue(id) && !tab->users()->rowOfIdValue(id)->active,
                                 Timeout);
        tab->usersTable()->selectId(id);
        QTRY_VERIFY(tab->staffDetails()->text().contains(QStringLiteral("Contract ended")));
        photograph(tab, QStringLiteral("staff"));
    }

    // The audit log names people and patients, shows reasons, refreshes on
    // demand and whenever its filter changes.
    void auditShowsNamesRefreshesAndFollowsItsFilter()
    {
        const qint64 patient = m_fixture.createPatient(QStringLiteral("Aurelia Auditada"));
        QCOMPARE(m_fixture.doctor->get(QStringLiteral("/api/patients/%1").arg(patient)).status, 200);
        QJsonObject user;
        auto api = signedIn(QStringLiteral("admin"), &user);
        auto w = window(*api, user);
        client::AdminTab *tab = w->adminTab();
        w->tabs()->setCurrentWidget(tab);
        tab->findChild<QTabWidget *>(QStringLiteral("adminTabs"))->setCurrentIndex(1);
        client::AuditTableModel *audit = tab->audit();
        QAbstractItemModelTester tester(audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(tab->users()->rowCount() >= 4 && audit->rowCount() > 0, Timeout);
        // Filtering by the patient shows at once, without a Show button.
        QTest::keyClicks(tab->findChild<QLineEdit *>(QStringLiteral("auditPatient")),
                         QString::number(patient));
        QTRY_VERIFY_WITH_TIMEOUT(
            !audit->isLoading() && audit->rowCount() > 0 &&
                [&] {
                    for (int i = 0; i < audit->rowCount(); ++i)
                        if (audit->row(i).patientId != patient)
                            return false;
                    return true;
                }(),
            Timeout);
        const int read = rowWith(audit, client::AuditTableModel::Action, QStringLiteral("Patient viewed"));
        QVERIFY(read >= 0);
        QCOMPARE(audit->index(read, client::AuditTableModel::Patient).data().toString(),
                 QStringLiteral("Aurelia Auditada"));
        QVERIFY(audit->index(read, client::AuditTableModel::User).data().toString().contains(m_doctorName));
        for (int c = 0; c < audit->columnCount(); ++c)
            QVERIFY(
                !audit->index(read, c).data().toString().contains(QStringLiteral("patient %1").arg(patient)));
        photograph(tab, QStringLiteral("audit-log"));
        // Refresh brings what happened since.
        const int rows = audit->rowCount();
        QCOMPARE(m_fixture.doctor->get(QStringLiteral("/api/patients/%1").arg(patient)).status, 200);
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("auditRefresh")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(audit->rowCount(), rows + 1, Timeout);
        // And so does F5 (reload()).
        QCOMPARE(m_fixture.doctor->get(QStringLiteral("/api/patients/%1").arg(patient)).status, 200);
        tab->reload();
        QTRY_COMPARE_WITH_TIMEOUT(audit->rowCount(), rows + 2, Timeout);
        // Choosing an action by keyboard filters at once.
        auto *action = tab->findChild<QComboBox *>(QStringLiteral("auditAction"));
        action->setFocus();
        const int created = action->findData(QStringLiteral("patient.create"));
        QVERIFY(created > 0);
        while (action->currentIndex() < created)
            QTest::keyClick(action, Qt::Key_Down);
        QTRY_VERIFY_WITH_TIMEOUT(!audit->isLoading() && audit->rowCount() == 1, Timeout);
        QCOMPARE(audit->row(0).action, QStringLiteral("patient.create"));
        // A reason is shown where the change has one.
        const test::Reply created2 =
            m_fixture.admin->post(QStringLiteral("/api/users"),
                                  {{QStringLiteral("username"), QStringLiteral("gone.gaspar")},
                                   {QStringLiteral("full_name"), QStringLiteral("Gaspar Gone")},
                                   {QStringLiteral("role"), QStringLiteral("doctor")},
                                   {QStringLiteral("password"), Password}});
        QCOMPARE(created2.status, 201);
        test::Request off = test::Request::put(
            QStringLiteral("/api/users/%1").arg(created2.json().value(QStringLiteral("id")).toInteger()),
            {{QStringLiteral("active"), false},
             {QStringLiteral("deactivation_reason"), QStringLiteral("Left the clinic")}});
        off.header("If-Match", QByteArrayLiteral("\"1\""));
        QCOMPARE(m_fixture.admin->send(off).status, 200);
        tab->findChild<QLineEdit *>(QStringLiteral("auditPatient"))->clear();
        tab->setAuditAction(QString());
        tab->applyAuditFilter();
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("auditRefresh")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !audit->isLoading() &&
                rowWith(audit, client::AuditTableModel::Reason, QStringLiteral("Left the clinic")) >= 0,
            Timeout);
        const int off2 = rowWith(audit, client::AuditTableModel::Reason, QStringLiteral("Left the clinic"));
        QTRY_COMPARE_WITH_TIMEOUT(audit->index(off2, client::AuditTableModel::Resource).data().toString(),
                                  QStringLiteral("Staff: Gaspar Gone"), Timeout);
        QVERIFY2(unnamedControls(tab).isEmpty(), qPrintable(unnamedControls(tab).join(QLatin1Char(' '))));
    }

    // Export writes every entry of the filter, all pages, with human headers
    // and ISO 8601 instants whatever the locale.
    void auditExportsEveryPageAsCsv()
    {
        const qint64 patient = m_fixture.createPatient(QStringLiteral("Exporta, \"Ella\""));
        for (int i = 0; i < 230; ++i)
            QCOMPARE(m_fixture.doctor->get(QStringLiteral("/api/patients/%1").arg(patient)).status, 200);
        const qint64 total =
            m_fixture.admin
                ->get(QStringLiteral("/api/audit?patient_id=%1&include_total=true&limit=1").arg(patient))
                .json()
                .value(QStringLiteral("total"))
                .toInteger();
        QVERIFY(total >= 231);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QJsonObject user;
        auto api = signedIn(QStringLiteral("admin"), &user);
        auto w = window(*api, user);
        client::AdminTab *tab = w->adminTab();
        w->tabs()->setCurrentWidget(tab);
        tab->findChild<QTabWidget *>(QStringLiteral("adminTabs"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(tab->users()->rowCount() >= 4, Timeout);
        tab->findChild<QLineEdit *>(QStringLiteral("auditPatient"))->setText(QString::number(patient));
        tab->applyAuditFilter();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->audit()->isLoading() && tab->audit()->total() == total, Timeout);
        QVERIFY(tab->audit()->rowCount() < total); // only the first page is loaded
        QTemporaryDir folder;
        const QString fileName = folder.filePath(QStringLiteral("audit.csv"));
        QPointer<QDialog> opened;
        connect(tab, &client::AdminTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        QSignalSpy exported(tab, &client::AdminTab::auditExported);
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("auditExport")), Qt::LeftButton);
        QTRY_VERIFY(opened);
        auto *save = qobject_cast<QFileDialog *>(opened.data());
        QVERIFY(save);
        QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
        save->selectFile(fileName);
        opened->accept(); // as the dialog's Save button does

        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(exported.at(0).at(1).toInt(), int(total));
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(total) + 1);
        QCOMPARE(lines.first(),
                 QStringLiteral("Time (UTC),User id,Username,Full name,Action,Action code,Resource,"
                                "Resource id,Patient id,Patient,Outcome,Reason,Client address,"
                                "Request id"));
        const QRegularExpression instant(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z,"));
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(instant.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
        const QString &read = lines.at(1);
        QVERIFY2(
            read.contains(
                QStringLiteral(",doc,%1,Patient viewed,patient.read,patient,%2,%2,\"Exporta, \"\"Ella\"\"\",")
                    .arg(m_doctorName)
                    .arg(patient)),
            qPrintable(read));
    }
};

QTEST_MAIN(TestClientRecordsAdmin)
#include "tst_client_records_admin.moc"
