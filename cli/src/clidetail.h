// SPDX-License-Identifier: GPL-3.0-or-later
// What fairstart-cli's commands share (defined in clicommand.cpp), for the commands that live in
// their own files (validate.cpp).
#pragma once

#include "fairstart/client/federatedrun.h"
#include "fairstart/client/federation.h"
#include "fairstart/client/site.h"
#include "fairstart/client/studychecks.h"
#include "fairstart/client/transport.h"

#include "fairstart/commandline/options.h"

#include "fairstart/analysis/model.h"
#include "fairstart/protocol/report.h"

#include <QEventLoop>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace fairstart::cli::detail {

// 3: every site that failed refused by one of its rules (privacy, policy): the request must
// change, while 1 says a site or the analysis failed (unreachable, a broken answer, no
// convergence), where trying again or asking the site may help.
enum Exit { Ok = 0, Failed = 1, Usage = 2, Refused = 3 };

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
// One such line per site's error (site, rule or failure, sentence); Refused when every one is a
// rule's refusal, else Failed.
int failSites(const QList<client::SiteError> &errors);

// The options the commands share, one table row each (commandline/options.h).
using commandline::Option;
using commandline::Parsed;
Option sitesOption();
Option onlyOption();
Option datasetOption(bool required);
Option purposeOption();
Option formatOption(bool csv); // table and json; with csv too
Option outOption();
Option timeoutOption();
Option verboseOption();
Option modeOption();
Option formulaOption();
Option familyOption(const QString &help);
// --complete-cases a,b,c: the cohort is the complete cases of these variables and the model's
// (analysis::ModelSpec::completeCases), so that a series of models shares one cohort.
Option completeCasesOption();
// Its value into spec.completeCases (kept as the spec has them without the option); a usage
// error for an empty name, a name given twice or too many.
std::optional<int> readCompleteCases(const Parsed &p, analysis::ModelSpec &spec);

// The values of --mode and --family, which the table's parsers have checked.
client::StudyMode readMode(const Parsed &p);
analysis::Family readFamily(const Parsed &p);
void recordKeys(const Common &c, const QList<client::Site> &sites, bool announce);
// Reads a command's arguments (without the program and command words) against its options;
// returns an exit code after --help or on a usage error.
std::optional<int> parse(const QStringList &args, const QString &command,
                         const QString &description, const std::vector<Option> &options,
                         Parsed &parsed);
// The sites file, --only, --timeout, --format and --out.
std::optional<int> readCommon(const Parsed &p, Common &c);
int writeOutput(const Common &c, const QString &text);
// The same for text that is UTF-8 already, written to --out as it is.
int writeOutputUtf8(const Common &c, const QByteArray &utf8);
// Why `path` (given with `option`, "--out") cannot be written: a missing or read-only folder, a
// folder given as the file. Empty when it can be (and for no path, or "-").
QString unwritable(const QString &path, const QString &option);
// Starts a run (client::FederatedRun or client::ValidationRun), waits for its end in an event
// loop and records the sites' keys; the exit code when it failed, after one line naming why.
template<typename Run> std::optional<int> runToEnd(Run &run, const Common &c)
{
    QEventLoop loop;
    QObject::connect(&run, &Run::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &Run::failed, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    recordKeys(c, run.recordedKeys(), !run.error());
    if (!run.error())
        return std::nullopt;
    const client::RunError &error = *run.error();
    // Each site that refused the request, one line each, first the one that ended the run.
    if (error.siteError && (error.siteError->isRule() || !error.otherRefusals.isEmpty())) {
        fail(Failed, error.toString());
        QList<client::SiteError> all { *error.siteError };
        all += error.otherRefusals;
        for (const client::SiteError &other : error.otherRefusals) {
            QString line = other.toString();
            if (!line.contains(other.site))
                line = other.site + QStringLiteral(": ") + line;
            fail(Failed, line);
        }
        bool rules = true;
        for (const client::SiteError &e : all)
            rules = rules && e.isRule();
        return rules ? Refused : Failed;
    }
    return fail(Failed, error.toString());
}
std::optional<int> resolvePurpose(client::Transport &transport, const QList<client::Site> &sites,
                                  QString &purpose);
// --verbose: each site's progress in a run, "  SITE: STATE — MESSAGE" on stderr.
template<typename Run> void sayProgress(Run &run)
{
    QObject::connect(&run, &Run::siteProgress, &run,
                     [](const QString &site, client::SiteState state, const QString &message) {
                         err() << "  " << site << ": " << client::siteStateId(state) << " — "
                               << message << Qt::endl;
                     });
}

// validate.cpp
int validate(const QStringList &args);
// --thresholds a,b,c: risks strictly between 0 and 1 (fit and validate), read as a
// std::vector<double>.
Option thresholdsOption();
// evaluate.cpp: a registered validation model
int evaluate(const QStringList &args);
// The fit's AUC provenance (exact statistics, error bound) and its decision curves, pooled and
// per site; empty without an evaluation.
QString formatEvaluationDetails(const protocol::FitReport &report);
// Issue 15 (subgroups.cpp): --subgroup and --subgroup-edges, and the fairness table.
Option subgroupOption();
Option subgroupEdgesOption(); // read as a std::vector<double>
// --subgroup and its edges; a usage error for edges without a variable.
std::optional<int> readSubgroup(const Parsed &p, QString &variable, std::vector<double> &edges);
QString formatSubgroupTable(const protocol::SubgroupReport &report);
// Sends one request to each site and waits (clicommand.cpp).
QList<client::Reply *> broadcast(client::Transport &transport, const QList<client::Site> &sites,
                                 const std::function<client::Request(const client::Site &)> &make);
// Plain mode: `request` (POST /v1/descriptives) sent to every site and each answer decoded into
// *answers, in the order of `sites`. The exit code, after its lines, when a site refused (every
// one that did, one line each), sent a broken answer, or one that `check` (when given) names a
// fault of (its sentence; empty when the answer fits the request).
std::optional<int>
describeEverySite(client::Transport &transport, const QList<client::Site> &sites,
                  const protocol::DescriptivesRequest &request,
                  QList<client::SiteDescriptives> *answers,
                  const std::function<QString(const client::SiteDescriptives &)> &check = {});
// trends.cpp: counts per year of birth (POST /v1/descriptives with "trends").
int trends(const QStringList &args);

} // namespace fairstart::cli::detail
