// SPDX-License-Identifier: GPL-3.0-or-later
// `fairstart-cli fit --report FILE.pdf` writes the workbench's report: a fit against real nodes
// with --format json and --report, then the workbench's own writeTripodReport of the same JSON;
// the two PDFs carry the same text page by page (pdftotext). Without fairstart-report next to
// it, the CLI says what is missing and what to do, and writes no PDF.
#include "../federation-client/nodecluster.h"

#include "fairstart/client/sitesurvey.h"
#include "fairstart/client/transport.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/translations/language.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/report/tripodreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fairstart;
using testsupport::NodeCluster;

namespace {

const char *kFormula = "dev_delay_2y ~ sex + gestational_age_weeks + apgar_5min + parental_stress";

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_CliReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportEqualsTheWorkbenchs();
    void withoutTheReportProgram();

private:
    int runCli(const QString &program, const QStringList &args, QString *stderrText);
    QStringList fitArgs(const QString &json, const QString &pdf) const;

    NodeCluster m_cluster;
    QString m_sitesFile;
    QTemporaryDir m_dir;
};

void tst_CliReport::initTestCase()
{
    // The language and locale fairstart-report (and the workbench) start with.
    i18n::useLanguage(i18n::systemLanguage());
    QVERIFY2(m_cluster.available(), "fairstart-node is not built (FAIRSTART_BIN_DIR)");
    QVERIFY2(QFile::exists(testsupport::cliBinary()), "fairstart-cli is not built");
    // Labels for the model's variables and the levels of sex, as an import schema gives them
    // (the demo's words): the workbench's report names terms by them.
    m_cluster.schema = m_dir.filePath(QStringLiteral("schema.json"));
    QFile schema(m_cluster.schema);
    QVERIFY(schema.open(QIODevice::WriteOnly));
    schema.write(R"json({"columns": {
        "sex": {"type": "categorical", "label": "Sex of the child",
                "levels": [{"name": "female", "label": "Girl"}, {"name": "male", "label": "Boy"}]},
        "gestational_age_weeks": {"type": "numeric", "label": "Gestational age at birth (weeks)"},
        "apgar_5min": {"type": "numeric", "label": "Apgar score at 5 minutes"},
        "parental_stress": {"type": "numeric", "label": "Parental stress score (0-40)"},
        "dev_delay_2y": {"type": "binary", "label": "Developmental delay at 2 years"}}})json");
    schema.close();
    QVERIFY2(m_cluster.start(2, 800), qPrintable(m_cluster.error));
    m_sitesFile = m_cluster.writeSitesFile(m_cluster.sites());
}

int tst_CliReport::runCli(const QString &program, const QStringList &args, QString *stderrText)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return -1;
    *stderrText = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QStringList tst_CliReport::fitArgs(const QString &json, const QString &pdf) const
{
    return { QStringLiteral("fit"),
             QStringLiteral("--sites"),
             m_sitesFile,
             QStringLiteral("--dataset"),
             QStringLiteral("cohort"),
             QStringLiteral("--purpose"),
             QStringLiteral("research"),
             QStringLiteral("--formula"),
             QString::fromLatin1(kFormula),
             QStringLiteral("--format"),
             QStringLiteral("json"),
             QStringLiteral("--out"),
             json,
             QStringLiteral("--report"),
             pdf };
}

void tst_CliReport::reportEqualsTheWorkbenchs()
{
    const QString json = m_dir.filePath(QStringLiteral("run.json"));
    const QString cliPdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    QString said;
    QCOMPARE(runCli(testsupport::cliBinary(), fitArgs(json, cliPdf), &said), 0);
    QFile pdf(cliPdf);
    QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(said));
    QVERIFY(pdf.read(5) == "%PDF-");

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto report
        = protocol::fromJson<protocol::FitReport>(QJsonDocument::fromJson(file.readAll()).object());
    QVERIFY(report.ok());
    // The workbench's report names the terms by the catalogue's labels (its catalogue model, as
    // the main window gives them to Export report); the CLI's must too. Before, it had the raw
    // names ("gestational_age_weeks", "sex: male") where the workbench had the labels.
    client::Transport transport;
    client::SurveyOptions survey;
    survey.purpose = QStringLiteral("research");
    survey.dataset = QStringLiteral("cohort");
    QList<client::SiteCatalogue> catalogues;
    for (const client::SiteSurveyResult &r :
         client::SiteSurvey::run(transport, m_cluster.sites(), survey)) {
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        catalogues << r.answer;
    }
    ui::CatalogueModel catalogue;
    catalogue.setSites(catalogues);
    ui::ReportOptions options = ui::reportOptionsFor(*report);
    options.labels = ui::catalogueLabels(catalogue.entries());
    QCOMPARE(options.labels.value(QStringLiteral("gestational_age_weeks")),
             QStringLiteral("Gestational age at birth (weeks)"));
    const QString workbenchPdf = m_dir.filePath(QStringLiteral("workbench.pdf"));
    QCOMPARE(ui::writeTripodReport(*report, workbenchPdf, options), QString());
    const QString cliText = pdfText(cliPdf);
    QVERIFY2(cliText.contains(QStringLiteral("Gestational age at birth (weeks)")),
             qPrintable(cliText));
    QVERIFY2(cliText.contains(QStringLiteral("Boy")), qPrintable(cliText));
    QCOMPARE(cliText.count(QLatin1Char('\f')), pdfText(workbenchPdf).count(QLatin1Char('\f')));
    // Line by line, so that a difference is named where it is.
    const QStringList cliLines = cliText.split(QLatin1Char('\n'));
    const QStringList workbenchLines = pdfText(workbenchPdf).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::min(cliLines.size(), workbenchLines.size()); ++i)
        QCOMPARE(cliLines.at(i), workbenchLines.at(i));
    QCOMPARE(cliLines.size(), workbenchLines.size());
}

void tst_CliReport::withoutTheReportProgram()
{
    // fairstart-cli alone in a directory: no fairstart-report next to it.
    const QString lonely = m_dir.filePath(QStringLiteral("alone/fairstart-cli"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("alone"))));
    QVERIFY(QFile::copy(testsupport::cliBinary(), lonely));
    QVERIFY(QFile::setPermissions(lonely, QFile::permissions(lonely) | QFile::ExeOwner));
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    QString said;
    QCOMPARE(runCli(lonely, fitArgs(m_dir.filePath(QStringLiteral("none.json")), pdf), &said), 1);
    QVERIFY2(said.contains(QStringLiteral("fairstart-report")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("--format json")), qPrintable(said));
    QVERIFY(!QFile::exists(pdf));
    // Said before the run, not after it: nothing was fitted, nothing written.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.json"))));
}

QTEST_MAIN(tst_CliReport)
#include "tst_clireport.moc"
