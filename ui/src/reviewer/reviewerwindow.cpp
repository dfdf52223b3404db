// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/reviewer/reviewerwindow.h"

#include "fairstart/translations/language.h"
#include "fairstart/ui/report/parentsheet.h"
#include "fairstart/ui/results/charts.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/reviewer/modelfile.h"
#include "fairstart/ui/tr.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

#include <algorithm>

namespace fairstart::ui {

namespace {

QString valueText(analysis::Family family, double v)
{
    if (family == analysis::Family::Binomial)
        return percentText(v, v < 0.1 ? 1 : 0);
    return number(v, 2);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

ReviewerWindow::ReviewerWindow(const PublishedModelDocument &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_calculator(std::make_unique<RiskCalculator>(model.report.design, model.report.glm,
                                                    model.description.inputs))
{
    setWindowTitle(Tr::tr("%1 — reviewer mode").arg(model.description.title));
    setAccessibleName(Tr::tr("Reviewer mode"));
    auto layout = new QVBoxLayout(this);
    auto title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(esc(model.description.title)));
    title->setAccessibleName(Tr::tr("Model title"));
    layout->addWidget(title);
    auto notice = new QLabel(Tr::tr("Read-only. The calculator works on this computer only: "
                                    "nothing you type is sent anywhere or stored unless you "
                                    "save it."));
    notice->setWordWrap(true);
    notice->setAccessibleName(Tr::tr("Privacy notice"));
    layout->addWidget(notice);
    // Who signed the file and what the sites signed (setOrigin); hidden for the workspace's own.
    m_origin = new QLabel;
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setWordWrap(true);
    m_origin->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_origin->setAccessibleName(Tr::tr("Who signed this model"));
    m_origin->hide();
    layout->addWidget(m_origin);

    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(Tr::tr("Reviewer pages"));
    m_tabs->addTab(buildCalculator(), Tr::tr("Risk &calculator"));
    m_tabs->addTab(buildAbout(), Tr::tr("&About the model"));
    layout->addWidget(m_tabs, 1);

    auto buttons = new QHBoxLayout;
    auto reset = new QPushButton(Tr::tr("&Reset values"));
    reset->setAccessibleName(Tr::tr("Reset all values to the typical values"));
    auto save = new QPushButton(Tr::tr("&Save calculation…"));
    save->setAccessibleName(Tr::tr("Save this calculation to a file"));
    auto sheet = new QPushButton(Tr::tr("&Parent information sheet…"));
    sheet->setAccessibleName(Tr::tr("Save the information sheet for parents as PDF"));
    // The analyst hands the model to professionals as a file: they have no workspace.
    auto modelFile = new QPushButton(Tr::tr("Save &Model File…"));
    m_saveModelFile = modelFile;
    modelFile->hide(); // until setSignerSource: only the workspace's analyst signs
    modelFile->setObjectName(QStringLiteral("saveModelFile"));
    modelFile->setAccessibleName(Tr::tr("Save this model as a file for professionals"));
    modelFile->setToolTip(Tr::tr("A file professionals open with File ▸ Open Model File… to use "
                                 "the risk calculator, without a workspace and offline. It holds "
                                 "the model and these words, no records, and is signed with "
                                 "this workspace's key so that they can tell a changed copy."));
    connect(modelFile, &QPushButton::clicked, this, &ReviewerWindow::saveModelFileDialog);
    connect(reset, &QPushButton::clicked, this, &ReviewerWindow::resetValues);
    connect(save, &QPushButton::clicked, this, &ReviewerWindow::saveCalculation);
    connect(sheet, &QPushButton::clicked, this, &ReviewerWindow::saveParentSheet);
    // The sheet is for the parents: in their language, which need not be the professional's.
    m_sheetLanguage = new QComboBox;
    m_sheetLanguage->setAccessibleName(Tr::tr("Language of the parent information sheet"));
    m_sheetLanguage->setToolTip(Tr::tr("The language the information sheet for parents is "
                                       "written in"));
    for (const QString &language : i18n::supportedLanguages())
        m_sheetLanguage->addItem(i18n::nativeName(language), language);
    setSheetLanguage(i18n::currentLanguage());
    auto sheetLanguageLabel = new QLabel(Tr::tr("Sheet &language:"));
    sheetLanguageLabel->setBuddy(m_sheetLanguage);
    buttons->addWidget(reset);
    buttons->addStretch();
    buttons->addWidget(save);
    buttons->addWidget(modelFile);
    buttons->addSpacing(12);
    buttons->addWidget(sheetLanguageLabel);
    buttons->addWidget(m_sheetLanguage);
    buttons->addWidget(sheet);
    layout->addLayout(buttons);
    recalculate();
    // A window of its own beside the workbench: at its minimum size (604 × 504) the estimate
    // wrapped over seven lines. Most of a small screen, 1000 × 680 on a larger one.
    if (const QScreen *s = screen())
        resize(QSize(1000, 680).boundedTo(s->availableGeometry().size() * 0.9));
}

ReviewerWindow::~ReviewerWindow() = default;

QWidget *ReviewerWindow::buildAbout()
{
    const protocol::FitReport &r = m_model.report;
    auto scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto page = new QWidget;
    auto layout = new QVBoxLayout(page);
    const ModelDescription &d = m_model.description;
    QString html;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(Tr::tr("What it predicts")),
                     esc(d.predicts.isEmpty()
                             ? QString::fromStdString(r.design.spec.outcome.variable)
                             : d.predicts));
    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(esc(Tr::tr("For whom")),
                     esc(d.population.isEmpty()
                             ? Tr::tr("The children in the data of the %n participating "
                                      "organisation(s).",
                                      nullptr, int(r.sites.size()))
                             : d.population));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(Tr::tr("Built from %1 children at %n organisation(s) without their "
                                "records leaving those organisations.",
                                nullptr, int(r.sites.size()))
                             .arg(QLocale().toString(qint64(std::round(r.glm.n / 10.0) * 10)))));
    // What the analyst wrote for professionals and parents was on the parent sheet only: the
    // professional reading about the model did not see which information it uses nor whom to
    // ask.
    if (!d.information.trimmed().isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(Tr::tr("Which information it uses")), esc(d.information));
    if (!d.contact.trimmed().isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(Tr::tr("Whom to ask")), esc(d.contact));
    auto text = new QLabel(html);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(Tr::tr("Description of the model"));
    layout->addWidget(text);

