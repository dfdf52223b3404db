// SPDX-License-Identifier: GPL-3.0-or-later
// Codecs of protocol version 2's studies (study.h): the manifest, signed contributions, the
// relays and the run record. Decoding is as strict as elsewhere, and also refuses what no honest
// peer would send (unsorted participants, keys of the wrong size, fields of another status), so
// a node and a client never read two different meanings into the same signed bytes.
#include "fairstart/protocol/base64.h"
#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/relaycodec.h"
#include "fairstart/protocol/requestflow.h"

#include "codec_util.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace fairstart::protocol {

using detail::Reader;
using namespace detail::util;

namespace {

constexpr std::initializer_list<JobKind> kKinds
    = { JobKind::Glm, JobKind::CalibrationSlope, JobKind::CalibrationIntercept, JobKind::Evaluation,
        JobKind::Descriptives };
constexpr std::initializer_list<ContributionStatus> kStatuses
    = { ContributionStatus::Statistics,  ContributionStatus::NonFinite,
        ContributionStatus::Converged,   ContributionStatus::Failed,
        ContributionStatus::Observed,    ContributionStatus::Evaluation,
        ContributionStatus::Descriptives };

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Decodes `text` if it is the one canonical spelling of some bytes in standard, padded base64
// (base64.h): one pass over the UTF-16 text, at a fraction of the cost of decoding with Qt and
// comparing: a relay of 100 sites holds 100 such texts of 5.5 kB (docs/performance.md, "Many
// sites, third pass").
std::optional<QByteArray> decodeCanonicalBase64(const QString &text)
{
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = canonicalBase64Size(in, text.size());
    if (size < 0)
        return std::nullopt;
    QByteArray out(size, Qt::Uninitialized);
    if (!protocol::decodeCanonicalBase64(in, text.size(),
                                         reinterpret_cast<unsigned char *>(out.data())))
        return std::nullopt;
    return out;
}

// Standard, padded base64 in its one canonical spelling (re-encoding gives the same text), of
// `size` bytes when size >= 0.
QByteArray readBase64(Reader &r, const QString &key, qsizetype size = -1)
{
    const QString text = r.string(key);
    if (!r.ok())
        return {};
    std::optional<QByteArray> decoded = decodeCanonicalBase64(text);
    if (!decoded) {
        r.fail(key, QStringLiteral("must be standard base64 with padding"));
        return {};
    }
    if (size >= 0 && decoded->size() != size) {
        r.fail(key,
               QStringLiteral("must be base64 of %1 bytes, not %2").arg(size).arg(decoded->size()));
        return {};
    }
    return *std::move(decoded);
}

// The words as little-endian bytes (the wire's order), in one copy on a little-endian machine.
QByteArray wordBytes(const std::vector<std::uint64_t> &words)
{
    QByteArray bytes(qsizetype(words.size() * 8), Qt::Uninitialized);
    if constexpr (std::endian::native == std::endian::little) {
        if (!words.empty())
            std::memcpy(bytes.data(), words.data(), words.size() * 8);
    } else {
        for (size_t k = 0; k < words.size(); ++k)
            for (int b = 0; b < 8; ++b)
                bytes[qsizetype(k * 8 + size_t(b))] = char((words[k] >> (8 * b)) & 0xff);
    }
    return bytes;
}

QString wordsToBase64(const std::vector<std::uint64_t> &words)
{
    return base64(wordBytes(words));
}

std::vector<std::uint64_t> readWords(Reader &r, const QString &key)
{
    const QByteArray bytes = readBase64(r, key);
    if (!r.ok())
        return {};
    if (bytes.size() % 8 != 0) {
        r.fail(key, QStringLiteral("must hold whole 64-bit words (a multiple of 8 bytes)"));
        return {};
    }
    std::vector<std::uint64_t> words(size_t(bytes.size() / 8), 0);
    if constexpr (std::endian::native == std::endian::little) {
        if (!words.empty())
            std::memcpy(words.data(), bytes.constData(), words.size() * 8);
    } else {
        for (size_t k = 0; k < words.size(); ++k)
            for (int b = 0; b < 8; ++b)
                words[k] |= std::uint64_t(
                                static_cast<unsigned char>(bytes[qsizetype(k * 8 + size_t(b))]))
                    << (8 * b);
    }
    return words;
}

size_t statsLength(int p)
{
    return size_t(p) * size_t(p + 1) / 2 + size_t(p) + 5;
}

// ---- participants ----

// A participant's keys stay the (canonical) base64 text the manifest carries.
StudyParticipant readParticipant(Reader &p)
{
    StudyParticipant sp;
    sp.name = p.string(QStringLiteral("name"));
    if (p.ok() && sp.name.isEmpty())
        p.fail(QStringLiteral("name"), QStringLiteral("must not be empty"));
    sp.signingKey = p.string(QStringLiteral("ed25519"));
    readBase64(p, QStringLiteral("ed25519"), 32);
    sp.keyAgreementKey = p.string(QStringLiteral("x25519"));
    readBase64(p, QStringLiteral("x25519"), 32);
    return sp;
}

QList<StudyParticipant> readParticipants(Reader &r, const QString &key, bool required)
{
    QList<StudyParticipant> out;
    const QJsonArray a = r.array(key, required);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        const QString path = key + QStringLiteral("[%1]").arg(i);
        Reader p = r.child(r.objectAt(a, i, key), path);
        const StudyParticipant sp = readParticipant(p);
        p.finish();
        if (r.ok() && !out.isEmpty() && out.last().name.toUtf8() >= sp.name.toUtf8()) {
            r.fail(path + QStringLiteral(".name"),
                   QStringLiteral("must come after \"%1\": the list is sorted by name (byte-wise) "
                                  "and names are unique")
                       .arg(out.last().name));
        }
        out.append(sp);
    }
    return out;
}

QJsonArray participantsToJson(const QList<StudyParticipant> &participants)
{
    QJsonArray a;
    for (const StudyParticipant &p : participants)
        a.append(toJson(p));
    return a;
}

// Levels of a table or trend: unique non-empty strings, at least one.
QStringList readCellLevels(Reader &r, const QString &key)
{
    const QStringList levels = r.strings(key);
    if (r.ok() && levels.isEmpty())
        r.fail(key, QStringLiteral("must list at least one level"));
    for (qsizetype j = 0; j < levels.size() && r.ok(); ++j) {
        if (levels.at(j).isEmpty() || levels.indexOf(levels.at(j)) != j)
            r.fail(key + QStringLiteral("[%1]").arg(j),
                   QStringLiteral("must be a non-empty level, each level once"));
    }
    return levels;
}

// Issue 14: the optional histograms, tables and trends of a descriptives study. A histogram's
// variable is a numeric variable of the spec, its lattice whole (first and last multiples of
// step, at most 1000 cells); a cell layout never depends on a site.
constexpr std::size_t kMaxStudyCells = 1000;

void readDescriptivesCells(Reader &r, DescriptivesStudySpec *spec)
{
    const QJsonArray histograms = r.array(QStringLiteral("histograms"), false);
    for (qsizetype i = 0; i < histograms.size() && r.ok(); ++i) {
        const QString key = QStringLiteral("histograms[%1]").arg(i);
        Reader h = r.child(r.objectAt(histograms, i, QStringLiteral("histograms")), key);
        DescriptivesStudyHistogram histogram;
        histogram.variable = h.string(QStringLiteral("variable"));
        histogram.step = h.number(QStringLiteral("step"));
        histogram.first = h.number(QStringLiteral("first"));
        histogram.last = h.number(QStringLiteral("last"));
        h.finish();
        const auto variable = std::find_if(
            spec->variables.begin(), spec->variables.end(),
            [&](const DescriptivesStudyVariable &v) { return v.name == histogram.variable; });
        if (r.ok() && (variable == spec->variables.end() || !variable->levels.isEmpty()))
            r.fail(key + QStringLiteral(".variable"),
                   QStringLiteral("must be a numeric variable of \"variables\""));
        const std::size_t cells = histogramCells(histogram);
        if (r.ok() && (cells == 0 || cells > kMaxStudyCells))
            r.fail(key,
                   QStringLiteral("must have step > 0, first < last, both multiples of step, "
                                  "and at most %1 cells")
                       .arg(kMaxStudyCells));
        spec->histograms.append(histogram);
    }
    const QJsonArray tables = r.array(QStringLiteral("tables"), false);
    for (qsizetype i = 0; i < tables.size() && r.ok(); ++i) {
        const QString key = QStringLiteral("tables[%1]").arg(i);
        Reader t = r.child(r.objectAt(tables, i, QStringLiteral("tables")), key);
        DescriptivesStudyTable table;
        table.row = t.string(QStringLiteral("row"));
        table.column = t.string(QStringLiteral("column"));
        table.rowLevels = readCellLevels(t, QStringLiteral("row_levels"));
        table.columnLevels = readCellLevels(t, QStringLiteral("column_levels"));
        t.finish();
        if (r.ok() && (table.row.isEmpty() || table.column.isEmpty()))
            r.fail(key, QStringLiteral("must name a row and a column variable"));
        if (r.ok()
            && std::size_t(table.rowLevels.size()) * std::size_t(table.columnLevels.size())
                > kMaxStudyCells)
            r.fail(key, QStringLiteral("must have at most %1 cells").arg(kMaxStudyCells));
        spec->tables.append(table);
    }
    const QJsonArray trends = r.array(QStringLiteral("trends"), false);
    for (qsizetype i = 0; i < trends.size() && r.ok(); ++i) {
        const QString key = QStringLiteral("trends[%1]").arg(i);
        Reader t = r.child(r.objectAt(trends, i, QStringLiteral("trends")), key);
        DescriptivesStudyTrend trend;
        trend.period = t.string(QStringLiteral("period"));
        trend.variable = t.string(QStringLiteral("variable"));
        trend.from = int(t.integer(QStringLiteral("from"), -100000, 100000));
        trend.to = int(t.integer(QStringLiteral("to"), -100000, 100000));
        trend.levels = readCellLevels(t, QStringLiteral("levels"));
        t.finish();
        if (r.ok() && (trend.period.isEmpty() || trend.variable.isEmpty()))
            r.fail(key, QStringLiteral("must name a period and a variable"));
        if (r.ok()
            && (trend.to < trend.from
                || std::size_t(trend.to - trend.from + 1) * std::size_t(trend.levels.size())
                    > kMaxStudyCells))
            r.fail(key,
                   QStringLiteral("must have from <= to and at most %1 cells").arg(kMaxStudyCells));
        spec->trends.append(trend);
    }
}

