// SPDX-License-Identifier: GPL-3.0-or-later
// The study behind a protocol-2 result in words: the aggregation mode, who took part, and what
// the client checked of every node's signatures (the signed manifest and the signed final β).
#pragma once

#include "fairstart/protocol/report.h"
#include "fairstart/protocol/study.h"

#include <QAbstractTableModel>

#include <utility>

class QTableView;

namespace fairstart::ui {

// Every study of a run, the fit's (or a registered model's evaluation) first, then
// FitReport::studies.
QList<protocol::StudyRecord> runStudies(const protocol::FitReport &report);
// A part of a run that is requests on the fit study's jobs and not a study of its own (the fits
// at each site alone; a plain evaluation): a sentence saying that no node signed it, and the
// sites that answered it, each with its note (why it released nothing, where it did not).
struct UnsignedPart {
    QString title;
    QList<std::pair<QString, QString>> sites; // name, note
};
QList<UnsignedPart> unsignedParts(const protocol::FitReport &report);

// "Masked aggregation (the client saw only sums) by 3 sites: a, b, c. Every site signed this
// result." or what did not verify, and where.
QString studySummary(const protocol::StudyRecord &study);

// "masked" -> "Masked (only sums visible)", "plain" -> "Plain (each site's statistics visible)".
QString studyModeText(const QString &mode);

// The results' summary of a run's studies: studySummary of the first, then whether every site
// signed each of the others (named by their titles), or which did not verify.
QString studiesSummary(const QList<protocol::StudyRecord> &studies);

// Every study of a run (the fit, the descriptives of its design, the evaluation, the calibration
// studies; or a Table 1's descriptives and histogram studies), grouped: with more than one study
// a heading row per study (its title, mode, short hash and whether every site signed it), then
// one row per participant and observer: site, role, manifest signature, signed result (a fit's
// final β, a descriptives study's masked descriptives, an evaluation's masked sums), note. One
// study has no heading (the summary above the table names it). `unsignedParts`: the parts of
// the run that are not studies (the fits at each site alone, a plain evaluation), each a
// heading row saying that no node signed it, then a row per site that answered it ("not
// signed" in the signature columns).
class StudyModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        RoleColumn,
        ManifestColumn,
        AttestationColumn,
        NoteColumn,
        ColumnCount
    };
    explicit StudyModel(QObject *parent = nullptr);
    void setStudy(const std::optional<protocol::StudyRecord> &study);
    void setStudies(const QList<protocol::StudyRecord> &studies,
                    const QList<UnsignedPart> &unsignedParts = {});
    // A heading row (spanning every column, spanStudyHeadings) and the study a row belongs to
    // (-1 for an unsigned part).
    bool isHeading(int row) const;
    int studyOf(int row) const;
    int studyCount() const { return m_studies; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString site; // a heading: its text
        bool observer = false;
        std::optional<protocol::StudySignatureCheck> check;
        bool heading = false;
        int study = -1;
        bool verified = true; // a heading: every site of its study signed
        QString note = {}; // a site of an unsigned part: its note
    };
    QList<Row> m_rows;
    int m_studies = 0;
    // What every study's nodes signed at the end: descriptives, final coefficients, or (mixed)
    // a result.
    enum class Signed { Coefficients, Descriptives, Result } m_signed = Signed::Coefficients;
};

// Spans each heading row of `table`'s StudyModel over every column.
void spanStudyHeadings(QTableView *table);

} // namespace fairstart::ui
