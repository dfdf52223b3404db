// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/resultsview.h"

#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/decisioncurve.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/rulenotes.h"
#include "fairstart/ui/results/sitemodels.h"
#include "fairstart/ui/results/studyrecord.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/tr.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace fairstart::ui {

namespace {

QString familyModelName(analysis::Family family)
{
    switch (family) {
    case analysis::Family::Binomial:
        return Tr::tr("Logistic regression");
    case analysis::Family::Poisson:
        return Tr::tr("Poisson regression");
    case analysis::Family::Gaussian:
        return Tr::tr("Linear regression");
    }
    return {};
}

QString pageId(ResultsView::Page page)
{
    static const char *const ids[]
        = { "coefficients",      "convergence",    "roc",   "calibration",
            "risk-distribution", "decision-curve", "sites", "validation" };
    return QString::fromLatin1(ids[page]);
}

// The random-effects summary of per-site estimates (REML, Knapp–Hartung; metafor's rma and
// predict()), on the scale they are given; nullopt below two sites or when REML fails.
std::optional<analysis::RandomEffects> siteRandomEffects(const std::vector<double> &estimates,
                                                         const std::vector<double> &errors)
{
    if (estimates.size() < 2)
        return std::nullopt;
    auto re = analysis::randomEffects(estimates, errors);
    if (!re)
        return std::nullopt;
    return *re;
}

// The diamond (estimate and CI) and the prediction interval below the per-site rows,
// back-transformed to the plot's scale.
void appendRandomEffectsRows(QList<IntervalRow> &rows, const analysis::RandomEffects &re,
                             double (*back)(double))
{
    IntervalRow pooled(Tr::tr("Random effects (REML)"), back(re.estimate), back(re.ciLower),
                       back(re.ciUpper), true);
    pooled.style = IntervalRow::Style::Diamond;
    rows.append(pooled);
    IntervalRow prediction(Tr::tr("95% prediction interval"), back(re.estimate), back(re.piLower),
                           back(re.piUpper), true);
    prediction.style = IntervalRow::Style::Prediction;
    prediction.valueText
        = Tr::tr("[%1%2%3]")
              .arg(number(prediction.lower, 2), intervalSeparator(), number(prediction.upper, 2));
    rows.append(prediction);
}

double identity(double x)
{
    return x;
}

double expit(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

double exponential(double x)
{
    return std::exp(x);
}

QString randomEffectsText(const analysis::RandomEffects &re, double (*back)(double))
{
    return Tr::tr("Random effects (REML, Knapp–Hartung): %1 (95% CI %2 to %3), 95% prediction "
                  "interval %4 to %5, τ² = %6 on the scale it was pooled on.")
        .arg(number(back(re.estimate), 3), number(back(re.ciLower), 3), number(back(re.ciUpper), 3),
             number(back(re.piLower), 3), number(back(re.piUpper), 3), number(re.tau2, 4));
}

// Measures a table's rows again when its viewport changes width: the last column stretches with
// the view without a sectionResized, so rows measured at a narrower width kept their wrapped
// height (Results ▸ Sites on a 1600 px window: each site's row a hand tall for a two-line note).
class RefitOnWidth : public QObject {
public:
    RefitOnWidth(QTableView *table, std::function<void()> fit)
        : QObject(table)
        , m_fit(std::move(fit))
    {
        table->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize) {
            const auto *resize = static_cast<QResizeEvent *>(event);
            if (resize->size().width() != resize->oldSize().width())
                QTimer::singleShot(0, this, m_fit); // once the stretched column has its width
        }
        return false;
    }

private:
    std::function<void()> m_fit;
};

} // namespace

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent)
    , m_coefficients(new CoefficientModel(this))
    , m_siteModel(new SiteModel(this))
    , m_siteEstimates(new SiteEstimatesModel(this))
    , m_study(new StudyModel(this))
{
    setAccessibleName(Tr::tr("Results"));
    auto layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(Tr::tr("Summary of the run"));
    layout->addWidget(m_summary);

    auto buttons = new QHBoxLayout;
    auto exportChart = new QPushButton(Tr::tr("Export &chart…"));
    exportChart->setAccessibleName(Tr::tr("Export the chart of this page as PNG, SVG or PDF"));
    auto exportTable = new QPushButton(Tr::tr("Export &table…"));
    exportTable->setAccessibleName(Tr::tr("Export the table of this page as CSV"));
    auto exportReportButton = new QPushButton(Tr::tr("Export &report (PDF)…"));
    exportReportButton->setAccessibleName(Tr::tr("Export the whole result as a PDF report"));
    connect(exportChart, &QPushButton::clicked, this, &ResultsView::exportCurrentChart);
    connect(exportTable, &QPushButton::clicked, this, &ResultsView::exportCurrentTable);
    connect(exportReportButton, &QPushButton::clicked, this, &ResultsView::exportReport);
    buttons->addStretch();
    buttons->addWidget(exportChart);
    buttons->addWidget(exportTable);
    buttons->addWidget(exportReportButton);
    layout->addLayout(buttons);

    auto body = new QHBoxLayout;
    m_pages = new QListWidget;
    m_pages->setAccessibleName(Tr::tr("Result pages"));
    int titleWidth = 0;
    for (int p = 0; p < PageCount; ++p) {
        // A long title on two lines, its explanation in brackets on the second ("Validierung" /
        // "(je einen Standort auslassen)"): on one line the list took the width the German
        // coefficient table needed at 1440 px (walk3, walk4).
        QString title = pageTitle(Page(p));
        if (title.size() > 22) {
            qsizetype cut = title.indexOf(QStringLiteral(" ("));
            if (cut <= 0) {
                for (qsizetype i = title.indexOf(QLatin1Char(' ')); i > 0;
                     i = title.indexOf(QLatin1Char(' '), i + 1)) {
                    if (cut <= 0
                        || std::abs(i - title.size() / 2) < std::abs(cut - title.size() / 2))
                        cut = i;
                }
            }
            if (cut > 0)
                title = title.left(cut) + QLatin1Char('\n') + title.mid(cut + 1);
        }
        m_pages->addItem(title);
        for (const QString &line : title.split(QLatin1Char('\n')))
            titleWidth = std::max(titleWidth, m_pages->fontMetrics().horizontalAdvance(line));
    }
    // Wide enough for the longest title in the user's language ("Validation (leave one site
    // out)" was cut to "Validation (leave one site"), with room for the frame and the margins.
    m_pages->setFixedWidth(titleWidth + 2 * m_pages->frameWidth() + 16);
    m_pages->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // One scrolling document, as JASP and jamovi show results: every table and chart of the run
    // stacked; the list on the left is its table of contents.
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(Tr::tr("Results document"));
    auto document = new QWidget;
    document->setObjectName(QStringLiteral("resultsDocument"));
    m_document = new QVBoxLayout(document);
    m_document->setSpacing(10);
    m_scroll->setWidget(document);
    body->addWidget(m_pages);
    body->addWidget(m_scroll, 1);
    layout->addLayout(body, 1);

    buildCoefficientsPage();
    buildChartPage(ConvergencePage, Tr::tr("This run has no convergence trace."));
    buildChartPage(DiscriminationPage,
                   Tr::tr("This run has no performance results. Evaluation runs only for "
                          "logistic models and only when the sites allow it."));
    buildChartPage(CalibrationPage,
                   Tr::tr("This run has no calibration results. Evaluation runs only for "
                          "logistic models and only when the sites allow it."));
    buildChartPage(RiskDistributionPage,
                   Tr::tr("This run has no predicted-risk distribution: it needs the "
                          "performance results of a logistic model."));
    buildChartPage(DecisionCurvePage,
                   Tr::tr("This run has no decision curve: it needs the performance results of "
                          "a logistic model and a risk threshold in the Evaluation block."));
    buildSitesPage();
    buildValidationPage();
    m_document->addStretch(1);

    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        scrollToSection(Page(row));
        if (m_current != Page(row)) {
            m_current = Page(row);
            Q_EMIT currentPageChanged(Page(row));
        }
    });
    // Scrolling moves the current section along (for "Export chart" and the contents list).
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        int row = 0;
        for (int p = 0; p < PageCount; ++p) {
            if (m_sections[p] && m_sections[p]->isVisible() && m_sections[p]->y() <= value + 40)
                row = p;
        }
        if (row != m_current) {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentRow(row);
            m_current = Page(row);
            Q_EMIT currentPageChanged(Page(row));
        }
    });
    // A click on the page already chosen still brings its heading back into view.
    connect(m_pages, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { scrollToSection(Page(m_pages->row(item))); });
    // A section that was just filled (a validation that finished) is laid out only after the
    // scroll was asked for, and the sections above it may still change height: while the
    // request is fresh, every change of the document's height applies it again.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { applyPendingScroll(); });
    m_pages->setCurrentRow(0);
}

