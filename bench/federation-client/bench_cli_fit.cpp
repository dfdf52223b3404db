// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16's end-to-end measure: `fairstart-cli fit` (logistic, P predictors, default options:
// per-site fits and evaluation on) over real fairstart-node processes with TLS on loopback, warm
// and cold, against R's glm on the same pooled rows, timed in the same run. Prints JSON lines.
//   bench_cli_fit [TOTAL_ROWS=1000000] [SITES=4] [PREDICTORS=20] [REPEATS=3]
// The synthetic rows are written as CSV (fixed seed), imported at the nodes; R reads the pooled
// CSV of the consenting rows (bench/federation-client/glm_cli.R). The estimates must equal R's to
// 1e-6 relative, or the benchmark fails.
//   bench_cli_fit scale [ROWS_PER_SITE=2000] [SITES...=1 10 50 100]
// The CLI fit (defaults) at each number of sites, small data each: how the time grows with sites.
// Every node pins all others (`peers import`); BENCH_UNPINNED=1 accepts unpinned peers instead.
// BENCH_CLI_OTHER=PATH: each fit also with that fairstart-cli, in turn, on the same nodes.
//   bench_cli_fit records [SITES=4] [ROWS_PER_SITE...=10000 100000 1000000]
// The CLI fit at each size per site: how the time grows with records.
//   bench_cli_fit concurrent [ROWS=100000] [FITS=10] [same|different|fresh]
// One node: FITS CLI fits at once against one fit alone (alternated), each fit's wall time.
// same (default): every fit the same model; different: every fit of the run a model of its own
// (no two share a design, a β or a release: the node can share no work between them).
// Also the node's CPU per fit alone and together, and node_bound_ratio: the node's CPU for the
// group over the cores against a lone fit's wall time, the bound with the clients elsewhere.
//   bench_cli_fit memory [SITES=4] [ROWS_PER_SITE...=250000 1000000]
// Each node's resident memory against its design matrix (issue 16: at most 1.3x): before the
// first fit, after a cold and two warm fits (VmRSS, of it anonymous), and its peaks (VmHWM) in the
// cold fit and, reset after it, in the warm fits; and the CLI's peak in each fit (cli_peak_mb).
// BENCH_HOLD_FILE=PATH: the nodes' process ids are written there after the fits and the bench waits
// until the file is removed (to inspect the nodes: smaps, malloc statistics).
// In scale mode the same after each cold fit, and PATH.fit.sh runs a default fit on those nodes.
#include "nodecluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

namespace {

QString predictorName(int j)
{
    return QStringLiteral("x%1").arg(j);
}

// The coefficients of the synthetic model: intercept -0.4, slopes of both signs, none near 0
// (a relative difference needs estimates away from zero).
double trueBeta(int j)
{
    if (j == 0)
        return -0.4;
    return (j % 2 ? 1.0 : -1.0) * (0.08 + 0.03 * (j % 7));
}

// Writes `rows` synthetic records per site (record_id, consent_research, x1..xP, y): the first
// P - 3 predictors normal, the last three binary. About 2 % of the records do not consent (1 %
// at random, and every 100th of a site). The
// consenting rows also go to `pooled` (the rows R fits).
bool writeSites(const QList<QString> &files, int rowsPerSite, int predictors, QFile *pooled)
{
    std::mt19937_64 rng(20261203);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    QByteArray header = "record_id,consent_research";
    QByteArray pooledHeader = "y";
    for (int j = 1; j <= predictors; ++j) {
        header += ',' + predictorName(j).toLatin1();
        pooledHeader += ',' + predictorName(j).toLatin1();
    }
    header += ",y\n";
    pooledHeader += '\n';
    if (pooled)
        pooled->write(pooledHeader);
    long long id = 1;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(header);
        QByteArray line, values;
        for (int i = 0; i < rowsPerSite; ++i) {
            double eta = trueBeta(0);
            values.clear();
            for (int j = 1; j <= predictors; ++j) {
                double x;
                if (j > predictors - 3)
                    x = uniform(rng) < 0.2 + 0.15 * (predictors - j) ? 1.0 : 0.0;
                else
                    x = std::round(normal(rng) * 1e4) / 1e4;
                eta += trueBeta(j) * x;
                values += ',';
                values += j > predictors - 3 ? QByteArray::number(int(x))
                                             : QByteArray::number(x, 'f', 4);
            }
            const int y = uniform(rng) < 1.0 / (1.0 + std::exp(-eta)) ? 1 : 0;
            // Every 100th record of a site also withholds consent: each site then has at least
            // rows / 100 records outside its cohort. With 1 % at random alone, some site of 100
            // with 2,000 records had fewer than 10, and the differencing rule refused its cohort
            // (it differed from the whole table by fewer than 10 records).
            const bool consent = uniform(rng) >= 0.01 && i % 100 != 99;
            line = QByteArray::number(id++) + (consent ? ",1" : ",0") + values + ','
                + QByteArray::number(y) + '\n';
            f.write(line);
            if (pooled && consent)
                pooled->write(QByteArray::number(y) + values + '\n');
        }
    }
    return true;
}

QString formula(int predictors)
{
    QStringList terms;
    for (int j = 1; j <= predictors; ++j)
        terms << predictorName(j);
    return QStringLiteral("y ~ ") + terms.join(QStringLiteral(" + "));
}

// The model without predictors `drop` (1-based): a model of its own, with its own design.
QString formulaWithout(int predictors, std::initializer_list<int> drop)
{
    QStringList terms;
    for (int j = 1; j <= predictors; ++j) {
        if (std::find(drop.begin(), drop.end(), j) == drop.end())
            terms << predictorName(j);
    }
    return QStringLiteral("y ~ ") + terms.join(QStringLiteral(" + "));
}

struct CliRun {
    QDateTime started; // UTC, to find the fit's lines in the nodes' serve logs
    double seconds = 0;
    bool ok = false;
    long maxRssKb = 0;
    QJsonObject report;
    QString error;
};

