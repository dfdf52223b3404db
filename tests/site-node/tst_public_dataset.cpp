// SPDX-License-Identifier: GPL-3.0-or-later
// Honest work on real data passes the default policy: the National Wilms Tumor Study (survival::
// nwtco, 4,028 children, data/README.md) split over three real fairstart-node processes by
// record_id % 3, and an ordinary logistic model, rel ~ factor(histol) + factor(stage) + age,
// fitted with fairstart-cli on each node's default policy. It must be released by all three
// nodes and equal R's glm on the pooled data (data/nwtco-glm-reference.txt) to 1e-6 relative,
// as a masked study and as a plain one (protocol version 2; the nodes allow plain studies of
// three participants here, their only change from the default policy).
#include "nodeprocess.h"
#include "peering.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <charconv>
#include <cmath>
#include <map>
#include <memory>
#include <string>
#include <vector>

using testsupport::NodeProcess;

namespace {

constexpr int kSites = 3;

double number(const QByteArray &text)
{
    double value = std::nan("");
    const auto result = std::from_chars(text.constData(), text.constData() + text.size(), value);
    return result.ec == std::errc() ? value : std::nan("");
}

bool close(double actual, double expected, double relative = 1e-6)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

} // namespace

class tst_PublicDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void logisticModelOverThreeSitesEqualsR_data();
    void logisticModelOverThreeSitesEqualsR();
    void subgroupsEqualR();
    void validateEqualsR();

private:
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<NodeProcess>> m_nodes;
    QString m_sites;
};

