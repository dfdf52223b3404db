// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers: read the CSV files and references.txt written by data/make_references.R, and the
// cross-checks written by data/crosscheck_*.R (same line format).
#pragma once

#include "fairstart/analysis/datatable.h"
#include "fairstart/analysis/model.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace fairstart::analysis::testing {

// Tests outside tests/analysis define FAIRSTART_REFERENCE_DATA_DIR (tests/analysis/data) before
// including this header.
#ifndef FAIRSTART_REFERENCE_DATA_DIR
#define FAIRSTART_REFERENCE_DATA_DIR FAIRSTART_TEST_DATA_DIR
#endif

inline QString dataPath(const QString &file)
{
    return QStringLiteral(FAIRSTART_REFERENCE_DATA_DIR) + QLatin1Char('/') + file;
}

inline bool parseNumber(const std::string &s, double &out)
{
    if (s == "NA") {
        out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// A CSV as written by R's write.csv: a header, quoted text, NA for missing. Columns whose values
// all read as numbers are numeric; the others are text (categorical).
struct Csv {
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> cells; // by column
    std::size_t rows = 0;
};

inline std::vector<std::string> splitCsvLine(const std::string &line)
{
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            out.push_back(cur);
            cur.clear();
        } else
            cur += c;
    }
    out.push_back(cur);
    return out;
}

inline bool readCsv(const QString &file, Csv &csv)
{
    QFile f(dataPath(file));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    bool header = true;
    while (!f.atEnd()) {
        std::string line = f.readLine().trimmed().toStdString();
        if (line.empty())
            continue;
        auto fields = splitCsvLine(line);
        if (header) {
            csv.names = fields;
            csv.cells.resize(fields.size());
            header = false;
            continue;
        }
        if (fields.size() != csv.names.size())
            return false;
        for (std::size_t c = 0; c < fields.size(); ++c)
            csv.cells[c].push_back(fields[c]);
        ++csv.rows;
    }
    return true;
}

// The rows with index % sites == site (all rows for sites == 1).
inline DataTable siteTable(const Csv &csv, int site, int sites)
{
    DataTable t;
    for (std::size_t c = 0; c < csv.names.size(); ++c) {
        bool numeric = true;
        std::vector<double> values;
        std::vector<std::string> text;
        for (std::size_t r = 0; r < csv.rows; ++r) {
            if (static_cast<int>(r % static_cast<std::size_t>(sites)) != site)
                continue;
            const std::string &s = csv.cells[c][r];
            double v = 0;
            numeric = numeric && parseNumber(s, v);
            values.push_back(v);
            text.push_back(s == "NA" ? std::string() : s);
        }
        // The column's type is decided on all rows, as a catalogue would.
        for (std::size_t r = 0; numeric && r < csv.rows; ++r) {
            double v = 0;
            numeric = parseNumber(csv.cells[c][r], v);
        }
        if (numeric)
            (void)t.addNumeric(csv.names[c], std::move(values));
        else
            (void)t.addText(csv.names[c], text);
    }
    return t;
}

struct ReferenceCase {
    std::string name;
    std::map<std::string, std::vector<std::string>> fields; // single-valued lines
    std::vector<std::vector<std::string>> lines; // all lines, in order

    std::string get(const std::string &key) const
    {
        auto it = fields.find(key);
        return it == fields.end() || it->second.empty() ? std::string() : it->second.front();
    }
    double number(const std::string &key) const
    {
        double v = std::numeric_limits<double>::quiet_NaN();
        parseNumber(get(key), v);
        return v;
    }
    bool has(const std::string &key) const { return fields.count(key) != 0; }
    // All lines that start with key, in order.
    std::vector<std::vector<std::string>> all(const std::string &key) const
    {
        std::vector<std::vector<std::string>> out;
        for (const auto &line : lines) {
            if (line[0] == key)
                out.push_back(line);
        }
        return out;
    }
};

inline const ReferenceCase *findCase(const std::vector<ReferenceCase> &cases,
                                     const std::string &name)
{
    for (const ReferenceCase &c : cases) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// The "# R: R version ..." comment an R script wrote at the top of a reference file, empty when
// the file or the line is missing (a reference whose R version is not recorded is not trusted).
inline std::string referenceProvenance(const QString &file = QStringLiteral("references.txt"))
{
    QFile f(dataPath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.startsWith("# R: R version "))
            return line.toStdString();
        if (!line.startsWith('#'))
            break; // provenance comes before the first case
    }
    return {};
}

inline std::vector<ReferenceCase> readReferences(const QString &file
                                                 = QStringLiteral("references.txt"))
{
    std::vector<ReferenceCase> cases;
    QFile f(dataPath(file));
    if (!f.open(QIODevice::ReadOnly))
        return cases;
    ReferenceCase current;
    bool open = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        std::vector<std::string> parts;
        for (const QString &p : line.split(QLatin1Char('\t')))
            parts.push_back(p.toStdString());
        if (parts[0] == "case") {
            current = ReferenceCase();
            current.name = parts.size() > 1 ? parts[1] : std::string();
            open = true;
        } else if (parts[0] == "end") {
            if (open)
                cases.push_back(current);
            open = false;
        } else if (open) {
            current.fields[parts[0]] = std::vector<std::string>(parts.begin() + 1, parts.end());
            current.lines.push_back(parts);
        }
    }
    return cases;
}

// The case's filter_values and filter_range lines as the ModelSpec's filters, in order.
inline std::vector<Filter> referenceFilters(const ReferenceCase &ref)
{
    std::vector<Filter> filters;
    for (const auto &line : ref.lines) {
        if (line[0] == "filter_values") {
            filters.push_back({ line[1], std::nullopt, std::nullopt,
                                std::vector<std::string>(line.begin() + 2, line.end()) });
        } else if (line[0] == "filter_range") {
            Filter f;
            f.variable = line[1];
            double v = 0;
            if (line[2] != "NA" && parseNumber(line[2], v))
                f.min = v;
            if (line[3] != "NA" && parseNumber(line[3], v))
                f.max = v;
            filters.push_back(f);
        }
    }
    return filters;
}

inline bool close(double actual, double expected, double rel, double abs = 1e-12)
{
    return std::abs(actual - expected) <= rel * std::abs(expected) + abs;
}

// The R check of one coefficient (estimate to 1e-6 relative, SE too), or why it failed.
inline QString coefficientMismatch(const std::string &term, double estimate, double rEstimate,
                                   double stdError, double rStdError)
{
    if (close(estimate, rEstimate, 1e-6, 1e-9) && close(stdError, rStdError, 1e-6, 1e-12))
        return {};
    return QStringLiteral("%1: estimate %2 vs R %3, SE %4 vs R %5")
        .arg(QString::fromStdString(term))
        .arg(estimate, 0, 'g', 17)
        .arg(rEstimate, 0, 'g', 17)
        .arg(stdError, 0, 'g', 17)
        .arg(rStdError, 0, 'g', 17);
}

} // namespace fairstart::analysis::testing
