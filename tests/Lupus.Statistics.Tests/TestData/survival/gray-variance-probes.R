# Small exact cases that pin down the variance cmprsk::cuminc uses for Gray's test (two groups, cause 1):
#   cd tests/Lupus.Statistics.Tests/TestData/survival && Rscript gray-variance-probes.R
# With two groups the statistic is z^2 / V, so V = z^2 / stat once the score z is known. The score is computed here
# from its published definition (Gray 1988, section 2, rho = 0): z = sum over cause-1 event times of d_1(t) - R_1(t) d(t) / R(t),
# with R_g(t) = Y_g(t) (1 - F_g(t-)) / S_g(t-) the adjusted risk set of group g and R = R_1 + R_2. logrank_v is the
# log-rank type variance sum over t of R_1 R_2 d / R^2 on the same adjusted risk sets. Writes probe-gray-variance.json.
suppressPackageStartupMessages(library(cmprsk))
options(warn = 1)

score_and_logrank <- function(time, status, group) {
  lv <- sort(unique(group)); ut <- sort(unique(time))
  st <- lapply(lv, function(g) list(s = 1, f = 0))
  z <- 0; v <- 0
  for (u in ut) {
    y <- sapply(lv, function(g) sum(time[group == g] >= u))
    d1 <- sapply(lv, function(g) sum(time[group == g] == u & status[group == g] == 1))
    dall <- sapply(lv, function(g) sum(time[group == g] == u & status[group == g] != 0))
    r <- sapply(seq_along(lv), function(i) if (y[i] > 0) y[i] * (1 - st[[i]]$f) / st[[i]]$s else 0)
    if (sum(d1) > 0) { z <- z + d1[1] - r[1] * sum(d1) / sum(r); v <- v + r[1] * r[2] * sum(d1) / sum(r)^2 }
    for (i in seq_along(lv)) if (y[i] > 0) {
      st[[i]]$f <- st[[i]]$f + st[[i]]$s * d1[i] / y[i]
      st[[i]]$s <- st[[i]]$s * (1 - dall[i] / y[i])
    }
  }
  c(z = unname(z), logrank_v = unname(v))
}

num <- function(v) sprintf("%.17g", v)
probe <- function(time, status, group) {
  s <- suppressWarnings(cuminc(time, status, group)$Tests["1", "stat"])
  zl <- score_and_logrank(time, status, group)
  sprintf("{\"time\":[%s],\"status\":[%s],\"group\":[%s],\"stat\":%s,\"z\":%s,\"v\":%s,\"logrank_v\":%s}",
    paste(time, collapse = ","), paste(status, collapse = ","), paste(sprintf("\"%s\"", group), collapse = ","),
    num(s), num(zl[["z"]]), num(zl[["z"]]^2 / s), num(zl[["logrank_v"]]))
}

cases <- list(
  # No competing event: one cause-1 event, then two in the same group, then one per group.
  probe(c(1, 2, 3), c(1, 0, 0), c("a", "b", "b")),
  probe(c(1, 2, 3), c(1, 1, 0), c("a", "b", "b")),
  probe(c(1, 2, 3), c(1, 1, 0), c("a", "a", "b")),
  probe(c(1, 2, 3, 4), c(1, 1, 0, 0), c("a", "a", "b", "b")),
  probe(c(1, 2, 3, 4), c(1, 1, 1, 0), c("a", "a", "b", "b")),
  # A competing event before, between and after cause-1 events.
  probe(c(1, 2, 3, 4), c(2, 1, 0, 0), c("a", "a", "b", "b")),
  probe(c(1, 2, 3, 4), c(1, 2, 1, 0), c("a", "a", "a", "b")),
  probe(c(1, 2, 3, 4, 5, 6), c(1, 2, 1, 2, 1, 0), c("a", "b", "a", "b", "b", "a")),
  probe(c(1, 2, 3, 4, 5, 6, 7, 8), c(2, 1, 1, 2, 1, 0, 1, 2), c("a", "b", "a", "a", "b", "b", "a", "b")))
writeLines(paste0("[\n", paste(cases, collapse = ",\n"), "\n]"), "probe-gray-variance.json")
