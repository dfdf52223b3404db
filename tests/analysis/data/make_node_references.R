# SPDX-License-Identifier: GPL-3.0-or-later
# Reference values for tests/federation-client/tst_referencesovernodes: R's pooled fits of cases
# that three real fairstart-node processes (row i to site i mod 3) release under their DEFAULT
# policy, one for every case of references.txt (make_references.R). R's own sample datasets hold
# 11 to 24 records per site and a node refuses them (min-cohort, min-cell, dominance, ...); so each
# such case has a counterpart here on a simulated cohort of 3000 children (1000 per site) with the
# same kind of design. Run from this folder:  Rscript make_node_references.R
# Writes nodes_cohort.csv and node-references.txt (same line format as references.txt, plus
#   mirrors <case>          the case of references.txt this one stands in for
#   knots_source federation the knots are the ones the federation derives from the nodes'
#                           released histograms (recorded below), not R's exact quantiles
# ). Spline cases: a node releases histograms on its own lattice edges, never a record, and
# accepts only knots that are such edges, so the client places each knot at a quantile of the
# pooled histogram on a lattice common to the sites, rounded to a point that is an edge of every
# site (issue 14). For fixed data and
# policy they are deterministic; FEDERATION_KNOTS holds them exactly as the federation derived
# them (printed by tst_referencesovernodes, which asserts that they are still the same), and R
# fits Harrell's restricted cubic spline at exactly those knots (rms::rcs(x, knots), cross-checked
# below against the basis written out). Numeric filter bounds are edges of every node's
# histogram of the variable (rule filter-bound), and so are winsor bounds and a binomial outcome's
# threshold (rule breakpoint-bound, neither the highest edge; spline knots lie within the
# histogram): the test asserts that the nodes accept them.
invisible(Sys.setlocale("LC_COLLATE", "C"))   # factor levels sort byte-wise, as in the engine
options(stringsAsFactors = FALSE)
suppressPackageStartupMessages(library(rms))
ctrl <- glm.control(epsilon = 1e-14, maxit = 100)
out <- file("node-references.txt", "w")
emit <- function(...) writeLines(paste(..., sep = "\t"), out)
num <- function(x) sprintf("%.17g", x)
writeLines(c("# written by make_node_references.R",
             paste("# R:", R.version.string, "on", R.version$platform),
             paste("# packages: base and stats; rms", packageVersion("rms"),
                   "(rcs at the federation's knots, checked against the basis written out)")),
           out)

write_data <- function(df, name) {
    path <- paste0(name, ".csv")
    write.csv(df, path, row.names = FALSE, na = "NA")
    read.csv(path, stringsAsFactors = FALSE)
}

# Harrell's restricted cubic spline (rms::rcspline.eval, norm = 2) at explicit knots.
rcs_basis <- function(x, t) {
    k <- length(t)
    pos3 <- function(v) pmax(v, 0)^3
    b <- matrix(x, ncol = 1)
    for (j in 1:(k - 2)) {
        b <- cbind(b, (pos3(x - t[j]) - pos3(x - t[k - 1]) * (t[k] - t[j]) / (t[k] - t[k - 1])
                       + pos3(x - t[k]) * (t[k - 1] - t[j]) / (t[k] - t[k - 1])) / (t[k] - t[1])^2)
    }
    colnames(b) <- as.character(seq_len(k - 1))
    b
}
KNOTS <- list()
SCALING <- list()
rcs <- function(x, k) {
    t <- KNOTS[[deparse(substitute(x))]]
    stopifnot(length(t) == k)
    b <- rcs_basis(x, t)
    # The same basis from rms at the same knots: the formula's columns are rms's.
    r <- unclass(rms::rcs(x, t))
    stopifnot(max(abs(r - b)) <= 1e-9 * max(1, abs(b)))
    b
}
scale <- function(x) {
    s <- SCALING[[deparse(substitute(x))]]
    (x - s[1]) / s[2]
}

# The knots the federation derives for each spline case (tst_referencesovernodes prints and
# asserts them): quantiles of the pooled histogram of the case's cohort on the lattice common to
# the three nodes, each rounded to a point that is an edge at every node.
FEDERATION_KNOTS <- list(
    infert_spline_interaction_nodes = list(age = c(21, 46, 62, 77)),
    sim_logit_filter_nodes = list(age = c(22, 37, 50, 63, 76)),
    sim_gaussian_filter_nodes = list(age = c(26, 48, 68)))

