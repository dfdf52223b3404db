// SPDX-License-Identifier: GPL-3.0-or-later
// The study behind a protocol-2 result in words: the aggregation mode, who took part, and what
// the client checked of every node's signatures (the signed manifest and the signed final β).
#pragma once

#include "fairstart/protocol/study.h"

#include <QAbstractTableModel>

namespace fairstart::ui {

// True when every participant's manifest signature and final-β attestation verified.
bool everySiteSigned(const protocol::StudyRecord &study);

// "Masked aggregation (the client saw only sums) by 3 sites: a, b, c. Every site signed this
// result." or what did not verify, and where.
QString studySummary(const protocol::StudyRecord &study);

// "masked" -> "Masked (only sums visible)", "plain" -> "Plain (each site's statistics visible)".
QString studyModeText(const QString &mode);

// One row per participant and observer: site, role, manifest signature, final β (a descriptives
// study: its signed masked descriptives), note.
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString site;
        bool observer = false;
        std::optional<protocol::StudySignatureCheck> check;
    };
    QList<Row> m_rows;
    bool m_descriptives = false; // a descriptives study: its nodes sign descriptives, not a β
};

} // namespace fairstart::ui
