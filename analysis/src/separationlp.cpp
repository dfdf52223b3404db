// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/separationlp.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace fairstart::analysis {

namespace {

// The distinct rows of X (with a sign and a kind per record), counted. A row's 64-bit hash keys
// the map; a hash shared by two different rows (checked against the pattern's first record) is
// hashed again until it is free or the row's own.
template<typename KindOf>
std::optional<SeparationPatterns> patternsOf(const Eigen::MatrixXd &X, std::size_t maxPatterns,
                                             KindOf kindOf)
{
    const Eigen::Index n = X.rows(), p = X.cols();
    std::unordered_map<std::uint64_t, std::size_t> ids;
    std::vector<Eigen::Index> first;
    std::vector<bool> negatedOf;
    std::vector<double> onFace, below;
    auto mix = [](std::uint64_t h) {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53ULL;
        return h ^ (h >> 33);
    };
    auto sameRow = [&](Eigen::Index a, Eigen::Index b) {
        for (Eigen::Index j = 0; j < p; ++j) {
            if (!(X(a, j) == X(b, j)))
                return false;
        }
        return true;
    };
    // Blocks of rows, hashed column by column (X is column-major), so the scan stops early at
    // the budget without striding over X row by row.
    constexpr Eigen::Index kBlock = 4096;
    std::vector<std::uint64_t> hashes(std::size_t(std::min(n, kBlock)));
    for (Eigen::Index start = 0; start < n; start += kBlock) {
        const Eigen::Index rows = std::min(kBlock, n - start);
        for (Eigen::Index r = 0; r < rows; ++r)
            hashes[std::size_t(r)] = kindOf(start + r).first ? 0x9e3779b97f4a7c15ULL : 0;
        for (Eigen::Index j = 0; j < p; ++j) {
            const double *column = X.col(j).data() + start;
            for (Eigen::Index r = 0; r < rows; ++r) {
                double v = column[r];
                v = v == 0.0 ? 0.0 : v; // −0 and 0 are one value
                std::uint64_t bits;
                std::memcpy(&bits, &v, sizeof bits);
                std::uint64_t &h = hashes[std::size_t(r)];
                h = mix(h ^ (bits + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)));
            }
        }
        for (Eigen::Index r = 0; r < rows; ++r) {
            const Eigen::Index i = start + r;
            const auto [negated, face] = kindOf(i);
            std::uint64_t h = hashes[std::size_t(r)];
            for (;;) {
                const auto [it, added] = ids.try_emplace(h, first.size());
                if (added) {
                    if (first.size() == maxPatterns)
                        return std::nullopt;
                    first.push_back(i);
                    negatedOf.push_back(negated);
                    onFace.push_back(0.0);
                    below.push_back(0.0);
                } else if (negatedOf[it->second] != negated || !sameRow(first[it->second], i)) {
                    h = mix(h + 1); // a collision: the next key
                    continue;
                }
                (face ? onFace : below)[it->second] += 1.0;
                break;
            }
        }
    }
    SeparationPatterns out;
    out.rows.resize(Eigen::Index(first.size()), p);
    for (std::size_t q = 0; q < first.size(); ++q) {
        out.rows.row(Eigen::Index(q)) = X.row(first[q]);
        if (negatedOf[q]) // a logistic record with y = 1: its row negated
            out.rows.row(Eigen::Index(q)) *= -1.0;
    }
    out.onFace = std::move(onFace);
    out.below = std::move(below);
    out.records = std::int64_t(n);
    return out;
}

// The programme, in its dual form: maximise t subject to
//   Σ_q λ⁺_q a_q − Σ_q λ⁻_q a_q − t g = 0,  0 ≤ λ⁺_q ≤ c⁺_q,  0 ≤ λ⁻_q ≤ c⁻_q,  t ≥ 0,
// with g = −Σ_q below_q a_q. Its simplex multipliers π give the primal direction b = −π, and the
// reduced costs of λ⁺_q and λ⁻_q are a_q·b and −a_q·b: a pattern's variable enters when b puts
// it on its penalised side. The start is the basis of p artificial columns fixed at 0 (x = 0 is
// feasible: every bound's lower end is 0), driven out by degenerate pivots.
struct Programme {
    const Eigen::MatrixXd &a; // Q × p, scaled
    Eigen::VectorXd g;
    std::vector<double> upperPlus, upperMinus;
};

struct Solution {
    bool solved = false;
    Eigen::VectorXd b;
    int iterations = 0;
    // The dual programme's variables at the optimum (column 0 = t, 1..Q = λ⁺, Q+1..2Q = λ⁻), for
    // a certificate (binomialOutcomesOverlapRobustly); set only when solved.
    Eigen::VectorXd x;
};

