// SPDX-License-Identifier: GPL-3.0-or-later
// What the attack suites (tst_attacks*) share: the outcome table of every attack, the soft
// failure list that cleanup() turns into a failed slot, designs and descriptions as an attacker
// writes them, the attacked node's set-up (startAttackedNode and its steps, "the attacked node:
// one set-up for every attack suite" below: the one place to start a suite's node), and the
// attacked node as a study participant with a colluding peer. Everything talks to a real node
// (nodeprocess.h) over TLS.
#pragma once

#include "fairstart/analysis/glm.h"
#include "fairstart/protocol/batchcodec.h"
#include "fairstart/protocol/codec.h"

#include "fakesite.h"
#include "nodeprocess.h"
#include "peering.h"
#include "protocolone.h"
#include "studyrelay.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <csignal>
#include <functional>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace testsupport::attacks {

using namespace fairstart;

// Every attack's outcome, printed as a table at the end (the report's "still works" list).
inline QList<QPair<QString, QString>> &outcomes()
{
    static QList<QPair<QString, QString>> list;
    return list;
}

inline void note(const QString &attack, const QString &outcome)
{
    outcomes().append({ attack, outcome });
}

// True when the reply is a rule refusal with one of `rules`; notes the outcome either way.
inline bool refusedWith(const QString &attack, const Reply &reply, const QStringList &rules)
{
    const bool refused = !reply.released() && reply.status != 0 && reply.status != 500 && reply.rule
        && rules.contains(reply.code);
    if (refused)
        note(attack, QStringLiteral("refused with %1").arg(reply.code));
    else if (reply.released())
        note(attack, QStringLiteral("STILL WORKS (released)"));
    else
        note(attack,
             QStringLiteral("refused with %1 (HTTP %2), expected %3")
                 .arg(reply.code)
                 .arg(reply.status)
                 .arg(rules.join(QLatin1Char('|'))));
    return refused;
}

inline QByteArray message(const QString &attack, const Reply &reply, const QStringList &rules)
{
    return QStringLiteral("%1: expected a refusal with %2, got %3")
        .arg(attack, rules.join(QLatin1Char('|')), reply.describe())
        .toUtf8();
}

// Soft: every attack of a test slot is tried and noted; cleanup() fails the slot afterwards.
inline QStringList &failures()
{
    static QStringList list;
    return list;
}

// A suite's cleanup(): `VERIFY_NO_ERROR(takeFailures());` fails the slot that just ran with
// every soft failure it noted (one a line) and clears the list for the next slot.
inline QString takeFailures()
{
    return std::exchange(failures(), {}).join(QLatin1Char('\n'));
}

#define EXPECT_REFUSED(attack, reply, rules)                                                       \
    do {                                                                                           \
        if (!refusedWith(attack, reply, rules))                                                    \
            failures() << QString::fromUtf8(message(attack, reply, rules));                        \
    } while (false)

// A request refused before anything is built, by metadata (400) or a size rule (413/422/429):
// any of `codes`, never 500 and never released.
inline void expectRefusedCode(const QString &attack, const Reply &reply, const QStringList &codes)
{
    const bool refused = reply.status >= 400 && reply.status < 500 && codes.contains(reply.code);
    note(attack,
         refused ? QStringLiteral("refused with %1 (HTTP %2)").arg(reply.code).arg(reply.status)
                 : QStringLiteral("STILL WORKS (%1)").arg(reply.describe().left(120)));
    if (!refused)
        failures() << QString::fromUtf8(message(attack, reply, codes));
}

// A reconstruction that succeeded: noted as STILL WORKS and failed in cleanup().
inline void stillWorks(const QString &attack, const QString &detail)
{
    note(attack, QStringLiteral("STILL WORKS (%1)").arg(detail));
    failures() << QStringLiteral("STILL WORKS: %1: %2").arg(attack, detail);
}

// A differencing attack's verdict: the values it reconstructed (`found`, against the data) noted
// as STILL WORKS and failed in cleanup(), else the final request's outcome (a refusal, or a
// release that gives nothing of the record away).
inline void noteReconstruction(const QString &attack, const QStringList &found, const Reply &after)
{
    if (!found.isEmpty())
        stillWorks(attack, found.join(QStringLiteral(", ")));
    else
        note(attack,
             after.released() ? QStringLiteral("closed: released, nothing of the record")
                              : QStringLiteral("closed: refused with %1").arg(after.code));
}

// An answer as the attacker reads it: "opened" (201), "passed" (another 2xx) or its status and
// code. Two worlds that differ in one record must read the same.
inline QString answerRead(const Reply &r)
{
    if (r.status == 201)
        return QStringLiteral("opened");
    if (r.released())
        return QStringLiteral("passed");
    return QStringLiteral("%1 %2").arg(r.status).arg(r.code);
}

// A batch part's answer, as the part alone would have got it.
inline Reply replyOf(const protocol::BatchAnswer &answer)
{
    return testsupport::replyOf(answer.status, answer.body);
}
inline QString answerRead(const protocol::BatchAnswer &answer)
{
    return answerRead(replyOf(answer));
}

inline QString refusalSentence(const Reply &r)
{
    return r.json.value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("message"))
        .toString();
}

// ---- designs, as an attacker writes them
// ---------------------------------------------------------

inline analysis::Predictor asIs(const std::string &variable)
{
    analysis::Predictor p;
    p.variable = variable;
    return p;
}

inline analysis::Predictor factor(const std::string &variable, const std::string &reference = {})
{
    analysis::Predictor p;
    p.variable = variable;
    p.transform = analysis::Transform::Categorical;
    p.reference = reference;
    return p;
}

inline analysis::Predictor winsor(const std::string &variable, double lower, double upper)
{
    analysis::Predictor p;
    p.variable = variable;
    p.transform = analysis::Transform::Winsorise;
    p.lower = lower;
    p.upper = upper;
    return p;
}

inline analysis::Predictor transformed(const std::string &variable, analysis::Transform t,
                                       int knots = 0)
{
    analysis::Predictor p;
    p.variable = variable;
    p.transform = t;
    p.knots = knots;
    return p;
}

inline analysis::Filter range(const std::string &variable, std::optional<double> min,
                              std::optional<double> max)
{
    analysis::Filter f;
    f.variable = variable;
    f.min = min;
    f.max = max;
    return f;
}

