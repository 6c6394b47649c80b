# Generates the example scans of the report tests (deterministic). Run from this folder:
#   python3 generate.py
import json, os, random
here = os.path.dirname(os.path.abspath(__file__))
q = json.load(open(os.path.join(here, '../../../../../../../../inclusion-model/src/main/resources/org/inclusionscan/questionnaire/selfscan-1.json'), encoding='utf-8'))
items = q['items']
def gen(seed, base, roles, date, note, dim_shift, missing_rate=0.04, dk_rate=0.05, split=None, org_note=None):
    rnd = random.Random(seed)
    respondents = []
    for i, role in enumerate(roles):
        answers = {}
        personal = rnd.uniform(-0.4, 0.4)
        for it in items:
            r = rnd.random()
            if r < missing_rate:
                continue
            if r < missing_rate + dk_rate:
                answers[it['id']] = 'dont-know'
                continue
            target = base.get(it['factor'], 3.2) + dim_shift.get(it['dimension'], 0) + personal
            if split and it['factor'] in split:
                target += split[it['factor']] if i % 2 == 0 else -split[it['factor']]
            v = int(round(target + rnd.gauss(0, 0.6)))
            v = max(1, min(5, v))
            if it['reversed']:
                v = 6 - v
            answers[it['id']] = v
        resp = {"id": "r%d" % (i + 1), "role": role, "answers": answers}
        respondents.append(resp)
    org = {"name": "Dienstencentrum De Linde", "region": "brussels", "sector": "local-service-centre",
           "targetGroups": ["older-people", "lonely-people", "poverty"]}
    if org_note: org["note"] = org_note
    scan = {"organisation": org, "questionnaire": "selfscan-1", "date": date, "respondents": respondents}
    if note: scan["note"] = note
    return scan

roles = ["frontline"] * 6 + ["volunteer"] * 5
base_2025 = {"network-vitality": 1.9, "valued-roles": 2.2, "participation": 2.3, "information": 2.8, "stakeholders": 2.6,
             "vision": 3.8, "organisational-culture": 3.9, "staff-vision": 3.9, "staff-benefits": 3.6, "offer": 3.7,
             "infrastructure": 4.2, "local-environment": 2.7, "bridge-figures": 2.5, "legislation": 3.0, "image": 3.0,
             "life-domains": 2.6, "staff-equipment": 2.9, "leadership": 3.5}
base_2026 = dict(base_2025)
base_2026.update({"network-vitality": 2.3, "valued-roles": 2.1, "participation": 2.9, "stakeholders": 3.1, "life-domains": 2.2,
                  "bridge-figures": 3.0, "information": 2.5, "staff-equipment": 3.4, "infrastructure": 3.8})
shift = {"culture": 0.3, "practice": 0.0, "policy": -0.6}
shift26 = {"culture": 0.3, "practice": 0.1, "policy": -0.5}
s25 = gen(2025, base_2025, roles, "2025-11-18", "Eerste zelfscan, ingevuld tijdens de teamdag in november.", shift,
          split={"image": 1.1, "offer": 1.0})
s26 = gen(2026, base_2026, roles, "2026-11-17", "Tweede zelfscan, een jaar na de eerste.", shift26,
          split={"image": 0.9, "participation": 1.1}, org_note="Werkt samen met het buurthuis en het OCMW.")
s26["respondents"][1]["note"] = "Sinds de buurtwandelingen kennen we veel meer bewoners bij naam."
s26["respondents"][7]["note"] = "Als vrijwilliger weet ik niet goed wat het bestuur beslist over de buurtwerking."
d = here + '/'
json.dump(s25, open(d + 'de-linde-2025.json', 'w'), indent=1, ensure_ascii=False)
json.dump(s26, open(d + 'de-linde-2026.json', 'w'), indent=1, ensure_ascii=False)
# a small youth house: one respondent only
s1 = gen(7, {"participation": 2.0, "valued-roles": 2.4}, ["staff"], "2026-10-02", None, {}, missing_rate=0.25, dk_rate=0.1)
s1["organisation"] = {"name": "Jeugdhuis De Brug", "region": "flanders", "sector": "youth-work", "targetGroups": ["young-people"]}
json.dump(s1, open(d + 'single-respondent-youth-house.json', 'w'), indent=1, ensure_ascii=False)
