// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/aboutdialog.h"

#include "fairstart/analysis/version.h"
#include "fairstart/client/clientinfo.h"
#include "fairstart/protocol/protocolversion.h"
#include "fairstart/ui/tr.h"
#include "fairstart/workspace/workspaceinfo.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fairstart::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(Tr::tr("About Fairstart"));
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(Tr::tr("<h3>Fairstart Workbench %1</h3>"
                         "<p>Federated analysis of child-health data: the analysis travels to the "
                         "data, only checked aggregates come back.</p>"
                         "<p>Statistics engine %2 · protocol %3<br>%4<br>%5<br>Qt %6</p>")
                      .arg(QStringLiteral(FAIRSTART_VERSION),
                           QString::fromUtf8(analysis::engineVersion().data(),
                                             qsizetype(analysis::engineVersion().size())),
                           protocol::protocolVersionString(), client::transportVersion(),
                           workspace::cipherVersion(), QString::fromLatin1(qVersion())));
    text->setAccessibleName(Tr::tr("About Fairstart"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace fairstart::ui
