// SPDX-License-Identifier: GPL-3.0-or-later
// Separation of a log-linear (Poisson) or logistic design along any direction of its span, found
// by a linear programme over the design's distinct rows (docs/privacy-rules.md, "Separation along
// any direction: a linear programme"). C++20 and Eigen only.
#pragma once

#include "fairstart/analysis/disclosure.h"

#include <Eigen/Dense>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fairstart::analysis {

// The budget of the programme over every record (fewestBlockersOverRecords): the rows its working
// set may hold and the rounds of row generation of one programme. Not a size above which the
// check is skipped: a programme that hits it is "unfinished", and the node refuses the design
// (docs/privacy-rules.md, "Separation along any direction at any size").
struct SeparationBudget {
    std::size_t workingRows = 3000; // distinct rows in the working set
    int rounds = 40; // verifications of one programme (each a pass over X)
    std::size_t rowsPerRound = 300; // violated records added per round, the largest first
    bool everyRow = false; // the working set starts with every row (the full programme; tests)
};

// The distinct rows a_q of a design with their record counts. A direction b separates when
// a_q·b = 0 for every pattern holding records that must stay on the face (`onFace` > 0: Poisson
// counts above 0), a_q·b ≤ 0 for the others (`below`: Poisson counts of 0; every logistic record,
// its row negated when y = 1), and a_q·b < 0 for some: then the maximum likelihood estimate does
// not exist (Haberman 1974 for log-linear models, Albert and Anderson 1984 for logistic ones).
struct SeparationPatterns {
    Eigen::MatrixXd rows; // one distinct row per pattern (design units)
    std::vector<double> onFace; // records of the pattern that must stay on the face
    std::vector<double> below; // records of the pattern that may lie below it
    std::int64_t records = 0;
};

// The patterns of a Poisson design (y > 0: onFace, y = 0: below), or nothing when it has more
// than maxPatterns distinct rows (the scan stops there). One pass over X.
// `positive(i)`: record i's outcome is above 0.
std::optional<SeparationPatterns> poissonPatterns(const Eigen::MatrixXd &X,
                                                  const std::function<bool(Eigen::Index)> &positive,
                                                  std::size_t maxPatterns);
// The patterns of a logistic design (every record below; the row negated for y = 1), or nothing
// beyond maxPatterns distinct (row, y).
std::optional<SeparationPatterns>
binomialPatterns(const Eigen::MatrixXd &X, const std::function<bool(Eigen::Index)> &positive,
                 std::size_t maxPatterns);

// One direction b and where each pattern lies along it.
struct SeparationDirection {
    bool solved = false; // false: the programme did not finish (iteration limit); nothing judged
    Eigen::VectorXd direction; // b in design units (0 where the design has no zero record)
    std::vector<std::int8_t> side; // per pattern: −1 below the face, 0 on it, +1 above
    // Records that keep b from separating: onFace records off the face, below records above it.
    std::int64_t blockers = 0;
    std::int64_t pushedOff = 0; // below records strictly below the face
    std::int64_t onFaceRecords = 0; // records of every kind on the face
    int iterations = 0; // simplex pivots, over every programme solved
};

// The direction along which the fewest records block separation, as a weighted L1 programme:
// minimise Σ_q w_q (onFace_q |a_q·b| + (onFace_q + below_q) max(0, a_q·b)) subject to
// Σ_q below_q (−a_q·b) = 1, solved as its dual (p equality rows, one bounded variable per pattern
// and side) by a bounded-variable revised simplex. Its optimum is 0 exactly when the design
// separates (then blockers = 0); otherwise it is a heuristic for the fewest blockers (an L1
// relaxation of a count), sharpened by `reweightings` further solves with w_q = 1 / (|a_q·b| + ε)
// (Candès, Wakin and Boyd 2008). The direction returned is the one with the fewest blockers.
SeparationDirection fewestBlockers(const SeparationPatterns &patterns, int reweightings = 2);

// The patterns that some separating direction pushes strictly below the face: the below records
// with a_q·b < 0 at a relative-interior solution of {a_q·b = 0 (onFace), a_q·b ≤ 0 (below)}, as a
// sequence of the programmes above (each pushes some off; they are then left out and the next
// programme looks for more). Empty when the estimate exists. nullopt when a programme did not
// finish.
std::optional<std::vector<bool>> pushedOffPatterns(const SeparationPatterns &patterns);

// Whether minCell records that carry a count above 0 (`positive`) can be taken from m = minCell
// disjoint sets of such records that each span the design's columns: then every direction b ≠ 0
// leaves at least one record of each set off its face, so at least minCell records block it, and
// no direction is refused (an exact pass, no programme). Greedy, over the records in order; false
// when the sets are not found within about two passes' worth of work (then the programme judges).
bool faceRecordsSpanRobustly(const Eigen::MatrixXd &X,
                             const std::function<bool(Eigen::Index)> &positive, int minCell);