// A descriptives study's cohort and variables: names unique, levels unique and non-empty
// strings (the node checks them against its catalogue).
DescriptivesStudySpec readDescriptivesSpec(Reader &r)
{
    DescriptivesStudySpec spec;
    spec.filters = readFilters(r, QStringLiteral("filters"));
    spec.completeCases = r.strings(QStringLiteral("complete_cases"));
    const QJsonArray variables = r.array(QStringLiteral("variables"));
    QStringList names;
    for (qsizetype i = 0; i < variables.size() && r.ok(); ++i) {
        const QString key = QStringLiteral("variables[%1]").arg(i);
        Reader v = r.child(r.objectAt(variables, i, QStringLiteral("variables")), key);
        DescriptivesStudyVariable variable;
        variable.name = v.string(QStringLiteral("name"));
        variable.levels = v.strings(QStringLiteral("levels"));
        v.finish();
        if (r.ok() && (variable.name.isEmpty() || names.contains(variable.name)))
            r.fail(key + QStringLiteral(".name"),
                   QStringLiteral("must be a non-empty name, each variable once"));
        for (qsizetype j = 0; j < variable.levels.size() && r.ok(); ++j) {
            if (variable.levels.at(j).isEmpty()
                || variable.levels.indexOf(variable.levels.at(j)) != j)
                r.fail(key + QStringLiteral(".levels[%1]").arg(j),
                       QStringLiteral("must be a non-empty level, each level once"));
        }
        names.append(variable.name);
        spec.variables.append(variable);
    }
    readDescriptivesCells(r, &spec);
    if (r.ok() && spec.variables.isEmpty() && spec.tables.isEmpty() && spec.trends.isEmpty())
        r.fail(QStringLiteral("variables"),
               QStringLiteral("must name at least one variable (or a table or trend)"));
    return spec;
}

QJsonObject descriptivesSpecToJson(const DescriptivesStudySpec &spec)
{
    QJsonArray variables;
    for (const DescriptivesStudyVariable &v : spec.variables)
        variables.append(
            QJsonObject { { QStringLiteral("name"), v.name },
                          { QStringLiteral("levels"), QJsonArray::fromStringList(v.levels) } });
    QJsonObject o { { QStringLiteral("filters"), filtersToJson(spec.filters) },
                    { QStringLiteral("complete_cases"),
                      QJsonArray::fromStringList(spec.completeCases) },
                    { QStringLiteral("variables"), variables } };
    // Issue 14: only when present, so that a Table 1's manifest keeps its bytes.
    if (!spec.histograms.isEmpty()) {
        QJsonArray histograms;
        for (const DescriptivesStudyHistogram &h : spec.histograms)
            histograms.append(QJsonObject { { QStringLiteral("variable"), h.variable },
                                            { QStringLiteral("step"), h.step },
                                            { QStringLiteral("first"), h.first },
                                            { QStringLiteral("last"), h.last } });
        o.insert(QStringLiteral("histograms"), histograms);
    }
    if (!spec.tables.isEmpty()) {
        QJsonArray tables;
        for (const DescriptivesStudyTable &t : spec.tables)
            tables.append(QJsonObject {
                { QStringLiteral("row"), t.row },
                { QStringLiteral("column"), t.column },
                { QStringLiteral("row_levels"), QJsonArray::fromStringList(t.rowLevels) },
                { QStringLiteral("column_levels"), QJsonArray::fromStringList(t.columnLevels) } });
        o.insert(QStringLiteral("tables"), tables);
    }
    if (!spec.trends.isEmpty()) {
        QJsonArray trends;
        for (const DescriptivesStudyTrend &t : spec.trends)
            trends.append(
                QJsonObject { { QStringLiteral("period"), t.period },
                              { QStringLiteral("variable"), t.variable },
                              { QStringLiteral("from"), t.from },
                              { QStringLiteral("to"), t.to },
                              { QStringLiteral("levels"), QJsonArray::fromStringList(t.levels) } });
        o.insert(QStringLiteral("trends"), trends);
    }
    return o;
}

StudyManifest readManifest(Reader &r)
{
    StudyManifest m;
    m.version = int(r.integer(QStringLiteral("version"), 1, 1000));
    if (r.ok() && m.version != 2)
        r.fail(QStringLiteral("version"),
               QStringLiteral("must be 2 (this program speaks study manifests of version 2)"));
    m.studyId = r.string(QStringLiteral("study_id"));
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    if (r.ok() && !hex32.match(m.studyId).hasMatch())
        r.fail(QStringLiteral("study_id"),
               QStringLiteral("must be 32 lower-case hexadecimal digits (128 random bits)"));
    m.purpose = r.string(QStringLiteral("purpose"));
    m.dataset = r.string(QStringLiteral("dataset"));
    m.kind = readEnum(r, QStringLiteral("kind"), kKinds, &jobKindId);
    Reader design = r.child(r.object(QStringLiteral("design")), QStringLiteral("design"));
    m.design = readDesign(design);
    design.finish();
    m.designHash = r.string(QStringLiteral("design_hash"));
    m.fittedStudy = r.optString(QStringLiteral("fitted_study"));
    const bool describes = m.kind == JobKind::Descriptives;
    if (r.ok() && describes
        && (!m.design.spec.outcome.variable.empty() || !m.design.spec.predictors.empty()))
        r.fail(QStringLiteral("design"),
               QStringLiteral("must be the empty design in a descriptives study (its cohort "
                              "and variables are in \"descriptives\")"));
    if (r.ok() && describes && !m.fittedStudy.isEmpty())
        r.fail(QStringLiteral("fitted_study"),
               QStringLiteral("belongs to calibration and evaluation studies only; remove it"));
    if (r.ok() && m.kind == JobKind::Glm && !m.fittedStudy.isEmpty())
        r.fail(QStringLiteral("fitted_study"),
               QStringLiteral("belongs to calibration studies only; remove it"));
    if (r.ok() && m.kind != JobKind::Glm && !describes && m.fittedStudy.isEmpty())
        r.fail(QStringLiteral("fitted_study"),
               QStringLiteral("is required for a calibration or evaluation study (the studyHash "
                              "of the fitted GLM study)"));
    // Only a calibration slope study may start at the fitted model (intercept 0, slope 1); the
    // one value is "fitted-model", and a manifest without it keeps its bytes.
    const QString start = r.optString(QStringLiteral("start"));
    if (r.ok() && !start.isEmpty()) {
        if (start != QStringLiteral("fitted-model"))
            r.fail(QStringLiteral("start"),
                   QStringLiteral("must be \"fitted-model\" (the one start a study may name) or "
                                  "absent"));
        else if (m.kind != JobKind::CalibrationSlope)
            r.fail(QStringLiteral("start"),
                   QStringLiteral("belongs to calibration-slope studies only; remove it"));
        else
            m.startAtFittedModel = true;
    }
    // The signatures over the manifest's SHA-256 (issue 16); the one value is "sha256", and a
    // manifest without it keeps its bytes and is signed over them.
    const QString signature = r.optString(QStringLiteral("signature"));
    if (r.ok() && !signature.isEmpty()) {
        if (signature != QStringLiteral("sha256"))
            r.fail(QStringLiteral("signature"),
                   QStringLiteral("must be \"sha256\" (the participants sign the SHA-256 of the "
                                  "manifest's canonical bytes) or absent (they sign the bytes)"));
        else
            m.signsDigest = true;
    }
    // Arming by manifest tags (issue 16); the one value is "tags", and a manifest without it is
    // armed by the sites' signatures. Descriptives studies are always armed by signatures.
    const QString arming = r.optString(QStringLiteral("arming"));
    if (r.ok() && !arming.isEmpty()) {
        if (arming != QStringLiteral("tags"))
            r.fail(QStringLiteral("arming"),
                   QStringLiteral("must be \"tags\" (every site is armed by the other sites' "
                                  "manifest tags) or absent (by their signatures)"));
        else if (m.kind == JobKind::Descriptives)
            r.fail(QStringLiteral("arming"),
                   QStringLiteral("belongs to model and evaluation studies; remove it"));
        else
            m.armsByTags = true;
    }
    // The summed relay (issue 16, branch sites4): the one value is "summed", on a masked model
    // study armed by tags (its seeds and tags use the pairwise keys arming by tags agrees).
    const QString relayForm = r.optString(QStringLiteral("relay"));
    if (r.ok() && !relayForm.isEmpty()) {
        if (relayForm != QStringLiteral("summed"))
            r.fail(QStringLiteral("relay"),
                   QStringLiteral("must be \"summed\" (the word sum and linear tags) or absent "
                                  "(every contribution)"));
        else if (m.kind != JobKind::Glm && m.kind != JobKind::CalibrationSlope
                 && m.kind != JobKind::CalibrationIntercept)
            r.fail(QStringLiteral("relay"), QStringLiteral("belongs to model studies; remove it"));
        else if (!m.armsByTags)
            r.fail(QStringLiteral("relay"), QStringLiteral("needs \"arming\": \"tags\""));
        else
            m.summedRelay = true;
    }
    // Only an evaluation study has a risk grid; other manifests keep their canonical bytes.
    if (m.kind == JobKind::Evaluation)
        m.evaluationBins = int(r.integer(QStringLiteral("evaluation_bins"), 10, 100000));
    if (describes) {
        Reader d
            = r.child(r.object(QStringLiteral("descriptives")), QStringLiteral("descriptives"));
        m.descriptives = readDescriptivesSpec(d);
        d.finish();
    }

    m.maxRounds = int(r.integer(QStringLiteral("max_rounds"), 1, 1000));
    m.tolerance = r.number(QStringLiteral("tolerance"));
    if (r.ok() && !(m.tolerance > 0 && m.tolerance < 1))
        r.fail(QStringLiteral("tolerance"), QStringLiteral("must be above 0 and below 1"));
    m.fitNullModel = r.boolean(QStringLiteral("fit_null_model"));
    m.mode = r.string(QStringLiteral("mode"));
    if (r.ok() && m.summedRelay && m.mode != QStringLiteral("masked"))
        r.fail(QStringLiteral("relay"), QStringLiteral("\"summed\" needs the masked mode"));
    if (r.ok() && m.mode != QStringLiteral("masked") && m.mode != QStringLiteral("plain"))
        r.fail(QStringLiteral("mode"), QStringLiteral("must be one of: masked, plain"));
    if (r.ok() && describes && m.mode != QStringLiteral("masked"))
        r.fail(QStringLiteral("mode"),
               QStringLiteral("must be masked for a descriptives study (a site's plain "
                              "descriptives are POST /v1/descriptives)"));
    if (r.ok() && m.kind == JobKind::Evaluation && m.mode != QStringLiteral("masked"))
        r.fail(QStringLiteral("mode"),
               QStringLiteral("must be masked for an evaluation study (a site's plain "
                              "evaluation is POST /v1/evaluations)"));
    m.fractionBits = int(r.integer(QStringLiteral("fraction_bits"), 0, 60));
    m.participants = readParticipants(r, QStringLiteral("participants"), true);
    if (r.ok() && m.participants.isEmpty())
        r.fail(QStringLiteral("participants"), QStringLiteral("must name at least one node"));
    m.observers = readParticipants(r, QStringLiteral("observers"), true);
    for (qsizetype i = 0; i < m.observers.size() && r.ok(); ++i)
        for (const StudyParticipant &p : std::as_const(m.participants))
            if (p.name == m.observers.at(i).name)
                r.fail(QStringLiteral("observers[%1].name").arg(i),
                       QStringLiteral("is also a participant; a node either contributes or "
                                      "observes"));
    // One node, one set of keys: a key named twice would let one node sign (or agree masks) as
    // two members of the study.
    QList<std::pair<QString, QString>> seen; // key text, where it was first named
    const auto checkKeys = [&](const QList<StudyParticipant> &list, const QString &key) {
        for (qsizetype i = 0; i < list.size() && r.ok(); ++i) {
            const QString where = key + QStringLiteral("[%1]").arg(i);
            for (const auto &[text, field] :
                 { std::pair { list.at(i).signingKey, QStringLiteral(".ed25519") },
                   std::pair { list.at(i).keyAgreementKey, QStringLiteral(".x25519") } }) {
                for (const auto &[other, first] : std::as_const(seen))
                    if (other == text) {
                        r.fail(where + field,
                               QStringLiteral("is the same key as %1; every node has its own "
                                              "keys")
                                   .arg(first));
                        return;
                    }
                seen.append({ text, where + field });
            }
        }
    };
    checkKeys(m.participants, QStringLiteral("participants"));
    checkKeys(m.observers, QStringLiteral("observers"));
    return m;
}

