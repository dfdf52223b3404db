# Reference cases for tst_separation_logisticlp (branch `logisticlp`): logistic designs whose
# outcomes are quasi-completely separated with BOTH outcomes on the face (1 above score + z = 0,
# 0 below, both on it: tst_attacks_poissonlp2 binomialMixedFace), with 0, 1, 9 or 10 records
# planted on the wrong side of it, and honest designs of the same columns; as R's glm sees them.
# Run: Rscript separation_logisticlp.R > separation_logisticlp.txt
# Output: "# R version" first; per case a line "case <name> <planted> <n> <p>", then n lines
# "x_1 .. x_p y pushed" (the design without its intercept; pushed 1 when R's fitted value is below
# 1e-6 or above 1 - 1e-6 AND its linear predictor still moves by more than 1 between 25 and 30
# iterations, as in separation_poissonlp.R: the estimate does not exist and drifts).
cat(paste0("# ", R.version.string, "\n"))
set.seed(20261207)
emit <- function(name, planted, X, y) {
  fitAt <- function(maxit)
    suppressWarnings(glm(y ~ X, family = binomial, control = glm.control(epsilon = 1e-300,
                                                                          maxit = maxit)))
  fit <- fitAt(30)
  mu <- fitted(fit)
  moving <- abs(predict(fit) - predict(fitAt(25))) > 1
  pushed <- moving & (mu < 1e-6 | mu > 1 - 1e-6)
  cat(sprintf("case %s %d %d %d\n", name, planted, nrow(X), ncol(X)))
  for (i in seq_len(nrow(X)))
    cat(paste(c(X[i, ], y[i], as.integer(pushed[i])), collapse = " "), "\n")
}
# The mixed face: score 0..40, z = -score + side, side -4..4 (score + z = side); y = 1 above the
# face, 0 below, on it half and half at random; `planted` zeros above it (side 1..4).
mixed <- function(n, planted) {
  score <- sample(0:40, n, replace = TRUE)
  side <- sample(-4:4, n, replace = TRUE)
  y <- ifelse(side > 0, 1L, ifelse(side < 0, 0L, rbinom(n, 1, 0.5)))
  if (planted > 0) {
    k <- which(side > 0)[seq_len(planted)]
    y[k] <- 0L
  }
  cbind(score = score, z = -score + side, y = y)
}
for (planted in c(0, 1, 9, 10)) {
  d <- mixed(1500, planted)
  emit("mixedface", planted, d[, 1:2], d[, 3])
}
# The same face with a third, unrelated column w (a value of its own per record).
d <- mixed(1500, 0)
emit("mixedfacew", 0, cbind(d[, 1:2], w = sample(1500)), d[, 3])
d <- mixed(1500, 1)
emit("mixedfacew", 1, cbind(d[, 1:2], w = sample(1500)), d[, 3])
# Honest outcomes over the same columns (and a steep but finite slope): the estimate exists.
for (slope in c(0.3, 1.5)) {
  score <- sample(0:40, 1500, replace = TRUE)
  z <- -score + sample(-4:4, 1500, replace = TRUE)
  y <- rbinom(1500, 1, plogis(slope * (score + z)))
  emit(if (slope < 1) "honest" else "steep", 0, cbind(score = score, z = z), y)
}
