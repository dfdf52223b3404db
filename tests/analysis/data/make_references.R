# SPDX-License-Identifier: GPL-3.0-or-later
# Reference values for tests/analysis: pooled fits with R's glm on datasets that R ships (base
# package `datasets`) and one simulated set, plus penalised IRLS for ridge, descriptives and model
# performance. Run from this folder:  Rscript make_references.R
# Writes <dataset>.csv and references.txt. The tests read both and never need R.
#
# references.txt is line-based, fields separated by a single tab:
#   case <name>            begins a case; "end" closes it
#   data <file.csv>        family <binomial|poisson|gaussian>   sites <k>
#   formula <formula>      in the engine's grammar (formula.h); R's own is in the call below
#   ridge <lambda>         filter_range <var> <min|NA> <max|NA>   filter_values <var> <v1> <v2>...
#   knots <var> <t1>..     scaling <var> <mean> <sd>
#   term <name> <estimate> <std error> [<p-value>]   (no p-value for ridge)
#   deviance|null_deviance|aic|n <value>
#   auc_exact|delong_se|brier|cal_slope|cal_intercept|cal_large <value>   (performance cases)
#   auc_proc|delong_se_proc <value>   (the same AUC and DeLong SE from pROC)
#   describe <var> <count> <missing> <mean> <sd>    quantile <var> <q> <value>   (descriptives)
#   table <rowvar> <colvar> <rowlevel> <collevel> <count>
#   qnorm|pnorm <x> <value>   qt|pt <x> <df> <value>   (case "distributions": R's own functions)
# Numbers are written with 17 significant digits. The first lines are comments recording the R
# version and platform that wrote the file (the tests require them).
Sys.setlocale("LC_COLLATE", "C")   # factor levels sort byte-wise, as in the engine
options(stringsAsFactors = FALSE)
ctrl <- glm.control(epsilon = 1e-14, maxit = 100)
out <- file("references.txt", "w")
emit <- function(...) writeLines(paste(..., sep = "\t"), out)
num <- function(x) sprintf("%.17g", x)
writeLines(c("# written by make_references.R",
             paste("# R:", R.version.string, "on", R.version$platform),
             paste("# packages: base and stats (the spline basis is written out below);",
                   "pROC", packageVersion("pROC"), "(cross-check of the AUC)")), out)

write_data <- function(df, name) {
    path <- paste0(name, ".csv")
    write.csv(df, path, row.names = FALSE, na = "NA")
    # Fit on what the tests read, not on the in-memory values.
    read.csv(path, stringsAsFactors = FALSE)
}

# Harrell's restricted cubic spline (rms::rcspline.eval, norm = 2), written out so no package is
# needed. Knots come from KNOTS[[variable]], fixed per case before the fit.
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
rcs <- function(x, k) rcs_basis(x, KNOTS[[deparse(substitute(x))]])
scale <- function(x) {
    s <- SCALING[[deparse(substitute(x))]]
    (x - s[1]) / s[2]
}
winsor <- function(x, lo, hi) pmin(pmax(x, lo), hi)
knot_quantiles <- list(`3` = c(.10, .5, .90), `4` = c(.05, .35, .65, .95),
                       `5` = c(.05, .275, .5, .725, .95))

# Penalised IRLS: minimises deviance/2 + lambda/2 * sum(beta[-1]^2), canonical links.
ridge_fit <- function(X, y, offset, family, lambda) {
    p <- ncol(X)
    pen <- diag(c(0, rep(lambda, p - 1)))
    beta <- rep(0, p)
    dev_old <- Inf
    for (it in 1:200) {
        eta <- drop(X %*% beta) + offset
        mu <- family$linkinv(eta)
        w <- family$mu.eta(eta)^2 / family$variance(mu)
        z <- eta - offset + (y - mu) / family$mu.eta(eta)
        H <- crossprod(X, w * X) + pen
        beta <- drop(solve(H, crossprod(X, w * z)))
        eta <- drop(X %*% beta) + offset
        mu <- family$linkinv(eta)
        dev <- sum(family$dev.resids(y, mu, rep(1, length(y))))
        obj <- dev + lambda * sum(beta[-1]^2)
        if (abs(obj - dev_old) / (abs(obj) + 0.1) < 1e-15) break
        dev_old <- obj
    }
    w <- family$mu.eta(eta)^2 / family$variance(mu)
    H <- crossprod(X, w * X) + pen
    disp <- if (family$family == "gaussian") dev / (length(y) - p) else 1
    list(beta = beta, se = sqrt(diag(solve(H)) * disp), deviance = dev)
}

