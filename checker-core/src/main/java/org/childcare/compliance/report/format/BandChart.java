package org.childcare.compliance.report.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.report.CriterionResult;

/**
 * A criterion's measure drawn against its bands as an inline SVG: a horizontal bar split into the
 * four grade zones (each with its own fill pattern and its name, so that the chart reads in
 * greyscale), a marker for the measure and, when there is a previous period, a hollow marker for
 * the previous measure with an arrow to the current one. For ≤ bands, where lower is better, the
 * good zones are on the left.
 */
final class BandChart {
    private static final Pattern BANDS =
            Pattern.compile("\\s*(≤|<=)?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*([0-9]+(?:\\.[0-9]+)?)\\s*");

    static final int WIDTH = 600;
    private static final int LEFT = 12;
    private static final int BAR = WIDTH - 2 * LEFT;
    private static final int BAR_Y = 22;
    private static final int BAR_H = 22;

    /** Parsed bands: lowest (or highest, for lower-is-better) measure for grades 1, 2 and 3. */
    record Bands(boolean lowerIsBetter, double outstanding, double good, double adequate) {
        static Optional<Bands> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            Matcher m = BANDS.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            return Optional.of(new Bands(m.group(1) != null, Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
        }

        /** "Outstanding 95 or more, Good 85 or more, Adequate 70 or more, else Inadequate" */
        String describe(String unit, String word3) {
            String cmp = lowerIsBetter ? " or less" : " or more";
            return "Outstanding " + ReportText.number(outstanding) + unit + cmp + ", Good " + ReportText.number(good) + unit
                    + cmp + ", " + word3 + " " + ReportText.number(adequate) + unit + cmp + ", otherwise Inadequate";
        }
    }

    private record Zone(int grade, double from, double to) {}

    private BandChart() {}

    /** Whether {@link #write} draws anything for this criterion. */
    static boolean drawable(CriterionResult c) {
        return c.measure() != null && Bands.parse(c.bands()).isPresent();
    }

    /** The measure's range on the axis: {@code low} is 0 except for rates where higher is better. */
    record Scale(double low, double high) {
        double x(double value) {
            double v = Math.max(low, Math.min(value, high));
            return LEFT + BAR * ((v - low) / (high - low));
        }
    }

