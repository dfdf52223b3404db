// SPDX-License-Identifier: GPL-3.0-or-later
// The walk of 2026-12-07, afternoon (branch walk6): what a youth-care organisation's administrator
// and its professionals expect of signed model files. The administrator installs a list of
// trusted and revoked signers (trustedsigners.h): a listed signer's file opens without asking
// and under the organisation's name, a revoked one is refused even where a user trusted it, an
// unknown one still asks, and a line that cannot be read is reported and keeps every file shut.
// The user forgets a signer in Preferences ▸ Model Files; the analyst reads and copies the
// workspace's key there, and makes a new one.
#include "publishedmodelfixture.h"
#include "results/simulatedreport.h"
#include "windowsupport.h"

#include "fairstart/ui/dialogs.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/reviewer/modelfile.h"
#include "fairstart/ui/reviewer/modelsignature.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/reviewer/trustedsigners.h"
#include "fairstart/ui/signerspage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::publishedModel;
using testsupport::reviewerWindows;

namespace {

const char *const kListVariable = "FAIRSTART_TRUSTED_SIGNERS";

bool writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Calls `then` with the next modal dialog once it is shown (a dialog's exec() blocks).
void whenModalAppears(const std::function<void(QWidget *)> &then)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, then] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            then(dialog);
        }
    });
    timer->start();
}

void closeReviewerWindows()
{
    for (ReviewerWindow *w : reviewerWindows())
        w->close();
    QCoreApplication::processEvents();
}

QStringList rowTexts(QTreeWidget *tree, int column)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(column);
    return texts;
}

} // namespace

class tst_Walk6 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void listedSignerOpensWithoutAsking();
    void revokedSignerIsRefusedEvenIfRemembered();
    void unknownSignerStillAsks();
    void malformedLinesAreReported();
    void brokenListKeepsEveryFileShut();
    void userForgetsARememberedSigner();
    void analystReadsAndCopiesTheKey();
    void newKeyAfterRevocation();
    void checkSignersCommand();
    void shippedListIsEmptyAndValid();

private:
    // A model file signed by `signer` (the simulated report, no sites' attestations).
    QString signedFile(const ModelSigner &signer, const QString &name);
    // The organisation's list at m_list with this text.
    void installList(const QByteArray &text);

    testing::SimulatedFederation m_fed;
    QTemporaryDir m_dir;
    QString m_list;
};

void tst_Walk6::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fed = testing::simulateFederation(300);
    m_list = m_dir.filePath(QStringLiteral("trusted-signers"));
}

void tst_Walk6::init()
{
    QSettings settings;
    settings.remove(QStringLiteral("modelSigners"));
    settings.remove(QStringLiteral("workbench/audience"));
    settings.remove(QStringLiteral("recentModelFiles"));
    closeReviewerWindows();
    // No organisation's list unless a test installs one.
    QFile::remove(m_list);
    qputenv(kListVariable, m_list.toLocal8Bit());
}

QString tst_Walk6::signedFile(const ModelSigner &signer, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".fairstart-model"));
    const QString problem = writePublishedModelFile(publishedModel(m_fed.report), path, signer);
    return problem.isEmpty() ? path : QString();
}

void tst_Walk6::installList(const QByteArray &text)
{
    QVERIFY(writeText(m_list, text));
    QCOMPARE(trustedSignersPath(), m_list);
}

