// SPDX-License-Identifier: GPL-3.0-or-later
// Masked descriptives (issue 14) against three real fairstart-node processes: the pooled Table 1
// of a descriptives study equals the numbers computed in the clear from the same synthetic
// records (counts exactly, means and SDs to 1e-9); a contribution changed on its way is refused;
// one site's masked contribution alone looks like uniform bytes (its unmasked encoding does not);
// a level one site withholds (planted: three children) stays withheld in the pooled column and
// out of the decoded sum; two participant sets one site apart are refused under
// single_site_difference = refuse; and fairstart-cli describe runs it. Issue 14's histograms,
// two-way tables and trends: the pooled cells equal the sum of the three sites' plain answers
// wherever every site released the cell, a cell a site withheld (or, in a histogram, did not
// release as that very bin) is withheld with the number of such sites and is in no sum (the
// planted Utrecht children of site2), their contributions look uniform, a changed one is
// refused, and fairstart-cli trends runs them masked. Issue 14's pooled histograms (describe and
// Table 1 in masked mode): on the finest lattice common to every site, each cell equals the
// count of the three CSVs' records in it, every edge is an edge of every site's own histogram,
// and fairstart-cli describe shows them.
#include "nodecluster.h"
#include "tamperingrelay.h"
#include "uniformity.h"

#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/transport.h"

#include "fairstart/protocol/codec.h"

#include "fairstart/secure/secure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <charconv>
#include <cmath>
#include <map>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::looksUniform;
using testsupport::NodeCluster;
using testsupport::wordBytes;

namespace {

const QStringList kNumeric { QStringLiteral("gestational_age_weeks"),
                             QStringLiteral("birth_weight_g"), QStringLiteral("maternal_age"),
                             QStringLiteral("parental_stress") };
const QStringList kCategorical { QStringLiteral("sex"), QStringLiteral("maternal_education"),
                                 QStringLiteral("migration_background"),
                                 QStringLiteral("smoking_pregnancy"),
                                 QStringLiteral("single_parent") };

protocol::DescriptivesRequest table1Request()
{
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    for (const QString &name : kNumeric + kCategorical)
        request.variables << protocol::DescribeVariable { name, {} };
    return request;
}

// One variable of the pooled records, counted in the clear.
struct Clear {
    qint64 missing = 0;
    std::vector<double> values; // numeric
    std::map<QString, qint64> levels; // categorical and yes/no
};

// The three sites' CSVs (or those of `sites`, by index) read as one table, the records with
// consent for research only.
std::map<QString, Clear> clearTable(const NodeCluster &cluster, qint64 *cohort,
                                    const QList<int> &sites = {})
{
    std::map<QString, Clear> out;
    *cohort = 0;
    for (int i = 0; i < cluster.size(); ++i) {
        if (!sites.isEmpty() && !sites.contains(i))
            continue;
        QFile file(cluster.node(i).csv);
        file.open(QIODevice::ReadOnly);
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        const qsizetype consent = header.indexOf(QStringLiteral("consent_research"));
        while (!file.atEnd()) {
            const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (cells.value(consent) != QLatin1String("1"))
                continue;
            ++*cohort;
            for (const QString &name : kNumeric + kCategorical) {
                const QString cell = cells.value(header.indexOf(name));
                Clear &c = out[name];
                if (cell.isEmpty() || cell == QLatin1String("NA")) {
                    ++c.missing;
                } else if (kNumeric.contains(name)) {
                    const QByteArray bytes = cell.toLatin1();
                    double value = 0;
                    std::from_chars(bytes.constData(), bytes.constData() + bytes.size(), value);
                    c.values.push_back(value);
                } else {
                    ++c.levels[cell];
                }
            }
        }
    }
    return out;
}

double relative(double a, double b)
{
    return std::abs(a - b) / std::max(1e-300, std::abs(b));
}

std::optional<MaskedDescriptives>
runStudy(const QList<Site> &sites, const protocol::DescriptivesRequest &request, SiteError *error)
{
    Transport transport;
    TransportOptions options;
    options.totalTimeoutMs = 60000;
    transport.setDefaultOptions(options);
    return MaskedDescriptivesRun::run(transport, sites, request, error);
}

// The planted level: three consented children of site2 (a hospital in Rotterdam) live in
// Utrecht, where site1 (a youth health service in Utrecht) has hundreds. Site2 must withhold the
// level (3 < min_cell) and, so that it does not follow from its cohort size, at least one more.
const QString kPlanted = QStringLiteral("Utrecht");
constexpr int kPlantedSite = 1;
constexpr qint64 kPlantedCount = 3;

void plantLevel(int index, const QString &path)
{
    if (index != kPlantedSite)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    const QList<QByteArray> header = lines.first().trimmed().split(',');
    const qsizetype municipality = header.indexOf("municipality");
    const qsizetype consent = header.indexOf("consent_research");
    qint64 planted = 0;
    for (qsizetype i = 1; i < lines.size() && planted < kPlantedCount; ++i) {
        QList<QByteArray> cells = lines[i].split(',');
        if (cells.size() != header.size() || cells[consent].trimmed() != "1")
            continue;
        cells[municipality] = kPlanted.toUtf8();
        lines[i] = cells.join(',');
        ++planted;
    }
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(lines.join('\n'));
}

// Per site, the consented records' municipality counts (a missing value under "").
std::vector<std::map<QString, qint64>> municipalities(const NodeCluster &cluster)
{
    std::vector<std::map<QString, qint64>> out(std::size_t(cluster.size()));
    for (int i = 0; i < cluster.size(); ++i) {
        QFile file(cluster.node(i).csv);
        file.open(QIODevice::ReadOnly);
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        while (!file.atEnd()) {
            const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (cells.value(header.indexOf(QStringLiteral("consent_research")))
                != QLatin1String("1"))
                continue;
            QString municipality = cells.value(header.indexOf(QStringLiteral("municipality")));
            if (municipality.startsWith(u'"') && municipality.endsWith(u'"'))
                municipality = municipality.mid(1, municipality.size() - 2); // "De Bilt"
            if (municipality == QLatin1String("NA"))
                municipality.clear();
            ++out[std::size_t(i)][municipality];
        }
    }
    return out;
}

// Issue 14: the request of the cells tests: a histogram of birth weight on `edges`, two tables
// (one with the planted level) and two trends by year of birth.
protocol::DescriptivesRequest cellsRequest(const std::vector<double> &edges)
{
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    request.variables << protocol::DescribeVariable { QStringLiteral("birth_weight_g"), { edges } };
    request.tables << qMakePair(QStringLiteral("sex"), QStringLiteral("smoking_pregnancy"))
                   << qMakePair(QStringLiteral("municipality"), QStringLiteral("sex"));
    request.trends << protocol::TrendRequest { QStringLiteral("birth_year"),
                                               QStringLiteral("smoking_pregnancy"), 2015, 2020 }
                   << protocol::TrendRequest { QStringLiteral("birth_year"),
                                               QStringLiteral("maternal_education"), 2015, 2020 };
    return request;
}

// Every site's plain answer to `request` (POST /v1/descriptives), in the order of `sites`.
std::optional<QList<protocol::DescriptivesResponse>>
plainAnswers(const QList<Site> &sites, const protocol::DescriptivesRequest &request, QString *error)
{
    Transport transport;
    QList<protocol::DescriptivesResponse> out;
    for (const Site &site : sites) {
        Reply *reply = transport.send(site, api::descriptives(request));
        QSignalSpy spy(reply, &Reply::finished);
        if (!reply->isFinished() && !spy.wait(60000)) {
            *error = site.name + QStringLiteral(": no answer");
            return std::nullopt;
        }
        if (!reply->ok()) {
            *error = reply->error().toString();
            return std::nullopt;
        }
        SiteError decodeError;
        const auto answer = api::decode<protocol::DescriptivesResponse>(
            reply->siteName(), reply->body(), &decodeError);
        if (!answer) {
            *error = decodeError.toString();
            return std::nullopt;
        }
        out << *answer;
    }
    return out;
}

// The plain cell (row, column) of a site's released table: its count, nullopt when withheld, 0
// when the site has no such level.
std::optional<qint64> plainCell(const protocol::ReleasedTable &table, const QString &row,
                                const QString &column)
{
    const qsizetype r = table.rowLevels.indexOf(row);
    const qsizetype c = table.columnLevels.indexOf(column);
    if (r < 0 || c < 0)
        return 0;
    return table.counts.at(r * table.columnLevels.size() + c);
}

// The count of the bin [from, to) of a site's released histogram when it is one of its bins.
std::optional<double> plainBin(const protocol::ReleasedHistogram &histogram, double from, double to)
{
    for (std::size_t b = 0; b + 1 < histogram.edges.size(); ++b) {
        if (std::abs(histogram.edges[b] - from) < 1e-6
            && std::abs(histogram.edges[b + 1] - to) < 1e-6)
            return histogram.counts[b];
    }
    return std::nullopt;
}

// The sum of a plain histogram's bins from `from` to `to` when both are its edges (issue 14: a
// cell of a lattice coarser than the site's own), else nullopt.
std::optional<double> plainBins(const protocol::ReleasedHistogram &histogram, double from,
                                double to)
{
    std::optional<std::size_t> a, b;
    for (std::size_t e = 0; e < histogram.edges.size(); ++e) {
        if (std::abs(histogram.edges[e] - from) < 1e-6)
            a = e;
        if (std::abs(histogram.edges[e] - to) < 1e-6)
            b = e;
    }
    if (!a || !b || *b <= *a)
        return std::nullopt;
    double sum = 0;
    for (std::size_t k = *a; k < *b; ++k)
        sum += histogram.counts[k];
    return sum;
}

} // namespace

