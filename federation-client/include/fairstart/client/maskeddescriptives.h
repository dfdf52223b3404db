// SPDX-License-Identifier: GPL-3.0-or-later
// Masked descriptives (docs/protocol.md, "Masked descriptives"): a Table 1 of several sites as a
// descriptives study. The client asks every site for its keys and catalogue, builds the manifest
// (cohort, variables and the union of the catalogues' levels), has every node sign it, relays the
// signatures, and asks for the one round. Every node computes the plain descriptives under its
// own gate and masks what it released; the client verifies every signature, sums the words and
// decodes only the pooled numbers. No site's own numbers reach the client.
#pragma once

#include "fairstart/client/federation.h"
#include "fairstart/client/site.h"
#include "fairstart/client/siteerror.h"

#include "fairstart/analysis/lattice.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace fairstart::client {

class Reply;
class Transport;
struct Request;
struct SiteSurveyResult;

// The outcome of a masked descriptives study: the pooled numbers (mode "masked"; a level count
// withheld at any site is nullopt with the number of sites that withheld it) and the run record
// (manifest, every signature, every node's signed contribution).
// Issue 14: a pooled cell of a masked histogram, two-way table or trend: the sum of the sites'
// released counts, or — when any site withheld the cell — no count and how many sites withheld it
// (the sum of the others would look complete and be too small).
struct PooledCell {
    std::optional<qint64> count;
    int withheldSites = 0;
};
// A histogram on the manifest's lattice (edges first, first + step, ..., last), a two-way table
// (rows × columns, row-major) or a trend (rows: the periods).
struct PooledCells {
    QString rowVariable; // histogram: its variable; trend: the period
    QString columnVariable; // table: the column variable; trend: the counted variable
    QStringList rowLevels; // table and trend
    QStringList columnLevels; // table and trend
    std::vector<double> edges; // histogram
    QList<PooledCell> cells;
};

// Issue 14: the pooled histogram of a numeric variable on the finest lattice common to every
// site (docs/privacy-rules.md, "Knots on a lattice common to all sites"; the chooser in
// analysis/lattice.h). A second descriptives study asks each site for the cells of every
// candidate lattice of the pooled moments; a node counts a cell only where both its ends are
// edges of its own released histogram; the client decodes the sums and keeps the finest lattice
// whose run of released cells shows nearly all records any candidate shows. No site's own
// histogram reaches the client.
struct PooledHistogram {
    QString variable;
    double step = 0; // the common lattice's step; 0 when there is none (plain, one site: its
                     // own uneven edges)
    std::vector<double> edges; // the run of released cells (empty: none)
    std::vector<qint64> counts; // edges.size() - 1 values
    qint64 beyond = 0; // records of the variable outside the edges (every site's tails)
    QString problem; // empty, or why there is no histogram and what to do
    // Plain mode (each site's released histogram seen by the client): per site, its records of
    // the variable outside the edges — its tails and the cells it released only merged with a
    // neighbour (fewer than its minimum cell count of records apart), in the sites' order.
    // Empty in masked mode, where only the sum is known.
    QList<QPair<QString, qint64>> beyondPerSite;
};

struct MaskedDescriptives {
    PooledDescriptives pooled;
    QList<PooledCells> histograms; // in the request's order of variables and edge sets
    QList<PooledCells> tables; // in the request's order
    QList<PooledCells> trends; // in the request's order
    protocol::StudyRecord record;
    // With pooled histograms asked (MaskedDescriptivesRun::setPooledHistograms): one per numeric
    // variable, and the record of the lattice study (nullopt when it did not run).
    QList<PooledHistogram> latticeHistograms;
    QList<protocol::StudyRecord> latticeRecords; // one per study of the candidates' cells
};

// The candidate lattices of each variable of the pooled moments (analysis::latticeSteps),
// shared by spline knots (FederatedRun) and pooled histograms. A variable without spread has
// none.
using LatticeCandidates = std::map<std::string, std::vector<analysis::LatticeRange>>;
LatticeCandidates latticeCandidates(const std::map<std::string, analysis::Moments> &moments,
                                    std::size_t maxCells = 1000);
