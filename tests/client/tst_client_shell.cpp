#include "api/ApiClient.h"
#include "api/ClinicApi.h"
#include "app/ClientApp.h"
#include "app/ClientSettings.h"
#include "app/Translations.h"
#include "support/ApiFixture.h"
#include "views/LoginDialog.h"
#include "views/MainWindow.h"
#include "views/PatientsTab.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOption>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>
#include <utility>

using namespace hms;

namespace {
constexpr int Timeout = 15000;
const QString Password = QString::fromLatin1(test::ApiFixture::Password);

// True when nothing but one flat colour is drawn: no text, no field, no frame.
bool showsNothing(QWidget *window)
{
    const QImage image = window->grab().toImage();
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

// Pixels inside `rect` of `image` clearly darker than the lightest one there:
// ink of text or of an arrow, per row.
QList<int> inkPerRow(const QImage &image, const QRect &rect)
{
    int lightest = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            lightest = std::max(lightest, qGray(image.pixel(x, y)));
    QList<int> rows;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        int ink = 0;
        for (int x = rect.left(); x <= rect.right(); ++x)
            ink += qGray(image.pixel(x, y)) < lightest - 90 ? 1 : 0;
        rows.append(ink);
    }
    return rows;
}

// The windows a person could see now, other than the lock dialog and what it opened.
QWidgetList visibleWindowsBesides(const QWidget *lockDialog)
{
    QWidgetList windows;
    const QWidgetList all = QApplication::topLevelWidgets();
    for (QWidget *window : all) {
        if (!window)
            continue;
        bool lockOwn = false;
        for (const QWidget *w = window; w; w = w->parentWidget())
            lockOwn = lockOwn || w == lockDialog;
        if (window->isVisible() && !lockOwn)
            windows.append(window);
    }
    return windows;
}
} // namespace

// The client's shell against a real server under the offscreen platform: the
// lock over every window, its shortcut from anywhere, notices that never move
// the workspace, Settings, the application's style and its languages. Every
// test makes its own patients through the API.
class TestClientShell : public QObject
{
    Q_OBJECT

private:
    test::ApiFixture m_fixture;
    QStringList m_patientNames;

    std::unique_ptr<client::ApiClient> signedIn(QJsonObject *user)
    {
        auto api = std::make_unique<client::ApiClient>();
        api->setServer(m_fixture.server->url());
        bool done = false;
        api->login(QStringLiteral("front"), Password, this, [&](const client::ApiResult &result) {
            *user = result.json.value(QStringLiteral("user")).toObject();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, Timeout) || api->token().isEmpty())
            return nullptr;
        return api;
    }

    std::unique_ptr<client::MainWindow> window(client::ApiClient &api, const QJsonObject &user,
                                               QSize size = QSize(1024, 700))
    {
        auto w = std::make_unique<client::MainWindow>(api, User::fromJson(user));
        w->resize(size);
        w->show();
        w->activateWindow();
        QApplication::setActiveWindow(w.get());
        (void)QTest::qWaitForWindowActive(w.get());
        return w;
    }

    // Ctrl+N on the patients tab: the new-patient dialog, with a name typed into its first field.
    QLineEdit *typeIntoNewPatient(client::MainWindow *w, const QString &name)
    {
        w->tabs()->setCurrentWidget(w->patientsTab());
        QTest::keyClick(w, Qt::Key_N, Qt::ControlModifier);
        const auto fieldOfTheDialog = [] {
            auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            return field && QApplication::activeModalWidget() &&
                    field->window() == QApplication::activeModalWidget()
                ? field
                : nullptr;
        };
        if (!QTest::qWaitFor([&] { return fieldOfTheDialog() != nullptr; }, Timeout))
            return nullptr;
        QLineEdit *field = fieldOfTheDialog();
        QTest::keyClicks(field, name);
        return field;
    }

