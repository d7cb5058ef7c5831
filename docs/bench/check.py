"""Checks that AizuSim, the plain-Python model, the numpy model and the PySD model
give the same numbers for the Aizu scenario, every municipality and year from the
base year to the horizon (2020-2040), to 1e-9 relative.

    python3 check.py [AIZUSIM] [--no-pysd]

AIZUSIM is the aizusim binary (else $AIZUSIM, else ../../.build/release/aizusim,
else ../../.build/debug/aizusim). Compared: population, elderly, staff_supply,
staff_demand, shortfall_fte (and elderly_share, recruitment_pool), for the 13
municipalities and for the region (their sums). Two values a, b agree when
|a - b| <= 1e-9 · max(|a|, |b|). The scenario's own parameters are checked, and
three more parameter sets (leave rate, elderly weight, fitted ε) set in AizuSim
with `set`; then the first 200 of bench.py's sampled runs, numpy's vectorised
batch against the plain model run by run, and PySD on three of them. Exits 1 on any disagreement, and prints the largest relative
difference of each implementation and metric either way.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np

import aizu_model as am
import aizu_numpy as an

HERE = os.path.dirname(os.path.abspath(__file__))
TOLERANCE = 1e-9
CHECKED = am.METRICS + am.EXTRA_METRICS
# Parameter sets beyond the scenario's own: (leave rate, elderly weight); ε fitted.
VARIANTS = [(0.0312, 1.37), (0.045, 0.8), (0.025, 2.0)]


def find_aizusim(argv):
    for a in argv[1:]:
        if not a.startswith("--"):
            return a
    if os.environ.get("AIZUSIM"):
        return os.environ["AIZUSIM"]
    for build in ("release", "debug"):
        path = os.path.join(HERE, "..", "..", ".build", build, "aizusim")
        if os.path.exists(path):
            return os.path.normpath(path)
    raise SystemExit("no aizusim: give its path, or set AIZUSIM")


def aizusim(binary, sc, leave_rate=None, elderly_weight=None):
    """{metric: array (municipalities + region, years)} from `project ... --format json`."""
    cmds = []
    if leave_rate is not None:
        cmds += ["-c", f"set leave_rate {leave_rate!r}"]
    if elderly_weight is not None:
        cmds += ["-c", f"set elderly_weight {elderly_weight!r}"]
    cmds += ["-c", f"project {sc.base_year}..{sc.horizon} --step 1 --format json"]
    text = subprocess.run([binary, *cmds], check=True, capture_output=True, text=True).stdout
    rows = json.loads(text[text.index("\n[") + 1:] if not text.startswith("[") else text)
    names = [m.name for m in sc.municipalities]
    years = list(sc.years)
    out = {k: np.full((len(names) + 1, len(years)), np.nan) for k in CHECKED}
    for row in rows:
        i = names.index(row["municipality"]) if row["municipality"] in names else len(names)
        j = years.index(row["year"])
        for k in CHECKED:
            out[k][i, j] = row[k]
    return out


def with_region(values):
    """(municipalities, years) → (municipalities + region, years); the region is the
    sum over municipalities (its share and shortfall are set by as_checked)."""
    v = np.asarray(values, dtype=float)
    return np.vstack([v, v.sum(axis=0)])


def as_checked(out):
    res = {k: with_region(out[k]) for k in CHECKED}
    # as AizuSim's region row (Figures.total): ΣE / ΣP, and ΣD − ΣS
    res["elderly_share"][-1] = res["elderly"][-1] / res["population"][-1]
    res["shortfall_fte"][-1] = res["staff_demand"][-1] - res["staff_supply"][-1]
    return res


def compare(label, ref, got, report):
    ok = True
    for k in CHECKED:
        a, b = ref[k], got[k]
        scale = np.maximum(np.abs(a), np.abs(b))
        diff = np.abs(a - b)
        rel = np.where(diff == 0, 0.0, diff / np.where(scale == 0, 1.0, scale))
        bad = ~(diff <= TOLERANCE * scale)
        worst = float(np.max(rel))
        same = int(np.sum(a == b))
        report.append((label, k, worst, same, a.size))
        if bad.any():
            ok = False
            for i, j in zip(*np.nonzero(bad)):
                print(f"MISMATCH {label} {k} row {i} year {j}: {a[i, j]!r} vs {b[i, j]!r}", file=sys.stderr)
    return ok


def main(argv):
    binary = find_aizusim(argv)
    use_pysd = "--no-pysd" not in argv
    sc = am.load()
    t = an.Tables(sc)
    if use_pysd:
        import make_pysd_model
        try:
            import aizu_pysd
            import pysd
        except ImportError:
            print("pysd is not installed here: run with the venv of README.md, or give --no-pysd", file=sys.stderr)
            return 2
        text = make_pysd_model.generate(sc)
        with open(aizu_pysd.MDL, encoding="utf-8") as f:
            if f.read() != text:
                print("aizu.mdl is not what make_pysd_model.py writes from the scenario: run it", file=sys.stderr)
                return 1
        model = aizu_pysd.translate()
    report, ok = [], True
    cases = [("scenario", None, None)] + [(f"q={q} w={w}", q, w) for q, w in VARIANTS]
    for name, q, w in cases:
        ref = aizusim(binary, sc, q, w)
        plain, _ = am.project(sc, q, w, None if q is not None else "scenario")
        ok &= compare(f"{name}: plain", ref, as_checked(plain), report)
        n = 3                                        # three identical runs at once
        qs = np.full(n, sc.leave_rate if q is None else q)
        ws = np.full(n, sc.elderly_weight if w is None else w)
        vec, _ = an.project(t, qs, ws, None)
        for run in range(n):
            one = {k: (v[run] if v.ndim == 3 else v) for k, v in vec.items()}
            ok &= compare(f"{name}: numpy[{run}]", ref, as_checked(one), report)
        if use_pysd:
            got, _, elements = aizu_pysd.run(model, q, w, None)
            if elements != [make_pysd_model.ident(m.romaji) for m in sc.municipalities]:
                print(f"PySD's municipalities come out as {elements}", file=sys.stderr)
                return 1
            ok &= compare(f"{name}: PySD", ref, as_checked(got), report)

    # The benchmark's sampled runs (bench.py): numpy's vectorised batch against the
    # plain model run by run, and PySD on the first few.
    from bench import parameters
    n = 200
    qs, ws = parameters(n)
    vec, eps_vec = an.project(t, qs, ws, None)
    paths = am.all_people(sc)
    for run in range(n):
        plain, eps_plain = am.project(sc, qs[run], ws[run], None, paths)
        ref = as_checked(plain)
        one = {k: (v[run] if v.ndim == 3 else v) for k, v in vec.items()}
        ok &= compare("bench runs: numpy vs plain", ref, as_checked(one), report)
        if use_pysd and run < 3:
            got, _, _ = aizu_pysd.run(model, qs[run], ws[run], None)
            ok &= compare("bench runs: PySD vs plain", ref, as_checked(got), report)

    print(f"aizusim: {binary}")
    if use_pysd:
        print(f"PySD {pysd.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}")
    print(f"{len(sc.municipalities)} municipalities + region, {sc.base_year}-{sc.horizon}; tolerance {TOLERANCE:g} relative")
    print(f"{'case: implementation':<28} {'metric':<17} {'max rel. diff':>13} {'bit-equal':>10}")
    merged = {}
    for label, k, worst, same, size in report:
        if ": numpy[" in label and not label.endswith("[0]"):
            continue                                  # runs 1, 2 are run 0's twins
        w0, s0, n0 = merged.get((label, k), (0.0, 0, 0))
        merged[(label, k)] = (max(w0, worst), s0 + same, n0 + size)
    for (label, k), (worst, same, size) in merged.items():
        print(f"{label:<28} {k:<17} {worst:13.3g} {same:>6}/{size}")
    print("AGREE" if ok else "DISAGREE")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