// Runs `fairstart-cli fit` with the defaults (per-site fits and evaluation on), JSON output;
// `extra` options after them (e.g. --no-per-site --no-evaluation: the pooled fit alone).
CliRun runCli(const QString &sitesFile, int predictors, const QString &out,
              const QStringList &extra = {}, const QString &binary = testsupport::cliBinary(),
              const QString &formulaText = QString())
{
    QProcess p;
    QElapsedTimer clock;
    CliRun r;
    r.started = QDateTime::currentDateTimeUtc();
    clock.start();
    p.start(binary,
            QStringList {
                QStringLiteral("fit"), QStringLiteral("--sites"), sitesFile,
                QStringLiteral("--dataset"), QStringLiteral("cohort"), QStringLiteral("--formula"),
                formulaText.isEmpty() ? formula(predictors) : formulaText,
                QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out,
                QStringLiteral("--timeout"), QStringLiteral("900") }
                + extra);
    // The CLI's peak resident memory (VmHWM), read every 20 ms while it runs (issue 16: the CLI's
    // memory stays flat in the data size); 0 when /proc cannot be read.
    const qint64 pid = p.processId();
    auto peakKb = [pid]() -> long {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (pid <= 0 || !status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        return 0;
    };
    bool done = false;
    while (!done && clock.elapsed() < 30 * 60 * 1000 && p.state() != QProcess::NotRunning) {
        r.maxRssKb = std::max(r.maxRssKb, peakKb());
        done = p.waitForFinished(20);
    }
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!done || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        r.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = QStringLiteral("no report written");
        return r;
    }
    r.report = QJsonDocument::fromJson(f.readAll()).object();
    r.ok = !r.report.isEmpty();
    if (!r.ok)
        r.error = QStringLiteral("the report is not JSON");
    return r;
}

// Starts `sites` nodes with `rowsPerSite` synthetic records each (imported as "cohort" in place
// of the cluster's demo rows).
bool startCluster(testsupport::NodeCluster &cluster, int sites, int rowsPerSite, int predictors,
                  QFile *pooled)
{
    QTemporaryDir dir;
    QList<QString> files;
    for (int i = 0; i < sites; ++i)
        files << dir.filePath(QStringLiteral("synthetic-%1.csv").arg(i));
    if (!writeSites(files, rowsPerSite, predictors, pooled)) {
        cluster.error = QStringLiteral("cannot write the synthetic CSVs");
        return false;
    }
    return cluster.start(sites, 10, QStringLiteral("research"),
                         [&files](int i, const QString &path) {
                             QFile::remove(path);
                             QFile::rename(files.at(i), path);
                         });
}

// Restarts every node: the next fit is cold (datasets read from the encrypted store again).
bool restart(testsupport::NodeCluster &cluster)
{
    std::vector<int> all;
    for (int i = 0; i < cluster.size(); ++i) {
        cluster.kill(i);
        all.push_back(i);
    }
    return cluster.serveEach(all);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString list(const std::vector<double> &v)
{
    QStringList s;
    for (double x : v)
        s << QString::number(x, 'f', 3);
    return QLatin1Char('[') + s.join(QLatin1Char(',')) + QLatin1Char(']');
}

// The split of a fit from its run record: rounds of the pooled fit (sum of their wall times).
double roundsSeconds(const QJsonObject &report)
{
    double ms = 0;
    for (const QJsonValue &v : report.value(QStringLiteral("round_timings")).toArray())
        ms += v.toObject().value(QStringLiteral("total_ms")).toDouble();
    return ms / 1000;
}

// A field of a node's /proc/PID/status in kB (VmRSS, VmHWM, RssAnon, ...); -1 when unknown.
long nodeStatusKb(const testsupport::NodeCluster &cluster, int i, const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(cluster.node(i).process->processId()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    return -1;
}

long nodeRssKb(const testsupport::NodeCluster &cluster, int i)
{
    return nodeStatusKb(cluster, i, "VmRSS");
}

// CPU seconds a node process has used so far: user + system (part 0), user (1) or system (2).
// The total (part 0) from the process's CPU clock, in nanoseconds: /proc's utime and stime come
// in clock ticks (10 ms), as coarse as a lone fit's whole node CPU at 10^5 records.
double nodeCpuSeconds(const testsupport::NodeCluster &cluster, int i, int part = 0)
{
    clockid_t clock;
    timespec t {};
    if (part == 0 && clock_getcpuclockid(pid_t(cluster.node(i).process->processId()), &clock) == 0
        && clock_gettime(clock, &t) == 0)
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    QFile f(QStringLiteral("/proc/%1/stat").arg(cluster.node(i).process->processId()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const long long ticks = part == 1 ? fields[11].toLongLong()
        : part == 2                   ? fields[12].toLongLong()
                                      : fields[11].toLongLong() + fields[12].toLongLong();
    return double(ticks) / double(sysconf(_SC_CLK_TCK));
}

// Minor page faults of a node so far (/proc's minflt): fresh pages a fit touches.
long long nodeMinorFaults(const testsupport::NodeCluster &cluster, int i)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(cluster.node(i).process->processId()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() < 8 ? -1 : fields[7].toLongLong();
}

// Voluntary context switches of all of a node's threads so far (each wait that blocks: requests
// and httplib's keep-alive polling of idle connections, ~90 wake-ups a second each).
long long nodeWaits(const testsupport::NodeCluster &cluster, int i)
{
    long long total = 0;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(cluster.node(i).process->processId()));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(task + QStringLiteral("/status")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("voluntary_ctxt_switches:"))
                total += line.mid(24).trimmed().toLongLong();
    }
    return total;
}

// CPU seconds of this process's children that ended (the CLI runs): user + system (part 0),
// user (1) or system (2).
double childrenCpuSeconds(int part = 0)
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    const double user = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
    const double system = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
    return part == 1 ? user : part == 2 ? system : user + system;
}

// BENCH_LOG_DIR: copies each node's serve log there (one line per request, with its duration).
// With `runs` (kind, start, seconds) also TAG-runs.txt: a line per CLI run, "KIND START END" in
// UTC, so that scripts/fit_timeline.py can split the logs into fits and their phases.
struct RunWindow {
    QString kind;
    QDateTime started;
    double seconds = 0;
};

void keepLogs(const testsupport::NodeCluster &cluster, const QString &tag,
              const QList<RunWindow> &runs = {})
{
    const QString dir = qEnvironmentVariable("BENCH_LOG_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    if (!runs.isEmpty()) {
        QFile f(QStringLiteral("%1/%2-runs.txt").arg(dir, tag));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            for (const RunWindow &w : runs)
                f.write((w.kind + QLatin1Char(' ') + w.started.toString(Qt::ISODateWithMs)
                         + QLatin1Char(' ')
                         + w.started.addMSecs(qint64(w.seconds * 1000)).toString(Qt::ISODateWithMs)
                         + QLatin1Char('\n'))
                            .toUtf8());
        }
    }
    for (int i = 0; i < cluster.size(); ++i) {
        const QString to = QStringLiteral("%1/%2-site%3.log").arg(dir, tag).arg(i + 1);
        QFile::remove(to);
        QFile::copy(cluster.serveLog(i), to);
    }
}

