// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/ui/designer/propertiespanel.h"

#include "fairstart/analysis/formula.h"
#include "fairstart/ui/catalogue/cataloguemodel.h"
#include "fairstart/ui/results/format.h"
#include "fairstart/ui/tr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace fairstart::ui {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

template<typename W> W *named(W *widget, const QString &name)
{
    widget->setAccessibleName(name);
    return widget;
}

QDoubleSpinBox *numberBox(const QString &name)
{
    auto *box = named(new QDoubleSpinBox, name);
    box->setRange(-1e9, 1e9);
    box->setDecimals(3);
    return box;
}

void setCombo(QComboBox *box, const QString &value)
{
    int i = box->findData(value);
    if (i < 0 && !value.isEmpty()) {
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(std::max(i, 0));
}

} // namespace

PropertiesPanel::PropertiesPanel(DesignDocument *doc, CatalogueModel *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_catalogue(catalogue)
{
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_connected
        = named(new QCheckBox(Tr::tr("&Connected to the model")), Tr::tr("Connected to the model"));
    connect(m_connected, &QCheckBox::toggled, this, &PropertiesPanel::setConnectedToModel);

    m_pages = new QStackedWidget(this);
    auto *empty = new QLabel(Tr::tr("Select a block on the canvas to see and change its "
                                    "settings."));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(empty);
    m_pages->addWidget(buildCohortPage());
    m_pages->addWidget(buildOutcomePage());
    m_pages->addWidget(buildPredictorPage());
    m_pages->addWidget(buildInteractionPage());
    m_pages->addWidget(buildModelPage());
    m_pages->addWidget(buildEvaluationPage());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_connected);
    layout->addWidget(m_pages, 1);

    connect(doc, &DesignDocument::changed, this, &PropertiesPanel::load);
    connect(doc, &DesignDocument::reset, this, [this] { showBlock(0); });
    connect(catalogue, &QAbstractItemModel::modelReset, this, &PropertiesPanel::load);
    showBlock(0);
}

void PropertiesPanel::fillVariables(QComboBox *box, bool numericOnly)
{
    const QString current = box->currentData().toString();
    box->clear();
    box->addItem(Tr::tr("(choose a variable)"), QString());
    for (const CatalogueEntry &e : m_catalogue->entries()) {
        if (numericOnly && e.variable.type != protocol::VariableType::Numeric)
            continue;
        const QString text = e.variable.label.isEmpty()
            ? e.variable.name
            : Tr::tr("%1 — %2").arg(e.variable.name, e.variable.label);
        box->addItem(text, e.variable.name);
    }
    setCombo(box, current);
}

