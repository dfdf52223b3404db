// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/results/studyrecord.h"

#include "fairstart/ui/results/format.h"
#include "fairstart/ui/results/rulenotes.h"
#include "fairstart/ui/tr.h"

#include "fairstart/client/studychecks.h"

#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

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

// Every study of a run, the fit's (or a registered model's evaluation) first.
QList<protocol::StudyRecord> runStudies(const protocol::FitReport &report)
{
    QList<protocol::StudyRecord> studies;
    if (report.study)
        studies << *report.study;
    studies << report.studies;
    return studies;
}

// The parts of a run that are requests on the fit study's jobs, not studies: no node signed
// them (they came over each site's pinned connection).
QList<UnsignedPart> unsignedParts(const protocol::FitReport &report)
{
    QList<UnsignedPart> parts;
    if (!report.study)
        return parts;
    if (!report.perSiteFits.isEmpty()) {
        UnsignedPart part { Tr::tr("Fits at each site alone — not a study: the nodes' answers "
                                   "are not signed"),
                            {} };
        for (const protocol::SiteFit &f : report.perSiteFits)
            part.sites.append({ f.site, f.glm ? QString() : siteFitNoteText(f) });
        parts << part;
    }
    bool evaluationStudy = false;
    for (const protocol::StudyRecord &s : report.studies)
        evaluationStudy = evaluationStudy || s.manifest.kind == protocol::JobKind::Evaluation;
    // Plain mode only: a masked evaluation is a study (a record written before the run record
    // kept every study has none, and is not said to be plain).
    const QString mode
        = report.study->mode.isEmpty() ? report.study->manifest.mode : report.study->mode;
    if (report.performance && !evaluationStudy && mode == QLatin1String("plain")
        && report.study->manifest.kind != protocol::JobKind::Evaluation) {
        UnsignedPart part { Tr::tr("Evaluation — not a study (plain mode): the nodes' answers "
                                   "are not signed"),
                            {} };
        for (const protocol::SitePerformance &p : report.perSite)
            part.sites.append({ p.site, p.metrics ? QString() : sitePerformanceNoteText(p) });
        // A record without per-site performance: the fit's participants answered it.
        if (part.sites.isEmpty()) {
            for (const protocol::StudyParticipant &p : report.study->manifest.participants)
                part.sites.append({ p.name, QString() });
        }
        parts << part;
    }
    return parts;
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
    if (client::everySiteSigned(study)) {
        parts << (describes(study)
                      ? Tr::tr("Every site signed this result: each signed the study manifest "
                               "and its masked descriptives, and every signature verified "
                               "against the site's pinned key.")
                      : Tr::tr("Every site signed this result: each signed the study manifest "
                               "and the final coefficients, and every signature verified "
                               "against the site's pinned key."));
    } else {
        QStringList problems;
        // Every participant needs a verified check; an observer's, where recorded, too.
        const QList<protocol::StudyParticipant> sites
            = study.manifest.participants + study.manifest.observers;
        for (int i = 0; i < sites.size(); ++i) {
            const protocol::StudyParticipant &p = sites[i];
            const protocol::StudySignatureCheck *c = checkOf(study, p.name);
            if (!c) {
                if (i < study.manifest.participants.size())
                    problems << Tr::tr("%1: no signature check recorded").arg(p.name);
            } else if (!c->manifest || !c->attestation)
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

QString studiesSummary(const QList<protocol::StudyRecord> &studies)
{
    if (studies.isEmpty())
        return {};
    QString text = studySummary(studies.first());
    if (studies.size() == 1)
        return text;
    QStringList signedAll;
    QStringList notSigned;
    int others = 0;
    for (qsizetype i = 1; i < studies.size(); ++i, ++others)
        (client::everySiteSigned(studies[i]) ? signedAll : notSigned)
            << client::studyTitle(studies[i]);
    // Each kind once: "(Histogram cells)", not "(Histogram cells, Histogram cells)".
    signedAll.removeDuplicates();
    notSigned.removeDuplicates();
    if (notSigned.isEmpty())
        return text + QLatin1Char(' ')
            + Tr::tr("Every site also signed the %n other study(ies) of this run (%1), and "
                     "every signature verified (the table below, per study).",
                     nullptr, others)
                  .arg(signedAll.join(QStringLiteral(", ")));
    return text + QLatin1Char(' ')
        + Tr::tr("Not every site's signature verified in: %1 (the table below says where). Do "
                 "not rely on those results before the sites' administrators have looked at "
                 "them.")
              .arg(notSigned.join(QStringLiteral(", ")));
}

StudyModel::StudyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StudyModel::setStudy(const std::optional<protocol::StudyRecord> &study)
{
    setStudies(study ? QList<protocol::StudyRecord> { *study } : QList<protocol::StudyRecord> {});
}

void StudyModel::setStudies(const QList<protocol::StudyRecord> &studies,
                            const QList<UnsignedPart> &unsignedParts)
{
    beginResetModel();
    m_rows.clear();
    m_studies = int(studies.size());
    bool descriptives = false;
    bool evaluation = false; // its nodes sign masked evaluation sums
    bool other = false;
    const bool headings = studies.size() + unsignedParts.size() > 1;
    for (int i = 0; i < int(studies.size()); ++i) {
        const protocol::StudyRecord &study = studies[i];
        if (describes(study))
            descriptives = true;
        else if (study.manifest.kind == protocol::JobKind::Evaluation)
            evaluation = true;
        else
            other = true;
        if (headings) {
            const bool signedByAll = client::everySiteSigned(study);
            const QString mode = study.mode.isEmpty() ? study.manifest.mode : study.mode;
            QString hash = study.study;
            if (const qsizetype colon = hash.indexOf(QLatin1Char(':')); colon >= 0)
                hash = hash.mid(colon + 1);
            const QString heading
                = (signedByAll ? Tr::tr("%1 — %2 study %3: every site signed it")
                               : Tr::tr("%1 — %2 study %3: NOT every site's signature verified"))
                      .arg(client::studyTitle(study),
                           mode == QLatin1String("masked") ? Tr::tr("masked") : Tr::tr("plain"),
                           hash.left(12));
            m_rows.append({ heading, false, std::nullopt, true, i, signedByAll });
        }
        for (const protocol::StudyParticipant &p : study.manifest.participants) {
            const protocol::StudySignatureCheck *c = checkOf(study, p.name);
            m_rows.append({ p.name, false, c ? std::optional(*c) : std::nullopt, false, i });
        }
        for (const protocol::StudyParticipant &p : study.manifest.observers) {
            const protocol::StudySignatureCheck *c = checkOf(study, p.name);
            m_rows.append({ p.name, true, c ? std::optional(*c) : std::nullopt, false, i });
        }
    }
    for (const UnsignedPart &part : unsignedParts) {
        m_rows.append({ part.title, false, std::nullopt, true, -1, true });
        for (const auto &[site, note] : part.sites)
            m_rows.append({ site, false, std::nullopt, false, -1, true, note });
    }
    m_signed = int(descriptives) + int(evaluation) + int(other) > 1 || evaluation ? Signed::Result
        : descriptives ? Signed::Descriptives
                       : Signed::Coefficients;
    endResetModel();
}

bool StudyModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].heading;
}

int StudyModel::studyOf(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].study : -1;
}

