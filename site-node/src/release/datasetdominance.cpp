// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/datasetdominance.h"

#include "fairstart/node/tr.h"
#include "release/ledgercarry.h" // factGhostValues
#include "release/releasegate.h"

#include "fairstart/analysis/topk.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

namespace fairstart::node {

namespace {

// What the verdict needs of a column under any policy: the totals and the largest terms (a
// policy adds up at most 10 top records, policy.cpp's dominance_top_k).
constexpr std::size_t kMaxTop = 10;
// The most extreme records a cohort's verdict places in or out of its unions (the site's and the
// cohort's own together), so that 2^m stays bounded.
constexpr std::size_t kMaxPlaced = 20;

struct Sums {
    double totalAbsolute = 0;
    double totalSquares = 0;
    std::vector<double> topAbsolute; // descending, at most kMaxTop
    std::vector<double> topSquares;
};

// How a design reads a value: as is, log (values <= 0 are left out: the cohort's domain check
// refuses them where they are used) or winsorised. Other transforms are judged as the raw values.
struct Reading {
    analysis::Transform transform = analysis::Transform::AsIs;
    double lower = 0, upper = 0;

    bool operator<(const Reading &o) const
    {
        return std::tie(transform, lower, upper) < std::tie(o.transform, o.lower, o.upper);
    }
    bool read(double v, double *out) const
    {
        if (std::isnan(v))
            return false;
        if (transform == analysis::Transform::Log) {
            if (!(v > 0))
                return false;
            *out = std::log(v);
        } else if (transform == analysis::Transform::Winsorise) {
            *out = std::min(std::max(v, lower), upper);
        } else {
            *out = v;
        }
        return true;
    }
};

// Over the records consented for every purpose the dataset records (`every`, everyPurposeRecords):
// a record whose consent is withdrawn shapes no answer, and the verdict is the same whichever
// purpose asks (like the catalogue's counts and the lattice step).
// `ghosts`: the values of the records a re-import removed that still count in the facts
// (release/ledgercarry.h, FactGhosts; docs/privacy-rules.md "Removed records in the facts"), so
// that an erasure moves no verdict while fewer than min_cell records moved.
Sums sumsOf(const analysis::Column &column, const std::vector<std::uint8_t> &every,
            const Reading &reading, const std::vector<double> &ghosts)
{
    Sums s;
    std::vector<double> absolute;
    absolute.reserve(column.numeric.size() + ghosts.size());
    double sum = 0;
    double v = 0;
    for (std::size_t i = 0; i < column.numeric.size(); ++i) {
        if (!every[i] || !reading.read(column.numeric[i], &v))
            continue;
        absolute.push_back(std::abs(v));
        sum += v;
    }
    for (const double g : ghosts) {
        if (!reading.read(g, &v))
            continue;
        absolute.push_back(std::abs(v));
        sum += v;
    }
    if (absolute.empty())
        return s;
    const double mean = sum / double(absolute.size());
    std::vector<double> squares;
    squares.reserve(absolute.size());
    for (std::size_t i = 0; i < column.numeric.size(); ++i) {
        if (!every[i] || !reading.read(column.numeric[i], &v))
            continue;
        const double d = v - mean;
        squares.push_back(d * d);
    }
    for (const double g : ghosts) {
        if (!reading.read(g, &v))
            continue;
        const double d = v - mean;
        squares.push_back(d * d);
    }
    for (const double a : absolute)
        s.totalAbsolute += a;
    for (const double q : squares)
        s.totalSquares += q;
    s.topAbsolute = analysis::largestDescending(absolute, kMaxTop);
    s.topSquares = analysis::largestDescending(squares, kMaxTop);
    return s;
}

bool dominated(const std::vector<double> &top, double total,
               const analysis::DisclosurePolicy &policy)
{
    const std::size_t k
        = std::min(top.size(), std::size_t(std::clamp(policy.dominanceTopK, 0, int(kMaxTop))));
    double sum = 0;
    for (std::size_t i = 0; i < k; ++i)
        sum += top[i];
    return total > 0 && sum > policy.dominanceShare * total;
}

// (dataset, generation, variable) -> its sums. A new generation of a dataset drops the old ones.
std::mutex g_mutex;
std::map<std::tuple<QString, qint64, std::string, Reading>, Sums> g_sums;

std::optional<analysis::RuleOutcome> judged(const LoadedDataset &data, const std::string &variable,
                                            const Reading &reading,
                                            const analysis::DisclosurePolicy &policy)
{
    const VariableInfo *info = data.info.variable(QString::fromStdString(variable));
    if (!info || info->kind != VariableKind::Numeric)
        return std::nullopt;
    const analysis::Column *column = data.table.column(variable);
    if (!column || column->kind != analysis::ColumnKind::Numeric)
        return std::nullopt;
    const auto key = std::make_tuple(data.info.name, data.info.generation, variable, reading);
    Sums sums;
    {
        // Computed under the lock once per generation and variable (one pass over the column);
        // every later request reads the kept sums.
        std::lock_guard lock(g_mutex);
        const auto found = g_sums.find(key);
        if (found != g_sums.end()) {
            sums = found->second;
        } else {
            sums = sumsOf(*column, everyPurposeRecords(data), reading,
                          factGhostValues(data, variable));
            for (auto it = g_sums.begin(); it != g_sums.end();) {
                if (std::get<0>(it->first) == data.info.name
                    && std::get<1>(it->first) != data.info.generation)
                    it = g_sums.erase(it);
                else
                    ++it;
            }
            g_sums.emplace(key, sums);
        }
    }
    if (!dominated(sums.topAbsolute, sums.totalAbsolute, policy)
        && !dominated(sums.topSquares, sums.totalSquares, policy))
        return std::nullopt;
    const auto percent = int(std::lround(policy.dominanceShare * 100));
    return analysis::RuleOutcome {
        "dataset-dominance", false, policy.dominanceShare,
        Tr::tr("At this site, %1 records dominate the variable %2: over all the site's records "
               "they make up more than %3% of its sum or of its spread about the mean, as the "
               "request reads it. Every description of %2, and every model that uses it as is, "
               "scaled or as a spline, is refused at this site for every cohort, so that no "
               "refusal tells which cohort holds those records. Ask the site's data steward to "
               "check those values (a typing error, a unit, a missing-value code such as 9999). "
               "Until then leave %2 out, or in a model winsorise it at an edge of the node's "
               "histogram below those values or take its log: such a column is judged the same "
               "way, over all the site's records.")
            .arg(policy.dominanceTopK)
            .arg(QString::fromStdString(variable))
            .arg(percent)
            .toStdString(),
        variable
    };
}

// The numeric columns of a design as it reads them: the outcome and the offset as they are; a
// predictor log or winsorised as such (log(3800) among log(1..40) is not dominated, winsorising
// at an edge below the outlier removes it); scale(x) is affine and a spline's columns follow x's
// extreme, so both as x itself. Categorical predictors are no sums of values.
std::vector<std::pair<std::string, Reading>> designReadings(const analysis::ModelSpec &spec)
{
    std::vector<std::pair<std::string, Reading>> reads { { spec.outcome.variable, Reading {} } };
    if (!spec.offset.empty())
        reads.push_back({ spec.offset, Reading {} });
    for (const analysis::Predictor &predictor : spec.predictors) {
        if (predictor.transform == analysis::Transform::Categorical)
            continue;
        Reading reading;
        if (predictor.transform == analysis::Transform::Log
            || predictor.transform == analysis::Transform::Winsorise)
            reading = { predictor.transform, predictor.lower, predictor.upper };
        if (predictor.transform == analysis::Transform::Log)
            reading.lower = reading.upper = 0;
        reads.push_back({ predictor.variable, reading });
    }
    return reads;
}

} // namespace

std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const std::string &variable,
                                                      const analysis::DisclosurePolicy &policy)
{
    return judged(data, variable, Reading {}, policy);
}

