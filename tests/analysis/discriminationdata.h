// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers: the designs and references of data/make_discrimination.R (nwtco over three sites,
// birthwt as one site), shared by tests/analysis and tests/site-node.
#pragma once

#include "fairstart/analysis/design.h"

#include "referencedata.h"

#include <QFile>

#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fairstart::analysis::testing {

// "key [key2] values..." lines; the key is the words before the first number.
struct DiscriminationReference {
    std::map<std::string, std::vector<double>> values;
    const std::vector<double> &at(const std::string &key) const { return values.at(key); }
    double scalar(const std::string &key) const { return values.at(key).at(0); }
};

inline DiscriminationReference readDiscriminationReference(const QString &path)
{
    DiscriminationReference r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("%s is missing", qPrintable(path));
    while (!f.atEnd()) {
        const std::string line = f.readLine().trimmed().toStdString();
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream in(line);
        std::string word, key;
        std::vector<double> numbers;
        while (in >> word) {
            double v = 0;
            if (numbers.empty() && !parseNumber(word, v)) {
                key += (key.empty() ? "" : " ") + word;
                continue;
            }
            if (!parseNumber(word, v))
                qFatal("%s: not a number: %s", qPrintable(path), word.c_str());
            numbers.push_back(v);
        }
        // "NAME n N events E" puts two numbers under "NAME n" and "NAME n events".
        r.values[key] = numbers;
    }
    return r;
}

inline double cell(const Csv &csv, const std::string &column, std::size_t row)
{
    for (std::size_t c = 0; c < csv.names.size(); ++c) {
        if (csv.names[c] == column) {
            double v = 0;
            if (!parseNumber(csv.cells[c][row], v))
                qFatal("not a number in column %s", column.c_str());
            return v;
        }
    }
    qFatal("no column %s", column.c_str());
    return 0;
}

// nwtco's design of rel ~ factor(histol) + factor(stage) + age for the children of one site
// (record_id % 3 == site; site -1 for all), columns in R's order.
// `site` -1 for every site; `study` (3 or 4) for one level of nwtco's study, 0 for both.
inline DesignMatrix nwtcoDesign(const Csv &csv, int site, int study = 0)
{
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < csv.rows; ++i) {
        if ((site < 0 || int(cell(csv, "record_id", i)) % 3 == site)
            && (study == 0 || int(cell(csv, "study", i)) == study))
            rows.push_back(i);
    }
    DesignMatrix d;
    const auto n = Eigen::Index(rows.size());
    d.X.resize(n, 6);
    d.y.resize(n);
    d.offset = Eigen::VectorXd::Zero(n);
    d.terms = { "(Intercept)",    "factor(histol)2", "factor(stage)2",
                "factor(stage)3", "factor(stage)4",  "age" };
    for (Eigen::Index k = 0; k < n; ++k) {
        const std::size_t i = rows[std::size_t(k)];
        const double stage = cell(csv, "stage", i);
        d.X.row(k) << 1.0, cell(csv, "histol", i) == 2 ? 1.0 : 0.0, stage == 2 ? 1.0 : 0.0,
            stage == 3 ? 1.0 : 0.0, stage == 4 ? 1.0 : 0.0, cell(csv, "age", i);
        d.y[k] = cell(csv, "rel", i);
    }
    return d;
}

// birthwt's design of low ~ age + lwt + factor(race) + smoke + ptl + ht + ui + ftv.
inline DesignMatrix birthwtDesign(const Csv &csv)
{
    DesignMatrix d;
    const auto n = Eigen::Index(csv.rows);
    d.X.resize(n, 10);
    d.y.resize(n);
    d.offset = Eigen::VectorXd::Zero(n);
    d.terms = { "(Intercept)", "age", "lwt", "factor(race)2", "factor(race)3", "smoke", "ptl",
                "ht",          "ui",  "ftv" };
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto r = std::size_t(i);
        const double race = cell(csv, "race", r);
        d.X.row(i) << 1.0, cell(csv, "age", r), cell(csv, "lwt", r), race == 2 ? 1.0 : 0.0,
            race == 3 ? 1.0 : 0.0, cell(csv, "smoke", r), cell(csv, "ptl", r), cell(csv, "ht", r),
            cell(csv, "ui", r), cell(csv, "ftv", r);
        d.y[i] = cell(csv, "low", r);
    }
    return d;
}

inline Eigen::VectorXd toVector(const std::vector<double> &v)
{
    return Eigen::Map<const Eigen::VectorXd>(v.data(), Eigen::Index(v.size()));
}

} // namespace fairstart::analysis::testing