Solution solve(const Programme &lp)
{
    const Eigen::Index Q = lp.a.rows(), p = lp.a.cols();
    // Columns: 0 = t, 1..Q = λ⁺, Q+1..2Q = λ⁻, 2Q+1..2Q+p = artificials.
    const Eigen::Index columns = 1 + 2 * Q + p;
    enum Status : std::uint8_t { Lower, Upper, Basic };
    std::vector<std::uint8_t> status(std::size_t(columns), Lower);
    auto upper = [&](Eigen::Index j) {
        if (j == 0)
            return std::numeric_limits<double>::infinity();
        if (j <= Q)
            return lp.upperPlus[std::size_t(j - 1)];
        if (j <= 2 * Q)
            return lp.upperMinus[std::size_t(j - 1 - Q)];
        return 0.0;
    };
    auto columnOf = [&](Eigen::Index j) -> Eigen::VectorXd {
        if (j == 0)
            return -lp.g;
        if (j <= Q)
            return lp.a.row(j - 1).transpose();
        if (j <= 2 * Q)
            return -lp.a.row(j - 1 - Q).transpose();
        return Eigen::VectorXd::Unit(p, j - 1 - 2 * Q);
    };
    std::vector<Eigen::Index> head(static_cast<std::size_t>(p));
    for (Eigen::Index k = 0; k < p; ++k) {
        head[std::size_t(k)] = 1 + 2 * Q + k;
        status[std::size_t(1 + 2 * Q + k)] = Basic;
    }
    Solution out;
    Eigen::MatrixXd B(p, p);
    Eigen::VectorXd cB(p), v(Q);
    // B x_B = rhs = −Σ (nonbasic at their upper bound) A_j u_j, kept as variables flip.
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(p);
    const int limit = int(std::min<Eigen::Index>(20 * (columns + p), 2000000));
    int degenerate = 0, pivots = 0;
    std::vector<std::pair<double, Eigen::Index>> candidates;
    for (int pricing = 0; pricing < limit; ++pricing) {
        for (Eigen::Index k = 0; k < p; ++k) {
            B.col(k) = columnOf(head[std::size_t(k)]);
            cB[k] = head[std::size_t(k)] == 0 ? 1.0 : 0.0;
        }
        const Eigen::PartialPivLU<Eigen::MatrixXd> lu(B);
        const Eigen::PartialPivLU<Eigen::MatrixXd> luT(B.transpose());
        const Eigen::VectorXd b = -luT.solve(cB);
        Eigen::VectorXd xB = lu.solve(rhs);
        v.noalias() = lp.a * b;
        const double scale = std::max(v.cwiseAbs().maxCoeff(), std::abs(b.dot(lp.g)));
        const double tolerance = 1e-11 * std::max(scale, 1e-300) + 1e-14;
        // The eligible columns, the largest improvement first (Dantzig), or by index (Bland)
        // after a run of degenerate pivots. A bound flip leaves the basis and so every reduced
        // cost as it is: the next candidate is tried without pricing again (only a pivot prices).
        const bool bland = degenerate > 50;
        candidates.clear();
        auto consider = [&](Eigen::Index j, double d) {
            const auto st = status[std::size_t(j)];
            if (st == Basic || !(upper(j) > 0.0))
                return;
            const double gain = st == Lower ? d : -d;
            if (gain > tolerance)
                candidates.emplace_back(bland ? -double(j) : gain, j);
        };
        consider(0, 1.0 - b.dot(lp.g));
        for (Eigen::Index q = 0; q < Q; ++q) {
            consider(1 + q, v[q]);
            consider(1 + Q + q, -v[q]);
        }
        if (candidates.empty()) {
            out.solved = true;
            out.b = b;
            out.iterations = pivots;
            out.x = Eigen::VectorXd::Zero(1 + 2 * Q);
            for (Eigen::Index j = 0; j <= 2 * Q; ++j) {
                if (status[std::size_t(j)] == Upper)
                    out.x[j] = upper(j);
            }
            for (Eigen::Index k = 0; k < p; ++k) {
                if (head[std::size_t(k)] <= 2 * Q)
                    out.x[head[std::size_t(k)]] = xB[k];
            }
            return out;
        }
        // The best remaining candidate each time (nearly every step is a pivot: no sort).
        for (std::size_t tried = 0; tried < candidates.size(); ++tried) {
            std::iter_swap(
                candidates.begin() + std::ptrdiff_t(tried),
                std::max_element(candidates.begin() + std::ptrdiff_t(tried), candidates.end()));
            const Eigen::Index entering = candidates[tried].second;
            const double s = status[std::size_t(entering)] == Lower ? 1.0 : -1.0;
            const Eigen::VectorXd column = columnOf(entering);
            const Eigen::VectorXd w = lu.solve(column);
            const double pivotTolerance = 1e-9 * std::max(1.0, w.cwiseAbs().maxCoeff());
            double theta = upper(entering);
            Eigen::Index leaving = -1;
            bool leavesUpper = false;
            for (Eigen::Index k = 0; k < p; ++k) {
                const double delta = -s * w[k];
                const Eigen::Index j = head[std::size_t(k)];
                double ratio = std::numeric_limits<double>::infinity();
                bool toUpper = false;
                if (delta < -pivotTolerance) {
                    ratio = std::max(0.0, xB[k]) / -delta;
                } else if (delta > pivotTolerance && std::isfinite(upper(j))) {
                    ratio = std::max(0.0, upper(j) - xB[k]) / delta;
                    toUpper = true;
                }
                if (ratio < theta
                    || (ratio == theta && leaving >= 0
                        && (bland ? j < head[std::size_t(leaving)]
                                  : std::abs(w[k]) > std::abs(w[leaving])))) {
                    theta = ratio;
                    leaving = k;
                    leavesUpper = toUpper;
                }
            }
            if (!std::isfinite(theta))
                return out; // unbounded: g = 0 is excluded by the callers
            ++pivots;
            if (leaving < 0) { // a bound flip: the basis stays, so do the reduced costs
                status[std::size_t(entering)] = s > 0 ? Upper : Lower;
                rhs -= s * upper(entering) * column;
                xB -= s * theta * w;
                continue;
            }
            degenerate = theta > 0.0 ? 0 : degenerate + 1;
            const Eigen::Index left = head[std::size_t(leaving)];
            status[std::size_t(left)] = leavesUpper ? Upper : Lower;
            if (leavesUpper)
                rhs -= upper(left) * columnOf(left);
            if (status[std::size_t(entering)] == Upper)
                rhs += upper(entering) * column;
            status[std::size_t(entering)] = Basic;
            head[std::size_t(leaving)] = entering;
            break;
        }
    }
    out.iterations = limit;
    return out;
}

