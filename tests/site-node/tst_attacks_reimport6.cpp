// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1 for a removed record against the lattice check of risk bins (docs/privacy-rules.md,
// "Re-imports that change records", "What stays open", and "Removed records in the risk bins",
// branch `reimport6`). The evaluation keeps a boundary of its risk bins only where no run of its
// bins lies 1-9 records from a union of blocks (an atom of the dataset's ledger × a lattice cell
// of a design variable; one earlier evaluation's released bins): but the blocks were counted
// from the table, and a removed record (a ghost) still counts in every histogram and risk bin
// released before its removal. A run that is exactly a union of such blocks then lies one record
// from what was released before: the ghost. Each attack runs in two worlds that differ only in
// where the removed record lay (its value of x: one cluster or the next); the table after the
// removal is the same in both, so any difference in what the releases give is the removed
// record's value. A real fairstart-node over TLS on its default policy (datasets share records:
// the worlds are the same records under two names).
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>
#include <vector>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// Six clusters of 40 records, cluster c at x = 100 c + 103 (one lattice cell of step 10 each,
// with empty cells between them), 10 + 4 c of them with y = 1: the risk of y ~ x rises from
// cluster to cluster and every cluster holds 10 or more of each class, so an evaluation keeps a
// bin per cluster and every boundary lies on a lattice point. The removed record is one more,
// with y = 1, in cluster `ghostCluster`.
constexpr int kClusters = 6;
constexpr int kPerCluster = 40;
constexpr qint64 kGhostId = 990000;

double clusterX(int c)
{
    return 100.0 * c + 103.0;
}

QByteArray clusterSchema()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("x"), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Re-import 6 clusters"));
}

// The clusters, with the removed record in cluster `ghostCluster` (or without it: -1).
QByteArray clusterCsv(int ghostCluster)
{
    QByteArray out = "record_id,x,y,consent_research\n";
    for (int c = 0; c < kClusters; ++c) {
        for (int i = 0; i < kPerCluster; ++i) {
            out += QByteArray::number(600000 + c * kPerCluster + i) + ','
                + QByteArray::number(clusterX(c)) + ',' + (i < 10 + 4 * c ? "1" : "0") + ",1\n";
        }
    }
    if (ghostCluster >= 0)
        out += QByteArray::number(kGhostId) + ',' + QByteArray::number(clusterX(ghostCluster))
            + ",1,1\n";
    return out;
}

// The product worlds: 1000 records (girls and boys in turn, places B, C, D), score 0..40, v 1..9,
// w 3000..3499; one girl (`far`) has score 300 and v 60 — neither dominant over the site or over
// the boys, but her product 18000 among products of at most 360 is (tst_attacks_redteam2
// productOfTwoNumericsRevealsSex). Record kErased (a girl) is the one the re-import removes: the
// far girl herself, or an ordinary girl whose values the far girl's swapped with.
constexpr int kProductRows = 1000;
constexpr int kErased = 100;
constexpr int kFarOther = 102;

QByteArray productSchema()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "v", "w" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Re-import 6 products"));
}

QByteArray productCsv(int far, bool erased)
{
    QByteArray out = "record_id,sex,place,score,v,w,consent_research\n";
    for (int j = 0; j < kProductRows; ++j) {
        if (erased && j == kErased)
            continue;
        // The ordinary values of the far girl's row go to kErased's when she is another girl.
        int from = j;
        if (far != kErased && j == kErased)
            from = far;
        const bool isFar = j == far;
        out += QByteArray::number(700000 + j) + ',' + (j % 2 ? "male" : "female") + ','
            + char('B' + j % 3) + ',' + (isFar ? QByteArray("300") : QByteArray::number(from % 41))
            + ',' + (isFar ? QByteArray("60") : QByteArray::number(1 + (from * 13) % 9)) + ','
            + QByteArray::number(3000 + (j * 37) % 500) + ",1\n";
    }
    return out;
}

// The released bins' counts in risk order (occupied bins only), as text.
QString binsText(const analysis::PerformanceBins &bins)
{
    QStringList out;
    for (int b = 0; b < bins.bins; ++b) {
        const double n = bins.positives[std::size_t(b)] + bins.negatives[std::size_t(b)];
        if (n > 0)
            out << QStringLiteral("%1/%2").arg(bins.positives[std::size_t(b)]).arg(n);
    }
    return out.join(QLatin1Char(' '));
}

