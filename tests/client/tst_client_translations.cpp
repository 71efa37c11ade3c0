#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string of the client (every tr()) is in each .ts file and
// translated: lupdate runs over client/ into a temporary copy of the committed
// file, and anything it then marks unfinished is missing or untranslated.
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

    // lupdate over `sources` into a copy of `tsFile`, and what it left unfinished.
    static Check check(const QStringList &sources, const QString &tsFile)
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
                      sources +
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
        const QDir translations(QStringLiteral(HMS_CLIENT_SOURCE_DIR "/translations"));
        for (const char *language : {"es", "de"})
            QTest::newRow(language) << translations.filePath(
                QStringLiteral("hms_%1.ts").arg(QLatin1String(language)));
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QVERIFY2(QFile::exists(tsFile), qPrintable(tsFile));
        const Check result = check({QStringLiteral(HMS_CLIENT_SOURCE_DIR)}, tsFile);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(result.messages > 100);
        QVERIFY2(
            result.unfinished.isEmpty(),
            qPrintable(QStringLiteral("%1 string(s) missing or unfinished in %2 — run `cmake --build "
                                      "build/dev --target update_translations` and translate them:\n  %3")
                           .arg(result.unfinished.size())
                           .arg(tsFile, result.unfinished.join(QStringLiteral("\n  ")))));
    }

    // The check itself: a new string nobody translated yet is reported by name.
    void aNewStringIsReported()
    {
        QTemporaryDir sources;
        QFile code(sources.filePath(QStringLiteral("NewView.cpp")));
        QVERIFY(code.open(QIODevice::WriteOnly));
        code.write("#include <QObject>\n"
                   "namespace hms::client {\n"
                   "class NewView : public QObject { Q_OBJECT\n"
                   "    QString title() const { return tr(\"Discharge summary\"); }\n"
                   "};\n"
                   "}\n");
        code.close();
        const Check result = check({QStringLiteral(HMS_CLIENT_SOURCE_DIR), sources.path()},
                                   QStringLiteral(HMS_CLIENT_SOURCE_DIR "/translations/hms_de.ts"));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.unfinished, QStringList{QStringLiteral("hms::client::NewView: Discharge summary")});
    }
};

QTEST_GUILESS_MAIN(TestClientTranslations)
#include "tst_client_translations.moc"
