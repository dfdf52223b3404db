// SPDX-License-Identifier: GPL-3.0-or-later
#include "fairstart/analysis/validation.h"

#include <cmath>
#include <functional>

namespace fairstart::analysis {

double observedExpectedLogSe(double events, double n)
{
    if (!(events > 0.0) || !(n >= events))
        return std::nan("");
    return std::sqrt((1.0 - events / n) / events);
}

Result<std::vector<PooledMeasure>> poolHeldOutSites(const std::vector<HeldOutSite> &sites,
                                                    const RandomEffectsOptions &options)
{
    if (sites.size() < std::size_t(minimumValidationSites))
        return makeError(ErrorCode::InvalidArgument,
                         "Leave-one-site-out validation needs at least "
                             + std::to_string(minimumValidationSites) + " sites; "
                             + std::to_string(sites.size())
                             + " took part. Add sites, or report the apparent performance.");
    struct Measure {
        const char *name;
        const char *scale;
        std::function<double(const HeldOutSite &)> value;
        std::function<double(const HeldOutSite &)> se;
        std::function<double(double)> back;
    };
    const Measure measures[] = {
        { "auc", "logit", [](const HeldOutSite &s) { return std::log(s.auc / (1.0 - s.auc)); },
          [](const HeldOutSite &s) { return s.aucSe / (s.auc * (1.0 - s.auc)); },
          [](double x) {
              return 1.0 / (1.0 + std::exp(-x));
          } },
        { "calibration_slope", "identity", [](const HeldOutSite &s) { return s.calibrationSlope; },
          [](const HeldOutSite &s) { return s.calibrationSlopeSe; },
          [](double x) {
              return x;
          } },
        { "calibration_in_the_large", "identity",
          [](const HeldOutSite &s) { return s.calibrationInTheLarge; },
          [](const HeldOutSite &s) { return s.calibrationInTheLargeSe; },
          [](double x) {
              return x;
          } },
        { "observed_expected", "log",
          [](const HeldOutSite &s) { return std::log(s.observedExpected); },
          [](const HeldOutSite &s) { return observedExpectedLogSe(s.events, s.n); },
          [](double x) {
              return std::exp(x);
          } },
    };
    std::vector<PooledMeasure> out;
    for (const Measure &m : measures) {
        std::vector<double> y, se;
        for (const HeldOutSite &s : sites) {
            const double v = m.value(s), e = m.se(s);
            if (!std::isfinite(v) || !std::isfinite(e) || !(e > 0.0))
                return makeError(ErrorCode::NonFinite,
                                 "The held-out site " + s.heldOut + " has no usable " + m.name
                                     + " with a standard error, so it cannot be pooled.");
            y.push_back(v);
            se.push_back(e);
        }
        auto r = randomEffects(y, se, options);
        if (!r)
            return r.error();
        PooledMeasure p;
        p.measure = m.name;
        p.scale = m.scale;
        p.sites = r->sites;
        p.estimate = m.back(r->estimate);
        p.ciLower = m.back(r->ciLower);
        p.ciUpper = m.back(r->ciUpper);
        p.piLower = m.back(r->piLower);
        p.piUpper = m.back(r->piUpper);
        p.tau2 = r->tau2;
        out.push_back(p);
    }
    return out;
}

} // namespace fairstart::analysis
