package com.aobsettlement.era;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small 005010X221A1 files for tests: '*' elements, ':' components, '~' plus a line break after each segment. */
final class Edi {
    static final String PATIENT_NAME = "ZZPATIENTNAME";
    static final String MEMBER_ID = "MEMBERID987654";

    private Edi() {
    }

    /** An ISA (106 characters) with control number {@code control} (1..999999999). */
    static String isa(int control) {
        return "ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261120*1200*^*00501*"
                + String.format("%09d", control) + "*0*P*:~\n";
    }

    static String gs(int control, String version) {
        return "GS*HP*SENDER*RECEIVER*20261120*1200*" + control + "*X*" + version + "~\n";
    }

    /** One interchange with one group holding the transactions. */
    static String interchange(int control, String... transactions) {
        StringBuilder sb = new StringBuilder(isa(control)).append(gs(control, "005010X221A1"));
        for (String t : transactions) {
            sb.append(t);
        }
        return sb.append("GE*").append(transactions.length).append('*').append(control).append("~\n")
                .append("IEA*1*").append(String.format("%09d", control)).append("~\n").toString();
    }

    /** An ST..SE: BPR (amount, BPR16 date), TRN (trace, payer id), N1*PR, N1*PE, then {@code body} segments. */
    static String transaction(String st02, String amount, String date, String trace, String payerId, List<String> body) {
        List<String> segments = new ArrayList<>();
        segments.add("ST*835*" + st02 + "*005010X221A1");
        segments.add("BPR*I*" + amount + "*C*ACH*CCP*01*999999999*DA*123456*1512345678**01*999988880*DA*98765*" + date);
        segments.add("TRN*1*" + trace + "*" + payerId);
        segments.add("DTM*405*" + date);
        segments.add("N1*PR*TEST PAYER");
        segments.add("N1*PE*TEST PROVIDER*XX*1234567893");
        segments.addAll(body);
        segments.add("SE*" + (segments.size() + 1) + "*" + st02);
        return String.join("~\n", segments) + "~\n";
    }

    /**
     * A claim loop: CLP, the patient's NM1 (never to be stored), claim-level CAS given as
     * "GROUP*REASON*AMOUNT" and one service line paying the claim.
     */
    static List<String> claim(String number, String status, String charge, String paid, String patientResp, String pcc,
                              String... cas) {
        List<String> s = new ArrayList<>();
        s.add("CLP*" + number + "*" + status + "*" + charge + "*" + paid + "*" + patientResp + "*12*" + pcc);
        s.add("NM1*QC*1*" + PATIENT_NAME + "*JANE****MI*" + MEMBER_ID);
        for (String c : cas) {
            s.add("CAS*" + c);
        }
        s.add("SVC*HC:99213*" + charge + "*" + paid + "**1");
        s.add("DTM*472*20261020");
        return s;
    }

    @SafeVarargs
    static List<String> body(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    static Path write(Path dir, String name, String content) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
