// SPDX-License-Identifier: GPL-3.0-or-later
// The direct reader of a node's tagged round answer (contributiontags.h, readTaggedAnswer; issue
// 16, branch perf16). At 100 sites the CLI reads 100 such answers per round (~13 kB each: the
// masked words' base64, 2 x 99 tags), and the masked evaluation's 100 answers of 128 kB each; the
// generic decoding (QJsonDocument, a QJsonObject, QJsonValues, each string widened to UTF-16 and
// narrowed again, then the Reader) was ~8.5 % of the CLI's CPU in a fit. This reader accepts a
// strict subset of what the generic one accepts, reads the same values from it, and declines
// everything else (the caller then decodes generically and reports that decoder's error):
// tst_taggedanswer_perf16 compares the two on the node's answers and on hostile variants of them.
#include "fairstart/client/contributiontags.h"

#include "fairstart/protocol/base64.h"

#include <bit>
#include <cstring>

namespace fairstart::client::api {

namespace {

// A forward scan over the answer's bytes. Every method returns false (or nothing) when the text
// is not what it asks for; the reader then declines the whole answer, so a failed call may leave
// the position anywhere.
class Scan {
public:
    Scan(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {
    }

    const char *at() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }

    template<std::size_t N> bool literal(const char (&text)[N])
    {
        constexpr std::size_t n = N - 1;
        if (std::size_t(m_end - m_p) < n || std::memcmp(m_p, text, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    // A JSON string both JSON writers copy as it is (printable ASCII without '"' or '\'): its
    // characters, which are also its text.
    bool plainString(const char **begin, qsizetype *size)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *start = ++m_p;
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                *begin = start;
                *size = m_p - start;
                ++m_p;
                return true;
            }
            if (c < 0x20 || c >= 0x7f || c == '\\')
                return false;
            ++m_p;
        }
        return false;
    }

    // A string that must be base64: up to the next '"', whatever is between (decodeCanonicalBase64
    // then refuses any byte outside the alphabet, a backslash or a control character included),
    // found with memchr (the masked evaluation's answers hold 128 kB of it each).
    bool base64String(const char **begin, qsizetype *size)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *start = m_p + 1;
        const auto *quote
            = static_cast<const char *>(std::memchr(start, '"', std::size_t(m_end - start)));
        if (!quote)
            return false;
        *begin = start;
        *size = quote - start;
        m_p = quote + 1;
        return true;
    }

    bool string(QString *out)
    {
        const char *begin = nullptr;
        qsizetype size = 0;
        if (!plainString(&begin, &size))
            return false;
        *out = QString::fromLatin1(begin, size);
        return true;
    }

