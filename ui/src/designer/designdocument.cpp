// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/designer/designdocument.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/ui/tr.h"

#include <QJsonArray>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

namespace {

enum CommandId { MoveId = 1, EditId = 2 };

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string toStd(const QString &s)
{
    return s.toStdString();
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

// ---- names and ports ---------------------------------------------------------------------------

QString blockKindId(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Cohort:
        return QStringLiteral("cohort");
    case BlockKind::Outcome:
        return QStringLiteral("outcome");
    case BlockKind::Predictor:
        return QStringLiteral("predictor");
    case BlockKind::Interaction:
        return QStringLiteral("interaction");
    case BlockKind::Model:
        return QStringLiteral("model");
    case BlockKind::Evaluation:
        return QStringLiteral("evaluation");
    }
    return {};
}

std::optional<BlockKind> blockKindFromId(const QString &id)
{
    for (BlockKind k : { BlockKind::Cohort, BlockKind::Outcome, BlockKind::Predictor,
                         BlockKind::Interaction, BlockKind::Model, BlockKind::Evaluation }) {
        if (blockKindId(k) == id)
            return k;
    }
    return std::nullopt;
}

QString blockKindName(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Cohort:
        return Tr::tr("Cohort");
    case BlockKind::Outcome:
        return Tr::tr("Outcome");
    case BlockKind::Predictor:
        return Tr::tr("Predictor");
    case BlockKind::Interaction:
        return Tr::tr("Interaction");
    case BlockKind::Model:
        return Tr::tr("Model");
    case BlockKind::Evaluation:
        return Tr::tr("Evaluation");
    }
    return {};
}

QString portTypeName(PortType type)
{
    switch (type) {
    case PortType::Cohort:
        return Tr::tr("cohort");
    case PortType::Response:
        return Tr::tr("outcome");
    case PortType::Term:
        return Tr::tr("predictor");
    case PortType::Interaction:
        return Tr::tr("interaction");
    case PortType::Fit:
        return Tr::tr("fitted model");
    }
    return {};
}

QList<PortSpec> portsOf(BlockKind kind)
{
    const auto out = [](const char *id, PortType t) {
        return PortSpec { QString::fromLatin1(id), t, false, false };
    };
    const auto in = [](const char *id, PortType t, bool multiple) {
        return PortSpec { QString::fromLatin1(id), t, true, multiple };
    };
    switch (kind) {
    case BlockKind::Cohort:
        return { out("cohort", PortType::Cohort) };
    case BlockKind::Outcome:
        return { out("outcome", PortType::Response) };
    case BlockKind::Predictor:
        return { out("term", PortType::Term) };
    case BlockKind::Interaction:
        return { in("a", PortType::Term, false), in("b", PortType::Term, false),
                 out("term", PortType::Interaction) };
    case BlockKind::Model:
        return { in("cohort", PortType::Cohort, false), in("outcome", PortType::Response, false),
                 in("terms", PortType::Term, true), in("interactions", PortType::Interaction, true),
                 out("fit", PortType::Fit) };
    case BlockKind::Evaluation:
        return { in("model", PortType::Fit, false) };
    }
    return {};
}

std::optional<PortSpec> portOf(BlockKind kind, const QString &portId)
{
    for (const PortSpec &p : portsOf(kind)) {
        if (p.id == portId)
            return p;
    }
    return std::nullopt;
}

QString blockTitle(const Block &b)
{
    switch (b.kind) {
    case BlockKind::Cohort:
        if (!b.completeCases.empty())
            return b.filters.empty()
                ? Tr::tr("Cohort: complete cases of %n variable(s)", nullptr,
                         int(b.completeCases.size()))
                : Tr::tr("Cohort: %n filter(s), pinned", nullptr, int(b.filters.size()));
        return b.filters.empty() ? Tr::tr("Cohort: everyone")
                                 : Tr::tr("Cohort: %n filter(s)", nullptr, int(b.filters.size()));
    case BlockKind::Outcome:
        if (b.outcome.variable.empty())
            return Tr::tr("Outcome: not chosen");
        if (b.outcome.threshold)
            return Tr::tr("Outcome: %1 > %2")
                .arg(fromStd(b.outcome.variable),
                     fromStd(analysis::formatNumber(*b.outcome.threshold)));
        return Tr::tr("Outcome: %1").arg(fromStd(b.outcome.variable));
    case BlockKind::Predictor: {
        if (b.predictor.variable.empty())
            return Tr::tr("Predictor: not chosen");
        analysis::ModelSpec one;
        one.outcome.variable = "y";
        one.predictors.push_back(b.predictor);
        const std::string f = analysis::toFormula(one);
        const auto tilde = f.find('~');
        QString term
            = fromStd(tilde == std::string::npos ? b.predictor.variable : f.substr(tilde + 1));
        return Tr::tr("Predictor: %1").arg(term.trimmed());
    }
    case BlockKind::Interaction:
        return Tr::tr("Interaction");
    case BlockKind::Model:
        switch (b.family) {
        case analysis::Family::Binomial:
            return Tr::tr("Model: logistic");
        case analysis::Family::Poisson:
            return Tr::tr("Model: Poisson");
        case analysis::Family::Gaussian:
            return Tr::tr("Model: linear");
        }
        return Tr::tr("Model");
    case BlockKind::Evaluation:
        return Tr::tr("Evaluation");
    }
    return {};
}

