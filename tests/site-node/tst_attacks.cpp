// SPDX-License-Identifier: GPL-3.0-or-later
// The attack suite of issue 13: a real fairstart-node on its default policy, a synthetic cohort
// with planted records (a child with a unique birth weight, a rare indicator held by one child, a
// one-record municipality, extremes in both tails, a pair of common indicators that meet in one
// child, a child who consented to research but not to quality work), and for every attack class a
// request as a hostile token holder would send it: raw protocol JSON over HTTPS, several user
// names, chosen transforms, chosen edges, and (protocol version 2, where the node computes every
// β itself) β steered through the relay by a participant whose keys the analyst holds. Each attack
// must be refused with its rule, or, where the attack is a reconstruction, the attacker's estimate
// computed from what was released must not be the planted value. The same dataset's ordinary
// analyses (the demo fit through fairstart-cli, Table-1 descriptives, a two-way table, repeated by
// a second user) must still be released. docs/privacy-rules.md maps each rule to the test slot here
// that shows it. Eigen before httplib: <resolv.h> (through httplib) defines _res, a name Eigen
// uses.
#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/sitecheck.h"

#include <Eigen/Dense>

#include "attacksupport.h"
#include "nodeprocess.h"
#include "peering.h"
#include "protocolone.h"
#include "studyrelay.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>
#include <optional>
#include <utility>

using namespace fairstart;
using testsupport::NodeProcess;
using testsupport::Reply;
using namespace testsupport::attacks;

namespace {

// ---- the planted records (0-based data rows of the CSV)
// ------------------------------------------
constexpr int kRows = 3000;
constexpr int kHeavy = 100; // the only birth weight above 5600 g: 6150 g
constexpr double kHeavyWeight = 6150;
constexpr double kHeavyGestation = 29.4; // and an unusual gestational age
constexpr double kHeavyStress = 37.2; // and parental stress
constexpr int kLight = 200; // the only birth weight below 400 g: 350 g
constexpr double kLightWeight = 350;
constexpr int kRare = 300; // rare_condition = 1 for this child only
constexpr int kIsland = 400; // the only child in Schiermonnikoog
constexpr int kBoth = 500; // ivf = 1 and twin = 1 (each alone ~10 % of children)
constexpr int kNoQuality = 600; // consent for research, not for quality
constexpr double kNoQualityStress = 33.3;
const QString kIslandName = QStringLiteral("Schiermonnikoog");
// The records without a birth weight (planted-missing.csv, sumsOverPresentValuesDifferenced): 12
// more children without one (rows 700-711), and of all of them only this child has a parental
// stress score; every other child without a birth weight has none (a registry that scores stress
// at the birth visit, which children born elsewhere did not have).
constexpr int kLonely = 705;
constexpr double kLonelyStress = 38.9;

// ---- the rule ids the combined node answers with
// --------------------------------------------------- One place, so that docs/privacy-rules.md and
// this suite name the same ids.
const QStringList kDominance { QStringLiteral("dominance") };
// Protocol version 2: evaluations and calibration only at a final β the node computed itself.
const QStringList kEvaluationBeta { QStringLiteral("unknown-study"),
                                    QStringLiteral("unknown-fitted-study") };
const QStringList kProtocolOne { QStringLiteral("protocol-version") };
// Participants and observers the node's administrator did not accept (issue 14).
const QStringList kUnknownPeer { QStringLiteral("unknown-peer") };
const QStringList kMinCell { QStringLiteral("min-cell") };
const QStringList kMinCohort { QStringLiteral("min-cohort") };
const QStringList kMinSubset { QStringLiteral("min-subset") };
const QStringList kDifferencing { QStringLiteral("differencing") };
// A numeric filter bound off the node's histogram edges (docs/privacy-rules.md "Filters on the
// node's edges").
const QStringList kFilterBound { QStringLiteral("filter-bound") };
// Winsor bounds and an outcome threshold off the node's histogram edges, knots outside it
// (docs/privacy-rules.md "Breakpoints on the node's edges").
const QStringList kBreakpointBound { QStringLiteral("breakpoint-bound") };
const QStringList kDesignSize { QStringLiteral("unknown-level"), QStringLiteral("design-levels"),
                                QStringLiteral("max-parameters"),
                                QStringLiteral("max-design-memory") };
const QStringList kJobMemory { QStringLiteral("user-job-memory") };
const QStringList kRequestQuota { QStringLiteral("descriptives-quota"),
                                  QStringLiteral("request-quota") };

// A birth weight class in whole pounds (correlateLevelsThenRiskBins): "3" is [3, 4) lb, with
// "<2" and ">=11" at the ends. Its cuts (907, 1361, ... g) are no points of birth weight's 50 g
// lattice.
QStringList poundClasses()
{
    QStringList out { QStringLiteral("<2") };
    for (int lb = 2; lb <= 10; ++lb)
        out << QString::number(lb);
    out << QStringLiteral(">=11");
    return out;
}

QString poundClass(double grams)
{
    const int lb = int(std::floor(grams / 453.59237));
    return lb < 2 ? QStringLiteral("<2") : lb >= 11 ? QStringLiteral(">=11") : QString::number(lb);
}

// A bound t that cuts birth weight, asked by bisection between 5600 g (1–9 records above) and
// 7000 g (nothing above): whether the node refuses says whether 1–9 records lie above t. Notes
// STILL WORKS when the planted heavy child is pinned; returns the codes of the refusals seen.
QStringList bisectHeavyChild(const QString &attack, const std::function<Reply(double)> &ask)
{
    double clean = 7000; // nothing above
    double dirty = 5600; // 1-9 above
    int requests = 0;
    QStringList codes;
    while (clean - dirty > 1 && requests < 16) {
        const double t = std::floor((clean + dirty) / 2);
        const Reply r = ask(t);
        ++requests;
        if (!r.released() && !codes.contains(r.code))
            codes << r.code;
        (r.released() ? clean : dirty) = t;
    }
    if (clean - dirty <= 1 && kHeavyWeight >= dirty && kHeavyWeight <= clean)
        stillWorks(attack,
                   QStringLiteral("maximum in [%1, %2] after %3 requests, planted %4")
                       .arg(dirty)
                       .arg(clean)
                       .arg(requests)
                       .arg(kHeavyWeight));
    else
        note(attack,
             QStringLiteral("refused with %1 (maximum not pinned: [%2, %3])")
                 .arg(codes.join(QLatin1Char('|')))
                 .arg(dirty)
                 .arg(clean));
    return codes;
}

// The edge nearest to x among the node's edges but the highest: where the client places a
// knot (a quantile rounded to an edge every site has; here the one node's).
double nearestEdge(const std::vector<double> &edges, double x)
{
    double best = edges.front();
    for (std::size_t e = 0; e + 1 < edges.size(); ++e) {
        if (std::abs(edges[e] - x) < std::abs(best - x))
            best = edges[e];
    }
    return best;
}

// The refusal one gram below and above the heavy child: refused with code, and the same
// sentence but for the value asked (it names only edges the node's histogram shows anyway).
// The sentence above the heavy child goes to *aboveSentence.
void sameRefusalAroundHeavyChild(const QString &attack, const std::function<Reply(double)> &ask,
                                 const QString &code, QString *aboveSentence = nullptr)
{
    const Reply below = ask(kHeavyWeight - 1);
    const Reply above = ask(kHeavyWeight + 1);
    QCOMPARE(below.code, code);
    QCOMPARE(above.code, code);
    const QString belowText
        = refusalSentence(below).replace(QString::number(kHeavyWeight - 1), QStringLiteral("T"));
    const QString aboveText
        = refusalSentence(above).replace(QString::number(kHeavyWeight + 1), QStringLiteral("T"));
    if (belowText != aboveText)
        stillWorks(attack + QStringLiteral(": refusal text"),
                   QStringLiteral("%1 / %2").arg(belowText, aboveText));
    if (aboveSentence)
        *aboveSentence = refusalSentence(above);
}

} // namespace

class tst_Attacks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Honest work on the same data: released, and again for a second user.
    void honestDemoFit();
    void honestTable1AndTwoWayTable();

    // Participants the analyst invents (puppets).
    void puppetParticipants();

    // Chosen β.
    void chosenBetaRoundIndicator();
    void chosenBetaThroughOffset();
    void chosenBetaCalibrationJob();
    void evaluationAtChosenBeta();
    void evaluationWithFinalBetaOfAnotherDesign();
    void evaluationGridsDifferenced();
    void finalStepSteeredToIndicator();

    // Columns that are categories in disguise.
    void disguisedBinary_data();
    void disguisedBinary();

    // Error oracles on a one-record cohort.
    void errorOracles();

    // Histogram tails.
    void histogramUpperTailBehindLowerTail();
    void histogramWithheldStatusAsOracle();
    void histogramFirstEdgeBisectsMinimum();
    void histogramInnerEdgeShiftedByOneRecord();

    // Differencing.
    void differencingThreeCohorts();
    void differencingTwoUsers();
    void differencingTwoPurposes();
    void cohortSizeUndoesSuppressedCell();
    void marginalsUndoSuppressedTwoWayTable();
    void wholeNumbersAcrossPurposes();
    void catalogueRoundingAcrossPurposes();
    void oneRecordByNumericBounds();
    void transformBoundsDifferenced();
    void filterRefusalBisectsMaximum();
    void breakpointAcrossCohorts();
    void splineAfterOtherFits();
    void winsorBoundBisectsMaximum();
    void outcomeThresholdBisectsAValue();
    void splineKnotBisectsMaximum();
    void splineKnotBisectsInnerRecord();
    void evaluationsOfTwoBetasDifferenced();
    void subgroupEdgeBisectsMaximum();
    void wholeNumberStepAcrossPurposes();
    void wholeNumberBinsKeepTheirTails();
    void subgroupEdgeAtTheHighestEdge();
    void evaluationAgainstFilteredCohort();
    void filteredCohortsThenEvaluation();
    void histogramsAgainstRiskBins();
    void histogramsThenRiskBins();
    void correlateHistogramsThenRiskBins();
    void riskBinsThenCorrelateHistograms();
    void correlateLevelsThenRiskBins();
    void riskBinsThenCorrelateLevels();
    void correlateTableThenRiskBins();
    void riskBinsThenCorrelateTable();
    void sumsOverPresentValuesDifferenced();
    void sumsOverFewPresentValues();
    void jointCellOfAGroupsOnlyGirl();
    void jointCellByAFitAndATable();
    void jointCellByAFilteredDescription();
    void predictorSumsOfAGroupsOnlyGirl();
    void predictorSumsByAFilteredDescription();
    void predictorSumsByFourFits();
    void predictorSumsOfAGroupsOnlyGirlPoisson();
    void eventSumsOfAGroupsOnlyEvent();

    // Denial of service.
    void hugeLevelListsAndInteractions();
    void oneUserFillsJobMemory();
    void manySmallRequests();
    void logLineForgery();
    void repeatedRoundKeepsJobAlive();

private:
    QString openJob(const QString &token, const QByteArray &body, Reply *reply = nullptr);
    // An honest study of the node alone to its end: the node's final β and its job id there.
    std::optional<std::vector<double>> fit(const QString &token, const QString &dataset,
                                           const analysis::ResolvedDesign &d,
                                           QString *jobId = nullptr);
    // A study of the node and a pinned colluding participant whose keys the attacker holds:
    // round 1 is honest, then the colluder's made-up statistics make the node's next β equal
    // `target` (the sum's XᵀWX is I and its score `target`, from β = 0). The node's answer to
    // round 2.
    // Round 1 of a study of the node alone (at the coordinator's deterministic start): the open
    // study's refusal, or the node's round-1 answer.
    Reply roundOne(const QString &token, const QString &dataset, const analysis::ResolvedDesign &d);
    Reply steerTo(const QString &token, const QString &dataset, const analysis::ResolvedDesign &d,
                  const std::vector<double> &target);
    // The node's canonical histogram edges of a numeric variable over the consented records of
    // `dataset` (a description of it; empty when refused).
    std::vector<double> nodeEdges(const QString &token, const QString &dataset,
                                  const QString &variable);
    // An evaluation's bins against descriptions of its cohort cut at birth weights (the
    // cohort of dev_delay_2y ~ scale(birth_weight_g) on `ds` filtered by bw <= e, e each node
    // edge): describe the descriptions before the evaluation (`describeFirst`) or after it. The
    // number of groups of 1-9 records between the complement of a description and a cumulative
    // bin whose outcome counts the releases give (checked against the CSV).
    void evaluationAndCuts(const QString &ds, bool describeFirst);
    // An evaluation's cumulative bins against histograms of birth weight (all records, the
    // non-events) and one cohort cut at an edge (which gives the histograms' upper tail): the
    // number of groups of 1-9 records whose outcome count the releases give (checked against the
    // CSV), or -1 when the histograms were not released.
    int histogramsAndBins(const QString &ds, bool describeFirst,
                          const QString &histogramVariable = QStringLiteral("birth_weight_g"));
    // The same with the level counts of a categorical correlate (the class in whole pounds)
    // over the evaluated cohort and its non-events instead of histograms and a cut.
    // `asTable`: the events per class from one two-way table (class × outcome) instead of a
    // second description of the non-events.
    int levelsAndBins(const QString &ds, bool describeFirst, bool asTable = false);
    // What both find: each cut "the `first` heaviest children of the evaluated cohort hold
    // `second` events" against the evaluation's cumulative bins, heaviest first (β < 0); a bin
    // 1-9 records from a cut gives that group's events, checked against the CSV. `label(k)`
    // names cut k in the examples shown.
    using Revealed = testsupport::attacks::Revealed;
    Revealed groupsFromCuts(const analysis::PerformanceBins &bins,
                            const std::vector<std::pair<double, double>> &cuts,
                            const std::function<QString(std::size_t)> &label) const;

    QTemporaryDir m_dir;
    NodeProcess m_node;
    QString m_csv;
    QString m_schema;
    QString m_csvPounds; // the same records and birth weight in pounds too
    QString m_schemaPounds;
    QString m_csvMissing; // the same records; stress recorded for one child without birth weight
    int m_maassluisEvent = -1; // planted-missing.csv: the only child of Maassluis with a delay
    CsvTable m_missing; // its rows
    CsvTable m_table; // the planted CSV
    std::map<QString, QString> m_tokens; // user -> token
};

// ---- set-up: the planted dataset and the node
// -----------------------------------------------------