std::optional<analysis::RuleOutcome> datasetDominance(const LoadedDataset &data,
                                                      const analysis::ModelSpec &spec,
                                                      const analysis::DisclosurePolicy &policy)
{
    // The outcome and the offset as they are; a predictor as the design reads it when that is
    // log or winsorised (the whole dataset's verdict on those values: log(3800) among log(1..40)
    // is not dominated, winsorising at an edge below the outlier removes it); scale(x) is affine
    // and a spline's columns follow x's extreme, so both are judged as x itself.
    for (const auto &[name, reading] : designReadings(spec)) {
        if (auto refused = judged(data, name, reading, policy))
            return refused;
    }
    return std::nullopt;
}

// ---- dominance inside a cohort -------------------------------------------------------------

namespace {

// The cohort's records other than the site's extreme ones, as the verdict needs them: count,
// mean, centred sum of squares about that mean, Σ|x|, the k largest |x|, and the values that can
// carry the largest centred squares of any union (its k highest and k lowest, or all of them).
struct CohortRest {
    std::size_t n = 0;
    double mean = 0;
    double squares = 0;
    double absolute = 0;
    std::vector<double> topAbsolute;
    std::vector<double> extremes;
};

// The sum of the k largest values, largest first.
double topSum(const std::vector<double> &values, std::size_t k)
{
    double sum = 0;
    for (const double v : analysis::largestDescending(values, k))
        sum += v;
    return sum;
}

// Whether the union of the rest with the extreme values `added` is dominated: its top k records
// make up more than the share of Σ|x| or of the centred Σ(x − x̄)² (analysis::checkDominance on
// the union, as the release gate runs it on a cohort).
bool unionDominated(const CohortRest &rest, const std::vector<double> &added, std::size_t k,
                    double share)
{
    const std::size_t n = rest.n + added.size();
    if (n == 0)
        return false;
    double absolute = rest.absolute;
    double shift = 0;
    double squares = rest.squares;
    for (const double s : added) {
        absolute += std::abs(s);
        shift += s - rest.mean;
        squares += (s - rest.mean) * (s - rest.mean);
    }
    // Σ over the union of (x − x̄)² = Σ (x − m₀)² − n (x̄ − m₀)², with m₀ the rest's mean.
    const double mean = rest.mean + shift / double(n);
    squares = std::max(0.0, squares - double(n) * (mean - rest.mean) * (mean - rest.mean));
    std::vector<double> a = rest.topAbsolute;
    std::vector<double> q;
    q.reserve(rest.extremes.size() + added.size());
    for (const double s : added) {
        a.push_back(std::abs(s));
        q.push_back((s - mean) * (s - mean));
    }
    for (const double v : rest.extremes)
        q.push_back((v - mean) * (v - mean));
    if (absolute > 0 && topSum(a, k) > share * absolute)
        return true;
    // A column whose values are all (nearly) equal has no spread to dominate (the gate's
    // total == 0): rounding must not make one.
    const double scale = double(n) * (mean * mean + 1.0);
    return squares > 1e-12 * scale && topSum(q, k) > share * squares;
}

} // namespace

