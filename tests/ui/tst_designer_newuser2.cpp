// SPDX-License-Identifier: GPL-3.0-or-later
// The designer's control to pin a model's cohort to the complete cases of a set of variables
// (branch newuser2): the Cohort block carries them into the spec, through JSON and back, and the
// properties panel pins the cohort to the model's variables, edits and unpins it, each one undo
// step.
#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/designer/designdocument.h"
#include "fairstart/ui/designer/propertiespanel.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <memory>
#include <type_traits>

using namespace fairstart;
using namespace fairstart::ui;

namespace {

int cohortBlock(const DesignDocument &doc)
{
    for (const Block &b : doc.blocks()) {
        if (b.kind == BlockKind::Cohort)
            return b.id;
    }
    return 0;
}

template<typename W> W *named(QWidget &parent, const QString &accessibleOrText)
{
    for (W *w : parent.findChildren<W *>()) {
        if (w->accessibleName() == accessibleOrText)
            return w;
        if constexpr (std::is_base_of_v<QAbstractButton, W>) {
            if (w->text() == accessibleOrText)
                return w;
        }
    }
    return nullptr;
}

} // namespace

class tst_DesignerNewuser2 : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void specAndJsonCarryTheCompleteCases();
    void panelPinsEditsAndUnpins();
};

void tst_DesignerNewuser2::specAndJsonCarryTheCompleteCases()
{
    analysis::ModelSpec spec
        = *analysis::parseFormula("dev_delay_2y ~ birth_weight_g", analysis::Family::Binomial);
    spec.completeCases = { "birth_weight_g", "apgar_5min", "parental_stress" };
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(spec));
    QCOMPARE(doc->toSpec().completeCases, spec.completeCases);
    const Block *cohort = doc->block(cohortBlock(*doc));
    QVERIFY(cohort);
    QCOMPARE(blockTitle(*cohort), QStringLiteral("Cohort: complete cases of 3 variable(s)"));
    // Saved and loaded: the same spec.
    DesignDocument loaded;
    QVERIFY(!loaded.loadJson(doc->toJson()));
    QCOMPARE(loaded.toSpec(), doc->toSpec());
    // A design without them writes no key (files of earlier versions stay as they were).
    std::unique_ptr<DesignDocument> plain(DesignDocument::fromSpec(
        *analysis::parseFormula("dev_delay_2y ~ birth_weight_g", analysis::Family::Binomial)));
    const QJsonObject block = DesignDocument::blockToJson(*plain->block(cohortBlock(*plain)));
    QVERIFY(!block.contains(QStringLiteral("completeCases")));
}

void tst_DesignerNewuser2::panelPinsEditsAndUnpins()
{
    std::unique_ptr<DesignDocument> doc(DesignDocument::fromSpec(*analysis::parseFormula(
        "dev_delay_2y ~ birth_weight_g + apgar_5min", analysis::Family::Binomial)));
    CatalogueModel catalogue;
    PropertiesPanel panel(doc.get(), &catalogue);
    const int id = cohortBlock(*doc);
    panel.showBlock(id);
    auto *pin = named<QPushButton>(panel, QStringLiteral("&Pin to the model's variables"));
    auto *unpin = named<QPushButton>(panel, QStringLiteral("&Unpin"));
    auto *field = named<QLineEdit>(panel, QStringLiteral("Complete cases of"));
    QVERIFY(pin && unpin && field);
    QVERIFY(pin->isEnabled());

    const int before = doc->undoStack()->count();
    pin->click();
    QCOMPARE(doc->toSpec().completeCases,
             (std::vector<std::string> { "dev_delay_2y", "birth_weight_g", "apgar_5min" }));
    QCOMPARE(doc->undoStack()->count(), before + 1);
    QCOMPARE(field->text(), QStringLiteral("dev_delay_2y, birth_weight_g, apgar_5min"));

    // Typed: more variables of the largest model to come (a repeat kept once).
    field->setText(QStringLiteral("birth_weight_g, apgar_5min,parental_stress, apgar_5min"));
    Q_EMIT field->editingFinished();
    QCOMPARE(doc->toSpec().completeCases,
             (std::vector<std::string> { "birth_weight_g", "apgar_5min", "parental_stress" }));
    QCOMPARE(doc->undoStack()->count(), before + 2);
    // Pinning again adds only what is missing.
    pin->click();
    QCOMPARE(doc->toSpec().completeCases,
             (std::vector<std::string> { "birth_weight_g", "apgar_5min", "parental_stress",
                                         "dev_delay_2y" }));

    unpin->click();
    QVERIFY(doc->toSpec().completeCases.empty());
    QVERIFY(field->text().isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(doc->toSpec().completeCases.size(), std::size_t(4));
}

QTEST_MAIN(tst_DesignerNewuser2)
#include "tst_designer_newuser2.moc"