// A key on the organisation's list opens without the first-seen dialog, under the name the
// organisation gave, whether the list has its fingerprint or the whole key; the user's own
// trust is not touched.
void tst_Walk6::listedSignerOpensWithoutAsking()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("Anna"));
    const QString path = signedFile(analyst, QStringLiteral("listed"));
    QVERIFY(!path.isEmpty());
    installList("# our signers\n\n"
                + trustedSignerLine(analyst.publicKey(),
                                    QStringLiteral("A. de Vries, GGD "
                                                   "Hollands Midden"))
                      .toUtf8()
                + "   # epidemiologist since 2026-12\n");

    MainWindow window;
    int asked = 0;
    window.setSignerPrompt([&](const ModelFile &, SignerTrust, const QString &) {
        ++asked;
        return true;
    });
    QString problem;
    QPointer<ReviewerWindow> opened = window.openModelFile(path, &problem);
    QVERIFY2(opened, qPrintable(problem));
    QCOMPARE(asked, 0);
    const QString origin = opened->originText();
    QVERIFY2(origin.contains(QStringLiteral("Signed by A. de Vries, GGD Hollands Midden"))
                 && origin.contains(QStringLiteral("your organisation's list of trusted signers"))
                 && origin.contains(keyFingerprint(analyst.publicKey())),
             qPrintable(origin));
    QVERIFY2(!origin.contains(QStringLiteral("Signed by Anna")), qPrintable(origin));
    auto *originLabel = opened->findChild<QLabel *>(QStringLiteral("origin"));
    QVERIFY(originLabel && originLabel->toolTip().contains(QStringLiteral("\"Anna\"")));
    // Not remembered as the user's own decision: revoking it later is enough.
    QCOMPARE(signerTrust(ModelFileSignature { analyst.name, analyst.publicKey(), {} }),
             SignerTrust::FirstSeen);
    closeReviewerWindows();

    // The whole public key (base64) instead of the fingerprint, and the fingerprint without
    // spaces, lower case.
    installList(analyst.publicKey().toBase64() + " GGD analyst\n");
    opened = window.openModelFile(path, &problem);
    QVERIFY2(opened, qPrintable(problem));
    QVERIFY2(opened->originText().contains(QStringLiteral("Signed by GGD analyst")),
             qPrintable(opened->originText()));
    closeReviewerWindows();
    installList(compactFingerprint(analyst.publicKey()).toLower().toLatin1() + "\tGGD\r\n");
    QVERIFY2(window.openModelFile(path, &problem), qPrintable(problem));
    QCOMPARE(asked, 0);
}

// The administrator revokes a key the professional trusted personally: the file is refused,
// the message says what happened, why, and whom to ask for a newly signed file.
void tst_Walk6::revokedSignerIsRefusedEvenIfRemembered()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    const QString path = signedFile(analyst, QStringLiteral("revoked"));
    QVERIFY(!path.isEmpty());
    trustSigner(ModelFileSignature { analyst.name, analyst.publicKey(), {} });
    MainWindow window;
    int asked = 0;
    window.setSignerPrompt([&](const ModelFile &, SignerTrust, const QString &) {
        ++asked;
        return true;
    });
    QString problem;
    QVERIFY2(window.openModelFile(path, &problem), qPrintable(problem)); // trusted, no list
    closeReviewerWindows();

    installList("revoked " + keyFingerprint(analyst.publicKey()).toLatin1()
                + "  A. de Vries (old laptop)  # laptop stolen on 30 November\n");
    QVERIFY(!window.openModelFile(path, &problem));
    QCOMPARE(asked, 0);
    QVERIFY(reviewerWindows().isEmpty());
    QVERIFY2(problem.contains(QStringLiteral("revoked.fairstart-model was not opened: your "
                                             "organisation revoked the key"))
                 && problem.contains(keyFingerprint(analyst.publicKey()))
                 && problem.contains(QStringLiteral("A. de Vries (old laptop)"))
                 && problem.contains(QStringLiteral("laptop stolen on 30 November"))
                 && problem.contains(QStringLiteral("do not use this file"))
                 && problem.contains(QStringLiteral("Ask A. de Vries for a newly signed file")),
             qPrintable(problem));

    // Listed as trusted and as revoked (an administrator who added the revocation below the old
    // line): revoked wins, in either order.
    const QByteArray trusted
        = trustedSignerLine(analyst.publicKey(), QStringLiteral("A. de Vries")).toUtf8() + "\n";
    const QByteArray revoked = "REVOKED " + analyst.publicKey().toBase64() + "\n";
    for (const QByteArray &text : QByteArrayList { trusted + revoked, revoked + trusted }) {
        installList(text);
        QVERIFY(!window.openModelFile(path, &problem));
        QVERIFY2(problem.contains(QStringLiteral("revoked the key")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("A. de Vries")), qPrintable(problem));
    }
    QCOMPARE(asked, 0);

    // The same message in the dialog a double-click shows: through the default path too.
    MainWindow plain;
    QVERIFY(!plain.openModelFile(path, &problem));
    QVERIFY(reviewerWindows().isEmpty());
}