namespace {

using Entry = std::pair<double, std::size_t>; // a value and its row

bool higher(const Entry &a, const Entry &b)
{
    return a.first > b.first || (a.first == b.first && a.second < b.second);
}
bool lower(const Entry &a, const Entry &b)
{
    return a.first < b.first || (a.first == b.first && a.second < b.second);
}

// `e` into `list` (sorted by `better`, at most k entries) when it is among the k best. Callers
// test `list.size() < k || better(e, list.back())` first: almost no value of a column is.
template<typename Better>
void keepTop(std::vector<Entry> &list, const Entry &e, std::size_t k, Better better)
{
    if (list.size() == k && !better(e, list.back()))
        return;
    const auto at = std::upper_bound(list.begin(), list.end(), e, better);
    list.insert(at, e);
    if (list.size() > k)
        list.pop_back();
}

// The k highest and the k lowest of the values offered (ties by row), most extreme first.
struct Sides {
    std::vector<Entry> highest, lowest;

    void offer(const Entry &e, std::size_t k)
    {
        if (highest.size() < k || higher(e, highest.back()))
            keepTop(highest, e, k, higher);
        if (lowest.size() < k || lower(e, lowest.back()))
            keepTop(lowest, e, k, lower);
    }
    // The highest, then the lowest that are not among them.
    std::vector<Entry> both() const
    {
        std::vector<Entry> out = highest;
        for (const Entry &e : lowest) {
            if (std::find(out.begin(), out.end(), e) == out.end())
                out.push_back(e);
        }
        return out;
    }
};

// f(row, value) for each record of `mask` other than the rows of `skip` whose value `reading`
// reads, in row order: one pass without a copy (`skip` unique, passed over in order).
template<typename F>
void forEachValue(const analysis::Column &column, const Reading &reading,
                  const std::vector<std::uint8_t> &mask, const std::vector<Entry> &skip, F f)
{
    std::vector<std::size_t> rows;
    for (const Entry &e : skip)
        rows.push_back(e.second);
    std::sort(rows.begin(), rows.end());
    rows.push_back(std::numeric_limits<std::size_t>::max());
    std::size_t next = 0;
    double v = 0;
    const double *x = column.numeric.data();
    for (std::size_t i = 0; i < column.numeric.size(); ++i) {
        if (i == rows[next]) {
            ++next;
            continue;
        }
        if (mask[i] && reading.read(x[i], &v))
            f(i, v);
    }
}

// The site's extreme records: the k highest and the k lowest present values among the records
// consented for the purpose (ties by row), a fact of the purpose, not of the cohort; the highest
// first, then the lowest that are not among them. `ghosts`: the values of the records a re-import
// removed that still count in the facts (release/ledgercarry.h, FactGhosts): they were among the
// purpose's records before, and stay candidates, as rows past the table's (no cohort holds them),
// so that an erasure of the site's extreme record moves no cohort's verdict (docs/privacy-rules.md
// "Removed records in the facts").
std::vector<Entry> siteExtremes(const analysis::Column &column, const Reading &reading,
                                const std::vector<std::uint8_t> &consented, std::size_t k,
                                const std::vector<double> &ghosts)
{
    Sides sides;
    forEachValue(column, reading, consented, {}, [&](std::size_t i, double v) {
        sides.offer({ v, i }, k);
    });
    double v = 0;
    for (std::size_t j = 0; j < ghosts.size(); ++j) {
        if (reading.read(ghosts[j], &v))
            sides.offer({ v, column.numeric.size() + j }, k);
    }
    return sides.both();
}

// The rest of the cohort (its records other than `extreme`) in one pass without a copy: its
// count, mean and centred sum of squares (Welford), Σ|x|, and its k highest and k lowest values
// (by row on ties), which hold its k largest |x| and, for any union, its largest centred squares
// (all of its values when it holds at most 2k).
CohortRest restOf(const analysis::Column &column, const Reading &reading,
                  const std::vector<std::uint8_t> &cohort, const std::vector<Entry> &extreme,
                  std::size_t k)
{
    CohortRest rest;
    Sides sides;
    forEachValue(column, reading, cohort, extreme, [&](std::size_t i, double v) {
        rest.n += 1;
        const double delta = v - rest.mean;
        rest.mean += delta / double(rest.n);
        rest.squares += delta * (v - rest.mean);
        rest.absolute += std::abs(v);
        sides.offer({ v, i }, k);
    });
    std::vector<double> absolute;
    for (const Entry &e : sides.both()) {
        rest.extremes.push_back(e.first);
        absolute.push_back(std::abs(e.first));
    }
    rest.topAbsolute = analysis::largestDescending(absolute, k);
    return rest;
}

// The records a cohort's verdict places in or out of its unions: the site's extreme records, then
// the cohort's own extreme records outside them — its k highest and k lowest other values (ties
// by row), most extreme first, both sides in turn, at most kMaxPlaced records in all (a policy's
// dominance_top_k above 4 places fewer of the cohort's own: the subsets grow as 2^m). Without the
// cohort's own, a record that is no extreme of the site decided the verdict by diluting the
// site's extremes: a cohort that the site's two highest values dominate was released when it held
// one more far value (the 3rd highest), so the refusal of its sibling without that record told on
// which side the record is (tst_attacks_redteam dilutionByAThirdExtremeRevealsSex). With them, a
// record's membership moves the verdict only through a record that k others of the cohort outrank
// on its side.
std::vector<Entry> placedExtremes(const analysis::Column &column, const Reading &reading,
                                  const std::vector<std::uint8_t> &cohort,
                                  const std::vector<Entry> &siteExtreme, std::size_t k)
{
    Sides own;
    forEachValue(column, reading, cohort, siteExtreme, [&](std::size_t i, double v) {
        own.offer({ v, i }, k);
    });
    std::vector<Entry> placed = siteExtreme;
    for (std::size_t j = 0; j < k; ++j) {
        for (const std::vector<Entry> *side : { &own.highest, &own.lowest }) {
            if (j < side->size() && placed.size() < kMaxPlaced
                && std::find(placed.begin(), placed.end(), (*side)[j]) == placed.end())
                placed.push_back((*side)[j]);
        }
    }
    return placed;
}

// Whether two masks select the same records (nonzero is in).
bool sameRecords(const std::vector<std::uint8_t> &a, const std::vector<std::uint8_t> &b)
{
    if (a.size() != b.size())
        return false;
    unsigned differ = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        differ |= unsigned(a[i] != 0) ^ unsigned(b[i] != 0);
    return differ == 0;
}

} // namespace

