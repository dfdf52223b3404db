// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/sitemodels.h"
#include "fairstart/ui/results/rulenotes.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/termlabels.h"

#include "fairstart/ui/tr.h"
#include <QHash>

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fairstart::ui {

QString siteStateText(const QString &state)
{
    if (state == QLatin1String("ok"))
        return Tr::tr("took part");
    if (state == QLatin1String("failed"))
        return Tr::tr("failed");
    if (state == QLatin1String("excluded"))
        return Tr::tr("left out");
    return state;
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

// ---- SiteModel -------------------------------------------------------------------------------

SiteModel::SiteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SiteModel::setReport(const protocol::FitReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

const analysis::PerformanceMetrics *SiteModel::metrics(const QString &site) const
{
    for (const protocol::SitePerformance &p : m_report.perSite) {
        if (p.site == site && p.metrics)
            return &*p.metrics;
    }
    return nullptr;
}

int SiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.sites.size());
}

int SiteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::SiteRecord &s = m_report.sites[index.row()];
    const analysis::PerformanceMetrics *m = metrics(s.name);
    const bool display = role == Qt::DisplayRole || role == ExportRole;
    switch (index.column()) {
    case SiteColumn:
        return display ? QVariant(s.name) : QVariant();
    case StateColumn:
        return display ? QVariant(siteStateText(s.state)) : QVariant();
    case NodeVersionColumn:
        return display ? QVariant(s.nodeVersion) : QVariant();
    case EngineVersionColumn:
        return display ? QVariant(s.engineVersion) : QVariant();
    case ProtocolVersionColumn:
        return display ? QVariant(s.protocolVersion) : QVariant();
    case CohortColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(s.cohortSize);
        if (role == ExportRole)
            return QString::number(s.cohortSize);
        if (role == ValueRole)
            return double(s.cohortSize);
        return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                             : QVariant();
    case AucColumn:
        if (!m)
            return display ? QVariant(QString()) : QVariant();
        if (role == Qt::DisplayRole)
            return number(m->auc, 3);
        if (role == ExportRole)
            return exactNumber(m->auc);
        if (role == ValueRole)
            return m->auc;
        return {};
    case AucIntervalColumn:
        if (!m || !display)
            return display ? QVariant(QString()) : QVariant();
        return Tr::tr("%1 to %2").arg(number(m->aucLower, 3), number(m->aucUpper, 3));
    case NoteColumn: {
        if (!display)
            return {};
        // In the reader's language from the rule's code where the run kept it (issue 17).
        QString note = siteErrorText(s);
        for (const protocol::SitePerformance &p : m_report.perSite) {
            const QString text = sitePerformanceNoteText(p);
            if (p.site == s.name && !p.metrics && !text.isEmpty())
                note = note.isEmpty() ? text : note + QStringLiteral("; ") + text;
        }
        return note;
    }
    default:
        return {};
    }
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    switch (section) {
    case SiteColumn:
        return Tr::tr("Site");
    case StateColumn:
        return Tr::tr("State");
    case NodeVersionColumn:
        return Tr::tr("Node version");
    case EngineVersionColumn:
        return Tr::tr("Engine version");
    case ProtocolVersionColumn:
        return Tr::tr("Protocol");
    case CohortColumn:
        return Tr::tr("Records used");
    // A registered model's evaluation (nothing fitted in the run) is not apparent.
    case AucColumn:
        return m_report.glm.coefficients.empty() ? Tr::tr("AUC") : Tr::tr("Apparent AUC");
    case AucIntervalColumn:
        return m_report.glm.coefficients.empty() ? Tr::tr("AUC 95% CI")
                                                 : Tr::tr("Apparent AUC 95% CI");
    case NoteColumn:
        return Tr::tr("Note");
    default:
        return {};
    }
}

// ---- SiteEstimatesModel ----------------------------------------------------------------------

SiteEstimatesModel::SiteEstimatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SiteEstimatesModel::setReport(const protocol::FitReport &report,
                                   const QMap<QString, QString> &labels)
{
    QHash<QString, QString> readable;
    for (const TermRow &t : termRows(report, labels))
        readable.insert(t.term, t.label);
    beginResetModel();
    m_sites.clear();
    m_terms.clear();
    m_estimates.clear();
    m_errors.clear();
    m_heterogeneity.clear();
    QList<const analysis::GlmResult *> fits;
    for (const protocol::SiteFit &f : report.perSiteFits) {
        if (f.glm) {
            m_sites << f.site;
            fits << &*f.glm;
        }
    }
    for (const analysis::Coefficient &c : report.glm.coefficients) {
        const QString term = QString::fromStdString(c.term);
        m_terms << readable.value(term, term);
        std::vector<double> b, s;
        for (const analysis::GlmResult *g : fits) {
            double est = kNaN, se = kNaN;
            for (const analysis::Coefficient &sc : g->coefficients) {
                if (sc.term == c.term) {
                    est = sc.estimate;
                    se = sc.stdError;
                }
            }
            b.push_back(est);
            s.push_back(se);
        }
        m_heterogeneity.push_back(cochranQ(b, s));
        m_estimates.push_back(std::move(b));
        m_errors.push_back(std::move(s));
    }
    endResetModel();
}

