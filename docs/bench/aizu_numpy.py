"""AizuSim's population-and-staffing model vectorised with numpy over N runs.

The same equations as aizu_model.py (docs/model.md: "Series between anchors",
"Population, method anchored", "Residents aged 65+", "Staff demand", "Staff
supply", "Shortfall"), with arrays of runs × municipalities and a loop over the
years only. The scenario is read by aizu_model.load (tomllib, with the age bands
checked against the IPSS data file); `tables` turns it into anchor arrays once.

A run may have its own leave rate q, elderly weight w and elasticity ε (arrays of
length N); ε None is fitted per run to the base year, as `elasticity = "fitted"`.

    python3 aizu_numpy.py [N]     # N runs with the scenario's parameters, 2040 mean
"""

from __future__ import annotations

import sys

import numpy as np

import aizu_model as am


class Tables:
    """The scenario's anchors as arrays (municipalities in the scenario's order)."""

    def __init__(self, sc: am.Scenario):
        ms = sc.municipalities
        self.scenario = sc
        self.years = np.arange(sc.base_year, sc.horizon + 1)
        self.names = [m.name for m in ms]
        self.staff = np.array([m.staff for m in ms])

        def common(attr):
            years = {tuple(y for y, _ in getattr(m, attr)) for m in ms}
            if len(years) != 1:
                raise SystemExit(f"{attr}: the municipalities' anchor years differ; not vectorised here")
            return np.array(years.pop(), dtype=float), np.array([[v for _, v in getattr(m, attr)] for m in ms])

        self.pop_years, self.pop = common("population")                      # (K,), (M, K)
        self.own_years, self.own_share = common("elderly_share")
        self.count_years, self.count = common("elderly_count")
        self.band_years, self.band_elderly = common("band_elderly_share")
        _, self.band_working = common("band_working_share")
        self.r_years = np.array([y for y, _ in sc.recruitment_index], dtype=float)
        self.r_values = np.array([v for _, v in sc.recruitment_index])
        self.n_years = np.array([y for y, _ in sc.national_share], dtype=float)
        self.n_values = np.array([v for _, v in sc.national_share])
        if len(self.own_years) != 1 or self.own_years[0] != sc.base_year:
            raise SystemExit("one 65+ anchor, in the base year, is what the vectorised model handles")


def linear(xs, fs, year):
    """docs/model.md's linear rule for every row of fs (M, K), or for fs (K,), at one
    year: straight lines, the ends held, and an anchor's own value at an anchor."""
    hit = np.nonzero(xs == year)[0]
    if hit.size:
        return fs[..., hit[0]]
    if year <= xs[0]:
        return fs[..., 0]
    if year >= xs[-1]:
        return fs[..., -1]
    i = int(np.searchsorted(xs, year, side="right") - 1)
    fraction = (year - xs[i]) / (xs[i + 1] - xs[i])
    return fs[..., i] + (fs[..., i + 1] - fs[..., i]) * fraction


def log_linear(xs, fs, year):
    """docs/model.md, "Population, method anchored", for every row of fs (M, K)."""
    hit = np.nonzero(xs == year)[0]
    if hit.size:
        return fs[:, hit[0]]
    if year <= xs[0]:
        i = 0
    elif year >= xs[-1]:
        i = len(xs) - 2
    else:
        i = int(np.searchsorted(xs, year, side="right") - 1)
    a, b = fs[:, i], fs[:, i + 1]
    return a * np.power(b / a, (year - xs[i]) / (xs[i + 1] - xs[i]))


def people(t: Tables):
    """P, E, W (M, Y): they do not depend on the runs' parameters."""
    sc = t.scenario
    first, last = t.band_years[0], t.band_years[-1]

    def reference(year):
        edge = min(max(year, first), last)
        return (linear(t.band_years, t.band_elderly, edge)
                + linear(t.n_years, t.n_values, year) - linear(t.n_years, t.n_values, edge))

    anchor = t.own_years[0]
    ref_anchor = reference(anchor)
    P = np.empty((len(t.names), len(t.years)))
    E = np.empty_like(P)
    W = np.empty_like(P)
    for j, year in enumerate(t.years):
        p = log_linear(t.pop_years, t.pop, year)
        if year == anchor:
            share = t.own_share[:, 0]
        else:
            share = t.own_share[:, 0] + (reference(year) - ref_anchor)
        share = np.clip(share, 0.0, 1.0)
        # a count for a year whose population is data is used as it is
        hit = np.nonzero(t.count_years == year)[0]
        if hit.size and year in t.pop_years:
            e = t.count[:, hit[0]]
        else:
            e = p * share
        P[:, j], E[:, j] = p, e
        W[:, j] = p * linear(t.band_years, t.band_working, year)
    return P, E, W


def project(t: Tables, leave_rate, elderly_weight, elasticity=None):
    """N runs at once. leave_rate, elderly_weight (and elasticity, or None for fitted)
    are arrays of shape (N,). Returns (out, eps): out maps each metric to an array
    (N, M, Y), or (M, Y) for those the runs share (population, elderly, ...)."""
    q = np.asarray(leave_rate, dtype=float)[:, None]        # (N, 1)
    w = np.asarray(elderly_weight, dtype=float)[:, None, None]
    P, E, W = people(t)
    Q = (P - E)[None] + w * E[None]                        # (N, M, Y)
    Q0 = Q[:, :, 0]
    if elasticity is None:                                  # least squares per run
        x = np.log(Q0)
        y = np.log(t.staff)
        dx = x - x.mean(axis=1, keepdims=True)
        dy = y - y.mean()
        eps = (dx * dy).sum(axis=1) / (dx * dx).sum(axis=1)
    else:
        eps = np.asarray(elasticity, dtype=float)
    demand = t.staff[None, :, None] * np.power(Q / Q0[:, :, None], eps[:, None, None])
    r = np.array([linear(t.r_years, t.r_values, y) for y in t.years])
    pool = r[None, :] * W                                   # (M, Y)
    h = q * t.staff[None] / pool[:, 0][None]                # (N, M)
    supply = np.empty_like(demand)
    staff = np.broadcast_to(t.staff, h.shape).copy()
    cap = h[:, :, None] * np.maximum(pool, 0.0)[None]       # h·r(t)·W(t), (N, M, Y)
    keep = 1 - q
    for j in range(len(t.years)):
        supply[:, :, j] = staff
        staff = staff * keep + np.minimum(q * staff, cap[:, :, j])
    out = {
        "population": P, "elderly": E, "recruitment_pool": W,
        "elderly_share": E / P,
        "staff_supply": supply, "staff_demand": demand, "shortfall_fte": demand - supply,
    }
    return out, eps


def scenario_runs(t: Tables, n: int):
    sc = t.scenario
    eps = None if sc.elasticity is None else np.full(n, sc.elasticity)
    return np.full(n, sc.leave_rate), np.full(n, sc.elderly_weight), eps


def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 1
    t = Tables(am.load())
    out, eps = project(t, *scenario_runs(t, n))
    print(f"{n} runs, elasticity {float(eps[0])!r}; {t.years[-1]} supply per municipality (run 0):")
    print(np.round(out["staff_supply"][0, :, -1], 2))


if __name__ == "__main__":
    main(sys.argv)
