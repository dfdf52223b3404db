// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of the codecs: string conversion, arrays, and readers of nested analysis types.
#pragma once

#include "fairstart/analysis/descriptives.h"
#include "fairstart/analysis/design.h"
#include "fairstart/analysis/disclosure.h"
#include "fairstart/analysis/glm.h"
#include "fairstart/analysis/performance.h"
#include "fairstart/protocol/decoded.h"
#include "fairstart/protocol/report.h"
#include "fairstart/protocol/study.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

namespace fairstart::protocol::detail::util {

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}
inline std::string ss(const QString &s)
{
    return s.toStdString();
}

// The decoded value, or the reader's first error (a missing field, a wrong type, an unknown key).
template<typename T> Decoded<T> finished(Reader &r, T value)
{
    if (auto e = r.finish())
        return *e;
    return value;
}

// The enumerator whose id() is the string at `key`; an unknown string fails the reader with the
// list of allowed ids (and returns the first enumerator, which the caller never uses).
template<typename Enum>
Enum readEnum(Reader &r, const QString &key, std::initializer_list<Enum> values,
              QString (*id)(Enum))
{
    const QString text = r.string(key);
    QStringList allowed;
    for (Enum e : values) {
        if (text == id(e))
            return e;
        allowed.append(id(e));
    }
    if (r.ok())
        r.fail(key, QStringLiteral("must be one of: ") + allowed.join(QStringLiteral(", ")));
    return *values.begin();
}

inline QJsonArray toJsonArray(const std::vector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}
inline QJsonArray toJsonArray(const std::vector<std::string> &values)
{
    QJsonArray a;
    for (const std::string &v : values)
        a.append(qs(v));
    return a;
}

QJsonArray filtersToJson(const std::vector<analysis::Filter> &filters);
std::vector<analysis::Filter> readFilters(Reader &r, const QString &key);
analysis::ModelSpec readSpec(Reader &r);
analysis::ResolvedDesign readDesign(Reader &r);
analysis::CohortCounts readCounts(Reader &r);
QJsonObject roundStatsToJson(const analysis::RoundStats &stats);
analysis::RoundStats readRoundStats(Reader &r);
QJsonObject binsToJson(const analysis::PerformanceBins &bins);
analysis::PerformanceBins readBins(Reader &r);
QJsonObject policyToJson(const analysis::DisclosurePolicy &policy);
analysis::DisclosurePolicy readPolicy(Reader &r);
analysis::GlmResult readGlm(Reader &r);
analysis::PerformanceMetrics readMetrics(Reader &r);
// codec_study.cpp
// The masked words that a report's text writes straight into their place (fitReportText,
// reporttext.h): toJson puts a placeholder string where each contribution's "masked" base64 goes
// and keeps a pointer to its words; the writer meets the placeholder and writes the words'
// base64 there. A placeholder is "\0" + a random nonce of this MaskedSplices + the index: no
// string that came from elsewhere (a node's note, a site's name) can be mistaken for one.
struct MaskedSplices {
    QString prefix; // "\0" + 32 hex digits of a random nonce + ":"
    std::vector<const std::vector<std::uint64_t> *> words;

    static MaskedSplices make();
    QString placeholder(const std::vector<std::uint64_t> &masked);
    // The words of `text` if it is one of this object's placeholders, else null.
    const std::vector<std::uint64_t> *find(const QString &text) const;
};
QJsonObject studyRecordToJson(const StudyRecord &record, MaskedSplices *splices = nullptr);
// codec_messages.cpp: toJson(FitReport), with splices the masked words' placeholders in it.
QJsonObject fitReportToJson(const FitReport &report, MaskedSplices *splices);
// What wordsToBase64 gives for the words (standard, padded base64 of their little-endian bytes),
// appended to `out` as ASCII.
void appendWordsBase64(QByteArray &out, const std::vector<std::uint64_t> &words);
StudyRecord readStudyRecord(Reader &r);
QString bytesToBase64(const QByteArray &bytes); // standard, padded
// Standard padded base64 in its canonical spelling, of `size` bytes when size >= 0.
QByteArray readBase64Field(Reader &r, const QString &key, qsizetype size = -1);
// The bytes of `text` if it is standard padded base64 in its one canonical spelling (what
// QByteArray::toBase64 writes: decoding with Qt and encoding again gives the text back), else
// nullopt. The check readBase64Field makes, for an array's entries (tst_jsonreader).
std::optional<QByteArray> canonicalBase64(const QString &text);
// A JSON string in its canonical form (quoted, escaped) as canonicalJson writes it
// (canonicaljson.cpp), for writers of a canonical form that need no QJsonObject.
void appendCanonicalString(QByteArray &out, const QString &text);

} // namespace fairstart::protocol::detail::util
