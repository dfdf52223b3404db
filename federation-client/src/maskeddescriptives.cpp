// SPDX-License-Identifier: GPL-3.0-or-later
// Masked descriptives (docs/protocol.md, "Masked descriptives"): the client's side of a
// descriptives study. It computes nothing from records: it builds and relays, verifies every
// signature, and decodes the sum over all participants.
#include "fairstart/client/maskeddescriptives.h"

#include "fairstart/client/nodeapi.h"
#include "fairstart/client/sitesurvey.h"
#include "fairstart/client/studychecks.h"
#include "fairstart/client/tr.h"
#include "fairstart/client/transport.h"

#include "fairstart/secure/secure.h"

#include <QEventLoop>

#include <algorithm>
#include <cmath>

namespace fairstart::client {

namespace {

qint64 whole(double value)
{
    return qint64(std::llround(value));
}

} // namespace

PooledDescriptives pooledFromSums(const protocol::DescriptivesStudySpec &spec,
                                  const protocol::DescriptivesSums &sums)
{
    PooledDescriptives pooled;
    pooled.mode = QStringLiteral("masked");
    pooled.cohortSize = whole(sums.cohortSize);
    for (std::size_t v = 0; v < sums.variables.size(); ++v) {
        const protocol::DescriptivesSums::Variable &variable = sums.variables[v];
        if (variable.numeric) {
            PooledNumeric numeric;
            numeric.variable = variable.name;
            numeric.moments.count = variable.n;
            if (variable.n > 0) {
                numeric.moments.mean = variable.sum / variable.n;
                // Σx² − (Σx)²/n: both sums are exact to the last bit of a double (decoded once
                // from the exact integer sum), so the relative error of the SD is about
                // 1e-16 · (1 + mean²/variance).
                numeric.moments.m2
                    = std::max(0.0, variable.sumSquares - variable.sum * variable.sum / variable.n);
            }
            numeric.missing = whole(variable.missing);
            pooled.numeric << numeric;
            continue;
        }
        PooledCategorical categorical;
        categorical.variable = variable.name;
        const QStringList &levels = spec.variables.at(qsizetype(v)).levels;
        for (qsizetype l = 0; l < levels.size(); ++l) {
            PooledLevel level;
            level.name = levels.at(l);
            level.withheldSites = int(std::lround(variable.withheld[std::size_t(l)]));
            // A count some site withheld is not shown as a sum of the others: the pooled cell
            // would look complete and be too small.
            if (level.withheldSites == 0)
                level.count = whole(variable.counts[std::size_t(l)]);
            categorical.levels << level;
        }
        if (std::lround(variable.missingWithheld) == 0)
            categorical.missing = whole(variable.missing);
        pooled.categorical << categorical;
    }
    return pooled;
}

std::optional<protocol::DescriptivesStudySpec>
descriptivesStudySpec(const protocol::DescriptivesRequest &request,
                      const MergedCatalogue &catalogue, QString *error)
{
    protocol::DescriptivesStudySpec spec;
    spec.filters = request.filters;
    spec.completeCases = request.completeCases;
    auto find = [&](const QString &name) {
        return std::find_if(catalogue.variables.begin(), catalogue.variables.end(),
                            [&](const MergedVariable &m) { return m.name == name; });
    };
    // A table's or trend's levels: the union of the catalogues' (binary: 0 and 1).
    auto cellLevels = [&](const QString &name, QStringList *levels) {
        const auto merged = find(name);
        if (merged == catalogue.variables.end()) {
            *error = Tr::tr("No site lists the variable '%1' in its catalogue.").arg(name);
            return false;
        }
        if (merged->type == protocol::VariableType::Binary)
            *levels = { QStringLiteral("0"), QStringLiteral("1") };
        else if (merged->type == protocol::VariableType::Categorical)
            *levels = merged->levels;
        if (levels->isEmpty()) {
            *error = Tr::tr("'%1' is not a categorical or yes/no variable with levels in the "
                            "catalogues: tables and trends count levels.")
                         .arg(name);
            return false;
        }
        return true;
    };
    for (const auto &[row, column] : request.tables) {
        protocol::DescriptivesStudyTable table { row, column, {}, {} };
        if (!cellLevels(row, &table.rowLevels) || !cellLevels(column, &table.columnLevels))
            return std::nullopt;
        spec.tables << table;
    }
    for (const protocol::TrendRequest &t : request.trends) {
        protocol::DescriptivesStudyTrend trend { t.period, t.variable, t.from, t.to, {} };
        if (!cellLevels(t.variable, &trend.levels))
            return std::nullopt;
        spec.trends << trend;
    }
    for (const protocol::DescribeVariable &variable : request.variables) {
        for (const std::vector<double> &edges : variable.histogramEdges) {
            // One lattice at every site: evenly spaced edges whose ends are multiples of the
            // spacing, so that every participant counts the same cells.
            protocol::DescriptivesStudyHistogram lattice;
            lattice.variable = variable.name;
            if (edges.size() >= 2) {
                // The spacing from the ends (exact decimals for a lattice's points): edges[1] −
                // edges[0] can be a bit off (0.4 − 0.2).
                lattice.step = (edges.back() - edges.front()) / double(edges.size() - 1);
                lattice.first = edges.front();
                lattice.last = edges.back();
            }
            const std::size_t cells = protocol::histogramCells(lattice);
            bool even = cells > 0 && cells + 1 == edges.size();
            for (std::size_t i = 0; even && i < edges.size(); ++i)
                even = std::abs(edges[i] - (lattice.first + double(i) * lattice.step))
                    <= 1e-9 * std::max(1.0, std::abs(edges[i]));
            if (!even) {
                *error = Tr::tr("A masked histogram of '%1' needs evenly spaced edges whose "
                                "first and last are multiples of the spacing (e.g. 0, 500, ..., "
                                "6000), so that every site counts the same bins.")
                             .arg(variable.name);
                return std::nullopt;
            }
            spec.histograms << lattice;
        }
        const auto merged = find(variable.name);
        if (merged == catalogue.variables.end()) {
            *error = Tr::tr("No site lists the variable '%1' in its catalogue.").arg(variable.name);
            return std::nullopt;
        }
        if (!variable.histogramEdges.empty() && merged->type != protocol::VariableType::Numeric) {
            *error = Tr::tr("'%1' is not numeric: a histogram describes a numeric variable.")
                         .arg(variable.name);
            return std::nullopt;
        }
        protocol::DescriptivesStudyVariable out;
        out.name = variable.name;
        if (merged->type == protocol::VariableType::Binary)
            out.levels = { QStringLiteral("0"), QStringLiteral("1") };
        else if (merged->type == protocol::VariableType::Categorical)
            out.levels = merged->levels;
        if (merged->type != protocol::VariableType::Numeric && out.levels.isEmpty()) {
            *error = Tr::tr("The catalogues list no level of '%1'.").arg(variable.name);
            return std::nullopt;
        }
        spec.variables << out;
    }
    if (spec.variables.isEmpty() && spec.tables.isEmpty() && spec.trends.isEmpty()) {
        *error = Tr::tr("Name at least one variable, table or trend to describe.");
        return std::nullopt;
    }
    return spec;
}

namespace {

QList<PooledCell> pooledCells(const protocol::DescriptivesSums::Cells &sums)
{
    QList<PooledCell> cells;
    for (std::size_t i = 0; i < sums.counts.size(); ++i) {
        PooledCell cell;
        cell.withheldSites = int(std::lround(sums.withheld[i]));
        if (cell.withheldSites == 0)
            cell.count = whole(sums.counts[i]);
        cells << cell;
    }
    return cells;
}

} // namespace

void pooledCellsFromSums(const protocol::DescriptivesStudySpec &spec,
                         const protocol::DescriptivesSums &sums, MaskedDescriptives *out)
{
    for (qsizetype i = 0; i < spec.histograms.size(); ++i) {
        const protocol::DescriptivesStudyHistogram &h = spec.histograms[i];
        PooledCells pooled;
        pooled.rowVariable = h.variable;
        const std::size_t n = protocol::histogramCells(h);
        for (std::size_t k = 0; k <= n; ++k)
            pooled.edges.push_back(h.first + double(k) * h.step);
        pooled.cells = pooledCells(sums.histograms.at(std::size_t(i)));
        out->histograms << pooled;
    }
    for (qsizetype i = 0; i < spec.tables.size(); ++i) {
        const protocol::DescriptivesStudyTable &t = spec.tables[i];
        out->tables << PooledCells { t.row,       t.column,
                                     t.rowLevels, t.columnLevels,
                                     {},          pooledCells(sums.tables.at(std::size_t(i))) };
    }
    for (qsizetype i = 0; i < spec.trends.size(); ++i) {
        const protocol::DescriptivesStudyTrend &t = spec.trends[i];
        QStringList periods;
        for (int p = t.from; p <= t.to; ++p)
            periods << QString::number(p);
        out->trends << PooledCells { t.period, t.variable,
                                     periods,  t.levels,
                                     {},       pooledCells(sums.trends.at(std::size_t(i))) };
    }
}

QString checkDescriptivesContribution(const protocol::StudyManifest &manifest, const QString &study,
                                      int participant, const protocol::SignedContribution &answer)
{
    const protocol::StudyParticipant &site = manifest.participants.at(participant);
    const protocol::Contribution &c = answer.contribution;
    const QByteArray key = QByteArray::fromBase64(site.signingKey.toLatin1());
    if (!secure::verify(key, secure::Domain::Contribution, protocol::contributionBytes(c),
                        answer.signature))
        return Tr::tr("its contribution's signature does not verify against its key in the "
                      "manifest: the answer was changed on the way, or another key signed it");
    if (c.study != study)
        return Tr::tr("its contribution belongs to another study");
    if (c.site != site.name)
        return Tr::tr("its contribution is signed as site '%1'").arg(c.site.left(128));
    if (c.round != 1)
        return Tr::tr("its contribution is of round %1, not 1").arg(c.round);
    if (c.status != protocol::ContributionStatus::Descriptives)
        return Tr::tr("it answered '%1' where descriptives were due")
            .arg(protocol::contributionStatusId(c.status));
    if (c.mode != manifest.mode || c.betaHash != study)
        return Tr::tr("its contribution names another mode or study");
    const std::size_t length = protocol::descriptivesLength(manifest.descriptives);
    if (std::size_t(c.p) != length || c.masked.size() != 2 * length)
        return Tr::tr("its masked descriptives do not have the study's length");
    return {};
}

LatticeCandidates latticeCandidates(const std::map<std::string, analysis::Moments> &moments,
                                    std::size_t maxCells)
{
    LatticeCandidates out;
    for (const auto &[variable, m] : moments) {
        if (m.count >= 2 && m.sd() > 0 && std::isfinite(m.sd()))
            out[variable] = analysis::latticeSteps(m.mean, m.sd(), maxCells);
    }
    return out;
}

// ---- the candidates' cells, in studies within the contribution's length ---------------------

LatticeCellsRun::LatticeCellsRun(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

QList<QStringList> LatticeCellsRun::groups(const LatticeCandidates &candidates)
{
    // A contribution of numeric variables with histograms: 1 + 4 per variable + 2 per cell
    // (protocol::descriptivesLength), at most 10000 words (contribution.p).
    constexpr std::size_t kMaxWords = 10000;
    QList<QStringList> out;
    std::size_t words = 1;
    for (const auto &[variable, ranges] : candidates) {
        std::size_t cells = 0;
        for (const analysis::LatticeRange &r : ranges)
            cells += r.cells();
        const std::size_t own = 4 + 2 * cells;
        if (out.isEmpty() || words + own > kMaxWords) {
            out.append(QStringList());
            words = 1;
        }
        out.last() << QString::fromStdString(variable);
        words += own;
    }
    return out;
}

void LatticeCellsRun::start(const QList<Site> &sites, const protocol::DescriptivesRequest &request,
                            const LatticeCandidates &candidates, Done done, Failed failed)
{
    m_sites = sites;
    m_request = request;
    m_request.variables.clear();
    m_request.tables.clear();
    m_request.trends.clear();
    m_candidates = candidates;
    m_groups = groups(candidates);
    m_cells.clear();
    m_records.clear();
    m_done = std::move(done);
    m_failed = std::move(failed);
    next();
}

void LatticeCellsRun::abort()
{
    m_done = nullptr;
    m_failed = nullptr;
    if (m_study)
        static_cast<MaskedDescriptivesRun *>(m_study.data())->abort();
}

void LatticeCellsRun::next()
{
    if (m_groups.isEmpty()) {
        if (m_done)
            m_done(m_cells, m_records);
        return;
    }
    protocol::DescriptivesRequest request = m_request;
    for (const QString &v : m_groups.takeFirst())
        request.variables << protocol::DescribeVariable { v, {} };
    askLatticeCandidates(&request, m_candidates);
    auto *study = new MaskedDescriptivesRun(m_transport, this);
    m_study = study;
    connect(study, &MaskedDescriptivesRun::finished, this,
            [this, study](const MaskedDescriptives &result) {
                study->deleteLater();
                for (auto &[variable, cells] : candidateCells(result))
                    m_cells[variable] = std::move(cells);
                m_records << result.record;
                next();
            });
    connect(study, &MaskedDescriptivesRun::failed, this, [this, study](const SiteError &error) {
        study->deleteLater();
        if (m_failed)
            m_failed(error);
    });
    study->start(m_sites, request);
}

void askLatticeCandidates(protocol::DescriptivesRequest *request,
                          const LatticeCandidates &candidates)
{
    for (protocol::DescribeVariable &dv : request->variables) {
        const auto found = candidates.find(dv.name.toStdString());
        if (found == candidates.end())
            continue;
        for (const analysis::LatticeRange &r : found->second) {
            std::vector<double> edges;
            const std::size_t n = r.cells();
            for (std::size_t k = 0; k <= n; ++k)
                edges.push_back(k == n ? r.last : r.first + double(k) * r.step);
            dv.histogramEdges.push_back(std::move(edges));
        }
    }
}

CandidateCells candidateCells(const MaskedDescriptives &result)
{
    CandidateCells pooled;
    for (const PooledCells &h : result.histograms) {
        std::vector<std::optional<double>> cells;
        for (const PooledCell &c : h.cells)
            cells.push_back(c.count ? std::optional<double>(double(*c.count)) : std::nullopt);
        pooled[h.rowVariable.toStdString()].push_back(std::move(cells));
    }
    return pooled;
}

QList<PooledHistogram> pooledHistograms(const PooledDescriptives &pooled,
                                        const LatticeCandidates &candidates,
                                        const CandidateCells &cells)
{
    QList<PooledHistogram> out;
    for (const PooledNumeric &n : pooled.numeric) {
        PooledHistogram h;
        h.variable = n.variable;
        const std::string v = n.variable.toStdString();
        const auto ranges = candidates.find(v);
        const auto counted = cells.find(v);
        if (ranges == candidates.end() || ranges->second.empty()) {
            h.problem = Tr::tr("%1 has no spread across the sites' cohorts, so it has no "
                               "histogram.")
                            .arg(n.variable);
            out << h;
            continue;
        }
        std::vector<analysis::LatticeRun> runs;
        for (std::size_t i = 0; i < ranges->second.size(); ++i) {
            const analysis::LatticeRange &r = ranges->second[i];
            runs.push_back(counted != cells.end() && i < counted->second.size()
                               ? analysis::latticeRun(r.first, r.step, counted->second[i])
                               : analysis::LatticeRun {});
        }
        const std::optional<std::size_t> chosen = analysis::histogramLattice(runs);
        if (!chosen) {
            h.problem = Tr::tr("No lattice common to every site gives a histogram of %1: each "
                               "site releases its histogram on a lattice of its own, with bins "
                               "merged where its records are sparse, and on none of the %2 "
                               "candidate steps did every site release two adjacent cells. "
                               "This happens with few records per site, and with whole numbers "
                               "(ages in years) at sites whose own step is finer than 1, whose "
                               "edges then lie between the whole numbers. The mean and SD above "
                               "are complete; for a histogram, describe fewer, larger sites "
                               "together.")
                            .arg(n.variable)
                            .arg(ranges->second.size());
            out << h;
            continue;
        }
        const analysis::LatticeRun &run = runs[*chosen];
        h.step = ranges->second[*chosen].step;
        h.edges = run.edges;
        qint64 total = 0;
        for (const double c : run.counts) {
            h.counts.push_back(whole(c));
            total += whole(c);
        }
        h.beyond = std::max<qint64>(0, qint64(std::llround(n.moments.count)) - total);
        out << h;
    }
    return out;
}

// ---- plain mode: the same cells from each site's released histogram --------------------------

namespace {

const protocol::ReleasedHistogram *releasedHistogram(const protocol::DescriptivesResponse &site,
                                                     const QString &variable)
{
    for (const protocol::NumericDescription &d : site.numeric) {
        if (d.variable == variable && !d.histograms.isEmpty()
            && d.histograms.first().edges.size() >= 2)
            return &d.histograms.first();
    }
    return nullptr;
}

analysis::LatticeCells siteCells(const analysis::LatticeRange &r,
                                 const protocol::ReleasedHistogram *released)
{
    return released
        ? analysis::latticeCells(r.step, r.first, r.cells(), released->edges, released->counts)
        : analysis::latticeCells(r.step, r.first, r.cells(), {}, {});
}

} // namespace

protocol::DescriptivesRequest plainHistogramRequest(const protocol::DescriptivesRequest &cohort,
                                                    const LatticeCandidates &candidates)
{
    protocol::DescriptivesRequest request = cohort;
    request.variables.clear();
    request.tables.clear();
    request.trends.clear();
    for (const protocol::DescribeVariable &v : cohort.variables) {
        const auto found = candidates.find(v.name.toStdString());
        if (found == candidates.end() || found->second.empty())
            continue;
        double first = found->second.front().first;
        double last = found->second.front().last;
        for (const analysis::LatticeRange &r : found->second) {
            first = std::min(first, r.first);
            last = std::max(last, r.last);
        }
        request.variables << protocol::DescribeVariable { v.name, { { first, last } } };
    }
    return request;
}

CandidateCells candidateCells(const LatticeCandidates &candidates,
                              const QList<protocol::DescriptivesResponse> &sites)
{
    CandidateCells pooled;
    for (const auto &[variable, ranges] : candidates) {
        const QString name = QString::fromStdString(variable);
        std::vector<std::vector<std::optional<double>>> &of = pooled[variable];
        for (const analysis::LatticeRange &r : ranges) {
            std::vector<std::optional<double>> cells(r.cells(), 0.0);
            for (const protocol::DescriptivesResponse &site : sites) {
                const analysis::LatticeCells own = siteCells(r, releasedHistogram(site, name));
                for (std::size_t k = 0; k < cells.size(); ++k) {
                    if (own.withheld[k])
                        cells[k].reset();
                    else if (cells[k])
                        *cells[k] += own.counts[k];
                }
            }
            of.push_back(std::move(cells));
        }
    }
    return pooled;
}

QList<PooledHistogram> plainPooledHistograms(const PooledDescriptives &pooled,
                                             const LatticeCandidates &candidates,
                                             const QList<SiteDescriptives> &sites)
{
    QList<protocol::DescriptivesResponse> answers;
    for (const SiteDescriptives &site : sites)
        answers << site.response;
    QList<PooledHistogram> out
        = pooledHistograms(pooled, candidates, candidateCells(candidates, answers));
    for (PooledHistogram &h : out) {
        const auto ranges = candidates.find(h.variable.toStdString());
        if (ranges == candidates.end() || ranges->second.empty())
            continue; // no spread: pooledHistograms said so
        QStringList without;
        for (const SiteDescriptives &site : sites) {
            if (!releasedHistogram(site.response, h.variable))
                without << site.site;
        }
        if (!without.isEmpty()) {
            h.step = 0;
            h.edges.clear();
            h.counts.clear();
            h.beyond = 0;
            h.problem = Tr::tr("%1 released no histogram of %2: a site withholds it when its "
                               "cohort has too few records of the variable for bins of its "
                               "minimum cell count beyond both tails. A pooled histogram "
                               "without it would leave its records out, so none is drawn; the "
                               "mean and SD above include every site.",
                               nullptr, int(without.size()))
                            .arg(without.join(QStringLiteral(", ")), h.variable);
            continue;
        }
        if (h.edges.empty() && sites.size() == 1) {
            // One site needs no common lattice: its released histogram as it is, on its own
            // edges (bins merged where its records are sparse; step 0: not evenly spaced).
            const protocol::ReleasedHistogram *own
                = releasedHistogram(sites.first().response, h.variable);
            if (own && own->counts.size() >= 2) {
                h.problem.clear();
                h.edges = own->edges;
                qint64 total = 0;
                for (const double c : own->counts) {
                    h.counts.push_back(whole(c));
                    total += whole(c);
                }
                qint64 n = 0;
                for (const protocol::NumericDescription &d : sites.first().response.numeric) {
                    if (d.variable == h.variable)
                        n = qint64(std::llround(d.moments.count));
                }
                h.beyond = std::max<qint64>(0, n - total);
                h.beyondPerSite << qMakePair(sites.first().site, h.beyond);
            }
            continue;
        }
        if (h.edges.empty())
            continue;
        // The chosen candidate: the one whose step and first edge lie on the histogram's.
        for (const analysis::LatticeRange &r : ranges->second) {
            if (r.step != h.step)
                continue;
            const auto k0 = std::size_t(std::llround((h.edges.front() - r.first) / r.step));
            for (const SiteDescriptives &site : sites) {
                const analysis::LatticeCells own
                    = siteCells(r, releasedHistogram(site.response, h.variable));
                double inside = 0;
                for (std::size_t k = k0; k < k0 + h.counts.size() && k < own.counts.size(); ++k)
                    inside += own.counts[k];
                qint64 n = 0;
                for (const protocol::NumericDescription &d : site.response.numeric) {
                    if (d.variable == h.variable)
                        n = qint64(std::llround(d.moments.count));
                }
                h.beyondPerSite << qMakePair(site.site, std::max<qint64>(0, n - whole(inside)));
            }
            break;
        }
    }
    return out;
}

MaskedDescriptivesRun::MaskedDescriptivesRun(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{
}

MaskedDescriptivesRun::~MaskedDescriptivesRun()
{
    abort();
}

void MaskedDescriptivesRun::abort()
{
    m_done = true;
    if (m_latticeStudy)
        m_latticeStudy->abort();
    const QList<Reply *> replies = std::exchange(m_replies, {});
    for (Reply *reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void MaskedDescriptivesRun::fail(const SiteError &error)
{
    if (m_done)
        return;
    abort();
    // The jobs that were opened end now: nothing more is asked of them.
    for (qsizetype i = 0; i < m_jobIds.size() && m_transport; ++i) {
        if (!m_jobIds.at(i).isEmpty()) {
            Reply *reply = m_transport->send(m_sites.at(i), api::cancelJob(m_jobIds.at(i)));
            connect(reply, &Reply::finished, reply, &QObject::deleteLater);
        }
    }
    Q_EMIT failed(error);
}

bool MaskedDescriptivesRun::failOnReplies()
{
    QList<SiteError> errors;
    for (Reply *reply : std::as_const(m_replies)) {
        if (reply && !reply->ok())
            errors << reply->error();
    }
    if (errors.isEmpty())
        return false;
    m_otherErrors = errors.mid(1);
    fail(errors.first());
    return true;
}

void MaskedDescriptivesRun::start(const QList<Site> &sites,
                                  const protocol::DescriptivesRequest &request)
{
    m_done = false;
    m_otherErrors.clear();
    m_sites = sites;
    m_request = request;
    auto *survey = new SiteSurvey(m_transport, this);
    connect(survey, &SiteSurvey::finished, this,
            [this, survey](const QList<SiteSurveyResult> &results) {
                survey->deleteLater();
                surveyed(results);
            });
    SurveyOptions options;
    options.purpose = request.purpose;
    options.dataset = request.dataset;
    survey->start(sites, options);
}

void MaskedDescriptivesRun::surveyed(const QList<SiteSurveyResult> &results)
{
    if (m_done)
        return;
    QList<StudySite> studySites;
    QList<SiteCatalogue> catalogues;
    // Every site whose survey failed (a purpose it does not allow, a site out of reach), not the
    // first alone.
    QList<SiteError> surveyErrors;
    for (const SiteSurveyResult &result : results) {
        if (!result.ok()) {
            surveyErrors << *result.error;
            continue;
        }
        studySites << StudySite { result.site.name, *result.answer.info };
        catalogues << result.answer;
    }
    if (!surveyErrors.isEmpty()) {
        m_otherErrors = surveyErrors.mid(1);
        return fail(surveyErrors.first());
    }
    // Masked only: a site's plain descriptives are POST /v1/descriptives.
    const ModeChoice choice = chooseMode(StudyMode::Masked, studySites);
    if (choice.error)
        return fail(*choice.error);
    QString problem;
    const auto spec = descriptivesStudySpec(
        m_request, mergeCatalogues(catalogues, m_request.dataset), &problem);
    if (!spec)
        return fail(SiteError::make(QString(), SiteError::Kind::Protocol,
                                    QStringLiteral("descriptives-request"), problem));
    StudySetup setup;
    setup.purpose = m_request.purpose;
    setup.dataset = m_request.dataset;
    setup.kind = protocol::JobKind::Descriptives;
    setup.maxRounds = 1;
    setup.fitNullModel = false;
    setup.mode = choice.mode;
    setup.sites = studySites;
    ManifestChoice made = makeManifest(setup);
    if (made.error)
        return fail(*made.error);
    m_manifest = std::move(made.manifest);
    m_manifest.descriptives = *spec;
    m_hash = protocol::studyHash(m_manifest);
    // The sites in manifest order (by node name).
    QList<Site> ordered;
    for (const protocol::StudyParticipant &participant : m_manifest.participants) {
        for (qsizetype i = 0; i < studySites.size(); ++i) {
            if (studySites.at(i).info.name == participant.name)
                ordered << m_sites.at(i);
        }
    }
    m_sites = ordered;
    m_jobIds = QList<QString>(m_sites.size());
    m_signatures.clear();
    sendAll([this](int) { return api::openJob(protocol::StudyJobRequest { m_manifest }); },
            &MaskedDescriptivesRun::opened);
}

void MaskedDescriptivesRun::sendAll(const std::function<Request(int)> &make,
                                    void (MaskedDescriptivesRun::*then)())
{
    m_replies.clear();
    auto outstanding = std::make_shared<int>(int(m_sites.size()));
    for (int i = 0; i < int(m_sites.size()); ++i) {
        Reply *reply = m_transport->send(m_sites.at(i), make(i));
        m_replies << reply;
        connect(reply, &Reply::finished, this, [this, outstanding, then] {
            if (--*outstanding == 0 && !m_done)
                (this->*then)();
        });
    }
}

void MaskedDescriptivesRun::opened()
{
    // Every job's id first, so that a failure cancels all that were opened.
    for (int i = 0; i < int(m_replies.size()); ++i) {
        Reply *reply = m_replies.at(i);
        if (!reply->ok())
            continue;
        SiteError error;
        if (auto created
            = api::decode<protocol::JobCreated>(reply->siteName(), reply->body(), &error))
            m_jobIds[i] = created->jobId;
    }
    if (failOnReplies())
        return;
    for (int i = 0; i < int(m_replies.size()); ++i) {
        Reply *reply = m_replies.at(i);
        SiteError error;
        const auto created
            = api::decode<protocol::JobCreated>(reply->siteName(), reply->body(), &error);
        if (!created)
            return fail(error);
        if (created->study != m_hash
            || !verifyManifestSignature(m_manifest, m_manifest.participants.at(i),
                                        created->manifestSignature))
            return fail(SiteError::make(
                m_sites.at(i).name, SiteError::Kind::Protocol, QStringLiteral("manifest-signature"),
                Tr::tr("The node's signature of the manifest does not verify against its key: "
                       "it signed another manifest, or another key signed it.")));
        m_signatures << protocol::ManifestSignature { m_manifest.participants.at(i).name,
                                                      created->manifestSignature };
    }
    sendAll(
        [this](int i) {
            return api::relaySignatures(m_jobIds.at(i), protocol::SignatureRelay { m_signatures });
        },
        &MaskedDescriptivesRun::armed);
}

void MaskedDescriptivesRun::armed()
{
    if (failOnReplies())
        return;
    sendAll(
        [this](int i) {
            return api::round(m_jobIds.at(i), protocol::RoundRelay { 1, {}, {} });
        },
        &MaskedDescriptivesRun::answered);
}

void MaskedDescriptivesRun::answered()
{
    m_answers.clear();
    std::vector<std::uint64_t> words;
    if (failOnReplies())
        return;
    for (int i = 0; i < int(m_replies.size()); ++i) {
        Reply *reply = m_replies.at(i);
        SiteError error;
        const auto answer
            = api::decode<protocol::SignedContribution>(reply->siteName(), reply->body(), &error);
        if (!answer)
            return fail(error);
        const QString problem = checkDescriptivesContribution(m_manifest, m_hash, i, *answer);
        if (!problem.isEmpty())
            return fail(SiteError::make(m_sites.at(i).name, SiteError::Kind::Protocol,
                                        QStringLiteral("contribution"),
                                        Tr::tr("The site's descriptives were refused: %1. "
                                               "Nothing of the study is shown; run it again, "
                                               "and if this repeats tell the site's "
                                               "administrator.")
                                            .arg(problem)));
        if (!secure::addWords(words, answer->contribution.masked))
            return fail(SiteError::make(m_sites.at(i).name, SiteError::Kind::Protocol,
                                        QStringLiteral("contribution"),
                                        Tr::tr("The site's masked descriptives do not have "
                                               "the study's length.")));
        m_answers << *answer;
    }
    const secure::FixedPoint format { m_manifest.fractionBits,
                                      int(m_manifest.participants.size()) };
    auto values = secure::decodeSum(words, format);
    std::optional<protocol::DescriptivesSums> sums;
    if (values)
        sums = protocol::descriptivesFromVector(m_manifest.descriptives, *values);
    if (!sums)
        return fail(SiteError::make(
            QString(), SiteError::Kind::Protocol, QStringLiteral("sum-invalid"),
            Tr::tr("The masked descriptives do not sum to descriptives: a contribution was "
                   "changed, or a site masked with other keys. Run the study again; if this "
                   "repeats, tell the sites' administrators.")));
    MaskedDescriptives result;
    result.pooled = pooledFromSums(m_manifest.descriptives, *sums);
    pooledCellsFromSums(m_manifest.descriptives, *sums, &result);
    result.pooled.study = m_hash;
    result.record.study = m_hash;
    result.record.mode = m_manifest.mode;
    result.record.manifest = m_manifest;
    result.record.signatures = m_signatures;
    result.record.attestations = m_answers;
    for (const Site &site : std::as_const(m_sites))
        result.record.checks << protocol::StudySignatureCheck { site.name, true, true, {} };
    m_replies.clear();
    finish(std::move(result));
}

void MaskedDescriptivesRun::finish(MaskedDescriptives result)
{
    if (!m_pooledHistograms || result.pooled.numeric.isEmpty()) {
        m_done = true;
        Q_EMIT finished(result);
        return;
    }
    // Issue 14: the pooled histograms, from studies of the candidate lattices of the pooled
    // moments (the same cohort; numeric variables only).
    std::map<std::string, analysis::Moments> moments;
    for (const PooledNumeric &n : std::as_const(result.pooled.numeric))
        moments[n.variable.toStdString()] = n.moments;
    const LatticeCandidates candidates = latticeCandidates(moments, kHistogramLatticeCells);
    if (candidates.empty()) {
        result.latticeHistograms = pooledHistograms(result.pooled, candidates, {});
        m_done = true;
        Q_EMIT finished(result);
        return;
    }
    auto *cells = new LatticeCellsRun(m_transport, this);
    m_latticeStudy = cells;
    cells->start(
        m_sites, m_request, candidates,
        [this, cells, result, candidates](const CandidateCells &pooled,
                                          const QList<protocol::StudyRecord> &records) mutable {
            cells->deleteLater();
            result.latticeHistograms = pooledHistograms(result.pooled, candidates, pooled);
            result.latticeRecords = records;
            m_done = true;
            Q_EMIT finished(result);
        },
        [this, cells, result](const SiteError &error) mutable {
            cells->deleteLater();
            const QString why = error.toString();
            for (const PooledNumeric &n : std::as_const(result.pooled.numeric)) {
                PooledHistogram h;
                h.variable = n.variable;
                h.problem = Tr::tr("The study of the histograms ended without a result (%1); "
                                   "the table is complete. Describe again for the "
                                   "histograms.")
                                .arg(why);
                result.latticeHistograms << h;
            }
            m_done = true;
            Q_EMIT finished(result);
        });
}

std::optional<MaskedDescriptives>
MaskedDescriptivesRun::run(Transport &transport, const QList<Site> &sites,
                           const protocol::DescriptivesRequest &request, SiteError *error,
                           bool pooledHistograms, QList<SiteError> *otherErrors)
{
    MaskedDescriptivesRun study(&transport);
    study.setPooledHistograms(pooledHistograms);
    std::optional<MaskedDescriptives> out;
    QEventLoop loop;
    connect(&study, &MaskedDescriptivesRun::finished, &loop, [&](const MaskedDescriptives &result) {
        out = result;
        loop.quit();
    });
    connect(&study, &MaskedDescriptivesRun::failed, &loop, [&](const SiteError &e) {
        if (error)
            *error = e;
        if (otherErrors)
            *otherErrors = study.otherErrors();
        loop.quit();
    });
    bool ended = false;
    connect(&study, &MaskedDescriptivesRun::finished, &loop, [&ended] { ended = true; });
    connect(&study, &MaskedDescriptivesRun::failed, &loop, [&ended] { ended = true; });
    study.start(sites, request);
    if (!ended)
        loop.exec();
    return out;
}

} // namespace fairstart::client