// ---- undo commands -----------------------------------------------------------------------------

class DesignCommand : public QUndoCommand {
public:
    DesignCommand(DesignDocument *doc, const QString &text)
        : m_doc(doc)
    {
        setText(text);
    }

protected:
    void done() { Q_EMIT m_doc->changed(); }
    DesignDocument *m_doc;
};

class AddBlocksCommand : public DesignCommand {
public:
    AddBlocksCommand(DesignDocument *doc, const QString &text, QList<Block> blocks,
                     QList<Link> links)
        : DesignCommand(doc, text)
        , m_blocks(std::move(blocks))
        , m_links(std::move(links))
    {
    }
    void redo() override
    {
        for (const Block &b : std::as_const(m_blocks))
            m_doc->insertBlockAt(int(m_doc->m_blocks.size()), b);
        for (const Link &l : std::as_const(m_links))
            m_doc->insertLinkAt(int(m_doc->m_links.size()), l);
        done();
    }
    void undo() override
    {
        for (const Link &l : std::as_const(m_links))
            m_doc->removeLinkAt(int(m_doc->m_links.indexOf(l)));
        for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
            m_doc->takeBlock(it->id, nullptr);
        done();
    }

private:
    QList<Block> m_blocks;
    QList<Link> m_links;
};

class RemoveBlocksCommand : public DesignCommand {
public:
    RemoveBlocksCommand(DesignDocument *doc, const QString &text, const QList<int> &ids)
        : DesignCommand(doc, text)
    {
        for (int i = 0; i < doc->m_blocks.size(); ++i) {
            if (ids.contains(doc->m_blocks.at(i).id))
                m_blocks.append({ i, doc->m_blocks.at(i) });
        }
        for (int i = 0; i < doc->m_links.size(); ++i) {
            const Link &l = doc->m_links.at(i);
            if (ids.contains(l.fromBlock) || ids.contains(l.toBlock))
                m_links.append({ i, l });
        }
    }
    void redo() override
    {
        for (auto it = m_links.crbegin(); it != m_links.crend(); ++it)
            m_doc->removeLinkAt(it->first);
        for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
            m_doc->takeBlock(it->second.id, nullptr);
        done();
    }
    void undo() override
    {
        for (const auto &[index, block] : std::as_const(m_blocks))
            m_doc->insertBlockAt(index, block);
        for (const auto &[index, link] : std::as_const(m_links))
            m_doc->insertLinkAt(index, link);
        done();
    }

private:
    QList<std::pair<int, Block>> m_blocks;
    QList<std::pair<int, Link>> m_links;
};

class MoveBlocksCommand : public DesignCommand {
public:
    MoveBlocksCommand(DesignDocument *doc, const QList<int> &ids, QPointF delta, bool mergeable)
        : DesignCommand(doc, Tr::tr("Move"))
        , m_ids(ids)
        , m_delta(delta)
        , m_mergeable(mergeable)
    {
        std::sort(m_ids.begin(), m_ids.end());
    }
    int id() const override { return m_mergeable ? MoveId : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const MoveBlocksCommand *>(other);
        if (o->m_ids != m_ids)
            return false;
        m_delta += o->m_delta;
        return true;
    }
    void redo() override { apply(m_delta); }
    void undo() override { apply(-m_delta); }

private:
    void apply(QPointF d)
    {
        for (int id : std::as_const(m_ids)) {
            if (const Block *b = m_doc->block(id))
                m_doc->setBlockPos(id, b->pos + d);
        }
        done();
    }
    QList<int> m_ids;
    QPointF m_delta;
    bool m_mergeable;
};

class LinkCommand : public DesignCommand {
public:
    LinkCommand(DesignDocument *doc, const Link &link, bool add)
        : DesignCommand(doc, add ? Tr::tr("Connect") : Tr::tr("Disconnect"))
        , m_link(link)
        , m_add(add)
        , m_index(int(doc->m_links.indexOf(link)))
    {
    }
    void redo() override { m_add ? insert() : remove(); }
    void undo() override { m_add ? remove() : insert(); }

private:
    void insert()
    {
        m_doc->insertLinkAt(m_index < 0 ? int(m_doc->m_links.size()) : m_index, m_link);
        done();
    }
    void remove()
    {
        m_doc->removeLinkAt(int(m_doc->m_links.indexOf(m_link)));
        done();
    }
    Link m_link;
    bool m_add;
    int m_index;
};

