// SPDX-License-Identifier: GPL-3.0-or-later
#include "differencing.h"
#include "blockfamily.h"
#include "histogramruns.h"
#include "ledgercarry.h"

#include "fairstart/node/tr.h"
#include "fairstart/protocol/codec.h"

#include <openssl/evp.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <list>
#include <mutex>
#include <tuple>
#include <unordered_map>

namespace fairstart::node {

namespace {

// A family whose cells partition the records by a categorical or binary variable's levels, or by
// a two-way table's joint cells: the families a description releases that a run of risk bins can
// follow (red team 3).
bool isPartitionFamily(const std::string &family)
{
    return family.rfind("v:", 0) == 0 || family.rfind("t:", 0) == 0;
}

// The variables a family names, for a refusal's detail ("a" or "a & b"; never a code).
std::string familyVariables(const std::string &family)
{
    std::string out;
    std::size_t from = 0;
    while (from < family.size()) {
        const std::size_t end = std::min(family.find('&', from), family.size());
        std::string key = family.substr(from, end - from);
        if (key.rfind("t:", 0) == 0)
            key = key.substr(2);
        if (key.size() > 2 && key[1] == ':')
            key = key.substr(2);
        if (const std::size_t colon = key.find(':'); colon != std::string::npos)
            key = key.substr(0, colon);
        out += (out.empty() ? "" : " & ") + key;
        from = end + 1;
    }
    return out;
}

// A family's cells over a cohort's rows, as the parts of a histogram (histogramruns.h); empty
// codes when the family does not fit the table.
HistogramCodes partitionCodes(const analysis::DataTable &table, const std::string &family,
                              const std::vector<std::int64_t> &rows)
{
    HistogramCodes out;
    out.variable = family;
    const std::optional<FamilyCodes> codes = familyCodes(table, family);
    if (!codes || codes->codes.size() != table.rows())
        return out;
    out.bins = codes->count;
    out.code.reserve(rows.size());
    for (std::int64_t row : rows)
        out.code.push_back(codes->codes[std::size_t(row)]);
    return out;
}

constexpr const char *kRule = "differencing";
constexpr const char *kBudgetRule = "differencing-budget";
constexpr const char *kUserBudgetRule = "differencing-user-budget";
constexpr char kMagic[4] = { 'F', 'S', 'D', 'L' };
constexpr std::uint8_t kEncodingVersion = 1;
// Version 2: version 1's body, then the pending atom + 1 (0: none) and each atom's ghosts, for a
// ledger carried across a re-import that changed records (DifferencingState::ghosts).
constexpr std::uint8_t kGhostEncodingVersion = 2;
// Version 3: version 2 with each atom's ghosts written as 2 * ghosts + unsure
// (DifferencingState::unsure).
constexpr std::uint8_t kUnsureEncodingVersion = 3;
// Dense piece counters up to this many entries, a hash map beyond.
constexpr std::size_t kDenseLimit = std::size_t(1) << 22;

// A stored ledger: four magic bytes, an encoding version, the compressed body.
QByteArray sealed(const char (&magic)[4], std::uint8_t version, const QByteArray &body)
{
    QByteArray out(magic, sizeof magic);
    out.append(char(version));
    out.append(qCompress(body, 1));
    return out;
}

// The body of a stored ledger; empty when the bytes are not one of this magic and version.
QByteArray unsealed(const char (&magic)[4], std::uint8_t version, const QByteArray &bytes)
{
    if (bytes.size() < 5 || !bytes.startsWith(QByteArray(magic, sizeof magic))
        || std::uint8_t(bytes[4]) != version)
        return {};
    return qUncompress(bytes.mid(5));
}

std::string formatNumber(double value)
{
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::optional<double> parseNumber(std::string_view text)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()
        || !std::isfinite(value))
        return std::nullopt;
    return value;
}

const analysis::Column *findColumn(const analysis::DataTable &table, std::string_view name)
{
    return table.column(std::string(name));
}

std::optional<FamilyCodes> variableCodes(const analysis::DataTable &table, std::string_view name)
{
    const analysis::Column *column = findColumn(table, name);
    if (!column)
        return std::nullopt;
    FamilyCodes out;
    out.codes.resize(column->size());
    if (column->kind == analysis::ColumnKind::Categorical) {
        const auto missing = std::int32_t(column->levels.size());
        for (std::size_t i = 0; i < column->size(); ++i)
            out.codes[i] = column->codes[i] < 0 ? missing : column->codes[i];
        out.count = missing + 1;
    } else {
        // A binary variable: 0, 1, and 2 for missing (or anything else, which import refuses).
        for (std::size_t i = 0; i < column->size(); ++i) {
            const double v = column->numeric[i];
            out.codes[i] = v == 0.0 ? 0 : v == 1.0 ? 1 : 2;
        }
        out.count = 3;
    }
    return out;
}

std::optional<FamilyCodes> simpleCodes(const analysis::DataTable &table, std::string_view key)
{
    if (key.size() < 3 || key[1] != ':')
        return std::nullopt;
    const char kind = key[0];
    const std::string_view rest = key.substr(2);
    if (kind == 'v')
        return variableCodes(table, rest);
    if (kind == 'm') {
        const analysis::Column *column = findColumn(table, rest);
        if (!column)
            return std::nullopt;
        FamilyCodes out;
        out.codes.resize(column->size());
        for (std::size_t i = 0; i < column->size(); ++i)
            out.codes[i] = column->isMissing(i) ? 1 : 0;
        out.count = 2;
        return out;
    }
    if (kind != 'y' && kind != 'h')
        return std::nullopt;
    const std::size_t colon = rest.rfind(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const analysis::Column *column = findColumn(table, rest.substr(0, colon));
    if (!column || column->kind != analysis::ColumnKind::Numeric)
        return std::nullopt;
    const std::string_view argument = rest.substr(colon + 1);
    FamilyCodes out;
    out.codes.resize(column->size());
    if (kind == 'y') {
        const auto threshold = parseNumber(argument);
        if (!threshold)
            return std::nullopt;
        for (std::size_t i = 0; i < column->size(); ++i) {
            const double v = column->numeric[i];
            out.codes[i] = std::isnan(v) ? 2 : v > *threshold ? 1 : 0;
        }
        out.count = 3;
        return out;
    }
    std::vector<double> edges;
    for (std::size_t from = 0; from <= argument.size();) {
        std::size_t comma = argument.find(',', from);
        if (comma == std::string_view::npos)
            comma = argument.size();
        const auto edge = parseNumber(argument.substr(from, comma - from));
        if (!edge || (!edges.empty() && !(*edge > edges.back())))
            return std::nullopt;
        edges.push_back(*edge);
        from = comma + 1;
    }
    if (edges.size() < 2)
        return std::nullopt;
    // The same binning as analysis::histogramOf.
    const auto bins = std::int32_t(edges.size() - 1);
    for (std::size_t i = 0; i < column->size(); ++i) {
        const double v = column->numeric[i];
        if (std::isnan(v)) {
            out.codes[i] = bins + 2;
        } else if (v < edges.front()) {
            out.codes[i] = bins;
        } else if (v > edges.back()) {
            out.codes[i] = bins + 1;
        } else {
            auto it = std::upper_bound(edges.begin(), edges.end(), v);
            auto bin = std::int32_t(it - edges.begin());
            bin = bin == 0 ? 0 : bin - 1;
            out.codes[i] = std::min(bin, bins - 1);
        }
    }
    out.count = bins + 3;
    return out;
}

// Counts of (slot, code) pairs: dense when small enough, hashed otherwise.
class PieceCounter {
public:
    PieceCounter(std::size_t slots, std::int32_t codes)
        : m_codes(std::size_t(codes))
        , m_dense(slots * std::size_t(codes) <= kDenseLimit)
    {
        if (m_dense)
            m_counts.assign(slots * m_codes, 0);
    }
    void add(std::size_t slot, std::int32_t code)
    {
        const std::size_t index = slot * m_codes + std::size_t(code);
        if (m_dense)
            ++m_counts[index];
        else
            ++m_map[index];
    }
    std::int64_t get(std::size_t slot, std::int32_t code) const
    {
        const std::size_t index = slot * m_codes + std::size_t(code);
        if (m_dense)
            return m_counts[index];
        auto it = m_map.find(index);
        return it == m_map.end() ? 0 : it->second;
    }

private:
    std::size_t m_codes;
    bool m_dense;
    std::vector<std::int64_t> m_counts;
    std::unordered_map<std::size_t, std::int64_t> m_map;
};

const DifferencingState::Exposure *
findExposure(const std::vector<DifferencingState::Exposure> &list, std::uint32_t family)
{
    auto it = std::lower_bound(list.begin(), list.end(), family,
                               [](const auto &e, std::uint32_t f) { return e.family < f; });
    return it != list.end() && it->family == family ? &*it : nullptr;
}

// Adds codes to an atom's exposure of a family; true when something was new.
bool expose(std::vector<DifferencingState::Exposure> &list, std::uint32_t family,
            const std::vector<std::int32_t> &codes)
{
    auto it = std::lower_bound(list.begin(), list.end(), family,
                               [](const auto &e, std::uint32_t f) { return e.family < f; });
    if (it == list.end() || it->family != family)
        it = list.insert(it, DifferencingState::Exposure { family, {} });
    const std::size_t before = it->codes.size();
    std::vector<std::int32_t> merged;
    std::set_union(it->codes.begin(), it->codes.end(), codes.begin(), codes.end(),
                   std::back_inserter(merged));
    it->codes = std::move(merged);
    return it->codes.size() != before;
}

bool isSmall(std::int64_t count, int minCell)
{
    return count > 0 && count < minCell;
}

// The rest of a slot (the records of its withheld cells together) is 0 or at least minCell: a
// withheld cell is never given back by a cohort that splits it. An exposed cell's piece may be
// small: refusing that refused the honest describe-then-fit flow (a category's count over all
// records, then over the complete cases); what it gives is how many of a group of at least
// minCell records lie in a released category (docs/privacy-rules.md, known limits).
bool piecesPass(const PieceCounter &counter, std::size_t slot, std::int64_t slotSize,
                const std::vector<std::int32_t> &codes, int minCell)
{
    std::int64_t covered = 0;
    for (std::int32_t code : codes)
        covered += counter.get(slot, code);
    return !isSmall(slotSize - covered, minCell);
}

// A numeric variable's missing family ("m:<var>") carries more than counts: a description
// releases the moments (n, Σx, Σx²) of the records that hold a value (code 0), so every atom's
// piece of code 0 is a set whose sums follow from released totals once the atom is split or
// described with others. That piece must be 0 or >= minCell like an atom (red team 4,
// docs/privacy-rules.md "Sums over the records that hold a value").
bool carriesSums(const std::string &family, const std::vector<std::int32_t> &codes)
{
    return family.size() > 2 && family[0] == 'm' && family[1] == ':'
        && std::binary_search(codes.begin(), codes.end(), 0);
}

bool isJointFamily(const std::string &family)
{
    return family.size() > 2 && family[0] == 't' && family[1] == ':';
}

// A joint family of two variables' levels ("t:" of two "v:" keys): a two-way table's, a fit's
// pair, a description's levels crossed with its level filter. A trend's cells (a period's
// histogram family × a variable) are not held so (docs/privacy-rules.md, "Event sums, and a
// group's joint cells", what remains).
bool isLevelsTableFamily(const std::string &family)
{
    if (!isJointFamily(family))
        return false;
    const std::size_t colon = family.find(':', 2);
    return colon != std::string::npos && family.compare(colon + 1, 2, "v:") == 0
        && family.find("v:", colon + 3) != std::string::npos;
}

// Whether a held family's piece of a slot is 1..minCell-1 somewhere it matters: for a joint
// family (second part of `second` codes) each row and each column of its exposed cells together
// (a margin of the group: its girls, whose outcomes the cells then give), else each exposed cell.
// A joint cell of a margin of >= minCell records is a group's attribute, like a level's count.
template<typename Counter>
bool heldPieceSmall(const Counter &counter, std::size_t slot,
                    const std::vector<std::int32_t> &codes, std::int32_t second, int minCell)
{
    if (second <= 0) {
        for (std::int32_t code : codes) {
            if (isSmall(counter.get(slot, code), minCell))
                return true;
        }
        return false;
    }
    std::map<std::int32_t, std::int64_t> rows, columns;
    for (std::int32_t code : codes) {
        const std::int64_t n = counter.get(slot, code);
        rows[code / second] += n;
        columns[code % second] += n;
    }
    for (const auto *margin : { &rows, &columns }) {
        for (const auto &[code, n] : *margin) {
            if (isSmall(n, minCell))
                return true;
        }
    }
    return false;
}

// Whether some piece heldPieceSmall checks holds fewer than minCell table records (0 included):
// for a part that also holds ghosts of unknown codes, which may lie in any piece.
template<typename Counter>
bool heldPieceUnsure(const Counter &counter, std::size_t slot,
                     const std::vector<std::int32_t> &codes, std::int32_t second, int minCell)
{
    if (second <= 0) {
        for (std::int32_t code : codes) {
            if (counter.get(slot, code) < minCell)
                return true;
        }
        return false;
    }
    std::map<std::int32_t, std::int64_t> rows, columns;
    for (std::int32_t code : codes) {
        const std::int64_t n = counter.get(slot, code);
        rows[code / second] += n;
        columns[code % second] += n;
    }
    for (const auto *margin : { &rows, &columns }) {
        for (const auto &[code, n] : *margin) {
            if (n < minCell)
                return true;
        }
    }
    return false;
}

// Whether a held joint family's pieces are held cell by cell rather than by their margins: in a
// fit ledger (redfit). XᵀX of an interaction of two categories holds every column summed over
// each joint cell, so a group's piece of one cell (its one girl who smoked, among >= 5 girls and
// >= 5 smokers) is a sum over that piece; a table's margins rule (Rule 2) is for counts.
bool fitCellsHeldOneByOne(const DifferencingLimits &limits)
{
    return limits.holdExposedCells && limits.holdJointCellsOneByOne;
}

// The marker of a joint family a description released on an atom (differencing.h, "j:").
std::string tableMarker(const std::string &jointFamily)
{
    return "j:" + jointFamily;
}

bool isTableMarker(const std::string &family)
{
    return family.size() > 2 && family[0] == 'j' && family[1] == ':';
}

analysis::RuleOutcome refusal(const char *rule, double threshold, std::string message,
                              std::string detail)
{
    analysis::RuleOutcome outcome;
    outcome.ruleId = rule;
    outcome.passed = false;
    outcome.threshold = threshold;
    outcome.message = std::move(message);
    outcome.detail = std::move(detail);
    return outcome;
}

analysis::RuleOutcome cohortRefusal(int minCell)
{
    return refusal(kRule, minCell,
                   Tr::tr("Together with earlier releases from this dataset (by any user, for any "
                          "purpose), this cohort would single out a group of fewer than %1 "
                          "records. Use the same cohort as before (the same purpose, filters and "
                          "complete cases: another purpose's consent selects other records), or "
                          "one that differs from every earlier one by at least %1 records.")
                       .arg(minCell)
                       .toStdString(),
                   "cohort");
}

// A cohort refused because it holds all (or all but 1 to minCell - 1) of the remaining records
// of an atom that may hold removed records (DifferencingState::unsure).
analysis::RuleOutcome removedRecordsRefusal(int minCell)
{
    return refusal(kRule, minCell,
                   Tr::tr("Records were removed from this dataset or corrected by a re-import "
                          "after earlier releases on part of this cohort (by any user, for any "
                          "purpose). A cohort that holds all the remaining records of such an "
                          "earlier group, or leaves fewer than %1 of them out, could single out "
                          "the removed records, so it is refused, now and later. Use a cohort "
                          "that leaves at least %1 records of each such group out (another "
                          "filter or another set of complete cases), or ask the site to describe "
                          "the groups you need before it removes or corrects records.")
                       .arg(minCell)
                       .toStdString(),
                   "removed records");
}

std::string familyName(const std::string &key)
{
    if (key.size() > 2 && key[0] == 't') {
        // t:<length>:<k1><k2>
        const std::size_t colon = key.find(':', 2);
        std::size_t length = 0;
        if (colon != std::string::npos) {
            std::from_chars(key.data() + 2, key.data() + colon, length);
            if (colon + 1 + length <= key.size())
                return familyName(key.substr(colon + 1, length)) + " × "
                    + familyName(key.substr(colon + 1 + length));
        }
        return key;
    }
    std::string name = key.size() > 2 ? key.substr(2) : key;
    if (key[0] == 'h' || key[0] == 'y')
        name = name.substr(0, name.rfind(':'));
    return name;
}

analysis::RuleOutcome cellRefusal(int minCell, const std::string &family)
{
    return refusal(kRule, minCell,
                   Tr::tr("Together with earlier releases from this dataset (by any user, for any "
                          "purpose), these category counts would single out a group of fewer "
                          "than %1 records. Describe and fit one cohort (the same filters and "
                          "complete cases), or leave this variable out.")
                       .arg(minCell)
                       .toStdString(),
                   "cells of " + familyName(family));
}

// The fit ledger's refusal: a category's piece of a group split off between two fits' cohorts
// (or a fit's and a level-filtered description's) would hold 1..minCell-1 records, whose sums
// (XᵀX of the category's dummy with every other column) the two releases' difference gives.
analysis::RuleOutcome fitCellRefusal(int minCell, const std::string &family)
{
    return refusal(kRule, minCell,
                   Tr::tr("Together with earlier fits on this dataset (by any user, for any "
                          "purpose), this release would give the sums of fewer than %1 records "
                          "of one category. Use the cohort of the earlier fits (the same filters "
                          "and complete cases), or leave this variable out of the model or the "
                          "filter.")
                       .arg(minCell)
                       .toStdString(),
                   "categories of " + familyName(family) + " in the cohort and earlier fits");
}

analysis::RuleOutcome budgetRefusal(std::size_t limit, const char *what)
{
    return refusal(kBudgetRule, double(limit),
                   Tr::tr("This dataset's differencing ledger is full (%1 %2): the node releases "
                          "nothing that would refine it further. Use cohorts and variables "
                          "already released, or ask the site administrator.")
                       .arg(limit)
                       .arg(QString::fromLatin1(what))
                       .toStdString(),
                   std::string());
}

// A release that would add atoms beyond its user's share (DifferencingLimits::atomsPerUser).
// It names the share (the policy's) and nothing else: not the user's charge (how many atoms a
// user's releases split depends on the records), nor anyone else's.
analysis::RuleOutcome userBudgetRefusal(std::size_t share)
{
    return refusal(kUserBudgetRule, double(share),
                   Tr::tr("Your releases from this dataset have already divided its records "
                          "into as many groups as one user may (%1 in the differencing ledger), "
                          "and this release would divide them further; nothing was released or "
                          "recorded. Cohorts and variables already released (by you or anyone) "
                          "can still be used, as they divide nothing. To go further, ask the site "
                          "administrator (policy key differencing_atoms_per_user).")
                       .arg(share)
                       .toStdString(),
                   std::string());
}

analysis::RuleOutcome passed(int minCell)
{
    analysis::RuleOutcome outcome;
    outcome.ruleId = kRule;
    outcome.passed = true;
    outcome.threshold = minCell;
    outcome.message = Tr::tr("No combination of this release with earlier ones singles out fewer "
                             "than %1 records.")
                          .arg(minCell)
                          .toStdString();
    return outcome;
}

void appendVarint(QByteArray &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

class Reader {
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    bool varint(std::uint64_t *out)
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size())
                return false;
            const auto b = static_cast<unsigned char>(m_bytes[m_pos++]);
            // The tenth byte holds bit 63 only: more would not fit (a malformed blob).
            if (shift == 63 && (b & 0x7e) != 0)
                return false;
            value |= std::uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                *out = value;
                return true;
            }
        }
        return false;
    }
    bool bytes(std::size_t n, std::string *out)
    {
        if (qsizetype(n) > m_bytes.size() - m_pos)
            return false;
        out->assign(m_bytes.constData() + m_pos, n);
        m_pos += qsizetype(n);
        return true;
    }
    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    const QByteArray &m_bytes;
    qsizetype m_pos = 0;
};