run_case <- function(name, df, file, family, formula, sites, filters = list(), ridge = 0,
                     performance = FALSE, engine = formula) {
    emit("case", name)
    emit("data", file)
    emit("family", family$family)
    emit("formula", engine)
    emit("sites", sites)
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
    # Resolution: knots and scaling from the records used (type-7 quantiles, SD with n - 1).
    for (m in regmatches(formula, gregexpr("rcs\\(([A-Za-z_.]+), ([0-9])\\)", formula))[[1]]) {
        v <- sub("rcs\\(([A-Za-z_.]+), ([0-9])\\)", "\\1", m)
        k <- sub("rcs\\(([A-Za-z_.]+), ([0-9])\\)", "\\2", m)
        KNOTS[[v]] <<- unname(quantile(d[[v]], knot_quantiles[[k]], type = 7))
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
        if (performance) {
            lp <- predict(fit, type = "link")
            p <- fitted(fit)
            y <- fit$y
            P <- sum(y == 1); N <- sum(y == 0)
            r <- rank(p)
            auc <- (sum(r[y == 1]) - P * (P + 1) / 2) / (P * N)
            emit("auc_exact", num(auc))
            # DeLong's variance from placement values (exact, ties counting 1/2).
            pos <- p[y == 1]; neg <- p[y == 0]
            v10 <- sapply(pos, function(s) (sum(neg < s) + 0.5 * sum(neg == s)) / N)
            v01 <- sapply(neg, function(s) (sum(pos > s) + 0.5 * sum(pos == s)) / P)
            emit("delong_se", num(sqrt(var(v10) / P + var(v01) / N)))
            # The same two numbers from pROC, an independent implementation; they must agree.
            r <- pROC::roc(y, p, levels = c(0, 1), direction = "<", quiet = TRUE)
            emit("auc_proc", num(as.numeric(pROC::auc(r))))
            emit("delong_se_proc", num(sqrt(pROC::var(r, method = "delong"))))
            stopifnot(abs(as.numeric(pROC::auc(r)) - auc) < 1e-12,
                      abs(sqrt(pROC::var(r, method = "delong")) - sqrt(var(v10) / P + var(v01) / N))
                      < 1e-12)
            emit("brier", num(mean((y - p)^2)))
            emit("cal_large", num(mean(y) - mean(p)))
            cs <- glm(y ~ lp, family = binomial, control = ctrl)
            emit("cal_slope", num(coef(cs)[2]))
            ci <- glm(y ~ 1 + offset(lp), family = binomial, control = ctrl)
            emit("cal_intercept", num(coef(ci)[1]))
        }
    } else {
        mf <- model.frame(fo, data = d)
        X <- model.matrix(fo, mf)
        off <- model.offset(mf)
        if (is.null(off)) off <- rep(0, nrow(X))
        y <- model.response(mf)
        if (is.logical(y)) y <- as.numeric(y)
        fit <- ridge_fit(X, y, off, family, ridge)
        for (i in seq_len(ncol(X))) emit("term", colnames(X)[i], num(fit$beta[i]), num(fit$se[i]))
        emit("deviance", num(fit$deviance))
    }
    emit("end")
}

# ---- datasets ----------------------------------------------------------------------------------
infert_d <- infert[, c("education", "age", "parity", "induced", "case", "spontaneous")]
infert_d$education <- as.character(infert_d$education)
infert_d <- write_data(infert_d, "infert")

es <- esoph
rows <- lapply(seq_len(nrow(es)), function(i) {
    data.frame(agegp = as.character(es$agegp[i]), alcgp = as.character(es$alcgp[i]),
               tobgp = as.character(es$tobgp[i]),
               case = c(rep(1, es$ncases[i]), rep(0, es$ncontrols[i])))
})
esoph_d <- write_data(do.call(rbind, rows), "esoph_individual")

mtcars_d <- write_data(mtcars, "mtcars")
mtcars_f <- mtcars_d
mtcars_f$cyl <- as.character(mtcars_f$cyl)   # factor(cyl) in the engine: levels "4", "6", "8"

warp_d <- warpbreaks
warp_d$wool <- as.character(warp_d$wool)
warp_d$tension <- as.character(warp_d$tension)
warp_d <- write_data(warp_d, "warpbreaks")

insect_d <- InsectSprays
insect_d$spray <- as.character(insect_d$spray)
insect_d <- write_data(insect_d, "insectsprays")
insect_f <- insect_d
insect_f$spray <- relevel(factor(insect_f$spray), ref = "C")

tooth_d <- ToothGrowth
tooth_d$supp <- as.character(tooth_d$supp)
tooth_d <- write_data(tooth_d, "toothgrowth")

quakes_d <- write_data(quakes, "quakes")

# A simulated cohort of 5000 children, fixed seed; 2% of bmi missing.
set.seed(20261122)
n <- 5000
sim <- data.frame(
    age = round(runif(n, 18, 80), 1),
    sex = sample(c("female", "male"), n, replace = TRUE),
    region = sample(c("east", "north", "south", "west"), n, replace = TRUE,
                    prob = c(.2, .3, .3, .2)),
    bmi = round(rnorm(n, 26, 4), 2),
    smoker = rbinom(n, 1, 0.3),
    t = round(runif(n, 0.5, 5), 3))
