"""AizuSim's population-and-staffing model in plain Python (no numpy).

The equations are those of docs/model.md, sections "Series between anchors",
"Population, method anchored", "Residents aged 65+" (elderly_rise = municipal),
"Staff demand" and "Staff supply" (staffing = recruitment, recruitment_pool =
working_age), and "Shortfall". Where the text leaves the order of operations open
the code follows Sources/Simulation/Projection.swift, YearSeries.swift,
AgeBands.swift and Math.swift, so that the figures agree with `aizusim` to the
last bit or nearly so.

Every input is read from the scenario file (Scenarios/aizu.toml) with tomllib;
the IPSS 2023 age bands the scenario carries are checked, value by value,
against the IPSS data file Scenarios/data/ipss2023-aizu.csv.

    python3 aizu_model.py            # prints the 2040 figures of the Aizu scenario

`project(scenario)` is one run with the scenario's own parameters; the keyword
arguments leave_rate, elderly_weight and elasticity override them for a Monte Carlo
run (elasticity None means: fitted to the scenario's municipalities, as
`elasticity = "fitted"` in the scenario).
"""

from __future__ import annotations

import csv
import math
import os
import sys
import tomllib
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DEFAULT_SCENARIO = os.path.join(REPO, "Scenarios", "aizu.toml")
DEFAULT_IPSS = os.path.join(REPO, "Scenarios", "data", "ipss2023-aizu.csv")

# The five outputs every implementation is checked on, plus two more.
METRICS = ("population", "elderly", "staff_supply", "staff_demand", "shortfall_fte")
EXTRA_METRICS = ("elderly_share", "recruitment_pool")


# ---------------------------------------------------------------------------
# docs/model.md, "Series between anchors" (YearSeries.swift)

def series(table) -> list[tuple[int, float]]:
    """A TOML table {2020 = 1.0, 2040 = 0.5} as anchors sorted by year."""
    return sorted((int(k), float(v)) for k, v in table.items())


def exact(anchors, year):
    for y, v in anchors:
        if y == year:
            return v
    return None


def segment(anchors, year):
    i = 0
    while i + 2 < len(anchors) and anchors[i + 1][0] <= year:
        i += 1
    return anchors[i], anchors[i + 1]


def linear(anchors, year) -> float:
    """Straight lines between anchors, the nearest anchor's value outside them."""
    if not anchors:
        return 0.0
    v = exact(anchors, year)
    if v is not None:
        return v
    if year <= anchors[0][0]:
        return anchors[0][1]
    if year >= anchors[-1][0]:
        return anchors[-1][1]
    (ay, av), (by, bv) = segment(anchors, year)
    fraction = (year - ay) / (by - ay)
    return av + (bv - av) * fraction


def log_linear(anchors, year) -> float:
    """Constant growth rate between anchors; the end segments' rates continue."""
    if not anchors:
        return 0.0
    if len(anchors) == 1:
        return anchors[0][1]
    v = exact(anchors, year)
    if v is not None:
        return v
    if year <= anchors[0][0]:
        a, b = anchors[0], anchors[1]
    elif year >= anchors[-1][0]:
        a, b = anchors[-2], anchors[-1]
    else:
        a, b = segment(anchors, year)
    (ay, av), (by, bv) = a, b
    if not (av > 0 and bv > 0):
        slope = (bv - av) / (by - ay)
        return max(0.0, av + slope * (year - ay))
    return av * math.pow(bv / av, (year - ay) / (by - ay))


# ---------------------------------------------------------------------------
# The scenario's inputs

@dataclass
class Municipality:
    name: str
    romaji: str
    population: list          # anchors (year, residents)
    elderly_count: list       # anchors (year, residents aged 65+)
    elderly_share: list       # the same as shares of that year's population
    staff: float              # S(b)
    band_years: list          # IPSS 2023 years
    band_elderly_share: list  # anchors (year, 65+ / population), s(t)
    band_working_share: list  # anchors (year, 15-64 / population), w(t)


