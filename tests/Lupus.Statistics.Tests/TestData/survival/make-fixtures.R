# Reference fixtures for the survival engine, produced with R's survival package (3.5-3):
#   cd tests/Lupus.Statistics.Tests/TestData/survival && Rscript make-fixtures.R
# Writes the data sets as CSV and one <case>.json per case: {command, input, args, expected}, where expected has the
# shape of `lupus survival <command> --format json`.
suppressPackageStartupMessages(library(survival))
options(warn = 1)

num <- function(v) if (length(v) == 0 || is.na(v) || !is.finite(v)) "null" else sprintf("%.17g", v)
str <- function(v) if (is.null(v) || is.na(v)) "null" else sprintf("\"%s\"", v)
obj <- function(...) { x <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(x), unlist(x)), collapse = ","), "}") }
arr <- function(items) paste0("[", paste(unlist(items), collapse = ","), "]")
test3 <- function(chisq, df, p) obj(chisq = num(chisq), df = num(df), p = num(p))
write_case <- function(name, command, input, args, expected) {
  json <- obj(command = str(command), input = str(input), args = arr(lapply(args, str)), expected = expected)
  writeLines(json, paste0(name, ".json"))
}

# Data sets (event recoded to 0/1; R's own NA cells written empty or as NA).
lung2 <- transform(lung, status = status - 1)
write.csv(lung2, "lung.csv", row.names = FALSE, na = "")
write.csv(veteran, "veteran.csv", row.names = FALSE)
write.csv(ovarian, "ovarian.csv", row.names = FALSE)
write.csv(aml, "aml.csv", row.names = FALSE)
pbc2 <- transform(pbc[!is.na(pbc$trt), ], event = as.integer(status == 2), logbili = log(bili))
write.csv(pbc2, "pbc.csv", row.names = FALSE, na = "NA")
mg <- transform(mgus2, etime = ifelse(pstat == 0, futime, ptime), event = ifelse(pstat == 0, 2 * death, 1))
write.csv(mg, "mgus2.csv", row.names = FALSE, na = "NA")
# Fit what a user of the CSV files would fit: the data read back (labels become sorted character levels).
lung2 <- read.csv("lung.csv"); veteran <- read.csv("veteran.csv"); ovarian <- read.csv("ovarian.csv")
aml <- read.csv("aml.csv"); pbc2 <- read.csv("pbc.csv"); mg <- read.csv("mgus2.csv")

km_group <- function(f, i, level) {
  g <- if (is.null(f$strata)) f else f[i]
  tab <- summary(g)$table
  lab <- sprintf("%gLCL", level / 100); uab <- sprintf("%gUCL", level / 100)
  se <- g$surv * g$std.err
  rows <- lapply(seq_along(g$time), function(k) obj(time = num(g$time[k]), n_risk = num(g$n.risk[k]), n_event = num(g$n.event[k]),
    n_censor = num(g$n.censor[k]), surv = num(g$surv[k]), std_err = num(se[k]), lower = num(g$lower[k]), upper = num(g$upper[k])))
  name <- if (is.null(f$strata)) "null" else str(sub("^[^=]*=", "", names(f$strata)[i]))
  obj(group = name, n = num(tab["n.max"]), events = num(tab["events"]), median = num(tab["median"]),
      median_lower = num(tab[lab]), median_upper = num(tab[uab]), table = arr(rows))
}

km_case <- function(name, input, data, time, event, group = NULL, conf = "log", level = 95, strata = NULL) {
  # --strata drops rows with a missing stratum from the curves too (na.omit over every used column).
  if (!is.null(strata)) data <- data[!is.na(data[[strata]]), ]
  rhs <- if (is.null(group)) "1" else group
  form <- as.formula(sprintf("Surv(%s, %s) ~ %s", time, event, rhs))
  f <- survfit(form, data = data, conf.type = conf, conf.int = level / 100)
  groups <- if (is.null(f$strata)) list(km_group(f, 1, level)) else lapply(seq_along(f$strata), function(i) km_group(f, i, level))
  lr <- "null"
  if (!is.null(group)) {
    test <- if (is.null(strata)) form else as.formula(sprintf("Surv(%s, %s) ~ %s + strata(%s)", time, event, group, strata))
    d <- survdiff(test, data = data)
    df <- sum((if (is.matrix(d$exp)) rowSums(d$exp) else d$exp) > 0) - 1
    lr <- test3(d$chisq, df, pchisq(d$chisq, df, lower.tail = FALSE))
  }
  args <- c("--time", time, "--event", event, if (!is.null(group)) c("--group", group), if (!is.null(strata)) c("--strata", strata), "--conf-type", conf, "--level", level)
  write_case(name, "km", input, args, obj(groups = arr(groups), logrank = lr))
}

