// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/cli/clicommand.h"

#include "clidetail.h"

#include "fairstart/cli/tr.h"
#include "fairstart/client/cataloguelabels.h"
#include "fairstart/client/clientinfo.h"
#include "fairstart/client/federatedrun.h"
#include "fairstart/client/federation.h"
#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/siteregistry.h"
#include "fairstart/client/sitesurvey.h"
#include "fairstart/client/studychecks.h"
#include "fairstart/client/transport.h"
#include "reportprogram.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/analysis/numbers.h"
#include "fairstart/analysis/roundkernel.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/protocolversion.h"
#include "fairstart/protocol/reporttext.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fairstart::cli {

using namespace fairstart::client;

// Shared with the commands in their own files (clidetail.h).
namespace detail {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(int code, const QString &line)
{
    err() << "fairstart-cli: " << line << Qt::endl;
    return code;
}

int failSites(const QList<client::SiteError> &errors)
{
    bool allRules = !errors.isEmpty();
    for (const client::SiteError &e : errors) {
        QString line = e.toString();
        // Node sentences are prefixed by toString(); a client's own may not name the site.
        if (!e.site.isEmpty() && !line.contains(e.site))
            line = e.site + QStringLiteral(": ") + line;
        fail(Failed, line);
        allRules = allRules && e.isRule();
    }
    return allRules ? Refused : Failed;
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString num(double v, int precision = 4)
{
    if (!std::isfinite(v))
        return QStringLiteral("NA");
    return QString::number(v, 'g', precision);
}

// ---- shared options (the table shape: commandline/options.h) --------------------------------

Option sitesOption()
{
    return { "sites", "FILE", true, Tr::tr("The sites file (docs/cli.md).") };
}
Option onlyOption()
{
    return { "only", "a,b", false, Tr::tr("Use only these sites of the sites file.") };
}
Option datasetOption(bool required)
{
    return { "dataset", "NAME", required, Tr::tr("The dataset name.") };
}
Option purposeOption()
{
    return { "purpose", "P", false,
             Tr::tr("The purpose declared to every site (default: the one purpose all tokens "
                    "share).") };
}
Option formatOption(bool csv)
{
    if (csv)
        return { "format", "table|json|csv", false,
                 Tr::tr("Output format: table (default), json or csv."),
                 commandline::oneOf(
                     { QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv") }) };
    return { "format", "table|json", false, Tr::tr("Output format: table (default) or json."),
             commandline::oneOf({ QStringLiteral("table"), QStringLiteral("json") }) };
}
Option outOption()
{
    return { "out", "FILE", false, Tr::tr("Write the output to FILE instead of the terminal.") };
}
Option timeoutOption()
{
    return { "timeout", "S", false,
             Tr::tr("Seconds a site may take for one request, retries included (default 120)."),
             commandline::number(0, 24 * 3600) };
}
Option verboseOption()
{
    return { "verbose", nullptr, false, Tr::tr("Print each site's progress to stderr."), {}, "v" };
}
Option formulaOption()
{
    return { "formula", "F", true,
             Tr::tr("An R-style model formula, e.g. \"y ~ a + log(b) + a:c\"; text columns are "
                    "factors.") };
}
Option completeCasesOption()
{
    return { "complete-cases", "a,b,c", false,
             Tr::tr("Fit on the records that have every one of these variables (and the "
                    "model's own): a series of models that lists the variables of its largest "
                    "model shares one cohort, which the sites' differencing rule then allows.") };
}

std::optional<int> readCompleteCases(const Parsed &p, analysis::ModelSpec &spec)
{
    if (!p.has("complete-cases"))
        return std::nullopt;
    const QStringList names = p.value("complete-cases").split(QLatin1Char(','));
    std::vector<std::string> out;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            return fail(Usage,
                        Tr::tr("--complete-cases takes variable names separated by commas, such "
                               "as birth_weight_g,apgar_5min; '%1' has an empty name")
                            .arg(commandline::printable(p.value("complete-cases"))));
        if (std::find(out.begin(), out.end(), name.toStdString()) != out.end())
            return fail(Usage,
                        Tr::tr("--complete-cases names '%1' twice; name each variable once")
                            .arg(commandline::printable(name)));
        out.push_back(name.toStdString());
    }
    if (out.size() > analysis::kMaxCompleteCases)
        return fail(Usage,
                    Tr::tr("--complete-cases names %1 variables; at most %2 are allowed")
                        .arg(out.size())
                        .arg(analysis::kMaxCompleteCases));
    spec.completeCases = std::move(out);
    return std::nullopt;
}

Option familyOption(const QString &help)
{
    return { "family", "FAMILY", false, help,
             commandline::oneOf({ QStringLiteral("binomial"), QStringLiteral("poisson"),
                                  QStringLiteral("gaussian") }) };
}
Option continueOption()
{
    return { "continue-without-failed", nullptr, false,
             Tr::tr("Leave out a site that fails before the model rounds or in the evaluation "
                    "instead of stopping; the result names it.") };
}

Option modeOption()
{
    return { "mode", "auto|masked|plain", false,
             Tr::tr("How the sites' statistics are summed: masked (only the sum over all sites "
                    "can be read), plain, or auto (default: masked with three or more sites, "
                    "else plain where every site allows it)."),
             commandline::oneOf(
                 { QStringLiteral("auto"), QStringLiteral("masked"), QStringLiteral("plain") }) };
}

StudyMode readMode(const Parsed &p)
{
    // The table's oneOf has refused every other word.
    return studyModeFromId(p.has("mode") ? p.value("mode") : QStringLiteral("auto"))
        .value_or(StudyMode::Auto);
}

analysis::Family readFamily(const Parsed &p)
{
    return analysis::familyFromId(p.value("family").toStdString())
        .value_or(analysis::Family::Binomial);
}

// Writes the study keys a run saw for the first time into the sites file, so that later runs
// pin them; says so on stderr when `announce`.
void recordKeys(const Common &c, const QList<Site> &sites, bool announce)
{
    if (sites.isEmpty())
        return;
    QStringList recorded;
    const QStringList problems = SiteRegistry::recordKeys(c.sitesPath, sites, &recorded);
    if (!announce)
        return;
    if (!problems.isEmpty())
        err()
            << "fairstart-cli: "
            << Tr::tr("note: %1 The keys are checked again at the next run.").arg(problems.first())
            << Qt::endl;
    else if (!recorded.isEmpty())
        err() << "fairstart-cli: "
              << Tr::tr("note: recorded the study keys of %1 in %2; later runs refuse a site "
                        "whose keys change.")
                     .arg(recorded.join(QStringLiteral(", ")), c.sitesPath)
              << Qt::endl;
}

// Reads a command's arguments against its option table; returns an exit code after --help or on
// a usage error (one line: what is wrong, and where the command's help is).
std::optional<int> parse(const QStringList &args, const QString &command,
                         const QString &description, const std::vector<Option> &options,
                         Parsed &parsed)
{
    commandline::Grammar grammar;
    grammar.singleDashLongOptions = true; // "-sites FILE", as fairstart-cli has always read it
    auto read = commandline::parseOptions(options, args, grammar);
    if (!read)
        return fail(Usage,
                    read.error() + QLatin1Char(' ')
                        + Tr::tr("See 'fairstart-cli %1 --help'.").arg(command));
    if (read->help) {
        out() << commandline::wrapped(QStringLiteral("Usage: fairstart-cli ") + command
                                          + QLatin1Char(' ') + commandline::synopsis(options),
                                      100, 4, 0)
              << "\n\n"
              << commandline::wrapped(description, 100, 0, 0) << "\n\n"
              << Tr::tr("Options:") << '\n'
              << commandline::optionHelp(options, true);
        out().flush();
        return Ok;
    }
    parsed = std::move(read).value();
    return std::nullopt;
}

std::optional<int> readCommon(const Parsed &p, Common &c)
{
    SiteRegistry registry;
    c.sitesPath = p.value("sites");
    const QStringList errors = registry.load(c.sitesPath);
    if (!errors.isEmpty())
        return fail(Usage, errors.first());
    QStringList selectErrors;
    const QStringList only = p.value("only").split(QLatin1Char(','), Qt::SkipEmptyParts);
    // "--only ," would otherwise select no subset, that is every site.
    if (p.has("only") && only.isEmpty())
        return fail(Usage, Tr::tr("--only names no site; name them as a,b"));
    c.sites = registry.select(only, &selectErrors);
    if (!selectErrors.isEmpty())
        return fail(Usage, selectErrors.first());
    // At least 1 ms: libcurl reads a timeout of 0 as none at all ("--timeout 0.0001").
    c.transport.totalTimeoutMs
        = std::max(1, int(std::ceil(p.get<double>("timeout", 120.0) * 1000)));
    c.transport.connectTimeoutMs
        = std::min(c.transport.connectTimeoutMs, c.transport.totalTimeoutMs);
    // A node answers when its computation ends, sending nothing before: an evaluation of 10^7
    // records can take longer than the transport's 30 s without a byte. --timeout is the time a
    // site may take for one request, so a silent node is given all of it.
    c.transport.lowSpeedTimeS
        = std::max(c.transport.lowSpeedTimeS, int(std::ceil(c.transport.totalTimeoutMs / 1000.0)));
    c.format = p.has("format") ? p.value("format") : QStringLiteral("table");
    c.outPath = p.value("out");
    if (const QString problem = unwritable(c.outPath, QStringLiteral("--out")); !problem.isEmpty())
        return fail(Usage, problem);
    return std::nullopt;
}

QString unwritable(const QString &path, const QString &option)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return {};
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (file.isDir())
        return Tr::tr("%1 %2 is a folder; give a file name.").arg(option, path);
    if (!folder.isDir())
        return Tr::tr("%1 %2: the folder %3 does not exist; create it or choose another path.")
            .arg(option, path, QDir::toNativeSeparators(folder.filePath()));
    if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        return Tr::tr("%1 %2: you may not write there; choose another path.").arg(option, path);
    return {};
}

int writeOutput(const Common &c, const QString &text)
{
    if (c.outPath.isEmpty()) {
        out() << text;
        out().flush();
        return Ok;
    }
    return writeOutputUtf8(c, text.toUtf8());
}

// The same for text that is UTF-8 already (a fit's JSON report, ~300 kB): written to --out as it
// is, not through a QString and back.
int writeOutputUtf8(const Common &c, const QByteArray &utf8)
{
    if (c.outPath.isEmpty()) {
        out() << QString::fromUtf8(utf8);
        out().flush();
        return Ok;
    }
    QSaveFile file(c.outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(utf8) < 0 || !file.commit())
        return fail(Failed, Tr::tr("cannot write %1 (%2)").arg(c.outPath, file.errorString()));
    return Ok;
}

// Sends one request to each site and waits (the event loop runs meanwhile).
QList<Reply *> broadcast(Transport &transport, const QList<Site> &sites,
                         const std::function<Request(const Site &)> &make)
{
    QList<Reply *> replies;
    QEventLoop loop;
    int outstanding = int(sites.size());
    for (const Site &s : sites) {
        Reply *r = transport.send(s, make(s));
        replies << r;
        QObject::connect(r, &Reply::finished, &loop, [&outstanding, &loop] {
            if (--outstanding == 0)
                loop.quit();
        });
    }
    if (outstanding > 0)
        loop.exec();
    return replies;
}

std::optional<int> describeEverySite(Transport &transport, const QList<Site> &sites,
                                     const protocol::DescriptivesRequest &request,
                                     QList<SiteDescriptives> *answers,
                                     const std::function<QString(const SiteDescriptives &)> &check)
{
    const QList<Reply *> replies
        = broadcast(transport, sites, [&](const Site &) { return api::descriptives(request); });
    // Every site that refused, one line each (not the first alone).
    QList<SiteError> refused;
    for (Reply *r : replies) {
        if (!r->ok())
            refused << r->error();
    }
    if (!refused.isEmpty())
        return failSites(refused);
    for (Reply *r : replies) {
        SiteError error;
        const auto d
            = api::decode<protocol::DescriptivesResponse>(r->siteName(), r->body(), &error);
        if (!d)
            return fail(Failed, error.toString());
        SiteDescriptives answer { r->siteName(), *d };
        if (check) {
            if (const QString fault = check(answer); !fault.isEmpty())
                return fail(Failed, fault);
        }
        *answers << std::move(answer);
    }
    return std::nullopt;
}

// The purpose every token shares when the user named none; a named one that some token does not
// carry is a usage error listing each site's purposes. `run` (optional) receives the /v1/info
// answers read for it, by site name, and the catalogues of its dataset they carried (issue 16,
// branch sites8: asked with the info), so that the run need not ask again.
std::optional<int> resolvePurpose(Transport &transport, const QList<Site> &sites, QString &purpose,
                                  RunOptions *run)
{
    SurveyOptions infoOnly;
    infoOnly.catalogue = false;
    if (run) {
        infoOnly.purpose = purpose;
        infoOnly.dataset = run->dataset;
        infoOnly.infoCarriesCatalogue = true;
    }
    QList<SiteSurveyResult> results = SiteSurvey::run(transport, sites, infoOnly);
    bool carried = run != nullptr;
    // Any site's failure (a given purpose that its token lacks, refused there with 403 purpose;
    // the dataset missing): every site asked again as before, without the purpose and dataset,
    // so that what follows (the line that lists what each token allows) and the run's own
    // error are as they were.
    if (run && std::any_of(results.begin(), results.end(), [](const SiteSurveyResult &r) {
            return !r.ok();
        })) {
        SurveyOptions plain;
        plain.catalogue = false;
        results = SiteSurvey::run(transport, sites, plain);
        carried = false; // no catalogues: the run asks for them
    }
    std::optional<QSet<QString>> common;
    // A purpose given: each token must carry it, else the one line lists what each allows (a
    // mistyped --purpose used to come back as the first site's bare refusal).
    QStringList refusing;
    for (const SiteSurveyResult &r : results) {
        // With a purpose given, a site that does not answer is the command's to report (a fit
        // may go on without it: --continue-without-failed), as before this check.
        if (!r.ok() && !purpose.isEmpty())
            continue;
        if (!r.ok())
            return fail(Failed, r.error->toString());
        const QSet<QString> mine(r.answer.info->purposes.begin(), r.answer.info->purposes.end());
        common = common ? common->intersect(mine) : mine;
        if (run) {
            run->knownInfos.insert(r.site.name, *r.answer.info);
            // Carried only for the purpose given, or the token's one purpose: the purpose
            // resolved below when none was given (every token carries it).
            if (carried && !r.answer.catalogue.datasets.isEmpty())
                run->knownCatalogues.insert(r.site.name, r.answer.catalogue);
        }
        if (!purpose.isEmpty() && !mine.contains(purpose)) {
            QStringList allowed = r.answer.info->purposes;
            allowed.sort();
            refusing << Tr::tr("%1 allows %2")
                            .arg(r.site.name,
                                 allowed.isEmpty() ? Tr::tr("no purpose")
                                                   : allowed.join(QStringLiteral(", ")));
        }
    }
    if (!purpose.isEmpty()) {
        if (refusing.isEmpty())
            return std::nullopt;
        QStringList list = common ? QStringList(common->begin(), common->end()) : QStringList();
        list.sort();
        const QString given = commandline::printable(purpose);
        const QString each = refusing.join(QStringLiteral("; "));
        return fail(Usage,
                    list.isEmpty()
                        ? Tr::tr("--purpose '%1' is not a purpose of your token at every site "
                                 "(%2), and the tokens share none; ask the sites for tokens with "
                                 "a common purpose")
                              .arg(given, each)
                        : Tr::tr("--purpose '%1' is not a purpose of your token at every site "
                                 "(%2); use one the tokens share: %3")
                              .arg(given, each, list.join(QStringLiteral(", "))));
    }
    if (!common || common->size() != 1) {
        QStringList list = common ? QStringList(common->begin(), common->end()) : QStringList();
        list.sort();
        return fail(Usage,
                    list.isEmpty() ? Tr::tr("the sites' tokens share no purpose; ask the sites for "
                                            "tokens with a common purpose")
                                   : Tr::tr("choose a purpose with --purpose; the tokens allow: %1")
                                         .arg(list.join(QStringLiteral(", "))));
    }
    purpose = *common->begin();
    return std::nullopt;
}

std::optional<int> resolvePurpose(Transport &transport, const QList<Site> &sites, QString &purpose)
{
    return resolvePurpose(transport, sites, purpose, nullptr);
}

QString policyLine(const protocol::PolicySummary &p)
{
    const analysis::DisclosurePolicy &d = p.disclosure;
    return Tr::tr("min cohort %1, min cell %2, subset/complement %3, overlap %4, events per "
                  "parameter %5, residual df %6, dominance %7 of top %8, rounds %9, jobs per day "
                  "%10")
        .arg(d.minCohort)
        .arg(d.minCell)
        .arg(d.minSubset)
        .arg(d.minOverlapDifference)
        .arg(d.eventsPerParameter)
        .arg(d.minResidualDf)
        .arg(d.dominanceShare)
        .arg(d.dominanceTopK)
        .arg(d.maxRounds)
        .arg(p.jobsPerUserPerDay);
}

QString pad(const QString &s, int width, bool right = false)
{
    return right ? s.rightJustified(width) : s.leftJustified(width);
}

// ---- sites check -----------------------------------------------------------------------------

int sitesCheck(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(
            args, QStringLiteral("sites check"),
            Tr::tr("Checks every site: reachable, certificate pin, versions, "
                   "datasets, your purposes and the site's policy."),
            { sitesOption(), onlyOption(), formatOption(false), outOption(), timeoutOption() }, p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    Transport transport;
    transport.setDefaultOptions(c.transport);
    SurveyOptions infoOnly;
    infoOnly.catalogue = false;
    QString text;
    QJsonArray json;
    QStringList failures;
    QList<Site> firstKeys;
    for (const SiteSurveyResult &r : SiteSurvey::run(transport, c.sites, infoOnly)) {
        const Site *site = &r.site;
        if (!r.ok()) {
            const SiteError &error = *r.error;
            failures << error.toString();
            text += pad(site->name + QLatin1Char(' '), 12) + QStringLiteral("FAILED  ")
                + error.toString() + QLatin1Char('\n');
            json.append(
                QJsonObject { { QStringLiteral("site"), site->name },
                              { QStringLiteral("url"), site->url },
                              { QStringLiteral("ok"), false },
                              { QStringLiteral("error_kind"), SiteError::kindId(error.kind) },
                              { QStringLiteral("error"), error.toString() } });
            continue;
        }
        const protocol::NodeInfo *info = &*r.answer.info;
        text += pad(site->name + QLatin1Char(' '), 12) + QStringLiteral("ok      ") + site->url
            + Tr::tr("  (pin verified, %1 ms)").arg(r.milliseconds) + QLatin1Char('\n');
        text += Tr::tr("            node %1 \"%2\", engine %3, protocol %4\n")
                    .arg(info->nodeVersion, info->name, info->engineVersion, info->protocolVersion);
        text += Tr::tr("            user %1, purposes: %2; datasets: %3\n")
                    .arg(info->user, info->purposes.join(QStringLiteral(", ")),
                         info->datasets.join(QStringLiteral(", ")));
        text += Tr::tr("            policy: %1; study modes: %2\n")
                    .arg(policyLine(info->policy),
                         info->aggregationModes.join(QStringLiteral(", ")));
        if (r.keysFirstSeen()) {
            firstKeys << r.presentedSite();
            text += Tr::tr("            study keys: new (signing %1), recorded\n")
                        .arg(info->keys.signingKey);
        } else {
            text += Tr::tr("            study keys: as recorded (signing %1)\n")
                        .arg(info->keys.signingKey);
        }
        QJsonObject o = protocol::toJson(*info);
        o.insert(QStringLiteral("site"), site->name);
        o.insert(QStringLiteral("url"), site->url);
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("ms"), double(r.milliseconds));
        json.append(o);
    }
    text += Tr::tr("client: fairstart-cli %1, protocol %2, %3\n")
                .arg(QStringLiteral(FAIRSTART_VERSION), protocol::protocolVersionString(),
                     transportVersion());
    const int written = writeOutput(
        c,
        c.format == QLatin1String("json")
            ? QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("sites"), json } })
                                    .toJson(QJsonDocument::Indented))
            : text);
    if (written != Ok)
        return written;
    recordKeys(c, firstKeys, true);
    for (const QString &f : failures)
        err() << "fairstart-cli: " << f << Qt::endl;
    return failures.isEmpty() ? Ok : Failed;
}