// The candidates of a pooled histogram: at most this many cells over mean ± 8 SD (a site's
// own step follows its SD / 25, about 400 cells over that range).
constexpr std::size_t kHistogramLatticeCells = 500;

// Every candidate of every variable of `request` as one histogram's edges, in order (a variable
// without candidates asks for none).
void askLatticeCandidates(protocol::DescriptivesRequest *request,
                          const LatticeCandidates &candidates);

// The pooled cells of a lattice study, per variable and candidate in the request's order; a
// cell withheld at any site is nullopt.
using CandidateCells = std::map<std::string, std::vector<std::vector<std::optional<double>>>>;
CandidateCells candidateCells(const MaskedDescriptives &result);

// The pooled histogram of each numeric variable of `pooled` from the candidates' cells (see
// PooledHistogram); a variable without a common lattice says why in words.
QList<PooledHistogram> pooledHistograms(const PooledDescriptives &pooled,
                                        const LatticeCandidates &candidates,
                                        const CandidateCells &cells);

// Plain mode (issue 14 follow-up): the same pooled histograms from what each site releases in
// the clear. plainHistogramRequest is the cohort of `cohort` (purpose, dataset, filters,
// complete cases) with its numeric variables of `candidates` only, each with one edge set over
// the widest range of its candidates: a node releases its own canonical histogram within it
// (docs/privacy-rules.md, "Histograms on the node's edges"; the request's inner edges are not
// used), so this asks for nothing the node does not release anyway.
protocol::DescriptivesRequest plainHistogramRequest(const protocol::DescriptivesRequest &cohort,
                                                    const LatticeCandidates &candidates);
// The pooled cells of every candidate from each site's released histogram (the first of each
// numeric variable): per site analysis::latticeCells (a cell counted where both its ends are
// edges of the site's histogram), summed; a cell withheld at any site is nullopt — the cells a
// masked study's nodes contribute, computed by the client. A site that released no histogram
// of a variable withholds every cell of it. FederatedRun's plain knots use the same.
CandidateCells candidateCells(const LatticeCandidates &candidates,
                              const QList<protocol::DescriptivesResponse> &sites);
// pooledHistograms of candidateCells(candidates, each site's answer), with each site's records
// outside the chosen edges (beyondPerSite), and a sentence naming the sites that released no
// histogram of a variable (none is drawn then: the pool would leave their records out). One
// site needs no common lattice: where none is found its released histogram is drawn as it is
// (step 0: its own edges, bins merged where its records are sparse).
QList<PooledHistogram> plainPooledHistograms(const PooledDescriptives &pooled,
                                             const LatticeCandidates &candidates,
                                             const QList<SiteDescriptives> &sites);

// The pooled histograms, tables and trends of the sum (issue 14), into `out`.
void pooledCellsFromSums(const protocol::DescriptivesStudySpec &spec,
                         const protocol::DescriptivesSums &sums, MaskedDescriptives *out);

// The pooled numbers from the sum over the participants of their released descriptives sums.
PooledDescriptives pooledFromSums(const protocol::DescriptivesStudySpec &spec,
                                  const protocol::DescriptivesSums &sums);

// The manifest's cohort, variables, histograms, tables and trends for a plain descriptives
// request, the levels from the sites' merged catalogue. A masked histogram needs edges on one
// lattice every site counts on: evenly spaced, the first and last multiples of the spacing
// (e.g. 0, 500, ..., 6000); other edges are refused with a sentence in `error`.
std::optional<protocol::DescriptivesStudySpec>
descriptivesStudySpec(const protocol::DescriptivesRequest &request,
                      const MergedCatalogue &catalogue, QString *error);

// What the client checks of one participant's answer: its signature with the participant's key
// from the manifest, the study, site, round 1, mode, status and length. Empty when it holds;
// otherwise what failed (without the site's name).
QString checkDescriptivesContribution(const protocol::StudyManifest &manifest, const QString &study,
                                      int participant, const protocol::SignedContribution &answer);

