package com.aobsettlement.domain;

/**
 * National Provider Identifier check (45 CFR 162.406): 10 digits, the last a Luhn check digit
 * computed over the prefix 80840 followed by the first 9 digits.
 */
public final class Npi {
    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || npi.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (npi.charAt(i) < '0' || npi.charAt(i) > '9') {
                return false;
            }
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The check digit for the first 9 digits of an NPI. */
    public static int checkDigit(String first9) {
        String digits = "80840" + first9;
        int sum = 0;
        boolean doubleIt = true; // the rightmost payload digit is doubled (the check digit would be at the right)
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return (10 - sum % 10) % 10;
    }
}