std::vector<std::uint64_t> consentBits(const std::vector<std::uint8_t> &mask)
{
    // Each word in a register (a word in memory read and written per record was a chain).
    std::vector<std::uint64_t> bits((mask.size() + 63) / 64, 0);
    const std::uint8_t *in = mask.data();
    for (std::size_t w = 0; w < bits.size(); ++w) {
        const std::size_t start = w * 64, end = std::min(mask.size(), start + 64);
        std::uint64_t word = 0;
        for (std::size_t i = start; i < end; ++i)
            word |= std::uint64_t(in[i] != 0) << (i - start);
        bits[w] = word;
    }
    return bits;
}

namespace {

std::vector<std::uint64_t> bitsOf(const std::vector<std::uint8_t> &mask)
{
    return consentBits(mask);
}

} // namespace

// Per consent mask (compared in full, never by a hash), per column buffer, reading and k: the
// site's extreme records, and the rest of the cohort of all the consented records (the cohort of
// a design without filters over complete columns). Both are pure functions of the table, which a
// LoadedDataset in the cache never changes; a copy starts without them (DatasetMemoSlot).
struct DatasetMemo {
    struct Facts {
        std::vector<Entry> extreme; // the site's
        bool hasWhole = false;
        std::vector<Entry> placed; // of the whole cohort (placedExtremes)
        CohortRest whole; // the whole cohort without `placed`
    };
    using Key = std::tuple<std::string, const double *, std::size_t, Reading, std::size_t>;
    using DomainKey = std::tuple<std::string, const double *, std::size_t>;
    struct Consent {
        std::vector<std::uint64_t> bits;
        std::size_t rows = 0;
        std::map<Key, Facts> facts;
        std::map<DomainKey, DomainFacts> domain;
    };
    static constexpr std::size_t kMaxConsents = 8;
    static constexpr std::size_t kMaxFacts = 1024;
    std::mutex mutex;
    std::vector<Consent> consents;
    int hits = 0; // tests
};

std::shared_ptr<DatasetMemo> DatasetMemoSlot::get() const
{
    std::lock_guard lock(m_mutex);
    if (!m_memo)
        m_memo = std::make_shared<DatasetMemo>();
    return m_memo;
}

void DatasetMemoSlot::reset()
{
    std::lock_guard lock(m_mutex);
    m_memo.reset();
}

