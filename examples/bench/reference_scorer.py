#!/usr/bin/env python3
"""An independent reference implementation of vetcpd's tailoring score, in plain Python.

It reads a vetcpd data set (JSON, docs/data-format.md) and an optional rubric (the JSON that
`vetcpd rubric` prints) and prints, per plan in plan order, the same CSV columns as
`vetcpd score DATASET --format csv`: plan, teacher, score, band and the ten criterion values
(empty when not assessed). The formulas are those of docs/rubric.md, written again from the
document, not from the Java code, so that the two can check each other (see
examples/src/test/.../ReferenceScorerTest.java) and so that the end-to-end benchmark in
examples/bench/e2e.sh compares vetcpd with a plain scorer of the same rubric.

It trusts its input (no validation): run `vetcpd validate` first. Standard library only.

Usage: reference_scorer.py DATASET.json [RUBRIC.json] > scores.csv
"""
import csv
import json
import sys

AREAS = ("VOCATIONAL", "INDUSTRY_COOPERATION", "PEDAGOGICAL", "WORKING_COMMUNITY")
CRITERIA = ("needs-alignment", "vocational-focus", "contextualisation", "industry-contact",
            "driver-response", "collaboration", "facilitation", "coverage",
            "knowledge-integration", "sustained-learning")
EPS = 1e-9

# Activity type defaults: area profile (VOC, IND, PED, WC), industry contact, substitute, scope.
ACTIVITY_TYPES = {
    "STUDENT_PLACEMENT_FOLLOW_UP": ((.4, .5, .1, 0), True, False, "INDIVIDUAL"),
    "INDUSTRY_MEETING": ((.4, .6, 0, 0), True, False, "TEAM"),
    "TEACHER_PLACEMENT": ((.7, .3, 0, 0), True, True, "INDIVIDUAL"),
    "INDUSTRY_TRAINING": ((.8, .2, 0, 0), True, True, "INDIVIDUAL"),
    "JOB_SHADOWING": ((.4, 0, .4, .2), False, True, "INDIVIDUAL"),
    "SCHOOL_DEVELOPMENT_PROJECT": ((0, 0, .6, .4), False, False, "WHOLE_SCHOOL"),
    "SUBJECT_NETWORK": ((.5, .1, .3, .1), False, False, "NETWORK"),
    "GENERAL_NETWORK": ((0, 0, .5, .5), False, False, "NETWORK"),
    "DEPARTMENT_MEETING": ((.2, 0, .3, .5), False, False, "TEAM"),
    "COURSE": ((.3, 0, .5, .2), False, True, "INDIVIDUAL"),
    "FORMAL_QUALIFICATION": ((.3, 0, .6, .1), False, True, "INDIVIDUAL"),
    "PEER_OBSERVATION": ((0, 0, .8, .2), False, False, "TEAM"),
    "SELF_DIRECTED_STUDY": ((.7, 0, .3, 0), False, False, "INDIVIDUAL"),
    "CONFERENCE": ((.3, .2, .3, .2), False, True, "NETWORK"),
    "OTHER": ((.25, .25, .25, .25), False, False, "INDIVIDUAL"),
}
# Driver kind defaults: scope, pulls (VOC, IND, PED, WC).
DRIVER_KINDS = {
    "GOVERNANCE_TARGETS": ("GENERAL", (0, 0, .6, .4)),
    "MARKET_COMPETITION": ("GENERAL", (0, .2, .4, .4)),
    "INDUSTRY_DEMAND": ("VOCATION_SPECIFIC", (.5, .5, 0, 0)),
    "TECHNOLOGY_CHANGE": ("VOCATION_SPECIFIC", (.8, .2, 0, 0)),
    "POLICY_REFORM": ("GENERAL", (.2, 0, .5, .3)),
    "DEMOGRAPHIC_CHANGE": ("GENERAL", (.5, .3, 0, .2)),
    "REGIONAL_LABOUR_NEED": ("VOCATION_SPECIFIC", (.4, .6, 0, 0)),
    "TEACHER_INITIATIVE": ("VOCATION_SPECIFIC", (.6, .2, .2, 0)),
}
NEED_LEVELS = {"NONE": 0, "LOW": 1, "MODERATE": 2, "HIGH": 3}
STANDARD = {
    "weights": {"needs-alignment": .20, "vocational-focus": .15, "contextualisation": .15,
                "industry-contact": .15, "driver-response": .09, "collaboration": .06,
                "facilitation": .12, "coverage": .04, "knowledge-integration": .02,
                "sustained-learning": .02},
    "teacherVoice": .6, "minVocationalShare": .4, "industryHoursBase": 15.0,
    "industryHoursPerYear": 5.0, "industryYearCap": 10.0, "unknownYears": 5.0,
    "collaborationTarget": .35, "genericCollaboration": .25, "neededShare": .15,
    "coveredFraction": .5, "generalDriverFactor": .5, "barrierWeight": 2.0, "sustainedWeeks": 4,
    "contextualisation": {"GENERIC": 0.0, "ADAPTED": .6, "PROGRAMME_SPECIFIC": 1.0},
    "leader": {"NONE": 0.0, "DELEGATED": .5, "ACTIVE": 1.0},
    "tailoredLimit": 70.0, "partlyTailoredLimit": 45.0,
}