// ---- catalogue -------------------------------------------------------------------------------

QStringList levelNames(const protocol::CatalogueVariable &v)
{
    QStringList out;
    for (const protocol::CatalogueLevel &l : v.levels)
        out << l.name;
    return out;
}

int catalogue(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(args, QStringLiteral("catalogue"),
                          Tr::tr("Lists the variables the sites offer (metadata only: types, "
                                 "levels, counts rounded by each site)."),
                          { sitesOption(), onlyOption(), datasetOption(false), purposeOption(),
                            formatOption(false), outOption(), timeoutOption() },
                          p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    Transport transport;
    transport.setDefaultOptions(c.transport);
    QString purpose = p.value("purpose");
    if (auto code = resolvePurpose(transport, c.sites, purpose))
        return *code;
    const QString dataset = p.value("dataset");
    SurveyOptions survey;
    survey.purpose = purpose;
    survey.dataset = dataset;
    std::map<QString, QList<SiteCatalogue>> byDataset;
    QStringList order;
    QList<Site> firstKeys;
    for (const SiteSurveyResult &r : SiteSurvey::run(transport, c.sites, survey)) {
        if (!r.ok())
            return fail(Failed, r.error->toString());
        if (r.keysFirstSeen())
            firstKeys << r.presentedSite();
        for (const protocol::CatalogueDataset &d : r.answer.catalogue.datasets) {
            if (!order.contains(d.name))
                order << d.name;
            byDataset[d.name] << r.answer;
        }
    }
    recordKeys(c, firstKeys, true);
    QString text;
    QJsonArray json;
    for (const QString &name : order) {
        const QList<SiteCatalogue> &list = byDataset[name];
        const MergedCatalogue merged = mergeCatalogues(list, name);
        QStringList siteNames;
        for (const SiteCatalogue &s : list)
            siteNames << s.site;
        text += Tr::tr("Dataset %1 (sites: %2)\n").arg(name, siteNames.join(QStringLiteral(", ")));
        text += QStringLiteral("  ") + pad(Tr::tr("variable"), 26) + pad(Tr::tr("type"), 12)
            + pad(Tr::tr("n"), 10) + Tr::tr("levels / label") + QLatin1Char('\n');
        QJsonArray vars;
        for (const MergedVariable &v : merged.variables) {
            // Levels in the order the sites declare them, each with its label where it has one
            // (the name is what a formula and a reference level use).
            QStringList shownLevels;
            QJsonObject levelLabels;
            for (const protocol::CatalogueLevel &l : v.shown.levels) {
                shownLevels << (l.label.isEmpty() || l.label == l.name
                                    ? l.name
                                    : Tr::tr("%1 = %2").arg(l.name, l.label));
                if (!l.label.isEmpty())
                    levelLabels.insert(l.name, l.label);
            }
            QString rest = shownLevels.isEmpty() || v.type == protocol::VariableType::Binary
                ? v.label
                : shownLevels.join(QStringLiteral(", "));
            if (v.sites.size() != list.size())
                rest += Tr::tr("  [only at %1]").arg(v.sites.join(QStringLiteral(", ")));
            text += QStringLiteral("  ") + pad(v.name, 26)
                + pad(protocol::variableTypeId(v.type), 12)
                + pad(v.count ? QString::number(*v.count) : QStringLiteral("<withheld>"), 10) + rest
                + QLatin1Char('\n');
            QJsonObject o { { QStringLiteral("name"), v.name },
                            { QStringLiteral("type"), protocol::variableTypeId(v.type) },
                            { QStringLiteral("label"), v.label },
                            { QStringLiteral("levels"),
                              QJsonArray::fromStringList(levelNames(v.shown)) },
                            { QStringLiteral("sites"), QJsonArray::fromStringList(v.sites) } };
            if (!levelLabels.isEmpty())
                o.insert(QStringLiteral("level_labels"), levelLabels);
            o.insert(QStringLiteral("count"),
                     v.count ? QJsonValue(double(*v.count)) : QJsonValue(QJsonValue::Null));
            vars.append(o);
        }
        for (const QString &conflict : merged.conflicts)
            text += QStringLiteral("  ! ") + conflict + QLatin1Char('\n');
        text += QLatin1Char('\n');
        json.append(QJsonObject {
            { QStringLiteral("dataset"), name },
            { QStringLiteral("sites"), QJsonArray::fromStringList(siteNames) },
            { QStringLiteral("variables"), vars },
            { QStringLiteral("conflicts"), QJsonArray::fromStringList(merged.conflicts) } });
    }
    text += Tr::tr("Counts are the sum of each site's released counts (rounded to 10 by each "
                   "site; <withheld> where a site suppressed a small count).\n");
    return writeOutput(c,
                       c.format == QLatin1String("json") ? QString::fromUtf8(
                           QJsonDocument(QJsonObject { { QStringLiteral("datasets"), json } })
                               .toJson(QJsonDocument::Indented))
                                                         : text);
}

// ---- describe --------------------------------------------------------------------------------

// Issue 14: the pooled histograms of describe (masked: decoded sums; plain: each site's released
// histogram pooled by this program), as text, and as JSON into `json`: {variable, step, edges,
// counts, outside[, outside_per_site]} or {variable, problem}.
QString histogramsText(const QList<PooledHistogram> &pooled, bool plain, QJsonArray *json)
{
    QString text;
    if (!pooled.isEmpty())
        text += QLatin1Char('\n')
            + (plain ? Tr::tr("Histograms, pooled on the finest lattice common to every site (a "
                              "cell is counted where its ends are edges of every site's released "
                              "histogram; the sites' histograms added by this program)")
                     : Tr::tr("Histograms, pooled on the finest lattice common to every site (a "
                              "cell is counted where its ends are edges of every site's "
                              "histogram; no site's own histogram was decoded)"))
            + QLatin1Char('\n');
    for (const PooledHistogram &h : pooled) {
        QJsonObject o { { QStringLiteral("variable"), h.variable } };
        if (h.edges.empty()) {
            text += QStringLiteral("  ") + h.variable + QStringLiteral(": ") + h.problem
                + QLatin1Char('\n');
            o.insert(QStringLiteral("problem"), h.problem);
            json->append(o);
            continue;
        }
        if (h.step <= 0) {
            // Plain, one site: its released histogram on its own edges.
            text += QStringLiteral("  ")
                + Tr::tr("%1: the site's own edges (bins merged where its records are sparse), "
                         "%2 records outside %3 to %4 (its tails, never released)")
                      .arg(h.variable)
                      .arg(h.beyond)
                      .arg(num(h.edges.front(), 8), num(h.edges.back(), 8))
                + QLatin1Char('\n');
        } else if (h.beyondPerSite.isEmpty()) {
            text += QStringLiteral("  ")
                + Tr::tr("%1: step %2, %3 records outside %4 to %5 (the sites' tails, never "
                         "released, and cells some site released only merged)")
                      .arg(h.variable, num(h.step, 6))
                      .arg(h.beyond)
                      .arg(num(h.edges.front(), 8), num(h.edges.back(), 8))
                + QLatin1Char('\n');
        } else {
            // Plain: where they are — each site's tails and the cells it released only merged.
            QStringList parts;
            QJsonObject perSite;
            for (const auto &[site, outside] : h.beyondPerSite) {
                parts << Tr::tr("%1 %2").arg(site).arg(outside);
                perSite.insert(site, double(outside));
            }
            text += QStringLiteral("  ")
                + Tr::tr("%1: step %2, %3 records outside %4 to %5 (%6): each site's tails, "
                         "never released, and cells a site released only merged with a "
                         "neighbour, where fewer than its minimum cell count of records lie")
                      .arg(h.variable, num(h.step, 6))
                      .arg(h.beyond)
                      .arg(num(h.edges.front(), 8), num(h.edges.back(), 8),
                           parts.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
            o.insert(QStringLiteral("outside_per_site"), perSite);
        }
        const qint64 top = *std::max_element(h.counts.begin(), h.counts.end());
        QJsonArray edges, counts;
        for (std::size_t k = 0; k < h.counts.size(); ++k) {
            const int bar
                = top > 0 ? int(std::lround(40.0 * double(h.counts[k]) / double(top))) : 0;
            text += QStringLiteral("    ")
                + pad(QStringLiteral("[%1, %2)").arg(num(h.edges[k], 8), num(h.edges[k + 1], 8)),
                      24)
                + pad(QString::number(h.counts[k]), 8, true) + QStringLiteral("  ")
                + QString(bar, QLatin1Char('#')) + QLatin1Char('\n');
            counts.append(double(h.counts[k]));
        }
        for (const double e : h.edges)
            edges.append(e);
        o.insert(QStringLiteral("step"), h.step);
        o.insert(QStringLiteral("edges"), edges);
        o.insert(QStringLiteral("counts"), counts);
        o.insert(QStringLiteral("outside"), double(h.beyond));
        json->append(o);
    }
    return text;
}

// Masked descriptives: one descriptives study over every site; only the pooled column exists.
int describeMasked(const Common &c, Transport &transport,
                   const protocol::DescriptivesRequest &request)
{
    SiteError error;
    QList<SiteError> others;
    const auto result = MaskedDescriptivesRun::run(transport, c.sites, request, &error,
                                                   /*histograms*/ true, &others);
    // Every site that refused, one line each (not the first alone).
    if (!result)
        return failSites(QList<SiteError> { error } + others);
    const PooledDescriptives &pooled = result->pooled;
    auto countText = [](std::optional<qint64> v, int withheldSites) {
        if (v)
            return QString::number(*v);
        return Tr::tr("<withheld at %n site(s)>", nullptr, withheldSites);
    };
    QString text = Tr::tr("Dataset %1, purpose %2, %3 sites, cohort %4, mode masked (study %5: "
                          "only the sum over the sites was decoded; no site's own numbers)\n\n")
                       .arg(request.dataset, request.purpose)
                       .arg(c.sites.size())
                       .arg(pooled.cohortSize)
                       .arg(pooled.study);
    text += Tr::tr("pooled") + QLatin1Char('\n');
    QJsonArray numeric;
    for (const PooledNumeric &n : pooled.numeric) {
        text += QStringLiteral("  ") + pad(n.variable, 26)
            + Tr::tr("n %1  missing %2  mean %3  SD %4\n")
                  .arg(n.moments.count)
                  .arg(countText(n.missing, 0), num(n.moments.mean, 6), num(n.moments.sd(), 6));
        numeric.append(
            QJsonObject { { QStringLiteral("variable"), n.variable },
                          { QStringLiteral("n"), n.moments.count },
                          { QStringLiteral("mean"), n.moments.mean },
                          { QStringLiteral("sd"), n.moments.sd() },
                          { QStringLiteral("missing"), double(n.missing.value_or(0)) } });
    }
    QJsonArray categorical;
    for (const PooledCategorical &cat : pooled.categorical) {
        QStringList levels;
        QJsonArray lv;
        for (const PooledLevel &l : cat.levels) {
            levels << l.name + QLatin1Char('=') + countText(l.count, l.withheldSites);
            QJsonObject o { { QStringLiteral("level"), l.name } };
            o.insert(QStringLiteral("count"),
                     l.count ? QJsonValue(double(*l.count)) : QJsonValue(QJsonValue::Null));
            if (!l.count) {
                o.insert(QStringLiteral("suppressed"), true);
                o.insert(QStringLiteral("withheld_sites"), l.withheldSites);
            }
            lv.append(o);
        }
        text += QStringLiteral("  ") + pad(cat.variable, 26) + levels.join(QStringLiteral("  "))
            + Tr::tr("  missing %1\n").arg(countText(cat.missing, 1));
        QJsonObject o { { QStringLiteral("variable"), cat.variable },
                        { QStringLiteral("levels"), lv } };
        o.insert(QStringLiteral("missing"),
                 cat.missing ? QJsonValue(double(*cat.missing)) : QJsonValue(QJsonValue::Null));
        categorical.append(o);
    }
    // Issue 14: the pooled histograms on the finest lattice common to every site.
    QJsonArray histograms;
    text += histogramsText(result->latticeHistograms, false, &histograms);
    if (!result->latticeRecords.isEmpty()) {
        QStringList studies;
        for (const protocol::StudyRecord &r : result->latticeRecords)
            studies << r.study;
        text += commandline::wrapped(
                    Tr::tr("The histograms are the decoded sums of %n more descriptives "
                           "study(ies) of the same sites (%1; their signatures below).",
                           nullptr, int(studies.size()))
                        .arg(studies.join(QStringLiteral(", "))),
                    100, 0, 0)
            + QLatin1Char('\n');
    }
    text += Tr::tr("Per site: not available in masked mode (the sites released only the sum).\n");
    // The mode, the participant set and every node's signature check of every study (issue 14).
    text += formatStudies(QList<protocol::StudyRecord> { result->record } + result->latticeRecords);
    QJsonArray sites;
    for (const protocol::StudySignatureCheck &check : result->record.checks)
        sites.append(check.site);
    QJsonObject json {
        { QStringLiteral("dataset"), request.dataset },
        { QStringLiteral("purpose"), request.purpose },
        { QStringLiteral("mode"), QStringLiteral("masked") },
        { QStringLiteral("study"), pooled.study },
        { QStringLiteral("sites"), sites },
        { QStringLiteral("cohort_size"), double(pooled.cohortSize) },
        { QStringLiteral("numeric"), numeric },
        { QStringLiteral("categorical"), categorical },
        { QStringLiteral("histograms"), histograms },
        { QStringLiteral("manifest"), protocol::toJson(result->record.manifest) },
        // The study record: the signed manifest, every signature, every node's signed masked
        // descriptives and what the client verified of each.
        { QStringLiteral("study_record"), protocol::toJson(result->record) },
    };
    if (!result->latticeRecords.isEmpty()) {
        QJsonArray records;
        for (const protocol::StudyRecord &r : result->latticeRecords)
            records.append(protocol::toJson(r));
        json.insert(QStringLiteral("histogram_study_records"), records);
    }
    return writeOutput(c,
                       c.format == QLatin1String("json")
                           ? QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
                           : text);
}

int describe(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(args, QStringLiteral("describe"),
                          Tr::tr("Descriptives of variables, pooled over the sites and per site: "
                                 "n, missing, mean and SD, level counts, and the pooled histogram "
                                 "of each numeric variable on a lattice common to every site. "
                                 "Minimum and maximum are never released."),
                          { sitesOption(),
                            onlyOption(),
                            datasetOption(true),
                            { "vars", "a,b,c", true, Tr::tr("The variables to describe.") },
                            purposeOption(),
                            modeOption(),
                            formatOption(false),
                            outOption(),
                            timeoutOption() },
                          p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    const QStringList names = p.value("vars").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return fail(Usage, Tr::tr("--vars names no variable"));
    Transport transport;
    transport.setDefaultOptions(c.transport);
    QString purpose = p.value("purpose");
    if (auto code = resolvePurpose(transport, c.sites, purpose))
        return *code;
    protocol::DescriptivesRequest request;
    request.purpose = purpose;
    request.dataset = p.value("dataset");
    for (const QString &n : names)
        request.variables << protocol::DescribeVariable { n.trimmed(), {} };
    // Masked (the default with three or more sites): a descriptives study, whose sum over the
    // sites is all the client can read (maskeddescriptives.h).
    const StudyMode mode = readMode(p);
    if (mode == StudyMode::Masked || (mode == StudyMode::Auto && c.sites.size() >= 3))
        return describeMasked(c, transport, request);
    QList<SiteDescriptives> perSite;
    if (auto code = describeEverySite(transport, c.sites, request, &perSite))
        return *code;
    QList<SiteDescriptives> groups { SiteDescriptives { Tr::tr("pooled"), {} } };
    const PooledDescriptives pooled = poolDescriptives(perSite);
    auto countText = [](std::optional<qint64> v) {
        return v ? QString::number(*v) : QStringLiteral("<withheld>");
    };
    QString text = Tr::tr("Dataset %1, purpose %2, %3 sites, cohort %4, mode plain (each "
                          "site's released numbers, added by this program)\n\n")
                       .arg(request.dataset, purpose)
                       .arg(c.sites.size())
                       .arg(pooled.cohortSize);
    QJsonArray json;
    auto describeBlock = [&](const QString &who, const PooledDescriptives &p) {
        text += who + QLatin1Char('\n');
        QJsonObject block { { QStringLiteral("site"), who },
                            { QStringLiteral("cohort_size"), double(p.cohortSize) } };
        QJsonArray numeric;
        for (const PooledNumeric &n : p.numeric) {
            text += QStringLiteral("  ") + pad(n.variable, 26)
                + Tr::tr("n %1  missing %2  mean %3  SD %4\n")
                      .arg(n.moments.count)
                      .arg(countText(n.missing), num(n.moments.mean, 6), num(n.moments.sd(), 6));
            QJsonObject o { { QStringLiteral("variable"), n.variable },
                            { QStringLiteral("n"), n.moments.count },
                            { QStringLiteral("mean"), n.moments.mean },
                            { QStringLiteral("sd"), n.moments.sd() } };
            o.insert(QStringLiteral("missing"),
                     n.missing ? QJsonValue(double(*n.missing)) : QJsonValue(QJsonValue::Null));
            numeric.append(o);
        }
        QJsonArray categorical;
        for (const PooledCategorical &cat : p.categorical) {
            QStringList levels;
            QJsonArray lv;
            for (const PooledLevel &l : cat.levels) {
                levels << l.name + QLatin1Char('=') + countText(l.count);
                QJsonObject o { { QStringLiteral("level"), l.name } };
                o.insert(QStringLiteral("count"),
                         l.count ? QJsonValue(double(*l.count)) : QJsonValue(QJsonValue::Null));
                if (!l.count)
                    o.insert(QStringLiteral("suppressed"), true);
                lv.append(o);
            }
            text += QStringLiteral("  ") + pad(cat.variable, 26) + levels.join(QStringLiteral("  "))
                + Tr::tr("  missing %1\n").arg(countText(cat.missing));
            categorical.append(QJsonObject { { QStringLiteral("variable"), cat.variable },
                                             { QStringLiteral("levels"), lv } });
        }
        block.insert(QStringLiteral("numeric"), numeric);
        block.insert(QStringLiteral("categorical"), categorical);
        json.append(block);
    };
    describeBlock(Tr::tr("pooled"), pooled);
    for (const SiteDescriptives &sd : perSite)
        describeBlock(sd.site, poolDescriptives({ sd }));
    // Issue 14 in plain mode: each site's released histogram of every numeric variable over the
    // candidates' range, pooled on the finest lattice common to every site — the same cells and
    // chooser as masked mode (maskeddescriptives.h), from what each site releases in the clear.
    QJsonArray histograms;
    if (!pooled.numeric.isEmpty()) {
        std::map<std::string, analysis::Moments> moments;
        for (const PooledNumeric &n : pooled.numeric)
            moments[n.variable.toStdString()] = n.moments;
        const LatticeCandidates candidates = latticeCandidates(moments, kHistogramLatticeCells);
        QList<SiteDescriptives> released;
        QString failure;
        if (!candidates.empty()) {
            const protocol::DescriptivesRequest asked = plainHistogramRequest(request, candidates);
            for (Reply *r : broadcast(transport, c.sites,
                                      [&](const Site &) { return api::descriptives(asked); })) {
                SiteError error;
                const auto d = r->ok()
                    ? api::decode<protocol::DescriptivesResponse>(r->siteName(), r->body(), &error)
                    : std::nullopt;
                if (!d) {
                    failure = r->ok() ? error.toString() : r->error().toString();
                    break;
                }
                released << SiteDescriptives { r->siteName(), *d };
            }
        }
        QList<PooledHistogram> pooledHistograms;
        if (failure.isEmpty()) {
            pooledHistograms = plainPooledHistograms(pooled, candidates, released);
        } else {
            for (const PooledNumeric &n : pooled.numeric) {
                PooledHistogram h;
                h.variable = n.variable;
                h.problem = Tr::tr("The sites' histograms were not released (%1); the table is "
                                   "complete. Describe again for the histograms.")
                                .arg(failure);
                pooledHistograms << h;
            }
        }
        text += histogramsText(pooledHistograms, true, &histograms);
    }
    return writeOutput(
        c,
        c.format == QLatin1String("json") ? QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("dataset"), request.dataset },
                                        { QStringLiteral("purpose"), purpose },
                                        { QStringLiteral("mode"), QStringLiteral("plain") },
                                        { QStringLiteral("descriptives"), json },
                                        { QStringLiteral("histograms"), histograms } })
                .toJson(QJsonDocument::Indented))
                                          : text);
}

