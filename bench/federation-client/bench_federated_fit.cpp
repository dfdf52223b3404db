// SPDX-License-Identifier: GPL-3.0-or-later
// A federated fit on 4 real nodes × N rows (default 250,000) against the same computation in one
// process (design matrices from the same CSVs, fitFederated). Prints JSON lines.
//   bench_federated_fit [ROWS_PER_SITE] [SITES]
#include "nodecluster.h"

#include "fairstart/client/federatedrun.h"

#include "fairstart/analysis/design.h"
#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/glm.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>

using namespace fairstart;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + "
                       "maternal_education + parental_stress + smoking_pregnancy";

// evaluate: AUC, Brier, calibration; perSite: the model at each site alone after the pooled fit.
double runOnce(const QList<client::Site> &sites, bool evaluate, bool perSite,
               protocol::FitReport *report)
{
    client::RunOptions o;
    o.dataset = QStringLiteral("cohort");
    o.purpose = QStringLiteral("research");
    o.spec = *analysis::parseFormula(kFormula, analysis::Family::Binomial);
    o.evaluate = o.calibration = evaluate;
    o.perSiteFits = perSite;
    client::FederatedRun run(sites, o);
    QEventLoop loop;
    QObject::connect(&run, &client::FederatedRun::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &client::FederatedRun::failed, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    run.start();
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (run.error()) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(run.error()->message));
        std::exit(1);
    }
    *report = run.report();
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 250000;
    const int count = argc > 2 ? std::atoi(argv[2]) : 4;
    testsupport::NodeCluster cluster;
    if (!cluster.available()) {
        std::fprintf(stderr,
                     "bench_federated_fit: FAIRSTART_BIN_DIR/node/fairstart-node missing\n");
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    if (!cluster.start(count, rows)) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error));
        return 1;
    }
    std::printf("{\"bench\":\"federated_fit_setup\",\"sites\":%d,\"rows_per_site\":%d,"
                "\"setup_s\":%.1f}\n",
                count, rows, double(setup.elapsed()) / 1000);

    protocol::FitReport report;
    runOnce(cluster.sites(), false, false, &report); // warm-up: nodes load and cache their datasets
    // Like with like: the in-process reference below fits the pooled model only.
    double best = 1e300;
    double bestRounds = 0;
    for (int i = 0; i < 3; ++i) {
        const double ms = runOnce(cluster.sites(), false, false, &report);
        if (ms < best) {
            best = ms;
            bestRounds = 0;
            for (const protocol::RoundTiming &t : report.rounds)
                bestRounds += t.totalMs;
        }
    }
    protocol::FitReport full;
    const double withPerSite = runOnce(cluster.sites(), false, true, &full);
    const double withEvaluation = runOnce(cluster.sites(), true, true, &full);

    // The same computation in one process: each site's design matrix from its CSV, then the
    // coordinator against computeRound on the four designs.
    QList<analysis::DataTable> tables;
    for (int i = 0; i < cluster.size(); ++i)
        tables << testsupport::readPooledCsv({ cluster.node(i).csv },
                                             QStringLiteral("consent_research"));
    double bestLocal = 1e300;
    for (int rep = 0; rep < 3; ++rep) {
        QElapsedTimer clock;
        clock.start();
        std::vector<analysis::DesignMatrix> designs;
        for (const analysis::DataTable &t : tables)
            designs.push_back(std::move(analysis::buildDesign(t, report.design).value()));
        std::vector<const analysis::DesignMatrix *> pointers;
        for (const auto &d : designs)
            pointers.push_back(&d);
        auto fit = analysis::fitFederated(pointers, analysis::Family::Binomial);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        if (!fit) {
            std::fprintf(stderr, "in-process fit failed\n");
            return 1;
        }
        bestLocal = std::min(bestLocal, ms);
    }
    std::printf("{\"bench\":\"federated_fit\",\"sites\":%d,\"rows_per_site\":%d,\"n_used\":%.0f,"
                "\"rounds\":%d,\"federated_ms\":%.1f,\"federated_rounds_ms\":%.1f,"
                "\"in_process_ms\":%.1f,\"ratio\":%.2f,\"federated_with_per_site_ms\":%.1f,"
                "\"federated_with_per_site_and_evaluation_ms\":%.1f}\n",
                count, rows, report.glm.n, report.glm.rounds, best, bestRounds, bestLocal,
                best / bestLocal, withPerSite, withEvaluation);
    return 0;
}
