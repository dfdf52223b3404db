// SPDX-License-Identifier: GPL-3.0-or-later
// Per-site tables of a run: the sites with their software and results, and each term's per-site
// estimates with the between-site heterogeneity.
#pragma once

#include "fairstart/protocol/report.h"
#include "fairstart/ui/results/heterogeneity.h"

#include <QAbstractTableModel>

namespace fairstart::ui {

// A site's state in a run record in words: "took part", "failed", "left out" (the record's
// "ok", "failed", "excluded").
QString siteStateText(const QString &state);

// One row per site: state, software versions, records used, AUC with its interval.
class SiteModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        StateColumn,
        NodeVersionColumn,
        EngineVersionColumn,
        ProtocolVersionColumn,
        CohortColumn,
        AucColumn,
        AucIntervalColumn,
        NoteColumn,
        ColumnCount
    };

    explicit SiteModel(QObject *parent = nullptr);
    void setReport(const protocol::FitReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const analysis::PerformanceMetrics *metrics(const QString &site) const;

    protocol::FitReport m_report;
};

// One row per term: the estimate (SE) of each site that released a fit, the inverse-variance
// pooled estimate, Cochran's Q with its p-value and I².
class SiteEstimatesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit SiteEstimatesModel(QObject *parent = nullptr);
    // Terms read as in the coefficient table (catalogue labels, see termRows).
    void setReport(const protocol::FitReport &report, const QMap<QString, QString> &labels = {});

    QStringList sites() const { return m_sites; }
    QStringList terms() const { return m_terms; }
    // Estimate and SE of term at site i; NaN when the site has no such estimate.
    double estimate(int term, int site) const;
    double standardError(int term, int site) const;
    std::optional<Heterogeneity> heterogeneity(int term) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_sites;
    QStringList m_terms;
    std::vector<std::vector<double>> m_estimates; // [term][site]
    std::vector<std::vector<double>> m_errors;
    std::vector<std::optional<Heterogeneity>> m_heterogeneity;
};

// Heterogeneity of the per-site AUCs (their DeLong SEs), nullopt below two sites.
std::optional<Heterogeneity> aucHeterogeneity(const protocol::FitReport &report);

} // namespace fairstart::ui