class EditBlockCommand : public DesignCommand {
public:
    EditBlockCommand(DesignDocument *doc, const Block &before, const Block &after,
                     const QString &mergeKey)
        : DesignCommand(doc, Tr::tr("Change %1").arg(blockKindName(after.kind).toLower()))
        , m_before(before)
        , m_after(after)
        , m_key(mergeKey)
    {
    }
    int id() const override { return m_key.isEmpty() ? -1 : EditId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditBlockCommand *>(other);
        if (o->m_after.id != m_after.id || o->m_key != m_key)
            return false;
        m_after = o->m_after;
        return true;
    }
    void redo() override
    {
        m_doc->replaceBlock(m_after);
        done();
    }
    void undo() override
    {
        m_doc->replaceBlock(m_before);
        done();
    }

private:
    Block m_before;
    Block m_after;
    QString m_key;
};

class ReplaceAllCommand : public DesignCommand {
public:
    ReplaceAllCommand(DesignDocument *doc, const QString &text, QList<Block> blocks,
                      QList<Link> links)
        : DesignCommand(doc, text)
        , m_beforeBlocks(doc->m_blocks)
        , m_beforeLinks(doc->m_links)
        , m_afterBlocks(std::move(blocks))
        , m_afterLinks(std::move(links))
    {
    }
    void redo() override
    {
        m_doc->replaceAll(m_afterBlocks, m_afterLinks);
        done();
    }
    void undo() override
    {
        m_doc->replaceAll(m_beforeBlocks, m_beforeLinks);
        done();
    }

private:
    QList<Block> m_beforeBlocks;
    QList<Link> m_beforeLinks;
    QList<Block> m_afterBlocks;
    QList<Link> m_afterLinks;
};

// ---- document ----------------------------------------------------------------------------------

DesignDocument::DesignDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

DesignDocument::~DesignDocument() = default;

int DesignDocument::indexOfBlock(int id) const
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks.at(i).id == id)
            return i;
    }
    return -1;
}

const Block *DesignDocument::block(int id) const
{
    const int i = indexOfBlock(id);
    return i < 0 ? nullptr : &m_blocks.at(i);
}

QList<Link> DesignDocument::linksOf(int blockId) const
{
    QList<Link> result;
    for (const Link &l : m_links) {
        if (l.fromBlock == blockId || l.toBlock == blockId)
            result.append(l);
    }
    return result;
}

const Block *DesignDocument::modelBlock() const
{
    for (const Block &b : m_blocks) {
        if (b.kind == BlockKind::Model)
            return &b;
    }
    return nullptr;
}

void DesignDocument::insertBlockAt(int index, const Block &block)
{
    m_blocks.insert(std::clamp(index, 0, int(m_blocks.size())), block);
    m_lastId = std::max(m_lastId, block.id);
    Q_EMIT blockAdded(block.id);
}

Block DesignDocument::takeBlock(int id, int *index)
{
    const int i = indexOfBlock(id);
    if (index)
        *index = i;
    if (i < 0)
        return {};
    Block b = m_blocks.takeAt(i);
    Q_EMIT blockRemoved(id);
    return b;
}

void DesignDocument::replaceBlock(const Block &block)
{
    const int i = indexOfBlock(block.id);
    if (i < 0)
        return;
    m_blocks[i] = block;
    Q_EMIT blockChanged(block.id);
}

void DesignDocument::setBlockPos(int id, QPointF pos)
{
    const int i = indexOfBlock(id);
    if (i < 0)
        return;
    m_blocks[i].pos = pos;
    Q_EMIT blockChanged(id);
}

void DesignDocument::insertLinkAt(int index, const Link &link)
{
    m_links.insert(std::clamp(index, 0, int(m_links.size())), link);
    Q_EMIT linkAdded(link);
}

void DesignDocument::removeLinkAt(int index)
{
    if (index < 0 || index >= m_links.size())
        return;
    const Link l = m_links.takeAt(index);
    Q_EMIT linkRemoved(l);
}

void DesignDocument::replaceAll(const QList<Block> &blocks, const QList<Link> &links)
{
    m_blocks = blocks;
    m_links = links;
    for (const Block &b : blocks)
        m_lastId = std::max(m_lastId, b.id);
    Q_EMIT reset();
}

int DesignDocument::addBlock(Block block)
{
    if (block.kind == BlockKind::Model && modelBlock())
        return 0;
    block.id = nextId();
    m_undo->push(new AddBlocksCommand(
        this, Tr::tr("Add %1").arg(blockKindName(block.kind).toLower()), { block }, {}));
    return block.id;
}

