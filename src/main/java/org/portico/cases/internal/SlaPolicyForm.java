package org.portico.cases.internal;

import java.util.List;

import org.portico.cases.CaseActions;
import org.portico.cases.internal.SlaSettings.Policy;
import org.springframework.validation.Errors;

/**
 * The SLA policy form: for a priority and an account tier, the calendar and the first
 * response, next response and resolution targets in business minutes, and the warning point
 * (per cent of the target left). Numbers are taken as typed so a wrong one is shown again.
 */
class SlaPolicyForm {

    static final List<String> TIERS = List.of("PERSON", "BUSINESS");
    static final List<String> PRIORITIES = List.of("URGENT", "HIGH", "NORMAL", "LOW");

    /** A year of minutes: longer targets are a typing mistake. */
    private static final int MAX_MINUTES = 525_600;

    private String priority = "NORMAL";
    private String tier = "PERSON";
    private String calendarId = "";
    private String firstResponse = "";
    private String nextResponse = "";
    private String resolution = "";
    private String warnPercent = "25";

    static SlaPolicyForm of(Policy policy) {
        SlaPolicyForm form = new SlaPolicyForm();
        form.priority = policy.priority();
        form.tier = policy.tier();
        form.calendarId = String.valueOf(policy.calendarId());
        form.firstResponse = String.valueOf(policy.firstResponse());
        form.nextResponse = String.valueOf(policy.nextResponse());
        form.resolution = String.valueOf(policy.resolution());
        form.warnPercent = String.valueOf(policy.warnPercent());
        return form;
    }

    /** Rejects what cannot be saved; {@code calendars} are the ids that exist. */
    void validate(Errors errors, List<Long> calendars) {
        if (!CaseActions.PRIORITIES.contains(priority)) {
            errors.rejectValue("priority", "NotNull");
        }
        if (!TIERS.contains(tier)) {
            errors.rejectValue("tier", "NotNull");
        }
        Long calendar = number(calendarId, Long.MAX_VALUE);
        if (calendar == null || !calendars.contains(calendar)) {
            errors.rejectValue("calendarId", "NotNull");
        }
        for (String field : List.of("firstResponse", "nextResponse", "resolution")) {
            if (number(value(field), MAX_MINUTES) == null) {
                errors.rejectValue(field, "sla.policy.minutes.invalid",
                        new Object[] {MAX_MINUTES}, null);
            }
        }
        Long warn = number(warnPercent, 99);
        if (warn == null) {
            errors.rejectValue("warnPercent", "sla.policy.warn.invalid");
        }
    }

    Policy toPolicy() {
        return new Policy(priority, tier, number(calendarId, Long.MAX_VALUE),
                number(firstResponse, MAX_MINUTES).intValue(),
                number(nextResponse, MAX_MINUTES).intValue(),
                number(resolution, MAX_MINUTES).intValue(), number(warnPercent, 99).intValue());
    }

    private String value(String field) {
        return switch (field) {
            case "firstResponse" -> firstResponse;
            case "nextResponse" -> nextResponse;
            default -> resolution;
        };
    }

    /** A whole number from 1 to {@code max}, or {@code null}. */
    private static Long number(String typed, long max) {
        if (typed == null || !typed.strip().matches("\\d{1,18}")) {
            return null;
        }
        long value = Long.parseLong(typed.strip());
        return value >= 1 && value <= max ? value : null;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(String calendarId) {
        this.calendarId = calendarId;
    }

    public String getFirstResponse() {
        return firstResponse;
    }

    public void setFirstResponse(String firstResponse) {
        this.firstResponse = firstResponse;
    }

    public String getNextResponse() {
        return nextResponse;
    }

    public void setNextResponse(String nextResponse) {
        this.nextResponse = nextResponse;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getWarnPercent() {
        return warnPercent;
    }

    public void setWarnPercent(String warnPercent) {
        this.warnPercent = warnPercent;
    }
}
