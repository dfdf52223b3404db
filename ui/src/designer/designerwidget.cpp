// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/designer/designerwidget.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designscene.h"
#include "fairstart/ui/designer/designview.h"
#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fairstart::ui {

namespace {
const QString FragmentMime = QStringLiteral("application/x-fairstart-design-fragment");
}

DesignerWidget::DesignerWidget(DesignDocument *doc, CatalogueModel *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_catalogue(catalogue)
{
    m_scene = new DesignScene(doc, this);
    m_view = new DesignView(m_scene, this);
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(Tr::tr("Problems of the design"));
    m_problems->setWordWrap(true);
    m_formula = new QLineEdit(this);
    m_formula->setReadOnly(true);
    m_formula->setAccessibleName(Tr::tr("Formula"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_formula->setFont(mono);
    auto *formulaPage = new QWidget(this);
    auto *formulaLayout = new QVBoxLayout(formulaPage);
    auto *formulaNote = new QLabel(Tr::tr("The same model as an R formula (read-only). Filters "
                                          "and the ridge penalty are not part of a formula."));
    formulaNote->setWordWrap(true);
    formulaLayout->addWidget(formulaNote);
    formulaLayout->addWidget(m_formula);
    formulaLayout->addStretch();
    m_json = new QPlainTextEdit(this);
    m_json->setReadOnly(true);
    m_json->setFont(mono);
    m_json->setAccessibleName(Tr::tr("Design as JSON"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_problems, Tr::tr("Problems"));
    m_tabs->addTab(formulaPage, Tr::tr("Formula"));
    m_tabs->addTab(m_json, Tr::tr("JSON"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Validation runs after the burst of edits, not inside every keystroke.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DesignerWidget::validateNow);
    connect(doc, &DesignDocument::changed, m_debounce, qOverload<>(&QTimer::start));
    connect(doc, &DesignDocument::reset, m_debounce, qOverload<>(&QTimer::start));
    connect(catalogue, &QAbstractItemModel::modelReset, m_debounce, qOverload<>(&QTimer::start));
    connect(m_scene, &DesignScene::message, this, &DesignerWidget::message);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int id = item->data(Qt::UserRole).toInt();
        if (id) {
            m_scene->selectBlock(id);
            if (BlockItem *b = m_scene->blockItem(id))
                m_view->ensureVisible(b);
            m_view->setFocus();
        }
    });
    validateNow();
}

void DesignerWidget::setSiteCatalogues(const QList<SiteCatalogue> &sites)
{
    m_sites = sites;
    m_debounce->start();
}

QString DesignerWidget::formulaText() const
{
    return m_formula->text();
}

QString DesignerWidget::jsonText() const
{
    return m_json->toPlainText();
}

void DesignerWidget::validateNow()
{
    m_debounce->stop();
    m_messages = validateDesign(*m_doc, m_sites);
    m_problems->clear();
    QHash<int, QStringList> byBlock;
    int errors = 0;
    int warnings = 0;
    for (const ValidationMessage &m : std::as_const(m_messages)) {
        const bool error = m.severity == ValidationMessage::Error;
        (error ? errors : warnings) += 1;
        auto *item
            = new QListWidgetItem(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning),
                                  m.text, m_problems);
        item->setData(Qt::UserRole, m.blockId);
        item->setData(Qt::AccessibleTextRole,
                      (error ? Tr::tr("Error: %1") : Tr::tr("Warning: %1")).arg(m.text));
        if (m.blockId)
            byBlock[m.blockId].append(m.text);
    }
    if (m_messages.isEmpty()) {
        auto *item
            = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
                                  Tr::tr("No problems found: the design can be run."), m_problems);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tabs->setTabText(
        0, errors + warnings ? Tr::tr("Problems (%1)").arg(errors + warnings) : Tr::tr("Problems"));
    m_scene->setProblems(byBlock);
    const analysis::ModelSpec spec = m_doc->toSpec();
    m_formula->setText(spec.outcome.variable.empty()
                           ? Tr::tr("(choose an outcome first)")
                           : QString::fromStdString(analysis::toFormula(spec)));
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(m_doc->toJson()).toJson()));
    Q_EMIT validated(errors, warnings);
}

