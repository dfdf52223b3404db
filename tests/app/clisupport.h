// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli as a test runs it: one process, its exit code and both streams.
#pragma once

#include "../federation-client/nodecluster.h"

#include <QProcess>
#include <QStringList>

namespace testsupport {

struct Outcome {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

inline Outcome cli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(cliBinary(), args);
    Outcome o;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(30000);
        // Loud: what it had printed, and that it did not end (exit code -1).
        o.out = QString::fromUtf8(p.readAllStandardOutput());
        o.err = QStringLiteral("fairstart-cli %1 did not finish within %2 s; it printed: %3")
                    .arg(args.join(QLatin1Char(' ')))
                    .arg(timeoutMs / 1000)
                    .arg(QString::fromUtf8(p.readAllStandardError()));
        return o;
    }
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

} // namespace testsupport
