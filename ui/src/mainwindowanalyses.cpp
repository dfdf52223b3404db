// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Table 1 and the policymaker dashboard, kept out of mainwindow.cpp: ask the online
// sites for descriptives and open the view in a window of its own when they answer.
#include "fairstart/client/refusals.h"
#include "fairstart/ui/analyses/descriptivesfetch.h"
#include "fairstart/ui/analyses/table1.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/dashboard/dashboardview.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/rundialog.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "workbenchsession.h"

#include "fairstart/workspace/workspace.h"

#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/client/transport.h"

#include <QComboBox>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>

namespace fairstart::ui {

namespace {

// The dashboard's trends: each indicator variable by year of birth, over the last twelve full
// years (the sites release no year range; years no area released are not drawn). None when the
// catalogue has no numeric birth-year variable.
QList<protocol::TrendRequest> dashboardTrends(const QMap<QString, protocol::VariableType> &types,
                                              const QList<protocol::DescribeVariable> &variables)
{
    QString period;
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value() == protocol::VariableType::Numeric
            && (it.key() == QLatin1String("birth_year")
                || (period.isEmpty() && it.key().endsWith(QLatin1String("year")))))
            period = it.key();
    }
    QList<protocol::TrendRequest> trends;
    if (period.isEmpty())
        return trends;
    const int last = QDate::currentDate().year() - 1;
    for (const protocol::DescribeVariable &v : variables)
        trends.append({ period, v.name, last - 11, last });
    return trends;
}

} // namespace

QStringList MainWindow::analysisPurposes() const
{
    return m_sites->listedNames(true).purposes;
}

QString MainWindow::defaultAnalysisPurpose(const QStringList &purposes) const
{
    if (purposes.contains(m_session->analysisPurpose()))
        return m_session->analysisPurpose();
    // A fresh session: the purpose of the workspace's newest run, whose records the nodes
    // released before (another purpose's cohort a few records from it is refused).
    if (workspace::Workspace *ws = m_session->workspace()) {
        if (const auto runs = ws->runs(); runs) {
            for (const workspace::RunSummary &summary : *runs) {
                const auto run = ws->run(summary.id);
                if (!run)
                    continue;
                const QString p = run->request.value(QStringLiteral("purpose")).toString();
                if (purposes.contains(p))
                    return p;
            }
        }
    }
    // Nothing asked yet: research, the purpose a prediction model is built under (and the demo
    // federation's), else the first the sites list.
    return purposes.contains(QLatin1String("research")) ? QStringLiteral("research")
                                                        : purposes.value(0);
}

void MainWindow::chooseAnalysis(Analysis analysis)
{
    const QString title = analysis == Analysis::Table1 ? Tr::tr("Table 1") : Tr::tr("Dashboard");
    const QStringList purposes = analysisPurposes();
    // Nothing to choose (or nothing to ask: openAnalysis says why), or chosen before in this
    // workspace's session: a policymaker who opens the dashboard twice answers once. The window
    // names the purpose; Analyses ▸ Analysis Purpose… changes it.
    const QString chosen = m_session->analysisPurpose();
    if (purposes.size() <= 1 || purposes.contains(chosen)) {
        if (const QString problem
            = openAnalysis(analysis, purposes.size() <= 1 ? QString() : chosen);
            !problem.isEmpty())
            QMessageBox::information(this, title, problem);
        return;
    }
    askAnalysisPurpose(title,
                       analysis == Analysis::Table1
                           ? Tr::tr("Each site describes the records whose consent covers the "
                                    "purpose. Choose the purpose of your analyses, so that Table "
                                    "1 describes the children they used: a site refuses a cohort "
                                    "only a few records from one it released before.")
                           : Tr::tr("Each site counts the records whose consent covers the "
                                    "purpose. Choose the purpose of your analyses, so that the "
                                    "indicators describe the children they used: a site refuses "
                                    "a cohort only a few records from one it released before."),
                       Tr::tr("Ask the sites"), [this, analysis, title](const QString &purpose) {
                           if (const QString problem = openAnalysis(analysis, purpose);
                               !problem.isEmpty())
                               QMessageBox::information(this, title, problem);
                       });
}

void MainWindow::chooseAnalysisPurpose()
{
    const QString title = Tr::tr("Analysis Purpose");
    if (analysisPurposes().isEmpty()) {
        QMessageBox::information(this, title,
                                 Tr::tr("No site online lists a purpose for your tokens. Check "
                                        "the sites (F5), or ask the site administrators which "
                                        "purposes your tokens allow."));
        return;
    }
    askAnalysisPurpose(title,
                       Tr::tr("Table 1 and the dashboard ask the sites under this purpose until "
                              "the workspace closes; each site describes the records whose "
                              "consent covers it. A run or a validation asks for its own."),
                       Tr::tr("Use"), [this](const QString &purpose) {
                           statusMessage(Tr::tr("Table 1 and the dashboard ask under the purpose "
                                                "%1.")
                                             .arg(purposeText(purpose)));
                       });
}

