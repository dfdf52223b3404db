// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/client/nodeapi.h"
#include "fairstart/client/contributiontags.h"

#include "fairstart/client/tr.h"

#include "fairstart/protocol/requestflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace fairstart::client::api {

namespace {

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString withQuery(const QString &path, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items) {
        if (!value.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + QLatin1Char('?') + q;
}

QString jobPath(const QString &jobId)
{
    return QStringLiteral("/v1/jobs/") + QString::fromLatin1(QUrl::toPercentEncoding(jobId));
}

} // namespace

SiteError protocolError(const QString &site, const QString &what)
{
    SiteError e;
    e.site = site;
    e.kind = SiteError::Kind::Protocol;
    e.code = QStringLiteral("bad-answer");
    e.message = Tr::tr("Site %1 sent an answer this client cannot read (%2). The node may run an "
                       "incompatible version; compare the versions with 'fairstart-cli sites "
                       "check'.")
                    .arg(site, what);
    return e;
}

Request health()
{
    return { "GET", QStringLiteral("/v1/health"), {}, {} };
}

Request info(const QString &purpose)
{
    return { "GET",
             withQuery(QStringLiteral("/v1/info"), { { QStringLiteral("purpose"), purpose } }),
             {},
             {} };
}

Request infoWithCatalogue(const QString &purpose, const QString &dataset)
{
    return { "GET",
             withQuery(QStringLiteral("/v1/info"),
                       { { QStringLiteral("purpose"), purpose },
                         { QStringLiteral("with"), QStringLiteral("catalogue") },
                         { QStringLiteral("dataset"), dataset } }),
             {},
             {} };
}

Request catalogue(const QString &purpose, const QString &dataset)
{
    return { "GET",
             withQuery(QStringLiteral("/v1/catalogue"),
                       { { QStringLiteral("purpose"), purpose },
                         { QStringLiteral("dataset"), dataset } }),
             {},
             {} };
}

Request descriptives(const protocol::DescriptivesRequest &request)
{
    return { "POST", QStringLiteral("/v1/descriptives"), body(protocol::toJson(request)), {} };
}

Request openJob(const protocol::StudyJobRequest &request)
{
    return { "POST", QStringLiteral("/v1/jobs"), body(protocol::toJson(request)), {} };
}

Request checkStudy(const protocol::SiteCheckRequest &request)
{
    return { "POST", QStringLiteral("/v1/checks"), body(protocol::toJson(request)), {} };
}

QByteArray encodeBody(const protocol::SignatureRelay &relay)
{
    return body(protocol::toJson(relay));
}

QByteArray encodeBody(const protocol::RoundRelay &relay)
{
    return body(protocol::toJson(relay));
}

Request relaySignatures(const QString &jobId, const QByteArray &encodedRelay)
{
    return { "POST", jobPath(jobId) + QStringLiteral("/signatures"), encodedRelay, {} };
}

Request round(const QString &jobId, const QByteArray &encodedRelay)
{
    return { "POST", jobPath(jobId) + QStringLiteral("/rounds"), encodedRelay, {} };
}

Request relaySignatures(const QString &jobId, const protocol::SignatureRelay &relay)
{
    return relaySignatures(jobId, encodeBody(relay));
}

Request round(const QString &jobId, const protocol::RoundRelay &relay)
{
    return round(jobId, encodeBody(relay));
}

Request siteFit(const QString &jobId, bool endJob)
{
    return { "POST",
             jobPath(jobId) + QStringLiteral("/site-fit"),
             body(protocol::toJson(protocol::SiteFitRequest { endJob })),
             {} };
}

Request jobStatus(const QString &jobId)
{
    return { "GET", jobPath(jobId), {}, {} };
}

Request cancelJob(const QString &jobId)
{
    return { "DELETE", jobPath(jobId), {}, {} };
}

Request evaluation(const protocol::StudyEvaluationRequest &request)
{
    return { "POST", QStringLiteral("/v1/evaluations"), body(protocol::toJson(request)), {} };
}

namespace {

// encodedRelay is a compact JSON object with at least "round": the array `field` spliced in front.
QByteArray withTagArray(QByteArrayView field, const QByteArray &encodedRelay,
                        const QList<QByteArray> &tags)
{
    QByteArray out;
    out.reserve(encodedRelay.size() + tags.size() * 48 + 32);
    out.append("{\"");
    out.append(field);
    out.append("\":[");
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append('"');
        out.append(tags.at(i).toBase64());
        out.append('"');
    }
    out.append("],");
    out.append(encodedRelay.constData() + 1, encodedRelay.size() - 1);
    return out;
}

} // namespace

