// SPDX-License-Identifier: GPL-3.0-or-later
// The walk of 2026-12-07, late morning (branch walk5): the youth-care professional can trust the
// model file. It is signed by the analyst's key of the workspace, and the coefficients carry the
// sites' signed attestation; a changed, unsigned or wrongly signed file is refused with what to
// do, and the first model of a signer shows the key to compare. The professional's first screen
// is theirs (no empty analyst docks), and what they opened is listed there.
#include "publishedmodelfixture.h"
#include "results/simulatedreport.h"
#include "windowsupport.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"
#include "fairstart/secure/secure.h"
#include "fairstart/secure/signingkeys.h"
#include "fairstart/ui/mainwindow.h"
#include "fairstart/ui/publishdialog.h"
#include "fairstart/ui/reviewer/modelfile.h"
#include "fairstart/ui/reviewer/modelsignature.h"
#include "fairstart/ui/reviewer/reviewerwindow.h"
#include "fairstart/ui/tr.h"

#include "fairstart/workspace/workspace.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace fairstart;
using namespace fairstart::ui;
using testsupport::publishedModel;
using testsupport::reviewerWindows;

namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// The pooled fit's study record as a federation of `sites` writes it: a GLM manifest of the
// report's design that every site signed, and every site's signed attestation of the final β
// (the report's coefficients), with keys made here.
protocol::StudyRecord attestedStudy(const protocol::FitReport &report, const QStringList &sites)
{
    protocol::StudyManifest manifest;
    manifest.studyId = QStringLiteral("0123456789abcdef0123456789abcdef");
    manifest.purpose = QStringLiteral("research");
    manifest.dataset = QStringLiteral("births");
    manifest.kind = protocol::JobKind::Glm;
    manifest.design = report.design;
    manifest.designHash = protocol::designHash(report.design);
    manifest.mode = QStringLiteral("masked");
    QList<secure::SigningKeys> keys;
    for (const QString &site : sites) {
        keys << secure::newSigningKeys();
        manifest.participants << protocol::StudyParticipant {
            site, b64(keys.last().publicKey), b64(secure::newSigningKeys().publicKey)
        };
    }
    protocol::StudyRecord study;
    study.study = protocol::studyHash(manifest);
    study.mode = manifest.mode;
    study.manifest = manifest;
    const std::vector<double> beta(report.glm.beta.data(),
                                   report.glm.beta.data() + report.glm.beta.size());
    for (qsizetype i = 0; i < sites.size(); ++i) {
        study.signatures << protocol::ManifestSignature {
            sites.at(i),
            secure::sign(keys.at(i).secretKey, secure::Domain::Manifest,
                         protocol::manifestSignedBytes(manifest, protocol::manifestBytes(manifest)))
        };
        protocol::Contribution c;
        c.study = study.study;
        c.site = sites.at(i);
        c.round = 7;
        c.status = protocol::ContributionStatus::Converged;
        c.finalBeta = beta;
        c.betaHash = protocol::betaHash(beta);
        c.mode = manifest.mode;
        c.p = int(beta.size());
        study.attestations << protocol::SignedContribution {
            c,
            secure::sign(keys.at(i).secretKey, secure::Domain::Contribution,
                         protocol::contributionBytes(c))
        };
        study.checks << protocol::StudySignatureCheck { sites.at(i), true, true, {} };
    }
    return study;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && f.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) > 0;
}

// The file's first coefficient's estimate, changed by `factor` (what an edit of the file does).
QJsonObject withFirstEstimateTimes(QJsonObject file, double factor)
{
    QJsonObject report = file.value(QStringLiteral("report")).toObject();
    QJsonArray coefficients = report.value(QStringLiteral("coefficients")).toArray();
    if (coefficients.isEmpty())
        return {};
    QJsonObject first = coefficients.at(0).toObject();
    first.insert(QStringLiteral("estimate"),
                 first.value(QStringLiteral("estimate")).toDouble() * factor);
    coefficients.replace(0, first);
    report.insert(QStringLiteral("coefficients"), coefficients);
    file.insert(QStringLiteral("report"), report);
    return file;
}