    m_performance = new QLabel(QStringLiteral("<h3>%1</h3>").arg(esc(Tr::tr("How well it works")))
                               + esc(performanceText()));
    m_performance->setWordWrap(true);
    m_performance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_performance->setAccessibleName(Tr::tr("Performance in plain words"));
    layout->addWidget(m_performance);
    if (r.performance) {
        // One chart under the other, each as wide as the page: side by side in the 1000 px
        // window each had 360 px, and the ROC curve's axis title ("Sensitivity (true-pos…") and
        // legend ("Model: apparent AUC 0.575 (95% CI 0…") were cut.
        auto charts = new QVBoxLayout;
        auto roc = new QChartView(makeRocChart(*r.performance));
        roc->setObjectName(QStringLiteral("rocChart"));
        roc->setRenderHint(QPainter::Antialiasing);
        roc->setMinimumSize(360, 420);
        roc->setAccessibleName(Tr::tr("ROC curve"));
        auto cal = new QChartView(
            makeCalibrationChart(*r.performance, r.calibrationIntercept, r.calibrationSlope));
        cal->setObjectName(QStringLiteral("calibrationChart"));
        cal->setRenderHint(QPainter::Antialiasing);
        cal->setMinimumSize(360, 420);
        cal->setAccessibleName(Tr::tr("Calibration plot"));
        charts->addWidget(roc);
        charts->addWidget(cal);
        layout->addLayout(charts);
    }
    layout->addStretch();
    scroll->setWidget(page);
    return scroll;
}

QString ReviewerWindow::performanceText() const
{
    const protocol::FitReport &r = m_model.report;
    if (!r.performance)
        return Tr::tr("The sites released no performance figures for this model.");
    const analysis::PerformanceMetrics &m = *r.performance;
    QStringList s;
    const QString outcome = outcomeName(m_model);
    s << Tr::tr("Take one child who had %2 and one who did not: the model gives the higher "
                "risk to the child who had it in about %1 of 100 such pairs (50 would be "
                "chance, 100 perfect).")
             .arg(qRound(100 * m.auc))
             .arg(outcome);
    const double observed = m.n > 0 ? m.events / m.n : 0.0;
    const double predicted = observed - m.calibrationInTheLarge;
    s << Tr::tr("On average it predicted a risk of %1; %2 of the children actually had %3.")
             .arg(percentText(predicted), percentText(observed), outcome);
    if (r.calibrationSlope) {
        const double slope = *r.calibrationSlope;
        if (slope < 0.9)
            s << Tr::tr("Its high and low risks are somewhat too extreme (calibration slope %1).")
                     .arg(number(slope, 2));
        else if (slope > 1.1)
            s << Tr::tr("Its high and low risks are somewhat too cautious (calibration slope %1).")
                     .arg(number(slope, 2));
        else
            s << Tr::tr("Its high and low risks match what was observed (calibration slope %1).")
                     .arg(number(slope, 2));
    }
    s << Tr::tr("These figures come from the same children the model was built on, so in new "
                "children it may do slightly worse.");
    return s.join(QLatin1Char(' '));
}

QWidget *ReviewerWindow::buildCalculator()
{
    auto page = new QWidget;
    auto layout = new QHBoxLayout(page);
    auto inputsBox = new QGroupBox(Tr::tr("The child's values"));
    auto form = new QFormLayout(inputsBox);
    if (!m_calculator->isValid()) {
        auto error = new QLabel(m_calculator->error());
        error->setWordWrap(true);
        form->addRow(error);
    }
    const InputValues typical = m_calculator->typicalValues();
    for (const CalculatorInput &in : m_calculator->inputs()) {
        QWidget *field = nullptr;
        if (in.yesNo) {
            auto combo = new QComboBox;
            combo->addItem(Tr::tr("No"), 0.0);
            combo->addItem(Tr::tr("Yes"), 1.0);
            combo->setCurrentIndex(typical.value(in.variable).number > 0.5 ? 1 : 0);
            connect(combo, &QComboBox::currentIndexChanged, this, &ReviewerWindow::recalculate);
            field = combo;
        } else if (in.categorical) {
            auto combo = new QComboBox;
            // The catalogue's labels in its order; the level's name travels as the item's data.
            for (const QString &level : in.shownLevels.isEmpty() ? in.levels : in.shownLevels)
                combo->addItem(levelText(in, level), level);
            combo->setCurrentIndex(std::max(0, combo->findData(in.reference)));
            connect(combo, &QComboBox::currentIndexChanged, this, &ReviewerWindow::recalculate);
            field = combo;
        } else {
            auto spin = new QDoubleSpinBox;
            spin->setDecimals(in.decimals);
            spin->setRange(in.minimum, in.maximum);
            spin->setValue(typical.value(in.variable).number);
            spin->setKeyboardTracking(true);
            // The field and the sentences show a number alike (inputValueText): no group
            // separator, as a number is typed.
            spin->setGroupSeparatorShown(false);
            spin->setToolTip(
                Tr::tr("From %1 to %2")
                    .arg(inputValueText(in, in.minimum), inputValueText(in, in.maximum)));
            connect(spin, &QDoubleSpinBox::valueChanged, this, &ReviewerWindow::recalculate);
            // A value being typed that the field cannot take (out of range, or not finished)
            // changes no value: the estimate of the last one stayed beside a field reading
            // something else ("4" while typing 45 weeks with 43 the most). recalculate() says
            // what to type instead.
            // (The spin box signals only values; its line edit every keystroke.)
            if (auto *edit = spin->findChild<QLineEdit *>())
                connect(edit, &QLineEdit::textChanged, this, &ReviewerWindow::recalculate);
            field = spin;
        }
        field->setObjectName(QStringLiteral("input:") + in.variable);
        field->setAccessibleName(in.label);
        auto label = new QLabel(in.label + QLatin1Char(':'));
        label->setBuddy(field);
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(field)) {
            // The values the field takes, in sight rather than in a tooltip only.
            auto *range = new QLabel(
                Tr::tr("%1 to %2")
                    .arg(inputValueText(in, in.minimum), inputValueText(in, in.maximum)));
            range->setObjectName(QStringLiteral("range:") + in.variable);
            range->setForegroundRole(QPalette::PlaceholderText);
            auto *row = new QHBoxLayout;
            row->addWidget(spin, 1);
            row->addWidget(range);
            form->addRow(label, row);
        } else {
            form->addRow(label, field);
        }
        m_inputs.append(field);
    }
    layout->addWidget(inputsBox, 2);