struct RRun {
    std::vector<double> seconds;
    std::vector<double> coefficients;
    QString error;
};

// R's glm on the pooled CSV, `repeats` timed fits in one R process (reading the CSV not timed).
RRun runR(const QString &csv, int repeats)
{
    RRun r;
    QProcess p;
    p.start(QStringLiteral("Rscript"),
            { QStringLiteral(FAIRSTART_SOURCE_DIR "/bench/federation-client/glm_cli.R"), csv,
              QString::number(repeats) });
    if (!p.waitForFinished(60 * 60 * 1000) || p.exitCode() != 0) {
        r.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 2 && words[0] == "time")
            r.seconds.push_back(words[1].toDouble());
        else if (words.size() == 2 && words[0] == "coef")
            r.coefficients.push_back(words[1].toDouble());
    }
    if (r.seconds.empty() || r.coefficients.empty())
        r.error = QStringLiteral("R printed no times or coefficients");
    return r;
}

std::vector<double> estimates(const QJsonObject &report)
{
    std::vector<double> out;
    for (const QJsonValue &v : report.value(QStringLiteral("coefficients")).toArray())
        out.push_back(v.toObject().value(QStringLiteral("estimate")).toDouble());
    return out;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_cli_fit: %s\n", qPrintable(message));
    return 1;
}