// Calls `then` with the next modal dialog once it is shown (a QMessageBox's exec() blocks).
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

} // namespace

class tst_Walk5 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signedFileShowsWhoSignedIt();
    void changedFileIsRefused();
    void unsignedAndDamagedFilesAreRefused();
    void sitesAttestationBindsTheCoefficients();
    void otherKeyUnderAKnownNameIsQuestioned();
    void workspaceKeepsItsSigningKey();
    void professionalGetsTheirStartPage();
    void fileDocumentationMatchesTheCode();

private:
    testing::SimulatedFederation m_fed;
    protocol::FitReport m_attested;
    QTemporaryDir m_dir;
};

void tst_Walk5::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_fed = testing::simulateFederation(300);
    m_attested = m_fed.report;
    QStringList sites;
    for (const protocol::SiteRecord &s : m_fed.report.sites)
        sites << s.name;
    QVERIFY(sites.size() >= 2);
    sites.sort(); // a manifest lists its participants by name
    m_attested.study = attestedStudy(m_fed.report, sites);
}

void tst_Walk5::init()
{
    // Every test starts on a computer that trusts no signer and never opened anything.
    QSettings settings;
    settings.remove(QStringLiteral("modelSigners"));
    settings.remove(QStringLiteral("workbench/audience"));
    settings.remove(QStringLiteral("recentModelFiles"));
    settings.remove(QStringLiteral("recentWorkspaces"));
    settings.remove(QStringLiteral("mainWindow/state"));
    closeReviewerWindows();
}

// The professional sees who signed the file, with the key to compare the first time, and that
// the sites signed its coefficients; the second time the signer is known and nothing is asked.
void tst_Walk5::signedFileShowsWhoSignedIt()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries, GGD Hollands Midden"));
    const PublishedModelDocument model = publishedModel(m_attested);
    const QString path = m_dir.filePath(publishedModelFileName(model));
    QCOMPARE(writePublishedModelFile(model, path, analyst), QString());

    MainWindow window;
    int asked = 0;
    window.setSignerPrompt([&](const ModelFile &file, SignerTrust trust, const QString &other) {
        ++asked;
        [&] {
            QCOMPARE(trust, SignerTrust::FirstSeen);
            QVERIFY(other.isEmpty());
            QCOMPARE(file.signature.signer, analyst.name);
            QCOMPARE(file.signature.publicKey, analyst.publicKey());
        }();
        return true;
    });
    QString problem;
    QPointer<ReviewerWindow> opened = window.openModelFile(path, &problem);
    QVERIFY2(opened, qPrintable(problem));
    QCOMPARE(asked, 1);
    const QString origin = opened->originText();
    QVERIFY2(origin.contains(QStringLiteral("Signed by A. de Vries, GGD Hollands Midden"))
                 && origin.contains(keyFingerprint(analyst.publicKey()))
                 && origin.contains(QStringLiteral("not changed since")),
             qPrintable(origin));
    QVERIFY2(origin.contains(QStringLiteral("that computed it"))
                 && origin.contains(m_attested.sites.first().name),
             qPrintable(origin));
    // The sites' keys, for a site's administrator to compare, in the line's tooltip.
    auto *originLabel = opened->findChild<QLabel *>(QStringLiteral("origin"));
    QVERIFY(originLabel);
    const SitesProof proof = checkSitesProof(m_attested);
    QVERIFY(!proof.keys.isEmpty());
    QVERIFY2(originLabel->toolTip().contains(proof.sites.first() + QStringLiteral(": ")
                                             + proof.keys.first()),
             qPrintable(originLabel->toolTip()));
    // The professional has no key: no Save Model File in a window opened from a file.
    auto *save = opened->findChild<QPushButton *>(QStringLiteral("saveModelFile"));
    QVERIFY(save);
    QVERIFY(!save->isVisibleTo(opened));
    opened->close();

    QVERIFY(window.openModelFile(path, &problem));
    QCOMPARE(asked, 1); // remembered
    // The fingerprint: eight groups of four hex digits.
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){7}[0-9A-F]{4}$"))
                .match(keyFingerprint(analyst.publicKey()))
                .hasMatch());
}