void DesignDocument::removeBlocks(const QList<int> &ids)
{
    QList<int> existing;
    for (int id : ids) {
        if (block(id))
            existing.append(id);
    }
    if (existing.isEmpty())
        return;
    const QString text = existing.size() == 1
        ? Tr::tr("Delete %1").arg(blockKindName(block(existing.first())->kind).toLower())
        : Tr::tr("Delete %n block(s)", nullptr, int(existing.size()));
    m_undo->push(new RemoveBlocksCommand(this, text, existing));
}

void DesignDocument::moveBlocks(const QList<int> &ids, QPointF delta, Move how)
{
    QList<int> existing;
    for (int id : ids) {
        if (block(id))
            existing.append(id);
    }
    if (existing.isEmpty() || delta.isNull())
        return;
    m_undo->push(new MoveBlocksCommand(this, existing, delta, how == Move::Nudge));
}

std::optional<QString> DesignDocument::connectionProblem(const Link &link) const
{
    const Block *from = block(link.fromBlock);
    const Block *to = block(link.toBlock);
    if (!from || !to)
        return Tr::tr("One of the two blocks no longer exists.");
    if (from->id == to->id)
        return Tr::tr("A block cannot be connected to itself.");
    const auto out = portOf(from->kind, link.fromPort);
    const auto in = portOf(to->kind, link.toPort);
    if (!out || !in)
        return Tr::tr("These blocks have no such connection point.");
    if (out->input || !in->input)
        return Tr::tr("Connect an output (right side) to an input (left side).");
    if (out->type != in->type)
        return Tr::tr("A %1 cannot go into the %2 input of the %3: connect it to a matching "
                      "input.")
            .arg(portTypeName(out->type), portTypeName(in->type),
                 blockKindName(to->kind).toLower());
    if (m_links.contains(link))
        return Tr::tr("These two blocks are already connected.");
    for (const Link &l : m_links) {
        if (l.toBlock == link.toBlock && l.toPort == link.toPort && !in->multiple)
            return Tr::tr("The %1 input of the %2 is already in use: remove its link first.")
                .arg(portTypeName(in->type), blockKindName(to->kind).toLower());
        if (to->kind == BlockKind::Interaction && l.toBlock == link.toBlock
            && l.fromBlock == link.fromBlock)
            return Tr::tr("An interaction needs two different predictors.");
    }
    return std::nullopt;
}

bool DesignDocument::connectPorts(const Link &link, QString *reason)
{
    if (const auto problem = connectionProblem(link)) {
        if (reason)
            *reason = *problem;
        return false;
    }
    m_undo->push(new LinkCommand(this, link, true));
    return true;
}

void DesignDocument::disconnectLink(const Link &link)
{
    if (m_links.contains(link))
        m_undo->push(new LinkCommand(this, link, false));
}

void DesignDocument::editBlock(const Block &after, const QString &mergeKey)
{
    const Block *before = block(after.id);
    if (!before || *before == after || before->kind != after.kind)
        return;
    m_undo->push(new EditBlockCommand(this, *before, after, mergeKey));
}

int DesignDocument::dropVariable(const QString &variable, bool categorical, BlockKind kind,
                                 QPointF pos)
{
    Block b;
    b.id = nextId();
    b.kind = kind;
    b.pos = pos;
    QList<Link> links;
    const Block *model = modelBlock();
    if (kind == BlockKind::Outcome) {
        b.outcome.variable = toStd(variable);
        if (model) {
            const Link l { b.id, QStringLiteral("outcome"), model->id, QStringLiteral("outcome") };
            bool free = true;
            for (const Link &o : std::as_const(m_links))
                free = free && !(o.toBlock == model->id && o.toPort == l.toPort);
            if (free)
                links.append(l);
        }
    } else {
        b.kind = BlockKind::Predictor;
        b.predictor.variable = toStd(variable);
        b.predictor.transform
            = categorical ? analysis::Transform::Categorical : analysis::Transform::AsIs;
        if (model)
            links.append({ b.id, QStringLiteral("term"), model->id, QStringLiteral("terms") });
    }
    m_undo->push(new AddBlocksCommand(
        this, Tr::tr("Add %1 %2").arg(blockKindName(b.kind).toLower(), variable), { b }, links));
    return b.id;
}

void DesignDocument::setSpec(const analysis::ModelSpec &spec)
{
    std::unique_ptr<DesignDocument> tmp(fromSpec(spec));
    QList<Block> blocks = tmp->m_blocks;
    QList<Link> links = tmp->m_links;
    // Keep ids fresh so that undo never confuses old and new blocks.
    QHash<int, int> map;
    for (Block &b : blocks) {
        const int id = nextId();
        map.insert(b.id, id);
        b.id = id;
    }
    for (Link &l : links) {
        l.fromBlock = map.value(l.fromBlock);
        l.toBlock = map.value(l.toBlock);
    }
    m_undo->push(new ReplaceAllCommand(this, Tr::tr("Replace design"), blocks, links));
}