ResultsView::~ResultsView() = default;

void ResultsView::scrollToSection(Page page)
{
    if (page < 0 || page >= PageCount || !m_sections[page])
        return;
    // The section's heading at the top of the view, now and once the document has settled.
    m_pendingScroll = page;
    m_pendingScrollClock.start();
    applyPendingScroll();
    QTimer::singleShot(0, this, [this] { applyPendingScroll(); });
    QTimer::singleShot(300, this, [this] { applyPendingScroll(); });
}

void ResultsView::applyPendingScroll()
{
    if (!m_pendingScroll || !m_sections[*m_pendingScroll])
        return;
    if (m_pendingScrollClock.elapsed() > 1000) { // settled; the reader scrolls from here
        m_pendingScroll.reset();
        return;
    }
    m_scroll->verticalScrollBar()->setValue(m_sections[*m_pendingScroll]->y());
}

QString ResultsView::pageTitle(Page page)
{
    switch (page) {
    case CoefficientsPage:
        return Tr::tr("Coefficients");
    case ConvergencePage:
        return Tr::tr("Convergence");
    // Whether the run's performance is apparent (a fit's own) or not (a registered model's
    // evaluation) the charts' titles and the notes say; the page's name fits both.
    case DiscriminationPage:
        return Tr::tr("Discrimination (ROC)");
    case CalibrationPage:
        return Tr::tr("Calibration");
    case RiskDistributionPage:
        return Tr::tr("Predicted risk");
    case DecisionCurvePage:
        return Tr::tr("Decision curve");
    case SitesPage:
        return Tr::tr("Sites");
    case ValidationPage:
        return Tr::tr("Validation (leave one site out)");
    case PageCount:
        break;
    }
    return {};
}

