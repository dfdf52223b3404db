// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: the evaluation by subgroup against two real fairstart-node processes (a plain
// study, the test as the relay), honest and as an attacker would use it. site1 holds planted
// columns:
//   ward   "a" for three records of the cohort, "b" for all others: the cell "b" is the cohort
//          minus three records, so releasing it next to the cohort's evaluation would describe
//          those three (the n − k attack); both cells must be withheld;
//   ward2  "x" for every girl but three, "y" for the boys and those three girls: each cell is
//          large, but once the cells of "sex" were released, "female" minus "x" is three
//          records (two partitions of one cohort); "y" holds three girls, so the design's cell
//          rule within "y" already withholds it, and "x" with it (the complement);
//   ward3  the same with a variable that is no predictor: "x" for every child with migration
//          background "none" but three, "y" for the others; no rule within the request sees
//          it, the differencing ledger must (each released cell is a cohort there).
// Every cell that is released must equal the in-process evaluation of the same records.
#include "fairstart/node/disclosurecontrol.h"
#include "fairstart/node/store.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/secure/secure.h"

#include "demodesign.h"
#include "demosites.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fairstart;
using testsupport::demoDesign;
using testsupport::NodeProcess;
using testsupport::Reply;
using testsupport::StudySite;

namespace {

constexpr int kPlanted = 3;

// Adds ward and ward2 to the demo CSV: the planted records are the first kPlanted girls of the
// cohort (research consent, every model variable present).
bool plant(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QList<QByteArray> header = lines.first().split(',');
    auto column = [&](const char *name) {
        return int(header.indexOf(QByteArray(name)));
    };
    const int sex = column("sex");
    const int consent = column("consent_research");
    const QList<int> model { column("dev_delay_2y"), column("smoking_pregnancy"),
                             column("gestational_age_weeks"), column("parental_stress"), sex };
    if (sex < 0 || consent < 0 || model.contains(-1)) {
        *error = QStringLiteral("the demo CSV lacks a column");
        return false;
    }
    const int migration = column("migration_background");
    if (migration < 0) {
        *error = QStringLiteral("the demo CSV lacks migration_background");
        return false;
    }
    int planted = 0;
    int planted3 = 0;
    lines[0] += ",ward,ward2,ward3";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].split(',');
        bool complete = f.value(consent) == "1";
        for (int c : model)
            complete = complete && !f.value(c).isEmpty();
        const bool girl = f.value(sex) == "female";
        const bool chosen = complete && girl && planted < kPlanted;
        if (chosen)
            ++planted;
        lines[i] += chosen ? ",a,y" : (girl ? ",b,x" : ",b,y");
        const bool none = f.value(migration) == "none";
        const bool chosen3 = complete && none && planted3 < kPlanted;
        if (chosen3)
            ++planted3;
        lines[i] += (none && !chosen3) ? ",x" : ",y";
    }
    if (planted != kPlanted || planted3 != kPlanted) {
        *error = QStringLiteral("too few complete girls to plant");
        return false;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    file.write(lines.join('\n') + '\n');
    return true;
}

const protocol::SubgroupCell *cellOf(const protocol::EvaluationResponse &e, const QString &level)
{
    for (const protocol::SubgroupCell &c : e.subgroups) {
        if (c.level == level && !c.missing)
            return &c;
    }
    return nullptr;
}

} // namespace

class tst_Subgroups : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusedBeforeAnyRecordIsRead();
    void sexCellsEqualInProcess();
    void numericSubgroupByEdges();
    void cellBeyondTheEdgesAlwaysListed();
    void cohortMinusFewIsWithheld();
    void twoPartitionsOfOneCohortAreWithheld();

private:
    Reply evaluate(const QString &subgroup, const std::vector<double> &edges = {});
    // The node's histogram edges of a numeric variable over site1's consented records (a
    // description of all of them): the only subgroup edges it allows (filter-bound).
    std::vector<double> nodeEdges(const QString &variable);
    protocol::EvaluationResponse decoded(const Reply &reply);

    QTemporaryDir m_dir;
    NodeProcess m_nodes[2];
    StudySite m_sites[2];
    analysis::DesignMatrix m_design; // site1's cohort, read as the node reads it
    std::vector<double> m_beta;
};

