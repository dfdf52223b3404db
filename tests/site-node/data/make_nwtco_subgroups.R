# SPDX-License-Identifier: GPL-3.0-or-later
# Writes nwtco-subgroup-reference.txt: R's numbers for the fairness table (issue 15) of the model
# tst_public_dataset fits, rel ~ factor(histol) + factor(stage) + age on nwtco.csv split over three
# sites by record_id %% 3 (site k + 1 holds the children with record_id %% 3 == k), evaluated by
# the subgroup variable `study` (NWTS-3 and NWTS-4).
#   cd tests/site-node/data && Rscript make_nwtco_subgroups.R
# Needs r-base-core and r-cran-proc (Debian 12). The tests read the file and never need R.
#
# Per level, pooled over the sites (what client::FitReport::subgroups holds):
#   n, events, O/E = sum(y) / sum(p);
#   AUC of the level's records of all sites (pROC::roc, the pooled records), its DeLong SE and
#   95% CI (pROC::ci.auc(method = "delong"));
#   calibration slope glm(y ~ lp) and calibration-in-the-large glm(y ~ 1 + offset(lp)) fitted at
#   each site on its records of the level, pooled by inverse variance (fixed effect), with SE.
# Per level and site: n, events, O/E, AUC (exact: the site's own records), slope and intercept.
suppressPackageStartupMessages(library(pROC))
# Converged to the last digits (R's default epsilon 1e-8 leaves the SEs ~1e-6 from their limit).
tight <- glm.control(epsilon = 1e-14, maxit = 100)
d <- read.csv("nwtco.csv")
d$site <- d$record_id %% 3 + 1
fit <- glm(rel ~ factor(histol) + factor(stage) + age, family = binomial, data = d,
           control = tight)
d$lp <- predict(fit, type = "link")
d$p <- predict(fit, type = "response")

calibration <- function(x) {
    s <- summary(glm(rel ~ lp, family = binomial, data = x, control = tight))$coefficients
    i <- summary(glm(rel ~ 1 + offset(lp), family = binomial, data = x,
                     control = tight))$coefficients
    c(slope = s[2, 1], slope_se = s[2, 2], citl = i[1, 1], citl_se = i[1, 2])
}
pool <- function(est, se) {
    w <- 1 / se^2
    c(sum(w * est) / sum(w), 1 / sqrt(sum(w)))
}

con <- file("nwtco-subgroup-reference.txt", "w")
writeLines(c(paste("#", R.version.string),
             paste("# pROC", as.character(packageVersion("pROC"))),
             "# glm(rel ~ factor(histol) + factor(stage) + age, family = binomial, data = nwtco),",
             "# evaluated by study; sites: record_id %% 3 + 1 (make_nwtco_subgroups.R)",
             "# KEY value...; KEY = level LEVEL [site SITE] MEASURE"), con)
out <- function(key, ...) writeLines(paste(key, paste(sprintf("%.17g", c(...)), collapse = " ")),
                                     con)
for (level in sort(unique(d$study))) {
    x <- d[d$study == level, ]
    k <- paste("level", level)
    r <- roc(x$rel, x$p, levels = c(0, 1), direction = "<", quiet = TRUE)
    ci <- ci.auc(r, method = "delong")
    out(paste(k, "n"), nrow(x))
    out(paste(k, "events"), sum(x$rel))
    out(paste(k, "observed_expected"), sum(x$rel) / sum(x$p))
    out(paste(k, "auc"), as.numeric(auc(r)), sqrt(var(r, method = "delong")), ci[1], ci[3])
    cal <- t(sapply(split(x, x$site), calibration))
    out(paste(k, "calibration_slope"), pool(cal[, "slope"], cal[, "slope_se"]))
    out(paste(k, "calibration_in_the_large"), pool(cal[, "citl"], cal[, "citl_se"]))
    for (s in sort(unique(x$site))) {
        y <- x[x$site == s, ]
        ks <- paste(k, "site", s)
        rs <- roc(y$rel, y$p, levels = c(0, 1), direction = "<", quiet = TRUE)
        out(paste(ks, "n"), nrow(y))
        out(paste(ks, "events"), sum(y$rel))
        out(paste(ks, "observed_expected"), sum(y$rel) / sum(y$p))
        out(paste(ks, "auc"), as.numeric(auc(rs)))
        out(paste(ks, "calibration_slope"), cal[as.character(s), c("slope", "slope_se")])
        out(paste(ks, "calibration_in_the_large"), cal[as.character(s), c("citl", "citl_se")])
    }
}
close(con)