QTableView *ResultsView::makeTable(QAbstractItemModel *model, const QString &accessibleName)
{
    auto table = new QTableView;
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    // In a scrolling document a table shows all its rows; the document scrolls, not the table.
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    auto copy = new QAction(Tr::tr("&Copy Table (HTML and CSV)"), table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, table,
            [model] { QApplication::clipboard()->setMimeData(tableMimeData(model)); });
    table->addAction(copy);
    auto save = new QAction(Tr::tr("&Export Table as CSV…"), table);
    connect(save, &QAction::triggered, table, [model, table, accessibleName] {
        saveTableInteractively(model, table, accessibleName);
    });
    table->addAction(save);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto fit = [table] {
        fitTableHeight(table);
    };
    connect(model, &QAbstractItemModel::modelReset, table, fit);
    connect(model, &QAbstractItemModel::layoutChanged, table, fit);
    // Rows measured before the table had its width kept their wrapped height (a site's note in
    // four lines, the rows a hand tall): measured again when a column's width changes.
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, fit);
    new RefitOnWidth(table, fit);
    return table;
}

void ResultsView::fitTableHeight(QTableView *table)
{
    table->resizeRowsToContents();
    // Measured from size hints: before the table is first shown its header has no height yet,
    // and the horizontal scroll bar may appear once it is laid out.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int r = 0; r < table->model()->rowCount(); ++r)
        height += table->rowHeight(r);
    height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(std::max(height, 60));
}

QWidget *ResultsView::addSection(Page page, QWidget *content)
{
    auto section = new QWidget;
    section->setObjectName(pageId(page));
    auto layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    auto heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(pageTitle(page).toHtmlEscaped()));
    heading->setAccessibleName(pageTitle(page));
    layout->addWidget(heading);
    layout->addWidget(content);
    m_document->addWidget(section);
    m_sections[page] = section;
    return section;
}

void ResultsView::buildCoefficientsPage()
{
    auto box = new QWidget;
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_coefficientTable = makeTable(m_coefficients, Tr::tr("Coefficient table"));
    // Columns of numbers: the last one ("OR upper") stretched to the table's width put its
    // numbers far from the others; the space is left at the right instead.
    m_coefficientTable->horizontalHeader()->setStretchLastSection(false);
    // A long term takes two lines (CoefficientModel): its row as tall as they need.
    m_coefficientTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_coefficientTable);
    m_views[CoefficientsPage] = new QChartView;
    m_views[CoefficientsPage]->setRenderHint(QPainter::Antialiasing);
    m_views[CoefficientsPage]->setAccessibleName(Tr::tr("Forest plot"));
    m_views[CoefficientsPage]->setMinimumHeight(320);
    layout->addWidget(m_views[CoefficientsPage]);
    addSection(CoefficientsPage, box);
    connect(m_coefficientTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (ForestChart *forest = forestChart())
                    forest->setHighlighted(current.isValid() ? current.row() - 1 : -1);
            });
}

void ResultsView::buildChartPage(Page page, const QString &emptyText)
{
    auto widget = new QWidget;
    auto layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_views[page] = new QChartView;
    m_views[page]->setRenderHint(QPainter::Antialiasing);
    m_views[page]->setAccessibleName(pageTitle(page));
    m_notes[page] = new QLabel(emptyText);
    m_notes[page]->setProperty("emptyText", emptyText);
    m_notes[page]->setWordWrap(true);
    m_notes[page]->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes[page]->setAccessibleName(Tr::tr("%1: figures").arg(pageTitle(page)));
    m_views[page]->setMinimumHeight(page == ConvergencePage ? 300 : 420);
    layout->addWidget(m_views[page], 1);
    layout->addWidget(m_notes[page]);
    addSection(page, widget);
}

