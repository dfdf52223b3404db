// SPDX-License-Identifier: GPL-3.0-or-later
// The drawing of a DesignDocument: one item per block and per link, kept in step with the
// document's signals. All edits go through the document, so every one of them can be undone.
#pragma once

#include "fairstart/ui/designer/designdocument.h"

#include <QGraphicsObject>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHash>
#include <QMap>

namespace fairstart::ui {

class DesignScene;

class BlockItem : public QGraphicsObject {
    Q_OBJECT

public:
    BlockItem(DesignScene *scene, int blockId);

    int blockId() const { return m_id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Where a port's connection point is, in scene coordinates.
    QPointF portScenePos(const QString &portId) const;
    // The port under a scene position (within a few pixels), or an empty string.
    QString portAt(QPointF scenePos) const;
    void refresh(); // the block's settings or state changed
    // The text under the band: an outcome or predictor by its catalogue label (as the site
    // wrote it; the column name without one) and its transformation in the user's language
    // ("Birth weight (g) (spline, 4 knots)"), not the formula's "ns(birth_weight_g, 4)"; other
    // blocks as blockTitle says after its "Kind: ".
    QString shownTitle() const;
    // shownTitle() as drawn: one line, or two broken between words when one line of the block
    // is too short; only what does not fit on the second line is cut ("…").
    QStringList titleLines() const;

    static constexpr qreal Width = 210;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    qreal height() const;
    qreal headerHeight() const; // the band and the title's lines
    QPointF portLocalPos(const PortSpec &port) const;

    DesignScene *m_scene;
    int m_id;
};

class LinkItem : public QGraphicsPathItem {
public:
    LinkItem(DesignScene *scene, const Link &link);
    const Link &link() const { return m_link; }
    void updatePath();

private:
    DesignScene *m_scene;
    Link m_link;
};

class DesignScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit DesignScene(DesignDocument *doc, QObject *parent = nullptr);
    ~DesignScene() override;

    DesignDocument *document() const { return m_doc; }
    BlockItem *blockItem(int id) const { return m_blocks.value(id); }
    QList<int> selectedBlockIds() const;
    QList<Link> selectedLinks() const;
    void selectBlock(int id); // only this one
    // Blocks the validator complains about get a red outline and the message as tooltip.
    void setProblems(const QHash<int, QStringList> &problemsByBlock);
    QStringList problemsOf(int blockId) const { return m_problems.value(blockId); }
    // The catalogue's labels (variable name -> label) the blocks show their variables by.
    void setVariableLabels(const QMap<QString, QString> &labels);
    QString variableLabel(const std::string &variable) const;

    // Delete the selection (blocks with their links, and selected links) as one undo step.
    void deleteSelection();

Q_SIGNALS:
    void message(const QString &text); // e.g. why a connection was refused
    void selectedBlockChanged(int id); // 0 = none or several

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    friend class BlockItem;
    void rebuild();
    void addBlockItem(int id);
    void removeBlockItem(int id);
    void addLinkItem(const Link &link);
    void removeLinkItem(const Link &link);
    void updateLinksOf(int blockId);
    void refreshAll();
    void onSelectionChanged();

    DesignDocument *m_doc;
    QHash<int, BlockItem *> m_blocks;
    QList<LinkItem *> m_links;
    QHash<int, QStringList> m_problems;
    QMap<QString, QString> m_labels;
    // Dragging a new link out of a port.
    QGraphicsPathItem *m_rubberLink = nullptr;
    int m_dragFromBlock = 0;
    QString m_dragFromPort;
    // Dragging blocks: where they were when the mouse went down.
    QHash<int, QPointF> m_pressPositions;
    bool m_syncing = false;
};

} // namespace fairstart::ui