namespace {

// One request's view of the memo: its consent mask's bits, and whether the cohort is all of it.
struct MemoView {
    std::shared_ptr<DatasetMemo> memo;
    std::vector<std::uint64_t> bits;
    bool wholeCohort = false;
};

MemoView memoView(const LoadedDataset &data, const std::vector<std::uint8_t> &consented,
                  const std::vector<std::uint8_t> &cohort)
{
    MemoView view;
    view.memo = data.memo.get();
    view.bits = bitsOf(consented);
    view.wholeCohort = sameRecords(consented, cohort);
    return view;
}

DatasetMemo::Key factsKey(const std::string &variable, const analysis::Column &column,
                          const Reading &reading, std::size_t k)
{
    return { variable, column.numeric.data(), column.numeric.size(), reading, k };
}

// The facts of `key` for the view's consent mask: from the memo, else computed (the rest of the
// whole cohort only when `whole`) and kept.
DatasetMemo::Facts factsOf(const MemoView &view, const DatasetMemo::Key &key,
                           const analysis::Column &column, const Reading &reading,
                           const std::vector<std::uint8_t> &consented, std::size_t k, bool whole,
                           const std::vector<double> &ghosts)
{
    DatasetMemo &memo = *view.memo;
    const std::size_t rows = consented.size();
    auto findConsent = [&]() -> DatasetMemo::Consent * {
        for (DatasetMemo::Consent &c : memo.consents) {
            if (c.rows == rows && c.bits == view.bits)
                return &c;
        }
        return nullptr;
    };
    {
        std::lock_guard lock(memo.mutex);
        if (DatasetMemo::Consent *c = findConsent()) {
            const auto found = c->facts.find(key);
            if (found != c->facts.end() && (found->second.hasWhole || !whole)) {
                ++memo.hits;
                return found->second;
            }
        }
    }
    DatasetMemo::Facts facts;
    facts.extreme = siteExtremes(column, reading, consented, k, ghosts);
    if (whole) {
        facts.placed = placedExtremes(column, reading, consented, facts.extreme, k);
        facts.whole = restOf(column, reading, consented, facts.placed, k);
        facts.hasWhole = true;
    }
    std::lock_guard lock(memo.mutex);
    DatasetMemo::Consent *c = findConsent();
    if (!c && memo.consents.size() < DatasetMemo::kMaxConsents) {
        memo.consents.push_back({ view.bits, rows, {}, {} });
        c = &memo.consents.back();
    }
    if (c && (c->facts.size() < DatasetMemo::kMaxFacts || c->facts.count(key)))
        c->facts[key] = facts;
    return facts;
}

// The verdict on one numeric column as read (cohortVerdict's, below; a column of the table or a
// product of two of them).
std::optional<analysis::RuleOutcome>
columnVerdict(const analysis::Column *column, const std::string &variable, const Reading &reading,
              const std::vector<std::uint8_t> &consented, const std::vector<std::uint8_t> &cohort,
              const analysis::DisclosurePolicy &policy, const MemoView &view,
              const std::vector<double> &ghosts = {})
{
    if (!column || column->kind != analysis::ColumnKind::Numeric
        || consented.size() != column->numeric.size() || cohort.size() != consented.size())
        return std::nullopt;
    const std::size_t k = std::size_t(std::clamp(policy.dominanceTopK, 1, int(kMaxTop)));
    // The site's extreme records (of the purpose) and the rest of the cohort: kept for the
    // cohort of all consented records (the preload computes them, issue 16), else the pass.
    const DatasetMemo::Facts facts = factsOf(view, factsKey(variable, *column, reading, k), *column,
                                             reading, consented, k, view.wholeCohort, ghosts);
    const bool whole = view.wholeCohort && facts.hasWhole;
    const std::vector<Entry> extreme
        = whole ? facts.placed : placedExtremes(*column, reading, cohort, facts.extreme, k);
    const CohortRest rest = whole ? facts.whole : restOf(*column, reading, cohort, extreme, k);
    // Every subset of the extreme records joined to the rest (the site's and the cohort's: at most
    // 4k = 8 records, 256 unions, by default; beyond 12 records the subsets of up to k of them),
    // and the cohort as it is.
    const std::size_t m = extreme.size();
    std::uint32_t actual = 0;
    for (std::size_t j = 0; j < m; ++j) {
        if (extreme[j].second < cohort.size() && cohort[extreme[j].second]) // a ghost: never
            actual |= std::uint32_t(1) << j;
    }
    bool dominatedSomewhere = false;
    std::vector<double> added;
    auto tryUnion = [&](std::uint32_t subset) {
        added.clear();
        for (std::size_t j = 0; j < m; ++j) {
            if (subset & (std::uint32_t(1) << j))
                added.push_back(extreme[j].first);
        }
        dominatedSomewhere
            = dominatedSomewhere || unionDominated(rest, added, k, policy.dominanceShare);
    };
    tryUnion(actual);
    for (std::uint32_t subset = 0; !dominatedSomewhere && subset < (std::uint32_t(1) << m);
         ++subset) {
        if (m <= 12 || std::size_t(std::popcount(subset)) <= k)
            tryUnion(subset);
    }
    if (!dominatedSomewhere)
        return std::nullopt;
    const auto percent = int(std::lround(policy.dominanceShare * 100));
    return analysis::RuleOutcome {
        "dominance", false, policy.dominanceShare,
        Tr::tr("This cohort is too small for %1: the site's most extreme values of %1 would make "
               "up more than %2% of the cohort's sum or of its spread about the mean if they were "
               "in it, so its sums could reveal the values of a few records. The node judges "
               "every cohort as if those records were in it, whichever cohort holds them, so that "
               "a refusal does not tell where they are. Use a larger cohort (fewer or wider "
               "filters) or leave %1 out; if those values are errors (a typing error, a unit, a "
               "missing-value code), ask the site's data steward to check them.")
            .arg(QString::fromStdString(variable))
            .arg(percent)
            .toStdString(),
        variable + " (with the site's extreme values)"
    };
}

std::optional<analysis::RuleOutcome>
cohortVerdict(const LoadedDataset &data, const std::string &variable, const Reading &reading,
              const std::vector<std::uint8_t> &consented, const std::vector<std::uint8_t> &cohort,
              const analysis::DisclosurePolicy &policy, const MemoView &view)
{
    const VariableInfo *info = data.info.variable(QString::fromStdString(variable));
    if (!info || info->kind != VariableKind::Numeric)
        return std::nullopt;
    return columnVerdict(data.table.column(variable), variable, reading, consented, cohort, policy,
                         view, factGhostValues(data, variable));
}

// How a design reads a numeric predictor for a product: log and winsorised as such, scale(x) and
// a spline's columns as x (designReadings).
Reading predictorReading(const analysis::Predictor &p)
{
    Reading reading;
    if (p.transform == analysis::Transform::Log)
        reading.transform = analysis::Transform::Log;
    else if (p.transform == analysis::Transform::Winsorise)
        reading = { p.transform, p.lower, p.upper };
    return reading;
}

} // namespace

