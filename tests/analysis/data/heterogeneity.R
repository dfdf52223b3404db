# Reference values for tst_heterogeneity (Cochran's Q, I², DerSimonian–Laird τ², χ² tail).
# Run: Rscript heterogeneity.R > heterogeneity.txt (the first line records R's version; the
# reader skips lines that start with '#').
cat(paste0("# ", R.version.string, "\n"))
ref <- function(b, s) {
  w <- 1 / s^2; pooled <- sum(w * b) / sum(w); q <- sum(w * (b - pooled)^2); df <- length(b) - 1
  i2 <- max(0, (q - df) / q); tau2 <- max(0, (q - df) / (sum(w) - sum(w^2) / sum(w)))
  cat(sprintf("%.17g %.17g %.17g %.17g %.17g %.17g\n", pooled, sqrt(1 / sum(w)), q,
              pchisq(q, df, lower.tail = FALSE), i2, tau2))
}
ref(c(0.2, 0.5, 0.8), c(0.1, 0.2, 0.25))
ref(c(-0.31, -0.12, -0.45, -0.2), c(0.08, 0.11, 0.15, 0.09))
ref(c(1.0, 1.02), c(0.5, 0.6))
cat(sprintf("%.17g %.17g %.17g\n", pchisq(3.84, 1, lower.tail = FALSE),
            pchisq(10, 4, lower.tail = FALSE), pchisq(250, 30, lower.tail = FALSE)))