int occupied(const analysis::PerformanceBins &bins)
{
    int n = 0;
    for (int b = 0; b < bins.bins; ++b)
        n += bins.positives[std::size_t(b)] + bins.negatives[std::size_t(b)] > 0 ? 1 : 0;
    return n;
}

// The cumulative counts of the occupied bins (lowest risk first).
std::vector<double> cumulative(const analysis::PerformanceBins &bins)
{
    std::vector<double> out;
    double sum = 0;
    for (int b = 0; b < bins.bins; ++b) {
        const double n = bins.positives[std::size_t(b)] + bins.negatives[std::size_t(b)];
        if (n <= 0)
            continue;
        sum += n;
        out.push_back(sum);
    }
    return out;
}

} // namespace

class tst_AttacksReimport6 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // 1. Histogram first (the lattice check, "What stays open" since branch `reimport3`). Before
    // the removal: the histogram of x over every record (a bin per cluster, so "x < e" at every
    // edge e is known, the removed record counted). The removal (the same export without her
    // row). Then y ~ x fitted over x >= the first edge (a filter at an edge; it leaves the
    // lowest cluster out, so the ledger passes it), and evaluated: every cumulative risk bin is
    // "x < e" for an edge e of the histogram, now without her. Where a cumulative bin and the
    // histogram's count below the same edge differ by one, she lay below it.
    void riskBinsAgainstAnEarlierHistogram();
    // 2. A cohort against earlier risk bins (binRunRefusal): y ~ x over every record
    // evaluated before the removal; after it, x over x >= 310 (clusters 3 to 5, a run of those
    // bins). The bin ledger counted her in her bin: the cohort lay one record from the run (and
    // was refused) where she was in cluster 3, none (released) where she was in cluster 2.
    void cohortAgainstEarlierRiskBins();
    // 3. Products in the cohort rule (the next attack after `reimport5`): the far girl's row is
    // erased; then w ~ score * v over the boys (round 1). The cohort rule judges the product
    // with the site's extreme products placed in or out; her product no longer in the table,
    // the boys were released where she was erased and refused (dominance) where an ordinary
    // girl was: her product was the site's far one.
    void productOfAnErasedRecord();
    // The cost to honest work: the demo cohort's evaluations of dev_delay_2y ~ birth weight over
    // the girls, and ~ birth weight + parental stress over their complete cases, on a dataset
    // whose re-import erased one child and on one without a re-import: the bins kept.
    void honestEvaluationsAfterAnErasure();