QJsonObject DesignDocument::copy(const QList<int> &ids) const
{
    QJsonArray blocks;
    QJsonArray links;
    for (const Block &b : m_blocks) {
        if (ids.contains(b.id))
            blocks.append(blockToJson(b));
    }
    for (const Link &l : m_links) {
        if (ids.contains(l.fromBlock) && ids.contains(l.toBlock))
            links.append(QJsonObject { { QStringLiteral("from"), l.fromBlock },
                                       { QStringLiteral("fromPort"), l.fromPort },
                                       { QStringLiteral("to"), l.toBlock },
                                       { QStringLiteral("toPort"), l.toPort } });
    }
    return { { QStringLiteral("format"), QStringLiteral("fairstart-design-fragment") },
             { QStringLiteral("blocks"), blocks },
             { QStringLiteral("links"), links } };
}

QList<int> DesignDocument::paste(const QJsonObject &fragment, QPointF offset)
{
    QList<Block> blocks;
    QList<Link> links;
    QHash<int, int> map;
    bool haveModel = modelBlock() != nullptr;
    for (const QJsonValue &v : fragment.value(QStringLiteral("blocks")).toArray()) {
        QString error;
        auto b = blockFromJson(v.toObject(), &error);
        if (!b)
            continue;
        if (b->kind == BlockKind::Model) {
            if (haveModel)
                continue; // one model per design
            haveModel = true;
        }
        const int id = nextId();
        map.insert(b->id, id);
        b->id = id;
        b->pos += offset;
        blocks.append(*b);
    }
    for (const QJsonValue &v : fragment.value(QStringLiteral("links")).toArray()) {
        const QJsonObject o = v.toObject();
        const int from = map.value(o.value(QStringLiteral("from")).toInt(), 0);
        const int to = map.value(o.value(QStringLiteral("to")).toInt(), 0);
        if (from && to)
            links.append({ from, o.value(QStringLiteral("fromPort")).toString(), to,
                           o.value(QStringLiteral("toPort")).toString() });
    }
    if (blocks.isEmpty())
        return {};
    m_undo->push(new AddBlocksCommand(
        this, Tr::tr("Paste %n block(s)", nullptr, int(blocks.size())), blocks, links));
    QList<int> ids;
    for (const Block &b : std::as_const(blocks))
        ids.append(b.id);
    return ids;
}

QList<int> DesignDocument::duplicate(const QList<int> &ids)
{
    return paste(copy(ids), QPointF(30, 30));
}

// ---- conversions -------------------------------------------------------------------------------

analysis::ModelSpec DesignDocument::toSpec() const
{
    analysis::ModelSpec spec;
    const Block *model = modelBlock();
    if (!model)
        return spec;
    spec.family = model->family;
    spec.ridgeLambda = model->ridgeLambda;
    spec.offset = model->offset;
    auto sourceOf = [this](int toBlock, const QString &port) -> const Block * {
        for (const Link &l : m_links) {
            if (l.toBlock == toBlock && l.toPort == port)
                return block(l.fromBlock);
        }
        return nullptr;
    };
    if (const Block *o = sourceOf(model->id, QStringLiteral("outcome")))
        spec.outcome = o->outcome;
    if (const Block *c = sourceOf(model->id, QStringLiteral("cohort"))) {
        spec.filters = c->filters;
        spec.completeCases = c->completeCases;
    }
    // Block order, not link order, decides the term order: it is what the user sees listed.
    for (const Block &b : m_blocks) {
        const bool linked = std::any_of(m_links.begin(), m_links.end(), [&](const Link &l) {
            return l.fromBlock == b.id && l.toBlock == model->id;
        });
        if (!linked)
            continue;
        if (b.kind == BlockKind::Predictor) {
            spec.predictors.push_back(b.predictor);
        } else if (b.kind == BlockKind::Interaction) {
            const Block *a = sourceOf(b.id, QStringLiteral("a"));
            const Block *c = sourceOf(b.id, QStringLiteral("b"));
            spec.interactions.push_back({ a ? a->predictor.variable : std::string(),
                                          c ? c->predictor.variable : std::string() });
        }
    }
    return spec;
}

EvaluationSettings DesignDocument::evaluationSettings() const
{
    for (const Block &b : m_blocks) {
        if (b.kind == BlockKind::Evaluation)
            return b.evaluation;
    }
    return {};
}