// Where each pattern lies along b, and the counts.
void classify(const SeparationPatterns &patterns, const Eigen::VectorXd &scaledB,
              const Eigen::MatrixXd &scaled, SeparationDirection &d)
{
    const Eigen::VectorXd v = scaled * scaledB;
    const double tolerance = 1e-9 * std::max(v.cwiseAbs().maxCoeff(), 1e-300);
    const std::size_t Q = patterns.onFace.size();
    d.side.assign(Q, 0);
    d.blockers = d.pushedOff = d.onFaceRecords = 0;
    for (std::size_t q = 0; q < Q; ++q) {
        const double x = v[Eigen::Index(q)];
        const auto face = std::int64_t(patterns.onFace[q]), below = std::int64_t(patterns.below[q]);
        if (x > tolerance) {
            d.side[q] = 1;
            d.blockers += face + below;
        } else if (x < -tolerance) {
            d.side[q] = -1;
            d.blockers += face;
            d.pushedOff += below;
        } else {
            d.onFaceRecords += face + below;
        }
    }
}

// The rows the programme works on: each column scaled by its typical magnitude, then each row
// to length 1. Separation is a matter of the signs of a_q·b only, which neither scaling changes
// (b is in the scaled columns' units); the rows' lengths bound what one pattern's record can
// weigh in the L1 objective (at most ‖b‖), so a record planted far off a face weighs no more
// than one close to it.
Eigen::MatrixXd scaledRows(const Eigen::MatrixXd &rows, const Eigen::VectorXd &scales)
{
    Eigen::MatrixXd out = rows * scales.cwiseInverse().asDiagonal();
    for (Eigen::Index q = 0; q < out.rows(); ++q) {
        const double length = out.row(q).norm();
        if (length > 0.0)
            out.row(q) /= length;
    }
    return out;
}

// Each column's scale: the median of its nonzero magnitudes over the patterns (a column of
// zeros: 1). The median, not the largest: one planted value far out must not shrink the others.
Eigen::VectorXd columnScales(const Eigen::MatrixXd &rows)
{
    Eigen::VectorXd s(rows.cols());
    std::vector<double> magnitudes;
    for (Eigen::Index j = 0; j < rows.cols(); ++j) {
        magnitudes.clear();
        for (Eigen::Index q = 0; q < rows.rows(); ++q) {
            if (rows(q, j) != 0.0)
                magnitudes.push_back(std::abs(rows(q, j)));
        }
        if (magnitudes.empty()) {
            s[j] = 1.0;
            continue;
        }
        const auto middle = magnitudes.begin() + std::ptrdiff_t(magnitudes.size() / 2);
        std::nth_element(magnitudes.begin(), middle, magnitudes.end());
        s[j] = *middle;
    }
    return s;
}

// One weighted programme over the patterns where `use` is set; nullopt when it has no record
// below (g = 0: no direction pushes one off, since a separating b has g·b > 0) or did not
// finish (then `unfinished` is set).
std::optional<SeparationDirection> solveWeighted(const SeparationPatterns &patterns,
                                                 const Eigen::MatrixXd &scaled,
                                                 const std::vector<double> &weight,
                                                 const std::vector<bool> &use, int &iterations,
                                                 bool &unfinished)
{
    unfinished = false;
    std::vector<Eigen::Index> kept;
    for (std::size_t q = 0; q < use.size(); ++q) {
        if (use[q])
            kept.push_back(Eigen::Index(q));
    }
    const Eigen::Index p = scaled.cols();
    Eigen::MatrixXd a(Eigen::Index(kept.size()), p);
    Programme lp { a, Eigen::VectorXd::Zero(p), {}, {} };
    double belowRecords = 0.0;
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const auto q = std::size_t(kept[k]);
        a.row(Eigen::Index(k)) = scaled.row(kept[k]);
        lp.g -= patterns.below[q] * scaled.row(kept[k]).transpose();
        lp.upperPlus.push_back(weight[q] * (patterns.onFace[q] + patterns.below[q]));
        lp.upperMinus.push_back(weight[q] * patterns.onFace[q]);
        belowRecords += patterns.below[q];
    }
    if (!(belowRecords > 0.0) || !(lp.g.cwiseAbs().maxCoeff() > 0.0))
        return std::nullopt;
    const Solution s = solve(lp);
    iterations += s.iterations;
    if (!s.solved) {
        unfinished = true;
        return std::nullopt;
    }
    SeparationDirection d;
    d.solved = true;
    d.direction = s.b;
    // Patterns left out lie on no side (they are judged by the caller).
    SeparationPatterns sub;
    sub.rows = a;
    for (const Eigen::Index q : kept) {
        sub.onFace.push_back(patterns.onFace[std::size_t(q)]);
        sub.below.push_back(patterns.below[std::size_t(q)]);
    }
    SeparationDirection part;
    classify(sub, s.b, a, part);
    d.side.assign(use.size(), 0);
    for (std::size_t k = 0; k < kept.size(); ++k)
        d.side[std::size_t(kept[k])] = part.side[k];
    d.blockers = part.blockers;
    d.pushedOff = part.pushedOff;
    d.onFaceRecords = part.onFaceRecords;
    return d;
}

} // namespace