void tst_Attacks::initTestCase()
{
    // A missing binary is a failure, never a skip: the suite exists to run against the node.
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Attacked node")));

    // The demo cohort of a hospital, then the planted records on top of it.
    QString demoError;
    auto demo = writeDemoCohort(m_node, m_dir, kRows, &demoError);
    QVERIFY2(demo, qPrintable(demoError));
    const QString demoSchema = demo->schemaPath;
    m_table = std::move(demo->table);
    for (const char *extra : { "rare_condition", "ivf", "twin" })
        m_table.header.push_back(extra);
    auto col = [this](const char *name) {
        return int(std::find(m_table.header.begin(), m_table.header.end(), name)
                   - m_table.header.begin());
    };
    for (const char *name :
         { "birth_weight_g", "gestational_age_weeks", "parental_stress", "municipality",
           "consent_research", "consent_quality", "maternal_education", "breastfeeding_months",
           "apgar_5min", "dev_delay_2y", "sex" })
        QVERIFY2(col(name) < int(m_table.header.size()), name);
    for (int row = 0; row < kRows; ++row) {
        auto &c = m_table.cells[std::size_t(row)];
        c.push_back(row == kRare ? "1" : "0");
        c.push_back(row % 10 == 3 || row == kBoth ? "1" : "0");
        c.push_back(row % 10 == 7 || row == kBoth ? "1" : "0");
        // Quality consent follows research consent, except for one child.
        c[std::size_t(col("consent_quality"))] = c[std::size_t(col("consent_research"))];
        for (int planted : { kHeavy, kLight, kRare, kIsland, kBoth, kNoQuality }) {
            if (row == planted) {
                c[std::size_t(col("consent_research"))] = "1";
                c[std::size_t(col("consent_quality"))] = planted == kNoQuality ? "0" : "1";
            }
        }
    }
    auto set = [&](int row, const char *column, const std::string &value) {
        m_table.cells[std::size_t(row)][std::size_t(col(column))] = value;
    };
    set(kHeavy, "birth_weight_g", "6150");
    set(kHeavy, "gestational_age_weeks", "29.4");
    set(kHeavy, "parental_stress", "37.2");
    set(kHeavy, "breastfeeding_months", "5");
    set(kHeavy, "apgar_5min", "1");
    set(kHeavy, "maternal_education", "low");
    // The ivf twin: a second one-record cohort (ivf = 1 and twin = 1) for the error oracles,
    // with the heavy child's values where the island child's fit a design and its do not.
    set(kBoth, "breastfeeding_months", "5");
    set(kBoth, "apgar_5min", "1");
    set(kBoth, "maternal_education", "low");
    set(kLight, "birth_weight_g", "350");
    set(kRare, "dev_delay_2y", "1");
    set(kIsland, "municipality", kIslandName.toStdString());
    set(kIsland, "maternal_education", "high");
    set(kIsland, "breastfeeding_months", "0");
    set(kIsland, "apgar_5min", "7");
    set(kIsland, "dev_delay_2y", "0");
    set(kNoQuality, "parental_stress", "33.3");
    // The only maternal age that is not a whole number of years (wholeNumbersAcrossPurposes).
    set(kNoQuality, "maternal_age", "31.5");
    m_csv = m_dir.filePath(QStringLiteral("planted.csv"));
    VERIFY_NO_ERROR(writeCsvTable(m_csv, m_table.header, m_table.cells));
    // The planted extremes are what the attacks assume: nobody else near them.
    for (int row = 0; row < kRows; ++row) {
        const double w = m_table.number(row, "birth_weight_g");
        if (row != kHeavy && row != kLight && !std::isnan(w))
            QVERIFY2(w >= 400 && w <= 5600, "a demo birth weight outside [400, 5600] g");
    }

    // The demo schema with the island, the three indicators and the consent columns.
    m_schema = m_dir.filePath(QStringLiteral("planted.schema.json"));
    VERIFY_NO_ERROR(editSchema(demoSchema, m_schema, [](QJsonObject &columns) {
        QJsonObject municipality = columns.value(QStringLiteral("municipality")).toObject();
        QJsonArray levels = municipality.value(QStringLiteral("levels")).toArray();
        levels.append(kIslandName);
        municipality.insert(QStringLiteral("levels"), levels);
        columns.insert(QStringLiteral("municipality"), municipality);
        for (const char *name : { "rare_condition", "ivf", "twin" })
            columns.insert(QLatin1String(name),
                           QJsonObject { { QStringLiteral("type"), QStringLiteral("binary") },
                                         { QStringLiteral("label"), QLatin1String(name) } });
    }));

    // The same records with a close correlate of birth weight that no model names: the weight in
    // pounds (to 0.01 lb), a column many registries keep next to grams. Its lattice (0.1 lb) is not
    // birth weight's (50 g), so its histograms cut birth weight between that lattice's points
    // (correlateHistogramsThenRiskBins).
    {
        std::vector<std::string> header = m_table.header;
        header.push_back("birth_weight_lb");
        header.push_back("birth_weight_class_lb");
        QFile lbOut(m_csvPounds = m_dir.filePath(QStringLiteral("planted-lb.csv")));
        QVERIFY(lbOut.open(QIODevice::WriteOnly));
        lbOut.write(csvLineOf(header));
        for (int row = 0; row < kRows; ++row) {
            std::vector<std::string> cells = m_table.cells[std::size_t(row)];
            const double w = m_table.number(row, "birth_weight_g");
            cells.push_back(
                std::isnan(w)
                    ? std::string("NA")
                    : QString::number(std::round(w / 453.59237 * 100) / 100, 'f', 2).toStdString());
            cells.push_back(std::isnan(w) ? std::string("NA") : poundClass(w).toStdString());
            lbOut.write(csvLineOf(cells));
        }
        lbOut.close();
        m_schemaPounds = m_dir.filePath(QStringLiteral("planted-lb.schema.json"));
        VERIFY_NO_ERROR(editSchema(m_schema, m_schemaPounds, [](QJsonObject &columns) {
            QJsonObject pounds = columns.value(QStringLiteral("birth_weight_g")).toObject();
            pounds.insert(QStringLiteral("label"), QStringLiteral("Birth weight (lb)"));
            columns.insert(QStringLiteral("birth_weight_lb"), pounds);
            QJsonArray classes;
            for (const QString &level : poundClasses())
                classes.append(level);
            columns.insert(QStringLiteral("birth_weight_class_lb"),
                           QJsonObject { { QStringLiteral("type"), QStringLiteral("categorical") },
                                         { QStringLiteral("label"),
                                           QStringLiteral("Birth weight class (whole pounds)") },
                                         { QStringLiteral("levels"), classes } });
        }));
    }

    // The same records, but birth weight missing for rows 700-711 too, and parental stress
    // missing for every child without a birth weight except kLonely
    // (sumsOverPresentValuesDifferenced). The other slots' dataset is unchanged.
    {
        QFile missingOut(m_csvMissing = m_dir.filePath(QStringLiteral("planted-missing.csv")));
        QVERIFY(missingOut.open(QIODevice::WriteOnly));
        missingOut.write(csvLineOf(m_table.header));
        m_missing.header = m_table.header;
        int maassluisKept = 0;
        for (int row = 0; row < kRows; ++row) {
            std::vector<std::string> cells = m_table.cells[std::size_t(row)];
            // Maassluis (~120 children): breastfeeding recorded for five of them only
            // (sumsOverFewPresentValues).
            QString town = QString::fromStdString(cells[std::size_t(col("municipality"))]);
            town.remove(QLatin1Char('"'));
            if (town == QLatin1String("Maassluis")) {
                const bool consented = cells[std::size_t(col("consent_research"))] == "1";
                // One child with a delay among them (eventSumsOfAGroupsOnlyEvent): the first
                // consented one with the model's values.
                auto has = [&](const char *name) {
                    const std::string &v = cells[std::size_t(col(name))];
                    return !v.empty() && v != "NA";
                };
                const bool complete = consented && row != kLonely && !(row >= 700 && row <= 711)
                    && has("gestational_age_weeks") && has("parental_stress")
                    && has("birth_weight_g");
                if (complete && m_maassluisEvent < 0)
                    m_maassluisEvent = row;
                cells[std::size_t(col("dev_delay_2y"))] = row == m_maassluisEvent ? "1" : "0";
                if (consented && maassluisKept < 5)
                    cells[std::size_t(col("breastfeeding_months"))]
                        = QString::number(4 + 0.5 * maassluisKept++, 'f', 1).toStdString();
                else
                    cells[std::size_t(col("breastfeeding_months"))] = "";
            }
            if (row >= 700 && row <= 711)
                cells[std::size_t(col("birth_weight_g"))] = "";
            if (row == kLonely) {
                cells[std::size_t(col("consent_research"))] = "1";
                cells[std::size_t(col("consent_quality"))] = "1";
                cells[std::size_t(col("parental_stress"))] = "38.9";
                cells[std::size_t(col("sex"))] = "female";
            } else if (cells[std::size_t(col("birth_weight_g"))].empty()
                       || cells[std::size_t(col("birth_weight_g"))] == "NA") {
                cells[std::size_t(col("parental_stress"))] = "";
                // kLonely is the only girl among them (jointCellOfAGroupsOnlyGirl).
                cells[std::size_t(col("sex"))] = "male";
            }
            missingOut.write(csvLineOf(cells));
            m_missing.cells.push_back(cells);
        }
        missingOut.close();
    }

    // One dataset per attack group (the same records): the differencing ledger of one attack
    // must not decide another's outcome. "cohort" is the honest analysts' dataset.
    VERIFY_NO_ERROR(importEach(
        m_node, { "cohort",  "beta",   "disguise", "oracle",  "tails",    "diff3",   "diff2",
                  "purpose", "cells",  "table2",   "bounds",  "dos",      "quota",   "grid",
                  "winsor",  "hist",   "filter",   "breaks",  "knots",    "winsmax", "thresh",
                  "knotmax", "betas",  "knotin",   "subedge", "final",    "betacut", "cutfirst",
                  "wholer",  "wholeq", "wholet",   "subtop",  "histrisk", "riskhist" },
        m_csv, m_schema));
    // The datasets with the correlate in pounds.
    VERIFY_NO_ERROR(importEach(
        m_node, { "corrhist", "histcorr", "classfirst", "evalclass", "tablefirst", "evaltable" },
        m_csvPounds, m_schemaPounds));
    // The datasets where stress is recorded for one child without a birth weight.
    VERIFY_NO_ERROR(importEach(m_node,
                               { "presentdd", "presentcc", "presentjob", "presentfew", "jointgirl",
                                 "jointgirlcc", "jointfit", "jointtable", "jointfitcc",
                                 "jointfilter", "catsums", "catsumscc", "sumsfilter", "sumsfilterd",
                                 "eventsums", "catsums4", "catsumspois" },
                               m_csvMissing, m_schema));
    for (const auto &[user, purposes] : std::vector<std::pair<QString, QString>> {
             { QStringLiteral("ann"), QStringLiteral("research,quality") },
             { QStringLiteral("bob"), QStringLiteral("research") },
             { QStringLiteral("carl"), QStringLiteral("research") },
             { QStringLiteral("dora"), QStringLiteral("research") },
             { QStringLiteral("eve"), QStringLiteral("research") },
             { QStringLiteral("mallory"), QStringLiteral("research") },
             { QStringLiteral("rita"), QStringLiteral("research") },
             { QStringLiteral("gina"), QStringLiteral("research") },
             { QStringLiteral("wanda"), QStringLiteral("research") },
             { QStringLiteral("theo"), QStringLiteral("research") },
             { QStringLiteral("kim"), QStringLiteral("research") },
             { QStringLiteral("vera"), QStringLiteral("research") },
             { QStringLiteral("lena"), QStringLiteral("research") },
             { QStringLiteral("quinn"), QStringLiteral("quality") } }) {
        m_tokens[user] = m_node.token(user, purposes);
        QVERIFY2(!m_tokens[user].isEmpty(), qPrintable(m_node.error));
    }
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_Attacks::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_Attacks::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

std::vector<double> tst_Attacks::nodeEdges(const QString &token, const QString &dataset,
                                           const QString &variable)
{
    return describedEdges(m_node, token, dataset, variable);
}

QString tst_Attacks::openJob(const QString &token, const QByteArray &body, Reply *reply)
{
    const Reply r = m_node.post("/v1/jobs", token, body);
    if (reply)
        *reply = r;
    return r.status == 201 ? r.json.value(QStringLiteral("job_id")).toString() : QString();
}

std::optional<std::vector<double>> tst_Attacks::fit(const QString &token, const QString &dataset,
                                                    const analysis::ResolvedDesign &d,
                                                    QString *jobId)
{
    return fitAlone(m_node, token, dataset, d, jobId);
}

Reply tst_Attacks::roundOne(const QString &token, const QString &dataset,
                            const analysis::ResolvedDesign &d)
{
    return roundOneAlone(m_node, token, dataset, d);
}

Reply tst_Attacks::steerTo(const QString &token, const QString &dataset,
                           const analysis::ResolvedDesign &d, const std::vector<double> &target)
{
    return steerWithColluder(m_node, token, dataset, d, target);
}

// ---- honest work
// ------------------------------------------------------------------------------------

void tst_Attacks::honestDemoFit()
{
    // The demo's model through the ordinary client, on this node's default policy, by two users.
    const QString cli
        = qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/cli/fairstart-cli");
    QVERIFY2(QFile::exists(cli), qPrintable(cli + QStringLiteral(" is not built")));
    QFile formulaFile(QStringLiteral(FAIRSTART_SOURCE_DIR)
                      + QStringLiteral("/resources/examples/developmental-delay.formula"));
    QVERIFY(formulaFile.open(QIODevice::ReadOnly));
    const QString formula = QString::fromUtf8(formulaFile.readAll()).trimmed();
    std::vector<double> first;
    for (const QString &user : { QStringLiteral("ann"), QStringLiteral("bob") }) {
        const QString sites = m_dir.filePath(QStringLiteral("sites-%1.json").arg(user));
        QFile f(sites);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"sites\": [{\"name\": \"attacked\", \"url\": "
                               "\"https://127.0.0.1:%1\", \"pin\": \"%2\", \"token\": \"%3\"}]}")
                    .arg(m_node.port())
                    .arg(m_node.pin(), m_tokens[user])
                    .toUtf8());
        f.close();
        QProcess p;
        p.start(
            cli,
            { QStringLiteral("fit"), QStringLiteral("--sites"), sites, QStringLiteral("--dataset"),
              QStringLiteral("cohort"), QStringLiteral("--purpose"), QStringLiteral("research"),
              QStringLiteral("--family"), QStringLiteral("binomial"), QStringLiteral("--formula"),
              formula, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY(p.waitForFinished(180000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0,
                 qPrintable(QStringLiteral("honest demo fit by %1 refused: %2")
                                .arg(user, QString::fromUtf8(err))));
        const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray coefficients = report.value(QStringLiteral("coefficients")).toArray();
        QCOMPARE(coefficients.size(), 8);
        std::vector<double> estimates;
        for (const QJsonValue &c : coefficients)
            estimates.push_back(c.toObject().value(QStringLiteral("estimate")).toDouble());
        QVERIFY(
            report.value(QStringLiteral("performance")).toObject().contains(QStringLiteral("auc")));
        if (first.empty())
            first = estimates;
        else
            QVERIFY(estimates == first); // the second user gets the same released model
    }
    note(QStringLiteral("honest: demo fit (fairstart-cli, 2 users)"), QStringLiteral("released"));
}

void tst_Attacks::honestTable1AndTwoWayTable()
{
    Describe d;
    d.dataset = QStringLiteral("cohort");
    std::vector<double> weeks, stress, weight;
    for (int w = 22; w <= 44; ++w)
        weeks.push_back(w);
    for (int s = 0; s <= 40; s += 5)
        stress.push_back(s);
    for (int g = 0; g <= 7000; g += 250)
        weight.push_back(g);
    d.variables = { variable(QStringLiteral("sex")),
                    variable(QStringLiteral("maternal_education")),
                    variable(QStringLiteral("smoking_pregnancy")),
                    variable(QStringLiteral("gestational_age_weeks"), { weeks }),
                    variable(QStringLiteral("parental_stress"), { stress }),
                    variable(QStringLiteral("birth_weight_g"), { weight }) };
    d.tables = { { QStringLiteral("maternal_education"), QStringLiteral("smoking_pregnancy") } };
    QByteArray first;
    for (const QString &user : { QStringLiteral("ann"), QStringLiteral("bob") }) {
        const Reply r = m_node.post("/v1/descriptives", m_tokens[user], describeBody(d));
        QVERIFY2(r.status == 200, qPrintable(user + QStringLiteral(": ") + r.describe()));
        auto out = described(r);
        QVERIFY(out);
        QCOMPARE(out->numeric.size(), 3);
        QCOMPARE(out->categorical.size(), 3);
        for (const auto &n : out->numeric) {
            QVERIFY2(n.moments.count > 2500, qPrintable(n.variable));
            QVERIFY(std::isfinite(n.moments.mean));
            QCOMPARE(n.histograms.size(), 1);
            QVERIFY2(n.histograms.front().counts.size() >= 4,
                     qPrintable(n.variable + QStringLiteral(": histogram withheld")));
        }
        for (const auto &c : out->categorical) {
            for (const auto &level : c.levels)
                QVERIFY2(level.count.has_value(), qPrintable(c.variable + level.name));
        }
        QCOMPARE(out->tables.size(), 1);
        for (const auto &count : out->tables.front().counts)
            QVERIFY2(count.has_value(), "a cell of the honest two-way table was withheld");
        if (first.isEmpty())
            first = r.body;
        else
            QCOMPARE(r.body, first); // the second user sees the same numbers
    }
    note(QStringLiteral("honest: Table 1 + two-way table (2 users)"), QStringLiteral("released"));
}

// ---- chosen β
// -------------------------------------------------------------------------------------

void tst_Attacks::puppetParticipants()
{
    // Issue 14's largest hole: "participants" the analyst invents with keys it holds. In a plain
    // study of two the sum minus the puppet's numbers is the node's statistics; in a masked study
    // with two puppets the analyst knows every mask but the node's own; and a puppet steers β.
    // The node joins only sites its administrator accepted, with exactly their pinned keys.
    const auto d = design("dev_delay_2y", analysis::Family::Binomial,
                          { asIs("gestational_age_weeks"), asIs("parental_stress") });
    const QString token = m_tokens[QStringLiteral("carl")];
    testsupport::StudySite site { &m_node, token, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    auto attempt = [&](const QString &attack, protocol::StudyManifest manifest) {
        manifest.dataset = QStringLiteral("beta");
        const Reply reply = testsupport::openStudy(site, manifest);
        EXPECT_REFUSED(attack, reply, kUnknownPeer);
        if (reply.status == 201)
            (void)m_node.del(testsupport::jobPath(site), token);
    };
    const auto puppet = testsupport::FakeSite::make(QStringLiteral("Puppet"));
    const auto other = testsupport::FakeSite::make(QStringLiteral("Puppet 2"));
    attempt(QStringLiteral("puppet participant in a plain study of two"),
            testsupport::makeManifest(d, { self(), puppet.participant() }, {},
                                      QStringLiteral("plain")));
    attempt(QStringLiteral("two puppets in a masked study of three"),
            testsupport::makeManifest(d, { self(), puppet.participant(), other.participant() }));
    const auto impostor = testsupport::FakeSite::make(colluder().name);
    attempt(QStringLiteral("a pinned peer's name with the analyst's keys"),
            testsupport::makeManifest(d, { self(), impostor.participant() }, {},
                                      QStringLiteral("plain")));
    protocol::StudyParticipant renamed = colluder().participant();
    renamed.name = QStringLiteral("Renamed");
    attempt(QStringLiteral("a pinned peer's keys under another name"),
            testsupport::makeManifest(d, { self(), renamed }, {}, QStringLiteral("plain")));
    attempt(QStringLiteral("puppet observer of a study of the node alone"),
            testsupport::makeManifest(d, { self() }, { puppet.participant() },
                                      QStringLiteral("plain")));
}

void tst_Attacks::chosenBetaRoundIndicator()
{
    // β = (−6150·s, s, 0, 0): the working weight p(1−p) is 1/4 at the heavy child and 0 for
    // everybody else, so XᵀWX would be that child's row: its gestational age and stress.
    const auto d = design(
        "dev_delay_2y", analysis::Family::Binomial,
        { asIs("birth_weight_g"), asIs("gestational_age_weeks"), asIs("parental_stress") });
    const QString token = m_tokens[QStringLiteral("ann")];
    const double s = 50;
    const std::vector<double> indicator { -kHeavyWeight * s, s, 0, 0 };
    // Protocol version 1's way, a round at the client's β, is gone: the node computes every β.
    Reply created;
    const QString job = openJob(token, jobBody(QStringLiteral("beta"), d), &created);
    QVERIFY2(!job.isEmpty(), qPrintable(created.describe()));
    const Reply direct = m_node.post("/v1/jobs/" + job.toStdString() + "/rounds", token,
                                     v1RoundBody(1, indicator));
    expectRefusedCode(QStringLiteral("chosen β sent as a v1 round"), direct, kProtocolOne);
    (void)m_node.del("/v1/jobs/" + job.toStdString(), token);
    // What is left: a participant the analyst controls steers the sum to the indicator β. The
    // node computes its statistics there and its round rules refuse them; the study ends.
    const Reply steered = steerTo(token, QStringLiteral("beta"), d, indicator);
    if (auto stats = roundStats(steered)) {
        const double ga = upper(*stats, 0, 2) / upper(*stats, 0, 0);
        qWarning("STILL WORKS: a steered β recovers the heavy child's gestational age %.2f "
                 "(planted %.1f)",
                 ga, kHeavyGestation);
    }
    EXPECT_REFUSED(QStringLiteral("β steered by a pinned colluding participant (indicator of one "
                                  "child)"),
                   steered, kDominance);
}

void tst_Attacks::chosenBetaThroughOffset()
{
    // offset(birth_weight_g) and an intercept of −6150: η = bw − 6150 is 0 at the heavy child
    // only; no slope has to be chosen, one intercept does it (steered through a puppet).
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { asIs("gestational_age_weeks"), asIs("parental_stress") });
    d.spec.offset = "birth_weight_g";
    const QString token = m_tokens[QStringLiteral("bob")];
    const Reply r = steerTo(token, QStringLiteral("beta"), d, { -kHeavyWeight, 0, 0 });
    if (r.status == 403 || (r.status == 422 && r.code != QStringLiteral("dominance"))) {
        note(QStringLiteral("steered β via offset(birth weight)"),
             QStringLiteral("study refused with %1").arg(r.code));
        QVERIFY2(r.rule && r.status != 500, qPrintable(r.describe()));
        return;
    }
    if (auto stats = roundStats(r))
        qWarning("STILL WORKS: offset indicator gives gestational age %.2f",
                 upper(*stats, 0, 1) / upper(*stats, 0, 0));
    EXPECT_REFUSED(QStringLiteral("steered β via offset(birth weight)"), r, kDominance);
}

void tst_Attacks::chosenBetaCalibrationJob()
{
    // A calibration job's lp column was Xβ for a β the client chose (lp = 50·(bw − 6150) is 0 at
    // the heavy child). Now lp is the node's own final β of a converged study of the user: a
    // made-up study is unknown, and a v1 body with a fitted β is refused as such.
    const auto d = design("dev_delay_2y", analysis::Family::Binomial, { asIs("birth_weight_g") });
    const QString token = m_tokens[QStringLiteral("carl")];
    Reply created;
    (void)openJob(token,
                  jobBody(QStringLiteral("beta"), d, protocol::JobKind::CalibrationSlope,
                          QStringLiteral("sha256:") + QString(64, QLatin1Char('a'))),
                  &created);
    EXPECT_REFUSED(QStringLiteral("calibration study of a made-up fitted study"), created,
                   kEvaluationBeta);
    expectRefusedCode(
        QStringLiteral("calibration job with a chosen fitted β (v1 body)"),
        m_node.post("/v1/jobs", token,
                    testsupport::protocolone::jobBody(QStringLiteral("beta"), d,
                                                      protocol::JobKind::CalibrationSlope,
                                                      { -kHeavyWeight * 50, 50 })),
        kProtocolOne);
}

void tst_Attacks::evaluationAtChosenBeta()
{
    // An evaluation releases exact Σp and Σ(y − p)². At β0 = (−10⁶, 0) every p is 0, so
    // Σ(y − p)² = E; at β1 = 50·(bw − 6150) + 2.2 the heavy child has p = 0.9 and everybody else 0,
    // so Σ(y − p)² = E − y + (y − 0.9)²: the child's outcome. A β can no longer be sent (v1
    // bodies are refused), and a study steered towards β1 is refused at its round (above); one
    // made to converge there by its last Newton step is refused by the evaluation's own
    // dominance rule (finalStepSteeredToIndicator).
    const auto d = design("dev_delay_2y", analysis::Family::Binomial, { asIs("birth_weight_g") });
    const QString token = m_tokens[QStringLiteral("dora")];
    expectRefusedCode(QStringLiteral("evaluation at a chosen β (v1 body, all p = 0)"),
                      m_node.post("/v1/evaluations", token,
                                  v1EvaluationBody(QStringLiteral("beta"), d, { -1e6, 0 })),
                      kProtocolOne);
    expectRefusedCode(QStringLiteral("evaluation at a chosen β (v1 body, indicator)"),
                      m_node.post("/v1/evaluations", token,
                                  v1EvaluationBody(QStringLiteral("beta"), d,
                                                   { -kHeavyWeight * 50 + 2.1972245773, 50 })),
                      kProtocolOne);
    const Reply steered
        = steerTo(token, QStringLiteral("beta"), d, { -kHeavyWeight * 50 + 2.1972245773, 50 });
    EXPECT_REFUSED(QStringLiteral("study steered to the evaluation's indicator β"), steered,
                   kDominance);
    // A job id that is not a converged study of this user.
    EXPECT_REFUSED(
        QStringLiteral("evaluation of an unknown study"),
        m_node.post("/v1/evaluations", token, evaluationBody(QString(32, QLatin1Char('0')))),
        kEvaluationBeta);
}

void tst_Attacks::evaluationWithFinalBetaOfAnotherDesign()
{
    // Own attack of issue 13: fit an honest study to its end, then evaluate its final β on a
    // design with a scaling the attacker chose (an indicator of the heavy child). The evaluation
    // now names the study's job and uses the study's own design; a design cannot be sent.
    auto honest = design("dev_delay_2y", analysis::Family::Binomial,
                         { transformed("birth_weight_g", analysis::Transform::Standardise) });
    honest.scaling["birth_weight_g"] = { 3300, 600 };
    const QString token = m_tokens[QStringLiteral("mallory")];
    QString jobId;
    const auto beta = fit(token, QStringLiteral("beta"), honest, &jobId);
    QVERIFY2(beta, "the honest fit that the attack builds on was refused");
    const Reply own = m_node.post("/v1/evaluations", token, evaluationBody(jobId));
    QVERIFY2(own.status == 200,
             qPrintable(QStringLiteral("honest evaluation refused: ") + own.describe()));
    auto rescaled = honest;
    const double sd = 0.02 * std::abs((*beta)[1]);
    rescaled.scaling["birth_weight_g"] = { kHeavyWeight + (*beta)[0] * sd / (*beta)[1], sd };
    expectRefusedCode(QStringLiteral("evaluation: final β of a study on a rescaled design"),
                      m_node.post("/v1/evaluations", token,
                                  v1EvaluationBody(QStringLiteral("beta"), rescaled, *beta)),
                      kProtocolOne);
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), token);
}

void tst_Attacks::evaluationGridsDifferenced()
{
    // The final β of an honest study, evaluated on two risk grids. Each grid's bins are merged to
    // >= min_cell records, but the groups differ: the records in risk order up to a merged bin's
    // end form a prefix, and two prefixes of different grids differ by the few records between
    // their ends. Their count, events and Σp are released by the difference; with one record,
    // its Σp is its risk, which the attacker computes from the target's covariates and β.
    auto honest = design("dev_delay_2y", analysis::Family::Binomial,
                         { transformed("birth_weight_g", analysis::Transform::Standardise) });
    honest.scaling["birth_weight_g"] = { 3300, 600 };
    const QString token = m_tokens[QStringLiteral("gina")];
    QString jobId;
    const auto beta = fit(token, QStringLiteral("grid"), honest, &jobId);
    QVERIFY2(beta && beta->size() == 2, "the honest fit that the attack builds on was refused");
    const Reply fixed = m_node.post("/v1/evaluations", token, evaluationBody(jobId));
    QVERIFY2(fixed.status == 200,
             qPrintable(QStringLiteral("honest evaluation refused: ") + fixed.describe()));
    auto first = protocol::fromJson<protocol::EvaluationResponse>(fixed.json);
    QVERIFY(first);
    QCOMPARE(first->bins.bins, analysis::evaluationGridBins);

    struct Prefix {
        double count = 0, events = 0, risk = 0;
    };
    auto prefixes = [](const analysis::PerformanceBins &b) {
        std::vector<Prefix> out;
        Prefix sum;
        for (int i = 0; i < b.bins; ++i) {
            const double c = b.positives[std::size_t(i)] + b.negatives[std::size_t(i)];
            if (c <= 0)
                continue;
            sum.count += c;
            sum.events += b.positives[std::size_t(i)];
            sum.risk += b.sumRisk[std::size_t(i)];
            out.push_back(sum);
        }
        return out;
    };
    // Each record's risk as the attacker computes it from its covariates and the released β.
    auto riskOf = [&](int row) {
        const double z = (m_table.number(row, "birth_weight_g") - 3300) / 600;
        return 1.0 / (1.0 + std::exp(-((*beta)[0] + (*beta)[1] * z)));
    };
    const std::vector<Prefix> base = prefixes(first->bins);
    for (int bins : { 999, 1001, 1013, 500, 10, 11, 100000 }) {
        const QString attack
            = QStringLiteral("evaluation of one final β on grids of %1 and %2 bins")
                  .arg(analysis::evaluationGridBins)
                  .arg(bins);
        const Reply other = m_node.post("/v1/evaluations", token, evaluationBody(jobId, bins));
        expectRefusedCode(attack, other, { QStringLiteral("invalid-bins") });
        std::optional<protocol::EvaluationResponse> second;
        if (other.released()) {
            if (auto decoded = protocol::fromJson<protocol::EvaluationResponse>(other.json))
                second = std::move(decoded).value();
        }
        if (!second)
            continue;
        // What the second grid gave away: a single record's outcome, named by its risk.
        for (const Prefix &a : base) {
            for (const Prefix &b : prefixes(second->bins)) {
                if (std::abs(b.count - a.count) != 1)
                    continue;
                const double risk = std::abs(b.risk - a.risk);
                const double outcome = std::abs(b.events - a.events);
                for (int row = 0; row < kRows; ++row) {
                    if (std::isnan(m_table.number(row, "birth_weight_g"))
                        || std::abs(riskOf(row) - risk) > 1e-9 * risk)
                        continue;
                    stillWorks(attack,
                               QStringLiteral("row %1 (risk %2) isolated, outcome %3 (CSV: %4)")
                                   .arg(row)
                                   .arg(risk, 0, 'g', 12)
                                   .arg(outcome)
                                   .arg(m_table.text(row, "dev_delay_2y")));
                }
            }
        }
    }
    // The masked path takes its grid from the manifest; tst_masked_evaluation refuses others.
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), token);
}

// ---- categories in disguise
// -------------------------------------------------------------------------

void tst_Attacks::finalStepSteeredToIndicator()
{
    // Own attack (task: the calibration study started at the fitted model). A study converges
    // when the summed deviance stops changing, and its final β is the last round's β plus one
    // more Newton step from the *summed* statistics (glmcoordinator.cpp: "one more Newton step
    // from the statistics already at hand"). A pinned colluding participant controls the sum: in
    // round 2 it makes the sum's step 0 (the node computes at the start again, gated), in
    // round 3 it keeps the deviance (converged) and makes XᵀWX = I and the score the distance
    // to a target, so the final β is the target — a β at which the node never computed round
    // statistics, so the round gate never saw it. Target: the indicator of the heavy child
    // (p = 0.9 for 6150 g, ≈ 0 for everybody else). What is released at a final β: an
    // evaluation (Σp, Σ(y − p)², bins: Σ(y − p)² − E would be the child's outcome), a
    // calibration study started at the fitted model (round 1 at lp = Xβ, intercept 0, slope 1:
    // XᵀWX and the score of the one child) and one started at 0. The first two must be refused
    // by the gate at that β (dominance), since no round gate saw it. (A per-site fit starts
    // from the last β the node computed a round at, not from the final β.)
    const QString token = m_tokens[QStringLiteral("dora")];
    const QString ds = QStringLiteral("final");
    const auto d = design("dev_delay_2y", analysis::Family::Binomial, { asIs("birth_weight_g") });
    const std::vector<double> target { -kHeavyWeight * 50 + 2.1972245773, 50 };
    const testsupport::FakeSite &puppet = colluder();
    protocol::StudyManifest manifest = testsupport::makeManifest(
        d, { self(), puppet.participant() }, {}, QStringLiteral("plain"));
    manifest.dataset = ds;
    manifest.fitNullModel = false;
    testsupport::StudySite site;
    Reply reply = openWithColluder(m_node, token, manifest, &site);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    // The colluder's statistics that make the sum's XᵀWX = I, its score `score` and its
    // deviance `deviance`, given the node's own.
    auto forge = [&](const protocol::SignedContribution &own, const std::vector<double> &score,
                     double deviance) {
        analysis::RoundStats fake = testsupport::steeringStats(*own.contribution.plain, score);
        fake.deviance = deviance - own.contribution.plain->deviance;
        protocol::Contribution forged = own.contribution;
        forged.site = puppet.name;
        forged.plain = fake;
        return puppet.sign(forged);
    };
    protocol::RoundRelay relay;
    relay.round = 1;
    reply = testsupport::relayRound(site, relay);
    const auto first = testsupport::contributionOf(reply);
    QVERIFY2(first && first->contribution.plain, qPrintable(reply.describe()));
    const double deviance = first->contribution.plain->deviance;
    // Round 2: a step of 0, so the node computes at the start again (and releases it: gated).
    relay.round = 2;
    relay.previous = { *first, forge(*first, { 0.0, 0.0 }, deviance) };
    reply = testsupport::relayRound(site, relay);
    const auto second = testsupport::contributionOf(reply);
    QVERIFY2(second && second->contribution.plain, qPrintable(reply.describe()));
    // Round 3: the same deviance (converged), and the last Newton step to the target.
    relay.round = 3;
    // The start of a full fit without the intercept-only fit is β = 0, so the step is the
    // target itself.
    relay.previous = { *second, forge(*second, target, deviance) };
    reply = testsupport::relayRound(site, relay);
    const auto third = testsupport::contributionOf(reply);
    QVERIFY2(third, qPrintable(reply.describe()));
    const bool converged = third->contribution.status == protocol::ContributionStatus::Converged;
    QVERIFY2(converged, qPrintable(reply.describe()));
    const std::vector<double> finalBeta = third->contribution.finalBeta;
    QCOMPARE(finalBeta.size(), std::size_t(2));
    qInfo("final β of the steered study: (%.10g, %.10g), target (%.10g, %.10g)", finalBeta[0],
          finalBeta[1], target[0], target[1]);
    note(QStringLiteral("study converged by its last Newton step at a chosen β"),
         QStringLiteral("converged at (%1, %2): the node never computed a round there")
             .arg(finalBeta[0], 0, 'g', 8)
             .arg(finalBeta[1], 0, 'g', 8));
    const QString studyHash = third->contribution.study;

    // (a) The evaluation at the final β.
    EXPECT_REFUSED(QStringLiteral("evaluation at a final β steered by the last step"),
                   m_node.post("/v1/evaluations", token, evaluationBody(site.jobId)), kDominance);
    // (a') The same evaluation by subgroup (sex): its cells are evaluated on their own, and the
    // girls' cell holds no heavy child — at the steered β the cohort's own evaluation, which
    // comes with the cells, must be gated first, and each cell at the β.
    {
        protocol::StudyEvaluationRequest bySex;
        bySex.purpose = QStringLiteral("research");
        bySex.jobId = site.jobId;
        bySex.subgroup = QStringLiteral("sex");
        EXPECT_REFUSED(
            QStringLiteral("evaluation by subgroup at a final β steered by the last step"),
            m_node.post("/v1/evaluations", token, protocol::canonicalJson(protocol::toJson(bySex))),
            kDominance);
    }
    // (b) Calibration studies of it, started at the fitted model and at 0: round 1.
    for (const bool atModel : { true, false }) {
        protocol::StudyManifest calibration
            = manifestFor(ds, d, protocol::JobKind::CalibrationSlope, studyHash);
        calibration.fitNullModel = false;
        calibration.startAtFittedModel = atModel;
        testsupport::StudySite cal { &m_node, token, {}, {}, {}, {}, {} };
        cal.info.name = self().name;
        Reply r = testsupport::openStudy(cal, calibration);
        if (r.status == 201) {
            protocol::SignatureRelay s;
            s.signatures = { { self().name, cal.manifestSignature } };
            r = testsupport::relaySignatures(cal, s);
            if (r.status == 200) {
                protocol::RoundRelay one;
                one.round = 1;
                r = testsupport::relayRound(cal, one);
            }
            (void)m_node.del(testsupport::jobPath(cal), token);
        }
        if (atModel) {
            EXPECT_REFUSED(QStringLiteral("calibration from the fitted model at a steered final β"),
                           r, kDominance);
        } else {
            // Round 1 at (0, 0) on (1, lp): p = ½ for every record, and lp is affine in birth
            // weight, so its XᵀWX and score are an affine image of those of an honest study of
            // dev_delay_2y ~ birth_weight_g at β = 0 (the round gate passes them as it would
            // pass those). Later rounds are steered rounds, under the round gate.
            note(QStringLiteral("calibration from 0 at a steered final β"),
                 r.status == 200 ? QStringLiteral("round 1 released: an affine image of an "
                                                  "honest round at 0 of the same design")
                                 : QStringLiteral("refused with %1").arg(r.code));
        }
    }
    (void)m_node.del(testsupport::jobPath(site), token);
}