// ---- contributions ----

// `words`: the masked words of a binary relay's part (relaycodec.h), taken instead of a "masked"
// member (which is then an unknown field); they must be empty for a contribution without one.
Contribution readContribution(Reader &r, std::vector<std::uint64_t> *words = nullptr)
{
    Contribution c;
    // A binary relay's words are moved in (they are the part's own copy; 4 kB per contribution at
    // p = 21). Taken at most once: a status reads its masked words once.
    auto maskedWords = [&r, words] {
        return words ? std::move(*words) : readWords(r, QStringLiteral("masked"));
    };
    c.study = r.string(QStringLiteral("study"));
    c.site = r.string(QStringLiteral("site"));
    c.round = int(r.integer(QStringLiteral("round"), 1, 1000000));
    c.status = readEnum(r, QStringLiteral("status"), kStatuses, &contributionStatusId);
    c.betaHash = r.string(QStringLiteral("beta_hash"));
    c.mode = r.string(QStringLiteral("mode"));
    if (r.ok() && c.mode != QStringLiteral("masked") && c.mode != QStringLiteral("plain"))
        r.fail(QStringLiteral("mode"), QStringLiteral("must be one of: masked, plain"));
    c.p = int(r.integer(QStringLiteral("p"), 1, 10000));
    if (!r.ok())
        return c;
    // Only the fields of this status are read; any other is "not a known field".
    switch (c.status) {
    case ContributionStatus::Statistics:
        if (c.mode == QStringLiteral("plain")) {
            Reader s = r.child(r.object(QStringLiteral("plain")), QStringLiteral("plain"));
            c.plain = readRoundStats(s);
            if (s.ok() && c.plain->p != c.p)
                s.fail(QStringLiteral("p"), QStringLiteral("must equal the contribution's p"));
            s.finish();
        } else {
            c.masked = maskedWords();
            if (r.ok() && c.masked.size() != 2 * statsLength(c.p))
                r.fail(QStringLiteral("masked"),
                       QStringLiteral("must hold %1 words (two per statistic at p = %2), not %3")
                           .arg(2 * statsLength(c.p))
                           .arg(c.p)
                           .arg(c.masked.size()));
        }
        break;
    case ContributionStatus::Evaluation:
        c.bins = int(r.integer(QStringLiteral("bins"), 10, 100000));
        if (r.ok() && c.mode != QStringLiteral("masked"))
            r.fail(QStringLiteral("mode"), QStringLiteral("must be masked for an evaluation"));
        c.masked = maskedWords();
        if (r.ok() && c.masked.size() != 2 * evaluationLength(c.bins))
            r.fail(QStringLiteral("masked"),
                   QStringLiteral("must hold %1 words (two per value at %2 bins), not %3")
                       .arg(2 * evaluationLength(c.bins))
                       .arg(c.bins)
                       .arg(c.masked.size()));
        break;
    case ContributionStatus::Descriptives:
        if (r.ok() && c.mode != QStringLiteral("masked"))
            r.fail(QStringLiteral("mode"), QStringLiteral("must be masked for descriptives"));
        c.masked = maskedWords();
        if (r.ok() && c.masked.size() != 2 * size_t(c.p))
            r.fail(QStringLiteral("masked"),
                   QStringLiteral("must hold %1 words (two per value, p = %2), not %3")
                       .arg(2 * c.p)
                       .arg(c.p)
                       .arg(c.masked.size()));
        break;
    case ContributionStatus::Converged:
        c.finalBeta = r.numbers(QStringLiteral("final_beta"));
        if (r.ok() && c.finalBeta.size() != size_t(c.p))
            r.fail(QStringLiteral("final_beta"),
                   QStringLiteral("must hold p = %1 coefficients").arg(c.p));
        break;
    case ContributionStatus::Failed:
        c.failure = r.string(QStringLiteral("failure"));
        c.failureCode = r.string(QStringLiteral("failure_code"));
        break;
    case ContributionStatus::NonFinite:
    case ContributionStatus::Observed:
        break;
    }
    if (r.ok() && words && !words->empty() && c.masked.empty())
        r.fail(QStringLiteral("masked"),
               QStringLiteral("holds %1 words, but a '%2' contribution in mode %3 has no masked "
                              "words")
                   .arg(words->size())
                   .arg(contributionStatusId(c.status), c.mode));
    return c;
}

SignedContribution readSigned(Reader &r)
{
    SignedContribution s;
    Reader c = r.child(r.object(QStringLiteral("contribution")), QStringLiteral("contribution"));
    s.contribution = readContribution(c);
    c.finish();
    s.signature = readBase64(r, QStringLiteral("signature"), 64);
    return s;
}

QList<SignedContribution> readSignedList(Reader &r, const QString &key)
{
    QList<SignedContribution> out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        Reader s = r.child(r.objectAt(a, i, key), key + QStringLiteral("[%1]").arg(i));
        out.append(readSigned(s));
        s.finish();
    }
    return out;
}

QList<ManifestSignature> readSignatures(Reader &r, const QString &key)
{
    QList<ManifestSignature> out;
    const QJsonArray a = r.array(key);
    for (qsizetype i = 0; i < a.size() && r.ok(); ++i) {
        Reader s = r.child(r.objectAt(a, i, key), key + QStringLiteral("[%1]").arg(i));
        ManifestSignature ms;
        ms.site = s.string(QStringLiteral("site"));
        ms.signature = readBase64(s, QStringLiteral("signature"), 64);
        s.finish();
        out.append(ms);
    }
    return out;
}

QJsonArray signaturesToJson(const QList<ManifestSignature> &signatures)
{
    QJsonArray a;
    for (const ManifestSignature &s : signatures)
        a.append(QJsonObject { { QStringLiteral("site"), s.site },
                               { QStringLiteral("signature"), base64(s.signature) } });
    return a;
}

