// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/node/nodecommand.h"
#include "fairstart/translations/language.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char *argv[])
{
    // Blocks up to 32 MiB (a round's or an evaluation's n-vectors, up to 4 million records) come
    // from the heap, and a freed one is reused by the next computation: mapped on their own
    // (the threshold was 1 MiB) each was page-faulted, cleared and unmapped anew, a quarter of a
    // node's CPU in a warm fit (issue 16). One arena for all threads, not trimmed as blocks are
    // freed: one request's freed blocks serve the next on any thread, and malloc_trim gives back
    // all of its free memory (it does not trim the top of a thread's own arena). The node calls it
    // when a job dropped its matrix and no request is in flight, and at every idle-job sweep
    // (site-node/src/freememory_p.h), so at rest it stays near its cached designs. Larger blocks
    // (design matrices) come from the heap too (M_MMAP_MAX 0): the first one takes the pages the
    // preload reserved for it (reserveDesignMemory) instead of fresh ones, and a freed one is
    // given back by the same malloc_trim.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_MMAP_MAX, 0);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_ARENA_MAX, 1);
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
