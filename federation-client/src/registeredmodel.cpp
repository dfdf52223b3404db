// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation of a validation model that the sites' administrators registered
// (`fairstart-node models add`; docs/protocol.md, "Evaluations and calibration"). Nothing is
// fitted and no β is sent: each node evaluates its own registered copy, named by its name or
// hash. Masked (an evaluation study whose fitted study is "model:" and the model's hash) when
// the analyst holds the model's design and β to name it; plain per site otherwise.
#include "federatedrun_p.h"

#include "fairstart/client/tr.h"

#include "fairstart/protocol/codec.h"
#include "fairstart/protocol/study.h"

namespace fairstart::client {

void FederatedRun::evaluateRegistered()
{
    const RegisteredModel &model = *m_options.registeredModel;
    RunError e;
    e.phase = QStringLiteral("evaluation");
    if (model.design && model.design->spec.family != analysis::Family::Binomial) {
        e.message = Tr::tr("The model %1 is not a binomial model; only risk models can be "
                           "evaluated (AUC, Brier score, calibration).")
                        .arg(model.nameOrHash);
        fail(e);
        return;
    }
    if (model.design && model.beta.size() != model.design->termNames().size()) {
        e.message = Tr::tr("The copy of the model %1 has %2 coefficients for %3 terms; use the "
                           "file the sites registered.")
                        .arg(model.nameOrHash)
                        .arg(model.beta.size())
                        .arg(model.design->termNames().size());
        fail(e);
        return;
    }
    // The nodes offer neither calibration studies nor fits of a registered model.
    m_options.calibration = false;
    m_options.perSiteFits = false;
    m_glm = std::make_shared<Study>();
    if (model.design) {
        const QString hash = protocol::validationModelHash(*model.design, model.beta);
        if (model.nameOrHash.startsWith(QLatin1String("sha256:")) && model.nameOrHash != hash) {
            e.message = Tr::tr("The copy of the model has the hash %1, not %2 as named; use the "
                               "file the sites registered, or name the model by its hash.")
                            .arg(hash, model.nameOrHash);
            fail(e);
            return;
        }
        m_design = *model.design;
        m_spec = m_design.spec;
        m_terms = m_design.termNames();
        m_report.design = m_design;
        m_report.designHash = protocol::designHash(m_design);
        // The analyst's β is only compared with the β hash every node attests.
        analysis::GlmResult result;
        result.family = analysis::Family::Binomial;
        result.beta
            = Eigen::Map<const Eigen::VectorXd>(model.beta.data(), Eigen::Index(model.beta.size()));
        m_glm->result = std::move(result);
        m_glm->hash = QStringLiteral("model:") + hash;
    } else if (m_mode == QLatin1String("masked")) {
        e.message = Tr::tr("A masked evaluation of the registered model %1 needs your copy of "
                           "the model (its design and β; with fairstart-cli, --model-file): "
                           "the sites' common study names the model's design and hash. Give "
                           "it, or ask for the per-site evaluation with --mode plain where the "
                           "sites allow plain mode.")
                        .arg(model.nameOrHash);
        fail(e);
        return;
    }
    m_parts = 1; // the evaluation is the run's only part
    evaluate();
}

} // namespace fairstart::client