@dataclass
class Scenario:
    base_year: int
    horizon: int
    leave_rate: float
    elderly_weight: float
    elasticity: float | None   # None: fitted
    recruitment_index: list
    national_share: list
    municipalities: list

    @property
    def years(self):
        return range(self.base_year, self.horizon + 1)


def _assumption(assumptions, key, default):
    entry = assumptions.get(key)
    if entry is None:
        return default
    return entry["value"] if isinstance(entry, dict) and "value" in entry else entry


def read_ipss_csv(path):
    rows = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows[(row["municipality"], int(row["year"]))] = {
                k: float(row[k]) for k in ("population", "age_0_14", "age_15_64", "age_65_plus")}
    return rows


def load(path=DEFAULT_SCENARIO, ipss_path=DEFAULT_IPSS) -> Scenario:
    """Reads a scenario that uses the default model (the built-in Aizu scenario)."""
    with open(path, "rb") as f:
        doc = tomllib.load(f)
    model = doc.get("model", {})
    wanted = {"population": "anchored", "staffing": "recruitment",
              "elderly_rise": "municipal", "recruitment_pool": "working_age"}
    for key, value in wanted.items():
        if model.get(key, value) != value:
            raise SystemExit(f"{path}: model.{key} = {model[key]!r}; this model implements {value!r} only")
    a = doc.get("assumptions", {})
    elasticity = _assumption(a, "elasticity", "fitted")
    ipss = read_ipss_csv(ipss_path) if ipss_path else None
    municipalities = []
    for name, m in doc["municipalities"].items():
        population = series(m["population"])
        counts = series(m.get("elderly", {}))
        shares = {y: v for y, v in series(m.get("elderly_share", {}))}
        for y, c in counts:   # counts become shares of that year's population
            shares[y] = c / log_linear(population, y)
        bands = m["age_bands"]
        band_pop = series(bands["population"])
        if ipss is not None:  # the scenario's bands are IPSS's, value for value
            for key in ("population", "age_0_14", "age_15_64", "age_65_plus"):
                for y, v in series(bands[key]):
                    if ipss[(name, y)][key] != v:
                        raise SystemExit(f"{name} {key} {y}: {v} in {path}, {ipss[(name, y)][key]} in {ipss_path}")

        def share(key):
            return [(y, v / exact(band_pop, y)) for y, v in series(bands[key]) if exact(band_pop, y)]

        municipalities.append(Municipality(
            name=name, romaji=m.get("romaji", name), population=population,
            elderly_count=counts, elderly_share=sorted(shares.items()),
            staff=float(m["staff"]), band_years=[y for y, _ in band_pop],
            band_elderly_share=share("age_65_plus"), band_working_share=share("age_15_64")))
    return Scenario(
        base_year=int(doc.get("base_year", 2020)), horizon=int(doc.get("horizon", 2040)),
        leave_rate=float(_assumption(a, "leave_rate", 0.035)),
        elderly_weight=float(_assumption(a, "elderly_weight", 1.0)),
        elasticity=None if elasticity == "fitted" else float(elasticity),
        recruitment_index=series(_assumption(a, "recruitment_index", {2020: 1.0})),
        national_share=series(_assumption(a, "elderly_share_rise", {2020: 0.289, 2040: 0.353, 2065: 0.384})),
        municipalities=municipalities)


# ---------------------------------------------------------------------------
# docs/model.md, "Residents aged 65+" (Projection.elderlyShare, referenceShare)

def reference_share(m: Municipality, national, year) -> float:
    first, last = m.band_years[0], m.band_years[-1]
    edge = min(max(year, first), last)
    return linear(m.band_elderly_share, edge) + linear(national, year) - linear(national, edge)


def elderly_share(m: Municipality, national, year) -> float:
    own = m.elderly_share
    v = exact(own, year)
    if v is not None:
        share = v
    elif own[0][0] < year < own[-1][0]:
        share = linear(own, year)
    else:
        ay, av = own[0] if year < own[0][0] else own[-1]
        share = av + (reference_share(m, national, year) - reference_share(m, national, ay))
    return min(max(share, 0.0), 1.0)


