#include "api/ApiClient.h"
#include "app/Formats.h"
#include "app/TrustStore.h"
#include "models/TableModels.h"
#include "shared/Labels.h"
#include "support/ApiClient.h"
#include "support/TestDatabase.h"
#include "support/TestServer.h"
#include "views/AdminTab.h"
#include "views/AppointmentDialog.h"
#include "views/AppointmentsTab.h"
#include "views/LoginDialog.h"
#include "views/MainWindow.h"
#include "views/MergeDialog.h"
#include "views/PatientDialog.h"
#include "views/PatientsTab.h"
#include "views/RecordHistoryDialog.h"
#include "views/RecordPatientList.h"
#include "views/RecordsTab.h"
#include "widgets/DataTable.h"
#include "widgets/MessageWidget.h"
#include "widgets/PatientPicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace hms;

namespace {
constexpr int Timeout = 15000;
} // namespace

// The real client windows against a real server (demo data) under the
// offscreen platform: what a receptionist, a doctor and an admin do all day.
class TestClientGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<test::TestServer> m_server;

    std::unique_ptr<client::ApiClient> signedIn(const QString &username, const QString &password,
                                                QJsonObject *user = nullptr)
    {
        auto api = std::make_unique<client::ApiClient>();
        api->setServer(m_server->url());
        bool done = false;
        api->login(username, password, this, [&](const client::ApiResult &result) {
            if (user)
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
        w->show();
        w->activateWindow();
        QApplication::setActiveWindow(w.get());
        (void)QTest::qWaitForWindowActive(w.get());
        return w;
    }

    std::unique_ptr<test::ApiClient> rest(const QString &username, const QString &password)
    {
        auto client = std::make_unique<test::ApiClient>(m_server->url());
        client->login(username, password);
        return client;
    }

    static QString isoLocal(const QDateTime &local)
    {
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_database->isValid(), qPrintable(m_database->error()));
        m_server = std::make_unique<test::TestServer>(m_database->url());
        QVERIFY2(m_server->start({QStringLiteral("--demo")}), qPrintable(m_server->output()));
        QApplication::setOrganizationName(QStringLiteral("hms-tests"));
        QApplication::setApplicationName(
            QStringLiteral("hms-client-tests-%1").arg(QCoreApplication::applicationPid()));
    }

    void signInReportsBadPasswordsThenSucceeds()
    {
        client::ApiClient api;
        api.setServer(m_server->url());
        client::LoginDialog dialog(api, client::LoginDialog::Mode::SignIn);
        dialog.show();
        auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
        QVERIFY(server && username && password && error);
        QCOMPARE(server->text(), m_server->url().toString());
        username->setText(QStringLiteral("reception"));
        QTest::keyClicks(password, QStringLiteral("not the password"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        QCOMPARE(error->text(), QStringLiteral("The username or password is incorrect."));
        QVERIFY(dialog.isVisible());
        password->clear();
        QTest::keyClicks(password, QStringLiteral("demo-reception-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), Timeout);
        QVERIFY(api.isSignedIn());
        QCOMPARE(QSettings().value(QStringLiteral("login/username")).toString(), QStringLiteral("reception"));
        QVERIFY(!QSettings().allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("password")));

        // An unreachable server is named as such.
        client::ApiClient nowhere;
        nowhere.setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
        client::LoginDialog offline(nowhere, client::LoginDialog::Mode::SignIn);
        offline.show();
        offline.findChild<QLineEdit *>(QStringLiteral("serverEdit"))
            ->setText(QStringLiteral("http://127.0.0.1:1"));
        offline.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("reception"));
        offline.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("whatever password"));
        QTest::mouseClick(offline.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        auto *offlineError = offline.findChild<QLabel *>(QStringLiteral("loginError"));
        QTRY_VERIFY_WITH_TIMEOUT(offlineError->isVisible(), Timeout);
        QVERIFY2(offlineError->text().contains(QStringLiteral("cannot be reached")),
                 qPrintable(offlineError->text()));
    }

    void signInOverTlsTrustsTheClinicsOwnAuthority()
    {
        // The clinic's CA signs the server's certificate; only the CA is handed to the client.
        const QString dir = test::TestDatabase::tempDir() + QStringLiteral("/clinic-ca");
        QDir(dir).removeRecursively();
        QVERIFY(QDir().mkpath(dir));
        const auto openssl = [&dir](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(dir);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral("openssl"), arguments);
            return process.waitForFinished(60000) && process.exitCode() == 0;
        };
        const QString ec = QStringLiteral("ec_paramgen_curve:P-256");
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=Clinic Test CA"), QStringLiteral("-keyout"),
                         QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem")}));
        QVERIFY(
            openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), ec, QStringLiteral("-nodes"), QStringLiteral("-subj"),
                     QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                     QStringLiteral("-out"), QStringLiteral("server.csr")}));
        QFile extensions(dir + QStringLiteral("/san.ext"));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\n");
        extensions.close();
        QVERIFY(
            openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                     QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                     QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                     QStringLiteral("san.ext"), QStringLiteral("-out"), QStringLiteral("server.pem")}));

        test::TestServer tlsServer(m_database->url());
        QVERIFY2(tlsServer.start({QStringLiteral("--tls-cert"), dir + QStringLiteral("/server.pem"),
                                  QStringLiteral("--tls-key"), dir + QStringLiteral("/server.key")}),
                 qPrintable(tlsServer.output()));
        QUrl url = tlsServer.url();
        url.setScheme(QStringLiteral("https"));

        const auto signIn = [&url](QString *errorText) -> bool {
            client::ApiClient api;
            api.setServer(url);
            client::LoginDialog dialog(api, client::LoginDialog::Mode::SignIn);
            dialog.show();
            dialog.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(url.toString());
            dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))
                ->setText(QStringLiteral("reception"));
            dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(QStringLiteral("demo-reception-password"));
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                              Qt::LeftButton);
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("loginError"));
            const bool answered = QTest::qWaitFor(
                [&] { return error->isVisible() || dialog.result() == QDialog::Accepted; }, Timeout);
            *errorText = !answered   ? QStringLiteral("no answer within the timeout")
                : error->isVisible() ? error->text()
                                     : QString();
            return api.isSignedIn();
        };
        QString errorText;
        QVERIFY(!signIn(&errorText));
        QVERIFY2(errorText.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(errorText));

        QVERIFY(!client::trustCertificateAuthorities(dir + QStringLiteral("/san.ext")).ok());
        const auto trusted = client::trustCertificateAuthorities(dir + QStringLiteral("/ca.pem"));
        QVERIFY(trusted.ok());
        QCOMPARE(trusted.value(), 1);
        QVERIFY2(signIn(&errorText), qPrintable(errorText));
        QCOMPARE(tlsServer.stop(), 0);
    }

    void tabsFollowTheRole_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("tabs");
        QTest::newRow("receptionist") << "reception"
                                      << "demo-reception-password"
                                      << QStringList{QStringLiteral("Dashboard"), QStringLiteral("Patients"),
                                                     QStringLiteral("Appointments")};
        QTest::newRow("doctor") << "dr.house"
                                << "demo-doctor-password"
                                << QStringList{QStringLiteral("Dashboard"), QStringLiteral("Patients"),
                                               QStringLiteral("Appointments"),
                                               QStringLiteral("Medical records")};
        QTest::newRow("admin") << "admin"
                               << "demo-admin-password"
                               << QStringList{QStringLiteral("Dashboard"), QStringLiteral("Patients"),
                                              QStringLiteral("Appointments"),
                                              QStringLiteral("Administration")};
    }

    void tabsFollowTheRole()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QStringList, tabs);
        QJsonObject user;
        auto api = signedIn(username, password, &user);
        QVERIFY(api);
        auto w = window(*api, user);
        QCOMPARE(w->tabNames(), tabs);
        auto *archive = w->findChild<QPushButton *>(QStringLiteral("archivePatientButton"));
        QVERIFY(archive);
        QCOMPARE(!archive->isHidden(), username == QLatin1String("admin"));
        auto *state = w->findChild<QLabel *>(QStringLiteral("serverState"));
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QStringLiteral("ready")), Timeout);
        // The role by its label ("Administrator"), never its wire name ("admin").
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("signedInUser"))
                    ->text()
                    .endsWith(labels::role(user.value(QStringLiteral("role")).toString())));
        auto *patientsTotal = w->findChild<QLabel *>(QStringLiteral("patientsTotal"));
        QTRY_COMPARE_WITH_TIMEOUT(patientsTotal->text(), QStringLiteral("60"), Timeout);
    }

    void patientsSearchAndLoadPageByPage()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        QVERIFY(api);
        auto w = window(*api, user);
        client::PatientsTab *tab = w->patientsTab();
        w->tabs()->setCurrentWidget(tab);
        client::PatientTableModel *model = tab->model();
        QList<int> pages; // row count after each page arrived
        connect(model, &client::CursorTableModel::pageLoaded, this,
                [&pages, model] { pages.append(model->rowCount()); });
        model->reload();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *table = tab->findChild<QTableView *>(QStringLiteral("patientsTable"));
        table->scrollToBottom(); // the view asks for more as the user scrolls
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 60, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!model->canFetchMore({}), Timeout);
        QCOMPARE(pages, (QList<int>{50, 60})); // two pages of the API, never the whole list at once

        // Search as you type: Ctrl+F, then a name prefix.
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = tab->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("garc"));
        const int expected = int(rest(QStringLiteral("reception"), QStringLiteral("demo-reception-password"))
                                     ->get(QStringLiteral("/api/patients?q=garc"))
                                     .items()
                                     .size());
        QVERIFY(expected > 0 && expected < 60);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), expected, Timeout);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->data(model->index(row, client::PatientTableModel::Name))
                        .toString()
                        .contains(QStringLiteral("Garc")));
        table->selectRow(0);
        auto *details = tab->findChild<QLabel *>(QStringLiteral("patientDetails"));
        QTRY_VERIFY(details->text().contains(
            model->data(model->index(0, client::PatientTableModel::Mrn)).toString()));
    }

    void patientSelectionFollowsTheIdAcrossReloads()
    {
        // A width the user set by hand last time is kept; the other columns fit their content.
        QSettings().setValue(
            QStringLiteral("tables/patientsTable/column%1").arg(client::PatientTableModel::Phone), 211);
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        QVERIFY(api);
        auto w = window(*api, user);
        client::PatientsTab *tab = w->patientsTab();
        w->tabs()->setCurrentWidget(tab);
        client::DataTable *table = tab->table();
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 50, Timeout);
        // The count is the list's total from the server, not the 50 rows of the first page.
        const qint64 total = rest(QStringLiteral("reception"), QStringLiteral("demo-reception-password"))
                                 ->get(QStringLiteral("/api/patients?include_total=true&limit=1"))
                                 .json()
                                 .value(QStringLiteral("total"))
                                 .toInteger();
        QVERIFY(total > 50);
        QTRY_COMPARE_WITH_TIMEOUT(table->statusLine()->text(), QStringLiteral("%1 patient(s)").arg(total),
                                  Timeout);
        QCOMPARE(table->columnWidth(client::PatientTableModel::Phone), 211);
        const QAbstractItemView *view = table;
        QVERIFY(table->columnWidth(client::PatientTableModel::Mrn) >=
                view->sizeHintForColumn(client::PatientTableModel::Mrn));
        // A width the user drags is remembered, and a reload does not fit it away.
        QHeaderView *header = table->horizontalHeader();
        const int sex = client::PatientTableModel::Sex;
        const QPoint edge(header->sectionViewportPosition(sex) + header->sectionSize(sex) - 1, 5);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        header->resizeSection(sex, 150);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge);
        QCOMPARE(QSettings().value(QStringLiteral("tables/patientsTable/column%1").arg(sex)).toInt(), 150);
        tab->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading() && tab->model()->rowCount() == 50, Timeout);
        QCOMPARE(table->columnWidth(sex), 150);
        QSettings().remove(QStringLiteral("tables/patientsTable"));

        auto *edit = tab->findChild<QPushButton *>(QStringLiteral("editPatientButton"));
        auto *details = tab->findChild<QLabel *>(QStringLiteral("patientDetails"));
        QVERIFY(!edit->isEnabled());
        table->selectRow(3);
        const Patient chosen = tab->model()->row(3);
        QTRY_VERIFY(details->text().contains(chosen.mrn));
        QVERIFY(edit->isEnabled());
        // A reload selects the same patient again, wherever their row is now.
        tab->refresh();
        QVERIFY(!edit->isEnabled()); // nothing selected while the list reloads
        QTRY_VERIFY_WITH_TIMEOUT(tab->selectedPatient().value_or(Patient()).id == chosen.id, Timeout);
        QVERIFY(edit->isEnabled());
        QTRY_VERIFY(details->text().contains(chosen.mrn));
        // A search that leaves them out: nothing selected, no details, nothing to edit.
        const QString other = tab->model()->row(10).mrn;
        tab->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(other);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading() && tab->model()->rowCount() == 1 &&
                                     tab->model()->row(0).mrn == other,
                                 Timeout);
        QVERIFY(!tab->selectedPatient());
        QVERIFY(!edit->isEnabled());
        QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("archivePatientButton"))->isEnabled());
        QVERIFY(!details->text().contains(chosen.mrn));
        QCOMPARE(table->statusLine()->text(), QStringLiteral("1 patient(s)"));
        // Tab leaves the table instead of walking its cells.
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(!table->hasFocus());
    }

    void addPatientShowsErrorsThenSaves()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        auto w = window(*api, user);
        QDialog *opened = nullptr;
        connect(w->patientsTab(), &client::PatientsTab::dialogOpened, this,
                [&opened](QDialog *d) { opened = d; });
        // Ctrl+N is the workspace's own "new": a patient on Patients.
        w->tabs()->setCurrentWidget(w->patientsTab());
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(opened);
        auto *dialog = qobject_cast<client::PatientDialog *>(opened);
        QVERIFY(dialog);
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(dialog->fieldError(QStringLiteral("name")), QStringLiteral("is required"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Ada Lovelace"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("ada@"));
        QCOMPARE(dialog->fieldError(QStringLiteral("name")), QString());
        QCOMPARE(dialog->fieldError(QStringLiteral("email")),
                 QStringLiteral("must be a valid email address"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("analytical"));
        QCOMPARE(dialog->fieldError(QStringLiteral("email")),
                 QStringLiteral("must be a valid email address"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral(".engine.org"));
        QCOMPARE(dialog->fieldError(QStringLiteral("email")), QString());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit")),
                         QStringLiteral("+44 20 7946 0958"));
        // No date of birth is invented: it is required until typed.
        QVERIFY(!save->isEnabled());
        QCOMPARE(dialog->fieldError(QStringLiteral("date_of_birth")), QStringLiteral("is required"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dateOfBirthEdit")),
                         QLocale().toString(QDate(1952, 12, 10), client::formats::dateFormat()));
        QVERIFY(save->isEnabled());
        QPointer<QDialog> guard(dialog);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), Timeout);
        const auto found = rest(QStringLiteral("reception"), QStringLiteral("demo-reception-password"))
                               ->get(QStringLiteral("/api/patients?q=ada@analytical.engine.org"))
                               .items();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Ada Lovelace"));
        auto *notice = w->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice->text().contains(QStringLiteral("Ada Lovelace")));

        // A server-side error lands on its field: the same email again is a conflict.
        opened = nullptr;
        w->patientsTab()->addPatient();
        QTRY_VERIFY(opened);
        dialog = qobject_cast<client::PatientDialog *>(opened);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Ada Again"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit")),
                         QStringLiteral("ADA@analytical.engine.org"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("dateOfBirthEdit")),
                         QLocale().toString(QDate(1952, 12, 10), client::formats::dateFormat()));
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTRY_VERIFY(nameEdit->isVisible());
        const QPoint before = nameEdit->mapTo(dialog, QPoint(0, 0));
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->fieldError(QStringLiteral("email")),
                                  QStringLiteral("is already used by another patient"), Timeout);
        // The server's sentence is at the top of the dialog, and the form did not move for it.
        QVERIFY(dialog->messageWidget()->isVisible());
        QCOMPARE(dialog->messageWidget()->type(), client::MessageWidget::Type::Error);
        QVERIFY(!dialog->message().isEmpty());
        QCOMPARE(nameEdit->mapTo(dialog, QPoint(0, 0)), before);
        dialog->reject();
    }

    void conflictingBookingIsExplained()
    {
        auto desk = rest(QStringLiteral("reception"), QStringLiteral("demo-reception-password"));
        const QJsonArray doctors = desk->get(QStringLiteral("/api/doctors")).items();
        const qint64 doctorId = doctors[0].toObject().value(QStringLiteral("id")).toInteger();
        const QString doctorName = doctors[0].toObject().value(QStringLiteral("full_name")).toString();
        const QDateTime slot(QDate::currentDate().addDays(20), QTime(10, 0));
        const test::Reply first = desk->post(QStringLiteral("/api/appointments"),
                                             {{QStringLiteral("patient_id"), 2},
                                              {QStringLiteral("doctor_id"), doctorId},
                                              {QStringLiteral("appointment_datetime"), isoLocal(slot)}});
        QCOMPARE(first.status, 201);
        const QString firstPatient = first.json().value(QStringLiteral("patient_name")).toString();

        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        auto w = window(*api, user);
        client::AppointmentsTab *tab = w->appointmentsTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->doctors().size() == 2, Timeout);
        QDialog *opened = nullptr;
        connect(tab, &client::AppointmentsTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        tab->book();
        QTRY_VERIFY(opened);
        auto *dialog = qobject_cast<client::AppointmentDialog *>(opened);
        QTest::keyClicks(dialog->picker()->searchEdit(), QStringLiteral("smith"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->picker()->resultCount() > 0, Timeout);
        dialog->picker()->choose(0);
        dialog->setDoctor(doctorId);
        dialog->setStart(slot.addSecs(qint64{15} * 60));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveAppointmentButton"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->conflictText().contains(firstPatient), Timeout);
        QVERIFY(dialog->conflictText().contains(doctorName));
        // In people's terms: no internal id.
        QVERIFY(!dialog->conflictText().contains(
            QStringLiteral("appointment %1").arg(first.json().value(QStringLiteral("id")).toInteger())));
        QVERIFY(dialog->isVisible());
        // A free time books.
        dialog->setStart(slot.addSecs(qint64{60} * 60));
        QPointer<QDialog> guard(dialog);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), Timeout);
    }

    void appointmentMovesThroughItsStatuses()
    {
        auto desk = rest(QStringLiteral("reception"), QStringLiteral("demo-reception-password"));
        const qint64 doctorId = desk->get(QStringLiteral("/api/doctors"))
                                    .items()[1]
                                    .toObject()
                                    .value(QStringLiteral("id"))
                                    .toInteger();
        const QDateTime slot(QDate::currentDate().addDays(25), QTime(14, 0));
        const test::Reply booked = desk->post(QStringLiteral("/api/appointments"),
                                              {{QStringLiteral("patient_id"), 3},
                                               {QStringLiteral("doctor_id"), doctorId},
                                               {QStringLiteral("appointment_datetime"), isoLocal(slot)}});
        QCOMPARE(booked.status, 201);
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        auto w = window(*api, user);
        client::AppointmentsTab *tab = w->appointmentsTab();
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w->tabs()->setCurrentWidget(tab);
        tab->setDay(slot.date());
        QTRY_VERIFY_WITH_TIMEOUT(tab->doctors().size() == 2, Timeout);
        tab->setDoctorFilter(doctorId);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, Timeout);
        tab->selectRow(0);
        using S = AppointmentStatus;
        QVERIFY(tab->statusButton(S::CheckedIn)->isEnabled());
        QVERIFY(tab->statusButton(S::NoShow)->isEnabled());
        QVERIFY(!tab->statusButton(S::Completed)->isEnabled());
        const qint64 bookedId = booked.json().value(QStringLiteral("id")).toInteger();
        QCOMPARE(tab->table()->selectedId(), bookedId);
        QTest::mouseClick(tab->statusButton(S::CheckedIn), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->selected().value_or(Appointment()).status == S::CheckedIn, Timeout);
        QVERIFY(tab->statusButton(S::Completed)->isEnabled());
        QVERIFY(!tab->statusButton(S::NoShow)->isEnabled());
        QTest::mouseClick(tab->statusButton(S::Completed), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->selected().value_or(Appointment()).status == S::Completed, Timeout);
        for (S status : {S::CheckedIn, S::Completed, S::Cancelled, S::NoShow})
            QVERIFY(!tab->statusButton(status)->isEnabled());
        QCOMPARE(tab->model()->data(tab->model()->index(0, client::AppointmentTableModel::Status)).toString(),
                 QStringLiteral("Completed"));
        // The list filters by status and spans a week.
        // A filter that leaves the selected appointment out leaves nothing selected and no action enabled.
        tab->setStatusFilter(S::Scheduled);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading() && tab->model()->rowCount() == 0, Timeout);
        QVERIFY(!tab->selected());
        QCOMPARE(tab->table()->selectedId(), qint64(0));
        QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("rescheduleButton"))->isEnabled());
        tab->setStatusFilter(S::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, Timeout);
        tab->setStatusFilter(std::nullopt);
        tab->setDoctorFilter(0);
        tab->setSpanDays(7);
        const QString weekFrom =
            QString::fromLatin1(QUrl::toPercentEncoding(isoLocal(QDateTime(slot.date(), QTime(0, 0)))));
        const QString weekTo = QString::fromLatin1(
            QUrl::toPercentEncoding(isoLocal(QDateTime(slot.date().addDays(7), QTime(0, 0)))));
        const int week =
            int(desk->get(QStringLiteral("/api/appointments?limit=200&from=%1&to=%2").arg(weekFrom, weekTo))
                    .items()
                    .size());
        QVERIFY(week >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount() + (tab->model()->canFetchMore({}) ? 1000 : 0),
                                  week, Timeout);
        // The count is the server's total (include_total), and every column fits what it shows.
        QCOMPARE(tab->summary(), QStringLiteral("%1 appointment(s)").arg(week));
        const QAbstractItemView *table = tab->table();
        for (int column : {client::AppointmentTableModel::Time, client::AppointmentTableModel::Status,
                           client::AppointmentTableModel::Patient})
            QVERIFY2(tab->table()->columnWidth(column) >= table->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(tab->table()->columnWidth(column))
                                    .arg(table->sizeHintForColumn(column))));
    }

    void doctorAddsAndAmendsARecord()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("dr.grey"), QStringLiteral("demo-doctor-password"), &user);
        auto w = window(*api, user);
        client::RecordsTab *tab = w->recordsTab();
        QVERIFY(tab);
        QAbstractItemModelTester tester(tab->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w->tabs()->setCurrentWidget(tab);
        QDialog *opened = nullptr;
        connect(tab, &client::RecordsTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        QTest::keyClicks(tab->picker()->searchEdit(), QStringLiteral("kowalski"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->picker()->resultCount() > 0, Timeout);
        tab->picker()->choose(0);
        auto *add = tab->findChild<QPushButton *>(QStringLiteral("newRecordButton"));
        QTRY_VERIFY(add->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!tab->model()->isLoading(), Timeout);
        const int before = tab->model()->rowCount();
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY(opened);
        QTest::keyClicks(opened->findChild<QPlainTextEdit *>(QStringLiteral("diagnosisEdit")),
                         QStringLiteral("Sprained ankle"));
        QTest::keyClicks(opened->findChild<QPlainTextEdit *>(QStringLiteral("prescriptionEdit")),
                         QStringLiteral("Ice, rest"));
        QPointer<QDialog> guard(opened);
        QTest::mouseClick(opened->findChild<QPushButton *>(QStringLiteral("saveRecordButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), before + 1, Timeout);
        int row = -1;
        for (int i = 0; i < tab->model()->rowCount(); ++i) {
            if (tab->model()->row(i).diagnosis == QLatin1String("Sprained ankle"))
                row = i;
        }
        QVERIFY(row >= 0);
        tab->selectRow(row);
        auto *amend = tab->findChild<QPushButton *>(QStringLiteral("amendRecordButton"));
        QVERIFY(amend->isEnabled());
        opened = nullptr;
        QTest::mouseClick(amend, Qt::LeftButton);
        QTRY_VERIFY(opened);
        auto *diagnosis = opened->findChild<QPlainTextEdit *>(QStringLiteral("diagnosisEdit"));
        QCOMPARE(diagnosis->toPlainText(), QStringLiteral("Sprained ankle"));
        diagnosis->setPlainText(QStringLiteral("Sprained ankle, grade II"));
        // An amendment says why before it can be saved.
        auto *save = opened->findChild<QPushButton *>(QStringLiteral("saveRecordButton"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(opened->findChild<QLineEdit *>(QStringLiteral("amendmentReasonEdit")),
                         QStringLiteral("X-ray shows a partial tear"));
        QVERIFY(save->isEnabled());
        guard = opened;
        QTest::mouseClick(opened->findChild<QPushButton *>(QStringLiteral("saveRecordButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0 && tab->model()->row(0).version == 2, Timeout);
        tab->selectRow(0);
        opened = nullptr;
        QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("historyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(opened, Timeout);
        auto *history = opened->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 2);
        QCOMPARE(history->item(1, client::RecordHistoryDialog::Reason)->text(),
                 QStringLiteral("X-ray shows a partial tear"));
        auto *changes = opened->findChild<QTableWidget *>(QStringLiteral("historyChanges"));
        QCOMPARE(changes->item(0, client::RecordHistoryDialog::Before)->text(),
                 QStringLiteral("Sprained ankle"));
        QCOMPARE(changes->item(0, client::RecordHistoryDialog::After)->text(),
                 QStringLiteral("Sprained ankle, grade II"));
        opened->close();
        // A record by another doctor cannot be amended from here.
        const QJsonArray records = rest(QStringLiteral("dr.grey"), QStringLiteral("demo-doctor-password"))
                                       ->get(QStringLiteral("/api/patients/1/records"))
                                       .items();
        QVERIFY(!records.isEmpty()); // demo: written by Dr. House
        tab->picker()->searchEdit()->setText(QStringLiteral("MRN-000001"));
        QTRY_VERIFY_WITH_TIMEOUT(tab->picker()->resultCount() == 1, Timeout);
        tab->picker()->choose(0);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0, Timeout);
        tab->selectRow(0);
        QVERIFY(!amend->isEnabled());
    }

    void staleEditOffersAFieldByFieldMerge()
    {
        auto other = rest(QStringLiteral("admin"), QStringLiteral("demo-admin-password"));
        const qint64 id = 5;
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        auto w = window(*api, user);
        client::PatientsTab *tab = w->patientsTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->rowCount() > 0, Timeout);
        QDialog *opened = nullptr;
        connect(tab, &client::PatientsTab::dialogOpened, this, [&opened](QDialog *d) { opened = d; });
        tab->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("MRN-000005"));
        QTRY_COMPARE_WITH_TIMEOUT(tab->model()->rowCount(), 1, Timeout);
        QCOMPARE(tab->model()->row(0).id, id);
        tab->findChild<QTableView *>(QStringLiteral("patientsTable"))->selectRow(0);
        tab->editPatient();
        QTRY_VERIFY_WITH_TIMEOUT(opened, Timeout);
        auto *dialog = qobject_cast<client::PatientDialog *>(opened);
        // Meanwhile someone else changes the phone and the address.
        QCOMPARE(other
                     ->put(QStringLiteral("/api/patients/%1").arg(id),
                           {{QStringLiteral("phone"), QStringLiteral("+1 555 999 0000")},
                            {QStringLiteral("address"), QStringLiteral("1 Other Street")}})
                     .status,
                 200);
        // The receptionist changes the phone and the blood group, and saves.
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phoneEdit"));
        phone->setText(QStringLiteral("+1 555 123 4567"));
        auto *blood = dialog->findChild<QComboBox *>(QStringLiteral("bloodGroupCombo"));
        blood->setCurrentIndex(blood->findData(QStringLiteral("AB-")));
        QStringList conflicts;
        connect(dialog, &client::PatientDialog::mergeOffered, this, [&conflicts](QDialog *d) {
            auto *merge = qobject_cast<client::MergeDialog *>(d);
            conflicts = merge->conflictingFields();
            // Qt deletes the slot object that singleShot allocates, which the analyzer does not see.
            // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDeleteLeaks)
            QTimer::singleShot(0, merge, [merge] {
                merge->choose(QStringLiteral("phone"), true); // keep mine
                merge->choose(QStringLiteral("address"), false); // take theirs
                merge->accept();
            });
        });
        QPointer<QDialog> guard(dialog);
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!guard, Timeout);
        QVERIFY(conflicts.contains(QStringLiteral("phone")));
        QVERIFY(conflicts.contains(QStringLiteral("address")));
        const QJsonObject stored = other->get(QStringLiteral("/api/patients/%1").arg(id)).json();
        QCOMPARE(stored.value(QStringLiteral("phone")).toString(), QStringLiteral("+1 555 123 4567"));
        QCOMPARE(stored.value(QStringLiteral("address")).toString(), QStringLiteral("1 Other Street"));
        QCOMPARE(stored.value(QStringLiteral("blood_group")).toString(), QStringLiteral("AB-"));
    }

    void idleLockKeepsWorkAndAsksForThePassword()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        auto w = window(*api, user);
        QDialog *opened = nullptr;
        connect(w->patientsTab(), &client::PatientsTab::dialogOpened, this,
                [&opened](QDialog *d) { opened = d; });
        w->patientsTab()->addPatient();
        QTRY_VERIFY(opened);
        QTest::keyClicks(opened->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("Half Typed"));
        QDialog *lockDialog = nullptr;
        connect(w.get(), &client::MainWindow::lockShown, this, [&lockDialog](QDialog *d) { lockDialog = d; });
        w->setIdleLockSeconds(1);
        QTRY_VERIFY_WITH_TIMEOUT(w->isLocked(), 5000);
        QVERIFY(lockDialog);
        QVERIFY(!w->centralWidget()->isVisible()); // no patient data on screen
        auto *password = lockDialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QCOMPARE(lockDialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->text(),
                 QStringLiteral("reception"));
        QTest::keyClicks(password, QStringLiteral("wrong password!!"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(lockDialog->findChild<QLabel *>(QStringLiteral("loginError"))->isVisible(),
                                 Timeout);
        QVERIFY(w->isLocked());
        w->setIdleLockSeconds(600);
        password->clear();
        QTest::keyClicks(password, QStringLiteral("demo-reception-password"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isLocked(), Timeout);
        QVERIFY(w->centralWidget()->isVisible());
        QCOMPARE(opened->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Half Typed"));
        opened->reject();
    }

    void adminSeesStaffAndTheAuditLog()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("admin"), QStringLiteral("demo-admin-password"), &user);
        auto w = window(*api, user);
        client::AdminTab *tab = w->adminTab();
        QVERIFY(tab);
        QAbstractItemModelTester users(tab->users(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester audit(tab->audit(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(tab->users()->rowCount(), 4, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(tab->audit()->rowCount() > 0, Timeout);
        tab->setAuditAction(QStringLiteral("auth.login"));
        tab->applyAuditFilter();
        QTRY_VERIFY_WITH_TIMEOUT(tab->audit()->rowCount() > 0, Timeout);
        for (int i = 0; i < tab->audit()->rowCount(); ++i)
            QCOMPARE(tab->audit()->row(i).action, QStringLiteral("auth.login"));
    }

    void unreachableServerShowsABannerAndRecovers()
    {
        QJsonObject user;
        auto api = signedIn(QStringLiteral("reception"), QStringLiteral("demo-reception-password"), &user);
        auto w = window(*api, user);
        auto *banner = w->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w->findChild<QLabel *>(QStringLiteral("serverState"))->text().contains(QStringLiteral("ready")),
            Timeout);
        QVERIFY(!banner->isVisible());
        const QUrl real = api->server();
        api->setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
        w->checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        api->setServer(real);
        w->checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Timeout);
    }
};

QTEST_MAIN(TestClientGui)
#include "tst_client_gui.moc"