run_case <- function(name, mirrors, df, file, family, formula, filters = list(), ridge = 0,
                     engine = formula) {
    emit("case", name)
    emit("mirrors", mirrors)
    emit("data", file)
    emit("family", family$family)
    emit("formula", engine)
    emit("sites", 3)
    if (ridge > 0) emit("ridge", num(ridge))
    keep <- rep(TRUE, nrow(df))
    for (f in filters) {
        if (!is.null(f$values)) {
            emit("filter_values", f$var, paste(f$values, collapse = "\t"))
            keep <- keep & !is.na(df[[f$var]]) & df[[f$var]] %in% f$values
        } else {
            emit("filter_range", f$var, ifelse(is.null(f$min), "NA", num(f$min)),
                 ifelse(is.null(f$max), "NA", num(f$max)))
            v <- df[[f$var]]
            keep <- keep & !is.na(v)
            if (!is.null(f$min)) keep <- keep & v >= f$min
            if (!is.null(f$max)) keep <- keep & v <= f$max
        }
    }
    fo <- as.formula(formula)
    vars <- all.vars(fo)
    d <- df[keep, , drop = FALSE]
    d <- d[complete.cases(d[, vars, drop = FALSE]), , drop = FALSE]
    splines <- regmatches(formula, gregexpr("rcs\\(([A-Za-z_.]+), ([0-9])\\)", formula))[[1]]
    if (length(splines) > 0) emit("knots_source", "federation")
    for (m in splines) {
        v <- sub("rcs\\(([A-Za-z_.]+), ([0-9])\\)", "\\1", m)
        KNOTS[[v]] <<- FEDERATION_KNOTS[[name]][[v]]
        stopifnot(!is.null(KNOTS[[v]]))
        emit("knots", v, paste(num(KNOTS[[v]]), collapse = "\t"))
    }
    for (m in regmatches(formula, gregexpr("scale\\(([A-Za-z_.]+)\\)", formula))[[1]]) {
        v <- sub("scale\\(([A-Za-z_.]+)\\)", "\\1", m)
        SCALING[[v]] <<- c(mean(d[[v]]), sd(d[[v]]))
        emit("scaling", v, num(SCALING[[v]][1]), num(SCALING[[v]][2]))
    }
    emit("n", nrow(d))
    if (ridge == 0) {
        fit <- glm(fo, data = d, family = family, control = ctrl)
        stopifnot(fit$converged)
        s <- summary(fit)$coefficients
        for (i in seq_len(nrow(s)))
            emit("term", rownames(s)[i], num(s[i, 1]), num(s[i, 2]), num(s[i, 4]))
        emit("deviance", num(fit$deviance))
        emit("null_deviance", num(fit$null.deviance))
        emit("aic", num(fit$aic))
    } else {
        # Penalised IRLS: minimises deviance/2 + lambda/2 * sum(beta[-1]^2), canonical links
        # (make_references.R's ridge_fit).
        mf <- model.frame(fo, data = d)
        X <- model.matrix(fo, mf)
        off <- model.offset(mf)
        if (is.null(off)) off <- rep(0, nrow(X))
        y <- model.response(mf)
        p <- ncol(X)
        pen <- diag(c(0, rep(ridge, p - 1)))
        beta <- rep(0, p)
        dev_old <- Inf
        for (it in 1:200) {
            eta <- drop(X %*% beta) + off
            mu <- family$linkinv(eta)
            w <- family$mu.eta(eta)^2 / family$variance(mu)
            z <- eta - off + (y - mu) / family$mu.eta(eta)
            beta <- drop(solve(crossprod(X, w * X) + pen, crossprod(X, w * z)))
            eta <- drop(X %*% beta) + off
            mu <- family$linkinv(eta)
            dev <- sum(family$dev.resids(y, mu, rep(1, length(y))))
            obj <- dev + ridge * sum(beta[-1]^2)
            if (abs(obj - dev_old) / (abs(obj) + 0.1) < 1e-15) break
            dev_old <- obj
        }
        w <- family$mu.eta(eta)^2 / family$variance(mu)
        disp <- if (family$family == "gaussian") dev / (length(y) - p) else 1
        se <- sqrt(diag(solve(crossprod(X, w * X) + pen)) * disp)
        for (i in seq_len(p)) emit("term", colnames(X)[i], num(beta[i]), num(se[i]))
        emit("deviance", num(dev))
    }
    emit("end")
}

