// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli evaluate against real nodes: a validation model that each node's administrator
// registered (`fairstart-node models add`), asked for by name or hash, never with a β. Masked
// with three sites (the analyst's copy of the model names its design and hash), plain per site
// with two; the pooled numbers against the model evaluated in-process on the pooled records.
#include "clisupport.h"
#include "demodesign.h"

#include "fairstart/analysis/discrimination.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fairstart;
using testsupport::cli;
using testsupport::demoDesign;
using testsupport::NodeCluster;
using testsupport::Outcome;

namespace {

const std::vector<double> kBeta { 1.5, 0.2, 0.3, -0.05, 0.04 };

} // namespace

class tst_CliEvaluate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void maskedWithTheModelFile();
    void plainPerSiteByName();
    void maskedNeedsTheModelFile();
    void unknownModelRefused();
    void changedCopyRefused();

private:
    void expected(double *n, double *events, double *brier, double *auc);

    NodeCluster m_cluster;
    QString m_sites;
    QString m_file;
    QString m_hash;
};

void tst_CliEvaluate::initTestCase()
{
    QVERIFY2(QFile::exists(testsupport::cliBinary()), "fairstart-cli is not built");
    QVERIFY2(m_cluster.available(), "fairstart-node is not built");
    QVERIFY2(m_cluster.start(3, 2000), qPrintable(m_cluster.error));
    m_sites = m_cluster.writeSitesFile(m_cluster.sites());
    m_file = m_cluster.path(QStringLiteral("external.json"));
    QFile out(m_file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(testsupport::validationModelFile(demoDesign(), kBeta));
    out.close();
    m_hash = protocol::validationModelHash(demoDesign(), kBeta);
    for (int i = 0; i < m_cluster.size(); ++i) {
        QString output;
        QVERIFY2(m_cluster.admin({ QStringLiteral("models"), QStringLiteral("add"),
                                   QStringLiteral("--data-dir"), m_cluster.node(i).dataDir,
                                   QStringLiteral("--name"), QStringLiteral("external"),
                                   QStringLiteral("--file"), m_file },
                                 &output),
                 qPrintable(m_cluster.error));
    }
}

// The model evaluated on the pooled records in-process: what the federation must give.
void tst_CliEvaluate::expected(double *n, double *events, double *brier, double *auc)
{
    QStringList csvs;
    for (int i = 0; i < m_cluster.size(); ++i)
        csvs << m_cluster.node(i).csv;
    const analysis::DataTable pooled
        = testsupport::readPooledCsv(csvs, QStringLiteral("consent_research"));
    auto design = analysis::buildDesign(pooled, demoDesign());
    QVERIFY(design);
    const Eigen::VectorXd beta
        = Eigen::Map<const Eigen::VectorXd>(kBeta.data(), Eigen::Index(kBeta.size()));
    auto bins = analysis::computePerformance(*design, analysis::Family::Binomial, beta, 1000);
    QVERIFY(bins);
    auto metrics = analysis::summarise({ *bins }, { 0.5 });
    QVERIFY(metrics);
    auto exact = analysis::mannWhitney(*design, analysis::Family::Binomial, beta);
    QVERIFY(exact);
    *n = metrics->n;
    *events = metrics->events;
    *brier = metrics->brier;
    *auc = exact->u / (exact->positives * exact->negatives);
}

void tst_CliEvaluate::maskedWithTheModelFile()
{
    double n = 0, events = 0, brier = 0, auc = 0;
    expected(&n, &events, &brier, &auc);
    // By name with the analyst's copy, and by the copy alone (named by its hash).
    for (const QStringList &named :
         { QStringList { QStringLiteral("--model"), QStringLiteral("external") },
           QStringList {} }) {
        const Outcome o
            = cli(QStringList { QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                                QStringLiteral("--dataset"), QStringLiteral("cohort"),
                                QStringLiteral("--model-file"), m_file, QStringLiteral("--format"),
                                QStringLiteral("json") }
                  + named);
        QVERIFY2(o.exitCode == 0, qPrintable(o.err));
        const QJsonObject j = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(j.value(QLatin1String("mode")).toString(), QStringLiteral("masked"));
        QCOMPARE(j.value(QLatin1String("model")).toString(),
                 named.isEmpty() ? m_hash : QStringLiteral("external"));
        const QJsonObject perf = j.value(QLatin1String("performance")).toObject();
        QCOMPARE(perf.value(QLatin1String("n")).toDouble(), n);
        QCOMPARE(perf.value(QLatin1String("events")).toDouble(), events);
        QVERIFY(std::abs(perf.value(QLatin1String("brier")).toDouble() - brier) < 1e-9);
        const double masked = perf.value(QLatin1String("auc")).toDouble();
        qInfo("registered model: AUC exact %.6f, masked %.6f", auc, masked);
        QVERIFY(std::abs(masked - auc) < 1e-3);
        // No site's own numbers in masked mode, and each site says so.
        const QJsonArray perSite = j.value(QLatin1String("per_site")).toArray();
        QCOMPARE(perSite.size(), 3);
        for (const QJsonValue &s : perSite) {
            QVERIFY(!s.toObject().contains(QLatin1String("performance")));
            QVERIFY(s.toObject()
                        .value(QLatin1String("performance_note"))
                        .toString()
                        .contains(QLatin1String("masked")));
        }
    }
    // The table says what was evaluated and how.
    const Outcome table = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                                QStringLiteral("--dataset"), QStringLiteral("cohort"),
                                QStringLiteral("--model-file"), m_file });
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY2(table.out.contains(QStringLiteral("Registered validation model ") + m_hash
                                + QStringLiteral(", dataset cohort, masked mode")),
             qPrintable(table.out));
    QVERIFY(table.out.contains(QLatin1String("not available in masked mode")));
    // The evaluation study's mode, participants and every site's signature checks.
    QVERIFY2(table.out.contains(QLatin1String("participants: site1, site2, site3")),
             qPrintable(table.out));
    QCOMPARE(table.out.count(QLatin1String("manifest signature verified")), 3);
    QVERIFY(table.out.contains(QLatin1String("Every site signed this result.")));
    // Every node audited the evaluation study of the model by its hash.
    for (int i = 0; i < m_cluster.size(); ++i) {
        QString audit;
        QVERIFY2(m_cluster.admin({ QStringLiteral("audit"), QStringLiteral("show"),
                                   QStringLiteral("--data-dir"), m_cluster.node(i).dataDir,
                                   QStringLiteral("--json") },
                                 &audit),
                 qPrintable(m_cluster.error));
        QVERIFY2(audit.contains(m_hash), "the audit log names the model's hash");
    }
}