inline analysis::Filter among(const std::string &variable, std::vector<std::string> values)
{
    analysis::Filter f;
    f.variable = variable;
    f.values = std::move(values);
    return f;
}

inline const std::vector<std::string> kEducation { "low", "middle", "high" };

inline analysis::ResolvedDesign design(const std::string &outcome, analysis::Family family,
                                       std::vector<analysis::Predictor> predictors,
                                       std::vector<analysis::Filter> filters = {})
{
    analysis::ResolvedDesign d;
    d.spec.outcome.variable = outcome;
    d.spec.family = family;
    d.spec.predictors = std::move(predictors);
    d.spec.filters = std::move(filters);
    for (const auto &p : d.spec.predictors) {
        if (p.transform != analysis::Transform::Categorical)
            continue;
        if (p.variable == "sex")
            d.levels["sex"] = { "female", "male" };
        else if (p.variable == "maternal_education")
            d.levels["maternal_education"] = { "high", "low", "middle" };
    }
    return d;
}

// The attacked node as a study participant (its /v1/info; set by initTestCase).
inline protocol::StudyParticipant &self()
{
    static protocol::StudyParticipant participant;
    return participant;
}

// A site the attacked node's administrator accepted as a peer, whose keys the attacker holds: a
// colluding (or deceived) site, the threat that remains once peers are pinned. Pinned by
// initTestCase; the chosen-β attacks steer through it.
inline const testsupport::FakeSite &colluder()
{
    static const testsupport::FakeSite site
        = testsupport::FakeSite::make(QStringLiteral("Colluder"));
    return site;
}

// ---- the attacked node: one set-up for every attack suite -------------------------------------
//
// Every attack runs against a real fairstart-node: without the node's binary a suite fails (rule
// 5: it never skips). A suite's initTestCase is the steps below; each returns an empty QString
// when it worked, else what failed, and VERIFY_NO_ERROR (nodeprocess.h) fails initTestCase with
// that sentence:
//
//     void tst_AttacksMine::initTestCase()
//     {
//         // binary and temporary folder checked, SIGPIPE ignored, the node initialised in
//         // m_dir/node with datasets_share_records = 1 (or the policies given)
//         VERIFY_NO_ERROR(startAttackedNode(m_node, m_dir, QStringLiteral("Mine node")));
//         // the suite's records and schema: writeDemoCohort, writeCsvTable, csvLineOf,
//         // readCsvLines, writeSetupFile(path, schemaDocument(columns, label)), editSchema
//         VERIFY_NO_ERROR(importEach(m_node, { "first", "second" }, csv, schema));
//         VERIFY_NO_ERROR(importCsvText(m_node, m_dir, QStringLiteral("third"), csvText, schema));
//         VERIFY_NO_ERROR(researchTokens(m_node, { "ann", "eve" }, m_tokens));
//         VERIFY_NO_ERROR(serveWithColluder(m_node, m_tokens[QStringLiteral("ann")]));
//     }
//     void tst_AttacksMine::cleanupTestCase() { m_node.stop(); printOutcomes(); }
//     void tst_AttacksMine::cleanup() { VERIFY_NO_ERROR(takeFailures()); }
//
// A second node of a suite (another policy) is initNode + the same steps.

// A node policy (`fairstart-node policy set KEY VALUE`).
struct NodePolicy {
    const char *key;
    const char *value;
};

// Each attack on a dataset of its own: the same records under several names, which a node
// refuses by default (docs/privacy-rules.md, "Datasets that share records").
inline constexpr NodePolicy kShareRecords { "datasets_share_records", "1" };
// With kShareRecords the worlds stay separate: an erasure in one dataset does not reach the others
// that hold the same records (erasures_reach_shared_datasets = 0, set by initNode unless a suite
// names the key). kErasuresReach (the node's default, never set, so that the suite also runs
// against a node without the key) keeps the default: the suites of datasets that share records
// after an erasure (docs/privacy-rules.md, "Datasets that share records, after an erasure").
inline constexpr NodePolicy kErasuresReach { "erasures_reach_shared_datasets", "1" };

// `fairstart-node init` of `node` in `dataDir` as `name`, then each of `policies` set.
inline QString initNode(NodeProcess &node, const QString &dataDir, const QString &name,
                        std::initializer_list<NodePolicy> policies)
{
    if (!node.init(dataDir, name))
        return node.error;
    bool shared = false, erasuresNamed = false;
    for (const NodePolicy &policy : policies) {
        shared = shared || qstrcmp(policy.key, kShareRecords.key) == 0;
        if (qstrcmp(policy.key, kErasuresReach.key) == 0) {
            erasuresNamed = true;
            if (qstrcmp(policy.value, kErasuresReach.value) == 0)
                continue; // the default
        }
        if (!node.setPolicy(QLatin1String(policy.key), QLatin1String(policy.value)))
            return node.error;
    }
    if (shared && !erasuresNamed
        && !node.setPolicy(QLatin1String(kErasuresReach.key), QStringLiteral("0")))
        return node.error;
    return {};
}

// The first step of every attack suite's initTestCase: SIGPIPE ignored (a node that closes a
// connection must not kill the test), the node binary present (FAIRSTART_BIN_DIR; a missing one
// fails the suite), `dir` made, and `node` initialised in dir/node as `name` with `policies`.
inline QString startAttackedNode(NodeProcess &node, const QTemporaryDir &dir, const QString &name,
                                 std::initializer_list<NodePolicy> policies = { kShareRecords })
{
    std::signal(SIGPIPE, SIG_IGN);
    if (const QString missing = NodeProcess::binaryMissing(); !missing.isEmpty())
        return missing;
    if (!dir.isValid())
        return QStringLiteral("no temporary folder: ") + dir.errorString();
    return initNode(node, dir.filePath(QStringLiteral("node")), name, policies);
}

// `bytes` written to `path`. Empty when written, else why not.
inline QString writeSetupFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

// One CSV line of `cells` (no quoting: the suites' cells hold no commas), with its newline.
inline QByteArray csvLineOf(const std::vector<std::string> &cells)
{
    QByteArray line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i)
            line += ',';
        line += QByteArray::fromStdString(cells[i]);
    }
    line += '\n';
    return line;
}