void tst_Attacks::disguisedBinary_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("rules");
    const QString ds = QStringLiteral("disguise");
    const auto base = std::vector<analysis::Predictor> { asIs("gestational_age_weeks") };
    auto with = [&](std::vector<analysis::Predictor> extra) {
        auto all = base;
        all.insert(all.end(), extra.begin(), extra.end());
        return all;
    };
    // winsor(x, 6149, 6150) is 6150 for the heavy child and 6149 for all others.
    QTest::newRow("winsorise upper")
        << QStringLiteral("winsor(bw, 6149, 6150): one-child indicator")
        << jobBody(ds,
                   design("dev_delay_2y", analysis::Family::Binomial,
                          with({ winsor("birth_weight_g", 6149, 6150) })))
        << kMinCell + kBreakpointBound;
    QTest::newRow("winsorise lower")
        << QStringLiteral("winsor(bw, 350, 351): lower-tail indicator")
        << jobBody(ds,
                   design("dev_delay_2y", analysis::Family::Binomial,
                          with({ winsor("birth_weight_g", 350, 351) })))
        << kMinCell + kBreakpointBound;
    // scale() with a chosen centre and spread: the rare indicator becomes ±1.
    auto scaled = design("dev_delay_2y", analysis::Family::Binomial,
                         with({ transformed("rare_condition", analysis::Transform::Standardise) }));
    scaled.scaling["rare_condition"] = { 0.5, 0.5 };
    QTest::newRow("scale") << QStringLiteral("scale(rare) with chosen centre/spread: ±1")
                           << jobBody(ds, scaled) << kMinCell;
    auto skew = scaled;
    skew.scaling["rare_condition"] = { 0.37, 0.113 };
    QTest::newRow("scale skew") << QStringLiteral("scale(rare) with odd centre/spread")
                                << jobBody(ds, skew) << kMinCell;
    // ivf and twin are common; their product is 1 for one child.
    auto inter
        = design("dev_delay_2y", analysis::Family::Binomial, with({ asIs("ivf"), asIs("twin") }));
    inter.spec.interactions = { { "ivf", "twin" } };
    QTest::newRow("interaction") << QStringLiteral("interaction ivf:twin (one child)")
                                 << jobBody(ds, inter) << kMinCell;
    // A numeric × binary interaction: gestational age of the child with both indicators.
    auto inter2 = design("dev_delay_2y", analysis::Family::Binomial,
                         with({ winsor("birth_weight_g", 6149, 6150), asIs("ivf") }));
    inter2.spec.interactions = { { "birth_weight_g", "ivf" } };
    QTest::newRow("interaction winsor") << QStringLiteral("interaction winsor(bw):ivf")
                                        << jobBody(ds, inter2) << kMinCell + kBreakpointBound;
    // A Gaussian fit of the rare binary outcome: no outcome class is counted.
    QTest::newRow("gaussian outcome")
        << QStringLiteral("Gaussian fit of a binary outcome held by one child")
        << jobBody(ds,
                   design("rare_condition", analysis::Family::Gaussian,
                          { asIs("gestational_age_weeks"), asIs("parental_stress") }))
        << kMinCell;
    QTest::newRow("poisson outcome")
        << QStringLiteral("Poisson fit of a binary outcome held by one child")
        << jobBody(ds,
                   design("rare_condition", analysis::Family::Poisson,
                          { asIs("gestational_age_weeks") }))
        << kMinCell + QStringList { QStringLiteral("events-per-parameter") };
    // Own: a spline whose upper knots sit at the heavy child; the non-linear column is 0 for all
    // others.
    auto spline = design("dev_delay_2y", analysis::Family::Binomial,
                         with({ transformed("birth_weight_g", analysis::Transform::Spline, 3) }));
    spline.knots["birth_weight_g"] = { 6140, 6145, 6150 };
    QTest::newRow("spline knots") << QStringLiteral("rcs(bw, 3) with knots at the heavy child")
                                  << jobBody(ds, spline)
                                  << kMinCell + kDominance + kBreakpointBound;
    // Own: the outcome as I(bw > 6000).
    auto threshold
        = design("birth_weight_g", analysis::Family::Binomial, { asIs("gestational_age_weeks") });
    threshold.spec.outcome.threshold = 6000;
    QTest::newRow("outcome threshold") << QStringLiteral("outcome I(bw > 6000): one event")
                                       << jobBody(ds, threshold) << kMinCell + kBreakpointBound;
    // Own: the one-child municipality as the reference level of a factor.
    QTest::newRow("reference level")
        << QStringLiteral("factor(municipality, ref = the one-child level)") << QByteArray()
        << kMinCell; // filled in disguisedBinary (needs the catalogue's levels)
}

void tst_Attacks::disguisedBinary()
{
    QFETCH(QString, attack);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, rules);
    if (body.isEmpty()) {
        // The catalogue's municipality levels, the one-child level first as the reference.
        const Reply cat = m_node.get("/v1/catalogue?purpose=research&dataset=disguise",
                                     m_tokens[QStringLiteral("ann")]);
        QCOMPARE(cat.status, 200);
        std::vector<std::string> levels;
        for (const QJsonValue &v : cat.json.value(QStringLiteral("datasets"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("variables"))
                                       .toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString()
                == QStringLiteral("municipality"))
                for (const QJsonValue &l : v.toObject().value(QStringLiteral("levels")).toArray())
                    levels.push_back(
                        l.toObject().value(QStringLiteral("name")).toString().toStdString());
        }
        std::sort(levels.begin(), levels.end());
        QVERIFY(levels.size() >= 9);
        auto d = design(
            "dev_delay_2y", analysis::Family::Binomial,
            { asIs("gestational_age_weeks"), factor("municipality", kIslandName.toStdString()) });
        d.levels["municipality"] = levels;
        body = jobBody(QStringLiteral("disguise"), d);
    }
    const Reply r = m_node.post("/v1/jobs", m_tokens[QStringLiteral("ann")], body);
    EXPECT_REFUSED(attack, r, rules);
}

// ---- error oracles
// ----------------------------------------------------------------------------------

void tst_Attacks::errorOracles()
{
    // A one-record cohort. Two requests that differ only in whether the record's value fits them
    // (the same kind of design, the same metadata) must get the same answer: an answer that
    // depends on the value is an oracle to bisect with. Nothing may be released either way.
    const QString token = m_tokens[QStringLiteral("carl")];
    const QString ds = QStringLiteral("oracle");
    const analysis::Filter island = among("municipality", { kIslandName.toStdString() });
    // The ivf twin alone, by two yes/no filters (numeric bounds around one record are refused
    // before any of these rules: filter-bound).
    const std::vector<analysis::Filter> twin { among("ivf", { "1" }), among("twin", { "1" }) };
    const std::vector<analysis::Filter> islandOnly { island };
    auto ask = [&](analysis::ResolvedDesign d, const std::vector<analysis::Filter> &cohort) {
        for (const analysis::Filter &f : cohort)
            d.spec.filters.push_back(f);
        return m_node.post("/v1/jobs", token, jobBody(ds, d));
    };
    struct Probe {
        QString attack;
        analysis::ResolvedDesign a;
        std::vector<analysis::Filter> cohortA;
        analysis::ResolvedDesign b;
        std::vector<analysis::Filter> cohortB;
    };
    std::vector<Probe> probes;
    {
        // unknown-level: the same level list, without "high", on the island child (education
        // "high") and on the ivf twin ("low"): only the child's value tells them apart.
        auto d
            = design("dev_delay_2y", analysis::Family::Binomial, { factor("maternal_education") });
        d.levels["maternal_education"] = { "low", "middle" };
        probes.push_back({ QStringLiteral("oracle: unknown-level on a one-record cohort"), d,
                           islandOnly, d, twin });
    }
    {
        // invalid-value: log(breastfeeding_months) is 0 for the island child, 5 for the twin.
        const auto d = design("dev_delay_2y", analysis::Family::Binomial,
                              { transformed("breastfeeding_months", analysis::Transform::Log) });
        probes.push_back(
            { QStringLiteral("oracle: invalid-value (log of 0) on a one-record cohort"), d,
              islandOnly, d, twin });
    }
    {
        // not-binary: apgar_5min as a binomial outcome is 7 for the island child, 1 for the
        // twin.
        const auto d
            = design("apgar_5min", analysis::Family::Binomial, { asIs("gestational_age_weeks") });
        probes.push_back({ QStringLiteral("oracle: not-binary outcome on a one-record cohort"), d,
                           islandOnly, d, twin });
    }
    {
        // Own: bisection by an empty against a one-record cohort. Numeric bounds around the
        // value are refused before (filter-bound); by a yes/no filter: the island child has no
        // rare condition, so island + rare = 1 is empty and island + rare = 0 is the child.
        const auto d
            = design("dev_delay_2y", analysis::Family::Binomial, { asIs("gestational_age_weeks") });
        probes.push_back({ QStringLiteral("oracle: empty vs one-record cohort by a yes/no filter"),
                           d,
                           { island, among("rare_condition", { "1" }) },
                           d,
                           { island, among("rare_condition", { "0" }) } });
    }
    for (const Probe &probe : probes) {
        const Reply a = ask(probe.a, probe.cohortA);
        const Reply b = ask(probe.b, probe.cohortB);
        const QJsonObject ea = a.json.value(QStringLiteral("error")).toObject();
        const QJsonObject eb = b.json.value(QStringLiteral("error")).toObject();
        const bool same = a.status == b.status && a.code == b.code
            && ea.value(QStringLiteral("message")) == eb.value(QStringLiteral("message"))
            && ea.value(QStringLiteral("detail")) == eb.value(QStringLiteral("detail"));
        if (!same || a.released())
            stillWorks(probe.attack,
                       QStringLiteral("answers differ: %1 / %2").arg(a.describe(), b.describe()));
        else
            note(probe.attack, QStringLiteral("refused, same answer (%1)").arg(a.code));
    }
}

// ---- histogram tails
// --------------------------------------------------------------------------------

void tst_Attacks::histogramUpperTailBehindLowerTail()
{
    // ≥ 10 records below 2500 g hide the one above the last edge when the tails are added: two
    // edge sets whose totals differ by the records in [6000, 6200) give the heavy child away.
    const QString attack
        = QStringLiteral("histogram: upper tail behind >= 10 below the first edge");
    Describe d;
    d.dataset = QStringLiteral("tails");
    d.variables = { variable(QStringLiteral("birth_weight_g"),
                             { { 2500, 3500, 4500, 6000 }, { 2500, 3500, 4500, 6200 } }) };
    const Reply r
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("dora")], describeBody(d));
    QVERIFY2(r.status == 200 || r.rule, qPrintable(r.describe()));
    auto out = described(r);
    if (!out) {
        note(attack, QStringLiteral("refused with %1").arg(r.code));
        return;
    }
    const auto &h = out->numeric.front().histograms;
    QCOMPARE(h.size(), 2);
    // Totals of released counts within [2500, last edge); a withheld histogram counts nothing.
    double total[2] = { 0, 0 };
    bool sameStart = true;
    for (int i = 0; i < 2; ++i) {
        for (double c : h[i].counts)
            total[i] += c;
        sameStart = sameStart && !h[i].edges.empty() && h[i].edges.front() == 2500;
    }
    const bool both = !h[0].counts.empty() && !h[1].counts.empty();
    if (both && sameStart && total[1] - total[0] >= 1 && total[1] - total[0] < 10)
        stillWorks(attack, QStringLiteral("%1 record(s) in [6000, 6200)").arg(total[1] - total[0]));
    else
        note(attack, QStringLiteral("refused (tail withheld or merged)"));
}

void tst_Attacks::histogramWithheldStatusAsOracle()
{
    // Own attack: even when each tail must be 0 or ≥ 10 on its own, the node's answer differs
    // with the tail: a histogram withheld, or its last edge dropped, says 1–9 records lie above
    // the last edge. Bisection on the last edge then finds the maximum.
    const QString attack = QStringLiteral("histogram: tail status (withheld/edge dropped) bisects "
                                          "the maximum");
    double clean = 7000; // a last edge with nothing above it
    double dirty = 5600; // a last edge with 1–9 records above it
    int requests = 0;
    const QString token = m_tokens[QStringLiteral("dora")];
    while (clean - dirty > 1 && requests < 16) {
        const double t = std::floor((clean + dirty) / 2);
        Describe d;
        d.dataset = QStringLiteral("tails");
        d.variables = { variable(QStringLiteral("birth_weight_g"), { { 2500, 3500, 4500, t } }) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(d));
        ++requests;
        auto out = described(r);
        if (!out)
            break; // refused: the attack is stopped
        const auto &h = out->numeric.front().histograms.front();
        const bool asked = !h.counts.empty() && !h.edges.empty() && h.edges.back() == t;
        (asked ? clean : dirty) = t;
    }
    // The attacker's estimate of the maximum: it lies in [dirty, clean).
    const bool pinned = clean - dirty <= 1 && kHeavyWeight >= dirty && kHeavyWeight < clean + 1;
    if (pinned)
        stillWorks(attack,
                   QStringLiteral("maximum in [%1, %2] after %3 requests, planted %4")
                       .arg(dirty)
                       .arg(clean)
                       .arg(requests)
                       .arg(kHeavyWeight));
    else
        note(attack,
             QStringLiteral("refused (maximum not pinned: [%1, %2])").arg(dirty).arg(clean));
    // Closed by the node's own edges (analysis::latticeHistogram): the last released edge is a
    // lattice point with at least 10 records at or above it, whatever the request's last edge.
}

void tst_Attacks::histogramFirstEdgeBisectsMinimum()
{
    // Own attack: the lower tail's status (0 records below the first edge: the edge is kept; 1–9:
    // it is dropped) by bisection on the first edge gives the minimum birth weight.
    const QString attack = QStringLiteral("histogram: first edge bisects the minimum");
    double clean = 0; // nothing below
    double dirty = 400; // 1–9 records below
    int requests = 0;
    const QString token = m_tokens[QStringLiteral("rita")];
    while (dirty - clean > 1 && requests < 16) {
        const double t = std::floor((clean + dirty) / 2);
        Describe d;
        d.dataset = QStringLiteral("hist");
        d.variables = { variable(QStringLiteral("birth_weight_g"), { { t, 2500, 4500, 7000 } }) };
        const Reply r = m_node.post("/v1/descriptives", token, describeBody(d));
        ++requests;
        auto out = described(r);
        if (!out)
            break;
        const auto &h = out->numeric.front().histograms.front();
        const bool kept = !h.counts.empty() && !h.edges.empty() && h.edges.front() == t;
        (kept ? clean : dirty) = t;
    }
    if (dirty - clean <= 1 && kLightWeight > clean - 1 && kLightWeight <= dirty)
        stillWorks(attack,
                   QStringLiteral("minimum in [%1, %2] after %3 requests, planted %4")
                       .arg(clean)
                       .arg(dirty)
                       .arg(requests)
                       .arg(kLightWeight));
    else
        note(attack,
             QStringLiteral("refused (minimum not pinned: [%1, %2])").arg(clean).arg(dirty));
}

void tst_Attacks::histogramInnerEdgeShiftedByOneRecord()
{
    // Own attack: two histograms whose one inner edge moves by half a gram across a birth weight
    // held by few records; with both tails empty nothing is dropped, and the first bin's counts
    // differ by the records at exactly that weight. Bisection on the inner edge gives every
    // record's birth weight (the cohort's sorted values).
    const QString attack = QStringLiteral("histogram: inner edge moved across one record");
    std::map<double, int> weights;
    for (int row = 0; row < kRows; ++row) {
        const double w = m_table.number(row, "birth_weight_g");
        if (!std::isnan(w))
            ++weights[w];
    }
    // The 30th smallest weight held by the fewest records among the 20th to the 40th.
    double target = 0;
    int fewest = kRows;
    int seen = 0;
    for (const auto &[w, n] : weights) {
        seen += n;
        if (seen >= 20 && seen <= 60 && n < fewest) {
            fewest = n;
            target = w;
        }
    }
    QVERIFY(fewest < 10);
    const QString token = m_tokens[QStringLiteral("rita")];
    Describe d;
    d.dataset = QStringLiteral("hist");
    d.variables = { variable(QStringLiteral("birth_weight_g"),
                             { { 0, target - 0.5, 7000 }, { 0, target + 0.5, 7000 } }) };
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(d));
    auto out = described(r);
    if (!out) {
        note(attack, QStringLiteral("refused with %1").arg(r.code));
        return;
    }
    const auto &h = out->numeric.front().histograms;
    QCOMPARE(h.size(), 2);
    // The released counts below each edge set's inner edge.
    auto below = [](const protocol::ReleasedHistogram &x, double edge) -> std::optional<double> {
        double n = 0;
        for (std::size_t i = 0; i + 1 < x.edges.size(); ++i) {
            if (x.edges[i + 1] <= edge)
                n += x.counts[i];
        }
        if (std::find(x.edges.begin(), x.edges.end(), edge) == x.edges.end()
            || x.edges.front() != 0)
            return std::nullopt;
        return n;
    };
    const auto a = below(h[0], target - 0.5);
    const auto b = below(h[1], target + 0.5);
    if (a && b && *b - *a >= 1 && *b - *a < 10)
        stillWorks(attack,
                   QStringLiteral("%1 record(s) weigh exactly %2 g (true: %3)")
                       .arg(*b - *a)
                       .arg(target)
                       .arg(fewest));
    else
        note(attack, QStringLiteral("refused (no difference of a few records)"));
}

// ---- differencing
// -----------------------------------------------------------------------------------

namespace {

// n·mean of the first numeric variable of a released description.
std::optional<std::pair<double, double>> countAndSum(const Reply &reply)
{
    auto out = described(reply);
    if (!out || out->numeric.isEmpty())
        return std::nullopt;
    const auto &m = out->numeric.front().moments;
    return std::make_pair(m.count, m.count * m.mean);
}

} // namespace

void tst_Attacks::differencingThreeCohorts()
{
    // C1 = bw ≥ 4000, C2 = [4000, 4199.5], C3 = [4200, 6100]: every pair differs by ≥ 10 records,
    // yet C1 − C2 − C3 is the heavy child, whose parental stress the sums give.
    const QString attack = QStringLiteral("differencing: three cohorts of one user");
    const QString token = m_tokens[QStringLiteral("ann")];
    auto ask = [&](double lo, std::optional<double> hi) {
        Describe d;
        d.dataset = QStringLiteral("diff3");
        d.filters = { range("birth_weight_g", lo, hi) };
        d.completeCases = { QStringLiteral("parental_stress") };
        d.variables = { variable(QStringLiteral("parental_stress")) };
        return m_node.post("/v1/descriptives", token, describeBody(d));
    };
    const Reply c1 = ask(4000, std::nullopt);
    QVERIFY2(c1.status == 200,
             qPrintable(QStringLiteral("C1 is an ordinary cohort: ") + c1.describe()));
    const Reply c2 = ask(4000, 4199.5);
    const Reply c3 = ask(4200, 6100);
    const auto s1 = countAndSum(c1), s2 = countAndSum(c2), s3 = countAndSum(c3);
    if (s1 && s2 && s3) {
        stillWorks(attack,
                   QStringLiteral("n = %1, parental stress %2 (planted %3)")
                       .arg(s1->first - s2->first - s3->first)
                       .arg(s1->second - s2->second - s3->second)
                       .arg(kHeavyStress));
        return;
    }
    // Since filter-bound, C2 and C3 cannot be asked (4199.5 and 6100 are not edges of the node's
    // histogram of birth weight); with edges only, no C3 leaves out just the heavy child.
    EXPECT_REFUSED(attack, c2.released() ? c3 : c2, kDifferencing + kFilterBound);
}

void tst_Attacks::differencingTwoUsers()
{
    // The same pair of cohorts by two user names: bw ≥ 4000 and bw in [4000, 6100].
    const QString attack = QStringLiteral("differencing: two user names (two tokens)");
    Describe d;
    d.dataset = QStringLiteral("diff2");
    d.completeCases = { QStringLiteral("parental_stress") };
    d.variables = { variable(QStringLiteral("parental_stress")) };
    d.filters = { range("birth_weight_g", 4000, std::nullopt) };
    const Reply a
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")], describeBody(d));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    d.filters = { range("birth_weight_g", 4000, 6100) };
    const Reply b
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("bob")], describeBody(d));
    const auto sa = countAndSum(a), sb = countAndSum(b);
    if (sa && sb) {
        stillWorks(attack,
                   QStringLiteral("n = %1, parental stress %2 (planted %3)")
                       .arg(sa->first - sb->first)
                       .arg(sa->second - sb->second)
                       .arg(kHeavyStress));
        return;
    }
    EXPECT_REFUSED(attack, b, kDifferencing + kFilterBound);
}

void tst_Attacks::differencingTwoPurposes()
{
    // Own attack: one child consented to research but not to quality work. The same cohort asked
    // for under each purpose (two tokens, one purpose each) differs by that child.
    const QString attack
        = QStringLiteral("differencing: two purposes (consent differs by one child)");
    Describe d;
    d.dataset = QStringLiteral("purpose");
    d.completeCases = { QStringLiteral("parental_stress") };
    d.variables = { variable(QStringLiteral("parental_stress")) };
    d.purpose = QStringLiteral("research");
    const Reply a
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("rita")], describeBody(d));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    d.purpose = QStringLiteral("quality");
    const Reply b
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("quinn")], describeBody(d));
    const auto sa = countAndSum(a), sb = countAndSum(b);
    if (sa && sb) {
        stillWorks(attack,
                   QStringLiteral("n = %1, parental stress %2 (planted %3)")
                       .arg(sa->first - sb->first)
                       .arg(sa->second - sb->second)
                       .arg(kNoQualityStress));
        return;
    }
    EXPECT_REFUSED(attack, b, kDifferencing);
}

void tst_Attacks::cohortSizeUndoesSuppressedCell()
{
    // The island's count (1) is withheld together with the next smallest level; the exact cohort
    // size of that other level alone gives the island's count back.
    const QString attack = QStringLiteral("exact cohort size undoes a suppressed cell");
    const QString token = m_tokens[QStringLiteral("ann")];
    Describe d;
    d.dataset = QStringLiteral("cells");
    d.variables = { variable(QStringLiteral("municipality")) };
    const Reply all = m_node.post("/v1/descriptives", token, describeBody(d));
    QVERIFY2(all.status == 200, qPrintable(all.describe()));
    auto out = described(all);
    QVERIFY(out);
    double releasedSum = 0;
    QStringList withheld;
    for (const auto &level : out->categorical.front().levels) {
        if (level.count)
            releasedSum += double(*level.count);
        else
            withheld << level.name;
    }
    QVERIFY2(withheld.contains(kIslandName), "the one-child level was released");
    withheld.removeAll(kIslandName);
    QVERIFY(!withheld.isEmpty());
    Describe other = d;
    other.variables.clear();
    other.filters = { among("municipality", { withheld.first().toStdString() }) };
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(other));
    if (r.status == 200) {
        stillWorks(attack,
                   QStringLiteral("the island's withheld count is %1")
                       .arg(double(out->cohortSize) - releasedSum
                            - r.json.value(QStringLiteral("cohort_size")).toDouble()));
        return;
    }
    EXPECT_REFUSED(attack, r, kDifferencing);
}

