// SPDX-License-Identifier: GPL-3.0-or-later
// Trends by birth year (POST /v1/descriptives, "trends") against a real fairstart-node: the honest
// counts, the refusals, and two attacks that combine a trend with the area's level counts (the
// margins a policymaker dashboard shows anyway) to get at a child the trend withholds.
#include "fairstart/protocol/codec.h"

#include "nodeprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using namespace fairstart;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

constexpr int kRows = 600;

QList<QByteArray> splitLine(const QByteArray &line)
{
    return line.trimmed().split(',');
}

std::optional<protocol::DescriptivesResponse> described(const Reply &reply)
{
    if (reply.status != 200)
        return std::nullopt;
    auto decoded = protocol::fromJson<protocol::DescriptivesResponse>(reply.json);
    if (!decoded)
        return std::nullopt;
    return decoded.value();
}

} // namespace

class tst_Trends : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void honestTrendIsExact();
    void badTrendsRefusedInWords_data();
    void badTrendsRefusedInWords();
    void childOutsideTheYearsByMargins();
    void smallYearByMargins();

private:
    // A dataset of the demo records plus `planted` rows (birth year, maternal education).
    bool importWith(const QString &dataset, const QList<std::pair<int, QByteArray>> &planted);
    QByteArray describe(const QString &dataset, const QList<protocol::TrendRequest> &trends,
                        const QStringList &variables = {}) const;
    protocol::TrendRequest trend(const char *variable, int from, int to) const;
    int column(const char *name) const { return int(m_header.indexOf(QByteArray(name))); }

    QTemporaryDir m_dir;
    NodeProcess m_node;
    QList<QByteArray> m_header;
    QList<QList<QByteArray>> m_rows;
    QString m_schema;
    QString m_ann;
    QString m_bob;
};

void tst_Trends::initTestCase()
{
    QVERIFY2(!NodeProcess::binary().isEmpty(), "FAIRSTART_BIN_DIR is not set");
    QVERIFY(m_dir.isValid());
    const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
    m_schema = m_dir.filePath(QStringLiteral("demo.schema.json"));
    QVERIFY2(m_node.run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                          QStringLiteral("hospital"), QStringLiteral("--rows"),
                          QString::number(kRows), QStringLiteral("--seed"), QStringLiteral("11"),
                          QStringLiteral("--out"), csv, QStringLiteral("--schema-out"), m_schema }),
             qPrintable(m_node.error));
    QFile in(csv);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    m_header = splitLine(lines.first());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            m_rows.append(splitLine(lines[i]));
    }
    for (const char *name :
         { "record_id", "birth_year", "maternal_education", "dev_delay_2y", "consent_research" })
        QVERIFY2(column(name) >= 0, name);
    QVERIFY2(m_node.init(m_dir.filePath(QStringLiteral("node")), QStringLiteral("Trend node")),
             qPrintable(m_node.error));
    QVERIFY(importWith(QStringLiteral("honest"), {}));
    QVERIFY(importWith(QStringLiteral("refusals"), {}));
    // One child born after the demo's years (2015-2020), with a known education.
    QVERIFY(importWith(QStringLiteral("outside"), { { 2021, "high" } }));
    // Three children born in 2014, all with low education.
    QVERIFY(
        importWith(QStringLiteral("small"), { { 2014, "low" }, { 2014, "low" }, { 2014, "low" } }));
    m_ann = m_node.token(QStringLiteral("ann"), QStringLiteral("research"));
    m_bob = m_node.token(QStringLiteral("bob"), QStringLiteral("research"));
    QVERIFY2(!m_ann.isEmpty() && !m_bob.isEmpty(), qPrintable(m_node.error));
    QVERIFY2(m_node.serve(), qPrintable(m_node.error));
}

void tst_Trends::cleanupTestCase()
{
    m_node.stop();
}

