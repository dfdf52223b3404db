// SPDX-License-Identifier: GPL-3.0-or-later
// Analyses ▸ Validate Across Sites (issue 15), kept out of mainwindow.cpp: the dialog that runs
// client::ValidationRun for the current design and hands its result to the results document.
#include "fairstart/protocol/codec.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/results/resultsview.h"
#include "fairstart/ui/sites/sitesmodel.h"
#include "fairstart/ui/tr.h"
#include "fairstart/ui/validationdialog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>

namespace fairstart::ui {

ValidationDialog *MainWindow::validateAcrossSites()
{
    if (refuseDesign(Tr::tr("Validate across sites")))
        return nullptr;
    const analysis::ModelSpec spec = m_doc->toSpec();
    if (spec.family != analysis::Family::Binomial) {
        QMessageBox::information(this, Tr::tr("Validate across sites"),
                                 Tr::tr("Validation measures discrimination and calibration of "
                                        "a risk model: set the Model block to logistic "
                                        "regression (a yes/no outcome) first."));
        return nullptr;
    }
    QStringList purposes;
    QStringList datasets;
    for (const SiteStatus &s : m_sites->statuses()) {
        if (!s.catalogue.info)
            continue;
        for (const QString &p : s.catalogue.info->purposes) {
            if (!purposes.contains(p))
                purposes.append(p);
        }
        for (const QString &d : s.catalogue.info->datasets) {
            if (!datasets.contains(d))
                datasets.append(d);
        }
    }
    auto *dialog = new ValidationDialog(m_sites->sites(), purposes, datasets, spec,
                                        m_doc->evaluationSettings().thresholds, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    logRequest({ { QStringLiteral("kind"), QStringLiteral("validate-opened") },
                 { QStringLiteral("spec"), protocol::toJson(spec) } });
    connect(dialog, &ValidationDialog::finished, this, [this](const ValidationSummary &summary) {
        logRequest({ { QStringLiteral("kind"), QStringLiteral("validate-finished") },
                     { QStringLiteral("design"), summary.designHash } });
        m_results->setValidation(summary);
        m_results->setCurrentPage(ResultsView::ValidationPage);
        m_work->setCurrentWidget(m_results);
        statusMessage(Tr::tr("The validation finished; its results are in the Validation "
                             "section."));
    });
    connect(dialog, &ValidationDialog::failed, this, [this](const QString &message) {
        statusMessage(Tr::tr("The validation stopped: %1").arg(message));
    });
    dialog->show();
    return dialog;
}

} // namespace fairstart::ui
