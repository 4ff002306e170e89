package com.aobsettlement.reports;

import com.aobsettlement.domain.AgingBucket;
import com.aobsettlement.domain.Money;
import com.aobsettlement.domain.MonthEndReport;
import com.aobsettlement.domain.MonthEndReport.Check;
import com.aobsettlement.domain.MonthEndReport.DueDispute;
import com.aobsettlement.domain.MonthEndReport.PayerAging;
import com.aobsettlement.domain.MonthEndReport.ProviderStatement;
import com.aobsettlement.domain.UnmatchedItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * summary.html of a month-end reconciliation (DOMAIN.md §10): one self-contained page (inline CSS
 * and SVG, no script, nothing loaded from the network) with the checks, the month's money, a bar
 * chart of aging per payer, collections per day, the unmatched list, the disputes due and the
 * provider statements. The page depends only on the figures, so the same books give the same page.
 */
public final class SummaryPageWriter {
    static final String[] BUCKET_COLORS = {"#2f9e77", "#8cbf3f", "#e9b824", "#ee7b30", "#d1344b"};
    /** How the page names a check, and the line under the name that says what it compares. */
    private record CheckText(String title, String hint) {
    }

    private static final Map<MonthEndReport.CheckName, CheckText> CHECK_TEXT = Map.of(
            MonthEndReport.CheckName.ERA_VS_DEPOSITS, new CheckText("ERA ↔ bank",
                    "835 payments dated in the month against the bank's deposits dated in the month, matched by trace and amount"),
            MonthEndReport.CheckName.ERA_VS_LEDGER, new CheckText("Remittances ↔ ledger",
                    "Remittance money posted in the month (paid + interest, unknown claims included) against ledger collected "
                            + "+ refund reserve movements + unmatched money"),
            MonthEndReport.CheckName.LEDGER_VS_PROVIDER_TOTALS, new CheckText("Ledger ↔ provider totals",
                    "Ledger collected in the month against the daily provider totals (fee and net checked too)"),
            MonthEndReport.CheckName.LEDGER_VS_SETTLEMENTS, new CheckText("Ledger ↔ settlements",
                    "Every ledger entry up to month end against the claims' positions at month end, claim by claim"));

    private SummaryPageWriter() {
    }

    public static Path write(Path dir, MonthEndReport report) {
        Path file = dir.resolve("summary.html");
        AtomicFile.write(file, render(report));
        return file;
    }