class tst_MaskedDescriptives : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_cluster.stopAll(); }
    void pooledTableOneEqualsTheClear();
    void contributionAloneLooksUniform();
    void tamperedRelayIsRefused_data();
    void tamperedRelayIsRefused();
    void withheldLevelStaysWithheld();
    void pooledHistogramEqualsTheClear();
    void plainPooledHistogramEqualsTheClear_data();
    void plainPooledHistogramEqualsTheClear();
    void plainSiteWithoutHistogramIsNamed();
    void noCommonLatticeSaysWhy();
    void cliDescribesMasked();
    void cliDescribesPlainWithHistograms();
    void pooledCellsEqualTheSumOfPlain();
    void pooledCellsOnACoarserLattice();
    void cellsContributionAloneLooksUniform();
    void tamperedCellsRelayIsRefused();
    void cliTrendsMasked();
    void participantSetOneSiteAwayIsRefused(); // last: it changes the nodes' policy

private:
    NodeCluster m_cluster;
    std::optional<MaskedDescriptives> m_first;
    std::optional<MaskedDescriptives> m_cells;
    std::optional<MaskedDescriptives> m_histograms; // describe with pooled histograms
    std::vector<double> m_lattice; // the histogram edges every site counts on
};

void tst_MaskedDescriptives::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 1500, QStringLiteral("research"), plantLevel),
             qPrintable(m_cluster.error));
}

void tst_MaskedDescriptives::pooledTableOneEqualsTheClear()
{
    SiteError error;
    m_first = runStudy(m_cluster.sites(), table1Request(), &error);
    QVERIFY2(m_first, qPrintable(error.toString()));
    const PooledDescriptives &pooled = m_first->pooled;
    QCOMPARE(pooled.mode, QStringLiteral("masked"));
    QCOMPARE(m_first->record.manifest.participants.size(), 3);
    QCOMPARE(m_first->record.attestations.size(), 3);
    QCOMPARE(m_first->record.signatures.size(), 3);
    qint64 cohort = 0;
    const std::map<QString, Clear> clear = clearTable(m_cluster, &cohort);
    QCOMPARE(pooled.cohortSize, cohort);
    QCOMPARE(pooled.numeric.size(), kNumeric.size());
    for (const PooledNumeric &n : pooled.numeric) {
        const Clear &c = clear.at(n.variable);
        double sum = 0;
        for (double x : c.values)
            sum += x;
        const double mean = sum / double(c.values.size());
        double squares = 0;
        for (double x : c.values)
            squares += (x - mean) * (x - mean);
        const double sd = std::sqrt(squares / double(c.values.size() - 1));
        QCOMPARE(qint64(n.moments.count), qint64(c.values.size()));
        QVERIFY(n.missing);
        QCOMPARE(*n.missing, c.missing);
        QVERIFY2(relative(n.moments.mean, mean) < 1e-9,
                 qPrintable(QStringLiteral("%1: mean %2 vs %3")
                                .arg(n.variable)
                                .arg(n.moments.mean, 0, 'g', 17)
                                .arg(mean, 0, 'g', 17)));
        QVERIFY2(relative(n.moments.sd(), sd) < 1e-9,
                 qPrintable(QStringLiteral("%1: SD %2 vs %3")
                                .arg(n.variable)
                                .arg(n.moments.sd(), 0, 'g', 17)
                                .arg(sd, 0, 'g', 17)));
    }
    QCOMPARE(pooled.categorical.size(), kCategorical.size());
    for (const PooledCategorical &cat : pooled.categorical) {
        const Clear &c = clear.at(cat.variable);
        QVERIFY2(cat.missing, qPrintable(cat.variable));
        QCOMPARE(*cat.missing, c.missing);
        qint64 total = 0;
        for (const PooledLevel &level : cat.levels) {
            QVERIFY2(level.count, qPrintable(cat.variable + QLatin1Char('=') + level.name));
            const auto it = c.levels.find(level.name);
            QCOMPARE(*level.count, it == c.levels.end() ? 0 : it->second);
            total += *level.count;
        }
        QCOMPARE(total + c.missing, cohort);
    }
}

void tst_MaskedDescriptives::contributionAloneLooksUniform()
{
    QVERIFY(m_first);
    const protocol::StudyManifest &manifest = m_first->record.manifest;
    for (const protocol::SignedContribution &answer : m_first->record.attestations) {
        double chi = 0;
        const QByteArray bytes = wordBytes(answer.contribution.masked);
        QVERIFY2(looksUniform(bytes, &chi),
                 qPrintable(QStringLiteral("%1: chi-square %2 over %3 bytes")
                                .arg(answer.contribution.site)
                                .arg(chi)
                                .arg(bytes.size())));
    }
    // Negative control: the same kind of numbers encoded but not masked (the pooled sums, in
    // the study's fixed point) are far from uniform, so the test above can fail.
    std::vector<std::uint64_t> words;
    for (const protocol::SignedContribution &answer : m_first->record.attestations)
        QVERIFY(secure::addWords(words, answer.contribution.masked));
    const secure::FixedPoint format { manifest.fractionBits, int(manifest.participants.size()) };
    auto values = secure::decodeSum(words, format);
    QVERIFY(values);
    auto plain = secure::encode(*values, format);
    QVERIFY(plain);
    double chi = 0;
    QVERIFY(!looksUniform(wordBytes(*plain), &chi));
    qInfo("unmasked encoding: chi-square %.0f", chi);
    // And one contribution decoded alone is not a sum: refused, or not the pooled numbers.
    auto alone
        = secure::decodeSum(m_first->record.attestations.first().contribution.masked, format);
    QVERIFY(!alone || *alone != *values);
}

void tst_MaskedDescriptives::tamperedRelayIsRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("changed contribution")
        << QStringLiteral("contribution") << QStringLiteral("contribution");
    QTest::newRow("changed signature")
        << QStringLiteral("signature") << QStringLiteral("contribution");
    QTest::newRow("changed manifest signature")
        << QStringLiteral("manifest") << QStringLiteral("manifest-signature");
}