void MainWindow::askAnalysisPurpose(const QString &title, const QString &text,
                                    const QString &acceptText,
                                    const std::function<void(const QString &)> &then)
{
    const QStringList purposes = analysisPurposes();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("analysisPurposeDialog"));
    dialog->setWindowTitle(title);
    auto *purpose = new QComboBox(dialog);
    purpose->setAccessibleName(Tr::tr("Purpose"));
    fillPurposes(purpose, purposes);
    purpose->setCurrentIndex(std::max(0, purpose->findData(defaultAnalysisPurpose(purposes))));
    auto *note = new QLabel(text, dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->addButton(acceptText, QDialogButtonBox::AcceptRole)->setDefault(true);
    auto *form = new QFormLayout(dialog);
    form->addRow(Tr::tr("&Purpose:"), purpose);
    form->addRow(note);
    form->addRow(buttons);
    dialog->setMinimumWidth(480);
    // As tall as the note needs at the dialog's width: its height was taken at a narrower width
    // (more lines), and the space it did not use stood empty under the buttons (fifth walk).
    const int width = std::max(480, dialog->sizeHint().width());
    dialog->resize(width,
                   std::max(dialog->heightForWidth(width), dialog->minimumSizeHint().height()));
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, purpose, then] {
        const QString chosen = purpose->currentData().toString();
        // Later analyses of this workspace's session use it without asking.
        m_session->setAnalysisPurpose(chosen);
        then(chosen);
    });
    dialog->open();
}

