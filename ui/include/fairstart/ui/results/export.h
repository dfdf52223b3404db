// SPDX-License-Identifier: GPL-3.0-or-later
// Export of charts (PNG, SVG, PDF) and tables (CSV). Errors come back as text that says what
// happened and what to do; nothing throws.
#pragma once

#include <QSize>
#include <QString>

class QAbstractItemModel;
class QMimeData;
class QChart;
class QChartView;
class QImage;
class QWidget;

namespace fairstart::ui {

enum class ImageFormat { Png, Svg, Pdf };

// The format a file name asks for (by suffix, case-insensitive); nullopt-like false when unknown.
bool imageFormatForPath(const QString &path, ImageFormat *format);

// Renders a chart view (as it is laid out, or at `size` when valid) into a file. The format
// follows the suffix (.png, .svg, .pdf). Returns an empty string on success, else the error.
QString exportChartView(QChartView *view, const QString &path, QSize size = {});
// Same for a chart not shown anywhere: it is placed in a temporary view of `size`.
// The chart stays owned by the caller.
QString exportChart(QChart *chart, const QString &path, QSize size = QSize(900, 600));
// The chart as an image (for reports), at `size` logical pixels times `scale`.
QImage renderChart(QChart *chart, QSize size, qreal scale = 2.0);

// CSV (RFC 4180, UTF-8, comma separated, "\r\n" lines) of a table model: horizontal headers,
// then every row with ExportRole data (DisplayRole where a model has no ExportRole). Vertical
// headers become a first column when `withRowHeaders`.
QByteArray tableToCsv(const QAbstractItemModel *model, bool withRowHeaders = false);
QString exportCsv(const QAbstractItemModel *model, const QString &path,
                  bool withRowHeaders = false);

// The table as an HTML table (for pasting into a word processor) with ExportRole text.
QString tableToHtml(const QAbstractItemModel *model);
// Clipboard data of a table: text/html and, as plain text, the CSV. The caller hands it to
// QClipboard, which takes ownership.
QMimeData *tableMimeData(const QAbstractItemModel *model);

// Offers "Save chart as" with PNG/SVG/PDF filters and writes the chosen file; a failure is shown
// in a message box. Returns whether a file was written.
bool saveChartInteractively(QChartView *view, QWidget *parent, const QString &suggestedName);
bool saveTableInteractively(const QAbstractItemModel *model, QWidget *parent,
                            const QString &suggestedName, bool withRowHeaders = false);

} // namespace fairstart::ui