QJsonObject signedToJson(const SignedContribution &s, MaskedSplices *splices);

// With splices, each masked member a placeholder of them (fitReportText).
QJsonArray signedListToJson(const QList<SignedContribution> &list, MaskedSplices *splices = nullptr)
{
    QJsonArray a;
    for (const SignedContribution &s : list)
        a.append(signedToJson(s, splices));
    return a;
}

StudyRecord readRecord(Reader &r)
{
    StudyRecord s;
    s.study = r.string(QStringLiteral("study"));
    s.mode = r.string(QStringLiteral("mode"));
    Reader m = r.child(r.object(QStringLiteral("manifest")), QStringLiteral("manifest"));
    s.manifest = readManifest(m);
    m.finish();
    s.signatures = readSignatures(r, QStringLiteral("signatures"));
    s.attestations = readSignedList(r, QStringLiteral("attestations"));
    const QJsonArray checks = r.array(QStringLiteral("checks"));
    for (qsizetype i = 0; i < checks.size() && r.ok(); ++i) {
        Reader c = r.child(r.objectAt(checks, i, QStringLiteral("checks")),
                           QStringLiteral("checks[%1]").arg(i));
        StudySignatureCheck check;
        check.site = c.string(QStringLiteral("site"));
        check.manifest = c.boolean(QStringLiteral("manifest"));
        check.attestation = c.boolean(QStringLiteral("attestation"));
        check.note = c.optString(QStringLiteral("note"));
        c.finish();
        s.checks.append(check);
    }
    return s;
}

} // namespace

// ---- hashes and the statistics vector --------------------------------------------------------

QByteArray manifestBytes(const StudyManifest &manifest)
{
    // A node renders a study's manifest twice in the request that opens its job (its study hash,
    // then the bytes it signs), each time the whole participant list (issue 16, branch sites9):
    // the last manifest rendered on this thread is kept with its bytes. Equal manifests
    // (operator==) render the same: every number in them is a JSON number, and the canonical
    // form writes -0 as 0 (a NaN is never equal: rendered again).
    thread_local std::optional<std::pair<StudyManifest, QByteArray>> last;
    if (last && last->first == manifest)
        return last->second;
    QByteArray bytes = canonicalJson(toJson(manifest));
    last.emplace(manifest, bytes);
    return bytes;
}

QString studyHash(const StudyManifest &manifest)
{
    return sha256Hex(manifestBytes(manifest));
}

QByteArray manifestSignedBytes(const StudyManifest &manifest, const QByteArray &bytes)
{
    return manifest.signsDigest ? sha256(bytes) : bytes;
}

QString betaHash(const std::vector<double> &beta)
{
    QByteArray bytes(qsizetype(beta.size() * 8), Qt::Uninitialized);
    for (size_t k = 0; k < beta.size(); ++k) {
        const quint64 bits = std::bit_cast<quint64>(beta[k] == 0 ? 0.0 : beta[k]);
        for (int b = 0; b < 8; ++b)
            bytes[qsizetype(k * 8 + size_t(b))] = char((bits >> (8 * b)) & 0xff);
    }
    return sha256Hex(bytes);
}

namespace {
// The contribution's JSON; with withMasked false, without its "masked" member (*hasMasked, when
// given, says whether it has one); with splices, a placeholder of them in its place
// (fitReportText). Defined with the encoders below.
QJsonObject contributionToJson(const Contribution &c, bool withMasked, bool *hasMasked,
                               MaskedSplices *splices = nullptr);
} // namespace

// The canonical bytes of a contribution, without carrying its masked words through a QString and
// a QJsonValue: the canonical form of the other fields, with the member "masked" (plain ASCII,
// written as it is) spliced in at its place among the sorted keys. A node computes these bytes
// for every contribution of every relay (N per round; docs/performance.md, "Many sites, third
// pass"). Equal to canonicalJson(toJson(c)): tst_study_codec::contributionBytesAsTheGenericForm,
// and tst_canonical_independent against Python.
namespace {

// The standard base64 alphabet, two characters per 12 bits: entry v is the characters of v >> 6
// and v & 63 (first in the low byte).
const std::array<std::uint16_t, 4096> kBase64Pairs = [] {
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::array<std::uint16_t, 4096> t {};
    for (int v = 0; v < 4096; ++v)
        t[std::size_t(v)] = std::uint16_t(std::uint8_t(alphabet[v >> 6])
                                          | (unsigned(std::uint8_t(alphabet[v & 63])) << 8));
    return t;
}();

// Appends what QByteArray::toBase64 (standard alphabet, padded) writes for `bytes`, 12 bits per
// table lookup: a contribution's canonical bytes are mostly its masked words' base64, and the
// node rebuilds them for every relayed contribution (issue 16, branch sites2: Qt's encoder was
// 65 % of contributionBytes at 100 sites). Equal to Qt's for every length
// (tst_codec_sites2::base64AsQt; tst_relaycodec_many::directBytesAsTheGenericForm).
void appendBase64(QByteArray &out, const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const std::size_t n = std::size_t(bytes.size());
    const qsizetype start = out.size();
    out.resize(start + qsizetype((n + 2) / 3 * 4));
    char *o = out.data() + start;
    auto put = [&o](std::uint16_t pair) {
        *o++ = char(pair & 0xff);
        *o++ = char(pair >> 8);
    };
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const std::uint32_t v = (std::uint32_t(p[i]) << 16) | (std::uint32_t(p[i + 1]) << 8)
            | std::uint32_t(p[i + 2]);
        put(kBase64Pairs[v >> 12]);
        put(kBase64Pairs[v & 0xfff]);
    }
    if (n - i == 1) {
        put(kBase64Pairs[std::uint32_t(p[i]) << 4]);
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        const std::uint32_t v = (std::uint32_t(p[i]) << 16) | (std::uint32_t(p[i + 1]) << 8);
        put(kBase64Pairs[v >> 12]);
        *o++ = char(kBase64Pairs[(v >> 6) & 63] >> 8); // the low 6 bits' character
        *o++ = '=';
    }
}

// The canonical bytes of a contribution whose members are strings and integers only (masked
// statistics, evaluations, descriptives, non-finite, observed: every relayed contribution but a
// plain one and the final attestations), written directly in the canonical key order (RFC 8785:
// by UTF-16 code units; every key here is ASCII) without a QJsonObject; nullopt for the others.
// Equal to canonicalJson(toJson(c)): tst_relaycodec_many::directBytesAsTheGenericForm (random
// contributions, every such status, hostile site names) and tst_study_codec.
std::optional<QByteArray> directContributionBytes(const Contribution &c)
{
    bool masked = false;
    switch (c.status) {
    case ContributionStatus::Statistics:
        if (c.mode == QStringLiteral("plain"))
            return std::nullopt;
        masked = true;
        break;
    case ContributionStatus::Evaluation:
    case ContributionStatus::Descriptives:
        masked = true;
        break;
    case ContributionStatus::NonFinite:
    case ContributionStatus::Observed:
        break;
    case ContributionStatus::Converged:
    case ContributionStatus::Failed:
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(qsizetype(c.masked.size()) * 11 + c.site.size() * 6 + 256);
    out.append("{\"beta_hash\":");
    appendCanonicalString(out, c.betaHash);
    if (c.status == ContributionStatus::Evaluation) {
        out.append(",\"bins\":");
        out.append(QByteArray::number(c.bins));
    }
    if (masked) {
        out.append(",\"masked\":\"");
        // The words' own bytes where they are little-endian already (no 4 kB copy per
        // contribution; issue 16, branch sites3).
        if constexpr (std::endian::native == std::endian::little)
            appendBase64(out,
                         QByteArray::fromRawData(reinterpret_cast<const char *>(c.masked.data()),
                                                 qsizetype(c.masked.size() * 8)));
        else
            appendBase64(out, wordBytes(c.masked));
        out.append('"');
    }
    out.append(",\"mode\":");
    appendCanonicalString(out, c.mode);
    out.append(",\"p\":");
    out.append(QByteArray::number(c.p));
    out.append(",\"round\":");
    out.append(QByteArray::number(c.round));
    out.append(",\"site\":");
    appendCanonicalString(out, c.site);
    out.append(",\"status\":");
    appendCanonicalString(out, contributionStatusId(c.status));
    out.append(",\"study\":");
    appendCanonicalString(out, c.study);
    out.append('}');
    return out;
}

} // namespace

QByteArray contributionBytes(const Contribution &contribution)
{
    if (auto direct = directContributionBytes(contribution))
        return *std::move(direct);
    bool hasMasked = false;
    const QJsonObject rest = contributionToJson(contribution, false, &hasMasked);
    if (!hasMasked)
        return canonicalJson(rest);
    const QString masked = QStringLiteral("masked");
    QJsonObject before;
    bool after = false;
    for (auto it = rest.constBegin(); it != rest.constEnd(); ++it) {
        if (it.key() < masked)
            before.insert(it.key(), it.value());
        else
            after = true;
    }
    const QByteArray all = canonicalJson(rest);
    const qsizetype at = canonicalJson(before).size() - 1; // after the members before "masked"
    QByteArray member;
    const QByteArray base64 = wordBytes(contribution.masked).toBase64();
    member.reserve(base64.size() + 14);
    if (!before.isEmpty())
        member.append(',');
    member.append("\"masked\":\"");
    member.append(base64);
    member.append('"');
    if (before.isEmpty() && after)
        member.append(',');
    QByteArray bytes;
    bytes.reserve(all.size() + member.size());
    bytes.append(all.constData(), at);
    bytes.append(member);
    bytes.append(all.constData() + at, all.size() - at);
    return bytes;
}