QWidget *PropertiesPanel::buildCohortPage()
{
    auto *page = new QWidget;
    auto *intro = new QLabel(Tr::tr("Only records that pass every filter are used. A numeric "
                                    "filter keeps values from minimum to maximum; a categorical "
                                    "one keeps the listed levels (separated by commas)."));
    intro->setWordWrap(true);
    m_filters = named(new QTableWidget(0, 4), Tr::tr("Filters"));
    m_filters->setHorizontalHeaderLabels(
        { Tr::tr("Variable"), Tr::tr("Minimum"), Tr::tr("Maximum"), Tr::tr("Levels") });
    m_filters->horizontalHeader()->setStretchLastSection(true);
    m_filters->verticalHeader()->hide();
    connect(m_filters, &QTableWidget::itemChanged, this, [this] {
        if (m_loading)
            return;
        edit([this](Block &b) {
            b.filters.clear();
            for (int r = 0; r < m_filters->rowCount(); ++r) {
                auto text = [&](int c) {
                    return m_filters->item(r, c) ? m_filters->item(r, c)->text().trimmed()
                                                 : QString();
                };
                analysis::Filter filter;
                filter.variable = text(0).toStdString();
                if (const auto lo = parseNumber(text(1)))
                    filter.min = *lo;
                if (const auto hi = parseNumber(text(2)))
                    filter.max = *hi;
                for (const QString &v : text(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    filter.values.push_back(v.trimmed().toStdString());
                b.filters.push_back(filter);
            }
        });
    });
    auto *add = new QPushButton(Tr::tr("&Add filter"));
    auto *remove = new QPushButton(Tr::tr("&Remove filter"));
    connect(add, &QPushButton::clicked, this,
            [this] { edit([](Block &b) { b.filters.push_back({}); }); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_filters->currentRow();
        edit([row](Block &b) {
            if (row >= 0 && row < int(b.filters.size()))
                b.filters.erase(b.filters.begin() + row);
            else if (!b.filters.empty())
                b.filters.pop_back();
        });
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    // The cohort pinned to the complete cases of a set of variables (ModelSpec::completeCases):
    // a series of models (add a variable, then another) then shares one cohort, where the
    // sites' differencing rule refuses models whose cohorts differ by a few records.
    auto *pinIntro = new QLabel(
        Tr::tr("Complete cases: a record missing any of these variables is left out, as if they "
               "were in the model. Pin the cohort to the variables of the largest model you "
               "plan, so that each model of the series uses the same records."));
    pinIntro->setWordWrap(true);
    m_completeCases = named(new QLineEdit, Tr::tr("Complete cases of"));
    m_completeCases->setPlaceholderText(Tr::tr("variables separated by commas"));
    connect(m_completeCases, &QLineEdit::editingFinished, this, [this] {
        std::vector<std::string> names;
        for (const QString &v :
             m_completeCases->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::string name = v.trimmed().toStdString();
            if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
        }
        edit([&names](Block &b) { b.completeCases = names; });
    });
    m_pinCohort = new QPushButton(Tr::tr("&Pin to the model's variables"));
    m_pinCohort->setToolTip(Tr::tr("Adds the model's outcome, predictors and offset to the "
                                   "complete cases."));
    connect(m_pinCohort, &QPushButton::clicked, this, [this] {
        const analysis::ModelSpec spec = m_doc->toSpec();
        std::vector<std::string> variables { spec.outcome.variable };
        for (const analysis::Predictor &p : spec.predictors)
            variables.push_back(p.variable);
        variables.push_back(spec.offset);
        edit([&variables](Block &b) {
            for (const std::string &v : variables) {
                if (!v.empty()
                    && std::find(b.completeCases.begin(), b.completeCases.end(), v)
                        == b.completeCases.end())
                    b.completeCases.push_back(v);
            }
        });
    });
    auto *unpin = new QPushButton(Tr::tr("&Unpin"));
    connect(unpin, &QPushButton::clicked, this,
            [this] { edit([](Block &b) { b.completeCases.clear(); }); });
    auto *pinButtons = new QHBoxLayout;
    pinButtons->addWidget(m_pinCohort);
    pinButtons->addWidget(unpin);
    pinButtons->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_filters, 1);
    layout->addLayout(buttons);
    layout->addWidget(pinIntro);
    layout->addWidget(m_completeCases);
    layout->addLayout(pinButtons);
    return page;
}

QWidget *PropertiesPanel::buildOutcomePage()
{
    auto *page = new QWidget;
    m_outcomeVariable = named(new QComboBox, Tr::tr("Outcome variable"));
    m_useThreshold = named(new QCheckBox(Tr::tr("Yes when above a &threshold")),
                           Tr::tr("Yes when above a threshold"));
    m_threshold = numberBox(Tr::tr("Threshold"));
    connect(m_outcomeVariable, &QComboBox::activated, this, [this] {
        edit([this](Block &b) {
            b.outcome.variable = m_outcomeVariable->currentData().toString().toStdString();
        });
    });
    connect(m_useThreshold, &QCheckBox::toggled, this, [this](bool on) {
        edit([this, on](Block &b) {
            b.outcome.threshold = on ? std::optional<double>(m_threshold->value()) : std::nullopt;
        });
    });
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (m_useThreshold->isChecked())
            edit([v](Block &b) { b.outcome.threshold = v; }, QStringLiteral("threshold"));
    });
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(Tr::tr("&Variable:"), m_outcomeVariable);
    form->addRow(m_useThreshold);
    form->addRow(Tr::tr("T&hreshold:"), m_threshold);
    return page;
}

QWidget *PropertiesPanel::buildPredictorPage()
{
    auto *page = new QWidget;
    m_variable = named(new QComboBox, Tr::tr("Predictor variable"));
    m_transform = named(new QComboBox, Tr::tr("Transformation"));
    using T = analysis::Transform;
    m_transform->addItem(Tr::tr("As is"), int(T::AsIs));
    m_transform->addItem(Tr::tr("Natural log"), int(T::Log));
    m_transform->addItem(Tr::tr("Standardised (federated mean and SD)"), int(T::Standardise));
    m_transform->addItem(Tr::tr("Restricted cubic spline"), int(T::Spline));
    m_transform->addItem(Tr::tr("Winsorised"), int(T::Winsorise));
    m_transform->addItem(Tr::tr("Categorical"), int(T::Categorical));
    m_knots = named(new QSpinBox, Tr::tr("Number of knots"));
    m_knots->setRange(3, 7);
    m_lower = numberBox(Tr::tr("Lower bound"));
    m_upper = numberBox(Tr::tr("Upper bound"));
    m_reference = named(new QComboBox, Tr::tr("Reference level"));

    connect(m_variable, &QComboBox::activated, this, [this] {
        const QString name = m_variable->currentData().toString();
        const CatalogueEntry *e = m_catalogue->entry(name);
        edit([&](Block &b) {
            b.predictor.variable = name.toStdString();
            b.predictor.reference.clear();
            if (e && e->variable.type == protocol::VariableType::Categorical)
                b.predictor.transform = T::Categorical;
            else if (b.predictor.transform == T::Categorical)
                b.predictor.transform = T::AsIs;
        });
    });
    connect(m_transform, &QComboBox::activated, this, [this] {
        const auto t = T(m_transform->currentData().toInt());
        edit([t](Block &b) {
            b.predictor.transform = t;
            b.predictor.knots = t == T::Spline ? std::max(b.predictor.knots, 4) : 0;
            if (t != T::Categorical)
                b.predictor.reference.clear();
            if (t != T::Winsorise)
                b.predictor.lower = b.predictor.upper = 0;
        });
    });
    connect(m_knots, &QSpinBox::valueChanged, this, [this](int k) {
        edit([k](Block &b) { b.predictor.knots = k; }, QStringLiteral("knots"));
    });
    connect(m_lower, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit([v](Block &b) { b.predictor.lower = v; }, QStringLiteral("lower"));
    });
    connect(m_upper, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit([v](Block &b) { b.predictor.upper = v; }, QStringLiteral("upper"));
    });
    connect(m_reference, &QComboBox::activated, this, [this] {
        edit([this](Block &b) {
            b.predictor.reference = m_reference->currentData().toString().toStdString();
        });
    });
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(Tr::tr("&Variable:"), m_variable);
    form->addRow(Tr::tr("&Transformation:"), m_transform);
    form->addRow(Tr::tr("&Knots:"), m_knots);
    form->addRow(Tr::tr("&Lower bound:"), m_lower);
    form->addRow(Tr::tr("&Upper bound:"), m_upper);
    form->addRow(Tr::tr("&Reference level:"), m_reference);
    return page;
}

