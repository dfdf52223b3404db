// SPDX-License-Identifier: GPL-3.0-or-later
// Rule 1 for the model spec's `complete_cases` (branch newuser2): a list of variables whose
// complete cases define a model's cohort besides the model's own, so that a series of models
// shares one cohort. It is only a stricter filter of the records, so it must open no new
// differencing: the node builds the cohort from it and every rule (the ledger first) runs on that
// cohort as it runs on the same cohort chosen by a model variable. Two worlds that differ only in
// a planted record's outcome, a real fairstart-node over TLS on its default policy, the hostile
// requests and the value they would reveal; and the field's validation (no consent or identifier
// column, no repeats, at most 64 names).
#include "fairstart/protocol/codec.h"

#include "attacksupport.h"
#include "nodeprocess.h"
#include "studyrelay.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace fairstart;
using namespace testsupport::attacks;
using testsupport::NodeProcess;
using testsupport::Reply;

namespace {

// One synthetic record. `w` empty = missing.
struct Row {
    std::string sex = "female";
    std::string place = "B";
    double score = 20;
    std::string w;
    int y = 0;
};

QByteArray schemaJson()
{
    QJsonObject columns;
    columns.insert(QStringLiteral("record_id"), schemaColumn(QStringLiteral("id")));
    columns.insert(QStringLiteral("sex"), categoricalColumn({ "female", "male" }));
    columns.insert(QStringLiteral("place"), categoricalColumn({ "B", "C", "D" }));
    for (const char *numeric : { "score", "w" })
        columns.insert(QLatin1String(numeric), schemaColumn(QStringLiteral("numeric")));
    columns.insert(QStringLiteral("y"), schemaColumn(QStringLiteral("binary")));
    columns.insert(QStringLiteral("consent_research"), consentColumn(QStringLiteral("research")));
    return schemaDocument(columns, QStringLiteral("Newuser2 synthetic records"));
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "record_id,sex,place,score,w,y,consent_research\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += QByteArray::number(qint64(700000 + i)) + ',' + QByteArray::fromStdString(r.sex) + ','
            + QByteArray::fromStdString(r.place) + ',' + QByteArray::number(r.score, 'g', 10) + ','
            + QByteArray::fromStdString(r.w) + ',' + QByteArray::number(r.y) + ",1\n";
    }
    return out;
}

// 600 ordinary records (places B, C, D in turn, both sexes, scores 0..40, w 3000..3499, every
// fourth with y = 1, so that every place has events) and the target, record 0, a girl of place B:
// the only record without a w (say, the one child whose test was not done), with y = `planted`.
std::vector<Row> plantedRows(int planted)
{
    std::vector<Row> rows;
    for (int j = 0; j < 600; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = double(j % 41);
        r.w = std::to_string(3000 + (j * 37) % 500);
        r.y = j % 4 == 0 ? 1 : 0;
        rows.push_back(r);
    }
    rows[0].w.clear();
    rows[0].y = planted;
    return rows;
}

analysis::ResolvedDesign withCompleteCases(analysis::ResolvedDesign d,
                                           std::vector<std::string> completeCases)
{
    d.spec.completeCases = std::move(completeCases);
    return d;
}

// A refusal as the analyst sees it: status, code and sentence (the sentence names no value).
QString answerOf(const Reply &r)
{
    if (r.released())
        return QStringLiteral("released");
    return QStringLiteral("%1 %2: %3").arg(r.status).arg(r.code, refusalSentence(r));
}

} // namespace

class tst_AttacksNewuser2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void completeCasesLeaveOutOneRecord();
    void completeCasesOfNoAnalysisVariable();
    void completeCasesValidated();

private:
    QString importRows(const QString &dataset, const std::vector<Row> &rows)
    {
        return importCsvText(m_node, m_dir, dataset, csvOf(rows), m_schema);
    }
    Reply open(const QString &dataset, const analysis::ResolvedDesign &d, const char *path)
    {
        return m_node.post(path, m_tokens[QStringLiteral("eve")], jobBody(dataset, d));
    }

    QTemporaryDir m_dir;
    QString m_schema;
    NodeProcess m_node;
    std::map<QString, QString> m_tokens;
};

void tst_AttacksNewuser2::initTestCase()
{
    VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Newuser2 node")));
    m_schema = m_dir.filePath(QStringLiteral("newuser2.schema.json"));
    VERIFY_NO_ERROR(writeSetupFile(m_schema, schemaJson()));
    for (const int world : { 0, 1 }) {
        // Two datasets a world: the attack through complete_cases, and the same through a
        // model variable, each on a ledger of its own.
        VERIFY_NO_ERROR(importRows(QStringLiteral("cases%1").arg(world), plantedRows(world)));
        VERIFY_NO_ERROR(importRows(QStringLiteral("model%1").arg(world), plantedRows(world)));
    }
    VERIFY_NO_ERROR(importRows(QStringLiteral("checks"), plantedRows(0)));
    VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
    VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
}

void tst_AttacksNewuser2::cleanupTestCase()
{
    m_node.stop();
    printOutcomes();
}

void tst_AttacksNewuser2::cleanup()
{
    VERIFY_NO_ERROR(takeFailures());
}