std::optional<SeparationPatterns> poissonPatterns(const Eigen::MatrixXd &X,
                                                  const std::function<bool(Eigen::Index)> &positive,
                                                  std::size_t maxPatterns)
{
    return patternsOf(X, maxPatterns, [&positive](Eigen::Index i) {
        return std::pair<bool, bool>(false, positive(i));
    });
}

std::optional<SeparationPatterns>
binomialPatterns(const Eigen::MatrixXd &X, const std::function<bool(Eigen::Index)> &positive,
                 std::size_t maxPatterns)
{
    return patternsOf(X, maxPatterns, [&positive](Eigen::Index i) {
        return std::pair<bool, bool>(positive(i), false);
    });
}

SeparationDirection fewestBlockers(const SeparationPatterns &patterns, int reweightings)
{
    SeparationDirection best;
    const std::size_t Q = patterns.onFace.size();
    if (Q == 0)
        return best;
    const Eigen::VectorXd scales = columnScales(patterns.rows);
    const Eigen::MatrixXd scaled = scaledRows(patterns.rows, scales);
    std::vector<double> weight(Q, 1.0);
    const std::vector<bool> all(Q, true);
    int iterations = 0;
    for (int round = 0; round <= reweightings; ++round) {
        bool unfinished = false;
        auto d = solveWeighted(patterns, scaled, weight, all, iterations, unfinished);
        if (!d) {
            // No direction pushes a record off: judged (every record blocks); or a programme
            // that did not finish: the best so far, or not solved.
            if (round == 0 && !unfinished) {
                best.solved = true;
                best.side.assign(Q, 0);
                best.direction = Eigen::VectorXd::Zero(patterns.rows.cols());
                best.blockers = patterns.records;
            }
            break;
        }
        const Eigen::VectorXd v = scaled * d->direction;
        d->direction = d->direction.cwiseQuotient(scales);
        if (!best.solved || d->blockers < best.blockers)
            best = *d;
        if (best.blockers == 0)
            break;
        // Sharpened only near the threshold: a first solve that leaves hundreds of blockers is
        // an honest design (docs/privacy-rules.md: the L1 programme is a heuristic there).
        if (best.blockers >= 100)
            break;
        const double epsilon = 1e-3 * std::max(v.cwiseAbs().maxCoeff(), 1e-300);
        for (std::size_t q = 0; q < Q; ++q)
            weight[q] = epsilon / (std::abs(v[Eigen::Index(q)]) + epsilon);
    }
    best.iterations = iterations;
    return best;
}

std::optional<std::vector<bool>> pushedOffPatterns(const SeparationPatterns &patterns)
{
    const std::size_t Q = patterns.onFace.size();
    std::vector<bool> pushed(Q, false);
    if (Q == 0)
        return pushed;
    const Eigen::VectorXd scales = columnScales(patterns.rows);
    const Eigen::MatrixXd scaled = scaledRows(patterns.rows, scales);
    const std::vector<double> weight(Q, 1.0);
    std::vector<bool> use(Q, true);
    int iterations = 0;
    for (std::size_t round = 0; round < Q; ++round) {
        bool unfinished = false;
        const auto d = solveWeighted(patterns, scaled, weight, use, iterations, unfinished);
        if (unfinished)
            return std::nullopt;
        if (!d)
            break;
        if (d->blockers != 0 || d->pushedOff == 0)
            break;
        for (std::size_t q = 0; q < Q; ++q) {
            if (d->side[q] < 0) {
                pushed[q] = true;
                use[q] = false;
            }
        }
    }
    return pushed;
}

namespace {

// The records as the programme over every record sees them (fewestBlockersOverRecords): each row
// scaled by the columns' scales, then to length 1, negated for a logistic record with y = 1; its
// kind; g = −Σ (below records' rows).
struct RecordRows {
    const Eigen::MatrixXd &X;
    std::vector<std::uint8_t> kind; // bit 0: on the face (Poisson count above 0), bit 1: negated
    Eigen::VectorXd scales;
    Eigen::VectorXd factor; // per record: ±1 / length of its scaled row (0: a row of zeros)
    Eigen::VectorXd g;
    std::int64_t belowRecords = 0;

