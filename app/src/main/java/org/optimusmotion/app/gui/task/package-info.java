/**
 * Background work for the desktop app. ViewModels never start threads themselves: they hand a
 * {@link org.optimusmotion.app.gui.task.BackgroundTask} to an injected
 * {@link org.optimusmotion.app.gui.task.TaskExecutor}, which runs it off the UI thread and calls back
 * on the UI thread ({@link org.optimusmotion.app.gui.task.FxTaskExecutor}), or runs everything inline
 * for deterministic tests ({@link org.optimusmotion.app.gui.task.DirectTaskExecutor}). High-rate
 * events from workers reach the UI through {@link org.optimusmotion.app.gui.task.LatestWins}: at most
 * about 20 updates per second, the newest value wins.
 */
package org.optimusmotion.app.gui.task;
