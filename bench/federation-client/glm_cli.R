# SPDX-License-Identifier: GPL-3.0-or-later
# R's glm on the pooled CSV written by bench_cli_fit (y, x1..xP: the consenting rows of every
# site), with R's default control. Reading the CSV is not timed; each of REPEATS fits is.
# Prints "time SECONDS" per fit, then "coef VALUE" per coefficient (intercept first), and R's
# version on stderr.
#   Rscript glm_cli.R <pooled.csv> <repeats>
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = "numeric")
repeats <- as.integer(args[2])
f <- reformulate(setdiff(names(d), "y"), response = "y")
for (i in seq_len(repeats)) {
    t <- system.time(fit <- glm(f, family = binomial(), data = d))[["elapsed"]]
    cat(sprintf("time %.3f\n", t))
}
cat(sprintf("coef %.17g\n", coef(fit)), sep = "")
message(R.version.string)