// The records of the twelfth to fourteenth reviews: 400 of places B and C and the target, a girl
// of place B and the one record without z (the attacker's background knowledge). Place B's 200
// hold exactly 39 outcomes y = 1 besides her (20 girls, 19 boys), place C's 200 hold 60; every
// record has a score (`scoreOf(j)` of record j, j < 200 in place B), a count c (0..3) and a z. The
// target has `targetScore`, c = 1 and `targetY`. Record ids from `firstId`. So place B's complete
// cases of z are place B without her (39 events whatever her y), and place B is 39 + y events.
inline QByteArray placesBAndCCsv(
    int firstId, int targetScore, int targetY,
    const std::function<int(int)> &scoreOf = [](int j) { return (j * 13) % 41; })
{
    QByteArray out = "record_id,sex,place,score,z,c,y,consent_research\n";
    int boysWithY = 0;
    for (int j = 0; j < 400; ++j) {
        const bool placeB = j < 200;
        const bool girl = j % 2 == 0;
        int y = 0;
        if (placeB) {
            const int k = j / 2;
            y = (girl ? k % 5 == 0 : (k % 5 == 2 && boysWithY < 19)) ? 1 : 0;
            if (y && !girl)
                ++boysWithY;
        } else {
            y = (j / 2) % 10 < 3 ? 1 : 0;
        }
        out += csvLineOf({ std::to_string(firstId + j), girl ? "female" : "male",
                           placeB ? "B" : "C", std::to_string(scoreOf(j)),
                           std::to_string((j * 7) % 23), std::to_string((j / 3) % 4),
                           std::to_string(y), "1" });
    }
    out += csvLineOf({ std::to_string(firstId + 400), "female", "B", std::to_string(targetScore),
                       "", "1", std::to_string(targetY), "1" });
    return out;
}

// One synthetic record of the red team suites (tst_attacks_redteam, _redteam2, _redteam3), which
// add their own columns to it (their Row). `w` empty = missing.
struct SyntheticRow {
    std::string sex = "female";
    std::string place = "B";
    double score = 20;
    std::string w;
    int y = 0;
    int year = 2016;
};

// `count` ordinary records from record `first` on: places B, C, D in turn, both sexes, scores
// 0..40, w 3000..3499, every third record with y = 1, years 2014..2020; a suite's own columns
// as its Row has them by default.
template<class Row> std::vector<Row> ordinaryRows(int count, int first = 0)
{
    std::vector<Row> rows;
    for (int j = first; j < first + count; ++j) {
        Row r;
        r.sex = j % 2 ? "male" : "female";
        r.place = std::string(1, char('B' + j % 3));
        r.score = double(j % 41);
        r.w = std::to_string(3000 + (j * 37) % 500);
        r.y = j % 3 == 0 ? 1 : 0;
        r.year = 2014 + j % 7;
        rows.push_back(r);
    }
    return rows;
}

// In the suites' synthetic rows (a Row with a `place`): the first `size` records of `place`, a
// group that one column of theirs marks, each handed to mark(row, its position in the group);
// the target of an attack is usually position 0. Each suite plants its own values.
template<class Row, class Mark>
void markGroup(std::vector<Row> &rows, const std::string &place, int size, const Mark &mark)
{
    int group = 0;
    for (std::size_t i = 0; i < rows.size() && group < size; ++i) {
        if (rows[i].place != place)
            continue;
        mark(rows[i], group);
        ++group;
    }
}

// The grams group of tst_attacks_review7 (also _redteam6, _review10), in the suites' synthetic
// rows with a column `v` (text, empty = missing): v = 1 + j % 20 on record j; a group G of 24
// records of place C misses v. Its first record, the target, is G's only record with w in
// [3320, 3340) (w = 3333), with y = `target`; the 23 others weigh 3101, 11 of them with y = 1.
// So G's y = 1 records are 12 or 11: every count rule passes in both worlds.
template<class Row> void markGramsGroup(std::vector<Row> &rows, int target)
{
    for (std::size_t j = 0; j < rows.size(); ++j)
        rows[j].v = std::to_string(1 + j % 20);
    markGroup(rows, "C", 24, [target](Row &r, int group) {
        r.v.clear();
        r.w = group == 0 ? "3333" : "3101";
        r.y = group == 0 ? target : (group <= 11 ? 1 : 0);
    });
}

// A CSV of `header` and `rows` (each through csvLineOf) written to `path`.
inline QString writeCsvTable(const QString &path, const std::vector<std::string> &header,
                             const std::vector<std::vector<std::string>> &rows)
{
    QByteArray text = csvLineOf(header);
    for (const auto &row : rows)
        text += csvLineOf(row);
    return writeSetupFile(path, text);
}

// A CSV's header line and its data lines (trailing empty lines dropped, no newlines).
inline QString readCsvLines(const QString &path, QByteArray *header, QList<QByteArray> *lines)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, in.errorString());
    QList<QByteArray> all = in.readAll().split('\n');
    while (!all.isEmpty() && all.last().trimmed().isEmpty())
        all.removeLast();
    if (all.isEmpty())
        return path + QStringLiteral(" is empty");
    *header = all.takeFirst();
    *lines = all;
    return {};
}

// Columns of a schema as the node reads it (docs/node.md): {"type": type}, a categorical one with
// its levels, a consent column of a purpose; schemaDocument: the strict schema of `columns`.
inline QJsonObject schemaColumn(const QString &type)
{
    return QJsonObject { { QStringLiteral("type"), type } };
}

inline QJsonObject categoricalColumn(std::initializer_list<const char *> levels)
{
    QJsonArray out;
    for (const char *level : levels)
        out.append(QString::fromLatin1(level));
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("categorical") },
                         { QStringLiteral("levels"), out } };
}

inline QJsonObject consentColumn(const QString &purpose)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("consent") },
                         { QStringLiteral("purpose"), purpose } };
}

inline QByteArray schemaDocument(const QJsonObject &columns, const QString &label,
                                 const QStringList &missing = {})
{
    QJsonObject schema { { QStringLiteral("columns"), columns },
                         { QStringLiteral("label"), label },
                         { QStringLiteral("strict"), true } };
    if (!missing.isEmpty())
        schema.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    return QJsonDocument(schema).toJson();
}