// The two simple keys of "t:<length>:<k1><k2>".
std::optional<std::pair<std::string, std::string>> jointParts(const std::string &key)
{
    const std::size_t colon = key.find(':', 2);
    std::size_t length = 0;
    if (colon == std::string::npos
        || std::from_chars(key.data() + 2, key.data() + colon, length).ptr != key.data() + colon
        || colon + 1 + length > key.size())
        return std::nullopt;
    return std::pair(key.substr(colon + 1, length), key.substr(colon + 1 + length));
}

} // namespace

std::optional<FamilyCodes> familyCodes(const analysis::DataTable &table, const std::string &key)
{
    if (key.size() > 2 && key[0] == 't' && key[1] == ':') {
        const std::size_t colon = key.find(':', 2);
        std::size_t length = 0;
        if (colon == std::string::npos
            || std::from_chars(key.data() + 2, key.data() + colon, length).ptr != key.data() + colon
            || colon + 1 + length > key.size())
            return std::nullopt;
        auto a = simpleCodes(table, std::string_view(key).substr(colon + 1, length));
        auto b = simpleCodes(table, std::string_view(key).substr(colon + 1 + length));
        if (!a || !b || std::int64_t(a->count) * b->count > (std::int64_t(1) << 24))
            return std::nullopt;
        for (std::size_t i = 0; i < a->codes.size(); ++i)
            a->codes[i] = a->codes[i] * b->count + b->codes[i];
        a->count *= b->count;
        return a;
    }
    return simpleCodes(table, key);
}

std::string variableFamily(const std::string &variable)
{
    return "v:" + variable;
}

std::string thresholdFamily(const std::string &variable, double threshold)
{
    return "y:" + variable + ":" + formatNumber(threshold);
}

std::string missingFamily(const std::string &variable)
{
    return "m:" + variable;
}

std::vector<std::pair<std::string, double>> designBreakpoints(const analysis::ResolvedDesign &d)
{
    std::vector<std::pair<std::string, double>> out;
    for (const analysis::Predictor &p : d.spec.predictors) {
        if (p.transform == analysis::Transform::Winsorise) {
            out.emplace_back(p.variable, p.lower);
            out.emplace_back(p.variable, p.upper);
        } else if (p.transform == analysis::Transform::Spline) {
            if (const auto it = d.knots.find(p.variable); it != d.knots.end()) {
                for (double knot : it->second)
                    out.emplace_back(p.variable, knot);
            }
        }
    }
    if (d.spec.family == analysis::Family::Binomial && d.spec.outcome.threshold)
        out.emplace_back(d.spec.outcome.variable, *d.spec.outcome.threshold);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string histogramFamily(const std::string &variable, const std::vector<double> &edges)
{
    std::string key = "h:" + variable + ":";
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (i)
            key += ',';
        key += formatNumber(edges[i]);
    }
    return key;
}

std::string jointFamily(const std::string &a, const std::string &b)
{
    const std::string &first = a <= b ? a : b;
    const std::string &second = a <= b ? b : a;
    return "t:" + std::to_string(first.size()) + ":" + first + second;
}

std::int32_t familyCodeCount(const analysis::DataTable &table, const std::string &key)
{
    if (key.size() < 3 || key[1] != ':')
        return 0;
    const std::string rest = key.substr(2);
    switch (key[0]) {
    case 'v': {
        const analysis::Column *column = table.column(rest);
        if (!column)
            return 0;
        return column->kind == analysis::ColumnKind::Categorical
            ? std::int32_t(column->levels.size()) + 1
            : 3;
    }
    case 'm':
        return table.column(rest) ? 2 : 0;
    case 'y':
        return table.column(rest.substr(0, rest.rfind(':'))) ? 3 : 0;
    case 'h':
        return table.column(rest.substr(0, rest.rfind(':')))
            ? std::int32_t(
                  std::count(rest.begin() + std::ptrdiff_t(rest.rfind(':')), rest.end(), ','))
                + 3
            : 0;
    default:
        return 0;
    }
}

std::int32_t jointCode(const analysis::DataTable &table, const std::string &a, std::int32_t codeA,
                       const std::string &b, std::int32_t codeB)
{
    const bool swap = b < a;
    const std::int32_t secondCount = familyCodeCount(table, swap ? a : b);
    if (secondCount <= 0 || codeA < 0 || codeB < 0)
        return -1;
    return swap ? codeB * secondCount + codeA : codeA * secondCount + codeB;
}

std::int32_t levelCode(const analysis::DataTable &table, const std::string &variable,
                       const std::string &level)
{
    const analysis::Column *column = table.column(variable);
    if (!column)
        return -1;
    if (column->kind == analysis::ColumnKind::Numeric)
        return level == "0" ? 0 : level == "1" ? 1 : -1;
    auto it = std::find(column->levels.begin(), column->levels.end(), level);
    return it == column->levels.end() ? -1 : std::int32_t(it - column->levels.begin());
}

DifferencingState DifferencingState::initial(qint64 generation, std::size_t rows)
{
    DifferencingState state;
    state.generation = generation;
    state.atomOf.assign(rows, 0);
    if (rows > 0) {
        state.sizes = { std::int64_t(rows) };
        state.exposed.resize(1);
    }
    return state;
}

QByteArray DifferencingState::encode() const
{
    QByteArray body;
    body.reserve(qsizetype(atomOf.size()) + 1024);
    appendVarint(body, std::uint64_t(generation));
    appendVarint(body, atomOf.size());
    appendVarint(body, sizes.size());
    appendVarint(body, families.size());
    for (const std::string &family : families) {
        appendVarint(body, family.size());
        body.append(family.data(), qsizetype(family.size()));
    }
    for (std::uint32_t atom : atomOf)
        appendVarint(body, atom);
    for (const auto &list : exposed) {
        appendVarint(body, list.size());
        for (const Exposure &e : list) {
            appendVarint(body, e.family);
            appendVarint(body, e.codes.size());
            for (std::int32_t code : e.codes)
                appendVarint(body, std::uint32_t(code));
        }
    }
    bool anyGhost = pending >= 0;
    for (std::int64_t g : ghosts)
        anyGhost |= g > 0;
    bool anyUnsure = false;
    for (std::uint8_t u : unsure)
        anyUnsure |= u != 0;
    if (!anyGhost && !anyUnsure)
        return sealed(kMagic, kEncodingVersion, body);
    appendVarint(body, std::uint64_t(pending + 1));
    for (std::size_t a = 0; a < sizes.size(); ++a) {
        const bool marked = a < unsure.size() && unsure[a] != 0;
        appendVarint(body,
                     anyUnsure ? std::uint64_t(ghostsOf(a)) * 2 + (marked ? 1 : 0)
                               : std::uint64_t(ghostsOf(a)));
    }
    return sealed(kMagic, anyUnsure ? kUnsureEncodingVersion : kGhostEncodingVersion, body);
}

std::optional<DifferencingState> DifferencingState::decode(const QByteArray &bytes)
{
    QByteArray body = unsealed(kMagic, kEncodingVersion, bytes);
    const bool withGhosts = body.isEmpty();
    bool withUnsure = false;
    if (withGhosts)
        body = unsealed(kMagic, kGhostEncodingVersion, bytes);
    if (withGhosts && body.isEmpty()) {
        body = unsealed(kMagic, kUnsureEncodingVersion, bytes);
        withUnsure = true;
    }
    if (body.isEmpty())
        return std::nullopt;
    Reader r(body);
    std::uint64_t generation = 0, rows = 0, atoms = 0, families = 0;
    if (!r.varint(&generation) || !r.varint(&rows) || !r.varint(&atoms) || !r.varint(&families)
        || rows > (std::uint64_t(1) << 32) || (atoms > rows && !withGhosts)
        || atoms > (std::uint64_t(1) << 32) || families > (1u << 20))
        return std::nullopt;
    DifferencingState state;
    state.generation = qint64(generation);
    state.families.resize(families);
    for (auto &family : state.families) {
        std::uint64_t length = 0;
        if (!r.varint(&length) || !r.bytes(length, &family))
            return std::nullopt;
    }
    state.atomOf.resize(rows);
    state.sizes.assign(atoms, 0);
    for (auto &atom : state.atomOf) {
        std::uint64_t value = 0;
        if (!r.varint(&value) || value >= atoms)
            return std::nullopt;
        atom = std::uint32_t(value);
        ++state.sizes[atom];
    }
    state.exposed.resize(atoms);
    for (std::size_t a = 0; a < atoms; ++a) {
        std::uint64_t count = 0;
        if (!r.varint(&count) || count > families)
            return std::nullopt;
        for (std::uint64_t k = 0; k < count; ++k) {
            std::uint64_t family = 0, codes = 0;
            if (!r.varint(&family) || family >= families || !r.varint(&codes))
                return std::nullopt;
            Exposure e { std::uint32_t(family), {} };
            for (std::uint64_t c = 0; c < codes; ++c) {
                std::uint64_t code = 0;
                if (!r.varint(&code) || code > (1u << 30))
                    return std::nullopt;
                e.codes.push_back(std::int32_t(code));
            }
            state.exposed[a].push_back(std::move(e));
        }
    }
    if (withGhosts) {
        std::uint64_t pending = 0;
        if (!r.varint(&pending) || pending > atoms)
            return std::nullopt;
        state.pending = std::int64_t(pending) - 1;
        state.ghosts.assign(atoms, 0);
        if (withUnsure)
            state.unsure.assign(atoms, 0);
        for (std::size_t a = 0; a < atoms; ++a) {
            std::uint64_t g = 0;
            if (!r.varint(&g) || g > (std::uint64_t(1) << 41))
                return std::nullopt;
            if (withUnsure) {
                state.unsure[a] = std::uint8_t(g & 1);
                g >>= 1;
            }
            state.ghosts[a] = std::int64_t(g);
            state.sizes[a] += std::int64_t(g);
        }
    }
    for (std::size_t a = 0; a < atoms; ++a) {
        if (state.sizes[a] == 0)
            return std::nullopt;
    }
    if (!r.atEnd())
        return std::nullopt;
    return state;
}

KeptState::KeptState(DifferencingState state, unsigned minBytes)
    : m_rows(state.atomOf.size())
{
    const std::size_t atoms = state.sizes.size();
    m_bytes = atoms > 0x10000 ? 4 : atoms > 0x100 ? 2 : atoms > 1 ? 1 : 0;
    m_bytes = std::max(m_bytes, minBytes > 2 ? 4u : minBytes);
    const std::vector<std::uint32_t> &ids = state.atomOf;
    if (m_bytes == 1)
        m_one.assign(ids.begin(), ids.end()); // every id < 256 (and 0 with one atom)
    else if (m_bytes == 2)
        m_two.assign(ids.begin(), ids.end());
    else if (m_bytes == 4)
        m_four = std::move(state.atomOf);
    std::vector<std::uint32_t>().swap(state.atomOf); // its memory too (`= {}` keeps it)
    m_rest = std::move(state);
}

DifferencingState KeptState::expanded() const
{
    DifferencingState out = m_rest;
    if (m_bytes == 4) {
        out.atomOf = m_four;
    } else if (m_bytes == 2) {
        out.atomOf.assign(m_two.begin(), m_two.end());
    } else if (m_bytes == 1) {
        out.atomOf.assign(m_one.begin(), m_one.end());
    } else {
        out.atomOf.assign(m_rows, 0); // one atom (or none: no rows)
    }
    return out;
}

// ---- released risk bins ---------------------------------------------------------------------

namespace {
constexpr char kBinsMagic[4] = { 'F', 'S', 'R', 'B' };
constexpr std::uint8_t kBinsEncodingVersion = 1;
// Released evaluations whose bins a dataset's import remembers; beyond it an evaluation is
// released with one bin (its cohort, which the dataset's ledger holds): never refused.
constexpr std::size_t kMaxReleasedBins = 512;
// Bounds of a stored list of histogram variables (a dataset's numeric columns, by name).
constexpr std::size_t kMaxHistogramVariables = 100000;
constexpr std::size_t kMaxVariableName = 4096;
// The codes' memory a dataset's bin ledger may take (2 bytes per record and evaluation).
constexpr std::size_t kReleasedBinsBytes = std::size_t(64) << 20;
} // namespace

std::size_t releasedBinsCapacity(std::size_t rows)
{
    const std::size_t perEvaluation = 2 * std::max<std::size_t>(rows, 1);
    return std::clamp<std::size_t>(kReleasedBinsBytes / perEvaluation, 1, kMaxReleasedBins);
}

void ReleasedBins::countSizes()
{
    sizes.assign(bins, 0);
    for (std::uint16_t b : binOf) {
        if (b > 0)
            ++sizes[b - 1u];
    }
}

QByteArray ReleasedBinsList::encode() const
{
    QByteArray body;
    appendVarint(body, std::uint64_t(generation));
    appendVarint(body, evaluations.size());
    for (const ReleasedBins &e : evaluations) {
        appendVarint(body, e.bins);
        appendVarint(body, e.binOf.size());
        for (std::uint16_t b : e.binOf)
            appendVarint(body, b);
    }
    appendVarint(body, histogramVariables.size());
    for (const std::string &name : histogramVariables) {
        appendVarint(body, name.size());
        body.append(name.data(), qsizetype(name.size()));
    }
    return sealed(kBinsMagic, kBinsEncodingVersion, body);
}

std::optional<ReleasedBinsList> ReleasedBinsList::decode(const QByteArray &bytes)
{
    const QByteArray body = unsealed(kBinsMagic, kBinsEncodingVersion, bytes);
    if (body.isEmpty())
        return std::nullopt;
    Reader r(body);
    std::uint64_t generation = 0, count = 0;
    if (!r.varint(&generation) || !r.varint(&count) || count > kMaxReleasedBins)
        return std::nullopt;
    ReleasedBinsList list;
    list.generation = qint64(generation);
    list.evaluations.resize(count);
    for (ReleasedBins &e : list.evaluations) {
        std::uint64_t bins = 0, rows = 0;
        if (!r.varint(&bins) || bins > 0xffff || !r.varint(&rows)
            || rows > (std::uint64_t(1) << 32))
            return std::nullopt;
        e.bins = std::uint16_t(bins);
        e.binOf.resize(rows);
        for (auto &b : e.binOf) {
            std::uint64_t value = 0;
            if (!r.varint(&value) || value > bins)
                return std::nullopt;
            b = std::uint16_t(value);
        }
        e.countSizes();
    }
    // The histogram variables (absent from a list stored before they were remembered).
    if (!r.atEnd()) {
        std::uint64_t names = 0;
        if (!r.varint(&names) || names > kMaxHistogramVariables)
            return std::nullopt;
        list.histogramVariables.resize(names);
        for (std::string &name : list.histogramVariables) {
            std::uint64_t length = 0;
            if (!r.varint(&length) || length > kMaxVariableName || !r.bytes(length, &name))
                return std::nullopt;
        }
    }
    if (!r.atEnd())
        return std::nullopt;
    return list;
}