void ResultsView::buildSitesPage()
{
    auto box = new QWidget;
    auto boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    m_siteTable = makeTable(m_siteModel, Tr::tr("Sites of the run"));
    boxLayout->addWidget(m_siteTable);
    // Protocol 2: the study the sites signed, and what the client verified of each signature.
    m_studyLabel = new QLabel;
    m_studyLabel->setWordWrap(true);
    m_studyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_studyLabel->setAccessibleName(Tr::tr("Study and signatures"));
    boxLayout->addWidget(m_studyLabel);
    m_studyTable = makeTable(m_study, Tr::tr("Signatures per site"));
    boxLayout->addWidget(m_studyTable);
    m_siteEstimatesTable = makeTable(m_siteEstimates, Tr::tr("Estimates per site"));
    boxLayout->addWidget(m_siteEstimatesTable);

    auto chartBox = new QWidget;
    auto chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto choiceRow = new QHBoxLayout;
    auto choiceLabel = new QLabel(Tr::tr("&Show per site:"));
    m_siteChartChoice = new QComboBox;
    m_siteChartChoice->setAccessibleName(Tr::tr("Quantity shown per site"));
    choiceLabel->setBuddy(m_siteChartChoice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_siteChartChoice, 1);
    chartLayout->addLayout(choiceRow);
    m_siteChartView = new QChartView;
    m_siteChartView->setRenderHint(QPainter::Antialiasing);
    m_siteChartView->setAccessibleName(Tr::tr("Per-site chart"));
    m_siteChartView->setMinimumHeight(360);
    chartLayout->addWidget(m_siteChartView, 1);
    m_heterogeneityLabel = new QLabel;
    m_heterogeneityLabel->setWordWrap(true);
    m_heterogeneityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heterogeneityLabel->setAccessibleName(Tr::tr("Heterogeneity between sites"));
    chartLayout->addWidget(m_heterogeneityLabel);
    boxLayout->addWidget(chartBox);
    addSection(SitesPage, box);
    m_views[SitesPage] = m_siteChartView;
    connect(m_siteChartChoice, &QComboBox::currentIndexChanged, this,
            &ResultsView::updateSiteChart);
    connect(m_siteEstimatesTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_siteChartChoice->setCurrentIndex(current.row() + 1);
            });
}

void ResultsView::setChart(Page page, QChart *chart)
{
    QChart *old = m_views[page]->chart();
    m_views[page]->setChart(chart ? chart : new QChart);
    // QChartView::setChart keeps the old chart alive; it is ours to delete.
    delete old;
}

