// SPDX-License-Identifier: GPL-3.0-or-later
// The differencing ledgers of a dataset carried to its re-import (docs/privacy-rules.md,
// "Re-imports: the ledger carried to the same records"). A re-import keeps every ledger of the
// earlier import, its rows following the records: a release after the re-import is checked
// against the releases before it, so the same description before and after a consent withdrawal
// (the documented way of recording one) no longer differs by the withdrawn record alone. A record
// whose consent changed is a changed record (its old version a ghost, the new one held: "Consent
// changes are changed records"). Private to the node.
#pragma once

#include "fairstart/analysis/datatable.h"
#include "fairstart/node/store.h"

#include <QByteArray>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fairstart::node {

struct DifferencingState; // release/differencing.h

// How the records of a re-import correspond to the earlier import's (docs/privacy-rules.md,
// "Re-imports that change records"). A row of the new import *is* a row of the earlier one when
// both hold the same values in every analysis variable (NaN and missing alike) and the same
// consent for every purpose both record (since branch `reimport4`): first by record id (without a
// record-id column the ids are row numbers), then, for the rows left over on both sides, by their
// values alone — a record whose id changed (a renumbered export) is the same record to the ledger,
// and two records with the same values give the same sums whichever is which. A row matched to none
// is *added* (a new record, or the new version of a changed one); an earlier row matched to none is
// a *ghost* (removed, or the old version of a changed one).
struct RecordMatch {
    std::vector<std::int64_t> rowOf; // per new row: its earlier row, or -1 (added)
    std::vector<std::size_t> ghostRows; // earlier rows no new row holds, ascending
    std::size_t added = 0;
    std::size_t changed = 0; // ids in both imports whose values changed (added and ghost)
    std::size_t renumbered = 0; // matched by values under another id
    // Of the changed ones, those whose values are the same and whose consent for a purpose both
    // imports record changed (docs/privacy-rules.md, "Consent changes are changed records"): a
    // ghost and an added record like any changed record.
    std::size_t consentChanged = 0;
    // Those records as (new row, earlier row): for the facts they are the same record (its values
    // are still in the table), so a withdrawal moves no fact (carriedFactRecords).
    std::vector<std::pair<std::size_t, std::size_t>> consentPairs;
    // A schema change (docs/privacy-rules.md, "A re-import that changes a schema"): per
    // categorical variable whose levels changed while every earlier level is still one (the
    // first still first), each earlier level code's code now — the ledgers' cells of it are
    // remapped; and the variables whose earlier cells cannot be read in the new import (another
    // kind, a level gone, another first level): their families are kept unreadable, so that an
    // atom on which they were released is never split again. The records are compared by level
    // text, and not on an unreadable variable of another kind.
    std::map<std::string, std::vector<std::int32_t>> levelMaps;
    std::set<std::string> unreadable;
};

// The match over the analysis variables both imports hold (a variable added or dropped is no
// obstacle; one that changed its kind or its levels is a schema change, RecordMatch::levelMaps
// and unreadable), or nullopt when the inputs do not agree (a record id twice, a variable that
// was a consent column).
// `missingColumnConsents`: the policy's require_consent_column is 0, so a purpose without a
// consent column in one import served every record there; a purpose whose column only one of the
// two imports holds is then compared too, the other import's records all consented for it
// (branch `reimport5`: a column added with one record's 0 is her withdrawal).
std::optional<RecordMatch> matchRecords(const LoadedDataset &earlier, const DatasetInfo &info,
                                        const analysis::DataTable &table,
                                        const std::vector<std::int64_t> &recordIds,
                                        bool missingColumnConsents = false);

