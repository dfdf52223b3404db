// SPDX-License-Identifier: GPL-3.0-or-later
// Live validation: each mistake a user can make gives its own message, tied to a block and site.
#include "expectedtest.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designvalidator.h"

#include <QTest>

#include <algorithm>

#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

protocol::CatalogueVariable numeric(const char *name, qint64 count)
{
    protocol::CatalogueVariable v;
    v.name = QString::fromLatin1(name);
    v.type = protocol::VariableType::Numeric;
    v.count = count;
    v.missing = 0;
    return v;
}

protocol::CatalogueVariable
categorical(const char *name, QList<std::pair<const char *, protocol::ReleasedCount>> levels)
{
    protocol::CatalogueVariable v;
    v.name = QString::fromLatin1(name);
    v.type = protocol::VariableType::Categorical;
    for (const auto &[level, count] : levels)
        v.levels.append({ QString::fromLatin1(level), count });
    return v;
}

// A yes/no column: the node keeps it as a 0/1 number and lists levels "0" and "1".
protocol::CatalogueVariable binary(const char *name, qint64 no, qint64 yes)
{
    protocol::CatalogueVariable v;
    v.name = QString::fromLatin1(name);
    v.type = protocol::VariableType::Binary;
    v.levels = { { QStringLiteral("0"), no }, { QStringLiteral("1"), yes } };
    v.count = no + yes;
    v.missing = 0;
    return v;
}

// site-a is large; site-b has no 'lwt', a rare race level and few events.
QList<SiteCatalogue> federation()
{
    SiteCatalogue a;
    a.site = QStringLiteral("site-a");
    protocol::CatalogueDataset da;
    da.name = QStringLiteral("births");
    da.variables = { numeric("age", 2000),
                     numeric("lwt", 2000),
                     numeric("bwt", 2000),
                     categorical("low", { { "no", 1400 }, { "yes", 600 } }),
                     categorical("smoke", { { "no", 1200 }, { "yes", 800 } }),
                     categorical("race", { { "black", 500 }, { "other", 300 }, { "white", 1200 } }),
                     binary("preterm", 1700, 300),
                     binary("ht", 1500, 500) };
    a.catalogue.datasets = { da };
    SiteCatalogue b;
    b.site = QStringLiteral("site-b");
    protocol::CatalogueDataset db;
    db.name = QStringLiteral("births");
    db.variables
        = { numeric("age", 300), numeric("bwt", 300),
            categorical("low", { { "no", 270 }, { "yes", 30 } }),
            categorical("smoke", { { "no", 200 }, { "yes", 100 } }),
            categorical("race",
                        { { "black", 100 }, { "other", std::nullopt }, { "white", 190 } }) };
    b.catalogue.datasets = { db };
    protocol::NodeInfo info;
    info.policy.disclosure.minCell = 10;
    info.policy.disclosure.eventsPerParameter = 10;
    b.info = info;
    return { a, b };
}

QList<SiteCatalogue> only(const QString &site)
{
    QList<SiteCatalogue> all = federation();
    all.removeIf([&](const SiteCatalogue &s) { return s.site != site; });
    return all;
}

} // namespace

class tst_DesignValidator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void messages_data();
    void messages();
    void noOutcome();
    void yesNoIsBinaryPredictor();
    void unconnectedBlock();
    void twoEvaluationBlocks();
    void parameterCounts_data();
    void parameterCounts();
};

