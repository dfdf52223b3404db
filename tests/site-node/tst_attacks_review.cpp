// SPDX-License-Identifier: GPL-3.0-or-later
// The independent review of rule 1 (a raw record never leaves a node; no sequence of requests may
// let a client reconstruct one): attacks that tst_attacks did not try, each as a hostile token
// holder would send it to a real fairstart-node over TLS on its default policy, against a
// synthetic dataset whose answers are known. An attack that reveals a record is a finding: fixed
// in the node (the slot asserts the refusal), or an expected failure documented in
// docs/privacy-rules.md ("What the rules do not stop"). Attacks that are refused stay as
// regression tests and name the rule that refuses them. Eigen before httplib: <resolv.h>
// (through httplib) defines _res, a name Eigen uses.
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"

#include <Eigen/Dense>

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "studyrelay.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>
#include <optional>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

constexpr int kRows = 3000;
constexpr double kGramsPerPound = 453.59237;
// The municipality of local.csv's planted girl.
constexpr const char *kLocalPlace = "Vlaardingen";

} // namespace

class tst_AttacksReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Fits whose outcome is a correlate cut at a threshold (I(lb > c)), against an evaluation's
    // cumulative risk bins: each fit's round 1 gives the records beyond the cut and their events
    // exactly, a partition of the records that no description released.
    void thresholdFitsOfACorrelateThenRiskBins();
    void riskBinsThenThresholdFitsOfACorrelate();
    // An evaluation of another user's study.
    void evaluationOfAnotherUsersStudy();
    // A dominance refusal as an oracle: whether a description of a variable is refused tells
    // whether its one outlier lies in the cohort, and so the outlier's other values.
    void dominanceRefusalRevealsTheOutliersOutcome();
    // The same oracle through fits: a design column (or outcome) dominated in one cohort only.
    void designDominanceRevealsTheOutliersSex();
    // The dataset-wide rule changes nothing for an honest analysis of data without an outlier.
    void honestAnalysisWithoutAnOutlierIsUnchanged();
    // The same oracle inside a cohort: a moderate outlier that dominates a variable only in a
    // small cohort (a municipality's girls), not over the dataset, so that the dataset's rule
    // passes it and the cohort rule refused the side of a split that holds it.
    void dominanceInsideACohortRevealsTheOutliersSex();

private:
    struct Cuts {
        std::vector<std::pair<double, double>> cuts; // records above c, events among them
        int released = 0, refused = 0;
        QStringList codes;
    };
    // Round 1 of I(birth_weight_lb > c) ~ dev_delay_2y at every lattice point c of pounds in
    // [2, 11] lb, on the records of the evaluated cohort: the cuts the node released.
    Cuts thresholdCuts(const QString &ds);
    int thresholdsAndBins(const QString &ds, bool fitsFirst);

    QTemporaryDir m_dir;
    NodeProcess m_node;
    CsvTable m_table;
    std::map<QString, QString> m_tokens;
    int m_outlier = -1; // outlier.csv: the only parental stress score far outside 0-40
    int m_local
        = -1; // local.csv: a girl of kLocalPlace whose stress score dominates its girls only
    double m_localScore = 0;
};

