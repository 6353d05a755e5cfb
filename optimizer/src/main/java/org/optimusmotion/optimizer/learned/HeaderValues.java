package org.optimusmotion.optimizer.learned;

import java.util.Map;
import java.util.Set;

/** Reads typed values from a weight file's configuration header, with messages that name the key. */
final class HeaderValues {

    private final Map<String, String> values;

    HeaderValues(Map<String, String> values, Set<String> expectedKeys) {
        if (!values.keySet().equals(expectedKeys)) {
            throw new IllegalArgumentException("configuration keys " + values.keySet() + " do not match the expected "
                    + expectedKeys);
        }
        this.values = values;
    }

    int integer(String key) {
        try {
            return Integer.parseInt(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration value " + key + "=" + values.get(key) + " is not an integer", e);
        }
    }

    double real(String key) {
        try {
            return Double.parseDouble(values.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration value " + key + "=" + values.get(key) + " is not a number", e);
        }
    }

    String text(String key) {
        return values.get(key);
    }
}
