# Reference numbers for the meta-analysis engine, computed with metafor (3.8-1) on published data (metadat 1.2-0).
# Run from this directory:  Rscript make-fixtures.R
# Writes the input CSVs (*.csv) and one expected-result file per case (expected/<case>.json).
# Everything runs with metafor's default control: the engine reproduces its stopping rules (Fisher scoring stopped at
# a change below 1e-5, uniroot with tol = .Machine$double.eps^0.25 on metafor's default intervals).
suppressPackageStartupMessages(library(metafor))
dir.create("expected", showWarnings = FALSE)

num <- function(v) if (is.null(v) || is.na(v) || !is.finite(v)) "null" else sprintf("%.17g", v)
tojson <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (length(x) == 0) return("[]")
    parts <- vapply(x, tojson, "")
    if (!is.null(names(x))) return(paste0("{", paste0('"', names(x), '":', parts, collapse = ","), "}"))
    return(paste0("[", paste0(parts, collapse = ","), "]"))
  }
  if (is.character(x)) return(if (length(x) == 1) paste0('"', x, '"') else paste0("[", paste0('"', x, '"', collapse = ","), "]"))
  if (is.logical(x) && length(x) == 1 && !is.na(x)) return(tolower(as.character(x)))
  if (length(x) == 1) return(num(x))
  paste0("[", paste0(vapply(x, num, ""), collapse = ","), "]")
}
write_case <- function(name, csv, args, expected)
  writeLines(tojson(list(csv = csv, args = args, expected = expected)), file.path("expected", paste0(name, ".json")))
rows <- function(...) { cols <- list(...); lapply(seq_along(cols[[1]]), function(i) lapply(cols, function(c) c[[i]])) }

back <- function(res, measure, dat) {
  tr <- switch(measure, RR = , OR = , ROM = list(f = exp, a = NULL), PLO = list(f = transf.ilogit, a = NULL),
               PFT = list(f = transf.ipft.hm, a = list(ni = dat$ni[res$not.na])), NULL)
  if (is.null(tr)) return(NULL)
  pr <- predict(res, transf = tr$f, targs = tr$a)
  fe <- isTRUE(res$method %in% c("FE", "EE")) || inherits(res, c("rma.mh", "rma.peto"))
  list(estimate = pr$pred, ci_lower = pr$ci.lb, ci_upper = pr$ci.ub,
       pi_lower = if (fe) NULL else pr$pi.lb, pi_upper = if (fe) NULL else pr$pi.ub)
}

summ <- function(res, measure, dat) {
  fe <- res$method %in% c("FE", "EE")
  pr <- predict(res)
  ci <- if (!fe && res$k > res$p) unname(confint(res)$random[1, 2:3]) else NULL
  eg <- if (res$k >= 3) { r <- regtest(res); list(statistic = r$zval, p = r$pval) } else NULL
  list(k = res$k, measure = measure, method = res$method, test = res$test, estimate = c(res$beta), se = res$se,
       statistic = res$zval, p = res$pval, ci_lower = res$ci.lb, ci_upper = res$ci.ub,
       pi_lower = if (fe) NULL else pr$pi.lb, pi_upper = if (fe) NULL else pr$pi.ub,
       tau2 = res$tau2, tau2_se = if (fe) NULL else res$se.tau2, tau2_ci = ci, i2 = res$I2, h2 = res$H2,
       q = res$QE, q_df = res$k - res$p, q_p = res$QEp, egger = eg, transformed = back(res, measure, dat),
       studies = rows(study = as.character(dat$study[res$not.na]), yi = c(res$yi), vi = res$vi, weight = unname(weights(res))))
}

fields <- function(x, study) rows(study = as.character(study), estimate = x$estimate, se = x$se,
  statistic = if (is.null(x$zval)) x$tval else x$zval,
  p = x$pval, ci_lower = x$ci.lb, ci_upper = x$ci.ub, q = x$Q, q_p = x$Qp, tau2 = x$tau2, i2 = x$I2, h2 = x$H2)

# One case: escalc + rma with the CLI's options, plus the extras asked for.
es <- function(measure, dat, cols) do.call(escalc, c(list(measure = measure, data = dat), lapply(cols, as.name)))
run <- function(name, csv, dat, measure, cols, method = "REML", test = "z", level = 95, extra = character()) {
  d <- es(measure, dat, cols)
  res <- rma(yi, vi, data = d, method = method, test = test, level = level)
  e <- summ(res, measure, d)
  if ("--loo" %in% extra) e$loo <- fields(leave1out(res), d$study[res$not.na])
  if ("--cumulative" %in% extra) e$cumulative <- fields(cumul(res), d$study[res$not.na])
  if ("--trimfill" %in% extra) {
    tf <- trimfill(res)
    e$trimfill <- list(k0 = tf$k0, side = tf$side, k = tf$k, estimate = c(tf$beta), se = tf$se, statistic = tf$zval,
                       p = tf$pval, ci_lower = tf$ci.lb, ci_upper = tf$ci.ub, tau2 = tf$tau2)
  }
  args <- c("--measure", measure, "--method", method, "--test", test, "--level", as.character(level), extra)
  write_case(name, csv, args, e)
}

