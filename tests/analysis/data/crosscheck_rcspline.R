# SPDX-License-Identifier: GPL-3.0-or-later
# An independent check of the spline references. make_references.R writes Harrell's restricted
# cubic spline basis out by hand; here every case of references.txt with a "knots" line is
#  1. evaluated with Hmisc::rcspline.eval(x, knots, inclx = TRUE) (norm = 2, the basis of
#     rms::rcs, checked equal to rms::rcs(x, knots) here) on a grid over and beyond the knots,
#     written as "basis" lines that tst_glm_reference compares with the engine's rcsBasis;
#  2. refitted with glm and rms::rcs at the same knots, and its coefficients compared with the
#     ones in references.txt (stop if they differ by more than 1e-9 relative).
# Run from this folder after make_references.R:  Rscript crosscheck_rcspline.R
# Writes crosscheck_rcspline.txt (the line format of references.txt).
suppressPackageStartupMessages({
    library(Hmisc)
    library(rms)
})
invisible(Sys.setlocale("LC_COLLATE", "C"))
num <- function(x) sprintf("%.17g", x)

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
lines_of <- function(case, key) Filter(function(f) f[1] == key, case$lines)
field <- function(case, key) {
    l <- lines_of(case, key)
    if (length(l) == 0) NULL else l[[1]][-1]
}

out <- file("crosscheck_rcspline.txt", "w")
emit <- function(...) writeLines(paste(..., sep = "\t"), out)
writeLines(c("# written by crosscheck_rcspline.R from references.txt",
             paste("# R:", R.version.string, "on", R.version$platform),
             paste("# packages: Hmisc", packageVersion("Hmisc"), "rms", packageVersion("rms"))),
           out)
worst <- 0
KNOTS <- list()
SCALING <- list()
for (case in read_cases("references.txt")) {
    knots <- lines_of(case, "knots")
    if (length(knots) == 0) next
    emit("case", case$name)
    for (k in knots) {
        v <- k[2]
        t <- as.numeric(k[-(1:2)])
        KNOTS[[v]] <- t
        emit("knots", v, paste(num(t), collapse = "\t"))
        # Below the first knot, at every knot, between knots and beyond the last one.
        x <- sort(unique(c(t, seq(t[1] - 0.25 * diff(range(t)), t[length(t)] + 0.25 * diff(range(t)),
                                  length.out = 41))))
        b <- rcspline.eval(x, t, inclx = TRUE)
        stopifnot(max(abs(b - unclass(rms::rcs(x, t)))) == 0)
        for (i in seq_along(x)) emit("basis", v, num(x[i]), paste(num(b[i, ]), collapse = "\t"))
    }
    for (s in lines_of(case, "scaling")) SCALING[[s[2]]] <- as.numeric(s[3:4])
    # The engine's formula in R: rcs(v, k) -> rms::rcs(v, KNOTS$v), scale(v) with the reference's
    # mean and SD, factor(v, ref = "L") -> relevel; the spline cases use no other extension.
    f <- field(case, "formula")
    f <- gsub("rcs\\(([A-Za-z_.]+), [0-9]\\)", "rms::rcs(\\1, KNOTS[['\\1']])", f)
    f <- gsub("scale\\(([A-Za-z_.]+)\\)", "I((\\1 - SCALING[['\\1']][1]) / SCALING[['\\1']][2])", f)
    stopifnot(!grepl("factor\\(|winsor\\(", f))
    fo <- as.formula(f)
    d <- read.csv(field(case, "data"), stringsAsFactors = FALSE)
    keep <- rep(TRUE, nrow(d))
    for (fl in lines_of(case, "filter_values"))
        keep <- keep & !is.na(d[[fl[2]]]) & d[[fl[2]]] %in% fl[-(1:2)]
    for (fl in lines_of(case, "filter_range")) {
        v <- d[[fl[2]]]
        keep <- keep & !is.na(v)
        if (fl[3] != "NA") keep <- keep & v >= as.numeric(fl[3])
        if (fl[4] != "NA") keep <- keep & v <= as.numeric(fl[4])
    }
    d <- d[keep, , drop = FALSE]
    d <- d[complete.cases(d[, setdiff(all.vars(fo), c("KNOTS", "SCALING")), drop = FALSE]), , drop = FALSE]
    stopifnot(nrow(d) == as.numeric(field(case, "n")))
    fit <- glm(fo, data = d, family = get(field(case, "family"))(),
               control = glm.control(epsilon = 1e-14, maxit = 100))
    ref <- as.numeric(sapply(lines_of(case, "term"), function(l) l[3]))
    stopifnot(length(ref) == length(coef(fit)))
    worst <- max(worst, abs(coef(fit) - ref) / abs(ref))
    emit("rms_glm_formula", f)
    emit("rms_glm_largest_relative_difference", num(max(abs(coef(fit) - ref) / abs(ref))))
    emit("end")
}
close(out)
cat(sprintf("largest relative difference glm with rms::rcs vs references.txt: %.2e\n", worst))
stopifnot(worst < 1e-9)
