# Reference timing: R reads the CSV and fits the same Cox model (Efron ties).
#   Rscript cox.R cox-1m.csv
suppressPackageStartupMessages(library(survival))
d <- read.csv(commandArgs(TRUE)[1])
fit <- coxph(Surv(time, status) ~ x1 + x2 + x3 + x4 + x5, data = d, ties = "efron")
print(coef(fit), digits = 10)