int endToEnd(int totalRows, int sites, int predictors, int repeats)
{
    const int rowsPerSite = totalRows / sites;
    testsupport::NodeCluster cluster;
    QTemporaryDir dir;
    QFile pooled(dir.filePath(QStringLiteral("pooled.csv")));
    if (!pooled.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the pooled CSV"));
    QElapsedTimer setup;
    setup.start();
    if (!startCluster(cluster, sites, rowsPerSite, predictors, &pooled))
        return fail(cluster.error);
    pooled.close();
    std::printf("{\"bench\":\"cli_fit_setup\",\"sites\":%d,\"rows_per_site\":%d,"
                "\"predictors\":%d,\"setup_s\":%.1f}\n",
                sites, rowsPerSite, predictors, double(setup.elapsed()) / 1000);
    std::fflush(stdout);
    QString sitesFile;
    const QString out = dir.filePath(QStringLiteral("fit.json"));

    // Cold and warm CLI fits and R fits, in turn, so that all see the same load.
    std::vector<double> cold, warm, rounds, rTimes, rss, coldCpu, warmCpu;
    // The nodes' start-up before each cold fit: the wall time from their restart until every one
    // said it listens (its preload done), and the CPU the four new processes used for it (work a
    // node does at start-up instead of in the first fit is counted here, not in cold_cpu_s).
    std::vector<double> startWall, startCpu;
    std::vector<double> last;
    // The CPU time of the nodes and the CLI per fit (user + system): on two shared cores the
    // robust measure beside the wall time.
    auto fitCpu = [&cluster] {
        double total = childrenCpuSeconds();
        for (int i = 0; i < cluster.size(); ++i)
            total += nodeCpuSeconds(cluster, i);
        return total;
    };
    // The nodes' minor page faults per fit (cold, warm), beside the CPU.
    std::vector<double> coldFaults, warmFaults;
    auto faults = [&cluster] {
        long long total = 0;
        for (int i = 0; i < cluster.size(); ++i)
            total += nodeMinorFaults(cluster, i);
        return total;
    };
    // BENCH_NO_R=1: no R fits (A/B of the fits alone; no ratio and no check against R);
    // BENCH_WARM=N: N warm fits after each cold one (default 2).
    const bool noR = qEnvironmentVariableIntValue("BENCH_NO_R") == 1;
    const int warmFits = qEnvironmentVariableIsSet("BENCH_WARM")
        ? std::max(1, qEnvironmentVariableIntValue("BENCH_WARM"))
        : 2;
    QList<RunWindow> windows;
    RRun r;
    for (int rep = 0; rep < repeats; ++rep) {
        QElapsedTimer starting;
        starting.start();
        if (!restart(cluster))
            return fail(cluster.error);
        startWall.push_back(double(starting.nsecsElapsed()) / 1e9);
        double nodesAtStart = 0;
        for (int i = 0; i < cluster.size(); ++i)
            nodesAtStart += nodeCpuSeconds(cluster, i);
        startCpu.push_back(nodesAtStart);
        sitesFile = cluster.writeSitesFile(cluster.sites()); // new ports
        double before = fitCpu();
        long long faults0 = faults();
        CliRun c = runCli(sitesFile, predictors, out);
        if (!c.ok)
            return fail(QStringLiteral("cold fit failed: ") + c.error);
        cold.push_back(c.seconds);
        coldCpu.push_back(fitCpu() - before);
        coldFaults.push_back(double(faults() - faults0));
        windows << RunWindow { QStringLiteral("cold"), c.started, c.seconds };
        for (int k = 0; k < warmFits; ++k) {
            before = fitCpu();
            faults0 = faults();
            CliRun w = runCli(sitesFile, predictors, out);
            if (!w.ok)
                return fail(QStringLiteral("warm fit failed: ") + w.error);
            warm.push_back(w.seconds);
            warmCpu.push_back(fitCpu() - before);
            warmFaults.push_back(double(faults() - faults0));
            windows << RunWindow { QStringLiteral("warm"), w.started, w.seconds };
            rounds.push_back(roundsSeconds(w.report));
            last = estimates(w.report);
        }
        for (int i = 0; i < cluster.size(); ++i)
            rss.push_back(double(nodeRssKb(cluster, i)) / 1024);
        if (noR)
            continue;
        RRun once = runR(pooled.fileName(), 1);
        if (!once.error.isEmpty())
            return fail(QStringLiteral("R failed: ") + once.error);
        rTimes.insert(rTimes.end(), once.seconds.begin(), once.seconds.end());
        r = once;
    }
    keepLogs(cluster, QStringLiteral("endtoend"), windows);
    if (noR) {
        std::printf("{\"bench\":\"cli_fit\",\"sites\":%d,\"rows\":%d,\"predictors\":%d,"
                    "\"warm_s\":%s,\"cold_s\":%s,\"warm_median_s\":%.3f,"
                    "\"cold_median_s\":%.3f,\"warm_cpu_s\":%s,\"cold_cpu_s\":%s,"
                    "\"warm_cpu_median_s\":%.3f,\"cold_cpu_median_s\":%.3f,"
                    "\"warm_node_faults\":%s,\"cold_node_faults\":%s,\"start_s\":%s,"
                    "\"start_cpu_s\":%s}\n",
                    sites, totalRows, predictors, qPrintable(list(warm)), qPrintable(list(cold)),
                    median(warm), median(cold), qPrintable(list(warmCpu)),
                    qPrintable(list(coldCpu)), median(warmCpu), median(coldCpu),
                    qPrintable(list(warmFaults)), qPrintable(list(coldFaults)),
                    qPrintable(list(startWall)), qPrintable(list(startCpu)));
        std::fflush(stdout);
        return 0;
    }
    if (r.coefficients.size() != last.size())
        return fail(QStringLiteral("R has %1 coefficients, the CLI %2")
                        .arg(r.coefficients.size())
                        .arg(last.size()));
    double maxRel = 0;
    for (size_t j = 0; j < last.size(); ++j)
        maxRel
            = std::max(maxRel, std::abs(last[j] - r.coefficients[j]) / std::abs(r.coefficients[j]));
    const double rMedian = median(rTimes);
    std::printf("{\"bench\":\"cli_fit_vs_r\",\"sites\":%d,\"rows\":%d,\"predictors\":%d,"
                "\"warm_s\":%s,\"cold_s\":%s,\"r_glm_s\":%s,\"warm_median_s\":%.3f,"
                "\"cold_median_s\":%.3f,\"r_median_s\":%.3f,\"r_over_warm\":%.2f,"
                "\"r_over_cold\":%.2f,\"warm_cpu_s\":%s,\"cold_cpu_s\":%s,"
                "\"warm_cpu_median_s\":%.3f,\"pooled_rounds_s\":%s,\"node_rss_mb\":%s,"
                "\"start_s\":%s,\"start_cpu_s\":%s,\"max_rel_diff_vs_r\":%.2e}\n",
                sites, totalRows, predictors, qPrintable(list(warm)), qPrintable(list(cold)),
                qPrintable(list(rTimes)), median(warm), median(cold), rMedian,
                rMedian / median(warm), rMedian / median(cold), qPrintable(list(warmCpu)),
                qPrintable(list(coldCpu)), median(warmCpu), qPrintable(list(rounds)),
                qPrintable(list(rss)), qPrintable(list(startWall)), qPrintable(list(startCpu)),
                maxRel);
    std::fflush(stdout);
    if (!(maxRel <= 1e-6))
        return fail(
            QStringLiteral("the estimates differ from R's by %1 relative (> 1e-6)").arg(maxRel));
    return 0;
}

int scale(int rowsPerSite, const std::vector<int> &siteCounts, int predictors)
{
    for (int sites : siteCounts) {
        testsupport::NodeCluster cluster;
        // Every node pins every other one (one `peers import` each), so the nodes check each
        // other's contributions by their tags. BENCH_UNPINNED=1: the nodes accept unpinned peers
        // instead and verify every contribution's Ed25519 signature (the comparison of
        // docs/performance.md, "Many sites, fourth pass").
        cluster.acceptUnknownPeers = qEnvironmentVariableIntValue("BENCH_UNPINNED") == 1;
        QTemporaryDir dir;
        QElapsedTimer setup;
        setup.start();
        if (!startCluster(cluster, sites, rowsPerSite, predictors, nullptr))
            return fail(cluster.error);
        const double setupSeconds = double(setup.elapsed()) / 1000;
        const QString sitesFile = cluster.writeSitesFile(cluster.sites());
        const QString out = dir.filePath(QStringLiteral("fit.json"));
        CliRun c = runCli(sitesFile, predictors, out); // cold
        if (!c.ok)
            return fail(QStringLiteral("fit over %1 sites failed: %2").arg(sites).arg(c.error));
        // BENCH_HOLD_FILE=PATH: after the cold fit, the nodes' process ids are written there
        // (one a line) and PATH.fit.sh runs one default fit on them (`perf record -p` over the
        // nodes and that CLI); the bench waits until PATH is removed, then goes on.
        if (const QString hold = qEnvironmentVariable("BENCH_HOLD_FILE"); !hold.isEmpty()) {
            QFile script(hold + QStringLiteral(".fit.sh"));
            if (script.open(QIODevice::WriteOnly)) {
                QStringList args { testsupport::cliBinary(),
                                   QStringLiteral("fit"),
                                   QStringLiteral("--sites"),
                                   sitesFile,
                                   QStringLiteral("--dataset"),
                                   QStringLiteral("cohort"),
                                   QStringLiteral("--formula"),
                                   QLatin1Char('\'') + formula(predictors) + QLatin1Char('\''),
                                   QStringLiteral("--format"),
                                   QStringLiteral("json"),
                                   QStringLiteral("--out"),
                                   out,
                                   QStringLiteral("--timeout"),
                                   QStringLiteral("900") };
                script.write("#!/bin/sh\nexec " + args.join(QLatin1Char(' ')).toUtf8()
                             + " \"$@\"\n");
                script.close();
                script.setPermissions(script.permissions() | QFileDevice::ExeOwner);
            }
            QFile f(hold);
            if (f.open(QIODevice::WriteOnly)) {
                for (int i = 0; i < cluster.size(); ++i)
                    f.write(QByteArray::number(cluster.node(i).process->processId()) + '\n');
                f.close();
                while (QFile::exists(hold))
                    QThread::msleep(200);
            }
        }
        // Defaults (per-site fits, evaluation, calibration), then the pooled fit alone, in turn;
        // the CPU time of the nodes and of the CLI per fit beside the wall time (two shared cores:
        // the wall time cannot be below the CPU time over the cores).
        // BENCH_CLI_OTHER: another fairstart-cli, run in turn with this one on the same nodes
        // (a second line, "cli_fit_sites_other"): a client change compared in the same run.
        struct Series {
            QString binary;
            std::vector<double> warm, rounds, pooled, cpu, pooledCpu;
            // The default fits' CPU split: the nodes' user and system time, the CLI's (both).
            std::vector<double> nodeUser, nodeSystem, cli, waits;
        };
        std::vector<Series> series {
            { testsupport::cliBinary(), {}, {}, {}, {}, {}, {}, {}, {}, {} }
        };
        if (qEnvironmentVariableIsSet("BENCH_CLI_OTHER"))
            series.push_back(
                { qEnvironmentVariable("BENCH_CLI_OTHER"), {}, {}, {}, {}, {}, {}, {}, {}, {} });
        auto nodesCpu = [&cluster] {
            double total = 0;
            for (int i = 0; i < cluster.size(); ++i)
                total += nodeCpuSeconds(cluster, i);
            return total;
        };
        auto nodesCpuPart = [&cluster](int part) {
            double total = 0;
            for (int i = 0; i < cluster.size(); ++i)
                total += nodeCpuSeconds(cluster, i, part);
            return total;
        };
        auto nodesWaits = [&cluster] {
            long long total = 0;
            for (int i = 0; i < cluster.size(); ++i)
                total += nodeWaits(cluster, i);
            return total;
        };
        const int repeats = qEnvironmentVariableIsSet("BENCH_REPEATS")
            ? qEnvironmentVariableIntValue("BENCH_REPEATS")
            : 3;
        for (int k = 0; k < repeats; ++k) {
            for (Series &one : series) {
                double before = nodesCpu() + childrenCpuSeconds();
                const double user0 = nodesCpuPart(1), system0 = nodesCpuPart(2),
                             cli0 = childrenCpuSeconds();
                const long long waits0 = nodesWaits();
                CliRun w = runCli(sitesFile, predictors, out, {}, one.binary);
                if (!w.ok)
                    return fail(
                        QStringLiteral("fit over %1 sites failed: %2").arg(sites).arg(w.error));
                one.warm.push_back(w.seconds);
                one.rounds.push_back(roundsSeconds(w.report));
                one.cpu.push_back(nodesCpu() + childrenCpuSeconds() - before);
                one.nodeUser.push_back(nodesCpuPart(1) - user0);
                one.nodeSystem.push_back(nodesCpuPart(2) - system0);
                one.cli.push_back(childrenCpuSeconds() - cli0);
                one.waits.push_back(double(nodesWaits() - waits0));
                before = nodesCpu() + childrenCpuSeconds();
                CliRun f
                    = runCli(sitesFile, predictors, out,
                             { QStringLiteral("--no-per-site"), QStringLiteral("--no-evaluation") },
                             one.binary);
                if (!f.ok)
                    return fail(QStringLiteral("pooled fit over %1 sites failed: %2")
                                    .arg(sites)
                                    .arg(f.error));
                one.pooled.push_back(f.seconds);
                one.pooledCpu.push_back(nodesCpu() + childrenCpuSeconds() - before);
            }
        }
        keepLogs(cluster, QStringLiteral("sites%1").arg(sites));
        for (const Series &one : series) {
            std::printf("{\"bench\":\"%s\",\"sites\":%d,\"rows_per_site\":%d,"
                        "\"predictors\":%d,\"cold_s\":%.3f,\"warm_s\":%s,\"warm_median_s\":%.3f,"
                        "\"warm_cpu_s\":%s,\"pooled_only_s\":%s,\"pooled_only_median_s\":%.3f,"
                        "\"pooled_only_cpu_s\":%s,\"pooled_rounds_s\":%s,\"peers_pinned\":%s,"
                        "\"warm_node_user_s\":%s,\"warm_node_system_s\":%s,\"warm_cli_s\":%s,"
                        "\"warm_node_waits\":%s,"
                        "\"setup_s\":%.1f}\n",
                        &one == &series.front() ? "cli_fit_sites" : "cli_fit_sites_other", sites,
                        rowsPerSite, predictors, c.seconds, qPrintable(list(one.warm)),
                        median(one.warm), qPrintable(list(one.cpu)), qPrintable(list(one.pooled)),
                        median(one.pooled), qPrintable(list(one.pooledCpu)),
                        qPrintable(list(one.rounds)), cluster.acceptUnknownPeers ? "false" : "true",
                        qPrintable(list(one.nodeUser)), qPrintable(list(one.nodeSystem)),
                        qPrintable(list(one.cli)), qPrintable(list(one.waits)), setupSeconds);
        }
        std::fflush(stdout);
    }
    return 0;
}

int records(int sites, const std::vector<int> &sizes, int predictors)
{
    for (int rowsPerSite : sizes) {
        testsupport::NodeCluster cluster;
        QTemporaryDir dir;
        if (!startCluster(cluster, sites, rowsPerSite, predictors, nullptr))
            return fail(cluster.error);
        const QString sitesFile = cluster.writeSitesFile(cluster.sites());
        const QString out = dir.filePath(QStringLiteral("fit.json"));
        CliRun c = runCli(sitesFile, predictors, out);
        if (!c.ok)
            return fail(QStringLiteral("fit failed: ") + c.error);
        std::vector<double> warm, rss;
        for (int k = 0; k < 3; ++k) {
            CliRun w = runCli(sitesFile, predictors, out);
            if (!w.ok)
                return fail(QStringLiteral("fit failed: ") + w.error);
            warm.push_back(w.seconds);
        }
        for (int i = 0; i < cluster.size(); ++i)
            rss.push_back(double(nodeRssKb(cluster, i)) / 1024);
        // X of one site, n x (P + 1) doubles: what the node's resident memory is compared with.
        const double designMb = double(rowsPerSite) * (predictors + 1) * 8 / (1024 * 1024);
        std::printf("{\"bench\":\"cli_fit_records\",\"sites\":%d,\"rows_per_site\":%d,"
                    "\"predictors\":%d,\"cold_s\":%.3f,\"warm_s\":%s,\"warm_median_s\":%.3f,"
                    "\"node_rss_mb\":%s,\"design_mb\":%.1f}\n",
                    sites, rowsPerSite, predictors, c.seconds, qPrintable(list(warm)), median(warm),
                    qPrintable(list(rss)), designMb);
        std::fflush(stdout);
    }
    return 0;
}

// Issue 16's memory target: a node's resident memory at most 1.3x its cached design matrix
// (n x (P + 1) doubles of the consenting rows). Resident memory is robust under load (unlike
// time), so this mode needs no repetitions: for each size, the nodes' memory before any fit
// (process, Qt, TLS, SQLCipher: the base), after one cold and two warm `fairstart-cli fit`s, and
// the peaks (VmHWM) of the cold fit (the table and the matrix both alive while the matrix is built)
// and of the warm fits.
int memory(int sites, const std::vector<int> &sizes, int predictors)
{
    for (int rowsPerSite : sizes) {
        testsupport::NodeCluster cluster;
        QTemporaryDir dir;
        if (!startCluster(cluster, sites, rowsPerSite, predictors, nullptr))
            return fail(cluster.error);
        // The consenting rows of the synthetic data: every 100th record and 1 % at random
        // withhold consent, so ~98 % of the rows are in the design.
        const double designMb = double(rowsPerSite) * 0.9801 * (predictors + 1) * 8 / (1024 * 1024);
        // The import's peak: the largest child that ended so far (init, import, pin, token).
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        const double importPeakMb = double(usage.ru_maxrss) / 1024;
        // A design beyond the default job limits (512 MiB a matrix, 1536 MiB all jobs): the
        // administrator of a large site raises them (a fit holds up to four jobs at its end).
        for (int i = 0; i < cluster.size() && designMb > 400; ++i) {
            const QString perJob = QString::number(int(designMb * 2));
            const QString all = QString::number(int(designMb * 8));
            if (!cluster.setPolicy(i, QStringLiteral("max_design_mb_per_job"), perJob)
                || !cluster.setPolicy(i, QStringLiteral("max_job_memory_mb"), all)
                || !cluster.setPolicy(i, QStringLiteral("max_job_memory_share_per_user"),
                                      QStringLiteral("1")))
                return fail(cluster.error);
        }
        std::vector<double> base, rss, anon, hwm, seconds;
        for (int i = 0; i < cluster.size(); ++i)
            base.push_back(double(nodeRssKb(cluster, i)) / 1024);
        const QString sitesFile = cluster.writeSitesFile(cluster.sites());
        const QString out = dir.filePath(QStringLiteral("fit.json"));
        QList<RunWindow> windows;
        std::vector<double> coldPeak, cliPeak;
        for (int k = 0; k < 3; ++k) {
            CliRun run = runCli(sitesFile, predictors, out);
            if (!run.ok) {
                keepLogs(cluster, QStringLiteral("memory-%1x%2").arg(sites).arg(rowsPerSite));
                return fail(QStringLiteral("fit failed: ") + run.error);
            }
            seconds.push_back(run.seconds);
            cliPeak.push_back(double(run.maxRssKb) / 1024);
            windows << RunWindow { k ? QStringLiteral("warm") : QStringLiteral("cold"), run.started,
                                   run.seconds };
            // The node gives its free memory back after an idle second (kIdleTrimDelayMs,
            // site-node/src/freememory_p.h, branch cold7): what it holds at rest is read after it.
            QThread::msleep(1500);
            if (k == 0) {
                // The cold fit's peak (the table read from the store and the matrix alive),
                // then the peak reset (clear_refs 5, Linux >= 4.0) so VmHWM below is the warm
                // fits' own.
                for (int i = 0; i < cluster.size(); ++i) {
                    coldPeak.push_back(double(nodeStatusKb(cluster, i, "VmHWM")) / 1024);
                    QFile clear(QStringLiteral("/proc/%1/clear_refs")
                                    .arg(cluster.node(i).process->processId()));
                    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
                        return fail(QStringLiteral("cannot reset the peak of node %1").arg(i));
                }
            }
        }
        keepLogs(cluster, QStringLiteral("memory-%1x%2").arg(sites).arg(rowsPerSite), windows);
        // Requests per fit at each node (the serve log has a line per request): round trips.
        std::vector<double> requests;
        for (int i = 0; i < cluster.size(); ++i) {
            QFile log(cluster.serveLog(i));
            int lines = 0;
            if (log.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : log.readAll().split('\n'))
                    lines += line.contains(" /v1/") ? 1 : 0;
            }
            requests.push_back(double(lines) / 3);
        }
        for (int i = 0; i < cluster.size(); ++i) {
            rss.push_back(double(nodeRssKb(cluster, i)) / 1024);
            anon.push_back(double(nodeStatusKb(cluster, i, "RssAnon")) / 1024);
            hwm.push_back(double(nodeStatusKb(cluster, i, "VmHWM")) / 1024);
        }
        // BENCH_HOLD_FILE=PATH: write the nodes' process ids there and wait until the file is
        // removed, to inspect them (smaps, malloc statistics) after the fits.
        const QString hold = qEnvironmentVariable("BENCH_HOLD_FILE");
        if (!hold.isEmpty()) {
            QFile f(hold);
            if (f.open(QIODevice::WriteOnly)) {
                for (int i = 0; i < cluster.size(); ++i)
                    f.write(QByteArray::number(cluster.node(i).process->processId()) + '\n');
                f.close();
                while (QFile::exists(hold))
                    QThread::msleep(200);
            }
        }
        std::printf("{\"bench\":\"node_memory\",\"sites\":%d,\"rows_per_site\":%d,"
                    "\"predictors\":%d,\"design_mb\":%.1f,\"rss_before_mb\":%s,"
                    "\"rss_after_mb\":%s,\"anon_after_mb\":%s,\"peak_cold_fit_mb\":%s,"
                    "\"peak_warm_fits_mb\":%s,"
                    "\"rss_over_design\":%.2f,\"anon_over_design\":%.2f,"
                    "\"peak_cold_over_design\":%.2f,\"peak_warm_over_design\":%.2f,"
                    "\"import_peak_mb\":%.1f,\"fit_s\":%s,\"cli_peak_mb\":%s,"
                    "\"requests_per_fit\":%s}\n",
                    sites, rowsPerSite, predictors, designMb, qPrintable(list(base)),
                    qPrintable(list(rss)), qPrintable(list(anon)), qPrintable(list(coldPeak)),
                    qPrintable(list(hwm)), *std::max_element(rss.begin(), rss.end()) / designMb,
                    *std::max_element(anon.begin(), anon.end()) / designMb,
                    *std::max_element(coldPeak.begin(), coldPeak.end()) / designMb,
                    *std::max_element(hwm.begin(), hwm.end()) / designMb, importPeakMb,
                    qPrintable(list(seconds)), qPrintable(list(cliPeak)),
                    qPrintable(list(requests)));
        std::fflush(stdout);
    }
    return 0;
}

