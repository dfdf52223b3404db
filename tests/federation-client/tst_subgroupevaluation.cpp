// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 through the client: FederatedRun with RunOptions::subgroup against three real nodes
// (masked study by default): the fairness rows equal the in-process evaluation of the same
// records (n and events exactly, the AUC within the pooled AUC's error bound), the levels add
// up to the cohort, "site" gives one row per site, and FitReport::subgroups survives JSON.
#include "nodecluster.h"
#include "runsupport.h"

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace fairstart;
using namespace fairstart::client;
using testsupport::NodeCluster;
using testsupport::runToEnd;

namespace {

// No rare indicator: a binary predictor crossed with the outcome within a sex would hold fewer
// than minCell records at a site, and the node would (rightly) withhold the cell.
const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + parental_stress";

RunOptions options(const QString &subgroup)
{
    RunOptions o;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    o.spec = *analysis::parseFormula(kFormula, analysis::Family::Binomial);
    o.transport.totalTimeoutMs = 30000;
    o.perSiteFits = false;
    o.calibration = false;
    o.subgroup = subgroup;
    return o;
}

} // namespace

class tst_SubgroupEvaluation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bySexEqualsInProcess();
    void bySite();
    void unknownVariableIsAClearError();
    void edgesOffTheNodesEdgesAreAClearError();
    void quintilesByWholeEdges();

private:
    NodeCluster m_cluster;
};

void tst_SubgroupEvaluation::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
}

void tst_SubgroupEvaluation::bySexEqualsInProcess()
{
    FederatedRun run(m_cluster.sites(), options(QStringLiteral("sex")));
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->toString() : QString()));
    const protocol::FitReport &report = run.report();
    QVERIFY(report.subgroups);
    QCOMPARE(report.subgroups->variable, QStringLiteral("sex"));
    // In process: the pooled records of the three sites at the run's β.
    QStringList csvs;
    for (int i = 0; i < 3; ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable table
        = testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    auto design = analysis::buildDesign(table, report.design);
    QVERIFY(design);
    const Eigen::VectorXd beta = report.glm.beta;
    double total = 0;
    int pooledRows = 0;
    for (const protocol::SubgroupRow &row : report.subgroups->rows) {
        if (!row.site.isEmpty())
            continue;
        ++pooledRows;
        QVERIFY2(!row.withheld, qPrintable(row.reason));
        const bool male = row.level == QLatin1String("male");
        std::vector<Eigen::Index> which;
        for (Eigen::Index i = 0; i < design->n(); ++i) {
            if ((design->X(i, 1) == 1.0) == male)
                which.push_back(i);
        }
        analysis::DesignMatrix sub;
        const Eigen::Index n = Eigen::Index(which.size());
        sub.X.resize(n, design->p());
        sub.y.resize(n);
        sub.offset = Eigen::VectorXd::Zero(n);
        for (Eigen::Index k = 0; k < n; ++k) {
            sub.X.row(k) = design->X.row(which[std::size_t(k)]);
            sub.y(k) = design->y(which[std::size_t(k)]);
        }
        QCOMPARE(row.n, double(n));
        QCOMPARE(row.events, sub.y.sum());
        const auto exact = analysis::mannWhitney(sub, analysis::Family::Binomial, beta);
        QVERIFY(exact);
        const double auc = exact->u / (exact->positives * exact->negatives);
        QVERIFY(row.auc);
        // Pairs across sites come from the bins: within 1e-2 on 2,000 records a site.
        QVERIFY2(std::abs(*row.auc - auc) < 1e-2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(*row.auc).arg(auc)));
        const Eigen::VectorXd p = (1.0 / (1.0 + (-(sub.X * beta).array()).exp())).matrix();
        QVERIFY(row.observedExpected);
        QVERIFY(std::abs(*row.observedExpected - sub.y.sum() / p.sum()) < 1e-9);
        QVERIFY(row.calibrationSlope && row.calibrationSlopeSe);
        total += row.n;
    }
    QCOMPARE(pooledRows, 2);
    QCOMPARE(total, report.performance->n);
    // JSON both ways.
    auto back = protocol::fromJson<protocol::FitReport>(protocol::toJson(report));
    QVERIFY(back);
    QVERIFY(back->subgroups);
    QCOMPARE(back->subgroups->rows.size(), report.subgroups->rows.size());
    QCOMPARE(back->subgroups->rows.at(0).auc, report.subgroups->rows.at(0).auc);
}

