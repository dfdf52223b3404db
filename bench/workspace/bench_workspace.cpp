// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a workspace with 1,000 designs and 10,000 runs (target < 300 ms, of which the Argon2id
// key derivation is reported on its own) and saving a design (target < 20 ms). JSON lines out.
#include "database.h"
#include "fairstart/workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace fairstart::workspace;

namespace {

const QString passphrase = QStringLiteral("benchmark passphrase");
constexpr int Designs = 1000;
constexpr int Runs = 10000;

QJsonObject designJson(int i)
{
    QJsonArray predictors;
    for (int k = 0; k < 8; ++k)
        predictors.append(
            QJsonObject { { QStringLiteral("variable"), QStringLiteral("x%1").arg(k) },
                          { QStringLiteral("transform"), QStringLiteral("spline") },
                          { QStringLiteral("df"), 3 } });
    return QJsonObject { { QStringLiteral("outcome"), QStringLiteral("low_birth_weight") },
                         { QStringLiteral("family"), QStringLiteral("binomial") },
                         { QStringLiteral("predictors"), predictors },
                         { QStringLiteral("filter"), QStringLiteral("age >= %1").arg(i % 40) } };
}

QJsonObject aggregatesJson(int i)
{
    QJsonArray beta, se;
    for (int k = 0; k < 25; ++k) {
        beta.append(0.001 * (i + k));
        se.append(0.0005 * (k + 1));
    }
    return QJsonObject { { QStringLiteral("coefficients"), beta },
                         { QStringLiteral("standardErrors"), se },
                         { QStringLiteral("deviance"), 1234.5 + i },
                         { QStringLiteral("n"), 5000 + i } };
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct Stats {
    double median = 0;
    double p95 = 0;
    double min = 0;
    double cpuMedian = 0; // this thread's CPU time: close to what an idle core would take
};

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Stats measure(int repeats, const std::function<void()> &f)
{
    QList<double> ms, cpu;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        f();
        ms.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpu0);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    const qsizetype p95 = std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100);
    return Stats { ms.at(ms.size() / 2), ms.at(p95), ms.first(), cpu.at(cpu.size() / 2) };
}

void report(const char *name, int repeats, const Stats &s, const char *extra = "")
{
    std::printf("{\"bench\":\"%s\",\"repeats\":%d,\"median_ms\":%.2f,\"p95_ms\":%.2f,"
                "\"min_ms\":%.2f,\"cpu_median_ms\":%.2f%s}\n",
                name, repeats, s.median, s.p95, s.min, s.cpuMedian, extra);
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(what));
    std::exit(1);
}

void populate(const QString &path)
{
    auto created = Workspace::create(path, passphrase);
    if (!created)
        die(created.error().message);
    created.value()->close();
    auto db = Database::open(path, passphrase);
    if (!db)
        die(db.error().message);
    Database &d = *db.value();
    Transaction tx(d);
    const QString time = QStringLiteral("2026-11-22T10:00:00.000Z");
    Statement design(d.handle(),
                     "INSERT INTO designs(id, name, created, modified) "
                     "VALUES(?, ?, ?, ?)");
    Statement version(d.handle(),
                      "INSERT INTO design_versions(design_id, version, json, saved) "
                      "VALUES(?, ?, ?, ?)");
    for (int i = 1; i <= Designs; ++i) {
        design.bind(1, i).bind(2, QStringLiteral("Design %1").arg(i)).bind(3, time).bind(4, time);
        design.exec();
        for (int v = 1; v <= 3; ++v) { // three versions each: history is part of the file
            version.bind(1, i).bind(2, v).bind(3, compact(designJson(i + v))).bind(4, time);
            version.exec();
        }
    }
    Statement run(d.handle(),
                  "INSERT INTO runs(id, design_id, design_version, design_name, "
                  "created, finished) VALUES(?, ?, 3, ?, ?, ?)");
    Statement data(d.handle(), "INSERT INTO run_data(run_id, request, result) VALUES(?, ?, ?)");
    Statement site(d.handle(),
                   "INSERT INTO run_sites(run_id, site, state, message, updated) "
                   "VALUES(?, ?, 'succeeded', '', ?)");
    for (int i = 1; i <= Runs; ++i) {
        const int designId = 1 + i % Designs;
        run.bind(1, i).bind(2, designId).bind(3, QStringLiteral("Design %1").arg(designId));
        run.bind(4, time).bind(5, time);
        run.exec();
        data.bind(1, i).bind(2, compact(designJson(i))).bind(3, compact(aggregatesJson(i)));
        data.exec();
        for (const char *name : { "Leeds", "Bergen", "Rotterdam" }) {
            site.bind(1, i).bind(2, QString::fromLatin1(name)).bind(3, time);
            site.exec();
        }
    }
    tx.commit();
    d.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const QString path = dir.filePath(QStringLiteral("bench.fairstart"));

    QElapsedTimer fill;
    fill.start();
    populate(path);
    std::printf("{\"bench\":\"workspace.populate\",\"designs\":%d,\"design_versions\":%d,"
                "\"runs\":%d,\"file_bytes\":%lld,\"ms\":%lld}\n",
                Designs, 3 * Designs, Runs, QFileInfo(path).size(), fill.elapsed());

    QFile f(path);
    f.open(QIODevice::ReadOnly);
    const QByteArray salt = f.read(Key::SaltSize);
    f.close();
    const int repeats = 9;
    report("workspace.kdf_argon2id_interactive", repeats, measure(repeats, [&] {
               if (!Key::derive(passphrase, salt))
                   die(QStringLiteral("KDF failed"));
           }));
    const std::optional<Key> key = Key::derive(passphrase, salt);
    report("workspace.open_without_kdf", repeats, measure(repeats, [&] {
               if (!Database::openWithKey(path, *key, true))
                   die(QStringLiteral("open with key failed"));
           }));
    report("workspace.open_total", repeats, measure(repeats, [&] {
               auto ws = Workspace::open(path, passphrase);
               if (!ws)
                   die(ws.error().message);
           }));

    auto ws = Workspace::open(path, passphrase);
    if (!ws)
        die(ws.error().message);
    Workspace &w = *ws.value();
    report("workspace.list_designs_1000", repeats, measure(repeats, [&] {
               if (w.designs()->size() != Designs)
                   die(QStringLiteral("designs missing"));
           }));
    report("workspace.list_runs_10000", repeats, measure(repeats, [&] {
               if (w.runs()->size() != Runs)
                   die(QStringLiteral("runs missing"));
           }));
    report("workspace.runs_of_one_design", repeats, measure(repeats, [&] {
               if (w.runs(17)->size() != Runs / Designs)
                   die(QStringLiteral("runs of design 17 missing"));
           }));

    int n = 0;
    const int saves = 100;
    report("workspace.save_design_new_version", saves, measure(saves, [&] {
               if (++n; !w.saveDesignVersion(1 + n % Designs, designJson(100000 + n)))
                   die(QStringLiteral("save failed"));
           }));
    report("workspace.save_design_new", saves, measure(saves, [&] {
               if (++n; !w.saveDesign(QStringLiteral("Fresh %1").arg(n), designJson(n)))
                   die(QStringLiteral("save failed"));
           }));
    report("workspace.append_request_log", saves, measure(saves, [&] {
               if (++n; !w.appendRequestLog(QJsonObject { { QStringLiteral("i"), n } }))
                   die(QStringLiteral("log failed"));
           }));
    report("workspace.set_run_result", saves, measure(saves, [&] {
               if (++n; !w.setRunResult(1 + n % Runs, aggregatesJson(n)))
                   die(QStringLiteral("result failed"));
           }));
    return 0;
}
