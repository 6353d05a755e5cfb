package org.optimusmotion.app.fit;

/** Which {@link FitService} the app uses by default. */
public final class FitServices {

    private FitServices() {
    }

    /** The default method: kinematic until the physics reconstruction lands. */
    public static FitMethod defaultMethod() {
        return FitMethod.KINEMATIC;
    }

    /** The service of {@link #defaultMethod()}. */
    public static FitService defaultService() {
        return defaultMethod().service();
    }
}