// A signer the list does not name still gets the first-seen dialog, which says the list does not
// list the key; a key not listed under a name the list gives another key is questioned.
void tst_Walk6::unknownSignerStillAsks()
{
    const ModelSigner listed = newModelSigner(QStringLiteral("A. de Vries"));
    const ModelSigner unknown = newModelSigner(QStringLiteral("B. Jansen"));
    installList(trustedSignerLine(listed.publicKey(), QStringLiteral("A. de Vries")).toUtf8()
                + "\n");
    const QString path = signedFile(unknown, QStringLiteral("unknown"));
    QVERIFY(!path.isEmpty());

    MainWindow window;
    QList<SignerTrust> seen;
    QStringList others;
    bool answer = false;
    window.setSignerPrompt([&](const ModelFile &, SignerTrust trust, const QString &other) {
        seen << trust;
        others << other;
        return answer;
    });
    QString problem;
    QVERIFY(!window.openModelFile(path, &problem));
    QCOMPARE(seen, QList<SignerTrust> { SignerTrust::FirstSeen });
    QVERIFY2(problem.contains(QStringLiteral("you did not confirm")), qPrintable(problem));
    answer = true;
    QVERIFY2(window.openModelFile(path, &problem), qPrintable(problem));
    QCOMPARE(seen.size(), 2);
    closeReviewerWindows();
    QVERIFY(window.openModelFile(path, &problem)); // remembered now
    QCOMPARE(seen.size(), 2);
    closeReviewerWindows();

    // Someone signs with a key of their own under the name the organisation lists.
    const ModelSigner impostor = newModelSigner(QStringLiteral("a. de vries"));
    const QString forged = signedFile(impostor, QStringLiteral("forged"));
    answer = false;
    QVERIFY(!window.openModelFile(forged, &problem));
    QCOMPARE(seen.last(), SignerTrust::OtherKeyForName);
    QCOMPARE(others.last(), keyFingerprint(listed.publicKey()));

    // The default dialog tells the professional the organisation's list does not name the key.
    MainWindow plain;
    plain.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plain));
    QString text;
    whenModalAppears([&](QWidget *dialog) {
        if (dialog->objectName() == QStringLiteral("signerDialog")) {
            for (QLabel *label : dialog->findChildren<QLabel *>())
                text += label->text();
        }
        if (auto *box = qobject_cast<QDialog *>(dialog))
            box->reject();
    });
    QVERIFY(!plain.openModelFile(forged, &problem));
    QVERIFY2(text.contains(QStringLiteral("list of trusted signers does not list this key"))
                 && text.contains(keyFingerprint(impostor.publicKey()))
                 && text.contains(keyFingerprint(listed.publicKey())),
             qPrintable(text));
}