void tst_MaskedDescriptives::tamperedRelayIsRefused()
{
    // A man in the middle in front of site2 changes what site2 signed on its way to the client.
    QFETCH(QString, what);
    QFETCH(QString, code);
    testsupport::TamperingRelay relay(
        m_cluster.node(1).port,
        [what](const std::string &method, const std::string &path, QJsonObject &answer) {
            if (method != "POST")
                return false;
            if (what == QLatin1String("manifest")) {
                if (path != "/v1/jobs")
                    return false;
                answer.insert(
                    QStringLiteral("manifest_signature"),
                    testsupport::flipBase64(
                        answer.value(QLatin1String("manifest_signature")).toString(), 10));
                return true;
            }
            if (!QString::fromStdString(path).endsWith(QLatin1String("/rounds")))
                return false;
            if (what == QLatin1String("contribution")) {
                QJsonObject contribution = answer.value(QLatin1String("contribution")).toObject();
                contribution.insert(
                    QStringLiteral("masked"),
                    testsupport::flipBase64(contribution.value(QLatin1String("masked")).toString(),
                                            10));
                answer.insert(QStringLiteral("contribution"), contribution);
            } else {
                answer.insert(QStringLiteral("signature"),
                              testsupport::flipBase64(
                                  answer.value(QLatin1String("signature")).toString(), 10));
            }
            return true;
        });
    QList<Site> sites = m_cluster.sites();
    sites[1].url = relay.url();
    sites[1].pin = relay.pin();
    SiteError error;
    const auto result = runStudy(sites, table1Request(), &error);
    QVERIFY(relay.tampered() >= 1);
    QVERIFY(!result);
    QCOMPARE(error.site, sites[1].name);
    QCOMPARE(error.code, code);
    QVERIFY2(!error.message.isEmpty(), qPrintable(error.toString()));
}

void tst_MaskedDescriptives::withheldLevelStaysWithheld()
{
    // Site2 withholds the planted level (3 children in Utrecht) and one more. The pooled count of
    // a level a site withheld is not shown, the number of sites that withheld it is; the released
    // levels are exact. And the sum the client decodes holds none of site2's withheld counts: even
    // with sites 1 and 3 colluding (their records known), it gives 0 children of site2 in Utrecht,
    // and site2's cohort minus its released levels is the sum of at least two withheld counts.
    protocol::DescriptivesRequest request = table1Request();
    request.variables = { protocol::DescribeVariable { QStringLiteral("municipality"), {} } };
    SiteError error;
    const auto result = runStudy(m_cluster.sites(), request, &error);
    QVERIFY2(result, qPrintable(error.toString()));
    const std::vector<std::map<QString, qint64>> clear = municipalities(m_cluster);
    QCOMPARE(clear[std::size_t(kPlantedSite)].at(kPlanted), kPlantedCount);
    QVERIFY(clear[0].at(kPlanted) >= 100);
    auto total = [&](const QString &level) {
        qint64 n = 0;
        for (const auto &site : clear)
            n += site.count(level) ? site.at(level) : 0;
        return n;
    };
    auto cohortOf = [&](std::size_t site) {
        qint64 n = 0;
        for (const auto &[level, count] : clear[site])
            n += count;
        return n;
    };
    QCOMPARE(result->pooled.cohortSize, cohortOf(0) + cohortOf(1) + cohortOf(2));
    QCOMPARE(result->pooled.categorical.size(), 1);
    int withheld = 0;
    bool plantedSeen = false;
    for (const PooledLevel &level : result->pooled.categorical.first().levels) {
        if (level.name == kPlanted) {
            plantedSeen = true;
            QVERIFY2(!level.count, "the pooled count of a level site2 withheld is shown");
            QCOMPARE(level.withheldSites, 1);
        }
        if (level.count) {
            QCOMPARE(level.withheldSites, 0);
            QCOMPARE(*level.count, total(level.name));
        } else {
            QVERIFY(level.withheldSites >= 1);
            ++withheld;
        }
    }
    QVERIFY(plantedSeen);
    QVERIFY2(withheld >= 2, "site2 withheld one level: its count follows from its cohort size");

    // The sum over the three contributions, decoded as any client can.
    const protocol::StudyManifest &manifest = result->record.manifest;
    std::vector<std::uint64_t> words;
    for (const protocol::SignedContribution &answer : result->record.attestations)
        QVERIFY(secure::addWords(words, answer.contribution.masked));
    auto values = secure::decodeSum(
        words, secure::FixedPoint { manifest.fractionBits, int(manifest.participants.size()) });
    QVERIFY(values);
    auto sums = protocol::descriptivesFromVector(manifest.descriptives, *values);
    QVERIFY(sums);
    QCOMPARE(sums->variables.size(), std::size_t(1));
    const protocol::DescriptivesSums::Variable &sum = sums->variables.front();
    const QStringList &levels = manifest.descriptives.variables.first().levels;
    // What the sum says of site2 once sites 1 and 3 are subtracted.
    auto site2 = [&](const QString &level, double pooled) {
        return pooled
            - double((clear[0].count(level) ? clear[0].at(level) : 0)
                     + (clear[2].count(level) ? clear[2].at(level) : 0));
    };
    double released = site2(QString(), sum.missing);
    for (qsizetype l = 0; l < levels.size(); ++l) {
        const double own = site2(levels[l], sum.counts[std::size_t(l)]);
        released += own;
        if (levels[l] == kPlanted) {
            QCOMPARE(sum.withheld[std::size_t(l)], 1.0);
            QVERIFY2(own == 0.0,
                     qPrintable(QStringLiteral("the sum gives site2 %1 children in %2 (it has %3)")
                                    .arg(own)
                                    .arg(kPlanted)
                                    .arg(kPlantedCount)));
        }
    }
    const double rest = sums->cohortSize - double(cohortOf(0) + cohortOf(2)) - released;
    QVERIFY2(rest > double(kPlantedCount),
             qPrintable(QStringLiteral("site2's cohort minus its released counts is %1: the "
                                       "planted count alone")
                            .arg(rest)));
    qInfo("municipality: %d of %lld levels withheld at some site; site2 withheld %g children in "
          "all",
          withheld, qlonglong(levels.size()), rest);
}

