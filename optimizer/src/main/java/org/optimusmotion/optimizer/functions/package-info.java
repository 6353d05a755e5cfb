/**
 * Classic optimization test functions and the shifted problem suites of the Optimus benchmark.
 *
 * <h2>Functions</h2>
 * {@link org.optimusmotion.optimizer.functions.TestFunction} has one final subclass per function,
 * each defined for every dimension n (Rosenbrock needs n >= 2, Powell n >= 4), with analytic
 * gradients, no allocation per call, and the standard search domain, minimum value and minimizer of
 * the SFU Virtual Library of Simulation Experiments
 * (<a href="https://www.sfu.ca/~ssurjano/optimization.html">sfu.ca/~ssurjano/optimization.html</a>).
 * {@link org.optimusmotion.optimizer.functions.TestFunctions} maps the command-line names
 * {@code ackley, griewank, levy, rastrigin, rosenbrock, dixon_price, powell, perm0, sphere, sum_squares,
 * rotated_hyper_ellipsoid, styblinski_tang, zakharov, trid, schwefel, michalewicz, sum_different_powers}
 * to them. Documented deviations from the textbook: Powell uses ⌊n/4⌋ complete blocks (as the SFU
 * code); Schwefel's and Styblinski-Tang's f* are the exact values at the exact minimizers (the SFU
 * pages print rounded constants); Michalewicz's f* is known only for n <= 10 (NaN above).
 *
 * <h2>Suite (Optimus paper protocol, PAPERS.md C.4)</h2>
 * {@link org.optimusmotion.optimizer.functions.FunctionSuite} uses 15 functions:
 * <ul>
 *   <li>the 8 the paper names: ackley, griewank, levy, rastrigin, rosenbrock, dixon_price, powell,
 *       perm0 (Perm 0,d,β with β = 10);</li>
 *   <li>7 more recommended in PAPERS.md C.4: schwefel, sphere, sum_squares, rotated_hyper_ellipsoid,
 *       sum_different_powers, zakharov, styblinski_tang. They are d-dimensional, have a closed-form
 *       minimizer and stay finite over their domain at n = 1000, and they add variety: a deceptive
 *       multimodal one (Schwefel), a smooth multimodal one with f* != 0 (Styblinski-Tang), isotropic and
 *       ill-conditioned quadratics (sphere; sum_squares and rotated_hyper_ellipsoid, condition number n),
 *       a quartic coupling (Zakharov) and increasingly flat directions (sum of different powers).</li>
 * </ul>
 * Left out: trid (f* ~ -n³/6 and domain [-n², n²], so its scale changes with n by 10⁹ between training
 * and test dimensions), michalewicz (f* unknown for large n), Perm d,β (overflows for large n).
 *
 * <p>Test problems: the 15 functions in dimensions 250, 500 and 1000 (45 problems). Training problems:
 * function uniform over the 15, dimension log-uniform on [2, 100] (raised to Powell's minimum 4).
 * Every problem is {@code f(x - c)} with a seeded random shift {@code c_i ~ U[-r, r]}, r = 15 % of the
 * domain half-width (the middle of the 10–20 % that C.4 recommends; it keeps the minimizer inside the
 * domain for every function but perm0, whose x*_1 = 1 sits on the edge of its box), and a seeded start
 * drawn uniformly where both x0 and x0 - c lie in the domain, so the start value is a value the
 * standard function takes on its standard domain. The suite domain is the standard one except for
 * perm0, which uses [-1, 1]: in [-n, n] the powers x_j^n overflow for n ≳ 100. Objectives are not
 * offset: use {@code f - fStar()} for a gap that is 0 at the optimum (only schwefel and styblinski_tang
 * have f* != 0 among the 15).
 */
package org.optimusmotion.optimizer.functions;