// Someone edits a coefficient (or a word) after the analyst signed: the file is refused, and the
// message says it was changed, by whom it was signed, and what to do.
void tst_Walk5::changedFileIsRefused()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    const QString path = m_dir.filePath(QStringLiteral("signed.fairstart-model"));
    QCOMPARE(writePublishedModelFile(publishedModel(m_fed.report), path, analyst), QString());
    const QJsonObject original = readJson(path);
    QVERIFY(original.contains(QStringLiteral("signature")));

    const QString changed = m_dir.filePath(QStringLiteral("changed.fairstart-model"));
    QVERIFY(writeJson(changed, withFirstEstimateTimes(original, 0.5)));
    MainWindow window;
    int asked = 0;
    window.setSignerPrompt([&](const ModelFile &, SignerTrust, const QString &) {
        ++asked;
        return true;
    });
    QString problem;
    QVERIFY(!window.openModelFile(changed, &problem));
    QVERIFY2(problem.contains(QStringLiteral("was changed after A. de Vries signed it"))
                 && problem.contains(QStringLiteral("Do not use it"))
                 && problem.contains(QStringLiteral("Ask A. de Vries for the file again")),
             qPrintable(problem));
    QCOMPARE(asked, 0);
    QVERIFY(reviewerWindows().isEmpty());

    // A word is as much the model as a number: the contact the parents are sent to.
    QJsonObject words = original;
    QJsonObject description = words.value(QStringLiteral("description")).toObject();
    description.insert(QStringLiteral("contact"), QStringLiteral("call 0900-SCAM"));
    words.insert(QStringLiteral("description"), description);
    QVERIFY(writeJson(changed, words));
    QVERIFY(!readModelFile(changed, &problem));
    QVERIFY2(problem.contains(QStringLiteral("was changed after")), qPrintable(problem));

    // The unchanged file, written again with other whitespace, still opens: the signature is of
    // the content, not of its layout.
    QVERIFY(writeJson(changed, original));
    QVERIFY2(readModelFile(changed, &problem), qPrintable(problem));
}

// A file without a signature (walk4's, or one whose signature was cut out) and a damaged
// signature are refused, each saying what to ask the analyst for.
void tst_Walk5::unsignedAndDamagedFilesAreRefused()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    const QString path = m_dir.filePath(QStringLiteral("a.fairstart-model"));
    QCOMPARE(writePublishedModelFile(publishedModel(m_fed.report), path, analyst), QString());
    const QJsonObject original = readJson(path);

    const QString unsignedFile = m_dir.filePath(QStringLiteral("unsigned.fairstart-model"));
    QVERIFY(writeJson(unsignedFile, withoutSignature(original)));
    QString problem;
    QVERIFY(!readModelFile(unsignedFile, &problem));
    QVERIFY2(problem.contains(QStringLiteral("is not signed"))
                 && problem.contains(QStringLiteral("save it again (reviewer mode, Save Model "
                                                    "File)")),
             qPrintable(problem));

    QJsonObject damaged = original;
    QJsonObject signature = damaged.value(QStringLiteral("signature")).toObject();
    signature.insert(QStringLiteral("value"), QStringLiteral("AAAA"));
    damaged.insert(QStringLiteral("signature"), signature);
    const QString damagedFile = m_dir.filePath(QStringLiteral("damaged.fairstart-model"));
    QVERIFY(writeJson(damagedFile, damaged));
    QVERIFY(!readModelFile(damagedFile, &problem));
    QVERIFY2(problem.contains(QStringLiteral("damaged signature")), qPrintable(problem));

    // Someone who signs the changed file with a key of their own under the analyst's name:
    // the signature holds, but the key is not the one trusted for that name.
    trustSigner(ModelFileSignature { analyst.name, analyst.publicKey(), {} });
    ModelSigner impostor = newModelSigner(analyst.name);
    const QJsonObject forged
        = signModelObject(withoutSignature(withFirstEstimateTimes(original, 2.0)), impostor);
    const QString forgedFile = m_dir.filePath(QStringLiteral("forged.fairstart-model"));
    QVERIFY(writeJson(forgedFile, forged));
    const std::optional<ModelFile> read = readModelFile(forgedFile, &problem);
    QVERIFY2(read, qPrintable(problem));
    QString other;
    QCOMPARE(signerTrust(read->signature, &other), SignerTrust::OtherKeyForName);
    QCOMPARE(other, keyFingerprint(analyst.publicKey()));
}