void ResultsView::setReport(const protocol::FitReport &report)
{
    // A validation belongs to its design: a report of another design leaves it behind.
    if (m_validation && !m_validation->designHash.isEmpty()
        && m_validation->designHash != report.designHash)
        clearValidation();
    m_report = report;
    const analysis::GlmResult &glm = report.glm;
    m_coefficients->setReport(report, m_labels);

    int sitesOk = 0;
    for (const protocol::SiteRecord &s : report.sites)
        sitesOk += s.state == QLatin1String("ok") ? 1 : 0;
    // A run that evaluated a model without fitting it (a registered validation model): its
    // model was fitted elsewhere, so there is no fit to summarise and nothing is apparent.
    const bool evaluatedOnly = glm.coefficients.empty() && report.performance.has_value();
    QStringList parts;
    if (evaluatedOnly) {
        parts << Tr::tr("<b>Evaluation of a model fitted elsewhere</b> (nothing was fitted in "
                        "this run) on %1 records at %2 of %3 sites.")
                     .arg(QLocale().toString(qint64(report.performance->n)))
                     .arg(sitesOk)
                     .arg(report.sites.size());
    } else {
        // The outcome by its catalogue label, as the coefficients name the predictors.
        const QString outcome = QString::fromStdString(report.design.spec.outcome.variable);
        const QString outcomeLabel = m_labels.value(outcome);
        parts << Tr::tr("<b>%1</b> of <b>%2</b> on %3 records at %4 of %5 sites.")
                     .arg(familyModelName(glm.family).toHtmlEscaped(),
                          (outcomeLabel.isEmpty() ? outcome : outcomeLabel).toHtmlEscaped(),
                          QLocale().toString(qint64(glm.n)))
                     .arg(sitesOk)
                     .arg(report.sites.size());
        parts << Tr::tr("Deviance %1, AIC %2, %3 rounds.")
                     .arg(number(glm.deviance, 2), number(glm.aic, 2))
                     .arg(glm.rounds);
    }
    // A cohort pinned to complete cases says so, as the report and fairstart-cli fit do.
    if (const QString cohort = completeCasesText(report.design.spec, m_labels); !cohort.isEmpty())
        parts << cohort.toHtmlEscaped();
    if (!report.designHash.isEmpty())
        parts << Tr::tr("Design %1.")
                     .arg(report.designHash.left(19).toHtmlEscaped() + QStringLiteral("…"));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    m_summary->setToolTip(report.designHash);

    setChart(CoefficientsPage,
             glm.coefficients.size() > 1 ? makeCoefficientForest(report, m_labels) : nullptr);
    if (m_coefficientTable->currentIndex().isValid())
        m_coefficientTable->clearSelection();

    // A model fitted in one round (an intercept-only binomial or Poisson model has a closed form)
    // drew one point on empty axes; it has no convergence to show, and the note says why.
    const bool oneRound = glm.trace.size() == 1;
    setChart(ConvergencePage, glm.trace.size() > 1 ? makeTraceChart(glm.trace) : nullptr);
    QStringList trace;
    trace << (oneRound
                  ? Tr::tr("Fitted in one round, in closed form: there is no convergence "
                           "to show.")
                  : Tr::tr("Converged after %1 evaluated coefficient vectors.").arg(glm.rounds));
    if (glm.nullDeviance)
        trace << Tr::tr("Null deviance %1 on %2 df; residual deviance %3 on %4 df.")
                     .arg(number(*glm.nullDeviance, 3), number(glm.nullDf, 0),
                          number(glm.deviance, 3), number(glm.residualDf, 0));
    m_notes[ConvergencePage]->setText(
        glm.trace.empty() ? m_notes[ConvergencePage]->property("emptyText").toString()
                          : trace.join(QLatin1Char(' ')));

    const std::optional<analysis::PerformanceMetrics> &perf = report.performance;
    setChart(DiscriminationPage, perf ? makeRocChart(*perf, !evaluatedOnly) : nullptr);
    setChart(CalibrationPage,
             perf ? makeCalibrationChart(*perf, report.calibrationIntercept,
                                         report.calibrationSlope, !evaluatedOnly)
                  : nullptr);
    setChart(RiskDistributionPage, perf ? makeRiskDistributionChart(*perf) : nullptr);
    QChart *decision = makeDecisionCurveChart(report, chosenThresholds(report));
    setChart(DecisionCurvePage, decision);
    m_views[DecisionCurvePage]->setVisible(decision != nullptr);
    m_views[DecisionCurvePage]->setMinimumHeight(decision ? 420 : 0);
    if (!decision)
        m_notes[DecisionCurvePage]->setText(
            m_notes[DecisionCurvePage]->property("emptyText").toString());
    for (Page p : { DiscriminationPage, CalibrationPage, RiskDistributionPage }) {
        m_views[p]->setVisible(perf.has_value());
        m_views[p]->setMinimumHeight(perf ? 420 : 0);
        if (!perf)
            m_notes[p]->setText(m_notes[p]->property("emptyText").toString());
    }
    if (perf) {
        QStringList d;
        if (std::isnan(perf->aucBinningErrorBound)) {
            // A masked evaluation: no bound exists (before, a number was shown as one).
            if (evaluatedOnly)
                d << Tr::tr("AUC %1 (95% CI %2 to %3; DeLong). The model was fitted elsewhere: "
                            "this is its performance on these sites' records (external "
                            "validation), not an apparent one.")
                         .arg(number(perf->auc, 3), number(perf->aucLower, 3),
                              number(perf->aucUpper, 3));
            else
                d << Tr::tr("Apparent AUC %1 (95% CI %2 to %3; DeLong). Apparent: the model is "
                            "scored on the records it was fitted on, which is optimistic; see the "
                            "validation for performance at sites left out.")
                         .arg(number(perf->auc, 3), number(perf->aucLower, 3),
                              number(perf->aucUpper, 3));
            d << maskedAucText(report);
        } else if (evaluatedOnly)
            d << Tr::tr("AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. The model "
                        "was fitted elsewhere: this is its performance on these sites' records "
                        "(external validation), not an apparent one.")
                     .arg(number(perf->auc, 3), number(perf->aucLower, 3),
                          number(perf->aucUpper, 3), number(perf->aucBinningErrorBound, 5));
        else
            d << Tr::tr("Apparent AUC %1 (95% CI %2 to %3; DeLong), binning error at most %4. "
                        "Apparent: the model is scored on the records it was fitted on, which "
                        "is optimistic; see the validation for performance at sites left out.")
                     .arg(number(perf->auc, 3), number(perf->aucLower, 3),
                          number(perf->aucUpper, 3), number(perf->aucBinningErrorBound, 5));
        d << Tr::tr("Average precision %1.").arg(number(perf->auprc, 3));
        for (const analysis::ThresholdMetrics &t : perf->thresholds) {
            d << Tr::tr("At risk ≥ %1: sensitivity %2, specificity %3, PPV %4, NPV %5.")
                     .arg(number(t.gridThreshold, 3), percentText(t.sensitivity),
                          percentText(t.specificity), t.ppv ? percentText(*t.ppv) : Tr::tr("n/a"),
                          t.npv ? percentText(*t.npv) : Tr::tr("n/a"));
        }
        m_notes[DiscriminationPage]->setText(d.join(QLatin1Char(' ')));
        QStringList c;
        c << Tr::tr("Brier score %1 (scaled %2).")
                 .arg(number(perf->brier, 4), number(perf->scaledBrier, 3));
        if (report.calibrationIntercept)
            c << Tr::tr("Apparent calibration intercept %1 (ideal 0).")
                     .arg(number(*report.calibrationIntercept, 3));
        if (report.calibrationSlope)
            c << Tr::tr("Apparent calibration slope %1 (ideal 1; on the data the model was "
                        "fitted on it is 1 by construction).")
                     .arg(number(*report.calibrationSlope, 3));
        if (!report.calibrationIntercept && !report.calibrationSlope)
            c << Tr::tr("Calibration intercept and slope were not computed in this run.");
        c << Tr::tr("Calibration-in-the-large %1, observed/expected %2, E-avg %3, E-max %4.")
                 .arg(number(perf->calibrationInTheLarge, 4),
                      number(perf->observedExpectedRatio, 3), number(perf->eAvg, 4),
                      number(perf->eMax, 4));
        m_notes[CalibrationPage]->setText(c.join(QLatin1Char(' ')));
        m_notes[RiskDistributionPage]->setText(
            Tr::tr("Share of the records with and without the outcome in each band of predicted "
                   "risk, derived from the ROC curve the sites released (no record-level data)."));
    }
    if (decision) {
        QStringList n;
        for (const NetBenefitPoint &p : netBenefit(*perf, chosenThresholds(report))) {
            n << Tr::tr("At risk threshold %1: net benefit %2 with the model, %3 treating all, "
                        "0 treating none.")
                     .arg(number(p.threshold, 2), number(p.model, 4), number(p.treatAll, 4));
        }
        n << (evaluatedOnly
                  ? Tr::tr("Computed on these sites' records, which the model was not fitted "
                           "on, from the ROC curves the sites released.")
                  : Tr::tr("Apparent: computed on the records the model was fitted on, from the "
                           "ROC curves the sites released; per-site curves where a site "
                           "released its own."));
        m_notes[DecisionCurvePage]->setText(n.join(QLatin1Char(' ')));
    }

    m_siteModel->setReport(report);
    // A masked run releases no per-site AUC: two empty columns pushed the notes off screen.
    for (int column : { int(SiteModel::AucColumn), int(SiteModel::AucIntervalColumn) }) {
        bool any = false;
        for (int row = 0; row < m_siteModel->rowCount() && !any; ++row)
            any = !m_siteModel->index(row, column).data().toString().isEmpty();
        m_siteTable->setColumnHidden(column, !any);
    }
    m_study->setStudies(runStudies(report), unsignedParts(report));
    spanStudyHeadings(m_studyTable);
    fitTableHeight(m_studyTable);
    m_studyLabel->setText(studyText());
    m_studyLabel->setVisible(report.study.has_value());
    m_studyTable->setVisible(report.study.has_value());
    m_siteEstimates->setReport(report, m_labels);
    m_siteEstimatesTable->setVisible(m_siteEstimates->rowCount() > 0);
    {
        const QSignalBlocker blocker(m_siteChartChoice);
        m_siteChartChoice->clear();
        m_siteChartChoice->addItem(Tr::tr("AUC"));
        if (m_siteEstimates->rowCount() > 0) {
            for (const QString &term : m_siteEstimates->terms())
                m_siteChartChoice->addItem(Tr::tr("Coefficient: %1").arg(term));
        }
        m_siteChartChoice->setCurrentIndex(0);
    }
    updateSiteChart();
}