QByteArray withTags(const QByteArray &encodedRelay, const QList<QByteArray> &tags)
{
    return withTagArray("tags", encodedRelay, tags);
}

QByteArray withManifestTags(const QByteArray &relay, const QList<QByteArray> &tags)
{
    return withTagArray("manifest_tags", relay, tags);
}

QByteArray withSumSeeds(const QByteArray &relay, const QList<QByteArray> &seeds)
{
    return withTagArray("sum_seeds", relay, seeds);
}

std::optional<protocol::SignedContribution> decodeTagged(const QString &site,
                                                         const QByteArray &body, int sites,
                                                         QList<QByteArray> *tags, SiteError *error,
                                                         QList<QByteArray> *sumTags)
{
    // The node's own form read directly (taggedanswer.cpp); any other text, hostile or not,
    // generically, with that reader's errors.
    if (std::optional<TaggedAnswer> direct = readTaggedAnswer(body, sites, sumTags != nullptr)) {
        *tags = std::move(direct->tags);
        if (direct->hasSumTags)
            *sumTags = std::move(direct->sumTags);
        return std::move(direct->answer);
    }
    return decodeTaggedGeneric(site, body, sites, tags, error, sumTags);
}

std::optional<protocol::SignedContribution>
decodeTaggedGeneric(const QString &site, const QByteArray &body, int sites, QList<QByteArray> *tags,
                    SiteError *error, QList<QByteArray> *sumTags)
{
    protocol::Decoded<QJsonObject> object = protocol::parseObject(body, 64 << 20);
    if (!object.ok()) {
        *error = protocolError(site, object.error().text());
        return std::nullopt;
    }
    tags->clear();
    const QJsonValue value = object->value(QStringLiteral("tags"));
    object->remove(QStringLiteral("tags"));
    const QJsonArray array = value.toArray();
    if (!value.isArray() || (!array.isEmpty() && array.size() != sites)) {
        *error = protocolError(site, QStringLiteral("tags: not an array of one tag per site"));
        return std::nullopt;
    }
    for (const QJsonValue &entry : array) {
        auto decoded = QByteArray::fromBase64Encoding(entry.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!entry.isString() || !decoded
            || (!decoded.decoded.isEmpty() && decoded.decoded.size() != 32)) {
            *error = protocolError(site, QStringLiteral("tags: not base64 of 32 bytes"));
            return std::nullopt;
        }
        tags->append(decoded.decoded);
    }
    // A summed study's answer: its linear tag for every site (16 bytes each, its own slot "").
    if (sumTags && object->contains(QStringLiteral("sum_tags"))) { // none from an observer
        sumTags->clear();
        const QJsonValue sums = object->value(QStringLiteral("sum_tags"));
        object->remove(QStringLiteral("sum_tags"));
        const QJsonArray sumArray = sums.toArray();
        if (!sums.isArray() || (!sumArray.isEmpty() && sumArray.size() != sites)) {
            *error = protocolError(site, QStringLiteral("sum_tags: not an array of one per site"));
            return std::nullopt;
        }
        for (const QJsonValue &entry : sumArray) {
            auto decoded = QByteArray::fromBase64Encoding(entry.toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!entry.isString() || !decoded
                || (!decoded.decoded.isEmpty() && decoded.decoded.size() != 16)) {
                *error = protocolError(site, QStringLiteral("sum_tags: not base64 of 16 bytes"));
                return std::nullopt;
            }
            sumTags->append(decoded.decoded);
        }
    }
    protocol::Decoded<protocol::SignedContribution> decoded
        = protocol::fromJson<protocol::SignedContribution>(*object);
    if (!decoded.ok()) {
        *error = protocolError(site, decoded.error().text());
        return std::nullopt;
    }
    return std::move(decoded).value();
}

} // namespace fairstart::client::api