std::vector<double> statsVector(const analysis::RoundStats &stats)
{
    std::vector<double> v;
    v.reserve(stats.xtwxUpper.size() + stats.score.size() + 5);
    v.insert(v.end(), stats.xtwxUpper.begin(), stats.xtwxUpper.end());
    v.insert(v.end(), stats.score.begin(), stats.score.end());
    v.push_back(stats.deviance);
    v.push_back(stats.n);
    v.push_back(stats.events);
    v.push_back(stats.sumWeights);
    v.push_back(stats.aicTerm);
    return v;
}

std::optional<analysis::RoundStats> statsFromVector(int p, const std::vector<double> &values)
{
    if (p < 1 || values.size() != statsLength(p))
        return std::nullopt;
    analysis::RoundStats s;
    s.p = p;
    const size_t upper = size_t(p) * size_t(p + 1) / 2;
    auto it = values.begin();
    s.xtwxUpper.assign(it, it + ptrdiff_t(upper));
    it += ptrdiff_t(upper);
    s.score.assign(it, it + p);
    it += p;
    s.deviance = *it++;
    s.n = *it++;
    s.events = *it++;
    s.sumWeights = *it++;
    s.aicTerm = *it++;
    return s;
}

std::size_t evaluationLength(int bins)
{
    return bins < 1 ? 0 : 6 * std::size_t(bins) + 6;
}

std::vector<double> evaluationVector(const EvaluationSums &sums)
{
    const analysis::PerformanceBins &b = sums.bins;
    std::vector<double> v;
    v.reserve(evaluationLength(b.bins));
    v.insert(v.end(), b.positives.begin(), b.positives.end());
    v.insert(v.end(), b.negatives.begin(), b.negatives.end());
    v.insert(v.end(), b.sumRisk.begin(), b.sumRisk.end());
    if (b.sumRiskEvents.size() == std::size_t(b.bins))
        v.insert(v.end(), b.sumRiskEvents.begin(), b.sumRiskEvents.end());
    else
        v.insert(v.end(), std::size_t(b.bins), 0.0);
    for (const std::vector<double> *squares :
         { &b.sumSquaredRiskEvents, &b.sumSquaredRiskNonEvents }) {
        if (squares->size() == std::size_t(b.bins))
            v.insert(v.end(), squares->begin(), squares->end());
        else
            v.insert(v.end(), std::size_t(b.bins), 0.0);
    }
    v.push_back(b.n);
    v.push_back(b.sumY);
    v.push_back(b.sumP);
    v.push_back(b.sumSquaredError);
    v.push_back(sums.aucCorrection);
    v.push_back(sums.exactSites);
    return v;
}

std::optional<EvaluationSums> evaluationFromVector(int bins, const std::vector<double> &values)
{
    if (bins < 1 || values.size() != evaluationLength(bins))
        return std::nullopt;
    EvaluationSums s;
    analysis::PerformanceBins &b = s.bins;
    b.bins = bins;
    auto it = values.begin();
    auto take = [&](std::vector<double> &out) {
        out.assign(it, it + bins);
        it += bins;
    };
    take(b.positives);
    take(b.negatives);
    take(b.sumRisk);
    take(b.sumRiskEvents);
    take(b.sumSquaredRiskEvents);
    take(b.sumSquaredRiskNonEvents);
    b.sumOutcome = b.positives;
    b.n = *it++;
    b.sumY = *it++;
    b.sumP = *it++;
    b.sumSquaredError = *it++;
    s.aucCorrection = *it++;
    s.exactSites = *it++;
    return s;
}

std::size_t histogramCells(const DescriptivesStudyHistogram &histogram)
{
    const double step = histogram.step;
    if (!(step > 0) || !std::isfinite(step) || !std::isfinite(histogram.first)
        || !std::isfinite(histogram.last) || !(histogram.first < histogram.last))
        return 0;
    const double first = histogram.first / step;
    const double last = histogram.last / step;
    if (std::abs(first - std::round(first)) > 1e-9 * std::max(1.0, std::abs(first))
        || std::abs(last - std::round(last)) > 1e-9 * std::max(1.0, std::abs(last))
        || std::round(last) - std::round(first) > 1e6)
        return 0;
    return std::size_t(std::round(last) - std::round(first));
}

namespace {

// The cells of the spec's histograms, tables and trends, in the vector's order.
std::vector<std::size_t> cellCounts(const DescriptivesStudySpec &spec)
{
    std::vector<std::size_t> cells;
    for (const DescriptivesStudyHistogram &h : spec.histograms)
        cells.push_back(histogramCells(h));
    for (const DescriptivesStudyTable &t : spec.tables)
        cells.push_back(std::size_t(t.rowLevels.size()) * std::size_t(t.columnLevels.size()));
    for (const DescriptivesStudyTrend &t : spec.trends)
        cells.push_back(std::size_t(std::max(0, t.to - t.from + 1)) * std::size_t(t.levels.size()));
    return cells;
}

void appendCells(std::vector<double> &v, const std::vector<DescriptivesSums::Cells> &all)
{
    for (const DescriptivesSums::Cells &cells : all) {
        for (std::size_t i = 0; i < cells.counts.size(); ++i) {
            v.push_back(cells.counts[i]);
            v.push_back(i < cells.withheld.size() ? cells.withheld[i] : 0.0);
        }
    }
}

} // namespace

std::size_t descriptivesLength(const DescriptivesStudySpec &spec)
{
    std::size_t length = 1;
    for (const DescriptivesStudyVariable &v : spec.variables)
        length += v.levels.isEmpty() ? 4 : 2 * std::size_t(v.levels.size()) + 2;
    for (std::size_t cells : cellCounts(spec))
        length += 2 * cells;
    return length;
}

std::vector<double> descriptivesVector(const DescriptivesSums &sums)
{
    std::vector<double> v { sums.cohortSize };
    for (const DescriptivesSums::Variable &variable : sums.variables) {
        if (variable.numeric) {
            v.insert(v.end(), { variable.n, variable.missing, variable.sum, variable.sumSquares });
            continue;
        }
        for (std::size_t i = 0; i < variable.counts.size(); ++i) {
            v.push_back(variable.counts[i]);
            v.push_back(i < variable.withheld.size() ? variable.withheld[i] : 0.0);
        }
        v.push_back(variable.missing);
        v.push_back(variable.missingWithheld);
    }
    appendCells(v, sums.histograms);
    appendCells(v, sums.tables);
    appendCells(v, sums.trends);
    return v;
}

std::optional<DescriptivesSums> descriptivesFromVector(const DescriptivesStudySpec &spec,
                                                       const std::vector<double> &values)
{
    if (values.size() != descriptivesLength(spec))
        return std::nullopt;
    DescriptivesSums sums;
    auto it = values.begin();
    sums.cohortSize = *it++;
    for (const DescriptivesStudyVariable &v : spec.variables) {
        DescriptivesSums::Variable variable;
        variable.name = v.name;
        variable.numeric = v.levels.isEmpty();
        if (variable.numeric) {
            variable.n = *it++;
            variable.missing = *it++;
            variable.sum = *it++;
            variable.sumSquares = *it++;
        } else {
            for (qsizetype i = 0; i < v.levels.size(); ++i) {
                variable.counts.push_back(*it++);
                variable.withheld.push_back(*it++);
            }
            variable.missing = *it++;
            variable.missingWithheld = *it++;
        }
        sums.variables.push_back(std::move(variable));
    }
    const std::vector<std::size_t> cells = cellCounts(spec);
    for (std::size_t k = 0; k < cells.size(); ++k) {
        DescriptivesSums::Cells out;
        for (std::size_t i = 0; i < cells[k]; ++i) {
            out.counts.push_back(*it++);
            out.withheld.push_back(*it++);
        }
        const std::size_t histograms = std::size_t(spec.histograms.size());
        const std::size_t tables = std::size_t(spec.tables.size());
        (k < histograms                ? sums.histograms
             : k < histograms + tables ? sums.tables
                                       : sums.trends)
            .push_back(std::move(out));
    }
    return sums;
}

QString contributionStatusId(ContributionStatus status)
{
    switch (status) {
    case ContributionStatus::Statistics:
        return QStringLiteral("statistics");
    case ContributionStatus::NonFinite:
        return QStringLiteral("non-finite");
    case ContributionStatus::Converged:
        return QStringLiteral("converged");
    case ContributionStatus::Evaluation:
        return QStringLiteral("evaluation");
    case ContributionStatus::Descriptives:
        return QStringLiteral("descriptives");
    case ContributionStatus::Failed:
        return QStringLiteral("failed");
    case ContributionStatus::Observed:
        return QStringLiteral("observed");
    }
    return QStringLiteral("statistics");
}

// ---- encoders --------------------------------------------------------------------------------

QJsonObject toJson(const StudyParticipant &p)
{
    return QJsonObject { { QStringLiteral("name"), p.name },
                         { QStringLiteral("ed25519"), p.signingKey },
                         { QStringLiteral("x25519"), p.keyAgreementKey } };
}

