# SPDX-License-Identifier: GPL-3.0-or-later
# Plots of bench_cli_fit's growth runs (JSON lines "cli_fit_sites" and "cli_fit_records") as SVG
# for docs/performance.md. Base R only (svg() needs R built with cairo, as Debian's r-base is).
#   Rscript plot_cli_fit.R <results.txt> <output dir>
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
field <- function(line, name) {
    m <- regmatches(line, regexpr(paste0('"', name, '":[-0-9.e]+'), line))
    if (length(m) == 0) NA else as.numeric(sub('.*:', '', m))
}
pick <- function(kind) lines[grepl(paste0('"bench":"', kind, '"'), lines)]
series <- function(kind, x) {
    l <- pick(kind)
    data.frame(x = sapply(l, field, x), warm = sapply(l, field, "warm_median_s"),
               cold = sapply(l, field, "cold_s"), row.names = NULL)
}
draw <- function(d, file, xlab, main, logx) {
    if (nrow(d) == 0) return(invisible())
    d <- d[order(d$x), ]
    svg(file.path(args[2], file), width = 6, height = 4)
    par(mar = c(4.5, 4.5, 2.5, 1))
    plot(d$x, d$cold, type = "b", pch = 1, log = if (logx) "x" else "",
         ylim = c(0, max(c(d$cold, d$warm), na.rm = TRUE) * 1.1),
         xlab = xlab, ylab = "fairstart-cli fit, wall seconds", main = main, xaxt = "n")
    axis(1, at = d$x, labels = format(d$x, big.mark = ",", scientific = FALSE))
    lines(d$x, d$warm, type = "b", pch = 19)
    legend("topleft", c("cold (first fit after the nodes start)", "warm (median of the warm fits)"),
           pch = c(1, 19), bty = "n")
    dev.off()
}
draw(series("cli_fit_sites", "sites"), "cli_fit_sites.svg", "sites (nodes on loopback)",
     "Growth with sites", FALSE)
draw(series("cli_fit_records", "rows_per_site"), "cli_fit_records.svg", "records per site",
     "Growth with records per site (4 sites)", TRUE)

# bench_cli_fit memory 1 N (one site, "node_memory" lines): the fit's time and the memory of node
# and CLI against the records, 10^5 ... 10^7 (issue 16: a 10^7-record site on this machine; the
# CLI's memory flat in the data size).
values <- function(line, name) {
    m <- regmatches(line, regexpr(paste0('"', name, '":\\[[-0-9.e,]*\\]'), line))
    if (length(m) == 0) return(NA)
    as.numeric(strsplit(gsub('.*\\[|\\]', '', m), ",")[[1]])
}
one <- pick("node_memory")
one <- one[sapply(one, field, "sites") == 1]
if (length(one) > 0) {
    d <- data.frame(x = sapply(one, field, "rows_per_site"), row.names = NULL)
    d$cold <- sapply(one, function(l) values(l, "fit_s")[1])
    d$warm <- sapply(one, function(l) median(values(l, "fit_s")[-1]))
    d$design <- sapply(one, field, "design_mb")
    d$rest <- sapply(one, function(l) max(values(l, "anon_after_mb")))
    d$peak <- sapply(one, function(l) max(values(l, "peak_cold_fit_mb"), values(l, "peak_warm_fits_mb")))
    d$cli <- sapply(one, function(l) max(values(l, "cli_peak_mb")))
    d <- d[order(d$x), ]
    svg(file.path(args[2], "cli_fit_records_one_site.svg"), width = 9, height = 4)
    par(mfrow = c(1, 2), mar = c(4.5, 4.5, 2.5, 1))
    labels <- format(d$x, big.mark = ",", scientific = FALSE)
    plot(d$x, d$cold, type = "b", pch = 1, log = "xy", xaxt = "n",
         ylim = range(c(d$cold, d$warm), na.rm = TRUE) * c(0.8, 1.25),
         xlab = "records (one site)", ylab = "fairstart-cli fit, wall seconds",
         main = "Time with records, one site")
    axis(1, at = d$x, labels = labels)
    lines(d$x, d$warm, type = "b", pch = 19)
    legend("topleft", c("cold (first fit after the node starts)", "warm (median of 2)"),
           pch = c(1, 19), bty = "n")
    plot(d$x, d$peak, type = "b", pch = 2, log = "xy", xaxt = "n",
         ylim = range(c(d$peak, d$cli, d$design), na.rm = TRUE) * c(0.8, 1.5),
         xlab = "records (one site)", ylab = "MiB", main = "Memory with records, one site")
    axis(1, at = d$x, labels = labels)
    lines(d$x, d$rest, type = "b", pch = 19)
    lines(d$x, d$design, type = "l", lty = 2)
    lines(d$x, d$cli, type = "b", pch = 15)
    legend("topleft", c("node peak (cold or warm fit)", "node private memory after the fits",
                        "design matrix", "fairstart-cli peak RSS"),
           pch = c(2, 19, NA, 15), lty = c(1, 1, 2, 1), bty = "n", cex = 0.8)
    dev.off()
}
