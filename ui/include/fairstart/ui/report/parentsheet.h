// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-language information sheet for parents, one per published model: what is estimated,
// from which kinds of information, what a risk means and what it does not, and whom to ask.
// The text goes through Tr::tr(); the language is the one of the installed translator.
#pragma once

#include "fairstart/ui/reviewer/publishedmodel.h"

#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QTextDocument;

namespace fairstart::ui {

// The sheet in the current language (HTML).
QString parentSheetHtml(const PublishedModelDocument &model);

// Writes the sheet as a PDF (A4) in the current language. Empty on success, else the error.
QString writeParentSheet(const PublishedModelDocument &model, const QString &path);
// The same in `language` ("en", "nl", "de", "fr"): the application's language is the same
// afterwards. A language Fairstart does not speak is an error.
QString writeParentSheet(const PublishedModelDocument &model, const QString &path,
                         const QString &language);

// The sheet laid out on the pages of `device` (A4 as writeParentSheet sets it up), or for the
// screen without one; the caller owns it.
QTextDocument *buildParentSheet(const PublishedModelDocument &model,
                                QPagedPaintDevice *device = nullptr);

// The file name the reviewer window proposes for the sheet in `language`: the sheet's heading in
// that language ("Informatie voor ouders en verzorgers.pdf"), not an English name in a Dutch
// session (issue 17).
QString parentSheetFileName(const QString &language);

// Writes the sheet in each of `languages` ("en", "nl", "de", "fr") into `directory` as
// parent-sheet-<language>.pdf, each in its own language and number format; the application's
// language is the same afterwards. A language Fairstart does not speak is an error for that
// language: the sheet is not written in English under its name.
// Returns the files written; *error holds the first failure.
QStringList writeParentSheets(const PublishedModelDocument &model, const QString &directory,
                              const QStringList &languages, QString *error = nullptr);

} // namespace fairstart::ui
