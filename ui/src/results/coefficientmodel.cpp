// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/coefficientmodel.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QFont>

#include <cmath>

#include <optional>

namespace fairstart::ui {

QString ratioName(analysis::Family family)
{
    switch (family) {
    case analysis::Family::Binomial:
        return Tr::tr("Odds ratio");
    case analysis::Family::Poisson:
        return Tr::tr("Rate ratio");
    case analysis::Family::Gaussian:
        return {};
    }
    return {};
}

QString ratioAbbreviation(analysis::Family family)
{
    switch (family) {
    case analysis::Family::Binomial:
        return Tr::tr("OR");
    case analysis::Family::Poisson:
        return Tr::tr("RR");
    case analysis::Family::Gaussian:
        return {};
    }
    return {};
}

QString baselineName(analysis::Family family)
{
    switch (family) {
    case analysis::Family::Binomial:
        return Tr::tr("baseline odds");
    case analysis::Family::Poisson:
        return Tr::tr("baseline rate");
    case analysis::Family::Gaussian:
        return {};
    }
    return {};
}

QString baselineExplanation(analysis::Family family)
{
    switch (family) {
    case analysis::Family::Binomial:
        return Tr::tr("For the intercept the odds ratio column shows the baseline odds: the odds "
                      "of the outcome when every predictor is at its reference level or 0. It is "
                      "not an odds ratio.");
    case analysis::Family::Poisson:
        return Tr::tr("For the intercept the rate ratio column shows the baseline rate: the rate "
                      "when every predictor is at its reference level or 0. It is not a rate "
                      "ratio.");
    case analysis::Family::Gaussian:
        return {};
    }
    return {};
}

namespace {

QString wrappedTerm(const QString &term, const QString &at, bool keepFirst)
{
    // On screen a long term takes two lines ("Mother's education:" over "Intermediate
    // (secondary)"), as the forest plot writes it: one line of 44 characters made the term
    // column as wide as three columns of numbers, and with a per-gram term's numbers ("-0.00061",
    // "0.99939") the ten columns needed a horizontal scroll bar in the 1440 px window (walk 3).
    constexpr qsizetype kOneLine = 24;
    if (term.size() <= kOneLine || term.contains(QLatin1Char('\n')))
        return term;
    const qsizetype i = term.indexOf(at);
    if (i <= 0) {
        // Any other long term (a spline's basis, an interaction) at the space nearest its
        // middle.
        qsizetype best = -1;
        for (qsizetype j = term.indexOf(QLatin1Char(' ')); j > 0;
             j = term.indexOf(QLatin1Char(' '), j + 1)) {
            if (best < 0 || std::abs(j - term.size() / 2) < std::abs(best - term.size() / 2))
                best = j;
        }
        return best < 0 ? term : term.left(best) + QLatin1Char('\n') + term.mid(best + 1);
    }
    // "Variable: level" breaks after the colon, "Intercept (OR: …)" before the bracket.
    const qsizetype cut = keepFirst ? i + at.trimmed().size() : i;
    return term.left(cut) + QLatin1Char('\n') + term.mid(cut).trimmed();
}

// A column title on two lines, or three when two would leave a line wider than the numbers
// below it: the German "95%-KI untere Grenze" over two lines ("95%-KI untere" / "Grenze") kept
// the table scrolling sideways at 1440 px (walk3); "95%-KI" / "untere" / "Grenze" does not.
// English titles ("95% CI" / "lower") stay on two.
QString headerLines(const QString &title)
{
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return title;
    // The split into `lines` lines (at most three) whose longest line is shortest.
    auto widest = [](const QStringList &lines) {
        qsizetype w = 0;
        for (const QString &l : lines)
            w = std::max(w, l.size());
        return w;
    };
    QStringList two;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QStringList candidate { words.mid(0, i).join(QLatin1Char(' ')),
                                      words.mid(i).join(QLatin1Char(' ')) };
        if (two.isEmpty() || widest(candidate) < widest(two))
            two = candidate;
    }
    // A number column is about eight characters wide ("-0.00061", "[0.49,"): a title line
    // wider than that widens the column.
    constexpr qsizetype kNumberWidth = 8;
    if (widest(two) <= kNumberWidth || words.size() < 3)
        return two.join(QLatin1Char('\n'));
    QStringList three;
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const QStringList candidate { words.mid(0, i).join(QLatin1Char(' ')),
                                          words.mid(i, j - i).join(QLatin1Char(' ')),
                                          words.mid(j).join(QLatin1Char(' ')) };
            if (three.isEmpty() || widest(candidate) < widest(three))
                three = candidate;
        }
    }
    return (widest(three) < widest(two) ? three : two).join(QLatin1Char('\n'));
}

} // namespace

CoefficientModel::CoefficientModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CoefficientModel::setResult(const analysis::GlmResult &result)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    for (std::size_t i = 0; i < result.coefficients.size(); ++i) {
        const QString term = QString::fromStdString(result.coefficients[i].term);
        m_rows.append({ term, term, int(i) });
    }
    endResetModel();
}

void CoefficientModel::setReport(const protocol::FitReport &report,
                                 const QMap<QString, QString> &labels)
{
    beginResetModel();
    m_result = report.glm;
    m_rows = termRows(report, labels);
    endResetModel();
}

