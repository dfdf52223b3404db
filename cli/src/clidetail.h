// SPDX-License-Identifier: GPL-3.0-or-later
// What fairstart-cli's commands share (defined in clicommand.cpp), for the commands that live in
// their own files (validate.cpp).
#pragma once

#include "fairstart/client/site.h"
#include "fairstart/client/studychecks.h"
#include "fairstart/client/transport.h"

#include "fairstart/analysis/model.h"
#include "fairstart/protocol/report.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace fairstart::cli::detail {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

struct Common {
    QString sitesPath;
    QList<client::Site> sites;
    client::TransportOptions transport;
    QString format;
    QString outPath;
};

QTextStream &out();
QTextStream &err();
// Prints "fairstart-cli: LINE" on stderr and returns code.
int fail(int code, const QString &line);

const QCommandLineOption &sitesOption();
const QCommandLineOption &onlyOption();
const QCommandLineOption &datasetOption();
const QCommandLineOption &purposeOption();
const QCommandLineOption &formatOption();
const QCommandLineOption &outOption();
const QCommandLineOption &timeoutOption();
const QCommandLineOption &verboseOption();
const QCommandLineOption &modeOption();

std::optional<int> readMode(const QCommandLineParser &parser, client::StudyMode &mode);
std::optional<int> readFamily(const QString &text, analysis::Family &family);
void recordKeys(const Common &c, const QList<client::Site> &sites, bool announce);
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args,
                         const QString &command, const QString &description,
                         const QString &usageTail);
std::optional<int> readCommon(QCommandLineParser &parser, const QString &command, Common &c,
                              const QStringList &formats);
int writeOutput(const Common &c, const QString &text);
std::optional<int> resolvePurpose(client::Transport &transport, const QList<client::Site> &sites,
                                  QString &purpose);

// validate.cpp
int validate(const QStringList &args);
// --thresholds a,b,c: risks strictly between 0 and 1 (fit and validate).
const QCommandLineOption &thresholdsOption();
std::optional<int> readThresholds(const QCommandLineParser &parser, std::vector<double> &out);
// The fit's AUC provenance (exact statistics, error bound) and its decision curves, pooled and
// per site; empty without an evaluation.
QString formatEvaluationDetails(const protocol::FitReport &report);
// Issue 15 (subgroups.cpp): --subgroup and --subgroup-edges, and the fairness table.
const QCommandLineOption &subgroupOption();
const QCommandLineOption &subgroupEdgesOption();
std::optional<int> readSubgroup(const QCommandLineParser &parser, QString &variable,
                                std::vector<double> &edges);
QString formatSubgroupTable(const protocol::SubgroupReport &report);

} // namespace fairstart::cli::detail
