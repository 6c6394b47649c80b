package org.inclusionscan.report.impl;

import java.util.List;

/**
 * What the templates print: texts already in the report's language, numbers already formatted.
 * Public only because the template engine reads them by reflection; not an API.
 */
public final class Views {

    private Views() {
    }

    /** A score as shown: formatted mean, level, coverage; {@code present} false when absent. */
    public record ScoreView(boolean present, String mean, String levelId, String levelLabel, String answered,
            String expected, String answeredPercent, String dontKnow, String missing, String absentReason) {
    }

    /** One factor with its score and the team's spread. */
    public record FactorView(String id, int number, String label, String description, String domainId,
            String domainLabel, ScoreView score, boolean hasSpread, String spreadRespondents, String standardDeviation,
            String lowest, String highest) {
    }

    /** An item that some respondents did not answer on the scale. */
    public record UnansweredView(String item, String text, String factorLabel, String dimensionLabel, String dontKnow,
            String missing, String expected) {
    }

    public record DomainView(String id, String label, String description, ScoreView score, List<FactorView> factors,
            List<FactorView> absentFactors, List<UnansweredView> unanswered) {
    }

    public record DimensionView(String id, String label, ScoreView score) {
    }

    public record FigureView(String name, String label, String value) {
    }

    public record ToolView(String id, String name, String description, String owner, String buildingBlock,
            List<String> recommendations) {
    }

    public record RecommendationView(String id, int number, String title, String why, String action,
            String priority, String priorityId, List<String> concerns, List<FigureView> figures, List<ToolView> tools,
            String rule, String ruleSet, String ruleSetVersion, List<String> matchedFacts, List<ReasonView> reasons,
            List<ToolElsewhereView> toolsElsewhere) {
    }

    /**
     * A tool the recommendation's text names that the report lists under another recommendation (each
     * tool is listed once), so the reader knows where to find it.
     */
    public record ToolElsewhereView(String name, int number) {
    }

    /** A related rule's advice merged into a recommendation: one subject, one recommendation, several reasons. */
    public record ReasonView(String id, String title, String why, String action) {

        /** The reason's paragraph: its why, then its action when it keeps one (a folded reason has none). */
        public String paragraph() {
            return action.isEmpty() ? why : why + " " + action;
        }
    }

    public record ToolGroupView(String id, String label, List<ToolView> tools) {
    }

    public record RoleColumn(String id, String label, String respondents) {
    }

    public record RoleRow(String factorLabel, List<String> means) {
    }

    /**
     * The team view.
     *
     * @param show        whether there is more than one respondent
     * @param topics      the factors the team disagrees most on, most first
     * @param showRoles   whether any role is broken down
     * @param hiddenRoles the roles not broken down, with their counts, for the note
     */
    public record TeamView(boolean show, String respondents, List<FactorView> factors, List<FactorView> topics,
            boolean showRoles, List<RoleColumn> roles, List<RoleRow> roleRows, String hiddenRoles,
            boolean complementHidden) {
    }

    public record Organisation(String name, String region, String sector, String targetGroups, String note,
            boolean hasNote, String scanNote, boolean hasScanNote) {
    }

    // --- charts (coordinates are plain numbers with a '.' as decimal point) ---

    public record RadarRing(String r, String label, String labelX, String labelY) {
    }

    public record RadarSpoke(String x2, String y2, String number, String labelX, String labelY) {
    }

    public record RadarSector(String path, String domainId) {
    }

    public record RadarDot(String x, String y, String title) {
    }

    public record Radar(String title, String description, List<RadarRing> rings, List<RadarSpoke> spokes,
            List<RadarSector> sectors, String polygon, List<RadarDot> dots, List<LegendEntry> legend) {
    }

    public record LegendEntry(String domainId, String label, String numbers) {
    }

    public record HeatCell(String x, String y, String textX, String textY, String levelId, String mean,
            String levelLabel) {
    }

    public record HeatRow(String label, String labelY, List<HeatCell> cells) {
    }

    public record HeatColumn(String label, String x) {
    }

    public record Heatmap(String title, String description, String width, String height, List<HeatColumn> columns,
            List<HeatRow> rows) {
    }

    // --- comparison ---

    public record DeltaView(String id, String label, String before, String after, String delta, String changeId,
            String change) {
    }

    public record BarRow(String label, String labelY, String beforeWidth, String afterWidth, String beforeY,
            String afterY, boolean hasBefore, boolean hasAfter, String title) {
    }

    public record BarTick(String x, String label) {
    }

    public record BarChart(String title, String description, String width, String height, String barX,
            List<BarTick> ticks, String tickTop, String tickBottom, List<BarRow> rows) {
    }

    public record RecommendationChange(String id, String title) {
    }

    /** One card of the team session: the average of the answers beside the score the team agreed on. */
    public record OutcomeView(String key, String kindLabel, String label, String factorLabel, String average,
            String sharedScore, String agreements) {
    }

    /** One agreement, in the action plan (status open) or in the review of earlier agreements. */
    public record AgreementView(String factorLabel, String action, String role, String due, String tool, boolean hasTool,
            String agreedOn, String statusId, String statusLabel) {
    }

    /** The team session on this round and the review of earlier agreements; both may be absent. */
    public record SessionView(boolean hasPicture, String heldOn, List<OutcomeView> outcomes, List<AgreementView> plan,
            boolean hasReviews, List<AgreementView> reviews, String done, String ongoing, String dropped, String open) {
    }
}