// Every line that is not a key and a name is reported with its number and what is wrong; the
// good lines around it are still read (for the administrator's check), and nothing crashes.
void tst_Walk6::malformedLinesAreReported()
{
    const ModelSigner a = newModelSigner(QStringLiteral("A"));
    const QString fp = keyFingerprint(a.publicKey());
    const QByteArray good = fp.toLatin1() + " A. de Vries\n";
    struct Case {
        QByteArray line;
        QString expected;
    };
    const QList<Case> cases {
        { fp.left(34).toLatin1() + " A. de Vries", QStringLiteral("28 hex digits instead of 32") },
        { fp.toLatin1() + " 0C9E A. de Vries", QStringLiteral("36 hex digits instead of 32") },
        { fp.toLatin1(), QStringLiteral("no name after the key") },
        { fp.toLatin1() + "   # only a comment", QStringLiteral("no name after the key") },
        { "A. de Vries " + fp.toLatin1(), QStringLiteral("'A.' is not a key") },
        { "revoked", QStringLiteral("'revoked' without a key") },
        { "revokd " + fp.toLatin1() + " A", QStringLiteral("'revokd' is not a key") },
        { "ZZZZ 9C01 77B0 12DE 5A41 0C9E 8F33 6B20 A", QStringLiteral("'ZZZZ' is not a key") },
        { a.publicKey().toBase64().left(43) + " A", QStringLiteral("is not a key") },
        { fp.toLatin1() + " Someone else", QStringLiteral("the key of line 2 again") },
    };
    for (const Case &c : cases) {
        const TrustedSignersList list
            = parseTrustedSigners("# head\n" + good + c.line + "\n\n", QStringLiteral("L"));
        const QString what = QString::fromUtf8(c.line) + QStringLiteral(" → ")
            + list.problems.join(QLatin1Char('|'));
        QVERIFY2(list.problems.size() == 1, qPrintable(what));
        QVERIFY2(list.problems.first().startsWith(QStringLiteral("line 3: "))
                     && list.problems.first().contains(c.expected),
                 qPrintable(what));
        QVERIFY(list.find(a.publicKey()).has_value()); // line 2 still read
    }
    // A revoked line may go without a name; the same key twice under one name is no error.
    TrustedSignersList list = parseTrustedSigners("revoked " + fp.toLatin1() + "\n");
    QVERIFY2(list.problems.isEmpty(), qPrintable(list.problems.join(QLatin1Char('|'))));
    QVERIFY(list.find(a.publicKey())->revoked);
    list = parseTrustedSigners(good + good);
    QVERIFY2(list.problems.isEmpty(), qPrintable(list.problems.join(QLatin1Char('|'))));
    // Not UTF-8, a folder, a file too large to be a list.
    QVERIFY(parseTrustedSigners("\xff\xfe " + good)
                .problems.first()
                .contains(QStringLiteral("not UTF-8")));
    QVERIFY(readTrustedSigners(m_dir.path())
                .problems.first()
                .contains(QStringLiteral("is not a file")));
    QVERIFY(writeText(m_list, QByteArray((1 << 20) + 1, '#')));
    QVERIFY(readTrustedSigners(m_list).problems.first().contains(QStringLiteral("1 MiB")));
    // No list at all is no error.
    QVERIFY(!readTrustedSigners(m_dir.filePath(QStringLiteral("none"))).exists);
    QVERIFY(readTrustedSigners(m_dir.filePath(QStringLiteral("none"))).problems.isEmpty());
    // Random bytes and random lines of key-like tokens: reported or read, never a crash.
    QRandomGenerator random(20261207);
    const QList<QByteArray> tokens { "revoked", "9C01", "#", "3F2A9C0177B012DE5A410C9E8F336B20",
                                     "A.",      "\t",   "=", a.publicKey().toBase64(),
                                     "\r",      "é" };
    for (int i = 0; i < 300; ++i) {
        QByteArray text;
        for (int t = int(random.bounded(40)); t > 0; --t) {
            text += i % 2 ? QByteArray(1, char(random.bounded(256)))
                          : QByteArray(tokens.at(int(random.bounded(int(tokens.size())))) + " ");
            if (random.bounded(6) == 0)
                text += '\n';
        }
        const TrustedSignersList fuzzed = parseTrustedSigners(text);
        for (const OrganisationSigner &s : fuzzed.signers)
            QCOMPARE(s.fingerprint.size(), 32);
    }
}

