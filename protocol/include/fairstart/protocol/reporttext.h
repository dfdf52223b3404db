// SPDX-License-Identifier: GPL-3.0-or-later
// A fit report's JSON text (the CLI's --out, --format json) written without carrying the masked
// words of its attestations through a QString and a QJsonObject (issue 16, branch sites14).
#pragma once

#include "fairstart/protocol/report.h"

#include <QByteArray>
#include <QJsonDocument>

namespace fairstart::protocol {

// jsonText(toJson(report), format, sizeHint), byte for byte (tst_reporttext_sites14): each
// attestation's "masked" base64 (at 100 sites, 100 texts of 128 kB of the masked evaluation, three
// quarters of a 17 MB report) is written straight from the words into the text at its place.
QByteArray fitReportText(const FitReport &report,
                         QJsonDocument::JsonFormat format = QJsonDocument::Indented,
                         qsizetype sizeHint = 0);

} // namespace fairstart::protocol
