/**
 * The desktop app ({@code gui}) and the command line ({@code cli}): thin siblings over the services
 * of {@code physics} and {@code optimizer}. {@code gui} and {@code cli} do not import each other.
 */
package org.optimusmotion.app;