void tst_AttacksReview::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Reviewed node")));

    // The demo cohort of a hospital with birth weight in pounds (to 0.01 lb) next to grams: a
    // column a model need not name that orders the records exactly as birth weight does.
    QString demoError;
    auto demo = writeDemoCohort(m_node, m_dir, kRows, &demoError);
    QVERIFY2(demo, qPrintable(demoError));
    const QString demoSchema = demo->schemaPath;
    m_table = std::move(demo->table);
    m_table.header.push_back("birth_weight_lb");
    for (int row = 0; row < kRows; ++row) {
        const double w = m_table.number(row, "birth_weight_g");
        m_table.cells[std::size_t(row)].push_back(
            std::isnan(w) ? std::string("NA")
                          : QString::number(std::round(w / kGramsPerPound * 100) / 100, 'f', 2)
                                .toStdString());
    }
    const QString csv = m_dir.filePath(QStringLiteral("review.csv"));
    VERIFY_NO_ERROR(writeCsvTable(csv, m_table.header, m_table.cells));
    // The same records with one data-entry error: a parental stress score of 3800 (38.0 typed
    // without its point) for a consented girl with a delay; no other score is above 40.
    for (int row = 0; row < kRows && m_outlier < 0; ++row) {
        if (m_table.cell(row, "consent_research") == "1"
            && !std::isnan(m_table.number(row, "parental_stress"))
            && !std::isnan(m_table.number(row, "dev_delay_2y")))
            m_outlier = row;
    }
    QVERIFY(m_outlier >= 0);
    for (int row = 0; row < kRows; ++row)
        QVERIFY(std::isnan(m_table.number(row, "parental_stress"))
                || m_table.number(row, "parental_stress") <= 40);
    const QString outlierCsv = m_dir.filePath(QStringLiteral("outlier.csv"));
    {
        QFile file(outlierCsv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csvLineOf(m_table.header));
        for (int row = 0; row < kRows; ++row) {
            std::vector<std::string> cells = m_table.cells[std::size_t(row)];
            if (row == m_outlier) {
                cells[std::size_t(m_table.column("parental_stress"))] = "3800";
                cells[std::size_t(m_table.column("dev_delay_2y"))] = "1";
                cells[std::size_t(m_table.column("sex"))] = "female";
            }
            file.write(csvLineOf(cells));
        }
    }
    // local.csv: the same records with one moderate outlier that dominates inside a cohort only:
    // a consented girl of kLocalPlace whose stress score lies 5 root sums of squares above the
    // mean of the other girls there (their centred sum of squares is then under 4 % of the
    // cohort's), while over the whole dataset (about 30 times as many records) it is not dominant.
    {
        double sum = 0, n = 0;
        std::vector<double> others;
        for (int row = 0; row < kRows; ++row) {
            if (m_table.cell(row, "consent_research") != "1"
                || m_table.cell(row, "municipality") != kLocalPlace
                || m_table.cell(row, "sex") != "female"
                || std::isnan(m_table.number(row, "parental_stress")))
                continue;
            if (m_local < 0) {
                m_local = row;
                continue;
            }
            others.push_back(m_table.number(row, "parental_stress"));
            sum += others.back();
            n += 1;
        }
        QVERIFY(m_local >= 0 && n >= 50);
        double squares = 0;
        for (const double v : others)
            squares += (v - sum / n) * (v - sum / n);
        m_localScore = std::round(sum / n + 5 * std::sqrt(squares));
        QFile file(m_dir.filePath(QStringLiteral("local.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csvLineOf(m_table.header));
        for (int row = 0; row < kRows; ++row) {
            std::vector<std::string> cells = m_table.cells[std::size_t(row)];
            if (row == m_local)
                cells[std::size_t(m_table.column("parental_stress"))]
                    = QString::number(m_localScore, 'f', 0).toStdString();
            file.write(csvLineOf(cells));
        }
    }
    const QString schemaPath = m_dir.filePath(QStringLiteral("review.schema.json"));
    VERIFY_NO_ERROR(editSchema(demoSchema, schemaPath, [](QJsonObject &columns) {
        QJsonObject pounds = columns.value(QStringLiteral("birth_weight_g")).toObject();
        pounds.insert(QStringLiteral("label"), QStringLiteral("Birth weight (lb)"));
        columns.insert(QStringLiteral("birth_weight_lb"), pounds);
    }));

    // One dataset per attack (the same records), so that one attack's ledger does not decide
    // another's outcome.
    VERIFY_NO_ERROR(importEach(m_node, { "thrfirst", "evalfirst", "owner", "clean", "cleanfit" },
                               csv, schemaPath));
    VERIFY_NO_ERROR(importEach(m_node, { "outlier" }, outlierCsv, schemaPath));
    VERIFY_NO_ERROR(importEach(m_node, { "local", "localfit" },
                               m_dir.filePath(QStringLiteral("local.csv")), schemaPath));
    VERIFY_NO_ERROR(
        researchTokens(m_node, { "ann", "bob", "carl", "dora", "eve", "fay" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

tst_AttacksReview::Cuts tst_AttacksReview::thresholdCuts(const QString &ds)
{
    // The fits' cohort is the evaluated one: research consent, pounds (present exactly where
    // grams are) and the outcome. The design: I(lb > c) ~ dev_delay_2y. At round 1 μ is the same
    // for every record, so n and Σy are the cohort and the records above c, and with
    // μ = (Σy - score₀) / n the delay column's XᵀWX and score give the delays and the delays
    // above c. Several users: each user's jobs per day are budgeted, and identities collude.
    Cuts out;
    const QStringList users { QStringLiteral("bob"), QStringLiteral("carl"),
                              QStringLiteral("dora") };
    int asked = 0;
    for (int tenth = 20; tenth <= 110; ++tenth) {
        const double c = tenth / 10.0;
        auto d = design("birth_weight_lb", analysis::Family::Binomial, { asIs("dev_delay_2y") });
        d.spec.outcome.threshold = c;
        const Reply r
            = roundOneAlone(m_node, m_tokens[users[(asked++ / 40) % users.size()]], ds, d);
        const auto stats = roundStats(r);
        if (!stats || stats->p != 2) {
            ++out.refused;
            const QString code = r.code.isEmpty() ? QString::number(r.status) : r.code;
            if (!out.codes.contains(code))
                out.codes << code;
            continue;
        }
        ++out.released;
        const double n = stats->n, above = stats->events;
        const double mu = (above - stats->score[0]) / n;
        const double delays = upper(*stats, 1, 1) / (mu * (1 - mu));
        const double delaysAbove = stats->score[1] + mu * delays;
        out.cuts.emplace_back(std::round(above), std::round(delaysAbove));
    }
    return out;
}

int tst_AttacksReview::thresholdsAndBins(const QString &ds, bool fitsFirst)
{
    const QString attack = fitsFirst
        ? QStringLiteral("fits of I(lb > c), then an evaluation's bins differenced")
        : QStringLiteral("an evaluation's bins differenced with fits of I(lb > c)");
    Cuts cuts;
    if (fitsFirst)
        cuts = thresholdCuts(ds);
    const auto evaluated = evaluateWeightModel(m_node, ds, m_tokens[QStringLiteral("ann")]);
    if (!evaluated)
        return -1;
    if (!fitsFirst)
        cuts = thresholdCuts(ds);
    const std::vector<double> cohort = outcomesHeaviestFirst(m_table);
    const Revealed found = groupsFromCuts(evaluated->bins, cuts.cuts, cohort, [&](std::size_t k) {
        return QStringLiteral("the %1 heaviest").arg(cuts.cuts[k].first);
    });
    qInfo("%s: %zu released bins; %d cuts released, %d refused (%s); %d groups of 1-9 records "
          "(%d records, %d checked against the CSV): %s",
          qPrintable(ds), found.bins, cuts.released, cuts.refused,
          qPrintable(cuts.codes.join(QLatin1Char('|'))), found.groups, found.records, found.checked,
          qPrintable(found.shown.join(QStringLiteral("; "))));
    if (found.checked > 0)
        stillWorks(attack,
                   QStringLiteral("%1 groups of 1-9 records (%2 records), %3 with their events "
                                  "counted, e.g. %4")
                       .arg(found.groups)
                       .arg(found.records)
                       .arg(found.checked)
                       .arg(found.shown.join(QStringLiteral("; "))));
    else
        note(attack,
             QStringLiteral("closed: %1 released bins, %2 cuts released (%3 refused: %4), none "
                            "1-9 records from a cumulative bin")
                 .arg(found.bins)
                 .arg(cuts.released)
                 .arg(cuts.refused)
                 .arg(cuts.codes.join(QLatin1Char('|'))));
    return found.checked;
}

void tst_AttacksReview::thresholdFitsOfACorrelateThenRiskBins()
{
    // Attack (review of rule 1): the correlate attack of red team 3 (a column the model does not
    // name orders the records as the risk does) with fits instead of descriptions. The node
    // remembers the variables a description released a partition of and keeps an evaluation's
    // bins off them; a fit of a binomial outcome I(lb > c) releases the records above c and, with
    // dev_delay_2y as its predictor, their events (round 1), at every edge c of pounds, and no
    // description is needed. Then the honest evaluation of dev_delay_2y ~ scale(bw): a
    // cumulative bin 1-9 records from a cut "lb > c" gives those records' outcomes.
    // Rule: differencing (the breakpoint ledger's parts are blocks of the evaluation's merge).
    const int revealed = thresholdsAndBins(QStringLiteral("thrfirst"), true);
    QVERIFY2(revealed >= 0, "the honest study and its evaluation");
    QCOMPARE(revealed, 0);
}

void tst_AttacksReview::riskBinsThenThresholdFitsOfACorrelate()
{
    // The same in the other order: the evaluation first, then the fits of I(lb > c). A later
    // cohort is checked against runs of released bins, but the records beyond a breakpoint are
    // a part of their own that the fit releases too. Rule: differencing (detail `cohort and
    // released risk bins`, on the records beyond each breakpoint).
    const int revealed = thresholdsAndBins(QStringLiteral("evalfirst"), false);
    QVERIFY2(revealed >= 0, "the honest study and its evaluation");
    QCOMPARE(revealed, 0);
}

void tst_AttacksReview::evaluationOfAnotherUsersStudy()
{
    // Attack: evaluate a study's final β under another user name (a colleague's honest study
    // whose bins the attacker then differences against its own releases), and a study of
    // another dataset. Rule: unknown-study (evaluations only at the final β of a study of the
    // same user, dataset, purpose and design).
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    QString jobId;
    QVERIFY(fitAlone(m_node, m_tokens[QStringLiteral("eve")], QStringLiteral("owner"), d, &jobId));
    const Reply other
        = m_node.post("/v1/evaluations", m_tokens[QStringLiteral("fay")], evaluationBody(jobId));
    EXPECT_REFUSED(QStringLiteral("evaluation of another user's study"), other,
                   QStringList { QStringLiteral("unknown-study") });
    const Reply own
        = m_node.post("/v1/evaluations", m_tokens[QStringLiteral("eve")], evaluationBody(jobId));
    QVERIFY2(own.released(), qPrintable(own.describe()));
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), m_tokens[QStringLiteral("eve")]);
}

void tst_AttacksReview::dominanceRefusalRevealsTheOutliersOutcome()
{
    // Attack: one record holds a value far from every other (a stress score of 3800, a typo, or
    // a family's income that makes the news). Its description over any cohort that holds it is
    // refused (dominance: two records hold >= 90 % of the centred sum of squares), over any
    // cohort without it released. So describing the variable over the children with a delay and
    // over those without, each a cohort of hundreds that every rule passes, tells on which side
    // the outlier is: its outcome; by sex, its sex; by municipality, where it lives. Every answer
    // is a refusal or a release; no number is computed from a value of the outlier, but its
    // outcome is revealed. (Rule 1: the refusal depends on a value the analyst cannot see.)
    const QString token = m_tokens[QStringLiteral("ann")];
    auto ask = [&](const std::string &filterVariable, const std::string &level) {
        Describe q;
        q.dataset = QStringLiteral("outlier");
        q.filters = { among(filterVariable, { level }) };
        q.variables = { variable(QStringLiteral("parental_stress")) };
        return m_node.post("/v1/descriptives", token, describeBody(q));
    };
    QStringList revealed;
    for (const auto &[filterVariable, levels] :
         std::vector<std::pair<std::string, std::vector<std::string>>> {
             { "dev_delay_2y", { "0", "1" } }, { "sex", { "female", "male" } } }) {
        std::vector<std::string> refusedLevels;
        QStringList answers;
        for (const std::string &level : levels) {
            const Reply r = ask(filterVariable, level);
            answers << QStringLiteral("%1=%2: %3")
                           .arg(QString::fromStdString(filterVariable),
                                QString::fromStdString(level),
                                r.released() ? QStringLiteral("released") : r.code);
            if (!r.released() && r.code == QStringLiteral("dominance"))
                refusedLevels.push_back(level);
        }
        qInfo("%s", qPrintable(answers.join(QStringLiteral("; "))));
        // The outlier's planted values: a girl with a delay.
        const std::string planted = filterVariable == "sex" ? "female" : "1";
        if (refusedLevels.size() == 1 && refusedLevels.front() == planted)
            revealed << QStringLiteral("%1 = %2").arg(QString::fromStdString(filterVariable),
                                                      QString::fromStdString(planted));
    }
    note(QStringLiteral("dominance refusal as a membership oracle"),
         revealed.isEmpty() ? QStringLiteral("closed: no cohort's answer follows the outlier")
                            : QStringLiteral("STILL WORKS (the outlier's %1)")
                                  .arg(revealed.join(QStringLiteral(", "))));
    QVERIFY2(revealed.isEmpty(), qPrintable(revealed.join(QStringLiteral(", "))));
    // Refused for every cohort, the whole dataset included, with the rule that says why.
    for (const char *level : { "0", "1" }) {
        const Reply r = ask("dev_delay_2y", level);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code, QStringLiteral("dataset-dominance"));
        QVERIFY2(refusalSentence(r).contains(QStringLiteral("data steward")),
                 qPrintable(refusalSentence(r)));
    }
}

void tst_AttacksReview::designDominanceRevealsTheOutliersSex()
{
    // Attack: the same oracle through fits. dev_delay_2y ~ parental_stress over the girls and over
    // the boys: the column of the cohort that holds the 3800 is dominated (checkDesignDominance:
    // its centred values), the other is not, so the refusal tells the outlier's sex; the
    // Gaussian fit parental_stress ~ birth_weight_g over the children with and without a delay
    // tells its outcome (the outcome's Xᵀy and residuals).
    const QString token = m_tokens[QStringLiteral("dora")];
    struct Probe {
        QString name;
        std::string filterVariable;
        std::vector<std::string> levels;
        std::string planted;
        std::function<analysis::ResolvedDesign(const std::string &)> design;
    };
    const std::vector<Probe> probes {
        { QStringLiteral("column"),
          "sex",
          { "female", "male" },
          "female",
          [](const std::string &level) {
              return design("dev_delay_2y", analysis::Family::Binomial, { asIs("parental_stress") },
                            { among("sex", { level }) });
          } },
        { QStringLiteral("outcome"),
          "dev_delay_2y",
          { "0", "1" },
          "1",
          [](const std::string &level) {
              return design("parental_stress", analysis::Family::Gaussian,
                            { asIs("birth_weight_g") }, { among("dev_delay_2y", { level }) });
          } },
    };
    QStringList revealed;
    QStringList otherAnswers; // any refusal but the dataset's rule
    for (const Probe &probe : probes) {
        std::vector<std::string> refusedLevels;
        QStringList answers;
        for (const std::string &level : probe.levels) {
            const Reply r
                = roundOneAlone(m_node, token, QStringLiteral("outlier"), probe.design(level));
            const bool released = roundStats(r).has_value();
            answers << QStringLiteral("%1=%2: %3")
                           .arg(QString::fromStdString(probe.filterVariable),
                                QString::fromStdString(level),
                                released ? QStringLiteral("released") : r.code);
            if (!released && r.code == QStringLiteral("dominance"))
                refusedLevels.push_back(level);
            if (!released && r.code != QStringLiteral("dataset-dominance"))
                otherAnswers << answers.last();
        }
        qInfo("%s: %s", qPrintable(probe.name), qPrintable(answers.join(QStringLiteral("; "))));
        if (refusedLevels.size() == 1 && refusedLevels.front() == probe.planted)
            revealed << QStringLiteral("%1 = %2 (%3)")
                            .arg(QString::fromStdString(probe.filterVariable),
                                 QString::fromStdString(probe.planted), probe.name);
    }
    note(QStringLiteral("design dominance as a membership oracle"),
         revealed.isEmpty() ? QStringLiteral("closed: no fit's answer follows the outlier")
                            : QStringLiteral("STILL WORKS (the outlier's %1)")
                                  .arg(revealed.join(QStringLiteral(", "))));
    QVERIFY2(revealed.isEmpty(), qPrintable(revealed.join(QStringLiteral(", "))));
    // Every fit that uses the variable is refused by the dataset's rule, whatever the cohort.
    QVERIFY2(otherAnswers.isEmpty(), qPrintable(otherAnswers.join(QStringLiteral("; "))));
}

void tst_AttacksReview::honestAnalysisWithoutAnOutlierIsUnchanged()
{
    // The same records without the planted score ("clean" and "cleanfit", no other request on them,
    // so that no ledger refuses): a description of parental_stress over the children with a delay
    // is released with the cohort's exact mean, and the fit dev_delay_2y ~ parental_stress over the
    // girls is released; on the outlier's dataset a variable the outlier does not dominate is still
    // described.
    const QString token = m_tokens[QStringLiteral("fay")];
    Describe q;
    q.dataset = QStringLiteral("clean");
    q.filters = { among("dev_delay_2y", { "1" }) };
    q.variables = { variable(QStringLiteral("parental_stress")) };
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(q));
    const auto out = described(r);
    QVERIFY2(out && out->numeric.size() == 1, qPrintable(r.describe()));
    double sum = 0, n = 0;
    for (int row = 0; row < kRows; ++row) {
        const double v = m_table.number(row, "parental_stress");
        if (m_table.cell(row, "consent_research") == "1" && m_table.number(row, "dev_delay_2y") == 1
            && !std::isnan(v)) {
            sum += v;
            n += 1;
        }
    }
    QVERIFY(n > 0);
    QCOMPARE(double(out->numeric.front().moments.count), n);
    QVERIFY(std::abs(out->numeric.front().moments.mean - sum / n) <= 1e-9 * std::abs(sum / n));

    const Reply fit
        = roundOneAlone(m_node, token, QStringLiteral("cleanfit"),
                        design("dev_delay_2y", analysis::Family::Binomial,
                               { asIs("parental_stress") }, { among("sex", { "female" }) }));
    QVERIFY2(roundStats(fit).has_value(), qPrintable(fit.describe()));

    Describe other;
    other.dataset = QStringLiteral("outlier");
    other.variables = { variable(QStringLiteral("birth_weight_g")) };
    const Reply weight = m_node.post("/v1/descriptives", token, describeBody(other));
    QVERIFY2(described(weight).has_value(), qPrintable(weight.describe()));
}

void tst_AttacksReview::dominanceInsideACohortRevealsTheOutliersSex()
{
    // Attack (the next one after the dataset's rule): a moderate outlier. The planted girl's
    // stress score (m_localScore, about ten times the range of the others) is not dominant over
    // the dataset, so dataset-dominance passes it; among the ~100 girls of her municipality it
    // carries more than 90 % of the centred sum of squares. Describing parental_stress over her
    // municipality's girls and over its boys (each a cohort every count rule passes), and fitting
    // dev_delay_2y ~ parental_stress over each, tells her sex: the side that holds her is refused
    // by the cohort's dominance rule, the other released. The analyst needs to know only that
    // such a record exists (e.g. from the municipality's description being refused).
    // Rule: dominance inside a cohort is judged with the site's extreme values in it whichever
    // side holds them (docs/privacy-rules.md "Dominance inside a cohort").
    const QString token = m_tokens[QStringLiteral("eve")];
    QCOMPARE(m_table.cell(m_local, "sex"), std::string("female"));
    struct Probe {
        QString name;
        QString dataset;
        std::function<Reply(const std::string &)> ask;
    };
    const std::vector<Probe> probes {
        { QStringLiteral("description"), QStringLiteral("local"),
          [&](const std::string &sex) {
              Describe q;
              q.dataset = QStringLiteral("local");
              q.filters = { among("municipality", { kLocalPlace }), among("sex", { sex }) };
              q.completeCases = { QStringLiteral("parental_stress") };
              q.variables = { variable(QStringLiteral("parental_stress")) };
              return m_node.post("/v1/descriptives", token, describeBody(q));
          } },
        { QStringLiteral("fit"), QStringLiteral("localfit"),
          [&](const std::string &sex) {
              return roundOneAlone(
                  m_node, token, QStringLiteral("localfit"),
                  design("birth_weight_g", analysis::Family::Gaussian, { asIs("parental_stress") },
                         { among("municipality", { kLocalPlace }), among("sex", { sex }) }));
          } },
    };
    QStringList revealed;
    QStringList sentences; // of the dominance refusals
    for (const Probe &probe : probes) {
        std::map<std::string, QString> answer;
        for (const std::string sex : { "female", "male" }) {
            const Reply r = probe.ask(sex);
            const bool released = probe.name == QStringLiteral("fit") ? roundStats(r).has_value()
                                                                      : described(r).has_value();
            answer[sex] = released ? QStringLiteral("released") : r.code;
            if (!released && r.code == QStringLiteral("dominance"))
                sentences << refusalSentence(r);
        }
        qInfo("%s (planted score %.0f): %s=female: %s; %s=male: %s", qPrintable(probe.name),
              m_localScore, kLocalPlace, qPrintable(answer["female"]), kLocalPlace,
              qPrintable(answer["male"]));
        if (answer["female"] != answer["male"]
            && (answer["female"] == QStringLiteral("released")
                || answer["male"] == QStringLiteral("released")))
            revealed << QStringLiteral("sex = %1 (%2: %3 refused, %4 released)")
                            .arg(answer["female"] == QStringLiteral("released")
                                     ? QStringLiteral("male")
                                     : QStringLiteral("female"),
                                 probe.name,
                                 answer["female"] == QStringLiteral("released")
                                     ? QStringLiteral("boys")
                                     : QStringLiteral("girls"),
                                 answer["female"] == QStringLiteral("released")
                                     ? QStringLiteral("girls")
                                     : QStringLiteral("boys"));
    }
    note(QStringLiteral("dominance inside a cohort as a membership oracle"),
         revealed.isEmpty() ? QStringLiteral("closed: both sides of the split answered alike")
                            : QStringLiteral("STILL WORKS (the outlier's %1)")
                                  .arg(revealed.join(QStringLiteral(", "))));
    QVERIFY2(revealed.isEmpty(), qPrintable(revealed.join(QStringLiteral(", "))));
    // Refused on both sides, saying why and what to do.
    QCOMPARE(sentences.size(), 4);
    for (const QString &sentence : std::as_const(sentences))
        QVERIFY2(sentence.contains(QStringLiteral("whichever cohort holds"))
                     && sentence.contains(QStringLiteral("larger cohort")),
                 qPrintable(sentence));

    // What it costs: the variable is still described over all records of that dataset (the
    // outlier does not dominate them), and its exact mean is the CSV's.
    Describe all;
    all.dataset = QStringLiteral("local");
    all.variables = { variable(QStringLiteral("parental_stress")) };
    const Reply whole = m_node.post("/v1/descriptives", token, describeBody(all));
    const auto out = described(whole);
    QVERIFY2(out && out->numeric.size() == 1, qPrintable(whole.describe()));
    double sum = 0, n = 0;
    for (int row = 0; row < kRows; ++row) {
        const double v = row == m_local ? m_localScore : m_table.number(row, "parental_stress");
        if (m_table.cell(row, "consent_research") == "1" && !std::isnan(v)) {
            sum += v;
            n += 1;
        }
    }
    QCOMPARE(double(out->numeric.front().moments.count), n);
    QVERIFY(std::abs(out->numeric.front().moments.mean - sum / n) <= 1e-9 * std::abs(sum / n));
}

QTEST_GUILESS_MAIN(tst_AttacksReview)
#include "tst_attacks_review.moc"
