// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedtest.h"
#include "fairstart/node/import.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fairstart::node;

namespace {

const QString kPassphrase = QStringLiteral("a long test passphrase");

NodeResult<ParsedDataset> parse(const QByteArray &csv, const QByteArray &schemaJson = {})
{
    ImportSchema schema;
    if (!schemaJson.isEmpty()) {
        auto s = ImportSchema::fromJson(schemaJson);
        if (!s)
            return s.error();
        schema = s.value();
    }
    return parseCsvDataset(QStringLiteral("d"), csv, schema, QStringLiteral("t.csv"));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inference()
    {
        auto parsed = parse("record_id,age,sex,smoke,consent_research,town\n"
                            "7,31.5,f,0,1,Urk\n"
                            "9,NA,m,1,,Zeist\n"
                            "3,,m,,0,Urk\n");
        QVERIFY_EXPECTED(parsed);
        const DatasetInfo &info = parsed->info;
        QCOMPARE(info.rows, 3);
        QCOMPARE(info.variable(QStringLiteral("record_id"))->role, VariableRole::RecordId);
        QCOMPARE(info.variable(QStringLiteral("age"))->kind, VariableKind::Numeric);
        QCOMPARE(info.variable(QStringLiteral("age"))->missing, 2);
        QCOMPARE(info.variable(QStringLiteral("sex"))->kind, VariableKind::Categorical);
        QCOMPARE(info.variable(QStringLiteral("smoke"))->kind, VariableKind::Binary);
        QCOMPARE(info.variable(QStringLiteral("consent_research"))->role, VariableRole::Consent);
        QCOMPARE(info.consentColumn(QStringLiteral("research")),
                 QStringLiteral("consent_research"));
        QCOMPARE(info.variable(QStringLiteral("town"))->levels,
                 (QStringList { QStringLiteral("Urk"), QStringLiteral("Zeist") }));
        QCOMPARE(parsed->recordIds, (std::vector<std::int64_t> { 7, 9, 3 }));

        const auto &table = parsed->table;
        QVERIFY(!table.column("record_id"));
        QCOMPARE(table.column("age")->numeric[0], 31.5);
        QVERIFY(std::isnan(table.column("age")->numeric[1]));
        QCOMPARE(table.column("sex")->codes, (std::vector<std::int32_t> { 0, 1, 1 }));
        QVERIFY(std::isnan(table.column("consent_research")->numeric[1]));
        QCOMPARE(table.column("consent_research")->numeric[2], 0.0);
    }

    void rowNumbersAreIdsWithoutIdColumn()
    {
        auto parsed = parse("x\n1\n2\n5\n");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->recordIds, (std::vector<std::int64_t> { 1, 2, 3 }));
    }

