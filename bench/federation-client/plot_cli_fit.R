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