// The analyst's own signature cannot make other coefficients pass: the file's study record holds
// every site's signed final β, and the coefficients must be those bits.
void tst_Walk5::sitesAttestationBindsTheCoefficients()
{
    SitesProof proof = checkSitesProof(m_attested);
    QVERIFY2(proof.present && proof.problem.isEmpty(), qPrintable(proof.problem));
    QCOMPARE(proof.sites.size(), m_attested.sites.size());
    QCOMPARE(proof.keys.size(), proof.sites.size());
    QVERIFY(!checkSitesProof(m_fed.report).present);

    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    const QString path = m_dir.filePath(QStringLiteral("attested.fairstart-model"));
    QCOMPARE(writePublishedModelFile(publishedModel(m_attested), path, analyst), QString());
    QString problem;
    const std::optional<ModelFile> file = readModelFile(path, &problem);
    QVERIFY2(file, qPrintable(problem));
    QVERIFY(file->sites.present);
    QCOMPARE(file->sites.sites, proof.sites);

    // The analyst edits a coefficient and signs the result with the workspace's own key.
    const QJsonObject edited
        = signModelObject(withoutSignature(withFirstEstimateTimes(readJson(path), 1.25)), analyst);
    const QString editedFile = m_dir.filePath(QStringLiteral("edited.fairstart-model"));
    QVERIFY(writeJson(editedFile, edited));
    QVERIFY(!readModelFile(editedFile, &problem));
    QVERIFY2(problem.contains(QStringLiteral("is signed by A. de Vries, but its coefficients "
                                             "cannot be trusted"))
                 && problem.contains(QStringLiteral("not the ones site"))
                 && problem.contains(QStringLiteral("Do not use it")),
             qPrintable(problem));

    // A site's attestation whose signature does not verify, and a site missing from it.
    protocol::FitReport report = m_attested;
    report.study->attestations[0].contribution.round += 1;
    proof = checkSitesProof(report);
    QVERIFY2(proof.problem.contains(QStringLiteral("signed result does not verify")),
             qPrintable(proof.problem));
    report = m_attested;
    report.study->attestations.removeLast();
    proof = checkSitesProof(report);
    QVERIFY2(proof.problem.contains(QStringLiteral("did not sign these coefficients")),
             qPrintable(proof.problem));
    // Another design than the one the sites signed.
    report = m_attested;
    report.design.spec.predictors.pop_back();
    proof = checkSitesProof(report);
    QVERIFY2(proof.problem.contains(QStringLiteral("design is not the one the sites signed")),
             qPrintable(proof.problem));
}