// `fairstart-cli fit` of each formula, all started at once; each one's wall time is taken when
// its process ends (QProcess::finished, from the event loop), from just before it was started.
// (Until concurrent2 the group's times were read in start order after waitForFinished of each:
// a fit that ended before an earlier-started one was timed when that one ended, so each time was
// the running maximum of the fits started before it, and the median was biased upward. The lone
// fit went through runCli instead, which polls the CLI's /proc status every 20 ms.)
struct FitsAtOnce {
    std::vector<double> seconds; // per formula, in its order
    double wall = 0; // the first start to the last end
    QString error;
};

FitsAtOnce fitsAtOnce(const QString &sitesFile, const QStringList &formulas, const QString &dir)
{
    FitsAtOnce r;
    const int n = int(formulas.size());
    r.seconds.assign(size_t(n), 0);
    std::vector<std::unique_ptr<QProcess>> procs;
    std::vector<QElapsedTimer> clocks(static_cast<size_t>(n));
    QEventLoop loop;
    int running = n;
    QElapsedTimer group;
    group.start();
    for (int k = 0; k < n; ++k) {
        auto p = std::make_unique<QProcess>();
        QObject::connect(p.get(), &QProcess::finished, &loop, [&, k] {
            r.seconds[size_t(k)] = double(clocks[size_t(k)].nsecsElapsed()) / 1e9;
            if (--running == 0)
                loop.quit();
        });
        clocks[size_t(k)].start();
        p->start(testsupport::cliBinary(),
                 { QStringLiteral("fit"), QStringLiteral("--sites"), sitesFile,
                   QStringLiteral("--dataset"), QStringLiteral("cohort"),
                   QStringLiteral("--formula"), formulas.at(k), QStringLiteral("--format"),
                   QStringLiteral("json"), QStringLiteral("--out"),
                   QDir(dir).filePath(QStringLiteral("c%1.json").arg(k)),
                   QStringLiteral("--timeout"), QStringLiteral("900") });
        procs.push_back(std::move(p));
    }
    QTimer::singleShot(30 * 60 * 1000, &loop, &QEventLoop::quit);
    if (running > 0)
        loop.exec();
    r.wall = double(group.nsecsElapsed()) / 1e9;
    for (int k = 0; k < n; ++k) {
        QProcess &p = *procs[size_t(k)];
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            r.error = QStringLiteral("a fit did not end within 30 minutes");
        } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            r.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        }
    }
    return r;
}