# ---- the simulated cohort: 3000 children, 1000 per site -----------------------------------------
set.seed(20261204)
n <- 3000
co <- data.frame(
    age = round(runif(n, 18, 80), 1),
    sex = sample(c("female", "male"), n, replace = TRUE),
    region = sample(c("east", "north", "south", "west"), n, replace = TRUE,
                    prob = c(.2, .3, .3, .2)),
    bmi = round(rnorm(n, 26, 4), 2),
    smoker = rbinom(n, 1, 0.3),
    t = round(runif(n, 0.5, 5), 3))
co$log_t <- log(co$t)
reg <- c(east = 0, north = 0.2, south = -0.1, west = 0.3)[co$region]
male <- co$sex == "male"
# A count with a mean of about 8 per child: its values are many and each frequent (a Poisson
# outcome with a value held by 1-9 records at a site is refused, rule min-cell).
co$events <- rpois(n, co$t * exp(0.6 + 0.01 * (co$age - 49) + 0.3 * male + reg
                                + 0.2 * co$smoker))
# infert-like: education, parity, spontaneous and induced abortions, case status.
co$education <- sample(c("0-5yrs", "6-11yrs", "12+ yrs"), n, replace = TRUE, prob = c(.2, .4, .4))
co$parity <- sample(1:6, n, replace = TRUE, prob = c(.35, .3, .15, .1, .05, .05))
co$spontaneous <- sample(0:2, n, replace = TRUE, prob = c(.5, .3, .2))
co$induced <- sample(0:2, n, replace = TRUE, prob = c(.5, .3, .2))
co$case <- rbinom(n, 1, plogis(-1.2 + 0.015 * (co$age - 49) - 0.25 * (co$parity - 2)
                               + c(`0-5yrs` = 0.3, `6-11yrs` = 0, `12+ yrs` = -0.2)[co$education]
                               + 0.9 * co$spontaneous + 0.5 * co$induced
                               - 0.2 * co$spontaneous * co$induced))
# esoph-like: three grouped exposures and a binary outcome.
co$agegp <- sample(c("25-44", "45-54", "55-64", "65+"), n, replace = TRUE)
co$alcgp <- sample(c("0-39g", "40-79g", "80+g"), n, replace = TRUE)
co$tobgp <- sample(c("0-9g", "10-19g", "20+g"), n, replace = TRUE)
co$cancer <- rbinom(n, 1, plogis(-2 + c(`25-44` = 0, `45-54` = 0.5, `55-64` = 0.9,
                                        `65+` = 1.1)[co$agegp]
                                 + c(`0-39g` = 0, `40-79g` = 0.6, `80+g` = 1.2)[co$alcgp]
                                 + c(`0-9g` = 0, `10-19g` = 0.3, `20+g` = 0.6)[co$tobgp]))
# warpbreaks-like: two factors and a count outcome (mean 20 to 40).
co$wool <- sample(c("A", "B"), n, replace = TRUE)
co$tension <- sample(c("H", "L", "M"), n, replace = TRUE)
co$breaks <- rpois(n, exp(3.6 - 0.2 * (co$wool == "B") - 0.4 * (co$tension == "M")
                          - 0.6 * (co$tension == "H")
                          + 0.3 * (co$wool == "B") * (co$tension == "M")))
# InsectSprays-like: six sprays, a count per plot; the analysis's reference is spray C.
co$spray <- sample(LETTERS[1:6], n, replace = TRUE)
co$count <- rpois(n, c(A = 14, B = 15, C = 4, D = 6, E = 5, F = 16)[co$spray])
# ToothGrowth-like: supplement × dose (three doses), a continuous outcome.
co$supp <- sample(c("OJ", "VC"), n, replace = TRUE)
co$dose <- sample(c(0.5, 1, 2), n, replace = TRUE)
co$len <- round(8 + 9 * co$dose - 3 * (co$supp == "VC") + 1.5 * (co$supp == "VC") * co$dose
                + rnorm(n, 0, 4), 2)
# mtcars-like: a numeric code used as a factor (cylinders 4, 6, 8), scale() and log().
co$cyl <- sample(c(4, 6, 8), n, replace = TRUE, prob = c(.35, .25, .4))
co$disp <- round(exp(log(c(`4` = 105, `6` = 180, `8` = 340)[as.character(co$cyl)])
                     + rnorm(n, 0, 0.15)), 1)