void ResultsView::updateSiteChart()
{
    const int choice = m_siteChartChoice->currentIndex();
    QList<IntervalRow> rows;
    QString text;
    QChart *chart = nullptr;
    if (choice <= 0) {
        std::vector<double> logits, logitErrors;
        for (const protocol::SitePerformance &p : m_report.perSite) {
            if (!p.metrics)
                continue;
            const double auc = p.metrics->auc;
            rows.append({ p.site, auc, p.metrics->aucLower, p.metrics->aucUpper });
            // Pooled on the logit scale, as the validation pools the AUC.
            if (auc > 0.0 && auc < 1.0 && p.metrics->aucSe > 0.0) {
                logits.push_back(std::log(auc / (1.0 - auc)));
                logitErrors.push_back(p.metrics->aucSe / (auc * (1.0 - auc)));
            }
        }
        if (m_report.performance) {
            rows.append({ Tr::tr("All sites"), m_report.performance->auc,
                          m_report.performance->aucLower, m_report.performance->aucUpper, true });
        }
        const std::optional<analysis::RandomEffects> re = siteRandomEffects(logits, logitErrors);
        if (re && !rows.isEmpty())
            appendRandomEffectsRows(rows, *re, expit);
        const std::optional<Heterogeneity> h = aucHeterogeneity(m_report);
        const bool masked = m_report.study && m_report.study->mode == QLatin1String("masked");
        text = h ? Tr::tr("AUC between sites: Cochran's Q = %1 on %2 df (p = %3), I² = %4.")
                       .arg(number(h->q, 2))
                       .arg(h->df)
                       .arg(pValueText(h->p), percentText(h->i2, 0))
            : masked && logits.empty()
            ? Tr::tr("The study was masked, so the sites released only the pooled AUC: the AUC "
                     "cannot be compared between sites. A plain run (where the sites' policies "
                     "allow it) or Analyses ▸ Validate Across Sites gives one per site.")
            : Tr::tr("Heterogeneity needs the AUC of at least two sites; fewer released it.");
        if (re)
            text += QLatin1Char(' ') + randomEffectsText(*re, expit);
        if (!rows.isEmpty())
            chart = m_report.glm.coefficients.empty() // a registered model: not apparent
                ? new ForestChart(Tr::tr("AUC per site with 95% intervals"), rows, false, 0.5,
                                  Tr::tr("AUC"))
                : new ForestChart(Tr::tr("Apparent AUC per site with 95% intervals"), rows, false,
                                  0.5, Tr::tr("Apparent AUC"));
    } else {
        const int term = choice - 1;
        const bool ratios = m_report.glm.family != analysis::Family::Gaussian;
        const QStringList sites = m_siteEstimates->sites();
        std::vector<double> estimates, errors;
        for (int s = 0; s < sites.size(); ++s) {
            const double b = m_siteEstimates->estimate(term, s);
            const double se = m_siteEstimates->standardError(term, s);
            if (!std::isfinite(b) || !std::isfinite(se))
                continue;
            if (se > 0.0) {
                estimates.push_back(b);
                errors.push_back(se);
            }
            const double lo = b - 1.959963984540054 * se;
            const double hi = b + 1.959963984540054 * se;
            rows.append(ratios ? IntervalRow { sites[s], std::exp(b), std::exp(lo), std::exp(hi) }
                               : IntervalRow { sites[s], b, lo, hi });
        }
        const analysis::Coefficient &c = m_report.glm.coefficients[std::size_t(term)];
        rows.append(
            ratios
                ? IntervalRow { Tr::tr("Federated fit"), c.ratio.value_or(0),
                                c.ratioLower.value_or(0), c.ratioUpper.value_or(0), true }
                : IntervalRow { Tr::tr("Federated fit"), c.estimate, c.ciLower, c.ciUpper, true });
        const std::optional<analysis::RandomEffects> re = siteRandomEffects(estimates, errors);
        if (re)
            appendRandomEffectsRows(rows, *re, ratios ? exponential : identity);
        const std::optional<Heterogeneity> h = m_siteEstimates->heterogeneity(term);
        text = h ? Tr::tr("%1 between sites: Cochran's Q = %2 on %3 df (p = %4), I² = %5, "
                          "τ² = %6. Inverse-variance pooled estimate %7 (SE %8).")
                       .arg(QString::fromStdString(c.term), number(h->q, 2))
                       .arg(h->df)
                       .arg(pValueText(h->p), percentText(h->i2, 0), number(h->tau2, 4),
                            number(h->pooled, 3), number(h->pooledSe, 3))
                 : Tr::tr("Heterogeneity needs the estimate of at least two sites.");
        if (re)
            text += QLatin1Char(' ') + randomEffectsText(*re, ratios ? exponential : identity);
        chart
            = new ForestChart(Tr::tr("%1 per site").arg(QString::fromStdString(c.term)), rows,
                              ratios, ratios ? 1.0 : 0.0,
                              ratios ? Tr::tr("%1 (log scale)").arg(ratioName(m_report.glm.family))
                                     : Tr::tr("Estimate"));
    }
    m_heterogeneityLabel->setText(text);
    setChart(SitesPage, chart);
    m_siteChartView->setVisible(chart != nullptr);
}

