"""Writes aizu.mdl: AizuSim's population-and-staffing model as a Vensim model for
PySD, subscripted over the scenario's municipalities, from Scenarios/aizu.toml.

    python3 make_pysd_model.py [SCENARIO] [OUT.mdl]      # default: aizu.mdl here

The data (anchors, age-band shares, staff, parameters) come from the scenario via
aizu_model.load; the equations are written here once, each citing its section of
docs/model.md. Time runs from the base year to the horizon with TIME STEP = 1:
PySD integrates by Euler, and Euler with dt = 1 year is exactly the yearly
difference equation of "Staff supply" (S(t+1) = S(t) + hires(t) − q·S(t)).

Lookups do the interpolation between anchors:
- population: a lookup of ln P, so EXP(lookup(Time)) is log-linear between the
  anchors (P(a)·(P(b)/P(a))^f = exp(ln P(a) + f·(ln P(b) − ln P(a)))); the years
  2020-2040 lie between the seed's anchors 2015, 2020, 2040, so no extrapolation
  is needed (a Vensim lookup would hold its end value, not continue the rate);
- the age bands' 65+ and 15-64 shares, the national 65+ share and the recruitment
  index: linear lookups, held beyond their ends, as docs/model.md's linear rule.

Parameters a run may change (pysd run(params=...)): "leave rate", "elderly
weight", "elasticity setting" (a negative value means ε fitted by least squares
across the municipalities, as elasticity = "fitted" in the scenario).
"""

from __future__ import annotations

import os
import re
import sys

import aizu_model as am

HERE = os.path.dirname(os.path.abspath(__file__))


