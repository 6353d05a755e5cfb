package org.optimusmotion.app.gui;

/** Severity of the message shown in the window's message bar. */
public enum MessageKind {
    NONE, INFO, WARNING, ERROR
}
