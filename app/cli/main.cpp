// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/cli/clicommand.h"
#include "fairstart/cli/tr.h"
#include "fairstart/translations/language.h"

#include <QCoreApplication>

#include <malloc.h>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Freed memory stays with the process until it exits instead of going back to the system
    // each time the top of the heap is free, and the heap grows 32 MiB at a time: a fit at 100
    // sites freed and touched again ~35 MB of its heap in ~720 brk calls, each page faulted and
    // cleared anew (~4,000 of the CLI's ~25,000 faults per fit; ~10 % of its CPU; issue 16,
    // docs/performance.md, "sites10"). The program is short-lived and its peak is unchanged.
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 32 << 20);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    // --lang before any command word or after it: the language of the messages, before the
    // system's (LANG=nl_NL.UTF-8 LANGUAGE=nl did it before).
    QStringList args = QCoreApplication::arguments();
    const std::optional<QString> language = fairstart::i18n::takeLanguageOption(args);
    const bool known = language && fairstart::i18n::supportedLanguages().contains(*language);
    fairstart::i18n::useLanguage(known ? *language : fairstart::i18n::systemLanguage());
    if (language && !known) {
        std::fprintf(
            stderr, "fairstart-cli: %s\n",
            qPrintable(fairstart::cli::Tr::tr("unknown --lang '%1'; use one of: %2")
                           .arg(*language,
                                fairstart::i18n::supportedLanguages().join(QStringLiteral(", ")))));
        return 2;
    }
    return fairstart::cli::runCliCommand(args);
}