namespace {

// Whether |A Δ R| lies in 1..minCell-1 for the set A of `inA` records (counts per bin of one
// released evaluation `inBin`, its bins' sizes `sizes`) and some run R of its bins.
bool runWithinFew(std::int64_t inA, const std::vector<std::int64_t> &inBin,
                  const std::vector<std::int64_t> &sizes, int minCell)
{
    const std::size_t bins = sizes.size();
    for (std::size_t i = 0; i < bins; ++i) {
        std::int64_t inter = 0, size = 0;
        for (std::size_t j = i; j < bins; ++j) {
            inter += inBin[j];
            size += sizes[j];
            const std::int64_t differ = inA + size - 2 * inter;
            if (differ >= 1 && differ < minCell)
                return true;
        }
    }
    return false;
}

// Whether the cohort (inA records, inBin of them per bin) equals some run of bins exactly, over
// the table (sizes counted over the table's rows).
bool runEqualsCohort(std::int64_t inA, const std::vector<std::int64_t> &inBin,
                     const std::vector<std::int64_t> &sizes)
{
    const std::size_t bins = sizes.size();
    for (std::size_t i = 0; i < bins; ++i) {
        std::int64_t inter = 0, size = 0;
        for (std::size_t j = i; j < bins; ++j) {
            inter += inBin[j];
            size += sizes[j];
            if (inA > 0 && inA + size - 2 * inter == 0)
                return true;
        }
    }
    return false;
}

// binRunRefusal over a table of `tableRows` rows: entries of an evaluation's codes past them are
// records a re-import removed since (release/ledgercarry.h), still in their released bins. Which
// bins they were in must not decide the verdict (a cohort equal to a run's remaining records
// refused only where her bin is in the run tells her bin; passed, it lies one record from the
// released run), so such an evaluation's bins are counted over the table and a cohort equal to a
// run of them is refused too (docs/privacy-rules.md, "Removed records in the risk bins and
// products").
std::optional<std::string> binRunRefusalOver(const std::vector<ReleasedBins> &released,
                                             const std::vector<std::int64_t> &cohortRows,
                                             std::size_t tableRows, int minCell)
{
    std::vector<std::int64_t> computed, inBin;
    for (const ReleasedBins &e : released) {
        const bool ghosts = e.binOf.size() > tableRows;
        const std::vector<std::int64_t> *sizes = &e.sizes;
        if (e.sizes.size() != e.bins || ghosts) {
            computed.assign(e.bins, 0);
            const std::size_t n = ghosts ? tableRows : e.binOf.size();
            for (std::size_t r = 0; r < n; ++r) {
                if (e.binOf[r] > 0)
                    ++computed[e.binOf[r] - 1u];
            }
            sizes = &computed;
        }
        inBin.assign(e.bins, 0);
        for (std::int64_t row : cohortRows) {
            const std::size_t r = std::size_t(row);
            if (r < e.binOf.size() && (!ghosts || r < tableRows) && e.binOf[r] > 0)
                ++inBin[e.binOf[r] - 1u];
        }
        if (runWithinFew(std::int64_t(cohortRows.size()), inBin, *sizes, minCell)
            || (ghosts && runEqualsCohort(std::int64_t(cohortRows.size()), inBin, *sizes)))
            return std::string("cohort and released risk bins");
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> binRunRefusal(const std::vector<ReleasedBins> &released,
                                         const std::vector<std::int64_t> &cohortRows, int minCell)
{
    std::size_t rows = 0;
    for (const ReleasedBins &e : released)
        rows = std::max(rows, e.binOf.size());
    return binRunRefusalOver(released, cohortRows, rows, minCell);
}

std::vector<std::size_t> keptCandidateEdges(const std::vector<std::int64_t> &rows,
                                            const std::vector<std::uint32_t> &candidateOf,
                                            std::size_t m, const DifferencingState &main,
                                            const std::vector<const ReleasedBins *> &earlier,
                                            std::size_t tableRows, int minCell)
{
    if (m < 2 || candidateOf.size() != rows.size())
        return { 0, m };
    const CandidateOrder grouped(candidateOf, m);
    std::vector<BlockFamily> families(1 + earlier.size());
    // The dataset ledger's atoms that hold evaluated records.
    {
        BlockFamily &f = families[0];
        std::vector<std::int32_t> localOf(main.sizes.size(), -1);
        std::vector<std::uint32_t> local(rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const std::uint32_t a = main.atomOf[std::size_t(rows[i])];
            if (localOf[a] < 0) {
                localOf[a] = std::int32_t(f.size.size());
                f.size.push_back(main.sizes[a]);
            }
            local[i] = std::uint32_t(localOf[a]);
        }
        fillCells(f, grouped, [&](std::uint32_t i) { return local[i]; });
    }
    // Each earlier evaluation: its bins, and (block B) the records it did not evaluate.
    for (std::size_t x = 0; x < earlier.size(); ++x) {
        const ReleasedBins &e = *earlier[x];
        BlockFamily &f = families[1 + x];
        const std::uint32_t B = e.bins;
        f.size.assign(B + 1, 0);
        std::int64_t evaluated = 0;
        // Entries past the table's rows are ghosts (release/ledgercarry.h): records of an
        // earlier import this one no longer holds, counted in their released bins. Which bins
        // they were in must not decide the edges kept (a boundary dropped only next to her bin
        // tells her bin), so such an evaluation's blocks are counted over the table and the
        // family is ghostly (BlockFamily::ghostly): a run that is a union of whole blocks is
        // near, wherever the ghosts were (docs/privacy-rules.md, "Removed records in the risk
        // bins and products").
        const bool ghosts = e.binOf.size() > tableRows;
        if (e.sizes.size() == B && !ghosts) {
            std::copy(e.sizes.begin(), e.sizes.end(), f.size.begin());
        } else {
            const std::size_t n = std::min(e.binOf.size(), tableRows);
            for (std::size_t r = 0; r < n; ++r) {
                if (e.binOf[r] > 0)
                    ++f.size[e.binOf[r] - 1u];
            }
        }
        for (std::uint32_t k = 0; k < B; ++k)
            evaluated += f.size[k];
        f.size[B] = std::int64_t(tableRows) - evaluated;
        f.ghostly = ghosts;
        fillCells(f, grouped, [&](std::uint32_t i) {
            const std::size_t r = std::size_t(rows[i]);
            return r < e.binOf.size() && e.binOf[r] > 0 ? std::uint32_t(e.binOf[r] - 1u) : B;
        });
    }
    return keptEdgesOfFamilies(families, m, minCell);
}

std::vector<std::size_t> keptEdgesOfFamilies(const std::vector<BlockFamily> &families,
                                             std::size_t m, int minCell)
{
    if (m < 2)
        return { 0, m };
    // Per family: per candidate bin its records; per block its first and last candidate bin and
    // whether all its records are evaluated (then a run can hold it wholly).
    struct Gaps {
        std::vector<std::int64_t> records; // per candidate bin
        std::vector<std::uint32_t> lo, hi; // per block
        std::vector<char> whole; // per block
        std::vector<std::int64_t> inSuffix; // per k: sizes of the blocks wholly in [k, m)
        std::vector<std::int64_t> onSuffix; // per k: sizes of the blocks [k, m) touches
        std::vector<std::vector<std::uint32_t>> endsAt; // per c: the whole blocks last in c
        // Per block its last candidate bin below k (or -1), as k rises.
        std::vector<std::int64_t> last;
        // A family of presence bits: the blocks the last segment holds (bits, as `presence`),
        // and per block the segment of its last bin before the last segment (or -1).
        std::vector<std::uint64_t> inLast;
        std::vector<std::int64_t> segmentBefore;
    };
    const std::size_t F = families.size();
    std::vector<Gaps> gaps(F);
    // Per candidate bin c, per family f at [c * F + f]: its records. The runs [e, k) are checked
    // only from kept edges e, so their sums are kept per segment between consecutive kept edges
    // (the last one [kept.back(), k) growing with k), per family at [j * F + f] (issue 16: the
    // runs' sums were taken bin by bin from k down, m² F additions per evaluation). Integer
    // sums: the same numbers in another order. As k rises: the whole blocks ending below k that
    // begin in the segment (W), the blocks whose last candidate bin below k lies in it (S), its
    // records (N).
    std::vector<std::int64_t> records(m * F, 0);
    for (std::size_t f = 0; f < F; ++f) {
        const BlockFamily &x = families[f];
        Gaps &g = gaps[f];
        const std::size_t blocks = x.size.size();
        g.records.assign(m, 0);
        g.lo.assign(blocks, std::uint32_t(m));
        g.hi.assign(blocks, 0);
        std::vector<std::int64_t> evaluated(blocks, 0);
        if (x.words > 0) {
            // Each block's first and last bin: the bits no lower (higher) bin had.
            const std::size_t words = x.words;
            std::vector<std::uint64_t> seen(words, 0);
            for (std::size_t up = 0; up < 2; ++up) {
                std::fill(seen.begin(), seen.end(), 0);
                for (std::size_t i = 0; i < m; ++i) {
                    const std::size_t c = up == 0 ? i : m - 1 - i;
                    const std::uint64_t *bits = &x.presence[c * words];
                    for (std::size_t w = 0; w < words; ++w) {
                        std::uint64_t fresh = bits[w] & ~seen[w];
                        seen[w] |= bits[w];
                        for (; fresh != 0; fresh &= fresh - 1) {
                            const std::size_t block = w * 64 + std::size_t(std::countr_zero(fresh));
                            (up == 0 ? g.lo : g.hi)[block] = std::uint32_t(c);
                        }
                    }
                }
            }
            std::copy(x.records.begin(), x.records.end(), g.records.begin());
            std::copy(x.evaluated.begin(), x.evaluated.end(), evaluated.begin());
            g.inLast.assign(words, 0);
            g.segmentBefore.assign(blocks, -1);
        } else {
            for (std::size_t c = 0; c < m; ++c) {
                for (std::uint32_t k = x.first[c]; k < x.first[c + 1]; ++k) {
                    const auto [block, count] = x.cells[k];
                    g.records[c] += count;
                    evaluated[block] += count;
                    g.lo[block] = std::min(g.lo[block], std::uint32_t(c));
                    g.hi[block] = std::uint32_t(c);
                }
            }
        }
        g.whole.assign(blocks, 0);
        g.inSuffix.assign(m + 1, 0);
        g.onSuffix.assign(m + 1, 0);
        g.endsAt.assign(m, {});
        for (std::size_t b = 0; b < blocks; ++b) {
            if (evaluated[b] == 0)
                continue;
            g.onSuffix[g.hi[b]] += x.size[b];
            if (evaluated[b] == x.size[b]) {
                g.whole[b] = 1;
                g.inSuffix[g.lo[b]] += x.size[b];
                g.endsAt[g.hi[b]].push_back(std::uint32_t(b));
            }
        }
        for (std::size_t c = m; c-- > 0;) {
            g.inSuffix[c] += g.inSuffix[c + 1];
            g.onSuffix[c] += g.onSuffix[c + 1];
        }
        for (std::size_t c = 0; c < m; ++c)
            records[c * F + f] = g.records[c];
        g.last.assign(blocks, -1);
    }
    auto few = [minCell](std::int64_t gap) {
        return gap >= 1 && gap < minCell;
    };
    std::vector<std::int64_t> suffixRecords(F, 0);
    for (std::size_t f = 0; f < F; ++f) {
        for (std::int64_t n : gaps[f].records)
            suffixRecords[f] += n;
    }
    // few(g) as one unsigned comparison, g - 1 < minCell - 1 (no branch per family below).
    const std::uint64_t fewLimit = std::uint64_t(std::max(minCell, 1) - 1);
    std::vector<std::int64_t> inner(F), outer(F);
    std::vector<std::size_t> ghostly; // the families a removed record may lie in
    for (std::size_t f = 0; f < F; ++f) {
        if (families[f].ghostly)
            ghostly.push_back(f);
    }
    std::vector<std::size_t> kept { 0 };
    std::vector<std::uint32_t> segmentOf(m, 0); // per candidate bin below k: its segment
    // Per segment and family: its records less its whole blocks (segInner, N − W), and the sizes
    // of the blocks whose last bin lies in it less its records (segOuter, S − N).
    std::vector<std::int64_t> segInner(F, 0), segOuter(F, 0);
    for (std::size_t k = 1; k < m; ++k) {
        bool ok = true;
        // Candidate bin k - 1 joins the last segment.
        const std::size_t lastSegment = kept.size() - 1;
        segmentOf[k - 1] = std::uint32_t(lastSegment);
        for (std::size_t f = 0; f < F; ++f) {
            segInner[lastSegment * F + f] += records[(k - 1) * F + f];
            segOuter[lastSegment * F + f] -= records[(k - 1) * F + f];
        }
        for (std::size_t f = 0; f < F; ++f) {
            Gaps &g = gaps[f];
            const BlockFamily &x = families[f];
            // Candidate bin k - 1 now lies below k.
            if (x.words > 0) {
                // Only a block new to the last segment moves: from the segment of its last bin
                // (if any) to the last one (the cells' update, less the -size + size of a block
                // the last segment held already).
                const std::uint64_t *bits = &x.presence[(k - 1) * x.words];
                for (std::size_t w = 0; w < x.words; ++w) {
                    std::uint64_t fresh = bits[w] & ~g.inLast[w];
                    g.inLast[w] |= bits[w];
                    for (; fresh != 0; fresh &= fresh - 1) {
                        const std::size_t block = w * 64 + std::size_t(std::countr_zero(fresh));
                        if (g.segmentBefore[block] >= 0)
                            segOuter[std::size_t(g.segmentBefore[block]) * F + f] -= x.size[block];
                        segOuter[lastSegment * F + f] += x.size[block];
                    }
                }
            } else {
                for (std::uint32_t i = x.first[k - 1]; i < x.first[k]; ++i) {
                    const std::uint32_t block = x.cells[i].first;
                    if (g.last[block] >= 0)
                        segOuter[std::size_t(segmentOf[std::size_t(g.last[block])]) * F + f]
                            -= x.size[block];
                    segOuter[lastSegment * F + f] += x.size[block];
                    g.last[block] = std::int64_t(k - 1);
                }
            }
            for (std::uint32_t block : g.endsAt[k - 1])
                segInner[std::size_t(segmentOf[g.lo[block]]) * F + f] -= x.size[block];
            // The run [k, m).
            suffixRecords[f] -= g.records[k - 1];
            const std::int64_t inRun = suffixRecords[f];
            ok = ok && !few(inRun - g.inSuffix[k]) && !few(g.onSuffix[k] - inRun)
                && !(x.ghostly && inRun == g.inSuffix[k] && g.onSuffix[k] == inRun);
        }
        // The runs [e, k) from each kept edge e, from the last down: N − W and S − N per family.
        std::fill(inner.begin(), inner.end(), 0);
        std::fill(outer.begin(), outer.end(), 0);
        std::int64_t *in = inner.data(), *out = outer.data();
        for (std::size_t j = kept.size(); ok && j-- > 0;) {
            const std::int64_t *ia = &segInner[j * F], *oa = &segOuter[j * F];
            std::uint64_t near = 0;
            for (std::size_t f = 0; f < F; ++f) {
                in[f] += ia[f];
                out[f] += oa[f];
                near |= std::uint64_t(std::uint64_t(in[f] - 1) < fewLimit)
                    | std::uint64_t(std::uint64_t(out[f] - 1) < fewLimit);
            }
            // A ghostly family's run that is a union of whole blocks (BlockFamily::ghostly).
            for (std::size_t f : ghostly)
                near |= std::uint64_t(in[f] == 0 && out[f] == 0);
            ok = near == 0;
        }
        if (ok) {
            // The last segment closes: its blocks' last bin lies in it.
            for (std::size_t f = 0; f < F; ++f) {
                Gaps &g = gaps[f];
                for (std::size_t w = 0; w < g.inLast.size(); ++w) {
                    for (std::uint64_t bits = g.inLast[w]; bits != 0; bits &= bits - 1)
                        g.segmentBefore[w * 64 + std::size_t(std::countr_zero(bits))]
                            = std::int64_t(lastSegment);
                    g.inLast[w] = 0;
                }
            }
            kept.push_back(k);
            segInner.resize(segInner.size() + F, 0);
            segOuter.resize(segOuter.size() + F, 0);
        }
    }
    kept.push_back(m);
    return kept;
}

analysis::RuleOutcome refineByRelease(DifferencingState &state, const analysis::DataTable &table,
                                      const std::vector<std::int64_t> &cohortRows,
                                      const std::vector<CellRelease> &cellsIn,
                                      const DifferencingLimits &limits, bool commit, bool *changed)
{
    if (changed)
        *changed = false;
    const int minCell = limits.minCell;
    const std::size_t rows = state.atomOf.size();
    const std::size_t atoms = state.sizes.size();

    // Codes of each release family, sorted and unique. A description's sums over a filter's
    // levels are the fit ledger's only (CellRelease::sumsByFilter).
    std::vector<CellRelease> cells;
    for (const CellRelease &cell : cellsIn) {
        if (!cell.sumsByFilter || limits.holdExposedCells)
            cells.push_back(cell);
    }
    for (auto &cell : cells) {
        std::sort(cell.released.begin(), cell.released.end());
        cell.released.erase(std::unique(cell.released.begin(), cell.released.end()),
                            cell.released.end());
    }

    // 1. The cohort's records per atom; the atoms it splits.
    std::vector<std::int64_t> inCount(atoms, 0);
    for (std::int64_t row : cohortRows) {
        if (row < 0 || std::size_t(row) >= rows)
            return cohortRefusal(minCell); // not a row of this import: never released
        ++inCount[state.atomOf[std::size_t(row)]];
    }
    std::vector<std::uint32_t> inAtoms; // atoms the cohort touches
    std::vector<std::int32_t> splitIndex(atoms, -1);
    std::vector<std::uint32_t> splitAtoms;
    for (std::uint32_t a = 0; a < atoms; ++a) {
        if (inCount[a] == 0)
            continue;
        // Records a re-import added, fewer than minCell (held out of every cohort by
        // heldRecords; refused here should one reach a cohort all the same).
        if (std::int64_t(a) == state.pending && isSmall(state.sizes[a], minCell))
            return cohortRefusal(minCell);
        inAtoms.push_back(a);
        // An atom that may hold fewer than minCell ghosts (DifferencingState::unsure): its
        // records outside the cohort are the table's plus 0 to minCell - 1 unknown ones, so
        // the table's alone must be minCell or more (none outside: the ghosts would be a part
        // of their own). The same verdict wherever the ghosts are.
        const std::int64_t ghosts = state.ghostsOf(a);
        if (state.mayHoldGhosts(a) && ghosts < minCell
            && (isSmall(inCount[a], minCell) || state.sizes[a] - ghosts - inCount[a] < minCell))
            return removedRecordsRefusal(minCell);
        if (inCount[a] < state.sizes[a]) {
            if (isSmall(inCount[a], minCell) || isSmall(state.sizes[a] - inCount[a], minCell))
                return cohortRefusal(minCell);
            splitIndex[a] = std::int32_t(splitAtoms.size());
            splitAtoms.push_back(a);
        }
    }
    if (atoms + splitAtoms.size() > limits.maxAtoms)
        return budgetRefusal(limits.maxAtoms, "atoms");

    // Family indices, new ones appended provisionally.
    std::vector<std::string> families = state.families;
    std::vector<std::uint32_t> cellFamily(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        auto it = std::find(families.begin(), families.end(), cells[i].family);
        cellFamily[i] = std::uint32_t(it - families.begin());
        if (it == families.end())
            families.push_back(cells[i].family);
    }
    // A description's joint families mark the atoms it covers (differencing.h, "j:").
    std::vector<std::pair<std::uint32_t, std::uint32_t>> markers; // (cell index, marker family)
    if (limits.describing) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (!isLevelsTableFamily(cells[i].family))
                continue;
            const std::string marker = tableMarker(cells[i].family);
            auto it = std::find(families.begin(), families.end(), marker);
            markers.emplace_back(std::uint32_t(i), std::uint32_t(it - families.begin()));
            if (it == families.end())
                families.push_back(marker);
        }
    }
    if (families.size() > limits.maxFamilies)
        return budgetRefusal(limits.maxFamilies, "families");

    auto releasedNow = [&](std::uint32_t family) {
        return std::find(cellFamily.begin(), cellFamily.end(), family) != cellFamily.end();
    };
    // Each family's codes once per check; a joint family reuses its two parts' codes.
    std::map<std::string, std::optional<FamilyCodes>> simpleCache;
    auto simple = [&](const std::string &key) -> const FamilyCodes * {
        auto it = simpleCache.find(key);
        if (it == simpleCache.end())
            it = simpleCache.emplace(key, simpleCodes(table, key)).first;
        return it->second && it->second->codes.size() == rows ? &*it->second : nullptr;
    };
    std::vector<std::optional<FamilyCodes>> codeCache(families.size());
    auto codesOf = [&](std::uint32_t family) -> const FamilyCodes * {
        if (codeCache[family])
            return &*codeCache[family];
        const std::string &key = families[family];
        if (key.size() > 2 && key[0] == 't' && key[1] == ':') {
            const auto parts = jointParts(key);
            const FamilyCodes *a = parts ? simple(parts->first) : nullptr;
            const FamilyCodes *b = parts ? simple(parts->second) : nullptr;
            if (!a || !b || std::int64_t(a->count) * b->count > (std::int64_t(1) << 24))
                return nullptr;
            FamilyCodes joint;
            joint.count = a->count * b->count;
            joint.codes.resize(rows);
            for (std::size_t r = 0; r < rows; ++r)
                joint.codes[r] = a->codes[r] * b->count + b->codes[r];
            codeCache[family] = std::move(joint);
            return &*codeCache[family];
        }
        return simple(key);
    };

    // 2. A split atom: in both parts, each exposed cell's records and the rest are 0 or >= minCell.
    if (!splitAtoms.empty()) {
        std::vector<std::uint8_t> inCohort(rows, 0);
        for (std::int64_t row : cohortRows)
            inCohort[std::size_t(row)] = 1;
        std::vector<std::uint32_t> splitFamilies;
        for (std::uint32_t a : splitAtoms) {
            for (const auto &e : state.exposed[a]) {
                if (!isTableMarker(state.families[e.family]))
                    splitFamilies.push_back(e.family);
            }
        }
        std::sort(splitFamilies.begin(), splitFamilies.end());
        splitFamilies.erase(std::unique(splitFamilies.begin(), splitFamilies.end()),
                            splitFamilies.end());
        // One pass over the records for every family: a joint family's code is made from its
        // two parts' codes on the fly (no joint code vector, no pass per family).
        struct View {
            const FamilyCodes *a = nullptr;
            const FamilyCodes *b = nullptr; // a joint family's second part
            std::int32_t count = 0;
        };
        const std::size_t familyCount = splitFamilies.size();
        std::vector<View> views(familyCount);
        for (std::size_t f = 0; f < familyCount; ++f) {
            const std::string &key = families[splitFamilies[f]];
            View &view = views[f];
            if (key.size() > 2 && key[0] == 't' && key[1] == ':') {
                const auto parts = jointParts(key);
                view.a = parts ? simple(parts->first) : nullptr;
                view.b = parts ? simple(parts->second) : nullptr;
                if (view.a && view.b
                    && std::int64_t(view.a->count) * view.b->count <= (std::int64_t(1) << 24))
                    view.count = view.a->count * view.b->count;
            } else {
                view.a = simple(key);
                view.count = view.a ? view.a->count : 0;
            }
            if (view.count <= 0)
                return cellRefusal(minCell, key);
        }
        // relevant[s * familyCount + f]: the split atom s has family f exposed; hold[...]: each
        // of its exposed cells' pieces is held too, not only the rest — in the fit ledger, and
        // for a joint family when a description released its cells on the atom or splits it now
        // (a table's counts: docs/privacy-rules.md, "Event sums, and a group's joint cells").
        std::vector<std::uint8_t> relevant(splitAtoms.size() * familyCount, 0);
        std::vector<std::uint8_t> hold(splitAtoms.size() * familyCount, 0);
        for (std::size_t f = 0; f < familyCount; ++f) {
            const std::string &key = families[splitFamilies[f]];
            const bool joint = isLevelsTableFamily(key);
            std::optional<std::uint32_t> marker;
            if (joint) {
                const auto it
                    = std::find(state.families.begin(), state.families.end(), tableMarker(key));
                if (it != state.families.end())
                    marker = std::uint32_t(it - state.families.begin());
            }
            for (std::size_t s = 0; s < splitAtoms.size(); ++s) {
                const auto &list = state.exposed[splitAtoms[s]];
                relevant[s * familyCount + f] = findExposure(list, splitFamilies[f]) != nullptr;
                hold[s * familyCount + f] = limits.holdExposedCells
                    || (joint
                        && ((limits.describing && releasedNow(splitFamilies[f]))
                            || (marker && findExposure(list, *marker))));
            }
        }
        std::vector<PieceCounter> counters;
        counters.reserve(familyCount);
        for (const View &view : views)
            counters.emplace_back(splitAtoms.size() * 2, view.count);
        for (std::size_t r = 0; r < rows; ++r) {
            const std::int32_t s = splitIndex[state.atomOf[r]];
            if (s < 0)
                continue;
            const std::size_t slot = std::size_t(s) * 2 + inCohort[r];
            const std::uint8_t *isRelevant = &relevant[std::size_t(s) * familyCount];
            for (std::size_t f = 0; f < familyCount; ++f) {
                if (!isRelevant[f])
                    continue;
                const View &view = views[f];
                const std::int32_t code = view.b
                    ? view.a->codes[r] * view.b->count + view.b->codes[r]
                    : view.a->codes[r];
                counters[f].add(slot, code);
            }
        }
        for (std::size_t f = 0; f < familyCount; ++f) {
            for (std::size_t s = 0; s < splitAtoms.size(); ++s) {
                if (!relevant[s * familyCount + f])
                    continue;
                const std::uint32_t atom = splitAtoms[s];
                const auto &exposedCodes
                    = findExposure(state.exposed[atom], splitFamilies[f])->codes;
                // The part outside the cohort holds the atom's ghosts, whose codes the table no
                // longer holds: each piece it is checked for may hold any of them, so it passes
                // only with minCell table records or more (DifferencingState::ghosts).
                const std::int64_t ghosts = state.ghostsOf(atom);
                if (state.mayHoldGhosts(atom)) {
                    const std::int64_t outTable = state.sizes[atom] - inCount[atom] - ghosts;
                    std::int64_t covered = 0;
                    for (std::int32_t code : exposedCodes)
                        covered += counters[f].get(s * 2, code);
                    const bool withheld = std::int64_t(exposedCodes.size()) < views[f].count;
                    const std::int32_t second
                        = views[f].b && !fitCellsHeldOneByOne(limits) ? views[f].b->count : 0;
                    if ((withheld && outTable - covered < minCell)
                        || (hold[s * familyCount + f]
                            && heldPieceUnsure(counters[f], s * 2, exposedCodes, second, minCell))
                        || (carriesSums(families[splitFamilies[f]], exposedCodes)
                            && counters[f].get(s * 2, 0) < minCell))
                        return limits.holdExposedCells
                            ? fitCellRefusal(minCell, families[splitFamilies[f]])
                            : cellRefusal(minCell, families[splitFamilies[f]]);
                }
                // (The ghosts' share of the rest was judged above: here the table's records.)
                if (!piecesPass(counters[f], s * 2 + 1, inCount[atom], exposedCodes, minCell)
                    || !piecesPass(counters[f], s * 2, state.sizes[atom] - inCount[atom] - ghosts,
                                   exposedCodes, minCell))
                    return limits.holdExposedCells
                        ? fitCellRefusal(minCell, families[splitFamilies[f]])
                        : cellRefusal(minCell, families[splitFamilies[f]]);
                // A fit ledger holds every joint cell (an interaction column's sums are over a
                // cell, not a margin): fitCellsHeldOneByOne.
                const std::int32_t second
                    = views[f].b && !fitCellsHeldOneByOne(limits) ? views[f].b->count : 0;
                if (hold[s * familyCount + f]
                    && (heldPieceSmall(counters[f], s * 2 + 1, exposedCodes, second, minCell)
                        || heldPieceSmall(counters[f], s * 2, exposedCodes, second, minCell)))
                    return limits.holdExposedCells
                        ? fitCellRefusal(minCell, families[splitFamilies[f]])
                        : cellRefusal(minCell, families[splitFamilies[f]]);
                if (carriesSums(families[splitFamilies[f]], exposedCodes)
                    && (isSmall(counters[f].get(s * 2 + 1, 0), minCell)
                        || isSmall(counters[f].get(s * 2, 0), minCell)))
                    return cellRefusal(minCell, families[splitFamilies[f]]);
            }
        }
    }

    // 3. The cells of this release: on a cohort of several atoms every atom's pieces (its
    // released and earlier exposed cells, and the rest) are 0 or >= minCell; on one atom, only
    // when the release adds cells to those exposed before (their remainder is new).
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::uint32_t family = cellFamily[i];
        // Cells every atom of the cohort exposed before add nothing: each count is a sum of
        // pieces that were checked (or released on their own atom) already.
        bool allExposed = true; // a split atom's parts were checked for its exposed cells
        bool anyExposed = false;
        for (std::uint32_t a : inAtoms) {
            const auto *e
                = family < state.families.size() ? findExposure(state.exposed[a], family) : nullptr;
            anyExposed |= e != nullptr;
            if (!e
                || !std::includes(e->codes.begin(), e->codes.end(), cells[i].released.begin(),
                                  cells[i].released.end()))
                allExposed = false;
        }
        std::vector<std::uint32_t> check;
        if (allExposed)
            continue;
        if (inAtoms.size() >= 2 || (inAtoms.size() == 1 && anyExposed))
            check = inAtoms;
        if (check.empty())
            continue;
        const FamilyCodes *codes = codesOf(family);
        if (!codes)
            return cellRefusal(minCell, families[family]);
        std::vector<std::int32_t> slotOf(atoms, -1);
        for (std::size_t k = 0; k < check.size(); ++k)
            slotOf[check[k]] = std::int32_t(k);
        PieceCounter counter(check.size(), codes->count);
        for (std::int64_t row : cohortRows) {
            const std::int32_t slot = slotOf[state.atomOf[std::size_t(row)]];
            if (slot >= 0)
                counter.add(std::size_t(slot), codes->codes[std::size_t(row)]);
        }
        // Each cell's piece held too (step 2's `hold`): in the fit ledger, and for a joint family
        // that a description releases now or released on one of these atoms before.
        bool holdCells = limits.holdExposedCells;
        std::int32_t second = 0; // a joint family's second part's codes
        if (isJointFamily(families[family]) && !fitCellsHeldOneByOne(limits)) {
            const auto parts = jointParts(families[family]);
            const FamilyCodes *b = parts ? simple(parts->second) : nullptr;
            second = b ? b->count : 0;
        }
        if (!holdCells && isLevelsTableFamily(families[family])) {
            holdCells = limits.describing;
            const auto it = std::find(state.families.begin(), state.families.end(),
                                      tableMarker(families[family]));
            for (std::size_t k = 0; !holdCells && it != state.families.end() && k < check.size();
                 ++k)
                holdCells = findExposure(state.exposed[check[k]],
                                         std::uint32_t(it - state.families.begin()))
                    != nullptr;
        }
        for (std::size_t k = 0; k < check.size(); ++k) {
            std::vector<std::int32_t> union_ = cells[i].released;
            if (family < state.families.size()) {
                if (const auto *e = findExposure(state.exposed[check[k]], family)) {
                    union_.clear();
                    std::set_union(e->codes.begin(), e->codes.end(), cells[i].released.begin(),
                                   cells[i].released.end(), std::back_inserter(union_));
                }
            }
            if (!piecesPass(counter, k, inCount[check[k]], union_, minCell))
                return limits.holdExposedCells ? fitCellRefusal(minCell, families[family])
                                               : cellRefusal(minCell, families[family]);
            if (holdCells && heldPieceSmall(counter, k, union_, second, minCell))
                return limits.holdExposedCells ? fitCellRefusal(minCell, families[family])
                                               : cellRefusal(minCell, families[family]);
            if (carriesSums(families[family], union_) && isSmall(counter.get(k, 0), minCell))
                return cellRefusal(minCell, families[family]);
        }
    }