void tst_MaskedDescriptives::pooledHistogramEqualsTheClear()
{
    // Describe in masked mode with pooled histograms: two studies (the moments, then the cells
    // of every candidate lattice); the client decodes sums only.
    protocol::DescriptivesRequest request = table1Request();
    Transport transport;
    TransportOptions options;
    options.totalTimeoutMs = 120000;
    transport.setDefaultOptions(options);
    SiteError error;
    m_histograms = MaskedDescriptivesRun::run(transport, m_cluster.sites(), request, &error, true);
    QVERIFY2(m_histograms, qPrintable(error.toString()));
    QVERIFY2(!m_histograms->latticeRecords.isEmpty(),
             qPrintable(m_histograms->latticeHistograms.isEmpty()
                            ? QStringLiteral("no histograms")
                            : m_histograms->latticeHistograms.first().problem));
    for (const protocol::StudyRecord &r : m_histograms->latticeRecords) {
        QCOMPARE(r.attestations.size(), 3);
        QVERIFY(r.study != m_histograms->record.study);
        QVERIFY(protocol::descriptivesLength(r.manifest.descriptives) <= 10000);
    }
    qInfo("%lld lattice studies", (long long)m_histograms->latticeRecords.size());
    QCOMPARE(m_histograms->latticeHistograms.size(), kNumeric.size());
    // The sites' own histograms (plain, each on its own lattice) only to check that the edges
    // are common; the pooled CSV for the counts, computed here from the records.
    protocol::DescriptivesRequest plainRequest;
    plainRequest.purpose = request.purpose;
    plainRequest.dataset = request.dataset;
    for (const QString &name : kNumeric)
        plainRequest.variables << protocol::DescribeVariable { name, { { -1e9, 1e9 } } };
    QString problem;
    const auto plain = plainAnswers(m_cluster.sites(), plainRequest, &problem);
    QVERIFY2(plain, qPrintable(problem));
    qint64 cohort = 0;
    const std::map<QString, Clear> clear = clearTable(m_cluster, &cohort);
    int drawn = 0;
    for (const PooledHistogram &h : m_histograms->latticeHistograms) {
        if (h.edges.empty()) {
            qInfo("%s: %s", qPrintable(h.variable), qPrintable(h.problem));
            QVERIFY2(!h.problem.isEmpty(), qPrintable(h.variable));
            continue;
        }
        ++drawn;
        QVERIFY(h.problem.isEmpty());
        QCOMPARE(h.counts.size() + 1, h.edges.size());
        QVERIFY2(h.counts.size() >= 2, qPrintable(h.variable));
        const Clear &c = clear.at(h.variable);
        qint64 inside = 0;
        for (std::size_t k = 0; k < h.counts.size(); ++k) {
            // Evenly spaced on the step, each edge a multiple of it.
            QVERIFY(std::abs(h.edges[k + 1] - h.edges[k] - h.step) < 1e-9 * h.step);
            const double at = h.edges[k] / h.step;
            QVERIFY(std::abs(at - std::round(at)) < 1e-6);
            qint64 clearCount = 0;
            for (const double x : c.values)
                clearCount += x >= h.edges[k] && x < h.edges[k + 1];
            QVERIFY2(h.counts[k] == clearCount,
                     qPrintable(QStringLiteral("%1 [%2, %3): pooled %4, the pooled CSV %5")
                                    .arg(h.variable)
                                    .arg(h.edges[k])
                                    .arg(h.edges[k + 1])
                                    .arg(h.counts[k])
                                    .arg(clearCount)));
            inside += clearCount;
            // A cell of every site: the sum of that site's own bins between its ends.
            for (qsizetype s = 0; s < plain->size(); ++s) {
                const auto numeric
                    = std::find_if(plain->at(s).numeric.begin(), plain->at(s).numeric.end(),
                                   [&](const protocol::NumericDescription &n) {
                                       return n.variable == h.variable;
                                   });
                QVERIFY(numeric != plain->at(s).numeric.end());
                QVERIFY2(plainBins(numeric->histograms.first(), h.edges[k], h.edges[k + 1]),
                         qPrintable(QStringLiteral("%1: [%2, %3) is no cell of site %4")
                                        .arg(h.variable)
                                        .arg(h.edges[k])
                                        .arg(h.edges[k + 1])
                                        .arg(s + 1)));
            }
        }
        QCOMPARE(h.beyond, qint64(c.values.size()) - inside);
        QVERIFY(h.beyond >= 2 * 10 * 3); // every site's two tails, each >= min_cell
        qInfo("%s: step %g, %zu cells from %g to %g, %lld of %zu records outside",
              qPrintable(h.variable), h.step, h.counts.size(), h.edges.front(), h.edges.back(),
              (long long)h.beyond, c.values.size());
    }
    // Birth weight and gestational age at least: a real histogram, not one or two cells.
    QVERIFY2(drawn >= 2, "fewer than two numeric variables have a pooled histogram");
    for (const PooledHistogram &h : m_histograms->latticeHistograms) {
        if (h.variable == QLatin1String("birth_weight_g"))
            QVERIFY2(h.counts.size() >= 10, qPrintable(QString::number(h.counts.size())));
    }
    // The Table 1 numbers are those of a study without histograms.
    QVERIFY(m_first);
    QCOMPARE(m_histograms->pooled.cohortSize, m_first->pooled.cohortSize);
}

// Issue 14 in plain mode (one or two sites, or a node that allows plain contributions): each
// site's released histogram, pooled by the client on the finest lattice common to every site —
// the same cells and chooser as masked mode. Every drawn cell equals the count of the sites'
// CSV records in it, the records outside are each site's n minus its released cells, and with
// all three sites the histogram is the masked study's.
void tst_MaskedDescriptives::plainPooledHistogramEqualsTheClear_data()
{
    QTest::addColumn<QList<int>>("sites");
    QTest::newRow("one site") << QList<int> { 0 };
    QTest::newRow("two sites") << QList<int> { 0, 1 };
    QTest::newRow("three sites") << QList<int> { 0, 1, 2 };
}

void tst_MaskedDescriptives::plainPooledHistogramEqualsTheClear()
{
    QFETCH(QList<int>, sites);
    QList<Site> chosen;
    for (int i : sites)
        chosen << m_cluster.sites().at(i);
    const protocol::DescriptivesRequest request = table1Request();
    QString problem;
    const auto answers = plainAnswers(chosen, request, &problem);
    QVERIFY2(answers, qPrintable(problem));
    QList<SiteDescriptives> described;
    for (qsizetype s = 0; s < answers->size(); ++s)
        described << SiteDescriptives { chosen[s].name, answers->at(s) };
    const PooledDescriptives pooled = poolDescriptives(described);
    std::map<std::string, analysis::Moments> moments;
    for (const PooledNumeric &n : pooled.numeric)
        moments[n.variable.toStdString()] = n.moments;
    const LatticeCandidates candidates = latticeCandidates(moments, kHistogramLatticeCells);
    QCOMPARE(candidates.size(), std::size_t(kNumeric.size()));
    // What the client asks: the same cohort, the numeric variables only, one edge set each.
    const protocol::DescriptivesRequest asked = plainHistogramRequest(request, candidates);
    QCOMPARE(asked.purpose, request.purpose);
    QCOMPARE(asked.variables.size(), kNumeric.size());
    for (const protocol::DescribeVariable &v : asked.variables)
        QCOMPARE(v.histogramEdges.size(), std::size_t(1));
    const auto released = plainAnswers(chosen, asked, &problem);
    QVERIFY2(released, qPrintable(problem));
    QList<SiteDescriptives> histograms;
    for (qsizetype s = 0; s < released->size(); ++s)
        histograms << SiteDescriptives { chosen[s].name, released->at(s) };
    const QList<PooledHistogram> out = plainPooledHistograms(pooled, candidates, histograms);
    QCOMPARE(out.size(), kNumeric.size());
    qint64 cohort = 0;
    const std::map<QString, Clear> clear = clearTable(m_cluster, &cohort, sites);
    int drawn = 0;
    for (const PooledHistogram &h : out) {
        if (h.edges.empty()) {
            qInfo("%s: %s", qPrintable(h.variable), qPrintable(h.problem));
            QVERIFY2(!h.problem.isEmpty(), qPrintable(h.variable));
            continue;
        }
        ++drawn;
        const Clear &c = clear.at(h.variable);
        qint64 inside = 0;
        // One site without a lattice of its own edges (maternal age: whole years at a site whose
        // step is finer than 1): its released histogram as it is.
        QVERIFY2(h.step > 0 || sites.size() == 1, qPrintable(h.variable));
        for (std::size_t k = 0; k < h.counts.size(); ++k) {
            QVERIFY(h.step <= 0 || std::abs(h.edges[k + 1] - h.edges[k] - h.step) < 1e-9 * h.step);
            qint64 clearCount = 0;
            for (const double x : c.values)
                clearCount += x >= h.edges[k] && x < h.edges[k + 1];
            QVERIFY2(h.counts[k] == clearCount,
                     qPrintable(QStringLiteral("%1 [%2, %3): pooled %4, the sites' CSVs %5")
                                    .arg(h.variable)
                                    .arg(h.edges[k])
                                    .arg(h.edges[k + 1])
                                    .arg(h.counts[k])
                                    .arg(clearCount)));
            inside += clearCount;
        }
        QCOMPARE(h.beyond, qint64(c.values.size()) - inside);
        // Per site, in the sites' order: its records of the variable outside the edges, which
        // add up to the pooled number; each site keeps at least min_cell in each tail.
        QCOMPARE(h.beyondPerSite.size(), chosen.size());
        qint64 sum = 0;
        for (qsizetype s = 0; s < chosen.size(); ++s) {
            QCOMPARE(h.beyondPerSite[s].first, chosen[s].name);
            QVERIFY2(h.beyondPerSite[s].second >= 2 * 10, qPrintable(h.variable));
            qint64 own = 0;
            qint64 siteCohort = 0;
            const std::map<QString, Clear> siteTable
                = clearTable(m_cluster, &siteCohort, { sites[s] });
            const Clear &siteClear = siteTable.at(h.variable);
            for (const double x : siteClear.values)
                own += x < h.edges.front() || x >= h.edges.back();
            QCOMPARE(h.beyondPerSite[s].second, own);
            sum += h.beyondPerSite[s].second;
        }
        QCOMPARE(sum, h.beyond);
        qInfo("%s: step %g, %zu cells from %g to %g, %lld of %zu records outside",
              qPrintable(h.variable), h.step, h.counts.size(), h.edges.front(), h.edges.back(),
              (long long)h.beyond, c.values.size());
    }
    QVERIFY2(drawn >= 2, "fewer than two numeric variables have a pooled histogram");
    // Three sites: plain and masked pool the same cells through the same chooser.
    if (sites.size() == 3 && m_histograms) {
        for (qsizetype i = 0; i < out.size(); ++i) {
            const PooledHistogram &masked = m_histograms->latticeHistograms.at(i);
            QCOMPARE(out[i].variable, masked.variable);
            QCOMPARE(out[i].step, masked.step);
            QCOMPARE(out[i].edges, masked.edges);
            QCOMPARE(out[i].counts, masked.counts);
            QCOMPARE(out[i].beyond, masked.beyond);
        }
    }
}