    /**
     * Writes the chart, or nothing when the criterion has no measure or no numeric bands.
     *
     * @param word3 the framework's word for grade 3
     */
    static void write(Html html, CriterionResult c, String word3) {
        Optional<Bands> parsed = Bands.parse(c.bands());
        if (c.measure() == null || parsed.isEmpty()) {
            return;
        }
        Bands b = parsed.get();
        boolean average = ReportText.isAverage(c);
        String unit = average ? "" : "%";
        Double previous = c.previous() == null ? null : c.previous().measure();
        Scale scale = scale(b, c.measure(), previous, average);

        List<Zone> zones = new ArrayList<>();
        if (b.lowerIsBetter()) {
            zones.add(new Zone(1, scale.low(), b.outstanding()));
            zones.add(new Zone(2, b.outstanding(), b.good()));
            zones.add(new Zone(3, b.good(), b.adequate()));
            zones.add(new Zone(4, b.adequate(), scale.high()));
        } else {
            zones.add(new Zone(4, scale.low(), b.adequate()));
            zones.add(new Zone(3, b.adequate(), b.good()));
            zones.add(new Zone(2, b.good(), b.outstanding()));
            zones.add(new Zone(1, b.outstanding(), scale.high()));
        }

        double cx = scale.x(c.measure());
        Double px = previous == null ? null : scale.x(previous);
        int height = previous == null ? 64 : 80;
        String label = ReportText.oneLine(c.id()) + ": " + ReportText.measure(c) + " against the bands "
                + b.describe(unit, word3) + (previous == null ? "" : "; previous period " + ReportText.measure(c, previous))
                + (b.lowerIsBetter() ? "; lower is better" : "; higher is better");
        html.open("svg", "class", "chart", "role", "img", "viewBox", "0 0 " + WIDTH + " " + height, "width", "100%",
                "aria-label", label, "xmlns", "http://www.w3.org/2000/svg");
        html.el("title", label);
        html.newline();

        List<double[]> zoneSpans = new ArrayList<>();
        for (Zone z : zones) {
            double x0 = scale.x(z.from());
            double x1 = scale.x(z.to());
            if (x1 - x0 < 0.01) {
                continue;
            }
            String w = fmt(x1 - x0);
            html.shape("rect", "class", "zone g" + z.grade(), "x", fmt(x0), "y", String.valueOf(BAR_Y), "width", w,
                    "height", String.valueOf(BAR_H));
            html.shape("rect", "x", fmt(x0), "y", String.valueOf(BAR_Y), "width", w, "height", String.valueOf(BAR_H),
                    "fill", "url(#pattern-g" + z.grade() + ")");
            zoneSpans.add(new double[] {z.grade(), x0, x1});
            html.newline();
        }
        html.shape("rect", "class", "bar-frame", "x", String.valueOf(LEFT), "y", String.valueOf(BAR_Y), "width",
                String.valueOf(BAR), "height", String.valueOf(BAR_H));
        html.newline();
        if (scale.low() > 0) {
            // the axis does not start at zero: a break mark at its left end says so
            html.shape("path", "class", "axis-break", "d", "M" + (LEFT + 3) + " " + (BAR_Y + BAR_H + 3) + " L" + (LEFT + 9) + " "
                    + (BAR_Y - 3) + " M" + (LEFT + 8) + " " + (BAR_Y + BAR_H + 3) + " L" + (LEFT + 14) + " " + (BAR_Y - 3));
        }

        // zone names inside the bar, moved aside (or shortened, or left out) where a marker would cover them
        List<double[]> keepOut = new ArrayList<>();
        keepOut.add(new double[] {cx - 8, cx + 8});
        if (px != null) {
            keepOut.add(new double[] {px - 10, px + 10});
        }
        for (double[] span : zoneSpans) {
            String full = zoneName((int) span[0], word3);
            for (String name : List.of(full, full.substring(0, 1))) {
                Double at = place(name, span[1], span[2], keepOut);
                if (at != null) {
                    html.el("text", name, "class", "zone-label", "x", fmt(at), "y", String.valueOf(BAR_Y + 15),
                            "text-anchor", "middle");
                    break;
                }
            }
        }
        html.newline();

        // ticks at the band edges and both ends of the scale
        List<Double> ticks = new ArrayList<>(List.of(scale.low(), b.adequate(), b.good(), b.outstanding(), scale.high()));
        ticks.sort(Double::compare);
        double lastX = -100;
        for (double t : ticks) {
            if (t < scale.low() || t > scale.high()) {
                continue;
            }
            double tx = scale.x(t);
            if (tx - lastX < 24) {
                continue;
            }
            lastX = tx;
            html.shape("line", "class", "tick", "x1", fmt(tx), "x2", fmt(tx), "y1", String.valueOf(BAR_Y + BAR_H),
                    "y2", String.valueOf(BAR_Y + BAR_H + 4));
            html.el("text", ReportText.number(t) + unit, "class", "tick-label", "x", fmt(tx), "y",
                    String.valueOf(BAR_Y + BAR_H + 15), "text-anchor", anchor(tx));
        }
        html.newline();

        if (px != null) {
            int mid = BAR_Y + BAR_H / 2;
            if (Math.abs(cx - px) > 18) {
                double dir = cx > px ? 1 : -1;
                double start = px + dir * 9;
                double end = cx - dir * 9;
                html.shape("line", "class", "trend-line", "x1", fmt(start), "x2", fmt(end), "y1", String.valueOf(mid),
                        "y2", String.valueOf(mid));
                html.shape("path", "class", "trend-head", "d", "M" + fmt(end - dir * 6) + " " + (mid - 5) + " L" + fmt(end)
                        + " " + mid + " L" + fmt(end - dir * 6) + " " + (mid + 5) + " Z");
            }
            html.shape("path", "class", "previous-marker", "d", "M" + fmt(px) + " " + (BAR_Y + 3) + " L" + fmt(px + 8) + " "
                    + mid + " L" + fmt(px) + " " + (BAR_Y + BAR_H - 3) + " L" + fmt(px - 8) + " " + mid + " Z");
            html.el("text", "previous " + ReportText.measure(c, previous), "class", "previous-label", "x", fmt(px), "y",
                    String.valueOf(BAR_Y + BAR_H + 31), "text-anchor", anchor(px));
            html.newline();
        }
        html.shape("line", "class", "marker", "x1", fmt(cx), "x2", fmt(cx), "y1", String.valueOf(BAR_Y - 4), "y2",
                String.valueOf(BAR_Y + BAR_H + 4));
        html.shape("path", "class", "marker-head", "d", "M" + fmt(cx - 6) + " " + (BAR_Y - 9) + " L" + fmt(cx + 6) + " "
                + (BAR_Y - 9) + " L" + fmt(cx) + " " + (BAR_Y - 1) + " Z");
        html.el("text", "now " + ReportText.measure(c), "class", "marker-label", "x", fmt(cx), "y",
                String.valueOf(BAR_Y - 12), "text-anchor", anchor(cx));
        html.newline();
        html.close("svg");
    }