void tst_DesignValidator::messages_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("site"); // empty = both sites
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QString>("words"); // a piece of the first message

    QTest::newRow("sound design, large site")
        << QStringLiteral("low ~ age + smoke") << QStringLiteral("site-a") << QStringList()
        << QString();
    QTest::newRow("missing at a site")
        << QStringLiteral("low ~ age + lwt") << QStringLiteral("site-b")
        << QStringList { QStringLiteral("missing-at-site") }
        << QStringLiteral("'lwt' is not available at site-b");
    QTest::newRow("rare level")
        << QStringLiteral("low ~ race") << QStringLiteral("site-b")
        << QStringList { QStringLiteral("rare-level") }
        << QStringLiteral("Level 'other' of 'race' has fewer than 10 records at site-b");
    QTest::newRow("too many parameters for the events")
        << QStringLiteral("low ~ age + smoke + rcs(bwt, 5)") << QStringLiteral("site-b")
        << QStringList { QStringLiteral("events-per-parameter") }
        << QStringLiteral("about 30 records for 7 parameters");
    QTest::newRow("enough events at the large site")
        << QStringLiteral("low ~ age + smoke + rcs(bwt, 5)") << QStringLiteral("site-a")
        << QStringList() << QString();
    QTest::newRow("log of a categorical variable")
        << QStringLiteral("low ~ log(smoke)") << QStringLiteral("site-a")
        << QStringList { QStringLiteral("wrong-type") } << QStringLiteral("is categorical");
    QTest::newRow("outcome is also a predictor")
        << QStringLiteral("low ~ low + age") << QStringLiteral("site-a")
        << QStringList { QStringLiteral("spec") }
        << QStringLiteral("both the outcome and a predictor");
    QTest::newRow("threshold with a linear model")
        << QStringLiteral("I(bwt > 2500) ~ age") << QStringLiteral("site-a")
        << QStringList { QStringLiteral("spec") } << QStringLiteral("threshold");
    QTest::newRow("yes/no predictor used as is")
        << QStringLiteral("low ~ age + preterm") << QStringLiteral("site-a") << QStringList()
        << QString();
    QTest::newRow("yes/no outcome of a logistic model")
        << QStringLiteral("ht ~ age + preterm") << QStringLiteral("site-a") << QStringList()
        << QString();
    QTest::newRow("yes/no predictor as a factor")
        << QStringLiteral("low ~ age + factor(preterm)") << QStringLiteral("site-a")
        << QStringList { QStringLiteral("wrong-type") }
        << QStringLiteral("'preterm' is a yes/no variable at site-a");
    QTest::newRow("numeric outcome of a logistic model")
        << QStringLiteral("bwt ~ age") << QStringLiteral("site-a")
        << QStringList { QStringLiteral("wrong-type") }
        << QStringLiteral("The outcome 'bwt' is a number at site-a");
    QTest::newRow("two sites, two problems")
        << QStringLiteral("low ~ age + lwt") << QStringLiteral("")
        << QStringList { QStringLiteral("missing-at-site") } << QStringLiteral("site-b");
}

void tst_DesignValidator::messages()
{
    QFETCH(QString, formula);
    QFETCH(QString, site);
    QFETCH(QStringList, codes);
    QFETCH(QString, words);
    const bool linear = formula.startsWith(QLatin1String("I("));
    auto spec = analysis::parseFormula(
        formula.toStdString(), linear ? analysis::Family::Gaussian : analysis::Family::Binomial);
    QVERIFY_EXPECTED(spec);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(*spec));
    const auto messages = validateDesign(*doc, site.isEmpty() ? federation() : only(site));
    QStringList got;
    for (const ValidationMessage &m : messages) {
        if (!got.contains(m.code))
            got.append(m.code);
    }
    QCOMPARE(got, codes);
    if (!words.isEmpty()) {
        QVERIFY2(messages.first().text.contains(words), qPrintable(messages.first().text));
        QVERIFY(messages.first().blockId != 0); // it points at a block on the canvas
    }
    QCOMPARE(hasErrors(messages), !codes.isEmpty());
}

void tst_DesignValidator::noOutcome()
{
    DesignDocument doc;
    QCOMPARE(validateDesign(doc, federation()).first().code, QStringLiteral("no-model"));
    Block m;
    m.kind = BlockKind::Model;
    doc.addBlock(m);
    doc.dropVariable(QStringLiteral("age"), false, BlockKind::Predictor, {});
    const auto messages = validateDesign(doc, federation());
    QCOMPARE(messages.first().code, QStringLiteral("no-outcome"));
    QVERIFY(messages.first().text.contains(QStringLiteral("no outcome")));
}

