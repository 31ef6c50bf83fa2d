# Reference values for Lupus.Statistics.Inference; run: Rscript inference.R (writes the CSV files beside it).
# R 4.2; base stats only.
options(digits = 17)
set.seed(20261125)
out <- function(df, name) write.csv(df, name, row.names = FALSE)

# Wilson score intervals: prop.test without continuity correction.
w <- expand.grid(x = c(0, 1, 3, 11, 13, 20, 37, 40), n = c(40, 87))
w <- w[w$x <= w$n, ]
w$lower <- mapply(function(x, n) prop.test(x, n, correct = FALSE)$conf.int[1], w$x, w$n)
w$upper <- mapply(function(x, n) prop.test(x, n, correct = FALSE)$conf.int[2], w$x, w$n)
out(w, "wilson.csv")

# Paired samples: small without ties (exact Wilcoxon), with ties/zeros (normal approximation), larger n.
cases <- list()
cases[[1]] <- list(before = round(rnorm(12, 10, 3), 3), shift = -2)
cases[[2]] <- list(before = round(rnorm(25, 0.8, 0.2), 4), shift = 0.15)
cases[[3]] <- list(before = c(12, 10, 8, 14, 16, 9, 11, 13, 10, 12), after = c(6, 10, 4, 8, 12, 9, 7, 6, 8, 12))
cases[[4]] <- list(before = round(rnorm(60, 3, 1), 2), shift = -0.4)
cases[[5]] <- list(before = round(rnorm(8, 5, 2), 3), shift = 1)
pairs <- NULL
results <- NULL
for (i in seq_along(cases)) {
  b <- cases[[i]]$before
  a <- if (is.null(cases[[i]]$after)) round(b + cases[[i]]$shift + rnorm(length(b), 0, sd(b) / 2), 4) else cases[[i]]$after
  pairs <- rbind(pairs, data.frame(case = i, before = b, after = a))
  t <- t.test(a, b, paired = TRUE)
  wx <- suppressWarnings(wilcox.test(a, b, paired = TRUE))
  d <- a - b
  exact <- length(d[d != 0]) < 50 && !any(duplicated(abs(d[d != 0]))) && all(d != 0)
  results <- rbind(results, data.frame(case = i, t = unname(t$statistic), df = unname(t$parameter), t_p = t$p.value,
    lower = t$conf.int[1], upper = t$conf.int[2], mean_diff = unname(t$estimate), v = unname(wx$statistic), w_p = wx$p.value, exact = exact))
}
out(pairs, "pairs.csv")
out(results, "paired.csv")

# Descriptive summaries: mean, sd, type-7 quartiles, moment skewness g1.
g1 <- function(x) { m <- mean(x); mean((x - m)^3) / mean((x - m)^2)^1.5 }
s <- NULL
for (i in seq_along(cases)) {
  x <- pairs$before[pairs$case == i]
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
  s <- rbind(s, data.frame(case = i, n = length(x), mean = mean(x), sd = sd(x), q1 = q[[1]], median = q[[2]], q3 = q[[3]], skew = g1(x)))
}
out(s, "summary.csv")
