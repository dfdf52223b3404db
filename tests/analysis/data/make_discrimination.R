# SPDX-License-Identifier: GPL-3.0-or-later
# Writes discrimination-reference.txt (exact AUCs with pROC, net benefit with the decision-curve
# formula) and birthwt.csv, for tst_discrimination (tests/analysis) and tst_pooled_auc
# (tests/site-node). The tests read the files and never need R.
#   cd tests/analysis/data && Rscript make_discrimination.R
# Needs r-base-core, r-cran-survival, r-cran-mass and r-cran-proc (Debian 12).
# Data: survival::nwtco (National Wilms Tumor Study, 4,028 children; tests/site-node/data/
# nwtco.csv, written by make_nwtco.R) over three sites by record_id %% 3, and MASS::birthwt
# (189 births, Baystate Medical Center 1986) as one site.
suppressPackageStartupMessages({ library(survival); library(MASS); library(pROC) })
con <- file("discrimination-reference.txt", "w")
out <- function(...) writeLines(paste(...), con)
num <- function(x) paste(sprintf("%.17g", x), collapse = " ")
out("#", R.version.string)
out("# survival", as.character(packageVersion("survival")), "MASS",
    as.character(packageVersion("MASS")), "pROC", as.character(packageVersion("pROC")))
thresholds <- c(0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)
out("thresholds", num(thresholds))

# Net benefit at threshold t, treating when risk >= t (Vickers & Elkin 2006):
# NB = TP/n - FP/n * t/(1 - t); treat all: prevalence - (1 - prevalence) * t/(1 - t).
netBenefit <- function(p, y, t) {
    n <- length(y)
    c(sum(p >= t & y == 1) / n - sum(p >= t & y == 0) / n * t / (1 - t),
      mean(y) - (1 - mean(y)) * t / (1 - t))
}
describe <- function(name, p, y) {
    r <- roc(y, p, levels = c(0, 1), direction = "<", quiet = TRUE)
    out(name, "n", length(y))
    out(name, "events", sum(y))
    out(name, "auc", num(as.numeric(auc(r))))
    out(name, "auc_var_delong", num(var(r, method = "delong")))
    nb <- sapply(thresholds, function(t) netBenefit(p, y, t))
    out(name, "nb_model", num(nb[1, ]))
    out(name, "nb_all", num(nb[2, ]))
}

# nwtco: relapse by central histology, stage and age, fitted on all children.
d <- read.csv("../../site-node/data/nwtco.csv")
fit <- glm(rel ~ factor(histol) + factor(stage) + age, family = binomial, data = d)
out("nwtco beta", num(coef(fit)))
p <- fitted(fit)
site <- d$record_id %% 3
for (s in 0:2) describe(paste0("nwtco_site", s), p[site == s], d$rel[site == s])
describe("nwtco_all", p, d$rel)

# birthwt: low birth weight by the usual predictors (race as a factor, 1 = white reference).
b <- birthwt
write.csv(b[, c("low", "age", "lwt", "race", "smoke", "ptl", "ht", "ui", "ftv")],
          "birthwt.csv", row.names = FALSE, quote = FALSE)
fitb <- glm(low ~ age + lwt + factor(race) + smoke + ptl + ht + ui + ftv, family = binomial,
            data = b)
out("birthwt beta", num(coef(fitb)))
describe("birthwt", fitted(fitb), b$low)
close(con)