// Datasets that share records (docs/privacy-rules.md, "Datasets that share records"): the rows
// of a new import `table` that hold, in every analysis variable both it and `other` (another
// dataset at the node) hold, the same values as a row of `other` (numbers alike as in
// matchRecords, categorical values compared by their level text). `byId`: such rows under a
// record id of `other`'s same row. `byValues`: such rows whose tuple of values occurs once in
// each, whatever the ids (a renumbered export) — a weaker fingerprint: two populations that share
// a few coarse columns match by chance in a part of their records (146 of 1,500 in
// tst_attacks_reimport2 on four columns), an extract in nearly all. Both 0 when they share no
// analysis variable.
//
// `contained` (branch `reimport4`, docs/privacy-rules.md "Extracts of coarse columns"): the rows of
// the smaller of the two (`smallerRows`) whose tuple of common values the larger holds at least
// as often — a multiset containment. An extract of a few coarse columns (maternal age in whole
// years, the ids renumbered) has no unique tuple and no common id, but every one of its records
// is contained in the dataset it came from; another population rarely is, unless it is small
// against the other and its common columns are coarse.
struct SharedRecords {
    std::size_t byId = 0;
    std::size_t byValues = 0;
    std::size_t contained = 0;
    std::size_t smallerRows = 0;
};
SharedRecords sharedRecords(const LoadedDataset &other, const DatasetInfo &info,
                            const analysis::DataTable &table,
                            const std::vector<std::int64_t> &recordIds);
// Whether an import shares records with another dataset: minCell or more by id, or minCell or
// more by values that are at least half of the smaller dataset's rows, or (*contained set) the
// smaller dataset, of minCell or more rows, contained in the larger but for fewer than minCell.
// The count to report, or 0.
std::size_t sharedRecordCount(const SharedRecords &shared, std::size_t rows, std::size_t otherRows,
                              int minCell, bool *contained = nullptr);

// A stored ledger of the earlier import (a differencing state or a bin ledger, as
// release/differencing.cpp encodes them) as the same ledger of the re-import `generation`: a
// matched row keeps its atom (or its released bin), a ghost stays in its atom's size (a bin
// ledger keeps it after the table's rows), and the added rows join the ledger's pending atom
// (DifferencingState::pending; with the earlier pending atom while that holds fewer than
// `minCell` records). nullopt when the bytes are neither, or do not cover the earlier rows.
// `before` and `after`: the earlier import's table and the new one (the codes of a family whose
// variable changed its levels are remapped between them).
std::optional<QByteArray> carriedLedger(const QByteArray &stored, qint64 generation,
                                        const RecordMatch &match, std::size_t earlierRows,
                                        int minCell, const analysis::DataTable &before,
                                        const analysis::DataTable &after);

// ---- datasets that share records, after an erasure (branch `reimport9`, docs/privacy-rules.md
// "Datasets that share records, after an erasure") ----------------------------------------------
// The meet of two ledgers over the same table rows: two records share an atom of the result when
// they share an atom in both (the records of `mine`'s pending atom stay one atom, still pending),
// each atom carries the exposures of both atoms it lies in (families merged by key), and every
// atom but the pending one is marked as one that may hold removed records
// (DifferencingState::unsure; ghost counts dropped: a marked atom is judged as holding 1 to
// minCell - 1 unknown records, the strictest reading). Public for the tests.
DifferencingState meetStates(const DifferencingState &mine, const DifferencingState &theirs);

// A ledger of one dataset of a group that shares records, merged with the same ledger of the
// others (`theirs`: each already carried onto this dataset's rows by carriedLedger, with the
// match of the other dataset's table to this one's): differencing states meet (meetStates), a bin
// ledger gains the other's released evaluations and histogram variables. `mine`: this dataset's
// own ledger of that key, or none (then the ledger the node would start: one atom, the `held`
// records in a pending atom). nullopt when a ledger is neither kind or the kinds disagree.
std::optional<QByteArray> mergedLedger(const std::optional<QByteArray> &mine, qint64 generation,
                                       std::size_t rows, const std::vector<std::uint8_t> &held,
                                       const std::vector<QByteArray> &theirs);

// A ledger's families after a schema change (RecordMatch::levelMaps, unreadable): the codes of
// each family of a remapped variable (its levels, a joint family with it) in the new import's
// codes, and each family of an unreadable variable renamed so that no table reads it. Public for
// the tests.
void remapFamilies(DifferencingState &state, const RecordMatch &match,
                   const analysis::DataTable &before, const analysis::DataTable &after);