    bool face(Eigen::Index i) const { return kind[std::size_t(i)] & 1; }
    // a_i·b for every record (b in the scaled columns' units): one pass over X.
    Eigen::VectorXd along(const Eigen::VectorXd &b) const
    {
        Eigen::VectorXd v = X * b.cwiseQuotient(scales);
        v.array() *= factor.array();
        return v;
    }
    Eigen::RowVectorXd row(Eigen::Index i) const
    {
        return X.row(i).cwiseQuotient(scales.transpose()) * factor[i];
    }
};

// The working set: distinct rows (the record's own row and sign) with the records of each that
// have been added; inSet marks the records added (each counts once).
struct WorkingSet {
    std::unordered_map<std::uint64_t, std::size_t> ids;
    std::vector<Eigen::Index> first;
    std::vector<double> onFace, below;
    std::vector<bool> inSet;
};

std::uint64_t rowHash(const Eigen::MatrixXd &X, Eigen::Index i, bool negated)
{
    std::uint64_t h = negated ? 0x9e3779b97f4a7c15ULL : 0;
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        double v = X(i, j);
        v = v == 0.0 ? 0.0 : v;
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        h ^= bits + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
    }
    return h;
}

void addRecord(const RecordRows &r, WorkingSet &ws, Eigen::Index i)
{
    if (ws.inSet[std::size_t(i)])
        return;
    ws.inSet[std::size_t(i)] = true;
    const bool negated = r.kind[std::size_t(i)] & 2;
    std::uint64_t h = rowHash(r.X, i, negated);
    for (;;) {
        const auto [it, added] = ws.ids.try_emplace(h, ws.first.size());
        if (added) {
            ws.first.push_back(i);
            ws.onFace.push_back(0.0);
            ws.below.push_back(0.0);
        } else {
            const Eigen::Index f = ws.first[it->second];
            if (bool(r.kind[std::size_t(f)] & 2) != negated || !(r.X.row(f) == r.X.row(i))) {
                h = h * 0x9e3779b97f4a7c15ULL + 1; // a collision: the next key
                continue;
            }
        }
        (r.face(i) ? ws.onFace : ws.below)[it->second] += 1.0;
        return;
    }
}

// Where every record lies along b (v = a_i·b), counted like classify.
void classifyRecords(const RecordRows &r, const Eigen::VectorXd &v, SeparationDirection &d)
{
    const double tolerance = 1e-9 * std::max(v.cwiseAbs().maxCoeff(), 1e-300);
    d.blockers = d.pushedOff = d.onFaceRecords = 0;
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        const double x = v[i];
        const bool face = r.face(i);
        if (x > tolerance)
            ++d.blockers;
        else if (x < -tolerance)
            (face ? d.blockers : d.pushedOff) += 1;
        else
            ++d.onFaceRecords;
    }
}

// One weighted programme over every record by row generation (fewestBlockersOverRecords). The
// weight of record i is w(a_i·previous) (1 without a previous direction). nullopt when no record
// is below (g = 0) or the programme did not finish (`unfinished`).
std::optional<Eigen::VectorXd>
solveOverRecords(const RecordRows &r, WorkingSet &ws, const std::function<double(double)> &weightOf,
                 const Eigen::VectorXd *previous, const SeparationBudget &budget,
                 SeparationOverRecords &out, Eigen::VectorXd &v, bool &unfinished)
{
    unfinished = false;
    if (r.belowRecords == 0 || !(r.g.cwiseAbs().maxCoeff() > 0.0))
        return std::nullopt;
    const Eigen::Index p = r.X.cols();
    std::vector<std::pair<double, Eigen::Index>> violated;
    // Where the previous direction put every record (the weights): one pass.
    Eigen::VectorXd vp;
    if (previous) {
        vp = r.along(*previous);
        ++out.passes;
    }
    for (int round = 0; round < budget.rounds; ++round) {
        const auto Q = Eigen::Index(ws.first.size());
        out.workingRows = std::max(out.workingRows, std::size_t(Q));
        Eigen::MatrixXd a(Q, p);
        for (Eigen::Index q = 0; q < Q; ++q)
            a.row(q) = r.row(ws.first[std::size_t(q)]);
        Programme lp { a, r.g, {}, {} };
        for (Eigen::Index q = 0; q < Q; ++q) {
            const double w = previous ? weightOf(vp[ws.first[std::size_t(q)]]) : 1.0;
            lp.upperPlus.push_back(w * (ws.onFace[std::size_t(q)] + ws.below[std::size_t(q)]));
            lp.upperMinus.push_back(w * ws.onFace[std::size_t(q)]);
        }
        const Solution s = solve(lp);
        out.direction.iterations += s.iterations;
        if (!s.solved) {
            unfinished = true;
            return std::nullopt;
        }
        // The verification: every record outside the working set must lie where it costs
        // nothing (on the face; a zero on or below it), up to classify's tolerance.
        v = r.along(s.b);
        ++out.passes;
        const double tolerance = 1e-9 * std::max(v.cwiseAbs().maxCoeff(), 1e-300);
        violated.clear();
        for (Eigen::Index i = 0; i < v.size(); ++i) {
            if (ws.inSet[std::size_t(i)])
                continue;
            const double x = v[i];
            const bool face = r.face(i);
            if (!(x > tolerance || (face && x < -tolerance)))
                continue;
            const double w = previous ? weightOf(vp[i]) : 1.0;
            violated.emplace_back(w * ((face ? std::abs(x) : 0.0) + std::max(0.0, x)), i);
        }
        if (violated.empty())
            return s.b;
        if (ws.first.size() >= budget.workingRows)
            break;
        const std::size_t take = std::min(violated.size(), budget.rowsPerRound);
        std::partial_sort(violated.begin(), violated.begin() + std::ptrdiff_t(take), violated.end(),
                          [](const auto &x, const auto &y) {
                              return x.first > y.first
                                  || (x.first == y.first && x.second < y.second);
                          });
        for (std::size_t k = 0; k < take; ++k)
            addRecord(r, ws, violated[k].second);
    }
    unfinished = true;
    return std::nullopt;
}

} // namespace