cox_case <- function(name, input, data, time, event, covariates, strata = NULL, ties = "efron") {
  rhs <- paste(c(covariates, if (!is.null(strata)) sprintf("strata(%s)", strata)), collapse = " + ")
  fit <- coxph(as.formula(sprintf("Surv(%s, %s) ~ %s", time, event, rhs)), data = data, ties = ties)
  s <- summary(fit)
  co <- lapply(seq_along(covariates), function(j) obj(name = str(covariates[j]), coef = num(s$coefficients[j, 1]),
    hr = num(s$coefficients[j, 2]), se = num(s$coefficients[j, 3]), z = num(s$coefficients[j, 4]), p = num(s$coefficients[j, 5]),
    hr_lower = num(s$conf.int[j, 3]), hr_upper = num(s$conf.int[j, 4])))
  z <- cox.zph(fit)
  k <- nrow(z$table)
  terms <- lapply(seq_len(k - 1), function(j) obj(name = str(rownames(z$table)[j]), chisq = num(z$table[j, 1]), df = num(z$table[j, 2]), p = num(z$table[j, 3])))
  zph <- obj(transform = str("km"), terms = arr(terms), global = test3(z$table[k, 1], z$table[k, 2], z$table[k, 3]))
  expected <- obj(n = num(fit$n), events = num(fit$nevent), n_dropped = num(length(fit$na.action)), coefficients = arr(co),
    loglik_null = num(fit$loglik[1]), loglik = num(fit$loglik[2]),
    lr_test = test3(s$logtest[1], s$logtest[2], s$logtest[3]), wald_test = test3(fit$wald.test, length(covariates), pchisq(fit$wald.test, length(covariates), lower.tail = FALSE)),
    score_test = test3(s$sctest[1], s$sctest[2], s$sctest[3]), concordance = num(fit$concordance["concordance"]),
    converged = "true", zph = zph)
  args <- c("--time", time, "--event", event, "--covariates", paste(covariates, collapse = ","),
            if (!is.null(strata)) c("--strata", strata), "--ties", ties, "--zph")
  write_case(name, "cox", input, args, expected)
}

cif_causes <- function(f) {
  states <- f$states
  lapply(seq_along(states)[-1], function(s) obj(cause = str(states[s]), table = arr(lapply(seq_along(f$time), function(k)
    obj(time = num(f$time[k]), cif = num(f$pstate[k, s]), std_err = num(f$std.err[k, s]))))))
}

cif_case <- function(name, input, data, time, status, group = NULL) {
  data$ev <- factor(data[[status]], levels = sort(unique(data[[status]])))
  f <- survfit(as.formula(sprintf("Surv(%s, ev) ~ 1", time)), data = data)
  expected <- if (is.null(group)) obj(causes = arr(cif_causes(f))) else {
    fg <- survfit(as.formula(sprintf("Surv(%s, ev) ~ %s", time, group)), data = data)
    groups <- lapply(seq_along(fg$strata), function(i) obj(group = str(sub("^[^=]*=", "", names(fg$strata)[i])), causes = arr(cif_causes(fg[i, ]))))
    obj(causes = arr(cif_causes(f)), groups = arr(groups))
  }
  write_case(name, "cif", input, c("--time", time, "--status", status, if (!is.null(group)) c("--group", group)), expected)
}

km_case("km-lung-sex", "lung.csv", lung2, "time", "status", "sex")
km_case("km-lung-loglog", "lung.csv", lung2, "time", "status", conf = "log-log")
km_case("km-lung-plain-90", "lung.csv", lung2, "time", "status", "ph.ecog", conf = "plain", level = 90)
km_case("km-veteran-celltype", "veteran.csv", veteran, "time", "status", "celltype")
km_case("km-ovarian-rx", "ovarian.csv", ovarian, "futime", "fustat", "rx")
km_case("km-aml-x", "aml.csv", aml, "time", "status", "x", conf = "log-log")
km_case("km-veteran-trt-strata", "veteran.csv", veteran, "time", "status", "trt", strata = "celltype")
km_case("km-lung-sex-strata", "lung.csv", lung2, "time", "status", "sex", strata = "ph.ecog")
cox_case("cox-lung-efron", "lung.csv", lung2, "time", "status", c("age", "sex", "ph.ecog", "wt.loss"))
cox_case("cox-lung-breslow", "lung.csv", lung2, "time", "status", c("age", "sex", "ph.ecog"), ties = "breslow")
cox_case("cox-lung-strata", "lung.csv", lung2, "time", "status", c("age", "ph.ecog"), strata = "sex")
cox_case("cox-veteran-efron", "veteran.csv", veteran, "time", "status", c("karno", "age", "trt", "diagtime"))
cox_case("cox-veteran-strata", "veteran.csv", veteran, "time", "status", c("karno", "trt"), strata = "celltype")
cox_case("cox-ovarian", "ovarian.csv", ovarian, "futime", "fustat", c("age", "ecog.ps", "rx"))
cox_case("cox-pbc", "pbc.csv", pbc2, "time", "event", c("age", "edema", "albumin", "logbili"))
cox_case("cox-pbc-breslow", "pbc.csv", pbc2, "time", "event", c("age", "logbili", "protime"), ties = "breslow")
cif_case("cif-mgus2", "mgus2.csv", mg, "etime", "event")
cif_case("cif-mgus2-sex", "mgus2.csv", mg, "etime", "event", "sex")

# Stratified and G-rho log-rank tests (library level): survdiff.
lr <- function(name, form, data, rho = 0) {
  d <- survdiff(form, data = data, rho = rho)
  e <- if (is.matrix(d$exp)) rowSums(d$exp) else d$exp
  df <- sum(e > 0) - 1
  writeLines(test3(d$chisq, df, pchisq(d$chisq, df, lower.tail = FALSE)), paste0(name, ".json"))
}
lr("logrank-veteran-trt-strata", Surv(time, status) ~ trt + strata(celltype), veteran)
lr("logrank-lung-sex-rho1", Surv(time, status) ~ sex, lung2, rho = 1)
lr("logrank-veteran-celltype-rho05", Surv(time, status) ~ celltype + strata(trt), veteran, rho = 0.5)
