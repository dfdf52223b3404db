// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas driven like a user: drop variables, drag a link between ports, nudge with the
// arrows, delete with the key, zoom and fit; every step undoable.
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/designer/designview.h"
#include "fairstart/ui/designer/propertiespanel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

void dropVariable(DesignView *view, const QString &name, bool categorical, QPoint at,
                  Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMimeData mime;
    mime.setData(CatalogueModel::variableMimeType(),
                 QJsonDocument(QJsonObject { { QStringLiteral("name"), name },
                                             { QStringLiteral("categorical"), categorical } })
                     .toJson());
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, modifiers);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, modifiers);
    QApplication::sendEvent(view->viewport(), &drop);
}

int firstOf(const DesignDocument &doc, BlockKind kind)
{
    for (const Block &b : doc.blocks()) {
        if (b.kind == kind)
            return b.id;
    }
    return 0;
}

} // namespace

class tst_DesignCanvas : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dropBuildsTheModel();
    void dragLinkBetweenPorts();
    void wrongLinkIsRefusedInWords();
    void keyboardNudgeAndDelete();
    void zoomAndFit();
    void propertiesEditIsUndoable();
    void tabWalksBlocks();
    void keyboardBlocksDoNotStack();

private:
    DesignDocument *m_doc = nullptr;
    CatalogueModel *m_catalogue = nullptr;
    DesignerWidget *m_designer = nullptr;
};

void tst_DesignCanvas::init()
{
    m_doc = DesignDocument::fromSpec(analysis::ModelSpec {});
    m_catalogue = new CatalogueModel;
    m_designer = new DesignerWidget(m_doc, m_catalogue);
    m_designer->resize(1000, 700);
    m_designer->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_designer));
}

void tst_DesignCanvas::cleanup()
{
    delete m_designer;
    delete m_catalogue;
    delete m_doc;
}

// Blocks added from the menu (keyboard) land where nothing is, never on the model block.
void tst_DesignCanvas::keyboardBlocksDoNotStack()
{
    for (int i = 0; i < 5; ++i)
        m_designer->addBlock(BlockKind::Predictor);
    m_designer->addBlock(BlockKind::Outcome);
    QApplication::processEvents();
    QList<QRectF> rects;
    for (const Block &b : m_doc->blocks()) {
        BlockItem *item = m_designer->scene()->blockItem(b.id);
        QVERIFY(item);
        rects.append(item->sceneBoundingRect());
    }
    QCOMPARE(rects.size(), 3 + 6); // cohort, model, evaluation and the six added
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects[i].intersects(rects[j]),
                     qPrintable(QStringLiteral("%1 and %2").arg(i).arg(j)));
    }
}

void tst_DesignCanvas::dropBuildsTheModel()
{
    DesignView *view = m_designer->view();
    dropVariable(view, QStringLiteral("low"), true, { 200, 100 }, Qt::ShiftModifier);
    dropVariable(view, QStringLiteral("age"), false, { 200, 250 });
    dropVariable(view, QStringLiteral("race"), true, { 200, 400 });
    const analysis::ModelSpec spec = m_doc->toSpec();
    QCOMPARE(spec.outcome.variable, std::string("low"));
    QCOMPARE(analysis::toFormula(spec), std::string("low ~ age + factor(race)"));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    m_designer->validateNow();
    QCOMPARE(m_designer->formulaText(), QStringLiteral("low ~ age + factor(race)"));
    QVERIFY(m_designer->jsonText().contains(QStringLiteral("\"race\"")));
    // The dropped block is selected, so the properties panel shows it at once.
    QCOMPARE(m_designer->scene()->selectedBlockIds().size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(analysis::toFormula(m_doc->toSpec()), std::string("low ~ age"));
}

void tst_DesignCanvas::dragLinkBetweenPorts()
{
    DesignView *view = m_designer->view();
    Block b;
    b.kind = BlockKind::Outcome;
    b.outcome.variable = "low";
    b.pos = QPointF(-300, 300);
    const int outcome = m_doc->addBlock(b);
    const int model = firstOf(*m_doc, BlockKind::Model);
    view->fitToDesign();
    QCoreApplication::processEvents();
    const QPoint from = view->mapFromScene(
        m_designer->scene()->blockItem(outcome)->portScenePos(QStringLiteral("outcome")));
    const QPoint to = view->mapFromScene(
        m_designer->scene()->blockItem(model)->portScenePos(QStringLiteral("outcome")));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), (from + to) / 2);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->toSpec().outcome.variable, std::string("low"));
    QVERIFY(m_doc->links().contains(
        Link { outcome, QStringLiteral("outcome"), model, QStringLiteral("outcome") }));
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->toSpec().outcome.variable.empty());
}

