// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/studyrecord.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QColor>

namespace fairstart::ui {

namespace {

const protocol::StudySignatureCheck *checkOf(const protocol::StudyRecord &s, const QString &site)
{
    for (const protocol::StudySignatureCheck &c : s.checks) {
        if (c.site == site)
            return &c;
    }
    return nullptr;
}

// A descriptives study (a masked Table 1) ends with each node's signed masked descriptives, not
// with an attestation of final coefficients.
bool describes(const protocol::StudyRecord &s)
{
    return s.manifest.kind == protocol::JobKind::Descriptives;
}

} // namespace

bool everySiteSigned(const protocol::StudyRecord &study)
{
    if (study.manifest.participants.isEmpty())
        return false;
    for (const protocol::StudyParticipant &p : study.manifest.participants) {
        const protocol::StudySignatureCheck *c = checkOf(study, p.name);
        if (!c || !c->manifest || !c->attestation)
            return false;
    }
    return true;
}

QString studyModeText(const QString &mode)
{
    if (mode == QLatin1String("masked"))
        return Tr::tr("Masked aggregation (the client saw only the sums of all sites)");
    if (mode == QLatin1String("plain"))
        return Tr::tr("Plain aggregation (each site's statistics were visible to the client)");
    return Tr::tr("Aggregation \"%1\"").arg(mode);
}

QString studySummary(const protocol::StudyRecord &study)
{
    QStringList names;
    for (const protocol::StudyParticipant &p : study.manifest.participants)
        names << p.name;
    QStringList parts;
    parts << Tr::tr("%1 by %n site(s): %2.", nullptr, int(names.size()))
                 .arg(studyModeText(study.mode.isEmpty() ? study.manifest.mode : study.mode),
                      names.join(QStringLiteral(", ")));
    if (!study.manifest.observers.isEmpty()) {
        QStringList observers;
        for (const protocol::StudyParticipant &p : study.manifest.observers)
            observers << p.name;
        parts
            << Tr::tr("Observed (not contributing): %1.").arg(observers.join(QStringLiteral(", ")));
    }
    if (everySiteSigned(study)) {
        parts << (describes(study)
                      ? Tr::tr("Every site signed this result: each signed the study manifest "
                               "and its masked descriptives, and every signature verified "
                               "against the site's pinned key.")
                      : Tr::tr("Every site signed this result: each signed the study manifest "
                               "and the final coefficients, and every signature verified "
                               "against the site's pinned key."));
    } else {
        QStringList problems;
        for (const protocol::StudyParticipant &p : study.manifest.participants) {
            const protocol::StudySignatureCheck *c = checkOf(study, p.name);
            if (!c)
                problems << Tr::tr("%1: no signature check recorded").arg(p.name);
            else if (!c->manifest || !c->attestation)
                problems << Tr::tr("%1: %2").arg(
                    p.name,
                    c->note.isEmpty()
                        ? (!c->manifest           ? Tr::tr("the manifest signature did not verify")
                               : describes(study) ? Tr::tr("its descriptives were not signed")
                                                  : Tr::tr("the final coefficients were not "
                                                           "attested"))
                        : c->note);
        }
        parts << Tr::tr("Not every site's signature verified — %1. Do not rely on this result "
                        "before the sites' administrators have looked at it.")
                     .arg(problems.join(QStringLiteral("; ")));
    }
    return parts.join(QLatin1Char(' '));
}

StudyModel::StudyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StudyModel::setStudy(const std::optional<protocol::StudyRecord> &study)
{
    beginResetModel();
    m_rows.clear();
    m_descriptives = study && describes(*study);
    if (study) {
        for (const protocol::StudyParticipant &p : study->manifest.participants) {
            const protocol::StudySignatureCheck *c = checkOf(*study, p.name);
            m_rows.append({ p.name, false, c ? std::optional(*c) : std::nullopt });
        }
        for (const protocol::StudyParticipant &p : study->manifest.observers) {
            const protocol::StudySignatureCheck *c = checkOf(*study, p.name);
            m_rows.append({ p.name, true, c ? std::optional(*c) : std::nullopt });
        }
    }
    endResetModel();
}

int StudyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StudyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    auto verdict = [](bool ok) {
        return ok ? Tr::tr("verified") : Tr::tr("NOT verified");
    };
    if (role == Qt::DisplayRole || role == ExportRole) {
        switch (index.column()) {
        case SiteColumn:
            return r.site;
        case RoleColumn:
            return r.observer ? Tr::tr("observer") : Tr::tr("participant");
        case ManifestColumn:
            return r.check ? verdict(r.check->manifest) : Tr::tr("not checked");
        case AttestationColumn:
            return r.check ? verdict(r.check->attestation) : Tr::tr("not checked");
        case NoteColumn:
            return r.check ? r.check->note : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole
        && (index.column() == ManifestColumn || index.column() == AttestationColumn)) {
        const bool ok = r.check
            && (index.column() == ManifestColumn ? r.check->manifest : r.check->attestation);
        return ok ? QColor(0, 110, 60) : QColor(180, 30, 30);
    }
    return {};
}

QVariant StudyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != ExportRole))
        return {};
    switch (section) {
    case SiteColumn:
        return Tr::tr("Site");
    case RoleColumn:
        return Tr::tr("Role");
    case ManifestColumn:
        return Tr::tr("Signed manifest");
    case AttestationColumn:
        return m_descriptives ? Tr::tr("Signed descriptives") : Tr::tr("Signed final coefficients");
    case NoteColumn:
        return Tr::tr("Note");
    default:
        return {};
    }
}

} // namespace fairstart::ui
