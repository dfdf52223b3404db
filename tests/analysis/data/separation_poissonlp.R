# Reference cases for tst_separation_poissonlp: which records a separating direction pushes off,
# as R's glm sees it (their fitted values go to 0, or to 0 or 1 for a logistic model, while the
# estimates drift). Run: Rscript separation_poissonlp.R > separation_poissonlp.txt
# Output: "# R version" first; per case a line "case <family> <n> <p>", then n lines
# "x_1 .. x_p y pushed" (the design without its intercept; pushed 1 when R's fitted value is
# below 1e-6, or above 1 - 1e-6 for a logistic model, AND its linear predictor still moves by more
# than 1 between 25 and 30 iterations (R clamps fitted values at 2.2e-16 from them, near step 36,
# and the estimates stall there): a finite but extreme fit, e.g. a probability of 1 - 1e-13 at a converged
# estimate, is not pushed off).
cat(paste0("# ", R.version.string, "\n"))
set.seed(20261206)
emit <- function(family, X, y) {
  fitAt <- function(maxit)
    suppressWarnings(glm(y ~ X, family = family, control = glm.control(epsilon = 1e-300,
                                                                        maxit = maxit)))
  steps <- c(25, 30)
  fit <- fitAt(steps[2])
  mu <- fitted(fit)
  moving <- abs(predict(fit) - predict(fitAt(steps[1]))) > 1
  pushed <- moving & (if (family == "poisson") mu < 1e-6 else (mu < 1e-6 | mu > 1 - 1e-6))
  cat(sprintf("case %s %d %d\n", family, nrow(X), ncol(X)))
  for (i in seq_len(nrow(X)))
    cat(paste(c(X[i, ], y[i], as.integer(pushed[i])), collapse = " "), "\n")
}
for (k in 1:30) {
  p <- 2 + k %% 2
  n <- 40
  X <- matrix(sample(-3:3, n * p, replace = TRUE), n, p)
  b <- sample(c(-2, -1, 1, 2), p, replace = TRUE)
  eta <- as.vector(X %*% b)
  top <- eta >= quantile(eta, 0.6)
  face <- eta == max(eta[top])
  # Poisson: counts above 0 on a face (all of `top` for k %% 3 == 0, so the face is a half-space
  # boundary only when the top is one value), zeros below; every fifth case a count below too.
  kind <- k %% 5
  y <- ifelse(if (kind == 0) top else eta == max(eta), 1 + (seq_len(n) %% 3), 0)
  if (kind == 1) y[which(eta < max(eta))[1]] <- 2
  if (kind == 2) y <- rpois(n, 1.5)
  emit("poisson", X, y)
  # Logistic: ones above a threshold of Xb, zeros below, ties at the threshold mixed.
  t <- quantile(eta, 0.5)
  yb <- as.integer(eta > t)
  if (kind == 3) yb[eta == t] <- rep(c(0, 1), length.out = sum(eta == t))
  if (kind == 4) yb <- rbinom(n, 1, 0.5)
  if (kind == 1) { lo <- which(eta < t)[1]; yb[lo] <- 1L }
  emit("binomial", X, yb)
}