std::optional<analysis::RuleOutcome> cohortDominance(const LoadedDataset &data,
                                                     const std::string &variable,
                                                     const std::vector<std::uint8_t> &consented,
                                                     const std::vector<std::uint8_t> &cohort,
                                                     const analysis::DisclosurePolicy &policy)
{
    return cohortVerdict(data, variable, Reading {}, consented, cohort, policy,
                         memoView(data, consented, cohort));
}

std::optional<analysis::RuleOutcome> cohortDominance(const LoadedDataset &data,
                                                     const analysis::ModelSpec &spec,
                                                     const std::vector<std::uint8_t> &consented,
                                                     const std::vector<std::uint8_t> &cohort,
                                                     const analysis::DisclosurePolicy &policy)
{
    const auto reads = designReadings(spec);
    const MemoView view = memoView(data, consented, cohort);
    for (std::size_t i = 0; i < reads.size(); ++i) {
        // An outcome cut at a threshold is a 0/1 column (the first reading): its classes are the
        // cell rule's, no sum of values.
        if (i == 0 && spec.outcome.threshold)
            continue;
        const auto &[name, reading] = reads[i];
        if (auto refused = cohortVerdict(data, name, reading, consented, cohort, policy, view))
            return refused;
    }
    // An interaction of a numeric predictor x with a factor or a binary variable g is x on the
    // records of one level of g and 0 elsewhere: a filter on that level inside the design. The
    // cohort rule on the column as it is told which level the site's far value is in (score:b1
    // refused, score:b2 released: tst_attacks_redteam
    // interactionWithASmallLevelRevealsTheOutliersLevel); so x is judged, as above, over the
    // cohort's part in each level (a factor: every level; a binary variable: its 1s) with the
    // site's extreme values of x placed in or out, as a description filtered on the level would
    // be. A part with fewer than min_cell records is the cell rule's (refused there by counts).
    // Two numeric predictors' product is judged as a column of its own (below).
    auto predictorOf = [&spec](const std::string &variable) -> const analysis::Predictor * {
        for (const analysis::Predictor &p : spec.predictors) {
            if (p.variable == variable)
                return &p;
        }
        return nullptr;
    };
    for (const analysis::Interaction &interaction : spec.interactions) {
        for (int side = 0; side < 2; ++side) {
            const analysis::Predictor *x = predictorOf(side ? interaction.b : interaction.a);
            const analysis::Predictor *g = predictorOf(side ? interaction.a : interaction.b);
            if (!x || !g || x->transform == analysis::Transform::Categorical)
                continue;
            const VariableInfo *xInfo = data.info.variable(QString::fromStdString(x->variable));
            const VariableInfo *gInfo = data.info.variable(QString::fromStdString(g->variable));
            const analysis::Column *gColumn = data.table.column(g->variable);
            if (!xInfo || xInfo->kind != VariableKind::Numeric || !gInfo || !gColumn
                || gColumn->size() != cohort.size())
                continue;
            const bool factor = g->transform == analysis::Transform::Categorical
                || gInfo->kind == VariableKind::Categorical;
            if (!factor && gInfo->kind != VariableKind::Binary) {
                // Numeric × numeric: the product x·z is a column of its own. A record high in
                // both (neither value among the site's extremes) can carry the product's spread
                // alone, and the design's plain check on the column would then refuse the cohort
                // that holds it and release one without it (tst_attacks_redteam2
                // productOfTwoNumericsRevealsSex). So the product is judged like a variable:
                // over the cohort with the site's extreme products (of the purpose's records)
                // placed in or out. Once per interaction (side 0).
                if (side != 0 || gInfo->kind != VariableKind::Numeric)
                    continue;
                const analysis::Column *xColumn = data.table.column(x->variable);
                const analysis::Column *zColumn = data.table.column(g->variable);
                if (!xColumn || !zColumn || xColumn->kind != analysis::ColumnKind::Numeric
                    || zColumn->kind != analysis::ColumnKind::Numeric
                    || xColumn->numeric.size() != cohort.size()
                    || zColumn->numeric.size() != cohort.size())
                    continue;
                const Reading xReading = predictorReading(*x), zReading = predictorReading(*g);
                analysis::Column product;
                product.name = x->variable + ":" + g->variable;
                product.numeric.assign(cohort.size(), std::numeric_limits<double>::quiet_NaN());
                double xv = 0, zv = 0;
                for (std::size_t row = 0; row < cohort.size(); ++row) {
                    if (xReading.read(xColumn->numeric[row], &xv)
                        && zReading.read(zColumn->numeric[row], &zv))
                        product.numeric[row] = xv * zv;
                }
                // The records a re-import removed still count in the facts (FactGhosts), but
                // one variable at a time, never as pairs: every product of a removed value of x
                // and a removed value of z is a candidate extreme, her own product among them
                // (the others only add candidates), so that an erasure of the record whose
                // product is the site's far one moves no cohort's verdict (docs/privacy-rules.md,
                // "Removed records in the risk bins and products", branch `reimport6`).
                std::vector<double> ghosts;
                {
                    const std::vector<double> xGhosts = factGhostValues(data, x->variable);
                    const std::vector<double> zGhosts = factGhostValues(data, g->variable);
                    for (const double gx : xGhosts) {
                        for (const double gz : zGhosts) {
                            if (xReading.read(gx, &xv) && zReading.read(gz, &zv))
                                ghosts.push_back(xv * zv);
                        }
                    }
                }
                // A memo of its own: the product's buffer is this call's, never a key to keep.
                MemoView own = view;
                own.memo = std::make_shared<DatasetMemo>();
                if (auto refused = columnVerdict(&product, product.name, Reading {}, consented,
                                                 cohort, policy, own, ghosts))
                    return refused;
                continue;
            }
            // The level of a cohort record (numeric levels by value, a binary's 0s left out).
            auto levelOf = [&](std::size_t row, double *level) {
                if (!cohort[row] || gColumn->isMissing(row))
                    return false;
                *level = gColumn->kind == analysis::ColumnKind::Numeric
                    ? gColumn->numeric[row]
                    : double(gColumn->codes[row]);
                return factor || *level != 0;
            };
            std::map<double, std::size_t> sizes;
            double level = 0;
            for (std::size_t row = 0; row < cohort.size(); ++row) {
                if (levelOf(row, &level))
                    ++sizes[level];
            }
            Reading reading;
            if (x->transform == analysis::Transform::Log)
                reading.transform = analysis::Transform::Log;
            else if (x->transform == analysis::Transform::Winsorise)
                reading = { x->transform, x->lower, x->upper };
            // An x of at most maxCategoryValues distinct values over the purpose's records (a
            // dose of 0.5, 1 or 2) is a category in disguise: the cell rule holds each of its
            // values, in each level, at min_cell, so no sum of it is dominated (a fact of the
            // dataset and purpose, not of the cohort: tst_referencesovernodes
            // toothgrowth_gaussian's dose:supp).
            const analysis::Column *xColumn = data.table.column(x->variable);
            if (!xColumn || xColumn->kind != analysis::ColumnKind::Numeric
                || xColumn->numeric.size() != consented.size())
                continue;
            std::vector<double> distinct;
            double xv = 0;
            for (std::size_t row = 0; row < consented.size()
                 && distinct.size() <= std::size_t(std::max(0, policy.maxCategoryValues));
                 ++row) {
                if (consented[row] && reading.read(xColumn->numeric[row], &xv)
                    && std::find(distinct.begin(), distinct.end(), xv) == distinct.end())
                    distinct.push_back(xv);
            }
            // A removed record's value still counts (FactGhosts): erasing the only record of a
            // fourth value must not make x a category in disguise.
            for (const double gx : factGhostValues(data, x->variable)) {
                if (reading.read(gx, &xv)
                    && std::find(distinct.begin(), distinct.end(), xv) == distinct.end())
                    distinct.push_back(xv);
            }
            if (distinct.size() <= std::size_t(std::max(0, policy.maxCategoryValues)))
                continue;
            std::vector<std::uint8_t> part(cohort.size(), 0);
            for (const auto &[value, size] : sizes) {
                if (size < std::size_t(std::max(1, policy.minCell)))
                    continue;
                for (std::size_t row = 0; row < cohort.size(); ++row)
                    part[row] = levelOf(row, &level) && level == value ? 1 : 0;
                if (auto refused = cohortVerdict(data, x->variable, reading, consented, part,
                                                 policy, memoView(data, consented, part))) {
                    refused->detail
                        = x->variable + ":" + g->variable + " (with the site's extreme values)";
                    return refused;
                }
            }
        }
    }
    return std::nullopt;
}