def ident(romaji: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", romaji)


def num(x: float) -> str:
    """Shortest text that reads back as the same double."""
    r = repr(float(x))
    return r[:-2] if r.endswith(".0") else r


def lookup(name, subscript, points, comment="", span=None):
    """A Vensim lookup through `points`; with `span` (first, last year), end points
    are repeated out to it, which is the linear rule's hold and keeps PySD from
    warning that it extrapolates."""
    points = list(points)
    if span:
        if points[0][0] > span[0]:
            points.insert(0, (span[0], points[0][1]))
        if points[-1][0] < span[1]:
            points.append((span[1], points[-1][1]))
    if len(points) == 1:                 # a single anchor, held: two equal points
        points.append((points[0][0] + 1, points[0][1]))
    body = ",".join(f"({num(y)},{num(v)})" for y, v in points)
    lhs = f"{name}[{subscript}]" if subscript else name
    return f"{lhs}(\n\t{body})\n\t~\t\n\t~\t{comment}\n\t|\n"


def eq(lhs, rhs, units="", comment=""):
    return f"{lhs} =\n\t{rhs}\n\t~\t{units}\n\t~\t{comment}\n\t|\n"


def generate(sc: am.Scenario) -> str:
    ms = sc.municipalities
    elems = [ident(m.romaji) for m in ms]
    b = sc.base_year
    for m in ms:
        if [y for y, _ in m.elderly_share] != [b] or [y for y, _ in m.elderly_count] != [b]:
            raise SystemExit(f"{m.name}: one 65+ count, in the base year, is what this model handles")
        if am.exact(m.population, b) is None:
            raise SystemExit(f"{m.name}: no population anchor in the base year {b}")
        if m.population[0][0] > b or m.population[-1][0] < sc.horizon:
            raise SystemExit(f"{m.name}: population anchors must span {b}-{sc.horizon} (lookups do not extrapolate)")
    first, last = ms[0].band_years[0], ms[0].band_years[-1]
    if any((m.band_years[0], m.band_years[-1]) != (first, last) for m in ms):
        raise SystemExit("the age bands' first and last years differ between municipalities")

    out = ["{UTF-8}\n"]
    out.append(f"Municipality:\n\t{', '.join(elems)}\n\t~\t\n\t~\tThe scenario's municipalities, in its order "
               f"({', '.join(m.name for m in ms)}).\n\t|\n\n")

    def per(name, values, units="", comment=""):
        for e, v in zip(elems, values):
            out.append(eq(f"{name}[{e}]", num(v), units, comment))

    # --- data
    for m, e in zip(ms, elems):
        out.append(lookup("ln population anchors", e, [(y, am.math.log(v)) for y, v in m.population],
                          "ln of the scenario's population anchors (table 1, table 2)."))
    per("population base", [am.exact(m.population, b) for m in ms], "persons", "P(b), table 1.")
    per("elderly base", [m.elderly_count[0][1] for m in ms], "persons", "E(b), residents aged 65+, table 1.")
    per("staff base", [m.staff for m in ms], "FTE", "S(b), staff in the base year, table 1.")
    for m, e in zip(ms, elems):
        out.append(lookup("band elderly share", e, m.band_elderly_share, "s(t): IPSS 2023 65+ / population.",
                          span=(b, sc.horizon)))
    for m, e in zip(ms, elems):
        out.append(lookup("band working share", e, m.band_working_share, "w(t): IPSS 2023 15-64 / population.",
                          span=(b, sc.horizon)))
    out.append(lookup("national elderly share", "", sc.national_share, "n(t), IPSS 2017 medium variant.",
                      span=(b, sc.horizon)))
    out.append(lookup("recruitment index", "", sc.recruitment_index, "r(t), held beyond its anchors.",
                      span=(b, sc.horizon)))
    out.append(eq("band first year", num(first), "year"))
    out.append(eq("band last year", num(last), "year"))
    out.append(eq("base year", num(b), "year"))
    out.append(eq("municipality count", num(len(ms)), "", "How many municipalities (for the means of the fit)."))

    # --- parameters
    out.append(eq("leave rate", num(sc.leave_rate), "1/year", "q, assumptions.leave_rate."))
    out.append(eq("elderly weight", num(sc.elderly_weight), "", "w, assumptions.elderly_weight."))
    out.append(eq("elasticity setting", num(-1 if sc.elasticity is None else sc.elasticity), "",
                  "assumptions.elasticity; negative means fitted."))

    M = "[Municipality]"
    # --- docs/model.md, "Population, method anchored"
    out.append(eq(f"population{M}", f"EXP(ln population anchors{M}(Time))", "persons",
                  "Log-linear between anchors."))
    # --- "Residents aged 65+", elderly_rise = municipal
    out.append(eq("band year", "MIN(MAX(Time, band first year), band last year)", "year",
                  "The age bands' year nearest to Time."))
    out.append(eq(f"reference share{M}",
                  f"band elderly share{M}(band year) + national elderly share(Time) - national elderly share(band year)",
                  "", "s(t): the bands' share, and beyond their years the national change since."))
    out.append(eq(f"reference share base{M}", f"INITIAL(reference share{M})", "", "s(b)."))
    out.append(eq(f"elderly share base{M}", f"elderly base{M} / population base{M}", "", "e(b) = E(b) / P(b)."))
    out.append(eq(f"elderly share{M}",
                  f"IF THEN ELSE(Time = base year, elderly share base{M}, "
                  f"MIN(1, MAX(0, elderly share base{M} + (reference share{M} - reference share base{M}))))",
                  "", "e(t) = e(b) + (s(t) - s(b)), clamped to 0..1."))
    out.append(eq(f"elderly{M}",
                  f"IF THEN ELSE(Time = base year, elderly base{M}, population{M} * elderly share{M})",
                  "persons", "E(t) = e(t)·P(t); the count itself in the base year."))
    # --- "Staff demand"
    out.append(eq(f"service need{M}", f"(population{M} - elderly{M}) + elderly weight * elderly{M}",
                  "persons", "Q = (P - E) + w·E."))
    out.append(eq(f"service need base{M}", f"INITIAL(service need{M})", "persons", "Q(b)."))
    out.append(eq(f"fit x{M}", f"LN(service need base{M})"))
    out.append(eq(f"fit y{M}", f"LN(staff base{M})"))
    out.append(eq("fit mean x", "SUM(fit x[Municipality!]) / municipality count"))
    out.append(eq("fit mean y", "SUM(fit y[Municipality!]) / municipality count"))
    out.append(eq(f"fit dx{M}", f"fit x{M} - fit mean x"))
    out.append(eq(f"fit dy{M}", f"fit y{M} - fit mean y"))
    out.append(eq(f"fit sxy{M}", f"fit dx{M} * fit dy{M}"))
    out.append(eq(f"fit sxx{M}", f"fit dx{M} * fit dx{M}"))
    out.append(eq("fitted elasticity", "SUM(fit sxy[Municipality!]) / SUM(fit sxx[Municipality!])", "",
                  "Least-squares slope of ln S(b) on ln Q(b)."))
    out.append(eq("elasticity", "IF THEN ELSE(elasticity setting < 0, fitted elasticity, elasticity setting)", "",
                  "ε."))
    out.append(eq(f"staff demand{M}", f"staff base{M} * (service need{M} / service need base{M}) ^ elasticity",
                  "FTE", "D = S(b)·(Q/Q(b))^ε."))
    # --- "Staff supply", recruitment, working_age pool
    out.append(eq(f"recruitment pool{M}", f"population{M} * band working share{M}(Time)", "persons",
                  "W(t) = P(t)·w(t), residents aged 15-64."))
    out.append(eq(f"indexed pool{M}", f"recruitment index(Time) * recruitment pool{M}", "persons", "r(t)·W(t)."))
    out.append(eq(f"hiring rate{M}", f"leave rate * staff base{M} / INITIAL(indexed pool{M})", "1/year",
                  "h = q·S(b) / (r(b)·W(b))."))
    out.append(eq(f"hires{M}", f"MIN(leave rate * staff supply{M}, hiring rate{M} * MAX(indexed pool{M}, 0))",
                  "FTE/year", "hires = min(q·S, h·r·W)."))
    out.append(eq(f"leavers{M}", f"leave rate * staff supply{M}", "FTE/year", "q·S."))
    out.append(eq(f"staff supply{M}", f"INTEG(hires{M} - leavers{M}, staff base{M})", "FTE",
                  "S(t+1) = S(t) + hires(t) - q·S(t)."))
    # --- "Shortfall"
    out.append(eq(f"shortfall{M}", f"staff demand{M} - staff supply{M}", "FTE", "D - S."))

    # --- control
    out.append(eq("INITIAL TIME", num(b), "year"))
    out.append(eq("FINAL TIME", num(sc.horizon), "year"))
    out.append(eq("TIME STEP", "1", "year", "Euler with dt = 1 year: the yearly difference equation."))
    out.append(eq("SAVEPER", "TIME STEP", "year"))
    out.append("\\\\\\---/// Sketch information - none\n")
    return "".join(out)


def main(argv):
    scenario = argv[1] if len(argv) > 1 else am.DEFAULT_SCENARIO
    target = argv[2] if len(argv) > 2 else os.path.join(HERE, "aizu.mdl")
    text = generate(am.load(scenario))
    with open(target, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {target}")


if __name__ == "__main__":
    main(sys.argv)
