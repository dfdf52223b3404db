// SPDX-License-Identifier: GPL-3.0-or-later
// Readable rows for the coefficients of a fit: "Maternal education: low" instead of the design
// column "maternal_educationlow", and a reference row ("high (reference)") before the levels of
// every categorical predictor, as epidemiological tables print them.
#pragma once

#include "fairstart/protocol/report.h"

#include <QList>
#include <QMap>
#include <QString>

namespace fairstart::ui {

struct TermRow {
    QString label; // what the reader sees
    QString term; // the design column ("" for a reference row)
    int coefficient = -1; // index into GlmResult::coefficients; -1 for a reference row
    bool reference() const { return coefficient < 0; }
};

// The rows of a fit in the order of its coefficients (the intercept first when `withIntercept`),
// with a reference row before each categorical predictor's levels. `labels` maps variable names
// to catalogue labels and levels to theirs (levelLabelKey); one without a label keeps its name.
QList<TermRow> termRows(const protocol::FitReport &report, const QMap<QString, QString> &labels,
                        bool withIntercept = true);

// A level's label in the same `labels` map (issue 17: the catalogue's level labels): under the
// key "variable=level" (a column name holds no '='). levelLabel gives the level's name when the
// map has no label for it.
QString levelLabelKey(const QString &variable, const QString &level);
QString levelLabel(const QMap<QString, QString> &labels, const QString &variable,
                   const QString &level);

// "OR [95% CI]" text of a ratio row, "1 (reference)" for a reference row.
QString ratioIntervalText(const analysis::Coefficient &c);
// Between the bounds of an interval: ", " or, where the comma is the decimal sign, "; ".
QString intervalSeparator();

} // namespace fairstart::ui