// different: every fit of the run a model of its own (the full model without two predictors,
// a pair no other fit of the run drops), so that no two fits share a design, a β or a release;
// needs at least 17 predictors and at most 10 fits. fresh: the ten fits of a group one model
// that no earlier fit of the run used (the group's first fit of it: nothing of it is in any memo
// yet, so the fits share only what they compute together), the lone fits as in `different`.
int concurrent(int rows, int fits, int predictors, bool different, bool fresh = false)
{
    if ((different || fresh) && (predictors < 17 || fits > 10))
        return fail(QStringLiteral("concurrent different needs >= 17 predictors, <= 10 fits"));
    testsupport::NodeCluster cluster;
    QTemporaryDir dir;
    if (!startCluster(cluster, 1, rows, predictors, nullptr))
        return fail(cluster.error);
    // Ten analysts at once are one user here (one token): the node's per-user limits (20 open
    // jobs; a fit holds up to four at its end, 200 jobs a day) are raised to what ten users
    // would have together. The job memory a user may reserve (half of 1536 MiB) is left as it
    // is: ten fits of 10^5 records fit in it, ten of 250,000 do not.
    // Its HTTPS workers too (8 by default; BENCH_NODE_THREADS): ten fits keep up to 40
    // connections open at once, and httplib gives each connection a worker while it is kept
    // alive. (The first runs' failures were the node's log pipe, see nodecluster.h.)
    if (!cluster.setPolicy(0, QStringLiteral("max_open_jobs_per_user"), QStringLiteral("200"))
        || !cluster.setPolicy(0, QStringLiteral("threads"),
                              qEnvironmentVariable("BENCH_NODE_THREADS", QStringLiteral("48")))
        || !cluster.setPolicy(0, QStringLiteral("jobs_per_user_per_day"), QStringLiteral("5000")))
        return fail(cluster.error);
    const QString sitesFile = cluster.writeSitesFile(cluster.sites());
    runCli(sitesFile, predictors, dir.filePath(QStringLiteral("warm.json")));
    std::vector<double> alone, together, wallTogether;
    // The CPU one fit costs (node + CLI), alone and in the group: on this machine's cores the
    // group cannot end before fits × CPU per fit / cores, whatever the node does.
    double cpuAlone = 0, cpuTogether = 0;
    // The same split into the CLIs' CPU and the node's.
    double cliAlone = 0, cliTogether = 0;
    for (int rep = 0; rep < 3; ++rep) {
        double node0 = nodeCpuSeconds(cluster, 0), cli0 = childrenCpuSeconds();
        // different: the alone fit drops {last, 14 + rep}, fit k of the group {k + 1, 11 + rep}
        // (k + 1 <= 10): pairs no other fit of the run drops.
        const QString aloneFormula = different || fresh
            ? formulaWithout(predictors, { predictors, 14 + rep })
            : formula(predictors);
        // The lone fit is timed by the same code as each of the group's (fitsAtOnce).
        FitsAtOnce one = fitsAtOnce(sitesFile, { aloneFormula }, dir.path());
        if (!one.error.isEmpty())
            return fail(QStringLiteral("fit failed: ") + one.error);
        alone.push_back(one.seconds.front());
        cpuAlone += nodeCpuSeconds(cluster, 0) - node0 + childrenCpuSeconds() - cli0;
        cliAlone += childrenCpuSeconds() - cli0;
        node0 = nodeCpuSeconds(cluster, 0);
        cli0 = childrenCpuSeconds();
        QStringList formulas;
        for (int k = 0; k < fits; ++k)
            formulas << (different   ? formulaWithout(predictors, { k + 1, 11 + rep })
                             : fresh ? formulaWithout(predictors, { 1, 11 + rep })
                                     : formula(predictors));
        FitsAtOnce group = fitsAtOnce(sitesFile, formulas, dir.path());
        if (!group.error.isEmpty())
            return fail(QStringLiteral("concurrent fit failed: ") + group.error);
        together.insert(together.end(), group.seconds.begin(), group.seconds.end());
        wallTogether.push_back(group.wall);
        cpuTogether += nodeCpuSeconds(cluster, 0) - node0 + childrenCpuSeconds() - cli0;
        cliTogether += childrenCpuSeconds() - cli0;
    }
    keepLogs(cluster, QStringLiteral("concurrent"));
    cpuAlone /= 3;
    cpuTogether /= 3 * fits;
    cliAlone /= 3;
    cliTogether /= 3 * fits;
    // ratio_median: the median of the 3 x FITS fits' times against the lone fits' median;
    // ratio_max: the slowest of them against it — issue 16 asks that each of the ten take at
    // most 2x one alone, so ratio_max is the target's measure. cpu_bound_ratio: the group's CPU
    // (CLIs and node) over this machine's cores against the lone fit's wall time, the least
    // ratio_median can be with the clients on the node's cores.
    // The node's share: what the group would need if the ten clients ran on other machines,
    // as deployed ones do. node_cpu_ten_vs_one: the node's CPU for the ten fits against one
    // fit alone; node_bound_ratio: the node's CPU for the ten on this machine's cores against
    // the lone fit's wall time, a lower bound of the ratio with the clients elsewhere.
    const double nodeAlone = cpuAlone - cliAlone, nodeTogether = cpuTogether - cliTogether;
    std::printf("{\"bench\":\"cli_fit_concurrent\",\"models\":\"%s\",\"rows\":%d,"
                "\"predictors\":%d,\"fits\":%d,"
                "\"alone_s\":%s,\"concurrent_s\":%s,\"alone_median_s\":%.3f,"
                "\"concurrent_median_s\":%.3f,\"concurrent_max_s\":%.3f,\"ratio_median\":%.2f,"
                "\"node_rss_mb\":%.1f,\"group_wall_s\":%s,\"cpu_per_fit_alone_s\":%.3f,"
                "\"cpu_per_fit_together_s\":%.3f,\"cli_cpu_per_fit_alone_s\":%.3f,"
                "\"cli_cpu_per_fit_together_s\":%.3f,\"cores\":%d,\"cpu_bound_s\":%.3f,"
                "\"node_cpu_per_fit_alone_s\":%.3f,\"node_cpu_per_fit_together_s\":%.3f,"
                "\"node_cpu_ten_vs_one\":%.2f,\"node_bound_ratio\":%.2f,\"ratio_max\":%.2f,"
                "\"cpu_bound_ratio\":%.2f}\n",
                different   ? "different"
                    : fresh ? "fresh"
                            : "same",
                rows, predictors, fits, qPrintable(list(alone)), qPrintable(list(together)),
                median(alone), median(together),
                *std::max_element(together.begin(), together.end()),
                median(together) / median(alone), double(nodeRssKb(cluster, 0)) / 1024,
                qPrintable(list(wallTogether)), cpuAlone, cpuTogether, cliAlone, cliTogether,
                QThread::idealThreadCount(), fits * cpuAlone / QThread::idealThreadCount(),
                nodeAlone, nodeTogether, fits * nodeTogether / nodeAlone,
                fits * nodeTogether / QThread::idealThreadCount() / median(alone),
                *std::max_element(together.begin(), together.end()) / median(alone),
                fits * cpuTogether / QThread::idealThreadCount() / median(alone));
    return 0;
}