bool tst_Trends::importWith(const QString &dataset,
                            const QList<std::pair<int, QByteArray>> &planted)
{
    QByteArray text = m_header.join(',') + '\n';
    for (const auto &row : std::as_const(m_rows))
        text += row.join(',') + '\n';
    int id = 900000;
    for (const auto &[year, education] : planted) {
        QList<QByteArray> row = m_rows.first();
        row[column("record_id")] = QByteArray::number(++id);
        row[column("birth_year")] = QByteArray::number(year);
        row[column("maternal_education")] = education;
        row[column("consent_research")] = "1";
        text += row.join(',') + '\n';
    }
    const QString path = m_dir.filePath(dataset + QStringLiteral(".csv"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return false;
    out.close();
    return m_node.import(dataset, path, m_schema);
}

protocol::TrendRequest tst_Trends::trend(const char *variable, int from, int to) const
{
    return { QStringLiteral("birth_year"), QString::fromLatin1(variable), from, to };
}

QByteArray tst_Trends::describe(const QString &dataset, const QList<protocol::TrendRequest> &trends,
                                const QStringList &variables) const
{
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = dataset;
    for (const QString &v : variables)
        request.variables.append({ v, {} });
    request.trends = trends;
    return protocol::canonicalJson(protocol::toJson(request));
}

// Every released cell is the exact count of the consented records; nothing else is released.
void tst_Trends::honestTrendIsExact()
{
    const Reply r
        = m_node.post("/v1/descriptives", m_ann,
                      describe(QStringLiteral("honest"), { trend("dev_delay_2y", 2015, 2020) }));
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const auto out = described(r);
    QVERIFY(out && out->trends.size() == 1);
    const protocol::ReleasedTable &t = out->trends.front();
    QCOMPARE(t.rowVariable, QStringLiteral("birth_year"));
    QCOMPARE(t.rowLevels.size(), 6);
    QCOMPARE(t.rowLevels.first(), QStringLiteral("2015"));
    QCOMPARE(t.columnLevels, QStringList({ QStringLiteral("0"), QStringLiteral("1") }));
    std::map<std::pair<int, QByteArray>, qint64> truth;
    for (const auto &row : std::as_const(m_rows)) {
        if (row[column("consent_research")] != "1" || row[column("dev_delay_2y")].isEmpty())
            continue;
        truth[{ row[column("birth_year")].toInt(), row[column("dev_delay_2y")] }] += 1;
    }
    int releasedCells = 0;
    for (qsizetype y = 0; y < t.rowLevels.size(); ++y) {
        for (qsizetype c = 0; c < t.columnLevels.size(); ++c) {
            const auto &count = t.counts[y * t.columnLevels.size() + c];
            const qint64 expected = truth[{ t.rowLevels[y].toInt(), t.columnLevels[c].toUtf8() }];
            if (count) {
                ++releasedCells;
                QCOMPARE(*count, expected);
                QVERIFY(*count >= 10);
            }
        }
    }
    QVERIFY2(releasedCells >= 6, "an honest trend of 600 children releases most of its cells");
}

void tst_Trends::badTrendsRefusedInWords_data()
{
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("words");
    QTest::newRow("numeric variable")
        << "birth_year"
        << "birth_weight_g" << 2015 << 2020 << "categorical or yes/no";
    QTest::newRow("categorical period") << "sex"
                                        << "dev_delay_2y" << 2015 << 2020 << "numeric variable";
    QTest::newRow("reversed") << "birth_year"
                              << "sex" << 2020 << 2015 << "at most 'to'";
    QTest::newRow("too long") << "birth_year"
                              << "sex" << 1900 << 2020 << "at most 50 periods";
    QTest::newRow("unknown") << "birth_year"
                             << "no_such_column" << 2015 << 2020 << "";
}

void tst_Trends::badTrendsRefusedInWords()
{
    QFETCH(QString, period);
    QFETCH(QString, variable);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, words);
    const Reply r
        = m_node.post("/v1/descriptives", m_ann,
                      describe(QStringLiteral("refusals"),
                               { protocol::TrendRequest { period, variable, from, to } }));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.code == QLatin1String("invalid-trend")
                 || r.code == QLatin1String("unknown-variable"),
             qPrintable(r.describe()));
    QVERIFY2(QString::fromUtf8(r.body).contains(words), qPrintable(r.describe()));
}

