package org.optimusmotion.app.cli;

import java.util.Locale;

import org.optimusmotion.physics.reconstruct.WindowPolicy;

/** The {@code --window-policy} value of the reconstruction commands. */
final class WindowPolicies {

    private WindowPolicies() {
    }

    /** {@code adaptive} or {@code fixed}, any case; anything else is a user error naming the option. */
    static WindowPolicy parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "adaptive" -> WindowPolicy.ADAPTIVE;
            case "fixed" -> WindowPolicy.FIXED;
            default -> throw new UserError("--window-policy " + value + ": expected adaptive or fixed");
        };
    }
}
