#!/usr/bin/env python3
"""Writes bundle.json: a FHIR R4 Bundle with P patients (default 1,000) and N lab Observations (default 100,000).

Usage: generate_fhir.py OUT_DIR [observations] [patients] [type]   (type: collection, default, or transaction)
Patients and Observations follow examples/fhir/sample-bundle.json: one Organization (the site), Patients with a
study id, Observations of six LOINC-coded analytes (creatinine in mg/dL, so it is converted), each weekly, with a
reference range, referring to their Patient by urn:uuid fullUrl. A transaction bundle adds request POST to every
entry.
"""
import json, random, sys, uuid

out = sys.argv[1]
observations = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
patients = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000
kind = sys.argv[4] if len(sys.argv) > 4 else "collection"
rng = random.Random(20261125)
UCUM = "http://unitsofmeasure.org"
SD = "https://lupustrials.org/fhir/StructureDefinition"
analytes = [("4485-9", "g/L", 0.3, 1.6), ("4498-2", "g/L", 0.05, 0.5), ("2160-0", "mg/dL", 0.5, 3.0),
            ("2890-2", "g/g", 0.05, 5.0), ("5130-0", "[IU]/mL", 1, 400), ("2889-4", "g/(24.h)", 0.05, 6.0)]


def urn():
    return f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}"


def entry(url, resource):
    e = {"fullUrl": url, "resource": resource}
    if kind == "transaction":
        e["request"] = {"method": "POST", "url": resource["resourceType"]}
    return e


def quantity(value, unit):
    return {"value": round(value, 2), "unit": unit, "system": UCUM, "code": unit}


site = urn()
entries = [entry(site, {"resourceType": "Organization", "identifier": [{"system": "https://lupustrials.org/fhir/sid/site-code", "value": "NUH"}], "name": "Bench site"})]
per_patient = -(-observations // patients)
written = 0
for p in range(patients):
    patient = urn()
    entries.append(entry(patient, {
        "resourceType": "Patient",
        "extension": [{"url": f"{SD}/diagnosis-date", "valueDate": "2015-01-01"}, {"url": f"{SD}/classification-criteria", "valueCode": "slicc-2012"},
                      {"url": f"{SD}/nephritis-class", "valueCode": "IV"}, {"url": f"{SD}/consent-date", "valueDate": "2019-12-01"}],
        "identifier": [{"system": "https://lupustrials.org/fhir/sid/study-id", "value": f"NUH-{p:05d}"}],
        "gender": "female", "birthDate": "1990-01-01",
        "managingOrganization": {"reference": site}}))
    for i in range(per_patient):
        if written >= observations:
            break
        code, unit, lo, hi = analytes[i % len(analytes)]
        week = i // len(analytes)
        day = f"{2020 + week // 52:04d}-{1 + (week % 52) // 5:02d}-{1 + (week % 5) * 6:02d}"
        entries.append(entry(urn(), {
            "resourceType": "Observation", "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
            "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
            "subject": {"reference": patient},
            "effectiveDateTime": day,
            "valueQuantity": quantity(rng.uniform(lo, hi), unit),
            "referenceRange": [{"low": quantity(lo, unit), "high": quantity(hi, unit)}]}))
        written += 1

with open(f"{out}/bundle.json", "w") as f:
    json.dump({"resourceType": "Bundle", "type": kind, "entry": entries}, f)
