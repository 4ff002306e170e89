package com.aobsettlement.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;

/** Checks the AOB_* settings a user can get wrong before anything starts (exit 2 with a plain message). */
final class SettingsCheck {
    private SettingsCheck() {
    }

    static void validate(Map<String, String> settings) {
        String zone = value(settings, "AOB_ZONE");
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw new UsageException("AOB_ZONE '" + zone + "' is not a time zone. Use a region id such as America/New_York.");
            }
        }
        for (String name : new String[] {"AOB_CHUNK_SIZE", "AOB_IMPORT_CHUNK_SIZE", "AOB_DB_POOL_SIZE"}) {
            String text = value(settings, name);
            if (text != null && !text.matches("\\d{1,6}") || text != null && Integer.parseInt(text) < 1) {
                throw new UsageException(name + " '" + text + "' must be a whole number from 1 to 999999.");
            }
        }
        String url = value(settings, "AOB_DB_URL");
        if (url != null && !url.isBlank() && !url.startsWith("jdbc:")) {
            throw new UsageException("AOB_DB_URL must be a JDBC URL such as jdbc:mysql://127.0.0.1:3306/aob.");
        }
    }

    private static String value(Map<String, String> settings, String name) {
        String v = settings.get(name);
        if (v == null) {
            v = System.getProperty(name, System.getenv(name));
        }
        return v;
    }
}
