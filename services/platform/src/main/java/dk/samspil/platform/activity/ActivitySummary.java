package dk.samspil.platform.activity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.time.Instant;

/**
 * One municipality's figures for the dashboards, as of today.
 *
 * @param pool                 this year's funding pool; null when the municipality has none
 * @param overdueStatusReports active initiatives whose status report was due before today
 * @param lastEventAt          when the latest event about the municipality happened; null before the first
 */
public record ActivitySummary(@JsonUnwrapped InitiativeCounts initiatives, Budget budget, PoolUse pool,
                              long overdueStatusReports, ActionPlanState actionPlan, Instant lastEventAt) {
}
