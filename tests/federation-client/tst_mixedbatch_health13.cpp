// SPDX-License-Identifier: GPL-3.0-or-later
// A federation where some nodes take request batches and one does not (branch `health13`;
// docs/protocol.md "Requests in one batch"), against three real nodes with the records of R's
// reference case infert_logit_nodes (tests/analysis/data/nodes_cohort.csv, row i to site i mod 3,
// node-references.txt):
// - every node lists "batch": each gets the model's last round, the masked evaluation's job and
//   the site fit that ends the model's job as one batch (parts 1, 2 and 3 of 3);
// - node 2 (index 1) with the policy batch = 0, as an older node: it lists no "batch", gets every
//   step as a request of its own and answers a batch 404 saying why; the other two still get the
//   evaluation's job and the site fit as one batch (parts 1 and 2 of 2), the last round alone;
// - both runs give the same β, standard errors, deviance, per-site fits and AUC to the bit, and
//   R's pooled fit to 1e-6 relative (rule 3).
#include "expectedtest.h"
#include "nodecluster.h"
#include "runsupport.h"

#define FAIRSTART_REFERENCE_DATA_DIR FAIRSTART_SOURCE_DIR "/tests/analysis/data"
#include "analysis/referencedata.h"

#include "fairstart/client/federatedrun.h"
#include "fairstart/client/transport.h"
#include "fairstart/protocol/batchcodec.h"

#include "fairstart/analysis/formula.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <tuple>

using namespace fairstart;
using namespace fairstart::analysis::testing;
using fairstart::client::FederatedRun;
using fairstart::client::RunOptions;
using fairstart::client::StudyMode;
using testsupport::NodeCluster;
using testsupport::runToEnd;

