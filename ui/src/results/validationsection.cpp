// SPDX-License-Identifier: GPL-3.0-or-later
// The Validation section of the results document (issue 15): leave-one-site-out validation of
// the design, a forest plot per measure with the pooled estimate (diamond) and the prediction
// interval, the pooled lines and the per-site table. Part of ResultsView, kept apart from the
// apparent-performance sections.
#include "fairstart/ui/results/resultsview.h"

#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/tr.h"

#include <QChartView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fairstart::ui {

void ResultsView::buildValidationPage()
{
    m_heldOutModel = new QStandardItemModel(this);
    m_pooledModel = new QStandardItemModel(this);
    auto box = new QWidget;
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_validationNote = new QLabel;
    m_validationNote->setWordWrap(true);
    m_validationNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validationNote->setAccessibleName(Tr::tr("About the validation"));
    layout->addWidget(m_validationNote);
    m_pooledTable = makeTable(m_pooledModel, Tr::tr("Pooled validation measures"));
    layout->addWidget(m_pooledTable);
    for (ValidationMeasure m : kValidationMeasures) {
        auto view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(Tr::tr("%1 at each held-out site").arg(measureName(m)));
        view->setObjectName(QStringLiteral("validation-") + measureId(m));
        layout->addWidget(view);
        m_validationViews[int(m)] = view;
    }
    m_heldOutTable = makeTable(m_heldOutModel, Tr::tr("Performance at each held-out site"));
    layout->addWidget(m_heldOutTable);
    m_validationDecisionView = new QChartView;
    m_validationDecisionView->setRenderHint(QPainter::Antialiasing);
    m_validationDecisionView->setAccessibleName(Tr::tr("Decision curve at the held-out sites"));
    layout->addWidget(m_validationDecisionView);
    // The fairness panel (fairness.h): the levels of the subgroup variable chosen for the run.
    m_fairnessModel = new QStandardItemModel(this);
    m_fairnessNote = new QLabel;
    m_fairnessNote->setWordWrap(true);
    m_fairnessNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fairnessNote->setAccessibleName(Tr::tr("About the subgroups"));
    layout->addWidget(m_fairnessNote);
    m_fairnessTable = makeTable(m_fairnessModel, Tr::tr("Performance by subgroup"));
    layout->addWidget(m_fairnessTable);
    for (ValidationMeasure m : kValidationMeasures) {
        auto view = new QChartView;
        view->setRenderHint(QPainter::Antialiasing);
        view->setAccessibleName(Tr::tr("%1 by subgroup").arg(measureName(m)));
        view->setObjectName(QStringLiteral("fairness-") + measureId(m));
        layout->addWidget(view);
        m_fairnessViews[int(m)] = view;
    }
    addSection(ValidationPage, box);
    m_views[ValidationPage] = m_validationViews[int(ValidationMeasure::Auc)];
    updateValidation();
}

void ResultsView::setValidation(const ValidationSummary &validation)
{
    m_validation = validation;
    updateValidation();
}

void ResultsView::clearValidation()
{
    m_validation.reset();
    updateValidation();
}

QChartView *ResultsView::validationChartView(ValidationMeasure measure) const
{
    return m_validationViews[int(measure)];
}

QString ResultsView::validationNote() const
{
    return m_validationNote->text();
}

QChartView *ResultsView::fairnessChartView(ValidationMeasure measure) const
{
    return m_fairnessViews[int(measure)];
}

QString ResultsView::fairnessNote() const
{
    return m_fairnessNote->text();
}

void ResultsView::updateFairness()
{
    const std::optional<FairnessSummary> &f
        = m_validation ? m_validation->fairness : std::optional<FairnessSummary> {};
    int levels = 0;
    int pooledLevels = 0;
    if (f) {
        for (const FairnessRow &r : f->rows) {
            levels += r.site.isEmpty() ? 1 : 0;
            pooledLevels += r.site.isEmpty()
                    && std::any_of(r.values.begin(), r.values.end(),
                                   [](const std::optional<SiteInterval> &v) { return bool(v); })
                ? 1
                : 0;
        }
    }
    for (ValidationMeasure m : kValidationMeasures) {
        QChartView *view = m_fairnessViews[int(m)];
        QChart *old = view->chart();
        // A chart only for a measure with a pooled level: with none, the fourth walk saw an
        // empty forest on an axis from 0.4999999999 to 0.5000000001.
        bool drawable = false;
        if (f) {
            for (const FairnessRow &r : f->rows)
                drawable = drawable || (r.site.isEmpty() && r.values[std::size_t(m)]);
        }
        ForestChart *chart = levels > 0 && drawable ? makeFairnessForest(*f, m) : nullptr;
        view->setChart(chart ? static_cast<QChart *>(chart) : new QChart);
        delete old;
        view->setVisible(chart != nullptr);
        view->setMinimumHeight(chart ? std::max(260, 130 + 34 * levels) : 0);
    }
    fillFairnessModel(m_fairnessModel, f ? *f : FairnessSummary {});
    m_fairnessTable->setVisible(levels > 0);
    fitTableHeight(m_fairnessTable);
    if (!m_validation) {
        m_fairnessNote->clear();
        m_fairnessNote->setVisible(false);
        return;
    }
    m_fairnessNote->setVisible(true);
    if (!f) {
        m_fairnessNote->setText(
            Tr::tr("No subgroups: choose a subgroup variable (such as sex or income quintile) "
                   "in Analyses ▸ Validate Across Sites to see discrimination and calibration "
                   "by its levels."));
        return;
    }
    QString text
        = Tr::tr("<h3>By %1</h3>Each held-out site evaluated the model fitted on the other sites "
                 "for each level of %1, and released each level only when it passed its rules; a "
                 "withheld level shows the rule, never a number. Each level is pooled over the "
                 "held-out sites that released it with the same random-effects model as above.")
              .arg(f->label.toHtmlEscaped());
    if (levels > 0 && pooledLevels == 0)
        text += QStringLiteral("<p>")
            + Tr::tr("No level of %1 could be pooled: pooling needs at least three held-out "
                     "sites that released the level, so there is no chart. The table shows what "
                     "each site released, and why a level was withheld.")
                  .arg(f->label.toHtmlEscaped())
            + QStringLiteral("</p>");
    m_fairnessNote->setText(text);
}

