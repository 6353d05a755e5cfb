package org.optimusmotion.physics.reconstruct.suite;

/** Which part of the reconstruction suite a clip belongs to; a clip is in exactly one. */
public enum SuiteSplit {
    /** Meta-training draws its tasks from these clips only. */
    TRAINING,
    /** Scored during meta-training to keep the best weights; never trained on. */
    VALIDATION,
    /** The issue 5/7 evaluation clips (walk, run, jump, dance, kick); neither trained nor validated on. */
    TEST
}