def normalise(weights):
    """A vector over the four areas, scaled to sum 1."""
    total = sum(weights)
    return tuple(w / total for w in weights)


def vector(area_map):
    return tuple(float(area_map.get(a, 0)) for a in AREAS)


class Activity:
    def __init__(self, a):
        profile, industry, substitute, scope = ACTIVITY_TYPES[a["type"]]
        self.profile = normalise(vector(a["areas"]) if "areas" in a else profile)
        self.industry = a.get("industryContact", industry)
        self.substitute = a.get("requiresSubstitute", substitute)
        self.scope = a.get("scope", scope)
        self.ctx = a["contextualisation"]
        self.programmes = a.get("programmes", [])
        self.knowledge = len(a.get("knowledge", []))
        self.weeks = a.get("spanWeeks", 1)
        self.cost = a.get("costPerHour", 0)


def score_plan(plan, teacher, activities, drivers, rubric):
    """Returns (score, band, {criterion: value or None})."""
    items = plan["items"]
    if not items:
        return 0.0, "GENERIC", {c: None for c in CRITERIA}
    programme = teacher["programme"]
    levels = [NEED_LEVELS[teacher.get("needs", {}).get(a, "NONE")] for a in AREAS]
    need = normalise(levels) if sum(levels) > 0 else (.25, .25, .25, .25)
    listed = plan.get("drivers")
    applicable = [d for d in drivers
                  if (not d.get("programmes") or programme in d["programmes"])
                  and (listed is None or d["id"] in listed)]
    pulls = [(d, normalise(vector(d["pulls"]) if "pulls" in d else DRIVER_KINDS[d["kind"]][1]))
             for d in applicable]
    raw = [sum(d["strength"] * p[k] for d, p in pulls) for k in range(4)]
    drive = normalise(raw) if sum(raw) > 0 else need
    lam = rubric["teacherVoice"]
    target = tuple(lam * need[k] + (1 - lam) * drive[k] for k in range(4))

    rows = [(activities[i["activity"]], i) for i in items]
    total = sum(i["hours"] for _, i in rows)
    fit = [(a, i) for a, i in rows if not a.programmes or programme in a.programmes]
    emphasis = tuple(sum(i["hours"] * a.profile[k] for a, i in fit) / total for k in range(4))
    values = {}
    values["needs-alignment"] = sum(min(emphasis[k], target[k]) for k in range(4))
    values["vocational-focus"] = min(1.0, (emphasis[0] + emphasis[1])
                                     / max(target[0] + target[1], rubric["minVocationalShare"]))
    values["contextualisation"] = sum(i["hours"] * rubric["contextualisation"][a.ctx]
                                      for a, i in fit) / total
    years = teacher.get("yearsSinceIndustryContact", rubric["unknownYears"])
    required = (rubric["industryHoursBase"]
                + rubric["industryHoursPerYear"] * min(years, rubric["industryYearCap"]))
    values["industry-contact"] = min(1.0, sum(i["hours"] for a, i in fit if a.industry) / required)
    use = [(d["strength"] * (1 if d.get("scope", DRIVER_KINDS[d["kind"]][0]) == "VOCATION_SPECIFIC"
                             else rubric["generalDriverFactor"]), p) for d, p in pulls]
    total_use = sum(u for u, _ in use)
    values["driver-response"] = (sum(u * sum(min(emphasis[k], p[k]) for k in range(4))
                                     for u, p in use) / total_use) if total_use > 0 else None
    together = sum(i["hours"] * (1 if a.ctx != "GENERIC" or a.industry
                                 else rubric["genericCollaboration"])
                   for a, i in fit if a.scope != "INDIVIDUAL") / total
    values["collaboration"] = min(1.0, together / rubric["collaborationTarget"])
    values["facilitation"] = facilitation(plan, teacher, rows, total, rubric)
    needed = [k for k in range(4) if target[k] >= rubric["neededShare"] - EPS]
    covered = [k for k in needed if emphasis[k] >= rubric["coveredFraction"] * target[k] - EPS]
    values["coverage"] = len(covered) / len(needed) if needed else 1.0
    values["knowledge-integration"] = (sum(i["hours"] for a, i in fit if a.knowledge >= 2) / total
                                       if any(a.knowledge > 0 for a, _ in rows) else None)
    values["sustained-learning"] = sum(i["hours"] for a, i in fit
                                       if a.weeks >= rubric["sustainedWeeks"]) / total

    weights = rubric["weights"]
    assessed = [c for c in CRITERIA if values[c] is not None]
    weight_sum = sum(weights[c] for c in assessed)
    score = 100 * sum(weights[c] * values[c] for c in assessed) / weight_sum
    if score >= rubric["tailoredLimit"] - EPS:
        band = "TAILORED"
    elif score >= rubric["partlyTailoredLimit"] - EPS:
        band = "PARTLY_TAILORED"
    else:
        band = "GENERIC"
    return score, band, values


