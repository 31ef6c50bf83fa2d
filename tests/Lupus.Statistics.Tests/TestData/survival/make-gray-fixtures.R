# Reference values for Gray's (1988) K-sample test of cumulative incidence, produced with R's cmprsk::cuminc:
#   cd tests/Lupus.Statistics.Tests/TestData/survival && Rscript make-gray-fixtures.R
# Reads the CSV files written by make-fixtures.R and writes one gray-<case>.json per case in the shape of the other
# cases ({command, input, args, expected}, run through `lupus survival cif` by the CLI tests), plus the columns and rho
# for the statistics tests; expected.gray = [{cause, chisq, df, p}] is cuminc's $Tests.
# cuminc reports p as 1 - pchisq(stat, df), so a p below about 1e-16 is written as 0.
suppressPackageStartupMessages(library(cmprsk))
options(warn = 1)

num <- function(v) if (length(v) == 0 || is.na(v) || !is.finite(v)) "null" else sprintf("%.17g", v)
str <- function(v) if (is.null(v) || is.na(v)) "null" else sprintf("\"%s\"", v)
obj <- function(...) { x <- list(...); paste0("{", paste(sprintf("\"%s\":%s", names(x), unlist(x)), collapse = ","), "}") }
arr <- function(items) paste0("[", paste(unlist(items), collapse = ","), "]")

gray_case <- function(name, input, data, time, status, group, strata = NULL, rho = 0) {
  keep <- !is.na(data[[time]]) & !is.na(data[[status]]) & !is.na(data[[group]])
  if (!is.null(strata)) keep <- keep & !is.na(data[[strata]])
  d <- data[keep, ]
  fit <- if (is.null(strata)) cuminc(d[[time]], d[[status]], d[[group]], rho = rho, cencode = 0)
         else cuminc(d[[time]], d[[status]], d[[group]], rho = rho, strata = d[[strata]], cencode = 0)
  t <- fit$Tests
  tests <- lapply(seq_len(nrow(t)), function(i) obj(cause = str(rownames(t)[i]), chisq = num(t[i, "stat"]), df = num(t[i, "df"]), p = num(t[i, "pv"])))
  args <- c("--time", time, "--status", status, "--group", group, if (!is.null(strata)) c("--strata", strata), "--rho", rho)
  json <- obj(command = str("cif"), input = str(input), args = arr(lapply(args, str)), time = str(time), status = str(status),
              group = str(group), strata = str(strata), rho = num(rho), expected = obj(gray = arr(tests)))
  writeLines(json, paste0("gray-", name, ".json"))
}

mg <- read.csv("mgus2.csv"); pbc <- read.csv("pbc.csv")
# Heavily tied hand-made data: 3 groups, whole-number times, both causes and censoring at the same times.
ties <- data.frame(
  time = c(1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6, 6, 7, 1, 1, 2, 2, 3, 3, 3, 4, 5, 5, 5, 6, 7, 7, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7, 7),
  status = c(1, 2, 0, 1, 1, 2, 0, 1, 2, 2, 1, 0, 0, 2, 1, 1, 2, 0, 1, 0, 2, 2, 1, 0, 1, 1, 2, 0, 2, 1, 0, 1, 1, 0, 1, 1, 1, 2, 0, 1, 1, 2, 1, 0, 1),
  arm = c(rep("A", 20), rep("B", 14), rep("C", 11)))
write.csv(ties, "gray-ties.csv", row.names = FALSE)

gray_case("mgus2-sex", "mgus2.csv", mg, "etime", "event", "sex")
gray_case("mgus2-sex-rho1", "mgus2.csv", mg, "etime", "event", "sex", rho = 1)
gray_case("pbc-trt", "pbc.csv", pbc, "time", "status", "trt")
gray_case("pbc-trt-strata-sex", "pbc.csv", pbc, "time", "status", "trt", strata = "sex")
gray_case("pbc-edema", "pbc.csv", pbc, "time", "status", "edema")
gray_case("pbc-edema-rho1", "pbc.csv", pbc, "time", "status", "edema", rho = 1)
gray_case("ties-arm", "gray-ties.csv", ties, "time", "status", "arm")
gray_case("ties-arm-rho1", "gray-ties.csv", ties, "time", "status", "arm", rho = 1)
