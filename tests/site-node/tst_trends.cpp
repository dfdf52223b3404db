// SPDX-License-Identifier: GPL-3.0-or-later
// Trends by birth year (POST /v1/descriptives, "trends") against a real fairstart-node: the honest
// counts, the refusals, and two attacks that combine a trend with the area's level counts (the
// margins a policymaker dashboard shows anyway) to get at a child the trend withholds.
#include "fairstart/protocol/codec.h"

#include "nodeprocess.h"

#include <Eigen/Dense>

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
    void smallYearByMargins_data();
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
// every child. A generous attacker knows every year's total (a histogram gives them), each
// level's count and the missing count (the dashboard's categorical descriptives), the cohort
// size and the released cells, and solves the linear system: no withheld cell of 2014 may be
// determined by it. Unknowns whose constraint sums to zero are zero (non-negative counts) and
// count as known.
void tst_Trends::smallYearByMargins_data()
{
    QTest::addColumn<bool>("linked");
    QTest::newRow("one trend") << false;
    // Linked tables (docs/privacy-rules.md, known limits: trends of overlapping ranges): a second
    // trend over 2015-2020, one period less, by another user. Its rows are the same counts, but
    // its suppression was chosen on its own table (2014 is in its hidden row); a cell the first
    // withheld as a complement and the second released would make a 2014 cell follow.
    QTest::newRow("and 2015-2020 (linked tables)") << true;
}

void tst_Trends::smallYearByMargins()
{
    QFETCH(bool, linked);
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
    for (qsizetype c = 0; c < columns; ++c)
        QVERIFY2(!t.counts[c], "a 2014 cell (3 children) is released");
    std::optional<protocol::ReleasedTable> later;
    if (linked) {
        const Reply second = m_node.post(
            "/v1/descriptives", m_bob,
            describe(QStringLiteral("small"), { trend("maternal_education", 2015, 2020) }));
        QVERIFY2(second.status == 200 || second.status == 422, qPrintable(second.describe()));
        if (const auto released = described(second)) {
            QVERIFY(released->trends.size() == 1);
            later = released->trends.front();
            QCOMPARE(later->columnLevels, t.columnLevels);
            QCOMPARE(later->rowLevels.first(), QStringLiteral("2015"));
        }
    }
    // A cell of year row y (0 = 2014) by level c that either trend released.
    auto releasedCell = [&](int y, int c) -> std::optional<qint64> {
        if (const auto &count = t.counts[y * columns + c])
            return *count;
        if (later && y >= 1 && y - 1 < later->rowLevels.size())
            return later->counts[(y - 1) * columns + c];
        return std::nullopt;
    };

    // The truth of the "small" dataset: the demo rows plus the three planted ones.
    const int years = int(t.rowLevels.size());
    const int rows = years + 1; // + hidden row (outside 2014-2020 or year missing)
    const int cols = int(columns) + 1; // + hidden column (education missing)
    std::vector<double> truth(std::size_t(rows * cols), 0.0);
    auto add = [&](const QByteArray &year, const QByteArray &education) {
        const int y = year.isEmpty() ? -1 : year.toInt() - 2014;
        const int row = y >= 0 && y < years ? y : years;
        const qsizetype c = t.columnLevels.indexOf(QString::fromUtf8(education));
        const int col = education.isEmpty() || c < 0 ? cols - 1 : int(c);
        truth[std::size_t(row * cols + col)] += 1;
    };
    for (const auto &row : std::as_const(m_rows)) {
        if (row[column("consent_research")] == "1")
            add(row[column("birth_year")], row[column("maternal_education")]);
    }
    for (int i = 0; i < 3; ++i)
        add("2014", "low");
    for (int y = 0; y < years; ++y) {
        for (int c = 0; c < int(columns); ++c) {
            if (const auto released = releasedCell(y, c))
                QCOMPARE(double(*released), truth[std::size_t(y * cols + c)]);
        }
    }
    // Unknowns: withheld cells and every hidden cell. Constraints: every row and column total.
    std::vector<bool> unknown(truth.size(), false);
    for (int y = 0; y < rows; ++y) {
        for (int c = 0; c < cols; ++c)
            unknown[std::size_t(y * cols + c)] = y == years || c == cols - 1 || !releasedCell(y, c);
    }
    std::vector<std::vector<int>> lines;
    for (int y = 0; y < rows; ++y) {
        lines.emplace_back();
        for (int c = 0; c < cols; ++c)
            lines.back().push_back(y * cols + c);
    }
    for (int c = 0; c < cols; ++c) {
        lines.emplace_back();
        for (int y = 0; y < rows; ++y)
            lines.back().push_back(y * cols + c);
    }
    // A line whose unknowns sum to zero makes each of them known (counts are not negative).
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto &line : lines) {
            double sum = 0;
            int open = 0;
            for (int i : line) {
                if (unknown[std::size_t(i)]) {
                    sum += truth[std::size_t(i)];
                    ++open;
                }
            }
            if (open > 0 && sum == 0) {
                for (int i : line)
                    unknown[std::size_t(i)] = false;
                changed = true;
            }
        }
    }
    std::vector<int> index(truth.size(), -1);
    int n = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (unknown[i])
            index[i] = n++;
    }
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(Eigen::Index(lines.size()), n);
    for (std::size_t l = 0; l < lines.size(); ++l) {
        for (int i : lines[l]) {
            if (index[std::size_t(i)] >= 0)
                a(Eigen::Index(l), index[std::size_t(i)]) = 1;
        }
    }
    const auto rank = [](const Eigen::MatrixXd &m) {
        Eigen::FullPivLU<Eigen::MatrixXd> lu(m);
        lu.setThreshold(1e-9);
        return lu.rank();
    };
    const Eigen::Index base = rank(a);
    for (int c = 0; c < int(columns); ++c) {
        const int cell = c; // year 2014 is row 0
        QVERIFY2(unknown[std::size_t(cell)] || truth[std::size_t(cell)] == 0,
                 qPrintable(
                     QStringLiteral("2014 x %1 follows from zero totals").arg(t.columnLevels[c])));
        if (!unknown[std::size_t(cell)])
            continue;
        Eigen::MatrixXd extended(a.rows() + 1, n);
        extended << a, Eigen::RowVectorXd::Unit(n, index[std::size_t(cell)]);
        QVERIFY2(rank(extended) > base,
                 qPrintable(QStringLiteral("2014 x %1 (%2 children) follows from the totals")
                                .arg(t.columnLevels[c])
                                .arg(truth[std::size_t(cell)])));
    }
}

QTEST_GUILESS_MAIN(tst_Trends)
#include "tst_trends.moc"