// The rows of a dataset ledger's pending atom while it holds fewer than `minCell` records (its
// ghosts included): records added by re-imports, held out of every cohort for every purpose
// (selectConsented) until minCell of them are in, so that no release before and after an import
// differs by 1 to minCell - 1 added records. Empty: none held.
std::vector<std::uint8_t> heldRows(const QByteArray &datasetLedger, int minCell);

// The store key of a dataset's held records (not a dataset name), their encoding for the store
// (as fact records), and the node's process-wide record of them per loaded generation (set by
// the dataset cache; an empty vector: none), which selectConsented reads.
QString heldRecordsKey(const QString &dataset);
QByteArray encodeRecordMask(qint64 generation, const std::vector<std::uint8_t> &rows);
void setHeldRecords(const QString &dataset, qint64 generation, std::vector<std::uint8_t> rows);
std::optional<std::vector<std::uint8_t>> heldRecords(const QString &dataset, qint64 generation,
                                                     std::size_t rows);

// ---- the records a dataset's facts are judged over ------------------------------------------
// The catalogue's counts and `whole_numbers`, the histogram lattice step, the dataset-dominance
// verdict and the Poisson outcome check are facts of the records consented for every purpose
// (everyPurposeRecords). A re-import that changes only consent would move them by the records
// whose consent changed (a level's rounded count 955 -> 954 is 960 -> 950: the withdrawn record's
// level). After such a re-import they stay judged over the earlier import's records (its facts,
// already released, are released again unchanged) until the records consented for every purpose
// differ from those in kFactRecordsReset records or more; then they are judged afresh, a change
// of at least that many records.
constexpr std::size_t kFactRecordsReset = 10;
// Added records are held out of every cohort while fewer than this many are pending, or fewer
// than the policy's min_cell when that is higher (the import reads it).
constexpr std::size_t kPendingRecords = 10;

// The store key of a dataset's fact records (not a dataset name: names hold no control
// characters).
QString factRecordsKey(const QString &dataset);

// The records of the new import the facts are judged over, encoded for the store under
// factRecordsKey, or nullopt when that is simply its records consented for every purpose (no
// earlier fact records, none moved, or kFactRecordsReset or more changed). `earlierFacts`: the
// earlier import's stored fact records, if any. `reset`: the number of moved records from which
// the facts are judged afresh (the policy's min_cell, never below kFactRecordsReset).
// A ghost that counted in the earlier facts is a moved record too (its count cannot stay: the
// table no longer holds it), and a held row counts in no fact (`held`, empty: none).
// `earlierGhosts`, `ghosts`: the fact ghosts (factGhostsKey) of the earlier import, and those of
// the new one, written when its fact records are carried and some removed record counted in
// them (else left empty); their number counts as moved records.
std::optional<QByteArray> carriedFactRecords(
    const LoadedDataset &earlier, const std::optional<QByteArray> &earlierFacts,
    const DatasetInfo &info, const analysis::DataTable &table, const RecordMatch &match,
    const std::vector<std::uint8_t> &held, qint64 generation, std::size_t reset = kFactRecordsReset,
    const std::optional<QByteArray> &earlierGhosts = std::nullopt, QByteArray *ghosts = nullptr);

// ---- removed records in the facts (docs/privacy-rules.md, "A removed record in the catalogue")
// While the facts are judged over carried fact records, the records a re-import removed that
// counted in them stay in the catalogue's counts: a level's rounded count 445 -> 444 would be
// 450 -> 440, the removed record's level. The node keeps their tally, not their rows: per
// analysis variable the removed records with and without a value, per level their number, and
// whether a value was not whole (the catalogue's `whole_numbers`); stored under this key (not a
// dataset name) for the generation, JSON.
QString factGhostsKey(const QString &dataset);
struct FactGhosts {
    std::int64_t records = 0;
    struct Variable {
        std::int64_t missing = 0, present = 0;
        bool notWhole = false;
        std::map<std::string, std::int64_t> levels; // level text ("0"/"1" for a binary)
        // A numeric variable's present values of those records, ascending (branch `reimport5`,
        // docs/privacy-rules.md "Removed records in the facts"): the dataset-dominance verdict
        // and the Poisson outcome check count them as the catalogue counts the levels. Values
        // of one variable only, never a row; dropped with the tally.
        std::vector<double> values;
    };
    std::map<std::string, Variable> variables;
    static std::optional<FactGhosts> decode(const QByteArray &bytes);
    QByteArray encode() const;
};