// The schema `from` with `edit` applied to its "columns" object, written to `to`.
inline QString editSchema(const QString &from, const QString &to,
                          const std::function<void(QJsonObject &columns)> &edit)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(from, in.errorString());
    QJsonObject schema = QJsonDocument::fromJson(in.readAll()).object();
    QJsonObject columns = schema.value(QStringLiteral("columns")).toObject();
    edit(columns);
    schema.insert(QStringLiteral("columns"), columns);
    return writeSetupFile(to, QJsonDocument(schema).toJson());
}

// Each of `datasets` imported from the same `csv` and `schema` (the same records under several
// names: kShareRecords), each name appended to *imported when given.
inline QString importEach(NodeProcess &node, std::initializer_list<const char *> datasets,
                          const QString &csv, const QString &schema,
                          QStringList *imported = nullptr)
{
    for (const char *dataset : datasets) {
        if (!node.import(QLatin1String(dataset), csv, schema))
            return node.error;
        if (imported)
            *imported << QLatin1String(dataset);
    }
    return {};
}

// `csv` (a CSV's text) written to dir/<dataset>.csv and imported as `dataset` with `schema`.
inline QString importCsvText(NodeProcess &node, const QTemporaryDir &dir, const QString &dataset,
                             const QByteArray &csv, const QString &schema)
{
    const QString path = dir.filePath(dataset + QStringLiteral(".csv"));
    QString error = writeSetupFile(path, csv);
    if (error.isEmpty() && !node.import(dataset, path, schema))
        error = node.error;
    return error;
}

// The attack suites' last step of initTestCase, after the imports and tokens: the colluder pinned
// as a peer, the node serving, and its participant record (its /v1/info, read with `token`) in
// self(). Empty when the node serves, else what failed.
inline QString serveWithColluder(NodeProcess &node, const QString &token)
{
    if (sodium_init() < 0)
        return QStringLiteral("libsodium failed to initialise");
    if (!testsupport::pinFake(node, colluder()) || !node.serve())
        return node.error;
    testsupport::StudySite site { &node, token, {}, {}, {}, {}, {} };
    QString error;
    if (!testsupport::fetchInfo(site, &error))
        return error;
    self() = testsupport::participantOf(site);
    return {};
}

// A study of the attacked node (self(), as `token`) and the colluder on `manifest`: opened at the
// node, then armed with both manifest signatures (the colluder's made with the attacker's keys).
// The open's refusal, else the signature relay's answer (200: armed); `site` the node's side of
// the study for the rounds.
inline Reply openWithColluder(NodeProcess &node, const QString &token,
                              const protocol::StudyManifest &manifest, testsupport::StudySite *site)
{
    *site = testsupport::StudySite { &node, token, {}, {}, {}, {}, {} };
    site->info.name = self().name;
    const Reply opened = testsupport::openStudy(*site, manifest);
    if (opened.status != 201)
        return opened;
    protocol::SignatureRelay signatures;
    signatures.signatures = { { self().name, site->manifestSignature },
                              { colluder().name, colluder().signManifest(manifest) } };
    return testsupport::relaySignatures(*site, signatures);
}

// The chosen-β attack: a study of `d` on `dataset` by the attacked node and the colluder, whose
// round-1 statistics (steeringStats) make the sum's XᵀWX the identity and its score `target`, so
// the node's coordinator steps to its start plus `target`. The refusal of the open, or the node's
// round-1 answer when it holds no plain statistics, else its round-2 answer; the job is deleted
// afterwards.
inline Reply steerWithColluder(NodeProcess &node, const QString &token, const QString &dataset,
                               const analysis::ResolvedDesign &d, const std::vector<double> &target)
{
    const testsupport::FakeSite &puppet = colluder();
    protocol::StudyManifest manifest = testsupport::makeManifest(
        d, { self(), puppet.participant() }, {}, QStringLiteral("plain"));
    manifest.dataset = dataset;
    manifest.fitNullModel = false;
    testsupport::StudySite site;
    Reply reply = openWithColluder(node, token, manifest, &site);
    if (reply.status != 200)
        return reply;
    protocol::RoundRelay relay;
    relay.round = 1;
    reply = testsupport::relayRound(site, relay);
    auto own = testsupport::contributionOf(reply);
    if (!own || !own->contribution.plain)
        return reply;
    protocol::Contribution forged = own->contribution;
    forged.site = puppet.name;
    forged.plain = testsupport::steeringStats(*own->contribution.plain, target);
    relay.round = 2;
    // In the manifest's order of the participants' names.
    relay.previous = puppet.name < self().name
        ? QList<protocol::SignedContribution> { puppet.sign(forged), *own }
        : QList<protocol::SignedContribution> { *own, puppet.sign(forged) };
    reply = testsupport::relayRound(site, relay);
    (void)node.del(testsupport::jobPath(site), token);
    return reply;
}

// A research token for each of `users` into `tokens`. Empty when every one was made, else why.
inline QString researchTokens(NodeProcess &node, std::initializer_list<const char *> users,
                              std::map<QString, QString> &tokens)
{
    for (const char *user : users) {
        QString &token = tokens[QLatin1String(user)];
        token = node.token(QLatin1String(user), QStringLiteral("research"));
        if (token.isEmpty())
            return node.error;
    }
    return {};
}

inline protocol::StudyManifest manifestFor(const QString &dataset,
                                           const analysis::ResolvedDesign &d,
                                           protocol::JobKind kind = protocol::JobKind::Glm,
                                           const QString &fittedStudy = QString(),
                                           const QString &purpose = QStringLiteral("research"))
{
    protocol::StudyManifest m
        = testsupport::makeManifest(d, { self() }, {}, QStringLiteral("plain"));
    m.dataset = dataset;
    m.purpose = purpose;
    m.kind = kind;
    m.fittedStudy = fittedStudy;
    return m;
}

// A study in which the attacked node is the only participant (protocol version 2).
inline QByteArray jobBody(const QString &dataset, const analysis::ResolvedDesign &d,
                          protocol::JobKind kind = protocol::JobKind::Glm,
                          const QString &fittedStudy = QString(),
                          const QString &purpose = QStringLiteral("research"))
{
    return testsupport::body(protocol::toJson(
        protocol::StudyJobRequest { manifestFor(dataset, d, kind, fittedStudy, purpose) }));
}