bool faceRecordsSpanRobustly(const Eigen::MatrixXd &X,
                             const std::function<bool(Eigen::Index)> &positive, int minCell)
{
    const Eigen::Index n = X.rows(), p = X.cols();
    const int m = std::max(1, minCell);
    if (p == 0)
        return false;
    // Set k: an orthonormal basis (columns 0..rank_k − 1 of basis[k]) of its records' rows.
    std::vector<Eigen::MatrixXd> basis(std::size_t(m), Eigen::MatrixXd(p, p));
    std::vector<Eigen::Index> rank(std::size_t(m), 0);
    int full = 0;
    // About two passes over X's worth of work (p per column of a basis tried).
    const double budget = 2.0 * double(n) * double(p) + 1e6;
    double work = 0.0;
    Eigen::VectorXd x(p), residual(p);
    for (Eigen::Index i = 0; i < n && work < budget; ++i) {
        if (!positive(i))
            continue;
        x = X.row(i).transpose();
        const double length = x.norm();
        if (!(length > 0.0) || !std::isfinite(length))
            continue;
        for (int k = 0; k < m; ++k) {
            const auto K = std::size_t(k);
            const Eigen::Index rk = rank[K];
            if (rk == p)
                continue;
            residual = x;
            // Twice (classical Gram-Schmidt with one re-orthogonalisation): a residual that is
            // only rounding never passes the tolerance below.
            for (int twice = 0; twice < 2; ++twice) {
                if (rk > 0)
                    residual
                        -= basis[K].leftCols(rk) * (basis[K].leftCols(rk).transpose() * residual);
            }
            work += 4.0 * double(p) * double(std::max<Eigen::Index>(rk, 1));
            const double r = residual.norm();
            if (r > 1e-8 * length) {
                basis[K].col(rk) = residual / r;
                if (++rank[K] == p && ++full == m)
                    return true;
                break;
            }
        }
    }
    return false;
}

