// SPDX-License-Identifier: GPL-3.0-or-later
// The design model without its drawing: undo/redo of every user action, typed links, JSON and
// spec round trips.
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/designer/designdocument.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace fairstart;
using namespace fairstart::ui;

Q_DECLARE_METATYPE(std::function<void(DesignDocument &)>)

namespace {

analysis::ModelSpec lowBirthWeight()
{
    auto spec = analysis::parseFormula(
        "low ~ age + log(lwt) + factor(race, ref = \"white\") + smoke + rcs(age2, 4) + smoke:race",
        analysis::Family::Binomial);
    Q_ASSERT(spec.ok());
    analysis::ModelSpec s = spec.value();
    s.filters.push_back({ "age", 14.0, 45.0, {} });
    s.ridgeLambda = 0.5;
    return s;
}

int firstOf(const DesignDocument &doc, BlockKind kind)
{
    for (const Block &b : doc.blocks()) {
        if (b.kind == kind)
            return b.id;
    }
    return 0;
}

QByteArray snapshot(const DesignDocument &doc)
{
    return QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_DesignDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specRoundTrip();
    void jsonRoundTrip();
    void loadRefusesDamagedJson_data();
    void loadRefusesDamagedJson();
    void undoRedo_data();
    void undoRedo();
    void removeTakesLinksInOneCommand();
    void nudgesMerge();
    void editsMergePerField();
    void typedPortsRefuse_data();
    void typedPortsRefuse();
    void pasteKeepsInnerLinksAndOneModel();
    void dropLinksToModel();
    void blockStates();
};

void tst_DesignDocument::specRoundTrip()
{
    const analysis::ModelSpec spec = lowBirthWeight();
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(spec));
    QCOMPARE(doc->toSpec(), spec);
    QCOMPARE(analysis::toFormula(doc->toSpec()), analysis::toFormula(spec));
}

void tst_DesignDocument::jsonRoundTrip()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    Block eval = *doc->block(firstOf(*doc, BlockKind::Evaluation));
    eval.evaluation.thresholds = { 0.05, 0.3 };
    eval.evaluation.calibration = false;
    doc->editBlock(eval);
    doc->moveBlocks({ firstOf(*doc, BlockKind::Model) }, QPointF(12.5, -40));

    const QJsonObject json = doc->toJson();
    // Through bytes, as the workspace stores it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    DesignDocument copy;
    const auto problem = copy.loadJson(reread);
    QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    QCOMPARE(copy.blocks(), doc->blocks());
    QCOMPARE(copy.links(), doc->links());
    QCOMPARE(copy.toSpec(), doc->toSpec());
    QCOMPARE(copy.evaluationSettings(), doc->evaluationSettings());
    QCOMPARE(copy.toJson(), json);
    QCOMPARE(copy.undoStack()->count(), 0);
}

void tst_DesignDocument::loadRefusesDamagedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a design") << QByteArray(R"({"format":"something"})")
                                  << QStringLiteral("not a Fairstart design");
    QTest::newRow("newer") << QByteArray(R"({"format":"fairstart-design","formatVersion":9})")
                           << QStringLiteral("newer Fairstart");
    QTest::newRow("bad kind") << QByteArray(R"({"format":"fairstart-design","formatVersion":1,
                          "blocks":[{"id":1,"kind":"teapot"}]})")
                              << QStringLiteral("no valid kind");
    QTest::newRow("two models") << QByteArray(R"({"format":"fairstart-design","formatVersion":1,
                          "blocks":[{"id":1,"kind":"model","family":"binomial"},
                                    {"id":2,"kind":"model","family":"binomial"}]})")
                                << QStringLiteral("more than one model");
    QTest::newRow("mistyped link") << QByteArray(R"({"format":"fairstart-design","formatVersion":1,
                          "blocks":[{"id":1,"kind":"model","family":"binomial"},
                                    {"id":2,"kind":"cohort","filters":[]}],
                          "links":[{"from":2,"fromPort":"cohort","to":1,"toPort":"outcome"}]})")
                                   << QStringLiteral("cannot go into");
    QTest::newRow("bad transform") << QByteArray(R"({"format":"fairstart-design","formatVersion":1,
                          "blocks":[{"id":3,"kind":"predictor","variable":"x",
                                     "transform":"cube"}]})")
                                   << QStringLiteral("unknown transformation");
}

void tst_DesignDocument::loadRefusesDamagedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    const QByteArray before = snapshot(*doc);
    const auto problem = doc->loadJson(QJsonDocument::fromJson(json).object());
    QVERIFY(problem);
    QVERIFY2(problem->contains(expected), qPrintable(*problem));
    QCOMPARE(snapshot(*doc), before); // a refused load changes nothing
}

using Action = std::function<void(DesignDocument &)>;

