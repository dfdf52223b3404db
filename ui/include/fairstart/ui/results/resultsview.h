// SPDX-License-Identifier: GPL-3.0-or-later
// The results of one federated run as one scrolling document, section by section: coefficients
// with the linked forest plot, convergence, discrimination (ROC), calibration, the distribution of
// predicted risk, and the sites (per-site estimates, AUC and heterogeneity). Every table copies
// itself as HTML and CSV (Ctrl+C, context menu). Self-contained: the main window hosts it
// and passes a FitReport; every chart and table exports itself.
#pragma once

#include "fairstart/protocol/report.h"
#include "fairstart/ui/results/validation.h"

#include <QElapsedTimer>
#include <QMap>
#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QListWidget;
class QScrollArea;
class QVBoxLayout;
class QTableView;
class QComboBox;
class QStandardItemModel;

namespace fairstart::ui {

class CoefficientModel;
class ForestChart;
class SiteEstimatesModel;
class SiteModel;
class StudyModel;

class ResultsView : public QWidget {
    Q_OBJECT

public:
    enum Page {
        CoefficientsPage,
        ConvergencePage,
        DiscriminationPage,
        CalibrationPage,
        RiskDistributionPage,
        DecisionCurvePage,
        SitesPage,
        ValidationPage, // leave-one-site-out validation, from a validation run (setValidation)
        PageCount
    };

    explicit ResultsView(QWidget *parent = nullptr);
    ~ResultsView() override;

    void setReport(const protocol::FitReport &report);
    // Catalogue labels of the variables (name -> label), for readable rows; applies to the next
    // setReport and to the report.
    void setVariableLabels(const QMap<QString, QString> &labels) { m_labels = labels; }
    const protocol::FitReport &report() const { return m_report; }

    void setCurrentPage(Page page);
    Page currentPage() const;
    static QString pageTitle(Page page);

    // The main chart of a page (nullptr when the report has nothing to draw there).
    QChartView *chartView(Page page) const;
    // The per-site chart (AUC per site, or the selected term's per-site estimates).
    QChartView *siteChartView() const { return m_siteChartView; }
    ForestChart *forestChart() const;
    QTableView *coefficientTable() const { return m_coefficientTable; }
    CoefficientModel *coefficientModel() const { return m_coefficients; }
    SiteModel *siteModel() const { return m_siteModel; }
    SiteEstimatesModel *siteEstimatesModel() const { return m_siteEstimates; }
    StudyModel *studyModel() const { return m_study; }
    QString studyText() const; // the study's summary, empty before protocol 2

    // The leave-one-site-out validation of the design (a run of its own): the Validation
    // section's forest plots per measure and its tables. Kept across setReport for the same
    // design; a report of another design clears it.
    void setValidation(const ValidationSummary &validation);
    void clearValidation();
    const std::optional<ValidationSummary> &validation() const { return m_validation; }
    // Why Export Report cannot write a report now (empty when it can): the TRIPOD report is of a
    // fitted model, with a validation of the same design as its section 11; a validation alone
    // gave a report of empty fit sections without the validation.
    QString reportProblem() const;
    QChartView *validationChartView(ValidationMeasure measure) const;
    QChartView *validationDecisionView() const { return m_validationDecisionView; }
    QStandardItemModel *heldOutSiteModel() const { return m_heldOutModel; }
    QStandardItemModel *pooledMeasureModel() const { return m_pooledModel; }
    QString validationNote() const;
    // The fairness panel of the validation (a subgroup variable chosen for it): one forest plot
    // per measure, one row per level, and the table of levels by held-out site.
    QChartView *fairnessChartView(ValidationMeasure measure) const;
    QStandardItemModel *fairnessModel() const { return m_fairnessModel; }
    QString fairnessNote() const;

    // Exports everything of the result into a folder: every chart as PNG, SVG and PDF, every
    // table as CSV. Returns the files written; *error holds the first failure.
    QStringList exportAll(const QString &directory, QString *error = nullptr);

public Q_SLOTS:
    void exportReport(); // asks for a file name, writes the TRIPOD PDF report
    void exportCurrentChart(); // asks for a file name (PNG, SVG or PDF)
    void exportCurrentTable(); // asks for a file name (CSV)

Q_SIGNALS:
    void currentPageChanged(fairstart::ui::ResultsView::Page page);

private:
    void buildCoefficientsPage();
    void buildChartPage(Page page, const QString &emptyText);
    void buildSitesPage();
    void buildValidationPage(); // validationsection.cpp
    void updateValidation();
    void updateSiteChart();
    void setChart(Page page, QChart *chart);
    QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName);
    QWidget *addSection(Page page, QWidget *content);
    static void fitTableHeight(QTableView *table);
    void scrollToSection(Page page);
    void applyPendingScroll();

    protocol::FitReport m_report;
    QMap<QString, QString> m_labels;
    std::optional<Page> m_pendingScroll; // a section to bring to the top once it is laid out
    QElapsedTimer m_pendingScrollClock; // since the request: it lapses after a second
    QListWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_document = nullptr;
    QWidget *m_sections[PageCount] = {};
    Page m_current = CoefficientsPage;
    QLabel *m_summary = nullptr;
    CoefficientModel *m_coefficients = nullptr;
    QTableView *m_coefficientTable = nullptr;
    QChartView *m_views[PageCount] = {};
    QLabel *m_notes[PageCount] = {};
    SiteModel *m_siteModel = nullptr;
    SiteEstimatesModel *m_siteEstimates = nullptr;
    QTableView *m_siteTable = nullptr;
    StudyModel *m_study = nullptr;
    QLabel *m_studyLabel = nullptr;
    QTableView *m_studyTable = nullptr;
    QTableView *m_siteEstimatesTable = nullptr;
    QComboBox *m_siteChartChoice = nullptr;
    QChartView *m_siteChartView = nullptr;
    QLabel *m_heterogeneityLabel = nullptr;
    // Validation section (validationsection.cpp).
    std::optional<ValidationSummary> m_validation;
    QLabel *m_validationNote = nullptr;
    QStandardItemModel *m_heldOutModel = nullptr;
    QStandardItemModel *m_pooledModel = nullptr;
    QTableView *m_pooledTable = nullptr;
    QTableView *m_heldOutTable = nullptr;
    QChartView *m_validationViews[4] = {};
    QChartView *m_validationDecisionView = nullptr;
    QLabel *m_fairnessNote = nullptr;
    QStandardItemModel *m_fairnessModel = nullptr;
    QTableView *m_fairnessTable = nullptr;
    QChartView *m_fairnessViews[4] = {};
    void updateFairness();
};

} // namespace fairstart::ui