    if (!commit)
        return passed(minCell);

    // 4. Commit: the cohort's part of each split atom becomes a new atom (inheriting the parent's
    // exposures), then every atom of the cohort carries this release's cells. A pending atom a
    // release touched (minCell records or more) is an atom like any other from now on.
    bool anything = !splitAtoms.empty() || families.size() != state.families.size();
    if (state.pending >= 0 && std::size_t(state.pending) < atoms
        && inCount[std::size_t(state.pending)] > 0) {
        state.pending = -1;
        anything = true;
    }
    state.families = std::move(families);
    std::vector<std::uint32_t> newId(atoms);
    for (std::uint32_t a = 0; a < atoms; ++a)
        newId[a] = a;
    for (std::size_t s = 0; s < splitAtoms.size(); ++s) {
        const std::uint32_t a = splitAtoms[s];
        newId[a] = std::uint32_t(state.sizes.size());
        state.sizes.push_back(inCount[a]);
        state.sizes[a] -= inCount[a];
        state.exposed.push_back(state.exposed[a]);
    }
    if (!splitAtoms.empty()) {
        for (std::int64_t row : cohortRows) {
            auto &atom = state.atomOf[std::size_t(row)];
            atom = newId[atom];
        }
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (std::uint32_t a : inAtoms)
            anything |= expose(state.exposed[newId[a]], cellFamily[i], cells[i].released);
    }
    for (const auto &[i, marker] : markers) {
        for (std::uint32_t a : inAtoms)
            anything |= expose(state.exposed[newId[a]], marker, { 0 });
    }
    if (changed)
        *changed = anything;
    return passed(minCell);
}

// ---- the event ledger --------------------------------------------------------------------------

