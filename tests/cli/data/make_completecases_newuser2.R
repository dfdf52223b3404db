#!/usr/bin/env Rscript
# R's pooled fits of a series of four models on ONE cohort (branch newuser2, tst_cli_newuser2):
# the three sites of tests/federation-client/nodecluster.h (NodeCluster::start(3, 2000): profiles
# youth-health-service, hospital and municipality with seeds 1, 2 and 3, missing values
# scattered, fairstart-node demo-data's default), the records consented for research, the complete
# cases of dev_delay_2y and the four complete-case variables — what `fairstart-cli fit
# --complete-cases birth_weight_g,apgar_5min,maternal_education,parental_stress` selects for every
# model of the series. Written with
#   for i in 1 2 3; do p=(youth-health-service hospital municipality); \
#     fairstart-node demo-data --profile ${p[i-1]} --rows 2000 --seed $i --out site$i.csv; done
#   Rscript make_completecases_newuser2.R site1.csv site2.csv site3.csv \
#     > completecases-newuser2-reference.txt
# The test never needs R.
a <- commandArgs(TRUE)
d <- do.call(rbind, lapply(a, read.csv, stringsAsFactors = FALSE, na.strings = c("", "NA")))
d <- d[!is.na(d$consent_research) & d$consent_research == 1, ]
cc <- c("dev_delay_2y", "birth_weight_g", "apgar_5min", "maternal_education", "parental_stress")
d <- d[complete.cases(d[, cc]), ]
d$maternal_education <- factor(d$maternal_education)
models <- c("dev_delay_2y ~ birth_weight_g",
            "dev_delay_2y ~ birth_weight_g + apgar_5min",
            "dev_delay_2y ~ birth_weight_g + apgar_5min + maternal_education",
            "dev_delay_2y ~ birth_weight_g + apgar_5min + maternal_education + parental_stress")
cat(sprintf("# %s; pooled rows %d\n", R.version.string, nrow(d)))
cat("# model\tterm\testimate\tstd_error\n")
for (m in models) {
  g <- glm(as.formula(m), family = binomial(), data = d,
           control = glm.control(epsilon = 1e-14, maxit = 100))
  cf <- summary(g)$coefficients
  cat(sprintf("%s\tn\t%d\t0\n", m, length(g$y)))
  cat(sprintf("%s\tdeviance\t%.17g\t0\n", m, deviance(g)))
  for (t in rownames(cf))
    cat(sprintf("%s\t%s\t%.17g\t%.17g\n", m, t, cf[t, 1], cf[t, 2]))
}
