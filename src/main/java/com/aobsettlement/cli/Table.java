package com.aobsettlement.cli;

import java.util.ArrayList;
import java.util.List;

/** A small plain-text table for summaries: left-aligned text, right-aligned numbers. */
public final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... header) {
        this.header = List.of(header);
    }

    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell instanceof Number n && !(cell instanceof java.math.BigDecimal)
                    ? String.format("%,d", n.longValue()) : cell.toString());
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        int[] width = new int[header.size()];
        boolean[] numeric = new boolean[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            numeric[c] = !rows.isEmpty();
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                width[c] = Math.max(width[c], row.get(c).length());
                if (!row.get(c).matches("-?[0-9,.]*")) {
                    numeric[c] = false;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width, numeric);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append("  ").append(rule).append('\n');
        for (List<String> row : rows) {
            line(sb, row, width, numeric);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] width, boolean[] numeric) {
        sb.append("  ");
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append("  ");
            }
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            sb.append(numeric[c] ? pad + cell : cell + (c == cells.size() - 1 ? "" : pad));
        }
        sb.append('\n');
    }
}