void tst_Attacks::marginalsUndoSuppressedTwoWayTable()
{
    // ann's municipality × sex table withholds the island's row. Her exact sex counts on all
    // children, a fully released row L of her table, and bob's sex counts on all children but the
    // island and L (a complement of ≥ 10, so no subset rule stops it) give the island child's sex.
    const QString attack = QStringLiteral("marginals of two users undo a suppressed two-way table");
    Describe d;
    d.dataset = QStringLiteral("table2");
    d.variables = { variable(QStringLiteral("sex")) };
    d.tables = { { QStringLiteral("municipality"), QStringLiteral("sex") } };
    const Reply a
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("ann")], describeBody(d));
    QVERIFY2(a.status == 200, qPrintable(a.describe()));
    auto table = described(a);
    QVERIFY(table && table->tables.size() == 1 && table->categorical.size() == 1);
    const protocol::ReleasedTable &t = table->tables.front();
    QCOMPARE(t.columnLevels, QStringList({ QStringLiteral("female"), QStringLiteral("male") }));
    QString fullRow;
    double fullRowFemale = 0;
    std::vector<std::string> others;
    for (qsizetype i = 0; i < t.rowLevels.size(); ++i) {
        const bool released = t.counts[2 * i] && t.counts[2 * i + 1];
        if (fullRow.isEmpty() && released && t.rowLevels[i] != kIslandName) {
            fullRow = t.rowLevels[i];
            fullRowFemale = double(*t.counts[2 * i]);
        } else if (t.rowLevels[i] != kIslandName) {
            others.push_back(t.rowLevels[i].toStdString());
        }
    }
    QVERIFY(!fullRow.isEmpty());
    const auto &sexAll = table->categorical.front().levels;
    QVERIFY(sexAll.size() == 2 && sexAll[0].count);
    Describe b = d;
    b.tables.clear();
    b.filters = { among("municipality", others) };
    const Reply r
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("bob")], describeBody(b));
    if (auto rest = described(r); rest && rest->categorical.front().levels[0].count) {
        const double islandFemale = double(*sexAll[0].count) - fullRowFemale
            - double(*rest->categorical.front().levels[0].count);
        stillWorks(attack,
                   QStringLiteral("girls in the island: %1 (of 1 child; planted %2)")
                       .arg(islandFemale)
                       .arg(m_table.text(kIsland, "sex")));
        return;
    }
    EXPECT_REFUSED(attack, r, kDifferencing);
}

void tst_Attacks::wholeNumbersAcrossPurposes()
{
    // Own attack (issue 17's catalogue flag): `whole_numbers` said whether every value of the
    // records consented for the purpose is whole. The catalogues of two purposes differ by the
    // records whose consent differs — here one child (research, not quality), the only one with
    // a maternal age of 31.5. Research says "not whole", quality says "whole": the child's age
    // is not a whole number, an attribute of one record that the ledger refuses to release as a
    // difference of two descriptions (differencingTwoPurposes). Closed by the flag being a
    // property of the imported column (all its records, as the histogram lattice's step), the
    // same for every purpose.
    const QString attack = QStringLiteral("whole_numbers of two purposes (consent differs by one "
                                          "child)");
    auto flag = [&](const QString &purpose) -> std::optional<bool> {
        const Reply cat
            = m_node.get("/v1/catalogue?purpose=" + purpose.toStdString() + "&dataset=cohort",
                         m_tokens[QStringLiteral("ann")]);
        if (cat.status != 200)
            return std::nullopt;
        const auto decoded = protocol::fromJson<protocol::Catalogue>(cat.json);
        if (!decoded || decoded->datasets.isEmpty())
            return std::nullopt;
        for (const protocol::CatalogueVariable &v : decoded->datasets.front().variables) {
            if (v.name == QStringLiteral("maternal_age"))
                return v.wholeNumbers;
        }
        return std::nullopt;
    };
    const auto research = flag(QStringLiteral("research"));
    const auto quality = flag(QStringLiteral("quality"));
    QVERIFY2(research && quality, "both catalogues list maternal_age");
    if (*research != *quality)
        stillWorks(attack,
                   QStringLiteral("research: whole %1, quality: whole %2 — the child without "
                                  "quality consent has a maternal age that is not whole")
                       .arg(*research)
                       .arg(*quality));
    else
        note(attack, QStringLiteral("the same flag for both purposes (%1)").arg(*research));
    // The flag is over the records consented for every purpose: the child's 31.5 is not in it.
    QVERIFY(*research);
}

void tst_Attacks::catalogueRoundingAcrossPurposes()
{
    // Own attack (red team, December 2026): the catalogue's counts are rounded to 10 per purpose
    // over the records consented for it. The research and the quality catalogue differ by the
    // one child who consents to research only, so a level's rounded count differs exactly when
    // that child is in the level and its quality count ends in 4 (…4 rounds down, …5 up). Every
    // level (and every variable's present count) is one such chance: where the rounded counts
    // differ, the child's level is read off.
    const QString attack = QStringLiteral("catalogue rounding of two purposes (consent differs by "
                                          "one child)");
    auto catalogue = [&](const QString &purpose) -> std::optional<protocol::CatalogueDataset> {
        const Reply cat
            = m_node.get("/v1/catalogue?purpose=" + purpose.toStdString() + "&dataset=cohort",
                         m_tokens[QStringLiteral("ann")]);
        const auto decoded = protocol::fromJson<protocol::Catalogue>(cat.json);
        if (cat.status != 200 || !decoded || decoded->datasets.isEmpty())
            return std::nullopt;
        return decoded->datasets.front();
    };
    const auto research = catalogue(QStringLiteral("research"));
    const auto quality = catalogue(QStringLiteral("quality"));
    QVERIFY2(research && quality, "both catalogues");
    QStringList revealed, wrong;
    for (const protocol::CatalogueVariable &r : research->variables) {
        for (const protocol::CatalogueVariable &q : quality->variables) {
            if (q.name != r.name)
                continue;
            if (std::find(m_table.header.begin(), m_table.header.end(), r.name.toStdString())
                == m_table.header.end())
                continue;
            const QString truth = m_table.text(kNoQuality, r.name.toUtf8().constData());
            if (r.count != q.count)
                (truth.isEmpty() ? wrong : revealed) << QStringLiteral("%1 present").arg(r.name);
            for (const protocol::CatalogueLevel &lr : r.levels) {
                for (const protocol::CatalogueLevel &lq : q.levels) {
                    if (lq.name != lr.name || lq.count == lr.count)
                        continue;
                    (truth == lr.name ? revealed : wrong)
                        << QStringLiteral("%1 = %2").arg(r.name, lr.name);
                }
            }
        }
    }
    qInfo("levels told by the rounding: %s; not the child's: %s",
          qPrintable(revealed.join(QStringLiteral(", "))),
          qPrintable(wrong.join(QStringLiteral(", "))));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
    if (!revealed.isEmpty())
        stillWorks(attack,
                   QStringLiteral("the child's %1").arg(revealed.join(QStringLiteral(", "))));
    else
        note(attack, QStringLiteral("no rounded count differs"));
}

void tst_Attacks::oneRecordByNumericBounds()
{
    const QString token = m_tokens[QStringLiteral("carl")];
    const auto d = [](std::vector<analysis::Filter> filters) {
        return design("dev_delay_2y", analysis::Family::Binomial,
                      { asIs("gestational_age_weeks"), asIs("birth_weight_g") },
                      std::move(filters));
    };
    // The heavy child alone by bounds on birth weight.
    const Reply one = m_node.post(
        "/v1/jobs", token,
        jobBody(QStringLiteral("bounds"), d({ range("birth_weight_g", 6100, 7000) })));
    EXPECT_REFUSED(QStringLiteral("filter bounds selecting one record"), one,
                   kMinCohort + kFilterBound);
    // Everybody (birth weight is in the design: complete cases), then everybody but the heavy
    // child: the two jobs differ by that child alone.
    const Reply all = m_node.post("/v1/jobs", token, jobBody(QStringLiteral("bounds"), d({})));
    QVERIFY2(all.status == 201, qPrintable(all.describe()));
    const Reply allButOne
        = m_node.post("/v1/jobs", token,
                      jobBody(QStringLiteral("bounds"), d({ range("birth_weight_g", 0, 6100) })));
    EXPECT_REFUSED(QStringLiteral("filter bounds: all vs all-but-one, one user"), allButOne,
                   kMinSubset + kDifferencing + kFilterBound
                       + QStringList { QStringLiteral("overlap") });
}

void tst_Attacks::transformBoundsDifferenced()
{
    // Own attack (docs/privacy-rules.md, known limits): two designs whose winsorised birth weight
    // differs only at the heavy child (as is, and capped at 6149 g, one gram below it). Each
    // design passes every rule on its own (the capped column is continuous; the cohort is the
    // same), but XᵀX of the two differ by that child's row: the (bw, ga) entries by 1 g × its
    // gestational age, the (bw, 1) entries by 1 g × its weight.
    const QString attack = QStringLiteral("winsor bounds one record apart, differenced");
    const QString token = m_tokens[QStringLiteral("eve")];
    const auto plain = design("dev_delay_2y", analysis::Family::Binomial,
                              { asIs("birth_weight_g"), asIs("gestational_age_weeks") });
    const auto capped
        = design("dev_delay_2y", analysis::Family::Binomial,
                 { winsor("birth_weight_g", 0, kHeavyWeight - 1), asIs("gestational_age_weeks") });
    const Reply first = roundOne(token, QStringLiteral("winsor"), plain);
    const Reply second
        = roundOne(m_tokens[QStringLiteral("gina")], QStringLiteral("winsor"), capped);
    const auto a = roundStats(first);
    const auto b = roundStats(second);
    if (a && b) {
        const double ga = (upper(*a, 1, 2) - upper(*b, 1, 2)) / (upper(*a, 0, 1) - upper(*b, 0, 1));
        if (std::abs(ga - kHeavyGestation) < 0.05)
            stillWorks(attack,
                       QStringLiteral("gestational age %1, planted %2")
                           .arg(ga, 0, 'f', 3)
                           .arg(kHeavyGestation));
        else
            note(attack, QStringLiteral("released, no record recovered (%1)").arg(ga));
        return;
    }
    // Since the rule breakpoint-bound the capped design is refused before the ledger sees it
    // (6149 is no edge of the node's histogram; nor is 0).
    EXPECT_REFUSED(attack, a ? second : first, kDifferencing + kBreakpointBound);
}

void tst_Attacks::filterRefusalBisectsMaximum()
{
    // Own attack (was a known open limit): a filter bw <= t was refused (min-subset or
    // differencing) exactly when it left out 1-9 records with a birth weight, and released when
    // it left out none; bisection on t gave the maximum to 1 g in 11 requests. Closed by the rule
    // filter-bound: a bound must be an edge of the node's histogram of birth weight over the
    // consented records, and a maximum not its highest edge, so every allowed bound leaves out
    // at least 10 records and whether a filter passes depends only on that histogram.
    const QString attack = QStringLiteral("refusal of a filter bw <= t bisects the maximum");
    const QString token = m_tokens[QStringLiteral("gina")];
    auto ask = [&](const analysis::Filter &filter) {
        Describe d;
        d.dataset = QStringLiteral("filter");
        d.filters = { filter };
        d.variables = { variable(QStringLiteral("gestational_age_weeks")) };
        return m_node.post("/v1/descriptives", token, describeBody(d));
    };
    auto askMaximum = [&](double t) {
        return ask(range("birth_weight_g", std::nullopt, t));
    };
    const QStringList codes = bisectHeavyChild(attack, askMaximum);
    QCOMPARE(codes, kFilterBound);

    // The refusal itself: one gram below and above the heavy child, naming the same allowed bounds.
    QString text;
    sameRefusalAroundHeavyChild(attack, askMaximum, QStringLiteral("filter-bound"), &text);
    if (QTest::currentTestFailed())
        return;
    // The largest maximum the node names: an attacker who follows the message and bisects over
    // allowed bounds only. Every allowed maximum leaves out >= 10 records, so none gives a bit
    // about the heavy child.
    std::optional<double> largest;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        QString w = word;
        w.remove(QLatin1Char('.'));
        bool ok = false;
        const double v = w.toDouble(&ok);
        if (ok && v != kHeavyWeight + 1 && (!largest || v > *largest))
            largest = v;
    }
    QVERIFY2(largest, qPrintable(text));
    const Reply atLargest = ask(range("birth_weight_g", std::nullopt, *largest));
    QVERIFY2(atLargest.status == 200, qPrintable(atLargest.describe()));
    int heavier = 0;
    for (int row = 0; row < kRows; ++row)
        heavier += m_table.number(row, "birth_weight_g") > *largest ? 1 : 0;
    QVERIFY2(heavier >= 10, qPrintable(QStringLiteral("%1 left out").arg(heavier)));
    note(attack + QStringLiteral(": bisecting over allowed bounds"),
         QStringLiteral("refused: the largest allowed maximum %1 leaves out %2 records")
             .arg(*largest)
             .arg(heavier));

    // The same by a list of values (every gram up to t): a numeric variable is filtered by bounds
    // only.
    std::vector<std::string> grams;
    for (int g = 5600; g <= int(kHeavyWeight); ++g)
        grams.push_back(std::to_string(g));
    analysis::Filter list;
    list.variable = "birth_weight_g";
    list.values = grams;
    EXPECT_REFUSED(QStringLiteral("a list of birth weights selects single records"), ask(list),
                   kFilterBound);

    // Honest work still passes: a filter at an edge the node names.
    analysis::Filter honest = range("birth_weight_g", 2500, std::nullopt);
    const Reply ordinary = ask(honest);
    if (ordinary.released())
        note(QStringLiteral("honest filter bw >= 2500"), QStringLiteral("released"));
    else
        failures()
            << QStringLiteral("honest filter bw >= 2500 refused: %1").arg(ordinary.describe());
}

namespace {

// A one-record change of the cohort's rows behind every statistic: the complete cases of these
// variables among the records with research consent.
bool completeRow(const std::vector<std::string> &header, const std::vector<std::string> &cells,
                 std::initializer_list<const char *> variables)
{
    auto cell = [&](const char *name) -> const std::string & {
        return cells[std::size_t(std::find(header.begin(), header.end(), name) - header.begin())];
    };
    if (cell("consent_research") != "1")
        return false;
    for (const char *v : variables) {
        if (cell(v).empty() || cell(v) == "NA")
            return false;
    }
    return true;
}

} // namespace

void tst_Attacks::breakpointAcrossCohorts()
{
    // Own attack on the breakpoint ledger (docs/privacy-rules.md "Breakpoints"): the same winsor
    // bound b on two cohorts that differ by a group A of >= 10 records (the heavy child's
    // municipality, within its sex and maternal education where needed), with b just below the
    // heavy child and above every other record of A. Each winsorised design has >= 10 records
    // beyond b, and the two cohorts differ by >= 10 records; but (plain - winsorised) on C minus
    // the same on C \ A is the heavy child's row times (bw - b): its gestational age comes out.
    const QString attack = QStringLiteral("one winsor bound on two cohorts a group apart");
    // A level as the catalogue names it (the CSV quotes some).
    auto level = [this](int row) {
        return m_table.text(row, "municipality").remove(QLatin1Char('"'));
    };
    const QString municipality = level(kHeavy);
    QVERIFY(!municipality.isEmpty() && municipality != QStringLiteral("NA"));
    QVERIFY2(completeRow(m_table.header, m_table.cells[std::size_t(kHeavy)],
                         { "birth_weight_g", "gestational_age_weeks", "parental_stress" }),
             "the heavy child is in the cohort");
    // C: the complete cases within the heavy child's sex and maternal education (or not),
    // C \ A: those of another municipality. The first narrowing whose A has >= 10 records and
    // whose bound (the heaviest of A but the heavy child) leaves >= 10 of C beyond it.
    // The models are of parental stress (Gaussian, no score of 0): two fits of the binary
    // outcome whose cohorts differ by A are refused already when A holds 1-9 children with a
    // delay (the outcome's event ledger, eventSumsOfAGroupsOnlyEvent), which would leave the
    // breakpoint ledger untested here.
    const char *complete[] = { "birth_weight_g", "gestational_age_weeks", "parental_stress" };
    auto completeCase = [&](int row) {
        return completeRow(m_table.header, m_table.cells[std::size_t(row)],
                           { complete[0], complete[1], complete[2] });
    };
    double bound = 0;
    int beyond = 0;
    std::vector<analysis::Filter> narrowing;
    QStringList others;
    bool found = false;
    for (int narrow = 0; narrow < 4 && !found; ++narrow) {
        const bool bySex = narrow & 1, byEducation = narrow & 2;
        auto inC = [&](int row) {
            return completeCase(row)
                && (!bySex || m_table.text(row, "sex") == m_table.text(kHeavy, "sex"))
                && (!byEducation
                    || m_table.text(row, "maternal_education")
                        == m_table.text(kHeavy, "maternal_education"));
        };
        bound = 0;
        beyond = 0;
        int inA = 0, outsideA = 0;
        others.clear();
        for (int row = 0; row < kRows; ++row) {
            if (!inC(row))
                continue;
            const QString m = level(row);
            if (m.isEmpty() || m == QStringLiteral("NA"))
                continue; // the municipality filter leaves them out of both cohorts
            if (m != municipality) {
                ++outsideA;
                if (!others.contains(m))
                    others << m;
            } else {
                ++inA;
                if (row != kHeavy)
                    bound = std::max(bound, m_table.number(row, "birth_weight_g"));
            }
        }
        for (int row = 0; row < kRows; ++row) {
            const QString m = level(row);
            if (inC(row) && !m.isEmpty() && m != QStringLiteral("NA")
                && m_table.number(row, "birth_weight_g") > bound)
                ++beyond;
        }
        found = inA >= 10 && outsideA >= 60 && beyond >= 10;
        narrowing.clear();
        if (bySex)
            narrowing.push_back(among("sex", { m_table.text(kHeavy, "sex").toStdString() }));
        if (byEducation)
            narrowing.push_back(
                among("maternal_education",
                      { m_table.text(kHeavy, "maternal_education").toStdString() }));
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 beyond %2").arg(beyond).arg(bound)));
    std::vector<std::string> allLevels { municipality.toStdString() };
    std::vector<std::string> otherLevels;
    for (const QString &m : others) {
        otherLevels.push_back(m.toStdString());
        allLevels.push_back(m.toStdString());
    }
    std::vector<analysis::Filter> withA = narrowing;
    withA.push_back(among("municipality", allLevels));
    std::vector<analysis::Filter> withoutA = narrowing;
    withoutA.push_back(among("municipality", otherLevels));
    const auto plain = [&](std::vector<analysis::Filter> filters) {
        return design("parental_stress", analysis::Family::Gaussian,
                      { asIs("birth_weight_g"), asIs("gestational_age_weeks") },
                      std::move(filters));
    };
    const auto capped = [&](std::vector<analysis::Filter> filters) {
        return design("parental_stress", analysis::Family::Gaussian,
                      { winsor("birth_weight_g", 0, bound), asIs("gestational_age_weeks") },
                      std::move(filters));
    };
    const QString ds = QStringLiteral("breaks");
    const QString token = m_tokens[QStringLiteral("rita")];
    // The same with a spline's last knot at b (a knot need only lie within the node's histogram,
    // so b can pass breakpoint-bound): the breakpoint ledger must refuse the second cohort.
    {
        const QString knotAttack = attack + QStringLiteral(" (spline knot)");
        auto knotted = [&](std::vector<analysis::Filter> filters) {
            auto d = design("parental_stress", analysis::Family::Gaussian,
                            { transformed("birth_weight_g", analysis::Transform::Spline, 3),
                              asIs("gestational_age_weeks") },
                            std::move(filters));
            d.knots["birth_weight_g"] = { 2500, 3500, bound };
            return d;
        };
        const Reply all = roundOne(token, ds, knotted(withA));
        if (!all.released()) {
            EXPECT_REFUSED(knotAttack, all, kDifferencing + kBreakpointBound);
        } else {
            const Reply withoutHeavy
                = roundOne(m_tokens[QStringLiteral("gina")], ds, knotted(withoutA));
            EXPECT_REFUSED(knotAttack, withoutHeavy, kDifferencing);
        }
    }
    const Reply plainAll = roundOne(token, ds, plain(withA));
    const Reply plainWithoutA = roundOne(token, ds, plain(withoutA));
    const Reply cappedAll = roundOne(token, ds, capped(withA));
    QVERIFY2(plainAll.status == 200 && plainWithoutA.status == 200,
             qPrintable(plainAll.describe() + QLatin1Char(' ') + plainWithoutA.describe()));
    // The node before the breakpoint ledger refused already the first winsorised design (its
    // records beyond b split the atom A); now the first passes and the second is refused.
    if (!cappedAll.released()) {
        // Since the rule breakpoint-bound: refused before the ledger (b and 0 are no edges).
        EXPECT_REFUSED(attack, cappedAll, kDifferencing + kBreakpointBound);
        return;
    }
    const Reply cappedWithoutA = roundOne(m_tokens[QStringLiteral("gina")], ds, capped(withoutA));
    const auto a = roundStats(plainAll), b = roundStats(cappedAll);
    const auto c = roundStats(plainWithoutA), d = roundStats(cappedWithoutA);
    if (a && b && c && d) {
        auto diff = [&](int i, int j) {
            return (upper(*a, i, j) - upper(*b, i, j)) - (upper(*c, i, j) - upper(*d, i, j));
        };
        const double ga = diff(1, 2) / diff(0, 1);
        if (std::abs(ga - kHeavyGestation) < 0.05)
            stillWorks(attack,
                       QStringLiteral("gestational age %1, planted %2")
                           .arg(ga, 0, 'f', 3)
                           .arg(kHeavyGestation));
        else
            note(attack, QStringLiteral("released, no record recovered (%1)").arg(ga));
        return;
    }
    EXPECT_REFUSED(attack, cappedWithoutA, kDifferencing);
}

void tst_Attacks::splineAfterOtherFits()
{
    // Honest work (docs/privacy-rules.md "Breakpoints", the stop of tst_federatedrun's spline):
    // two models whose complete cases differ by the records without an Apgar score (an atom of
    // the ledger of some 60 records), then a spline of gestational age on all records. Its
    // outer knots leave 1-9 of that atom's records beyond (or before) them; when the records
    // beyond a knot were a cohort of the dataset's ledger, that split refused the spline
    // (differencing) although no release isolates them.
    // The models are of birth weight (Gaussian, no record at 0 g): two fits of one 0/1 outcome
    // whose cohorts differ by a group with 1-9 events are refused by the outcome's event ledger
    // (the difference of their Xᵀy or first-round scores is Σ x over those events,
    // docs/privacy-rules.md "Event sums, and a group's joint cells", eventSumsOfAGroupsOnlyEvent),
    // and the records without an Apgar score hold a few children with a delay.
    const QString ds = QStringLiteral("knots");
    const QString token = m_tokens[QStringLiteral("dora")];
    const Reply first = roundOne(token, ds,
                                 design("birth_weight_g", analysis::Family::Gaussian,
                                        { asIs("gestational_age_weeks"), asIs("apgar_5min") }));
    QVERIFY2(first.status == 200, qPrintable(first.describe()));
    const Reply second = roundOne(
        token, ds,
        design("birth_weight_g", analysis::Family::Gaussian, { asIs("gestational_age_weeks") }));
    QVERIFY2(second.status == 200, qPrintable(second.describe()));
    // Knots at the 5, 35, 65 and 95 % quantiles of the cohort's gestational ages, each at the
    // nearest edge of the node's histogram (what the client takes from the sites' histograms).
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("gestational_age_weeks"));
    QVERIFY2(edges.size() > 4, "the node's edges of gestational age");
    std::vector<double> ages;
    int withoutApgar = 0;
    for (int row = 0; row < kRows; ++row) {
        if (!completeRow(m_table.header, m_table.cells[std::size_t(row)],
                         { "gestational_age_weeks", "birth_weight_g" }))
            continue;
        ages.push_back(m_table.number(row, "gestational_age_weeks"));
        const double apgar = m_table.number(row, "apgar_5min");
        withoutApgar += std::isnan(apgar) ? 1 : 0;
    }
    QVERIFY2(withoutApgar >= 10, "the atom of the records without an Apgar score");
    std::sort(ages.begin(), ages.end());
    std::vector<double> knots;
    for (double q : analysis::defaultKnotQuantiles(4))
        knots.push_back(nearestEdge(edges, ages[std::size_t(q * double(ages.size() - 1))]));
    auto spline = design("birth_weight_g", analysis::Family::Gaussian,
                         { transformed("gestational_age_weeks", analysis::Transform::Spline, 4) });
    spline.knots["gestational_age_weeks"] = knots;
    const Reply third = roundOne(m_tokens[QStringLiteral("eve")], ds, spline);
    if (third.status == 200)
        note(QStringLiteral("honest spline after two fits"), QStringLiteral("released"));
    else
        failures()
            << QStringLiteral("honest spline after two fits refused: %1").arg(third.describe());
}

