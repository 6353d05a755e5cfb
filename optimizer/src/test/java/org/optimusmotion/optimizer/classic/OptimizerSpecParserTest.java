package org.optimusmotion.optimizer.classic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptimizerSpecParserTest {

    @Test
    void parsesEveryKindByName() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            assertEquals(kind.withDefaults(), OptimizerSpecParser.parse(kind.cliName()));
            assertEquals(kind, OptimizerKind.fromCliName(kind.cliName().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @Test
    void parsesHyperparameters() {
        assertEquals(new GradientDescent(0.01), OptimizerSpecParser.parse("gd:lr=0.01"));
        assertEquals(new GradientDescentMomentum(0.001, 0.8), OptimizerSpecParser.parse("gdm:lr=1e-3,m=0.8"));
        assertEquals(new Adam(0.01, 0.8, 0.99, 1e-7), OptimizerSpecParser.parse("adam:lr=0.01,b1=0.8,b2=0.99,eps=1e-7"));
        assertEquals("LBFGS_m5", OptimizerSpecParser.parse("lbfgs:m=5").name());
        assertEquals(1e-6, ((Bfgs) OptimizerSpecParser.parse("bfgs:gtol=1e-6")).gradientTolerance());
    }

    @Test
    void namesTheProblemInBadSpecs() {
        assertMessage("unknown optimizer 'sgd'; valid: gd, gdm, adam, bfgs, lbfgs", "sgd");
        assertMessage("optimizer spec 'adam:lr=fast': lr='fast' is not a number", "adam:lr=fast");
        assertMessage("optimizer spec 'gd:m=0.9': unknown key 'm'; allowed: lr", "gd:m=0.9");
        assertMessage("optimizer spec 'gd:lr=-1': learningRate must be finite and > 0, was -1.0", "gd:lr=-1");
        assertMessage("optimizer spec 'lbfgs:m=2.5': m must be a positive integer, was 2.5", "lbfgs:m=2.5");
        assertMessage("optimizer spec 'adam:lr=NaN': lr must be finite, was NaN", "adam:lr=NaN");
    }

    @Test
    void learningRatesOnlyForFirstOrderKinds() {
        assertEquals(new GradientDescent(0.3), OptimizerKind.GD.withLearningRate(0.3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OptimizerKind.BFGS.withLearningRate(0.1));
        assertTrue(e.getMessage().contains("bfgs has no learning rate"));
    }

    private static void assertMessage(String expected, String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptimizerSpecParser.parse(spec));
        assertEquals(expected, e.getMessage());
    }
}