void tst_Subgroups::initTestCase()
{
    const std::vector<NodeProcess *> nodes { &m_nodes[0], &m_nodes[1] };
    const std::vector<StudySite *> sites { &m_sites[0], &m_sites[1] };
    VERIFY_NO_ERROR(
        testsupport::startDemoSites(m_dir, nodes, sites, 41, 2500, [](const QString &csv) {
            QString error;
            plant(csv, &error);
            return error;
        }));
    VERIFY_NO_ERROR(testsupport::readDemoDesign(m_nodes[0], &m_design));
    VERIFY_NO_ERROR(testsupport::serveEachOther(nodes, sites));
    QString error;
    const protocol::StudyManifest manifest = testsupport::makeManifest(
        demoDesign(),
        { testsupport::participantOf(m_sites[0]), testsupport::participantOf(m_sites[1]) }, {},
        QStringLiteral("plain"));
    auto run = testsupport::runStudy({ &m_sites[0], &m_sites[1] }, manifest, &error);
    QVERIFY2(run, qPrintable(error));
    const protocol::Contribution &c = run->last[0].contribution;
    QCOMPARE(c.status, protocol::ContributionStatus::Converged);
    m_beta = c.finalBeta;
}

void tst_Subgroups::cleanupTestCase()
{
    for (NodeProcess &node : m_nodes)
        node.stop();
}

Reply tst_Subgroups::evaluate(const QString &subgroup, const std::vector<double> &edges)
{
    protocol::StudyEvaluationRequest request;
    request.purpose = QStringLiteral("research");
    request.jobId = m_sites[0].jobId;
    request.bins = analysis::evaluationGridBins;
    request.subgroup = subgroup;
    request.subgroupEdges = edges;
    return m_sites[0].node->post("/v1/evaluations", m_sites[0].token,
                                 testsupport::body(protocol::toJson(request)));
}

std::vector<double> tst_Subgroups::nodeEdges(const QString &variable)
{
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = QStringLiteral("cohort");
    protocol::DescribeVariable v;
    v.name = variable;
    v.histogramEdges = { { -1e9, 1e9 } };
    request.variables = { v };
    const Reply reply = m_sites[0].node->post("/v1/descriptives", m_sites[0].token,
                                              testsupport::body(protocol::toJson(request)));
    auto d = protocol::fromJson<protocol::DescriptivesResponse>(reply.json);
    if (reply.status != 200 || !d || d->numeric.isEmpty()
        || d->numeric.front().histograms.isEmpty())
        return {};
    return d->numeric.front().histograms.front().edges;
}

protocol::EvaluationResponse tst_Subgroups::decoded(const Reply &reply)
{
    auto e = protocol::fromJson<protocol::EvaluationResponse>(reply.json);
    if (!e) {
        qWarning("%s", qPrintable(e.error().message));
        return {};
    }
    return std::move(e).value();
}

void tst_Subgroups::refusedBeforeAnyRecordIsRead()
{
    const Reply unknown = evaluate(QStringLiteral("no_such_variable"));
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.code, QStringLiteral("unknown-variable"));
    // A numeric variable needs the client's edges: its values never become labels.
    const Reply numeric = evaluate(QStringLiteral("birth_weight_g"));
    QCOMPARE(numeric.status, 400);
    QCOMPARE(numeric.code, QStringLiteral("invalid-subgroup"));
    // A categorical one with edges is refused too; so are edges that do not increase.
    const Reply edges = evaluate(QStringLiteral("sex"), { 0, 1 });
    QCOMPARE(edges.status, 400);
    const Reply decreasing = evaluate(QStringLiteral("income_quintile"), { 3, 2 });
    QCOMPARE(decreasing.status, 400);
    // The outcome variable and the consent column are no subgroups either.
    const Reply consent = evaluate(QStringLiteral("consent_research"));
    QCOMPARE(consent.status, 400);
}