namespace {

// `ghosts`: the values of the records a re-import removed that still count in the facts
// (release/ledgercarry.h, FactGhosts): an erasure moves no domain check (a log of a removed
// record's 0 refused before it and after it alike).
DomainFacts domainOf(const analysis::Column &column, const std::vector<std::uint8_t> &consented,
                     const std::vector<double> &ghosts)
{
    DomainFacts facts;
    for (const double v : ghosts) {
        facts.positive = facts.positive && v > 0;
        facts.zeroOne = facts.zeroOne && (v == 0 || v == 1);
        facts.nonNegative = facts.nonNegative && v >= 0;
    }
    const double *x = column.numeric.data();
    const std::uint8_t *in = consented.data();
    const std::size_t n = std::min(column.numeric.size(), consented.size());
    for (std::size_t i = 0; i < n; ++i) {
        const double v = x[i];
        if (!in[i] || v != v)
            continue; // not consented, or missing
        facts.finite = facts.finite && std::isfinite(v);
        facts.positive = facts.positive && v > 0;
        facts.zeroOne = facts.zeroOne && (v == 0 || v == 1);
        facts.nonNegative = facts.nonNegative && v >= 0;
    }
    return facts;
}

} // namespace

DomainFacts domainFacts(const LoadedDataset &data, const std::string &variable,
                        const analysis::Column &column, const std::vector<std::uint8_t> &consented)
{
    return domainFacts(data, variable, column, consented, consentBits(consented));
}

