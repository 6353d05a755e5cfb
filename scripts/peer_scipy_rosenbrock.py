#!/usr/bin/python3
"""SciPy side of the Rosenbrock peer check (issue 2).

Runs SciPy's BFGS and L-BFGS-B on the chained Rosenbrock function
    f(x) = sum_{i<n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2
from (-1.2, 1, -1.2, 1, ...) and prints one JSON object per optimizer on its own line:
    {"side": "scipy", "optimizer": ..., "n": ..., "iterations": ..., "evaluations": ...,
     "seconds": ..., "seconds_per_iteration": ..., "final_f": ..., "stop": ...}
"evaluations" counts calls of the objective (each returns value and gradient together, jac=True),
which is what our Problem counts. Use Debian's python3-scipy: /usr/bin/python3.

Usage: /usr/bin/python3 scripts/peer_scipy_rosenbrock.py [--n 1000] [--bfgs-maxiter K] [--lbfgs-maxiter K]
"""
import argparse
import json
import time

import numpy as np
import scipy
from scipy.optimize import minimize


def rosen_value_and_grad(x):
    a = x[1:] - x[:-1] ** 2
    b = 1.0 - x[:-1]
    f = float(np.sum(100.0 * a * a + b * b))
    g = np.zeros_like(x)
    g[:-1] = -400.0 * x[:-1] * a - 2.0 * b
    g[1:] += 200.0 * a
    return f, g


def run(method, n, maxiter):
    x0 = np.where(np.arange(n) % 2 == 0, -1.2, 1.0)
    calls = [0]

    def fun(x):
        calls[0] += 1
        return rosen_value_and_grad(x)

    options = {"maxiter": maxiter, "gtol": 1e-5}
    if method == "L-BFGS-B":
        # L-BFGS-B's defaults (m = 10, pgtol = 1e-5); ftol as low as possible so that it, like our
        # L-BFGS, stops on the gradient test, and maxfun unlimited.
        options = {"maxiter": maxiter, "gtol": 1e-5, "ftol": 1e-15, "maxfun": 10**9, "maxcor": 10}
    start = time.perf_counter()
    result = minimize(fun, x0, jac=True, method=method, options=options)
    seconds = time.perf_counter() - start
    return {
        "side": "scipy",
        "scipy_version": scipy.__version__,
        "optimizer": method,
        "n": n,
        "iterations": int(result.nit),
        "evaluations": calls[0],
        "seconds": seconds,
        "seconds_per_iteration": seconds / max(1, int(result.nit)),
        "final_f": float(result.fun),
        "stop": str(result.message),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--bfgs-maxiter", type=int, default=200000)
    parser.add_argument("--lbfgs-maxiter", type=int, default=200000)
    parser.add_argument("--only", choices=["bfgs", "lbfgs"], default=None)
    args = parser.parse_args()
    if args.only in (None, "bfgs"):
        print(json.dumps(run("BFGS", args.n, args.bfgs_maxiter)), flush=True)
    if args.only in (None, "lbfgs"):
        print(json.dumps(run("L-BFGS-B", args.n, args.lbfgs_maxiter)), flush=True)


if __name__ == "__main__":
    main()
