#!/usr/bin/env python3
"""Synthetic survival data for the benchmarks: python3 generate.py ROWS FILE [--km]

Cox file: time,status,x1..x5 with exponential times from a proportional hazards model, rounded to whole days
(many ties) and about 30% random censoring. KM file (--km): time,status,group only. Seeded, so reproducible.
"""
import math
import random
import sys

rows, path = int(sys.argv[1]), sys.argv[2]
km = "--km" in sys.argv
rng = random.Random(20240501)
beta = (0.5, -0.3, 0.2, 0.1, -0.4)
with open(path, "w") as out:
    out.write("time,status,group\n" if km else "time,status,x1,x2,x3,x4,x5\n")
    for _ in range(rows):
        x = (rng.gauss(0, 1), float(rng.random() < 0.5), rng.gauss(0, 1), rng.uniform(20, 80) / 10, rng.gauss(0, 1))
        eta = sum(b * v for b, v in zip(beta, x))
        t = rng.expovariate(0.01 * math.exp(eta))
        c = rng.expovariate(0.004)
        status = 1 if t <= c else 0
        time = max(1, round(min(t, c)))
        if km:
            out.write(f"{time},{status},{'AB'[int(x[1])]}\n")
        else:
            out.write(f"{time},{status},{x[0]:.4f},{int(x[1])},{x[2]:.4f},{x[3]:.3f},{x[4]:.4f}\n")