subgroup <- function(name, csv, dat, measure, cols, col, method = "REML", test = "z") {
  d <- es(measure, dat, cols)
  groups <- unique(as.character(d[[col]]))
  fits <- lapply(groups, function(g) rma(yi, vi, data = d[d[[col]] == g, ], method = method, test = test))
  between <- rma(sapply(fits, function(f) c(f$beta)), sei = sapply(fits, function(f) f$se), method = "FE")
  e <- summ(rma(yi, vi, data = d, method = method, test = test), measure, d)
  e$subgroups <- list(groups = lapply(seq_along(groups), function(i) list(group = groups[i], k = fits[[i]]$k,
      estimate = c(fits[[i]]$beta), se = fits[[i]]$se, ci_lower = fits[[i]]$ci.lb, ci_upper = fits[[i]]$ci.ub,
      tau2 = fits[[i]]$tau2, i2 = fits[[i]]$I2, q = fits[[i]]$QE)),
    test = list(q = between$QE, df = between$k - 1, p = between$QEp))
  write_case(name, csv, c("--measure", measure, "--method", method, "--test", test, "--subgroup", col), e)
}

modreg <- function(name, csv, dat, measure, cols, mods, method = "REML", test = "z") {
  d <- es(measure, dat, cols)
  res <- rma(yi, vi, mods = as.formula(paste("~", paste(mods, collapse = "+"))), data = d, method = method, test = test)
  e <- summ(rma(yi, vi, data = d, method = method, test = test), measure, d)
  e$meta_regression <- list(k = res$k, coefficients = rows(name = rownames(res$beta), estimate = c(res$beta), se = res$se,
      statistic = res$zval, p = res$pval, ci_lower = res$ci.lb, ci_upper = res$ci.ub),
    qm = res$QM, qm_df = res$QMdf[1], qm_p = res$QMp, qe = res$QE, qe_df = res$k - res$p, qe_p = res$QEp,
    r2 = if (method == "FE") NULL else res$R2, tau2 = res$tau2, i2 = res$I2, h2 = res$H2)
  write_case(name, csv, c("--measure", measure, "--method", method, "--test", test, "--mods", paste(mods, collapse = ",")), e)
}

pooled <- function(name, csv, dat, measure, cols, method, level = 95) {
  a <- c(list(data = dat, level = level), lapply(cols, as.name))
  res <- if (method == "MH") do.call(rma.mh, c(list(measure = measure), a)) else do.call(rma.peto, a)
  e <- list(k = res$k, measure = measure, method = method, estimate = c(res$beta), se = res$se, statistic = res$zval,
    p = res$pval, ci_lower = res$ci.lb, ci_upper = res$ci.ub, pi_lower = NULL, pi_upper = NULL, tau2 = 0, tau2_se = NULL,
    tau2_ci = NULL, i2 = res$I2, h2 = res$H2, q = res$QE, q_p = res$QEp, egger = NULL, transformed = back(res, measure, dat),
    studies = rows(study = as.character(dat$study), weight = unname(weights(res))))
  write_case(name, csv, c("--measure", measure, "--method", method, "--level", as.character(level)), e)
}

# --- Data ---------------------------------------------------------------------------------------------------------
bcg <- with(dat.bcg, data.frame(study = paste(author, year), ai = tpos, bi = tneg, ci = cpos, di = cneg, ablat, year, alloc))
write.csv(bcg, "bcg.csv", row.names = FALSE, quote = FALSE)
bcg_na <- bcg; bcg_na$ai[3] <- NA; bcg_na$ablat[5] <- NA
write.csv(bcg_na, "bcg-missing.csv", row.names = FALSE, quote = FALSE, na = "")
niel <- with(dat.nielweise2007, data.frame(study = paste(author, year), ai, n1i, ci, n2i))
write.csv(niel, "nielweise2007.csv", row.names = FALSE, quote = FALSE)
normand <- with(dat.normand1999, data.frame(study = source, m1i, sd1i, n1i, m2i, sd2i, n2i))
write.csv(normand, "normand1999.csv", row.names = FALSE, quote = FALSE)
pritz <- with(dat.pritz1997, data.frame(study = paste0("S", study), xi, ni))
write.csv(pritz, "pritz1997.csv", row.names = FALSE, quote = FALSE)
# Morris (2008), Table 2, treatment groups: post (m1i) and pre (m2i) means, SDs, n and pre-post correlation.
morris <- data.frame(study = paste0("M", 1:5), m1i = c(38.5, 26.8, 0.7, 75.9, 36.0), m2i = c(30.6, 23.5, 0.5, 53.4, 35.6),
  sd1i = c(11.6, 4.1, 0.1, 4.4, 4.6), sd2i = c(15.0, 3.1, 0.1, 14.5, 4.7), ni = c(20, 50, 9, 10, 14), ri = c(0.47, 0.64, 0.77, 0.89, 0.44))