QString MainWindow::openAnalysis(Analysis analysis, const QString &purpose)
{
    QList<client::Site> sites;
    QMap<QString, int> thresholds;
    QStringList offline; // configured but not asked: not in any pooled number
    for (const SiteStatus &s : m_sites->statuses()) {
        if (s.state != SiteStatus::Online || !s.catalogue.info) {
            offline << s.site.name;
            continue;
        }
        sites.append(s.site);
        thresholds.insert(s.site.name, s.catalogue.info->policy.disclosure.minCell);
    }
    const auto [purposes, datasets] = m_sites->listedNames(true);
    if (sites.isEmpty())
        return Tr::tr("No site is online. Add sites (Sites ▸ Add Site) and check them (F5); the "
                      "descriptives come from the sites that answer.");
    if (purposes.isEmpty() || datasets.isEmpty())
        return Tr::tr("The sites list no purpose or dataset for your tokens: ask the site "
                      "administrators which purposes your tokens allow.");
    if (!purpose.isEmpty() && !purposes.contains(purpose)) {
        QStringList allowed;
        for (const QString &p : purposes)
            allowed << purposeText(p);
        return Tr::tr("No site allows the purpose %1 for your tokens; choose one of: %2.")
            .arg(purposeText(purpose), allowed.join(QStringLiteral(", ")));
    }
    QMap<QString, protocol::VariableType> types;
    const QMap<QString, QString> labels = catalogueLabels(m_catalogue->entries());
    for (const CatalogueEntry &e : m_catalogue->entries())
        types.insert(e.variable.name, e.variable.type);
    // Levels in the order the sites' import schemas declare, with their labels (issue 17);
    // from sites that declare none, as the results list them: the design's reference first.
    QMap<QString, QStringList> levelOrder;
    QMap<QString, QMap<QString, QString>> levelLabels;
    for (const CatalogueEntry &e : m_catalogue->entries()) {
        for (const protocol::CatalogueLevel &l : e.variable.levels) {
            if (e.variable.levelsInDeclaredOrder)
                levelOrder[e.variable.name] << l.name;
            if (!l.label.isEmpty())
                levelLabels[e.variable.name].insert(l.name, l.label);
        }
    }
    for (const analysis::Predictor &p : m_doc->toSpec().predictors) {
        if (!p.reference.empty() && !levelOrder.contains(QString::fromStdString(p.variable)))
            levelOrder.insert(QString::fromStdString(p.variable),
                              { QString::fromStdString(p.reference) });
    }
    protocol::DescriptivesRequest request;
    // The purpose chosen, else this session's (or the workspace's last run's): another
    // purpose's consent selects other records, which a node refuses when they differ from an
    // earlier cohort by a few ("differencing").
    request.purpose = purpose.isEmpty() ? defaultAnalysisPurpose(purposes) : purpose;
    request.dataset = datasets.first();
    QStringList variables;
    if (analysis == Analysis::Table1) {
        // The design's variables and cohort; without a design, the whole catalogue.
        const analysis::ModelSpec spec = m_doc->toSpec();
        request.filters = spec.filters;
        // A cohort pinned to the complete cases of a set of variables (the Cohort block): Table
        // 1 describes those records — the fitted cohort when the model's variables are pinned.
        for (const std::string &v : spec.completeCases)
            request.completeCases << QString::fromStdString(v);
        if (!spec.outcome.variable.empty())
            variables << QString::fromStdString(spec.outcome.variable);
        for (const analysis::Predictor &p : spec.predictors) {
            const QString v = QString::fromStdString(p.variable);
            if (!v.isEmpty() && !variables.contains(v))
                variables << v;
        }
        if (variables.isEmpty())
            variables = types.keys();
    } else {
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it.value() == protocol::VariableType::Categorical)
                variables << it.key();
        }
        if (variables.isEmpty())
            return Tr::tr("The sites' catalogues have no categorical variable to make an "
                          "indicator of.");
    }
    for (const QString &v : std::as_const(variables)) {
        if (types.contains(v))
            request.variables.append({ v, {} });
    }
    if (analysis == Analysis::Dashboard)
        request.trends = dashboardTrends(types, request.variables);
    if (request.variables.isEmpty())
        return Tr::tr("None of the design's variables is in the sites' catalogues. Check the "
                      "sites (F5) and choose catalogue variables.");

    if (analysis == Analysis::Table1 && sites.size() >= 3) {
        // Three or more sites: a masked descriptives study (issue 14); only the pooled sum is
        // decoded, no site's own numbers reach the workbench.
        auto *transport = new client::Transport(this);
        auto *study = new client::MaskedDescriptivesRun(transport, transport);
        study->setPooledHistograms(true);
        statusMessage(
            Tr::tr("Asking %n site(s) for masked descriptives…", nullptr, int(sites.size())));
        connect(study, &client::MaskedDescriptivesRun::finished, this,
                [this, transport, types, labels, offline, levelOrder, levelLabels,
                 purpose = request.purpose,
                 asked = int(sites.size())](const client::MaskedDescriptives &result) {
                    transport->deleteLater();
                    statusBar()->clearMessage();
                    auto *view = new Table1View;
                    // One pooled column: the title does not promise a column per site.
                    view->setWindowTitle(table1Title(purposeText(purpose), asked));
                    view->setMaskedData(result.pooled, types, labels, {}, offline, levelOrder,
                                        levelLabels);
                    // Issue 14: the pooled histograms on the finest lattice common to every site.
                    view->setHistograms(result.latticeHistograms, labels);
                    // Who took part and what was verified of each node's signatures: the
                    // descriptives study and the studies of the histograms' cells.
                    view->setStudies(QList<protocol::StudyRecord> { result.record }
                                     + result.latticeRecords);
                    view->setAttribute(Qt::WA_DeleteOnClose);
                    view->setParent(this, Qt::Window);
                    connect(this, &MainWindow::workspaceClosed, view, &QWidget::close);
                    view->show();
                    Q_EMIT analysisOpened(view);
                });
        connect(study, &client::MaskedDescriptivesRun::failed, this,
                [this, transport, study](const client::SiteError &error) {
                    transport->deleteLater();
                    statusBar()->clearMessage();
                    QMessageBox::information(
                        this, Tr::tr("Descriptives"),
                        maskedDescriptivesFailureText(error, study->otherErrors()));
                });
        study->start(sites, request);
        return {};
    }
    auto *fetch = new DescriptivesFetch(this);
    statusMessage(Tr::tr("Asking %n site(s) for descriptives…", nullptr, int(sites.size())));
    connect(
        fetch, &DescriptivesFetch::finished, this,
        [this, fetch, analysis, types, labels, thresholds, offline, levelOrder, levelLabels,
         asked = sites, request](const QMap<QString, protocol::DescriptivesResponse> &answers,
                                 const QMap<QString, QString> &problems) {
            const QString purpose = request.purpose;
            fetch->deleteLater();
            // The request is answered: "Asking 3 sites…" would stay after the window opened.
            statusBar()->clearMessage();
            QStringList missing = problems.keys();
            missing << offline;
            QStringList notes;
            for (auto it = problems.cbegin(); it != problems.cend(); ++it)
                // A site that refused did answer; say what it said, not that it was silent.
                notes << Tr::tr("%1 released no descriptives: %2").arg(it.key(), it.value());
            if (answers.isEmpty()) {
                QMessageBox::information(
                    this, Tr::tr("Descriptives"),
                    Tr::tr("No site released descriptives. %1").arg(notes.join(QLatin1Char(' '))));
                return;
            }
            QWidget *window = nullptr;
            if (analysis == Analysis::Table1) {
                QList<Table1Site> sites;
                for (auto it = answers.cbegin(); it != answers.cend(); ++it)
                    sites.append({ it.key(), it.value(), thresholds.value(it.key(), 10) });
                auto *view = new Table1View;
                view->setWindowTitle(table1Title(purposeText(purpose)));
                view->setData(sites, types, labels,
                              notes.isEmpty() ? QString() : notes.join(QLatin1Char(' ')), missing,
                              levelOrder, levelLabels);
                window = view;
                // Issue 14 in plain mode: the pooled histograms from each answering site's
                // released histogram; the window opens once they are in (as in masked mode).
                QList<client::Site> answered;
                for (const client::Site &site : asked) {
                    if (answers.contains(site.name))
                        answered << site;
                }
                if (askPlainHistograms(view, answered, request, answers, labels))
                    return;
            } else {
                QList<AreaDescriptives> areas;
                for (auto it = answers.cbegin(); it != answers.cend(); ++it)
                    areas.append({ it.key(), it.value(), thresholds.value(it.key(), 10) });
                auto *view = new DashboardView;
                view->setWindowTitle(Tr::tr("Dashboard — purpose %1").arg(purposeText(purpose)));
                view->setVariableLabels(labels);
                view->setLevels(levelOrder, levelLabels);
                view->setData(areas, Tr::tr("Site"));
                // A site that released nothing is not in the dashboard: say which and why.
                view->setMissingAreas(notes.join(QLatin1Char(' ')));
                view->resize(900, 700);
                window = view;
            }
            showAnalysisWindow(window);
        });
    fetch->start(sites, request);
    return {};
}