    auto resultBox = new QGroupBox(Tr::tr("Result"));
    auto resultLayout = new QVBoxLayout(resultBox);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(Tr::tr("Predicted risk"));
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_result->setFont(big);
    m_factors = new QLabel;
    m_factors->setWordWrap(true);
    m_factors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_factors->setAccessibleName(Tr::tr("What raises or lowers the risk"));
    auto caveat = new QLabel(caveatText());
    caveat->setWordWrap(true);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_factors);
    resultLayout->addStretch();
    resultLayout->addWidget(caveat);
    layout->addWidget(resultBox, 3);
    return page;
}

QWidget *ReviewerWindow::inputWidget(const QString &variable) const
{
    for (QWidget *w : m_inputs) {
        if (w->objectName() == QStringLiteral("input:") + variable)
            return w;
    }
    return nullptr;
}

InputValues ReviewerWindow::currentValues() const
{
    InputValues values;
    for (const CalculatorInput &in : m_calculator->inputs()) {
        QWidget *w = inputWidget(in.variable);
        InputValue v;
        if (auto combo = qobject_cast<QComboBox *>(w); combo && in.yesNo)
            v.number = combo->currentData().toDouble();
        else if (combo)
            v.level = combo->currentData().toString();
        else if (auto spin = qobject_cast<QDoubleSpinBox *>(w))
            v.number = spin->value();
        values.insert(in.variable, v);
    }
    return values;
}

