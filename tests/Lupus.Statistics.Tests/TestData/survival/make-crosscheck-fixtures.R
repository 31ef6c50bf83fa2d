# Further reference cases from R's survival package (3.5-3) and cmprsk, on data sets beyond make-fixtures.R:
#   cd tests/Lupus.Statistics.Tests/TestData/survival && Rscript make-crosscheck-fixtures.R
# Uses the helpers of make-fixtures.R and make-gray-fixtures.R (sourced up to their first case) and writes the same
# {command, input, args, expected} cases, which the CLI fixture tests run.
suppressPackageStartupMessages({ library(survival); library(cmprsk) })
eval(parse(text = head(readLines("make-fixtures.R"), grep("^# Data sets", readLines("make-fixtures.R")) - 1)))
src <- readLines("make-fixtures.R"); eval(parse(text = src[grep("^km_group <- ", src):(grep("^km_case\\(\"km-lung-sex\"", src) - 1)]))
gsrc <- readLines("make-gray-fixtures.R"); eval(parse(text = gsrc[grep("^gray_case <- ", gsrc):(grep("^mg <- read.csv", gsrc) - 1)]))

# Group labels: numbers written differently are one level named as R names it ("1.0" -> "1"); text levels that
# differ only in case sort lower case first; T/F/TRUE/FALSE are one logical column; an NA group and an empty stratum
# drop their rows.
labels <- data.frame(time = c(1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 11),
  status = c(1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1),
  g = c("1.0", "1", "2.50", "2.5", "1.0", "10", "10", "1", "2.50", "10", "1.0", "10", "2.5", "1"),
  h = c("b", "B", "a", "A", "b", "a", NA, "b", "B", "a", "A", "b", "a", "B"),
  s = c("x", "x", "y", "y", NA, "x", "y", "x", "y", "x", "y", "x", "y", "x"),
  b = c("T", "F", "TRUE", "FALSE", "T", "F", "T", "FALSE", "TRUE", "F", "T", "F", "F", "T"))
write.csv(labels, "labels.csv", row.names = FALSE, na = "NA", quote = FALSE)
labels <- read.csv("labels.csv")
km_case("km-labels-numeric", "labels.csv", labels, "time", "status", "g")
km_case("km-labels-case-strata", "labels.csv", labels, "time", "status", "h", strata = "s")
km_case("km-labels-logical", "labels.csv", labels, "time", "status", "b", conf = "log-log")

# colon: the death records (NA nodes and differ; three text arms).
co <- subset(colon, etype == 2, select = c(id, time, status, rx, sex, age, obstruct, nodes, differ))
write.csv(co, "colon.csv", row.names = FALSE, na = ""); co <- read.csv("colon.csv")
km_case("km-colon-rx-loglog", "colon.csv", co, "time", "status", "rx", conf = "log-log", level = 90)
km_case("km-colon-rx-strata", "colon.csv", co, "time", "status", "rx", strata = "differ")
cox_case("cox-colon-nodes", "colon.csv", co, "time", "status", c("age", "sex", "nodes", "obstruct", "differ"))
cox_case("cox-colon-breslow-strata", "colon.csv", co, "time", "status", c("age", "nodes"), strata = "rx", ties = "breslow")

# bladder1, first record of each patient: recurrence (1) and two kinds of death (2, 3); three arms.
b1 <- bladder1[!duplicated(bladder1$id), c("id", "treatment", "number", "size", "stop", "status")]
b1$status <- as.integer(b1$status)
write.csv(b1, "bladder1.csv", row.names = FALSE); b1 <- read.csv("bladder1.csv")
cif_case("cif-bladder1-trt", "bladder1.csv", b1, "stop", "status", "treatment")
gray_case("bladder1-trt", "bladder1.csv", b1, "stop", "status", "treatment")

# Simulated competing risks with causes coded 2 and 5 and an arm (w) without cause 5, whose incidence of cause 2
# reaches 1 (its standard error is zero, not rounding noise); two rows without an arm. cuminc drops them itself;
# survfit is given the complete rows, as lupus reports the curves of the complete rows.
set.seed(11); n <- 80
cr5 <- data.frame(time = round(rexp(n, 0.2), 1), g = sample(c("u", "v", "w"), n, TRUE))
cr5$cs <- sample(c(0, 2, 5), n, TRUE, prob = c(0.3, 0.5, 0.2)); cr5$cs[cr5$g == "w" & cr5$cs == 5] <- 2
cr5$st <- sample(c("k", "l"), n, TRUE); cr5$g[c(3, 9)] <- NA
write.csv(cr5, "cr5.csv", row.names = FALSE); cr5 <- read.csv("cr5.csv")
cif_case("cif-cr5-g", "cr5.csv", cr5[!is.na(cr5$g), ], "time", "cs", "g")
gray_case("cr5-g-strata-rho1", "cr5.csv", cr5, "time", "cs", "g", strata = "st", rho = 1)
