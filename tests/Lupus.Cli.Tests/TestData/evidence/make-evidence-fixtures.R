# Reference numbers for `lupus evidence`, computed with metafor (3.8-1) from the bundled data file.
# Run from this directory:  Rscript make-evidence-fixtures.R
# The rows each analysis pools are named here explicitly (study_id, outcome, timepoint, arm); the tests check that
# the synthesis chooses the same rows, then compare every pooled number with these at 1e-6 relative.
# Writes expected-pooled.csv (one line per analysis, measure and correlation) and expected-studies.csv (yi, vi).
suppressPackageStartupMessages(library(metafor))
d <- read.csv("../../../../data/msc-sle-studies.csv", stringsAsFactors = FALSE)
pick <- function(spec) do.call(rbind, lapply(spec, function(s) {
  r <- d[d$study_id == s[1] & d$outcome == s[2] & abs(d$timepoint_months - as.numeric(s[3])) < 1e-9 & d$arm == s[4], ]
  stopifnot(nrow(r) == 1)
  r
}))
num <- function(v) if (is.null(v) || length(v) == 0 || is.na(v) || !is.finite(v)) "NA" else sprintf("%.17g", v)
pooled <- list(); studies <- list()
emit <- function(analysis, measure, r, res, back) {
  pr <- predict(res)
  pooled[[length(pooled) + 1]] <<- c(analysis, measure, r, res$k, num(c(res$beta)), num(res$se), num(res$zval), num(res$pval),
    num(res$ci.lb), num(res$ci.ub), num(pr$pi.lb), num(pr$pi.ub), num(res$tau2), num(res$I2), num(res$H2), num(res$QE), num(res$QEp),
    num(back$pred), num(back$ci.lb), num(back$ci.ub), num(back$pi.lb), num(back$pi.ub))
  for (i in seq_len(res$k)) studies[[length(studies) + 1]] <<- c(analysis, measure, r, res$slab[i], num(res$yi[i]), num(res$vi[i]))
}

continuous <- list(
  sledai = list(c("liang2010", "sledai", "12", ""), c("drumtower_uc12", "sledai", "1", ""), c("lijx2016", "sledai", "5.5", "")),
  proteinuria_24h = list(c("liang2010", "proteinuria_24h", "12", ""), c("drumtower_uc12", "proteinuria_24h", "1", "")))
for (a in names(continuous)) {
  x <- pick(continuous[[a]])
  for (r in seq(0.2, 0.8, by = 0.1)) {
    rs <- sprintf("%.1f", r)
    mc <- escalc("MC", m1i = post_mean, m2i = pre_mean, sd1i = post_sd, sd2i = pre_sd, ni = n, ri = rep(as.numeric(rs), nrow(x)), data = x, slab = study_id)
    emit(a, "MC", rs, rma(yi, vi, data = mc, method = "REML"), list())
    # SMCR standardises by the baseline SD (Becker 1988): sd1i = pre_sd, as in metafor's dat.morris2008 example.
    sm <- escalc("SMCR", m1i = post_mean, m2i = pre_mean, sd1i = pre_sd, ni = n, ri = rep(as.numeric(rs), nrow(x)), data = x, slab = study_id)
    emit(a, "SMCR", rs, rma(yi, vi, data = sm, method = "REML"), list())
  }
}

# Proportions: xi = patients with the outcome; survival counts the alive (total - deaths where only deaths are given).
proportions <- list(
  survival = list(c("wang2013", "overall_survival", "48", "", "events"), c("lijx2016", "death", "12", "", "complement"), c("deng2017", "death", "6", "msc", "complement")),
  relapse = list(c("wang2013", "relapse_overall", "48", "", "events"), c("carrion2010", "renal_flare", "4", "", "events"), c("lijx2016", "relapse", "12", "", "events")),
  complete_remission = list(c("wang2013", "complete_remission", "12", "", "events"), c("barbado2018", "complete_remission", "9", "", "events"),
    c("lijx2016", "complete_remission", "5.5", "", "events"), c("deng2017", "renal_complete_remission", "6", "msc", "events")),
  any_remission = list(c("bao2023", "sustained_renal_remission", "36", "", "events"), c("lijx2016", "renal_response_total", "5.5", "", "events"),
    c("deng2017", "renal_remission_total", "6", "msc", "events")))
for (a in names(proportions)) {
  x <- pick(proportions[[a]])
  kind <- vapply(proportions[[a]], function(s) s[5], "")
  x$xi <- ifelse(kind == "complement", x$total - x$events, x$events)
  x$ni <- x$total
  for (m in c("PLO", "PFT")) {
    es <- escalc(m, xi = xi, ni = ni, data = x, slab = study_id)
    res <- rma(yi, vi, data = es, method = "REML")
    back <- if (m == "PLO") predict(res, transf = transf.ilogit) else predict(res, transf = transf.ipft.hm, targs = list(ni = x$ni))
    emit(a, m, "NA", res, back)
  }
}

header <- c("analysis", "measure", "r", "k", "estimate", "se", "z", "p", "ci_lower", "ci_upper", "pi_lower", "pi_upper",
  "tau2", "i2", "h2", "q", "q_p", "back_estimate", "back_ci_lower", "back_ci_upper", "back_pi_lower", "back_pi_upper")
write.table(do.call(rbind, pooled), "expected-pooled.csv", sep = ",", row.names = FALSE, col.names = header, quote = FALSE)
write.table(do.call(rbind, studies), "expected-studies.csv", sep = ",", row.names = FALSE,
  col.names = c("analysis", "measure", "r", "study", "yi", "vi"), quote = FALSE)