QString ReviewerWindow::riskSentence(analysis::Family family, const Prediction &p,
                                     const QString &outcome)
{
    switch (family) {
    case analysis::Family::Binomial:
        return Tr::tr("Estimated risk of %5: %1 (95% interval %2 to %3). Of 100 children with "
                      "these values, about %4 would be expected to have %5.")
            .arg(valueText(family, p.estimate), valueText(family, p.lower),
                 valueText(family, p.upper))
            .arg(qRound(100 * p.estimate))
            .arg(outcome);
    case analysis::Family::Poisson:
        return Tr::tr("Expected rate: %1 (95% interval %2 to %3).")
            .arg(number(p.estimate, 3), number(p.lower, 3), number(p.upper, 3));
    case analysis::Family::Gaussian:
        return Tr::tr("Expected value: %1 (95% interval of the mean %2 to %3).")
            .arg(number(p.estimate, 3), number(p.lower, 3), number(p.upper, 3));
    }
    return {};
}

QStringList ReviewerWindow::factorSentences(analysis::Family family, const Prediction &p,
                                            int perSide)
{
    QStringList up, down;
    for (const FactorEffect &f : p.factors) {
        if (std::fabs(f.lpDelta) < 1e-9)
            continue;
        const QString without = valueText(family, f.predictionWithout);
        if (f.lpDelta > 0 && up.size() < perSide) {
            up << Tr::tr("%1 = %2 raises it (with %3 it would be %4).")
                      .arg(f.label, f.valueText, f.comparisonText, without);
        } else if (f.lpDelta < 0 && down.size() < perSide) {
            down << Tr::tr("%1 = %2 lowers it (with %3 it would be %4).")
                        .arg(f.label, f.valueText, f.comparisonText, without);
        }
    }
    return up + down;
}

QString ReviewerWindow::typingProblem() const
{
    for (const CalculatorInput &in : m_calculator->inputs()) {
        const auto *spin = qobject_cast<const QDoubleSpinBox *>(inputWidget(in.variable));
        if (!spin || spin->hasAcceptableInput())
            continue;
        const QString from = inputValueText(in, in.minimum);
        const QString to = inputValueText(in, in.maximum);
        if (spin->cleanText().trimmed().isEmpty())
            return Tr::tr("%1 has no value. Type a value from %2 to %3.").arg(in.label, from, to);
        return Tr::tr("%1: %2 is not a value this calculator takes. Type a value from %3 to %4, "
                      "the values the model was made for.")
            .arg(in.label, spin->cleanText().trimmed(), from, to);
    }
    return {};
}

