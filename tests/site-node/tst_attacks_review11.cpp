// SPDX-License-Identifier: GPL-3.0-or-later
// The eleventh independent review (branch `review11`, docs/privacy-rules.md, "The eleventh
// independent review"): attacks on what a refusal says, each as a hostile client would send it to
// a real fairstart-node over TLS on its default policy, against a synthetic dataset with a planted
// record whose values are chosen exactly.
#include "attacksupport.h"
#include "nodeprocess.h"
#include "poissonlprows.h"
#include "studyrelay.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <string>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

using Row = PoissonLpRow;

// 2400 records, both sexes, two numeric columns score and z (0..40 each, so no cell rule
// judges them) and a count c. The counts above 0 (1 and 2) are exactly the records at score = 40
// and z = 40 (a quarter of them); every other record has score and z below 40 and the count 0.
// Along each column on its own the Poisson estimate does not exist (every count above 0 on its
// highest value, the zeros below): the boys' (and, without the planted record, the girls')
// design separates along score, along z and along every positive combination of the two. One
// girl (`planted`) has the count 1 at score = 40, z = 39 (`alongScore`) or at score = 39,
// z = 40 (otherwise): she is the one count above 0 off that column's face, so the girls' design
// separates along the other column only. Both sexes are refused `separation` (fewer than 10
// records block some direction); what the refusal names is the attack.
std::vector<Row> twoFacesRows(bool planted, bool alongScore)
{
    std::vector<Row> rows;
    for (int j = 0; j < 2400; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        if ((j / 2) % 4 == 0) {
            r.score = 40;
            r.z = 40;
            r.c = 1 + (j / 8) % 2;
        } else {
            r.score = (j / 2) % 40;
            r.z = (j / 80) % 40;
            r.c = 0;
        }
        rows.push_back(r);
    }
    if (planted) {
        Row r;
        r.score = alongScore ? 40 : 39;
        r.z = alongScore ? 39 : 40;
        r.c = 1;
        rows.push_back(r);
    }
    return rows;
}

// 1200 ordinary records, score 40..60, and one planted record with the score `planted`: far
// enough out that the score's centred sum of squares is dominated by it (5,000), or so far that
// its plain sum is too (10,000,000).
std::vector<Row> outlierRows(int planted)
{
    std::vector<Row> rows;
    for (int j = 0; j < 1200; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = 40 + (j * 7) % 21;
        r.z = j % 5;
        rows.push_back(r);
    }
    Row r;
    r.score = planted;
    rows.push_back(r);
    return rows;
}

// The node's answer to a study of `d` opened, armed and relayed its first round: "answered" or
// "<code>: <detail>" of the refusal (the detail is what this suite attacks). The job is deleted.
QString refusalOf(NodeProcess &node, const QString &token, const QString &dataset,
                  const analysis::ResolvedDesign &d)
{
    testsupport::StudySite site { &node, token, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    const protocol::StudyManifest manifest = manifestFor(dataset, d);
    Reply reply = testsupport::openStudy(site, manifest);
    if (reply.status == 201) {
        protocol::SignatureRelay signatures;
        signatures.signatures = { { self().name, site.manifestSignature } };
        reply = testsupport::relaySignatures(site, signatures);
        if (reply.status == 200) {
            protocol::RoundRelay relay;
            relay.round = 1;
            reply = testsupport::relayRound(site, relay);
        }
    }
    if (!site.jobId.isEmpty())
        (void)node.del(testsupport::jobPath(site), token);
    if (reply.status == 200)
        return QStringLiteral("answered");
    const QString detail = reply.json.value(QStringLiteral("error"))
                               .toObject()
                               .value(QStringLiteral("detail"))
                               .toString();
    return QStringLiteral("%1 %2: %3").arg(reply.status).arg(reply.code, detail);
}

} // namespace

