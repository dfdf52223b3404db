// SPDX-License-Identifier: GPL-3.0-or-later
// Typed CSV import: one pass over the bytes, every cell validated, nothing stored on failure.
#include "fairstart/node/import.h"
#include "fairstart/node/tr.h"
#include "store_p.h"

#include "fairstart/analysis/numbers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <openssl/evp.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fairstart::node {

namespace {

using Type = ColumnSchema::Type;

std::optional<Type> typeFromId(const QString &id)
{
    static const std::pair<const char *, Type> types[]
        = { { "numeric", Type::Numeric }, { "categorical", Type::Categorical },
            { "binary", Type::Binary },   { "consent", Type::Consent },
            { "id", Type::Id },           { "skip", Type::Skip } };
    for (const auto &[name, type] : types) {
        if (id == QLatin1String(name))
            return type;
    }
    return std::nullopt;
}

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

std::optional<double> parseNumber(std::string_view v)
{
    if (!v.empty() && v.front() == '+')
        v.remove_prefix(1);
    return analysis::parseNumber(v);
}

bool equalsIgnoreCase(std::string_view a, const char *b)
{
    const std::string_view bv(b);
    if (a.size() != bv.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (analysis::asciiLower(a[i]) != bv[i])
            return false;
    }
    return true;
}

// 0/1 and the usual spellings of yes and no (including Dutch, since the demo sites are Dutch).
std::optional<double> parseFlag(std::string_view v)
{
    for (const char *yes : { "1", "yes", "true", "y", "ja", "j" }) {
        if (equalsIgnoreCase(v, yes))
            return 1.0;
    }
    for (const char *no : { "0", "no", "false", "n", "nee" }) {
        if (equalsIgnoreCase(v, no))
            return 0.0;
    }
    if (auto number = parseNumber(v); number && (*number == 0.0 || *number == 1.0))
        return *number;
    return std::nullopt;
}

QString quoted(std::string_view v)
{
    constexpr std::size_t kMaxShown = 40;
    QString s = QString::fromUtf8(v.data(), qsizetype(std::min(v.size(), kMaxShown)));
    if (v.size() > kMaxShown)
        s += QStringLiteral("…");
    return QLatin1Char('\'') + s + QLatin1Char('\'');
}

// One column on its way into the table.
struct Builder {
    QString name;
    Type type = Type::Numeric;
    bool inferred = false;
    ColumnSchema schema;

    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    std::unordered_map<std::string, std::int32_t> dictionary;
    std::vector<std::string> levels;
    std::vector<std::int64_t> ids;
    qint64 missing = 0;

    // Inference state.
    bool numericPossible = true;
    bool dictionaryAlive = true;
    qint64 numbersSeen = 0;
    std::string firstText;
    qint64 firstTextLine = 0;

