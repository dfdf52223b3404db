// SPDX-License-Identifier: GPL-3.0-or-later
// Two runs side by side (Runs ▸ Compare Runs): what was asked (dataset, sites, records) and what
// came back (every coefficient, its odds or rate ratio, the fit and the evaluation), with the
// difference of the second from the first. A term only one run has says so instead of a number.
#pragma once

#include "fairstart/protocol/report.h"

#include <QDialog>
#include <QList>
#include <QMap>
#include <QString>

class QTableWidget;

namespace fairstart::ui {

struct ComparisonRow {
    QString label; // "Records", "age (estimate)", ...
    QString first;
    QString second;
    QString difference; // second − first where both are numbers; empty otherwise
    bool differs = false; // the runs disagree here (numbers beyond 1e-9 relative, or texts)
};

// Rows for two reports, the design's terms in the first run's order, then the second run's own.
// `labels`: the catalogue's variable labels, for the terms' names.
QList<ComparisonRow> compareReports(const protocol::FitReport &first,
                                    const protocol::FitReport &second,
                                    const QMap<QString, QString> &labels = {});

class RunComparisonDialog : public QDialog {
    Q_OBJECT

public:
    RunComparisonDialog(const QString &firstTitle, const protocol::FitReport &first,
                        const QString &secondTitle, const protocol::FitReport &second,
                        QWidget *parent = nullptr, const QMap<QString, QString> &labels = {});

    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace fairstart::ui