QWidget *PropertiesPanel::buildInteractionPage()
{
    auto *page = new QWidget;
    m_first = named(new QComboBox, Tr::tr("First predictor"));
    m_second = named(new QComboBox, Tr::tr("Second predictor"));
    connect(m_first, &QComboBox::activated, this,
            [this] { setInteractionInput(QStringLiteral("a"), m_first->currentData().toInt()); });
    connect(m_second, &QComboBox::activated, this,
            [this] { setInteractionInput(QStringLiteral("b"), m_second->currentData().toInt()); });
    auto *note = new QLabel(Tr::tr("An interaction lets the effect of one predictor depend on "
                                   "another. Both must also be predictors of the model."));
    note->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(note);
    form->addRow(Tr::tr("&First:"), m_first);
    form->addRow(Tr::tr("&Second:"), m_second);
    return page;
}

QWidget *PropertiesPanel::buildModelPage()
{
    auto *page = new QWidget;
    m_family = named(new QComboBox, Tr::tr("Model family"));
    m_family->addItem(Tr::tr("Logistic (yes/no outcome)"), int(analysis::Family::Binomial));
    m_family->addItem(Tr::tr("Poisson (counts)"), int(analysis::Family::Poisson));
    m_family->addItem(Tr::tr("Linear (continuous outcome)"), int(analysis::Family::Gaussian));
    m_ridge = named(new QDoubleSpinBox, Tr::tr("Ridge penalty"));
    m_ridge->setRange(0, 1e6);
    m_ridge->setDecimals(4);
    m_ridge->setSingleStep(0.1);
    m_ridge->setToolTip(Tr::tr("L2 penalty on the coefficients; 0 fits a plain model."));
    m_offset = named(new QComboBox, Tr::tr("Offset"));
    connect(m_family, &QComboBox::activated, this, [this] {
        edit([this](Block &b) { b.family = analysis::Family(m_family->currentData().toInt()); });
    });
    connect(m_ridge, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit([v](Block &b) { b.ridgeLambda = v; }, QStringLiteral("ridge"));
    });
    connect(m_offset, &QComboBox::activated, this, [this] {
        edit([this](Block &b) { b.offset = m_offset->currentData().toString().toStdString(); });
    });
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(Tr::tr("&Family:"), m_family);
    form->addRow(Tr::tr("&Ridge penalty:"), m_ridge);
    form->addRow(Tr::tr("&Offset:"), m_offset);
    return page;
}