// A site that released no histogram of a variable (too few records for its bins) is named, and
// no histogram is drawn: the pool would leave its records out without saying so.
void tst_MaskedDescriptives::plainSiteWithoutHistogramIsNamed()
{
    PooledDescriptives pooled;
    PooledNumeric weight;
    weight.variable = QStringLiteral("birth_weight_g");
    weight.moments.count = 300;
    weight.moments.mean = 3400;
    weight.moments.m2 = 500.0 * 500.0 * 299;
    pooled.numeric << weight;
    const LatticeCandidates candidates
        = latticeCandidates({ { "birth_weight_g", weight.moments } }, kHistogramLatticeCells);
    QVERIFY(!candidates.at("birth_weight_g").empty());
    protocol::NumericDescription described;
    described.variable = weight.variable;
    described.moments.count = 280;
    // On a lattice of 500 (one of the candidates of an SD of 500).
    described.histograms << protocol::ReleasedHistogram { { 2000, 2500, 3000, 3500, 4000 },
                                                          { 60, 100, 60, 20 } };
    protocol::DescriptivesResponse big;
    big.numeric << described;
    described.moments.count = 20;
    described.histograms = { protocol::ReleasedHistogram {} }; // withheld: no edges
    protocol::DescriptivesResponse small;
    small.numeric << described;
    const QList<PooledHistogram> out
        = plainPooledHistograms(pooled, candidates,
                                { SiteDescriptives { QStringLiteral("big"), big },
                                  SiteDescriptives { QStringLiteral("small"), small } });
    QCOMPARE(out.size(), 1);
    QVERIFY(out[0].edges.empty());
    QVERIFY2(out[0].problem.startsWith(QStringLiteral("small released no histogram of "
                                                      "birth_weight_g")),
             qPrintable(out[0].problem));
    // Without the small site: the big one's bins; outside them its 40 records in the tails.
    const QList<PooledHistogram> alone = plainPooledHistograms(
        pooled, candidates, { SiteDescriptives { QStringLiteral("big"), big } });
    QVERIFY2(!alone[0].edges.empty(), qPrintable(alone[0].problem));
    QCOMPARE(alone[0].edges.front(), 2000.0);
    QCOMPARE(alone[0].edges.back(), 4000.0);
    QCOMPARE(alone[0].step, 500.0);
    QCOMPARE(alone[0].beyondPerSite.size(), 1);
    QCOMPARE(alone[0].beyondPerSite[0].second, qint64(40));
}

void tst_MaskedDescriptives::noCommonLatticeSaysWhy()
{
    // Every candidate withheld at some site (sites whose bins never meet): no histogram, and a
    // sentence that says what happened and what to do; no spread: said too.
    PooledDescriptives pooled;
    PooledNumeric weight;
    weight.variable = QStringLiteral("birth_weight_g");
    weight.moments.count = 300;
    weight.moments.mean = 3400;
    weight.moments.m2 = 500.0 * 500.0 * 299;
    PooledNumeric constant;
    constant.variable = QStringLiteral("parity");
    constant.moments.count = 300;
    constant.moments.mean = 1;
    pooled.numeric << weight << constant;
    const LatticeCandidates candidates = latticeCandidates(
        { { "birth_weight_g", weight.moments }, { "parity", constant.moments } });
    QVERIFY(!candidates.at("birth_weight_g").empty());
    QVERIFY(!candidates.count("parity"));
    CandidateCells cells;
    for (const analysis::LatticeRange &r : candidates.at("birth_weight_g")) {
        std::vector<std::optional<double>> c(r.cells());
        if (c.size() > 3)
            c[c.size() / 2] = 50.0; // one released cell alone is no histogram
        cells["birth_weight_g"].push_back(c);
    }
    const QList<PooledHistogram> out = pooledHistograms(pooled, candidates, cells);
    QCOMPARE(out.size(), 2);
    QVERIFY(out[0].edges.empty());
    QVERIFY2(out[0].problem.contains(QStringLiteral("No lattice common to every site")),
             qPrintable(out[0].problem));
    QVERIFY2(out[0].problem.contains(QStringLiteral("fewer, larger sites")),
             qPrintable(out[0].problem));
    QVERIFY(out[1].edges.empty());
    QVERIFY2(out[1].problem.contains(QStringLiteral("no spread")), qPrintable(out[1].problem));
}