QJsonObject toJson(const StudyManifest &m)
{
    QJsonObject o { { QStringLiteral("version"), m.version },
                    { QStringLiteral("study_id"), m.studyId },
                    { QStringLiteral("purpose"), m.purpose },
                    { QStringLiteral("dataset"), m.dataset },
                    { QStringLiteral("kind"), jobKindId(m.kind) },
                    { QStringLiteral("design"), toJson(m.design) },
                    { QStringLiteral("design_hash"), m.designHash },
                    { QStringLiteral("max_rounds"), m.maxRounds },
                    { QStringLiteral("tolerance"), m.tolerance },
                    { QStringLiteral("fit_null_model"), m.fitNullModel },
                    { QStringLiteral("mode"), m.mode },
                    { QStringLiteral("fraction_bits"), m.fractionBits },
                    { QStringLiteral("participants"), participantsToJson(m.participants) },
                    { QStringLiteral("observers"), participantsToJson(m.observers) } };
    if (!m.fittedStudy.isEmpty())
        o.insert(QStringLiteral("fitted_study"), m.fittedStudy);
    if (m.kind == JobKind::Evaluation)
        o.insert(QStringLiteral("evaluation_bins"), m.evaluationBins);
    if (m.startAtFittedModel)
        o.insert(QStringLiteral("start"), QStringLiteral("fitted-model"));
    if (m.signsDigest)
        o.insert(QStringLiteral("signature"), QStringLiteral("sha256"));
    if (m.armsByTags)
        o.insert(QStringLiteral("arming"), QStringLiteral("tags"));
    if (m.summedRelay)
        o.insert(QStringLiteral("relay"), QStringLiteral("summed"));
    if (m.kind == JobKind::Descriptives)
        o.insert(QStringLiteral("descriptives"), descriptivesSpecToJson(m.descriptives));
    return o;
}

namespace {

QJsonObject contributionToJson(const Contribution &c, bool withMasked, bool *hasMasked,
                               MaskedSplices *splices)
{
    bool masked = false;
    QJsonObject o { { QStringLiteral("study"), c.study },
                    { QStringLiteral("site"), c.site },
                    { QStringLiteral("round"), c.round },
                    { QStringLiteral("status"), contributionStatusId(c.status) },
                    { QStringLiteral("beta_hash"), c.betaHash },
                    { QStringLiteral("mode"), c.mode },
                    { QStringLiteral("p"), c.p } };
    switch (c.status) {
    case ContributionStatus::Statistics:
        if (c.mode == QStringLiteral("plain"))
            o.insert(QStringLiteral("plain"),
                     roundStatsToJson(c.plain.value_or(analysis::RoundStats {})));
        else
            masked = true;
        break;
    case ContributionStatus::Evaluation:
        o.insert(QStringLiteral("bins"), c.bins);
        masked = true;
        break;
    case ContributionStatus::Descriptives:
        masked = true;
        break;
    case ContributionStatus::Converged:
        o.insert(QStringLiteral("final_beta"), toJsonArray(c.finalBeta));
        break;
    case ContributionStatus::Failed:
        o.insert(QStringLiteral("failure"), c.failure);
        o.insert(QStringLiteral("failure_code"), c.failureCode);
        break;
    case ContributionStatus::NonFinite:
    case ContributionStatus::Observed:
        break;
    }
    if (hasMasked)
        *hasMasked = masked;
    if (masked && withMasked)
        o.insert(QStringLiteral("masked"),
                 splices ? splices->placeholder(c.masked) : wordsToBase64(c.masked));
    return o;
}

QJsonObject signedToJson(const SignedContribution &s, MaskedSplices *splices)
{
    return QJsonObject { { QStringLiteral("contribution"),
                           contributionToJson(s.contribution, true, nullptr, splices) },
                         { QStringLiteral("signature"), base64(s.signature) } };
}

QJsonObject studyRecordJson(const StudyRecord &s, MaskedSplices *splices)
{
    QJsonArray checks;
    for (const StudySignatureCheck &c : s.checks) {
        QJsonObject o { { QStringLiteral("site"), c.site },
                        { QStringLiteral("manifest"), c.manifest },
                        { QStringLiteral("attestation"), c.attestation } };
        if (!c.note.isEmpty())
            o.insert(QStringLiteral("note"), c.note);
        checks.append(o);
    }
    return QJsonObject { { QStringLiteral("study"), s.study },
                         { QStringLiteral("mode"), s.mode },
                         { QStringLiteral("manifest"), toJson(s.manifest) },
                         { QStringLiteral("signatures"), signaturesToJson(s.signatures) },
                         { QStringLiteral("attestations"),
                           signedListToJson(s.attestations, splices) },
                         { QStringLiteral("checks"), checks } };
}

} // namespace

QJsonObject toJson(const Contribution &c)
{
    return contributionToJson(c, true, nullptr);
}

QJsonObject toJson(const SignedContribution &s)
{
    return signedToJson(s, nullptr);
}

QJsonObject toJson(const StudyJobRequest &q)
{
    return QJsonObject { { QStringLiteral("manifest"), toJson(q.manifest) } };
}

QJsonObject toJson(const SignatureRelay &relay)
{
    return QJsonObject { { QStringLiteral("signatures"), signaturesToJson(relay.signatures) } };
}

QJsonObject toJson(const StudyArmed &a)
{
    return QJsonObject { { QStringLiteral("job_id"), a.jobId },
                         { QStringLiteral("study"), a.study },
                         { QStringLiteral("verified"), QJsonArray::fromStringList(a.verified) } };
}

QJsonObject toJson(const RoundRelay &relay)
{
    QJsonObject o { { QStringLiteral("round"), relay.round },
                    { QStringLiteral("previous"), signedListToJson(relay.previous) } };
    // Round 1 that arms the study (issue 16); written only when set.
    if (!relay.signatures.isEmpty())
        o.insert(QStringLiteral("signatures"), signaturesToJson(relay.signatures));
    return o;
}

QJsonObject toJson(const SiteFitRequest &q)
{
    QJsonObject o;
    if (q.endJob)
        o.insert(QStringLiteral("end_job"), true);
    return o;
}

QJsonObject toJson(const SiteFitResponse &s)
{
    return QJsonObject { { QStringLiteral("job_id"), s.jobId },
                         { QStringLiteral("study"), s.study },
                         { QStringLiteral("fit"), toJson(s.glm) } };
}

QJsonObject toJson(const StudyEvaluationRequest &q)
{
    QJsonObject o { { QStringLiteral("purpose"), q.purpose }, { QStringLiteral("bins"), q.bins } };
    if (q.model.isEmpty()) {
        o.insert(QStringLiteral("job_id"), q.jobId);
    } else {
        o.insert(QStringLiteral("model"), q.model);
        o.insert(QStringLiteral("dataset"), q.dataset);
    }
    if (!q.subgroup.isEmpty())
        o.insert(QStringLiteral("subgroup"), q.subgroup);
    if (!q.subgroupEdges.empty()) {
        QJsonArray edges;
        for (double e : q.subgroupEdges)
            edges.append(e);
        o.insert(QStringLiteral("subgroup_edges"), edges);
    }
    return o;
}

QString validationModelHash(const analysis::ResolvedDesign &design, const std::vector<double> &beta)
{
    QJsonArray values;
    for (double b : beta)
        values.append(b);
    return sha256Hex(canonicalJson(QJsonObject { { QStringLiteral("design"), toJson(design) },
                                                 { QStringLiteral("beta"), values } }));
}

QJsonObject toJson(const StudyRecord &s)
{
    return studyRecordJson(s, nullptr);
}

// ---- decoders --------------------------------------------------------------------------------

template<> Decoded<StudyParticipant> fromJson(const QJsonObject &object)
{
    Reader r(object);
    StudyParticipant p = readParticipant(r);
    return finished(r, p);
}

template<> Decoded<StudyManifest> fromJson(const QJsonObject &object)
{
    Reader r(object);
    StudyManifest m = readManifest(r);
    return finished(r, m);
}

template<> Decoded<Contribution> fromJson(const QJsonObject &object)
{
    Reader r(object);
    Contribution c = readContribution(r);
    return finished(r, c);
}

template<> Decoded<SignedContribution> fromJson(const QJsonObject &object)
{
    Reader r(object);
    SignedContribution s = readSigned(r);
    return finished(r, s);
}

template<> Decoded<StudyJobRequest> fromJson(const QJsonObject &object)
{
    Reader r(object);
    StudyJobRequest q;
    Reader m = r.child(r.object(QStringLiteral("manifest")), QStringLiteral("manifest"));
    q.manifest = readManifest(m);
    m.finish();
    return finished(r, q);
}

template<> Decoded<SignatureRelay> fromJson(const QJsonObject &object)
{
    Reader r(object);
    SignatureRelay relay;
    relay.signatures = readSignatures(r, QStringLiteral("signatures"));
    return finished(r, relay);
}

template<> Decoded<StudyArmed> fromJson(const QJsonObject &object)
{
    Reader r(object);
    StudyArmed a;
    a.jobId = r.string(QStringLiteral("job_id"));
    a.study = r.string(QStringLiteral("study"));
    a.verified = r.strings(QStringLiteral("verified"));
    return finished(r, a);
}

template<> Decoded<RoundRelay> fromJson(const QJsonObject &object)
{
    Reader r(object);
    RoundRelay relay;
    relay.round = int(r.integer(QStringLiteral("round"), 1, 1000000));
    relay.previous = readSignedList(r, QStringLiteral("previous"));
    if (r.has(QStringLiteral("signatures"))) {
        relay.signatures = readSignatures(r, QStringLiteral("signatures"));
        if (r.ok() && relay.signatures.isEmpty())
            r.fail(QStringLiteral("signatures"),
                   QStringLiteral("must hold the manifest signatures that arm the study, or be "
                                  "absent"));
    }
    return finished(r, relay);
}

template<> Decoded<SiteFitRequest> fromJson(const QJsonObject &object)
{
    Reader r(object);
    SiteFitRequest q;
    q.endJob = r.boolean(QStringLiteral("end_job"), false);
    return finished(r, q);
}

