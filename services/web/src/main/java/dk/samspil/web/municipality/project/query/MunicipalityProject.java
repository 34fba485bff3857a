package dk.samspil.web.municipality.project.query;

import java.time.LocalDate;

/**
 * A national project as one of its pilot municipalities sees it ({@code GET /api/municipalities/{kommunekode}/projects}
 * of the municipality service): its period (null until the proposal reached the municipality's read model), the
 * project's status, the municipality's role in it and how far it has come in taking part (invited, joined, left).
 */
public record MunicipalityProject(String projectId, String name, LocalDate periodStart, LocalDate periodEnd,
                                  String status, String statusLabel, String role, String roleLabel,
                                  String pilotStatus, String pilotStatusLabel) {
}