private:
    QString importClusters(const QString &dataset, int ghostCluster);
    std::optional<protocol::EvaluationResponse>
    evaluateFrom(const QString &dataset, const QString &token, std::optional<double> from);

    QTemporaryDir m_dir;
    QString m_schema, m_productSchema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReimport6::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Re-import 6 node")));
    m_schema = m_dir.filePath(QStringLiteral("clusters.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, clusterSchema()));
    m_productSchema = m_dir.filePath(QStringLiteral("products.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_productSchema, productSchema()));
    for (int far : { kErased, kFarOther })
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("product-%1").arg(far),
                                      productCsv(far, false), m_productSchema));
    for (const QString &kind : { QStringLiteral("hist"), QStringLiteral("cohort") }) {
        for (int cluster : { 2, 3 })
            VERIFY_NO_ERROR(importClusters(kind + QStringLiteral("-%1").arg(cluster), cluster));
    }
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "bob" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReimport6::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReimport6::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

QString tst_AttacksReimport6::importClusters(const QString &dataset, int ghostCluster)
{
    return importCsvText(m_node, m_dir, dataset, clusterCsv(ghostCluster), m_schema);
}

std::optional<protocol::EvaluationResponse>
tst_AttacksReimport6::evaluateFrom(const QString &dataset, const QString &token,
                                   std::optional<double> from)
{
    std::vector<analysis::Filter> filters;
    if (from)
        filters.push_back(range("x", *from, std::nullopt));
    const auto d = design("y", analysis::Family::Binomial, { asIs("x") }, filters);
    auto fitted = fitAndEvaluate(m_node, token, dataset, d);
    if (!fitted)
        return std::nullopt;
    return std::move(fitted->evaluation);
}

void tst_AttacksReimport6::riskBinsAgainstAnEarlierHistogram()
{
    std::map<int, QStringList> revealed;
    std::map<int, QString> after;
    for (int ghost : { 2, 3 }) {
        const QString ds = QStringLiteral("hist-%1").arg(ghost);
        // Before: the histogram of x over every record.
        Describe q;
        q.dataset = ds;
        q.completeCases = { QStringLiteral("x") };
        q.variables = { variable(QStringLiteral("x"), { { -1e9, 1e9 } }) };
        const auto before = described(
            m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")], describeBody(q)));
        QVERIFY2(before && !before->numeric.isEmpty()
                     && !before->numeric.front().histograms.isEmpty(),
                 "the histogram of x before the removal");
        const protocol::ReleasedHistogram h = before->numeric.front().histograms.front();
        QVERIFY2(h.edges.size() >= 5, "a histogram bin per cluster");
        // The removal. Then the node restarted: what it keeps of the removed record (the
        // ledgers, the facts) is in its store, not only in its memory.
        VERIFY_NO_ERROR(importClusters(ds, -1));
        m_node.stop();
        QVERIFY2(m_node.serve(), qPrintable(m_node.error));
        // After: y ~ x over x >= the first edge, evaluated.
        const auto e = evaluateFrom(ds, m_tokens[QStringLiteral("bob")], h.edges.front());
        QVERIFY2(e, "the evaluation after the removal");
        after[ghost] = binsText(e->bins);
        // What the attacker reads: the histogram's records in [first edge, e) before, and the
        // evaluation's cumulative bins after (risk rises with x).
        const std::vector<double> cum = cumulative(e->bins);
        double below = 0;
        for (std::size_t i = 1; i < h.edges.size(); ++i) {
            below += h.counts[i - 1];
            for (double k : cum) {
                const double gap = below - k;
                if (gap >= 1 && gap < 10)
                    revealed[ghost] << QStringLiteral("x < %1: %2 before, %3 after")
                                           .arg(h.edges[i])
                                           .arg(below)
                                           .arg(k);
            }
        }
        qInfo("removed record in cluster %d: histogram edges %s; evaluation after: %s; "
              "revealed: %s",
              ghost,
              qPrintable(QStringList([&] {
                             QStringList s;
                             for (double x : h.edges)
                                 s << QString::number(x);
                             return s;
                         }())
                             .join(QLatin1Char(' '))),
              qPrintable(after[ghost]), qPrintable(revealed[ghost].join(QStringLiteral("; "))));
    }
    // The table after the removal is the same in both worlds.
    QCOMPARE(after[2], after[3]);
    const QString attack = QStringLiteral("one record erased after a histogram of x: an "
                                          "evaluation of y ~ x over x >= the first edge");
    if (!revealed[2].isEmpty() || !revealed[3].isEmpty())
        stillWorks(attack,
                   QStringLiteral("her cluster (in cluster 2: %1; in cluster 3: %2)")
                       .arg(revealed[2].join(QStringLiteral("; ")),
                            revealed[3].join(QStringLiteral("; "))));
    else
        note(attack,
             QStringLiteral("closed: bins %1 in both worlds, none 1-9 records from the "
                            "histogram's counts")
                 .arg(after[2]));
}

void tst_AttacksReimport6::cohortAgainstEarlierRiskBins()
{
    std::map<int, QString> answer;
    for (int ghost : { 2, 3 }) {
        const QString ds = QStringLiteral("cohort-%1").arg(ghost);
        const auto first = evaluateFrom(ds, m_tokens[QStringLiteral("ann")], std::nullopt);
        QVERIFY2(first && occupied(first->bins) >= 5, "the evaluation before the removal");
        VERIFY_NO_ERROR(importClusters(ds, -1));
        Describe q;
        q.dataset = ds;
        q.filters = { range("x", 310.0, std::nullopt) };
        q.variables = { variable(QStringLiteral("x")) };
        const Reply r
            = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("bob")], describeBody(q));
        QVERIFY2(r.status != 0 && r.status != 500, qPrintable(r.describe()));
        answer[ghost] = r.released() ? QStringLiteral("released")
                                     : r.code + QStringLiteral(" (")
                + r.json.value(QStringLiteral("error"))
                      .toObject()
                      .value(QStringLiteral("detail"))
                      .toString()
                + QLatin1Char(')');
        qInfo("removed record in cluster %d: x over x >= 310: %s", ghost,
              qPrintable(r.describe().left(200)));
    }
    const QString attack = QStringLiteral("one record erased after an evaluation of y ~ x: x "
                                          "over x >= 310 (a run of its bins)");
    if (answer[2] != answer[3])
        stillWorks(attack,
                   QStringLiteral("the verdict tells whether she lay in the run (in "
                                  "cluster 2: %1; in cluster 3: %2)")
                       .arg(answer[2], answer[3]));
    else
        note(attack, QStringLiteral("closed: %1 in both worlds").arg(answer[2]));
    QVERIFY2(answer[3] != QStringLiteral("released"), "never the run's records without her");
}

void tst_AttacksReimport6::productOfAnErasedRecord()
{
    std::map<int, QString> answer;
    for (int far : { kErased, kFarOther }) {
        const QString ds = QStringLiteral("product-%1").arg(far);
        VERIFY_NO_ERROR(importCsvText(m_node, m_dir, ds, productCsv(far, true), m_productSchema));
        auto d = design("w", analysis::Family::Gaussian, { asIs("score"), asIs("v") },
                        { among("sex", { "male" }) });
        d.spec.interactions = { { "score", "v" } };
        const Reply r = roundOneAlone(m_node, m_tokens[QStringLiteral("bob")], ds, d);
        QVERIFY2(r.status != 0 && r.status != 500, qPrintable(r.describe()));
        answer[far] = roundStats(r) ? QStringLiteral("released") : r.code;
        qInfo("far girl %s: w ~ score * v over the boys: %s", far == kErased ? "erased" : "kept",
              qPrintable(r.describe().left(200)));
    }
    const QString attack = QStringLiteral("the far girl's row erased (score 300, v 60): w ~ "
                                          "score * v over the boys");
    if (answer[kErased] != answer[kFarOther])
        stillWorks(attack,
                   QStringLiteral("the verdict tells that her product was the site's far "
                                  "one (erased: %1; an ordinary girl erased: %2)")
                       .arg(answer[kErased], answer[kFarOther]));
    else
        note(attack, QStringLiteral("closed: %1 in both worlds").arg(answer[kErased]));
}

void tst_AttacksReimport6::honestEvaluationsAfterAnErasure()
{
    QString error;
    const auto demo = writeDemoCohort(m_node, m_dir, 3000, &error);
    QVERIFY2(demo, qPrintable(error));
    const QString csv = m_dir.filePath(QStringLiteral("demo.csv"));
    QByteArray header;
    QList<QByteArray> lines;
    VERIFY_NO_ERROR(readCsvLines(csv, &header, &lines));
    QByteArray erased = header + '\n';
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i != 17)
            erased += lines[i] + '\n';
    }
    for (const char *name : { "demo-kept", "demo-erased" }) {
        QVERIFY2(m_node.import(QLatin1String(name), csv, demo->schemaPath),
                 qPrintable(m_node.error));
    }
    VERIFY_NO_ERROR(
        importCsvText(m_node, m_dir, QStringLiteral("demo-erased"), erased, demo->schemaPath));
    const auto girls = design("dev_delay_2y", analysis::Family::Binomial,
                              { asIs("birth_weight_g") }, { among("sex", { "female" }) });
    const auto two = design("dev_delay_2y", analysis::Family::Binomial,
                            { asIs("birth_weight_g"), asIs("parental_stress") });
    QStringList outcome;
    for (const char *name : { "demo-kept", "demo-erased" }) {
        QStringList bins;
        for (const auto *d : { &girls, &two }) {
            const auto fitted
                = fitAndEvaluate(m_node, m_tokens[QStringLiteral("ann")], QLatin1String(name), *d);
            QVERIFY2(fitted, name);
            bins << QString::number(occupied(fitted->evaluation.bins));
        }
        outcome << QStringLiteral("%1: %2").arg(QLatin1String(name),
                                                bins.join(QStringLiteral(" and ")));
    }
    note(QStringLiteral("honest cost: bins kept of the girls' dev_delay_2y ~ birth weight and "
                        "of ~ birth weight + stress, without and after an erasure"),
         outcome.join(QStringLiteral("; ")));
}

QTEST_GUILESS_MAIN(tst_AttacksReimport6)
#include "tst_attacks_reimport6.moc"
