// SPDX-License-Identifier: GPL-3.0-or-later
// The design being edited, kept apart from its drawing: blocks, typed ports and links, with one
// undo command per user action. The canvas, the properties panel and the tests all edit this.
#pragma once

#include "fairstart/analysis/model.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;

namespace fairstart::ui {

enum class BlockKind { Cohort, Outcome, Predictor, Interaction, Model, Evaluation };

// What travels along a link. A link joins an output to an input of the same type.
enum class PortType {
    Cohort, // cohort (filters) → model
    Response, // outcome → model
    Term, // predictor → model, predictor → interaction
    Interaction, // interaction → model
    Fit, // model → evaluation
};

struct PortSpec {
    QString id;
    PortType type = PortType::Term;
    bool input = false;
    bool multiple = false; // an input that accepts more than one link
};

// The evaluation asked for after the fit; not part of analysis::ModelSpec.
struct EvaluationSettings {
    bool auc = true;
    bool brier = true;
    bool calibration = true;
    bool perSite = true;
    QList<double> thresholds { 0.1, 0.2 }; // classification thresholds for sensitivity/specificity

    bool operator==(const EvaluationSettings &) const = default;
};

// One block. Only the fields of its kind are used; the others keep their defaults so that
// equality and JSON stay simple.
struct Block {
    int id = 0;
    BlockKind kind = BlockKind::Predictor;
    QPointF pos;
    std::vector<analysis::Filter> filters; // Cohort
    // Cohort: the variables whose complete cases the cohort keeps besides the model's own
    // (analysis::ModelSpec::completeCases): pinned, a series of models shares one cohort.
    std::vector<std::string> completeCases;
    analysis::Outcome outcome; // Outcome
    analysis::Predictor predictor; // Predictor
    analysis::Family family = analysis::Family::Binomial; // Model
    double ridgeLambda = 0.0; // Model
    std::string offset; // Model
    EvaluationSettings evaluation; // Evaluation

    bool operator==(const Block &) const = default;
};

struct Link {
    int fromBlock = 0;
    QString fromPort;
    int toBlock = 0;
    QString toPort;

    bool operator==(const Link &) const = default;
};

enum class BlockState { Incomplete, Ready, Ran };

QString blockKindId(BlockKind kind); // "cohort", "outcome", ...
std::optional<BlockKind> blockKindFromId(const QString &id);
QString blockKindName(BlockKind kind); // translated, "Predictor"
QString portTypeName(PortType type); // translated, "term"
QList<PortSpec> portsOf(BlockKind kind);
std::optional<PortSpec> portOf(BlockKind kind, const QString &portId);
// A short translated caption for the block on the canvas: "Predictor: log(bwt)".
QString blockTitle(const Block &block);

class DesignDocument : public QObject {
    Q_OBJECT

public:
    explicit DesignDocument(QObject *parent = nullptr);
    ~DesignDocument() override;

    QUndoStack *undoStack() const { return m_undo; }

    const QList<Block> &blocks() const { return m_blocks; }
    const QList<Link> &links() const { return m_links; }
    const Block *block(int id) const;
    QList<Link> linksOf(int blockId) const;
    // The single model block, or nullptr (the designer keeps at most one).
    const Block *modelBlock() const;
    bool isEmpty() const { return m_blocks.isEmpty(); }

    // ---- user actions: each pushes exactly one undo command -------------------------------------
    int addBlock(Block block); // returns the new id
    void removeBlocks(const QList<int> &ids); // and every link touching them
    // A drag is one command; consecutive keyboard nudges of the same blocks merge into one.
    enum class Move { Drag, Nudge };
    void moveBlocks(const QList<int> &ids, QPointF delta, Move how = Move::Drag);
    // Refuses wrong connections; `reason` then says why in words.
    [[nodiscard]] bool connectPorts(const Link &link, QString *reason = nullptr);
    void disconnectLink(const Link &link);
    // Replaces a block's settings (not its id). Consecutive edits of the same block with the same
    // non-empty mergeKey (typing in one field) merge into one command.
    void editBlock(const Block &after, const QString &mergeKey = {});
    // A variable dropped from the catalogue: a predictor (or outcome) block linked to the model
    // when there is one, all in one command. Categorical variables become categorical predictors.
    int dropVariable(const QString &variable, bool categorical, BlockKind kind, QPointF pos);
    // Replaces the whole design with the blocks of `spec` (one command, e.g. from a formula).
    void setSpec(const analysis::ModelSpec &spec);

    // Copy and paste travel as JSON (also on the clipboard). Links between copied blocks are kept;
    // links to blocks outside the selection are not. A second model block is never pasted.
    QJsonObject copy(const QList<int> &ids) const;
    QList<int> paste(const QJsonObject &fragment, QPointF offset);
    QList<int> duplicate(const QList<int> &ids);

    // Whether `link` could be added; nullopt when it could, else the reason in words.
    std::optional<QString> connectionProblem(const Link &link) const;

    // ---- conversions ----------------------------------------------------------------------------
    // The model the links describe: outcome, predictors and interactions linked to the model
    // block, the filters of the cohort linked to it, the model's family, penalty and offset.
    analysis::ModelSpec toSpec() const;
    EvaluationSettings evaluationSettings() const;
    // Blocks laid out in columns for `spec`, with every link.
    static DesignDocument *fromSpec(const analysis::ModelSpec &spec, QObject *parent = nullptr);

    // The design with its layout: {"format": "fairstart-design", "formatVersion": 1,
    // "blocks": [...], "links": [...], "spec": <the ModelSpec>}. "spec" is informative (what the
    // links mean); loading reads blocks and links.
    QJsonObject toJson() const;
    // Replaces everything and clears the undo history. Returns the problem in words on failure,
    // leaving the document unchanged.
    std::optional<QString> loadJson(const QJsonObject &json);
    void clear(); // empty design, empty undo history

    // ---- state lights ---------------------------------------------------------------------------
    BlockState blockState(int id) const;
    // Called when a run of the current design finished; blocks show "ran" until the next change.
    void markRan();
    bool hasRun() const { return m_ranSpec.has_value() && *m_ranSpec == toSpec(); }

    // JSON of one block / one link, as in toJson(); used by copy/paste and the JSON view.
    static QJsonObject blockToJson(const Block &block);
    static std::optional<Block> blockFromJson(const QJsonObject &json, QString *error);

Q_SIGNALS:
    void blockAdded(int id);
    void blockRemoved(int id);
    void blockChanged(int id);
    void linkAdded(const fairstart::ui::Link &link);
    void linkRemoved(const fairstart::ui::Link &link);
    void reset(); // everything changed (load, clear)
    void changed(); // after any change, once per command step

private:
    friend class DesignCommand;
    friend class AddBlocksCommand;
    friend class RemoveBlocksCommand;
    friend class MoveBlocksCommand;
    friend class LinkCommand;
    friend class EditBlockCommand;
    friend class ReplaceAllCommand;

    // Mutation primitives used only by the undo commands.
    void insertBlockAt(int index, const Block &block);
    Block takeBlock(int id, int *index);
    void replaceBlock(const Block &block);
    void setBlockPos(int id, QPointF pos);
    void insertLinkAt(int index, const Link &link);
    void removeLinkAt(int index);
    void replaceAll(const QList<Block> &blocks, const QList<Link> &links);
    int indexOfBlock(int id) const;
    int nextId() { return ++m_lastId; }

    QUndoStack *m_undo = nullptr;
    QList<Block> m_blocks;
    QList<Link> m_links;
    int m_lastId = 0;
    std::optional<analysis::ModelSpec> m_ranSpec;
};

} // namespace fairstart::ui