sim$log_t <- log(sim$t)
reg <- c(east = 0, north = 0.2, south = -0.1, west = 0.3)[sim$region]
sim$events <- rpois(n, sim$t * exp(-3 + 0.02 * sim$age + 0.3 * (sim$sex == "male") + reg))
sim$y_bin <- rbinom(n, 1, plogis(-5 + 0.05 * sim$age + 0.6 * sim$smoker + 0.06 * sim$bmi
                                 + 0.4 * (sim$sex == "male") * sim$smoker))
sim$y_cont <- round(50 + 0.3 * sim$age - 2 * (sim$sex == "male") + 3 * sin(sim$age / 10)
                    + 0.5 * sim$bmi + reg * 4 + rnorm(n, 0, 5), 3)
sim$bmi[sample(n, 100)] <- NA
sim <- write_data(sim, "simulated")

# ---- GLM cases ---------------------------------------------------------------------------------
run_case("infert_logit", infert_d, "infert.csv", binomial(),
         "case ~ age + parity + education + spontaneous + induced", 3)
run_case("infert_spline_interaction", infert_d, "infert.csv", binomial(),
         "case ~ rcs(age, 4) + spontaneous * induced", 2)
run_case("esoph_factors", esoph_d, "esoph_individual.csv", binomial(),
         "case ~ agegp + alcgp + tobgp", 4)
run_case("mtcars_threshold", mtcars_d, "mtcars.csv", binomial(), "I(mpg > 20) ~ wt", 2)
run_case("warpbreaks_interaction", warp_d, "warpbreaks.csv", poisson(),
         "breaks ~ wool * tension", 3)
run_case("insectsprays_reference", insect_f, "insectsprays.csv", poisson(), "count ~ spray", 2,
         engine = "count ~ factor(spray, ref = \"C\")")
run_case("toothgrowth_gaussian", tooth_d, "toothgrowth.csv", gaussian(), "len ~ supp * dose", 2)
run_case("mtcars_gaussian", mtcars_f, "mtcars.csv", gaussian(),
         "mpg ~ wt + cyl + scale(hp) + log(disp)", 2,
         engine = "mpg ~ wt + factor(cyl) + scale(hp) + log(disp)")
run_case("quakes_gaussian", quakes_d, "quakes.csv", gaussian(),
         "mag ~ depth + log(stations) + winsor(lat, -30, -15)", 5)
run_case("sim_poisson_offset", sim, "simulated.csv", poisson(),
         "events ~ age + sex + region + smoker + offset(log_t)", 4)
run_case("sim_logit_filter", sim, "simulated.csv", binomial(),
         "y_bin ~ rcs(age, 5) + sex + bmi + smoker + sex:smoker", 3,
         filters = list(list(var = "region", values = c("east", "north", "south")),
                        list(var = "bmi", min = 15)),
         performance = TRUE)
run_case("sim_gaussian_filter", sim, "simulated.csv", gaussian(),
         "y_cont ~ rcs(age, 3) + scale(bmi) + region * sex", 4,
         filters = list(list(var = "age", min = 20, max = 75)))
run_case("sim_ridge_logit", sim, "simulated.csv", binomial(),
         "y_bin ~ age + bmi + smoker + region", 3, ridge = 5)
run_case("sim_ridge_gaussian", sim, "simulated.csv", gaussian(),
         "y_cont ~ age + sex + region", 2, ridge = 10)
run_case("sim_ridge_poisson_offset", sim, "simulated.csv", poisson(),
         "events ~ age + sex + region + offset(log_t)", 3, ridge = 2)

# ---- descriptives ------------------------------------------------------------------------------
emit("case", "sim_descriptives")
emit("data", "simulated.csv")
emit("sites", 3)
for (v in c("age", "bmi", "y_cont", "t")) {
    x <- sim[[v]]
    emit("describe", v, sum(!is.na(x)), sum(is.na(x)), num(mean(x, na.rm = TRUE)),
         num(sd(x, na.rm = TRUE)))
    for (q in c(0.05, 0.25, 0.5, 0.75, 0.95))
        emit("quantile", v, num(q), num(quantile(x, q, na.rm = TRUE, type = 7)))
}
tab <- table(sim$sex, sim$region)
for (r in rownames(tab)) for (c in colnames(tab)) emit("table", "sex", "region", r, c, tab[r, c])
emit("end")

# ---- distributions -----------------------------------------------------------------------------
emit("case", "distributions")
for (x in c(0.975, 1e-10)) emit("qnorm", num(x), num(qnorm(x)))
emit("pnorm", num(-1.96), num(pnorm(-1.96)))
for (a in list(c(2, 5), c(-40, 3))) emit("pt", num(a[1]), num(a[2]), num(pt(a[1], a[2])))
emit("qt", num(0.975), num(10), num(qt(0.975, 10)))
emit("end")
close(out)