// What a client of protocol version 1 sent: a round at its own β, an evaluation at its own β.
inline QByteArray v1RoundBody(int round, const std::vector<double> &beta)
{
    return testsupport::protocolone::roundBody(round, beta);
}

inline QByteArray v1EvaluationBody(const QString &dataset, const analysis::ResolvedDesign &d,
                                   const std::vector<double> &beta, int bins = 10)
{
    return testsupport::protocolone::evaluationBody(dataset, d, beta, bins);
}

inline QByteArray evaluationBody(const QString &jobId, int bins = analysis::evaluationGridBins)
{
    protocol::StudyEvaluationRequest request;
    request.purpose = QStringLiteral("research");
    request.jobId = jobId;
    request.bins = bins;
    return protocol::canonicalJson(protocol::toJson(request));
}

struct Describe {
    QString dataset;
    QString purpose = QStringLiteral("research");
    std::vector<analysis::Filter> filters;
    QStringList completeCases;
    QList<protocol::DescribeVariable> variables;
    QList<QPair<QString, QString>> tables;
};

inline protocol::DescribeVariable variable(const QString &name,
                                           std::vector<std::vector<double>> edges = {})
{
    protocol::DescribeVariable v;
    v.name = name;
    v.histogramEdges = std::move(edges);
    return v;
}

inline QByteArray describeBody(const Describe &d)
{
    protocol::DescriptivesRequest request;
    request.purpose = d.purpose;
    request.dataset = d.dataset;
    request.filters = d.filters;
    request.completeCases = d.completeCases;
    request.variables = d.variables;
    request.tables = d.tables;
    return protocol::canonicalJson(protocol::toJson(request));
}

inline std::optional<protocol::DescriptivesResponse> described(const Reply &reply)
{
    if (reply.status != 200)
        return std::nullopt;
    auto decoded = protocol::fromJson<protocol::DescriptivesResponse>(reply.json);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded).value();
}

// The trend of y by year (2014–2020) over every record of `dataset`, or over the complete cases
// of w.
inline Reply trendOverAll(const NodeProcess &node, const QString &dataset, const QString &token,
                          bool completeCases = false)
{
    protocol::DescriptivesRequest request;
    request.purpose = QStringLiteral("research");
    request.dataset = dataset;
    if (completeCases)
        request.completeCases = { QStringLiteral("w") };
    request.trends = { { QStringLiteral("year"), QStringLiteral("y"), 2014, 2020 } };
    return node.post("/v1/descriptives", token, protocol::canonicalJson(protocol::toJson(request)));
}

// The 2016 × level cell of a released trend (nullopt: withheld or refused).
inline std::optional<double> trendCell2016(const Reply &reply, const QString &level)
{
    const auto a = described(reply);
    if (!a || a->trends.size() != 1)
        return std::nullopt;
    const protocol::ReleasedTable &t = a->trends.front();
    const qsizetype row = t.rowLevels.indexOf(QStringLiteral("2016"));
    const qsizetype c = t.columnLevels.indexOf(level);
    if (row < 0 || c < 0 || !t.counts[row * t.columnLevels.size() + c])
        return std::nullopt;
    return double(*t.counts[row * t.columnLevels.size() + c]);
}

inline std::optional<analysis::RoundStats> roundStats(const Reply &reply)
{
    auto contribution = testsupport::contributionOf(reply);
    if (!contribution || !contribution->contribution.plain)
        return std::nullopt;
    return contribution->contribution.plain;
}

// The catalogue's level counts of `dataset` for research as `token` sees them: variable -> level
// -> count (-1 where the count is withheld); empty when the catalogue was refused.
inline std::map<QString, std::map<QString, qint64>>
catalogueCounts(NodeProcess &node, const QString &token, const QString &dataset)
{
    const Reply r
        = node.get("/v1/catalogue?purpose=research&dataset=" + dataset.toStdString(), token);
    auto decoded = protocol::fromJson<protocol::Catalogue>(r.json);
    std::map<QString, std::map<QString, qint64>> out;
    if (r.status != 200 || !decoded)
        return out;
    for (const auto &entry : decoded.value().datasets) {
        if (entry.name != dataset)
            continue;
        for (const auto &v : entry.variables) {
            for (const auto &level : v.levels)
                out[v.name][level.name] = level.count ? *level.count : -1;
        }
    }
    return out;
}

// Element (i, j) of the released upper triangle (row by row).
inline double upper(const analysis::RoundStats &s, int i, int j)
{
    if (i > j)
        std::swap(i, j);
    const int p = int(s.p);
    return s.xtwxUpper[std::size_t(i * p - i * (i - 1) / 2 + (j - i))];
}

inline std::vector<std::string> splitCsv(const QByteArray &line)
{
    std::vector<std::string> out;
    for (const QByteArray &cell : line.split(','))
        out.push_back(cell.toStdString());
    return out;
}

// A CSV read into cells (no quoted commas): the cell of column `name` in data row `row`, as text
// and as a number (NaN when empty or NA).
struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> cells;

    int column(const char *name) const
    {
        return int(std::find(header.begin(), header.end(), name) - header.begin());
    }
    const std::string &cell(int row, const char *name) const
    {
        return cells[std::size_t(row)][std::size_t(column(name))];
    }
    QString text(int row, const char *name) const
    {
        return QString::fromStdString(cell(row, name));
    }
    double number(int row, const char *name) const
    {
        const std::string &c = cell(row, name);
        double value = std::nan("");
        if (c.empty() || c == "NA")
            return value;
        std::from_chars(c.data(), c.data() + c.size(), value);
        return value;
    }
};

// The level counts of catalogueCounts `before` that `after` gives otherwise, as
// "name=level: before -> after" (-2: no longer listed); with `table`, those of them that are
// a value of its data row `planted` ("name = level") also into *revealed.
inline QStringList changedLevelCounts(const std::map<QString, std::map<QString, qint64>> &before,
                                      const std::map<QString, std::map<QString, qint64>> &after,
                                      const CsvTable *table = nullptr, int planted = -1,
                                      QStringList *revealed = nullptr)
{
    QStringList changed;
    for (const auto &[name, levels] : before) {
        const int col = table ? table->column(name.toUtf8().constData()) : -1;
        for (const auto &[level, count] : levels) {
            const auto it = after.find(name);
            const qint64 now
                = it == after.end() || !it->second.count(level) ? -2 : it->second.at(level);
            if (now == count)
                continue;
            changed << QStringLiteral("%1=%2: %3 -> %4").arg(name, level).arg(count).arg(now);
            if (table && col < int(table->header.size())
                && QString::fromStdString(table->cells[std::size_t(planted)][std::size_t(col)])
                    == level)
                *revealed << QStringLiteral("%1 = %2").arg(name, level);
        }
    }
    return changed;
}