template<> Decoded<SiteFitResponse> fromJson(const QJsonObject &object)
{
    Reader r(object);
    SiteFitResponse s;
    s.jobId = r.string(QStringLiteral("job_id"));
    s.study = r.string(QStringLiteral("study"));
    Reader g = r.child(r.object(QStringLiteral("fit")), QStringLiteral("fit"));
    s.glm = readGlm(g);
    g.finish();
    return finished(r, s);
}

template<> Decoded<StudyEvaluationRequest> fromJson(const QJsonObject &object)
{
    Reader r(object);
    StudyEvaluationRequest q;
    q.purpose = r.string(QStringLiteral("purpose"));
    // Either the job id of a study, or a registered model (its name or hash) on a dataset.
    if (r.has(QStringLiteral("model"))) {
        q.model = r.string(QStringLiteral("model"));
        q.dataset = r.string(QStringLiteral("dataset"));
        if (r.ok() && q.model.isEmpty())
            r.fail(QStringLiteral("model"), QStringLiteral("must name a registered model"));
    } else {
        q.jobId = r.string(QStringLiteral("job_id"));
    }
    q.bins = int(r.integer(QStringLiteral("bins"), 10, 100000));
    if (r.has(QStringLiteral("subgroup"))) {
        q.subgroup = r.string(QStringLiteral("subgroup"));
        if (r.ok() && q.subgroup.isEmpty())
            r.fail(QStringLiteral("subgroup"), QStringLiteral("must name a catalogue variable"));
        if (r.has(QStringLiteral("subgroup_edges"))) {
            q.subgroupEdges = r.numbers(QStringLiteral("subgroup_edges"));
            bool increasing = q.subgroupEdges.size() >= 2 && q.subgroupEdges.size() <= 21;
            for (std::size_t i = 1; increasing && i < q.subgroupEdges.size(); ++i)
                increasing = q.subgroupEdges[i] > q.subgroupEdges[i - 1];
            if (r.ok() && !increasing)
                r.fail(QStringLiteral("subgroup_edges"),
                       QStringLiteral("must be 2 to 21 strictly increasing numbers"));
        }
    }
    return finished(r, q);
}

template<> Decoded<StudyRecord> fromJson(const QJsonObject &object)
{
    Reader r(object);
    StudyRecord s = readRecord(r);
    return finished(r, s);
}

namespace detail::util {

// Used by codec_messages.cpp: FitReport::study.
QJsonObject studyRecordToJson(const StudyRecord &record, MaskedSplices *splices)
{
    return studyRecordJson(record, splices);
}

MaskedSplices MaskedSplices::make()
{
    MaskedSplices s;
    quint64 nonce[2];
    QRandomGenerator::system()->fillRange(nonce);
    s.prefix = QChar(u'\0') + QString::number(nonce[0], 16).rightJustified(16, u'0')
        + QString::number(nonce[1], 16).rightJustified(16, u'0') + QLatin1Char(':');
    return s;
}

QString MaskedSplices::placeholder(const std::vector<std::uint64_t> &masked)
{
    words.push_back(&masked);
    return prefix + QString::number(qulonglong(words.size() - 1));
}

const std::vector<std::uint64_t> *MaskedSplices::find(const QString &text) const
{
    if (text.size() <= prefix.size() || text.front() != QChar(u'\0') || !text.startsWith(prefix))
        return nullptr;
    bool ok = false;
    const qulonglong index = QStringView(text).mid(prefix.size()).toULongLong(&ok, 10);
    // The index exactly as placeholder() wrote it (no sign, no leading zero or space).
    if (!ok || index >= words.size()
        || QStringView(text).mid(prefix.size()) != QString::number(index))
        return nullptr;
    return words[std::size_t(index)];
}

void appendWordsBase64(QByteArray &out, const std::vector<std::uint64_t> &words)
{
    if constexpr (std::endian::native == std::endian::little)
        appendBase64(out,
                     QByteArray::fromRawData(reinterpret_cast<const char *>(words.data()),
                                             qsizetype(words.size() * 8)));
    else
        appendBase64(out, wordBytes(words));
}
StudyRecord readStudyRecord(Reader &r)
{
    return readRecord(r);
}
QString bytesToBase64(const QByteArray &bytes)
{
    return base64(bytes);
}
QByteArray readBase64Field(Reader &r, const QString &key, qsizetype size)
{
    return readBase64(r, key, size);
}
std::optional<QByteArray> canonicalBase64(const QString &text)
{
    return decodeCanonicalBase64(text);
}

} // namespace detail::util

// ---- the binary relay (relaycodec.h) ----

namespace {

void appendU32(QByteArray &out, std::uint32_t v)
{
    const char b[4]
        = { char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char((v >> 24) & 0xff) };
    out.append(b, 4);
}

// Reads the body front to back; every length is checked against what is left before it is used.
class RelayCursor {
public:
    explicit RelayCursor(const QByteArray &body)
        : m_data(reinterpret_cast<const unsigned char *>(body.constData()))
        , m_left(std::size_t(body.size()))
    {
    }
    std::size_t left() const { return m_left; }
    bool u8(std::uint32_t *v)
    {
        if (m_left < 1)
            return false;
        *v = m_data[0];
        advance(1);
        return true;
    }
    bool u32(std::uint32_t *v)
    {
        if (m_left < 4)
            return false;
        *v = std::uint32_t(m_data[0]) | (std::uint32_t(m_data[1]) << 8)
            | (std::uint32_t(m_data[2]) << 16) | (std::uint32_t(m_data[3]) << 24);
        advance(4);
        return true;
    }
    // n bytes, or false (nothing read) when fewer are left.
    bool bytes(std::size_t n, const unsigned char **at)
    {
        if (m_left < n)
            return false;
        *at = m_data;
        advance(n);
        return true;
    }

private:
    void advance(std::size_t n)
    {
        m_data += n;
        m_left -= n;
    }
    const unsigned char *m_data;
    std::size_t m_left;
};

Decoded<BinaryRelay> relayError(const QString &path, const QString &message)
{
    return DecodeError { path, message };
}

} // namespace

bool isBinaryRelay(const QByteArray &body)
{
    return body.startsWith(QByteArrayView(kRelayMagic, 8));
}

QByteArray relayParts(const QList<SignedContribution> &previous)
{
    if (previous.isEmpty() || previous.size() > kRelayMaxContributions)
        return {};
    QByteArray out;
    for (const SignedContribution &s : previous) {
        if (s.signature.size() != 64)
            return {};
        bool hasMasked = false;
        const QByteArray fields
            = canonicalJson(contributionToJson(s.contribution, false, &hasMasked));
        if (fields.size() > kRelayMaxFieldsBytes)
            return {};
        const std::vector<std::uint64_t> none;
        const std::vector<std::uint64_t> &words = hasMasked ? s.contribution.masked : none;
        if (out.isEmpty())
            out.reserve(qsizetype(previous.size())
                        * (fields.size() + 72 + qsizetype(words.size()) * 8));
        appendU32(out, std::uint32_t(fields.size()));
        out.append(fields);
        appendU32(out, std::uint32_t(words.size()));
        out.append(wordBytes(words));
        out.append(s.signature);
    }
    return out;
}

QByteArray relayBody(int round, const QList<QByteArray> &tags, const QByteArray &parts, int count)
{
    if (round < 1 || count < 1 || count > kRelayMaxContributions || tags.size() != count
        || parts.isEmpty())
        return {};
    QByteArray out;
    out.reserve(16 + count * 33 + parts.size());
    out.append(kRelayMagic, 8);
    appendU32(out, std::uint32_t(round));
    appendU32(out, std::uint32_t(count));
    for (const QByteArray &tag : tags) {
        if (!tag.isEmpty() && tag.size() != 32)
            return {};
        out.append(char(tag.size()));
        out.append(tag);
    }
    out.append(parts);
    return out;
}

