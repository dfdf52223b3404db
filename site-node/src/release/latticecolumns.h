// SPDX-License-Identifier: GPL-3.0-or-later
// A binomial design's numeric predictors as the cells of their lattices (issue 16). The lattice
// check of an evaluation's risk bins (histogramruns.h, dropEdgesNearLattice) reads a numeric
// predictor only through its lattice cell, so a design's cached columns keep 2 or 4 bytes per
// record instead of 8 (1 where the cells span fewer than 255); and the check's partitions of the
// evaluated records (block ids and sizes, the canonical histogram's edges: they follow from the
// evaluated records, the ledger's atoms and min-cell, never from β) are kept with them while those
// stay the same, so that a warm evaluation pays only its candidate bins' cells and the scan.
// Private to the node's release code.
#pragma once

#include "blockfamily.h"

#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/lattice.h"
#include "fairstart/node/store.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace fairstart::node {

// One numeric column as its lattice cells: per row analysis::LatticeScale(step).cell of its value.
// Kept either as the cells of every row (encode), or derived from a design (derive, issue 16): a
// predictor entered as is has its cohort records' values in a column of X, and their cells are
// computed from them when read; only the rows outside the cohort keep cells of their own.
class LatticeColumn {
public:
    // The part of a missing or infinite value in the lattice check (a part of its own).
    static constexpr std::int64_t kMissing = (std::int64_t(1) << 31) - 1;

    // The column as cells, or null when some finite value is not in the cell it is given
    // (point(c) <= v < point(c + 1), which makes "v >= point(e)" the same as "c >= e" for every
    // lattice point e) or a cell lies beyond ±(2³¹ − 2): the check then reads the numbers.
    static std::shared_ptr<const LatticeColumn> encode(const analysis::Column &column, double step);
    // `cells` (encoded, one per table row) with the rows of `design` (its rows a bitmap over the
    // table: RowIds form 'b') read from column `column` of its X: the same cell for every row,
    // checked here for every design row (the cell computed from X equals the encoded one), and
    // the design kept alive. Null when it cannot be (rows not a bitmap, a value of X whose cell
    // differs: a transformed predictor, another column) or would not be smaller.
    // `values`, when given, is the column `cells` were encoded from (encode(*values, step)):
    // then the check is that every design row's value in X is bit for bit the table's value
    // (issue 16, cold3: no division per record; cellOf and encode compute a value's cell by the
    // same operations on the same lattice points, so equal values give equal cells), which
    // refuses whatever the cell check refuses and more (a value moved within its cell).
    // `hold`, when given, is `cells` itself (the same object): the derived column keeps it until
    // its first expanded(), which hands it out instead of computing the cells from X (issue 16,
    // cold6: the cold fit's evaluation expanded every derived predictor, a division per record,
    // right after the first job had the very cells at hand; derive checked that they are the
    // same). After that first use (or with no `hold`) only the outside rows' codes are kept.
    static std::shared_ptr<const LatticeColumn>
    derive(const LatticeColumn &cells, std::shared_ptr<const analysis::DesignMatrix> design,
           Eigen::Index column, const analysis::Column *values = nullptr,
           std::shared_ptr<const LatticeColumn> hold = nullptr);
    // Whether the cells of the design's rows are computed from X (derive).
    bool derived() const { return m_x != nullptr; }
    // The same cells, every row's kept (a derived column's computed once here: what the lattice
    // check reads while it checks one variable, then frees; a copy of an encoded one). A derived
    // column that still holds the cells it was derived from (derive's `hold`) hands them out at
    // this first call and lets them go.
    std::shared_ptr<const LatticeColumn> expanded() const;
    // Whether a derived column still holds the cells it was derived from (for tests).
    bool holdsCells() const;