void ReviewerWindow::recalculate()
{
    if (const QString problem = typingProblem(); !problem.isEmpty()) {
        // No estimate rather than the estimate of a value no longer in the field.
        m_prediction.reset();
        m_result->setText(problem);
        m_factors->clear();
        Q_EMIT predictionChanged();
        return;
    }
    QString error;
    m_prediction = m_calculator->predict(currentValues(), &error);
    if (!m_prediction) {
        m_result->setText(error);
        m_factors->clear();
        Q_EMIT predictionChanged();
        return;
    }
    const analysis::Family family = m_calculator->family();
    m_result->setText(riskSentence(family, *m_prediction, outcomeName(m_model)));
    const QStringList factors = factorSentences(family, *m_prediction, 3);
    // "6.8 %" alone does not say whether that is high: the share of the children the model was
    // built on who had the outcome comes first.
    QString html;
    if (const QString comparison = comparisonSentence(); !comparison.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(comparison));
    if (factors.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(Tr::tr("All values are at their typical or reference value, so no "
                                    "factor raises or lowers the estimate.")));
    } else {
        html += QStringLiteral("<p>%1</p><ul>")
                    .arg(esc(Tr::tr("What moves the estimate most, compared with a typical "
                                    "value:")));
        for (const QString &s : factors)
            html += QStringLiteral("<li>") + esc(s) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    m_factors->setText(html);
    Q_EMIT predictionChanged();
}

QString ReviewerWindow::comparisonSentence() const
{
    const analysis::PerformanceMetrics *m
        = m_model.report.performance ? &*m_model.report.performance : nullptr;
    if (m_calculator->family() != analysis::Family::Binomial || !m || m->n <= 0)
        return {};
    return Tr::tr("For comparison: of 100 children in the data the model was built on, about %1 "
                  "had %2.")
        .arg(qRound(100 * m->events / m->n))
        .arg(outcomeName(m_model));
}

QString ReviewerWindow::resultText() const
{
    return m_result->text();
}

QString ReviewerWindow::factorsText() const
{
    return m_factors->text();
}

void ReviewerWindow::resetValues()
{
    const InputValues typical = m_calculator->typicalValues();
    for (const CalculatorInput &in : m_calculator->inputs()) {
        QWidget *w = inputWidget(in.variable);
        const QSignalBlocker blocker(w);
        if (auto combo = qobject_cast<QComboBox *>(w); combo && in.yesNo)
            combo->setCurrentIndex(typical.value(in.variable).number > 0.5 ? 1 : 0);
        else if (combo)
            combo->setCurrentIndex(std::max(0, combo->findData(typical.value(in.variable).level)));
        else if (auto spin = qobject_cast<QDoubleSpinBox *>(w))
            spin->setValue(typical.value(in.variable).number);
    }
    recalculate();
}

void ReviewerWindow::showCalculator()
{
    m_tabs->setCurrentIndex(0);
}

void ReviewerWindow::showAbout()
{
    m_tabs->setCurrentIndex(1);
}

QString ReviewerWindow::calculationText(const QDateTime &when) const
{
    if (!m_prediction)
        return {};
    QString text = m_model.description.title + QLatin1Char('\n');
    text += Tr::tr("Model design %1").arg(m_model.report.designHash) + QLatin1Char('\n');
    // When it was calculated: a saved calculation goes into a child's file.
    text += Tr::tr("Calculated on %1").arg(QLocale().toString(when, QLocale::LongFormat))
        + QLatin1Char('\n');
    const InputValues values = currentValues();
    for (const CalculatorInput &in : m_calculator->inputs()) {
        const InputValue v = values.value(in.variable);
        text += in.label + QStringLiteral(": ")
            + (in.categorical ? levelText(in, v.level)
                   : in.yesNo ? (v.number > 0.5 ? Tr::tr("Yes") : Tr::tr("No"))
                              : inputValueText(in, v.number))
            + QLatin1Char('\n');
    }
    text += riskSentence(m_calculator->family(), *m_prediction, outcomeName(m_model))
        + QLatin1Char('\n');
    if (const QString comparison = comparisonSentence(); !comparison.isEmpty())
        text += comparison + QLatin1Char('\n');
    for (const QString &s : factorSentences(m_calculator->family(), *m_prediction, 3))
        text += QStringLiteral("- ") + s + QLatin1Char('\n');
    // The file says what the estimate is not, as the screen does.
    text += QLatin1Char('\n') + caveatText() + QLatin1Char('\n');
    return text;
}

QString ReviewerWindow::caveatText()
{
    return Tr::tr("This is an estimate for children with the same values, not a diagnosis. Use "
                  "it together with your own judgement and what the family tells you.");
}

