// SPDX-License-Identifier: GPL-3.0-or-later
// Reviewer mode for youth-care professionals: a published model, read-only, in plain words, with
// a risk calculator for one child. Everything is computed locally: nothing is sent, and nothing
// is stored unless the user saves the calculation.
#pragma once

#include "fairstart/ui/reviewer/modelsignature.h"
#include "fairstart/ui/reviewer/publishedmodel.h"
#include "fairstart/ui/reviewer/riskcalculator.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QChartView;

namespace fairstart::ui {

class ReviewerWindow : public QWidget {
    Q_OBJECT

public:
    explicit ReviewerWindow(const PublishedModelDocument &model, QWidget *parent = nullptr);
    ~ReviewerWindow() override;

    const PublishedModelDocument &model() const { return m_model; }
    const RiskCalculator &calculator() const { return *m_calculator; }

    // The field of an input variable: a QDoubleSpinBox (numeric) or a QComboBox (categorical),
    // objectName "input:<variable>".
    QWidget *inputWidget(const QString &variable) const;
    InputValues currentValues() const;
    const std::optional<Prediction> &currentPrediction() const { return m_prediction; }
    QString resultText() const;
    QString factorsText() const;
    QString performanceText() const;

    // The language of the parent information sheet ("en", "nl", …), chosen beside its button.
    QString sheetLanguage() const;
    void setSheetLanguage(const QString &language);

    // What Save calculation writes: the model, when (`when`), the values, the estimate, what
    // moves it and the caveat. Empty without an estimate.
    QString calculationText(const QDateTime &when = QDateTime::currentDateTime()) const;
    // "This is an estimate …, not a diagnosis": under the result and in a saved calculation.
    static QString caveatText();

    // Writes the model file (modelfile.h) to path, signed by `signer`. Empty on success, else
    // what went wrong and what to do.
    QString saveModelFile(const QString &path, const ModelSigner &signer) const;
    // Where Save Model File gets the workspace's signing key (asking for the signer's name the
    // first time); nullopt and a problem when there is none. Without it (a window opened from a
    // model file: the professional has no workspace and no key) there is no Save Model File.
    using SignerSource = std::function<std::optional<ModelSigner>(QString *problem)>;
    void setSignerSource(SignerSource source);
    // A window opened from a model file: who signed it and what the sites signed, in a line
    // under the title (objectName "origin") and on the About page.
    // organisationName: the signer's name on the organisation's list of trusted signers
    // (trustedsigners.h), shown instead of the name in the file; empty when not listed.
    void setOrigin(const ModelFileSignature &signature, const SitesProof &sites,
                   const QString &organisationName = {});
    QString originText() const;

    void showCalculator();
    void showAbout();

    // Plain-language sentences (used on screen and in the saved calculation).
    // `outcome`: the outcome in plain words (outcomeName()), named in the binomial sentence.
    static QString riskSentence(analysis::Family family, const Prediction &p,
                                const QString &outcome);
    static QStringList factorSentences(analysis::Family family, const Prediction &p, int perSide);

public Q_SLOTS:
    void recalculate();
    void resetValues();
    void saveCalculation(); // asks for a file; writes the values and the result as text
    // Asks for a file and saves the model for professionals (modelfile.h): what the analyst
    // hands to the youth-care professionals who open it with File ▸ Open Model File….
    void saveModelFileDialog();
    // Asks for a file (named in the sheet's language) and writes the information sheet as PDF in
    // the language chosen beside the button (the application's by default).
    void saveParentSheet();

Q_SIGNALS:
    void predictionChanged();

private:
    // A numeric field whose text is not a value it takes (out of range, empty, being typed):
    // what to type instead; empty when every field holds a value.
    QString typingProblem() const;
    // "For comparison: of 100 children in the data the model was built on, about 12 had …"
    // (binomial models with released performance; else empty).
    QString comparisonSentence() const;
    QWidget *buildAbout();
    QWidget *buildCalculator();

    PublishedModelDocument m_model;
    std::unique_ptr<RiskCalculator> m_calculator;
    QTabWidget *m_tabs = nullptr;
    QList<QWidget *> m_inputs;
    QLabel *m_result = nullptr;
    QLabel *m_factors = nullptr;
    QLabel *m_performance = nullptr;
    QComboBox *m_sheetLanguage = nullptr;
    QPushButton *m_saveModelFile = nullptr;
    QLabel *m_origin = nullptr;
    SignerSource m_signerSource;
    std::optional<Prediction> m_prediction;
};

} // namespace fairstart::ui