// ---- breakpoints on the node's edges
// ----------------------------------------------------------------

void tst_Attacks::winsorBoundBisectsMaximum()
{
    // Own attack (was a known limit, docs/privacy-rules.md "Breakpoints as an oracle"): the upper
    // bound u of winsor(bw, L, u) on the cohort. With nothing beyond u the design passes; with the
    // heavy child alone beyond it, the records beyond u are a one-record part of the breakpoint
    // ledger and the design is refused (differencing). Bisection on u gave the maximum birth
    // weight. Closed by the rule breakpoint-bound: u must be an edge of the node's histogram of
    // birth weight, not the highest, so every allowed u has >= 10 consented records above it.
    const QString attack = QStringLiteral("refusal of winsor(bw, L, u) bisects the maximum");
    const QString ds = QStringLiteral("winsmax");
    const QString token = m_tokens[QStringLiteral("wanda")];
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("birth_weight_g"));
    QVERIFY2(edges.size() >= 3, "the node's histogram of birth weight");
    const double lower = edges.front(); // an allowed lower bound: the attack is on the upper one
    auto ask = [&](double u) {
        return roundOne(
            token, ds,
            design("dev_delay_2y", analysis::Family::Binomial,
                   { winsor("birth_weight_g", lower, u), asIs("gestational_age_weeks") }));
    };
    const QStringList codes = bisectHeavyChild(attack, ask);
    QCOMPARE(codes, kBreakpointBound);

    // One gram below and above the heavy child: the same sentence but for the value asked.
    sameRefusalAroundHeavyChild(attack, ask, QStringLiteral("breakpoint-bound"));
    if (QTest::currentTestFailed())
        return;
    // The highest edge is no upper bound either (1-9 records could lie above it).
    EXPECT_REFUSED(QStringLiteral("winsor(bw, L, highest edge)"), ask(edges.back()),
                   kBreakpointBound);
    // The largest allowed upper bound leaves >= 10 records above it; an honest capped design at
    // the node's edges is released.
    const double largest = edges[edges.size() - 2];
    int heavier = 0;
    for (int row = 0; row < kRows; ++row)
        heavier += m_table.number(row, "birth_weight_g") > largest ? 1 : 0;
    QVERIFY2(heavier >= 10, qPrintable(QStringLiteral("%1 above %2").arg(heavier).arg(largest)));
    const Reply honest = ask(largest);
    if (honest.released())
        note(QStringLiteral("honest winsor(bw) at the node's edges"), QStringLiteral("released"));
    else
        failures() << QStringLiteral("honest winsor(bw, %1, %2) refused: %3")
                          .arg(lower)
                          .arg(largest)
                          .arg(honest.describe());
    note(attack + QStringLiteral(": bisecting over allowed bounds"),
         QStringLiteral("the largest allowed upper bound %1 leaves %2 records above it")
             .arg(largest)
             .arg(heavier));
}

void tst_Attacks::outcomeThresholdBisectsAValue()
{
    // Own attack: a binomial outcome I(bw > t). Its events are the records above t; the node
    // refuses (min-cell on the outcome's classes, events-per-parameter) when fewer than 20 lie
    // above t (2 parameters) and passes otherwise. Asked as a dry run of the job (POST
    // /v1/checks), which runs these rules and records nothing; opened jobs give the same bits
    // until the breakpoint ledger refuses a release one group from an earlier one. Bisection on t
    // gave the 20th largest birth weight of the cohort to 1 g, one request each. Closed by
    // breakpoint-bound: t must be an edge of the node's histogram, not the highest.
    const QString attack = QStringLiteral("refusal of I(bw > t) bisects a birth weight");
    const QString ds = QStringLiteral("thresh");
    const QString token = m_tokens[QStringLiteral("theo")];
    auto ask = [&](double t) {
        auto d = design("birth_weight_g", analysis::Family::Binomial,
                        { asIs("gestational_age_weeks") });
        d.spec.outcome.threshold = t;
        // The dry run (POST /v1/checks): every rule of a job but the ledger, nothing recorded,
        // so no release of one probe stops the next.
        return m_node.post(
            "/v1/checks", token,
            testsupport::body(protocol::toJson(protocol::SiteCheckRequest { manifestFor(ds, d) })));
    };
    // The value the oracle reveals: the 20th largest birth weight of the cohort (research
    // consent, birth weight and gestational age present).
    std::vector<double> weights;
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "gestational_age_weeks" }))
            weights.push_back(m_table.number(row, "birth_weight_g"));
    }
    std::sort(weights.begin(), weights.end(), std::greater<double>());
    QVERIFY(weights.size() > 100);
    const double twentieth = weights[19];
    double released = 3000; // >= 20 above
    double refused = 7000; // fewer above
    int requests = 0;
    QStringList codes;
    const QStringList few { QStringLiteral("min-cell"), QStringLiteral("events-per-parameter") };
    while (refused - released > 1 && requests < 16) {
        const double t = std::floor((released + refused) / 2);
        const Reply r = ask(t);
        ++requests;
        if (!r.released() && !codes.contains(r.code))
            codes << r.code;
        if (r.released())
            released = t;
        else if (few.contains(r.code))
            refused = t;
        else
            break; // a refusal that says nothing about the records above t: the oracle is gone
    }
    if (refused - released <= 1 && released < twentieth && twentieth <= refused)
        stillWorks(attack,
                   QStringLiteral("20th largest weight in (%1, %2] after %3 requests, CSV %4")
                       .arg(released)
                       .arg(refused)
                       .arg(requests)
                       .arg(twentieth));
    else
        note(attack,
             QStringLiteral("refused with %1 (not pinned: (%2, %3], CSV %4)")
                 .arg(codes.join(QLatin1Char('|')))
                 .arg(released)
                 .arg(refused)
                 .arg(twentieth));
    QVERIFY2(codes.contains(QStringLiteral("breakpoint-bound")),
             qPrintable(codes.join(QLatin1Char(','))));
    // A threshold one gram either side of that weight: the same refusal.
    const Reply below = ask(twentieth - 1);
    const Reply above = ask(twentieth + 1);
    EXPECT_REFUSED(QStringLiteral("I(bw > 20th largest - 1 g)"), below, kBreakpointBound);
    EXPECT_REFUSED(QStringLiteral("I(bw > 20th largest + 1 g)"), above, kBreakpointBound);
}

void tst_Attacks::splineKnotBisectsMaximum()
{
    // Own attack: the last knot u of rcs(bw, 3) with knots (2500, 3500, u). With the heavy child
    // alone beyond u its records beyond the knot are a one-record part of the breakpoint ledger
    // (refused: differencing); with nothing beyond, released. Bisection gave the maximum. Closed
    // by breakpoint-bound: a knot lies from the lowest edge of the node's histogram to below
    // its highest, so >= 10 consented records lie above every allowed knot.
    const QString attack = QStringLiteral("refusal of a spline's last knot bisects the maximum");
    const QString ds = QStringLiteral("knotmax");
    const QString token = m_tokens[QStringLiteral("kim")];
    auto ask = [&](double u) {
        auto d = design("dev_delay_2y", analysis::Family::Binomial,
                        { transformed("birth_weight_g", analysis::Transform::Spline, 3) });
        d.knots["birth_weight_g"] = { 2500, 3500, u };
        return roundOne(token, ds, d);
    };
    const QStringList codes = bisectHeavyChild(attack, ask);
    QCOMPARE(codes, kBreakpointBound);
    // Honest knots (quantiles of the cohort at the nearest edges, as the client places them) are
    // released.
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("birth_weight_g"));
    QVERIFY2(edges.size() > 4, "the node's edges of birth weight");
    std::vector<double> weights;
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "dev_delay_2y" }))
            weights.push_back(m_table.number(row, "birth_weight_g"));
    }
    std::sort(weights.begin(), weights.end());
    auto honest = design("dev_delay_2y", analysis::Family::Binomial,
                         { transformed("birth_weight_g", analysis::Transform::Spline, 3) });
    for (double q : analysis::defaultKnotQuantiles(3))
        honest.knots["birth_weight_g"].push_back(
            nearestEdge(edges, weights[std::size_t(q * double(weights.size() - 1))]));
    const Reply ordinary = roundOne(m_tokens[QStringLiteral("eve")], ds, honest);
    if (ordinary.released())
        note(QStringLiteral("honest spline of birth weight"), QStringLiteral("released"));
    else
        failures() << QStringLiteral("honest spline refused: %1").arg(ordinary.describe());
}

void tst_Attacks::splineKnotBisectsInnerRecord()
{
    // Own attack (docs/privacy-rules.md "Known limits", spline knots inside the node's
    // histogram): a study with knots (2500, 3500, b) is released, b an edge of the node's
    // histogram of birth weight in its sparse upper part. A second study with knots
    // (2500, 3500, b') cuts the breakpoint ledger's atom above b at b': refused (differencing)
    // when 1-9 records lie in (b, b'], released when none do. Bisection on b' gives the birth
    // weight of the unnamed child nearest above b. Closed by breakpoint-bound: a knot must be an
    // edge of the node's histogram (not its highest), so >= 10 consented records lie between any
    // two allowed knots, and every b' between two edges gets the same refusal.
    const QString attack
        = QStringLiteral("refusal of a knot next to a released one bisects a value");
    const QString ds = QStringLiteral("knotin");
    const QString token = m_tokens[QStringLiteral("lena")];
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("birth_weight_g"));
    QVERIFY2(edges.size() > 10, "the node's edges of birth weight");
    // The cohort of the design (consented, birth weight and outcome present), sorted.
    std::vector<double> weights;
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "dev_delay_2y" }))
            weights.push_back(m_table.number(row, "birth_weight_g"));
    }
    std::sort(weights.begin(), weights.end());
    auto above = [&](double from, double to) { // records in (from, to]
        return std::upper_bound(weights.begin(), weights.end(), to)
            - std::upper_bound(weights.begin(), weights.end(), from);
    };
    // b: an edge above 3600 g (not the highest two: >= 10 records beyond it) whose next record
    // above lies
    // farthest above it, with at most 9 records at that value.
    std::optional<double> b;
    double target = 0;
    for (std::size_t e = 1; e + 2 < edges.size(); ++e) {
        const auto next = std::upper_bound(weights.begin(), weights.end(), edges[e]);
        if (edges[e] <= 3600 || next == weights.end() || above(edges[e], *next) > 9
            || (b && *next - edges[e] <= target - *b))
            continue;
        b = edges[e];
        target = *next;
    }
    QVERIFY2(b && target - *b >= 3, "an edge with no record within 2 g above it");
    auto knotted = [&](double last) {
        auto d = design("dev_delay_2y", analysis::Family::Binomial,
                        { transformed("birth_weight_g", analysis::Transform::Spline, 3) });
        d.knots["birth_weight_g"] = { 2500, 3500, last };
        return d;
    };
    const Reply released = roundOne(token, ds, knotted(*b));
    QVERIFY2(released.released(), qPrintable(released.describe()));
    // Bisection between b (nothing in (b, b]) and the target (1-9 records in (b, target]),
    // which the attacker saw refused first.
    double clean = *b;
    double dirty = target;
    int requests = 1;
    QStringList codes;
    const Reply start = roundOne(token, ds, knotted(target));
    if (!start.released())
        codes << start.code;
    while (!start.released() && dirty - clean > 1 && requests < 16) {
        const double t = std::floor((clean + dirty) / 2);
        const Reply r = roundOne(token, ds, knotted(t));
        ++requests;
        if (!r.released() && !codes.contains(r.code))
            codes << r.code;
        (r.released() ? clean : dirty) = t;
    }
    if (!start.released() && dirty - clean <= 1 && target > clean && target <= dirty)
        stillWorks(attack,
                   QStringLiteral("record in (%1, %2] after %3 requests, planted %4")
                       .arg(clean)
                       .arg(dirty)
                       .arg(requests)
                       .arg(target));
    else
        note(attack,
             QStringLiteral("refused with %1 (value not pinned: (%2, %3])")
                 .arg(codes.join(QLatin1Char('|')))
                 .arg(clean)
                 .arg(dirty));
    QCOMPARE(codes, kBreakpointBound);
    // One gram below and above the record: the same sentence (it names the two edges around).
    const Reply below = roundOne(token, ds, knotted(target - 1));
    const Reply at = roundOne(token, ds, knotted(target + 1));
    QCOMPARE(below.code, QStringLiteral("breakpoint-bound"));
    QCOMPARE(at.code, QStringLiteral("breakpoint-bound"));
    const QString belowText
        = refusalSentence(below).replace(QString::number(target - 1), QStringLiteral("T"));
    const QString atText
        = refusalSentence(at).replace(QString::number(target + 1), QStringLiteral("T"));
    if (belowText != atText)
        stillWorks(attack + QStringLiteral(": refusal text"),
                   QStringLiteral("%1 / %2").arg(belowText, atText));
    // The next allowed knot, the edge above b, leaves >= 10 records between the two.
    const auto next = std::upper_bound(edges.begin(), edges.end(), *b + 1e-9);
    QVERIFY(next != edges.end() && next + 1 != edges.end());
    QVERIFY2(above(*b, *next) >= 10, "at least 10 records between two allowed knots");
    const Reply nextKnot = roundOne(m_tokens[QStringLiteral("eve")], ds, knotted(*next));
    QVERIFY2(nextKnot.released() || nextKnot.code == QStringLiteral("differencing"),
             qPrintable(nextKnot.describe()));
    note(attack + QStringLiteral(": the next edge as knot"),
         nextKnot.released() ? QStringLiteral("released") : nextKnot.code);
}

void tst_Attacks::evaluationsOfTwoBetasDifferenced()
{
    // Own attack (docs/privacy-rules.md "Known limits": evaluations of two different final β on
    // one cohort). Two honest studies of one design on one cohort whose final β differ a little
    // (the second with a small ridge penalty), both evaluated on the protocol's one grid. With
    // one predictor both order the records the same way (by birth weight), so each released
    // bin's cumulative count is a prefix of one order: a prefix of the first evaluation and one
    // of the second whose counts differ by 1-9 isolate the records between them, and the
    // difference of their events is those records' outcomes.
    const QString attack = QStringLiteral("evaluations of two final β differenced bin by bin");
    const QString ds = QStringLiteral("betas");
    const QString token = m_tokens[QStringLiteral("vera")];
    auto model = [&](double ridge) {
        auto d = design("dev_delay_2y", analysis::Family::Binomial,
                        { transformed("birth_weight_g", analysis::Transform::Standardise) });
        d.scaling["birth_weight_g"] = { 3300, 600 };
        d.spec.ridgeLambda = ridge;
        return d;
    };
    auto evaluate = [&](double ridge) {
        return fitAndEvaluate(m_node, token, ds, model(ridge));
    };
    const auto first = evaluate(0.0);
    QVERIFY2(first, "the first honest study and its evaluation");
    const auto second = evaluate(20.0);
    if (!second) {
        note(attack, QStringLiteral("second evaluation refused"));
        return;
    }
    qInfo("final β: (%.6f, %.6f) and (%.6f, %.6f)", first->beta[0], first->beta[1], second->beta[0],
          second->beta[1]);
    QVERIFY(first->beta != second->beta);
    // The cohort in the order both β give (birth weight; ties share a risk, so a grid edge never
    // parts them).
    struct Record {
        double weight;
        double outcome;
        int row;
    };
    std::vector<Record> cohort;
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "dev_delay_2y" }))
            cohort.push_back({ m_table.number(row, "birth_weight_g"),
                               m_table.number(row, "dev_delay_2y"), row });
    }
    const bool ascending = first->beta[1] > 0 && second->beta[1] > 0;
    QVERIFY2(ascending || (first->beta[1] < 0 && second->beta[1] < 0),
             "both β order the records the same way");
    std::stable_sort(cohort.begin(), cohort.end(), [&](const Record &a, const Record &b) {
        return ascending ? a.weight < b.weight : a.weight > b.weight;
    });
    struct Prefix {
        double count = 0, events = 0;
    };
    auto prefixes = [](const analysis::PerformanceBins &b) {
        std::vector<Prefix> out;
        Prefix sum;
        for (int i = 0; i < b.bins; ++i) {
            const double c = b.positives[std::size_t(i)] + b.negatives[std::size_t(i)];
            if (c <= 0)
                continue;
            sum.count += c;
            sum.events += b.positives[std::size_t(i)];
            out.push_back(sum);
        }
        return out;
    };
    const auto a = prefixes(first->evaluation.bins);
    const auto b = prefixes(second->evaluation.bins);
    int isolatedGroups = 0, isolatedRecords = 0, singles = 0, checked = 0;
    QStringList shown;
    for (const Prefix &x : a) {
        for (const Prefix &y : b) {
            const double d = std::abs(x.count - y.count);
            if (d < 1 || d >= 10)
                continue;
            const std::size_t from = std::size_t(std::min(x.count, y.count));
            const std::size_t to = std::size_t(std::max(x.count, y.count));
            // The records between the two prefixes and their outcomes, from the CSV.
            double events = 0;
            for (std::size_t k = from; k < to && k < cohort.size(); ++k)
                events += cohort[k].outcome;
            const double released = std::abs(x.events - y.events);
            ++isolatedGroups;
            isolatedRecords += int(d);
            if (events == released)
                ++checked;
            if (d == 1 && events == released) {
                ++singles;
                if (shown.size() < 3)
                    shown << QStringLiteral("row %1 (%2 g): outcome %3")
                                 .arg(cohort[from].row)
                                 .arg(cohort[from].weight)
                                 .arg(released);
            }
        }
    }
    qInfo("%zu and %zu released bins; %d groups of 1-9 records between them (%d records, %d "
          "checked against the CSV), %d single records",
          a.size(), b.size(), isolatedGroups, isolatedRecords, checked, singles);
    // Closed (docs/privacy-rules.md "Evaluations of several β"): the second evaluation's
    // boundaries that would cut the first one's bins into pieces of 1-9 records are dropped
    // (its bins merged there), so no two prefixes differ by 1-9 records.
    note(attack,
         isolatedGroups > 0
             ? QStringLiteral("OPEN: %1 groups of 1-9 records (%2 records, %3 single), %4 with "
                              "their events counted")
                   .arg(isolatedGroups)
                   .arg(isolatedRecords)
                   .arg(singles)
                   .arg(checked)
             : QStringLiteral("closed: %1 and %2 released bins, no group of 1-9 records between "
                              "them (the second's boundaries near the first's merged)")
                   .arg(a.size())
                   .arg(b.size()));
    QVERIFY2(isolatedGroups == 0, qPrintable(shown.join(QStringLiteral("; "))));
    // Both evaluations are still useful: the second keeps more than a few bins.
    QVERIFY2(b.size() >= 5, "the second evaluation keeps bins");
}

void tst_Attacks::evaluationAgainstFilteredCohort()
{
    // The variant of evaluationsOfTwoBetasDifferenced with one evaluation: with one predictor a
    // cumulative risk bin is the cohort cut at a birth weight, and a description of the cohort
    // filtered by bw <= e (e an edge the node allows) releases the counts of the other side of
    // the cut at e. Where e and the nearest cut of the bins lie 1-9 records apart, the
    // difference of the two outcome counts is those records' outcomes. Evaluation first.
    evaluationAndCuts(QStringLiteral("betacut"), false);
}

void tst_Attacks::filteredCohortsThenEvaluation()
{
    // The same in the other order: the descriptions at every edge first, then the evaluation,
    // whose boundaries must not land 1-9 records from a described cut.
    evaluationAndCuts(QStringLiteral("cutfirst"), true);
}

void tst_Attacks::evaluationAndCuts(const QString &ds, bool describeFirst)
{
    const QString attack = describeFirst
        ? QStringLiteral("descriptions of bw <= e, then an evaluation's bins differenced")
        : QStringLiteral("an evaluation's bins differenced with descriptions of bw <= e");
    const QString token = m_tokens[QStringLiteral("vera")];
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("birth_weight_g"));
    QVERIFY2(edges.size() > 10, "the node's edges of birth weight");
    struct Cut {
        double e = 0;
        double size = 0;
        std::optional<double> events;
    };
    std::vector<Cut> cuts;
    int released = 0, refused = 0;
    auto describeAll = [&] {
        for (double e : edges) {
            Describe q;
            q.dataset = ds;
            q.filters = { range("birth_weight_g", std::nullopt, e) };
            q.completeCases = { QStringLiteral("birth_weight_g"), QStringLiteral("dev_delay_2y") };
            q.variables = { variable(QStringLiteral("dev_delay_2y")) };
            const Reply answer = m_node.post("/v1/descriptives", token, describeBody(q));
            const auto out = described(answer);
            if (!out || out->categorical.isEmpty()) {
                ++refused;
                continue;
            }
            ++released;
            Cut cut { e, double(out->cohortSize), std::nullopt };
            for (const auto &level : out->categorical.front().levels) {
                if (level.name == QStringLiteral("1") && level.count)
                    cut.events = double(*level.count);
            }
            cuts.push_back(cut);
        }
    };
    if (describeFirst)
        describeAll();
    QString jobId;
    const auto beta = fit(token, ds, d, &jobId);
    QVERIFY2(beta, "the honest study");
    const Reply r = m_node.post("/v1/evaluations", token, evaluationBody(jobId));
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), token);
    QVERIFY2(r.status == 200, qPrintable(r.describe()));
    const auto evaluated = protocol::fromJson<protocol::EvaluationResponse>(r.json);
    QVERIFY(evaluated);
    if (!describeFirst)
        describeAll();
    // The cumulative bins in risk order: with β < 0 the lowest risks are the heaviest children,
    // so a cumulative bin is "bw > cut" and its complement "bw <= cut".
    QVERIFY2((*beta)[1] < 0, "risk falls with birth weight");
    struct Prefix {
        double count = 0, events = 0;
    };
    std::vector<Prefix> prefixes;
    Prefix sum;
    const analysis::PerformanceBins &bins = evaluated->bins;
    for (int i = 0; i < bins.bins; ++i) {
        const double c = bins.positives[std::size_t(i)] + bins.negatives[std::size_t(i)];
        if (c <= 0)
            continue;
        sum.count += c;
        sum.events += bins.positives[std::size_t(i)];
        prefixes.push_back(sum);
    }
    const double cohortSize = sum.count;
    const double cohortEvents = sum.events;
    // The cohort, heaviest first (the order of the cumulative bins).
    std::vector<std::pair<double, double>> cohort; // weight, outcome
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "dev_delay_2y" }))
            cohort.emplace_back(m_table.number(row, "birth_weight_g"),
                                m_table.number(row, "dev_delay_2y"));
    }
    std::sort(cohort.begin(), cohort.end(), std::greater<>());
    int groups = 0, records = 0, checked = 0;
    QStringList shown;
    for (const Cut &cut : cuts) {
        // The records above e: the cohort minus the description.
        const double above = cohortSize - cut.size;
        for (const Prefix &p : prefixes) {
            const double gap = std::abs(p.count - above);
            if (gap < 1 || gap >= 10)
                continue;
            ++groups;
            records += int(gap);
            if (!cut.events)
                continue;
            // The records between the cut at e and the bins' cut, from the CSV.
            const double releasedEvents = std::abs(p.events - (cohortEvents - *cut.events));
            double truth = 0;
            const std::size_t from = std::size_t(std::min(p.count, above));
            const std::size_t to = std::size_t(std::max(p.count, above));
            for (std::size_t k = from; k < to && k < cohort.size(); ++k)
                truth += cohort[k].second;
            if (truth == releasedEvents) {
                ++checked;
                if (shown.size() < 3)
                    shown << QStringLiteral("bw <= %1: %2 records, %3 events")
                                 .arg(cut.e)
                                 .arg(gap)
                                 .arg(truth);
            }
        }
    }
    qInfo("%s: %zu released bins; descriptions at %zu edges: %d released, %d refused; %d groups "
          "of 1-9 records (%d records, %d checked against the CSV)",
          qPrintable(ds), prefixes.size(), edges.size(), released, refused, groups, records,
          checked);
    note(attack,
         groups > 0 ? QStringLiteral("OPEN: %1 groups of 1-9 records (%2 records), %3 with their "
                                     "events counted")
                          .arg(groups)
                          .arg(records)
                          .arg(checked)
                    : QStringLiteral("closed: %1 released bins; %2 of %3 descriptions released, "
                                     "none 1-9 records from a cumulative bin")
                          .arg(prefixes.size())
                          .arg(released)
                          .arg(edges.size()));
    QVERIFY2(groups == 0, qPrintable(shown.join(QStringLiteral("; "))));
    QVERIFY2(released > 0, "some descriptions at the node's edges are released");
    QVERIFY2(prefixes.size() >= 5, "the evaluation keeps bins");
}

