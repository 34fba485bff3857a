package dk.samspil.platform.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A municipality's line on a dashboard: {@code {"code", "name", "initiatives", "byStatus", …, "actionPlan"}}. */
public record MunicipalitySummary(String code, String name, @JsonUnwrapped ActivitySummary activity) {
}
