#!/usr/bin/env Rscript
# What the pooled ("all") rows' calibration of `fairstart-cli fit --subgroup VAR` is, computed
# in R from the sites' CSVs, beside R's calibration fit on the pooled records of the cell.
# Usage (the demo serving: FAIRSTART_DEMO_SERVE=1 scripts/demo build):
#   build/app/cli/fairstart-cli fit --sites build/demo/sites.json --dataset cohort \
#       --purpose research --formula "F" --subgroup VAR --format json --out X.json
#   Rscript tests/scripts/subgroup_calibration.R X.json "F" VAR EDGES build/demo/SITE.csv ...
# EDGES: "-" for a categorical or binary VAR, else the --subgroup-edges (e1,e2,...): cell i is
# [e_i, e_i+1), and the records below the first edge, at or above the last, or without a value
# are the "missing/other" cell.
# Each CSV is one site, named by its file name (SITE.csv), as in the JSON's per-site rows. The
# cohort: consent_research == 1, complete cases of the formula's variables. lp comes from R's
# glm on the pooled records (equal to the federated fit to 1e-6, compare_masked_fit.R).
# Per level of VAR (the JSON names a level by its label, so a categorical level is matched by
# its name or, failing that, by its place in the JSON's order; a numeric cell by its place):
#   site rows:  glm(y ~ lp) and glm(y ~ offset(lp)) on that site's records of the cell;
#   "all" row:  the sites' estimates combined by fixed-effect inverse-variance weights,
#               b = sum(b_s / se_s^2) / sum(1 / se_s^2), se = sum(1 / se_s^2)^(-1/2);
#   pooled GLM: glm(y ~ lp) and glm(y ~ offset(lp)) on all sites' records of the cell, which is
#               what R would call the pooled calibration; Fairstart does not compute it.
# "<-- DIFF" marks a relative difference above 1e-6 between Fairstart and what it documents;
# the last columns show how far the documented number is from the pooled GLM.
options(width = 250)
suppressMessages(library(jsonlite))
cat(R.version.string, "\n")
a <- commandArgs(TRUE)
fit <- fromJSON(a[1], simplifyVector = FALSE)
form <- a[2]
var <- a[3]
edges <- if (a[4] == "-") NULL else as.numeric(strsplit(a[4], ",")[[1]])
files <- a[-(1:4)]
d <- do.call(rbind, lapply(files, function(f) {
  x <- read.csv(f, stringsAsFactors = FALSE)
  x$.site <- sub("\\.csv$", "", basename(f))
  x
}))
d <- d[!is.na(d$consent_research) & d$consent_research == 1, ]
des <- fit$design
for (v in names(des$levels)) {
  d[[v]][d[[v]] == ""] <- NA
  d[[v]] <- factor(d[[v]], levels = unlist(des$levels[[v]]))
}
f <- as.formula(form)
d <- d[complete.cases(d[, all.vars(f)]), ]
ctl <- glm.control(epsilon = 1e-14, maxit = 100)
g <- glm(f, family = binomial(), data = d, control = ctl)
d$.y <- g$y
d$.lp <- predict(g)
cat(sprintf("pooled fit: n = %d; max |beta R - beta Fairstart| = %.3g\n", nrow(d),
            max(abs(coef(g) - sapply(fit$coefficients, function(c) c$estimate)))))
calib <- function(x) {
  s <- tryCatch(summary(glm(.y ~ .lp, family = binomial(), data = x, control = ctl))$coefficients,
                error = function(e) NULL)
  i <- tryCatch(summary(glm(.y ~ offset(.lp), family = binomial(), data = x,
                            control = ctl))$coefficients, error = function(e) NULL)
  if (is.null(s) || is.null(i) || nrow(s) < 2) return(c(NA, NA, NA, NA))
  c(s[2, 1], s[2, 2], i[1, 1], i[1, 2])
}
ivw <- function(b, se) c(sum(b / se^2) / sum(1 / se^2), sum(1 / se^2)^-0.5)
rows <- fit$subgroups$rows
stopifnot(!is.null(rows), fit$subgroups$variable == var)
jsonLevels <- unique(sapply(Filter(function(r) is.null(r$missing), rows), function(r) r$level))
values <- sort(unique(d[[var]][!is.na(d[[var]])]))
if (is.factor(d[[var]])) values <- levels(droplevels(d[[var]]))
if (is.null(edges) && is.character(d[[var]])) values <- sort(unique(d[[var]][d[[var]] != ""]))
levelOf <- function(label) {
  if (label %in% as.character(values)) return(label)
  as.character(values)[match(label, jsonLevels)]
}
rel <- function(ours, r) if (is.null(ours) || is.na(ours) || is.na(r)) NA else abs(ours - r) / max(abs(r), 1e-300)
out <- data.frame(level = character(), row = character(), measure = character(),
                  fairstart = numeric(), documented = numeric(), rel = numeric(),
                  pooled_glm = numeric(), documented_minus_pooled_glm = numeric(),
                  stringsAsFactors = FALSE)
cells <- c(jsonLevels, if (any(sapply(rows, function(r) isTRUE(r$missing)))) "(missing/other)")
for (label in cells) {
  x <- d[[var]]
  if (label == "(missing/other)") {
    value <- "other"
    inside <- if (is.null(edges)) !is.na(x) & as.character(x) %in% as.character(values) else
      !is.na(x) & x >= min(edges) & x < max(edges)
    cell <- d[!inside, ]
  } else if (!is.null(edges)) {
    i <- match(label, jsonLevels)
    value <- sprintf("[%g, %g)", edges[i], edges[i + 1])
    cell <- d[!is.na(x) & x >= edges[i] & x < edges[i + 1], ]
  } else {
    value <- levelOf(label)
    cell <- d[!is.na(x) & as.character(x) == value, ]
  }
  sites <- sort(unique(cell$.site))
  per <- t(sapply(sites, function(s) calib(cell[cell$.site == s, ])))
  pooledGlm <- calib(cell)
  documented <- if (any(is.na(per))) rep(NA, 4) else
    c(ivw(per[, 1], per[, 2]), ivw(per[, 3], per[, 4]))
  names4 <- c("calibration_slope", "calibration_slope_se", "calibration_in_the_large",
              "calibration_in_the_large_se")
  for (r in rows) {
    if (isTRUE(r$withheld)) next
    if (label == "(missing/other)" && !isTRUE(r$missing)) next
    if (label != "(missing/other)" && (isTRUE(r$missing) || r$level != label)) next
    site <- if (is.null(r$site)) "all" else r$site
    ref <- if (site == "all") documented else if (site %in% sites) per[site, ] else rep(NA, 4)
    for (k in 1:4) {
      ours <- r[[names4[k]]]
      out[nrow(out) + 1, ] <- list(sprintf("%s (%s)", label, value), site, names4[k],
                                   if (is.null(ours)) NA else ours, ref[k], rel(ours, ref[k]),
                                   if (site == "all") pooledGlm[k] else NA,
                                   if (site == "all") ref[k] - pooledGlm[k] else NA)
    }
  }
}
out$flag <- ifelse(is.na(out$rel), "", ifelse(out$rel > 1e-6, "<-- DIFF", ""))
print(out, digits = 8, row.names = FALSE)
cat(sprintf("\nrows compared: %d; above 1e-6 relative: %d\n", sum(!is.na(out$rel)),
            sum(out$rel > 1e-6, na.rm = TRUE)))