void tst_Attacks::histogramsAgainstRiskBins()
{
    // Own attack (issue 14, docs/privacy-rules.md "Evaluations of several β", what remained:
    // category cells against runs of bins, three or more releases). The descriptions of
    // evaluationAndCuts are refused where a cut lies 1-9 records from a cumulative bin, but a
    // histogram's bins are not cohorts: with one predictor a cumulative risk bin is "bw > c",
    // and the histograms of birth weight over the evaluated cohort and over its non-events give,
    // at every edge e, how many records and events lie in the bins from e up, short of the
    // histogram's upper tail. One description of "bw >= e0" (a filter at an edge, its size and
    // events) gives that tail. Then "bw >= e" is known at every edge, and where e lies 1-9
    // records from a cumulative bin the difference of the events is those records' outcomes.
    // Evaluation first.
    const int groups = histogramsAndBins(QStringLiteral("histrisk"), false);
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::histogramsThenRiskBins()
{
    // The same in the other order: the histograms and the cut first, then the evaluation. The
    // bin ledger does not remember histograms; the evaluation keeps its bins away from the
    // lattice cells of the design's numeric variables instead (every histogram edge is a point
    // of that lattice), with the ledger's atoms: no run of bins 1-9 records from a union of
    // (atom × cell) blocks.
    const int groups = histogramsAndBins(QStringLiteral("riskhist"), true);
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::correlateHistogramsThenRiskBins()
{
    // Own attack (issue 14, red team 3; docs/privacy-rules.md "Histograms against released risk
    // bins", what remained: "Numeric variables outside the design (a close correlate of it) are
    // not lattice blocks"). histogramsThenRiskBins with the histograms of birth weight in pounds,
    // a column the model does not name: "lb >= e" is "bw >= c" for a c between birth weight's
    // lattice points (0.1 lb is 45.4 g; the lattice of bw is 50 g), so the evaluation's lattice
    // check of the design's variable does not see these cuts. Histograms over the evaluated
    // cohort and its non-events and one cut at an edge of pounds first, then the evaluation of
    // dev_delay_2y ~ scale(birth_weight_g); where a cumulative risk bin lies 1-9 records from
    // "lb >= e", the difference of the events is those children's outcomes.
    const int groups
        = histogramsAndBins(QStringLiteral("corrhist"), true, QStringLiteral("birth_weight_lb"));
    QVERIFY2(groups >= 0, "the honest study and its evaluation");
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::riskBinsThenCorrelateHistograms()
{
    // The same in the other order: the evaluation first, then the histograms of pounds and the
    // cut (histogramRunRefusal sees every released histogram, whatever its variable).
    const int groups
        = histogramsAndBins(QStringLiteral("histcorr"), false, QStringLiteral("birth_weight_lb"));
    QVERIFY2(groups >= 0, "the honest study and its evaluation");
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::correlateLevelsThenRiskBins()
{
    // Own attack (red team 3; docs/privacy-rules.md "Histograms against released risk bins",
    // what remained: category cells are not checked against runs of bins). A categorical column
    // that is a function of birth weight (its class in whole pounds; cuts at 1361, 1814, ... g,
    // none a point of birth weight's lattice): its level counts over the evaluated cohort and
    // over its non-events give "bw >= cut" and its events at every cut, as the histograms and
    // the cut of correlateHistogramsThenRiskBins do. Descriptions first, then the evaluation.
    const int groups = levelsAndBins(QStringLiteral("classfirst"), true);
    QVERIFY2(groups >= 0, "the honest study and its evaluation");
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::riskBinsThenCorrelateLevels()
{
    // The same in the other order: the evaluation first, then the level counts.
    const int groups = levelsAndBins(QStringLiteral("evalclass"), false);
    QVERIFY2(groups >= 0, "the honest study and its evaluation");
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::correlateTableThenRiskBins()
{
    // correlateLevelsThenRiskBins with the events per class from one two-way table of the class
    // and the outcome over the same records (one release instead of two cohorts): the table's
    // joint family, descriptions first.
    const int groups = levelsAndBins(QStringLiteral("tablefirst"), true, true);
    QVERIFY2(groups >= 0, "the honest study and its evaluation");
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

void tst_Attacks::riskBinsThenCorrelateTable()
{
    const int groups = levelsAndBins(QStringLiteral("evaltable"), false, true);
    QVERIFY2(groups >= 0, "the honest study and its evaluation");
    QVERIFY2(groups == 0, "groups of 1-9 records whose outcomes the releases give");
}

int tst_Attacks::levelsAndBins(const QString &ds, bool describeFirst, bool asTable)
{
    const QString what = asTable ? QStringLiteral("a table of the class in pounds × outcome")
                                 : QStringLiteral("level counts of the class in pounds");
    const QString attack = describeFirst
        ? QStringLiteral("%1, then an evaluation's bins differenced").arg(what)
        : QStringLiteral("an evaluation's bins differenced with %1").arg(what);
    const QString token = m_tokens[QStringLiteral("lena")];
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    const QStringList complete { QStringLiteral("birth_weight_g"), QStringLiteral("dev_delay_2y") };
    // The node's edges of birth weight (a description of all its records) and, within them, the
    // range [L, U] the level counts are asked over: L the first edge from 1400 g up, U the last
    // edge up to 4950 g that is not the highest, so that the sparse classes at both ends ("<2",
    // ">=11"), which the node would withhold, hold no record of it (a withheld level split by the
    // non-events cohort is refused, `cells of ...`).
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("birth_weight_g"));
    if (edges.size() < 3)
        return -2;
    double low = edges.back(), high = edges.front();
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        if (edges[i] >= 1400)
            low = std::min(low, edges[i]);
        if (edges[i] <= 4950)
            high = std::max(high, edges[i]);
    }
    const std::vector<analysis::Filter> within { range("birth_weight_g", low, high) };
    // Released level counts (a withheld level is absent).
    using Counts = std::map<QString, double>;
    std::optional<Counts> tableNonEvents; // per class, from the table (asTable)
    auto levels = [&](std::vector<analysis::Filter> filters) -> std::optional<Counts> {
        Describe q;
        q.dataset = ds;
        q.filters = std::move(filters);
        q.completeCases = complete;
        q.variables = { variable(QStringLiteral("birth_weight_class_lb")) };
        if (asTable)
            q.tables
                = { { QStringLiteral("birth_weight_class_lb"), QStringLiteral("dev_delay_2y") } };
        const Reply reply = m_node.post("/v1/descriptives", token, describeBody(q));
        const auto out = described(reply);
        if (!out || out->categorical.isEmpty()) {
            qInfo("description refused: %s", qPrintable(reply.describe()));
            return std::nullopt;
        }
        Counts counts;
        for (const auto &level : out->categorical.front().levels) {
            if (level.count)
                counts[level.name] = double(*level.count);
        }
        if (asTable && !out->tables.isEmpty()) {
            const protocol::ReleasedTable &t = out->tables.front();
            const qsizetype zero = t.columnLevels.indexOf(QStringLiteral("0"));
            Counts non;
            for (qsizetype r = 0; r < t.rowLevels.size() && zero >= 0; ++r) {
                const auto &cell = t.counts[r * t.columnLevels.size() + zero];
                if (cell)
                    non[t.rowLevels[r]] = double(*cell);
            }
            tableNonEvents = non;
        }
        return counts;
    };
    std::optional<Counts> all, nonEvents;
    std::optional<double> belowHigh, belowHighEvents; // the cohort with bw <= U: size, events
    auto describeAll = [&] {
        all = levels(within);
        if (asTable) {
            nonEvents = tableNonEvents;
        } else {
            auto nonEventFilters = within;
            nonEventFilters.push_back(among("dev_delay_2y", { "0" }));
            nonEvents = levels(nonEventFilters);
        }
        Describe q;
        q.dataset = ds;
        q.filters = { range("birth_weight_g", std::nullopt, high) };
        q.completeCases = complete;
        q.variables = { variable(QStringLiteral("dev_delay_2y")) };
        const auto out = described(m_node.post("/v1/descriptives", token, describeBody(q)));
        if (!out || out->categorical.isEmpty())
            return;
        belowHigh = double(out->cohortSize);
        for (const auto &level : out->categorical.front().levels) {
            if (level.name == QStringLiteral("1") && level.count)
                belowHighEvents = double(*level.count);
        }
    };
    if (describeFirst)
        describeAll();
    const auto fitted = fitAndEvaluate(m_node, token, ds, d);
    if (!fitted || fitted->beta[1] >= 0)
        return -2;
    const protocol::EvaluationResponse *evaluated = &fitted->evaluation;
    if (!describeFirst)
        describeAll();
    if (!all || !nonEvents || !belowHigh || !belowHighEvents) {
        note(attack, QStringLiteral("closed: a description refused"));
        return 0;
    }
    // The evaluated cohort's size and events: the sum of its bins.
    double cohortSize = 0, cohortEvents = 0;
    for (int i = 0; i < evaluated->bins.bins; ++i) {
        cohortSize += evaluated->bins.positives[std::size_t(i)]
            + evaluated->bins.negatives[std::size_t(i)];
        cohortEvents += evaluated->bins.positives[std::size_t(i)];
    }
    // "bw >= the lower cut of class k" and its events, from the top class down while every
    // class above is released in both descriptions, plus the records above U.
    std::vector<std::pair<double, double>> cuts; // records at or above, events among them
    {
        const QStringList classes = poundClasses();
        double above = cohortSize - *belowHigh;
        double aboveNon = above - (cohortEvents - *belowHighEvents);
        const qsizetype top = classes.indexOf(poundClass(high));
        const qsizetype bottom = classes.indexOf(poundClass(low));
        for (qsizetype k = top + 1; k-- > bottom + 1;) {
            const auto a = all->find(classes[k]);
            const auto n = nonEvents->find(classes[k]);
            if (a == all->end() || n == nonEvents->end())
                break; // withheld: the counts unknown from here down
            above += a->second;
            aboveNon += n->second;
            cuts.emplace_back(above, above - aboveNon);
        }
    }
    const auto [binsReleased, groups, records, checked, shown]
        = groupsFromCuts(evaluated->bins, cuts, [&](std::size_t k) {
              return QStringLiteral("the %1 heaviest").arg(cuts[k].first);
          });
    qInfo("%s: %zu released bins; %zu class cuts known; %d groups of 1-9 records (%d records, %d "
          "checked against the CSV): %s",
          qPrintable(ds), binsReleased, cuts.size(), groups, records, checked,
          qPrintable(shown.join(QStringLiteral("; "))));
    if (groups > 0)
        stillWorks(attack,
                   QStringLiteral("%1 groups of 1-9 records (%2 records), %3 with their events "
                                  "counted, e.g. %4")
                       .arg(groups)
                       .arg(records)
                       .arg(checked)
                       .arg(shown.join(QStringLiteral("; "))));
    else
        note(attack,
             QStringLiteral("closed: %1 released bins, %2 class cuts, none 1-9 records from a "
                            "cumulative bin")
                 .arg(binsReleased)
                 .arg(cuts.size()));
    return groups;
}

int tst_Attacks::histogramsAndBins(const QString &ds, bool describeFirst,
                                   const QString &histogramVariable)
{
    const QString shortName = histogramVariable == QStringLiteral("birth_weight_g")
        ? QStringLiteral("bw")
        : histogramVariable;
    const QString attack = describeFirst
        ? QStringLiteral("histograms of %1 and a cut, then an evaluation's bins differenced")
              .arg(shortName)
        : QStringLiteral("an evaluation's bins differenced with histograms of %1 and a cut")
              .arg(shortName);
    const std::string cutVariable = histogramVariable.toStdString();
    const QString token = m_tokens[QStringLiteral("lena")];
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    const QStringList complete { QStringLiteral("birth_weight_g"), QStringLiteral("dev_delay_2y") };
    // Records and events at or above each edge of a histogram, its upper tail left out.
    using Above = std::map<double, double>;
    auto histogramAbove = [&](std::vector<analysis::Filter> filters) -> std::optional<Above> {
        Describe q;
        q.dataset = ds;
        q.filters = std::move(filters);
        q.completeCases = complete;
        q.variables = { variable(histogramVariable, { { -1e9, 1e9 } }) };
        const auto out = described(m_node.post("/v1/descriptives", token, describeBody(q)));
        if (!out || out->numeric.isEmpty() || out->numeric.front().histograms.isEmpty())
            return std::nullopt;
        const protocol::ReleasedHistogram &h = out->numeric.front().histograms.front();
        if (h.edges.size() < 2)
            return std::nullopt;
        Above above;
        double sum = 0;
        above[h.edges.back()] = 0;
        for (std::size_t i = h.counts.size(); i-- > 0;) {
            sum += h.counts[i];
            above[h.edges[i]] = sum;
        }
        return above;
    };
    // A cohort's size and events.
    auto cohortOf = [&](std::vector<analysis::Filter> filters)
        -> std::optional<std::pair<double, std::optional<double>>> {
        Describe q;
        q.dataset = ds;
        q.filters = std::move(filters);
        q.completeCases = complete;
        q.variables = { variable(QStringLiteral("dev_delay_2y")) };
        const auto out = described(m_node.post("/v1/descriptives", token, describeBody(q)));
        if (!out || out->categorical.isEmpty())
            return std::nullopt;
        std::optional<double> events;
        for (const auto &level : out->categorical.front().levels) {
            if (level.name == QStringLiteral("1") && level.count)
                events = double(*level.count);
        }
        return std::pair { double(out->cohortSize), events };
    };
    std::optional<Above> all, nonEvents;
    std::optional<double> cutAt, cutSize, cutEvents, cutNonEvents;
    auto describeAll = [&] {
        all = histogramAbove({});
        nonEvents = histogramAbove({ among("dev_delay_2y", { "0" }) });
        if (!all || !nonEvents)
            return;
        // The cut: an edge of both histograms with >= 50 records above it, from the top down
        // until a description of "bw >= e0" is released (a refusal costs one request).
        for (auto it = all->rbegin(); it != all->rend(); ++it) {
            if (it->second < 50 || !nonEvents->count(it->first))
                continue;
            const auto cut = cohortOf({ range(cutVariable, it->first, std::nullopt) });
            const auto cutNon = cohortOf(
                { range(cutVariable, it->first, std::nullopt), among("dev_delay_2y", { "0" }) });
            if (!cut || !cutNon)
                continue;
            cutAt = it->first;
            cutSize = cut->first;
            cutEvents = cut->second;
            cutNonEvents = cutNon->first;
            break;
        }
    };
    if (describeFirst)
        describeAll();
    const auto fitted = fitAndEvaluate(m_node, token, ds, d);
    if (!fitted || fitted->beta[1] >= 0)
        return -2;
    const protocol::EvaluationResponse *evaluated = &fitted->evaluation;
    if (!describeFirst)
        describeAll();
    if (!all || !nonEvents || !cutAt) {
        note(attack,
             QStringLiteral("closed: %1")
                 .arg(!all             ? QStringLiteral("the histogram of all records refused")
                          : !nonEvents ? QStringLiteral("the histogram of the non-events refused")
                                       : QStringLiteral("no cut released")));
        return 0;
    }
    // "bw >= e" at every edge of both histograms: the cut's size plus or minus the bins between.
    const double tail = *cutSize - all->at(*cutAt);
    const double tailNon = *cutNonEvents - nonEvents->at(*cutAt);
    std::vector<std::pair<double, double>> cuts; // records at or above, events among them
    std::vector<double> edges;
    for (const auto &[e, count] : *all) {
        const auto non = nonEvents->find(e);
        if (non == nonEvents->end())
            continue;
        const double atOrAbove = tail + count;
        cuts.emplace_back(atOrAbove, atOrAbove - (tailNon + non->second));
        edges.push_back(e);
    }
    const auto [binsReleased, groups, records, checked, shown]
        = groupsFromCuts(evaluated->bins, cuts, [&](std::size_t k) {
              return QStringLiteral("%1 >= %2").arg(shortName).arg(edges[k]);
          });
    // The cut's events are released too: they must be its size less its non-events, the
    // reading every cut above relies on (one cohort, its non-events a subset of it).
    if (cutEvents && *cutEvents != *cutSize - *cutNonEvents)
        failures() << QStringLiteral("%1: the cut at %2 holds %3 events, but its size less its "
                                     "non-events is %4")
                          .arg(attack)
                          .arg(*cutAt)
                          .arg(*cutEvents)
                          .arg(*cutSize - *cutNonEvents);
    qInfo("%s: %zu released bins; cut at %g; %d groups of 1-9 records (%d records, %d checked "
          "against the CSV): %s",
          qPrintable(ds), binsReleased, *cutAt, groups, records, checked,
          qPrintable(shown.join(QStringLiteral("; "))));
    if (groups > 0)
        stillWorks(attack,
                   QStringLiteral("%1 groups of 1-9 records (%2 records), %3 with their events "
                                  "counted, e.g. %4")
                       .arg(groups)
                       .arg(records)
                       .arg(checked)
                       .arg(shown.join(QStringLiteral("; "))));
    else
        note(attack,
             QStringLiteral("closed: %1 released bins, no edge 1-9 records from a cumulative bin")
                 .arg(binsReleased));
    return groups;
}

tst_Attacks::Revealed
tst_Attacks::groupsFromCuts(const analysis::PerformanceBins &bins,
                            const std::vector<std::pair<double, double>> &cuts,
                            const std::function<QString(std::size_t)> &label) const
{
    std::vector<std::pair<double, double>> cohort; // weight, outcome; heaviest first
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "dev_delay_2y" }))
            cohort.emplace_back(m_table.number(row, "birth_weight_g"),
                                m_table.number(row, "dev_delay_2y"));
    }
    std::sort(cohort.begin(), cohort.end(), std::greater<>());
    std::vector<double> outcomes;
    for (const auto &[weight, outcome] : cohort)
        outcomes.push_back(outcome);
    return testsupport::attacks::groupsFromCuts(bins, cuts, outcomes, label);
}

void tst_Attacks::subgroupEdgeBisectsMaximum()
{
    // Own attack (docs/privacy-rules.md "Evaluations by subgroup", subgroup edges): an
    // evaluation by subgroup of birth weight with the client's edges {L, t}. L leaves 49
    // records of the cohort below it, so the cell outside the edges (below L, above t) holds 49
    // records plus those above t: it passes min-cohort (50) exactly when a record lies above t,
    // and otherwise it and, by the complement rule, every cell is withheld. Bisection on t then
    // gives the maximum birth weight. Closed by filter-bound on subgroup edges: each an edge of
    // the node's histogram of the variable over the consented records, the last not the highest.
    const QString attack = QStringLiteral("subgroup edge bisects the maximum");
    const QString ds = QStringLiteral("subedge");
    const QString token = m_tokens[QStringLiteral("vera")];
    std::vector<double> weights;
    for (int row = 0; row < kRows; ++row) {
        if (completeRow(m_table.header, m_table.cells[std::size_t(row)],
                        { "birth_weight_g", "dev_delay_2y" }))
            weights.push_back(m_table.number(row, "birth_weight_g"));
    }
    std::sort(weights.begin(), weights.end());
    const int below = analysis::DisclosurePolicy().minCohort - 1;
    QVERIFY2(weights[std::size_t(below - 1)] < weights[std::size_t(below)],
             "a lower edge with 49 records below it");
    const double lower = weights[std::size_t(below)];
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    QString jobId;
    QVERIFY2(fit(token, ds, d, &jobId), "the honest study");
    auto ask = [&](double t) {
        protocol::StudyEvaluationRequest request;
        request.purpose = QStringLiteral("research");
        request.jobId = jobId;
        request.bins = analysis::evaluationGridBins;
        request.subgroup = QStringLiteral("birth_weight_g");
        request.subgroupEdges = { lower, t };
        return m_node.post("/v1/evaluations", token,
                           protocol::canonicalJson(protocol::toJson(request)));
    };
    // Whether a record lies above t, as the outside cell shows it.
    auto outsideReleased = [](const Reply &r) -> std::optional<bool> {
        if (r.status != 200)
            return std::nullopt;
        const auto decoded = protocol::fromJson<protocol::EvaluationResponse>(r.json);
        if (!decoded)
            return std::nullopt;
        for (const protocol::SubgroupCell &cell : decoded->subgroups) {
            // Nothing above t: withheld by min-cohort (49 records). Something above: released,
            // or withheld by another rule (design cells, dominance, the ledger) — the rule's id
            // is the bit as well.
            if (cell.missing)
                return !(cell.withheld && cell.rule == QStringLiteral("min-cohort"));
        }
        return std::nullopt;
    };
    double clean = 7000; // nothing above: the outside cell withheld
    double dirty = 5600; // something above: released
    int requests = 0;
    QStringList codes;
    while (clean - dirty > 1 && requests < 16) {
        const double t = std::floor((clean + dirty) / 2);
        const Reply r = ask(t);
        ++requests;
        const auto outside = outsideReleased(r);
        if (!outside) {
            if (!codes.contains(r.code))
                codes << r.code;
            break; // refused: no bit
        }
        (*outside ? dirty : clean) = t;
    }
    if (clean - dirty <= 1 && kHeavyWeight >= dirty && kHeavyWeight <= clean)
        stillWorks(attack,
                   QStringLiteral("maximum in [%1, %2] after %3 requests, planted %4")
                       .arg(dirty)
                       .arg(clean)
                       .arg(requests)
                       .arg(kHeavyWeight));
    else
        note(attack,
             QStringLiteral("refused with %1 (maximum not pinned: [%2, %3])")
                 .arg(codes.join(QLatin1Char('|')))
                 .arg(dirty)
                 .arg(clean));
    QCOMPARE(codes, kFilterBound);
    // The refusal one gram either side of the heavy child: the same sentence.
    const std::vector<double> edges = nodeEdges(token, ds, QStringLiteral("birth_weight_g"));
    QVERIFY2(edges.size() > 4, "the node's edges of birth weight");
    auto askAtEdges = [&](double t) {
        protocol::StudyEvaluationRequest request;
        request.purpose = QStringLiteral("research");
        request.jobId = jobId;
        request.bins = analysis::evaluationGridBins;
        request.subgroup = QStringLiteral("birth_weight_g");
        request.subgroupEdges = { edges[1], t };
        return m_node.post("/v1/evaluations", token,
                           protocol::canonicalJson(protocol::toJson(request)));
    };
    sameRefusalAroundHeavyChild(attack, askAtEdges, QStringLiteral("filter-bound"));
    // Honest: cells at the node's edges are answered, the outside cell listed.
    const Reply honest = askAtEdges(edges[edges.size() / 2]);
    QVERIFY2(honest.status == 200, qPrintable(honest.describe()));
    QVERIFY2(outsideReleased(honest).has_value(), "the cell outside the edges is listed");
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), token);
}

void tst_Attacks::wholeNumberStepAcrossPurposes()
{
    // Own attack (issue 14, the lattice of whole-number variables): the node's histogram step
    // of a variable whose values are all whole is at least 1, so its edges are whole numbers.
    // Deciding "all whole" over the records consented for the purpose asked for would make the
    // step a per-purpose bit: the child with research consent only holds the only maternal age
    // that is not whole (31.5), so research would get edges 0.2 apart and quality whole ones —
    // that child's age is not whole (wholeNumbersAcrossPurposes, one layer down). The step is
    // decided over the records consented for every purpose, as the catalogue's flag is: the
    // same step for both, and no bit the catalogue does not already release. Seen through a
    // description (a dataset each: two descriptions of one dataset for two purposes differing by
    // one child are refused, differencingTwoPurposes) and through a refused filter bound, whose
    // sentence names the nearest allowed values and is recorded by no ledger.
    const QString attack = QStringLiteral("histogram step of maternal age for two purposes "
                                          "(consent differs by the only age that is not whole)");
    const QString token = m_tokens[QStringLiteral("ann")];
    auto edgesFor = [&](const QString &purpose, const QString &dataset) {
        Describe d;
        d.dataset = dataset;
        d.purpose = purpose;
        d.completeCases = { QStringLiteral("maternal_age") };
        d.variables = { variable(QStringLiteral("maternal_age"), { { -1e9, 1e9 } }) };
        const auto out = described(m_node.post("/v1/descriptives", token, describeBody(d)));
        if (!out || out->numeric.isEmpty() || out->numeric.front().histograms.isEmpty())
            return std::vector<double>();
        return out->numeric.front().histograms.front().edges;
    };
    const std::vector<double> research
        = edgesFor(QStringLiteral("research"), QStringLiteral("wholer"));
    const std::vector<double> quality
        = edgesFor(QStringLiteral("quality"), QStringLiteral("wholeq"));
    QVERIFY2(research.size() > 10 && quality.size() > 10, "maternal age has a histogram");
    auto whole = [](const std::vector<double> &edges) {
        return std::all_of(edges.begin(), edges.end(), [](double e) { return e == std::trunc(e); });
    };
    auto refusal = [&](const QString &purpose, const QString &dataset) {
        Describe d;
        d.dataset = dataset;
        d.purpose = purpose;
        d.filters = { range("maternal_age", 30.5, std::nullopt) };
        d.variables = { variable(QStringLiteral("birth_weight_g")) };
        return m_node.post("/v1/descriptives", token, describeBody(d));
    };
    const Reply researchRefusal = refusal(QStringLiteral("research"), QStringLiteral("wholer"));
    const Reply qualityRefusal = refusal(QStringLiteral("quality"), QStringLiteral("wholeq"));
    QCOMPARE(researchRefusal.code, QStringLiteral("filter-bound"));
    QCOMPARE(qualityRefusal.code, QStringLiteral("filter-bound"));
    if (whole(research) != whole(quality)
        || refusalSentence(researchRefusal) != refusalSentence(qualityRefusal))
        stillWorks(attack,
                   QStringLiteral("research: whole edges %1, quality: whole edges %2 (\"%3\" vs "
                                  "\"%4\") — the child without quality consent has an age that "
                                  "is not whole")
                       .arg(whole(research))
                       .arg(whole(quality))
                       .arg(refusalSentence(researchRefusal), refusalSentence(qualityRefusal)));
    else
        note(attack,
             QStringLiteral("the same whole-number step for both purposes (\"%1\")")
                 .arg(refusalSentence(researchRefusal)));
    // Whole edges for both purposes, and the whole numbers either side of 30.5 named.
    QVERIFY(whole(research));
    QVERIFY(whole(quality));
    QVERIFY2(refusalSentence(researchRefusal).contains(QStringLiteral("30 and 31")),
             qPrintable(refusalSentence(researchRefusal)));
    // A variable that is not whole keeps its own step (gestational age: 0.1 or 0.2 weeks).
    Describe d;
    d.dataset = QStringLiteral("wholer");
    d.completeCases = { QStringLiteral("gestational_age_weeks") };
    d.variables = { variable(QStringLiteral("gestational_age_weeks"), { { -1e9, 1e9 } }) };
    const auto gestation = described(m_node.post("/v1/descriptives", token, describeBody(d)));
    QVERIFY(gestation && !gestation->numeric.isEmpty()
            && !gestation->numeric.front().histograms.isEmpty());
    QVERIFY(!whole(gestation->numeric.front().histograms.front().edges));
}