// The professional trusted A. de Vries's key; a file signed under that name with another key is
// questioned, and declining leaves it closed with a sentence that says why.
void tst_Walk5::otherKeyUnderAKnownNameIsQuestioned()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    trustSigner(ModelFileSignature { analyst.name, analyst.publicKey(), {} });
    const ModelSigner impostor = newModelSigner(QStringLiteral("A. de Vries"));
    const QString path = m_dir.filePath(QStringLiteral("impostor.fairstart-model"));
    QCOMPARE(writePublishedModelFile(publishedModel(m_fed.report), path, impostor), QString());
    MainWindow window;
    SignerTrust seen = SignerTrust::Trusted;
    QString otherSeen;
    window.setSignerPrompt([&](const ModelFile &, SignerTrust trust, const QString &other) {
        seen = trust;
        otherSeen = other;
        return false;
    });
    QString problem;
    QVERIFY(!window.openModelFile(path, &problem));
    QCOMPARE(seen, SignerTrust::OtherKeyForName);
    QCOMPARE(otherSeen, keyFingerprint(analyst.publicKey()));
    QVERIFY2(problem.contains(QStringLiteral("was not opened"))
                 && problem.contains(keyFingerprint(impostor.publicKey())),
             qPrintable(problem));
    QVERIFY(reviewerWindows().isEmpty());
    QCOMPARE(signerTrust(ModelFileSignature { impostor.name, impostor.publicKey(), {} }),
             SignerTrust::OtherKeyForName);

    // The default prompt is a dialog with the key and the warning.
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
    QVERIFY(!plain.openModelFile(path, &problem));
    QVERIFY2(text.contains(keyFingerprint(impostor.publicKey()))
                 && text.contains(QStringLiteral("another key was trusted for A. de Vries"))
                 && text.contains(keyFingerprint(analyst.publicKey())),
             qPrintable(text));
}

// The workspace makes its key once, keeps it across closing and opening, and the reviewer
// window opened from it offers Save Model File.
void tst_Walk5::workspaceKeepsItsSigningKey()
{
    MainWindow window;
    QString problem;
    QVERIFY(!window.workspaceModelSigner(QStringLiteral("A. de Vries"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("Open the workspace first")), qPrintable(problem));
    const QString ws = m_dir.filePath(QStringLiteral("analyst.fairstart"));
    QCOMPARE(window.openWorkspace(ws, QStringLiteral("correct horse battery"), true), QString());
    QVERIFY(!window.workspaceModelSigner({}, &problem));
    QVERIFY2(problem.contains(QStringLiteral("Give the name")), qPrintable(problem));
    const std::optional<ModelSigner> made
        = window.workspaceModelSigner(QStringLiteral("A. de Vries"), &problem);
    QVERIFY2(made, qPrintable(problem));
    window.closeWorkspace();
    QCOMPARE(window.openWorkspace(ws, QStringLiteral("correct horse battery"), false), QString());
    const std::optional<ModelSigner> again
        = window.workspaceModelSigner(QStringLiteral("Someone else"), &problem);
    QVERIFY2(again, qPrintable(problem));
    QCOMPARE(again->name, QStringLiteral("A. de Vries"));
    QCOMPARE(again->publicKey(), made->publicKey());
    // The secret never lies in the file unencrypted.
    window.closeWorkspace();
    QFile file(ws);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(made->secretKey.toBase64()));
}

