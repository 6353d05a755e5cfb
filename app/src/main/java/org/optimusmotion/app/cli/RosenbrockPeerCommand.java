package org.optimusmotion.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerSpecParser;
import org.optimusmotion.optimizer.functions.ShiftedProblem;
import org.optimusmotion.optimizer.functions.TestFunctions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus bench rosenbrock-peer}: our side of the SciPy peer check (issue 2). Runs BFGS and
 * L-BFGS on the chained Rosenbrock function from (−1.2, 1, −1.2, 1, …) and prints one JSON object
 * per optimizer per line, with the same fields as {@code scripts/peer_scipy_rosenbrock.py}:
 * {@code side, optimizer, n, iterations, evaluations, seconds, seconds_per_iteration, final_f, stop}.
 * Both sides stop when {@code max|g_i| <= 1e-5} (SciPy's default gtol) or at the iteration cap.
 * {@code scripts/peer_rosenbrock.sh} runs both sides and writes {@code docs/peer-scipy-rosenbrock.md}.
 */
@Command(name = "rosenbrock-peer",
        mixinStandardHelpOptions = true,
        description = "Run our BFGS and L-BFGS on n-D Rosenbrock from (-1.2, 1, ...) and print JSON lines "
                + "(the Java side of scripts/peer_rosenbrock.sh).")
public final class RosenbrockPeerCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--n", defaultValue = "1000", description = "Dimension (>= 2). Default: ${DEFAULT-VALUE}.")
    int n;

    @Option(names = "--optimizers", split = ",", defaultValue = "bfgs,lbfgs",
            description = "Optimizer specs, comma-separated (bfgs, lbfgs, lbfgs:m=5, ...). Default: ${DEFAULT-VALUE}.")
    List<String> optimizers;

    @Option(names = "--max-iterations", defaultValue = "200000",
            description = "Iteration cap per optimizer. Default: ${DEFAULT-VALUE}.")
    int maxIterations;

    @Override
    public Integer call() throws Exception {
        if (n < 2) {
            throw new UserError("--n must be >= 2, was " + n);
        }
        if (maxIterations < 1) {
            throw new UserError("--max-iterations must be >= 1, was " + maxIterations);
        }
        List<Optimizer> parsed = new ArrayList<>();
        for (String s : optimizers) {
            parsed.add(OptimizerSpecParser.parse(s));
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Optimizer optimizer : parsed) {
            // Our Rosenbrock is SciPy's rosen (same chained form), unshifted.
            ShiftedProblem problem = new ShiftedProblem(TestFunctions.ROSENBROCK, new double[n]);
            OptimizeResult r = Minimizer.minimize(optimizer, problem, classicStart(n),
                    Budget.iterations(maxIterations), ConvergenceChecker.never());
            ObjectNode line = JSON.createObjectNode();
            line.put("side", "java");
            line.put("optimizer", optimizer.name());
            line.put("n", n);
            line.put("iterations", r.iterations());
            line.put("evaluations", r.evaluations());
            line.put("seconds", r.elapsedSeconds());
            line.put("seconds_per_iteration", r.elapsedSeconds() / Math.max(1, r.iterations()));
            line.put("final_f", r.value());
            line.put("stop", r.stopReason().name());
            out.println(JSON.writeValueAsString(line));
            out.flush();
        }
        return 0;
    }


    /** The classic start (−1.2, 1, −1.2, 1, …), as in SciPy's examples. */
    static double[] classicStart(int n) {
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = i % 2 == 0 ? -1.2 : 1.0;
        }
        return x0;
    }
}