QString ResultsView::studyText() const
{
    return m_report.study ? studiesSummary(runStudies(m_report)) : QString();
}

void ResultsView::setCurrentPage(Page page)
{
    if (m_pages->currentRow() == page)
        scrollToSection(page); // currentRowChanged does not fire for the row already chosen
    else
        m_pages->setCurrentRow(page);
}

ResultsView::Page ResultsView::currentPage() const
{
    return m_current;
}

QChartView *ResultsView::chartView(Page page) const
{
    if (page < 0 || page >= PageCount || !m_views[page] || !m_views[page]->isVisibleTo(this))
        return m_views[page] && m_views[page]->chart()
                && !m_views[page]->chart()->series().isEmpty()
            ? m_views[page]
            : nullptr;
    return m_views[page]->chart() && !m_views[page]->chart()->series().isEmpty() ? m_views[page]
                                                                                 : nullptr;
}

ForestChart *ResultsView::forestChart() const
{
    return qobject_cast<ForestChart *>(m_views[CoefficientsPage]->chart());
}

QStringList ResultsView::exportAll(const QString &directory, QString *error)
{
    QStringList written;
    auto note = [&](const QString &path, const QString &e) {
        if (e.isEmpty())
            written << path;
        else if (error && error->isEmpty())
            *error = e;
    };
    QDir dir(directory);
    for (int p = 0; p < PageCount; ++p) {
        QChartView *view = chartView(Page(p));
        if (!view)
            continue;
        for (const char *suffix : { "png", "svg", "pdf" }) {
            const QString path
                = dir.filePath(pageId(Page(p)) + QLatin1Char('.') + QLatin1String(suffix));
            note(path, exportChartView(view, path, QSize(900, 600)));
        }
    }
    const QString coefficients = dir.filePath(QStringLiteral("coefficients.csv"));
    note(coefficients, exportCsv(m_coefficients, coefficients));
    const QString sites = dir.filePath(QStringLiteral("sites.csv"));
    note(sites, exportCsv(m_siteModel, sites));
    if (m_siteEstimates->rowCount() > 0) {
        const QString perSite = dir.filePath(QStringLiteral("estimates-per-site.csv"));
        note(perSite, exportCsv(m_siteEstimates, perSite));
    }
    if (m_validation) {
        // The AUC forest is the section's chart above; the other measures follow it.
        for (ValidationMeasure m : kValidationMeasures) {
            QChartView *view = validationChartView(m);
            if (m == ValidationMeasure::Auc || !view || !view->chart()
                || view->chart()->series().isEmpty())
                continue;
            for (const char *suffix : { "png", "svg", "pdf" }) {
                const QString path = dir.filePath(QStringLiteral("validation-") + measureId(m)
                                                  + QLatin1Char('.') + QLatin1String(suffix));
                note(path, exportChartView(view, path, QSize(900, 600)));
            }
        }
        if (m_validationDecisionView->chart()
            && !m_validationDecisionView->chart()->series().isEmpty()) {
            for (const char *suffix : { "png", "svg", "pdf" }) {
                const QString path = dir.filePath(QStringLiteral("validation-decision-curve.")
                                                  + QLatin1String(suffix));
                note(path, exportChartView(m_validationDecisionView, path, QSize(900, 600)));
            }
        }
        const QString heldOut = dir.filePath(QStringLiteral("validation-sites.csv"));
        note(heldOut, exportCsv(m_heldOutModel, heldOut));
        if (m_pooledModel->rowCount() > 0) {
            const QString pooled = dir.filePath(QStringLiteral("validation-pooled.csv"));
            note(pooled, exportCsv(m_pooledModel, pooled));
        }
        if (m_fairnessModel->rowCount() > 0) {
            // The fairness panel: a forest per measure and the table of levels.
            for (ValidationMeasure m : kValidationMeasures) {
                for (const char *suffix : { "png", "svg", "pdf" }) {
                    const QString path = dir.filePath(QStringLiteral("fairness-") + measureId(m)
                                                      + QLatin1Char('.') + QLatin1String(suffix));
                    note(path, exportChartView(fairnessChartView(m), path, QSize(900, 600)));
                }
            }
            const QString fairness = dir.filePath(QStringLiteral("fairness.csv"));
            note(fairness, exportCsv(m_fairnessModel, fairness));
        }
    }
    return written;
}