void tst_MaskedDescriptives::cliDescribesMasked()
{
    QVERIFY(m_first);
    QProcess cli;
    cli.start(testsupport::cliBinary(),
              { QStringLiteral("describe"), QStringLiteral("--sites"),
                m_cluster.writeSitesFile(m_cluster.sites()), QStringLiteral("--dataset"),
                QStringLiteral("cohort"), QStringLiteral("--purpose"), QStringLiteral("research"),
                QStringLiteral("--vars"), (kNumeric + kCategorical).join(u','),
                QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("masked"));
    QCOMPARE(qint64(json.value(QLatin1String("cohort_size")).toDouble()),
             m_first->pooled.cohortSize);
    // Issue 14: the participant set and every node's signature check, in JSON and in text.
    const QJsonObject record = json.value(QLatin1String("study_record")).toObject();
    QCOMPARE(record.value(QLatin1String("mode")).toString(), QStringLiteral("masked"));
    QCOMPARE(record.value(QLatin1String("study")).toString(),
             json.value(QLatin1String("study")).toString());
    const QJsonArray checks = record.value(QLatin1String("checks")).toArray();
    QCOMPARE(checks.size(), m_cluster.size());
    QCOMPARE(record.value(QLatin1String("signatures")).toArray().size(), m_cluster.size());
    QCOMPARE(record.value(QLatin1String("attestations")).toArray().size(), m_cluster.size());
    for (int i = 0; i < m_cluster.size(); ++i) {
        const QJsonObject check = checks.at(i).toObject();
        QCOMPARE(check.value(QLatin1String("site")).toString(), m_cluster.node(i).name);
        QVERIFY(check.value(QLatin1String("manifest")).toBool());
        QVERIFY(check.value(QLatin1String("attestation")).toBool());
    }
    QProcess text;
    text.start(testsupport::cliBinary(),
               { QStringLiteral("describe"), QStringLiteral("--sites"),
                 m_cluster.writeSitesFile(m_cluster.sites()), QStringLiteral("--dataset"),
                 QStringLiteral("cohort"), QStringLiteral("--purpose"), QStringLiteral("research"),
                 QStringLiteral("--vars"), QStringLiteral("sex") });
    QVERIFY(text.waitForFinished(120000));
    QVERIFY2(text.exitCode() == 0, text.readAllStandardError().constData());
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("participants: site1, site2, site3")), qPrintable(out));
    for (int i = 0; i < m_cluster.size(); ++i)
        QVERIFY2(out.contains(QStringLiteral("  %1  manifest signature verified, descriptives "
                                             "signed")
                                  .arg(m_cluster.node(i).name)),
                 qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Every site signed this result.")), qPrintable(out));
    const QJsonArray numeric = json.value(QLatin1String("numeric")).toArray();
    QCOMPARE(numeric.size(), m_first->pooled.numeric.size());
    for (qsizetype i = 0; i < numeric.size(); ++i) {
        const QJsonObject n = numeric.at(i).toObject();
        QCOMPARE(n.value(QLatin1String("mean")).toDouble(),
                 m_first->pooled.numeric[i].moments.mean);
        QCOMPARE(n.value(QLatin1String("sd")).toDouble(), m_first->pooled.numeric[i].moments.sd());
    }
    // Issue 14: the pooled histograms, in JSON as the study above decoded them and in text.
    QVERIFY(m_histograms);
    const QJsonArray histograms = json.value(QLatin1String("histograms")).toArray();
    QCOMPARE(histograms.size(), m_histograms->latticeHistograms.size());
    for (qsizetype i = 0; i < histograms.size(); ++i) {
        const QJsonObject h = histograms.at(i).toObject();
        const PooledHistogram &expected = m_histograms->latticeHistograms[i];
        QCOMPARE(h.value(QLatin1String("variable")).toString(), expected.variable);
        const QJsonArray counts = h.value(QLatin1String("counts")).toArray();
        QCOMPARE(std::size_t(counts.size()), expected.counts.size());
        for (qsizetype k = 0; k < counts.size(); ++k)
            QCOMPARE(qint64(counts.at(k).toDouble()), expected.counts[std::size_t(k)]);
        if (!expected.edges.empty()) {
            QCOMPARE(h.value(QLatin1String("step")).toDouble(), expected.step);
            QCOMPARE(h.value(QLatin1String("edges")).toArray().first().toDouble(),
                     expected.edges.front());
            QCOMPARE(qint64(h.value(QLatin1String("outside")).toDouble()), expected.beyond);
        } else {
            QCOMPARE(h.value(QLatin1String("problem")).toString(), expected.problem);
        }
    }
    QCOMPARE(json.value(QLatin1String("histogram_study_records")).toArray().size(),
             m_histograms->latticeRecords.size());
    QProcess weight;
    weight.start(testsupport::cliBinary(),
                 { QStringLiteral("describe"), QStringLiteral("--sites"),
                   m_cluster.writeSitesFile(m_cluster.sites()), QStringLiteral("--dataset"),
                   QStringLiteral("cohort"), QStringLiteral("--purpose"),
                   QStringLiteral("research"), QStringLiteral("--vars"),
                   (kNumeric + kCategorical).join(u',') });
    QVERIFY(weight.waitForFinished(120000));
    QVERIFY2(weight.exitCode() == 0, weight.readAllStandardError().constData());
    const QString weightText = QString::fromUtf8(weight.readAllStandardOutput());
    QVERIFY2(weightText.contains(QStringLiteral("Histograms, pooled on the finest lattice common "
                                                "to every site")),
             qPrintable(weightText));
    for (const PooledHistogram &h : m_histograms->latticeHistograms) {
        if (h.edges.empty())
            continue;
        QVERIFY2(weightText.contains(QStringLiteral("%1: step %2, %3 records outside")
                                         .arg(h.variable)
                                         .arg(h.step, 0, 'g', 6)
                                         .arg(h.beyond)),
                 qPrintable(weightText));
        // Each cell's line: its range and count.
        QVERIFY2(weightText.contains(QRegularExpression(
                     QStringLiteral("\\[%1, %2\\)\\s+%3 ")
                         .arg(QRegularExpression::escape(QString::number(h.edges[0], 'g', 8)),
                              QRegularExpression::escape(QString::number(h.edges[1], 'g', 8)))
                         .arg(h.counts[0]))),
                 qPrintable(weightText));
    }
    // Plain on request: the per-site answers, added by the client, give the same counts.
    QProcess plain;
    plain.start(testsupport::cliBinary(),
                { QStringLiteral("describe"), QStringLiteral("--sites"),
                  m_cluster.writeSitesFile(m_cluster.sites()), QStringLiteral("--dataset"),
                  QStringLiteral("cohort"), QStringLiteral("--purpose"), QStringLiteral("research"),
                  QStringLiteral("--vars"), QStringLiteral("sex"), QStringLiteral("--mode"),
                  QStringLiteral("plain"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(plain.waitForFinished(120000));
    QVERIFY2(plain.exitCode() == 0, plain.readAllStandardError().constData());
    const QJsonObject plainJson = QJsonDocument::fromJson(plain.readAllStandardOutput()).object();
    QCOMPARE(plainJson.value(QLatin1String("mode")).toString(), QStringLiteral("plain"));
}

// `describe --mode plain` (what one or two sites get): the pooled histograms from the sites'
// released histograms, in JSON and in text, with the records outside per site.
void tst_MaskedDescriptives::cliDescribesPlainWithHistograms()
{
    const QList<Site> two { m_cluster.sites().at(0), m_cluster.sites().at(1) };
    auto describe = [&](bool json) {
        QProcess cli;
        QStringList args { QStringLiteral("describe"),
                           QStringLiteral("--sites"),
                           m_cluster.writeSitesFile(two),
                           QStringLiteral("--dataset"),
                           QStringLiteral("cohort"),
                           QStringLiteral("--purpose"),
                           QStringLiteral("research"),
                           QStringLiteral("--vars"),
                           (kNumeric + kCategorical).join(u',') };
        if (json)
            args << QStringLiteral("--format") << QStringLiteral("json");
        cli.start(testsupport::cliBinary(), args);
        cli.waitForFinished(120000);
        if (cli.exitCode() != 0)
            qWarning("%s", cli.readAllStandardError().constData());
        return cli.exitCode() == 0 ? cli.readAllStandardOutput() : QByteArray();
    };
    const QJsonObject json = QJsonDocument::fromJson(describe(true)).object();
    QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("plain"));
    const QJsonArray histograms = json.value(QLatin1String("histograms")).toArray();
    QCOMPARE(histograms.size(), kNumeric.size());
    qint64 cohort = 0;
    const std::map<QString, Clear> clear = clearTable(m_cluster, &cohort, { 0, 1 });
    int drawn = 0;
    QString firstDrawn;
    for (const QJsonValue &value : histograms) {
        const QJsonObject h = value.toObject();
        const QString variable = h.value(QLatin1String("variable")).toString();
        const QJsonArray edges = h.value(QLatin1String("edges")).toArray();
        const QJsonArray counts = h.value(QLatin1String("counts")).toArray();
        if (edges.isEmpty()) {
            QVERIFY2(!h.value(QLatin1String("problem")).toString().isEmpty(), qPrintable(variable));
            continue;
        }
        ++drawn;
        if (firstDrawn.isEmpty())
            firstDrawn = variable;
        QCOMPARE(counts.size() + 1, edges.size());
        qint64 inside = 0;
        for (qsizetype k = 0; k < counts.size(); ++k) {
            qint64 clearCount = 0;
            for (const double x : clear.at(variable).values)
                clearCount += x >= edges.at(k).toDouble() && x < edges.at(k + 1).toDouble();
            QCOMPARE(qint64(counts.at(k).toDouble()), clearCount);
            inside += clearCount;
        }
        QCOMPARE(qint64(h.value(QLatin1String("outside")).toDouble()),
                 qint64(clear.at(variable).values.size()) - inside);
        const QJsonObject perSite = h.value(QLatin1String("outside_per_site")).toObject();
        QCOMPARE(perSite.size(), 2);
        QCOMPARE(
            qint64(perSite.value(two[0].name).toDouble() + perSite.value(two[1].name).toDouble()),
            qint64(h.value(QLatin1String("outside")).toDouble()));
    }
    QVERIFY2(drawn >= 2, "fewer than two numeric variables have a pooled histogram");
    const QString text = QString::fromUtf8(describe(false));
    QVERIFY2(text.contains(QStringLiteral("Histograms, pooled on the finest lattice common to "
                                          "every site (a cell is counted where its ends are "
                                          "edges of every site's released histogram")),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(
                 QStringLiteral("%1: step [0-9.e+-]+, [0-9]+ records outside [0-9.e+-]+ to "
                                "[0-9.e+-]+ \\(%2 [0-9]+, %3 [0-9]+\\): each site's tails")
                     .arg(firstDrawn, two[0].name, two[1].name))),
             qPrintable(text));
}

void tst_MaskedDescriptives::pooledCellsEqualTheSumOfPlain()
{
    // The sites' plain answers first: their own histogram edges say the lattice (every released
    // edge is a multiple of the node's step; the narrowest bin is one step).
    QString problem;
    const auto plain = plainAnswers(m_cluster.sites(), cellsRequest({ 0.0, 10000.0 }), &problem);
    QVERIFY2(plain, qPrintable(problem));
    double step = 0;
    double first = 1e300;
    double last = -1e300;
    for (const protocol::DescriptivesResponse &answer : *plain) {
        QCOMPARE(answer.numeric.size(), 1);
        const protocol::ReleasedHistogram &h = answer.numeric.first().histograms.first();
        QVERIFY2(h.edges.size() >= 10, "a site released no birth-weight histogram");
        double narrowest = 1e300;
        for (std::size_t b = 0; b + 1 < h.edges.size(); ++b)
            narrowest = std::min(narrowest, h.edges[b + 1] - h.edges[b]);
        QVERIFY2(step == 0 || std::abs(narrowest - step) < 1e-9,
                 "the sites' histogram lattices differ: the test data no longer share a step");
        step = narrowest;
        first = std::min(first, h.edges.front());
        last = std::max(last, h.edges.back());
    }
    m_lattice.clear();
    for (double e = first; e <= last + step / 2; e += step)
        m_lattice.push_back(std::round(e / step) * step);

    SiteError error;
    m_cells = runStudy(m_cluster.sites(), cellsRequest(m_lattice), &error);
    QVERIFY2(m_cells, qPrintable(error.toString()));
    QCOMPARE(m_cells->pooled.mode, QStringLiteral("masked"));

    // Histogram: a lattice cell is the sum of the sites' bins where every site released that
    // very bin; otherwise withheld, with the number of sites that did not.
    QCOMPARE(m_cells->histograms.size(), 1);
    const PooledCells &histogram = m_cells->histograms.first();
    QCOMPARE(histogram.cells.size(), qsizetype(m_lattice.size() - 1));
    int complete = 0;
    int partial = 0;
    for (qsizetype k = 0; k < histogram.cells.size(); ++k) {
        double sum = 0;
        int missing = 0;
        for (const protocol::DescriptivesResponse &answer : *plain) {
            const auto bin = plainBin(answer.numeric.first().histograms.first(),
                                      m_lattice[std::size_t(k)], m_lattice[std::size_t(k) + 1]);
            if (bin)
                sum += *bin;
            else
                ++missing;
        }
        const PooledCell &cell = histogram.cells.at(k);
        QCOMPARE(cell.withheldSites, missing);
        if (missing == 0) {
            QVERIFY(cell.count);
            QCOMPARE(double(*cell.count), sum);
            ++complete;
        } else {
            QVERIFY(!cell.count);
            ++partial;
        }
    }
    QVERIFY2(complete >= 10, qPrintable(QStringLiteral("only %1 bins pooled").arg(complete)));
    QVERIFY2(partial >= 1, "no withheld bin: the withheld path of histograms is not exercised");
    qInfo("birth weight on a lattice of %g g: %d bins pooled, %d withheld at some site", step,
          complete, partial);

    // Tables and trends: a cell is the sum of the plain cells where no site withheld it.
    QCOMPARE(m_cells->tables.size(), 2);
    QCOMPARE(m_cells->trends.size(), 2);
    int pooledCells = 0;
    int withheldCells = 0;
    auto compare = [&](const PooledCells &pooled, auto plainTable) {
        const qsizetype width = pooled.columnLevels.size();
        for (qsizetype r = 0; r < pooled.rowLevels.size(); ++r) {
            for (qsizetype c = 0; c < width; ++c) {
                qint64 sum = 0;
                int withheld = 0;
                for (qsizetype s = 0; s < plain->size(); ++s) {
                    const auto cell = plainCell(plainTable(s), pooled.rowLevels.at(r),
                                                pooled.columnLevels.at(c));
                    if (cell)
                        sum += *cell;
                    else
                        ++withheld;
                }
                const PooledCell &cell = pooled.cells.at(r * width + c);
                const QString where = pooled.rowVariable + QLatin1Char('=') + pooled.rowLevels.at(r)
                    + QStringLiteral(" × ") + pooled.columnVariable + QLatin1Char('=')
                    + pooled.columnLevels.at(c);
                QVERIFY2(cell.withheldSites == withheld, qPrintable(where));
                if (withheld == 0) {
                    QVERIFY2(cell.count && *cell.count == sum, qPrintable(where));
                    ++pooledCells;
                } else {
                    QVERIFY2(!cell.count, qPrintable(where));
                    ++withheldCells;
                }
            }
        }
    };
    for (qsizetype t = 0; t < 2; ++t) {
        compare(m_cells->tables.at(t), [&](qsizetype s) { return plain->at(s).tables.at(t); });
        if (QTest::currentTestFailed())
            return;
        compare(m_cells->trends.at(t), [&](qsizetype s) { return plain->at(s).trends.at(t); });
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(pooledCells >= 20);
    QVERIFY2(withheldCells >= 2, "no withheld table cell: the planted Utrecht is not withheld");

    // The planted children: site2 withholds Utrecht × sex (3 records). The decoded sum minus
    // what sites 1 and 3 released holds none of them.
    const protocol::StudyManifest &manifest = m_cells->record.manifest;
    std::vector<std::uint64_t> words;
    for (const protocol::SignedContribution &answer : m_cells->record.attestations)
        QVERIFY(secure::addWords(words, answer.contribution.masked));
    auto values = secure::decodeSum(
        words, secure::FixedPoint { manifest.fractionBits, int(manifest.participants.size()) });
    QVERIFY(values);
    auto sums = protocol::descriptivesFromVector(manifest.descriptives, *values);
    QVERIFY(sums);
    const protocol::DescriptivesStudyTable &spec = manifest.descriptives.tables.at(1);
    QCOMPARE(spec.row, QStringLiteral("municipality"));
    const qsizetype row = spec.rowLevels.indexOf(kPlanted);
    QVERIFY(row >= 0);
    for (qsizetype c = 0; c < spec.columnLevels.size(); ++c) {
        const std::size_t at = std::size_t(row * spec.columnLevels.size() + c);
        QVERIFY2(
            !plainCell(plain->at(kPlantedSite).tables.at(1), kPlanted, spec.columnLevels.at(c)),
            "site2 released a planted cell in the clear");
        double others = 0;
        for (qsizetype s = 0; s < plain->size(); ++s) {
            if (s == kPlantedSite)
                continue;
            const auto cell
                = plainCell(plain->at(s).tables.at(1), kPlanted, spec.columnLevels.at(c));
            QVERIFY2(cell, "sites 1 and 3 released their Utrecht cells in the clear");
            others += double(*cell);
        }
        QCOMPARE(sums->tables.at(1).withheld[at], 1.0);
        QCOMPARE(sums->tables.at(1).counts[at] - others, 0.0);
    }
}

void tst_MaskedDescriptives::pooledCellsOnACoarserLattice()
{
    // Issue 14: on a lattice whose step is a multiple of the sites' own (a lattice common to
    // sites of different steps), a site counts a cell where both its ends are its edges: the sum
    // of its plain bins between them, its plain histogram coarsened.
    QVERIFY2(m_lattice.size() > 4, "pooledCellsEqualTheSumOfPlain runs first");
    const double step = m_lattice[1] - m_lattice[0];
    const double coarse = 4 * step;
    const double first = std::floor(m_lattice.front() / coarse) * coarse;
    std::vector<double> edges;
    for (double e = first; e <= m_lattice.back() + coarse; e += coarse)
        edges.push_back(std::round(e / coarse) * coarse);
    QString problem;
    const auto plain = plainAnswers(m_cluster.sites(), cellsRequest({ 0.0, 10000.0 }), &problem);
    QVERIFY2(plain, qPrintable(problem));
    SiteError error;
    const auto cells = runStudy(m_cluster.sites(), cellsRequest(edges), &error);
    QVERIFY2(cells, qPrintable(error.toString()));
    const PooledCells &histogram = cells->histograms.first();
    QCOMPARE(histogram.cells.size(), qsizetype(edges.size() - 1));
    int complete = 0;
    for (qsizetype k = 0; k < histogram.cells.size(); ++k) {
        double sum = 0;
        int missing = 0;
        for (const protocol::DescriptivesResponse &answer : *plain) {
            const auto bins = plainBins(answer.numeric.first().histograms.first(),
                                        edges[std::size_t(k)], edges[std::size_t(k) + 1]);
            if (bins)
                sum += *bins;
            else
                ++missing;
        }
        const PooledCell &cell = histogram.cells.at(k);
        QCOMPARE(cell.withheldSites, missing);
        if (missing == 0) {
            QVERIFY(cell.count);
            QCOMPARE(double(*cell.count), sum);
            ++complete;
        }
    }
    QVERIFY2(complete >= 5, qPrintable(QStringLiteral("only %1 cells pooled").arg(complete)));
    qInfo("birth weight on a lattice of %g g (4 of the sites' steps): %d cells pooled", coarse,
          complete);
}

void tst_MaskedDescriptives::cellsContributionAloneLooksUniform()
{
    QVERIFY(m_cells);
    for (const protocol::SignedContribution &answer : m_cells->record.attestations) {
        double chi = 0;
        const QByteArray bytes = wordBytes(answer.contribution.masked);
        QVERIFY2(looksUniform(bytes, &chi),
                 qPrintable(QStringLiteral("%1: chi-square %2 over %3 bytes")
                                .arg(answer.contribution.site)
                                .arg(chi)
                                .arg(bytes.size())));
    }
    // Negative control: the pooled cells encoded without masks are far from uniform.
    const protocol::StudyManifest &manifest = m_cells->record.manifest;
    std::vector<std::uint64_t> words;
    for (const protocol::SignedContribution &answer : m_cells->record.attestations)
        QVERIFY(secure::addWords(words, answer.contribution.masked));
    const secure::FixedPoint format { manifest.fractionBits, int(manifest.participants.size()) };
    auto values = secure::decodeSum(words, format);
    QVERIFY(values);
    auto plain = secure::encode(*values, format);
    QVERIFY(plain);
    double chi = 0;
    QVERIFY(!looksUniform(wordBytes(*plain), &chi));
}

void tst_MaskedDescriptives::tamperedCellsRelayIsRefused()
{
    // A changed masked word of site2's cells: refused by the client, naming site2; the study
    // stops (the other jobs are cancelled: a second round is refused by the node).
    QVERIFY(!m_lattice.empty());
    testsupport::TamperingRelay relay(
        m_cluster.node(1).port,
        [](const std::string &method, const std::string &path, QJsonObject &answer) {
            if (method != "POST"
                || !QString::fromStdString(path).endsWith(QLatin1String("/rounds")))
                return false;
            QJsonObject contribution = answer.value(QLatin1String("contribution")).toObject();
            contribution.insert(QStringLiteral("masked"),
                                testsupport::flipBase64(
                                    contribution.value(QLatin1String("masked")).toString(), 40));
            answer.insert(QStringLiteral("contribution"), contribution);
            return true;
        });
    QList<Site> sites = m_cluster.sites();
    sites[1].url = relay.url();
    sites[1].pin = relay.pin();
    SiteError error;
    const auto result = runStudy(sites, cellsRequest(m_lattice), &error);
    QVERIFY(relay.tampered() >= 1);
    QVERIFY(!result);
    QCOMPARE(error.site, sites[1].name);
    QCOMPARE(error.code, QStringLiteral("contribution"));
}

void tst_MaskedDescriptives::cliTrendsMasked()
{
    QVERIFY(m_cells);
    QProcess cli;
    cli.start(testsupport::cliBinary(),
              { QStringLiteral("trends"), QStringLiteral("--sites"),
                m_cluster.writeSitesFile(m_cluster.sites()), QStringLiteral("--dataset"),
                QStringLiteral("cohort"), QStringLiteral("--purpose"), QStringLiteral("research"),
                QStringLiteral("--vars"), QStringLiteral("smoking_pregnancy"),
                QStringLiteral("--from"), QStringLiteral("2015"), QStringLiteral("--to"),
                QStringLiteral("2020"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QCOMPARE(json.value(QLatin1String("mode")).toString(), QStringLiteral("masked"));
    const QJsonArray trends = json.value(QLatin1String("trends")).toArray();
    QCOMPARE(trends.size(), 1);
    const QJsonArray tables = trends.first().toObject().value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 1); // the pooled table only: no site's own numbers
    const QJsonArray rows = tables.first().toObject().value(QLatin1String("rows")).toArray();
    const PooledCells &expected = m_cells->trends.first();
    QCOMPARE(rows.size(), expected.rowLevels.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject counts = rows.at(r).toObject().value(QLatin1String("counts")).toObject();
        for (qsizetype c = 0; c < expected.columnLevels.size(); ++c) {
            const PooledCell &cell = expected.cells.at(r * expected.columnLevels.size() + c);
            const QJsonValue value = counts.value(expected.columnLevels.at(c));
            if (cell.count)
                QCOMPARE(qint64(value.toDouble()), *cell.count);
            else
                QVERIFY(value.isNull());
        }
    }
}

void tst_MaskedDescriptives::participantSetOneSiteAwayIsRefused()
{
    // Descriptives of {site1, site2, site3} minus descriptives of {site1, site2} are site3's.
    // Under single_site_difference = refuse every node refuses the second set (the nodes
    // remember the first across the restart that applies the policy).
    for (int i = 0; i < m_cluster.size(); ++i)
        QVERIFY2(
            m_cluster.setPolicy(i, QStringLiteral("single_site_difference"), QStringLiteral("0")),
            qPrintable(m_cluster.error));
    const QList<Site> all = m_cluster.sites();
    SiteError error;
    // The same set again passes (negative control: the refusal below is the policy's).
    QVERIFY2(runStudy(all, table1Request(), &error), qPrintable(error.toString()));
    const auto second = runStudy(all.mid(0, 2), table1Request(), &error);
    QVERIFY(!second);
    QCOMPARE(error.kind, SiteError::Kind::Refused);
    QCOMPARE(error.code, QStringLiteral("single-site-difference"));
    QVERIFY2(error.message.contains(QStringLiteral("site3")), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(tst_MaskedDescriptives)
#include "tst_maskeddescriptives.moc"