// Every attack of a suite and its outcome, as the suite's last lines of output.
inline void printOutcomes()
{
    QString table = QStringLiteral("\nattack -> outcome\n");
    for (const auto &[attack, outcome] : outcomes())
        table += QStringLiteral("  %1 -> %2\n").arg(attack, outcome);
    qInfo("%s", qPrintable(table));
}

// The demo cohort of a hospital (`fairstart-node demo-data`, seed 7) written into `dir` as
// demo.csv and demo.schema.json, and its rows read back (no quoted commas in the demo data).
struct DemoCohort {
    QString schemaPath;
    CsvTable table;
};
inline std::optional<DemoCohort> writeDemoCohort(NodeProcess &node, const QTemporaryDir &dir,
                                                 int rows, QString *error)
{
    DemoCohort demo;
    const QString csv = dir.filePath(QStringLiteral("demo.csv"));
    demo.schemaPath = dir.filePath(QStringLiteral("demo.schema.json"));
    if (!node.run({ QStringLiteral("demo-data"), QStringLiteral("--profile"),
                    QStringLiteral("hospital"), QStringLiteral("--rows"), QString::number(rows),
                    QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), csv,
                    QStringLiteral("--schema-out"), demo.schemaPath })) {
        *error = node.error;
        return std::nullopt;
    }
    QFile in(csv);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + csv;
        return std::nullopt;
    }
    const QList<QByteArray> lines = in.readAll().split('\n');
    demo.table.header = splitCsv(lines.first().trimmed());
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        demo.table.cells.push_back(splitCsv(lines[i].trimmed()));
        if (demo.table.cells.back().size() != demo.table.header.size()) {
            *error = QStringLiteral("demo.csv line %1 has another number of cells").arg(i + 1);
            return std::nullopt;
        }
    }
    if (int(demo.table.cells.size()) != rows) {
        *error
            = QStringLiteral("demo.csv has %1 rows, not %2").arg(demo.table.cells.size()).arg(rows);
        return std::nullopt;
    }
    return demo;
}

// ---- studies and descriptions against one node
// ----------------------------------------------------