double SiteEstimatesModel::estimate(int term, int site) const
{
    return m_estimates.at(std::size_t(term)).at(std::size_t(site));
}

double SiteEstimatesModel::standardError(int term, int site) const
{
    return m_errors.at(std::size_t(term)).at(std::size_t(site));
}

std::optional<Heterogeneity> SiteEstimatesModel::heterogeneity(int term) const
{
    return m_heterogeneity.at(std::size_t(term));
}

int SiteEstimatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_sites.isEmpty() ? 0 : int(m_terms.size());
}

int SiteEstimatesModel::columnCount(const QModelIndex &parent) const
{
    // term | one per site | pooled | Q | p | I²
    return parent.isValid() ? 0 : 1 + int(m_sites.size()) + 4;
}

QVariant SiteEstimatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int t = index.row();
    const int c = index.column();
    const int k = int(m_sites.size());
    const bool display = role == Qt::DisplayRole;
    if (c == 0)
        return display || role == ExportRole ? QVariant(m_terms[t]) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // One number of decimals per term, enough for its smallest standard error to show a digit:
    // a coefficient per gram read "-0.001 (0.000)" at every site and pooled (walk, 2026-12-06).
    const std::optional<Heterogeneity> &h = m_heterogeneity[std::size_t(t)];
    const auto decimals = [&] {
        double smallest = std::numeric_limits<double>::infinity();
        for (int i = 0; i < k; ++i) {
            const double se = standardError(t, i);
            if (std::isfinite(se) && se > 0)
                smallest = std::min(smallest, se);
        }
        if (h && std::isfinite(h->pooledSe) && h->pooledSe > 0)
            smallest = std::min(smallest, h->pooledSe);
        return std::isfinite(smallest) ? decimalsFor(smallest, 3) : 3;
    };
    if (c <= k) {
        const double b = estimate(t, c - 1);
        const double s = standardError(t, c - 1);
        if (!std::isfinite(b))
            return display || role == ExportRole ? QVariant(Tr::tr("not estimated")) : QVariant();
        if (display) {
            const int d = decimals();
            return Tr::tr("%1 (%2)").arg(number(b, d), number(s, d));
        }
        if (role == ExportRole)
            return exactNumber(b);
        if (role == ValueRole)
            return b;
        return {};
    }
    if (!h)
        return display || role == ExportRole ? QVariant(QString()) : QVariant();
    double value = 0.0;
    switch (c - k) {
    case 1:
        value = h->pooled;
        break;
    case 2:
        value = h->q;
        break;
    case 3:
        value = h->p;
        break;
    case 4:
        value = h->i2;
        break;
    default:
        return {};
    }
    if (display) {
        switch (c - k) {
        case 1: {
            const int d = decimals();
            return Tr::tr("%1 (%2)").arg(number(h->pooled, d), number(h->pooledSe, d));
        }
        case 2:
            return Tr::tr("%1 on %2 df").arg(number(h->q, 2)).arg(h->df);
        case 3:
            return pValueText(h->p);
        default:
            return percentText(h->i2, 0);
        }
    }
    if (role == ExportRole)
        return exactNumber(value);
    if (role == ValueRole)
        return value;
    return {};
}

QVariant SiteEstimatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    const int k = int(m_sites.size());
    if (section == 0)
        return Tr::tr("Term");
    // On screen a title takes two lines (the site over "estimate (SE)", "p" over
    // "(heterogeneity)"): on one line three sites' columns needed a horizontal scroll bar at a
    // window of 1200 px (issue 17). An export keeps the site's name alone.
    if (section >= 1 && section <= k)
        return role == ExportRole ? m_sites[section - 1]
                                  : Tr::tr("%1\nestimate (SE)").arg(m_sites[section - 1]);
    if (role == Qt::DisplayRole) {
        QString title = headerData(section, orientation, ExportRole).toString();
        const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
        if (title.size() > 5 && space > 0)
            title[space] = QLatin1Char('\n');
        return title;
    }
    switch (section - k) {
    case 1:
        return Tr::tr("Pooled (SE)");
    case 2:
        return Tr::tr("Cochran's Q");
    case 3:
        return Tr::tr("p (heterogeneity)");
    case 4:
        return Tr::tr("I²");
    default:
        return {};
    }
}

std::optional<Heterogeneity> aucHeterogeneity(const protocol::FitReport &report)
{
    std::vector<double> auc, se;
    for (const protocol::SitePerformance &p : report.perSite) {
        if (p.metrics) {
            auc.push_back(p.metrics->auc);
            se.push_back(p.metrics->aucSe);
        }
    }
    return cochranQ(auc, se);
}

} // namespace fairstart::ui
