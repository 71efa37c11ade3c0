#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string of the client (every tr(), and the labels, statuses
// and validation messages of shared/ that it shows) is in each .ts file and
// translated: lupdate runs over client/ and shared/ into a temporary copy of the
// committed file, and anything it then marks unfinished is missing or
// untranslated. English's file holds only the plural strings (-pluralonly).
// Refresh the files with `cmake --build build/dev --target update_translations`
// (docs/TRANSLATIONS.md).
class TestClientTranslations : public QObject
{
    Q_OBJECT

private:
    struct Check
    {
        QString error; // lupdate could not run
        QStringList unfinished; // "context: source" of each message left to translate
        int messages = 0;
    };

    // The sources the client's lupdate reads (client/CMakeLists.txt).
    static QStringList clientSources()
    {
        return {QStringLiteral(HMS_CLIENT_SOURCE_DIR), QStringLiteral(HMS_SHARED_SOURCE_DIR)};
    }

    // lupdate over `sources` into a copy of `tsFile`, and what it left unfinished.
    static Check check(const QStringList &sources, const QString &tsFile, const QStringList &options = {})
    {
        Check result;
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(tsFile).fileName());
        if (!QFile::copy(tsFile, copy)) {
            result.error = QStringLiteral("cannot copy ") + tsFile;
            return result;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(HMS_LUPDATE),
                      sources + options +
                          QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                      QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
            result.error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
            return result;
        }
        QFile file(copy);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("cannot read ") + copy;
            return result;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                ++result.messages;
            } else if (xml.name() == QLatin1String("translation")) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    result.unfinished.append(context + QStringLiteral(": ") + source);
            }
        }
        if (xml.hasError())
            result.error = copy + QStringLiteral(": ") + xml.errorString();
        return result;
    }

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("atLeast"); // messages: a file that lupdate found nothing for checks nothing
        const QDir translations(QStringLiteral(HMS_CLIENT_SOURCE_DIR "/translations"));
        for (const char *language : {"es", "de"})
            QTest::newRow(language) << translations.filePath(
                                           QStringLiteral("hms_%1.ts").arg(QLatin1String(language)))
                                    << QStringList() << 100;
        QTest::newRow("en plurals") << translations.filePath(QStringLiteral("hms_en.ts"))
                                    << QStringList{QStringLiteral("-pluralonly")} << 5;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QFETCH(QStringList, options);
        QFETCH(int, atLeast);
        QVERIFY2(QFile::exists(tsFile), qPrintable(tsFile));
        const Check result = check(clientSources(), tsFile, options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.messages >= atLeast);
        QVERIFY2(
            result.unfinished.isEmpty(),
            qPrintable(QStringLiteral("%1 string(s) missing or unfinished in %2 — run `cmake --build "
                                      "build/dev --target update_translations` and translate them:\n  %3")
                           .arg(result.unfinished.size())
                           .arg(tsFile, result.unfinished.join(QStringLiteral("\n  ")))));
    }

    // The check itself: a new string nobody translated yet is reported by name,
    // whether a view's tr() or a message of shared/ in its own context; English
    // reports only a new plural string.
    void aNewStringIsReported_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        const QByteArray view = "#include <QObject>\n"
                                "namespace hms::client {\n"
                                "class NewView : public QObject { Q_OBJECT\n"
                                "    QString title() const { return tr(\"Discharge summary\"); }\n"
                                "    QString beds(int n) const { return tr(\"%n bed(s)\", nullptr, n); }\n"
                                "};\n"
                                "}\n";
        QTest::newRow("de, a view") << view << "de" << QStringList()
                                    << QStringList{QStringLiteral("hms::client::NewView: Discharge summary"),
                                                   QStringLiteral("hms::client::NewView: %n bed(s)")};
        QTest::newRow("en, only the plural")
            << view << "en" << QStringList{QStringLiteral("-pluralonly")}
            << QStringList{QStringLiteral("hms::client::NewView: %n bed(s)")};
        QTest::newRow("de, shared") << QByteArray(
                                           "#include <QCoreApplication>\n"
                                           "namespace hms {\n"
                                           "namespace {\n"
                                           "struct Tr { Q_DECLARE_TR_FUNCTIONS(hms::Discharge) };\n"
                                           "}\n"
                                           "QString check() { return Tr::tr(\"must follow admission\"); }\n"
                                           "}\n")
                                    << "de" << QStringList()
                                    << QStringList{QStringLiteral("hms::Discharge: must follow admission")};
    }

    void aNewStringIsReported()
    {
        QFETCH(QByteArray, code);
        QFETCH(QString, language);
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        QTemporaryDir sources;
        QFile file(sources.filePath(QStringLiteral("NewView.cpp")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(code);
        file.close();
        const Check result =
            check(clientSources() + QStringList{sources.path()},
                  QStringLiteral(HMS_CLIENT_SOURCE_DIR "/translations/hms_%1.ts").arg(language), options);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.unfinished, expected);
    }
};

QTEST_GUILESS_MAIN(TestClientTranslations)
#include "tst_client_translations.moc"
