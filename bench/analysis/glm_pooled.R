# SPDX-License-Identifier: GPL-3.0-or-later
# R's glm on the pooled rows written by bench_analysis_fit; prints one JSON line with the time,
# the ratio to the federated fit and the largest relative difference of the estimates.
#   Rscript glm_pooled.R <dir> <n> <p> <federated seconds>
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; n <- as.integer(args[2]); p <- as.integer(args[3]); fed <- as.numeric(args[4])
X <- matrix(readBin(file.path(dir, "x.bin"), "double", n * p), n, p)
y <- readBin(file.path(dir, "y.bin"), "double", n)
beta <- readBin(file.path(dir, "beta.bin"), "double", p)
Xs <- X[, -1]
t <- system.time(fit <- glm(y ~ Xs, family = binomial(),
                            control = glm.control(epsilon = 1e-10, maxit = 25)))[["elapsed"]]
diff <- max(abs(coef(fit) - beta) / abs(coef(fit)))
cat(sprintf(paste0('{"bench":"r_glm_pooled","n":%d,"p":%d,"iterations":%d,"glm_s":%.3f,',
                   '"federated_s":%.3f,"r_over_federated":%.2f,"max_rel_diff_estimates":%.2e}\n'),
            n, p, fit$iter, t, fed, t / fed, diff))
