package dk.samspil.nationalassociation.annualreport.query;

import dk.samspil.nationalassociation.project.query.FetchProjectsQuery;
import dk.samspil.nationalassociation.project.query.ProjectProjection;
import dk.samspil.nationalassociation.project.query.ProjectView;
import dk.samspil.platform.activity.timeline.ActivityTimeline;
import dk.samspil.platform.activity.timeline.DistrictPicture;
import dk.samspil.platform.activity.timeline.TimelinePicture;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The annual report draft from two pictures of the timeline, at the end of the year before and at the end of the year
 * (or now): what stood at the end, and the difference for what happened in the year. Project names come from the
 * association's own project read model.
 */
@Component
public class AnnualReportProjection {

    private final ActivityTimeline timeline;
    private final ProjectProjection projects;
    private final Clock clock;

    public AnnualReportProjection(ActivityTimeline timeline, ProjectProjection projects, Clock clock) {
        this.timeline = timeline;
        this.projects = projects;
        this.clock = clock;
    }

    public AnnualReport handle(FetchAnnualReportQuery query) {
        Instant now = clock.instant();
        Instant endOfYear = timeline.endOf(LocalDate.of(query.year(), 12, 31));
        Instant until = endOfYear.isAfter(now) ? now : endOfYear;
        TimelinePicture before = timeline.pictureAt(timeline.endOf(LocalDate.of(query.year() - 1, 12, 31)));
        TimelinePicture after = timeline.pictureAt(until);
        Map<String, ProjectView> projectsById = projects.handle(new FetchProjectsQuery()).stream()
                .collect(Collectors.toMap(ProjectView::projectId, Function.identity()));
        Function<List<String>, List<String>> names = ids -> ids.stream()
                .map(id -> projectsById.containsKey(id) ? projectsById.get(id).name() : id).sorted().toList();
        List<DistrictChapter> districts = after.districts().stream()
                .map(district -> chapter(before.district(district.activity().code()).orElseThrow(), district, names))
                .toList();
        DistrictChapter country = DistrictChapter.of("", "Hele landet", before.totals(), before.cooperation(),
                after.totals(), after.cooperation(), names.apply(after.cooperation().pilots().projectIds()));
        return new AnnualReport(query.year(), until, country, districts,
                after.nationalGatherings().minus(before.nationalGatherings()),
                projectLines(after, projectsById));
    }

    private static DistrictChapter chapter(DistrictPicture before, DistrictPicture after,
                                           Function<List<String>, List<String>> names) {
        return DistrictChapter.of(after.activity().code(), after.activity().name(), before.activity().totals(),
                before.cooperation(), after.activity().totals(), after.cooperation(),
                names.apply(after.cooperation().pilots().projectIds()));
    }

    private static List<AnnualReport.ProjectLine> projectLines(TimelinePicture after, Map<String, ProjectView> projects) {
        return projects.values().stream()
                .map(project -> new AnnualReport.ProjectLine(project.projectId(), project.name(), project.statusLabel(),
                        after.districts().stream()
                                .filter(district -> district.cooperation().pilots().projectIds().contains(project.projectId()))
                                .map(district -> district.activity().name()).toList()))
                .sorted(Comparator.comparing(AnnualReport.ProjectLine::name))
                .toList();
    }
}
