package org.optimusmotion.physics.model;

/**
 * The kind of a one-degree-of-freedom joint. Every link of a {@link Model} has exactly one such
 * joint; ball joints are chains of three revolute joints and the floating base is three prismatic
 * plus three revolute joints (see {@code docs/simulator-design.md}).
 */
public enum JointType {
    /** Rotation about a unit axis fixed in the parent frame; coordinate in radians. */
    REVOLUTE,
    /** Translation along a unit axis fixed in the parent frame; coordinate in metres. */
    PRISMATIC
}
