# Reference timing: one metafor::rma (REML) fit per group of the benchmark CSV, looped in R.
# Usage: Rscript rma-loop.R FILE.csv   -> prints "fits=N failed=M seconds=S"
suppressPackageStartupMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
start <- proc.time()[["elapsed"]]
dat <- read.csv(args[1])
failed <- 0
groups <- split(dat, factor(dat$group, levels = unique(dat$group)))
for (g in groups) {
  fit <- tryCatch(rma(yi, vi, data = g, method = "REML"), error = function(e) NULL)
  if (is.null(fit)) failed <- failed + 1
}
cat(sprintf("fits=%d failed=%d seconds=%.3f\n", length(groups), failed, proc.time()[["elapsed"]] - start))