void tst_PublicDataset::initTestCase()
{
    QVERIFY2(!NodeProcess::binary().isEmpty(),
             "FAIRSTART_BIN_DIR must point to the build's app folder");
    QVERIFY2(QFile::exists(NodeProcess::binary()),
             qPrintable(NodeProcess::binary() + QStringLiteral(" is not built")));
    QFile csv(QStringLiteral(FAIRSTART_TEST_DATA_DIR) + QStringLiteral("/nwtco.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("record_id,instit,histol,stage,study,rel,edrel,age,"
                        "in_subcohort"));
    // Each site's children, with consent for research (the public data has no consent column;
    // the node requires one by default).
    QByteArray parts[kSites];
    for (QByteArray &part : parts)
        part = lines.first() + ",consent_research\n";
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        const int id = int(number(lines[i].left(lines[i].indexOf(','))));
        QVERIFY(id > 0);
        parts[id % kSites] += lines[i] + ",1\n";
        ++rows;
    }
    QCOMPARE(rows, 4028);

    // Histology and stage are codes: the schema makes them factors with their levels in the
    // catalogue (the client resolves factor() from the catalogue's levels).
    const QString schema = m_dir.filePath(QStringLiteral("nwtco.schema.json"));
    {
        QFile f(schema);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"json({"columns": {
            "record_id": {"type": "id"},
            "instit": {"type": "categorical", "levels": ["1", "2"]},
            "histol": {"type": "categorical", "levels": ["1", "2"],
                       "label": "Central histology (1 favourable)"},
            "stage": {"type": "categorical", "levels": ["1", "2", "3", "4"], "label": "Stage"},
            "study": {"type": "categorical", "levels": ["3", "4"]},
            "rel": {"type": "binary", "label": "Relapse"},
            "edrel": {"type": "numeric"},
            "age": {"type": "numeric", "label": "Age at diagnosis (months)"},
            "in_subcohort": {"type": "binary"},
            "consent_research": {"type": "consent", "purpose": "research"}}})json");
    }
    QString json = QStringLiteral("{\"sites\": [");
    QStringList tokens;
    for (int i = 0; i < kSites; ++i) {
        auto node = std::make_unique<NodeProcess>();
        const QString name = QStringLiteral("nwtco-site%1").arg(i + 1);
        QVERIFY2(node->init(m_dir.filePath(name), name), qPrintable(node->error));
        // The same records under a second name (below), which a node refuses by default
        // (docs/privacy-rules.md, "Datasets that share records").
        QVERIFY2(node->setPolicy(QStringLiteral("datasets_share_records"), QStringLiteral("1")),
                 qPrintable(node->error));
        const QString file = m_dir.filePath(name + QStringLiteral(".csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(parts[i]);
        out.close();
        QVERIFY2(node->import(QStringLiteral("nwtco"), file, schema), qPrintable(node->error));
        // The same records under a second name: validateEqualsR compares with R on a dataset
        // whose bin ledger holds no earlier evaluation (see there).
        QVERIFY2(node->import(QStringLiteral("nwtco-fresh"), file, schema),
                 qPrintable(node->error));
        const QString token = node->token(QStringLiteral("analyst"), QStringLiteral("research"));
        QVERIFY(!token.isEmpty());
        QVERIFY2(node->setPolicy(QStringLiteral("plain_max_participants"), QStringLiteral("3")),
                 qPrintable(node->error));
        tokens.append(token);
        m_nodes.push_back(std::move(node));
    }
    // The three administrators accept each other as peers (issue 14), then serve.
    std::vector<NodeProcess *> nodes;
    for (auto &node : m_nodes)
        nodes.push_back(node.get());
    QString error;
    QVERIFY2(testsupport::pinEachOther(nodes, &error), qPrintable(error));
    for (int i = 0; i < kSites; ++i) {
        NodeProcess *node = m_nodes[std::size_t(i)].get();
        QVERIFY2(node->serve(), qPrintable(node->error));
        json += QStringLiteral("%1{\"name\": \"%2\", \"url\": \"https://127.0.0.1:%3\", "
                               "\"pin\": \"%4\", \"token\": \"%5\"}")
                    .arg(i ? QStringLiteral(", ") : QString(),
                         QStringLiteral("nwtco-site%1").arg(i + 1))
                    .arg(node->port())
                    .arg(node->pin(), tokens[i]);
    }
    json += QStringLiteral("]}");
    QFile sites(m_sites = m_dir.filePath(QStringLiteral("sites.json")));
    QVERIFY(sites.open(QIODevice::WriteOnly));
    sites.write(json.toUtf8());
}

void tst_PublicDataset::cleanupTestCase()
{
    for (auto &node : m_nodes)
        node->stop();
}

void tst_PublicDataset::logisticModelOverThreeSitesEqualsR_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("masked") << QStringLiteral("masked");
    QTest::newRow("plain") << QStringLiteral("plain");
}

