// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/designer/designview.h"

#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMimeData>
#include <QWheelEvent>

#include <cmath>

namespace fairstart::ui {

namespace {
constexpr qreal MinZoom = 0.25;
constexpr qreal MaxZoom = 4.0;
constexpr qreal NudgeStep = 10;
} // namespace

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setAcceptDrops(true);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(Tr::tr("Design canvas"));
    setWhatsThis(Tr::tr("The model as blocks. Drag variables here from the catalogue; drag from "
                        "an output on the right of a block to an input on the left of another to "
                        "connect them. Tab selects the next block, the arrow keys move it, Delete "
                        "removes it."));
    connect(scene, &DesignScene::selectedBlockChanged, this,
            &DesignView::updateAccessibleDescription);
}

qreal DesignView::zoom() const
{
    return transform().m11();
}

void DesignView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void DesignView::zoomIn()
{
    scaleBy(1.25);
}

void DesignView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void DesignView::resetZoom()
{
    resetTransform();
    Q_EMIT zoomChanged(1.0);
}

void DesignView::fitToDesign()
{
    QRectF r = m_scene->itemsBoundingRect();
    if (r.isEmpty())
        return resetZoom();
    r.adjust(-30, -30, 30, 30);
    fitInView(r, Qt::KeepAspectRatio);
    // Never blow a small design up beyond its natural size: text would look coarse.
    if (zoom() > 1.0)
        resetZoom();
    centerOn(r.center());
    Q_EMIT zoomChanged(zoom());
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        scaleBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    const QList<int> ids = m_scene->selectedBlockIds();
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        m_scene->deleteSelection();
        event->accept();
        return;
    }
    QPointF d;
    switch (event->key()) {
    case Qt::Key_Left:
        d = { -NudgeStep, 0 };
        break;
    case Qt::Key_Right:
        d = { NudgeStep, 0 };
        break;
    case Qt::Key_Up:
        d = { 0, -NudgeStep };
        break;
    case Qt::Key_Down:
        d = { 0, NudgeStep };
        break;
    default:
        break;
    }
    if (!d.isNull() && !ids.isEmpty()) {
        if (event->modifiers() & Qt::ShiftModifier)
            d /= NudgeStep; // fine positioning
        m_scene->document()->moveBlocks(ids, d, DesignDocument::Move::Nudge);
        if (BlockItem *item = m_scene->blockItem(ids.first()))
            ensureVisible(item);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool DesignView::focusNextPrevChild(bool next)
{
    // Tab walks the blocks in document order, then leaves the canvas.
    const QList<Block> &blocks = m_scene->document()->blocks();
    if (blocks.isEmpty() || !hasFocus())
        return QGraphicsView::focusNextPrevChild(next);
    const QList<int> selected = m_scene->selectedBlockIds();
    int index = -1;
    if (selected.size() == 1) {
        for (int i = 0; i < blocks.size(); ++i) {
            if (blocks.at(i).id == selected.first())
                index = i;
        }
    }
    const int target = next ? index + 1 : (index < 0 ? int(blocks.size()) - 1 : index - 1);
    if (target < 0 || target >= blocks.size()) {
        m_scene->clearSelection();
        return QGraphicsView::focusNextPrevChild(next);
    }
    m_scene->selectBlock(blocks.at(target).id);
    if (BlockItem *item = m_scene->blockItem(blocks.at(target).id))
        ensureVisible(item);
    return true;
}

void DesignView::updateAccessibleDescription()
{
    const QList<int> ids = m_scene->selectedBlockIds();
    if (ids.size() == 1) {
        const Block *b = m_scene->document()->block(ids.first());
        setAccessibleDescription(b ? blockTitle(*b) : QString());
    } else {
        setAccessibleDescription(Tr::tr("%n block(s) selected", nullptr, int(ids.size())));
    }
}

void DesignView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(CatalogueModel::variableMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DesignView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(CatalogueModel::variableMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DesignView::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime->hasFormat(CatalogueModel::variableMimeType()))
        return QGraphicsView::dropEvent(event);
    const QJsonObject o
        = QJsonDocument::fromJson(mime->data(CatalogueModel::variableMimeType())).object();
    const QString name = o.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return;
    // Shift while dropping makes the variable the outcome.
    const bool outcome = event->modifiers() & Qt::ShiftModifier;
    const QPointF pos = mapToScene(event->position().toPoint()) - QPointF(BlockItem::Width / 2, 20);
    const int id = m_scene->document()->dropVariable(
        name, o.value(QStringLiteral("categorical")).toBool(),
        outcome ? BlockKind::Outcome : BlockKind::Predictor, pos);
    m_scene->selectBlock(id);
    setFocus();
    event->acceptProposedAction();
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    // A light dot grid, so that blocks visibly sit on a canvas.
    painter->fillRect(rect, palette().color(QPalette::Window).lighter(103));
    const qreal step = 20;
    QPen pen(palette().color(QPalette::Mid));
    pen.setWidthF(0);
    pen.setCosmetic(true);
    painter->setPen(pen);
    if (zoom() < 0.5)
        return;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QVector<QPointF> points;
    for (qreal x = left; x < rect.right(); x += step) {
        for (qreal y = top; y < rect.bottom(); y += step)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.constData(), int(points.size()));
}

} // namespace fairstart::ui