void tst_DesignDocument::undoRedo_data()
{
    QTest::addColumn<Action>("action");
    QTest::newRow("add block") << Action([](DesignDocument &d) {
        Block b;
        b.kind = BlockKind::Predictor;
        b.predictor.variable = "ht";
        d.addBlock(b);
    });
    QTest::newRow("remove predictor")
        << Action([](DesignDocument &d) { d.removeBlocks({ firstOf(d, BlockKind::Predictor) }); });
    QTest::newRow("remove model") << Action(
        [](DesignDocument &d) { d.removeBlocks({ firstOf(d, BlockKind::Model) }); });
    QTest::newRow("move") << Action([](DesignDocument &d) {
        d.moveBlocks({ firstOf(d, BlockKind::Outcome), firstOf(d, BlockKind::Model) }, { 80, 40 });
    });
    QTest::newRow("disconnect") << Action(
        [](DesignDocument &d) { d.disconnectLink(d.links().first()); });
    QTest::newRow("connect") << Action([](DesignDocument &d) {
        Block b;
        b.kind = BlockKind::Predictor;
        b.predictor.variable = "ht";
        const int id = d.addBlock(b);
        d.undoStack()->clear(); // only the connection is the action under test
        QVERIFY(d.connectPorts(
            { id, QStringLiteral("term"), firstOf(d, BlockKind::Model), QStringLiteral("terms") }));
    });
    QTest::newRow("edit predictor") << Action([](DesignDocument &d) {
        Block b = *d.block(firstOf(d, BlockKind::Predictor));
        b.predictor.transform = analysis::Transform::Spline;
        b.predictor.knots = 5;
        d.editBlock(b);
    });
    QTest::newRow("edit model") << Action([](DesignDocument &d) {
        Block b = *d.block(firstOf(d, BlockKind::Model));
        b.family = analysis::Family::Poisson;
        d.editBlock(b);
    });
    QTest::newRow("duplicate") << Action([](DesignDocument &d) {
        d.duplicate({ firstOf(d, BlockKind::Predictor), firstOf(d, BlockKind::Interaction) });
    });
    QTest::newRow("drop variable") << Action([](DesignDocument &d) {
        d.dropVariable(QStringLiteral("ptl"), true, BlockKind::Predictor, { 10, 500 });
    });
    QTest::newRow("replace with spec") << Action([](DesignDocument &d) {
        d.setSpec(analysis::parseFormula("low ~ smoke", analysis::Family::Binomial).value());
    });
}

void tst_DesignDocument::undoRedo()
{
    QFETCH(Action, action);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    action(*doc); // may set up first; the last command on the stack is the action
    QVERIFY(doc->undoStack()->count() >= 1);
    const QByteArray after = snapshot(*doc);
    const analysis::ModelSpec afterSpec = doc->toSpec();
    QSignalSpy changed(doc.get(), &DesignDocument::changed);
    doc->undoStack()->undo();
    QCOMPARE(changed.count(), 1); // one user action, one step
    const QByteArray undone = snapshot(*doc);
    QVERIFY(undone != after);
    doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), after);
    QCOMPARE(doc->toSpec(), afterSpec);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), undone);
}

void tst_DesignDocument::removeTakesLinksInOneCommand()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    const QByteArray before = snapshot(*doc);
    const int model = firstOf(*doc, BlockKind::Model);
    const int linked = int(doc->linksOf(model).size());
    QVERIFY(linked > 5);
    const int links = int(doc->links().size());
    doc->removeBlocks({ model });
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->links().size(), links - linked);
    QVERIFY(!doc->block(model));
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
}

void tst_DesignDocument::nudgesMerge()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    const int id = firstOf(*doc, BlockKind::Outcome);
    const QPointF start = doc->block(id)->pos;
    for (int i = 0; i < 5; ++i)
        doc->moveBlocks({ id }, { 10, 0 }, DesignDocument::Move::Nudge);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->block(id)->pos, start + QPointF(50, 0));
    doc->moveBlocks({ id }, { 200, 100 }); // a drag is its own action
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->block(id)->pos, start);
}

void tst_DesignDocument::editsMergePerField()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    Block m = *doc->block(firstOf(*doc, BlockKind::Model));
    for (double l : { 0.1, 0.2, 0.3 }) {
        m.ridgeLambda = l;
        doc->editBlock(m, QStringLiteral("ridge"));
    }
    QCOMPARE(doc->undoStack()->count(), 1);
    m.family = analysis::Family::Gaussian;
    doc->editBlock(m, QStringLiteral("family"));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->toSpec(), lowBirthWeight());
}

void tst_DesignDocument::typedPortsRefuse_data()
{
    QTest::addColumn<int>("fromKind");
    QTest::addColumn<QString>("fromPort");
    QTest::addColumn<int>("toKind");
    QTest::addColumn<QString>("toPort");
    QTest::addColumn<QString>("reason"); // empty = accepted
    const auto k = [](BlockKind b) {
        return int(b);
    };
    QTest::newRow("cohort into outcome input")
        << k(BlockKind::Cohort) << "cohort" << k(BlockKind::Model) << "outcome"
        << "cannot go";
    QTest::newRow("second outcome")
        << k(BlockKind::Outcome) << "outcome" << k(BlockKind::Model) << "outcome"
        << "already in use";
    QTest::newRow("predictor into evaluation")
        << k(BlockKind::Predictor) << "term" << k(BlockKind::Evaluation) << "model"
        << "cannot go";
    QTest::newRow("input to input")
        << k(BlockKind::Model) << "terms" << k(BlockKind::Model) << "terms"
        << "itself";
    QTest::newRow("interaction into terms")
        << k(BlockKind::Interaction) << "term" << k(BlockKind::Model) << "terms"
        << "cannot go";
    QTest::newRow("fit into evaluation taken")
        << k(BlockKind::Model) << "fit" << k(BlockKind::Evaluation) << "model"
        << "already connected";
    QTest::newRow("another predictor into terms")
        << k(BlockKind::Predictor) << "term" << k(BlockKind::Model) << "terms"
        << "";
}