// (separationlp.h) The logistic exact pass. The claim, in the programme's terms (a_i = x_i for a
// record with y = 0, −x_i for y = 1; a direction b ≠ 0 is blocked by record i when a_i·b > 0, i.e.
// a 0 strictly above the face x·b = 0 or a 1 strictly below it):
//
//   If the records hold m disjoint groups S_1 … S_m such that, for each group S,
//     (i)  its rows a_i (i ∈ S) span R^p, and
//     (ii) some combination Σ_{i∈S} c_i a_i = 0 has every c_i > 0,
//   then every direction b ≠ 0 has a blocker in every group, so at least m blockers, and the
//   programme (fewestBlockersOverRecords) cannot refuse the design.
//
// Proof. Take b ≠ 0 and a group S. By (i) the values a_i·b (i ∈ S) are not all 0 (else b would be
// orthogonal to a spanning set). By (ii) Σ c_i (a_i·b) = 0 with every c_i > 0: a sum of positive
// multiples of numbers that are not all 0 is 0 only if one of them is > 0. So some i ∈ S has
// a_i·b > 0: a blocker. The groups are disjoint, so b has at least m distinct blockers. ∎
// (Equivalently: each group's 0s and 1s overlap in every direction — no hyperplane has the
// group's 1s on or above it and its 0s on or below it; 0 lies in the interior of the convex hull
// of the group's a_i. It is the logistic twin of faceRecordsSpanRobustly: there a spanning set of
// counts above 0 is enough, because every one of them off a face blocks; here a record blocks on
// one side only, so each group must surround the origin.)
//
// With rounding. The rows are taken scaled by their columns' medians and to length 1 (signs of
// a_i·b unchanged). (ii) comes from the programme of this file on the group alone: its dual
// maximises t with Σ (λ_i + t) a_i = 0, 0 ≤ λ_i ≤ 1, so c_i = λ_i + t ≥ t (where Σ a_i = 0 already,
// the programme is unbounded and c = 1, t = 1 is the combination); (i) from the smallest
// eigenvalue σ² of AᵀA (A: the group's rows). Neither is trusted as solved: with the residual
// r = Σ c_i a_i computed, for any unit b some |a_i·b| ≥ σ / √|S| (‖Ab‖ ≥ σ), and if no a_i·b
// exceeded δ then Σ c_i a_i·b ≤ δ Σ c − t σ / √|S|, while it equals r·b ≥ −‖r‖; so some record has
// a_i·b ≥ δ = (t σ / √|S| − ‖r‖) / Σ c. The group is accepted only when δ ≥ 1e-7 (the programme's
// own tolerance is 1e-9 of the largest |a_i·b| ≤ 1), so no rounding can fake a certificate.
//
// The groups: the records of each outcome taken evenly over the design (each group its share of
// the 1s and the 0s, half and half where both are common), |S| = 4 (p + 1) to start, doubled up
// to 1024 while a group's programme finds a direction the group does not block (t = 0: the group
// is separable on its own, which an honest group of a few p records may be). A group that fails
// at 1024 records ends the pass: the design goes to the programme. Only a design can be passed
// here, never refused.
LogisticOverlap binomialOutcomesOverlapRobustly(const Eigen::MatrixXd &X,
                                                const std::function<bool(Eigen::Index)> &positive,
                                                int minCell)
{
    LogisticOverlap out;
    const Eigen::Index n = X.rows(), p = X.cols();
    const Eigen::Index m = std::max(1, minCell);
    if (p == 0 || n == 0)
        return out;
    Eigen::Index ones = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        ones += positive(i) ? 1 : 0;
    const Eigen::Index zeros = n - ones;
    constexpr Eigen::Index kLargestGroup = 1024;
    std::vector<Eigen::Index> picked;
    std::vector<bool> pickedOne;
    for (Eigen::Index G = 4 * (p + 1); G <= kLargestGroup; G *= 2) {
        // Each group: k1 of the 1s and k0 of the 0s (half and half, the rest from the other
        // outcome where one is rare), at least p + 1 records in all.
        const Eigen::Index k1 = std::min(ones / m, std::max(G / 2, G - zeros / m));
        const Eigen::Index k0 = std::min(zeros / m, G - k1);
        if (k0 + k1 < p + 1 || k0 == 0 || k1 == 0)
            return out;
        // The class's records evenly over the design: every stride-th of its own, m·k of them;
        // the j-th picked goes to group j mod m.
        const Eigen::Index stride1 = std::max<Eigen::Index>(1, ones / (m * k1));
        const Eigen::Index stride0 = std::max<Eigen::Index>(1, zeros / (m * k0));
        picked.clear();
        pickedOne.clear();
        std::vector<std::vector<Eigen::Index>> groups(static_cast<std::size_t>(m));
        Eigen::Index seen1 = 0, seen0 = 0, taken1 = 0, taken0 = 0;
        for (Eigen::Index i = 0; i < n && (taken1 < m * k1 || taken0 < m * k0); ++i) {
            if (positive(i)) {
                if (seen1++ % stride1 == 0 && taken1 < m * k1)
                    groups[std::size_t(taken1++ % m)].push_back(i);
            } else if (seen0++ % stride0 == 0 && taken0 < m * k0) {
                groups[std::size_t(taken0++ % m)].push_back(i);
            }
        }
        if (taken1 < m * k1 || taken0 < m * k0)
            return out;
        // The columns' scales: the medians over every record picked.
        Eigen::MatrixXd sample(m * (k0 + k1), p);
        Eigen::Index row = 0;
        for (const auto &g : groups) {
            for (const Eigen::Index i : g)
                sample.row(row++) = X.row(i);
        }
        const Eigen::VectorXd scales = columnScales(sample);
        out.groupRecords = std::size_t(k0 + k1);
        bool every = true;
        double smallestMargin = std::numeric_limits<double>::infinity();
        for (const auto &g : groups) {
            const auto S = Eigen::Index(g.size());
            Eigen::MatrixXd a(S, p);
            for (Eigen::Index k = 0; k < S; ++k) {
                const Eigen::Index i = g[std::size_t(k)];
                a.row(k) = X.row(i).cwiseQuotient(scales.transpose());
                const double length = a.row(k).norm();
                if (!(length > 0.0) || !std::isfinite(length))
                    return out; // a row of zeros blocks nothing; not finite: not judged here
                a.row(k) *= (positive(i) ? -1.0 : 1.0) / length;
            }
            // (i): the group spans, with a margin.
            const Eigen::MatrixXd gram = a.transpose() * a;
            const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(gram,
                                                                       Eigen::EigenvaluesOnly);
            const double smallest = eigen.eigenvalues()[0] - 1e-12 * double(S);
            if (!(smallest > 1e-8)) {
                every = false;
                break;
            }
            // (ii): the group's programme (every record below, weight 1). Where the rows
            // already sum to 0 (g = 0, the programme unbounded), c = 1 is the combination.
            Programme lp { a, -a.colwise().sum().transpose(),
                           std::vector<double>(std::size_t(S), 1.0),
                           std::vector<double>(std::size_t(S), 0.0) };
            double t = 1.0;
            Eigen::VectorXd c = Eigen::VectorXd::Ones(S);
            if (lp.g.norm() > 1e-9 * double(S)) {
                const Solution s = solve(lp);
                ++out.programmes;
                out.iterations += s.iterations;
                if (!s.solved || !(s.x[0] > 0.0)) {
                    every = false;
                    break;
                }
                t = s.x[0];
                for (Eigen::Index k = 0; k < S; ++k)
                    c[k] = std::max(0.0, s.x[1 + k] - s.x[1 + S + k]) + t;
            }
            const double residual = (a.transpose() * c).norm();
            const double margin
                = (t * std::sqrt(smallest) / std::sqrt(double(S)) - residual) / c.sum();
            smallestMargin = std::min(smallestMargin, margin);
            if (!(margin >= 1e-7)) {
                every = false;
                break;
            }
        }
        if (every) {
            out.certified = true;
            out.margin = smallestMargin;
            return out;
        }
        if (G * 2 * m > n)
            break;
    }
    return out;
}