// An honest study of the node alone to its end: the node's final β and its job id there.
inline std::optional<std::vector<double>> fitAlone(NodeProcess &node, const QString &token,
                                                   const QString &dataset,
                                                   const analysis::ResolvedDesign &d,
                                                   QString *jobId = nullptr)
{
    StudySite site { &node, token, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    QString error;
    auto run = runStudy({ &site }, manifestFor(dataset, d), &error);
    if (!run) {
        qWarning("honest study refused: %s", qPrintable(error));
        return std::nullopt;
    }
    if (jobId)
        *jobId = site.jobId;
    return run->last.front().contribution.finalBeta;
}

// A study of the node alone for `token` to its end, as the attack suites read it: "converged" (the
// node's final β in `beta`), "failed" (a failed fit) or "refused: <code> at round <n>" (a rule's
// refusal). The job is deleted afterwards.
inline QString studyAnswer(NodeProcess &node, const QString &token, const QString &dataset,
                           const analysis::ResolvedDesign &d, std::vector<double> *beta = nullptr)
{
    StudySite site { &node, token, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    QString error;
    auto run = runStudy({ &site }, manifestFor(dataset, d), &error);
    if (!site.jobId.isEmpty())
        (void)node.del(jobPath(site), token);
    if (run) {
        if (beta)
            *beta = run->last.front().contribution.finalBeta;
        return QStringLiteral("converged");
    }
    qInfo("  study: %s", qPrintable(error.left(240)));
    if (error.startsWith(QStringLiteral("the study failed")))
        return QStringLiteral("failed");
    static const QRegularExpression code(QStringLiteral("round (\\d+): HTTP \\d+ ([a-z-]+)"));
    const auto m = code.match(error);
    return m.hasMatch()
        ? QStringLiteral("refused: %1 at round %2").arg(m.captured(2), m.captured(1))
        : QStringLiteral("refused: ") + error.left(60);
}

// studyAnswer, with "diverged" for a converged study whose estimate ran off (|β| ≥ 9: the log of
// a rate under 1e-4), as a separation attack reads it.
inline QString separationAnswer(NodeProcess &node, const QString &token, const QString &dataset,
                                const analysis::ResolvedDesign &d)
{
    std::vector<double> beta;
    const QString answer = studyAnswer(node, token, dataset, d, &beta);
    for (const double b : beta) {
        if (!(std::abs(b) < 9))
            return QStringLiteral("diverged");
    }
    return answer;
}

// The research-consented records with a birth weight and dev_delay_2y: their outcomes, the
// heaviest child first (ties: the larger outcome first).
inline std::vector<double> outcomesHeaviestFirst(const CsvTable &table)
{
    std::vector<std::pair<double, double>> cohort;
    for (int row = 0; row < int(table.cells.size()); ++row) {
        const double w = table.number(row, "birth_weight_g"), y = table.number(row, "dev_delay_2y");
        if (table.cell(row, "consent_research") == "1" && !std::isnan(w) && !std::isnan(y))
            cohort.emplace_back(w, y);
    }
    std::sort(cohort.begin(), cohort.end(), std::greater<>());
    std::vector<double> out;
    for (const auto &[w, y] : cohort)
        out.push_back(y);
    return out;
}

struct FitEvaluation {
    std::vector<double> beta; // the study's final β
    protocol::EvaluationResponse evaluation; // of that β, on the study's job
};

// An honest study of `d` (the node alone) and the evaluation of its final β, the job deleted
// afterwards; nothing when the study or the evaluation fails (said on the log). `keep` looks at
// the β first: when it says no, nothing is evaluated and nothing is returned.
inline std::optional<FitEvaluation>
fitAndEvaluate(NodeProcess &node, const QString &token, const QString &dataset,
               const analysis::ResolvedDesign &d,
               const std::function<bool(const std::vector<double> &)> &keep = {})
{
    QString jobId;
    const auto beta = fitAlone(node, token, dataset, d, &jobId);
    if (!beta || (keep && !keep(*beta)))
        return std::nullopt;
    const Reply r = node.post("/v1/evaluations", token, evaluationBody(jobId));
    (void)node.del("/v1/jobs/" + jobId.toStdString(), token);
    if (r.status != 200) {
        qWarning("evaluation refused: %s", qPrintable(r.describe()));
        return std::nullopt;
    }
    auto evaluated = protocol::fromJson<protocol::EvaluationResponse>(r.json);
    if (!evaluated)
        return std::nullopt;
    return FitEvaluation { *beta, std::move(evaluated).value() };
}

// The evaluation of an honest fit of dev_delay_2y ~ standardised birth weight (the node alone),
// or nothing when the fit, its slope's sign (negative, as in the demo data) or the evaluation
// fails.
inline std::optional<protocol::EvaluationResponse>
evaluateWeightModel(NodeProcess &node, const QString &dataset, const QString &token)
{
    auto d = design("dev_delay_2y", analysis::Family::Binomial,
                    { transformed("birth_weight_g", analysis::Transform::Standardise) });
    d.scaling["birth_weight_g"] = { 3300, 600 };
    auto fitted = fitAndEvaluate(node, token, dataset, d,
                                 [](const std::vector<double> &beta) { return beta[1] < 0; });
    if (!fitted)
        return std::nullopt;
    return std::move(fitted->evaluation);
}

// Round 1 of a study of the node alone (at the coordinator's deterministic start): the open
// study's refusal, or the node's round-1 answer. The job is deleted afterwards.
inline Reply roundOneAlone(NodeProcess &node, const QString &token, const QString &dataset,
                           const analysis::ResolvedDesign &d)
{
    StudySite site { &node, token, {}, {}, {}, {}, {} };
    site.info.name = self().name;
    const protocol::StudyManifest manifest = manifestFor(dataset, d);
    Reply reply = openStudy(site, manifest);
    if (reply.status != 201)
        return reply;
    protocol::SignatureRelay signatures;
    signatures.signatures = { { self().name, site.manifestSignature } };
    reply = relaySignatures(site, signatures);
    if (reply.status != 200)
        return reply;
    protocol::RoundRelay relay;
    relay.round = 1;
    reply = relayRound(site, relay);
    (void)node.del(jobPath(site), token);
    return reply;
}

// The node's canonical histogram edges of a numeric variable over the consented records of
// `dataset` (a description of it; empty when refused).
inline std::vector<double> describedEdges(NodeProcess &node, const QString &token,
                                          const QString &dataset, const QString &name)
{
    Describe d;
    d.dataset = dataset;
    d.completeCases = { name };
    d.variables = { variable(name, { { -1e9, 1e9 } }) };
    const auto out = described(node.post("/v1/descriptives", token, describeBody(d)));
    if (!out || out->numeric.isEmpty() || out->numeric.front().histograms.isEmpty())
        return {};
    return out->numeric.front().histograms.front().edges;
}

// ---- histograms as the two-worlds attacks read them ------------------------------------------

// The first histogram of a released description of one numeric variable (nullptr when the
// description was refused, holds another number of variables or no histogram).
inline const protocol::ReleasedHistogram *
onlyHistogram(const std::optional<protocol::DescriptivesResponse> &d)
{
    if (!d || d->numeric.size() != 1 || d->numeric.front().histograms.isEmpty())
        return nullptr;
    return &d->numeric.front().histograms.front();
}

// The count of the bin of `h` that holds `at`, starts above `above` and ends at or below `upTo`
// (nullopt: no such bin, or no bins), e.g. the bin [2016, 2017) of a period: (2016, 2015, 2017).
inline std::optional<double> releasedBinCount(const protocol::ReleasedHistogram &h, double at,
                                              double above,
                                              double upTo = std::numeric_limits<double>::infinity())
{
    for (std::size_t b = 0; b + 1 < h.edges.size() && b < h.counts.size(); ++b) {
        if (h.edges[b] <= at && h.edges[b + 1] > at && h.edges[b] > above && h.edges[b + 1] <= upTo)
            return h.counts[b];
    }
    return std::nullopt;
}

// releasedBinCount of a description's reply of one numeric variable (nullopt also when refused).
inline std::optional<double> releasedBinCount(const Reply &reply, double at, double above,
                                              double upTo = std::numeric_limits<double>::infinity())
{
    const auto d = described(reply);
    const protocol::ReleasedHistogram *h = onlyHistogram(d);
    if (!h)
        return std::nullopt;
    return releasedBinCount(*h, at, above, upTo);
}

// The bin [2016, 2017) of a histogram of a period (year).
inline std::optional<double> yearBin2016(const Reply &reply)
{
    return releasedBinCount(reply, 2016, 2015, 2017);
}

// A description of one numeric variable as the erasure attacks compare it: "bins" (its
// histogram released with bins), "no bins" (released without) or the refusal's code.
inline QString binsOrCode(const Reply &reply)
{
    const auto d = described(reply);
    if (!d)
        return reply.code;
    const protocol::ReleasedHistogram *h = onlyHistogram(d);
    return h && h->edges.size() >= 2 ? QStringLiteral("bins") : QStringLiteral("no bins");
}

// The erasure attacks' probe: a histogram of `name` over the records of place B of `sex` (every
// edge), as binsOrCode reads it; said on the log.
inline QString histogramOverPlaceB(NodeProcess &node, const QString &token, const QString &dataset,
                                   const QString &name, const char *sex)
{
    Describe q;
    q.dataset = dataset;
    q.filters = { among("place", { "B" }), among("sex", { sex }) };
    q.variables = { variable(name, { { -1e9, 1e9 } }) };
    const Reply r = node.post("/v1/descriptives", token, describeBody(q));
    qInfo("  %s: %s over place B, sex = %s: %s", qPrintable(dataset), qPrintable(name), sex,
          described(r) ? "released" : qPrintable(r.describe().left(300)));
    return binsOrCode(r);
}

// A two-worlds attack's answers (the target's value 0 in one world, 1 in the other): each world's
// answer "<label>: <code>", with "(<what> = <difference>)" when both of its bins were released;
// the pair reveals the target when every world's difference is her value.
struct TwoWorlds {
    QStringList answers;
    std::map<int, QString> codes;
    bool reveals = true;

    void add(int target, const QString &label, const QString &code, std::optional<double> first,
             std::optional<double> second, const QString &what)
    {
        codes[target] = code;
        QString answer = QStringLiteral("%1: %2").arg(label, code);
        if (first && second) {
            answer += QStringLiteral(" (%1 = %2)").arg(what).arg(*first - *second);
            reveals = reveals && *first - *second == target;
        } else {
            reveals = false;
        }
        answers << answer;
    }
    bool codesDiffer() const { return codes.at(0) != codes.at(1); }
};

// The verdict of a two-worlds attack (the target's value 0 in one world, 1 in the other; one
// answer a world): STILL WORKS when the answers gave the target's value away (`reveals`; said
// with `revealed`, e.g. ": her y") or when the worlds' codes differ (`codesDiffer`: "the answers
// differ by <`value`>"), else closed.
inline void twoWorldsVerdict(const QString &attack, const QStringList &answers, bool reveals,
                             bool codesDiffer, const QString &revealed, const QString &value)
{
    const QString all = answers.join(QStringLiteral("; "));
    if (reveals)
        stillWorks(attack, all + revealed);
    else if (codesDiffer)
        stillWorks(attack, QStringLiteral("the answers differ by %1: ").arg(value) + all);
    else
        note(attack, QStringLiteral("closed: ") + all);
}

inline void twoWorldsVerdict(const QString &attack, const TwoWorlds &worlds,
                             const QString &revealed, const QString &value)
{
    twoWorldsVerdict(attack, worlds.answers, worlds.reveals, worlds.codesDiffer(), revealed, value);
}

// The verdict of an attack that asks the same over the girls and over the boys (one girl is the
// target): STILL WORKS when the answers differ ("the record is a girl"), else noted as the same
// answer. True when they differ.
inline bool girlsAndBoysVerdict(const QString &attack, const QString &girls, const QString &boys)
{
    if (girls != boys) {
        stillWorks(attack,
                   QStringLiteral("girls %1, boys %2: the record is a girl").arg(girls, boys));
        return true;
    }
    note(attack, QStringLiteral("the same answer for both: %1").arg(girls));
    return false;
}

// The honest Table 1 of the hospital demo cohort (tst_attacks_redteam2, _redteam6, _review7): its
// eight numeric variables and its four cohorts (every record, Rotterdam, the complete cases of
// parental stress, a model's complete cases), in that order.
inline const QStringList &table1Numeric()
{
    static const QStringList numeric {
        QStringLiteral("birth_year"),      QStringLiteral("gestational_age_weeks"),
        QStringLiteral("birth_weight_g"),  QStringLiteral("apgar_5min"),
        QStringLiteral("maternal_age"),    QStringLiteral("income_quintile"),
        QStringLiteral("parental_stress"), QStringLiteral("breastfeeding_months")
    };
    return numeric;
}

struct Table1Cohort {
    QString name;
    std::vector<analysis::Filter> filters;
    QStringList complete;
};

inline const std::vector<Table1Cohort> &table1Cohorts()
{
    static const std::vector<Table1Cohort> cohorts {
        { QStringLiteral("all"), {}, {} },
        { QStringLiteral("Rotterdam"), { among("municipality", { "Rotterdam" }) }, {} },
        { QStringLiteral("complete parental_stress"), {}, { QStringLiteral("parental_stress") } },
        { QStringLiteral("model's complete cases"),
          {},
          { QStringLiteral("dev_delay_2y"), QStringLiteral("gestational_age_weeks"),
            QStringLiteral("maternal_education"), QStringLiteral("parental_stress"),
            QStringLiteral("smoking_pregnancy") } },
    };
    return cohorts;
}

// What an attacker finds with "the k records of the evaluated cohort with the lowest risk hold
// e events" (`cuts`: k, e) against an evaluation's cumulative bins: a cumulative bin 1-9 records
// from a cut gives that group's events. `cohort` is the evaluated cohort's outcomes in the
// order of the cuts (lowest risk first), to check each group against the data.
struct Revealed {
    std::size_t bins = 0; // released (occupied) bins
    int groups = 0, records = 0, checked = 0;
    QStringList shown;
};

inline Revealed groupsFromCuts(const analysis::PerformanceBins &bins,
                               const std::vector<std::pair<double, double>> &cuts,
                               const std::vector<double> &cohort,
                               const std::function<QString(std::size_t)> &label)
{
    struct Prefix {
        double count = 0, events = 0;
    };
    std::vector<Prefix> prefixes;
    Prefix sum;
    for (int i = 0; i < bins.bins; ++i) {
        const double c = bins.positives[std::size_t(i)] + bins.negatives[std::size_t(i)];
        if (c <= 0)
            continue;
        sum.count += c;
        sum.events += bins.positives[std::size_t(i)];
        prefixes.push_back(sum);
    }
    Revealed out;
    out.bins = prefixes.size();
    for (std::size_t k = 0; k < cuts.size(); ++k) {
        const auto &[atOrAbove, eventsAbove] = cuts[k];
        for (const Prefix &p : prefixes) {
            const double gap = std::abs(p.count - atOrAbove);
            if (gap < 1 || gap >= 10)
                continue;
            ++out.groups;
            out.records += int(gap);
            const double releasedEvents = std::abs(p.events - eventsAbove);
            double truth = 0;
            const std::size_t from = std::size_t(std::min(p.count, atOrAbove));
            const std::size_t to = std::size_t(std::max(p.count, atOrAbove));
            for (std::size_t i = from; i < to && i < cohort.size(); ++i)
                truth += cohort[i];
            if (truth == releasedEvents) {
                ++out.checked;
                if (out.shown.size() < 3)
                    out.shown << QStringLiteral("%1: %2 records, %3 events")
                                     .arg(label(k))
                                     .arg(gap)
                                     .arg(truth);
            }
        }
    }
    return out;
}

// The bytes of every file under `path` (a node's data folder: its audit log and store).
inline qint64 folderBytes(const QString &path)
{
    qint64 bytes = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

} // namespace testsupport::attacks