// ---- fit and run -----------------------------------------------------------------------------

Option reportOption()
{
    return { "report", "FILE.pdf", false,
             Tr::tr("Also write the workbench's PDF report of the run (A4) to this file (drawn by "
                    "fairstart-report, installed with the workbench).") };
}

// The catalogue's labels of the run's dataset, as the workbench's report has them
// (client::catalogueLabels over the merged catalogue), for the PDF report: before, it showed the
// raw names where the workbench's showed the labels. A site that does not answer now adds none;
// the report is then drawn with the other sites' labels (and raw names where none has one).
QMap<QString, QString> reportLabels(const Common &c, const RunOptions &options)
{
    Transport transport;
    transport.setDefaultOptions(c.transport);
    SurveyOptions survey;
    survey.purpose = options.purpose;
    survey.dataset = options.dataset;
    QList<SiteCatalogue> catalogues;
    for (const SiteSurveyResult &r : SiteSurvey::run(transport, c.sites, survey)) {
        if (r.ok())
            catalogues << r.answer;
    }
    QList<protocol::CatalogueVariable> shown;
    for (const MergedVariable &v : mergeCatalogues(catalogues, options.dataset).variables)
        shown << v.shown;
    return client::catalogueLabels(shown);
}

int runModel(const Common &c, RunOptions options, const QString &formula, bool verbose,
             const QString &reportPath = {})
{
    options.transport = c.transport;
    // The purpose's survey on the transport the run then takes over: the run's first requests
    // (the catalogue) reuse the survey's TLS connection to each site instead of a second
    // handshake (issue 16: the CLI's CPU per fit, docs/performance.md, "concurrent2"). No
    // connection is left idle meanwhile — a node holds a thread on each kept-alive connection
    // and polls it (docs/performance.md, "Many sites, fifth pass"), which is why the survey's
    // own transport used to be closed before the run.
    auto transport = std::make_unique<Transport>();
    transport->setDefaultOptions(c.transport);
    if (auto code = resolvePurpose(*transport, c.sites, options.purpose, &options))
        return *code;
    FederatedRun run(c.sites, options, transport.release());
    // A run that waits for a busy node (429) should not look hung: always said. A connection
    // asked again after a short failure only with --verbose; a dead site stays one error line.
    QObject::connect(
        &run, &FederatedRun::requestRetrying, &run,
        [verbose](const QString &, int nextAttempt, int delayMs, const SiteError &why) {
            if (why.httpStatus != 429 && !verbose)
                return;
            err() << Tr::tr("fairstart-cli: %1; asking again in %2 s (attempt %3)")
                         .arg(why.toString())
                         .arg(delayMs / 1000.0)
                         .arg(nextAttempt)
                  << Qt::endl;
        });
    if (verbose) {
        sayProgress(run);
        QObject::connect(
            &run, &FederatedRun::roundFinished, &run, [](int round, double deviance, double ms) {
                err() << "round " << round << ": deviance " << QString::number(deviance, 'g', 12)
                      << " (" << ms << " ms)" << Qt::endl;
            });
    }
    if (auto code = runToEnd(run, c))
        return *code;
    const protocol::FitReport &report = run.report();
    QString text;
    // The JSON report as QJsonDocument::toJson(Indented) writes it, by protocol::fitReportText:
    // the same bytes in a fraction of the time (issue 16: the CLI's CPU per fit,
    // docs/performance.md, "concurrent2", "sites14"); ~300 kB for a fit with its evaluation at 4
    // sites, 17 MB at 100 (the masked evaluation's attestations, written straight from the words).
    QByteArray json;
    if (c.format == QLatin1String("json"))
        json = protocol::fitReportText(report, QJsonDocument::Indented, 1 << 19);
    else if (c.format == QLatin1String("csv"))
        text = formatFitCsv(report);
    else
        text = formatFitTable(report, formula);
    if (c.format == QLatin1String("table") && report.subgroups)
        text += formatSubgroupTable(*report.subgroups);
    const int written
        = c.format == QLatin1String("json") ? writeOutputUtf8(c, json) : writeOutput(c, text);
    if (written != Ok || reportPath.isEmpty())
        return written;
    if (const QString problem = writePdfReport(report, reportPath, reportLabels(c, options));
        !problem.isEmpty())
        return fail(Failed, problem);
    return Ok;
}

