package org.optimusmotion.app.gui;

/** File formats of the metrics export. */
public enum MetricsFormat {
    JSON, CSV
}
