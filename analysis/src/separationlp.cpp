// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/separationlp.h"

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

} // namespace fairstart::analysis
