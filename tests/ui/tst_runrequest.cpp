// SPDX-License-Identifier: GPL-3.0-or-later
// Every setting of every design block reaches the run (issue 17): the test walks every property
// of every block as the design's JSON holds it (nested filters and thresholds included), changes
// it, and checks that what the run asks of the sites (runRequest: the model, the evaluation, the
// calibration studies, the per-site fits, the thresholds) changes with it. A new block setting
// that is not wired to the run fails here without anyone having to remember it. Before this test
// the Evaluation block's "Brier score" and "Calibration" boxes reached nothing (the run used the
// AUC box for both).
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/runrequest.h"

#include "fairstart/analysis/formula.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

bool sameRequest(const RunRequest &a, const RunRequest &b)
{
    return a.options.spec == b.options.spec && a.options.evaluate == b.options.evaluate
        && a.options.calibration == b.options.calibration
        && a.options.perSiteFits == b.options.perSiteFits && a.thresholds == b.thresholds;
}

// A changed value of the same type that the design accepts.
QJsonValue changed(const QString &key, const QJsonValue &value)
{
    if (value.isBool())
        return !value.toBool();
    if (value.isNull())
        return 1.5;
    if (value.isDouble()) {
        if (key == QLatin1String("knots"))
            return value.toInt() == 4 ? 5 : 4;
        return value.toDouble() + 0.25;
    }
    const QString text = value.toString();
    if (key == QLatin1String("transform"))
        return text == QLatin1String("log") ? QStringLiteral("asis") : QStringLiteral("log");
    if (key == QLatin1String("family"))
        return text == QLatin1String("poisson") ? QStringLiteral("binomial")
                                                : QStringLiteral("poisson");
    return QString(text + QStringLiteral("_changed"));
}

struct Walk {
    QStringList paths; // every leaf changed
    QStringList unreached; // leaves whose change did not reach the run
};

RunRequest requestOf(const QJsonObject &design)
{
    DesignDocument doc;
    if (const auto problem = doc.loadJson(design))
        qFatal("the changed design does not load: %s", qPrintable(*problem));
    return runRequest(doc);
}

// The Evaluation block's boxes all off: an "either of" (AUC or Brier asks for the evaluation)
// shows its effect from here.
QJsonObject evaluationOff(QJsonObject design)
{
    QJsonArray blocks = design.value(QStringLiteral("blocks")).toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QJsonObject b = blocks[i].toObject();
        if (b.value(QStringLiteral("kind")).toString() == QLatin1String("evaluation")) {
            for (const char *key : { "auc", "brier", "calibration", "perSite" })
                b.insert(QLatin1String(key), false);
            blocks[i] = b;
        }
    }
    design.insert(QStringLiteral("blocks"), blocks);
    return design;
}

// Changes the leaf at `path` (keys and indices below one block) in a copy of the design.
QJsonValue replaced(const QJsonValue &node, const QList<QVariant> &path, int depth,
                    const QJsonValue &leaf)
{
    if (depth == path.size())
        return leaf;
    const QVariant step = path.at(depth);
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = node.toArray();
        array[step.toInt()] = replaced(array[step.toInt()], path, depth + 1, leaf);
        return array;
    }
    QJsonObject object = node.toObject();
    object.insert(step.toString(), replaced(object.value(step.toString()), path, depth + 1, leaf));
    return object;
}

// The leaf at `path` below `node` (the inverse of replaced).
QJsonValue leafAt(const QJsonValue &node, const QList<QVariant> &path)
{
    QJsonValue at = node;
    for (const QVariant &step : path)
        at = step.typeId() == QMetaType::Int ? at.toArray().at(step.toInt())
                                             : at.toObject().value(step.toString());
    return at;
}

void walkLeaves(
    const QJsonValue &value, QList<QVariant> path, const QString &key,
    const std::function<void(const QList<QVariant> &, const QString &, const QJsonValue &)> &visit)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            walkLeaves(it.value(), path + QList<QVariant> { it.key() }, it.key(), visit);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            walkLeaves(a[i], path + QList<QVariant> { int(i) }, key, visit);
    } else {
        visit(path, key, value);
    }
}

} // namespace

class tst_RunRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyBlockSettingReachesTheRun();
    void evaluationBoxes();
};

