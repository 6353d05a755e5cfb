/**
 * Line searches for the quasi-Newton optimizers. {@link
 * org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch} (Nocedal &amp; Wright Alg.
 * 3.5/3.6, cubic interpolation; c1 = 1e-4, c2 = 0.9 by default) writes its outcome into a caller-owned
 * {@link org.optimusmotion.optimizer.classic.linesearch.LineSearchResult} so that a search does not
 * allocate. Non-finite trial values are backtracked from and never accepted.
 */
package org.optimusmotion.optimizer.classic.linesearch;