namespace {

// The class of each record under a design's outcome: 1 when y is an event (a binomial outcome's
// 1, its second level when categorical, y > threshold) or nonzero (Poisson, Gaussian), else 0;
// -1 when missing. Round 1 of a binomial or Poisson fit (μ the same for every record) gives Σ x
// over each class of its cohort, and a Gaussian fit's Xᵀy is Σ x·y, Σ x over the events of a 0/1
// outcome (docs/privacy-rules.md, "Event sums, and a group's joint cells"). Empty when the outcome
// is not in the table. `bothClasses`: whether Σ x over the class 0 follows too (Σ x − Σ x·y): a
// binomial outcome or one whose values are all 0 or 1; for other values Σ x·y over a group weighs
// its nonzero records only, and its zeros' sums are not released.
// A binary variable (numbers 0 and 1 in the dataset's table) handed as the codes of the levels
// "0" and "1", as a design's columns hold it (api::designColumns, the warm path of a design):
// the ledger reads it as the numbers it stands for, so that its event ledger is one whichever
// form a request hands (issue 16: the cold and the warm requests of one design kept two).
bool binaryAsCodes(const LoadedDataset &data, const analysis::Column &column,
                   const std::string &variable)
{
    if (column.kind != analysis::ColumnKind::Categorical || column.levels.size() != 2
        || column.levels[0] != "0" || column.levels[1] != "1")
        return false;
    const VariableInfo *info = data.info.variable(QString::fromStdString(variable));
    return info && info->kind == VariableKind::Binary;
}

std::vector<std::int8_t> outcomeClasses(const LoadedDataset &data,
                                        const analysis::ResolvedDesign &design, bool *bothClasses)
{
    *bothClasses = design.spec.family == analysis::Family::Binomial;
    const analysis::ModelSpec &spec = design.spec;
    const analysis::Column *column = findColumn(data.table, spec.outcome.variable);
    if (!column)
        return {};
    const bool codes = binaryAsCodes(data, *column, spec.outcome.variable);
    const bool threshold
        = spec.family == analysis::Family::Binomial && spec.outcome.threshold.has_value();
    std::vector<std::int8_t> out(column->size(), -1);
    for (std::size_t r = 0; r < column->size(); ++r) {
        if (column->isMissing(r))
            continue;
        if (column->kind == analysis::ColumnKind::Categorical && !codes) {
            out[r] = std::int8_t(column->codes[r] == 0 ? 0 : 1);
            continue;
        }
        const double v = codes ? double(column->codes[r]) : column->numeric[r];
        out[r] = (threshold ? v > *spec.outcome.threshold : v != 0.0) ? 1 : 0;
    }
    if (!*bothClasses) {
        bool binary = column->kind == analysis::ColumnKind::Numeric || codes;
        for (std::size_t r = 0; binary && !codes && r < column->size(); ++r) {
            const double v = column->numeric[r];
            binary = std::isnan(v) || v == 0.0 || v == 1.0;
        }
        *bothClasses = binary;
    }
    return out;
}

// The store key's tail of the event ledger of a design's outcome: one per partition of the
// records into classes, so that a Gaussian and a binomial fit of one 0/1 outcome share it, and
// the same whether the outcome is handed as the dataset's numbers or as a design's codes.
std::string eventLedgerName(const LoadedDataset &data, const analysis::ResolvedDesign &design)
{
    const analysis::Outcome &o = design.spec.outcome;
    const analysis::Column *column = findColumn(data.table, o.variable);
    if (column && column->kind == analysis::ColumnKind::Categorical
        && !binaryAsCodes(data, *column, o.variable))
        return "events-levels:" + o.variable;
    if (o.threshold && design.spec.family == analysis::Family::Binomial)
        return "events-above:" + o.variable + ":" + formatNumber(*o.threshold);
    return "events-nonzero:" + o.variable;
}

analysis::RuleOutcome refineByEvents(DifferencingState &state,
                                     const std::vector<std::int64_t> &cohortRows,
                                     const std::vector<std::int8_t> &classOf, bool bothClasses,
                                     int minCell, bool *changed)
{
    if (changed)
        *changed = false;
    const std::size_t rows = state.atomOf.size();
    const std::size_t atoms = state.sizes.size();
    if (classOf.size() != rows)
        return cohortRefusal(minCell);
    // Family 0 marks the atoms some released fit of this outcome covered.
    if (state.families.empty())
        state.families.push_back("covered");
    auto covered = [&](std::uint32_t a) {
        return findExposure(state.exposed[a], 0) != nullptr;
    };
    bool anyCovered = false;
    for (std::uint32_t a = 0; a < atoms && !anyCovered; ++a)
        anyCovered = covered(a);
    std::vector<std::int64_t> inCount(atoms, 0);
    std::vector<std::uint8_t> inCohort(rows, 0);
    for (std::int64_t row : cohortRows) {
        if (row < 0 || std::size_t(row) >= rows)
            return cohortRefusal(minCell);
        inCohort[std::size_t(row)] = 1;
        ++inCount[state.atomOf[std::size_t(row)]];
    }
    // Per atom and side (0 out, 1 in): the records of each class (2 slots).
    std::vector<std::int64_t> counts(atoms * 4, 0);
    std::vector<std::uint8_t> checked(atoms, 0);
    for (std::uint32_t a = 0; a < atoms; ++a) {
        if (inCount[a] == 0)
            continue;
        if (std::int64_t(a) == state.pending && isSmall(state.sizes[a], minCell))
            return cohortRefusal(minCell); // held records (DifferencingState::pending)
        // An atom that may hold ghosts has an outside even when the cohort holds all its
        // table records (DifferencingState::unsure).
        if (covered(a))
            checked[a] = inCount[a] < state.sizes[a] || state.mayHoldGhosts(a) ? 2 : 0;
        else
            checked[a] = anyCovered ? 1 : 0; // new records: their side only
    }
    for (std::size_t r = 0; r < rows; ++r) {
        const std::uint32_t a = state.atomOf[r];
        if (!checked[a] || classOf[r] < 0)
            continue;
        ++counts[std::size_t(a) * 4 + std::size_t(inCohort[r]) * 2 + std::size_t(classOf[r])];
    }
    for (std::uint32_t a = 0; a < atoms; ++a) {
        if (!checked[a])
            continue;
        for (std::size_t side = checked[a] == 2 ? 0 : 1; side < 2; ++side) {
            for (std::size_t c = bothClasses ? 0 : 1; c < 2; ++c) {
                // The side outside the cohort holds the atom's ghosts, of unknown classes
                // (DifferencingState::ghosts): each class needs minCell table records there.
                const std::int64_t n = counts[std::size_t(a) * 4 + side * 2 + c];
                if (isSmall(n, minCell) || (side == 0 && state.mayHoldGhosts(a) && n < minCell))
                    return refusal(
                        kRule, minCell,
                        Tr::tr("Together with an earlier fit of this outcome on this dataset "
                               "(by any user, for any purpose), this fit's first round would "
                               "give the sums of a group of fewer than %1 records with (or "
                               "without) the outcome. Fit the same cohort as the earlier "
                               "fits (the same filters and complete cases), or a cohort that "
                               "differs from it by at least %1 records with and %1 without "
                               "the outcome.")
                            .arg(minCell)
                            .toStdString(),
                        "outcome classes of the cohort and earlier fits");
            }
        }
    }
    // Commit: the cohort's part of each split atom becomes an atom; every atom of it is covered.
    bool anything = false;
    if (state.pending >= 0 && std::size_t(state.pending) < atoms
        && inCount[std::size_t(state.pending)] > 0) {
        state.pending = -1; // touched: an atom like any other (DifferencingState::pending)
        anything = true;
    }
    std::vector<std::uint32_t> newId(atoms);
    for (std::uint32_t a = 0; a < atoms; ++a) {
        newId[a] = a;
        if (inCount[a] == 0 || inCount[a] == state.sizes[a])
            continue;
        newId[a] = std::uint32_t(state.sizes.size());
        state.sizes.push_back(inCount[a]);
        state.sizes[a] -= inCount[a];
        state.exposed.push_back(state.exposed[a]);
        anything = true;
    }
    for (std::int64_t row : cohortRows) {
        auto &atom = state.atomOf[std::size_t(row)];
        atom = newId[atom];
    }
    for (std::uint32_t a = 0; a < atoms; ++a) {
        if (inCount[a] > 0)
            anything |= expose(state.exposed[newId[a]], 0, { 0 });
    }
    if (changed)
        *changed = anything;
    return passed(minCell);
}

// The store key of a dataset's fit ledger of one category family (not a dataset name: names
// hold no control characters). One partition per family, refined only by the releases of its
// sums, as the event ledger is per outcome: a fit without the family does not split its atoms.
QString fitLedgerKey(const QString &dataset, const std::string &family)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("fits:")
        + QString::fromStdString(family);
}

// How a fit holds the pieces of its categories in a fit ledger (redfit; docs/privacy-rules.md,
// "Event sums, and a group's joint cells", Rule 3): every piece of a category (a level of a
// categorical or binary predictor, a joint cell of an interaction of two) that the fit's cohort
// and the earlier fits' cohorts split off from each other is 0 or at least fitPieceMin records:
// at a split of an atom, both parts; in a fit over several atoms (new records among them), each
// atom's piece. So no difference of fits' XᵀX is a category's sums over one or a few records
// (the group's only girl: 1). The floor is half of min_cell (5 by default), not min_cell: the
// honest sequence of tst_referencesovernodes (sim_ridge_logit, then sim_ridge_gaussian, whose
// complete cases differ by the ~33 records of a site without a bmi) releases a region's sums over
// 5 or 6 of those records, which min_cell refused. Never below 2. A site that wants no sum over
// fewer than min_cell records between fits raises it with the policy key min_fit_piece (at most
// min_cell: tst_attacks_redteam fitPiecesOfFiveToNineRecords).
DifferencingLimits fitPieceLimits(const DifferencingLimits &limits)
{
    DifferencingLimits hold = limits;
    hold.holdExposedCells = true;
    hold.holdJointCellsOneByOne = true;
    hold.minCell = std::max(2, (limits.minCell + 1) / 2);
    if (limits.minFitPiece > hold.minCell)
        hold.minCell = std::min(limits.minFitPiece, std::max(2, limits.minCell));
    return hold;
}

// One fit ledger's part of a release: its entry (locked after the dataset's ledger, whose lock
// every caller holds, in key order), the cell, and its state once refined.
template<typename Entry> struct FitPart {
    QString key;
    Entry *entry = nullptr;
    const CellRelease *cell = nullptr;
    std::unique_lock<std::mutex> lock;
    std::optional<DifferencingState> next;
    bool changed = false;
};

// Writes the fit ledgers' parts a release changed; a state the store refused is dropped from the
// cache (the store holds the truth: it is reread next time).
// `charge` (when set): the user's charge of the release (DifferencingLimits::atomsPerUser), written
// in the transaction of the first ledger written and then cleared.
template<typename Entry>
NodeResult<void> writeFitParts(SiteStore &store, std::vector<FitPart<Entry>> &fitParts,
                               qint64 generation, unsigned atomBytes,
                               std::optional<SiteStore::LedgerCharge> *charge = nullptr)
{
    for (FitPart<Entry> &f : fitParts) {
        if (!f.changed)
            continue;
        const QByteArray encoded = f.next->encode();
        f.entry->state = KeptState(std::move(*f.next), atomBytes);
        ++f.entry->version;
        auto written = charge && *charge
            ? store.setDifferencingStateCharged(f.key, generation, encoded, **charge)
            : store.setDifferencingState(f.key, generation, encoded);
        if (written && charge)
            charge->reset();
        if (!written) {
            f.entry->state.reset();
            return written;
        }
    }
    return {};
}

// The atoms the changed parts would add to their ledgers (each ledger with an atom budget).
template<typename Entry> std::size_t addedAtoms(const std::vector<FitPart<Entry>> &fitParts)
{
    std::size_t added = 0;
    for (const FitPart<Entry> &f : fitParts) {
        if (f.changed && f.next && f.entry->state && f.next->sizes.size() > f.entry->state->atoms())
            added += f.next->sizes.size() - f.entry->state->atoms();
    }
    return added;
}

// ---- the trend ledgers (docs/privacy-rules.md "Trends over two cohorts") ----------------------

// The store key of a dataset's trend ledger of one trend family (a period's frame × a variable):
// one partition per family, refined only by the cohorts of that family's trends, so that fits and
// other descriptions (complete cases, filters) do not fragment it.
QString trendLedgerKey(const QString &dataset, const std::string &family)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("trends:")
        + QString::fromStdString(family);
}

// The store key of a trend family's histogram ledger: the cohorts of the period's histograms over
// a level filter of the variable, with their bins as the family's cells (only trends are checked
// against it).
QString trendHistogramKey(const QString &dataset, const std::string &family)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("trendhist:")
        + QString::fromStdString(family);
}

// The store key of a family's ledger of released period histograms over a level filter: refined
// only by descriptions that released such a histogram's bins (CellRelease::periodHistogram), each
// held against it by whole periods (docs/privacy-rules.md, "The red team of the tenth session").
QString trendBinsKey(const QString &dataset, const std::string &family)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("trendbins:")
        + QString::fromStdString(family);
}

// The trend ledger's refusal: two trends of one family over cohorts that differ by a group give
// that group's own trend, and a year or a level of it would hold 1..minCell-1 records.
analysis::RuleOutcome trendCellRefusal(int minCell, const std::string &family)
{
    return refusal(kRule, minCell,
                   Tr::tr("Together with an earlier trend of the same variable by the same period "
                          "on this dataset (by any user, for any purpose) over another cohort, "
                          "this trend would give the trend of the records one cohort holds and "
                          "the other does not, and a year or a level of it holds fewer than %1 "
                          "records. (Level counts over a range of the period, and a histogram "
                          "of the period over some of the variable's levels, are parts of that "
                          "trend.) Ask for the trend over the cohort of the earlier one (the "
                          "same filters and complete cases), or over a cohort that differs from "
                          "it by at least %1 records in every year and level.")
                       .arg(minCell)
                       .toStdString(),
                   "trend cells of " + familyName(family) + " over two cohorts");
}

// A period's cells over a level filter (trendRowsByHistogram: period × the filter's levels) widened
// to every level of the variable, its missing cell included: held against the histogram ledger by
// these, each period's piece is the group's records of that period whatever their level, so a
// refusal does not depend on a record's level (with the filter's levels alone, the group's 2016 ×
// level 1 piece is 1 or 0 by the target's level, and the refusal would tell it).
CellRelease wholePeriodRows(const analysis::DataTable &table, const CellRelease &cell)
{
    CellRelease whole = cell;
    const auto parts = jointParts(cell.family);
    const std::int32_t levels = parts ? familyCodeCount(table, parts->second) : 0;
    if (levels <= 0)
        return whole;
    whole.released.clear();
    for (const std::int32_t code : cell.released) {
        const std::int32_t period = code / levels;
        for (std::int32_t level = 0; level < levels; ++level)
            whole.released.push_back(period * levels + level);
    }
    std::sort(whole.released.begin(), whole.released.end());
    whole.released.erase(std::unique(whole.released.begin(), whole.released.end()),
                         whole.released.end());
    return whole;
}

// A period-like variable described over a level filter against an earlier such description over
// another cohort (docs/privacy-rules.md, "The red team of the tenth session").
analysis::RuleOutcome periodLevelCellRefusal(int minCell, const std::string &family)
{
    return refusal(kRule, minCell,
                   Tr::tr("Together with an earlier description of this whole-number variable "
                          "over the same levels of a variable on this dataset (by any user, for "
                          "any purpose) over another cohort, this description would give the "
                          "counts of the records one cohort holds and the other does not by "
                          "value and level, and a value or a level of them holds fewer than %1 "
                          "records. Describe it over the cohort of the earlier one (the same "
                          "filters and complete cases), or leave the level filter out.")
                       .arg(minCell)
                       .toStdString(),
                   "cells of " + familyName(family) + " over two cohorts");
}

// The cells of a design that the fit ledger holds (DifferencingLedger::recordDesign): among the
// design's cells (designCells), each categorical or binary predictor's levels and the joint cells
// of each interaction of two of them — the categories over which XᵀX gives every other column's
// sum — never the outcome's (the event ledger's) and never a pair that is no column of the
// design (its joint count is a group's attribute, like a category's count).
std::vector<CellRelease> fitLedgerCells(const analysis::ResolvedDesign &design,
                                        const std::vector<CellRelease> &cells)
{
    std::vector<std::string> predictors, pairs;
    for (const analysis::Predictor &p : design.spec.predictors)
        predictors.push_back(variableFamily(p.variable));
    for (const analysis::Interaction &i : design.spec.interactions) {
        predictors.push_back(variableFamily(i.a));
        predictors.push_back(variableFamily(i.b));
        pairs.push_back(jointFamily(variableFamily(i.a), variableFamily(i.b)));
    }
    const std::string outcome = variableFamily(design.spec.outcome.variable);
    std::vector<CellRelease> out;
    for (const CellRelease &cell : cells) {
        const bool predictor = cell.family != outcome
            && std::find(predictors.begin(), predictors.end(), cell.family) != predictors.end();
        const bool pair = std::find(pairs.begin(), pairs.end(), cell.family) != pairs.end();
        if (predictor || pair)
            out.push_back(cell);
    }
    return out;
}

} // namespace

// ---- the ledger ------------------------------------------------------------------------------

