// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/designer/designscene.h"

#include "fairstart/ui/tr.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>

namespace fairstart::ui {

namespace {

constexpr qreal HeaderHeight = 46;
constexpr qreal PortSpacing = 22;
constexpr qreal PortRadius = 6;

// A predictor's transformation in a few words; empty for "as is".
QString transformWords(const analysis::Predictor &p)
{
    switch (p.transform) {
    case analysis::Transform::AsIs:
        return {};
    case analysis::Transform::Log:
        return Tr::tr("natural log");
    case analysis::Transform::Standardise:
        return Tr::tr("standardised");
    case analysis::Transform::Spline:
        return Tr::tr("spline, %n knot(s)", nullptr, p.knots);
    case analysis::Transform::Winsorise:
        return Tr::tr("winsorised");
    case analysis::Transform::Categorical:
        return Tr::tr("categorical");
    }
    return {};
}

QString portLabel(BlockKind kind, const QString &port)
{
    if (kind == BlockKind::Interaction
        && (port == QLatin1String("a") || port == QLatin1String("b")))
        return port == QLatin1String("a") ? Tr::tr("first") : Tr::tr("second");
    if (port == QLatin1String("terms"))
        return Tr::tr("predictors");
    if (port == QLatin1String("interactions"))
        return Tr::tr("interactions");
    if (port == QLatin1String("fit"))
        return Tr::tr("fit");
    const auto spec = portOf(kind, port);
    return spec ? portTypeName(spec->type) : port;
}

QColor stateColor(BlockState state)
{
    switch (state) {
    case BlockState::Incomplete:
        return QColor(0xd9, 0x8c, 0x1f); // amber
    case BlockState::Ready:
        return QColor(0x2e, 0x9e, 0x4f); // green
    case BlockState::Ran:
        return QColor(0x2f, 0x6f, 0xc9); // blue
    }
    return Qt::gray;
}

QString stateName(BlockState state)
{
    switch (state) {
    case BlockState::Incomplete:
        return Tr::tr("not complete");
    case BlockState::Ready:
        return Tr::tr("ready");
    case BlockState::Ran:
        return Tr::tr("ran");
    }
    return {};
}

QColor kindColor(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Cohort:
        return QColor(0x8e, 0x7c, 0xc3);
    case BlockKind::Outcome:
        return QColor(0xc9, 0x5d, 0x5d);
    case BlockKind::Predictor:
        return QColor(0x4a, 0x90, 0xa4);
    case BlockKind::Interaction:
        return QColor(0x5c, 0x9e, 0x8a);
    case BlockKind::Model:
        return QColor(0x3b, 0x5b, 0x92);
    case BlockKind::Evaluation:
        return QColor(0xb0, 0x8a, 0x3e);
    }
    return Qt::gray;
}

} // namespace

// ---- BlockItem ---------------------------------------------------------------------------------

BlockItem::BlockItem(DesignScene *scene, int blockId)
    : m_scene(scene)
    , m_id(blockId)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
    refresh();
}

QStringList BlockItem::titleLines() const
{
    // A label such as "Developmental delay at 2 years" was cut to "Developmental delay at 2
    // ye…" (walk3): a title too long for one line takes two, broken between words; only what
    // still does not fit is cut (the tooltip has it whole).
    const QString title = shownTitle();
    const QFontMetricsF fm(m_scene->font());
    const qreal room = Width - 20;
    if (fm.horizontalAdvance(title) <= room)
        return { title };
    qsizetype cut = -1;
    for (qsizetype i = title.indexOf(QLatin1Char(' ')); i > 0;
         i = title.indexOf(QLatin1Char(' '), i + 1)) {
        if (fm.horizontalAdvance(title.left(i)) > room)
            break;
        cut = i;
    }
    if (cut < 0)
        return { fm.elidedText(title, Qt::ElideRight, room) };
    return { title.left(cut), fm.elidedText(title.mid(cut + 1), Qt::ElideRight, room) };
}