    double step() const { return m_step; }
    std::size_t size() const
    {
        if (m_x)
            return m_rows;
        return m_wide.empty() ? m_narrow.empty() ? m_byte.size() : m_narrow.size() : m_wide.size();
    }
    // What this column keeps (a derived one: its outside rows' cells and the rank of the design's
    // rows; X is the design's).
    std::size_t bytes() const
    {
        return m_byte.size() + m_narrow.size() * sizeof(std::uint16_t)
            + m_wide.size() * sizeof(std::int32_t) + m_rank.size() * sizeof(std::uint32_t)
            + m_points.size() * sizeof(double);
    }
    // A row's cell, kMissing for a missing value.
    std::int64_t part(std::size_t row) const
    {
        if (m_x)
            return derivedPart(row);
        if (!m_wide.empty()) {
            const std::int32_t c = m_wide[row];
            return c == kWideMissing ? kMissing : c;
        }
        if (!m_narrow.empty()) {
            const std::uint16_t c = m_narrow[row];
            return c == kNarrowMissing ? kMissing : m_base + c;
        }
        const std::uint8_t c = m_byte[row];
        return c == kByteMissing ? kMissing : m_base + c;
    }
    // f(part) with `part` the same function of a row as part(), for the codes' width only.
    template<typename F> void withParts(F &&f) const
    {
        if (m_x) {
            const std::shared_ptr<const LatticeColumn> full = expanded();
            full->withParts(std::forward<F>(f));
            return;
        }
        if (!m_wide.empty()) {
            const std::int32_t *wide = m_wide.data();
            f([wide](std::size_t row) -> std::int64_t {
                return wide[row] == kWideMissing ? kMissing : wide[row];
            });
        } else if (!m_narrow.empty()) {
            const std::uint16_t *narrow = m_narrow.data();
            const std::int64_t base = m_base;
            f([narrow, base](std::size_t row) -> std::int64_t {
                return narrow[row] == kNarrowMissing ? kMissing : base + narrow[row];
            });
        } else {
            const std::uint8_t *byte = m_byte.data();
            const std::int64_t base = m_base;
            f([byte, base](std::size_t row) -> std::int64_t {
                return byte[row] == kByteMissing ? kMissing : base + byte[row];
            });
        }
    }

private:
    static constexpr std::uint8_t kByteMissing = 0xFF;
    static constexpr std::uint16_t kNarrowMissing = 0xFFFF;
    static constexpr std::int32_t kWideMissing = std::numeric_limits<std::int32_t>::min();
    double m_step = 0;
    std::int64_t m_base = 0; // the byte and narrow codes' cell 0
    // Exactly one of these holds the rows (all empty for no rows): cell - base in one byte when
    // the cells span fewer than 2⁸ - 1 (issue 16: a standardised predictor's histogram lattice
    // spans ~100-200 cells), in two when fewer than 2¹⁶ - 1, else the cells.
    // Derived (m_x set): the rows outside the design, in table order, in the same codes.
    std::vector<std::uint8_t> m_byte;
    std::vector<std::uint16_t> m_narrow;
    std::vector<std::int32_t> m_wide;

    // A derived column (derive): the design, its column of X, its rows' bitmap with the number of
    // design rows before each word, the table's rows, and the lattice points its cells need.
    std::shared_ptr<const analysis::DesignMatrix> m_design;
    const double *m_x = nullptr;
    const std::uint64_t *m_bits = nullptr;
    std::size_t m_words = 0;
    std::vector<std::uint32_t> m_rank; // m_words + 1
    std::size_t m_rows = 0;
    char m_form = 0; // the codes' width: 'b'yte, 'n'arrow or 'w'ide
    analysis::LatticeScale m_scale { 1.0 };
    std::int64_t m_pointFirst = 0;
    std::vector<double> m_points; // point(m_pointFirst + k)
    // derive's `hold` until the first expanded() takes it (shared by nothing else: a derived
    // column is never copied).
    struct Held {
        std::mutex mutex;
        std::shared_ptr<const LatticeColumn> cells;
    };
    std::shared_ptr<Held> m_held;
    double point(std::int64_t c) const
    {
        const std::uint64_t k = std::uint64_t(c - m_pointFirst);
        return k < m_points.size() ? m_points[k] : m_scale.point(c);
    }
    // LatticeScale::cell of a value whose cell derive checked (finite, |v / step| < 4e18): from
    // floor(v / step), one of the cell, the one before or the one after, as encode finds it.
    // The floor by truncation (exact below 2⁶³; std::floor is a libm call on baseline x86-64)
    // and the step to the cell without branches (point(c) <= point(c + 1): at most one holds).
    std::int64_t cellOf(double v) const
    {
        const double q = v / m_step;
        std::int64_t c = std::int64_t(q);
        c -= double(c) > q ? 1 : 0;
        const bool up = point(c + 1) <= v;
        const bool down = point(c) > v;
        return c + std::int64_t(up) - std::int64_t(down);
    }
    // f(cell) with `cell` cellOf over the column's fields in locals (latticecolumns.cpp).
    template<typename F> void withCellOf(F &&f) const;
    std::int64_t outsideCode(std::size_t at) const;
    std::int64_t derivedPart(std::size_t row) const;
};