// While the list has an error no model file opens, not even one its user trusted: the error might
// be a revocation. The message names the list, the line and what to do.
void tst_Walk6::brokenListKeepsEveryFileShut()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    const QString path = signedFile(analyst, QStringLiteral("shut"));
    QVERIFY(!path.isEmpty());
    trustSigner(ModelFileSignature { analyst.name, analyst.publicKey(), {} });
    installList("revokd " + keyFingerprint(analyst.publicKey()).toLatin1() + " A. de Vries\n");
    MainWindow window;
    int asked = 0;
    window.setSignerPrompt([&](const ModelFile &, SignerTrust, const QString &) {
        ++asked;
        return true;
    });
    QString problem;
    QVERIFY(!window.openModelFile(path, &problem));
    QCOMPARE(asked, 0);
    QVERIFY2(problem.contains(QStringLiteral("shut.fairstart-model was not opened"))
                 && problem.contains(m_list) && problem.contains(QStringLiteral("line 1: "))
                 && problem.contains(QStringLiteral("cannot tell whether"))
                 && problem.contains(QStringLiteral("Tell your administrator"))
                 && problem.contains(QStringLiteral("fairstart --check-signers")),
             qPrintable(problem));
    // Corrected, it opens again (the user's trust counts again).
    installList("revoked 1B7C 0D44 9E12 6A80 3C5F 7721 AB09 E3D4 someone else\n");
    QVERIFY2(window.openModelFile(path, &problem), qPrintable(problem));
    QCOMPARE(asked, 0);

    // Preferences ▸ Model Files shows the error.
    installList("nonsense\n");
    ModelSignersPage page;
    auto *status = page.findChild<QLabel *>(QStringLiteral("organisationListStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("has an error"))
                 && status->text().contains(QStringLiteral("line 1: 'nonsense' is not a key")),
             qPrintable(status->text()));
}

// Preferences ▸ Model Files lists the signers this user trusted; Forget, then OK, and the next
// model file of that signer asks again. Cancel keeps them. The organisation's list is shown too.
void tst_Walk6::userForgetsARememberedSigner()
{
    const ModelSigner anna = newModelSigner(QStringLiteral("Anna de Vries"));
    const ModelSigner bas = newModelSigner(QStringLiteral("Bas Jansen"));
    const ModelSigner org = newModelSigner(QStringLiteral("C"));
    trustSigner(ModelFileSignature { bas.name, bas.publicKey(), {} });
    trustSigner(ModelFileSignature { anna.name, anna.publicKey(), {} });
    installList(trustedSignerLine(org.publicKey(), QStringLiteral("C. Bakker")).toUtf8()
                + " # GGD\nrevoked " + keyFingerprint(bas.publicKey()).toLatin1() + "\n");

    for (const bool accept : { false, true }) {
        PreferencesDialog dialog(Preferences::load());
        dialog.showModelSignersPage();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *remembered = dialog.findChild<QTreeWidget *>(QStringLiteral("rememberedSigners"));
        auto *forget = dialog.findChild<QPushButton *>(QStringLiteral("forgetSigner"));
        QVERIFY(remembered && forget && forget->isVisible());
        QCOMPARE(rowTexts(remembered, 0),
                 (QStringList { QStringLiteral("Anna de Vries"), QStringLiteral("Bas Jansen") }));
        QCOMPARE(rowTexts(remembered, 1).first(), keyFingerprint(anna.publicKey()));
        // Bas's key was revoked by the organisation: the user sees that it no longer opens.
        QCOMPARE(rowTexts(remembered, 2),
                 (QStringList { QString(), QStringLiteral("revoked: its files no longer open") }));
        QVERIFY(!forget->isEnabled());
        remembered->topLevelItem(0)->setSelected(true);
        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QCOMPARE(rowTexts(remembered, 0), QStringList { QStringLiteral("Bas Jansen") });
        // The organisation's list, trusted and revoked.
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("organisationList"));
        QVERIFY(list && list->isVisible());
        QCOMPARE(rowTexts(list, 0), (QStringList { QStringLiteral("C. Bakker"), QString() }));
        QCOMPARE(rowTexts(list, 2),
                 (QStringList { QStringLiteral("trusted"), QStringLiteral("revoked") }));
        QCOMPARE(rowTexts(list, 3).first(), QStringLiteral("GGD"));
        if (accept)
            dialog.accept();
        else
            dialog.reject();
        QCOMPARE(signerTrust(ModelFileSignature { anna.name, anna.publicKey(), {} }),
                 accept ? SignerTrust::FirstSeen : SignerTrust::Trusted);
        QCOMPARE(signerTrust(ModelFileSignature { bas.name, bas.publicKey(), {} }),
                 SignerTrust::Trusted);
    }
    QCOMPARE(rememberedSigners().size(), 1);
    // Forgetting everyone leaves a list that says so.
    forgetSigner(bas.publicKey());
    ModelSignersPage page;
    auto *remembered = page.findChild<QTreeWidget *>(QStringLiteral("rememberedSigners"));
    QCOMPARE(rowTexts(remembered, 0), QStringList { QStringLiteral("None.") });
    QVERIFY(!(remembered->topLevelItem(0)->flags() & Qt::ItemIsSelectable));
}

