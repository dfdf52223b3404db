// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/report/parentsheet.h"

#include "fairstart/translations/language.h"
#include "fairstart/ui/report/tripodreport.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

#include <memory>

namespace fairstart::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString information(const PublishedModelDocument &m)
{
    if (!m.description.information.isEmpty())
        return esc(m.description.information);
    QStringList names;
    for (const analysis::Predictor &p : m.report.design.spec.predictors) {
        const QString v = QString::fromStdString(p.variable);
        const InputHint hint = m.description.inputs.value(v);
        names << esc(hint.label.isEmpty() ? v : hint.label);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString parentSheetHtml(const PublishedModelDocument &m)
{
    const ModelDescription &d = m.description;
    // One A4 page at a size parents read comfortably: 11 pt text, headings a little larger
    // (at 12 pt with the default 18/14 pt headings the last lines ran onto a second page).
    QString html = QStringLiteral(
        "<html><head><style>h1 { font-size: 17pt; margin-bottom: 2px; } "
        "h2 { font-size: 12.5pt; margin-top: 10px; margin-bottom: 3px; } "
        "p { margin-top: 0px; margin-bottom: 5px; } ul { margin-top: 0px; }</style></head>"
        "<body style=\"font-family: sans-serif; font-size: 11pt;\">");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(d.title));
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(esc(Tr::tr("Information for parents and carers")));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("What is estimated?")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Professionals who care for your child can use a calculation "
                                "that estimates the chance of the following:")));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(d.predicts.isEmpty()
                             ? QString::fromStdString(m.report.design.spec.outcome.variable)
                             : d.predicts));
    if (!d.population.isEmpty()) {
        // The analyst's sentence may end in its own full stop ("... research use.").
        QString population = d.population.trimmed();
        while (population.endsWith(QLatin1Char('.')))
            population.chop(1);
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("The calculation was made for: %1.").arg(population)));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Which information is used?")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("The calculation uses these kinds of information about a child:"))
                     + QStringLiteral(" <b>") + information(m) + QStringLiteral("</b>."));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("The calculation was learned from the information of many "
                                "children at %n organisation(s). That information never left "
                                "those organisations: only totals and averages were combined. "
                                "Nobody involved saw the records of individual children.",
                                nullptr, int(m.report.sites.size()))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("When a professional uses the calculator for your child, the "
                                "values are typed in on their own computer. Nothing is sent "
                                "anywhere, and nothing is stored unless the professional "
                                "saves it.")));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("What does a risk mean?")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("A risk of, for example, 20% means: of 100 children with the same "
                                "information, about 20 would be expected to have this outcome, "
                                "and about 80 would not. It is an estimate for a group of "
                                "similar children, with some uncertainty, which is why a range "
                                "is shown as well.")));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("What does a risk not mean?")));
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li></ul>")
                .arg(esc(Tr::tr("It is not a diagnosis, and it does not say what will happen to "
                                "your child.")),
                     esc(Tr::tr("It does not say that you, or anyone, did something wrong.")),
                     esc(Tr::tr("It never decides anything by itself: it helps a professional "
                                "decide, together with you, whether extra support could help.")));

    if (m.report.performance) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("How good is the calculation?")));
        const double auc = m.report.performance->auc;
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("If we take one child who had the outcome and one who did "
                                    "not, the calculation gives the first child the higher risk "
                                    "in about %1 of 100 such pairs. 50 would be no better than "
                                    "chance; 100 would be perfect.")
                                 .arg(qRound(100.0 * auc))));
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(Tr::tr("Whom can I ask?")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(d.contact.isEmpty()
                             ? Tr::tr("Ask the professional who told you about this calculation, "
                                      "for example your youth health nurse or doctor.")
                             : d.contact));
    html += QStringLiteral("</body></html>");
    return html;
}