std::vector<int> numbers(char **from, char **to, std::vector<int> fallback)
{
    std::vector<int> v;
    for (char **a = from; a < to; ++a)
        v.push_back(std::atoi(*a));
    return v.empty() ? fallback : v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!QFile::exists(testsupport::nodeBinary()) || !QFile::exists(testsupport::cliBinary()))
        return fail(QStringLiteral("FAIRSTART_BIN_DIR has no node/fairstart-node or "
                                   "cli/fairstart-cli"));
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const int predictors = qEnvironmentVariableIsSet("BENCH_PREDICTORS")
        ? qEnvironmentVariableIntValue("BENCH_PREDICTORS")
        : 20;
    if (mode == "scale")
        return scale(argc > 2 ? std::atoi(argv[2]) : 2000,
                     numbers(argv + std::min(argc, 3), argv + argc, { 1, 10, 50, 100 }),
                     predictors);
    if (mode == "records")
        return records(argc > 2 ? std::atoi(argv[2]) : 4,
                       numbers(argv + std::min(argc, 3), argv + argc, { 10000, 100000, 1000000 }),
                       predictors);
    if (mode == "memory")
        return memory(argc > 2 ? std::atoi(argv[2]) : 4,
                      numbers(argv + std::min(argc, 3), argv + argc, { 250000, 1000000 }),
                      predictors);
    if (mode == "concurrent")
        return concurrent(argc > 2 ? std::atoi(argv[2]) : 100000,
                          argc > 3 ? std::atoi(argv[3]) : 10, predictors,
                          argc > 4 && QByteArray(argv[4]) == "different",
                          argc > 4 && QByteArray(argv[4]) == "fresh");
    if (mode == "all") {
        // What `make bench` runs: the end-to-end ratio, then the growth with sites.
        if (int rc = endToEnd(1000000, 4, predictors, 3))
            return rc;
        return scale(2000, { 1, 10, 50, 100 }, predictors);
    }
    return endToEnd(argc > 1 ? std::atoi(argv[1]) : 1000000, argc > 2 ? std::atoi(argv[2]) : 4,
                    argc > 3 ? std::atoi(argv[3]) : 20, argc > 4 ? std::atoi(argv[4]) : 3);
}