QWidget *PropertiesPanel::buildEvaluationPage()
{
    auto *page = new QWidget;
    m_auc = named(new QCheckBox(Tr::tr("&Discrimination (AUC with 95% CI)")),
                  Tr::tr("Discrimination"));
    m_brier = named(new QCheckBox(Tr::tr("&Brier score")), Tr::tr("Brier score"));
    m_calibration
        = named(new QCheckBox(Tr::tr("&Calibration (intercept and slope)")), Tr::tr("Calibration"));
    m_perSite = named(new QCheckBox(Tr::tr("&Per-site breakdown")), Tr::tr("Per-site breakdown"));
    m_thresholds = named(new QLineEdit, Tr::tr("Risk thresholds"));
    m_thresholds->setPlaceholderText(Tr::tr("e.g. %1").arg(numberListText({ 0.1, 0.2 })));
    const auto toggle = [this](QCheckBox *box, bool EvaluationSettings::*field) {
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) {
            edit([field, on](Block &b) { b.evaluation.*field = on; });
        });
    };
    toggle(m_auc, &EvaluationSettings::auc);
    toggle(m_brier, &EvaluationSettings::brier);
    toggle(m_calibration, &EvaluationSettings::calibration);
    toggle(m_perSite, &EvaluationSettings::perSite);
    connect(m_thresholds, &QLineEdit::editingFinished, this, [this] {
        QStringList leftOut;
        QList<double> values;
        for (double v : parseNumberList(m_thresholds->text(), &leftOut)) {
            if (v > 0 && v < 1)
                values.append(v);
            else
                leftOut.append(QLocale().toString(v));
        }
        // Show what was kept, and say what was not, rather than drop it without a word.
        m_thresholds->setText(numberListText(values));
        if (!leftOut.isEmpty()) {
            QToolTip::showText(
                m_thresholds->mapToGlobal(QPoint(0, m_thresholds->height())),
                Tr::tr("Left out %1: a risk threshold is a number between 0 "
                       "and 1, such as %2.")
                    .arg(leftOut.join(QStringLiteral(" ")), QLocale().toString(0.15)),
                m_thresholds);
        }
        edit([values](Block &b) { b.evaluation.thresholds = values; });
    });
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_auc);
    form->addRow(m_brier);
    form->addRow(m_calibration);
    form->addRow(m_perSite);
    form->addRow(Tr::tr("Risk &thresholds:"), m_thresholds);
    return page;
}

