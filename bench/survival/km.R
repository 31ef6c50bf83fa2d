# Reference timing for Kaplan-Meier with two groups and the log-rank test.
#   Rscript km.R km-10m.csv
suppressPackageStartupMessages(library(survival))
d <- read.csv(commandArgs(TRUE)[1])
fit <- survfit(Surv(time, status) ~ group, data = d)
print(summary(fit)$table)
print(survdiff(Surv(time, status) ~ group, data = d))
