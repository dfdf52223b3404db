// SPDX-License-Identifier: GPL-3.0-or-later
// The .fsmodel sharing format: round trips, and clear refusals of anything else.
#include "fairstart/workspace/fsmodel.h"
#include "fairstart/workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart::workspace;

namespace {

QJsonObject sampleDesign()
{
    return QJsonObject {
        { QStringLiteral("outcome"), QStringLiteral("low_birth_weight") },
        { QStringLiteral("predictors"),
          QJsonArray { QStringLiteral("smoke"), QStringLiteral("age"), QStringLiteral("ht") } },
        { QStringLiteral("family"), QStringLiteral("binomial") },
        { QStringLiteral("nested"), QJsonObject { { QStringLiteral("ü"), 1.5 } } }
    };
}

} // namespace

class tst_FsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void isReadableJson();
    void refuses_data();
    void refuses();
    void neverCrashesOnGarbage();
    void workspaceExportImport();

private:
    QTemporaryDir m_dir;
};

void tst_FsModel::roundTrip()
{
    const fsmodel::ModelFile model { QStringLiteral("Low birth weight ✓"), sampleDesign() };
    const auto parsed = fsmodel::parse(fsmodel::serialize(model));
    QVERIFY(parsed);
    QCOMPARE(parsed->name, model.name);
    QCOMPARE(parsed->design, model.design);

    const QString path = m_dir.filePath(QStringLiteral("model.fsmodel"));
    QVERIFY(fsmodel::write(path, model));
    const auto read = fsmodel::read(path);
    QVERIFY(read);
    QCOMPARE(read->design, model.design);
}

void tst_FsModel::isReadableJson()
{
    const QByteArray bytes = fsmodel::serialize({ QStringLiteral("m"), sampleDesign() });
    QVERIFY(bytes.count('\n') > 5); // indented, one field per line
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("fairstart-model"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), fsmodel::FormatVersion);
    QVERIFY(root.value(QStringLiteral("software")).toString().startsWith(QLatin1String("Fair")));
}

void tst_FsModel::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("syntax error on line 3")
        << QByteArray("{\n  \"format\": \"fairstart-model\",\n  \"name\": oops\n}")
        << QStringLiteral("line 3");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("array");
    QTest::newRow("no format") << QByteArray("{\"name\": \"x\", \"design\": {}}")
                               << QStringLiteral("\"format\"");
    QTest::newRow("other format") << QByteArray("{\"format\": \"jamovi\", \"formatVersion\": 1}")
                                  << QStringLiteral("format");
    QTest::newRow("newer version") << QByteArray("{\"format\": \"fairstart-model\", "
                                                 "\"formatVersion\": 9, \"name\": \"x\", "
                                                 "\"design\": {}}")
                                   << QStringLiteral("format version 9");
    QTest::newRow("version not a number")
        << QByteArray("{\"format\": \"fairstart-model\", \"formatVersion\": \"1\"}")
        << QStringLiteral("formatVersion");
    QTest::newRow("version fractional")
        << QByteArray("{\"format\": \"fairstart-model\", \"formatVersion\": 1.5}")
        << QStringLiteral("formatVersion");
    QTest::newRow("no name") << QByteArray(
        "{\"format\": \"fairstart-model\", \"formatVersion\": 1, \"design\": {}}")
                             << QStringLiteral("\"name\"");
    QTest::newRow("blank name") << QByteArray("{\"format\": \"fairstart-model\", "
                                              "\"formatVersion\": 1, \"name\": \"  \", "
                                              "\"design\": {}}")
                                << QStringLiteral("\"name\"");
    QTest::newRow("design not an object") << QByteArray("{\"format\": \"fairstart-model\", "
                                                        "\"formatVersion\": 1, \"name\": \"x\", "
                                                        "\"design\": [1]}")
                                          << QStringLiteral("\"design\"");
}

void tst_FsModel::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mentions);
    const auto parsed = fsmodel::parse(bytes);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, WorkspaceError::InvalidModelFile);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void tst_FsModel::neverCrashesOnGarbage()
{
    const QByteArray valid = fsmodel::serialize({ QStringLiteral("m"), sampleDesign() });
    QRandomGenerator rng(20261122);
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes = valid;
        const int edits = 1 + int(rng.bounded(5));
        for (int e = 0; e < edits; ++e)
            bytes[int(rng.bounded(bytes.size()))] = char(rng.bounded(256));
        bytes.truncate(int(rng.bounded(bytes.size() + 1)));
        const auto parsed = fsmodel::parse(bytes);
        if (!parsed)
            QVERIFY(!parsed.error().message.isEmpty());
    }
    QByteArray noise(4096, '\0');
    for (char &c : noise)
        c = char(rng.bounded(256));
    QVERIFY(!fsmodel::parse(noise));
}

void tst_FsModel::workspaceExportImport()
{
    const QString wsPath = m_dir.filePath(QStringLiteral("share.fairstart"));
    auto ws = Workspace::create(wsPath, QStringLiteral("pass phrase"));
    QVERIFY(ws);
    const auto saved = ws.value()->saveDesign(QStringLiteral("Shared"), sampleDesign());
    QVERIFY(saved);
    const QString file = m_dir.filePath(QStringLiteral("shared.fsmodel"));
    QVERIFY(ws.value()->exportDesign(saved->designId, file));
    QCOMPARE(ws.value()->exportDesign(999, file).error().code, WorkspaceError::NotFound);

    const auto imported = ws.value()->importDesign(file);
    QVERIFY(imported);
    QVERIFY(imported->designId != saved->designId);
    QCOMPARE(ws.value()->design(imported->designId)->name, QStringLiteral("Shared (2)"));
    QCOMPARE(ws.value()->design(imported->designId)->design, sampleDesign());

    const QString bad = m_dir.filePath(QStringLiteral("bad.fsmodel"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n\"format\": \"fairstart-model\",\n\"formatVersion\": 1,\n\"name\": [}\n");
    f.close();
    const auto refused = ws.value()->importDesign(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, WorkspaceError::InvalidModelFile);
    QVERIFY2(refused.error().message.contains(QLatin1String("line 4")),
             qPrintable(refused.error().message));
    QCOMPARE(
        ws.value()->importDesign(m_dir.filePath(QStringLiteral("missing.fsmodel"))).error().code,
        WorkspaceError::Io);
    QCOMPARE(ws.value()->designs()->size(), 2);
}

QTEST_GUILESS_MAIN(tst_FsModel)
#include "tst_fsmodel.moc"