// Every numeric variable of a table read from the store as lattice cells at its histogram step
// (data.histogramSteps: cacheHistogramSteps first) into data.latticeCells (issue 16: the first
// binomial job encoded them; now the dataset cache does, during the preload).
void cacheLatticeCells(LoadedDataset &data);
// The cells cached for `column` of `data` at `step` (cacheLatticeCells), if they were encoded from
// this very column: `found` says whether there is such an entry (then a null result means the
// column cannot be encoded).
std::shared_ptr<const LatticeColumn> cachedLatticeCells(const LoadedDataset &data,
                                                        const std::string &name,
                                                        const analysis::Column &column, double step,
                                                        bool *found);

// The β-independent part of one numeric variable's two block families in the lattice check:
// atom × lattice cell, and atom × part of the canonical histogram over the evaluated records
// (each bin, each tail on its own; the missing a part of its own in both). Blocks are numbered
// by their first evaluated record, as dropEdgesNearLattice numbers them.
struct LatticePartitions {
    // The block of cells of evaluated record i: table[atom * span + (cell - low)] with `atom` its
    // atom's index among the evaluated records' atoms (dense), else perRecord[i].
    bool dense = true;
    std::int64_t low = 0;
    std::uint64_t span = 0;
    std::vector<std::int32_t> table;
    std::vector<std::uint32_t> perRecord;
    std::vector<std::int64_t> cellSize; // per block of cells, over the whole table
    // Whether the canonical histogram was released (latticeHistogram ok); then per block of
    // cells its block of the histogram's parts (a block of cells lies in one), and their sizes.
    bool histogram = false;
    std::vector<std::uint32_t> binBlockOf;
    std::vector<std::int64_t> binSize;
    std::size_t bytes() const;
};

// The evaluated records' atoms: per atom of the ledger its index among them (-1: none).
struct EvaluatedAtoms {
    std::vector<std::int32_t> index;
    std::size_t count = 0;
    EvaluatedAtoms() = default;
    EvaluatedAtoms(const std::vector<std::int64_t> &rows, const std::vector<std::uint32_t> &atomOf,
                   std::size_t atoms);
};

// The partitions of `column` for the evaluated `rows` (table rows, sorted, unique) under the
// ledger's atoms: three passes over the records where the blocks fit a dense table, else
// latticePartitionsByBlocks.
LatticePartitions latticePartitions(const LatticeColumn &column,
                                    const std::vector<std::int64_t> &rows,
                                    const std::vector<std::uint32_t> &atomOf,
                                    const EvaluatedAtoms &atoms, int minCell);
// The same partitions built family by family (each family's blocks from its parts of the
// records, as dropEdgesNearLattice's addFamily): every case; the tests compare the two.
LatticePartitions latticePartitionsByBlocks(const LatticeColumn &column,
                                            const std::vector<std::int64_t> &rows,
                                            const std::vector<std::uint32_t> &atomOf,
                                            const EvaluatedAtoms &atoms, int minCell);

// What appendLatticeFamilies reads for every variable of one evaluation: the evaluated records
// in candidate order (CandidateOrder::order: by candidate bin, within one in the order of the
// rows), each as its table row and atom index, placed once per evaluation; and the candidate
// bins' starts in that order (CandidateOrder::start). A variable's blocks are then counted in
// one pass (issue 16: the blocks were placed in candidate order per variable, then counted).
struct CandidateRecords {
    const std::vector<std::uint32_t> &order; // evaluated record (index into rows) per position
    const std::vector<std::uint32_t> &start;
    std::vector<std::int64_t> row; // per position: its table row
    std::vector<std::int32_t> atom; // per position: its atom's index among the evaluated
    CandidateRecords(const std::vector<std::int64_t> &rows, const CandidateOrder &grouped,
                     const std::vector<std::uint32_t> &atomOf, const EvaluatedAtoms &atoms);
};

// The variable's two block families of one evaluation (its candidate bins): the cells family,
// then the histogram's when it was released.
void appendLatticeFamilies(std::vector<BlockFamily> &families, const LatticePartitions &parts,
                           const LatticeColumn &column, const CandidateRecords &records);

// The evaluated records in the order of the rows, as appendLatticePresence reads them: each
// record's table row, candidate bin and atom index among the evaluated, and each candidate bin's
// records (issue 16: read in the order of the rows, a variable's cells are a sequential pass, not
// a gather in candidate order).
struct EvaluatedRecords {
    const std::vector<std::int64_t> &rows;
    const std::vector<std::uint32_t> &candidate; // per evaluated record
    std::size_t m = 0; // candidate bins
    std::vector<std::int32_t> atom; // per evaluated record
    std::vector<std::int64_t> binRecords; // per candidate bin
    EvaluatedRecords(const std::vector<std::int64_t> &rows,
                     const std::vector<std::uint32_t> &candidate, std::size_t m,
                     const std::vector<std::uint32_t> &atomOf, const EvaluatedAtoms &atoms);
};

