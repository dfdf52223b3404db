// SPDX-License-Identifier: GPL-3.0-or-later
// Finding what a user clicks in the workbench's window, for the ui tests that walk it as a user
// does: a menu's action by its visible text, a dialog's button by its text.
#pragma once

#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"

#include <QApplication>

#include <QAction>
#include <QList>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

namespace testsupport {

// The action of the menu `menu` (its text without '&') whose text starts with `text`.
inline QAction *menuAction(fairstart::ui::MainWindow &window, const QString &menu,
                           const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menu || !top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->text().remove(QLatin1Char('&')).startsWith(text))
                return a;
        }
    }
    return nullptr;
}

// The push button under `parent` whose text (without '&') is `text`.
inline QPushButton *button(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

// The reviewer windows that are open (shown), oldest first.
inline QList<fairstart::ui::ReviewerWindow *> reviewerWindows()
{
    QList<fairstart::ui::ReviewerWindow *> windows;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *r = qobject_cast<fairstart::ui::ReviewerWindow *>(w); r && r->isVisible())
            windows << r;
    }
    return windows;
}

} // namespace testsupport