    // A JSON integer in its plain spelling: "0" or 1-9 digits without a leading zero (at most
    // 999,999,999: every range the reader checks is far below).
    bool integer(qint64 *out)
    {
        const char *start = m_p;
        qint64 v = 0;
        while (m_p != m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 10) {
            v = v * 10 + (*m_p - '0');
            ++m_p;
        }
        const qsizetype digits = m_p - start;
        if (digits == 0 || digits > 9 || (digits > 1 && *start == '0'))
            return false;
        // The number must end here (a fraction or an exponent is another spelling).
        if (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
            return false;
        *out = v;
        return true;
    }

    // A base64 string of exactly `bytes` bytes (0 allowed when `emptyAllowed`).
    bool base64(QByteArray *out, qsizetype bytes, bool emptyAllowed)
    {
        const char *begin = nullptr;
        qsizetype size = 0;
        if (!base64String(&begin, &size))
            return false;
        if (size == 0 && emptyAllowed) {
            *out = QByteArray();
            return true;
        }
        if (protocol::canonicalBase64Size(begin, size) != bytes)
            return false;
        QByteArray decoded(bytes, Qt::Uninitialized);
        if (!protocol::decodeCanonicalBase64(begin, size,
                                             reinterpret_cast<unsigned char *>(decoded.data())))
            return false;
        *out = std::move(decoded);
        return true;
    }

    // The masked words: canonical base64 of a whole number of little-endian 64-bit words,
    // decoded straight into them.
    bool words(std::vector<std::uint64_t> *out)
    {
        const char *begin = nullptr;
        qsizetype size = 0;
        if (!base64String(&begin, &size))
            return false;
        const qsizetype bytes = protocol::canonicalBase64Size(begin, size);
        if (bytes < 0 || bytes % 8 != 0)
            return false;
        std::vector<std::uint64_t> words(std::size_t(bytes / 8));
        if (!protocol::decodeCanonicalBase64(begin, size,
                                             reinterpret_cast<unsigned char *>(words.data())))
            return false;
        if constexpr (std::endian::native != std::endian::little) {
            for (std::uint64_t &w : words) {
                std::uint64_t v = 0;
                for (int b = 0; b < 8; ++b)
                    v |= ((w >> (8 * b)) & 0xff) << (8 * (7 - b));
                w = v;
            }
        }
        *out = std::move(words);
        return true;
    }

    // ,"key":[B,B,...] with each entry of `bytes` bytes or empty; none or exactly `count`.
    bool tagArray(QList<QByteArray> *out, qsizetype bytes, int count)
    {
        if (!literal("["))
            return false;
        QList<QByteArray> tags;
        if (literal("]")) {
            *out = std::move(tags);
            return true;
        }
        tags.reserve(count);
        do {
            if (tags.size() >= count)
                return false;
            QByteArray tag;
            if (!base64(&tag, bytes, true))
                return false;
            tags.append(std::move(tag));
        } while (literal(","));
        if (!literal("]") || tags.size() != count)
            return false;
        *out = std::move(tags);
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

// The statuses whose contribution the direct form holds (no final β, no failure text, no plain
// statistics), by their ids.
bool directStatus(const char *text, qsizetype size, protocol::ContributionStatus *status)
{
    using S = protocol::ContributionStatus;
    static constexpr std::pair<std::string_view, S> kIds[] = {
        { "statistics", S::Statistics }, { "non-finite", S::NonFinite },
        { "evaluation", S::Evaluation }, { "descriptives", S::Descriptives },
        { "observed", S::Observed },
    };
    const std::string_view id(text, std::size_t(size));
    for (const auto &[name, value] : kIds) {
        if (id == name) {
            *status = value;
            return true;
        }
    }
    return false;
}

std::size_t statsLength(int p)
{
    return std::size_t(p) * std::size_t(p + 1) / 2 + std::size_t(p) + 5;
}

} // namespace

namespace {

// tagged: the answer ends with "tags" (and "sum_tags" when sumTags allows it); otherwise it ends
// after "signature" (decode<SignedContribution>: any other member is an unknown field).
std::optional<TaggedAnswer> readAnswer(const QByteArray &body, bool tagged, int sites, bool sumTags)
{
    // parseObject's limit (decodeTagged): a larger body is the generic reader's error.
    if (body.size() > (qsizetype(64) << 20) || sites < 0)
        return std::nullopt;
    Scan s(body.constData(), body.constData() + body.size());
    TaggedAnswer out;
    protocol::Contribution &c = out.answer.contribution;
    qint64 bins = -1, p = 0, round = 0;
    bool hasMasked = false;
    const char *status = nullptr, *mode = nullptr;
    qsizetype statusSize = 0, modeSize = 0;
    if (!s.literal("{\"contribution\":"))
        return std::nullopt;
    out.contributionAt = s.at() - body.constData();
    // The contribution's members in their canonical (sorted) order, as the node writes them.
    if (!s.literal("{\"beta_hash\":") || !s.string(&c.betaHash))
        return std::nullopt;
    if (s.literal(",\"bins\":") && !s.integer(&bins))
        return std::nullopt;
    if (s.literal(",\"masked\":")) {
        if (!s.words(&c.masked))
            return std::nullopt;
        hasMasked = true;
    }
    if (!s.literal(",\"mode\":") || !s.plainString(&mode, &modeSize) || !s.literal(",\"p\":")
        || !s.integer(&p) || !s.literal(",\"round\":") || !s.integer(&round)
        || !s.literal(",\"site\":") || !s.string(&c.site) || !s.literal(",\"status\":")
        || !s.plainString(&status, &statusSize) || !s.literal(",\"study\":") || !s.string(&c.study)
        || !s.literal("}"))
        return std::nullopt;
    out.contributionSize = s.at() - body.constData() - out.contributionAt;
    if (!s.literal(",\"signature\":") || !s.base64(&out.answer.signature, 64, false))
        return std::nullopt;
    if (tagged) {
        if (s.literal(",\"sum_tags\":")) {
            if (!sumTags || !s.tagArray(&out.sumTags, 16, sites))
                return std::nullopt;
            out.hasSumTags = true;
        }
        if (!s.literal(",\"tags\":") || !s.tagArray(&out.tags, 32, sites))
            return std::nullopt;
    }
    if (!s.literal("}") || !s.atEnd())
        return std::nullopt;

    // The fields as readContribution checks them; anything it would refuse is declined here.
    if (!directStatus(status, statusSize, &c.status))
        return std::nullopt;
    const std::string_view modeId(mode, std::size_t(modeSize));
    if (modeId != "masked" && modeId != "plain")
        return std::nullopt;
    c.mode = QString::fromLatin1(mode, modeSize);
    if (round < 1 || round > 1000000 || p < 1 || p > 10000)
        return std::nullopt;
    c.round = int(round);
    c.p = int(p);
    const bool masked = modeId == "masked";
    using S = protocol::ContributionStatus;
    switch (c.status) {
    case S::Statistics:
        // Masked only (plain statistics are an object: not the direct form).
        if (!masked || bins >= 0 || !hasMasked || c.masked.size() != 2 * statsLength(c.p))
            return std::nullopt;
        break;
    case S::Evaluation:
        if (bins < 10 || bins > 100000 || !masked || !hasMasked
            || c.masked.size() != 2 * protocol::evaluationLength(int(bins)))
            return std::nullopt;
        c.bins = int(bins);
        break;
    case S::Descriptives:
        if (!masked || bins >= 0 || !hasMasked || c.masked.size() != 2 * std::size_t(c.p))
            return std::nullopt;
        break;
    case S::NonFinite:
    case S::Observed:
        if (bins >= 0 || hasMasked)
            return std::nullopt;
        break;
    case S::Converged:
    case S::Failed:
        return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<TaggedAnswer> readTaggedAnswer(const QByteArray &body, int sites, bool sumTags)
{
    return readAnswer(body, true, sites, sumTags);
}

std::optional<TaggedAnswer> readSignedAnswer(const QByteArray &body)
{
    return readAnswer(body, false, 0, false);
}

std::optional<protocol::SignedContribution> decodeSigned(const QString &site,
                                                         const QByteArray &body, SiteError *error)
{
    if (std::optional<TaggedAnswer> direct = readSignedAnswer(body))
        return std::move(direct->answer);
    return decode<protocol::SignedContribution>(site, body, error);
}

} // namespace fairstart::client::api
