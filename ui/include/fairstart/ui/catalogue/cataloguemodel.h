// SPDX-License-Identifier: GPL-3.0-or-later
// The variable catalogue of the federation: the union of the sites' variables (metadata only),
// with per-site availability, as an item model for the Catalogue dock and the validator.
#pragma once

#include "fairstart/client/federation.h"
#include "fairstart/client/sitesurvey.h"
#include "fairstart/protocol/messages.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace fairstart::ui {

// What the workbench knows about one site: its catalogue and, once fetched, its info (policy).
// The workbench analyses each site's first dataset (dataset()).
using client::SiteCatalogue;

// One row of the union: the variable as the first site describes it, and where it exists.
// `variable` merges the sites' (mergedCatalogueVariable): its levels in the order to show them,
// with their labels; `levels` are the level names sorted, as the design resolves them.
struct CatalogueEntry {
    protocol::CatalogueVariable variable;
    QStringList levels; // union over sites, sorted by name
    QList<bool> availableAt; // per site, in sites() order
    bool typeConflict = false; // numeric at one site, categorical at another

    QStringList shownLevels() const; // variable.levels' labels (names where none)
    QString levelText(const QString &level) const; // its label, else the name
};

// mergedCatalogueVariable and levelDisplayText (client/federation.h) merge and name the levels.
using client::levelDisplayText;
using client::mergedCatalogueVariable;
// The labels the results, reports and analyses name things by: variable name -> its label, and
// each labelled level under levelLabelKey(variable, level) (results/termlabels.h).
QMap<QString, QString> catalogueLabels(const QList<CatalogueEntry> &entries);

class CatalogueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        LabelColumn,
        LevelsColumn,
        AvailabilityColumn,
        FirstSiteColumn
    };
    enum Role { VariableNameRole = Qt::UserRole + 1, CategoricalRole, SearchTextRole };

    explicit CatalogueModel(QObject *parent = nullptr);

    void setSites(const QList<SiteCatalogue> &sites);
    const QList<SiteCatalogue> &sites() const { return m_sites; }
    const QList<CatalogueEntry> &entries() const { return m_entries; }
    const CatalogueEntry *entry(const QString &variable) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // The MIME type of a dragged variable: JSON {"name": ..., "categorical": bool}.
    static QString variableMimeType();

private:
    QList<SiteCatalogue> m_sites;
    QList<CatalogueEntry> m_entries;
};

QString variableTypeName(protocol::VariableType type); // translated
// "≈ 1,230" for a rounded count, "< 10" for a withheld one.
QString releasedCountText(const protocol::ReleasedCount &count, int threshold);

} // namespace fairstart::ui