write.csv(morris, "morris2008.csv", row.names = FALSE, quote = FALSE)
morris_ri <- morris; morris_ri$ri[c(2, 4)] <- NA
write.csv(morris_ri, "morris2008-ri.csv", row.names = FALSE, quote = FALSE, na = "")
hack <- with(dat.hackshaw1998, data.frame(study = paste(author, year), yi, vi, sei = sqrt(vi)))
write.csv(hack, "hackshaw1998.csv", row.names = FALSE, quote = FALSE)

# --- Cases --------------------------------------------------------------------------------------------------------
TAB <- c(ai = "ai", bi = "bi", ci = "ci", di = "di")
for (m in c("FE", "DL", "HE", "HS", "SJ", "ML", "REML", "EB", "PM"))
  run(paste0("bcg-rr-", tolower(m)), "bcg.csv", bcg, "RR", TAB, method = m)
run("bcg-rr-reml-knha", "bcg.csv", bcg, "RR", TAB, test = "knha", extra = c("--loo", "--cumulative", "--trimfill"))
run("bcg-rr-dl-knha-90", "bcg.csv", bcg, "RR", TAB, method = "DL", test = "knha", level = 90)
run("bcg-or-reml-extras", "bcg.csv", bcg, "OR", TAB, extra = c("--loo", "--cumulative", "--trimfill"))
run("bcg-rd-dl", "bcg.csv", bcg, "RD", TAB, method = "DL")
run("bcg-missing-rr-reml", "bcg-missing.csv", bcg_na, "RR", TAB)
for (m in c("RR", "OR", "RD")) pooled(paste0("bcg-mh-", tolower(m)), "bcg.csv", bcg, m, TAB, "MH")
pooled("bcg-peto", "bcg.csv", bcg, "OR", TAB, "PETO")
subgroup("bcg-subgroup-alloc", "bcg.csv", bcg, "RR", TAB, "alloc")
subgroup("bcg-subgroup-alloc-dl-knha", "bcg.csv", bcg, "RR", TAB, "alloc", method = "DL", test = "knha")
modreg("bcg-mods-ablat-year", "bcg.csv", bcg, "RR", TAB, c("ablat", "year"))
modreg("bcg-mods-ablat-knha", "bcg.csv", bcg, "RR", TAB, "ablat", test = "knha")
modreg("bcg-mods-ablat-fe", "bcg.csv", bcg, "RR", TAB, "ablat", method = "FE")
modreg("bcg-missing-mods-ablat", "bcg-missing.csv", bcg_na, "RR", TAB, "ablat")
ARM <- c(ai = "ai", n1i = "n1i", ci = "ci", n2i = "n2i")
run("niel-or-reml", "nielweise2007.csv", niel, "OR", ARM, extra = "--trimfill")
run("niel-rr-dl", "nielweise2007.csv", niel, "RR", ARM, method = "DL")
run("niel-rd-reml", "nielweise2007.csv", niel, "RD", ARM)
pooled("niel-mh-or", "nielweise2007.csv", niel, "OR", ARM, "MH")
pooled("niel-peto", "nielweise2007.csv", niel, "OR", ARM, "PETO")
CONT <- c(m1i = "m1i", sd1i = "sd1i", n1i = "n1i", m2i = "m2i", sd2i = "sd2i", n2i = "n2i")
run("normand-md-reml", "normand1999.csv", normand, "MD", CONT)
run("normand-smd-dl", "normand1999.csv", normand, "SMD", CONT, method = "DL")
run("normand-smd-pm", "normand1999.csv", normand, "SMD", CONT, method = "PM", extra = "--loo")
run("normand-rom-reml-knha", "normand1999.csv", normand, "ROM", CONT, test = "knha")
PROP <- c(xi = "xi", ni = "ni")
run("pritz-pr-reml", "pritz1997.csv", pritz, "PR", PROP)
run("pritz-plo-dl", "pritz1997.csv", pritz, "PLO", PROP, method = "DL")
run("pritz-pft-reml", "pritz1997.csv", pritz, "PFT", PROP)
run("pritz-pft-ml", "pritz1997.csv", pritz, "PFT", PROP, method = "ML")
run("pritz-plo-eb", "pritz1997.csv", pritz, "PLO", PROP, method = "EB")
CHG <- c(m1i = "m1i", m2i = "m2i", sd1i = "sd1i", sd2i = "sd2i", ni = "ni", ri = "ri")
run("morris-mc-reml", "morris2008.csv", morris, "MC", CHG)
run("morris-smcr-dl", "morris2008.csv", morris, "SMCR", CHG, method = "DL")
morris_filled <- morris_ri; morris_filled$ri[is.na(morris_filled$ri)] <- 0.6
d <- es("SMCR", morris_filled, CHG)
write_case("morris-ri-smcr-reml", "morris2008-ri.csv", c("--measure", "SMCR", "--ri", "0.6"),
  summ(rma(yi, vi, data = d), "SMCR", d))
