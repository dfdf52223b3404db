// SPDX-License-Identifier: GPL-3.0-or-later
// Masked descriptives (issue 14) against three real fairstart-node processes: the pooled Table 1
// of a descriptives study equals the numbers computed in the clear from the same synthetic
// records (counts exactly, means and SDs to 1e-9); a contribution changed on its way is refused;
// one site's masked contribution alone looks like uniform bytes (its unmasked encoding does not);
// a level one site withholds stays withheld in the pooled column; two participant sets one site
// apart are refused under single_site_difference = refuse; and fairstart-cli describe runs it.
#include "nodecluster.h"
#include "tamperingrelay.h"

#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/transport.h"

#include "fairstart/secure/secure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <map>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;

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

// The three sites' CSVs read as one table, the records with consent for research only.
std::map<QString, Clear> clearTable(const NodeCluster &cluster, qint64 *cohort)
{
    std::map<QString, Clear> out;
    *cohort = 0;
    for (int i = 0; i < cluster.size(); ++i) {
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

// The uniformity test of tests/secure/tst_secure (the same fixed thresholds, p < 1e-6 for
// uniform bytes): chi-square on the 256 byte frequencies and the monobit test.
bool looksUniform(const QByteArray &bytes, double *chiSquare)
{
    std::array<double, 256> counts {};
    double ones = 0;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        counts[u] += 1;
        ones += std::popcount(u);
    }
    const double expected = double(bytes.size()) / 256.0;
    *chiSquare = 0;
    for (double c : counts)
        *chiSquare += (c - expected) * (c - expected) / expected;
    const double bits = 8.0 * double(bytes.size());
    const double monobit = (ones - bits / 2) / std::sqrt(bits / 4);
    return *chiSquare < 373.0 && std::abs(monobit) < 5.0;
}

QByteArray wordBytes(const std::vector<std::uint64_t> &words)
{
    QByteArray bytes;
    for (std::uint64_t w : words)
        for (int b = 0; b < 8; ++b)
            bytes.append(char((w >> (8 * b)) & 0xff));
    return bytes;
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
    void cliDescribesMasked();
    void participantSetOneSiteAwayIsRefused(); // last: it changes the nodes' policy

private:
    NodeCluster m_cluster;
    std::optional<MaskedDescriptives> m_first;
};

void tst_MaskedDescriptives::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 1500), qPrintable(m_cluster.error));
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
    // The municipality's levels differ by site, and some are small: a site withholds those
    // (and one more, so that none follows from its cohort size). The pooled count of a level a
    // site withheld is not shown, the number of sites that withheld it is; the released levels
    // are exact.
    protocol::DescriptivesRequest request = table1Request();
    request.variables = { protocol::DescribeVariable { QStringLiteral("municipality"), {} } };
    SiteError error;
    const auto result = runStudy(m_cluster.sites(), request, &error);
    QVERIFY2(result, qPrintable(error.toString()));
    qint64 cohort = 0;
    QMap<QString, qint64> clear;
    for (int i = 0; i < m_cluster.size(); ++i) {
        QFile file(m_cluster.node(i).csv);
        file.open(QIODevice::ReadOnly);
        const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        while (!file.atEnd()) {
            const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (cells.value(header.indexOf(QStringLiteral("consent_research")))
                != QLatin1String("1"))
                continue;
            ++cohort;
            QString municipality = cells.value(header.indexOf(QStringLiteral("municipality")));
            if (municipality.startsWith(u'"') && municipality.endsWith(u'"'))
                municipality = municipality.mid(1, municipality.size() - 2); // "De Bilt"
            ++clear[municipality];
        }
    }
    QCOMPARE(result->pooled.cohortSize, cohort);
    QCOMPARE(result->pooled.categorical.size(), 1);
    int withheld = 0;
    for (const PooledLevel &level : result->pooled.categorical.first().levels) {
        if (level.count) {
            QCOMPARE(level.withheldSites, 0);
            QCOMPARE(*level.count, clear.value(level.name));
        } else {
            QVERIFY(level.withheldSites >= 1);
            ++withheld;
        }
    }
    qInfo("municipality: %d of %lld levels withheld at some site", withheld,
          qlonglong(result->pooled.categorical.first().levels.size()));
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
    const QJsonArray numeric = json.value(QLatin1String("numeric")).toArray();
    QCOMPARE(numeric.size(), m_first->pooled.numeric.size());
    for (qsizetype i = 0; i < numeric.size(); ++i) {
        const QJsonObject n = numeric.at(i).toObject();
        QCOMPARE(n.value(QLatin1String("mean")).toDouble(),
                 m_first->pooled.numeric[i].moments.mean);
        QCOMPARE(n.value(QLatin1String("sd")).toDouble(), m_first->pooled.numeric[i].moments.sd());
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
