// SPDX-License-Identifier: GPL-3.0-or-later
// The settings of the selected block as a form. Every change is one undo command on the document,
// so the panel holds no state of its own beyond which block it shows.
#pragma once

#include "fairstart/ui/designer/designdocument.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace fairstart::ui {

class CatalogueModel;

class PropertiesPanel : public QWidget {
    Q_OBJECT

public:
    PropertiesPanel(DesignDocument *doc, CatalogueModel *catalogue, QWidget *parent = nullptr);

    int blockId() const { return m_blockId; }

public Q_SLOTS:
    void showBlock(int id); // 0 = nothing selected

private:
    QWidget *buildCohortPage();
    QWidget *buildOutcomePage();
    QWidget *buildPredictorPage();
    QWidget *buildInteractionPage();
    QWidget *buildModelPage();
    QWidget *buildEvaluationPage();
    void load();
    void fillVariables(QComboBox *box, bool numericOnly);
    void edit(const std::function<void(Block &)> &change, const QString &mergeKey = {});
    void setConnectedToModel(bool on);
    void setInteractionInput(const QString &port, int predictorBlock);

    DesignDocument *m_doc;
    CatalogueModel *m_catalogue;
    int m_blockId = 0;
    bool m_loading = false;

    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QStackedWidget *m_pages = nullptr;
    QCheckBox *m_connected = nullptr;
    // cohort
    QTableWidget *m_filters = nullptr;
    QLineEdit *m_completeCases = nullptr; // the variables the cohort is pinned to
    QPushButton *m_pinCohort = nullptr;
    // outcome
    QComboBox *m_outcomeVariable = nullptr;
    QCheckBox *m_useThreshold = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    // predictor
    QComboBox *m_variable = nullptr;
    QComboBox *m_transform = nullptr;
    QSpinBox *m_knots = nullptr;
    QDoubleSpinBox *m_lower = nullptr;
    QDoubleSpinBox *m_upper = nullptr;
    QComboBox *m_reference = nullptr;
    // interaction
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    // model
    QComboBox *m_family = nullptr;
    QDoubleSpinBox *m_ridge = nullptr;
    QComboBox *m_offset = nullptr;
    // evaluation
    QCheckBox *m_auc = nullptr;
    QCheckBox *m_brier = nullptr;
    QCheckBox *m_calibration = nullptr;
    QCheckBox *m_perSite = nullptr;
    QLineEdit *m_thresholds = nullptr;
};

} // namespace fairstart::ui
