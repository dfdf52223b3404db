// SPDX-License-Identifier: GPL-3.0-or-later
// fairstart-cli evaluate: the evaluation of a validation model that the sites' administrators
// registered (`fairstart-node models add`), named by its name or hash. No β is ever sent.
#include "clidetail.h"

#include "fairstart/cli/clicommand.h"
#include "fairstart/cli/tr.h"
#include "fairstart/client/federatedrun.h"
#include "fairstart/client/registeredmodelfile.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fairstart::cli::detail {

using namespace fairstart::client;

namespace {

QString num(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString formatTable(const protocol::FitReport &report, const QString &model, const QString &mode)
{
    QString t = Tr::tr("Registered validation model %1, dataset %2, %3 mode\n")
                    .arg(model, report.dataset, mode);
    if (!report.designHash.isEmpty())
        t += Tr::tr("Design %1\n").arg(report.designHash);
    if (report.performance) {
        const analysis::PerformanceMetrics &m = *report.performance;
        t += Tr::tr("\nPerformance (pooled, n = %1, events = %2):\n")
                 .arg(m.n, 0, 'f', 0)
                 .arg(m.events, 0, 'f', 0);
        t += Tr::tr("  AUC                    %1  (95% CI %2 to %3)\n")
                 .arg(num(m.auc, 4), num(m.aucLower, 4), num(m.aucUpper, 4));
        t += Tr::tr("  Brier score            %1  (scaled %2)\n")
                 .arg(num(m.brier, 4), num(m.scaledBrier, 4));
        t += Tr::tr("  Observed/expected      %1\n").arg(num(m.observedExpectedRatio, 4));
        t += Tr::tr("  Calibration slope and intercept: not available for a registered model "
                    "(the nodes run calibration studies only for a study's final β)\n");
        t += formatEvaluationDetails(report);
    }
    t += Tr::tr("\nPer site:\n");
    for (const protocol::SitePerformance &p : report.perSite) {
        t += QStringLiteral("  ") + p.site + QStringLiteral(": ");
        if (p.metrics)
            t += Tr::tr("n %1, AUC %2, Brier %3")
                     .arg(p.metrics->n, 0, 'f', 0)
                     .arg(num(p.metrics->auc, 3), num(p.metrics->brier, 4));
        else
            t += p.note;
        t += QLatin1Char('\n');
    }
    t += cli::formatStudies(report); // mode, participants, every site's signature checks
    return t;
}

} // namespace

int evaluate(const QStringList &args)
{
    Parsed p;
    if (auto code = parse(
            args, QStringLiteral("evaluate"),
            Tr::tr("Evaluate a validation model that the sites' administrators "
                   "registered (fairstart-node models add) on a dataset: AUC, "
                   "Brier score, O/E, pooled (masked with three or more sites) "
                   "or per site (plain). No β is sent: each site evaluates its "
                   "own registered copy."),
            { sitesOption(),
              onlyOption(),
              datasetOption(true),
              { "model", "NAME|HASH", false,
                Tr::tr("The registered validation model, by the name or the "
                       "hash (sha256:...) its sites registered it under.") },
              { "model-file", "FILE", false,
                Tr::tr("Your copy of the registered model ({\"design\", \"beta\"}, the file the "
                       "sites registered). Needed for the masked mode; the β is never sent, only "
                       "its hash is compared with what every site attests.") },
              purposeOption(),
              modeOption(),
              formatOption(false),
              outOption(),
              timeoutOption(),
              thresholdsOption(),
              verboseOption() },
            p))
        return *code;
    Common c;
    if (auto code = readCommon(p, c))
        return *code;
    if (!p.has("model") && !p.has("model-file"))
        return fail(Usage,
                    Tr::tr("evaluate needs --model NAME|HASH or --model-file FILE (see "
                           "'fairstart-cli evaluate --help')"));
    RunOptions options;
    options.mode = readMode(p);
    if (p.has("thresholds"))
        options.thresholds = p.get<std::vector<double>>("thresholds");
    RegisteredModel registered;
    if (p.has("model-file")) {
        QString error;
        std::optional<RegisteredModel> copy
            = readRegisteredModelFile(p.value("model-file"), &error);
        if (!copy)
            return fail(Usage, error);
        registered = std::move(*copy);
    }
    registered.nameOrHash = p.has("model")
        ? p.value("model")
        : protocol::validationModelHash(*registered.design, registered.beta);
    options.registeredModel = registered;
    options.dataset = p.value("dataset");
    options.purpose = p.value("purpose");
    options.transport = c.transport;
    Transport transport;
    transport.setDefaultOptions(c.transport);
    if (auto code = resolvePurpose(transport, c.sites, options.purpose))
        return *code;
    FederatedRun run(c.sites, options);
    if (p.has("verbose"))
        sayProgress(run);
    if (auto code = runToEnd(run, c))
        return *code;
    const protocol::FitReport &report = run.report();
    const QString mode = run.mode();
    QString text;
    if (c.format == QLatin1String("json")) {
        // The fit report's fields that an evaluation has (no coefficients: nothing was fitted).
        const QJsonObject full = protocol::toJson(report);
        QJsonObject o;
        for (const char *key :
             { "format_version", "dataset", "purpose", "design_hash", "design", "started",
               "finished", "client_version", "performance", "per_site", "sites" }) {
            if (full.contains(QLatin1String(key)))
                o.insert(QLatin1String(key), full.value(QLatin1String(key)));
        }
        o.insert(QStringLiteral("format"), QStringLiteral("fairstart-evaluation"));
        o.insert(QStringLiteral("model"), registered.nameOrHash);
        o.insert(QStringLiteral("mode"), mode);
        text = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        text = formatTable(report, registered.nameOrHash, mode);
    }
    return writeOutput(c, text);
}

} // namespace fairstart::cli::detail
