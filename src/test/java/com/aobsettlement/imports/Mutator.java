package com.aobsettlement.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Mutations of a valid input file, for fuzzing; the same Random gives the same mutations. */
final class Mutator {
    private static final byte[][] DELIMITERS = {{','}, {'"'}, {'\n'}, {'\r'}, {'\r', '\n'}, {'"', '"'}, {',', '"'}};

    private Mutator() {
    }

    static byte[] mutate(byte[] input, Random random) {
        byte[] data = input;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            data = once(data, random);
        }
        return data;
    }

    private static byte[] once(byte[] data, Random random) {
        int pos = data.length == 0 ? 0 : random.nextInt(data.length);
        switch (random.nextInt(10)) {
            case 0: // truncation
                return slice(data, 0, pos);
            case 1: { // byte flips
                byte[] copy = data.clone();
                for (int i = 0; i < 1 + random.nextInt(4) && copy.length > 0; i++) {
                    copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 2: // inserted delimiters and quotes
                return insert(data, pos, DELIMITERS[random.nextInt(DELIMITERS.length)]);
            case 3: // a huge field
                return insert(data, pos, "x".repeat(5_000 + random.nextInt(20_000)).getBytes(StandardCharsets.US_ASCII));
            case 4: // wrong encoding: UTF-16, or Latin-1 / invalid UTF-8 bytes
                if (random.nextBoolean()) {
                    return new String(data, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
                }
                return insert(data, pos, new byte[] {(byte) 0xE9, (byte) 0xFF, (byte) 0xC3, (byte) 0x28});
            case 5: // one very long line
                return new String(data, StandardCharsets.ISO_8859_1).replace("\n", " ").replace("\r", "")
                        .getBytes(StandardCharsets.ISO_8859_1);
            case 6: { // a line dropped
                String text = new String(data, StandardCharsets.ISO_8859_1);
                String[] lines = text.split("\n", -1);
                if (lines.length < 3) {
                    return data;
                }
                int drop = 1 + random.nextInt(lines.length - 1);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < lines.length; i++) {
                    if (i != drop) {
                        sb.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                    }
                }
                return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            }
            case 7: { // a line repeated
                String text = new String(data, StandardCharsets.ISO_8859_1);
                String[] lines = text.split("\n", -1);
                String line = lines[random.nextInt(lines.length)];
                return insert(data, pos, (line + "\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            case 8: // a field emptied or a digit changed
                return replaceChar(data, random);
            default: // random bytes
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                return insert(data, pos, junk);
        }
    }

    private static byte[] replaceChar(byte[] data, Random random) {
        if (data.length == 0) {
            return data;
        }
        byte[] copy = data.clone();
        int i = random.nextInt(copy.length);
        byte[] choices = {'0', '9', '-', '.', ' ', 'A', 'T', ':', '+'};
        copy[i] = choices[random.nextInt(choices.length)];
        return copy;
    }

    private static byte[] slice(byte[] data, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(data, from, out, 0, out.length);
        return out;
    }

    private static byte[] insert(byte[] data, int pos, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + what.length);
        out.write(data, 0, pos);
        out.write(what, 0, what.length);
        out.write(data, pos, data.length - pos);
        return out.toByteArray();
    }
}