void tst_Subgroups::sexCellsEqualInProcess()
{
    const Reply reply = evaluate(QStringLiteral("sex"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const protocol::EvaluationResponse e = decoded(reply);
    QCOMPARE(e.subgroupVariable, QStringLiteral("sex"));
    QCOMPARE(int(e.subgroups.size()), 2); // no record misses sex in the cohort
    const Eigen::VectorXd beta = Eigen::Map<const Eigen::VectorXd>(m_beta.data(), m_design.p());
    double total = 0;
    for (const QString &level : { QStringLiteral("female"), QStringLiteral("male") }) {
        const protocol::SubgroupCell *cell = cellOf(e, level);
        QVERIFY(cell);
        QVERIFY2(!cell->withheld, qPrintable(cell->rule));
        // The same records in process: the sex dummy (term 1) is 1 for boys.
        std::vector<Eigen::Index> which;
        for (Eigen::Index i = 0; i < m_design.n(); ++i) {
            if ((m_design.X(i, 1) == 1.0) == (level == QLatin1String("male")))
                which.push_back(i);
        }
        analysis::DesignMatrix sub;
        sub.X.resize(Eigen::Index(which.size()), m_design.p());
        sub.y.resize(Eigen::Index(which.size()));
        sub.offset = Eigen::VectorXd::Zero(Eigen::Index(which.size()));
        for (std::size_t k = 0; k < which.size(); ++k) {
            sub.X.row(Eigen::Index(k)) = m_design.X.row(which[k]);
            sub.y(Eigen::Index(k)) = m_design.y(which[k]);
        }
        QCOMPARE(cell->bins.n, double(which.size()));
        QCOMPARE(cell->bins.sumY, sub.y.sum());
        const auto mw = analysis::mannWhitney(sub, analysis::Family::Binomial, beta);
        QVERIFY(mw);
        QVERIFY(cell->mannWhitney);
        QCOMPARE(cell->mannWhitney->u, mw->u);
        // The per-class Σ p² of the cell's merged bins (issue 15): the node's merge of the same
        // records' bins, for the pooled AUC's placement of each class within its bins.
        const auto raw = analysis::computePerformance(sub, analysis::Family::Binomial, beta,
                                                      analysis::evaluationGridBins);
        QVERIFY(raw);
        const auto merged = node::mergePerformanceBins(*raw, analysis::DisclosurePolicy().minCell);
        QVERIFY(merged);
        QCOMPARE(cell->bins.sumSquaredRiskEvents.size(), merged->sumSquaredRiskEvents.size());
        QCOMPARE(cell->bins.sumSquaredRiskNonEvents.size(), merged->sumSquaredRiskNonEvents.size());
        for (std::size_t b = 0; b < merged->sumSquaredRiskEvents.size(); ++b) {
            QVERIFY(std::abs(cell->bins.sumSquaredRiskEvents[b] - merged->sumSquaredRiskEvents[b])
                    < 1e-9);
            QVERIFY(
                std::abs(cell->bins.sumSquaredRiskNonEvents[b] - merged->sumSquaredRiskNonEvents[b])
                < 1e-9);
        }
        // Calibration of the cell: the fits of y ~ lp and y ~ offset(lp) on those records.
        auto slopeDesign = analysis::calibrationSlopeDesign(sub, beta);
        QVERIFY(slopeDesign);
        auto slope = analysis::fitFederated({ &*slopeDesign }, analysis::Family::Binomial);
        QVERIFY(slope);
        QVERIFY(cell->calibrationSlope);
        QVERIFY(std::abs(*cell->calibrationSlope - slope->beta[1]) < 1e-8);
        QVERIFY(cell->calibrationInTheLarge);
        total += cell->bins.n;
    }
    QCOMPARE(total, double(e.cohortSize));
    // The cohort's own bins never carry them: the cells' squares do not add up to a released
    // total, so a withheld cell's cannot be had by subtraction.
    QVERIFY(e.bins.sumSquaredRiskEvents.empty());
    QVERIFY(!reply.json.value(QStringLiteral("performance_bins"))
                 .toObject()
                 .contains(QStringLiteral("sum_squared_risk_events")));
}

void tst_Subgroups::numericSubgroupByEdges()
{
    // Edges the node does not hold (1 is no edge: every record lies at or above it) are refused
    // with filter-bound, naming the allowed values; the node's own edges are answered.
    const Reply refused = evaluate(QStringLiteral("income_quintile"), { 1, 2, 3, 4, 5, 6 });
    QCOMPARE(refused.code, QStringLiteral("filter-bound"));
    std::vector<double> edges = nodeEdges(QStringLiteral("income_quintile"));
    QVERIFY2(edges.size() >= 3, "the node's edges of income_quintile");
    QStringList shown;
    for (double e : edges)
        shown << QString::number(e);
    qInfo("the node's edges of income_quintile: %s", qPrintable(shown.join(QStringLiteral(", "))));
    // Whole numbers: edges at the codes (issue 14), the lowest with quintile 1 below it and the
    // highest with quintile 5 at or above it; the highest may be the last subgroup edge (cells
    // [e_i, e_i+1), the outside cell below the first and at or above the last).
    QCOMPARE(edges, (std::vector<double> { 2, 3, 4, 5 }));
    const Reply reply = evaluate(QStringLiteral("income_quintile"), edges);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const protocol::EvaluationResponse e = decoded(reply);
    QCOMPARE(e.subgroups.size(), edges.size()); // a cell per pair of edges, and the outside one
    QVERIFY(e.subgroups.back().missing);
    QCOMPARE(e.subgroups[0].level, QStringLiteral("[2, 3)"));
    QCOMPARE(e.subgroups[1].level, QStringLiteral("[3, 4)"));
    QCOMPARE(e.subgroups[2].level, QStringLiteral("[4, 5)"));
    // Each quintile cell holds exactly that quintile's records of the cohort.
    {
        auto store = node::SiteStore::open(m_nodes[0].dataDir(),
                                           QString::fromLatin1(NodeProcess::kPassphrase));
        QVERIFY(store);
        auto loaded = (*store)->loadTable(QStringLiteral("cohort"));
        QVERIFY(loaded);
        const analysis::Column *quintile = loaded->table.column("income_quintile");
        QVERIFY(quintile);
        for (int q = 2; q <= 4; ++q) {
            double n = 0;
            for (std::int64_t r : m_design.rows.toVector())
                n += !quintile->isMissing(std::size_t(r)) && quintile->numeric[std::size_t(r)] == q;
            const protocol::SubgroupCell &cell = e.subgroups[q - 2];
            if (!cell.withheld)
                QCOMPARE(cell.bins.n, n);
        }
    }
    double released = 0;
    for (const protocol::SubgroupCell &c : e.subgroups) {
        if (!c.withheld)
            released += c.bins.n;
    }
    // Whatever is withheld together is 0 or at least a cohort's minimum.
    const double rest = double(e.cohortSize) - released;
    QVERIFY2(rest == 0 || rest >= 50, qPrintable(QString::number(rest)));
}

void tst_Subgroups::cellBeyondTheEdgesAlwaysListed()
{
    // The attack: edges [1, t] with t bisected; a cell of the records beyond t that appeared only
    // when it held any would give the maximum. Here no record lies beyond 1000: the cell is there,
    // withheld, as it would be with one record in it (gestational age is in the design: no
    // record of the cohort misses it).
    // Since filter-bound holds subgroup edges to the node's histogram edges, such edges are
    // refused before any cell is counted; at the node's edges the outside cell (>= 10 records
    // below the lowest edge, >= 10 above the last allowed one) is listed.
    const Reply refused = evaluate(QStringLiteral("gestational_age_weeks"), { 0, 38, 1000 });
    QCOMPARE(refused.code, QStringLiteral("filter-bound"));
    const std::vector<double> edges = nodeEdges(QStringLiteral("gestational_age_weeks"));
    QVERIFY2(edges.size() >= 3, "the node's edges of gestational_age_weeks");
    const Reply reply = evaluate(QStringLiteral("gestational_age_weeks"),
                                 { edges.front(), edges[edges.size() - 2] });
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const protocol::EvaluationResponse e = decoded(reply);
    const auto other = std::find_if(e.subgroups.begin(), e.subgroups.end(),
                                    [](const protocol::SubgroupCell &c) { return c.missing; });
    QVERIFY2(other != e.subgroups.end(), "the cell beyond the edges is left out");
}

void tst_Subgroups::cohortMinusFewIsWithheld()
{
    const Reply reply = evaluate(QStringLiteral("ward"));
    // Never an error: the evaluation itself is released, the cells are withheld.
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const protocol::EvaluationResponse e = decoded(reply);
    QVERIFY(e.cohortSize > 0);
    const protocol::SubgroupCell *a = cellOf(e, QStringLiteral("a"));
    const protocol::SubgroupCell *b = cellOf(e, QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(a->withheld);
    QCOMPARE(a->rule, QStringLiteral("min-cohort"));
    // The attack: b's n next to the cohort's would be the three records'.
    QVERIFY2(b->withheld, "the cohort minus three records was released");
    QCOMPARE(b->rule, QStringLiteral("complement"));
    // A withheld cell carries no numbers on the wire.
    const QJsonArray cells = reply.json.value(QStringLiteral("subgroups")).toArray();
    for (const QJsonValue &v : cells) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.contains(QStringLiteral("performance_bins")));
        QVERIFY(!o.contains(QStringLiteral("mann_whitney")));
        QVERIFY(!o.contains(QStringLiteral("calibration_slope")));
    }
}

void tst_Subgroups::twoPartitionsOfOneCohortAreWithheld()
{
    // sexCellsEqualInProcess released "female"; "x" is female minus three girls.
    const Reply reply = evaluate(QStringLiteral("ward2"));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const protocol::EvaluationResponse e = decoded(reply);
    const protocol::SubgroupCell *x = cellOf(e, QStringLiteral("x"));
    const protocol::SubgroupCell *y = cellOf(e, QStringLiteral("y"));
    QVERIFY(x && y);
    QVERIFY2(x->withheld && y->withheld, "female minus x would describe three girls");

    // The same with a variable that is not in the model: only the ledger can see it.
    const Reply first = evaluate(QStringLiteral("migration_background"));
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const protocol::SubgroupCell *none = cellOf(decoded(first), QStringLiteral("none"));
    QVERIFY(none);
    QVERIFY2(!none->withheld, qPrintable(none->rule));
    const Reply second = evaluate(QStringLiteral("ward3"));
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    const protocol::EvaluationResponse e3 = decoded(second);
    const protocol::SubgroupCell *x3 = cellOf(e3, QStringLiteral("x"));
    const protocol::SubgroupCell *y3 = cellOf(e3, QStringLiteral("y"));
    QVERIFY(x3 && y3);
    QVERIFY2(x3->withheld && y3->withheld, "'none' minus x would describe three children");
    QCOMPARE(x3->rule, QStringLiteral("differencing"));
    QCOMPARE(y3->rule, QStringLiteral("differencing"));
    // The evaluation itself is still released, and the earlier cells are released again.
    QVERIFY(e3.cohortSize > 0);
    const Reply again = evaluate(QStringLiteral("migration_background"));
    QVERIFY2(again.status == 200, qPrintable(again.describe()));
    const protocol::SubgroupCell *noneAgain = cellOf(decoded(again), QStringLiteral("none"));
    QVERIFY(noneAgain && !noneAgain->withheld);
}

QTEST_GUILESS_MAIN(tst_Subgroups)
#include "tst_subgroups.moc"
