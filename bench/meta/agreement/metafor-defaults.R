# Random GEN data sets (400 groups, k = 3-15) and metafor results with DEFAULT control, one CSV per method.
# Usage (from this directory): Rscript metafor-defaults.R OUTDIR
suppressPackageStartupMessages(library(metafor))
dir <- commandArgs(trailingOnly = TRUE)[1]
set.seed(7); rows <- NULL
for (g in 1:400) { k <- sample(3:15,1); vi <- runif(k, 0.005, 0.5); yi <- rnorm(k, rnorm(1), sqrt(vi + rexp(1, sample(c(2,10,50),1))))
  rows <- rbind(rows, data.frame(group=sprintf("g%03d", g), study=paste0("s",1:k), yi=sprintf("%.17g",yi), vi=sprintf("%.17g",vi))) }
write.csv(rows, file.path(dir, "rand.csv"), row.names=FALSE, quote=FALSE)
dat <- read.csv(file.path(dir, "rand.csv"))
for (m in c("REML","ML","EB","PM","DL")) {
  out <- NULL
  for (g in unique(dat$group)) { d <- dat[dat$group==g,]
    r <- tryCatch(rma(yi, vi, data=d, method=m), error=function(e) NULL)
    if (is.null(r)) { cat(m, g, "failed\n"); next }
    ci <- tryCatch(confint(r)$random[1,2:3], error=function(e) c(NA,NA))
    eg <- tryCatch(regtest(r), error=function(e) NULL)
    pr <- predict(r)
    out <- rbind(out, data.frame(group=g, ok=TRUE, tau2=r$tau2, estimate=c(r$beta), se=r$se, p=r$pval, ci_lower=r$ci.lb, ci_upper=r$ci.ub,
      pi_lower=pr$pi.lb, pi_upper=pr$pi.ub, tau2_se=r$se.tau2, i2=r$I2, h2=r$H2, q=r$QE, tau2_ci_lo=ci[1], tau2_ci_hi=ci[2],
      egger=if (is.null(eg)) NA else eg$zval, egger_p=if (is.null(eg)) NA else eg$pval))
  }
  write.csv(out, file.path(dir, paste0("r-", m, ".csv")), row.names=FALSE)
}