    static String render(MonthEndReport r) {
        String monthName = r.month().getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + r.month().getYear();
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Month end ").append(r.month()).append(" · AOB Settlement</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n");

        long unbalanced = r.checks().stream().filter(c -> !c.balanced()).count();
        h.append("<header>\n<div class=\"eyebrow\">AOB Settlement · month-end reconciliation</div>\n<h1>").append(monthName)
                .append("</h1>\n<div class=\"meta\">Month end ").append(r.monthEnd()).append(" · last settlement in the month ")
                .append(r.lastSettled() == null ? "none" : r.lastSettled().toString()).append("</div>\n<div class=\"pills\">");
        h.append(unbalanced == 0 ? "<span class=\"pill ok\">All " + r.checks().size() + " checks balanced</span>"
                : "<span class=\"pill bad\">" + unbalanced + " of " + r.checks().size() + " checks unbalanced</span>");
        h.append(r.closing() ? "<span class=\"pill closed\">Month closed by this reconciliation</span>"
                : "<span class=\"pill open\">Preview: the month stays open</span>");
        h.append("</div>\n</header>\n");

        if (r.lastSettled() != null && r.lastSettled().isBefore(r.monthEnd()) && lastWeekday(r).isAfter(r.lastSettled())) {
            h.append("<p class=\"warning\">The last settlement of the month is dated ").append(r.lastSettled())
                    .append(", before the month's last weekday ").append(lastWeekday(r))
                    .append(": later settlements of the month are not in these figures.</p>\n");
        }

        // The month's money at a glance.
        BigDecimal unmatchedAmount = r.unmatched().stream().map(UnmatchedItem::amount).map(BigDecimal::abs)
                .reduce(Money.ZERO, BigDecimal::add);
        BigDecimal dueAmount = r.disputesDue().stream().map(DueDispute::amount).reduce(Money.ZERO, BigDecimal::add);
        h.append("<section class=\"kpis\">\n");
        kpi(h, "Collected", money(r.totals().collected()), "ledger, business dates in the month", "");
        kpi(h, "Fee", money(r.totals().fee()), "the billing service's fee", "");
        kpi(h, "Net to providers", money(r.totals().netToProvider()), "collected − fee", "");
        kpi(h, "Refund reserve", money(r.totals().refundReserve()), "overpayments held at month end", "");
        kpi(h, "Open receivables", money(r.totals().openReceivables()), "awaiting, denied or disputed", "");
        kpi(h, "Unmatched", count(r.unmatched().size(), "item"), money(unmatchedAmount) + " in all",
                r.unmatched().isEmpty() ? "" : "attention");
        kpi(h, "Disputes due", count(r.disputesDue().size(), "dispute"), money(dueAmount) + " in the 30 days after month end",
                r.disputesDue().isEmpty() ? "" : "attention");
        h.append("</section>\n");

        h.append("<section class=\"card\">\n<h2>Checks</h2>\n<table class=\"checks\">\n<thead><tr><th>check</th><th class=\"num\">left"
                + "</th><th class=\"num\">right</th><th class=\"num\">difference</th><th>status</th></tr></thead>\n<tbody>\n");
        for (Check c : r.checks()) {
            CheckText text = CHECK_TEXT.get(c.name());
            h.append("<tr><td><strong>").append(text.title()).append("</strong> <code>").append(c.name()).append("</code><div class=\"hint\">")
                    .append(esc(text.hint())).append("</div></td><td class=\"num\">").append(money(c.left()))
                    .append("</td><td class=\"num\">").append(money(c.right())).append("</td><td class=\"num\">")
                    .append(money(c.difference())).append("</td><td>")
                    .append(c.balanced() ? "<span class=\"pill ok\">BALANCED</span>" : "<span class=\"pill bad\">UNBALANCED</span>")
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");

        h.append("<div class=\"grid2\">\n");
        agingChart(h, r);
        collectionsChart(h, r);
        h.append("</div>\n");

        unmatchedTable(h, r);
        disputesDueTable(h, r);
        statementsTable(h, r);

        h.append("<footer>Files in this folder: <a href=\"reconciliation.csv\">reconciliation.csv</a> · "
                + "<a href=\"unmatched.csv\">unmatched.csv</a> · <a href=\"aging.csv\">aging.csv</a> · "
                + "<a href=\"provider_statements.csv\">provider_statements.csv</a> · "
                + "<a href=\"disputes_due.csv\">disputes_due.csv</a>. Amounts in US dollars.</footer>\n");
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void agingChart(StringBuilder h, MonthEndReport r) {
        h.append("<section class=\"card\" id=\"aging\">\n<h2>Receivables aging by payer</h2>\n<div class=\"sub\">Open "
                + "payer_expected − payer_paid, by days since submission at ").append(r.monthEnd()).append("</div>\n");
        h.append("<div class=\"legend\">");
        for (AgingBucket b : AgingBucket.values()) {
            h.append("<span><i style=\"background:").append(BUCKET_COLORS[b.ordinal()]).append("\"></i>").append(b.label())
                    .append(" days</span>");
        }
        h.append("</div>\n");
        List<PayerAging> rows = r.aging();
        if (rows.isEmpty()) {
            h.append("<p class=\"empty\">No open receivables at month end.</p>\n</section>\n");
            return;
        }
        BigDecimal max = rows.stream().map(PayerAging::total).max(BigDecimal::compareTo).orElse(Money.ZERO);
        int labelW = 110;
        int barW = 360;
        int rowH = 34;
        int width = labelW + barW + 110;
        int height = rows.size() * rowH + 8;
        h.append("<svg id=\"aging-chart\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"Aging per payer\">\n");
        int y = 4;
        for (PayerAging p : rows) {
            h.append("<text x=\"0\" y=\"").append(y + 21).append("\" class=\"label\">").append(esc(p.payerCode())).append("</text>\n");
            h.append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 4).append("\" width=\"").append(barW)
                    .append("\" height=\"24\" rx=\"4\" class=\"track\"/>\n");
            double x = labelW;
            for (AgingBucket b : AgingBucket.values()) {
                BigDecimal amount = p.bucket(b);
                if (amount.signum() <= 0) {
                    continue;
                }
                double w = scale(amount, max, barW);
                h.append("<rect class=\"bar aging-bar\" data-payer=\"").append(esc(p.payerCode())).append("\" data-bucket=\"")
                        .append(b.column()).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(fmt(w)).append("\" height=\"24\" fill=\"").append(BUCKET_COLORS[b.ordinal()]).append("\"><title>")
                        .append(esc(p.payerCode())).append(", ").append(b.label()).append(" days: ").append(money(amount))
                        .append("</title></rect>\n");
                x += w;
            }
            h.append("<text x=\"").append(labelW + barW + 10).append("\" y=\"").append(y + 21).append("\" class=\"value\">")
                    .append(money(p.total())).append("</text>\n");
            y += rowH;
        }
        h.append("</svg>\n<table class=\"compact\"><thead><tr><th>payer</th>");
        for (AgingBucket b : AgingBucket.values()) {
            h.append("<th class=\"num\">").append(b.label()).append("</th>");
        }
        h.append("<th class=\"num\">total</th></tr></thead><tbody>\n");
        for (PayerAging p : rows) {
            h.append("<tr><td>").append(esc(p.payerCode())).append("</td>");
            for (AgingBucket b : AgingBucket.values()) {
                h.append("<td class=\"num\">").append(money(p.bucket(b))).append("</td>");
            }
            h.append("<td class=\"num\"><strong>").append(money(p.total())).append("</strong></td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static void collectionsChart(StringBuilder h, MonthEndReport r) {
        h.append("<section class=\"card\" id=\"collections\">\n<h2>Collections per day</h2>\n<div class=\"sub\">Ledger collected by "
                + "business date; weekends shaded</div>\n");
        Map<LocalDate, BigDecimal> perDay = r.collectionsPerDay();
        int days = r.month().lengthOfMonth();
        BigDecimal max = perDay.values().stream().max(BigDecimal::compareTo).orElse(Money.ZERO).max(Money.ZERO);
        BigDecimal min = perDay.values().stream().min(BigDecimal::compareTo).orElse(Money.ZERO).min(Money.ZERO);
        BigDecimal span = max.subtract(min);
        int left = 62;
        int slot = 14;
        int plotH = 180;
        int top = 10;
        int width = left + days * slot + 6;
        int height = top + plotH + 26;
        h.append("<svg id=\"collections-chart\" class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"Collections per day\">\n");
        for (int d = 1; d <= days; d++) {
            DayOfWeek dow = r.month().atDay(d).getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                h.append("<rect x=\"").append(left + (d - 1) * slot).append("\" y=\"").append(top).append("\" width=\"").append(slot)
                        .append("\" height=\"").append(plotH).append("\" class=\"weekend\"/>\n");
            }
        }
        if (span.signum() == 0) {
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 6).append("\" y1=\"").append(top + plotH)
                    .append("\" y2=\"").append(top + plotH).append("\" class=\"axis\"/>\n<text x=\"").append(left + 10)
                    .append("\" y=\"").append(top + plotH / 2).append("\" class=\"label\">No collections in the month</text>\n");
        } else {
            double zeroY = top + plotH * max.divide(span, 6, RoundingMode.HALF_UP).doubleValue();
            for (int g = 0; g <= 4; g++) {
                BigDecimal value = min.add(span.multiply(BigDecimal.valueOf(g)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP));
                double gy = top + plotH - plotH * g / 4.0;
                h.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 6).append("\" y1=\"").append(fmt(gy))
                        .append("\" y2=\"").append(fmt(gy)).append("\" class=\"grid\"/>\n<text x=\"").append(left - 6)
                        .append("\" y=\"").append(fmt(gy + 4)).append("\" class=\"tick\" text-anchor=\"end\">")
                        .append(shortMoney(value)).append("</text>\n");
            }
            for (Map.Entry<LocalDate, BigDecimal> e : perDay.entrySet()) {
                BigDecimal v = e.getValue();
                if (v.signum() == 0) {
                    continue;
                }
                double hgt = Math.max(1.0, scale(v.abs(), span, plotH));
                double x = left + (e.getKey().getDayOfMonth() - 1) * slot + 2;
                double y = v.signum() > 0 ? zeroY - hgt : zeroY;
                h.append("<rect class=\"bar collection-bar").append(v.signum() < 0 ? " negative" : "").append("\" data-date=\"")
                        .append(e.getKey()).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                        .append("\" width=\"").append(slot - 4).append("\" height=\"").append(fmt(hgt)).append("\" rx=\"2\"><title>")
                        .append(e.getKey()).append(": ").append(money(v)).append("</title></rect>\n");
            }
            h.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 6).append("\" y1=\"").append(fmt(zeroY))
                    .append("\" y2=\"").append(fmt(zeroY)).append("\" class=\"axis\"/>\n");
        }
        for (int d = 1; d <= days; d++) {
            if (d == 1 || d % 5 == 0 || d == days) {
                h.append("<text x=\"").append(left + (d - 1) * slot + slot / 2).append("\" y=\"").append(top + plotH + 18)
                        .append("\" class=\"tick\" text-anchor=\"middle\">").append(d).append("</text>\n");
            }
        }
        h.append("</svg>\n");
        BigDecimal best = perDay.values().stream().max(BigDecimal::compareTo).orElse(Money.ZERO);
        long activeDays = perDay.values().stream().filter(v -> v.signum() != 0).count();
        h.append("<div class=\"sub\">").append(activeDays).append(" business date").append(activeDays == 1 ? "" : "s")
                .append(" with movements · largest day ").append(money(best)).append("</div>\n</section>\n");
    }

    private static void unmatchedTable(StringBuilder h, MonthEndReport r) {
        h.append("<section class=\"card\" id=\"unmatched\">\n<h2>Unmatched</h2>\n");
        if (r.unmatched().isEmpty()) {
            h.append("<p class=\"empty ok-text\">Every 835 payment matched a deposit, every deposit an 835 payment, and no money "
                    + "came for an unknown claim.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>side</th><th>EFT trace</th><th>date</th><th class=\"num\">amount</th><th>reason</th>"
                + "<th>what to do</th></tr></thead>\n<tbody>\n");
        for (UnmatchedItem u : r.unmatched()) {
            h.append("<tr><td><span class=\"tag\">").append(u.side()).append("</span></td><td><code>").append(esc(u.eftTrace()))
                    .append("</code></td><td>").append(u.date()).append("</td><td class=\"num\">").append(money(u.amount()))
                    .append("</td><td><span class=\"pill bad\">").append(u.reason()).append("</span></td><td class=\"hint\">")
                    .append(advice(u)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static String advice(UnmatchedItem u) {
        return switch (u.reason()) {
            case NO_DEPOSIT -> "Ask the bank about the EFT; import the deposit when it arrives";
            case NO_ERA -> "Find the payer's 835 for this trace and import it";
            case AMOUNT_MISMATCH -> "Same trace, different amount: compare the 835 with the bank statement";
            case UNKNOWN_CLAIM -> "Import the claim, or return the money to the payer";
        };
    }

    private static void disputesDueTable(StringBuilder h, MonthEndReport r) {
        h.append("<section class=\"card\" id=\"disputes-due\">\n<h2>Disputes due in the 30 days after month end</h2>\n");
        if (r.disputesDue().isEmpty()) {
            h.append("<p class=\"empty\">No open dispute has a deadline in the 30 days after ").append(r.monthEnd())
                    .append(".</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>claim</th><th>kind</th><th class=\"num\">amount</th><th>respond by</th>"
                + "<th class=\"num\">days left</th></tr></thead>\n<tbody>\n");
        for (DueDispute d : r.disputesDue()) {
            String urgency = d.daysLeft() <= 7 ? "bad" : d.daysLeft() <= 14 ? "warn" : "neutral";
            h.append("<tr><td><code>").append(esc(d.claimNumber())).append("</code></td><td>").append(d.kind())
                    .append("</td><td class=\"num\">").append(money(d.amount())).append("</td><td>").append(d.respondBy())
                    .append("</td><td class=\"num\"><span class=\"pill ").append(urgency).append("\">").append(d.daysLeft())
                    .append("</span></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void statementsTable(StringBuilder h, MonthEndReport r) {
        h.append("<section class=\"card\" id=\"statements\">\n<h2>Provider statements</h2>\n");
        if (r.providerStatements().isEmpty()) {
            h.append("<p class=\"empty\">No provider had activity in the month.</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<thead><tr><th>provider</th><th class=\"num\">claims settled</th><th class=\"num\">collected</th>"
                + "<th class=\"num\">fee</th><th class=\"num\">net</th><th class=\"num\">refund reserve</th>"
                + "<th class=\"num\">open disputes</th><th class=\"num\">dispute amount</th></tr></thead>\n<tbody>\n");
        for (ProviderStatement p : r.providerStatements()) {
            h.append("<tr><td>").append(esc(p.providerName())).append(" <code>").append(p.providerNpi()).append("</code></td>")
                    .append("<td class=\"num\">").append(p.claimsSettled()).append("</td><td class=\"num\">")
                    .append(money(p.collected())).append("</td><td class=\"num\">").append(money(p.fee()))
                    .append("</td><td class=\"num\">").append(money(p.netToProvider())).append("</td><td class=\"num\">")
                    .append(money(p.refundReserve())).append("</td><td class=\"num\">").append(p.openDisputes())
                    .append("</td><td class=\"num\">").append(money(p.openDisputeAmount())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static void kpi(StringBuilder h, String title, String value, String note, String cls) {
        h.append("<div class=\"kpi ").append(cls).append("\"><div class=\"kpi-title\">").append(title)
                .append("</div><div class=\"kpi-value\">").append(value).append("</div><div class=\"kpi-note\">").append(esc(note))
                .append("</div></div>\n");
    }

    private static LocalDate lastWeekday(MonthEndReport r) {
        LocalDate d = r.monthEnd();
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static double scale(BigDecimal value, BigDecimal max, int length) {
        return max.signum() == 0 ? 0 : value.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * length;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Money for people: thousands separators, a real minus sign. */
    static String money(BigDecimal value) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        BigDecimal v = Money.orZero(value);
        return v.signum() < 0 ? "−" + f.format(v.negate()) : f.format(v);
    }

    private static String shortMoney(BigDecimal value) {
        BigDecimal abs = value.abs();
        String sign = value.signum() < 0 ? "−" : "";
        if (abs.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return sign + abs.divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "k";
        }
        return sign + abs.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """
            :root { --ink:#1d2733; --muted:#617083; --line:#e3e8ef; --bg:#f4f6f9; --ok:#1f8a5b; --bad:#c62f45; --warn:#c77d0a; }
            * { box-sizing: border-box; }
            body { margin:0; background:var(--bg); color:var(--ink);
                   font:14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width:1180px; margin:0 auto; padding:28px 24px 40px; }
            header { background:linear-gradient(120deg,#1d3557,#27496d); color:#fff; border-radius:14px; padding:22px 26px;
                     margin-bottom:18px; }
            header h1 { margin:4px 0 2px; font-size:30px; letter-spacing:-0.5px; }
            .eyebrow { text-transform:uppercase; font-size:11px; letter-spacing:1.4px; opacity:.75; }
            .meta { opacity:.85; }
            .pills { margin-top:12px; display:flex; gap:8px; flex-wrap:wrap; }
            .pill { display:inline-block; border-radius:999px; padding:2px 10px; font-size:12px; font-weight:600;
                    background:#eef1f5; color:var(--ink); }
            .pill.ok { background:#dff3e9; color:var(--ok); }
            .pill.bad { background:#fbe3e7; color:var(--bad); }
            .pill.warn { background:#fdf0d8; color:var(--warn); }
            .pill.closed { background:#ffffff; color:#1d3557; }
            .pill.open { background:#ffe9a8; color:#6b4b00; }
            .warning { background:#fff6dc; border:1px solid #f3d27a; border-radius:10px; padding:10px 14px; }
            .kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(150px,1fr)); gap:12px; margin-bottom:18px; }
            .kpi { background:#fff; border-radius:12px; padding:14px 16px; box-shadow:0 1px 2px rgba(16,24,40,.06);
                   border-top:3px solid #27496d; }
            .kpi.attention { border-top-color:var(--bad); }
            .kpi-title { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.6px; }
            .kpi-value { font-size:21px; font-weight:700; margin:4px 0 2px; font-variant-numeric:tabular-nums; }
            .kpi-note { color:var(--muted); font-size:12px; }
            .card { background:#fff; border-radius:12px; padding:18px 20px; margin-bottom:18px;
                    box-shadow:0 1px 2px rgba(16,24,40,.06); }
            .card h2 { margin:0 0 4px; font-size:17px; }
            .sub, .hint { color:var(--muted); font-size:12px; }
            .grid2 { display:grid; grid-template-columns:1fr 1fr; gap:18px; }
            .grid2 .card { margin-bottom:18px; }
            @media (max-width:900px) { .grid2 { grid-template-columns:1fr; } }
            table { width:100%; border-collapse:collapse; margin-top:8px; }
            th { text-align:left; color:var(--muted); font-weight:600; font-size:12px; border-bottom:1px solid var(--line);
                 padding:6px 8px; }
            td { border-bottom:1px solid var(--line); padding:7px 8px; vertical-align:top; }
            tr:last-child td { border-bottom:none; }
            .num { text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
            table.compact td, table.compact th { padding:4px 6px; font-size:12px; }
            code { font-family:ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size:12px; color:#3a4a5e; }
            .tag { font-size:11px; font-weight:700; letter-spacing:.5px; color:#27496d; }
            .empty { color:var(--muted); font-style:italic; }
            .ok-text { color:var(--ok); }
            .legend { display:flex; gap:14px; flex-wrap:wrap; font-size:12px; color:var(--muted); margin:10px 0 6px; }
            .legend i { display:inline-block; width:10px; height:10px; border-radius:2px; margin-right:5px; vertical-align:-1px; }
            svg.chart { display:block; margin-top:6px; }
            svg .label { font-size:13px; fill:var(--ink); font-weight:600; }
            svg .value { font-size:12px; fill:var(--ink); font-variant-numeric:tabular-nums; }
            svg .tick { font-size:10px; fill:var(--muted); }
            svg .track { fill:#f0f3f7; }
            svg .grid { stroke:#edf0f4; stroke-width:1; }
            svg .axis { stroke:#9aa7b8; stroke-width:1; }
            svg .weekend { fill:#f6f7fa; }
            svg .collection-bar { fill:#3a7ca5; }
            svg .collection-bar.negative { fill:var(--bad); }
            footer { color:var(--muted); font-size:12px; text-align:center; margin-top:8px; }
            footer a { color:#27496d; }
            """;
}