void tst_PublicDataset::logisticModelOverThreeSitesEqualsR()
{
    QFETCH(QString, mode);
    // R's reference.
    QFile ref(QStringLiteral(FAIRSTART_TEST_DATA_DIR) + QStringLiteral("/nwtco-glm-reference.txt"));
    QVERIFY(ref.open(QIODevice::ReadOnly));
    std::vector<std::pair<double, double>> coefficients; // estimate, standard error, in R's order
    std::map<QByteArray, double> scalars;
    for (const QByteArray &line : ref.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(' ');
        if (f.first() == "coef" && f.size() == 4)
            coefficients.push_back({ number(f[2]), number(f[3]) });
        else if (f.size() == 2)
            scalars[f[0]] = number(f[1]);
    }
    QCOMPARE(coefficients.size(), std::size_t(6));

    const QString cli
        = qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/cli/fairstart-cli");
    QVERIFY2(QFile::exists(cli), qPrintable(cli + QStringLiteral(" is not built")));
    QProcess p;
    p.start(cli,
            { QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
              QStringLiteral("--dataset"), QStringLiteral("nwtco"), QStringLiteral("--purpose"),
              QStringLiteral("research"), QStringLiteral("--family"), QStringLiteral("binomial"),
              QStringLiteral("--formula"),
              QStringLiteral("rel ~ factor(histol) + factor(stage) + age"),
              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--mode"), mode });
    QVERIFY(p.waitForFinished(300000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             qPrintable(QStringLiteral("the default policy refused honest work: ")
                        + QString::fromUtf8(err)));
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    // The study ran in the mode asked for, and every site signed the result.
    const QJsonObject study = report.value(QStringLiteral("study")).toObject();
    QCOMPARE(study.value(QStringLiteral("mode")).toString(), mode);
    QCOMPARE(study.value(QStringLiteral("attestations")).toArray().size(), kSites);
    for (const QJsonValue &check : study.value(QStringLiteral("checks")).toArray())
        QVERIFY(check.toObject().value(QStringLiteral("attestation")).toBool());

    // Every site took part in the pooled fit: none was excluded or failed.
    const QJsonArray sites = report.value(QStringLiteral("sites")).toArray();
    QCOMPARE(sites.size(), kSites);
    for (const QJsonValue &site : sites)
        QVERIFY2(site.toObject().value(QStringLiteral("state")).toString() == QStringLiteral("ok"),
                 QJsonDocument(site.toObject()).toJson().constData());
    // And each site's own fit of the same model passed the policy too.
    const QJsonArray perSite = report.value(QStringLiteral("per_site")).toArray();
    QCOMPARE(perSite.size(), kSites);
    for (const QJsonValue &site : perSite)
        QVERIFY2(site.toObject().contains(QStringLiteral("fit")),
                 QJsonDocument(site.toObject()).toJson().constData());

    const QJsonArray fitted = report.value(QStringLiteral("coefficients")).toArray();
    QCOMPARE(fitted.size(), 6);
    const char *terms[] = { "(Intercept)", "histol2", "stage2", "stage3", "stage4", "age" };
    for (int i = 0; i < 6; ++i) {
        const QJsonObject c = fitted.at(i).toObject();
        const QString term = c.value(QStringLiteral("term")).toString();
        QVERIFY2(term.contains(QLatin1String(terms[i]))
                     || (i == 0 && term == QLatin1String(terms[0])),
                 qPrintable(term));
        const double estimate = c.value(QStringLiteral("estimate")).toDouble();
        const double se = c.value(QStringLiteral("std_error")).toDouble();
        QVERIFY2(close(estimate, coefficients[std::size_t(i)].first),
                 qPrintable(QStringLiteral("%1: %2 vs R %3")
                                .arg(term)
                                .arg(estimate, 0, 'g', 17)
                                .arg(coefficients[std::size_t(i)].first, 0, 'g', 17)));
        QVERIFY2(close(se, coefficients[std::size_t(i)].second),
                 qPrintable(QStringLiteral("%1 SE: %2 vs R %3")
                                .arg(term)
                                .arg(se, 0, 'g', 17)
                                .arg(coefficients[std::size_t(i)].second, 0, 'g', 17)));
    }
    QVERIFY(close(report.value(QStringLiteral("deviance")).toDouble(), scalars["deviance"]));
    QVERIFY(
        close(report.value(QStringLiteral("null_deviance")).toDouble(), scalars["null_deviance"]));
    QCOMPARE(report.value(QStringLiteral("n")).toDouble(), scalars["n"]);
}

// Issue 15: the fairness table of the same model by `study` (NWTS-3, NWTS-4) through the three
// nodes equals R's (data/make_nwtco_subgroups.R: pROC's AUC and DeLong CI, O/E, calibration per
// site pooled by inverse variance). Counts exactly; O/E and every calibration fit to 1e-6
// relative (they are exact sums and fits at each node); each site's AUC exactly (its own
// Mann–Whitney u); the pooled AUC, whose pairs across sites come from the released bins, within
// 1e-3 (measured 9.1e-4 for NWTS-3); its DeLong SE and CI from the bins within 2.5e-3 (measured
// 5.3e-4 and 1.9e-3: the binned SE is larger than pROC's exact one, so the CI is wider).
void tst_PublicDataset::subgroupsEqualR()
{
    QFile ref(QStringLiteral(FAIRSTART_TEST_DATA_DIR)
              + QStringLiteral("/nwtco-subgroup-reference.txt"));
    QVERIFY(ref.open(QIODevice::ReadOnly));
    std::map<QByteArray, std::vector<double>> r; // "level 3 site 1 auc" -> values
    for (const QByteArray &line : ref.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> f = line.split(' ');
        std::vector<double> values;
        while (!f.isEmpty() && !std::isnan(number(f.last()))) {
            values.insert(values.begin(), number(f.last()));
            f.removeLast();
        }
        r[f.join(' ')] = values;
    }
    QCOMPARE(r.size(), std::size_t(48));

    const QString cli
        = qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/cli/fairstart-cli");
    QProcess p;
    p.start(cli,
            { QStringLiteral("fit"), QStringLiteral("--sites"), m_sites,
              QStringLiteral("--dataset"), QStringLiteral("nwtco"), QStringLiteral("--purpose"),
              QStringLiteral("research"), QStringLiteral("--family"), QStringLiteral("binomial"),
              QStringLiteral("--formula"),
              QStringLiteral("rel ~ factor(histol) + factor(stage) + age"),
              QStringLiteral("--subgroup"), QStringLiteral("study"), QStringLiteral("--format"),
              QStringLiteral("json") });
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
             p.readAllStandardError().constData());
    const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    const QJsonObject subgroups = report.value(QStringLiteral("subgroups")).toObject();
    QCOMPARE(subgroups.value(QStringLiteral("variable")).toString(), QStringLiteral("study"));
    const QJsonArray rows = subgroups.value(QStringLiteral("rows")).toArray();
    // Per level: the pooled row and the three sites' rows.
    QCOMPARE(rows.size(), 8);
    auto same
        = [](double actual, double expected, double tolerance, bool relative, const QString &what) {
              const double scale = relative ? std::max(1.0, std::abs(expected)) : 1.0;
              const double off = std::abs(actual - expected) / scale;
              qInfo("%s: %.12g vs R %.12g (%.2g %s)", qPrintable(what), actual, expected, off,
                    relative ? "relative" : "absolute");
              return off <= tolerance;
          };
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        QVERIFY2(!row.value(QStringLiteral("withheld")).toBool(),
                 QJsonDocument(row).toJson().constData());
        const QString site = row.value(QStringLiteral("site")).toString();
        QByteArray key = "level " + row.value(QStringLiteral("level")).toString().toUtf8();
        if (!site.isEmpty()) {
            QVERIFY(site.startsWith(QLatin1String("nwtco-site")));
            key += " site " + site.mid(10).toUtf8();
        }
        auto ref = [&](const char *measure) {
            return r.at(key + ' ' + measure);
        };
        auto num = [&](const char *field) {
            return row.value(QLatin1String(field)).toDouble();
        };
        const QString k = QString::fromUtf8(key);
        QCOMPARE(num("n"), ref("n")[0]);
        QCOMPARE(num("events"), ref("events")[0]);
        QVERIFY(same(num("observed_expected"), ref("observed_expected")[0], 1e-6, true,
                     k + QStringLiteral(" O/E")));
        if (site.isEmpty()) {
            const std::vector<double> auc = ref("auc"); // auc, DeLong SE, CI lower, CI upper
            // Not yet issue 15's 1e-3 on every level: a cell's pairs across sites come from its
            // merged bins, each class placed by the per-class mean and Σ p² the cell carries
            // (0.57e-3 and 1.14e-3 on nwtco's two levels, tst_pooled_auc; without them 0.9e-3
            // and 1.2e-3). Study 4's wide merged bins keep it above 1e-3.
            QVERIFY(same(num("auc"), auc[0], 1.25e-3, false, k + QStringLiteral(" AUC")));
            QVERIFY(same(num("auc_se"), auc[1], 2.5e-3, false, k + QStringLiteral(" AUC SE")));
            QVERIFY(
                same(num("auc_lower"), auc[2], 2.5e-3, false, k + QStringLiteral(" AUC lower")));
            QVERIFY(
                same(num("auc_upper"), auc[3], 2.5e-3, false, k + QStringLiteral(" AUC upper")));
        } else {
            QVERIFY(same(num("auc"), ref("auc")[0], 1e-9, false, k + QStringLiteral(" AUC")));
        }
        const std::vector<double> slope = ref("calibration_slope");
        const std::vector<double> citl = ref("calibration_in_the_large");
        QVERIFY(same(num("calibration_slope"), slope[0], 1e-6, true, k + QStringLiteral(" slope")));
        QVERIFY(same(num("calibration_slope_se"), slope[1], 1e-6, true,
                     k + QStringLiteral(" slope SE")));
        QVERIFY(same(num("calibration_in_the_large"), citl[0], 1e-6, true,
                     k + QStringLiteral(" calibration-in-the-large")));
        QVERIFY(same(num("calibration_in_the_large_se"), citl[1], 1e-6, true,
                     k + QStringLiteral(" calibration-in-the-large SE")));
    }
}

// Issue 15, leave one site out end to end: `fairstart-cli validate` through the three real nodes
// against R (tests/analysis/data/make_validation.R: glm, pROC, metafor REML + Knapp–Hartung and
// predict(); R's "site0" is the records with record_id %% 3 == 0, nwtco-site1 here).
void tst_PublicDataset::validateEqualsR()
{
    QFile ref(QStringLiteral(FAIRSTART_TEST_DATA_DIR)
              + QStringLiteral("/../../analysis/data/validation-reference.txt"));
    QVERIFY2(ref.open(QIODevice::ReadOnly), qPrintable(ref.fileName()));
    std::map<QByteArray, std::vector<double>> r; // "site0 auc" -> values
    for (const QByteArray &line : ref.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(' ');
        std::vector<double> values;
        for (qsizetype i = 2; i < f.size(); ++i)
            values.push_back(number(f[i]));
        r[f.value(0) + ' ' + f.value(1)] = values;
    }
    const QString cli
        = qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/cli/fairstart-cli");
    auto validate = [&](const QString &dataset) {
        QProcess p;
        p.start(cli,
                { QStringLiteral("validate"), QStringLiteral("--sites"), m_sites,
                  QStringLiteral("--dataset"), dataset, QStringLiteral("--purpose"),
                  QStringLiteral("research"), QStringLiteral("--formula"),
                  QStringLiteral("rel ~ factor(histol) + factor(stage) + age"),
                  QStringLiteral("--format"), QStringLiteral("json") });
        if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit
            || p.exitCode() != 0) {
            qWarning("validate %s: %s", qPrintable(dataset), p.readAllStandardError().constData());
            return QJsonObject();
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    };
    // On "nwtco" the other slots evaluated models before: the bin ledger (docs/privacy-rules.md,
    // "Evaluations of several β") drops the held-out evaluations' bin boundaries that come 1-9
    // records from runs of those earlier bins, so DeLong on the fewer released bins is further
    // from R's. The AUC itself (the node's exact Mann-Whitney statistic) and every other measure
    // do not depend on the bins. Measured when the ledger came (2026-12-05): site 0's SE 0.9726
    // of R's there, 0.9952 on a dataset without earlier evaluations.
    const QJsonObject afterOthers = validate(QStringLiteral("nwtco"));
    QVERIFY(!afterOthers.isEmpty());
    const QJsonArray afterOthersSites = afterOthers.value(QStringLiteral("per_site")).toArray();
    QCOMPARE(afterOthersSites.size(), kSites);
    // The comparison with R proper, on the same records whose ledger is fresh.
    const QJsonObject report = validate(QStringLiteral("nwtco-fresh"));
    QVERIFY(!report.isEmpty());
    const QJsonArray perSite = report.value(QStringLiteral("per_site")).toArray();
    QCOMPARE(perSite.size(), kSites);
    auto same = [](double actual, double expected, double tolerance, bool relative,
                   const QByteArray &what) {
        const double scale = relative ? std::max(1.0, std::abs(expected)) : 1.0;
        const double off = std::abs(actual - expected) / scale;
        qInfo("%s: %.12g vs R %.12g (%.2g %s)", what.constData(), actual, expected, off,
              relative ? "relative" : "absolute");
        return off <= tolerance;
    };
    for (int s = 0; s < kSites; ++s) {
        const QJsonObject o = perSite.at(s).toObject();
        QCOMPARE(o.value(QStringLiteral("held_out")).toString(),
                 QStringLiteral("nwtco-site%1").arg(s + 1));
        const QByteArray k = "site" + QByteArray::number(s) + ' ';
        auto num = [&](const char *field) {
            return o.value(QLatin1String(field)).toDouble();
        };
        QCOMPARE(num("n"), r.at(k + "n")[0]);
        QCOMPARE(num("events"), r.at(k + "events")[0]);
        // The held-out node's exact Mann–Whitney statistic: pROC's AUC.
        QVERIFY(same(num("auc"), r.at(k + "auc")[0], 1e-9, false, k + "auc"));
        // DeLong on the released bins, not on the records (tst_validation: within 1%).
        const double se = r.at(k + "auc")[1];
        QVERIFY(same(num("auc_se") / se, 1.0, 1e-2, false, k + "auc_se / R's"));
        // After the other slots' evaluations: the same exact AUC, DeLong on fewer bins within 5%.
        const QJsonObject later = afterOthersSites.at(s).toObject();
        QVERIFY(same(later.value(QLatin1String("auc")).toDouble(), r.at(k + "auc")[0], 1e-9, false,
                     k + "auc after other evaluations"));
        QVERIFY(same(later.value(QLatin1String("auc_se")).toDouble() / se, 1.0, 5e-2, false,
                     k + "auc_se / R's after other evaluations"));
        for (const char *m :
             { "calibration_slope", "calibration_in_the_large", "observed_expected" })
            QVERIFY(same(num(m), r.at(k + m)[0], 1e-6, true, k + m));
        QVERIFY(same(num("brier"), r.at(k + "brier")[0], 1e-6, true, k + "brier"));
    }
    const QJsonObject pooled = report.value(QStringLiteral("pooled")).toObject();
    for (const char *m :
         { "auc", "calibration_slope", "calibration_in_the_large", "observed_expected" }) {
        const QJsonObject o = pooled.value(QLatin1String(m)).toObject();
        const std::vector<double> &want = r.at(QByteArray("pooled ") + m);
        const QJsonArray ci = o.value(QStringLiteral("ci")).toArray();
        const QJsonArray pi = o.value(QStringLiteral("pi")).toArray();
        const double got[] = { o.value(QStringLiteral("estimate")).toDouble(), ci.at(0).toDouble(),
                               ci.at(1).toDouble(), pi.at(0).toDouble(), pi.at(1).toDouble() };
        // The calibration measures and O/E pool R's own SEs (glm; O/E's from n and events):
        // 1e-6. The AUC pools the DeLong SEs of the released bins (1% from pROC's), which
        // moves its weights and interval: within 1e-3.
        const bool auc = QByteArray(m) == "auc";
        const char *names[] = { " estimate", " ci lower", " ci upper", " pi lower", " pi upper" };
        for (int i = 0; i < 5; ++i)
            QVERIFY(same(got[i], want[std::size_t(i)], auc ? 1e-3 : 1e-6, !auc,
                         QByteArray("pooled ") + m + names[i]));
        const double tau2 = o.value(QStringLiteral("tau2")).toDouble();
        QVERIFY(same(tau2, want[5], auc ? 1e-4 : 1e-6, false, QByteArray("pooled ") + m + " tau2"));
    }
}

QTEST_GUILESS_MAIN(tst_PublicDataset)
#include "tst_public_dataset.moc"