DifferencingLedger::DifferencingLedger(std::shared_ptr<SiteStore> store, DifferencingLimits limits)
    : m_store(std::move(store))
    , m_limits(limits)
{
}

DifferencingLedger::Entry &DifferencingLedger::entry(const QString &dataset)
{
    std::lock_guard lock(m_mapMutex);
    auto &slot = m_entries[dataset];
    if (!slot)
        slot = std::make_unique<Entry>();
    return *slot;
}

NodeResult<analysis::RuleOutcome>
DifferencingLedger::checkAndRecord(const LoadedDataset &data, const std::vector<std::uint8_t> &mask,
                                   const std::vector<CellRelease> &cells, const QString &user)
{
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        if (mask[i])
            rows.push_back(std::int64_t(i));
    }
    return checkAndRecord(data, rows, cells, user);
}

NodeResult<analysis::RuleOutcome>
DifferencingLedger::checkAndRecord(const LoadedDataset &data,
                                   const std::vector<std::int64_t> &cohortRows,
                                   const std::vector<CellRelease> &cells, const QString &user)
{
    return checkAndRecordParts(data, { Part { &cohortRows, &cells } }, true, user);
}

NodeResult<bool> DifferencingLedger::periodHistogramPasses(const LoadedDataset &data,
                                                           const std::vector<std::int64_t> &rows,
                                                           const CellRelease &cell)
{
    const QString key = trendBinsKey(data.info.name, cell.family);
    Entry &e = entry(key);
    std::lock_guard lock(e.mutex);
    if (auto loaded = load(e, key, data); !loaded)
        return loaded.error();
    DifferencingState earlier = e.state->expanded();
    DifferencingLimits hold = m_limits;
    hold.holdExposedCells = true;
    return refineByRelease(earlier, data.table, rows, { wholePeriodRows(data.table, cell) }, hold,
                           false)
        .passed;
}

NodeResult<bool> DifferencingLedger::latticeHistogramHold(const LoadedDataset &data,
                                                          const std::vector<LatticeRows> &cells,
                                                          const QString &user)
{
    // The user's share is decided under the dataset's ledger lock, taken first as every release
    // takes it (before any other ledger's), so that two holds of one user cannot both pass.
    const bool shared = !user.isEmpty() && m_limits.atomsPerUser > 0;
    Entry &main = entry(data.info.name);
    std::unique_lock mainLock(main.mutex, std::defer_lock);
    if (shared)
        mainLock.lock();
    // Each family's ledger locked once, in key order (no other lock is held or taken here but
    // the dataset's, above: the lattice families are read by this hold only).
    std::map<QString, std::vector<const LatticeRows *>> byKey;
    for (const LatticeRows &l : cells)
        byKey[trendBinsKey(data.info.name, l.cell->family)].push_back(&l);
    std::vector<FitPart<Entry>> held;
    held.reserve(byKey.size());
    for (const auto &[key, uses] : byKey) {
        Entry &t = entry(key);
        held.push_back(FitPart<Entry> { key, &t, nullptr, std::unique_lock(t.mutex), {}, false });
        if (auto loaded = load(t, key, data); !loaded)
            return loaded.error();
        held.back().next = t.state->expanded();
        // A family's first histogram: the records a re-import added and holds out of every cohort
        // (heldRows) are the pending atom the carry would have given them, as in the dataset's
        // ledger, so that the first cohort does not split them off as a part of 1 to min_cell - 1
        // (tst_attacks_reimport5 heldRecordInTheStep, a withdrawn consent's new version in
        // tst_attacks_reimport4).
        DifferencingState &next = *held.back().next;
        const std::size_t rows = next.atomOf.size();
        if (next.sizes.size() == 1 && next.families.empty() && next.pending < 0
            && next.ghosts.empty() && next.unsure.empty()) {
            const auto pending = heldRecords(data.info.name, data.info.generation, rows);
            const std::int64_t count
                = pending ? std::int64_t(std::count(pending->begin(), pending->end(), 1)) : 0;
            if (count > 0 && count < std::int64_t(rows)) {
                for (std::size_t r = 0; r < rows; ++r)
                    next.atomOf[r] = (*pending)[r] ? 1 : 0;
                next.sizes = { std::int64_t(rows) - count, count };
                next.exposed.assign(2, {});
                next.pending = 1;
            }
        }
    }
    DifferencingLimits hold = m_limits;
    hold.holdExposedCells = true;
    DifferencingLimits record = m_limits;
    record.minCell = 1; // checked above with min_cell: recording refuses nothing but the budget
    std::size_t slot = 0;
    for (const auto &[key, uses] : byKey) {
        FitPart<Entry> &part = held[slot++];
        for (const LatticeRows *l : uses) {
            const CellRelease whole = wholePeriodRows(data.table, *l->cell);
            DifferencingState against = *part.next;
            if (!refineByRelease(against, data.table, *l->rows, { whole }, hold, false).passed)
                return false;
            bool changed = false;
            if (!refineByRelease(*part.next, data.table, *l->rows, { whole }, record, true,
                                 &changed)
                     .passed)
                return false; // the budget: withheld, nothing recorded
            part.changed = part.changed || changed;
        }
    }
    // The user's share: withheld (never refused) beyond it, as beyond the ledger's budget.
    std::optional<SiteStore::LedgerCharge> charge;
    auto share = userShare(data, user, addedAtoms(held), &charge);
    if (!share)
        return share.error();
    if (*share)
        return false;
    if (auto written
        = writeFitParts(*m_store, held, data.info.generation, m_limits.atomBytes, &charge);
        !written)
        return written.error();
    return true;
}

NodeResult<analysis::RuleOutcome>
DifferencingLedger::checkCohort(const LoadedDataset &data, const std::vector<std::uint8_t> &mask)
{
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        if (mask[i])
            rows.push_back(std::int64_t(i));
    }
    static const std::vector<CellRelease> noCells;
    return checkAndRecordParts(data, { Part { &rows, &noCells } }, /*record=*/false);
}

NodeResult<analysis::RuleOutcome> DifferencingLedger::checkAndRecordDescription(
    const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
    const std::vector<CellRelease> &cells, const std::vector<HistogramCodes> &histograms,
    const std::vector<TrendRows> &trendRows, const QString &user)
{
    std::vector<Part> parts { Part { &cohortRows, &cells, &histograms } };
    for (const TrendRows &t : trendRows)
        parts.push_back(Part { &t.rows, &t.cells, nullptr, true });
    return checkAndRecordParts(data, parts, true, user);
}

NodeResult<analysis::RuleOutcome>
DifferencingLedger::checkAndRecordDesign(const LoadedDataset &data,
                                         const std::vector<std::int64_t> &cohortRows,
                                         const analysis::ResolvedDesign &design,
                                         const std::vector<CellRelease> &cells, const QString &user)
{
    return recordDesign(data, cohortRows, design, cells, nullptr, true, user);
}

NodeResult<analysis::RuleOutcome> DifferencingLedger::checkDesign(
    const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
    const analysis::ResolvedDesign &design, const std::vector<CellRelease> &cells)
{
    return recordDesign(data, cohortRows, design, cells, nullptr, /*record=*/false);
}

NodeResult<analysis::RuleOutcome> DifferencingLedger::checkAndRecordEvaluation(
    const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
    const analysis::ResolvedDesign &design, const std::vector<CellRelease> &cells,
    std::vector<RiskBins> &bins, const QString &user)
{
    return recordDesign(data, cohortRows, design, cells, &bins, true, user);
}

namespace {

// SHA-256 over length-prefixed pieces: the memos' digests (EdgeMemo, DesignMemo). finish() is
// empty when hashing failed (then nothing is memoised).
class PieceDigest {
public:
    PieceDigest()
        : m_ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free)
    {
        m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
    }
    void add(const void *bytes, std::size_t size)
    {
        const auto length = std::uint64_t(size);
        m_ok = m_ok && EVP_DigestUpdate(m_ctx.get(), &length, sizeof length) == 1
            && (size == 0 || EVP_DigestUpdate(m_ctx.get(), bytes, size) == 1);
    }
    template<typename T> void addValue(const T &value) { add(&value, sizeof value); }
    template<typename V> void addVector(const V &v) { add(v.data(), v.size() * sizeof(v[0])); }
    void addString(const std::string &text) { add(text.data(), text.size()); }
    QByteArray finish()
    {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_ctx.get(), out, &size) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char *>(out), int(size));
    }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_ctx;
    bool m_ok = false;
};

// A set of table rows into a digest, one-to-one: as a bitmap of the table's rows when they are
// strictly increasing within the table (the same set, one bit a record: 12.5 kB at 100,000
// records where the rows are 800 kB), else the rows themselves; a byte says which, and the
// bitmap's form carries the count.
void addRowSet(PieceDigest &d, const std::vector<std::int64_t> &rows, std::size_t tableRows)
{
    bool increasing = true;
    for (std::size_t i = 0; increasing && i < rows.size(); ++i) {
        increasing = rows[i] >= 0 && std::uint64_t(rows[i]) < tableRows
            && (i == 0 || rows[i] > rows[i - 1]);
    }
    d.addValue(std::uint8_t(increasing));
    if (increasing) {
        std::vector<std::uint64_t> bits((tableRows + 63) / 64, 0);
        for (std::int64_t row : rows)
            bits[std::size_t(row) / 64] |= std::uint64_t(1) << (std::size_t(row) % 64);
        d.addValue(std::uint64_t(rows.size()));
        d.addVector(bits);
    } else {
        d.addVector(rows);
    }
}

// Grid bins into a digest, one-to-one: two bytes a record when every bin is in 0..65535 (the
// risk grid has ~1,000), else four; a byte says which.
void addBins(PieceDigest &d, const std::vector<std::int32_t> &bins)
{
    const bool narrow = std::all_of(bins.begin(), bins.end(),
                                    [](std::int32_t b) { return b >= 0 && b <= 0xffff; });
    d.addValue(std::uint8_t(narrow));
    if (narrow) {
        std::vector<std::uint16_t> small(bins.begin(), bins.end());
        d.addVector(small);
    } else {
        d.addVector(bins);
    }
}

// The exact inputs of an evaluation's edge choice (DifferencingLedger::EdgeMemo). The cohort
// and the bins in their compact forms (addRowSet, addBins: issue 16, docs/performance.md
// "concurrent3" — hashing 12 bytes a record was ~5 % of a node's CPU in ten concurrent fits).
QByteArray edgeChoiceDigest(const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
                            const std::vector<CellRelease> &cells,
                            const std::vector<std::string> &lattice,
                            const std::vector<RiskBins> &riskBins, int minCell)
{
    PieceDigest d;
    d.addValue(qint64(data.info.generation));
    d.addValue(std::uint64_t(data.table.rows()));
    d.addValue(minCell);
    addRowSet(d, cohortRows, data.table.rows());
    d.addValue(std::uint64_t(cells.size()));
    for (const CellRelease &c : cells) {
        d.addString(c.family);
        d.addVector(c.released);
    }
    d.addValue(std::uint64_t(lattice.size()));
    for (const std::string &v : lattice)
        d.addString(v);
    d.addValue(std::uint64_t(riskBins.size()));
    for (const RiskBins &rb : riskBins) {
        // The evaluated records are the cohort's in every evaluation today: one byte says so.
        const std::uint8_t cohort = rb.rows == cohortRows ? 1 : 0;
        d.addValue(cohort);
        if (!cohort)
            addRowSet(d, rb.rows, data.table.rows());
        addBins(d, rb.bin);
        d.addVector(rb.edges);
    }
    return d.finish();
}

// The exact inputs of a design's check (DifferencingLedger::DesignMemo): the import
// (generation, rows, the columns handed in by name and kind), the limits, the design (its
// canonical hash: breakpoints, outcome, predictors, interactions), the cohort and its cells.
QByteArray designCheckDigest(const LoadedDataset &data, const DifferencingLimits &limits,
                             const analysis::ResolvedDesign &design,
                             const std::vector<std::int64_t> &cohortRows,
                             const std::vector<CellRelease> &cells)
{
    PieceDigest d;
    d.addString(data.info.name.toStdString());
    d.addValue(qint64(data.info.generation));
    d.addValue(std::uint64_t(data.table.rows()));
    d.addValue(std::uint64_t(data.table.columns().size()));
    for (const analysis::Column &column : data.table.columns()) {
        d.addString(column.name);
        d.addValue(int(column.kind));
        d.addValue(std::uint64_t(column.levels.size()));
        for (const std::string &level : column.levels)
            d.addString(level);
    }
    d.addValue(std::uint8_t(data.lattice != nullptr));
    d.addValue(limits.minCell);
    d.addValue(std::uint64_t(limits.maxAtoms));
    d.addValue(std::uint64_t(limits.maxFamilies));
    d.addValue(std::uint8_t(limits.holdExposedCells));
    d.addValue(std::uint8_t(limits.holdJointCellsOneByOne));
    d.addValue(std::uint8_t(limits.describing));
    d.addString(protocol::designHash(design).toStdString());
    // The cohort: as a bitmap of the table's rows when its rows are strictly increasing within
    // the table (31 kB at 250,000 records where the rows are 2 MB), else the rows themselves.
    addRowSet(d, cohortRows, data.table.rows());
    d.addValue(std::uint64_t(cells.size()));
    for (const CellRelease &c : cells) {
        d.addString(c.family);
        d.addVector(c.released);
        d.addValue(std::uint8_t(c.crossedByFilter));
        d.addValue(std::uint8_t(c.sumsByFilter));
    }
    return d.finish();
}

// An evaluation's bins kept off the breakpoint ledger's parts (review of rule 1, branch `red7`):
// a fit releases the records beyond each of its breakpoints apart from the others — a binomial
// outcome I(x > c) gives their count and, at round 1, their events per predictor category — so
// "x > c" is a released partition of the records although no description made it, also of a
// variable the evaluated model does not name. The same rule as against the dataset's atoms
// (keptCandidateEdges), on that partition; it only merges bins, never refuses.
void dropEdgesNearBreakpoints(RiskBins &rb, const DifferencingState &breaks, std::size_t tableRows,
                              int minCell)
{
    const std::vector<int> candidates = rb.edges;
    if (candidates.size() < 3 || rb.rows.size() != rb.bin.size() || breaks.sizes.size() < 2)
        return;
    const std::size_t m = candidates.size() - 1;
    std::vector<std::uint32_t> cand(rb.rows.size());
    for (std::size_t i = 0; i < rb.rows.size(); ++i) {
        const auto at = std::upper_bound(candidates.begin(), candidates.end(), rb.bin[i]);
        const std::ptrdiff_t c = (at - candidates.begin()) - 1;
        cand[i] = std::uint32_t(std::clamp<std::ptrdiff_t>(c, 0, std::ptrdiff_t(m) - 1));
    }
    const std::vector<std::size_t> kept
        = keptCandidateEdges(rb.rows, cand, m, breaks, {}, tableRows, minCell);
    rb.edges.clear();
    for (std::size_t k : kept)
        rb.edges.push_back(candidates[k]);
}

} // namespace

