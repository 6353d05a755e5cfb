package org.optimusmotion.app.fit;

/** Which {@link FitService} the app uses by default. */
public final class FitServices {

    private FitServices() {
    }

    /** The default method: the physics reconstruction. */
    public static FitMethod defaultMethod() {
        return FitMethod.RECONSTRUCTION;
    }

    /** The service of {@link #defaultMethod()}. */
    public static FitService defaultService() {
        return defaultMethod().service();
    }
}