QString writeParentSheet(const PublishedModelDocument &model, const QString &path)
{
    QPdfWriter writer(path);
    setUpReportPage(&writer);
    writer.setPageMargins(QMarginsF(20, 18, 20, 15), QPageLayout::Millimeter);
    writer.setTitle(model.description.title);
    writer.setCreator(QStringLiteral("Fairstart"));
    std::unique_ptr<QTextDocument> doc(buildParentSheet(model, &writer));
    // As the report: laid out on the page itself, the full text width (QTextDocument::print
    // laid it out at the screen's resolution and scaled it: a narrow column of small type).
    if (const QString problem = printReport(doc.get(), &writer);
        !problem.isEmpty() || QFileInfo(path).size() <= 0) {
        return Tr::tr("Could not write the information sheet to %1. Choose another folder and "
                      "try again.")
            .arg(path);
    }
    return {};
}

QTextDocument *buildParentSheet(const PublishedModelDocument &model, QPagedPaintDevice *device)
{
    auto doc = new QTextDocument;
    if (device) {
        doc->documentLayout()->setPaintDevice(device);
        const QRectF body = device->pageLayout().paintRectPixels(device->logicalDpiX());
        const qreal footer = 8.0 / 25.4 * device->logicalDpiY();
        doc->setPageSize(QSizeF(body.width(), body.height() - footer));
    }
    doc->setHtml(parentSheetHtml(model));
    doc->setMetaInformation(QTextDocument::DocumentTitle, model.description.title);
    return doc;
}

QString writeParentSheet(const PublishedModelDocument &model, const QString &path,
                         const QString &language)
{
    const QString before = i18n::currentLanguage();
    const QLocale beforeLocale;
    if (language != before && !i18n::useLanguage(language, beforeLocale)) {
        i18n::useLanguage(before, beforeLocale);
        QLocale::setDefault(beforeLocale);
        return Tr::tr("Fairstart has no '%1' translation, so the sheet in that language was not "
                      "written. Choose one of: %2.")
            .arg(language, i18n::supportedLanguages().join(QStringLiteral(", ")));
    }
    const QString error = writeParentSheet(model, path);
    if (language != before) {
        i18n::useLanguage(before, beforeLocale);
        QLocale::setDefault(beforeLocale);
    }
    return error;
}

QString parentSheetFileName(const QString &language)
{
    const QString before = i18n::currentLanguage();
    const QLocale beforeLocale;
    const bool switched = language != before && i18n::useLanguage(language, beforeLocale);
    // The sheet's own heading as its name, in the sheet's language; characters a file system
    // may refuse become spaces.
    QString name = Tr::tr("Information for parents and carers");
    if (switched) {
        i18n::useLanguage(before, beforeLocale);
        QLocale::setDefault(beforeLocale);
    }
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]"));
    name.replace(unsafe, QStringLiteral(" "));
    return name.simplified() + QStringLiteral(".pdf");
}

QStringList writeParentSheets(const PublishedModelDocument &model, const QString &directory,
                              const QStringList &languages, QString *error)
{
    const QString before = i18n::currentLanguage();
    const QLocale beforeLocale;
    QStringList written;
    for (const QString &language : languages) {
        if (!i18n::useLanguage(language, beforeLocale)) {
            if (error && error->isEmpty()) {
                *error = Tr::tr("Fairstart has no '%1' translation, so the sheet in that language "
                                "was not written. Choose one of: %2.")
                             .arg(language, i18n::supportedLanguages().join(QStringLiteral(", ")));
            }
            continue;
        }
        const QString path
            = QDir(directory).filePath(QStringLiteral("parent-sheet-%1.pdf").arg(language));
        const QString e = writeParentSheet(model, path);
        if (e.isEmpty())
            written << path;
        else if (error && error->isEmpty())
            *error = e;
    }
    i18n::useLanguage(before, beforeLocale);
    QLocale::setDefault(beforeLocale);
    return written;
}

} // namespace fairstart::ui
