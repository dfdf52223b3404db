# SPDX-License-Identifier: GPL-3.0-or-later
# Writes validation-reference.txt: internal-external cross-validation (leave one site out) of
# rel ~ factor(histol) + factor(stage) + age on nwtco over three sites (record_id %% 3), and the
# random-effects pooling of each measure (metafor REML + Knapp-Hartung, predict() back-transformed)
# for tst_validation. The test reads the file and never needs R.
#   cd tests/analysis/data && Rscript make_validation.R
# Needs r-base-core, r-cran-survival, r-cran-proc and r-cran-metafor (Debian 12).
# Per held-out site: AUC (pROC, DeLong SE), calibration slope (glm(y ~ lp)), calibration-in-the-
# large as the calibration intercept (glm(y ~ 1 + offset(lp))), O/E = sum(y) / sum(p) with
# SE(log O/E) = sqrt((1 - O/n) / O) (Debray et al. 2017), Brier. Pooled: AUC on the logit scale
# (SE / (AUC (1 - AUC))), O/E on the log scale, the others as they are.
suppressPackageStartupMessages({ library(survival); library(pROC); library(metafor) })
# Every glm iterated to convergence: R's default (epsilon 1e-8) leaves ~1e-6 in the SEs.
tight <- glm.control(epsilon = 1e-14, maxit = 100)
con <- file("validation-reference.txt", "w")
out <- function(...) writeLines(paste(...), con)
num <- function(x) paste(sprintf("%.17g", x), collapse = " ")
out("#", R.version.string)
out("# survival", as.character(packageVersion("survival")), "pROC",
    as.character(packageVersion("pROC")), "metafor", as.character(packageVersion("metafor")))
d <- read.csv("../../site-node/data/nwtco.csv")
d$site <- d$record_id %% 3
res <- NULL
for (s in 0:2) {
    train <- d[d$site != s, ]
    test <- d[d$site == s, ]
    fit <- glm(rel ~ factor(histol) + factor(stage) + age, family = binomial, data = train,
               control = tight)
    lp <- predict(fit, newdata = test, type = "link")
    p <- plogis(lp)
    y <- test$rel
    r <- roc(y, p, levels = c(0, 1), direction = "<", quiet = TRUE)
    auc <- as.numeric(auc(r))
    aucSe <- sqrt(var(r, method = "delong"))
    slope <- summary(glm(y ~ lp, family = binomial, control = tight))$coefficients[2, 1:2]
    citl <- summary(glm(y ~ 1 + offset(lp), family = binomial,
                            control = tight))$coefficients[1, 1:2]
    o <- sum(y)
    oe <- o / sum(p)
    oeSe <- sqrt((1 - o / length(y)) / o)
    brier <- mean((y - p)^2)
    out(paste0("site", s, " beta"), num(coef(fit)))
    out(paste0("site", s, " n"), length(y))
    out(paste0("site", s, " events"), o)
    out(paste0("site", s, " auc"), num(c(auc, aucSe)))
    out(paste0("site", s, " calibration_slope"), num(slope))
    out(paste0("site", s, " calibration_in_the_large"), num(citl))
    out(paste0("site", s, " observed_expected"), num(c(oe, oeSe)))
    out(paste0("site", s, " brier"), num(brier))
    res <- rbind(res, data.frame(auc = auc, aucSe = aucSe, slope = slope[1], slopeSe = slope[2],
                                 citl = citl[1], citlSe = citl[2], oe = oe, oeSe = oeSe))
}
pool <- function(name, yi, sei, transf) {
    m <- rma(yi, sei = sei, method = "REML", test = "knha",
             control = list(threshold = 1e-12, maxiter = 10000))
    pr <- predict(m, transf = transf)
    out(paste("pooled", name), num(c(pr$pred, pr$ci.lb, pr$ci.ub, pr$pi.lb, pr$pi.ub, m$tau2)))
}
pool("auc", qlogis(res$auc), res$aucSe / (res$auc * (1 - res$auc)), plogis)
pool("calibration_slope", res$slope, res$slopeSe, function(x) x)
pool("calibration_in_the_large", res$citl, res$citlSe, function(x) x)
pool("observed_expected", log(res$oe), res$oeSe, exp)
close(con)