Decoded<BinaryRelay> decodeRelayBody(const QByteArray &body)
{
    RelayCursor in(body);
    const unsigned char *at = nullptr;
    if (!in.bytes(8, &at) || std::memcmp(at, kRelayMagic, 8) != 0)
        return relayError({},
                          QStringLiteral("is not a binary relay (it does not start with "
                                         "\"FSRELAY1\")"));
    std::uint32_t round = 0, count = 0;
    if (!in.u32(&round) || !in.u32(&count))
        return relayError({}, QStringLiteral("ends inside its header"));
    if (round < 1 || round > 1000000)
        return relayError(QStringLiteral("round"), QStringLiteral("must be 1 to 1000000"));
    if (count < 1 || count > std::uint32_t(kRelayMaxContributions))
        return relayError(QStringLiteral("previous"),
                          QStringLiteral("must hold 1 to %1 contributions, not %2")
                              .arg(kRelayMaxContributions)
                              .arg(count));
    BinaryRelay out;
    out.relay.round = int(round);
    out.tags.reserve(count);
    // Paths are written only for a refusal (issue 16, branch sites3: two per contribution and
    // round at every node before).
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto path = [i] {
            return QStringLiteral("tags[%1]").arg(i);
        };
        std::uint32_t length = 0;
        if (!in.u8(&length))
            return relayError(path(), QStringLiteral("the body ends before this tag"));
        if (length != 0 && length != 32)
            return relayError(path(), QStringLiteral("must be 0 or 32 bytes, not %1").arg(length));
        if (!in.bytes(length, &at))
            return relayError(path(), QStringLiteral("the body ends inside this tag"));
        out.tags.append(QByteArray(reinterpret_cast<const char *>(at), qsizetype(length)));
    }
    out.relay.previous.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto path = [i] {
            return QStringLiteral("previous[%1]").arg(i);
        };
        std::uint32_t n = 0;
        if (!in.u32(&n))
            return relayError(path(), QStringLiteral("the body ends before this contribution"));
        if (n < 2 || n > std::uint32_t(kRelayMaxFieldsBytes))
            return relayError(path() + QStringLiteral(".contribution"),
                              QStringLiteral("must be 2 to %1 bytes of JSON, not %2")
                                  .arg(kRelayMaxFieldsBytes)
                                  .arg(n));
        if (!in.bytes(n, &at))
            return relayError(
                path() + QStringLiteral(".contribution"),
                QStringLiteral("says %1 bytes, but only %2 are left").arg(n).arg(in.left()));
        // Parsed in place: the parser keeps nothing of the bytes it reads.
        auto object
            = parseObject(QByteArray::fromRawData(reinterpret_cast<const char *>(at), qsizetype(n)),
                          kRelayMaxFieldsBytes);
        if (!object)
            return relayError(path() + QStringLiteral(".contribution"), object.error().text());
        std::uint32_t w = 0;
        if (!in.u32(&w))
            return relayError(path() + QStringLiteral(".masked"),
                              QStringLiteral("the body ends before the number of words"));
        if (std::size_t(w) * 8 > in.left())
            return relayError(
                path() + QStringLiteral(".masked"),
                QStringLiteral("says %1 words, but only %2 bytes are left").arg(w).arg(in.left()));
        std::vector<std::uint64_t> words(w);
        if (w > 0) {
            in.bytes(std::size_t(w) * 8, &at);
            if constexpr (std::endian::native == std::endian::little) {
                std::memcpy(words.data(), at, std::size_t(w) * 8);
            } else {
                for (std::size_t k = 0; k < w; ++k) {
                    std::uint64_t v = 0;
                    for (int b = 7; b >= 0; --b)
                        v = (v << 8) | at[k * 8 + std::size_t(b)];
                    words[k] = v;
                }
            }
        }
        Reader r(*object, path() + QStringLiteral(".contribution"));
        SignedContribution s;
        s.contribution = readContribution(r, &words);
        if (auto error = r.finish())
            return *error;
        if (!in.bytes(64, &at))
            return relayError(path() + QStringLiteral(".signature"),
                              QStringLiteral("the body ends inside the 64-byte signature"));
        s.signature = QByteArray(reinterpret_cast<const char *>(at), 64);
        out.relay.previous.append(std::move(s));
    }
    if (in.left() != 0)
        return relayError(
            {}, QStringLiteral("has %1 bytes after its last contribution").arg(in.left()));
    return out;
}

// ---- the summed relay (relaycodec.h; issue 16, branch sites4) ----

QByteArray contributionFieldsBytes(const Contribution &contribution)
{
    bool hasMasked = false;
    return canonicalJson(contributionToJson(contribution, false, &hasMasked));
}

bool isSummedRelay(const QByteArray &body)
{
    return body.startsWith(QByteArrayView(kSummedRelayMagic, 8));
}

namespace {

void appendU64(QByteArray &out, std::uint64_t v)
{
    char b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    out.append(b, 8);
}

std::uint64_t readU64(const unsigned char *at)
{
    std::uint64_t v = 0;
    for (int b = 7; b >= 0; --b)
        v = (v << 8) | at[b];
    return v;
}

Decoded<SummedRelay> summedError(const QString &path, const QString &message)
{
    return DecodeError { path, message };
}

} // namespace

QByteArray summedRelayParts(const QList<SignedContribution> &previous)
{
    if (previous.isEmpty() || previous.size() > kRelayMaxContributions)
        return {};
    __extension__ using u128 = unsigned __int128;
    std::size_t w = 0;
    for (const SignedContribution &s : previous) {
        const auto &words = s.contribution.masked;
        if (words.empty())
            continue;
        if (w != 0 && words.size() != w)
            return {};
        w = words.size();
    }
    std::vector<u128> sum(w, 0);
    for (const SignedContribution &s : previous) {
        const auto &words = s.contribution.masked;
        for (std::size_t k = 0; k < words.size(); ++k)
            sum[k] += words[k]; // < 4096 · 2^64: no overflow
    }
    QByteArray out;
    appendU32(out, std::uint32_t(w));
    for (const u128 v : sum) {
        appendU64(out, std::uint64_t(v));
        appendU64(out, std::uint64_t(v >> 64));
    }
    for (const SignedContribution &s : previous) {
        const QByteArray fields = contributionFieldsBytes(s.contribution);
        if (fields.size() > kRelayMaxFieldsBytes)
            return {};
        appendU32(out, std::uint32_t(fields.size()));
        out.append(fields);
        out.append(char(s.contribution.masked.empty() ? 0 : 1));
    }
    return out;
}

QByteArray summedRelayBody(int round, const QList<QByteArray> &tags, const QByteArray &parts,
                           int count)
{
    if (round < 1 || count < 1 || count > kRelayMaxContributions || tags.size() != count
        || parts.isEmpty())
        return {};
    QByteArray out;
    out.reserve(16 + count * (kSumTagLength + 1) + parts.size());
    out.append(kSummedRelayMagic, 8);
    appendU32(out, std::uint32_t(round));
    appendU32(out, std::uint32_t(count));
    for (const QByteArray &tag : tags) {
        if (!tag.isEmpty() && tag.size() != kSumTagLength)
            return {};
        out.append(char(tag.size()));
        out.append(tag);
    }
    out.append(parts);
    return out;
}

Decoded<SummedRelay> decodeSummedRelayBody(const QByteArray &body)
{
    RelayCursor in(body);
    const unsigned char *at = nullptr;
    if (!in.bytes(8, &at) || std::memcmp(at, kSummedRelayMagic, 8) != 0)
        return summedError({},
                           QStringLiteral("is not a summed relay (it does not start with "
                                          "\"FSSUMRL1\")"));
    std::uint32_t round = 0, count = 0;
    if (!in.u32(&round) || !in.u32(&count))
        return summedError({}, QStringLiteral("ends inside its header"));
    if (round < 2 || round > 1000000)
        return summedError(QStringLiteral("round"), QStringLiteral("must be 2 to 1000000"));
    if (count < 1 || count > std::uint32_t(kRelayMaxContributions))
        return summedError(QStringLiteral("previous"),
                           QStringLiteral("must hold 1 to %1 contributions, not %2")
                               .arg(kRelayMaxContributions)
                               .arg(count));
    SummedRelay out;
    out.round = int(round);
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint32_t length = 0;
        if (!in.u8(&length))
            return summedError(QStringLiteral("tags[%1]").arg(i),
                               QStringLiteral("the body ends before this tag"));
        if (length != 0 && length != std::uint32_t(kSumTagLength))
            return summedError(QStringLiteral("tags[%1]").arg(i),
                               QStringLiteral("must be 0 or 16 bytes, not %1").arg(length));
        if (!in.bytes(length, &at))
            return summedError(QStringLiteral("tags[%1]").arg(i),
                               QStringLiteral("the body ends inside this tag"));
        out.tags.append(QByteArray(reinterpret_cast<const char *>(at), qsizetype(length)));
    }
    std::uint32_t w = 0;
    if (!in.u32(&w))
        return summedError(QStringLiteral("sum"),
                           QStringLiteral("the body ends before the number of words"));
    if (std::size_t(w) * 16 > in.left())
        return summedError(
            QStringLiteral("sum"),
            QStringLiteral("says %1 words, but only %2 bytes are left").arg(w).arg(in.left()));
    out.sumLo.resize(w);
    out.sumHi.resize(w);
    for (std::uint32_t k = 0; k < w; ++k) {
        in.bytes(16, &at);
        out.sumLo[k] = readU64(at);
        out.sumHi[k] = readU64(at + 8);
    }
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto path = [i] {
            return QStringLiteral("previous[%1]").arg(i);
        };
        std::uint32_t n = 0;
        if (!in.u32(&n))
            return summedError(path(), QStringLiteral("the body ends before this contribution"));
        if (n < 2 || n > std::uint32_t(kRelayMaxFieldsBytes))
            return summedError(path() + QStringLiteral(".contribution"),
                               QStringLiteral("must be 2 to %1 bytes of JSON, not %2")
                                   .arg(kRelayMaxFieldsBytes)
                                   .arg(n));
        if (!in.bytes(n, &at))
            return summedError(
                path() + QStringLiteral(".contribution"),
                QStringLiteral("says %1 bytes, but only %2 are left").arg(n).arg(in.left()));
        const QByteArray fields(reinterpret_cast<const char *>(at), qsizetype(n));
        std::uint32_t summed = 0;
        if (!in.u8(&summed) || summed > 1)
            return summedError(path() + QStringLiteral(".summed"),
                               QStringLiteral("must be one byte, 0 or 1"));
        auto object = parseObject(fields, kRelayMaxFieldsBytes);
        if (!object)
            return summedError(path() + QStringLiteral(".contribution"), object.error().text());
        // The fields are checked as a contribution whose words are S's length (zeros stand in
        // for the words this relay does not carry), or as one without words.
        std::vector<std::uint64_t> stand(summed ? w : 0, 0);
        Reader r(*object, path() + QStringLiteral(".contribution"));
        Contribution c = readContribution(r, &stand);
        if (auto error = r.finish())
            return *error;
        if (summed && c.masked.empty())
            return summedError(path() + QStringLiteral(".summed"),
                               QStringLiteral("says the words are in the sum, but a '%1' "
                                              "contribution has none")
                                   .arg(contributionStatusId(c.status)));
        c.masked.clear();
        c.masked.shrink_to_fit();
        out.contributions.append(std::move(c));
        out.fields.append(fields);
        out.summed.push_back(summed == 1);
    }
    if (in.left() != 0)
        return summedError(
            {}, QStringLiteral("has %1 bytes after its last contribution").arg(in.left()));
    return out;
}

} // namespace fairstart::protocol