void tst_CliEvaluate::plainPerSiteByName()
{
    // Two sites: plain, each site's evaluation under its own gate; by name, without a copy.
    const Outcome o
        = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                QStringLiteral("--only"), QStringLiteral("site1,site2"),
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--model"),
                QStringLiteral("external"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    const QJsonObject j = QJsonDocument::fromJson(o.out.toUtf8()).object();
    QCOMPARE(j.value(QLatin1String("mode")).toString(), QStringLiteral("plain"));
    // The sites evaluated the registered design, whose hash the client did not know.
    QCOMPARE(j.value(QLatin1String("design_hash")).toString(), protocol::designHash(demoDesign()));
    const QJsonArray perSite = j.value(QLatin1String("per_site")).toArray();
    QCOMPARE(perSite.size(), 2);
    double n = 0;
    for (const QJsonValue &s : perSite) {
        const QJsonObject metrics = s.toObject().value(QLatin1String("performance")).toObject();
        QVERIFY(metrics.value(QLatin1String("auc")).toDouble() > 0.5);
        n += metrics.value(QLatin1String("n")).toDouble();
    }
    QCOMPARE(j.value(QLatin1String("performance")).toObject().value(QLatin1String("n")).toDouble(),
             n);
    // The text: the registered model was fitted elsewhere, so its AUC is not apparent (it said
    // "apparent: scored on the records the model was fitted on", as a fit's does).
    const Outcome text = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                               QStringLiteral("--only"), QStringLiteral("site1,site2"),
                               QStringLiteral("--dataset"), QStringLiteral("cohort"),
                               QStringLiteral("--model"), QStringLiteral("external") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(!text.out.contains(QStringLiteral("(apparent"))
                 && text.out.contains(QStringLiteral("fitted elsewhere")),
             qPrintable(text.out));
}

void tst_CliEvaluate::maskedNeedsTheModelFile()
{
    // Three sites are masked; without the copy the client cannot name the design: refused,
    // in one line that says what to give.
    const Outcome o = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--dataset"), QStringLiteral("cohort"),
                            QStringLiteral("--model"), QStringLiteral("external") });
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.out.isEmpty());
    QCOMPARE(o.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(o.err.contains(QLatin1String("--model-file")), qPrintable(o.err));
}

void tst_CliEvaluate::unknownModelRefused()
{
    const Outcome o = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                            QStringLiteral("--only"), QStringLiteral("site1,site2"),
                            QStringLiteral("--dataset"), QStringLiteral("cohort"),
                            QStringLiteral("--model"), QStringLiteral("nonexistent") });
    // Refused by both sites (exit code 3: the request must change), one line each.
    QCOMPARE(o.exitCode, 3);
    QCOMPARE(o.err.count(QLatin1Char('\n')), 2);
    QVERIFY2(o.err.contains(QLatin1String("unknown-model")), qPrintable(o.err));
}

void tst_CliEvaluate::changedCopyRefused()
{
    // A copy with another β is another model: the name and the hash disagree (refused by the
    // client), and named by its own hash no node holds it (refused by every node).
    std::vector<double> other = kBeta;
    other[2] += 0.5;
    const QString path = m_cluster.path(QStringLiteral("changed.json"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(testsupport::validationModelFile(demoDesign(), other));
    out.close();
    const Outcome named
        = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--model"),
                m_hash, QStringLiteral("--model-file"), path });
    QCOMPARE(named.exitCode, 1);
    QVERIFY2(named.err.contains(QLatin1String("not ") + m_hash), qPrintable(named.err));
    const Outcome alone = cli({ QStringLiteral("evaluate"), QStringLiteral("--sites"), m_sites,
                                QStringLiteral("--dataset"), QStringLiteral("cohort"),
                                QStringLiteral("--model-file"), path });
    QCOMPARE(alone.exitCode, 3);
    QVERIFY2(alone.err.contains(QLatin1String("unknown-model")), qPrintable(alone.err));
}

QTEST_GUILESS_MAIN(tst_CliEvaluate)
#include "tst_clievaluate.moc"