NodeResult<analysis::RuleOutcome> DifferencingLedger::recordDesign(
    const LoadedDataset &data, const std::vector<std::int64_t> &cohortRows,
    const analysis::ResolvedDesign &design, const std::vector<CellRelease> &cells,
    std::vector<RiskBins> *riskBins, bool record, const QString &user)
{
    // The records beyond each breakpoint (a list, so that the parts' pointers stay valid).
    std::list<std::vector<std::int64_t>> beyondRows;
    std::optional<std::size_t> thresholdRows; // which of them a binomial threshold's events are
    static const std::vector<CellRelease> noCells;
    std::vector<Part> beyondParts;
    for (const auto &[variable, at] : designBreakpoints(design)) {
        const analysis::Column *column = findColumn(data.table, variable);
        if (!column || column->kind != analysis::ColumnKind::Numeric)
            continue;
        std::vector<std::int64_t> beyond;
        for (std::int64_t row : cohortRows) {
            const double v = column->numeric[std::size_t(row)];
            if (!std::isnan(v) && v > at)
                beyond.push_back(row);
        }
        // Nothing or everything beyond: the breakpoint changes no record's value differently.
        if (!beyond.empty() && beyond.size() < cohortRows.size()) {
            if (design.spec.family == analysis::Family::Binomial && design.spec.outcome.threshold
                && variable == design.spec.outcome.variable && at == *design.spec.outcome.threshold)
                thresholdRows = beyondRows.size();
            beyondRows.push_back(std::move(beyond));
            beyondParts.push_back(Part { &beyondRows.back(), &noCells });
        }
    }
    const std::vector<Part> cohort { Part { &cohortRows, &cells } };
    // A fit gives Σ x over each outcome class of its cohort (outcomeClasses): the outcome's
    // event ledger (docs/privacy-rules.md, "Event sums, and a group's joint cells").
    bool bothClasses = true;
    const std::vector<std::int8_t> classes
        = riskBins ? std::vector<std::int8_t> {} : outcomeClasses(data, design, &bothClasses);
    // A fit's sums over each category of its categorical predictors: the dataset's fit ledger
    // (docs/privacy-rules.md, "A predictor category's sums"), refined by the fits that have one.
    const std::vector<CellRelease> fitCells
        = riskBins ? std::vector<CellRelease> {} : fitLedgerCells(design, cells);
    if (beyondParts.empty() && !riskBins && classes.empty() && fitCells.empty())
        return checkAndRecordParts(data, cohort, record, user);
    // The cohort in the dataset's ledger, the records beyond each breakpoint in the dataset's
    // breakpoint ledger, the kept risk-bin prefixes in its bin ledger: all checked before any is
    // recorded. One scoped_lock over the three, so that two releases cannot deadlock.
    const QString name = data.info.name;
    Entry &main = entry(name);
    Entry &breaks = entry(breakpointKey(name));
    Entry &bins = entry(binKey(name));
    const QString eventsKey
        = name + QStringLiteral("\x1f") + QString::fromStdString(eventLedgerName(data, design));
    Entry &events = entry(eventsKey);
    std::scoped_lock lock(main.mutex, breaks.mutex, bins.mutex, events.mutex);
    std::map<QString, const CellRelease *> fitKeys;
    for (const CellRelease &cell : fitCells)
        fitKeys.emplace(fitLedgerKey(name, cell.family), &cell);
    std::vector<FitPart<Entry>> fitParts;
    for (const auto &[key, cell] : fitKeys) {
        Entry &f = entry(key);
        fitParts.push_back(FitPart<Entry> { key, &f, cell, std::unique_lock(f.mutex), {}, false });
    }
    if (auto loaded = load(main, name, data); !loaded)
        return loaded.error();
    if (auto loaded = loadReleased(bins, data); !loaded)
        return loaded.error();
    // The design memo (DesignMemo): a design's check, not an evaluation's, when every ledger it
    // reads is loaded for this import (nothing to read from the store) and at the version an
    // identical check that passed and recorded nothing left it.
    const std::size_t tableRows = data.table.rows();
    auto loadedHere = [&](const Entry &e) {
        return e.state && e.state->generation() == data.info.generation
            && e.state->rows() == tableRows;
    };
    auto versionsNow = [&] {
        std::vector<std::uint64_t> v { main.version, bins.version };
        v.push_back(classes.empty() ? 0 : events.version);
        v.push_back(beyondParts.empty() ? 0 : breaks.version);
        for (const FitPart<Entry> &f : fitParts)
            v.push_back(f.entry->version);
        return v;
    };
    QByteArray designDigest;
    if (!riskBins && m_limits.shareDesignChecks) {
        bool allLoaded = loadedHere(main) && (classes.empty() || loadedHere(events))
            && (beyondParts.empty() || loadedHere(breaks));
        for (const FitPart<Entry> &f : fitParts)
            allLoaded = allLoaded && loadedHere(*f.entry);
        designDigest = designCheckDigest(data, m_limits, design, cohortRows, cells);
        if (allLoaded && !designDigest.isEmpty()) {
            const std::vector<std::uint64_t> now = versionsNow();
            for (const DesignMemo &memo : main.designMemos) {
                if (memo.digest == designDigest && memo.versions == now) {
                    ++m_designMemoHits;
                    return memo.outcome;
                }
            }
        }
    }
    // A cohort 1..minCell-1 records from a run of an earlier evaluation's released bins.
    if (auto detail = binRunRefusalOver(bins.released->evaluations, cohortRows, data.table.rows(),
                                        m_limits.minCell)) {
        analysis::RuleOutcome refused = cohortRefusal(m_limits.minCell);
        refused.detail = *detail;
        return refused;
    }
    // The events of a binomial threshold I(x > c) are the records beyond c, released by count
    // (Σy, and at round 1 per predictor category): a cohort against released runs too (review of
    // rule 1, riskBinsThenThresholdFitsOfACorrelate).
    if (thresholdRows) {
        const std::vector<std::int64_t> &events
            = *std::next(beyondRows.begin(), std::ptrdiff_t(*thresholdRows));
        if (binRunRefusalOver(bins.released->evaluations, events, data.table.rows(),
                              m_limits.minCell)) {
            analysis::RuleOutcome refused = cohortRefusal(m_limits.minCell);
            refused.detail = "outcome threshold and released risk bins";
            return refused;
        }
    }
    DifferencingState nextMain = main.state->expanded();
    bool mainChanged = false, breaksChanged = false, releasedChanged = false;
    analysis::RuleOutcome outcome = refineParts(nextMain, data, cohort, &mainChanged);
    if (!outcome.passed)
        return outcome;
    std::optional<DifferencingState> nextEvents;
    bool eventsChanged = false;
    if (!classes.empty()) {
        if (auto loaded = load(events, eventsKey, data); !loaded)
            return loaded.error();
        nextEvents = events.state->expanded();
        outcome = refineByEvents(*nextEvents, cohortRows, classes, bothClasses, m_limits.minCell,
                                 &eventsChanged);
        if (!outcome.passed)
            return outcome;
    }
    // Fits hold their pieces among themselves, at fitPieceLimits' floor (docs/privacy-rules.md,
    // Rule 3); a level-filtered description that splits the ledger is held at min_cell
    // (checkAndRecordParts).
    const DifferencingLimits hold = fitPieceLimits(m_limits);
    for (FitPart<Entry> &f : fitParts) {
        if (auto loaded = load(*f.entry, f.key, data); !loaded)
            return loaded.error();
        f.next = f.entry->state->expanded();
        outcome
            = refineByRelease(*f.next, data.table, cohortRows, { *f.cell }, hold, true, &f.changed);
        if (!outcome.passed)
            return outcome;
    }
    std::optional<DifferencingState> nextBreaks;
    // Read for a design that breaks a variable, and for every evaluation: its bins are kept off
    // the parts of every design released before, whatever its own design breaks
    // (dropEdgesNearBreakpoints). Not read for the other designs (issue 16: the ledger was
    // read and held for nothing; a ledger no design broke is one atom, kept in no bytes).
    if (!beyondParts.empty() || riskBins) {
        if (auto loaded = load(breaks, breakpointKey(name), data); !loaded)
            return loaded.error();
    }
    if (!beyondParts.empty()) {
        nextBreaks = breaks.state->expanded();
        outcome = refineParts(*nextBreaks, data, beyondParts, &breaksChanged);
        if (!outcome.passed)
            return outcome;
    }
    std::vector<ReleasedBins> addedReleased;
    if (riskBins) {
        // Away from the lattice cells of the design's numeric variables first, and of every
        // variable a description released a histogram of (a correlate outside the design orders
        // the records as the risk does; ReleasedBinsList::histogramVariables): the histograms
        // themselves are not remembered (histogramruns.h).
        std::vector<std::string> lattice = numericDesignVariables(data, design);
        std::vector<std::string> outside; // remembered, not among the columns handed in
        std::vector<std::string> families; // remembered cell families (levels, table cells)
        for (const std::string &variable : bins.released->histogramVariables) {
            if (isPartitionFamily(variable)) {
                families.push_back(variable);
                continue;
            }
            if (std::find(lattice.begin(), lattice.end(), variable) != lattice.end())
                continue;
            const analysis::Column *column = data.table.column(variable);
            if (column && column->kind == analysis::ColumnKind::Numeric)
                lattice.push_back(variable);
            else if (!column)
                outside.push_back(variable);
        }
        // The same evaluation as the last one that recorded nothing, on the same ledgers: its
        // edges (EdgeMemo). The cohort's refinement above is part of the key (the digest holds
        // the cohort and its cells, the versions the ledgers it refined; the remembered
        // variables are the bin ledger's, and every name checked is in the digest too).
        std::vector<std::string> checked = lattice;
        for (const std::vector<std::string> *more : { &outside, &families }) {
            checked.emplace_back(); // a separator no variable is named
            checked.insert(checked.end(), more->begin(), more->end());
        }
        QByteArray digest = m_limits.shareEdgeChoices && !breaksChanged
            ? edgeChoiceDigest(data, cohortRows, cells, checked, *riskBins, m_limits.minCell)
            : QByteArray();
        if (!digest.isEmpty()) // the breakpoint ledger's parts decide the edges too
            digest += QByteArray::number(breaks.version);
        const std::optional<EdgeMemo> &memo = bins.edgeMemo;
        if (!digest.isEmpty() && !mainChanged && memo && memo->mainVersion == main.version
            && memo->binsVersion == bins.version && memo->digest == digest
            && memo->edges.size() == riskBins->size()) {
            for (std::size_t i = 0; i < riskBins->size(); ++i)
                (*riskBins)[i].edges = memo->edges[i];
            ++m_edgeMemoHits;
        } else {
            // The design's columns only (its warm path): the whole table for the others.
            bool familiesReadable = true;
            for (const std::string &family : families)
                familiesReadable = familiesReadable && familyCodes(data.table, family).has_value();
            std::shared_ptr<const LoadedDataset> whole;
            if ((!outside.empty() || !familiesReadable) && m_loader) {
                whole = m_loader(name);
                if (whole
                    && (whole->info.generation != data.info.generation
                        || whole->table.rows() != data.table.rows()))
                    whole.reset();
            }
            // Each cell family as a column of its codes on a lattice of step 1: one cell per
            // code.
            std::optional<LoadedDataset> cellCodes;
            if (!families.empty() && (familiesReadable || whole)) {
                const analysis::DataTable &source = familiesReadable ? data.table : whole->table;
                cellCodes.emplace();
                cellCodes->info = data.info;
                for (const std::string &family : families) {
                    const std::optional<FamilyCodes> codes = familyCodes(source, family);
                    if (!codes || codes->codes.size() != source.rows())
                        continue;
                    std::vector<double> values(codes->codes.begin(), codes->codes.end());
                    if (cellCodes->table.addNumeric(family, std::move(values)).ok())
                        cellCodes->histogramSteps[family] = 1.0;
                }
            }
            const bool unread = (!outside.empty() && !whole) || (!families.empty() && !cellCodes);
            // The breakpoint ledger's parts (one atom: none, and no edge to drop).
            std::optional<DifferencingState> readBreaks;
            if (!nextBreaks && breaks.state->atoms() > 1)
                readBreaks = breaks.state->expanded();
            const DifferencingState *breakParts = nextBreaks ? &*nextBreaks
                : readBreaks                                 ? &*readBreaks
                                                             : nullptr;
            for (RiskBins &one : *riskBins) {
                dropEdgesNearLattice(one, nextMain, data, lattice, m_limits.minCell);
                if (!outside.empty() && whole)
                    dropEdgesNearLattice(one, nextMain, *whole, outside, m_limits.minCell);
                if (cellCodes)
                    dropEdgesNearLattice(one, nextMain, *cellCodes, families, m_limits.minCell);
                if (unread && one.edges.size() > 2)
                    one.edges = { one.edges.front(), one.edges.back() }; // unread: one bin
                if (breakParts)
                    dropEdgesNearBreakpoints(one, *breakParts, data.table.rows(), m_limits.minCell);
                chooseEdges(one, nextMain, bins.released->evaluations, addedReleased, data.table);
            }
            // Memoised only when it records nothing and read everything it checks: the ledgers
            // stay at these versions.
            if (!digest.isEmpty() && !mainChanged && addedReleased.empty() && !unread) {
                EdgeMemo next { main.version, bins.version, digest, {} };
                for (const RiskBins &one : *riskBins)
                    next.edges.push_back(one.edges);
                bins.edgeMemo = std::move(next);
            }
        }
        releasedChanged = !addedReleased.empty();
    }
    // A check only (checkDesign, never an evaluation): every ledger as it was. A design's check
    // that would record nothing is memoised as checkAndRecordDesign's (the same inputs and
    // versions give the same outcome).
    if (!record) {
        if (!riskBins && !designDigest.isEmpty() && outcome.passed && !mainChanged && !breaksChanged
            && !eventsChanged && !releasedChanged
            && std::none_of(fitParts.begin(), fitParts.end(),
                            [](const FitPart<Entry> &f) { return f.changed; })) {
            std::erase_if(main.designMemos,
                          [&](const DesignMemo &m) { return m.digest == designDigest; });
            if (main.designMemos.size() >= 4)
                main.designMemos.erase(main.designMemos.begin());
            main.designMemos.push_back(DesignMemo { designDigest, versionsNow(), outcome });
        }
        return outcome;
    }
    // The user's share of the atoms, under the dataset's ledger lock, before anything is
    // recorded: the dataset's ledger, the breakpoint ledger and the fit ledgers have atom
    // budgets (the event ledger and the released bins have none).
    std::size_t added = addedAtoms(fitParts);
    if (mainChanged && nextMain.sizes.size() > main.state->atoms())
        added += nextMain.sizes.size() - main.state->atoms();
    if (breaksChanged && nextBreaks && nextBreaks->sizes.size() > breaks.state->atoms())
        added += nextBreaks->sizes.size() - breaks.state->atoms();
    std::optional<SiteStore::LedgerCharge> charge;
    {
        auto share = userShare(data, user, added, &charge);
        if (!share)
            return share.error();
        if (*share)
            return **share;
    }
    for (auto [changed, target, next, key] :
         { std::tuple { mainChanged, &main, &nextMain, name },
           std::tuple { breaksChanged, &breaks, nextBreaks ? &*nextBreaks : nullptr,
                        breakpointKey(name) },
           std::tuple { eventsChanged, &events, nextEvents ? &*nextEvents : nullptr,
                        eventsKey } }) {
        if (!changed || !next)
            continue;
        const QByteArray encoded = next->encode();
        target->state = KeptState(std::move(*next), m_limits.atomBytes);
        ++target->version;
        auto written = writeState(key, data.info.generation, encoded, &charge);
        if (!written) {
            target->state.reset(); // the store holds the truth: reread it next time
            return written.error();
        }
    }
    if (auto written
        = writeFitParts(*m_store, fitParts, data.info.generation, m_limits.atomBytes, &charge);
        !written)
        return written.error();
    bool fitsChanged = false;
    for (const FitPart<Entry> &f : fitParts)
        fitsChanged = fitsChanged || f.changed;
    // A design's check that passed and recorded nothing: the same check on the same ledgers
    // passes again and records nothing (DesignMemo).
    if (!riskBins && !designDigest.isEmpty() && outcome.passed && !mainChanged && !breaksChanged
        && !eventsChanged && !fitsChanged && !releasedChanged) {
        std::erase_if(main.designMemos,
                      [&](const DesignMemo &m) { return m.digest == designDigest; });
        if (main.designMemos.size() >= 4)
            main.designMemos.erase(main.designMemos.begin());
        main.designMemos.push_back(DesignMemo { designDigest, versionsNow(), outcome });
    }
    if (releasedChanged) {
        for (ReleasedBins &one : addedReleased)
            bins.released->evaluations.push_back(std::move(one));
        ++bins.version;
        auto written = m_store->setDifferencingState(releasedBinsKey(name), data.info.generation,
                                                     bins.released->encode());
        if (!written) {
            bins.released.reset();
            return written.error();
        }
    }
    return outcome;
}

void DifferencingLedger::chooseEdges(RiskBins &rb, const DifferencingState &main,
                                     const std::vector<ReleasedBins> &stored,
                                     std::vector<ReleasedBins> &added,
                                     const analysis::DataTable &table) const
{
    const std::vector<int> candidates = rb.edges;
    if (candidates.size() < 2 || rb.rows.size() != rb.bin.size())
        return;
    const std::size_t m = candidates.size() - 1; // candidate bins
    // Beyond the budget of remembered evaluations: one bin, the cohort (already a ledger cohort).
    if (stored.size() + added.size() >= releasedBinsCapacity(table.rows())) {
        rb.edges = { candidates.front(), candidates.back() };
        return;
    }
    // Each record's candidate bin: the last candidate edge at or below its grid bin (the first
    // and last candidate bins take what lies beyond), from a table over the grid's bins.
    const auto [low, high] = std::minmax_element(rb.bin.begin(), rb.bin.end());
    const std::int64_t first = rb.bin.empty() ? 0 : *low, last = rb.bin.empty() ? 0 : *high;
    auto candidateAt = [&](std::int64_t b) {
        const auto at = std::upper_bound(candidates.begin(), candidates.end(), b);
        const std::ptrdiff_t c = (at - candidates.begin()) - 1;
        return std::uint32_t(std::clamp<std::ptrdiff_t>(c, 0, std::ptrdiff_t(m) - 1));
    };
    std::vector<std::uint32_t> cand(rb.rows.size());
    if (last - first < std::int64_t(1) << 20) {
        std::vector<std::uint32_t> ofGrid(std::size_t(last - first + 1));
        for (std::size_t g = 0; g < ofGrid.size(); ++g)
            ofGrid[g] = candidateAt(first + std::int64_t(g));
        for (std::size_t i = 0; i < rb.rows.size(); ++i)
            cand[i] = ofGrid[std::size_t(rb.bin[i] - first)];
    } else {
        for (std::size_t i = 0; i < rb.rows.size(); ++i)
            cand[i] = candidateAt(rb.bin[i]);
    }
    std::vector<const ReleasedBins *> earlier;
    for (const ReleasedBins &e : stored)
        earlier.push_back(&e);
    for (const ReleasedBins &e : added)
        earlier.push_back(&e);
    const std::vector<std::size_t> kept
        = keptCandidateEdges(rb.rows, cand, m, main, earlier, table.rows(), m_limits.minCell);
    rb.edges.clear();
    for (std::size_t k : kept)
        rb.edges.push_back(candidates[k]);
    // The bins as released, remembered for later cohorts and evaluations (one bin: the cohort,
    // which the dataset's ledger holds), unless an earlier evaluation released the same bins.
    if (kept.size() <= 2)
        return;
    std::vector<std::uint16_t> releasedOf(m); // per candidate bin, its released bin + 1
    for (std::size_t b = 0; b + 1 < kept.size(); ++b) {
        for (std::size_t c = kept[b]; c < kept[b + 1]; ++c)
            releasedOf[c] = std::uint16_t(b + 1);
    }
    const auto bins = std::uint16_t(kept.size() - 1);
    for (const ReleasedBins *e : earlier) {
        if (e->bins != bins || e->binOf.size() != table.rows() || e->sizes.size() != bins)
            continue;
        std::int64_t evaluated = 0;
        for (std::int64_t s : e->sizes)
            evaluated += s;
        bool same = evaluated == std::int64_t(rb.rows.size());
        for (std::size_t i = 0; same && i < rb.rows.size(); ++i)
            same = e->binOf[std::size_t(rb.rows[i])] == releasedOf[cand[i]];
        if (same)
            return;
    }
    ReleasedBins out;
    out.bins = bins;
    out.binOf.assign(table.rows(), 0);
    out.sizes.assign(bins, 0);
    for (std::size_t i = 0; i < rb.rows.size(); ++i) {
        const std::uint16_t b = releasedOf[cand[i]];
        out.binOf[std::size_t(rb.rows[i])] = b;
        ++out.sizes[b - 1u];
    }
    added.push_back(std::move(out));
}

