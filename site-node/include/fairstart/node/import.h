// SPDX-License-Identifier: GPL-3.0-or-later
// Typed CSV import: column kinds inferred or given by a schema, every cell validated.
#pragma once

#include "fairstart/node/store.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fairstart::node {

// How one column is read. Kinds: "numeric", "categorical", "binary", "consent" (a 0/1 flag for
// one purpose), "id" (the stable record id) and "skip" (not imported, e.g. a name).
struct ColumnSchema {
    enum class Type { Numeric, Categorical, Binary, Consent, Id, Skip };
    Type type = Type::Numeric;
    QString label;
    QString purpose; // Consent: the purpose it grants
    QStringList levels; // Categorical: allowed levels in this order (optional)
    QStringList levelLabels; // parallel to levels: what each means ("" = none given)
    std::optional<double> minimum; // Numeric: the valid range (optional)
    std::optional<double> maximum;
};

// The schema file (JSON, documented in docs/node.md):
// {"label": "...", "missing": ["", "NA"], "columns": {"name": {"type": "...", "label": "...",
//  "purpose": "...", "levels": [...], "min": 0, "max": 1}}, "strict": false}
// A level is a string ("low") or {"name": "low", "label": "Low (primary school)"}.
// Columns not in the schema are inferred unless "strict" is true (then they are an error).
struct ImportSchema {
    QString label;
    QStringList missingTokens = { QString(), QStringLiteral("NA") };
    QMap<QString, ColumnSchema> columns;
    bool strict = false;

    static NodeResult<ImportSchema> fromJson(const QByteArray &json,
                                             const QString &fileName = QString());
    static NodeResult<ImportSchema> load(const QString &path);
};

// Categorical columns inferred from text hold at most this many levels; more looks like free text
// or an identifier, which should be declared ("skip", "id" or "categorical") in the schema.
inline constexpr int kMaxInferredLevels = 200;
// At most this many problems are listed before an import gives up.
inline constexpr int kMaxReportedProblems = 20;

struct ParsedDataset {
    DatasetInfo info;
    analysis::DataTable table;
    std::vector<std::int64_t> recordIds;
};

// Parses and validates CSV bytes (comma or semicolon separated, RFC 4180 quoting, UTF-8, optional
// BOM, first line the header). Inference when the schema says nothing: a column named
// "record_id" is the record id, one named "consent_<purpose>" a consent flag; numbers only ->
// numeric, or binary when every value is 0 or 1; text -> categorical with sorted levels. Empty
// cells and the schema's missing tokens are missing. On failure the message lists each problem as
// "FILE:LINE: column 'NAME': what".
NodeResult<ParsedDataset> parseCsvDataset(const QString &datasetName, const QByteArray &csv,
                                          const ImportSchema &schema,
                                          const QString &fileName = QStringLiteral("CSV"));

// Dataset names: 1 to 64 of [A-Za-z0-9_-], starting with a letter. Column names: a letter or
// '_', then letters, digits, '_' or '.' (so that they can appear in a model formula).
bool isValidDatasetName(const QString &name);
bool isValidColumnName(const QString &name);

} // namespace fairstart::node