qreal BlockItem::headerHeight() const
{
    const qsizetype lines = titleLines().size();
    if (lines < 2)
        return HeaderHeight;
    return HeaderHeight + QFontMetricsF(m_scene->font()).lineSpacing() * qreal(lines - 1);
}

qreal BlockItem::height() const
{
    const Block *b = m_scene->document()->block(m_id);
    if (!b)
        return HeaderHeight;
    int inputs = 0;
    int outputs = 0;
    for (const PortSpec &p : portsOf(b->kind))
        (p.input ? inputs : outputs) += 1;
    return headerHeight() + std::max(inputs, outputs) * PortSpacing + 6;
}

QRectF BlockItem::boundingRect() const
{
    // Room for the port circles that stick out on both sides.
    return QRectF(-PortRadius - 1, -1, Width + 2 * PortRadius + 2, height() + 2);
}

QPointF BlockItem::portLocalPos(const PortSpec &port) const
{
    const Block *b = m_scene->document()->block(m_id);
    int index = 0;
    for (const PortSpec &p : portsOf(b->kind)) {
        if (p.id == port.id)
            break;
        if (p.input == port.input)
            ++index;
    }
    const qreal y = headerHeight() + PortSpacing / 2 + index * PortSpacing;
    return QPointF(port.input ? 0 : Width, y);
}

QPointF BlockItem::portScenePos(const QString &portId) const
{
    const Block *b = m_scene->document()->block(m_id);
    if (!b)
        return scenePos();
    const auto port = portOf(b->kind, portId);
    return port ? mapToScene(portLocalPos(*port)) : scenePos();
}

QString BlockItem::portAt(QPointF scenePos) const
{
    const Block *b = m_scene->document()->block(m_id);
    if (!b)
        return {};
    const QPointF local = mapFromScene(scenePos);
    for (const PortSpec &p : portsOf(b->kind)) {
        if (QLineF(local, portLocalPos(p)).length() <= PortRadius + 5)
            return p.id;
    }
    return {};
}

QString BlockItem::shownTitle() const
{
    const Block *b = m_scene->document()->block(m_id);
    if (!b)
        return {};
    if (b->kind == BlockKind::Outcome && !b->outcome.variable.empty()) {
        const QString label = m_scene->variableLabel(b->outcome.variable);
        if (b->outcome.threshold)
            return Tr::tr("%1 > %2").arg(
                label,
                QLocale().toString(*b->outcome.threshold, 'g', QLocale::FloatingPointShortest));
        return label;
    }
    if (b->kind == BlockKind::Predictor && !b->predictor.variable.empty()) {
        const QString label = m_scene->variableLabel(b->predictor.variable);
        const QString words = transformWords(b->predictor);
        return words.isEmpty() ? label : Tr::tr("%1 (%2)").arg(label, words);
    }
    // The block's title without the kind prefix, which the band shows.
    QString title = blockTitle(*b);
    const qsizetype colon = title.indexOf(QLatin1String(": "));
    return colon > 0 ? title.mid(colon + 2) : title;
}

void BlockItem::refresh()
{
    const Block *b = m_scene->document()->block(m_id);
    if (!b)
        return;
    prepareGeometryChange();
    // A title that now takes another number of lines moves the ports: their links follow.
    m_scene->updateLinksOf(m_id);
    const BlockState state = m_scene->document()->blockState(m_id);
    // The title in full (the block may cut it), and the term as the formula writes it.
    QString tip = blockKindName(b->kind) + QStringLiteral(": ") + shownTitle();
    if (const QString formula = blockTitle(*b); formula != tip)
        tip += QLatin1Char('\n') + formula;
    tip += QLatin1Char('\n') + Tr::tr("State: %1").arg(stateName(state));
    const QStringList problems = m_scene->problemsOf(m_id);
    if (!problems.isEmpty())
        tip += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    setToolTip(tip);
    update();
}

void BlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const Block *b = m_scene->document()->block(m_id);
    if (!b)
        return;
    const QPalette pal = QApplication::palette();
    const QRectF body(0, 0, Width, height());
    const bool selected = option->state & QStyle::State_Selected;
    const bool problem = !m_scene->problemsOf(m_id).isEmpty();
    painter->setRenderHint(QPainter::Antialiasing);

    // Body and coloured header band.
    QPen border(selected ? pal.color(QPalette::Highlight)
                         : (problem ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Mid)),
                selected ? 2.5 : 1.2);
    painter->setPen(border);
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(body, 7, 7);
    // Rounded at the top only: a rounded band joined with a square lower half. Winding fill, so
    // that the overlap counts as inside (odd-even would cut the band to its top half).
    QPainterPath header;
    header.setFillRule(Qt::WindingFill);
    header.addRoundedRect(QRectF(0, 0, Width, 22), 7, 7);
    header.addRect(QRectF(0, 12, Width, 10));
    painter->fillPath(header.simplified(), kindColor(b->kind));
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(body, 7, 7);

    // Kind in the band, state light at its right.
    // The scene's font, which titleLines() measures with.
    QFont font = m_scene->font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    small.setBold(true);
    painter->setFont(small);
    painter->setPen(Qt::white);
    painter->drawText(QRectF(10, 0, Width - 40, 22), Qt::AlignVCenter | Qt::AlignLeft,
                      blockKindName(b->kind).toUpper());
    const BlockState state = m_scene->document()->blockState(m_id);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(stateColor(state));
    painter->drawEllipse(QPointF(Width - 14, 11), 6, 6);

    // The block's title (without the kind prefix, which the band shows), on two lines when
    // one is too short for it.
    painter->setFont(font);
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(QRectF(10, 22, Width - 20, headerHeight() - 22),
                      Qt::AlignVCenter | Qt::AlignLeft, titleLines().join(QLatin1Char('\n')));

    // Ports with their labels.
    QFont portFont = font;
    portFont.setPointSizeF(font.pointSizeF() * 0.8);
    painter->setFont(portFont);
    for (const PortSpec &p : portsOf(b->kind)) {
        const QPointF c = portLocalPos(p);
        painter->setPen(QPen(pal.color(QPalette::Dark), 1));
        painter->setBrush(p.input ? pal.color(QPalette::Base) : kindColor(b->kind));
        painter->drawEllipse(c, PortRadius, PortRadius);
        painter->setPen(pal.color(QPalette::PlaceholderText));
        const QRectF textRect = p.input ? QRectF(c.x() + 10, c.y() - 9, Width / 2, 18)
                                        : QRectF(c.x() - 10 - Width / 2, c.y() - 9, Width / 2, 18);
        painter->drawText(textRect, Qt::AlignVCenter | (p.input ? Qt::AlignLeft : Qt::AlignRight),
                          portLabel(b->kind, p.id));
    }
}

QVariant BlockItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->updateLinksOf(m_id);
    return QGraphicsObject::itemChange(change, value);
}

// ---- LinkItem ----------------------------------------------------------------------------------

LinkItem::LinkItem(DesignScene *scene, const Link &link)
    : m_scene(scene)
    , m_link(link)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
    setPen(QPen(QApplication::palette().color(QPalette::Dark), 2.0));
    updatePath();
}

void LinkItem::updatePath()
{
    BlockItem *from = m_scene->blockItem(m_link.fromBlock);
    BlockItem *to = m_scene->blockItem(m_link.toBlock);
    if (!from || !to)
        return;
    const QPointF a = from->portScenePos(m_link.fromPort);
    const QPointF b = to->portScenePos(m_link.toPort);
    const qreal dx = std::max<qreal>(40, std::abs(b.x() - a.x()) / 2);
    QPainterPath path(a);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    setPath(path);
    QPen p = pen();
    p.setColor(isSelected() ? QApplication::palette().color(QPalette::Highlight)
                            : QApplication::palette().color(QPalette::Dark));
    setPen(p);
}

// ---- DesignScene -------------------------------------------------------------------------------