void tst_DesignDocument::typedPortsRefuse()
{
    QFETCH(int, fromKind);
    QFETCH(QString, fromPort);
    QFETCH(int, toKind);
    QFETCH(QString, toPort);
    QFETCH(QString, reason);
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    int from = firstOf(*doc, BlockKind(fromKind));
    if (BlockKind(fromKind) == BlockKind::Predictor || BlockKind(fromKind) == BlockKind::Outcome)
        from = doc->dropVariable(QStringLiteral("ht"), false, BlockKind(fromKind), {});
    if (BlockKind(fromKind) == BlockKind::Predictor) // dropping linked it; take that back
        doc->disconnectLink(doc->links().last());
    const int to = firstOf(*doc, BlockKind(toKind));
    const int count = doc->undoStack()->count();
    QString why;
    const bool ok = doc->connectPorts({ from, fromPort, to, toPort }, &why);
    QCOMPARE(ok, reason.isEmpty());
    QCOMPARE(doc->undoStack()->count(), count + (ok ? 1 : 0));
    if (!ok)
        QVERIFY2(why.contains(reason), qPrintable(why));
}

void tst_DesignDocument::pasteKeepsInnerLinksAndOneModel()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    QList<int> all;
    for (const Block &b : doc->blocks())
        all.append(b.id);
    const int blocks = int(doc->blocks().size());
    const QJsonObject fragment = doc->copy(all);
    const QList<int> pasted = doc->paste(fragment, { 0, 400 });
    QCOMPARE(pasted.size(), blocks - 1); // never a second model
    QCOMPARE(doc->undoStack()->count(), 1);
    int models = 0;
    for (const Block &b : doc->blocks())
        models += b.kind == BlockKind::Model ? 1 : 0;
    QCOMPARE(models, 1);
    // The pasted interaction keeps its two predictor links.
    for (int id : pasted) {
        if (doc->block(id)->kind == BlockKind::Interaction)
            QCOMPARE(doc->linksOf(id).size(), 2);
    }
    QCOMPARE(doc->toSpec(), lowBirthWeight()); // pasted blocks are not wired to the model
}

void tst_DesignDocument::dropLinksToModel()
{
    DesignDocument doc;
    Block m;
    m.kind = BlockKind::Model;
    doc.addBlock(m);
    doc.dropVariable(QStringLiteral("low"), true, BlockKind::Outcome, { 0, 0 });
    doc.dropVariable(QStringLiteral("race"), true, BlockKind::Predictor, { 0, 100 });
    doc.dropVariable(QStringLiteral("age"), false, BlockKind::Predictor, { 0, 200 });
    const analysis::ModelSpec spec = doc.toSpec();
    QCOMPARE(spec.outcome.variable, std::string("low"));
    QCOMPARE(spec.predictors.size(), std::size_t(2));
    QCOMPARE(spec.predictors[0].transform, analysis::Transform::Categorical);
    QCOMPARE(spec.predictors[1].transform, analysis::Transform::AsIs);
    QCOMPARE(doc.undoStack()->count(), 4);
    // A second outcome is added but not linked: the model's outcome input is taken.
    doc.dropVariable(QStringLiteral("bwt"), false, BlockKind::Outcome, { 0, 300 });
    QCOMPARE(doc.toSpec().outcome.variable, std::string("low"));
}

void tst_DesignDocument::blockStates()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(lowBirthWeight()));
    const int model = firstOf(*doc, BlockKind::Model);
    QCOMPARE(doc->blockState(model), BlockState::Ready);
    doc->markRan();
    QCOMPARE(doc->blockState(model), BlockState::Ran);
    Block b = *doc->block(firstOf(*doc, BlockKind::Predictor));
    b.predictor.transform = analysis::Transform::Spline;
    b.predictor.knots = 2; // invalid
    doc->editBlock(b);
    QCOMPARE(doc->blockState(b.id), BlockState::Incomplete);
    QCOMPARE(doc->blockState(model), BlockState::Incomplete);
    doc->undoStack()->undo();
    QCOMPARE(doc->blockState(model), BlockState::Ran); // the same design as the run again
    doc->disconnectLink(doc->links().first());
    QCOMPARE(doc->blockState(model), BlockState::Ready); // the filters changed
}

QTEST_GUILESS_MAIN(tst_DesignDocument)
#include "tst_designdocument.moc"