void tst_DesignCanvas::wrongLinkIsRefusedInWords()
{
    DesignView *view = m_designer->view();
    const int cohort = firstOf(*m_doc, BlockKind::Cohort);
    const int eval = firstOf(*m_doc, BlockKind::Evaluation);
    view->fitToDesign();
    QCoreApplication::processEvents();
    QSignalSpy message(m_designer, &DesignerWidget::message);
    const QPoint from = view->mapFromScene(
        m_designer->scene()->blockItem(cohort)->portScenePos(QStringLiteral("cohort")));
    const QPoint to = view->mapFromScene(
        m_designer->scene()->blockItem(eval)->portScenePos(QStringLiteral("model")));
    const int links = int(m_doc->links().size());
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QCOMPARE(m_doc->links().size(), links);
    QCOMPARE(message.count(), 1);
    QVERIFY(message.first().first().toString().contains(QStringLiteral("cannot go into")));
}

void tst_DesignCanvas::keyboardNudgeAndDelete()
{
    DesignView *view = m_designer->view();
    const int model = firstOf(*m_doc, BlockKind::Model);
    const QPointF start = m_doc->block(model)->pos;
    const int links = int(m_doc->links().size());
    view->setFocus();
    m_designer->scene()->selectBlock(model);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_doc->block(model)->pos, start + QPointF(30, 1));
    QCOMPARE(m_doc->undoStack()->count(), 1); // the nudges merged
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!m_doc->block(model));
    QVERIFY(m_doc->links().size() < links);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->block(model));
    QCOMPARE(m_doc->links().size(), links);
    QVERIFY(m_designer->scene()->blockItem(model));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->block(model)->pos, start);
}

void tst_DesignCanvas::zoomAndFit()
{
    DesignView *view = m_designer->view();
    QSignalSpy zoom(view, &DesignView::zoomChanged);
    view->zoomIn();
    QVERIFY(view->zoom() > 1.2);
    QWheelEvent wheel(QPointF(100, 100), view->mapToGlobal(QPoint(100, 100)), {}, { 0, -240 },
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() < 1.0);
    view->fitToDesign();
    QVERIFY(view->zoom() <= 1.0);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_designer->scene()->itemsBoundingRect()));
    QVERIFY(zoom.count() >= 3);
}

void tst_DesignCanvas::propertiesEditIsUndoable()
{
    PropertiesPanel panel(m_doc, m_catalogue);
    m_doc->dropVariable(QStringLiteral("bwt"), false, BlockKind::Predictor, { 0, 400 });
    const int id = m_doc->blocks().last().id;
    panel.showBlock(id);
    auto *transform = panel.findChild<QComboBox *>();
    QVERIFY(transform);
    QComboBox *box = nullptr;
    for (QComboBox *c : panel.findChildren<QComboBox *>()) {
        if (c->accessibleName() == QLatin1String("Transformation"))
            box = c;
    }
    QVERIFY(box);
    const int before = m_doc->undoStack()->count();
    box->setCurrentIndex(box->findData(int(analysis::Transform::Spline)));
    Q_EMIT box->activated(box->currentIndex());
    QCOMPARE(m_doc->block(id)->predictor.transform, analysis::Transform::Spline);
    QCOMPARE(m_doc->block(id)->predictor.knots, 4);
    QCOMPARE(m_doc->undoStack()->count(), before + 1);
    // Only the chosen transformation's settings are shown (they were all shown, greyed out).
    const auto shown = [&panel](const char *name) {
        for (QWidget *w : panel.findChildren<QWidget *>()) {
            if (w->accessibleName() == QLatin1String(name))
                return w->isVisibleTo(&panel);
        }
        return false;
    };
    QVERIFY(shown("Number of knots"));
    QVERIFY(!shown("Lower bound") && !shown("Upper bound") && !shown("Reference level"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->block(id)->predictor.transform, analysis::Transform::AsIs);
    panel.showBlock(id);
    QVERIFY(!shown("Number of knots") && !shown("Lower bound"));
    QVERIFY(shown("Transformation"));
}

void tst_DesignCanvas::tabWalksBlocks()
{
    DesignView *view = m_designer->view();
    view->setFocus();
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_designer->scene()->selectedBlockIds(), QList<int> { m_doc->blocks().first().id });
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(m_designer->scene()->selectedBlockIds(), QList<int> { m_doc->blocks().at(1).id });
    QVERIFY(!view->accessibleDescription().isEmpty());
}

QTEST_MAIN(tst_DesignCanvas)
#include "tst_designcanvas.moc"