void ReviewerWindow::saveCalculation()
{
    if (!m_prediction) {
        QMessageBox::information(this, Tr::tr("Save calculation"),
                                 Tr::tr("There is no result to save: correct the values first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Save calculation"),
        // In the user's language ("berekening.txt"), as the parent sheet's name.
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + Tr::tr("calculation", "file name without extension") + QStringLiteral(".txt"),
        Tr::tr("Text file (*.txt)"));
    if (path.isEmpty())
        return;
    const QString text = calculationText();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, Tr::tr("Save failed"),
                             Tr::tr("Could not save the calculation: %1. Choose another folder "
                                    "and try again.")
                                 .arg(file.errorString()));
    }
}

QString ReviewerWindow::saveModelFile(const QString &path, const ModelSigner &signer) const
{
    return writePublishedModelFile(m_model, path, signer);
}

void ReviewerWindow::setSignerSource(SignerSource source)
{
    m_signerSource = std::move(source);
    m_saveModelFile->setVisible(bool(m_signerSource));
}

void ReviewerWindow::setOrigin(const ModelFileSignature &signature, const SitesProof &sites,
                               const QString &organisationName)
{
    const QString date
        = QLocale().toString(signature.signedAt.toLocalTime().date(), QLocale::LongFormat);
    QString text = organisationName.isEmpty()
        ? Tr::tr("Signed by %1 on %2 (key %3); not changed since.")
              .arg(signature.signer, date, keyFingerprint(signature.publicKey))
        : Tr::tr("Signed by %1 on %2 (key %3, on your organisation's list of trusted signers); "
                 "not changed since.")
              .arg(organisationName, date, keyFingerprint(signature.publicKey));
    if (sites.present && sites.problem.isEmpty()) {
        text += QLatin1Char(' ')
            + Tr::tr("The %n site(s) that computed it (%1) signed these coefficients.", "",
                     int(sites.sites.size()))
                  .arg(sites.sites.join(QStringLiteral(", ")));
    } else {
        text += QLatin1Char(' ')
            + Tr::tr("The file carries no signatures of the sites for its coefficients (a run "
                     "from before the sites signed their results): only the analyst vouches "
                     "for them.");
    }
    // A check mark before it: Fairstart checked both when it opened the file.
    m_origin->setText(QString(QChar(0x2714)) + QLatin1Char(' ') + text);
    QString tip = organisationName.isEmpty()
        ? Tr::tr("Fairstart checked the signature when it opened the file: a file "
                 "changed after it was signed is not opened. Compare the key with the "
                 "one your organisation published for %1.")
              .arg(signature.signer)
        : Tr::tr("Fairstart checked the signature when it opened the file: a file changed "
                 "after it was signed is not opened. Your organisation's administrator lists "
                 "this key as %1's; the file names its signer \"%2\".")
              .arg(organisationName, signature.signer);
    // The sites' keys, for a site's administrator to compare with their node's.
    for (qsizetype i = 0; i < sites.sites.size() && i < sites.keys.size(); ++i)
        tip += QLatin1Char('\n')
            + Tr::tr("Key of site %1: %2").arg(sites.sites.at(i), sites.keys.at(i));
    m_origin->setToolTip(tip);
    m_origin->show();
}

QString ReviewerWindow::originText() const
{
    return m_origin->isVisibleTo(this) ? m_origin->text() : QString();
}

void ReviewerWindow::saveModelFileDialog()
{
    if (!m_signerSource)
        return;
    QString problem;
    const std::optional<ModelSigner> signer = m_signerSource(&problem);
    if (!signer) {
        if (!problem.isEmpty())
            QMessageBox::warning(this, Tr::tr("Save failed"), problem);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Save model file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + publishedModelFileName(m_model),
        Tr::tr("Fairstart model (*.%1)").arg(QLatin1String(kModelFileSuffix)));
    if (path.isEmpty())
        return;
    if (const QString error = saveModelFile(path, *signer); !error.isEmpty())
        QMessageBox::warning(this, Tr::tr("Save failed"), error);
}

QString ReviewerWindow::sheetLanguage() const
{
    return m_sheetLanguage->currentData().toString();
}

void ReviewerWindow::setSheetLanguage(const QString &language)
{
    const int i = m_sheetLanguage->findData(language);
    m_sheetLanguage->setCurrentIndex(i >= 0 ? i : 0);
}

void ReviewerWindow::saveParentSheet()
{
    const QString language = sheetLanguage();
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Save parent information sheet"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
            + parentSheetFileName(language),
        Tr::tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = writeParentSheet(m_model, path, language);
    if (!error.isEmpty())
        QMessageBox::warning(this, Tr::tr("Save failed"), error);
}

} // namespace fairstart::ui
