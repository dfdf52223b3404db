// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/export.h"

#include "fairstart/analysis/numbers.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSvgGenerator>

namespace fairstart::ui {

bool imageFormatForPath(const QString &path, ImageFormat *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = ImageFormat::Png;
    else if (suffix == QLatin1String("svg"))
        *format = ImageFormat::Svg;
    else if (suffix == QLatin1String("pdf"))
        *format = ImageFormat::Pdf;
    else
        return false;
    return true;
}

namespace {

QString cannotWrite(const QString &path, const QString &why)
{
    return Tr::tr("Could not write %1: %2. Choose another folder or file name and try again.")
        .arg(QFileInfo(path).fileName(), why);
}

void layoutNow(QChartView *view, QSize size)
{
    view->resize(size);
    view->chart()->resize(QSizeF(size));
    if (view->chart()->layout())
        view->chart()->layout()->activate();
}

// Draws a chart that no shown view displays. QChartView::render() of a view that was never
// shown paints whatever part of the scene its unfitted viewport happens to cover (the top-left
// corner of the chart, enlarged: what the PDF report showed); a scene of exactly the chart's
// size renders it whole.
void paintChart(QPainter *painter, QChart *chart, QSizeF size)
{
    QGraphicsScene *owner = chart->scene();
    if (owner)
        owner->removeItem(chart);
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setPos(0, 0);
        chart->resize(size);
        if (chart->layout())
            chart->layout()->activate();
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
        scene.removeItem(chart);
    }
    if (owner)
        owner->addItem(chart);
}

// The view as it is shown, or its chart alone when the view is hidden.
void paintView(QPainter *painter, QChartView *view, QSize size)
{
    if (view->isVisible())
        view->render(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    else
        paintChart(painter, view->chart(), QSizeF(size));
}

} // namespace

QString exportChartView(QChartView *view, const QString &path, QSize size)
{
    ImageFormat format;
    if (!imageFormatForPath(path, &format)) {
        return Tr::tr("The file name %1 does not end in .png, .svg or .pdf. Add one of these "
                      "endings to choose the format.")
            .arg(QFileInfo(path).fileName());
    }
    if (!view || !view->chart())
        return Tr::tr("There is no chart to export. Open a result first.");
    const QSize oldSize = view->size();
    if (!size.isValid() || size.isEmpty())
        size = oldSize.isEmpty() ? QSize(900, 600) : oldSize;
    // The table's selection highlight is for the screen, not for a figure in a paper.
    auto *forest = qobject_cast<ForestChart *>(view->chart());
    const int highlighted = forest ? forest->highlighted() : -1;
    if (forest)
        forest->setHighlighted(-1);
    layoutNow(view, size);
    QString error;
    switch (format) {
    case ImageFormat::Png: {
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2.0);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paintView(&painter, view, size);
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            error = cannotWrite(path, file.errorString());
        break;
    }
    case ImageFormat::Svg: {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(view->chart()->title());
        generator.setDescription(Tr::tr("Fairstart chart"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            error = cannotWrite(path, Tr::tr("the file could not be opened"));
            break;
        }
        paintView(&painter, view, size);
        painter.end();
        if (QFileInfo(path).size() <= 0)
            error = cannotWrite(path, Tr::tr("nothing was written"));
        break;
    }
    case ImageFormat::Pdf: {
        QPdfWriter writer(path);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(view->chart()->title());
        writer.setCreator(QStringLiteral("Fairstart"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            error = cannotWrite(path, Tr::tr("the file could not be opened"));
            break;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        paintView(&painter, view, size);
        painter.end();
        if (QFileInfo(path).size() <= 0)
            error = cannotWrite(path, Tr::tr("nothing was written"));
        break;
    }
    }
    if (size != oldSize && !oldSize.isEmpty())
        layoutNow(view, oldSize);
    if (forest)
        forest->setHighlighted(highlighted);
    return error;
}

QString exportChart(QChart *chart, const QString &path, QSize size)
{
    if (!chart)
        return Tr::tr("There is no chart to export. Open a result first.");
    QGraphicsScene *oldScene = chart->scene();
    if (oldScene)
        oldScene->removeItem(chart);
    QString error;
    {
        QChartView view(chart);
        view.setRenderHint(QPainter::Antialiasing);
        error = exportChartView(&view, path, size);
        view.scene()->removeItem(chart);
    }
    if (oldScene)
        oldScene->addItem(chart);
    return error;
}

QImage renderChart(QChart *chart, QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    if (!chart)
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintChart(&painter, chart, QSizeF(size));
    painter.end();
    return image;
}

namespace {

QByteArray csvField(const QString &text)
{
    QString t = text;
    // Keep spreadsheets from reading a cell as a formula.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front())) {
        // Only a plain number ("-1.5") stays as it is (analysis::parseNumber: no spaces, no
        // "inf", no leading '+', whatever the locale).
        if (!analysis::parseNumber(t.toStdString()))
            t.prepend(QLatin1Char('\''));
    }
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"'))
        || t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1String("\""), QLatin1String("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

QString exportText(const QAbstractItemModel *model, const QVariant &exportValue,
                   const QVariant &display)
{
    Q_UNUSED(model)
    return exportValue.isValid() ? exportValue.toString() : display.toString();
}

} // namespace

QByteArray tableToCsv(const QAbstractItemModel *model, bool withRowHeaders)
{
    QByteArray out;
    if (!model)
        return out;
    const int rows = model->rowCount();
    const int cols = model->columnCount();
    QList<QByteArray> fields;
    if (withRowHeaders)
        fields << QByteArray();
    for (int c = 0; c < cols; ++c) {
        fields << csvField(exportText(model, model->headerData(c, Qt::Horizontal, ExportRole),
                                      model->headerData(c, Qt::Horizontal, Qt::DisplayRole)));
    }
    out += fields.join(',') + "\r\n";
    for (int r = 0; r < rows; ++r) {
        fields.clear();
        if (withRowHeaders) {
            fields << csvField(exportText(model, model->headerData(r, Qt::Vertical, ExportRole),
                                          model->headerData(r, Qt::Vertical, Qt::DisplayRole)));
        }
        for (int c = 0; c < cols; ++c) {
            const QModelIndex index = model->index(r, c);
            fields << csvField(exportText(model, model->data(index, ExportRole),
                                          model->data(index, Qt::DisplayRole)));
        }
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QString tableToHtml(const QAbstractItemModel *model)
{
    if (!model)
        return {};
    auto text = [](const QVariant &exportValue, const QVariant &display) {
        return (exportValue.isValid() ? exportValue.toString() : display.toString())
            .toHtmlEscaped();
    };
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (int c = 0; c < model->columnCount(); ++c) {
        html += QStringLiteral("<th>")
            + text(model->headerData(c, Qt::Horizontal, ExportRole),
                   model->headerData(c, Qt::Horizontal, Qt::DisplayRole))
            + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr>");
    for (int r = 0; r < model->rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex i = model->index(r, c);
            html += (c == 0 ? QStringLiteral("<td>") : QStringLiteral("<td align=\"right\">"))
                + text(model->data(i, ExportRole), model->data(i, Qt::DisplayRole))
                + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QMimeData *tableMimeData(const QAbstractItemModel *model)
{
    auto data = new QMimeData;
    data->setHtml(tableToHtml(model));
    data->setText(QString::fromUtf8(tableToCsv(model)));
    return data;
}

QString exportCsv(const QAbstractItemModel *model, const QString &path, bool withRowHeaders)
{
    if (!model)
        return Tr::tr("There is no table to export. Open a result first.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    file.write(tableToCsv(model, withRowHeaders));
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

namespace {

QString suggestedPath(const QString &name, const QString &suffix)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    return dir + QLatin1Char('/') + base + QLatin1Char('.') + suffix;
}

} // namespace

bool saveChartInteractively(QChartView *view, QWidget *parent, const QString &suggestedName)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, Tr::tr("Export chart"), suggestedPath(suggestedName, QStringLiteral("png")),
        Tr::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return false;
    QString target = path;
    ImageFormat format;
    if (!imageFormatForPath(target, &format)) {
        if (selected.contains(QLatin1String("*.svg")))
            target += QStringLiteral(".svg");
        else if (selected.contains(QLatin1String("*.pdf")))
            target += QStringLiteral(".pdf");
        else
            target += QStringLiteral(".png");
    }
    const QString error = exportChartView(view, target);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, Tr::tr("Export failed"), error);
        return false;
    }
    return true;
}

bool saveTableInteractively(const QAbstractItemModel *model, QWidget *parent,
                            const QString &suggestedName, bool withRowHeaders)
{
    QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Export table"),
                                                suggestedPath(suggestedName, QStringLiteral("csv")),
                                                Tr::tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const QString error = exportCsv(model, path, withRowHeaders);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, Tr::tr("Export failed"), error);
        return false;
    }
    return true;
}

} // namespace fairstart::ui
