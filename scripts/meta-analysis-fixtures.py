"""Reference fixtures for lib/meta-analysis from an independent implementation (statsmodels).

Run: pip install statsmodels==0.15.0 && python3 scripts/meta-analysis-fixtures.py
Writes lib/meta-analysis/fixtures/statsmodels.json, which the TypeScript tests compare against. The app and
`npm test` never run Python; this script only regenerates the committed fixture.
"""
import json
import warnings
from pathlib import Path

import numpy as np
import statsmodels
from statsmodels.stats.meta_analysis import combine_effects, effectsize_2proportions

# metafor's dat.bcg (Colditz et al. 1994): tpos, tneg, cpos, cneg per trial.
BCG = [
    (4, 119, 11, 128), (6, 300, 29, 274), (3, 228, 11, 209), (62, 13536, 248, 12619),
    (33, 5036, 47, 5761), (180, 1361, 372, 1079), (8, 2537, 10, 619), (505, 87886, 499, 87892),
    (29, 7470, 45, 7232), (17, 1699, 65, 1600), (186, 50448, 141, 27197), (5, 2493, 3, 2338),
    (27, 16886, 29, 17825),
]
# Synthetic continuous data (mean, sd, n per arm): made up for the fixture, not evidence.
CONT = [
    (-15.3, 11.2, 26, -8.8, 9.4, 28), (-12.7, 8.1, 22, -2.5, 7.9, 19), (-18.4, 12.0, 17, -5.7, 10.2, 18),
    (-17.7, 7.3, 18, -3.1, 5.7, 15), (-10.1, 9.9, 60, -7.9, 10.3, 58), (-9.0, 11.5, 110, -6.1, 11.0, 105),
]


def cases():
    e1 = np.array([a for a, b, c, d in BCG], float)
    n1 = np.array([a + b for a, b, c, d in BCG], float)
    e2 = np.array([c for a, b, c, d in BCG], float)
    n2 = np.array([c + d for a, b, c, d in BCG], float)
    y, v = effectsize_2proportions(e1, n1, e2, n2, statistic="risk-ratio")
    yield "bcg-logrr", list(map(float, y)), list(map(float, v))
    yield "bcg-first4-logrr", list(map(float, y[:4])), list(map(float, v[:4]))
    m1, s1, k1, m2, s2, k2 = (np.array(col, float) for col in zip(*CONT))
    md = m1 - m2
    vmd = s1**2 / k1 + s2**2 / k2
    yield "synthetic-md", list(map(float, md)), list(map(float, vmd))


def main():
    warnings.simplefilter("ignore")
    out = {"generator": f"statsmodels {statsmodels.__version__} combine_effects", "cases": []}
    for name, y, v in cases():
        for method in ("dl", "pm"):
            res = combine_effects(np.array(y), np.array(v), method_re=method, use_t=False)
            if res.tau2 < 0:
                continue  # statsmodels' DL does not truncate tau2 at 0 (metafor and this app do): not comparable
            wald = res.summary_frame(alpha=0.05, use_t=False).loc["random effect"]
            hk = res.summary_frame(alpha=0.05, use_t=True).loc["random effect wls"]
            out["cases"].append({
                "name": name,
                "tau2Method": method.upper(),
                "y": y,
                "v": v,
                "tau2": float(res.tau2),
                "estimate": float(res.mean_effect_re),
                "waldCi": [float(wald["ci_low"]), float(wald["ci_upp"])],
                "hkCi": [float(hk["ci_low"]), float(hk["ci_upp"])],
                "q": float(res.q),
                "i2": float(res.i2) * 100,
            })
    path = Path(__file__).resolve().parent.parent / "lib/meta-analysis/fixtures/statsmodels.json"
    path.write_text(json.dumps(out, indent=2) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