// appendLatticeFamilies' two families as presence bits (BlockFamily::words): the same families
// for keptEdgesOfFamilies, built in one pass over the records. False, and nothing appended, when
// a family's bits would take more words than there are records (many blocks: then
// appendLatticeFamilies).
bool appendLatticePresence(std::vector<BlockFamily> &families, const LatticePartitions &parts,
                           const LatticeColumn &column, const EvaluatedRecords &records);

// The lattice columns of a design's cached columns (LoadedDataset::lattice), and the partitions
// of the last evaluated records: the memo is keyed by the evaluated rows, the ledger's atom of
// every row and min-cell, each compared in full (never by a hash), and any difference builds
// them anew. Safe to share between threads.
class LatticeColumns {
public:
    void add(const std::string &variable, std::shared_ptr<const LatticeColumn> column);
    const LatticeColumn *find(const std::string &variable) const;
    std::size_t bytes() const; // the codes and the memo

    // The memo's partitions of `variable` for `rows` under `atomOf` (`atoms` are theirs), built
    // and kept when the key differs or the variable has none yet; null for no such column.
    // `cells`, when given, are the variable's cells expanded by the caller (find(variable)->
    // expanded(): a derived column's cells computed once for the check), read to build them.
    std::shared_ptr<const LatticePartitions> partitions(const std::string &variable,
                                                        const std::vector<std::int64_t> &rows,
                                                        const std::vector<std::uint32_t> &atomOf,
                                                        const EvaluatedAtoms &atoms, int minCell,
                                                        const LatticeColumn *cells = nullptr) const;
    // The key compared once for all variables of one evaluation (issue 16: compared in full per
    // variable, twenty passes over the rows and atoms): the memo is made to hold `rows`, `atomOf`
    // and `minCell` (kept partitions of another key go), and its version is returned (0 when the
    // rows cannot be kept). partitions() with that version skips the comparison while the memo
    // still holds it; the caller keeps `rows` and `atomOf` unchanged meanwhile.
    std::uint64_t keyVersion(const std::vector<std::int64_t> &rows,
                             const std::vector<std::uint32_t> &atomOf, int minCell) const;
    std::shared_ptr<const LatticePartitions> partitions(const std::string &variable,
                                                        std::uint64_t version,
                                                        const std::vector<std::int64_t> &rows,
                                                        const std::vector<std::uint32_t> &atomOf,
                                                        const EvaluatedAtoms &atoms, int minCell,
                                                        const LatticeColumn *cells = nullptr) const;
    int partitionBuilds() const; // how often partitions were built rather than found (tests)

private:
    std::map<std::string, std::shared_ptr<const LatticeColumn>> m_columns;
    // The key's rows and atoms, exact but compact (issue 16: the copies were 12 bytes a record
    // at rest): the rows (sorted, unique) as a bitmap over the table's rows with their count,
    // every record's atom in 1, 2 or 4 bytes as the largest needs.
    class ExactRows {
    public:
        // False (and nothing kept) when `rows` are not sorted, unique and non-negative.
        bool assign(const std::vector<std::int64_t> &rows);
        bool equals(const std::vector<std::int64_t> &rows) const;
        std::size_t bytes() const { return m_bits.size() * sizeof(std::uint64_t); }

    private:
        std::vector<std::uint64_t> m_bits;
        std::size_t m_count = 0;
    };
    class ExactAtoms {
    public:
        void assign(const std::vector<std::uint32_t> &atomOf);
        bool equals(const std::vector<std::uint32_t> &atomOf) const;
        std::size_t bytes() const
        {
            return m_narrow.size() + m_middle.size() * sizeof(std::uint16_t)
                + m_wide.size() * sizeof(std::uint32_t);
        }

    private:
        std::size_t m_size = 0;
        std::vector<std::uint8_t> m_narrow;
        std::vector<std::uint16_t> m_middle;
        std::vector<std::uint32_t> m_wide;
    };
    struct Memo {
        ExactRows rows;
        ExactAtoms atomOf;
        int minCell = 0;
        bool valid = false;
        std::uint64_t version = 0; // raised whenever the key is assigned
        std::map<std::string, std::shared_ptr<const LatticePartitions>> partitions;
    };
    mutable std::mutex m_mutex;
    mutable Memo m_memo;
    // The memo holds the key (the caller holds m_mutex), else it is assigned: false when the
    // rows cannot be kept (then nothing is kept).
    bool holdKey(const std::vector<std::int64_t> &rows, const std::vector<std::uint32_t> &atomOf,
                 int minCell) const;
    mutable int m_builds = 0;
};

} // namespace fairstart::node