    std::int32_t code(std::string_view value)
    {
        auto it = dictionary.find(std::string(value));
        if (it != dictionary.end())
            return it->second;
        const auto c = std::int32_t(levels.size());
        dictionary.emplace(std::string(value), c);
        levels.emplace_back(value);
        return c;
    }
};

// RFC 4180 reader over the whole file. Fields are views into the buffer, or into `scratch` when
// a quoted field held doubled quotes.
class CsvReader {
public:
    CsvReader(std::string_view data, char delimiter)
        : m_data(data)
        , m_delimiter(delimiter)
    {
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    qint64 line() const { return m_line; }

    // Reads one record; returns false with `error` set on a broken quote.
    bool next(std::vector<std::string_view> &fields, QString &error)
    {
        fields.clear();
        m_scratchUsed = 0;
        while (true) {
            std::string_view field;
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                ++m_pos;
                const std::size_t start = m_pos;
                bool doubled = false;
                while (true) {
                    if (m_pos >= m_data.size()) {
                        error = Tr::tr("a quoted field is not closed");
                        return false;
                    }
                    const char c = m_data[m_pos];
                    if (c == '"') {
                        if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '"') {
                            doubled = true;
                            m_pos += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n')
                        ++m_line;
                    ++m_pos;
                }
                field = m_data.substr(start, m_pos - start);
                ++m_pos; // closing quote
                if (doubled)
                    field = unescape(field);
                if (m_pos < m_data.size() && m_data[m_pos] != m_delimiter && m_data[m_pos] != '\n'
                    && m_data[m_pos] != '\r') {
                    error = Tr::tr("text follows a closing quote");
                    return false;
                }
            } else {
                const std::size_t start = m_pos;
                while (m_pos < m_data.size() && m_data[m_pos] != m_delimiter
                       && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                    ++m_pos;
                field = m_data.substr(start, m_pos - start);
            }
            fields.push_back(field);
            if (m_pos < m_data.size() && m_data[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            if (m_pos < m_data.size() && m_data[m_pos] == '\r')
                ++m_pos;
            if (m_pos < m_data.size() && m_data[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
    }

    // Skips to the next line after an error.
    void skipLine()
    {
        while (m_pos < m_data.size() && m_data[m_pos] != '\n')
            ++m_pos;
        if (m_pos < m_data.size())
            ++m_pos;
        ++m_line;
    }

private:
    std::string_view unescape(std::string_view field)
    {
        if (m_scratch.size() <= m_scratchUsed)
            m_scratch.resize(m_scratchUsed + 1);
        std::string &s = m_scratch[m_scratchUsed++];
        s.clear();
        for (std::size_t i = 0; i < field.size(); ++i) {
            s.push_back(field[i]);
            if (field[i] == '"')
                ++i;
        }
        return s;
    }

    std::string_view m_data;
    char m_delimiter = ',';
    std::size_t m_pos = 0;
    qint64 m_line = 1;
    std::vector<std::string> m_scratch;
    std::size_t m_scratchUsed = 0;
};

char detectDelimiter(std::string_view data)
{
    const std::size_t end = std::min(data.find('\n'), data.size());
    const std::string_view header = data.substr(0, end);
    const auto count = [&](char c) {
        return std::count(header.begin(), header.end(), c);
    };
    const auto commas = count(','), semicolons = count(';'), tabs = count('\t');
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas)
        return '\t';
    return ',';
}

} // namespace

bool isValidDatasetName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
    return re.match(name).hasMatch();
}

bool isValidColumnName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.]{0,63}$"));
    return re.match(name).hasMatch();
}

NodeResult<ImportSchema> ImportSchema::fromJson(const QByteArray &json, const QString &fileName)
{
    const QString where = fileName.isEmpty() ? Tr::tr("the schema") : fileName;
    auto bad = [&where](const QString &what) {
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("%1: %2. Fix the schema file (see docs/node.md, \"Import "
                                "schema\").")
                             .arg(where, what));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(Tr::tr("not valid JSON at offset %1 (%2)")
                       .arg(parseError.offset)
                       .arg(parseError.errorString()));
    if (!doc.isObject())
        return bad(Tr::tr("the top level must be an object"));
    const QJsonObject root = doc.object();
    static const QStringList rootKeys = { QStringLiteral("label"), QStringLiteral("missing"),
                                          QStringLiteral("columns"), QStringLiteral("strict") };
    for (const QString &key : root.keys()) {
        if (!rootKeys.contains(key))
            return bad(Tr::tr("unknown key '%1' (known: %2)").arg(key, rootKeys.join(u", ")));
    }
    ImportSchema schema;
    schema.label = root.value(QStringLiteral("label")).toString();
    if (root.contains(QStringLiteral("missing"))) {
        if (!root.value(QStringLiteral("missing")).isArray())
            return bad(Tr::tr("'missing' must be a list of strings"));
        schema.missingTokens = { QString() };
        for (const QJsonValue &v : root.value(QStringLiteral("missing")).toArray()) {
            if (!v.isString())
                return bad(Tr::tr("'missing' must be a list of strings"));
            schema.missingTokens.append(v.toString().trimmed());
        }
    }
    const QJsonValue strict = root.value(QStringLiteral("strict"));
    if (!strict.isUndefined() && !strict.isBool())
        return bad(Tr::tr("'strict' must be true or false"));
    schema.strict = strict.toBool(false);

    const QJsonValue columns = root.value(QStringLiteral("columns"));
    if (!columns.isUndefined() && !columns.isObject())
        return bad(Tr::tr("'columns' must be an object mapping column names to descriptions"));
    static const QStringList columnKeys
        = { QStringLiteral("type"),   QStringLiteral("label"), QStringLiteral("purpose"),
            QStringLiteral("levels"), QStringLiteral("min"),   QStringLiteral("max") };
    bool haveId = false;
    const QJsonObject columnsObject = columns.toObject();
    for (auto it = columnsObject.begin(); it != columnsObject.end(); ++it) {
        const QString name = it.key();
        if (!it.value().isObject())
            return bad(Tr::tr("column '%1' must be described by an object").arg(name));
        const QJsonObject o = it.value().toObject();
        for (const QString &key : o.keys()) {
            if (!columnKeys.contains(key))
                return bad(Tr::tr("column '%1': unknown key '%2' (known: %3)")
                               .arg(name, key, columnKeys.join(u", ")));
        }
        ColumnSchema c;
        const auto type = typeFromId(o.value(QStringLiteral("type")).toString());
        if (!type)
            return bad(Tr::tr("column '%1': 'type' must be numeric, categorical, binary, "
                              "consent, id or skip")
                           .arg(name));
        c.type = *type;
        c.label = o.value(QStringLiteral("label")).toString();
        if (c.type == Type::Consent) {
            c.purpose = o.value(QStringLiteral("purpose")).toString();
            if (c.purpose.isEmpty() && name.startsWith(QLatin1String("consent_")))
                c.purpose = name.mid(8);
            if (!detail::isValidPurpose(c.purpose))
                return bad(Tr::tr("column '%1': a consent column needs a 'purpose' of lower-case "
                                  "letters, digits, '_' or '-'")
                               .arg(name));
        } else if (o.contains(QStringLiteral("purpose"))) {
            return bad(Tr::tr("column '%1': only consent columns have a 'purpose'").arg(name));
        }
        if (o.contains(QStringLiteral("levels"))) {
            if (c.type != Type::Categorical)
                return bad(Tr::tr("column '%1': only categorical columns have 'levels'").arg(name));
            bool labelled = false;
            for (const QJsonValue &v : o.value(QStringLiteral("levels")).toArray()) {
                // "low" or {"name": "low", "label": "Low (primary school)"}
                const QJsonObject described = v.toObject();
                const QJsonValue nameValue
                    = v.isObject() ? described.value(QStringLiteral("name")) : v;
                const QJsonValue labelValue = described.value(QStringLiteral("label"));
                const QString level = nameValue.toString().trimmed();
                if (!nameValue.isString() || level.isEmpty() || c.levels.contains(level))
                    return bad(Tr::tr("column '%1': 'levels' must be distinct, non-empty "
                                      "strings or objects {\"name\": ..., \"label\": ...}")
                                   .arg(name));
                if (v.isObject()
                    && (described.size() != (labelValue.isUndefined() ? 1 : 2)
                        || !(labelValue.isUndefined() || labelValue.isString())))
                    return bad(Tr::tr("column '%1': a level described by an object has a "
                                      "'name' and, optionally, a 'label' (text)")
                                   .arg(name));
                c.levels.append(level);
                c.levelLabels.append(labelValue.toString().trimmed());
                labelled = labelled || !c.levelLabels.constLast().isEmpty();
            }
            if (!labelled)
                c.levelLabels.clear();
            if (c.levels.isEmpty())
                return bad(Tr::tr("column '%1': 'levels' is empty").arg(name));
        }
        for (const char *bound : { "min", "max" }) {
            const QJsonValue v = o.value(QLatin1String(bound));
            if (v.isUndefined())
                continue;
            if (c.type != Type::Numeric || !v.isDouble())
                return bad(Tr::tr("column '%1': '%2' must be a number on a numeric column")
                               .arg(name, QLatin1String(bound)));
            (bound[1] == 'i' ? c.minimum : c.maximum) = v.toDouble();
        }
        if (c.minimum && c.maximum && *c.minimum > *c.maximum)
            return bad(Tr::tr("column '%1': 'min' is larger than 'max'").arg(name));
        if (c.type == Type::Id) {
            if (haveId)
                return bad(Tr::tr("only one column can be the record id"));
            haveId = true;
        }
        schema.columns.insert(name, c);
    }
    return schema;
}

NodeResult<ImportSchema> ImportSchema::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot read the schema file %1 (%2). Check --schema.")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

NodeResult<ParsedDataset> parseCsvDataset(const QString &datasetName, const QByteArray &csv,
                                          const ImportSchema &schema, const QString &fileName)
{
    if (!isValidDatasetName(datasetName))
        return nodeError(NodeErrorCode::InvalidInput,
                         Tr::tr("'%1' is not a valid dataset name. Use up to 64 letters, digits, "
                                "'_' or '-', starting with a letter.")
                             .arg(datasetName));
    std::string_view data(csv.constData(), std::size_t(csv.size()));
    if (data.substr(0, 3) == "\xEF\xBB\xBF")
        data.remove_prefix(3);

    QStringList problems;
    bool truncated = false;
    auto problem = [&](qint64 line, const QString &column, const QString &what) {
        if (problems.size() >= kMaxReportedProblems) {
            truncated = true;
            return;
        }
        problems.append(column.isEmpty()
                            ? QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(what)
                            : QStringLiteral("%1:%2: column '%3': %4")
                                  .arg(fileName)
                                  .arg(line)
                                  .arg(column, what));
    };
    auto failure = [&]() {
        QString message = Tr::tr("The CSV file has problems; nothing was imported. Fix them and "
                                 "import again:");
        for (const QString &p : problems)
            message += QStringLiteral("\n  ") + p;
        if (truncated)
            message += QStringLiteral("\n  ")
                + Tr::tr("(stopped after %1 problems)").arg(kMaxReportedProblems);
        return nodeError(NodeErrorCode::InvalidInput, message);
    };

    if (trimmed(data).empty()) {
        problem(1, QString(), Tr::tr("the file is empty; it needs a header line and data rows"));
        return failure();
    }

    CsvReader reader(data, detectDelimiter(data));
    std::vector<std::string_view> fields;
    QString readError;
    if (!reader.next(fields, readError)) {
        problem(1, QString(), readError);
        return failure();
    }

    // The header.
    std::vector<Builder> builders;
    QStringList seen;
    for (std::string_view f : fields) {
        Builder b;
        b.name = QString::fromUtf8(trimmed(f).data(), qsizetype(trimmed(f).size()));
        if (!isValidColumnName(b.name)) {
            problem(1, QString(),
                    Tr::tr("%1 is not a valid column name (letters, digits, '_' and '.', "
                           "starting with a letter or '_')")
                        .arg(quoted(trimmed(f))));
        } else if (seen.contains(b.name)) {
            problem(1, b.name, Tr::tr("the column name appears twice in the header"));
        }
        seen.append(b.name);
        if (auto it = schema.columns.find(b.name); it != schema.columns.end()) {
            b.schema = it.value();
            b.type = b.schema.type;
            if (b.type == Type::Categorical) {
                for (const QString &level : b.schema.levels)
                    b.code(level.toStdString());
            }
        } else if (schema.strict) {
            problem(1, b.name,
                    Tr::tr("the schema is strict and does not describe this column; add it "
                           "(use \"type\": \"skip\" to leave it out)"));
        } else if (b.name == QLatin1String("record_id")) {
            b.type = Type::Id;
            b.schema.type = Type::Id;
        } else if (b.name.startsWith(QLatin1String("consent_"))) {
            b.type = Type::Consent;
            b.schema.type = Type::Consent;
            b.schema.purpose = b.name.mid(8);
            if (!detail::isValidPurpose(b.schema.purpose))
                problem(1, b.name,
                        Tr::tr("a consent column is named consent_<purpose> with a purpose of "
                               "lower-case letters, digits, '_' or '-'"));
        } else {
            b.inferred = true;
        }
        builders.push_back(std::move(b));
    }
    for (auto it = schema.columns.begin(); it != schema.columns.end(); ++it) {
        if (!seen.contains(it.key()))
            problem(1, it.key(),
                    Tr::tr("the schema describes this column but the CSV has no "
                           "such column"));
    }
    if (!problems.isEmpty())
        return failure();

    std::vector<std::string> missingTokens;
    for (const QString &t : schema.missingTokens)
        missingTokens.push_back(t.toStdString());
    auto isMissing = [&missingTokens](std::string_view v) {
        for (const std::string &t : missingTokens) {
            if (v == t)
                return true;
        }
        return false;
    };

    // Reserve by a guess of the row count from the first data lines.
    const std::size_t estimatedRows = std::size_t(std::count(
        data.begin(), data.begin() + qsizetype(std::min<std::size_t>(data.size(), 1 << 20)), '\n'));
    const double scale = data.size() > (1u << 20) ? double(data.size()) / double(1 << 20) : 1.0;
    const auto reserve = std::size_t(double(estimatedRows) * scale * 1.05) + 16;
    for (Builder &b : builders) {
        if (b.type == Type::Categorical && !b.inferred)
            b.codes.reserve(reserve);
        else if (b.type == Type::Id)
            b.ids.reserve(reserve);
        else if (b.type != Type::Skip)
            b.numbers.reserve(reserve);
    }

    auto notANumber = [](std::string_view v) {
        return Tr::tr("%1 is not a number, but the column holds numbers; correct the value or "
                      "mark it missing (empty or NA)")
            .arg(quoted(v));
    };
    std::vector<qint64> lineOfRow;
    lineOfRow.reserve(reserve);
    const std::size_t columnCount = builders.size();
    while (!reader.atEnd() && !truncated) {
        const qint64 line = reader.line();
        if (!reader.next(fields, readError)) {
            problem(line, QString(), readError);
            reader.skipLine();
            continue;
        }
        if (fields.size() == 1 && trimmed(fields[0]).empty())
            continue; // blank line
        if (fields.size() != columnCount) {
            problem(line, QString(),
                    Tr::tr("the row has %1 fields but the header has %2")
                        .arg(fields.size())
                        .arg(columnCount));
            continue;
        }
        lineOfRow.push_back(line);
        for (std::size_t c = 0; c < columnCount; ++c) {
            Builder &b = builders[c];
            const std::string_view v = trimmed(fields[c]);
            const bool missing = isMissing(v);
            if (missing && b.type != Type::Skip && b.type != Type::Id)
                ++b.missing;
            switch (b.type) {
            case Type::Skip:
                break;
            case Type::Id: {
                if (missing) {
                    problem(line, b.name, Tr::tr("the record id is missing"));
                    break;
                }
                std::int64_t id = 0;
                const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), id);
                if (ec != std::errc() || end != v.data() + v.size() || id < 0) {
                    // A text id: a stable 63-bit number from its hash, negative so that it
                    // cannot meet an integer id.
                    const QByteArray h
                        = detail::blake2b256(QByteArray(v.data(), qsizetype(v.size())));
                    std::uint64_t x = 0;
                    std::memcpy(&x, h.constData(), sizeof x);
                    id = -std::int64_t(x >> 1) - 1;
                }
                b.ids.push_back(id);
                break;
            }
            case Type::Consent:
            case Type::Binary: {
                if (missing) {
                    b.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                    break;
                }
                const auto flag = parseFlag(v);
                if (!flag)
                    problem(line, b.name,
                            Tr::tr("%1 is not 0 or 1 (or yes/no, true/false)").arg(quoted(v)));
                b.numbers.push_back(flag.value_or(0.0));
                break;
            }
            case Type::Numeric:
                if (b.inferred) {
                    if (missing) {
                        b.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                        if (b.dictionaryAlive)
                            b.codes.push_back(-1);
                        break;
                    }
                    const auto number = parseNumber(v);
                    if (number) {
                        ++b.numbersSeen;
                        b.numbers.push_back(*number);
                    } else {
                        b.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                        if (b.numericPossible) {
                            b.numericPossible = false;
                            b.firstText = std::string(v);
                            b.firstTextLine = line;
                        } else if (!b.dictionaryAlive && b.numbersSeen > 0) {
                            problem(line, b.name, notANumber(v));
                        }
                    }
                    if (b.dictionaryAlive) {
                        b.codes.push_back(b.code(v));
                        if (b.levels.size() > std::size_t(kMaxInferredLevels)) {
                            b.dictionaryAlive = false;
                            b.dictionary = {};
                            b.levels = {};
                            b.codes = {};
                            // Too many values for a factor: the text was a mistake in a numeric
                            // column, or the column is free text.
                            if (!b.numericPossible && b.numbersSeen > 0)
                                problem(b.firstTextLine, b.name, notANumber(b.firstText));
                            else if (!b.numericPossible)
                                problem(line, b.name,
                                        Tr::tr("more than %1 different text values: this looks "
                                               "like free text or an identifier; declare the "
                                               "column in a schema as categorical, id or skip")
                                            .arg(kMaxInferredLevels));
                        }
                    } else if (!number && b.firstTextLine == line && b.numbersSeen > 0) {
                        problem(line, b.name, notANumber(v));
                    }
                    break;
                }
                if (missing) {
                    b.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                    break;
                }
                if (const auto number = parseNumber(v)) {
                    if ((b.schema.minimum && *number < *b.schema.minimum)
                        || (b.schema.maximum && *number > *b.schema.maximum))
                        problem(line, b.name,
                                Tr::tr("%1 is outside the valid range %2 to %3 of the schema")
                                    .arg(quoted(v))
                                    .arg(b.schema.minimum.value_or(-qInf()))
                                    .arg(b.schema.maximum.value_or(qInf())));
                    b.numbers.push_back(*number);
                } else {
                    problem(line, b.name, Tr::tr("%1 is not a number").arg(quoted(v)));
                    b.numbers.push_back(std::numeric_limits<double>::quiet_NaN());
                }
                break;
            case Type::Categorical:
                if (missing) {
                    b.codes.push_back(-1);
                    break;
                }
                if (!b.schema.levels.isEmpty()) {
                    const auto it = b.dictionary.find(std::string(v));
                    if (it == b.dictionary.end()) {
                        problem(line, b.name,
                                Tr::tr("%1 is not one of the levels %2 of the "
                                       "schema")
                                    .arg(quoted(v), b.schema.levels.join(u", ")));
                        b.codes.push_back(-1);
                    } else {
                        b.codes.push_back(it->second);
                    }
                } else {
                    b.codes.push_back(b.code(v));
                }
                break;
            }
        }
    }
    const std::size_t rows = lineOfRow.size();
    if (rows == 0 && problems.isEmpty())
        problem(reader.line(), QString(), Tr::tr("there are no data rows after the header"));