    static void clearSettings()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    // Text of the current item drawn inside the drop-down's field.
    static bool comboDrawsItsText(QComboBox *combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.currentText = combo->currentText();
        option.frame = combo->hasFrame();
        option.subControls = QStyle::SC_All;
        const QRect field =
            combo->style()
                ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo)
                .intersected(combo->rect());
        const QList<int> ink = inkPerRow(combo->grab().toImage(), field);
        return std::accumulate(ink.begin(), ink.end(), 0) >= 12;
    }

    // An up and a down arrow: a triangle whose rows of ink widen or narrow, not a flat dash.
    static bool spinDrawsArrows(QSpinBox *spin)
    {
        QStyleOptionSpinBox option;
        option.initFrom(spin);
        option.buttonSymbols = spin->buttonSymbols();
        option.frame = spin->hasFrame();
        option.subControls = QStyle::SC_All;
        option.stepEnabled = QAbstractSpinBox::StepUpEnabled | QAbstractSpinBox::StepDownEnabled;
        const QImage image = spin->grab().toImage();
        for (const QStyle::SubControl button : {QStyle::SC_SpinBoxUp, QStyle::SC_SpinBoxDown}) {
            const QRect rect = spin->style()
                                   ->subControlRect(QStyle::CC_SpinBox, &option, button, spin)
                                   .intersected(spin->rect());
            QList<int> ink = inkPerRow(image, rect.adjusted(1, 1, -1, -1));
            ink.removeAll(0);
            if (ink.size() < 2 ||
                *std::min_element(ink.begin(), ink.end()) == *std::max_element(ink.begin(), ink.end()))
                return false;
        }
        return true;
    }

    // Keyboard focus changes how the widget is drawn, around its edge, in the highlight colour.
    static bool showsFocus(QWidget *widget)
    {
        widget->window()->activateWindow();
        QApplication::setActiveWindow(widget->window());
        widget->clearFocus();
        QApplication::processEvents();
        const QImage before = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        if (!QTest::qWaitFor([widget] { return widget->hasFocus(); }, 2000))
            return false;
        QApplication::processEvents();
        const QImage after = widget->grab().toImage();
        if (before.size() != after.size())
            return false;
        const QColor highlight = widget->palette().color(QPalette::Highlight);
        int edge = 0;
        for (int y = 0; y < after.height(); ++y) {
            for (int x = 0; x < after.width(); ++x) {
                const bool onEdge = x < 3 || y < 3 || x >= after.width() - 3 || y >= after.height() - 3;
                const QColor now = after.pixelColor(x, y);
                const bool bluish = now.blue() > now.red() + 40 && qAbs(now.hue() - highlight.hue()) < 30;
                if (onEdge && before.pixel(x, y) != after.pixel(x, y) && bluish)
                    ++edge;
            }
        }
        return edge >= (after.width() + after.height()) / 2;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("hms-tests"));
        QApplication::setApplicationName(
            QStringLiteral("hms-client-shell-tests-%1").arg(QCoreApplication::applicationPid()));
        clearSettings();
        const QString error =
            m_fixture.setUp({QStringLiteral("--session-idle-minutes"), QStringLiteral("20")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *name : {"Amelia Hartmann", "Bruno Castillo", "Clara Jiménez", "Dario Weiß"}) {
            m_patientNames.append(QString::fromUtf8(name));
            QVERIFY(m_fixture.createPatient(m_patientNames.last()) > 0);
        }
        client::applyStyle();
    }

    void cleanup()
    {
        // No window of one test may stay for the next one.
        QList<QPointer<QWidget>> windows;
        const QWidgetList all = QApplication::topLevelWidgets();
        for (QWidget *window : all) {
            if (!window->parentWidget() && window->windowType() != Qt::ToolTip &&
                window->windowType() != Qt::Popup)
                windows.append(window);
        }
        for (const QPointer<QWidget> &window : std::as_const(windows))
            delete window.data();
        client::applyLanguage(QStringLiteral("en"));
        clearSettings();
    }

    void cleanupTestCase() { clearSettings(); }

    // A patient's record in an open dialog, a message box and another window
    // are all covered while locked, wherever the lock dialog is moved; after
    // unlocking, the dialog is back with what was typed in it.
    void lockCoversEveryWindowAndKeepsTypedWork()
    {
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user);
        const QString typed = QStringLiteral("Zoe Halfway");
        QLineEdit *name = typeIntoNewPatient(w.get(), typed);
        QVERIFY(name);
        QWidget *dialog = name->window();
        const QString dialogTitle = dialog->windowTitle();

        QMessageBox messageBox(QMessageBox::Information, QStringLiteral("Patient"),
                               QStringLiteral("Bruno Castillo has an appointment at 10:00."));
        messageBox.setWindowModality(Qt::NonModal); // beside the dialog, as a second window would be
        messageBox.show();
        QWidget otherWindow;
        auto *otherLayout = new QVBoxLayout(&otherWindow);
        otherLayout->addWidget(new QLabel(QStringLiteral("Amelia Hartmann, born 1984"), &otherWindow));
        otherWindow.setWindowTitle(QStringLiteral("Amelia Hartmann"));
        otherWindow.show();
        QVERIFY(QTest::qWaitForWindowActive(&otherWindow));
        QWidget *message = &messageBox;
        QWidget *other = &otherWindow;
        // Back to the patient's dialog, typing.
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget(), name);
        for (QWidget *window : {static_cast<QWidget *>(w.get()), dialog, message, other})
            QVERIFY(!showsNothing(window));

        QDialog *lockDialog = nullptr;
        connect(w.get(), &client::MainWindow::lockShown, this, [&lockDialog](QDialog *d) { lockDialog = d; });
        w->setIdleLockSeconds(1);
        QTRY_VERIFY_WITH_TIMEOUT(w->isLocked(), 5000);
        QVERIFY(lockDialog);
        w->setIdleLockSeconds(600);
        // Moving the lock away reveals nothing: every other window is blank and says nothing in its title.
        lockDialog->move(lockDialog->pos() + QPoint(400, 300));
        const QWidgetList seen = visibleWindowsBesides(lockDialog);
        for (QWidget *window : {static_cast<QWidget *>(w.get()), dialog, message, other})
            QVERIFY2(!window->isVisible() || seen.contains(window), qPrintable(window->windowTitle()));
        for (QWidget *window : seen) {
            QVERIFY2(showsNothing(window),
                     qPrintable(window->objectName() + QLatin1Char(' ') +
                                QString::fromLatin1(window->metaObject()->className())));
            QVERIFY2(!window->windowTitle().contains(QStringLiteral("Amelia")) &&
                         !window->windowTitle().contains(QStringLiteral("patient"), Qt::CaseInsensitive) &&
                         !window->windowTitle().contains(user.value(QStringLiteral("full_name")).toString()),
                     qPrintable(window->windowTitle()));
        }
        // Only the lock takes input: nothing typed can land in the windows below it.
        QCOMPARE(QApplication::activeModalWidget(), lockDialog);
        QCOMPARE(lockDialog->windowModality(), Qt::ApplicationModal);
        // A window that opens while locked (an answer arriving) is covered as it appears.
        QMessageBox late(QMessageBox::Warning, QStringLiteral("Clara Jiménez"),
                         QStringLiteral("Clara Jiménez: allergy to penicillin"));
        late.setWindowModality(Qt::NonModal);
        late.show();
        QVERIFY(showsNothing(&late));

        auto *password = lockDialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, Password);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isLocked(), Timeout);
        QVERIFY(dialog->isVisible());
        QCOMPARE(name->text(), typed);
        QCOMPARE(dialog->windowTitle(), dialogTitle);
        QCOMPARE(other->windowTitle(), QStringLiteral("Amelia Hartmann"));
        for (QWidget *window : {static_cast<QWidget *>(w.get()), dialog, message, other})
            QVERIFY(!showsNothing(window));
        QTRY_COMPARE(QApplication::focusWidget(), name);
    }

    // Esc and Close leave the lock where it is; only a confirmed sign-out ends the session.
    void lockStaysUntilUnlockedOrSignedOutOnPurpose()
    {
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user);
        QLineEdit *name = typeIntoNewPatient(w.get(), QStringLiteral("Kept Through Escape"));
        QVERIFY(name);
        QSignalSpy signOut(w.get(), &client::MainWindow::signOutRequested);
        QDialog *lockDialog = nullptr;
        connect(w.get(), &client::MainWindow::lockShown, this, [&lockDialog](QDialog *d) { lockDialog = d; });
        w->lock();
        QTRY_VERIFY(lockDialog);

        QTest::keyClick(lockDialog, Qt::Key_Escape);
        QVERIFY(lockDialog->isVisible());
        lockDialog->close(); // the window's close button
        QApplication::processEvents();
        QVERIFY(lockDialog->isVisible());
        QVERIFY(w->isLocked());
        QCOMPARE(signOut.count(), 0);
        QVERIFY(api->isSignedIn());
        QVERIFY(name->window()->isVisible());

        // Sign out asks first; staying keeps everything.
        auto *signOutButton = lockDialog->findChild<QPushButton *>(QStringLiteral("signOutButton"));
        QVERIFY(signOutButton);
        QTest::mouseClick(signOutButton, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->objectName() == QLatin1String("signOutQuestion"));
        QPointer<QWidget> question = QApplication::activeModalWidget();
        QVERIFY(!showsNothing(question)); // the question itself is readable
        QTest::keyClick(question, Qt::Key_Escape);
        QTRY_VERIFY(!question);
        QVERIFY(w->isLocked());
        QCOMPARE(signOut.count(), 0);
        QVERIFY(api->isSignedIn());
        QCOMPARE(name->text(), QStringLiteral("Kept Through Escape"));

        QTest::mouseClick(signOutButton, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->objectName() == QLatin1String("signOutQuestion"));
        QTest::mouseClick(QApplication::activeModalWidget()->findChild<QPushButton *>(
                              QStringLiteral("confirmSignOutButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(signOut.count(), 1);
        QVERIFY(!api->isSignedIn());
    }

    // Ctrl+L in a dialog locks at once, and the password typed next goes to the lock, not the form.
    void ctrlLLocksFromInsideADialog()
    {
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user);
        QLineEdit *name = typeIntoNewPatient(w.get(), QStringLiteral("Olga"));
        QVERIFY(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(w->isLocked(), 2000);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    QApplication::focusWidget()->objectName() == QLatin1String("passwordEdit"));
        QTest::keyClicks(QApplication::focusWidget(), Password);
        QCOMPARE(name->text(), QStringLiteral("Olga"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isLocked(), Timeout);
        QCOMPARE(name->text(), QStringLiteral("Olga"));
        QVERIFY(name->window()->isVisible());
        // Nothing was saved on the way.
        QCOMPARE(m_fixture.reception->get(QStringLiteral("/api/patients?q=Olga")).items().size(), 0);

        // From the main window too (the menu's shortcut), and a second Ctrl+L while locked changes nothing.
        name->window()->close();
        QApplication::setActiveWindow(w.get());
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(w->isLocked());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w->isLocked());
        auto *password =
            QApplication::activeModalWidget()->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(password);
        QCOMPARE(password->text(), QString());
    }

    // A notice, the offline banner and their going away leave every row where it was.
    void noticesNeverMoveTheWorkspace()
    {
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user);
        auto *table = w->findChild<QTableView *>(QStringLiteral("patientsTable"));
        QVERIFY(table);
        for (int i = 0; i < w->tabs()->count(); ++i) {
            if (w->tabs()->widget(i)->isAncestorOf(table))
                w->tabs()->setCurrentIndex(i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() >= m_patientNames.size(),
                                 Timeout);
        auto *state = w->findChild<QLabel *>(QStringLiteral("serverState"));
        QTRY_VERIFY_WITH_TIMEOUT(!state->text().isEmpty(), Timeout);
        const auto settle = [] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        };
        settle();
        const QPoint rows = table->viewport()->mapTo(w.get(), QPoint(0, 0));
        const QRect firstRow = table->visualRect(table->model()->index(0, 0));
        const QRect tabs = w->tabs()->geometry();
        auto *notice = w->findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice);
        const auto unmoved = [&](const char *when) {
            settle();
            QVERIFY2(table->viewport()->mapTo(w.get(), QPoint(0, 0)) == rows, when);
            QVERIFY2(w->tabs()->geometry() == tabs, when);
            // The list may reload meanwhile; once it has, its first row is where it was.
            QTRY_VERIFY2_WITH_TIMEOUT(table->model()->rowCount() > 0 &&
                                          table->visualRect(table->model()->index(0, 0)) == firstRow,
                                      when, Timeout);
        };

        // "Welcome back." after unlocking.
        QDialog *lockDialog = nullptr;
        connect(w.get(), &client::MainWindow::lockShown, this, [&lockDialog](QDialog *d) { lockDialog = d; });
        w->lock();
        QTRY_VERIFY(lockDialog);
        auto *password = lockDialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password, Password);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w->isLocked(), Timeout);
        QTRY_VERIFY(notice->isVisible() && !notice->text().isEmpty());
        unmoved("after a notice appeared");

        // The server goes away and comes back: the banner and "Connection restored.".
        auto *banner = w->findChild<QLabel *>(QStringLiteral("offlineBanner"));
        const QUrl real = api->server();
        api->setServer(QUrl(QStringLiteral("http://127.0.0.1:1")));
        w->checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        unmoved("while the server is unreachable");
        api->setServer(real);
        w->checkServer();
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), Timeout);
        QTRY_VERIFY(notice->isVisible() && !notice->text().isEmpty());
        unmoved("after the connection came back");
    }

    void announcedIdleLimit_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("minutes"); // 0: none announced
        QTest::newRow("top level") << QByteArray(R"({"token":"t","session_idle_minutes":15})") << 15;
        QTest::newRow("in the user") << QByteArray(R"({"id":1,"user":{"session_idle_minutes":45}})") << 45;
        QTest::newRow("absent") << QByteArray(R"({"token":"t","user":{"id":1}})") << 0;
        QTest::newRow("zero") << QByteArray(R"({"session_idle_minutes":0})") << 0;
        QTest::newRow("fraction") << QByteArray(R"({"session_idle_minutes":2.5})") << 0;
        QTest::newRow("text") << QByteArray(R"({"session_idle_minutes":"15"})") << 0;
        QTest::newRow("beyond a day") << QByteArray(R"({"session_idle_minutes":1441})") << 0;
    }

    void announcedIdleLimit()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, minutes);
        const auto announced =
            client::Session::fromJson(QJsonDocument::fromJson(answer).object()).sessionIdleMinutes;
        QCOMPARE(announced.value_or(0), minutes);
        QCOMPARE(client::effectiveIdleLockMinutes(45, 30), 30);
        QCOMPARE(client::effectiveIdleLockMinutes(7, 30), 7);
        QCOMPARE(client::effectiveIdleLockMinutes(0, 30), 1);
    }

    // Settings from the menu's shortcut, by keyboard alone: language, idle lock
    // within the server's limit, server address; applied and remembered.
    void settingsAreAppliedAndRemembered()
    {
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user);
        // What the server announces for idle sessions bounds the lock (30 when it announces nothing).
        const QJsonObject me = m_fixture.reception->get(QStringLiteral("/api/auth/me")).json();
        const QJsonValue announced = me.contains(QStringLiteral("session_idle_minutes"))
            ? me.value(QStringLiteral("session_idle_minutes"))
            : me.value(QStringLiteral("user")).toObject().value(QStringLiteral("session_idle_minutes"));
        const int limit = announced.isDouble() ? announced.toInt() : 30;
        QTRY_COMPARE_WITH_TIMEOUT(w->idleLockLimitMinutes(), limit, Timeout);

        auto *action = w->findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QVERIFY(w->menuBar()->actions().first()->menu()->actions().contains(action));
        QTest::keyClick(w.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->objectName() == QLatin1String("settingsDialog"));
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *idle = dialog->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"));
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("settingsError"));
        QVERIFY(language && idle && server && error);
        QStringList languages;
        for (int i = 0; i < language->count(); ++i)
            languages.append(language->itemText(i));
        QCOMPARE(
            languages,
            (QStringList{QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("Deutsch")}));
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        QCOMPARE(idle->maximum(), limit);
        QCOMPARE(idle->value(), client::ClientSettings::DefaultIdleLockMinutes);
        QCOMPARE(server->text(), api->server().toString());

        // Keyboard only: the language first, Tab to the minutes, Tab to the server.
        QTRY_COMPARE(QApplication::focusWidget(), language);
        QTest::keyClick(language, Qt::Key_End);
        QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(idle->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("99"));
        QVERIFY(idle->value() <= limit); // cannot go beyond what the server keeps
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
        QCOMPARE(idle->value(), 7);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(server->hasFocus());
        QTest::keyClick(server, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(server, QStringLiteral("ftp://files.clinic.example"));
        QTest::keyClick(server, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QVERIFY(dialog->isVisible());
        QVERIFY(!QSettings().contains(QStringLiteral("ui/language"))); // nothing applied
        QCOMPARE(client::currentLanguage(), QStringLiteral("en"));

        QSignalSpy serverChosen(w.get(), &client::MainWindow::serverChosen);
        QTest::keyClick(server, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(server, QStringLiteral("http://127.0.0.1:9"));
        QTest::keyClick(server, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        QCOMPARE(settings.value(QStringLiteral("security/idle_lock_minutes")).toInt(), 7);
        QCOMPARE(settings.value(QStringLiteral("server/url")).toString(),
                 QStringLiteral("http://127.0.0.1:9"));
        // Applied: the lock after 7 minutes, the window in German, the server for the next sign-in.
        QCOMPARE(w->idleLockSeconds(), 7 * 60);
        QCOMPARE(client::currentLanguage(), QStringLiteral("de"));
        QTRY_VERIFY2(w->tabNames().contains(QStringLiteral("Patienten")),
                     qPrintable(w->tabNames().join(u',')));
        QTRY_COMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&Sitzung"));
        QCOMPARE(serverChosen.count(), 1);
        QCOMPARE(serverChosen.first().first().toUrl(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(api->server(), m_fixture.server->url()); // this session stays where it is

        // Reopened, it shows what was chosen, in German.
        w->openSettings();
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->objectName() == QLatin1String("settingsDialog"));
        dialog = QApplication::activeModalWidget();
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(),
                 QStringLiteral("Deutsch"));
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"))->value(), 7);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // A remembered value beyond the server's limit is held to it.
        settings.setValue(QStringLiteral("security/idle_lock_minutes"), limit + 15);
        w->openSettings();
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->objectName() == QLatin1String("settingsDialog"));
        dialog = QApplication::activeModalWidget();
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"))->value(), limit);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(w->idleLockSeconds(), limit * 60);
    }

    // Before signing in: Settings on the sign-in dialog, whose words follow the language at once.
    void signInDialogOffersSettings()
    {
        client::ApiClient api;
        api.setServer(m_fixture.server->url());
        client::LoginDialog login(api, client::LoginDialog::Mode::SignIn);
        login.show();
        QCOMPARE(login.windowTitle(), QStringLiteral("Sign in to HMS"));
        auto *settingsButton = login.findChild<QPushButton *>(QStringLiteral("settingsButton"));
        QVERIFY(settingsButton);
        QTest::mouseClick(settingsButton, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activeModalWidget() &&
                    QApplication::activeModalWidget()->objectName() == QLatin1String("settingsDialog"));
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        auto *server = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
        QCOMPARE(server->text(), m_fixture.server->url().toString());
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"))->maximum(),
                 client::ClientSettings::FallbackSessionIdleMinutes);
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QTest::keyClick(language, Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_COMPARE(login.windowTitle(), QStringLiteral("Iniciar sesión en HMS"));
        QCOMPARE(login.findChild<QPushButton *>(QStringLiteral("signInButton"))->text(),
                 QStringLiteral("Iniciar sesión"));
        QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("serverEdit"))->text(),
                 m_fixture.server->url().toString());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    }

    // The Spanish and German translations are built in, with Qt's own words where the system has them.
    void languagesAreBuiltIn_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("patients");
        QTest::addColumn<QString>("cancel"); // Qt's own QDialogButtonBox
        QTest::newRow("es") << "es"
                            << "Pacientes"
                            << "Cancelar";
        QTest::newRow("de") << "de"
                            << "Patienten"
                            << "Abbrechen";
    }

    void languagesAreBuiltIn()
    {
        QFETCH(QString, code);
        QFETCH(QString, patients);
        QFETCH(QString, cancel);
        QVERIFY(client::applyLanguage(code));
        QCOMPARE(client::currentLanguage(), code);
        QCOMPARE(QCoreApplication::translate("hms::client::MainWindow", "Patients"), patients);
        QCOMPARE(QLocale().name().left(2), code);
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), cancel);
        QVERIFY(client::applyLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("hms::client::MainWindow", "Patients"),
                 QStringLiteral("Patients"));
        QVERIFY(!client::applyLanguage(QStringLiteral("xx")));
        QCOMPARE(client::currentLanguage(), QStringLiteral("en"));
    }

    // English says "1 patient" and "2 patients", not "(s)": its plural forms
    // are built in and loaded with the language, and the list's count uses them.
    void englishCountsInSingularAndPlural()
    {
        QVERIFY(m_fixture.createPatient(QStringLiteral("Ines Pluralia")) > 0);
        QVERIFY(m_fixture.createPatient(QStringLiteral("Jonas Pluralia")) > 0);
        QVERIFY(client::applyLanguage(QStringLiteral("en")));
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user);
        w->tabs()->setCurrentWidget(w->patientsTab());
        auto *search = w->patientsTab()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *count = w->patientsTab()->findChild<QLabel *>(QStringLiteral("patientsTableStatus"));
        QVERIFY(search && count);
        search->setText(QStringLiteral("Pluralia"));
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("2 patients"), Timeout);
        search->setText(QStringLiteral("Ines Pluralia"));
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("1 patient"), Timeout);
        QCOMPARE(QCoreApplication::translate("hms::client::AppointmentsTab", "%n appointment(s)", nullptr, 1),
                 QStringLiteral("1 appointment"));
        QCOMPARE(QCoreApplication::translate("hms::client::AppointmentsTab", "%n appointment(s)", nullptr, 2),
                 QStringLiteral("2 appointments"));
    }

    // One style for the whole application, at a small and a large screen: a
    // drop-down draws its current item, a spin box draws arrows (a triangle,
    // not a dash), and keyboard focus shows a frame on fields and buttons.
    void styleDrawsFocusDropDownsAndArrows_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void styleDrawsFocusDropDownsAndArrows()
    {
        QFETCH(QSize, size);
        QJsonObject user;
        auto api = signedIn(&user);
        QVERIFY(api);
        auto w = window(*api, user, size);
        QCOMPARE(w->size(), size);
        const int appointments = w->tabNames().indexOf(QStringLiteral("Appointments"));
        QVERIFY(appointments >= 0);
        w->tabs()->setCurrentIndex(appointments);
        QWidget *tab = w->tabs()->currentWidget();
        QList<QComboBox *> combos;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                combos.clear();
                const auto all = tab->findChildren<QComboBox *>();
                for (QComboBox *combo : all) {
                    if (combo->isVisible() && !combo->currentText().isEmpty())
                        combos.append(combo);
                }
                // ... and the doctors have arrived (all doctors, and the two of the fixture).
                return combos.size() >= 2 && std::any_of(combos.begin(), combos.end(), [](QComboBox *c) {
                           return c->itemText(0) == QLatin1String("All doctors") && c->count() >= 3;
                       });
            }(),
            Timeout);
        for (QComboBox *combo : std::as_const(combos))
            QVERIFY2(comboDrawsItsText(combo), qPrintable(combo->currentText()));

        // The booking dialog: a spin box, drop-downs, fields and buttons.
        QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        const auto spins = dialog->findChildren<QSpinBox *>();
        QVERIFY(!spins.isEmpty());
        for (QSpinBox *spin : spins) {
            spin->setValue((spin->minimum() + spin->maximum()) / 2); // both arrows enabled
            QVERIFY2(spinDrawsArrows(spin), qPrintable(spin->objectName()));
        }
        const auto dialogCombos = dialog->findChildren<QComboBox *>();
        int drawn = 0;
        for (QComboBox *combo : dialogCombos) {
            if (combo->isVisible() && !combo->currentText().isEmpty()) {
                QVERIFY2(comboDrawsItsText(combo), qPrintable(combo->currentText()));
                ++drawn;
            }
        }
        QVERIFY(drawn >= 1); // the doctor
        // Opened, the drop-down draws every item, the current one included.
        for (QComboBox *combo : dialogCombos) {
            if (!combo->isVisible() || combo->count() == 0)
                continue;
            combo->showPopup();
            QAbstractItemView *list = combo->view();
            QTRY_VERIFY(list->isVisible());
            QApplication::processEvents();
            const QImage popup = list->viewport()->grab().toImage();
            for (int row = 0; row < combo->count(); ++row) {
                const QRect item = list->visualRect(combo->model()->index(row, combo->modelColumn()));
                const QList<int> ink = inkPerRow(popup, item.intersected(popup.rect()));
                QVERIFY2(
                    std::accumulate(ink.begin(), ink.end(), 0) >= 12,
                    qPrintable(combo->itemText(row) +
                               (row == combo->currentIndex() ? QStringLiteral(" (current)") : QString())));
            }
            combo->hidePopup();
            QTRY_VERIFY(!list->isVisible());
        }
        QList<QWidget *> focusable;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->isVisible() && edit->isEnabled() &&
                !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) &&
                !qobject_cast<QComboBox *>(edit->parentWidget()))
                focusable.append(edit);
        }
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->isVisible() && button->isEnabled())
                focusable.append(button);
        }
        focusable.append(spins.first());
        QVERIFY(focusable.size() >= 3);
        for (QWidget *widget : std::as_const(focusable))
            QVERIFY2(showsFocus(widget),
                     qPrintable(widget->objectName() + QLatin1Char(' ') +
                                QString::fromLatin1(widget->metaObject()->className())));
    }
};

QTEST_MAIN(TestClientShell)
#include "tst_client_shell.moc"
