"""Writes records_labels.csv: records.csv as REDCap's "labels" export writes it (raw column names).

Radio and dropdown cells carry the choice label, yes/no and true/false cells Yes/No and True/False, checkbox
columns Checked/Unchecked. Run from this folder: python3 labels_export.py
"""
import csv

fields = {}
with open("data_dictionary.csv", newline="", encoding="utf-8") as f:
    for row in list(csv.reader(f))[1:]:
        choices = [c.split(",", 1) for c in row[5].split("|") if c.strip()] if row[3] not in ("calc", "slider") else []
        fields[row[0].strip()] = (row[3].strip(), {c[0].strip(): c[1].strip() for c in choices})

with open("records.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))

header = rows[0]
for row in rows[1:]:
    for i, column in enumerate(header):
        value = row[i].strip()
        name = column.split("___")[0]
        kind, labels = fields.get(name, ("", {}))
        if kind == "checkbox" and "___" in column:
            row[i] = "Checked" if value == "1" else "Unchecked"
        elif value == "":
            continue
        elif kind in ("radio", "dropdown"):
            row[i] = labels[value]
        elif kind == "yesno":
            row[i] = {"1": "Yes", "0": "No"}[value]
        elif kind == "truefalse":
            row[i] = {"1": "True", "0": "False"}[value]

with open("records_labels.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