DomainFacts domainFacts(const LoadedDataset &data, const std::string &variable,
                        const analysis::Column &column, const std::vector<std::uint8_t> &consented,
                        const std::vector<std::uint64_t> &bits)
{
    if (column.numeric.size() != consented.size() || bits.size() != (consented.size() + 63) / 64)
        return domainOf(column, consented, factGhostValues(data, variable));
    const std::shared_ptr<DatasetMemo> memo = data.memo.get();
    const DatasetMemo::DomainKey key { variable, column.numeric.data(), column.numeric.size() };
    auto findConsent = [&]() -> DatasetMemo::Consent * {
        for (DatasetMemo::Consent &c : memo->consents) {
            if (c.rows == consented.size() && c.bits == bits)
                return &c;
        }
        return nullptr;
    };
    {
        std::lock_guard lock(memo->mutex);
        if (DatasetMemo::Consent *c = findConsent()) {
            if (const auto found = c->domain.find(key); found != c->domain.end()) {
                ++memo->hits;
                return found->second;
            }
        }
    }
    const DomainFacts facts = domainOf(column, consented, factGhostValues(data, variable));
    std::lock_guard lock(memo->mutex);
    DatasetMemo::Consent *c = findConsent();
    if (!c && memo->consents.size() < DatasetMemo::kMaxConsents) {
        memo->consents.push_back({ bits, consented.size(), {}, {} });
        c = &memo->consents.back();
    }
    if (c && c->domain.size() < DatasetMemo::kMaxFacts)
        c->domain[key] = facts;
    return facts;
}

void primeCohortDominance(const LoadedDataset &data, const std::vector<std::uint8_t> &consented,
                          const analysis::DisclosurePolicy &policy)
{
    const MemoView view = memoView(data, consented, consented);
    const std::size_t k = std::size_t(std::clamp(policy.dominanceTopK, 1, int(kMaxTop)));
    for (const VariableInfo &info : data.info.variables) {
        if (info.kind != VariableKind::Numeric && info.kind != VariableKind::Binary)
            continue;
        const std::string variable = info.name.toStdString();
        const analysis::Column *column = data.table.column(variable);
        if (!column || column->kind != analysis::ColumnKind::Numeric
            || consented.size() != column->numeric.size())
            continue;
        if (info.kind == VariableKind::Numeric)
            (void)factsOf(view, factsKey(variable, *column, Reading {}, k), *column, Reading {},
                          consented, k, true, factGhostValues(data, variable));
        // A binary column's domain facts too (withinDomain asks them of a 0/1 outcome and of
        // every predictor: the first design of a binomial model computed them, issue 16).
        (void)domainFacts(data, variable, *column, consented, view.bits);
    }
}

int cohortDominanceMemoHits(const LoadedDataset &data)
{
    const std::shared_ptr<DatasetMemo> memo = data.memo.get();
    std::lock_guard lock(memo->mutex);
    return memo->hits;
}

} // namespace fairstart::node
