// SPDX-License-Identifier: GPL-3.0-or-later
// Descriptives studies (kind "descriptives", docs/protocol.md "Masked descriptives"): a Table 1
// as a masked study. Every participant signs the manifest (cohort and variables); in the one
// round each computes the plain descriptives of that cohort exactly as POST /v1/descriptives
// would, passes them through its release gate and the differencing ledger, and masks only what
// the gate released: a withheld count is contributed as 0 with a withheld mark, never as its
// value. So the sum over all participants, minus any other sites' plain releases, is never more
// than what the remaining sites release in the clear.
#include "common_p.h"
#include "descriptives_p.h"
#include "study_p.h"

#include "fairstart/analysis/lattice.h"
#include "fairstart/secure/secure.h"

#include <map>

namespace fairstart::node {

using namespace api;

namespace {

// The plain request a descriptives study's cohort, variables, histograms, tables and trends
// stand for: the study's one round runs exactly this request through the gate and the ledger.
// A histogram asks for the manifest's range [first, last]; the node's own edges within it come
// back (analysis::latticeHistogram), as for any plain request.
protocol::DescriptivesRequest plainRequest(const protocol::StudyManifest &manifest)
{
    const protocol::DescriptivesStudySpec &spec = manifest.descriptives;
    protocol::DescriptivesRequest request;
    request.purpose = manifest.purpose;
    request.dataset = manifest.dataset;
    request.filters = spec.filters;
    request.completeCases = spec.completeCases;
    for (const protocol::DescriptivesStudyVariable &variable : spec.variables) {
        protocol::DescribeVariable described { variable.name, {} };
        for (const protocol::DescriptivesStudyHistogram &histogram : spec.histograms) {
            if (histogram.variable == variable.name)
                described.histogramEdges.push_back({ histogram.first, histogram.last });
        }
        request.variables.append(described);
    }
    for (const protocol::DescriptivesStudyTable &table : spec.tables)
        request.tables.append({ table.row, table.column });
    for (const protocol::DescriptivesStudyTrend &trend : spec.trends)
        request.trends.append({ trend.period, trend.variable, trend.from, trend.to });
    return request;
}

// A released table's cells in the manifest's layout: a cell this site released is its count; a
// withheld one 0 with the mark, never its value; a level only another site has is 0, mark 0.
// nullopt when the released table names a level the manifest lacks (a node failure: the levels
// were checked against the catalogue when the job was opened).
std::optional<protocol::DescriptivesSums::Cells> tableCells(const QStringList &rows,
                                                            const QStringList &columns,
                                                            const protocol::ReleasedTable &released)
{
    protocol::DescriptivesSums::Cells cells;
    cells.counts.assign(std::size_t(rows.size() * columns.size()), 0.0);
    cells.withheld.assign(cells.counts.size(), 0.0);
    const qsizetype width = released.columnLevels.size();
    if (released.counts.size() != released.rowLevels.size() * width)
        return std::nullopt;
    for (qsizetype r = 0; r < released.rowLevels.size(); ++r) {
        const qsizetype row = rows.indexOf(released.rowLevels[r]);
        for (qsizetype c = 0; c < width; ++c) {
            const qsizetype column = columns.indexOf(released.columnLevels[c]);
            if (row < 0 || column < 0)
                return std::nullopt;
            const std::size_t at = std::size_t(row * columns.size() + column);
            const protocol::ReleasedCount &count = released.counts[r * width + c];
            if (count)
                cells.counts[at] = double(*count);
            else
                cells.withheld[at] = 1.0;
        }
    }
    return cells;
}

// A histogram's cells on the manifest's lattice: a cell's count only where both its ends are
// edges of this site's released histogram (its own merged bins): the sum of the released bins
// between them, so a lattice coarser than the site's own (a multiple of its step: the lattice
// common to all participants, analysis/lattice.h) is counted in the bulk. Every other cell (a
// merged bin's part, a tail, a cell beyond the node's edges, a lattice whose points are not the
// node's) is 0 with the mark. So the contribution is the site's plain release, coarsened, and no
// cell follows from two of its partitions.
protocol::DescriptivesSums::Cells latticeCells(const protocol::DescriptivesStudyHistogram &lattice,
                                               const protocol::ReleasedHistogram &released)
{
    const analysis::LatticeCells cells
        = analysis::latticeCells(lattice.step, lattice.first, protocol::histogramCells(lattice),
                                 released.edges, released.counts);
    protocol::DescriptivesSums::Cells out;
    out.counts = cells.counts;
    out.withheld.assign(cells.withheld.begin(), cells.withheld.end());
    return out;
}

// Σ with Neumaier's compensation: the pooled means and SDs are compared with the pooled records
// to 1e-9, and Σx² of many large values is where plain summation loses digits.
struct CompensatedSum {
    double sum = 0.0;
    double compensation = 0.0;
    void add(double x)
    {
        const double t = sum + x;
        compensation += std::abs(sum) >= std::abs(x) ? (sum - t) + x : (x - t) + sum;
        sum = t;
    }
    double value() const { return sum + compensation; }
};

// The sums this site masks: exactly the released numbers of its plain answer (`released`), in
// the manifest's layout. Σx and Σx² come from the same records whose count, mean and M2 the
// gate released (they are the same three numbers, computed without the round trip through the
// mean). nullopt when the released answer does not fit the manifest (a node failure).
std::optional<protocol::DescriptivesSums>
releasedSums(const protocol::DescriptivesStudySpec &spec, const DescriptivesTally &tally,
             const protocol::DescriptivesResponse &released)
{
    protocol::DescriptivesSums sums;
    sums.cohortSize = double(released.cohortSize);
    for (const protocol::DescriptivesStudyVariable &variable : spec.variables) {
        protocol::DescriptivesSums::Variable out;
        out.name = variable.name;
        out.numeric = variable.levels.isEmpty();
        if (out.numeric) {
            const auto numeric = std::find_if(
                released.numeric.begin(), released.numeric.end(),
                [&](const protocol::NumericDescription &n) { return n.variable == variable.name; });
            const auto values = std::find_if(
                tally.numeric.begin(), tally.numeric.end(),
                [&](const DescriptivesTally::Numeric &n) { return n.variable == variable.name; });
            if (numeric == released.numeric.end() || values == tally.numeric.end()
                || !numeric->missing)
                return std::nullopt;
            CompensatedSum sum;
            CompensatedSum squares;
            for (double x : values->values) {
                sum.add(x);
                squares.add(x * x);
            }
            if (double(values->values.size()) != numeric->moments.count)
                return std::nullopt;
            out.n = numeric->moments.count;
            out.missing = double(*numeric->missing);
            out.sum = sum.value();
            out.sumSquares = squares.value();
        } else {
            const auto categorical
                = std::find_if(released.categorical.begin(), released.categorical.end(),
                               [&](const protocol::CategoricalDescription &c) {
                                   return c.variable == variable.name;
                               });
            if (categorical == released.categorical.end())
                return std::nullopt;
            for (const QString &level : variable.levels) {
                // A level this site does not have (another site's) is 0 here, as its catalogue
                // says; a withheld count is 0 with the mark, never its value.
                double count = 0.0;
                double withheld = 0.0;
                for (const protocol::CatalogueLevel &l : categorical->levels) {
                    if (l.name != level)
                        continue;
                    if (l.count)
                        count = double(*l.count);
                    else
                        withheld = 1.0;
                }
                out.counts.push_back(count);
                out.withheld.push_back(withheld);
            }
            if (categorical->missing)
                out.missing = double(*categorical->missing);
            else
                out.missingWithheld = 1.0;
        }
        sums.variables.push_back(std::move(out));
    }
    // Issue 14: the histograms, in the manifest's order; the released answer has one histogram
    // per requested edge set, in the order plainRequest() asked for them.
    std::map<QString, int> nextOfVariable;
    for (const protocol::DescriptivesStudyHistogram &lattice : spec.histograms) {
        const auto numeric = std::find_if(
            released.numeric.begin(), released.numeric.end(),
            [&](const protocol::NumericDescription &n) { return n.variable == lattice.variable; });
        const int at = nextOfVariable[lattice.variable]++;
        if (numeric == released.numeric.end() || at >= numeric->histograms.size())
            return std::nullopt;
        sums.histograms.push_back(latticeCells(lattice, numeric->histograms[at]));
    }
    if (released.tables.size() != spec.tables.size()
        || released.trends.size() != spec.trends.size())
        return std::nullopt;
    for (qsizetype i = 0; i < spec.tables.size(); ++i) {
        auto cells
            = tableCells(spec.tables[i].rowLevels, spec.tables[i].columnLevels, released.tables[i]);
        if (!cells)
            return std::nullopt;
        sums.tables.push_back(std::move(*cells));
    }
    for (qsizetype i = 0; i < spec.trends.size(); ++i) {
        QStringList periods;
        for (int p = spec.trends[i].from; p <= spec.trends[i].to; ++p)
            periods << QString::number(p);
        auto cells = tableCells(periods, spec.trends[i].levels, released.trends[i]);
        if (!cells)
            return std::nullopt;
        sums.trends.push_back(std::move(*cells));
    }
    return sums;
}

// The catalogue's levels of a categorical or binary variable are all in `levels` (binary: "0"
// and "1"); false for a numeric or unknown variable.
bool levelsCover(const DatasetInfo &info, const QString &name, const QStringList &levels)
{
    const VariableInfo *meta = analysisVariable(info, name.toStdString());
    if (meta == nullptr || meta->kind == VariableKind::Numeric)
        return false;
    if (meta->kind == VariableKind::Binary)
        return levels.contains(QStringLiteral("0")) && levels.contains(QStringLiteral("1"));
    for (const QString &level : meta->levels) {
        if (!levels.contains(level))
            return false;
    }
    return true;
}

} // namespace

// POST /v1/jobs with a descriptives manifest (createJob checked the manifest and the purpose):
// the checks of POST /v1/descriptives up to the cohort rules (the daily descriptives quota
// included), the levels against the catalogue, the participant set; then the job and this
// node's signature of the manifest. Nothing is computed beyond the cohort's size, and that size
// is not released here: in a masked study only the sum over the sites gives it.
ApiResponse ApiHandlers::createDescriptivesStudy(const TokenInfo &token,
                                                 const protocol::StudyManifest &manifest, int index,
                                                 Audit &audit)
{
    if (!manifest.observers.isEmpty() || index < 0) {
        return badRequest(QStringLiteral("invalid-manifest"),
                          Tr::tr("A descriptives study has participants only: an observer would "
                                 "contribute nothing. Name every site as a participant."),
                          QStringLiteral("manifest.observers"));
    }
    const protocol::DescriptivesRequest request = plainRequest(manifest);
    DescribedCohort described;
    if (auto refused
        = describeCohort(token.user, request, DescribeStep::CohortOnly, audit, &described))
        return *refused;
    auto data = m_cache.get(manifest.dataset);
    if (!data)
        return datasetUnavailable(manifest.dataset, data.error());
    const DatasetInfo &info = (*data)->info;
    // Every participant's vector must have the same layout: the manifest's levels cover this
    // site's catalogue levels (another site's extra level counts 0 here).
    for (qsizetype i = 0; i < manifest.descriptives.variables.size(); ++i) {
        const protocol::DescriptivesStudyVariable &variable = manifest.descriptives.variables[i];
        const VariableInfo *meta = analysisVariable(info, variable.name.toStdString());
        bool fits = meta != nullptr;
        if (fits && meta->kind == VariableKind::Numeric)
            fits = variable.levels.isEmpty();
        else if (fits && meta->kind == VariableKind::Binary)
            fits = variable.levels == QStringList { QStringLiteral("0"), QStringLiteral("1") };
        else if (fits) {
            fits = !variable.levels.isEmpty();
            for (const QString &level : meta->levels)
                fits = fits && variable.levels.contains(level);
        }
        if (!fits) {
            return badRequest(QStringLiteral("descriptives-levels"),
                              Tr::tr("The manifest's levels of '%1' do not fit this site's "
                                     "catalogue: a numeric variable has no levels, a yes/no "
                                     "variable the levels 0 and 1, and a categorical one lists "
                                     "every level of every site's catalogue. Build the manifest "
                                     "from the sites' catalogues.")
                                  .arg(variable.name.left(100)),
                              QStringLiteral("manifest.descriptives.variables[%1]").arg(i));
        }
    }
    // Issue 14: the tables' and trends' levels cover this site's catalogue levels, so that the
    // cells line up at every participant.
    const protocol::DescriptivesStudySpec &cellSpec = manifest.descriptives;
    for (qsizetype i = 0; i < cellSpec.tables.size(); ++i) {
        const protocol::DescriptivesStudyTable &table = cellSpec.tables[i];
        if (!levelsCover(info, table.row, table.rowLevels)
            || !levelsCover(info, table.column, table.columnLevels))
            return badRequest(QStringLiteral("descriptives-levels"),
                              Tr::tr("The manifest's levels of the table '%1 × %2' do not "
                                     "cover this site's catalogue: list every level of every "
                                     "site's catalogue (a yes/no variable: 0 and 1).")
                                  .arg(table.row.left(100), table.column.left(100)),
                              QStringLiteral("manifest.descriptives.tables[%1]").arg(i));
    }
    for (qsizetype i = 0; i < cellSpec.trends.size(); ++i) {
        const protocol::DescriptivesStudyTrend &trend = cellSpec.trends[i];
        if (!levelsCover(info, trend.variable, trend.levels))
            return badRequest(QStringLiteral("descriptives-levels"),
                              Tr::tr("The manifest's levels of the trend of '%1' do not cover "
                                     "this site's catalogue: list every level of every site's "
                                     "catalogue (a yes/no variable: 0 and 1).")
                                  .arg(trend.variable.left(100)),
                              QStringLiteral("manifest.descriptives.trends[%1]").arg(i));
    }
    if (auto refused = checkParticipantSet(manifest, audit))
        return *refused;

    auto state = std::make_shared<StudyState>();
    state->manifest = manifest;
    state->hash = protocol::studyHash(manifest);
    state->bytes = protocol::manifestBytes(manifest);
    state->index = index;
    JobSpec spec;
    spec.user = token.user;
    spec.tokenId = token.id;
    spec.purpose = manifest.purpose;
    spec.dataset = info.name;
    spec.generation = quint64(info.generation);
    spec.kind = manifest.kind;
    spec.designHash = manifest.designHash;
    spec.study = state;
    spec.maxRounds = 1;
    auto [jobId, refusal] = m_jobs.create(std::move(spec));
    if (refusal != JobManager::CreateRefusal::None) {
        const LimitRefusal refused
            = jobBudgetRefusal(refusal, m_jobs.retryAfter(token.user, refusal), m_jobs.limits());
        audit.checks.append(refused.auditCheck());
        return limitResponse(refused);
    }
    audit.set("jobId", jobId);
    protocol::JobCreated created;
    created.jobId = jobId;
    created.designHash = manifest.designHash;
    created.kind = manifest.kind;
    created.maxRounds = 1;
    created.study = state->hash;
    created.manifestSignature = secure::sign(m_secrets.signSecretKey,
                                             manifest.signsDigest ? secure::Domain::ManifestDigest
                                                                  : secure::Domain::Manifest,
                                             protocol::manifestSignedBytes(manifest, state->bytes));
    return respond(m_gate->metadata(201, protocol::toJson(created), "job", audit.release));
}

// The one round of a descriptives study: the plain descriptives through the gate and the
// ledger (a refusal ends the study and is answered as the plain request's would be), the
// released numbers encoded, masked and signed.
ApiResponse ApiHandlers::descriptivesRound(StudyState &study, const JobSpec & /*spec*/,
                                           const protocol::RoundRelay &relay, const QString &jobId,
                                           const QString &user, const QByteArray &relayKey,
                                           Audit &audit)
{
    const protocol::StudyManifest &manifest = study.manifest;
    if (relay.round != 1 || !relay.previous.isEmpty()) {
        return endStudy(study, jobId, user, 409, QStringLiteral("descriptives-round"),
                        Tr::tr("A descriptives study has a single round (round 1, with no "
                               "contributions relayed); this relay is round %1 with %2.")
                            .arg(relay.round)
                            .arg(relay.previous.size()),
                        QString(), audit);
    }
    auto stop = [&](const QString &reason) {
        m_jobs.cancel(jobId, user);
        study.ended = true;
        study.endReason = reason;
        audit.set("studyEnded", true);
    };
    DescribedCohort described;
    if (auto refused = describeCohort(user, plainRequest(manifest), DescribeStep::StudyRound, audit,
                                      &described)) {
        stop(Tr::tr("this site's release rules refused the descriptives"));
        return *refused;
    }
    const auto sums = releasedSums(manifest.descriptives, described.tally, described.released);
    if (!sums) {
        stop(Tr::tr("the descriptives could not be computed on this site's records"));
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node's descriptives do not fit the study's manifest. "
                                    "Tell the site administrator."));
    }
    const std::vector<double> values = protocol::descriptivesVector(*sums);
    const int participants = int(manifest.participants.size());
    auto words = secure::encode(values, secure::FixedPoint { manifest.fractionBits, participants });
    if (!words) {
        stop(Tr::tr("this site's descriptives do not fit the study's fixed-point scale"));
        audit.set("encodeFailure", QString::fromLatin1(analysis::errorCodeId(words.error().code)));
        return respond(m_gate->dataFailure(audit.release));
    }
    // The masks' domain: this study (a fresh study id) and a β slot that names the purpose, so
    // that no key stream of a fit or an evaluation is ever used again.
    secure::MaskContext context;
    context.study = study.hash.toUtf8();
    context.round = 1;
    context.betaHash = QByteArray("fairstart/v2/descriptives");
    context.index = study.index;
    context.secretKey = m_secrets.boxSecretKey;
    context.publicKeys = study.boxKeys;
    if (!secure::applyMasks(*words, context))
        return errorResponse(500, QStringLiteral("node-failure"),
                             Tr::tr("The node could not mask its descriptives. Tell the site "
                                    "administrator."));

    protocol::Contribution contribution;
    contribution.study = study.hash;
    contribution.site = m_store->nodeName();
    contribution.round = 1;
    contribution.status = protocol::ContributionStatus::Descriptives;
    contribution.betaHash = study.hash; // no β: the contribution is at the manifest itself
    contribution.mode = manifest.mode;
    contribution.p = int(values.size());
    contribution.masked.assign(words->begin(), words->end());
    study.round = 1;
    study.betaHash = contribution.betaHash;
    audit.set("contribution", protocol::contributionStatusId(contribution.status));

    return releaseContribution(contribution, jobId, 1, relayKey, audit);
}

} // namespace fairstart::node