void tst_Attacks::wholeNumberBinsKeepTheirTails()
{
    // Own attack (issue 14): a coarser step on whole numbers puts many records exactly on an
    // edge (every Apgar score of 7 is on the edge 7). Had ties at an edge been counted in the
    // bin below, or the tails been chosen by lattice point rather than by records, an edge at
    // the lowest or highest value would have told where the few extreme records lie: two
    // children hold an Apgar score of 1 (the planted heavy child and the ivf twin), nobody
    // 2–5. Every released bin must hold exactly the consented records in [e_i, e_i+1) (≥ 10),
    // and at least 10 must lie below the first edge and at or above the last.
    const QString token = m_tokens[QStringLiteral("kim")];
    // One description of the three (each histogram over the cohort's present values).
    const std::vector<const char *> names { "apgar_5min", "maternal_age", "income_quintile" };
    Describe d;
    d.dataset = QStringLiteral("wholet");
    for (const char *name : names)
        d.variables.append(variable(QLatin1String(name), { { -1e9, 1e9 } }));
    const Reply r = m_node.post("/v1/descriptives", token, describeBody(d));
    const auto out = described(r);
    QVERIFY2(out && out->numeric.size() == qsizetype(names.size()), qPrintable(r.describe()));
    for (const char *name : names) {
        const auto described = std::find_if(out->numeric.begin(), out->numeric.end(),
                                            [&](const protocol::NumericDescription &n) {
                                                return n.variable == QLatin1String(name);
                                            });
        QVERIFY2(described != out->numeric.end() && !described->histograms.isEmpty(), name);
        const auto &h = described->histograms.front();
        QVERIFY2(h.edges.size() >= 3, name);
        QCOMPARE(h.counts.size(), h.edges.size() - 1);
        std::vector<double> values;
        for (int row = 0; row < kRows; ++row) {
            if (completeRow(m_table.header, m_table.cells[std::size_t(row)], { name }))
                values.push_back(m_table.number(row, name));
        }
        auto count = [&](double from, double to) { // [from, to)
            return double(std::count_if(values.begin(), values.end(),
                                        [&](double v) { return v >= from && v < to; }));
        };
        const double inf = std::numeric_limits<double>::infinity();
        QStringList shown;
        for (double e : h.edges) {
            QVERIFY2(e == std::trunc(e), name);
            shown << QString::number(e);
        }
        qInfo("%s: edges %s", name, qPrintable(shown.join(QStringLiteral(", "))));
        QVERIFY2(count(-inf, h.edges.front()) >= 10, name);
        QVERIFY2(count(h.edges.back(), inf) >= 10, name);
        for (std::size_t i = 0; i + 1 < h.edges.size(); ++i) {
            QCOMPARE(h.counts[i], count(h.edges[i], h.edges[i + 1]));
            QVERIFY2(h.counts[i] >= 10, name);
        }
    }
}

void tst_Attacks::subgroupEdgeAtTheHighestEdge()
{
    // Own attack (issue 14): subgroup cells are now [e_i, e_i+1) and the cell outside the edges
    // holds the records below the first and at or above the last, so the last edge may be the
    // node's highest. The old bisection (subgroupEdgeBisectsMaximum) needed a last edge above
    // which 1–9 records lie; at the highest edge H at least 10 consented records lie at or
    // above H, the heavy child (6150 g) among them wherever it lies above H. The attacker
    // sweeps the first edge over every allowed edge with H last: the outside cell is withheld
    // or not by counts between released edges only — it holds the records below the first
    // edge and the ≥ 10 at or above H, the same cell whether the heaviest child weighs H or
    // 6150 g. Checked: every such request is answered, and each released level cell's n is the
    // cohort's count in [e_i, e_i+1) from the CSV (so nothing at or above H is in a level
    // cell). Quintiles: the node's edges of income_quintile are 2, 3, 4, 5, and the cells
    // [2, 3), [3, 4), [4, 5) are quintiles 2, 3 and 4 on their own.
    const QString ds = QStringLiteral("subtop");
    const QString token = m_tokens[QStringLiteral("kim")];
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    QString jobId;
    QVERIFY2(fit(token, ds, d, &jobId), "the honest study");
    auto ask = [&](const QString &subgroup, const std::vector<double> &edges) {
        protocol::StudyEvaluationRequest request;
        request.purpose = QStringLiteral("research");
        request.jobId = jobId;
        request.bins = analysis::evaluationGridBins;
        request.subgroup = subgroup;
        request.subgroupEdges = edges;
        return m_node.post("/v1/evaluations", token,
                           protocol::canonicalJson(protocol::toJson(request)));
    };
    auto cohortCount = [&](const char *name, double from, double to) {
        int n = 0;
        for (int row = 0; row < kRows; ++row) {
            if (!completeRow(m_table.header, m_table.cells[std::size_t(row)],
                             { "birth_weight_g", "dev_delay_2y" }))
                continue;
            const double v = m_table.number(row, name);
            n += !std::isnan(v) && v >= from && v < to;
        }
        return n;
    };
    for (const char *name : { "income_quintile", "birth_weight_g" }) {
        const std::vector<double> edges = nodeEdges(token, ds, QLatin1String(name));
        QVERIFY2(edges.size() >= 4, name);
        if (QByteArray(name) == "income_quintile")
            QCOMPARE(edges, (std::vector<double> { 2, 3, 4, 5 }));
        const double highest = edges.back();
        QVERIFY2(cohortCount(name, highest, std::numeric_limits<double>::infinity()) >= 10, name);
        for (std::size_t first = 0; first + 1 < edges.size(); ++first) {
            std::vector<double> asked(edges.begin() + std::ptrdiff_t(first), edges.end());
            if (asked.size() > 21)
                asked.erase(asked.begin() + 20, asked.end() - 1);
            const Reply r = ask(QLatin1String(name), asked);
            QVERIFY2(r.status == 200, qPrintable(r.describe()));
            const auto decoded = protocol::fromJson<protocol::EvaluationResponse>(r.json);
            QVERIFY(decoded);
            QCOMPARE(decoded->subgroups.size(), qsizetype(asked.size()));
            QVERIFY(decoded->subgroups.back().missing);
            for (std::size_t c = 0; c + 1 < asked.size(); ++c) {
                const protocol::SubgroupCell &cell = decoded->subgroups[qsizetype(c)];
                QCOMPARE(cell.level,
                         QStringLiteral("[%1, %2)")
                             .arg(QString::number(asked[c], 'g', 15),
                                  QString::number(asked[c + 1], 'g', 15)));
                if (!cell.withheld)
                    QCOMPARE(cell.bins.n, double(cohortCount(name, asked[c], asked[c + 1])));
            }
            if (QByteArray(name) == "birth_weight_g")
                break; // one sweep step is enough for the weights (the ledger's budget)
        }
    }
    note(QStringLiteral("subgroup edges with the last at the highest edge"),
         QStringLiteral("answered; the outside cell holds >= 10 at or above the highest edge"));
    (void)m_node.del("/v1/jobs/" + jobId.toStdString(), token);
}

// ---- denial of service
// ------------------------------------------------------------------------------

void tst_Attacks::hugeLevelListsAndInteractions()
{
    // Levels that are not in the catalogue make absent dummies; an interaction of two such factors
    // would be a design of 3000 rows × 10⁸ columns. The node must refuse from the request alone.
    std::vector<std::string> fake;
    for (int i = 0; i < 12000; ++i)
        fake.push_back("l" + std::to_string(i));
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { factor("municipality"), factor("maternal_education") });
    d.levels["municipality"] = fake;
    d.levels["maternal_education"] = fake;
    d.spec.interactions = { { "municipality", "maternal_education" } };
    const QByteArray body = jobBody(QStringLiteral("dos"), d);
    QVERIFY(body.size() < (1 << 20));
    QElapsedTimer timer;
    timer.start();
    const Reply r = m_node.post("/v1/jobs", m_tokens[QStringLiteral("eve")], body);
    const qint64 ms = timer.elapsed();
    expectRefusedCode(QStringLiteral("DoS: 12,000 absent levels × interaction"), r, kDesignSize);
    if (ms > 10000)
        stillWorks(QStringLiteral("DoS: 12,000 absent levels × interaction (time)"),
                   QStringLiteral("the answer took %1 ms").arg(ms));
    // A large but real design: every catalogue level, an interaction of the two largest factors.
    auto e = design("dev_delay_2y", analysis::Family::Binomial, { factor("maternal_education") });
    e.levels["maternal_education"] = { "absent1", "absent2", "high", "low", "middle" };
    const Reply r2 = m_node.post("/v1/jobs", m_tokens[QStringLiteral("eve")],
                                 jobBody(QStringLiteral("dos"), e));
    // A federated design lists the union of the sites' levels, so absent levels are accepted;
    // their zero columns count against the size caps, and their empty cells are refused.
    expectRefusedCode(QStringLiteral("DoS: factor levels not in the catalogue"), r2,
                      kDesignSize + QStringList { QStringLiteral("min-cell") });
    QCOMPARE(m_node.get("/v1/health", QString()).status, 200);
}

void tst_Attacks::oneUserFillsJobMemory()
{
    // eve opens job after job (distinct designs of ~24 MB on a large dataset, never a round) until
    // the node says no; then ann asks for one job of the same size and must get it.
    const QString attack = QStringLiteral("DoS: one user fills the job memory, another gets 429");
    const QString bigCsv = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY2(m_node.run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                          QStringLiteral("municipality"), QStringLiteral("--rows"),
                          QStringLiteral("50000"), QStringLiteral("--seed"), QStringLiteral("3"),
                          QStringLiteral("--out"), bigCsv }),
             qPrintable(m_node.error));
    QVERIFY2(m_node.import(QStringLiteral("big"), bigCsv), qPrintable(m_node.error));
    auto bigDesign = [](double lower) {
        // factor(municipality) × factor(sex): about 20 columns of 50,000 rows. The centre of
        // the scaled gestational age makes each design distinct (a winsor bound did, before
        // winsor bounds had to be edges of the node's histogram: breakpoint-bound).
        auto d = design("dev_delay_2y", analysis::Family::Binomial,
                        { factor("municipality"), factor("sex"),
                          transformed("gestational_age_weeks", analysis::Transform::Standardise),
                          asIs("parental_stress") });
        d.scaling["gestational_age_weeks"] = { lower, 2.0 };
        d.levels["municipality"] = { "Eemsdelta", "Groningen", "Het Hogeland", "Midden-Groningen",
                                     "Oldambt",   "Pekela",    "Veendam",      "Westerkwartier" };
        d.levels["sex"] = { "female", "male" };
        d.spec.interactions = { { "municipality", "sex" } };
        return d;
    };
    const QString eve = m_tokens[QStringLiteral("eve")];
    Reply refusal;
    QStringList jobs;
    for (int i = 0; i < 100 && refusal.status == 0; ++i) {
        Reply r;
        const QString job
            = openJob(eve, jobBody(QStringLiteral("big"), bigDesign(30 + i * 0.01)), &r);
        if (!job.isEmpty()) {
            jobs << job;
            continue;
        }
        QVERIFY2(r.status != 500 && r.status != 0, qPrintable(r.describe()));
        refusal = r;
    }
    const Reply ann = m_node.post("/v1/jobs", m_tokens[QStringLiteral("ann")],
                                  jobBody(QStringLiteral("big"), bigDesign(29.5)));
    for (const QString &job : jobs)
        (void)m_node.del("/v1/jobs/" + job.toStdString(), eve);
    if (ann.status != 201) {
        stillWorks(attack,
                   QStringLiteral("eve opened %1 jobs, then got %2; ann got %3")
                       .arg(jobs.size())
                       .arg(refusal.code, ann.describe()));
        return;
    }
    if (refusal.status == 0)
        note(attack, QStringLiteral("eve was never refused in 100 jobs; ann served"));
    else
        EXPECT_REFUSED(attack, refusal,
                       kJobMemory + QStringList { QStringLiteral("user-open-jobs") });
}

void tst_Attacks::manySmallRequests()
{
    // Descriptives cost the node a cohort each and count like jobs: a daily cap per user.
    const QString attack = QStringLiteral("DoS: 1200 descriptives by one user in a row");
    const QString token = m_tokens[QStringLiteral("mallory")];
    Reply last;
    int served = 0;
    for (int i = 0; i < 1200; ++i) {
        Describe d;
        d.dataset = QStringLiteral("quota");
        d.variables = { variable(QStringLiteral("sex")) };
        last = m_node.post("/v1/descriptives", token, describeBody(d));
        if (last.status != 200)
            break;
        ++served;
    }
    if (last.status == 200)
        stillWorks(attack, QStringLiteral("all 1200 served"));
    else
        EXPECT_REFUSED(attack, last, kRequestQuota);
}

void tst_Attacks::logLineForgery()
{
    // %0a in a path would start a new, forged line in the node's request log.
    const std::string forged = "2026-01-01T00:00:00.000Z GET /v1/forged 200 admin 0.1ms";
    std::string path = "/v1/catalogue%0a";
    for (char c : forged)
        path += c == ' ' ? std::string("%20") : std::string(1, c);
    // The request's log line is written after the answer: wait for it (a fixed 200 ms read
    // the log before the line was there on a loaded machine, and the check could not fail).
    const qsizetype before = m_node.log().count("/v1/catalogue");
    (void)m_node.get(path, m_tokens[QStringLiteral("ann")]);
    const QDeadlineTimer deadline(60000);
    while (m_node.log().count("/v1/catalogue") == before && !deadline.hasExpired())
        QThread::msleep(20);
    QVERIFY2(m_node.log().count("/v1/catalogue") > before,
             "the node logged no line for the request within 60 s");
    bool forgedLine = false;
    for (const QByteArray &line : m_node.log().split('\n'))
        forgedLine = forgedLine || line.startsWith(QByteArray::fromStdString(forged));
    if (forgedLine)
        stillWorks(QStringLiteral("log forgery with %0a in the path"),
                   QStringLiteral("a forged line in the node's log"));
    else
        note(QStringLiteral("log forgery with %0a in the path"),
             QStringLiteral("refused (escaped)"));
    QCOMPARE(m_node.get("/v1/health", QString()).status, 200);
}

void tst_Attacks::repeatedRoundKeepsJobAlive()
{
    // A job idle for longer than job_idle_expiry_minutes must expire even while its owner repeats
    // the last round (which returns the stored answer). The shortest expiry, 1 minute, on a
    // second node, so that this takes 60-90 s (the node sweeps idle jobs every 30 s) instead of
    // 30 minutes. The owner repeats every 10 s, far more often than the expiry, and the job's state
    // is read after each repeat until it ends; the limit, 240 s, only bounds a failure.
    NodeProcess node;
    const QString dir = m_dir.filePath(QStringLiteral("expiry"));
    VERIFY_NO_ERROR(
        initNode(node, dir, QStringLiteral("Expiry node"), { { "job_idle_expiry_minutes", "1" } }));
    VERIFY_NO_ERROR(importEach(node, { "cohort" }, m_csv, m_schema));
    const QString token = node.token(QStringLiteral("eve"), QStringLiteral("research"));
    QVERIFY(!token.isEmpty());
    QVERIFY2(node.serve(), qPrintable(node.error));
    const auto d = design("dev_delay_2y", analysis::Family::Binomial,
                          { asIs("gestational_age_weeks"), asIs("parental_stress") });
    testsupport::StudySite site { &node, token, {}, {}, {}, {}, {} };
    QString error;
    QVERIFY2(testsupport::fetchInfo(site, &error), qPrintable(error));
    protocol::StudyManifest manifest = testsupport::makeManifest(
        d, { testsupport::participantOf(site) }, {}, QStringLiteral("plain"));
    QVERIFY2(testsupport::openAndArm({ &site }, manifest, &error), qPrintable(error));
    const std::string job = site.jobId.toStdString();
    protocol::RoundRelay relay;
    relay.round = 1;
    const QByteArray round1 = testsupport::body(protocol::toJson(relay));
    QCOMPARE(node.post("/v1/jobs/" + job + "/rounds", token, round1).status, 200);
    QElapsedTimer timer;
    timer.start();
    int repeats = 0;
    Reply status;
    QString state;
    do {
        QThread::sleep(10); // the attacker's pace, not a synchronisation
        const Reply r = node.post("/v1/jobs/" + job + "/rounds", token, round1);
        ++repeats;
        status = node.get("/v1/jobs/" + job, token);
        state = status.json.value(QStringLiteral("state")).toString();
        if (r.status != 200)
            break;
    } while (state == QStringLiteral("open") && timer.elapsed() < 240000);
    if (state == QStringLiteral("open"))
        stillWorks(QStringLiteral("DoS: repeating a round keeps a job alive"),
                   QStringLiteral("open after %1 repeats over %2 s")
                       .arg(repeats)
                       .arg(timer.elapsed() / 1000));
    else
        note(QStringLiteral("DoS: repeating a round keeps a job alive"),
             QStringLiteral("refused (job %1)").arg(state.isEmpty() ? status.code : state));
    node.stop();
}

// ---- sums over the records that hold a value
// -------------------------------------------------------

namespace {

// n and Σ of parental stress in a released description (its first numeric variable).
Describe stressOf(const QString &dataset, QStringList completeCases = {})
{
    Describe d;
    d.dataset = dataset;
    d.completeCases = std::move(completeCases);
    d.variables = { variable(QStringLiteral("parental_stress")) };
    return d;
}

} // namespace

void tst_Attacks::sumsOverPresentValuesDifferenced()
{
    // Red team 4 (branch `red4`). A description's moments of a numeric variable are sums over the
    // records of the cohort that hold a value, which is no cohort of the ledger: only the missing
    // cell's count is (family m:<var>), and a split atom's exposed cell may leave a small piece.
    // Planted (planted-missing.csv): of the ~30 consented children without a birth weight, only
    // kLonely has a parental stress score (38.9). The cohorts "all" and "complete cases of birth
    // weight" differ by those ~30 children (>= min_cell, rule (a) passes) and both descriptions
    // of stress release their missing counts (rest 0, rule (b) passes); the difference of their
    // moments is kLonely's score.
    const QString token = m_tokens[QStringLiteral("lena")];
    const QStringList cc { QStringLiteral("birth_weight_g") };
    auto difference = [&](const QString &attack, const Reply &a, const Reply &b) {
        const auto sa = countAndSum(a), sb = countAndSum(b);
        if (sa && sb) {
            const double n = std::abs(sa->first - sb->first);
            const double sum = std::abs(sa->second - sb->second);
            stillWorks(attack,
                       QStringLiteral("n = %1, parental stress %2 (planted %3)")
                           .arg(n)
                           .arg(sum, 0, 'f', 3)
                           .arg(kLonelyStress));
            return;
        }
        EXPECT_REFUSED(attack, a.released() ? b : a, kDifferencing + kMinCell);
    };
    // Describe over all, then over the complete cases of birth weight.
    {
        const Reply all = m_node.post("/v1/descriptives", token,
                                      describeBody(stressOf(QStringLiteral("presentdd"))));
        QVERIFY2(all.status == 200, qPrintable(all.describe()));
        const Reply complete = m_node.post("/v1/descriptives", token,
                                           describeBody(stressOf(QStringLiteral("presentdd"), cc)));
        difference(QStringLiteral("sums over present values: all, then complete cases"), all,
                   complete);
    }
    // The other order.
    {
        const Reply complete = m_node.post("/v1/descriptives", token,
                                           describeBody(stressOf(QStringLiteral("presentcc"), cc)));
        QVERIFY2(complete.status == 200, qPrintable(complete.describe()));
        const Reply all = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("vera")],
                                      describeBody(stressOf(QStringLiteral("presentcc"))));
        difference(QStringLiteral("sums over present values: complete cases, then all (2 users)"),
                   complete, all);
    }
    // A study's round 1 (Gaussian: XᵀWX holds n and Σ stress over the design's complete cases,
    // which leave out every child without a birth weight), then a description over all.
    {
        const auto d = design("gestational_age_weeks", analysis::Family::Gaussian,
                              { asIs("parental_stress"), asIs("birth_weight_g") });
        const Reply round = roundOne(token, QStringLiteral("presentjob"), d);
        const auto stats = roundStats(round);
        QVERIFY2(stats, qPrintable(QStringLiteral("the honest round 1: ") + round.describe()));
        const double n = stats->n;
        const double stress = upper(*stats, 0, 1) * n / upper(*stats, 0, 0);
        const Reply all = m_node.post("/v1/descriptives", token,
                                      describeBody(stressOf(QStringLiteral("presentjob"))));
        const auto sa = countAndSum(all);
        const QString attack = QStringLiteral("sums over present values: a fit, then all");
        if (sa)
            stillWorks(attack,
                       QStringLiteral("n = %1, parental stress %2 (planted %3)")
                           .arg(sa->first - n)
                           .arg(sa->second - stress, 0, 'f', 3)
                           .arg(kLonelyStress));
        else
            EXPECT_REFUSED(attack, all, kDifferencing + kMinCell);
    }
    // Honest: the complete cases of the model, described and fitted, repeated.
    {
        const Reply honest
            = m_node.post("/v1/descriptives", token,
                          describeBody(stressOf(QStringLiteral("presentjob"),
                                                { QStringLiteral("parental_stress"),
                                                  QStringLiteral("birth_weight_g") })));
        QVERIFY2(honest.status == 200, qPrintable(honest.describe()));
    }
}

void tst_Attacks::sumsOverFewPresentValues()
{
    // One description: the children of Maassluis (~115 consented, >= min_cohort), of whom five
    // have a breastfeeding duration (4, 4.5, 5, 5.5 and 6 months; planted-missing.csv). The
    // missing cell (~110) passes min_cell and five spread values pass dominance (top 2: 46 % of
    // Σ|x|, 80 % of the centred squares), so the moments were the sums of five children.
    Describe d;
    d.dataset = QStringLiteral("presentfew");
    d.filters = { among("municipality", { "Maassluis" }) };
    d.variables = { variable(QStringLiteral("breastfeeding_months")) };
    const Reply r
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("lena")], describeBody(d));
    const QString attack = QStringLiteral("sums over the few records that hold a value");
    if (const auto s = countAndSum(r)) {
        stillWorks(attack,
                   QStringLiteral("n = %1, Σ breastfeeding %2 months (planted 5 children, 25)")
                       .arg(s->first)
                       .arg(s->second));
        return;
    }
    EXPECT_REFUSED(attack, r, kMinCell);
    // The same cohort described for a variable every child holds is released.
    d.variables = { variable(QStringLiteral("gestational_age_weeks")) };
    const Reply honest
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("lena")], describeBody(d));
    QVERIFY2(honest.status == 200, qPrintable(honest.describe()));
}