// The analyst opens File ▸ Preferences ▸ Model Files and finds the workspace's key, copies the
// fingerprint, and copies the line for the administrator, which the list reads back as that key
// under that name.
void tst_Walk6::analystReadsAndCopiesTheKey()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *prefs
        = testsupport::menuAction(window, QStringLiteral("File"), QStringLiteral("Preferences"));
    QVERIFY(prefs);
    // Without a workspace: no key part.
    bool keyPartShown = true;
    whenModalAppears([&](QWidget *dialog) {
        // The user clicks the Model Files tab.
        if (auto *prefsDialog = qobject_cast<PreferencesDialog *>(dialog))
            prefsDialog->showModelSignersPage();
        auto *box = dialog->findChild<QWidget *>(QStringLiteral("workspaceSigningKey"));
        keyPartShown = box && box->isVisibleTo(dialog);
        qobject_cast<QDialog *>(dialog)->reject();
    });
    prefs->trigger();
    QVERIFY(!keyPartShown);

    QCOMPARE(window.openWorkspace(m_dir.filePath(QStringLiteral("analyst.fairstart")),
                                  QStringLiteral("correct horse battery"), true),
             QString());
    // A workspace without a key yet says when it gets one.
    QString text;
    whenModalAppears([&](QWidget *dialog) {
        // The user clicks the Model Files tab.
        if (auto *prefsDialog = qobject_cast<PreferencesDialog *>(dialog))
            prefsDialog->showModelSignersPage();
        auto *box = dialog->findChild<QWidget *>(QStringLiteral("workspaceSigningKey"));
        keyPartShown = box && box->isVisibleTo(dialog);
        for (QLabel *label : box ? box->findChildren<QLabel *>() : QList<QLabel *>())
            text += label->isVisibleTo(dialog) ? label->text() : QString();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    prefs->trigger();
    QVERIFY(keyPartShown);
    QVERIFY2(text.contains(QStringLiteral("no key for model files yet")), qPrintable(text));

    const std::optional<ModelSigner> signer
        = window.workspaceModelSigner(QStringLiteral("A. de Vries, GGD Hollands Midden"));
    QVERIFY(signer);
    QString shown;
    QString copied;
    QString line;
    whenModalAppears([&](QWidget *dialog) {
        if (auto *prefsDialog = qobject_cast<PreferencesDialog *>(dialog))
            prefsDialog->showModelSignersPage();
        auto *fingerprint = dialog->findChild<QLabel *>(QStringLiteral("workspaceFingerprint"));
        shown = fingerprint && fingerprint->isVisibleTo(dialog) ? fingerprint->text() : QString();
        QApplication::clipboard()->clear();
        dialog->findChild<QPushButton *>(QStringLiteral("copyFingerprint"))->click();
        copied = QApplication::clipboard()->text();
        dialog->findChild<QPushButton *>(QStringLiteral("copyListLine"))->click();
        line = QApplication::clipboard()->text();
        qobject_cast<QDialog *>(dialog)->reject();
    });
    prefs->trigger();
    const QString fingerprint = keyFingerprint(signer->publicKey());
    QCOMPARE(shown, fingerprint);
    QCOMPARE(copied, fingerprint);
    QCOMPARE(line, QString(fingerprint + QStringLiteral("  A. de Vries, GGD Hollands Midden")));
    const TrustedSignersList list = parseTrustedSigners(line.toUtf8() + "  # pasted\n");
    QVERIFY(list.problems.isEmpty());
    QCOMPARE(list.find(signer->publicKey())->name,
             QStringLiteral("A. de Vries, GGD Hollands Midden"));
    window.closeWorkspace();
}

// The organisation revoked the analyst's key: the analyst makes a new one (same name), signs the
// file again, and the professional's workbench opens the new file once the new key is listed.
void tst_Walk6::newKeyAfterRevocation()
{
    MainWindow window;
    QString problem;
    QVERIFY(!window.renewWorkspaceModelSigner(&problem));
    QVERIFY2(problem.contains(QStringLiteral("Open the workspace first")), qPrintable(problem));
    const QString ws = m_dir.filePath(QStringLiteral("renew.fairstart"));
    QCOMPARE(window.openWorkspace(ws, QStringLiteral("correct horse battery"), true), QString());
    QVERIFY(!window.renewWorkspaceModelSigner(&problem)); // no key to renew yet
    const std::optional<ModelSigner> old = window.workspaceModelSigner(QStringLiteral("A. Smit"));
    QVERIFY(old);
    const QString oldFile = signedFile(*old, QStringLiteral("old"));
    const std::optional<ModelSigner> renewed = window.renewWorkspaceModelSigner(&problem);
    QVERIFY2(renewed, qPrintable(problem));
    QCOMPARE(renewed->name, old->name);
    QVERIFY(renewed->publicKey() != old->publicKey());
    // Kept: the workspace signs with the new key from now on, also after reopening, and still
    // names the old one (its public half) for its revocation.
    window.closeWorkspace();
    QCOMPARE(window.openWorkspace(ws, QStringLiteral("correct horse battery"), false), QString());
    const std::optional<ModelSigner> reopened = window.workspaceModelSigner({});
    QCOMPARE(reopened->publicKey(), renewed->publicKey());
    QCOMPARE(reopened->earlier.size(), 1);
    QCOMPARE(reopened->earlier.first().publicKey, old->publicKey());
    QCOMPARE(reopened->earlier.first().name, QStringLiteral("A. Smit"));
    QVERIFY(qAbs(reopened->earlier.first().replacedAt.secsTo(QDateTime::currentDateTimeUtc()))
            < 600);

    // Preferences ▸ Model Files lists the earlier key; its revocation line is one the
    // organisation's list reads as revoking that key.
    installList(trustedSignerLine(old->publicKey(), QStringLiteral("A. Smit")).toUtf8() + "\n");
    QAction *prefs
        = testsupport::menuAction(window, QStringLiteral("File"), QStringLiteral("Preferences"));
    QVERIFY(prefs);
    QStringList rows;
    QString line;
    whenModalAppears([&](QWidget *dialog) {
        if (auto *prefsDialog = qobject_cast<PreferencesDialog *>(dialog))
            prefsDialog->showModelSignersPage();
        auto *earlier = dialog->findChild<QTreeWidget *>(QStringLiteral("earlierSigningKeys"));
        for (int i = 0; earlier && i < earlier->topLevelItemCount(); ++i)
            rows << earlier->topLevelItem(i)->text(0) + QLatin1Char('|')
                    + earlier->topLevelItem(i)->text(2);
        auto *copy = dialog->findChild<QPushButton *>(QStringLiteral("copyRevocationLine"));
        if (earlier && copy && earlier->topLevelItemCount() > 0) {
            QApplication::clipboard()->clear();
            earlier->topLevelItem(0)->setSelected(true);
            copy->click();
            line = QApplication::clipboard()->text();
        }
        qobject_cast<QDialog *>(dialog)->reject();
    });
    prefs->trigger();
    QCOMPARE(rows,
             QStringList { keyFingerprint(old->publicKey())
                           + QStringLiteral("|trusted: ask to revoke it") });
    const TrustedSignersList revocation = parseTrustedSigners(line.toUtf8() + "\n");
    QVERIFY2(revocation.problems.isEmpty(), qPrintable(revocation.problems.join(u'\n')));
    QVERIFY2(revocation.find(old->publicKey()) && revocation.find(old->publicKey())->revoked,
             qPrintable(line));
    QCOMPARE(revocation.find(old->publicKey())->name, QStringLiteral("A. Smit"));

    // A second new key: both earlier keys stay, the newest first on the page.
    const std::optional<ModelSigner> third = window.renewWorkspaceModelSigner(&problem);
    QVERIFY2(third, qPrintable(problem));
    QCOMPARE(third->earlier.size(), 2);
    QCOMPARE(third->earlier.at(1).publicKey, renewed->publicKey());
    window.closeWorkspace();
    const QString newFile = signedFile(*renewed, QStringLiteral("new"));

    installList("revoked " + keyFingerprint(old->publicKey()).toLatin1() + " A. Smit (old key)\n"
                + trustedSignerLine(renewed->publicKey(), QStringLiteral("A. Smit")).toUtf8()
                + "\n");
    window.setSignerPrompt([](const ModelFile &, SignerTrust, const QString &) { return true; });
    QVERIFY(!window.openModelFile(oldFile, &problem));
    QVERIFY2(problem.contains(QStringLiteral("revoked")), qPrintable(problem));
    QVERIFY2(window.openModelFile(newFile, &problem), qPrintable(problem));
}

// The administrator's check after editing the list: the installed program, without a display.
void tst_Walk6::checkSignersCommand()
{
    const QString program
        = qEnvironmentVariable("FAIRSTART_BIN_DIR") + QStringLiteral("/workbench/fairstart");
    auto run = [&](QString *out, QString *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kListVariable), m_list);
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(
            program,
            { QStringLiteral("--check-signers"), QStringLiteral("--lang"), QStringLiteral("en") });
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    };
    const ModelSigner a = newModelSigner(QStringLiteral("A"));
    QString out;
    QString err;
    QCOMPARE(run(&out, &err), 1); // no list
    QVERIFY2(err.contains(QStringLiteral("there is no list of trusted signers at ") + m_list),
             qPrintable(err));
    installList(trustedSignerLine(a.publicKey(), QStringLiteral("A. de Vries")).toUtf8()
                + "\nrevoked 1B7C 0D44 9E12 6A80 3C5F 7721 AB09 E3D4\n");
    QCOMPARE(run(&out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("line 1: trusted ") + keyFingerprint(a.publicKey())
                          + QStringLiteral("  A. de Vries"))
                 && out.contains(QStringLiteral("line 2: revoked 1B7C"))
                 && out.contains(QStringLiteral("no errors")),
             qPrintable(out));
    installList("# ok\n" + trustedSignerLine(a.publicKey(), QStringLiteral("A")).toUtf8()
                + "\n3F2A 9C01 A. de Vries\nrevoked\n");
    QCOMPARE(run(&out, &err), 1);
    QVERIFY2(err.contains(m_list + QStringLiteral(": line 3: the fingerprint has 8 hex digits"))
                 && err.contains(m_list + QStringLiteral(": line 4: 'revoked' without a key"))
                 && err.contains(QStringLiteral("no model file opens")),
             qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("line 2: trusted")), qPrintable(out));
}

