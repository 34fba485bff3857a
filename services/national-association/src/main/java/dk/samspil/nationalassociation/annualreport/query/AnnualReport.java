package dk.samspil.nationalassociation.annualreport.query;

import dk.samspil.platform.activity.timeline.GatheringFigures;

import java.time.Instant;
import java.util.List;

/**
 * The draft of the association's annual report: per police district what happened in the year, in the spirit of the
 * chair's report, and the country's lines.
 *
 * @param until       the end of the year, or now for the current year
 * @param country     the country's chapter (all districts together)
 * @param national    gatherings the association arranged nationally, in no district
 * @param projects    the national projects with pilot municipalities at the end of the year
 */
public record AnnualReport(int year, Instant until, DistrictChapter country, List<DistrictChapter> districts,
                           GatheringFigures national, List<ProjectLine> projects) {

    public AnnualReport {
        districts = List.copyOf(districts);
        projects = List.copyOf(projects);
    }

    /** A national project as it stands today, with the districts it had pilot municipalities in at the end of the year. */
    public record ProjectLine(String projectId, String name, String statusLabel, List<String> pilotDistricts) {

        public ProjectLine {
            pilotDistricts = List.copyOf(pilotDistricts);
        }
    }
}
