// SPDX-License-Identifier: GPL-3.0-or-later
// Peak memory (max RSS) of `fairstart-cli fit` against sites with 10^4 and 10^6 rows each: the
// client holds aggregates only, so its memory must not grow with the sites' data.
//   bench_cli_memory [SMALL_ROWS] [LARGE_ROWS] [SITES]
#include "nodecluster.h"

#include <QCoreApplication>

#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>

namespace {

// Runs the CLI as a child and returns its peak RSS in kB (-1 on failure).
long peakRssKb(const QStringList &args)
{
    const QByteArray program = testsupport::cliBinary().toLocal8Bit();
    std::vector<QByteArray> storage { program };
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!freopen("/dev/null", "w", stdout))
            _exit(126);
        execv(program.constData(), argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int small = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int large = argc > 2 ? std::atoi(argv[2]) : 1000000;
    const int sites = argc > 3 ? std::atoi(argv[3]) : 2;
    long peaks[2] = { 0, 0 };
    int rows[2] = { small, large };
    for (int i = 0; i < 2; ++i) {
        testsupport::NodeCluster cluster;
        if (!cluster.available() || !cluster.start(sites, rows[i])) {
            std::fprintf(stderr, "bench_cli_memory: cannot start nodes: %s\n",
                         qPrintable(cluster.error));
            return 1;
        }
        const QString file = cluster.writeSitesFile(cluster.sites());
        const QStringList args { QStringLiteral("fit"),
                                 QStringLiteral("--sites"),
                                 file,
                                 QStringLiteral("--dataset"),
                                 QStringLiteral("cohort"),
                                 QStringLiteral("--formula"),
                                 QStringLiteral("dev_delay_2y ~ sex + gestational_age_weeks + "
                                                "maternal_education + parental_stress"),
                                 QStringLiteral("--timeout"),
                                 QStringLiteral("600") };
        peakRssKb(args); // warm-up: the nodes load their datasets
        peaks[i] = peakRssKb(args);
        std::printf("{\"bench\":\"cli_peak_rss\",\"sites\":%d,\"rows_per_site\":%d,"
                    "\"max_rss_kb\":%ld}\n",
                    sites, rows[i], peaks[i]);
        std::fflush(stdout);
        if (peaks[i] < 0)
            return 1;
    }
    std::printf("{\"bench\":\"cli_peak_rss_growth\",\"kb\":%ld,\"limit_kb\":10240}\n",
                peaks[1] - peaks[0]);
    return 0;
}
