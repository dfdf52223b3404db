// SPDX-License-Identifier: GPL-3.0-or-later
// The longest GUI-thread stall while the workbench runs a federated fit on real local nodes: a
// 5 ms timer on the GUI thread records the largest gap between its ticks (target: < 100 ms).
// Prints one JSON line. Needs FAIRSTART_BIN_DIR (the build's app/ folder).
#include "../../tests/federation-client/nodecluster.h"

#include "fairstart/ui/designer/designerwidget.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitesmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace fairstart;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int sites = argc > 1 ? std::atoi(argv[1]) : 3;
    const int rows = argc > 2 ? std::atoi(argv[2]) : 20000;
    testsupport::NodeCluster cluster;
    if (!cluster.available()) {
        std::fprintf(stderr, "bench_guistall: set FAIRSTART_BIN_DIR to the build's app folder\n");
        return 2;
    }
    if (!cluster.start(sites, rows)) {
        std::fprintf(stderr, "bench_guistall: %s\n", qPrintable(cluster.error));
        return 1;
    }
    ui::MainWindow window;
    window.show();
    if (!window.openDemoFederation(cluster.writeSitesFile(cluster.sites())).isEmpty())
        return 1;
    (void)window.loadFormula(QStringLiteral(
        "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + maternal_education + "
        "parental_stress + smoking_pregnancy"));
    if (!QTest::qWaitFor([&] { return window.sitesModel()->catalogues().size() == sites; },
                         30000)) {
        std::fprintf(stderr, "bench_guistall: the sites did not answer\n");
        return 1;
    }
    ui::RunDialog *dialog = window.runOnSites();
    bool done = false;
    bool ok = false;
    QObject::connect(dialog, &ui::RunDialog::finished, [&] { done = ok = true; });
    QObject::connect(dialog, &ui::RunDialog::failed, [&](const client::RunError &e) {
        std::fprintf(stderr, "bench_guistall: %s\n", qPrintable(e.message));
        done = true;
    });
    qint64 longest = 0;
    int ticks = 0;
    QElapsedTimer since;
    QTimer timer;
    timer.setInterval(5);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (since.isValid())
            longest = std::max(longest, since.elapsed());
        since.restart();
        ++ticks;
    });
    QElapsedTimer total;
    total.start();
    timer.start();
    dialog->start();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    timer.stop();
    std::printf("{\"benchmark\": \"gui_stall_during_run\", \"sites\": %d, \"rows_per_site\": %d, "
                "\"ok\": %s, \"run_ms\": %lld, \"timer_ticks\": %d, \"longest_stall_ms\": %lld}\n",
                sites, rows, ok ? "true" : "false", total.elapsed(), ticks, longest);
    return ok ? 0 : 1;
}
