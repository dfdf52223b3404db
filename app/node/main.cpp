// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/nodecommand.h"
#include "fairstart/translations/language.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char *argv[])
{
    // Blocks of 1 MiB and more (design matrices, a round's or an evaluation's n-vectors) are
    // mapped on their own and returned to the system when freed. glibc raises this threshold
    // after the first such free (up to 32 MiB by default), and from then on freed matrices stay
    // in the heap's arenas: a node stayed resident at ~2.8x its cached design after a fit
    // (issue 16). The price is a page fault per page of each new large block.
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fairstart-node"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRSTART_VERSION));
    const QStringList args = QCoreApplication::arguments().mid(1);
    // The administration commands speak the administrator's language. 'serve' speaks English: its
    // answers go to clients in other countries and its log lines to the journal and to support.
    fairstart::i18n::useLanguage(args.value(0) == QLatin1String("serve")
                                     ? QStringLiteral("en")
                                     : fairstart::i18n::systemLanguage());
    return fairstart::node::runNodeCommand(args);
}