namespace {

// The girls' cells of a released two-way table sex × dev_delay_2y: (girls, girls with a delay);
// nullopt when the table was not released or one of the girls' cells was withheld.
std::optional<std::pair<double, double>> girlsOfTable(const Reply &reply)
{
    const auto out = described(reply);
    if (!out || out->tables.isEmpty())
        return std::nullopt;
    const protocol::ReleasedTable &t = out->tables.front();
    const qsizetype columns = t.columnLevels.size();
    std::optional<double> girls, delayed;
    for (qsizetype i = 0; columns > 0 && i < t.counts.size(); ++i) {
        const QString &row = t.rowLevels[i / columns], &column = t.columnLevels[i % columns];
        if (row != QLatin1String("female")
            || (column != QLatin1String("0") && column != QLatin1String("1")))
            continue;
        if (!t.counts[i])
            return std::nullopt;
        girls = girls.value_or(0) + double(*t.counts[i]);
        if (column == QLatin1String("1"))
            delayed = double(*t.counts[i]);
    }
    if (!girls || !delayed)
        return std::nullopt;
    return std::pair { *girls, *delayed };
}

// The same from round 1 of a binomial study of dev_delay_2y ~ sex (+ others), sex's reference
// female (column 1 the boys' dummy): at round 1 μ is the same for every record, so XᵀWX's
// (intercept, boys) entry over the weight is the boys' count and the score's boys entry plus μ
// times it their delays.
std::pair<double, double> girlsOfRound(const analysis::RoundStats &s)
{
    const double mu = (s.events - s.score[0]) / s.n;
    const double w = upper(s, 0, 0) / s.n;
    const double boys = upper(s, 0, 1) / w;
    const double boysDelayed = s.score[1] + mu * boys;
    return { s.n - boys, s.events - boysDelayed };
}

// "girls d, girls with a delay e (planted: the one girl's outcome y)" or the attack's refusal.
QString girlDifference(const std::pair<double, double> &a, const std::pair<double, double> &b,
                       const QString &planted)
{
    return QStringLiteral("girls %1, of whom with a delay %2 (planted: the group's one girl, "
                          "outcome %3)")
        .arg(std::abs(a.first - b.first))
        .arg(std::abs(a.second - b.second))
        .arg(planted);
}

} // namespace

void tst_Attacks::jointCellOfAGroupsOnlyGirl()
{
    // A two-way table sex × outcome over all records and over the complete cases of birth weight:
    // the ~30 children without a birth weight (>= min_cell) are all boys but kLonely
    // (planted-missing.csv). Every cell of both tables is large, so the ledger's rules (a) and (b)
    // passed; the difference of the two tables is the group's sex × outcome counts, and the girls'
    // row of it is kLonely's outcome. Both orders (on main's node both gave it: rule (b) held only
    // a split atom's withheld rest, rule (c) a new atom's rest). Since red team 6 a table's joint
    // cells are held by their margins (the group's girls) at every split and in every atom
    // (docs/privacy-rules.md, "Event sums, and a group's joint cells", Rule 2).
    const QString planted = m_table.text(kLonely, "dev_delay_2y");
    const QString token = m_tokens[QStringLiteral("lena")];
    for (const bool allFirst : { true, false }) {
        Describe d;
        d.dataset = allFirst ? QStringLiteral("jointgirl") : QStringLiteral("jointgirlcc");
        d.tables = { { QStringLiteral("sex"), QStringLiteral("dev_delay_2y") } };
        Describe cc = d;
        cc.completeCases = { QStringLiteral("birth_weight_g") };
        const Reply first = m_node.post("/v1/descriptives", token, describeBody(allFirst ? d : cc));
        QVERIFY2(first.status == 200, qPrintable(first.describe()));
        const Reply second = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("vera")],
                                         describeBody(allFirst ? cc : d));
        const QString attack = QStringLiteral("a group's only girl: sex × outcome differenced (%1)")
                                   .arg(allFirst ? QStringLiteral("all, then complete cases")
                                                 : QStringLiteral("complete cases, then all"));
        const auto a = girlsOfTable(first), b = girlsOfTable(second);
        if (a && b) {
            stillWorks(attack, girlDifference(*a, *b, planted));
            continue;
        }
        EXPECT_REFUSED(attack, second, kDifferencing);
        QVERIFY2(second.body.contains("cells of dev_delay_2y"), qPrintable(second.describe()));
    }
    // Honest: the same table over the complete cases, repeated by another user, is released.
    Describe again;
    again.dataset = QStringLiteral("jointgirl");
    again.tables = { { QStringLiteral("sex"), QStringLiteral("dev_delay_2y") } };
    const Reply repeat
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("kim")], describeBody(again));
    QVERIFY2(girlsOfTable(repeat), qPrintable(repeat.describe()));
}

void tst_Attacks::jointCellByAFitAndATable()
{
    // A fit releases the joint cells of sex × outcome too: round 1 of dev_delay_2y ~ sex gives
    // the girls and their delays (girlsOfRound). So a fit over all records and a table over the
    // complete cases of birth weight (the ~30 children without one all boys but kLonely), in
    // either order, and a fit over the complete cases (dev_delay_2y ~ sex + birth_weight_g) then
    // a table over all, give her outcome as the two tables did (red team 6; on main's node all
    // three gave it).
    const QString planted = m_table.text(kLonely, "dev_delay_2y");
    const auto overAll
        = design("dev_delay_2y", analysis::Family::Binomial, { factor("sex", "female") });
    const auto overComplete = design("dev_delay_2y", analysis::Family::Binomial,
                                     { factor("sex", "female"), asIs("birth_weight_g") });
    Describe all;
    all.tables = { { QStringLiteral("sex"), QStringLiteral("dev_delay_2y") } };
    Describe complete = all;
    complete.completeCases = { QStringLiteral("birth_weight_g") };
    struct Case {
        const char *dataset;
        bool fitFirst;
        bool fitOverAll; // else the fit over the complete cases, the table over all
        const char *name;
    };
    for (const Case &c : { Case { "jointfit", true, true, "a fit over all, then a table" },
                           Case { "jointtable", false, false, "a table over all, then a fit" },
                           Case { "jointfitcc", true, false,
                                  "a fit over the complete cases, then a table over all" } }) {
        const QString ds = QLatin1String(c.dataset);
        Describe table = c.fitOverAll ? complete : all;
        table.dataset = ds;
        const QString attack = QStringLiteral("a group's only girl: %1").arg(QLatin1String(c.name));
        Reply fitted, described;
        if (c.fitFirst) {
            fitted = roundOne(m_tokens[QStringLiteral("lena")], ds,
                              c.fitOverAll ? overAll : overComplete);
            QVERIFY2(roundStats(fitted), qPrintable(fitted.describe()));
            described = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("vera")],
                                    describeBody(table));
        } else {
            described = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("vera")],
                                    describeBody(table));
            QVERIFY2(girlsOfTable(described), qPrintable(described.describe()));
            fitted = roundOne(m_tokens[QStringLiteral("lena")], ds,
                              c.fitOverAll ? overAll : overComplete);
        }
        const auto t = girlsOfTable(described);
        const auto s = roundStats(fitted);
        if (t && s) {
            stillWorks(attack, girlDifference(girlsOfRound(*s), *t, planted));
            continue;
        }
        const Reply &refused = c.fitFirst ? described : fitted;
        EXPECT_REFUSED(attack, refused, kDifferencing);
        QVERIFY2(refused.body.contains("sex"), qPrintable(refused.describe()));
    }
    // Honest: the fit over the complete cases and the table over the same cohort, in both
    // orders on one dataset, are released.
    Describe same = complete;
    same.dataset = QStringLiteral("jointfitcc");
    QVERIFY2(girlsOfTable(m_node.post("/v1/descriptives", m_tokens[QStringLiteral("kim")],
                                      describeBody(same))),
             "the table over the fit's own cohort");
    QVERIFY2(roundStats(roundOne(m_tokens[QStringLiteral("kim")], QStringLiteral("jointfitcc"),
                                 overComplete)),
             "the fit repeated");
}

void tst_Attacks::jointCellByAFilteredDescription()
{
    // The next attack on the joint cells held for tables (red team 6): no table at all. The
    // outcome's levels described over the girls with a birth weight (a level filter and complete
    // cases: a row of sex × outcome, released as level counts), then round 1 of dev_delay_2y ~ sex
    // over all records: the girls and their delays over all, less the description's cohort and
    // its delays, are the group's one girl and her outcome. On main's node it gave her outcome;
    // closed by crossing a description's level counts with its level filters (the joint cells
    // sex × outcome of the girls' rows, held like a table's).
    const QString ds = QStringLiteral("jointfilter");
    Describe girls;
    girls.dataset = ds;
    girls.filters = { among("sex", { "female" }) };
    girls.completeCases = { QStringLiteral("birth_weight_g") };
    girls.variables = { variable(QStringLiteral("dev_delay_2y")) };
    const Reply d
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("lena")], describeBody(girls));
    const auto out = described(d);
    QVERIFY2(out && !out->categorical.isEmpty(), qPrintable(d.describe()));
    std::optional<double> delayed;
    for (const auto &level : out->categorical.front().levels) {
        if (level.name == QLatin1String("1") && level.count)
            delayed = double(*level.count);
    }
    QVERIFY2(delayed, "the girls' delays released");
    const Reply r
        = roundOne(m_tokens[QStringLiteral("vera")], ds,
                   design("dev_delay_2y", analysis::Family::Binomial, { factor("sex", "female") }));
    const QString attack
        = QStringLiteral("a group's only girl: a filtered description, then a fit");
    if (const auto s = roundStats(r)) {
        stillWorks(attack,
                   girlDifference(girlsOfRound(*s), { double(out->cohortSize), *delayed },
                                  m_table.text(kLonely, "dev_delay_2y")));
        return;
    }
    EXPECT_REFUSED(attack, r, kDifferencing);
    QVERIFY2(r.body.contains("sex"), qPrintable(r.describe()));
    // Honest: the same description repeated by another user is released.
    const Reply again
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("kim")], describeBody(girls));
    QVERIFY2(again.status == 200, qPrintable(again.describe()));
}

void tst_Attacks::predictorSumsOfAGroupsOnlyGirl()
{
    // A predictor category's sums over a split-off piece (red team 6): XᵀX of a Gaussian fit of
    // maternal_age ~ sex + gestational_age_weeks holds, with sex's reference female, the boys'
    // count and Σ gestational age over the boys, and over everyone. The same design with birth
    // weight added leaves out the ~30 children without one (>= min_cell: the dataset's ledger
    // passes; maternal age is never 0: the event ledger's nonzero class is the whole group), all
    // boys but kLonely: the difference of the two fits' (intercept, ga) and (boys, ga) entries
    // is Σ gestational age over the group's girls, and their count is 1. Both orders, by two
    // users; on main 2ffd065's node both gave kLonely's gestational age (32.7). Closed (redfit):
    // fits hold each category's piece among themselves in the fit ledger, at half of min_cell
    // (the girls' piece is 1); see docs/privacy-rules.md, "Event sums, and a group's joint
    // cells", Rule 3.
    const QString planted = m_missing.text(kLonely, "gestational_age_weeks");
    const auto overAll = design("maternal_age", analysis::Family::Gaussian,
                                { factor("sex", "female"), asIs("gestational_age_weeks") });
    const auto overComplete = design(
        "maternal_age", analysis::Family::Gaussian,
        { factor("sex", "female"), asIs("gestational_age_weeks"), asIs("birth_weight_g") });
    // Per fit: girls and Σ gestational age over them.
    auto girls = [](const analysis::RoundStats &s) {
        return std::pair { upper(s, 0, 0) - upper(s, 0, 1), upper(s, 0, 2) - upper(s, 1, 2) };
    };
    for (const bool allFirst : { true, false }) {
        const QString ds = allFirst ? QStringLiteral("catsums") : QStringLiteral("catsumscc");
        const Reply first
            = roundOne(m_tokens[QStringLiteral("lena")], ds, allFirst ? overAll : overComplete);
        QVERIFY2(roundStats(first), qPrintable(first.describe()));
        const Reply second
            = roundOne(m_tokens[QStringLiteral("vera")], ds, allFirst ? overComplete : overAll);
        const QString attack
            = QStringLiteral("a predictor category's sums over a group's only girl (%1)")
                  .arg(allFirst ? QStringLiteral("all, then complete cases")
                                : QStringLiteral("complete cases, then all"));
        if (const auto s = roundStats(second)) {
            const auto a = girls(*roundStats(first)), b = girls(*s);
            const QString detail
                = QStringLiteral("girls %1, Σ gestational age %2 (planted: the one girl, %3)")
                      .arg(std::abs(a.first - b.first))
                      .arg(std::abs(a.second - b.second), 0, 'f', 3)
                      .arg(planted);
            stillWorks(attack, detail);
            continue;
        }
        EXPECT_REFUSED(attack, second, kDifferencing);
        QVERIFY2(second.body.contains("categories of sex"), qPrintable(second.describe()));
        // The first fit repeated by another user is released.
        QVERIFY2(roundStats(roundOne(m_tokens[QStringLiteral("kim")], ds,
                                     allFirst ? overAll : overComplete)),
                 "the first fit repeated");
    }
}

void tst_Attacks::predictorSumsByAFilteredDescription()
{
    // The next attack on the fit ledger (red team 6): it holds two fits' sums over a category,
    // but a description over a level-filtered cohort gives sums over a category too. Round 1 of
    // maternal_age ~ sex + gestational_age_weeks over all records (Σ gestational age over the
    // girls and their count, from XᵀX), and gestational age described over the girls with a
    // birth weight (filter sex = female, complete cases of birth weight): the difference is the
    // group's one girl's gestational age. Both orders; on main's node both gave it. Closed for
    // the fit first: a description with a level filter and numeric moments refines the fit
    // ledger with the filter's levels and holds the girls' piece of a group a fit covered. For
    // the description first (still open on main 2ffd065: 32.7), closed by redfit: the fit over
    // all holds the girls' piece of the records the description did not cover (1).
    const QString planted = m_missing.text(kLonely, "gestational_age_weeks");
    const auto overAll = design("maternal_age", analysis::Family::Gaussian,
                                { factor("sex", "female"), asIs("gestational_age_weeks") });
    for (const bool fitFirst : { true, false }) {
        const QString ds = fitFirst ? QStringLiteral("sumsfilter") : QStringLiteral("sumsfilterd");
        Describe girls;
        girls.dataset = ds;
        girls.filters = { among("sex", { "female" }) };
        girls.completeCases = { QStringLiteral("birth_weight_g") };
        girls.variables = { variable(QStringLiteral("gestational_age_weeks")) };
        Reply fitted, description;
        if (fitFirst) {
            fitted = roundOne(m_tokens[QStringLiteral("lena")], ds, overAll);
            QVERIFY2(roundStats(fitted), qPrintable(fitted.describe()));
            description = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("vera")],
                                      describeBody(girls));
        } else {
            description = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("vera")],
                                      describeBody(girls));
            QVERIFY2(countAndSum(description), qPrintable(description.describe()));
            fitted = roundOne(m_tokens[QStringLiteral("lena")], ds, overAll);
        }
        const QString attack
            = QStringLiteral("a predictor category's sums: %1")
                  .arg(fitFirst ? QStringLiteral("a fit, then a filtered description")
                                : QStringLiteral("a filtered description, then a fit"));
        const auto s = roundStats(fitted);
        const auto d = countAndSum(description);
        if (s && d) {
            const double n = upper(*s, 0, 0) - upper(*s, 0, 1);
            const double sum = upper(*s, 0, 2) - upper(*s, 1, 2);
            const QString detail
                = QStringLiteral("girls %1, Σ gestational age %2 (planted: the one girl, %3)")
                      .arg(n - d->first)
                      .arg(sum - d->second, 0, 'f', 3)
                      .arg(planted);
            stillWorks(attack, detail);
            continue;
        }
        const Reply &refused = fitFirst ? description : fitted;
        EXPECT_REFUSED(attack, refused, kDifferencing);
        QVERIFY2(refused.body.contains("sex"), qPrintable(refused.describe()));
    }
}

void tst_Attacks::predictorSumsByFourFits()
{
    // The next attack on a fit ledger that held only each pair of fits (redfit): four Gaussian
    // round 1s of maternal_age ~ sex + gestational_age_weeks whose every two cohorts differ by
    // >= min_cell girls and >= min_cell boys, yet S1 - S2 - S3 + S4 is the sums over the ~30
    // children without a birth weight (group D), all boys but kLonely: C1 all records with a
    // municipality; C2 the complete cases of birth weight outside Nissewaard (M); C3 the same
    // outside Schiedam (S); C4 outside both. A record of D counts 1 - 0 - 0 + 0, one of M 1 - 0 - 1
    // + 0, one of S 1 - 1 - 0 + 0, any other 1 - 1 - 1 + 1: D alone. On main's node all four were
    // released and gave kLonely's gestational age. (Every cohort has a municipality filter: a
    // record without one counts 1 - 0 - 0 + 0 too.) The fit ledger's partition (not a pairwise
    // check) refuses the third fit: it splits the atom "D and M" into M and D, whose girls' piece
    // is one.
    const QString planted = m_missing.text(kLonely, "gestational_age_weeks");
    const QString ds = QStringLiteral("catsums4");
    // Every town of the catalogue: C1 filtered to them too, so that a record without a
    // municipality (which every filter leaves out) is in no cohort.
    const std::vector<std::string> towns {
        "Rotterdam",  "Schiedam",  "Vlaardingen", "Capelle aan den IJssel", "Barendrecht",
        "Ridderkerk", "Maassluis", "Nissewaard",  kIslandName.toStdString()
    };
    auto without = [&](std::vector<std::string> left) {
        std::vector<std::string> kept;
        for (const std::string &t : towns) {
            if (std::find(left.begin(), left.end(), t) == left.end())
                kept.push_back(t);
        }
        return among("municipality", kept);
    };
    const std::vector<analysis::Predictor> base { factor("sex", "female"),
                                                  asIs("gestational_age_weeks") };
    std::vector<analysis::Predictor> withWeight = base;
    withWeight.push_back(asIs("birth_weight_g"));
    const std::vector<analysis::ResolvedDesign> fits {
        design("maternal_age", analysis::Family::Gaussian, base, { without({}) }),
        design("maternal_age", analysis::Family::Gaussian, withWeight,
               { without({ "Nissewaard" }) }),
        design("maternal_age", analysis::Family::Gaussian, withWeight, { without({ "Schiedam" }) }),
        design("maternal_age", analysis::Family::Gaussian, withWeight,
               { without({ "Nissewaard", "Schiedam" }) }),
    };
    const QStringList users { QStringLiteral("lena"), QStringLiteral("vera"), QStringLiteral("kim"),
                              QStringLiteral("theo") };
    const QString attack
        = QStringLiteral("a predictor category's sums over a group's only girl by four fits");
    std::vector<analysis::RoundStats> stats;
    for (std::size_t i = 0; i < fits.size(); ++i) {
        const Reply r = roundOne(m_tokens[users[int(i)]], ds, fits[i]);
        if (const auto s = roundStats(r)) {
            stats.push_back(*s);
            continue;
        }
        QVERIFY2(i >= 2,
                 qPrintable(QStringLiteral("fit %1 (every pair of cohorts differs by "
                                           ">= min_cell of each sex): %2")
                                .arg(i + 1)
                                .arg(r.describe())));
        EXPECT_REFUSED(attack, r, kDifferencing);
        QVERIFY2(r.body.contains("categories of sex"), qPrintable(r.describe()));
        return;
    }
    const double sign[] = { 1, -1, -1, 1 };
    double girls = 0, sum = 0;
    for (std::size_t i = 0; i < stats.size(); ++i) {
        girls += sign[i] * (upper(stats[i], 0, 0) - upper(stats[i], 0, 1));
        sum += sign[i] * (upper(stats[i], 0, 2) - upper(stats[i], 1, 2));
    }
    stillWorks(attack,
               QStringLiteral("girls %1, Σ gestational age %2 (planted: the one girl, %3)")
                   .arg(girls)
                   .arg(sum, 0, 'f', 3)
                   .arg(planted));
}

void tst_Attacks::predictorSumsOfAGroupsOnlyGirlPoisson()
{
    // predictorSumsOfAGroupsOnlyGirl in another family (redfit): round 1 of a Poisson fit is at a
    // β where μ is the same for every record (no offset), so XᵀWX is μ XᵀX and gives the same
    // sums over each category. maternal_age as a count (whole years over the records consented
    // for every purpose, so not refused as not-counts; never 0, so the event ledger's nonzero
    // class is every record), over all records and then over the complete cases of birth
    // weight: the girls' entries differ by kLonely's gestational age times μ. On main's node it
    // was released and gave her gestational age.
    const QString planted = m_missing.text(kLonely, "gestational_age_weeks");
    const QString ds = QStringLiteral("catsumspois");
    const auto overAll = design("maternal_age", analysis::Family::Poisson,
                                { factor("sex", "female"), asIs("gestational_age_weeks") });
    const auto overComplete = design(
        "maternal_age", analysis::Family::Poisson,
        { factor("sex", "female"), asIs("gestational_age_weeks"), asIs("birth_weight_g") });
    const Reply first = roundOne(m_tokens[QStringLiteral("lena")], ds, overAll);
    const auto a = roundStats(first);
    QVERIFY2(a, qPrintable(first.describe()));
    const Reply second = roundOne(m_tokens[QStringLiteral("vera")], ds, overComplete);
    const QString attack
        = QStringLiteral("a predictor category's sums over a group's only girl (Poisson)");
    if (const auto b = roundStats(second)) {
        // μ from each round: the intercept's entry is μ n.
        const double muA = upper(*a, 0, 0) / a->n, muB = upper(*b, 0, 0) / b->n;
        const double girls
            = (upper(*a, 0, 0) - upper(*a, 0, 1)) / muA - (upper(*b, 0, 0) - upper(*b, 0, 1)) / muB;
        const double sum
            = (upper(*a, 0, 2) - upper(*a, 1, 2)) / muA - (upper(*b, 0, 2) - upper(*b, 1, 2)) / muB;
        stillWorks(attack,
                   QStringLiteral("girls %1, Σ gestational age %2 (planted: the one girl, %3)")
                       .arg(girls, 0, 'f', 3)
                       .arg(sum, 0, 'f', 3)
                       .arg(planted));
        return;
    }
    EXPECT_REFUSED(attack, second, kDifferencing);
    QVERIFY2(second.body.contains("categories of sex"), qPrintable(second.describe()));
}

void tst_Attacks::eventSumsOfAGroupsOnlyEvent()
{
    // Round 1 of a binomial study is at a β where μ is the same for every record, so its score
    // Xᵀ(y − μ) and XᵀWX give Σ x over the cohort's events. Two studies whose cohorts differ by
    // the children of Maassluis (~115, >= min_cell: rule (a) passes; the outcome's cells are
    // large in both), of whom one has a delay (planted-missing.csv): the difference of the event
    // sums is that child's row.
    const QString ds = QStringLiteral("eventsums");
    const QString token = m_tokens[QStringLiteral("lena")];
    std::vector<std::string> others;
    for (const char *town : { "Rotterdam", "Nissewaard", "Schiedam", "Capelle aan den IJssel",
                              "Vlaardingen", "Barendrecht", "Ridderkerk", "Schiermonnikoog" })
        others.push_back(town);
    const std::vector<analysis::Predictor> predictors { asIs("gestational_age_weeks"),
                                                        asIs("parental_stress"),
                                                        asIs("birth_weight_g") };
    const auto all = design("dev_delay_2y", analysis::Family::Binomial, predictors);
    const auto rest = design("dev_delay_2y", analysis::Family::Binomial, predictors,
                             { among("municipality", others) });
    // Per cohort: events and Σ x_j over them, from a round at a β of constant μ.
    auto eventSums = [](const analysis::RoundStats &s) {
        const double mu = (s.events - s.score[0]) / s.n;
        const double w = upper(s, 0, 0) / s.n;
        std::vector<double> out { s.events };
        for (int j = 1; j < s.p; ++j)
            out.push_back(s.score[std::size_t(j)] + mu * upper(s, 0, j) / w);
        return out;
    };
    const Reply a = roundOne(token, ds, all);
    QVERIFY2(roundStats(a), qPrintable(QStringLiteral("the honest round 1: ") + a.describe()));
    const Reply b = roundOne(m_tokens[QStringLiteral("vera")], ds, rest);
    const QString attack = QStringLiteral("event sums: a group's only event by two round 1s");
    if (const auto sb = roundStats(b)) {
        const auto ea = eventSums(*roundStats(a)), eb = eventSums(*sb);
        auto planted = [&](const char *name) {
            return m_missing.text(m_maassluisEvent, name);
        };
        const QString detail
            = QStringLiteral("events %1; gestational age %2, stress %3, birth weight %4 "
                             "(planted %5, %6, %7)")
                  .arg(ea[0] - eb[0])
                  .arg(ea[1] - eb[1], 0, 'f', 3)
                  .arg(ea[2] - eb[2], 0, 'f', 3)
                  .arg(ea[3] - eb[3], 0, 'f', 3)
                  .arg(planted("gestational_age_weeks"), planted("parental_stress"),
                       planted("birth_weight_g"));
        stillWorks(attack, detail);
        return;
    }
    EXPECT_REFUSED(attack, b, kDifferencing);
    QVERIFY2(b.body.contains("outcome classes"), qPrintable(b.describe()));
    // The same through a linear probability model: a Gaussian fit's Xᵀy of a 0/1 outcome is Σ x
    // over the events, and it shares the outcome's event ledger.
    const Reply g = roundOne(m_tokens[QStringLiteral("vera")], ds,
                             design("dev_delay_2y", analysis::Family::Gaussian, predictors,
                                    { among("municipality", others) }));
    EXPECT_REFUSED(attack + QStringLiteral(" (Gaussian)"), g, kDifferencing);
    QVERIFY2(g.body.contains("outcome classes"), qPrintable(g.describe()));
    // The honest repeat of the first fit is released.
    QVERIFY2(roundStats(roundOne(token, ds, all)), "the first fit repeated");
}

QTEST_GUILESS_MAIN(tst_Attacks)
#include "tst_attacks.moc"
