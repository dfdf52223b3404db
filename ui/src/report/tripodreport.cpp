// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/rulenotes.h"

#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/coefficientmodel.h"
#include "fairstart/ui/results/export.h"
#include "fairstart/ui/results/fairness.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/sitemodels.h"
#include "fairstart/ui/results/studyrecord.h"
#include "fairstart/ui/results/termlabels.h"
#include "fairstart/ui/tr.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <set>

namespace fairstart::ui {

namespace {

// "fairstart-client 0.1.0 (libcurl/7.88.1 OpenSSL/3.0.19 …)" → "0.1.0": the opening sentence
// names Fairstart's version; the libraries stay in the run record (clientVersion).
QString programVersion(const QString &clientVersion)
{
    const QString program = QStringLiteral("fairstart-client ");
    QString version = clientVersion.section(QStringLiteral(" ("), 0, 0).trimmed();
    if (version.startsWith(program))
        version = version.mid(program.size());
    return version;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString esc(const std::string &s)
{
    return QString::fromStdString(s).toHtmlEscaped();
}

QString familyText(analysis::Family f)
{
    switch (f) {
    case analysis::Family::Binomial:
        return Tr::tr("logistic regression (binomial family, logit link)");
    case analysis::Family::Poisson:
        return Tr::tr("Poisson regression (log link)");
    case analysis::Family::Gaussian:
        return Tr::tr("linear regression (Gaussian family, identity link)");
    }
    return {};
}

// A variable by its catalogue label with its name in the design after it, as the coefficient
// rows name it (the design's name lets a reader find it in the design file); the name alone when
// the catalogue gives no label.
QString variableText(const QMap<QString, QString> &labels, const std::string &variable)
{
    const QString name = QString::fromStdString(variable);
    const QString label = labels.value(name);
    return label.isEmpty() || label == name ? esc(name)
                                            : Tr::tr("%1 (%2)").arg(esc(label), esc(name));
}

// A variable by its catalogue label alone (a table's column), its name without one.
QString variableLabel(const QMap<QString, QString> &labels, const std::string &variable)
{
    const QString name = QString::fromStdString(variable);
    const QString label = labels.value(name);
    return esc(label.isEmpty() ? name : label);
}

QString predictorText(const analysis::Predictor &p, const analysis::ResolvedDesign &d,
                      const QMap<QString, QString> &labels)
{
    // A level by its catalogue label with the design's name of it (issue 17), else the name.
    auto levelText = [&p, &labels](const std::string &level) {
        const QString name = QString::fromStdString(level);
        const QString label = levelLabel(labels, QString::fromStdString(p.variable), name);
        return label == name ? esc(name) : Tr::tr("%1 (%2)").arg(esc(label), esc(name));
    };
    const QString v = variableText(labels, p.variable);
    switch (p.transform) {
    case analysis::Transform::AsIs:
        return Tr::tr("%1, linear").arg(v);
    case analysis::Transform::Log:
        return Tr::tr("%1, natural logarithm").arg(v);
    case analysis::Transform::Standardise: {
        const auto s = d.scaling.find(p.variable);
        if (s == d.scaling.end())
            return Tr::tr("%1, standardised").arg(v);
        return Tr::tr("%1, standardised (federated mean %2, SD %3)")
            .arg(v, number(s->second.first, 3), number(s->second.second, 3));
    }
    case analysis::Transform::Spline: {
        QStringList knots;
        const auto k = d.knots.find(p.variable);
        if (k != d.knots.end()) {
            for (double t : k->second)
                knots << number(t, 3);
        }
        return Tr::tr("%1, restricted cubic spline with %2 knots at %3 (federated quantiles)")
            .arg(v)
            .arg(p.knots)
            .arg(knots.join(QStringLiteral(", ")));
    }
    case analysis::Transform::Winsorise:
        return Tr::tr("%1, winsorised to [%2, %3]").arg(v, number(p.lower, 3), number(p.upper, 3));
    case analysis::Transform::Categorical: {
        QStringList levels;
        const auto l = d.levels.find(p.variable);
        QString reference = QString::fromStdString(p.reference);
        if (l != d.levels.end()) {
            for (const std::string &level : l->second)
                levels << levelText(level);
            if (reference.isEmpty() && !l->second.empty())
                reference = QString::fromStdString(l->second.front());
        }
        return Tr::tr("%1, categorical (levels %2; reference %3)")
            .arg(v, levels.join(QStringLiteral(", ")), levelText(reference.toStdString()));
    }
    }
    return v;
}

QString filterText(const analysis::Filter &f, const QMap<QString, QString> &labels)
{
    QStringList parts;
    if (f.min)
        parts << Tr::tr("≥ %1").arg(number(*f.min, 3));
    if (f.max)
        parts << Tr::tr("≤ %1").arg(number(*f.max, 3));
    if (!f.values.empty()) {
        QStringList values;
        for (const std::string &v : f.values)
            values << esc(v);
        parts << Tr::tr("one of %1").arg(values.join(QStringLiteral(", ")));
    }
    return Tr::tr("%1 %2").arg(variableText(labels, f.variable), parts.join(Tr::tr(" and ")));
}

QString breakable(const QString &html);

// `firstWidth`: the share of the width the first (label) column keeps, in percent; without it a
// table of many number columns squeezes the labels until words break letter by letter.
// The share of the text width (percent) each column needs so that no word of its title breaks:
// the first column keeps `firstWidth`, every other column at least its title's longest word in
// the report's bold 10 pt (measured at 96 dpi on the 180 mm = 680 px text width), the rest of
// the width shared equally. QTextDocument otherwise shares a wide table's width about equally,
// and broke "Calibratio|n slope" and "Kalibratie|helling" (issue 17). Empty when the titles do
// not fit together: then the document lays the table out as before.
QList<int> titleWidths(const QStringList &header, const QList<QStringList> &rows, int firstWidth,
                       qreal titlePoints = 10.0)
{
    QImage device(1, 1, QImage::Format_ARGB32);
    device.setDotsPerMeterX(qRound(96 / 0.0254));
    device.setDotsPerMeterY(qRound(96 / 0.0254));
    QFont font(QStringLiteral("sans-serif"));
    font.setPointSizeF(titlePoints);
    font.setBold(true);
    const QFontMetricsF metrics(font, &device);
    font.setPointSizeF(10);
    font.setBold(false);
    const QFontMetricsF cellMetrics(font, &device);
    constexpr qreal textWidth = 680.0;
    constexpr qreal cellExtra = 2 * 3 + 2 + 10; // padding, border, some air for rounding
    QList<qreal> need;
    qreal total = 0;
    static const QRegularExpression breaks(QStringLiteral("[\\s\u200B]+|(?<=[-_])"));
    auto longestWord = [](const QString &html, const QFontMetricsF &m) {
        QTextDocument plain;
        plain.setHtml(html);
        qreal longest = 0;
        for (const QString &word : plain.toPlainText().split(breaks, Qt::SkipEmptyParts))
            longest = std::max(longest, m.horizontalAdvance(word));
        return longest;
    };
    for (int i = 0; i < header.size(); ++i) {
        // The title's longest word, and the cells' (a number or "[0.648," must not break).
        qreal longest = longestWord(header[i], metrics);
        for (const QStringList &row : rows) {
            if (i < row.size())
                longest = std::max(longest, longestWord(row[i], cellMetrics));
        }
        need << 100.0 * (longest + cellExtra) / textWidth;
        total += need.back();
    }
    // The first column (names, which break after their hyphens) at most `firstWidth`.
    const qreal first = std::min<qreal>(firstWidth, std::max<qreal>(need[0], 10.0));
    total += first - need[0];
    need[0] = first;
    if (total > 100.0 || header.size() < 2)
        return {};
    QList<int> widths;
    const qreal spare = (100.0 - total) / qreal(header.size());
    for (qreal n : need)
        widths << int(std::floor(n + spare));
    return widths;
}

// The top and bottom of table row `row` on the laid-out document (its cells' blocks).
std::pair<qreal, qreal> rowExtent(QTextDocument *doc, QTextTable *table, int row)
{
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        if (!cell.isValid() || cell.row() != row)
            continue;
        for (QTextBlock b = cell.firstCursorPosition().block();
             b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next()) {
            const QRectF r = layout->blockBoundingRect(b);
            top = std::min(top, r.top());
            bottom = std::max(bottom, r.bottom());
        }
    }
    return { top, bottom };
}

// Moves rows `from`… of `table` into a table of their own after it, which starts a new page and
// repeats the header rows.
void continueTableOnNextPage(QTextTable *table, int from)
{
    const int header = table->format().headerRowCount();
    const int rows = table->rows();
    const int columns = table->columns();
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor after(table->lastCursorPosition());
    after.movePosition(QTextCursor::NextBlock);
    QTextTable *next = after.insertTable(header + rows - from, columns, format);
    const auto copyRow = [&](int source, int target) {
        for (int c = 0; c < columns; ++c) {
            const QTextTableCell cell = table->cellAt(source, c);
            if (cell.column() != c)
                continue; // inside a cell that spans columns (a study's heading), copied once
            if (cell.columnSpan() > 1)
                next->mergeCells(target, c, 1, cell.columnSpan());
            QTextCursor select = cell.firstCursorPosition();
            select.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            QTextTableCell copy = next->cellAt(target, c);
            copy.setFormat(cell.format());
            QTextCursor into = copy.firstCursorPosition();
            into.setBlockFormat(cell.firstCursorPosition().blockFormat());
            into.insertFragment(select.selection());
        }
    };
    for (int r = 0; r < header; ++r)
        copyRow(r, r);
    for (int r = from; r < rows; ++r)
        copyRow(r, header + r - from);
    table->removeRows(from, rows - from);
}

// Starts `table` on the next page, and with it the section heading and the few paragraphs that
// introduce it (a heading alone at the foot of a page, its table overleaf, reads as an empty
// section); the table alone when a chart or another table comes between, or the heading already
// starts a page.
QTextBlock introducingHeading(QTextTable *table)
{
    QTextBlock b = table->firstCursorPosition().block().previous();
    for (int i = 0; i < 3 && b.isValid(); ++i, b = b.previous()) {
        if (QTextCursor(b).currentTable() || b.text().contains(QChar::ObjectReplacementCharacter))
            return {};
        const QTextBlockFormat format = b.blockFormat();
        if (format.headingLevel() <= 0)
            continue;
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return {};
        return b;
    }
    return {};
}

void startOnNextPage(QTextTable *table)
{
    if (QTextBlock heading = introducingHeading(table); heading.isValid()) {
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).setBlockFormat(format);
        return;
    }
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

// The last item of a list does not go over a page alone (the report's last limitation made a
// page of one line): the item before it goes along.
void keepListEndsTogether(QTextDocument *doc)
{
    const qreal page = doc->pageSize().height();
    if (page <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    layout->documentSize(); // laid out to the end
    QList<QTextBlock> moved;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextList *list = b.textList();
        if (!list || list->count() < 3 || list->item(list->count() - 1) != b)
            continue;
        const QTextBlock before = list->item(list->count() - 2);
        // Its bottom: a block whose first line does not fit keeps its top on the page before.
        if (std::floor(layout->blockBoundingRect(before).top() / page)
            != std::floor((layout->blockBoundingRect(b).bottom() - 0.5) / page))
            moved << before;
    }
    for (const QTextBlock &b : moved) {
        QTextBlockFormat format = b.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(b).setBlockFormat(format);
    }
}

// A heading does not stay alone at the foot of a page with its paragraph overleaf ("3 Outcome"
// at the end of page 1, seen in the walk of 2026-12-06): it starts the next page. Headings before
// a table are keepTableRowsWhole's.
void keepHeadingsWithTheirText(QTextDocument *doc)
{
    const qreal page = doc->pageSize().height();
    if (page <= 0)
        return;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    for (int guard = 0; guard < 100; ++guard) {
        layout->documentSize(); // laid out to the end
        QTextBlock alone;
        for (QTextBlock b = doc->begin(); b.isValid() && b.next().isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() <= 0 || QTextCursor(b).currentTable())
                continue;
            const QTextBlock next = b.next();
            if (QTextCursor(next).currentTable() || !next.layout()
                || next.layout()->lineCount() == 0)
                continue;
            const qreal headingTop = layout->blockBoundingRect(b).top();
            const qreal textTop
                = layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).y();
            if (std::floor(headingTop / page) != std::floor(textTop / page)
                && !(b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                alone = b;
                break;
            }
        }
        if (!alone.isValid())
            return;
        QTextBlockFormat format = alone.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(alone).setBlockFormat(format);
    }
}

// Qt's layout breaks a table row over two pages when its first lines fit on the first: every row
// a page cuts goes to the next page, in a table that repeats the header rows there.
void keepTableRowsWhole(QTextDocument *doc)
{
    const qreal page = doc->pageSize().height();
    if (page <= 0)
        return;
    for (int guard = 0; guard < 500; ++guard) {
        doc->documentLayout()->documentSize(); // laid out to the end
        QTextTable *cutTable = nullptr;
        int cutRow = -1;
        bool moved = false; // a heading moved to the next page: lay out again
        for (QTextBlock b = doc->begin(); b.isValid() && !cutTable; b = b.next()) {
            QTextTable *table = QTextCursor(b).currentTable();
            if (!table || table->firstCursorPosition().block() != b)
                continue;
            const int header = table->format().headerRowCount();
            const bool onNewPage
                = table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
            // The layout may have started the table overleaf by itself, its heading left behind.
            if (const QTextBlock heading = introducingHeading(table);
                heading.isValid() && !onNewPage) {
                const qreal headingTop = doc->documentLayout()->blockBoundingRect(heading).top();
                const qreal tableTop = rowExtent(doc, table, 0).first;
                if (std::floor(headingTop / page) != std::floor(tableTop / page)) {
                    startOnNextPage(table);
                    moved = true;
                    break;
                }
            }
            qreal firstTop = -1; // the first row's top
            for (int r = header; r < table->rows(); ++r) {
                const auto [top, bottom] = rowExtent(doc, table, r);
                if (bottom <= top || bottom - top > page / 2)
                    continue; // empty, or too tall to move whole
                if (r == header)
                    firstTop = top;
                // The layout may move the second row whole to the next page, leaving the first
                // alone under its header at the foot of this one.
                const bool leftAlone = r == header + 1 && !onNewPage && firstTop >= 0
                    && std::floor(firstTop / page) != std::floor(top / page);
                if (r == header && onNewPage)
                    continue; // at the top of its page already
                if (leftAlone || std::floor(top / page) != std::floor((bottom - 0.5) / page)) {
                    cutTable = table;
                    cutRow = r;
                    break;
                }
            }
        }
        if (moved)
            continue;
        if (!cutTable)
            return;
        const int header = cutTable->format().headerRowCount();
        const bool onNewPage
            = cutTable->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
        if (cutRow == header || (cutRow == header + 1 && !onNewPage)) {
            // The first row is cut, or would be left alone under its header at the foot of the
            // page (a table of three sites read as one): the whole table starts on the next page.
            startOnNextPage(cutTable);
        } else {
            // Nor does a last row go over alone.
            if (cutRow == cutTable->rows() - 1 && cutRow - 1 > header + 1)
                --cutRow;
            continueTableOnNextPage(cutTable, cutRow);
        }
    }
}

// `numbersRight`: every cell after the first is a number, some with words ("0.73 on 2 df", a
// Cochran's Q), and all are right-aligned under each other.
QString table(const QStringList &header, const QList<QStringList> &rows, int firstWidth = 0,
              bool fitTitles = false, bool numbersRight = false)
{
    // <thead>: a table that runs over a page break repeats its header row on the next page
    // (QTextTableFormat::headerRowCount), so a long per-site table stays readable.
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><thead><tr>");
    QList<int> widths
        = fitTitles && firstWidth > 0 ? titleWidths(header, rows, firstWidth) : QList<int>();
    // Titles that do not fit at the text's size (Dutch "Kalibratiehelling" over a column of
    // eight) are set a size smaller, as a printed table would.
    const bool smallTitles = fitTitles && firstWidth > 0 && widths.isEmpty()
        && !(widths = titleWidths(header, rows, firstWidth, 8.0)).isEmpty();
    for (int i = 0; i < header.size(); ++i) {
        html += i < widths.size()
            ? QStringLiteral("<th bgcolor=\"#e8eef4\" width=\"%1%\">").arg(widths[i])
            : i == 0 && firstWidth > 0
            ? QStringLiteral("<th bgcolor=\"#e8eef4\" width=\"%1%\">").arg(firstWidth)
            : QStringLiteral("<th bgcolor=\"#e8eef4\">");
        // A title may break after its hyphens ("Calibration-in-the-large"), never inside a word.
        html += smallTitles ? QStringLiteral("<small>%1</small>").arg(breakable(header[i]))
                            : breakable(header[i]);
        html += QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        // A row of one cell under a wider header is a heading of the rows below it: it spans
        // the table, shaded a little, instead of squeezing its words into the first column.
        if (row.size() == 1 && header.size() > 1) {
            html += QStringLiteral("<td colspan=\"%1\" bgcolor=\"#f4f6f8\">%2</td></tr>")
                        .arg(header.size())
                        .arg(row.first());
            continue;
        }
        for (int i = 0; i < row.size(); ++i) {
            // Numbers never break inside: a cell that wraps "111.664" reads as two numbers.
            // Words still wrap, so that a long note cannot push the table off the page.
            // One number (with its "≈ " or "&lt; " in front) stays whole; longer cells such as
            // "1.52 [1.35, 1.72]" may wrap between their numbers, never inside one.
            static const QRegularExpression numeric(
                QStringLiteral("^(≈ |&lt; |&gt; )?[−\\-]?[0-9][0-9.,%]*$"));
            // An estimate with its SE, "−0.171 (0.028)", aligns as a number but may wrap
            // before its "(SE)" in a narrow column.
            static const QRegularExpression withSe(
                QStringLiteral("^[−\\-]?[0-9][0-9.,]* \\([0-9][0-9.,]*\\)$"));
            const bool number = i > 0 && numeric.match(row[i]).hasMatch();
            QString cell = QStringLiteral("<td>");
            if (number)
                cell = QStringLiteral("<td align=\"right\" style=\"white-space: nowrap\">");
            else if (i > 0 && (numbersRight || withSe.match(row[i]).hasMatch()))
                cell = QStringLiteral("<td align=\"right\">");
            html += cell + row[i] + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString section(const QString &number, const QString &title)
{
    return QStringLiteral("<h2>%1 %2</h2>").arg(number, esc(title));
}

// Sizes in the document's pixels (1/96 inch). The text of an A4 page with 15 mm margins is 180 mm
// = 680 px wide; the charts stay inside it with room for the document margin.
constexpr int kForestWidth = 640;
constexpr int kSmallChartWidth = 315;
const QSize kSmallChart(600, 560);
constexpr int kForestRenderWidth = 900;
const QSize kDecisionChart(900, 560);

// The forest plot's rendered size grows with its rows so that labels never overlap.
int forestRenderHeight(const protocol::FitReport &r, const ReportOptions &o)
{
    return std::max(380, 140 + 34 * int(termRows(r, o.labels, false).size()));
}

int forestHeight(const protocol::FitReport &r, const ReportOptions &o, int width)
{
    return width * forestRenderHeight(r, o) / kForestRenderWidth;
}

// The chart's pixels (rendered at twice the size, for print) as a plain image: with a device
// pixel ratio of 2 the PDF engine draws only its top-left quarter, enlarged.
QImage pageImage(QImage image)
{
    image.setDevicePixelRatio(1.0);
    return image;
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

// A validation forest plot: a row per held-out site plus the diamond and the prediction interval.
int validationRenderHeight(const ValidationSummary &v)
{
    return std::max(300, 130 + 34 * int(v.sites.size() + 2));
}

QString validationImage(ValidationMeasure m)
{
    return QStringLiteral("fairstart:validation-") + measureId(m) + QStringLiteral(".png");
}

// A place to break after each hyphen and underscore: "gemeente-zeist" and
// "gestational_age_weeks" wrap there in a narrow column instead of letter by letter.
QString breakable(const QString &html)
{
    QString out = html;
    out.replace(QLatin1Char('-'), QStringLiteral("-\u200B"));
    out.replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
    return out;
}

// Section 10's coefficients per site, sites as rows: a column per site would not fit A4 beyond
// a few sites (ten sites gave columns of a few letters), while rows run over pages with their
// header repeated. The terms are spread over tables of kTermsPerTable columns each; below the
// sites, each table has the pooled estimate and the heterogeneity of its terms.
constexpr int kTermsPerTable = 4;

// `rows` are the sites (their first cell the site's name, then one cell per column); `columns`
// the headers of those cells. Tables of at most kTermsPerTable columns each.
QString siteRowTables(const QString &firstHeader, const QStringList &columns,
                      const QList<QStringList> &rows, bool numbersRight = false)
{
    QString html;
    for (int first = 0; first < columns.size(); first += kTermsPerTable) {
        const int last = std::min(int(columns.size()), first + kTermsPerTable);
        QStringList header { firstHeader };
        for (int c = first; c < last; ++c)
            header << columns[c];
        QList<QStringList> part;
        for (const QStringList &row : rows) {
            QStringList cells { row.value(0) };
            for (int c = first; c < last; ++c)
                cells << row.value(1 + c);
            part << cells;
        }
        html += table(header, part, 28, true, numbersRight);
    }
    return html;
}

QString perSiteEstimates(const protocol::FitReport &r, const ReportOptions &o)
{
    SiteEstimatesModel estimates;
    estimates.setReport(r, o.labels);
    QString html;
    QStringList noFit;
    for (const protocol::SiteFit &f : r.perSiteFits) {
        if (!f.glm)
            noFit << Tr::tr("%1: %2").arg(esc(f.site), esc(siteFitNoteText(f)));
    }
    const int sites = int(estimates.sites().size());
    const int terms = estimates.rowCount();
    if (terms > 0) {
        html += paragraph(Tr::tr("Coefficients fitted at each site alone (estimate and standard "
                                 "error), with the inverse-variance pooled estimate and Cochran's "
                                 "Q and I² per term:"));
    }
    QStringList columns;
    for (int t = 0; t < terms; ++t)
        columns << esc(estimates.index(t, 0).data().toString());
    auto cells = [&](int column) {
        QStringList row;
        for (int t = 0; t < terms; ++t)
            row << esc(estimates.index(t, column).data().toString());
        return row;
    };
    QList<QStringList> rows;
    for (int s = 0; s < sites; ++s)
        rows << (QStringList { breakable(esc(estimates.sites()[s])) } + cells(1 + s));
    const QString summaries[] = { Tr::tr("Pooled (SE)"), Tr::tr("Cochran's Q"),
                                  Tr::tr("p (heterogeneity)"), Tr::tr("I²") };
    for (int i = 0; i < 4; ++i) {
        rows << (QStringList { QStringLiteral("<b>%1</b>").arg(esc(summaries[i])) }
                 + cells(1 + sites + i));
    }
    if (terms > 0)
        html += siteRowTables(Tr::tr("Site"), columns, rows, true);
    if (!noFit.isEmpty()) {
        html += paragraph(
            Tr::tr("Sites without a fit of their own: %1.").arg(noFit.join(QStringLiteral("; "))));
    }
    return html;
}

// The fairness panel's levels (issue 15): pooled over the held-out sites, one forest per measure.
int fairnessLevels(const FairnessSummary &f)
{
    int levels = 0;
    for (const FairnessRow &r : f.rows)
        levels += r.site.isEmpty() ? 1 : 0;
    return levels;
}

int fairnessRenderHeight(const FairnessSummary &f)
{
    return std::max(260, 130 + 34 * fairnessLevels(f));
}

QString fairnessImage(ValidationMeasure m)
{
    return QStringLiteral("fairstart:fairness-") + measureId(m) + QStringLiteral(".png");
}

// 11.1: discrimination and calibration by the levels of the subgroup variable; a withheld cell
// as "withheld (rule)" in every column, never a number.
QString fairnessSubsection(const FairnessSummary &f, const ReportOptions &o)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(esc(Tr::tr("11.1 Performance by %1 (fairness)").arg(f.label)));
    html += paragraph(esc(Tr::tr("Each held-out site evaluated the model fitted on the other "
                                 "sites for each level of %1 and released a level only when it "
                                 "passed its rules. Each level is pooled over the held-out sites "
                                 "that released it (random effects, as above); a withheld level "
                                 "names the rule.")
                              .arg(f.label)));
    QList<QStringList> rows;
    for (const FairnessRow &r : f.rows) {
        const bool pooled = r.site.isEmpty();
        const QString level
            = r.missing ? Tr::tr("missing") : levelLabel(o.labels, f.variable, r.level);
        // A pooled level's note (why not pooled, which sites it is without) once, under it.
        QStringList cells {
            pooled ? QStringLiteral("<b>%1</b>").arg(esc(level))
                    + (r.note.isEmpty() ? QString()
                                        : QStringLiteral("<br><small>%1</small>").arg(esc(r.note)))
                   : QStringLiteral("&nbsp;&nbsp;") + esc(r.site)
        };
        if (r.withheld) {
            cells[0] += QStringLiteral("<br><small>%1</small>").arg(esc(fairnessWithheldText(r)));
            for (int c = 0; c < 6; ++c)
                cells << QString();
        } else {
            cells << esc(roundedCountText(r.n, o.rounding, o.cellThreshold))
                  << esc(roundedCountText(r.events, o.rounding, o.cellThreshold));
            for (ValidationMeasure m : kValidationMeasures) {
                const int d = m == ValidationMeasure::Auc ? 3 : 2;
                const std::optional<SiteInterval> &i = r.values[std::size_t(m)];
                cells << (i ? number(i->estimate, d) + QStringLiteral("<br>")
                                  + esc(QStringLiteral("[%1%2%3]")
                                            .arg(number(i->lower, d), intervalSeparator(),
                                                 number(i->upper, d)))
                            : esc(pooled ? Tr::tr("not pooled") : Tr::tr("n/a")));
            }
        }
        rows << cells;
    }
    html += paragraph(esc(Tr::tr("Per level in bold, pooled over the held-out sites; below it, "
                                 "each held-out site.")));
    html
        += table({ esc(f.label), Tr::tr("Records"), Tr::tr("Events"), Tr::tr("AUC"),
                   Tr::tr("Calibration slope"), Tr::tr("Calibration-in-the-large"), Tr::tr("O/E") },
                 rows, 20, true);
    if (o.charts && fairnessLevels(f) > 0) {
        for (ValidationMeasure m : kValidationMeasures) {
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(fairnessImage(m))
                        .arg(kForestWidth)
                        .arg(kForestWidth * fairnessRenderHeight(f) / kForestRenderWidth);
        }
    }
    return html;
}

// The section of a leave-one-site-out validation: what was done, the pooled lines, a forest plot
// per measure and the per-site table.
QString validationSection(const ValidationSummary &v, const ReportOptions &o)
{
    QString html = section(QStringLiteral("11"), Tr::tr("Validation (leave one site out)"));
    int evaluated = 0;
    for (const HeldOutResult &s : v.sites)
        evaluated += s.state == HeldOutResult::State::Evaluated ? 1 : 0;
    html += paragraph(esc(Tr::tr("Internal–external cross-validation: for each of the %1 sites "
                                 "the model was fitted on all other sites and evaluated at the "
                                 "site left out; %2 sites released their evaluation. Each "
                                 "measure is pooled with a random-effects model (REML, "
                                 "Knapp–Hartung 95% CI, 95% prediction interval for a new site), "
                                 "the AUC on the logit scale and observed/expected on the log "
                                 "scale.")
                              .arg(v.sites.size())
                              .arg(evaluated)));
    if (!v.poolingProblem.isEmpty())
        html += paragraph(esc(v.poolingProblem));
    if (!v.pooled.empty()) {
        QList<QStringList> rows;
        for (ValidationMeasure m : kValidationMeasures) {
            if (const analysis::PooledMeasure *p = pooledMeasure(v, m)) {
                const int d = m == ValidationMeasure::Auc ? 3 : 2;
                rows << QStringList {
                    esc(measureName(m)), number(p->estimate, d),
                    esc(Tr::tr("%1 to %2").arg(number(p->ciLower, d), number(p->ciUpper, d))),
                    esc(Tr::tr("%1 to %2").arg(number(p->piLower, d), number(p->piUpper, d))),
                    number(p->tau2, 4)
                };
            }
        }
        html += table({ Tr::tr("Measure"), Tr::tr("Pooled"), Tr::tr("95% CI"),
                        Tr::tr("95% prediction interval"), Tr::tr("τ²") },
                      rows, 28);
    }
    QList<QStringList> sites;
    for (const HeldOutResult &s : v.sites) {
        QStringList cells { esc(s.site) };
        if (s.state == HeldOutResult::State::Evaluated && s.measures) {
            const analysis::HeldOutSite &h = *s.measures;
            cells << esc(roundedCountText(h.n, o.rounding, o.cellThreshold))
                  << esc(roundedCountText(h.events, o.rounding, o.cellThreshold));
            for (ValidationMeasure m : kValidationMeasures) {
                const std::optional<SiteInterval> i = siteInterval(h, m);
                // The estimate on one line and its interval on the next: "0.625 [0.599, 0.651]"
                // wrapped anywhere in the narrow columns. (<nobr> around the interval made
                // QTextDocument break inside its numbers instead.)
                const int d = m == ValidationMeasure::Auc ? 3 : 2;
                cells << (i ? number(i->estimate, d) + QStringLiteral("<br>")
                                  + esc(QStringLiteral("[%1%2%3]")
                                            .arg(number(i->lower, d), intervalSeparator(),
                                                 number(i->upper, d)))
                            : esc(Tr::tr("n/a")));
            }
            cells << number(h.brier, 4);
        } else {
            // Why the site has no numbers, after its name across the table (table() spans a lone
            // cell): under its name the note made a row of a dozen lines in the narrow first
            // column, beside seven empty cells.
            cells[0] = QStringLiteral("%1 — <small>%2</small>")
                           .arg(esc(s.site), esc(heldOutStateText(s)));
        }
        sites << cells;
    }
    // A caption of its own: directly under the pooled table it read as that table's rows.
    html += paragraph(esc(Tr::tr("At each site left out: the estimate with its 95% CI below it.")));
    html += table({ Tr::tr("Held-out site"), Tr::tr("Records"), Tr::tr("Events"), Tr::tr("AUC"),
                    Tr::tr("Calibration slope"), Tr::tr("Calibration-in-the-large"), Tr::tr("O/E"),
                    Tr::tr("Brier") },
                  sites, 18, true);
    if (o.charts && !v.sites.isEmpty()) {
        for (ValidationMeasure m : kValidationMeasures) {
            html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                        .arg(validationImage(m))
                        .arg(kForestWidth)
                        .arg(kForestWidth * validationRenderHeight(v) / kForestRenderWidth);
        }
        if (!v.pooledDecisionCurve.empty()) {
            html += QStringLiteral("<p><img src=\"fairstart:validation-decision.png\" "
                                   "width=\"%1\" height=\"%2\"></p>")
                        .arg(kForestWidth)
                        .arg(kForestWidth * kDecisionChart.height() / kDecisionChart.width());
        }
    }
    if (v.fairness)
        html += fairnessSubsection(*v.fairness, o);
    return html;
}

} // namespace

QString eventsPerParameterText(double value)
{
    // A whole number without a needless decimal ("696", not "696.0"); else one decimal.
    if (!std::isfinite(value))
        return Tr::tr("n/a");
    const bool whole = std::fabs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString completeCasesText(const analysis::ModelSpec &spec, const QMap<QString, QString> &labels)
{
    if (spec.completeCases.empty())
        return {};
    QStringList cases;
    for (const std::string &v : spec.completeCases) {
        const QString name = QString::fromStdString(v);
        cases << (labels.value(name).isEmpty() ? name : labels.value(name));
    }
    return Tr::tr("Cohort: the complete cases of %1 and the model's variables.")
        .arg(cases.join(QStringLiteral(", ")));
}

QString roundedCountText(double count, int rounding, int threshold)
{
    if (!std::isfinite(count))
        return Tr::tr("n/a");
    if (count == 0)
        return QStringLiteral("0"); // the nodes release a true zero as 0: nothing to hide
    if (count < threshold)
        return withheldText(threshold);
    const double r = rounding > 1 ? std::round(count / rounding) * rounding : count;
    return rounding > 1 ? Tr::tr("≈ %1").arg(QLocale().toString(qint64(r)))
                        : QLocale().toString(qint64(r));
}

QString tripodReportFileName(const protocol::FitReport &report,
                             const QMap<QString, QString> &labels)
{
    // The outcome as the report's heading names it: its catalogue label, else its column.
    const QString outcome = QString::fromStdString(report.design.spec.outcome.variable);
    QString name = Tr::tr("Prediction model for %1")
                       .arg(labels.value(outcome).isEmpty() ? outcome : labels.value(outcome));
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral(" "));
    return name.simplified() + QStringLiteral(".pdf");
}

ReportOptions reportOptionsFor(const protocol::FitReport &report)
{
    ReportOptions o;
    for (const protocol::SiteRecord &s : report.sites) {
        o.rounding = std::max(o.rounding, s.policy.catalogueRounding);
        o.cellThreshold = std::max(o.cellThreshold, s.policy.disclosure.minCell);
    }
    return o;
}

QString tripodReportHtml(const protocol::FitReport &r, const ReportOptions &o)
{
    const analysis::GlmResult &glm = r.glm;
    const analysis::ModelSpec &spec = r.design.spec;
    auto rc = [&o](double v) {
        return esc(roundedCountText(v, o.rounding, o.cellThreshold));
    };
    QString html;
    html += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    html += QStringLiteral("<h1>%1</h1>")
                .arg(Tr::tr("Prediction model for %1")
                         .arg(variableLabel(o.labels, spec.outcome.variable)));
    html += paragraph(Tr::tr("Federated analysis report, organised along the TRIPOD statement "
                             "items. Produced by Fairstart %1 on %2. All figures are aggregates "
                             "released by the sites after their disclosure checks; no record left "
                             "a site.")
                          .arg(esc(programVersion(r.clientVersion)),
                               esc(QLocale().toString(r.finished.isValid() ? r.finished : r.started,
                                                      QLocale::LongFormat))));

    // 1. Source of data
    html += section(QStringLiteral("1"), Tr::tr("Source of data"));
    html += paragraph(Tr::tr("Dataset <b>%1</b>, analysed for the purpose <b>%2</b> at %3 sites "
                             "between %4 and %5 (UTC).")
                          .arg(esc(r.dataset), esc(purposeText(r.purpose)))
                          .arg(r.sites.size())
                          .arg(esc(r.started.toUTC().toString(Qt::ISODate)),
                               esc(r.finished.toUTC().toString(Qt::ISODate))));
    QList<QStringList> siteRows;
    for (const protocol::SiteRecord &s : r.sites) {
        siteRows << QStringList {
            esc(s.name),          esc(siteStateText(s.state)), esc(s.nodeVersion),
            esc(s.engineVersion), esc(s.protocolVersion),      esc(siteErrorText(s))
        };
    }
    html += table({ Tr::tr("Site"), Tr::tr("State"), Tr::tr("Node"), Tr::tr("Engine"),
                    Tr::tr("Protocol"), Tr::tr("Note") },
                  siteRows);
    if (!r.excludedSites.isEmpty()) {
        html += paragraph(Tr::tr("Left out by the analyst's explicit choice after a failure: %1.")
                              .arg(esc(r.excludedSites.join(QStringLiteral(", ")))));
    }
    if (r.study) {
        // Every study of the run, grouped: each one's heading, then its nodes' checks.
        const QList<protocol::StudyRecord> studies = runStudies(r);
        html += paragraph(esc(studiesSummary(studies)));
        StudyModel study;
        study.setStudies(studies, unsignedParts(r));
        QStringList h;
        for (int c = 0; c < study.columnCount(); ++c)
            h << esc(study.headerData(c, Qt::Horizontal).toString());
        QList<QStringList> rows;
        for (int row = 0; row < study.rowCount(); ++row) {
            // A study's heading is one cell across the row (table() spans a lone cell).
            if (study.isHeading(row)) {
                rows << QStringList {
                    QStringLiteral("<b>%1</b>").arg(esc(study.index(row, 0).data().toString()))
                };
                continue;
            }
            QStringList cells;
            for (int c = 0; c < study.columnCount(); ++c)
                cells << esc(study.index(row, c).data().toString());
            rows << cells;
        }
        html += table(h, rows);
    }
    html += paragraph(Tr::tr("Design hash: <tt>%1</tt>. Every site recomputed this hash from the "
                             "design it received and recorded it in its audit log.")
                          .arg(esc(r.designHash)));

    // 2. Participants
    html += section(QStringLiteral("2"), Tr::tr("Participants and cohort flow"));
    html += paragraph(Tr::tr("Counts are rounded to the nearest %1; counts below %2 are shown as "
                             "\"%3\".")
                          .arg(o.rounding)
                          .arg(o.cellThreshold)
                          .arg(esc(withheldText(o.cellThreshold))));
    QList<QStringList> flow;
    for (const protocol::SiteRecord &s : r.sites) {
        const analysis::CohortCounts &c = s.counts;
        flow << QStringList { breakable(esc(s.name)),          rc(double(c.total)),
                              rc(double(c.excludedByMask)),    rc(double(c.excludedByFilters)),
                              rc(double(c.excludedByMissing)), rc(double(c.used)) };
    }
    html += table({ Tr::tr("Site"), Tr::tr("Records"), Tr::tr("No consent for the purpose"),
                    Tr::tr("Outside the filters"), Tr::tr("Missing a model variable"),
                    Tr::tr("Analysed") },
                  // The site's name keeps a column of its own width (with Dutch headers the
                  // name "gemeente-nieuwegein-01" broke inside its words).
                  flow, 16);
    // A cohort pinned to the complete cases of a set of variables (ModelSpec::completeCases), in
    // the words of fairstart-cli fit: the records analysed are fewer than a model of its own
    // variables would use.
    if (const QString cohort = completeCasesText(spec, o.labels); !cohort.isEmpty())
        html += paragraph(esc(cohort));
    if (!spec.filters.empty()) {
        QStringList filters;
        for (const analysis::Filter &f : spec.filters)
            filters << filterText(f, o.labels);
        html += paragraph(
            Tr::tr("Eligibility (filters): %1.").arg(filters.join(QStringLiteral("; "))));
    } else {
        html += paragraph(Tr::tr("No eligibility filters: every consented record was eligible."));
    }

    // 3. Outcome
    html += section(QStringLiteral("3"), Tr::tr("Outcome"));
    QString outcome = variableText(o.labels, spec.outcome.variable);
    if (spec.outcome.threshold) {
        outcome
            = Tr::tr("%1 > %2 (1), otherwise 0").arg(outcome, number(*spec.outcome.threshold, 3));
    }
    html += paragraph(
        Tr::tr("Outcome: <b>%1</b>; model: %2.").arg(outcome, esc(familyText(spec.family))));
    if (glm.family == analysis::Family::Binomial)
        html += paragraph(
            Tr::tr("Records with the outcome: %1 of %2.").arg(rc(glm.events), rc(glm.n)));

    // 4. Predictors
    html += section(QStringLiteral("4"), Tr::tr("Predictors"));
    html += QStringLiteral("<ul>");
    for (const analysis::Predictor &p : spec.predictors)
        html += QStringLiteral("<li>") + predictorText(p, r.design, o.labels)
            + QStringLiteral("</li>");
    for (const analysis::Interaction &i : spec.interactions)
        html += QStringLiteral("<li>")
            + Tr::tr("interaction %1 × %2")
                  .arg(variableText(o.labels, i.a), variableText(o.labels, i.b))
            + QStringLiteral("</li>");
    if (!spec.offset.empty())
        html += QStringLiteral("<li>")
            + Tr::tr("offset %1").arg(variableText(o.labels, spec.offset))
            + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");

    // 5. Sample size
    html += section(QStringLiteral("5"), Tr::tr("Sample size"));
    const double parameters = double(glm.coefficients.size());
    QString sample = Tr::tr("%1 records analysed, %2 model parameters.")
                         .arg(rc(glm.n))
                         .arg(glm.coefficients.size());
    if (glm.family == analysis::Family::Binomial && parameters > 0) {
        const double minority = std::min(glm.events, glm.n - glm.events);
        sample += QLatin1Char(' ')
            + Tr::tr("Events per parameter (smaller outcome class): %1.")
                  .arg(eventsPerParameterText(minority / parameters));
    }
    html += paragraph(sample);

    // 6. Missing data
    html += section(QStringLiteral("6"), Tr::tr("Missing data"));
    html += paragraph(Tr::tr("Complete-case analysis: a record missing any model variable was "
                             "left out (see the cohort flow). Records missing each variable, "
                             "among the eligible ones:"));
    // A row per site and a column per variable (a column per site did not fit A4 beyond a few
    // sites; a single cell listing every variable of a site grew wider than the page).
    std::set<std::string> variables;
    for (const protocol::SiteRecord &s : r.sites) {
        for (const auto &entry : s.counts.missingByVariable)
            variables.insert(entry.first);
    }
    if (variables.empty()) {
        html += paragraph(Tr::tr("The sites reported no missing values."));
    } else {
        QStringList columns;
        for (const std::string &variable : variables)
            columns << variableLabel(o.labels, variable);
        QList<QStringList> missing;
        for (const protocol::SiteRecord &s : r.sites) {
            QStringList row { breakable(esc(s.name)) };
            for (const std::string &variable : variables) {
                const auto it = s.counts.missingByVariable.find(variable);
                row << (it == s.counts.missingByVariable.end() ? Tr::tr("not reported")
                                                               : rc(double(it->second)));
            }
            missing << row;
        }
        html += siteRowTables(Tr::tr("Site"), columns, missing);
    }

    // 7. Model specification
    html += section(QStringLiteral("7"), Tr::tr("Model specification and fitting"));
    QString fitting = Tr::tr("Fitted by federated Newton–Raphson (IRLS): in each round every site "
                             "returned only XᵀWX, the score and the deviance at the current "
                             "coefficients; the sums equal those of the pooled data, so the "
                             "estimates equal a pooled fit. %1 rounds; deviance %2; AIC %3.")
                          .arg(glm.rounds)
                          .arg(number(glm.deviance, 3), number(glm.aic, 3));
    if (glm.ridgeLambda > 0)
        fitting += QLatin1Char(' ')
            + Tr::tr("Ridge penalty λ = %1 (intercept not penalised).")
                  .arg(number(glm.ridgeLambda, 4));
    html += paragraph(fitting);

    // 8. Model performance
    html += section(QStringLiteral("8"), Tr::tr("Model: coefficients"));
    // Five columns fit an A4 page at a readable size; the CSV export has every column.
    const bool ratios = glm.family != analysis::Family::Gaussian;
    QStringList header { Tr::tr("Term"), Tr::tr("Estimate"), Tr::tr("SE"), Tr::tr("p") };
    header << (ratios ? Tr::tr("%1 [95% CI]").arg(esc(ratioAbbreviation(glm.family)))
                      : Tr::tr("95% CI"));
    QList<QStringList> rows;
    bool interceptShown = false;
    for (const TermRow &t : termRows(r, o.labels)) {
        if (t.reference()) {
            rows << QStringList { esc(t.label), QString(), QString(), QString(),
                                  ratios ? Tr::tr("1 (reference)") : Tr::tr("0 (reference)") };
            continue;
        }
        const analysis::Coefficient &c = glm.coefficients[std::size_t(t.coefficient)];
        // The intercept's exp() in the ratio column is the baseline odds (rate), not a ratio
        // (issue 17: the column showed the intercept's log-odds interval as if it were one).
        const bool intercept = c.term == "(Intercept)";
        interceptShown = interceptShown || (ratios && intercept);
        rows << QStringList {
            esc(t.label), number(c.estimate, decimalsFor(c.stdError, 3)),
            number(c.stdError, decimalsFor(c.stdError, 3)), esc(pValueText(c.pValue)),
            ratios ? esc(ratioIntervalText(c))
                    + (intercept
                           ? QStringLiteral("<br><i>%1</i>").arg(esc(baselineName(glm.family)))
                           : QString())
                   : esc(Tr::tr("%1 to %2")
                             .arg(number(c.ciLower, decimalsFor(c.stdError, 3)),
                                  number(c.ciUpper, decimalsFor(c.stdError, 3))))
        };
    }
    html += table(header, rows);
    if (interceptShown)
        html += paragraph(esc(baselineExplanation(glm.family)));
    if (o.charts && glm.coefficients.size() > 1)
        html += QStringLiteral(
                    "<p><img src=\"fairstart:forest.png\" width=\"%1\" height=\"%2\"></p>")
                    .arg(kForestWidth)
                    .arg(forestHeight(r, o, kForestWidth));

    html += section(QStringLiteral("9"), Tr::tr("Model performance (apparent)"));
    if (r.performance) {
        const analysis::PerformanceMetrics &m = *r.performance;
        QStringList perf;
        perf << Tr::tr("Apparent performance, on the records the model was fitted on.");
        perf << Tr::tr("Discrimination: apparent AUC %1 (95% CI %2 to %3, DeLong).")
                    .arg(number(m.auc, 3), number(m.aucLower, 3), number(m.aucUpper, 3));
        perf << Tr::tr("Brier score %1 (scaled Brier %2).")
                    .arg(number(m.brier, 4), number(m.scaledBrier, 3));
        if (r.calibrationIntercept)
            perf << Tr::tr("Apparent calibration intercept %1.")
                        .arg(number(*r.calibrationIntercept, 3));
        if (r.calibrationSlope)
            perf << Tr::tr("Apparent calibration slope %1 (1 by construction on the development "
                           "data).")
                        .arg(number(*r.calibrationSlope, 3));
        perf << Tr::tr("Observed/expected %1; E-avg %2; E-max %3.")
                    .arg(number(m.observedExpectedRatio, 3), number(m.eAvg, 4), number(m.eMax, 4));
        html += paragraph(perf.join(QLatin1Char(' ')));
        if (o.charts) {
            html += QStringLiteral("<p><img src=\"fairstart:roc.png\" width=\"%1\" height=\"%2\">"
                                   "&nbsp;<img src=\"fairstart:calibration.png\" width=\"%1\" "
                                   "height=\"%2\"></p>")
                        .arg(kSmallChartWidth)
                        .arg(kSmallChartWidth * kSmallChart.height() / kSmallChart.width());
        }
    } else {
        html += paragraph(Tr::tr("No performance results in this run (evaluation is available "
                                 "for logistic models when the sites allow it)."));
    }

    // 10. Per site
    html += section(QStringLiteral("10"), Tr::tr("Results per site"));
    QList<QStringList> perSite;
    // A masked run: no site released its own performance, each for the same reason; a row per
    // site repeating it filled pages at 30 sites.
    QStringList notes;
    for (const protocol::SitePerformance &p : r.perSite) {
        if (!p.metrics && !notes.contains(sitePerformanceNoteText(p)))
            notes << sitePerformanceNoteText(p);
    }
    const bool noneReleased = !r.perSite.isEmpty()
        && std::none_of(r.perSite.begin(), r.perSite.end(),
                        [](const protocol::SitePerformance &p) { return p.metrics.has_value(); });
    for (const protocol::SitePerformance &p :
         noneReleased &&notes.size() == 1 ? QList<protocol::SitePerformance>() : r.perSite) {
        if (p.metrics) {
            perSite << QStringList { esc(p.site), number(p.metrics->auc, 3),
                                     Tr::tr("%1 to %2")
                                         .arg(number(p.metrics->aucLower, 3),
                                              number(p.metrics->aucUpper, 3)),
                                     number(p.metrics->brier, 4) };
        } else {
            perSite << QStringList { esc(p.site), Tr::tr("not released"),
                                     esc(sitePerformanceNoteText(p)), QString() };
        }
    }
    if (!perSite.isEmpty()) {
        html += table({ Tr::tr("Site"), Tr::tr("Apparent AUC"), Tr::tr("95% CI"), Tr::tr("Brier") },
                      perSite);
        if (const std::optional<Heterogeneity> h = aucHeterogeneity(r)) {
            html += paragraph(Tr::tr("Heterogeneity of the AUC between sites: Cochran's Q = %1 "
                                     "on %2 df (p = %3), I² = %4.")
                                  .arg(number(h->q, 2))
                                  .arg(h->df)
                                  .arg(pValueText(h->p), percentText(h->i2, 0)));
        }
    } else if (noneReleased && notes.size() == 1 && !notes.first().isEmpty()) {
        html += paragraph(
            Tr::tr("The sites released no per-site performance: %1.").arg(esc(notes.first())));
    } else {
        html += paragraph(Tr::tr("The sites released no per-site performance."));
    }
    html += perSiteEstimates(r, o);

    // 11. Validation
    if (o.validation)
        html += validationSection(*o.validation, o);

    // 12. Limitations
    html += section(o.validation ? QStringLiteral("12") : QStringLiteral("11"),
                    Tr::tr("Limitations"));
    QStringList limits;
    if (o.validation) {
        limits << Tr::tr("Section 9 reports apparent performance on the development data; the "
                         "validation in section 11 shows performance at sites the model was not "
                         "fitted on.");
    } else {
        limits << Tr::tr("Performance is apparent performance on the development data; it is "
                         "not corrected for optimism (no internal or external validation in "
                         "this run).");
    }
    limits << Tr::tr("Complete-case analysis may bias the estimates when values are not missing "
                     "completely at random.");
    if (r.performance && std::isnan(r.performance->aucBinningErrorBound)) {
        limits << maskedAucText(r); // no bound exists: none is given as one
    } else if (r.performance) {
        limits << Tr::tr("The AUC is computed from risks binned at the sites; its binning error "
                         "is at most %1.")
                      .arg(number(r.performance->aucBinningErrorBound, 5));
    }
    bool failures = !r.excludedSites.isEmpty();
    for (const protocol::SiteRecord &s : r.sites)
        failures = failures || s.state != QLatin1String("ok");
    if (failures)
        limits << Tr::tr("Not every site contributed; the cohort is not the full federation.");
    html += QStringLiteral("<ul>");
    for (const QString &l : limits)
        html += QStringLiteral("<li>") + esc(l) + QStringLiteral("</li>");
    html += QStringLiteral("</ul></body></html>");
    return html;
}

QTextDocument *buildTripodReport(const protocol::FitReport &report, const ReportOptions &options,
                                 QPagedPaintDevice *device)
{
    // The outcome by its catalogue label in the title and the page footers, as in the heading.
    const QString outcome = QString::fromStdString(report.design.spec.outcome.variable);
    const QString outcomeTitle
        = options.labels.value(outcome).isEmpty() ? outcome : options.labels.value(outcome);
    auto doc = new QTextDocument;
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            Tr::tr("Prediction model for %1").arg(outcomeTitle));
    if (options.charts) {
        const QSize size(kForestRenderWidth, forestRenderHeight(report, options));
        if (report.glm.coefficients.size() > 1) {
            std::unique_ptr<QChart> forest(makeCoefficientForest(report, options.labels));
            doc->addResource(QTextDocument::ImageResource,
                             QUrl(QStringLiteral("fairstart:forest.png")),
                             pageImage(renderChart(forest.get(), size)));
        }
        if (report.performance) {
            std::unique_ptr<QChart> roc(makeRocChart(*report.performance));
            doc->addResource(QTextDocument::ImageResource,
                             QUrl(QStringLiteral("fairstart:roc.png")),
                             pageImage(renderChart(roc.get(), kSmallChart)));
            std::unique_ptr<QChart> cal(makeCalibrationChart(
                *report.performance, report.calibrationIntercept, report.calibrationSlope));
            doc->addResource(QTextDocument::ImageResource,
                             QUrl(QStringLiteral("fairstart:calibration.png")),
                             pageImage(renderChart(cal.get(), kSmallChart)));
        }
        if (options.validation && !options.validation->sites.isEmpty()) {
            const QSize validationSize(kForestRenderWidth,
                                       validationRenderHeight(*options.validation));
            for (ValidationMeasure m : kValidationMeasures) {
                std::unique_ptr<QChart> chart(makeValidationForest(*options.validation, m));
                doc->addResource(QTextDocument::ImageResource, QUrl(validationImage(m)),
                                 pageImage(renderChart(chart.get(), validationSize)));
            }
            if (const std::optional<FairnessSummary> &f = options.validation->fairness;
                f && fairnessLevels(*f) > 0) {
                for (ValidationMeasure m : kValidationMeasures) {
                    std::unique_ptr<QChart> chart(makeFairnessForest(*f, m));
                    doc->addResource(
                        QTextDocument::ImageResource, QUrl(fairnessImage(m)),
                        pageImage(renderChart(
                            chart.get(), QSize(kForestRenderWidth, fairnessRenderHeight(*f)))));
                }
            }
            if (std::unique_ptr<QChart> decision {
                    makeValidationDecisionCurve(*options.validation) }) {
                doc->addResource(QTextDocument::ImageResource,
                                 QUrl(QStringLiteral("fairstart:validation-decision.png")),
                                 pageImage(renderChart(decision.get(), kDecisionChart)));
            }
        }
    }
    if (device) {
        // Laid out on the page itself (its resolution, its text area, a line left for the page
        // number): what the layout measures is what prints, nothing runs off the paper.
        doc->documentLayout()->setPaintDevice(device);
        const QRectF body = device->pageLayout().paintRectPixels(device->logicalDpiX());
        const qreal footer = 8.0 / 25.4 * device->logicalDpiY();
        doc->setPageSize(QSizeF(body.width(), body.height() - footer));
    }
    doc->setHtml(tripodReportHtml(report, options));
    if (device)
        keepTableRowsWhole(doc);
    if (device)
        keepHeadingsWithTheirText(doc);
    if (device)
        keepListEndsTogether(doc);
    // setHtml takes the title from the HTML (none): set it after, for the page footers.
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            Tr::tr("Prediction model for %1").arg(outcomeTitle));
    return doc;
}

QString printReport(QTextDocument *doc, QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return Tr::tr("The PDF could not be started.");
    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    QFont footerFont = doc->defaultFont();
    footerFont.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(QFont(footerFont, device));
        painter.setPen(Qt::darkGray);
        const QRectF footer(0, page.height(), page.width(),
                            device->pageLayout().paintRectPixels(device->logicalDpiX()).height()
                                - page.height());
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                         doc->metaInformation(QTextDocument::DocumentTitle));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         Tr::tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return {};
}

void setUpReportPage(QPdfWriter *writer)
{
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer->setResolution(300);
}

QString writeTripodReport(const protocol::FitReport &report, const QString &path)
{
    return writeTripodReport(report, path, reportOptionsFor(report));
}

QString writeTripodReport(const protocol::FitReport &report, const QString &path,
                          const ReportOptions &options)
{
    QPdfWriter writer(path);
    setUpReportPage(&writer);
    std::unique_ptr<QTextDocument> doc(buildTripodReport(report, options, &writer));
    writer.setTitle(doc->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("Fairstart"));
    if (const QString problem = printReport(doc.get(), &writer); !problem.isEmpty())
        return Tr::tr("Could not write the report to %1: %2").arg(path, problem);
    if (QFileInfo(path).size() <= 0) {
        return Tr::tr("Could not write the report to %1. Choose another folder and try again.")
            .arg(path);
    }
    return {};
}

} // namespace fairstart::ui
