package org.inclusionscan.server.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of the organisation page's line chart (scores 1 to 5 over the rounds); the
 * template draws the SVG from it. Each line has its own dash pattern and marker shape, so the
 * lines differ without colour, and the page's data table holds every value.
 */
final class ScoreChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 40;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;
    private static final String[] DASHES = {"none", "8 4", "2 4", "12 4 2 4", "4 4"};

    private ScoreChart() {
    }

    /**
     * @param labels one per round (x axis)
     * @param series a text key per line, and its values per round (null where a round has no score)
     */
    static Map<String, Object> of(List<String> labels, Map<String, List<Double>> series) {
        List<Map<String, Object>> xTicks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            xTicks.add(Map.of("x", fmt(x(i, labels.size())), "label", labels.get(i)));
        }
        List<Map<String, Object>> yTicks = new ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            yTicks.add(Map.of("y", fmt(y(value)), "label", Integer.toString(value)));
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, List<Double>> line : series.entrySet()) {
            StringBuilder points = new StringBuilder();
            List<Map<String, Object>> markers = new ArrayList<>();
            List<Double> values = line.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) != null) {
                    String x = fmt(x(i, values.size()));
                    String y = fmt(y(values.get(i)));
                    points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
                    markers.add(Map.of("x", x, "y", y));
                }
            }
            Map<String, Object> model = new HashMap<>();
            model.put("key", line.getKey());
            model.put("points", points.toString());
            model.put("dash", DASHES[index % DASHES.length]);
            model.put("square", index % 2 == 1);
            model.put("markers", markers);
            model.put("legendY", fmt(TOP + 14.0 * index));
            lines.add(model);
            index++;
        }
        return Map.of("width", WIDTH, "height", HEIGHT, "left", LEFT, "right", WIDTH - RIGHT, "bottom", HEIGHT - BOTTOM,
                "top", TOP, "xTicks", xTicks, "yTicks", yTicks, "lines", lines, "labelY", HEIGHT - BOTTOM + 20);
    }

    private static double x(int i, int count) {
        double span = WIDTH - LEFT - RIGHT - 160;
        return count <= 1 ? LEFT + span / 2 : LEFT + 20 + (span - 40) * i / (count - 1);
    }

    private static double y(double value) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (5.0 - value) / 4.0;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