    /** Where to centre {@code name} inside [x0, x1] clear of every keep-out span, or null when it does not fit. */
    private static Double place(String name, double x0, double x1, List<double[]> keepOut) {
        double w = name.length() * 6.6 + 6;
        if (x1 - x0 < w) {
            return null;
        }
        double[] candidates = {(x0 + x1) / 2, x0 + w / 2, x1 - w / 2};
        for (double centre : candidates) {
            double a = centre - w / 2;
            double b = centre + w / 2;
            boolean clear = true;
            for (double[] k : keepOut) {
                if (a < k[1] && b > k[0]) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                return centre;
            }
        }
        // between a keep-out span and the zone's edge there may still be room
        for (double[] k : keepOut) {
            for (double[] gap : new double[][] {{x0, Math.min(x1, k[0])}, {Math.max(x0, k[1]), x1}}) {
                if (gap[1] - gap[0] >= w) {
                    double centre = (gap[0] + gap[1]) / 2;
                    boolean clear = true;
                    for (double[] other : keepOut) {
                        if (centre - w / 2 < other[1] && centre + w / 2 > other[0]) {
                            clear = false;
                            break;
                        }
                    }
                    if (clear) {
                        return centre;
                    }
                }
            }
        }
        return null;
    }

    private static String zoneName(int grade, String word3) {
        return grade == 1 ? "Outstanding" : grade == 2 ? "Good" : grade == 3 ? word3 : "Inadequate";
    }

    private static String anchor(double x) {
        if (x < LEFT + 40) {
            return "start";
        }
        if (x > LEFT + BAR - 40) {
            return "end";
        }
        return "middle";
    }

    /**
     * Rates where higher is better run to 100 and start low enough to show every zone with room
     * (at least 10 points, or as many as the Adequate zone and above span) and both markers; other
     * measures start at 0 and run far enough past the Adequate edge.
     */
    static Scale scale(Bands b, double measure, Double previous, boolean average) {
        double figures = Math.max(measure, previous == null ? measure : previous);
        double lowest = Math.min(measure, previous == null ? measure : previous);
        if (!b.lowerIsBetter() && !average) {
            double high = Math.max(100, figures);
            double span = Math.max(10, high - b.adequate());
            double low = Math.min(lowest - 5, b.adequate() - span);
            low = low < 30 ? 0 : Math.floor(low / 10) * 10;
            return new Scale(low, high);
        }
        double needed = Math.max(b.outstanding(), Math.max(b.good(), b.adequate()));
        double top = Math.max(needed * 1.5, figures * 1.12);
        if (top <= 0) {
            top = 1;
        }
        double step = top <= 10 ? 1 : top <= 50 ? 5 : 10;
        double nice = Math.ceil(top / step) * step;
        return new Scale(0, average ? nice : Math.min(Math.max(nice, needed), Math.max(100, figures)));
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
