// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/catalogue/cataloguemodel.h"

#include "fairstart/client/cataloguelabels.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QMimeData>

#include <algorithm>
#include <optional>

namespace fairstart::ui {

QString variableTypeName(protocol::VariableType type)
{
    switch (type) {
    case protocol::VariableType::Numeric:
        return Tr::tr("numeric");
    case protocol::VariableType::Categorical:
        return Tr::tr("categorical");
    case protocol::VariableType::Binary:
        return Tr::tr("yes/no");
    }
    return {};
}

QString releasedCountText(const protocol::ReleasedCount &count, int threshold)
{
    if (!count)
        return Tr::tr("< %1").arg(threshold);
    return Tr::tr("≈ %1").arg(QLocale().toString(*count));
}

namespace {

// The share of yes of a yes/no variable from its released (rounded) level counts, or the
// withheld text when the yes count was withheld; empty when the levels are not released.
QString yesShareText(const protocol::CatalogueVariable &v, int threshold)
{
    double total = 0;
    std::optional<protocol::ReleasedCount> yes;
    for (const protocol::CatalogueLevel &l : v.levels) {
        if (l.count)
            total += double(*l.count);
        if (l.name == QLatin1String("1") || l.name == QLatin1String("yes"))
            yes = l.count;
    }
    if (!yes)
        return {};
    if (!*yes)
        return Tr::tr("< %1 yes").arg(threshold);
    if (total <= 0)
        return {};
    return Tr::tr("%1 yes").arg(percentText(double(**yes) / total, 0));
}

// A site's cell: records with a value, for a yes/no variable its share of yes, and the records
// without a value, all as the site released them (rounded, small counts withheld).
QString siteCellText(const protocol::CatalogueVariable &v, int threshold)
{
    QStringList parts { releasedCountText(v.count, threshold) };
    if (v.type == protocol::VariableType::Binary) {
        const QString yes = yesShareText(v, threshold);
        if (!yes.isEmpty())
            parts << yes;
    }
    if (!v.missing || *v.missing > 0)
        parts << Tr::tr("%1 missing").arg(releasedCountText(v.missing, threshold));
    return parts.join(QStringLiteral(" · "));
}

// The levels of a categorical variable at a site with their released counts and shares.
QString siteLevelsText(const protocol::CatalogueVariable &v, int threshold)
{
    double total = 0;
    for (const protocol::CatalogueLevel &l : v.levels)
        total += l.count ? double(*l.count) : 0.0;
    QStringList lines;
    for (const protocol::CatalogueLevel &l : v.levels) {
        const QString name = levelDisplayText(l);
        lines << (l.count && total > 0
                      ? Tr::tr("%1: %2 (%3)")
                            .arg(name, releasedCountText(l.count, threshold),
                                 percentText(double(*l.count) / total, 0))
                      : Tr::tr("%1: %2").arg(name, releasedCountText(l.count, threshold)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QMap<QString, QString> catalogueLabels(const QList<CatalogueEntry> &entries)
{
    QList<protocol::CatalogueVariable> variables;
    variables.reserve(entries.size());
    for (const CatalogueEntry &e : entries)
        variables << e.variable;
    return client::catalogueLabels(variables);
}

QStringList CatalogueEntry::shownLevels() const
{
    QStringList out;
    for (const protocol::CatalogueLevel &l : variable.levels)
        out << levelDisplayText(l);
    return out;
}

QString CatalogueEntry::levelText(const QString &level) const
{
    for (const protocol::CatalogueLevel &l : variable.levels) {
        if (l.name == level)
            return levelDisplayText(l);
    }
    return level;
}

CatalogueModel::CatalogueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CatalogueModel::setSites(const QList<SiteCatalogue> &sites)
{
    beginResetModel();
    m_sites = sites;
    m_entries.clear();
    QMap<QString, QList<protocol::CatalogueVariable>> perVariable;
    for (int s = 0; s < m_sites.size(); ++s) {
        const protocol::CatalogueDataset *ds = m_sites.at(s).dataset();
        if (!ds)
            continue;
        for (const protocol::CatalogueVariable &v : ds->variables) {
            auto it
                = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const CatalogueEntry &e) { return e.variable.name == v.name; });
            if (it == m_entries.end()) {
                CatalogueEntry e;
                e.variable = v;
                e.availableAt = QList<bool>(m_sites.size(), false);
                m_entries.append(e);
                it = m_entries.end() - 1;
            }
            it->availableAt[s] = true;
            const bool catA = it->variable.type != protocol::VariableType::Numeric;
            const bool catB = v.type != protocol::VariableType::Numeric;
            it->typeConflict = it->typeConflict || catA != catB;
            perVariable[v.name] << v;
            for (const protocol::CatalogueLevel &l : v.levels) {
                if (!it->levels.contains(l.name))
                    it->levels.append(l.name);
            }
        }
    }
    for (CatalogueEntry &e : m_entries) {
        std::sort(e.levels.begin(), e.levels.end(), client::levelNameLess);
        e.variable = mergedCatalogueVariable(perVariable.value(e.variable.name));
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const CatalogueEntry &a, const CatalogueEntry &b) {
                  return a.variable.name < b.variable.name;
              });
    endResetModel();
}

const CatalogueEntry *CatalogueModel::entry(const QString &variable) const
{
    for (const CatalogueEntry &e : m_entries) {
        if (e.variable.name == variable)
            return &e;
    }
    return nullptr;
}

int CatalogueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstSiteColumn + int(m_sites.size());
}

QVariant CatalogueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogueEntry &e = m_entries.at(index.row());
    const int sites = int(m_sites.size());
    const int available = int(std::count(e.availableAt.begin(), e.availableAt.end(), true));
    switch (role) {
    case VariableNameRole:
        return e.variable.name;
    case CategoricalRole:
        // Yes/no variables are 0/1 numbers at the node: binary predictors, not factors.
        return e.variable.type == protocol::VariableType::Categorical;
    case SearchTextRole:
        return QStringList { e.variable.name, e.variable.label, e.levels.join(QLatin1Char(' ')),
                             e.shownLevels().join(QLatin1Char(' ')) }
            .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (index.column() >= FirstSiteColumn && index.column() - FirstSiteColumn < sites) {
            const int s = index.column() - FirstSiteColumn;
            const protocol::CatalogueVariable *v
                = e.availableAt.value(s) ? m_sites.at(s).variable(e.variable.name) : nullptr;
            if (v && !v->levels.isEmpty())
                return siteLevelsText(*v, m_sites.at(s).policy().minCell);
        }
        if (e.typeConflict)
            return Tr::tr("%1 is numeric at some sites and categorical at others: check with "
                          "the site administrators before using it.")
                .arg(e.variable.name);
        return e.variable.label.isEmpty() ? e.variable.name : e.variable.label;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return e.variable.name;
        case TypeColumn:
            return variableTypeName(e.variable.type);
        case LabelColumn:
            return e.variable.label;
        case LevelsColumn:
            // In the schema's order with its labels where the sites declare them (issue 17).
            return e.shownLevels().join(QStringLiteral(", "));
        case AvailabilityColumn:
            return Tr::tr("%1 of %n site(s)", nullptr, sites).arg(available);
        default: {
            const int s = index.column() - FirstSiteColumn;
            if (s < 0 || s >= sites)
                return {};
            if (!e.availableAt.value(s))
                return role == Qt::AccessibleTextRole ? QVariant(Tr::tr("not available"))
                                                      : QVariant(QStringLiteral("—"));
            const protocol::CatalogueVariable *v = m_sites.at(s).variable(e.variable.name);
            return v ? siteCellText(*v, m_sites.at(s).policy().minCell) : QVariant();
        }
        }
    case Qt::TextAlignmentRole:
        if (index.column() >= FirstSiteColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case NameColumn:
        return Tr::tr("Variable");
    case TypeColumn:
        return Tr::tr("Type");
    case LabelColumn:
        return Tr::tr("Label");
    case LevelsColumn:
        return Tr::tr("Levels");
    case AvailabilityColumn:
        return Tr::tr("Available");
    default:
        if (section - FirstSiteColumn < m_sites.size() && section >= FirstSiteColumn) {
            if (role == Qt::ToolTipRole)
                return Tr::tr("At %1: records with a value, the share of yes of a yes/no "
                              "variable and records without a value (rounded; small counts "
                              "withheld). A categorical variable's levels are in the cell's "
                              "tooltip.")
                    .arg(m_sites.at(section - FirstSiteColumn).site);
            return m_sites.at(section - FirstSiteColumn).site;
        }
        return {};
    }
}

Qt::ItemFlags CatalogueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QString CatalogueModel::variableMimeType()
{
    return QStringLiteral("application/x-fairstart-variable");
}

QStringList CatalogueModel::mimeTypes() const
{
    return { variableMimeType() };
}

QMimeData *CatalogueModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes) {
        if (!i.isValid())
            continue;
        auto *mime = new QMimeData;
        const QJsonObject o { { QStringLiteral("name"), data(i, VariableNameRole).toString() },
                              { QStringLiteral("categorical"),
                                data(i, CategoricalRole).toBool() } };
        mime->setData(variableMimeType(), QJsonDocument(o).toJson(QJsonDocument::Compact));
        mime->setText(o.value(QStringLiteral("name")).toString());
        return mime;
    }
    return nullptr;
}

} // namespace fairstart::ui