void tst_RunRequest::everyBlockSettingReachesTheRun()
{
    auto spec = analysis::parseFormula("low ~ age + rcs(bwt, 4) + winsor(lwt, 1, 9) + "
                                       "factor(race, ref = \"white\") + smoke + age:smoke",
                                       analysis::Family::Binomial);
    QVERIFY2(spec.ok(), spec.ok() ? "" : spec.error().message.c_str());
    analysis::ModelSpec s = *spec;
    s.filters.push_back({ "age", 15.0, 40.0, {} });
    s.filters.push_back({ "race", std::nullopt, std::nullopt, { "white", "black" } });
    s.outcome.threshold = 2500.0;
    s.offset = "exposure";
    s.ridgeLambda = 0.1;
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(s));
    QCOMPARE(doc->toSpec(), s);
    // fromSpec gives the design its Evaluation block, on the model's fit.
    QVERIFY(std::any_of(doc->blocks().begin(), doc->blocks().end(),
                        [](const Block &b) { return b.kind == BlockKind::Evaluation; }));

    const QJsonObject base = doc->toJson();
    const RunRequest baseRequest = requestOf(base);
    const QJsonObject offBase = evaluationOff(base);
    const RunRequest offRequest = requestOf(offBase);
    const QJsonArray blocks = base.value(QStringLiteral("blocks")).toArray();
    Walk walk;
    QSet<QString> kinds;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks[i].toObject();
        const QString kind = block.value(QStringLiteral("kind")).toString();
        kinds.insert(kind);
        walkLeaves(block, {}, QString(),
                   [&](const QList<QVariant> &path, const QString &key, const QJsonValue &leaf) {
                       const QString top = path.first().toString();
                       // Identity and place on the canvas are no settings.
                       if (top == QLatin1String("id") || top == QLatin1String("kind")
                           || top == QLatin1String("x") || top == QLatin1String("y"))
                           return;
                       QStringList parts { kind };
                       for (const QVariant &p : path)
                           parts << p.toString();
                       const QString name = parts.join(QLatin1Char('.'));
                       walk.paths << name;
                       // Each design's own value at the path is changed (the evaluation
                       // boxes are off in offBase, so "changed" there means switched on).
                       auto changedDesign = [&](const QJsonObject &design) {
                           QJsonObject out = design;
                           QJsonArray bs = out.value(QStringLiteral("blocks")).toArray();
                           const QJsonValue own = design == base ? leaf : leafAt(bs[i], path);
                           bs[i] = replaced(bs[i], path, 0, changed(key, own));
                           out.insert(QStringLiteral("blocks"), bs);
                           return out;
                       };
                       const bool reached
                           = !sameRequest(requestOf(changedDesign(base)), baseRequest)
                           || !sameRequest(requestOf(changedDesign(offBase)), offRequest);
                       if (!reached)
                           walk.unreached << name;
                   });
    }
    QVERIFY2(walk.unreached.isEmpty(), qPrintable(walk.unreached.join(QStringLiteral(", "))));
    // The walk saw every kind of block that has settings, and the settings named in the issue.
    for (const char *kind : { "cohort", "outcome", "predictor", "model", "evaluation" })
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    for (const char *path :
         { "predictor.knots", "predictor.lower", "predictor.upper", "predictor.reference",
           "predictor.transform", "outcome.threshold", "cohort.filters.0.min",
           "cohort.filters.1.values.1", "model.ridgeLambda", "model.offset", "model.family",
           "evaluation.auc", "evaluation.brier", "evaluation.calibration", "evaluation.perSite",
           "evaluation.thresholds.1" })
        QVERIFY2(walk.paths.contains(QLatin1String(path)),
                 qPrintable(QLatin1String(path) + QStringLiteral(" not walked: ")
                            + walk.paths.join(QStringLiteral(", "))));
}

// The boxes map onto the run as the Evaluation block says. (GCC 12 at -O2 warns falsely that the
// QList of EvaluationSettings' default thresholds may be used uninitialized here.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
void tst_RunRequest::evaluationBoxes()
{
    DesignDocument doc;
    Block model;
    model.kind = BlockKind::Model;
    doc.addBlock(model);
    Block evaluation;
    evaluation.kind = BlockKind::Evaluation;
    evaluation.evaluation.auc = false;
    evaluation.evaluation.brier = true;
    evaluation.evaluation.calibration = false;
    evaluation.evaluation.perSite = false;
    evaluation.evaluation.thresholds = QList<double>() << 0.3;
    doc.addBlock(evaluation);
    const RunRequest request = runRequest(doc);
    QVERIFY(request.options.evaluate); // the Brier score alone asks for the evaluation
    QVERIFY(!request.options.calibration);
    QVERIFY(!request.options.perSiteFits);
    QCOMPARE(request.thresholds, QList<double> { 0.3 });
}
#pragma GCC diagnostic pop

QTEST_MAIN(tst_RunRequest)
#include "tst_runrequest.moc"