// A professional's first screen: no empty Sites, Catalogue and Runs docks, the model file first
// and the files they opened; the analyst's start page one click away, and back.
void tst_Walk5::professionalGetsTheirStartPage()
{
    const ModelSigner analyst = newModelSigner(QStringLiteral("A. de Vries"));
    trustSigner(ModelFileSignature { analyst.name, analyst.publicKey(), {} });
    const QString path = m_dir.filePath(QStringLiteral("Risk of delay.fairstart-model"));
    QCOMPARE(writePublishedModelFile(publishedModel(m_attested), path, analyst), QString());

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nothing known yet: the analyst's start page, as before.
    QCOMPARE(window.audience(), MainWindow::Audience::Analyst);
    auto visibleDocks = [&window] {
        int n = 0;
        for (QDockWidget *d : window.findChildren<QDockWidget *>())
            n += d->isVisible() ? 1 : 0;
        return n;
    };
    QVERIFY(visibleDocks() > 0);
    QString problem;
    QVERIFY2(window.openModelFile(path, &problem), qPrintable(problem));
    closeReviewerWindows();
    // The first model file on a computer that never opened a workspace: a professional.
    QCOMPARE(window.audience(), MainWindow::Audience::Professional);
    QCOMPARE(visibleDocks(), 0);
    QVERIFY(window.isStartPageShown());
    auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentModelFiles"));
    QVERIFY(recent && recent->isVisible());
    QCOMPARE(recent->count(), 1);
    QCOMPARE(recent->item(0)->text(), QStringLiteral("Risk of delay"));
    for (QCommandLinkButton *b : window.findChildren<QCommandLinkButton *>()) {
        const bool modelFile = b->objectName() == QStringLiteral("openModelFileButton");
        QVERIFY2(b->isVisible() == modelFile, qPrintable(b->text()));
    }
    // Activating the recent file opens it again.
    Q_EMIT recent->itemActivated(recent->item(0));
    QCOMPARE(reviewerWindows().size(), 1);
    closeReviewerWindows();

    // Remembered: the next start is the professional's too.
    {
        MainWindow next;
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.audience(), MainWindow::Audience::Professional);
        int docks = 0;
        for (QDockWidget *d : next.findChildren<QDockWidget *>())
            docks += d->isVisible() ? 1 : 0;
        QCOMPARE(docks, 0);
    }

    // "I build models": the analyst's start page and docks.
    auto *toAnalyst = window.findChild<QPushButton *>(QStringLiteral("showAnalystStart"));
    QVERIFY(toAnalyst && toAnalyst->isVisible());
    toAnalyst->click();
    QCOMPARE(window.audience(), MainWindow::Audience::Analyst);
    QVERIFY(visibleDocks() > 0);
    QVERIFY(!recent->isVisible());
    // An analyst who opens a model file stays an analyst.
    QVERIFY(window.openModelFile(path, &problem));
    closeReviewerWindows();
    QCOMPARE(window.audience(), MainWindow::Audience::Analyst);
    // And back; opening a workspace makes it the analyst's screen again.
    window.findChild<QPushButton *>(QStringLiteral("showProfessionalStart"))->click();
    QCOMPARE(window.audience(), MainWindow::Audience::Professional);
    QCOMPARE(window.openWorkspace(m_dir.filePath(QStringLiteral("w.fairstart")),
                                  QStringLiteral("correct horse battery"), true),
             QString());
    QCOMPARE(window.audience(), MainWindow::Audience::Analyst);
    QVERIFY(visibleDocks() > 0);
    window.closeWorkspace();
}

// The desktop file opens model files, and the MIME type names the suffix the workbench writes.
void tst_Walk5::fileDocumentationMatchesTheCode()
{
    QFile desktop(QStringLiteral(FAIRSTART_SOURCE_DIR "/resources/desktop/fairstart.desktop.in"));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QByteArray d = desktop.readAll();
    QVERIFY(d.contains("\nExec=fairstart %f\n"));
    QVERIFY(d.contains("\nMimeType=application/x-fairstart-model;\n"));
    QFile mime(QStringLiteral(FAIRSTART_SOURCE_DIR "/resources/desktop/fairstart-model.xml.in"));
    QVERIFY(mime.open(QIODevice::ReadOnly));
    const QByteArray m = mime.readAll();
    QVERIFY(m.contains("type=\"application/x-fairstart-model\""));
    QVERIFY(m.contains(QByteArray(QByteArray("pattern=\"*.") + kModelFileSuffix + "\"")));
}

QTEST_MAIN(tst_Walk5)
#include "tst_walk5.moc"
