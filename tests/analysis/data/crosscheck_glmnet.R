# SPDX-License-Identifier: GPL-3.0-or-later
# An independent check of the ridge references: every "ridge" case of references.txt (written by
# make_references.R with its own penalised IRLS) refitted with glmnet's coordinate descent.
# Run from this folder after make_references.R:  Rscript crosscheck_glmnet.R
# Writes crosscheck_glmnet.txt (the line format of references.txt); tst_glm_reference compares
# the engine's federated ridge fits with it.
#
# Fairstart (and make_references.R) minimise      1/2 deviance(b) + lambda/2 * sum(b[-1]^2)
# with the intercept unpenalised and the predictors as they are (no standardisation).
# glmnet(alpha = 0, standardize = FALSE) minimises
#   binomial, poisson:  1/n * (1/2 deviance(b)) + lambda_g/2 * sum(b[-1]^2)
#     -> multiply by n: the same minimiser when lambda_g = lambda / n.
#   gaussian:           glmnet divides y by s_y = sqrt(mean((y - mean(y))^2)) (SD with denominator
#     n, even with standardize = FALSE) and, so that a lasso lambda keeps the units of y, fits
#     1/(2n) RSS(y/s_y, b') + (lambda_g/s_y)/2 |b'|^2, returning b = s_y * b'. In b that is
#     1/(2n s_y^2) RSS(y, b) + lambda_g/(2 s_y^3) |b|^2; times n s_y^2:
#     1/2 RSS + (n lambda_g / s_y)/2 |b|^2  ->  lambda_g = lambda * s_y / n.
#     (lambda / n alone, as for the other families, misses ours by up to 1e-2 relative.)
# The convergence threshold is tightened to 1e-25 (default 1e-7) so that glmnet's own stopping
# error is far below the 1e-6 compared.
suppressPackageStartupMessages(library(glmnet))
invisible(Sys.setlocale("LC_COLLATE", "C"))
num <- function(x) sprintf("%.17g", x)

# Parse references.txt into a list of cases (each a list of tab-split lines).
read_cases <- function(path) {
    cases <- list(); cur <- NULL
    for (l in readLines(path)) {
        if (l == "" || startsWith(l, "#")) next
        f <- strsplit(l, "\t", fixed = TRUE)[[1]]
        if (f[1] == "case") cur <- list(name = f[2], lines = list())
        else if (f[1] == "end") cases[[length(cases) + 1]] <- cur
        else cur$lines[[length(cur$lines) + 1]] <- f
    }
    cases
}
field <- function(case, key) {
    for (f in case$lines) if (f[1] == key) return(f[-1])
    NULL
}

out <- file("crosscheck_glmnet.txt", "w")
emit <- function(...) writeLines(paste(..., sep = "\t"), out)
writeLines(c("# written by crosscheck_glmnet.R from references.txt",
             paste("# R:", R.version.string, "on", R.version$platform),
             paste("# packages: glmnet", packageVersion("glmnet"))), out)
worst <- 0
for (case in read_cases("references.txt")) {
    if (is.null(field(case, "ridge"))) next
    stopifnot(is.null(field(case, "filter_values")), is.null(field(case, "filter_range")))
    lambda <- as.numeric(field(case, "ridge"))
    fam <- field(case, "family")
    fo <- as.formula(field(case, "formula"))   # the ridge cases use R's own formula syntax
    d <- read.csv(field(case, "data"), stringsAsFactors = FALSE)
    d <- d[complete.cases(d[, setdiff(all.vars(fo), c("KNOTS", "SCALING")), drop = FALSE]), , drop = FALSE]
    mf <- model.frame(fo, d)
    X <- model.matrix(fo, mf)
    y <- as.numeric(model.response(mf))
    off <- model.offset(mf)
    n <- nrow(X)
    lambda_g <- if (fam == "gaussian") lambda * sqrt(mean((y - mean(y))^2)) / n else lambda / n
    g <- glmnet(X[, -1, drop = FALSE], y, family = fam, alpha = 0, lambda = lambda_g,
                standardize = FALSE, intercept = TRUE, offset = off, thresh = 1e-25, maxit = 1e7)
    b <- as.vector(coef(g))
    eta <- drop(X %*% b) + (if (is.null(off)) 0 else off)
    family <- get(fam)()
    dev <- sum(family$dev.resids(y, family$linkinv(eta), rep(1, n)))
    emit("case", case$name)
    emit("ridge", num(lambda))
    emit("glmnet_lambda", num(lambda_g))
    emit("n", n)
    ref <- Filter(function(f) f[1] == "term", case$lines)
    stopifnot(length(ref) == length(b))
    for (j in seq_along(b)) {
        stopifnot(ref[[j]][2] == colnames(X)[j])
        emit("term", colnames(X)[j], num(b[j]))
        worst <- max(worst, abs(b[j] - as.numeric(ref[[j]][3])) / abs(as.numeric(ref[[j]][3])))
    }
    emit("deviance", num(dev))
    worst <- max(worst, abs(dev - as.numeric(field(case, "deviance"))) / dev)
    emit("end")
}
close(out)
cat(sprintf("largest relative difference glmnet vs references.txt: %.2e\n", worst))
stopifnot(worst < 1e-6)