void tst_AttacksNewuser2::completeCasesLeaveOutOneRecord()
{
    // Attack. A study of y ~ score over every record (released: its events include her y). Then
    // the same model with complete_cases [w]: its cohort is every record but hers, the one child
    // without a w. Released, the two fits' events (their intercepts' score) differ by her y. The
    // node must refuse it as it refuses y ~ score + w, the same cohort chosen by a model variable,
    // with the same code and sentence in both worlds (`min-subset` here: one record left out).
    const analysis::ResolvedDesign all = design("y", analysis::Family::Binomial, { asIs("score") });
    const analysis::ResolvedDesign pinned = withCompleteCases(all, { "w" });
    const analysis::ResolvedDesign withW
        = design("y", analysis::Family::Binomial, { asIs("score"), asIs("w") });
    std::map<int, QStringList> answers;
    for (const int world : { 0, 1 }) {
        for (const QString &prefix : { QStringLiteral("cases"), QStringLiteral("model") }) {
            const QString dataset = prefix + QString::number(world);
            QCOMPARE(studyAnswer(m_node, m_tokens[QStringLiteral("eve")], dataset, all),
                     QStringLiteral("converged"));
            const analysis::ResolvedDesign &second
                = prefix == QLatin1String("cases") ? pinned : withW;
            const Reply check = open(dataset, second, "/v1/checks");
            const Reply job = open(dataset, second, "/v1/jobs");
            qInfo("  world %d, %s: dry run %s; job %s", world, qPrintable(prefix),
                  qPrintable(check.describe().left(120)), qPrintable(job.describe().left(120)));
            answers[world] << answerOf(check) << answerOf(job);
        }
    }
    const QString attack = QStringLiteral("y ~ score, then the same with complete_cases [w]: "
                                          "every record but hers (the only one without a w)");
    const QString outcome
        = QStringLiteral("her y 0: %1; her y 1: %2")
              .arg(answers[0].join(QLatin1String(" / ")), answers[1].join(QLatin1String(" / ")));
    if (answers[0] != answers[1])
        stillWorks(attack, outcome);
    else
        note(attack, QStringLiteral("closed: ") + answers[0].value(1).left(60));
    QCOMPARE(answers[0], answers[1]);
    // Refused, and the same way as the cohort a model variable chooses (dry run and job).
    QVERIFY2(answers[0][1].startsWith(QLatin1String("422 ")), qPrintable(outcome));
    QCOMPARE(answers[0][0], answers[0][2]);
    QCOMPARE(answers[0][1], answers[0][3]);
}

void tst_AttacksNewuser2::completeCasesOfNoAnalysisVariable()
{
    // The consent and identifier columns are no analysis variables: not a filter of the cohort
    // either (a record with an unknown consent is never in a cohort; its complete cases would be
    // a way to ask about them). Refused before any record is read, the same in both worlds.
    for (const char *column : { "consent_research", "record_id", "no_such_variable" }) {
        QStringList seen;
        for (const int world : { 0, 1 }) {
            const Reply job
                = open(QStringLiteral("cases%1").arg(world),
                       withCompleteCases(design("y", analysis::Family::Binomial, { asIs("score") },
                                                { among("place", { "C" }) }),
                                         { "w", column }),
                       "/v1/jobs");
            // The sentence names the dataset asked about; the worlds' datasets differ in name.
            seen << answerOf(job).replace(QStringLiteral("cases%1").arg(world),
                                          QStringLiteral("cases"));
            expectRefusedCode(QStringLiteral("complete_cases naming %1").arg(QLatin1String(column)),
                              job, { QStringLiteral("unknown-variable") });
            QVERIFY2(job.describe().contains(QLatin1String("completeCases[1]")),
                     qPrintable(job.describe()));
        }
        QCOMPARE(seen[0], seen[1]);
    }
}

void tst_AttacksNewuser2::completeCasesValidated()
{
    const analysis::ResolvedDesign base
        = design("y", analysis::Family::Binomial, { asIs("score") }, { among("place", { "D" }) });
    // A name twice: the specification's rule.
    const Reply twice
        = open(QStringLiteral("checks"), withCompleteCases(base, { "w", "w" }), "/v1/checks");
    expectRefusedCode(QStringLiteral("complete_cases naming w twice"), twice,
                      { QStringLiteral("invalid-spec") });
    // 65 names: the protocol's bound, refused as it is read.
    std::vector<std::string> many(65, "w");
    for (std::size_t i = 0; i < many.size(); ++i)
        many[i] = "v" + std::to_string(i);
    const Reply tooMany
        = open(QStringLiteral("checks"), withCompleteCases(base, many), "/v1/checks");
    QCOMPARE(tooMany.status, 400);
    QVERIFY2(tooMany.describe().contains(QLatin1String("at most 64")),
             qPrintable(tooMany.describe()));
    // Honest: the cohort of place D pinned to w's complete cases passes the dry run (her record
    // is of place B), and its job's cohort is place D's 200 records.
    const Reply honest
        = open(QStringLiteral("checks"), withCompleteCases(base, { "w" }), "/v1/jobs");
    QVERIFY2(honest.status == 201, qPrintable(honest.describe()));
    const auto created = protocol::fromJson<protocol::JobCreated>(honest.json);
    QVERIFY2(created, qPrintable(honest.describe()));
    QCOMPARE(created->cohortSize, 200);
    (void)m_node.del("/v1/jobs/" + created->jobId.toStdString(), m_tokens[QStringLiteral("eve")]);
}

QTEST_GUILESS_MAIN(tst_AttacksNewuser2)
#include "tst_attacks_newuser2.moc"