// The file the packages install in /etc/fairstart is the empty list, and explains itself.
void tst_Walk6::shippedListIsEmptyAndValid()
{
    const QString shipped = QStringLiteral(FAIRSTART_SOURCE_DIR "/installer/linux/trusted-signers");
    const TrustedSignersList list = readTrustedSigners(shipped);
    QVERIFY(list.exists);
    QVERIFY2(list.problems.isEmpty(), qPrintable(list.problems.join(QLatin1Char('|'))));
    QVERIFY(list.signers.isEmpty());
    QFile file(shipped);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("revoked KEY"));
    QVERIFY(text.contains("fairstart --check-signers"));
    // Its example lines, uncommented, are read as the comment says.
    QByteArray examples;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("#   3F2A") || line.startsWith("#   revoked 1B7C"))
            examples += line.mid(1) + '\n';
    }
    const TrustedSignersList read = parseTrustedSigners(examples);
    QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.join(QLatin1Char('|'))));
    QCOMPARE(read.signers.size(), 2);
    QCOMPARE(read.signers.at(0).name, QStringLiteral("A. de Vries, GGD Hollands Midden"));
    QCOMPARE(read.signers.at(1).revoked, true);
}

QTEST_MAIN(tst_Walk6)
#include "tst_walk6.moc"