// The pooled cells of every candidate lattice of `candidates` for the cohort of `request` (its
// purpose, dataset, filters and complete cases; its variables and cells are not asked): as many
// descriptives studies over `sites` as a contribution's length needs (variables grouped so that
// each contribution stays within the protocol's 10000 words), one after the other. `done` gets
// the cells and every study's record, or `failed` the first failure; once.
class LatticeCellsRun : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const CandidateCells &, const QList<protocol::StudyRecord> &)>;
    using Failed = std::function<void(const SiteError &)>;
    LatticeCellsRun(Transport *transport, QObject *parent = nullptr);
    void start(const QList<Site> &sites, const protocol::DescriptivesRequest &request,
               const LatticeCandidates &candidates, Done done, Failed failed);
    void abort();
    // The groups of variables of one study each (in the candidates' order).
    static QList<QStringList> groups(const LatticeCandidates &candidates);

private:
    void next();

    QPointer<Transport> m_transport;
    QList<Site> m_sites;
    protocol::DescriptivesRequest m_request;
    LatticeCandidates m_candidates;
    QList<QStringList> m_groups;
    CandidateCells m_cells;
    QList<protocol::StudyRecord> m_records;
    Done m_done;
    Failed m_failed;
    QPointer<QObject> m_study;
};

class MaskedDescriptivesRun : public QObject {
    Q_OBJECT
public:
    explicit MaskedDescriptivesRun(Transport *transport, QObject *parent = nullptr);
    ~MaskedDescriptivesRun() override;

    // Starts the study over `sites` for `request` (purpose, dataset, filters, complete cases,
    // variables). finished() or failed() follows, once.
    void start(const QList<Site> &sites, const protocol::DescriptivesRequest &request);
    void abort();
    // Issue 14: after the study, a second one for the pooled histogram of every numeric
    // variable on the finest common lattice (MaskedDescriptives::latticeHistograms). When the
    // second study fails, the first one's result still comes, each histogram saying why.
    void setPooledHistograms(bool on) { m_pooledHistograms = on; }

    // Runs a study to its end in a local event loop (for the command line). On failure `error`
    // is the first site's error and `otherErrors`, when given, those of the other sites that
    // failed the same step (otherErrors()).
    static std::optional<MaskedDescriptives> run(Transport &transport, const QList<Site> &sites,
                                                 const protocol::DescriptivesRequest &request,
                                                 SiteError *error, bool pooledHistograms = false,
                                                 QList<SiteError> *otherErrors = nullptr);

    // With failed(): the other sites that failed the same step (each its own error), so that a
    // request several sites refuse is reported for every one of them, not the first alone (as
    // fairstart-cli does and RunError::otherRefusals for a fit).
    const QList<SiteError> &otherErrors() const { return m_otherErrors; }

Q_SIGNALS:
    void finished(const fairstart::client::MaskedDescriptives &result);
    void failed(const fairstart::client::SiteError &error);

private:
    // Fails with the first failed reply of the step just answered (and the others' errors);
    // true when one failed.
    bool failOnReplies();
    void surveyed(const QList<SiteSurveyResult> &results);
    void opened();
    void armed();
    void answered();
    void fail(const SiteError &error);
    void finish(MaskedDescriptives result);
    // Sends one request per participant (manifest order) and calls `then` once all answered.
    void sendAll(const std::function<Request(int)> &make, void (MaskedDescriptivesRun::*then)());

    QPointer<Transport> m_transport;
    QList<Site> m_sites; // in manifest order once the manifest is made
    protocol::DescriptivesRequest m_request;
    protocol::StudyManifest m_manifest;
    QString m_hash;
    QList<QString> m_jobIds;
    QList<protocol::ManifestSignature> m_signatures;
    QList<protocol::SignedContribution> m_answers;
    QList<Reply *> m_replies;
    bool m_done = false;
    bool m_pooledHistograms = false;
    QList<SiteError> m_otherErrors;
    QPointer<LatticeCellsRun> m_latticeStudy;
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::MaskedDescriptives)
