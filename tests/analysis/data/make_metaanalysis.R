# SPDX-License-Identifier: GPL-3.0-or-later
# Writes metaanalysis-reference.txt: random-effects meta-analyses (REML, Knapp–Hartung) of real
# published meta-analyses shipped with metafor/metadat, as metafor::rma() and predict() give
# them, plus Student t quantiles (qt/pt). tst_metaanalysis reads the file and never needs R.
#   cd tests/analysis/data && Rscript make_metaanalysis.R
# Needs r-base-core and r-cran-metafor (Debian 12: metafor 3.8-1, metadat).
suppressPackageStartupMessages(library(metafor))
con <- file("metaanalysis-reference.txt", "w")
out <- function(...) writeLines(paste(...), con)
num <- function(x) paste(sprintf("%.17g", x), collapse = " ")
out("#", R.version.string)
out("# metafor", as.character(packageVersion("metafor")), "metadat",
    as.character(packageVersion("metadat")))
out("# case NAME; y/se: the inputs; then the rma(yi, sei =, method = \"REML\", test = \"knha\")")
out("# results iterated to threshold 1e-12 (tight_*) and with metafor's default 1e-5 (default_*)")

meta <- function(name, y, se) {
    out("case", name)
    out("y", num(y))
    out("se", num(se))
    for (mode in c("tight", "default")) {
        ctrl <- if (mode == "tight") list(threshold = 1e-12, maxiter = 10000) else list()
        r <- rma(y, sei = se, method = "REML", test = "knha", control = ctrl)
        p <- predict(r)
        out(paste0(mode, "_estimate"), num(r$beta[1]))
        out(paste0(mode, "_se"), num(r$se))
        out(paste0(mode, "_ci"), num(c(r$ci.lb, r$ci.ub)))
        out(paste0(mode, "_pi"), num(c(p$pi.lb, p$pi.ub)))
        out(paste0(mode, "_tau2"), num(r$tau2))
        out(paste0(mode, "_q"), num(c(r$QE, r$QEp)))
        out(paste0(mode, "_i2"), num(r$I2 / 100))
        out(paste0(mode, "_h2"), num(r$H2))
        out(paste0(mode, "_tcrit"), num(qt(0.975, r$k - 1)))
    }
}

# BCG vaccine trials (Colditz et al. 1994): log risk ratios, 13 trials.
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
meta("bcg", as.vector(bcg$yi), sqrt(as.vector(bcg$vi)))
# Its first two trials: the smallest k (one df).
meta("bcg_two", as.vector(bcg$yi[1:2]), sqrt(as.vector(bcg$vi[1:2])))
# Length of stay, specialist vs. general care (Normand 1999): mean differences, 9 studies.
nd <- escalc(measure = "MD", m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i,
             n2i = n2i, data = dat.normand1999)
meta("normand", as.vector(nd$yi), sqrt(as.vector(nd$vi)))
# Passive smoking and lung cancer (Hackshaw et al. 1998): log odds ratios, 37 studies.
h <- dat.hackshaw1998
meta("hackshaw", as.vector(h$yi), sqrt(as.vector(h$vi)))
# Its first five studies: REML at the boundary, tau^2 = 0.
meta("hackshaw_first5", as.vector(h$yi[1:5]), sqrt(as.vector(h$vi[1:5])))

# Student t: pt and qt.
for (df in c(1, 2, 3, 4.5, 12, 36, 1000)) {
    out("qt", num(c(df, 0.975, qt(0.975, df))))
    out("qt", num(c(df, 0.005, qt(0.005, df))))
    out("pt", num(c(df, 2.1, pt(2.1, df))))
    out("pt", num(c(df, -0.3, pt(-0.3, df))))
}
close(con)
