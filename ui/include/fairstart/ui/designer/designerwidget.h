// SPDX-License-Identifier: GPL-3.0-or-later
// The designer: the canvas above, and below it the problems found by live validation, the
// equivalent R-style formula and the design's JSON (both read-only).
#pragma once

#include "fairstart/ui/designer/designvalidator.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace fairstart::ui {

class CatalogueModel;
class DesignDocument;
class DesignScene;
class DesignView;

class DesignerWidget : public QWidget {
    Q_OBJECT

public:
    DesignerWidget(DesignDocument *doc, CatalogueModel *catalogue, QWidget *parent = nullptr);

    DesignDocument *document() const { return m_doc; }
    DesignScene *scene() const { return m_scene; }
    DesignView *view() const { return m_view; }
    const QList<ValidationMessage> &messages() const { return m_messages; }
    QString formulaText() const;
    QString jsonText() const;

    // The catalogues the validator checks against (the sites chosen for the run, or all).
    void setSiteCatalogues(const QList<SiteCatalogue> &sites);

public Q_SLOTS:
    void validateNow();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void addBlock(fairstart::ui::BlockKind kind);
    // Where a new block goes: `preferred` (scene coordinates, top left), or the nearest free
    // spot below and to the right of it, so that blocks added by keyboard never cover others.
    QPointF freePosition(QPointF preferred) const;
    void addInteractionOfSelection();

Q_SIGNALS:
    void validated(int errors, int warnings);
    void message(const QString &text);

private:
    DesignDocument *m_doc;
    CatalogueModel *m_catalogue;
    DesignScene *m_scene;
    DesignView *m_view;
    QTabWidget *m_tabs;
    QListWidget *m_problems;
    QLineEdit *m_formula;
    QPlainTextEdit *m_json;
    QTimer *m_debounce;
    QList<SiteCatalogue> m_sites;
    QList<ValidationMessage> m_messages;
    int m_pasteCount = 0;
};

} // namespace fairstart::ui