SeparationOverRecords fewestBlockersOverRecords(const Eigen::MatrixXd &X,
                                                const std::function<bool(Eigen::Index)> &positive,
                                                bool binomial, int minCell,
                                                const SeparationBudget &budget, int reweightings)
{
    SeparationOverRecords out;
    const Eigen::Index n = X.rows(), p = X.cols();
    if (n == 0 || p == 0)
        return out;
    if (!binomial && minCell > 0 && faceRecordsSpanRobustly(X, positive, minCell)) {
        out.spanned = true;
        out.direction.solved = true;
        out.direction.direction = Eigen::VectorXd::Zero(p);
        out.direction.blockers = std::int64_t(n);
        return out;
    }
    if (binomial && minCell > 0
        && binomialOutcomesOverlapRobustly(X, positive, minCell).certified) {
        out.spanned = true;
        out.direction.solved = true;
        out.direction.direction = Eigen::VectorXd::Zero(p);
        out.direction.blockers = std::int64_t(n);
        return out;
    }
    const auto kindOf = [&](Eigen::Index i) {
        const bool y = positive(i);
        return binomial ? std::pair<bool, bool>(y, false) : std::pair<bool, bool>(false, y);
    };
    RecordRows r { X, std::vector<std::uint8_t>(std::size_t(n)), Eigen::VectorXd(),
                   Eigen::VectorXd(n), Eigen::VectorXd::Zero(p) };
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto [negated, face] = kindOf(i);
        r.kind[std::size_t(i)] = std::uint8_t((face ? 1 : 0) | (negated ? 2 : 0));
    }
    // The columns' scales: over the distinct rows of every record, or of a strided sample.
    constexpr Eigen::Index kSample = 65536;
    if (n <= kSample) {
        r.scales = columnScales(patternsOf(X, std::size_t(n) + 1, kindOf)->rows);
    } else {
        const Eigen::Index stride = (n + kSample - 1) / kSample;
        Eigen::MatrixXd sample((n + stride - 1) / stride, p);
        for (Eigen::Index k = 0; k < sample.rows(); ++k)
            sample.row(k) = X.row(k * stride);
        r.scales
            = columnScales(patternsOf(sample, std::size_t(sample.rows()) + 1, [&](Eigen::Index k) {
                               return kindOf(k * stride);
                           })->rows);
    }
    {
        // Lengths of the scaled rows, one pass over X column by column.
        Eigen::VectorXd squared = Eigen::VectorXd::Zero(n);
        for (Eigen::Index j = 0; j < p; ++j)
            squared.array() += (X.col(j).array() / r.scales[j]).square();
        for (Eigen::Index i = 0; i < n; ++i) {
            const double length = std::sqrt(squared[i]);
            r.factor[i] = length > 0.0 ? ((r.kind[std::size_t(i)] & 2) ? -1.0 : 1.0) / length : 0.0;
        }
        // g = −Σ below records' rows = −(X / scales)ᵀ (factor on the below records).
        Eigen::VectorXd belowFactor(n);
        for (Eigen::Index i = 0; i < n; ++i) {
            const bool below = !r.face(i);
            belowFactor[i] = below ? r.factor[i] : 0.0;
            r.belowRecords += below ? 1 : 0;
        }
        r.g = -(X.transpose() * belowFactor).cwiseQuotient(r.scales);
    }
    WorkingSet ws;
    ws.inSet.assign(std::size_t(n), false);
    if (budget.everyRow) {
        for (Eigen::Index i = 0; i < n; ++i)
            addRecord(r, ws, i);
    } else {
        // A strided sample to start, and every record that is the only one of its kind among
        // the first rows would be found by the verification anyway.
        const Eigen::Index start = std::min<Eigen::Index>(n, Eigen::Index(budget.rowsPerRound));
        const Eigen::Index stride = std::max<Eigen::Index>(1, n / std::max<Eigen::Index>(start, 1));
        for (Eigen::Index i = 0; i < n; i += stride)
            addRecord(r, ws, i);
    }
    SeparationDirection &best = out.direction;
    int iterations = 0;
    std::optional<Eigen::VectorXd> previous;
    double epsilon = 0.0;
    const std::function<double(double)> weightOf = [&epsilon](double x) {
        return epsilon / (std::abs(x) + epsilon);
    };
    Eigen::VectorXd v;
    for (int round = 0; round <= reweightings; ++round) {
        bool unfinished = false;
        SeparationOverRecords counts;
        const auto b = solveOverRecords(r, ws, weightOf, previous ? &*previous : nullptr, budget,
                                        counts, v, unfinished);
        iterations += counts.direction.iterations;
        out.passes += counts.passes;
        out.workingRows = std::max(out.workingRows, counts.workingRows);
        if (unfinished) {
            // Not judged: the node refuses (a direction with fewer blockers might remain).
            out.unfinished = true;
            break;
        }
        if (!b) {
            if (round == 0) {
                best.solved = true;
                best.direction = Eigen::VectorXd::Zero(p);
                best.blockers = std::int64_t(n);
            }
            break;
        }
        SeparationDirection d;
        d.solved = true;
        d.direction = b->cwiseQuotient(r.scales);
        classifyRecords(r, v, d);
        if (!best.solved || d.blockers < best.blockers)
            best = d;
        if (best.blockers == 0 || best.blockers >= 100)
            break;
        previous = *b;
        epsilon = 1e-3 * std::max(v.cwiseAbs().maxCoeff(), 1e-300);
    }
    best.iterations = iterations;
    return out;
}

} // namespace fairstart::analysis
