// SPDX-License-Identifier: GPL-3.0-or-later
// The client's side of the summed relay (docs/protocol.md "The summed relay"; issue 16, branch
// `sites4`) against three real nodes: when every node lists "summed-relay" the client relays the
// fields, the word sum and the linear tags from round 2 on (each node's audit says
// "sumVerified"); with one node whose policy turns it off (summed_relay = 0, as an older node) it
// relays every contribution as before (no summed round anywhere); both give the same β bits, and
// the pooled in-process fit's estimates to 1e-8.
#include "nodecluster.h"
#include "runsupport.h"

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"

#include <QTest>

#include <cmath>
#include <cstring>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;
using testsupport::runToEnd;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress + smoking_pregnancy";

RunOptions options()
{
    RunOptions o;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    auto spec = analysis::parseFormula(kFormula, analysis::Family::Binomial);
    o.spec = *spec;
    o.transport.totalTimeoutMs = 20000;
    o.evaluate = false;
    return o;
}

} // namespace

class tst_SummedRelaySites4 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summedWhenEveryNodeTakesItEveryContributionOtherwise();
    void nodeInfosInTheOrderOfTheSites();

private:
    // The audit entries of a node that checked a summed relay; -1 when unreadable.
    int summedRounds(int index);
    NodeCluster m_cluster;
};

void tst_SummedRelaySites4::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
}

int tst_SummedRelaySites4::summedRounds(int index)
{
    QString out;
    if (!m_cluster.admin({ QStringLiteral("audit"), QStringLiteral("show"),
                           QStringLiteral("--data-dir"), m_cluster.node(index).dataDir,
                           QStringLiteral("--json"), QStringLiteral("--count"),
                           QStringLiteral("1000000") },
                         &out))
        return -1;
    int rounds = 0;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.contains(QLatin1String("\"sumVerified\":true")))
            ++rounds;
    return rounds;
}

void tst_SummedRelaySites4::summedWhenEveryNodeTakesItEveryContributionOtherwise()
{
    // Every node lists the capability: the model study is relayed summed.
    QList<int> before;
    for (int i = 0; i < 3; ++i) {
        before << summedRounds(i);
        QVERIFY(before.back() >= 0);
    }
    FederatedRun summed(m_cluster.sites(), options());
    QVERIFY(runToEnd(summed));
    QVERIFY2(!summed.error(), qPrintable(summed.error() ? summed.error()->message : QString()));
    QVERIFY(summed.report().study);
    QVERIFY(summed.report().study->manifest.summedRelay);
    // nodeInfos() is in the order of the sites, not of their answers (under load the restarted
    // node 1 answered first once, and its info was read as node 0's).
    QCOMPARE(summed.nodeInfos().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(summed.nodeInfos().at(i).name, m_cluster.node(i).name);
        QVERIFY(summed.nodeInfos().at(i).capabilities.contains(QStringLiteral("summed-relay")));
        // Every relayed round of the model study (all but round 1) was summed at every node.
        QVERIFY2(summedRounds(i) - before.at(i) >= int(summed.report().rounds.size()) - 1,
                 qPrintable(QStringLiteral("%1 summed rounds, %2 rounds")
                                .arg(summedRounds(i) - before.at(i))
                                .arg(summed.report().rounds.size())));
    }

    // One node as an older one: no summed relay anywhere, every contribution relayed.
    QVERIFY2(m_cluster.setPolicy(1, QStringLiteral("summed_relay"), QStringLiteral("0")),
             qPrintable(m_cluster.error));
    before.clear();
    for (int i = 0; i < 3; ++i)
        before << summedRounds(i);
    FederatedRun full(m_cluster.sites(), options());
    QVERIFY(runToEnd(full));
    QVERIFY2(!full.error(), qPrintable(full.error() ? full.error()->message : QString()));
    QCOMPARE(full.nodeInfos().size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(full.nodeInfos().at(i).name, m_cluster.node(i).name);
        QCOMPARE(full.nodeInfos().at(i).capabilities.contains(QStringLiteral("summed-relay")),
                 i != 1);
    }
    QVERIFY(full.report().study);
    QVERIFY(!full.report().study->manifest.summedRelay);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(summedRounds(i) - before.at(i), 0);

    // The same records, the same coordinator: the same β bits either way, and the pooled fit's.
    const auto &a = summed.report().glm.beta;
    const auto &b = full.report().glm.beta;
    QCOMPARE(a.size(), b.size());
    QVERIFY(std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(double)) == 0);
    const analysis::DataTable pooled = testsupport::readPooledCsv(
        { m_cluster.node(0).csv, m_cluster.node(1).csv, m_cluster.node(2).csv },
        QStringLiteral("consent_research"));
    analysis::Result<analysis::DesignMatrix> design
        = analysis::buildDesign(pooled, summed.report().design);
    QVERIFY(design);
    auto reference = analysis::fitFederated({ &*design }, analysis::Family::Binomial);
    QVERIFY(reference);
    QCOMPARE(summed.report().glm.coefficients.size(), reference->coefficients.size());
    for (std::size_t j = 0; j < reference->coefficients.size(); ++j) {
        const double fed = summed.report().glm.coefficients[j].estimate;
        const double ref = reference->coefficients[j].estimate;
        QVERIFY2(std::abs(fed - ref) / std::max(1.0, std::abs(ref)) < 1e-8,
                 reference->coefficients[j].term.c_str());
    }
}

// FederatedRun::nodeInfos() lists the sites' infos in the order of the sites, not in the order
// they answered (branch sites5): the test above reads nodeInfos().at(1) as node 1's, and failed
// once under load with "node 1 still lists summed-relay" when another node's info stood there.
// Node 0 is held (SIGSTOP) until nodes 1 and 2 have answered info and catalogue, so it answers
// last; before the fix its info was listed last.
void tst_SummedRelaySites4::nodeInfosInTheOrderOfTheSites()
{
    FederatedRun run(m_cluster.sites(), options());
    QSet<QString> answered;
    bool resumed = false;
    connect(&run, &FederatedRun::siteProgress, this,
            [&](const QString &site, SiteState state, const QString &message) {
                if (state != SiteState::Done || message != QLatin1String("catalogue"))
                    return;
                answered << site;
                if (!resumed && answered.contains(m_cluster.node(1).name)
                    && answered.contains(m_cluster.node(2).name)) {
                    resumed = true;
                    m_cluster.resume(0);
                }
            });
    m_cluster.pause(0);
    const bool ended = runToEnd(run);
    if (!resumed)
        m_cluster.resume(0);
    QVERIFY(ended);
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->message : QString()));
    QVERIFY(resumed); // node 0 answered after nodes 1 and 2
    QCOMPARE(run.nodeInfos().size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(run.nodeInfos().at(i).name, m_cluster.node(i).name);
}

QTEST_GUILESS_MAIN(tst_SummedRelaySites4)
#include "tst_summedrelay_sites4.moc"