DesignDocument *DesignDocument::fromSpec(const analysis::ModelSpec &spec, QObject *parent)
{
    auto *doc = new DesignDocument(parent);
    QList<Block> blocks;
    QList<Link> links;
    int id = 0;
    Block model;
    model.id = ++id;
    model.kind = BlockKind::Model;
    model.family = spec.family;
    model.ridgeLambda = spec.ridgeLambda;
    model.offset = spec.offset;
    const double rows = double(std::max<std::size_t>(spec.predictors.size(), 2));
    model.pos = QPointF(560, 40 + rows * 55);
    blocks.append(model);

    Block cohort;
    cohort.id = ++id;
    cohort.kind = BlockKind::Cohort;
    cohort.filters = spec.filters;
    cohort.completeCases = spec.completeCases;
    cohort.pos = QPointF(40, 0);
    blocks.append(cohort);
    links.append({ cohort.id, QStringLiteral("cohort"), model.id, QStringLiteral("cohort") });

    if (!spec.outcome.variable.empty()) {
        Block outcome;
        outcome.id = ++id;
        outcome.kind = BlockKind::Outcome;
        outcome.outcome = spec.outcome;
        outcome.pos = QPointF(40, 90);
        blocks.append(outcome);
        links.append(
            { outcome.id, QStringLiteral("outcome"), model.id, QStringLiteral("outcome") });
    }
    std::map<std::string, int> predictorIds;
    double y = 190; // under an outcome whose title takes two lines
    for (const analysis::Predictor &p : spec.predictors) {
        Block b;
        b.id = ++id;
        b.kind = BlockKind::Predictor;
        b.predictor = p;
        b.pos = QPointF(40, y);
        // Room for a title on two lines (BlockItem::titleLines): at 80 a predictor labelled
        // "Gestational age at birth (weeks)" ran into the one below it.
        y += 100;
        predictorIds[p.variable] = b.id;
        blocks.append(b);
        links.append({ b.id, QStringLiteral("term"), model.id, QStringLiteral("terms") });
    }
    double iy = 180;
    for (const analysis::Interaction &i : spec.interactions) {
        Block b;
        b.id = ++id;
        b.kind = BlockKind::Interaction;
        b.pos = QPointF(300, iy);
        iy += 90;
        blocks.append(b);
        if (auto it = predictorIds.find(i.a); it != predictorIds.end())
            links.append({ it->second, QStringLiteral("term"), b.id, QStringLiteral("a") });
        if (auto it = predictorIds.find(i.b); it != predictorIds.end())
            links.append({ it->second, QStringLiteral("term"), b.id, QStringLiteral("b") });
        links.append({ b.id, QStringLiteral("term"), model.id, QStringLiteral("interactions") });
    }
    Block eval;
    eval.id = ++id;
    eval.kind = BlockKind::Evaluation;
    eval.pos = model.pos + QPointF(260, 0);
    blocks.append(eval);
    links.append({ model.id, QStringLiteral("fit"), eval.id, QStringLiteral("model") });

    doc->replaceAll(blocks, links);
    return doc;
}

QJsonObject DesignDocument::blockToJson(const Block &b)
{
    QJsonObject o { { QStringLiteral("id"), b.id },
                    { QStringLiteral("kind"), blockKindId(b.kind) },
                    { QStringLiteral("x"), b.pos.x() },
                    { QStringLiteral("y"), b.pos.y() } };
    switch (b.kind) {
    case BlockKind::Cohort: {
        QJsonArray filters;
        for (const analysis::Filter &f : b.filters) {
            QJsonArray values;
            for (const std::string &v : f.values)
                values.append(fromStd(v));
            filters.append(QJsonObject { { QStringLiteral("variable"), fromStd(f.variable) },
                                         { QStringLiteral("min"), optionalNumber(f.min) },
                                         { QStringLiteral("max"), optionalNumber(f.max) },
                                         { QStringLiteral("values"), values } });
        }
        o.insert(QStringLiteral("filters"), filters);
        if (!b.completeCases.empty()) {
            QJsonArray cases;
            for (const std::string &v : b.completeCases)
                cases.append(fromStd(v));
            o.insert(QStringLiteral("completeCases"), cases);
        }
        break;
    }
    case BlockKind::Outcome:
        o.insert(QStringLiteral("variable"), fromStd(b.outcome.variable));
        o.insert(QStringLiteral("threshold"), optionalNumber(b.outcome.threshold));
        break;
    case BlockKind::Predictor:
        o.insert(QStringLiteral("variable"), fromStd(b.predictor.variable));
        o.insert(QStringLiteral("transform"),
                 QString::fromLatin1(analysis::transformId(b.predictor.transform)));
        o.insert(QStringLiteral("knots"), b.predictor.knots);
        o.insert(QStringLiteral("lower"), b.predictor.lower);
        o.insert(QStringLiteral("upper"), b.predictor.upper);
        o.insert(QStringLiteral("reference"), fromStd(b.predictor.reference));
        break;
    case BlockKind::Interaction:
        break;
    case BlockKind::Model:
        o.insert(QStringLiteral("family"), QString::fromLatin1(analysis::familyId(b.family)));
        o.insert(QStringLiteral("ridgeLambda"), b.ridgeLambda);
        o.insert(QStringLiteral("offset"), fromStd(b.offset));
        break;
    case BlockKind::Evaluation: {
        QJsonArray thresholds;
        for (double t : b.evaluation.thresholds)
            thresholds.append(t);
        o.insert(QStringLiteral("auc"), b.evaluation.auc);
        o.insert(QStringLiteral("brier"), b.evaluation.brier);
        o.insert(QStringLiteral("calibration"), b.evaluation.calibration);
        o.insert(QStringLiteral("perSite"), b.evaluation.perSite);
        o.insert(QStringLiteral("thresholds"), thresholds);
        break;
    }
    }
    return o;
}