void PropertiesPanel::showBlock(int id)
{
    m_blockId = id;
    load();
}

void PropertiesPanel::edit(const std::function<void(Block &)> &change, const QString &mergeKey)
{
    if (m_loading)
        return;
    const Block *current = m_doc->block(m_blockId);
    if (!current)
        return;
    Block b = *current;
    change(b);
    m_doc->editBlock(b, mergeKey);
}

void PropertiesPanel::setConnectedToModel(bool on)
{
    if (m_loading)
        return;
    const Block *b = m_doc->block(m_blockId);
    const Block *model = m_doc->modelBlock();
    if (!b || !model)
        return;
    for (const PortSpec &out : portsOf(b->kind)) {
        if (out.input)
            continue;
        for (const PortSpec &in : portsOf(BlockKind::Model)) {
            if (!in.input || in.type != out.type)
                continue;
            const Link link { b->id, out.id, model->id, in.id };
            if (on) {
                QString why;
                if (!m_doc->connectPorts(link, &why)) {
                    m_state->setText(why);
                    load();
                }
            } else {
                m_doc->disconnectLink(link);
            }
            return;
        }
    }
}

void PropertiesPanel::setInteractionInput(const QString &port, int predictorBlock)
{
    if (m_loading)
        return;
    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(Tr::tr("Change interaction"));
    for (const Link &l : m_doc->linksOf(m_blockId)) {
        if (l.toBlock == m_blockId && l.toPort == port)
            m_doc->disconnectLink(l);
    }
    QString why;
    if (predictorBlock
        && !m_doc->connectPorts({ predictorBlock, QStringLiteral("term"), m_blockId, port }, &why))
        m_state->setText(why);
    undo->endMacro();
}