class tst_AttacksReview11 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // Rule 1: both sexes are refused `separation`, but the refusal's detail named the columns of
    // the direction the node's programme found, and which directions separate depends on the
    // planted record: the detail told the girl's count apart from 0.
    void separationDetailNamesTheDirection();
    // Rule 1: a description of the score is refused `dominance` in both worlds, but the detail
    // said which sum a few records dominate — the plain sum or the centred sum of squares — and
    // so whether the planted value is more than about nine times all the others together.
    void dominanceDetailNamesWhichSum();
    // The honest model on the same columns still converges.
    void honestModelConverges();
    // An honest description of the score (without the outlier) is still released.
    void honestDescriptionReleased();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows)
    {
        return importCsvText(m_node, m_dir, dataset, poissonLpCsv(rows), m_schema);
    }

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksReview11::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("review11 node")));
    m_schema = m_dir.filePath(QStringLiteral("review11.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, poissonLpSchema()));
    VERIFY_NO_ERROR(importRows(QStringLiteral("facescore"), twoFacesRows(true, true)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("facez"), twoFacesRows(true, false)));
    {
        auto honest = twoFacesRows(false, true);
        for (std::size_t j = 0; j < honest.size(); ++j)
            honest[j].c = int((j * 5 + j / 3) % 4);
        VERIFY_NO_ERROR(importRows(QStringLiteral("honest"), honest));
    }
    VERIFY_NO_ERROR(importRows(QStringLiteral("squaresout"), outlierRows(5000)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("sumout"), outlierRows(10000000)));
    VERIFY_NO_ERROR(importRows(QStringLiteral("nooutlier"), outlierRows(50)));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksReview11::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksReview11::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

void tst_AttacksReview11::separationDetailNamesTheDirection()
{
    const QString attack = QStringLiteral(
        "Poisson c ~ score + z over the girls and the boys: the separation refusal's detail (one "
        "girl is the only count above 0 off one column's face)");
    const QString &token = m_tokens[QStringLiteral("eve")];
    QStringList differ;
    std::map<QString, QString> answers;
    for (const QString &dataset : { QStringLiteral("facescore"), QStringLiteral("facez") }) {
        std::map<std::string, QString> answer;
        for (const std::string sex : { "female", "male" }) {
            answer[sex]
                = refusalOf(m_node, token, dataset,
                            design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                                   { among("sex", { sex }) }));
            qInfo("  %s over %s: %s", qPrintable(dataset), sex.c_str(), qPrintable(answer[sex]));
            // The attack needs both refused: an answer in one world is another attack (the
            // programme's own, tst_attacks_poissonlp).
            QVERIFY2(answer[sex].contains(QStringLiteral("separation")), qPrintable(answer[sex]));
        }
        if (answer["female"] != answer["male"])
            differ << QStringLiteral("%1: girls '%2', boys '%3'")
                          .arg(dataset, answer["female"], answer["male"]);
        answers[dataset] = answer["female"];
    }
    if (!differ.isEmpty())
        stillWorks(attack,
                   differ.join(QStringLiteral("; ")) + QStringLiteral(": the record is a girl"));
    else
        note(attack, QStringLiteral("the same refusal for both: %1").arg(answers.begin()->second));
    QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QStringLiteral("; "))));
}

void tst_AttacksReview11::dominanceDetailNamesWhichSum()
{
    const QString attack = QStringLiteral(
        "a description of the score in two worlds whose one outlier differs (5,000 against "
        "10,000,000): the dominance refusal's detail");
    std::map<QString, QString> answer;
    for (const QString &dataset : { QStringLiteral("squaresout"), QStringLiteral("sumout") }) {
        Describe d;
        d.dataset = dataset;
        d.variables = { variable(QStringLiteral("score")) };
        const Reply reply
            = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(d));
        answer[dataset] = QStringLiteral("%1 %2: %3")
                              .arg(reply.status)
                              .arg(reply.code,
                                   reply.json.value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("detail"))
                                       .toString());
        qInfo("  %s: %s", qPrintable(dataset), qPrintable(answer[dataset]));
        // Refused in both worlds (by the dataset's or the cohort's rule): what it names is the
        // attack.
        QVERIFY2(reply.code.endsWith(QLatin1String("dominance")), qPrintable(answer[dataset]));
    }
    const QString squares = answer[QStringLiteral("squaresout")];
    const QString sum = answer[QStringLiteral("sumout")];
    if (squares != sum)
        stillWorks(attack,
                   QStringLiteral("'%1' against '%2': the outlier is more than nine times the "
                                  "rest together, or not")
                       .arg(squares, sum));
    else
        note(attack, QStringLiteral("the same refusal for both: %1").arg(squares));
    QCOMPARE(squares, sum);
}

void tst_AttacksReview11::honestDescriptionReleased()
{
    Describe d;
    d.dataset = QStringLiteral("nooutlier");
    d.variables = { variable(QStringLiteral("score")) };
    const Reply reply
        = m_node.post("/v1/descriptives", m_tokens[QStringLiteral("eve")], describeBody(d));
    note(QStringLiteral("honest: a description of the score without an outlier"),
         reply.released() ? QStringLiteral("released") : reply.describe());
    QVERIFY2(reply.released(), qPrintable(reply.describe()));
}

void tst_AttacksReview11::honestModelConverges()
{
    for (const std::string sex : { "female", "male" }) {
        const QString answer
            = poissonLpAnswer(m_node, m_tokens[QStringLiteral("eve")], QStringLiteral("honest"),
                              design("c", analysis::Family::Poisson, { asIs("score"), asIs("z") },
                                     { among("sex", { sex }) }));
        note(QStringLiteral("honest: c ~ score + z with ordinary counts over %1")
                 .arg(QString::fromStdString(sex)),
             answer);
        QCOMPARE(answer, QStringLiteral("converged"));
    }
}

QTEST_MAIN(tst_AttacksReview11)
#include "tst_attacks_review11.moc"
