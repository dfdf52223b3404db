// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas widget: zoom, fit, keyboard editing and dropping variables from the catalogue.
#pragma once

#include <QGraphicsView>

namespace fairstart::ui {

class DesignScene;

class DesignView : public QGraphicsView {
    Q_OBJECT

public:
    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    qreal zoom() const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToDesign();

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleBy(qreal factor);
    void updateAccessibleDescription();

    DesignScene *m_scene;
};

} // namespace fairstart::ui