void PropertiesPanel::load()
{
    m_loading = true;
    const Block *b = m_doc->block(m_blockId);
    if (!b) {
        m_blockId = 0;
        m_title->setText(Tr::tr("Properties"));
        m_state->clear();
        m_connected->hide();
        m_pages->setCurrentIndex(0);
        m_loading = false;
        return;
    }
    m_title->setText(blockTitle(*b));
    switch (m_doc->blockState(b->id)) {
    case BlockState::Incomplete:
        m_state->setText(Tr::tr("Not complete yet."));
        break;
    case BlockState::Ready:
        m_state->setText(Tr::tr("Ready to run."));
        break;
    case BlockState::Ran:
        m_state->setText(Tr::tr("Ran with these settings."));
        break;
    }
    const Block *model = m_doc->modelBlock();
    const bool connectable
        = model && b->kind != BlockKind::Model && b->kind != BlockKind::Evaluation;
    m_connected->setVisible(connectable);
    if (connectable) {
        bool linked = false;
        for (const Link &l : m_doc->links())
            linked = linked || (l.fromBlock == b->id && l.toBlock == model->id);
        m_connected->setChecked(linked);
    }
    switch (b->kind) {
    case BlockKind::Cohort: {
        m_pages->setCurrentIndex(1);
        m_filters->setRowCount(int(b->filters.size()));
        for (int r = 0; r < int(b->filters.size()); ++r) {
            const analysis::Filter &f = b->filters[std::size_t(r)];
            QStringList values;
            for (const std::string &v : f.values)
                values.append(q(v));
            m_filters->setItem(r, 0, new QTableWidgetItem(q(f.variable)));
            m_filters->setItem(
                r, 1, new QTableWidgetItem(f.min ? QLocale().toString(*f.min) : QString()));
            m_filters->setItem(
                r, 2, new QTableWidgetItem(f.max ? QLocale().toString(*f.max) : QString()));
            m_filters->setItem(r, 3, new QTableWidgetItem(values.join(QStringLiteral(", "))));
        }
        QStringList cases;
        for (const std::string &v : b->completeCases)
            cases.append(q(v));
        m_completeCases->setText(cases.join(QStringLiteral(", ")));
        m_pinCohort->setEnabled(model != nullptr);
        break;
    }
    case BlockKind::Outcome:
        m_pages->setCurrentIndex(2);
        fillVariables(m_outcomeVariable, false);
        setCombo(m_outcomeVariable, q(b->outcome.variable));
        m_useThreshold->setChecked(b->outcome.threshold.has_value());
        m_threshold->setEnabled(b->outcome.threshold.has_value());
        m_threshold->setValue(b->outcome.threshold.value_or(0.0));
        break;
    case BlockKind::Predictor: {
        m_pages->setCurrentIndex(3);
        fillVariables(m_variable, false);
        setCombo(m_variable, q(b->predictor.variable));
        m_transform->setCurrentIndex(m_transform->findData(int(b->predictor.transform)));
        const auto t = b->predictor.transform;
        // Only the settings of the chosen transformation are shown: greyed-out knots and bounds
        // under "As is" read as settings that apply.
        auto *form = qobject_cast<QFormLayout *>(m_knots->parentWidget()->layout());
        form->setRowVisible(m_knots, t == analysis::Transform::Spline);
        form->setRowVisible(m_lower, t == analysis::Transform::Winsorise);
        form->setRowVisible(m_upper, t == analysis::Transform::Winsorise);
        form->setRowVisible(m_reference, t == analysis::Transform::Categorical);
        m_knots->setValue(std::clamp(b->predictor.knots, 3, 7));
        m_lower->setValue(b->predictor.lower);
        m_upper->setValue(b->predictor.upper);
        m_reference->clear();
        m_reference->addItem(Tr::tr("(first level)"), QString());
        if (const CatalogueEntry *e = m_catalogue->entry(q(b->predictor.variable))) {
            // The first level by name, as R and the design take it: with the levels listed in
            // the schema's order, "first" alone no longer says which one it is.
            if (!e->levels.isEmpty())
                m_reference->setItemText(
                    0, Tr::tr("(first level: %1)").arg(e->levelText(e->levels.first())));
            // In the order the sites' schemas declare, by their labels (issue 17); the level's
            // name is what the design stores.
            for (const protocol::CatalogueLevel &l : e->variable.levels)
                m_reference->addItem(levelDisplayText(l), l.name);
            for (const QString &level : e->levels) {
                if (m_reference->findData(level) < 0)
                    m_reference->addItem(level, level);
            }
        }
        setCombo(m_reference, q(b->predictor.reference));
        break;
    }
    case BlockKind::Interaction: {
        m_pages->setCurrentIndex(4);
        for (QComboBox *box : { m_first, m_second }) {
            box->clear();
            box->addItem(Tr::tr("(choose a predictor)"), 0);
            for (const Block &p : m_doc->blocks()) {
                if (p.kind == BlockKind::Predictor && !p.predictor.variable.empty())
                    box->addItem(q(p.predictor.variable), p.id);
            }
        }
        for (const Link &l : m_doc->linksOf(b->id)) {
            if (l.toBlock != b->id)
                continue;
            QComboBox *box = l.toPort == QLatin1String("a") ? m_first : m_second;
            box->setCurrentIndex(std::max(box->findData(l.fromBlock), 0));
        }
        break;
    }
    case BlockKind::Model:
        m_pages->setCurrentIndex(5);
        m_family->setCurrentIndex(m_family->findData(int(b->family)));
        m_ridge->setValue(b->ridgeLambda);
        fillVariables(m_offset, true);
        m_offset->setItemText(0, Tr::tr("(no offset)"));
        setCombo(m_offset, q(b->offset));
        break;
    case BlockKind::Evaluation: {
        m_pages->setCurrentIndex(6);
        m_auc->setChecked(b->evaluation.auc);
        m_brier->setChecked(b->evaluation.brier);
        m_calibration->setChecked(b->evaluation.calibration);
        m_perSite->setChecked(b->evaluation.perSite);
        m_thresholds->setText(numberListText(b->evaluation.thresholds));
        break;
    }
    }
    m_loading = false;
}

} // namespace fairstart::ui
