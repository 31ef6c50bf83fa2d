"""Writes records.csv as REDCap's "CSV (labels)" download writes it, in two files.

records_labels.csv keeps the raw column names: radio and dropdown cells carry the choice label, yes/no and true/false
cells Yes/No and True/False, checkbox columns Checked/Unchecked.
records_label_headers.csv is the full labels download: the same cells, and field labels as column headers (the record
id column under its field's label, "Event Name", "Repeat Instrument", "Repeat Instance", "Data Access Group", a
checkbox option as "Field Label (choice=Choice Label)"), event, instrument and data access group labels as values
(their names and labels are those listed in mapping.json). Run from this folder: python3 labels_export.py
"""
import csv
import json

fields = {}
with open("data_dictionary.csv", newline="", encoding="utf-8") as f:
    for row in list(csv.reader(f))[1:]:
        choices = [c.split(",", 1) for c in row[5].split("|") if c.strip()] if row[3] not in ("calc", "slider") else []
        fields[row[0].strip()] = (row[3].strip(), {c[0].strip(): c[1].strip() for c in choices}, row[4].strip())

with open("mapping.json", encoding="utf-8") as f:
    mapping = json.load(f)

with open("records.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))

header = rows[0]
for row in rows[1:]:
    for i, column in enumerate(header):
        value = row[i].strip()
        name = column.split("___")[0]
        kind, labels, _ = fields.get(name, ("", {}, ""))
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

built_in = {"redcap_event_name": "Event Name", "redcap_repeat_instrument": "Repeat Instrument",
            "redcap_repeat_instance": "Repeat Instance", "redcap_data_access_group": "Data Access Group"}
value_labels = {"redcap_event_name": mapping["events"], "redcap_repeat_instrument": mapping["instruments"],
                "redcap_data_access_group": {"nuh": "NUH", "rlc": "RLC"}}


def label(column):
    if column in built_in:
        return built_in[column]
    name, _, code = column.partition("___")
    kind, labels, field_label = fields[name]
    return f"{field_label} (choice={labels[code]})" if code else field_label


labelled = [[label(c) for c in header]]
for row in rows[1:]:
    labelled.append([value_labels[c].get(v, v) if c in value_labels else v for c, v in zip(header, row)])

with open("records_label_headers.csv", "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(labelled)
