package org.optimusmotion.optimizer.learned;

/**
 * How Optimus normalises its preconditioner after each rank-one update, {@code B ← B̃ / ν(B̃)}. The paper
 * normalises B but the norm was not recovered (PAPERS.md C.2, open question 1).
 */
public enum PreconditionerNorm {
    /** ν = trace(B̃)/n: keeps B₀ = I at identity scale for every n (dimension invariant). The default. */
    TRACE_OVER_N,
    /** ν = ‖B̃‖_F: B₀ = I becomes I/√n, so steps shrink with √n. For ablation. */
    FROBENIUS
}