void tst_SubgroupEvaluation::bySite()
{
    FederatedRun run(m_cluster.sites(), options(QStringLiteral("site")));
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->toString() : QString()));
    const protocol::FitReport &report = run.report();
    QVERIFY(report.subgroups);
    QCOMPARE(report.subgroups->rows.size(), 3);
    double total = 0;
    for (const protocol::SubgroupRow &row : report.subgroups->rows)
        total += row.n;
    QCOMPARE(total, report.performance->n);
}

void tst_SubgroupEvaluation::unknownVariableIsAClearError()
{
    FederatedRun run(m_cluster.sites(), options(QStringLiteral("no_such_variable")));
    QVERIFY(runToEnd(run));
    QVERIFY(run.error());
    QVERIFY2(run.error()->toString().contains(QStringLiteral("no_such_variable")),
             qPrintable(run.error()->toString()));
}

void tst_SubgroupEvaluation::edgesOffTheNodesEdgesAreAClearError()
{
    // Numeric subgroup edges must be edges of each node's histogram of the variable (rule
    // filter-bound, docs/privacy-rules.md "Evaluations by subgroup"): 0.5 lies below every
    // record of income_quintile (1 to 5), so no node has it as an edge. Each node refuses, and
    // the run says so with the node's sentence: which edge, why, and the allowed values.
    RunOptions o = options(QStringLiteral("income_quintile"));
    o.subgroupEdges = { 0.5, 2, 3, 4, 5 };
    FederatedRun run(m_cluster.sites(), o);
    QVERIFY(runToEnd(run));
    QVERIFY(run.error());
    const QString text = run.error()->toString();
    qInfo("%s", qPrintable(text));
    // Language-neutral parts of the sentence (the tests also run in de_DE and nl_NL): the rule,
    // the variable, the edge asked for and the field; the allowed values come with it.
    for (const QString &part : { QStringLiteral("filter-bound"), QStringLiteral("income_quintile"),
                                 QStringLiteral("0.5"), QStringLiteral("subgroup_edges[0]") })
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(": ") + text));
    QVERIFY2(!run.report().subgroups || run.report().subgroups->rows.isEmpty(),
             "no cells from a refused evaluation");
}

void tst_SubgroupEvaluation::quintilesByWholeEdges()
{
    // income_quintile holds whole numbers, so every node's histogram of it has whole edges
    // (issue 14): 2, 3, 4, 5 at every site, the cells [2, 3), [3, 4), [4, 5) are quintiles 2,
    // 3 and 4, pooled over the sites; the outside cell holds quintiles 1 and 5.
    RunOptions o = options(QStringLiteral("income_quintile"));
    o.subgroupEdges = { 2, 3, 4, 5 };
    FederatedRun run(m_cluster.sites(), o);
    QVERIFY(runToEnd(run));
    QVERIFY2(!run.error(), qPrintable(run.error() ? run.error()->toString() : QString()));
    const protocol::FitReport &report = run.report();
    QVERIFY(report.subgroups);
    QStringList csvs;
    for (int i = 0; i < 3; ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable table
        = testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    auto design = analysis::buildDesign(table, report.design);
    QVERIFY(design);
    const analysis::Column *quintile = table.column("income_quintile");
    QVERIFY(quintile);
    QStringList levels;
    for (const protocol::SubgroupRow &row : report.subgroups->rows) {
        if (!row.site.isEmpty() || row.withheld)
            continue;
        levels << row.level;
        for (int q = 2; q <= 4; ++q) {
            if (row.level != QStringLiteral("[%1, %2)").arg(q).arg(q + 1))
                continue;
            double n = 0;
            for (std::int64_t r : design->rows.toVector())
                n += quintile->numeric[std::size_t(r)] == q;
            QCOMPARE(row.n, n);
        }
    }
    for (const char *level : { "[2, 3)", "[3, 4)", "[4, 5)" })
        QVERIFY2(levels.contains(QLatin1String(level)), qPrintable(levels.join(QLatin1Char(' '))));
}

QTEST_MAIN(tst_SubgroupEvaluation)
#include "tst_subgroupevaluation.moc"
