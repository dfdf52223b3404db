// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/runcomparison.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/tr.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace fairstart::ui {

namespace {

ComparisonRow numbers(const QString &label, std::optional<double> a, std::optional<double> b,
                      int decimals)
{
    ComparisonRow row;
    row.label = label;
    const QString absent = Tr::tr("not in this run");
    row.first = a ? number(*a, decimals) : absent;
    row.second = b ? number(*b, decimals) : absent;
    if (a && b) {
        // A change below the last decimal shows with two significant digits ("0.000020"), not
        // as "0.0000" between 0.0638 and 0.0637 (fifth walk); no change shows as 0, never "-0".
        const double difference = *b - *a;
        row.differs = std::abs(difference) > 1e-9 * std::max(1.0, std::abs(*a));
        int shown = decimals;
        if (row.differs && std::abs(difference) < 0.5 * std::pow(10.0, -decimals))
            shown = std::min(15, int(std::ceil(-std::log10(std::abs(difference)))) + 1);
        row.difference = number(row.differs ? difference : 0.0, shown);
    } else {
        row.differs = a.has_value() != b.has_value();
    }
    return row;
}

ComparisonRow texts(const QString &label, const QString &a, const QString &b)
{
    return { label, a, b, QString(), a != b };
}

QString siteList(const protocol::FitReport &report)
{
    QStringList names;
    for (const protocol::SiteRecord &site : report.sites) {
        if (site.state == QLatin1String("ok"))
            names << site.name;
    }
    names.sort(); // the same sites in another order are the same sites
    return names.join(QStringLiteral(", "));
}

std::optional<double> records(const protocol::FitReport &report)
{
    return report.glm.n > 0 ? std::optional<double>(report.glm.n) : std::nullopt;
}

const analysis::Coefficient *coefficient(const protocol::FitReport &report, const std::string &term)
{
    for (const analysis::Coefficient &c : report.glm.coefficients) {
        if (c.term == term)
            return &c;
    }
    return nullptr;
}

} // namespace

QList<ComparisonRow> compareReports(const protocol::FitReport &first,
                                    const protocol::FitReport &second,
                                    const QMap<QString, QString> &labels)
{
    // The reader's names of the terms ("Sex of the child: male", not "sexmale"), as in the
    // results document; a term only one run has is named from that run.
    QMap<std::string, QString> names;
    for (const protocol::FitReport *report : { &second, &first }) {
        for (const TermRow &row : termRows(*report, labels)) {
            if (!row.reference())
                names[row.term.toStdString()] = row.label;
        }
    }
    QList<ComparisonRow> rows;
    rows << texts(Tr::tr("Dataset"), first.dataset, second.dataset);
    rows << texts(Tr::tr("Sites"), siteList(first), siteList(second));
    rows << numbers(Tr::tr("Records"), records(first), records(second), 0);
    rows << numbers(Tr::tr("Events"),
                    first.glm.n > 0 ? std::optional<double>(first.glm.events) : std::nullopt,
                    second.glm.n > 0 ? std::optional<double>(second.glm.events) : std::nullopt, 0);
    rows << texts(Tr::tr("Same design"), Tr::tr("design %1").arg(first.designHash.right(8)),
                  Tr::tr("design %1").arg(second.designHash.right(8)));
    std::vector<std::string> terms;
    for (const protocol::FitReport *report : { &first, &second }) {
        for (const analysis::Coefficient &c : report->glm.coefficients) {
            if (std::find(terms.begin(), terms.end(), c.term) == terms.end())
                terms.push_back(c.term);
        }
    }
    for (const std::string &term : terms) {
        const analysis::Coefficient *a = coefficient(first, term);
        const analysis::Coefficient *b = coefficient(second, term);
        const QString name = names.value(term, QString::fromStdString(term));
        rows << numbers(Tr::tr("%1: estimate").arg(name),
                        a ? std::optional<double>(a->estimate) : std::nullopt,
                        b ? std::optional<double>(b->estimate) : std::nullopt, 4);
        rows << numbers(Tr::tr("%1: standard error").arg(name),
                        a ? std::optional<double>(a->stdError) : std::nullopt,
                        b ? std::optional<double>(b->stdError) : std::nullopt, 4);
        if ((a && a->ratio) || (b && b->ratio)) {
            rows << numbers(Tr::tr("%1: ratio").arg(name), a ? a->ratio : std::nullopt,
                            b ? b->ratio : std::nullopt, 3);
        }
    }
    rows << numbers(Tr::tr("Deviance"), first.glm.deviance, second.glm.deviance, 2);
    rows << numbers(Tr::tr("AIC"), first.glm.aic, second.glm.aic, 2);
    auto auc = [](const protocol::FitReport &r) -> std::optional<double> {
        return r.performance ? std::optional<double>(r.performance->auc) : std::nullopt;
    };
    auto brier = [](const protocol::FitReport &r) -> std::optional<double> {
        return r.performance ? std::optional<double>(r.performance->brier) : std::nullopt;
    };
    rows << numbers(Tr::tr("AUC"), auc(first), auc(second), 3);
    rows << numbers(Tr::tr("Brier score"), brier(first), brier(second), 4);
    rows << numbers(Tr::tr("Calibration slope"), first.calibrationSlope, second.calibrationSlope,
                    3);
    return rows;
}

RunComparisonDialog::RunComparisonDialog(const QString &firstTitle,
                                         const protocol::FitReport &first,
                                         const QString &secondTitle,
                                         const protocol::FitReport &second, QWidget *parent,
                                         const QMap<QString, QString> &labels)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("Compare runs"));
    auto *note = new QLabel(Tr::tr("The second run against the first: rows where they differ are "
                                   "in bold. Differences are second minus first."),
                            this);
    note->setWordWrap(true);
    const QList<ComparisonRow> rows = compareReports(first, second, labels);
    m_table = new QTableWidget(int(rows.size()), 4, this);
    m_table->setAccessibleName(Tr::tr("Comparison of two runs"));
    m_table->setHorizontalHeaderLabels(
        { Tr::tr("What"), firstTitle, secondTitle, Tr::tr("Difference") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < rows.size(); ++r) {
        const ComparisonRow &row = rows.at(r);
        const QStringList cells { row.label, row.first, row.second, row.difference };
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.differs) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for all four columns (at 760 px the second run and the difference were cut
    // off behind a scroll bar), within the screen.
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width() + 40;
    for (int c = 0; c < m_table->columnCount(); ++c)
        width += m_table->columnWidth(c);
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect();
    resize(screen.isValid() ? std::min(width, screen.width() - 40) : width, 560);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

} // namespace fairstart::ui