void ResultsView::updateValidation()
{
    const bool have = m_validation.has_value();
    for (ValidationMeasure m : kValidationMeasures) {
        QChartView *view = m_validationViews[int(m)];
        QChart *old = view->chart();
        QChart *chart = nullptr;
        if (have && !m_validation->sites.isEmpty()) {
            chart = makeValidationForest(*m_validation, m);
            view->setMinimumHeight(std::max(300, 130 + 34 * int(m_validation->sites.size() + 2)));
        }
        view->setChart(chart ? chart : new QChart);
        delete old;
        view->setVisible(chart != nullptr);
    }
    {
        QChart *old = m_validationDecisionView->chart();
        QChart *chart = have ? makeValidationDecisionCurve(*m_validation) : nullptr;
        m_validationDecisionView->setChart(chart ? chart : new QChart);
        delete old;
        m_validationDecisionView->setVisible(chart != nullptr);
        m_validationDecisionView->setMinimumHeight(chart ? 420 : 0);
    }
    fillHeldOutSiteModel(m_heldOutModel, have ? *m_validation : ValidationSummary {});
    fillPooledMeasureModel(m_pooledModel, have ? *m_validation : ValidationSummary {});
    m_heldOutTable->setVisible(have);
    m_pooledTable->setVisible(have && m_pooledModel->rowCount() > 0);
    fitTableHeight(m_heldOutTable);
    fitTableHeight(m_pooledTable);
    updateFairness();
    if (!have) {
        m_validationNote->setText(
            Tr::tr("No validation yet. The performance above is apparent: the model is scored "
                   "on the records it was fitted on. Choose Analyses ▸ Validate Across Sites to "
                   "fit the model at all sites but one and evaluate it at the one left out, for "
                   "every site in turn."));
        return;
    }
    int evaluated = 0, withheld = 0, failed = 0;
    for (const HeldOutResult &s : m_validation->sites) {
        evaluated += s.state == HeldOutResult::State::Evaluated ? 1 : 0;
        withheld += s.state == HeldOutResult::State::Withheld ? 1 : 0;
        failed += s.state == HeldOutResult::State::Failed ? 1 : 0;
    }
    QStringList text;
    if (withheld == 0 && failed == 0) {
        // "0 withheld their evaluation and 0 failed" read as if something had gone wrong.
        text << Tr::tr("Internal–external cross-validation: for each site the model was fitted "
                       "on all other sites and evaluated at the site left out. Each of the %1 "
                       "sites was evaluated.")
                    .arg(m_validation->sites.size());
    } else {
        text << Tr::tr("Internal–external cross-validation: for each site the model was fitted "
                       "on all other sites and evaluated at the site left out. %1 of %2 sites "
                       "were evaluated; %3 withheld their evaluation and %4 failed.")
                    .arg(evaluated)
                    .arg(m_validation->sites.size())
                    .arg(withheld)
                    .arg(failed);
    }
    if (!m_validation->pooled.empty()) {
        text << Tr::tr("Each measure is pooled with a random-effects model (REML, Knapp–Hartung "
                       "95% CI, 95% prediction interval for a new site): the AUC on the logit "
                       "scale, observed/expected on the log scale. The diamond is the pooled "
                       "estimate with its CI, the dashed line the prediction interval.");
    }
    if (!m_validation->poolingProblem.isEmpty())
        text << m_validation->poolingProblem;
    if (!m_report.designHash.isEmpty() && !m_validation->designHash.isEmpty()
        && m_report.designHash != m_validation->designHash) {
        text << Tr::tr("This validation is of another design than the fit shown above (design "
                       "%1…); run the fit of this design to compare them.")
                    .arg(m_validation->designHash.left(19));
    }
    m_validationNote->setText(text.join(QLatin1Char(' ')));
}

} // namespace fairstart::ui