    void csvDialects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("semicolons") << QByteArray("a;b\n1;x y\n2;z\n");
        QTest::newRow("crlf and bom") << QByteArray("\xEF\xBB\xBF"
                                                    "a,b\r\n1,x y\r\n2,z\r\n");
        QTest::newRow("quotes") << QByteArray("\"a\",b\n1,\"x y\"\n\"2\",z\n");
        QTest::newRow("no final newline") << QByteArray("a,b\n1,x y\n2,z");
        QTest::newRow("blank lines") << QByteArray("a,b\n1,x y\n\n2,z\n\n");
        QTest::newRow("spaces") << QByteArray("a , b\n 1 ,x y\n2, z \n");
    }

    void csvDialects()
    {
        QFETCH(QByteArray, csv);
        auto parsed = parse(csv);
        QVERIFY_EXPECTED(parsed);
        QCOMPARE(parsed->info.rows, 2);
        QCOMPARE(parsed->table.column("a")->numeric, (std::vector<double> { 1, 2 }));
        QCOMPARE(parsed->table.column("b")->levels, (std::vector<std::string> { "x y", "z" }));
    }

    void quotedSpecialCharacters()
    {
        auto parsed = parse("a,b\n1,\"say \"\"hi\"\", then, go\"\n2,\"two\nlines\"\n3,x\n");
        QVERIFY_EXPECTED(parsed);
        QCOMPARE(parsed->table.column("b")->levels,
                 (std::vector<std::string> { "say \"hi\", then, go", "two\nlines", "x" }));
    }

    void schema()
    {
        auto parsed = parse("id,edu,w,cq,flag,name\n"
                            "a1,high,3.5,yes,ja,Ann\n"
                            "b2,low,,no,nee,Bob\n"
                            "c3,,4,,1,Cas\n",
                            R"({"label": "L", "missing": ["-"],
                                "columns": {"id": {"type": "id"},
                                "edu": {"type": "categorical", "levels": ["low", "high"],
                                        "label": "Education"},
                                "w": {"type": "numeric", "min": 0, "max": 10},
                                "cq": {"type": "consent", "purpose": "quality"},
                                "flag": {"type": "binary"},
                                "name": {"type": "skip"}}})");
        QVERIFY_EXPECTED(parsed);
        const DatasetInfo &info = parsed->info;
        QCOMPARE(info.label, QStringLiteral("L"));
        QVERIFY(!info.variable(QStringLiteral("name")));
        QVERIFY(!parsed->table.column("name"));
        QCOMPARE(info.variable(QStringLiteral("edu"))->levels,
                 (QStringList { QStringLiteral("low"), QStringLiteral("high") }));
        QCOMPARE(info.variable(QStringLiteral("edu"))->label, QStringLiteral("Education"));
        QVERIFY(info.variable(QStringLiteral("edu"))->levelLabels.isEmpty()); // none given
        // Issue 17: a level may carry its label; the order stays the schema's.
        auto labelled = parse("edu\nhigh\nlow\nmid\n",
                              R"json({"columns": {"edu": {"type": "categorical", "levels": [
                                  {"name": "low", "label": "Low"}, "mid",
                                  {"name": "high", "label": "High (university)"}]}}})json");
        QVERIFY_EXPECTED(labelled);
        QCOMPARE(
            labelled->info.variable(QStringLiteral("edu"))->levels,
            (QStringList { QStringLiteral("low"), QStringLiteral("mid"), QStringLiteral("high") }));
        QCOMPARE(labelled->info.variable(QStringLiteral("edu"))->levelLabels,
                 (QStringList { QStringLiteral("Low"), QString(),
                                QStringLiteral("High (university)") }));
        QCOMPARE(labelled->table.column("edu")->codes, (std::vector<std::int32_t> { 2, 0, 1 }));
        QCOMPARE(parsed->table.column("edu")->codes, (std::vector<std::int32_t> { 1, 0, -1 }));
        QCOMPARE(info.consentColumn(QStringLiteral("quality")), QStringLiteral("cq"));
        QCOMPARE(parsed->table.column("flag")->numeric, (std::vector<double> { 1, 0, 1 }));
        QCOMPARE(parsed->recordIds.size(), std::size_t(3));
        QVERIFY(parsed->recordIds[0] != parsed->recordIds[1]);
        // Text ids map to stable numbers.
        auto again = parse("id,w\na1,1\n", R"({"columns": {"id": {"type": "id"}}})");
        QCOMPARE(again->recordIds.front(), parsed->recordIds.front());
    }

    void problemsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QByteArray>("schema");
        QTest::addColumn<QString>("expected");
        const QByteArray none;
        QTest::newRow("field count") << QByteArray("a,b\n1,2\n3\n") << none
                                     << QStringLiteral("t.csv:3: the row has 1 fields");
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,\"2\n") << none
                                        << QStringLiteral("t.csv:2: a quoted field is not closed");
        QTest::newRow("not a number") << QByteArray("a,b\n1,2\nx,3\n")
                                      << QByteArray(R"({"columns":{"a":{"type":"numeric"}}})")
                                      << QStringLiteral("t.csv:3: column 'a': 'x' is not a number");
        QTest::newRow("out of range")
            << QByteArray("a\n1\n11\n")
            << QByteArray(R"({"columns":{"a":{"type":"numeric","min":0,"max":10}}})")
            << QStringLiteral("t.csv:3: column 'a': '11' is outside the valid range");
        QTest::newRow("unknown level")
            << QByteArray("a\nlow\nmid\n")
            << QByteArray(R"({"columns":{"a":{"type":"categorical","levels":["low","high"]}}})")
            << QStringLiteral("t.csv:3: column 'a': 'mid' is not one of the levels");
        QTest::newRow("binary not 0/1")
            << QByteArray("a\n0\n2\n") << QByteArray(R"({"columns":{"a":{"type":"binary"}}})")
            << QStringLiteral("t.csv:3: column 'a': '2' is not 0 or 1");
        QTest::newRow("consent not 0/1") << QByteArray("consent_research\n1\nmaybe\n") << none
                                         << QStringLiteral("t.csv:3: column 'consent_research'");
        QTest::newRow("duplicate id") << QByteArray("record_id,a\n1,1\n2,2\n1,3\n") << none
                                      << QStringLiteral("t.csv:4: column 'record_id': the record "
                                                        "id repeats the id on line 2");
        QTest::newRow("missing id") << QByteArray("record_id,a\n1,1\n,2\n") << none
                                    << QStringLiteral("t.csv:3: column 'record_id': the record id "
                                                      "is missing");
        QTest::newRow("bad column name") << QByteArray("a,b c\n1,2\n") << none
                                         << QStringLiteral("t.csv:1: 'b c' is not a valid column");
        QTest::newRow("duplicate column") << QByteArray("a,a\n1,2\n") << none
                                          << QStringLiteral("column 'a': the column name appears "
                                                            "twice");
        QTest::newRow("empty file")
            << QByteArray("") << none << QStringLiteral("t.csv:1: the file is empty");
        QTest::newRow("header only")
            << QByteArray("a,b\n") << none << QStringLiteral("there are no data rows");
        QTest::newRow("all missing") << QByteArray("a,b\n1,\n2,NA\n") << none
                                     << QStringLiteral("column 'b': every value is missing");
        QTest::newRow("strict schema")
            << QByteArray("a,b\n1,2\n")
            << QByteArray(R"({"strict":true,"columns":{"a":{"type":"numeric"}}})")
            << QStringLiteral("t.csv:1: column 'b': the schema is strict");
        QTest::newRow("schema column absent")
            << QByteArray("a\n1\n") << QByteArray(R"({"columns":{"z":{"type":"numeric"}}})")
            << QStringLiteral("column 'z': the schema describes this column");
        QTest::newRow("bad consent name")
            << QByteArray("consent_Research\n1\n") << none << QStringLiteral("consent_<purpose>");
        QByteArray freeText("a\n");
        for (int i = 0; i < 300; ++i)
            freeText += "text" + QByteArray::number(i) + '\n';
        QTest::newRow("free text")
            << freeText << none << QStringLiteral("more than 200 different text values");
        // A typo deep in a long numeric column is reported at its own line.
        QByteArray typo("a\n");
        for (int i = 0; i < 400; ++i)
            typo += (i == 10 ? QByteArray("1O.5") : QByteArray::number(i * 1.5)) + '\n';
        QTest::newRow("typo in numbers") << typo << none
                                         << QStringLiteral("t.csv:12: column 'a': '1O.5' is not a "
                                                           "number");
    }

    void problemsNameLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QByteArray, schema);
        QFETCH(QString, expected);
        auto parsed = parse(csv, schema);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, NodeErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(QLatin1String("nothing was imported")));
    }

    void manyProblemsAreCapped()
    {
        QByteArray csv("a,b\n");
        for (int i = 0; i < 100; ++i)
            csv += "1\n";
        auto parsed = parse(csv);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message.count(QLatin1String("t.csv:")), kMaxReportedProblems);
        QVERIFY(parsed.error().message.contains(QLatin1String("stopped after")));
    }

    void badSchemas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("unknown key") << QByteArray(R"({"colums": {}})");
        QTest::newRow("unknown type") << QByteArray(R"({"columns": {"a": {"type": "text"}}})");
        QTest::newRow("unknown column key")
            << QByteArray(R"({"columns": {"a": {"type": "numeric", "unit": "g"}}})");
        QTest::newRow("levels on numeric")
            << QByteArray(R"({"columns": {"a": {"type": "numeric", "levels": ["x"]}}})");
        QTest::newRow("duplicate levels")
            << QByteArray(R"({"columns": {"a": {"type": "categorical", "levels": ["x", "x"]}}})");
        QTest::newRow("level object without a name") << QByteArray(
            R"({"columns": {"a": {"type": "categorical", "levels": [{"label": "X"}]}}})");
        QTest::newRow("level object with an unknown key") << QByteArray(
            R"({"columns": {"a": {"type": "categorical", "levels": [{"name": "x", "code": 1}]}}})");
        QTest::newRow("level label not text") << QByteArray(
            R"({"columns": {"a": {"type": "categorical", "levels": [{"name": "x", "label": 1}]}}})");
        QTest::newRow("consent without purpose")
            << QByteArray(R"({"columns": {"a": {"type": "consent"}}})");
        QTest::newRow("min above max")
            << QByteArray(R"({"columns": {"a": {"type": "numeric", "min": 5, "max": 1}}})");
        QTest::newRow("two ids") << QByteArray(
            R"({"columns": {"a": {"type": "id"}, "b": {"type": "id"}}})");
    }

    void badSchemas()
    {
        QFETCH(QByteArray, json);
        auto schema = ImportSchema::fromJson(json, QStringLiteral("s.json"));
        QVERIFY(!schema.ok());
        QVERIFY(schema.error().message.startsWith(QLatin1String("s.json: ")));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("dataset");
        QTest::addColumn<bool>("column");
        QTest::newRow("plain") << QStringLiteral("cohort") << true << true;
        QTest::newRow("dash") << QStringLiteral("a-b") << true << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false << true;
        QTest::newRow("underscore start") << QStringLiteral("_a") << false << true;
        QTest::newRow("digit start") << QStringLiteral("1a") << false << false;
        QTest::newRow("quote") << QStringLiteral("a'b") << false << false;
        QTest::newRow("empty") << QString() << false << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, dataset);
        QFETCH(bool, column);
        QCOMPARE(isValidDatasetName(name), dataset);
        QCOMPARE(isValidColumnName(name), column);
    }

    void importIsAllOrNothing()
    {
        QTemporaryDir dir;
        auto store = (SiteStore::create(dir.path(), kPassphrase, QStringLiteral("n")).value());
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(good, "a,b\n1,x\n2,y\n"));
        QVERIFY(writeFile(bad, "a,b\n1,x\n2\n"));

        auto first = store->importCsv(QStringLiteral("d"), good);
        QVERIFY(first.ok());
        QVERIFY(!first->replaced);
        const qint64 generation = store->generation(QStringLiteral("d")).value();
        const qint64 audits = store->auditCount().value();

        auto failed = store->importCsv(QStringLiteral("d"), bad);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains(QLatin1String("bad.csv:3:")));
        QCOMPARE(store->generation(QStringLiteral("d")).value(), generation);
        QCOMPARE(store->loadTable(QStringLiteral("d"))->table.rows(), std::size_t(2));
        QCOMPARE(store->auditCount().value(), audits);

        QVERIFY(writeFile(good, "a,b\n1,x\n2,y\n3,z\n"));
        auto second = store->importCsv(QStringLiteral("d"), good);
        QVERIFY(second.ok());
        QVERIFY(second->replaced);
        QVERIFY(store->generation(QStringLiteral("d")).value() > generation);
        QCOMPARE(store->loadTable(QStringLiteral("d"))->table.rows(), std::size_t(3));
        QCOMPARE(store->datasetInfo(QStringLiteral("d"))->sourceSha256.size(), 64);

        auto entry = store->auditEntries(store->auditCount().value(), 1)->front().entry;
        QCOMPARE(entry.value(QStringLiteral("event")).toString(),
                 QStringLiteral("dataset-imported"));
        QCOMPARE(entry.value(QStringLiteral("rows")).toInteger(), 3);
        QCOMPARE(entry.value(QStringLiteral("replaced")).toBool(), true);

        QCOMPARE(store->importCsv(QStringLiteral("e"), dir.filePath(QStringLiteral("none.csv")))
                     .error()
                     .code,
                 NodeErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