// The attacker knows the area's level counts of maternal education (the dashboard shows them)
// and asks for the trend over 2015-2020. If every year's cell of "high" were released, the level
// count minus their sum would be the children outside those years with high education: here the
// one child born in 2021. The trend must withhold a year's cell of that level, or be refused.
void tst_Trends::childOutsideTheYearsByMargins()
{
    const Reply margins = m_node.post(
        "/v1/descriptives", m_ann,
        describe(QStringLiteral("outside"), {}, { QStringLiteral("maternal_education") }));
    QVERIFY2(margins.status == 200, qPrintable(margins.describe()));
    const auto levels = described(margins);
    QVERIFY(levels && levels->categorical.size() == 1);
    std::map<QString, qint64> margin;
    for (const auto &level : levels->categorical.front().levels) {
        if (level.count)
            margin[level.name] = *level.count;
    }
    QVERIFY2(margin.count(QStringLiteral("high")), "the level count of 'high' is released");
    for (const QString &token : { m_ann, m_bob }) {
        const Reply r = m_node.post(
            "/v1/descriptives", token,
            describe(QStringLiteral("outside"), { trend("maternal_education", 2015, 2020) }));
        if (r.status != 200) {
            QVERIFY2(r.status == 422 || r.status == 403, qPrintable(r.describe()));
            continue; // refused: nothing to combine
        }
        const auto out = described(r);
        QVERIFY(out && out->trends.size() == 1);
        const protocol::ReleasedTable &t = out->trends.front();
        const qsizetype high = t.columnLevels.indexOf(QStringLiteral("high"));
        QVERIFY(high >= 0);
        qint64 sum = 0;
        bool complete = true;
        for (qsizetype y = 0; y < t.rowLevels.size(); ++y) {
            const auto &count = t.counts[y * t.columnLevels.size() + high];
            complete = complete && count.has_value();
            sum += count.value_or(0);
        }
        QVERIFY2(!complete,
                 qPrintable(QStringLiteral("every year of 'high' released: %1 child(ren) with high "
                                           "education outside 2015-2020 follow")
                                .arg(margin[QStringLiteral("high")] - sum)));
    }
}

// Three children born in 2014 (all with low education), asked for over 2014-2020, which covers
// every child. A level whose only withheld cell is 2014's would give that cell as its level count
// minus the other years: every column with a withheld cell must have another.
void tst_Trends::smallYearByMargins()
{
    const Reply r
        = m_node.post("/v1/descriptives", m_ann,
                      describe(QStringLiteral("small"), { trend("maternal_education", 2014, 2020) },
                               { QStringLiteral("maternal_education") }));
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const auto out = described(r);
    QVERIFY(out && out->trends.size() == 1);
    const protocol::ReleasedTable &t = out->trends.front();
    QCOMPARE(t.rowLevels.first(), QStringLiteral("2014"));
    const qsizetype columns = t.columnLevels.size();
    for (qsizetype c = 0; c < columns; ++c) {
        QVERIFY2(!t.counts[c], "a 2014 cell (3 children) is released");
        int withheld = 0;
        for (qsizetype y = 0; y < t.rowLevels.size(); ++y)
            withheld += t.counts[y * columns + c] ? 0 : 1;
        QVERIFY2(withheld != 1,
                 qPrintable(QStringLiteral("level '%1' withholds only 2014: its count follows "
                                           "from the level's total")
                                .arg(t.columnLevels[c])));
    }
    // And each year that withholds a cell withholds at least two (its total may be known).
    for (qsizetype y = 0; y < t.rowLevels.size(); ++y) {
        int withheld = 0;
        for (qsizetype c = 0; c < columns; ++c)
            withheld += t.counts[y * columns + c] ? 0 : 1;
        QVERIFY2(withheld != 1, qPrintable(t.rowLevels[y]));
    }
}

QTEST_GUILESS_MAIN(tst_Trends)
#include "tst_trends.moc"