run("hackshaw-gen-reml", "hackshaw1998.csv", hack, "GEN", c(yi = "yi", vi = "vi"), extra = c("--trimfill", "--cumulative"))
run("hackshaw-gen-sj-knha", "hackshaw1998.csv", hack, "GEN", method = "SJ", test = "knha", c(yi = "yi", vi = "vi"))
run("hackshaw-gen-he", "hackshaw1998.csv", hack, "GEN", method = "HE", c(yi = "yi", vi = "vi"))
run("hackshaw-gen-hs", "hackshaw1998.csv", hack, "GEN", method = "HS", c(yi = "yi", vi = "vi"))

# --- Further method/measure combinations -----------------------------------------------------------------------------
run("niel-or-hs-knha", "nielweise2007.csv", niel, "OR", ARM, method = "HS", test = "knha")
run("normand-md-sj", "normand1999.csv", normand, "MD", CONT, method = "SJ", extra = "--cumulative")
run("pritz-plo-ml-knha", "pritz1997.csv", pritz, "PLO", PROP, method = "ML", test = "knha", extra = "--loo")
run("bcg-rd-eb", "bcg.csv", bcg, "RD", TAB, method = "EB")
run("morris-mc-pm", "morris2008.csv", morris, "MC", CHG, method = "PM")
run("normand-rom-he", "normand1999.csv", normand, "ROM", CONT, method = "HE")
run("pritz-pr-fe-trimfill", "pritz1997.csv", pritz, "PR", PROP, method = "FE", extra = "--trimfill")
run("bcg-rr-ml-extras", "bcg.csv", bcg, "RR", TAB, method = "ML", extra = c("--loo", "--cumulative", "--trimfill"))
modreg("bcg-mods-ablat-year-dl-knha", "bcg.csv", bcg, "RR", TAB, c("ablat", "year"), method = "DL", test = "knha")
subgroup("bcg-subgroup-alloc-fe", "bcg.csv", bcg, "OR", TAB, "alloc", method = "FE")
pooled("bcg-mh-or-90", "bcg.csv", bcg, "OR", TAB, "MH", level = 90)

# --- Further data sets, metafor defaults for the iterative estimators and Q-profile bounds --------------------------
hine <- with(dat.hine1989, data.frame(study = paste0("H", study), ai, n1i, ci, n2i))
write.csv(hine, "hine1989.csv", row.names = FALSE, quote = FALSE)
colditz <- with(dat.colditz1994, data.frame(study = paste(author, year), ai = tpos, bi = tneg, ci = cpos, di = cneg))
write.csv(colditz, "colditz1994.csv", row.names = FALSE, quote = FALSE)
molloy <- with(escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014), data.frame(study = paste(authors, year), yi, vi))
write.csv(molloy, "molloy2014-zcor.csv", row.names = FALSE, quote = FALSE)
for (m in c("PM", "EB", "REML")) {
  run(paste0("hine-rd-", tolower(m)), "hine1989.csv", hine, "RD", ARM, method = m)
  run(paste0("colditz-rr-", tolower(m)), "colditz1994.csv", colditz, "RR", TAB, method = m)
}
for (m in c("PM", "EB", "REML", "ML")) run(paste0("molloy-gen-", tolower(m)), "molloy2014-zcor.csv", molloy, "GEN", c(yi = "yi", vi = "vi"), method = m)
run("niel-rd-pm-loo", "nielweise2007.csv", niel, "RD", ARM, method = "PM", extra = c("--loo", "--cumulative"))
run("niel-rd-eb-knha", "nielweise2007.csv", niel, "RD", ARM, method = "EB", test = "knha", extra = "--trimfill")
run("pritz-pr-pm-90", "pritz1997.csv", pritz, "PR", PROP, method = "PM", level = 90)
modreg("bcg-mods-ablat-pm", "bcg.csv", bcg, "RR", TAB, "ablat", method = "PM")
modreg("bcg-mods-ablat-eb", "bcg.csv", bcg, "RR", TAB, "ablat", method = "EB")