DesignScene::DesignScene(DesignDocument *doc, QObject *parent)
    : QGraphicsScene(parent)
    , m_doc(doc)
{
    setItemIndexMethod(NoIndex);
    connect(doc, &DesignDocument::blockAdded, this, &DesignScene::addBlockItem);
    connect(doc, &DesignDocument::blockRemoved, this, &DesignScene::removeBlockItem);
    connect(doc, &DesignDocument::blockChanged, this, [this](int id) {
        if (BlockItem *item = m_blocks.value(id)) {
            m_syncing = true;
            item->setPos(m_doc->block(id)->pos);
            m_syncing = false;
        }
    });
    connect(doc, &DesignDocument::linkAdded, this, &DesignScene::addLinkItem);
    connect(doc, &DesignDocument::linkRemoved, this, &DesignScene::removeLinkItem);
    connect(doc, &DesignDocument::reset, this, &DesignScene::rebuild);
    connect(doc, &DesignDocument::changed, this, &DesignScene::refreshAll);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::onSelectionChanged);
    rebuild();
}

DesignScene::~DesignScene()
{
    // The base class destructor clears the selection; nothing here may react to that any more.
    disconnect(this, nullptr, this, nullptr);
    disconnect(m_doc, nullptr, this, nullptr);
    clear();
}

void DesignScene::rebuild()
{
    clearSelection();
    for (LinkItem *l : std::as_const(m_links))
        delete l;
    m_links.clear();
    qDeleteAll(m_blocks);
    m_blocks.clear();
    for (const Block &b : m_doc->blocks())
        addBlockItem(b.id);
    for (const Link &l : m_doc->links())
        addLinkItem(l);
    refreshAll();
}

void DesignScene::addBlockItem(int id)
{
    if (m_blocks.contains(id))
        return;
    auto *item = new BlockItem(this, id);
    m_blocks.insert(id, item);
    addItem(item);
    m_syncing = true;
    item->setPos(m_doc->block(id)->pos);
    m_syncing = false;
}

void DesignScene::removeBlockItem(int id)
{
    delete m_blocks.take(id);
}

void DesignScene::addLinkItem(const Link &link)
{
    auto *item = new LinkItem(this, link);
    addItem(item);
    m_links.append(item);
}

void DesignScene::removeLinkItem(const Link &link)
{
    for (int i = 0; i < m_links.size(); ++i) {
        if (m_links.at(i)->link() == link) {
            delete m_links.takeAt(i);
            return;
        }
    }
}

void DesignScene::updateLinksOf(int blockId)
{
    for (LinkItem *l : std::as_const(m_links)) {
        if (l->link().fromBlock == blockId || l->link().toBlock == blockId)
            l->updatePath();
    }
}

void DesignScene::refreshAll()
{
    for (BlockItem *b : std::as_const(m_blocks))
        b->refresh();
    for (LinkItem *l : std::as_const(m_links))
        l->updatePath();
}

void DesignScene::setVariableLabels(const QMap<QString, QString> &labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    for (BlockItem *b : std::as_const(m_blocks))
        b->refresh();
}

QString DesignScene::variableLabel(const std::string &variable) const
{
    const QString name = QString::fromStdString(variable);
    const QString label = m_labels.value(name);
    return label.isEmpty() ? name : label;
}

void DesignScene::setProblems(const QHash<int, QStringList> &problemsByBlock)
{
    m_problems = problemsByBlock;
    for (BlockItem *b : std::as_const(m_blocks))
        b->refresh();
}

QList<int> DesignScene::selectedBlockIds() const
{
    QList<int> ids;
    // Document order, so that copy and duplicate keep the order the user sees.
    for (const Block &b : m_doc->blocks()) {
        if (BlockItem *item = m_blocks.value(b.id); item && item->isSelected())
            ids.append(b.id);
    }
    return ids;
}

QList<Link> DesignScene::selectedLinks() const
{
    QList<Link> links;
    for (LinkItem *l : m_links) {
        if (l->isSelected())
            links.append(l->link());
    }
    return links;
}

void DesignScene::selectBlock(int id)
{
    clearSelection();
    if (BlockItem *item = m_blocks.value(id)) {
        item->setSelected(true);
        item->setFocus();
    }
}