QString DifferencingLedger::breakpointKey(const QString &dataset)
{
    // Not a dataset name (names are checked at import: no control characters).
    return dataset + QStringLiteral("\x1f") + QStringLiteral("breakpoints");
}

QString DifferencingLedger::binKey(const QString &dataset)
{
    // Only a lock entry: the bin ledger is stored under releasedBinsKey.
    return dataset + QStringLiteral("\x1f") + QStringLiteral("bins");
}

QString DifferencingLedger::releasedBinsKey(const QString &dataset)
{
    return dataset + QStringLiteral("\x1f") + QStringLiteral("released-bins");
}

NodeResult<void> DifferencingLedger::loadReleased(Entry &e, const LoadedDataset &data)
{
    if (e.released && e.released->generation == data.info.generation)
        return {};
    auto stored = m_store->differencingState(releasedBinsKey(data.info.name), data.info.generation);
    if (!stored)
        return stored.error();
    if (!stored->has_value()) {
        e.released = ReleasedBinsList { data.info.generation, {}, {} };
        ++e.version;
        return {};
    }
    auto decoded = ReleasedBinsList::decode(**stored);
    bool fits = decoded && decoded->generation == data.info.generation;
    for (std::size_t i = 0; fits && i < decoded->evaluations.size(); ++i)
        fits = decoded->evaluations[i].binOf.size() >= data.table.rows(); // ghosts after them
    if (!fits)
        return nodeError(NodeErrorCode::Corrupt,
                         Tr::tr("The differencing ledger of dataset '%1' cannot be read, "
                                "so the node releases nothing from it. Restore a backup "
                                "or import the dataset again (a new import starts a new "
                                "ledger).")
                             .arg(data.info.name));
    e.released = std::move(decoded);
    ++e.version;
    return {};
}

NodeResult<void> DifferencingLedger::load(Entry &e, const QString &key, const LoadedDataset &data)
{
    const std::size_t rows = data.table.rows();
    if (e.state && e.state->generation() == data.info.generation && e.state->rows() == rows)
        return {};
    auto stored = m_store->differencingState(key, data.info.generation);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        auto decoded = DifferencingState::decode(**stored);
        if (!decoded || decoded->generation != data.info.generation
            || decoded->atomOf.size() != rows)
            return nodeError(NodeErrorCode::Corrupt,
                             Tr::tr("The differencing ledger of dataset '%1' cannot be read, "
                                    "so the node releases nothing from it. Restore a backup "
                                    "or import the dataset again (a new import starts a new "
                                    "ledger).")
                                 .arg(data.info.name));
        e.state = KeptState(std::move(*decoded), m_limits.atomBytes);
    } else {
        e.state
            = KeptState(DifferencingState::initial(data.info.generation, rows), m_limits.atomBytes);
    }
    ++e.version;
    return {};
}

analysis::RuleOutcome DifferencingLedger::refineParts(DifferencingState &state,
                                                      const LoadedDataset &data,
                                                      const std::vector<Part> &parts,
                                                      bool *changed) const
{
    analysis::RuleOutcome outcome = passed(m_limits.minCell);
    for (const Part &part : parts) {
        if (part.trendOnly)
            continue; // the trend ledgers' only
        bool partChanged = false;
        DifferencingLimits limits = m_limits;
        limits.describing = part.histograms != nullptr; // a description's part
        outcome = refineByRelease(state, data.table, *part.rows, *part.cells, limits, true,
                                  &partChanged);
        if (!outcome.passed)
            return outcome;
        *changed = *changed || partChanged;
    }
    return outcome;
}

NodeResult<analysis::RuleOutcome>
DifferencingLedger::checkAndRecordParts(const LoadedDataset &data, const std::vector<Part> &parts,
                                        bool record, const QString &user)
{
    Entry &e = entry(data.info.name);
    Entry &bins = entry(binKey(data.info.name));
    std::scoped_lock lock(e.mutex, bins.mutex);
    if (auto loaded = load(e, data.info.name, data); !loaded)
        return loaded.error();
    // The dataset's ledger as the checks read it, refined below; kept again only when every
    // part passed (a refusal leaves the ledger as it was).
    DifferencingState current = e.state->expanded();
    // A description's sums over a level filter's categories in the fit ledger (as a fit's),
    // checked first and recorded only when the rest passes.
    std::map<QString, std::vector<std::pair<const Part *, const CellRelease *>>> sumKeys;
    for (const Part &part : parts) {
        for (const CellRelease &cell : *part.cells) {
            if (cell.sumsByFilter)
                sumKeys[fitLedgerKey(data.info.name, cell.family)].emplace_back(&part, &cell);
        }
    }
    std::vector<FitPart<Entry>> fitParts;
    for (const auto &[key, uses] : sumKeys) {
        Entry &f = entry(key);
        fitParts.push_back(
            FitPart<Entry> { key, &f, nullptr, std::unique_lock(f.mutex), {}, false });
        if (auto loaded = load(f, key, data); !loaded)
            return loaded.error();
        fitParts.back().next = f.state->expanded();
        DifferencingLimits hold = m_limits;
        hold.holdExposedCells = true;
        hold.holdJointCellsOneByOne = true;
        for (const auto &[part, cell] : uses) {
            bool partChanged = false;
            const analysis::RuleOutcome outcome
                = refineByRelease(*fitParts.back().next, data.table, *part->rows, { *cell }, hold,
                                  true, &partChanged);
            if (!outcome.passed)
                return outcome;
            fitParts.back().changed = fitParts.back().changed || partChanged;
        }
    }
    // A trend's cells in the trend ledger of its family, each piece of a split held by its years
    // and levels (docs/privacy-rules.md "Trends over two cohorts"); checked first, recorded with
    // the fit ledgers' parts when the rest passes. A period's histogram over a level filter
    // (Part::trendOnly) is checked against the trends (a copy of the trend ledger: it does not
    // refine it) and recorded in the family's *histogram* ledger, which only trends are checked
    // against: a group's row is a trend less such bins, while two such histograms over two
    // cohorts are the histograms' own known limit (a Table 1 by sex over two cohorts passes).
    std::map<std::string,
             std::pair<std::vector<std::pair<const Part *, const CellRelease *>>,
                       std::vector<std::pair<const Part *, const CellRelease *>>>>
        trendFamilies; // family -> (trends and rows by a period filter, histograms)
    for (const Part &part : parts) {
        for (const CellRelease &cell : *part.cells) {
            if (!cell.trendCells)
                continue;
            auto &uses = trendFamilies[cell.family];
            (part.trendOnly ? uses.second : uses.first).emplace_back(&part, &cell);
        }
    }
    std::map<QString, std::size_t> trendSlot; // ledger key -> index in fitParts
    for (const auto &[family, uses] : trendFamilies) {
        trendSlot.emplace(trendLedgerKey(data.info.name, family), 0);
        trendSlot.emplace(trendHistogramKey(data.info.name, family), 0);
        for (const auto &[part, cell] : uses.second) {
            if (cell->periodHistogram)
                trendSlot.emplace(trendBinsKey(data.info.name, family), 0);
        }
    }
    for (auto &[key, index] : trendSlot) { // locked in key order
        Entry &t = entry(key);
        fitParts.push_back(
            FitPart<Entry> { key, &t, nullptr, std::unique_lock(t.mutex), {}, false });
        if (auto loaded = load(t, key, data); !loaded)
            return loaded.error();
        fitParts.back().next = t.state->expanded();
        index = fitParts.size() - 1;
    }
    for (const auto &[family, uses] : trendFamilies) {
        FitPart<Entry> &trends = fitParts[trendSlot.at(trendLedgerKey(data.info.name, family))];
        FitPart<Entry> &binned = fitParts[trendSlot.at(trendHistogramKey(data.info.name, family))];
        DifferencingLimits hold = m_limits;
        hold.holdExposedCells = true;
        for (const auto &[part, cell] : uses.first) {
            // Against the histograms recorded before (a copy: checked, never refined by it).
            DifferencingState against = *binned.next;
            if (!refineByRelease(against, data.table, *part->rows, { *cell }, hold, false).passed)
                return trendCellRefusal(m_limits.minCell, cell->family);
            bool partChanged = false;
            if (!refineByRelease(*trends.next, data.table, *part->rows, { *cell }, hold, true,
                                 &partChanged)
                     .passed)
                return trendCellRefusal(m_limits.minCell, cell->family);
            trends.changed = trends.changed || partChanged;
        }
        for (const auto &[part, cell] : uses.second) {
            DifferencingState against = *trends.next;
            if (!refineByRelease(against, data.table, *part->rows, { *cell }, hold, false).passed)
                return trendCellRefusal(m_limits.minCell, cell->family);
            // Recorded by whole periods (every level of the filter variable), so that no later
            // check holds a row of one level: its refusal would tell a record's level. A floor
            // of 1 refuses nothing but the budget.
            const CellRelease whole = wholePeriodRows(data.table, *cell);
            DifferencingLimits record = m_limits;
            record.minCell = 1;
            // A released histogram also against the histograms of the family released before
            // (their own ledger: moments alone and withheld histograms are not in it), held the
            // same way, and recorded there: two such histograms over two cohorts give the group
            // between them by period and level (tst_attacks_redteam3
            // periodHistogramsOverTwoCohorts, docs/privacy-rules.md "The red team of the tenth
            // session").
            if (cell->periodHistogram) {
                FitPart<Entry> &released
                    = fitParts[trendSlot.at(trendBinsKey(data.info.name, family))];
                DifferencingState earlier = *released.next;
                if (!refineByRelease(earlier, data.table, *part->rows, { whole }, hold, false)
                         .passed)
                    return periodLevelCellRefusal(m_limits.minCell, cell->family);
                bool releasedChanged = false;
                const analysis::RuleOutcome kept
                    = refineByRelease(*released.next, data.table, *part->rows, { whole }, record,
                                      true, &releasedChanged);
                if (!kept.passed)
                    return kept;
                released.changed = released.changed || releasedChanged;
            }
            bool partChanged = false;
            const analysis::RuleOutcome recorded = refineByRelease(
                *binned.next, data.table, *part->rows, { whole }, record, true, &partChanged);
            if (!recorded.passed)
                return recorded;
            binned.changed = binned.changed || partChanged;
        }
    }
    // Each cohort against the runs of bins of the evaluations released before
    // (docs/privacy-rules.md, "Evaluations of several β").
    if (auto loaded = loadReleased(bins, data); !loaded)
        return loaded.error();
    for (const Part &part : parts) {
        if (part.trendOnly)
            continue; // no released cohort: the trend ledgers' only
        if (auto detail = binRunRefusalOver(bins.released->evaluations, *part.rows,
                                            data.table.rows(), m_limits.minCell)) {
            analysis::RuleOutcome refused = cohortRefusal(m_limits.minCell);
            refused.detail = *detail;
            return refused;
        }
        // A description's histograms against the same runs (histogramruns.h).
        if (part.histograms) {
            if (auto detail = histogramRunRefusal(bins.released->evaluations, current, *part.rows,
                                                  *part.histograms, m_limits.minCell)) {
                analysis::RuleOutcome refused = cohortRefusal(m_limits.minCell);
                refused.detail = *detail;
                return refused;
            }
        }
        // Its level counts and table cells too: a categorical variable that follows the risk
        // (a class of a numeric predictor) partitions the cohort as a histogram does (red team
        // 3, tst_attacks riskBinsThenCorrelateLevels). Each cell of the family a part of its own.
        // A description's only (`histograms` set): a subgroup cell's counts are over a cohort of
        // its own, which the atoms hold.
        if (part.histograms && !bins.released->evaluations.empty()) {
            for (const CellRelease &cell : *part.cells) {
                if (!isPartitionFamily(cell.family) || cell.crossedByFilter || cell.sumsByFilter)
                    continue;
                const std::vector<HistogramCodes> codes { partitionCodes(data.table, cell.family,
                                                                         *part.rows) };
                if (codes.front().code.size() != part.rows->size())
                    continue;
                if (histogramRunRefusal(bins.released->evaluations, current, *part.rows, codes,
                                        m_limits.minCell)) {
                    analysis::RuleOutcome refused = cohortRefusal(m_limits.minCell);
                    refused.detail
                        = "cells of " + familyVariables(cell.family) + " and released risk bins";
                    return refused;
                }
            }
        }
    }
    bool changed = false;
    analysis::RuleOutcome outcome = refineParts(current, data, parts, &changed);
    if (!record)
        return outcome; // a check only (checkDesign): the ledgers as they were
    if (changed || !outcome.passed)
        ++e.version; // a refusal leaves the state as it was; counted as a change all the same
    if (!outcome.passed)
        return outcome;
    // The user's share of the atoms this release adds (the dataset's ledger, the fit and trend
    // ledgers' parts), under the dataset's ledger lock, before anything is recorded.
    std::optional<SiteStore::LedgerCharge> charge;
    {
        std::size_t added = addedAtoms(fitParts);
        if (changed && current.sizes.size() > e.state->atoms())
            added += current.sizes.size() - e.state->atoms();
        auto share = userShare(data, user, added, &charge);
        if (!share)
            return share.error();
        if (*share)
            return **share;
    }
    if (changed) {
        const QByteArray encoded = current.encode();
        e.state = KeptState(std::move(current), m_limits.atomBytes);
        auto written = writeState(data.info.name, data.info.generation, encoded, &charge);
        if (!written) {
            e.state.reset(); // the store holds the truth: reread it next time
            return written.error();
        }
    }
    if (auto written
        = writeFitParts(*m_store, fitParts, data.info.generation, m_limits.atomBytes, &charge);
        !written)
        return written.error();
    // The variables of the released histograms, remembered for later evaluations
    // (ReleasedBinsList::histogramVariables), before the description leaves the node.
    std::vector<std::string> &known = bins.released->histogramVariables;
    const std::size_t before = known.size();
    auto remember = [&known](const std::string &name) {
        const auto at = std::lower_bound(known.begin(), known.end(), name);
        if (at == known.end() || *at != name)
            known.insert(at, name);
    };
    for (const Part &part : parts) {
        if (!part.histograms)
            continue; // not a description
        for (const CellRelease &cell : *part.cells) {
            if (isPartitionFamily(cell.family) && !cell.crossedByFilter && !cell.sumsByFilter)
                remember(cell.family);
        }
        for (const HistogramCodes &h : *part.histograms)
            remember(h.variable);
    }
    if (known.size() != before) {
        ++bins.version; // a remembered variable changes every later edge choice
        auto written = m_store->setDifferencingState(releasedBinsKey(data.info.name),
                                                     data.info.generation, bins.released->encode());
        if (!written) {
            bins.released.reset();
            return written.error();
        }
    }
    return outcome;
}

NodeResult<std::optional<analysis::RuleOutcome>>
DifferencingLedger::userShare(const LoadedDataset &data, const QString &user, std::size_t added,
                              std::optional<SiteStore::LedgerCharge> *charge)
{
    charge->reset();
    if (added == 0 || user.isEmpty() || m_limits.atomsPerUser == 0)
        return std::optional<analysis::RuleOutcome>(); // adds nothing, or no share applies
    auto spent = m_store->ledgerCharge(data.info.name, data.info.generation, user);
    if (!spent)
        return spent.error();
    if (*spent < 0 || std::uint64_t(*spent) + added > m_limits.atomsPerUser)
        return std::optional<analysis::RuleOutcome>(userBudgetRefusal(m_limits.atomsPerUser));
    *charge = SiteStore::LedgerCharge { data.info.name, user, qint64(added) };
    return std::optional<analysis::RuleOutcome>();
}

NodeResult<void> DifferencingLedger::writeState(const QString &key, qint64 generation,
                                                const QByteArray &state,
                                                std::optional<SiteStore::LedgerCharge> *charge)
{
    if (!*charge)
        return m_store->setDifferencingState(key, generation, state);
    auto written = m_store->setDifferencingStateCharged(key, generation, state, **charge);
    if (written)
        charge->reset();
    return written;
}

std::size_t DifferencingLedger::atoms(const QString &dataset)
{
    Entry &e = entry(dataset);
    std::lock_guard lock(e.mutex);
    return e.state ? e.state->atoms() : 0;
}

} // namespace fairstart::node