bool CoefficientModel::hasRatios() const
{
    return m_result.family != analysis::Family::Gaussian;
}

int CoefficientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoefficientModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return hasRatios() ? ColumnCount : RatioColumn;
}

QVariant CoefficientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TermRow &row = m_rows[index.row()];
    if (index.column() == TermColumn) {
        // The intercept's ratio cell holds the baseline odds (rate), not a ratio: its term says
        // so, where the words do not widen the ratio column past the window (a number there, as
        // in every other row, keeps the ten columns inside a results document of about 730 px).
        if (role == Qt::DisplayRole && row.coefficient >= 0 && hasRatios()
            && m_result.coefficients[std::size_t(row.coefficient)].term == "(Intercept)")
            return wrappedTerm(Tr::tr("%1 (%2: %3)")
                                   .arg(row.label, ratioAbbreviation(m_result.family),
                                        baselineName(m_result.family)),
                               QStringLiteral(" ("), false);
        if (role == Qt::DisplayRole)
            return wrappedTerm(row.label, QStringLiteral(": "), true);
        if (role == ExportRole)
            return row.label;
        if (role == Qt::ToolTipRole)
            return row.reference() ? Tr::tr("Reference level: the other levels are compared "
                                            "with it.")
                                   : Tr::tr("Design column %1").arg(row.term);
        return {};
    }
    if (row.reference()) {
        // The reference level: ratio 1 by definition, nothing estimated.
        const bool one = index.column() == RatioColumn;
        switch (role) {
        case Qt::DisplayRole:
            return one ? Tr::tr("1 (reference)") : QString();
        case ExportRole:
            return one ? QStringLiteral("1") : QString();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    const analysis::Coefficient &c = m_result.coefficients[std::size_t(row.coefficient)];
    // The intercept's exp() is the baseline odds (rate), not a ratio: its cell says so.
    const bool baseline = c.term == "(Intercept)" && index.column() >= RatioColumn;
    if (baseline && role == Qt::ToolTipRole)
        return baselineExplanation(m_result.family);
    std::optional<double> value;
    switch (index.column()) {
    case EstimateColumn:
        value = c.estimate;
        break;
    case StdErrorColumn:
        value = c.stdError;
        break;
    case LowerColumn:
        value = c.ciLower;
        break;
    case UpperColumn:
        value = c.ciUpper;
        break;
    case StatisticColumn:
        value = c.statistic;
        break;
    case PValueColumn:
        value = c.pValue;
        break;
    case RatioColumn:
        value = c.ratio;
        break;
    case RatioLowerColumn:
        value = c.ratioLower;
        break;
    case RatioUpperColumn:
        value = c.ratioUpper;
        break;
    default:
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return QString();
        if (index.column() == PValueColumn)
            return pValueText(*value);
        if (index.column() == StatisticColumn)
            return number(*value, 3);
        // Enough decimals that the standard error (for a ratio: its spread on the ratio's
        // scale) shows two digits: a coefficient per gram is not "-0.001, SE 0.000".
        return number(*value,
                      index.column() >= RatioColumn && c.ratio
                          ? decimalsFor(std::abs(*c.ratio) * c.stdError, 3)
                          : decimalsFor(c.stdError, 3));
    case ExportRole:
        return value ? exactNumber(*value) : QString();
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (baseline) { // not a ratio: set apart from the ratios above and below it
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default:
        return {};
    }
}

QVariant CoefficientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        // On screen the ratio goes by its abbreviation ("OR", the name in the tooltip) and a
        // long title takes two lines ("95% CI" over "lower"), so that ten columns fit a results
        // document of about 730 px (a window of about 1000 px with its docks) without a
        // horizontal scroll bar; an export keeps the full title on one line.
        const QString abbreviation = ratioAbbreviation(m_result.family);
        QString title;
        if (section == RatioColumn)
            title = abbreviation;
        else if (section == RatioLowerColumn)
            title = Tr::tr("%1 lower").arg(abbreviation);
        else if (section == RatioUpperColumn)
            title = Tr::tr("%1 upper").arg(abbreviation);
        else
            title = headerData(section, orientation, ExportRole).toString();
        if (section == TermColumn || title.size() <= 5)
            return title;
        return headerLines(title);
    }
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, ExportRole);
    if (role != ExportRole)
        return {};
    const QString ratio = ratioName(m_result.family);
    switch (section) {
    case TermColumn:
        return Tr::tr("Term");
    case EstimateColumn:
        return Tr::tr("Estimate");
    case StdErrorColumn:
        return Tr::tr("SE");
    case LowerColumn:
        return Tr::tr("95% CI lower");
    case UpperColumn:
        return Tr::tr("95% CI upper");
    case StatisticColumn:
        return m_result.statisticName.empty() ? Tr::tr("Statistic")
                                              : QString::fromStdString(m_result.statisticName);
    case PValueColumn:
        return Tr::tr("p");
    case RatioColumn:
        return ratio;
    case RatioLowerColumn:
        return Tr::tr("%1 lower").arg(ratio);
    case RatioUpperColumn:
        return Tr::tr("%1 upper").arg(ratio);
    default:
        return {};
    }
}

} // namespace fairstart::ui
