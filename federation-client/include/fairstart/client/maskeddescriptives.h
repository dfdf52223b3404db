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

#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
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

struct MaskedDescriptives {
    PooledDescriptives pooled;
    QList<PooledCells> histograms; // in the request's order of variables and edge sets
    QList<PooledCells> tables; // in the request's order
    QList<PooledCells> trends; // in the request's order
    protocol::StudyRecord record;
};

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

class MaskedDescriptivesRun : public QObject {
    Q_OBJECT
public:
    explicit MaskedDescriptivesRun(Transport *transport, QObject *parent = nullptr);
    ~MaskedDescriptivesRun() override;

    // Starts the study over `sites` for `request` (purpose, dataset, filters, complete cases,
    // variables). finished() or failed() follows, once.
    void start(const QList<Site> &sites, const protocol::DescriptivesRequest &request);
    void abort();

    // Runs a study to its end in a local event loop (for the command line).
    static std::optional<MaskedDescriptives> run(Transport &transport, const QList<Site> &sites,
                                                 const protocol::DescriptivesRequest &request,
                                                 SiteError *error);

Q_SIGNALS:
    void finished(const fairstart::client::MaskedDescriptives &result);
    void failed(const fairstart::client::SiteError &error);

private:
    void surveyed(const QList<SiteSurveyResult> &results);
    void opened();
    void armed();
    void answered();
    void fail(const SiteError &error);
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
};

} // namespace fairstart::client

Q_DECLARE_METATYPE(fairstart::client::MaskedDescriptives)