void DesignerWidget::copySelection()
{
    const QList<int> ids = m_scene->selectedBlockIds();
    if (ids.isEmpty())
        return;
    auto *mime = new QMimeData;
    const QByteArray json = QJsonDocument(m_doc->copy(ids)).toJson(QJsonDocument::Compact);
    mime->setData(FragmentMime, json);
    mime->setText(QString::fromUtf8(json));
    QApplication::clipboard()->setMimeData(mime);
    m_pasteCount = 0;
}

void DesignerWidget::cutSelection()
{
    copySelection();
    m_scene->deleteSelection();
}

void DesignerWidget::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(FragmentMime))
        return;
    ++m_pasteCount;
    const QList<int> ids = m_doc->paste(QJsonDocument::fromJson(mime->data(FragmentMime)).object(),
                                        QPointF(30, 30) * m_pasteCount);
    m_scene->clearSelection();
    for (int id : ids) {
        if (BlockItem *b = m_scene->blockItem(id))
            b->setSelected(true);
    }
}

void DesignerWidget::duplicateSelection()
{
    const QList<int> ids = m_doc->duplicate(m_scene->selectedBlockIds());
    m_scene->clearSelection();
    for (int id : ids) {
        if (BlockItem *b = m_scene->blockItem(id))
            b->setSelected(true);
    }
}

void DesignerWidget::addBlock(BlockKind kind)
{
    if (kind == BlockKind::Model && m_doc->modelBlock()) {
        Q_EMIT message(Tr::tr("A design has one model block."));
        return;
    }
    Block b;
    b.kind = kind;
    if (kind == BlockKind::Predictor)
        b.predictor.transform = analysis::Transform::AsIs;
    // Near the centre of what the user is looking at, where nothing else is.
    b.pos
        = freePosition(m_view->mapToScene(m_view->viewport()->rect().center()) - QPointF(100, 30));
    const int id = m_doc->addBlock(b);
    m_scene->selectBlock(id);
    m_view->setFocus();
}

QPointF DesignerWidget::freePosition(QPointF preferred) const
{
    // The tallest block (the model with its five ports) with a margin around it.
    const QSizeF size(BlockItem::Width + 40, 190);
    QPointF pos = preferred;
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QRectF wanted(pos - QPointF(20, 20), size);
        bool taken = false;
        for (const Block &b : m_doc->blocks()) {
            if (const BlockItem *item = m_scene->blockItem(b.id))
                taken = taken || item->sceneBoundingRect().intersects(wanted);
        }
        if (!taken)
            return pos;
        // Cascade down; after a column's worth, start the next column to the right.
        pos += QPointF(0, 90);
        if ((attempt + 1) % 8 == 0)
            pos = QPointF(pos.x() + BlockItem::Width + 40, preferred.y());
    }
    return preferred;
}

void DesignerWidget::addInteractionOfSelection()
{
    QList<int> predictors;
    for (int id : m_scene->selectedBlockIds()) {
        if (m_doc->block(id)->kind == BlockKind::Predictor)
            predictors.append(id);
    }
    if (predictors.size() != 2) {
        Q_EMIT message(Tr::tr("Select exactly two predictors to add their interaction."));
        return;
    }
    const Block *a = m_doc->block(predictors.at(0));
    const Block *b = m_doc->block(predictors.at(1));
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(Tr::tr("Add interaction"));
    Block i;
    i.kind = BlockKind::Interaction;
    i.pos = (a->pos + b->pos) / 2 + QPointF(250, 0);
    const int id = m_doc->addBlock(i);
    QList<Link> links { { predictors.at(0), QStringLiteral("term"), id, QStringLiteral("a") },
                        { predictors.at(1), QStringLiteral("term"), id, QStringLiteral("b") } };
    if (const Block *model = m_doc->modelBlock())
        links.append({ id, QStringLiteral("term"), model->id, QStringLiteral("interactions") });
    QString refused;
    for (const Link &link : std::as_const(links)) {
        QString reason;
        if (!m_doc->connectPorts(link, &reason) && refused.isEmpty())
            refused = reason;
    }
    undo->endMacro();
    // The block stays (undo removes it); the user sees which connection is missing and why.
    if (!refused.isEmpty())
        Q_EMIT message(
            Tr::tr("The interaction was added but not fully connected: %1").arg(refused));
    m_scene->selectBlock(id);
}

} // namespace fairstart::ui
