#!/usr/bin/env python3
"""Writes patients.csv and labs.csv with N lab rows (default 1,000,000) for the import/export benchmark."""
import csv, datetime, random, sys

rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
out = sys.argv[1]
rng = random.Random(20261125)
analytes = [("C3", "g/L", 0.3, 1.6), ("C4", "g/L", 0.05, 0.5), ("AntiDsDna", "IU/mL", 1, 400), ("Proteinuria24h", "g/24h", 0.05, 6),
            ("Upcr", "g/g", 0.05, 5), ("Creatinine", "mg/dL", 0.5, 3), ("Bun", "mmol/L", 2, 20), ("Albumin", "g/L", 20, 50),
            ("Egfr", "mL/min/1.73m2", 15, 120), ("Haemoglobin", "g/dL", 8, 16), ("Wbc", "10*9/L", 2, 12),
            ("Lymphocytes", "10*9/L", 0.3, 4), ("Platelets", "10*9/L", 50, 400), ("UrineSedimentRbc", "/[HPF]", 0, 50)]
patients = 1000
per_patient = -(-rows // patients)
dates = -(-per_patient // len(analytes))
start = datetime.date(2020, 1, 6)
with open(f"{out}/patients.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["site_code", "study_id", "sex", "birth_date", "ethnicity", "diagnosis_date", "classification_criteria", "nephritis_class", "consent_date"])
    for p in range(patients):
        w.writerow(["NUH", f"NUH-{p:05d}", "Female", "1990-01-01", "Chinese", "2015-01-01", "EularAcr2019", "IV", "2019-12-01"])
with open(f"{out}/labs.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["site_code", "study_id", "collection_date", "analyte", "value", "unit", "lower_limit", "upper_limit"])
    n = 0
    for p in range(patients):
        for d in range(dates):
            day = (start + datetime.timedelta(days=7 * d)).isoformat()
            for name, unit, lo, hi in analytes:
                if n >= rows:
                    break
                w.writerow(["NUH", f"NUH-{p:05d}", day, name, f"{rng.uniform(lo, hi):.2f}", unit, "", ""])
                n += 1
