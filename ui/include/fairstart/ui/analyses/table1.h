// SPDX-License-Identifier: GPL-3.0-or-later
// "Table 1" of a paper: the cohort described per site and pooled, from the descriptives the sites
// released. Numbers: mean (SD); yes/no: % yes; categories: n (%) per level in catalogue order.
// A withheld count stays "< threshold" and is never added into the pooled column.
#pragma once

#include "fairstart/client/federation.h"
#include "fairstart/client/maskeddescriptives.h"
#include "fairstart/protocol/messages.h"
#include "fairstart/protocol/study.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace fairstart::ui {

class StudyModel;

struct Table1Site {
    QString site;
    protocol::DescriptivesResponse descriptives;
    int threshold = 10; // the site's cell threshold
};

class Table1Model : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit Table1Model(QObject *parent = nullptr);

    // `types` and `labels` come from the catalogue (name -> type, name -> label). With `masked`
    // (a descriptives study's decoded sum, issue 14) the pooled column is that sum and `sites`
    // is empty: there is no per-site column.
    // `missing`: the sites asked (or configured) that are not in the pooled column (refused,
    // failed or offline); the column's title then names the sites it covers instead of "All
    // sites". `levelOrder`: per categorical variable, levels to list first in this order (the
    // catalogue's declared order, or the design's reference level first, as the results list
    // them); the others follow in the order the sites list them. `levelLabels`: per categorical
    // variable, what each level means (the catalogue's, issue 17); a level without one by name.
    void setData(const QList<Table1Site> &sites, const QMap<QString, protocol::VariableType> &types,
                 const QMap<QString, QString> &labels,
                 const client::PooledDescriptives *masked = nullptr,
                 const QStringList &missing = {}, const QMap<QString, QStringList> &levelOrder = {},
                 const QMap<QString, QMap<QString, QString>> &levelLabels = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text of a cell, for tests: row by its first column's text.
    QString cell(const QString &rowLabel, int column) const;

private:
    struct Row {
        QString label;
        QStringList cells; // one per site, then the pooled column
        bool heading = false;
    };
    QStringList m_columns;
    QList<Row> m_rows;
};

class Table1View : public QWidget {
    Q_OBJECT

public:
    explicit Table1View(QWidget *parent = nullptr);
    void setData(const QList<Table1Site> &sites, const QMap<QString, protocol::VariableType> &types,
                 const QMap<QString, QString> &labels, const QString &note = {},
                 const QStringList &missing = {}, const QMap<QString, QStringList> &levelOrder = {},
                 const QMap<QString, QMap<QString, QString>> &levelLabels = {});
    // The pooled column of a masked descriptives study only; the note says the mode.
    void setMaskedData(const client::PooledDescriptives &pooled,
                       const QMap<QString, protocol::VariableType> &types,
                       const QMap<QString, QString> &labels, const QString &note = {},
                       const QStringList &missing = {},
                       const QMap<QString, QStringList> &levelOrder = {},
                       const QMap<QString, QMap<QString, QString>> &levelLabels = {});
    // The descriptives study behind a masked Table 1 (issue 14), as the results show a fit's:
    // the mode, the participant set and every node's signature check (its signed manifest and
    // its signed masked descriptives). nullopt hides it (plain Table 1: no study).
    void setStudy(const std::optional<protocol::StudyRecord> &study);
    // The descriptives study and the studies of its pooled histograms' cells, grouped per study.
    void setStudies(const QList<protocol::StudyRecord> &studies);
    // Issue 14: the pooled histograms (one per numeric variable, on the finest lattice common
    // to every site: a masked study's decoded sums, or in plain mode the sites' released
    // histograms pooled, client::plainPooledHistograms), under the table for the variable
    // chosen; a variable without one says why. Empty hides them. `labels`: the catalogue's, for
    // the chart's title.
    void setHistograms(const QList<client::PooledHistogram> &histograms,
                       const QMap<QString, QString> &labels = {});
    QComboBox *histogramVariable() const { return m_histogramVariable; }
    QChartView *histogramChart() const { return m_histogramChart; }
    // The sentence under the chart (the lattice and what is outside it, or why there is none).
    QString histogramText() const;
    bool masked() const { return m_masked; }
    QString note() const;
    // The study's summary (mode, participants, "every site signed"), empty without a study.
    QString studyText() const;
    Table1Model *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    StudyModel *studyModel() const { return m_studyModel; }
    QTableView *studyTable() const { return m_studyTable; }

private:
    Table1Model *m_model;
    QTableView *m_table;
    QLabel *m_note;
    StudyModel *m_studyModel;
    QLabel *m_study;
    QTableView *m_studyTable;
    QWidget *m_histogramBox;
    QComboBox *m_histogramVariable;
    QChartView *m_histogramChart;
    QLabel *m_histogramNote;
    QList<client::PooledHistogram> m_histograms;
    QMap<QString, QString> m_labels;
    bool m_masked = false;

    void showHistogram(int index);
};

// Table 1's window title under `purpose` (as purposeText shows it): "by site" in plain mode,
// where it has a column per site; a masked Table 1 over `maskedSites` sites has the pooled
// column alone and its title says so ("pooled over 3 sites, masked"), not "by site".
QString table1Title(const QString &purpose, int maskedSites = 0);

// Analyses ▸ Table 1 as the menu names it for `onlineSites` sites that answer: "by Site" with one
// or two (a column per site), "Pooled over Sites" with three or more, where Table 1 is a masked
// study with the pooled column alone (the menu said "by Site" over it, walk3). The status tip
// says why there is no column per site.
QString table1ActionText(int onlineSites);
QString table1ActionTip(int onlineSites);

// What the workbench says when the masked descriptives study (Table 1 over three or more sites)
// ends without a result: every site that refused or failed (`error` and `others`,
// MaskedDescriptivesRun::otherErrors), each by its name and in the user's words, not the first
// alone.
QString maskedDescriptivesFailureText(const client::SiteError &error,
                                      const QList<client::SiteError> &others);

} // namespace fairstart::ui