    // Settle the kinds of inferred columns.
    for (Builder &b : builders) {
        if (!b.inferred || !problems.isEmpty())
            continue;
        if (b.missing == qint64(rows)) {
            problem(1, b.name,
                    Tr::tr("every value is missing; remove the column or mark it "
                           "\"skip\" in a schema"));
            continue;
        }
        if (b.numericPossible) {
            const bool binary = std::all_of(b.numbers.begin(), b.numbers.end(), [](double x) {
                return x != x || x == 0.0 || x == 1.0;
            });
            b.type = binary ? Type::Binary : Type::Numeric;
            b.codes = {};
            b.dictionary = {};
            b.levels = {};
        } else {
            b.type = Type::Categorical;
            b.numbers = {};
        }
    }

    // Unique record ids.
    for (Builder &b : builders) {
        if (b.type != Type::Id || !problems.isEmpty())
            continue;
        std::vector<std::size_t> order(b.ids.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::sort(order.begin(), order.end(), [&b](std::size_t x, std::size_t y) {
            return b.ids[x] < b.ids[y] || (b.ids[x] == b.ids[y] && x < y);
        });
        for (std::size_t i = 1; i < order.size(); ++i) {
            if (b.ids[order[i]] == b.ids[order[i - 1]])
                problem(lineOfRow[order[i]], b.name,
                        Tr::tr("the record id repeats the id on line %1; ids must be unique")
                            .arg(lineOfRow[order[i - 1]]));
        }
    }
    if (!problems.isEmpty())
        return failure();

    ParsedDataset parsed;
    parsed.info.name = datasetName;
    parsed.info.label = schema.label;
    parsed.info.rows = qint64(rows);
    bool haveIds = false;
    for (Builder &b : builders) {
        if (b.type == Type::Skip)
            continue;
        VariableInfo v;
        v.name = b.name;
        v.label = b.schema.label;
        v.missing = b.missing;
        if (b.type == Type::Id) {
            v.role = VariableRole::RecordId;
            parsed.recordIds = std::move(b.ids);
            haveIds = true;
            parsed.info.variables.push_back(std::move(v));
            continue;
        }
        analysis::Result<void> added;
        if (b.type == Type::Categorical) {
            v.kind = VariableKind::Categorical;
            // Sorted levels unless the schema gave an order; codes follow.
            std::vector<std::int32_t> remap(b.levels.size());
            std::vector<std::string> levels = b.levels;
            if (b.schema.levels.isEmpty()) {
                std::vector<std::int32_t> order(b.levels.size());
                std::iota(order.begin(), order.end(), 0);
                std::sort(order.begin(), order.end(), [&b](std::int32_t x, std::int32_t y) {
                    return b.levels[std::size_t(x)] < b.levels[std::size_t(y)];
                });
                for (std::size_t i = 0; i < order.size(); ++i) {
                    remap[std::size_t(order[i])] = std::int32_t(i);
                    levels[i] = b.levels[std::size_t(order[i])];
                }
                for (std::int32_t &code : b.codes) {
                    if (code >= 0)
                        code = remap[std::size_t(code)];
                }
            }
            for (const std::string &level : levels)
                v.levels.append(QString::fromStdString(level));
            if (!b.schema.levels.isEmpty())
                v.levelLabels = b.schema.levelLabels; // the schema's order: codes follow it
            added = parsed.table.addCategorical(b.name.toStdString(), std::move(b.codes),
                                                std::move(levels));
        } else {
            v.kind = b.type == Type::Numeric ? VariableKind::Numeric : VariableKind::Binary;
            if (b.type == Type::Consent) {
                v.role = VariableRole::Consent;
                v.kind = VariableKind::Binary;
                v.consentPurpose = b.schema.purpose;
            }
            added = parsed.table.addNumeric(b.name.toStdString(), std::move(b.numbers));
        }
        if (!added)
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("Column '%1' could not be stored: %2")
                                 .arg(b.name, QString::fromStdString(added.error().message)));
        parsed.info.variables.push_back(std::move(v));
    }
    if (!haveIds) {
        parsed.recordIds.resize(rows);
        std::iota(parsed.recordIds.begin(), parsed.recordIds.end(), std::int64_t(1));
    }
    QStringList purposes;
    for (const VariableInfo &v : parsed.info.variables) {
        if (v.role != VariableRole::Consent)
            continue;
        if (purposes.contains(v.consentPurpose))
            return nodeError(NodeErrorCode::InvalidInput,
                             Tr::tr("Two columns grant consent for the purpose '%1'; keep one.")
                                 .arg(v.consentPurpose));
        purposes.append(v.consentPurpose);
    }
    return parsed;
}

namespace {

// The file's SHA-256 for the audit, with OpenSSL (SHA-NI or AVX2 where the CPU has them): Qt's
// portable SHA-256 took a fifth of an import's CPU time (perf, issue 16).
QString sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), std::size_t(data.size()), digest, &length, EVP_sha256(),
                   nullptr)
        != 1)
        return QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace

bool ledgerCarried(const SiteStore &store, const ImportSummary &summary)
{
    // A re-import that held the same records with the same values kept the earlier import's
    // differencing ledger (release/ledgercarry.h): the new generation has one at once.
    if (!summary.replaced)
        return false;
    const auto state = store.differencingState(summary.dataset, summary.generation);
    return state && state->has_value();
}

QJsonArray sharedErasures(const std::vector<DatasetInfo> &before,
                          const NodeResult<std::vector<DatasetInfo>> &after,
                          const QString &imported)
{
    QJsonArray out;
    if (!after)
        return out;
    for (const DatasetInfo &now : after.value()) {
        if (now.name == imported)
            continue;
        for (const DatasetInfo &was : before) {
            if (was.name == now.name && was.generation != now.generation)
                out.append(QJsonObject { { QStringLiteral("dataset"), now.name },
                                         { QStringLiteral("removed"), was.rows - now.rows },
                                         { QStringLiteral("generation"), now.generation } });
        }
    }
    return out;
}

NodeResult<ImportSummary> SiteStore::importCsv(const QString &name, const QString &csvPath,
                                               const QString &schemaPath)
{
    ImportSchema schema;
    if (!schemaPath.isEmpty()) {
        auto loaded = ImportSchema::load(schemaPath);
        if (!loaded)
            return loaded.error();
        schema = std::move(loaded.value());
    }
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return nodeError(NodeErrorCode::Io,
                         Tr::tr("Cannot read the CSV file %1 (%2). Check "
                                "--csv.")
                             .arg(QDir::toNativeSeparators(csvPath), file.errorString()));
    const QByteArray csv = file.readAll();
    file.close();
    auto parsed = parseCsvDataset(name, csv, schema, QFileInfo(csvPath).fileName());
    if (!parsed)
        return parsed.error();
    parsed->info.sourceSha256 = sha256Hex(csv);
    // The other datasets as they were: an erasure under datasets_share_records = yes also
    // removes the erased records from the datasets that share them (docs/privacy-rules.md,
    // "Datasets that share records, after an erasure"), a re-import the node makes of each.
    auto others = datasets();
    if (!others)
        return others.error();
    auto summary = storeDataset(parsed->info, parsed->table, parsed->recordIds);
    if (!summary)
        return summary;
    QJsonArray columns;
    for (const VariableInfo &v : parsed->info.variables)
        columns.append(v.name);
    QJsonObject entry { { QStringLiteral("event"), QStringLiteral("dataset-imported") },
                        { QStringLiteral("dataset"), name },
                        { QStringLiteral("rows"), summary->rows },
                        { QStringLiteral("columns"), columns },
                        { QStringLiteral("generation"), summary->generation },
                        { QStringLiteral("replaced"), summary->replaced },
                        { QStringLiteral("ledgerCarried"), ledgerCarried(*this, *summary) },
                        { QStringLiteral("source_sha256"), parsed->info.sourceSha256 } };
    const QJsonArray erased = sharedErasures(others.value(), datasets(), name);
    if (!erased.isEmpty())
        entry.insert(QStringLiteral("sharedErasures"), erased);
    auto audited = appendAudit(entry);
    if (!audited)
        return audited.error();
    return summary;
}

} // namespace fairstart::node