def facilitation(plan, teacher, rows, total, rubric):
    time = sum(i["hours"] for _, i in rows if i.get("timeAllocated", False)) / total
    need_cover = sum(i["hours"] for a, i in rows if a.substitute)
    cover = (sum(i["hours"] for a, i in rows if a.substitute and i.get("substituteFunded", False))
             / need_cover) if need_cover > 0 else 1.0
    costly = sum(i["hours"] for a, i in rows if a.cost > 0)
    cost = (sum(i["hours"] for a, i in rows if a.cost > 0 and i.get("costFunded", False))
            / costly) if costly > 0 else 1.0
    leader = rubric["leader"][plan["leaderInvolvement"]]
    barriers = set(teacher.get("barriers", []))
    parts = ((time, "SCHEDULE_CONFLICT"), (cover, "NO_SUBSTITUTE_COVER"), (cost, "COST"),
             (leader, "NO_EMPLOYER_SUPPORT"))
    betas = [rubric["barrierWeight"] if b in barriers else 1.0 for _, b in parts]
    return sum(beta * v for beta, (v, _) in zip(betas, parts)) / sum(betas)


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit("usage: reference_scorer.py DATASET.json [RUBRIC.json]")
    with open(argv[1], encoding="utf-8-sig") as f:
        dataset = json.load(f)
    rubric = STANDARD
    if len(argv) == 3:
        with open(argv[2], encoding="utf-8-sig") as f:
            rubric = json.load(f)
    activities = {a["id"]: Activity(a) for a in dataset.get("activities", [])}
    teachers = {t["id"]: t for t in dataset.get("teachers", [])}
    drivers = dataset.get("drivers", [])
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["plan", "teacher", "score", "band"] + [c.replace("-", "_") for c in CRITERIA])
    for plan in dataset.get("plans", []):
        score, band, values = score_plan(plan, teachers[plan["teacher"]], activities, drivers,
                                         rubric)
        out.writerow([plan["id"], plan["teacher"], repr(score), band]
                     + ["" if values[c] is None else repr(values[c]) for c in CRITERIA])


if __name__ == "__main__":
    main(sys.argv)
