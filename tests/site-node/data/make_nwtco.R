# SPDX-License-Identifier: GPL-3.0-or-later
# Writes nwtco.csv (survival::nwtco, the National Wilms Tumor Study, 4,028 children) and
# nwtco-glm-reference.txt (R's glm of the model tst_public_dataset fits over three sites).
#   cd tests/site-node/data && Rscript make_nwtco.R
# Needs r-base-core and r-cran-survival (Debian 12). The tests read the files and never need R.
suppressPackageStartupMessages(library(survival))
data(nwtco, package = "survival")
d <- nwtco
out <- data.frame(record_id = d$seqno, instit = d$instit, histol = d$histol, stage = d$stage,
                  study = d$study, rel = d$rel, edrel = d$edrel, age = d$age,
                  in_subcohort = as.integer(d$in.subcohort))
write.csv(out, "nwtco.csv", row.names = FALSE, quote = FALSE)

# The ordinary model: relapse by central histology (1 favourable, 2 unfavourable), stage (1-4)
# and age at diagnosis (months), on the pooled data. The test splits the children over three
# sites by record_id %% 3 and fits the same model federated.
fit <- glm(rel ~ factor(histol) + factor(stage) + age, family = binomial, data = out)
s <- summary(fit)$coefficients
con <- file("nwtco-glm-reference.txt", "w")
writeLines(c(paste("#", R.version.string),
             paste("# survival", as.character(packageVersion("survival"))),
             "# glm(rel ~ factor(histol) + factor(stage) + age, family = binomial, data = nwtco)",
             "# term estimate std_error",
             sprintf("n %d", nrow(out)),
             sprintf("deviance %.17g", deviance(fit)),
             sprintf("null_deviance %.17g", fit$null.deviance)), con)
for (i in seq_len(nrow(s)))
    writeLines(sprintf("coef %s %.17g %.17g", rownames(s)[i], s[i, 1], s[i, 2]), con)
close(con)