void tst_DesignValidator::yesNoIsBinaryPredictor()
{
    // Dropped from the catalogue, a yes/no variable becomes a predictor used as is (0/1), not a
    // factor whose levels the node cannot resolve.
    CatalogueModel catalogue;
    catalogue.setSites(only(QStringLiteral("site-a")));
    auto spec = analysis::parseFormula("low ~ age", analysis::Family::Binomial);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(*spec));
    for (int row = 0; row < catalogue.rowCount(); ++row) {
        const QModelIndex i = catalogue.index(row, 0);
        const QString name = i.data(CatalogueModel::VariableNameRole).toString();
        if (name == QLatin1String("preterm") || name == QLatin1String("race"))
            doc->dropVariable(name, i.data(CatalogueModel::CategoricalRole).toBool(),
                              BlockKind::Predictor, {});
    }
    const analysis::ModelSpec result = doc->toSpec();
    QCOMPARE(result.predictors.size(), std::size_t(3));
    for (const analysis::Predictor &p : result.predictors) {
        if (p.variable == "preterm")
            QCOMPARE(p.transform, analysis::Transform::AsIs);
        if (p.variable == "race")
            QCOMPARE(p.transform, analysis::Transform::Categorical);
    }
    const auto messages = validateDesign(*doc, only(QStringLiteral("site-a")));
    QVERIFY2(!hasErrors(messages), qPrintable(messages.value(0).text));
}

void tst_DesignValidator::unconnectedBlock()
{
    auto spec = analysis::parseFormula("low ~ age", analysis::Family::Binomial);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(*spec));
    Block b;
    b.kind = BlockKind::Predictor;
    b.predictor.variable = "smoke";
    doc->addBlock(b);
    const auto messages = validateDesign(*doc, only(QStringLiteral("site-a")));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().severity, ValidationMessage::Warning);
    QCOMPARE(messages.first().code, QStringLiteral("unconnected"));
    QVERIFY(!hasErrors(messages));
}

// A run uses one Evaluation block's settings: a second one was silently ignored. The check says
// so on every extra block, as an error, so the run cannot start.
void tst_DesignValidator::twoEvaluationBlocks()
{
    auto spec = analysis::parseFormula("low ~ age", analysis::Family::Binomial);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(*spec));
    const auto single = validateDesign(*doc, only(QStringLiteral("site-a")));
    QVERIFY(std::none_of(single.begin(), single.end(), [](const ValidationMessage &m) {
        return m.code == QLatin1String("two-evaluations");
    }));
    QCOMPARE(multipleEvaluationsProblem(*doc), QString());
    // A copy of the design's own Evaluation block, with other thresholds.
    Block second = *std::find_if(doc->blocks().begin(), doc->blocks().end(),
                                 [](const Block &b) { return b.kind == BlockKind::Evaluation; });
    second.evaluation.thresholds = { 0.15, 0.3 };
    const int secondId = doc->addBlock(second);
    const auto messages = validateDesign(*doc, only(QStringLiteral("site-a")));
    QVERIFY(hasErrors(messages));
    const auto it = std::find_if(messages.begin(), messages.end(), [](const ValidationMessage &m) {
        return m.code == QLatin1String("two-evaluations");
    });
    QVERIFY(it != messages.end());
    QCOMPARE(it->severity, ValidationMessage::Error);
    QCOMPARE(it->blockId, secondId);
    QVERIFY2(it->text.contains(QStringLiteral("2 Evaluation blocks")), qPrintable(it->text));
    QVERIFY2(it->text.contains(QStringLiteral("delete")), qPrintable(it->text));
    QCOMPARE(multipleEvaluationsProblem(*doc), it->text);
    // A third is reported too, each extra block pointed at.
    doc->addBlock(second);
    const auto three = validateDesign(*doc, only(QStringLiteral("site-a")));
    QCOMPARE(std::count_if(three.begin(), three.end(),
                           [](const ValidationMessage &m) {
                               return m.code == QLatin1String("two-evaluations");
                           }),
             2);
}

void tst_DesignValidator::parameterCounts_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("parameters");
    QTest::newRow("intercept and one") << QStringLiteral("low ~ age") << 2;
    QTest::newRow("factor with 3 levels") << QStringLiteral("low ~ race") << 3;
    QTest::newRow("spline 4 knots") << QStringLiteral("low ~ rcs(age, 4)") << 4;
    QTest::newRow("interaction") << QStringLiteral("low ~ race * smoke") << 6;
    QTest::newRow("unknown variable") << QStringLiteral("low ~ nothere") << 0;
}

void tst_DesignValidator::parameterCounts()
{
    QFETCH(QString, formula);
    QFETCH(int, parameters);
    auto spec = analysis::parseFormula(formula.toStdString(), analysis::Family::Binomial);
    QVERIFY(spec.ok());
    QCOMPARE(parameterCount(*spec, federation()), parameters);
}

QTEST_GUILESS_MAIN(tst_DesignValidator)
#include "tst_designvalidator.moc"
