// SPDX-License-Identifier: GPL-3.0-or-later
// A man in the middle for one real node: an HTTPS server with its own key (the analyst pins it,
// as one would pin a compromised reverse proxy in front of the node) that forwards every request
// to the node and may alter the node's answers on their way back to the client.
#pragma once

#include "testserver.h"

// <resolv.h>, which cpp-httplib includes, defines _res as a macro; Eigen names a parameter so.
#ifdef _res
#undef _res
#endif

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace testsupport {

class TamperingRelay {
public:
    // Called for every answer of the node, on the relay's thread: the request's method and path,
    // and the answer's body (a JSON object), which it may change. Returns true when it changed it.
    using Tamper = std::function<bool(const std::string &method, const std::string &path,
                                      QJsonObject &answer)>;

    TamperingRelay(int nodePort, Tamper tamper)
        : m_port(nodePort)
        , m_tamper(std::move(tamper))
    {
        auto forward = [this](const httplib::Request &req, httplib::Response &res) {
            httplib::SSLClient node("127.0.0.1", m_port);
            node.enable_server_certificate_verification(false);
            node.set_read_timeout(60, 0);
            httplib::Headers headers;
            if (req.has_header("Authorization"))
                headers.emplace("Authorization", req.get_header_value("Authorization"));
            const std::string type = req.has_header("Content-Type")
                ? req.get_header_value("Content-Type")
                : std::string("application/json");
            httplib::Result answer = [&] {
                if (req.method == "GET")
                    return node.Get(req.target, headers);
                if (req.method == "DELETE")
                    return node.Delete(req.target, headers);
                return node.Post(req.target, headers, req.body, type);
            }();
            if (!answer) {
                res.status = 502;
                return;
            }
            std::string body = answer->body;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body));
            if (answer->status / 100 == 2 && doc.isObject()) {
                QJsonObject object = doc.object();
                if (m_tamper(req.method, req.path, object)) {
                    body = QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
                    QMutexLocker lock(&m_mutex);
                    ++m_tampered;
                }
            }
            res.status = answer->status;
            for (const char *h : { "Retry-After" }) {
                if (answer->has_header(h))
                    res.set_header(h, answer->get_header_value(h));
            }
            res.set_content(body, "application/json");
        };
        m_server.server().Get(".*", forward);
        m_server.server().Post(".*", forward);
        m_server.server().Delete(".*", forward);
        m_server.start();
    }

    QString url() const { return m_server.url(); }
    const QString &pin() const { return m_server.pin(); }
    int tampered()
    {
        QMutexLocker lock(&m_mutex);
        return m_tampered;
    }

private:
    int m_port;
    Tamper m_tamper;
    TestServer m_server;
    QMutex m_mutex;
    int m_tampered = 0;
};

// Changes one character of a base64 string to another base64 character, keeping its length and
// padding: the value still decodes, to different bytes.
inline QString flipBase64(const QString &text, qsizetype at)
{
    QString out = text;
    const QChar c = out.at(at);
    out[at] = c == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    return out;
}

} // namespace testsupport
