// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/analyses/table1.h"

#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/studyrecord.h"
#include "fairstart/ui/tr.h"

#include "fairstart/client/refusals.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace fairstart::ui {

namespace {

QString meanSd(const analysis::Moments &m)
{
    if (m.count <= 0)
        return Tr::tr("n/a");
    // A year is not grouped: "2017.5 (1.7)", not "2,017.5 (1.7)" (fifth walk).
    return Tr::tr("%1 (%2)").arg(valueText(m.mean, 1), valueText(m.sd(), 1));
}

QString countPercent(const std::optional<qint64> &count, double denominator, int threshold)
{
    if (!count)
        return withheldText(threshold);
    if (denominator <= 0)
        return QLocale().toString(*count);
    return Tr::tr("%1 (%2)").arg(QLocale().toString(*count),
                                 percentText(double(*count) / denominator, 1));
}

// A point of a lattice as short as it is (50, 0.2, 2500), without a group separator.
QString latticeText(double value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

// Table 1 opened at 820 × 600, about eleven rows visible and the rest behind a scroll bar (fifth
// walk): the window opens at the size its table asks for, within the screen.
void fitToTable(QWidget *window)
{
    // What scrolls under the table (note, histogram, studies) shows as much as it has, up to
    // 380 px; the table takes the rest (a table asks for all its rows, and left it 60 px).
    if (auto *scroll = window->findChild<QScrollArea *>(); scroll && scroll->widget())
        scroll->setMinimumHeight(std::min(scroll->widget()->sizeHint().height(), 380));
    const QSize wanted = window->sizeHint();
    const QRect screen = window->screen() ? window->screen()->availableGeometry() : QRect();
    if (!screen.isValid()) {
        window->resize(wanted.expandedTo(QSize(820, 600)));
        return;
    }
    window->resize(std::min(std::max(wanted.width(), 600), screen.width() - 40),
                   std::min(std::max(wanted.height(), 400), screen.height() - 80));
}

} // namespace

Table1Model::Table1Model(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void Table1Model::setData(const QList<Table1Site> &sites,
                          const QMap<QString, protocol::VariableType> &types,
                          const QMap<QString, QString> &labels,
                          const client::PooledDescriptives *masked, const QStringList &missing,
                          const QMap<QString, QStringList> &levelOrder,
                          const QMap<QString, QMap<QString, QString>> &levelLabels)
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    int threshold = 0;
    QList<client::SiteDescriptives> pooledInput;
    for (const Table1Site &s : sites) {
        m_columns << s.site;
        threshold = std::max(threshold, s.threshold);
        pooledInput.append({ s.site, s.descriptives });
    }
    // Masked: the sum of a descriptives study is all there is; no site's own column exists.
    // "All sites" only when no site is missing from the sum; otherwise the sites it covers.
    QStringList covered;
    for (const Table1Site &s : sites)
        covered << s.site;
    if (missing.isEmpty())
        m_columns << (masked ? Tr::tr("All sites (masked sum)") : Tr::tr("All sites"));
    else if (masked)
        m_columns << Tr::tr("Masked sum without %1").arg(missing.join(QStringLiteral(", ")));
    else
        m_columns << Tr::tr("Pooled: %1 (without %2)")
                         .arg(covered.join(QStringLiteral(", ")),
                              missing.join(QStringLiteral(", ")));
    const client::PooledDescriptives pooled
        = masked ? *masked : client::poolDescriptives(pooledInput);
    auto label = [&labels](const QString &name) {
        const QString l = labels.value(name);
        return l.isEmpty() ? name : l;
    };

    Row records { Tr::tr("Records"), {}, false };
    for (const Table1Site &s : sites)
        records.cells << QLocale().toString(s.descriptives.cohortSize);
    records.cells << QLocale().toString(pooled.cohortSize);
    m_rows.append(records);

    // Variables in the order of the first site that described them.
    QStringList order;
    for (const Table1Site &s : sites) {
        for (const protocol::NumericDescription &n : s.descriptives.numeric)
            if (!order.contains(n.variable))
                order << n.variable;
        for (const protocol::CategoricalDescription &c : s.descriptives.categorical)
            if (!order.contains(c.variable))
                order << c.variable;
    }
    for (const client::PooledNumeric &n : pooled.numeric)
        if (!order.contains(n.variable))
            order << n.variable;
    for (const client::PooledCategorical &c : pooled.categorical)
        if (!order.contains(c.variable))
            order << c.variable;
    for (const QString &variable : std::as_const(order)) {
        const bool yesNo = types.value(variable) == protocol::VariableType::Binary;
        bool numeric = false;
        for (const Table1Site &s : sites) {
            for (const protocol::NumericDescription &n : s.descriptives.numeric)
                numeric = numeric || n.variable == variable;
        }
        for (const client::PooledNumeric &n : pooled.numeric)
            numeric = numeric || n.variable == variable;
        if (numeric) {
            Row row { yesNo ? Tr::tr("%1, % yes").arg(label(variable))
                            : Tr::tr("%1, mean (SD)").arg(label(variable)),
                      {},
                      false };
            for (const Table1Site &s : sites) {
                QString text = Tr::tr("not described");
                for (const protocol::NumericDescription &n : s.descriptives.numeric) {
                    if (n.variable == variable)
                        text = yesNo ? percentText(n.moments.mean, 1) : meanSd(n.moments);
                }
                row.cells << text;
            }
            QString all = Tr::tr("n/a");
            for (const client::PooledNumeric &n : pooled.numeric) {
                if (n.variable == variable)
                    all = yesNo ? percentText(n.moments.mean, 1) : meanSd(n.moments);
            }
            row.cells << all;
            m_rows.append(row);
            continue;
        }
        // A yes/no variable described by its levels "0" and "1": one row, the yes count.
        const bool yesNoLevels = yesNo;
        if (!yesNoLevels) {
            m_rows.append({ Tr::tr("%1, n (%)").arg(label(variable)), {}, true });
            for (int c = 0; c < m_columns.size(); ++c)
                m_rows.last().cells << QString();
        }
        // Levels in catalogue order (as the first site lists them), not alphabetically.
        QStringList levels;
        for (const Table1Site &s : sites) {
            for (const protocol::CategoricalDescription &c : s.descriptives.categorical) {
                if (c.variable != variable)
                    continue;
                for (const protocol::CatalogueLevel &l : c.levels)
                    if (!levels.contains(l.name))
                        levels << l.name;
            }
        }
        for (const client::PooledCategorical &c : pooled.categorical) {
            if (c.variable != variable)
                continue;
            for (const client::PooledLevel &l : c.levels)
                if (!levels.contains(l.name))
                    levels << l.name;
        }
        // The design's order first (its reference level leads, as in the results).
        QStringList ordered;
        for (const QString &level : levelOrder.value(variable))
            if (levels.contains(level))
                ordered << level;
        for (const QString &level : std::as_const(levels))
            if (!ordered.contains(level))
                ordered << level;
        levels = ordered;
        if (yesNoLevels)
            levels = QStringList { QStringLiteral("1") };
        for (const QString &level : std::as_const(levels)) {
            Row row { yesNoLevels ? Tr::tr("%1, yes, n (%)").arg(label(variable))
                                  : QStringLiteral("    ")
                              + levelLabels.value(variable).value(level, level),
                      {},
                      false };
            for (const Table1Site &s : sites) {
                QString text = Tr::tr("not described");
                for (const protocol::CategoricalDescription &c : s.descriptives.categorical) {
                    if (c.variable != variable)
                        continue;
                    const double n = double(s.descriptives.cohortSize)
                        - (c.missing ? double(*c.missing) : 0.0);
                    text = withheldText(s.threshold);
                    for (const protocol::CatalogueLevel &l : c.levels) {
                        if (l.name == level)
                            text = countPercent(l.count, n, s.threshold);
                    }
                }
                row.cells << text;
            }
            QString all = Tr::tr("n/a");
            for (const client::PooledCategorical &c : pooled.categorical) {
                if (c.variable != variable)
                    continue;
                const double n = double(pooled.cohortSize) - double(c.missing.value_or(0));
                for (const client::PooledLevel &l : c.levels) {
                    if (l.name != level)
                        continue;
                    // Masked: the sum says how many sites withheld the count, not which.
                    all = l.count ? countPercent(l.count, n, threshold)
                        : l.withheldAt.isEmpty()
                        ? Tr::tr("withheld at %n site(s)", nullptr, l.withheldSites)
                        : Tr::tr("withheld at %1").arg(l.withheldAt.join(QStringLiteral(", ")));
                }
            }
            row.cells << all;
            m_rows.append(row);
        }
    }
    endResetModel();
}

int Table1Model::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int Table1Model::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant Table1Model::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case ExportRole:
        return index.column() == 0 ? row.label : row.cells.value(index.column() - 1);
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.heading || index.row() == 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant Table1Model::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    if (section == 0)
        return Tr::tr("Characteristic");
    return m_columns.value(section - 1);
}