std::optional<Block> DesignDocument::blockFromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &text) -> std::optional<Block> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    Block b;
    b.id = o.value(QStringLiteral("id")).toInt();
    const auto kind = blockKindFromId(o.value(QStringLiteral("kind")).toString());
    if (!kind || b.id <= 0)
        return fail(Tr::tr("A block has no valid kind or id."));
    b.kind = *kind;
    b.pos
        = QPointF(o.value(QStringLiteral("x")).toDouble(), o.value(QStringLiteral("y")).toDouble());
    auto optNum = [](const QJsonValue &v) {
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    switch (b.kind) {
    case BlockKind::Cohort:
        for (const QJsonValue &fv : o.value(QStringLiteral("filters")).toArray()) {
            const QJsonObject f = fv.toObject();
            analysis::Filter filter;
            filter.variable = toStd(f.value(QStringLiteral("variable")).toString());
            filter.min = optNum(f.value(QStringLiteral("min")));
            filter.max = optNum(f.value(QStringLiteral("max")));
            for (const QJsonValue &v : f.value(QStringLiteral("values")).toArray())
                filter.values.push_back(toStd(v.toString()));
            b.filters.push_back(filter);
        }
        for (const QJsonValue &v : o.value(QStringLiteral("completeCases")).toArray())
            b.completeCases.push_back(toStd(v.toString()));
        break;
    case BlockKind::Outcome:
        b.outcome.variable = toStd(o.value(QStringLiteral("variable")).toString());
        b.outcome.threshold = optNum(o.value(QStringLiteral("threshold")));
        break;
    case BlockKind::Predictor: {
        b.predictor.variable = toStd(o.value(QStringLiteral("variable")).toString());
        const auto t
            = analysis::transformFromId(toStd(o.value(QStringLiteral("transform")).toString()));
        if (!t)
            return fail(Tr::tr("The predictor '%1' has an unknown transformation '%2'.")
                            .arg(fromStd(b.predictor.variable),
                                 o.value(QStringLiteral("transform")).toString()));
        b.predictor.transform = *t;
        b.predictor.knots = o.value(QStringLiteral("knots")).toInt();
        b.predictor.lower = o.value(QStringLiteral("lower")).toDouble();
        b.predictor.upper = o.value(QStringLiteral("upper")).toDouble();
        b.predictor.reference = toStd(o.value(QStringLiteral("reference")).toString());
        break;
    }
    case BlockKind::Interaction:
        break;
    case BlockKind::Model: {
        const auto f = analysis::familyFromId(toStd(o.value(QStringLiteral("family")).toString()));
        if (!f)
            return fail(Tr::tr("The model has an unknown family '%1'.")
                            .arg(o.value(QStringLiteral("family")).toString()));
        b.family = *f;
        b.ridgeLambda = o.value(QStringLiteral("ridgeLambda")).toDouble();
        b.offset = toStd(o.value(QStringLiteral("offset")).toString());
        break;
    }
    case BlockKind::Evaluation:
        b.evaluation.auc = o.value(QStringLiteral("auc")).toBool(true);
        b.evaluation.brier = o.value(QStringLiteral("brier")).toBool(true);
        b.evaluation.calibration = o.value(QStringLiteral("calibration")).toBool(true);
        b.evaluation.perSite = o.value(QStringLiteral("perSite")).toBool(true);
        b.evaluation.thresholds.clear();
        for (const QJsonValue &v : o.value(QStringLiteral("thresholds")).toArray())
            b.evaluation.thresholds.append(v.toDouble());
        break;
    }
    return b;
}