// The fact ghosts of each loaded dataset generation whose facts are judged over carried fact
// records (set by the dataset cache; nullopt: none), and their look-up, which the
// dataset-dominance verdict and the Poisson outcome check read (the catalogue reads the store).
void setFactGhosts(const QString &dataset, qint64 generation, std::optional<FactGhosts> ghosts);
std::optional<FactGhosts> factGhosts(const QString &dataset, qint64 generation);
// The values of `variable` among the fact ghosts of `data`'s generation (empty: none).
std::vector<double> factGhostValues(const LoadedDataset &data, const std::string &variable);

// ---- the histogram steps after a re-import (branch `reimport5`, docs/privacy-rules.md "Removed
// records in the facts") -------------------------------------------------------------------------
// The lattice step of a numeric variable is over every record of the table (the held ones too),
// so one record removed, changed or added moves it when the SD lies near a step's boundary: the
// step tells that record's value lies far from the mean. After a re-import that moves 1 to
// min_cell - 1 records, counted over the imports since the steps were last judged afresh, every
// numeric variable keeps the step of the import before it (frozen); once min_cell or more
// records moved, the steps are judged afresh over the table. Stored under this key (not a
// dataset name), JSON, for the generation.
QString frozenStepsKey(const QString &dataset);
struct FrozenSteps {
    std::int64_t moved = 0;
    std::map<std::string, double> steps;
    static std::optional<FrozenSteps> decode(const QByteArray &bytes);
    QByteArray encode() const;
};
// The frozen steps of a re-import, or nullopt when its steps are judged afresh (nothing moved and
// nothing was frozen, or `reset` or more records moved). `earlierSteps`: the earlier import's
// frozen steps, if any; `earlierFacts`, `earlierHeld`: its fact records and held records, if any
// (the records of its whole-number floor, as everyPurposeRecords read them).
std::optional<QByteArray> carriedSteps(const LoadedDataset &earlier,
                                       const std::optional<QByteArray> &earlierSteps,
                                       const std::optional<QByteArray> &earlierFacts,
                                       const std::optional<QByteArray> &earlierHeld,
                                       const RecordMatch &match, std::size_t reset);
// A loaded generation's histogram steps with the frozen ones in place (the dataset cache, after
// cacheHistogramSteps and before the lattice cells are made from the steps).
void applyFrozenSteps(LoadedDataset &data, const QByteArray &stored);

// Stored fact records of `generation` over `rows` rows; nullopt when the bytes are not that.
std::optional<std::vector<std::uint8_t>> decodeFactRecords(const QByteArray &stored,
                                                           qint64 generation, std::size_t rows);

// The node's process-wide record of each loaded dataset generation's fact records (set by the
// dataset cache when it loads a table; an empty vector: none) and its look-up, which
// everyPurposeRecords uses first. nullopt: judge over the records consented for every purpose.
void setFactRecords(const QString &dataset, qint64 generation, std::vector<std::uint8_t> rows);
std::optional<std::vector<std::uint8_t>> factRecords(const QString &dataset, qint64 generation,
                                                     std::size_t rows);

// The records a purpose's catalogue counts and its Poisson outcome check are judged over: the
// records consented for every purpose (everyPurposeRecords) within the purpose's own `consented`
// ones, or, after a re-import that changed only consent, the earlier import's fact records as
// they are (each within every purpose's consent when they were; a consent withdrawn since must
// not move a count).
std::vector<std::uint8_t> factRecordsWithin(const LoadedDataset &data,
                                            const std::vector<std::uint8_t> &consented);

} // namespace fairstart::node