QString Table1Model::cell(const QString &rowLabel, int column) const
{
    for (const Row &r : m_rows) {
        if (r.label.trimmed() == rowLabel)
            return column == 0 ? r.label : r.cells.value(column - 1);
    }
    return {};
}

Table1View::Table1View(QWidget *parent)
    : QWidget(parent)
    , m_model(new Table1Model(this))
    , m_table(new QTableView)
    , m_note(new QLabel)
    , m_studyModel(new StudyModel(this))
    , m_study(new QLabel)
    , m_studyTable(new QTableView)
    , m_histogramBox(new QWidget)
    , m_histogramVariable(new QComboBox)
    , m_histogramChart(new QChartView(new QChart))
    , m_histogramNote(new QLabel)
{
    setWindowTitle(Tr::tr("Table 1: the cohort by site"));
    setAccessibleName(Tr::tr("Table 1"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(Tr::tr("Descriptives by site and pooled"));
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A masked Table 1 is a descriptives study: who took part and what the workbench verified
    // of each node's signatures, as the results show for a fit.
    m_study->setWordWrap(true);
    m_study->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_study->setAccessibleName(Tr::tr("Study and signatures"));
    m_studyTable->setModel(m_studyModel);
    m_studyTable->setAccessibleName(Tr::tr("Signatures per site"));
    m_studyTable->verticalHeader()->hide();
    m_studyTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_studyTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_studyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_studyTable->horizontalHeader()->setStretchLastSection(true);
    m_study->hide();
    m_studyTable->hide();
    // Issue 14: the pooled histograms (masked: a study's sums; plain: the sites' released
    // histograms), for the variable chosen.
    auto histogramLabel = new QLabel(Tr::tr("&Histogram of"));
    histogramLabel->setBuddy(m_histogramVariable);
    m_histogramVariable->setAccessibleName(Tr::tr("Variable of the histogram"));
    m_histogramChart->setRenderHint(QPainter::Antialiasing);
    m_histogramChart->setAccessibleName(Tr::tr("Pooled histogram of the chosen variable"));
    m_histogramChart->setMinimumHeight(260);
    m_histogramNote->setWordWrap(true);
    m_histogramNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_histogramNote->setAccessibleName(Tr::tr("About the histogram"));
    auto chooser = new QHBoxLayout;
    chooser->addWidget(histogramLabel);
    chooser->addWidget(m_histogramVariable);
    chooser->addStretch();
    auto histogramLayout = new QVBoxLayout(m_histogramBox);
    histogramLayout->setContentsMargins(0, 0, 0, 0);
    histogramLayout->addLayout(chooser);
    histogramLayout->addWidget(m_histogramChart, 1);
    histogramLayout->addWidget(m_histogramNote);
    m_histogramBox->hide();
    connect(m_histogramVariable, &QComboBox::currentIndexChanged, this, &Table1View::showHistogram);
    auto copy = new QPushButton(Tr::tr("&Copy table"));
    copy->setToolTip(Tr::tr("Copies the table as HTML (for a word processor) and CSV text."));
    auto save = new QPushButton(Tr::tr("&Export table…"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setMimeData(tableMimeData(m_model)); });
    connect(save, &QPushButton::clicked, this,
            [this] { saveTableInteractively(m_model, this, QStringLiteral("table1")); });
    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(save);
    // Under the table, what explains it (the note, the histogram, the studies and their
    // signatures) scrolls on its own: with a histogram and three studies' signatures under it,
    // the table itself was squeezed to a row and a half on a 1000-pixel screen.
    auto lower = new QWidget;
    auto lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_note);
    lowerLayout->addWidget(m_histogramBox);
    lowerLayout->addWidget(m_study);
    lowerLayout->addWidget(m_studyTable);
    lowerLayout->addStretch();
    auto scroll = new QScrollArea;
    // At most about half a screen: the table keeps the rest.
    scroll->setMaximumHeight(420);
    scroll->setWidget(lower);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(scroll);
    layout->addLayout(buttons);
    fitToTable(this);
}

void Table1View::setData(const QList<Table1Site> &sites,
                         const QMap<QString, protocol::VariableType> &types,
                         const QMap<QString, QString> &labels, const QString &note,
                         const QStringList &missing, const QMap<QString, QStringList> &levelOrder,
                         const QMap<QString, QMap<QString, QString>> &levelLabels)
{
    m_model->setData(sites, types, labels, nullptr, missing, levelOrder, levelLabels);
    m_masked = false;
    m_note->setText(note.isEmpty()
                        ? Tr::tr("Counts below a site's threshold are withheld (\"< n\") and "
                                 "are not added into the pooled column.")
                        : note);
    fitToTable(this);
}

void Table1View::setHistograms(const QList<client::PooledHistogram> &histograms,
                               const QMap<QString, QString> &labels)
{
    m_histograms = histograms;
    m_labels = labels;
    {
        const QSignalBlocker blocker(m_histogramVariable);
        m_histogramVariable->clear();
        for (const client::PooledHistogram &h : histograms) {
            const QString label = labels.value(h.variable);
            m_histogramVariable->addItem(label.isEmpty() ? h.variable : label, h.variable);
        }
    }
    m_histogramBox->setVisible(!histograms.isEmpty());
    // The first variable that has a histogram.
    int first = 0;
    for (int i = 0; i < histograms.size(); ++i) {
        if (!histograms[i].edges.empty()) {
            first = i;
            break;
        }
    }
    m_histogramVariable->setCurrentIndex(histograms.isEmpty() ? -1 : first);
    showHistogram(m_histogramVariable->currentIndex());
    fitToTable(this);
}

QString Table1View::histogramText() const
{
    return m_histogramBox->isHidden() ? QString() : m_histogramNote->text();
}

void Table1View::showHistogram(int index)
{
    QChart *chart = nullptr;
    QString text;
    if (index >= 0 && index < m_histograms.size()) {
        const client::PooledHistogram &h = m_histograms[index];
        if (h.edges.empty()) {
            text = h.problem;
        } else {
            protocol::ReleasedHistogram released;
            released.edges = h.edges;
            for (const qint64 c : h.counts)
                released.counts.push_back(double(c));
            const QString label = m_labels.value(h.variable);
            chart = makeHistogramChart(label.isEmpty() ? h.variable : label, released);
            if (h.step <= 0) {
                // Plain, one site: its released histogram on its own edges.
                text = Tr::tr("The site's released histogram on its own edges (bins merged "
                              "where its records are sparse, drawn as records per unit where "
                              "they differ in width). %1 records outside %2 to %3 (its tails, "
                              "which no site releases) are not drawn.")
                           .arg(QLocale().toString(h.beyond), latticeText(h.edges.front()),
                                latticeText(h.edges.back()));
            } else if (h.beyondPerSite.isEmpty()) {
                text = Tr::tr("Pooled over every site on a lattice of step %1 common to all of "
                              "them: a cell is counted where both its ends are edges of every "
                              "site's own histogram, and only the sum was decoded. %2 records "
                              "outside %3 to %4 are not drawn: each site's tails, which no site "
                              "releases, and cells some site released only merged with a "
                              "neighbour, where fewer than its minimum cell count of records "
                              "lie.")
                           .arg(latticeText(h.step), QLocale().toString(h.beyond),
                                latticeText(h.edges.front()), latticeText(h.edges.back()));
            } else {
                // Plain: each site's released histogram was seen; say where the rest lies.
                QStringList perSite;
                for (const auto &[site, outside] : h.beyondPerSite)
                    perSite << Tr::tr("%1: %2").arg(site, QLocale().toString(outside));
                text = Tr::tr("Pooled from each site's released histogram on a lattice of step "
                              "%1 common to all of them: a cell is counted where both its ends "
                              "are edges of every site's histogram. %2 records outside %3 to %4 "
                              "are not drawn (%5): each site's tails, which no site releases, "
                              "and cells a site released only merged with a neighbour, where "
                              "fewer than its minimum cell count of records lie.")
                           .arg(latticeText(h.step), QLocale().toString(h.beyond),
                                latticeText(h.edges.front()), latticeText(h.edges.back()),
                                perSite.join(QStringLiteral(", ")));
            }
        }
    }
    QChart *old = m_histogramChart->chart();
    m_histogramChart->setChart(chart ? chart : new QChart);
    delete old;
    m_histogramChart->setVisible(chart != nullptr);
    m_histogramNote->setText(text);
}

QString Table1View::note() const
{
    return m_note->text();
}

QString Table1View::studyText() const
{
    return m_study->isHidden() ? QString() : m_study->text();
}

void Table1View::setStudy(const std::optional<protocol::StudyRecord> &study)
{
    setStudies(study ? QList<protocol::StudyRecord> { *study } : QList<protocol::StudyRecord> {});
}

void Table1View::setStudies(const QList<protocol::StudyRecord> &studies)
{
    m_studyModel->setStudies(studies);
    spanStudyHeadings(m_studyTable);
    m_study->setText(studiesSummary(studies));
    m_study->setVisible(!studies.isEmpty());
    m_studyTable->setVisible(!studies.isEmpty());
    if (studies.isEmpty())
        return;
    // Every row shown, no scroll bar: the table is as tall as its rows.
    m_studyTable->resizeRowsToContents();
    int height
        = m_studyTable->horizontalHeader()->sizeHint().height() + 2 * m_studyTable->frameWidth();
    for (int r = 0; r < m_studyModel->rowCount(); ++r)
        height += m_studyTable->rowHeight(r);
    height += m_studyTable->horizontalScrollBar()->sizeHint().height();
    m_studyTable->setFixedHeight(height);
    fitToTable(this);
}

void Table1View::setMaskedData(const client::PooledDescriptives &pooled,
                               const QMap<QString, protocol::VariableType> &types,
                               const QMap<QString, QString> &labels, const QString &note,
                               const QStringList &missing,
                               const QMap<QString, QStringList> &levelOrder,
                               const QMap<QString, QMap<QString, QString>> &levelLabels)
{
    m_model->setData({}, types, labels, &pooled, missing, levelOrder, levelLabels);
    m_masked = true;
    const QString mode = Tr::tr("Mode: masked. Every site released its descriptives only masked "
                                "(study %1); the pooled column is the decoded sum over the "
                                "sites, and no site's own numbers are shown. A count that a "
                                "site withheld is not added into the pooled column.")
                             .arg(pooled.study);
    m_note->setText(note.isEmpty() ? mode : mode + QLatin1Char(' ') + note);
    fitToTable(this);
}

QString maskedDescriptivesFailureText(const client::SiteError &error,
                                      const QList<client::SiteError> &others)
{
    auto why = [](const client::SiteError &e) {
        return e.isRule() ? client::refusalText(e) : e.toString();
    };
    if (others.isEmpty()) {
        // Name the site: a refusal is one site's, and the user acts at that site.
        return error.site.isEmpty()
            ? Tr::tr("The masked descriptives study ended without a result: %1").arg(why(error))
            : Tr::tr("The masked descriptives study ended without a result: site %1 refused. %2")
                  .arg(error.site, why(error));
    }
    QStringList lines;
    lines << Tr::tr("The masked descriptives study ended without a result: %n site(s) refused "
                    "or failed.",
                    nullptr, int(others.size() + 1));
    for (const client::SiteError &e : QList<client::SiteError> { error } + others) {
        const QString text = why(e);
        // A node's sentence may name its site already.
        lines << (e.site.isEmpty() || text.contains(e.site) ? text
                                                            : Tr::tr("%1: %2").arg(e.site, text));
    }
    return lines.join(QStringLiteral("\n\n"));
}

QString table1Title(const QString &purpose, int maskedSites)
{
    if (maskedSites > 0)
        return Tr::tr("Table 1: the cohort pooled over %n site(s), masked — purpose %1", nullptr,
                      maskedSites)
            .arg(purpose);
    return Tr::tr("Table 1: the cohort by site — purpose %1").arg(purpose);
}

QString table1ActionText(int onlineSites)
{
    if (onlineSites >= 3)
        return Tr::tr("&Table 1: Cohort Pooled over Sites…");
    return Tr::tr("&Table 1: Cohort by Site…");
}

QString table1ActionTip(int onlineSites)
{
    if (onlineSites >= 3)
        return Tr::tr("Describe the design's variables pooled over the %n sites, as a masked "
                      "study: no site's own numbers are released, so there is no column per "
                      "site.",
                      nullptr, onlineSites);
    return Tr::tr("Describe the design's variables at every site and pooled (released "
                  "aggregates only).");
}

} // namespace fairstart::ui