namespace {

constexpr int kSites = 3;
constexpr int kOlderNode = 1; // the node whose policy says batch = 0 in the mixed run

// What one node's audit shows of one run: its request entries after `after` (seq), in order.
struct RunAudit {
    QList<QJsonObject> entries;
    // Entries with "batch": {"part": k, "of": n}, as (path kind, k, n).
    QList<std::tuple<QString, int, int>> batched;
    bool evaluationJobAlone = false; // the evaluation's job opened by a request of its own
    bool siteFitAlone = false; // the site fit that ended the model's job, alone
    bool batchPath = false; // an entry of POST /v1/batch itself (a refused batch has one)
};

QString kindOf(const QJsonObject &e)
{
    const QString path = e.value(QLatin1String("path")).toString();
    if (path == QLatin1String("/v1/jobs")
        && e.value(QLatin1String("kind")).toString() == QLatin1String("evaluation"))
        return QStringLiteral("evaluation-job");
    if (path.endsWith(QLatin1String("/site-fit")))
        return QStringLiteral("site-fit");
    if (path.endsWith(QLatin1String("/rounds")))
        return QStringLiteral("round");
    return path;
}

RunOptions options(const ReferenceCase &ref)
{
    RunOptions o;
    o.mode = StudyMode::Masked;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    auto spec = analysis::parseFormula(ref.get("formula"), analysis::Family::Binomial);
    if (spec)
        o.spec = *spec;
    // The defaults of the evaluation, calibration and per-site fits: the batch is the masked
    // evaluation's job with the site fit that ends the model's job.
    o.transport.totalTimeoutMs = 60000;
    return o;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class tst_MixedBatchHealth13 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mixedFederationEqualsTheBatchedOneAndR();

private:
    // The node's audit entries of requests after sequence number `after`; false when unreadable.
    bool auditOf(int index, double after, RunAudit *audit, double *last);
    // R's pooled fit (node-references.txt) to 1e-6 relative, estimates, SEs and deviance.
    void equalsR(const protocol::FitReport &report);
    // POST /v1/batch straight to a node: its HTTP status and error (code and message).
    int postBatch(int index, QString *code, QString *message);

    NodeCluster m_cluster;
    ReferenceCase m_ref;
};

void tst_MixedBatchHealth13::initTestCase()
{
    if (!m_cluster.available())
        QFAIL("fairstart-node is not built (FAIRSTART_BIN_DIR/node/fairstart-node is missing)");
    const std::vector<ReferenceCase> cases = readReferences(QStringLiteral("node-references.txt"));
    const ReferenceCase *ref = findCase(cases, "infert_logit_nodes");
    QVERIFY2(ref, "node-references.txt has no case infert_logit_nodes");
    m_ref = *ref;
    QCOMPARE(m_ref.get("data"), std::string("nodes_cohort.csv"));
    QCOMPARE(int(m_ref.number("sites")), kSites);
    // Row i to site i mod 3, each with consent for research, as tst_referencesovernodes deals
    // it.
    QFile in(dataPath(QStringLiteral("nodes_cohort.csv")));
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const std::vector<QByteArray> parts = testsupport::rowsOverSites(in.readAll(), kSites);
    QCOMPARE(int(parts.size()), kSites);
    int rows = 0;
    for (const QByteArray &part : parts)
        rows += int(part.count('\n')) - 1;
    QCOMPARE(rows, int(m_ref.number("n")));
    // cyl is a factor of numeric codes at the nodes (tst_referencesovernodes' schema).
    m_cluster.schema = m_cluster.path(QStringLiteral("schema.json"));
    QFile schema(m_cluster.schema);
    const QByteArray text
        = R"({"columns": {"cyl": {"type": "categorical", "levels": ["4", "6", "8"]}}})";
    QVERIFY(schema.open(QIODevice::WriteOnly) && schema.write(text) == text.size());
    schema.close();
    QVERIFY2(m_cluster.start(kSites, 10, QStringLiteral("research"),
                             [&parts](int index, const QString &csv) {
                                 QFile f(csv);
                                 if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                                     f.write(parts[size_t(index)]);
                             }),
             qPrintable(m_cluster.error));
}

bool tst_MixedBatchHealth13::auditOf(int index, double after, RunAudit *audit, double *last)
{
    QList<QJsonObject> all;
    if (!m_cluster.auditEntries(index, &all))
        return false;
    *last = all.isEmpty() ? -1 : all.last().value(QLatin1String("seq")).toDouble();
    if (!audit)
        return true;
    for (const QJsonObject &e : all) {
        if (e.value(QLatin1String("seq")).toDouble() <= after
            || e.value(QLatin1String("event")).toString() != QLatin1String("request"))
            continue;
        audit->entries << e;
        const QString kind = kindOf(e);
        if (e.contains(QLatin1String("batch"))) {
            const QJsonObject b = e.value(QLatin1String("batch")).toObject();
            audit->batched.append(std::make_tuple(kind, b.value(QLatin1String("part")).toInt(),
                                                  b.value(QLatin1String("of")).toInt()));
        } else if (kind == QLatin1String("evaluation-job")) {
            audit->evaluationJobAlone = true;
        } else if (kind == QLatin1String("site-fit") && e.contains(QLatin1String("jobEnded"))) {
            audit->siteFitAlone = true;
        }
        if (e.value(QLatin1String("path")).toString() == QLatin1String("/v1/batch"))
            audit->batchPath = true;
    }
    return true;
}

void tst_MixedBatchHealth13::equalsR(const protocol::FitReport &report)
{
    const analysis::GlmResult &fit = report.glm;
    QCOMPARE(fit.n, m_ref.number("n"));
    const auto terms = m_ref.all("term");
    QCOMPARE(fit.coefficients.size(), terms.size());
    for (std::size_t j = 0; j < terms.size(); ++j) {
        const analysis::Coefficient &c = fit.coefficients[j];
        QCOMPARE(c.term, terms[j][1]);
        double est = 0, se = 0;
        QVERIFY(parseNumber(terms[j][2], est) && parseNumber(terms[j][3], se));
        if (const QString why = coefficientMismatch(c.term, c.estimate, est, c.stdError, se);
            !why.isEmpty())
            QFAIL(qPrintable(why));
    }
    QVERIFY2(close(fit.deviance, m_ref.number("deviance"), 1e-6),
             qPrintable(QStringLiteral("deviance %1 vs R %2")
                            .arg(fit.deviance, 0, 'g', 17)
                            .arg(m_ref.number("deviance"), 0, 'g', 17)));
}

int tst_MixedBatchHealth13::postBatch(int index, QString *code, QString *message)
{
    // A well-formed batch of one step (a job's opening with an empty body): a node that takes
    // batches would run it and refuse the part; one with batch = 0 must refuse the batch itself.
    client::Transport transport;
    client::Request request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/v1/batch");
    request.body = protocol::encodeBatch(
        { { QByteArrayLiteral("/v1/jobs"), false, QByteArrayLiteral("{}") } });
    client::TransportOptions once = transport.defaultOptions();
    once.maxAttempts = 1;
    once.totalTimeoutMs = 60000;
    request.options = once;
    client::Reply *reply = transport.send(m_cluster.sites().at(index), request);
    QEventLoop loop;
    connect(reply, &client::Reply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        return -1;
    if (!reply->ok()) {
        *code = reply->error().code;
        *message = reply->error().message;
    }
    return reply->httpStatus();
}

void tst_MixedBatchHealth13::mixedFederationEqualsTheBatchedOneAndR()
{
    std::vector<double> seq(kSites, -1);
    for (int i = 0; i < kSites; ++i)
        QVERIFY2(auditOf(i, -1, nullptr, &seq[size_t(i)]), qPrintable(m_cluster.error));

    // Every node takes batches: the last round, the evaluation's job and the site fit in one.
    FederatedRun batched(m_cluster.sites(), options(m_ref));
    QVERIFY(runToEnd(batched));
    QVERIFY2(!batched.error(), qPrintable(batched.error() ? batched.error()->message : QString()));
    QVERIFY(batched.report().performance);
    QCOMPARE(batched.report().perSiteFits.size(), kSites);
    equalsR(batched.report());
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < kSites; ++i) {
        QVERIFY(batched.nodeInfos().at(i).capabilities.contains(QStringLiteral("batch")));
        RunAudit audit;
        QVERIFY2(auditOf(i, seq[size_t(i)], &audit, &seq[size_t(i)]), qPrintable(m_cluster.error));
        const QList<std::tuple<QString, int, int>> expected {
            { QStringLiteral("round"), 1, 3 },
            { QStringLiteral("evaluation-job"), 2, 3 },
            { QStringLiteral("site-fit"), 3, 3 },
        };
        QCOMPARE(audit.batched, expected);
        QVERIFY(!audit.evaluationJobAlone);
        QVERIFY(!audit.siteFitAlone);
        QVERIFY(!audit.batchPath);
    }

    // One node as an older one (policy batch = 0): no capability, every step alone there.
    QVERIFY2(m_cluster.setPolicy(kOlderNode, QStringLiteral("batch"), QStringLiteral("0")),
             qPrintable(m_cluster.error));
    QVERIFY2(auditOf(kOlderNode, -1, nullptr, &seq[size_t(kOlderNode)]),
             qPrintable(m_cluster.error)); // past the restart's entries
    FederatedRun mixed(m_cluster.sites(), options(m_ref));
    QVERIFY(runToEnd(mixed));
    QVERIFY2(!mixed.error(), qPrintable(mixed.error() ? mixed.error()->message : QString()));
    QVERIFY(mixed.report().performance);
    QCOMPARE(mixed.report().perSiteFits.size(), kSites);
    QCOMPARE(mixed.nodeInfos().size(), kSites);
    for (int i = 0; i < kSites; ++i) {
        QCOMPARE(mixed.nodeInfos().at(i).name, m_cluster.node(i).name);
        QCOMPARE(mixed.nodeInfos().at(i).capabilities.contains(QStringLiteral("batch")),
                 i != kOlderNode);
        RunAudit audit;
        QVERIFY2(auditOf(i, seq[size_t(i)], &audit, &seq[size_t(i)]), qPrintable(m_cluster.error));
        QVERIFY(!audit.batchPath); // the client sent the older node no batch
        if (i == kOlderNode) {
            QVERIFY(audit.batched.isEmpty());
            QVERIFY(audit.evaluationJobAlone);
            QVERIFY(audit.siteFitAlone);
        } else {
            // Not every node takes batches: the last round alone, the evaluation's job and the
            // site fit still together.
            const QList<std::tuple<QString, int, int>> expected {
                { QStringLiteral("evaluation-job"), 1, 2 },
                { QStringLiteral("site-fit"), 2, 2 },
            };
            QCOMPARE(audit.batched, expected);
            QVERIFY(!audit.evaluationJobAlone);
            QVERIFY(!audit.siteFitAlone);
        }
    }

    // The same numbers to the bit, and R's.
    const protocol::FitReport &a = batched.report();
    const protocol::FitReport &b = mixed.report();
    QCOMPARE(b.glm.coefficients.size(), a.glm.coefficients.size());
    for (std::size_t j = 0; j < a.glm.coefficients.size(); ++j) {
        QCOMPARE(b.glm.coefficients[j].term, a.glm.coefficients[j].term);
        QVERIFY2(sameBits(b.glm.coefficients[j].estimate, a.glm.coefficients[j].estimate)
                     && sameBits(b.glm.coefficients[j].stdError, a.glm.coefficients[j].stdError),
                 a.glm.coefficients[j].term.c_str());
    }
    QVERIFY(sameBits(b.glm.deviance, a.glm.deviance));
    QVERIFY(sameBits(b.performance->auc, a.performance->auc));
    QVERIFY(sameBits(b.performance->brier, a.performance->brier));
    for (int i = 0; i < kSites; ++i) {
        const protocol::SiteFit &fa = a.perSiteFits.at(i);
        const auto found
            = std::find_if(b.perSiteFits.begin(), b.perSiteFits.end(),
                           [&fa](const protocol::SiteFit &f) { return f.site == fa.site; });
        QVERIFY2(found != b.perSiteFits.end(), qPrintable(fa.site));
        QCOMPARE(found->glm.has_value(), fa.glm.has_value());
        if (!fa.glm)
            continue;
        QCOMPARE(found->glm->coefficients.size(), fa.glm->coefficients.size());
        for (std::size_t j = 0; j < fa.glm->coefficients.size(); ++j)
            QVERIFY2(
                sameBits(found->glm->coefficients[j].estimate, fa.glm->coefficients[j].estimate),
                qPrintable(fa.site));
    }
    equalsR(b);
    if (QTest::currentTestFailed())
        return;

    // A client that sends the older node a batch anyway gets the older node's 404, saying why,
    // and nothing was run.
    QString code, message;
    QCOMPARE(postBatch(kOlderNode, &code, &message), 404);
    QCOMPARE(code, QStringLiteral("not-found"));
    QVERIFY2(message.contains(QLatin1String("batch = 0")), qPrintable(message));
    RunAudit after;
    QVERIFY2(auditOf(kOlderNode, seq[size_t(kOlderNode)], &after, &seq[size_t(kOlderNode)]),
             qPrintable(m_cluster.error));
    QVERIFY(after.batched.isEmpty());
    for (const QJsonObject &e : after.entries)
        QVERIFY2(e.value(QLatin1String("path")).toString() == QLatin1String("/v1/batch"),
                 "a refused batch ran a part");
}

QTEST_GUILESS_MAIN(tst_MixedBatchHealth13)
#include "tst_mixedbatch_health13.moc"
