// SPDX-License-Identifier: GPL-3.0-or-later
// The whole result of a run as a PDF report organised along the TRIPOD items (source of data,
// participants and cohort flow, outcome, predictors, sample size, missing data, model
// specification, model performance, per-site results, limitations), with the sites, their
// software versions and the design hash.
#pragma once

#include "fairstart/protocol/report.h"
#include "fairstart/ui/results/validation.h"

#include <QMap>
#include <QString>

class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace fairstart::ui {

// Counts in the cohort flow are rounded to this multiple (the nodes' catalogue rounding) and
// counts below the cell threshold are written as "< threshold".
struct ReportOptions {
    int rounding = 10;
    int cellThreshold = 10;
    bool charts = true; // embed the forest plot, ROC and calibration charts
    QMap<QString, QString> labels; // variable -> catalogue label, for readable term names
    // Leave-one-site-out validation of the same design: the report's validation section.
    std::optional<ValidationSummary> validation;
};

// Options taken from the sites' policies (the largest rounding and threshold of any site).
ReportOptions reportOptionsFor(const protocol::FitReport &report);

// The report as a document (HTML with the charts as image resources); the caller owns it. With
// a `device` (set up by setUpReportPage) the document is laid out on its pages: page size, text
// width and resolution are the device's, as printReport draws it.
QTextDocument *buildTripodReport(const protocol::FitReport &report, const ReportOptions &options,
                                 QPagedPaintDevice *device = nullptr);
// A4, 15 mm margins, 300 dpi.
void setUpReportPage(QPdfWriter *writer);
// Draws a document laid out on `device` page by page, with the title and "Page i of n" below.
QString printReport(QTextDocument *doc, QPagedPaintDevice *device);
QString tripodReportHtml(const protocol::FitReport &report, const ReportOptions &options);

// Writes the PDF (A4). Empty on success, else what went wrong and what to do.
QString writeTripodReport(const protocol::FitReport &report, const QString &path);
QString writeTripodReport(const protocol::FitReport &report, const QString &path,
                          const ReportOptions &options);

// "≈ 1,230" rounded to `rounding`, "< threshold" when the count is below it, "0" for a zero
// (which the nodes release as such).
// The name Export report suggests: the report's heading in the user's language ("Prediction
// model for preterm.pdf", "Voorspellingsmodel voor preterm.pdf"), as the parent sheet's name is
// its heading; characters a file system may refuse become spaces.
// The outcome by its catalogue label (`labels`, as the report's heading), its column without one.
QString tripodReportFileName(const protocol::FitReport &report,
                             const QMap<QString, QString> &labels = {});

// Events per parameter: "696" for a whole number, "10.4" otherwise.
QString eventsPerParameterText(double value);
// "Cohort: the complete cases of Apgar score, Smoking and the model's variables." for a cohort
// pinned to complete cases (ModelSpec::completeCases), by catalogue labels; empty without one.
QString completeCasesText(const analysis::ModelSpec &spec, const QMap<QString, QString> &labels);

QString roundedCountText(double count, int rounding, int threshold);

} // namespace fairstart::ui