void spanStudyHeadings(QTableView *table)
{
    auto *model = qobject_cast<StudyModel *>(table->model());
    table->clearSpans();
    if (!model)
        return;
    bool headings = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->isHeading(r)) {
            table->setSpan(r, 0, 1, StudyModel::ColumnCount);
            headings = true;
        }
    }
    // The site column as wide as its sites and its title: sized to its contents, it took the
    // width of the headings spanning the table (a screen and a half in the demo's results).
    QHeaderView *header = table->horizontalHeader();
    if (!headings) {
        header->setSectionResizeMode(StudyModel::SiteColumn, QHeaderView::ResizeToContents);
        return;
    }
    int width = header->sectionSizeHint(StudyModel::SiteColumn);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!model->isHeading(r))
            width = std::max(
                width, table->sizeHintForIndex(model->index(r, StudyModel::SiteColumn)).width());
    }
    header->setSectionResizeMode(StudyModel::SiteColumn, QHeaderView::Interactive);
    // A few pixels more than the widest name: at its exact width "gemeente-zeist" wrapped.
    header->resizeSection(StudyModel::SiteColumn,
                          width + table->fontMetrics().averageCharWidth() * 2);
    table->resizeRowsToContents();
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
    if (r.heading) {
        if ((role == Qt::DisplayRole || role == ExportRole) && index.column() == SiteColumn)
            return r.site;
        if (role == Qt::ToolTipRole && r.study < 0)
            return Tr::tr("Each node answered this request on its job of the fit study, over the "
                          "site's pinned connection, under its release gate; only the studies "
                          "above carry the nodes' signatures.");
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::ForegroundRole && !r.verified)
            return QColor(180, 30, 30);
        return {};
    }
    auto verdict = [](bool ok) {
        return ok ? Tr::tr("verified") : Tr::tr("NOT verified");
    };
    // A site of a part that is not a study: it answered, and nothing was signed.
    const bool unsignedSite = r.study < 0;
    if ((role == Qt::DisplayRole || role == ExportRole) && unsignedSite) {
        switch (index.column()) {
        case SiteColumn:
            return r.site;
        case RoleColumn:
            return Tr::tr("answered");
        case ManifestColumn:
        case AttestationColumn:
            return Tr::tr("not signed");
        case NoteColumn:
            return r.note;
        default:
            return {};
        }
    }
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
        // Not signed by design, not a failed check: grey, not red.
        if (unsignedSite)
            return QColor(110, 110, 110);
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
        return m_signed == Signed::Descriptives ? Tr::tr("Signed descriptives")
            : m_signed == Signed::Result        ? Tr::tr("Signed result")
                                                : Tr::tr("Signed final coefficients");
    case NoteColumn:
        return Tr::tr("Note");
    default:
        return {};
    }
}

} // namespace fairstart::ui