Option noEvaluationOption()
{
    return { "no-evaluation", nullptr, false,
             Tr::tr("Skip the evaluation (AUC, Brier score, calibration) of a binomial model.") };
}

Option noPerSiteOption()
{
    return { "no-per-site", nullptr, false,
             Tr::tr("Skip fitting the model at each site alone (the per-site estimates).") };
}

int fit(const QStringList &args)
{
    Parsed p;
    if (auto code
        = parse(args, QStringLiteral("fit"),
                Tr::tr("Fits a GLM across the sites (exactly the pooled fit) and at "
                       "each site alone, then evaluates it: AUC with CI, Brier score, "
                       "calibration, per site."),
                { sitesOption(), onlyOption(), datasetOption(true), formulaOption(),
                  familyOption(Tr::tr("binomial (default), poisson or gaussian.")), purposeOption(),
                  modeOption(), formatOption(true), outOption(), timeoutOption(), continueOption(),
                  noEvaluationOption(), noPerSiteOption(), thresholdsOption(), verboseOption(),
                  reportOption(), subgroupOption(), subgroupEdgesOption(), completeCasesOption() },
                p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    RunOptions options;
    options.mode = readMode(p);
    const analysis::Family fam = readFamily(p);
    analysis::Result<analysis::ModelSpec> spec
        = analysis::parseFormula(p.value("formula").toStdString(), fam);
    if (!spec)
        return fail(Usage, Tr::tr("the formula cannot be read: %1").arg(qs(spec.error().message)));
    options.spec = *spec;
    if (auto code = readCompleteCases(p, options.spec))
        return *code;
    options.dataset = p.value("dataset");
    options.purpose = p.value("purpose");
    options.continueWithout = p.has("continue-without-failed");
    options.evaluate = options.calibration = !p.has("no-evaluation");
    options.perSiteFits = !p.has("no-per-site");
    options.thresholds = p.get<std::vector<double>>("thresholds");
    if (auto code = readSubgroup(p, options.subgroup, options.subgroupEdges))
        return *code;
    if (!options.subgroup.isEmpty() && (!options.evaluate || fam != analysis::Family::Binomial))
        return fail(Usage,
                    Tr::tr("--subgroup evaluates a binomial model: it needs --family binomial "
                           "and the evaluation (leave out --no-evaluation)"));
    // Said before the run, not after it: a run is not lost on a typo in the report's path.
    if (const QString problem = unwritable(p.value("report"), QStringLiteral("--report"));
        !problem.isEmpty())
        return fail(Usage, problem);
    if (p.has("report"))
        if (const QString missing = missingReportProgram(); !missing.isEmpty())
            return fail(Failed, missing);
    return runModel(c, options, p.value("formula"), p.has("verbose"), p.value("report"));
}

int run(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(args, QStringLiteral("run"),
                          Tr::tr("Runs a saved design across the sites: the same as fit, with the "
                                 "model, dataset and purpose read from the design file."),
                          { sitesOption(),
                            onlyOption(),
                            { "design", "FILE.json", true,
                              Tr::tr("A design file (docs/cli.md, \"Design files\").") },
                            datasetOption(false),
                            purposeOption(),
                            modeOption(),
                            formatOption(true),
                            outOption(),
                            timeoutOption(),
                            continueOption(),
                            noEvaluationOption(),
                            noPerSiteOption(),
                            thresholdsOption(),
                            verboseOption(),
                            completeCasesOption() },
                          p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    QFile file(p.value("design"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Usage,
            Tr::tr("cannot read the design file %1 (%2)").arg(file.fileName(), file.errorString()));
    const protocol::Decoded<QJsonObject> object = protocol::parseObject(file.readAll(), 16 << 20);
    if (!object)
        return fail(Usage,
                    Tr::tr("the design file %1 is not a JSON object: %2")
                        .arg(file.fileName(), object.error().text()));
    RunOptions options;
    options.mode = readMode(p);
    QString formulaText;
    const QJsonObject &o = *object;
    static const QStringList known { QStringLiteral("name"),    QStringLiteral("description"),
                                     QStringLiteral("dataset"), QStringLiteral("purpose"),
                                     QStringLiteral("formula"), QStringLiteral("family"),
                                     QStringLiteral("model") };
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(Usage,
                        Tr::tr("%1: unknown field \"%2\"; allowed are %3")
                            .arg(file.fileName(), it.key(), known.join(QStringLiteral(", "))));
    }
    if (o.contains(QLatin1String("model")) == o.contains(QLatin1String("formula")))
        return fail(Usage,
                    Tr::tr("%1: give the model either as \"formula\" (with \"family\") "
                           "or as \"model\", exactly one of them")
                        .arg(file.fileName()));
    if (o.contains(QLatin1String("model"))) {
        const protocol::Decoded<analysis::ModelSpec> spec
            = protocol::fromJson<analysis::ModelSpec>(o.value(QLatin1String("model")).toObject());
        if (!spec)
            return fail(Usage, Tr::tr("%1: model.%2").arg(file.fileName(), spec.error().text()));
        options.spec = *spec;
        formulaText = qs(analysis::toFormula(options.spec));
    } else {
        analysis::Family fam = analysis::Family::Binomial;
        if (o.contains(QLatin1String("family"))) {
            const QString id = o.value(QLatin1String("family")).toString();
            const auto f = analysis::familyFromId(id.toStdString());
            if (!f)
                return fail(Usage,
                            Tr::tr("%1: unknown \"family\" '%2'; use binomial, poisson or "
                                   "gaussian")
                                .arg(file.fileName(), id));
            fam = *f;
        }
        formulaText = o.value(QLatin1String("formula")).toString();
        analysis::Result<analysis::ModelSpec> spec
            = analysis::parseFormula(formulaText.toStdString(), fam);
        if (!spec)
            return fail(Usage,
                        Tr::tr("%1: the formula cannot be read: %2")
                            .arg(file.fileName(), qs(spec.error().message)));
        options.spec = *spec;
    }
    // --complete-cases replaces the model's own list (a "model" may carry complete_cases).
    if (auto code = readCompleteCases(p, options.spec))
        return *code;
    options.dataset
        = p.has("dataset") ? p.value("dataset") : o.value(QLatin1String("dataset")).toString();
    options.purpose
        = p.has("purpose") ? p.value("purpose") : o.value(QLatin1String("purpose")).toString();
    if (options.dataset.isEmpty())
        return fail(
            Usage,
            Tr::tr("%1 names no dataset; add \"dataset\" or use --dataset").arg(file.fileName()));
    options.continueWithout = p.has("continue-without-failed");
    options.evaluate = options.calibration = !p.has("no-evaluation");
    options.perSiteFits = !p.has("no-per-site");
    options.thresholds = p.get<std::vector<double>>("thresholds");
    return runModel(c, options, formulaText, p.has("verbose"));
}

QString mainHelp()
{
    return Tr::tr(
        "Usage: fairstart-cli COMMAND [options]\n"
        "\n"
        "The Fairstart federation from a terminal: every number comes from the sites as an\n"
        "aggregate that passed their disclosure checks; no record ever reaches this program.\n"
        "\n"
        "Commands:\n"
        "  sites check --sites FILE            reachability, pin, versions, policy of each site\n"
        "  catalogue --sites FILE [--dataset NAME]\n"
        "                                      the variables the sites offer\n"
        "  fit --sites FILE --dataset NAME --formula \"y ~ a + b\" [--family F]\n"
        "                                      a federated GLM with its performance\n"
        "  run --sites FILE --design FILE.json the same for a saved design\n"
        "  describe --sites FILE --dataset NAME --vars a,b,c\n"
        "                                      pooled and per-site descriptives\n"
        "  trends --sites FILE --dataset NAME --vars a,b --from YEAR --to YEAR\n"
        "                                      counts per year of birth, pooled and per site\n"
        "  validate --sites FILE --dataset NAME --formula \"y ~ a + b\"\n"
        "                                      leave one site out: each site scores the\n"
        "                                      model fitted on the others; pooled measures\n"
        "  evaluate --sites FILE --dataset NAME --model NAME|HASH [--model-file FILE]\n"
        "                                      a validation model the sites registered\n"
        "\n"
        "'fairstart-cli COMMAND --help' lists a command's options. Exit codes: 0 success,\n"
        "1 a site or the analysis failed (one line names the site and the reason), 2 wrong\n"
        "usage or input. See docs/cli.md.\n"
        "\n"
        "Options:\n"
        "  -h, --help     this help\n"
        "  --version      the version of this program, its protocol and libcurl\n"
        "  --lang LANG    the language of the messages: en, nl, de or fr (default: the\n"
        "                 system's); numbers, JSON and CSV are the same in every language\n");
}

} // namespace detail

using namespace detail;

// ---- formatting ------------------------------------------------------------------------------

QString formatPValue(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral("NA");
    if (p < 2e-16)
        return QStringLiteral("< 2e-16");
    if (p >= 1e-4)
        return QString::number(p, 'g', 3);
    QString s = QString::number(p, 'e', 2);
    // R writes exponents without leading zeros beyond two digits: 1.23e-05.
    return s;
}

QString significanceStars(double p)
{
    if (!std::isfinite(p))
        return QStringLiteral(" ");
    if (p < 0.001)
        return QStringLiteral("***");
    if (p < 0.01)
        return QStringLiteral("**");
    if (p < 0.05)
        return QStringLiteral("*");
    if (p < 0.1)
        return QStringLiteral(".");
    return QStringLiteral(" ");
}

QString formatSiteFits(const protocol::FitReport &report)
{
    if (report.perSiteFits.isEmpty())
        return {};
    QString t = Tr::tr("\nPer-site estimates (the model fitted at each site alone; standard "
                       "errors in parentheses):\n");
    int termWidth = 4;
    for (const analysis::Coefficient &c : report.glm.coefficients)
        termWidth = std::max(termWidth, int(c.term.size()));
    QList<const protocol::SiteFit *> fitted;
    for (const protocol::SiteFit &f : report.perSiteFits) {
        if (f.glm)
            fitted << &f;
    }
    if (!fitted.isEmpty()) {
        std::vector<QStringList> cells(report.glm.coefficients.size());
        std::vector<int> widths;
        for (const protocol::SiteFit *f : fitted) {
            int width = int(f->site.size());
            for (size_t j = 0; j < report.glm.coefficients.size(); ++j) {
                QString cell = QStringLiteral("—");
                for (const analysis::Coefficient &c : f->glm->coefficients) {
                    if (c.term == report.glm.coefficients[j].term)
                        cell = QString::number(c.estimate, 'f', 4) + QStringLiteral(" (")
                            + QString::number(c.stdError, 'f', 4) + QLatin1Char(')');
                }
                width = std::max(width, int(cell.size()));
                cells[j] << cell;
            }
            widths.push_back(width);
        }
        t += QStringLiteral("  ") + pad(Tr::tr("term"), termWidth);
        for (qsizetype k = 0; k < fitted.size(); ++k)
            t += QStringLiteral("  ") + pad(fitted.at(k)->site, widths[size_t(k)], true);
        t += QLatin1Char('\n');
        for (size_t j = 0; j < report.glm.coefficients.size(); ++j) {
            t += QStringLiteral("  ") + pad(qs(report.glm.coefficients[j].term), termWidth);
            for (qsizetype k = 0; k < fitted.size(); ++k)
                t += QStringLiteral("  ") + pad(cells[j].at(k), widths[size_t(k)], true);
            t += QLatin1Char('\n');
        }
    }
    for (const protocol::SiteFit &f : report.perSiteFits) {
        if (!f.glm)
            t += QStringLiteral("  ") + f.site + QStringLiteral(": ") + f.note + QLatin1Char('\n');
    }
    return t;
}

namespace {

QString names(const QList<protocol::StudyParticipant> &participants)
{
    QStringList list;
    for (const protocol::StudyParticipant &p : participants)
        list << p.name;
    return list.join(QStringLiteral(", "));
}

} // namespace

QString formatStudy(const protocol::FitReport &report)
{
    return report.study ? formatStudy(*report.study) : QString();
}

QString formatStudy(const protocol::StudyRecord &study)
{
    // A descriptives study (a masked Table 1) ends with each node's signed masked descriptives;
    // a fit with each node's signed attestation of the final β; an evaluation or calibration
    // study with each node's signed answer.
    const bool describes = study.manifest.kind == protocol::JobKind::Descriptives;
    const bool fits = study.manifest.kind == protocol::JobKind::Glm;
    const QString mode = study.mode.isEmpty() ? study.manifest.mode : study.mode;
    // The hash on a line of its own: a terminal of 100 columns keeps every line whole.
    QString t = QLatin1Char('\n') + client::studyTitle(study) + QLatin1Char('\n')
        + Tr::tr("  study %1\n").arg(study.study);
    if (mode == QLatin1String("masked"))
        t += describes ? Tr::tr("  masked: each site's descriptives were masked; only the sum "
                                "over all participants could be read.\n")
                       : Tr::tr("  masked: each site's statistics were masked; only the sum "
                                "over all participants could be read.\n");
    else
        t += Tr::tr("  plain: each site's statistics were sent in the clear.\n");
    t += Tr::tr("  participants: %1\n").arg(names(study.manifest.participants));
    if (!study.manifest.observers.isEmpty())
        t += Tr::tr("  observers (not contributing): %1\n").arg(names(study.manifest.observers));
    int width = 4;
    for (const protocol::StudySignatureCheck &c : study.checks)
        width = std::max(width, int(c.site.size()));
    for (const protocol::StudySignatureCheck &c : study.checks) {
        const QString last = describes
            ? (c.attestation ? Tr::tr("descriptives signed") : Tr::tr("descriptives NOT signed"))
            : fits ? (c.attestation ? Tr::tr("final β attested") : Tr::tr("final β NOT attested"))
                   : (c.attestation ? Tr::tr("answer signed") : Tr::tr("answer NOT signed"));
        const QString what = (c.manifest ? Tr::tr("manifest signature verified")
                                         : Tr::tr("manifest signature NOT verified"))
            + QStringLiteral(", ") + last
            + (c.note.isEmpty() ? QString() : QStringLiteral(" (") + c.note + QLatin1Char(')'));
        // A long note continues under the check, not under the site's name.
        t += QStringLiteral("  ") + pad(c.site, width) + QStringLiteral("  ")
            + commandline::wrapped(what, 100, width + 4, width + 4) + QLatin1Char('\n');
    }
    t += client::everySiteSigned(study) ? Tr::tr("  Every site signed this result.\n")
                                        : Tr::tr("  Not every site signed this result.\n");
    return t;
}

QString formatStudies(const QList<protocol::StudyRecord> &studies)
{
    if (studies.isEmpty())
        return {};
    QStringList notSigned;
    for (const protocol::StudyRecord &s : studies) {
        if (!client::everySiteSigned(s))
            notSigned << client::studyTitle(s);
    }
    notSigned.removeDuplicates();
    const QString summary = notSigned.isEmpty()
        ? Tr::tr("Studies of this run: %n, every one signed by every site.", nullptr,
                 int(studies.size()))
        : Tr::tr("Studies of this run: %n; NOT every site's signature verified in: %1 (below "
                 "says where). Do not rely on those results before the sites' administrators "
                 "have looked at them.",
                 nullptr, int(studies.size()))
              .arg(notSigned.join(QStringLiteral(", ")));
    QString t = QLatin1Char('\n') + commandline::wrapped(summary, 100, 2, 0) + QLatin1Char('\n');
    for (const protocol::StudyRecord &s : studies)
        t += formatStudy(s);
    return t;
}

QString formatStudies(const protocol::FitReport &report)
{
    if (!report.study)
        return {};
    QList<protocol::StudyRecord> studies { *report.study };
    studies << report.studies;
    QString t = formatStudies(studies);
    // The run's parts that are requests on the fit study's jobs, not studies: no node signed
    // them (they came over each site's pinned connection).
    bool evaluationStudy = report.study->manifest.kind == protocol::JobKind::Evaluation;
    for (const protocol::StudyRecord &s : report.studies)
        evaluationStudy = evaluationStudy || s.manifest.kind == protocol::JobKind::Evaluation;
    const QString mode
        = report.study->mode.isEmpty() ? report.study->manifest.mode : report.study->mode;
    QStringList parts;
    if (!report.perSiteFits.isEmpty())
        parts << Tr::tr("the fits at each site alone");
    if (report.performance && !evaluationStudy && mode == QLatin1String("plain"))
        parts << Tr::tr("the evaluation (plain mode)");
    if (!parts.isEmpty())
        t += QLatin1Char('\n')
            + commandline::wrapped(Tr::tr("Not studies: %1. The nodes' answers to these came "
                                          "over each site's pinned connection and are not "
                                          "signed.")
                                       .arg(parts.join(QStringLiteral("; "))),
                                   100, 2, 0)
            + QLatin1Char('\n');
    // The fit's calibration on its own records, computed by the client from the fit study's
    // last sums instead of two studies (federatedrun.cpp, calibrationFromFit).
    bool calibrationStudy = false;
    for (const protocol::StudyRecord &s : report.studies)
        calibrationStudy = calibrationStudy
            || s.manifest.kind == protocol::JobKind::CalibrationSlope
            || s.manifest.kind == protocol::JobKind::CalibrationIntercept;
    if (report.calibrationSlope && !calibrationStudy)
        t += QLatin1Char('\n')
            + commandline::wrapped(
                 Tr::tr("Calibration slope and calibration-in-the-large: of the fit on the records "
                        "it was fitted to, computed by this client from the fit study's last "
                        "summed statistics (which every site signed), not by studies of their "
                        "own. On those records a converged model with an intercept has slope 1 "
                        "and intercept 0 up to the fit's tolerance; their standard errors come "
                        "from the same sums."),
                 100, 2, 0)
            + QLatin1Char('\n');
    return t;
}

QString formatFitTable(const protocol::FitReport &report, const QString &formula)
{
    const analysis::GlmResult &g = report.glm;
    QString t;
    QStringList siteNames;
    for (const protocol::SiteRecord &s : report.sites) {
        if (s.state == QLatin1String("ok"))
            siteNames << s.name;
    }
    t += QStringLiteral("\nCall:\nglm(formula = %1, family = %2, data = %3)  [%4 sites: %5%6]\n\n")
             .arg(formula, QString::fromLatin1(analysis::familyId(g.family)), report.dataset)
             .arg(siteNames.size())
             .arg(siteNames.join(QStringLiteral(", ")),
                  report.study ? QStringLiteral("; ") + report.study->mode : QString());
    if (!report.design.spec.completeCases.empty()) {
        QStringList cases;
        for (const std::string &v : report.design.spec.completeCases)
            cases << qs(v);
        t += Tr::tr("Cohort: the complete cases of %1 and the model's variables\n\n")
                 .arg(cases.join(QStringLiteral(", ")));
    }
    t += Tr::tr("Coefficients:\n");
    int termWidth = 0;
    for (const analysis::Coefficient &c : g.coefficients)
        termWidth = std::max(termWidth, int(c.term.size()));
    const QString stat = QString::fromStdString(g.statisticName);
    const QString pHeader
        = stat == QLatin1String("t") ? QStringLiteral("Pr(>|t|)") : QStringLiteral("Pr(>|z|)");
    t += pad(QString(), termWidth) + pad(QStringLiteral("Estimate"), 11, true)
        + pad(QStringLiteral("Std. Error"), 11, true)
        + pad(stat + QStringLiteral(" value"), 9, true) + pad(pHeader, 10, true)
        + QLatin1Char('\n');
    for (const analysis::Coefficient &c : g.coefficients) {
        t += pad(qs(c.term), termWidth) + pad(QString::number(c.estimate, 'f', 6), 11, true)
            + pad(QString::number(c.stdError, 'f', 6), 11, true)
            + pad(QString::number(c.statistic, 'f', 3), 9, true)
            + pad(formatPValue(c.pValue), 10, true) + QLatin1Char(' ') + significanceStars(c.pValue)
            + QLatin1Char('\n');
    }
    t += QStringLiteral("---\nSignif. codes:  0 '***' 0.001 '**' 0.01 '*' 0.05 '.' 0.1 ' ' 1\n\n");
    if (g.family == analysis::Family::Gaussian)
        t += Tr::tr("(Dispersion parameter for gaussian family taken to be %1)\n\n")
                 .arg(num(g.dispersion, 7));
    else
        t += Tr::tr("(Dispersion parameter for %1 family taken to be 1)\n\n")
                 .arg(QString::fromLatin1(analysis::familyId(g.family)));
    if (g.nullDeviance)
        t += Tr::tr("    Null deviance: %1  on %2  degrees of freedom\n")
                 .arg(QString::number(*g.nullDeviance, 'f', 2))
                 .arg(g.nullDf, 0, 'f', 0);
    t += Tr::tr("Residual deviance: %1  on %2  degrees of freedom\n")
             .arg(QString::number(g.deviance, 'f', 2))
             .arg(g.residualDf, 0, 'f', 0);
    t += Tr::tr("AIC: %1\n\n").arg(QString::number(g.aic, 'f', 2));
    int full = 0;
    for (const analysis::IterationRecord &r : g.trace)
        full += r.nullModel ? 0 : 1;
    t += Tr::tr("Number of Fisher Scoring iterations: %1  (%2 federated rounds in all)\n")
             .arg(full)
             .arg(g.rounds);
    if (report.performance) {
        const analysis::PerformanceMetrics &m = *report.performance;
        t += Tr::tr("\nPerformance (pooled, n = %1, events = %2):\n")
                 .arg(m.n, 0, 'f', 0)
                 .arg(m.events, 0, 'f', 0);
        t += Tr::tr("  AUC                    %1  (95% CI %2 to %3)\n")
                 .arg(QString::number(m.auc, 'f', 4), QString::number(m.aucLower, 'f', 4),
                      QString::number(m.aucUpper, 'f', 4));
        t += Tr::tr("  Brier score            %1  (scaled %2)\n")
                 .arg(QString::number(m.brier, 'f', 4), QString::number(m.scaledBrier, 'f', 4));
        if (report.calibrationIntercept)
            t += Tr::tr("  Calibration intercept  %1\n")
                     .arg(QString::number(*report.calibrationIntercept, 'f', 4));
        if (report.calibrationSlope)
            t += Tr::tr("  Calibration slope      %1\n")
                     .arg(QString::number(*report.calibrationSlope, 'f', 4));
        t += Tr::tr("  Observed/expected      %1\n")
                 .arg(QString::number(m.observedExpectedRatio, 'f', 4));
        t += formatEvaluationDetails(report);
    }
    t += Tr::tr("\nPer site:\n");
    t += QStringLiteral("  ") + pad(Tr::tr("site"), 14) + pad(Tr::tr("cohort"), 9, true)
        + pad(QStringLiteral("AUC"), 8, true) + pad(Tr::tr("95% CI"), 18, true)
        + pad(QStringLiteral("Brier"), 8, true) + QStringLiteral("  ") + Tr::tr("node")
        + QLatin1Char('\n');
    for (const protocol::SiteRecord &s : report.sites) {
        QString line
            = QStringLiteral("  ") + pad(s.name, 14) + pad(QString::number(s.cohortSize), 9, true);
        bool found = false;
        for (const protocol::SitePerformance &p : report.perSite) {
            if (p.site != s.name)
                continue;
            found = true;
            if (p.metrics)
                line += pad(QString::number(p.metrics->auc, 'f', 3), 8, true)
                    + pad(QString::number(p.metrics->aucLower, 'f', 3) + QStringLiteral("–")
                              + QString::number(p.metrics->aucUpper, 'f', 3),
                          18, true)
                    + pad(QString::number(p.metrics->brier, 'f', 4), 8, true);
            else
                line += pad(QStringLiteral("—"), 34, true);
        }
        if (!found)
            line += pad(QStringLiteral("—"), 34, true);
        line += QStringLiteral("  ") + s.nodeVersion;
        if (s.state != QLatin1String("ok"))
            line += QStringLiteral("  ") + s.state + QStringLiteral(": ") + s.error;
        t += line + QLatin1Char('\n');
        for (const protocol::SitePerformance &p : report.perSite) {
            if (p.site == s.name && !p.metrics && !p.note.isEmpty())
                t += QStringLiteral("    ") + p.note + QLatin1Char('\n');
        }
    }
    t += formatSiteFits(report);
    t += formatStudies(report);
    if (!report.excludedSites.isEmpty())
        t += Tr::tr("\nLeft out after a failure (--continue-without-failed): %1\n")
                 .arg(report.excludedSites.join(QStringLiteral(", ")));
    t += Tr::tr("\nDesign %1\n").arg(report.designHash);
    double total = 0;
    for (const protocol::RoundTiming &r : report.rounds)
        total += r.totalMs;
    t += Tr::tr("%1 rounds in %2 ms; started %3, finished %4\n")
             .arg(report.rounds.size())
             .arg(total, 0, 'f', 0)
             .arg(report.started.toString(Qt::ISODate), report.finished.toString(Qt::ISODate));
    return t;
}

QString formatFitCsv(const protocol::FitReport &report)
{
    QString t = QStringLiteral("term,estimate,std_error,statistic,p_value,ci_low,ci_high,ratio,"
                               "ratio_low,ratio_high\n");
    auto field = [](double v) {
        return QString::number(v, 'g', 17);
    };
    for (const analysis::Coefficient &c : report.glm.coefficients) {
        QString term = qs(c.term);
        if (term.contains(QLatin1Char(',')) || term.contains(QLatin1Char('"')))
            term = QLatin1Char('"') + term.replace(QStringLiteral("\""), QStringLiteral("\"\""))
                + QLatin1Char('"');
        t += term + QLatin1Char(',') + field(c.estimate) + QLatin1Char(',') + field(c.stdError)
            + QLatin1Char(',') + field(c.statistic) + QLatin1Char(',') + field(c.pValue)
            + QLatin1Char(',') + field(c.ciLower) + QLatin1Char(',') + field(c.ciUpper)
            + QLatin1Char(',') + (c.ratio ? field(*c.ratio) : QString()) + QLatin1Char(',')
            + (c.ratioLower ? field(*c.ratioLower) : QString()) + QLatin1Char(',')
            + (c.ratioUpper ? field(*c.ratioUpper) : QString()) + QLatin1Char('\n');
    }
    return t;
}

int runCliCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("fairstart-cli");
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command.isEmpty())
        return fail(Usage, Tr::tr("no command given; try 'fairstart-cli --help'"));
    // "help fit" is "fit --help", as in fairstart-node.
    if (command == QLatin1String("help") && args.size() > 2) {
        QStringList again { args.first() };
        again << args.mid(2) << QStringLiteral("--help");
        return runCliCommand(again);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << mainHelp();
        out().flush();
        return Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out() << "fairstart-cli " << FAIRSTART_VERSION << " (protocol "
              << protocol::protocolVersionString() << "; " << transportVersion()
              << "; round kernel "
              << QLatin1String(analysis::activeRoundKernelName().data(),
                               qsizetype(analysis::activeRoundKernelName().size()))
              << ")\n";
        out().flush();
        return Ok;
    }
    const QStringList rest = args.mid(2);
    if (command == QLatin1String("sites")) {
        if (args.size() == 3
            && (args.at(2) == QLatin1String("--help") || args.at(2) == QLatin1String("-h")))
            return sitesCheck({ args.at(2) });
        if (args.size() < 3 || args.at(2) != QLatin1String("check"))
            return fail(Usage,
                        Tr::tr("'sites' takes the subcommand 'check': fairstart-cli sites "
                               "check --sites FILE"));
        return sitesCheck(args.mid(3));
    }
    if (command == QLatin1String("catalogue") || command == QLatin1String("catalog"))
        return catalogue(rest);
    if (command == QLatin1String("fit"))
        return fit(rest);
    if (command == QLatin1String("run"))
        return run(rest);
    if (command == QLatin1String("describe"))
        return describe(rest);
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("evaluate"))
        return evaluate(rest);
    if (command == QLatin1String("trends"))
        return trends(rest);
    return fail(Usage,
                Tr::tr("unknown command '%1'; the commands are sites check, catalogue, "
                       "fit, run, describe, trends, validate and evaluate (see 'fairstart-cli "
                       "--help')")
                    .arg(command));
}

} // namespace fairstart::cli