void DesignScene::onSelectionChanged()
{
    for (LinkItem *l : std::as_const(m_links))
        l->updatePath();
    const QList<int> ids = selectedBlockIds();
    Q_EMIT selectedBlockChanged(ids.size() == 1 ? ids.first() : 0);
}

void DesignScene::deleteSelection()
{
    const QList<int> blocks = selectedBlockIds();
    QList<Link> links;
    for (const Link &l : selectedLinks()) {
        if (!blocks.contains(l.fromBlock) && !blocks.contains(l.toBlock))
            links.append(l);
    }
    if (blocks.isEmpty() && links.isEmpty())
        return;
    QUndoStack *undo = m_doc->undoStack();
    const bool macro = !links.isEmpty() && (links.size() + (blocks.isEmpty() ? 0 : 1)) > 1;
    if (macro)
        undo->beginMacro(Tr::tr("Delete selection"));
    for (const Link &l : std::as_const(links))
        m_doc->disconnectLink(l);
    if (!blocks.isEmpty())
        m_doc->removeBlocks(blocks);
    if (macro)
        undo->endMacro();
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        // A press on a port starts a new link rather than moving the block.
        for (QGraphicsItem *item : items(event->scenePos())) {
            auto *block = dynamic_cast<BlockItem *>(item);
            if (!block)
                continue;
            const QString port = block->portAt(event->scenePos());
            const Block *b = m_doc->block(block->blockId());
            const auto spec = b ? portOf(b->kind, port) : std::nullopt;
            if (spec) {
                // Dragging from an input that is in use picks the link up again.
                if (spec->input) {
                    for (const Link &l : m_doc->links()) {
                        if (l.toBlock == b->id && l.toPort == port) {
                            m_doc->disconnectLink(l);
                            m_dragFromBlock = l.fromBlock;
                            m_dragFromPort = l.fromPort;
                            break;
                        }
                    }
                    if (!m_dragFromBlock)
                        break;
                } else {
                    m_dragFromBlock = b->id;
                    m_dragFromPort = port;
                }
                m_rubberLink = addPath(
                    QPainterPath(),
                    QPen(QApplication::palette().color(QPalette::Highlight), 2, Qt::DashLine));
                event->accept();
                return;
            }
            break;
        }
        m_pressPositions.clear();
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
            m_pressPositions.insert(it.key(), it.value()->pos());
    }
    QGraphicsScene::mousePressEvent(event);
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLink) {
        const QPointF a = m_blocks.value(m_dragFromBlock)->portScenePos(m_dragFromPort);
        const QPointF b = event->scenePos();
        const qreal dx = std::max<qreal>(40, std::abs(b.x() - a.x()) / 2);
        QPainterPath path(a);
        path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
        m_rubberLink->setPath(path);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLink) {
        delete m_rubberLink;
        m_rubberLink = nullptr;
        for (QGraphicsItem *item : items(event->scenePos())) {
            auto *block = dynamic_cast<BlockItem *>(item);
            if (!block)
                continue;
            const QString port = block->portAt(event->scenePos());
            if (port.isEmpty())
                break;
            QString why;
            if (!m_doc->connectPorts({ m_dragFromBlock, m_dragFromPort, block->blockId(), port },
                                     &why))
                Q_EMIT message(why);
            break;
        }
        m_dragFromBlock = 0;
        m_dragFromPort.clear();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // A finished drag becomes one move command of every block that moved together.
    QList<int> moved;
    QPointF delta;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        BlockItem *item = m_blocks.value(it.key());
        if (!item || item->pos() == it.value())
            continue;
        moved.append(it.key());
        delta = item->pos() - it.value();
    }
    m_pressPositions.clear();
    if (!moved.isEmpty()) {
        // The items are already there; the command records the move and keeps the model in step.
        for (int id : std::as_const(moved)) {
            m_syncing = true;
            m_blocks.value(id)->setPos(m_doc->block(id)->pos);
            m_syncing = false;
        }
        m_doc->moveBlocks(moved, delta);
    }
}

} // namespace fairstart::ui
