/**
 * The JavaFX desktop app, in MVVM: each screen part is a {@code XxxView} (JavaFX nodes, bindings,
 * dialogs; no logic) over a {@code XxxViewModel} (read-only properties, commands; the only classes
 * that call the fit services, physics and optimizers). {@link org.optimusmotion.app.gui.MotionApp}
 * wires services into the {@link org.optimusmotion.app.gui.MainViewModel}. Heavy work (loading,
 * fitting, decoding, 3D rendering) runs through the injected
 * {@link org.optimusmotion.app.gui.task.TaskExecutor}; worker events reach the UI throttled to ~20 Hz,
 * newest wins. Sub-packages: {@code viewer} (video and 3D views), {@code timeline}, {@code optimize}
 * (fit controls, loss chart), {@code metrics}, {@code task}.
 */
package org.optimusmotion.app.gui;