co$hp <- round(0.35 * co$disp + 30 + rnorm(n, 0, 20))
co$wt <- round(1.2 + 0.0065 * co$disp + rnorm(n, 0, 0.35), 3)
co$mpg <- round(38 - 3.2 * co$wt - 0.02 * co$hp - 1.2 * (co$cyl == 6) - 2 * (co$cyl == 8)
                + rnorm(n, 0, 2.2), 1)
# A continuous outcome for the threshold and ridge cases.
co$y_cont <- round(50 + 0.3 * co$age - 2 * male + 0.5 * co$bmi + reg * 4 + rnorm(n, 0, 5), 3)
co$bmi[sample(n, 60)] <- NA
co <- write_data(co, "nodes_cohort")
co_cyl <- co
co_cyl$cyl <- as.character(co_cyl$cyl)   # factor(cyl) in the engine: levels "4", "6", "8"
co_spray <- co
co_spray$spray <- relevel(factor(co_spray$spray), ref = "C")

sim <- read.csv("simulated.csv", stringsAsFactors = FALSE)   # make_references.R's cohort
F <- "nodes_cohort.csv"

# ---- GLM cases ---------------------------------------------------------------------------------
run_case("infert_logit_nodes", "infert_logit", co, F, binomial(),
         "case ~ age + parity + education + spontaneous + induced")
run_case("infert_spline_interaction_nodes", "infert_spline_interaction", co, F, binomial(),
         "case ~ rcs(age, 4) + spontaneous * induced")
run_case("esoph_factors_nodes", "esoph_factors", co, F, binomial(),
         "cancer ~ agegp + alcgp + tobgp")
run_case("mtcars_threshold_nodes", "mtcars_threshold", co, F, binomial(), "I(y_cont > 70) ~ age")
run_case("warpbreaks_interaction_nodes", "warpbreaks_interaction", co, F, poisson(),
         "breaks ~ wool * tension")
run_case("insectsprays_reference_nodes", "insectsprays_reference", co_spray, F, poisson(),
         "count ~ spray", engine = "count ~ factor(spray, ref = \"C\")")
run_case("toothgrowth_gaussian_nodes", "toothgrowth_gaussian", co, F, gaussian(),
         "len ~ supp * dose")
run_case("mtcars_gaussian_nodes", "mtcars_gaussian", co_cyl, F, gaussian(),
         "mpg ~ wt + cyl + scale(hp) + log(disp)",
         engine = "mpg ~ wt + factor(cyl) + scale(hp) + log(disp)")
run_case("sim_poisson_offset_nodes", "sim_poisson_offset", co, F, poisson(),
         "events ~ age + sex + region + smoker + offset(log_t)")
run_case("sim_ridge_poisson_offset_nodes", "sim_ridge_poisson_offset", co, F, poisson(),
         "events ~ age + sex + region + offset(log_t)", ridge = 2)
# The two filtered spline cases on make_references.R's own cohort (simulated.csv, 1667 records
# per site): the same formulas, the knots the federation derives, and for sim_logit_filter a bmi
# bound that is an edge of every node's histogram (15, R's bound there, is none).
run_case("sim_logit_filter_nodes", "sim_logit_filter", sim, "simulated.csv", binomial(),
         "y_bin ~ rcs(age, 5) + sex + bmi + smoker + sex:smoker",
         filters = list(list(var = "region", values = c("east", "north", "south")),
                        list(var = "bmi", min = 22)))
run_case("sim_gaussian_filter_nodes", "sim_gaussian_filter", sim, "simulated.csv", gaussian(),
         "y_cont ~ rcs(age, 3) + scale(bmi) + region * sex",
         filters = list(list(var = "age", min = 20, max = 75)))
# winsor() on R's own quakes (quakes.csv, 333 or 334 records per site), the design of
# references.txt's quakes_gaussian with the bounds on every node's edges (rule breakpoint-bound):
# -30, R's lower bound of lat, is no edge at the first site (its nearest are -32 and -29), and the
# three sites' histograms of lat share one edge only (-21; steps 0.2, 0.5 and 0.5 degrees), so the
# winsorised variable is long, at 180 and 185, edges of all three histograms and the highest of
# none.
winsor <- function(x, lo, hi) pmin(pmax(x, lo), hi)
quakes <- read.csv("quakes.csv", stringsAsFactors = FALSE)
run_case("quakes_gaussian_nodes", "quakes_gaussian", quakes, "quakes.csv", gaussian(),
         "mag ~ depth + log(stations) + winsor(long, 180, 185)")
close(out)