def people(m: Municipality, sc: Scenario):
    """P, E and W for every year (they do not depend on the Monte Carlo parameters)."""
    P, E, W = [], [], []
    for year in sc.years:
        p = log_linear(m.population, year)
        count = exact(m.elderly_count, year) if exact(m.population, year) == p else None
        e = count if count is not None else p * elderly_share(m, sc.national_share, year)
        P.append(p)
        E.append(e)
        W.append(p * linear(m.band_working_share, year))   # docs/model.md, "Staff supply"
    return P, E, W


def fitted_elasticity(sc: Scenario, base, weight) -> float:
    """Least-squares slope of ln S(b) on ln Q(b) across municipalities (Math.swift)."""
    x, y = [], []
    for m, (p, e) in zip(sc.municipalities, base):
        need = (p - e) + weight * e
        if need > 0 and m.staff > 0:
            x.append(math.log(need))
            y.append(math.log(m.staff))
    n = len(x)
    mx = sum(x) / n
    my = sum(y) / n
    sxy = sxx = 0.0
    for xi, yi in zip(x, y):
        sxy += (xi - mx) * (yi - my)
        sxx += (xi - mx) * (xi - mx)
    return sxy / sxx


def all_people(sc: Scenario):
    """P, E, W of every municipality: what runs that change only q, w or ε share."""
    return [people(m, sc) for m in sc.municipalities]


def project(sc: Scenario, leave_rate=None, elderly_weight=None, elasticity="scenario", paths=None):
    """One run. Returns {metric: [[value per year] per municipality]} and ε as used.
    `paths`, from all_people(sc), saves recomputing P, E and W in a batch of runs."""
    q = sc.leave_rate if leave_rate is None else leave_rate
    w = sc.elderly_weight if elderly_weight is None else elderly_weight
    eps = sc.elasticity if elasticity == "scenario" else elasticity
    if paths is None:
        paths = all_people(sc)
    if eps is None:
        eps = fitted_elasticity(sc, [(P[0], E[0]) for P, E, _ in paths], w)
    out = {k: [] for k in METRICS + EXTRA_METRICS}
    r = [linear(sc.recruitment_index, year) for year in sc.years]
    for m, (P, E, W) in zip(sc.municipalities, paths):
        s0 = m.staff
        q0 = (P[0] - E[0]) + w * E[0]
        # Staff demand: D = S(b)·(Q/Q(b))^ε
        demand = [s0 * math.pow(((p - e) + w * e) / q0, eps) if q0 > 0 else s0 for p, e in zip(P, E)]
        # Staff supply, recruitment: S(t+1) = S(t)(1 − q) + min(q·S(t), h·r(t)·W(t))
        pool0 = r[0] * W[0]
        h = q * s0 / pool0 if pool0 > 0 else 0.0
        staff, supply = s0, []
        for rt, wt in zip(r, W):
            supply.append(staff)
            hires = min(q * staff, h * max(rt * wt, 0.0))
            staff = staff * (1 - q) + hires
        out["population"].append(P)
        out["elderly"].append(E)
        out["staff_supply"].append(supply)
        out["staff_demand"].append(demand)
        out["shortfall_fte"].append([d - s for d, s in zip(demand, supply)])
        out["elderly_share"].append([e / p if p > 0 else 0.0 for p, e in zip(P, E)])
        out["recruitment_pool"].append(W)
    return out, eps


def main(argv):
    sc = load(argv[1] if len(argv) > 1 else DEFAULT_SCENARIO)
    out, eps = project(sc)
    last = len(sc.years) - 1
    print(f"elasticity {eps!r}; {sc.horizon}:")
    print(f"{'municipality':<14} {'population':>12} {'elderly':>10} {'supply':>9} {'demand':>9} {'shortfall':>9}")
    for i, m in enumerate(sc.municipalities):
        print(f"{m.romaji:<14} {out['population'][i][last]:12.1f} {out['elderly'][i][last]:10.1f} "
              f"{out['staff_supply'][i][last]:9.2f} {out['staff_demand'][i][last]:9.2f} "
              f"{out['shortfall_fte'][i][last]:9.2f}")


if __name__ == "__main__":
    main(sys.argv)