QJsonObject DesignDocument::toJson() const
{
    QJsonArray blocks;
    for (const Block &b : m_blocks)
        blocks.append(blockToJson(b));
    QJsonArray links;
    for (const Link &l : m_links)
        links.append(QJsonObject { { QStringLiteral("from"), l.fromBlock },
                                   { QStringLiteral("fromPort"), l.fromPort },
                                   { QStringLiteral("to"), l.toBlock },
                                   { QStringLiteral("toPort"), l.toPort } });
    const analysis::ModelSpec spec = toSpec();
    return { { QStringLiteral("format"), QStringLiteral("fairstart-design") },
             { QStringLiteral("formatVersion"), 1 },
             { QStringLiteral("blocks"), blocks },
             { QStringLiteral("links"), links },
             { QStringLiteral("spec"), protocol::toJson(spec) },
             { QStringLiteral("formula"),
               spec.outcome.variable.empty() ? QString() : fromStd(analysis::toFormula(spec)) } };
}

std::optional<QString> DesignDocument::loadJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("format")).toString() != QStringLiteral("fairstart-design"))
        return Tr::tr("This is not a Fairstart design (the \"format\" field is missing or "
                      "different). Open a design saved by Fairstart.");
    if (json.value(QStringLiteral("formatVersion")).toInt() > 1)
        return Tr::tr("This design was saved by a newer Fairstart (format version %1). Update "
                      "Fairstart to open it.")
            .arg(json.value(QStringLiteral("formatVersion")).toInt());
    QList<Block> blocks;
    QSet<int> ids;
    int models = 0;
    for (const QJsonValue &v : json.value(QStringLiteral("blocks")).toArray()) {
        QString error;
        auto b = blockFromJson(v.toObject(), &error);
        if (!b)
            return error;
        if (ids.contains(b->id))
            return Tr::tr("Two blocks share the id %1: the design file is damaged.").arg(b->id);
        if (b->kind == BlockKind::Model && ++models > 1)
            return Tr::tr("The design has more than one model block: the design file is "
                          "damaged.");
        ids.insert(b->id);
        blocks.append(*b);
    }
    // Links are checked against the blocks by replaying them on a scratch document.
    DesignDocument scratch;
    scratch.replaceAll(blocks, {});
    QList<Link> links;
    for (const QJsonValue &v : json.value(QStringLiteral("links")).toArray()) {
        const QJsonObject o = v.toObject();
        const Link l { o.value(QStringLiteral("from")).toInt(),
                       o.value(QStringLiteral("fromPort")).toString(),
                       o.value(QStringLiteral("to")).toInt(),
                       o.value(QStringLiteral("toPort")).toString() };
        if (const auto problem = scratch.connectionProblem(l))
            return Tr::tr("A link of the design is not valid: %1").arg(*problem);
        scratch.insertLinkAt(int(scratch.m_links.size()), l);
        links.append(l);
    }
    m_undo->clear();
    m_ranSpec.reset();
    replaceAll(blocks, links);
    Q_EMIT changed();
    return std::nullopt;
}

void DesignDocument::clear()
{
    m_undo->clear();
    m_ranSpec.reset();
    replaceAll({}, {});
    Q_EMIT changed();
}

BlockState DesignDocument::blockState(int id) const
{
    const Block *b = block(id);
    if (!b)
        return BlockState::Incomplete;
    bool complete = true;
    switch (b->kind) {
    case BlockKind::Cohort:
        complete = true;
        break;
    case BlockKind::Outcome:
        complete = !b->outcome.variable.empty();
        break;
    case BlockKind::Predictor:
        complete = !b->predictor.variable.empty()
            && (b->predictor.transform != analysis::Transform::Spline
                || (b->predictor.knots >= 3 && b->predictor.knots <= 7))
            && (b->predictor.transform != analysis::Transform::Winsorise
                || b->predictor.lower < b->predictor.upper);
        break;
    case BlockKind::Interaction: {
        int inputs = 0;
        for (const Link &l : m_links)
            inputs += l.toBlock == id ? 1 : 0;
        complete = inputs == 2;
        break;
    }
    case BlockKind::Model: {
        const analysis::ModelSpec spec = toSpec();
        complete = !spec.outcome.variable.empty() && analysis::validate(spec).empty();
        break;
    }
    case BlockKind::Evaluation:
        complete = true;
        break;
    }
    // A block that feeds nothing (and is not the end of the chain) is not part of the model yet.
    if (b->kind != BlockKind::Evaluation && b->kind != BlockKind::Model) {
        const bool feeds = std::any_of(m_links.begin(), m_links.end(),
                                       [id](const Link &l) { return l.fromBlock == id; });
        complete = complete && feeds;
    }
    if (b->kind == BlockKind::Evaluation) {
        const bool fed = std::any_of(m_links.begin(), m_links.end(),
                                     [id](const Link &l) { return l.toBlock == id; });
        complete = complete && fed;
    }
    if (!complete)
        return BlockState::Incomplete;
    return hasRun() ? BlockState::Ran : BlockState::Ready;
}

void DesignDocument::markRan()
{
    m_ranSpec = toSpec();
    Q_EMIT changed();
}

} // namespace fairstart::ui