void MainWindow::showAnalysisWindow(QWidget *window)
{
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->setParent(this, Qt::Window);
    connect(this, &MainWindow::workspaceClosed, window, &QWidget::close);
    window->show();
    Q_EMIT analysisOpened(window);
}

bool MainWindow::askPlainHistograms(Table1View *view, const QList<client::Site> &sites,
                                    const protocol::DescriptivesRequest &request,
                                    const QMap<QString, protocol::DescriptivesResponse> &answers,
                                    const QMap<QString, QString> &labels)
{
    QList<client::SiteDescriptives> described;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        described << client::SiteDescriptives { it.key(), it.value() };
    const client::PooledDescriptives pooled = client::poolDescriptives(described);
    if (pooled.numeric.isEmpty())
        return false;
    std::map<std::string, analysis::Moments> moments;
    for (const client::PooledNumeric &n : pooled.numeric)
        moments[n.variable.toStdString()] = n.moments;
    const client::LatticeCandidates candidates
        = client::latticeCandidates(moments, client::kHistogramLatticeCells);
    if (candidates.empty()) {
        view->setHistograms(client::plainPooledHistograms(pooled, candidates, {}), labels);
        return false;
    }
    auto *fetch = new DescriptivesFetch(this);
    statusMessage(Tr::tr("Asking %n site(s) for their histograms…", nullptr, int(sites.size())));
    QPointer<Table1View> guarded(view);
    connect(fetch, &DescriptivesFetch::finished, this,
            [this, fetch, guarded, pooled, candidates,
             labels](const QMap<QString, protocol::DescriptivesResponse> &histograms,
                     const QMap<QString, QString> &problems) {
                fetch->deleteLater();
                statusBar()->clearMessage();
                if (!guarded)
                    return;
                if (problems.isEmpty()) {
                    QList<client::SiteDescriptives> released;
                    for (auto it = histograms.cbegin(); it != histograms.cend(); ++it)
                        released << client::SiteDescriptives { it.key(), it.value() };
                    guarded->setHistograms(
                        client::plainPooledHistograms(pooled, candidates, released), labels);
                } else {
                    QStringList why;
                    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
                        why << Tr::tr("%1: %2").arg(it.key(), it.value());
                    QList<client::PooledHistogram> none;
                    for (const client::PooledNumeric &n : pooled.numeric) {
                        client::PooledHistogram h;
                        h.variable = n.variable;
                        h.problem = Tr::tr("The sites' histograms were not released (%1); the "
                                           "table is complete. Open Table 1 again for the "
                                           "histograms.")
                                        .arg(why.join(QStringLiteral("; ")));
                        none << h;
                    }
                    guarded->setHistograms(none, labels);
                }
                showAnalysisWindow(guarded);
            });
    fetch->start(sites, client::plainHistogramRequest(request, candidates));
    return true;
}

} // namespace fairstart::ui