// The logistic twin (binomialOutcomesOverlapRobustly): minCell disjoint groups of records, each
// of whose rows a_i (x_i for y = 0, −x_i for y = 1) span the design's columns and have a strictly
// positive combination equal to 0 — each group's 0s and 1s overlap in every direction, so every
// direction b ≠ 0 has a blocker (a 0 above its face or a 1 below it) in every group, and at least
// minCell in all: no direction is refused (the proof: separationlp.cpp). Each group's combination
// comes from the programme on the group alone and is checked with a margin (`margin` ≥ 1e-7, the
// smallest over the certified groups), so rounding cannot fake it. Groups of 4 (p + 1) records
// taken evenly over each outcome, doubled up to 1024 while one fails; `certified` false: nothing
// proven (the programme judges). Only passes a design, never refuses one.
struct LogisticOverlap {
    bool certified = false;
    std::size_t groupRecords = 0; // records per group at the last size tried
    int programmes = 0; // group programmes solved
    int iterations = 0; // their simplex pivots
    double margin = 0.0;
};
LogisticOverlap binomialOutcomesOverlapRobustly(const Eigen::MatrixXd &X,
                                                const std::function<bool(Eigen::Index)> &positive,
                                                int minCell);

// What the programme over every record found.
struct SeparationOverRecords {
    SeparationDirection direction; // blockers, pushedOff, onFaceRecords over every record
    bool unfinished = false; // the budget (or the simplex's limit) was hit: nothing judged
    bool spanned = false; // faceRecordsSpanRobustly: no direction has fewer than minCell blockers
    std::size_t workingRows = 0; // distinct rows of the largest working set
    int passes = 0; // passes over X (verifications)
};

// fewestBlockers over every record of a design, by row generation: each weighted programme is
// solved on a working set of distinct rows (a sample of the records to start), the direction
// found is verified against every record in one pass over X, and the records it penalises that
// are not in the set are added (the most penalised first), until none is: then the direction is
// optimal for the programme over every row (the working set's objective is a lower bound of
// the full one, and equals it there). The columns' scales are the medians of their nonzero
// magnitudes over the distinct rows of every record (designs of up to 65536 records: the
// patterns' fewestBlockers exactly) or of a strided sample of 65536. Poisson (`binomial` false):
// records with a count above 0 stay on the face; logistic: every record below, the rows of the
// ones negated. With minCell > 0 a Poisson design is first tried with faceRecordsSpanRobustly,
// a logistic one with binomialOutcomesOverlapRobustly (`spanned` then set, nothing solved).
SeparationOverRecords fewestBlockersOverRecords(const Eigen::MatrixXd &X,
                                                const std::function<bool(Eigen::Index)> &positive,
                                                bool binomial, int minCell = 0,
                                                const SeparationBudget &budget = {},
                                                int reweightings = 2);

// The node's verdict on the programme: refused (the direction's columns, "a combination of score,
// z"), where fewer than minCell records keep some direction from separating and it pushes some
// record off; unfinished (the budget was hit: the node refuses, it does not release unchecked);
// or passed. At any number of distinct rows.
struct SeparationVerdict {
    enum Kind { Passed, Refused, Unfinished } kind = Passed;
    std::string detail; // Refused: "a combination of …"
};
SeparationVerdict separationVerdict(const DesignMatrix &design, Family family,
                                    const DisclosurePolicy &policy,
                                    const SeparationBudget &budget = {});

// The node's rule on the programme (checkPoissonSeparation, disclosure.cpp, runs it for every
// Poisson design, checkBinomialSeparation for every logistic one): separationVerdict's detail when
// refused, "the check of every direction, which did not finish" when unfinished, else nothing.
// Other families: nothing.
std::optional<std::string> separationAlongAnyDirection(const DesignMatrix &design, Family family,
                                                       const DisclosurePolicy &policy);

// Separation of a logistic design along any direction of its span (rule "separation", the id of
// checkSeparation and checkPoissonSeparation; docs/privacy-rules.md, "Logistic separation at job
// opening"; defined in disclosure.cpp): refused where fewer than minCell records (a 1 strictly
// below, a 0 strictly above) keep some direction b from having every 1 at or above x·b = 0 and
// every 0 at or below it with some record off it — quasi-complete separation with both outcomes
// on the face included, which no round's Xβ shows. binomialOutcomesOverlapRobustly passes most
// designs in milliseconds; else the programme over every record, whose budget hit is a refusal.
// Once per design, with the design's rules (ReleaseGate::designRules). Other families pass.
RuleOutcome checkBinomialSeparation(const DesignMatrix &design, Family family,
                                    const DisclosurePolicy &policy);

} // namespace fairstart::analysis
