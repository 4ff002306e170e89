package com.aobsettlement.store;

/**
 * How string literals are escaped: MySQL and MariaDB treat a backslash as an escape character
 * (unless sql_mode has NO_BACKSLASH_ESCAPES); standard SQL (H2) only doubles quotes.
 */
public enum SqlDialect {
    MYSQL_BACKSLASH_ESCAPES, STANDARD;

    void quote(StringBuilder sql, String text) {
        sql.append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\'' -> sql.append("''");
                case '\\' -> sql.append(this == MYSQL_BACKSLASH_ESCAPES ? "\\\\" : "\\");
                case '\0' -> sql.append(this == MYSQL_BACKSLASH_ESCAPES ? "\\0" : "\0");
                default -> sql.append(c);
            }
        }
        sql.append('\'');
    }
}