void ResultsView::exportCurrentChart()
{
    QChartView *view = chartView(currentPage());
    if (!view) {
        QMessageBox::information(this, Tr::tr("Export chart"),
                                 Tr::tr("This page has no chart to export."));
        return;
    }
    saveChartInteractively(view, this, pageId(currentPage()));
}

void ResultsView::exportCurrentTable()
{
    const Page page = currentPage();
    if (page == ValidationPage && m_validation) {
        saveTableInteractively(m_heldOutModel, this, QStringLiteral("validation"));
        return;
    }
    if (page == SitesPage) {
        saveTableInteractively(m_siteEstimates->rowCount() > 0
                                   ? static_cast<QAbstractItemModel *>(m_siteEstimates)
                                   : m_siteModel,
                               this, QStringLiteral("sites"));
        return;
    }
    saveTableInteractively(m_coefficients, this, QStringLiteral("coefficients"));
}

QString ResultsView::reportProblem() const
{
    if (!m_report.designHash.isEmpty())
        return {};
    if (m_validation)
        return Tr::tr("The report is of a fitted model, with its validation as section 11. Run "
                      "this design on the sites (Run on Sites…), then export the report: the "
                      "validation of the same design is included. The validation alone can be "
                      "exported with Export chart… and Export table… on this page.");
    return Tr::tr("There is no result to report yet: run the design on the sites first.");
}

void ResultsView::exportReport()
{
    if (const QString problem = reportProblem(); !problem.isEmpty()) {
        QMessageBox::information(this, Tr::tr("Export report"), problem);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Export report"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + tripodReportFileName(m_report, m_labels),
        Tr::tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportOptions options = reportOptionsFor(m_report);
    options.labels = m_labels;
    // The report is of the fit shown: a validation of another design does not belong in it.
    if (m_validation && m_validation->designHash == m_report.designHash)
        options.validation = m_validation;
    const QString error = writeTripodReport(m_report, path, options);
    if (!error.isEmpty())
        QMessageBox::warning(this, Tr::tr("Export failed"), error);
}

} // namespace fairstart::ui
